"""The threads a reader of the corpus follows across meetings, written down as expected
timelines, and the follow-up lifecycle along them.

The corpus holds the Staffordshire Safe and Strong Communities Select Committee in December
2016 and, renamed "Safeguarding Overview and Scrutiny Committee" on one page, in January,
March and July 2018, plus other councils' pages. A made-up March 2017 meeting of the same
committee (``MARCH_2017``, written here, not minutes anyone published) puts the modern
slavery action plan on the agenda as the December meeting asked, so the tests can check that
the request is fulfilled by it, and that other requests are not.
"""

from __future__ import annotations

import html
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from kg.followups import FollowupsError, followups
from kg.forget import find, forget
from kg.ingest import ingest
from kg.store import GraphStore, derived_graphs
from kg.trace import TraceError, mark_overdue, to_html, to_markdown, trace
from kg.validate import validate_store
from tests.conftest import DEV, ID, SEEDS, run_kg, select

COMMITTEE = "Safe and Strong Communities Select Committee"
SSC = f"{ID}meeting/safe-and-strong-communities-select-committee"
DEC_2016, MAR_2018 = f"{SSC}/2016-12-12", f"{SSC}/2018-03-05"
MARCH_2017 = """**Minutes of the Safe and Strong Communities Select Committee Meeting held on
6 March 2017**

Present: John Francis (Chairman)

PART ONE

40. Declarations of Interest

There were none on this occasion.

41. Minutes of the Safe and Strong Communities Select Committee held on 12 December 2016

RESOLVED – That the minutes of the Safe and Strong Communities Select Committee held on 12 December 2016 be confirmed and signed by the Chairman.

42. Modern Slavery Action Plan

The Select Committee received the Staffordshire and Stoke-on-Trent Modern Slavery Action Plan, with its timescales and the roles and responsibilities of the partners who contribute to it, as they had asked at their December meeting.

RESOLVED – That the Modern Slavery Action Plan be noted.
"""  # noqa: E501


def followup(store: GraphStore, item: str, words: str) -> dict:
    """The follow-up of an item whose text holds these words (all statuses)."""
    rows = [r for r in followups(store, status="all") if r["item"] == item
            and words in r["text"]]
    assert len(rows) == 1, [r["text"] for r in rows]
    return rows[0]


@pytest.fixture(scope="module")
def with_march(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphStore, str]:
    """The corpus and the made-up March 2017 meeting, in one store."""
    folder = tmp_path_factory.mktemp("march")
    path = folder / "ssc-2017-03-06.txt"
    path.write_text(MARCH_2017, encoding="utf-8")
    store = GraphStore(folder / "store")
    results = ingest(store, [str(SEEDS), str(DEV), str(path)])
    assert all(r.ok for r in results)
    return store, next(r.graph for r in results if r.path == str(path))


# -- children and families transformation ------------------------------------------------


def test_children_and_families_transformation_thread(corpus_store: GraphStore) -> None:
    entries = trace(corpus_store, "children and families transformation")
    steps = [(e["date"], e["number"], e["title"]) for e in entries]
    assert steps[:1] == [
        ("2016-12-12", "31", "Progress with the Children and Families Transformation Programme")]
    assert ("2018-03-05", "3", "Children and Families System Transformation") in steps
    # The 2018 item's sub-items come with it, after it.
    numbers = [n for d, n, _ in steps if d == "2018-03-05"]
    assert numbers[:3] == ["3", "3a", "3b"]
    # Oldest first, and each entry carries what the JSON output promises.
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    for e in entries:
        assert {"date", "committee", "meeting", "item", "number", "title", "resolutions",
                "followups"} <= set(e)
        assert e["committee"] == COMMITTEE  # one committee, though 2018 printed another name
    first = entries[0]
    assert any("congratulated" in r for r in first["resolutions"])
    # The 2016 request for "a further update to be brought back" was answered in 2018.
    update = next(f for f in first["followups"] if "further update" in f["text"])
    assert update["status"] == "Fulfilled"
    assert update["fulfilled_by"].startswith(MAR_2018 + "/item/3")
    assert 0.5 <= update["confidence"] <= 1
    # The update it refers to, in July 2017, was not ingested: shown as such.
    refs = [r for e in entries for r in e["references"] if r["meeting"].endswith("/2017-07")]
    assert refs and not refs[0]["ingested"]
    # Who reported: the Cabinet Member presented the pilot projects report.
    assert any("Cabinet Member for Children and Young People" in e["presented_by"] + e["posts"]
               for e in entries if e["date"] == "2018-03-05")


