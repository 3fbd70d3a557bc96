"""`kg push` against a real SPARQL 1.1 server (Oxigraph's, from the `oxigraph` package), called
as a user calls it: the server ends up holding the store's graphs, each once, by either
protocol; and each way it can fail is one line and status 1."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest

from kg.push import IDENTITY, server_graph, union_graph
from kg.queries import NamedQuery, bundled
from kg.store import GraphStore, disk_version, nt_line
from tests.conftest import DEV, ID, SEED_2016, SEED_2018, free_port, run_kg, select

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "oxigraph")
DEFAULT = "(default graph)"
RECORDS = f"{ID}graph/pushed-by/"  # the records of which store pushed which graph


class Oxigraph:
    """`oxigraph serve` on a free port over a new folder, stopped by its own process id."""

    def __init__(self, folder: Path):
        assert OXIGRAPH, "the oxigraph server is missing: pip install -e '.[test]'"
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.select("ASK { ?s ?p ?o }")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError("oxigraph serve did not start") from None
                time.sleep(0.1)

    def select(self, query: str) -> dict:
        request = urllib.request.Request(
            f"{self.url}/query?" + urllib.parse.urlencode({"query": query}),
            headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as r:
            return json.load(r)

    def counts(self) -> dict[str, int]:
        """Triples in each graph the server holds, the default graph as DEFAULT; the records
        of which store pushed which graph (:meth:`records`) left out."""
        named = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                            "GROUP BY ?g")["results"]["bindings"]
        default = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        counts = {b["g"]["value"]: int(b["n"]["value"]) for b in named
                  if not b["g"]["value"].startswith(RECORDS)}
        n = int(default["results"]["bindings"][0]["n"]["value"])
        return counts | ({DEFAULT: n} if n else {})

    def records(self) -> dict[str, set[str]]:
        """Each store's record on the server: its identity → the graphs it claims."""
        rows = self.select("SELECT ?r ?g WHERE { GRAPH ?r { ?r <http://purl.org/dc/terms/"
                           "hasPart> ?g } }")["results"]["bindings"]
        out: dict[str, set[str]] = {}
        for b in rows:
            name = b["r"]["value"].removeprefix(RECORDS)
            if IDENTITY.fullmatch(name):  # not the index of every store's union
                out.setdefault(name, set()).add(b["g"]["value"])
        return out

    def index(self) -> set[str]:
        """The union graphs the server's index of every store's union lists."""
        rows = self.select(f"SELECT ?g WHERE {{ GRAPH <{RECORDS}stores> {{ ?i <http://purl.org/"
                           "dc/terms/hasPart> ?g } }")["results"]["bindings"]
        return {b["g"]["value"] for b in rows}

    def default_graph(self) -> set[str]:
        """The server's default graph, as N-Triples lines (read by the Graph Store
        Protocol)."""
        request = urllib.request.Request(f"{self.url}/store?default",
                                         headers={"Accept": "application/n-triples"})
        with urllib.request.urlopen(request, timeout=30) as r:
            return {nt_line(q) for q in ox.parse(r.read(), format=ox.RdfFormat.N_TRIPLES)}

    def update(self, sparql: str) -> None:
        request = urllib.request.Request(
            f"{self.url}/update", data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(request, timeout=30).close()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path / "remote")
    yield server
    server.stop()


def local_counts(store: GraphStore) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for q in store.oxigraph:
        name = q.graph_name
        counts[DEFAULT if isinstance(name, ox.DefaultGraph) else name.value] += 1
    return dict(counts)


def served(*stores: GraphStore | Path) -> dict[str, int]:
    """What the server holds (its records aside) once these stores pushed to it, in this
    order: each one's graphs under their names there (a document's its own, so a document
    two stores hold is the graph the last of them pushed; the resolution and derived graphs
    the store's), its union in a graph of its own, and the default graph the union of their
    unions."""
    counts: dict[str, int] = {}
    union: set[str] = set()
    for given in stores:
        store = given if isinstance(given, GraphStore) else GraphStore(given, read_only=True)
        identity = store.identity()
        graphs: Counter[str] = Counter()
        for q in store.oxigraph:
            name = q.graph_name
            if isinstance(name, ox.DefaultGraph):
                union.add(nt_line(q))
                graphs[union_graph(identity)] += 1
            else:
                graphs[server_graph(name.value, identity)] += 1
        counts |= graphs
        if store is not given:
            store.close()
    return counts | ({DEFAULT: len(union)} if union else {})


