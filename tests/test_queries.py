"""Each named query in queries/, run on the corpus store, answers what its header says."""

from __future__ import annotations

import re

import pytest

from kg.queries import KINDS, NamedQuery, QueryError, bundled, find, syntax_message
from kg.store import GraphStore
from tests.conftest import ID, ROOT, select

SSC = f"{ID}committee/safe-and-strong-communities-select-committee"
M2016 = f"{ID}meeting/safe-and-strong-communities-select-committee/2016-12-12"
M2018 = f"{ID}meeting/safe-and-strong-communities-select-committee/2018-03-05"


def run(store: GraphStore, name: str, **params: str) -> list[dict[str, str]]:
    q = find(name)
    results = store.query(q.text, q.bindings(params))
    names = [v.value for v in results.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_says_what_it_answers(path) -> None:
    q = NamedQuery.from_file(path)
    assert path.read_text(encoding="utf-8").startswith("# ")
    assert len(q.description) > 30
    assert re.search(r"(?m)^#\s*Parameters:", q.text)
    for p in q.params:
        assert p.kind in KINDS
        # Substitution needs the variable in the projection.
        select_clause = q.text[q.text.index("SELECT") : q.text.index("WHERE")]
        assert f"?{p.name}" in select_clause


def test_bundled_queries_are_the_repository_queries() -> None:
    assert set(bundled()) == {p.stem for p in (ROOT / "queries").glob("*.rq")}


def test_meetings(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "meetings")
    by_meeting = {r["meeting"]: r for r in rows}
    assert by_meeting[M2016]["items"] == "8"
    assert by_meeting[M2016]["committeeName"] == "Safe and Strong Communities Select Committee"
    assert by_meeting[M2018]["startTime"] == "10:00:00"
    # Newest first; undated meetings last.
    dates = [r["date"] for r in rows if "date" in r]
    assert dates == sorted(dates, reverse=True)
    assert "date" not in rows[-1]
    # Both of the committee's names lead to one committee.
    assert by_meeting[M2018]["committee"] == by_meeting[M2016]["committee"] == SSC


def test_meetings_of_one_committee(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "meetings", committee=SSC)
    assert {r["committee"] for r in rows} == {SSC}
    assert {r["date"] for r in rows} >= {"2016-12-12", "2018-01-15", "2018-03-05", "2018-07-10"}


def test_items_of_meeting(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "items-of-meeting", meeting=M2016)
    assert [r["number"] for r in rows] == [str(n) for n in range(28, 36)]
    assert rows[2]["title"] == "Modern Slavery"
    assert [int(r["resolutions"]) for r in rows] == [0, 1, 1, 1, 1, 1, 1, 1]
    sub = run(corpus_store, "items-of-meeting", meeting=M2018)
    assert [r.get("parentNumber") for r in sub][3:5] == ["3", "3"]


def test_items_of_meeting_requires_meeting() -> None:
    with pytest.raises(QueryError, match="missing --param meeting"):
        find("items-of-meeting").bindings({})


def test_resolutions(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "resolutions", meeting=M2016)
    assert len(rows) == 7
    modern_slavery = [r for r in rows if r["title"] == "Modern Slavery"]
    assert len(modern_slavery) == 1 and modern_slavery[0]["clauses"] == "3"
    everything = run(corpus_store, "resolutions")
    assert len(everything) == 16
    dates = [r["date"] for r in everything if "date" in r]
    assert dates == sorted(dates)


def test_attendance(corpus_store: GraphStore) -> None:
    rows = {r["name"]: r for r in run(corpus_store, "attendance")}
    assert rows["John Francis"]["present"] == "1"
    assert rows["Gill Heath"]["apologies"] == "1"
    assert rows["Mark Sutton"]["alsoInAttendance"] == "1"
    assert rows["John Francis"]["first"] == "2016-12-12"
    one = run(corpus_store, "attendance", person=f"{ID}person/john-francis")
    assert [r["name"] for r in one] == ["John Francis"]


def test_documents(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "documents", meeting=M2018)
    assert [(r["number"], r["format"], r["size"]) for r in rows] == [
        ("2", "PDF", "149 KB"), ("3a", "PDF", "281 KB"), ("3b", "PDF", "263 KB"),
        ("4", "PDF", "328 KB"),
    ]
    assert rows[0]["title"] == "Minutes of the meeting held on 15 January 2018"


def test_exempt_items(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "exempt-items")
    found = {(r["date"], r["number"], r.get("paragraphs")) for r in rows}
    assert found == {("2016-12-12", "35", "1, 7"), ("2018-03-05", "6", "3")}
    none = run(corpus_store, "exempt-items", committee=f"{ID}committee/cabinet")
    assert none == []


def test_query_sees_each_documents_graph(corpus_store: GraphStore) -> None:
    rows = select(corpus_store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m a ckg:Meeting } }")
    assert len(rows) == 10


