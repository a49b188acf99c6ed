"""The one small interface both graph stores implement.

Writers take GraphDocuments (never spaCy objects) and write each article in its own transaction,
so a failure never leaves half an article. Everything a store does is addressable by name from
``cypher/`` files; no Cypher is built by string formatting with values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, Sequence, runtime_checkable

from kg.model import GraphDocument, Rejection


@dataclass
class WriteResult:
    """What a write did. ``unchanged`` articles were already stored with the same content hash."""

    loaded: list[str] = field(default_factory=list)  # article ids written (new or replacing an edit)
    unchanged: list[str] = field(default_factory=list)  # article ids skipped: same source, same hash
    nodes_created: int = 0
    relationships_created: int = 0
    rows: int = 0  # parameter rows sent, for throughput figures
    failed: list[Rejection] = field(default_factory=list)  # articles the store refused; nothing of them was written


@runtime_checkable
class GraphStore(Protocol):
    """A place the graph lives: Neo4j (server) or LadybugDB (embedded folder)."""

    kind: str  # "neo4j" or "embedded"
    location: str  # bolt URI (no password) or folder path, for messages
    batch_size: int  # rows per UNWIND batch (Settings.batch_size; kg load --batch-size)

    def ensure_schema(self) -> None:
        """Apply cypher/schema.cypher (constraints, indexes / node and rel tables); idempotent."""

    def write(self, documents: Iterable[GraphDocument]) -> WriteResult:
        """Write documents (a list or a stream) in transactions of whole articles; a transaction
        that fails is retried in halves down to the article that fails alone, so a refused article
        is reported in ``failed`` and nothing of it is written. An article whose source is stored
        with the same id is skipped as unchanged; one whose source is stored with another id (an
        edit) replaces the old version, its statements and mentions, and whatever only it
        supported. Keeps the derived SAID_ABOUT relationships in step."""

    def stored_id(self, source: str) -> str | None:
        """The id of the article stored for ``source``, or None."""

    def stored_ids(self, sources: Sequence[str]) -> dict[str, str]:
        """Source -> id of the stored article, for those of ``sources`` that are stored: lets the
        pipeline skip extracting files stored unchanged, with one query per batch of files."""

    def drop_article(self, key: str) -> bool:
        """Remove one article (by id, name or source) and whatever only it supported."""

    def stats(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: count}, "relationships": {type: count}} with every label and type present."""

    def run_read(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only query and return rows as plain dicts."""

    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore": ...

    def __exit__(self, *exc: object) -> None: ...


class NamedReads:
    """The reads both stores answer with the same named queries from cypher/write/ (store-specific variants
    where LadybugDB needs one); a store supplies ``kind`` and ``run_read``."""

    kind: str

    def run_read(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _read_named(self, name: str, params: dict[str, Any], **labels: str) -> list[dict[str, Any]]:
        from kg.stores.cypher import write_query

        return self.run_read(write_query(name, self.kind, **labels), params)

    def stored_id(self, source: str) -> str | None:
        return self.stored_ids([source]).get(source)

    def stored_ids(self, sources: Sequence[str]) -> dict[str, str]:
        if not sources:
            return {}
        rows = self._read_named("articles_by_source", {"sources": list(sources)})
        return {row["source"]: row["id"] for row in rows}

    def stats(self) -> dict[str, dict[str, int]]:
        from kg.stores.cypher import NODE_LABELS, RELATIONSHIP_TYPES

        nodes = {label: int(self._read_named("count_nodes", {}, label=label)[0]["n"]) for label in NODE_LABELS}
        rels = {t: int(self._read_named("count_relationships", {}, type_=t)[0]["n"]) for t in RELATIONSHIP_TYPES}
        return {"nodes": nodes, "relationships": rels}
