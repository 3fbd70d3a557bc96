"""Stress the refusal check: cut each page of a folder of minutes texts to its first N
characters, or drop its heading lines, or both, and list the pages refused that way though
read whole (those that still hold a roll and a decision first to look at).

    python benchmarks/refusal_stress.py DOCS_DIR [--chars 600] [--gold GOLD_DIR] [-v]

``--gold``: read only the pages with an annotation of the same name there (a folder of docs
that also holds held-out pages is read without opening those).

Figures, not assertions: a page that still shows a roll and what was decided should not be
refused; one cut to its heading and an agenda's lines may rightly be.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kg import patterns
from kg.extract import NotMinutesError, extract

ROLL = re.compile(r"(?im)^\W*(?:present|members present|in attendance|apologies|attendance)\b"
                  r"|\bwere present\b|apologies (?:for absence )?(?:were )?(?:received|given)")
DECISION = re.compile(r"(?i)\b(?:resolved|agreed|it was noted|decided|approved|confirmed)\b")
# Where a page's heading lines stop: its roll, or its first numbered item.
HEADING_END = re.compile(r"(?i)^\W*(?:present|members present|in attendance|apologies|"
                         r"attendance|\(?\d{1,3}[.)]\s)")


def dehead(text: str, most: int = 6) -> str:
    """The page without its first (up to ``most``) short lines above its roll or first item."""
    rows = text.splitlines(keepends=True)
    dropped = at = 0
    while at < len(rows) and dropped < most:
        row = rows[at].strip()
        if row and (HEADING_END.match(row) or len(row.split()) > 14):
            break
        dropped += bool(row)
        at += 1
    return "".join(rows[at:])


def refused(text: str, p: patterns.Patterns) -> bool:
    try:
        extract(text, p)
    except NotMinutesError:
        return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path)
    parser.add_argument("--chars", type=int, default=600)
    parser.add_argument("--gold", type=Path, help="only pages with a gold file named alike here")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    p = patterns.load()
    keep = {g.stem for g in args.gold.glob("*.json")} if args.gold else None
    pages = {d.stem: d.read_text(errors="replace") for d in sorted(args.docs.glob("*.txt"))
             if keep is None or d.stem in keep}
    whole = {name for name, text in pages.items() if not refused(text, p)}
    cuts = {f"first {args.chars} characters": lambda t: t[:args.chars],
            "heading lines dropped": dehead,
            "both": lambda t: dehead(t)[:args.chars]}
    for label, cut in cuts.items():
        lost = []
        for name in sorted(whole):
            text = cut(pages[name])
            if refused(text, p):
                signs = ("roll" if ROLL.search(text) else "-") + "/" + (
                    "decision" if DECISION.search(text) else "-")
                lost.append((name, signs))
        both = sum(1 for _, s in lost if s == "roll/decision")
        print(f"{label}: {len(lost)} of {len(whole)} refused, {both} with a roll and a decision")
        if args.verbose:
            for name, signs in lost:
                print(f"    {name}  {signs}")


if __name__ == "__main__":
    main()
