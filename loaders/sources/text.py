"""Plain-text articles: one file, one article."""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.loaders.sources.decode import decode_text
from kg.loaders.sources.metadata import lift
from kg.model import Article, content_hash

NO_BODY = "no article text (only a headline and metadata lines)"


def article_from_text(text: str, *, source: str, name: str) -> Article:
    """An Article from a document's text (LF line ends): metadata lifted, the body kept verbatim.

    The id hashes the whole document as given, so editing a headline or a byline gives a new id
    too. Callable from a notebook on any string.
    """
    lifted = lift(text)
    if not lifted.body:
        raise InputError(source, NO_BODY)
    return Article(
        id=content_hash(text),
        source=source,
        name=name,
        text=lifted.body,
        title=lifted.title,
        publisher=lifted.publisher,
        published=lifted.published,
    )


def read_text_file(path: Path) -> Article:
    source = str(path)
    return article_from_text(decode_text(path.read_bytes(), source), source=source, name=path.name)