def one_error_line(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_push_twice_leaves_the_stores_graphs_on_the_server_once(
        corpus_store: GraphStore, oxigraph: Oxigraph, protocol: str, endpoint: str) -> None:
    """Every graph arrives as the same graph with the same triples, in batches (a small
    --batch makes several per graph); pushing again replaces each graph rather than adding to
    it, and what the server held in a graph beforehand (a triple since dropped locally) goes."""
    local = local_counts(corpus_store)
    before = disk_version(corpus_store.path)
    some_graph = corpus_store.graphs()[0]
    oxigraph.update(f"INSERT DATA {{ GRAPH <{some_graph}> {{ <urn:x:stale> <urn:x:p> 1 }} }}")
    url = f"{oxigraph.url}/{endpoint}"
    args = ("push", url, "--store", corpus_store.path, "--batch", "700")
    if protocol != "graph-store":
        args += ("--protocol", protocol)
    for _ in range(2):
        result = run_kg(*args, check=True)
        assert oxigraph.counts() == served(corpus_store)
        lines = result.stdout.splitlines()
        named = {g: n for g, n in local.items() if g != DEFAULT}
        assert lines[-1].startswith(  # the store's union, counted apart, and said to be
            f"pushed {len(named)} graphs, {sum(named.values())} triples, and this store's "
            f"union ({local[DEFAULT]} triples, in the default graph with every other "
            f"store's) to {url} in "), lines[-1]
        assert f"pushed {some_graph}: {local[some_graph]} triples in " in result.stdout
        assert (f"pushed {DEFAULT}: {local[DEFAULT]} triples of this store's union in "
                in result.stdout)
    assert disk_version(corpus_store.path) == before  # the store is only read


@pytest.fixture(scope="module")
def two_then_one(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A store of both seed minutes, and one rebuilt from the 2018 minutes alone (the 2016
    document's graph is gone from it)."""
    both, one = (tmp_path_factory.mktemp("prune") / name for name in ("both", "one"))
    run_kg("ingest", SEED_2016, SEED_2018, "--store", both, check=True)
    run_kg("ingest", SEED_2018, "--store", one, check=True)
    return both, one


def _identity(store: Path) -> str:
    stored = GraphStore(store, read_only=True)
    try:
        return stored.identity()
    finally:
        stored.close()


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_prune_deletes_the_graphs_this_store_pushed_and_no_longer_holds(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph, protocol: str, endpoint: str,
        tmp_path: Path) -> None:
    """`kg push --prune` after a document left the store (`kg forget`): its graph goes from
    the server, and is named; graphs kg did not write (another application's, one under kg's
    data IRIs that is not a document's) stay; without --prune nothing is deleted; a second
    prune finds nothing to delete. The server records which graphs the store pushed."""
    both, _ = two_then_one
    store = tmp_path / "kg-store"
    shutil.copytree(both, store)
    url = f"{oxigraph.url}/{endpoint}"
    protocol_args = ("--protocol", protocol) if protocol != "graph-store" else ()
    run_kg("push", url, "--store", store, *protocol_args, check=True)
    pushed = served(store)
    assert oxigraph.records() == {_identity(store): set(pushed) - {DEFAULT}}
    theirs = {"urn:x:their-graph": 1, "https://example.org/graph/notes": 1,
              f"{ID}meeting/ambridge-parish-council/2020-01-01": 1}
    for graph in theirs:
        oxigraph.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <urn:x:s> <urn:x:p> 1 }} }}")
    gone = next(g for g in pushed if "2016" in g)
    run_kg("forget", SEED_2016, "--store", store, check=True)
    local = served(store)
    assert gone not in local

    kept = run_kg("push", url, "--store", store, *protocol_args, check=True)
    assert gone in oxigraph.counts() and "deleted" not in kept.stdout

    pruned = run_kg("push", url, "--store", store, "--prune", *protocol_args, check=True)
    assert oxigraph.counts() == local | theirs
    lines = pruned.stdout.splitlines()
    # The 2016 document's graph, and the store's resolution and derived graphs a store of
    # one document does not have: each one line.
    gone_too = [g for g in pushed if g not in local and g not in (gone, DEFAULT)]
    assert gone_too
    assert [line for line in lines if line.startswith("deleted ")] == [
        f"deleted {g}: the store no longer holds it" for g in sorted([gone, *gone_too])]
    assert lines[-1].endswith(f"; deleted {1 + len(gone_too)} graphs the store no longer "
                              "holds"), lines[-1]
    assert oxigraph.records() == {_identity(store): set(local) - {DEFAULT}}

    again = run_kg("push", url, "--store", store, "--prune", *protocol_args, check=True)
    assert again.stdout.splitlines()[-1].endswith("; --prune found nothing to delete")
    assert oxigraph.counts() == local | theirs


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_prune_leaves_the_graphs_another_store_pushed_unless_told_to_take_them_over(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph, protocol: str,
        endpoint: str) -> None:
    """Two stores feeding one server: a prune by one never deletes the graphs the other
    pushed (it deleted them all, before the server recorded which store pushed what); it
    lists them, with the other store's identity and where it is. A store built again to
    replace the other (here, from one of its documents) takes over its graphs by naming it
    (--prune-store ID): then those it no longer holds go, and the other's record with them."""
    both, one = two_then_one
    url = f"{oxigraph.url}/{endpoint}"
    protocol_args = ("--protocol", protocol) if protocol != "graph-store" else ()
    run_kg("push", url, "--store", both, *protocol_args, check=True)
    on_server = oxigraph.counts()
    local = served(one)
    other = _identity(both)
    gone = sorted(set(on_server) - set(local))
    assert gone and any("2016" in g for g in gone)

    kept = run_kg("push", url, "--store", one, "--prune", *protocol_args, check=True)

    assert oxigraph.counts() == served(both, one)
    lines = kept.stdout.splitlines()
    assert not [line for line in lines if line.startswith("deleted ")], lines
    assert (f"left {len(gone)} graphs that store {other} ({both.resolve()} on "
            f"{socket.gethostname()}) pushed: give --prune-store {other} to delete them "
            "too") in lines, lines
    assert lines[-1].endswith(f"; --prune found nothing to delete (left {len(gone)} graphs "
                              "it did not push)"), lines[-1]

    taken = run_kg("push", url, "--store", one, "--prune", "--prune-store", other,
                   *protocol_args, check=True)

    assert oxigraph.counts() == local
    assert [line for line in taken.stdout.splitlines() if line.startswith("deleted ")] == [
        f"deleted {g}: the store no longer holds it" for g in gone]
    assert oxigraph.records() == {_identity(one): set(local) - {DEFAULT}}
    # The store taken over is off the index every push rebuilds the default graph from.
    assert oxigraph.index() == {union_graph(_identity(one))}
    unknown = one_error_line(run_kg("push", url, "--store", one, "--prune", "--prune-store",
                                    other, *protocol_args))
    assert unknown.startswith(f"error: {oxigraph.url}/query: --prune-store {other}: no store "
                              "of this identity has pushed to the server"), unknown


