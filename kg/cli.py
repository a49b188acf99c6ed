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


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=str))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--per-article", is_flag=True, help="Add a breakdown per article.")
@click.option("--errors", is_flag=True, help="List, per article, missed and spurious statements, wrong speakers, entity and about differences.")
def eval_command(gold_dir: str, paths: tuple[str, ...], as_json: bool, per_article: bool, errors: bool) -> None:
    """Score extraction against the gold annotations in GOLD_DIR (GUIDELINES.md, "Scoring").

    PATH: articles (files or folders, extracted now) or .jsonl files written by `kg extract`.
    """
    import json

    from kg.eval import evaluate, format_report

    report = evaluate(gold_dir, paths)
    if as_json:
        click.echo(json.dumps(report.to_dict(per_article=per_article, errors=errors), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, per_article=per_article, errors=errors))


# --- kg query / kg export / kg viz (canned Cypher, exports, picture) -------------------------


@cli.command("query")
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter, e.g. -p name=\"Korea Utara\" (repeatable).")
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries with what each answers.")
@click.option("--cypher", default=None, metavar="QUERY", help="Run this ad-hoc read-only Cypher instead of a canned query.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True, help="Output format.")
@click.option("--max-width", default=60, show_default=True, help="Cut table cells to this many characters (0: never).")
@click.option("--show", is_flag=True, help="Print the query's Cypher and parameters instead of running it.")
@store_options
def query_command(name: str | None, params: tuple[str, ...], list_queries: bool, cypher: str | None, fmt: str, max_width: int, show: bool, settings: Settings) -> None:
    """Run a canned query NAME (see --list) or an ad-hoc read-only one (--cypher) on the graph."""
    import json

    from kg import queries as q
    from kg.errors import UsageError

    if list_queries:
        click.echo(q.list_queries())
        return
    if cypher is not None and name:
        raise UsageError(f"Give either a query name or --cypher, not both (got '{name}' and --cypher).")
    if cypher is None and not name:
        raise UsageError("Name a query or give --cypher. Run kg query --list to see the queries.")
    given = q.parse_param_options(params)
    if name and show:
        canned = q.get_query(name)
        bound = canned.bind(given)
        click.echo(q.body_of(canned.cypher))
        click.echo(f"// parameters: {json.dumps(bound, ensure_ascii=False)}")
        return
    if name:
        q.get_query(name).bind(given)  # unknown query or missing parameter: say so before connecting

    from kg.stores import open_store

    store = open_store(settings, create=False)  # reading: never create an empty store
    try:
        rows = q.run_query(store, name, given) if name else q.run_cypher(store, cypher or "", given)
    finally:
        store.close()
    click.echo(q.format_rows(rows, fmt, max_width=max_width))


@cli.command("export")
@click.argument("out", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["graphml", "jsonl", "csv"]), required=True, help="graphml (networkx, Gephi), jsonl (APOC-style lines) or csv (a folder for neo4j-admin import).")
@store_options
def export_command(out: str, fmt: str, settings: Settings) -> None:
    """Write the whole graph to OUT: ids, labels, properties and relationships."""
    from kg.export import export_graph
    from kg.stores import open_store

    store = open_store(settings, create=False)  # reading: never create an empty store
    try:
        summary = export_graph(store, fmt, out)
    finally:
        store.close()
    where = out if fmt != "csv" else f"{out}/ ({len(summary.files)} files; load with {out}/neo4j-admin-import.sh)"
    click.echo(f"Exported {summary.nodes} nodes and {summary.relationships} relationships as {fmt} to {where}")


@cli.command("viz")
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=str), help="HTML file to write, e.g. graph.html.")
@click.option("--query", "query_name", default=None, metavar="NAME", help="A canned query with a Viz line (default: talks_about_most).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter, e.g. -p name=\"Korea Utara\" (repeatable).")
@store_options
def viz_command(out: str, query_name: str | None, params: tuple[str, ...], settings: Settings) -> None:
    """Draw a subgraph as an interactive HTML page (neo4j-viz): who talks about whom, by default."""
    from kg import queries as q
    from kg.stores import open_store
    from kg.viz import write_viz

    given = q.parse_param_options(params)
    q.get_query(query_name or "talks_about_most").bind(given)  # fail on bad parameters before connecting
    store = open_store(settings, create=False)  # reading: never create an empty store
    try:
        summary = write_viz(store, out, query_name, given, title=f"kg: {query_name or 'who talks about whom'}")
    finally:
        store.close()
    click.echo(f"Wrote {summary.path}: {summary.nodes} nodes, {summary.relationships} relationships from query {summary.query}")


# --- kg load / extract / stats / init / drop (the pipeline and the stores) --------------------


