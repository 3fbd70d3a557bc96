"""Graph analytics over the store with networkx: the entity graph, its projections, and the
figures ``kg stats`` prints and the explorer's overview starts from.

The RDF graph is reified for provenance (evidence spans, source documents, attendance
records), which is right for questions of *where did this come from* but noise for *what is
connected to what*. So the entity graph keeps only the things a reader thinks of (committees,
meetings, items, people, posts, programmes, topics …) and the links between them, and folds
each ``ckg:Attendance`` record into a direct person → meeting edge named by its status.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from kg.namespaces import CKG_IRI  # a string: the rdflib namespace CKG would load rdflib
from kg.store import GraphStore

#: The classes a reader explores, in the order a node with several types is classed by.
ENTITY_CLASSES: tuple[str, ...] = (
    "Committee", "Meeting", "AgendaItem", "Resolution", "ResolutionClause",
    "FollowUpRequest", "Person", "Post", "Programme", "Topic", "Organisation", "Document",
)
_CLASS_VALUES = " ".join(f"ckg:{c}" for c in ENTITY_CLASSES)

# Links between entities: every IRI-valued property except the type and the provenance ones.
_EDGES = f"""
SELECT ?s ?p ?o WHERE {{
  VALUES ?sc {{ {_CLASS_VALUES} }}
  VALUES ?oc {{ {_CLASS_VALUES} }}
  ?s a ?sc ; ?p ?o . ?o a ?oc .
  FILTER (?p NOT IN (rdf:type, prov:wasDerivedFrom, ckg:evidence))
}}
"""
_ATTENDANCE = """
SELECT ?meeting ?who ?status ?capacity WHERE {
  ?meeting ckg:hasAttendance ?a . ?a ckg:attendee ?who .
  OPTIONAL { ?a ckg:attendanceStatus ?status }
  OPTIONAL { ?a ckg:capacity ?capacity }
}
"""
_NODES = f"""
SELECT ?n ?c (MIN(?pref) AS ?p) (MIN(?rdfs) AS ?r) (MIN(?title) AS ?t) (MIN(?name) AS ?f)
       (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts)
