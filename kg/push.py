"""Push the graph to any SPARQL 1.1 server, for when users outgrow one machine.

Every graph of the local store arrives on the server: each document's named graph as the
same graph; the resolution and derived graphs, and the union queries see (the local default
graph), under names of the store's own (:func:`server_graph`, :func:`union_graph`:
``…/graph/resolution/<identity>``), so that two stores pushing to one server never replace
each other's; and the server's default graph, made the union of every store's union there
(:func:`index_graph` lists them), so a query sent to the server answers as ``kg query`` does here
for one store, and over all of them for several (provided the server's default graph is its
own graph and not the union of all of them). Each graph is *replaced* on the server, so
pushing again leaves one copy of each triple, never two.

Two protocols, since servers differ in what they open to writers:

- the SPARQL 1.1 Graph Store HTTP Protocol (``graph-store``): a PUT of the graph's first
  batch replaces the graph, a POST of each further batch adds to it; the default graph is
  one PUT of this store's union and each other store's, read from the server first (a GET
  of the same endpoint each);
- SPARQL 1.1 Update (``update``): ``DROP SILENT GRAPH`` with the first ``INSERT DATA`` batch in
  one request, then one ``INSERT DATA`` per further batch; the default graph is rebuilt by
  the server, in one request, from the unions the index lists.

Either way the default graph, the one graph queries read that several stores share, is
replaced in one request, not cut into batches: a query sent to the server meanwhile sees it
as it was or as it is made, never without another store's facts (on a server that applies a
request as one transaction, as Oxigraph does).

Triples are read from the store a batch at a time, so a large store never becomes one giant
request (but for the default graph, above). Triples naming a blank node go together in one
batch of their own: a blank node's label means the same node only within one request. The
store is read, never written (a store made by an older kg gets its identity file, beside the
database, on its first push).

Each push also records on the server which graphs the store pushed, in a graph of the
store's own (:func:`record_graph`, named by the store's identity, made when it was created),
before the graphs are sent. Graphs the server holds that the store does not are left
alone, unless the push is asked to ``prune``: then, once every graph has arrived, the
server's graphs that are committee-kg's own (a document's graph, ``…/source/…``, or a
store's resolution, derived and union graphs), that this store's record claims and no
other store's does, and that the store no longer holds (a document forgotten, or read from
another path) are deleted: ``DELETE ?graph=`` by the Graph Store Protocol, ``DROP SILENT
GRAPH`` by Update.
So two stores feeding one server never prune each other's documents; a store built again
to replace another takes over the other's graphs only when told its identity. Copies of one
store's folder share its identity, and so its record: the record also names each place a
push came from (:func:`store_label`), and a prune refuses while it names a place other than
this store's, unless told this store's own identity (it then takes the record over). Which graphs
the server holds, and the records, are asked of its SPARQL query endpoint, a SELECT no
server refuses. No other graph is ever touched.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.namespaces import data_base

# MAX_TIMEOUT: the longest wait for an answer (the socket library raised OverflowError, in a
# traceback, at a connection's first wait for a --timeout of 1e12)
from kg.resources import MAX_TIMEOUT, os_reason
from kg.store import GraphStore, derived_graphs, nt_line
from kg.wording import plural

if TYPE_CHECKING:
    import httpx

PROTOCOLS = ("graph-store", "update")
#: Triples per request: a few MB of N-Triples, well under the request limits servers ship
#: with (Fuseki and Oxigraph take far more), and few enough requests for a large store.
BATCH = 20_000
#: The label the default graph goes by in progress lines and errors.
DEFAULT_GRAPH = "(default graph)"
#: A URL's user info (``bob:s3cret@``): everything in the authority up to its last ``@``.
#: The scheme is optional so that ``bob:s3cret@host/store``, given without one, loses it too.
_USER_INFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/?#]*@")


def shown_url(url: str) -> str:
    """``url`` as it may be printed: without the user and password it may carry
    (``http://bob:s3cret@host/`` is shown ``http://host/``), since what is printed lands in
    terminals, logs and bug reports. Works on URLs too broken to parse."""
    return _USER_INFO.sub(r"\1", url)


def has_user_info(url: str) -> bool:
    """Whether ``url`` carries a user (and perhaps a password) before its host."""
    return _USER_INFO.match(url) is not None


class PushError(RuntimeError):
    """A push failed; the message is one line naming the server and the problem, and says
    how many graphs had arrived before it."""

    def __init__(self, message: str, arrived: list[str] | None = None):
        super().__init__(message)
        self.arrived = arrived or []


@dataclass
class PushReport:
    """What arrived: each graph's name (``DEFAULT_GRAPH`` for the default graph) and how
    many triples it holds, and how long the push took."""

    graphs: list[tuple[str, int]] = field(default_factory=list)
    seconds: float = 0.0
    #: The server's graphs a prune deleted (committee-kg's, that the store no longer holds).
    deleted: list[str] = field(default_factory=list)
    #: The graphs a prune left because another store (or no store's record) claims them.
    left: list[Left] = field(default_factory=list)

    @property
    def named(self) -> list[tuple[str, int]]:
        """The named graphs that arrived (documents', resolution, derived)."""
        return [(name, n) for name, n in self.graphs if name != DEFAULT_GRAPH]

    @property
    def triples(self) -> int:
        """Triples in the named graphs. The default graph is left out: it is their union,
        so adding it would count each triple about twice."""
        return sum(n for _, n in self.named)

    @property
    def default_triples(self) -> int | None:
        """Triples of this store's union (its local default graph), sent to its union graph
        and into the server's default graph, or None if it did not arrive. Not the server's
        default graph's size: that holds every other pushing store's union too."""
        return next((n for name, n in self.graphs if name == DEFAULT_GRAPH), None)


def store_graphs(store: GraphStore) -> list[ox.NamedNode | ox.DefaultGraph]:
    """Every graph to push, in the order they go: the documents' graphs, the graphs derived
    from them all, then the default graph (the union), so a server being queried while the
    push runs sees the new union only once the graphs it comes from have arrived."""
    derived = [g for g in derived_graphs() if store.has_graph(g)]
    return [*(ox.NamedNode(g) for g in store.graphs()), *(ox.NamedNode(g) for g in derived),
            ox.DefaultGraph()]


#: The last part of a write endpoint's path, and the query endpoint beside it: Oxigraph's
#: /store and /update beside /query, Fuseki's /DATASET/data and /DATASET/update beside
#: /DATASET/query.
_WRITE_ENDPOINTS = ("store", "data", "update")


def query_url(url: str) -> str | None:
    """The query endpoint beside the write endpoint ``url`` (its last path part ``store``,
    ``data`` or ``update`` made ``query``), or None when it does not end so (a prune then
    needs the query endpoint given)."""
    head = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    base, _, last = head.rpartition("/")
    if last not in _WRITE_ENDPOINTS or "://" not in base:
        return None
    return f"{base}/query"


@dataclass(frozen=True)
class Asking:
    """How :func:`check` and :func:`prune_query` word what they refuse: to a caller of
    :func:`push` (keyword arguments, the default) or on ``kg push``'s command line (options),
    so the one check serves both and each reader is told in their own terms."""

    prune: str = "prune"  #: how the prune is named at the start of its line
    query: str = "query"  #: how the query endpoint is named at the start of its line
    give_query: str = "give it as query="
    give_user: str = ("give the user and password as auth=, not in the URL, where the "
                      "password would be printed")
    #: what to do about a user and password in the push's own URL
    give_user_in_url: str = give_user
    protocol: str = "protocol {!r}"  #: a protocol refused, formatted with it
    #: a batch refused, formatted with it: each bound is named alone, the one that is wrong
    batch: str = "batch must be 1 or more"
    #: a timeout refused, formatted with it (a number)
    timeout: str = f"timeout must be a number of seconds above 0, at most {MAX_TIMEOUT}"
    #: a store named to take over that no store can be, formatted with the name given
    prune_store: str = "prune_stores {!r}"
    #: stores named to take over without a prune
    prune_store_alone: str = "prune_stores is for prune: give both"


def check(url: str, *, protocol: str, batch: int, timeout: float, prune: bool,
          query: str | None, prune_stores: Iterable[str] = (),
          asking: Asking = Asking()) -> str | None:
    """Refuse (ValueError, one line worded by ``asking``) what :func:`push` cannot be asked
    to do, before the store is opened or anything sent: a protocol it does not speak, a URL
    that is not http(s) or carries a user and password (which would be printed), a batch
    under 1, a timeout not positive and finite, stores to take over (``prune_stores``)
    without ``prune`` or named by anything but an identity or :data:`UNRECORDED` (such a name
    would otherwise reach a graph's IRI mid-push), and with ``prune`` a query endpoint
    :func:`prune_query` refuses. The query endpoint a prune asks (None without ``prune``:
    ``query`` is then not used). ``kg push`` and :func:`push` both check so, each once."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"{asking.protocol.format(protocol)}: choose from {', '.join(PROTOCOLS)}")
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"{shown_url(url)}: give the server's URL, starting http:// or https://")
    if has_user_info(url):
        raise ValueError(f"{shown_url(url)}: {asking.give_user_in_url}")
    if batch < 1:
        raise ValueError(asking.batch.format(batch))
    if not 0 < timeout <= MAX_TIMEOUT:  # nan and inf too
        raise ValueError(asking.timeout.format(timeout))
    for name in prune_stores:
        if not prune:
            raise ValueError(asking.prune_store_alone)
        if not store_named(name):
            raise ValueError(f"{asking.prune_store.format(name)}: not a store's identity (32 "
                             "hex digits, as kg push prints them) or 'unrecorded'")
    return prune_query(url, query, asking) if prune else None


def prune_query(url: str, query: str | None, asking: Asking = Asking()) -> str:
    """The query endpoint a prune of the push to ``url`` asks which graphs the server holds:
    ``query``, else the one beside ``url`` (:func:`query_url`). ValueError (one line, worded
    by ``asking``) when there is none, when it is not an http(s) URL, or when it carries a
    user and password (which would be printed with it)."""
    found = query or query_url(url)
    if found is None:
        raise ValueError(f"{asking.prune}: {shown_url(url)} does not end in /store, /data or "
                         "/update, so the query endpoint beside it is not known: "
                         f"{asking.give_query}")
    shown = shown_url(found)
    if not found.startswith(("http://", "https://")):
        raise ValueError(f"{asking.query} {shown}: give the server's URL, starting http:// or "
                         "https://")
    if has_user_info(found):
        raise ValueError(f"{asking.query} {shown}: {asking.give_user}")
    return found


#: The paths, below the data base, of the graphs a push names by the store's identity (the
#: resolution, the derived facts, the union), so two stores never replace each other's.
PER_STORE = ("graph/resolution/", "graph/derived/", "graph/union/")
#: The path, below the data base, of a store's union graph (one of :data:`PER_STORE`).
_UNION = PER_STORE[2]


def _identity_in(iri: str, prefix: str) -> str | None:
    """The store identity ``iri`` names right after ``prefix`` (:data:`IDENTITY`'s 32 hex
    digits, and nothing more), or None when it names none there."""
    if not iri.startswith(prefix):
        return None
    identity = iri[len(prefix):]
    return identity if IDENTITY.fullmatch(identity) else None


def server_graph(iri: str, identity: str) -> str:
    """The name graph ``iri`` of the store of this identity has on a server: a document's
    graph its own (two stores holding one document push the same graph), the resolution
    and derived graphs the store's (``…/graph/derived/<identity>``)."""
    return f"{iri}/{identity}" if iri in derived_graphs() else iri


def union_graph(identity: str) -> str:
    """The server graph holding the union of the store of this identity (its local default
    graph): what the server's default graph is rebuilt from, store by store."""
    return f"{data_base()}{_UNION}{identity}"


def is_own_graph(iri: str) -> bool:
    """A graph committee-kg writes: a document's (``<base>source/…``), a store's
    resolution, derived or union graph (:data:`PER_STORE`), or the resolution and derived
    graphs an older kg pushed under fixed names. The only graphs a prune may delete."""
    base = data_base()
    if iri.startswith(f"{base}source/") or iri in derived_graphs():
        return True
    return any(_identity_in(iri, base + path) is not None for path in PER_STORE)


#: Where a push records, on the server, which graphs a store pushed: one graph per store,
#: ``<base>graph/pushed-by/<store identity>``, holding ``<record> dcterms:hasPart <graph>``
#: for each graph and a label naming the store and its machine (for the user to recognise).
RECORD_PATH = "graph/pushed-by/"
HAS_PART = ox.NamedNode("http://purl.org/dc/terms/hasPart")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
#: ``--prune-store`` names the graphs no store's record claims (pushed by an older kg) so.
UNRECORDED = "unrecorded"
#: The server graph listing every store's union graph (``<index> dcterms:hasPart <union>``),
#: shared by the stores that push there: what a push rebuilds the server's default graph
#: from. Among the records (its name is no identity, so no store's record).
INDEX_NAME = "stores"
# A store's identity as kg.store makes it (uuid4's 32 hex digits): what a record on a server
# must be named by before it is believed, and what --prune-store must give.
IDENTITY = re.compile(r"[0-9a-f]{32}")


def store_named(name: str) -> bool:
    """Whether ``name`` can name a store's record: an identity, or ``unrecorded``."""
    return name == UNRECORDED or IDENTITY.fullmatch(name) is not None


def _shown(label: str) -> str:
    """A record's label as read from a server, safe to print: a server shared with others
    may hold any text there, so control characters (a newline, a terminal's escape) are
    shown as "?"."""
    return "".join(c if c.isprintable() else "?" for c in label)


def record_graph(identity: str) -> str:
    """The server graph recording what the store of this identity pushed."""
    return f"{data_base()}{RECORD_PATH}{identity}"


def index_graph() -> str:
    """The server graph listing every store's union graph (:data:`INDEX_NAME`)."""
    return f"{data_base()}{RECORD_PATH}{INDEX_NAME}"


def _listed(index: str, union: str) -> str:
    """The index's line naming a store's union graph, as N-Triples."""
    return f"{ox.Triple(ox.NamedNode(index), HAS_PART, ox.NamedNode(union))} ."


def store_label(store: GraphStore) -> str:
    """Where the store is, as its record on the server names it: its folder and machine.
    A copy of a store's folder shares its identity, not its place: the record's labels tell
    the copies apart."""
    import socket

    where = str(store.path.resolve()) if store.path is not None else "a store in memory"
    return f"{where} on {socket.gethostname()}"


def _record_lines(store: GraphStore, graphs: list[str]) -> list[str]:
    """The store's record of the graphs it pushes, as N-Triples lines."""
    record = ox.NamedNode(record_graph(store.identity()))
    label = ox.Literal(store_label(store))
    return [f"{ox.Triple(record, LABEL, label)} .",
            *(f"{ox.Triple(record, HAS_PART, ox.NamedNode(g))} ." for g in graphs)]


@dataclass
class Left:
    """Graphs a prune left on the server though the store does not hold them: another
    store's (its identity and label), or no store's (``identity`` :data:`UNRECORDED`)."""

    identity: str
    label: str
    graphs: list[str] = field(default_factory=list)


def _name(graph: ox.NamedNode | ox.DefaultGraph, identity: str) -> str:
    """How a local graph is named in progress lines: its name on the server."""
    if isinstance(graph, ox.NamedNode):
        return server_graph(graph.value, identity)
    return DEFAULT_GRAPH


def _batches(store: GraphStore, graph: ox.NamedNode | ox.DefaultGraph,
             size: int) -> Iterator[list[str]]:
    """The graph's triples as N-Triples lines, ``size`` at a time (:func:`_batched`)."""
    return _batched(store.oxigraph.quads_for_pattern(None, None, None, graph), size)


def _batched(quads: Iterable[ox.Quad], size: int) -> Iterator[list[str]]:
    """Triples as N-Triples lines, ``size`` at a time; those naming a blank node all in the
    last batch (one request keeps one blank node one node). At least one batch, empty for
    no triples, so the server's copy is replaced even then."""
    batch: list[str] = []
    blank: list[str] = []
    sent = False
    for q in quads:
        line = nt_line(q)
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
            blank.append(line)
            continue
        batch.append(line)
        if len(batch) >= size:
            yield batch
            sent = True
            batch = []
    if batch or blank or not sent:
        yield batch + blank


class _Target:
    """One server: how to send a graph's batches to it, and its errors in words."""

    def __init__(self, client: httpx.Client, url: str, protocol: str):
        self.client = client
        self.url = url
        self.shown = shown_url(url)  # the URL in errors: never its user and password
        self.protocol = protocol

    def send(self, graph: ox.NamedNode | ox.DefaultGraph, lines: list[str], first: bool,
             whole: IO[bytes] | None = None) -> None:
        """Send one batch of ``graph`` (``lines``; replacing the server's copy if
        ``first``), or, by the Graph Store Protocol, the whole of it read from ``whole``
        (N-Triples) in one PUT, which no smaller --batch could cut: its refusals say so."""
        import httpx

        try:
            request = self._request(graph, lines, first, whole)
        except httpx.InvalidURL as e:  # not an HTTPError: raised as the request is built
            raise PushError(f"{self.shown}: not a URL kg push can use: {e}") from None
        advice = (f"{_WHOLE}: give a longer --timeout" if whole is not None
                  else "give a longer --timeout, or a smaller --batch")
        response = self._call(request, self.shown, advice)
        if response.is_success:
            return
        if whole is not None and response.status_code == 413:
            raise PushError(f"{self.shown}: 413 {response.reason_phrase}: {_WHOLE}, and it is "
                            "too large for the server: raise the server's limit on a request's "
                            "size, or give --protocol update and the update endpoint")
        raise PushError(f"{self.shown}: {self._refusal(response)}")

    def _update_request(self, text: str) -> httpx.Request:
        """A SPARQL Update request of ``text`` to the endpoint pushed to (every Update
        request a push makes is built here)."""
        return self.client.build_request(
            "POST", self.url, content=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _update(self, text: str) -> None:
        """Send the SPARQL Update ``text``; the server's refusal as a PushError."""
        response = self._call(self._update_request(text), self.shown)
        if not response.is_success:
            raise PushError(f"{self.shown}: {self._refusal(response)}")

    def _call(self, request: httpx.Request, shown: str,
              advice: str = "give a longer --timeout") -> httpx.Response:
        """Send a request to ``shown``'s server; its failure to answer as one line (a
        timeout's with ``advice``)."""
        import httpx

        try:
            return self.client.send(request)
        except httpx.TimeoutException:
            raise PushError(f"{shown}: no answer within {self.client.timeout.read:g} s "
                            f"({advice})") from None
        except httpx.HTTPError as e:
            raise PushError(f"{shown}: cannot reach the server: {_reason(e)}") from None

    def own_graphs(self, query_url: str) -> list[str]:
        """committee-kg's graphs (:func:`is_own_graph`) the server holds, asked of its query
        endpoint. Only the graphs under committee-kg's names are asked for, and each IRI the
        server answers is checked again (and checked to be an IRI) before it is trusted."""
        import httpx

        shown = shown_url(query_url)
        own = [*(f"STRSTARTS(STR(?g), {ox.Literal(data_base() + path)})"
                 for path in ("source/", *PER_STORE)),
               *(f"?g = {ox.NamedNode(g)}" for g in derived_graphs())]
        query = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER("
                 + " || ".join(own) + ") }")
        try:
            request = self.client.build_request(
                "POST", query_url, data={"query": query},
                headers={"Accept": "application/sparql-results+json"})
        except httpx.InvalidURL as e:
            raise PushError(f"{shown}: not a URL kg push can use: {e}") from None
        response = self._call(request, shown)
        hint = " (give the server's SPARQL query endpoint with --query-url)"
        if not response.is_success:
            status = _status(response)
            raise PushError(f"{shown}: {status}: --prune could not ask which graphs the "
                            f"server holds{hint}")
        try:
            bindings = response.json()["results"]["bindings"]
            names = [b["g"]["value"] for b in bindings if b.get("g", {}).get("type") == "uri"]
        except (ValueError, KeyError, TypeError):
            raise PushError(f"{shown}: the answer is not SPARQL JSON results: not a SPARQL "
                            f"query endpoint?{hint}") from None
        out = []
        for name in names:
            try:
                ox.NamedNode(name)
            except ValueError:
                continue  # not an IRI: nothing a DROP could name safely
            if is_own_graph(name):
                out.append(name)
        return sorted(set(out))

    def records(self, query_url: str) -> dict[str, tuple[set[str], set[str]]]:
        """Every store's record on the server: its identity → (its labels, the graphs it
        pushed); more than one label when copies of one store's folder, each in its own
        place, pushed. Asked of the query endpoint, as :meth:`own_graphs` asks."""
        shown = shown_url(query_url)
        prefix = data_base() + RECORD_PATH
        query = ("SELECT ?r ?g ?label WHERE { GRAPH ?r { { ?r " + str(HAS_PART) + " ?g } "
                 "UNION { ?r " + str(LABEL) + " ?label } } FILTER(STRSTARTS(STR(?r), "
                 + str(ox.Literal(prefix)) + ")) }")
        request = self.client.build_request(
            "POST", query_url, data={"query": query},
            headers={"Accept": "application/sparql-results+json"})
        response = self._call(request, shown)
        if not response.is_success:
            status = _status(response)
            raise PushError(f"{shown}: {status}: --prune could not ask which store pushed "
                            "which graph")
        try:
            bindings = response.json()["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise PushError(f"{shown}: the answer is not SPARQL JSON results") from None
        out: dict[str, tuple[set[str], set[str]]] = {}
        for b in bindings:
            identity = _identity_in(b.get("r", {}).get("value", ""), prefix)
            if identity is None:
                continue  # no record kg wrote: never believed, never printed
            labels, graphs = out.setdefault(identity, (set(), set()))
            if b.get("g", {}).get("type") == "uri":
                graphs.add(b["g"]["value"])
            if "label" in b:
                labels.add(_shown(b["label"]["value"]))
        return out

    def send_lines(self, graph: str, lines: list[str], size: int, replace: bool) -> None:
        """Send lines to the server's graph ``graph`` in batches of ``size``: replacing
        what it holds, or added to it."""
        node = ox.NamedNode(graph)
        for i in range(0, max(len(lines), 1), size):
            self.send(node, lines[i:i + size], first=replace and i == 0)

    def _readable(self, response: httpx.Response, name: str) -> bool:
        """Whether the GET of the server's graph ``name`` answered with the graph (False:
        the server holds no such graph, a 404); any other failure as a PushError."""
        if response.status_code == 404:
            return False
        if response.status_code in (401, 403):
            raise PushError(f"{self.shown}: {self._refusal(response)}")
        if not response.is_success:
            status = _status(response)
            raise PushError(f"{self.shown}: {status}: cannot read the graph {name} (a GET of "
                            "the Graph Store endpoint), which keeps the other stores' facts in "
                            "the default graph: give --protocol update and the update endpoint")
        return True

    def _get(self, name: str) -> httpx.Request:
        return self.client.build_request("GET", self.url, params={"graph": name},
                                         headers={"Accept": "application/n-triples"})

    def read(self, name: str) -> Iterator[ox.Quad]:
        """The server's graph ``name``, read by the Graph Store Protocol (a GET of the URL
        pushed to); none if the server holds no such graph. The server's answer is taken
        whole (its bytes held) and its triples parsed one at a time as they are used, never
        made a list of them all. Its blank nodes get labels of their own (a server may label
        two graphs' blank nodes alike, ``_:b0``): they then stay apart once written beside
        other graphs' in one request."""
        response = self._call(self._get(name), self.shown)
        if not self._readable(response, name):
            return
        try:
            yield from ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES,
                                rename_blank_nodes=True)
        except (SyntaxError, ValueError) as e:
            raise PushError(f"{self.shown}: the graph {name} it sent is not N-Triples: "
                            f"{str(e).splitlines()[0]}") from None

    def unions(self) -> list[str]:
        """The union graphs the server's index lists (:func:`index_graph`): one per store
        that pushed there, its identity checked."""
        index = index_graph()
        prefix = data_base() + _UNION
        out = []
        for q in self.read(index):
            union = q.object.value if isinstance(q.object, ox.NamedNode) else ""
            if (q.subject == ox.NamedNode(index) and q.predicate == HAS_PART
                    and _identity_in(union, prefix) is not None):
                out.append(union)
        return sorted(set(out))

    def rebuild_default(self, own: Iterator[list[str]], own_union: str, skip: set[str]) -> None:
        """Make the server's default graph the union of every store's union graph the index
        lists, but those in ``skip`` (stores a prune takes over): this store's (``own``, its
        batches, just sent to ``own_union``) and the others'. In one request either way, so
        a query sent meanwhile sees the default graph as it was or as it is made, never half
        made: by Update, one request the server works out; by the Graph Store Protocol, the
        index and every other store's union read first (into a temporary file, after this
        store's union), then one PUT of the whole of it. A server that refuses a read, or a
        disk with no room for the file, so leaves the default graph as it was. That PUT
        holds the others' unions as read: a store pushing at the same time can have its new
        union (or, pushing for the first time, its listing) overwritten until it pushes
        again (README says so)."""
        prefix = data_base() + _UNION
        if self.protocol == "update":
            index = ox.NamedNode(index_graph())
            skipped = ", ".join(str(ox.NamedNode(g)) for g in sorted(skip))
            # The identity form checked as the Graph Store path checks it (unions()): a graph
            # some other writer listed under graph/union/ is never taken into the default.
            self._update(
                "DROP SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { "
                f"GRAPH {index} {{ {index} {HAS_PART} ?g }} "
                f"FILTER(STRSTARTS(STR(?g), {ox.Literal(prefix)}) && "
                f"REGEX(STRAFTER(STR(?g), {ox.Literal(prefix)}), \"^[0-9a-f]{{32}}$\")"
                + (f" && ?g NOT IN ({skipped})" if skipped else "") + ") "
                "GRAPH ?g { ?s ?p ?o } }")
            return
        import contextlib
        import tempfile

        others = [u for u in self.unions() if u not in skip and u != own_union]
        folder = tempfile.gettempdir()
        # Where a full disk (or an unwritable TMPDIR) ends the push: one line, not a
        # traceback, after the named graphs arrived and before the default graph changed.
        cannot = (f"{self.shown}: cannot write the default graph (every store's union) to a "
                  f"temporary file in {folder} before sending it")
        with contextlib.ExitStack() as open_files:
            body: IO[bytes] | None = None
            try:
                body = open_files.enter_context(tempfile.TemporaryFile())
                # A batch of lines, or one triple of another store's union, at a time (the
                # file's buffer gathers them): no union is ever held whole as one string.
                for lines in own:
                    body.writelines(f"{line}\n".encode() for line in lines)
                for union in others:
                    body.writelines(f"{nt_line(q)}\n".encode() for q in self.read(union))
                body.seek(0)  # flushes the buffer: a full disk may only say so here
            except OSError as e:
                if body is not None:  # closed even so: its buffer's rest has nowhere to go
                    with contextlib.suppress(OSError):
                        body.close()
                raise PushError(f"{cannot}: {os_reason(e)} (set TMPDIR to a folder with room, "
                                "or give --protocol update and the update endpoint)") from None
            self.send(ox.DefaultGraph(), [], first=True, whole=body)

    def unlist(self, unions: list[str]) -> None:
        """Take ``unions`` (stores a prune took over, their graphs deleted) off the index. By
        Update, just their triples are deleted; the Graph Store Protocol can only replace the
        index, so it is read and put back without them (a store that lists itself between
        the two is lost from it until it pushes again: README says so)."""
        if not unions:
            return
        index = index_graph()
        if self.protocol == "update":
            body = "\n".join(_listed(index, u) for u in unions)
            self._update(f"DELETE DATA {{ GRAPH {ox.NamedNode(index)} {{\n{body}\n}} }}")
            return
        kept = [_listed(index, u) for u in self.unions() if u not in unions]
        self.send_lines(index, kept, max(len(kept), 1), replace=True)

    def delete(self, name: str) -> None:
        """Delete the server's graph ``name``; one already gone is no failure."""
        if self.protocol == "update":
            self._update(f"DROP SILENT GRAPH {ox.NamedNode(name)}")
            return
        request = self.client.build_request("DELETE", self.url, params={"graph": name})
        response = self._call(request, self.shown)
        if response.is_success or response.status_code == 404:
            return
        raise PushError(f"{self.shown}: {self._refusal(response)}")

    def _request(self, graph: ox.NamedNode | ox.DefaultGraph, lines: list[str],
                 first: bool, whole: IO[bytes] | None = None) -> httpx.Request:
        """The request sending one batch of the graph by this target's protocol (by the
        Graph Store Protocol, the whole graph read from ``whole`` if given)."""
        if self.protocol == "graph-store":
            data: bytes | IO[bytes] = (
                whole if whole is not None
                else ("\n".join(lines) + "\n").encode("utf-8") if lines else b"")
            named = isinstance(graph, ox.NamedNode)
            request = self.client.build_request(
                "PUT" if first else "POST", self.url,
                params={"graph": graph.value} if named else None, content=data,
                headers={"Content-Type": "application/n-triples"})
            if not named:  # the protocol's bare ?default (httpx would write "default=")
                query = request.url.query
                request.url = request.url.copy_with(
                    query=(query + b"&" if query else b"") + b"default")
            return request
        target = f"GRAPH {graph} " if isinstance(graph, ox.NamedNode) else ""
        drop = f"DROP SILENT GRAPH {graph}" if target else "DROP SILENT DEFAULT"
        parts = [drop] if first else []
        if lines:
            body = "\n".join(lines)
            parts.append(f"INSERT DATA {{ {target}{{\n{body}\n}} }}" if target
                         else f"INSERT DATA {{\n{body}\n}}")
        return self._update_request(" ;\n".join(parts))

    def _hint(self) -> str:
        """What the URL's last part says the endpoint is, when it is not the one this
        protocol writes to: a user who gave Oxigraph's /update without ``--protocol update``,
        or the read-only /query, is told which to give."""
        head = self.url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
        last = head.rpartition("/")[2]
        if last == "query":
            return ("; /query is the server's read-only query endpoint: give its /store "
                    "(Fuseki: /DATASET/data), or its /update with --protocol update")
        if last == "update" and self.protocol == "graph-store":
            return "; for a SPARQL Update endpoint give --protocol update"
        if last in ("store", "data") and self.protocol == "update":
            return ("; for a Graph Store endpoint leave --protocol update out (graph-store is "
                    "the default)")
        return ""

    def _refusal(self, response: httpx.Response) -> str:
        """The server's refusal in one line, with what to do about it."""
        status = _status(response)
        kind = ("a Graph Store endpoint (Oxigraph's is /store, Fuseki's /DATASET/data)"
                if self.protocol == "graph-store" else
                "a SPARQL Update endpoint (Oxigraph's is /update, Fuseki's /DATASET/update)")
        code = response.status_code
        if code == 401 and "Authorization" in response.request.headers:
            return f"{status}: the server refused this user and password"
        if code == 401:
            return f"{status}: the server wants a user and password (--user, --password-env)"
        if code == 403:
            return f"{status}: the server does not let this user write"
        if code == 405:  # Fuseki's answer to a write on a dataset opened without --update
            return f"{status}: not {kind}, or one the server opens read-only{self._hint()}"
        if code in (404, 415):
            return f"{status}: not {kind}{self._hint()}"
        if code == 413:
            return f"{status}: a request was too large for the server (give a smaller --batch)"
        if 300 <= code < 400:
            where = shown_url(response.headers.get("Location", ""))
            return f"{status}: the server sends the push elsewhere ({where}): give that URL"
        said = " ".join(response.text.split())[:200]
        return f"{status}" + (f": {said}" if said else "")


#: Why the default graph is one request by the Graph Store Protocol, in its errors: a
#: smaller --batch would not make it smaller.
_WHOLE = "the server's default graph goes in one request, so that no query sees it half made"


def _status(response: httpx.Response) -> str:
    """The server's answer's status, its code and reason (``404 Not Found``)."""
    return f"{response.status_code} {response.reason_phrase}".strip()


def _reason(e: httpx.HTTPError) -> str:
    """An httpx error as a few words ("connection refused"), not a chained traceback."""
    text = str(e) or type(e).__name__
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return "no such host"
    return text.splitlines()[0].split("] ")[-1]


def push(
    store: GraphStore,
    url: str,
    *,
    protocol: str = "graph-store",
    auth: tuple[str, str] | None = None,
    batch: int = BATCH,
    timeout: float = 60.0,
    on_graph: Callable[[str, int, float], None] | None = None,
    prune: bool = False,
    query: str | None = None,
    on_delete: Callable[[str], None] | None = None,
    prune_stores: Iterable[str] = (),
) -> PushReport:
    """Send every graph of ``store`` to the SPARQL 1.1 server at ``url``, each replacing the
    server's graph of its name there (:func:`server_graph`; the union goes to the store's
    :func:`union_graph`), and make the server's default graph the union of every store's
    union there (this store's and those of the other stores that pushed: so two stores on one
    server never replace each other's facts). ``on_graph(name, triples, seconds)`` is called
    as each graph arrives. Raises :class:`PushError` (one line, with the graphs that had
    arrived).

    Each push records on the server which graphs this store pushed (:func:`record_graph`,
    by the store's :meth:`~kg.store.GraphStore.identity`), before any of them is sent. With
    ``prune``, once all have arrived, the graphs this store pushed and no longer holds are
    deleted (``on_delete(name)`` as each goes), unless another store's record claims them
    too; those other stores pushed, and those no record claims, are left and reported
    (``PushReport.left``), unless ``prune_stores`` names that store's identity (or
    :data:`UNRECORDED`): a store built again from scratch takes over its predecessor's so.
    A prune refuses (PushError, nothing sent, nothing deleted) while this store's record
    names a place other than this store's (a copy of its folder pushed from there), unless
    ``prune_stores`` names this store's own identity, and when ``prune_stores`` names a
    store that never pushed there: what the server holds and its records are asked before
    anything is sent, so a refused prune leaves the server as it was (the default graph
    among it, which a takeover rebuilds without the stores it takes over).
    The server is asked through its query endpoint ``query`` (default: :func:`query_url` of
    ``url``; ValueError if there is none).

    A user and password in ``url`` are refused (ValueError): give them as ``auth``, so the
    password is never part of a URL that is printed, logged or shown in a process list. So are
    the other mistakes :func:`check` refuses (a ``prune_stores`` entry that names no store
    among them), before anything is sent."""
    prune_stores = set(prune_stores)
    query = check(url, protocol=protocol, batch=batch, timeout=timeout, prune=prune,
                  query=query, prune_stores=prune_stores)
    import httpx  # only here: every other kg command starts without it

    report = PushReport()
    started = time.monotonic()
    graphs = store_graphs(store)
    identity = store.identity()
    union = union_graph(identity)
    # The server's names of what this store pushes: its union's graph among them.
    named = [*(server_graph(g.value, identity) for g in graphs if isinstance(g, ox.NamedNode)),
             union]
    record = record_graph(identity)
    adopted = prune_stores - {UNRECORDED}
    # The unions of the stores a prune takes over are left out of the default graph.
    skip = {union_graph(other) for other in adopted - {identity}} if prune else set()
    with httpx.Client(auth=auth, timeout=timeout, follow_redirects=False) as client:
        target = _Target(client, url, protocol)
        owned: list[str] = []
        records: dict[str, tuple[set[str], set[str]]] = {}
        if prune and query is not None:
            # Asked, and the prune's refusals made, before anything is sent: a refused
            # prune has changed nothing (the default graph, rebuilt without the stores it
            # would take over, among it). Graphs this push adds are all kept, so asking
            # first finds the same graphs to delete as asking after.
            owned = target.own_graphs(query)  # first: it checks the query URL, in words
            records = target.records(query)
            if missing := sorted(adopted - set(records)):
                raise PushError(f"{shown_url(query)}: --prune-store {missing[0]}: no store of "
                                "this identity has pushed to the server (nothing was sent or "
                                "deleted)")
            here = store_label(store)
            copies = sorted(records.get(identity, (set(), set()))[0] - {here})
            if copies and identity not in prune_stores:
                # A copy of this store's folder, elsewhere, pushed under the same identity:
                # the record claims its graphs too, and a prune from here would delete those
                # only the copy holds. Named with --prune-store, this store takes it over.
                raise PushError(f"--prune: store {identity} was pushed from {here} and from "
                                f"{'; '.join(copies)} (a copy of its folder): a prune here "
                                "would delete the graphs only the copy holds, so nothing was "
                                "sent or deleted; give "
                                f"--prune-store {identity} to prune as the one store of this "
                                "identity")
        # Claimed before they are sent (added to what this store claimed before): a push
        # that fails part way has claimed every graph that arrived, for a later prune. The
        # index then lists this store's union, for every store's push to rebuild the
        # server's default graph from.
        target.send_lines(record, _record_lines(store, named), batch, replace=False)
        target.send_lines(index_graph(), [_listed(index_graph(), union)], batch, replace=False)
        for graph in graphs:
            graph_start = time.monotonic()
            count = 0
            name = _name(graph, identity)
            try:
                # This store's union goes to its own graph, then the server's default graph.
                to_default = not isinstance(graph, ox.NamedNode)
                sent_as = ox.NamedNode(union if to_default else name)
                for i, lines in enumerate(_batches(store, graph, batch)):
                    target.send(sent_as, lines, first=i == 0)
                    count += len(lines)
                if to_default:
                    target.rebuild_default(_batches(store, graph, batch), union, skip)
            except PushError as e:
                arrived = [n for n, _ in report.graphs]
                if not arrived:
                    raise
                raise PushError(
                    f"{e} (while sending {name}; the {plural(len(arrived), 'graph')} "
                    f"before it, of {len(graphs)}, had arrived: run kg push again to send "
                    "them all)",
                    arrived) from None
            report.graphs.append((name, count))
            if on_graph is not None:
                on_graph(name, count, time.monotonic() - graph_start)
        if prune and query is not None:
            # Only after every graph arrived: a push that fails part way deletes nothing.
            kept = set(named)
            mine = set(records.get(identity, (set(), set()))[1])
            for other in adopted:
                mine |= records[other][1]
            claimed = {g for _, gs in records.values() for g in gs}
            left: dict[str, Left] = {}
            for name in owned:
                if name in kept:
                    continue
                holders = [i for i, (_, gs) in sorted(records.items())
                           if name in gs and i != identity and i not in adopted]
                ours = name in mine or (UNRECORDED in prune_stores and name not in claimed)
                if holders or not ours:  # another store's (too), or no store's
                    who = holders[0] if holders else UNRECORDED
                    label = "; ".join(sorted(records[who][0])) if holders else ""
                    left.setdefault(who, Left(who, label)).graphs.append(name)
                    continue
                try:
                    target.delete(name)
                except PushError as e:
                    raise PushError(f"{e} (while deleting {name}, which the store no longer "
                                    f"holds; every graph of the store had arrived)",
                                    [n for n, _ in report.graphs]) from None
                report.deleted.append(name)
                if on_delete is not None:
                    on_delete(name)
            report.left = list(left.values())
            # Every deletion done: this store now claims what it holds, and the stores it
            # took over (--prune-store) claim nothing more.
            target.send_lines(record, _record_lines(store, named), batch, replace=True)
            for other in sorted(adopted - {identity}):
                target.delete(record_graph(other))
            target.unlist(sorted(skip))
    report.seconds = time.monotonic() - started
    return report