@pytest.fixture(scope="module")
def second_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of other minutes than the seeds' (the corpus's dev folder), with joins of its
    own."""
    store = tmp_path_factory.mktemp("second") / "kg-store"
    run_kg("ingest", DEV, "--store", store, check=True)
    return store


def _union(store: Path) -> set[str]:
    """The store's union (its default graph), as N-Triples lines."""
    stored = GraphStore(store, read_only=True)
    try:
        return {nt_line(q) for q in stored.oxigraph.quads_for_pattern(
            None, None, None, ox.DefaultGraph())}
    finally:
        stored.close()


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_two_stores_on_one_server_keep_both_their_facts_and_derived_links(
        two_then_one: tuple[Path, Path], second_store: Path, oxigraph: Oxigraph,
        protocol: str, endpoint: str, tmp_path: Path) -> None:
    """Two stores pushing to one server: each one's resolution, derived and union graphs go
    under names of its own, and the server's default graph (what queries read) is the union
    of both stores' unions, whichever pushed last (the second store's push used to replace
    the first's default, resolution and derived graphs). A prune by one after it forgot a
    document deletes that document's graph and leaves every graph and fact of the other."""
    both, _ = two_then_one
    first = tmp_path / "first"
    shutil.copytree(both, first)
    url = f"{oxigraph.url}/{endpoint}"
    protocol_args = ("--protocol", protocol) if protocol != "graph-store" else ()
    fulfilled = "SELECT ?f WHERE { ?f <https://w3id.org/committee-kg/ns#fulfilledBy> ?i }"
    stored = GraphStore(first, read_only=True)
    links = {r["f"] for r in select(stored, fulfilled)}
    stored.close()
    assert links

    run_kg("push", url, "--store", first, *protocol_args, check=True)
    assert oxigraph.counts() == served(first)
    for store in (second_store, first):  # the first again: it reads the second's union
        run_kg("push", url, "--store", store, *protocol_args, check=True)
        assert oxigraph.counts() == served(first, second_store)
        assert oxigraph.default_graph() == _union(first) | _union(second_store)
    # The first store's fulfilled follow-ups (its derived graph) are answered by the server.
    remote = oxigraph.select(fulfilled)["results"]["bindings"]
    assert {b["f"]["value"] for b in remote} == links

    gone = next(g for g in served(first) if "2016" in g)
    run_kg("forget", SEED_2016, "--store", first, check=True)
    pruned = run_kg("push", url, "--store", first, "--prune", *protocol_args, check=True)

    assert f"deleted {gone}: the store no longer holds it" in pruned.stdout.splitlines()
    theirs = set(served(second_store)) - {DEFAULT}
    assert not [line for line in pruned.stdout.splitlines()
                if line.startswith("deleted ") and line.split()[1].rstrip(":") in theirs]
    assert oxigraph.counts() == served(first, second_store)
    assert oxigraph.default_graph() == _union(first) | _union(second_store)
    assert oxigraph.records() == {_identity(first): set(served(first)) - {DEFAULT},
                                  _identity(second_store): theirs}


def test_prune_refuses_while_a_copy_of_the_store_pushed_under_its_identity(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph, tmp_path: Path) -> None:
    """Two copies of one store's folder share its identity, and so its record on the server.
    Once both have pushed, a prune from one would delete the graphs only the other holds:
    it refuses, one line naming both places, status 1, before anything is sent (it used to
    delete them). Named with its own identity (--prune-store ID), the
    store takes the record over: then the copy's graphs it does not hold go, and the record
    names this store's place alone."""
    both, _ = two_then_one
    here, copy = tmp_path / "here", tmp_path / "copy"
    shutil.copytree(both, here)
    shutil.copytree(both, copy)
    identity = _identity(here)
    assert _identity(copy) == identity
    url = f"{oxigraph.url}/store"
    gone = next(g for g in served(here) if "2016" in g)
    run_kg("forget", SEED_2016, "--store", here, check=True)
    run_kg("push", url, "--store", copy, check=True)  # the copy still holds the 2016 minutes

    refused = run_kg("push", url, "--store", here, "--prune")

    line = one_error_line(refused)
    host = socket.gethostname()
    assert line == (f"error: --prune: store {identity} was pushed from {here.resolve()} on "
                    f"{host} and from {copy.resolve()} on {host} (a copy of its folder): a "
                    "prune here would delete the graphs only the copy holds, so nothing was "
                    f"sent or deleted; give --prune-store {identity} to prune as the one "
                    "store of this identity"), line
    assert not [row for row in refused.stdout.splitlines() if row.startswith("deleted ")]
    assert gone in oxigraph.counts()
    # The refused prune sent nothing, its place not recorded either: once this store has
    # pushed, the copy's prune refuses as well.
    run_kg("push", url, "--store", here, check=True)
    assert gone in oxigraph.counts()
    assert one_error_line(run_kg("push", url, "--store", copy, "--prune")).startswith(
        f"error: --prune: store {identity} was pushed from {copy.resolve()} on ")

    taken = run_kg("push", url, "--store", here, "--prune", "--prune-store", identity,
                   check=True)

    assert f"deleted {gone}: the store no longer holds it" in taken.stdout.splitlines()
    assert oxigraph.counts() == served(here)
    labels = oxigraph.select(f"SELECT ?label WHERE {{ GRAPH <{RECORDS}{identity}> {{ ?r "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?label } }"
                             )["results"]["bindings"]
    assert [b["label"]["value"] for b in labels] == [f"{here.resolve()} on {host}"]
    again = run_kg("push", url, "--store", here, "--prune", check=True)
    assert again.stdout.splitlines()[-1].endswith("; --prune found nothing to delete")


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_a_refused_takeover_leaves_the_server_as_it_was(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph, protocol: str, endpoint: str,
        tmp_path: Path) -> None:
    """A prune taking another store over (--prune-store ID) that refuses (here: a copy of
    this store's folder pushed under its identity) sends nothing: the other store's facts
    stay in the default graph and its union on the index. (The default graph used to be
    rebuilt without them before the prune's checks ran, and the error said nothing had
    changed.)"""
    both, one = two_then_one
    here, copy = tmp_path / "here", tmp_path / "copy"
    shutil.copytree(one, here)
    shutil.copytree(one, copy)
    url = f"{oxigraph.url}/{endpoint}"
    protocol_args = ("--protocol", protocol) if protocol != "graph-store" else ()
    for store in (both, here, copy):
        run_kg("push", url, "--store", store, *protocol_args, check=True)
    before = (oxigraph.counts(), oxigraph.default_graph(), oxigraph.index(),
              oxigraph.records())
    assert _union(both) <= before[1]

    refused = run_kg("push", url, "--store", here, "--prune", "--prune-store",
                     _identity(both), *protocol_args)

    line = one_error_line(refused)
    assert line.startswith(f"error: --prune: store {_identity(here)} was pushed from "), line
    assert "so nothing was sent or deleted" in line, line
    assert refused.stdout == ""
    assert (oxigraph.counts(), oxigraph.default_graph(), oxigraph.index(),
            oxigraph.records()) == before


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_only_unions_named_by_a_store_identity_go_into_the_default_graph(
        tmp_path: Path, oxigraph: Oxigraph, protocol: str, endpoint: str) -> None:
    """The index is a graph anyone writing to the server can add to: a graph it lists under
    graph/union/ whose name ends in no store's identity is never taken into the default
    graph, by either protocol (by Update it was)."""
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    graph.add((URIRef("urn:x:hall"), URIRef("urn:x:label"), Literal("Ynys Wen Hall")))
    store = GraphStore(tmp_path / "store")
    store.replace_graph("urn:x:doc", graph)
    store.close()
    stray = f"{ID}graph/union/not-a-store"
    oxigraph.update(f"INSERT DATA {{ GRAPH <{RECORDS}stores> {{ <{RECORDS}stores> "
                    f"<http://purl.org/dc/terms/hasPart> <{stray}> }} "
                    f"GRAPH <{stray}> {{ <urn:x:stray> <urn:x:p> 1 }} }}")
    run_kg("push", f"{oxigraph.url}/{endpoint}", "--protocol", protocol, "--store",
           tmp_path / "store", check=True)
    default = oxigraph.default_graph()
    assert any("urn:x:hall" in line for line in default), default
    assert not any("urn:x:stray" in line for line in default), default


