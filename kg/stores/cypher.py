"""The stores' own Cypher: the schema files and the named write queries in ``cypher/write/``.

A write query is a file ``cypher/write/<name>.cypher``; where LadybugDB needs other text, the
file ``cypher/write/embedded/<name>.cypher`` replaces it on the embedded store.

Values always travel as parameters. Labels cannot (neither Neo4j nor LadybugDB takes a label as a
parameter and still uses its id index), so a query that serves several labels names them with the
markers ``__LABEL__``, ``__FROM__`` and ``__TO__``; :func:`write_query` fills them in, and only with
a label or relationship type of the graph model, never with anything read from input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from kg.model import ENTITY_TYPES

PACKAGE = "kg.cypher"
WRITE_FOLDER = "write"
NEO4J_SCHEMA = "schema.cypher"
EMBEDDED_SCHEMA = "schema.ladybug.cypher"

NODE_LABELS: tuple[str, ...] = ("Article", *ENTITY_TYPES, "Statement")
SPEAKER_LABELS: tuple[str, ...] = ("Person", "State", "Organization")
AFFILIATION_LABELS: tuple[str, ...] = ("State", "Organization")
RELATIONSHIP_TYPES: tuple[str, ...] = (
    "SAID",
    "ABOUT",
    "IN",
    "MENTIONS",
    "AFFILIATED_WITH",
    "LOCATED_IN",
    "SAID_ABOUT",
)
_MARKERS = ("__LABEL__", "__FROM__", "__TO__", "__TYPE__")
_ALLOWED = frozenset(NODE_LABELS) | frozenset(RELATIONSHIP_TYPES)


def _read(*parts: str) -> str | None:
    resource = files(PACKAGE)
    for part in parts:
        resource = resource / part
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def strip_comments(text: str) -> str:
    """The statement without its ``//`` comment lines (LadybugDB's parser is stricter about them)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//")).strip()


def split_statements(text: str) -> list[str]:
    """A schema file's statements: split on ``;`` ending a line, comments dropped."""
    body = strip_comments(text)
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


@lru_cache(maxsize=None)
def schema_statements(kind: str) -> tuple[str, ...]:
    """The DDL for a store kind ("neo4j" or "embedded")."""
    name = NEO4J_SCHEMA if kind == "neo4j" else EMBEDDED_SCHEMA
    text = _read(name)
    if text is None:  # a broken installation, not a user error
        raise FileNotFoundError(f"{PACKAGE}/{name} is missing from the installed package")
    return tuple(split_statements(text))


@lru_cache(maxsize=None)
def _template(name: str, kind: str) -> str:
    text = _read(WRITE_FOLDER, kind, f"{name}.cypher") if kind == "embedded" else None
    if text is None:
        text = _read(WRITE_FOLDER, f"{name}.cypher")
    if text is None:
        raise FileNotFoundError(f"{PACKAGE}/{WRITE_FOLDER}/{name}.cypher is missing from the installed package")
    return strip_comments(text)


@lru_cache(maxsize=None)
def write_query(name: str, kind: str, label: str | None = None, from_: str | None = None, to: str | None = None, type_: str | None = None) -> str:
    """The text of write query ``name`` for a store kind, with its label markers filled in."""
    text = _template(name, kind)
    for marker, value in zip(_MARKERS, (label, from_, to, type_)):
        if marker not in text:
            continue
        if value not in _ALLOWED:
            raise ValueError(f"write query {name} needs {marker} to be a label or type of the graph model, not {value!r}")
        # IN is a reserved word in LadybugDB; backticks work in both stores.
        text = text.replace(marker, f"`{value}`" if value == "IN" else value)
    return text
