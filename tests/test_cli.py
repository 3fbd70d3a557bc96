"""The `kg` command, run through its installed entry point as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.store import GraphStore, StoreError, derived_graphs
from tests.conftest import (
    DEV,
    ID,
    KG,
    ROOT,
    SEED_2016,
    SEED_2018,
    SEEDS,
    free_port,
    run_kg,
    tiny_model,
)

MEETING_2018 = f"{ID}meeting/safe-and-strong-communities-select-committee/2018-03-05"
SEED_TTL = """@prefix ex: <https://example.org/> .
ex:ambridge ex:holds ex:minutes ."""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "kg-store"
    result = run_kg("ingest", SEEDS, DEV, "--store", path, check=True)
    assert "total: 10 ingested, 0 failed" in result.stdout
    return path


def test_ingest_prints_a_summary_per_file_and_a_total(tmp_path: Path) -> None:
    result = run_kg("ingest", SEED_2016, SEED_2018, "--store", tmp_path / "s")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(
        rf"{re.escape(str(SEED_2016))}: 1 meeting, 8 items, 7 resolutions, 13 attendees, "
        r"\d+ follow-ups, \d+ triples", lines[0]), lines[0]
    assert re.search(r": 1 meeting, 8 items, 4 resolutions, 0 attendees, \d+ follow-ups, "
                     r"\d+ triples$", lines[1])
    assert re.match(r"total: 2 ingested, 0 failed \(2 meetings, 16 items, 11 resolutions, "
                    r"13 attendees, \d+ follow-ups, \d+ triples\)", lines[-1])


def test_store_from_environment_variable(tmp_path: Path) -> None:
    env = {**os.environ, "KG_STORE": str(tmp_path / "env-store")}
    assert run_kg("ingest", SEED_2018, env=env).returncode == 0
    assert (tmp_path / "env-store").is_dir()
    result = run_kg("query", "meetings", "--format", "csv", env=env)
    assert "2018-03-05" in result.stdout


def test_folder_and_glob_inputs(tmp_path: Path) -> None:
    result = run_kg("ingest", str(DEV / "surrey-*.txt"), SEEDS, "--store", tmp_path / "s")
    assert result.returncode == 0, result.stderr
    assert "total: 5 ingested, 0 failed" in result.stdout


def _graph_names(path: Path) -> list[str]:
    stored = GraphStore(path)
    try:
        return sorted(g.rsplit("/", 1)[-1] for g in stored.graphs())
    finally:
        stored.close()


def _readme_and_sources_skipped(result: subprocess.CompletedProcess[str], folder: Path) -> None:
    """The ingest of a folder's one minutes file and its README.md and SOURCES.md succeeded,
    each note one `skipped:` line and counted in the total."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    for name in ("README", "SOURCES"):
        assert (f"skipped: {folder / name}.md: a folder's {name} file, not minutes (name it on "
                "its own to ingest it)") in lines, lines
    assert lines[-1].startswith("total: 1 ingested, 0 failed, 2 skipped (1 meeting, "), lines

def test_a_folder_with_a_readme_beside_its_minutes_ingests_and_says_what_it_skipped(
        tmp_path: Path) -> None:
    """A folder of minutes that carries its README.md and SOURCES.md (as the bundled samples
    do) ingests with status 0: each note is one `skipped:` line and counted in the total,
    not a "does not look like minutes" failure. Named on its own, a README is read (and
    refused, status 1), and a genuinely bad file in the folder still fails the run."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "cabinet-2016.txt").write_text(SEED_2016.read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (folder / "README.md").write_text("# Minutes of Ambridge\n\nSaved from the council's "
                                      "site in May.\n", encoding="utf-8")
    (folder / "SOURCES.md").write_text("| file | url |\n|---|---|\n| cabinet-2016.txt | "
                                       "https://ambridge.example.org/ |\n", encoding="utf-8")
    store = tmp_path / "s"

    result = run_kg("ingest", folder, "--store", store)

    _readme_and_sources_skipped(result, folder)
    assert len(_graph_names(store)) == 1

    named = run_kg("ingest", folder / "README.md", "--store", store)
    assert named.returncode == 1
    assert named.stderr == (f"error: {folder / 'README.md'}: does not look like minutes: no "
                            "meeting heading, agenda items or resolutions found\n")

    (folder / "story.txt").write_text("It was a bright cold day in April, and the clocks "
                                      "were striking thirteen.\n", encoding="utf-8")
    bad = run_kg("ingest", folder, "--store", store)
    assert bad.returncode == 1
    assert bad.stderr == (f"error: {folder / 'story.txt'}: does not look like minutes: no "
                          "meeting heading, agenda items or resolutions found\n")
    assert bad.stdout.splitlines()[-1].startswith("total: 1 ingested, 1 failed, 2 skipped (")


def test_notes_among_several_files_named_are_skipped_as_in_their_folder(
        tmp_path: Path) -> None:
    """`kg ingest minutes/*` with the glob unquoted: the shell names every file of the folder
    to kg, README and SOURCES included. Among several files named, notes are skipped with the
    folder's line and counted, not read and failed; several named that are all notes are an
    error (nothing to ingest), as their folder is; one named on its own is still read."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "ambridge-cabinet.txt").write_text(SEED_2016.read_text(encoding="utf-8"),
                                                 encoding="utf-8")
    for name in ("README.md", "SOURCES.md"):
        (folder / name).write_text("Saved from the council's site in May.\n",
                                   encoding="utf-8")
    store = tmp_path / "s"
    shell_glob = sorted(folder.iterdir())  # what `minutes/*` unquoted hands kg

    result = run_kg("ingest", *shell_glob, "--store", store)

    _readme_and_sources_skipped(result, folder)

    notes = run_kg("ingest", folder / "README.md", folder / "SOURCES.md", "--store",
                   tmp_path / "none")
    assert notes.returncode == 1
    assert notes.stderr == ("error: the 2 files named: no minutes among them (2 skipped: name "
                            "one on its own to ingest it)\n"), notes.stderr
    assert not (tmp_path / "none").exists()

    alone = run_kg("ingest", folder / "README.md", "--store", store)
    assert alone.returncode == 1
    assert alone.stderr.startswith(f"error: {folder / 'README.md'}: does not look like minutes")


def test_the_notes_a_folder_may_carry_are_the_names_in_their_data_file(
        tmp_path: Path) -> None:
    """The README-style names are a word list in kg/data/notes_names.txt (with why): a file
    named after each of them, in any case, beside the minutes is skipped, not failed."""
    data = (ROOT / "kg" / "data" / "notes_names.txt").read_text(encoding="utf-8")
    names = [w.strip() for w in data.splitlines() if w.strip() and not w.startswith("#")]
    assert {"readme", "sources", "licence"} <= set(names)
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "cabinet.txt").write_text(SEED_2016.read_text(encoding="utf-8"),
                                        encoding="utf-8")
    for name in names:
        (folder / f"{name.upper()}.md").write_text("Saved from the council's site.\n",
                                                   encoding="utf-8")

    result = run_kg("ingest", folder, "--store", tmp_path / "s")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith(
        f"total: 1 ingested, 0 failed, {len(names)} skipped ("), result.stdout


