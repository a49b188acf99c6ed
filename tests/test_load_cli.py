"""The core CLI end to end: `kg load`, `kg extract`, `kg stats`, `kg init`, `kg drop`, through
click's CliRunner against real stores (LadybugDB in tmp_path, the test Neo4j). Articles here are
written for these tests; the example articles are used where the brief asks for them."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli
from kg.config import Settings
from kg.loaders.sources import read_articles
from kg.model import Article, Rejection
from kg.stores import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.txt"))

GOOD = (
    "Jakarta - Menteri Luar Negeri Indonesia Ratna Kusuma mengatakan bahwa Malaysia siap melanjutkan perundingan perbatasan.\n"
    "\n"
    "“Kami ingin perundingan selesai tahun ini,” kata Ratna kepada wartawan di Kuala Lumpur.\n"
)
EDITED = (
    "Jakarta - Menteri Luar Negeri Indonesia Ratna Kusuma menegaskan bahwa Vietnam akan bergabung dalam perundingan.\n"
    "\n"
    "“Kesepakatan ini penting bagi kawasan,” ujar Ratna.\n"
)
UNREACHABLE = "bolt://127.0.0.1:1"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No NEO4J_URI or .env from the machine may turn an embedded test into a Neo4j one."""
    for key in ("NEO4J_URI", "NEO4J_USER", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_STORE", "KG_BATCH_SIZE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def tmp_path(tmp_path: Path) -> Path:
    return tmp_path.resolve()  # sources are resolved absolute paths


def kg(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def stats_of(settings: Settings) -> dict[str, dict[str, int]]:
    with open_store(settings, create=False) as store:
        return store.stats()


def total(stats: dict[str, dict[str, int]]) -> tuple[int, int]:
    return sum(stats["nodes"].values()), sum(stats["relationships"].values())


def summary_lines(read: int, loaded: int, unchanged: int, rejected: int, nodes: int, rels: int, where: str) -> list[str | re.Pattern[str]]:
    return [
        f"Read {read} articles: {loaded} loaded, {unchanged} unchanged, {rejected} rejected.",
        re.compile(re.escape(f"Wrote {nodes} nodes and {rels} relationships to {where} in ") + r"\d+\.\d s\."),
    ]


def assert_summary(output: str, expected: list[str | re.Pattern[str]]) -> None:
    lines = output.strip().splitlines()
    assert len(lines) == len(expected), output
    for line, want in zip(lines, expected):
        assert (want.fullmatch(line) is not None) if isinstance(want, re.Pattern) else line == want, line


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --- kg load --------------------------------------------------------------------------------


def test_load_examples_then_load_again_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "kg-store"
    first = kg("load", str(EXAMPLES), "--store", str(store))
    assert first.exit_code == 0, first.output
    stats = stats_of(Settings(store_path=str(store)))
    nodes, rels = total(stats)
    assert stats["nodes"]["Article"] == 5 and nodes > 5 and rels > 0
    assert_summary(first.stdout, summary_lines(5, 5, 0, 0, nodes, rels, f"the embedded store {store}"))
    assert first.stderr == ""

    second = kg("load", str(EXAMPLES), "--store", str(store))
    assert second.exit_code == 0
    assert_summary(second.stdout, summary_lines(5, 0, 5, 0, 0, 0, f"the embedded store {store}"))
    assert stats_of(Settings(store_path=str(store))) == stats


def test_bad_inputs_get_one_line_each_while_the_rest_loads(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    write(inputs / "good.txt", GOOD)
    write(inputs / "empty.txt", "")
    write(inputs / "binary.txt", b"\x00\x01\x02\xff\xfe\x00 data")
    write(inputs / "latin1.txt", "Perundingan di Kota Hồ Chí Minh dimulai.".encode("utf-8").replace(b"\xe1\xbb\x93", b"\xf4"))
    write(inputs / "lines.jsonl", json.dumps({"id": "berita-1", "text": EDITED}) + "\n{tidak json\n")
    write(inputs / "page.html", "<html><head><title>Kosong</title></head><body></body></html>")
    (tmp_path / "no-articles").mkdir()
    paths = [str(inputs), str(tmp_path / "no-articles"), str(tmp_path / "missing.txt")]
    # What the sources say about each bad input is theirs to word; the CLI must show each as one line.
    items = list(read_articles(paths))
    rejections = [i for i in items if isinstance(i, Rejection)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(rejections) >= 6 and len(articles) == 2

    store = tmp_path / "kg-store"
    result = kg("load", *paths, "--store", str(store))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Rejected {r.source}: {r.problem}" for r in rejections]
    stats = stats_of(Settings(store_path=str(store)))
    assert stats["nodes"]["Article"] == 2 and stats["relationships"]["SAID"] >= 1
    assert_summary(result.stdout, summary_lines(2, 2, 0, len(rejections), *total(stats), f"the embedded store {store}"))


def test_an_edited_file_replaces_its_statements(tmp_path: Path) -> None:
    article = write(tmp_path / "news" / "ratna.txt", GOOD)
    store = tmp_path / "kg-store"
    assert kg("load", str(article), "--store", str(store)).exit_code == 0
    settings = Settings(store_path=str(store))
    with open_store(settings) as s:
        before = {r["text"] for r in s.run_read("MATCH (x:Statement) RETURN x.text AS text", {})}
    assert any("Malaysia" in t for t in before)

    write(article, EDITED)
    result = kg("load", str(article), "--store", str(store))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Read 1 articles: 1 loaded, 0 unchanged, 0 rejected."
    with open_store(settings) as s:
        after = {r["text"] for r in s.run_read("MATCH (x:Statement) RETURN x.text AS text", {})}
        articles = s.run_read("MATCH (a:Article) RETURN a.text AS text", {})
        said_about = {(r["a"], r["b"]): r["n"] for r in s.run_read("MATCH (a)-[x:SAID_ABOUT]->(b) RETURN a.id AS a, b.id AS b, x.statements AS n", {})}
        recount = {(r["a"], r["b"]): r["n"] for r in s.run_read("MATCH (a)-[:SAID]->(x:Statement)-[:ABOUT]->(b) RETURN a.id AS a, b.id AS b, count(x) AS n", {})}
        malaysia = s.run_read("MATCH (e) WHERE e.name = 'Malaysia' RETURN e.id AS id", {})
    assert after and not (after & before)
    assert len(articles) == 1 and "Vietnam" in articles[0]["text"]
    assert said_about == recount
    assert malaysia == []  # only the old version mentioned it


def test_batch_size_and_workers_do_not_change_the_graph(tmp_path: Path) -> None:
    one = tmp_path / "one"
    assert kg("load", str(EXAMPLES), "--store", str(one)).exit_code == 0
    other = tmp_path / "other"
    result = kg("load", str(EXAMPLES), "--store", str(other), "--workers", "2", "--batch-size", "7")
    assert result.exit_code == 0, result.output
    assert stats_of(Settings(store_path=str(one))) == stats_of(Settings(store_path=str(other)))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert kg("load").exit_code == 2
    assert kg("load", str(EXAMPLES), "--workers", "0").exit_code == 2
    assert kg("load", str(EXAMPLES), "--batch-size", "0").exit_code == 2
    assert not (tmp_path / "kg-store").exists()


def test_unreachable_neo4j_is_one_line_and_exit_2(tmp_path: Path) -> None:
    expected = "Error: Cannot reach Neo4j at bolt://127.0.0.1:1: is it running? Try `scripts/neo4j-local start` or `docker compose up -d`."
    for args in (["load", str(EXAMPLES)], ["stats"], ["init"], ["drop", "x.txt"]):
        result = kg(*args, "--uri", UNREACHABLE, "--password", "s3cret-pw")
        assert result.exit_code == 2
        assert result.stderr.strip() == expected
        assert result.stdout == ""
        assert "s3cret-pw" not in result.output


def test_neo4j_settings_come_from_a_dotenv_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"NEO4J_URI={UNREACHABLE}\nNEO4J_PASSWORD=from-dotenv\n")
    result = kg("stats")
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"Error: Cannot reach Neo4j at {UNREACHABLE}: ")
    assert "from-dotenv" not in result.output


# --- kg extract -----------------------------------------------------------------------------


def test_extract_prints_one_gold_document_per_article(tmp_path: Path) -> None:
    result = kg("extract", str(EXAMPLES))
    assert result.exit_code == 0 and result.stderr == ""
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(d["article"] for d in docs) == EXAMPLE_NAMES
    for d in docs:
        assert {"article", "title", "publisher", "published", "entities", "statements"} <= set(d)
        assert d["entities"] and all({"name", "type", "aliases"} <= set(e) for e in d["entities"])
        assert all({"speaker", "kind", "cue", "text", "about"} <= set(s) for s in d["statements"])
    out = tmp_path / "out.jsonl"
    to_file = kg("extract", str(EXAMPLES), "-o", str(out))
    assert to_file.exit_code == 0 and to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == result.stdout
    assert not (tmp_path / "kg-store").exists()  # no database involved


def test_extract_reports_rejections_and_exits_1(tmp_path: Path) -> None:
    good = write(tmp_path / "in" / "good.txt", GOOD)
    write(tmp_path / "in" / "empty.txt", "")
    expected = [r for r in read_articles([str(tmp_path / "in")]) if isinstance(r, Rejection)]
    result = kg("extract", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Rejected {r.source}: {r.problem}" for r in expected]
    assert [json.loads(line)["article"] for line in result.stdout.splitlines()] == [good.name]


# --- kg stats / init / drop -----------------------------------------------------------------


def test_stats_table_and_json(tmp_path: Path) -> None:
    store = tmp_path / "kg-store"
    assert kg("load", str(EXAMPLES), "--store", str(store)).exit_code == 0
    stats = stats_of(Settings(store_path=str(store)))
    as_json = kg("stats", "--json", "--store", str(store))
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == stats
    table = kg("stats", "--store", str(store)).stdout.splitlines()
    assert table[0] == f"Graph in the embedded store {store}"
    assert table[1] == f"Nodes ({sum(stats['nodes'].values())})"
    rows = {line.split()[0]: int(line.split()[1]) for line in table if line.startswith("  ")}
    assert rows == {**stats["nodes"], **stats["relationships"]}
    assert f"Relationships ({sum(stats['relationships'].values())})" in table


def test_stats_of_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    store = tmp_path / "nowhere"
    result = kg("stats", "--store", str(store))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: There is no graph store at {store}: load articles first with `kg load PATH`, or point --store or KG_STORE at a store."
    assert not store.exists()


def test_init_applies_the_schema_and_says_where(tmp_path: Path) -> None:
    store = tmp_path / "fresh-store"
    for _ in range(2):  # idempotent
        result = kg("init", "--store", str(store))
        assert result.exit_code == 0
        assert result.stdout.strip() == f"Schema applied to the embedded store {store}."
    assert stats_of(Settings(store_path=str(store)))["nodes"]["Article"] == 0


def test_drop_by_name_and_unknown_article(tmp_path: Path) -> None:
    store = tmp_path / "kg-store"
    assert kg("load", str(EXAMPLES), "--store", str(store)).exit_code == 0
    before = stats_of(Settings(store_path=str(store)))
    unknown = kg("drop", "tidak-ada.txt", "--store", str(store))
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == (
        f"Error: No article 'tidak-ada.txt' in the embedded store {store}: give its file name, id or source; "
        "list the stored articles with `kg query articles`."
    )
    dropped = kg("drop", EXAMPLE_NAMES[0], "--store", str(store))
    assert dropped.exit_code == 0
    assert dropped.stdout.strip() == f"Dropped {EXAMPLE_NAMES[0]} from the embedded store {store}."
    after = stats_of(Settings(store_path=str(store)))
    assert after["nodes"]["Article"] == 4
    assert after["nodes"]["Statement"] < before["nodes"]["Statement"]
    # Loading the folder again brings back exactly the one article.
    again = kg("load", str(EXAMPLES), "--store", str(store))
    assert again.stdout.splitlines()[0] == "Read 5 articles: 1 loaded, 4 unchanged, 0 rejected."
    assert stats_of(Settings(store_path=str(store))) == before


def test_a_rerun_looks_up_stored_files_in_groups_and_loads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline as pipeline

    monkeypatch.setattr(pipeline, "LOOKUP_GROUP", 2)  # groups of two, so files fall on both sides of every boundary
    folder = tmp_path / "news"
    for k in range(5):
        write(folder / f"{k}.txt", GOOD + f"\nPertemuan ke-{k + 1} digelar pekan depan.\n")
    with open_store(Settings(store_path=str(tmp_path / "store"))) as store:
        first = pipeline.load([folder], store)
        before = store.stats()
        write(folder / "1.txt", EDITED)
        write(folder / "3.txt", "")
        write(folder / "5.txt", GOOD + "\nPertemuan ke-6 digelar pekan depan.\n")
        seen: list[str] = []
        second = pipeline.load([folder], store, progress=seen.append)
        after = store.stats()
    assert (first.read, first.loaded, first.unchanged, first.rejected) == (5, 5, 0, [])
    assert (second.read, second.loaded, second.unchanged) == (5, 2, 3)
    assert [r.source for r in second.rejected] == [str(folder / "3.txt")]
    assert sorted(seen) == sorted(str(folder / f"{k}.txt") for k in range(6))
    # 1.txt replaced in place, 5.txt added, and 3.txt's stored version kept: a bad file loses nothing
    assert after["nodes"]["Article"] == before["nodes"]["Article"] + 1


# --- the same through Neo4j -----------------------------------------------------------------


@pytest.fixture
def empty_neo4j(neo4j_uri: str) -> str:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_uri, auth=None) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_uri


def test_load_into_neo4j_gives_the_counts_of_the_embedded_store(empty_neo4j: str, tmp_path: Path) -> None:
    store = tmp_path / "kg-store"
    assert kg("load", str(EXAMPLES), "--store", str(store)).exit_code == 0
    result = kg("load", str(EXAMPLES), "--uri", empty_neo4j)
    assert result.exit_code == 0, result.output
    stats = stats_of(Settings(neo4j_uri=empty_neo4j))
    assert stats == stats_of(Settings(store_path=str(store)))
    assert_summary(result.stdout, summary_lines(5, 5, 0, 0, *total(stats), f"Neo4j at {empty_neo4j}"))
    again = kg("load", str(EXAMPLES), "--uri", empty_neo4j)
    assert_summary(again.stdout, summary_lines(5, 0, 5, 0, 0, 0, f"Neo4j at {empty_neo4j}"))
    assert stats_of(Settings(neo4j_uri=empty_neo4j)) == stats
    assert json.loads(kg("stats", "--json", "--uri", empty_neo4j).stdout) == stats
    assert kg("init", "--uri", empty_neo4j).stdout.strip() == f"Schema applied to Neo4j at {empty_neo4j}."
    dropped = kg("drop", EXAMPLE_NAMES[1], "--uri", empty_neo4j)
    assert dropped.exit_code == 0
    assert stats_of(Settings(neo4j_uri=empty_neo4j))["nodes"]["Article"] == 4


def test_neo4j_from_environment(empty_neo4j: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEO4J_URI", empty_neo4j)
    article = write(tmp_path / "ratna.txt", GOOD)
    result = kg("load", str(article))
    assert result.exit_code == 0
    assert f" to Neo4j at {empty_neo4j} in " in result.stdout.splitlines()[1]
    assert stats_of(Settings(neo4j_uri=empty_neo4j))["nodes"]["Article"] == 1
    assert not (tmp_path / "kg-store").exists()


# --- a real server that requires a password -------------------------------------------------------


@pytest.fixture(scope="module")
def neo4j_with_auth(neo4j_uri):
    """A second local Neo4j with authentication on (scripts/neo4j-local, NEO4J_LOCAL_AUTH=1), on spare
    ports; started only where the test Neo4j runs, since it needs the same Java and jars."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "NEO4J_LOCAL_AUTH": "1", "NEO4J_LOCAL_BOLT_PORT": "7697", "NEO4J_LOCAL_HTTP_PORT": "7497", "NEO4J_LOCAL_HEAP": "512m"}
    script = str(root / "scripts" / "neo4j-local")
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stdout + started.stderr
    yield "bolt://127.0.0.1:7697"
    subprocess.run([script, "stop"], env=env, capture_output=True, text=True, timeout=120)


def test_wrong_password_gives_the_clear_error(neo4j_with_auth):
    result = CliRunner().invoke(cli, ["stats", "--uri", neo4j_with_auth, "--user", "neo4j", "--password", "not-the-password"])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: Neo4j at {neo4j_with_auth} refused the credentials for user 'neo4j': check NEO4J_USER and "
        "NEO4J_PASSWORD (flags --user/--password or .env).\n"
    )
    assert "not-the-password" not in result.output
