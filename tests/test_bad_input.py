"""Bad input through the real `kg` command: every bad file gets one line on stderr naming it
and saying what is wrong, the good files beside it are still ingested, and the store holds
exactly what the good files say."""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import shutil
import socket
import subprocess
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.store import GraphStore
from tests.conftest import KG, SEED_2016, SEED_2018, run_kg

GOOD = SEED_2016
INGESTED_AT = "<https://w3id.org/committee-kg/ns#ingestedAt>"

PROSE = (
    "It was a bright cold day in April, and the clocks were striking thirteen. The hallway "
    "smelt of boiled cabbage and old rag mats. At one end of it a coloured poster, too large "
    "for indoor display, had been tacked to the wall.\n"
)
README = """# committee-kg

Turn council committee minutes into a knowledge graph you can question with SPARQL.

## Install

    pip install committee-kg

## Use

    kg ingest minutes/ --store kg-store
    kg query meetings

1. Ingest the files.
2. Query the graph.

## Licence

Apache-2.0. See the LICENSE file.
"""
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Parks</title></head>
<body><h1>Welcome to our parks</h1>
<p>Our parks are open every day from dawn until dusk. Dogs must be kept on a lead.</p>
</body></html>
"""
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
    + bytes(64)
)


def store_state(path: Path, *, with_timestamps: bool = True) -> tuple[int, frozenset[str]]:
    """The store's quad count and its quads (as N-Quads terms), read after `kg` has exited.

    Without timestamps, the ingestion time of each source is left out: it is the one fact that
    differs between two ingestions of the same file."""
    store = GraphStore(path)
    try:
        count = len(store)
        quads = frozenset(
            f"{q.subject} {q.predicate} {q.object} {q.graph_name}"
            for q in store.oxigraph.quads_for_pattern(None, None, None)
            if with_timestamps or str(q.predicate) != INGESTED_AT
        )
    finally:
        store.close()
    return count, quads


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The good file ingested alone: its summary line and the store it leaves."""
    path = tmp_path_factory.mktemp("baseline") / "store"
    result = run_kg("ingest", GOOD, "--store", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    summary = result.stdout.splitlines()[0]
    assert summary.startswith(f"{GOOD}: 1 meeting, 8 items, 7 resolutions, ")
    count, quads = store_state(path)
    assert count > 0
    _, stable = store_state(path, with_timestamps=False)
    return {"path": path, "summary": summary, "count": count, "quads": quads, "stable": stable}


# -- the bad inputs: each makes its file under tmp_path and returns the argument to pass ----


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _cp1252_minutes(tmp: Path) -> str:
    text = GOOD.read_text(encoding="utf-8")
    assert "–" in text and "£" in text  # the seed has both, so the file is not valid UTF-8
    return _write(tmp / "minutes-cp1252.txt", text.encode("cp1252"))


def _no_minutes_folder(tmp: Path) -> str:
    folder = tmp / "scans"
    folder.mkdir()
    (folder / "page1.png").write_bytes(PNG_BYTES)
    (folder / "page2.bin").write_bytes(bytes(range(256)))
    return str(folder)


def _socket(tmp: Path) -> str:
    """Minutes that cannot be opened, for root too: a Unix socket named like a text file
    (open() refuses it, ENXIO, at once). chmod 000 does not stop root, which the tests may
    run as, and a FIFO with no writer would block the open, not fail it."""
    path = tmp / "minutes-2023-05-03.txt"
    with contextlib.chdir(tmp), socket.socket(socket.AF_UNIX) as s:
        s.bind(path.name)  # relative: a socket's address is short, the test's folder is not
    assert path.is_socket()
    return str(path)


def _corrupt_pdf(tmp: Path) -> str:
    noise = random.Random(20180305).randbytes(4000)
    return _write(tmp / "report.pdf", b"%PDF-1.7\n" + noise)


def _docx(tmp: Path, name: str) -> str:
    """A Word document (a ZIP archive of XML) holding minutes-like words."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>Minutes of the Cabinet held on "
                   "1 May 2020. RESOLVED: That the report be noted.</w:document>")
    return _write(tmp / name, buf.getvalue())


def _encrypted_pdf(tmp: Path) -> str:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Minutes of the Cabinet held on 1 May 2020")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    return _write(tmp / "locked.pdf", bytes(pdf.output()))


def _truncated_pdf(tmp: Path) -> str:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Minutes of the Cabinet held on 1 May 2020")
    data = bytes(pdf.output())
    return _write(tmp / "cut.pdf", data[: len(data) // 2])


CASES: dict[str, tuple[Callable[[Path], str], str]] = {
    # name: (make the input, the reason printed for it, a regex)
    "empty": (lambda t: _write(t / "empty.txt", b""), r"file is empty"),
    "blank": (lambda t: _write(t / "blank.txt", b" \n\t\r\n  \n"), r"file is empty"),
    "binary": (lambda t: _write(t / "scan.bin", bytes(range(256))),
               r"binary file, not text, HTML or PDF"),
    "png": (lambda t: _write(t / "scan.png", PNG_BYTES), r"a PNG image, not text, HTML or PDF"),
    "docx": (lambda t: _docx(t, "minutes.docx"),
             r"a ZIP archive \(a Word \.docx, Excel \.xlsx or OpenDocument file\?\), not text, "
             r"HTML or PDF"),
    "docx-named-txt": (lambda t: _docx(t, "minutes-2020.txt"),
                       r"a ZIP archive \(a Word \.docx, Excel \.xlsx or OpenDocument file\?\), "
                       r"not text, HTML or PDF"),
    "text-named-pdf": (lambda t: _write(t / "minutes.pdf", PROSE.encode()),
                       r"named \.pdf but not a PDF \(no %PDF header; it looks like text; if it "
                       r"is minutes, rename it \.txt\)"),
    "docx-named-pdf": (lambda t: _docx(t, "agenda.pdf"),
                       r"named \.pdf but not a PDF \(no %PDF header; it is a ZIP archive \(a "
                       r"Word \.docx, Excel \.xlsx or OpenDocument file\?\)\)"),
    "encrypted-pdf": (_encrypted_pdf, r"not a readable PDF: the PDF is encrypted "
                      r"\(password-protected\): save an unprotected copy"),
    "truncated-pdf": (_truncated_pdf, r"not a readable PDF: the PDF is damaged or cut short "
                      r"\(it ends before its last object\)"),
    "cp1252": (
        _cp1252_minutes,
        r"not valid UTF-8 text \(byte 0x(96|a3) at offset \d+\); if it is in another encoding, "
        r"say which with --encoding \(e\.g\. --encoding cp1252\)",
    ),
    "prose": (
        lambda t: _write(t / "story.txt", PROSE.encode()),
        r"does not look like minutes: no meeting heading, agenda items or resolutions found",
    ),
    # A README's text under another name: named beside other files, a README itself is
    # skipped as a folder's note (tests/test_cli.py), not read and failed.
    "markdown-not-minutes": (
        lambda t: _write(t / "project-overview.md", README.encode()),
        r"does not look like minutes: no meeting heading, agenda items or resolutions found",
    ),
    "html-not-minutes": (
        lambda t: _write(t / "parks.html", HTML_PAGE.encode()),
        r"does not look like minutes: no meeting heading, agenda items or resolutions found",
    ),
    "missing": (lambda t: str(t / "no-such-minutes.txt"), r"no such file"),
    "folder-without-minutes": (
        _no_minutes_folder,
        r"no minutes files in this folder \(looked for \.htm, \.html, \.md, \.pdf, \.text, "
        r"\.txt, \.xhtml\)",
    ),
    "glob-matching-nothing": (lambda t: str(t / "nothing-*.txt"), r"no files match this pattern"),
    # A name the system will not look up: that file's error, the other still read (it ended
    # the whole run in a traceback-free line, but after the store was made and before the
    # good file was read).
    "name-too-long": (lambda t: str(t / ("minutes-" + "x" * 300 + ".txt")),
                      r"file name too long"),
    # A file the system will not read: one line naming it, in words.
    "unreadable": (_socket, r"cannot read: no such device or address"),
    "corrupt-pdf": (_corrupt_pdf, r"not a readable PDF: the PDF is damaged \(\w+(: [^()]*)?\)"),
    # A UTF-16 byte-order mark is read as what it declares (test_utf16_minutes_with_a_mark…);
    # bytes behind it that are not UTF-16 (a lone surrogate), or only NULs, are still refused.
    "utf16-mark-not-utf16": (
        lambda t: _write(t / "notes.txt", b"\xff\xfe" + "Minutes".encode("utf-16-le")
                         + b"\x00\xd8A\x00"),
        r"starts with a UTF-16 byte-order mark but is not valid UTF-16 text \(at offset \d+\): "
        r"save it as UTF-8",
    ),
    "utf16-mark-then-nuls": (lambda t: _write(t / "dump.txt", b"\xff\xfeA\x00" + bytes(62)),
                             r"binary file, not text, HTML or PDF"),
}


def assert_one_error_line(stderr: str, shown: str, reason: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert re.fullmatch(rf"error: {re.escape(shown)}: {reason}", lines[0]), lines[0]


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_beside_a_good_one(case: str, tmp_path: Path, baseline: dict) -> None:
    make, reason = CASES[case]
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    bad = make(inputs)
    store = tmp_path / "store"

    result = run_kg("ingest", bad, GOOD, "--store", store)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert_one_error_line(result.stderr, bad, reason)
    # The good file is still ingested, and the bad one added nothing.
    out = result.stdout.splitlines()
    assert baseline["summary"] in out
    assert re.fullmatch(r"total: 1 ingested, 1 failed \(.*\); the store .* holds "
                        rf"{baseline['count']} quads in 1 document graph", out[-1]), out[-1]
    count, stable = store_state(store, with_timestamps=False)
    assert count == baseline["count"]
    assert stable == baseline["stable"]


def test_bad_files_leave_a_full_store_exactly_as_it_was(tmp_path: Path, baseline: dict) -> None:
    store = tmp_path / "store"
    shutil.copytree(baseline["path"], store)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    bad = {make(inputs): reason for make, reason in CASES.values()}

    result = run_kg("ingest", *bad, "--store", store)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad), result.stderr
    for shown, reason in bad.items():
        mine = [line for line in lines if line.startswith(f"error: {shown}: ")]
        assert len(mine) == 1, (shown, lines)
        assert re.fullmatch(rf"error: {re.escape(shown)}: {reason}", mine[0]), mine[0]
    assert f"total: 0 ingested, {len(bad)} failed" in result.stdout, result.stdout
    assert store_state(store) == (baseline["count"], baseline["quads"])


def _ingested_as_the_seed(path: str, tmp_path: Path, baseline: dict, *options: str
                          ) -> list[str]:
    """Ingest the seed's minutes saved in another encoding: they must read as the UTF-8 seed
    does (the same summary line and the same number of quads, no error); the minutes texts
    stored, for the caller to check the encoding's own characters in."""
    store = tmp_path / "store"
    result = run_kg("ingest", path, *options, "--store", store)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[0] == baseline["summary"].replace(str(GOOD), path)
    graph = GraphStore(store)
    try:
        texts = [str(s["t"].value) for s in graph.query(
            "SELECT ?t WHERE { ?i ckg:minutesText ?t }")]
        assert len(graph) == baseline["count"]
    finally:
        graph.close()
    return texts


def test_cp1252_file_ingests_with_its_encoding(tmp_path: Path, baseline: dict) -> None:
    texts = _ingested_as_the_seed(_cp1252_minutes(tmp_path), tmp_path, baseline,
                                  "--encoding", "cp1252")
    # Decoded as cp1252, the pound sign and the en dash come back as themselves.
    assert any("£715,000" in t for t in texts)
    assert any("2 – 3 years" in t for t in texts)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_minutes_with_a_mark_ingest_without_an_option(codec: str, tmp_path: Path,
                                                            baseline: dict) -> None:
    """Windows Notepad's "Unicode" (UTF-16, little-endian, CRLF) and its big-endian form:
    the byte-order mark declares the encoding, so the minutes read as the UTF-8 seed does,
    with no --encoding (they were refused as a binary file)."""
    text = GOOD.read_text(encoding="utf-8").replace("\n", "\r\n")
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    texts = _ingested_as_the_seed(_write(tmp_path / "minutes-unicode.txt", data), tmp_path,
                                  baseline)
    assert any("£715,000" in t for t in texts)
    assert not any("\r" in t or "\ufeff" in t for t in texts)


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    """A mistyped --encoding is the option's mistake, said once before any file is read
    (it was the same error line for every file) and no store is made."""
    store = tmp_path / "store"
    result = run_kg("ingest", GOOD, SEED_2018, "--encoding", "no-such-codec", "--store", store)
    assert result.returncode == 1
    assert result.stderr == ("error: --encoding no-such-codec: not an encoding Python knows "
                             "(e.g. utf-8, cp1252, latin-1, utf-16)\n")
    assert result.stdout == ""
    assert not store.exists()


def test_word_documents_in_a_folder_are_named_not_skipped(tmp_path: Path,
                                                          baseline: dict) -> None:
    """A folder of minutes with a Word document among them: the minutes are ingested, and the
    document gets its own line rather than being passed over in silence."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    docx = _docx(folder, "cabinet-2020-05-01.docx")
    result = run_kg("ingest", folder, "--store", tmp_path / "store")
    assert result.returncode == 1
    assert result.stderr == (f"error: {docx}: a Word document, not read: save it as PDF or "
                             "text to ingest it, or leave such files out with --exclude "
                             "'*.docx'\n")
    assert result.stdout.splitlines()[-1].startswith("total: 1 ingested, 1 failed")
    # Told to leave them out (copies of minutes also kept as PDF), it does, without an error.
    result = run_kg("ingest", folder, "--store", tmp_path / "store", "--exclude", "*.docx")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[-1].startswith("total: 1 ingested, 0 failed, 1 excluded")


def test_broken_links_are_named_not_passed_over(tmp_path: Path, baseline: dict) -> None:
    """A folder of minutes where one is a link to a file since moved (a shared drive
    reorganised): the link gets its own line naming where it pointed, as a Word file does,
    where it was passed over in silence (``is_file`` is false for it) and its meeting went
    missing unnoticed; named on its own it said "no such file" of a name ``ls`` lists. A
    broken link that is no minutes file (a ``.jpg``), and a link that works, say nothing."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    gone = tmp_path / "old-drive" / "cabinet-2020-05-01.txt"
    link = folder / "cabinet-2020-05-01.txt"
    link.symlink_to(gone)
    (folder / "crest.jpg").symlink_to(tmp_path / "old-drive" / "crest.jpg")
    (folder / "moved.txt").symlink_to(folder / GOOD.name)  # a working link: read, not failed
    store = tmp_path / "store"

    result = run_kg("ingest", folder, "--store", store)

    assert result.returncode == 1
    assert result.stderr == f"error: {link}: a broken link to {gone}, which does not exist\n"
    assert result.stdout.splitlines()[-1].startswith("total: 2 ingested, 1 failed")
    result = run_kg("ingest", link, GOOD, "--store", store)
    assert result.returncode == 1
    assert result.stderr == f"error: {link}: a broken link to {gone}, which does not exist\n"
    # A name that is no link at all is still plainly missing.
    result = run_kg("ingest", folder / "cabinet-2021.txt", "--store", store)
    assert result.stderr == f"error: {folder / 'cabinet-2021.txt'}: no such file\n"


def test_a_missing_folder_is_named_a_folder_and_a_missing_file_a_file(tmp_path: Path) -> None:
    """`kg ingest minutes/2019/ cabinet.txt` with neither there: each is one line
    that says which it was missing, and the good file given with them is still ingested."""
    folder = f"{tmp_path / 'minutes' / '2019'}/"
    result = run_kg("ingest", folder, tmp_path / "cabinet.txt", GOOD, "--store",
                    tmp_path / "store")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {folder}: no such folder",
        f"error: {tmp_path / 'cabinet.txt'}: no such file"]
    assert result.stdout.splitlines()[-1].startswith("total: 1 ingested, 2 failed")


