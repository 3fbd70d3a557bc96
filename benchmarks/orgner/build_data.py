"""Build spaCy NER training data (``.spacy`` DocBin files) from gold annotations.

An experiment, not part of the product: does a small statistical NER, trained on CPU from our
own gold, find organisations and programmes on pages from councils it never saw? For each gold
page the occurrences of its gold organisations' and programmes' names and aliases in the page
text become ORG and PROGRAMME spans (and its people and posts PERSON and POST spans, as
contrast; ``--kinds`` chooses); the text is the one the extractor reads (``kg.reader.read``), so
spans from the model line up with what ``kg evaluate`` scores.

    python benchmarks/orgner/build_data.py tests/independent/gold OUT_DIR \
        --sources tests/independent/SOURCES.md --exclude-sets 14,15,16,53,54,55,56

writes ``OUT_DIR/train.spacy`` and ``OUT_DIR/dev.spacy`` (a seeded tenth of the pages, for
spaCy's choice of its best checkpoint; the excluded pages are never in either). Pages are
left out by their ``set`` in SOURCES.md (held-out sets and evaluation folds), or, as in
round 24, by the file names of another gold folder (``--exclude``).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from kg.evaluate import load_gold, page_sets, source_text

KIND_KEYS = {"ORG": "organisations", "PROGRAMME": "programmes", "PERSON": "people",
             "POST": "posts"}
# Where two spans of the same length overlap, the earlier kind here wins.
PRIORITY = ("ORG", "PROGRAMME", "POST", "PERSON")


def name_pattern(name: str, flags: int) -> re.Pattern[str] | None:
    """A gold name as a pattern: any run of whitespace between its words, "&" or "and"."""
    words = name.split()
    if not words:
        return None
    parts = []
    for w in words:
        parts.append(r"(?:&|and)" if w.casefold() in ("&", "and") else re.escape(w))
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", flags)


def occurrences(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where a gold thing's names occur: case as written; only if none does, any case."""
    for flags in (0, re.IGNORECASE):
        found = []
        for name in names:
            pat = name_pattern(name, flags)
            if pat is not None:
                found += [(m.start(), m.end()) for m in pat.finditer(text)]
        if found:
            return found
    return []


def spans_for(gold: dict, text: str, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The gold's names as labelled character spans that overlap nothing: NER spans may not
    overlap, and the longest reading of a stretch ("Westshire County Council", not its
    "Westshire") is the gold's."""
    candidates = []
    for label in kinds:
        for entry in gold.get(KIND_KEYS[label], []):
            names = [entry["name"], *entry.get("aliases", [])]
            for start, end in occurrences(text, names):
                candidates.append((start, end, label))
    # Longest first, then by kind priority; keep those that overlap nothing kept.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), PRIORITY.index(c[2]), c[0]))
    taken: list[tuple[int, int, str]] = []
    for c in candidates:
        if all(c[1] <= t[0] or t[1] <= c[0] for t in taken):
            taken.append(c)
    return sorted(taken)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="a gold folder whose pages (by file name) are left out")
    ap.add_argument("--sources", type=Path,
                    help="SOURCES.md, whose set column --exclude-sets reads")
    ap.add_argument("--exclude-sets", default="",
                    help="comma-separated sets whose pages are left out (needs --sources)")
    ap.add_argument("--kinds", default="ORG,PROGRAMME,PERSON,POST")
    ap.add_argument("--dev-share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    kinds = tuple(args.kinds.split(","))
    left_out = {p.name for folder in args.exclude for p in folder.glob("*.json")}
    drop_sets = {x for x in args.exclude_sets.split(",") if x}
    if drop_sets:
        if args.sources is None:
            ap.error("--exclude-sets needs --sources")
        sets = page_sets(args.sources)
        unknown = [p.stem for p in args.gold.glob("*.json") if p.stem not in sets]
        if unknown:
            ap.error(f"pages with no set in {args.sources}: {unknown[:5]}")
        left_out |= {f"{page}.json" for page, s in sets.items() if s in drop_sets}
    nlp = spacy.blank("en")
    pages = [(p, d) for p, d in load_gold(args.gold) if p.name not in left_out]
    left_out &= {p.name for p in args.gold.glob("*.json")}
    random.Random(args.seed).shuffle(pages)
    n_dev = max(1, round(len(pages) * args.dev_share))
    stats = {"pages": 0, "spans": 0, "unaligned": 0, **{k: 0 for k in kinds}}
    bins = {"dev": DocBin(), "train": DocBin()}
    for i, (path, data) in enumerate(pages):
        text = source_text(path, data)
        doc = nlp.make_doc(text)
        ents = []
        for start, end, label in spans_for(data, text, kinds):
            span = (doc.char_span(start, end, label=label, alignment_mode="contract")
                    or doc.char_span(start, end, label=label, alignment_mode="expand"))
            if span is None or any(span.start < e.end and e.start < span.end for e in ents):
                stats["unaligned"] += 1
                continue
            ents.append(span)
            stats[label] += 1
        doc.ents = ents
        stats["pages"] += 1
        stats["spans"] += len(ents)
        bins["dev" if i < n_dev else "train"].add(doc)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, db in bins.items():
        db.to_disk(args.out / f"{name}.spacy")
    print(f"left out {len(left_out)} pages; {n_dev} dev pages;", stats)


if __name__ == "__main__":
    main()
