"""The ``kg`` command: a thin layer over the library, one function per command."""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import math
import os
import re
import shlex
import sys
import textwrap
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO, NamedTuple, NoReturn, TypeVar

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from kg import interrupts, resources
from kg.committees import CommitteeAliases
from kg.output import replacing, write_text
from kg.push import BATCH as PUSH_BATCH
from kg.push import MAX_TIMEOUT as PUSH_MAX_TIMEOUT
from kg.push import PROTOCOLS
from kg.queries import (
    FORMATS,
    QueryError,
    absent_iris,
    bundled,
    declared_prefixes,
    excel_safe_csv,
    find,
    rows,
    serialize_results,
    syntax_message,
    term_text,
)
from kg.reader import (
    COUNT_KEYS,
    HTML_SUFFIXES,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    FileResult,
    expand,
    nothing_there,
)
from kg.sameas import Rules
from kg.store import (
    EXPORT_FORMATS,
    EXPORT_SUFFIXES,
    GraphStore,
    StoreError,
    holds_store,
    prefixes,
)
from kg.wording import plural

if TYPE_CHECKING:
    from rich.progress import Progress


# Only `kg ingest` (and `kg demo`) read minutes: kg.ingest, and through it the extractor, the
# resolver, rdflib and spaCy, are imported by the commands that use them, so `kg query`,
# `kg trace`, `kg followups` and `kg --help` start without them (tests/test_cli.py checks).


_T = TypeVar("_T")


class ReaderGone(Exception):
    """The program reading ``kg``'s output closed the pipe (``kg export | head -1``): it has
    read what it wanted. Not an OSError, so click's own handler (exit 1) never sees it."""


class OutputFailed(Exception):
    """Standard output could not be written (``kg export > graph.ttl`` on a full disk): one
    line saying so and status 1 (a search's 2: see :class:`_Search`), not a traceback. Not
    an OSError, so no command's handler for its own errors (``query failed: …``) takes it
    for one of them."""

    status = 1


class _GuardedStream:
    """Standard output (text, or its ``buffer``) whose write errors other than a closed pipe
    (which :func:`_reader_gone` handles) are :class:`OutputFailed`."""

    def __init__(self, stream: object):
        self._stream = stream

    def _guard(self, call: Callable[..., object], *args: object) -> object:
        try:
            return call(*args)
        except OSError as e:
            if e.errno == errno.EPIPE:
                raise
            raise OutputFailed(e.strerror or str(e)) from None

    def write(self, data: object) -> object:
        return self._guard(self._stream.write, data)  # type: ignore[attr-defined]

    def flush(self) -> object:
        return self._guard(self._stream.flush)  # type: ignore[attr-defined]

    @property
    def buffer(self) -> _GuardedStream:
        return _GuardedStream(self._stream.buffer)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _silence(stream: object) -> None:
    """Point the stream's file descriptor at /dev/null, so that nothing written later (nor
    Python's flush at exit) fails again on the closed pipe."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


#: The status of a command Ctrl-C stopped: 128 + SIGINT, as a shell reports a program the
#: signal killed, so `kg … || echo failed` and a script's `$?` tell it from an error (1).
INTERRUPTED = 130


class _Group(typer.core.TyperGroup):
    """The ``kg`` group: a closed pipe on standard output ends a command as :class:`ReaderGone`
    (which :func:`main` turns into a quiet exit 0), not as click's silent exit 1."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            with _reader_gone():
                return super().invoke(ctx)
        except KeyboardInterrupt as e:
            # Ctrl-C in a command that does not say itself what it left behind (kg ingest
            # and kg forget do): status 130, as a shell gives a program SIGINT stopped, and
            # one line, where typer exited 130 without a word and older typers (click's
            # Abort) said "aborted" with status 1, which a script reads as an error of kg's.
            command = " ".join(filter(None, ("kg", ctx.invoked_subcommand)))
            if not ctx.meta.get(_STARTED):
                # while typer parsed the options (or the group's own check ran): the
                # command itself never began, so nothing was read or changed
                err.print(f"interrupted: {command} stopped while reading its options; "
                          "nothing was done", markup=False)
                raise typer.Exit(INTERRUPTED) from None
            err.print(f"interrupted: {command} stopped", markup=False)
            if isinstance(e, _LeftRunning):
                # A query's thread is still inside Oxigraph (_interruptible). Python's own
                # exit would tear the interpreter and RocksDB down under it, which may crash
                # on the way out; the store was opened read-only, so nothing is lost by
                # leaving at once.
                with contextlib.suppress(Exception):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(INTERRUPTED)
            raise typer.Exit(INTERRUPTED) from None

    def make_context(self, *args: object, **kwargs: object) -> typer.Context:
        with _reader_gone():  # `kg --help | head -1` prints while parsing
            return super().make_context(*args, **kwargs)  # type: ignore[arg-type]


#: Set in the context's ``meta`` (shared by the group and the command) once the command's
#: own code runs: a Ctrl-C before it (while typer parses the options) is told so.
_STARTED = "kg.started"


class _Command(typer.core.TyperCommand):
    """Every ``kg`` command: marks when its own code begins (:data:`_STARTED`)."""

    def invoke(self, ctx: typer.Context) -> object:
        ctx.meta[_STARTED] = True
        return super().invoke(ctx)


@contextlib.contextmanager
def _reader_gone() -> Iterator[None]:
    """A closed pipe on standard output, however it surfaces, as :class:`ReaderGone`."""
    try:
        yield
    except OSError as e:
        if e.errno != errno.EPIPE:
            raise
        _silence(sys.stdout)
        raise ReaderGone from None


class _Console(Console):
    """A rich console that, when its reader has gone, stops printing and raises
    BrokenPipeError for the command to handle (rich's own answer is SystemExit(1), which
    would stop ``kg ingest`` between two documents). The error console only stops printing:
    a closed pipe there (``kg export -f bogus 2>&1 | head -0``) says nothing of the
    command's output, and raising would turn the error it was printing (status 1) into
    :class:`ReaderGone`'s quiet status 0."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        _silence(self.file)
        if self.stderr:
            return  # the command goes on to its own status
        raise BrokenPipeError(errno.EPIPE, "the reader closed the pipe")


app = typer.Typer(
    cls=_Group,
    help="Turn council committee minutes into a knowledge graph you can question with SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

# Piped output keeps whole rows: wide enough that tables are not folded into columns of words.
# (Not COLUMNS: GNU readline sets it in any process that loads it, and children inherit it.)
PIPED_WIDTH = 240
out = _Console(
    highlight=False, emoji=False, soft_wrap=True,
    width=None if sys.stdout.isatty() else PIPED_WIDTH,
)
err = _Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)

class _Env:
    """An option's environment variable, for the option's errors: ``what`` the variable
    should be given, and what leaving it unset means (``unset``)."""

    def __init__(self, variable: str, what: str, unset: str) -> None:
        self.variable, self.what, self.unset = variable, what, unset


def _blank(value: object) -> bool:
    """A value of spaces alone (an empty one is refused by the parsers themselves)."""
    return isinstance(value, str | Path) and str(value) != "." and not str(value).strip()


def _path(given: str, name: str, env: _Env | None = None) -> Callable[[str | Path], Path]:
    """Parse a path given as ``given`` (an option's name, or "" for an argument): an empty
    or blank one is refused in one line saying to ``name`` something, never taken for the
    current folder (``kg ingest ""`` refuses it so too) nor for a folder named " " (no one
    means that: `--store " $DIR"` with DIR unset). With a variable ``env``, a blank one is
    left to :func:`_env_checked`, which knows whether the variable gave it."""
    def parse(value: str | Path) -> Path:
        if isinstance(value, str) and not value.strip():
            if value and env is not None:
                return Path(value)
            raise _refused_path(given, name)(value)
        return Path(value)
    return parse


def _refused_path(given: str, name: str) -> Callable[[str], typer.Exit]:
    """The error for an empty or blank path given as ``given``: the parser's and, for a
    blank one it left to :func:`_env_checked`, the callback's, in the same words."""
    def refuse(value: str) -> typer.Exit:
        where = f"{given} {value!r}" if given else repr(value)
        why = resources.BLANK_PATH if value else resources.EMPTY_PATH
        return fail(f"{where}: {why}: name {name}")
    return refuse


def _nonempty(given: str, what: str, env: _Env | None = None) -> Callable[[str], str]:
    """Parse an option ``given`` whose empty (or blank) value is refused in one line saying
    to give ``what``: `--committee "$COMMITTEE"` with the variable unset would quietly drop
    the filter the user asked for, and `--council "$COUNCIL"` ingest without the council
    (other IRIs, never joined with the council's: README). With a variable ``env``, a blank
    one is left to :func:`_env_checked`, which knows whether the variable gave it."""
    def parse(value: str) -> str:
        if not value.strip():
            if value and env is not None:
                return value
            raise _refused_value(given, what)(value)
        return value
    return parse


def _refused_value(given: str, what: str) -> Callable[[str], typer.Exit]:
    """The error for an empty or blank value of the option ``given`` (as
    :func:`_refused_path` is for a path)."""
    def refuse(value: str) -> typer.Exit:
        return fail(f"{given} {value!r}: an empty value (an unset shell variable?): give "
                    f"{what}, or leave {given} out")
    return refuse


def _env_checked(env: _Env, refuse: Callable[[str], typer.Exit],
                 given: str = "", why_not: Callable[[str], str | None] | None = None,
                 ) -> Callable[..., object]:
    """An option's callback refusing its environment variable set but empty or blank, as
    the option given so is refused (``refuse``, the parser's own words). click takes an
    empty variable for an unset one, so `export KG_STORE="$STORE"` with STORE unset read or
    made ./kg-store where `--store "$STORE"` was refused; the empty value is checked only
    when the option was not given, so an empty variable never blocks a command that names
    its own. A blank value is refused naming where it came from: `KG_COUNCIL=" "` is
    not told about a --council the user never typed; nor is any value ``why_not`` refuses
    (a reason, or None for a good value), which names the option ``given`` or the
    variable, whichever gave it."""
    def check(ctx: typer.Context, param: typer.CallbackParam, value: object) -> object:
        source = getattr(ctx.get_parameter_source(param.name or ""), "name", "")
        if os.environ.get(env.variable) == "" and source == "DEFAULT":
            raise fail(f"{env.variable} is set but empty (an unset shell variable?): give it "
                       f"{env.what}, or unset it for {env.unset}")
        if _blank(value):
            if source == "ENVIRONMENT":
                raise fail(f"{env.variable} is set but blank ({str(value)!r}): give it "
                           f"{env.what}, or unset it for {env.unset}")
            raise refuse(str(value))
        reason = why_not(value) if why_not is not None and isinstance(value, str) else None
        if reason is not None:
            where = env.variable if source == "ENVIRONMENT" else given
            raise fail(f"{where} {value!r}: {reason}")
        return value
    return check


#: Why a council's name is refused: `--council "-"` would be an IRI of no name.
NO_LETTERS = "a council's name needs letters or digits"


def _council_name(value: str) -> str | None:
    return None if any(c.isalnum() for c in value) else NO_LETTERS


STORE_ENV = _Env("KG_STORE", "the store's folder", "./kg-store")
COUNCIL_ENV = _Env("KG_COUNCIL", "the council's name", "no council")


#: An --output (-o) file's parser. A parser is not told which of the option's names was
#: typed, so its error names both (it named -o alone, to a user who typed --output "").
OUTPUT = _path("-o/--output", "the file to write")
StoreOption = Annotated[
    Path,
    typer.Option(
        "--store", envvar="KG_STORE", show_envvar=True, metavar="PATH",
        parser=_path("--store", "the store's folder", STORE_ENV),
        callback=_env_checked(STORE_ENV, _refused_path("--store", "the store's folder")),
        help="Folder of the graph store (made on first ingest, in a folder that exists).",
    ),
]
DEFAULT_STORE = Path("kg-store")
AliasesOption = Annotated[
    list[Path] | None,
    typer.Option("--aliases", metavar="FILE", parser=_path("--aliases", "a CSV file"),
                 help="CSV file of committee aliases (canonical,alias); "
                 "may be given more than once."),
]
SameAsOption = Annotated[
    list[Path] | None,
    typer.Option("--sameas", metavar="FILE", parser=_path("--sameas", "a CSV file"),
                 help="CSV file of joins to force or forbid (kind,a,b,relation); "
                 "may be given more than once. Files named in KG_SAMEAS are read too."),
]
ExcelSafeOption = Annotated[
    bool,
    typer.Option("--excel-safe",
                 help="With --format csv: put a quote (') before each cell a spreadsheet "
                 "would run as a formula (one starting =, +, - or @; numbers are left alone)."),
]
WaitOption = Annotated[
    float,
    typer.Option("--wait", metavar="SECONDS",
                 help="If another kg ingest or kg resolve is writing to the store, wait up "
                 "to this long for it to finish (default: refuse at once)."),
]
PROGRESS_THRESHOLD = 10  # files; fewer finish before a bar would be worth drawing
#: The suffixes of the files a folder given to kg ingest is searched for, as the reader
#: takes them (its --help listed none; the README left out .text).
READ_SUFFIXES = (*sorted(TEXT_SUFFIXES), *sorted(HTML_SUFFIXES), *sorted(PDF_SUFFIXES))

#: Each command's examples, shown under its --help (tests/test_cli.py parses every one of
#: them against the command, so they cannot go stale).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "ingest": ("kg ingest minutes/",
               "kg ingest 'minutes/2018-*.txt' --council \"Surrey County Council\"",
               "kg ingest old/ --encoding cp1252 --aliases my-committees.csv",
               "kg ingest new/ --wait 600",
               "kg ingest minutes/ --exclude drafts --exclude 'agenda-*'"),
    "resolve": ("kg resolve --sameas my-joins.csv",),
    "forget": ("kg forget minutes/cabinet-2021-03-30.pdf",
               "kg forget minutes/drafts/",
               "kg forget https://w3id.org/committee-kg/id/source/cabinet-2021-03-30-1a2b3c4d5e"),
    "trace": ('kg trace "modern slavery"',
              'kg trace "modern slavery" --as-of 2017-06-01',
              'kg trace "domestic abuse" -o domestic-abuse.html'),
    "followups": ("kg followups",
                  "kg followups --status overdue --as-of 2018-03-05",
                  "kg followups --status all --committee Cabinet --format csv"),
    "query": ("kg query meetings",
              "kg query open-followups --format csv",
              "kg query items-of-meeting --param meeting=https://w3id.org/committee-kg/id/"
              "meeting/cabinet/2021-03-30",
              "kg query 'SELECT ?name WHERE { ?p a ckg:Person ; foaf:name ?name }'",
              "kg query - --format json < my-question.rq"),
    "queries": ("kg queries",),
    "export": ("kg export -o graph.ttl", "kg export --format nq -o graph.nq",
               "kg export --format nt"),
    "validate": ("kg validate", "kg validate --quiet"),
    "push": ("kg push http://localhost:7878/store",
             "kg push http://localhost:3030/kg/update --protocol update",
             "kg push http://localhost:7878/store --prune",
             "kg push https://triples.example.org/kg/data --user alice "
             "--password-env KG_PUSH_PASSWORD"),
    "evaluate": ("kg evaluate tests/independent/gold",
                 "kg evaluate my-gold/ --errors --by-document"),
    "serve": ("kg serve", "kg serve --port 8080 --timeout 30"),
    "explore": ("kg explore -o explorer.html", "kg explore -o small.html --max-nodes 300"),
    "stats": ("kg stats", "kg stats --top 5 --format json"),
    "demo": ("kg demo", "kg demo --store /tmp/kg-demo"),
    "completion": ('eval "$(kg completion bash)"',
                   "kg completion fish > ~/.config/fish/completions/kg.fish"),
}