def test_trace_by_programme_iri(corpus_store: GraphStore) -> None:
    # The 2016 and 2018 printings of the programme's name are one programme ...
    rows = select(corpus_store, "SELECT DISTINCT ?p WHERE { ?p a ckg:Programme ; "
                                "skos:prefLabel|skos:altLabel "
                                '"Children\'s and Families System Transformation Programme" , '
                                '"Children and Families System Transformation Programme" }')
    assert len(rows) == 1
    programme = rows[0]["p"]
    assert programme != f"{ID}programme/children-s-and-families-system-transformation-programme"
    # ... so tracing it reaches both years.
    dates = {e["date"] for e in trace(corpus_store, programme)}
    assert {"2016-12-12", "2018-03-05"} <= dates


# -- domestic abuse, child sexual exploitation, modern slavery ------------------------------


def test_domestic_abuse_thread_crosses_committees(corpus_store: GraphStore) -> None:
    entries = trace(corpus_store, "domestic abuse")
    steps = [(e["date"], e["committee"]) for e in entries]
    assert ("2018-01-15", COMMITTEE) in steps
    assert ("2025-01-22", "Communities Scrutiny Committee") in steps
    assert steps == sorted(steps)
    titles = {e["title"] for e in entries}
    assert {"Domestic Abuse", "Domestic Abuse Grants"} <= titles


def test_child_sexual_exploitation_thread(corpus_store: GraphStore) -> None:
    entries = trace(corpus_store, "child sexual exploitation")
    steps = [(e["date"], e["number"]) for e in entries]
    # Raised in the modern slavery item in 2016 (two of the victims), and at the March 2018
    # work programme (Chelsea's Choice).
    assert steps == [("2016-12-12", "30"), ("2018-03-05", "4")]


def test_modern_slavery_thread_and_its_open_requests(corpus_store: GraphStore) -> None:
    entries = trace(corpus_store, "modern slavery", as_of=date(2017, 6, 1))
    assert [(e["date"], e["number"]) for e in entries][:1] == [("2016-12-12", "30")]
    # The work programme item put the action plan on the March agenda.
    work = next(e for e in entries if e["number"] == "33")
    plan = next(f for f in work["followups"] if "action plan" in f["text"])
    # No later minutes of the committee take it, so it is open, and overdue by June 2017.
    assert plan["status"] == "Open" and plan["overdue"]
    assert plan["due_date"] == "2017-03-31"


def test_trace_refuses_empty_and_unknown(corpus_store: GraphStore) -> None:
    with pytest.raises(TraceError):
        trace(corpus_store, "  ")
    with pytest.raises(TraceError, match="not a topic or programme"):
        trace(corpus_store, f"{ID}topic/no-such-topic")
    assert trace(corpus_store, "zebra crossings on the moon") == []


# -- the follow-up lifecycle --------------------------------------------------------------


def test_request_for_the_march_agenda_is_fulfilled_by_the_march_item(with_march) -> None:
    store, _ = with_march
    plan = followup(store, f"{DEC_2016}/item/33", "action plan on modern day slavery")
    assert plan["status"] == "Fulfilled"
    assert plan["fulfilled_by"] == f"{SSC}/2017-03-06/item/42"
    assert plan["fulfilled_title"] == "Modern Slavery Action Plan"
    assert plan["confidence"] >= 0.8
    timescales = followup(store, f"{DEC_2016}/item/30", "action plan timescales")
    assert timescales["status"] == "Fulfilled"


