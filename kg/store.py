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
in graphs of its own (``…/graph/resolution``, ``…/graph/derived``). The union holds the
documents' triples with every variant IRI replaced by its canonical one, plus what was
derived, so queries see one node per real thing while each document's graph keeps exactly
what that document said. A document's triples go into the union mapped as it is stored; the
union is rebuilt from all documents only when the resolution itself changes.
"""

from __future__ import annotations

import errno
import os
import time
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.namespaces import TURTLE_PREFIXES, data_base, query_prefixes
from kg.resources import os_reason

if TYPE_CHECKING:  # rdflib takes a tenth of a second to import: `kg query` never needs it
    from rdflib import Graph


def derived_graphs() -> tuple[str, str]:
    """The graphs that hold what is derived across documents: the resolution (which nodes
    are one thing) and the derived facts (which follow-ups were fulfilled)."""
    return f"{data_base()}graph/resolution", f"{data_base()}graph/derived"


def nt_line(q: ox.Quad) -> str:
    """A quad's triple as an N-Triples line (its graph left out): one spelling for every
    place that compares or sends triples as text (the resolution check, ``kg push``)."""
    return f"{ox.Triple(q.subject, q.predicate, q.object)} ."


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message is one line."""


class StoreBusy(StoreError):
    """Another process writes to the store (Oxigraph lets one writer hold it at a time)."""


#: The file in a store's folder holding its identity (:meth:`GraphStore.identity`). Oxigraph's
#: database ignores files whose names are not its own.
ID_FILE = "committee-kg-store-id"

BUSY = "the store is in use by another process (another kg ingest or kg resolve?"
#: How often (seconds) ``--wait`` tries a busy store again: opening it is cheap.
WAIT_STEP = 0.25


def holds_store(path: Path) -> bool:
    """Whether a folder holds a store already (Oxigraph's own CURRENT file), without opening
    it: what a new, empty or other folder does not."""
    return (path / "CURRENT").exists()


def _check_folder(path: Path, read_only: bool) -> None:
    """Refuse, in words, a store path that is not a store: a file; a folder with no store
    in it to read; or a folder of other files to write a new store into, which would mix the
    store's files with the user's (``--store .`` in a folder of minutes)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    if not path.is_dir() or holds_store(path):
        return  # a new folder (created on first ingest), or a store
    if read_only:
        raise StoreError(f"{path}: no store in this folder (run `kg ingest` first)")
    if any(path.iterdir()):
        raise StoreError(f"{path}: not a committee-kg store and not empty: give a new or "
                         "empty folder, so the store's files are not mixed with others")


def check_store_path(path: Path, read_only: bool = False) -> None:
    """Refuse, in one line and before anything is done (spaCy loaded, a heading printed), a
    store path no store can be opened at (:func:`_check_folder`), and for writing one whose
    parent folder is missing or not a folder. kg makes the store's own folder, never the
    folders above it, as sqlite3 makes a new database file but never its folder: a mistyped
    parent (``--store ~/minuets/kg-store``) is named, not made in silence. A path the system
    will not even look at (a name over 255 bytes, a folder on the way that is not readable)
    is one line too, not the traceback of the ``exists()`` that asked."""
    try:
        _check_folder(path, read_only)
        if read_only or path.exists():
            return
        parent = path.parent
        if parent.exists() and not parent.is_dir():
            raise StoreError(f"{path}: cannot make the store: {parent} is a file, not a "
                             "folder")
        if not parent.exists():
            raise StoreError(f"{path}: cannot make the store: no such folder: {parent} (kg "
                             "makes the store's own folder, not the folders above it: make "
                             "it first)")
    except OSError as e:
        raise StoreError(f"{path}: cannot use it as a store: {os_reason(e)}") from None


EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, whole dataset with graph names?)
    "turtle": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
#: Each export format's file suffixes, its own first: the one place ``kg export -o FILE``
#: picks a format by, its --help lists and the README names (tests/test_docs.py checks
#: that they say the same).
EXPORT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "turtle": (".ttl", ".turtle"), "nt": (".nt",), "jsonld": (".jsonld", ".json"),
    "rdfxml": (".rdf", ".xml", ".owl"), "nq": (".nq",), "trig": (".trig",),
}


# SPARQL Update templates. GRAPH_IRI, RESOLUTION_GRAPH and DERIVED_GRAPH are replaced with
# IRIs this module checked (never text from minutes). The union holds each document's triple
# with its subject and object "mapped": replaced by their canonical IRI when the resolution
# graph has ``variant owl:sameAs canonical``.
_MAP = """
  OPTIONAL { GRAPH <RESOLUTION_GRAPH> { ?s owl:sameAs ?sc } }
  OPTIONAL { GRAPH <RESOLUTION_GRAPH> { ?o owl:sameAs ?oc } }
  BIND (COALESCE(?sc, ?s) AS ?cs)
  BIND (COALESCE(?oc, ?o) AS ?co)