def _examples(command: str) -> str:
    """The examples as an epilog (``\\b``: click prints the lines as they are, unwrapped)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  $ {line}" for line in EXAMPLES[command])


def _choices(values: Iterable[str]) -> Callable[[str], list[str]]:
    """Shell completion (``kg completion``) for an option that takes one of ``values``."""
    values = tuple(values)

    def complete(incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete)]
    return complete


def _query_names(incomplete: str) -> list[str]:
    """Shell completion for ``kg query``'s QUERY: the bundled queries' names (none match a
    path being typed, and the shell then completes file names, for a .rq file)."""
    return [name for name in bundled() if name.startswith(incomplete)]


def _csv_only(excel_safe: bool, fmt: str) -> None:
    """Refuse --excel-safe with a format it does nothing to, rather than ignore it silently
    (a user who asked for safe cells would take JSON or a table for safe)."""
    if excel_safe and fmt != "csv":
        raise fail(f"--excel-safe is for --format csv, not {fmt}")


def _known_format(fmt: str, formats: Collection[str]) -> None:
    """Refuse a --format the command does not write, in one line that lists those it does
    (a tuple's, or a mapping's keys): one wording for every command's --format."""
    if fmt not in formats:
        raise fail(f"unknown format {fmt!r} (choose from {', '.join(formats)})")


def fail(message: str) -> typer.Exit:
    err.print(f"error: {message}", markup=False)
    return typer.Exit(1)


#: The exit status of a search (`kg trace`, `kg followups`) that found nothing, and of one
#: that failed: grep's, so that a script can tell "nothing matches" (`if kg trace …`) from a
#: mistake (a missing store, a bad date), which every other command exits 1 for. A usage
#: mistake (an unknown option) is 2 in every command, click's own.
NOTHING_FOUND, SEARCH_FAILED = 1, 2


class _NothingFound(typer.Exit):
    """A search that found nothing: :data:`NOTHING_FOUND`, which :class:`_Search` passes
    on as it is (every other status 1 of a search is an error, made 2)."""


@contextlib.contextmanager
def _search_status() -> Iterator[None]:
    """A search's errors, which :func:`fail` gives status 1 (in the command, or in an
    option's parser: `--committee ""`), as :data:`SEARCH_FAILED`; so is output that could
    not be written. Only :class:`_NothingFound` keeps status 1."""
    try:
        yield
    except _NothingFound:
        raise
    except typer.Exit as e:
        if e.exit_code == 1:
            raise typer.Exit(SEARCH_FAILED) from None
        raise
    except OutputFailed as e:
        e.status = SEARCH_FAILED
        raise


class _Search(_Command):
    """A command that searches (`kg trace`, `kg followups`), whose exit status is grep's:
    0 found, 1 nothing found (:func:`_nothing_found`), 2 an error, from its options' parsers
    as from its body. What is still buffered is flushed in the command, so that output
    that cannot be written fails there, as an error."""

    def make_context(self, *args: object, **kwargs: object) -> typer.Context:
        with _search_status():
            return super().make_context(*args, **kwargs)  # type: ignore[arg-type]

    def invoke(self, ctx: typer.Context) -> object:
        with _search_status():
            try:
                return super().invoke(ctx)
            finally:  # found or not: JSON's "[]" may be what fails to be written
                sys.stdout.flush()


def _nothing_found(line: str) -> typer.Exit:
    """A search that found nothing: one line on standard error saying so (standard output
    holds what the format gives for nothing: an empty JSON list, a CSV's header, a page
    that says so) and :data:`NOTHING_FOUND`, as grep exits when no line matches."""
    err.print(line, markup=False)
    return _NothingFound(NOTHING_FOUND)


def open_store(path: Path, read_only: bool = False, wait: float = 0,
               on_wait: Callable[[], None] | None = None) -> GraphStore:
    """The store, opened; with ``wait``, a store another writer holds is waited for, and a
    line on standard error says so (else a nightly run would sit silent for minutes).
    ``on_wait`` is called before waiting: the store is then another process's."""
    from kg.store import StoreBusy

    try:
        if read_only:
            return GraphStore(path, read_only=True)
        try:
            return GraphStore(path)
        except StoreBusy:
            if wait <= 0:
                raise
        if on_wait is not None:
            on_wait()
        limit = "as long as it takes" if math.isinf(wait) else f"up to {wait:g} s"
        err.print(f"waiting for {path}: another process (kg ingest or kg resolve?) is "
                  f"writing to it; waiting {limit} for it to finish", markup=False)
        return GraphStore.when_free(path, wait)
    except StoreError as e:
        raise fail(str(e)) from None


def check_store(path: Path) -> None:
    """Refuse a store path no store can be written at (a file, a folder of other files, a
    missing parent folder) in one line, before a command prints or loads anything."""
    from kg.store import check_store_path

    try:
        check_store_path(path)
    except StoreError as e:
        raise fail(str(e)) from None


def _wait_option(wait: float) -> float:
    if wait < 0 or wait != wait:  # NaN too
        raise fail(f"--wait {wait:g}: give a number of seconds, 0 or more")
    return wait


