"""A picture of a subgraph: an interactive HTML page drawn with neo4j-viz.

The subgraph comes from a canned query whose header has a ``Viz:`` line naming the two id
columns of an edge (``// Viz: source=speaker_id target=about_id type=SAID_ABOUT width=statements``).
By default it is ``talks_about_most``: speakers and the entities their statements are about,
through the derived SAID_ABOUT relationship. Rows that repeat an edge (several statements by the
same speaker about the same entity) are drawn once, wider.

Colours come from ``cypher/style.grass``, so the page and Neo4j Browser agree. The page is one
self-contained file: neo4j-viz inlines its JavaScript and CSS, so it opens offline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping

from kg.errors import UsageError
from kg.queries import get_query, load_queries, run_query

DEFAULT_QUERY = "talks_about_most"
DEFAULT_PARAMS: dict[str, Any] = {"limit": 200}  # a picture wants more edges than a table
FALLBACK_COLOR = "#A5ABB6"
_CAPTION_WORDS = 6
# Properties too long for a tooltip; a Statement's own text stays, it is what it is.
_HIDDEN_PROPERTIES = {"Article": {"text"}}


@dataclass(frozen=True)
class VizSummary:
    path: str
    query: str
    nodes: int
    relationships: int


def grass_colors() -> dict[str, str]:
    """Node colour per label from the Neo4j Browser style sheet shipped in kg.cypher."""
    text = (files("kg.cypher") / "style.grass").read_text(encoding="utf-8")
    colors: dict[str, str] = {}
    for label, body in re.findall(r"node\.(\w+)\s*\{([^}]*)\}", text):
        m = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body)
        if m:
            colors[label] = m.group(1)
    return colors


def drawable_queries() -> list[str]:
    return sorted(name for name, q in load_queries().items() if q.viz)


def caption_for(label: str, props: Mapping[str, Any]) -> str:
    """A node's caption: its name; for a statement, its first words."""
    if label == "Statement":
        words = str(props.get("text") or "").split()
        return " ".join(words[:_CAPTION_WORDS]) + ("…" if len(words) > _CAPTION_WORDS else "")
    return str(props.get("name") or props.get("id") or "")


def build_graph(store: Any, query: str | None = None, params: Mapping[str, Any] | None = None) -> Any:
    """The VisualizationGraph of a drawable canned query's rows (default: talks_about_most)."""
    from neo4j_viz import Node, Relationship, VisualizationGraph

    name = query or DEFAULT_QUERY
    canned = get_query(name)
    if canned.viz is None:
        raise UsageError(f"Query '{name}' returns a table, not a graph, so kg viz cannot draw it. Queries it can draw: {', '.join(drawable_queries())}.")
    given = dict(params or {})
    if query is None:
        given = {**DEFAULT_PARAMS, **given}
    rows = run_query(store, name, given)
    shape = canned.viz

    # One edge per (source, target): its weight sums the width column, or counts the rows.
    edges: dict[tuple[str, str], float] = {}
    for row in rows:
        source, target = row.get(shape.source), row.get(shape.target)
        if source is None or target is None:  # e.g. a statement whose speaker is not named
            continue
        weight = row.get(shape.width) if shape.width else 1
        edges[(str(source), str(target))] = edges.get((str(source), str(target)), 0) + (weight if isinstance(weight, (int, float)) else 1)

    ids = sorted({end for pair in edges for end in pair})
    found = _nodes_by_id(store, ids)
    colors = grass_colors()
    degree: dict[str, float] = {}
    for (s, t), w in edges.items():
        degree[s] = degree.get(s, 0) + w
        degree[t] = degree.get(t, 0) + w

    nodes = []
    for node_id in ids:
        label, props = found.get(node_id, ("", {"id": node_id}))
        hidden = _HIDDEN_PROPERTIES.get(label, set())
        shown = {k: v for k, v in props.items() if k not in hidden and v is not None}
        nodes.append(
            Node(
                id=node_id,
                caption=caption_for(label, props),
                color=colors.get(label, FALLBACK_COLOR),
                size=16 + 6 * min(degree.get(node_id, 1), 25) ** 0.5,
                properties={"label": label, **shown},
            )
        )
    relationships = [
        Relationship(
            source=s,
            target=t,
            caption=_number(w) if shape.width else (shape.type if w == 1 else f"{shape.type} ({_number(w)})"),
            width=1 + min(w, 20) ** 0.5,
            properties={"type": shape.type, "weight": w},
        )
        for (s, t), w in sorted(edges.items())
    ]
    graph = VisualizationGraph(nodes=nodes, relationships=relationships)
    present = {n.properties["label"] for n in nodes if n.properties.get("label")}
    graph.set_legend(nodes={label: colors.get(label, FALLBACK_COLOR) for label in sorted(present)})
    return graph


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _nodes_by_id(store: Any, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Label and properties of each node id, one parameterised query per label in the store."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    if not ids:
        return found
    for label in sorted(store.stats()["nodes"]):
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", label):
            continue  # a label that is not a plain name never comes from kg; leave it undrawn
        for row in store.run_read(f"MATCH (n:`{label}`) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props", {"ids": ids}):
            found.setdefault(str(row["id"]), (label, dict(row["props"] or {})))
    return found


def write_viz(store: Any, out: str | Path, query: str | None = None, params: Mapping[str, Any] | None = None, *, title: str | None = None) -> VizSummary:
    """Draw the subgraph and write it as one self-contained HTML page."""
    out = Path(out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the HTML file to write, e.g. -o graph.html.")
    if not out.parent.exists():
        raise UsageError(f"Folder {out.parent} does not exist; create it first or choose another output path.")
    graph = build_graph(store, query, params)
    if not graph.nodes:
        raise UsageError(f"Query '{query or DEFAULT_QUERY}' found nothing to draw; check its parameters, or load articles first with kg load.")
    html = graph.render(width="100%", height="100vh", theme="light", show_layout_button=True, show_search_button=True).data
    if title:
        from html import escape

        html = re.sub(r"<title>.*?</title>", lambda _: f"<title>{escape(title)}</title>", html, count=1)
    out.write_text(html, encoding="utf-8")
    return VizSummary(str(out), query or DEFAULT_QUERY, len(graph.nodes), len(graph.relationships))