CM = f"{ID}post/cabinet-member-for-children-and-young-people"


def test_open_followups(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "open-followups")
    dates = [r["date"] for r in rows if "date" in r]
    assert dates == sorted(dates)
    texts = [r["text"] for r in rows]
    assert any("agreed to take this point back" in t for t in texts)
    june = next(r for r in rows if "attend the June meeting" in r["text"])
    assert (june["dueText"], june["dueDate"], june["date"]) == (
        "the June meeting", "2018-06-30", "2018-03-05")
    assert june["assignedTo"] == "Children's Commissioning Officer"
    cabinet = run(corpus_store, "open-followups", committee=f"{ID}committee/cabinet")
    assert all(r["committee"] == f"{ID}committee/cabinet" for r in cabinet)
    assert len(cabinet) < len(rows)


def test_people_and_posts(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "people-and-posts", meeting=M2018)
    found = {(r["kind"], r["name"]) for r in rows}
    assert {("person", "Tina Gould"), ("post", "Cabinet Member for Children and Young People"),
            ("post", "Local Member for Burton")} <= found
    assert {r["meeting"] for r in rows} == {M2018}
    cm = next(r for r in rows if r["who"] == CM)
    assert int(cm["items"]) >= 3  # items 3, 3a, 3b at least
    attended = run(corpus_store, "people-and-posts", meeting=M2016)
    assert ("person", "John Francis") in {(r["kind"], r["name"]) for r in attended}


def test_programmes(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "programmes")
    names = {r["name"] for r in rows}
    assert {"Breathing Space project", "Transforming Care Programme"} <= names
    one = run(corpus_store, "programmes",
              programme=f"{ID}programme/transforming-care-programme")
    assert {r["name"] for r in one} == {"Transforming Care Programme"}
    assert {(r["date"], r["number"]) for r in one} == {("2016-12-12", "32")}


def test_organisations(corpus_store: GraphStore) -> None:
    rows = run(corpus_store, "organisations", meeting=M2016)
    names = {r["name"] for r in rows}
    assert {"Staffordshire Police", "NHS England", "Salvation Army"} <= names
    assert {r["meeting"] for r in rows} == {M2016}
    counts = [int(r["items"]) for r in rows]
    assert all(n >= 1 for n in counts)


def test_topics(corpus_store: GraphStore) -> None:
    slavery = "https://w3id.org/committee-kg/topic/modern-slavery"
    rows = run(corpus_store, "topics", topic=slavery)
    assert {(r["date"], r["number"], r["title"]) for r in rows} >= {
        ("2016-12-12", "30", "Modern Slavery")}
    cft = run(corpus_store, "topics",
              topic="https://w3id.org/committee-kg/topic/children-and-families-transformation")
    assert [(r["date"], r["number"]) for r in cft] == [
        ("2016-12-12", "31"), ("2018-03-05", "3"), ("2018-03-05", "3a"), ("2018-03-05", "3b")]
    everything = run(corpus_store, "topics")
    assert "Declarations of Interest" not in {r["name"] for r in everything}


@pytest.mark.parametrize("header", [
    "# Empty: no meeting of the minutes ingested\n#   had a garden party.\n#\n",
    "# Empty:\n#   no meeting of the minutes ingested\n#   had a garden party.\n#\n",
], ids=["same-line", "next-line"])
def test_a_query_says_what_no_rows_mean_wherever_its_note_starts(tmp_path, header) -> None:
    """The `# Empty:` note may start on its own line below the label; its words are the note,
    never the description."""
    text = "# Garden parties.\n#\n" + header + "SELECT ?m WHERE { ?m a ?t }\n"
    q = NamedQuery.from_text(text, tmp_path / "parties.rq")
    assert q.empty == "no meeting of the minutes ingested had a garden party."
    assert "garden party" not in q.description


