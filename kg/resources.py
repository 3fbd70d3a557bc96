"""Where the files committee-kg ships live: in a wheel under the package, in a checkout at
the top of the repository (``ontology/``, ``queries/``), which is the layout the design fixes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(packaged: str, top_level: str) -> Path:
    inside = _PACKAGE / packaged
    return inside if inside.is_dir() else _PACKAGE.parent / top_level


def ontology_dir() -> Path:
    return _find("_ontology", "ontology")


def queries_dir() -> Path:
    return _find("_queries", "queries")


def samples_dir() -> Path:
    return _PACKAGE / "samples"


def data_and_user_files(
    shipped: str, extra: Iterable[Path], what: str, error: type[ValueError] = ValueError,
) -> Iterator[tuple[str, str]]:
    """The text and origin of a shipped data file (``kg/data/<shipped>``), then of each file
    the user gave to extend it. A user file that cannot be read is a one-line ``error``
    naming it and the reason, before anything is changed."""
    yield (_PACKAGE / "data" / shipped).read_text(encoding="utf-8"), f"kg/data/{shipped}"
    for path in extra:
        try:
            # utf-8-sig: a spreadsheet's "CSV UTF-8" starts with a byte-order mark, which
            # would otherwise hide the header row's first name.
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            reason = e.strerror if isinstance(e, OSError) else "not UTF-8 text"
            raise error(f"{path}: cannot read {what}: {reason}") from None
        yield text, str(path)
