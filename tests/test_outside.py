"""The text no item holds (a public session before the first item, a report between the roll
and the items) is read as the meeting's: which stretches are read (kg.outside), what the
prose there gives (kg.prose), how it is mapped beside the core terms (kg.mapping), and that
the queries and commands that list by meeting include it. All minutes here are invented."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kg.analytics import stats
from kg.committees import CommitteeAliases
from kg.evaluate import found_by_extractor
from kg.explorer import ExplorerIndex
from kg.extract import extract
from kg.followups import OUTSIDE_ITEMS, followups
from kg.ingest import ingest
from kg.mapping import Source, to_graph
from kg.namespaces import CKG, RDF, SKOS
from kg.outside import outside_spans
from kg.patterns import load
from kg.prose import read_prose
from kg.queries import find
from kg.records import Minutes
from kg.store import GraphStore
from kg.trace import trace
from kg.validate import validate_graph

PUBLIC_SESSION = """\
Westbury Parish Council

Minutes of the Meeting of Westbury Parish Council held on 7 June 2023 at 7.00 pm in the Village Hall

Present: Cllr A Bell (Chairman), Cllr C Dent, Cllr E Frost

In attendance: Jo Bloggs (Clerk)

Public session
Two members of the public were present. PC Sam Walker of Westshire Police reported that \
speeding on Mill Lane had fallen since the Speedwatch Scheme began. Residents asked about the \
closure of the Post Office; the Clerk agreed to write to Post Office Ltd about opening hours. \
The Chairman noted the decisions of the meeting held on 4 April 2023.

1. Apologies for absence
Apologies were received from Cllr G Hale.

2. Minutes
The minutes of the meeting held on 3 May 2023 were approved.

3. Playing field
The Council agreed to replace the swings. The Clerk to obtain three quotes for the June meeting.
"""

ITEMS_ONLY = """\
Minutes of the Meeting of Eastbury Town Council held on 8 June 2023

Present: Cllr A Bell (Chairman), Cllr C Dent

1. Apologies for absence
Apologies were received from Cllr G Hale.

