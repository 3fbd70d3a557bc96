"""Topics: the issues a committee follows over time, from a small editable SKOS thesaurus
(``kg/data/topics.ttl``) and from item titles.

An item concerns a thesaurus topic when its title uses one of the topic's labels, or its
minute text uses them three times or more (a passing mention is not what an item is about). An
item whose title matches no topic, and is not procedural business ("Declarations of
Interest", "Minutes"), gets a topic of its own named from its title, so issues the thesaurus
does not know yet are still followed; that is how the extractor adds topics it finds.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

_MIN_TEXT_HITS = 3


@dataclass(frozen=True)
class TopicMatch:
    """A topic an item concerns. ``iri`` is the thesaurus concept's; a topic found in a
    title (``new``) has none, and the mapping names it from its label."""

    label: str
    iri: str | None = None
    new: bool = False
    aliases: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Case, apostrophes, "&" and punctuation do not tell two wordings of a topic apart."""
    s = text.casefold().replace("’", "'").replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class _Concept:
    iri: str
    label: str
    aliases: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _TitleWords:
    procedural: frozenset[str]
    procedural_starts: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]


@cache
def _title_words() -> _TitleWords:
    raw = tomllib.loads(
        resources.files("kg").joinpath("data/nlp/lexicon.toml").read_text(encoding="utf-8")
    )["topics"]
    by_length = lambda ws: tuple(sorted((normalise(w) for w in ws), key=len, reverse=True))  # noqa: E731
    return _TitleWords(
        frozenset(normalise(w) for w in raw["procedural"]),
        tuple(normalise(w) for w in raw["procedural_starts"]),
        by_length(raw["title_prefixes"]),
        by_length(raw["title_suffixes"]),
    )


class Thesaurus:
    """The topic concepts and the wordings that name them."""

    def __init__(self, concepts: list[_Concept]):
        self.concepts = concepts

    @classmethod
    def load(cls, path: Path | None = None) -> Thesaurus:
        return _load(str(path) if path else None)

    @classmethod
    def parse(cls, graph: Graph) -> Thesaurus:
        concepts = []
        for iri in sorted(set(graph.subjects(RDF.type, SKOS.Concept))):
            pref = graph.value(iri, SKOS.prefLabel)
            if pref is None:
                continue
            alt = tuple(sorted(str(o) for o in graph.objects(iri, SKOS.altLabel)))
            labels = {normalise(str(pref)), *map(normalise, alt)}
            labels |= {normalise(str(o)) for o in graph.objects(iri, SKOS.hiddenLabel)}
            labels.discard("")
            alternatives = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
            pattern = re.compile(rf"\b(?:{alternatives})\b")
            concepts.append(_Concept(str(iri), str(pref), alt, pattern))
        return cls(concepts)

    def match(self, title: str | None, text: str | None) -> list[TopicMatch]:
        """The topics an item concerns, from its title and minute text."""
        t = normalise(title or "")
        body = normalise(text or "")
        found = [
            TopicMatch(c.label, c.iri, aliases=c.aliases)
            for c in self.concepts
            if (t and c.pattern.search(t)) or len(c.pattern.findall(body)) >= _MIN_TEXT_HITS
        ]
        in_title = any(c.pattern.search(t) for c in self.concepts) if t else False
        if not in_title and (label := title_topic(title)):
            found.append(TopicMatch(label, None, new=True))
        return found


@cache
def _load(path: str | None) -> Thesaurus:
    g = Graph()
    if path is None:
        data = resources.files("kg").joinpath("data/topics.ttl").read_text(encoding="utf-8")
        g.parse(data=data, format="turtle")
    else:
        g.parse(path, format="turtle")
    return Thesaurus.parse(g)


def title_topic(title: str | None) -> str | None:
    """The topic an item's title names, without the words that only frame it ("Progress
    with the …", "… Update"); ``None`` for procedural business."""
    if not title:
        return None
    words = _title_words()
    label = " ".join(title.replace("’", "'").split())
    norm = normalise(label)
    if not norm or norm in words.procedural or norm.startswith(words.procedural_starts):
        return None
    changed = True
    while changed:
        changed = False
        for prefix in words.prefixes:
            m = re.match(rf"(?i){_loose(prefix)}\s+", label)
            if m and len(label) > m.end():
                label, changed = label[m.end():], True
        for suffix in words.suffixes:
            m = re.search(rf"(?i)[\s,:;–-]+{_loose(suffix)}$", label)
            if m and m.start() > 0:
                label, changed = label[: m.start()], True
    label = label.strip(" ,:;–-")
    norm = normalise(label)
    if len(norm) < 3 or norm in words.procedural or norm in words.suffixes + words.prefixes:
        return None
    return label


def _loose(phrase: str) -> str:
    """A normalised phrase as a pattern over printed text: "and" may be "&"."""
    return r"\s+".join("(?:and|&)" if w == "and" else re.escape(w) for w in phrase.split())
