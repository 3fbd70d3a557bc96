"""Read a minutes file (plain text, HTML or PDF) into text, or say clearly why it can't be.

This is the only module that touches input files. Every failure is an :class:`InputError`
whose message is one line naming the problem, so the CLI can print it next to the file name
and carry on with the other files. It also turns the paths, folders and globs given to
``kg ingest`` into files (:func:`expand`), before anything heavy loads.
"""

from __future__ import annotations

import glob
import hashlib
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path, PurePath, PurePosixPath

from kg.resources import EMPTY_PATH, os_reason, wide_mark

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


@cache
def notes_names() -> frozenset[str]:
    """The names (before the first dot, in lower case) of the README-, SOURCES- and
    LICENCE-style notes a folder carries beside its minutes: kg/data/notes_names.txt, which
    says why they are skipped."""
    data = resources.files("kg").joinpath("data/notes_names.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.splitlines()
                     if w.strip() and not w.startswith("#"))


#: Why an empty path argument is refused, by kg ingest and kg forget alike. It and the notes
#: below live here, not in kg.ingest, so that kg forget filters as kg ingest does without
#: importing the extractor (kg.ingest loads kg.extract and kg.attendance).
EMPTY_INPUT = f"{EMPTY_PATH}: name a file, folder or glob"


def is_notes(path: PurePath) -> bool:
    """A README-, SOURCES- or LICENCE-style file (:func:`notes_names`)."""
    return path.name.split(".", 1)[0].lower() in notes_names()


def notes_skipped(path: PurePath, doing: str) -> str:
    """Why a notes file a folder, a glob or the shell turned up is left out of ``doing``
    ("ingest", "forget"): said the same way by every command that skips one."""
    return (f"a folder's {path.name.split('.', 1)[0]} file, not minutes (name it on its own "
            f"to {doing} it)")


class InputError(ValueError):
    """A file that cannot be read as minutes; the message is one line, without the path."""


@dataclass(frozen=True)
class SourceText:
    location: str  # file:// URI (or URL) of the document
    name: str
    text: str
    media_type: str
    sha256: str  # of the bytes as read


