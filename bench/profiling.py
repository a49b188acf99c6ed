"""Where the time goes: cProfile over extraction and over loading, on the benchmark's corpus.

    python bench/profiling.py stages [--articles N]    (wall time per pipeline stage, no profiler overhead)
    python bench/profiling.py extract [--articles N] [--top K] [--out FILE.prof]
    python bench/profiling.py load [--articles N] [--neo4j-uri URI]   (embedded store unless a URI is given)

Prints the top functions by own time and by cumulative time. Open a saved FILE.prof with
`python -m pstats FILE.prof` or snakeviz. Profile before optimising: the table says which stage,
and which function in it, is worth a change.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_SEED, write_corpus  # noqa: E402
from run import read_corpus, stage_times, wipe_neo4j  # noqa: E402


def report(profiler: cProfile.Profile, top: int, out: str | None) -> None:
    if out:
        profiler.dump_stats(out)
    for order in ("tottime", "cumulative"):
        buffer = io.StringIO()
        stats = pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        print(f"--- top {top} by {order} ---")
        print(buffer.getvalue().split("\n", 6)[-1] if order == "tottime" else buffer.getvalue())


def print_stage_times(extractor: object, articles: list) -> None:
    spent = stage_times(extractor, articles)
    whole = sum(spent.values())
    print(f"{len(articles)} articles, {whole:.2f} ms each ({1000 / whole:.0f} articles/s)")
    for name, ms in spent.items():
        print(f"  {name:<16} {ms:7.2f} ms  {ms / whole:6.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=["stages", "extract", "load"])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", help="save the raw profile here")
    parser.add_argument("--neo4j-uri", help="profile loading into this Neo4j (WIPED first) instead of the embedded store")
    args = parser.parse_args()

    from kg.loaders.extract import Extractor

    with tempfile.TemporaryDirectory(prefix="kg-profile-") as tmp_name:
        tmp = Path(tmp_name)
        articles, _ = read_corpus(write_corpus(tmp / "corpus", args.articles, DEFAULT_SEED))
        start = time.perf_counter()
        extractor = Extractor()
        print(f"Extractor() built in {time.perf_counter() - start:.2f}s")
        if args.stage == "stages":
            print_stage_times(extractor, articles)
            return 0
        profiler = cProfile.Profile()
        if args.stage == "extract":
            start = time.perf_counter()
            profiler.enable()
            for article in articles:
                extractor.extract(article)
            profiler.disable()
            print(f"extracted {len(articles)} articles in {time.perf_counter() - start:.2f}s (under the profiler)")
        else:
            from kg.config import Settings, load_settings
            from kg.stores import open_store

            docs = [extractor.extract(a) for a in articles]
            if args.neo4j_uri:
                wipe_neo4j(args.neo4j_uri)
                store = open_store(load_settings(neo4j_uri=args.neo4j_uri))
            else:
                store = open_store(Settings(store_path=str(tmp / "store")))
            try:
                store.ensure_schema()
                start = time.perf_counter()
                profiler.enable()
                result = store.write(docs)
                profiler.disable()
                print(f"wrote {len(docs)} articles, {result.rows} rows in {time.perf_counter() - start:.2f}s (under the profiler)")
            finally:
                store.close()
        report(profiler, args.top, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
