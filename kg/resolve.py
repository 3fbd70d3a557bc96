"""Entity resolution across documents: which nodes, minted by different documents, are one
real committee, meeting, person, post, organisation, programme or topic.

Each document's graph keeps exactly what that document said, with IRIs minted from the names
it printed; names that normalise alike already share an IRI. What one document cannot know —
that a committee was renamed, that "Children's and Families System Transformation Programme"
(2016) and "Children and Families System Transformation Programme" (2018) are one programme,
that "DWP" is the "Department for Work and Pensions" another document spelt out — is decided
here, from all the documents' graphs at once, so the answer is the same whatever order they
were ingested in. The result (:class:`Resolution`) says which IRI each variant becomes; the
mapping turns it into triples and the store rewrites the union with it.

The joins, strongest first (word lists and thresholds in ``kg/data/resolution.toml``):

- rows of the user's same-as file (``kg/data/sameas.csv``, ``--sameas``): forced joins, and
  forbidden ones that no other rule may make;
- committees: names the alias table (``kg/data/committees.csv``, ``--aliases``) joins, and
  evidence in the minutes: a meeting of one committee confirming "the minutes of the <other
  name> held on …" as its own — the later name becomes the canonical one, the former stays as
  ``skos:altLabel``. Only ever within one council: committees of different councils
  (``org:subOrganizationOf``, from ``kg ingest --council``), or of a council and of none, are
  never joined, by any rule or same-as row;
- meetings: the same committee (once committees are joined) on the same day; a reference to
  a month only ("the March meeting") and the one meeting of that committee known in that month;
- names that normalise alike (case, punctuation, "&", possessives, a leading "the",
  honorifics for people);
- acronyms and their expansions, when a document prints both ("Clinical Commissioning Groups
  (CCG)") or the data file knows them;
- people: a full name and the same name with a middle name or initial, an initial and the one
  full name it fits, spelling variants of one first name's surname; never two people who only
  share a surname, and never a surname alone (a document joins those itself, when it can);
- spelling variants (rapidfuzz ``ratio``, conservative thresholds, never across a "contrast"
  word such as North/South or a different number, never for names too generic to tell apart).
- posts: by their own names and synonyms, never by the same post with or without where it is
  held, which their document also gives them ("Secretary of the Westmarsh Police Federation"
  is its "Secretary", not every other document's Secretary).

Every join is complete-linkage: a fuzzy join needs every pair across the two groups to agree,
so chains of small differences never join two different things.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations

from rapidfuzz import fuzz

from kg.committees import CommitteeAliases
from kg.committees import normalise as normalise_committee
from kg.mapping import UNIDENTIFIED_COMMITTEE, committee_iri, meeting_iri_parts, rebase_meeting
from kg.patterns import load as load_patterns
from kg.sameas import KINDS, Rules  # read and checked apart from the resolver, without rdflib
from kg.store import GraphStore, derived_graphs
from kg.wording import fold  # here as ever; kept in kg.wording so `kg trace` needs no rdflib

_CLASS = {
    "committee": "Committee", "person": "Person", "post": "Post",
    "organisation": "Organisation", "programme": "Programme", "topic": "Topic",
}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


# -- settings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    thresholds: dict[str, int]
    min_length: int
    contrast: frozenset[str]
    generic: frozenset[str]
    acronym_skip: frozenset[str]
    acronyms: dict[str, str]


@cache
def settings() -> Settings:
    raw = tomllib.loads(
        resources.files("kg").joinpath("data/resolution.toml").read_text(encoding="utf-8"))
    fuzzy = dict(raw["fuzzy"])
    min_length = int(fuzzy.pop("min_length"))
    words = raw["words"]
    return Settings(
        thresholds={k: int(v) for k, v in fuzzy.items()},
        min_length=min_length,
        contrast=frozenset(w.casefold() for w in words["contrast"]),
        generic=frozenset(w.casefold() for w in words["generic"]),
        acronym_skip=frozenset(w.casefold() for w in words["acronym_skip"]),
        acronyms={k: v for k, v in raw["acronyms"].items()},
    )


# -- names --------------------------------------------------------------------------------


def is_acronym(label: str) -> bool:
    return bool(_ACRONYM.match(label.strip())) and sum(c.isupper() for c in label) >= 2


def initials(label: str, skip: frozenset[str]) -> str:
    words = re.findall(r"[A-Za-z][A-Za-z']*", label.replace("-", " "))
    return "".join(w[0].upper() for w in words if w.casefold() not in skip)


def _singular(key: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in key.split())


def _digits(key: str) -> list[str]:
    return re.findall(r"\d+", key)


# -- what the documents say ---------------------------------------------------------------


@dataclass
class Node:
    iri: str
    kind: str
    labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    label_docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    docs: set[str] = field(default_factory=set)

    def names(self) -> set[str]:
        return {label for values in self.labels.values() for label in values}


@dataclass
class MeetingNode:
    iri: str
    committees: set[str] = field(default_factory=set)
    date: str | None = None
    month: str | None = None
    ingested: bool = False


@dataclass
class Snapshot:
    """What all the documents' graphs say that resolution needs."""

    nodes: dict[str, Node] = field(default_factory=dict)
    meetings: dict[str, MeetingNode] = field(default_factory=dict)
    # (confirming meeting's committee, confirmed meeting's committee, confirming date)
    confirmations: set[tuple[str, str, str]] = field(default_factory=set)
    meeting_subnodes: set[str] = field(default_factory=set)
    councils: dict[str, str] = field(default_factory=dict)  # committee -> its council
    # document -> the committees whose meetings it minutes
    doc_committees: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def council(self, committee: str) -> str | None:
        return self.councils.get(committee)


