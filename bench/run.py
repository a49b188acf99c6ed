"""The kg benchmark: how fast extraction and loading are on this machine, and whether memory stays flat.

    python bench/run.py [--articles N] [--json FILE] [--skip-neo4j] [--neo4j-uri URI] [--repeat R]

It writes a synthetic corpus of N articles (bench/corpus.py: the examples' sentences recombined with
varied names and numbers, fixed seed) to a temporary folder and measures, in one run:

  (a) bare spacy.blank("id") tokenisation of the article texts: the floor, articles/s;
  (b) extraction in this process with one warm Extractor (articles/s, and over (a):
      extract_vs_tokenizer); then end to end from disk (`kg extract` without the JSON), each in a
      fresh process, with workers=1 and workers=2, extractor builds and worker start included
      (workers_speedup); the two must give identical results;
  (c) writing the extracted documents into a fresh embedded store and into Neo4j (wiped first,
      constraints in place): rows/s (WriteResult.rows / write seconds) and articles/s;
  (d) a second `kg load` of the same corpus (kg.pipeline.load), and the same documents written
      again: seconds, and nodes plus relationships added by both (reload_added);
  (e) peak memory (VmHWM, see peak_rss_mb) of extraction streamed from disk at N (the workers=1
      run of (b)) and at 10×N articles, each in a fresh process (memory_ratio);
  plus the whole `kg load` pipeline (kg.pipeline.load, workers=2) into another fresh embedded
  store, which is what a user waits for; and the start-up of a fresh process (import and build one
  Extractor) with an empty disk cache, as on a first run, and with the cache filled, as on every other.

Every process it runs uses a disk cache in its temporary folder (KG_CACHE_DIR), filled by the first
start-up measure, so the figures neither depend on nor disturb the user's own cache.

The timings of (a) and (b) are each the best of R runs (default 3), interleaved, every run cold: this
machine is shared, and the best run is the one least disturbed by others (timeit's reasoning). The JSON
keeps every run. It prints a table and, with --json FILE, writes every figure. It is a measurement, not a test:
nothing here fails when a target is missed; the table says which targets were met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_SEED, write_corpus  # noqa: E402

TARGETS = {  # key: (comparison, threshold), from issue 5
    "extract_vs_tokenizer": (">=", 0.5),
    "neo4j_rows_per_s": (">=", 10_000),
    "embedded_rows_per_s": (">=", 10_000),
    "workers_speedup": (">=", 1.6),
    "memory_ratio": ("<=", 1.3),
    "reload_added": ("==", 0),
}

# The benchmark empties its Neo4j database before loading; the product never does this, so the
# query lives here and not in cypher/. In batches, so a large graph does not need one huge transaction.
WIPE_NEO4J = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def machine_info() -> dict[str, Any]:
    mem_kb = 0
    cpu = platform.processor()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        # Other work on the machine skews every figure, workers_speedup most: record how busy it was.
        "load_average_1m_at_start": round(os.getloadavg()[0], 2),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process since it started (exec'd), in MiB.

    Not ru_maxrss: Linux carries the parent's high-water mark over fork and exec into the child's
    ru_maxrss, so a probe started by this benchmark (which holds the extracted corpus) would report
    the benchmark's own size. VmHWM belongs to the exec'd process's own address space."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux: KiB elsewhere too


def read_corpus(folder: Path) -> tuple[list[Any], list[Any]]:
    from kg.loaders.sources import read_articles
    from kg.model import Article

    articles, rejected = [], []
    for item in read_articles([str(folder)]):
        (articles if isinstance(item, Article) else rejected).append(item)
    return articles, rejected


# --- (a) and (b) -------------------------------------------------------------------------------


def measure_tokenizer(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("id")
    for _ in nlp.pipe(texts[:50]):  # warm the tokenizer's caches, as the extractor's are warm too
        pass
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - start


def measure_extraction(articles: list[Any], stages: bool = True) -> dict[str, Any]:
    """(b) in this process: build one Extractor, warm it, then time extract() over every article."""
    from kg.loaders.extract import Extractor

    start = time.perf_counter()
    extractor = Extractor()
    build = time.perf_counter() - start
    for article in articles[:50]:  # same warm-up as the tokenizer gets
        extractor.extract(article)
    start = time.perf_counter()
    docs = []
    failed = 0
    for article in articles:
        try:
            docs.append(extractor.extract(article))
        except Exception:  # counted, as kg.parallel would turn it into a Rejection
            failed += 1
    serial = time.perf_counter() - start
    return {
        "docs": docs,
        "extraction_failures": failed,
        "extractor_build_seconds": build,
        "extract_seconds": serial,
        "extract_stage_ms": stage_times(extractor, articles[:500]) if stages else {},
    }


def stage_times(extractor: Any, articles: list[Any]) -> dict[str, float]:
    """Milliseconds per article in the tokenizer, each pipeline component and the conversion to a
    GraphDocument: where extraction time goes, without a profiler's overhead on call-heavy code."""
    from kg.loaders.extract import to_document

    nlp = extractor.nlp
    for article in articles[:50]:  # warm caches, as for the other figures
        extractor.extract(article)
    spent: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name, _ in nlp.pipeline}, "to_document": 0.0}
    for article in articles:
        start = time.perf_counter()
        doc = nlp.make_doc(article.text)
        spent["tokenizer"] += time.perf_counter() - start
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - start
        start = time.perf_counter()
        to_document(article, doc)
        spent["to_document"] += time.perf_counter() - start
    return {name: round(seconds / len(articles) * 1000, 3) for name, seconds in spent.items()}


