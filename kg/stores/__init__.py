"""Graph stores: Neo4j through the official driver, or the embedded LadybugDB folder by default.

``open_store(settings)`` picks one: Neo4j whenever a URI is configured (flag, environment or
.env), otherwise the embedded store in ``settings.store_path``. Both implement
:class:`kg.stores.base.GraphStore` and write the same graph from the same documents.
"""

from __future__ import annotations

from kg.config import Settings
from kg.stores.base import GraphStore, WriteResult


def open_store(settings: Settings, *, create: bool = True) -> GraphStore:
    """Connect to (or open) the configured store. Raises StoreUnavailable with what to do when it
    cannot. ``create=False`` refuses to create an embedded store that does not exist yet (for
    commands that only read)."""
    if settings.uses_neo4j:
        from kg.stores.neo4j_store import Neo4jStore

        return Neo4jStore(settings)
    from kg.stores.embedded_store import EmbeddedStore

    return EmbeddedStore(settings, create=create)


def describe(store: GraphStore) -> str:
    """Where a store is, for messages: 'Neo4j at bolt://…' or 'the embedded store ./kg-store'."""
    return f"Neo4j at {store.location}" if store.kind == "neo4j" else f"the embedded store {store.location}"


__all__ = ["GraphStore", "WriteResult", "open_store", "describe"]