"""
_PREFIXES = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX ckg: <https://w3id.org/committee-kg/ns#>
"""

# Take out of the union what only this document said (mapped), then drop its graph.
_DROP_FROM_UNION = """
DELETE { ?cs ?p ?co } WHERE {
  GRAPH <GRAPH_IRI> { ?s ?p ?o }
  MAP
  # Does another graph say it, in the same words or through a variant of either end?
  FILTER NOT EXISTS { GRAPH ?other { ?cs ?p ?co } FILTER (?other != <GRAPH_IRI>) }
  FILTER NOT EXISTS { GRAPH <RESOLUTION_GRAPH> { ?s2 owl:sameAs ?cs }
                      GRAPH ?other { ?s2 ?p ?co } FILTER (?other != <GRAPH_IRI>) }
  FILTER NOT EXISTS { GRAPH <RESOLUTION_GRAPH> { ?o2 owl:sameAs ?co }
                      GRAPH ?other { ?cs ?p ?o2 } FILTER (?other != <GRAPH_IRI>) }
  FILTER NOT EXISTS { GRAPH <RESOLUTION_GRAPH> { ?s2 owl:sameAs ?cs . ?o2 owl:sameAs ?co }
                      GRAPH ?other { ?s2 ?p ?o2 } FILTER (?other != <GRAPH_IRI>) }
} ;
DROP SILENT GRAPH <GRAPH_IRI> ;
"""

# Put the document's triples (mapped) into the union: not a preferred label the resolution
# demoted, nor "open" for a follow-up the derived graph found fulfilled.
_ADD_TO_UNION = """
INSERT { ?cs ?p ?co } WHERE {
  GRAPH <GRAPH_IRI> { ?s ?p ?o }
  MAP
  FILTER NOT EXISTS { GRAPH <RESOLUTION_GRAPH> { ?cs skos:prefLabel ?chosen }
                      FILTER (?p = skos:prefLabel && ?co != ?chosen) }
  FILTER NOT EXISTS { GRAPH <DERIVED_GRAPH> { ?cs ckg:status ?status }
                      FILTER (?p = ckg:status) }
}
"""