def test_a_dash_says_standard_input_is_not_read(tmp_path: Path) -> None:
    """`kg query -` reads standard input, so a user may pipe minutes to `kg ingest -`: one
    line says it is not read (it said "-: no such file"); the files named with it are."""
    result = subprocess.run([str(KG), "ingest", "-", GOOD, "--store", tmp_path / "store"],
                            input=GOOD.read_text(encoding="utf-8"), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr == ("error: -: kg ingest does not read standard input: save the "
                             "minutes to a file and name it\n")
    assert result.stdout.splitlines()[-1].startswith("total: 1 ingested, 1 failed")


def test_nothing_ingested_leaves_no_new_store_behind(tmp_path: Path) -> None:
    """A mistyped path reads nothing: no empty store folder is left where the user stands."""
    result = run_kg("ingest", "minuts/", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "error: minuts/: no such folder\n"  # the slash says a folder
    assert result.stdout == "total: 0 ingested, 1 failed; no store was made at kg-store\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("make", [
    lambda t: str(t / ("minutes-" + "x" * 300 + ".txt")),
    lambda t: str(t / ("minutes-" + "x" * 300)) + "/",
    _socket,
], ids=["name-too-long", "folder-name-too-long", "unreadable"])
def test_inputs_that_fail_before_anything_is_read_make_no_store(
        tmp_path: Path, make: Callable[[Path], str]) -> None:
    """`kg ingest <a name over 255 bytes> --store NEW` left an empty new store behind: its
    input failed after the store was made. Nothing ingested, no store made, whatever the
    input's failure."""
    bad = make(tmp_path)
    store = tmp_path / "new-store"
    result = run_kg("ingest", bad, "--store", store)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"error: {bad}: ")
    assert result.stdout == f"total: 0 ingested, 1 failed; no store was made at {store}\n"
    assert not store.exists()


