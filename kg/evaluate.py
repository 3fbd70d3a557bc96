"""Measure the extractor against gold annotations: precision, recall and F1 per kind.

A gold file (JSON, one per document) lists what a careful reader finds in the document:
posts, people, organisations and programmes (each ``{"name", "aliases"}``), follow-ups
(``{"text", …}``, matched by overlapping spans) and references to other meetings
(``{"date", "precision", …}``, matched by date at their precision). Names match on a
normalised form, so "the Cabinet Member for Children & Young People" meets "Cabinet Member
for Children and Young People"; an extracted thing matches a gold one when any of their
names or aliases meet, and things are paired one to one so that as many meet as can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite

from kg.extract import NotMinutesError, extract
from kg.gold import GoldError as GoldError  # where they were: benchmarks import them here
from kg.gold import load_gold as load_gold
from kg.nlp import ORG, PERSON, POST, PROGRAMME, lexicon
from kg.prose import read_prose
from kg.reader import read
from kg.records import Item, Minutes
from kg.resources import os_reason

NAME_KINDS = {"posts": POST, "people": PERSON, "organisations": ORG, "programmes": PROGRAMME}
KINDS = (*NAME_KINDS, "followups", "meeting_refs")


def normalise(name: str, kind: str = "") -> str:
    s = name.casefold().replace("’", "'").replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    words = s.split()
    while words and words[0] == "the":
        words = words[1:]
    if kind == "people":
        titles = {t.rstrip(".") for t in lexicon().person_titles}
        while len(words) > 1 and words[0] in titles:
            words = words[1:]
    return " ".join(words)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score, where: str) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += [f"{where}: {m}" for m in other.misses]
        self.extras += [f"{where}: {e}" for e in other.extras]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _pair(n_pred: int, n_gold: int, meets) -> tuple[int, list[int], list[int]]:
    """Pair extracted things with gold ones, each used once, as many pairs as possible.

    A maximum matching, not first-come: taken greedily, an extracted "Chairman of the Centre"
    that shares an alias with gold "Chairman" could take it from the extracted "Chairman" and
    leave both scored wrong. Returns the number of pairs, the unpaired extracted indexes and
    the unpaired gold indexes, each in order."""
    # Nodes are numbers (extracted 0.., gold after them), whose hashes, unlike strings', are the
    # same in every run: where several pairings are as large, the same one is shown each time.
    graph = nx.Graph()
    top = range(n_pred)
    graph.add_nodes_from(range(n_pred + n_gold))
    graph.add_edges_from((k, n_pred + g) for k in range(n_pred) for g in range(n_gold)
                         if meets(k, g))
    pairs = bipartite.hopcroft_karp_matching(graph, top_nodes=top)
    paired_pred = {k for k in pairs if k < n_pred}
    paired_gold = {k - n_pred for k in pairs if k >= n_pred}
    return (len(paired_pred), [k for k in range(n_pred) if k not in paired_pred],
            [g for g in range(n_gold) if g not in paired_gold])


def _score_pairs(n_pred: int, n_gold: int, meets, shown_pred: list[str],
                 shown_gold: list[str]) -> Score:
    tp, extra, missed = _pair(n_pred, n_gold, meets)
    return Score(tp=tp, fp=len(extra), fn=len(missed),
                 misses=[shown_gold[g] for g in missed], extras=[shown_pred[k] for k in extra])


def _match_names(gold: list[set[str]], predicted: list[set[str]], show: list[str],
                 shown_pred: list[str]) -> Score:
    return _score_pairs(len(predicted), len(gold), lambda k, g: bool(predicted[k] & gold[g]),
                        shown_pred, show)


def _collapsed_index(text: str) -> tuple[str, list[int]]:
    """The text with whitespace runs collapsed to one space, and each character's offset in
    the original: gold follow-ups are quoted collapsed."""
    out, index = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                index.append(i)
            prev_space = True
        else:
            out.append(ch)
            index.append(i)
            prev_space = False
    return "".join(out), index


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote from a gold file stands in the text (start and end offsets), or None:
    gold quotes a follow-up with its runs of blanks collapsed, and in the case it was
    printed in if it can, in any case if not. Public because a benchmark that reads gold
    (``benchmarks/gold_consistency.py``) must place a quote exactly as the scorer does, or
    its figures would not be the scorer's."""
    collapsed, index = _collapsed_index(text)
    needle = " ".join(quote.split())
    at = collapsed.find(needle)
    if at < 0:
        at = collapsed.lower().find(needle.lower())
    if at < 0:
        return None
    return index[at], index[at + len(needle) - 1] + 1