# --- (c) and (d) -------------------------------------------------------------------------------


def total(stats: dict[str, dict[str, int]]) -> int:
    return sum(stats["nodes"].values()) + sum(stats["relationships"].values())


def measure_store(store: Any, docs: list[Any], corpus: Path) -> dict[str, Any]:
    """(c) write the documents; (d) load the same corpus again as `kg load` does (the reader sees
    every file is stored unchanged, nothing is extracted), then hand the store the same documents
    once more; both times nothing may be added."""
    from kg.pipeline import load

    store.ensure_schema()
    start = time.perf_counter()
    first = store.write(docs)
    write_seconds = time.perf_counter() - start
    before = store.stats()
    start = time.perf_counter()
    again = load([str(corpus)], store)
    reload_seconds = time.perf_counter() - start
    after_reload = store.stats()
    start = time.perf_counter()
    second = store.write(docs)
    rewrite_seconds = time.perf_counter() - start
    after = store.stats()
    return {
        "rows": first.rows,
        "write_seconds": write_seconds,
        "rows_per_s": first.rows / write_seconds,
        "articles_per_s": len(docs) / write_seconds,
        "loaded": len(first.loaded),
        "failed": len(first.failed),
        "nodes_created": first.nodes_created,
        "relationships_created": first.relationships_created,
        "graph_size": total(before),
        "reload_seconds": reload_seconds,
        "reload_unchanged": again.unchanged,
        "reload_added": total(after_reload) - total(before),
        "rewrite_seconds": rewrite_seconds,
        "rewrite_unchanged": len(second.unchanged),
        "rewrite_added": total(after) - total(after_reload),
        "stats_unchanged": after == before,
    }


def open_neo4j(uri: str) -> Any:
    from kg.config import load_settings
    from kg.stores import open_store

    return open_store(load_settings(neo4j_uri=uri))


def wipe_neo4j(uri: str) -> None:
    from neo4j import GraphDatabase

    from kg.config import load_settings

    settings = load_settings(neo4j_uri=uri)
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    with GraphDatabase.driver(uri, auth=auth) as driver:
        with driver.session(database=settings.neo4j_database) as session:
            session.run(WIPE_NEO4J).consume()


def neo4j_constraints(store: Any) -> int:
    return len(store.run_read("SHOW CONSTRAINTS YIELD name RETURN name"))


# --- the whole pipeline ------------------------------------------------------------------------


def measure_pipeline(folder: Path, store_path: Path, workers: int) -> dict[str, Any]:
    from kg.config import Settings
    from kg.pipeline import load
    from kg.stores import open_store

    store = open_store(Settings(store_path=str(store_path)))
    try:
        start = time.perf_counter()
        summary = load([str(folder)], store, workers=workers)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return {"seconds": seconds, "loaded": summary.loaded, "rejected": len(summary.rejected)}