def test_a_file_name_that_is_not_utf8_is_ingested_beside_the_others(tmp_path: Path) -> None:
    """Minutes unpacked from an old Windows archive keep a Latin-1 file name ("caf\\xe9").
    The file is ingested like any other, and so is the next one: its name is stored and
    printed with U+FFFD for the byte that is not UTF-8 (it stopped the whole run with a
    traceback, leaving the files after it unread), and its location keeps the exact bytes."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/cabinet-caf\xe9-2018.txt")
    shutil.copy(SEED_2018, odd)
    later = folder / "zz-later.txt"
    shutil.copy(GOOD, later)
    store = tmp_path / "store"

    result = run_kg("ingest", folder, "--store", store)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "total: 2 ingested, 0 failed" in result.stdout
    graph = GraphStore(store)
    try:
        documents = {str(s["label"].value): str(s["location"].value) for s in graph.query(
            "SELECT ?label ?location WHERE { ?d a ckg:SourceDocument ; rdfs:label ?label ; "
            "ckg:location ?location }")}
    finally:
        graph.close()
    assert documents["cabinet-caf\ufffd-2018.txt"].endswith("/cabinet-caf%E9-2018.txt")
    assert documents["zz-later.txt"].endswith("/zz-later.txt")


def test_a_document_the_mapping_trips_on_fails_alone(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug met while mapping or storing one document's graph fails that document, in one
    line, and the documents after it are still stored (it ended the whole run)."""
    import kg.ingest
    from kg.ingest import ingest

    real = kg.ingest.to_graph

    def tripping(minutes, source, *args, **kwargs):  # type: ignore[no-untyped-def]
        if source.name == SEED_2018.name:
            raise UnicodeEncodeError("utf-8", "\udce9", 0, 1, "surrogates not allowed")
        return real(minutes, source, *args, **kwargs)

    monkeypatch.setattr(kg.ingest, "to_graph", tripping)
    store = GraphStore(tmp_path / "store")
    try:
        results = ingest(store, [str(SEED_2018), str(GOOD)])
        assert [r.ok for r in results] == [False, True]
        assert results[0].error is not None and results[0].error.startswith(
            "could not be mapped (UnicodeEncodeError: ")
        assert "\n" not in results[0].error
        assert len(store.graphs()) == 1
    finally:
        store.close()


