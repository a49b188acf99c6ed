"""Extraction over a stream of articles, in this process or in a pool of worker processes.

``extract_stream`` is the one place that decides how extraction runs; ``kg load`` and ``kg extract``
both go through it. The rules it keeps, whatever ``workers`` is:

* Output order is input order, so a parallel load writes exactly what a serial one writes.
* Rejections from the reader pass through in their place; an article whose extraction raises
  becomes a Rejection (``extraction failed: …``) and the rest of the stream goes on.
* Work in flight is bounded (a window of small chunks), so memory stays flat however long the
  stream is: the input iterator is consumed only as fast as results are taken.

Workers are separate processes because extraction is pure-Python rule work that holds the GIL.
Each worker builds its own extractor once, in the pool initializer; articles travel in chunks to
pay the pickling round trip per chunk rather than per article.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol

from kg.errors import KgError, UsageError
from kg.model import Article, GraphDocument, Rejection

Item = Article | Rejection
Result = GraphDocument | Rejection

DEFAULT_CHUNK_SIZE = 8  # articles per task: big enough to amortise pickling, small enough to balance
CHUNKS_PER_WORKER = 4  # in-flight window: keeps every worker busy while the caller writes


class SupportsExtract(Protocol):
    def extract(self, article: Article) -> GraphDocument: ...


ExtractorFactory = Callable[[], SupportsExtract]


_default: SupportsExtract | None = None


def default_extractor() -> SupportsExtract:
    """The project's extractor, built once per process. A module-level function so worker processes can
    unpickle it; a worker forked from a parent that already built one inherits it ready to use."""
    global _default
    if _default is None:
        from kg.loaders.extract import Extractor

        _default = Extractor()
    return _default


def extract_stream(
    items: Iterable[Item],
    workers: int = 1,
    *,
    extractor_factory: ExtractorFactory | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
) -> Iterator[Result]:
    """Extract every Article of ``items``, in order, passing Rejections through.

    ``workers=1`` extracts in this process with one extractor built once (on the first article).
    ``workers>1`` uses that many worker processes. ``extractor_factory`` builds an extractor; it
    must be picklable (a module-level function or class) when ``workers>1``. ``start_method``
    overrides the multiprocessing start method (default: fork when no other Python thread runs,
    else forkserver; see ``_safe_start_method``).
    """
    if workers < 1:
        raise UsageError(f"workers must be 1 or more, not {workers}.")
    if chunk_size < 1:
        raise UsageError(f"chunk size must be 1 or more, not {chunk_size}.")
    factory = extractor_factory or default_extractor
    if workers == 1:
        return _serial(items, factory)
    return _pooled(items, workers, factory, chunk_size, start_method or _safe_start_method())


def _extract_one(extractor: SupportsExtract, item: Item) -> Result:
    if isinstance(item, Rejection):
        return item
    try:
        return extractor.extract(item)
    except Exception as exc:  # one bad article must not stop the batch; the user sees why
        return Rejection(item.source, f"extraction failed: {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _serial(items: Iterable[Item], factory: ExtractorFactory) -> Iterator[Result]:
    extractor: SupportsExtract | None = None
    for item in items:
        if extractor is None and isinstance(item, Article):
            extractor = factory()  # lazily: a stream of rejections needs no spaCy pipeline
        yield _extract_one(extractor, item) if extractor is not None else item


# --- worker side -------------------------------------------------------------------------------

_worker_extractor: SupportsExtract | None = None
_worker_start_error: str | None = None


@dataclass(frozen=True)
class _StartFailed:
    error: str


def _init_worker(factory: ExtractorFactory) -> None:
    global _worker_extractor, _worker_start_error
    # Ctrl-C goes to the whole process group; the parent handles it and shuts the pool down, so
    # workers ignore it instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _worker_extractor = factory()
    except Exception as exc:  # reported back through the first task, not as a dead pool
        _worker_start_error = _describe(exc)


def _extract_chunk(chunk: list[Item]) -> list[Result] | _StartFailed:
    if _worker_extractor is None:
        return _StartFailed(_worker_start_error or "the extractor was not built")
    return [_extract_one(_worker_extractor, item) for item in chunk]


# --- parent side -------------------------------------------------------------------------------


def _safe_start_method() -> str:
    """fork unless another Python thread is running; forkserver then.

    fork starts workers in milliseconds with every module already imported, where forkserver
    first starts a fresh interpreter and imports spaCy (a second or two, a tenth of a 2,000-article
    run). Forking is unsafe when another thread may hold a lock the child needs: a Python thread
    can hold the GIL-protected state of any module, so then we do not fork. Native threads are
    another matter: the importing of numpy starts OpenBLAS's pool and an open embedded store runs
    its own, so a process that has read a single article is never single-threaded; but those
    threads never run Python code, the child never calls into their libraries, and glibc's and
    OpenBLAS's fork handlers keep malloc and BLAS consistent across the fork.
    """
    import threading

    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool that can be replaced after a worker dies."""

    def __init__(self, workers: int, factory: ExtractorFactory, start_method: str):
        self.workers = workers
        self.factory = factory
        self.context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # The server imports the extractor's modules once; each worker forks from it warm.
            preload = ["kg.model", getattr(factory, "__module__", "kg.parallel")]
            if factory is default_extractor:
                preload.append("kg.loaders.extract")
            self.context.set_forkserver_preload(preload)
        self.executor: ProcessPoolExecutor | None = None

    def submit(self, chunk: list[Item]) -> Future[list[Result] | _StartFailed]:
        if self.executor is not None:
            return self.executor.submit(_extract_chunk, chunk)
        self.executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=self.context, initializer=_init_worker, initargs=(self.factory,)
        )
        # The first submit starts the workers. Freezing the garbage collector's view of the heap
        # around a fork keeps each child's collections from walking (and so copying, page by page)
        # everything the parent holds, such as a store connection or documents already extracted.
        gc.freeze()
        try:
            return self.executor.submit(_extract_chunk, chunk)
        finally:
            gc.unfreeze()

    def reset(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _pooled(items: Iterable[Item], workers: int, factory: ExtractorFactory, chunk_size: int, start_method: str) -> Iterator[Result]:
    if start_method == "fork" and factory is default_extractor:
        # Build once here and let every forked worker inherit it: building (mostly spaCy's Indonesian
        # tokenizer exceptions) takes seconds, which each worker would otherwise pay again.
        factory()
    pool = _Pool(workers, factory, start_method)
    window = workers * CHUNKS_PER_WORKER
    pending: deque[tuple[list[Item], Future[Any] | None]] = deque()
    try:
        for chunk in _chunks(items, chunk_size):
            needs_work = any(isinstance(item, Article) for item in chunk)
            pending.append((chunk, pool.submit(chunk) if needs_work else None))
            while len(pending) >= window:
                yield from _take(pending, pool)
        while pending:
            yield from _take(pending, pool)
    finally:
        pool.reset()  # also on an early close or Ctrl-C: cancel what is queued, reap the workers


def _take(pending: deque[tuple[list[Item], Future[Any] | None]], pool: _Pool) -> Iterator[Result]:
    chunk, future = pending.popleft()
    if future is None:
        yield from chunk  # rejections only
        return
    try:
        results = future.result()
    except BrokenProcessPool:
        # A worker died (killed, out of memory, a crash in native code). Every chunk in flight
        # failed with it; redo them one article at a time in a fresh pool so only the article
        # that kills its worker is rejected.
        stranded = [chunk] + [c for c, _ in pending]
        pending.clear()
        pool.reset()
        yield from _isolate(stranded, pool)
        return
    if isinstance(results, _StartFailed):
        raise KgError(
            f"The extractor could not start in a worker process: {results.error}. "
            "Run with --workers 1 to see the full error."
        )
    yield from results


def _isolate(chunks: list[list[Item]], pool: _Pool) -> Iterator[Result]:
    for chunk in chunks:
        for item in chunk:
            if isinstance(item, Rejection):
                yield item
                continue
            try:
                results = pool.submit([item]).result()
            except BrokenProcessPool:
                pool.reset()
                yield Rejection(item.source, "extraction failed: the worker process extracting it died (killed or out of memory)")
                continue
            if isinstance(results, _StartFailed):
                raise KgError(
                    f"The extractor could not start in a worker process: {results.error}. "
                    "Run with --workers 1 to see the full error."
                )
            yield from results
