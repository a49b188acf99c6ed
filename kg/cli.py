"""The `kg` command: a thin click layer. Each command parses, calls one library function, formats.

Errors arrive as :class:`kg.errors.KgError` and become one-line messages here, in one place.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import click

from kg.config import Settings, load_settings
from kg.errors import KgError


class KgGroup(click.Group):
    """Turns every KgError raised by a command into a one-line message and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Where the graph lives: flags, then environment (NEO4J_URI, ...), then .env; embedded by default."""

    @click.option("--uri", envvar=None, default=None, help="Neo4j URI (bolt://, neo4j://, neo4j+s://). Default: $NEO4J_URI; none means the embedded store.")
    @click.option("--user", default=None, help="Neo4j user. Default: $NEO4J_USER or neo4j.")
    @click.option("--password", default=None, help="Neo4j password. Default: $NEO4J_PASSWORD.")
    @click.option("--database", default=None, help="Neo4j database. Default: $NEO4J_DATABASE or the server default.")
    @click.option("--store", "store_path", default=None, help="Embedded store folder when no Neo4j is configured. Default: $KG_STORE or ./kg-store.")
    @functools.wraps(func)
    def wrapper(*args: Any, uri: str | None, user: str | None, password: str | None, database: str | None, store_path: str | None, **kwargs: Any) -> Any:
        settings = load_settings(neo4j_uri=uri, neo4j_user=user, neo4j_password=password, neo4j_database=database, store_path=store_path)
        return func(*args, settings=settings, **kwargs)

    return wrapper


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Who said what about whom: build and read a knowledge graph of news statements."""


def main() -> None:
    cli(prog_name="kg")

# Commands follow, one per job. Keep each a parse / call / format triple.
