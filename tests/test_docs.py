"""Every command, option and named query is documented (as datasette's test_docs does)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.core import TyperOption

from kg.cli import app
from kg.queries import NamedQuery, bundled
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES_DOC = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)
COMMANDS = sorted(CLI.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_readme(command: str) -> None:
    assert re.search(rf"\bkg {command}\b", README), f"`kg {command}` is not in README.md"


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (name, opt)
        for name, cmd in sorted(CLI.commands.items())  # type: ignore[attr-defined]
        for param in cmd.params
        if isinstance(param, TyperOption)
        for opt in param.opts
        if opt.startswith("--") and opt != "--help"
    ],
)
def test_option_in_readme(command: str, option: str) -> None:
    assert option in README, f"`kg {command} {option}` is not documented in README.md"


@pytest.mark.parametrize("name", sorted(bundled()))
def test_query_documented(name: str) -> None:
    assert f"### `{name}`" in QUERIES_DOC, f"queries/{name}.rq is not in docs/queries.md"
    for param in NamedQuery.from_file(bundled()[name]).params:
        section = QUERIES_DOC.split(f"### `{name}`", 1)[1].split("###", 1)[0]
        assert f"`{param.name}`" in section, f"parameter {param.name} of {name} undocumented"


def test_readme_trace_example_works_on_the_bundled_samples(tmp_path) -> None:
    """The README's `kg trace "modern slavery"` example is what the bundled samples give, and
    each column of the table it prints is described under it."""
    from kg import resources
    from tests.conftest import run_kg

    assert '$ kg trace "modern slavery" --as-of 2017-06-01' in README
    samples = sorted(resources.samples_dir().glob("*.txt"))
    run_kg("ingest", *samples, "--store", tmp_path / "s", check=True)
    result = run_kg("trace", "modern slavery", "--as-of", "2017-06-01", "--store",
                    tmp_path / "s", check=True)
    for shown in ("30 Modern Slavery", "33 Work Programme", "[Overdue] the action plan on",
                  "(not ingested)", "2 items"):
        assert shown in result.stdout and shown.split()[-1] in README, shown
    described = README.split("The table has one row per agenda item", 1)[1][:2000]
    for column in ("**date**", "**committee**", "**item**", "**what happened**",
                   "`presented by:`", "`posts:`", "`resolved:`", "`follow-up:", "`refers to:`"):
        assert column in described, column


def test_readme_quick_start_commands_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"(?m)^{target}:", makefile)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci



def _with_warnings(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Each line of `kg ingest`'s report with the warning lines under it."""
    entries: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("  warning:") and entries:
            entries[-1][1].append(line)
        else:
            entries.append((line, []))
    return entries


def _console_block(after: str) -> tuple[str, list[str]]:
    """The command and the lines shown of the README's first console block after a line."""
    block = README.split(after, 1)[1].split("```console\n", 1)[1]
    command, *shown = block.split("```", 1)[0].splitlines()
    return command, shown


@pytest.fixture(scope="module")
def readme_ingest(tmp_path_factory):
    """The README's first `kg ingest` example, run from the repository into a new store."""
    from tests.conftest import run_kg

    command, _ = _console_block("### Ingest minutes")
    args = command.removeprefix("$ kg ingest ").split()
    assert args and all((ROOT / a).is_dir() for a in args), args
    store = tmp_path_factory.mktemp("readme") / "kg-store"
    return store, run_kg("ingest", *args, "--store", store, cwd=ROOT, check=True)


def test_readme_ingest_example_runs_from_the_repository_as_shown(readme_ingest) -> None:
    """The README's first `kg ingest` example names folders a fresh clone has, and prints
    the lines it shows: each file's meeting, items, resolutions and attendees, and the
    warnings under it (follow-ups and triples move with the prose rules: not pinned)."""
    _, shown = _console_block("### Ingest minutes")
    _, result = readme_ingest
    loose = re.compile(r"\d+ (follow-ups?|triples)")
    printed = {loose.sub("#", line).split("; the store ")[0]: warnings
               for line, warnings in _with_warnings(result.stdout.splitlines())}
    for line, warnings in _with_warnings(shown):
        if line == "…":
            continue
        key = loose.sub("#", line.removesuffix("; …"))
        assert key in printed, f"README shows {line!r}; kg ingest printed:\n{result.stdout}"
        assert printed[key] == warnings, line