_LABELS = {
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "pref",
    "http://www.w3.org/2004/02/skos/core#altLabel": "alt",
    "http://xmlns.com/foaf/0.1/name": "name",
}

_NODES = """
SELECT ?g ?node ?type ?p ?label WHERE {
  GRAPH ?g {
    ?node a ?type .
    OPTIONAL { ?node ?p ?label FILTER (?p IN (rdfs:label, skos:prefLabel, skos:altLabel,
                                              foaf:name)) }
  }
  FILTER (?type IN (ckg:Committee, ckg:Person, ckg:Post, ckg:Organisation, ckg:Programme,
                    ckg:Topic))
  FILTER (?g NOT IN (<RESOLUTION_GRAPH>, <DERIVED_GRAPH>))
}
"""
_MEETINGS = """
SELECT ?g ?m ?c ?date ?month ?item WHERE {
  GRAPH ?g {
    ?m a ckg:Meeting ; ckg:committee ?c .
    OPTIONAL { ?m ckg:date ?date }
    OPTIONAL { ?m ckg:month ?month }
    OPTIONAL { ?m ckg:hasItem ?item }
  }
  FILTER (?g NOT IN (<RESOLUTION_GRAPH>, <DERIVED_GRAPH>))
}
"""
_CONFIRMATIONS = """
SELECT ?a ?b ?date WHERE {
  GRAPH ?g {
    ?item ckg:confirmsMinutesOf ?confirmed ; ckg:meeting ?m .
    ?m ckg:committee ?a .
    ?confirmed ckg:committee ?b .
    OPTIONAL { ?m ckg:date ?date }
  }
  FILTER (?g NOT IN (<RESOLUTION_GRAPH>, <DERIVED_GRAPH>))
}
"""
_COUNCILS = """
SELECT ?c ?council WHERE {
  GRAPH ?g { ?c a ckg:Committee ; org:subOrganizationOf ?council }
  FILTER (?g NOT IN (<RESOLUTION_GRAPH>, <DERIVED_GRAPH>))
}
"""
_MEETING_SUBNODES = """
SELECT DISTINCT ?s WHERE {
  GRAPH ?g { ?s a ?type }
  FILTER (?g NOT IN (<RESOLUTION_GRAPH>, <DERIVED_GRAPH>) && STRSTARTS(STR(?s), PREFIX))
}
"""


def _documents_only(sparql: str) -> str:
    """A query over the documents' graphs: the derived graphs' IRIs (ours, never text from
    minutes) written into it."""
    import pyoxigraph as ox

    res, der = (ox.NamedNode(g).value for g in derived_graphs())
    return sparql.replace("RESOLUTION_GRAPH", res).replace("DERIVED_GRAPH", der)


