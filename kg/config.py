"""Where the graph lives: flags, then environment, then a .env in the working directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_STORE = "kg-store"
DEFAULT_BATCH_SIZE = 1000


@dataclass(frozen=True)
class Settings:
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    store_path: str = DEFAULT_STORE
    batch_size: int = DEFAULT_BATCH_SIZE

    @property
    def uses_neo4j(self) -> bool:
        """Neo4j whenever a URI is configured; otherwise the embedded store, so a fresh machine works."""
        return bool(self.neo4j_uri)


def load_settings(
    *,
    neo4j_uri: str | None = None,
    neo4j_user: str | None = None,
    neo4j_password: str | None = None,
    neo4j_database: str | None = None,
    store_path: str | None = None,
    batch_size: int | None = None,
    env_file: str | os.PathLike[str] | None = None,
) -> Settings:
    """Flags win over the process environment, which wins over ``.env`` in the working directory."""
    dotenv_path = Path(env_file) if env_file else Path.cwd() / ".env"
    file_values = {k: v for k, v in dotenv_values(dotenv_path).items() if v is not None} if dotenv_path.is_file() else {}

    def pick(flag: str | None, key: str) -> str | None:
        if flag not in (None, ""):
            return flag
        value = os.environ.get(key)
        if value not in (None, ""):
            return value
        return file_values.get(key) or None

    batch = batch_size if batch_size is not None else pick(None, "KG_BATCH_SIZE")
    return Settings(
        neo4j_uri=pick(neo4j_uri, "NEO4J_URI"),
        neo4j_user=pick(neo4j_user, "NEO4J_USER") or pick(None, "NEO4J_USERNAME") or "neo4j",
        neo4j_password=pick(neo4j_password, "NEO4J_PASSWORD"),
        neo4j_database=pick(neo4j_database, "NEO4J_DATABASE"),
        store_path=pick(store_path, "KG_STORE") or DEFAULT_STORE,
        batch_size=int(batch) if batch else DEFAULT_BATCH_SIZE,
    )