def read(path: Path, encoding: str | None = None) -> SourceText:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(_missing(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError as e:
        raise InputError(os_reason(e)) from None  # "not readable (permission denied)"
    except OSError as e:
        # in words as every other command's unreadable file is ("input/output error"), not
        # the system's capitalised "Input/output error"
        raise InputError(f"cannot read: {os_reason(e)}") from None
    return from_bytes(data, path.resolve().as_uri(), printable(path.name), encoding)


def missing(path: Path) -> str | None:
    """Why :func:`read` would refuse ``path`` as not there ("no such file", or where a broken
    link points), or None when something is there, which ``read`` may still refuse. Asked
    before the extractor loads (:func:`nothing_there`), in the words ``read`` uses."""
    try:
        path.stat()
    except FileNotFoundError:
        return _missing(path)
    except OSError:  # there, but not to be looked at (a link loop, a file taken for a folder)
        return None  # read says what it is
    return None


def _missing(path: Path) -> str:
    """Why a file that cannot be found is missing: a link whose target is gone is there to
    be seen (``ls`` lists it), so "no such file" would puzzle; name where it points."""
    try:
        target = os.readlink(path)
    except OSError:  # not a link, or gone meanwhile
        return "no such file"
    return f"a broken link to {printable(target)}, which does not exist"


def printable(name: str) -> str:
    """A file name or path as text that can be stored and printed. A name that is not UTF-8
    (a Latin-1 name from an old Windows archive) reaches Python with surrogate escapes, which
    no UTF-8 writer accepts: its undecodable bytes are shown as U+FFFD instead. (The
    document's ``file:`` location keeps the exact bytes, percent-encoded.)"""
    return os.fsencode(name).decode("utf-8", errors="replace")


def from_bytes(data: bytes, location: str, name: str, encoding: str | None = None) -> SourceText:
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise InputError("file is empty")
    # Readers accept a PDF header anywhere in the first kilobyte (after junk a server added).
    if data.startswith(b"%PDF") or (suffix in PDF_SUFFIXES and b"%PDF" in data[:1024]):
        return SourceText(location, name, _pdf_text(data), "application/pdf", digest)
    if suffix in PDF_SUFFIXES:
        raise InputError(f"named .pdf but not a PDF (no %PDF header; "
                         f"{_looks_like(data)})")
    if kind := _signature(data):  # whatever its name: a .docx renamed .txt is still a .docx
        raise InputError(f"{kind}, not text, HTML or PDF")
    if encoding is None and (marked := wide_mark(data)):
        # A UTF-16 or UTF-32 mark declares the encoding (UTF-8's needs none: utf-8-sig
        # drops it); such a file, NULs between its letters, was refused as binary.
        text = _decode_marked(data, marked.lower())
    elif encoding is None and b"\x00" in data[:8192]:  # UTF-16 has NULs: named encodings pass
        raise InputError("binary file, not text, HTML or PDF")
    else:
        text = _decode(data, encoding)
    if not text.strip("\ufeff \t\r\n\u00a0"):
        raise InputError("file is empty")
    head = text[:1024].lstrip().lower()
    if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        return SourceText(location, name, html_to_text(text), "text/html", digest)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(location, name, text, "text/plain", digest)


def _decode_marked(data: bytes, encoding: str) -> str:
    """Text whose byte-order mark says it is UTF-16 or UTF-32 (the codec drops the mark).
    Bytes behind the mark that are not that encoding are refused saying so; a binary file
    that happens to start with those bytes and decodes to NULs is refused as binary, as it
    was before the mark was read."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"starts with a {encoding.upper()} byte-order mark but is not valid "
                         f"{encoding.upper()} text (at offset {e.start}): save it as UTF-8"
                         ) from None
    if "\x00" in text[:8192]:
        raise InputError("binary file, not text, HTML or PDF")
    return text


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {encoding} text (byte 0x{data[e.start]:02x} at "
                             f"offset {e.start})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"not valid UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "if it is in another encoding, say which with --encoding (e.g. --encoding cp1252)"
        ) from None


#: The first bytes of the binary files most often saved beside minutes, and what they are:
#: naming them tells a user what to do (save the Word file as PDF) rather than only "binary".
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, Excel .xlsx or OpenDocument file?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, such as a Word .doc"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


def _signature(data: bytes) -> str | None:
    """What a binary file is, by its first bytes, or None when it is none of the usual."""
    return next((what for magic, what in _SIGNATURES if data.startswith(magic)), None)


def _looks_like(data: bytes) -> str:
    """A few words on what a file that is not what its name says looks like instead."""
    if kind := _signature(data):
        return f"it is {kind}"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "it is an HTML page: rename it .html"
    if b"\x00" in data[:8192]:
        return "it is some other binary file"
    return "it looks like text; if it is minutes, rename it .txt"


def _pdf_problem(e: Exception) -> str:
    """One line on why pdfminer could not read a file that starts like a PDF. pdfplumber
    wraps pdfminer's exception; its class name says more than its message does."""
    cause = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
    kind = type(cause).__name__
    if kind in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
        return "the PDF is encrypted (password-protected): save an unprotected copy"
    if kind in ("PSEOF", "PDFNoValidXRef") or "EOF" in str(cause):
        return "the PDF is damaged or cut short (it ends before its last object)"
    detail = " ".join(str(cause).split())[:120]
    return f"the PDF is damaged ({kind}{': ' + detail if detail else ''})"


def _pdf_text(data: bytes) -> str:
    import pdfplumber  # imported here: slow to import and only PDFs need it

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as e:  # pdfminer raises many kinds for broken files
        raise InputError(f"not a readable PDF: {_pdf_problem(e)}") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError("PDF has no text layer (a scanned document?)")
    return join_letter_spacing(text)


# A word set in spaced letters comes out of a PDF one letter at a time: "P r e s e n t :".
# Four letters at least, and not before a capitalised word, so that a person's initials ("Cllr
# E J G Hilson", "Mr A B C D Jones") are left alone.
_SPACED = re.compile(
    r"(?<![^\W\d_])(?:[^\W\d_][ \t]+){3,}[^\W\d_](?![^\W\d_]|[ \t]+[^\W\d_a-z])"
)


def join_letter_spacing(text: str) -> str:
    """Join the letters of words that a PDF's letter spacing split apart, so that the
    extractor sees "Present:" where the page shows "P r e s e n t :". Where words are set
    apart by wider gaps than letters ("M I N U T E S  O F") each word is joined; where every
    gap is one space the word boundaries are lost, so only a word the extractor looks for
    (``[reader] spaced_words``) is joined. Only PDF text gets this: its text is already the
    reader's rendering, whereas a text file is kept as given."""
    from kg.patterns import load

    known = {w.lower() for w in load().raw["reader"]["spaced_words"]}

    def join(m: re.Match[str]) -> str:
        run = m.group()
        if re.search(r"[ \t]{2,}", run):
            return " ".join(w.replace(" ", "") for w in re.split(r"[ \t]{2,}", run))
        word = re.sub(r"[ \t]", "", run)
        return word if word.lower() in known else run

    return _SPACED.sub(join, text)


_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
    "thead", "tr", "ul", "caption",
}
_ROW = {"tr", "h1", "h2", "h3", "h4", "h5", "h6"}
_ROW_BREAK = "\x01"
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "button", "select"}