def snapshot(store: GraphStore) -> Snapshot:
    """Read what resolution needs from the documents' graphs (never the derived ones)."""
    snap = Snapshot()
    for sol in store.query(_documents_only(_NODES)):
        iri = sol["node"].value
        kind = sol["type"].value.rsplit("#", 1)[1].casefold()
        node = snap.nodes.setdefault(iri, Node(iri, kind))
        doc = sol["g"].value
        node.docs.add(doc)
        if sol["p"] is not None:
            label = sol["label"].value
            node.labels[_LABELS[sol["p"].value]].add(label)
            node.label_docs[label].add(doc)
    for sol in store.query(_documents_only(_MEETINGS)):
        m = snap.meetings.setdefault(sol["m"].value, MeetingNode(sol["m"].value))
        m.committees.add(sol["c"].value)
        if sol["date"] is not None:
            m.date = sol["date"].value
        if sol["month"] is not None:
            m.month = sol["month"].value
        if sol["item"] is not None:
            m.ingested = True
            snap.doc_committees[sol["g"].value].add(sol["c"].value)
    for sol in store.query(_documents_only(_CONFIRMATIONS)):
        date = sol["date"].value if sol["date"] is not None else ""
        snap.confirmations.add((sol["a"].value, sol["b"].value, date))
    for sol in store.query(_documents_only(_COUNCILS)):
        snap.councils[sol["c"].value] = sol["council"].value
    return snap


def _subnodes(store: GraphStore, prefix: str) -> set[str]:
    import json

    query = _documents_only(_MEETING_SUBNODES).replace("PREFIX))", json.dumps(prefix) + "))")
    return {sol["s"].value for sol in store.query(query)}


# -- the result ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Join:
    """Why a variant joined its canonical node."""

    kind: str
    canonical: str
    variant: str
    reason: str


@dataclass
class Resolution:
    same_as: dict[str, str] = field(default_factory=dict)  # variant IRI -> canonical IRI
    pref_labels: dict[str, str] = field(default_factory=dict)  # node -> its one prefLabel
    alt_labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    joins: list[Join] = field(default_factory=list)

    def canonical(self, iri: str) -> str:
        return self.same_as.get(iri, iri)


# -- clustering ---------------------------------------------------------------------------


class _Clusters:
    """Union-find over node IRIs that refuses joins a forbidden pair (or a conflict test)
    would put in one cluster; ``apart`` tells pairs no join may ever put together."""

    def __init__(self, iris: Iterable[str], apart: Callable[[str, str], bool] | None = None):
        self.parent = {i: i for i in iris}
        self.members = {i: [i] for i in self.parent}
        self.forbidden: set[frozenset[str]] = set()
        self.apart = apart
        self.reasons: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, x: str, y: str, reason: str,
             ok: Callable[[str, str], bool] | None = None) -> bool:
        """Join the groups of x and y unless a forbidden pair, or a pair ``ok`` refuses,
        would end up in one group (complete linkage)."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return True
        left, right = self.members[rx], self.members[ry]
        for a in left:
            for b in right:
                if frozenset((a, b)) in self.forbidden:
                    return False
                if self.apart is not None and self.apart(a, b):
                    return False
                if ok is not None and not ok(a, b):
                    return False
        if ry < rx:
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx] = sorted(self.members[rx] + self.members.pop(ry))
        for m in (x, y):
            self.reasons.setdefault(m, reason)
        return True

    def groups(self) -> list[list[str]]:
        return [m for m in self.members.values() if len(m) > 1]


def _fuzzy_ok(a: str, b: str, threshold: int, s: Settings, generic_check: bool) -> bool:
    """Two names close enough to be one spelling of the same thing."""
    if a == b:
        return True
    if min(len(a), len(b)) < s.min_length or _digits(a) != _digits(b):
        return False
    if (set(a.split()) ^ set(b.split())) & s.contrast:
        return False
    if generic_check:
        for key in (a, b):
            if len([w for w in key.split() if w not in s.generic]) < 2:
                return False
    return fuzz.ratio(a, b) >= threshold


# -- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    first: str
    middle: tuple[str, ...]
    last: str

    @property
    def full(self) -> str:
        return " ".join((self.first, *self.middle, self.last))

    @property
    def is_initial(self) -> bool:
        return len(self.first) == 1


def _person_name(label: str, honorifics: list[str]) -> _Name | None:
    """First name, middle names and surname, without honorifics ("County Councillor Mrs")."""
    name = " ".join(label.replace(".", " ").split())
    titles = sorted({" ".join(h.replace(".", " ").split()) for h in honorifics}, key=len,
                    reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for title in titles:
            if title and name.casefold().startswith(title.casefold() + " "):
                name, stripped = name[len(title) + 1:], True
                break
    tokens = fold(name).split()
    if len(tokens) < 2:
        return None  # a surname alone names no one across documents
    return _Name(tokens[0], tuple(tokens[1:-1]), tokens[-1])


def _compatible(x: _Name, y: _Name) -> bool:
    """Could these two names be one person? Same surname (or a typo of it, checked by the
    caller), first names equal or an initial of each other, middle names not contradicting."""
    initial = (x.is_initial or y.is_initial) and x.first[0] == y.first[0]
    if x.first != y.first and not initial:
        return False
    return not (x.middle and y.middle and x.middle[0][0] != y.middle[0][0])


def _surname_scope(iri: str) -> str | None:
    """The committee a surname-only person was minted within (``…/person/<committee>/<surname>``,
    see ``kg.mapping.Minter.person``), as the committee's IRI; ``None`` for a full name."""
    base, sep, rest = iri.rpartition("/person/")
    if not sep or "/" not in rest:
        return None
    return f"{base}/committee/{rest.rsplit('/', 1)[0]}"


