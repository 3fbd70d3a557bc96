"""What the graph derives across documents, recomputed after every ingest (and after
``kg.forget`` takes documents out: the one way to remove a document).

Each document's graph keeps exactly what that document said. Everything that needs two
documents at once is derived here from the set of all of them, so it does not depend on the
order they were ingested in:

1. resolution (``kg.resolve``): which nodes are one real thing, kept in ``…/graph/resolution``
   as ``owl:sameAs`` links from each variant IRI to its canonical IRI, with the chosen
   ``skos:prefLabel`` and the variants' names as ``skos:altLabel``;
2. the union the queries see follows it: each document's triples are added to it with
   variants replaced by canonical IRIs as they are stored, and the union is rebuilt from all
   documents only when the resolution changed;
3. the follow-up lifecycle (``kg.lifecycle``): which later item fulfilled which request, kept
   in ``…/graph/derived`` and added to the union.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.committees import CommitteeAliases
from kg.lifecycle import fulfilments
from kg.mapping import fulfilment_graph, resolution_graph
from kg.resolve import Resolution, resolve_store
from kg.sameas import Rules
from kg.store import GraphStore


@dataclass
class Derived:
    resolution: Resolution
    fulfilled: int
    rebuilt: bool = False

    @property
    def joined(self) -> int:
        """Variant nodes joined to another (meetings' items and the like not counted)."""
        return len(self.resolution.joins)


def derive(store: GraphStore, aliases: CommitteeAliases | None = None,
           rules: Rules | None = None) -> Derived:
    """Recompute resolution, the union and the follow-up lifecycle from the documents'
    graphs. Deterministic: the same documents give the same graph."""
    resolution = resolve_store(store, aliases, rules or Rules.from_environment())
    # The union already follows the resolution the store holds (each document was added to
    # it mapped); only a changed resolution costs a rebuild.
    rebuilt = store.set_resolution(resolution_graph(resolution))
    found = fulfilments(store)
    store.set_derived(fulfilment_graph(found))
    return Derived(resolution, len(found), rebuilt)

