"""The explorer: what it draws, what a click on a node shows, and the page itself.

The page is a pyvis (vis-network) graph with its JavaScript inlined, so it works with no
internet, served by ``kg serve`` or written whole by ``kg explore``. It starts from an
overview (committees, their meetings along a time line, the most connected programmes and
topics) and grows by double-click; it never draws more than a cap, and says so.

An :class:`ExplorerIndex` is built once from the store: the entity graph (networkx, from
:mod:`kg.analytics`) with each node's committees and meeting dates for the filters. Search,
overview and neighbours come from it; a node's properties and evidence come from the store,
with the node's IRI bound as a term, never spliced into the query.

Everything from the minutes is untrusted: the page puts data in ``application/json`` script
blocks (with ``<``, ``>`` and ``&`` escaped) and its script writes text with ``textContent``
only; a Content-Security-Policy with a per-page nonce is the second line of defence.
"""

from __future__ import annotations

import importlib.util
import json
import re
import secrets
from collections import Counter, deque
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import networkx as nx
import pyoxigraph as ox

from kg.analytics import (
    ATTENDED,
    CAPACITY_AT,
    compact,
    degree,
    entity_graph,
    local_name,
)
from kg.namespaces import CKG_IRI  # a string: the rdflib namespace CKG would load rdflib
from kg.output import replacing
from kg.store import GraphStore

if TYPE_CHECKING:
    from pyvis.network import Network

WEB = Path(__file__).resolve().parent / "web"

#: Colour and vis-network shape of each class: the legend and the nodes agree.
CLASS_STYLES: dict[str, dict[str, str]] = {
    "Committee": {"color": "#1b9e77", "shape": "diamond", "label": "Committee"},
    "Meeting": {"color": "#d95f02", "shape": "square", "label": "Meeting"},
    "AgendaItem": {"color": "#7570b3", "shape": "dot", "label": "Agenda item"},
    "Resolution": {"color": "#e7298a", "shape": "triangle", "label": "Resolution"},
    "ResolutionClause": {"color": "#f4a6c9", "shape": "triangle", "label": "Resolution clause"},
    "FollowUpRequest": {"color": "#66a61e", "shape": "star", "label": "Follow-up"},
    "Person": {"color": "#e6ab02", "shape": "dot", "label": "Person"},
    "Post": {"color": "#a6761d", "shape": "hexagon", "label": "Post"},
    "Programme": {"color": "#1f78b4", "shape": "square", "label": "Programme"},
    "Topic": {"color": "#b2182b", "shape": "diamond", "label": "Topic"},
    "Organisation": {"color": "#666666", "shape": "triangleDown", "label": "Organisation"},
    "Document": {"color": "#9e9ac8", "shape": "triangleDown", "label": "Document"},
}
#: What the search box looks through: the things people ask about by name.
SEARCHABLE = ("Topic", "Programme", "Committee", "Person", "Post", "Meeting", "Organisation",
              "AgendaItem")

DEFAULT_OVERVIEW = 150  # nodes drawn at first
DEFAULT_MAX_NODES = 400  # nodes ever drawn on one page
TOP = 10  # programmes and topics in the overview
NEIGHBOURS = 40  # nodes one double-click adds
LABEL_CHARS = 40

# How meetings reach the things discussed at them, for the filters: out along these, never
# into another meeting or committee.
_DISCUSSED = (f"{CKG_IRI}concerns", f"{CKG_IRI}mentions")


# The least distance between two meetings drawn in one committee's lane (canvas units); their
# labels usually ask for more (see label_width).
MEETING_GAP = 60
# The node labels' font size (VIS_OPTIONS), and how wide a character of it may be drawn: 0.62
# em is about the widest sans (DejaVu Sans, what a bare Linux browser falls back to) gives a
# mixed label, so a label measured by it is never wider on the page than the room it was given.
LABEL_FONT = 13
CHAR_EM = 0.62
LABEL_PAD = 16  # the least white between two labels on one row
LANE_GAP = 140  # between committee lanes, and between the rows of programmes and topics
TIME_LINE = 1600  # the least width of the time line


def label_width(label: str) -> float:
    """How wide ``label`` is drawn at most (canvas units, at the node font), for spacing."""
    return len(label) * LABEL_FONT * CHAR_EM


def short(label: str, n: int = LABEL_CHARS) -> str:
    return label if len(label) <= n else label[: n - 1].rstrip() + "…"


