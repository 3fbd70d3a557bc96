"""The graph does not depend on the order documents were ingested in: ingesting A then B gives
the same graph as B then A, or both at once (a property over the seeds and dev pages)."""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ingest import ingest
from kg.namespaces import CKG
from kg.store import GraphStore
from tests.conftest import DEV, SEED_2016, SEED_2018, SEEDS, council_files

FILES = sorted(str(p) for folder in (SEEDS, DEV) for p in folder.glob("*.txt"))
INGESTED_AT = CKG.ingestedAt  # when, not what: the one fact that differs between runs


def state(store: GraphStore) -> tuple[frozenset, frozenset]:
    """Every quad of the store (the union, the documents' graphs, the derived graphs), but
    the time each document was read."""
    quads = [q for q in store.oxigraph.quads_for_pattern(None, None, None)
             if q.predicate.value != str(INGESTED_AT)]
    union = frozenset(str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads
                      if isinstance(q.graph_name, ox.DefaultGraph))
    named = frozenset(str(q) for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))
    return union, named


def ingest_in_batches(batches: list[list[str]]) -> tuple[frozenset, frozenset]:
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / "store")
        for batch in batches:
            assert all(r.ok for r in ingest(store, batch))
        result = state(store)
        store.close()
        return result


REFERENCE = None


def reference() -> tuple[frozenset, frozenset]:
    global REFERENCE
    if REFERENCE is None:
        REFERENCE = ingest_in_batches([FILES])
    return REFERENCE


def test_a_then_b_is_b_then_a() -> None:
    a, b = str(SEED_2016), str(SEED_2018)
    ab = ingest_in_batches([[a], [b]])
    assert ab == ingest_in_batches([[b], [a]])
    assert ab == ingest_in_batches([[a, b]])


@settings(max_examples=4, deadline=None, derandomize=True)
@given(order=st.permutations(FILES), cuts=st.sets(st.integers(1, len(FILES) - 1), max_size=3))
def test_any_order_and_any_batches_give_the_same_graph(order: list[str], cuts: set[int]) -> None:
    bounds = [0, *sorted(cuts), len(order)]
    batches = [order[i:j] for i, j in pairwise(bounds)]
    union, named = ingest_in_batches(batches)
    expected_union, expected_named = reference()
    assert union == expected_union
    assert named == expected_named


def test_councils_in_either_order_give_the_same_graph(tmp_path: Path) -> None:
    """Two councils' Cabinets, and the seeds ingested without a council, in either order."""
    files = council_files(tmp_path)
    runs = [(str(path), council) for council, path in sorted(files.items())]
    runs.append((str(SEED_2016), None))
    states = []
    for order in (runs, runs[::-1]):
        with tempfile.TemporaryDirectory() as tmp:
            store = GraphStore(Path(tmp) / "store")
            for path, council in order:
                assert all(r.ok for r in ingest(store, [path], council=council))
            states.append(state(store))
            store.close()
    assert states[0] == states[1]
    union, _ = states[0]
    assert sum("/ns#Council>" in t for t in union) == 2
