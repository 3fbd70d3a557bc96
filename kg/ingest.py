"""Ingest minutes into the store: read → extract → map → replace the document's graph.

Each file is read and mapped completely before the store is touched, and its graph is
swapped in one transaction, so a bad file never leaves half its facts behind and never
spoils the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from kg.committees import CommitteeAliases
from kg.derive import derive
from kg.extract import NotMinutesError, extract
from kg.mapping import Source, source_iri, to_graph
from kg.reader import Expansion, FileResult, InputError, expand, read
from kg.records import MeetingText, Minutes
from kg.sameas import Rules
from kg.store import GraphStore
from kg.topics import Thesaurus

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class _Read:
    """A file read and extracted, waiting for the language pipeline and the store."""

    path: Path
    text: str
    source: Source
    minutes: Minutes


def _read(path: Path, encoding: str | None) -> _Read | FileResult:
    try:
        source_text = read(path, encoding)
        minutes = extract(source_text.text)
    except (InputError, NotMinutesError) as e:
        return FileResult(str(path), str(e))
    except Exception as e:  # a bug must not stop the rest of the batch
        return FileResult(str(path), f"could not be read ({type(e).__name__}: {e}); "
                          "please report this")
    source = Source(
        location=source_text.location,
        name=source_text.name,
        sha256=source_text.sha256,
        media_type=source_text.media_type,
        ingested_at=datetime.now(UTC),
    )
    return _Read(path, source_text.text, source, minutes)


def _store(store: GraphStore, r: _Read, aliases: CommitteeAliases,
           thesaurus: Thesaurus, council: str | None) -> FileResult:
    result = FileResult(str(r.path))
    try:
        for item in r.minutes.items:
            item.topics = thesaurus.match(item.title, item.text)
        graph = to_graph(r.minutes, r.source, aliases, council=council)
        graph_iri = str(source_iri(r.source))
    except Exception as e:  # a bug must not stop the rest of the batch: this file fails alone
        result.error = f"could not be mapped ({type(e).__name__}: {e}); please report this"
        return result
    try:
        store.replace_graph(graph_iri, graph)
    except OSError as e:
        result.error = f"store write failed: {e}"
        return result
    except Exception as e:  # a graph the store refuses: nothing of it was written
        result.error = f"could not be stored ({type(e).__name__}: {e}); please report this"
        return result
    m = r.minutes
    result.graph = graph_iri
    result.warnings = m.warnings
    result.counts = {
        "meetings": 1,
        "items": len(m.items),
        "resolutions": len(m.resolutions),
        "attendees": len(m.attendance),
        "followups": sum(len(h.followups) for h in m.prose),
        "triples": len(graph),
    }
    return result


BATCH = 16  # files read before the language pipeline runs over all their items at once


def _read_prose(batch: list[_Read | FileResult], nlp: Language) -> list[_Read | FileResult]:
    """Run the language pipeline over the batch's documents at once; if it fails, run it over
    each document alone, so that a bug the prose of one document trips fails that document
    only, with a one-line error, and the rest of the batch is still ingested."""
    from kg.prose import read_prose  # imports spaCy, which only ingesting needs

    good = [b for b in batch if isinstance(b, _Read)]
    # The structural reader may have found references already (a list of other committees'
    # minutes received); a retry must keep those and undo only what the prose added.
    structural = {id(item): list(item.meeting_refs) for b in good for item in b.minutes.items}
    try:
        read_prose([(b.text, b.minutes) for b in good], nlp)
        return batch
    except Exception:  # retried one document at a time below
        pass
    out: list[_Read | FileResult] = []
    for b in batch:
        if isinstance(b, _Read):
            for item in b.minutes.items:  # undo what the failed run over the batch filled
                item.mentions, item.followups, item.held_by = [], [], []
                item.meeting_refs = list(structural[id(item)])
            b.minutes.outside = MeetingText()
            try:
                read_prose([(b.text, b.minutes)], nlp)
            except Exception as e:  # a bug must not stop the rest of the batch
                b = FileResult(str(b.path), _too_long(e, nlp) or (
                    f"could not be read ({type(e).__name__}: {e}); please report this"))
        out.append(b)
    return out


#: spaCy's refusal of a text longer than ``nlp.max_length`` (error E088).
_E088 = re.compile(r"\[E088\] Text of length (\d+) exceeds maximum of (\d+)")


def _too_long(error: Exception, nlp: Language) -> str | None:
    """The one-line reason for a document with a stretch of text too long for the language
    pipeline to read at once (spaCy's E088, a paragraph of advice), or None for any other
    error. Such a stretch is an item (or the text outside the items) that no heading split:
    often a year's minutes saved as one file, or a page whose line breaks were lost."""
    m = _E088.search(str(error))
    if not isinstance(error, ValueError) or not m:
        return None
    return (f"one item (or the text around the items) runs to {int(m.group(1)):,} "
            f"characters, more than the {int(m.group(2)):,} the language pipeline reads at "
            "once (several meetings' minutes in one file? save one file per meeting)")


def ingest(
    store: GraphStore,
    inputs: Expansion | Iterable[str | PathLike[str]],
    aliases: CommitteeAliases | None = None,
    encoding: str | None = None,
    progress: Callable[[FileResult], None] | None = None,
    on_files: Callable[[int], None] | None = None,
    model: str | None = None,
    thesaurus: Thesaurus | None = None,
    rules: Rules | None = None,
    council: str | None = None,
) -> list[FileResult]:
    """Ingest every file the inputs name; return one result per file (or bad input).

    ``inputs`` is what to read, said one way: an :class:`~kg.reader.Expansion`, what
    :func:`~kg.reader.expand` made of paths, folders and globs (and of the patterns that
    leave files out: ``ingest(store, expand(["minutes/"], exclude=["drafts"]))``), or, for
    short, the paths, folders and globs themselves (``ingest(store, ["minutes/"])``, or
    ``pathlib.Path`` objects: ``ingest(store, folder.glob("*.txt"))``), which are expanded
    here with nothing left out. ``kg ingest`` expands before it loads the
    extractor, to say at once when there is nothing to read, and hands the expansion
    over, so that each folder and glob is looked at once.

    ``council`` names the council the documents belong to: their committees (and the
    meetings they refer to) are that council's, never joined with another council's.

    Files go through in batches: read and extract each, run the language pipeline over all
    their items together (``nlp.pipe``), then store each document's graph on its own, so a
    failure touches one document only. Then what holds across documents (one node per real
    thing, fulfilled follow-ups) is derived again from all of them (``kg.derive``)."""
    if isinstance(inputs, (str, PathLike)):
        # A str is an iterable of one-letter paths: ingest(store, "minutes/") would read
        # "m", "i", … and fail each. Said, rather than guessed at.
        raise TypeError(f"ingest() takes a list of paths, folders or globs (or "
                        f"kg.reader.expand's result), not one path: [{str(inputs)!r}]")
    found = inputs if isinstance(inputs, Expansion) else expand(inputs)
    from kg.nlp import pipeline  # spaCy is slow to import: only ingesting needs it

    aliases = aliases or CommitteeAliases.load()
    thesaurus = thesaurus or Thesaurus.load()
    nlp = pipeline(model)
    files = found.files
    results = list(found.passed)  # the caller's list is left as it was
    for r in results:
        if progress:
            progress(r)
    if on_files:
        on_files(len(files))
    try:
        for k in range(0, len(files), BATCH):
            batch = [_read(path, encoding) for path in files[k : k + BATCH]]
            batch = _read_prose(batch, nlp)
            for b in batch:
                r = (b if isinstance(b, FileResult)
                     else _store(store, b, aliases, thesaurus, council))
                results.append(r)
                if progress:
                    progress(r)
    finally:
        # Even after an interruption, the union must again match the documents stored.
        if any(r.ingested for r in results):
            derive(store, aliases, rules)
    return results