def _people(nodes: list[Node], c: _Clusters, s: Settings, snap: Snapshot | None = None,
            res: Resolution | None = None) -> None:
    honorifics = list(load_patterns().honorifics)
    names: dict[str, list[_Name]] = {}
    for node in nodes:
        parsed = {_person_name(n, honorifics) for n in node.names()}
        names[node.iri] = sorted((n for n in parsed if n), key=lambda n: n.full)

    def ok(a: str, b: str) -> bool:
        # Every name of one must fit every name of the other: no two people in one cluster.
        return all(_compatible(x, y) and (x.last == y.last or fuzz.ratio(x.full, y.full)
                                          >= s.thresholds["person"])
                   for x in names[a] for y in names[b])

    full = {iri: [n for n in ns if not n.is_initial] for iri, ns in names.items()}
    by_key: dict[str, list[str]] = defaultdict(list)
    by_first_last: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    for iri, ns in sorted(names.items()):
        for n in ns:
            by_key[n.full].append(iri)
            if not n.is_initial:
                by_first_last[(n.first, n.last)].append(iri)
                by_last[n.last].append(iri)
    for key, iris in sorted(by_key.items()):
        for other in iris[1:]:
            c.join(iris[0], other, f"same name ({key})", ok)
    for (first, last), iris in sorted(by_first_last.items()):
        for other in iris[1:]:  # with and without a middle name
            c.join(iris[0], other, f"same first name and surname ({first} {last})", ok)
    # An initial joins the one full name it fits ("J Bould" and "Jane Bould").
    for iri, ns in sorted(names.items()):
        for n in ns:
            if not n.is_initial:
                continue
            fits = sorted({c.find(o) for o in by_last.get(n.last, [])
                           if o != iri and any(f.first[0] == n.first for f in full[o])})
            if len(fits) == 1:
                c.join(iri, fits[0], f"initial fits one full name ({n.full})", ok)
    # A surname alone ("Councillor Snape") joins the one full name with that surname in the
    # minutes of the same committee ("Councillor Mark Snape"); with two or none, it stays apart.
    if snap is not None:
        same = (res.same_as if res is not None else {})
        committees_of = {doc: {same.get(x, x) for x in cs}
                         for doc, cs in snap.doc_committees.items()}
        for node in nodes:
            scope = _surname_scope(node.iri)
            if scope is None or names[node.iri]:
                continue
            scope = same.get(scope, scope)
            surnames = {fold(n).split()[-1] for n in node.names() if fold(n).split()}
            fits = sorted({c.find(o) for last in surnames for o in by_last.get(last, [])
                           if any(scope in committees_of.get(d, set())
                                  for d in snap.nodes[o].docs)})
            if len(fits) == 1:
                c.join(node.iri, fits[0], f"surname fits the one full name at the committee "
                                          f"({', '.join(sorted(surnames))})", ok)
    # A misspelt surname with the same first name ("Mark Olszewski" / "Mark Olszewksi").
    firsts: dict[str, list[tuple[str, _Name]]] = defaultdict(list)
    for iri, ns in sorted(full.items()):
        for n in ns:
            firsts[n.first].append((iri, n))
    for group in firsts.values():
        for (i, x), (j, y) in combinations(group, 2):
            if i != j and x.last != y.last and _fuzzy_ok(x.full, y.full, s.thresholds["person"],
                                                           s, False):
                c.join(i, j, f"spelling variant ({x.full} / {y.full})", ok)


# -- named things -------------------------------------------------------------------------


