"""Score organisations and programmes from the rules, a trained NER model, and their unions
and intersections.

    python benchmarks/orgner/combos.py MODEL_DIR GOLD_DIR [GOLD_DIR ...] [--errors]
        [--kinds organisations,programmes]

For each gold folder: the extractor reads every page as ``kg evaluate`` does; the model's
entities are found on the same page text; then, one kind at a time, the organisation (ORG)
or programme (PROGRAMME) list of each page is replaced per combination, the other kinds kept
as the rules found them, and scored with ``kg.evaluate.score_document`` (the same matching
as ``kg evaluate``). Below, "organisation" stands for the kind being replaced:

- ``rules``: the extractor as it is (its figures are ``kg evaluate``'s);
- ``model``: the model's entities of the kind alone;
- ``union``: the rules' organisations, plus the model's that no rule name meets;
- ``inter``: the rules' organisations whose normalised name the model also found;
- ``inter_soft``: the rules' organisations whose normalised name contains, or is contained
  in, one the model found (word for word);
- ``veto``: by position, the rules' organisations less those whose every mention in the text
  the model reads as another kind (a person, a post, or the other of organisation and
  programme) and none as an organisation; the rules' organisations with no place in the
  text (attendance lines) stay;
- ``gap``: by position, the rules' organisations plus the model's organisations where the
  rules found nothing of any kind.

Prints precision, recall and F1 of the kind, and overall P/R/F1 with that kind replaced.
``--errors`` lists misses and extras per combination (development pages only).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span

from benchmarks.gold_pages import extract_gold
from kg.evaluate import (
    Found,
    Score,
    found_by_extractor,
    normalise,
    score_document,
)
from kg.nlp import ORG, PROGRAMME
from kg.prose import read_prose
from kg.records import Minutes

# Each kind scored: its key in the gold and ``Found.names``, the model's label, the rules'.
KINDS = {"organisations": ("ORG", ORG), "programmes": ("PROGRAMME", PROGRAMME)}
COMBOS = ("rules", "model", "union", "inter", "inter_soft", "veto", "gap")


def model_orgs(ents: Sequence[Span], kept: Callable[[Span], bool] = lambda ent: True,
               key: str = "organisations") -> dict[str, set[str]]:
    """The model's entities of one kind (ORG by default) as ``found_by_extractor`` gives the
    rules' (a label to its normalised names), one label for each normalised name, so that the
    two are scored alike."""
    want = KINDS[key][0]
    out: dict[str, set[str]] = {}
    seen: set[str] = set()
    for ent in ents:
        if ent.label_ != want or not kept(ent):
            continue
        label = " ".join(ent.text.split())
        n = normalise(label, key)
        if n and n not in seen:
            seen.add(n)
            out[label] = {n}
    return out


def _plus_unmet(rules: dict[str, set[str]], extra: dict[str, set[str]]) -> dict[str, set[str]]:
    """The rules' organisations, plus those of ``extra`` whose normalised names no rule name
    meets: the model adds only what the rules missed, never a second label for one."""
    rule_names = set().union(*rules.values()) if rules else set()
    return {**rules, **{k: v for k, v in extra.items() if not v & rule_names}}


def _within(a: str, b: str) -> bool:
    return f" {a} " in f" {b} "


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def positional(rules: dict[str, set[str]], minutes: Minutes, ents: Sequence[Span], how: str,
               key: str = "organisations") -> dict[str, set[str]]:
    """The ``veto`` and ``gap`` combinations, which go by where the rules' mentions and the
    model's entities stand in the text, not by their names (see the module's docstring)."""
    label_, kind = KINDS[key]
    mentions = [m for h in minutes.prose for m in h.mentions]
    if how == "gap":
        taken = [(m.span.start, m.span.end) for m in mentions]
        return _plus_unmet(rules, model_orgs(ents, lambda e: not any(
            _overlaps((e.start_char, e.end_char), t) for t in taken), key))
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind == kind:
            spans.setdefault(m.label, []).append((m.span.start, m.span.end))

    def read_as(span: tuple[int, int]) -> set[str]:
        return {e.label_ for e in ents if _overlaps((e.start_char, e.end_char), span)}

    out = {}
    for label, names in rules.items():
        where = spans.get(label, [])
        readings = [read_as(s) for s in where]
        vetoed = bool(where) and all(r and label_ not in r for r in readings)
        if not vetoed:
            out[label] = names
    return out


def combine(rules: dict[str, set[str]], model: dict[str, set[str]], how: str
            ) -> dict[str, set[str]]:
    """The combinations that go by normalised names alone (see the module's docstring)."""
    model_names = set().union(*model.values()) if model else set()
    if how == "rules":
        return rules
    if how == "model":
        return model
    if how == "union":
        return _plus_unmet(rules, model)
    if how == "inter":
        return {k: v for k, v in rules.items() if v & model_names}
    if how == "inter_soft":
        return {k: v for k, v in rules.items()
                if any(_within(a, b) or _within(b, a) for a in v for b in model_names)}
    raise ValueError(how)


def run(nlp: Language, gold_dir: Path, keys: Sequence[str] = ("organisations",)
        ) -> dict[str, dict[str, dict[str, Score]]]:
    """Each kind's combinations' scores of that kind and overall on one gold folder; the prose
    is read for all its pages at once, as ``kg evaluate`` does, so the rules' figures are
    its."""
    docs = extract_gold(gold_dir)
    read_prose([(text, minutes) for _, _, text, minutes in docs])
    totals = {key: {how: {"kind": Score(), "overall": Score()} for how in COMBOS}
              for key in keys}
    for path, data, text, minutes in docs:
        found = found_by_extractor(minutes)
        ents = nlp(text).ents
        for key in keys:
            model = model_orgs(ents, key=key)
            for how in COMBOS:
                kept = (positional(found.names[key], minutes, ents, how, key)
                        if how in ("veto", "gap") else combine(found.names[key], model, how))
                names = {**found.names, key: kept}
                scores = score_document(data, text, Found(names, found.followups, found.refs),
                                        path.stem)
                totals[key][how]["kind"].add(scores[key], path.stem)
                for s in scores.values():
                    totals[key][how]["overall"].add(s, "")
    return totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--kinds", default="organisations,programmes",
                    help=f"comma-separated, of {', '.join(KINDS)}")
    args = ap.parse_args()
    keys = args.kinds.split(",")
    if unknown := [k for k in keys if k not in KINDS]:
        ap.error(f"unknown kinds: {unknown}")
    nlp = spacy.load(args.model)
    for gold_dir in args.gold:
        by_key = run(nlp, gold_dir, keys)
        for key, totals in by_key.items():
            k = key[:4]
            print(f"\n{gold_dir} {key}")
            print(f"{'combo':<11} {k + ' P':>6} {k + ' R':>6} {k + ' F1':>7} {'tp':>4} {'fp':>4} "
                  f"{'fn':>4}   {'all P':>6} {'all R':>6} {'all F1':>6}")
            for how, t in totals.items():
                o, a = t["kind"], t["overall"]
                print(f"{how:<11} {o.precision:6.3f} {o.recall:6.3f} {o.f1:7.3f} {o.tp:4d} "
                      f"{o.fp:4d} {o.fn:4d}   {a.precision:6.3f} {a.recall:6.3f} {a.f1:6.3f}")
            if args.errors:
                for how, t in totals.items():
                    print(f"\n## {key} {how}: misses")
                    print("\n".join(t["kind"].misses))
                    print(f"\n## {key} {how}: extras")
                    print("\n".join(t["kind"].extras))


if __name__ == "__main__":
    main()
