"""Sources: files into :class:`kg.model.Article` (plain text, JSON Lines, HTML).

``read_articles(paths)`` streams one Article per document, or a :class:`kg.model.Rejection`
with a one-line reason for an input that cannot be read; the batch always goes on. Files are
read one at a time and JSON Lines line by line, so memory does not grow with the corpus.

Keys: ``Article.source`` is the resolved absolute path of a text or HTML file; for JSON Lines it
is ``<abs path>#<id>``, ``<abs path>#<url>`` or ``<abs path>#line-<n>`` (see :mod:`.jsonl`).
``Article.id`` is a hash of the raw document (after BOM removal and CRLF -> LF), so any edit,
metadata lines included, gives a new id. ``Article.text`` is the body after lifting headline,
dateline, source tag and trailing bylines into ``title``, ``published`` and ``publisher``
(see :mod:`.metadata`); statement offsets point into it.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.loaders.sources.dates import parse_date
from kg.loaders.sources.html import article_from_html, read_html_file
from kg.loaders.sources.jsonl import read_jsonl_file
from kg.loaders.sources.paths import iter_files
from kg.loaders.sources.text import article_from_text, read_text_file
from kg.model import Article, Rejection

__all__ = ["read_articles", "article_from_text", "article_from_html", "parse_date"]

_SINGLE = {"text": read_text_file, "html": read_html_file}


def read_articles(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[Article | Rejection]:
    """Articles from files and folders, in a stable order, one at a time; bad inputs as Rejections."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in iter_files(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        path, kind = item
        try:
            if kind == "jsonl":
                yield from read_jsonl_file(path)
            else:
                yield _SINGLE[kind](path)
        except InputError as exc:
            yield Rejection(exc.source, exc.problem)
        except OSError as exc:
            yield Rejection(str(path), f"cannot be read ({exc.strerror or exc})")