def test_readme_resolve_example_prints_what_it_shows(readme_ingest, tmp_path) -> None:
    """`kg resolve --sameas my-joins.csv` over the README's ingest example, with the rows
    the README writes into my-joins.csv, prints the joins it shows ("…" for lines left out)
    and its closing count."""
    from tests.conftest import run_kg

    store, _ = readme_ingest
    rows = README.split("```csv\n", 1)[1].split("```", 1)[0]
    (tmp_path / "my-joins.csv").write_text(rows, encoding="utf-8")
    command, shown = _console_block("lists every join and why it was made:")
    assert command == "$ kg resolve --sameas my-joins.csv"
    result = run_kg("resolve", "--sameas", "my-joins.csv", "--store", store, cwd=tmp_path,
                    check=True)
    printed = result.stdout.splitlines()
    for line in shown:
        if line != "…":
            assert line in printed, f"README shows {line!r}; kg resolve printed:\n{result.stdout}"
    assert printed[-1] == shown[-1]


def test_readme_push_example_counts_the_default_graph_apart() -> None:
    """The README's `kg push` example ends as kg push ends: the named graphs and their
    triples (the sum of the lines above), then this store's union (what the default graph's
    line counts: the server's default graph holds other stores' too) on its own, so no
    triple is counted twice."""
    _, shown = _console_block("### Push the graph to a SPARQL server")
    pushed = [re.fullmatch(r"pushed (.+): (\d+) triples( of this store's union)? in [\d.]+ s",
                           line) for line in shown
              if line.startswith("pushed ") and ": " in line.split(" in ")[0]]
    named = {m[1]: int(m[2]) for m in pushed if m and m[1] != "(default graph)"}
    union = next(int(m[2]) for m in pushed if m and m[1] == "(default graph)" and m[3])
    assert shown[-1].startswith(
        f"pushed {len(named)} graphs, {sum(named.values())} triples, and this store's union "
        f"({union} triples, in the default graph with every other store's) to "
        "http://localhost:7878/store in "), shown[-1]


def _documented_keys(start: str, end: str) -> set[str]:
    """The names in backticks of the README's paragraph from ``start`` to ``end``."""
    paragraph = README.split(start, 1)[1].split(end, 1)[0]
    return set(re.findall(r"`([a-z_]+)`", paragraph))


def _keys(value: object) -> set[str]:
    """Every key of a JSON value, at any depth."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_readme_names_every_key_of_the_json_trace_and_followups_print(readme_ingest) -> None:
    """A program reading `kg trace --format json` or `kg followups --format json` learns
    their fields from the README: every key they print (the trace's `position`, `parent`
    and `fulfilled_by_item`, the log's IRIs, `number` and `title` were printed but never
    named) is named there, and so is every key a fulfilled follow-up adds."""
    from tests.conftest import run_kg

    store, _ = readme_ingest
    trace = run_kg("trace", "children and families transformation", "--format", "json",
                   "--store", store, check=True)
    log = run_kg("followups", "--status", "all", "--format", "json", "--store", store,
                 check=True)
    entries, followups = json.loads(trace.stdout), json.loads(log.stdout)
    assert any(f["fulfilled_by"] for e in entries for f in e["followups"]), trace.stdout
    assert any(f["fulfilled_by"] for f in followups), log.stdout
    assert _keys(entries) - _documented_keys("Each JSON entry has", "`--as-of DATE`") == set()
    assert _keys(followups) - _documented_keys("Formats: table (default)", "The CSV") == set()


def _suffixes_said(paragraph: str) -> dict[str, tuple[str, ...]]:
    """The suffixes a README paragraph gives each format: "turtle: `.ttl`, `.turtle`; nt:
    `.nt`" → {"turtle": (".ttl", ".turtle"), "nt": (".nt",)}."""
    return {fmt: tuple(re.findall(r"`(\.\w+)`", said))
            for fmt, said in re.findall(r"(\w+): ((?:`\.\w+`(?:, )?)+)", paragraph)}


