"""The graph in an embedded LadybugDB database (a fork of Kùzu): no server, one folder on disk.

The folder (``./kg-store`` by default) holds the database file ``graph.lbug`` and its write-ahead
log. LadybugDB lets one process at a time open it for writing; another gets a clear "in use".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import ladybug

from kg.config import Settings
from kg.errors import StoreError, StoreUnavailable
from kg.model import GraphDocument
from kg.stores import writer
from kg.stores.base import NamedReads, WriteResult
from kg.stores.cypher import schema_statements, write_query
from kg.stores.rows import DocumentRows
from kg.stores.values import plain

KIND = "embedded"
DATABASE_FILE = "graph.lbug"

# LadybugDB folds its write-ahead log into the database (a checkpoint) once the log passes a
# threshold, 16 MiB by default. At the default a checkpoint came every 400 articles or so and took
# over a second (more as the graph grew): 44% of a load's time. Past about 64 MiB the queries slow
# down instead, over the data not yet checkpointed. Measured over 10,000 benchmark articles with
# the transactions below: 16 MiB 75 s, 32 MiB 64 s, 64 MiB 61 s, 128 MiB 65 s; 256 MiB was
# slower than the default.
CHECKPOINT_BYTES = 64 * 1024 * 1024
# Each named query and each commit cost LadybugDB about the same however many rows they carry, so
# its transactions are ten times Neo4j's: at the default checkpoints, 10,000 articles were written
# in 75 s instead of 86 s with Neo4j's 5 batches (61 s with the threshold above as well). A group
# that fails is retried in halves (writer.py).
TRANSACTIONS = writer.TransactionSize(batches=50, articles=2000)
_CREATED = ("nodes_created", "relationships_created")


def _first_line(exc: BaseException) -> str:
    """LadybugDB's messages run over several lines (the query, a caret): one line for the user."""
    return " ".join((str(exc) or type(exc).__name__).split())


def _rows(result: Any) -> list[dict[str, Any]]:
    columns = result.get_column_names()
    out = [dict(zip(columns, values)) for values in result.get_all()]
    result.close()
    return out


class _Tx:
    """The open LadybugDB transaction: runs named write queries and counts what they created
    from the ``nodes_created`` / ``relationships_created`` columns the queries return."""

    kind = KIND

    def __init__(self, conn: ladybug.Connection, batch_size: int):
        self.conn = conn
        self.batch_size = batch_size
        self.rows_sent = 0
        self.nodes_created = 0
        self.relationships_created = 0

    def run(self, name: str, params: dict[str, Any], **labels: str) -> list[dict[str, Any]]:
        try:
            rows = _rows(self.conn.execute(write_query(name, KIND, **labels), params))
        except RuntimeError as exc:
            # Name the step: LadybugDB's message alone rarely says which query it was.
            raise RuntimeError(f"{_first_line(exc)} (in write query {name})") from exc
        for row in rows:
            self.nodes_created += int(row.get("nodes_created") or 0)
            self.relationships_created += int(row.get("relationships_created") or 0)
        return rows


class EmbeddedStore(NamedReads):
    kind = KIND

    def __init__(self, settings: Settings, *, create: bool = True):
        self.folder = Path(settings.store_path).expanduser()
        self.location = str(self.folder)
        self.batch_size = settings.batch_size
        self._open(create)
        self.ensure_schema()

    def _open(self, create: bool) -> None:
        folder = self.folder
        where = "--store or KG_STORE"
        if folder.exists() and not folder.is_dir():
            raise StoreUnavailable(f"The embedded store {folder} is a file, not a folder: remove it or choose another folder with {where}.")
        if not folder.exists():
            if not create:
                raise StoreUnavailable(f"There is no graph store at {folder}: load articles first with `kg load PATH`, or point {where} at a store.")
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreUnavailable(
                    f"Cannot create the embedded store folder {folder} ({exc.strerror or exc}): choose a writable folder with {where}."
                ) from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreUnavailable(f"The embedded store folder {folder} is not writable: fix its permissions or choose another folder with {where}.")
        try:
            self.db = ladybug.Database(str(folder / DATABASE_FILE), checkpoint_threshold=CHECKPOINT_BYTES)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreUnavailable(
                    f"The embedded store {folder} is in use by another process (it holds the lock): wait for it to finish, "
                    f"or use another folder with {where}."
                ) from None
            raise StoreUnavailable(f"Cannot open the embedded store {folder}: {_first_line(exc)}. Check the folder, or use another with {where}.") from None

    # --- schema -------------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        try:
            for statement in schema_statements(KIND):
                self.conn.execute(statement).close()
        except RuntimeError as exc:
            raise StoreError(f"The embedded store {self.folder} refused the schema: {_first_line(exc)}") from None

    # --- writing ------------------------------------------------------------------------------

    def _begin(self) -> None:
        self.conn.execute("BEGIN TRANSACTION").close()

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK").close()
        except RuntimeError:
            pass  # nothing was open: the failure came before or at BEGIN

    def write(self, documents: Iterable[GraphDocument]) -> WriteResult:
        return writer.write_all(
            documents,
            self.batch_size,
            self._write_group,
            refused=lambda exc: f"the embedded store refused the article: {_first_line(exc)}",
            fatal=(StoreUnavailable,),
            size=TRANSACTIONS,
        )

    def _write_group(self, group: list[DocumentRows]) -> tuple[list[str], _Tx]:
        state = _Tx(self.conn, self.batch_size)
        try:
            self._begin()
            outcomes = writer.write_documents(state, group)
            self.conn.execute("COMMIT").close()
        except BaseException:
            self._rollback()
            raise
        return outcomes, state

    def drop_article(self, key: str) -> bool:
        matches = self._read_named("find_article", {"key": key})
        if not matches:
            return False
        if len(matches) > 1:
            from kg.stores.neo4j_store import ambiguous

            raise ambiguous(key, matches)
        try:
            self._begin()
            writer.remove_article(_Tx(self.conn, self.batch_size), matches[0]["id"])
            self.conn.execute("COMMIT").close()
        except RuntimeError as exc:
            self._rollback()
            raise StoreError(f"The embedded store {self.folder} failed to drop {key}: {_first_line(exc)}") from None
        except BaseException:
            self._rollback()
            raise
        return True

    # --- reading ------------------------------------------------------------------------------

    def run_read(self, cypher: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        # A read transaction, so a query that tries to write fails instead of changing the graph.
        self.conn.execute("BEGIN TRANSACTION READ ONLY").close()
        try:
            rows = _rows(self.conn.execute(cypher, parameters or {}))
        finally:
            self._rollback()
        return [{k: plain(v) for k, v in row.items()} for row in rows]

    def close(self) -> None:
        for thing in (getattr(self, "conn", None), getattr(self, "db", None)):
            if thing is not None:
                try:
                    thing.close()
                except RuntimeError:
                    pass

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

