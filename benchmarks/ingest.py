"""Print how fast committee-kg reads minutes: extraction, the language pipeline, mapping,
ingest and a query.

    python benchmarks/ingest.py [--copies N]

Figures, not assertions: run it before and after a change and compare.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from kg.committees import CommitteeAliases
from kg.derive import derive
from kg.extract import extract
from kg.followups import followups
from kg.ingest import ingest
from kg.mapping import Source, to_graph
from kg.nlp import pipeline
from kg.prose import read_prose
from kg.queries import find
from kg.store import GraphStore
from kg.trace import trace

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
if not CORPUS.is_dir():
    CORPUS = ROOT.parent / "shared" / "corpus"


def timed(fn, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20,
                        help="copies of the corpus to ingest (default 20)")
    args = parser.parse_args()
    files = sorted(CORPUS.glob("*/*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    size_mb = sum(len(t.encode()) for t in texts) / 1e6
    aliases = CommitteeAliases.load()

    t = timed(lambda: [extract(x) for x in texts], repeat=20)
    print(f"extract: {len(texts) / t:8.1f} documents/s  {size_mb / t:6.2f} MB/s")

    def prose() -> None:
        read_prose([(x, extract(x)) for x in texts], nlp)

    nlp = pipeline()
    prose()  # warm up
    t = timed(prose, repeat=5)
    print(f"extract + prose (spaCy): {len(texts) / t:8.1f} documents/s  {size_mb / t:6.2f} MB/s")

    records = [extract(x) for x in texts]
    read_prose(list(zip(texts, records, strict=True)), nlp)
    src = Source("file:///bench.txt", "bench.txt", "0" * 64, "text/plain",
                 __import__("datetime").datetime.now(__import__("datetime").UTC))
    t = timed(lambda: [to_graph(r, src, aliases) for r in records], repeat=20)
    triples = sum(len(to_graph(r, src, aliases)) for r in records)
    print(f"map:     {len(texts) / t:8.1f} documents/s  {triples / t:8.0f} triples/s")

    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "in"
        for k in range(args.copies):
            for f in files:
                dest = tree / f"copy{k}" / f.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(f, dest)
        store = GraphStore(Path(tmp) / "store")
        n = len(files) * args.copies
        t = timed(lambda: ingest(store, [str(tree)], aliases))
        print(f"ingest:  {n / t:8.1f} documents/s  ({n} documents, {len(store)} quads, {t:.2f} s)")
        t = timed(lambda: ingest(store, [str(tree)], aliases))
        print(f"re-ingest (replace every graph): {n / t:8.1f} documents/s")
        t = timed(lambda: derive(store, aliases))
        print(f"derive across documents (resolution, union, follow-ups): {t:.2f} s")
        one = tree / "copy0" / files[0].name
        t = timed(lambda: ingest(store, [str(one)], aliases))
        print(f"ingest one document into the full store: {t:.2f} s")
        q = find("meetings")
        t = timed(lambda: list(store.query(q.text)), repeat=20)
        print(f"query meetings: {t * 1000:8.1f} ms")
        t = timed(lambda: trace(store, "children and families transformation"), repeat=5)
        print(f"kg trace 'children and families transformation': {t * 1000:8.1f} ms")
        t = timed(lambda: followups(store, status="all"), repeat=5)
        print(f"kg followups --status all: {t * 1000:8.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
