"""Forget documents: take what they said out of the store, as if they had never been ingested.

Documents are named as ``kg ingest`` named them: by the path of the file (what a user has at
hand: ``kg ingest`` printed it), or of a folder (every document ingested from below it), or
by a glob. The file need not still be there: each document's graph records where it was
read from (``ckg:location``), and a path names the document read from there whether or not
the file has since been moved or deleted. A document may also be named by its graph's IRI,
as ``kg push`` and ``kg export --format nq`` print it.

Every name is looked up before anything is removed: one that names no document in the store
is an error, and then nothing is removed. What a glob turns up, and each of several paths
named (a glob the shell expanded), is filtered as ``kg ingest`` filters it: README-style
notes and files never ingested are skipped and counted, and only a glob, or a set of paths,
that names no stored document at all is an error. The documents' graphs go in one transaction, and
what holds across documents is derived again from those that are left (``kg.derive``), as
after an ingest.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kg.committees import CommitteeAliases
from kg.derive import Derived, derive
from kg.reader import EMPTY_INPUT, is_notes, is_pattern, notes_skipped, printable
from kg.sameas import Rules
from kg.store import GraphStore, derived_graphs


@dataclass(frozen=True)
class Document:
    """A document in the store: its graph's IRI and the ``file:`` URI it was read from."""

    graph: str
    location: str

    @property
    def path(self) -> str:
        """Where it was read from, as a path to print (its location, if not a file URI)."""
        parts = urlsplit(self.location)
        if parts.scheme != "file":
            return self.location
        return printable(unquote(parts.path, errors="surrogateescape"))


class UnknownDocument(ValueError):
    """A name that names no document in the store; the message is one line."""


def stored_documents(store: GraphStore) -> list[Document]:
    """Every document in the store, with the location its graph records."""
    derived = set(derived_graphs())
    found = store.oxigraph.query(
        "PREFIX ckg: <https://w3id.org/committee-kg/ns#> SELECT DISTINCT ?g ?loc WHERE { "
        "GRAPH ?g { ?src a ckg:SourceDocument ; ckg:location ?loc } }")
    documents = {str(row["g"].value): str(row["loc"].value) for row in found}  # type: ignore[index,union-attr]
    # A graph with no location (written by hand, or by a kg too old to record one) is still
    # a document: it can be named by its IRI.
    for graph in store.graphs():
        documents.setdefault(graph, "")
    return sorted((Document(g, loc) for g, loc in documents.items() if g not in derived),
                  key=lambda d: (d.path, d.graph))


def _location(path: Path) -> str:
    """The location ``kg ingest`` records for a file read from ``path`` (kg.reader.read)."""
    return path.resolve().as_uri()


@dataclass(frozen=True)
class Skipped:
    """A file a glob, a folder or the shell turned up that names no document to forget, and
    why: a README-style note (which ``kg ingest`` skipped there too), or a file never
    ingested into this store. Said and counted, as ``kg ingest`` says what it skips."""

    path: str
    why: str


def find(store: GraphStore, names: Iterable[str]) -> tuple[list[Document], list[Skipped]]:
    """The documents ``names`` name, in the order named, each once; and the files left out.

    What a glob turns up, and each of several paths named (``kg forget minutes/*``, the glob
    left unquoted, reaches kg as every file of the folder, README included), is filtered as
    ``kg ingest`` filters it: README-style notes (:func:`kg.reader.is_notes`) and files that
    are there but name no document in the store (never ingested, or left out by
    ``--exclude``) are skipped, not errors. Raises :class:`UnknownDocument` (one line per
    name) if a name, or a glob, names no stored document at all: a path named on its own, a
    path that is not there, a pattern all of whose files were skipped."""
    names = list(names)
    several = len(names) > 1
    documents = stored_documents(store)
    by_graph = {d.graph: d for d in documents}
    by_location: dict[str, list[Document]] = {}
    for d in documents:
        by_location.setdefault(d.location, []).append(d)
    chosen: dict[str, Document] = {}
    skipped: dict[str, Skipped] = {}
    unknown: list[str] = []
    for name in names:
        if name == "":  # Path("") is the current folder: every document read below it
            unknown.append(f"'': {EMPTY_INPUT}")
            continue
        if name in by_graph:
            chosen.setdefault(name, by_graph[name])
            continue
        if name.startswith(("http://", "https://")):
            unknown.append(f"{name}: no document graph of this IRI in the store")
            continue
        # A name a stored document was read from is that file even once it is gone:
        # `kg forget "minutes [draft].txt"` after deleting it was globbed, and matched nothing.
        magic = is_pattern(name) and _location(Path(name)) not in by_location
        paths = [Path(name)]
        if magic:
            paths = [Path(p) for p in sorted(glob.glob(name, recursive=True))]
            if not paths:
                unknown.append(f"{printable(name)}: no files match this pattern")
                continue
        passed = 0
        named_any = False
        for path in paths:
            # Turned up rather than chosen: by the glob, or by the shell among several.
            loose = magic or (several and path.exists())
            if loose and not path.is_dir() and is_notes(path):
                skipped.setdefault(str(path), Skipped(printable(str(path)),
                                                      notes_skipped(path, "forget")))
                passed += 1
                continue
            where = _location(path)
            found = list(by_location.get(where, ()))
            # A folder (or one that was there): every document read from below it.
            found = found or [d for d in documents
                              if d.location.startswith(where.rstrip("/") + "/")]
            kind = "this folder" if path.is_dir() else "this path"
            if not found and loose:
                why = f"no document ingested from {kind} is in the store"
                skipped.setdefault(str(path), Skipped(printable(str(path)), why))
                passed += 1
            elif not found:
                unknown.append(f"{printable(str(path))}: no document ingested from {kind} "
                               "is in the store")
            named_any = named_any or bool(found)
            for d in found:
                chosen.setdefault(d.graph, d)
        if magic and not named_any:
            unknown.append(f"{printable(name)}: no document ingested from the files this "
                           f"pattern matches is in the store ({passed} skipped)")
    if not unknown and not chosen and skipped:
        # Several paths named, each one skipped: nothing to forget is an error, as for a
        # glob whose every file was skipped.
        unknown.append(f"the {len(names)} paths named: no document ingested from them is in "
                       f"the store ({len(skipped)} skipped)")
    if unknown:
        raise UnknownDocument("\n".join(unknown))
    return list(chosen.values()), list(skipped.values())


def forget(store: GraphStore, documents: Iterable[Document],
           aliases: CommitteeAliases | None = None, rules: Rules | None = None) -> Derived:
    """Remove the documents' graphs (one transaction), then derive again what holds across
    the documents left: joins only they supported go, follow-ups only they fulfilled are
    open again."""
    store.remove_graphs(d.graph for d in documents)
    return derive(store, aliases, rules)