# The union, rebuilt from scratch: the documents' triples, those that name a variant
# rewritten, one preferred label per node where the resolution chose one, its labels.
_REBUILD_UNION = """
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

# Take the derived facts out of the union (a follow-up they made fulfilled is open again if
# a document says so), then drop the derived graph.
_REMOVE_DERIVED = """
DELETE { ?s ?p ?o } WHERE { GRAPH <DERIVED_GRAPH> { ?s ?p ?o } } ;
INSERT { ?f ckg:status ckg:Open } WHERE {
  GRAPH <DERIVED_GRAPH> { ?f ckg:status ?status }
  { BIND (?f AS ?v) } UNION { GRAPH <RESOLUTION_GRAPH> { ?v owl:sameAs ?f } }
  GRAPH ?g { ?v ckg:status ckg:Open }
  FILTER (?g != <RESOLUTION_GRAPH> && ?g != <DERIVED_GRAPH>)
} ;
DROP SILENT GRAPH <DERIVED_GRAPH> ;
"""

# Add the derived graph's facts to the union: a follow-up it found fulfilled is not open.
_ADD_DERIVED = """
DELETE { ?f ckg:status ckg:Open } WHERE { GRAPH <DERIVED_GRAPH> { ?f ckg:status ?status } } ;
INSERT { ?s ?p ?o } WHERE { GRAPH <DERIVED_GRAPH> { ?s ?p ?o } }
"""


def prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared (:func:`kg.namespaces.query_prefixes`)."""
    return query_prefixes()


def disk_version(path: Path | str) -> tuple[tuple[str, int, int], ...]:
    """A fingerprint of a store on disk that changes whenever a write lands in it.

    A read-only handle sees the store as it was when opened, so a long-running reader (``kg
    serve``) compares this before its work and reopens when ``kg ingest`` has written since.
    Every write appends to the store's log file or adds a table file, so the names, sizes and
    times of the files in the folder are enough, and listing one folder costs next to nothing.
    """
    try:
        entries = list(os.scandir(path))
    except OSError:
        return ()
    version = []
    for entry in entries:
        try:
            if entry.is_file():
                st = entry.stat()
                version.append((entry.name, st.st_size, st.st_mtime_ns))
        except OSError:  # a file compacted away while we looked
            continue
    return tuple(sorted(version))


# What os.link raises where a file system has no hard links.
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV})


