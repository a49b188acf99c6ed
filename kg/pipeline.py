"""Files to graph: read -> extract -> write, streaming, for `kg load` and for notebooks.

    from kg.config import load_settings
    from kg.pipeline import load
    from kg.stores import open_store

    with open_store(load_settings()) as store:
        summary = load(["examples/articles"], store)

Articles stream through one at a time (extraction may run in worker processes) into one streaming
``store.write``, which writes them in transactions of whole articles (hundreds at most):
memory stays flat however large the corpus, and one bad article becomes a Rejection while the
rest loads.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator

from kg.model import Article, GraphDocument, LoadSummary, Rejection
from kg.stores.base import GraphStore

Progress = Callable[[str], None]

LOOKUP_GROUP = 100  # files whose stored ids one query asks for; the writer's batches are larger


def load(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    store: GraphStore,
    *,
    workers: int = 1,
    batch_size: int | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Load every article under ``paths`` into ``store``; ``progress(source)`` is called once per
    input as it is handled (skipped as unchanged, rejected, or handed to the writer).
    ``batch_size`` (rows per UNWIND batch) overrides the store's for this load."""
    from kg.loaders.sources import read_articles
    from kg.parallel import extract_stream

    started = time.perf_counter()
    summary = LoadSummary()
    if batch_size is not None:
        store.batch_size = batch_size  # type: ignore[attr-defined]
    tick: Progress = progress or (lambda source: None)

    def unstored(group: list[Article | Rejection]) -> Iterator[Article | Rejection]:
        stored = store.stored_ids([item.source for item in group if isinstance(item, Article)])
        for item in group:
            if isinstance(item, Article) and stored.get(item.source) == item.id:
                summary.unchanged += 1
                tick(item.source)
                continue
            yield item

    def fresh_items() -> Iterator[Article | Rejection]:
        # In the parent, before extraction is dispatched: a file stored unchanged is not extracted.
        # Asked per group of files, as one query per file made a re-run mostly round trips.
        group: list[Article | Rejection] = []
        for item in read_articles(paths):
            if isinstance(item, Article):
                summary.read += 1
            group.append(item)
            if len(group) >= LOOKUP_GROUP:
                yield from unstored(group)
                group = []
        yield from unstored(group)

    def documents() -> Iterator[GraphDocument]:
        for result in extract_stream(fresh_items(), workers):
            if isinstance(result, Rejection):
                summary.rejected.append(result)
                tick(result.source)
                continue
            tick(result.article.source)
            yield result

    # One streaming write: the store groups the documents into transactions of whole articles.
    written = store.write(documents())
    summary.loaded += len(written.loaded)
    summary.unchanged += len(written.unchanged)
    summary.rejected.extend(written.failed)
    summary.nodes_created += written.nodes_created
    summary.relationships_created += written.relationships_created
    summary.seconds = time.perf_counter() - started
    return summary