def _things(kind: str, nodes: list[Node], c: _Clusters, s: Settings,
            attested: dict[tuple[str, str], set[str]]) -> None:
    """Posts, organisations, programmes and topics: normalised names, acronyms, spelling."""
    keys = {n.iri: _join_keys(n) for n in nodes}
    thesaurus = {n.iri for n in nodes if kind == "topic" and _is_concept(n.iri)}
    by_key: dict[str, list[str]] = defaultdict(list)
    for iri, ks in sorted(keys.items()):
        for k in ks:
            by_key[k].append(iri)
    for key, iris in sorted(by_key.items()):
        # A title's topic and a thesaurus concept one of whose labels it is: one topic. Two
        # concepts of the thesaurus are never joined, even if they share a label.
        for other in iris[1:]:
            c.join(iris[0], other, f"same name ({key})",
                   lambda a, b: not (a in thesaurus and b in thesaurus))
    # An acronym alone joins the one node named by what it stands for.
    for node in nodes:
        acronyms = {label for label in node.names() if is_acronym(label)}
        if not acronyms or len(acronyms) != len(node.names()):
            continue
        for acronym in sorted(acronyms):
            expansions = attested.get((kind, acronym), set())
            if acronym in s.acronyms:
                expansions = expansions | {_singular(fold(s.acronyms[acronym]))}
            fits = sorted({c.find(o) for o in keys for k in keys[o]
                           if o != node.iri and _singular(k) in expansions})
            if len(fits) == 1:
                c.join(node.iri, fits[0], f"acronym ({acronym})")
    # Spelling variants, complete-linkage.
    threshold = s.thresholds[kind]
    generic = kind in ("programme", "organisation", "topic")
    flat = sorted((k, iri) for iri, ks in keys.items() for k in ks if not is_acronym(k.upper()))

    def ok(a: str, b: str) -> bool:
        if a in thesaurus and b in thesaurus:
            return False
        return all(_fuzzy_ok(x, y, threshold, s, generic) for x in keys[a] for y in keys[b]
                   if not (is_acronym(x.upper()) or is_acronym(y.upper())))

    # Compared within names that start alike: a spelling variant keeps its first letter, and
    # the pairs to compare stay few.
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k, iri in flat:
        by_first[k[:1]].append((k, iri))
    candidates = []
    for group in by_first.values():
        for (x, i), (y, j) in combinations(group, 2):
            if i != j and _fuzzy_ok(x, y, threshold, s, generic):
                candidates.append((-fuzz.ratio(x, y), x, y, i, j))
    for _, x, y, i, j in sorted(candidates):
        c.join(i, j, f"spelling variant ({x} / {y})", ok)


def _join_keys(node: Node) -> set[str]:
    """The names (folded) by which a node may be joined to another.

    A post's other names include the same post with or without where it is held: a roll's
    "Secretary of the Westmarsh Police Federation" is also its "Secretary", a "Chair" also
    the "Chair of Council" its document wrote, a "Clerk and Chief Executive" also "Clerk" and
    "Chief Executive". Such a name says what the post is, not which post: joined by it, a
    body's post would be one with the bare post of every other document, and through it with
    every other body's (two different people's posts made one, and chains of them). So a post
    is joined by its own names, and by the other names that are neither within one of these
    keys nor hold one (a synonym, "Chairman"; a spelling; its initials), shortest first: so
    a synonym's own-body form ("Chairman of the Council", given a "Chair") is not one."""
    names = {fold(label) for label in node.names()} - {""}
    own = {fold(label) for k in ("label", "pref") for label in node.labels.get(k, ())} - {""}
    if node.kind != "post" or not own:
        return names
    keys = set(own)
    said = {k: _post_words(k) for k in names}
    for n in sorted(names - own, key=lambda n: (len(n.split()), n)):
        if not any(_within(said[n], said[k]) or _within(said[k], said[n]) for k in keys):
            keys.add(n)
    return keys


@cache
def _post_synonyms() -> tuple[tuple[str, str], ...]:
    """The lexicon's names of one post (``posts.synonyms``: "chair", "chairman" …), each
    with the first of its group, longest first (read from the data file: no spaCy here)."""
    from kg.patterns import lexicon_data

    pairs = {(f" {fold(w)} ", f" {fold(group[0])} ")
             for group in lexicon_data()["posts"]["synonyms"] for w in group[1:]}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def _post_words(key: str) -> str:
    """A folded post name with each synonym said one way: "chair of the council" is the
    "chairman of the council", so it is the Chair's own-body form as much as the Chairman's."""
    said = f" {key} "
    for word, first in _post_synonyms():
        said = said.replace(word, first)
    return said.strip()


