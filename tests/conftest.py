"""Shared pytest fixtures, one section per concern. Add yours in a section of its own below."""

from __future__ import annotations

import os

import pytest

# ---------------------------------------------------------------------------------------------
# Neo4j: where the test server is. `scripts/neo4j-local start` runs one on bolt://127.0.0.1:7687
# (auth off); point KG_TEST_NEO4J_URI elsewhere to use another. With KG_REQUIRE_NEO4J=1 (as in
# .ci/run) a missing server fails the tests that need it instead of skipping them.
# ---------------------------------------------------------------------------------------------

DEFAULT_TEST_NEO4J_URI = "bolt://127.0.0.1:7687"


def _bolt_error(uri: str) -> str | None:
    """None when Bolt at ``uri`` answers ``RETURN 1``; otherwise what went wrong, for the message."""
    from neo4j import GraphDatabase

    try:
        with GraphDatabase.driver(uri, auth=None, connection_timeout=5) as driver:
            # An auto-commit query in a plain session: no retry loop, so a missing server fails fast.
            with driver.session() as session:
                record = session.run("RETURN 1 AS ok").single()
        return None if record is not None and record["ok"] == 1 else f"RETURN 1 gave {record!r}"
    except Exception as exc:  # any failure means "not usable"; the message carries the reason
        return f"{type(exc).__name__}: {exc}"


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """The Bolt URI of a Neo4j that answers, checked once per session."""
    uri = os.environ.get("KG_TEST_NEO4J_URI") or DEFAULT_TEST_NEO4J_URI
    error = _bolt_error(uri)
    if error is None:
        return uri
    if os.environ.get("KG_REQUIRE_NEO4J") == "1":
        pytest.fail(
            f"Neo4j is not running at {uri} and KG_REQUIRE_NEO4J=1: start it with scripts/neo4j-local start ({error})",
            pytrace=False,
        )
    pytest.skip(f"Neo4j is not running at {uri}: start it with scripts/neo4j-local start")


# ---------------------------------------------------------------------------------------------
# Stores: a fresh embedded store in tmp_path, and the test Neo4j wiped before each test.
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def embedded_store(tmp_path):
    from kg.config import Settings
    from kg.stores import open_store

    store = open_store(Settings(store_path=str(tmp_path / "kg-store")))
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_uri: str):
    from neo4j import GraphDatabase

    from kg.config import Settings
    from kg.stores import open_store

    with GraphDatabase.driver(neo4j_uri, auth=None) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
    store = open_store(Settings(neo4j_uri=neo4j_uri))
    yield store
    store.close()


# ---------------------------------------------------------------------------------------------
# The example articles, extracted once per session and loaded into both stores once per module
# (queries, export and viz read the same graph from each store and compare).
# ---------------------------------------------------------------------------------------------

EXAMPLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples", "articles")


@pytest.fixture(scope="session")
def documents():
    from kg.loaders.extract import Extractor
    from kg.loaders.sources import read_articles
    from kg.model import Article

    extractor = Extractor()
    docs = [extractor.extract(item) for item in read_articles([EXAMPLES_DIR]) if isinstance(item, Article)]
    assert len(docs) == 5, "the five example articles should all be read"
    return docs


@pytest.fixture(scope="module")
def embedded(documents, tmp_path_factory):
    from kg.config import Settings
    from kg.stores import open_store

    store = open_store(Settings(store_path=str(tmp_path_factory.mktemp("examples") / "kg-store")))
    store.ensure_schema()
    store.write(documents)
    yield store
    store.close()


@pytest.fixture(scope="module")
def neo4j(documents, neo4j_uri):
    from neo4j import GraphDatabase

    from kg.config import Settings
    from kg.stores import open_store

    with GraphDatabase.driver(neo4j_uri, auth=None) as driver:  # other test modules share this server
        driver.execute_query("MATCH (n) DETACH DELETE n")
    store = open_store(Settings(neo4j_uri=neo4j_uri))
    store.ensure_schema()
    store.write(documents)
    yield store
    store.close()


@pytest.fixture(params=["embedded", "neo4j"])
def store(request):
    """The examples in one store, then the other."""
    return request.getfixturevalue(request.param)