@dataclass
class Found:
    """What one reader found in a document, in the form scoring needs: for each name kind,
    each thing's shown label with its normalised names; follow-up spans; meeting references
    by their (date, precision) key. The extractor's output and a second annotator's gold file
    both come to this, so that one scorer measures the rules and the readers' agreement."""

    names: dict[str, dict[str, set[str]]]
    followups: list[tuple[int, int, str]]
    refs: dict[str, str]


def found_by_extractor(minutes: Minutes) -> Found:
    names: dict[str, dict[str, set[str]]] = {}
    for key, kind in NAME_KINDS.items():
        predicted: dict[str, set[str]] = {}
        # The items' and the text no item holds (``minutes.outside``): the meeting's names.
        for holder in minutes.prose:
            for m in holder.mentions:
                if m.kind == kind:
                    predicted.setdefault(m.label, set()).update(
                        {normalise(m.label, key), *(normalise(a, key) for a in m.aliases)})
        # Outside the items: the capacity people attended in ("(Vice-Chairman)"), the body
        # they came from ("(NHS Westshire ICB)"), people in attendance, and the people and
        # posts of contact lines ("Contact: Jo Bloggs, Member Services Officer").
        # A capacity's other names (``Attendee.capacity_aliases``) are its aliases.
        outside = ([(a.capacity, a.capacity_aliases) for a in minutes.attendance if a.capacity]
                   if kind == POST else
                   [(a.name, []) for a in minutes.attendance] if kind == PERSON else
                   [(a.organisation, []) for a in minutes.attendance if a.organisation]
                   if kind == ORG else [])
        outside += [(c.label, []) for c in minutes.contacts if c.kind == kind]
        for label, aliases in outside:
            n = normalise(label, key)
            if not any(n in names for names in predicted.values()):
                predicted.setdefault(label, set()).update(
                    {n, *(normalise(a, key) for a in aliases)})
        names[key] = predicted
    followups = [(f.span.start, f.span.end, f.text) for h in minutes.prose for f in h.followups]
    # A reference is to a meeting: two references to one meeting count once, and confirming
    # a meeting's minutes refers to it too.
    refs: dict[str, str] = {}
    for holder in minutes.prose:
        for r in holder.meeting_refs:
            refs.setdefault(_ref_key(r.date.isoformat(), r.precision), r.span.exact)
        c = holder.confirms_minutes_of if isinstance(holder, Item) else None
        if c is not None and c.date is not None:
            refs.setdefault(_ref_key(c.date.isoformat(), "day"), c.span.exact)
    return Found(names, followups, refs)


def found_by_reader(gold: dict, text: str, where: str) -> Found:
    """A second reader's gold file as a set of findings, to score one reader against
    another."""
    names = {key: {e["name"]: {normalise(e["name"], key),
                               *(normalise(a, key) for a in e.get("aliases", []))}
                   for e in gold.get(key, [])} for key in NAME_KINDS}
    followups = [(*gold_span(text, f["text"], where), f["text"])
                 for f in gold.get("followups", [])]
    refs: dict[str, str] = {}
    for r in gold.get("meeting_refs", []):
        refs.setdefault(_ref_key(r["date"], r.get("precision", "day")), r.get("text") or "")
    return Found(names, followups, refs)


def gold_span(text: str, quote: str, where: str) -> tuple[int, int]:
    """A gold follow-up's span in the text (``find_quote``), or a ``GoldError`` naming the
    gold file (``where``) when the quote is not there: the scorer and the benchmarks that
    score follow-ups (``benchmarks/followup_classifier.py``) refuse a misquoted gold alike."""
    found = find_quote(text, quote)
    if found is None:
        raise GoldError(f"{where}: follow-up text not found in the document: {quote!r}")
    return found


