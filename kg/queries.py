"""Named SPARQL queries: ``.rq`` files whose leading comment says what they answer and which
parameters they take, and the formatting of their results.

A query file starts like this::

    # Items of one meeting, in order, with their number, title and resolution count.
    #
    # Parameters:
    #   meeting (iri, required): the meeting's IRI

Parameters are bound as RDF terms when the query runs (SPARQL substitution), never spliced
into the query text, so a value can never change what a query does.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from kg import resources
from kg.namespaces import TURTLE_PREFIXES, query_prefixes


class QueryError(ValueError):
    """A query that cannot be run; the message is one line."""


KINDS = ("iri", "string", "date", "integer")
_PARAM = re.compile(
    r"^#\s+(?P<name>[A-Za-z_][\w-]*)\s*\((?P<kind>\w+)(?:\s*,\s*(?P<need>required|optional))?\)"
    r"\s*:?\s*(?P<help>.*)$"
)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    help: str


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    description: str
    params: list[Param] = field(default_factory=list)

    #: A query typed on the command line or piped in, not read from a file: it declares no
    #: parameters, so any ``--param`` binds its variable (see :func:`_untyped_term`).
    adhoc: bool = False
    #: What no rows mean, from the header's ``# Empty:`` line: an empty attendance table
    #: says nothing of why (no minutes with a register ingested yet), so the query says.
    empty: str = ""
    #: The query as the user named it, for errors: a bundled query by its name
    #: (``meetings``), not the path it is installed at (``…/site-packages/…/meetings.rq``),
    #: which the user never gave; a file by its path.
    shown: str = ""

    def __post_init__(self) -> None:
        self.shown = self.shown or str(self.path)

    @classmethod
    def from_file(cls, path: Path, shown: str | None = None) -> NamedQuery:
        """The query in the file ``path``; ``shown``: how errors name it (default: the
        path; a bundled query's name)."""
        shown = shown or str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{shown}: no such query file") from None
        except OSError as e:
            raise QueryError(f"{shown}: cannot read query: {resources.os_reason(e)}") from None
        except UnicodeDecodeError as e:
            raise QueryError(f"{shown}: cannot read query: {resources.where_not_utf8(e)}") \
                from None
        return cls.from_text(text, path, shown=shown)

    @classmethod
    def from_text(cls, text: str, path: Path, adhoc: bool = False,
                  shown: str | None = None) -> NamedQuery:
        shown = shown or str(path)
        # A byte-order mark (Notepad's UTF-8) is no SPARQL: "error at 1:10: expected
        # CONSTRUCT" about a query that reads right.
        text = text.removeprefix("\ufeff")
        lines = text.splitlines()
        header = []
        for line in lines:
            if not line.startswith("#"):
                break
            header.append(line)
        description_lines = []
        params: list[Param] = []
        empty: list[str] = []
        section = "description"  # then "params" after "# Parameters:", "empty" after "# Empty:"
        for line in header:
            body = line.lstrip("#").strip()
            if re.match(r"^#\s*Parameters\s*:", line, re.I):
                section = "params"
                continue
            if m := re.match(r"^#\s*Empty\s*:\s*(.*)$", line, re.I):
                section, body = "empty", m.group(1).strip()
            if section == "empty":
                if body:
                    empty.append(body)
                elif empty:  # a blank comment line ends the note (a bare "# Empty:" opens it)
                    section = "description"
                continue
            if section == "params":
                if m := _PARAM.match(line):
                    kind = m.group("kind").lower()
                    if kind not in KINDS:
                        raise QueryError(f"{shown}: parameter {m.group('name')} has unknown type "
                                         f"{kind!r} (use one of {', '.join(KINDS)})")
                    params.append(Param(m.group("name"), kind, m.group("need") != "optional",
                                        m.group("help").strip()))
                continue
            if body:
                description_lines.append(body)
        if not any(line.strip() and not line.lstrip().startswith("#")
                   for line in lines):
            # The parser's "error at 1:1: expected [_]" says nothing of an empty file.
            raise QueryError(f"{shown}: {NO_QUERY}")
        if _PROLOGUE_ONLY.fullmatch(text):
            raise QueryError(f"{shown}: {NO_QUERY_AFTER_PROLOGUE}")
        if is_update(text):
            raise QueryError(f"{shown}: {READ_ONLY}")
        return cls(path.stem, path, text, " ".join(description_lines), params,
                   adhoc=adhoc and not params, empty=" ".join(empty), shown=shown)

    def bindings(self, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
        """Turn ``--param name=value`` strings into typed RDF terms, checking them."""
        if self.adhoc:
            return {name.lstrip("?$").partition(":")[0]: _adhoc_term(name, value, self.shown)
                    for name, value in given.items()}
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            hint = ", ".join(known) or "none"
            raise QueryError(f"{self.shown}: unknown parameter {unknown[0]!r} (this query takes: "
                             f"{hint})")
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.params:
            if p.name not in given:
                if p.required:
                    raise QueryError(f"{self.shown}: missing --param {p.name}=… ({p.kind}: "
                                     f"{p.help})")
                continue
            out[p.name] = _term(p, given[p.name], self.shown)
        return out


def _term(p: Param, value: str, shown: str) -> ox.NamedNode | ox.Literal:
    XSD = "http://www.w3.org/2001/XMLSchema#"
    try:
        if p.kind == "iri":
            iri = expand_prefixed(value.strip().removeprefix("<").removesuffix(">"))
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", iri):
                raise ValueError("not an absolute IRI")
            return ox.NamedNode(iri)
        if p.kind == "date":
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:  # "05/03/2018", "5 March 2018": say how, as --as-of does
                raise ValueError("use YYYY-MM-DD, as in 2018-03-05") from None
            return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if p.kind == "integer":
            try:
                number = int(value)
            except ValueError:  # not Python's "invalid literal for int() with base 10"
                raise ValueError("not a whole number") from None
            return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))
        return ox.Literal(value)
    except ValueError as e:
        raise QueryError(
            f"{shown}: --param {p.name}={value!r} is not a valid {p.kind} ({e})"
        ) from None


