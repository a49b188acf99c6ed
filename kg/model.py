"""The typed documents that flow between stages.

Loaders produce :class:`Article`; the extractor turns one into a :class:`GraphDocument`; stores
write GraphDocuments. All are frozen so a document can be passed between processes and stages
without anyone mutating it underneath another.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

EntityType = Literal["Person", "State", "Organization", "Place"]
ENTITY_TYPES: tuple[EntityType, ...] = ("Person", "State", "Organization", "Place")
StatementKind = Literal["direct", "indirect"]


def content_hash(text: str) -> str:
    """The article id: a hash of its text, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_NOT_NAME_CHARS = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=16384)  # names repeat within an article and across a batch; bounded for long runs
def normalise_name(name: str) -> str:
    """Casefolded, accent-free, single-spaced, hyphen-preserving form used in ids and matching."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_NAME_CHARS.sub("", stripped.casefold()).split())


def entity_id(type_: EntityType, name: str, *, iso2: str | None = None, geonames_id: int | None = None) -> str:
    """Stable id across articles: a state by ISO 3166 alpha-2, a place by GeoNames id where known,
    anything else by type plus normalised canonical name."""
    if type_ == "State" and iso2:
        return iso2.upper()
    if type_ == "Place" and geonames_id:
        return f"geonames:{geonames_id}"
    return f"{type_.lower()}:{normalise_name(name).replace(' ', '-')}"


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, before extraction.

    ``text`` is the body the extractor reads and every offset points into; headline, dateline,
    source tag and trailing publisher lines are already lifted out into metadata.
    """

    id: str  # content_hash of the raw document, so an edit gives a new id
    source: str  # where it came from (absolute path, path#line, or the JSONL id / url): one article per source
    name: str  # short name for people and for gold files: the file name, or the JSONL id
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None


@dataclass(frozen=True)
class Entity:
    """A named thing mentioned in one article, with everything that article says about it."""

    id: str
    type: EntityType
    name: str  # the fullest form the article uses (Indonesian common name for states)
    aliases: tuple[str, ...] = ()  # every other surface form seen in this article
    mentions: int = 1  # how many times the article mentions it
    title: str | None = None  # Person: office as stated
    affiliation: str | None = None  # Person: id of the State/Organization they act for
    iso2: str | None = None  # State
    geonames_id: int | None = None  # Place
    latitude: float | None = None
    longitude: float | None = None
    located_in: str | None = None  # Place: id of the State it lies in, where known


@dataclass(frozen=True)
class Statement:
    """Something a speaker said, as the article attributes it, with its provenance."""

    id: str
    kind: StatementKind
    text: str  # verbatim, without the quotation marks for direct speech
    start: int  # character offsets of ``text`` in Article.text
    end: int
    cue: str | None  # the reporting word as it appears
    speaker: str | None  # entity id, or None for unnamed speakers ("seorang pejabat")
    about: tuple[str, ...] = ()  # entity ids the text mentions
    sentence: str = ""  # the sentence(s) it came from, for reading in context
    sentence_start: int = 0

    @staticmethod
    def make_id(article_id: str, start: int, end: int, speaker: str | None) -> str:
        raw = f"{article_id}:{start}:{end}:{speaker or ''}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class GraphDocument:
    """Everything extracted from one article: the unit every store writes in one transaction."""

    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()

    def entity(self, entity_id_: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id_:
                return e
        return None


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read, with the one-line reason shown to the user."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


@dataclass
class LoadSummary:
    """What one ``kg load`` did; printed at the end and returned to notebook callers."""

    read: int = 0
    loaded: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0
