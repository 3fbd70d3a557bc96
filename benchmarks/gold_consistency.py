"""How consistent the gold is: names and follow-up shapes that some development pages' gold
lists and others leave out, and how much of the extractor's error falls on them.

Why: thirteen rounds of rules written from development pages carried almost nothing to fresh
pages, and readers were seen to split on conventions (work programmes, pension funds, parties,
aldermen, "recommend to Council", note-style requests). Where gold lists a name on one page and
leaves it out on another where the text has it too, no rule can be right on both; the
extractor's errors on such names are the most a settled convention could win back. This
measures that, on development pages only (every set but the held-out 14-16, whose pages are
never read).

Names (organisations, programmes, posts). Every normalised gold name or alias
(``kg.evaluate.normalise``) of a kind is a label. A label is looked for in each page's text as
``kg evaluate`` reads it, word by word on the normalised words (so case, punctuation, "&"/"and"
and "'s" do not matter). On a page where it occurs the label is

- *listed* when the page's gold has it, as a name or alias, for that kind;
- *other kind* when the page's gold has it under another kind only;
- *covered* when every occurrence lies inside a longer gold name of the page (the "Local Plan"
  of a listed "Local Plan Review"): not counted, since a reader did annotate that text;
- *unlisted* otherwise.

A label is *split* when it is listed on at least one page and unlisted on at least one other,
and *contested* when each side has at least two pages and at least ``--share`` (20%) of them:
one reader's slip (a body's alias "Council" listed once, left out on 1,100 pages) splits a
label; a convention readers differ on contests it. From the extractor's errors (a saved ``kg
evaluate --errors --format json`` of the same pages, or a fresh run), a miss is *convention*
when its label (the gold entry's name) is unlisted on some other page, an extra when its label is
listed on some other page: that share of the errors, and the F1 each kind would have if every
convention error went the extractor's way (misses dropped from the gold, extras added to it),
are a ceiling on what convention rather than reading costs. It is a ceiling, not an estimate:
settling a convention one way turns some of today's hits into errors on the pages that read it
the other way, and a label found unlisted may be a plain word there ("the review" in passing),
not a name a reader skipped.

Follow-ups. Sentences (split at line ends and after ". ", "! ", "? ") are sorted into a few
shapes by how they begin and what they say ("RESOLVED ... recommend(ed) to Council", "It was
noted that ... request", "Clerk to ...", "deferred"...); a sentence is *listed* when a gold
follow-up's quote overlaps it. Per shape: sentences, pages, share listed, pages that list one
and pages that leave one out, and the extractor's misses and extras in that shape. A shape is a
rough class: it says how often readers list such a sentence, not whether a given one asks for
anything, so a shape listed half the time may be readers splitting or sentences differing.

Run: ``python benchmarks/gold_consistency.py [GOLD_DIR] [--errors FILE]`` (without ``--errors``
the extractor is run on the pages, 10-25 minutes on all development pages; the gold and text
alone take about two minutes). With ``--errors-of DIR`` the errors file is of a part of the
pages (the newest sets, say): labels are still judged across all of GOLD_DIR, so this asks how
much of the newest pages' error falls on names the older pages' gold disagrees on.

Reading the figures (there is no benchmarks/README.md, so this is the place):

- "N split (x%)" of the labels met on two or more pages says how often readers disagree at
  all; most of it is generic words listed once ("council", "review", an alias "PM" against
  every "7 pm"), so read the *contested* count and table for conventions.
- "errors on split labels" is the ceiling: the share of the extractor's misses and
  extras that some other page's gold would have scored the other way, and the F1 if every one
  of them were scored the extractor's way. "errors on contested labels" is the same where the
  disagreement is more than a slip: the nearer figure for what settling conventions in the
  reading guide could move. Both are upper bounds (see above).
- The per-label columns "ext.miss"/"ext.extra" count the extractor's errors on that label: a
  contested label with many misses is a convention to settle as "list" only if the extractor
  then finds it; with many extras, as "list" to score them as hits. "settling one split label"
  gives the F1 change of settling a label either way with the extractor as it is (no rule
  changed): small when it errs on the label both ways.
- A label can be rightly listed on one page and not another: "County Council" is an outside
  body in a parish's minutes and the host in its own. Such labels are contested by the guide's
  own rule, not by readers; read the contested table with that in mind. A convention gold keeps
  the same way on every page (a party, say, never listed) shows nowhere here, however the
  newest pages' readers take it.
- "lead: ..." rows group sentences by their first two words, the data's own shapes beside the
  hand-written ones; the follow-up ceiling line counts each error once, however many shapes
  its sentence has.
- Follow-ups: "listed" is the share of a shape's sentences some gold quote overlaps; a shape
  listed 25-75% of the time on many pages ("p.both": pages listing one and leaving another)
  is where readers (or sentences) differ; "missed"/"extra" are the extractor's errors whose
  quote overlaps a sentence of that shape.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluate import NAME_KINDS, find_quote, load_gold, normalise, page_sets, source_text

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tests" / "independent" / "SOURCES.md"
#: The held-out sets: their pages are never read here.
HELD_OUT = frozenset({"14", "15", "16"})
SPLIT_KINDS = ("organisations", "programmes", "posts")
#: Longest label, in words, looked for in a text.
MAX_WORDS = 24

_TOKEN = re.compile(r"&|\w+")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The text's words as ``normalise`` leaves them (casefolded, "&" as "and", the "s" of
    "'s" dropped), each with its character span, so that a normalised label is found in the
    text by comparing words."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word == "&":
            out.append(("and", m.start(), m.end()))
            continue
        if word.casefold() == "s" and m.start() > 0 and text[m.start() - 1] in "'’":
            continue
        out.append((word.casefold(), m.start(), m.end()))
    return out


def occurrences(words: list[str], labels: set[tuple[str, ...]], longest: int = MAX_WORDS
                ) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Where each label (a tuple of normalised words) occurs in ``words``, as word spans
    ``[start, end)``; word-bounded by construction. A run of words stops growing once it
    begins no label, so a page costs about one look per word."""
    prefixes = {label[:k] for label in labels for k in range(1, len(label) + 1)}
    found: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    n = len(words)
    for i in range(n):
        for k in range(1, min(longest, n - i) + 1):
            key = tuple(words[i:i + k])
            if key not in prefixes:
                break
            if key in labels:
                found[key].append((i, i + k))
    return found