def _echo_rejections(rejections: list[Any]) -> None:
    for r in rejections:
        click.echo(f"Rejected {r.source}: {r.problem}", err=True)


def _count_inputs(paths: tuple[str, ...]) -> int:
    """How many files the progress bar counts (a JSON Lines file is one, however many lines)."""
    from kg.loaders.sources.paths import iter_files

    return sum(1 for _ in iter_files(paths))


class _FileProgress:
    """Advances a click progress bar by one per input file: a source is a file path, or
    ``path#key`` for a line of a JSON Lines file."""

    def __init__(self, bar: Any):
        self.bar = bar
        self.last: str | None = None

    def __call__(self, source: str) -> None:
        file = source.split("#", 1)[0]
        if file != self.last:
            self.last = file
            self.bar.update(1)


@cli.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Extraction processes (one writer writes).")
@click.option("--batch-size", default=None, type=click.IntRange(min=1), help="Rows per UNWIND batch. Default: $KG_BATCH_SIZE or 1000.")
@store_options
def load_command(paths: tuple[str, ...], workers: int, batch_size: int | None, settings: Settings) -> None:
    """Read articles (text, JSON Lines, HTML files or folders), extract, and write the graph.

    Exit status: 0 when everything loaded or was unchanged, 1 when some input was rejected,
    2 for usage or connection errors.
    """
    from kg.pipeline import load
    from kg.stores import describe, open_store

    store = open_store(settings)
    try:
        if sys.stderr.isatty():
            with click.progressbar(length=_count_inputs(paths), label="Loading", file=sys.stderr) as bar:
                summary = load(paths, store, workers=workers, batch_size=batch_size, progress=_FileProgress(bar))
        else:  # a log or a pipe gets the summary only
            summary = load(paths, store, workers=workers, batch_size=batch_size)
        where = describe(store)
    finally:
        store.close()
    _echo_rejections(summary.rejected)
    click.echo(
        f"Read {summary.read} articles: {summary.loaded} loaded, {summary.unchanged} unchanged, {len(summary.rejected)} rejected."
    )
    click.echo(
        f"Wrote {summary.nodes_created} nodes and {summary.relationships_created} relationships "
        f"to {where} in {summary.seconds:.1f} s."
    )
    if summary.rejected:
        click.get_current_context().exit(1)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=str), help="JSON Lines file to write; - for standard output.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Extraction processes.")
def extract_command(paths: tuple[str, ...], output: str, workers: int) -> None:
    """Extract without a database: one JSON document per article per line (the gold shape of
    GUIDELINES.md, plus offsets and ids). Exit 1 when some input was rejected."""
    import json

    from kg.loaders.extract import to_gold
    from kg.loaders.sources import read_articles
    from kg.model import Rejection
    from kg.parallel import extract_stream

    rejected = []
    with click.open_file(output, "w", encoding="utf-8") as out:
        for result in extract_stream(read_articles(paths), workers):
            if isinstance(result, Rejection):
                rejected.append(result)
                click.echo(f"Rejected {result.source}: {result.problem}", err=True)
                continue
            out.write(json.dumps(to_gold(result), ensure_ascii=False) + "\n")
    if rejected:
        click.get_current_context().exit(1)


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@store_options
def stats_command(as_json: bool, settings: Settings) -> None:
    """Node counts per label and relationship counts per type."""
    import json

    from kg.stores import describe, open_store

    store = open_store(settings, create=False)
    try:
        counts = store.stats()
        where = describe(store)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(f"Graph in {where}")
    width = max(len(k) for group in counts.values() for k in group)
    digits = max(len(str(n)) for group in counts.values() for n in group.values())
    for title, key in (("Nodes", "nodes"), ("Relationships", "relationships")):
        click.echo(f"{title} ({sum(counts[key].values())})")
        for name, n in counts[key].items():
            click.echo(f"  {name:<{width}}  {n:>{digits}}")


@cli.command("init")
@store_options
def init_command(settings: Settings) -> None:
    """Apply the schema (constraints and indexes, or LadybugDB's tables); safe to repeat."""
    from kg.stores import describe, open_store

    store = open_store(settings)
    try:
        store.ensure_schema()
        where = describe(store)
    finally:
        store.close()
    click.echo(f"Schema applied to {where}.")


@cli.command("drop")
@click.argument("article")
@store_options
def drop_command(article: str, settings: Settings) -> None:
    """Remove one ARTICLE (its file name, id or source) and whatever only it supported."""
    from kg.stores import describe, open_store

    store = open_store(settings, create=False)
    try:
        dropped = store.drop_article(article)
        where = describe(store)
    finally:
        store.close()
    if not dropped:
        raise KgError(
            f"No article '{article}' in {where}: give its file name, id or source; "
            "list the stored articles with `kg query articles`."
        )
    click.echo(f"Dropped {article} from {where}.")