def test_a_text_too_long_to_read_at_once_is_one_line(tmp_path: Path) -> None:
    """An item of a million characters (a year's minutes in one file, a page whose line
    breaks were lost) is more than the language pipeline reads at once: one line that says
    so and what to do (it was spaCy's paragraph of advice about parsers and NER models,
    ending "please report this"), and the file beside it is ingested."""
    long = tmp_path / "audit-2023-05-03.txt"
    long.write_text("Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n"
                    + "The committee noted the report on the budget. " * 23_000,
                    encoding="utf-8")
    result = run_kg("ingest", long, GOOD, "--store", tmp_path / "store")
    assert result.returncode == 1
    assert_one_error_line(
        result.stderr, str(long),
        r"one item \(or the text around the items\) runs to 1,0\d\d,\d\d\d characters, more "
        r"than the 1,000,000 the language pipeline reads at once \(several meetings' minutes "
        r"in one file\? save one file per meeting\)")
    assert "total: 1 ingested, 1 failed" in result.stdout


def test_a_second_ingest_into_a_store_in_use_is_one_line(tmp_path: Path, baseline: dict) -> None:
    """While one process writes to a store (here: this test holds it open), `kg ingest` into
    it is refused in one line that says what to do, and the store is left as it was."""
    store_path = tmp_path / "store"
    shutil.copytree(baseline["path"], store_path)
    holder = GraphStore(store_path)
    try:
        result = run_kg("ingest", SEED_2018, "--store", store_path)
    finally:
        holder.close()
    assert result.returncode == 1
    assert result.stderr == (f"error: {store_path}: cannot open store: the store is in use by "
                             "another process (another kg ingest or kg resolve? run this "
                             "again once it has finished, or give --wait SECONDS)\n")
    assert store_state(store_path) == (baseline["count"], baseline["quads"])