def _within(short: str, long: str) -> bool:
    """Whether the words of ``short`` are a run of the words of ``long`` (and fewer)."""
    a, b = short.split(), long.split()
    return len(a) < len(b) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _is_concept(iri: str) -> bool:
    """A topic of the thesaurus (its IRI is not under the data base)."""
    from kg.namespaces import data_base

    return not iri.startswith(data_base())


def _attested_acronyms(nodes: Iterable[Node], s: Settings) -> dict[tuple[str, str], set[str]]:
    """Acronyms a document spells out: one node named both "CCG" and "Clinical Commissioning
    Groups" says what CCG stands for."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node in nodes:
        names = node.names()
        for acronym in (n for n in names if is_acronym(n)):
            for full in names:
                if full != acronym and initials(full, s.acronym_skip).startswith(acronym):
                    out[(node.kind, acronym)].add(_singular(fold(full)))
    return out


# -- committees and meetings --------------------------------------------------------------


def _committees(nodes: list[Node], snap: Snapshot, c: _Clusters,
                aliases: CommitteeAliases) -> None:
    from kg.committees import normalise

    unidentified = {n.iri for n in nodes if UNIDENTIFIED_COMMITTEE in n.names()}
    # Names are compared within one council (or among the committees of none).
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in sorted(nodes, key=lambda n: n.iri):
        for name in node.names():
            by_key[(snap.council(node.iri) or "", normalise(aliases.resolve(name)))].append(
                node.iri)
    for (_, key), iris in sorted(by_key.items()):
        for other in iris[1:]:
            c.join(iris[0], other, f"same name or alias ({key})")
    known = {n.iri for n in nodes}
    for a, b, _ in sorted(snap.confirmations):
        if a != b and a in known and b in known and not {a, b} & unidentified:
            c.join(a, b, "confirms the other's minutes as its own")


def _council_scope(iri: str, kind: str) -> str | None:
    """The council a post or programme was minted within (``…/post/<council>/<slug>``, see
    ``kg.mapping.Minter.scoped``); ``None`` when its document named no council."""
    _, sep, rest = iri.partition(f"/{kind}/")
    return rest.rsplit("/", 1)[0] if sep and "/" in rest else None


def _other_scope(kind: str) -> Callable[[str, str], bool]:
    """Posts and programmes of different councils, or of a council and of none, are never
    one: two councils' Leaders are two people's posts."""
    return lambda a, b: _council_scope(a, kind) != _council_scope(b, kind)


def _other_council(snap: Snapshot) -> Callable[[str, str], bool]:
    """Committees of different councils, or of a council and of none, are never one."""
    return lambda a, b: snap.council(a) != snap.council(b)


def _committee_canonical(group: list[str], nodes: dict[str, Node], snap: Snapshot,
                         aliases: CommitteeAliases) -> tuple[str, str]:
    """The name (and IRI) a joined committee goes by: the alias table's canonical name if
    it knows one, else the name its latest ingested meeting printed (a renamed committee's
    current name), else the name most documents print."""
    from kg.committees import normalise

    names = sorted({name for iri in group for name in nodes[iri].names()})
    council = snap.council(group[0])  # one council: committees of two are never joined
    for name in names:
        if normalise(name) in aliases.canonical:
            canonical = aliases.resolve(name)
            return committee_iri(canonical, aliases, council=council), canonical
    latest: dict[str, str] = {}
    for m in snap.meetings.values():
        if m.ingested and m.date:
            for cm in m.committees & set(group):
                latest[cm] = max(latest.get(cm, ""), m.date)
    for a, _, date in snap.confirmations:
        if a in group and date:
            latest[a] = max(latest.get(a, ""), date)

    # max() keeps the first of equals, and the group is sorted: ties go to the smaller IRI.
    best = max(sorted(group), key=lambda i: (latest.get(i, ""), len(nodes[i].docs)))
    prefs = sorted(nodes[best].labels.get("pref") or nodes[best].names())
    return best, prefs[0]


def _meetings(snap: Snapshot, res: Resolution, store: GraphStore | None) -> None:
    """One meeting per committee and day: rebase each meeting onto its committee's canonical
    IRI, join a month-only reference to the one meeting known in that month."""
    target: dict[str, str] = {}
    for m in sorted(snap.meetings.values(), key=lambda m: m.iri):
        committees = sorted({res.canonical(c) for c in m.committees})
        target[m.iri] = rebase_meeting(m.iri, committees[0]) if committees else m.iri
    by_month: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in snap.meetings.values():
        if m.date:
            for c in m.committees:
                by_month[(res.canonical(c), m.date[:7])].add(target[m.iri])
    for m in sorted(snap.meetings.values(), key=lambda m: m.iri):
        if m.month and not m.date:
            for c in sorted(m.committees):
                dated = by_month.get((res.canonical(c), m.month[:7]), set())
                if len(dated) == 1:
                    (only,) = dated
                    target[m.iri] = only
                    res.joins.append(Join("meeting", only, m.iri,
                                          "the one meeting of the committee that month"))
    rebased = {m: t for m, t in target.items() if t != m}
    for m, t in sorted(rebased.items()):
        res.same_as[m] = t
    # Items, resolutions, follow-ups and attendance live under their meeting's IRI.
    moved = {m: t for m, t in rebased.items() if meeting_iri_parts(m) and meeting_iri_parts(t)
             and meeting_iri_parts(m)[1] == meeting_iri_parts(t)[1]}
    if moved and store is not None:
        from kg.namespaces import data_base

        for sub in sorted(_subnodes(store, f"{data_base()}meeting/")):
            for m, t in moved.items():
                if sub.startswith(m + "/"):
                    res.same_as[sub] = t + sub[len(m):]
                    break


# -- putting it together ------------------------------------------------------------------


def _rank(node: Node) -> tuple:
    """Which node of a group names it: a thesaurus concept; a name over an acronym; for a
    person, the fullest name; then the node most documents state; then the IRI."""
    names = node.names()
    if node.kind == "person":  # honorifics aside: "Councillor Heath" is less than "Gill Heath"
        honorifics = list(load_patterns().honorifics)
        parsed = (_person_name(n, honorifics) for n in names)
        longest = max((len(p.full.split()) if p else 1 for p in parsed), default=0)
    else:
        longest = 0
    return (
        0 if node.kind == "topic" and _is_concept(node.iri) else 1,
        1 if names and all(is_acronym(n) for n in names) else 0,
        -longest if node.kind == "person" else 0,
        -len(node.docs),
        node.iri,
    )


def _chosen_label(labels: set[str], node_docs: dict[str, set[str]]) -> str:
    return min(labels, key=lambda label: (-len(node_docs.get(label, ())), -len(label), label))


def _canonical(group: list[str], nodes: dict[str, Node]) -> tuple[str, str]:
    """The canonical node of a group and its one prefLabel.

    The name is the one most documents print (in any of its printings, any label), preferring
    a full name to an acronym and a name some document gave as preferred; the node is a
    thesaurus concept if there is one (with its own name), else the node that name belongs
    to, else the best by :func:`_rank` (for a person: the fullest name)."""
    members = [nodes[i] for i in group]
    concept = [n for n in members if n.kind == "topic" and _is_concept(n.iri)]
    if concept:
        best = min(concept, key=_rank)
        prefs = best.labels.get("pref", set())
        return best.iri, (_chosen_label(prefs, best.label_docs) if prefs else "")
    if members[0].kind == "person":
        return min(members, key=_rank).iri, ""
    support: dict[str, set[str]] = defaultdict(set)
    printed: dict[str, set[str]] = defaultdict(set)
    preferred: set[str] = set()
    for n in members:
        for label, docs in n.label_docs.items():
            support[fold(label)] |= docs
            printed[label] |= docs
        preferred |= n.labels.get("pref", set())
    names = [label for label in printed if fold(label)]
    if not names:
        return min(members, key=_rank).iri, ""
    full = [label for label in names if not is_acronym(label)] or names
    pref = min(full, key=lambda label: (-len(support[fold(label)]), -len(printed[label]),
                                       label not in preferred, label))
    owners = [n for n in members if pref in n.labels.get("pref", set())]
    return min(owners or members, key=_rank).iri, pref


def _rule_nodes(rule_name: str, kind: str, nodes: list[Node]) -> list[str]:
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", rule_name) and " " not in rule_name:
        return [n.iri for n in nodes if n.iri == rule_name]
    key = fold(rule_name)
    return [n.iri for n in nodes if key in {fold(label) for label in n.names()}]


def resolve(snap: Snapshot, aliases: CommitteeAliases | None = None,
            rules: Rules | None = None, store: GraphStore | None = None) -> Resolution:
    """Decide which nodes are one thing. A function of what the documents say (and the alias
    table and same-as rules), never of the order they were ingested in."""
    aliases = aliases or CommitteeAliases.load()
    rules = rules or Rules.load()
    s = settings()
    res = Resolution()
    by_kind: dict[str, list[Node]] = defaultdict(list)
    for node in sorted(snap.nodes.values(), key=lambda n: n.iri):
        by_kind[node.kind].append(node)
    attested = _attested_acronyms(snap.nodes.values(), s)
    for kind in KINDS:
        nodes = by_kind.get(kind, [])
        apart = (_other_council(snap) if kind == "committee"
                 else _other_scope(kind) if kind in ("post", "programme") else None)
        c = _Clusters((n.iri for n in nodes), apart)
        forced: list[tuple[str, str]] = []
        for rule in (r for r in rules.rules if r.kind == kind):
            left, right = _rule_nodes(rule.a, kind, nodes), _rule_nodes(rule.b, kind, nodes)
            for a in left:
                for b in right:
                    if a == b:
                        continue
                    if rule.same:
                        forced.append((a, b))
                    else:
                        c.forbidden.add(frozenset((a, b)))
        for a, b in forced:
            c.join(a, b, "same-as file")
        if kind == "committee":
            _committees(nodes, snap, c, aliases)
        elif kind == "person":
            _people(nodes, c, s, snap, res)
        else:
            _things(kind, nodes, c, s, attested)
        _settle(kind, c, snap, res, aliases)
    _bodies_that_meet(snap, res)
    _meetings(snap, res, store)
    return res


def _bodies_that_meet(snap: Snapshot, res: Resolution) -> None:
    """An organisation named exactly as a committee the graph knows (a Health and Wellbeing
    Board mentioned in one council's minutes, whose own meetings are minuted or referred to)
    is that committee: one node, a committee that is also an organisation. A name that two
    councils' committees share joins neither."""
    committees: dict[str, set[str]] = defaultdict(set)
    for node in snap.nodes.values():
        if node.kind == "committee":
            for name in node.names():
                committees[normalise_committee(name)].add(res.canonical(node.iri))
    groups: dict[str, list[str]] = defaultdict(list)
    for node in sorted(snap.nodes.values(), key=lambda n: n.iri):
        if node.kind == "organisation":
            groups[res.canonical(node.iri)].append(node.iri)
    for canonical, members in sorted(groups.items()):
        names = {name for m in members for name in snap.nodes[m].names()}
        targets = {c for name in names for c in committees.get(normalise_committee(name), ())}
        if len(targets) != 1:
            continue
        (committee,) = targets
        for iri in members:
            res.same_as[iri] = committee
            res.joins.append(Join("organisation", committee, iri,
                                  "an organisation named as a committee"))
        res.alt_labels[committee] |= res.alt_labels.pop(canonical, set())
        res.pref_labels.pop(canonical, None)
        node = snap.nodes.get(committee)
        prefs = node.labels.get("pref", set()) if node else set()
        if prefs and committee not in res.pref_labels:  # the committee keeps its own name
            res.pref_labels[committee] = _chosen_label(prefs, node.label_docs)
        res.alt_labels[committee] |= names - {res.pref_labels.get(committee, "")} - prefs


def _settle(kind: str, c: _Clusters, snap: Snapshot, res: Resolution,
            aliases: CommitteeAliases) -> None:
    """Name each group's canonical node and its labels; one prefLabel per node."""
    nodes = snap.nodes
    grouped: set[str] = set()
    for group in sorted(c.groups()):
        grouped |= set(group)
        if kind == "committee":
            canonical, pref = _committee_canonical(group, nodes, snap, aliases)
        else:
            canonical, pref = _canonical(group, nodes)
        for iri in group:
            if iri != canonical:
                res.same_as[iri] = canonical
                res.joins.append(Join(kind, canonical, iri, c.reasons.get(iri, "joined")))
        if pref:
            res.pref_labels[canonical] = pref
        names = {label for i in group for label in nodes[i].names()}
        names |= {label for i in group for label in nodes[i].labels.get("pref", set())}
        res.alt_labels[canonical] |= {n for n in names if n != pref}
    # A node one document named one way and another another way keeps one prefLabel.
    for iri in sorted(set(c.parent) - grouped):
        prefs = nodes[iri].labels.get("pref", set())
        if len(prefs) > 1:
            pref = _chosen_label(prefs, nodes[iri].label_docs)
            res.pref_labels[iri] = pref
            res.alt_labels[iri] |= prefs - {pref}


def resolve_store(store: GraphStore, aliases: CommitteeAliases | None = None,
                  rules: Rules | None = None) -> Resolution:
    """Resolution of everything in the store's documents' graphs."""
    return resolve(snapshot(store), aliases, rules, store)
