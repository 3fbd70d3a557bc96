"""The SPARQL 1.1 Protocol endpoint of `kg serve`, as SPARQL clients see it: SPARQLWrapper and
rdflib's SPARQLStore against the running server."""

from __future__ import annotations

import csv
import io
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (
    CSV,
    JSON,
    POST,
    POSTDIRECTLY,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

from kg.store import GraphStore
from tests.conftest import ID, finishes, select

MEETINGS = "SELECT ?m WHERE { ?m a ckg:Meeting } ORDER BY ?m"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def client(server, fmt=JSON, query: str = MEETINGS) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url + "sparql")
    sparql.setOnlyConneg(True)  # content negotiation by the Accept header alone
    sparql.setReturnFormat(fmt)
    sparql.setQuery(query)
    return sparql


def raw(server, params: dict[str, str] | None = None, data: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    url = server.url + "sparql" + ("?" + urllib.parse.urlencode(params) if params else "")
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read().decode("utf-8")


def expected_meetings(store: GraphStore) -> list[str]:
    return [r["m"] for r in select(store, MEETINGS)]


def test_select_as_sparql_json(corpus_server, corpus_store: GraphStore) -> None:
    result = client(corpus_server).queryAndConvert()
    assert result["head"]["vars"] == ["m"]
    assert [b["m"]["value"] for b in result["results"]["bindings"]] == \
        expected_meetings(corpus_store)
    assert all(b["m"]["type"] == "uri" for b in result["results"]["bindings"])


def test_select_typed_literals_round_trip(corpus_server) -> None:
    result = client(corpus_server, query="SELECT ?d WHERE { ?m ckg:date ?d } LIMIT 1") \
        .queryAndConvert()
    d = result["results"]["bindings"][0]["d"]
    assert d["type"] == "literal"
    assert d["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


@pytest.mark.parametrize(("fmt", "media"), [
    (XML, "application/sparql-results+xml"),
    (CSV, "text/csv"),
    (TSV, "text/tab-separated-values"),
    (JSON, "application/sparql-results+json"),
])
def test_content_negotiation(corpus_server, corpus_store: GraphStore, fmt: str,
                             media: str) -> None:
    response = client(corpus_server, fmt).query()
    assert response.response.headers["Content-Type"].startswith(media)
    body = response.response.read().decode("utf-8")
    meetings = expected_meetings(corpus_store)
    if fmt == CSV:
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0] == ["m"] and [r[0] for r in rows[1:]] == meetings
    elif fmt == TSV:
        lines = body.splitlines()
        assert lines[0] == "?m" and lines[1:] == [f"<{m}>" for m in meetings]
    elif fmt == XML:
        assert "<sparql" in body and all(f"<uri>{m}</uri>" in body for m in meetings)
    else:
        assert len(json.loads(body)["results"]["bindings"]) == len(meetings)


def test_format_parameter_for_browsers(corpus_server) -> None:
    status, media, body = raw(corpus_server, {"query": MEETINGS, "format": "csv"})
    assert status == 200 and media.startswith("text/csv") and body.startswith("m\r\n")
    status, _, body = raw(corpus_server, {"query": MEETINGS, "format": "yaml"})
    assert status == 406 and "unknown format" in body


def test_unacceptable_media_type(corpus_server) -> None:
    status, _, body = raw(corpus_server, {"query": MEETINGS}, headers={"Accept": "image/png"})
    assert status == 406 and "text/csv" in body


def test_ask(corpus_server) -> None:
    yes = client(corpus_server, query="ASK { ?m a ckg:Meeting }").queryAndConvert()
    no = client(corpus_server, query="ASK { ?m a ckg:NoSuchClass }").queryAndConvert()
    assert yes["boolean"] is True and no["boolean"] is False
    xml = client(corpus_server, XML, "ASK { ?m a ckg:Meeting }").query().response.read()
    assert b"<boolean>true</boolean>" in xml


def test_construct_as_turtle(corpus_server, corpus_store: GraphStore) -> None:
    query = "CONSTRUCT { ?m a ckg:Meeting ; ckg:date ?d } WHERE { ?m a ckg:Meeting ; ckg:date ?d }"
    response = client(corpus_server, TURTLE, query).query()
    assert response.response.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=response.response.read().decode("utf-8"), format="turtle")
    dated = {r["m"] for r in select(corpus_store, "SELECT ?m WHERE { ?m ckg:date ?d }")}
    assert {str(s) for s in g.subjects()} == dated