def score_document(gold: dict, text: str, minutes: Minutes | Found, where: str
                   ) -> dict[str, Score]:
    found = minutes if isinstance(minutes, Found) else found_by_extractor(minutes)
    scores: dict[str, Score] = {}
    for key in NAME_KINDS:
        entries = gold.get(key, [])
        gold_names = [
            {normalise(e["name"], key), *(normalise(a, key) for a in e.get("aliases", []))}
            for e in entries
        ]
        labels = list(found.names[key])
        scores[key] = _match_names(gold_names, [found.names[key][k] for k in labels],
                                   [e["name"] for e in entries], labels)
    # Follow-ups: by overlapping spans.
    gold_spans = [(gold_span(text, f["text"], where), f["text"])
                  for f in gold.get("followups", [])]
    spans = list(found.followups)
    scores["followups"] = _score_pairs(
        len(spans), len(gold_spans),
        lambda k, g: spans[k][0] < gold_spans[g][0][1] and gold_spans[g][0][0] < spans[k][1],
        [shown for _, _, shown in spans], [shown for _, shown in gold_spans])
    # Meeting references: by date at their precision.
    gold_refs = [{_ref_key(r["date"], r.get("precision", "day"))} for r in
                 gold.get("meeting_refs", [])]
    scores["meeting_refs"] = _match_names(
        gold_refs, [{key} for key in found.refs],
        [f"{r.get('text')} ({r['date']})" for r in gold.get("meeting_refs", [])],
        [f"{exact} ({key})" for key, exact in found.refs.items()])
    return scores


def _ref_key(iso: str, precision: str) -> str:
    return iso[:7] if precision == "month" else iso[:10]


@dataclass
class Report:
    kinds: dict[str, Score]
    documents: int
    #: Documents the structural reader refused, with its reason: scored as finding nothing,
    #: since a user of ``kg ingest`` would get nothing from them either.
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: Each document's score over every kind, by file stem: which pages read worst, and which
    #: one a change of rules broke (a kind's total can hide a page that lost all its names).
    by_document: dict[str, Score] = field(default_factory=dict)
    #: Each document's score per kind, by file stem: what `intervals` resamples.
    by_document_kind: dict[str, dict[str, Score]] = field(default_factory=dict)

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.kinds.values():
            total.add(s, "")
        return total


def page_sets(sources: Path) -> dict[str, str]:
    """Each page's set (its number, as printed), by the page's name, from the ``| page | set
    | …`` table of a gold folder's SOURCES.md (``tests/independent/SOURCES.md``): the sets,
    not copies of them in other folders, say which pages are held out (14-16) and which pages
    make a benchmark's folds. One reader, so that the benchmarks that split pages by set
    (``benchmarks/gold_consistency.py``, ``benchmarks/orgner/build_data.py``,
    ``benchmarks/followup_classifier.py``) cannot come to split them differently. A page
    named in backticks or with its ``.txt`` is read as its bare name; the header row, its rule
    and prose are no rows. A missing file is an error, never no sets: a benchmark that took
    it for "no page is held out" would read the held-out pages."""
    try:
        lines = sources.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(f"{sources}: cannot read: {os_reason(e)}") from None
    sets = {}
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) > 1 and cells[1].isdigit():
            sets[cells[0].strip("`").removesuffix(".txt")] = cells[1]
    return sets


def source_text(path: Path, data: dict) -> str:
    """The text of the document a gold file annotates (its ``source``, relative to it), read
    as the extractor reads it (``kg.reader.read``). Public because the benchmarks that read
    gold pages (``benchmarks/gold_consistency.py``, ``benchmarks/orgner/build_data.py``) must
    see the very text the scorer places gold in, offsets and all."""
    source = (path.parent / data["source"]).resolve()
    try:
        return read(source).text
    except Exception as e:
        raise GoldError(f"{path}: cannot read its source {source}: {e}") from None


def extract_page(path: Path, data: dict) -> tuple[str, Minutes, str | None]:
    """A gold file's source text and what the extractor finds there (its prose unread), with
    the reason it was refused as no minutes, if it was: a refused page finds nothing, and is
    scored so (``benchmarks/gold_pages.py`` reads gold pages this one way too)."""
    text = source_text(path, data)
    try:
        return text, extract(text), None
    except NotMinutesError as e:
        return text, Minutes(None, None, None, None), str(e)


