"""Canned Cypher: the registry of ``cypher/queries/*.cypher``, their parameters, and running them.

Each query file opens with a comment block that is both its documentation for analysts pasting it
into Neo4j Browser and its machine-readable description here::

    // One line: the question the query answers.
    //
    // More explanation ...
    //
    // Parameters:
    //   $name (required): what it means
    //   $limit (default 100): what it means
    //
    // Viz: source=speaker_id target=about_id type=SAID_ABOUT width=statements
    //
    // :param name => 'Korea Utara'
    // :param limit => 100

Defaults are Cypher literals (numbers, 'strings', [lists], true/false/null). The optional ``Viz``
line tells :mod:`kg.viz` which columns of a row are the two ends of an edge.

The same file runs on Neo4j and on the embedded store wherever both understand it; where the
embedded store (LadybugDB) cannot, ``queries/embedded/<name>.cypher`` beside it is used there.
"""

from __future__ import annotations

import csv
import decimal
import io
import json
import re
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, Iterable, Mapping

from kg.errors import QueryError, UsageError

QUERY_PACKAGE = "kg.cypher"
QUERY_FOLDER = "queries"
STORE_KINDS = ("neo4j", "embedded")

_PARAM_LINE = re.compile(r"^\$(?P<name>\w+)\s+\((?:(?P<required>required)|default\s+(?P<default>.*?))\):\s*(?P<meaning>.*)$")
_USED_PARAM = re.compile(r"\$(\w+)")


@dataclass(frozen=True)
class Parameter:
    """One ``$name`` a query takes: required, or with a default, and what it means."""

    name: str
    required: bool
    default: Any
    meaning: str

    def describe(self) -> str:
        if self.required:
            return f"${self.name} (required): {self.meaning}"
        return f"${self.name} (default {cypher_literal(self.default)}): {self.meaning}"