def _version(value: bool) -> None:
    if value:
        from kg import __version__  # importlib.metadata: only `kg --version` asks for it

        out.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Turn council committee minutes into a knowledge graph you can question with SPARQL."""
    from kg.namespaces import check_base

    try:
        check_base()
    except ValueError as e:
        failed = fail(str(e))
        # This runs in the group, outside the search's own _search_status: a bad KG_BASE
        # gave `kg trace` status 1, its "nothing found", where every other error is 2.
        group = ctx.command
        sub = ctx.invoked_subcommand
        if sub and isinstance(group, _Group) and isinstance(group.get_command(ctx, sub), _Search):
            failed = typer.Exit(SEARCH_FAILED)
        raise failed from None


# -- ingest -------------------------------------------------------------------------------


def _summary(counts: dict[str, int]) -> str:
    names = {"meetings": "meeting", "items": "item", "resolutions": "resolution",
             "attendees": "attendee", "followups": "follow-up", "triples": "triple"}
    parts = []
    for key in COUNT_KEYS:
        n = counts.get(key, 0)
        parts.append(plural(n, names[key]))
    return ", ".join(parts)


def load_rules(aliases: list[Path], sameas: list[Path]) -> tuple[CommitteeAliases, Rules]:
    """The committees' aliases and the same-as rules, shipped and the user's, each file read
    once. A table that cannot be read, whether --aliases, --sameas or KG_SAMEAS named it, is
    said before anything heavy loads: neither reader needs the resolver or rdflib
    (:mod:`kg.sameas`), and the same files are checked the same way by every command."""
    try:
        return (CommitteeAliases.load(aliases, "--aliases"),
                Rules.from_environment(sameas, "--sameas"))
    except ValueError as e:
        raise fail(str(e)) from None


def _interrupted_before_any_file(store_path: Path, made: bool) -> NoReturn:
    """Ctrl-C before ``kg ingest`` stored a file: one line, status 130 (as a shell gives a
    program Ctrl-C stopped). ``made``: the store was new, and is not left behind empty."""
    where = (f"no store was made at {store_path}" if made else f"{store_path} is as it was")
    err.print(f"interrupted before any file was ingested; {where}", markup=False)
    raise typer.Exit(INTERRUPTED) from None


#: What a folder spaCy loads a pipeline from holds (``nlp.to_disk`` writes both).
_PIPELINE_FILES = ("meta.json", "config.cfg")


def _model_refused(model: str | None, e: Exception) -> str | None:
    """Why ``--model`` could not be loaded, in words, or None for a failure that is not the
    model's (left to go on as it is). spaCy's own line named a file the user never wrote
    ("[E053] Could not read meta.json from …") for any folder that is not a pipeline, and a
    pipeline's folder whose files do not read raised a traceback (a configparser or JSON
    error): the folder given is said to be no spaCy pipeline, and why."""
    if model is None:
        return None
    where = Path(model)  # as spaCy reads it: a quoted "~" is not the home folder
    if where.is_dir():
        missing = [name for name in _PIPELINE_FILES if not (where / name).is_file()]
        if missing:
            return (f"the folder {model} is not a spaCy pipeline (it has no "
                    f"{' or '.join(missing)}, which a pipeline saved with nlp.to_disk has)")
        lines = [line.strip() for line in str(e).splitlines() if line.strip()]
        if type(e).__name__ == "ConfigValidationError":
            # confection's lines: a title and advice ("Make sure …"), then what is wrong
            lines = [f"its config.cfg is not valid: {line}" for line in lines[2:] or lines]
        first = lines[0] if lines else type(e).__name__
        return f"the folder {model} is not a spaCy pipeline that loads ({first})"
    if where.exists():
        return ("a file, not a spaCy pipeline: give the folder a pipeline was saved to "
                "(nlp.to_disk), or an installed model's name")
    if not isinstance(e, OSError):
        return None
    why = str(e).splitlines()[0] if str(e) else type(e).__name__
    if "[E050]" not in why:  # spaCy's code for a name no installed package or path has
        return why
    if "/" in model or os.sep in model or model.startswith((".", "~")):
        # A path, by its look: a model's name has no slash, nor is downloaded by one.
        return ("no such folder (nor is a spaCy model of this name installed); leave "
                "--model out for the blank pipeline, which needs none")
    return ("no spaCy model of this name is installed (python -m spacy download "
            f"{model}), nor a folder of one; leave --model out for the blank "
            "pipeline, which needs none")


def run_ingest(
    inputs: list[str], store_path: Path, aliases: list[Path], encoding: str | None,
    model: str | None = None, sameas: list[Path] | None = None, council: str | None = None,
    wait: float = 0, exclude: list[str] | None = None,
) -> list[FileResult]:
    try:
        # Ctrl-C from here on (as the options are checked and the rules load, which
        # imports the resolver and rdflib, a good part of a second) is told as
        # "interrupted before any file", which says what became of the store, not by
        # the generic line every command has (_Group.invoke).
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        wait = _wait_option(wait)
        for pattern in exclude or []:
            if not pattern.strip("/"):
                raise fail(f"--exclude {pattern!r}: give a pattern of file or folder names, "
                           "e.g. --exclude 'agenda-*' or --exclude drafts")
        council = " ".join((council or "").split()) or None
        if council is not None and not any(c.isalnum() for c in council):
            raise fail(f"--council {council!r}: {NO_LETTERS}")
        if encoding is not None:
            try:  # once, before any file: not the same error line for each of 300 files
                codecs.lookup(encoding)
            except LookupError:
                raise fail(f"--encoding {encoding}: not an encoding Python knows "
                           "(e.g. utf-8, cp1252, latin-1, utf-16)") from None
        table, rules = load_rules(aliases, sameas or [])
        check_store(store_path)  # a second, not the seconds spaCy takes to load, to say so
        # The inputs are turned into files here, once, by the reader (no extractor needed),
        # so that a run with nothing to read (a mistyped path, a glob matching nothing, a
        # folder of notes or excluded files) says so at once, in the lines and with the
        # status reading would have given, and the extractor and spaCy, which would read
        # nothing, are not loaded (nor a --model) for it.
        expanded = expand(inputs, exclude or ())
        unread = nothing_there(expanded.files)
        if unread is None:
            # The extractor (a third of a second) and spaCy (a second) load only once the
            # options, the store path and the inputs are found good, so a mistyped one is
            # said at once, and a Ctrl-C while they load is the same "interrupted" as one
            # while the store is awaited.
            # A library may turn a Ctrl-C while it loads into an error of its own (pydantic
            # did, inside spaCy's import): that error is the Ctrl-C (kg.interrupts).
            with interrupts.as_interrupt():
                from kg.ingest import ingest
                from kg.nlp import pipeline  # spaCy loads in a second: only prose pays
                from kg.nlp.pipeline import ModelLoadError
            try:
                with interrupts.as_interrupt():
                    pipeline(model)  # before the store: a missing model leaves nothing behind
            except ModelLoadError as e:
                # only spaCy's own failure to load says anything of the model: a failure of
                # kg's code on a model that loaded goes on as it is, never blamed on a sound
                # folder
                cause = e.__cause__ if isinstance(e.__cause__, Exception) else e
                why = _model_refused(model, cause)
                if why is None:
                    raise cause from None
                raise fail(f"--model {model}: {why}") from None
        store: GraphStore | None
        waited: list[bool] = []  # open_store waited for another writer to finish
        if unread is not None:
            # Nothing to read: the store is only counted for the total line, read-only, so
            # one another run is writing to is neither waited for (--wait) nor refused as
            # busy before the lines that say why nothing was read; none is made.
            store = open_store(store_path, read_only=True) if holds_store(store_path) else None
        else:
            store = open_store(store_path, wait=wait, on_wait=lambda: waited.append(True))
        if waited:  # (only when there was something to read)
            # The folders and globs are searched again once the other writer is done: a
            # nightly run that waited ten minutes reads the minutes there now, those that
            # arrived meanwhile included, and does not call one moved away a failure.
            expanded = expand(inputs, exclude or ())
    except KeyboardInterrupt:
        # Ctrl-C while spaCy loads or while waiting for the store (--wait): nothing was
        # read, and the same line as a Ctrl-C during the first files says so. A store folder
        # this process was making when the Ctrl-C came is removed by GraphStore itself; one
        # another process made (while this one loaded spaCy or waited) is theirs.
        _interrupted_before_any_file(store_path, not store_path.exists())
    # Only a store this run made (GraphStore.created: its own mkdir made the folder) is
    # removed when nothing went into it; never one another run made on the same fresh path
    # while this one loaded spaCy or waited, whatever either of them found there before.
    new_store = store is not None and store.created
    progress: Progress | None = None
    task = None
    lost: list[str] = []  # why standard output could not be written, once it could not

    @contextlib.contextmanager
    def reporting() -> Iterator[None]:
        """The store is what ingest is for: a reader that stops reading these lines (`kg
        ingest minutes/ | head`) must not stop it between two documents, nor turn its exit
        status (1 when a file failed) into a closed pipe's; nor may a full disk under
        `kg ingest minutes/ > log.txt`, which is still an error, said once at the end."""
        try:
            yield
        except BrokenPipeError:
            pass
        except OutputFailed as e:
            lost.append(str(e))
            _silence(sys.stdout)  # the lines after it go nowhere, and do not fail

    done: list[FileResult] = []  # what was read before a Ctrl-C, to say so
    files = 0

    def report(r: FileResult) -> None:
        done.append(r)
        printer = progress.console if progress else out
        with reporting():
            if r.excluded:
                pass  # asked for: counted in the total, not listed
            elif r.skipped:
                printer.print(f"skipped: {r.path}: {r.skipped}", markup=False)
            elif r.ok:
                printer.print(f"{r.path}: {_summary(r.counts)}", markup=False)
                for w in r.warnings:
                    printer.print(f"  warning: {w}", markup=False)
            else:
                (progress.console if progress else err).print(f"error: {r.path}: {r.error}",
                                                               markup=False)
        if progress is not None and task is not None:
            progress.advance(task)

    def on_files(n: int) -> None:
        nonlocal progress, task, files
        files = n
        if n >= PROGRESS_THRESHOLD and err.is_terminal:
            progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                                console=err, transient=True)
            progress.start()
            task = progress.add_task("ingest", total=n)

    try:
        if unread is not None:  # nothing to read: each input's line, as ingest gives them
            results = [*expanded.passed, *unread]
            for r in results:
                report(r)
        else:  # ingest, imported above once there was something to read
            results = ingest(store, expanded, table, encoding, progress=report,
                             on_files=on_files, model=model, rules=rules, council=council)
    except KeyboardInterrupt:
        # Ctrl-C: each document stored so far is whole and kept (the joins were worked out
        # again over them), the rest never started. Say so, rather than end in silence.
        if progress is not None:
            progress.stop()
        kept = sum(r.ingested for r in done)
        if kept:
            store.close()
            err.print(f"interrupted: {kept} of {plural(files, 'file')} ingested into "
                      f"{store_path} and kept there; run the same command again for the "
                      "rest (a document read again replaces itself)", markup=False)
            raise typer.Exit(INTERRUPTED) from None
        # No file reported as kept: a store this run made goes, whatever the signal caught
        # half written in it (a rerun reads it all again), so the line never calls a store
        # made a moment ago one that "is as it was". Still open: removed while this run
        # holds it, never once another run waiting for it (--wait) may have opened it.
        if store is None:  # nothing to read, and no store there
            _interrupted_before_any_file(store_path, not store_path.exists())
        removed = store.remove_made()
        _interrupted_before_any_file(store_path, removed and not store_path.exists())
    except Exception:
        # Any other failure before a file was stored (one the inputs' own checks did not
        # foresee) leaves no new, empty store behind either; the error itself goes on.
        if store is not None and not any(r.ingested for r in done):
            store.remove_made()
        raise
    finally:
        if progress is not None:
            progress.stop()
    good = [r for r in results if r.ingested]
    failed = sum(not r.ok for r in results)
    total = {k: sum(r.counts.get(k, 0) for r in good) for k in COUNT_KEYS}
    # Files left unread on purpose are counted only when there are any: the line most runs
    # print stays as it was.
    passed = "".join(f", {n} {what}" for n, what in (
        (sum(r.skipped is not None for r in results), "skipped"),
        (sum(r.excluded for r in results), "excluded")) if n)
    if store is None or (new_store and not good and len(store) == 0):
        # Nothing read into a store this run made: leave no empty store folder behind
        # (a mistyped path should not leave ./kg-store where the user stands).
        if store is not None:
            store.remove_made()
        with reporting():  # the exit status says the rest
            out.print(f"total: 0 ingested, {failed} failed{passed}; no store was made at "
                      f"{store_path}", markup=False)
        return results
    line = (f"total: {len(good)} ingested, {failed} failed{passed} "
            f"({_summary(total)}); the store {store_path} holds {plural(len(store), 'quad')} "
            f"in {plural(len(store.graphs()), 'document graph')}")
    store.close()
    with reporting():  # the exit status says the rest
        out.print(line, markup=False)
    if lost:
        raise fail(f"standard output: cannot write: {lost[0]} (every file was still read; "
                   "the report is lost)")
    return results


@app.command("ingest", short_help="Read minutes (text, HTML, PDF) into the graph.",
             epilog=_examples("ingest"))
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(
        metavar="FILES", help="Minutes files, folders (searched for "
        f"{', '.join(READ_SUFFIXES)} files below them) or globs.")],
    store: StoreOption = DEFAULT_STORE,
    aliases: AliasesOption = None,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", metavar="NAME",
                     help="Text encoding of the files (default UTF-8)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", metavar="NAME_OR_PATH",
                     parser=_nonempty("--model", "a model's name or folder"),
                     help="An installed spaCy model, or the folder of one (nlp.to_disk), "
                     "to build the language pipeline on (default: a blank English "
                     "pipeline); the rules read the same sentences with it."),
    ] = None,
    sameas: SameAsOption = None,
    council: Annotated[
        str | None,
        typer.Option("--council", metavar="NAME", envvar="KG_COUNCIL", show_envvar=True,
                     parser=_nonempty("--council", "the council's name", COUNCIL_ENV),
                     callback=_env_checked(COUNCIL_ENV, _refused_value(
                         "--council", "the council's name"), "--council", _council_name),
                     help="The council the documents belong to: their committees and "
                     "meetings are that council's, never joined with another council's."),
    ] = None,
    wait: WaitOption = 0,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="GLOB",
                     help="Leave out files a folder or glob turns up whose name, folder or "
                     "path below the folder matches GLOB ('agenda-*', drafts, '*.pdf'), "
                     "in any case; a leading / anchors it to the folder given. "
                     "May be given more than once. Files named on their own are always "
                     "read."),
    ] = None,
) -> None:
    """Read minutes into the graph; re-reading a document replaces what it said before.

    In a folder, README-, SOURCES- and LICENCE-style files are skipped with a note."""
    results = run_ingest(inputs, store, aliases or [], encoding, model, sameas or [],
                         council, wait, exclude or [])
    if any(not r.ok for r in results):
        raise typer.Exit(1)


@app.command("resolve", short_help="Work out joins and fulfilled follow-ups again.",
             epilog=_examples("resolve"))
def resolve_cmd(
    store: StoreOption = DEFAULT_STORE,
    aliases: AliasesOption = None,
    sameas: SameAsOption = None,
    wait: WaitOption = 0,
) -> None:
    """Derive again what holds across documents (which nodes are one thing, which follow-ups
    were fulfilled), e.g. after editing a same-as file; every ingest does this too."""
    wait = _wait_option(wait)
    # The store is looked at first (a missing one, or a file, is said at once), then the
    # rules are read, which imports the resolver and rdflib (half a second), then derive.
    if not store.exists():
        raise fail(f"{store}: no store here yet (run `kg ingest` first)")
    check_store(store)
    table, rules = load_rules(aliases or [], sameas or [])
    from kg.derive import derive

    graph = open_store(store, wait=wait)
    if not graph.graphs():
        raise fail(f"{store}: no documents in the store yet (run `kg ingest` first)")
    done = derive(graph, table, rules)
    for j in done.resolution.joins:
        out.print(f"{j.kind}: {j.variant} = {j.canonical} ({j.reason})", markup=False)
    out.print(f"joined {plural(done.joined, 'node')} to another; "
              f"{plural(done.fulfilled, 'follow-up')} fulfilled",
              markup=False)


@app.command("forget", short_help="Take documents out of the graph, as if never ingested.",
             epilog=_examples("forget"))
def forget_cmd(
    documents: Annotated[list[str], typer.Argument(
        metavar="DOCUMENTS", help="Paths as kg ingest was given them (files, folders, globs; "
        "a file or folder named need not still be there, a glob matches the files there "
        "now), or document graph IRIs.")],
    store: StoreOption = DEFAULT_STORE,
    aliases: AliasesOption = None,
    sameas: SameAsOption = None,
    wait: WaitOption = 0,
) -> None:
    """Take documents out of the graph: their graphs go, in one transaction, and the joins
    and fulfilled follow-ups are worked out again from the documents left. A name that
    names no document in the store is an error, and then nothing is removed; in what a glob
    turns up, or among several paths named, READMEs and files never ingested are skipped."""
    wait = _wait_option(wait)
    try:
        # No store there: said (and none made) before the rules and kg.forget load the
        # resolver and rdflib (half a second).
        open_store(store, read_only=True).close()
        table, rules = load_rules(aliases or [], sameas or [])
        from kg.forget import UnknownDocument, find, forget

        graph = open_store(store, wait=wait)
    except KeyboardInterrupt:
        _nothing_forgotten(store)
    try:
        try:
            chosen, skipped = find(graph, documents)
        except KeyboardInterrupt:  # while the documents named were looked for
            _nothing_forgotten(store)
        except UnknownDocument as e:
            *lines, last = str(e).splitlines()
            for line in lines:
                err.print(f"error: {line}", markup=False)
            raise fail(f"{last}; nothing was removed") from None
        try:
            done = forget(graph, chosen, table, rules)
        except KeyboardInterrupt:
            # The removal is one transaction: it happened or it did not. What is derived
            # from the documents left may be half done: kg resolve finishes it.
            if any(graph.has_graph(d.graph) for d in chosen):
                _nothing_forgotten(store)
            else:
                err.print(f"interrupted: {plural(len(chosen), 'document')} removed from "
                          f"{store}, but the joins and fulfilled follow-ups were not all "
                          "worked out again: run kg resolve", markup=False)
            raise typer.Exit(INTERRUPTED) from None
        for d in chosen:  # where it was read from: the path kg ingest printed, made whole
            out.print(f"forgot {d.path or d.graph}: {d.graph}", markup=False)
        for s in skipped:  # as kg ingest says what it skips
            out.print(f"skipped: {s.path}: {s.why}", markup=False)
        passed = f", {len(skipped)} skipped" if skipped else ""
        out.print(f"total: {plural(len(chosen), 'document')} forgotten{passed}; the store "
                  f"{store} "
                  f"holds {plural(len(graph), 'quad')} in "
                  f"{plural(len(graph.graphs()), 'document graph')} (joins and fulfilled "
                  f"follow-ups worked out again: {plural(done.joined, 'node')} joined, "
                  f"{plural(done.fulfilled, 'follow-up')} fulfilled)", markup=False)
    finally:
        graph.close()


def _nothing_forgotten(store: Path) -> NoReturn:
    """Ctrl-C before ``kg forget`` removed anything (as the rules loaded, the documents
    were looked for, or in the removal's transaction, which did not happen): one line
    saying so, status 130, not the generic line that said nothing of the store."""
    err.print(f"interrupted: nothing was removed from {store}", markup=False)
    raise typer.Exit(INTERRUPTED) from None


# -- trace and follow-ups -----------------------------------------------------------------

TRACE_FORMATS = ("table", "json", "markdown", "html")
#: The suffixes of an --output file that ask for each format, when --format does not say
#: (the table has none: any other name gets it): what -o picks by, --help lists and the
#: README names, from here alone.
TRACE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "json": (".json",), "markdown": (".md", ".markdown"), "html": (".html", ".htm")}


def _by_suffix(output: Path | None, formats: dict[str, tuple[str, ...]]) -> str | None:
    """The format an output file's name asks for: `-o graph.nq` means N-Quads, not Turtle
    under a .nq name; `-o trace.html` a page, not the table (which -o used to ignore)."""
    if output is None:
        return None
    suffix = output.suffix.lower()
    return next((fmt for fmt, suffixes in formats.items() if suffix in suffixes), None)


def _formats_said(formats: Iterable[str], suffixes: dict[str, tuple[str, ...]]) -> str:
    """The formats with the --output suffixes that ask for each, for a --help: "turtle
    (.ttl, .turtle), nt (.nt), …". Made from the table the command picks by, so the help
    cannot list fewer suffixes than it reads (it listed one a format, the README more)."""
    return ", ".join(f"{fmt} ({', '.join(suffixes[fmt])})" if fmt in suffixes else fmt
                     for fmt in formats)


FOLLOWUP_FORMATS = ("table", "csv", "json")


def _date_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} {value!r}: not a date (use YYYY-MM-DD)") from None


def _cannot_write(output: Path, e: OSError) -> typer.Exit:
    """An --output file that cannot be written, in one line and words: the folder it would
    go in is missing (the system says "No such file or directory", of a file the user means
    to make), or it names a folder: otherwise in :func:`resources.os_reason`'s words."""
    why = (f"no such folder: {output.parent}" if isinstance(e, FileNotFoundError)
           else resources.os_reason(e, writing=True))
    return fail(f"{output}: cannot write: {why}")


def _writable(output: Path | None) -> None:
    """Refuse an --output file that cannot be written (a folder, or in a folder that is
    not there), in :func:`_cannot_write`'s words, before the store is opened and the work
    done: `kg trace -o missing/t.html` read the store and ran the trace (rdflib loaded for
    the topics) only to fail at the end. What only writing can tell (a full disk) is still
    said when it happens."""
    if output is None:
        return
    try:
        if output.is_dir():
            raise _cannot_write(output, IsADirectoryError(errno.EISDIR, "a folder"))
        if not output.exists() and not output.parent.is_dir():
            raise _cannot_write(output, FileNotFoundError(errno.ENOENT, "no such folder"))
    except OSError as e:  # a name the system will not look at
        raise _cannot_write(output, e) from None


def _no_documents(store: Path) -> str:
    """Why a store answers nothing at all: it holds no document (a store every document was
    forgotten from): "try fewer filters" would send the user looking in the wrong place."""
    return f"the store {store} holds no documents (kg ingest adds them)"


def _write(text: str, output: Path | None) -> None:
    """``text`` on standard output or into ``output``, ending with a line break either way
    (`kg trace -o trace.json` wrote its last bracket without one, which standard output
    had)."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_text(output, text)
    except OSError as e:
        raise _cannot_write(output, e) from None
    err.print(f"wrote {output}", markup=False)


@app.command("trace", short_help="Follow an issue through the meetings, oldest first.",
             epilog=_examples("trace"), cls=_Search)
def trace_cmd(
    query: Annotated[str, typer.Argument(
        metavar="ISSUE", help="Words naming an issue, or a topic or programme IRI.")],
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", metavar="FORMAT",
                                 autocompletion=_choices(TRACE_FORMATS),
                                 help="Output: "
                                 f"{_formats_said(TRACE_FORMATS, TRACE_SUFFIXES)} (default: "
                                 "the format whose suffix, in brackets, the --output file "
                                 "ends with; else table).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE",
                                 help="Judge overdue follow-ups on this date "
                                 "(YYYY-MM-DD; default today).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", parser=OUTPUT,
                                  help="File to write (default: stdout).")
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """An issue's timeline across meetings and committees, oldest first: what each item
    resolved, the follow-ups it raised and whether they were fulfilled, who reported.
    Exit status as grep's: 0 items found, 1 none, 2 an error."""
    from kg import trace as tr

    fmt = fmt or _by_suffix(output, TRACE_SUFFIXES) or "table"
    _known_format(fmt, TRACE_FORMATS)
    when = _date_option(as_of, "--as-of")
    _writable(output)
    graph = open_store(store, read_only=True)
    try:
        entries = tr.trace(graph, query, as_of=when)
    except tr.TraceError as e:
        raise fail(str(e)) from None
    if fmt == "json":
        _write(tr.to_json(entries), output)
    elif fmt == "markdown":
        _write(tr.to_markdown(query, entries), output)
    elif fmt == "html":
        _write(tr.to_html(query, entries), output)
    elif entries and output is not None:  # the table as plain text, as piped
        page = Console(file=io.StringIO(), width=PIPED_WIDTH, color_system=None,
                       highlight=False, emoji=False, soft_wrap=True)
        _print_trace(query, entries, page)
        _write(page.file.getvalue(), output)  # type: ignore[attr-defined]
    elif entries:  # an empty table says less than the line below
        _print_trace(query, entries)
    if entries:
        return
    empty = not graph.graphs()
    # A store every document was forgotten from matches nothing whatever the words: say
    # that, not that the words name nothing.
    raise _nothing_found(f"nothing to trace: {_no_documents(store)}" if empty
                         else tr.nothing_found(query))


#: Narrower than this (columns), the trace is printed an entry at a time instead of as a
#: table: four columns in 60 leave "what happened" a word or two a line.
NARROW = 100
#: The same for the action log, whose eight columns need more room before words are cut.
NARROW_FOLLOWUPS = 140


def _print_blocks(title: str | None, blocks: list[tuple[str, list[str]]],
                  console: Console | None = None) -> None:
    """Entries one after another for a narrow terminal: a bold heading line, then its lines
    indented under it (a line's own continuation lines, after a newline, a step further in),
    each wrapped by word to the terminal's width, so nothing is cut off."""
    console = console or out
    width = console.width

    def block(text: str, indent: int, style: str = "") -> None:
        wrapped = textwrap.fill(text, width=width, initial_indent=" " * indent,
                                subsequent_indent=" " * indent, break_on_hyphens=False)
        console.print(Text(wrapped, style=style))

    if title:
        block(title, 0, "bold")
    for heading, lines in blocks:
        console.print()
        block(heading, 0, "bold")
        for line in lines:
            first, *rest = line.split("\n")
            block(first, 2)
            for more in rest:
                block(more, 4)
    console.print()


def _print_trace(query: str, entries: list[dict], console: Console | None = None) -> None:
    """The trace as a table, or as blocks where the console is too narrow for one, on
    ``console``: the terminal by default, or one writing into a string for ``kg trace -o
    FILE`` (the table as it is piped, with no colour codes in the file)."""
    from kg.trace import happenings

    console = console or out
    if console.width < NARROW:
        _print_blocks(f"Trace: {query}", [
            (f"{e['date'] or '—'} · {e['committee'] or ''} · "
             + (f"{e['number']} {e['title']}" if e["number"] else e["title"]), happenings(e))
            for e in entries], console)
        console.print(plural(len(entries), "item"), style="dim")
        return
    table = Table("date", "committee", "item", "what happened", header_style="bold",
                  title=f"Trace: {query}", show_lines=True)
    for column in table.columns:
        column.overflow = "fold"  # a cell too narrow for a word folds it: nothing is cut
    for e in entries:
        item = f"{e['number']} {e['title']}" if e["number"] else e["title"]
        # Minutes text is shown as written: Text() keeps "[…]" in it from being read as markup.
        table.add_row(*map(Text, (e["date"] or "—", e["committee"] or "", item,
                                  "\n".join(happenings(e)))))
    console.print(table)
    console.print(plural(len(entries), "item"), style="dim")


@app.command("followups", short_help="The action log: follow-ups and what became of them.",
             epilog=_examples("followups"), cls=_Search)
def followups_cmd(
    status: Annotated[
        str, typer.Option("--status", metavar="STATUS",
                          autocompletion=_choices(("open", "fulfilled", "overdue", "all")),
                          help="open (overdue included), fulfilled, overdue or all.")
    ] = "open",
    committee: Annotated[
        str | None, typer.Option("--committee", metavar="NAME",
                                 parser=_nonempty("--committee", "a committee's name or IRI"),
                                 help="Only this committee (any of its names, "
                                 "or its IRI).")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE",
                                 help="Only follow-ups raised on or after this date "
                                 "(YYYY-MM-DD).")
    ] = None,
    assigned_to: Annotated[
        str | None, typer.Option("--assigned-to", metavar="WORDS",
                                 parser=_nonempty("--assigned-to", "words of a name"),
                                 help="Only those assigned to a post, person "
                                 "or organisation whose name holds these words.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE",
                                 help="Judge overdue on this date (YYYY-MM-DD; "
                                 "default today).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT",
                          autocompletion=_choices(FOLLOWUP_FORMATS),
                          help=f"Output: {', '.join(FOLLOWUP_FORMATS)}.")
    ] = "table",
    excel_safe: ExcelSafeOption = False,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """The action log: what committees asked for or were promised, and what became of it.
    Exit status as grep's: 0 follow-ups listed, 1 none, 2 an error."""
    import json as json_mod

    from kg.followups import FollowupsError, followups, known_status, to_csv

    _known_format(fmt, FOLLOWUP_FORMATS)
    _csv_only(excel_safe, fmt)
    try:
        known_status(status)  # as followups() reads it, before the store is opened
    except FollowupsError as e:
        raise fail(str(e)) from None
    since_date, as_of_date = _date_option(since, "--since"), _date_option(as_of, "--as-of")
    graph = open_store(store, read_only=True)
    try:
        rows = followups(graph, status=status, committee=committee, since=since_date,
                         assigned_to=assigned_to, as_of=as_of_date)
    except FollowupsError as e:
        raise fail(str(e)) from None
    if fmt == "json":
        _write(json_mod.dumps(rows, indent=2, ensure_ascii=False), None)
    elif fmt == "csv":
        sys.stdout.write(to_csv(rows, excel_safe=excel_safe))
    elif rows:  # an empty table says less than the line below
        _print_followups(rows)
    if rows:
        return
    empty = not graph.graphs()
    # Said in every format: an empty JSON list or a CSV of its header alone, piped into a
    # file, looked like a log with nothing to do, where a filter may have been mistyped.
    filters = [f"{name} {value!r}" for name, value in (
        ("--committee", committee), ("--since", since), ("--assigned-to", assigned_to))
        if value is not None]
    raise _nothing_found(f"no follow-ups: {_no_documents(store)}" if empty
                         else _no_followups(status.lower(), filters))


def _no_followups(status: str, filters: list[str]) -> str:
    """Why the action log is empty, in one line naming what was asked for (the status and
    the filters given) and only the ways to widen it that are left: "try --status all" to
    a user who gave it sent them round in a circle."""
    which = "" if status == "all" else f"{status} "
    if not filters and not which:
        return "no follow-ups: no document in the store asks for any"
    line = f"no {which}follow-ups" + (f" match {' and '.join(filters)}" if filters else "")
    tries = [*(["--status all"] if which else []), *(["fewer filters"] if filters else [])]
    return f"{line} (try {', or '.join(tries)})"


def _print_followups(rows: list[dict]) -> None:
    """The action log as a table, or as blocks where the terminal is too narrow for its
    eight columns."""
    table = Table("raised", "committee", "item", "follow-up", "asked by", "status", "assigned to",
                  "due",
                  header_style="bold", show_lines=True)
    for column in table.columns:
        column.overflow = "fold"  # a cell too narrow for a word folds it: nothing is cut
    narrow = out.width < NARROW_FOLLOWUPS
    blocks = []
    for r in rows:
        item = f"{r['number']} {r['title']}" if r["number"] else r["title"]
        state = r["status"]
        if r["fulfilled_by"]:
            state += (f" by {r['fulfilled_date'] or '?'} {r['fulfilled_title'] or ''}"
                      f" ({r['confidence']:.2f})")
        due = r["due_text"] or ""
        if r["due_date"]:
            due = f"{due} ({r['due_date']})" if due else r["due_date"]
        if not narrow:
            table.add_row(*map(Text, (r["meeting_date"] or "—", r["committee"] or "", item,
                                      r["text"] or "", r["requested_by"] or "", state,
                                      r["assigned_to"] or "", due)))
            continue
        blocks.append((f"{r['meeting_date'] or '—'} · {r['committee'] or ''} · {item}",
                       [f"follow-up: [{state}] {r['text'] or ''}",
                        *([f"asked by: {r['requested_by']}"] if r["requested_by"] else []),
                        *([f"assigned to: {r['assigned_to']}"] if r["assigned_to"] else []),
                        *([f"due: {due}"] if due else [])]))
    if narrow:
        _print_blocks(None, blocks)
    else:
        out.print(table)
    out.print(plural(len(rows), "follow-up"), style="dim")


# -- query --------------------------------------------------------------------------------


def _compact(value: str, names: dict[str, str]) -> str:
    for prefix, iri in sorted(names.items(), key=lambda kv: -len(kv[1])):
        if value.startswith(iri):
            return f"{prefix}:{value[len(iri):]}"
    return value


def _line_ended(text: str) -> str:
    """``text`` ending with a line break, as every other command's output does: SPARQL
    JSON and XML results (and JSON-LD, RDF/XML) end on their last bracket, which left the
    shell's prompt after it and ran a second result appended to a file (``>>``) into the
    first's line. Nothing is added to no output."""
    return text if not text or text.endswith("\n") else text + "\n"


class _EndsLine:
    """A binary stream that remembers its last byte, so that an export whose serialiser
    ends without a line break (JSON-LD, RDF/XML) is ended with one, as :func:`_line_ended`
    ends a query's results, without holding the whole export in memory."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.last = b"\n"  # nothing written: nothing to end

    def write(self, data: bytes) -> int:
        if data:
            self.last = bytes(data[-1:])
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()

    def end_line(self) -> None:
        if self.last != b"\n":
            self.raw.write(b"\n")


class _Answer(NamedTuple):
    """A query's results read to the end, as plain text: what :func:`print_answer` prints.
    ``text`` goes to the console (an ASK's answer) or, with ``raw``, straight to standard
    output (serialised results); else ``names`` and ``data`` are a SELECT's table."""

    text: str = ""
    raw: bool = False
    names: list[str] | None = None
    data: list[list[str]] | None = None


def read_results(results: object, fmt: str, *, excel_safe: bool = False) -> _Answer:
    """A query's results read to the end, in ``fmt``: serialised, or the rows of a table.
    With ``excel_safe``, a SELECT's CSV has its formula-like cells quoted (see
    :func:`kg.queries.excel_safe`); only a SELECT's rows are cells a spreadsheet opens.
    Reading them is where Oxigraph evaluates the query, so this is what ``kg query`` runs
    away from the main thread (:func:`_interruptible`); nothing of pyoxigraph's is kept."""
    if isinstance(results, ox.QueryBoolean):
        if fmt == "table":
            return _Answer("true\n" if bool(results) else "false\n")
        return _Answer(_line_ended(serialize_results(results, fmt)))
    if fmt != "table" or isinstance(results, ox.QueryTriples):
        text = serialize_results(results, fmt)
        if excel_safe and isinstance(results, ox.QuerySolutions):
            text = excel_safe_csv(text)
        return _Answer(_line_ended(text), raw=True)
    names, data = rows(results)  # type: ignore[arg-type]
    return _Answer(names=names, data=data)


def print_answer(answer: _Answer, declared: dict[str, str] | None = None) -> int | None:
    """A query's results (:func:`read_results`) on standard output. A table shows IRIs as
    prefixed names, by the prefixes every query may use and those the query ``declared``
    itself; csv, json and the rest keep them whole, for programs. Returns the number of
    rows of a SELECT's table (None otherwise: the rows go unread)."""
    if answer.raw:
        sys.stdout.write(answer.text)
        return None
    if answer.names is None or answer.data is None:
        out.print(answer.text, end="", markup=False)
        return None
    names, data = answer.names, answer.data
    table = Table(show_lines=False, header_style="bold")
    for name in names:
        table.add_column(name, overflow="fold")  # IRIs whole, so they can be copied
    short = {**prefixes(), **(declared or {})}
    for r in data:
        table.add_row(*(Text(_compact(v, short)) for v in r))
    out.print(table)
    out.print(plural(len(data), "row"), style="dim")
    return len(data)


def print_results(results: object, fmt: str, *, excel_safe: bool = False,
                  declared: dict[str, str] | None = None) -> int | None:
    """A query's results on standard output: a table, or serialised in ``fmt``
    (:func:`read_results`, :func:`print_answer`)."""
    return print_answer(read_results(results, fmt, excel_safe=excel_safe), declared)


class _LeftRunning(KeyboardInterrupt):
    """Ctrl-C that left a query's thread behind, still inside Oxigraph (:func:`_interruptible`):
    the process leaves at once (:meth:`_Group.invoke`). An exception, not a flag of the
    module's, so that it says so of this Ctrl-C alone: a flag set once stayed set, and
    any later Ctrl-C in the same process (``main`` called again) left by ``os._exit``."""


def _interruptible(work: Callable[[], _T]) -> _T:
    """``work``'s value, computed in a thread of its own while the main thread waits for it,
    so that Ctrl-C stops the command at once. pyoxigraph lets go of the GIL while it
    evaluates, but Python runs its SIGINT handler only in the main thread, between two
    steps of Python: with the query in the main thread, Ctrl-C waited for Oxigraph's next
    row, which a cross product or an aggregate over a big store may not give for minutes.
    ``work`` must take nothing of pyoxigraph's out of its thread (a query's results may not
    cross threads: pyoxigraph aborts the process), so it returns plain values, and an error
    it raises comes back without its traceback (whose frames hold the results). On Ctrl-C
    the thread is left running (:class:`_LeftRunning`)."""
    box: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            box.append((True, work()))
        except BaseException as e:  # handed to the main thread as it is
            box.append((False, e.with_traceback(None)))

    thread = threading.Thread(target=run, name="kg query", daemon=True)
    thread.start()
    try:
        thread.join()  # a lock's wait: Ctrl-C interrupts it (POSIX)
    except KeyboardInterrupt:
        raise _LeftRunning from None
    ok, value = box[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


@app.command("query", short_help="Run a named query, a .rq file or SPARQL text.",
             epilog=_examples("query"))
def query_cmd(
    query: Annotated[str, typer.Argument(
        metavar="QUERY", autocompletion=_query_names,
        help="A .rq file, the name of a bundled query, SPARQL text, or - to read SPARQL "
             "from standard input.")],
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", metavar="NAME=VALUE",
                     help="Bind a query parameter: name=value, or name:TYPE=value (iri, "
                          "string, date, integer) in a query typed on the command line "
                          "(repeatable)."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", autocompletion=_choices(FORMATS),
                          help=f"Output: {', '.join(FORMATS)}.")
    ] = "table",
    excel_safe: ExcelSafeOption = False,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Run a SPARQL query over every document's graph."""
    _known_format(fmt, FORMATS)
    _csv_only(excel_safe, fmt)
    try:
        named = find(query)
        given: dict[str, str] = {}
        for p in param or []:
            name, sep, value = p.partition("=")
            if not sep or not name:
                raise QueryError(f"--param {p!r}: expected name=value")
            given[name.strip()] = value
        bindings = named.bindings(given)
    except QueryError as e:
        raise fail(str(e)) from None
    graph = open_store(store, read_only=True)
    absent = absent_iris(graph, bindings)
    for name in absent:
        err.print(f"warning: --param {name}=<{bindings[name].value}>: nothing in the graph "
                  "has this IRI, so nothing can match it", markup=False)
    try:
        # Evaluated and read to the end away from the main thread, so that Ctrl-C stops a
        # runaway query at once (status 130), not at Oxigraph's next row; printed here.
        answer = _interruptible(lambda: read_results(graph.query(named.text, bindings), fmt,
                                                     excel_safe=excel_safe))
        shown = print_answer(answer, declared=declared_prefixes(named.text))
        # What an empty table means: a store with no documents in it (every one forgotten,
        # or none ingested) first, else the query's header (an IRI the graph lacks, warned
        # of above, is the reason itself).
        if shown == 0 and not graph.graphs():
            err.print(f"note: {_no_documents(store)}", markup=False)
        elif shown == 0 and named.empty and not absent:
            err.print(f"note: {named.empty}", markup=False)
    except BrokenPipeError:
        raise  # the reader has gone: not the query's fault (see main)
    except SyntaxError as e:
        raise fail(f"{named.shown}: SPARQL syntax error: {syntax_message(e, named.text)}"
                   ) from None
    except (RuntimeError, OSError, ValueError) as e:
        first = str(e).splitlines()[0]
        if m := _UNPROJECTED.search(first):
            raise fail(f"{named.shown}: --param {m.group(1)} binds only a variable the query "
                       f"selects: add ?{m.group(1)} to its SELECT clause") from None
        raise fail(f"{named.shown}: query failed: {first}") from None


#: pyoxigraph's words when a substitution names a variable the SELECT does not project.
_UNPROJECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")


@app.command("queries", short_help="List the bundled named queries and their parameters.",
             epilog=_examples("queries"))
def queries_cmd() -> None:
    """List the bundled named queries and their parameters."""
    from kg.queries import NamedQuery

    for name, path in bundled().items():
        q = NamedQuery.from_file(path)
        out.print(f"[bold]{escape(name)}[/bold]  {escape(q.description)}")
        for p in q.params:
            need = "required" if p.required else "optional"
            out.print(f"    --param {p.name}=…  ({p.kind}, {need}) {p.help}", markup=False)


# -- export / validate --------------------------------------------------------------------


def _export_help() -> str:
    """``kg export``'s help, its formats said from :data:`EXPORT_FORMATS`: which write the
    union of all documents and which each document in its own named graph."""
    union = [fmt for fmt, (_, dataset) in EXPORT_FORMATS.items() if not dataset]
    graphs = [fmt for fmt, (_, dataset) in EXPORT_FORMATS.items() if dataset]
    return (f"Write the graph out: {', '.join(union)} (the union of all documents) or "
            f"{', '.join(graphs)} (each document in its own named graph).")


@app.command("export", short_help=f"Write the graph out ({', '.join(EXPORT_FORMATS)}).",
             help=_export_help(), epilog=_examples("export"))
def export_cmd(
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", metavar="FORMAT",
                                 autocompletion=_choices(EXPORT_FORMATS),
                                 help="One of: "
                                 f"{_formats_said(EXPORT_FORMATS, EXPORT_SUFFIXES)} "
                                 "(default: the format whose suffix, in brackets, the "
                                 "--output file ends with; else turtle).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", parser=OUTPUT,
                                  help="File to write (default: stdout).")
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    # The help is _export_help(), made from the formats themselves.
    fmt = fmt or _by_suffix(output, EXPORT_SUFFIXES) or "turtle"
    _known_format(fmt, EXPORT_FORMATS)
    _writable(output)
    graph = open_store(store, read_only=True)
    if output is None:
        ended = _EndsLine(sys.stdout.buffer)
        graph.export(fmt, ended)
        ended.end_line()
        return
    try:
        with replacing(output) as f:
            ended = _EndsLine(f)
            graph.export(fmt, ended)
            ended.end_line()
    except OSError as e:
        raise _cannot_write(output, e) from None
    err.print(f"wrote {output}", markup=False)


@app.command("validate", short_help="Check the graph against the SHACL shapes.",
             epilog=_examples("validate"))
def validate_cmd(
    store: StoreOption = DEFAULT_STORE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line.")] = False,
) -> None:
    """Check the graph against the SHACL shapes; exit 1 if anything violates them."""
    graph = open_store(store, read_only=True)  # said before pySHACL and rdflib load (1.5 s)
    from kg.validate import validate_store

    report = validate_store(graph)
    with contextlib.suppress(BrokenPipeError):  # `kg validate | head`: the status still says
        if not quiet and (report.violations or report.warnings):
            out.print(report.text, markup=False)
        out.print(report.summary, markup=False)
    if not report.conforms:
        raise typer.Exit(1)


@app.command("push", short_help="Send the graph to a SPARQL 1.1 server (Oxigraph, Fuseki…).",
             epilog=_examples("push"))
def push_cmd(
    url: Annotated[str, typer.Argument(
        metavar="URL", help="The server's Graph Store endpoint (Oxigraph: /store, Fuseki: "
        "/DATASET/data), or with --protocol update its SPARQL Update endpoint.")],
    protocol: Annotated[
        str, typer.Option("--protocol", metavar="PROTOCOL", autocompletion=_choices(PROTOCOLS),
                          help="graph-store (the SPARQL 1.1 Graph Store HTTP Protocol: PUT "
                          "and POST of N-Triples) or update (SPARQL 1.1 Update: DROP GRAPH "
                          "and INSERT DATA).")
    ] = "graph-store",
    user: Annotated[
        str | None, typer.Option("--user", metavar="USER",
                                 help="User name for HTTP basic authentication.")
    ] = None,
    password_env: Annotated[
        str | None, typer.Option("--password-env", metavar="VAR",
                                 help="Name of the environment variable holding the --user's "
                                 "password (never the password itself on the command line).")
    ] = None,
    batch: Annotated[
        int, typer.Option("--batch", metavar="N",
                          help="Most triples sent in one request. The server's default "
                          "graph (every pushing store's union) is always one request, however "
                          "large, so that no query sees it half made.")
    ] = PUSH_BATCH,
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS",
                            help="Seconds to wait for the server to answer each request "
                            f"(at most {PUSH_MAX_TIMEOUT}, about 24 days).")
    ] = 60.0,
    prune: Annotated[
        bool, typer.Option("--prune",
                           help="Then delete, on the server, the graphs this store pushed "
                           "there (its documents' graphs, its resolution, derived and union "
                           "graphs) "
                           "and no longer holds; no other graph is touched. Graphs another "
                           "store pushed to the same server are left, and listed.")
    ] = False,
    prune_store: Annotated[
        list[str] | None,
        typer.Option("--prune-store", metavar="ID",
                     help="With --prune: delete too the graphs the store of this identity "
                     "pushed (as --prune lists them: a store this one was built again to "
                     "replace), or with 'unrecorded' those no store's record claims. May be "
                     "given more than once.")
    ] = None,
    query_url: Annotated[
        str | None, typer.Option("--query-url", metavar="URL",
                                 help="With --prune: the server's SPARQL query endpoint, "
                                 "asked which graphs it holds (default: URL with its last "
                                 "part, store, data or update, made query).")
    ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Send every graph of the store to a SPARQL 1.1 server, each replacing the server's graph
    of its name: each document's graph, the store's own resolution, derived and union graphs,
    and the default graph (the union queries see: every pushing store's union, so several
    stores may share a server). Pushing again leaves the server holding what the store holds,
    no triple twice; --prune also deletes kg's graphs the store no longer holds.
    The store is only read (a store made by a kg older than its identity file gets that
    file written on its first push)."""
    from kg.push import (
        DEFAULT_GRAPH,
        UNRECORDED,
        Asking,
        PushError,
        check,
        push,
        shown_url,
    )

    shown = shown_url(url)  # every URL printed goes without its user and password
    try:  # the checks push() makes, before the store is opened, worded in the options
        query = check(url, protocol=protocol, batch=batch, timeout=timeout, prune=prune,
                      query=query_url, prune_stores=prune_store or (), asking=Asking(
                          prune="--prune", query="--query-url",
                          give_query="give it with --query-url",
                          give_user="give the user with --user and the password with "
                          "--password-env, not in the URL",
                          give_user_in_url="give the user with --user and the password with "
                          "--password-env, not in the URL (where the password would be "
                          "printed, and seen by other users in the process list)",
                          protocol="--protocol {}",
                          # the one option that is wrong, and what it takes: a message
                          # naming both left the user to guess which
                          batch="--batch {}: give a number of triples, 1 or more",
                          timeout="--timeout {:g}: give a number of seconds above 0 and "
                          f"at most {PUSH_MAX_TIMEOUT} (about 24 days)",
                          prune_store="--prune-store {}",
                          prune_store_alone="--prune-store is for --prune: give both"))
    except ValueError as e:
        raise fail(str(e)) from None
    if query_url is not None and not prune:
        raise fail("--query-url is for --prune, which asks it which graphs the server holds")
    auth = None
    if (user is None) != (password_env is None):
        raise fail("--user and --password-env go together: the user, and the name of the "
                   "environment variable holding the password")
    if user is not None and password_env is not None:
        password = os.environ.get(password_env)
        if password is None:
            raise fail(f"--password-env {password_env}: no such environment variable is set")
        auth = (user, password)
    graph = open_store(store, read_only=True)

    def arrived(name: str, triples: int, seconds: float) -> None:
        # The default graph's step sends this store's union (what is counted); the server's
        # default graph holds every pushing store's, which kg push does not count.
        what = " of this store's union" if name == DEFAULT_GRAPH else ""
        out.print(f"pushed {name}: {plural(triples, 'triple')}{what} in {seconds:.1f} s",
                  markup=False)

    def deleted(name: str) -> None:
        out.print(f"deleted {name}: the store no longer holds it", markup=False)

    try:
        report = push(graph, url, protocol=protocol, auth=auth, batch=batch, timeout=timeout,
                      on_graph=arrived, prune=prune, query=query, on_delete=deleted,
                      prune_stores=prune_store or ())
    except (PushError, StoreError) as e:
        raise fail(str(e)) from None
    for left in report.left:
        whose = (f"store {left.identity} ({left.label or 'no label'}) pushed"
                 if left.identity != UNRECORDED else
                 "no store's record claims (pushed by a kg that kept no record)")
        out.print(f"left {plural(len(left.graphs), 'graph')} that {whose}: give "
                  f"--prune-store {left.identity} to delete them too", markup=False)
    # This store's union repeats the named graphs' triples: counted apart, or each would
    # count twice. Only its own union is counted: the server's default graph also holds
    # every other store's.
    union = report.default_triples
    default = ("" if union is None else
               f", and this store's union ({plural(union, 'triple')}, in the default graph "
               "with every other store's)")
    pruned = ""
    if prune:
        pruned = (f"; deleted {plural(len(report.deleted), 'graph')} the store no longer "
                  "holds" if report.deleted else "; --prune found nothing to delete")
        others = sum(len(left.graphs) for left in report.left)
        pruned += f" (left {plural(others, 'graph')} it did not push)" if others else ""
    out.print(f"pushed {plural(len(report.named), 'graph')}, "
              f"{plural(report.triples, 'triple')}{default} to {shown} in "
              f"{report.seconds:.1f} s{pruned}", markup=False)


# -- evaluate -----------------------------------------------------------------------------


@app.command("evaluate", short_help="Score the extractor against gold annotations.",
             epilog=_examples("evaluate"))
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(
        metavar="GOLD_DIR", parser=_path("", "a folder of gold files"),
        help="Folder of gold annotation files (*.json).")],
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list what was missed and what was extra.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                     help="table or json.")] = "table",
    against: Annotated[
        Path | None, typer.Option(
            "--against", metavar="DIR", parser=_path("--against", "a folder of gold files"),
            help="Score a second reader's gold files (same file names) instead "
            "of the extractor: how far two readers agree, the ceiling for any extractor.")
    ] = None,
    by_document: Annotated[
        bool, typer.Option("--by-document", help="Also score each document over all kinds, "
                           "worst first: which pages read worst, and which one a change broke.")
    ] = False,
    interval: Annotated[
        bool, typer.Option("--interval", help="Also give each F1 a 95% interval, by resampling "
                           "the documents (bootstrap): how far the figure could move on another "
                           "set of pages like these. A change smaller than that is not shown "
                           "to be real.")
    ] = False,
) -> None:
    """Score the extractor against gold annotations: precision, recall, F1 per kind."""
    import json as json_mod

    from kg.gold import GoldError, load_gold

    # before the pages are read: a table was printed instead
    _known_format(fmt, ("table", "json"))
    try:
        # The gold files are read and checked before the extractor and spaCy load (two
        # seconds and more): a mistyped folder or a broken file is said at once.
        gold = load_gold(gold_dir)
        others = load_gold(against) if against is not None else None
        from kg.evaluate import Score, agreement, evaluate, intervals

        report = (evaluate(gold_dir, gold) if against is None or others is None
                  else agreement(gold_dir, against, gold, others))
    except GoldError as e:
        raise fail(str(e)) from None
    rows = [*report.kinds.items(), ("overall", report.overall)]
    spread = intervals(report) if interval else {}
    # Worst first; a document with nothing to find and nothing found (F1 1.0) goes last.
    documents = sorted(report.by_document.items(), key=lambda d: (d[1].f1, d[0]))
    if fmt == "json":
        def figures(s: Score) -> dict:
            return {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn}

        out.print(json_mod.dumps({
            kind: figures(s) | ({"missed": s.misses, "extra": s.extras} if errors else {})
            | ({"interval": [round(x, 3) for x in spread[kind]]} if spread else {})
            for kind, s in rows
        } | ({"refused": dict(report.refused)} if report.refused else {})
          | ({"documents": {stem: figures(s) for stem, s in documents}} if by_document
             else {}),
            indent=2, ensure_ascii=False), markup=False)
        return
    table = Table("kind", "precision", "recall", "F1", *(["95% interval"] if spread else []),
                  "tp", "fp", "fn", header_style="bold", title=f"{report.documents} documents")
    for kind, s in rows:
        table.add_row(kind, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}",
                      *([f"{spread[kind][0]:.2f}–{spread[kind][1]:.2f}"] if spread else []),
                      str(s.tp), str(s.fp), str(s.fn))
    out.print(table)
    if by_document:
        pages = Table("document", "precision", "recall", "F1", "tp", "fp", "fn",
                      header_style="bold", title="by document, worst first")
        for stem, s in documents:
            pages.add_row(escape(stem), f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}",
                          str(s.tp), str(s.fp), str(s.fn))
        out.print(pages)
    for stem, why in report.refused:
        out.print(f"refused {stem}: {why} (scored as finding nothing)", markup=False)
    if errors:
        for kind, s in report.kinds.items():
            for m in s.misses:
                out.print(f"missed {kind}: {m}", markup=False)
            for e in s.extras:
                out.print(f"extra  {kind}: {e}", markup=False)


# -- serve / explore / stats ----------------------------------------------------------------


@app.command("serve", short_help="Serve the explorer and a read-only SPARQL endpoint.",
             epilog=_examples("serve"))
def serve_cmd(
    store: StoreOption = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option("--host", metavar="ADDRESS",
                          help="Address to listen on. The default answers this "
                          "machine only; 0.0.0.0 opens the graph to your network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="PORT", help="Port to listen on.")] = 8000,
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS", help="Seconds a SPARQL query may run.")
    ] = 10.0,
    max_results: Annotated[
        int, typer.Option("--max-results", metavar="N",
                          help="Most rows (or triples) a SPARQL query may "
                          "return; more is an error.")
    ] = 10_000,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", metavar="N", help="Most nodes the explorer draws.")
    ] = 400,
) -> None:
    """Serve the explorer and a read-only SPARQL endpoint (/sparql) over the graph."""
    from kg.resources import MAX_TIMEOUT

    if not 0 < timeout <= MAX_TIMEOUT:
        # inf and nan passed a test of `<= 0`, and then every query was a 500 with a
        # traceback in the log: the workers wait on each query for so many milliseconds,
        # which must fit poll()'s int (so must 3,000,000 s: it failed the same way).
        raise fail(f"--timeout {timeout:.10g}: give a number of seconds above 0 and at most "
                   f"{MAX_TIMEOUT} (about 24 days; --timeout 300 for slow queries)")
    _one_or_more("--max-results", max_results)
    _one_or_more("--max-nodes", max_nodes)
    if not store.exists():
        raise fail(f"{store}: no store here yet (run `kg ingest` first)")
    check_store(store)  # a file, or a folder of other files: said before the server loads
    # The server (Starlette, networkx, the explorer: a second) loads once the options and
    # the store's path are found good.
    from kg.server import ServeError, Settings, serve

    settings = Settings(store=store, host=host, timeout=timeout, max_results=max_results,
                        max_nodes=max_nodes, pages=_extra_pages())

    def ready(url: str) -> None:
        out.print(f"committee-kg explorer on {url}  (SPARQL endpoint: {url}sparql); "
                  "Ctrl-C stops it", markup=False)
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(f"warning: listening on {host}: anyone who can reach this machine can "
                      "read the graph", markup=False)

    try:
        serve(settings, port, on_ready=ready)
    except (StoreError, ServeError) as e:
        raise fail(str(e)) from None


def _one_or_more(option: str, value: int) -> None:
    """Refuse a count under 1 in one line that names the option and what was given, as
    --top and --port do (serve named all three of its options for a mistake in one)."""
    if value < 1:
        raise fail(f"{option} {value}: must be 1 or more")


def _extra_pages() -> list:
    """The pages other parts of committee-kg add to the server (trace, follow-ups)."""
    from kg.trace_pages import PAGES

    return list(PAGES)


@app.command("explore", short_help="Write the explorer as one self-contained HTML file.",
             epilog=_examples("explore"))
def explore_cmd(
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", parser=OUTPUT,
                           help="The HTML file to write.")
    ] = Path("explorer.html"),
    store: StoreOption = DEFAULT_STORE,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", metavar="N",
                          help="Most nodes the file holds (the most connected "
                          "first).")
    ] = 2000,
) -> None:
    """Write the explorer as one self-contained HTML file (no server, no internet needed)."""
    _one_or_more("--max-nodes", max_nodes)
    _writable(output)
    graph = open_store(store, read_only=True)
    from kg.explorer import write_explorer  # networkx and jinja: once the inputs are good

    try:
        counts = write_explorer(graph, output, max_nodes=max_nodes)
    except OSError as e:
        raise _cannot_write(output, e) from None
    capped = "" if counts["nodes"] == counts["total"] else \
        f" (capped by --max-nodes {max_nodes})"
    err.print(f"wrote {output}: {counts['nodes']} of {counts['total']} nodes{capped}",
              markup=False)


@app.command("stats", short_help="Counts, the most connected nodes, attendance, meetings per year.",
             epilog=_examples("stats"))
def stats_cmd(
    store: StoreOption = DEFAULT_STORE,
    top: Annotated[int, typer.Option("--top", metavar="N",
                                     help="How many to list in each ranking.")] = 10,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                     help="table or json.")] = "table",
) -> None:
    """Counts by class, the most connected programmes, topics and posts, attendance rates
    and meetings per committee per year (networkx analytics over the graph)."""
    import json as json_mod
    from dataclasses import asdict

    _known_format(fmt, ("table", "json"))
    if top < 1:
        raise fail(f"--top {top}: must be 1 or more")
    graph = open_store(store, read_only=True)
    from kg.analytics import stats  # networkx (half a second): once the inputs are good

    s = stats(graph, top=top)
    if fmt == "json":
        data = asdict(s)
        for r, rate in zip(data["attendance"], s.attendance, strict=True):
            r["rate"] = round(rate.rate, 3)
        out.print(json_mod.dumps(data, indent=2, ensure_ascii=False), markup=False)
        return
    t = Table("class", "count", title="Nodes by class", header_style="bold")
    for cls, n in s.counts.items():
        t.add_row(Text(cls), str(n))
    out.print(t)
    for cls, ranked in s.most_connected.items():
        t = Table(cls.lower(), "connections", title=f"Most connected {cls.lower()}s",
                  header_style="bold")
        for r in ranked:
            t.add_row(Text(r.label), str(r.degree))
        out.print(t)
    t = Table("member", "present", "meetings", "rate", title="Attendance per member "
              "(meetings of their committees with a recorded register)", header_style="bold")
    for a in s.attendance:
        t.add_row(Text(a.label), str(a.present), str(a.meetings), f"{a.rate:.0%}")
    out.print(t)
    years = sorted({y for per in s.meetings_per_year.values() for y in per})
    t = Table("committee", *years, title="Meetings (minutes in the store) per committee per "
              "year", header_style="bold")
    for committee, per in s.meetings_per_year.items():
        t.add_row(Text(committee), *(str(per.get(y, "")) for y in years))
    out.print(t)
    for title, rows_ in (("Most frequent co-attendance (present together)",
                          s.co_attendance_pairs),
                         ("Programmes and posts (items naming both)", s.programme_posts)):
        t = Table("", "", "items" if "Programmes" in title else "meetings", title=title,
                  header_style="bold")
        for a, b, w in rows_:
            t.add_row(Text(a), Text(b), str(w))
        out.print(t)


# -- demo ---------------------------------------------------------------------------------


@app.command("demo", short_help="Ingest the bundled samples and show what the graph holds.",
             epilog=_examples("demo"))
def demo_cmd(store: StoreOption = DEFAULT_STORE) -> None:
    """Ingest the bundled sample minutes, list their meetings, items and open follow-ups, and
    validate the graph."""
    samples = sorted(str(p) for p in resources.samples_dir().glob("*.txt"))
    check_store(store)  # the error alone, not under the first step's heading
    from kg.validate import validate_store  # pySHACL and rdflib: once the store path is good

    out.rule("1. Ingest the sample minutes")
    results = run_ingest(samples, store, [], None)
    if any(not r.ok for r in results):
        raise typer.Exit(1)
    graph = open_store(store, read_only=True)
    out.rule("2. kg query meetings")
    print_results(graph.query(find("meetings").text), "table")
    meeting = next(iter(graph.query(
        "SELECT ?m WHERE { ?m a ckg:Meeting ; ckg:hasItem ?i ; ckg:date ?d } "
        "ORDER BY DESC(?d) LIMIT 1")))["m"]
    out.rule(f"3. kg query items-of-meeting --param meeting={term_text(meeting)}")
    print_results(graph.query(find("items-of-meeting").text, {"meeting": meeting}), "table")
    out.rule("4. kg query open-followups")
    print_results(graph.query(find("open-followups").text), "table")
    out.rule("5. kg validate")
    report = validate_store(graph)
    out.print(report.summary, markup=False)
    # The commands suggested read the store a plain command would (KG_STORE, else
    # ./kg-store): another one given with --store is named in them, or they would not find it.
    flag = "" if store == Path(os.environ.get("KG_STORE") or DEFAULT_STORE) else (
        f" --store {shlex.quote(str(store))}")
    out.print(f"\nThe graph is in {store}. Try: kg queries, kg query meetings{flag}, kg "
              f"export{flag} --format turtle -o graph.ttl", markup=False)
    if not report.conforms:
        raise typer.Exit(1)


#: The shells ``kg completion`` writes a script for (Typer's, through click).
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


@app.command("completion", short_help="Print the shell completion script for bash, zsh, fish…",
             epilog=_examples("completion"))
def completion_cmd(
    shell: Annotated[str, typer.Argument(
        metavar="SHELL", autocompletion=_choices(SHELLS),
        help=f"One of: {', '.join(SHELLS)}.")],
) -> None:
    """Print a script that completes kg's commands, options, formats and named queries when
    TAB is pressed. Load it in your shell's start-up file, e.g. in ~/.bashrc:
    eval "$(kg completion bash)"."""
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    if shell not in SHELLS:
        raise fail(f"unknown shell {shell!r} (choose from {', '.join(SHELLS)})")
    completion_init()
    _write(get_completion_script(prog_name="kg", complete_var=COMPLETE_VAR, shell=shell),
           None)


# Every command is a _Command, whose start a Ctrl-C is told by (a search is one already;
# typer gives the others its own TyperCommand).
for _info in app.registered_commands:
    if _info.cls in (None, typer.core.TyperCommand):
        _info.cls = _Command

#: The variable the completion scripts set when they ask kg for the words that fit.
COMPLETE_VAR = "_KG_COMPLETE"


def _plain_arguments(group: object) -> None:
    """Each argument's help line without Python's type after it ("FILES <list[str]>",
    "ISSUE <str>", typer's way): its name and help say what it takes, to readers who need
    not know Python. And the usage line names a required argument bare, as man pages and
    every other tool do ("kg push [OPTIONS] URL"), not in braces ("{URL}", typer 0.29's
    way), which a user may copy into the command, and which elsewhere mean a choice."""
    for command in group.commands.values():  # type: ignore[attr-defined]
        for param in command.params:
            if isinstance(param, typer.core.TyperArgument):
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
                if param.required:
                    bare = param.display_name_raw + ("..." if param.nargs != 1 else "")
                    param._usage_display_name = lambda bare=bare: bare  # type: ignore[method-assign]


#: typer's words for a value that is not a number, and plainer ones.
_PYDANTIC = re.compile(r"Input should be a valid (integer|number), unable to parse string as "
                       r"an? (?:integer|number)")
_PLAIN = {"integer": "not a whole number", "number": "not a number"}


def main() -> None:
    """The ``kg`` command. A usage mistake (a missing argument, an option that is not a
    number, a command that does not exist) is one line naming it, like every other error,
    rather than click's usage block; the exit status stays 2. A reader that closes the pipe
    early (``kg export | head``) ends the command quietly with status 0."""
    try:  # typer 0.29 carries its own copy of click; older typers use click itself
        from typer._click import exceptions as click
    except ImportError:  # pragma: no cover
        from click import exceptions as click  # type: ignore[no-redef]

    command = typer.main.get_command(app)
    _plain_arguments(command)
    if os.environ.get(COMPLETE_VAR):  # a completion script asks for the words after TAB
        from typer._completion_classes import completion_init

        completion_init()
    real_stdout = sys.stdout
    sys.stdout = _GuardedStream(real_stdout)  # type: ignore[assignment]
    try:
        code = command.main(prog_name="kg", standalone_mode=False)
        sys.stdout.flush()  # what is still buffered fails here, not in Python's exit
    except OutputFailed as e:
        _silence(real_stdout)  # nor again when Python flushes at exit
        err.print(f"error: standard output: cannot write: {e}", markup=False)
        sys.exit(e.status)
    except click.NoArgsIsHelpError as e:  # bare `kg`: the help is the answer
        e.show()
        sys.exit(e.exit_code)
    except click.UsageError as e:
        where = e.ctx.command_path if e.ctx is not None else "kg"
        message = _PYDANTIC.sub(lambda m: _PLAIN[m.group(1)], e.format_message())
        err.print(f"error: {message} (see `{where} --help`)", markup=False)
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except typer.Abort as e:
        if isinstance(e.__context__, KeyboardInterrupt):  # pragma: no cover - older click
            err.print("interrupted", markup=False)
            sys.exit(INTERRUPTED)
        err.print("aborted", markup=False)
        sys.exit(1)
    except ReaderGone:
        # `kg export | head -1`: the reader has what it asked for. Not an error, so no
        # message and status 0 (as ripgrep does), and a script under `set -o pipefail`
        # goes on; a command that failed before the pipe closed has exited already.
        sys.exit(0)
    except OSError as e:
        # A path the system would not even look at (a name over 255 bytes: `kg query`,
        # `kg ingest`, `kg forget`, `kg evaluate` asked exists() of it) that no command's own
        # handler took: the path and the reason in one line, not a traceback.
        if e.filename is None:
            raise
        err.print(f"error: {e.filename}: {resources.os_reason(e)}", markup=False)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
