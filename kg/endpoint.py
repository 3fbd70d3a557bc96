"""The SPARQL 1.1 Protocol endpoint behind ``kg serve``'s ``/sparql``: reading a request,
content negotiation, and running queries where a runaway one can be stopped.

Read-only: SPARQL Update is refused (403) before it reaches the store, and the store is
opened read-only besides. Each query runs in a worker process holding the store open,
because an Oxigraph query cannot be interrupted from Python: when the timeout passes the
worker is killed and a fresh one takes its place, so a cross product over the whole graph
costs the caller an error, not the server. Results are capped (rows for SELECT, triples for
CONSTRUCT/DESCRIBE): a query that would return more gets an error that says so, never a
silently shortened answer.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import queue
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.namespaces import TURTLE_PREFIXES
from kg.queries import is_iri, is_update, syntax_message

# The longest a query may be waited for, `kg serve --timeout`'s bound: the wait is a poll() of
# milliseconds, and a longer one raised OverflowError at every query (a 500, and its worker
# never handed back, so the pool ran dry and the server hung).
from kg.resources import MAX_TIMEOUT as MAX_TIMEOUT

DEFAULT_TIMEOUT = 10.0  # seconds
DEFAULT_MAX_RESULTS = 10_000  # rows or triples
MAX_QUERY_BYTES = 1_000_000

# media type → (format, short name)
SOLUTION_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
# ?format=… for a browser's address bar, which cannot set Accept.
FORMAT_NAMES: dict[str, str] = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
}
# ASK answers in the two formats that have a boolean: JSON and XML.
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml",
                 "application/json", "application/xml", "text/xml")


class ProtocolError(Exception):
    """A request the endpoint answers with an error status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def check_params(params: Iterable[str], known: tuple[str, ...]) -> None:
    """Refuse a parameter a page or API call does not take (the SPARQL endpoint itself is
    not checked: the protocol lets clients send their own): a misspelt ``stauts=all``
    silently showing the open follow-ups only, or ``foucs=`` showing no node, would pass
    for an answer."""
    unknown = sorted({k for k in params if k not in known})
    if unknown:
        takes = ", ".join(known) if known else "no parameters"
        raise ProtocolError(400, f"unknown parameter{'s' if len(unknown) > 1 else ''} "
                            f"{', '.join(unknown)} (this page takes {takes})")


@dataclass
class QueryRequest:
    query: str
    accept: str = "*/*"
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


@dataclass
class QueryResponse:
    status: int
    media_type: str
    body: bytes


READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
NO_SERVICE = ("SERVICE is refused: this endpoint answers from its own graph and makes no "
              "requests to other servers")

#: The tokens of a query's text that can hold the word SERVICE without being the keyword
#: (strings, IRIs, comments, variables), and words (a prefixed name has its colon, ":SERVICE"
#: with the empty prefix too). Each alternative starts with its own character and a word is
#: taken whole, so the scan is linear.
#: A string left open runs to the end of its line (or of the query, for a long string) rather
#: than failing and being scanned again from each quote after it (a quote, then escaped
#: quotes over and over, was quadratic: 2 s for 16,000 characters); the parser refuses such a
#: query in any case, so nothing it would run is hidden in the rest of the line.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*+(?:""")?|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*+(?:\'\'\')?'
    r'|"(?:[^"\\\n]|\\.)*+"?|\'(?:[^\'\\\n]|\\.)*+\'?|<[^<>"{}|^`\\\s]*>|#[^\n]*'
    r"|[?$]\w+|[\w.-]*:[\w.:%-]*|[\w.-]+"
)


def uses_service(query: str) -> bool:
    """Whether a query has a SERVICE clause, which would make the server fetch from another
    server (any address it can reach, inside the network too): the endpoint refuses it."""
    return any(m.group().upper() == "SERVICE" for m in _TOKENS.finditer(query))


