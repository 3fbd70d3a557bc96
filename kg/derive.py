"""What the graph derives across documents, recomputed after every ingest (and removal).

Each document's graph keeps exactly what that document said. Everything that needs two
documents at once is derived here from the set of all of them, so it does not depend on the
order they were ingested in:

1. resolution (``kg.resolve``): which nodes are one real thing, kept in ``…/graph/resolution``
   as ``owl:sameAs`` links from each variant IRI to its canonical IRI, with the chosen
   ``skos:prefLabel`` and the variants' names as ``skos:altLabel``;
2. the union the queries see is rebuilt with variants replaced by canonical IRIs;
3. the follow-up lifecycle (``kg.lifecycle``): which later item fulfilled which request, kept
   in ``…/graph/derived`` and added to the union.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.committees import CommitteeAliases
from kg.lifecycle import fulfilments
from kg.mapping import fulfilment_graph, resolution_graph
from kg.resolve import Resolution, Rules, resolve_store
from kg.store import GraphStore, derived_graphs


@dataclass
class Derived:
    resolution: Resolution
    fulfilled: int

    @property
    def joined(self) -> int:
        """Variant nodes joined to another (meetings' items and the like not counted)."""
        return len(self.resolution.joins)


def derive(store: GraphStore, aliases: CommitteeAliases | None = None,
           rules: Rules | None = None) -> Derived:
    """Recompute resolution, the union and the follow-up lifecycle from the documents'
    graphs. Deterministic: the same documents give the same graph."""
    resolution_iri, derived_iri = derived_graphs()
    resolution = resolve_store(store, aliases, rules or Rules.from_environment())
    store.replace_graph(resolution_iri, resolution_graph(resolution), union=False)
    store.replace_graph(derived_iri, Graph(), union=False)
    store.rebuild_union(resolution_iri, derived_iri)
    found = fulfilments(store)
    store.replace_graph(derived_iri, fulfilment_graph(found), union=False)
    store.add_derived(derived_iri)
    return Derived(resolution, len(found))


def remove(store: GraphStore, graph_iri: str, aliases: CommitteeAliases | None = None,
           rules: Rules | None = None) -> Derived:
    """Forget a document, and everything derived from it with the others."""
    store.remove_graph(graph_iri)
    return derive(store, aliases, rules)