_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def is_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI (a scheme, a colon, no spaces or characters an
    IRI may not hold): a parameter's ``<…>`` and the endpoint's graph names are checked
    alike."""
    return bool(_IRI.match(value))


def expand_prefixed(value: str) -> str:
    """``ckg:Open`` or ``id:meeting/cabinet/2021-03-30`` as the full IRI, for a prefix the
    queries already declare (``kg query`` tables print IRIs that way, and the followups
    query's help names ``ckg:Open``); anything else as it is. Without this, ``ckg:Open``
    passed as an absolute IRI of a scheme "ckg" and matched nothing: an empty table."""
    prefix, sep, local = value.partition(":")
    names = query_prefixes()
    if sep and prefix in names and not local.startswith("//"):
        return names[prefix] + local
    return value


#: Asks whether a node is in the graph at all, as a subject or an object.
_IN_GRAPH = "ASK { { ?node ?p ?o } UNION { ?s ?p ?node } }"


def absent_iris(store: object, bindings: dict[str, ox.NamedNode | ox.Literal]) -> list[str]:
    """The parameters bound to an IRI that nothing in the graph has: a mistyped meeting's
    IRI (or one from another store) runs and finds nothing, which looks like an answer."""
    return [name for name, term in bindings.items()
            if isinstance(term, ox.NamedNode)
            and not bool(store.query(_IN_GRAPH, {"node": term}))]  # type: ignore[attr-defined]


KINDS = ("iri", "string", "date", "integer")


def _adhoc_term(name: str, value: str, shown: str) -> ox.NamedNode | ox.Literal:
    """A value for a query with no declared parameters. ``name:kind=value`` gives the type
    (``-p d:date=2018-03-05``), because a date or number compared with a stored typed literal
    never equals a plain string; without a kind the value is guessed (:func:`_untyped_term`)."""
    var, sep, kind = name.lstrip("?$").partition(":")
    if not sep:
        return _untyped_term(value)
    if kind not in KINDS:
        raise QueryError(f"{shown}: --param {name}=…: unknown type {kind!r} "
                         f"(choose from {', '.join(KINDS)})")
    return _term(Param(var, kind, True, ""), value, shown)


def _untyped_term(value: str) -> ox.NamedNode | ox.Literal:
    """A value for a query that declares no parameter types: ``<…>`` or an http(s) address
    is an IRI, anything else a plain string."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">") and is_iri(v[1:-1]):
        return ox.NamedNode(v[1:-1])
    if re.match(r"^https?://\S+$", v) and is_iri(v):
        return ox.NamedNode(v)
    return ox.Literal(value)


#: A SPARQL Update: its operation's keyword after any comments, PREFIX and BASE declarations.
#: Each part of the prologue starts with its own character and is taken whole (possessive),
#: so a query of a million spaces is read once: the endpoint runs this on every request
#: before any time limit applies (whitespace matched by nested stars took 8 s for 8,000).
_UPDATE = re.compile(
    r"^(?:\s++|#[^\n]*+\n|PREFIX\s++[^\s<]*+\s*+<[^>]*+>|BASE\s*+<[^>]*+>)*+"
    r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)

#: Why a SPARQL Update is refused: queries only read the graph; ``kg ingest`` writes it.
READ_ONLY = "kg query is read-only: SPARQL Update is refused (kg ingest writes the graph)"


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP …) rather
    than a query: the endpoint and ``kg query`` refuse it before it reaches the store."""
    return bool(_UPDATE.match(text))


#: A query's prologue alone: PREFIX and BASE declarations, comments and spaces, and no
#: SELECT, ASK, CONSTRUCT or DESCRIBE after them (a file whose query was cut off, a paste
#: of its first lines). Possessive throughout, so a long line is read once, never again.
_PROLOGUE_ONLY = re.compile(
    r"(?:\s|#[^\n]*+|PREFIX\s*+[^\s:<>]*+:\s*+<[^<>]*+>|BASE\s*+<[^<>]*+>)*+", re.I)
#: A PREFIX or BASE keyword outside a comment, telling a prologue from a blank query.
_DECLARES = re.compile(r"^[^#\n]*\b(?:PREFIX|BASE)\b", re.I | re.M)
#: What is said of a query that is empty, blank, or # comments alone.
NO_QUERY = "no query in it (empty, or only # comments)"
#: What is said of it, rather than the parser's "error at 2:1 (the end of the query)".
NO_QUERY_AFTER_PROLOGUE = ("no query in it, only PREFIX or BASE declarations (add a "
                           "SELECT, ASK, CONSTRUCT or DESCRIBE after them)")

#: What a query's text (rather than a file name or a query's name) starts with.
_SPARQL_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(?:PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b",
                           re.I)


def bundled() -> dict[str, Path]:
    """The named queries that ship with committee-kg, by name."""
    return {p.stem: p for p in sorted(resources.queries_dir().glob("*.rq"))}


def find(name_or_path: str, stdin: TextIO | None = None) -> NamedQuery:
    """A query by file path, by the name of a bundled query (``meetings``), as SPARQL text
    given in full, or ``-`` for SPARQL read from ``stdin``: quick questions need no file."""
    if name_or_path == "-":
        if stdin is not None:
            text = stdin.read()
        else:  # bytes, decoded here: the terminal's locale may not be UTF-8, nor the file
            try:
                text = sys.stdin.buffer.read().decode("utf-8")
            except UnicodeDecodeError as e:
                raise QueryError(f"-: cannot read query from standard input: "
                                 f"{resources.where_not_utf8(e)}") from None
        if not text.strip():
            raise QueryError("-: no query on standard input")
        return NamedQuery.from_text(text, Path("<stdin>"), adhoc=True)
    if not name_or_path.strip():
        raise QueryError("no query given: name a bundled query (kg queries), a .rq file, "
                         "SPARQL text, or - for standard input")
    if _SPARQL_START.match(name_or_path) or is_update(name_or_path):
        return NamedQuery.from_text(name_or_path, Path("<query>"), adhoc=True)
    path = Path(name_or_path)
    # A path is a name with a .rq suffix or a folder in it; a bare name is a bundled
    # query's first, whatever the current folder holds (a folder `meetings` beside the
    # minutes must not turn `kg query meetings` away).
    # (The separator looked for in the text: Path drops "./" and a trailing "/".)
    as_path = "{" not in name_or_path and (
        path.suffix == ".rq" or "/" in name_or_path or os.sep in name_or_path)
    named = bundled()
    if not as_path and (found := named.get(name_or_path)):
        return NamedQuery.from_file(found, shown=name_or_path)
    if path.is_file():
        return NamedQuery.from_file(path)
    if path.is_dir():
        raise QueryError(f"{name_or_path}: a folder, not a query file")
    if as_path:
        # A path names a file: never run a bundled query of the same stem in its place.
        hint = (f"; the bundled query of that name is `kg query {path.stem}`"
                if path.stem in named else "")
        raise QueryError(f"{name_or_path}: no such query file{hint}")
    if re.search(r"[\s{}]", name_or_path):
        if all(not line.strip() or line.lstrip().startswith("#")
               for line in name_or_path.splitlines()):
            # Comments alone ("# which meetings?" pasted without its query): as a file of
            # them is told, not that it "starts with '#'".
            raise QueryError("<query>: no query in it (only # comments)")
        # Words and braces: SPARQL text whose first keyword is mistyped ("SELEC ?x …"),
        # where the parser would only say what it expected somewhere further on.
        first = name_or_path.split(None, 1)[0]
        raise QueryError(f"<query>: SPARQL syntax error at 1:1: it starts with {first!r}, not "
                         "SELECT, ASK, CONSTRUCT, DESCRIBE, PREFIX or BASE")
    names = ", ".join(named)
    # A near miss ("meeting", "open-follow-ups") is told the name it meant, as click tells
    # a mistyped command.
    close = difflib.get_close_matches(name_or_path.lower(), named, n=1, cutoff=0.75)
    meant = f"; did you mean `kg query {close[0]}`?" if close else ""
    raise QueryError(f"{name_or_path}: no such query file or named query{meant} (named "
                     f"queries: {names})")


# -- results ------------------------------------------------------------------------------

FORMATS = ("table", "csv", "tsv", "json", "xml")
#: A CONSTRUCT's graph in the RDF format a --format asks for (csv and tsv: N-Triples).
GRAPH_FORMATS = {"json": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}


#: A PREFIX declaration of a query's prologue: ``PREFIX ex: <http://example.org/>`` (the
#: name may be empty, ``PREFIX : <…>``). Each part is one character class: linear.
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)


def declared_prefixes(text: str) -> dict[str, str]:
    """The prefixes a query declares itself, name to namespace: a table of its results
    shows IRIs in them as the query's author wrote them (``ex:thing``), as it shows the
    ones every query may use (``ckg:``, ``id:``). The last declaration of a name wins, as
    in SPARQL. Only what is shown depends on it (never the query, nor csv or json), so a
    declaration in a comment, were one read, would only shorten a name on screen."""
    return {m.group(1) or "": m.group(2) for m in _DECLARED.finditer(text)
            if ":" in m.group(2)}  # a relative IRI (or <>) would match every IRI


#: Oxigraph's syntax errors: ``error at LINE:COLUMN: expected one of …``, the list spelling
#: out the grammar's character classes over several lines.
_SYNTAX_AT = re.compile(r"error at (\d+):(\d+): ")
#: One character class of the grammar (``['A' ..= 'Z' | 'a' ..= 'z' | …]``): a letter or
#: digit of a name, to a user. No ``]`` inside one, so ``[^\]]*`` ends at its own: linear.
#: It opens ``['``: the literal ``"["`` the list may hold before it is a token, not a class
#: (taken for one, it swallowed the tokens up to the class's end, ``"}"`` among them).
#: ``['_']``, the underscore a name may hold, is one too: listed after "a name" as it was,
#: it was the grammar's own notation at the end of the commonest message (a "}" left off).
_CHAR_CLASS = re.compile(r"\['(?:[^\]]*\.\.=[^\]]*|_')\]")
#: What the grammar lists as expected where any character at all would have done: it fails
#: only where the text has run out, and ``[_]`` told the user nothing.
_ANY_CHAR = "[_]"
#: The prefixed name that ends where Oxigraph says a prefix was not found (``foo:Bar``).
_PREFIXED_TAIL = re.compile(r"(?<![\w.:-])([A-Za-z][\w.-]*)?:[\w.%-]*\Z")
#: Any prefixed name, and what is no name though it holds a colon: an IRI, a string.
_PREFIXED = re.compile(r"(?<![\w.:-])([A-Za-z][\w.-]*)?:(?=[\w%])")
_NOT_NAMES = re.compile(r"<[^<>\s]*>|\"[^\"\n]*\"|'[^'\n]*'|#[^\n]*")


def syntax_message(e: BaseException, text: str) -> str:
    """One line on a SPARQL syntax error, for ``kg query`` and the endpoint alike.

    Oxigraph's message lists what the grammar expected, character classes written out in
    Unicode ranges over four lines, and its first line was all a user saw: cut mid-list,
    and for an undeclared prefix (the commonest slip: ``ex:thing`` with no ``PREFIX ex:``)
    it began ``expected one of Prefix not found, ['%'], …``. Here an undeclared prefix is
    named, with the ones every query may use; otherwise the list is kept whole, each
    character class said as ``a name``, and a query cut short (where the grammar would
    have taken any character, ``[_]``, and the text had none left) is said to end too
    soon."""
    if _PROLOGUE_ONLY.fullmatch(text):  # the endpoint's query=PREFIX …, and nothing more
        # ... or nothing at all: an empty query= (a form sent blank) is said to be empty,
        # not to hold declarations it does not have
        return NO_QUERY_AFTER_PROLOGUE if _DECLARES.search(text) else NO_QUERY
    full = " ".join(line.strip() for line in str(e).splitlines()) or type(e).__name__
    at = _SYNTAX_AT.match(full)
    if not at:
        return full
    where, rest = full[: at.end() - 2], full[at.end():]
    # Oxigraph says "Prefix not found" of most undeclared prefixes, but of a verb's like
    # ``?s ex:p ?o`` only what it expected past it ("expected OPTIONAL"): the prefix is
    # still the slip to name, and where it is. Not one past where the parser stopped,
    # though: an earlier slip (a ")" missing on line 2) is the first to mend, and was
    # hidden behind the prefix of line 3.
    slip = None if "Prefix not found" in rest else _first_undeclared(text)
    if slip is not None and slip[1:] > (int(at.group(1)), int(at.group(2))):
        slip = None
    if "Prefix not found" in rest or slip is not None:
        if slip is None:
            name = _undeclared(text, int(at.group(1)), int(at.group(2)))
        else:
            name, line_no, col = slip
            where = f"error at {line_no}:{col}"
        known = ", ".join(f"{p}:" for p in sorted(query_prefixes()))
        return (f"{where}: prefix {name or '(one the query uses)'} is not declared (add "
                f"PREFIX {name or 'name:'} <…> to the query; these need none: {known})")
    lead = next((w for w in ("expected one of ", "expected ") if rest.startswith(w)), "")
    if not lead:
        return full  # not a list of what was expected: the parser's own words, whole
    expected: list[str] = []
    for item in _CHAR_CLASS.sub("a name", rest.removeprefix(lead)).split(", "):
        if item not in expected:
            expected.append(item)
    if _ANY_CHAR in expected:
        # Any character would have done there, and none came: the error is where the
        # text runs out (a brace, a quote or a term missing at its end), said in words.
        expected.remove(_ANY_CHAR)
        where += " (the end of the query)"
        lead = "expected one of " if len(expected) > 1 else "expected " if expected else ""
    return f"{where}: {lead}{', '.join(expected)}".removesuffix(": ")


def _undeclared(text: str, line_no: int, col: int) -> str | None:
    """The prefix (``foo:``) Oxigraph found undeclared: the name just before where it says
    the error is, or else (its column is not always just after the name) the first
    prefixed name in the query, outside IRIs, strings and comments, whose prefix neither
    the query nor :func:`kg.namespaces.query_prefixes` declares."""
    lines = text.splitlines()
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    known = set(query_prefixes()) | set(declared_prefixes(text))
    if (m := _PREFIXED_TAIL.search(line[: col - 1].rstrip()[-200:])) and \
            (m.group(1) or "") not in known:
        return f"{m.group(1) or ''}:"
    bare = _NOT_NAMES.sub(" ", text)
    return next((f"{m.group(1) or ''}:" for m in _PREFIXED.finditer(bare)
                 if (m.group(1) or "") not in known), None)


def _first_undeclared(text: str) -> tuple[str, int, int] | None:
    """The first prefixed name in the query, outside IRIs, strings and comments, whose
    prefix neither the query nor :func:`kg.namespaces.query_prefixes` declares: its prefix
    (``foo:``) and where it is (line and column from 1, as Oxigraph counts); None when every
    prefix used is declared. One pass over the text."""
    known = set(query_prefixes()) | set(declared_prefixes(text))
    bare = _NOT_NAMES.sub(lambda m: " " * len(m.group()), text)  # offsets kept
    m = next((m for m in _PREFIXED.finditer(bare) if (m.group(1) or "") not in known), None)
    if m is None:
        return None
    start = m.start()
    line_start = text.rfind("\n", 0, start) + 1
    return f"{m.group(1) or ''}:", text.count("\n", 0, start) + 1, start - line_start + 1


def term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term.value
    return str(term)


def serialize_results(results: object, fmt: str) -> str:
    """SELECT/ASK results in a SPARQL 1.1 results format; CONSTRUCT and DESCRIBE results
    (a graph, not rows) in the RDF format that answers the same wish: JSON-LD for json,
    RDF/XML for xml, as the endpoint negotiates them (json gave N-Triples, which no JSON
    reader takes); N-Triples, a line a triple, for csv and tsv; Turtle for the table."""
    if isinstance(results, ox.QueryTriples):
        if fmt != "table":
            rdf = GRAPH_FORMATS.get(fmt, ox.RdfFormat.N_TRIPLES)
            return (ox.serialize(results, format=rdf) or b"").decode("utf-8")
        # Turtle with the queries' prefixes, as `kg export` writes it (data IRIs whole).
        return (ox.serialize(results, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES)
                or b"").decode("utf-8")
    formats = {
        "json": ox.QueryResultsFormat.JSON,
        "xml": ox.QueryResultsFormat.XML,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }
    return results.serialize(format=formats[fmt]).decode("utf-8")  # type: ignore[attr-defined]


def rows(results: ox.QuerySolutions) -> tuple[list[str], list[list[str]]]:
    names = [v.value for v in results.variables]
    return names, [[term_text(sol[n]) for n in names] for sol in results]


#: How a cell starts when a spreadsheet would read it as a formula (OWASP's "CSV
#: injection"): minutes may quote "=HYPERLINK(…)" or a bullet "- ask the officer …".
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A plain number ("-3", "+44", "1.5e3") is never a formula, and stays a number.
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def excel_safe(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: a quote (') before a cell it would
    otherwise run as a formula (``=``, ``+``, ``-``, ``@``), numbers left alone."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def excel_safe_csv(text: str) -> str:
    """CSV text with every cell passed through :func:`excel_safe`, its line ends kept
    (SPARQL's CSV results end lines with CRLF)."""
    ending = "\r\n" if "\r\n" in text else "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=ending)
    for row in csv.reader(io.StringIO(text, newline="")):
        w.writerow([excel_safe(cell) for cell in row])
    return buf.getvalue()


def to_csv(names: list[str], data: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(names)
    w.writerows(data)
    return buf.getvalue()


def to_json_rows(names: list[str], data: list[list[str]]) -> str:
    return json.dumps([dict(zip(names, r, strict=True)) for r in data], indent=2,
                      ensure_ascii=False)