class GraphStore:
    """A thin layer over :class:`pyoxigraph.Store` that speaks in documents and queries."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        #: Whether opening this store made its folder: only this handle's owner may remove
        #: it again (``kg ingest`` leaves no empty store behind). Known from the one atomic
        #: ``mkdir`` that made it, not from a look beforehand: a folder another process made
        #: between a look and the opening would be taken for this one's and removed.
        self.created = False
        if self.path is not None:
            check_store_path(self.path, read_only)
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here yet (run `kg ingest` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.created = self._make_folder(self.path)
                self._store = self._open_made(self.path)
                if self.created:
                    self.identity()  # made with the store: a copy of the folder shares it
        except OSError as e:
            message = str(e).splitlines()[0] if str(e) else type(e).__name__
            if "lock" in message.lower():
                raise StoreBusy(f"{self.path}: cannot open store: {BUSY} run this again once "
                                "it has finished, or give --wait SECONDS)") from None
            raise StoreError(f"{self.path}: cannot open store: {message}") from None

    def identity(self) -> str:
        """The store's identity: made when the store is created and kept beside its data
        (:data:`ID_FILE`), so ``kg push --prune`` can tell the graphs this store pushed to a
        server from those another store pushed there. A store made by an older kg gets one
        the first time it is asked for (written even through a read-only handle: it is a
        file of kg's, not the database's). A store in memory has one for its lifetime."""
        if self.path is None:
            if not hasattr(self, "_identity"):
                self._identity = uuid.uuid4().hex
            return self._identity
        file = self.path / ID_FILE
        try:
            return self._read_identity(file)
        except FileNotFoundError:
            pass
        made = uuid.uuid4().hex
        # Written whole under a name of this call's own, then linked into place: the file
        # appears with its identity in it or not at all (a reader arriving mid-write never
        # sees it empty), and a link, like "x", fails if the name is taken: of two first
        # pushes at once, one wins and the other reads the winner's.
        draft = file.with_name(f".{ID_FILE}.{made}")
        try:
            with open(draft, "x", encoding="ascii") as f:
                f.write(made + "\n")
            try:
                os.link(draft, file)
            except FileExistsError:
                return self._read_identity(file)
            except OSError as e:
                if e.errno not in _NO_LINKS:
                    raise
                # No hard links on this file system (exFAT, some network shares): created
                # exclusively instead, still never over another's identity.
                try:
                    with open(file, "x", encoding="ascii") as f:
                        f.write(made + "\n")
                except FileExistsError:
                    return self._read_identity(file)
            finally:
                draft.unlink(missing_ok=True)
        except OSError as e:
            raise StoreError(f"{file}: cannot write the store's identity: "
                             f"{e.strerror or e}") from None
        return made

    @staticmethod
    def _read_identity(file: Path) -> str:
        """The identity in ``file`` (FileNotFoundError if there is none): 32 hex digits, as
        :meth:`identity` writes it; anything else is a one-line StoreError."""
        try:
            text = file.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            raise
        except (OSError, UnicodeError) as e:
            raise StoreError(f"{file}: cannot read the store's identity: {e}") from None
        if len(text) != 32 or any(c not in "0123456789abcdef" for c in text):
            raise StoreError(f"{file}: not a store identity (32 hex digits, as kg writes it): "
                             "remove the file, and the store gets a new one")
        return text

    @staticmethod
    def _make_folder(path: Path) -> bool:
        """Make the store's folder if there is none; whether this call made it. One
        ``mkdir``: of two processes opening a new path, exactly one is told it made it."""
        try:
            path.mkdir()  # not parents=True: a missing parent is refused (check_store_path)
        except FileExistsError:
            return False
        except (FileNotFoundError, NotADirectoryError):  # its parent went since the check
            raise StoreError(f"{path}: cannot make the store: no such folder: "
                             f"{path.parent}") from None
        return True

    def _open_made(self, path: Path) -> ox.Store:
        """Open the store for writing. A folder this handle made is removed again when the
        opening fails or is interrupted (Ctrl-C), unless another process holds the store
        (it opened the empty folder first, and it is now its store)."""
        try:
            return ox.Store(str(path))
        except OSError as e:
            if self.created and "lock" not in str(e).lower():
                self._unmake(path)
            raise
        except BaseException:
            if self.created:
                self._unmake_if_free(path)
            raise

    def _unmake(self, path: Path) -> None:
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        self.created = False

    def _unmake_if_free(self, path: Path) -> None:
        """Remove a folder this handle made, when interrupted while opening it: whether the
        opening had got the store's lock is not known, so take it (one more opening). If
        another process holds it, that process opened the empty folder first and the store is
        its own: it is left alone."""
        import shutil

        self.created = False
        try:
            held = ox.Store(str(path))
        except OSError:
            return
        aside = self._set_aside(path)
        del held  # the lock goes with the last reference
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)

    @staticmethod
    def _set_aside(path: Path) -> Path | None:
        """Rename the store's folder, while its lock is still held, to a name of its own
        beside it, to be removed there once closed; the new name (None if it cannot be
        renamed: then it is left). Closing first and then removing left a moment in which
        another process (a second run waiting with --wait) could open the store at ``path``
        and then have it removed under it; once renamed, it makes a store of its own there."""
        aside = path.with_name(f".{path.name}.removing-{uuid.uuid4().hex[:12]}")
        try:
            path.rename(aside)
        except OSError:
            return None
        return aside

    def remove_made(self) -> bool:
        """Close the store and remove its folder if opening it made that folder (and only
        then: a store another process made is its own); whether it was removed. Only while
        the handle is still open: a store closed already may be another process's now."""
        import shutil

        made = self.created and self.path is not None and self._store is not None
        aside = self._set_aside(self.path) if made else None  # type: ignore[arg-type]
        self.close()
        self.created = False
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)
        return aside is not None

    @classmethod
    def when_free(cls, path: Path | str, wait: float = 0) -> GraphStore:
        """The store at ``path`` opened for writing, waiting up to ``wait`` seconds for
        another writer to finish rather than refusing at once: two scheduled ingests
        that overlap (a nightly run and one started by hand) both get done. Raises
        :class:`StoreBusy` if the store is still held when the time is up."""
        deadline = time.monotonic() + max(wait, 0)
        while True:
            try:
                return cls(path)
            except StoreBusy:
                left = deadline - time.monotonic()
                if left <= 0:
                    if wait <= 0:
                        raise
                    raise StoreBusy(f"{path}: cannot open store: {BUSY} still, after waiting "
                                    f"{wait:g} s)") from None
                time.sleep(min(WAIT_STEP, left))

    @property
    def oxigraph(self) -> ox.Store:
        return self._store

    # -- writing ------------------------------------------------------------------------

    def _sparql(self, template: str, graph_iri: str | None = None) -> str:
        resolution, derived = derived_graphs()
        text = template.replace("MAP", _MAP)
        if graph_iri is not None:
            text = text.replace("GRAPH_IRI", ox.NamedNode(graph_iri).value)
        return text.replace("RESOLUTION_GRAPH", resolution).replace("DERIVED_GRAPH", derived)

    def replace_graph(self, graph_iri: str, graph: Graph, *, union: bool = True) -> None:
        """Swap a document's graph for a new one in one transaction: a failure leaves the
        store exactly as it was. The union is updated with it as the resolution in the
        store has it (variants mapped to canonical IRIs); ``kg.derive`` then works out
        whether the new document changes the resolution, and rebuilds the union if so.
        ``union=False`` leaves the union alone (for the derived graphs themselves)."""
        graph_iri = ox.NamedNode(graph_iri).value  # refuses anything that is not an IRI
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        insert = f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{data}\n}} }}"
        if not union:
            self._store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n{insert}")
            return
        self._store.update(
            _PREFIXES + self._sparql(_DROP_FROM_UNION, graph_iri) + insert + " ;\n"
            + self._sparql(_ADD_TO_UNION, graph_iri)
        )

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Forget documents, all in one transaction (a failure or Ctrl-C removes none):
        their graphs, and from the union what only they said. One after another within it,
        so a triple two of them (and no other) say goes with the second."""
        iris = [ox.NamedNode(g).value for g in graph_iris]  # refuses what is not an IRI
        if not iris:
            return
        body = "".join(self._sparql(_DROP_FROM_UNION, g) for g in iris)
        self._store.update(_PREFIXES + body.rstrip(" ;\n"))

    def set_resolution(self, graph: Graph) -> bool:
        """Store what resolution decided. If it differs from what the store holds, rebuild
        the union from the documents' graphs with it (the derived facts are dropped, to be
        set again), all in one transaction; return whether it did."""
        resolution, _ = derived_graphs()
        old = {nt_line(q) for q in self._store.quads_for_pattern(None, None, None,
                                                                   ox.NamedNode(resolution))}
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        new = {line.strip() for line in data.splitlines() if line.strip()}
        if old == new:
            return False
        self._store.update(
            _PREFIXES + self._sparql(_REMOVE_DERIVED)
            + f"DROP SILENT GRAPH <{resolution}> ;\n"
            + f"INSERT DATA {{ GRAPH <{resolution}> {{\n{data}\n}} }} ;\n"
            + self._sparql(_REBUILD_UNION)
        )
        return True

    def set_derived(self, graph: Graph) -> None:
        """Replace the derived facts, in the union too, in one transaction."""
        _, derived = derived_graphs()
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        self._store.update(
            _PREFIXES + self._sparql(_REMOVE_DERIVED)
            + f"INSERT DATA {{ GRAPH <{derived}> {{\n{data}\n}} }} ;\n"
            + self._sparql(_ADD_DERIVED)
        )

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
        from rdflib import Graph

        g = Graph()
        data = ox.serialize(self.union_triples(), format=ox.RdfFormat.N_TRIPLES)
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def export(self, fmt: str, output) -> None:
        rdf_format, dataset = EXPORT_FORMATS[fmt]
        names = TURTLE_PREFIXES
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