def test_prune_asks_for_the_query_endpoint_when_it_cannot_tell(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph) -> None:
    """A write endpoint not named /store, /data or /update: the query endpoint beside it is
    not known, so --prune asks for --query-url before anything is sent; a wrong one is one
    line, before anything is sent (the server is asked first); the right one prunes."""
    _, one = two_then_one
    url = "http://127.0.0.1:9/repositories/kg/statements"
    line = one_error_line(run_kg("push", url, "--prune", "--store", one))
    assert line == (f"error: --prune: {url} does not end in /store, /data or /update, so the "
                    "query endpoint beside it is not known: give it with --query-url"), line
    line = one_error_line(run_kg("push", f"{oxigraph.url}/store", "--query-url",
                                 f"{oxigraph.url}/query", "--store", one))
    assert line.startswith("error: --query-url is for --prune"), line

    oxigraph.update(f"INSERT DATA {{ GRAPH <{ID}source/old-minutes-0000000000> "
                    "{ <urn:x:s> <urn:x:p> 1 } }")
    wrong = f"{oxigraph.url}/store"
    line = one_error_line(run_kg("push", f"{oxigraph.url}/store", "--prune", "--query-url",
                                 wrong, "--store", one))
    assert line.startswith(f"error: {wrong}: "), line
    assert "--query-url" in line, line
    assert f"{ID}source/old-minutes-0000000000" in oxigraph.counts()
    # A graph no store's record claims (as one pushed by a kg that kept no record) is left,
    # and listed, unless --prune-store unrecorded is given.
    right = run_kg("push", f"{oxigraph.url}/store", "--prune", "--query-url",
                   f"{oxigraph.url}/query", "--store", one, check=True)
    assert ("left 1 graph that no store's record claims (pushed by a kg that kept no record): "
            "give --prune-store unrecorded to delete them too") in right.stdout.splitlines()
    assert f"{ID}source/old-minutes-0000000000" in oxigraph.counts()
    right = run_kg("push", f"{oxigraph.url}/store", "--prune", "--query-url",
                   f"{oxigraph.url}/query", "--store", one, "--prune-store", "unrecorded",
                   check=True)
    assert f"deleted {ID}source/old-minutes-0000000000: " in right.stdout
    assert f"{ID}source/old-minutes-0000000000" not in oxigraph.counts()


def test_push_help_says_a_prune_leaves_what_other_stores_pushed() -> None:
    """--prune deletes only what this store pushed: kg push --help says so where --prune is
    described (it used to warn that other stores' documents went too)."""
    result = run_kg("push", "--help", env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.replace("│", " ").split())
    assert ("Graphs another store pushed to the same server are left, and listed.") in said, \
        said
    assert "--prune-store" in said


def test_push_help_and_readme_say_the_default_graph_is_one_request() -> None:
    """--batch's help read "(but the server's default graph, every pushing store's union,
    which goes in one, …)", and the README "a large store is never one giant request, but
    for the default graph" and that a query is "never without another store's facts", which
    two stores pushing at once can break: each says plainly what holds."""
    result = run_kg("push", "--help", env={**os.environ, "COLUMNS": "200"})
    said = " ".join(result.stdout.replace("│", " ").split())
    assert ("Most triples sent in one request. The server's default graph (every pushing "
            "store's union) is always one request, however large, so that no query sees it "
            "half made.") in said, said
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(
        encoding="utf-8").split())
    assert "never without another store's facts" not in readme
    assert ("but for the server's default graph: by the Graph Store Protocol that is always "
            "one request, every store's union whole, however large") in readme
    assert ("two stores pushing by the Graph Store Protocol at the same time can each put "
            "back the other's union as it was before the other's push") in readme


def test_push_checks_the_prunes_query_endpoint_as_kg_push_does() -> None:
    """push(prune=True) makes the one check kg push makes of the query endpoint, before
    anything is sent, worded in its keyword arguments: none known, not an http(s) URL, or a
    password in it (which would be printed)."""
    from kg.push import push

    store = GraphStore()
    url = "http://127.0.0.1:9/repositories/kg/statements"  # nothing listens there
    for query, said in (
            (None, f"prune: {url} does not end in /store, /data or /update, so the query "
                   "endpoint beside it is not known: give it as query="),
            ("ftp://127.0.0.1:9/query", "query ftp://127.0.0.1:9/query: give the server's "
                                        "URL, starting http:// or https://"),
            ("http://bob:s3cret@127.0.0.1:9/query", "query http://127.0.0.1:9/query: give "
                                                    "the user and password as auth=")):
        with pytest.raises(ValueError) as refused:
            push(store, url, prune=True, query=query)
        assert str(refused.value).startswith(said), str(refused.value)
    store.close()