def test_exclude_leaves_out_what_a_folder_or_glob_turns_up_but_never_a_named_file(
        tmp_path: Path) -> None:
    """--exclude GLOB, as rsync's and ruff's: a pattern matches a file's name, a folder on its
    path or its path below the folder searched; what it leaves out is counted, not listed,
    and (a Word file the user knows about) not an error. A file named on its own is read."""
    folder = tmp_path / "drafts" / "minutes"  # "drafts" above the folder given: not matched
    (folder / "drafts").mkdir(parents=True)
    (folder / "2019").mkdir()
    text = SEED_2016.read_text(encoding="utf-8")
    for name in ("cabinet.txt", "drafts/cabinet-draft.txt", "agenda-cabinet.txt",
                 "2019/agenda-planning.txt", "2019/planning.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "cabinet.docx").write_bytes(b"PK\x03\x04")
    store = tmp_path / "s"

    result = run_kg("ingest", folder, folder / "agenda-cabinet.txt", "--store", store,
                    "--exclude", "drafts", "--exclude", "2019/agenda-*",
                    "--exclude", "agenda-cabinet.txt", "--exclude", "*.docx")

    assert result.returncode == 0, result.stdout + result.stderr
    read = [line.split(":", 1)[0] for line in result.stdout.splitlines()[:-1]]
    assert read == [str(folder / "2019/planning.txt"), str(folder / "cabinet.txt"),
                    str(folder / "agenda-cabinet.txt")], result.stdout
    assert result.stdout.splitlines()[-1].startswith(
        "total: 3 ingested, 0 failed, 4 excluded ("), result.stdout

    # A glob's matches are tested from where the pattern begins: "drafts" above it is not.
    globbed = run_kg("ingest", str(folder / "*.txt"), "--store", store, "--exclude", "drafts")
    assert globbed.returncode == 0, globbed.stderr
    assert "total: 2 ingested, 0 failed (" in globbed.stdout

    empty = run_kg("ingest", folder, "--store", store, "--exclude", "")
    assert empty.returncode == 1
    assert empty.stderr.startswith("error: --exclude '': give a pattern"), empty.stderr


def test_exclude_tests_the_folders_a_glob_turns_up_and_counts_each_file_once(
        tmp_path: Path) -> None:
    """A glob that turns up folders: --exclude tests each folder's own name before going in
    ('minutes/*' --exclude drafts leaves out minutes/drafts/), and a '**' glob that turns up
    a folder and the files in it counts each file once (excluded or skipped, never also
    ingested)."""
    folder = tmp_path / "minutes"
    (folder / "drafts").mkdir(parents=True)
    text = SEED_2016.read_text(encoding="utf-8")
    (folder / "cabinet.txt").write_text(text, encoding="utf-8")
    (folder / "drafts" / "cabinet-draft.txt").write_text(text, encoding="utf-8")
    (folder / "README.md").write_text("# Minutes of Ambridge\n", encoding="utf-8")

    for pattern in ("*", "**"):
        store = tmp_path / f"s{len(pattern)}"
        result = run_kg("ingest", str(folder / pattern), "--store", store,
                        "--exclude", "drafts")
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert [line.split(": ", 2)[-2] for line in lines[:-1]] == [
            str(folder / "README.md"), str(folder / "cabinet.txt")], lines
        assert lines[-1].startswith("total: 1 ingested, 0 failed, 1 skipped, 1 excluded ("), \
            lines
        assert len(_graph_names(store)) == 1


def test_exclude_ignores_case_as_suffixes_do_and_anchors_a_leading_slash(
        tmp_path: Path) -> None:
    """Suffixes are read whatever their case, so --exclude '*.docx' silences MINUTES.DOCX
    and --exclude drafts a Drafts folder; a pattern that begins with "/" is anchored to the
    folder given: /drafts is its own drafts folder, not 2019/drafts."""
    folder = tmp_path / "minutes"
    (folder / "Drafts").mkdir(parents=True)
    (folder / "2019" / "drafts").mkdir(parents=True)
    text = SEED_2016.read_text(encoding="utf-8")
    for name in ("cabinet.txt", "Drafts/cabinet-draft.txt", "2019/drafts/planning.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "CABINET.DOCX").write_bytes(b"PK\x03\x04")

    result = run_kg("ingest", folder, "--store", tmp_path / "s", "--exclude", "*.docx",
                    "--exclude", "/drafts")

    assert result.returncode == 0, result.stdout + result.stderr
    read = [line.split(":", 1)[0] for line in result.stdout.splitlines()[:-1]]
    assert read == [str(folder / "2019/drafts/planning.txt"), str(folder / "cabinet.txt")], \
        result.stdout
    assert result.stdout.splitlines()[-1].startswith(
        "total: 2 ingested, 0 failed, 2 excluded ("), result.stdout


def test_a_glob_or_folder_that_turns_up_only_notes_is_an_error(tmp_path: Path) -> None:
    """Nothing to ingest is an error whichever way it was asked for: a folder holding only a
    README and a glob that turns up only the README both end with status 1 and one error
    line, and leave no store behind."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "README.md").write_text("# Minutes of Ambridge\n", encoding="utf-8")
    store = tmp_path / "s"

    for given, said in ((str(folder), "no minutes files in this folder"),
                        (str(folder / "*.md"), "no minutes files match this pattern")):
        result = run_kg("ingest", given, "--store", store)
        assert result.returncode == 1, (given, result.stdout, result.stderr)
        assert result.stderr.startswith(f"error: {given}: {said} ("), result.stderr
        assert "1 skipped or excluded)" in result.stderr, result.stderr
        assert result.stdout.splitlines()[-1].startswith(
            "total: 0 ingested, 1 failed, 1 skipped; no store was made"), result.stdout
        assert not store.exists()


def test_reingest_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "s"
    run_kg("ingest", SEEDS, "--store", path, check=True)
    first = GraphStore(path)
    count, graphs = len(first), first.graphs()
    first.close()
    run_kg("ingest", SEEDS, "--store", path, check=True)
    again = GraphStore(path)
    assert (len(again), again.graphs()) == (count, graphs)


def test_ctrl_c_in_an_ingest_says_what_was_kept_and_ingesting_again_finishes(
        tmp_path: Path) -> None:
    """Ctrl-C in the middle of `kg ingest`: one line says how many files are in the store
    (whole, with their joins worked out) and that running the command again does the rest;
    the second run ends with every file in, once."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    text = SEED_2016.read_text(encoding="utf-8")
    for n in range(24):  # more than one batch, so the Ctrl-C comes between documents
        (folder / f"meeting-{n:02}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "s"
    user = subprocess.Popen(
        [str(KG), "ingest", str(folder), "--store", str(path)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # Ctrl-C reaches the command as at a terminal, even when the tests run in the
        # background (where a shell starts jobs with SIGINT ignored).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert user.stdout is not None
    first = user.stdout.readline()  # the first document is stored: the ingest is under way
    assert first.endswith("triples\n"), first
    user.send_signal(signal.SIGINT)
    rest, stderr = user.communicate(timeout=300)
    assert user.returncode == 130, stderr
    said = re.fullmatch(r"interrupted: (\d+) of 24 files ingested into (.+) and kept "
                        r"there; run the same command again for the rest \(a document "
                        r"read again replaces itself\)\n", stderr)
    assert said and said.group(2) == str(path), stderr
    kept = int(said.group(1))
    assert kept == 1 + rest.count("triples\n") and kept < 24
    stored = GraphStore(path)
    documents = len(stored.graphs())
    stored.close()
    assert documents - kept in (0, 1)  # one more if Ctrl-C came between storing and saying
    again = run_kg("ingest", folder, "--store", path, check=True)
    assert "total: 24 ingested, 0 failed" in again.stdout
    stored = GraphStore(path)
    assert len(stored.graphs()) == 24
    stored.close()


def _ingest_stuck_on_its_first_file(tmp_path: Path, store: Path) -> subprocess.Popen[str]:
    """`kg ingest` of two files whose first never finishes arriving (a named pipe no one
    writes to, as a file on a stalled network share): started as a user starts it, and
    returned once it is reading that file, so nothing can have been stored yet."""
    slow = tmp_path / "on-the-share.txt"
    os.mkfifo(slow)
    user = subprocess.Popen(
        [str(KG), "ingest", str(slow), str(SEED_2016), "--store", str(store)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while True:  # a writer can open the pipe once kg has opened it to read
        try:
            writer = os.open(slow, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:
            assert user.poll() is None, user.communicate()
            assert time.monotonic() < deadline, "kg ingest never opened the file"
            time.sleep(0.05)
    user.writer = writer  # type: ignore[attr-defined]  # closed by the caller
    _asleep_reading(user, deadline)
    return user


def _asleep_reading(user: subprocess.Popen[str], deadline: float) -> None:
    """Wait until kg sleeps in its read of the pipe, so that a signal now interrupts that
    read. Sent as soon as the writer opened the pipe, it could land while kg's open() was
    still returning (a loaded machine had not yet run kg since the writer woke it): then
    Python's C handler notes the signal as open() returns, nothing is interrupted, and the
    read that follows sleeps until the writer closes; the test hung 120 s so once. /proc's
    wchan names where a sleeping process waits ("0" while it runs); where it never names
    anything (not Linux, or hidden), a pause stands in."""
    wchan = Path(f"/proc/{user.pid}/wchan")
    blind = time.monotonic() + 5
    named = False
    while True:
        try:
            where = wchan.read_text()
        except OSError:
            where = ""
        # pipe_read, anon_pipe_read in newer kernels, pipe_wait where older ones' pipe_read
        # slept in a call of its own (pipe_read alone: an old kernel waited out the deadline
        # and failed). Not any "pipe": the open's pipe_lock must not pass for the read.
        if any(name in where for name in ("pipe_read", "pipe_wait")):
            return
        named = named or where not in ("", "0")
        if not named and time.monotonic() > blind:
            return
        assert user.poll() is None, user.communicate()
        assert time.monotonic() < deadline, f"kg ingest never read the file ({where})"
        time.sleep(0.01)


@pytest.mark.parametrize("existing", [False, True])
def test_ctrl_c_before_any_file_is_stored_leaves_no_store_or_the_store_as_it_was(
        tmp_path: Path, existing: bool) -> None:
    """Ctrl-C while the first file is still being read: status 130 and one line saying no
    file was ingested; a store this run made is not left behind (as when nothing could be
    read), and a store that was there is exactly as it was."""
    store = tmp_path / "kg-store"
    if existing:
        run_kg("ingest", SEED_2018, "--store", store, check=True)
        before = GraphStore(store, read_only=True)
        quads = sorted(map(str, before.oxigraph))
        before.close()
    user = _ingest_stuck_on_its_first_file(tmp_path, store)
    try:
        user.send_signal(signal.SIGINT)
        stdout, stderr = user.communicate(timeout=120)
    finally:
        os.close(user.writer)  # type: ignore[attr-defined]
    assert user.returncode == 130, stderr
    assert stdout == ""
    if existing:
        assert stderr == (f"interrupted before any file was ingested; {store} is as it "
                          "was\n")
        after = GraphStore(store, read_only=True)
        assert sorted(map(str, after.oxigraph)) == quads
        after.close()
    else:
        assert stderr == (f"interrupted before any file was ingested; no store was made at "
                          f"{store}\n")
        assert not store.exists()


def _ingest_stops_before_any_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``kg ingest`` of a seed into a new store ends as a Ctrl-C before any file was kept
    ends it: status 130, its one line, and no store left behind."""
    import typer

    import kg.cli as cli

    store = tmp_path / "kg-store"
    with pytest.raises(typer.Exit) as stopped:
        cli.run_ingest([str(SEED_2016)], store, [], None)
    assert stopped.value.exit_code == 130
    assert not store.exists()
    assert capsys.readouterr().err == (
        f"interrupted before any file was ingested; no store was made at {store}\n")


def _a_library_wrapping_ctrl_c(*args: object, **kwargs: object) -> None:
    """What pydantic-core did with a Ctrl-C while it built spaCy's schemas (CI, stop 47): it
    caught the KeyboardInterrupt and raised an error of its own "caused" by it."""
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)  # the handler runs at once, in this (the main) thread
    except KeyboardInterrupt as e:
        raise RuntimeError("Error building validator: KeyboardInterrupt") from e
    raise AssertionError("no SIGINT came")


@pytest.fixture
def counting_sigint() -> Iterator[None]:
    """SIGINTs counted as the ``kg`` entry point counts them, for this test only."""
    import kg.interrupts

    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    kg.interrupts.install()
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def test_ctrl_c_a_library_turns_into_its_own_error_while_ingest_loads_is_ctrl_c(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        counting_sigint: None) -> None:
    """A Ctrl-C that a library loading spaCy turned into an error of its own is still the
    Ctrl-C: status 130, ingest's one line, no store — not the library's traceback. And an
    error with no Ctrl-C behind it is not taken for one (the test after)."""
    import kg.nlp

    monkeypatch.setattr(kg.nlp, "pipeline", _a_library_wrapping_ctrl_c)
    _ingest_stops_before_any_file(tmp_path, capsys)


def test_an_error_while_ingest_loads_with_no_ctrl_c_is_not_taken_for_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counting_sigint: None) -> None:
    import kg.cli as cli
    import kg.nlp

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a real failure")

    monkeypatch.setattr(kg.nlp, "pipeline", broken)
    with pytest.raises(RuntimeError, match="a real failure"):
        cli.run_ingest([str(SEED_2016)], tmp_path / "kg-store", [], None)


def test_ctrl_c_a_library_turns_into_an_error_no_command_catches_ends_kg_quietly(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        counting_sigint: None) -> None:
    """Through the entry point: a wrapped Ctrl-C escaping every command's own handling ends
    ``kg`` with status 130 and no traceback, as a Ctrl-C there does."""
    import kg.__main__
    import kg.cli as cli

    monkeypatch.setattr(cli, "main", _a_library_wrapping_ctrl_c)
    with pytest.raises(SystemExit) as stopped:
        kg.__main__.run()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == ""


def test_ctrl_c_after_a_write_before_the_first_file_is_kept_removes_the_new_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """The signal can land after something went into a store this run made but before the
    first file was reported kept (found under load by a Ctrl-C swept across an ingest's
    moments). Nothing kept: the new store goes, and the line says no store was made — not
    that a store made a moment ago "is as it was". In-process, so the moment is certain."""

    def interrupted(store: GraphStore, *args: object, **kwargs: object) -> None:
        written = Graph()
        written.add((URIRef("https://example.org/a"), RDF.type, URIRef("https://example.org/B")))
        store.replace_graph("https://example.org/document", written, union=False)
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.ingest.ingest", interrupted)
    _ingest_stops_before_any_file(tmp_path, capsys)


@pytest.mark.parametrize("before", ["nothing", "empty-folder", "store", "race"])
def test_a_failure_before_any_file_was_stored_removes_only_a_store_this_run_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str) -> None:
    """An error no input's check foresaw (a bug, a disk gone) ends `kg ingest` before any
    file was stored: the store this run's own mkdir made goes, as when nothing was ingested,
    and the error goes on. Nothing else is removed: not an empty folder the user named (it
    holds an empty store now), not a store already there, not one another run made on the
    fresh path just before this one opened it. In-process, so the moment is certain."""
    import kg.cli as cli

    store = tmp_path / "kg-store"

    def other_run_makes_it(path: Path) -> None:
        other = GraphStore(path)
        other.replace_graph("https://example.org/graph/ambridge",
                            Graph().parse(data=SEED_TTL, format="turtle"))
        other.close()

    if before == "empty-folder":
        store.mkdir()
    elif before == "store":
        other_run_makes_it(store)
    elif before == "race":
        opened = cli.open_store

        def other_run_first(path: Path, *args: object, **kwargs: object) -> GraphStore:
            other_run_makes_it(path)
            return opened(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(cli, "open_store", other_run_first)

    def failing(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("kg.ingest.ingest", failing)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.run_ingest([str(SEED_2016)], store, [], None)
    if before == "nothing":
        assert not store.exists()
    else:
        after = GraphStore(store, read_only=True)
        assert after.graphs() == ([] if before == "empty-folder"
                                  else ["https://example.org/graph/ambridge"])
        after.close()
    assert [p.name for p in tmp_path.iterdir()] == ([] if before == "nothing" else ["kg-store"])


def test_a_failure_after_a_file_was_stored_keeps_the_store_this_run_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A failure once a file is stored (deriving the joins, say) keeps the new store and
    what went into it: only a store with nothing of this run's in it is removed."""
    import kg.cli as cli
    from kg.ingest import ingest as real

    def stored_then_failing(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("a bug")

    monkeypatch.setattr("kg.ingest.ingest", stored_then_failing)
    store = tmp_path / "kg-store"
    with pytest.raises(RuntimeError, match="a bug"):
        cli.run_ingest([str(SEED_2016)], store, [], None)
    after = GraphStore(store, read_only=True)
    assert len(after.graphs()) == 1
    after.close()
    capsys.readouterr()


def test_ctrl_c_never_removes_a_store_another_run_made_just_before_this_one_opened_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """The path had no store when this run began; another run made one there, wrote to it
    and closed it just before this run opened it (no waiting: the store was free). A Ctrl-C
    before this run stored a file must leave that store alone: only a store whose folder
    this run's own opening made is removed. In-process, so the moment is certain."""
    import typer

    import kg.cli as cli

    store = tmp_path / "kg-store"
    opened = cli.open_store

    def other_run_first(path: Path, *args: object, **kwargs: object) -> GraphStore:
        other = GraphStore(path)  # the other run makes the store and writes to it
        other.replace_graph("https://example.org/graph/ambridge",
                            Graph().parse(data=SEED_TTL, format="turtle"))
        other.close()
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "open_store", other_run_first)
    monkeypatch.setattr("kg.ingest.ingest", interrupted)
    assert not store.exists()
    with pytest.raises(typer.Exit) as stopped:
        cli.run_ingest([str(SEED_2016)], store, [], None)
    assert stopped.value.exit_code == 130
    assert capsys.readouterr().err == (
        f"interrupted before any file was ingested; {store} is as it was\n")
    after = GraphStore(store, read_only=True)
    assert after.graphs() == ["https://example.org/graph/ambridge"]
    after.close()


def test_ctrl_c_never_removes_the_store_a_waiting_run_opens_as_this_one_lets_it_go(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """This run made the store, and a second run is waiting for it (--wait). A Ctrl-C before
    any file is stored removes this run's store, and the second run opens the path the moment
    this run lets the store go: what it then writes there is its own store, and is kept (it
    used to open this run's folder just before it was deleted, and lose its store with it).
    In-process, so the moment is certain."""
    import typer

    import kg.cli as cli

    store = tmp_path / "kg-store"
    close = GraphStore.close
    waiting: list[GraphStore] = []

    def the_waiting_run_opens_at_once(self: GraphStore) -> None:
        close(self)
        if not waiting and self.path == store:  # the lock just released: the other run
            waiting.append(GraphStore(store))   # opens the path, and writes to its store
            waiting[0].replace_graph("https://example.org/graph/ambridge",
                                     Graph().parse(data=SEED_TTL, format="turtle"))

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(GraphStore, "close", the_waiting_run_opens_at_once)
    monkeypatch.setattr("kg.ingest.ingest", interrupted)
    with pytest.raises(typer.Exit) as stopped:
        cli.run_ingest([str(SEED_2016)], store, [], None)
    assert stopped.value.exit_code == 130
    assert waiting and waiting[0].created, "the waiting run should have made the store anew"
    waiting[0].close()
    monkeypatch.undo()
    after = GraphStore(store, read_only=True)
    assert after.graphs() == ["https://example.org/graph/ambridge"]
    after.close()
    assert [p.name for p in tmp_path.iterdir()] == ["kg-store"]  # nothing left beside it
    capsys.readouterr()


def test_ctrl_c_while_opening_a_store_leaves_it_to_the_process_holding_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process made the folder, but a Ctrl-C came as it opened the store, and another
    process had opened the empty folder first and holds the store: the folder is left to it,
    not removed under it. With no other holder, the folder this process made is removed."""
    import pyoxigraph as ox

    import kg.store

    path = tmp_path / "kg-store"
    real = ox.Store
    other: list[ox.Store] = []

    def the_other_opens_first_then_ctrl_c(*args: object, **kwargs: object) -> ox.Store:
        if not other:
            other.append(real(str(path)))
            other[0].add(ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"),
                                 ox.Literal("theirs"), ox.NamedNode("urn:x:g")))
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.store.ox, "Store", the_other_opens_first_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        GraphStore(path)
    monkeypatch.undo()
    assert path.is_dir()
    assert len(other[0]) == 1
    del other[:]
    kept = GraphStore(path, read_only=True)
    assert kept.oxigraph.contains_named_graph(ox.NamedNode("urn:x:g"))
    kept.close()

    interrupted: list[bool] = []

    def ctrl_c(*args: object, **kwargs: object) -> ox.Store:
        if not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    alone = tmp_path / "alone"
    monkeypatch.setattr(kg.store.ox, "Store", ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        GraphStore(alone)
    monkeypatch.undo()
    assert not alone.exists()


def test_a_store_says_whether_opening_it_made_its_folder(tmp_path: Path) -> None:
    """Of the handles opened on one path, only the one whose opening made the folder says it
    did, and only that one removes it (remove_made); a read-only handle never made one."""
    path = tmp_path / "kg-store"
    first = GraphStore(path)
    assert first.created
    first.close()
    again = GraphStore(path)
    assert not again.created
    assert not again.remove_made() and path.is_dir()
    reader = GraphStore(path, read_only=True)
    assert not reader.created
    reader.close()
    made = GraphStore(tmp_path / "another")
    assert made.remove_made() and not (tmp_path / "another").exists()


def test_ctrl_c_while_waiting_for_a_busy_store_says_nothing_was_ingested(
        tmp_path: Path) -> None:
    """`kg ingest --wait` on a store another process is writing to says it is waiting (not
    minutes of silence); Ctrl-C then ends it with the line of a Ctrl-C before any file, and
    the store is as it was."""
    store = tmp_path / "kg-store"
    run_kg("ingest", SEED_2018, "--store", store, check=True)
    holder = GraphStore(store)
    quads = sorted(map(str, holder.oxigraph))
    try:
        user = subprocess.Popen(
            [str(KG), "ingest", str(SEED_2016), "--store", str(store), "--wait", "600"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        assert user.stderr is not None
        said, _, _ = select.select([user.stderr], [], [], 120)
        assert said, "kg ingest --wait said nothing while it waited"
        waiting = user.stderr.readline()
        assert waiting == (f"waiting for {store}: another process (kg ingest or kg resolve?) "
                           "is writing to it; waiting up to 600 s for it to finish\n"), waiting
        time.sleep(0.5)  # in the wait, not still inside the console's print of that line
        user.send_signal(signal.SIGINT)
        stdout, stderr = user.communicate(timeout=120)
    finally:
        holder.close()
    assert user.returncode == 130, stderr
    assert (stdout, stderr) == ("", f"interrupted before any file was ingested; {store} is "
                                "as it was\n")
    after = GraphStore(store, read_only=True)
    assert sorted(map(str, after.oxigraph)) == quads
    after.close()


def test_a_folder_is_searched_again_after_waiting_for_a_busy_store(tmp_path: Path) -> None:
    """`kg ingest minutes/ --wait 600`: the folder is looked at before the extractor loads (to
    say at once when there is nothing in it), and again once the other writer lets the store
    go, so that minutes which arrived during the wait are read and one moved away meanwhile
    is no failure. Searched only before the wait, the new file was left for the next run and
    the one gone was "no such file", status 1."""
    store = tmp_path / "kg-store"
    run_kg("ingest", SEED_2018, "--store", store, check=True)
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    gone = minutes / "earlier.txt"
    shutil.copy(SEED_2018, gone)
    holder = GraphStore(store)
    try:
        user = subprocess.Popen(
            [str(KG), "ingest", str(minutes), "--store", str(store), "--wait", "600"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert user.stderr is not None
        said, _, _ = select.select([user.stderr], [], [], 120)
        assert said, "kg ingest --wait said nothing while it waited"
        assert user.stderr.readline().startswith(f"waiting for {store}: ")
        gone.unlink()  # moved away, and new minutes arrive, while the run waits
        shutil.copy(SEED_2016, minutes / SEED_2016.name)
    finally:
        holder.close()
    stdout, stderr = user.communicate(timeout=300)
    assert (user.returncode, stderr) == (0, ""), stderr
    lines = stdout.splitlines()
    assert lines[0].startswith(f"{minutes / SEED_2016.name}: 1 meeting"), stdout
    assert lines[-1].startswith("total: 1 ingested, 0 failed ("), stdout


def test_nothing_to_read_is_said_at_once_while_another_run_writes_the_store(
        tmp_path: Path) -> None:
    """`kg ingest minutes/*.pdf --wait 600` where the glob matches nothing, or a mistyped path,
    while another run holds the store: nothing is to be read, so the store is only counted,
    read-only; the run neither waited up to ten minutes to say "no such file" nor, without
    --wait, said the store was busy instead of what was wrong with the input."""
    store = tmp_path / "kg-store"
    run_kg("ingest", SEED_2018, "--store", store, check=True)
    missing = tmp_path / "nope.txt"
    holder = GraphStore(store)
    try:
        for wait in ((), ("--wait", "600")):
            result = run_kg("ingest", missing, "--store", store, *wait, timeout=60)
            assert (result.returncode, result.stderr) == (
                1, f"error: {missing}: no such file\n"), result.stderr
            assert result.stdout.startswith("total: 0 ingested, 1 failed ("), result.stdout
            assert f"the store {store} holds " in result.stdout
    finally:
        holder.close()
    fresh = run_kg("ingest", missing, "--store", tmp_path / "new", timeout=60)
    assert (fresh.returncode, fresh.stdout) == (
        1, f"total: 0 ingested, 1 failed; no store was made at {tmp_path / 'new'}\n")
    assert not (tmp_path / "new").exists()


def test_ctrl_c_never_removes_a_store_another_run_made_on_a_fresh_path(
        tmp_path: Path) -> None:
    """Two runs started on a path with no store yet: the one still loading its language model
    (or waiting, --wait) while the other makes and writes the store must not remove that
    store on Ctrl-C; it says the store is as it was. (The model is a made-up installed
    package whose loading never ends, so the Ctrl-C lands while it loads.)"""
    modules = tmp_path / "modules"
    (modules / "ambridge_model-0.1.dist-info").mkdir(parents=True)
    (modules / "ambridge_model-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: ambridge_model\nVersion: 0.1\n", encoding="utf-8")
    loading = tmp_path / "loading"
    (modules / "ambridge_model.py").write_text(
        "import pathlib, time\n\n\ndef load(**_):\n"
        f"    pathlib.Path({str(loading)!r}).touch()\n    time.sleep(600)\n",
        encoding="utf-8")
    store = tmp_path / "kg-store"
    env = {**os.environ, "PYTHONPATH": str(modules)}
    user = subprocess.Popen(
        [str(KG), "ingest", str(SEED_2016), "--store", str(store), "--model", "ambridge_model",
         "--wait", "600"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while not loading.exists():
            assert user.poll() is None, user.communicate()
            assert time.monotonic() < deadline, "kg ingest never began to load its model"
            time.sleep(0.05)
        assert not store.exists()
        other = GraphStore(store)  # the other run makes the store, and writes to it
        other.replace_graph("https://example.org/graph/ambridge",
                            Graph().parse(data=SEED_TTL, format="turtle"))
        quads = sorted(map(str, other.oxigraph))
        user.send_signal(signal.SIGINT)
        stdout, stderr = user.communicate(timeout=120)
        assert user.returncode == 130, stderr
        assert (stdout, stderr) == ("", f"interrupted before any file was ingested; {store} "
                                    "is as it was\n")
        assert store.is_dir()
        assert sorted(map(str, other.oxigraph)) == quads
        other.close()
        after = GraphStore(store, read_only=True)
        assert sorted(map(str, after.oxigraph)) == quads
        after.close()
    finally:
        if user.poll() is None:
            user.kill()
            user.communicate()


@pytest.mark.parametrize("after", [0.4, 0.8, 1.6])
def test_ctrl_c_while_kg_starts_is_no_traceback(tmp_path: Path, after: float) -> None:
    """Ctrl-C pressed just after Enter lands while `kg` imports its libraries, or while
    ingest loads the language pipeline: the command ends with status 130 (or, in the first
    instants of Python, the signal itself), never a traceback, and no store is left behind."""
    store = tmp_path / "kg-store"
    user = subprocess.Popen(
        [str(KG), "ingest", str(SEED_2016), "--store", str(store)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(after)
    user.send_signal(signal.SIGINT)
    stdout, stderr = user.communicate(timeout=120)
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    if (user.returncode == 0 or stderr.startswith("interrupted: 1 of 1 file ingested")
            or stdout.startswith(f"{SEED_2016}: ")):
        # A quick machine: the file was in before the signal came (the last case: it came
        # as Python shut down, after the command's work and its report were done).
        assert store.is_dir()
        return
    assert user.returncode in (130, -signal.SIGINT), stderr
    assert user.returncode == 130 or stderr == "", stderr  # the signal itself says nothing
    # "" in Python's first instants (the signal itself) or while kg's modules import
    # (kg/__main__.py); kg's generic line in the moment typer parses the options, before
    # ingest's own handler is entered (which covers the rules' loading: the test above)
    assert stderr in ("", "interrupted: kg ingest stopped while reading its options; nothing "
                      "was done\n",
                      f"interrupted before any file was ingested; no store was made at "
                      f"{store}\n"), stderr
    assert not store.exists()


def test_query_table(store: Path) -> None:
    result = run_kg("query", "queries/meetings.rq", "--store", store)
    assert result.returncode == 0, result.stderr
    assert "Safe and Strong Communities Select Committee" in result.stdout
    assert "2016-12-12" in result.stdout
    # As many rows as the query has results: the ten ingested meetings and the dated ones
    # they name.
    csv_lines = run_kg("query", "meetings", "--format", "csv", "--store", store,
                       check=True).stdout.strip().splitlines()
    assert len(csv_lines) - 1 > 10
    assert re.search(rf"\b{len(csv_lines) - 1} rows\b", result.stdout)


def test_query_table_shows_prefixed_names_csv_and_json_full_iris(store: Path) -> None:
    """In a table, IRIs are short: by the ontology's and the common vocabularies' prefixes
    (ckg:, id:, foaf: …) and by those the query declares itself (its author's own names).
    csv and json, read by programs, keep every IRI whole."""
    query = ("PREFIX ex: <http://example.org/ambridge/> "
             "PREFIX mtg: <https://w3id.org/committee-kg/id/meeting/> "
             "SELECT ?meeting ?class ?mine WHERE { ?meeting a ?class ; ckg:date ?d . "
             "VALUES ?mine { ex:parish-hall } FILTER(?class = ckg:Meeting) } "
             "ORDER BY ?meeting LIMIT 1")
    table = run_kg("query", query, "--store", store, check=True).stdout
    assert re.search(r"│ mtg:\S+/\d{4}-\d\d-\d\d +│ ckg:Meeting +│ ex:parish-hall +│", table), table
    assert "https://" not in table and "http://" not in table
    rows = list(csv.DictReader(io.StringIO(
        run_kg("query", query, "--format", "csv", "--store", store, check=True).stdout)))
    assert rows[0]["meeting"].startswith("https://w3id.org/committee-kg/id/meeting/")
    assert rows[0]["class"] == "https://w3id.org/committee-kg/ns#Meeting"
    assert rows[0]["mine"] == "http://example.org/ambridge/parish-hall"
    data = json.loads(run_kg("query", query, "--format", "json", "--store", store,
                             check=True).stdout)
    binding = data["results"]["bindings"][0]
    assert binding["mine"]["value"] == "http://example.org/ambridge/parish-hall"
    assert binding["class"]["value"] == "https://w3id.org/committee-kg/ns#Meeting"


def test_query_csv(store: Path) -> None:
    result = run_kg("query", "meetings", "--format", "csv", "--store", store)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_meeting = {r["meeting"]: r for r in rows}
    assert by_meeting[MEETING_2018]["items"] == "8"
    assert by_meeting[MEETING_2018]["venue"] == "Oak Room, County Buildings, Stafford"


def test_query_json_is_sparql_results_json(store: Path) -> None:
    result = run_kg("query", "meetings", "--format", "json", "--store", store)
    data = json.loads(result.stdout)
    assert "meeting" in data["head"]["vars"]
    dates = {b["date"]["value"] for b in data["results"]["bindings"] if "date" in b}
    assert {"2016-12-12", "2018-03-05", "2025-01-22"} <= dates


def test_a_follow_up_is_one_row_of_the_queries_however_many_names_its_post_has(
        store: Path) -> None:
    """The Chair of one document and the Chairman of another are one post once joined, with
    both names as labels: `kg query open-followups` (and followups, and the trace's steps)
    list a follow-up assigned to it once, by its preferred name, as `kg followups` does."""
    post = f"{ID}post/chairman"
    labels = run_kg("query", f"SELECT ?l WHERE {{ <{post}> rdfs:label ?l }}", "-f", "csv",
                    "--store", store, check=True).stdout.split()[1:]
    assert len(labels) >= 2, labels  # the joined post the rows would repeat for
    for name in ("open-followups", "followups"):
        out = run_kg("query", name, "-f", "csv", "--store", store, check=True).stdout
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and any(r["assignedTo"] == "Chairman" for r in rows)
        repeated = {r["followup"] for r in rows if [x["followup"] for x in rows].count(
            r["followup"]) > 1}
        assert not repeated, (name, repeated)
    out = run_kg("query", "trace", "-f", "csv", "--store", store, check=True).stdout
    steps = [tuple(r) for r in csv.reader(io.StringIO(out))]
    assert len(steps) == len(set(steps)), "a trace step is repeated"


def test_query_param_is_bound(store: Path) -> None:
    result = run_kg("query", "queries/items-of-meeting.rq", "--param", f"meeting={MEETING_2018}",
                    "--format", "csv", "--store", store)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["number"] for r in rows] == ["1", "2", "3", "3a", "3b", "4", "5", "6"]


def test_query_param_cannot_inject(store: Path) -> None:
    """A value is a term, not query text: an IRI that smuggles SPARQL is refused, and a
    string with quotes and braces matches nothing rather than changing the query."""
    evil = f'{MEETING_2018}> }} UNION {{ ?item ?p ?o'
    result = run_kg("query", "items-of-meeting", "--param", f"meeting={evil}", "--store", store)
    assert result.returncode == 1
    assert "is not a valid iri" in result.stderr
    assert "Traceback" not in result.stderr


def test_query_missing_param(store: Path) -> None:
    result = run_kg("query", "items-of-meeting", "--store", store)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "missing --param meeting" in result.stderr


def test_query_unknown_param(store: Path) -> None:
    result = run_kg("query", "meetings", "--param", "colour=red", "--store", store)
    assert result.returncode == 1
    assert "unknown parameter 'colour'" in result.stderr


def test_malformed_query(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# Broken.\nSELECT ?x WHERE { ?x \n", encoding="utf-8")
    result = run_kg("query", bad, "--store", store)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {bad}: SPARQL syntax error")
    assert result.stderr.count("\n") == 1


def test_malformed_query_names_an_undeclared_prefix(store: Path, tmp_path: Path) -> None:
    """A prefix the query uses but never declares was "expected one of Prefix not found,
    ['%'], ['-' | '0' ..= '9' | '\\u{00B7}' …", cut mid-list: now the prefix is named, and
    the ones that need no declaring are listed. A colon inside an IRI, a string or a
    comment names no prefix."""
    result = run_kg("query", "SELECT ?x WHERE { ?x a cllr:Member }", "--store", store)
    assert result.returncode == 1
    assert result.stderr.startswith("error: <query>: SPARQL syntax error: error at 1:")
    assert (": prefix cllr: is not declared (add PREFIX cllr: <…> to the query; these need "
            "none: ") in result.stderr
    assert "ckg:, dcterms:, foaf:, id:," in result.stderr and result.stderr.count("\n") == 1
    rq = tmp_path / "agenda.rq"
    rq.write_text("# Items about http://example.org/x\nPREFIX ex: <http://example.org/>\n"
                  "SELECT ?i WHERE {\n  ?i a ex:Item ; dcterms:title \"Item 4: Parking\" .\n"
                  "  FILTER(?i != <https://w3id.org/a>)\n  ?i ex:of agenda:May .\n}\n",
                  encoding="utf-8")
    result = run_kg("query", rq, "--store", store)
    assert result.returncode == 1
    assert f"error: {rq}: SPARQL syntax error: error at " in result.stderr
    assert ": prefix agenda: is not declared" in result.stderr
    # Declared, it runs: not a syntax error any more.
    rq.write_text("PREFIX agenda: <http://example.org/agenda/>\n" + rq.read_text("utf-8"),
                  encoding="utf-8")
    result = run_kg("query", rq, "--store", store)
    assert result.returncode == 0 and "syntax error" not in result.stderr, result.stderr


def test_malformed_query_says_what_was_expected_in_words(store: Path) -> None:
    """The grammar's character classes (``['A' ..= 'Z' | 'a' ..= 'z' | '\\u{00C0}'…``, over
    four lines of which only the first was shown) are said as "a name", and the list is
    whole; a prefix that is declared is never blamed."""
    result = run_kg("query", "SELECT ?m WHERE { ?m a ckg:Meeting ; ckg:date", "--store", store)
    assert result.returncode == 1
    assert re.fullmatch(r"error: <query>: SPARQL syntax error: error at 1:\d+: expected one "
                        r"of .*\n", result.stderr), result.stderr
    assert "a name" in result.stderr and "..=" not in result.stderr
    assert "u{" not in result.stderr and "not declared" not in result.stderr


def test_a_query_cut_short_is_told_where_it_ends_and_the_brace_it_lacks(
        store: Path) -> None:
    """A query whose closing brace was left off (piped in from a file, its last lines lost)
    was told `expected one of "$", …, "a name, a name`: the literal "[" the grammar lists
    was read as a character class, which swallowed the tokens after it, the "}" it needed
    among them, and the grammar's any-character `[_]` was shown as it is. Now the "}" is
    listed, and the end of the query is said in words."""
    result = subprocess.run([str(KG), "query", "-", "--store", str(store)],
                            input="SELECT ?m WHERE {\n  ?m a ckg:Meeting .\n\n",
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert re.fullmatch(r"error: <stdin>: SPARQL syntax error: error at 4:1 \(the end of the "
                        r"query\): expected one of .*\n", result.stderr), result.stderr
    assert '"{", "}"' in result.stderr and '"a name' not in result.stderr
    assert "[_]" not in result.stderr and "..=" not in result.stderr
    # An unclosed string or a missing object is at the end too; a mistake in the middle
    # (LIMIT with no number) is not said to be at the end.
    for text in ('SELECT ?m WHERE { ?m ckg:title "Parking', "SELECT ?m WHERE { ?m ?p }"):
        result = run_kg("query", text, "--store", store)
        assert result.returncode == 1 and "(the end of the query): expected" in \
            result.stderr and "[_]" not in result.stderr, result.stderr
    result = run_kg("query", "SELECT ?m WHERE { ?m ?p ?o } LIMIT ten", "--store", store)
    assert result.returncode == 1 and "end of the query" not in result.stderr
    assert "expected one of" in result.stderr and "[_]" not in result.stderr, result.stderr


def test_query_given_as_text_binds_any_variable(store: Path) -> None:
    text = ("SELECT DISTINCT ?title ?word WHERE { ?i a ckg:AgendaItem ; dcterms:title ?title "
            "FILTER(CONTAINS(LCASE(?title), ?word)) } ORDER BY ?title")
    result = run_kg("query", text, "--param", "word=slavery", "--format", "csv",
                    "--store", store, check=True)
    assert result.stdout.splitlines() == ["title,word", "Modern Slavery,slavery"]
    # A value that looks like SPARQL is still only a string: it matches nothing.
    result = run_kg("query", text, "--param", 'word=") } #', "--format", "csv",
                    "--store", store, check=True)
    assert result.stdout.splitlines() == ["title,word"]
    # An IRI in angle brackets is bound as an IRI.
    result = run_kg("query", "SELECT ?d ?m WHERE { ?m ckg:hasItem ?i ; ckg:date ?d } LIMIT 1",
                    "--param", f"m=<{MEETING_2018}>", "--format", "csv", "--store", store,
                    check=True)
    assert result.stdout.splitlines()[1].startswith("2018-03-05,")


def test_query_given_as_text_takes_typed_params(store: Path) -> None:
    text = "SELECT ?m ?d WHERE { ?m a ckg:Meeting ; ckg:date ?d }"
    # A plain string never equals the stored xsd:date; the typed form does.
    result = run_kg("query", text, "-p", "d=2018-03-05", "--format", "csv", "--store", store,
                    check=True)
    assert result.stdout.splitlines() == ["m,d"]
    result = run_kg("query", text, "-p", "d:date=2018-03-05", "--format", "csv",
                    "--store", store, check=True)
    assert result.stdout.splitlines() == ["m,d", f"{MEETING_2018},2018-03-05"]
    result = run_kg("query", text, "-p", "d:day=2018-03-05", "--store", store)
    assert result.returncode == 1
    assert "unknown type 'day'" in result.stderr and result.stderr.count("\n") == 1
    result = run_kg("query", text, "-p", "d:date=2018-13-05", "--store", store)
    assert result.returncode == 1
    assert "is not a valid date" in result.stderr


@pytest.mark.parametrize(("param", "reason"), [
    ("d:date=05/03/2018", "is not a valid date (use YYYY-MM-DD, as in 2018-03-05)"),
    ("d:date=5 March 2018", "is not a valid date (use YYYY-MM-DD, as in 2018-03-05)"),
    ("d:integer=twelve", "is not a valid integer (not a whole number)"),
])
def test_a_typed_param_a_user_writes_another_way_says_how_to_write_it(
        store: Path, param: str, reason: str) -> None:
    """A date written the British way is one line saying how to write it, in the words
    `kg followups --since` and `kg trace --as-of` use, not Python's "Invalid isoformat"."""
    result = run_kg("query", "SELECT ?m ?d WHERE { ?m a ckg:Meeting ; ckg:date ?d }", "-p",
                    param, "--store", store)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and reason in result.stderr, result.stderr
    assert "isoformat" not in result.stderr and "int()" not in result.stderr
    written = run_kg("query", "SELECT ?m ?d WHERE { ?m a ckg:Meeting ; ckg:date ?d }", "-p",
                     "d:date=2018-03-05", "-f", "csv", "--store", store, check=True)
    assert "2018-03-05" in written.stdout


def test_query_param_needs_its_variable_selected(store: Path) -> None:
    result = run_kg("query", "SELECT ?m WHERE { ?m ckg:date ?d }", "-p", "d:date=2018-03-05",
                    "--store", store)
    assert result.returncode == 1
    assert result.stderr == ("error: <query>: --param d binds only a variable the query "
                             "selects: add ?d to its SELECT clause\n")


def test_query_read_from_standard_input(store: Path) -> None:
    query = "ASK { ?m a ckg:Meeting ; ckg:date \"2018-03-05\"^^xsd:date }"
    result = subprocess.run([str(KG), "query", "-", "--format", "json", "--store", str(store)],
                            input=query, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["boolean"] is True
    empty = subprocess.run([str(KG), "query", "-", "--store", str(store)], input="",
                           capture_output=True, text=True, timeout=120)
    assert empty.returncode == 1 and "no query on standard input" in empty.stderr


def test_a_query_saved_with_a_byte_order_mark_runs(store: Path, tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a byte-order mark: the query runs, from a file or piped in
    (it was "SPARQL syntax error: error at 1:10: expected CONSTRUCT")."""
    query = "\ufeffSELECT ?m WHERE { ?m a ckg:Meeting }\r\n"
    path = tmp_path / "meetings.rq"
    path.write_text(query, encoding="utf-8")
    from_file = run_kg("query", path, "-f", "csv", "--store", store)
    assert from_file.returncode == 0, from_file.stderr
    piped = subprocess.run([str(KG), "query", "-", "-f", "csv", "--store", str(store)],
                           input=query, capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert from_file.stdout == piped.stdout and MEETING_2018 in piped.stdout


def test_unknown_query(store: Path) -> None:
    result = run_kg("query", "no-such-query", "--store", store)
    assert result.returncode == 1
    assert "no such query file or named query" in result.stderr
    assert "did you mean" not in result.stderr


@pytest.mark.parametrize(("typed", "meant"), [("meeting", "meetings"),
                                              ("open-follow-ups", "open-followups"),
                                              ("attendence", "attendance")])
def test_a_near_miss_of_a_query_name_is_told_the_name(store: Path, typed: str,
                                                      meant: str) -> None:
    """`kg query meeting` listed the thirteen names and left the user to spot the one they
    meant: a near miss is told it, as a mistyped command is."""
    result = run_kg("query", typed, "--store", store)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {typed}: no such query file or named query; did "
                                    f"you mean `kg query {meant}`? (named queries: "), \
        result.stderr


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }",
    "# tidy up\nDROP ALL",
])
def test_query_refuses_sparql_update(store: Path, tmp_path: Path, update: str) -> None:
    """kg query only reads: an update, typed, piped or in a file, is refused in one line and
    the store is left as it was."""
    before = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                    "--store", store, check=True).stdout
    file = tmp_path / "update.rq"
    file.write_text(update, encoding="utf-8")
    for result, shown in (
        (run_kg("query", update, "--store", store), "<query>"),
        (run_kg("query", file, "--store", store), str(file)),
        (subprocess.run([str(KG), "query", "-", "--store", str(store)], input=update,
                        capture_output=True, text=True, timeout=120), "<stdin>"),
    ):
        assert result.returncode == 1
        assert result.stderr == (f"error: {shown}: kg query is read-only: SPARQL Update is "
                                 "refused (kg ingest writes the graph)\n")
    assert run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                  "--store", store, check=True).stdout == before


def test_query_with_a_mistyped_keyword_says_where(store: Path) -> None:
    result = run_kg("query", "SELEC ?m WHERE { ?m a ckg:Meeting }", "--store", store)
    assert result.returncode == 1
    assert result.stderr == ("error: <query>: SPARQL syntax error at 1:1: it starts with "
                             "'SELEC', not SELECT, ASK, CONSTRUCT, DESCRIBE, PREFIX or BASE\n")
    # A path's slash in it (a property path) does not make it a file name.
    result = run_kg("query", "SELCT ?n WHERE { ?m ckg:committee/skos:prefLabel ?n }",
                    "--store", store)
    assert result.returncode == 1
    assert "it starts with 'SELCT'" in result.stderr and result.stderr.count("\n") == 1
    result = run_kg("query", "SELECT ?m WHERE { ?m a ckg:Meeting", "--store", store)
    assert result.returncode == 1
    # (its brace left off: the error is where the query ends, and the "}" is listed)
    assert re.fullmatch(r"error: <query>: SPARQL syntax error: error at 1:35 \(the end of the "
                        r'query\): expected one of .*"\}".*\n', result.stderr), result.stderr


def test_query_path_runs_that_file_or_says_it_is_missing(store: Path, tmp_path: Path) -> None:
    """A path is a file: a missing one is never replaced by the bundled query of that stem."""
    mine = tmp_path / "queries" / "meetings.rq"
    mine.parent.mkdir()
    mine.write_text("# My meetings.\nSELECT ?x WHERE { BIND(\"mine\" AS ?x) }\n",
                    encoding="utf-8")
    result = run_kg("query", "queries/meetings.rq", "--format", "csv", "--store", store,
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["x", "mine"]
    for missing in ("elsewhere/meetings.rq", "meetings.rq", "nothere/x.rq"):
        result = run_kg("query", missing, "--store", store, cwd=tmp_path)
        assert result.returncode == 1, missing
        assert result.stdout == ""
        assert result.stderr.startswith(f"error: {missing}: no such query file"), result.stderr
        assert result.stderr.count("\n") == 1
    assert "`kg query meetings`" in run_kg("query", "meetings.rq", "--store", store,
                                            cwd=tmp_path).stderr


def test_query_on_missing_store(tmp_path: Path) -> None:
    result = run_kg("query", "meetings", "--store", tmp_path / "nothing")
    assert result.returncode == 1
    assert "no store here yet" in result.stderr


def test_a_store_path_that_is_not_a_store_is_refused_in_words(tmp_path: Path) -> None:
    """--store on a file, on a folder with no store, or (to write) on a folder of other
    files: one line each, and the user's folder is left as it was."""
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    (minutes / "notes.txt").write_text("my notes\n", encoding="utf-8")
    result = run_kg("ingest", SEED_2018, "--store", minutes)
    assert result.returncode == 1
    assert result.stderr == (f"error: {minutes}: not a committee-kg store and not empty: give "
                             "a new or empty folder, so the store's files are not mixed with "
                             "others\n")
    assert [p.name for p in minutes.iterdir()] == ["notes.txt"]
    for store, message in ((minutes / "notes.txt", "is a file, not a store folder"),
                           (minutes, "no store in this folder (run `kg ingest` first)")):
        result = run_kg("query", "meetings", "--store", store)
        assert result.returncode == 1
        assert result.stderr == f"error: {store}: {message}\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_kg("ingest", SEED_2018, "--store", empty).returncode == 0


def error_status(command: tuple[str | Path, ...]) -> int:
    """The status of an error: 1, but for the searches, whose 1 says nothing was found and
    whose errors are 2, as grep's."""
    return 2 if command[0] in ("trace", "followups") else 1


#: Every command that takes --store, with what it needs besides (the store is a bad path).
STORE_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("demo",), ("ingest", str(SEED_2018)), ("resolve",), ("forget", str(SEED_2018)),
    ("trace", "fire"), ("followups",), ("query", "meetings"), ("export",), ("validate",),
    ("push", "http://127.0.0.1:9/store"), ("serve", "--port", "9"),
    ("explore", "-o", "explorer.html"), ("stats",))


@pytest.mark.parametrize("command", STORE_COMMANDS, ids=lambda c: c[0])
def test_a_store_path_that_is_a_file_is_one_line_before_anything_is_printed(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`kg demo --store notes.txt` printed its first step's heading above the error; every
    command now says the one line alone, status 1, and the file is left as it was."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    result = run_kg(*command, "--store", notes, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        error_status(command), "", f"error: {notes}: is a file, not a store folder\n")
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("command", [("demo",), ("ingest", str(SEED_2018))],
                         ids=lambda c: c[0])
def test_a_new_store_in_a_missing_folder_is_refused_and_no_folder_is_made(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`--store ~/minuets/kg-store` (the parent mistyped) made every missing folder in
    silence; kg makes the store's own folder only, as sqlite3 makes a new database file
    but not its folder, and names the missing one. A parent that is a file says so."""
    store = tmp_path / "no" / "such" / "kg-store"
    result = run_kg(*command, "--store", store)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"error: {store}: cannot make the store: no such folder: {store.parent} (kg "
        "makes the store's own folder, not the folders above it: make it first)\n")
    assert list(tmp_path.iterdir()) == []
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    result = run_kg(*command, "--store", notes / "kg-store")
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"error: {notes / 'kg-store'}: cannot make the store: {notes} is a file, not "
        "a folder\n")
    made = tmp_path / "kg-store"  # a new store in a folder that exists: made, as before
    assert run_kg("ingest", SEED_2018, "--store", made).returncode == 0
    assert (made / "CURRENT").exists()


@pytest.mark.parametrize("command", [("query", "meetings"), ("ingest", str(SEED_2018)),
                                     ("demo",)], ids=lambda c: c[0])
@pytest.mark.parametrize("below", [False, True], ids=["store", "parent"])
def test_a_store_path_the_system_will_not_look_at_is_one_line(
        tmp_path: Path, command: tuple[str, ...], below: bool) -> None:
    """A name longer than the file system allows (a pasted line for --store) made the
    check's own exists() raise: a traceback, not the path and the reason in one line."""
    store = tmp_path / ("x" * 300)
    store = store / "kg-store" if below else store
    result = run_kg(*command, "--store", store, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"error: {store}: cannot use it as a store: file name too long\n")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StoreError, match="cannot use it as a store: file name too long"):
        GraphStore(store)


@pytest.mark.parametrize("command", [("query", "--store"), ("forget", "--store"),
                                     ("evaluate",)], ids=lambda c: c[0])
def test_a_name_too_long_to_look_at_is_one_line_in_any_command(
        store: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """`kg query`, `kg forget`, `kg evaluate` (and `kg ingest`) asked exists() of a name
    over 255 bytes, which raised: a traceback. One line naming it now, status 1."""
    name = "x" * 300
    result = run_kg(command[0], name, *command[1:], *([store] if command[1:] else []),
                    cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"error: {name}: file name too long\n")


def test_queries_lists_bundled_queries() -> None:
    result = run_kg("queries")
    for name in ("meetings", "items-of-meeting", "resolutions", "attendance", "documents",
                 "exempt-items"):
        assert name in result.stdout
    assert "--param meeting=" in result.stdout


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "rdfxml"])
def test_export_triples(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = run_kg("export", "--format", fmt, "-o", out, "--store", store)
    assert result.returncode == 0, result.stderr
    parse_as = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[fmt]
    g = Graph().parse(out, format=parse_as)
    assert len(g) > 1000
    assert len(list(g.subjects(None, None, unique=True))) > 100


def test_every_output_format_ends_its_last_line(store: Path, tmp_path: Path) -> None:
    """SPARQL JSON and XML results, an ASK's answer, and a JSON-LD or RDF/XML export
    ended on their last bracket: the shell's prompt was printed after it, and a second
    answer appended to a file (`>>`) ran on in the first's line. Each ends with a line
    break now, as tables, CSV and Turtle did, and still reads as its format."""
    select = "SELECT ?m ?d WHERE { ?m a ckg:Meeting ; ckg:date ?d } ORDER BY ?d LIMIT 2"
    for args in (("query", "meetings", "--format", "json"),
                 ("query", "meetings", "--format", "xml"),
                 ("query", select, "--format", "json"),
                 ("query", "ASK { ?m a ckg:Meeting }", "--format", "json"),
                 ("query", "ASK { ?m a ckg:Meeting }", "--format", "xml"),
                 ("query", "CONSTRUCT { ?m a ckg:Meeting } WHERE { ?m a ckg:Meeting }",
                  "--format", "json"),
                 ("export", "--format", "jsonld"), ("export", "--format", "rdfxml")):
        result = run_kg(*args, "--store", store)
        assert result.returncode == 0, result.stderr
        assert result.stdout.endswith(">\n") or result.stdout.endswith(("}\n", "]\n")), \
            (args, result.stdout[-40:])
        assert not result.stdout.endswith("\n\n"), args
    answers = tmp_path / "answers.json"
    for _ in range(2):
        result = run_kg("query", select, "--format", "json", "--store", store)
        with answers.open("a", encoding="utf-8") as f:
            f.write(result.stdout)
    lines = answers.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["head"]["vars"] for line in lines] == [["m", "d"], ["m", "d"]]
    out = tmp_path / "graph.jsonld"
    assert run_kg("export", "-o", out, "--store", store).returncode == 0
    assert out.read_bytes().endswith(b"]\n")
    assert len(Graph().parse(out, format="json-ld")) > 1000


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_export_quads_keeps_document_graphs(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    assert run_kg("export", "--format", fmt, "-o", out, "--store", store).returncode == 0
    g = Dataset()
    g.parse(out, format={"nq": "nquads", "trig": "trig"}[fmt])
    graphs = {
        str(c.identifier) for c in g.graphs()
        if len(c) and c.identifier != DATASET_DEFAULT_GRAPH_ID
    }
    # Each document's graph, and the resolution and derived facts across them.
    assert len(graphs - set(derived_graphs())) == 10
    assert set(derived_graphs()) <= graphs


def test_export_to_stdout(store: Path) -> None:
    result = run_kg("export", "--format", "nt", "--store", store)
    assert result.returncode == 0
    assert f"<{MEETING_2018}>" in result.stdout


def test_export_unknown_format(store: Path) -> None:
    result = run_kg("export", "--format", "docx", "--store", store)
    assert result.returncode == 1
    assert "unknown format 'docx'" in result.stderr


def test_validate_conforms(store: Path) -> None:
    result = run_kg("validate", "--store", store)
    assert result.returncode == 0, result.stdout
    assert re.search(r"SHACL: the graph conforms \(0 violations, \d+ warnings?\)", result.stdout)


def test_validate_fails_on_violation(tmp_path: Path) -> None:
    path = tmp_path / "s"
    run_kg("ingest", SEED_2018, "--store", path, check=True)
    store = GraphStore(path)
    # An attendance record with no attendee and no status breaks the shapes.
    broken = Graph()
    broken.add((URIRef("urn:a"), RDF.type, URIRef("https://w3id.org/committee-kg/ns#Attendance")))
    store.replace_graph("urn:test", broken)
    store.close()
    result = run_kg("validate", "--store", path)
    assert result.returncode == 1
    assert "does not conform" in result.stdout
    assert "urn:a" in result.stdout


def test_validate_names_a_hand_typed_bad_value_without_a_traceback(tmp_path: Path) -> None:
    """A store a user edited by hand, with a meeting date that is no date: the report names
    the value as a violation, and nothing else is printed (rdflib logged a traceback for
    it on stderr)."""
    import pyoxigraph as ox

    path = tmp_path / "s"
    run_kg("ingest", SEED_2018, "--store", path, check=True)
    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode(MEETING_2018),
                      ox.NamedNode("https://w3id.org/committee-kg/ns#date"),
                      ox.Literal("2018-13-45", datatype=ox.NamedNode(
                          "http://www.w3.org/2001/XMLSchema#date"))))
    store.flush()
    del store
    result = run_kg("validate", "--store", path)
    assert result.returncode == 1
    assert result.stderr == ""
    assert '"2018-13-45"' in result.stdout and "does not conform" in result.stdout


def test_a_kg_base_no_iri_can_start_with_is_one_line(tmp_path: Path) -> None:
    """KG_BASE without a scheme (or with a space) made every document fail as it was stored,
    "could not be stored (ValueError: No scheme found in an absolute IRI); please report
    this", as if kg were at fault: now one line names the setting, before anything is read;
    a base of one's own that is an IRI still works."""
    for base in ("council-minutes", "https://example.org/my kg/"):
        result = run_kg("ingest", SEED_2018, "--store", tmp_path / "store",
                        env={**os.environ, "KG_BASE": base})
        assert (result.returncode, result.stdout) == (1, ""), result.stdout
        assert result.stderr.startswith(f"error: KG_BASE {base!r}: not the start of an "
                                        "absolute IRI ("), result.stderr
        assert result.stderr.count("\n") == 1 and "report" not in result.stderr
        assert not (tmp_path / "store").exists()
    env = {**os.environ, "KG_BASE": "https://example.org/kg/id/"}
    run_kg("ingest", SEED_2018, "--store", tmp_path / "store", env=env, check=True)
    meetings = run_kg("query", "meetings", "--format", "csv", "--store", tmp_path / "store",
                      env=env, check=True).stdout
    assert "https://example.org/kg/id/meeting/" in meetings


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    result = run_kg("demo", "--store", tmp_path / "demo-store")
    assert result.returncode == 0, result.stderr
    assert "total: 2 ingested, 0 failed" in result.stdout
    assert "Children and Families System Transformation" in result.stdout
    followups = result.stdout.split("kg query open-followups", 1)[1].split("kg validate", 1)[0]
    rows = re.search(r"\b(\d+) rows\b", followups)
    assert rows and int(rows.group(1)) >= 10, followups[-300:]
    assert re.search(r"SHACL: the graph conforms \(0 violations, \d+ warnings?\)", result.stdout)
    # The commands it suggests name the store it made, or they would read ./kg-store.
    store = tmp_path / "demo-store"
    assert result.stdout.splitlines()[-1] == (
        f"The graph is in {store}. Try: kg queries, kg query meetings --store {store}, kg "
        f"export --store {store} --format turtle -o graph.ttl"), result.stdout[-300:]
    assert run_kg("query", "meetings", "--store", store, check=True).stdout


def test_help_reads_well() -> None:
    """Every option names what it takes (FILE, DATE, N …), not a Python type, and the list
    of commands gives each a whole sentence, not one cut off with "…"."""
    from typer.main import get_command

    from kg.cli import app

    env = {**os.environ, "COLUMNS": "100"}
    top = run_kg("--help", env=env, check=True).stdout
    commands = top.split("Commands:", 1)[1]
    assert "..." not in commands and "ingest" in commands
    for name in sorted(get_command(app).commands):  # type: ignore[attr-defined]
        text = run_kg(name, "--help", env=env, check=True).stdout
        typed = re.findall(r"--[\w-]+ <[^>]*>", text)
        assert not typed, (name, typed)


@pytest.mark.parametrize(("args", "line"), [
    (("ingest",), "error: Missing argument 'FILES'. (see `kg ingest --help`)"),
    (("stats", "--top", "many"),
     "error: Invalid value for '--top': not a whole number (see `kg stats --help`)"),
    (("query", "meetings", "--forma", "csv"),
     "error: No such option: --forma (Possible options: --format) (see `kg query --help`)"),
    (("inget", "minutes/"),
     "error: No such command 'inget'. Did you mean 'ingest'? (see `kg --help`)"),
])
def test_usage_mistakes_are_one_line(args: tuple[str, ...], line: str) -> None:
    result = run_kg(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", line + "\n")


def test_version() -> None:
    result = run_kg("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kg ")


# What a command that reads no minutes must not import: the extractor, the language
# pipeline, the resolver and the graph mapping, and the libraries under them (spaCy alone is
# most of a second of CPU; all of it was paid by `kg --help` and every query).
_EXTRACTION_MODULES = ("kg.ingest", "kg.extract", "kg.attendance", "kg.nlp", "kg.prose",
                       "kg.resolve", "kg.mapping", "spacy", "rdflib")


def _kg_script(before: str, after: str) -> str:
    """A script that runs ``before``, then `kg` with its arguments, then ``after`` (which
    may print on standard error what it found), and exits with the command's status."""
    return (
        f"import sys\n{before}"
        "from kg.cli import main\n"
        "sys.argv = ['kg', *sys.argv[1:]]\n"
        "code = 0\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    code = e.code or 0\n"
        f"{after}"
        "sys.exit(code)\n"
    )


def _loaded_script(modules: tuple[str, ...]) -> str:
    """A script that runs `kg` with its arguments, then prints which of ``modules`` it
    imported on standard error, and exits with the command's status."""
    return _kg_script("", f"print('loaded:', [m for m in {modules!r} if m in sys.modules], "
                          "file=sys.stderr)\n")


_LOADED = _loaded_script(_EXTRACTION_MODULES)


def _modules_loaded(*args: str | Path, status: int = 0) -> str:
    """The extraction modules `kg *args` imported; the command must also end with `status`:
    one that failed early (a name a lazy import left undefined, say) has
    loaded nothing, and would pass unseen."""
    result = subprocess.run([sys.executable, "-c", _LOADED, *map(str, args)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == status, result.stderr
    return result.stderr.rsplit("loaded: ", 1)[-1].strip()


@pytest.mark.parametrize(("command", "loaded", "status"), [
    (("--help",), "[]", 0), (("queries",), "[]", 0), (("query", "meetings"), "[]", 0),
    (("query", "--help"), "[]", 0),
    # Followups and a trace in a store with no documents find nothing (status 1, as grep's);
    # the trace says so without asking the topic thesaurus (Turtle, read by rdflib) why the
    # words matched nothing: nothing could have matched
    (("followups", "--status", "all"), "[]", 1), (("trace", "Arden Fields Youth Hub"), "[]", 1),
])
def test_commands_that_read_no_minutes_start_without_the_extractor(
        tmp_path: Path, command: tuple[str, ...], loaded: str, status: int) -> None:
    GraphStore(tmp_path / "s").close()
    store = ("--store", tmp_path / "s") if command[0] in ("query", "trace", "followups") else ()
    assert _modules_loaded(*command, *store, status=status) == loaded


@pytest.mark.parametrize("option", [("--encoding", "no-such-codec"), ("--exclude", "/"),
                                    ("--council", "!!")])
def test_ingest_refuses_a_mistyped_option_before_loading_the_extractor(
        tmp_path: Path, option: tuple[str, str]) -> None:
    """An option `kg ingest` refuses is said before the extractor and spaCy load (a second
    and more of CPU), and leaves no store."""
    loaded = _modules_loaded("ingest", SEED_2016, *option, "--store", tmp_path / "s", status=1)
    assert "'kg.extract'" not in loaded and "'spacy'" not in loaded
    assert not (tmp_path / "s").exists()


def test_commands_that_join_documents_still_load_the_resolver(tmp_path: Path) -> None:
    """The check above sees an import when one happens: `kg forget` works the joins out
    again, so it imports the resolver (and the mapping and rdflib under it)."""
    GraphStore(tmp_path / "s").close()
    loaded = _modules_loaded("forget", "no-such-minutes.txt", "--store", tmp_path / "s",
                             status=1)  # nothing of that name was ingested
    assert "'kg.resolve'" in loaded and "'rdflib'" in loaded
    assert "'spacy'" not in loaded  # forgetting reads no prose either
    # Nor the extractor: forget filters README-style notes as ingest does (kg.reader), and
    # took that from kg.ingest, which loads kg.extract and kg.attendance (a third of a
    # second of CPU) for a command that only deletes.
    for module in ("kg.ingest", "kg.extract", "kg.attendance", "kg.prose"):
        assert f"'{module}'" not in loaded


# What a command loads before it can say its input is bad: the extractor and spaCy (kg
# evaluate), pySHACL and rdflib (kg validate), networkx and Starlette (kg stats, explore,
# serve), the resolver and rdflib (kg resolve, kg forget), rdflib for the topics (kg trace).
_HEAVY_MODULES = (*_EXTRACTION_MODULES, "kg.evaluate", "pyshacl", "networkx", "starlette")


@pytest.mark.parametrize(("command", "status", "said"), [
    # a mistyped gold folder, or a format evaluate does not write: said before spaCy loads
    (("evaluate", "{tmp}/no-such-gold"), 1, "error: {tmp}/no-such-gold: not a folder of gold "
     "files"),
    (("evaluate", "{tmp}", "--format", "yaml"), 1, "error: unknown format 'yaml' (choose from "
     "table, json)"),
    (("evaluate", "{tmp}"), 1, "error: {tmp}: no gold files (*.json) here"),
    (("evaluate", "{gold}", "--against", "{tmp}/other-reader"), 1,
     "error: {tmp}/other-reader: not a folder of gold files"),
    (("validate", "--store", "{tmp}/no-store"), 1, "error: {tmp}/no-store: no store here yet "
     "(run `kg ingest` first)"),
    (("validate", "--store", "{file}"), 1, "error: {file}: is a file, not a store folder"),
    (("stats", "--store", "{tmp}/no-store"), 1, "error: {tmp}/no-store: no store here yet "
     "(run `kg ingest` first)"),
    (("explore", "--store", "{tmp}/no-store", "-o", "{tmp}/e.html"), 1,
     "error: {tmp}/no-store: no store here yet (run `kg ingest` first)"),
    (("serve", "--store", "{file}"), 1, "error: {file}: is a file, not a store folder"),
    (("serve", "--store", "{tmp}/no-store"), 1, "error: {tmp}/no-store: no store here yet "
     "(run `kg ingest` first)"),
    (("resolve", "--store", "{file}"), 1, "error: {file}: is a file, not a store folder"),
    (("demo", "--store", "{file}"), 1, "error: {file}: is a file, not a store folder"),
    # an aliases or same-as file that is not there: said before the resolver loads rdflib
    (("resolve", "--store", "{store}", "--aliases", "{tmp}/no-aliases.csv"), 1,
     "error: --aliases {tmp}/no-aliases.csv: no such file"),
    (("resolve", "--store", "{store}", "--sameas", "{tmp}/no-sameas.csv"), 1,
     "error: --sameas {tmp}/no-sameas.csv: no such file"),
    (("forget", "cabinet.txt", "--store", "{store}", "--sameas", "{tmp}/no-sameas.csv"), 1,
     "error: --sameas {tmp}/no-sameas.csv: no such file"),
    (("ingest", "cabinet.txt", "--store", "{tmp}/new", "--sameas", "{tmp}/no-sameas.csv"), 1,
     "error: --sameas {tmp}/no-sameas.csv: no such file"),
    (("forget", "cabinet.txt", "--store", "{tmp}/no-store"), 1,
     "error: {tmp}/no-store: no store here yet (run `kg ingest` first)"),
    # an output file in a folder that is not there: said before the store is read and the
    # trace made (which asked rdflib for the topics)
    (("trace", "Arden Fields Youth Hub", "-o", "{tmp}/no-such-folder/t.html", "--store",
      "{store}"), 2, "error: {tmp}/no-such-folder/t.html: cannot write: no such folder: "
     "{tmp}/no-such-folder"),
])
def test_bad_input_is_said_before_the_heavy_libraries_load(
        tmp_path: Path, command: tuple[str, ...], status: int, said: str) -> None:
    """Each command checks its paths and options (a missing folder or file, a store path
    that is a file, a format it does not write, an output it cannot write) before it loads
    the extractor, rdflib, pySHACL, networkx or the server: `kg evaluate /nonexistent` took
    two seconds of spaCy to say "not a folder", `kg validate` a second and a half of
    pySHACL to say there was no store."""
    GraphStore(tmp_path / "s").close()
    (tmp_path / "a-file").write_text("not a store\n")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "cabinet.json").write_text('{"source": "cabinet.txt"}')
    names = {"tmp": tmp_path, "file": tmp_path / "a-file", "store": tmp_path / "s",
             "gold": tmp_path / "gold"}
    args = [a.format(**names) for a in command]
    result = subprocess.run([sys.executable, "-c", _loaded_script(_HEAVY_MODULES), *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == status, result.stderr
    *lines, loaded = result.stderr.splitlines()
    assert lines == [said.format(**names)]
    assert loaded == "loaded: []"


@pytest.mark.parametrize(("inputs", "stdout", "stderr"), [
    # a file mistyped, or moved away
    (("{tmp}/westmarsh-cabinet-2031-05-14.txt",), ["total: 0 ingested, 1 failed{end}"],
     ["error: {tmp}/westmarsh-cabinet-2031-05-14.txt: no such file"]),
    # a link to minutes that are gone, then a missing file: each its line, in order
    (("{tmp}/gone.txt", "{tmp}/westmarsh-cabinet-2031-05-14.txt"),
     ["total: 0 ingested, 2 failed{end}"],
     ["error: {tmp}/gone.txt: a broken link to {tmp}/moved/gone.txt, which does not exist",
      "error: {tmp}/westmarsh-cabinet-2031-05-14.txt: no such file"]),
    # a glob that matches nothing
    (("{tmp}/minutes/2031-*.txt",), ["total: 0 ingested, 1 failed{end}"],
     ["error: {tmp}/minutes/2031-*.txt: no files match this pattern"]),
    # a folder holding only its notes and files excluded
    (("{tmp}/minutes", "--exclude", "drafts"),
     ["skipped: {tmp}/minutes/README.md: a folder's README file, not minutes (name it on its "
      "own to ingest it)",
      "skipped: {tmp}/minutes/SOURCES.md: a folder's SOURCES file, not minutes (name it on "
      "its own to ingest it)", "total: 0 ingested, 1 failed, 2 skipped, 1 excluded{end}"],
     ["error: {tmp}/minutes: no minutes files in this folder (looked for .htm, .html, .md, "
      ".pdf, .text, .txt, .xhtml; 3 skipped or excluded)"]),
    # notes alone among the files named (a glob the shell expanded)
    (("{tmp}/minutes/README.md", "{tmp}/minutes/SOURCES.md"),
     ["skipped: {tmp}/minutes/README.md: a folder's README file, not minutes (name it on its "
      "own to ingest it)",
      "skipped: {tmp}/minutes/SOURCES.md: a folder's SOURCES file, not minutes (name it on "
      "its own to ingest it)", "total: 0 ingested, 1 failed, 2 skipped{end}"],
     ["error: the 2 files named: no minutes among them (2 skipped: name one on its own to "
      "ingest it)"]),
], ids=["missing", "broken-link-and-missing", "glob", "notes-and-excluded", "notes-named"])
def test_ingest_with_nothing_to_read_says_so_before_loading_the_extractor(
        tmp_path: Path, inputs: tuple[str, ...], stdout: list[str], stderr: list[str]) -> None:
    """`kg ingest /nope.txt` loaded the resolver, rdflib, the extractor and spaCy (seconds on
    a busy machine) before it said "no such file": the inputs were turned into files inside
    kg.ingest. With nothing to read (only missing files, a glob matching nothing, a folder
    of notes or excluded files) it is said at once, in the same lines and with the same
    status as before; no store is made, and a store already there is left as it was."""
    folder = tmp_path / "minutes"
    (folder / "drafts").mkdir(parents=True)
    (folder / "drafts" / "agenda-2031-05-14.txt").write_text("Agenda\n", encoding="utf-8")
    (folder / "README.md").write_text("Westmarsh minutes, 2031\n", encoding="utf-8")
    (folder / "SOURCES.md").write_text("Saved from the council's site\n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "moved" / "gone.txt")
    existing = tmp_path / "existing"
    GraphStore(existing).close()
    for store, end in (
            (tmp_path / "new", "; no store was made at {store}"),
            (existing, " (0 meetings, 0 items, 0 resolutions, 0 attendees, 0 follow-ups, 0 "
                       "triples); the store {store} holds 0 quads in 0 document graphs")):
        names = {"tmp": tmp_path, "store": store}
        names["end"] = end.format(**names)
        args = [a.format(**names) for a in ("ingest", *inputs, "--store", str(store))]
        result = subprocess.run([sys.executable, "-c", _loaded_script(_HEAVY_MODULES), *args],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 1, result.stderr
        *lines, loaded = result.stderr.splitlines()
        assert lines == [line.format(**names) for line in stderr]
        assert result.stdout.splitlines() == [line.format(**names) for line in stdout]
        assert loaded == "loaded: []"
    assert not (tmp_path / "new").exists()
    with GraphStore(existing, read_only=True) as left:
        assert len(left) == 0 and left.graphs() == []


def test_ingest_turns_its_inputs_into_files_once(tmp_path: Path) -> None:
    """kg ingest expands its inputs before the extractor loads (to say at once when there is
    nothing to read) and hands the files to the reading: a folder or glob is looked at once,
    not again by kg.ingest. A run with a file to read reads it as ever, beside a missing one."""
    script = _kg_script(
        "import kg.reader\n"
        "calls = []\n"
        "expand = kg.reader.expand\n"
        "def counted(*args, **kwargs):\n"
        "    calls.append(args)\n"
        "    return expand(*args, **kwargs)\n"
        "kg.reader.expand = counted\n",
        "print('expanded:', len(calls), file=sys.stderr)\n")
    missing = tmp_path / "westmarsh-cabinet-2031-05-14.txt"
    result = subprocess.run(
        [sys.executable, "-c", script, "ingest", str(SEED_2018), str(missing), "--store",
         str(tmp_path / "s")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [f"error: {missing}: no such file", "expanded: 1"]
    assert result.stdout.splitlines()[-1].startswith("total: 1 ingested, 1 failed (1 meeting")


@pytest.mark.parametrize("command", [
    ("ingest", "{tmp}/westmarsh-cabinet-2031-05-14.txt", "--store", "{tmp}/new"),
    ("resolve", "--store", "{store}"),
    ("forget", "westmarsh-cabinet-2031-05-14.txt", "--store", "{store}"),
], ids=["ingest", "resolve", "forget"])
@pytest.mark.parametrize(("given", "table", "problem"), [
    ("KG_SAMEAS", None, "no such file"),
    ("KG_SAMEAS", "who,what\n", "same-as file needs a header row 'kind,a,b,relation'"),
    ("--sameas", "who,what\n", "same-as file needs a header row 'kind,a,b,relation'"),
], ids=["environment-missing", "environment-no-header", "option-no-header"])
def test_a_same_as_file_is_said_before_the_heavy_libraries_load(
        tmp_path: Path, command: tuple[str, ...], given: str, table: str | None,
        problem: str) -> None:
    """A same-as file named in KG_SAMEAS was read only once the resolver and rdflib had
    loaded, where one given with --sameas was checked before; and a --sameas file that reads
    but is no same-as table (no header row) was said after them too. Both are read and
    checked the same way, before: one line, status 1, nothing heavy loaded, no store made."""
    GraphStore(tmp_path / "s").close()
    joins = tmp_path / "westmarsh-joins.csv"
    if table is not None:
        joins.write_text(table, encoding="utf-8")
    names = {"tmp": tmp_path, "store": tmp_path / "s"}
    args = [a.format(**names) for a in command]
    env = dict(os.environ)
    if given == "KG_SAMEAS":
        env["KG_SAMEAS"] = str(joins)
    else:
        args += [given, str(joins)]
    result = subprocess.run([sys.executable, "-c", _loaded_script(_HEAVY_MODULES), *args],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1, result.stderr
    *lines, loaded = result.stderr.splitlines()
    assert lines == [f"error: {given} {joins}: {problem}"]
    assert loaded == "loaded: []"
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="no /dev/fd to name a pipe by")
def test_a_same_as_table_given_through_a_pipe_is_read(tmp_path: Path, store: Path) -> None:
    """`kg resolve --sameas <(grep -E "^(kind|person)," joins.csv)`: the shell hands kg a pipe,
    which reads once. The file was read twice, once to check it before the resolver loaded
    and once to load it, and the second reading found the pipe empty: "same-as file needs a
    header row". It is read once: its rows are applied, or a bad row is said."""
    copy = tmp_path / "s"
    shutil.copytree(store, copy)
    for table, status, said in (
            ("kind,a,b,relation\nperson,Cllr Jo Marsh,Joanna Marsh,same\n", 0, ""),
            ("kind,a,b,relation\ncouncillor,Cllr Jo Marsh,Joanna Marsh,same\n", 1,
             "error: --sameas /dev/fd/{fd}: row 2: kind 'councillor' is not one of committee, "
             "person, post, organisation, programme, topic\n")):
        read_end, write_end = os.pipe()
        os.write(write_end, table.encode("utf-8"))
        os.close(write_end)
        try:
            result = subprocess.run(
                [str(KG), "resolve", "--store", str(copy), "--sameas", f"/dev/fd/{read_end}"],
                pass_fds=(read_end,), capture_output=True, text=True, timeout=300)
        finally:
            os.close(read_end)
        assert (result.returncode, result.stderr) == (status, said.format(fd=read_end))
        if status == 0:
            assert result.stdout.splitlines()[-1].startswith("joined ")


def test_an_unknown_status_is_said_before_the_store_is_looked_for(tmp_path: Path) -> None:
    """`kg followups --status closd` is a mistake in the command line, said as such whether
    or not the store is there (it said there was no store, and the status only once one
    was made)."""
    result = run_kg("followups", "--status", "closd", "--store", tmp_path / "no-store")
    assert (result.returncode, result.stderr) == (2, "error: unknown status 'closd' (choose "
                                                  "from open, fulfilled, overdue, all)\n")


def test_the_status_is_read_before_the_store_as_followups_reads_it(
        store: Path, tmp_path: Path) -> None:
    """The check before the store is opened reads --status as kg followups always has
    (spaces around it and its case do not matter), and names it so: `--status "open "`
    was refused, which the listing itself takes."""
    spaced = run_kg("followups", "--status", " Open ", "--format", "json", "--store", store)
    plain = run_kg("followups", "--status", "open", "--format", "json", "--store", store)
    assert (spaced.returncode, spaced.stdout) == (plain.returncode, plain.stdout)
    assert spaced.stdout.startswith("[")
    result = run_kg("followups", "--status", "Closd", "--store", tmp_path / "no-store")
    assert (result.returncode, result.stderr) == (2, "error: unknown status 'closd' (choose "
                                                  "from open, fulfilled, overdue, all)\n")


def test_serve_starts_without_rdflib_and_ctrl_c_stops_it_with_130(tmp_path: Path) -> None:
    """`kg serve` reads the store with pyoxigraph and builds its index with networkx: it
    loaded rdflib (a tenth of a second: kg.analytics took the vocabulary's IRI from an rdflib
    namespace) and pyvis, which imports IPython, before it listened; pyvis now loads with
    the first page drawn. Ctrl-C, the way to stop it, is status 130 and one line (typer
    exited 130 without a word, older typers "aborted" and 1), as a shell expects."""
    GraphStore(tmp_path / "s").close()
    watched = (*_EXTRACTION_MODULES, "pyvis", "IPython")
    user = subprocess.Popen(
        [sys.executable, "-c", _loaded_script(watched), "serve", "--store", str(tmp_path / "s"),
         "--port", str(free_port())], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert user.stdout is not None
        ready = user.stdout.readline()  # printed once the port is bound, inside the command
        assert ready.startswith("committee-kg explorer on http://127.0.0.1:"), ready
        user.send_signal(signal.SIGINT)
        _, stderr = user.communicate(timeout=120)
    finally:
        if user.poll() is None:
            user.kill()
            user.communicate()
    assert user.returncode == 130, stderr
    assert stderr == "interrupted: kg serve stopped\nloaded: []\n"


def test_ctrl_c_in_any_command_is_130_and_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C in the middle of a query (here, as its rows are printed) ends `kg query` with
    status 130 and one line naming the command, as every command but kg ingest and
    kg forget (which say what they left behind) now ends on Ctrl-C. (A real SIGINT is
    tested on kg serve above; a query's moment is not one a test can catch reliably.)"""
    import kg.cli

    GraphStore(tmp_path / "s").close()

    def interrupted(*_: object, **__: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.cli, "print_answer", interrupted)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it: put it back after
    monkeypatch.setattr(sys, "argv", ["kg", "query", "meetings", "--store", str(tmp_path / "s")])
    with pytest.raises(SystemExit) as stopped:
        kg.cli.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "interrupted: kg query stopped\n"


def test_ctrl_c_in_a_runaway_query_stops_it_at_once_and_leaves_the_store(store: Path) -> None:
    """A query Oxigraph takes minutes over (a cross product of the whole graph, counted:
    one row, at the end) stops on Ctrl-C at once, with status 130 and one line: it ran in
    the main thread, where Python takes the signal only between two steps of Python, and
    Oxigraph gave none until its next row. The store is only read: the next command reads
    it whole."""
    before = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                    "--store", store, check=True).stdout
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    user = subprocess.Popen(
        [str(KG), "query", runaway, "--store", str(store)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        # Until the query runs: its own thread beside the main one (a shared machine may
        # take seconds to start Python); then long enough to be inside Oxigraph.
        tasks = Path(f"/proc/{user.pid}/task")
        deadline = time.monotonic() + 60
        while user.poll() is None and len(list(tasks.iterdir())) < 2:
            assert time.monotonic() < deadline, "the query never started"
            time.sleep(0.05)
        time.sleep(1.0)
        assert user.poll() is None, user.communicate()
        user.send_signal(signal.SIGINT)
        sent = time.monotonic()
        stdout, stderr = user.communicate(timeout=20)
        waited = time.monotonic() - sent
    finally:
        if user.poll() is None:
            user.kill()
            user.communicate()
    assert (user.returncode, stdout, stderr) == (130, "", "interrupted: kg query stopped\n")
    assert waited < 5, waited
    after = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv",
                   "--store", store, check=True).stdout
    assert after == before


def test_ctrl_c_that_leaves_a_query_running_ends_that_command_alone_at_once(
        store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C while a query's thread is inside Oxigraph leaves by os._exit (status 130,
    one line); a later Ctrl-C in the same process, with no query left running, ends as
    any other command does: the first left a flag set for good, and every later Ctrl-C
    (main called again, as a program embedding kg or these tests do) left by os._exit."""
    import threading

    import kg.cli

    release = threading.Event()

    def slow(*_: object, **__: object) -> object:
        release.wait(30)  # Oxigraph at work, until the test lets it go
        return kg.cli._Answer("true\n")

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    exits: list[int] = []

    def leave(code: int) -> None:
        exits.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(kg.cli, "read_results", slow)
    monkeypatch.setattr(os, "_exit", leave)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it: put it back after
    monkeypatch.setattr(sys, "argv", ["kg", "query", "ASK {}", "--store", str(store)])
    join = threading.Thread.join
    monkeypatch.setattr(threading.Thread, "join", interrupted)  # Ctrl-C as it waits
    try:
        with pytest.raises(SystemExit) as stopped:
            kg.cli.main()
    finally:
        monkeypatch.setattr(threading.Thread, "join", join)
        release.set()
    assert (stopped.value.code, exits) == (130, [130])
    assert capsys.readouterr().err == "interrupted: kg query stopped\n"
    # the next Ctrl-C, as the answer is printed: no thread left, so Python's own exit
    monkeypatch.setattr(kg.cli, "print_answer", interrupted)
    with pytest.raises(SystemExit) as stopped:
        kg.cli.main()
    assert (stopped.value.code, exits) == (130, [130])
    assert capsys.readouterr().err == "interrupted: kg query stopped\n"


def test_every_command_tells_when_its_own_code_begins() -> None:
    """A Ctrl-C before a command's code begins says "nothing was done" (_Group.invoke): a
    command that never marks its start (registered after kg.cli makes every command a
    _Command, or given a class of its own) would say so of every Ctrl-C, even one in the
    middle of its work."""
    import typer

    import kg.cli

    group = typer.main.get_command(kg.cli.app)
    plain = [name for name, command in group.commands.items()  # type: ignore[attr-defined]
             if not isinstance(command, kg.cli._Command)]
    assert plain == []


def test_ctrl_c_while_the_options_are_read_says_nothing_was_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C as typer reads a command's options (the command itself not yet begun) says
    so, and that nothing was done: the generic "kg ingest stopped" left a user to wonder
    what became of the store."""
    import kg.cli

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.cli._Command, "make_context", interrupted)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it: put it back after
    for command in (["ingest", str(SEED_2016)], ["trace", "Arden Fields Youth Hub"]):
        monkeypatch.setattr(sys, "argv", ["kg", *command, "--store", str(tmp_path / "s")])
        with pytest.raises(SystemExit) as stopped:
            kg.cli.main()
        assert stopped.value.code == 130
        assert capsys.readouterr().err == (f"interrupted: kg {command[0]} stopped while "
                                           "reading its options; nothing was done\n")
    assert not (tmp_path / "s").exists()


def test_ctrl_c_while_forget_looks_for_the_documents_says_nothing_was_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C while kg forget finds the documents named (a glob over a big folder, every
    document's path asked of the store) removed nothing: said so, as for a Ctrl-C in the
    removal's transaction, not the generic line."""
    import kg.cli
    import kg.forget

    store = tmp_path / "s"
    run_kg("ingest", SEED_2018, "--store", store, check=True)
    quads = _quads(store)

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.forget, "find", interrupted)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it: put it back after
    monkeypatch.setattr(sys, "argv", ["kg", "forget", str(SEED_2018), "--store", str(store)])
    with pytest.raises(SystemExit) as stopped:
        kg.cli.main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == f"interrupted: nothing was removed from {store}\n"
    assert _quads(store) == quads


def _quads(path: Path) -> list[str]:
    stored = GraphStore(path, read_only=True)
    try:
        return sorted(map(str, stored.oxigraph))
    finally:
        stored.close()


def test_ctrl_c_as_ingest_loads_its_rules_says_what_became_of_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C while kg ingest checks its options and loads the rules (which imports the
    resolver and rdflib: most of the time before spaCy loads) is ingest's own line, which
    says no store was made, not the generic "interrupted: kg ingest stopped" that says
    nothing of it; a store already there is said to be as it was."""
    import kg.cli

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.cli, "load_rules", interrupted)
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # main() wraps it: put it back after
    store = tmp_path / "s"
    for there in (False, True):
        if there:
            GraphStore(store).close()
        monkeypatch.setattr(sys, "argv", ["kg", "ingest", str(SEED_2016), "--store", str(store)])
        with pytest.raises(SystemExit) as stopped:
            kg.cli.main()
        assert stopped.value.code == 130
        where = f"{store} is as it was" if there else f"no store was made at {store}"
        assert capsys.readouterr().err == f"interrupted before any file was ingested; {where}\n"
        assert store.exists() is there


def test_ingest_with_a_model_that_is_not_installed(tmp_path: Path) -> None:
    result = run_kg("ingest", SEED_2016, "--model", "en_core_web_nonesuch",
                    "--store", tmp_path / "s")
    assert result.returncode == 1
    # In words, not spaCy's "[E050] Can't find model … It doesn't seem to be a Python
    # package or a valid path to a data directory."
    assert result.stderr == (
        "error: --model en_core_web_nonesuch: no spaCy model of this name is installed "
        "(python -m spacy download en_core_web_nonesuch), nor a folder of one; leave --model "
        "out for the blank pipeline, which needs none\n")
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("blank", ["", " "])
def test_an_empty_or_blank_model_is_refused(tmp_path: Path, blank: str) -> None:
    """`--model "$MODEL"` with the variable unset ingested with the blank pipeline, quietly
    not the model asked for: refused in one line, as an empty --council is, and nothing
    is made."""
    result = run_kg("ingest", SEED_2016, "--model", blank, "--store", tmp_path / "s")
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"error: --model {blank!r}: an empty value (an unset shell variable?): give a "
        "model's name or folder, or leave --model out\n")
    assert list(tmp_path.iterdir()) == []


def test_ingest_with_the_folder_of_a_model_that_parses(tmp_path: Path) -> None:
    """`kg ingest --model FOLDER` with a pipeline holding a parser (a user's own, saved with
    nlp.to_disk) failed every file with spaCy's E043 at its first line break. It reads
    what the blank pipeline reads now: the same summary, the same graph."""
    model = tiny_model(tmp_path / "parks-model", ("parser",))
    plain = run_kg("ingest", SEED_2018, "--store", tmp_path / "s")
    parsed = run_kg("ingest", SEED_2018, "--model", model, "--store", tmp_path / "s2")
    assert (parsed.returncode, parsed.stderr) == (0, "")
    assert parsed.stdout.replace("s2", "s") == plain.stdout
    graphs = []
    for store in ("s", "s2"):
        nt = run_kg("export", "--format", "nt", "--store", tmp_path / store, check=True)
        graphs.append({t for t in nt.stdout.splitlines() if "ingestedAt" not in t})
    assert graphs[0] == graphs[1]
    assert any("ns#FollowUpRequest>" in t for t in graphs[1])


def test_square_brackets_in_minutes_are_shown_as_written(tmp_path: Path) -> None:
    """Rich reads "[/bold]" as markup; minutes text must never be read so."""
    minutes = tmp_path / "m.txt"
    minutes.write_text(
        "Minutes of the Audit Committee held on 3 May 2023\n\n1. Report [/bold] on [red]roads\n\n"
        "Members requested that a report on [/] the Highways Programme be brought to the July "
        "meeting.\n", encoding="utf-8")
    store = tmp_path / "s"
    run_kg("ingest", minutes, "--store", store, check=True)
    for args in (("trace", "highways"), ("followups",), ("query", "open-followups"),
                 ("query", "items-of-meeting", "-p",
                  f"meeting={ID}meeting/audit-committee/2023-05-03")):
        result = run_kg(*args, "--store", store, env={**os.environ, "COLUMNS": "250"})
        assert result.returncode == 0, (args, result.stderr[-500:])
        assert "[/bold]" in result.stdout, args


def test_followups_say_who_asked(tmp_path: Path) -> None:
    minutes = tmp_path / "m.txt"
    minutes.write_text(
        "Minutes of the Audit Committee held on 3 May 2023\n\n1. Highways\n\n"
        "Councillor P Truman asked for the Chair to provide an update on progress. Members "
        "requested that a report on the Highways Programme be brought to the July meeting.\n",
        encoding="utf-8")
    store = tmp_path / "s"
    run_kg("ingest", minutes, "--store", store, check=True)
    rows = json.loads(run_kg("followups", "--format", "json", "--store", store,
                             check=True).stdout)
    assert [(r["requested_by"], r["assigned_to"]) for r in rows] == [
        ("P Truman", "Chair"), ("Audit Committee", None)]
    table = run_kg("followups", "--store", store, env={**os.environ, "COLUMNS": "250"},
                   check=True).stdout
    assert "asked by" in table and "P Truman" in table


@pytest.mark.parametrize(("option", "table"), [
    ("--aliases", "canonical,alias\r\nWolds Scrutiny Committee,Wolds Scrutiny Panel\r\n"),
    ("--sameas", "kind,a,b,relation\r\nperson,Councillor Ann Quill,Councillor A Quill,same\r\n"),
])
def test_user_tables_saved_by_a_spreadsheet_are_read(tmp_path: Path, option: str,
                                                     table: str) -> None:
    """A table saved as "CSV UTF-8" by a spreadsheet starts with a byte-order mark and ends
    its lines with CRLF: it is read as it reads (the mark made it "needs a header row")."""
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xef\xbb\xbf" + table.encode("utf-8"))
    result = run_kg("ingest", SEED_2018, option, path, "--store", tmp_path / "s")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("option", ["--aliases", "--sameas"])
def test_unreadable_user_tables_are_one_line_errors(tmp_path: Path, option: str) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes("canonical,alias\nSelect Committee,Comit\u00e9\n".encode("cp1252"))
    store = tmp_path / "s"
    # --encoding is the minutes' (a user who tried it is told so): it does not reach tables.
    result = run_kg("ingest", SEED_2016, option, table, "--store", store, "--encoding", "cp1252")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"error: {option} {table}: not UTF-8 text (byte 0xe9 on line 2): save it "
        'as "CSV UTF-8", or convert it (iconv -f cp1252 -t utf-8); --encoding is for the '
        "minutes only")
    assert not store.exists() or run_kg("query", "meetings", "-f", "csv", "--store",
                                        store).stdout.count("\n") <= 1


# -- a reader that stops reading (`kg … | head`) -----------------------------------------------


def run_kg_into_a_closed_pipe(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `kg` with its standard output a pipe nobody reads any more, as in
    `kg export | head -0`: every write to it fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([str(KG), *map(str, args)], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=300)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [
    ("export",), ("export", "--format", "nq"), ("query", "meetings"),
    ("query", "meetings", "--format", "csv"), ("followups", "--status", "all"),
    ("followups", "--status", "all", "--format", "csv"), ("trace", "Modern Slavery"),
    ("stats",), ("queries",), ("--help",), ("export", "--help"),
])
def test_a_reader_that_stops_reading_ends_a_command_quietly(store: Path,
                                                              args: tuple[str, ...]) -> None:
    """`kg export | head -1` is the reader saying it has enough, not a failure: no message,
    status 0 (click's answer was a silent 1, the query command's a "query failed" line)."""
    store_args = ("--store", store) if "--help" not in args and args != ("queries",) else ()
    result = run_kg_into_a_closed_pipe(*args, *store_args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_ingest_goes_on_when_its_reader_stops_reading(tmp_path: Path) -> None:
    """`kg ingest minutes/ | head -3` ingests every file: the store is what ingest is for,
    and the lines it prints are only a report (it used to stop after the first document)."""
    path = tmp_path / "s"
    result = run_kg_into_a_closed_pipe("ingest", SEEDS, DEV, "--store", path)
    assert result.returncode == 0, result.stderr
    count = run_kg("query", "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ckg:SourceDocument }",
                   "--format", "csv", "--store", path, check=True)
    assert count.stdout.split() == ["n", "10"]
    # A file that fails still makes the status 1, whether or not anyone reads the report.
    result = run_kg_into_a_closed_pipe("ingest", SEED_2018, tmp_path / "missing.txt",
                                       "--store", path)
    assert result.returncode == 1
    assert result.stderr == f"error: {tmp_path / 'missing.txt'}: no such file\n"



def test_an_error_told_into_a_closed_pipe_keeps_its_status(tmp_path: Path) -> None:
    """`kg export -f bogus 2>&1 | head -0`: the error line cannot be read, but the command
    still failed (status 1, as before closed pipes ended commands quietly), not a reader who
    had enough (status 0)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        for args in (("export", "--format", "bogus"), ("validate",)):
            result = subprocess.run([str(KG), *args, "--store", str(tmp_path / "none")],
                                    stdout=write_end, stderr=write_end, timeout=300)
            assert result.returncode == 1, args
    finally:
        os.close(write_end)

# -- CSV for spreadsheets (--excel-safe) -----------------------------------------------------

FORMULA_MINUTES = (
    "Minutes of the Audit Committee held on 3 May 2023\n\n"
    "1. Budget Report\n\n"
    '=HYPERLINK("http://example.invalid","x") requested that a further report on the '
    "budget be brought to the July meeting.\n\n"
    "-Members requested that a note on parks be circulated to all members.\n\n"
    "2. Libraries\n\n"
    "@Councillor Quillfeather asked that a briefing on libraries be provided to members.\n"
)


def test_followups_csv_can_be_made_safe_for_a_spreadsheet(tmp_path: Path) -> None:
    """Minutes text that starts with =, - or @ would run as a formula when the CSV is opened
    in a spreadsheet: --excel-safe puts a quote before it; without the flag the CSV keeps
    the text exactly as written."""
    minutes = tmp_path / "audit-2023-05-03.txt"
    minutes.write_text(FORMULA_MINUTES, encoding="utf-8")
    store = tmp_path / "s"
    run_kg("ingest", minutes, "--store", store, check=True)

    plain = run_kg("followups", "-f", "csv", "--store", store, check=True)
    texts = [r["text"] for r in csv.DictReader(io.StringIO(plain.stdout))]
    assert any(t.startswith("=HYPERLINK(") for t in texts), texts

    safe = run_kg("followups", "-f", "csv", "--excel-safe", "--store", store, check=True)
    rows = list(csv.DictReader(io.StringIO(safe.stdout)))
    assert sorted(r["text"][:3] for r in rows) == ["'-M", "'=H", "'@C"]
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert rows[0]["meeting_date"] == "2023-05-03"  # other cells as they were


def test_query_csv_can_be_made_safe_for_a_spreadsheet(store: Path) -> None:
    query = ('SELECT ?cell WHERE { VALUES ?cell { "=1+1" "+44 helpline" "- a bullet" '
             '"@SUM(A1)" "-3" "2.5" "plain" } }')
    result = run_kg("query", query, "-f", "csv", "--excel-safe", "--store", store, check=True)
    cells = [row[0] for row in csv.reader(io.StringIO(result.stdout, newline=""))]
    assert cells == ["cell", "'=1+1", "'+44 helpline", "'- a bullet", "'@SUM(A1)", "-3", "2.5",
                     "plain"]


def test_excel_safe_is_only_for_csv(store: Path) -> None:
    for command in (("query", "meetings"), ("followups",)):
        result = run_kg(*command, "-f", "json", "--excel-safe", "--store", store)
        assert result.returncode == error_status(command)
        assert result.stderr == "error: --excel-safe is for --format csv, not json\n"


# -- --output files: the format their name asks for ------------------------------------------


@pytest.mark.parametrize(("name", "rdflib_format", "quads"), [
    ("graph.ttl", "turtle", False), ("graph.nt", "nt", False), ("graph.jsonld", "json-ld", False),
    ("graph.rdf", "xml", False), ("graph.nq", "nquads", True), ("graph.trig", "trig", True),
])
def test_export_writes_the_format_its_file_name_asks_for(store: Path, tmp_path: Path, name: str,
                                                         rdflib_format: str,
                                                         quads: bool) -> None:
    """`kg export -o graph.nq` wrote Turtle under a .nq name (every file was Turtle unless
    --format said otherwise), which rdflib and other tools then fail to read by its name."""
    out = tmp_path / name
    run_kg("export", "-o", out, "--store", store, check=True)
    data = Dataset() if quads else Graph()
    data.parse(out, format=rdflib_format)
    assert len(data) > 0 if not quads else len(list(data.graphs())) > 2


def test_export_format_option_wins_over_the_file_name(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.txt"
    run_kg("export", "-o", out, "--format", "nt", "--store", store, check=True)
    assert out.read_text(encoding="utf-8").startswith("<")
    run_kg("export", "-o", out, "--store", store, check=True)  # no suffix it knows: Turtle
    assert out.read_text(encoding="utf-8").startswith("@prefix")


def test_trace_writes_the_file_it_is_given(store: Path, tmp_path: Path) -> None:
    """`kg trace ISSUE -o trace.txt` printed the table and wrote no file; now the table goes
    into the file as plain text, and .html, .md or .json ask for those formats."""
    table = tmp_path / "trace.txt"
    result = run_kg("trace", "Modern Slavery", "-o", table, "--store", store, check=True)
    assert result.stdout == "" and result.stderr == f"wrote {table}\n"
    text = table.read_text(encoding="utf-8")
    assert text.startswith("Trace: Modern Slavery") and "Modern Slavery" in text
    assert "\x1b[" not in text  # no terminal colours in a file
    for name, start in (("trace.html", "<!DOCTYPE html>"), ("trace.md", "# Trace:"),
                        ("trace.json", "[")):
        run_kg("trace", "Modern Slavery", "-o", tmp_path / name, "--store", store, check=True)
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start), name


# -- --output files: whole or not at all ------------------------------------------------------


def _kg_with_a_file_size_limit(*args: str | Path, most: int) -> subprocess.CompletedProcess[str]:
    """`kg` as a user runs it, on a system where no file may grow past ``most`` bytes (as on
    a full disk, the write fails half way; Python ignores SIGXFSZ, so the write raises)."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (most, most))

    return subprocess.run([str(KG), *map(str, args)], capture_output=True, text=True,
                          timeout=300, preexec_fn=limit)


@pytest.mark.parametrize("command", [
    ("export", "-f", "nt"), ("trace", "children and families", "-f", "json"), ("explore",),
])
def test_a_write_that_fails_half_way_leaves_the_earlier_file_as_it_was(
    store: Path, tmp_path: Path, command: tuple[str, ...],
) -> None:
    """`-o FILE` opened the file for writing first, emptying it: an export, trace or explorer
    that failed half way (a full disk here) left an empty or cut-short file where yesterday's
    good one had been. Now the new file is written beside it and renamed over it when whole."""
    out = tmp_path / "out.txt"
    out.write_text("yesterday's good file\n", encoding="utf-8")
    result = _kg_with_a_file_size_limit(*command, "-o", out, "--store", store, most=4096)
    assert result.returncode == error_status(command)
    assert result.stderr.strip().splitlines() == [f"error: {out}: cannot write: file too large"]
    assert out.read_text(encoding="utf-8") == "yesterday's good file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary left
    run_kg(*command, "-o", out, "--store", store, check=True)  # and with room, the new file
    assert out.stat().st_size > 4096


def test_an_output_file_keeps_its_permissions_and_a_new_one_gets_the_usual(
    store: Path, tmp_path: Path,
) -> None:
    old, new = tmp_path / "shared.ttl", tmp_path / "new.ttl"
    old.write_text("", encoding="utf-8")
    old.chmod(0o640)
    run_kg("export", "-o", old, "--store", store, check=True)
    run_kg("export", "-o", new, "--store", store, check=True)
    assert old.stat().st_mode & 0o777 == 0o640
    assert new.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_export_to_dev_stdout_still_writes_to_the_terminal(store: Path) -> None:
    """A path that is no regular file (/dev/stdout, a pipe) is written, not replaced."""
    result = run_kg("export", "-f", "nt", "-o", "/dev/stdout", "--store", store, check=True)
    assert result.stdout.startswith("<")


# -- shell completion ---------------------------------------------------------------------------


def _complete_in_bash(*words: str) -> list[str]:
    """What TAB offers after ``words`` in a bash that loaded ``kg completion bash``."""
    script = ('eval "$(kg completion bash)"; COMP_WORDS=("$@"); '
              'COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _kg_completion kg; '
              'printf "%s\\n" "${COMPREPLY[@]}"')
    env = {**os.environ, "PATH": f"{KG.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", script, "bash", *words], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_bash_completes_commands_options_formats_and_named_queries() -> None:
    """There was no completion at all (Typer's was switched off with its two root options);
    `kg completion SHELL` prints the script, as gh and kubectl do."""
    assert _complete_in_bash("kg", "inge") == ["ingest"]
    assert "--wait" in _complete_in_bash("kg", "ingest", "--w")
    assert _complete_in_bash("kg", "query", "open-f") == ["open-followups"]
    assert _complete_in_bash("kg", "export", "-f", "n") == ["nt", "nq"]
    assert _complete_in_bash("kg", "followups", "--status", "o") == ["open", "overdue"]
    # A path being typed matches no query's name: bash's own file names take over.
    assert _complete_in_bash("kg", "query", "./my") == []


@pytest.mark.parametrize("shell", ["zsh", "fish", "powershell"])
def test_completion_scripts_for_other_shells(shell: str) -> None:
    result = run_kg("completion", shell, check=True)
    assert "_KG_COMPLETE" in result.stdout


def test_completion_for_an_unknown_shell_is_one_line() -> None:
    result = run_kg("completion", "tcsh")
    assert result.returncode == 1
    assert result.stderr == ("error: unknown shell 'tcsh' (choose from bash, zsh, fish, "
                             "powershell, pwsh)\n")


# -- examples under --help ------------------------------------------------------------------------


def _example_args(line: str) -> list[str]:
    """An example's words after `kg`, as the shell would pass them (redirections dropped)."""
    import shlex

    words = shlex.split(line)
    if words[0] == "eval":  # eval "$(kg completion bash)"
        words = shlex.split(words[1].removeprefix("$(").removesuffix(")"))
    for i, w in enumerate(words):
        if w in ("<", ">"):
            words = words[:i]
            break
    assert words[0] == "kg", line
    return words[1:]


def test_every_command_shows_examples_that_it_accepts() -> None:
    """`kg query --help` listed the options but showed no command line using them; each
    command's help now ends with examples, and each example parses as that command's
    arguments (an option renamed or dropped fails here, not in a user's terminal)."""
    import typer as typer_mod

    from kg.cli import EXAMPLES, app

    group = typer_mod.main.get_command(app)
    assert set(EXAMPLES) == set(group.commands)  # type: ignore[attr-defined]
    for name, lines in EXAMPLES.items():
        for line in lines:
            args = _example_args(line)
            assert args[0] == name, line
            command = group.commands[name]  # type: ignore[attr-defined]
            command.make_context(f"kg {name}", args[1:])  # raises on a bad option or value


def test_help_ends_with_the_examples_unwrapped() -> None:
    result = run_kg("query", "--help", check=True)
    shown = result.stdout.split("Examples:", 1)[1]
    assert ("$ kg query items-of-meeting --param meeting=https://w3id.org/committee-kg/id/"
            "meeting/cabinet/2021-03-30\n") in shown


# -- a named query's IRI parameters -------------------------------------------------------------


def test_an_iri_parameter_may_be_a_prefixed_name(store: Path) -> None:
    """The followups query's help says `ckg:Open`, and tables print `id:meeting/…`; passed
    as they are, both were taken for absolute IRIs of schemes "ckg" and "id" and matched
    nothing: an empty table, exit 0. Now a prefix the queries declare is expanded."""
    full = run_kg("query", "followups", "-p", "status=https://w3id.org/committee-kg/ns#Open",
                  "-f", "csv", "--store", store, check=True)
    short = run_kg("query", "followups", "-p", "status=ckg:Open", "-f", "csv", "--store", store,
                   check=True)
    assert short.stdout == full.stdout and short.stdout.count("\n") > 1
    # ... and `kg queries` no longer says the full IRI is needed.
    listed = run_kg("queries", check=True).stdout
    assert ("--param status=…  (iri, optional) only this status: ckg:Open or ckg:Fulfilled "
            "(or the full IRI)") in listed, listed
    compact = MEETING_2018.replace(ID, "id:")
    items = run_kg("query", "items-of-meeting", "-p", f"meeting={compact}", "-f", "csv",
                   "--store", store, check=True)
    assert items.stdout.count("\n") > 5 and items.stderr == ""


def test_an_iri_parameter_naming_nothing_in_the_graph_says_so(store: Path) -> None:
    """A mistyped meeting's IRI gave an empty table and nothing else, which reads as "this
    meeting had no items"; now a warning line says the IRI is not in the graph."""
    wrong = MEETING_2018.replace("2018-03-05", "2018-03-06")
    result = run_kg("query", "items-of-meeting", "-p", f"meeting={wrong}", "--store", store)
    assert result.returncode == 0
    assert result.stderr == (f"warning: --param meeting=<{wrong}>: nothing in the graph has "
                             "this IRI, so nothing can match it\n")
    assert "0 rows" in result.stdout


def test_a_construct_in_json_or_xml_is_json_ld_or_rdf_xml(store: Path) -> None:
    """`kg query 'CONSTRUCT …' --format json` printed N-Triples, which no JSON reader takes;
    json and xml now give the graph as JSON-LD and RDF/XML (as the endpoint negotiates
    them), csv and tsv N-Triples, all the same graph."""
    query = "CONSTRUCT WHERE { ?c a ckg:Committee ; skos:prefLabel ?name }"
    graphs = {}
    for fmt, parse_as in (("json", "json-ld"), ("xml", "xml"), ("csv", "nt"), ("table", "turtle")):
        result = run_kg("query", query, "-f", fmt, "--store", store, check=True)
        graphs[fmt] = Graph().parse(data=result.stdout, format=parse_as)
    json.loads(run_kg("query", query, "-f", "json", "--store", store, check=True).stdout)
    assert len(graphs["csv"]) > 2
    assert all(g.isomorphic(graphs["csv"]) for g in graphs.values())


# -- standard output that cannot be written ------------------------------------------------------


def _kg_into_a_full_disk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """`kg … > file` on a full disk: standard output is /dev/full, where every write fails."""
    with open("/dev/full", "w") as full:
        return subprocess.run([str(KG), *map(str, args)], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=300)


@pytest.mark.parametrize("command", [
    ("export",), ("query", "meetings"), ("query", "meetings", "-f", "csv"),
    ("followups", "-f", "csv"), ("trace", "children and families", "-f", "json"), ("stats",),
    ("queries",), ("--version",),
])
def test_output_to_a_full_disk_is_one_line(store: Path, command: tuple[str, ...]) -> None:
    """`kg export > graph.ttl` on a full disk ended in a Python traceback (`kg query` in
    "query failed: [Errno 28] …", as if the query were wrong)."""
    args = command if command[0] in ("queries", "--version") else (*command, "--store", store)
    result = _kg_into_a_full_disk(*args)
    assert result.returncode == error_status(command)
    assert result.stderr == "error: standard output: cannot write: No space left on device\n"


def test_ingest_into_a_full_disk_still_ingests_every_file(tmp_path: Path) -> None:
    """The store is ingest's work, its lines only a report: a report that cannot be written
    stops nothing, and is one error line at the end, with status 1."""
    path = tmp_path / "s"
    result = _kg_into_a_full_disk("ingest", SEED_2016, SEED_2018, "--store", path)
    assert result.returncode == 1
    assert result.stderr == ("error: standard output: cannot write: No space left on device "
                             "(every file was still read; the report is lost)\n")
    found = run_kg("query", "meetings", "-f", "csv", "--store", path, check=True).stdout
    assert "2016-12-12" in found and "2018-03-05" in found


def test_an_empty_table_says_what_no_rows_mean(tmp_path: Path) -> None:
    """`kg query attendance` on minutes with no register printed an empty table, which
    reads as "nobody came" or "the tool is broken"; a query's `# Empty:` header line is now
    printed under an empty table (and not run into its description)."""
    path = tmp_path / "s"
    run_kg("ingest", SEED_2018, "--store", path, check=True)  # its minutes list no one
    result = run_kg("query", "attendance", "--store", path, check=True)
    assert "0 rows" in result.stdout
    assert result.stderr.startswith("note: none of the minutes ingested records who attended")
    assert result.stderr.count("\n") == 1
    listed = run_kg("queries", check=True).stdout
    assert "Empty:" not in listed and "none of the minutes ingested" not in listed
    csv_out = run_kg("query", "attendance", "-f", "csv", "--store", path, check=True)
    assert csv_out.stderr == ""  # a machine's format: the header row says it all
    filled = run_kg("query", "meetings", "--store", path, check=True)
    assert filled.stderr == ""


def test_help_names_arguments_without_python_types() -> None:
    """Arguments were listed as "FILES <list[str]>" and "ISSUE <str>": Python's types, which
    a scrutiny officer reading `kg ingest --help` has no use for."""
    import typer as typer_mod

    from kg.cli import app

    for name in typer_mod.main.get_command(app).commands:  # type: ignore[attr-defined]
        shown = run_kg(name, "--help", check=True).stdout.split("Options:", 1)[0]
        assert not re.search(r"<(str|path|list\[str\]|int|float)>", shown), (name, shown)
    assert re.search(r"^  FILES  Minutes files", run_kg("ingest", "--help").stdout, re.M)
    # A required argument bare on the usage line, not in braces (typer 0.29's "{URL}"), which
    # a user may copy into the command.
    for args, usage in ((("push",), "URL"), (("ingest",), "FILES..."),
                        (("trace",), "ISSUE")):
        first = run_kg(*args, "--help", check=True).stdout.splitlines()[0]
        assert first == f"Usage: kg {args[0]} [OPTIONS] {usage}", first


# -- forget -------------------------------------------------------------------------------


def _minutes_folder(tmp_path: Path) -> Path:
    """Three minutes under made-up file names in a folder of their own, one in a subfolder."""
    folder = tmp_path / "minutes"
    (folder / "older").mkdir(parents=True)
    for name, source in (("ambridge-safe-2016.txt", SEED_2016),
                         ("ambridge-safe-2018.txt", SEED_2018),
                         ("older/ambridge-safe-2018-01.txt",
                          DEV / "staffordshire-safe-strong-communities-2018-01-15.txt")):
        (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _graph_as_text(store: Path) -> tuple[list[str], list[str]]:
    """The store's union and its graphs' quads as sorted lines, less the time each document
    was ingested (which differs between two runs of the same files)."""
    lines = {}
    for fmt in ("nt", "nq"):
        shown = run_kg("export", "--format", fmt, "--store", store, check=True).stdout
        lines[fmt] = sorted(line for line in shown.splitlines() if "ingestedAt" not in line)
    return lines["nt"], lines["nq"]


def test_forget_takes_documents_out_as_if_they_had_never_been_ingested(
        tmp_path: Path) -> None:
    """`kg forget PATH`: the document's graph goes, and the joins and fulfilled follow-ups
    are worked out again, so the store is what ingesting only the other files makes (the
    union queries see included). Each document removed is one line, then a total."""
    folder = _minutes_folder(tmp_path)
    gone = folder / "ambridge-safe-2016.txt"
    store, only_rest = tmp_path / "s", tmp_path / "rest"
    run_kg("ingest", folder, "--store", store, check=True)
    run_kg("ingest", folder / "ambridge-safe-2018.txt", folder / "older", "--store", only_rest,
           check=True)
    assert _graph_as_text(store) != _graph_as_text(only_rest)

    result = run_kg("forget", gone, "--store", store)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    first, total = result.stdout.splitlines()
    assert re.fullmatch(rf"forgot {re.escape(str(gone))}: {ID}source/ambridge-safe-2016-"
                        r"[0-9a-f]{10}", first), first
    assert total.startswith(f"total: 1 document forgotten; the store {store} holds "), total
    assert total.endswith(" in 2 document graphs (joins and fulfilled follow-ups worked out "
                          "again: " + total.split("again: ")[1]), total
    assert _graph_as_text(store) == _graph_as_text(only_rest)


def test_forget_names_documents_as_ingest_did_even_once_the_files_are_gone(
        tmp_path: Path) -> None:
    """A document is named by the path it was ingested from, though the file has since been
    deleted (what a user has at hand after tidying a folder); a folder names every document
    read from below it; the graph IRI kg push prints names its document too."""
    folder = _minutes_folder(tmp_path)
    store = tmp_path / "s"
    run_kg("ingest", folder, "--store", store, check=True)
    graphs = {Path(g).name.rsplit("-", 1)[0]: g for g in _graph_iris(store)}
    assert sorted(graphs) == ["ambridge-safe-2016", "ambridge-safe-2018",
                              "ambridge-safe-2018-01"]
    (folder / "older" / "ambridge-safe-2018-01.txt").unlink()
    (folder / "older").rmdir()

    by_folder = run_kg("forget", folder / "older", "--store", store, check=True)
    assert by_folder.stdout.startswith(
        f"forgot {folder / 'older' / 'ambridge-safe-2018-01.txt'}: "
        f"{graphs['ambridge-safe-2018-01']}\n"), by_folder.stdout
    by_iri = run_kg("forget", graphs["ambridge-safe-2018"], "--store", store, check=True)
    assert by_iri.stdout.startswith(f"forgot {folder / 'ambridge-safe-2018.txt'}: "
                                    f"{graphs['ambridge-safe-2018']}\n"), by_iri.stdout
    assert _graph_iris(store) == [graphs["ambridge-safe-2016"]]


def test_forget_with_a_glob_skips_the_readme_and_files_never_ingested(tmp_path: Path) -> None:
    """`kg forget 'minutes/*'` after `kg ingest minutes/`: the README ingest skipped there,
    and a file put there since (never ingested), are skipped with a line each and counted,
    as ingest does, not errors that stop the forget; the same with the glob left unquoted
    (the shell names each file). A glob, or several paths named, that turns up only such
    files names no document: an error, and nothing is removed."""
    folder = _minutes_folder(tmp_path)
    (folder / "README.md").write_text("Saved from the council's site in May.\n",
                                      encoding="utf-8")
    store = tmp_path / "s"
    later = folder / "ambridge-safe-2019.txt"  # put there after the ingest
    readme = (f"skipped: {folder / 'README.md'}: a folder's README file, not minutes (name it "
              "on its own to forget it)")
    never = f"skipped: {later}: no document ingested from this path is in the store"

    for given in ([str(folder / "*")], [*sorted(folder.iterdir()), later]):
        later.unlink(missing_ok=True)
        run_kg("ingest", folder, "--store", store, check=True)
        later.write_text(SEED_2018.read_text(encoding="utf-8"), encoding="utf-8")
        assert len(_graph_iris(store)) == 3

        for nothing, said in (
                ([str(folder / "*.md")], f"{folder / '*.md'}: no document ingested from the "
                 "files this pattern matches is in the store (1 skipped)"),
                ([folder / "README.md", later], "the 2 paths named: no document ingested from "
                 "them is in the store (2 skipped)")):
            refused = run_kg("forget", *nothing, "--store", store)
            assert (refused.returncode, refused.stdout) == (1, ""), refused.stdout
            assert refused.stderr == f"error: {said}; nothing was removed\n", refused.stderr
            assert len(_graph_iris(store)) == 3

        result = run_kg("forget", *given, "--store", store)

        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert readme in lines and never in lines, lines
        assert len([line for line in lines if line.startswith("forgot ")]) == 3, lines
        assert lines[-1].startswith("total: 3 documents forgotten, 2 skipped; "), lines[-1]
        assert _graph_iris(store) == []


def _graph_iris(store: Path) -> list[str]:
    stored = GraphStore(store, read_only=True)
    try:
        return stored.graphs()
    finally:
        stored.close()


def test_forget_of_a_document_not_in_the_store_is_one_line_and_removes_nothing(
        tmp_path: Path) -> None:
    """A path (or IRI) that names no document in the store: one error line naming it, status
    1, and the store exactly as it was, even for the documents named beside it that are in
    the store. A file that is there but was never ingested is such a path when named on its
    own; a path that is not there (mistyped), whatever is named beside it."""
    folder = _minutes_folder(tmp_path)
    store = tmp_path / "s"
    run_kg("ingest", folder / "ambridge-safe-2016.txt", "--store", store, check=True)
    before = GraphStore(store, read_only=True)
    quads = sorted(map(str, before.oxigraph))
    before.close()
    never = folder / "ambridge-safe-2018.txt"  # there, but never ingested
    mistyped = folder / "ambridge-safe-2061.txt"  # not there, never ingested

    alone = run_kg("forget", never, "--store", store)
    assert (alone.returncode, alone.stdout) == (1, "")
    assert alone.stderr == (f"error: {never}: no document ingested from this path is in the "
                            "store; nothing was removed\n")

    result = run_kg("forget", folder / "ambridge-safe-2016.txt", mistyped, "--store", store)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (f"error: {mistyped}: no document ingested from this path is in "
                             "the store; nothing was removed\n")
    iri = run_kg("forget", f"{ID}source/ambridge-nowhere-0123456789", "--store", store)
    assert (iri.returncode, iri.stderr) == (1, f"error: {ID}source/ambridge-nowhere-0123456789:"
                                            " no document graph of this IRI in the store; "
                                            "nothing was removed\n")
    after = GraphStore(store, read_only=True)
    assert sorted(map(str, after.oxigraph)) == quads
    after.close()
    missing = run_kg("forget", never, "--store", tmp_path / "no-store")
    assert (missing.returncode, missing.stderr) == (
        1, f"error: {tmp_path / 'no-store'}: no store here yet (run `kg ingest` first)\n")
    assert not (tmp_path / "no-store").exists()


def test_an_empty_path_is_not_the_current_folder(tmp_path: Path) -> None:
    """`kg ingest "$MINUTES"` or `kg forget "$OLD"` with the variable unset gives kg an empty
    path, which Python reads as the current folder: ingest read every file below where the
    user stood, and forget took out every document ingested from there. Now one line each,
    status 1: ingest still reads the files named beside it; forget removes nothing."""
    folder = _minutes_folder(tmp_path)
    store = tmp_path / "s"
    run_kg("ingest", folder / "ambridge-safe-2016.txt", "--store", store, check=True)
    said = ("error: '': an empty path (an unset shell variable?), not the current folder: "
            "name a file, folder or glob")

    ingested = run_kg("ingest", "", folder / "ambridge-safe-2018.txt", "--store", store,
                      cwd=folder)
    assert (ingested.returncode, ingested.stderr) == (1, said + "\n"), ingested.stderr
    assert ingested.stdout.splitlines()[-1].startswith("total: 1 ingested, 1 failed"), \
        ingested.stdout
    def documents() -> int:
        stored = GraphStore(store, read_only=True)
        try:
            return len(stored.graphs())
        finally:
            stored.close()

    assert documents() == 2  # not the subfolder's minutes too

    forgot = run_kg("forget", "", "--store", store, cwd=folder)
    assert (forgot.returncode, forgot.stdout) == (1, "")
    assert forgot.stderr == said + "; nothing was removed\n"
    assert documents() == 2


def test_ctrl_c_in_a_forget_says_whether_the_documents_went(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """The removal is one transaction, the joins worked out again after it: a Ctrl-C in the
    second part says the documents went and that kg resolve finishes the rest (status 130),
    not a traceback. In-process, so the moment is certain."""
    import typer

    import kg.cli as cli
    import kg.forget

    folder = _minutes_folder(tmp_path)
    store = tmp_path / "s"
    run_kg("ingest", folder / "ambridge-safe-2016.txt", folder / "ambridge-safe-2018.txt",
           "--store", store, check=True)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.forget, "derive", interrupted)
    with pytest.raises(typer.Exit) as stopped:
        cli.forget_cmd([str(folder / "ambridge-safe-2016.txt")], store, None, None, 0)
    assert stopped.value.exit_code == 130
    assert capsys.readouterr().err == (
        f"interrupted: 1 document removed from {store}, but the joins and fulfilled "
        "follow-ups were not all worked out again: run kg resolve\n")
    assert len(_graph_iris(store)) == 1


@pytest.mark.parametrize("command", [
    ("ingest", SEED_2018, "--store", ""),
    ("query", "meetings", "--store", ""),
    ("forget", SEED_2018, "--store", ""),
])
def test_an_empty_store_path_is_refused_not_taken_for_the_current_folder(
        tmp_path: Path, command: tuple[str | Path, ...]) -> None:
    """`--store "$STORE"` with the variable unset gave Python "", the current folder: kg
    ingest filled an empty folder the user stood in with the store's files. Now one line,
    status 1, and the folder is left as it was (as `kg ingest ""` refuses its input)."""
    result = run_kg(*command, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "error: --store '': an empty path (an unset shell variable?), not the current "
        "folder: name the store's folder\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("ingest", str(SEED_2018)), ("query", "meetings"),
                                     ("demo",)], ids=lambda c: c[0])
def test_kg_store_set_but_empty_is_refused_as_an_empty_store_is(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`KG_STORE=` (as `export KG_STORE="$STORE"` leaves it, STORE unset) meant ./kg-store,
    read or made where the user stood, while `--store ''` was refused: refused alike now,
    naming the variable. Given --store, the command uses it and the variable is not read;
    unset, ./kg-store it is, as before."""
    env = {**os.environ, "KG_STORE": ""}
    result = run_kg(*command, cwd=tmp_path, env=env)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "error: KG_STORE is set but empty (an unset shell variable?): give it the "
        "store's folder, or unset it for ./kg-store\n")
    assert list(tmp_path.iterdir()) == []
    named = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", env=env)
    assert named.returncode == 0, named.stderr
    unset = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    assert run_kg("ingest", SEED_2018, cwd=tmp_path, env=unset).returncode == 0
    assert (tmp_path / "kg-store" / "CURRENT").exists()


def test_kg_council_set_but_empty_is_refused_as_an_empty_council_is(tmp_path: Path) -> None:
    """`KG_COUNCIL=` ingested with no council (IRIs never joined with the council's) where
    `--council ''` is refused: one line naming the variable now, and no store made."""
    env = {**os.environ, "KG_COUNCIL": ""}
    result = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", env=env)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "error: KG_COUNCIL is set but empty (an unset shell variable?): give it the "
        "council's name, or unset it for no council\n")
    assert list(tmp_path.iterdir()) == []
    given = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", "--council",
                   "Borsetshire County Council", env=env)
    assert given.returncode == 0, given.stderr


@pytest.mark.parametrize("variable, line", [
    ("KG_COUNCIL", "KG_COUNCIL is set but blank (' '): give it the council's name, or unset "
                   "it for no council"),
    ("KG_STORE", "KG_STORE is set but blank (' '): give it the store's folder, or unset it "
                 "for ./kg-store"),
])
def test_a_blank_variable_is_refused_naming_the_variable(
        tmp_path: Path, variable: str, line: str) -> None:
    """`KG_COUNCIL=" "` was refused as `--council ' '`, an option the user never typed, and
    `KG_STORE=" "` made a store in a folder named " ": each is one line naming the
    variable, and nothing is made."""
    env = {**os.environ, variable: " "}
    if variable == "KG_COUNCIL":
        env.pop("KG_STORE", None)
    result = run_kg("ingest", SEED_2018, cwd=tmp_path, env=env)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: {line}\n")
    assert list(tmp_path.iterdir()) == []


def test_a_council_from_the_variable_with_no_letters_names_the_variable(tmp_path: Path) -> None:
    """A council's name with no letters or digits is refused by whichever gave it."""
    env = {**os.environ, "KG_COUNCIL": "-"}
    result = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", env=env)
    assert (result.returncode, result.stderr) == (
        1, "error: KG_COUNCIL '-': a council's name needs letters or digits\n")
    typed = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", "--council", "-")
    assert (typed.returncode, typed.stderr) == (
        1, "error: --council '-': a council's name needs letters or digits\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("ingest", str(SEED_2018)), ("query", "meetings"),
                                     ("demo",)], ids=lambda c: c[0])
def test_a_blank_store_path_is_refused_as_an_empty_one_is(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`--store " "` (`--store " $DIR"` with DIR unset) made or read a store in a folder
    named " ": refused in one line, as `--store ''` is, and a blank `--council` too; a
    council's name with spaces around it is still taken."""
    result = run_kg(*command, "--store", " ", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "error: --store ' ': a path of nothing but spaces (an unset shell variable?): "
        "name the store's folder\n")
    council = run_kg("ingest", SEED_2018, "--store", tmp_path / "s", "--council", "  ",
                     cwd=tmp_path)
    assert (council.returncode, council.stderr) == (
        1, "error: --council '  ': an empty value (an unset shell variable?): give the "
        "council's name, or leave --council out\n")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_gold_folder_or_output_file_is_refused(store: Path, tmp_path: Path) -> None:
    """`kg evaluate "$GOLD"` scored whatever gold files lay in the current folder, and
    `-o "$OUT"` said `.: cannot write: Is a directory`: each is one line naming the empty
    path, status 1."""
    gold = ROOT / "tests" / "annotations"
    said = "an empty path (an unset shell variable?), not the current folder: name"
    for args, line in (
        (("evaluate", ""), f"'': {said} a folder of gold files"),
        (("evaluate", gold, "--against", ""), f"--against '': {said} a folder of gold files"),
        (("export", "-o", "", "--store", store), f"-o/--output '': {said} the file to write"),
        (("trace", "modern slavery", "--output", "", "--store", store),
         f"-o/--output '': {said} the file to write"),
        (("explore", "--output=", "--store", store),
         f"-o/--output '': {said} the file to write"),
        (("resolve", "--aliases", "", "--store", store), f"--aliases '': {said} a CSV file"),
        (("resolve", "--sameas", "", "--store", store), f"--sameas '': {said} a CSV file"),
        (("ingest", SEED_2018, "--sameas", "", "--store", tmp_path / "s"),
         f"--sameas '': {said} a CSV file"),
    ):
        result = run_kg(*args, cwd=gold)
        assert (result.returncode, result.stdout, result.stderr) == (
            error_status(args), "", f"error: {line}\n")


@pytest.mark.parametrize("option", ["--aliases", "--sameas", "KG_SAMEAS"])
def test_a_user_table_that_cannot_be_read_names_its_option_and_the_file(
        tmp_path: Path, option: str) -> None:
    """A missing --aliases or --sameas file said `cannot read alias file: No such file or
    directory`, the system's words, and not which option named it: one line naming the
    option, the file and the problem in words, before any file is read (status 1). A
    workbook given for a CSV file was told to convert from cp1252; it is told what it is."""
    missing, folder = tmp_path / "my-joins.csv", tmp_path / "tables"
    folder.mkdir()
    workbook = tmp_path / "joins.xlsx"  # a spreadsheet's own format: a ZIP archive
    workbook.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    # Saved as "Unicode Text": UTF-16 with its mark, told what it is and how to convert it
    # (it was "a binary file … a spreadsheet in its own format?").
    unicode = tmp_path / "joins-unicode.csv"
    unicode.write_bytes("kind,a,b,relation\r\nperson,Cllr A Bell,Ann Bell,same\r\n"
                        .encode("utf-16"))
    store = tmp_path / "s"
    for path, problem in ((missing, "no such file"), (folder, "a folder, not a file"),
                          (workbook, 'a binary file, not a CSV table (a spreadsheet in its '
                                     'own format? save it as "CSV UTF-8")'),
                          (unicode, 'not UTF-8 text but UTF-16 (it starts with a UTF-16 '
                                    'byte-order mark): save it as "CSV UTF-8", or convert it '
                                    '(iconv -f utf-16 -t utf-8); --encoding is for the minutes '
                                    'only')):
        if option == "KG_SAMEAS":
            result = run_kg("ingest", SEED_2018, "--store", store,
                            env={**os.environ, "KG_SAMEAS": str(path)})
        else:
            result = run_kg("ingest", SEED_2018, option, path, "--store", store)
        assert (result.returncode, result.stdout, result.stderr) == (
            1, "", f"error: {option} {path}: {problem}\n")
        assert not store.exists()


def test_errors_about_a_named_query_name_it_not_where_it_is_installed(store: Path) -> None:
    """`kg query items-of-meeting` without its parameter said `error: /…/site-packages/…/
    queries/items-of-meeting.rq: missing --param …`, a path the user never typed: the query
    is named as the user named it. A query file is still named by its path."""
    for args, line in (
        (("items-of-meeting",),
         "items-of-meeting: missing --param meeting=… (iri: the meeting's IRI (see the "
         "meetings query))"),
        (("meetings", "--param", "x=1"),
         "meetings: unknown parameter 'x' (this query takes: committee)"),
        (("items-of-meeting", "--param", "meeting=nowhere"),
         "items-of-meeting: --param meeting='nowhere' is not a valid iri (not an absolute "
         "IRI)"),
    ):
        result = run_kg("query", *args, "--store", store)
        assert (result.returncode, result.stderr) == (1, f"error: {line}\n")
    file = ROOT / "queries" / "meetings.rq"
    result = run_kg("query", file, "--param", "x=1", "--store", store)
    assert result.stderr.startswith(f"error: {file}: unknown parameter 'x'")


def test_a_gold_file_that_is_not_a_gold_file_is_one_line(tmp_path: Path) -> None:
    """A binary file saved as .json in a gold folder ended `kg evaluate` in a traceback
    (UnicodeDecodeError), and a JSON list or number in one too: one line each, status 1."""
    gold = tmp_path / "gold"
    gold.mkdir()
    page = gold / "ambridge-parish-2024.json"
    for content, why in (
        (b"\x00\xac\xed binary", "not readable JSON: not UTF-8 text (byte 0xac on line 1)"),
        (b"[1, 2]", 'not a gold file: it holds a list, not a JSON object with "source" and '
                    "the facts found"),
        (b"42", 'not a gold file: it holds a number, not a JSON object with "source" and '
                "the facts found"),
    ):
        page.write_bytes(content)
        result = run_kg("evaluate", gold)
        assert (result.returncode, result.stdout, result.stderr) == (
            1, "", f"error: {page}: {why}\n")


def test_a_query_file_with_no_query_in_it_or_a_folder_is_one_line_in_words(
        store: Path, tmp_path: Path) -> None:
    """An empty .rq file (or one of comments only) said `SPARQL syntax error: error at 1:1:
    expected [_]`, and a folder named like one `no such query file`: each says what it is."""
    (tmp_path / "empty.rq").write_text("", encoding="utf-8")
    (tmp_path / "notes.rq").write_text("# Which meetings discussed parking?\n# TODO\n",
                                       encoding="utf-8")
    (tmp_path / "mine.rq").mkdir()
    for name, said in (("empty.rq", "no query in it (empty, or only # comments)"),
                       ("notes.rq", "no query in it (empty, or only # comments)"),
                       ("mine.rq", "a folder, not a query file")):
        result = run_kg("query", name, "--store", store, cwd=tmp_path)
        assert (result.returncode, result.stdout, result.stderr) == (
            1, "", f"error: {name}: {said}\n")


def test_a_query_file_that_cannot_be_read_says_why_in_the_words_of_other_files(
        tmp_path: Path) -> None:
    """A query file the system cannot read said the system's "Input/output error" while
    every other file of the user's says why in kg's words (resources.os_reason)."""
    result = run_kg("query", "/proc/self/mem", "--store", tmp_path / "none")
    assert (result.returncode, result.stderr) == (
        1, "error: /proc/self/mem: cannot read query: input/output error\n")


def test_a_bundled_querys_name_wins_over_a_folder_or_file_of_that_name(
        store: Path, tmp_path: Path) -> None:
    """`kg query meetings` in a folder holding a folder `meetings` (the minutes, say) was
    refused as "a folder, not a query file": a bare name is the bundled query's; only a .rq
    suffix or a path separator makes it a path."""
    (tmp_path / "meetings").mkdir()
    (tmp_path / "followups").write_text("SELECT ?x WHERE { BIND(1 AS ?x) }\n",
                                        encoding="utf-8")
    for name in ("meetings", "followups"):
        mine = run_kg("query", name, "--format", "csv", "--store", store, cwd=tmp_path)
        bundled_one = run_kg("query", name, "--format", "csv", "--store", store)
        assert (mine.returncode, mine.stdout) == (0, bundled_one.stdout), mine.stderr
    for name in ("meetings/", "./meetings"):
        result = run_kg("query", name, "--store", store, cwd=tmp_path)
        assert (result.returncode, result.stderr) == (
            1, f"error: {name}: a folder, not a query file\n")


def test_a_store_with_no_documents_says_so_under_an_empty_answer(tmp_path: Path) -> None:
    """Once every document was forgotten, `kg followups` said "no follow-ups match (try
    --status all, or fewer filters)" and `kg query meetings` drew an empty table alone: the
    line under them says the store holds no documents."""
    store = tmp_path / "s"
    run_kg("ingest", SEED_2018, "--store", store, check=True)
    run_kg("forget", SEED_2018, "--store", store, check=True)
    said = f"the store {store} holds no documents (kg ingest adds them)\n"
    meetings = run_kg("query", "meetings", "--store", store, check=True)
    assert "0 rows" in meetings.stdout and meetings.stderr == f"note: {said}"
    followups = run_kg("followups", "--store", store)
    assert (followups.returncode, followups.stdout, followups.stderr) == (
        1, "", f"no follow-ups: {said}")
    trace = run_kg("trace", "highways", "--store", store)
    assert (trace.returncode, trace.stdout, trace.stderr) == (1, "", f"nothing to trace: {said}")


def test_an_empty_council_committee_or_assignee_is_refused_not_dropped(
        store: Path, tmp_path: Path) -> None:
    """`--council "$COUNCIL"` with the variable unset ingested without a council (other IRIs,
    never joined with the council's), and `kg followups --committee "$COMMITTEE"` listed
    every committee's: an empty value is one line, status 1, and nothing is ingested."""
    said = "an empty value (an unset shell variable?): give"
    for args, line in (
        (("ingest", SEED_2018, "--council", "", "--store", tmp_path / "s"),
         f"--council '': {said} the council's name, or leave --council out"),
        (("followups", "--committee", "", "--store", store),
         f"--committee '': {said} a committee's name or IRI, or leave --committee out"),
        (("followups", "--assigned-to", " ", "--store", store),
         f"--assigned-to ' ': {said} words of a name, or leave --assigned-to out"),
    ):
        result = run_kg(*args)
        assert (result.returncode, result.stdout, result.stderr) == (
            error_status(args), "", f"error: {line}\n")
    assert not (tmp_path / "s").exists()


def test_every_commands_unknown_format_is_one_line_naming_its_formats(tmp_path: Path) -> None:
    """Every command's --format is refused by one helper (``cli._known_format``), in one
    line that lists the command's own formats (a mapping's keys for export's), before its
    store is opened: the store here does not exist. A format the command writes passes it."""
    from kg.cli import FOLLOWUP_FORMATS, TRACE_FORMATS
    from kg.queries import FORMATS
    from kg.store import EXPORT_FORMATS

    store = tmp_path / "no-store"
    for args, formats in [
        (("query", "SELECT * WHERE { ?s ?p ?o }"), FORMATS),
        (("stats",), ("table", "json")),
        (("export",), tuple(EXPORT_FORMATS)),
        (("followups",), FOLLOWUP_FORMATS),
        (("trace", "modern slavery"), TRACE_FORMATS),
    ]:
        result = run_kg(*args, "--format", "docx", "--store", store)
        assert (result.returncode, result.stdout) == (error_status(args), ""), args
        assert result.stderr == (
            f"error: unknown format 'docx' (choose from {', '.join(formats)})\n"), args
    assert not store.exists()
    from kg.cli import _known_format

    _known_format("json", ("table", "json"))  # a known format: nothing raised
    _known_format("nt", EXPORT_FORMATS)


# -- searches exit as grep does; formats from one table; a bad option named alone ------------


def test_a_trace_that_finds_nothing_says_so_and_exits_1_as_grep_does(store: Path,
                                                                     tmp_path: Path) -> None:
    """`kg trace` of words no item mentions exited 0, as one that found items does, with
    nothing on standard output (an empty JSON list): a script (`if kg trace …`) could not
    tell the two apart. One line on standard error, in every format, and status 1; an
    error is 2, as grep's."""
    words = "zebra crossings on Ravensmoor Quay"
    for fmt, shown in (("table", ""), ("json", "[]\n")):
        result = run_kg("trace", words, "-f", fmt, "--store", store)
        assert (result.returncode, result.stdout, result.stderr) == (
            1, shown, f"no item in the graph mentions '{words}'\n"), fmt
    page = run_kg("trace", words, "-o", tmp_path / "quay.md", "--store", store)
    assert page.returncode == 1 and page.stderr.endswith(f"mentions '{words}'\n")
    assert "No item in the graph mentions" in (tmp_path / "quay.md").read_text(encoding="utf-8")
    assert run_kg("trace", "modern slavery", "--store", store).returncode == 0
    for args in (("--as-of", "soon", "--store", store), ("-f", "pdf", "--store", store),
                 ("--store", tmp_path / "no-store")):
        result = run_kg("trace", "modern slavery", *args)
        assert result.returncode == 2 and result.stderr.startswith("error: "), args
        assert len(result.stderr.splitlines()) == 1, args


def test_a_search_refused_before_it_starts_is_an_error_2_not_nothing_found(
        store: Path) -> None:
    """A KG_BASE no IRI can start with is refused by the `kg` group, before the command's
    own code runs: `kg trace` and `kg followups` exited 1 for it, their "nothing found", so a
    script took the mistake for an empty answer. 2, as every other error of a search; other
    commands keep 1."""
    env = {**os.environ, "KG_BASE": "council minutes"}
    for args in (("trace", "modern slavery"), ("followups",), ("stats",)):
        result = run_kg(*args, "--store", store, env=env)
        assert result.returncode == (1 if args == ("stats",) else 2), args
        assert result.stderr.startswith("error: KG_BASE 'council minutes': "), args
        assert result.stdout == "", args


def test_followups_that_match_nothing_say_so_in_every_format_and_exit_1(
        store: Path, tmp_path: Path) -> None:
    """An action log filtered to nothing was silent in JSON (`[]`) and CSV (the header
    alone), status 0, as if there were nothing to do: a mistyped --assigned-to looked like a
    clear log. One line in every format naming the filters given and the ways left to
    widen them, status 1; an error is 2."""
    said = ("no open follow-ups match --assigned-to 'Harbour Master of Ravensmoor' (try "
            "--status all, or fewer filters)\n")
    for fmt in ("table", "json", "csv"):
        result = run_kg("followups", "--assigned-to", "Harbour Master of Ravensmoor", "-f", fmt,
                        "--store", store)
        assert (result.returncode, result.stderr) == (1, said), fmt
        assert result.stdout == {"table": "", "json": "[]\n"}.get(fmt, result.stdout), fmt
    header = run_kg("followups", "--assigned-to", "Ravensmoor", "-f", "csv", "--store", store)
    assert header.stdout.startswith("meeting_date,") and header.stdout.count("\n") == 1
    for args, line in (
            (("--status", "all", "--since", "2099-01-01"),
             "no follow-ups match --since '2099-01-01' (try fewer filters)"),
            (("--status", "Overdue", "--as-of", "2001-01-01"),
             "no overdue follow-ups (try --status all)")):
        result = run_kg("followups", *args, "--store", store)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", line + "\n"), args
    assert run_kg("followups", "--status", "all", "-f", "json", "--store", store).returncode == 0
    for args in (("--status", "pending"), ("--committee", "Ravensmoor Harbour Board"),
                 ("--committee", "")):
        result = run_kg("followups", *args, "--store", store)
        assert result.returncode == 2 and result.stderr.startswith("error: "), args
    quiet = tmp_path / "quiet.txt"  # minutes that ask for nothing
    quiet.write_text("Minutes of the Ravensmoor Harbour Committee held on 4 March 2024\n\n"
                     "1. Apologies\n\nThere were no apologies.\n", encoding="utf-8")
    run_kg("ingest", quiet, "--store", tmp_path / "s", check=True)
    result = run_kg("followups", "--status", "all", "--store", tmp_path / "s")
    assert (result.returncode, result.stderr) == (
        1, "no follow-ups: no document in the store asks for any\n")


def _help_formats(command: str) -> dict[str, tuple[str, ...]]:
    """The formats a command's --help lists for --format, with the suffixes in brackets
    after each: "turtle (.ttl, .turtle), nt (.nt), …"."""
    flat = " ".join(run_kg(command, "--help", check=True).stdout.split())
    listed = flat.split("--format FORMAT", 1)[1].split("(default", 1)[0]
    return {fmt: tuple(s.split(", ")) for fmt, s in re.findall(r"(\w+) \(([.\w, ]+)\)", listed)}


def test_every_suffix_export_help_lists_writes_that_format(store: Path, tmp_path: Path) -> None:
    """`kg export --help` listed .ttl, .nt, .jsonld, .rdf, .nq and .trig; -o also took .json,
    .xml, .owl and .turtle, as the README said: the help lists every suffix -o picks by,
    from the same table, and each writes the format it is listed under."""
    from kg.store import EXPORT_FORMATS, EXPORT_SUFFIXES

    listed = _help_formats("export")
    assert listed == EXPORT_SUFFIXES and set(listed) == set(EXPORT_FORMATS)
    for fmt, suffixes in listed.items():
        want = run_kg("export", "--format", fmt, "--store", store, check=True).stdout
        for suffix in suffixes:
            out = tmp_path / f"graph{suffix}"
            run_kg("export", "-o", out, "--store", store, check=True)
            assert out.read_text(encoding="utf-8") == want, suffix


def test_every_suffix_trace_help_lists_writes_that_format(store: Path, tmp_path: Path) -> None:
    """`kg trace --help` listed .html, .md and .json; -o also took .htm and .markdown."""
    from kg.cli import TRACE_SUFFIXES

    listed = _help_formats("trace")
    assert listed == TRACE_SUFFIXES
    for fmt, suffixes in listed.items():
        want = run_kg("trace", "modern slavery", "--format", fmt, "--store", store,
                      check=True).stdout
        for suffix in suffixes:
            out = tmp_path / f"trace{suffix}"
            run_kg("trace", "modern slavery", "-o", out, "--store", store, check=True)
            assert out.read_text(encoding="utf-8") == want, suffix


def test_a_failure_of_kgs_own_after_a_sound_model_loads_is_not_blamed_on_its_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any exception while the pipeline was built from a folder holding meta.json and
    config.cfg was said to be the folder's ("not a spaCy pipeline that loads (…)"), also one
    raised by kg's own code once spaCy had read it (here its pattern files): a sound pipeline
    blamed, kg's fault hidden. Only what spaCy raises reading the folder is said so."""
    import spacy

    import kg.nlp  # noqa: F401 (the module behind kg.nlp.pipeline, the function)
    from kg.cli import run_ingest

    folder = tmp_path / "quay-model"
    spacy.blank("en").to_disk(folder)

    def broken() -> None:
        raise ValueError("kg's own pattern file is broken")

    monkeypatch.setattr(sys.modules["kg.nlp.pipeline"], "load_patterns", broken)
    with pytest.raises(ValueError, match="kg's own pattern file"):
        run_ingest([str(SEED_2018)], tmp_path / "s", [], None, model=str(folder))
    assert not (tmp_path / "s").exists()


def test_a_model_folder_that_is_not_a_spacy_pipeline_is_said_so(tmp_path: Path) -> None:
    """`--model FOLDER` of a folder that is no pipeline said spaCy's "[E053] Could not read
    meta.json from …", a file the user never named, and one whose files do not load raised
    a traceback: one line naming the option and the folder, saying it is not a spaCy
    pipeline and why; status 1, and no store made."""
    empty, notes, half, broken = (tmp_path / n for n in ("quay-model", "quay-notes",
                                                          "quay-half", "quay-broken"))
    for folder in (empty, notes, half, broken):
        folder.mkdir()
    (notes / "README.txt").write_text("Ravensmoor harbour model, to be trained\n",
                                      encoding="utf-8")
    meta = '{"lang": "en", "name": "quay", "version": "0.1.0"}'
    (half / "meta.json").write_text(meta, encoding="utf-8")
    (broken / "meta.json").write_text(meta, encoding="utf-8")
    (broken / "config.cfg").write_text("harbour = [unclosed\n", encoding="utf-8")
    weights = tmp_path / "quay-model.bin"
    weights.write_bytes(b"\x00\x01weights")
    needs = "which a pipeline saved with nlp.to_disk has)"
    for model, said in (
            (empty, f"the folder {empty} is not a spaCy pipeline (it has no meta.json or "
                    f"config.cfg, {needs}"),
            (notes, f"the folder {notes} is not a spaCy pipeline (it has no meta.json or "
                    f"config.cfg, {needs}"),
            (half, f"the folder {half} is not a spaCy pipeline (it has no config.cfg, {needs}"),
            (broken, f"the folder {broken} is not a spaCy pipeline that loads (its config.cfg "
                     "is not valid: "),
            (weights, "a file, not a spaCy pipeline: give the folder a pipeline was saved to "
                      "(nlp.to_disk), or an installed model's name"),
            (tmp_path / "no-such-model", "no such folder (nor is a spaCy model of this name "
                                         "installed); leave --model out for the blank "
                                         "pipeline, which needs none")):
        result = run_kg("ingest", SEED_2018, "--model", model, "--store", tmp_path / "s")
        assert (result.returncode, result.stdout) == (1, ""), model
        assert result.stderr.startswith(f"error: --model {model}: {said}"), result.stderr
        assert len(result.stderr.splitlines()) == 1 and "E053" not in result.stderr, model
        assert not (tmp_path / "s").exists()


def test_a_query_of_declarations_or_comments_alone_is_said_to_hold_no_query(
        store: Path, tmp_path: Path) -> None:
    """A query file cut off after its PREFIX lines (or such text given, or piped in) was
    "SPARQL syntax error: error at 3:1 (the end of the query)", a position alone; comments
    alone typed as the query "started with '#'". Each is said to hold no query."""
    prologue = ("# Harbours of Ravensmoor\nPREFIX quay: <http://example.org/quay#>\n"
                "base <http://example.org/>\n")
    declared = tmp_path / "harbours.rq"
    declared.write_text(prologue, encoding="utf-8")
    said = ("no query in it, only PREFIX or BASE declarations (add a SELECT, ASK, CONSTRUCT "
            "or DESCRIBE after them)")
    for query, shown in ((declared, declared), (prologue, "<query>")):
        result = run_kg("query", query, "--store", store)
        assert (result.returncode, result.stdout, result.stderr) == (
            1, "", f"error: {shown}: {said}\n")
    piped = subprocess.run([str(KG), "query", "-", "--store", str(store)], input=prologue,
                           capture_output=True, text=True, timeout=300)
    assert (piped.returncode, piped.stderr) == (1, f"error: <stdin>: {said}\n")
    result = run_kg("query", "# which harbours?\n", "--store", store)
    assert (result.returncode, result.stderr) == (
        1, "error: <query>: no query in it (only # comments)\n")
    asked = run_kg("query", prologue + "ASK { ?s ?p ?o }", "--store", store, check=True)
    assert asked.stdout == "true\n"
