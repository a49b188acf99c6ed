"""Query results as plain Python, the same from both stores.

A node becomes a dict of its properties plus ``_labels`` (a list of label names); a relationship a
dict of its properties plus ``_type``; a path a list of those. Neo4j temporal values become ISO
strings; LadybugDB's DECIMAL results (its sums) become int or float. Lists and maps are converted
all the way down.
"""

from __future__ import annotations

import decimal
from typing import Any

from neo4j.graph import Node, Path, Relationship

_LADYBUG_INTERNAL = ("_ID", "_SRC", "_DST", "_LABEL")


def plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Node):
        return {**{k: plain(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        out: list[Any] = [plain(value.start_node)]
        for rel in value.relationships:
            out.extend((plain(rel), plain(rel.end_node)))
        return out
    if isinstance(value, dict):
        if "_LABEL" in value and "_ID" in value:  # a LadybugDB node or relationship
            props = {k: plain(v) for k, v in value.items() if k not in _LADYBUG_INTERNAL}
            if "_SRC" in value:
                return {**props, "_type": value["_LABEL"]}
            return {**props, "_labels": [value["_LABEL"]]}
        if "_nodes" in value and "_rels" in value:  # a LadybugDB path (recursive relationship)
            return [plain(v) for v in value["_nodes"]] + [plain(v) for v in value["_rels"]]
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if hasattr(value, "isoformat"):  # datetime, date
        return value.isoformat()
    return value