def evaluate(gold_dir: Path, files: Iterable[tuple[Path, dict]] | None = None) -> Report:
    """Extract every gold file's document and score what was found against the gold."""
    gold = list(files) if files is not None else load_gold(gold_dir)
    docs = []
    refused: list[tuple[str, str]] = []
    for path, data in gold:
        text, minutes, refusal = extract_page(path, data)
        if refusal is not None:
            refused.append((path.stem, refusal))
        docs.append((path, data, text, minutes))
    read_prose([(text, minutes) for _, _, text, minutes in docs])
    kinds = {k: Score() for k in KINDS}
    by_document: dict[str, Score] = {}
    by_document_kind: dict[str, dict[str, Score]] = {}
    for path, data, text, minutes in docs:
        whole = by_document[path.stem] = Score()
        scores = by_document_kind[path.stem] = score_document(data, text, minutes, path.stem)
        for kind, score in scores.items():
            kinds[kind].add(score, path.stem)
            whole.add(score, "")
    return Report(kinds, len(docs), refused, by_document, by_document_kind)


def agreement(gold_dir: Path, other_dir: Path,
              files: Iterable[tuple[Path, dict]] | None = None,
              other_files: Iterable[tuple[Path, dict]] | None = None) -> Report:
    """Score a second reader's gold files (``other_dir``) against ``gold_dir``'s, document by
    document, with the extractor's own scorer: the readers' agreement is the ceiling any
    extractor can be measured to, since where two careful readers differ, a rule that sides
    with either is "wrong" half the time. Documents only one of them annotated are left out.
    ``files`` and ``other_files``: the folders' gold files, if already read (:func:`load_gold`:
    ``kg evaluate`` reads them before the extractor loads)."""
    gold = list(files) if files is not None else load_gold(gold_dir)
    others = {path.name: data for path, data in (
        other_files if other_files is not None else load_gold(other_dir))}
    kinds = {k: Score() for k in KINDS}
    by_document: dict[str, Score] = {}
    by_document_kind: dict[str, dict[str, Score]] = {}
    for path, data in gold:
        other = others.get(path.name)
        if other is None:
            continue
        text = source_text(path, data)
        found = found_by_reader(other, text, str(other_dir / path.name))
        whole = by_document[path.stem] = Score()
        scores = by_document_kind[path.stem] = score_document(data, text, found, path.stem)
        for kind, score in scores.items():
            kinds[kind].add(score, path.stem)
            whole.add(score, "")
    if not by_document:
        raise GoldError(f"{other_dir}: no gold file here has the name of one in {gold_dir}")
    return Report(kinds, len(by_document), by_document=by_document,
                  by_document_kind=by_document_kind)


def intervals(report: Report, level: float = 0.95, rounds: int = 2000,
              seed: int = 0) -> dict[str, tuple[float, float]]:
    """A percentile bootstrap interval for each kind's F1 (and overall), resampling whole
    documents: a set of 27 pages from as many councils is a small sample of the minutes a
    user has, and pages differ far more from each other than one round of rules moves a
    figure, so a change is shown to be real only when it is large against this interval.
    Documents, not items, are resampled because a page's items stand or fall together (one
    layout the rules cannot read loses them all). Seeded, so a figure reproduces."""
    import numpy as np

    names = [*KINDS, "overall"]
    stems = sorted(report.by_document_kind)
    counts = np.zeros((len(stems), len(names), 3), dtype=np.int64)
    for i, stem in enumerate(stems):
        for j, kind in enumerate(KINDS):
            s = report.by_document_kind[stem][kind]
            counts[i, j] = (s.tp, s.fp, s.fn)
    counts[:, -1] = counts[:, :-1].sum(axis=1)
    picks = np.random.default_rng(seed).integers(0, len(stems), size=(rounds, len(stems)))
    sums = counts[picks].sum(axis=1)                       # rounds x kinds x (tp, fp, fn)
    tp, wrong = sums[..., 0], sums[..., 1] + sums[..., 2]
    # F1 = 2tp / (2tp + fp + fn); nothing to find and nothing found scores 1, as Score does.
    f1 = np.where(2 * tp + wrong > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 1.0)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(f1, [tail, 100 - tail], axis=0)
    return {name: (float(lo), float(hi)) for name, lo, hi in zip(names, low, high, strict=True)}