@dataclass
class ExplorerIndex:
    """The entity graph and what the filters need, built once per store snapshot."""

    graph: nx.MultiDiGraph
    degrees: dict[str, int]
    committees_of: dict[str, set[str]]
    dates_of: dict[str, set[str]]

    @classmethod
    def build(cls, store: GraphStore) -> ExplorerIndex:
        g = entity_graph(store)
        committees_of: dict[str, set[str]] = {n: set() for n in g}
        dates_of: dict[str, set[str]] = {n: set() for n in g}
        for m, a in g.nodes(data=True):
            if a["cls"] == "Committee":
                committees_of[m].add(m)
            if a["cls"] != "Meeting":
                continue
            committee, day = a.get("committee"), a.get("date")
            for n in _context(g, m):
                if committee:
                    committees_of[n].add(committee)
                if day:
                    dates_of[n].add(day)
        return cls(g, degree(g), committees_of, dates_of)

    # -- nodes -----------------------------------------------------------------------------

    def __contains__(self, iri: object) -> bool:
        return iri in self.graph

    def summary(self, iri: str) -> dict[str, Any]:
        """A node as the page draws it (style comes from its class)."""
        a = self.graph.nodes[iri]
        style = CLASS_STYLES[a["cls"]]
        # A meeting is drawn in its committee's lane: its date says which one it is.
        label = a["label"].rsplit(", ", 1)[-1] if a["cls"] == "Meeting" else a["label"]
        node: dict[str, Any] = {
            "id": iri, "label": short(label), "title": a["label"], "cls": a["cls"],
            "color": style["color"], "shape": style["shape"],
            "committees": sorted(self.committees_of[iri]),
            "dates": sorted(self.dates_of[iri]), "degree": self.degrees[iri],
        }
        if a["cls"] == "Meeting" and not a.get("items"):
            node["minuted"] = False  # known only from another meeting's minutes
        return node

    def total(self) -> int:
        return self.graph.number_of_nodes()

    def committees(self) -> list[dict[str, str]]:
        return sorted(({"id": n, "label": a["label"]} for n, a in self.graph.nodes(data=True)
                       if a["cls"] == "Committee"), key=lambda c: c["label"].casefold())

    def date_span(self) -> tuple[str | None, str | None]:
        days = sorted(d for ds in self.dates_of.values() for d in ds)
        return (days[0], days[-1]) if days else (None, None)

    # -- what is drawn ---------------------------------------------------------------------

    def edge(self, s: str, o: str, predicate: str, **extra: Any) -> dict[str, Any]:
        label = local_name(predicate)
        if predicate == ATTENDED:
            status = extra.pop("status", None)
            label = local_name(status) if status else "attended"
        elif predicate == CAPACITY_AT:
            label = "capacity"
        return {"id": f"{s} {predicate} {o}", "from": s, "to": o, "label": label,
                "title": compact(predicate), **extra}

    def edges_among(self, nodes: set[str]) -> list[dict[str, Any]]:
        seen = set()
        out = []
        for s, o, k, d in self.graph.edges(keys=True, data=True):
            if s in nodes and o in nodes:
                e = self.edge(s, o, k, **({"status": d["status"]} if d.get("status") else {}))
                if e["id"] not in seen:
                    seen.add(e["id"])
                    out.append(e)
        return out

    def overview(self, limit: int = DEFAULT_OVERVIEW) -> dict[str, Any]:
        """Committees, their meetings along a time line, the most connected programmes and
        topics, and who discussed what: at most ``limit`` nodes."""
        g, deg = self.graph, self.degrees
        limit = max(1, limit)
        by_cls: dict[str, list[str]] = {c: [] for c in CLASS_STYLES}
        for n, a in g.nodes(data=True):
            by_cls[a["cls"]].append(n)
        meetings_of = Counter(g.nodes[m].get("committee") for m in by_cls["Meeting"])
        committees = sorted(by_cls["Committee"],
                            key=lambda c: (-meetings_of[c], g.nodes[c]["label"].casefold()))
        top = min(TOP, max(1, limit // 6))

        def ranked(cls: str) -> list[str]:
            return sorted(by_cls[cls], key=lambda n: (-deg[n], g.nodes[n]["label"].casefold()))

        lanes, rest = committees[: max(1, limit // 5)], committees[max(1, limit // 5):]
        programmes, topics = ranked("Programme")[:top], ranked("Topic")[:top]
        room = limit - len(lanes) - len(programmes) - len(topics)

        def first(m: str) -> tuple[bool, int]:  # minuted meetings first, then the newest
            return (not g.nodes[m].get("items"), _neg_date(g.nodes[m].get("date")))

        of: dict[str, list[str]] = {c: [] for c in committees}
        for m in sorted(by_cls["Meeting"], key=first):
            if g.nodes[m].get("committee") in of:
                of[g.nodes[m]["committee"]].append(m)
        # A meeting is drawn in its committee's lane, so only the lanes' meetings are drawn
        # (one whose committee had no lane floated over the others, and covered their
        # labels); more lanes while there is room their meetings would leave empty, and each
        # lane's first meeting before any lane's second.
        while rest and room > 1 and sum(len(of[c]) for c in lanes) < room:
            lanes.append(rest.pop(0))
            room -= 1
        committees = lanes
        meetings = [*sorted((of[c][0] for c in lanes if of[c]), key=first),
                    *sorted((m for c in lanes for m in of[c][1:]), key=first)][: max(0, room)]
        chosen = [*committees, *meetings, *programmes, *topics][:limit]
        drawn = set(chosen)
        # The page draws nodes in list order, later ones on top: committees and meetings come
        # last, so a node dragged (or a neighbour drawn) onto a lane never hides (or takes the
        # clicks of) the meeting it lies on.
        fixed = set(committees) | set(meetings)
        nodes = [self.summary(n) for n in sorted(chosen, key=lambda n: n in fixed)]
        # Lanes edges (a meeting to its committee, or to another meeting) lie along a lane: a
        # name on each would be drawn on top of all the others there. Their tooltips keep it.
        edges = [{**e, "label": ""} if e["from"] in fixed and e["to"] in fixed else e
                 for e in self.edges_among(drawn)]
        # A meeting discussed a programme or topic when one of its items did, or its text
        # outside the items named it (ckg:meetingMentions: counted as one).
        discussed: Counter[tuple[str, str]] = Counter()
        for m in meetings:
            for _, item, k in g.out_edges(m, keys=True):
                if k == f"{CKG_IRI}meetingMentions" and item in drawn:
                    discussed[(m, item)] += 1
                if k != f"{CKG_IRI}hasItem":
                    continue
                for _, t, k2 in g.out_edges(item, keys=True):
                    if k2 in _DISCUSSED and t in drawn:
                        discussed[(m, t)] += 1
        for (m, t), n in sorted(discussed.items()):
            edges.append({"id": f"{m} discussed {t}", "from": m, "to": t,
                          "title": f"discussed ({n} item{'s' if n > 1 else ''})", "value": n,
                          "dashes": True})
        self._lay_out_time_line(nodes, committees, edges)
        return {"nodes": nodes, "edges": edges, "total": self.total(), "limit": limit,
                "capped": len(nodes) < self.total()}

    def _lay_out_time_line(self, nodes: list[dict[str, Any]], committees: list[str],
                           edges: list[dict[str, Any]]) -> None:
        """Committees in lanes down the left, each meeting placed along its lane by date; the
        programmes and topics in two rows above, each over the meetings that discussed it.

        Everything is placed, with room for its label: a node left to the physics drifts
        onto the lane of the meetings it is linked to and covers their labels. The time line
        is as wide as its most crowded lane needs, so its meetings keep their places in time
        and a lane's labels never overlap."""
        lane = {c: i for i, c in enumerate(committees)}
        days = [date.fromisoformat(d) for n in nodes if n["cls"] == "Meeting"
                for d in n["dates"][:1]]
        first, last = (min(days), max(days)) if days else (None, None)
        span = max(1, (last - first).days) if first and last else 1
        rows: dict[str, list[dict[str, Any]]] = {}
        for n in nodes:
            committee = self.graph.nodes[n["id"]].get("committee")
            if n["cls"] == "Meeting" and committee in lane:
                rows.setdefault(committee, []).append(n)
        for row in rows.values():
            row.sort(key=lambda n: (n["dates"][:1] or ["9999"], n["id"]))
        width = max([TIME_LINE, *(sum(_gap(a, b) for a, b in pairwise(row))
                                  for row in rows.values())])
        for n in nodes:
            if n["cls"] == "Committee":
                n.update(x=-300, y=lane[n["id"]] * LANE_GAP, fixed=True, physics=False)
        for committee, row in rows.items():
            for n in row:
                x = width + 250 if not n["dates"] or first is None else (
                    (date.fromisoformat(n["dates"][0]) - first).days / span * width)
                n.update(x=x, y=lane[committee] * LANE_GAP, fixed=True, physics=False)
            # Meetings a few weeks apart would be drawn on top of each other, where neither
            # can be read or clicked: each keeps its place in time order, with room for both
            # labels.
            _spread(row)
        # Programmes above topics above the lanes, each over the meetings linked to it.
        at = {n["id"]: n["x"] for n in nodes if "x" in n}
        near: dict[str, list[float]] = {}
        for e in edges:
            for a, b in ((e["from"], e["to"]), (e["to"], e["from"])):
                if b in at:
                    near.setdefault(a, []).append(at[b])
        for cls, y in (("Topic", -LANE_GAP), ("Programme", -2 * LANE_GAP)):
            row = [n for n in nodes if n["cls"] == cls]
            for n in row:
                xs = near.get(n["id"]) or [width / 2]
                n.update(x=sum(xs) / len(xs), y=y, fixed=True, physics=False)
            _spread(row)

    def neighbours(self, iri: str, limit: int = NEIGHBOURS) -> dict[str, Any]:
        """The nodes linked to ``iri``, either way: the most connected first, at most
        ``limit``, with the links between them and what is drawn already (the page's
        business: it gets every link that touches the new nodes)."""
        g = self.graph
        around = (set(g.successors(iri)) | set(g.predecessors(iri))) - {iri}
        ranked = sorted(around, key=lambda n: (-self.degrees[n], g.nodes[n]["label"].casefold()))
        chosen = ranked[:limit]
        edges = []
        for n in chosen:
            for s, o in ((iri, n), (n, iri)):
                for k, d in (g.get_edge_data(s, o) or {}).items():
                    edges.append(self.edge(s, o, k, **({"status": d["status"]}
                                                       if d.get("status") else {})))
        return {"nodes": [self.summary(n) for n in chosen], "edges": edges,
                "total": len(around)}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose name (or another name) contains the words: exact names first, then
        names that start with them, then the most connected."""
        q = " ".join(query.split()).casefold()
        if not q:
            return []
        hits = []
        rank_cls = {c: i for i, c in enumerate(SEARCHABLE)}
        for n, a in self.graph.nodes(data=True):
            if a["cls"] not in rank_cls:
                continue
            names = [a["label"], *a.get("alt_labels", [])]
            folded = [" ".join(x.split()).casefold() for x in names]
            if not any(q in f for f in folded):
                continue
            how = 0 if q in folded else 1 if any(f.startswith(q) for f in folded) else 2
            hits.append(((how, rank_cls[a["cls"]], -self.degrees[n], a["label"].casefold()), n))
        hits.sort()
        return [self.summary(n) for _, n in hits[:limit]]

    def connections(self, iri: str, limit: int = 200) -> tuple[list[dict[str, Any]], int]:
        """The links of one node, for its side panel: neighbour, property, direction."""
        g = self.graph
        out = []
        for _, o, k, d in g.out_edges(iri, keys=True, data=True):
            out.append((o, k, "out", d.get("status")))
        for s, _, k, d in g.in_edges(iri, keys=True, data=True):
            out.append((s, k, "in", d.get("status")))
        out.sort(key=lambda t: (local_name(t[1]), t[2], g.nodes[t[0]]["label"].casefold()))
        rows = []
        for n, k, direction, status in out[:limit]:
            s, o = (iri, n) if direction == "out" else (n, iri)
            edge = self.edge(s, o, k, **({"status": status} if status else {}))
            rows.append({"id": n, "label": g.nodes[n]["label"], "cls": g.nodes[n]["cls"],
                         "predicate": edge["label"], "property": compact(k),
                         "direction": direction, "node": self.summary(n), "edge": edge})
        return rows, len(out)


def _gap(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The least distance between the centres of two nodes side by side on a row: their
    labels are centred under them, so half of each, and some white between."""
    return max(MEETING_GAP, (label_width(a["label"]) + label_width(b["label"])) / 2 + LABEL_PAD)


def _spread(row: list[dict[str, Any]]) -> None:
    """Push the nodes of one row apart, left to right, until no two labels touch; each keeps
    its order (a meeting its place in time)."""
    row.sort(key=lambda n: (n["x"], n["id"]))
    for a, b in pairwise(row):
        b["x"] = max(b["x"], a["x"] + _gap(a, b))
    for n in row:
        n["x"] = round(n["x"])


def _context(g: nx.MultiDiGraph, meeting: str) -> set[str]:
    """The meeting, and what hangs off it: items and what they say, who attended."""
    seen = {meeting}
    todo = deque([meeting])
    while todo:
        n = todo.popleft()
        for _, o in g.out_edges(n):
            if o not in seen and g.nodes[o]["cls"] not in ("Meeting", "Committee"):
                seen.add(o)
                todo.append(o)
    for s, _, k in g.in_edges(meeting, keys=True):
        if k in (ATTENDED, CAPACITY_AT):
            seen.add(s)
    return seen


def _neg_date(day: str | None) -> int:
    return -date.fromisoformat(day).toordinal() if day else 0


# -- what one node says ---------------------------------------------------------------------

_PROPERTIES = """
SELECT ?n ?p ?o WHERE { ?n ?p ?o FILTER (isLiteral(?o)) }
"""
_EVIDENCE = """
SELECT ?n ?quote ?start ?end ?doc ?docLabel ?location WHERE {
  ?n ckg:evidence ?e . ?e oa:exact ?quote .
  OPTIONAL { ?e oa:start ?start } OPTIONAL { ?e oa:end ?end }
  OPTIONAL { ?e ckg:inDocument ?doc
             OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc ckg:location ?location } }
} ORDER BY ?doc ?start LIMIT 20
"""
# A topic or programme has no words of its own in the minutes: show the items' that name it
# (or the meeting's, when its text outside the items names it).
_EVIDENCE_VIA_ITEMS = """
SELECT ?n ?item ?itemLabel ?quote ?start ?end ?doc ?docLabel ?location WHERE {
  ?item (ckg:concerns|ckg:mentions|ckg:meetingMentions) ?n ; ckg:evidence ?e .
  OPTIONAL { ?item rdfs:label ?itemLabel }
  ?e oa:exact ?quote .
  OPTIONAL { ?e oa:start ?start } OPTIONAL { ?e oa:end ?end }
  OPTIONAL { ?e ckg:inDocument ?doc
             OPTIONAL { ?doc rdfs:label ?docLabel } OPTIONAL { ?doc ckg:location ?location } }
} ORDER BY ?doc ?start LIMIT 10
"""
_SOURCES = """
SELECT DISTINCT ?n ?doc ?label ?location WHERE {
  ?n prov:wasDerivedFrom ?doc .
  OPTIONAL { ?doc rdfs:label ?label } OPTIONAL { ?doc ckg:location ?location }
} ORDER BY ?label LIMIT 50
"""
# Names and titles first, the long minute text last.
_PROPERTY_ORDER = ("skos:prefLabel", "rdfs:label", "dcterms:title", "foaf:name",
                   "skos:altLabel", "ckg:date", "ckg:startTime", "ckg:venue")
_LAST = ("ckg:text", "ckg:minutesText")


def _value(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def node_detail(store: GraphStore, index: ExplorerIndex, iri: str) -> dict[str, Any] | None:
    """A node's side panel: its properties, its neighbours, and the quoted words it was
    read from, with the document they are in. ``None`` for a node the explorer does not
    know."""
    if iri not in index:
        return None
    bind = {"n": ox.NamedNode(iri)}
    props = [(compact(sol["p"].value), sol["o"].value) for sol in store.query(_PROPERTIES, bind)]

    def order(pv: tuple[str, str]) -> tuple[int, int, str, str]:
        p = pv[0]
        first = _PROPERTY_ORDER.index(p) if p in _PROPERTY_ORDER else len(_PROPERTY_ORDER)
        return (p in _LAST, first, p, pv[1])

    props.sort(key=order)

    def evidence(sol: ox.QuerySolution, via: bool) -> dict[str, Any]:
        row: dict[str, Any] = {
            "quote": sol["quote"].value,
            "start": _int(sol["start"]), "end": _int(sol["end"]),
            "document": _value(sol["docLabel"]) or _value(sol["doc"]),
            "location": _value(sol["location"]),
        }
        if via:
            row["via"] = _value(sol["itemLabel"]) or _value(sol["item"])
            row["via_id"] = _value(sol["item"])
        return row

    quotes = [evidence(sol, False) for sol in store.query(_EVIDENCE, bind)]
    if not quotes:
        quotes = [evidence(sol, True) for sol in store.query(_EVIDENCE_VIA_ITEMS, bind)]
    sources = [{"document": _value(sol["label"]) or sol["doc"].value,
                "location": _value(sol["location"])}
               for sol in store.query(_SOURCES, bind)]
    neighbours, total = index.connections(iri)
    summary = index.summary(iri)
    attrs = index.graph.nodes[iri]
    return {
        "id": iri, "label": attrs["label"], "cls": summary["cls"], "node": summary,
        "names": [attrs["label"], *attrs.get("alt_labels", [])],
        "classLabel": CLASS_STYLES[summary["cls"]]["label"],
        "properties": [{"name": p, "value": v} for p, v in props],
        "neighbours": neighbours, "neighboursTotal": total,
        "evidence": quotes, "sources": sources,
    }


def _int(term: object) -> int | None:
    v = _value(term)
    return int(v) if v is not None and v.lstrip("-").isdigit() else None


# -- pyvis ----------------------------------------------------------------------------------

VIS_OPTIONS: dict[str, Any] = {
    "nodes": {"font": {"size": 13, "face": "system-ui, sans-serif"}, "size": 14},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "color": {"color": "#b8b8b8", "highlight": "#444444"},
              "font": {"size": 9, "color": "#777777", "strokeWidth": 0},
              "smooth": {"type": "continuous"},
              "scaling": {"min": 1, "max": 4, "label": {"enabled": False}}},
    "physics": {"solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
                "stabilization": {"iterations": 150}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}


def to_pyvis(view: dict[str, Any]) -> Network:
    """An overview (or any nodes-and-edges view) as a pyvis network, styled by class."""
    # pyvis imports IPython (a twentieth of a second): `kg serve` loads it with the first
    # page drawn, not before its index is built and it listens.
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for n in view["nodes"]:
        extra = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **extra)
    for e in view["edges"]:
        extra = {k: v for k, v in e.items() if k not in ("from", "to")}
        net.add_edge(e["from"], e["to"], **extra)
    net.set_options(json.dumps(VIS_OPTIONS))
    return net


def network_html(net: Network, title: str = "committee-kg graph") -> str:
    """A pyvis network as a page that needs no internet (pyvis's own template fetches
    Bootstrap from a CDN): for notebooks and for quick looks."""
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    return templates().get_template("network.html").render(
        title=title, nonce=secrets.token_urlsafe(16), vis_js=vis_js(), vis_css=vis_css(),
        data=json_for_script({"nodes": nodes, "edges": edges, "options": json.loads(options)}),
    )


# -- the page -------------------------------------------------------------------------------


def vis_dir() -> Path:
    """The vis-network files pyvis ships, found without importing pyvis (see
    :func:`to_pyvis`)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        raise ModuleNotFoundError("pyvis is not installed")
    return vis_folder(Path(spec.origin).resolve().parent / "templates")


#: How pyvis's own page inlines vis-network (``cdn_resources="in_line"``), naming its folder.
_VIS_INCLUDE = re.compile(r"""include\s+['"](lib/vis-[^/'"]+)/vis-network\.min\.js['"]""")


def vis_folder(templates: Path) -> Path:
    """The folder of vis-network files under pyvis's ``templates``: the one pyvis's own
    template inlines, else the newest ``vis-*`` it ships. pyvis says its vis-network's
    version nowhere in Python (no attribute; its template and ``write_html`` spell the
    folder out), and ships an older one beside it (vis-9.0.4): so the folder is read from
    the template pyvis itself renders, and a pyvis with a later vis-network is followed,
    not left pinned to a folder it may no longer ship."""
    try:
        template = (templates / "template.html").read_text(encoding="utf-8")
    except OSError:
        template = ""
    if (m := _VIS_INCLUDE.search(template)) and (templates / m.group(1) / "vis-network.min.js"
                                                 ).is_file():
        return templates / m.group(1)
    shipped = [d for d in (templates / "lib").glob("vis-*") if (d / "vis-network.min.js").is_file()]
    if not shipped:
        raise ModuleNotFoundError(f"pyvis ships no vis-network files under {templates / 'lib'}")
    return max(shipped, key=lambda d: tuple(int(n) for n in re.findall(r"\d+", d.name)))


def vis_js() -> str:
    return (vis_dir() / "vis-network.min.js").read_text(encoding="utf-8")


def vis_css() -> str:
    return (vis_dir() / "vis-network.css").read_text(encoding="utf-8")


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` block: no ``</script>``
    or ``<!--`` can close it, whatever the minutes say."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(WEB), autoescape=True, undefined=jinja2.StrictUndefined,
    )


def content_security_policy(nonce: str, *, connect: bool) -> str:
    """Scripts only with this page's nonce; nothing fetched from anywhere else."""
    fetch = "'self'" if connect else "'none'"
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
            f"img-src data:; connect-src {fetch}; base-uri 'none'; form-action 'self'")


def render_explorer(
    index: ExplorerIndex,
    *,
    overview: int = DEFAULT_OVERVIEW,
    max_nodes: int = DEFAULT_MAX_NODES,
    bundle: dict[str, Any] | None = None,
    focus: str | None = None,
    nonce: str | None = None,
    links: list[tuple[str, str]] | None = None,
    title: str = "committee-kg explorer",
) -> str:
    """The explorer page. Served, it asks the server for neighbours, details and search;
    with a ``bundle`` (:func:`bundle`) it is self-contained and asks nothing."""
    nonce = nonce or secrets.token_urlsafe(16)
    limit = min(overview, max_nodes)
    view = index.overview(limit)
    net = to_pyvis(view)
    nodes, edges, *_rest, options = net.get_network_data()
    first, last = index.date_span()
    config = {
        "mode": "file" if bundle is not None else "server",
        "maxNodes": max_nodes, "total": view["total"], "overviewLimit": limit,
        "classes": CLASS_STYLES, "committees": index.committees(),
        "dateFrom": first, "dateTo": last, "focus": focus,
        "nodes": nodes, "edges": edges, "options": json.loads(options),
    }
    return templates().get_template("explorer.html").render(
        title=title, nonce=nonce, vis_js=vis_js(), vis_css=vis_css(),
        app_js=(WEB / "explorer.js").read_text(encoding="utf-8"),
        app_css=(WEB / "explorer.css").read_text(encoding="utf-8"),
        config=json_for_script(config),
        bundle=json_for_script(bundle) if bundle is not None else None,
        csp=content_security_policy(nonce, connect=bundle is None),
        classes=CLASS_STYLES, committees=index.committees(),
        drawn=len(nodes), total=view["total"], first=first, last=last, max_nodes=max_nodes,
        overview=limit, served=bundle is None, links=links or [],
    )


def bundle(store: GraphStore, index: ExplorerIndex, max_nodes: int,
           overview: int = DEFAULT_OVERVIEW) -> dict[str, Any]:
    """Everything a self-contained explorer can show: the ``max_nodes`` most connected nodes
    (the overview's first), each with its side panel and its links to the others."""
    g = index.graph
    first = [n["id"] for n in index.overview(min(overview, max_nodes))["nodes"]]
    drawn = set(first)
    rest = sorted((n for n in g if n not in drawn),
                  key=lambda n: (-index.degrees[n], g.nodes[n]["label"].casefold(), n))
    chosen = [*first, *rest][:max_nodes]
    kept = set(chosen)
    details = {}
    for n in chosen:
        d = node_detail(store, index, n)
        assert d is not None
        # Each neighbour's drawing is in "nodes" already: the page looks it up there.
        d["neighbours"] = [{k: v for k, v in x.items() if k != "node"}
                           for x in d["neighbours"] if x["id"] in kept]
        details[n] = d
    return {
        "nodes": {n: index.summary(n) for n in chosen},
        "edges": index.edges_among(kept),
        "details": details,
        "total": index.total(),
    }


def write_explorer(store: GraphStore, output: Path, *, max_nodes: int = 2000,
                   overview: int = DEFAULT_OVERVIEW) -> dict[str, int]:
    """``kg explore -o explorer.html``: the explorer and its data as one file.

    The output is opened (beside it, see :func:`kg.output.replacing`) before the bundle is
    built, so an output that cannot be written is an OSError at once, not after the work,
    and an earlier file is replaced only by a whole new one."""
    with replacing(output) as f:
        index = ExplorerIndex.build(store)
        data = bundle(store, index, max_nodes, overview)
        html = render_explorer(index, overview=overview, max_nodes=max_nodes, bundle=data)
        f.write(html.encode("utf-8"))
    return {"nodes": len(data["nodes"]), "total": data["total"]}
