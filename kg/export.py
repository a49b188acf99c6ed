"""The whole graph out of a store, for graph analytics without Cypher.

Three formats, each with every node's id, label and properties and every relationship's type,
ends and properties:

* ``graphml``: one file networkx (``nx.read_graphml``), Gephi and yEd read. Node keys are the
  graph's own ids; ``labels`` is ``:Label`` and a relationship's ``label`` its type, as APOC's
  GraphML export writes them, so tools that know APOC files read these too. GraphML has no list
  type: list properties (aliases) are JSON strings.
* ``jsonl``: one JSON object per line, nodes first, in the shape of APOC's JSON export
  (``{"type": "node", "id", "labels", "properties"}``, ``{"type": "relationship", "label",
  "start": {"id", "labels"}, "end": {...}, "properties"}``).
* ``csv``: a folder ready for ``neo4j-admin database import full``: one file per label
  (``id:ID(Person)``, typed columns such as ``start:int``, ``aliases:string[]``, ``:LABEL``) and
  one per relationship type and pair of end labels (``:START_ID(Person)``, ``:END_ID(Statement)``,
  ``:TYPE``), plus ``neo4j-admin-import.sh`` with the exact command.

Labels and types come from ``store.stats()``; they go into query text (Cypher cannot take a label
as a parameter), so each is checked to be a plain identifier first.
"""

from __future__ import annotations

import csv
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from kg.errors import StoreError, UsageError
from kg.queries import plain

FORMATS = ("graphml", "jsonl", "csv")
ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INT32 = (-(2**31), 2**31 - 1)


@dataclass(frozen=True)
class Node:
    label: str
    id: str
    properties: dict[str, Any]


@dataclass(frozen=True)
class Relationship:
    type: str
    start: str
    end: str
    start_label: str
    end_label: str
    properties: dict[str, Any]


@dataclass
class ExportSummary:
    """What an export wrote; ``files`` are the paths created (one, or a folder's worth for csv)."""

    format: str
    nodes: int = 0
    relationships: int = 0
    files: list[str] = field(default_factory=list)


# --- reading the graph -----------------------------------------------------------------------


def _identifier(name: str, what: str) -> str:
    if not _IDENTIFIER.match(name):
        raise StoreError(f"The store reports a {what} named {name!r}, which cannot be exported safely; rename it to letters, digits and _.")
    return name


def read_nodes(store: Any) -> Iterator[Node]:
    """Every node, label by label, in id order. Null properties are left out, as Neo4j stores none."""
    for label in sorted(store.stats()["nodes"]):
        label = _identifier(label, "label")
        rows = store.run_read(f"MATCH (n:`{label}`) RETURN n.id AS id, properties(n) AS props ORDER BY id", {})
        for row in rows:
            props = {k: plain(v) for k, v in (row["props"] or {}).items() if v is not None}
            yield Node(label, str(row["id"]), props)


def read_relationships(store: Any, labels_of: dict[str, str]) -> Iterator[Relationship]:
    """Every relationship, type by type, with its end nodes' ids and labels."""
    for rel_type in sorted(store.stats()["relationships"]):
        rel_type = _identifier(rel_type, "relationship type")
        rows = store.run_read(
            f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS source, b.id AS target, properties(r) AS props ORDER BY source, target",
            {},
        )
        for row in rows:
            source, target = str(row["source"]), str(row["target"])
            props = {k: plain(v) for k, v in (row["props"] or {}).items() if v is not None}
            yield Relationship(rel_type, source, target, _label(labels_of, source), _label(labels_of, target), props)


def _label(labels_of: dict[str, str], node_id: str) -> str:
    label = labels_of.get(node_id)
    if label is None:
        raise StoreError(f"A relationship points at node {node_id!r}, which no label lists; run kg stats to check the store.")
    return label


def read_graph(store: Any) -> tuple[list[Node], list[Relationship]]:
    """All nodes and relationships. Ids are unique across labels by construction (ISO codes,
    type-prefixed names, content hashes), which lets an id alone name a node in every format."""
    nodes = list(read_nodes(store))
    labels_of: dict[str, str] = {}
    for n in nodes:
        if labels_of.setdefault(n.id, n.label) != n.label:
            raise StoreError(f"Id {n.id!r} is used by both a {labels_of[n.id]} and a {n.label}; export needs ids unique across labels.")
    return nodes, list(read_relationships(store, labels_of))


# --- writing ---------------------------------------------------------------------------------


def export_graph(store: Any, fmt: str, out: str | Path) -> ExportSummary:
    """Write the whole graph to ``out``: a file for graphml and jsonl, a folder for csv."""
    if fmt not in FORMATS:
        raise UsageError(f"Unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    out = Path(out)
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out} is a file; csv export writes a folder of files. Give a folder name.")
    elif out.is_dir():
        raise UsageError(f"{out} is a folder; {fmt} export writes one file. Give a file name such as graph.{fmt}.")
    elif not out.parent.exists():
        raise UsageError(f"Folder {out.parent} does not exist; create it first or choose another output path.")
    nodes, rels = read_graph(store)
    writer = {"graphml": write_graphml, "jsonl": write_jsonl, "csv": write_csv}[fmt]
    files = writer(nodes, rels, out)
    return ExportSummary(fmt, len(nodes), len(rels), [str(f) for f in files])


