"""Ingest minutes into the store: read → extract → map → replace the document's graph.

Each file is read and mapped completely before the store is touched, and its graph is
swapped in one transaction, so a bad file never leaves half its facts behind and never
spoils the others.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kg.committees import CommitteeAliases
from kg.extract import NotMinutesError, extract
from kg.mapping import Source, source_iri, to_graph
from kg.reader import SUFFIXES, InputError, read
from kg.store import GraphStore


@dataclass
class FileResult:
    path: str
    error: str | None = None
    graph: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


COUNT_KEYS = ("meetings", "items", "resolutions", "attendees", "triples")


def expand(inputs: Iterable[str]) -> tuple[list[Path], list[FileResult]]:
    """Files named by paths, folders (searched recursively for minutes files) or globs."""
    files: list[Path] = []
    errors: list[FileResult] = []
    for raw in inputs:
        has_magic = glob.has_magic(raw)
        matches = sorted(glob.glob(raw, recursive=True)) if has_magic else [raw]
        if has_magic and not matches:
            errors.append(FileResult(raw, "no files match this pattern"))
        for name in matches:
            path = Path(name)
            if path.is_dir():
                found = sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
                if not found:
                    errors.append(FileResult(
                        str(path), "no minutes files in this folder (looked for "
                        + ", ".join(sorted(SUFFIXES)) + ")"))
                files.extend(found)
            else:
                files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, errors


def ingest_file(
    store: GraphStore, path: Path, aliases: CommitteeAliases, encoding: str | None = None,
) -> FileResult:
    result = FileResult(str(path))
    try:
        source_text = read(path, encoding)
        minutes = extract(source_text.text)
    except (InputError, NotMinutesError) as e:
        result.error = str(e)
        return result
    except Exception as e:  # a bug must not stop the rest of the batch
        result.error = f"could not be read ({type(e).__name__}: {e}); please report this"
        return result
    source = Source(
        location=source_text.location,
        name=source_text.name,
        sha256=source_text.sha256,
        media_type=source_text.media_type,
        ingested_at=datetime.now(UTC),
    )
    graph = to_graph(minutes, source, aliases)
    graph_iri = str(source_iri(source))
    try:
        store.replace_graph(graph_iri, graph)
    except OSError as e:
        result.error = f"store write failed: {e}"
        return result
    result.graph = graph_iri
    result.warnings = minutes.warnings
    result.counts = {
        "meetings": 1,
        "items": len(minutes.items),
        "resolutions": len(minutes.resolutions),
        "attendees": len(minutes.attendance),
        "triples": len(graph),
    }
    return result


def ingest(
    store: GraphStore,
    inputs: Iterable[str],
    aliases: CommitteeAliases | None = None,
    encoding: str | None = None,
    progress: Callable[[FileResult], None] | None = None,
    on_files: Callable[[int], None] | None = None,
) -> list[FileResult]:
    """Ingest every file the inputs name; return one result per file (or bad input)."""
    aliases = aliases or CommitteeAliases.load()
    files, results = expand(inputs)
    for r in results:
        if progress:
            progress(r)
    if on_files:
        on_files(len(files))
    for path in files:
        r = ingest_file(store, path, aliases, encoding)
        results.append(r)
        if progress:
            progress(r)
    return results
