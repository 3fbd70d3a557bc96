"""Ingest minutes into the store: read → extract → map → replace the document's graph.

Each file is read and mapped completely before the store is touched, and its graph is
swapped in one transaction, so a bad file never leaves half its facts behind and never
spoils the others.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePath, PurePosixPath
from typing import TYPE_CHECKING

from kg.committees import CommitteeAliases
from kg.derive import derive
from kg.extract import NotMinutesError, extract
from kg.mapping import Source, source_iri, to_graph
from kg.reader import (
    EMPTY_INPUT,
    SUFFIXES,
    InputError,
    is_notes,
    notes_skipped,
    printable,
    read,
)
from kg.records import MeetingText, Minutes
from kg.resolve import Rules
from kg.resources import os_reason
from kg.store import GraphStore
from kg.topics import Thesaurus

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class FileResult:
    path: str
    error: str | None = None
    graph: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: Why a file a folder or glob turned up was left unread (a README beside the minutes);
    #: ``excluded`` when an ``--exclude`` pattern left it out. Neither is a failure.
    skipped: str | None = None
    excluded: bool = False

    def __post_init__(self) -> None:
        self.path = printable(self.path)  # printed and read back as UTF-8, whatever its bytes

    @property
    def ok(self) -> bool:
        """Nothing went wrong with this file (it was ingested, skipped or excluded)."""
        return self.error is None

    @property
    def ingested(self) -> bool:
        """The file's graph is in the store."""
        return self.error is None and self.skipped is None and not self.excluded


COUNT_KEYS = ("meetings", "items", "resolutions", "attendees", "followups", "triples")


#: Documents that often hold minutes but that committee-kg does not read, found in a folder.
OFFICE_SUFFIXES = {
    ".docx": "a Word document", ".doc": "a Word document", ".odt": "an OpenDocument text",
    ".rtf": "an RTF document", ".pages": "a Pages document",
}


def excluded(relative: PurePath, patterns: Iterable[str]) -> bool:
    """Whether a file found in a folder matches an ``--exclude`` pattern, as rsync's and
    ruff's do: the pattern is matched from the right against the file's path below the
    folder searched and against each folder on that path, so ``*.pdf`` leaves out every PDF,
    ``drafts`` every file in a folder named drafts, ``2019/agenda-*`` only those files
    in a 2019 folder. A pattern that begins with "/" is anchored to the folder searched
    (``/drafts`` is its own drafts folder, not one deeper down), as in rsync.

    Both sides are case-folded: suffixes are read whatever their case (MINUTES.PDF is a
    PDF), so ``*.pdf`` must leave it out too, and names on the shares minutes come from
    differ in case only by accident."""
    parts = [part.casefold() for part in relative.parts]
    prefixes = [PurePosixPath(*parts[:i]) for i in range(1, len(parts) + 1)]
    for pattern in patterns:
        anchored = pattern.startswith("/")
        pattern = pattern.strip("/").casefold()
        depth = len(PurePosixPath(pattern).parts)
        if any(prefix.match(pattern) for prefix in prefixes
               if not anchored or len(prefix.parts) == depth):
            return True
    return False


def _broken_link(p: Path) -> bool:
    """A minutes file's name that links to nothing (its target moved or deleted): kept in
    a folder's list so that reading it says so (:func:`kg.reader.read`), where ``is_file``
    alone passed it over in silence and its meeting went missing unnoticed."""
    return p.suffix.lower() in SUFFIXES and p.is_symlink() and not p.exists()


