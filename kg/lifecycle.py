"""The follow-up lifecycle: which later agenda item answered a follow-up request.

A request is made at one meeting ("a further update to be brought back", "the action plan on
modern day slavery be included on the March meeting") and answered, if at all, at a later
one. No single document says both, so this runs over the union of all documents once
resolution has joined their nodes (a renamed committee is one committee; the 2016 and 2018
names of a programme are one programme), and its findings are stored as derived facts.

A request is **Fulfilled** by the first item of a later meeting of the same committee that is
about what the request was about (a topic or programme its item's title or its own words
name) and answers something specific in it: some of the request's own words, or the meeting
it was due at. The score of that match, capped at 1, is the link's ``ckg:confidence``; how the
score is made, and the word lists it uses, are in ``kg/data/lifecycle.toml``. Requests nothing
answered stay **Open**; whether an open request is **Overdue** depends on the day you ask, so
``kg.followups`` works it out at query time from ``ckg:dueDate``.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources

from kg.records import Fulfilment
from kg.store import GraphStore
from kg.wording import fold


@dataclass(frozen=True)
class Settings:
    threshold: float
    require_specific: bool
    min_share: float
    general_words: int
    grace: timedelta
    weights: dict[str, float]
    agenda: tuple[str, ...]
    information: tuple[str, ...]
    stop: frozenset[str]
    not_answers: tuple[str, ...]


@cache
def settings() -> Settings:
    raw = tomllib.loads(
        resources.files("kg").joinpath("data/lifecycle.toml").read_text(encoding="utf-8"))
    words = raw["words"]
    return Settings(
        threshold=float(raw["threshold"]),
        require_specific=bool(raw["require_specific"]),
        min_share=float(raw["min_share"]),
        general_words=int(raw["general_words"]),
        grace=timedelta(days=int(raw["grace_days"])),
        weights={k: float(v) for k, v in raw["weights"].items()},
        agenda=tuple(fold(w) for w in words["agenda"]),
        information=tuple(fold(w) for w in words["information"]),
        stop=frozenset(fold(w) for w in words["stop"]),
        not_answers=tuple(fold(w) for w in words["not_answers"]),
    )


@dataclass
class _Item:
    """Where a request was made, or an item that may answer one. A meeting that asked in the
    text no item holds stands here too (``meeting_text``): it is a request's source, read
    against its date, and never an answer, having no title or text of its own."""
    iri: str
    meeting: str
    committee: str
    date: date
    title: str = ""
    text: str = ""
    position: int = 0
    meeting_text: bool = False
    subjects: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)


@dataclass
class _Request:
    iri: str
    item: str
    text: str = ""
    due: date | None = None
    evidence: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)


_ITEMS = """
SELECT ?item ?meeting ?committee ?date ?title ?text ?position ?e ?src WHERE {
  ?item a ckg:AgendaItem ; ckg:meeting ?meeting ; dcterms:title ?title .
  ?meeting ckg:committee ?committee ; ckg:date ?date .
  OPTIONAL { ?item ckg:minutesText ?text }
  OPTIONAL { ?item ckg:position ?position }
  OPTIONAL { ?item ckg:evidence ?e }
  OPTIONAL { ?item prov:wasDerivedFrom ?src }
}
"""
# A request made in the text no item holds (ckg:meetingFollowUp) is the meeting's: it is
# answered by a later item just as an item's is, read against the meeting's date.
_REQUESTS = """
SELECT ?f ?item ?text ?due ?e ?src WHERE {
  ?item ckg:hasFollowUp|ckg:meetingFollowUp ?f .
  ?f ckg:text ?text .
  OPTIONAL { ?f ckg:dueDate ?due }
  OPTIONAL { ?f ckg:evidence ?e }
  OPTIONAL { ?f prov:wasDerivedFrom ?src }
}
"""
_MEETINGS = """
SELECT ?meeting ?committee ?date WHERE {
  ?meeting ckg:meetingFollowUp ?f ; ckg:committee ?committee ; ckg:date ?date .
}
"""
_CONCERNS = "SELECT ?item ?subject WHERE { ?item ckg:concerns ?subject }"
_SUBJECT_LABELS = """
SELECT ?subject ?label WHERE {
  ?subject a ?type ; ?p ?label .
  FILTER (?type IN (ckg:Topic, ckg:Programme))
  FILTER (?p IN (skos:prefLabel, skos:altLabel, rdfs:label, dcterms:title))
}
"""


def _value(term: object) -> str:
    return term.value if term is not None else ""  # type: ignore[attr-defined]


def _read(store: GraphStore) -> tuple[dict[str, _Item], dict[str, _Request],
                                      dict[str, set[str]]]:
    items: dict[str, _Item] = {}
    for sol in store.query(_ITEMS):
        iri = sol["item"].value
        try:
            when = date.fromisoformat(sol["date"].value)
        except ValueError:
            continue
        it = items.get(iri)
        if it is None:
            it = items[iri] = _Item(iri, sol["meeting"].value, sol["committee"].value, when)
        # A node two documents describe may carry two titles: keep the same one every time.
        it.title = min(filter(None, (it.title, sol["title"].value)), default="")
        it.text = max(it.text, _value(sol["text"]), key=len)
        if sol["position"] is not None:
            it.position = int(sol["position"].value)
        if sol["e"] is not None:
            it.evidence.add(sol["e"].value)
        if sol["src"] is not None:
            it.sources.add(sol["src"].value)
    for sol in store.query(_MEETINGS):  # the meetings that asked outside their items
        try:
            when = date.fromisoformat(sol["date"].value)
        except ValueError:
            continue
        iri = sol["meeting"].value
        items.setdefault(iri, _Item(iri, iri, sol["committee"].value, when, meeting_text=True))
    requests: dict[str, _Request] = {}
    for sol in store.query(_REQUESTS):
        iri = sol["f"].value
        r = requests.setdefault(iri, _Request(iri, sol["item"].value))
        r.text = max(r.text, sol["text"].value, key=len)
        if sol["due"] is not None:
            try:
                due = date.fromisoformat(sol["due"].value)
                r.due = min(r.due, due) if r.due else due
            except ValueError:
                pass
        if sol["e"] is not None:
            r.evidence.add(sol["e"].value)
        if sol["src"] is not None:
            r.sources.add(sol["src"].value)
    for sol in store.query(_CONCERNS):
        if (it := items.get(sol["item"].value)) is not None:
            it.subjects.add(sol["subject"].value)
    labels: dict[str, set[str]] = defaultdict(set)
    for sol in store.query(_SUBJECT_LABELS):
        key = fold(sol["label"].value)
        if len(key) >= 3:
            labels[sol["subject"].value].add(key)
    return items, requests, labels


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str, stop: frozenset[str]) -> set[str]:
    return {_stem(w) for w in text.split() if len(w) > 2 and not w.isdigit() and w not in stop}


def _named(text: str, labels: dict[str, set[str]]) -> set[str]:
    """The topics and programmes a text names by one of their labels."""
    return {s for s, keys in labels.items() if any(_has(text, k) for k in keys)}


def fulfilments(store: GraphStore) -> list[Fulfilment]:
    """Every follow-up request in the store that a later item answered, with how sure the
    link is and why. Reads the union, so run it after resolution has rebuilt it."""
    s = settings()
    w = s.weights
    items, requests, labels = _read(store)
    by_committee: dict[str, list[_Item]] = defaultdict(list)
    for it in items.values():
        if it.meeting_text:
            continue
        if not any(fold(it.title).startswith(p) for p in s.not_answers):
            by_committee[it.committee].append(it)
    for group in by_committee.values():
        group.sort(key=lambda it: (it.date, it.position, it.iri))
    out: list[Fulfilment] = []
    for r in sorted(requests.values(), key=lambda r: r.iri):
        source = items.get(r.item)
        if source is None:
            continue
        text = fold(r.text)
        in_text = _named(text, labels)
        thread = _named(fold(source.title), labels) | in_text
        if not thread:
            continue
        # The request's own words: not those that only name what it is about.
        naming = {_stem(w) for subject in thread for k in labels.get(subject, ())
                  for w in k.split()}
        asks = _words(text, s.stop) - naming
        agenda = any(_has(text, p) for p in s.agenda)
        general = agenda and len(asks) <= s.general_words
        information = not agenda and any(_has(text, p) for p in s.information)
        best: tuple[float, _Item, str] | None = None
        for it in by_committee.get(source.committee, []):
            if it.date <= source.date:
                continue
            if best is not None and it.date > best[1].date:
                break  # the first later meeting that answers it is the one
            subjects = it.subjects | _named(fold(it.title), labels)
            shared = thread & subjects
            if not shared:
                continue
            score, why = w["thread"], ["on the same topic or programme"]
            if shared & in_text:
                score += w["named"]
                why.append("which the request names")
            found = asks & _words(fold(f"{it.title} {it.text}"), s.stop)
            share = len(found) / len(asks) if asks else 0.0
            if found:
                score += w["content"] * share
                shown = sorted({w for w in text.split() if _stem(w) in found})[:5]
                why.append(f"{len(found)} of the request's {len(asks)} words in the item "
                           f"({', '.join(shown)})")
            if agenda:
                score += w["agenda"]
                why.append("the request asked for agenda business"
                           + (" on the topic itself" if general else ""))
            if information:
                score -= w["information"]
                why.append("the request asked only for information sent round")
            on_time = False
            if r.due is not None:
                if r.due.replace(day=1) <= it.date <= r.due:
                    score += w["due"]
                    on_time = True
                    why.append(f"taken when due ({r.due:%B %Y})")
                elif it.date > r.due + s.grace:
                    score -= w["late"]
                    why.append(f"long after it was due ({r.due:%B %Y})")
            specific = share >= s.min_share or on_time or general
            if score < s.threshold or (s.require_specific and not specific):
                continue
            if best is None or score > best[0] + 1e-9:
                best = (score, it, "; ".join(why))
        if best is None:
            continue
        score, it, why = best
        out.append(Fulfilment(
            request=r.iri, item=it.iri, confidence=round(min(score, 1.0), 2), reason=why,
            evidence=frozenset(r.evidence | it.evidence),
            sources=frozenset(r.sources | it.sources),
        ))
    return out
