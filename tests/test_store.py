"""kg.store.GraphStore and what ingesting does to it: one named graph per document, the union
as the default graph of queries, idempotent and atomic replacement, persistence, export."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.derive import derive
from kg.forget import UnknownDocument, find, forget
from kg.ingest import ingest
from kg.namespaces import CKG, OWL, RDF, SKOS
from kg.reader import FileResult
from kg.store import EXPORT_FORMATS, GraphStore, derived_graphs
from tests.conftest import DEV, ID, SEED_2016, SEED_2018, select

DEV_2018_01_15 = DEV / "staffordshire-safe-strong-communities-2018-01-15.txt"
COMMITTEE = f"{ID}committee/safe-and-strong-communities-select-committee"
MEETING_2016 = f"{ID}meeting/safe-and-strong-communities-select-committee/2016-12-12"
MEETING_2018_01 = f"{ID}meeting/safe-and-strong-communities-select-committee/2018-01-15"
MEETING_2018_03 = f"{ID}meeting/safe-and-strong-communities-select-committee/2018-03-05"
INGESTED_AT = str(CKG.ingestedAt)

Triple = tuple[str, str, str]


def term(t: object) -> str:
    """An IRI as its IRI, any other term in its N-Triples form."""
    return t.value if isinstance(t, ox.NamedNode) else str(t)


def ingest_ok(store: GraphStore, *paths: Path) -> list[FileResult]:
    results = ingest(store, [str(p) for p in paths])
    assert [r.error for r in results] == [None] * len(paths)
    return results


def named_quads(store: GraphStore) -> set[tuple[str, str, str, str]]:
    return {
        (term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
        for q in store.oxigraph.quads_for_pattern(None, None, None)
        if not isinstance(q.graph_name, ox.DefaultGraph)
    }


def default_triples(store: GraphStore) -> list[Triple]:
    return [
        (term(q.subject), term(q.predicate), term(q.object))
        for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())
    ]


def union_of_named(store: GraphStore) -> set[Triple]:
    """The documents' triples (not the derived graphs')."""
    docs = set(store.graphs())
    return {(s, p, o) for s, p, o, g in named_quads(store) if g in docs}


SAME_AS, PREF = str(OWL.sameAs), str(SKOS.prefLabel)
STATUS, OPEN = str(CKG.status), str(CKG.Open)


def resolved_union(store: GraphStore) -> set[Triple]:
    """What the default graph must hold, worked out here the slow way: the documents'
    triples with each variant IRI replaced by its canonical one, only the chosen prefLabel
    where the resolution chose one, the resolution's labels, the derived facts (and a
    fulfilled follow-up no longer open)."""
    resolution_iri, derived_iri = derived_graphs()
    resolution = graph_triples(store, resolution_iri)
    derived = graph_triples(store, derived_iri)
    same = {s: o for s, p, o in resolution if p == SAME_AS}
    chosen = {s: o for s, p, o in resolution if p == PREF}
    out = {(same.get(s, s), p, same.get(o, o)) for s, p, o in union_of_named(store)}
    out = {(s, p, o) for s, p, o in out if not (p == PREF and s in chosen and o != chosen[s])}
    out |= {t for t in resolution if t[1] != SAME_AS}
    fulfilled = {s for s, p, _ in derived if p == STATUS}
    out = {t for t in out if not (t[1] == STATUS and t[2] == OPEN and t[0] in fulfilled)}
    return out | derived


def graph_triples(store: GraphStore, graph: str) -> set[Triple]:
    return {
        (term(q.subject), term(q.predicate), term(q.object))
        for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    }


def subjects(store: GraphStore) -> set[str]:
    return {term(q.subject) for q in store.oxigraph.quads_for_pattern(None, None, None)}


def assert_union_is_default_graph(store: GraphStore) -> None:
    """The default graph holds each fact of the documents' graphs once, resolved (one node per
    real thing), with what was derived across them, and nothing else."""
    default = default_triples(store)
    assert len(default) == len(set(default))
    assert set(default) == resolved_union(store)
    assert len(store) == len(default) + len(named_quads(store))


@pytest.fixture(scope="module")
def two_seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphStore, list[FileResult]]:
    """The two seeds in one store (read, never written, by the tests that use it)."""
    store = GraphStore(tmp_path_factory.mktemp("two-seeds") / "store")
    return store, ingest_ok(store, SEED_2016, SEED_2018)


# -- one graph per document ---------------------------------------------------------------


def test_each_document_gets_its_own_named_graph(two_seeds) -> None:
    store, results = two_seeds
    graphs = [r.graph for r in results]
    assert len(set(graphs)) == 2
    assert store.graphs() == sorted(graphs)
    for r in results:
        # The graph is named after its document, which it describes (and only it).
        sources = select(store, f"SELECT ?src ?name WHERE {{ GRAPH <{r.graph}> {{ "
                                "?src a ckg:SourceDocument ; rdfs:label ?name } }")
        assert sources == [{"src": r.graph, "name": Path(r.path).name}]
        assert len(graph_triples(store, r.graph)) == r.counts["triples"]
    assert_union_is_default_graph(store)


def test_default_graph_of_queries_is_the_union(two_seeds) -> None:
    store, _ = two_seeds
    rows = select(store, "SELECT ?m ?d WHERE { ?m a ckg:Meeting ; ckg:hasItem ?i ; ckg:date ?d }"
                         " GROUP BY ?m ?d")
    assert {(r["m"], r["d"]) for r in rows} == {
        (MEETING_2016, "2016-12-12"), (MEETING_2018_03, "2018-03-05"),
    }
    # A fact both documents state comes back once from the union ...
    labels = select(store, f"SELECT ?l WHERE {{ <{COMMITTEE}> skos:prefLabel ?l }}")
    assert labels == [{"l": "Safe and Strong Communities Select Committee"}]
    # ... and once per document from their own graphs.
    per_graph = select(
        store, f"SELECT ?g WHERE {{ GRAPH ?g {{ <{COMMITTEE}> skos:prefLabel ?l }} }}")
    assert len(per_graph) == 2


def test_graph_pattern_reaches_each_documents_graph(two_seeds) -> None:
    store, results = two_seeds
    rows = select(store, "SELECT DISTINCT ?g ?m WHERE { GRAPH ?g { ?m a ckg:Meeting ; "
                         "ckg:hasItem ?i } }")
    by_path = {Path(r.path).name: r.graph for r in results}
    assert {(r["g"], r["m"]) for r in rows} == {
        (by_path[SEED_2016.name], MEETING_2016),
        (by_path[SEED_2018.name], MEETING_2018_03),
    }


# -- a meeting named by another document --------------------------------------------------


def test_confirmed_meeting_is_the_real_meeting(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    seed, dev = ingest_ok(store, SEED_2018, DEV_2018_01_15)
    m = f"<{MEETING_2018_01}>"
    ask = store.query(f"ASK {{ {m} ckg:hasItem ?item . ?confirming ckg:confirmsMinutesOf {m} }}")
    assert bool(ask)
    rows = select(store, "SELECT DISTINCT ?m WHERE { ?i ckg:confirmsMinutesOf ?m . "
                         "?m ckg:hasItem ?j }")
    assert rows == [{"m": MEETING_2018_01}]
    # The items come from the meeting's own minutes, the confirmation from the later meeting's.
    where = select(store, f"SELECT DISTINCT ?g ?p WHERE {{ GRAPH ?g {{ "
                          f"{{ {m} ?p ?x FILTER (?p = ckg:hasItem) }} UNION "
                          f"{{ ?x ?p {m} FILTER (?p = ckg:confirmsMinutesOf) }} }} }}")
    assert {(r["g"], r["p"]) for r in where} == {
        (dev.graph, str(CKG.hasItem)), (seed.graph, str(CKG.confirmsMinutesOf)),
    }


def test_a_numbered_item_with_no_title_is_stored(tmp_path: Path) -> None:
    """A parish's numbered sentence ("102. The minutes of the meeting held on … were
    approved.") is an item with a number and no title: the store takes it, and deriving what
    holds across documents does not stumble on the missing title."""
    page = tmp_path / "oakby.txt"
    page.write_text(
        "Minutes of the meeting of Oakby Parish Council held on 5 May 2020\n\n"
        "Present: Cllrs A Bell and C Dean\n\n101. Apologies for Absence\nNone.\n\n"
        "102. The minutes of the meeting held on 7 April 2020 were approved.\n\n"
        "103. Playing Field\nThe gate was fitted.\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    ingest_ok(store, page)
    rows = select(store, "SELECT ?i WHERE { ?i a ckg:AgendaItem }")
    assert len(rows) == 3


# -- re-ingesting -------------------------------------------------------------------------


def test_ingesting_twice_changes_nothing(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    ingest_ok(store, SEED_2016, SEED_2018)
    count, graphs, subs = len(store), store.graphs(), subjects(store)
    stable = {q for q in named_quads(store) if q[1] != INGESTED_AT}

    ingest_ok(store, SEED_2016, SEED_2018)

    assert (len(store), store.graphs(), subjects(store)) == (count, graphs, subs)
    assert {q for q in named_quads(store) if q[1] != INGESTED_AT} == stable
    # The old ingestion time is gone from the union, not kept beside the new one.
    times = select(store, "SELECT ?src ?t WHERE { ?src ckg:ingestedAt ?t }")
    assert sorted(r["src"] for r in times) == graphs
    assert_union_is_default_graph(store)


def test_changed_document_replaces_what_it_said(tmp_path: Path) -> None:
    copy = tmp_path / "minutes.txt"
    text = SEED_2016.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    (first,) = ingest_ok(store, copy)
    before = len(store)
    item_35 = f"<{MEETING_2016}/item/35>"
    assert bool(store.query(f"ASK {{ {item_35} ?p ?o }}"))

    copy.write_text(text[: text.index("35. Confidential HR Matter")], encoding="utf-8")
    (again,) = ingest_ok(store, copy)

    assert again.graph == first.graph
    assert store.graphs() == [first.graph]
    assert len(store) < before
    assert not bool(store.query(
        f"ASK {{ {{ {item_35} ?p ?o }} UNION {{ GRAPH ?g {{ {item_35} ?p ?o }} }} }}"))
    assert_union_is_default_graph(store)


def test_changed_document_keeps_the_union_resolved_without_a_rebuild(tmp_path: Path) -> None:
    """Re-reading a document that does not change what is joined updates the union in place
    (no rebuild), and the union is still exactly the documents' resolved union."""
    copies = []
    for seed in (SEED_2016, SEED_2018):
        copy = tmp_path / seed.name
        copy.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        copies.append(copy)
    store = GraphStore(tmp_path / "store")
    ingest_ok(store, *copies)
    resolution, _ = derived_graphs()
    assert graph_triples(store, resolution)  # the two years' programme names were joined
    text = copies[0].read_text(encoding="utf-8")
    copies[0].write_text(text[: text.index("35. Confidential HR Matter")], encoding="utf-8")
    ingest_ok(store, copies[0])
    assert derive(store).rebuilt is False
    assert not bool(store.query(f"ASK {{ <{MEETING_2016}/item/35> ?p ?o }}"))
    assert_union_is_default_graph(store)


