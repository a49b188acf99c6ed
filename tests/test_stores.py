"""The stores: the same GraphDocuments make the same graph in Neo4j and in the embedded store;
loading twice changes nothing; an edit replaces its article; drop removes only what only that
article supported; SAID_ABOUT always equals a recount. Real stores only: LadybugDB in tmp_path
and the test Neo4j (see conftest.py). Documents are built by hand from sentences written here."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kg.config import Settings
from kg.errors import KgError, StoreUnavailable
from kg.model import Article, Entity, GraphDocument, Statement, content_hash, entity_id
from kg.stores import open_store, writer
from kg.stores.cypher import NODE_LABELS, RELATIONSHIP_TYPES
from kg.stores.neo4j_store import credentials_message, unreachable_message

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"

# --- hand-built documents ---------------------------------------------------------------------

RATNA = entity_id("Person", "Ratna Kusuma")
INDONESIA, MALAYSIA, FILIPINA = "ID", "MY", "PH"
BADAN = entity_id("Organization", "Badan Pangan Dunia")
DEWAN = entity_id("Organization", "Dewan Maritim Asia")
MANILA = entity_id("Place", "Manila", geonames_id=1701668)


def statement(article_id: str, text: str, body: str, speaker: str | None, about: tuple[str, ...], kind: str = "indirect", cue: str = "mengatakan") -> Statement:
    start = body.index(text)
    return Statement(
        id=Statement.make_id(article_id, start, start + len(text), speaker),
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=start + len(text),
        cue=cue,
        speaker=speaker,
        about=about,
        sentence=text,
        sentence_start=start,
    )


def article(source: str, body: str, **meta: Any) -> Article:
    return Article(id=content_hash(body), source=source, name=Path(source).name, text=body, **meta)


def doc_a(source: str = "/corpus/a.txt") -> GraphDocument:
    body = (
        "Menteri Luar Negeri Ratna Kusuma mengatakan bahwa Malaysia siap berunding soal perbatasan. "
        "“Kami ingin perundingan selesai tahun ini,” kata Ratna. "
        "Badan Pangan Dunia memperingatkan bahwa harga beras di Manila akan naik."
    )
    a = article(source, body, title="Perundingan perbatasan", publisher="Kabar Contoh", published="2024-11-02")
    return GraphDocument(
        article=a,
        entities=(
            Entity(RATNA, "Person", "Ratna Kusuma", ("Ratna",), 2, title="Menteri Luar Negeri", affiliation=INDONESIA),
            Entity(INDONESIA, "State", "Indonesia", (), 1, iso2="ID"),
            Entity(MALAYSIA, "State", "Malaysia", (), 1, iso2="MY"),
            Entity(FILIPINA, "State", "Filipina", (), 1, iso2="PH"),
            Entity(BADAN, "Organization", "Badan Pangan Dunia", (), 1),
            Entity(MANILA, "Place", "Manila", (), 1, geonames_id=1701668, latitude=14.6, longitude=120.98, located_in=FILIPINA),
        ),
        statements=(
            statement(a.id, "Malaysia siap berunding soal perbatasan", body, RATNA, (MALAYSIA,)),
            statement(a.id, "Kami ingin perundingan selesai tahun ini,", body, RATNA, (), kind="direct", cue="kata"),
            statement(a.id, "harga beras di Manila akan naik", body, BADAN, (MANILA,), cue="memperingatkan"),
        ),
    )


def doc_a_edited(source: str = "/corpus/a.txt") -> GraphDocument:
    body = (
        "Menteri Luar Negeri Ratna Kusuma menegaskan bahwa Malaysia dan Indonesia sepakat berunding lagi. "
        "Ratna menambahkan bahwa Malaysia akan mengirim utusan."
    )
    a = article(source, body, title="Perundingan dilanjutkan")
    return GraphDocument(
        article=a,
        entities=(
            Entity(RATNA, "Person", "Ratna Kusuma", ("Ratna",), 2, title="Menteri Luar Negeri", affiliation=INDONESIA),
            Entity(INDONESIA, "State", "Indonesia", (), 1, iso2="ID"),
            Entity(MALAYSIA, "State", "Malaysia", (), 2, iso2="MY"),
        ),
        statements=(
            statement(a.id, "Malaysia dan Indonesia sepakat berunding lagi", body, RATNA, (MALAYSIA, INDONESIA), cue="menegaskan"),
            statement(a.id, "Malaysia akan mengirim utusan", body, RATNA, (MALAYSIA,), cue="menambahkan"),
        ),
    )


def doc_b(source: str = "/corpus/b.txt") -> GraphDocument:
    body = (
        "Bu Ratna menyatakan bahwa Negeri Jiran sudah menerima usulan itu. "
        "Dewan Maritim Asia menyerukan agar Malaysia menahan diri."
    )
    a = article(source, body)
    return GraphDocument(
        article=a,
        entities=(
            # B calls her by a shorter name: the node keeps the name A gave it, and gains B's forms.
            Entity(RATNA, "Person", "Ratna", ("Bu Ratna",), 1, title="Menlu", affiliation=INDONESIA),
            Entity(INDONESIA, "State", "Indonesia", (), 0, iso2="ID"),
            Entity(MALAYSIA, "State", "Malaysia", ("Negeri Jiran",), 2, iso2="MY"),
            Entity(DEWAN, "Organization", "Dewan Maritim Asia", (), 1),
        ),
        statements=(
            statement(a.id, "Negeri Jiran sudah menerima usulan itu", body, RATNA, (MALAYSIA,), cue="menyatakan"),
            statement(a.id, "Malaysia menahan diri", body, DEWAN, (MALAYSIA,), cue="menyerukan"),
        ),
    )


# --- reading a store back -------------------------------------------------------------------


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    # Neo4j leaves a null property out; LadybugDB has the column with a null. Both mean "unknown".
    return {k: v for k, v in props.items() if v is not None and not k.startswith("_")}


def _sorted_lists(props: dict[str, Any]) -> dict[str, Any]:
    # AFFILIATED_WITH.articles lists articles in the order they were loaded: compare as sets.
    return {k: sorted(v) if isinstance(v, list) else v for k, v in props.items()}


def snapshot(store: Any) -> tuple[set[str], set[str]]:
    """Every node (label, properties) and relationship (type, ends, properties), comparable across stores."""
    nodes = set()
    for label in NODE_LABELS:
        for row in store.run_read(f"MATCH (n:{label}) RETURN n", {}):
            nodes.add(json.dumps([label, _clean(row["n"])], sort_keys=True, ensure_ascii=False))
    rels = set()
    for rel_type in RELATIONSHIP_TYPES:
        quoted = f"`{rel_type}`"
        for row in store.run_read(f"MATCH (a)-[r:{quoted}]->(b) RETURN a.id AS a, b.id AS b, r", {}):
            rels.add(json.dumps([rel_type, row["a"], row["b"], _sorted_lists(_clean(row["r"]))], sort_keys=True, ensure_ascii=False))
    return nodes, rels


def said_about(store: Any) -> dict[tuple[str, str], int]:
    rows = store.run_read("MATCH (sp)-[x:SAID_ABOUT]->(e) RETURN sp.id AS sp, e.id AS e, x.statements AS n", {})
    return {(r["sp"], r["e"]): r["n"] for r in rows}


def recount_said_about(store: Any) -> dict[tuple[str, str], int]:
    rows = store.run_read("MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(e) RETURN sp.id AS sp, e.id AS e, count(s) AS n", {})
    return {(r["sp"], r["e"]): r["n"] for r in rows}


def node(store: Any, label: str, id_: str) -> dict[str, Any] | None:
    rows = store.run_read(f"MATCH (n:{label} {{id: $id}}) RETURN n", {"id": id_})
    return _clean(rows[0]["n"]) if rows else None


def statement_ids(store: Any) -> set[str]:
    return {r["id"] for r in store.run_read("MATCH (s:Statement) RETURN s.id AS id", {})}


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue(f"{request.param}_store")


# --- both stores agree ----------------------------------------------------------------------


def test_both_stores_build_the_same_graph(embedded_store: Any, neo4j_store: Any) -> None:
    docs = [doc_a(), doc_b()]
    written = {s.kind: s.write(docs) for s in (embedded_store, neo4j_store)}
    assert embedded_store.stats() == neo4j_store.stats()
    assert snapshot(embedded_store) == snapshot(neo4j_store)
    # The created counts come from the driver's counters on Neo4j and from the queries on LadybugDB.
    assert written["embedded"].nodes_created == written["neo4j"].nodes_created == sum(embedded_store.stats()["nodes"].values())
    assert written["embedded"].relationships_created == written["neo4j"].relationships_created == sum(embedded_store.stats()["relationships"].values())
    assert written["embedded"].rows == written["neo4j"].rows > 0


def test_examples_give_equal_counts_in_both_stores(embedded_store: Any, neo4j_store: Any) -> None:
    from kg.loaders.extract import Extractor
    from kg.loaders.sources import read_articles

    extractor = Extractor()
    docs = [extractor.extract(a) for a in read_articles([EXAMPLES]) if isinstance(a, Article)]
    assert len(docs) == 5
    for s in (embedded_store, neo4j_store):
        s.write(docs)
    stats = embedded_store.stats()
    assert stats == neo4j_store.stats()
    assert stats["nodes"]["Article"] == 5 and stats["nodes"]["Statement"] > 0 and stats["relationships"]["SAID"] > 0
    assert snapshot(embedded_store) == snapshot(neo4j_store)


# --- each store -----------------------------------------------------------------------------


def test_stats_lists_every_label_and_type_with_zeros(store: Any) -> None:
    assert store.stats() == {"nodes": {label: 0 for label in NODE_LABELS}, "relationships": {t: 0 for t in RELATIONSHIP_TYPES}}


def test_write_then_read_back(store: Any) -> None:
    a = doc_a()
    result = store.write([a])
    assert result.loaded == [a.article.id] and result.unchanged == [] and result.failed == []
    stats = store.stats()
    assert stats["nodes"] == {"Article": 1, "Person": 1, "State": 3, "Organization": 1, "Place": 1, "Statement": 3}
    assert stats["relationships"] == {
        "SAID": 3,  # two by Ratna, one by the Badan
        "ABOUT": 2,
        "IN": 3,
        "MENTIONS": 6,
        "AFFILIATED_WITH": 1,
        "LOCATED_IN": 1,  # Manila in Filipina
        "SAID_ABOUT": 2,
    }
    assert node(store, "Article", a.article.id) == {
        "id": a.article.id, "source": "/corpus/a.txt", "name": "a.txt", "title": "Perundingan perbatasan",
        "publisher": "Kabar Contoh", "published": "2024-11-02", "text": a.article.text,
    }
    assert node(store, "Person", RATNA) == {"id": RATNA, "name": "Ratna Kusuma", "aliases": ["Ratna"], "title": "Menteri Luar Negeri"}
    assert node(store, "State", MALAYSIA) == {"id": "MY", "name": "Malaysia", "aliases": [], "iso2": "MY"}
    assert node(store, "Place", MANILA) == {"id": MANILA, "name": "Manila", "aliases": [], "geonames_id": 1701668, "latitude": 14.6, "longitude": 120.98}
    quote = a.statements[1]
    assert node(store, "Statement", quote.id) == {
        "id": quote.id, "text": quote.text, "kind": "direct", "cue": "kata", "start": quote.start, "end": quote.end,
        "sentence": quote.sentence, "sentence_start": quote.sentence_start, "article_id": a.article.id,
    }
    # Every statement leads back to its article and the exact characters it came from.
    rows = store.run_read("MATCH (s:Statement)-[:`IN`]->(a:Article) RETURN s.start AS start, s.`end` AS stop, s.text AS text, a.text AS body", {})
    assert len(rows) == 3 and all(r["body"][r["start"] : r["stop"]] == r["text"] for r in rows)
    mention = store.run_read("MATCH (a:Article)-[m:MENTIONS]->(p:Person) RETURN m.count AS count, m.aliases AS aliases", {})
    assert mention == [{"count": 2, "aliases": ["Ratna Kusuma", "Ratna"]}]
    aff = store.run_read("MATCH (p:Person)-[x:AFFILIATED_WITH]->(s:State) RETURN s.id AS s, x.title AS title, x.articles AS articles", {})
    assert aff == [{"s": "ID", "title": "Menteri Luar Negeri", "articles": [a.article.id]}]
    assert said_about(store) == recount_said_about(store) == {(RATNA, MALAYSIA): 1, (BADAN, MANILA): 1}
    assert store.stored_id("/corpus/a.txt") == a.article.id and store.stored_id("/corpus/other.txt") is None
    assert store.stored_ids(["/corpus/other.txt", "/corpus/a.txt"]) == {"/corpus/a.txt": a.article.id}
    assert store.stored_ids([]) == {}


def test_second_load_changes_nothing_and_reports_unchanged(store: Any) -> None:
    docs = [doc_a(), doc_b()]
    store.write(docs)
    before = snapshot(store)
    again = store.write(docs)
    assert again.loaded == [] and again.unchanged == [d.article.id for d in docs]
    assert (again.nodes_created, again.relationships_created, again.rows) == (0, 0, 0)
    assert snapshot(store) == before


def test_entity_keeps_first_name_and_gathers_aliases_of_every_article(store: Any) -> None:
    store.write([doc_a(), doc_b()])
    ratna = node(store, "Person", RATNA)
    assert ratna is not None and ratna["name"] == "Ratna Kusuma" and ratna["title"] == "Menteri Luar Negeri"
    assert sorted(ratna["aliases"]) == ["Bu Ratna", "Ratna"]
    assert node(store, "State", MALAYSIA)["aliases"] == ["Negeri Jiran"]  # type: ignore[index]
    aff = store.run_read("MATCH (:Person)-[x:AFFILIATED_WITH]->(:State) RETURN x.articles AS articles", {})
    assert len(aff) == 1 and sorted(aff[0]["articles"]) == sorted([doc_a().article.id, doc_b().article.id])
    assert said_about(store) == recount_said_about(store)
    assert said_about(store)[(RATNA, MALAYSIA)] == 2


def test_edited_article_replaces_its_old_version(store: Any) -> None:
    old, other = doc_a(), doc_b()
    store.write([old, other])
    new = doc_a_edited()
    result = store.write([new])
    assert result.loaded == [new.article.id]
    assert store.stored_id("/corpus/a.txt") == new.article.id
    stats = store.stats()
    assert stats["nodes"]["Article"] == 2
    # None of the old version's statements is left; the new ones and the other article's are there.
    assert statement_ids(store) == {s.id for s in new.statements} | {s.id for s in other.statements}
    # Entities only the old version mentioned are gone; with them their relationships.
    for label, id_ in (("Organization", BADAN), ("Place", MANILA), ("State", FILIPINA)):
        assert node(store, label, id_) is None
    assert stats["relationships"]["LOCATED_IN"] == 0
    assert node(store, "Organization", DEWAN) is not None
    # Aliases come only from the articles now stored, affiliations list only them.
    ratna = node(store, "Person", RATNA)
    assert ratna is not None and sorted(ratna["aliases"]) == ["Bu Ratna", "Ratna"]
    aff = store.run_read("MATCH (:Person)-[x:AFFILIATED_WITH]->(:State) RETURN x.articles AS articles", {})
    assert sorted(aff[0]["articles"]) == sorted([new.article.id, other.article.id])
    assert said_about(store) == recount_said_about(store)
    assert said_about(store)[(RATNA, MALAYSIA)] == 3 and said_about(store)[(RATNA, INDONESIA)] == 1


def test_edit_reloaded_equals_a_fresh_load_of_the_same_files(store: Any, tmp_path: Path) -> None:
    store.write([doc_a(), doc_b()])
    store.write([doc_a_edited()])
    edited = snapshot(store)
    with open_store(Settings(store_path=str(tmp_path / "fresh"))) as fresh:
        # Same order of first mentions (a before b), as names and titles belong to the first article.
        fresh.write([doc_a_edited(), doc_b()])
        assert snapshot(fresh) == edited


def test_drop_removes_only_what_only_that_article_supported(store: Any) -> None:
    a, b = doc_a(), doc_b()
    store.write([a, b])
    assert store.drop_article("b.txt") is True
    assert store.stored_id("/corpus/b.txt") is None
    assert statement_ids(store) == {s.id for s in a.statements}
    assert node(store, "Organization", DEWAN) is None
    assert node(store, "State", MALAYSIA)["aliases"] == []  # type: ignore[index]  # "Negeri Jiran" was b's
    ratna = node(store, "Person", RATNA)
    assert ratna is not None and ratna["aliases"] == ["Ratna"]
    aff = store.run_read("MATCH (:Person)-[x:AFFILIATED_WITH]->(:State) RETURN x.articles AS articles", {})
    assert aff == [{"articles": [a.article.id]}]
    assert said_about(store) == recount_said_about(store) == {(RATNA, MALAYSIA): 1, (BADAN, MANILA): 1}
    # Dropping the last article empties the graph, by id this time; then a name no longer matches.
    assert store.drop_article(a.article.id) is True
    assert sum(store.stats()["nodes"].values()) == 0 and sum(store.stats()["relationships"].values()) == 0
    assert store.drop_article("a.txt") is False


def test_drop_by_an_ambiguous_name_asks_for_id_or_source(store: Any) -> None:
    first, second = doc_a("/corpus/2024/a.txt"), doc_b("/corpus/2025/a.txt")  # both named a.txt
    store.write([first, second])
    with pytest.raises(KgError) as caught:
        store.drop_article("a.txt")
    assert str(caught.value) == (
        f"'a.txt' names 2 articles: a.txt (id {first.article.id}, source /corpus/2024/a.txt); "
        f"a.txt (id {second.article.id}, source /corpus/2025/a.txt). Drop one by its id or source."
    )
    assert store.stats()["nodes"]["Article"] == 2
    assert store.drop_article("/corpus/2025/a.txt") is True
    assert store.stored_id("/corpus/2024/a.txt") == first.article.id


def test_drop_then_reload_restores_the_graph(store: Any) -> None:
    store.write([doc_a(), doc_b()])
    before = snapshot(store)
    assert store.drop_article("/corpus/a.txt") is True
    store.write([doc_a()])
    assert snapshot(store) == before


def test_same_text_under_two_sources_is_stored_once(store: Any) -> None:
    store.write([doc_a("/corpus/a.txt")])
    copy = doc_a("/elsewhere/a-copy.txt")
    result = store.write([copy])
    assert result.unchanged == [copy.article.id] and result.loaded == []
    assert store.stats()["nodes"]["Article"] == 1


def test_small_batches_write_the_same_graph(store: Any, tmp_path: Path) -> None:
    store.batch_size = 1  # every UNWIND gets one row: the batching must not change the graph
    store.write([doc_a(), doc_b()])
    with open_store(Settings(store_path=str(tmp_path / "big-batches"), batch_size=1000)) as other:
        other.write([doc_a(), doc_b()])
        assert snapshot(other) == snapshot(store)


LONELY = entity_id("Organization", "Dewan Pangan Kota")


def refused_doc() -> GraphDocument:
    """An article both stores refuse: a map is no property value in either, so the statement step
    fails after the article and its entity were sent, and the whole article must roll back."""
    body = "Dewan Pangan Kota menyerukan gencatan senjata."
    broken = Statement("broken", "indirect", "gencatan senjata", {"at": 30}, 46, "menyerukan", LONELY)  # type: ignore[arg-type]
    return GraphDocument(article("/corpus/bad.txt", body), entities=(Entity(LONELY, "Organization", "Dewan Pangan Kota"),), statements=(broken,))


def short_docs(n: int) -> list[GraphDocument]:
    """n small articles about Indonesia, each its own text."""
    state = Entity(INDONESIA, "State", "Indonesia", (), 1, iso2="ID")
    return [GraphDocument(article(f"/corpus/short-{k}.txt", f"Kabar ke-{k} dari Indonesia."), entities=(state,)) for k in range(n)]


def test_a_refused_article_leaves_nothing_and_the_rest_loads(store: Any) -> None:
    good = doc_b()
    result = store.write([refused_doc(), good])
    assert [r.source for r in result.failed] == ["/corpus/bad.txt"]
    assert result.failed[0].problem.startswith(("Neo4j refused the article: ", "the embedded store refused the article: "))
    assert result.loaded == [good.article.id]
    assert store.stored_id("/corpus/bad.txt") is None
    assert node(store, "Organization", LONELY) is None
    assert store.stats()["nodes"]["Article"] == 1


def test_a_refused_article_in_a_large_transaction_is_rejected_alone(store: Any) -> None:
    goods = short_docs(11)
    result = store.write(goods[:7] + [refused_doc()] + goods[7:])  # one transaction's worth in both stores
    assert [r.source for r in result.failed] == ["/corpus/bad.txt"]
    assert result.loaded == [d.article.id for d in goods]
    assert store.stored_id("/corpus/bad.txt") is None and node(store, "Organization", LONELY) is None
    stats = store.stats()
    assert stats["nodes"]["Article"] == 11 and stats["relationships"]["MENTIONS"] == 11


def test_a_failed_transaction_is_retried_in_halves() -> None:
    docs = short_docs(15)
    docs.insert(5, refused_doc())
    tried: list[list[str]] = []

    def run_group(group: list[Any]) -> tuple[list[str], Any]:
        tried.append([d.source for d in group])
        if "/corpus/bad.txt" in tried[-1]:
            raise RuntimeError("refused")
        return [writer.LOADED] * len(group), SimpleNamespace(nodes_created=0, relationships_created=0, rows_sent=0)

    result = writer.write_all(docs, 1000, run_group, refused=str, fatal=(StoreUnavailable,))
    assert [r.source for r in result.failed] == ["/corpus/bad.txt"]
    assert result.loaded == [d.article.id for d in docs if d.article.source != "/corpus/bad.txt"]
    # 16 articles: the whole, then halves of 8, 4, 2 and 1 around the bad one: 9 transactions
    # where retrying one article per transaction would take 17
    assert [len(g) for g in tried] == [16, 8, 4, 4, 2, 1, 1, 2, 8]


def test_ensure_schema_is_idempotent(store: Any) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write([doc_a()])
    store.ensure_schema()
    assert store.stats()["nodes"]["Article"] == 1


def test_neo4j_schema_has_a_constraint_per_label(neo4j_store: Any) -> None:
    neo4j_store.ensure_schema()
    rows = neo4j_store.run_read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties AS props, type", {})
    unique = {r["label"] for r in rows if r["props"] == ["id"] and "UNIQUE" in r["type"]}
    assert unique >= set(NODE_LABELS)
    indexes = neo4j_store.run_read("SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label, properties[0] AS prop", {})
    assert {("Article", "source"), ("Statement", "kind"), ("Person", "name")} <= {(r["label"], r["prop"]) for r in indexes}


def test_run_read_gives_plain_values(store: Any) -> None:
    store.write([doc_a()])
    rows = store.run_read("MATCH (p:Person)-[r:AFFILIATED_WITH]->(s:State) RETURN p, r, count(*) AS n", {})
    assert rows[0]["p"]["_labels"] == ["Person"] and rows[0]["p"]["name"] == "Ratna Kusuma"
    assert rows[0]["r"]["_type"] == "AFFILIATED_WITH" and rows[0]["r"]["title"] == "Menteri Luar Negeri"
    assert rows[0]["n"] == 1 and type(rows[0]["n"]) is int


def test_embedded_store_checkpoints_every_64_mib(embedded_store: Any) -> None:
    rows = embedded_store.conn.execute("CALL current_setting('checkpoint_threshold') RETURN *").get_all()
    assert int(rows[0][0]) == 64 * 1024 * 1024


def test_embedded_run_read_refuses_writes(embedded_store: Any) -> None:
    with pytest.raises(RuntimeError, match="read-only"):
        embedded_store.run_read("CREATE (:Organization {id: 'organization:x', name: 'X'})", {})
    assert embedded_store.stats()["nodes"]["Organization"] == 0


# --- opening stores: what the user is told ---------------------------------------------------


def test_unreachable_neo4j_is_one_clear_line() -> None:
    with pytest.raises(StoreUnavailable) as caught:
        open_store(Settings(neo4j_uri="bolt://127.0.0.1:1"))
    assert str(caught.value) == "Cannot reach Neo4j at bolt://127.0.0.1:1: is it running? Try `scripts/neo4j-local start` or `docker compose up -d`."
    assert str(caught.value) == unreachable_message("bolt://127.0.0.1:1")


def test_credentials_message_names_user_and_never_the_password() -> None:
    # The test Neo4j runs with auth off, so no server here can refuse a password; the message the
    # store raises on the driver's AuthError is checked as text.
    message = credentials_message("neo4j+s://graph.example.org", "analyst")
    assert message == (
        "Neo4j at neo4j+s://graph.example.org refused the credentials for user 'analyst': "
        "check NEO4J_USER and NEO4J_PASSWORD (flags --user/--password or .env)."
    )


def test_not_a_neo4j_uri(tmp_path: Path) -> None:
    for uri in ("http://127.0.0.1:7474", "127.0.0.1:7687"):
        with pytest.raises(StoreUnavailable) as caught:
            open_store(Settings(neo4j_uri=uri))
        assert str(caught.value) == f"'{uri}' is not a Neo4j URI: use bolt://, neo4j:// or neo4j+s://host:port."


def test_embedded_store_path_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    with pytest.raises(StoreUnavailable) as caught:
        open_store(Settings(store_path=str(target)))
    assert str(caught.value) == f"The embedded store {target} is a file, not a folder: remove it or choose another folder with --store or KG_STORE."


def test_missing_embedded_store_is_not_created_for_reading(tmp_path: Path) -> None:
    target = tmp_path / "nothing-here"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(Settings(store_path=str(target)), create=False)
    assert str(caught.value) == f"There is no graph store at {target}: load articles first with `kg load PATH`, or point --store or KG_STORE at a store."
    assert not target.exists()


def test_embedded_store_locked_by_another_process(tmp_path: Path) -> None:
    folder = tmp_path / "kg-store"
    open_store(Settings(store_path=str(folder))).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, ladybug; db = ladybug.Database(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(folder / "graph.lbug")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreUnavailable) as caught:
            open_store(Settings(store_path=str(folder)))
        assert str(caught.value) == (
            f"The embedded store {folder} is in use by another process (it holds the lock): wait for it to finish, "
            "or use another folder with --store or KG_STORE."
        )
    finally:
        holder.communicate("")


def test_rows_counts_match_the_document() -> None:
    from kg.stores.rows import document_rows

    rows = document_rows(doc_a())
    assert Counter({k: len(v) for k, v in rows.entities.items()}) == Counter({"State": 3, "Person": 1, "Organization": 1, "Place": 1})
    assert rows.located_in == [{"place": MANILA, "state": FILIPINA}]
    assert rows.affiliations == {"State": [{"person": RATNA, "target": INDONESIA, "title": "Menteri Luar Negeri", "article": doc_a().article.id}]}
    # A statement by nobody named has no SAID and counts in no SAID_ABOUT.
    anonymous = GraphDocument(doc_a().article, doc_a().entities, (statement(doc_a().article.id, "Malaysia siap berunding soal perbatasan", doc_a().article.text, None, (MALAYSIA,)),))
    rows = document_rows(anonymous)
    assert rows.said == {} and rows.said_about == {} and len(rows.about["State"]) == 1
