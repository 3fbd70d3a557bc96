"""The graph store: an embedded, persistent, transactional Oxigraph store.

Each source document's triples live in a named graph of their own (the document's IRI), so
re-reading a document replaces exactly what it said before, in one transaction.

Queries see the union of all graphs as their default graph, and ``GRAPH ?g { … }`` still
reaches each document's own. The union is kept, as a set, in the store's default graph,
updated in the same transaction as the document's graph: Oxigraph's on-the-fly union is a
multiset, so a fact two documents state (a committee's name, say) would come back twice from
every query, and users would have to write DISTINCT everywhere to get a right answer.

What holds across documents — which nodes are one real thing, which follow-ups a later
meeting answered — is derived from all the documents' graphs together (``kg.derive``) and kept
in graphs of its own (``…/graph/resolution``, ``…/graph/derived``). The union is then rebuilt
from the documents' graphs with every variant IRI replaced by its canonical one, plus what was
derived, so queries see one node per real thing while each document's graph keeps exactly
what that document said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.namespaces import PREFIXES, data_base


def derived_graphs() -> tuple[str, str]:
    """The graphs that hold what is derived across documents: the resolution (which nodes
    are one thing) and the derived facts (which follow-ups were fulfilled)."""
    return f"{data_base()}graph/resolution", f"{data_base()}graph/derived"


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message is one line."""


EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, whole dataset with graph names?)
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
EXPORT_SUFFIXES = {
    "turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "rdfxml": ".rdf", "nq": ".nq",
    "trig": ".trig",
}


# Take out of the union what only this document said, then drop the document's graph.
_DROP_FROM_UNION = """
DELETE { ?s ?p ?o } WHERE {
  GRAPH <GRAPH_IRI> { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER (?other != <GRAPH_IRI>) }
} ;
DROP SILENT GRAPH <GRAPH_IRI> ;
"""


# The union, rebuilt: documents' triples with variants replaced, one preferred label per node
# where the resolution chose one, the resolution's labels, and the derived facts.
_REBUILD_UNION = """
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CLEAR SILENT DEFAULT ;
INSERT { ?s ?p ?o } WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER (?g != <RESOLUTION_GRAPH> && ?g != <DERIVED_GRAPH>)
} ;
DELETE { ?variant ?p ?o } INSERT { ?canonical ?p ?o } WHERE {
  GRAPH <RESOLUTION_GRAPH> { ?variant owl:sameAs ?canonical }
  ?variant ?p ?o
} ;
DELETE { ?s ?p ?variant } INSERT { ?s ?p ?canonical } WHERE {
  GRAPH <RESOLUTION_GRAPH> { ?variant owl:sameAs ?canonical }
  ?s ?p ?variant
} ;
DELETE { ?s skos:prefLabel ?other } WHERE {
  GRAPH <RESOLUTION_GRAPH> { ?s skos:prefLabel ?chosen }
  ?s skos:prefLabel ?other
  FILTER (?other != ?chosen)
} ;
INSERT { ?s ?p ?o } WHERE {
  GRAPH <RESOLUTION_GRAPH> { ?s ?p ?o }
  FILTER (?p != owl:sameAs)
}
"""
_ADD_DERIVED = """
DELETE { ?f <https://w3id.org/committee-kg/ns#status> <https://w3id.org/committee-kg/ns#Open> }
WHERE { GRAPH <DERIVED_GRAPH> { ?f <https://w3id.org/committee-kg/ns#status> ?status } } ;
INSERT { ?s ?p ?o } WHERE { GRAPH <DERIVED_GRAPH> { ?s ?p ?o } }
"""


def prefixes() -> dict[str, str]:
    return {**PREFIXES, "id": data_base()}