# --- (e) ---------------------------------------------------------------------------------------


def current_rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def extraction_probe(folder: str, workers: int) -> None:
    """Runs in a fresh subprocess, as `kg extract --workers N` would: stream the corpus from disk
    through extract_stream, keep nothing, and report the time (from before the first kg import,
    so extractor builds and worker start-up count), memory, and a digest of every result so runs
    with different worker counts can be checked for identical output.

    Besides the peak (which the extractor's one-time build may set), it reports the resident size
    after the first article and at the end: growth between them is what a longer corpus costs."""
    start = time.perf_counter()
    from kg.loaders.sources import read_articles
    from kg.parallel import extract_stream

    digest = hashlib.sha256()
    count = 0
    after_first = 0.0
    for result in extract_stream(read_articles([folder]), workers=workers):
        digest.update(repr(result).encode("utf-8"))
        count += 1
        if count == 1:
            after_first = current_rss_mb()
    seconds = time.perf_counter() - start
    print(json.dumps({
        "items": count,
        "seconds": seconds,
        "digest": digest.hexdigest(),
        "peak_rss_mb": peak_rss_mb(),
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_after_first_mb": after_first,
        "rss_at_end_mb": current_rss_mb(),
    }))


def run_probe(folder: Path, workers: int = 1) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--probe", str(folder), "--workers", str(workers)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


STARTUP_PROBE = """
import time
start = time.perf_counter()
from kg.loaders.extract import Extractor
Extractor()
print(time.perf_counter() - start)
"""