WHERE {{
  VALUES ?c {{ {_CLASS_VALUES} }}
  ?n a ?c .
  OPTIONAL {{ ?n skos:prefLabel ?pref }} OPTIONAL {{ ?n rdfs:label ?rdfs }}
  OPTIONAL {{ ?n dcterms:title ?title }} OPTIONAL {{ ?n foaf:name ?name }}
  OPTIONAL {{ ?n skos:altLabel|rdfs:label|foaf:name ?alt }}
}} GROUP BY ?n ?c
"""
_MEETINGS = """
SELECT ?m ?committee ?date (COUNT(DISTINCT ?item) AS ?items) WHERE {
  ?m a ckg:Meeting .
  OPTIONAL { ?m ckg:committee ?committee }
  OPTIONAL { ?m ckg:date ?date }
  OPTIONAL { ?m ckg:hasItem ?item }
} GROUP BY ?m ?committee ?date
"""
#: Counted by the ontology's own classes only: every topic is also a skos:Concept (and a
#: committee an org:Organization, in stores that hold the alignment), and counting both would
#: show each node twice.
_COUNTS = f"""
SELECT ?c (COUNT(DISTINCT ?n) AS ?count) WHERE {{
  ?n a ?c FILTER(STRSTARTS(STR(?c), "{CKG_IRI}"))
}} GROUP BY ?c ORDER BY DESC(?count) ?c
"""

ATTENDED = f"{CKG_IRI}attended"
CAPACITY_AT = f"{CKG_IRI}capacityAt"
PRESENT = f"{CKG_IRI}Present"


def compact(iri: str) -> str:
    """``ckg:hasItem`` for the ontology's terms, the IRI itself otherwise."""
    from kg.store import prefixes

    for name, base in sorted(prefixes().items(), key=lambda kv: -len(kv[1])):
        if name != "id" and iri.startswith(base):
            return f"{name}:{iri[len(base):]}"
    return iri


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def entity_graph(store: GraphStore) -> nx.MultiDiGraph:
    """Entities as nodes (``cls``, ``label``, ``alt_labels``; meetings also ``date`` and
    ``committee``), links as edges keyed by their property IRI."""
    g = nx.MultiDiGraph()
    rank = {c: i for i, c in enumerate(ENTITY_CLASSES)}
    for sol in store.query(_NODES):
        iri, cls = sol["n"].value, local_name(sol["c"].value)
        # The preferred name first; every other name is kept for search.
        label = next((sol[k].value for k in ("p", "r", "t", "f") if sol[k] is not None),
                     local_name(iri))
        alts = sol["alts"].value.split("\x1f") if sol["alts"] is not None else []
        if iri in g and rank[g.nodes[iri]["cls"]] <= rank[cls]:
            continue  # a Topic that is also a Programme is classed once, by ENTITY_CLASSES
        g.add_node(iri, cls=cls, label=label,
                   alt_labels=sorted({a for a in alts if a and a != label}))
    for sol in store.query(_MEETINGS):
        m = sol["m"].value
        if m in g:
            g.nodes[m]["date"] = sol["date"].value if sol["date"] is not None else None
            g.nodes[m]["committee"] = (
                sol["committee"].value if sol["committee"] is not None else None)
            g.nodes[m]["items"] = int(sol["items"].value)
    for sol in store.query(_EDGES):
        s, p, o = sol["s"].value, sol["p"].value, sol["o"].value
        if s in g and o in g:
            g.add_edge(s, o, key=p, predicate=p)
    for sol in store.query(_ATTENDANCE):
        meeting, who = sol["meeting"].value, sol["who"].value
        if meeting not in g or who not in g:
            continue
        status = sol["status"].value if sol["status"] is not None else None
        g.add_edge(who, meeting, key=ATTENDED, predicate=ATTENDED, status=status)
        if sol["capacity"] is not None and sol["capacity"].value in g:
            g.add_edge(sol["capacity"].value, meeting, key=CAPACITY_AT, predicate=CAPACITY_AT)
    return g


def degree(g: nx.MultiDiGraph) -> dict[str, int]:
    """How connected each entity is: its number of distinct neighbours, either direction."""
    return {n: len(set(g.successors(n)) | set(g.predecessors(n))) for n in g}


def co_attendance(g: nx.MultiDiGraph) -> nx.Graph:
    """People joined by the meetings they were both present at (``weight``: how many)."""
    h = nx.Graph()
    for m, attrs in g.nodes(data=True):
        if attrs["cls"] != "Meeting":
            continue
        present = sorted({u for u, _, k, d in g.in_edges(m, keys=True, data=True)
                          if k == ATTENDED and d.get("status") == PRESENT})
        for a, b in combinations(present, 2):
            w = h.get_edge_data(a, b, {"weight": 0})["weight"]
            h.add_edge(a, b, weight=w + 1)
    for n in h:
        h.nodes[n].update(label=g.nodes[n]["label"], cls=g.nodes[n]["cls"])
    return h


def programme_post(g: nx.MultiDiGraph) -> nx.Graph:
    """Programmes and the posts that spoke to them: joined when one agenda item concerns or
    mentions the programme and is presented by, or mentions, the post, or a meeting's text
    outside its items names both (``ckg:meetingMentions``; ``weight``: items and such texts)."""
    h = nx.Graph()
    concerns, presented = f"{CKG_IRI}concerns", f"{CKG_IRI}presentedBy"
    mentions = (f"{CKG_IRI}mentions", f"{CKG_IRI}meetingMentions")
    for item, attrs in g.nodes(data=True):
        if attrs["cls"] not in ("AgendaItem", "Meeting"):
            continue
        out = [(o, k) for _, o, k in g.out_edges(item, keys=True)
               if attrs["cls"] == "AgendaItem" or k in mentions]
        programmes = {o for o, k in out if (k == concerns or k in mentions)
                      and g.nodes[o]["cls"] == "Programme"}
        posts = {o for o, k in out if (k == presented or k in mentions)
                 and g.nodes[o]["cls"] == "Post"}
        for p in programmes:
            for post in posts:
                w = h.get_edge_data(p, post, {"weight": 0})["weight"]
                h.add_edge(p, post, weight=w + 1)
    for n in h:
        h.nodes[n].update(label=g.nodes[n]["label"], cls=g.nodes[n]["cls"])
    return h