def test_requests_the_later_item_does_not_answer_stay_open(with_march) -> None:
    store, _ = with_march
    # Information to be sent round, and figures the action plan item did not give.
    for words in ("circulated after the meeting", "prosecutions be forward",
                  "reported cases and prosecutions"):
        assert followup(store, f"{DEC_2016}/item/30", words)["status"] == "Open", words
    # A request on another subject altogether.
    assert followup(store, f"{DEC_2016}/item/32", "quality assurance")["status"] == "Open"


def test_fulfilment_keeps_evidence_of_both_ends(with_march) -> None:
    store, graph = with_march
    plan = followup(store, f"{DEC_2016}/item/33", "action plan on modern day slavery")
    rows = select(store, f"SELECT ?quote ?src ?why WHERE {{ <{plan['followup']}> "
                         "ckg:fulfilment ?l . ?l a ckg:Fulfilment ; ckg:confidence ?c ;"
                         " rdfs:comment ?why ; ckg:evidence ?e ; prov:wasDerivedFrom ?src ."
                         " ?e oa:exact ?quote }")
    quotes = {r["quote"] for r in rows}
    assert any("action plan on modern day slavery" in q for q in quotes)
    assert "Modern Slavery Action Plan" in quotes
    assert graph in {r["src"] for r in rows}
    # Derived across documents, it is in the derived graph, not in either document's graph.
    _, derived = derived_graphs()
    where = select(store, f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{plan['followup']}> "
                          "ckg:fulfilledBy ?i } }")
    assert where == [{"g": derived}]
    # The union holds one status for it.
    statuses = select(store, f"SELECT ?s WHERE {{ <{plan['followup']}> ckg:status ?s }}")
    assert statuses == [{"s": "https://w3id.org/committee-kg/ns#Fulfilled"}]