def labels_of(entries: Iterable[dict], kind: str) -> set[str]:
    """The normalised names and aliases of a kind's gold entries."""
    out = set()
    for e in entries:
        for name in (e.get("name", ""), *e.get("aliases", [])):
            n = normalise(name, kind)
            if n:
                out.add(n)
    return out


@dataclass
class Page:
    """One page: its gold, its text's normalised words, and each gold label's kinds."""

    stem: str
    gold: dict
    text: str
    words: list[str]
    listed: dict[str, set[str]]  # kind -> normalised labels the gold lists

    @classmethod
    def of(cls, stem: str, gold: dict, text: str) -> Page:
        return cls(stem, gold, text, [w for w, _, _ in tokens(text)],
                   {kind: labels_of(gold.get(kind, []), kind) for kind in NAME_KINDS})


@dataclass
class LabelStats:
    listed: set[str] = field(default_factory=set)
    unlisted: set[str] = field(default_factory=set)
    other_kind: set[str] = field(default_factory=set)

    @property
    def pages(self) -> int:
        return len(self.listed | self.unlisted | self.other_kind)

    @property
    def split(self) -> bool:
        return bool(self.listed) and bool(self.unlisted)

    def contested(self, share: float, without: str = "") -> bool:
        """Split by more than one reader's slip: each side has at least two pages and at
        least ``share`` of the pages that list or leave the label (``without`` a page, the
        one whose error is being judged)."""
        return contested(len(self.listed - {without}), len(self.unlisted - {without}), share)