def measure_startup() -> float:
    """Seconds from a fresh interpreter's first kg import to a built Extractor (spaCy's import included)."""
    out = subprocess.run([sys.executable, "-c", STARTUP_PROBE], check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


# --- report ------------------------------------------------------------------------------------


def met(key: str, value: Any) -> str:
    if key not in TARGETS or value is None:
        return ""
    op, threshold = TARGETS[key]
    ok = {">=": value >= threshold, "<=": value <= threshold, "==": value == threshold}[op]
    return f"{'met' if ok else 'MISSED'} (target {op} {threshold:,})"


def print_table(fig: dict[str, Any]) -> None:
    m = fig["machine"]
    print(f"\nkg benchmark, {fig['articles']:,} synthetic articles (seed {fig['seed']}), {fig['timestamp']}")
    print(f"machine: {m['cores']} cores, {m['ram_gib']} GiB, {m['cpu']}, Python {m['python']}, {m['platform']}")
    print(f"load average (1 min) at start {m['load_average_1m_at_start']}, at end {m.get('load_average_1m_at_end')}\n")
    rows = [
        ("(a) tokenizer floor, spacy.blank('id')", "tokenizer_articles_per_s", "articles/s"),
        ("(b) extraction, workers=1", "extract_articles_per_s", "articles/s"),
        ("    extraction over tokenizer", "extract_vs_tokenizer", "×"),
        ("    end to end, workers=1", "extract_w1_articles_per_s", "articles/s"),
        ("    end to end, workers=2", "extract_w2_articles_per_s", "articles/s"),
        ("    2 workers over 1", "workers_speedup", "×"),
        ("(c) embedded store write", "embedded_rows_per_s", "rows/s"),
        ("    embedded store write", "embedded_articles_per_s", "articles/s"),
        ("    Neo4j write", "neo4j_rows_per_s", "rows/s"),
        ("    Neo4j write", "neo4j_articles_per_s", "articles/s"),
        ("(d) embedded second kg load", "embedded_reload_seconds", "s"),
        ("    embedded, same documents written again", "embedded_rewrite_seconds", "s"),
        ("    Neo4j second kg load", "neo4j_reload_seconds", "s"),
        ("    Neo4j, same documents written again", "neo4j_rewrite_seconds", "s"),
        ("    added by second loads", "reload_added", "nodes+rels"),
        ("(e) extraction peak RSS at N", "memory_peak_mb_n", "MiB"),
        ("    extraction peak RSS at 10×N", "memory_peak_mb_10n", "MiB"),
        ("    10×N over N", "memory_ratio", "×"),
        ("    resident after the first article", "memory_rss_after_first_mb", "MiB"),
        ("    resident at the end, N", "memory_rss_at_end_mb_n", "MiB"),
        ("    resident at the end, 10×N", "memory_rss_at_end_mb_10n", "MiB"),
        ("kg load (pipeline, workers=2), embedded", "pipeline_articles_per_s", "articles/s"),
        ("start-up to a built Extractor, empty cache", "startup_seconds_cold_cache", "s"),
        ("start-up to a built Extractor, cache filled", "startup_seconds", "s"),
    ]
    for label, key, unit in rows:
        value = fig.get(key)
        if value is None:
            shown = "skipped"
        elif isinstance(value, float):
            shown = f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
        else:
            shown = f"{value:,}"
        print(f"{label:<42} {shown:>12} {unit:<11} {met(key, value)}")
    stages = fig.get("extract_stage_ms")
    if stages:
        whole = sum(stages.values())
        print("extraction, ms per article by stage: " + ", ".join(f"{k} {v:.2f} ({v / whole:.0%})" for k, v in stages.items()))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size N (default 2,000)")
    parser.add_argument("--json", dest="json_file", help="write the figures to this JSON file")
    parser.add_argument("--skip-neo4j", action="store_true", help="measure the embedded store only")
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687",
                        help="Neo4j to benchmark; its database is WIPED first (default $NEO4J_URI or bolt://127.0.0.1:7687)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--repeat", type=int, default=3, help="timings of (a) and (b) are the best of this many runs (default 3)")
    parser.add_argument("--skip-memory", action="store_true", help="skip (e), which extracts 11×N articles")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        extraction_probe(args.probe, args.workers)
        return 0
    n = args.articles

    def step(text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)

    if not args.skip_neo4j:  # fail in the first second, not after ten minutes of extraction
        try:
            open_neo4j(args.neo4j_uri).close()
        except Exception as exc:
            print(f"Error: cannot use Neo4j at {args.neo4j_uri}: {exc}\n"
                  "Start one with scripts/neo4j-local start, pass --neo4j-uri, or run with --skip-neo4j.", file=sys.stderr)
            return 2

    fig: dict[str, Any] = {
        "articles": n,
        "seed": args.seed,
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine_info(),
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        step(f"writing {n:,} synthetic articles to {tmp / 'corpus'}")
        corpus = write_corpus(tmp / "corpus", n, args.seed)
        articles, rejected = read_corpus(corpus)
        if rejected or len(articles) != n:
            raise SystemExit(f"the reader rejected {len(rejected)} of {n} synthetic articles, e.g. {rejected[:1]}")
        fig["corpus_words_per_article"] = round(sum(len(a.text.split()) for a in articles) / n, 1)

        # Before any kg code runs here: this process and every probe inherit the setting.
        os.environ["KG_CACHE_DIR"] = str(tmp / "cache")
        step("start-up of a fresh process, empty disk cache, then filled")
        fig["startup_seconds_cold_cache"] = measure_startup()
        fig["startup_seconds"] = min(measure_startup() for _ in range(max(1, args.repeat)))

        # The machine is shared: each timing is the best of --repeat runs (as timeit reports), with the runs
        # interleaved so a busy spell hurts every measure alike. Every run starts cold (a new tokenizer or
        # Extractor), as the first run would.
        repeats = max(1, args.repeat)
        tokenizer_runs, extraction_runs = [], []
        for r in range(repeats):
            step(f"(a) tokenizer floor, run {r + 1} of {repeats}")
            tokenizer_runs.append(measure_tokenizer([a.text for a in articles]))
            step(f"(b) extraction in this process, workers=1, run {r + 1} of {repeats}")
            extraction_runs.append(measure_extraction(articles, stages=r == 0))
        ex = min(extraction_runs, key=lambda run: run["extract_seconds"])
        fig["tokenizer_seconds"] = min(tokenizer_runs)
        fig["tokenizer_seconds_runs"] = tokenizer_runs
        fig["tokenizer_articles_per_s"] = n / fig["tokenizer_seconds"]
        docs = ex.pop("docs")
        fig.update(ex)
        fig["extract_seconds_runs"] = [run["extract_seconds"] for run in extraction_runs]
        fig["extract_stage_ms"] = extraction_runs[0]["extract_stage_ms"]
        del extraction_runs
        fig["extract_articles_per_s"] = n / ex["extract_seconds"]
        fig["extract_vs_tokenizer"] = fig["extract_articles_per_s"] / fig["tokenizer_articles_per_s"]
        fig["entities_per_article"] = round(sum(len(d.entities) for d in docs) / n, 1)
        fig["statements_per_article"] = round(sum(len(d.statements) for d in docs) / n, 1)

        # End to end in fresh processes, so neither run inherits the other's warm caches.
        w1_runs, w2_runs = [], []
        for r in range(repeats):
            step(f"(b) end to end from disk in a fresh process, workers=1, run {r + 1} of {repeats}")
            w1_runs.append(run_probe(corpus, 1))
            step(f"(b) end to end from disk in a fresh process, workers=2, run {r + 1} of {repeats}")
            w2_runs.append(run_probe(corpus, 2))
        if any(run["digest"] != w1_runs[0]["digest"] or run["items"] != w1_runs[0]["items"] for run in w1_runs + w2_runs):
            raise SystemExit("workers=2 gave a different extraction from workers=1; fix kg.parallel before benchmarking")
        w1 = min(w1_runs, key=lambda run: run["seconds"])
        w2 = min(w2_runs, key=lambda run: run["seconds"])
        fig["extract_w1_end_to_end_seconds_runs"] = [run["seconds"] for run in w1_runs]
        fig["extract_w2_end_to_end_seconds_runs"] = [run["seconds"] for run in w2_runs]
        fig["extract_w1_end_to_end_seconds"] = w1["seconds"]
        fig["extract_w2_end_to_end_seconds"] = w2["seconds"]
        fig["extract_w1_articles_per_s"] = n / w1["seconds"]
        fig["extract_w2_articles_per_s"] = n / w2["seconds"]
        fig["workers_speedup"] = w1["seconds"] / w2["seconds"]

        step("(c, d) embedded store: load, then load again")
        from kg.config import Settings
        from kg.stores import open_store

        store = open_store(Settings(store_path=str(tmp / "store")))
        try:
            emb = measure_store(store, docs, corpus)
        finally:
            store.close()
        fig.update({f"embedded_{k}": v for k, v in emb.items()})
        reload_added = emb["reload_added"] + emb["rewrite_added"]

        if not args.skip_neo4j:
            step(f"(c, d) Neo4j at {args.neo4j_uri}: wipe, load, then load again")
            wipe_neo4j(args.neo4j_uri)
            store = open_neo4j(args.neo4j_uri)
            try:
                neo = measure_store(store, docs, corpus)
                neo["constraints"] = neo4j_constraints(store)
            finally:
                store.close()
            fig.update({f"neo4j_{k}": v for k, v in neo.items()})
            reload_added += neo["reload_added"] + neo["rewrite_added"]
        fig["reload_added"] = reload_added
        del docs

        step("kg load pipeline (workers=2) into a fresh embedded store")
        pipe = measure_pipeline(corpus, tmp / "store-pipeline", workers=2)
        fig["pipeline_seconds"] = pipe["seconds"]
        fig["pipeline_articles_per_s"] = n / pipe["seconds"]

        if not args.skip_memory:
            step(f"(e) writing {10 * n:,} articles, then extracting them in a fresh process, workers=1")
            big_corpus = write_corpus(tmp / "corpus10", 10 * n, args.seed)
            big = run_probe(big_corpus, 1)
            fig["memory_peak_mb_n"] = w1["peak_rss_mb"]  # the workers=1 run over N above
            fig["memory_peak_mb_10n"] = big["peak_rss_mb"]
            fig["memory_ratio"] = big["peak_rss_mb"] / w1["peak_rss_mb"]
            fig["memory_rss_after_first_mb"] = big["rss_after_first_mb"]
            fig["memory_rss_at_end_mb_n"] = w1["rss_at_end_mb"]
            fig["memory_rss_at_end_mb_10n"] = big["rss_at_end_mb"]
            fig["memory_10n_articles_per_s"] = big["items"] / big["seconds"]

    fig["machine"]["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
    fig["targets"] = {k: met(k, fig.get(k)) or "skipped" for k in TARGETS}
    print_table(fig)
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(fig, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"figures written to {args.json_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