def test_construct_negotiates_rdf_formats(corpus_server) -> None:
    query = "CONSTRUCT WHERE { ?c a ckg:Committee }"
    for accept, parse_as in (("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
                             ("application/ld+json", "json-ld")):
        status, media, body = raw(corpus_server, {"query": query}, headers={"Accept": accept})
        assert status == 200 and media.startswith(accept)
        assert len(Graph().parse(data=body, format=parse_as)) > 0


def test_post_form_and_direct(corpus_server, corpus_store: GraphStore) -> None:
    for method in (URLENCODED, POSTDIRECTLY):
        sparql = client(corpus_server)
        sparql.setMethod(POST)
        sparql.setRequestMethod(method)
        result = sparql.queryAndConvert()
        assert len(result["results"]["bindings"]) == len(expected_meetings(corpus_store))


def test_rdflib_sparqlstore(corpus_server, corpus_store: GraphStore) -> None:
    g = Graph(store=SPARQLStore(corpus_server.url + "sparql", returnFormat="json"))
    rows = list(g.query("PREFIX ckg: <https://w3id.org/committee-kg/ns#> "
                        "SELECT ?m WHERE { ?m a ckg:Meeting } ORDER BY ?m"))
    assert [str(r[0]) for r in rows] == expected_meetings(corpus_store)


def test_default_graph_uri_narrows_to_one_document(corpus_server,
                                                   corpus_store: GraphStore) -> None:
    doc = select(corpus_store, "SELECT ?g WHERE { ?g a ckg:SourceDocument ; rdfs:label "
                               "'staffordshire-safe-strong-communities-2016-12-12.txt' }")[0]["g"]
    sparql = client(corpus_server, query="SELECT DISTINCT ?m WHERE { ?m ckg:hasItem ?i }")
    sparql.addDefaultGraph(doc)
    result = sparql.queryAndConvert()
    assert [b["m"]["value"] for b in result["results"]["bindings"]] == [
        ID + "meeting/safe-and-strong-communities-select-committee/2016-12-12"]


@pytest.mark.parametrize("how", ["form", "direct", "query"])
def test_updates_are_refused(corpus_server, corpus_store: GraphStore, how: str) -> None:
    update = "INSERT DATA { <https://example.org/a> <https://example.org/b> 'c' }"
    before = len(expected_meetings(corpus_store))
    if how == "form":  # what SPARQLWrapper does with an update
        sparql = SPARQLWrapper(corpus_server.url + "sparql")
        sparql.setQuery(update)
        sparql.setMethod(POST)
        with pytest.raises(urllib.error.HTTPError) as e:
            sparql.query()
        assert e.value.code == 403
        assert b"read-only" in e.value.read()
    elif how == "direct":
        status, _, body = raw(corpus_server, data=update.encode(),
                              headers={"Content-Type": "application/sparql-update"})
        assert status == 403 and "read-only" in body
    else:
        status, _, body = raw(corpus_server, {"query": update})
        assert status == 403 and "read-only" in body
    ask = client(corpus_server, query="ASK { <https://example.org/a> ?p ?o }").queryAndConvert()
    assert ask["boolean"] is False
    assert len(expected_meetings(corpus_store)) == before


def test_service_is_refused_so_the_server_fetches_nothing(corpus_server) -> None:
    """A SERVICE clause would have the server fetch from any address it can reach (a
    server-side request forgery when it listens beyond loopback): refused before it runs."""
    with socket.socket() as listener:  # a "remote endpoint" that must never be called
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        for query in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}"):
            status, media, body = raw(corpus_server, {"query": query})
            assert status == 403 and media.startswith("text/plain")
            assert body == ("SERVICE is refused: this endpoint answers from its own graph and "
                            "makes no requests to other servers\n")
        with pytest.raises(TimeoutError):
            listener.accept()
    # The word in a string, a variable or a prefixed name is not the keyword.
    status, _, body = raw(corpus_server, {"query": (
        'SELECT ?service WHERE { ?service ?p "Adult Social Care Service" } LIMIT 1')})
    assert status == 200, body


@pytest.mark.parametrize(("query", "update", "service"), [
    (" " * 200_000 + "SELECT * WHERE { ?s ?p ?o }", False, False),
    ("PREFIX a:" + " " * 200_000 + "<x> INSERT DATA {}", True, False),
    ("# a comment\nBASE <x>\n" + " " * 200_000 + "DELETE WHERE { ?s ?p ?o }", True, False),
    ('SELECT * WHERE { ?s ?p "' + '\\"' * 200_000 + " SERVICE <x> {} }", False, False),
    ('SELECT * WHERE { ?s ?p """' + '\\"' * 200_000, False, False),
    ('SELECT * WHERE { ?s ?p "open\n} SERVICE <x> { ?s ?p ?o }', False, True),
    # a prefixed name is no keyword, its prefix empty or not
    ("PREFIX : <http://x/> SELECT * { ?s :SERVICE ?o . ?o a:SERVICE ?p }", False, False),
])
def test_update_and_service_checks_read_a_long_query_once(query: str, update: bool,
                                                           service: bool) -> None:
    """Both checks run on every request before the query's time limit applies: a long run
    of spaces or of escaped quotes is read in one pass (before: 8 s for 8,000 spaces, 2 s for
    16,000 characters of quotes; a million, the size allowed, never ended). A string left
    open ends with its line: the keyword on the next line is still seen."""
    from kg.endpoint import uses_service
    from kg.queries import is_update

    with finishes(within=60):  # read twice over, 200,000 characters take hours
        assert (is_update(query), uses_service(query)) == (update, service)