def expand(inputs: Iterable[str], exclude: Iterable[str] = ()
           ) -> tuple[list[Path], list[FileResult]]:
    """Files named by paths, folders (searched recursively for minutes files) or globs.

    What a folder or a glob turns up is filtered: files matching an ``exclude`` pattern are
    left out (counted, not listed), README-style notes (:func:`is_notes`) skipped with a
    note. A path named on its own is always read: the user chose that file. Among several
    paths named, notes are skipped as in a folder: ``kg ingest minutes/*``, the glob left
    unquoted, reaches kg as every file of the folder named one by one, README included."""
    inputs = list(inputs)
    several = len(inputs) > 1
    exclude = tuple(exclude)
    files: list[Path] = []
    errors: list[FileResult] = []

    seen: set[Path] = set()  # '**' turns up a folder and its files: each is counted once

    def skip_notes(p: Path) -> None:
        errors.append(FileResult(str(p), skipped=notes_skipped(p, "ingest")))

    def wanted(p: Path, relative: PurePath) -> bool:
        if p in seen:
            return False
        seen.add(p)
        if exclude and excluded(relative, exclude):
            errors.append(FileResult(str(p), excluded=True))
            return False
        if is_notes(p):
            skip_notes(p)
            return False
        return True

    named_notes = 0  # notes among several files named, skipped

    for raw in inputs:
        if raw == "":
            # Path("") is the current folder: `kg ingest "$MINUTES"` with the variable unset
            # would read every file below where the user stands.
            errors.append(FileResult("''", EMPTY_INPUT))
            continue
        has_magic = glob.has_magic(raw)
        matches = sorted(glob.glob(raw, recursive=True)) if has_magic else [raw]
        if has_magic and not matches:
            errors.append(FileResult(raw, "no files match this pattern"))
        # A glob's matches are tested from where its pattern begins, as a folder's files are
        # from the folder: `--exclude drafts` must not drop all of ~/drafts/minutes/*.txt.
        # The files of a folder it turns up are tested from there too, so that the folder's
        # own name is tested: 'minutes/*' --exclude drafts leaves out minutes/drafts/a.txt.
        base = next((i for i, part in enumerate(Path(raw).parts) if glob.has_magic(part)), 0)
        first_file, first_result, met_before = len(files), len(errors), False
        for name in matches:
            path = Path(name)
            met_before = met_before or path in seen
            try:
                is_dir = path.is_dir()
            except OSError as e:
                # A name the system will not look up (over 255 bytes: ENAMETOOLONG, which
                # ``is_dir`` and ``exists`` raise): that input's error, as a missing file's
                # is, and the other files are still read (it ended the whole run, after
                # the store was made).
                errors.append(FileResult(name, os_reason(e)))
                continue
            if is_dir:
                start = base if has_magic else len(path.parts)  # where "below" begins
                inside = sorted(
                    p for p in path.rglob("*")
                    if (p.is_file() or _broken_link(p))
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and p.suffix.lower() in SUFFIXES.union(OFFICE_SUFFIXES)
                )
                left = len(errors)
                met = [p for p in inside if p in seen]  # counted already, by an earlier match
                met_before = met_before or bool(met)
                if has_magic and exclude and excluded(PurePath(*path.parts[start:]), exclude):
                    # A folder the pattern leaves out: its files are excluded, not an error.
                    for p in inside:
                        if p not in seen:
                            seen.add(p)
                            errors.append(FileResult(str(p), excluded=True))
                    continue
                inside = [p for p in inside if wanted(p, PurePath(*p.parts[start:]))]
                found = [p for p in inside if p.suffix.lower() in SUFFIXES]
                # Minutes saved as office documents are not read: say so for each, rather
                # than leave the user to notice that some meetings never arrived.
                # When they are copies of minutes also there as PDF, --exclude says so.
                office = [FileResult(str(p), f"{OFFICE_SUFFIXES[p.suffix.lower()]}, not "
                                     "read: save it as PDF or text to ingest it, or leave "
                                     f"such files out with --exclude '*{p.suffix}'")
                          for p in inside if p.suffix.lower() in OFFICE_SUFFIXES]
                errors += office
                if not found and not office and not met:
                    passed = len(errors) - left
                    errors.append(FileResult(
                        str(path), "no minutes files in this folder (looked for "
                        + ", ".join(sorted(SUFFIXES))
                        + (f"; {passed} skipped or excluded" if passed else "") + ")"))
                files.extend(found)
            elif raw.endswith(("/", os.sep)) and not path.exists():
                # "minutes/": the user meant a folder; "no such file" would puzzle them.
                errors.append(FileResult(raw, "no such folder"))
            elif raw == "-" and not path.exists():
                # As `kg query -` reads standard input, a user may try it here: say so, not
                # "no such file".
                errors.append(FileResult(raw, "kg ingest does not read standard input: save "
                                         "the minutes to a file and name it"))
            elif not has_magic and several and is_notes(path) and path.is_file():
                if path not in seen:  # named twice: one line
                    seen.add(path)
                    skip_notes(path)
                    named_notes += 1
            elif not has_magic or wanted(path, PurePath(*path.parts[base:])):
                files.append(path)
        passed = errors[first_result:]
        if (has_magic and matches and len(files) == first_file and not met_before
                and all(r.ok for r in passed)):
            # Only notes or excluded files: nothing to ingest is an error, as for a folder
            # holding only a README (the user's pattern missed the minutes).
            errors.append(FileResult(raw, "no minutes files match this pattern" + (
                f" ({len(passed)} skipped or excluded)" if passed else "")))
    if named_notes and not files and all(r.ok for r in errors):
        # Only notes among the files named (a folder of a README and a SOURCES file, its
        # glob unquoted): nothing to ingest is an error, as for the folder or quoted glob.
        errors.append(FileResult(f"the {len(inputs)} files named", "no minutes among them "
                                 f"({named_notes} skipped: name one on its own to ingest it)"))
    unique = list(dict.fromkeys(files))
    return unique, errors


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
    inputs: Iterable[str],
    aliases: CommitteeAliases | None = None,
    encoding: str | None = None,
    progress: Callable[[FileResult], None] | None = None,
    on_files: Callable[[int], None] | None = None,
    model: str | None = None,
    thesaurus: Thesaurus | None = None,
    rules: Rules | None = None,
    council: str | None = None,
    exclude: Iterable[str] = (),
) -> list[FileResult]:
    """Ingest every file the inputs name; return one result per file (or bad input).

    ``council`` names the council the documents belong to: their committees (and the
    meetings they refer to) are that council's, never joined with another council's.

    Files go through in batches: read and extract each, run the language pipeline over all
    their items together (``nlp.pipe``), then store each document's graph on its own, so a
    failure touches one document only. Then what holds across documents (one node per real
    thing, fulfilled follow-ups) is derived again from all of them (``kg.derive``)."""
    from kg.nlp import pipeline  # spaCy is slow to import: only ingesting needs it

    aliases = aliases or CommitteeAliases.load()
    thesaurus = thesaurus or Thesaurus.load()
    nlp = pipeline(model)
    files, results = expand(inputs, exclude)
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