def parse_request(
    method: str,
    params: list[tuple[str, str]],
    content_type: str | None,
    body: bytes,
    accept: str | None,
) -> QueryRequest:
    """A SPARQL 1.1 Protocol query request: GET with ``query=``, POST with a form or with
    ``application/sparql-query``. Updates, in any of their forms, are refused."""
    media = (content_type or "").split(";")[0].strip().lower()
    fields = list(params)
    if method == "POST":
        if media == "application/sparql-update":
            raise ProtocolError(403, READ_ONLY)
        if media == "application/x-www-form-urlencoded":
            from urllib.parse import parse_qsl

            try:
                fields += parse_qsl(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise ProtocolError(400, "the form is not UTF-8") from None
        elif media == "application/sparql-query":
            try:
                fields.append(("query", body.decode("utf-8")))
            except UnicodeDecodeError:
                raise ProtocolError(400, "the query is not UTF-8") from None
        else:
            raise ProtocolError(415, "POST a query as application/sparql-query or as an "
                                "application/x-www-form-urlencoded form with query=…")
    elif method != "GET":
        raise ProtocolError(405, "use GET or POST")
    if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in fields):
        raise ProtocolError(403, READ_ONLY)
    queries = [v for k, v in fields if k == "query"]
    if not queries:
        raise ProtocolError(400, "no query: give one as query=…")
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query= in the request")
    query = queries[0]
    if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        raise ProtocolError(413, f"the query is longer than {MAX_QUERY_BYTES} bytes")
    if is_update(query):
        raise ProtocolError(403, READ_ONLY)
    if uses_service(query):
        raise ProtocolError(403, NO_SERVICE)
    formats = [v for k, v in fields if k == "format"]
    if formats:
        name = formats[-1].strip().lower()
        if name not in FORMAT_NAMES and name not in SOLUTION_TYPES and name not in GRAPH_TYPES:
            raise ProtocolError(406, f"unknown format {formats[-1]!r} (use one of "
                                f"{', '.join(FORMAT_NAMES)})")
        accept = FORMAT_NAMES.get(name, name)
    for k, v in fields:
        if k in ("default-graph-uri", "named-graph-uri") and not is_iri(v):
            raise ProtocolError(400, f"{k}={v!r} is not an absolute IRI")
    return QueryRequest(
        query=query,
        accept=accept or "*/*",
        default_graphs=[v for k, v in fields if k == "default-graph-uri"],
        named_graphs=[v for k, v in fields if k == "named-graph-uri"],
    )


def negotiate(accept: str, offered: tuple[str, ...] | list[str]) -> str | None:
    """The offered media type the Accept header likes best (the first offered on a tie),
    ``None`` if it accepts none of them."""
    best: tuple[float, int, str] | None = None
    for rank, media in enumerate(offered):
        q = _quality(accept, media)
        if q > 0 and (best is None or (q, -rank) > (best[0], best[1])):
            best = (q, -rank, media)
    return best[2] if best else None


def _quality(accept: str, media: str) -> float:
    kind = media.split("/")[0]
    found: tuple[int, float] | None = None  # (specificity, q)
    for part in (accept or "*/*").split(","):
        pieces = [p.strip() for p in part.split(";")]
        pattern = pieces[0].lower()
        q = 1.0
        for p in pieces[1:]:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if pattern == media:
            spec = 2
        elif pattern == f"{kind}/*":
            spec = 1
        elif pattern == "*/*":
            spec = 0
        else:
            continue
        if found is None or spec > found[0]:
            found = (spec, q)
    return found[1] if found else 0.0


# -- running a query ------------------------------------------------------------------------