def test_later_meeting_of_another_committee_does_not_fulfil(tmp_path: Path) -> None:
    cabinet = tmp_path / "cabinet.txt"
    cabinet.write_text(MARCH_2017.replace("Safe and Strong Communities Select Committee",
                                          "Cabinet"), encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert all(r.ok for r in ingest(store, [str(SEEDS / "staffordshire-safe-strong-communities"
                                                      "-2016-12-12.txt"), str(cabinet)]))
    plan = followup(store, f"{DEC_2016}/item/33", "action plan on modern day slavery")
    assert (plan["status"], plan["fulfilled_by"]) == ("Overdue", None)  # due March 2017


def test_removing_the_answer_reopens_the_request(tmp_path: Path) -> None:
    march = tmp_path / "march.txt"
    march.write_text(MARCH_2017, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    seed = SEEDS / "staffordshire-safe-strong-communities-2016-12-12.txt"
    ingest(store, [str(seed), str(march)])
    plan = followup(store, f"{DEC_2016}/item/33", "action plan on modern day slavery")
    assert plan["status"] == "Fulfilled"
    forget(store, find(store, [str(march)])[0])
    plan = followup(store, f"{DEC_2016}/item/33", "action plan on modern day slavery")
    assert (plan["status"], plan["fulfilled_by"]) == ("Overdue", None)  # due March 2017


def test_graph_with_fulfilments_conforms(with_march) -> None:
    store, _ = with_march
    report = validate_store(store)
    assert report.conforms, report.text


# -- kg followups -------------------------------------------------------------------------


def test_followups_statuses(with_march) -> None:
    store, _ = with_march
    every = followups(store, status="all", as_of=date(2018, 12, 1))
    assert {r["status"] for r in every} == {"Open", "Overdue", "Fulfilled"}
    open_ = followups(store, as_of=date(2018, 12, 1))
    assert {r["status"] for r in open_} == {"Open", "Overdue"}
    overdue = followups(store, status="overdue", as_of=date(2018, 12, 1))
    assert overdue and all(r["due_date"] < "2018-12-01" for r in overdue)
    # Overdue depends on the day you ask.
    early = followups(store, status="overdue", as_of=date(2018, 3, 6))
    assert len(early) < len(overdue)
    fulfilled = followups(store, status="fulfilled")
    assert fulfilled and all(r["fulfilled_by"] and r["confidence"] for r in fulfilled)
    assert len(every) == len(open_) + len(fulfilled)
    for r in every:
        assert {"text", "status", "meeting_date", "committee", "item", "assigned_to",
                "due_text", "due_date"} <= set(r)


def test_followups_filters(with_march) -> None:
    store, _ = with_march
    # A committee by a former name, by its name, or by IRI: the same follow-ups.
    by_old = followups(store, status="all", committee="Safeguarding Overview and Scrutiny "
                                                     "Committee")
    by_name = followups(store, status="all", committee=COMMITTEE)
    by_iri = followups(store, status="all",
                       committee=f"{ID}committee/safe-and-strong-communities-select-committee")
    assert by_old == by_name == by_iri and by_old
    assert {r["committee"] for r in by_old} == {COMMITTEE}
    since = followups(store, status="all", since=date(2018, 1, 1))
    assert since and all(r["meeting_date"] >= "2018-01-01" for r in since)
    assigned = followups(store, status="all", assigned_to="cabinet member")
    assert assigned and all("Cabinet Member" in r["assigned_to"] for r in assigned)
    with pytest.raises(FollowupsError, match="no committee"):
        followups(store, committee="Ministry of Magic")
    with pytest.raises(FollowupsError, match="unknown status"):
        followups(store, status="pending")


# -- the commands -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    run_kg("ingest", SEEDS, DEV, "--store", path, check=True)
    return path


def test_kg_trace_formats(cli_store: Path, tmp_path: Path) -> None:
    table = run_kg("trace", "children and families transformation", "--store", cli_store)
    assert table.returncode == 0, table.stderr
    assert "2016-12-12" in table.stdout and "Children and Families System Transformation" in (
        table.stdout)
    assert "(not ingested)" in table.stdout
    result = run_kg("trace", "domestic abuse", "--format", "json", "--store", cli_store)
    entries = json.loads(result.stdout)
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    md = run_kg("trace", "modern slavery", "-f", "markdown", "--as-of", "2017-06-01",
                "--store", cli_store)
    assert md.stdout.startswith("# Trace: modern slavery")
    assert "[Overdue]" in md.stdout
    page = tmp_path / "trace.html"
    result = run_kg("trace", "modern slavery", "--format", "html", "-o", page, "--store",
                    cli_store)
    assert result.returncode == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "</html>" in text
    assert "<script" not in text and "http" not in text.split("<body>")[0]


def test_kg_trace_of_a_topic_no_minutes_discuss_says_so(cli_store: Path) -> None:
    """A thesaurus topic that no ingested item concerns is not "nothing matches", and no
    empty table is drawn for it."""
    known = ("'Climate Change' is a topic of the thesaurus, but no item in the graph concerns "
             "or names it yet (ingest minutes that discuss it)\n")
    for query in ("climate change", "https://w3id.org/committee-kg/topic/climate-change"):
        result = run_kg("trace", query, "--store", cli_store)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", known), query
    result = run_kg("trace", "zebra crossings on the moon", "--store", cli_store)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "no item in the graph mentions 'zebra crossings on the moon'\n"
    result = run_kg("trace", "climate change", "--format", "json", "--store", cli_store)
    assert json.loads(result.stdout) == [] and result.stderr == known
    assert result.returncode == 1


def test_trace_of_a_topic_iri_no_item_concerns_finds_the_items_naming_it(
    tmp_path: Path,
) -> None:
    """A thesaurus topic's IRI that no item concerns (its title does not name it, its text
    names it once) finds the items whose minutes name it by one of its labels, as its words
    do; its IRI said "no item … concerns or names it" of an item that named it. A topic no
    item names stays an empty timeline, and an IRI no topic has an error."""
    minutes = tmp_path / "westmarsh-youth-panel-2031-02-11.txt"
    minutes.write_text(
        "Westmarsh Youth Services Panel - Tuesday, 11th February, 2031 6.00 pm\n\n"
        "4.\n\nYouth Services Update\n\nMinutes:\n\nThe Youth Services Manager reported "
        "that outreach workers had met families in Eastholme about county lines.\n\n"
        "RESOLVED – That the update be noted.\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    assert all(r.ingested for r in ingest(store, [str(minutes)]))
    topic = "https://w3id.org/committee-kg/topic/child-sexual-exploitation"
    by_words = trace(store, "county lines")
    by_iri = trace(store, topic)
    assert [e["title"] for e in by_iri] == ["Youth Services Update"]
    assert [e["match"] for e in by_iri] == ["mentions"]
    assert [e["item"] for e in by_iri] == [e["item"] for e in by_words]
    assert trace(store, "https://w3id.org/committee-kg/topic/climate-change") == []
    with pytest.raises(TraceError, match="not a topic or programme"):
        trace(store, "https://w3id.org/committee-kg/topic/westmarsh-ferries")


def test_kg_trace_of_nothing_says_the_same_in_every_format(cli_store: Path,
                                                         tmp_path: Path) -> None:
    """A Markdown or HTML trace of a topic no minutes discuss said "Nothing in the graph
    matches." while standard error said it is a thesaurus topic no item concerns yet: the
    document says what the line says (a sentence of it, as the web page shows it)."""
    for query, line in (
        ("climate change", "'Climate Change' is a topic of the thesaurus, but no item in the "
         "graph concerns or names it yet (ingest minutes that discuss it)"),
        ("zebra crossings on the moon", "no item in the graph mentions 'zebra crossings on "
         "the moon'"),
    ):
        sentence = line[0].upper() + line[1:] + "."
        md = run_kg("trace", query, "--format", "markdown", "--store", cli_store)
        assert (md.returncode, md.stderr) == (1, line + "\n")
        assert md.stdout == f"# Trace: {query}\n\n{sentence}\n"
        page = tmp_path / "trace.html"
        result = run_kg("trace", query, "-o", page, "--store", cli_store)
        assert (result.returncode, result.stderr) == (1, f"wrote {page}\n{line}\n")
        assert f"<p>{html.escape(sentence)}</p>" in page.read_text(encoding="utf-8")


def _on_a_terminal(columns: int, *args: str | Path) -> tuple[int, str]:
    """Run `kg` with its output on a pseudo-terminal this many columns wide, as a user at a
    narrow terminal window sees it; the exit status and the text, colours taken out."""
    import fcntl
    import pty
    import struct
    import subprocess
    import termios

    from tests.conftest import KG

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    process = subprocess.Popen([str(KG), *map(str, args)], stdout=follower,
                               stderr=subprocess.PIPE, env=env | {"TERM": "xterm"})
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when kg exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout=120)
    text = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return code, re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_kg_trace_on_a_narrow_terminal_wraps_and_loses_nothing(cli_store: Path) -> None:
    code, stdout = _on_a_terminal(60, "trace", "modern slavery", "--store", cli_store)
    assert code == 0, stdout
    lines = stdout.splitlines()
    assert max(map(len, lines)) <= 60, max(lines, key=len)
    assert not any("│" in line for line in lines)  # not a table squeezed into word columns
    flat = " ".join(stdout.split())
    entries = json.loads(run_kg("trace", "modern slavery", "--format", "json", "--store",
                                cli_store, check=True).stdout)
    assert entries and f"{len(entries)} item" in flat
    for e in entries:
        assert " ".join(f"{e['date']} · {e['committee']} · {e['number']} {e['title']}"
                        .split()) in flat
        for text in [*e["resolutions"], *(f["text"] for f in e["followups"])]:
            assert " ".join(text.split()) in flat, text


def test_kg_followups_status_as_printed_and_no_empty_table(cli_store: Path) -> None:
    shown = run_kg("followups", "--status", "Fulfilled", "-f", "json", "--store", cli_store,
                   check=True)
    assert json.loads(shown.stdout) == json.loads(run_kg(
        "followups", "--status", "fulfilled", "-f", "json", "--store", cli_store,
        check=True).stdout) != []
    result = run_kg("followups", "--since", "2099-01-01", "--store", cli_store)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("no open follow-ups match --since '2099-01-01' (try --status "
                             "all, or fewer filters)\n")


def test_kg_followups_on_an_80_column_terminal_cut_nothing(cli_store: Path) -> None:
    """The action log's eight columns do not fit 80 columns: each follow-up is printed as a
    block instead, and no word is cut to "…"."""
    code, stdout = _on_a_terminal(80, "followups", "--status", "all", "--as-of", "2018-12-01",
                                  "--store", cli_store)
    assert code == 0, stdout
    lines = stdout.splitlines()
    assert max(map(len, lines)) <= 80 and "…" not in stdout
    flat = " ".join(stdout.split())
    rows = json.loads(run_kg("followups", "--status", "all", "--as-of", "2018-12-01",
                             "--format", "json", "--store", cli_store, check=True).stdout)
    assert rows and f"{len(rows)} follow-up" in flat
    for r in rows:
        assert " ".join((r["text"] or "").split()) in flat, r["text"]
        for who in (r["requested_by"], r["assigned_to"]):
            assert who is None or " ".join(who.split()) in flat, who


@pytest.mark.parametrize(("args", "message"), [
    (("trace", "modern slavery", "--format", "pdf"), "unknown format 'pdf'"),
    (("trace", "modern slavery", "--as-of", "June"), "--as-of 'June': not a date"),
    (("trace", "https://w3id.org/committee-kg/topic/nothing"), "not a topic or programme"),
    (("followups", "--status", "pending"), "unknown status 'pending'"),
    (("followups", "--since", "2018-13-01"), "--since '2018-13-01': not a date"),
    (("followups", "--committee", "Ministry of Magic"), "no committee of that name"),
    (("followups", "--format", "xml"), "unknown format 'xml'"),
])
def test_bad_options_get_one_line_errors(cli_store: Path, args: tuple[str, ...],
                                         message: str) -> None:
    """One line, and status 2: the searches' errors, as grep's (1 is "nothing found")."""
    result = run_kg(*args, "--store", cli_store)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_kg_followups_formats(cli_store: Path) -> None:
    table = run_kg("followups", "--as-of", "2018-12-01", "--store", cli_store)
    assert table.returncode == 0, table.stderr
    assert "Overdue" in table.stdout
    rows = json.loads(run_kg("followups", "--status", "all", "-f", "json", "--store",
                             cli_store).stdout)
    assert {"Fulfilled"} <= {r["status"] for r in rows}
    csv_out = run_kg("followups", "--status", "fulfilled", "--format", "csv",
                     "--store", cli_store).stdout
    header = csv_out.splitlines()[0].split(",")
    assert {"text", "status", "meeting_date", "fulfilled_by", "confidence"} <= set(header)


def test_named_queries_run_by_kg_query(cli_store: Path) -> None:
    topic = "https://w3id.org/committee-kg/topic/children-and-families-transformation"
    result = run_kg("query", "trace", "-p", f"subject={topic}", "-f", "json", "--store",
                    cli_store)
    assert result.returncode == 0, result.stderr
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert {b["date"]["value"] for b in bindings} == {"2016-12-12", "2018-03-05"}
    assert {b["kind"]["value"] for b in bindings} >= {"item", "resolution", "followup"}
    status = "https://w3id.org/committee-kg/ns#Fulfilled"
    result = run_kg("query", "followups", "-p", f"status={status}", "-f", "json", "--store",
                    cli_store)
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert rows and all(r["status"]["value"] == status and "fulfilledBy" in r for r in rows)


def test_html_escapes_minutes_text() -> None:
    hostile = "<script>alert('x')</script> & <b>bold</b>"
    entry = {"date": "2020-01-01", "committee": hostile, "meeting": "urn:m", "item": "urn:i",
             "number": "1", "title": hostile, "resolutions": [hostile], "presented_by": [],
             "posts": [hostile], "references": [{"meeting": "urn:r", "label": hostile,
                                                 "ingested": False}],
             "followups": [{"text": hostile, "status": "Open", "due_text": hostile,
                            "due_date": None, "fulfilled_by": None, "confidence": None}]}
    page = to_html(hostile, [entry])
    assert "<script>" not in page and "<b>" not in page
    assert html.escape(hostile).replace("&#x27;", "&#x27;") in page
    md = to_markdown(hostile, [entry])
    assert "<script>" not in md
    # Markdown's own markup in a minute is shown as written, never made a link.
    link = "see [the report](javascript:alert(1)) *now*"
    md = to_markdown("x", [entry | {"resolutions": [link]}])
    assert r"see \[the report\](javascript:alert(1)) \*now\*" in md
    assert "[the report](" not in md


def test_overdue_is_judged_on_the_day_asked(corpus_store: GraphStore) -> None:
    entries = trace(corpus_store, "modern slavery", as_of=date(2017, 3, 1))
    plan = next(f for e in entries for f in e["followups"] if "March meeting" in f["text"])
    assert plan["overdue"] is False
    assert mark_overdue(entries, date(2017, 4, 1)) and plan["overdue"] is True


def test_committee_renamed_without_an_alias_row(tmp_path: Path) -> None:
    """With no alias table, the minutes themselves join the renamed committee: the 2018
    Safeguarding Overview and Scrutiny Committee confirmed the Safe and Strong Communities
    Select Committee's minutes as its own. The later name becomes the committee's name, and
    the 2016 request for an update is answered by the 2018 meeting."""
    from kg.committees import CommitteeAliases

    store = GraphStore(tmp_path / "store")
    assert all(r.ok for r in ingest(store, [str(SEEDS)], CommitteeAliases()))
    committees = select(store, "SELECT DISTINCT ?c ?name WHERE { ?m a ckg:Meeting ; "
                               "ckg:hasItem ?i ; ckg:committee ?c . ?c skos:prefLabel ?name }")
    assert committees == [{"c": f"{ID}committee/safeguarding-overview-and-scrutiny-committee",
                           "name": "Safeguarding Overview and Scrutiny Committee"}]
    alt = select(store, f"SELECT ?l WHERE {{ <{committees[0]['c']}> skos:altLabel ?l }}")
    assert {"l": COMMITTEE} in alt
    update = followup(store, f"{ID}meeting/safeguarding-overview-and-scrutiny-committee/"
                             "2016-12-12/item/31", "further update")
    assert update["status"] == "Fulfilled"


def test_kg_resolve_and_sameas(tmp_path: Path) -> None:
    path = tmp_path / "store"
    joins = tmp_path / "joins.csv"
    joins.write_text("kind,a,b,relation\nprogramme,Children's and Families System "
                     "Transformation Programme,Children and Families System Transformation "
                     "Programme,different\n", encoding="utf-8")
    result = run_kg("ingest", SEEDS, "--store", path, "--sameas", joins)
    assert result.returncode == 0, result.stderr

    def programmes() -> int:
        with GraphStore(path, read_only=True) as store:
            rows = select(store, "SELECT DISTINCT ?p WHERE { ?p a ckg:Programme ; "
                                 "skos:prefLabel|skos:altLabel ?l FILTER (CONTAINS(?l, "
                                 "'System Transformation Programme')) }")
        return len(rows)

    assert programmes() == 2  # kept apart, as the file says
    result = run_kg("resolve", "--store", path)  # without the file: joined again
    assert result.returncode == 0, result.stderr
    assert "programme:" in result.stdout and "same name" in result.stdout
    assert programmes() == 1
    env = {**__import__("os").environ, "KG_SAMEAS": str(joins)}
    assert run_kg("resolve", "--store", path, env=env).returncode == 0
    assert programmes() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\n", encoding="utf-8")
    result = run_kg("resolve", "--store", path, "--sameas", bad)
    assert result.returncode == 1
    assert "needs a header row" in result.stderr
    empty = run_kg("resolve", "--store", tmp_path / "nothing")
    assert empty.returncode == 1 and "no store here yet" in empty.stderr
    assert not (tmp_path / "nothing").exists()