def test_push_refuses_what_kg_push_refuses_in_its_own_words() -> None:
    """push() makes the checks kg push makes (kg.push.check, written once), before the store
    is read or anything sent, worded in its keyword arguments: a URL that is not http(s)
    among them, which kg push refused and push() used to hand to the HTTP client."""
    from kg.push import push

    store = GraphStore()
    for url, kwargs, said in (
            ("ftp://127.0.0.1:9/store", {}, "ftp://127.0.0.1:9/store: give the server's URL, "
                                            "starting http:// or https://"),
            ("http://127.0.0.1:9/store", {"protocol": "ftp"},
             "protocol 'ftp': choose from graph-store, update"),
            ("http://127.0.0.1:9/store", {"batch": 0}, "batch must be 1 or more"),
            ("http://127.0.0.1:9/store", {"timeout": float("inf")},
             "timeout must be a number of seconds above 0, at most 2147483"),
            # A name that is no identity used to reach a graph's IRI mid-push (a bare
            # ValueError from pyoxigraph, after the graphs were sent) or the server.
            ("http://127.0.0.1:9/store", {"prune": True, "prune_stores": ["my laptop"]},
             "prune_stores 'my laptop': not a store's identity (32 hex digits, as kg push "
             "prints them) or 'unrecorded'"),
            ("http://127.0.0.1:9/store", {"prune_stores": ["unrecorded"]},
             "prune_stores is for prune: give both")):
        with pytest.raises(ValueError) as refused:
            push(store, url, **kwargs)
        assert str(refused.value) == said
    store.close()


def test_a_named_query_on_the_server_gives_the_rows_kg_query_does(
        corpus_store: GraphStore, oxigraph: Oxigraph) -> None:
    """The default graph (the union) goes too, so the bundled queries answer the same there."""
    run_kg("push", f"{oxigraph.url}/store", "--store", corpus_store.path, check=True)
    text = NamedQuery.from_file(bundled()["meetings"]).text
    local = select(corpus_store, text)
    remote = [{k: v["value"] for k, v in b.items()}
              for b in oxigraph.select(text)["results"]["bindings"]]
    assert len(local) > 5
    assert remote == local


def test_an_unreachable_server_is_one_line(corpus_store: GraphStore) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    line = one_error_line(run_kg("push", url, "--store", corpus_store.path))
    assert line == f"error: {url}: cannot reach the server: connection refused"


def test_a_url_that_cannot_be_parsed_is_one_line(corpus_store: GraphStore) -> None:
    """httpx refuses it as the request is built (InvalidURL, not one of its HTTPErrors)."""
    line = one_error_line(run_kg("push", "http://[::1/store", "--store", corpus_store.path))
    assert line.startswith("error: http://[::1/store: not a URL kg push can use: "), line


@pytest.mark.parametrize("url", ["http://bob:s3cret@127.0.0.1:9/store",
                                 "https://bob:s3cret@[::1/store",
                                 "bob:s3cret@127.0.0.1:9/store"])
def test_a_password_in_the_url_is_refused_and_never_printed(corpus_store: GraphStore,
                                                            url: str) -> None:
    """The password would be printed in every line naming the server, and sits in the
    process list: refused, pointing to --user and --password-env, with the URL shown bare."""
    result = run_kg("push", url, "--store", corpus_store.path)
    line = one_error_line(result)
    assert "s3cret" not in result.stdout + result.stderr and "bob" not in line, line
    assert line.startswith(f"error: {url.replace('bob:s3cret@', '')}: give "), line
    if url.startswith("http"):
        assert "--user" in line and "--password-env" in line, line


@pytest.mark.parametrize(("protocol", "path", "said"), [
    # The first request is a POST (the record of what this store pushes is added to), which
    # Oxigraph's query endpoint refuses as 415 (a PUT it refused as 404).
    ("graph-store", "query", "415 Unsupported Media Type: not a Graph Store endpoint "
     "(Oxigraph's is /store, Fuseki's /DATASET/data); /query is the server's read-only query "
     "endpoint: give its /store (Fuseki: /DATASET/data), or its /update with --protocol "
     "update"),
    ("graph-store", "update", "415 Unsupported Media Type: not a Graph Store endpoint "
     "(Oxigraph's is /store, Fuseki's /DATASET/data); for a SPARQL Update endpoint give "
     "--protocol update"),
    ("update", "store", "415 Unsupported Media Type: not a SPARQL Update endpoint (Oxigraph's "
     "is /update, Fuseki's /DATASET/update); for a Graph Store endpoint leave --protocol "
     "update out (graph-store is the default)"),
])
def test_not_the_endpoint_is_one_line(corpus_store: GraphStore, oxigraph: Oxigraph,
                                      protocol: str, path: str, said: str) -> None:
    """The wrong endpoint is one line, which says which endpoint the URL's last part names
    and what to give instead (Oxigraph's /update pushed to without --protocol update used
    to be told only that it was not a Graph Store endpoint)."""
    url = f"{oxigraph.url}/{path}"
    line = one_error_line(run_kg("push", url, "--protocol", protocol, "--store",
                                 corpus_store.path))
    assert line == f"error: {url}: {said}", line
    assert oxigraph.counts() == {}


