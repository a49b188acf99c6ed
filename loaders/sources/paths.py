"""Which files a list of paths means: files as given, folders walked recursively in sorted order."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Literal

from kg.model import Rejection

Kind = Literal["text", "jsonl", "html"]

SUFFIXES: dict[str, Kind] = {".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
MISSING = "no such file or folder"
NO_ARTICLES = "no articles found (looked for .txt, .jsonl, .html, .htm and text files without extension)"
NOT_ARTICLE = "not an article file (kg reads .txt, .jsonl, .html, .htm and text files without extension)"


def kind_of(path: Path) -> Kind | None:
    """The reader for a file name; extensionless files are read as text."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    return "text" if suffix == "" else None


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, Kind] | Rejection]:
    """Each article file once, as an absolute resolved path with its kind, or a Rejection.

    Folders are walked depth first with entries sorted by name, so the order is the same on every
    run and machine; hidden entries (``.git``, ``.DS_Store``) and files of other types inside
    folders are skipped. A file reached twice (given twice, inside a folder also given, or
    through a symlink) is read once: the set of paths read is the one thing that grows with the
    number of files, a few dozen bytes each.
    """
    given: set[Path] = set()
    done: set[str] = set()
    for raw in paths:
        path = Path(raw).expanduser().resolve()
        if path in given:
            continue
        given.add(path)
        if path.is_dir():
            found = False
            for file, kind in _walk(path, {path}):
                found = True
                if str(file) not in done:
                    done.add(str(file))
                    yield file, kind
            if not found:
                yield Rejection(str(path), NO_ARTICLES)
        elif path.is_file():
            kind = kind_of(path)
            if not kind:
                yield Rejection(str(path), NOT_ARTICLE)
            elif str(path) not in done:
                done.add(str(path))
                yield path, kind
        else:
            yield Rejection(str(path), MISSING)


def _walk(folder: Path, ancestors: set[Path]) -> Iterator[tuple[Path, Kind]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path).resolve()
        if entry.is_dir():
            if path not in ancestors:  # a symlink back up the tree would loop forever
                yield from _walk(path, ancestors | {path})
        elif entry.is_file():
            kind = kind_of(path)
            if kind:
                yield path, kind