def test_syntax_error_is_a_clear_400(corpus_server) -> None:
    status, media, body = raw(corpus_server, {"query": "SELECT ?x WHERE { ?x"})
    assert status == 400 and media.startswith("text/plain")
    assert body.startswith("SPARQL syntax error") and len(body.splitlines()) == 1


def test_a_query_cut_short_is_a_400_that_lists_the_brace_it_lacks(corpus_server) -> None:
    """A query sent without its closing brace is told where it ends and that a "}" would
    do, in words (no `[_]`, no tokens swallowed as "a name"), as kg query tells it."""
    status, _, body = raw(corpus_server, {"query": "SELECT ?x WHERE {\n  ?x a ckg:Meeting .\n"})
    assert status == 400 and len(body.splitlines()) == 1
    assert body.startswith("SPARQL syntax error: error at 3:1 (the end of the query): "
                           "expected one of "), body
    assert '"}"' in body and "[_]" not in body and '"a name' not in body


def test_undeclared_prefix_is_named_in_the_400(corpus_server) -> None:
    """The endpoint says which prefix a query forgot to declare, in one line, as kg query
    does; a declared one (ckg:) runs."""
    status, _, body = raw(corpus_server, {"query": "SELECT ?x WHERE { ?x a cllr:Member }"})
    assert status == 400 and len(body.splitlines()) == 1
    assert body.startswith("SPARQL syntax error: error at 1:")
    assert "prefix cllr: is not declared" in body and "Prefix not found" not in body
    status, _, body = raw(corpus_server, {"query": "ASK { ?x a ckg:Meeting }"})
    assert status == 200, body


def test_no_query_is_a_400(corpus_server) -> None:
    status, _, body = raw(corpus_server, {"default-graph-uri": "https://example.org/g"})
    assert status == 400 and "no query" in body


def test_an_empty_query_is_said_to_be_empty_and_a_prologue_to_be_one(corpus_server) -> None:
    """query= sent blank, or with # comments alone, was told it held "only PREFIX or BASE
    declarations", which it did not: said empty, as kg query says it; a prologue with no
    query after it keeps its own line (a PREFIX inside a comment is no declaration)."""
    for blank in ("", "   \n", "# which harbours of Ravensmoor?\n", "# PREFIX quay: next\n"):
        status, _, body = raw(corpus_server, {"query": blank})
        assert (status, body) == (
            400, "SPARQL syntax error: no query in it (empty, or only # comments)\n"), blank
    status, _, body = raw(corpus_server, {"query": "PREFIX quay: <http://example.org/quay#>\n"})
    assert status == 400 and body.startswith(
        "SPARQL syntax error: no query in it, only PREFIX or BASE declarations"), body


def test_results_are_capped_with_a_clear_error(corpus_server) -> None:
    # The server is started with --max-results 1000; the graph has more triples than that.
    status, _, body = raw(corpus_server, {"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 400 and "more than 1000 rows" in body and "LIMIT" in body
    status, _, _ = raw(corpus_server, {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1000"})
    assert status == 200
    status, _, body = raw(corpus_server, {"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert status == 400 and "more than 1000 triples" in body


def test_queries_time_out_and_the_server_carries_on(corpus_server,
                                                    corpus_store: GraphStore) -> None:
    # The server is started with --timeout 2.
    started = time.monotonic()
    sparql = client(corpus_server, query=SLOW)
    with pytest.raises(urllib.error.HTTPError) as e:
        sparql.query()
    assert e.value.code == 503
    assert b"timed out after 2 s" in e.value.read()
    assert time.monotonic() - started < 15
    for _ in range(3):  # the killed worker is replaced; queries still work
        result = client(corpus_server).queryAndConvert()
        assert len(result["results"]["bindings"]) == len(expected_meetings(corpus_store))


def test_construct_turtle_uses_the_queries_prefixes(corpus_server) -> None:
    """CONSTRUCT results in Turtle spelt every IRI out ("<https://w3id.org/committee-kg/ns#
    Committee>" on every line); they now declare the prefixes `kg export` uses."""
    query = "CONSTRUCT WHERE { ?c a ckg:Committee }"
    status, media, body = raw(corpus_server, {"query": query}, headers={"Accept": "text/turtle"})
    assert status == 200 and media.startswith("text/turtle")
    assert "@prefix ckg: <https://w3id.org/committee-kg/ns#> ." in body
    assert " a ckg:Committee" in body and "committee-kg/ns#Committee>" not in body.split(
        "@prefix ckg:", 1)[1].split("\n", 1)[1]
    nt = raw(corpus_server, {"query": query}, headers={"Accept": "application/n-triples"})[2]
    assert Graph().parse(data=body, format="turtle").isomorphic(
        Graph().parse(data=nt, format="nt"))