def _term_json(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):  # RDF-star
        return {"type": "triple", "value": {  # type: ignore[dict-item]
            "subject": _term_json(term.subject), "predicate": _term_json(term.predicate),
            "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def execute(store: Any, request: QueryRequest, max_results: int) -> QueryResponse:
    """Run one query on an open :class:`kg.store.GraphStore` and serialize its results in
    the negotiated format; errors come back as responses too."""
    from kg.store import prefixes

    try:
        results = store.oxigraph.query(
            request.query, prefixes=prefixes(),
            default_graph=[ox.NamedNode(g) for g in request.default_graphs] or None,
            named_graphs=[ox.NamedNode(g) for g in request.named_graphs] or None,
        )
    except SyntaxError as e:
        return _error(400, f"SPARQL syntax error: {syntax_message(e, request.query)}")
    except (OSError, RuntimeError, ValueError) as e:
        return _error(400, f"the query failed: {_first_line(e)}")
    try:
        if isinstance(results, ox.QueryBoolean):
            media = negotiate(request.accept, BOOLEAN_TYPES)
            if media is None:
                return _not_acceptable("ASK", BOOLEAN_TYPES)
            return QueryResponse(200, media, results.serialize(format=SOLUTION_TYPES[media]))
        if isinstance(results, ox.QueryTriples):
            media = negotiate(request.accept, tuple(GRAPH_TYPES))
            if media is None:
                return _not_acceptable("CONSTRUCT and DESCRIBE", tuple(GRAPH_TYPES))
            triples = []
            for t in results:
                triples.append(t)
                if len(triples) > max_results:
                    return _too_large(max_results, "triples")
            rdf = GRAPH_TYPES[media]
            # Turtle with the prefixes the queries use, as `kg export` writes it (data IRIs
            # whole): "a ckg:Meeting", not the full IRI in every line.
            names = TURTLE_PREFIXES if rdf == ox.RdfFormat.TURTLE else None
            body = ox.serialize(triples, format=rdf, prefixes=names) or b""
            return QueryResponse(200, media, body)
        media = negotiate(request.accept, tuple(SOLUTION_TYPES))
        if media is None:
            return _not_acceptable("SELECT", tuple(SOLUTION_TYPES))
        names = [v.value for v in results.variables]
        bindings = []
        for sol in results:
            bindings.append({n: _term_json(sol[n]) for n in names if sol[n] is not None})
            if len(bindings) > max_results:
                return _too_large(max_results, "rows")
        body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
        fmt = SOLUTION_TYPES[media]
        if fmt != ox.QueryResultsFormat.JSON:  # pyoxigraph writes the other formats
            body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(
                format=fmt)
        return QueryResponse(200, media, body)
    except (OSError, RuntimeError, ValueError) as e:
        return _error(500, f"the query failed while running: {_first_line(e)}")


def _first_line(e: BaseException) -> str:
    return (str(e).splitlines() or [type(e).__name__])[0]


def _error(status: int, message: str) -> QueryResponse:
    return QueryResponse(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def _not_acceptable(form: str, offered: tuple[str, ...]) -> QueryResponse:
    return _error(406, f"{form} results can be had as {', '.join(offered)}")


def _too_large(cap: int, what: str) -> QueryResponse:
    return _error(400, f"the result has more than {cap} {what}, this endpoint's cap: "
                  "add a LIMIT, or narrow the query")


def _worker_main(conn: Connection, store_path: str, max_results: int) -> None:
    """A worker process: open the store read-only, answer queries until told to stop, and
    reopen the store when it has been written to since (a read-only handle is a snapshot)."""
    from kg.store import GraphStore, StoreError, disk_version

    try:
        version = disk_version(store_path)
        store = GraphStore(store_path, read_only=True)
    except StoreError as e:
        conn.send(("failed", str(e)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        now = disk_version(store_path)
        if now != version:
            # If it cannot be opened now, answer from the last snapshot and try again next query.
            with contextlib.suppress(StoreError):
                store, version = GraphStore(store_path, read_only=True), now
        conn.send(execute(store, request, max_results))


class _Worker:
    def __init__(self, ctx: Any, store_path: str, max_results: int):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, store_path, max_results),
                                   daemon=True, name="kg-sparql-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise RuntimeError("the query worker did not start")
        status, message = self.conn.recv()
        if status != "ready":
            raise RuntimeError(message)
        self.ready = True

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryRunner:
    """A small pool of worker processes that run queries with a timeout and a result cap."""

    def __init__(self, store_path: Path | str, *, timeout: float = DEFAULT_TIMEOUT,
                 max_results: int = DEFAULT_MAX_RESULTS, workers: int = 2):
        self.store_path = str(store_path)
        self.timeout = timeout
        self.max_results = max_results
        self._ctx = mp.get_context("spawn")  # never fork a process holding the store open
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        w = _Worker(self._ctx, self.store_path, self.max_results)
        with self._lock:
            self._all.add(w)
        self._idle.put(w)

    def _retire(self, w: _Worker) -> None:
        w.stop()
        with self._lock:
            self._all.discard(w)

    def run(self, request: QueryRequest) -> QueryResponse:
        w = self._idle.get()
        try:
            w.wait_ready(60)
        except RuntimeError as e:
            self._retire(w)
            self._add()
            return _error(500, f"cannot run queries: {e}")
        try:
            w.conn.send(request)
            if not w.conn.poll(self.timeout):
                self._retire(w)
                self._add()
                return _error(503, f"the query timed out after {self.timeout:g} s: "
                              "narrow it, or add a LIMIT")
            response: QueryResponse = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(w)
            self._add()
            return _error(500, "the query worker stopped unexpectedly")
        self._idle.put(w)
        return response

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