def test_a_second_ingest_told_to_wait_runs_once_the_first_has_finished(
    tmp_path: Path, baseline: dict,
) -> None:
    """Two scheduled ingests that overlap (a nightly run, one started by hand): the second,
    refused at once, lost its files unless someone noticed. With --wait it waits its turn."""
    store_path = tmp_path / "store"
    shutil.copytree(baseline["path"], store_path)
    holder = GraphStore(store_path)
    try:
        second = subprocess.Popen([str(KG), "ingest", str(SEED_2018), "--store", str(store_path),
                                   "--wait", "120"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        time.sleep(4)  # long enough for the pipeline to load and the store to be tried
        assert second.poll() is None, second.communicate()
    finally:
        holder.close()
    stdout, stderr = second.communicate(timeout=300)
    assert second.returncode == 0, stderr
    assert "total: 1 ingested, 0 failed" in stdout


def test_a_wait_that_runs_out_is_one_line_and_leaves_the_store(tmp_path: Path,
                                                               baseline: dict) -> None:
    store_path = tmp_path / "store"
    shutil.copytree(baseline["path"], store_path)
    holder = GraphStore(store_path)
    try:
        result = run_kg("ingest", SEED_2018, "--store", store_path, "--wait", "0.5")
        resolve = run_kg("resolve", "--store", store_path, "--wait", "0.5")
    finally:
        holder.close()
    for r in (result, resolve):
        assert r.returncode == 1
        assert r.stderr == (f"waiting for {store_path}: another process (kg ingest or kg "
                            "resolve?) is writing to it; waiting up to 0.5 s for it to finish\n"
                            f"error: {store_path}: cannot open store: the store is in use by "
                            "another process (another kg ingest or kg resolve? still, after "
                            "waiting 0.5 s)\n")
    assert store_state(store_path) == (baseline["count"], baseline["quads"])
    bad = run_kg("ingest", SEED_2018, "--store", store_path, "--wait", "-1")
    assert bad.returncode == 1
    assert bad.stderr == "error: --wait -1: give a number of seconds, 0 or more\n"


def test_a_query_not_in_utf8_is_one_plain_line(tmp_path: Path, baseline: dict) -> None:
    """A query saved in cp1252 was refused with the codec's words ("'utf-8' codec can't
    decode byte 0xe9 in position 28: invalid continuation byte"), and piped in with
    "query failed: … surrogates not allowed"; now both say where, as the tables do."""
    query = 'SELECT ?x WHERE {\n  ?x ?p "Caf\u00e9 Committee" }\n'.encode("cp1252")
    path = tmp_path / "cafe.rq"
    path.write_bytes(query)
    from_file = run_kg("query", path, "--store", baseline["path"])
    piped = subprocess.run([str(KG), "query", "-", "--store", str(baseline["path"])],
                           input=query, capture_output=True, timeout=300)
    assert from_file.returncode == piped.returncode == 1
    assert from_file.stderr == (f"error: {path}: cannot read query: not UTF-8 text "
                                "(byte 0xe9 on line 2)\n")
    assert piped.stderr.decode() == ("error: -: cannot read query from standard input: "
                                     "not UTF-8 text (byte 0xe9 on line 2)\n")
    # Saved as Notepad's "Unicode": "byte 0xff on line 1" said nothing of what it is.
    path.write_bytes('SELECT ?x WHERE { ?x ?p "Café" }\n'.encode("utf-16"))
    from_file = run_kg("query", path, "--store", baseline["path"])
    assert from_file.returncode == 1
    assert from_file.stderr == (f"error: {path}: cannot read query: not UTF-8 text but "
                                "UTF-16 (it starts with a UTF-16 byte-order mark)\n")
