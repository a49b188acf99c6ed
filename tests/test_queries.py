"""Canned queries: their headers, `kg query`, and every query on both stores with the same rows.

The example articles are extracted once and written into a real embedded store (LadybugDB in a
temporary folder) and a real Neo4j (the `neo4j_uri` fixture); every canned query must return the
same rows on both. Content checks compare query results with what the raw SAID / ABOUT /
MENTIONS edges say, computed here in Python, and with a few robust facts of the examples.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError, UsageError
from kg.queries import (
    body_of,
    format_rows,
    get_query,
    load_queries,
    parse_cypher_literal,
    parse_param_options,
    parse_query,
    run_cypher,
    run_query,
    used_parameters,
    write_clause,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
FIRST_ARTICLE = sorted(p.name for p in EXAMPLES.glob("*.txt"))[0]
QUERIES = load_queries()
# Parameters for the queries that need one, chosen from what the example articles are about.
SAMPLE = {"name": "Korea Utara", "speaker": "Lloyd Austin", "about": "Korea Utara", "statement": "pasukan", "article": FIRST_ARTICLE}
# Queries the examples must give rows for (denies_confirms depends on which cues the extractor finds).
NON_EMPTY = set(QUERIES) - {"denies_confirms"}
DEFAULT_DENY = get_query("denies_confirms").parameter("deny_cues").default
DEFAULT_CONFIRM = get_query("denies_confirms").parameter("confirm_cues").default


# The examples in both stores: fixtures `documents`, `embedded`, `neo4j` and `store` in conftest.py.


# Where a query's `name` means a speaker rather than what is spoken about.
SAMPLE_BY_QUERY = {"speaker_statements": {"name": "Lloyd Austin"}}


def sample_params(name: str) -> dict[str, Any]:
    return {p.name: SAMPLE_BY_QUERY.get(name, {}).get(p.name, SAMPLE[p.name]) for p in get_query(name).parameters if p.required}


def normalised(rows: list[dict[str, Any]]) -> list[str]:
    """Rows in a canonical order, lists sorted: collect() promises no order on either store."""

    def canon(value: Any) -> Any:
        return sorted(value, key=lambda v: json.dumps(v, sort_keys=True)) if isinstance(value, list) else value

    return sorted(json.dumps({k: canon(v) for k, v in row.items()}, sort_keys=True, ensure_ascii=False) for row in rows)


# --- raw edges, for checking query results independently -------------------------------------


def raw_said(store: Any) -> list[dict[str, Any]]:
    return run_cypher(store, "MATCH (sp)-[:SAID]->(s:Statement) RETURN sp.id AS speaker, sp.name AS name, s.id AS statement, s.kind AS kind, s.cue AS cue")


def raw_about(store: Any) -> dict[str, set[str]]:
    about: dict[str, set[str]] = defaultdict(set)
    for row in run_cypher(store, "MATCH (s:Statement)-[:ABOUT]->(e) RETURN s.id AS statement, e.id AS entity"):
        about[row["statement"]].add(row["entity"])
    return about


# --- headers and the registry (no store needed) ----------------------------------------------


def test_there_are_at_least_ten_canned_queries() -> None:
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_header_documents_every_parameter_with_a_param_line(name: str) -> None:
    query = QUERIES[name]
    assert query.description.endswith((".", "?")), "the first paragraph says what the query answers"
    assert used_parameters(body_of(query.cypher)) == {p.name for p in query.parameters}
    param_lines = re.findall(r"^// :param (\w+) => (.+)$", query.cypher, flags=re.M)
    assert {n for n, _ in param_lines} == {p.name for p in query.parameters}
    for pname, literal in param_lines:
        value = parse_cypher_literal(literal)  # pasteable into Neo4j Browser: a valid literal
        default = query.parameter(pname).default
        if default is not None and not isinstance(default, str):
            assert value == default, f":param {pname} should show its default"
    for p in query.parameters:
        assert p.meaning, f"${p.name} needs a meaning in the header"


def test_variants_and_viz_lines_name_real_queries_and_columns() -> None:
    for name, query in QUERIES.items():
        for kind, text in query.variants.items():
            assert kind == "embedded"
            assert used_parameters(body_of(text)) == used_parameters(body_of(query.cypher))
        if query.viz:
            body = body_of(query.text_for("neo4j"))
            for column in filter(None, (query.viz.source, query.viz.target, query.viz.width)):
                assert f"AS {column}" in body, f"{name}: Viz column {column} is not returned"


def test_parse_query_reads_the_header() -> None:
    text = (
        "// Who said it?\n// Second line of the same paragraph.\n//\n// Parameters:\n"
        "//   $who (required): a speaker\n//   $n (default 5): how many\n//   $cues (default ['a', \"b\"]): stems\n"
        "//\n// Viz: source=x_id target=y_id type=T width=n\n// :param who => 'X'\nMATCH (n) RETURN n LIMIT $n\n"
    )
    q = parse_query("demo", text)
    assert q.description == "Who said it? Second line of the same paragraph."
    assert [(p.name, p.required, p.default) for p in q.parameters] == [("who", True, None), ("n", False, 5), ("cues", False, ["a", "b"])]
    assert (q.viz.source, q.viz.target, q.viz.type, q.viz.width) == ("x_id", "y_id", "T", "n")
    assert body_of(text) == "MATCH (n) RETURN n LIMIT $n"


@pytest.mark.parametrize(
    "literal, value",
    [("100", 100), ("-2.5", -2.5), ("'Korea Utara'", "Korea Utara"), ('"it\\"s"', 'it"s'), ("[]", []), ("['a', 'b c']", ["a", "b c"]), ("true", True), ("null", None), ("[1, [2]]", [1, [2]])],
)
def test_cypher_literals(literal: str, value: Any) -> None:
    assert parse_cypher_literal(literal) == value


def test_bad_cypher_literal_is_a_query_error() -> None:
    with pytest.raises(QueryError):
        parse_cypher_literal("['a', 'b'")


def test_bind_fills_defaults_and_converts_command_line_strings() -> None:
    q = get_query("denies_confirms")
    bound = q.bind({"limit": "7", "deny_cues": "membantah, menolak"})
    assert bound["limit"] == 7
    assert bound["deny_cues"] == ["membantah", "menolak"]
    assert bound["confirm_cues"] == DEFAULT_CONFIRM
    assert q.bind({"deny_cues": "['x', 'y']"})["deny_cues"] == ["x", "y"]
    # Names are trimmed before they reach the store (LadybugDB's trim() is unreliable).
    assert get_query("said_about").bind({"name": "  KOREA UTARA "})["name"] == "KOREA UTARA"


def test_messages_for_unknown_query_missing_and_bad_parameters() -> None:
    with pytest.raises(UsageError) as unknown:
        get_query("who_knows")
    assert str(unknown.value) == f"No query named 'who_knows'. Queries: {', '.join(sorted(QUERIES))}. Run kg query --list for what each answers."
    with pytest.raises(UsageError) as missing:
        get_query("said_about").bind({})
    assert str(missing.value) == (
        "Query 'said_about' needs parameter 'name': entity name, alias or id, any case, e.g. 'Korea Utara', 'Korut', 'KP'. Pass it with -p name=VALUE."
    )
    with pytest.raises(UsageError) as extra:
        get_query("said_about").bind({"name": "x", "nama": "y"})
    assert str(extra.value) == "Query 'said_about' has no parameter 'nama'; its parameters are: name, limit."
    with pytest.raises(UsageError) as bad:
        get_query("said_about").bind({"name": "x", "limit": "lots"})
    assert str(bad.value) == "Parameter 'limit' of query 'said_about' must be an integer, not 'lots'."
    with pytest.raises(UsageError) as form:
        parse_param_options(["name"])
    assert str(form.value) == "Parameter 'name' is not KEY=VALUE. Pass it like -p name=\"Korea Utara\"."


@pytest.mark.parametrize(
    "cypher, clause",
    [
        ("MATCH (n) RETURN n.name", None),
        ("MATCH (s:Statement) WHERE s.text CONTAINS 'set create delete' RETURN s", None),
        ("MATCH (n) RETURN n.set AS `merge`  // drop nothing", None),
        ("CREATE (:Person {name: 'x'})", "CREATE"),
        ("MATCH (n) SET n.x = 1", "SET"),
        ("match (n) detach delete n", "DETACH"),
        ("MATCH (n) WITH n MERGE (m:X)", "MERGE"),
        ("LOAD CSV FROM 'file:///x' AS row RETURN row", "LOAD"),
        ("COPY Person FROM 'x.csv'", "COPY"),
        ("MATCH (n) FOREACH (x IN [1] | REMOVE n.y)", "FOREACH"),
    ],
)
def test_write_clauses_are_found_outside_strings_and_comments(cypher: str, clause: str | None) -> None:
    assert write_clause(cypher) == clause


def test_format_rows() -> None:
    rows = [{"speaker": "A", "about": ["X", "Y"], "n": 2}, {"speaker": None, "about": [], "n": 10}]
    assert format_rows(rows, "table").splitlines() == [
        "speaker  about  n",
        "-------  -----  --",
        "A        X; Y   2",
        "                10",
    ]
    assert json.loads(format_rows(rows, "json")) == rows
    assert format_rows(rows, "csv").splitlines() == ["speaker,about,n", "A,X; Y,2", ",,10"]
    assert format_rows([], "table") == "No rows."
    assert format_rows([{"t": "a" * 100}], "table", max_width=10).splitlines()[2] == "aaaaaaaaa…"


def test_cli_list_and_usage_errors_need_no_store(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["query", "--list"])
    assert listed.exit_code == 0
    for name, query in QUERIES.items():
        assert f"{name}" in listed.output and query.description in listed.output
    # Errors are reported before any store is opened: the store folder is never created.
    store = tmp_path / "never-created"
    unknown = runner.invoke(cli, ["query", "nope", "--store", str(store)])
    assert unknown.exit_code == 2
    assert unknown.output.strip().startswith("Error: No query named 'nope'. Queries: ")
    missing = runner.invoke(cli, ["query", "said_between", "-p", "speaker=Austin", "--store", str(store)])
    assert missing.exit_code == 2
    assert missing.output.strip() == "Error: Query 'said_between' needs parameter 'about': entity name, alias or id, any case, e.g. 'Korea Utara'. Pass it with -p about=VALUE."
    neither = runner.invoke(cli, ["query", "--store", str(store)])
    assert neither.exit_code == 2
    assert neither.output.strip() == "Error: Name a query or give --cypher. Run kg query --list to see the queries."
    assert not store.exists()
    shown = runner.invoke(cli, ["query", "said_about", "-p", "name=Korut", "--show"])
    assert shown.exit_code == 0
    assert shown.output.startswith("WITH toLower($name) AS key")
    assert shown.output.rstrip().endswith('// parameters: {"name": "Korut", "limit": 100}')


# --- every canned query on both stores -------------------------------------------------------


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_gives_the_same_rows_on_both_stores(name: str, embedded: Any, neo4j: Any) -> None:
    params = sample_params(name)
    on_embedded = run_query(embedded, name, params)
    on_neo4j = run_query(neo4j, name, params)
    if name in NON_EMPTY:
        assert on_embedded, f"{name} found nothing in the examples"
    assert normalised(on_embedded) == normalised(on_neo4j)


@pytest.mark.parametrize("name", sorted(n for n, q in QUERIES.items() if q.variants))
def test_embedded_variant_is_needed(name: str, embedded: Any, neo4j: Any) -> None:
    """Where a query keeps an embedded variant, the portable text really does not serve there:
    it fails or answers differently (entity: LadybugDB's labels(n) is a string, so
    labels(n)[0] is its first character, not the label; it has label(n) instead)."""
    params = get_query(name).bind(sample_params(name))
    portable = body_of(get_query(name).cypher)
    try:
        rows = run_cypher(embedded, portable, params)
    except QueryError:
        return
    assert normalised(rows) != normalised(run_query(embedded, name, sample_params(name)))
    assert normalised(run_query(embedded, name, sample_params(name))) == normalised(run_query(neo4j, name, sample_params(name)))


# --- content ---------------------------------------------------------------------------------


def test_what_was_said_about_north_korea_includes_kim_songs_statements(store: Any) -> None:
    rows = run_query(store, "said_about", {"name": "Korea Utara", "limit": 10000})
    assert {r["about"] for r in rows} == {"Korea Utara"}
    kim = [r for r in rows if r["speaker"] == "Kim Song"]
    assert kim, "Kim Song, North Korea's ambassador to the UN, speaks about North Korea in the examples"
    about = raw_about(store)
    said = {(r["speaker"], r["statement"]) for r in raw_said(store)}
    for r in rows:
        assert r["about_id"] in about[r["statement"]]
        if r["speaker_id"] is not None:
            assert (r["speaker_id"], r["statement"]) in said


def test_names_match_forgivingly(store: Any) -> None:
    canonical = normalised(run_query(store, "said_about", {"name": "Korea Utara", "limit": 10000}))
    entity = run_query(store, "entity", {"name": "korea utara"})
    assert [(e["type"], e["id"], e["name"]) for e in entity] == [("State", "KP", "Korea Utara")]
    for other in ["  KOREA UTARA ", "kp", *entity[0]["aliases"][:3]]:
        rows = run_query(store, "said_about", {"name": other, "limit": 10000})
        # An alias may be shared with another entity (a capital, a short form): Korea Utara's rows
        # are all there, and nothing about any entity that lacks the name.
        assert set(canonical) <= set(normalised(rows)), other
        for e in run_query(store, "entity", {"name": other}):
            assert other.strip().lower() in {e["name"].lower(), e["id"].lower(), *(a.lower() for a in e["aliases"] or [])}


def test_everything_lloyd_austin_said_has_the_right_targets(store: Any) -> None:
    rows = run_query(store, "speaker_statements", {"name": "Austin", "limit": 10000})
    assert rows and {r["speaker"] for r in rows} == {"Lloyd Austin"}
    targets = {t for r in rows for t in r["about"]}
    assert {"Korea Utara", "Rusia"} <= targets
    # Each target is named in the statement, by its name or one of its aliases (GUIDELINES: about).
    names: dict[str, set[str]] = {}
    for target in targets:
        for e in run_query(store, "entity", {"name": target}):
            names.setdefault(target, set()).update([e["name"], *(e["aliases"] or [])])
    for r in rows:
        for target in r["about"]:
            assert any(n.lower() in r["text"].lower() for n in names[target]), (target, r["text"])
    between = run_query(store, "said_between", {"speaker": "lloyd austin", "about": "Korea Utara", "limit": 10000})
    assert between and {r["statement"] for r in between} == {r["statement"] for r in rows if "Korea Utara" in r["about"]}


SPEAKER_COLUMNS = {"speaker_id", "official_id"}
SPEAKER_NAME_COLUMNS = {"denier", "confirmer"}


def test_nobody_appears_as_a_speaker_who_never_spoke(store: Any) -> None:
    said = raw_said(store)
    speaker_ids = {r["speaker"] for r in said}
    speaker_names = {r["name"] for r in said}
    checked = 0
    for name in QUERIES:
        rows = run_query(store, name, {**sample_params(name), **({"limit": 10000} if get_query(name).parameter("limit") else {})})
        for row in rows:
            for column in SPEAKER_COLUMNS & row.keys():
                if name == "officials" or row[column] is None:
                    continue  # officials lists affiliations, spoken or not; unnamed speakers are null
                assert row[column] in speaker_ids, (name, column, row)
                checked += 1
            for column in SPEAKER_NAME_COLUMNS & row.keys():
                assert row[column] in speaker_names, (name, column, row)
            if "speaker" in row and row["speaker"] is not None:
                assert row["speaker"] in speaker_names, (name, row)
                checked += 1
    assert checked > 0


def test_said_about_is_in_step_with_statements(store: Any) -> None:
    about = raw_about(store)
    expected: Counter[tuple[str, str]] = Counter()
    for r in raw_said(store):
        for target in about.get(r["statement"], ()):
            expected[(r["speaker"], target)] += 1
    rows = run_query(store, "talks_about_most", {"limit": 100000})
    assert {(r["speaker_id"], r["about_id"]): r["statements"] for r in rows} == dict(expected)
    statements = [r["statements"] for r in rows]
    assert statements == sorted(statements, reverse=True)
    most = run_query(store, "most_discussed", {"limit": 100000})
    per_target: Counter[str] = Counter()
    for (_, target), n in expected.items():
        per_target[target] += n
    assert {r["about_id"]: r["statements"] for r in most} == dict(per_target)


def test_speaker_kinds_and_most_quoted_count_statements(store: Any) -> None:
    said = raw_said(store)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for r in said:
        kinds[r["speaker"]][r["kind"]] += 1
    rows = run_query(store, "speaker_kinds", {"limit": 100000})
    assert {r["speaker_id"]: (r["direct"], r["indirect"], r["total"]) for r in rows} == {
        s: (c["direct"], c["indirect"], sum(c.values())) for s, c in kinds.items()
    }
    people = {r["id"] for r in run_cypher(store, "MATCH (p:Person) RETURN p.id AS id")}
    quoted = run_query(store, "most_quoted", {"limit": 100000})
    assert {r["official_id"]: r["statements"] for r in quoted} == {s: sum(c.values()) for s, c in kinds.items() if s in people}
    assert "Lloyd Austin" in [r["official"] for r in quoted[:3]], "Austin is the most quoted official of the examples"


def test_co_mentioned_states_pairs_states_of_the_same_article(store: Any) -> None:
    mentions: dict[str, set[str]] = defaultdict(set)
    names = {}
    for r in run_cypher(store, "MATCH (a:Article)-[:MENTIONS]->(s:State) RETURN a.id AS article, s.id AS state, s.name AS name"):
        mentions[r["article"]].add(r["state"])
        names[r["state"]] = r["name"]
    expected: Counter[tuple[str, str]] = Counter()
    for states in mentions.values():
        for x in states:
            for y in states:
                if x < y:
                    expected[(x, y)] += 1
    rows = run_query(store, "co_mentioned_states", {"limit": 100000})
    assert {(r["state_id"], r["other_id"]): r["articles"] for r in rows} == dict(expected)
    assert any({r["state"], r["other"]} == {"Korea Utara", "Rusia"} for r in rows)


def test_denies_confirms_pairs_denials_with_confirmations(store: Any) -> None:
    said = raw_said(store)
    about = raw_about(store)

    def starts(cue: str | None, stems: list[str]) -> bool:
        return bool(cue) and any(cue.lower().startswith(s) for s in stems)

    expected = set()
    for d in said:
        for c in said:
            if d["speaker"] != c["speaker"] and starts(d["cue"], DEFAULT_DENY) and starts(c["cue"], DEFAULT_CONFIRM) and not starts(c["cue"], DEFAULT_DENY):
                if about.get(d["statement"], set()) & about.get(c["statement"], set()):
                    expected.add((d["statement"], c["statement"]))
    rows = run_query(store, "denies_confirms", {"limit": 100000})
    assert {(r["denial_statement"], r["confirmation_statement"]) for r in rows} == expected
    # The cue lists are parameters: a custom list changes the answer.
    custom = run_query(store, "denies_confirms", {"deny_cues": ["kata"], "confirm_cues": ["mengatakan"], "limit": 100000})
    assert all(r["deny_cue"].lower().startswith("kata") and r["confirm_cue"].lower().startswith("mengatakan") for r in custom)


def test_provenance_leads_back_to_the_exact_text_of_the_article(store: Any) -> None:
    some = run_query(store, "said_about", {"name": "Korea Utara", "limit": 5})
    assert some
    for row in some:
        found = run_query(store, "provenance", {"statement": row["statement"]})
        assert [f["statement"] for f in found] == [row["statement"]]
        f = found[0]
        article = run_cypher(store, "MATCH (a:Article) WHERE a.name = $name RETURN a.text AS text", {"name": f["article"]})
        assert article[0]["text"][f["start"] : f["end"]] == f["text"]
        assert f["text"] in f["sentence"] or f["sentence"] in f["text"]
    by_text = run_query(store, "provenance", {"statement": "PASUKAN", "limit": 1000})
    assert by_text and all("pasukan" in r["text"].lower() for r in by_text)


def test_article_statements_are_in_reading_order(store: Any) -> None:
    rows = run_query(store, "article_statements", {"article": FIRST_ARTICLE.removesuffix(".txt")})
    assert rows and {r["article"] for r in rows} == {FIRST_ARTICLE}
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)


def test_officials_of_a_state(store: Any) -> None:
    rows = run_query(store, "officials", {"name": "amerika serikat"})
    assert rows and {r["body"] for r in rows} == {"Amerika Serikat"}
    assert "Lloyd Austin" in {r["official"] for r in rows}
    everyone = run_query(store, "officials", {"limit": 100000})
    affiliated = run_cypher(store, "MATCH (p:Person)-[:AFFILIATED_WITH]->(o) RETURN p.id AS person, o.id AS body")
    assert {(r["official_id"], r["body_id"]) for r in everyone} == {(r["person"], r["body"]) for r in affiliated}


# --- the CLI against both stores -------------------------------------------------------------


def store_args(store: Any) -> list[str]:
    return ["--uri", store.location] if store.kind == "neo4j" else ["--store", store.location]


def test_cli_runs_a_canned_query_in_every_format(store: Any) -> None:
    runner = CliRunner()
    expected = run_query(store, "said_about", {"name": "Korea Utara"})
    as_json = runner.invoke(cli, ["query", "said_about", "-p", "name=Korea Utara", "--format", "json", *store_args(store)])
    assert as_json.exit_code == 0, as_json.output
    assert normalised(json.loads(as_json.output)) == normalised(expected)
    as_csv = runner.invoke(cli, ["query", "said_about", "-p", "name=Korea Utara", "--format", "csv", *store_args(store)])
    assert as_csv.exit_code == 0
    lines = as_csv.output.splitlines()
    assert lines[0] == ",".join(expected[0].keys())
    table = runner.invoke(cli, ["query", "said_about", "-p", "name=Korea Utara", *store_args(store)])
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split() == list(expected[0].keys())
    assert len(table.output.splitlines()) == len(expected) + 2


def test_cli_ad_hoc_cypher_reads_and_refuses_writes(store: Any) -> None:
    runner = CliRunner()
    read = runner.invoke(cli, ["query", "--cypher", "MATCH (p:Person) RETURN count(p) AS people", "--format", "json", *store_args(store)])
    assert read.exit_code == 0, read.output
    assert json.loads(read.output)[0]["people"] == sum(1 for _ in run_cypher(store, "MATCH (p:Person) RETURN p.id AS id"))
    write = runner.invoke(cli, ["query", "--cypher", "MATCH (p:Person) SET p.name = 'x' RETURN p", *store_args(store)])
    assert write.exit_code == 1
    assert write.output.strip() == "Error: kg query --cypher runs read-only queries, and this one has SET. Change the graph with kg load or kg drop instead."
    assert not run_cypher(store, "MATCH (p:Person) WHERE p.name = 'x' RETURN p.id AS id")
    broken = runner.invoke(cli, ["query", "--cypher", "MATCH (p:Person RETURN p", *store_args(store)])
    assert broken.exit_code == 1
    assert broken.output.startswith(f"Error: The query failed on {store.kind} store {store.location}: ")


def test_neo4j_reads_run_in_read_access_mode(neo4j: Any) -> None:
    """Even a write the keyword check would miss is refused by the server: run_read is a read transaction."""
    with pytest.raises(Exception):
        neo4j.run_read("CREATE (:Person {id: 'person:not-allowed', name: 'Not Allowed'})", {})
    assert not run_cypher(neo4j, "MATCH (p:Person {id: 'person:not-allowed'}) RETURN p.id AS id")


def test_cli_query_on_a_missing_store_says_so_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "no-store"
    done = CliRunner().invoke(cli, ["query", "articles", "--store", str(missing)])
    assert done.exit_code == 2
    assert done.output.strip() == f"Error: There is no graph store at {missing}: load articles first with `kg load PATH`, or point --store or KG_STORE at a store."
    assert not missing.exists()