class GraphStore:
    """A thin layer over :class:`pyoxigraph.Store` that speaks in documents and queries."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here yet (run `kg ingest` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as e:
            message = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "lock" in message.lower():
                message = "the store is in use by another process"
            raise StoreError(f"{self.path}: cannot open store: {message}") from None

    @property
    def oxigraph(self) -> ox.Store:
        return self._store

    # -- writing ------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, graph: Graph, *, union: bool = True) -> None:
        """Swap a document's graph for a new one in one transaction: a failure leaves the
        store exactly as it was. ``union=False`` leaves the union alone, for a caller that
        rebuilds it afterwards (:meth:`rebuild_union`) and need not pay for it twice."""
        graph_iri = ox.NamedNode(graph_iri).value  # refuses anything that is not an IRI
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        if not union:
            self._store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                               f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{data}\n}} }}")
            return
        self._store.update(
            _DROP_FROM_UNION.replace("GRAPH_IRI", graph_iri)
            + f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{data}\n}} }} ;\n"
            + f"INSERT DATA {{\n{data}\n}}"
        )

    def rebuild_union(self, resolution: str, derived: str) -> None:
        """Rebuild the default graph, in one transaction, as the union of the documents'
        graphs with each variant IRI replaced by its canonical one (``owl:sameAs`` in the
        ``resolution`` graph), the labels the resolution chose, and the ``derived`` graph's
        facts (a follow-up it found fulfilled is no longer open)."""
        resolution, derived = ox.NamedNode(resolution).value, ox.NamedNode(derived).value
        self._store.update(
            _REBUILD_UNION.replace("RESOLUTION_GRAPH", resolution)
            .replace("DERIVED_GRAPH", derived) + " ;\n"
            + _ADD_DERIVED.replace("DERIVED_GRAPH", derived)
        )

    def add_derived(self, derived: str) -> None:
        """Add the ``derived`` graph's facts to the union (after :meth:`rebuild_union` ran
        with that graph still empty): a follow-up it found fulfilled is no longer open."""
        derived = ox.NamedNode(derived).value
        self._store.update(_ADD_DERIVED.replace("DERIVED_GRAPH", derived))

    def remove_graph(self, graph_iri: str) -> None:
        """Forget a document: its graph, and what only it said from the union."""
        graph_iri = ox.NamedNode(graph_iri).value
        self._store.update(_DROP_FROM_UNION.replace("GRAPH_IRI", graph_iri).rstrip(" ;\n"))

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        """Quads in the store: the documents' graphs and their union."""
        return len(self._store)

    def graphs(self) -> list[str]:
        """The documents' graphs (not the graphs derived from them all)."""
        derived = set(derived_graphs())
        return sorted(g.value for g in self._store.named_graphs() if g.value not in derived)

    def has_graph(self, graph_iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_iri))

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        """Run a SPARQL query over the union of all documents' graphs. ``bindings`` are
        substituted as RDF terms, never spliced into the query text."""
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self._store.query(sparql, substitutions=subs or None, prefixes=prefixes())

    def union_triples(self) -> Iterable[ox.Triple]:
        return self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    def to_rdflib(self) -> Graph:
        """The union graph as an rdflib graph (for pySHACL and other rdflib tools)."""
        g = Graph()
        data = ox.serialize(self.union_triples(), format=ox.RdfFormat.N_TRIPLES)
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def export(self, fmt: str, output) -> None:
        rdf_format, dataset = EXPORT_FORMATS[fmt]
        # Data IRIs stay whole ("id:meeting\/…" would be valid but unreadable).
        names = {k: v for k, v in prefixes().items() if k != "id"}
        if dataset:
            # Each document's graph; the union in the default graph would repeat them all.
            quads = (
                q for q in self._store.quads_for_pattern(None, None, None)
                if not isinstance(q.graph_name, ox.DefaultGraph)
            )
            ox.serialize(quads, output, rdf_format, prefixes=names if fmt == "trig" else None)
            return
        # Sorted, so each subject's triples come together and exports diff cleanly.
        triples = sorted(self.union_triples(), key=lambda t: (str(t.subject), str(t.predicate),
                                                               str(t.object)))
        ox.serialize(triples, output, rdf_format, prefixes=names)

    def close(self) -> None:
        """Release the store (and its lock) so another process can open it."""
        self._store = None  # type: ignore[assignment]

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
