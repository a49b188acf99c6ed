"""HTML pages: main text and metadata with trafilatura, offline.

trafilatura finds the article body among navigation and footers and reads title, date, site
name and canonical url from the page's own markup. Its date search is limited to that markup
(no guessing from stray dates in the text). The text then goes through the same lifting as a
plain-text file, except that the headline comes from the page: a first line repeating it goes.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.loaders.sources.dates import parse_date
from kg.loaders.sources.decode import decode_html
from kg.loaders.sources.metadata import lift
from kg.model import Article, content_hash

NO_TEXT = "no article text found in the HTML page"
_MIN_WORDS = 8  # below this, what trafilatura found is menus and buttons, not an article


def article_from_html(html: str, *, source: str, name: str) -> Article:
    import trafilatura  # heavy import, needed only for HTML inputs

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a parser failure on one page must not stop the batch
        raise InputError(source, f"the HTML page could not be parsed ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = _clean(getattr(doc, "title", None))
    lines = [line for line in text.replace("\r\n", "\n").split("\n")]
    if title and lines and lines[0].strip().casefold() == title.casefold():
        lines = lines[1:]
    lifted = lift("\n".join(lines), find_headline=title is None)
    if len(lifted.body.split()) < _MIN_WORDS:
        raise InputError(source, NO_TEXT)
    date = _clean(getattr(doc, "date", None))
    return Article(
        id=content_hash(html),
        source=source,
        name=name,
        text=lifted.body,
        title=title or lifted.title,
        publisher=_clean(getattr(doc, "sitename", None)) or lifted.publisher,
        published=(parse_date(date) if date else None) or lifted.published,
        url=_clean(getattr(doc, "url", None)),
    )


def _clean(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def read_html_file(path: Path) -> Article:
    source = str(path)
    return article_from_html(decode_html(path.read_bytes(), source), source=source, name=path.name)
