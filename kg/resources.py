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
    option: str | None = None,
) -> Iterator[tuple[str, str]]:
    """The text and origin of a shipped data file (``kg/data/<shipped>``), then of each file
    the user gave to extend it (:func:`user_files`)."""
    yield (_PACKAGE / "data" / shipped).read_text(encoding="utf-8"), f"kg/data/{shipped}"
    yield from user_files(extra, what, error, option)


def user_files(
    extra: Iterable[Path], what: str, error: type[ValueError] = ValueError,
    option: str | None = None,
) -> Iterator[tuple[str, str]]:
    """The text and origin of each file the user gave. One that cannot be read is a
    one-line ``error`` naming it and the reason in words ("no such file", not the system's
    "No such file or directory"), before anything is changed. ``option``: how the user gave
    the files (``--aliases``, or ``KG_SAMEAS``), named before each in its origin and errors
    (``--aliases my.csv: no such file``), since the file alone does not say which of kg's
    tables it was meant for; without it the error says ``cannot read`` ``what``."""
    for path in extra:
        origin = f"{option} {path}" if option else str(path)
        failing = origin if option else f"{path}: cannot read {what}"
        try:
            data = path.read_bytes()
        except OSError as e:
            raise error(f"{failing}: {os_reason(e)}") from None
        # No text has NUL bytes (not a cp1252 table to convert), but for UTF-16's and
        # UTF-32's: one with their mark is told what it is and how to convert it.
        if b"\0" in data[:8192] and not wide_mark(data):
            raise error(f"{failing}: a binary file, not a CSV table (a spreadsheet in its own "
                        'format? save it as "CSV UTF-8")')
        try:
            # utf-8-sig: a spreadsheet's "CSV UTF-8" starts with a byte-order mark, which
            # would otherwise hide the header row's first name.
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise error(f"{failing}: {not_utf8(e)}") from None
        yield text, origin


#: Why an empty path is refused, wherever one is given (an option, kg ingest's and kg
#: forget's arguments): Python reads "" as the current folder, so `--store "$STORE"` with
#: the variable unset read (or made) a store where the user stood, `kg ingest "$MINUTES"`
#: read every file below it, and `kg evaluate "$GOLD"` scored whatever gold lay there.
EMPTY_PATH = "an empty path (an unset shell variable?), not the current folder"
BLANK_PATH = "a path of nothing but spaces (an unset shell variable?)"
#: The longest wait, in seconds, that a timer of milliseconds in a C int takes (2**31 - 1 ms,
#: some 24 days): poll() and sockets raise OverflowError past it, so `kg serve` and `kg push`
#: refuse a --timeout above it.
MAX_TIMEOUT = (2**31 - 1) // 1000


def os_reason(e: OSError, writing: bool = False) -> str:
    """Why a file of the user's could not be read (or, ``writing``, written), in words
    ("no such file", "a folder, not a file"), rather than the system's "No such file or
    directory"."""
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, IsADirectoryError):
        return "a folder, not a file"
    if isinstance(e, PermissionError):
        return f"not {'writable' if writing else 'readable'} (permission denied)"
    return (e.strerror or str(e)).lower()


def where_not_utf8(e: UnicodeDecodeError) -> str:
    """``not UTF-8 text (byte 0xe9 on line 2)``: where a file of the user's stops being
    UTF-8, in words, rather than the codec's "position 28: invalid continuation byte"."""
    if wide := wide_mark(e.object):
        return f"not UTF-8 text but {wide} (it starts with a {wide} byte-order mark)"
    line = e.object[:e.start].count(b"\n") + 1
    return f"not UTF-8 text (byte 0x{e.object[e.start]:02x} on line {line})"


def wide_mark(data: bytes) -> str | None:
    """UTF-16 or UTF-32, when ``data`` starts with that encoding's byte-order mark (Notepad's
    "Unicode", Excel's "Unicode Text"; UTF-32's first, as its little-endian mark begins with
    UTF-16's). Minutes so marked are read by it (:mod:`kg.reader`: the mark declares the
    encoding, so that is no guess); a query, table or gold file is told what it is, where
    "byte 0xff on line 1" said nothing of it, nor that converting from cp1252 would not do."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    return "UTF-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else None


def not_utf8(e: UnicodeDecodeError) -> str:
    """Why a table of the user's is refused, where, and what to do: a spreadsheet's plain
    "CSV" on Windows is cp1252. ``--encoding`` names the minutes' encoding, not the tables'
    (a council's minutes in cp1252 say nothing of the alias file someone typed), so the
    line says so, for a user who tried it."""
    source = (wide_mark(e.object) or "cp1252").lower()
    return (f"{where_not_utf8(e)}: save it as \"CSV UTF-8\", or convert it "
            f"(iconv -f {source} -t utf-8); --encoding is for the minutes only")