@dataclass(frozen=True)
class VizShape:
    """How to draw a query's rows: each row is an edge from ``source`` to ``target`` (id columns)."""

    source: str
    target: str
    type: str
    width: str | None = None


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str  # the one-line question
    doc: str  # the whole header, comment markers removed
    parameters: tuple[Parameter, ...]
    cypher: str  # the portable text (the whole file, header included: Cypher ignores comments)
    variants: Mapping[str, str] = field(default_factory=dict)  # store kind -> text, where it differs
    viz: VizShape | None = None

    def text_for(self, store_kind: str) -> str:
        """The text to run on a store of this kind: its variant if it has one, else the portable file."""
        return self.variants.get(store_kind, self.cypher)

    def parameter(self, name: str) -> Parameter | None:
        for p in self.parameters:
            if p.name == name:
                return p
        return None

    def bind(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Defaults filled in, strings from the command line converted to the default's type.

        Raises UsageError naming an unknown or missing parameter and what it means."""
        known = {p.name for p in self.parameters}
        unknown = sorted(set(given) - known)
        if unknown:
            names = ", ".join(p.name for p in self.parameters) or "none"
            raise UsageError(f"Query '{self.name}' has no parameter '{unknown[0]}'; its parameters are: {names}.")
        bound: dict[str, Any] = {}
        for p in self.parameters:
            if p.name in given:
                value = _coerce(self.name, p, given[p.name])
                # Trimmed here, not with trim() in Cypher: LadybugDB 0.22's trim() corrupts strings
                # that shrink to 12 bytes or less ("  KOREA UTARA " comes back as garbage).
                bound[p.name] = value.strip() if isinstance(value, str) else value
            elif p.required:
                raise UsageError(f"Query '{self.name}' needs parameter '{p.name}': {p.meaning}. Pass it with -p {p.name}=VALUE.")
            else:
                bound[p.name] = p.default
        return bound


# --- loading the registry -------------------------------------------------------------------


def load_queries() -> dict[str, CannedQuery]:
    """Every canned query shipped in ``kg.cypher/queries``, by name (the file name without .cypher)."""
    folder = files(QUERY_PACKAGE) / QUERY_FOLDER
    variants: dict[str, dict[str, str]] = {}
    for kind in STORE_KINDS:
        sub = folder / kind
        if sub.is_dir():
            for f in sub.iterdir():
                if f.name.endswith(".cypher"):
                    variants.setdefault(f.name[: -len(".cypher")], {})[kind] = f.read_text(encoding="utf-8")
    queries: dict[str, CannedQuery] = {}
    for f in sorted(folder.iterdir(), key=lambda t: t.name):
        if f.name.endswith(".cypher"):
            name = f.name[: -len(".cypher")]
            queries[name] = parse_query(name, f.read_text(encoding="utf-8"), variants.get(name, {}))
    return queries


def parse_query(name: str, text: str, variants: Mapping[str, str] | None = None) -> CannedQuery:
    """Read the header comment of one query file into a CannedQuery."""
    header: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            break
        header.append(stripped[2:].strip() if stripped[2:3] == " " or stripped == "//" else stripped[2:])
    # The description is the first paragraph of the header, however many lines it wraps over.
    first: list[str] = []
    for h in header:
        if h:
            first.append(h)
        elif first:
            break
    description = " ".join(first)
    if not description:
        raise QueryError(f"Query file {name}.cypher has no header comment; its first line must say what it answers.")
    parameters: list[Parameter] = []
    viz: VizShape | None = None
    for h in header:
        m = _PARAM_LINE.match(h)
        if m:
            default = None if m.group("required") else parse_cypher_literal(m.group("default"), where=f"{name}.cypher ${m.group('name')}")
            parameters.append(Parameter(m.group("name"), bool(m.group("required")), default, m.group("meaning").strip()))
        elif h.startswith("Viz:"):
            viz = _parse_viz(name, h[len("Viz:") :])
    return CannedQuery(
        name=name,
        description=description,
        doc="\n".join(header).strip(),
        parameters=tuple(parameters),
        cypher=text,
        variants=dict(variants or {}),
        viz=viz,
    )


def _parse_viz(name: str, spec: str) -> VizShape:
    pairs = dict(part.split("=", 1) for part in spec.split() if "=" in part)
    if not {"source", "target", "type"} <= pairs.keys():
        raise QueryError(f"Query file {name}.cypher: its Viz line needs source=, target= and type=.")
    return VizShape(pairs["source"], pairs["target"], pairs["type"], pairs.get("width"))


def body_of(text: str) -> str:
    """The query without its comment lines: what a store actually has to parse."""
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith("//")).strip()


def used_parameters(text: str) -> set[str]:
    """The ``$names`` a query body uses (comments and string literals left out)."""
    return set(_USED_PARAM.findall(_strip_strings_and_comments(text)))


def get_query(name: str, queries: Mapping[str, CannedQuery] | None = None) -> CannedQuery:
    queries = load_queries() if queries is None else queries
    if name not in queries:
        raise UsageError(f"No query named '{name}'. Queries: {', '.join(sorted(queries))}. Run kg query --list for what each answers.")
    return queries[name]


# --- running ---------------------------------------------------------------------------------


def run_query(store: Any, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run one canned query by name on a GraphStore; parameters default as the file says."""
    query = get_query(name)
    bound = query.bind(params or {})
    return _run(store, body_of(query.text_for(store.kind)), bound, what=f"Query '{name}'")


_WRITE_WORDS = (
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "FOREACH", "LOAD", "COPY",
    "IMPORT", "EXPORT", "ATTACH", "INSTALL", "BEGIN", "COMMIT", "ROLLBACK", "CHECKPOINT", "TRANSACTIONS",
)  # fmt: skip
_WRITE_RE = re.compile(r"(?<![\w.$])(" + "|".join(_WRITE_WORDS) + r")(?!\w)", re.IGNORECASE)


def write_clause(cypher: str) -> str | None:
    """The first clause that could change the graph (CREATE, MERGE, SET, DELETE, ...), if any.

    Looks at the query with string literals, quoted names and comments removed, so a statement
    text that contains the word "set" is no reason to refuse."""
    m = _WRITE_RE.search(_strip_strings_and_comments(cypher))
    return m.group(1).upper() if m else None


def run_cypher(store: Any, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run ad-hoc read-only Cypher. Write clauses are refused before the store sees the query; on
    Neo4j, ``run_read`` also runs it in a read transaction, so the server refuses writes too."""
    if not cypher.strip():
        raise UsageError("The --cypher query is empty. Give a read-only query, e.g. --cypher 'MATCH (p:Person) RETURN p.name LIMIT 5'.")
    clause = write_clause(cypher)
    if clause:
        raise QueryError(f"kg query --cypher runs read-only queries, and this one has {clause}. Change the graph with kg load or kg drop instead.")
    return _run(store, cypher, dict(params or {}), what="The query")


def _run(store: Any, cypher: str, params: dict[str, Any], *, what: str) -> list[dict[str, Any]]:
    from kg.errors import KgError

    try:
        rows = store.run_read(cypher, params)
    except KgError:
        raise
    except Exception as exc:  # a driver or engine error: one line naming the store, not a traceback
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"{what} failed on {store.kind} store {store.location}: {first}") from exc
    return [{k: plain(v) for k, v in row.items()} for row in rows]


def plain(value: Any) -> Any:
    """Values as JSON-ready Python: LadybugDB sums come back as Decimal, Neo4j's as int."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


# --- parameters from the command line --------------------------------------------------------


def parse_param_options(pairs: Iterable[str]) -> dict[str, str]:
    """``-p key=value`` options into a dict; the value stays a string until bound to a query."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip().lstrip("$")
        if not sep or not key:
            raise UsageError(f"Parameter '{pair}' is not KEY=VALUE. Pass it like -p name=\"Korea Utara\".")
        params[key] = value
    return params


def _coerce(query: str, p: Parameter, value: Any) -> Any:
    """A command-line string as the type the parameter's default has (int, float, bool, list)."""
    if not isinstance(value, str):
        return value
    default = p.default
    try:
        if isinstance(default, bool):
            if value.strip().lower() in ("true", "yes", "1"):
                return True
            if value.strip().lower() in ("false", "no", "0"):
                return False
            raise ValueError
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError:
        kind = {bool: "true or false", int: "an integer", float: "a number"}[type(default)]
        raise UsageError(f"Parameter '{p.name}' of query '{query}' must be {kind}, not '{value}'.") from None
    if isinstance(default, list):
        text = value.strip()
        if text.startswith("["):
            try:
                return parse_cypher_literal(text, where=f"-p {p.name}")
            except QueryError as exc:
                raise UsageError(f"Parameter '{p.name}' of query '{query}': {exc}") from None
        # A comma-separated list is easier to type than a Cypher list literal.
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


# --- Cypher literals (defaults in headers) ---------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|(?P<num>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"
    r"|(?P<word>true|false|null)|(?P<punct>[\[\],]))",
    re.IGNORECASE,
)


def parse_cypher_literal(text: str, *, where: str = "literal") -> Any:
    """A Cypher literal (number, string, boolean, null, or a list of them) as a Python value."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f"{where}: cannot read '{text}' as a Cypher literal (a number, 'string', [list], true, false or null).")
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1

    def value(i: int) -> tuple[Any, int]:
        if i >= len(tokens):
            raise QueryError(f"{where}: '{text}' ends too early.")
        kind, tok = tokens[i]
        if kind == "str":
            return _unquote(tok), i + 1
        if kind == "num":
            return (float(tok) if any(c in tok for c in ".eE") else int(tok)), i + 1
        if kind == "word":
            return {"true": True, "false": False, "null": None}[tok.lower()], i + 1
        if tok == "[":
            items: list[Any] = []
            i += 1
            if i < len(tokens) and tokens[i][1] == "]":
                return items, i + 1
            while True:
                item, i = value(i)
                items.append(item)
                if i < len(tokens) and tokens[i][1] == ",":
                    i += 1
                    continue
                if i < len(tokens) and tokens[i][1] == "]":
                    return items, i + 1
                raise QueryError(f"{where}: '{text}' has an unclosed list.")
        raise QueryError(f"{where}: unexpected '{tok}' in '{text}'.")

    result, end = value(0)
    if end != len(tokens):
        raise QueryError(f"{where}: unexpected text after the value in '{text}'.")
    return result


def _unquote(token: str) -> str:
    body = token[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def cypher_literal(value: Any) -> str:
    """A Python value written as a Cypher literal, for help text and :param lines."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _strip_strings_and_comments(cypher: str) -> str:
    """The query with string literals, `quoted names` and comments blanked out."""
    out: list[str] = []
    i, n = 0, len(cypher)
    while i < n:
        c = cypher[i]
        if c in "'\"`":
            j = i + 1
            while j < n and cypher[j] != c:
                j += 2 if cypher[j] == "\\" and c != "`" else 1
            out.append(" ")
            i = j + 1
        elif cypher.startswith("//", i):
            j = cypher.find("\n", i)
            i = n if j < 0 else j
        elif cypher.startswith("/*", i):
            j = cypher.find("*/", i + 2)
            out.append(" ")
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


# --- output formats --------------------------------------------------------------------------

FORMATS = ("table", "json", "csv")


def format_rows(rows: list[dict[str, Any]], fmt: str = "table", *, max_width: int = 60) -> str:
    """Rows as an aligned text table, a JSON array, or CSV (lists joined with '; ')."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = list(rows[0].keys()) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise UsageError(f"Unknown format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    if not rows:
        return "No rows."
    cells = [[_fit(_cell(row.get(c)), max_width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())  # newlines inside a cell would break the table
    if width and len(text) > width:
        return text[: width - 1] + "…"
    return text


def list_queries(queries: Mapping[str, CannedQuery] | None = None) -> str:
    """The ``kg query --list`` text: each name with its question and parameters."""
    queries = load_queries() if queries is None else queries
    width = max((len(n) for n in queries), default=0)
    lines = []
    for name, q in sorted(queries.items()):
        params = " ".join(f"{p.name}=…" if p.required else f"[{p.name}]" for p in q.parameters)
        lines.append(f"{name.ljust(width)}  {q.description}")
        if params:
            lines.append(f"{'':{width}}  parameters: {params}")
    return "\n".join(lines)