@pytest.mark.parametrize("command", ["export", "trace"])
def test_readme_and_help_give_the_suffixes_the_format_is_picked_by(command: str) -> None:
    """The README listed suffixes `kg export --help` did not (.json, .xml, .owl), and left
    out one -o took (.turtle); `kg trace`'s left out .markdown. The README's list, the
    --help's and the table -o picks by are one: a suffix added to the table and not to the
    README fails here."""
    from kg.cli import TRACE_SUFFIXES
    from kg.store import EXPORT_SUFFIXES
    from tests.conftest import run_kg

    table = {"export": EXPORT_SUFFIXES, "trace": TRACE_SUFFIXES}[command]
    start = {"export": "Without `--format`, `-o` picks the format by the file's suffix",
             "trace": "With `-o FILE` and no `--format`, the file's suffix says which"}[command]
    paragraph = " ".join(README.split(start, 1)[1].split("\n\n", 1)[0].split())
    assert f"`kg {command} --help`" in paragraph
    assert _suffixes_said(paragraph) == table
    shown = " ".join(run_kg(command, "--help", check=True).stdout.split())
    for fmt, suffixes in table.items():
        assert f"{fmt} ({', '.join(suffixes)})" in shown, fmt


def test_readme_exit_status_is_what_the_searches_exit_with(readme_ingest) -> None:
    """The README's exit status table and its example are what `kg trace` does: words no
    item mentions are one line and status 1, as grep's; an error is 2."""
    from kg.cli import NOTHING_FOUND, SEARCH_FAILED
    from tests.conftest import run_kg

    section = README.split("### Exit status", 1)[1].split("\n### ", 1)[0]
    assert f"| {NOTHING_FOUND} | nothing matched" in section
    assert f"| {SEARCH_FAILED} | an error" in section
    command, shown = _console_block("### Exit status")
    assert command == ('$ if kg trace "zebra crossings" --format json > zebra.json; then echo '
                       'found; fi')
    store, _ = readme_ingest
    result = run_kg("trace", "zebra crossings", "--format", "json", "--store", store)
    assert (result.returncode, result.stderr.splitlines()) == (NOTHING_FOUND, shown)
    result = run_kg("trace", "zebra crossings", "--as-of", "May", "--store", store)
    assert result.returncode == SEARCH_FAILED


def test_readme_and_help_give_the_suffixes_a_folder_is_searched_for() -> None:
    """The README said a folder given to `kg ingest` is searched for .txt, .md, .html, .htm,
    .xhtml and .pdf files; the reader takes .text too, and the --help named none. Both are
    the reader's own list."""
    from kg.reader import SUFFIXES
    from tests.conftest import run_kg

    said = " ".join(README.split("Give files, folders (searched recursively for", 1)[1]
                    .split(";", 1)[0].split())
    assert set(re.findall(r"`(\.\w+)`", said)) == SUFFIXES and "`kg ingest --help`" in said
    shown = " ".join(run_kg("ingest", "--help", check=True).stdout.split())
    listed = shown.split("folders (searched for ", 1)[1].split(" files below them)", 1)[0]
    assert set(listed.split(", ")) == SUFFIXES


def test_readme_python_ingest_example_runs_as_written(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's "From Python" block runs as it stands, and each of its ways in (paths,
    pathlib's Paths, expand's Expansion with --exclude's patterns) reads what it says: a
    call the library no longer took (or one written for it, not yet taken) fails here."""
    import shutil

    from kg.ingest import ingest
    from kg.reader import expand
    from kg.store import GraphStore
    from tests.conftest import SEED_2016, SEED_2018

    block = README.split("From Python, `kg.ingest.ingest`", 1)[1]
    code = block.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "minutes" / "drafts").mkdir(parents=True)
    shutil.copy(SEED_2018, tmp_path / "minutes")
    shutil.copy(SEED_2016, tmp_path / "minutes" / "drafts")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert sorted(line.split()[0] for line in printed) == [
        f"minutes/drafts/{SEED_2016.name}", f"minutes/{SEED_2018.name}"], printed
    # the other ways, in comments ("# or pathlib's Paths:   ingest(store, …)"), each run
    ways = [line.split(":", 1)[1].strip() for line in code.splitlines()
            if line.strip().startswith("# or ")]
    assert len(ways) == 2, ways
    names = {}
    for way in ways:
        with GraphStore(tmp_path / f"store-{len(names)}") as store:
            results = eval(way, {"ingest": ingest, "expand": expand, "Path": Path,
                                 "store": store})
        names[way] = sorted((Path(r.path).name, r.ingested) for r in results)
    assert list(names.values()) == [
        [(SEED_2018.name, True)],
        [(SEED_2016.name, False), (SEED_2018.name, True)]], names