class _Quiet(BaseHTTPRequestHandler):
    """A fake server's handler that logs nothing and answers with no body."""

    def _answer(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class _Picky(_Quiet):
    """A Graph Store that wants alice's password and takes two graphs, then says 413."""

    taken: list[str] = []  # noqa: RUF012 (set afresh by each test)

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        wanted = "Basic " + base64.b64encode(b"alice:s3cret").decode()
        if self.headers.get("Authorization") != wanted:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        elif self._graph().startswith(RECORDS):  # the record of what the store pushes
            self.send_response(204)
        elif len(self.taken) >= 2:
            self.send_response(413)
        else:
            self.taken.append(self._graph())
            self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT

    def _graph(self) -> str:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get(
            "graph", [DEFAULT])[0]


class _Slow(_Quiet):
    """A server that takes longer to answer than kg push waits."""

    def do_PUT(self) -> None:
        time.sleep(3)
        self.send_response(204)
        self.end_headers()

    do_POST = do_PUT


class _WriteOnly(_Quiet):
    """A Graph Store that takes every write and answers no GET."""

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer(204)

    do_POST = do_PUT


def test_a_graph_store_that_cannot_be_read_is_one_line(corpus_store: GraphStore) -> None:
    """By the Graph Store Protocol the default graph is rebuilt from every store's union,
    read from the server: a server that answers no GET says so, in one line naming the graph
    it could not read and what to do, after the store's own graphs arrived."""
    from kg.push import index_graph

    for url in _serve(_WriteOnly):
        line = one_error_line(run_kg("push", url, "--store", corpus_store.path))
        assert line.startswith(f"error: {url}: 501 "), line  # the reason is the server's
        assert (f": cannot read the graph {index_graph()} (a GET of the Graph Store endpoint), "
                "which keeps the other stores' facts in the default graph: give --protocol "
                f"update and the update endpoint (while sending {DEFAULT}; the ") in line, line


class _Proxy(_Quiet):
    """A real server's Graph Store (``upstream``), passed through, but for the GET of one
    graph (``refused``): once ``allowed`` GETs of it have passed, it answers 500."""

    upstream = ""
    refused = ""
    allowed = 0

    def _pass(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get(
            "graph", [""])[0]
        if self.command == "GET" and graph == self.refused:
            if _Proxy.allowed <= 0:
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            _Proxy.allowed -= 1
        headers = {k: v for k in ("Content-Type", "Accept") if (v := self.headers.get(k))}
        request = urllib.request.Request(
            self.upstream + self.path, data=body if self.command != "GET" else None,
            method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                status, data, kind = r.status, r.read(), r.headers.get("Content-Type")
        except urllib.error.HTTPError as e:
            status, data, kind = e.code, e.read(), e.headers.get("Content-Type")
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # kg push closes a GET it only checks once it has the status
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    do_GET = do_PUT = do_POST = do_DELETE = _pass


def test_a_refused_read_of_another_stores_union_leaves_its_facts_in_the_default_graph(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph) -> None:
    """By the Graph Store Protocol the default graph is rebuilt from every store's union, the
    others' read from the server. A server refusing the read of the other store's union: the
    push fails (one line, status 1) before the default graph is touched, so it still holds
    the other store's facts (it used to hold only this store's); pushing again mends it."""
    both, one = two_then_one
    run_kg("push", f"{oxigraph.url}/store", "--store", both, check=True)
    theirs = union_graph(_identity(both))
    _Proxy.upstream, _Proxy.refused, _Proxy.allowed = oxigraph.url, theirs, 0
    for url in _serve(_Proxy):
        line = one_error_line(run_kg("push", url, "--store", one))
    assert f": 500 Internal Server Error: cannot read the graph {theirs} " in line, line
    assert "left holding" not in line, line
    assert oxigraph.index() == {theirs, union_graph(_identity(one))}
    assert oxigraph.default_graph() == _union(both)
    run_kg("push", f"{oxigraph.url}/store", "--store", one, check=True)
    assert oxigraph.default_graph() == _union(both) | _union(one)


class _Watched(_Proxy):
    """A real server's Graph Store passed through, that after each write to the default
    graph notes whether the server's default graph then holds every fact of ``kept`` (as
    a query sent at that moment would find them)."""

    kept: ClassVar[set[str]] = set()
    writes: ClassVar[list[tuple[str, bool]]] = []

    def _pass(self) -> None:
        super()._pass()
        query = urllib.parse.urlsplit(self.path).query
        if self.command != "GET" and query.split("&")[-1] == "default":
            with urllib.request.urlopen(urllib.request.Request(
                    f"{self.upstream}/store?default",
                    headers={"Accept": "application/n-triples"}), timeout=30) as r:
                held = {nt_line(q) for q in ox.parse(r.read(),
                                                     format=ox.RdfFormat.N_TRIPLES)}
            _Watched.writes.append((self.command, self.kept <= held))

    do_GET = do_PUT = do_POST = do_DELETE = _pass


def test_a_push_never_leaves_the_default_graph_without_another_stores_facts(
        two_then_one: tuple[Path, Path], oxigraph: Oxigraph) -> None:
    """By the Graph Store Protocol the default graph (every store's union) was PUT as this
    store's union, then each other store's union POSTed after it: a query in between found
    the other store's facts missing. It is now read whole first and sent in one PUT (as
    --protocol update rebuilds it in one request), with the other stores' facts in it."""
    both, one = two_then_one
    run_kg("push", f"{oxigraph.url}/store", "--store", both, check=True)
    _Watched.upstream, _Watched.refused = oxigraph.url, ""
    _Watched.kept, _Watched.writes = _union(both), []
    for url in _serve(_Watched):
        run_kg("push", url, "--store", one, "--batch", "500", check=True)
    assert _Watched.writes == [("PUT", True)]
    assert oxigraph.default_graph() == _union(both) | _union(one)


def test_no_room_for_the_default_graphs_temporary_file_is_one_line(
        corpus_store: GraphStore, oxigraph: Oxigraph) -> None:
    """By the Graph Store Protocol the default graph is written to a temporary file before
    its one PUT: a disk with no room for it (here: files limited to 4 KB, as a full disk
    stops a write) ended the push in a traceback. It is one line naming the temporary
    folder and the reason, after the named graphs arrived, the default graph untouched."""
    import resource
    import tempfile

    from tests.conftest import KG

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = subprocess.run([str(KG), "push", f"{oxigraph.url}/store", "--store",
                             str(corpus_store.path)], capture_output=True, text=True,
                            timeout=300, preexec_fn=small_files)
    line = one_error_line(result)
    assert line.startswith(
        f"error: {oxigraph.url}/store: cannot write the default graph (every store's union) "
        f"to a temporary file in {tempfile.gettempdir()} before sending it: file too large "
        "(set TMPDIR to a folder with room, or give --protocol update and the update "
        f"endpoint) (while sending {DEFAULT}; the "), line
    assert DEFAULT not in oxigraph.counts()
    assert union_graph(corpus_store.identity()) in oxigraph.counts()


def test_another_stores_union_goes_to_the_temporary_file_a_little_at_a_time() -> None:
    """Another store's union, read from the server, was joined into one string before it was
    written to the default graph's temporary file: a large union held in memory whole,
    twice (text and bytes). It is written a triple at a time: memory stays far below its
    size."""
    import tracemalloc

    from kg.push import _Target

    sizes: list[int] = []

    class Server(_Target):
        def unions(self) -> list[str]:
            return ["urn:x:their-union"]

        def read(self, name: str) -> Iterator[ox.Quad]:
            label = ox.NamedNode("urn:x:label")
            for i in range(60_000):
                yield ox.Quad(ox.NamedNode(f"urn:x:item{i}"), label,
                              ox.Literal(f"Ynys Wen agenda item {i} " + "." * 60))

        def send(self, *args: object, whole: object = None, **_: object) -> None:
            body = whole if whole is not None else args[0]  # before: _put_default(body)
            sizes.append(body.seek(0, 2))  # type: ignore[attr-defined]

        _put_default = send

    tracemalloc.start()
    try:
        Server(None, "http://127.0.0.1:9/store", "graph-store").rebuild_default(  # type: ignore[arg-type]
            iter([["<urn:x:a> <urn:x:b> <urn:x:c> ."]]), "urn:x:mine", set())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sizes and sizes[-1] > 6_000_000
    assert peak < sizes[-1] / 4, (peak, sizes)


class _SameLabels(_Quiet):
    """A Graph Store whose index lists two other stores' unions, each sent with its venue as
    the blank node ``_:b0`` (a server may label each graph's blank nodes from b0), and that
    keeps the body of the PUT of the default graph."""

    theirs: ClassVar[list[str]] = ["1" * 32, "2" * 32]
    default: ClassVar[list[bytes]] = []

    def do_GET(self) -> None:
        from kg.push import index_graph

        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
        if graph == index_graph():
            body = "".join(f"<{graph}> <http://purl.org/dc/terms/hasPart> "
                           f"<{union_graph(i)}> .\n" for i in self.theirs)
        elif graph in (union_graph(i) for i in self.theirs):
            body = (f'<urn:x:meeting-{graph[-1]}> <urn:x:venue> _:b0 .\n'
                    f'_:b0 <urn:x:name> "Hall {graph[-1]}" .\n')
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if urllib.parse.urlsplit(self.path).query.split("&")[-1] == "default":
            _SameLabels.default.append(body)
        self._answer(204)

    do_POST = do_PUT


def test_two_unions_labelling_their_blank_nodes_alike_stay_two_nodes(tmp_path: Path) -> None:
    """Two other stores' unions, read from a server that labels each one's blank node _:b0,
    are written into the one PUT of the default graph: without labels of their own they
    would be one node there, one venue with both halls' names."""
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    graph.add((URIRef("urn:x:mine"), URIRef("urn:x:label"), Literal("Ynys Wen")))
    store = GraphStore(tmp_path / "store")
    store.replace_graph("urn:x:doc", graph)
    store.close()
    _SameLabels.default = []
    for url in _serve(_SameLabels):
        run_kg("push", url, "--store", tmp_path / "store", check=True)
    assert len(_SameLabels.default) == 1
    sent = list(ox.parse(_SameLabels.default[0], format=ox.RdfFormat.N_TRIPLES))
    venues = {q.subject.value: q.object for q in sent if q.predicate.value == "urn:x:venue"}
    names = {q.object.value: q.subject for q in sent if q.predicate.value == "urn:x:name"}
    assert set(venues) == {"urn:x:meeting-1", "urn:x:meeting-2"}
    assert venues["urn:x:meeting-1"] != venues["urn:x:meeting-2"]
    assert names == {"Hall 1": venues["urn:x:meeting-1"], "Hall 2": venues["urn:x:meeting-2"]}


class _SmallRequests(_Quiet):
    """A Graph Store that holds no graph yet (a GET is 404), takes every batch, and refuses
    the one PUT of the whole default graph as too large (413)."""

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        default = urllib.parse.urlsplit(self.path).query.split("&")[-1] == "default"
        self._answer(413 if default and self.command == "PUT" else 204)

    do_POST = do_PUT

    def do_GET(self) -> None:
        self._answer(404)


def test_a_default_graph_too_large_for_one_request_says_what_to_do(
        corpus_store: GraphStore) -> None:
    """The default graph goes in one request, not cut by --batch: a server refusing it as
    too large is one line saying so and what to do, not "give a smaller --batch"."""
    for url in _serve(_SmallRequests):
        line = one_error_line(run_kg("push", url, "--store", corpus_store.path))
    assert line.startswith(
        f"error: {url}: 413 Request Entity Too Large: the server's default graph goes in one "
        "request, so that no query sees it half made, and it is too large for the server: "
        "raise the server's limit on a request's size, or give --protocol update and the "
        f"update endpoint (while sending {DEFAULT}; the "), line


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


@pytest.fixture
def picky() -> Iterator[str]:
    _Picky.taken = []
    yield from _serve(_Picky)


def test_a_server_that_does_not_answer_in_time_is_one_line(corpus_store: GraphStore) -> None:
    for url in _serve(_Slow):
        line = one_error_line(run_kg("push", url, "--timeout", "0.5", "--store",
                                     corpus_store.path))
        assert line == (f"error: {url}: no answer within 0.5 s (give a longer --timeout, or a "
                        "smaller --batch)")


def test_basic_auth_from_an_environment_variable_and_a_failure_midway(
        corpus_store: GraphStore, picky: str) -> None:
    """Without the password: a 401 line. With it (from the variable --password-env names):
    the first two graphs arrive, and the 413 on the third says which arrived."""
    line = one_error_line(run_kg("push", picky, "--store", corpus_store.path))
    assert line.startswith(f"error: {picky}: 401 Unauthorized: the server wants a user and "
                           "password (--user, --password-env)"), line
    env = {**os.environ, "MY_PASSWORD": "wrong"}
    line = one_error_line(run_kg("push", picky, "--user", "alice", "--password-env",
                                 "MY_PASSWORD", "--store", corpus_store.path, env=env))
    assert line.startswith(f"error: {picky}: 401 Unauthorized: the server refused this user "
                           "and password"), line
    env["MY_PASSWORD"] = "s3cret"
    result = run_kg("push", picky, "--user", "alice", "--password-env", "MY_PASSWORD",
                    "--store", corpus_store.path, env=env)
    line = one_error_line(result)
    graphs = corpus_store.graphs()
    assert _Picky.taken == graphs[:2]
    assert line.startswith(f"error: {picky}: 413 Request Entity Too Large: a request was too "
                           "large for the server (give a smaller --batch) (while sending "
                           f"{graphs[2]}; the 2 graphs before it, of "), line
    assert [row.split(": ")[0] for row in result.stdout.splitlines()] == [
        f"pushed {g}" for g in graphs[:2]]
    assert "s3cret" not in result.stdout + result.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("--user", "alice"), "--user and --password-env go together"),
    (("--user", "alice", "--password-env", "KG_TEST_UNSET_VAR"),
     "--password-env KG_TEST_UNSET_VAR: no such environment variable is set"),
    (("--protocol", "ftp"), "--protocol ftp: choose from graph-store, update"),
    (("--protocol", "UPDATE"), "--protocol UPDATE: choose from graph-store, update"),
    (("--protocol", ""), "--protocol : choose from graph-store, update"),
    # The one option that is wrong, with its value (the line named both, whichever it was).
    (("--batch", "0"), "--batch 0: give a number of triples, 1 or more\n"),
    (("--batch", "-20", "--timeout", "30"), "--batch -20: give a number of triples, 1 or "
     "more\n"),
    (("--timeout", "0"), "--timeout 0: give a number of seconds above 0 and at most 2147483 "
     "(about 24 days)\n"),
    (("--timeout", "-5", "--batch", "500"), "--timeout -5: give a number of seconds above 0"),
    (("--timeout", "nan"), "--timeout nan: give a number of seconds above 0"),
    (("--timeout", "inf"), "--timeout inf: give a number of seconds above 0"),
    # A timeout too long for the socket library was a traceback (OverflowError) at the
    # first connection.
    (("--timeout", "1e12"), "--timeout 1e+12: give a number of seconds above 0 and at most "
     "2147483"),
    (("--prune-store", "unrecorded"), "--prune-store is for --prune: give both"),
    (("--prune", "--prune-store", "my-laptop"),
     "--prune-store my-laptop: not a store's identity (32 hex digits, as kg push prints them) "
     "or 'unrecorded'"),
])
def test_option_mistakes_are_one_line(corpus_store: GraphStore, args: tuple[str, ...],
                                      said: str) -> None:
    line = one_error_line(run_kg("push", "http://127.0.0.1:9/store", *args, "--store",
                                 corpus_store.path))
    assert (line + "\n").startswith(f"error: {said}"), line