def _graph_value(value: Any) -> Any:
    """GraphML knows strings, numbers and booleans only: lists and maps become JSON text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_graphml(nodes: list[Node], rels: list[Relationship], out: Path) -> list[Path]:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for n in nodes:
        graph.add_node(n.id, labels=f":{n.label}", **{k: _graph_value(v) for k, v in n.properties.items()})
    for r in rels:
        graph.add_edge(r.start, r.end, label=r.type, **{k: _graph_value(v) for k, v in r.properties.items()})
    # infer_numeric_types: a property that is an int on some nodes and a float on others is
    # declared double rather than failing.
    nx.write_graphml(graph, out, encoding="utf-8", infer_numeric_types=True)
    return [out]


def write_jsonl(nodes: list[Node], rels: list[Relationship], out: Path) -> list[Path]:
    with out.open("w", encoding="utf-8") as f:
        for n in nodes:
            f.write(json.dumps({"type": "node", "id": n.id, "labels": [n.label], "properties": dict(sorted(n.properties.items()))}, ensure_ascii=False) + "\n")
        for r in rels:
            line = {
                "type": "relationship",
                "label": r.type,
                "start": {"id": r.start, "labels": [r.start_label]},
                "end": {"id": r.end, "labels": [r.end_label]},
                "properties": dict(sorted(r.properties.items())),
            }
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return [out]


def column_type(values: list[Any]) -> str | None:
    """The neo4j-admin header type for a property's values (None: plain string, no suffix)."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    if all(isinstance(v, (list, tuple)) for v in present):
        items = [i for v in present for i in v]
        inner = column_type(items) if items else None
        return f"{inner or 'string'}[]"
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int" if all(_INT32[0] <= v <= _INT32[1] for v in present) else "long"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return None


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(_csv_cell(v)) for v in value)
    return value


def _header(key: str, values: list[Any]) -> str:
    kind = column_type(values)
    return f"{key}:{kind}" if kind else key


def write_csv(nodes: list[Node], rels: list[Relationship], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    node_files: list[Path] = []
    rel_files: list[Path] = []

    by_label: dict[str, list[Node]] = {}
    for n in nodes:
        by_label.setdefault(n.label, []).append(n)
    for label, group in sorted(by_label.items()):
        keys = sorted({k for n in group for k in n.properties if k != "id"})
        path = out / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([f"id:ID({label})", *(_header(k, [n.properties.get(k) for n in group]) for k in keys), ":LABEL"])
            for n in group:
                w.writerow([n.id, *(_csv_cell(n.properties.get(k)) for k in keys), label])
        node_files.append(path)

    by_shape: dict[tuple[str, str, str], list[Relationship]] = {}
    for r in rels:
        by_shape.setdefault((r.type, r.start_label, r.end_label), []).append(r)
    for (rel_type, start_label, end_label), group in sorted(by_shape.items()):
        keys = sorted({k for r in group for k in r.properties})
        path = out / f"rels_{rel_type}_{start_label}_{end_label}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([f":START_ID({start_label})", f":END_ID({end_label})", *(_header(k, [r.properties.get(k) for r in group]) for k in keys), ":TYPE"])
            for r in group:
                w.writerow([r.start, r.end, *(_csv_cell(r.properties.get(k)) for k in keys), rel_type])
        rel_files.append(path)

    script = out / "neo4j-admin-import.sh"
    script.write_text(import_command_script(node_files, rel_files), encoding="utf-8")
    script.chmod(0o755)
    written = [*node_files, *rel_files, script]
    return written


def import_command(node_files: list[Path], rel_files: list[Path], database: str = "neo4j") -> list[str]:
    """The neo4j-admin command line that loads these files into an empty database.

    Article texts span lines, hence --multiline-fields."""
    args = ["neo4j-admin", "database", "import", "full", database, "--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}"]
    args += [f"--nodes={f.name}" for f in node_files]
    args += [f"--relationships={f.name}" for f in rel_files]
    return args


def import_command_script(node_files: list[Path], rel_files: list[Path]) -> str:
    command = " \\\n    ".join(shlex.quote(a) for a in import_command(node_files, rel_files))
    return (
        "#!/bin/sh\n"
        "# Load this export into an empty Neo4j database: stop Neo4j first, then run this script from\n"
        "# anywhere. Extra options pass through, e.g. --overwrite-destination=true to replace a database.\n"
        "# Afterwards apply kg's constraints: kg init --uri bolt://...\n"
        'cd "$(dirname "$0")"\n'
        f"{command} \"$@\"\n"
    )