@dataclass
class Ranked:
    iri: str
    label: str
    degree: int


@dataclass
class AttendanceRate:
    iri: str
    label: str
    present: int
    meetings: int

    @property
    def rate(self) -> float:
        return self.present / self.meetings if self.meetings else 0.0


@dataclass
class GraphStats:
    """What ``kg stats`` reports."""

    counts: dict[str, int]
    most_connected: dict[str, list[Ranked]]
    attendance: list[AttendanceRate]
    meetings_per_year: dict[str, dict[str, int]]  # committee label → year → meetings
    co_attendance_pairs: list[tuple[str, str, int]]
    programme_posts: list[tuple[str, str, int]]
    notes: list[str] = field(default_factory=list)


def most_connected(g: nx.MultiDiGraph, cls: str, top: int = 10,
                   degrees: dict[str, int] | None = None) -> list[Ranked]:
    deg = degrees if degrees is not None else degree(g)
    ranked = [Ranked(n, a["label"], deg[n]) for n, a in g.nodes(data=True) if a["cls"] == cls]
    ranked.sort(key=lambda r: (-r.degree, r.label.casefold(), r.iri))
    return ranked[:top]


def attendance_rates(g: nx.MultiDiGraph) -> list[AttendanceRate]:
    """For each member (anyone recorded present, absent or giving apologies, not only as a
    guest), the share of their committees' recorded meetings they were present at."""
    recorded: dict[str, set[str]] = defaultdict(set)  # committee → meetings with a register
    member_of: dict[str, set[str]] = defaultdict(set)
    present: Counter[str] = Counter()
    guest = f"{CKG_IRI}AlsoInAttendance"
    for who, meeting, k, d in g.edges(keys=True, data=True):
        if k != ATTENDED:
            continue
        committee = g.nodes[meeting].get("committee")
        if committee is None:
            continue
        recorded[committee].add(meeting)
        if d.get("status") != guest:
            member_of[who].add(committee)
        if d.get("status") == PRESENT:
            present[who] += 1
    rates = []
    for who, committees in member_of.items():
        meetings = len(set().union(*(recorded[c] for c in committees)))
        rates.append(AttendanceRate(who, g.nodes[who]["label"], present[who], meetings))
    rates.sort(key=lambda r: (-r.rate, r.label.casefold()))
    return rates


def meetings_per_year(g: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Meetings whose minutes are in the store, by committee and year."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for _, a in g.nodes(data=True):
        if a["cls"] == "Meeting" and a.get("items") and a.get("date"):
            committee = a.get("committee")
            name = g.nodes[committee]["label"] if committee in g else "(no committee)"
            table[name][a["date"][:4]] += 1
    return {c: dict(sorted(years.items())) for c, years in sorted(table.items())}


def stats(store: GraphStore, top: int = 10) -> GraphStats:
    g = entity_graph(store)
    deg = degree(g)
    counts = {compact(sol["c"].value): int(sol["count"].value)
              for sol in store.query(_COUNTS)}
    co = co_attendance(g)
    pp = programme_post(g)

    def pairs(h: nx.Graph) -> list[tuple[str, str, int]]:
        out = [(h.nodes[a]["label"], h.nodes[b]["label"], d["weight"])
               for a, b, d in h.edges(data=True)]
        out = [(a, b, w) if a.casefold() <= b.casefold() else (b, a, w) for a, b, w in out]
        return sorted(out, key=lambda t: (-t[2], t[0].casefold(), t[1].casefold()))[:top]

    return GraphStats(
        counts=counts,
        most_connected={c: most_connected(g, c, top, deg)
                        for c in ("Programme", "Topic", "Post")},
        attendance=attendance_rates(g),
        meetings_per_year=meetings_per_year(g),
        co_attendance_pairs=pairs(co),
        programme_posts=pairs(pp),
    )
