"""JSON Lines: one article per line, read line by line so memory stays flat.

Each line is an object with ``text`` and optional ``id``, ``title``, ``url``, ``publisher`` and
``published``. The text goes through the same lifting as a plain-text file; fields the line gives
win over what lifting finds.

Keys (``Article.source``): ``<abs path>#<id>`` when the line has an id, else ``<abs path>#<url>``
when it has a url, else ``<abs path>#line-<n>``. An id or url survives edits and reordering of the
file, so a changed line replaces its old version on reload; a line number is the best a bare line
has. Two lines of one file claiming the same key are refused (the second one), so two different
articles never share a key. ``Article.name`` is the id, else ``<file name>#line-<n>``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterator

from kg.errors import InputError
from kg.loaders.sources.dates import parse_date
from kg.loaders.sources.decode import EMPTY, NOT_UTF8, looks_binary, normalise_newlines
from kg.loaders.sources.metadata import lift
from kg.loaders.sources.text import NO_BODY
from kg.model import Article, Rejection, content_hash

_OPTIONAL = ("title", "url", "publisher", "published")


def read_jsonl_file(path: Path) -> Iterator[Article | Rejection]:
    source = str(path)
    with path.open("rb") as handle:
        head = handle.read(8192)
        if looks_binary(head):
            yield Rejection(source, NOT_UTF8)
            return
        handle.seek(0)
        seen: dict[int, int] = {}  # 8-byte key digest -> first line: small even for millions of lines
        any_line = False
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            any_line = True
            try:
                yield _article(raw, number, path, seen)
            except InputError as exc:
                yield Rejection(source, f"line {number}: {exc.problem}")
        if not any_line:
            yield Rejection(source, EMPTY)


def _article(raw: bytes, number: int, path: Path, seen: dict[int, int]) -> Article:
    source = str(path)
    try:
        line = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise InputError(source, NOT_UTF8) from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(source, "not a JSON object")
    if "text" not in obj:
        raise InputError(source, 'no "text" field')
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(source, '"text" is not a string')
    text = normalise_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise InputError(source, '"text" is empty')

    given: dict[str, Any] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(source, f'"{key}" is not a string')
        if value.strip():
            given[key] = value.strip()
    ident = obj.get("id")
    if ident is not None:
        if isinstance(ident, bool) or not isinstance(ident, (str, int)):
            raise InputError(source, '"id" is not a string or a number')
        ident = str(ident).strip() or None
    if "published" in given:
        iso = parse_date(given["published"])
        if iso is None:
            raise InputError(source, f'"published" is not a date ("{given["published"]}")')
        given["published"] = iso

    if ident is not None:
        key, what = f"{source}#{ident}", f'id "{ident}"'
    elif "url" in given:
        key, what = f"{source}#{given['url']}", f'url "{given["url"]}"'
    else:
        key, what = f"{source}#line-{number}", None
    digest = int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")
    if digest in seen:
        raise InputError(source, f"{what or 'key'} already used on line {seen[digest]}; give each article its own")
    seen[digest] = number

    lifted = lift(text)
    if not lifted.body:
        raise InputError(source, NO_BODY)
    # The raw document is the line's own content: its text and whatever metadata it gives.
    hashed = text if not given else json.dumps({"text": text, **given}, sort_keys=True, ensure_ascii=False)
    return Article(
        id=content_hash(hashed),
        source=key,
        name=ident if ident is not None else f"{path.name}#line-{number}",
        text=lifted.body,
        title=given.get("title", lifted.title),
        publisher=given.get("publisher", lifted.publisher),
        published=given.get("published", lifted.published),
        url=given.get("url"),
    )