def _syntax_error(text: str) -> SyntaxError:
    import pyoxigraph as ox

    from kg.store import prefixes

    try:
        ox.Store().query(text, prefixes=prefixes())
    except SyntaxError as e:
        return e
    raise AssertionError(f"no syntax error in {text[:60]!r}")


def test_syntax_message_names_the_undeclared_prefix_not_a_declared_one() -> None:
    """The prefix named is the one undeclared: not one the query declares, not ``ckg:``,
    not the colon of an IRI, a string or a comment (``http:``, ``Item 4:``)."""
    text = ('# see http://example.org/help\nPREFIX ex: <http://example.org/>\n'
            'SELECT ?i WHERE { ?i a ex:Item ; dcterms:title "Item 4: Parking" ;\n'
            '  ckg:inMeeting <https://w3id.org/m> ; ex:of ward:North }\n')
    message = syntax_message(_syntax_error(text), text)
    assert re.fullmatch(r"error at \d+:\d+: prefix ward: is not declared \(add PREFIX "
                        r"ward: <…> to the query; these need none: ckg:, .*\)", message), message


def test_syntax_message_names_an_undeclared_prefix_in_a_verb() -> None:
    """An undeclared two-letter prefix before a one-letter name in a triple's verb
    (``?c ex:p ?s``, the shape of a quick query), where Oxigraph says no "Prefix not found"
    but what it expected past the term after it ("expected OPTIONAL"), is named as in any
    other place, at the name's own line and column. A verb whose prefix is declared keeps
    the parser's list."""
    text = ("PREFIX wm: <http://westmarsh.example/>\nSELECT ?p WHERE {\n  ?c ex:p ?s .\n"
            "  ?s wm:seat ?p }\n")
    message = syntax_message(_syntax_error(text), text)
    assert re.fullmatch(r"error at 3:6: prefix ex: is not declared \(add PREFIX "
                        r"ex: <…> to the query; these need none: ckg:, .*\)", message), message
    declared = "SELECT ?p WHERE { ?c ckg:p ?p ?q }"
    message = syntax_message(_syntax_error(declared), declared)
    assert message.startswith("error at 1:") and "not declared" not in message, message
    # a slip before the undeclared prefix is said first, where the parser found it
    earlier = "SELECT ?x WHERE {\n  ?x ckg:title ?t BIND(1 AS ?z }\n  ?x ex:p ?y }\n"
    message = syntax_message(_syntax_error(earlier), earlier)
    assert message == 'error at 2:32: expected ")"', message


def test_syntax_message_keeps_what_was_expected_on_one_line() -> None:
    text = "SELECT ?m WHERE { ?m a "
    message = syntax_message(_syntax_error(text), text)
    assert message.startswith("error at 1:") and "\n" not in message
    assert "a name" in message and "..=" not in message and "not declared" not in message


def test_syntax_message_reads_a_long_query_in_linear_time() -> None:
    """A query of 200,000 characters, one line of names and colons, with an undeclared
    prefix at its end: read once over, in well under the guard (quadratic would be hours)."""
    from tests.conftest import finishes

    text = "SELECT ?x WHERE { ?x ckg:p " + "ckg:aaaa.bbbb-" * 14_000 + " . ?x ward:y }"
    error = _syntax_error(text)
    with finishes(within=30, cpu=True):
        message = syntax_message(error, text)
    assert "prefix" in message or "expected" in message


def test_syntax_message_leaves_a_message_it_does_not_know_as_the_parser_wrote_it() -> None:
    """Only a list of what was expected is rewritten: a message of another shape (an IRI
    the parser refused, a future Oxigraph's wording) is the parser's own text, whole, even
    where it repeats itself or holds what looks like a class or ``[_]``; a message with no
    position at all is kept whole too."""
    for raw in ("error at 1:9: IRI parsing failed, ['a'..='z'], [_], IRI parsing failed",
                "error at 2:3: unexpected \"}\", [_]", "no position: [_]"):
        assert syntax_message(SyntaxError(raw), "SELECT") == raw


def test_syntax_message_says_the_underscore_of_a_name_as_a_name() -> None:
    """A query cut short after a variable lists the characters a name may go on with: the
    ranges and the underscore class ``['_']`` are all "a name", said once, and the "}" it
    lacks is listed."""
    text = "SELECT * WHERE { ?s ?p ?o"
    message = syntax_message(_syntax_error(text), text)
    assert message.startswith("error at 1:26 (the end of the query): expected one of "), message
    assert message.endswith('"}", "~", a name') and "['" not in message, message