def test_removing_a_document_keeps_what_another_still_says(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    first, _ = ingest_ok(store, SEED_2016, SEED_2018)
    forget(store, find(store, [first.graph])[0])
    assert store.graphs() == [_.graph]
    # The 2016 meeting's items were said only by its minutes; the committee's name is also
    # said by the 2018 minutes.
    assert not bool(store.query(f"ASK {{ <{MEETING_2016}> ckg:hasItem ?i }}"))
    labels = select(store, f"SELECT ?l WHERE {{ <{COMMITTEE}> skos:prefLabel ?l }}")
    assert labels == [{"l": "Safe and Strong Communities Select Committee"}]
    assert_union_is_default_graph(store)


# -- persistence and atomicity ------------------------------------------------------------


def test_store_persists_across_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = GraphStore(path)
    ingest_ok(store, SEED_2016, SEED_2018)
    count, graphs, quads = len(store), store.graphs(), named_quads(store)
    store.close()
    del store

    reopened = GraphStore(path)
    assert (len(reopened), reopened.graphs(), named_quads(reopened)) == (count, graphs, quads)
    rows = select(reopened, "SELECT ?m WHERE { ?m a ckg:Meeting ; ckg:hasItem ?i } GROUP BY ?m")
    assert {r["m"] for r in rows} == {MEETING_2016, MEETING_2018_03}
    reopened.close()
    del reopened

    read_only = GraphStore(path, read_only=True)
    assert len(read_only) == count


class BrokenNTriples(Graph):
    """A graph whose N-Triples are not N-Triples, so the update that stores it fails."""

    def serialize(self, *args, **kwargs):  # type: ignore[override]
        return b"<a> <b> ." if kwargs.get("encoding") else "<a> <b> ."


def test_replace_graph_is_atomic(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    (result,) = ingest_ok(store, SEED_2016)
    count, old = len(store), graph_triples(store, result.graph)
    everything = set(store.oxigraph.quads_for_pattern(None, None, None))
    broken = BrokenNTriples()
    broken.add((URIRef("urn:x"), RDF.type, CKG.Meeting))

    with pytest.raises(SyntaxError):
        store.replace_graph(result.graph, broken)

    # The old graph was not dropped, nor the union touched, before the failure.
    assert len(store) == count
    assert graph_triples(store, result.graph) == old
    assert set(store.oxigraph.quads_for_pattern(None, None, None)) == everything


# -- export -------------------------------------------------------------------------------

RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml",
                 "nq": "nquads", "trig": "trig"}


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_export_parses_back(two_seeds, fmt: str) -> None:
    store, results = two_seeds
    buffer = io.BytesIO()
    store.export(fmt, buffer)
    data = buffer.getvalue()
    assert data

    _, whole_dataset = EXPORT_FORMATS[fmt]
    if not whole_dataset:
        g = Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
        union = set(default_triples(store))
        assert len(g) == len(union)
        assert {str(s) for s in g.subjects(unique=True)} == {s for s, _, _ in union}
        return
    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
    contexts = {str(c.identifier): len(c) for c in ds.graphs()
                if c.identifier != DATASET_DEFAULT_GRAPH_ID and len(c)}
    # The documents' graphs, and the graphs derived from them all.
    assert sorted(contexts) == sorted([*store.graphs(), *derived_graphs()])
    for r in results:
        assert contexts[r.graph] == len(graph_triples(store, r.graph))
    # Each document's quads, without the union (which would repeat them all).
    assert sum(contexts.values()) == len(named_quads(store))
    assert len(ds.graph(DATASET_DEFAULT_GRAPH_ID)) == 0


def test_a_bug_in_one_documents_prose_fails_that_document_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The language pipeline runs over a batch of documents at once; when it trips over one
    document's text, that document gets a one-line error and the others are still stored."""
    import kg.prose

    real = kg.prose.read_prose

    def tripping(docs, nlp=None, patterns=None):
        docs = list(docs)
        if any("Tripwire" in text for text, _ in docs):
            raise IndexError("list index out of range")
        return real(docs, nlp, patterns)

    monkeypatch.setattr(kg.prose, "read_prose", tripping)
    bad = tmp_path / "bad.txt"
    bad.write_text("Audit Committee - Monday 5th March 2018 10:00am\n\n1.\n\nTripwire\n\n"
                   "Minutes:\n\nNoted.\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    results = ingest(store, [str(bad), str(SEED_2016)])
    errors = {Path(r.path).name: r.error for r in results}
    assert errors["bad.txt"] is not None and errors["bad.txt"].endswith("please report this")
    assert errors[SEED_2016.name] is None
    assert len(store.graphs()) == 1


def test_a_retried_document_keeps_the_references_its_structure_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the batch's prose run fails and each document is read again alone, the meetings
    the structural reader found (a list of other committees' minutes) are kept, not wiped
    with what the failed run had added. (The retry here reads no prose at all, so only the
    structural reader's reference can reach the store.)"""
    import kg.prose

    def tripping(docs, nlp=None, patterns=None):
        docs = list(docs)
        if any("Tripwire" in text for text, _ in docs):
            raise IndexError("list index out of range")

    monkeypatch.setattr(kg.prose, "read_prose", tripping)
    bad = tmp_path / "bad.txt"
    bad.write_text("Audit Committee - Monday 5th March 2018 10:00am\n\n1.\n\nTripwire\n\n"
                   "Minutes:\n\nNoted.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(
        "Resources Committee - Monday, 8 July 2024 7.00 pm\n\n5.\n\nMinutes of Other Bodies\n\n"
        "Members are asked to confirm the following minutes as a correct record:\n\n"
        "1.    The minutes of the Leisure Committee, 7 February 2024\n\n"
        "The minutes were confirmed.\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    results = ingest(store, [str(bad), str(good)])
    assert {Path(r.path).name: r.error is None for r in results} == {"bad.txt": False,
                                                                     "good.txt": True}
    found = store.query("SELECT ?d WHERE { ?i ckg:refersToMeeting ?m . ?m ckg:date ?d }")
    assert [s["d"].value for s in found] == ["2024-02-07"]


def test_ingest_takes_what_expand_made_of_the_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One way in: what kg.reader.expand made of paths, folders, globs and --exclude
    patterns is what ingest reads, as kg ingest hands it over, and the folders are not
    searched again; the files it passed over (a README skipped, a draft excluded) come back
    as results beside the file read, and only the file read reaches the store."""
    import kg.ingest
    from kg.reader import Expansion, expand

    folder = tmp_path / "minutes"
    (folder / "drafts").mkdir(parents=True)
    text = SEED_2018.read_text(encoding="utf-8")
    (folder / "audit-2031-03-05.txt").write_text(text, encoding="utf-8")
    (folder / "drafts" / "audit-2031-03-05-draft.txt").write_text(text, encoding="utf-8")
    (folder / "README.md").write_text("Minutes of Westmarsh's committees.\n",
                                      encoding="utf-8")
    found = expand([str(folder)], exclude=["drafts"])
    assert isinstance(found, Expansion)
    assert found.files == [folder / "audit-2031-03-05.txt"]

    def again(*args: object, **kwargs: object) -> Expansion:
        raise AssertionError("ingest searched the folders again")

    monkeypatch.setattr(kg.ingest, "expand", again)
    store = GraphStore(tmp_path / "store")
    results = ingest(store, found)
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["audit-2031-03-05.txt"].ingested
    assert by_name["README.md"].skipped and not by_name["README.md"].ingested
    assert by_name["audit-2031-03-05-draft.txt"].excluded
    assert len(results) == 3 and len(store.graphs()) == 1


def test_ingest_refuses_one_path_not_in_a_list(tmp_path: Path) -> None:
    """ingest(store, "minutes/") would read a str letter by letter ("m", "i", …: a failed
    file each): a TypeError says how to call it instead, before anything is read or loaded,
    and the store stays empty. A list of one path reads as ever."""
    store = GraphStore(tmp_path / "store")
    for one in (str(SEED_2018), SEED_2018):
        with pytest.raises(TypeError, match=r"a list of paths, folders or globs"):
            ingest(store, one)  # type: ignore[arg-type]
    assert store.graphs() == []
    assert [r.ingested for r in ingest(store, [str(SEED_2018)])] == [True]


def test_ingest_takes_pathlib_paths_as_paths_never_as_patterns(tmp_path: Path) -> None:
    """ingest(store, folder.glob("*.txt")), Paths as pathlib gives them, ended in glob's own
    TypeError ("expected string or bytes-like object, got 'PosixPath'"): a Path is read as
    the file or folder it names, never as a pattern, and so is a str naming a file as it is
    (``minutes [draft].txt``, which ``kg ingest minutes/*`` passes on, was globbed: "no
    files match this pattern", and by kg forget too). A str that names nothing is still a
    glob; anything else
    than a str or a Path is a TypeError naming it, before anything is loaded."""
    from kg.reader import Expansion, expand

    folder = tmp_path / "minutes"
    folder.mkdir()
    bracketed = folder / "audit [approved] 2031-03-05.txt"
    bracketed.write_text(SEED_2018.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "audit a 2031-03-05.txt").write_text("not read\n", encoding="utf-8")
    starred = folder / "cabinet-*.txt"  # names no file: as a Path, not a glob
    assert expand([bracketed]).files == [bracketed]
    assert expand([str(bracketed)]).files == [bracketed]
    assert expand([folder]).files == sorted(folder.glob("*.txt"))
    assert expand([starred]) == Expansion([starred], [])  # read, and missed, as a file
    assert [r.error for r in expand([str(starred)]).passed] == ["no files match this pattern"]
    globbed = expand([str(folder / "audit [a]*.txt")])
    assert globbed.files == [folder / "audit a 2031-03-05.txt"], globbed
    with pytest.raises(TypeError, match=r"str or os.PathLike .*not int: 7"):
        expand([folder, 7])  # type: ignore[list-item]
    store = GraphStore(tmp_path / "store")
    results = ingest(store, folder.glob("*approved*"))  # a generator of Paths
    assert [(Path(r.path).name, r.ingested) for r in results] == [
        ("audit [approved] 2031-03-05.txt", True)], results
    # kg forget finds it by the same name (globbed, it matched nothing)
    assert [d.graph for d in find(store, [str(bracketed)])[0]] == [results[0].graph]
    # and still does once the file is deleted: the name a document was read from is no glob
    bracketed.unlink()
    assert [d.graph for d in find(store, [str(bracketed)])[0]] == [results[0].graph]
    with pytest.raises(UnknownDocument, match=r"no files match this pattern"):
        find(store, [str(folder / "cabinet [a].txt")])  # names nothing stored: a glob


def test_a_store_identity_is_never_seen_half_written(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Two first pushes at once from a store an older kg made (no identity file yet): the
    second asks for the identity while the first has made its file but not yet written it.
    It never finds the file empty (it used to, and failed: 'not a store identity'): both get
    one identity, 32 hex digits, the one the file then holds."""
    import kg.store

    path = tmp_path / "kg-store"
    GraphStore(path).close()
    (path / kg.store.ID_FILE).unlink()
    first, second = (GraphStore(path, read_only=True) for _ in range(2))
    seen: list[str] = []
    asked: list[bool] = []
    real_open = open

    def open_then_the_other_asks(*args: object, **kwargs: object):
        f = real_open(*args, **kwargs)  # type: ignore[call-overload]
        if not asked:  # the moment between making the file and writing it
            asked.append(True)
            seen.append(second.identity())
        return f

    monkeypatch.setattr(kg.store, "open", open_then_the_other_asks, raising=False)
    mine = first.identity()
    assert seen == [mine] and len(mine) == 32 and int(mine, 16) >= 0
    assert (path / kg.store.ID_FILE).read_text(encoding="ascii") == mine + "\n"
    assert [p.name for p in path.iterdir() if "store-id" in p.name] == [kg.store.ID_FILE]
    first.close()
    second.close()


def test_a_store_identity_is_written_where_the_file_system_has_no_links(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system without hard links (exFAT, some network shares) ``os.link`` fails:
    the identity is then created exclusively instead, and no draft is left beside it."""
    import errno

    import kg.store

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(kg.store.os, "link", no_links)
    path = tmp_path / "kg-store"
    store = GraphStore(path)
    mine = store.identity()
    assert len(mine) == 32 and (path / kg.store.ID_FILE).read_text(encoding="ascii") == mine + "\n"
    assert [p.name for p in path.iterdir() if "store-id" in p.name] == [kg.store.ID_FILE]
    assert store.identity() == mine
    store.close()


def test_the_prefixes_written_out_are_the_vocabularies_rdflib_knows() -> None:
    """kg.namespaces spells the vocabularies' IRIs out, so that reading the store (`kg
    query`, `kg trace`) needs no rdflib; they are rdflib's own, in the order exports print
    them, and the rdflib namespaces are still there for the code that builds graphs."""
    from rdflib import Namespace
    from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

    import kg.namespaces as ns

    assert list(ns.PREFIXES.items()) == [
        ("ckg", "https://w3id.org/committee-kg/ns#"), ("id", ns.DEFAULT_BASE),
        ("oa", "http://www.w3.org/ns/oa#"), ("schema", "https://schema.org/"),
        *((name, str(n)) for name, n in (("dcterms", DCTERMS), ("foaf", FOAF), ("org", ORG),
                                         ("owl", OWL), ("prov", PROV), ("rdf", RDF),
                                         ("rdfs", RDFS), ("skos", SKOS), ("xsd", XSD))),
    ]
    assert ns.RDF is RDF and ns.SKOS is SKOS
    assert isinstance(ns.CKG, Namespace)
    assert str(ns.CKG.Meeting) == "https://w3id.org/committee-kg/ns#Meeting"
    # The same IRI as a string, for the readers of the store that must not load rdflib
    # (kg.analytics, kg.explorer): taken from here, not written out again in each.
    assert ns.CKG_IRI == str(ns.CKG) == ns.PREFIXES["ckg"]
    import kg.analytics
    import kg.explorer

    assert kg.explorer.CKG_IRI is kg.analytics.CKG_IRI is ns.CKG_IRI
    with pytest.raises(AttributeError):
        _ = ns.NOT_A_VOCABULARY


def test_the_namespaces_not_yet_made_are_listed() -> None:
    """dir() (and so help() and a notebook's completion) lists every namespace, made yet or
    not, as it did when they were all made at import."""
    import subprocess
    import sys

    listed = subprocess.run(
        [sys.executable, "-c", "import sys, kg.namespaces as ns; "
         "print(sorted(set(dir(ns)) & {'CKG', 'OA', 'SCHEMA', 'RDF', 'SKOS', 'XSD'}), "
         "'rdflib' in sys.modules)"],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=60,
        check=True).stdout.split()
    assert " ".join(listed) == "['CKG', 'OA', 'RDF', 'SCHEMA', 'SKOS', 'XSD'] False"