def test_a_timeout_that_is_not_a_number_is_one_line(corpus_store: GraphStore) -> None:
    """Typer's own refusal, with its status 2, as for any option of any command."""
    result = run_kg("push", "http://127.0.0.1:9/store", "--timeout", "soon", "--store",
                    corpus_store.path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        "error: Invalid value for '--timeout': not a number (see `kg push --help`)"]


def test_triples_naming_a_blank_node_go_in_one_batch(tmp_path: Path) -> None:
    """A blank node's label names the same node only within one request: every triple naming
    one goes in the same batch, however small --batch is; the others are cut to size, and
    every triple goes once."""
    from rdflib import BNode, Graph, Literal, URIRef

    from kg.push import _batches

    graph = Graph()
    hall, room = BNode(), BNode()
    for i in range(5):
        graph.add((URIRef(f"urn:x:item{i}"), URIRef("urn:x:label"), Literal(f"item {i}")))
    graph.add((URIRef("urn:x:meeting"), URIRef("urn:x:venue"), hall))
    graph.add((hall, URIRef("urn:x:name"), Literal("Ynys Wen Hall")))
    graph.add((hall, URIRef("urn:x:room"), room))
    graph.add((room, URIRef("urn:x:name"), Literal("Committee Room 2")))
    store = GraphStore(tmp_path / "store")
    store.replace_graph("urn:x:doc", graph)
    batches = list(_batches(store, ox.NamedNode("urn:x:doc"), 2))
    store.close()
    with_blank = [b for b in batches if any("_:" in line for line in b)]
    assert len(with_blank) == 1
    assert sum("_:" in line for line in with_blank[0]) == 4
    assert all(len(b) <= 2 for b in batches if b is not with_blank[0])
    lines = [line for b in batches for line in b]
    assert len(lines) == len(set(lines)) == 9