def html_to_text(html: str) -> str:
    """Text of an HTML page laid out as a text extraction of the page would be: each block
    (paragraph, heading, table cell) on its own lines, separated by a blank line, so that the
    same segmenter reads ModernGov pages saved as HTML and as text."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    out: list[str] = []

    def walk(node) -> None:
        tag = node.tag
        if tag in _SKIP or tag == "-comment":
            return
        if tag == "-text":
            out.append(re.sub(r"\s+", " ", node.text_content or ""))
            return
        if tag == "br":
            out.append("\n")
            return
        if tag == "img" and (alt := node.attributes.get("alt")):
            out.append(f" {alt} ")
            return
        # A table row or heading starts a new item on ModernGov pages: mark it with a wider
        # gap than between paragraphs, as their text extractions do.
        brk = _ROW_BREAK if tag in _ROW else "\n\n" if tag in _BLOCK else ""
        out.append(brk)
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        out.append(brk)

    walk(root)
    text = "".join(out)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\s*\x01[\s\x01]*", "\n\n\n", text)
    text = re.sub(r"\n{3,}", lambda m: "\n\n\n" if len(m.group()) == 3 else "\n\n", text)
    return text.strip() + "\n"


# -- the files an ingest reads --------------------------------------------------------------
# Paths, folders and globs are turned into files here, with the reader, not in kg.ingest
# (which loads the extractor, the resolver and rdflib): `kg ingest` expands its inputs
# before any of that loads, so that a run with nothing to read says so at once.


@dataclass
class FileResult:
    """What became of one input: a file ingested (its graph, counts and warnings), one that
    failed (``error``), or one left unread on purpose (``skipped``, ``excluded``)."""

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


def is_pattern(name: str) -> bool:
    """A name to glob: it has ``*``, ``?`` or ``[`` and names no file or folder as it is.
    ``kg ingest minutes/*`` (the glob unquoted) passes ``minutes/minutes [draft].txt`` on
    as the shell found it; globbed, it matched ``minutes d.txt`` and never itself."""
    return glob.has_magic(name) and not os.path.lexists(name)


@dataclass
class Expansion:
    """What :func:`expand` made of the paths, folders and globs given: the files to read, in
    order, and a result for each input or file that will not be read (a missing path, a glob
    matching nothing, a Word file in a folder: errors; a README: skipped; what ``--exclude``
    left out: excluded), to be reported beside the files read.

    It is what :func:`kg.ingest.ingest` takes when the caller has expanded the inputs
    itself, as ``kg ingest`` does to say at once that there is nothing to read before the
    extractor loads: the folders and globs are then looked at once, not again."""

    files: list[Path] = field(default_factory=list)
    passed: list[FileResult] = field(default_factory=list)


def expand(inputs: Iterable[str | os.PathLike[str]], exclude: Iterable[str] = ()
           ) -> Expansion:
    """Files named by paths, folders (searched recursively for minutes files) or globs.

    A ``str`` is read as ``kg ingest`` reads its arguments: a path, or else a glob. A
    :class:`pathlib.Path` (any ``os.PathLike``, as ``Path.glob`` gives them) names one file
    or folder and is never a pattern; nor is a ``str`` that names a file or folder as it
    is, so ``minutes [draft].txt``, which ``kg ingest minutes/*`` passes on, is that file
    and not a pattern matching ``minutes d.txt``.

    What a folder or a glob turns up is filtered: files matching an ``exclude`` pattern are
    left out (counted, not listed), README-style notes (:func:`is_notes`) skipped with a
    note. A path named on its own is always read: the user chose that file. Among several
    paths named, notes are skipped as in a folder: ``kg ingest minutes/*``, the glob left
    unquoted, reaches kg as every file of the folder named one by one, README included."""
    given = list(inputs)
    for raw in given:
        if not isinstance(raw, (str, os.PathLike)):
            # glob's own "expected string or bytes-like object" would name neither the
            # function nor the input
            raise TypeError(f"paths, folders and globs are str or os.PathLike (a "
                            f"pathlib.Path), not {type(raw).__name__}: {raw!r}")
    paths = {n for n, raw in enumerate(given) if isinstance(raw, os.PathLike)}
    names = [os.fsdecode(raw) for raw in given]
    several = len(names) > 1
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

    for n, raw in enumerate(names):
        if raw == "":
            # Path("") is the current folder: `kg ingest "$MINUTES"` with the variable unset
            # would read every file below where the user stands.
            errors.append(FileResult("''", EMPTY_INPUT))
            continue
        has_magic = n not in paths and is_pattern(raw)
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
        errors.append(FileResult(f"the {len(names)} files named", "no minutes among them "
                                 f"({named_notes} skipped: name one on its own to ingest it)"))
    return Expansion(list(dict.fromkeys(files)), errors)


def nothing_there(files: Iterable[Path]) -> list[FileResult] | None:
    """When not one of ``files`` is there to be read (each :func:`missing`: a mistyped path,
    links whose targets are gone), the error reading each would give; None as soon as one
    is there. kg ingest asks before it loads the extractor and spaCy (seconds), so that a
    run with nothing to read says so at once, in the lines reading would have printed."""
    said = []
    for path in files:
        why = missing(path)
        if why is None:
            return None
        said.append(FileResult(str(path), why))
    return said
