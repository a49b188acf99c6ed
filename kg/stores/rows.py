"""GraphDocument -> parameter rows: what both stores send with their ``UNWIND $rows`` queries.

One :class:`DocumentRows` per article, grouped by the query that takes them and, where a query
serves several labels, by label. Both stores write exactly these rows, which is why the same
documents give the same graph in Neo4j and in the embedded store.

Relationships only connect entities of the same document: a speaker, an ``about`` target, an
affiliation or a containing State that the document does not list as an entity has no node to
attach to, so its row is left out (the extractor lists every entity it refers to).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.model import Entity, GraphDocument
from kg.stores.cypher import AFFILIATION_LABELS, SPEAKER_LABELS

Row = dict[str, Any]


@dataclass(frozen=True)
class EntityRow:
    """One entity as this article knows it: its create row, and every surface form seen here."""

    id: str
    label: str
    create: Row  # the properties of a new node (aliases filled in by the writer)
    surface: tuple[str, ...]  # name and aliases as seen in this article: the MENTIONS aliases
    title: str | None = None


@dataclass(frozen=True)
class DocumentRows:
    article_id: str
    source: str
    article: Row
    entities: dict[str, list[EntityRow]] = field(default_factory=dict)  # label -> rows
    mentions: dict[str, list[Row]] = field(default_factory=dict)  # entity label -> rows
    statements: list[Row] = field(default_factory=list)
    in_article: list[Row] = field(default_factory=list)
    said: dict[str, list[Row]] = field(default_factory=dict)  # speaker label -> rows
    about: dict[str, list[Row]] = field(default_factory=dict)  # entity label -> rows
    affiliations: dict[str, list[Row]] = field(default_factory=dict)  # target label -> rows
    located_in: list[Row] = field(default_factory=list)
    said_about: dict[tuple[str, str], list[Row]] = field(default_factory=dict)  # (speaker label, entity label) -> rows

    @property
    def size(self) -> int:
        """Rows this article sends, about: what the writer groups transactions by."""
        grouped = (self.entities, self.mentions, self.said, self.about, self.affiliations, self.said_about)
        return 1 + len(self.statements) + len(self.in_article) + len(self.located_in) + sum(
            len(rows) for group in grouped for rows in group.values()
        )


def _surface_forms(entity: Entity) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for form in (entity.name, *entity.aliases):
        if form and form not in seen:
            seen[form] = None
    return tuple(seen)


def _merge_duplicates(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    """One entity per id. An extractor should not repeat an id, but if it does the first wins
    and the others add their aliases and mentions, so no MENTIONS is written twice."""
    merged: dict[str, Entity] = {}
    for e in entities:
        first = merged.get(e.id)
        if first is None:
            merged[e.id] = e
            continue
        extra = tuple(a for a in (e.name, *e.aliases) if a not in (first.name, *first.aliases))
        merged[e.id] = Entity(
            id=first.id,
            type=first.type,
            name=first.name,
            aliases=first.aliases + extra,
            mentions=first.mentions + e.mentions,
            title=first.title or e.title,
            affiliation=first.affiliation or e.affiliation,
            iso2=first.iso2 or e.iso2,
            geonames_id=first.geonames_id or e.geonames_id,
            latitude=first.latitude if first.latitude is not None else e.latitude,
            longitude=first.longitude if first.longitude is not None else e.longitude,
            located_in=first.located_in or e.located_in,
        )
    return merged


def _create_row(e: Entity) -> Row:
    row: Row = {"id": e.id, "name": e.name, "aliases": []}
    if e.type == "Person":
        row["title"] = e.title
    elif e.type == "State":
        row["iso2"] = e.iso2 or (e.id if len(e.id) == 2 else None)
    elif e.type == "Place":
        row.update(geonames_id=e.geonames_id, latitude=e.latitude, longitude=e.longitude)
    return row


def document_rows(doc: GraphDocument) -> DocumentRows:
    a = doc.article
    rows = DocumentRows(
        article_id=a.id,
        source=a.source,
        article={
            "id": a.id,
            "source": a.source,
            "name": a.name,
            "title": a.title,
            "publisher": a.publisher,
            "published": a.published,
            "url": a.url,
            "text": a.text,
        },
    )
    entities = _merge_duplicates(doc.entities)
    label_of = {eid: e.type for eid, e in entities.items()}

    for e in entities.values():
        surface = _surface_forms(e)
        rows.entities.setdefault(e.type, []).append(EntityRow(e.id, e.type, _create_row(e), surface, e.title))
        rows.mentions.setdefault(e.type, []).append({"article": a.id, "entity": e.id, "count": max(int(e.mentions), 1), "aliases": list(surface)})
        if e.type == "Person" and e.affiliation and label_of.get(e.affiliation) in AFFILIATION_LABELS:
            rows.affiliations.setdefault(label_of[e.affiliation], []).append(
                {"person": e.id, "target": e.affiliation, "title": e.title, "article": a.id}
            )
        if e.type == "Place" and e.located_in and label_of.get(e.located_in) == "State":
            rows.located_in.append({"place": e.id, "state": e.located_in})

    said_about: Counter[tuple[str, str]] = Counter()
    seen_statements: set[str] = set()
    for s in doc.statements:
        if s.id in seen_statements:
            continue
        seen_statements.add(s.id)
        rows.statements.append(
            {
                "id": s.id,
                "text": s.text,
                "kind": s.kind,
                "cue": s.cue,
                "start": s.start,
                "end": s.end,
                "sentence": s.sentence,
                "sentence_start": s.sentence_start,
                "article_id": a.id,
            }
        )
        rows.in_article.append({"statement": s.id, "article": a.id})
        speaker_label = label_of.get(s.speaker) if s.speaker else None
        if speaker_label not in SPEAKER_LABELS:
            speaker_label = None
        if speaker_label:
            rows.said.setdefault(speaker_label, []).append({"speaker": s.speaker, "statement": s.id})
        for target in dict.fromkeys(s.about):  # each entity once per statement
            target_label = label_of.get(target)
            if target_label is None:
                continue
            rows.about.setdefault(target_label, []).append({"statement": s.id, "entity": target})
            if speaker_label:
                said_about[(s.speaker, target)] += 1  # type: ignore[index]

    for (speaker, target), n in said_about.items():
        key = (label_of[speaker], label_of[target])
        rows.said_about.setdefault(key, []).append({"speaker": speaker, "entity": target, "n": n})
    return rows