2. Allotments
Hale Allotments Association asked for a new water supply. The Clerk agreed to write to the \
water company.
"""


def _read(text: str) -> Minutes:
    minutes = extract(text)
    read_prose([(text, minutes)])
    return minutes


@pytest.fixture(scope="module")
def session() -> Minutes:
    return _read(PUBLIC_SESSION)


# -- which stretches are read ---------------------------------------------------------------


def test_the_text_between_the_roll_and_the_first_item_is_read() -> None:
    minutes = extract(PUBLIC_SESSION)
    spans = outside_spans(PUBLIC_SESSION, minutes, load())
    assert len(spans) == 1
    assert spans[0].exact.startswith("Public session\nTwo members of the public")
    assert spans[0].exact.endswith("held on 4 April 2023.")
    assert PUBLIC_SESSION[spans[0].start : spans[0].end] == spans[0].exact


def test_header_rolls_and_items_are_not_read_again() -> None:
    """The heading's lines, the roll's entries and the items are read by their own readers:
    a page with nothing else has no text outside its items."""
    minutes = extract(ITEMS_ONLY)
    assert outside_spans(ITEMS_ONLY, minutes, load()) == []
    read_prose([(ITEMS_ONLY, minutes)])
    assert minutes.outside.mentions == [] and minutes.outside.followups == []


def test_a_roll_lines_other_words_are_read_but_not_its_entries_or_heading() -> None:
    """A roll's line may hold more than the roll reader takes ("… Also present PCSO Dee Rowe
    of Westshire Police and two residents."): those words are read; the names, capacities
    and heading the roll reader took are not read again."""
    text = (
        "Minutes of the Meeting of Westbury Parish Council held on 7 June 2023\n\n"
        "COUNCILLORS PRESENT: Cllr A Bell (Chairman), Cllr C Dent. Also present PCSO Dee "
        "Rowe of Westshire Police and two residents.\n\n"
        "1. Apologies for absence\nNone were received.\n\n"
        "2. Accounts\nThe accounts were approved.\n"
    )
    minutes = extract(text)
    spans = outside_spans(text, minutes, load())
    read = " ".join(sp.exact for sp in spans)
    assert "Westshire Police" in read
    assert "PRESENT" not in read and "A Bell" not in read and "Chairman" not in read
    read_prose([(text, minutes)])
    assert {(m.kind, m.label) for m in minutes.outside.mentions} >= {
        ("organisation", "Westshire Police")}


def test_a_bracket_beside_a_roll_name_is_read_but_not_other_short_leftovers() -> None:
    """A post or body in brackets beside a roll's name that the roll reader did not take is
    read, though it is shorter than prose; one the roll took is not read again, and a short
    leftover that is no bracket ("and guests") is no prose."""
    text = (
        "Minutes of the Meeting of Westbury Parish Council held on 7 June 2023\n\n"
        "Present: Cllr A Bell (Chairman), Cllr C Dent (Deputy Chair), Cllr E Frost and guests"
        "\n\n1. Apologies for absence\nNone were received.\n\n"
        "2. Accounts\nThe accounts were approved.\n"
    )
    minutes = _read(text)
    assert {a.capacity for a in minutes.attendance} == {"Chairman", None}
    assert [sp.exact for sp in minutes.outside.spans] == ["(Deputy Chair)"]
    assert [(m.kind, m.label) for m in minutes.outside.mentions] == [("post", "Deputy Chair")]


def test_the_department_after_an_officers_post_in_a_roll_is_no_programme() -> None:
    """A list of officers present prints where each works after the post ("Jo Dean, Senior
    Manager, Social Work Service"): the council's own department, no programme. A service
    the same line names in a sentence of its own is one."""
    text = (
        "Minutes of the Policy and Resources Committee held on 3 May 2023\n\n"
        "PRESENT: Councillors Jo Bell (Chair), Ann Dean and Tim Hale.\n\n"
        "ATTENDING: Ronnie Hendry, Chief Executive; Lesley Radwell, Communications Officer, "
        "Customer Relations Management Service; and John Lionel, Senior Manager, Social "
        "Work Service. A talk was given on the Bicycle Paramedic Service.\n\n"
        "1. Welcome\nThe Chair welcomed members.\n"
    )
    minutes = _read(text)
    assert [(m.kind, m.label) for m in minutes.outside.mentions
            if m.kind == "programme"] == [("programme", "Bicycle Paramedic Service")]


def test_a_page_run_onto_one_line_is_read_after_its_heading() -> None:
    """A page whose heading, roll and first minutes share one long line: the heading's
    fields own only their own words there and what stands between them and the roll, so the
    minutes after the roll are read; the heading and the roll's names are not."""
    text = (
        "Minutes of the Meeting of Westbury Parish Council held on 7 June 2023 in the Village "
        "Hall at 7.00 pm Present: Cllr A Bell (Chairman), Cllr C Dent, Cllr E Frost. Before "
        "the business began PC Sam Walker of Westshire Police reported that speeding on Mill "
        "Lane had fallen since the new signs went up, and two residents asked about the bus "
        "shelter on Church Street.\n\n"
        "1. Apologies for absence\nNone were received.\n\n"
        "2. Accounts\nThe accounts were approved.\n\n"
        "3. Correspondence\nNone.\n"
    )
    minutes = _read(text)
    read = " ".join(sp.exact for sp in minutes.outside.spans)
    assert "PC Sam Walker of Westshire Police reported" in read
    assert "Westbury Parish Council" not in read and "A Bell" not in read
    assert "Village Hall" not in read  # the heading runs on to the roll
    assert ("organisation", "Westshire Police") in {
        (m.kind, m.label) for m in minutes.outside.mentions}


def test_a_roll_no_reader_read_on_a_heading_line_is_read_not_swallowed() -> None:
    """A page run onto one line whose roll ("In attendance Zara Nolan (Chair), …") no roll
    reader reads, before an apology a reader does read: the heading owns its words only up to
    the word that opens the roll, not up to that later entry, so the roll's names and posts
    are read as the meeting's, as they are on a page where no heading was found."""
    text = (
        "Elmford Community Council Minutes 19th February 2024 7pm Elmford Primary School "
        "1 Attendance and Apologies In attendance Zara Nolan (Chair), Wilf Sandover (Vice "
        "Chair), Bram Tillotson (Treasurer), Odette Fairweather (Secretary). Apologies: Cllr "
        "Hamish Orrin. Also present: PC Dana Whitlow. 2 Minutes of the last meeting The "
        "minutes were approved. 3 Police report PC Whitlow reported two thefts from sheds on "
        "Mill Lane.\n"
    )
    minutes = _read(text)
    assert minutes.date == date(2024, 2, 19)
    read = " ".join(sp.exact for sp in minutes.outside.spans)
    assert "Elmford Primary School" not in read  # the heading's own words
    found = found_by_extractor(minutes).names
    assert {"Zara Nolan", "Wilf Sandover", "Odette Fairweather"} <= set(found["people"])
    assert {"Treasurer", "Secretary"} <= set(found["posts"])


def test_a_second_title_run_on_with_the_minutes_is_read_after_its_roll() -> None:
    """A PDF's text: a title line, then a second title in capitals with the roll and the
    minutes run onto the same long line. The title owns that line only up to its roll; the
    minutes after it are read."""
    text = (
        "Minutes of Westbury Community Council Meeting 7:30pm 7th June 2023\n"
        "Total Page:4\n"
        "MINUTES OF WESTBURY COMMUNITY COUNCIL MEETING 7:30PM 7TH JUNE 2023 Present: Ann, "
        "Bryn, Carys, Dai (Chair) Before the formal meeting began, it was agreed to hear from "
        "Carys about the enquiry into the Hendre Wind Farm. Councillors were shown a map of "
        "the area and the options for which areas were included. Dai and Bryn to draft a "
        "letter to the Planning Inspectorate about the enquiry and copy it to the local MS. "
        "1. Apologies: Gwyn 2. The minutes were approved.\n"
    )
    minutes = _read(text)
    read = " ".join(sp.exact for sp in minutes.outside.spans)
    assert "Dai and Bryn to draft a letter" in read
    assert "MINUTES OF WESTBURY" not in read
    assert any(f.text.startswith("Dai and Bryn to draft") for f in minutes.outside.followups)


@pytest.mark.parametrize(
    "text",
    [
        # on a page with line breaks a field still owns its whole line: the rest of a
        # heading line ("at the Pavilion, Mill Lane, at 7 pm") is not read as prose
        pytest.param(
            "Westbury Parish Council\n\n"
            "Minutes of the meeting held on 7 June 2023 at the Pavilion, Mill Lane, Westbury "
            "Recreation Ground at 7 pm\n\n"
            "Present: Cllr A Bell (Chairman), Cllr C Dent\n\n"
            "1. Apologies for absence\nNone were received.\n\n"
            "2. Accounts\nThe accounts were approved.\n",
            id="a heading line of ordinary length is owned whole"),
        # a second title, a line with the meeting's own date and a field's label with its
        # value below it stand above the items as the heading does
        pytest.param(
            "Minutes of the Annual Meeting of Westbury Parish Council held on 7 June 2023\n\n"
            "DRAFT MINUTES OF THE ANNUAL MEETING OF WESTBURY AND HALE GROUP PARISH COUNCIL\n"
            "Held on Wednesday 7 June 2023 at the Hale Memorial Pavilion\n"
            "Place:\nWestbury Grange Conference Centre\n\n"
            "1. Apologies for absence\nNone were received.\n\n"
            "2. Minutes\nThe minutes of the meeting held on 3 May 2023 were approved.\n\n"
            "3. Accounts\nThe accounts were approved.\n",
            id="heading lines above the first item"),
    ],
)
def test_the_heading_is_no_prose(text: str) -> None:
    """What stands above the items as the page's heading is the heading's, not the
    meeting's text to be read."""
    assert outside_spans(text, extract(text), load()) == []


def test_a_minutes_line_with_another_meetings_date_is_read() -> None:
    """"Minutes of the meeting held on 3 May 2023 were approved" above the items is a minute
    about another meeting, not the page's title: it is read, and refers to that meeting."""
    text = (
        "Minutes of the Meeting of Westbury Parish Council held on 7 June 2023\n\n"
        "Present: Cllr A Bell (Chairman), Cllr C Dent\n\n"
        "One member of the public was present.\n"
        "Minutes of the meeting held on 3 May 2023 were approved and signed by the Chairman.\n\n"
        "1. Accounts\nThe accounts were approved.\n\n"
        "2. Grass cutting\nThe quote was accepted.\n\n"
        "3. Correspondence\nNone.\n"
    )
    minutes = _read(text)
    assert [s.exact for s in minutes.outside.spans] == [
        "One member of the public was present.\n"
        "Minutes of the meeting held on 3 May 2023 were approved and signed by the Chairman."]
    assert [r.date for r in minutes.outside.meeting_refs] == [date(2023, 5, 3)]


_ROLL_AND_ITEMS = ("Present: Councillor A Bellwood, Councillor C Deanery\n\n"
                   "1. Apologies\n\nNone were received.\n\n"
                   "2. Verges\n\nThe verges were discussed.\n")


@pytest.mark.parametrize(
    ("top", "refs"),
    [
        # a draft's line above the heading: the meeting that is to confirm it
        ("DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER\n\nWestmere Town Council\n\n",
         [(date(2023, 9, 3), "day")]),
        # a cover sheet's line: the meeting the minutes go to
        ("Lowby Board\nNext Board meeting - 20/07/23 Agenda Item 4\n"
         "Presented by Westshire Police\n\n", [(date(2023, 7, 20), "day")]),
        # a board paper's running header: the meeting the paper goes to
        ("Lowby Local Access Forum: 28 September 2023          Agenda Item: 3\n\n",
         [(date(2023, 9, 28), "day")]),
        ("LOWBY PSB 28.09.23          AGENDA ITEM 02\n\n", [(date(2023, 9, 28), "day")]),
        # the page's own title, and a clerk's dated signature: no other meeting
        ("Minutes Playing Field Committee 6th August 2023\nClerk to the Council – 01/08/2023\n\n",
         []),
    ],
)
def test_meetings_dated_above_the_heading_are_read_and_nothing_else(
        top: str, refs: list[tuple[date, str]]) -> None:
    """The text above the page's heading (a cover sheet, a draft's note) is read for the
    other meetings it dates, and for nothing else: its names are a title's."""
    text = top + ("Minutes of the meeting of Lowby Town Council held on Sunday 6 August 2023 "
                  "at 7pm\n\n") + _ROLL_AND_ITEMS
    minutes = _read(text)
    assert minutes.date == date(2023, 8, 6)
    assert [(r.date, r.precision) for h in minutes.prose for r in h.meeting_refs] == refs
    assert not any(m.label == "Westshire Police" for h in minutes.prose for m in h.mentions)


@pytest.mark.parametrize(
    ("top", "day"),
    [("Lowby Local Access Forum: 28 September 2023          Agenda Item: 3\n\n",
      "28 September 2023"),
     ("LOWBY PSB 28.09.23 - AGENDA ITEM 02\n\n", "28.09.23")],
)
def test_a_paper_headers_reference_spans_its_date_and_nothing_else(top: str, day: str) -> None:
    """A board paper's running header dates the meeting the paper goes to: the evidence is
    the date as printed, never the "Agenda Item" after it."""
    text = top + ("Minutes of the meeting of Lowby Town Council held on Sunday 6 August 2023 "
                  "at 7pm\n\n") + _ROLL_AND_ITEMS
    refs = [r for h in _read(text).prose for r in h.meeting_refs]
    assert [r.span.exact for r in refs] == [day]


# -- what the prose there gives --------------------------------------------------------------


def test_names_requests_and_meetings_outside_the_items_are_the_meetings(
        session: Minutes) -> None:
    outside = session.outside
    named = {(m.kind, m.label) for m in outside.mentions}
    assert {("person", "Sam Walker"), ("organisation", "Westshire Police"),
            ("organisation", "Post Office Ltd"), ("programme", "Speedwatch Scheme")} <= named
    assert [f.text for f in outside.followups] == [
        "the Clerk agreed to write to Post Office Ltd about opening hours."]
    assert (outside.followups[0].assigned_to, outside.followups[0].assigned_kind) == (
        "Clerk", "post")
    assert [(r.date, r.precision) for r in outside.meeting_refs] == [(date(2023, 4, 4), "day")]
    for m in outside.mentions:  # evidence kept as for an item's
        assert PUBLIC_SESSION[m.span.start : m.span.end] == m.span.exact
    # … and no item holds them
    assert not any(m.label == "Westshire Police" for i in session.items for m in i.mentions)


def test_a_plan_reported_outside_the_items_with_no_one_to_act_is_no_request() -> None:
    """In a public session or a report before the items, a passive plan nobody asked for
    and nobody was given ("Training would be provided") is news, not the meeting's errand;
    a request that names who acts is kept."""
    text = PUBLIC_SESSION.replace(
        "The Chairman noted",
        "A speaker from the Ambulance Trust said that training would be provided. The Chairman "
        "noted")
    minutes = _read(text)
    assert [f.text for f in minutes.outside.followups] == [
        "the Clerk agreed to write to Post Office Ltd about opening hours."]


def test_a_promise_whose_doer_the_rule_names_is_kept_outside_the_items() -> None:
    """Before the items, "the clerk will contact WDDC …" names who acts by the rule that read
    it (followups.toml's names_doer): the request is assigned to them, and kept as one the
    meeting made, whatever body it names after the verb."""
    text = ("MINUTES OF THE MEETING OF BRAMBLEFORD PARISH COUNCIL HELD at 7pm ON WEDNESDAY 7th "
            "October 2020 via ZOOM. Attendance: Mr Becks, Mr Filmore, Mrs Wrathmell and Dr Bacton "
            "in the chair, and four parishioners. Apologies for Absence: Mrs Walbrook. Dr Bacton "
            "stated that Mrs Fenwick has tendered her resignation from the Parish Council. The "
            "clerk will contact WDDC to set in motion the procedures for finding a replacement. "
            "Declaration of Interests: None.\n\n1. Minutes\nThe minutes were approved.\n\n"
            "2. Grass cutting\nThe quote was accepted.\n")
    minutes = _read(text)
    assert [(f.text, f.assigned_to) for f in minutes.outside.followups] == [
        ("The clerk will contact WDDC to set in motion the procedures for finding a "
         "replacement.", "clerk")]


def test_evaluation_counts_what_the_meeting_says(session: Minutes) -> None:
    found = found_by_extractor(session)
    assert "Westshire Police" in found.names["organisations"]
    assert any("Post Office Ltd" in text for _, _, text in found.followups)
    assert "2023-04-04" in found.refs


# -- mapped beside the core terms --------------------------------------------------------------


def test_the_meeting_holds_what_no_item_holds(session: Minutes) -> None:
    source = Source("file:///westbury.txt", "westbury.txt", "0" * 64, "text/plain",
                    datetime(2023, 6, 8, tzinfo=UTC))
    g = to_graph(session, source, CommitteeAliases.load())
    (meeting,) = {m for m in g.subjects(CKG.hasItem, None)}
    named = {str(g.value(o, SKOS.prefLabel)) for o in g.objects(meeting, CKG.meetingMentions)}
    assert {"Westshire Police", "Sam Walker", "Speedwatch Scheme"} <= named
    for o in g.objects(meeting, CKG.meetingMentions):
        assert (o, CKG.evidence, None) in g  # the words it came from
    (fu,) = g.objects(meeting, CKG.meetingFollowUp)
    assert (fu, RDF.type, CKG.FollowUpRequest) in g and (fu, CKG.evidence, None) in g
    assert (None, CKG.hasFollowUp, fu) not in g  # no invented item
    refs = list(g.objects(meeting, CKG.meetingRefersTo))
    assert [str(g.value(r, CKG.date)) for r in refs] == ["2023-04-04"]
    assert (meeting, CKG.mentions, None) not in g  # the core term stays an item's
    report = validate_graph(g)  # the shapes take a follow-up the meeting holds
    assert report.conforms, report.text


# -- queries and commands that list by meeting -------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    folder: Path = tmp_path_factory.mktemp("outside")
    (folder / "westbury-pc-2023-06-07.txt").write_text(PUBLIC_SESSION, encoding="utf-8")
    graph = GraphStore(folder / "store")
    results = ingest(graph, [str(folder / "westbury-pc-2023-06-07.txt")])
    assert all(r.ok for r in results), [r.error for r in results]
    return graph


def _run(store: GraphStore, name: str) -> list[dict[str, str]]:
    q = find(name)
    results = store.query(q.text)
    names = [v.value for v in results.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]


def test_queries_list_what_the_meeting_says(store: GraphStore) -> None:
    organisations = {r["name"]: r["items"] for r in _run(store, "organisations")}
    assert organisations["Westshire Police"] == "0"
    people = {(r["kind"], r["name"]) for r in _run(store, "people-and-posts")}
    assert {("person", "Sam Walker"), ("post", "PC")} <= people
    programmes = _run(store, "programmes")
    assert any(r["name"] == "Speedwatch Scheme" and "item" not in r and "meeting" in r
               for r in programmes)
    for name in ("open-followups", "followups"):
        rows = _run(store, name)
        asked = next(r for r in rows if "Post Office Ltd" in r["text"])
        assert "number" not in asked and "title" not in asked
    refs = [r for r in _run(store, "trace") if r["kind"] == "reference"]
    assert any(r["value"].endswith("2023-04-04") for r in refs)


def test_the_action_log_and_the_trace_include_the_meetings_own(store: GraphStore) -> None:
    rows = followups(store, status="all")
    asked = next(r for r in rows if "Post Office Ltd" in r["text"])
    assert (asked["title"], asked["item"], asked["meeting_date"]) == (
        OUTSIDE_ITEMS, None, "2023-06-07")
    entries = trace(store, "speedwatch scheme")
    (entry,) = entries
    assert (entry["title"], entry["match"], entry["date"]) == (
        OUTSIDE_ITEMS, "mentions", "2023-06-07")
    assert entry["item"] == entry["meeting"]
    assert [f["text"] for f in entry["followups"]] == [
        "the Clerk agreed to write to Post Office Ltd about opening hours."]
    assert {"PC", "Clerk"} <= set(entry["posts"])


def test_the_explorer_and_stats_join_the_meeting_to_what_it_named(store: GraphStore) -> None:
    index = ExplorerIndex.build(store)
    edges = index.overview()["edges"]
    assert any(e["from"].endswith("/2023-06-07") and "discussed" in e["id"]
               and e["to"].endswith("/speedwatch-scheme") for e in edges)
    s = stats(store)
    assert s.counts["ckg:FollowUpRequest"] == 3  # the meeting's one and item 3's two
    assert ("PC", "Speedwatch Scheme", 1) in s.programme_posts


def test_a_commitment_in_its_own_words_is_kept_outside_the_items() -> None:
    """Before the items, "JT undertook to investigate this" commits by its own words (a
    promise; followups.toml's kept_alone), though no name before the verb was read: the
    meeting's request all the same (quoted from the question it answers), as a passive plan
    there is not."""
    text = ("MINUTES OF THE MEETING OF BRAMBLEFORD PARISH COUNCIL HELD at 7pm ON WEDNESDAY 7th "
            "October 2020 via ZOOM. Attendance: Mr Becks, Mr Filmore, Mrs Wrathmell and Dr Bacton "
            "in the chair. Apologies for Absence: Mrs Walbrook. KR queried how many visitors "
            "used the new website. JT undertook to investigate this. Training would be "
            "provided by the scheme co-ordinator. Declaration of Interests: None.\n\n"
            "1. Minutes\nThe minutes were approved.\n\n2. Grass cutting\nThe quote was "
            "accepted.\n")
    minutes = _read(text)
    assert [f.text for f in minutes.outside.followups] == [
        "KR queried how many visitors used the new website. JT undertook to investigate this."]