@pytest.mark.parametrize(("protocol", "endpoint"), [("graph-store", "store"),
                                                    ("update", "update")])
def test_literals_arrive_as_they_are(tmp_path: Path, oxigraph: Oxigraph, protocol: str,
                                     endpoint: str) -> None:
    """Quotes, backslashes, line breaks, braces and letters beyond ASCII in a literal reach the
    server unchanged by either protocol (N-Triples inside a request, escaped as N-Triples)."""
    from rdflib import Graph, Literal, URIRef

    tricky = 'Ynys Wen "Hall" \\ {room} \u00e9t\u00e9\nline two } ; DROP ALL'
    graph = Graph()
    graph.add((URIRef("urn:x:hall"), URIRef("urn:x:label"), Literal(tricky, lang="cy")))
    store = GraphStore(tmp_path / "store")
    store.replace_graph("urn:x:doc", graph)
    union = union_graph(store.identity())
    store.close()
    run_kg("push", f"{oxigraph.url}/{endpoint}", "--protocol", protocol, "--store",
           tmp_path / "store", check=True)
    got = oxigraph.select("SELECT ?g ?l WHERE { { GRAPH ?g { ?s ?p ?l } } UNION "
                          "{ ?s ?p ?l } }")["results"]["bindings"]
    assert sorted((b.get("g", {}).get("value", ""), b["l"]["value"], b["l"]["xml:lang"])
                  for b in got if not b.get("g", {}).get("value", "").startswith(RECORDS)
                  ) == [("", tricky, "cy"), (union, tricky, "cy"), ("urn:x:doc", tricky, "cy")]
