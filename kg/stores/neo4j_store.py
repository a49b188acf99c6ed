"""The graph in Neo4j, through the official driver (bolt://, neo4j://, neo4j+s://: Aura and clusters too)."""

from __future__ import annotations

import logging
from typing import Any, Iterable

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from kg.config import Settings
from kg.errors import KgError, StoreError, StoreUnavailable
from kg.model import GraphDocument
from kg.stores import writer
from kg.stores.base import NamedReads, WriteResult
from kg.stores.cypher import schema_statements, write_query
from kg.stores.rows import DocumentRows
from kg.stores.values import plain

# The driver logs what it also raises (e.g. "Unable to retrieve routing information"); kg reports
# the exception as one line, so without a handler of the caller's own these logs stay quiet.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

KIND = "neo4j"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
SCHEMA_WAIT_SECONDS = 300


def unreachable_message(uri: str) -> str:
    return f"Cannot reach Neo4j at {uri}: is it running? Try `scripts/neo4j-local start` or `docker compose up -d`."


def credentials_message(uri: str, user: str) -> str:
    # Never the password: this line ends up in terminals, logs and CI output.
    return (
        f"Neo4j at {uri} refused the credentials for user '{user}': check NEO4J_USER and NEO4J_PASSWORD "
        "(flags --user/--password or .env)."
    )


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return message.strip().splitlines()[0]


class _Tx:
    """A driver transaction that runs named write queries and keeps the driver's counters."""

    kind = KIND

    def __init__(self, tx: ManagedTransaction, batch_size: int):
        self.tx = tx
        self.batch_size = batch_size
        self.rows_sent = 0
        self.nodes_created = 0
        self.relationships_created = 0

    def run(self, name: str, params: dict[str, Any], **labels: str) -> list[dict[str, Any]]:
        result = self.tx.run(write_query(name, KIND, **labels), params)
        records = [record.data() for record in result]
        counters = result.consume().counters
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        return records


class Neo4jStore(NamedReads):
    kind = KIND

    def __init__(self, settings: Settings):
        uri = settings.neo4j_uri or ""
        self.location = uri
        self.user = settings.neo4j_user
        self.database = settings.neo4j_database
        self.batch_size = settings.batch_size
        self._schema_applied = False
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in BOLT_SCHEMES:
            # The driver would also take http(s):// (its Query API preview): kg speaks Bolt only.
            raise StoreUnavailable(f"'{uri}' is not a Neo4j URI: use bolt://, neo4j:// or neo4j+s://host:port.")
        try:
            self.driver: Driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=15, notifications_min_severity="OFF")
        except (ConfigurationError, ValueError) as exc:
            raise StoreUnavailable(
                f"'{uri}' is not a Neo4j URI ({_first_line(exc)}): use bolt://, neo4j:// or neo4j+s://host:port."
            ) from None
        try:
            # A query, not just verify_connectivity(): it also proves the credentials and the database.
            # Auto-commit, so an unreachable server fails at once instead of after the retry window.
            with self._session() as session:
                session.run("RETURN 1").consume()
        except BaseException as exc:
            self.driver.close()
            raise self._connection_error(exc) from None

    def _connection_error(self, exc: BaseException) -> KgError:
        if isinstance(exc, AuthError):
            return StoreUnavailable(credentials_message(self.location, self.user))
        if isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
            return StoreUnavailable(unreachable_message(self.location))
        if isinstance(exc, Neo4jError) and exc.code and "DatabaseNotFound" in exc.code:
            return StoreUnavailable(
                f"Neo4j at {self.location} has no database '{self.database}': check NEO4J_DATABASE (flag --database or .env)."
            )
        if isinstance(exc, (Neo4jError, DriverError)):
            return StoreUnavailable(f"Neo4j at {self.location} failed: {_first_line(exc)}")
        if isinstance(exc, KgError):
            return exc
        raise exc

    def _session(self, **kwargs: Any) -> Any:
        return self.driver.session(database=self.database, **kwargs)

    # --- schema -------------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        try:
            with self._session() as session:
                for statement in schema_statements(KIND):
                    session.run(statement).consume()
                # Writes that follow should find the indexes online, not still populating.
                session.run("CALL db.awaitIndexes($seconds)", seconds=SCHEMA_WAIT_SECONDS).consume()
        except (ServiceUnavailable, SessionExpired, AuthError) as exc:
            raise self._connection_error(exc) from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.location} refused the schema: {_first_line(exc)}") from None
        self._schema_applied = True

    # --- writing ------------------------------------------------------------------------------

    def write(self, documents: Iterable[GraphDocument]) -> WriteResult:
        if not self._schema_applied:
            self.ensure_schema()
        with self._session() as session:

            def run_group(group: list[DocumentRows]) -> tuple[list[str], _Tx]:
                def work(tx: ManagedTransaction) -> tuple[list[str], _Tx]:
                    # A fresh counter per attempt: the driver retries the function on transient errors.
                    state = _Tx(tx, self.batch_size)
                    return writer.write_documents(state, group), state

                try:
                    return session.execute_write(work)
                except (ServiceUnavailable, SessionExpired, AuthError) as exc:
                    raise self._connection_error(exc) from None

            return writer.write_all(
                documents,
                self.batch_size,
                run_group,
                refused=lambda exc: f"Neo4j refused the article: {_first_line(exc)}",
                fatal=(StoreUnavailable,),
            )

    def drop_article(self, key: str) -> bool:
        if not self._schema_applied:
            self.ensure_schema()
        matches = self._read_named("find_article", {"key": key})
        if not matches:
            return False
        if len(matches) > 1:
            raise ambiguous(key, matches)

        def work(tx: ManagedTransaction) -> None:
            writer.remove_article(_Tx(tx, self.batch_size), matches[0]["id"])

        self._execute_write(work)
        return True

    def _execute_write(self, work: Any) -> Any:
        try:
            with self._session() as session:
                return session.execute_write(work)
        except (ServiceUnavailable, SessionExpired, AuthError) as exc:
            raise self._connection_error(exc) from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.location} failed: {_first_line(exc)}") from None

    # --- reading ------------------------------------------------------------------------------

    def run_read(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, parameters or {})
            keys = result.keys()
            return [{k: plain(record[k]) for k in keys} for record in result]

        try:
            with self._session(default_access_mode="READ") as session:
                return session.execute_read(work)
        except (ServiceUnavailable, SessionExpired, AuthError) as exc:
            raise self._connection_error(exc) from None

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ambiguous(key: str, matches: list[dict[str, Any]]) -> KgError:
    listed = "; ".join(f"{m['name']} (id {m['id']}, source {m['source']})" for m in sorted(matches, key=lambda m: m["source"]))
    return KgError(f"'{key}' names {len(matches)} articles: {listed}. Drop one by its id or source.")