def contested(listed: int, unlisted: int, share: float) -> bool:
    """Whether pages disagree on a label as a convention would, not as one slip does: a
    label left out on 1,100 pages and listed (say, as some body's alias) on one is split,
    but says nothing about how readers read it."""
    low = min(listed, unlisted)
    return low >= 2 and low >= share * (listed + unlisted)


def label_stats(pages: list[Page], kind: str) -> dict[str, LabelStats]:
    """For each label gold lists somewhere under ``kind``: the pages whose text has it, as
    listed, unlisted or listed under another kind (a use inside a longer gold name of the page
    is not counted)."""
    universe = set().union(*(p.listed[kind] for p in pages)) if pages else set()
    wanted = {tuple(label.split()) for label in universe}
    stats: dict[str, LabelStats] = {}
    for p in pages:
        every = set().union(*p.listed.values())
        page_labels = {tuple(label.split()) for label in every}
        found = occurrences(p.words, wanted | page_labels)
        gold_spans = [span for key in page_labels for span in found.get(key, [])]
        for key in wanted:
            spans = found.get(key)
            if not spans:
                continue
            label = " ".join(key)
            s = stats.setdefault(label, LabelStats())
            if label in p.listed[kind]:
                s.listed.add(p.stem)
            elif label in every:
                s.other_kind.add(p.stem)
            elif any(not _inside(span, gold_spans) for span in spans):
                s.unlisted.add(p.stem)
    return stats


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside a longer one of ``others``."""
    a, b = span
    return any(c <= a and b <= d and (c, d) != (a, b) for c, d in others)


# -- the extractor's errors ------------------------------------------------------------------


def split_errors(kind: str, pages: dict[str, Page], stats: dict[str, LabelStats],
                 missed: list[str], extra: list[str], share: float | None = None
                 ) -> tuple[list[str], list[str]]:
    """The misses and extras (``"stem: label"``, as ``kg evaluate --errors`` gives them) that
    convention may explain: a miss whose label (the gold entry's name, as shown) some other
    page leaves unlisted, an extra whose label some other page lists. Not the entry's
    aliases: "Westshire Police" missed is no convention because "police" in passing goes
    unlisted elsewhere. With ``share``, only where the
    other pages contest the label (``LabelStats.contested``), not where one page's slip
    differs."""

    def disagrees(label: str, stem: str, others: str) -> bool:
        s = stats.get(label)
        if s is None or not getattr(s, others) - {stem}:
            return False
        return share is None or s.contested(share, without=stem)

    conv_missed, conv_extra = [], []
    for row in missed:
        stem, _, name = row.partition(": ")
        if disagrees(normalise(name, kind), stem, "unlisted"):
            conv_missed.append(row)
    for row in extra:
        stem, _, name = row.partition(": ")
        if disagrees(normalise(name, kind), stem, "listed"):
            conv_extra.append(row)
    return conv_missed, conv_extra


def settle(s: LabelStats, missed: set[str], extra: set[str]) -> dict[str, tuple[int, int, int]]:
    """What settling a label's convention each way would change, (tp, fp, fn), with the
    extractor as it is: the pages where it is missed (``missed``) and found though unlisted
    (``extra``). "list": an unlisted page it was found on becomes a hit, one it was not found
    on a miss. "leave out": a listed page's miss goes, its hit becomes an extra. A page where
    the label is a plain word, not a name, is counted as if a settled guide would list it
    there too, which overstates what "list" costs."""
    found_unlisted = len(s.unlisted & extra)
    missed_listed = len(s.listed & missed)
    return {"list": (found_unlisted, -found_unlisted, len(s.unlisted) - found_unlisted),
            "leave out": (missed_listed - len(s.listed), len(s.listed) - missed_listed,
                          -missed_listed)}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


# -- follow-up shapes ------------------------------------------------------------------------

#: Shapes of sentence: (name, how it begins or None, what it says: patterns each of which it
#: must contain, in any order). Each pattern is linear (no nested quantifiers, no ".*" between
#: two words) and run on one sentence at a time.
_RESOLVED = r"(?:it\s+was\s+)?resolved\b"
TO_COUNCIL = (r"\brecommend", r"\bto\s+(?:the\s+)?(?:full\s+)?council\b|\bcouncil\s+be\s+"
              r"recommended\b")
SHAPES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("RESOLVED ... recommend(ed) to Council", _RESOLVED, TO_COUNCIL),
    ("recommend(ed) to Council, not RESOLVED", None, TO_COUNCIL),
    ("It was noted that ... request", r"it\s+was\s+noted\b", (r"\brequest",)),
    ("noted/reported, no request", r"(?:it\s+was\s+)?(?:noted|reported)\b", ()),
    ("RESOLVED ... report/come back", _RESOLVED,
     (r"\b(?:report\w*|brought|come|return\w*)\s+(?:back|to\s+(?:a|the)\s+"
      r"(?:future|next|\w+\s+meeting))",)),
    ("RESOLVED ... deferred", _RESOLVED, (r"\b(?:defer|deferred)\b",)),
    ("deferred, not RESOLVED", None, (r"\b(?:defer|deferred)\b",)),
    ("Clerk/officer to <verb> (note style)",
     r"(?:the\s+)?(?:clerk|officers?|chair(?:man)?|cllrs?\.?\s+\w+|councillor\s+\w+)\s+to\s+"
     r"(?!be\b|the\b|note\b)[a-z]+", ()),
    ("ACTION:", r"actions?\s*[:\-–]", ()),
    ("... was/were asked/requested to", None,
     (r"\b(?:was|were|be)\s+(?:asked|requested|instructed|tasked)\s+to\b",)),
    ("agreed/undertook to provide/circulate/report", None,
     (r"\b(?:agreed|undertook|promised|offered|would)\s+to\s+(?:provide|circulate|send|"
      r"report|bring|arrange|investigate|look|write|contact|share|update|clarify|follow)\b",)),
    ("be circulated / circulate", None, (r"\b(?:be\s+circulated|circulate)\b",)),
    ("next/future meeting", None, (r"\b(?:next|future|forthcoming)\s+meeting\b",)),
    ("RESOLVED, other", _RESOLVED, ()),
)
_COMPILED = [(name, re.compile(start, re.I) if start else None,
              [re.compile(p, re.I) for p in says]) for name, start, says in SHAPES]
_SENTENCE_END = re.compile(r"\n|(?<=[^\W\d][.!?])\s+|(?<=[)\]][.!?])\s+")
_LEAD = re.compile(r"[\s\d().:\-–•*]*")
_HEAD_ONLY = re.compile(r"(?:it\s+was\s+)?(?:resolved|agreed|recommended|actions?)\W*", re.I)
#: A sentence longer than this is cut: the shapes look at how it begins.
LONGEST_SENTENCE = 1500


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's sentences: split at line ends and after ". ", "! " and
    "? " that follow a letter or a bracket (not an item's number); empty ones dropped, and a
    bare "RESOLVED:" (or "AGREED", "ACTION") joined to the sentence after it, whose shape it
    gives."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # "RESOLVED:" on a line of its own heads the sentence after it.
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and _HEAD_ONLY.fullmatch(text[out[-1][0]:out[-1][1]].strip()):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def shapes_of(sentence: str) -> list[str]:
    """The shapes a sentence has (its leading numbering and punctuation skipped). "RESOLVED,
    other" and the "not RESOLVED" shapes are what is left when no more particular one fits."""
    s = sentence[:LONGEST_SENTENCE]
    s = s[_LEAD.match(s).end():]
    out = []
    for name, start, says in _COMPILED:
        if start is not None and not start.match(s):
            continue
        if not all(p.search(s) for p in says):
            continue
        out.append(name)
    resolved = {n for n in out if n.startswith("RESOLVED") and n != "RESOLVED, other"}
    if resolved:
        out = [n for n in out if n != "RESOLVED, other"]
    if "RESOLVED ... recommend(ed) to Council" in out:
        out.remove("recommend(ed) to Council, not RESOLVED")
    if "RESOLVED ... deferred" in out:
        out.remove("deferred, not RESOLVED")
    if "It was noted that ... request" in out:
        out.remove("noted/reported, no request")
    return out


def lead(sentence: str, n: int = 2) -> str:
    """A sentence's first ``n`` words, normalised (its numbering skipped): the data's own
    shapes, beside the hand-written ones ("resolved that", "clerk to", "it was")."""
    words = [w for w, _, _ in tokens(sentence[:200]) if not w.isdigit()]
    return " ".join(words[:n])


@dataclass
class ShapeStats:
    sentences: int = 0
    listed: int = 0
    pages: set[str] = field(default_factory=set)
    pages_listing: set[str] = field(default_factory=set)
    pages_leaving: set[str] = field(default_factory=set)
    missed: int = 0
    extra: int = 0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def shape_stats(pages: list[Page]) -> tuple[dict[str, ShapeStats], dict[str, list]]:
    """Each shape's sentences on the pages and how many a gold follow-up overlaps, the
    hand-written shapes first and then each sentence's first two words (``"lead: …"``); with
    each page's sentences and their shapes, to place the extractor's errors."""
    stats = {name: ShapeStats() for name, _, _ in SHAPES}
    leads: dict[str, ShapeStats] = defaultdict(ShapeStats)
    by_page: dict[str, list] = {}
    for p in pages:
        gold_spans = [s for f in p.gold.get("followups", [])
                      if (s := find_quote(p.text, f["text"]))]
        rows = []
        for span in sentences(p.text):
            sentence = p.text[span[0]:span[1]]
            names = shapes_of(sentence)
            listed = any(_overlaps(span, g) for g in gold_spans)
            first = "lead: " + lead(sentence)
            rows.append((span, [*names, first]))
            for s in [*(stats[name] for name in names), leads[first]]:
                s.sentences += 1
                s.listed += listed
                s.pages.add(p.stem)
                (s.pages_listing if listed else s.pages_leaving).add(p.stem)
        by_page[p.stem] = rows
    return stats | dict(leads), by_page


def place_followup_errors(stats: dict[str, ShapeStats], pages: dict[str, Page],
                          by_page: dict[str, list], missed: list[str], extra: list[str]
                          ) -> tuple[Counter, list[tuple[str, set[str]]]]:
    """Count each follow-up miss and extra under the shapes of the sentences its quote
    overlaps; returns how many fell in no hand-written shape (``"missed"``/``"extra"``), and
    each placed error as ``(side, its shapes)``."""
    none: Counter = Counter()
    placed: list[tuple[str, set[str]]] = []
    for rows, attr in ((missed, "missed"), (extra, "extra")):
        for row in rows:
            stem, _, quote = row.partition(": ")
            page = pages.get(stem)
            span = find_quote(page.text, quote) if page else None
            if span is None:
                none[attr] += 1
                continue
            names = {n for s, ns in by_page[stem] if _overlaps(s, span) for n in ns}
            for n in names:
                setattr(stats[n], attr, getattr(stats[n], attr) + 1)
            placed.append((attr, names))
            if not any(not n.startswith("lead: ") for n in names):
                none[attr] += 1
    return none, placed


# -- running ---------------------------------------------------------------------------------


def load_pages(gold_dir: Path, held_out: frozenset[str] = HELD_OUT,
               sources: Path = SOURCES) -> list[Page]:
    """The development pages of ``gold_dir``: a page of a held-out set (by ``sources``' set
    column) is skipped before its gold or text is read."""
    sets = page_sets(sources)
    pages = []
    for path in sorted(gold_dir.glob("*.json")):
        if sets.get(path.stem) in held_out:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        pages.append(Page.of(path.stem, data, source_text(path, data)))
    return pages


def run_extractor(gold_dir: Path, stems: set[str]) -> dict:
    """The extractor's errors on the pages, as ``kg evaluate --errors --format json`` gives
    them."""
    from kg.evaluate import evaluate

    files = [(p, d) for p, d in load_gold(gold_dir) if p.stem in stems]
    report = evaluate(gold_dir, files)
    return {k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "missed": s.misses, "extra": s.extras}
            for k, s in report.kinds.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="How to read the figures: the module docstring.")
    ap.add_argument("gold_dir", nargs="?", type=Path, default=Path("/work/eval/dev/gold"),
                    help="gold files (held-out sets 14-16 are skipped unread)")
    ap.add_argument("--errors", type=Path, metavar="FILE",
                    help="saved `kg evaluate GOLD_DIR --errors --format json` of the same pages "
                         "(else the extractor is run, 10-25 minutes on all development pages)")
    ap.add_argument("--errors-of", type=Path, metavar="DIR",
                    help="the gold folder the --errors file is of, when it is a part of "
                         "GOLD_DIR (e.g. the newest sets): labels are judged against all of "
                         "GOLD_DIR, errors and settling on DIR's pages only")
    ap.add_argument("--top", type=int, default=20, help="split labels shown per kind")
    ap.add_argument("--share", type=float, default=0.2,
                    help="a label is contested when each side has at least this share of the "
                         "pages (and two pages); default 0.2")
    args = ap.parse_args(argv)

    pages = load_pages(args.gold_dir)
    by_stem = {p.stem: p for p in pages}
    if args.errors:
        errors = json.loads(args.errors.read_text(encoding="utf-8"))
    else:
        print("running the extractor on the pages…", file=sys.stderr)
        errors = run_extractor(args.gold_dir, set(by_stem))
    scope = ({p.stem for p in load_pages(args.errors_of)} if args.errors_of
             else set(by_stem))
    print(f"{len(pages)} development pages; the extractor's errors are of {len(scope)}")

    for kind in SPLIT_KINDS:
        stats = label_stats(pages, kind)
        seen = {k: s for k, s in stats.items() if s.pages >= 2}
        split = {k: s for k, s in seen.items() if s.split}
        contest = {k: s for k, s in split.items() if s.contested(args.share)}
        e = errors[kind]
        tp, fp, fn = e["tp"], e["fp"], e["fn"]
        print(f"\n== {kind}: {len(stats)} gold labels, {len(seen)} in the text of >= 2 pages, "
              f"{len(split)} split ({len(split) / max(len(seen), 1):.0%}), {len(contest)} "
              f"contested (each side >= 2 pages and >= {args.share:.0%})")
        print(f"   extractor: tp {tp} fp {fp} fn {fn}, F1 {f1(tp, fp, fn):.3f}")
        tiers = {}
        for tier, share in (("split", None), ("contested", args.share)):
            cm, cx = split_errors(kind, by_stem, stats, e["missed"], e["extra"], share)
            tiers[tier] = (cm, cx)
            best = f1(tp + len(cx), fp - len(cx), fn - len(cm))
            print(f"   errors on {tier} labels: misses {len(cm)}/{fn} ({len(cm) / max(fn, 1):.0%})"
                  f", extras {len(cx)}/{fp} ({len(cx) / max(fp, 1):.0%}); F1 if all went the "
                  f"extractor's way {best:.3f} (+{best - f1(tp, fp, fn):.3f})")
        err_by_label: Counter = Counter()
        cm, cx = tiers["split"]
        for side, rows in (("miss", cm), ("extra", cx)):
            for row in rows:
                err_by_label[(side, normalise(row.partition(": ")[2], kind))] += 1
        for title, chosen in ((f"split labels most often met (top {args.top})", split),
                              (f"contested labels most often met (top {args.top})", contest)):
            print(f"   -- {title}")
            print(f"   {'label':44} {'pages':>5} {'listed':>6} {'unlisted':>8} {'other':>5} "
                  f"{'ext.miss':>8} {'ext.extra':>9}")
            for label, s in sorted(chosen.items(),
                                   key=lambda kv: (-kv[1].pages, kv[0]))[:args.top]:
                print(f"   {label[:44]:44} {s.pages:5} {len(s.listed):6} {len(s.unlisted):8} "
                      f"{len(s.other_kind):5} {err_by_label[('miss', label)]:8} "
                      f"{err_by_label[('extra', label)]:9}")
        # Settling each split label one way or the other, with the extractor as it is.
        by_label: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        for side, rows in ((0, e["missed"]), (1, e["extra"])):
            for row in rows:
                stem, _, name = row.partition(": ")
                by_label[normalise(name, kind)][side].add(stem)
        base = f1(tp, fp, fn)
        moves = []
        for label, st in split.items():
            m, x = by_label.get(label, (set(), set()))
            # Only the pages the errors are of: elsewhere what the extractor found is unknown.
            st = LabelStats(st.listed & scope, st.unlisted & scope)
            for way, (dt, dp, dn) in settle(st, m, x).items():
                gain = f1(tp + dt, fp + dp, fn + dn) - base
                moves.append((gain, label, way, len(m & st.listed) + len(x & st.unlisted)))
        moves = sorted((m for m in moves if m[0] > 0), key=lambda t: (-t[0], t[1]))
        print(f"   settling one split label, extractor as it is (top {args.top // 2} gains): "
              + ", ".join(f"{label} -> {way} {gain:+.4f} ({errs} errors on it)"
                          for gain, label, way, errs in moves[:args.top // 2]))
        costly: Counter = Counter()
        for (_, label), n in err_by_label.items():
            costly[label] += n
        print("   split labels with most extractor errors (misses/extras; listed/unlisted "
              "pages): " + ", ".join(
                  f"{label} {err_by_label[('miss', label)]}/{err_by_label[('extra', label)]} "
                  f"({len(stats[label].listed)}/{len(stats[label].unlisted)})"
                  for label, _ in costly.most_common(args.top)))

    stats, by_page = shape_stats(pages)
    e = errors["followups"]
    none, placed = place_followup_errors(stats, by_stem, by_page, e["missed"], e["extra"])
    print(f"\n== followups by sentence shape (extractor tp {e['tp']} fp {e['fp']} fn {e['fn']}; "
          f"errors in no shape: {none['missed']} missed, {none['extra']} extra)")
    print(f"   {'shape':46} {'sents':>5} {'listed':>6} {'pages':>5} {'p.list':>6} "
          f"{'p.leave':>7} {'p.both':>6} {'missed':>6} {'extra':>5}")
    shapes = {k: s for k, s in stats.items() if not k.startswith("lead: ")}
    # Leads that readers list sometimes (10-90% of their sentences), most errors first.
    leads = {k: s for k, s in stats.items() if k.startswith("lead: ") and s.sentences >= 10
             and 0.1 <= s.listed / s.sentences <= 0.9}
    for title, rows in (("hand-written shapes", sorted(shapes.items(),
                                                       key=lambda kv: -kv[1].sentences)),
                        (f"first two words, listed 10-90% (top {args.top} by extractor errors)",
                         sorted(leads.items(), key=lambda kv: (-kv[1].missed - kv[1].extra,
                                                               kv[0]))[:args.top])):
        print(f"   -- {title}")
        for name, s in rows:
            both = len(s.pages_listing & s.pages_leaving)
            print(f"   {name[:46]:46} {s.sentences:5} {s.listed / max(s.sentences, 1):6.0%} "
                  f"{len(s.pages):5} {len(s.pages_listing):6} {len(s.pages_leaving):7} "
                  f"{both:6} {s.missed:6} {s.extra:5}")
    contested = {n for n, s in shapes.items() if s.sentences
                 and 0.25 <= s.listed / s.sentences <= 0.75}
    cm = sum(side == "missed" and bool(names & contested) for side, names in placed)
    cx = sum(side == "extra" and bool(names & contested) for side, names in placed)
    tp, fp, fn = e["tp"], e["fp"], e["fn"]
    best = f1(tp + cx, fp - cx, fn - cm)
    print(f"   errors in hand-written shapes listed 25-75% of the time "
          f"({', '.join(sorted(contested))}): {cm} missed of {fn}, {cx} extra of {fp}; "
          f"F1 {f1(tp, fp, fn):.3f}, if all went the extractor's way {best:.3f} "
          f"(+{best - f1(tp, fp, fn):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
