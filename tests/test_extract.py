"""The extractor against golden facts written by reading each corpus page (tests/golden/),
and against the shapes of text it must cope with. No RDF here."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from kg import patterns
from kg.attendance import run_on_trimmed
from kg.extract import NotMinutesError, extract
from kg.layout import mend_label_colons
from kg.patterns import names_body
from kg.prose import read_prose
from kg.records import Minutes
from kg.roll_headings import heading_at
from tests.conftest import CORPUS, ROOT, SEED_2016, finishes

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def facts(m: Minutes) -> dict:
    """The extracted facts in the golden files' shape."""
    return {
        "committee": m.committee,
        "date": m.date.isoformat() if m.date else None,
        "start_time": m.start_time.strftime("%H:%M") if m.start_time else None,
        "venue": m.venue,
        "attendance": [
            {"name": a.name, "status": a.status, "capacity": a.capacity} for a in m.attendance
        ],
        "items": [
            {
                "number": i.number,
                "title": i.title,
                "parent": i.parent_number,
                "exempt": i.exempt,
                "exemption_paragraphs": i.exemption_paragraphs,
                "documents": [{"format": d.format, "size": d.size} for d in i.documents],
                "presented_by": i.presented_by,
                "confirms_minutes_of": (
                    {"committee": i.confirms_minutes_of.committee,
                     "date": i.confirms_minutes_of.date.isoformat()}
                    if i.confirms_minutes_of else None
                ),
                "resolutions": [
                    {"starts_with": r.text, "clauses": len(r.clauses)} for r in i.resolutions
                ],
            }
            for i in m.items
        ],
    }


def _numbered(m: Minutes, titled: bool = False) -> list[tuple[str | None, str]]:
    """The items' numbers and titles, in page order (only the titled ones when ``titled``:
    an untitled preamble item is then left out)."""
    return [(i.number, i.title) for i in m.items if i.title or not titled]

def test_golden_files_cover_the_corpus() -> None:
    documents = {p.stem for p in CORPUS.glob("*/*.txt")}
    assert len(documents) >= 10
    assert {p.stem for p in GOLDEN} == documents


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_golden_facts(golden: Path) -> None:
    expected = json.loads(golden.read_text(encoding="utf-8"))
    text = (CORPUS / expected["source"]).read_text(encoding="utf-8")
    got = facts(extract(text))
    for key in ("committee", "date", "start_time", "venue", "attendance"):
        assert got[key] == expected[key], key
    assert [i["title"] for i in got["items"]] == [i["title"] for i in expected["items"]]
    for want, have in zip(expected["items"], got["items"], strict=True):
        where = f"item {want['number'] or want['title']!r}"
        for key in ("number", "parent", "exempt", "exemption_paragraphs", "documents",
                    "presented_by", "confirms_minutes_of"):
            assert have[key] == want[key], f"{where}: {key}"
        assert len(have["resolutions"]) == len(want["resolutions"]), f"{where}: resolutions"
        for w, h in zip(want["resolutions"], have["resolutions"], strict=True):
            assert " ".join(h["starts_with"].split()).startswith(w["starts_with"]), where
            assert h["clauses"] == w["clauses"], f"{where}: clauses"


def test_evidence_spans_quote_the_source() -> None:
    text = SEED_2016.read_text(encoding="utf-8")
    m = extract(text)
    spans = [m.date_span, m.committee_span]
    spans += [i.title_span for i in m.items] + [a.span for a in m.attendance]
    spans += [r.span for r in m.resolutions] + [c.span for r in m.resolutions for c in r.clauses]
    for s in spans:
        assert s is not None and text[s.start : s.end] == s.exact and s.exact.strip() == s.exact


def test_cut_page_keeps_everything_before_the_cut() -> None:
    text = SEED_2016.read_text(encoding="utf-8")
    cut = text[: text.index("The Select Committee received an update report")]  # inside item 32
    m = extract(cut)
    assert [i.number for i in m.items] == ["28", "29", "30", "31", "32"]
    assert len(m.resolutions) == 3
    assert len(m.attendance) == 13


def test_numbered_list_inside_a_minute_is_not_an_item() -> None:
    text = (
        "Minutes of the Audit Committee meeting held on 3 May 2023\n\n"
        "12. Internal Audit Plan\n\nThe Committee noted:\n\n"
        "1. Progress on the plan\n\n2. Staffing\n\n"
        "RESOLVED: That the plan be noted.\n\n13. Any Other Business\n\nNone.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("12", "Internal Audit Plan"), ("13", "Any Other Business")]
    assert m.committee == "Audit Committee"


def test_an_item_taken_out_of_turn_loses_none_after_it() -> None:
    """A heading whose number jumps ahead ("6. Police Report" after item 2) while the next
    goes back between them is an item taken out of turn, or a stray number: the items after
    it are still read. A list inside a minute that restarts at 1 stays no item, and so does
    one inside a page's first item (an excerpt may start on any item)."""
    text = ("Minutes of the Parish Council meeting held on 3 May 2023\n\n"
            "1. Apologies\n\nNone.\n\n2. Declarations of Interest\n\nNone.\n\n"
            "6. Police Report\n\nPC Ann Bell reported two thefts.\n\n"
            "3. Minutes of the last meeting\n\nThe minutes were approved.\n\n"
            "4. Footpaths\n\nThe Council noted:\n\n1. The stile is broken\n\n"
            "2. The sign is missing\n\n5. Finance\n\nThe accounts were approved.\n")
    assert [i.number for i in extract(text).items] == ["1", "2", "6", "3", "4", "5"]
    excerpt = ("Minutes of the Parish Council meeting held on 3 May 2023\n\n"
               "7. Planning\n\nThe Council noted:\n\n2. The new plans for Mill Farm\n\n"
               "3. The late plans for Ash Lane\n\n8. Finance\n\nThe accounts were approved.\n")
    assert [i.number for i in extract(excerpt).items] == ["7", "8"]


def test_resolution_clauses_wrapped_over_lines() -> None:
    text = (
        "Minutes of the Cabinet held on 4 June 2024\n\n7. Budget\n\n"
        "Resolved: That\n\n(a) the budget be\napproved; and\n\n(b) the report be noted.\n\n"
        "Members thanked officers.\n"
    )
    (res,) = extract(text).resolutions
    assert [(c.label, c.text) for c in res.clauses] == [
        ("a", "the budget be approved; and"), ("b", "the report be noted.")]


def test_decided_marker_and_year_less_confirmation() -> None:
    text = (
        "Planning Committee - Tuesday 9th January 2024 7.00 pm\n\nNo. Item\n\n"
        "1.\n\nMinutes\n\nDECIDED: That the minutes of the meeting held on 12 December be "
        "approved.\n"
    )
    m = extract(text)
    assert m.committee == "Planning Committee"
    assert str(m.start_time) == "19:00:00"
    (item,) = m.items
    assert item.resolutions[0].marker == "DECIDED"
    assert item.confirms_minutes_of is not None
    assert item.confirms_minutes_of.date.isoformat() == "2023-12-12"


def test_receiving_minutes_is_not_confirming_them() -> None:
    text = (
        "Meeting: 20/09/2017 - Council (Item 52)\n\n52 Cabinet minutes\n\n"
        "The minutes of the meeting of Cabinet held on 6 September 2017 were received.\n"
    )
    (item,) = extract(text).items
    assert item.confirms_minutes_of is None


def test_minutes_dated_the_meetings_own_day_confirm_no_earlier_meeting() -> None:
    """"The minutes of the meeting held on [this meeting's own date] were agreed": a slip for
    the last meeting's minutes; the meeting cannot confirm its own."""
    text = (
        "Minutes of the Audit Panel held on Tuesday 3 March 2020\n\n1. Minutes\n\n"
        "The minutes of the meeting held on Tuesday 3 March 2020 were agreed as a true record.\n"
    )
    assert extract(text).items[0].confirms_minutes_of is None
    earlier = text.replace("held on Tuesday 3 March 2020 were", "held on 4 February 2020 were")
    c = extract(earlier).items[0].confirms_minutes_of
    assert c is not None and c.date.isoformat() == "2020-02-04"


@pytest.mark.parametrize(
    "text",
    [
        "Once upon a time there was a council.\n\nIt met often and decided little.\n",
        "# README\n\n1. Install it\n\n2. Run it\n",
        "Shopping list\n\nEggs\n\nMilk\n",
    ],
)
def test_text_that_is_not_minutes(text: str) -> None:
    with pytest.raises(NotMinutesError):
        extract(text)


def test_minutes_that_open_on_their_roll_are_read() -> None:
    """A parish page with no heading and no titled items, only its roll and bulleted lines:
    a "Present" list marks it as minutes, and the roll is read as the header's."""
    text = (
        "Present: Cllrs A Marsh, B Quill and C Rowe.\n"
        "In Attendance: D Vance (Parish Clerk) and two members of the public.\n"
        "- To receive apologies for absence\n"
        "None were received.\n"
        "- To consider the hedge on Mill Lane\n"
        "The Clerk will write to the owner.\n"
    )
    minutes = extract(text)
    present = {a.name for a in minutes.attendance if a.status == "Present"}
    assert {"A Marsh", "B Quill", "C Rowe"} <= present
    assert minutes.items


def test_abbreviated_plural_title_does_not_end_the_roll() -> None:
    """"Cllrs." is an abbreviation, not a sentence's end: the names after it are present."""
    text = (
        "Minutes of the Parish Council meeting held on 6 March 2017\n\n"
        "Present:  Cllr. Pike (in the chair), Cllrs. Dace, Gudgeon, Roach (part).\n\n"
        "1. Apologies\n\nNone were received.\n"
    )
    names = [a.name for a in extract(text).attendance if a.status == "Present"]
    assert names == ["Cllr. Pike", "Dace", "Gudgeon", "Roach"]
    # "Messrs." (Misters) too; a full stop after a surname still ends the roll.
    messrs = text.replace("Cllrs. Dace", "Messrs. Dace").replace(
        "(part).", "(part) and Mrs Tench. Mr Carp spoke about the pond.")
    names = [a.name for a in extract(messrs).attendance if a.status == "Present"]
    assert names == ["Cllr. Pike", "Messrs. Dace", "Gudgeon", "Roach", "Mrs Tench"]


def test_a_roll_cut_after_a_comma_goes_on_below_the_blank_line() -> None:
    """A list whose line ends in a comma (or a semicolon) goes on in the next paragraph,
    even where that paragraph also counts the public ("… and one resident.")."""
    text = (
        "Minutes of the meeting held on Thursday 9 October 2008\n\n"
        "Present : Parish Councillors A. Perch, B. Tench (Chairman),\n\n"
        "C. Carp and one resident.\n\n"
        "1. Apologies\n\nNone were received.\n"
    )
    names = [a.name for a in extract(text).attendance if a.status == "Present"]
    assert names == ["A. Perch", "B. Tench", "C. Carp"]
    # entries parted by semicolons: a line ending in one is cut mid-list too
    text = (
        "Minutes of the meeting held on Thursday 9 October 2008\n\n"
        "Present: Councillors: Ada Perch (Chair); Bo Tench; Cy Roach;\n\n"
        "Di Carp; Ed Dace\n\n"
        "1. Apologies\n\nNone were received.\n"
    )
    names = [a.name for a in extract(text).attendance if a.status == "Present"]
    assert names == ["Ada Perch", "Bo Tench", "Cy Roach", "Di Carp", "Ed Dace"]


def test_a_second_list_after_the_full_stop_on_the_headings_line() -> None:
    """After the list's full stop, a run of capitalised words is one more list under the
    same heading; a sentence of prose after it is not."""
    text = (
        "Minutes of the meeting held on Thursday 9 October 2008\n\n"
        "Present: Councillors A. Perch and B. Tench.\n\n"
        "Apologies : Parish Councillors C. Carp and D. Dace. District Councillor E. Pellowe\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    apologies = [a.name for a in extract(text).attendance if a.status == "Apologies"]
    assert apologies[:2] == ["C. Carp", "D. Dace"]
    assert any(n.endswith("E. Pellowe") for n in apologies[2:])
    prose = text.replace("District Councillor E. Pellowe", "The Chairman welcomed them all")
    apologies = [a.name for a in extract(prose).attendance if a.status == "Apologies"]
    assert apologies == ["C. Carp", "D. Dace"]


def test_an_agenda_without_a_roll_is_still_refused() -> None:
    """The roll is the evidence: bulleted lines alone (an agenda's) stay refused."""
    text = "- To receive apologies for absence\n- To consider the hedge on Mill Lane\n"
    with pytest.raises(NotMinutesError):
        extract(text)


def test_minutes_written_as_prose_are_read_as_one_item() -> None:
    """No item heading, roll or marker, but sentences that report what the meeting did in the
    past tense: the page is minutes, read as one untitled item with a warning."""
    text = (
        "Lowfield Parish Council\n\n"
        "Members of the Parish Council met at the Reading Room to walk the footpaths.\n\n"
        "There was submitted a report by the Footpaths Warden on the stiles. Councillor "
        "Gale asked that the broken stile be mended. Members agreed to write to the "
        "landowner, and the Clerk would report back.\n"
    )
    m = extract(text)
    (item,) = m.items
    assert item.title == ""
    assert item.text.startswith("Members of the Parish Council met")
    assert any("prose read as one item" in w for w in m.warnings)
    sefton_like = (
        "The Board at its meeting held on 4 May 2021 agreed that the Panel would review the "
        "car parks.\nThe Panel received a presentation from Ann Bell, Head of Parking.\n")
    assert len(extract(sefton_like).items) == 1
    passive = ("Highways\n\nThe report on the winter gritting routes was noted.\n"
               "The meeting closed at 8.15pm.\n")
    assert len(extract(passive).items) == 1
    lower = ("Footpaths walk\n\nthe chair welcomed the walkers to the meeting. The stile was "
             "inspected and the council agreed to mend it.\n")
    assert len(extract(lower).items) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a minute's marks inside sentences: "– it was decided", "RESOLVED", "proposed by …
        # seconded by", "apologies were received"
        "Lowfield Parish Council\n\nGrants\n\nThe Scouts wrote for a donation – it was "
        "decided to give £50. Apologies were received from Cllr Bell. The bench quote, "
        "proposed by Cllr Dean and seconded by Cllr Hale, was accepted.\n",
        # an excerpt of one item that starts mid-page
        "arising from a report of the Head of Parks, the Panel had recommended the new fees.\n"
        "Discussion followed on the charges.\nRESOLVED that the new fees be approved.\n"
        "The last minutes were read and signed.\n",
        # members named by their initials
        "Village Hall Group\n\nAB welcomed everyone to the meeting. CD reported that the roof "
        "had been repaired.\n",
        # an excerpt in the present tense: a proposer, and the seconder named after "and"
        "Tom Arden proposes Lucy Pryce as Chair and Owen Marsh seconds.\nLucy Pryce proposes "
        "Owen Marsh as Treasurer and Tom Arden seconds.\n",
    ],
    ids=["marks-inside-sentences", "item-excerpt", "initials", "proposes-and-seconds"],
)
def test_minutes_with_marks_inside_their_sentences_are_read(text: str) -> None:
    """A page headed in no way the reader knows is still minutes when its sentences record
    what the meeting did, wherever in the sentence the mark stands: read, not refused."""
    assert extract(text).items


@pytest.mark.parametrize(
    ("heading", "committee"),
    [
        ("Notes of the meeting of the Footpaths Working Group held on 3 May 2023",
         "Footpaths Working Group"),
        ("Record of a meeting of the Youth Forum held at the Library on 3 May 2023",
         "Youth Forum"),
        ("Extraordinary Meeting of Lowby Parish Council held on Wednesday 3 May 2023 at 7pm",
         "Lowby Parish Council"),
        ("LOWBY PARISH COUNCIL MEETING\n\nheld on 3rd May 2023", "LOWBY PARISH COUNCIL"),
        # the minutes' opening sentence
        ("A meeting of the Lowby Community Council took place on Wednesday 3rd May 2023 at "
         "7.30pm via Zoom.", "Lowby Community Council"),
        ("The Meeting of the Parish Council was held on Wednesday 3 May 2023 at 7.30 pm.",
         "Parish Council"),
    ],
)
def test_a_meeting_recorded_without_the_word_minutes(heading: str, committee: str) -> None:
    """"Notes of …", "Record of …", "Meeting of … held on <date>" or "A meeting of … took
    place on <date>" head a record of a meeting as "Minutes of …" does; a notice of a meeting
    "to be held" or that "will take place" does not."""
    body = ("\n\n1. Welcome\n\nThe Chair welcomed everyone.\n\n2. Footpaths\n\n"
            "The stile is broken. The Clerk will report it.\n")
    m = extract(heading + body)
    assert (m.committee, str(m.date)) == (committee, "2023-05-03")
    for notice in ("Meeting of Lowby Parish Council to be held on Wednesday 3 May 2023",
                   "A meeting of Lowby Parish Council will take place on Wednesday 3 May 2023"):
        with pytest.raises(NotMinutesError):
            extract(notice + body)


def test_a_page_titled_as_a_dated_meetings_minutes_is_read() -> None:
    """ "Minutes from the meeting of the group on <date>" names no body ("the group" in lower
    case is no name) but calls the page the minutes of a dated meeting: with no item heading
    it is read as one untitled item, not refused. A page with neither such a title nor a
    body's name over "Notes of Meeting" stays refused when nothing in it reads as minutes
    (a roll of who attended would: an agenda lists only its membership), and the same title
    in a sentence heads nothing."""
    members = ("  • Ann Bell, Elmford Trust\n  • Carl Dean, Lowby Council\n\n"
               "Items and actions\n\nAnn Bell: Good morning. Thank you all for coming.\n")
    m = extract("Elmford Forum minutes: May 2023\n\nMinutes from the meeting of the group on "
                "03 May 2023\n\nAttendees\n\n" + members)
    assert (m.committee, str(m.date), len(m.items)) == (None, "2023-05-03", 1)
    roll = "Membership\n\n" + members
    for head in ("Elmford Forum: May 2023\n\nThe group will meet on 03 May 2023\n\n",
                 "Elmford Partnership Board\n\nAgenda\n\nDate: 3rd May 2023\n\n",
                 "Minutes from the meeting of the group on 03 May 2023 were approved.\n\n"):
        with pytest.raises(NotMinutesError):
            extract(head + roll)


def test_numbers_parted_from_their_titles_by_a_slash() -> None:
    """A table's cells joined with " / " ("2.0 / Police Matters", "3. / Declarations"): the
    number is an item's, and the page's heading above the first item dates it though the
    roll above was read as prose. A page that names people under a roll's heading (here
    inside its first row, "Attendance / Action") is minutes."""
    text = (
        "Minutes of the Meeting of 9th January, 2025\n"
        "Glenmoor Community Centre 7:30pm\n"
        "1.0 / Attendance / Action\n"
        "Ina Kerr (Chair)\n"
        "Apologies: Lew Moss, Nan Orr\n"
        "2.0 / Police Matters\n"
        "No officer could attend.\n"
        "3.0 / Village Hall\n"
        "The roof repair is in hand. / Chair\n")
    m = extract(text)
    assert _numbered(m, titled=True) == [
        ("1.0", "Attendance / Action"), ("2.0", "Police Matters"), ("3.0", "Village Hall")]
    assert str(m.date) == "2025-01-09"
    dotted = ("Minutes of the Parish Council held on 2 June 2025\n\n"
              "1. / Apologies\nNone.\n2. / Declarations of interest\nNone.\n")
    assert [i.title for i in extract(dotted).items] == ["Apologies", "Declarations of interest"]


def test_a_date_line_is_no_item_number() -> None:
    """"17 April 2025 – Minutes (draft)" opens on the day of the month, not on item 17."""
    text = (
        "17 April 2025 – Minutes (draft)\n\n42 Members of the public\n\n"
        "1. Welcome\n\nThe Mayor welcomed everyone.\n\n"
        "2. Minutes\n\nThe minutes of the last meeting were signed.\n")
    assert _numbered(extract(text), titled=True) == [
        ("1", "Welcome"), ("2", "Minutes")]


def test_a_numbered_title_wrapped_onto_a_second_line() -> None:
    """A title cut after "… for the" or "Any other", or a long title in capitals wrapped, goes
    on on the next line; "APOLOGIES" over "NONE" is a title over its minute."""
    text = (
        "Minutes of the Parish Council meeting held on 5 June 2018\n\n"
        "Present: Councillors Ash, Birch and Cole\n\n"
        "2. REPORT ON THE FUTURE OF THE VILLAGE\nHALL AND PLAYING FIELD\n\nThe report was "
        "noted.\n\n3. Planning application 23/0456 for the\nextension at Mill Farm\n\n"
        "No objection was raised.\n\n4. Any other\nbusiness\n\nNone.\n\n5. APOLOGIES\nNONE\n")
    assert [i.title for i in extract(text).items] == [
        "REPORT ON THE FUTURE OF THE VILLAGE HALL AND PLAYING FIELD",
        "Planning application 23/0456 for the extension at Mill Farm",
        "Any other business", "APOLOGIES"]


def test_minute_numbers_closed_by_a_colon_and_dash() -> None:
    """"M/140/2006:-" on its own line over the title numbers a minute."""
    text = ("Minutes of Monthly Meeting of the Council held on Monday 8 May 2006\n"
            "M/140/2006:-\nPLAY AREAS\nCouncillor A Bell asked that the signs be removed.\n"
            "M/141/2006:-\nSYMPATHY\nIt was agreed to send a letter of sympathy.\n")
    assert _numbered(extract(text)) == [
        ("M/140/2006", "PLAY AREAS"), ("M/141/2006", "SYMPATHY")]


def test_declarations_in_lettered_sub_paragraphs_read_as_minutes() -> None:
    """Minutes that list declarations as lettered sub-paragraphs ("(a) Councillor Bell
    declared …;(b) Councillor Dean declared …", PDF text dropping the space after the
    semicolon) report what members did: the page is minutes, though no heading is known."""
    text = (
        "Elmford Select Committee 4 March 2011\n"
        "An opportunity was provided for Members to declare an interest;-(a) i) Councillor "
        "Ann Bell declared a personal interest in Minute No. 5;(b) Councillor Carl Dean "
        "declared a personal interest as a resident;\n"
        "(c) Councillor Eve Fox declared a prejudicial interest and left the room.\n"
    )
    assert len(extract(text).items) == 1
    # Negative: an agenda's lettered lines say what members are to do, not what they did.
    agenda = (
        "Elmford Select Committee\n(a) To receive declarations of interest;\n(b) To consider "
        "the report of the Director;\n(c) Members are asked to note the budget.\n")
    with pytest.raises(NotMinutesError):
        extract(agenda)


def test_a_dated_agenda_is_refused_and_its_minutes_are_not() -> None:
    """Under its body's name and date ("Lowby Parish Council" / "Meeting: 3 May 2023") a page
    of the agenda's directions and nothing done is an agenda; the same items with what was
    done below them are minutes."""
    head = "Lowby Parish Council\nMeeting: Wednesday 3 May 2023\n\n"
    agenda = ("1. To receive apologies\n\n2. To approve the minutes of the last meeting\n\n"
              "3. To consider the footpath report\n")
    with pytest.raises(NotMinutesError):
        extract(head + agenda)
    m = extract(head + agenda.replace("apologies\n", "apologies\n\nApologies were received "
                                      "from Cllr A Bell.\n"))
    assert (m.committee, str(m.date), len(m.items)) == ("Lowby Parish Council", "2023-05-03", 3)


def test_a_page_that_calls_itself_an_agenda_is_refused_when_nothing_is_done() -> None:
    """ "AGENDA" in capitals below the meeting's heading, or "Notice of meeting", over plain
    titles: an agenda, refused though its heading names the meeting; with a roll below the
    same page is minutes. "Agenda" as a page's section label (ModernGov's "Meeting Details")
    refuses nothing."""
    items = ("1. Apologies for absence\n\n2. Declarations of interest\n\n3. Footpaths\n\n"
             "4. Finance\n")
    for head in ("Lowby Parish Council Meeting 3 May 2023\n\nAGENDA\n\n",
                 "Notice of Meeting\nLowby Parish Council - 3 May 2023\n\n"):
        with pytest.raises(NotMinutesError):
            extract(head + items)
    m = extract("Lowby Parish Council Meeting 3 May 2023\n\nAGENDA\n\nPresent: Cllr Ames, "
                "Cllr Boyd\n\n" + items)
    assert (m.committee, len(m.items)) == ("Lowby Parish Council", 4)
    m = extract("Meeting Summary\nLowby Parish Council\n3 May 2023 - 19:00 to 20:30\n\nAgenda\n\n"
                + items)
    assert m.committee == "Lowby Parish Council"


def test_minutes_titled_by_labels_before_colons() -> None:
    """A parish page that titles each minute by a label before a colon ("Public Session: no
    issues"): the labels are the items' titles; "Apologies:" stays a list, "Date:" a field."""
    text = (
        "Minutes of the Parish Council meeting held on 5 June 2018\n\n"
        "Present: Councillors Ash, Birch and Cole\n\n"
        "Apologies: Councillor Dale\n\n"
        "Declaration of Interest: None given\n\n"
        "Public Session: no issues\n\n"
        "Village Hall Roof: The quote from the builder was discussed. Councillor Ash will ask "
        "for a second quote.\n\n"
        "Date: The next meeting will be on 3 July.\n")
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Declaration of Interest", "Public Session", "Village Hall Roof"]
    assert m.items[2].text.startswith("The quote from the builder")
    assert ("Councillor Dale", "Apologies") in {(a.name, a.status) for a in m.attendance}


def test_prose_between_the_roll_and_the_first_item_is_read() -> None:
    """A sentence of the minutes printed between the roll and item 1 ("A minute's silence was
    held for …") is an untitled item of its own; a sentence about who attended stays the
    roll's."""
    text = (
        "Minutes of the Parish Council meeting held on 5 June 2018\n\n"
        "Present: Councillors Ash, Birch and Cole\n\n"
        "Two members of the public were present with PC Ann Dale for the first item.\n\n"
        "A minute's silence was held in memory of Cllr Ed Fox, who died in May.\n\n"
        "1. Apologies\n\nNone.\n\n2. Finance\n\nThe accounts were approved.\n")
    m = extract(text)
    assert _numbered(m) == [
        (None, ""), ("1", "Apologies"), ("2", "Finance")]
    assert m.items[0].text.startswith("A minute's silence")
    # A public session's prose that uses an attendance word after its first sentence ("at
    # the present time") is still minutes, not the roll's.
    public = text.replace(
        "A minute's silence was held in memory of Cllr Ed Fox, who died in May.",
        "Public Session\n\nResidents of Mill Lane raised the state of the verges with the "
        "Council. The Clerk said nothing could be done at the present time. Cllr Cole agreed "
        "to meet the residents.")
    m = extract(public)
    assert (m.items[0].number, m.items[0].title) == (None, "")
    assert m.items[0].text.startswith("Residents of Mill Lane")


def test_captions_over_their_minutes_above_the_first_item_are_read() -> None:
    """A community council's notes put a short caption straight over its minute, no blank
    line between ("Bench Repair" / "Quote not yet received. AB to chase the joiner"): below
    the roll, such paragraphs are minutes' text (an untitled item), not the header's; a
    caption over a line that is no minute ("Venue" / "Village Hall, Main Street") is not."""
    text = (
        "Draft Minutes of a meeting held on 4 April 2019\n\n"
        "Present Ann Ash, Bob Birch, Cal Cole\n\n"
        "Bench Repair\nQuote not yet received.\nAB to chase the joiner before May\n\n"
        "Litter Pick\nCC to order more bags for the spring clean\n\n"
        "AOB\n1. The bus shelter roof leaks again after the storm in March\n"
        "2. The hall fete is on the first Saturday in June this year\n"
        "3. The footpath sign at the ford is still missing from its post\n")
    m = extract(text)
    assert m.items[0].number is None
    assert m.items[0].text.startswith("Bench Repair")
    assert "CC to order more bags" in m.items[0].text
    # A caption over a place or a name is no minute: the paragraph stays out of the items.
    venue = text.replace("Bench Repair\nQuote not yet received.\nAB to chase the joiner "
                         "before May\n\nLitter Pick\nCC to order more bags for the spring "
                         "clean\n\n", "Venue\nThe Old School Room, Main Street, Glenbeg\n\n")
    m = extract(venue)
    assert "Old School Room" not in " ".join(i.text for i in m.items)


def test_minutes_signs_add_up_on_a_page_with_no_headings() -> None:
    """A page cut from the middle of its minutes, with no heading, no titled item and no
    "Present" list: a roll of apologies counts as one sign of minutes and a motion "seconded
    by" someone named as another, so the page is read, not refused; a verb of the past tense
    the lists do not hold ("extended", "commenced") still tells what the meeting did."""
    text = (
        "ON MONDAY, 3RD MARCH 2025, AT 7.30 P.M.\n\n"
        "APOLOGIES Orla Quince, Piers Rowan, Tam Usher\n\n"
        "The minutes of the last meeting were verified by Una Vance and seconded by Wyn "
        "Yates.\n\nThe pond by the green is to be cleared in spring.\n")
    m = extract(text)
    assert len(m.items) == 1
    assert {a.name for a in m.attendance if a.status == "Apologies"} == {
        "Orla Quince", "Piers Rowan", "Tam Usher"}
    welcome = (
        "ON THURSDAY, 24TH APRIL 2025, AT 7.30 P.M.\n\n"
        "The Chairman extended a warm welcome to the residents present.\n\n"
        "The Chairman commenced by reporting on the year's twelve meetings.\n")
    assert len(extract(welcome).items) == 1
    # a parish's shorthand for a motion's mover and seconder, under numbered items
    shorthand = (
        "1. Election of Chair\nNomination – Cllr Ash. Prop Cllr Birch, 2nd Cllr Cole carried\n"
        "2. Standing Orders\nApproval of Standing Orders Proposed: Cllr Birch Seconded: Cllr "
        "Dean\n")
    assert len(extract(shorthand).items) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a roll of apologies over an agenda's directions: the directions outweigh it
        "Apologies: Orla Quince, Piers Rowan\n\nTo consider the hedge on Mill Lane.\n\n"
        "To receive the accounts.\n",
        # a story: a past participle after a phrase is an adjective, not what a meeting did
        "Councillors in Lowmarsh have taken an unprecedented step over the quay. Cllr Ann "
        "Bell said the town was disappointed.\n",
    ],
)
def test_signs_that_do_not_add_up_to_minutes_stay_refused(text: str) -> None:
    with pytest.raises(NotMinutesError):
        extract(text)


def test_a_headed_page_with_no_item_headings_reads_its_prose() -> None:
    """Under the meeting's heading and roll, a page with no heading for its items keeps its
    minute as one untitled item (its people read), not unread."""
    m = extract(
        "Minutes of a Council Meeting held on Tuesday 5 March 2024 at 7.30pm.\n"
        "Present: Cllrs Ash and Birch.\n"
        "Mr Ian Vale (Ranger) spoke about the footpaths. He said the stile would be mended.\n")
    (item,) = m.items
    assert item.title == "" and item.text.startswith("Mr Ian Vale")
    assert {a.name for a in m.attendance} == {"Ash", "Birch"}


@pytest.mark.parametrize(
    "text",
    [
        # an agenda: what the meeting is to do, not what it did
        "1. To receive apologies\n2. To consider the report of the Clerk\n"
        "3. To note that the Committee agreed the budget in May. Members agreed the fees.\n"
        "4. To approve the accounts\n",
        # a forward plan and a report: future tense and recommendations
        "Leisure Contract\n\nThe Cabinet will consider the options in June. Members are asked "
        "to note the risks. The Council is to be asked to agree the budget.\n",
        # a report whose background recounts a meeting, and asks for a decision
        "Car Park Charges\n\nPurpose of report\n\nThe Panel considered the charges in March. "
        "Members asked for options. Members are asked to note the options.\n\n"
        "Recommendation: That the options be noted.\n",
        # one sentence of minutes' English is not enough
        "Car Parks\n\nThe Panel received a verbal update from the Head of Parking.\n",
        # a story about a council
        "The council met in the old hall every winter. It decided little and the mayor slept. "
        "Nobody there noticed the snow.\n",
        # an agenda that puts a motion's mover and seconder and the apologies to the meeting
        "Agenda\n\nTo receive apologies for absence.\nTo consider the motion proposed by Cllr "
        "Bell and seconded by Cllr Dean on the bus shelter.\nTo receive the accounts.\n",
        # a notice in capitals and acronyms: no verb of a minute after them
        "NOTICE OF MEETING\n\nThe AGM will be held in May. BT will move the phone box.\n",
        # standing orders: a motion proposed and seconded, with no seconder named
        "Standing Orders\n\nA motion must be proposed and seconded before debate. A motion "
        "proposed at a meeting and not seconded shall lapse.\n",
    ],
)
def test_prose_that_is_not_minutes_stays_refused(text: str) -> None:
    with pytest.raises(NotMinutesError):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # a board's notes that call its members by their given names
        "Lowby Enterprise Board\n\nPresent Board Ann Bell (Chair) Carl Dean Eve Fox\n\n"
        "3 Chair's update\n\nThe recruitment round was successful and Ann welcomed the new "
        "Board members, Carl Dean and Eve Fox.\n\nAnn thanked Ian Hale for all his time on the "
        "Board.\n\nCarl presented the skills initiative.\n",
        # a police officer by rank, then a pronoun
        "Tollbridge Residents' Forum\n\nPolice Sgt Ann Bell presented the police report. Crime "
        "levels remain low. She outlined the recent speed checks on the main road.\n",
        # members referred to a report, and the board (lower case) receiving an update
        "Car Parks\n\nMembers were referred to the charges set out in the report. The board "
        "received an update from the Head of Parking.\n",
        # a visitor named with a post in brackets, then a pronoun
        "External Audit\n\nAnn Bell (Associate Director) of Lowby Audit introduced the audit "
        "team. She explained the audit plan for the year.\n",
    ],
    ids=["given-names", "rank-and-pronoun", "referred-and-board", "post-in-brackets"],
)
def test_minutes_prose_by_given_names_pronouns_and_ranks_is_read(text: str) -> None:
    """Minutes that name their people as colleagues do ("Ann welcomed …", "She outlined …",
    "Sgt Bell presented …") or say members were referred to a report are read, not refused."""
    assert extract(text).items


@pytest.mark.parametrize(
    "text",
    [
        # an item's heading on its own line with no full stop, run on into the minute below
        "A Summary Note of the meeting held 3rd May 2023\n\nReport from the Steering Board\n"
        "The Steering Board met on 3rd April and agreed the plan.\n\nHousing update\n"
        "The Panel received an update from the Housing Officer.\n",
        # a bulleted minute under its heading, then another under the next
        "Notes\n\nLowby Forum update\n- Mr Ash advised the group that the survey was done\n\n"
        "Finance\nThe Treasurer reported a balance of £200.\n",
    ],
    ids=["heading-over-sentence", "heading-over-bullet"],
)
def test_a_minute_below_its_heading_line_is_read(text: str) -> None:
    """A minute's sentence under its item's heading printed on a line of its own with no full
    stop opens at that line's start: the page is read as minutes, not refused."""
    assert extract(text).items


@pytest.mark.parametrize(
    "text",
    [
        # an agenda: its lines below their headings say what the meeting will do
        "Agenda\n\nReport from the Steering Board\nThe Steering Board will meet on 3rd May."
        "\n\nHousing update\nMembers are asked to note the update.\n",
        # a forward plan
        "Forward Plan\n\nLeisure Contract\nCabinet will consider the options in June.\n\n"
        "Car Parks\nThe Panel is to be asked to agree the charges.\n",
        # a notice
        "NOTICE OF MEETING\n\nAnnual Meeting\nThe Parish Council will hold its annual meeting "
        "on 3 May.\n\nAll welcome\nResidents are invited to attend.\n",
    ],
    ids=["agenda", "forward-plan", "notice"],
)
def test_headings_over_an_agendas_plans_or_notices_lines_stay_refused(text: str) -> None:
    """A line that opens below a heading counts only as a minute's sentence does: an agenda's,
    a plan's or a notice's future or request there is none."""
    with pytest.raises(NotMinutesError):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # a Scottish board's convener as the subject of its minutes
        "Transport Partnership\n\nIn relation to the bus review, the Convener advised that she "
        "was a trustee of the Lowby Trust. The Convener thanked members for their work on the "
        "review.\n",
        # the past perfect, an adverb between
        "The first request was submitted by Councillor Ash on the topic of bus routes.\nThe "
        "Group had previously earmarked the request for its meeting in May.\nThe Panel had "
        "already agreed the terms of the review.\n",
        # a title over the statutory line that public notice of the meeting was given
        "Minutes of the Parish Council Meeting: Tuesday 3rd May, 2022\nPublic notice of the "
        "meeting has been given in accordance with Schedule 12, paragraph 10 of the Local "
        "Government Act 1972.\nCouncillors A Ash, Mrs B Birch, C Cole\nAPOLOGIES FOR ABSENCE: "
        "County Councillor D Dunn.\n",
        # a title over a roll headed "Signing-in"
        "AGM 2022 – Draft Minutes\n\nDraft Minutes of Lowby Village Hall AGM held on "
        "30.11.2021 at 7.30pm.\n\nSigning-in: Ann Ash (AA) Chair\nBob Birch (BB) Secretary\n"
        "Apologies Cath Cole\nDan Dunn\n",
    ],
    ids=["convener", "past-perfect", "notice-given", "signing-in"],
)
def test_a_conveners_minutes_the_past_perfect_and_a_titles_record_words_are_read(
        text: str) -> None:
    """A convener is a meeting's chair, the past perfect a record's past, and a notice that
    was given or a roll's "Signing-in" no agenda's or notice's word under a page's title."""
    minutes = extract(text)  # not refused
    assert minutes.items or minutes.date


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n\nThe Convener will welcome members.\nThe Convener is to report on the "
        "budget.\n",
        "Bus Routes\n\nPurpose of report\n\nThe Panel had previously agreed the terms of the "
        "review. Members are asked to note the options.\n",
        "Minutes of the Parish Council Meeting: Tuesday 3rd May, 2022\nPublic notice of the "
        "meeting is hereby given.\nCouncillors A Ash, Mrs B Birch, C Cole\n",
        "Notice of the Parish Council Meeting: Tuesday 3rd May, 2022\nPublic notice of the "
        "meeting has been given.\n1. To receive apologies\n2. To approve the minutes of the "
        "meeting held on 5 April 2022\n",
        "AGM 2022 – Minutes for signing\n\nMinutes of Lowby Village Hall AGM held on "
        "30.11.2021 at 7.30pm.\n\nSigning-in: Ann Ash (AA) Chair\nBob Birch (BB) Secretary\n",
    ],
    ids=["convener-agenda", "past-perfect-report", "notice-hereby", "notice-agenda",
         "minutes-for-signing"],
)
def test_a_conveners_agenda_a_report_and_notices_stay_refused(text: str) -> None:
    with pytest.raises(NotMinutesError):
        extract(text)


def test_a_row_whose_direction_its_minute_answers_is_read_by_given_names() -> None:
    """A ModernGov row reprints its agenda's direction over its minute: answered, it is no
    sign of an agenda against minutes that call their people by name, and earlier minutes
    "presented for approval" in the past tense are a minute."""
    assert extract(
        "Declarations of Interest\n\nTo receive any declarations of interest.\n\nJulia Bell "
        "declared a personal interest in item 7.\n\nAnn Dean presented the budget report.\n"
    ).items
    assert extract(
        "Minutes\n\nTo confirm as a correct record the minutes of the meeting held on 4 July "
        "2022.\n\nThe minutes of the meeting held on 4 July 2022 were presented for approval."
        "\n\nJulia Bell declared a personal interest in item 7.\n").items


@pytest.mark.parametrize(
    "text",
    [
        # a direction no minute answers, with names below
        "Declarations of Interest\n\nTo receive any declarations of interest.\n\nTo consider "
        "the bus review.\n\nJulia Bell declared a personal interest in item 7. Ann Dean "
        "presented the budget report.\n",
        # minutes "are submitted" on an agenda
        "Minutes\n\nTo confirm the minutes of the meeting held on 4 July 2022.\n\nThe minutes "
        "of the meeting held on 4 July 2022 are submitted for approval.\n\nTo receive the "
        "accounts.\n",
    ],
    ids=["unanswered", "are-submitted"],
)
def test_an_agenda_with_directions_unanswered_stays_refused(text: str) -> None:
    with pytest.raises(NotMinutesError):
        extract(text)


_THE_MEETING_OF = (
    "Download the Minutes\nTotal Page:16\n- 66 - LOWBY BOROUGH COUNCIL COUNCIL 6th December, "
    "2017 The meeting of the Lowby Borough Council {} at the Town Hall, Lowby, on Wednesday, "
    "6th December, 2017. {} The Mayor (Councillor A.B. Ash) The Deputy Mayor (Councillor C.D. "
    "Birch) Councillors E. Cole, F. Dunn")


def test_a_page_cut_in_its_roll_under_the_meeting_that_was_held_is_read() -> None:
    """"The meeting of the … Council was held at …" over "Present …" says a meeting was held,
    as "A meeting of the … was held" does; a meeting to be held, or members listed under no
    heading of who was present, stay refused."""
    extract(_THE_MEETING_OF.format("was held", "Present"))  # not refused
    with pytest.raises(NotMinutesError):
        extract(_THE_MEETING_OF.format("will be held", "Present"))
    with pytest.raises(NotMinutesError):
        extract(_THE_MEETING_OF.format("was held", "Members of the Council:"))


@pytest.mark.parametrize(
    "text",
    [
        # a story: its people by name and pronoun, and a quotation
        "Hall to close\n\nAnn Bell welcomed the plan to close the hall. She explained that the "
        "roof had failed. \"We cannot keep it open any longer,\" she said.\n",
        # a story's verbs of speech
        "Hall to close\n\nAnn Bell said the hall would close. She told residents that the roof "
        "had failed.\n",
        # an agenda that names who will present
        "Agenda\n\n1. Ann Bell to present the accounts.\n2. To consider the report. He "
        "outlined nothing.\n3. To receive apologies.\n",
        # a report that recounts what people did, and asks for a decision
        "Hall Repairs\n\nPurpose of report\n\nAnn Bell inspected the roof in May. She "
        "reported that the slates had slipped. Members are asked to note the costs.\n",
    ],
    ids=["story-quoted", "story-said", "agenda", "report"],
)
def test_given_names_and_pronouns_do_not_take_a_story_agenda_or_report(text: str) -> None:
    """A page read as minutes only by sentences whose subject is a given name or a pronoun
    must show no sign of a story, an agenda or a report: a story's people are named so too."""
    with pytest.raises(NotMinutesError):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # a local paper's report of a community council's meeting: no heading, no items
        "At the start of the March meeting of Glenbeg Community Council, the clerk read out a "
        "letter from Clr. Ames resigning from the council.\n\n"
        "Clr. Boyd proposed that the resignation be accepted; Clr. Carr seconded the proposal, "
        "with all in full agreement.\n\n"
        "Matters Arising from the Minutes\n\n"
        "Clr. Dunn advised the council that the bench by the green had been repaired.\n\n"
        "Correspondence\n\nA letter was received from the school about parking. The clerk was "
        "asked to reply. Apologies were received from Clr. Egan.\n",
        # a community council's notes run onto one line, numbered in the text
        "GLENBEG COMMUNITY COUNCIL MEETING 14 MARCH 2024 Approved Minutes Present: Ann Ames "
        "(AA, Chair), Bob Boyd (BB, Treasurer), Cy Carr (CC) Apologies Cllr Dunn, Cllr Egan "
        "Approval of Minutes Minutes of 8th February 2024: Proposed (BB), Seconded (CC) "
        "Matters arising Item 4: the bus shelter was repaired.Item 6: the grit bin was filled. "
        "Police Report The report was circulated.\n",
    ],
    ids=["newspaper-report", "notes-run-together"],
)
def test_a_page_with_enough_kinds_of_sign_of_a_record_is_read(text: str) -> None:
    """A page the structure does not read is still minutes when it carries enough kinds of
    the signs of a meeting's record (people with titles, the meeting named, its decisions,
    its officers, its standing business, attendance, a date, a minute's numbering, what was
    done in the past tense): read as one untitled item, not refused, with a warning naming
    the kinds."""
    m = extract(text)
    assert m.items and m.items[0].title == ""
    assert any("kinds of sign" in w for w in m.warnings)


def test_items_with_no_other_mark_of_minutes_are_kept_by_the_signs() -> None:
    """Numbered items found on a page that shows no roll the reader knows and no decision
    marker: the kinds of sign the page carries make it minutes, and its items are kept."""
    m = extract(
        "GCC meeting 7th march 2024 at 1900hrs in Glenbeg Church Hall\n\n"
        "1. Present\nI. Committee members – Ann Ames AA, Bob Boyd BB, Cy Carr CC.\n"
        "II. Apologies- Di Dunn.\n\n2. Adoption of previous minutes – proposed by AA, seconded "
        "by BB.\n\n3. Matters Arising\nI. Ferry survey results due.\n\n4. Treasurers report\n"
        "a. Money held - £1200.\n")
    assert [i.title for i in m.items][:2] == ["Present", "Adoption of previous minutes"]
    assert any("kinds of sign" in w for w in m.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a news story about a council's meeting: its quotations tell it apart
        "Members of Glenbeg Community Council have objected to the quarry plans.\n\n"
        "Following a meeting held last week, Clr. Ames and Clr. Boyd agreed with the clerk "
        "that the scheme was too large.\n\n\"The lane is far too narrow for the lorries,\" said "
        "Clr. Carr, who proposed the objection, seconded by Clr. Dunn. Apologies were given by "
        "the chairman. Correspondence followed on 3 March 2024.\n",
        # a chair's annual report: the first person
        "Chairman's Report to the Annual Parish Meeting, 3 May 2024\n\nI would like to thank "
        "Cllr Ames and Cllr Boyd for their support. The clerk attended every meeting and the "
        "council agreed the precept. Apologies were few. Correspondence was heavy this year "
        "and planning applications were many. 1. Footpaths were mended. 2. The hall was "
        "painted.\n",
        # a notice of meeting whose items carry the agenda's directions inside the line
        "Glenbeg Parish Council – Notice of Meeting on 3 May 2024\nCouncillors are reminded of "
        "the meeting at the Hall.\n1. Apologies received\n2. Minutes – to confirm the minutes "
        "of the meeting held on 5 April, and update the actions agreed\n3. Correspondence – a "
        "summary of items received by the clerk\n4. Footpaths – a report by Cllr Ames and "
        "Cllr Boyd\n",
        # a news digest that never names a meeting or its minutes
        "News in brief, 3 May 2024\nNEW Mayor – Cllr Ames was elected unanimously by fellow "
        "councillors. Her deputy is Cllr Boyd. POLICE report thefts from sheds; the clerk is "
        "to write to Cllr Carr, who agreed. The chairman declared the fete open.\n",
        # an agenda of plain titles under its meeting's date, its clerk and councillors named:
        # nothing decided or done
        "Lowby Parish Council\nMeeting on Monday 3 June 2024 at 7.30pm in the Village Hall\n\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the last meeting\n"
        "4. Matters arising\n5. Correspondence\n6. Report from Cllr Dean and Cllr Hale\n"
        "7. Planning applications\n8. Report of the Chairman\n\nContact: Mrs A Bell, Clerk\n",
    ],
    ids=["news-story", "chairs-report", "notice", "news-digest", "plain-agenda"],
)
def test_signs_of_a_record_do_not_take_a_story_report_or_notice(text: str) -> None:
    """The same kinds of sign stand in stories, reports and notices of meetings: a quoted
    speaker, the first person, an agenda's directions, no meeting named, or nothing decided
    or done keeps them refused, and the refusal still says why."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # a parish council's page cut off after its roll, its meeting named and dated
        "Upper Fell Parish Council\nMinutes of the Parish Council Meeting, Tuesday 14th March "
        "2023, 7.30pm, Village Hall\n\nPresent: Cllrs A Pennock (Chairman), B Lister, C Marsh, "
        "D Oaks\nIn attendance: Mrs E Fairley (Clerk), County Cllr G Harlow, 3 members of the "
        "public\nApologies: Cllr J Kettle\n",
        # a joint board's page that is all roll: members present, officers, apologies
        "Minute of the Meeting – Joint Board, 9th May 2024\nMembers present: Councillor A Bell "
        "(Chair), Councillor C Dean, Councillor E Fox\nIn attendance: Mr G Hill (Treasurer), "
        "Ms J King (Clerk to the Board)\nApologies: Councillor L Moss\n",
    ],
    ids=["parish-roll", "joint-board-roll"],
)
def test_a_page_cut_off_after_its_roll_is_read_by_who_attended(text: str) -> None:
    """A page that stops after its roll records nothing done, yet who WAS present at a
    meeting it names and dates is a record of a meeting that happened: it is read, with its
    roll, and a warning says why."""
    m = extract(text)
    assert sum(1 for a in m.attendance if a.status == "Present") >= 3
    assert any(a.status == "Apologies" for a in m.attendance)
    assert any("roll of who attended" in w for w in m.warnings)


# A board's minutes saved by a document-sharing site and cut off after their roll: the site's
# furniture over the page ("Upload", "Page 1: …", the page count alone on a line), a heading no
# reader knows, and a roll flattened from a table whose entries are "Name (initials) : Post,
# Body", which the heading's own reader cannot take apart.
_KEYED_ROLL_PAGE = (
    "quality board minutes 3.5.22 · quality board minutes...\n\n8\n\nUpload: others\n\n"
    "Post on 14-Jul-2020\n\nPage 1: Quality Board Minutes 3.5.22 · Quality Board Minutes\n\n"
    "Westshire Quality Board Minutes\n\nPage 2: Quality Board Minutes 3.5.22 · Quality Board "
    "Minutes\n\nQuality Board Meeting Minutes Tuesday 3 May 2022 13:00 hrs to 15:00 hrs\n\n"
    "The Board Room, Fell House\n\nPresent: Ann Bellamy (AB) : Non-Executive Director NHS "
    "Westshire CCG (Chair) Carl Denton (CD) : Director of Nursing, NHS Westshire CCG\n\nIn "
    "attendance: Ruth Foster (RF) : Head of Quality, NHS Westshire CCG Tom Hale (TH) : Minute "
    "Taker NHS Westshire CCG\n\n1. Welcome and\n"
)


def test_a_sites_page_count_is_no_item_and_the_roll_below_it_is_read() -> None:
    """With no heading the reader knows, items are looked for below the site's furniture:
    the page count alone on a line above the page ("8") is no item's number, so the roll
    above the first item is the header's and read, keyed by initials; the CCG each person
    came from is a body, not a person."""
    m = extract(_KEYED_ROLL_PAGE)
    assert {a.name for a in m.attendance} == {"Ann Bellamy", "Carl Denton", "Ruth Foster",
                                              "Tom Hale"}
    assert [i.number for i in m.items] == ["1"]


@pytest.mark.parametrize(
    "text",
    [
        # a board's agenda saved by the same site: its items say what the meeting is to do
        "quality board agenda 3.5.22 · quality board agenda...\n\n4\n\nUpload: others\n\n"
        "Page 1: Quality Board Agenda 3.5.22 · Quality Board Agenda\n\nWestshire Quality Board "
        "Agenda\n\nTuesday 3 May 2022 13:00 hrs, The Board Room, Fell House\n\n1. To receive "
        "apologies for absence\n\n2. To confirm the minutes of the last "
        "meeting\n\n3. To consider the quality report\n",
        # a keyed roll under "Present" that names no meeting and no date
        "Present: Ann Bellamy (AB) : Non-Executive Director NHS Westshire CCG (Chair) Carl "
        "Denton (CD) : Director of Nursing, NHS Westshire CCG\n\nIn attendance: Ruth Foster "
        "(RF) : Head of Quality, NHS Westshire CCG Tom Hale (TH) : Minute Taker\n",
    ],
    ids=["site-agenda", "keyed-roll-undated"],
)
def test_a_sites_agenda_or_an_undated_keyed_roll_stays_refused(text: str) -> None:
    """Items looked for below a document site's furniture are still an agenda's when they
    say what the meeting is to do, and a roll keyed by initials that names no meeting and no
    date records none: both stay refused."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # an agenda listing the board's membership and "Apologies for absence" as a title
        "Joint Board of Vale and Fell Councils – meeting, Thursday 9 May 2024, 10.00am\n\n"
        "Membership:\nCouncillor A Bell (Vale District Council) (Chair)\nCouncillor C Dean "
        "(Fell Borough Council)\nCouncillor E Fox (Vale District Council)\n\nApologies for "
        "absence\n\nDeclarations of interest\n\nMinutes of the last meeting\n",
        # a summons naming the members it calls
        "To: Members of Upper Fell Parish Council – Cllrs A Pennock, B Lister and C Marsh\nYou "
        "are hereby summoned to attend the meeting of the Council on Tuesday 14th March 2023 at "
        "7.30pm in the Village Hall.\nApologies: to the Clerk, Mrs E Fairley, please.\n",
        # a notice of meeting with its members listed
        "Notice of meeting\nUpper Fell Parish Council will meet on Tuesday 14th March 2023 at "
        "7.30pm in the Village Hall.\nMembers: Cllr A Pennock (Chairman), Cllr B Lister, Cllr "
        "C Marsh\nApologies for absence to the Clerk.\n",
        # a council's list of its members
        "Upper Fell Parish Council – our councillors (updated 14 March 2023)\nCouncillors: Cllr "
        "A Pennock (Chairman), Cllr B Lister, Cllr C Marsh, Cllr D Oaks\nClerk: Mrs E Fairley\n"
        "Meetings are on the second Tuesday of each month.\n",
        # a chair's report naming who attended its meeting: the first person
        "Chairman's report to the Annual Parish Meeting, 3 May 2023\nI would like to thank those "
        "present: Cllr A Pennock, Cllr B Lister and Cllr C Marsh.\nIn attendance: Mrs E Fairley "
        "(Clerk), Mr G Harlow\n",
        # a roll that names no meeting and no date
        "Present: Cllrs A Pennock (Chairman), B Lister, C Marsh, D Oaks\nIn attendance: Mrs E "
        "Fairley (Clerk)\nApologies: Cllr J Kettle\n",
    ],
    ids=["agenda-with-membership", "summons", "notice", "membership-list", "report",
         "undated-roll"],
)
def test_members_listed_but_not_present_stay_refused(text: str) -> None:
    """An agenda, a summons, a notice or a list of members names the members under no
    heading that says they attended; a report speaks in the first person; a roll with no
    meeting named and dated records no meeting: all stay refused."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # cut off inside its roll, the heading above it lost with the meeting's name and date
        "Present: Councillor Ann Pennock (Chair)\n\nCouncillors: Bob Lister, Cath Marsh, Dan "
        "Oaks, Eve Fairley, Fay Harlow and Gil Kettle\n\nIn Attendance: Hal Rowntree (Clerk), "
        "Ida Stanwick (Finance Officer)\n",
        # a roll one name a line under "In Attendance", with the body each came from
        "In Attendance:\nAnn Pennock        Chair, Vale Partnership\nBob Lister        Vale "
        "Council\nCath Marsh        Vale Council\nDan Oaks        Fell Trust\nEve Fairley    "
        "    Fell Trust\nFay Harlow        Lowby Society\n",
    ],
    ids=["present-and-attendance", "in-attendance-lines"],
)
def test_a_long_roll_whose_heading_was_cut_away_is_read(text: str) -> None:
    """A download that opens below its heading and stops inside its roll names no meeting and
    no date, yet six or more people named as present or in attendance are the record of a
    meeting held: read, not refused, by the roll."""
    m = extract(text)
    assert any("roll of who attended" in w for w in m.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a council's directory of its officers: listed, not said to have come
        "Officers:\n"
        "Ann Pennock        Chief Executive\nBob Lister        Head of Finance\nCath Marsh    "
        "    Head of Planning\nDan Oaks        Head of Housing\nEve Fairley        Monitoring "
        "Officer\nFay Harlow        Democratic Services Officer\n",
        # a notice of a meeting still to be held, those to attend listed in advance
        "The meeting will be held in the Council Chamber on a date to be fixed.\n\nIn "
        "Attendance:\n"
        "Ann Pennock        Chief Executive\nBob Lister        Head of Finance\nCath Marsh    "
        "    Head of Planning\nDan Oaks        Head of Housing\nEve Fairley        Monitoring "
        "Officer\nFay Harlow        Democratic Services Officer\n",
    ],
    ids=["officers-directory", "notice-will-be-held"],
)
def test_a_long_list_of_members_or_a_notice_is_not_a_roll_alone(text: str) -> None:
    """The long-roll way in needs a heading that says the people came ("Present:", "In
    attendance:"): a directory's "Officers:" list stays refused however long, and so does a
    long roll on a notice of a meeting still to be held."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_minutes_read_and_agreed_is_a_minutes_sentence() -> None:
    """A community council's notes cut off above their heading: "Minutes read and agreed."
    records earlier minutes approved at this meeting, a minute's sentence with the chair's
    welcome, so the prose is read, not refused."""
    m = extract("The Chairman welcomed Cllr Ann Pennock back after her illness.\n\nMinutes read "
                "and agreed.\n\nPlaying field. The clerk has written to the contractor about "
                "the gate.\n")
    assert m.items


@pytest.mark.parametrize(
    "text",
    [
        # an agenda that names minutes approved elsewhere among its directions
        "Lowby Parish Council\n\n1. To receive apologies for absence\n2. To note that the "
        "minutes of the March meeting were read and agreed at the Annual Meeting\n3. To "
        "consider planning applications\n4. To receive the Clerk's report\n",
        # a notice that says the last minutes were read and agreed, and nothing else done
        "Notice of meeting\n\nThe Parish Council will meet in the Village Hall on Tuesday 3 "
        "June 2024 at 7.30pm. The minutes of the last meeting were read and agreed in May and "
        "are on the website.\n",
    ],
    ids=["agenda", "notice"],
)
def test_minutes_read_and_agreed_alone_does_not_make_minutes(text: str) -> None:
    """One sentence that says earlier minutes were read and agreed is one minute's sentence,
    not enough alone: an agenda's directions outnumber it, and a notice has no other."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_a_welcome_to_the_meeting_is_a_minutes_sentence() -> None:
    """Notes cut off above their heading: someone recorded as having welcomed people to the
    meeting is a minute's sentence, so with one more the prose is read, not refused."""
    m = extract("Vice chairman, Ann welcomed everyone to the meeting. She reported that the "
                "hall roof had been mended, and it was agreed to thank the volunteers.\n")
    assert m.items


@pytest.mark.parametrize(
    "text",
    [
        # a notice: those who come will be welcomed
        "Lowby Community Council\n\nAll residents will be welcomed to the meeting in the "
        "Village Hall on Tuesday 3 June 2024. Visitors are welcomed to the meeting too.\n",
        # an agenda whose first direction is a welcome
        "1. To welcome new members to the meeting\n2. To receive apologies for absence\n3. To "
        "consider planning applications\n",
    ],
    ids=["notice", "agenda"],
)
def test_a_welcome_still_to_come_does_not_make_minutes(text: str) -> None:
    """A welcome still to come ("will be welcomed", "To welcome …") records nothing done."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_another_house_style() -> None:
    """A PDF house style unlike the corpus: "held at … on …", plural "Councillors" lists,
    officers with their roles, lettered minute numbers and "It was RESOLVED that"."""
    text = (
        "MINUTES of a meeting of the Cabinet held at County Hall, Maidstone on Tuesday, "
        "5 March 2024 at 10.00 am\n\n"
        "PRESENT: Councillors A Smith (Chairman), B Jones and C Brown\n\n"
        "OFFICERS: Jane Doe (Head of Legal Services)\n\n"
        "CAB 12 Revenue Budget 2024/25\n\n"
        "The Cabinet considered the budget.\n\n"
        "It was RESOLVED that the budget be recommended to Council.\n\n"
        "CAB 13 Apologies\n\n"
        "Apologies were received from Councillor D White.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time)) == ("Cabinet", "2024-03-05", "10:00:00")
    assert m.venue == "County Hall, Maidstone"
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("A Smith", "Present", "Chairman"),
        ("B Jones", "Present", None),
        ("C Brown", "Present", None),
        ("Jane Doe", "AlsoInAttendance", "Head of Legal Services"),
        ("Councillor D White", "Apologies", None),
    ]
    assert _numbered(m) == [
        ("CAB 12", "Revenue Budget 2024/25"), ("CAB 13", "Apologies")]
    (res,) = m.resolutions
    assert res.text == "the budget be recommended to Council."


def test_attendance_details_block_of_bare_surnames() -> None:
    """A ModernGov "Attendance Details" block with no "Present:" label: members by surname,
    an executive member with a two-part portfolio, officers by initial; apologies "submitted
    on behalf of Councillors …"; items numbered year/sequence ("24/1") under a "Date:"
    label and an "Item Number Item/Resolution" caption."""
    text = (
        "Housing Scrutiny Panel Minutes\n\n"
        "Date:\nThursday 7 March 2024\n\n"
        "Attendance Details\n\n"
        "Pemberton (Chair), Oakley, K Ravensworth, Tillotson.\n"
        "Councillor Fairweather, Executive Member for Housing, Neighbourhood Services.\n"
        "D Marchbank and L Quillam.\n"
        "Apologies for absence:\n"
        "were submitted on behalf of Councillors Ashdown and Penhaligon\n\n"
        "Item Number Item/Resolution\n"
        "24/1 MINUTES OF THE LAST MEETING\n\n"
        "The minutes were approved as a correct record.\n\n"
        "24/2 HOMELESSNESS REVIEW\n\n"
        "The panel considered the review.\n"
    )
    m = extract(text)
    assert str(m.date) == "2024-03-07"
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Pemberton", "Present"), ("Oakley", "Present"), ("K Ravensworth", "Present"),
        ("Tillotson", "Present"), ("Councillor Fairweather", "Present"),
        ("D Marchbank", "Present"), ("L Quillam", "Present"),
        ("Ashdown", "Apologies"), ("Penhaligon", "Apologies"),
    ]
    assert _numbered(m) == [
        ("24/1", "MINUTES OF THE LAST MEETING"), ("24/2", "HOMELESSNESS REVIEW")]


def test_numbers_alone_over_titles_closed_by_a_colon() -> None:
    """A ModernGov page saved as text: "12." alone on its line over "Apologies for Absence:"
    and a "Minutes:" label; the colon closes a title, not a sentence."""
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n"
        "12.\n\nApologies for Absence:\n\nMinutes:\n\n"
        "Apologies for absence were received from Councillor Ann Thistlewood.\n\n"
        "13.\n\nElection of Vice-Chairman:\n\nMinutes:\n\n"
        "RESOLVED:\n\nThat Councillor Ben Marlow be elected Vice-Chairman.\n\n"
        "14.\n\nDisclosure of Interests (if any):\n\nMinutes:\n\nNone were declared.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("12", "Apologies for Absence:"), ("13", "Election of Vice-Chairman:"),
        ("14", "Disclosure of Interests (if any):")]
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Councillor Ann Thistlewood", "Apologies")]


def test_indented_numbered_list_of_items() -> None:
    """A web page's numbered list copied as text: every item "  1." indented below a heading
    and an attendance list at the margin."""
    text = (
        "Minutes of the Parish Council\n\n"
        "Present: Cllrs: R Ashcombe (Chairman), T Bellamy, W Corran\n\n"
        "  1. Apologies for Absence\n\nApologies were received from Cllr D Drewe.\n\n"
        "  1. Approval of the Minutes\n\nThe minutes were signed as a correct record.\n\n"
        "  1. Clerk's Report\n\nThe Clerk reported on the footpaths.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Apologies for Absence", "Approval of the Minutes", "Clerk's Report"]
    assert [a.name for a in m.attendance] == [
        "R Ashcombe", "T Bellamy", "W Corran", "Cllr D Drewe"]


def test_wide_gapped_titles_without_numbers_or_links() -> None:
    """A page cut from its heading, its items' numbers and links: titles set apart by wide
    gaps, two of them the standing items ("Apologies for Absence", "Declaration of
    Members' Interests"), read as items; a Commissioner's post is no person."""
    text = (
        "Apologies for Absence\n\n\n"
        "Apologies for absence were received from Councillor Rhoda Pennock and the Police and "
        "Crime Commissioner, Osric Vane.\n\n\n"
        "Chair's Announcements\n\nThe Chair noted the Authority's awards.\n\n\n"
        "Declaration of Members' Interests\n\nThere were no declarations of interest.\n\n\n"
        "Station Review\n\nRESOLVED: That the review be noted.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Apologies for Absence", "Chair's Announcements", "Declaration of Members' Interests",
        "Station Review"]
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Councillor Rhoda Pennock", "Apologies"), ("Osric Vane", "Apologies")]


def test_action_lines_set_apart_are_no_titles() -> None:
    """An action line set apart by wide gaps ("ACTION: Councillor X to …", "Action:  The
    Chair") gives the errand of the minute above it: it stays in that item, and the next real
    title still opens an item (a title that only starts with the word, "Action Plan for the
    Green", is one)."""
    text = (
        "Apologies for Absence\n\n\n"
        "Apologies were received from Councillor Tobias Quill.\n\n\n"
        "Matters Arising\n\nCouncillor Fenn asked about the bins by the green.\n\n\n"
        "ACTION: Councillor Fenn to raise the bins with the contractor\n\n\n"
        "Action:  The Chair\n\n\n"
        "Action Plan for the Green\n\nThe draft plan was noted.\n\n\n"
        "Declaration of Members' Interests\n\nThere were no declarations of interest.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Apologies for Absence", "Matters Arising", "Action Plan for the Green",
        "Declaration of Members' Interests"]
    assert "ACTION: Councillor Fenn" in text[m.items[1].span.start:m.items[1].span.end]


def test_meeting_summary_with_attendance_tables() -> None:
    """A meeting summary page: its date with the meeting's span of time, and tables of
    apologies (with substitutes, who attended) and of declarations, columns run together."""
    text = (
        "Meeting Summary\nLicensing committee\n12 Mar 2024 - 10:00 to 12:30\n\n"
        "1 Apologies\n\nTo receive apologies for absence\n\n"
        "2 Declarations of interest\n\nTo receive declarations.\n\n"
        "NameReason for Sending ApologySubstituted By\n"
        "Councillor Imogen Partridge Councillor Rufus Whitlock\n"
        "NameReason for AbsenceSubstituted By\n"
        "No absentee information has been recorded for the meeting.\n\n"
        "Member NameItem Ref.DetailsNature of DeclarationAction\n"
        "Councillor Tamsin Ellery2Allotment holderOtherNoted\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Licensing committee", "2024-03-12")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Councillor Imogen Partridge", "Apologies"), ("Councillor Rufus Whitlock", "Present"),
        ("Councillor Tamsin Ellery", "Present")]


def test_community_council_lists_with_dashes() -> None:
    """Headings closed by a dash ("PRESENT – …", "IN ATTENDANCE – …", "APOLOGIES – …"), a
    chair in square brackets, "together with the Clerk, …", post-nominal letters."""
    text = (
        "Minutes of a Community Council Meeting held at the Village Hall on Tuesday 4 June "
        "2024 at 7.00 pm.\n\n"
        "PRESENT  – Councillors Gwyn Probert [Chair],  Nia Rhydderch and Owain Tegid, "
        "together with the Clerk, Elen Morgan.\n\n"
        "IN ATTENDANCE – Councillor Dilys Wyn, MBE, Leader, Gwynedd Council.\n\n"
        "APOLOGIES –  Councillors Iolo Rees and Siân Pugh\n\n"
        "310  DECLARATIONS OF INTEREST – None.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Gwyn Probert", "Present", "Chair"), ("Nia Rhydderch", "Present", None),
        ("Owain Tegid", "Present", None), ("Elen Morgan", "AlsoInAttendance", "Clerk"),
        ("Councillor Dilys Wyn", "AlsoInAttendance", "Leader"),
        ("Iolo Rees", "Apologies", None), ("Siân Pugh", "Apologies", None)]


def test_titled_names_one_a_paragraph_and_an_unlabelled_roll() -> None:
    """"Present:  Cllr A" with the rest one titled name a paragraph below it (a spaced dash
    in a double-barrelled surname); and a roll of titled names with no label under the
    page's title, beside "Also Present: Borough Councillor, B"."""
    text = (
        "Town Council\n\nMinutes of the Town Council held on 3 March 2024.\n\n"
        "Present:       Cllr Carys Bevan – Lloyd\n\nCllr Rhodri Ellis\n\nCllr Ffion Hale\n\n\n"
        "Apologies:   Cllr Tomos Rees\n\n\n"
        "Minute 151:  Declarations of Interest.\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr Carys Bevan – Lloyd", "Present"), ("Cllr Rhodri Ellis", "Present"),
        ("Cllr Ffion Hale", "Present"), ("Cllr Tomos Rees", "Apologies")]
    text = (
        "June 2024 Minutes\n"
        "Cllr B Ashby; Cllr C Denholm: Cllr D Everitt; Cllr E Foyle.\n"
        "Also Present: Borough Councillor, Gareth Hume.\n"
        "021/24 Apologies for absence: None.\n"
        "022/24 Planning: None.\n"
    )
    m = extract(text)
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("Cllr B Ashby", "Present"), ("Cllr C Denholm", "Present"),
        ("Cllr D Everitt", "Present"), ("Cllr E Foyle", "Present"),
        ("Gareth Hume", "AlsoInAttendance")]


def test_a_roll_going_on_under_a_members_label_with_a_dash_or_one_name_a_line() -> None:
    """"PRESENT: Chairman - Cllr A Bell" / blank / "Members - Cllrs C Dean, E Fox": the chair's
    post before the dash is their capacity, and a paragraph led by the members' word and a
    dash goes on with the roll. "PRESENT: Councillor A Bell (Chair)" / "Councillors Dan
    Mew" / "Doreen Hale" / …: lines each one name go on with it too. Negative: a line of
    prose after the roll ("One resident attended") names no one, nor do the words of a
    label after the heading ("Elected, co-opted and associate members:")."""
    text = ("Minutes of a meeting of the Town Projects Committee held on Thursday 4 March "
            "2010\n\n\nPRESENT: Chairman - Cllr A Bell\n\nMembers - Cllrs Mrs C Dean, E Fox\n\n"
            "1. Minutes\n\nThe minutes were approved.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Cllr A Bell", "Chairman"), ("Mrs C Dean", None), ("E Fox", None)]
    lines = ("MINUTES of a meeting of the PARISH COUNCIL held on Thursday 20th February 2020\n"
             "PRESENT: Councillor Ann Bell (Chair)\nCouncillors Dan Mew\nDoreen Hale\n"
             "Simon Peel\nOne resident attended\n\n1 APOLOGIES: None\n")
    assert [a.name for a in extract(lines).attendance] == [
        "Councillor Ann Bell", "Dan Mew", "Doreen Hale", "Simon Peel"]
    # A label of the members' kinds after the heading, its commas no list of names.
    kinds = lines.replace("PRESENT: Councillor Ann Bell (Chair)\nCouncillors Dan Mew\nDoreen Hale\n"
                          "Simon Peel\n", "Present: Elected, co-opted and associate members: "
                          "Ann Bell, Chair (AB), Dan Mew (DM)\n")
    assert [(a.name, a.capacity) for a in extract(kinds).attendance] == [
        ("Ann Bell", "Chair"), ("Dan Mew", None)]

def test_field_labels_inside_a_roll_run_on_in_one_line() -> None:
    """"Present: Chairman: Cllr Mrs Ash Councillors: Mrs Bell, Mrs Cole Clerk: Mrs Dale
    Public: None": each label with its colon opens a field of the roll though no comma
    parts it from the name before; a post's label ("Clerk:", "Parish Clerk:") is the
    capacity of the name after it (an officer's, in attendance). Negative: a name before a
    colon ("Sharon Turner: Democratic Services Officer") is no label."""
    text = ("Minutes of the Highways Committee held on Tuesday 13 June 2017\n\n"
            "Present: Chairman: Cllr Mrs Ash Councillors: Mrs Bell, Mrs Cole County "
            "Councillor: Mrs Eve Fox Parish Clerk: Mrs Dale Public: None\n\n1. Apologies\n\n"
            "None.\n")
    assert [(a.name, a.status, a.capacity) for a in extract(text).attendance] == [
        ("Cllr Mrs Ash", "Present", None), ("Mrs Bell", "Present", None),
        ("Mrs Cole", "Present", None), ("Mrs Eve Fox", "Present", "County Councillor"),
        ("Mrs Dale", "AlsoInAttendance", "Parish Clerk")]
    # (A name before a colon is no label: test_contact_lines_name_the_officer_not_their_role.)
    contact = text.replace("Public: None", "Contact: Sharon Turner: Democratic Services Officer")
    assert "Sharon" not in [a.name for a in extract(contact).attendance]

def test_a_rolls_label_typed_with_a_semicolon_for_its_colon() -> None:
    """ "Present ; Cllr A, Cllr B" and "In Attendance ; C Dean , E Fox": the label is read as
    if it had its colon, and the spans still quote the source; a semicolon right after a
    word parts a list and makes no label."""
    text = ("Minutes of the Parish Council meeting held on 4 June 2021\n\nPresent ; Cllr Ames, "
            "Cllr Boyd\nIn Attendance ; Ruth Cole , Sam Dale\n\n1. Apologies\nNone.\n")
    m = extract(text)
    got = {(a.name, a.status) for a in m.attendance}
    assert {("Cllr Ames", "Present"), ("Ruth Cole", "AlsoInAttendance")} <= got
    assert all(text[a.span.start:a.span.end] == a.span.exact for a in m.attendance)
    p = patterns.load()
    assert mend_label_colons("Cllr Ames; Cllr Boyd\nPresent; Cllr Cole\n", p).count(":") == 0


def test_a_roll_of_posts_and_names_flattened_to_one_line() -> None:
    """A roll printed as a table of posts and names, run onto one line: each initial and
    surname is a member, the capitalised words before it their post ("Deputy Leader", the
    capacity) or portfolio (no post, and never a name: "Transport" or "Climate L Fox
    Children"). A list of titled names ("Cllr A Bell Cllr C Dean …") or one parted by
    commas is read as before."""
    head = "EXECUTIVE BOARD – 17 December 2012\nPresent: Executive Board Members Councillors: "
    tail = " EB117 Apologies Nil.\n\nEB118 Minutes\n\nThe minutes were signed.\n"
    m = extract(head + "Leader T Bell Deputy Leader M Cole Corporate Resources & Assets R Dean "
                "Highways, Transport & Climate L Fox Children and Young People’s Services C "
                "Gale" + tail)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("T Bell", "Leader"), ("M Cole", "Deputy Leader"), ("R Dean", None), ("L Fox", None),
        ("C Gale", None)]
    tail = "\n\nEB118 Minutes\n\nThe minutes were signed.\n"
    titled = extract(head + "Cllr T Bell Cllr M Cole Cllr R Dean" + tail)
    assert [a.name for a in titled.attendance] == ["Cllr T Bell", "Cllr M Cole", "Cllr R Dean"]
    commas = extract(head.split("Executive")[0] + "T Bell, M Cole, R Dean and L Fox" + tail)
    assert [a.name for a in commas.attendance] == ["T Bell", "M Cole", "R Dean", "L Fox"]


def test_an_in_attendance_label_run_on_inside_a_flattened_roll_parts_its_entries() -> None:
    """A council's roll of initialled names run onto one line, its officers after an "In
    attendance" with no colon ("… M. Hyde In attendance Head of Finance Ms. N. Birch"):
    the label parts the last member from the officers' entries, so every member before it
    is read (not the whole run after the last honorific lost as one entry)."""
    text = (
        "WESTSHIRE BOROUGH COUNCIL 12 JULY 2017 PRESENT Councillor Mrs. Ann Bell (Mayor) in "
        "the Chair. J. Hale M. Osei P. Brook D. Fenn L. Dagg Mrs. V. Wren B. Brothers D. Hopper "
        "A. Weston M. Hyde In attendance Head of Finance Ms. N. Birch APOLOGIES Apologies were "
        "received from Councillors Miss L. Blue, M. Cobb. 4. MINUTES The Minutes of the "
        "meeting of 14 June 2017 were agreed as a correct record.\n")
    names = [a.name for a in extract(text).attendance]
    assert {"Mrs. V. Wren", "B. Brothers", "D. Hopper", "A. Weston", "M. Hyde",
            "Ms. N. Birch"} <= set(names)
    assert not any("In attendance" in n or "Officer" in n for n in names)


def test_a_scottish_chairs_post_between_commas_or_brackets_is_the_capacity() -> None:
    """"Councillor Ann Bell, Vice-Convener, in the Chair" in a roll or in a sentence of its
    own below it, or "(Depute Provost)" after a name: the Convener's and the Provost's posts
    are a capacity as the Chair's are, never a person of their own."""
    text = ("WESTSHIRE COUNCIL\n\nMINUTES of a meeting of the Licensing Committee held on "
            "3 May 2016.\n\nPresent: Councillor BILL HALE, Vice-Convener, in the Chair.\n"
            "Councillors A Bell, C Dean (Depute Provost) and E Fox.\n\n1. FINANCE REPORT\n\n"
            "The report was noted.\n")
    got = [(a.name, a.capacity) for a in extract(text).attendance]
    assert ("Councillor BILL HALE", "Vice-Convener") in got
    assert ("C Dean", "Depute Provost") in got
    assert not any(name.startswith(("Vice", "Depute")) for name, _ in got)
    below = ("WESTSHIRE COUNCIL\n\nMINUTE of MEETING of the LICENSING COMMITTEE held in the "
             "Town Hall, Westtown on Tuesday 24 October 2000 at 4.00 pm.\n\nPresent: "
             "Councillors GAIL HALE, ANN BELL and CARL DEAN.\n\nCouncillor GAIL HALE, "
             "Vice-Convener, in the Chair.\n\n1. MINUTES\n\nThe minutes were approved.\n")
    got = [(a.name, a.capacity) for a in extract(below).attendance]
    assert ("Councillor GAIL HALE", "Vice-Convener") in got
    assert not any(name.startswith("Vice") for name, _ in got)


def test_a_roll_of_given_names_and_surnames_in_capitals_one_a_line() -> None:
    """A Scottish council's roll, each member's given name then the surname in capitals
    ("Will DANBY"): a person though the given name is also a word ("Will") or a place's
    name ("Georgia") that no list of given names holds; a place and a council's letters
    ("Torfaen CBC") stay no one."""
    names = ["Ann HALE", "Will OSEI", "Carl J BROOK", "Georgia McFENN", "Ian DEAN", "Eve FOX"]
    text = ("At a MEETING of the WESTSHIRE COUNCIL held at Westtown on 9th March, 2021.\n\n"
            "Present:-\n\nLord Provost Ann BELL\n\nCOUNCILLORS\n\n" + "\n\n".join(names)
            + "\n\nLord Provost Ann BELL, Convener, in the Chair.\n\nI MINUTES\n\n"
            "The minutes were noted.\n")
    got = [a.name for a in extract(text).attendance]
    assert set(names) <= set(got)
    from kg.attendance import reads_as_name
    p = patterns.load()
    assert reads_as_name("Will DANBY", p) and not reads_as_name("Torfaen CBC", p)


def test_an_officers_profession_after_a_name_in_a_roll_is_the_post_not_a_person() -> None:
    """"Jo Hale, Chief Accountant, Corporate Services" or "Ian Osei, Lead Ranger" in a roll:
    the profession is the officer's post, no person of its own."""
    text = ("WESTSHIRE COUNCIL\n\nMINUTES of a meeting of the Council held on 3 May 2016.\n\n"
            "Present: Councillors A Bell, C Dean and E Fox.\n\nIn attendance: Jo Hale, Chief "
            "Accountant, Corporate Services; Ian Osei, Lead Ranger\n\n"
            "1. FINANCE REPORT\n\nThe report was noted.\n")
    got = {a.name: a.capacity for a in extract(text).attendance}
    assert got.get("Jo Hale") == "Chief Accountant"
    assert got.get("Ian Osei") == "Lead Ranger"
    assert not {"Chief Accountant", "Lead Ranger"} & set(got)


def test_a_flattened_roll_of_post_dash_name_entries_group_labels_and_the_chair() -> None:
    """A council's roll run onto one line: "In the Chair : Mayor (Councillor …)" gives the
    chair and their post; a group's label with a dash ("Aldermen – …", "Councillors – …")
    opens its names, also in the middle of the list; officers printed "Post - Name Post -
    Name …" with nothing between entries are each their post's holder (a note in brackets
    after the post, "(Interim)", is no part of it)."""
    text = (
        "MINUTES OF THE MEETING OF THE COUNCIL HELD IN THE GUILDHALL ON MONDAY 5 JULY 2021 AT "
        "7.00 PM In the Chair : Mayor (Councillor T R Bell MBE) Members Present : Aldermen – "
        "A Cole, D Dunn and E Ford Councillors – G Gale-Hart, H Ince and J Jukes Officers "
        "Present : Chief Executive - K Kerr Director of Leisure and Culture (Interim) – L "
        "Lowe Head of HR - M Moss Committee Services Manager – N Nash In order to protect "
        "public health it was not possible to admit the public to the chamber, and the meeting "
        "was streamed on the Council's website for anyone who wished to follow it.\n\n"
        "1 APOLOGIES\n\nNone.\n")
    assert [(a.name, a.status, a.capacity) for a in extract(text).attendance] == [
        ("Councillor T R Bell", "Present", "Mayor"), ("A Cole", "Present", None),
        ("D Dunn", "Present", None), ("E Ford", "Present", None),
        ("G Gale-Hart", "Present", None), ("H Ince", "Present", None),
        ("J Jukes", "Present", None),
        ("K Kerr", "AlsoInAttendance", "Chief Executive"),
        ("L Lowe", "AlsoInAttendance", "Director of Leisure and Culture"),
        ("M Moss", "AlsoInAttendance", "Head of HR"),
        ("N Nash", "AlsoInAttendance", "Committee Services Manager")]

def test_a_run_on_roll_of_name_post_entries_whose_posts_run_into_the_next_name() -> None:
    """"In Attendance: Ann Bell, Head of Finance Carl Dean, Director of Housing and
    Regeneration Eve Fox, …, Chief Executive": a list of "Name, Post" entries whose line
    breaks were lost, ending on a post standing alone; each name at a piece's end opens the
    next entry and the words before it are the last person's post (not a name's own given
    names: "Mary Ann Kemp" stays one person). Negative: a list that
    ends on a name prints its posts first ("…, Footpaths Officer Gus Hale and Parish Clerk Ida
    Jones") and keeps them with the names after."""
    text = (
        "MINUTE of the MEETING of the HOUSING COMMITTEE held in the Council Offices on 3 "
        "March 2015\n\nIn Attendance: Mary Ann Kemp, Head of Roads Ann Bell, Head of Finance "
        "Carl Dean, Director of Housing "
        "and Regeneration Eve Fox, Solicitor Hazel Trask, Chief Executive\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Mary Ann Kemp", "Head of Roads"), ("Ann Bell", "Head of Finance"),
        ("Carl Dean", "Director of Housing and Regeneration"),
        ("Eve Fox", "Solicitor"), ("Hazel Trask", "Chief Executive")]
    posts_first = text.replace(
        "Mary Ann Kemp, Head of Roads Ann Bell, Head of Finance Carl Dean, Director of Housing "
        "and Regeneration Eve Fox, "
        "Solicitor Hazel Trask, Chief Executive",
        "Cllr Ann Bell, Cllr Carl Dean, Footpaths Officer Gus Hale and Parish Clerk Ida "
        "Jones")
    assert [(a.name, a.capacity) for a in extract(posts_first).attendance] == [
        ("Cllr Ann Bell", None), ("Cllr Carl Dean", None),
        ("Gus Hale", "Footpaths Officer"), ("Ida Jones", "Parish Clerk")]
    # A last post the word lists do not know ("Board Secretariat") ends the list too, when
    # three entries show the layout: the names are parted from the posts before them.
    unknown = text.replace("Chief Executive\n", "Board Secretariat\n").replace(
        "Eve Fox", "Elly Fox").replace("Hazel Trask", "Prab Trask")
    got = [(a.name, a.capacity) for a in extract(unknown).attendance]
    assert ("Carl Dean", "Director of Housing and Regeneration") in got
    assert ("Elly Fox", "Solicitor") in got and "Prab Trask" in {n for n, _ in got}

def test_a_run_on_roll_of_titled_names_keeps_the_and_inside_each_post() -> None:
    """"In Attendance: Mrs A Bell Director of Housing and Regeneration Mr C Dean …", a board's
    officers' table flattened with no dashes or commas between name and post: the "and" inside
    a post is the post's own (not "Director of Housing" and a person "Regeneration"), and a
    double-barrelled surname after initials keeps its second half ("Mr E Fox-Hale Chief
    Executive"). Negative: two posts each ending in a head word ("Clerk and Treasurer") are
    still parted, and an "and" before a name parts two people."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE TRUST BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent: Cllr Ann Bell, Cllr Carl Dean\n\nIn Attendance: Mrs G Hale "
        "Director of Housing and Regeneration Mr E Fox-Hale Chief Executive Ms J King "
        "Director of Policy and Commissioning, Westshire Police Mr K Lowe Head of Finance\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = [(a.name, a.capacity) for a in extract(text).attendance
           if a.status == "AlsoInAttendance"]
    assert got == [("Mrs G Hale", "Director of Housing and Regeneration"),
                   ("Mr E Fox-Hale", "Chief Executive"),
                   ("Ms J King", "Director of Policy and Commissioning"),
                   ("Mr K Lowe", "Head of Finance")]
    two = text.replace("Director of Housing and Regeneration", "Clerk and Treasurer")
    names = [a.name for a in extract(two).attendance]
    assert "Treasurer" not in names or "Mrs G Hale" in names
    person = text.replace("Director of Housing and Regeneration Mr E Fox-Hale",
                          "Director of Housing and P Jones")
    assert ("Mrs G Hale", "Director of Housing") in {
        (a.name, a.capacity) for a in extract(person).attendance}



def test_a_remit_before_and_with_the_posts_head_after_it_keeps_the_post_whole() -> None:
    """Officers set out "name, post" (or "name (initials) post") in a flattened roll, a post
    of two remits joined by "and" or "&" with its head word after them ("Dr K. Vane, Equality
    & Diversity Adviser", "Tom Lowe, Communications and Culture Manager"): the "and" is the
    post's own, not a parting of the roll that leaves "Diversity Adviser" and a person
    "Equality". Negative: names after the comma ("Carl Dean and Eve Fox") still part, and so
    do surnames before a field's label ("Bell, Dean and Fox Clerk: Mrs E Hale")."""
    text = (
        "Minutes of the Westshire Partnership Board held on 3 March 2021\n\n"
        "Present: Cllr Ann Bell (Chair), Cllr Carl Dean\n\nIn attendance: Dr K. Vane, Equality "
        "& Diversity Adviser (for item 8), Tom Lowe, Communications and Culture Manager, Gus "
        "Kemp (GK) Strategy & Partnership Executive, Westshire LEP\n\n1. Minutes\n\n"
        "The minutes were approved.\n")
    attendance = extract(text).attendance
    assert {"Equality & Diversity Adviser", "Communications and Culture Manager",
            "Strategy & Partnership Executive"} <= {a.capacity for a in attendance}
    # (who holds them, where the roll reader knows: "Name (GK) Post, Body" gives the post to
    # the body, with or without the "and", a layout of its own)
    held = {a.name: a.capacity for a in attendance}
    assert held["Dr K. Vane"] == "Equality & Diversity Adviser"
    assert held["Tom Lowe"] == "Communications and Culture Manager"
    assert not {"Equality", "Communications", "Strategy"} & {a.name for a in attendance}
    names = text.replace("Cllr Ann Bell (Chair), Cllr Carl Dean",
                         "Cllr Ann Bell (Chair), Carl Dean and Eve Fox")
    assert {"Carl Dean", "Eve Fox"} <= {a.name for a in extract(names).attendance}
    label = text.replace("Cllr Ann Bell (Chair), Cllr Carl Dean",
                         "Councillors Bell, Dean and Fox Clerk: Mrs E Hale")
    assert "Fox" in {a.name for a in extract(label).attendance}


def test_a_post_of_two_remits_before_its_holder_is_read_whole() -> None:
    """A post printed before its holder's name with an "and" between two remits ("…,
    Democratic and Civic Support Officer Lynne Vane, …"): the "and" is no word of the four a
    post before a name may have, so the holder gets the whole post (and is no part of it).
    Negative: a piece whose head stands further in (after five words) is no post before a
    name."""
    from kg.attendance import _names
    from kg.patterns import load as load_patterns
    p = load_patterns()
    roll = ("Rod Marsh, Macebearer Sue Hale, Democratic and Civic Support Officer Lynne Vane, "
            "Committee and Scrutiny Officer 303 PRAYERS The Chaplain")
    got = {a.name: a.capacity for a in _names(roll, 0, len(roll), "AlsoInAttendance", p)}
    assert got.get("Lynne Vane") == "Democratic and Civic Support Officer"
    long = roll.replace("Democratic and Civic Support Officer",
                        "Democratic Civic Town Hall Support Officer")
    got = {a.name: a.capacity for a in _names(long, 0, len(long), "AlsoInAttendance", p)}
    assert got.get("Lynne Vane") != "Democratic Civic Town Hall Support Officer"


def test_a_roll_of_surnames_parts_at_its_and_before_a_clerks_post() -> None:
    """A remit's "and" is the post's own only after a name of two words or more ("Dr K.
    Vane, Equality and …", "Gus Kemp (GK), Strategy & …"): in a roll of bare surnames, or
    after the members' word and a surname, the word before the "and" is a member, the last
    of the roll, and what follows is the clerk's post before her name ("Councillors Bell,
    Dean, Wood and Town Clerk Mrs E Hale": not "Wood and Town Clerk" held by Mrs Hale)."""
    def roll(names: str) -> dict[str, str | None]:
        return _capacities("Minutes of the Westshire Parish Council held on 3 March 2021\n\n"
                           f"Present: {names}\n\n1. Minutes\n\nThe minutes were approved.\n")

    for names in ("Councillors Bell, Dean, Wood and Town Clerk Mrs E Hale",
                  "Councillors Bell, Wood and Parish Clerk Mrs E Hale"):
        got = roll(names)
        assert "Wood" in got and got.get("Mrs E Hale") in ("Town Clerk", "Parish Clerk"), got
    # (a bracket after the name, its comma after it, still shows a name before the post; so
    # does a head split at "/")
    got = roll("Dr K. Vane, Equality and Diversity Officer/Clerk, Gus Kemp (GK), Strategy & "
               "Partnership Executive, Tom Lowe, Communications and Culture Manager")
    assert got.get("Dr K. Vane") == "Equality and Diversity Officer/Clerk", got
    assert got.get("Gus Kemp") == "Strategy & Partnership Executive", got
    assert got.get("Tom Lowe") == "Communications and Culture Manager", got
    assert "Equality" not in got
    # (one-word remits of a list after the name are passed over: "Angelika Kaufhold,
    # Committee, Scrutiny & Civic Affairs Manager"; three before the remit are a roll)
    from kg.attendance import _named_before
    from kg.patterns import load as load_patterns
    p = load_patterns()
    for chunk, named in (("Ann Bell, Committee, Scrutiny & Civic Affairs Manager", True),
                         ("Councillors Bell, Dean, Wood and Town Clerk", False),
                         ("Bell, Dean, Wood and Town Clerk", False),
                         ("Cllr Ann Bell, Dean, Hale, Kent, Wood and Town Clerk", False)):
        lo = chunk.rindex(",") + 1
        assert _named_before(chunk, lo, p) is named, chunk


def _capacities(text: str) -> dict[str, str | None]:
    """Each attendee the roll reader finds on the page, with the capacity it gives them."""
    return {a.name: a.capacity for a in extract(text).attendance}

def test_a_post_in_brackets_after_representing_is_the_post_alone() -> None:
    """"Miss A Bell (representing the Clerk to the Board)", drainage boards' rolls: the post
    is "Clerk to the Board"; "representing the" says who stood in for its holder and is no
    part of the post."""
    text = (
        "MINUTES of the MEETING of the EASTMOOR INTERNAL DRAINAGE BOARD held at Westshire "
        "House on 3 March 2015\n\nPresent: C Dean Esq (Chairman), E Fox Esq, G Hale Esq, "
        "Miss Ann Bell (representing the Clerk to the Board)\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got["Miss Ann Bell"] == "Clerk to the Board"


def test_a_seats_letters_after_a_name_in_a_roll_are_its_post() -> None:
    """"Ms Ann Bell MLA", "C Dean, MSP": the seat's letters are no part of the name but the
    post the member holds (a Member of the Assembly, of the Scottish Parliament), the
    capacity of one who attended in no other; a capacity in brackets stays theirs ("Mr E Fox
    MLA (Chairperson)"). Negative: honours that are no post ("G Hale OBE") give none."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE ARTS BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent:\nMr E Fox MLA (Chairperson)\nMs Ann Bell MLA\n"
        "C Dean, MSP\nG Hale OBE\n\n1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got == {"Mr E Fox": "Chairperson", "Ms Ann Bell": "MLA", "C Dean": "MSP",
                   "G Hale": None}


def test_a_persons_own_initials_after_the_name_are_no_seat() -> None:
    """"Mary Price MP / Carl Dean CD / Ann Bell AB": a roll printing each person's initials
    after the name gives no seat "MP" to Mary Price. A seat's letters ending the sentence
    keep their post ("Jo Hale MP.")."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE ARTS BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent:\nMary Price MP\nCarl Dean CD\nAnn Bell AB\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got.get("Mary Price", "absent") is None and "Carl Dean" in got
    text = (
        "MINUTES of the MEETING of the WESTSHIRE ARTS BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent: Cllr Ann Bell and Jo Hale MP.\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got.get("Jo Hale") == "MP"


def test_a_councils_letters_after_a_roll_name_are_no_part_of_it() -> None:
    """"Mr. J. Hale CC", "P R Osei DC": a councillor's seat by its letters after the name is
    cut off it; "Cllr Ann Bell, Eastvale DC": a council by its letters alone is no one. A
    person's own initials after the name are still no council ("Carl Dean CD")."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE LEP BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent:\nMr. J. Hale CC\nP R Osei DC\nCllr Ann Bell, Eastvale DC"
        "\nCllr Tom Rudd, Northby MBC\nCarl Dean CD\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = set(_capacities(text))
    assert {"Mr. J. Hale", "P R Osei", "Carl Dean"} <= got
    assert not [n for n in got if n.endswith(("CC", "DC", "MBC")) or "Eastvale" in n
                or "Northby" in n]


def test_a_roll_surname_in_capitals_of_a_councils_shape_is_kept() -> None:
    """"Jo ISAAC", "Ann BLANC": a surname printed in capitals may have a council's acronym's
    shape ("ERYC"); after a given name alone it is the surname, and the entry is a person,
    not "a council by its letters". A seat's letters after a surname still go ("Jo Hale
    DC"), and a council by its letters alone is still no one ("Halton BC")."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE PARISH COUNCIL held at Eastmoor Hall on 3 "
        "March 2015\n\nPresent:\nJo ISAAC\nAnn BLANC\nJo Hale DC\nHalton BC\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    assert set(_capacities(text)) == {"Jo ISAAC", "Ann BLANC", "Jo Hale"}


def test_a_services_name_in_a_roll_is_no_one() -> None:
    """"Deputy Director, Business Development": the area after a post in a roll is no
    attendee; a name with a known given name or an initial is one ("Ann Care")."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE HEALTH BOARD held at Eastmoor House on 3 "
        "March 2015\n\nIn attendance: Ruth Amos, Deputy Director, Business Development; "
        "Jo Hale, Head of Service, Public Protection; Ann Care, Trustee; P Health\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = set(_capacities(text))
    assert {"Ruth Amos", "Jo Hale", "Ann Care", "P Health"} <= got
    assert not {"Business Development", "Public Protection"} & got


def test_a_persons_own_initials_before_the_name_and_a_seat_glued_after_it_go() -> None:
    """"GB Gail Bell (Westmere DC)": a roll printing each member's initials before the
    name, as its action lines cite them, names Gail Bell; "Tony HaleVice-Chair", a seat
    glued to the surname where the PDF lost the space, names Tony Hale, who attended as
    Vice-Chair. Initials that are not the name's own ("MP Ann Fox", "ABC Ann Bell Chair",
    whose "Chair" ran on), or initials and a surname alone ("AB Carr"), stay; each name's span
    is the name's own words on the page, and a capacity's its own."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE SAFETY PARTNERSHIP held at Eastmoor House on "
        "3 March 2015\n\nPresent:\nGB Gail Bell (Westmere DC)\nDO Dan O’Dean (Westshire "
        "Police)\nTony HaleVice-Chair (Eastmoor IDB)\nCllr Jo DeanChair (Westshire CC)\n"
        "AB Carr (Westmere DC)\nMP Ann Fox (Westmere DC)\nABC Ann Bell Chair (Eastmoor DC)\n"
        "ED Eve Dale JP (Westshire CC)\n\n1. Minutes\n\nThe minutes were approved.\n")
    attendance = extract(text).attendance
    assert [a.name for a in attendance] == [
        "Gail Bell", "Dan O’Dean", "Tony Hale", "Cllr Jo Dean", "AB Carr", "MP Ann Fox",
        "ABC Ann Bell", "Eve Dale"]
    for a in attendance:
        assert a.span.exact == a.name and text[a.span.start : a.span.end] == a.name, a.name
    seats = {a.name: (a.capacity, a.capacity_span and a.capacity_span.exact)
             for a in attendance if a.capacity}
    assert seats == {"Tony Hale": ("Vice-Chair", "Vice-Chair"),
                     "Cllr Jo Dean": ("Chair", "Chair")}
    # a seat left empty in the roll ("Vacancy (Westmere DC)") names no one
    vacant = text.replace("AB Carr (Westmere DC)", "Vacancy (Westmere DC)")
    assert "Vacancy" not in [a.name for a in extract(vacant).attendance]


def test_a_joint_bodys_roll_with_each_members_council_area_before_the_member() -> None:
    """"Present: Argyll and Bute Councillor Ann Bell East Ayrshire Councilor Carl Dean
    Glasgow Councillor …", a transport partnership's roll flattened: each council area is the
    body the member sits for, neither a person ("Argyll", "Bute") nor part of the name before
    it ("Carl Dean Glasgow"); "Councilor" is a misprinted title. Negative: a place's name once
    before a title is left as it was."""
    text = (
        "MINUTE of the meeting of the WESTSHIRE TRANSPORT PARTNERSHIP held in Eastmoor House "
        "on 3 March 2015.\n\nPresent: Argyll and Bute Councillor Ann Bell East Ayrshire "
        "Councilor Carl Dean Glasgow Councillor Eve Fox Glasgow Councillor Gus Hale (Chair) "
        "Inverclyde Councillor Ida Jones\n\n1. Minutes\n\nThe minutes were approved.\n")
    got = [a.name for a in extract(text).attendance]
    assert got == ["Councillor Ann Bell", "Councilor Carl Dean", "Councillor Eve Fox",
                   "Councillor Gus Hale", "Councillor Ida Jones"]
    once = text.replace(
        "Argyll and Bute Councillor Ann Bell East Ayrshire Councilor Carl Dean Glasgow "
        "Councillor Eve Fox Glasgow Councillor Gus Hale (Chair) Inverclyde Councillor Ida Jones",
        "Councillor Ann Glasgow Councillor Carl Dean Councillor Eve Fox")
    assert "Councillor Ann Glasgow" in [a.name for a in extract(once).attendance]


def test_a_joint_bodys_roll_of_members_each_with_the_council_they_represent_after() -> None:
    """A fire authority's roll flattened from a table of "<member> <member council>" rows,
    its header row ("Councillor Representing") run on before the first name: each council is
    the body the name before it sits for, and the next name starts after it (not "Councillor
    Representing A Bell" nor "Borough Council C Dean Gwynedd Council"). Negative: two councils
    after names are not yet such a roll, and the pieces stay as they were."""
    from kg.attendance import _split_member_councils
    from kg.patterns import load

    text = (
        "Minutes of the meeting of the Westshire Fire and Rescue Authority held on 3 March "
        "2015.\n\nPRESENT Councillor Representing A Bell (Chair) Conwy County Borough Council "
        "C D Dean Gwynedd Council E Fox Flintshire County Council G H Hale Anglesey County "
        "Council\n\nAlso present: I Jones (Clerk).\n\n1. Minutes\n\nThe minutes were "
        "approved.\n")
    got = {a.name: a.organisation for a in extract(text).attendance if a.status == "Present"}
    assert got == {"A Bell": "Conwy County Borough Council", "C D Dean": "Gwynedd Council",
                   "E Fox": "Flintshire County Council", "G H Hale": "Anglesey County Council"}
    two = "A Bell Conwy County Borough Council C Dean Gwynedd Council E Fox"
    pieces = [(0, len(two), "")]
    assert _split_member_councils(two, pieces, load()) == pieces


def test_a_members_council_in_a_roll_is_cut_back_to_the_council_as_prose_cuts_it() -> None:
    """A roll's note run onto the council a member sits for ("Substitute - Redcar &
    Cleveland Council") is no part of the body: the body is the council, by the gazetteer's
    name, its span with it, as the prose pass cuts a council's name (one rule,
    :func:`kg.patterns.council_run_on`). Negative: a council the gazetteer lacks is left as
    read; two councils joined by "and" are one name; a body printed before the council
    ("Highways England") leaves the two whole, the roll not saying which she came from."""
    text = ("Minutes of the Westmoor Joint Archives Committee held on 3 May 2023\n\n"
            "Present: Councillor S Vane (Substitute - Redcar & Cleveland Council), Councillor "
            "K Orme (Dorset Council), Councillor T Hale (Substitute - Westby Parish Council) "
            "and Councillor B Lowe (Lewes District and Eastbourne Borough Council)\n\n"
            "In attendance: Ann Cole – Highways England Kent County Council\n\n"
            "1. Minutes\n\nAgreed.\n")
    attendance = extract(text).attendance
    got = {a.name: a.organisation for a in attendance}
    assert got == {
        "Councillor S Vane": "Redcar & Cleveland Council", "Councillor K Orme": "Dorset Council",
        "Councillor T Hale": "Substitute - Westby Parish Council",
        "Councillor B Lowe": "Lewes District and Eastbourne Borough Council",
        "Ann Cole": "Highways England Kent County Council"}
    for a in attendance:
        assert text[a.organisation_span.start : a.organisation_span.end] == a.organisation


def test_a_roll_table_saved_one_cell_a_line_names_and_their_councils() -> None:
    """A two-column roll saved one cell a line with no heading ("A Bell (Chair)" /
    "Conwy County Borough Council" / "C Dean" / …), and an apologies item set out the same
    way one cell a paragraph: every name is read, each with the council on the line below.
    Negative: a sentence after the first name ends the apologies."""
    text = (
        "Minutes of the meeting of the Westshire Fire and Rescue Authority held on 3 March "
        "2021 by video.\n\nA Bell (Chair)\n\nConwy County Borough Council\n\nC Dean\n\n"
        "Gwynedd Council\n\nE Fox\n\nFlintshire County Council\n\nAlso present:\n\n"
        "I Jones (Clerk)\n\n1 Apologies\n\nK Lowe\n\nConwy County Borough Council\n\n"
        "M Nash\n\nGwynedd Council\n\n2 Minutes\n\nThe minutes were approved.\n")
    got = {(a.name, a.status): a.organisation for a in extract(text).attendance}
    assert got[("C Dean", "Present")] == "Gwynedd Council"
    assert got[("E Fox", "Present")] == "Flintshire County Council"
    assert got[("K Lowe", "Apologies")] == "Conwy County Borough Council"
    assert got[("M Nash", "Apologies")] == "Gwynedd Council"
    prose = text.replace("K Lowe\n\nConwy County Borough Council\n\nM Nash\n\n",
                         "K Lowe\n\nThe clerk had written to M Nash about the dates.\n\n")
    names = {a.name for a in extract(prose).attendance if a.status == "Apologies"}
    assert "K Lowe" in names and "M Nash" not in names


def test_an_apologies_sentence_is_no_cell_of_a_roll_table() -> None:
    """"Apologies were received from Cllr K Lowe." and a paragraph of a council's name after
    it: the sentence is no table's cell, so the council is not the body Cllr Lowe sat for
    (it is read only after a paragraph that is the name alone, as the test above has it)."""
    text = (
        "Minutes of the meeting of the Westshire Fire and Rescue Authority held on 3 March "
        "2021.\n\nPresent: Cllr A Bell, Cllr C Dean\n\n1 Apologies\n\nApologies were "
        "received from Cllr K Lowe.\n\nGwynedd Council\n\n2 Minutes\n\nThe minutes were "
        "approved.\n")
    got = {a.name: a.organisation for a in extract(text).attendance if a.status == "Apologies"}
    assert got == {"Cllr K Lowe": None}
    cell = text.replace("Apologies were received from Cllr K Lowe.", "Cllr K Lowe")
    got = {a.name: a.organisation for a in extract(cell).attendance if a.status == "Apologies"}
    assert got == {"Cllr K Lowe": "Gwynedd Council"}


def test_a_combined_authoritys_officers_listed_by_their_council_with_no_title() -> None:
    """"Bolton Ann Bell Bury Carl Dean Wigan Eric Fox Oldham Gary Hale": a combined authority's
    officers each after the council they serve, no title between: the areas part the names
    and are no part of them ("Carl Dean Wigan"). Negative: a single place between two names
    may be a surname and is left."""
    from kg.attendance import _names
    from kg.patterns import load

    p = load()
    roll = "Bolton Ann Bell Bury Carl Dean Wigan Eric Fox Oldham Gary Hale"
    got = [a.name for a in _names(roll, 0, len(roll), "AlsoInAttendance", p)]
    assert got == ["Ann Bell", "Carl Dean", "Eric Fox", "Gary Hale"]
    once = "Ann Bell Bury Carl Dean, Eric Fox"
    assert "Ann Bell Bury" in [a.name for a in _names(once, 0, len(once), "Present", p)]


def test_a_chair_line_with_a_dotted_leader_before_the_name() -> None:
    """"Chairman…………… Mr A Bell" / "Vice-Chairman…….. Mr C Dean" above the members, as a
    police authority's printed roll sets them out: the dots lead from the post to its holder,
    who was present in that capacity (not a name "…………… Mr A Bell", nor one left without
    the post)."""
    text = (
        "MINUTES of a meeting of the Westshire Police Authority held at Eastmoor House on "
        "Friday 12th February 2010.\n\nChairman………… Mr A Bell\n"
        "Vice-Chairman…….. Mr C Dean\nMr E Fox, Mrs G Hale and Mr I Jones\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got["Mr A Bell"] == "Chairman" and got["Mr C Dean"] == "Vice-Chairman"


def test_a_non_councillor_seat_in_a_roll_is_no_one() -> None:
    """"Mr Ed Fox, Non-Councillor Member Prof Ann Bell, Non Councilor Member Mr Ian Jones":
    a joint board's roll giving each member's seat after the name; the seat parted from its
    "Non" ("Councilor Member") is no person, however the title is spelt."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE TRANSPORT PARTNERSHIP BOARD held at Eastmoor "
        "House on 3 March 2015\n\nPresent: Cllr Carl Dean, Westshire Council Member (Chair) "
        "Cllr Gus Hale, Eastmoor Council Member Mr Ed Fox, Non-Councillor Member Prof Ann "
        "Bell, Non Councilor Member Mr Ian Jones, Non-Councillor Member\n\n1. Minutes\n\n"
        "The minutes were approved.\n")
    names = {a.name for a in extract(text).attendance}
    assert not any(re.fullmatch(r"Council+or Member", n) for n in names)
    assert {"Mr Ed Fox", "Prof Ann Bell", "Mr Ian Jones"} <= names


def test_a_dash_before_a_posts_opening_word_after_initials_starts_the_post() -> None:
    """"Mr A Bell-Corporate Director of Housing": after an honorific and initials an unspaced
    dash before a word that opens posts ("Corporate", "Finance") with a role after it starts
    the post; no surname half "Corporate". A double-barrelled surname keeps its half ("Mr E
    Fox-Hale Chief Executive")."""
    text = (
        "MINUTES of the MEETING of the WESTSHIRE TRUST BOARD held at Eastmoor House on 3 "
        "March 2015\n\nPresent: Cllr Ann Bell, Cllr Carl Dean\n\nIn Attendance: Mr G "
        "Hale-Corporate Director of Housing, Mr K Lowe-Finance Manager, Mr E Fox-Hale Chief "
        "Executive\n\n1. Minutes\n\nThe minutes were approved.\n")
    got = {(a.name, a.capacity) for a in extract(text).attendance
           if a.status == "AlsoInAttendance"}
    assert ("Mr G Hale", "Corporate Director of Housing") in got
    assert ("Mr K Lowe", "Finance Manager") in got
    assert ("Mr E Fox-Hale", "Chief Executive") in got


def test_a_run_on_entrys_honorific_is_found_as_a_whole_word() -> None:
    """"Dr G Hale Director (Acting) of Drainage and Highways Mr K Lowe …": the bracket after
    the honorific "Dr" is looked for from that word, not from its letters inside a later word
    ("Drainage", "Revenues" for "Rev"); read from there the bracket went unseen, the "and" was
    taken into the post and the person was lost."""
    for body in ("Dr G Hale Director (Acting) of Drainage and Highways",
                 "Rev G Hale Head (Interim) of Revenues and Benefits"):
        text = (
            "MINUTES of the MEETING of the WESTSHIRE TRUST BOARD held at Eastmoor House on 3 "
            f"March 2015\n\nPresent: Cllr Ann Bell, Cllr Carl Dean\n\nIn Attendance: {body} "
            "Mr K Lowe Head of Finance\n\n1. Minutes\n\nThe minutes were approved.\n")
        names = {a.name for a in extract(text).attendance}
        assert body.split(" Hale")[0] + " Hale" in names and "Mr K Lowe" in names


def test_a_posts_remit_listed_with_commas_stays_one_post() -> None:
    """"Mrs M Ward, Director of Enterprise, Regeneration and Tourism Mr M Lipsett, …" and
    "Tom Rees, Head of Legal, Procurement and Regulatory Services; …": a post whose remit is
    a list of services keeps its commas and "and"; its services are no people. Negative: the
    names after a post's comma are still people ("Cabinet Member for Housing, Ann Bell and
    Jo Hale"), and a post run into the next entry's name ("Head of Finance Carl Dean, Head
    of Roads and Parks") is not read as one remit."""
    head = ("MINUTES of the MEETING of WESTMOOR COUNCIL held in the Council Offices on 3 "
            "March 2015\n\n")
    tail = "\n\n1. Minutes\n\nThe minutes were approved.\n"
    run = ("In Attendance: Mr L Hale, Chief Executive Mrs M Ward, Director of Enterprise, "
           "Regeneration and Tourism Mr P Lane, Director of Active and Healthy Communities "
           "Mrs E Moss, Democratic Services Manager")
    assert [(a.name, a.capacity) for a in extract(head + run + tail).attendance] == [
        ("Mr L Hale", "Chief Executive"),
        ("Mrs M Ward", "Director of Enterprise, Regeneration and Tourism"),
        ("Mr P Lane", "Director of Active and Healthy Communities"),
        ("Mrs E Moss", "Democratic Services Manager")]
    entries = ("Attending: Ann Bell, Chief Executive; Tom Rees, Head of Legal, Procurement "
               "and Regulatory Services; Jo Cole, Public Relations Officer.")
    assert [(a.name, a.capacity) for a in extract(head + entries + tail).attendance] == [
        ("Ann Bell", "Chief Executive"),
        ("Tom Rees", "Head of Legal, Procurement and Regulatory Services"),
        ("Jo Cole", "Public Relations Officer")]
    people = "Present: Councillor Ian Lee, Cabinet Member for Housing, Ann Bell and Jo Hale."
    assert [a.name for a in extract(head + people + tail).attendance] == [
        "Councillor Ian Lee", "Ann Bell", "Jo Hale"]
    joined = ("In Attendance: Gus Page, Head of Finance Carl Dean, Head of Roads and Parks "
              "Eve Fox, Solicitor")
    assert [(a.name, a.capacity) for a in extract(head + joined + tail).attendance] == [
        ("Gus Page", "Head of Finance"), ("Carl Dean", "Head of Roads and Parks"),
        ("Eve Fox", "Solicitor")]


def test_a_remit_list_run_on_into_the_next_name_or_in_brackets_stays_one_post() -> None:
    """A post's remit listed with commas keeps them where the roll runs its last remit on into
    the next entry's name ("Head of Economy, Planning & Regulation Will Watt, …": the list
    ends before the given name) and where the post stands in brackets after its holder
    ("Adam Carne (Head of Finance, Performance and Asset Management)"). Negative: a body
    after a bracketed post's comma is still no part of it ("(Planning Officer, Eastmoor
    Council)")."""
    head = ("MINUTES of the MEETING of WESTMOOR COUNCIL held in the Council Offices on 3 "
            "March 2015\n\n")
    tail = "\n\n1. Minutes\n\nThe minutes were approved.\n"
    run = ("In attendance: Ken Ross, Head of Assets & Support Kevin Rowe, Head of Economy, "
           "Planning & Regulation Will Watt, Head of Governance & Resources")
    assert [(a.name, a.capacity) for a in extract(head + run + tail).attendance] == [
        ("Ken Ross", "Head of Assets & Support"),
        ("Kevin Rowe", "Head of Economy, Planning & Regulation"),
        ("Will Watt", "Head of Governance & Resources")]
    brackets = ("IN ATTENDANCE: Adam Carne (Head of Finance, Performance and Asset "
                "Management), Liz Grey (Head of Policy and Community Services), Jo Fry "
                "(Planning Officer, Eastmoor Council)")
    assert [(a.name, a.capacity, a.organisation)
            for a in extract(head + brackets + tail).attendance] == [
        ("Adam Carne", "Head of Finance, Performance and Asset Management", None),
        ("Liz Grey", "Head of Policy and Community Services", None),
        ("Jo Fry", "Planning Officer", "Eastmoor Council")]


def test_a_posts_portfolio_after_its_and_is_no_person_in_a_roll() -> None:
    """"Mr A Hale / Regional Lead for Literacy & Numeracy", "Councillor S Pike, Portfolio
    Holder for Environment and Transport", "Kim Pole – Director of Conservation and
    Protection Barry Fox – …": the "and" goes on the post's portfolio (a head, "of" or
    "for", capitalised words), so its last words ("Numeracy", "Transport", "Protection") are
    no person. Negative: a given name or an honorific after the "and" still opens the next
    person ("Director of Finance and Tom Fry, Head of Legal")."""
    head = "Minutes of the Westshire Partnership Board held on 3 March 2021\n\n"
    tail = "\n\n1. Minutes\n\nThe minutes were approved.\n"
    apologies = ("Present: Cllr Ann Bell (Chair)\n\nApologies were also received from "
                 "Councillor S Pike, Portfolio Holder for Environment and Transport.")
    assert [a.name for a in extract(head + apologies + tail).attendance] == [
        "Cllr Ann Bell", "Councillor S Pike"]
    slash = ("Present: Cllr Ann Bell (Chair)\n\nIn attendance for minute 4: Ian Rowe / "
             "Regional Lead for Literacy & Numeracy")
    assert "Numeracy" not in {a.name for a in extract(head + slash + tail).attendance}
    dashes = ("Present: Cllr Ann Bell (Chair)\n\nIn Attendance - Kim Pole – Director of "
              "Conservation and Protection Barry Fox – Director of Aquaculture and "
              "Shellfisheries Kevin Wood – Director of Development")
    assert [(a.name, a.capacity) for a in extract(head + dashes + tail).attendance][1:] == [
        ("Kim Pole", "Director of Conservation and Protection"),
        ("Barry Fox", "Director of Aquaculture and Shellfisheries"),
        ("Kevin Wood", "Director of Development")]
    person = "Present: Cllr Ann Bell, Director of Finance and Tom Fry, Head of Legal"
    assert [a.name for a in extract(head + person + tail).attendance] == [
        "Cllr Ann Bell", "Tom Fry"]
    # A body's name before the "and" is no portfolio: the next entry's holder follows it,
    # her given name on no list.
    body = ("Present: Cllr Ann Bell (Chair)\n\nIn attendance: Tom Fry, Chair of Westshire "
            "Council and Ysolde Marrick, Head of Legal")
    assert "Ysolde Marrick" in {a.name for a in extract(head + body + tail).attendance}


def test_a_name_run_on_after_a_portfolio_in_a_short_comma_roll_is_kept() -> None:
    """"Ken Ross, Head of Assets & Support Kevin Rowe, Head of Economy": a "Name, Post" roll
    run on into the next name after a portfolio's "and", too short for its layout to show.
    The "and" parts it, so the name is cut from the portfolio's last word and the post read
    whole; kept as the portfolio's, the next name stayed in the post and the posts after it
    went to the wrong people ("Ann Bell" as "Head of Economy")."""
    head = ("MINUTES of the MEETING of WESTMOOR COUNCIL held in the Council Offices on 3 "
            "March 2015\n\n")
    tail = "\n\n1. Minutes\n\nThe minutes were approved.\n"
    roll = "In attendance: Ken Ross, Head of Assets & Support Kevin Rowe, Head of Economy"
    assert [(a.name, a.capacity) for a in extract(head + roll + tail).attendance] == [
        ("Ken Ross", "Head of Assets & Support"), ("Kevin Rowe", "Head of Economy")]
    roll = ("In attendance: Kim Pole, Director of Conservation and Protection Barry Fox, "
            "Director of Development, Ann Bell, Clerk")
    assert [(a.name, a.capacity) for a in extract(head + roll + tail).attendance] == [
        ("Kim Pole", "Director of Conservation and Protection"),
        ("Barry Fox", "Director of Development"), ("Ann Bell", "Clerk")]


def test_a_body_after_a_bracketed_posts_remit_list_is_the_attendees() -> None:
    """"Tom Fry (Director of Adults, Health and Housing, Westshire Council)": the remit list's
    fields are the post's, so the body is the field after them, not a remit ("Health and
    Housing", which a trade's word ends)."""
    head = "Minutes of the Westshire Partnership Board held on 3 March 2021\n\n"
    roll = ("Present: Cllr Ann Bell (Chair)\n\nIn attendance: Tom Fry (Director of Adults, "
            "Health and Housing, Westshire Council)")
    tail = "\n\n1. Minutes\n\nThe minutes were approved.\n"
    assert [(a.name, a.capacity, a.organisation)
            for a in extract(head + roll + tail).attendance][1:] == [
        ("Tom Fry", "Director of Adults, Health and Housing", "Westshire Council")]


def test_a_roll_whose_table_cells_ran_together_with_no_space() -> None:
    """"Councillor Ann Bell ChairmanCouncillor Carl DeanCouncillor Eve Fox": a roll's table
    cells joined with no space, each honorific glued to the word before it, part there;
    a chair's word after a given name and surname is the capacity. Negative: an honorific's
    letters inside a word ("Drummond", "Summerfield") part nothing."""
    text = ("WESTMOOR PARISH COUNCIL\n\nParish Council Meeting\n\nTuesday 19th November 2019"
            "\n\nPresent:\n\nCouncillor Ann Bell ChairmanCouncillor Carl DeanCouncillor Eve "
            "Fox\n\nIn attendance: Mr G Hale, Parish ClerkMrs I Drummond, Summerfield "
            "Trust\n\nMINUTES\n\n1. Apologies\n\nNone.\n")
    assert [(a.name, a.capacity, a.status) for a in extract(text).attendance] == [
        ("Councillor Ann Bell", "Chairman", "Present"), ("Councillor Carl Dean", None, "Present"),
        ("Councillor Eve Fox", None, "Present"),
        ("Mr G Hale", "Parish Clerk", "AlsoInAttendance"),
        ("Mrs I Drummond", None, "AlsoInAttendance")]


def test_captions_inside_a_roll_name_no_one() -> None:
    """"PRESENT:" over "South Ward:" / "Cllr D Brent" / "East Ward:" / "Cllr Mrs R Crane":
    the ward captions are no one's names."""
    text = ("Minutes of the Meeting of the Steering Group held in the Town Hall on Wednesday 12 "
            "December 2018\nPRESENT:\nSouth Ward:\nCllr D Brent\nCllr J Dyer\nEast Ward:\n"
            "Cllr Mrs R Crane\nIN ATTENDANCE: Mrs H Black (Town Clerk)\n"
            "09. APOLOGIES FOR ABSENCE\nThere were no apologies for absence.\n")
    assert [a.name for a in extract(text).attendance] == [
        "Cllr D Brent", "Cllr J Dyer", "Mrs R Crane", "Mrs H Black"]


def test_party_captions_and_party_initials_in_a_roll_name_no_one() -> None:
    """A roll that sets each party's members under its caption ("Labour" / "Cllr A Bell …",
    "Conservative Liberal Democrat", two columns' captions flattened onto one line) names no
    one by the captions, and a party's initials after a member's name ("Cllr Jo Hale UKIP")
    are no part of it. A titled member whose surname is a party's word ("Cllr Green"), such a
    surname alone (a roll of surnames: "Bell, Green, Hale"), a name with a party's word in
    it, and a name too short to lose a word keep theirs."""
    p = patterns.load()
    assert run_on_trimmed("Labour", p) == ""
    assert run_on_trimmed("Conservative Liberal Democrat", p) == ""
    assert run_on_trimmed("Cllr Jo Hale UKIP", p) == "Cllr Jo Hale"
    for name in ("Cllr Green", "Ann Green", "Green", "Labour Smith", "Cllr Hale UKIP"):
        assert run_on_trimmed(name, p) == name, name
    text = ("Minutes of the Meeting of the Council held on 6 April 2016\n\nAttendance\n\n"
            "Labour\n\nCllr Ann Bell Cllr Carl Dean Cllr Eve Fox\n\n"
            "Conservative Liberal Democrat\n\nCllr Gil Hart Cllr Ida Jones UKIP\n\n"
            "1. Apologies for absence\nThere were no apologies.\n")
    names = {a.name for a in extract(text).attendance}
    assert not names & {"Labour", "Conservative Liberal Democrat", "Cllr Ida Jones UKIP"}


def test_a_roll_set_out_by_area_with_no_heading() -> None:
    """A forum's roll by the area each member represents, one area a line with a dash
    before its members, is who was present; a heading's dash ("Apologies - …") keeps its own
    status. Fewer than three such lines, or lines whose left side is a person or a post
    ("Ann Bell - Clerk", "Chair - Cllr A Bell") or whose right side is no list of names
    ("Footpaths - the stile is broken"), are no area roll."""
    text = (
        "Provisional Minutes of Meeting held on Monday 11th June, 2001 at Elm Hall\n\n"
        "Ashby - Mr J. Allan\n"
        "Birch Vale and Crook - Mr C. Dodd, Mrs E. Fisher\n"
        "Old Elmford - Tilda Grant, Barbara Hume\n"
        "Apologies - Mrs K. Innes\n\n"
        "1. Minutes of previous meeting\nThe minutes were approved.\n")
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Mrs K. Innes", "Apologies"), ("Mr J. Allan", "Present"), ("Mr C. Dodd", "Present"),
        ("Mrs E. Fisher", "Present"), ("Tilda Grant", "Present"), ("Barbara Hume", "Present")]
    two = extract(text.replace("Ashby - Mr J. Allan\n", ""))
    assert [a.name for a in two.attendance] == ["Mrs K. Innes"]
    mixed = extract(text.replace("Ashby - Mr J. Allan", "Ann Bell - Clerk").replace(
        "Old Elmford - Tilda Grant, Barbara Hume", "Footpaths - the stile is broken"))
    assert [a.name for a in mixed.attendance] == ["Mrs K. Innes"]
    chair = extract(text.replace("Ashby - Mr J. Allan", "Chair - Cllr A Bell"))
    assert [a.name for a in chair.attendance] == ["Cllr A Bell", "Mrs K. Innes"]


def test_a_roll_of_names_keyed_by_their_initials_with_no_heading() -> None:
    """Minutes that go on to name members by initials key them in an unheaded roll ("Penny
    Bell-Jones (PBJ), …"): each name whose bracket holds its initials is a person, present
    unless the line's label says apologies or absent; a role in a second bracket, or an
    officer's word after the initials, is the capacity. A body's acronym ("Westshire
    Transport Police (WTP)", "Rural Homes First (RHF)") is no person's, and a single bracket
    is no roll."""
    text = (
        "Minutes of the Meeting of the Parish Council\n"
        "Thursday 22nd September 2016, The Old School, Elmford\n\n"
        "Penny Bell-Jones (PBJ), Andrew Cole (AC), Harry Dean (HD) (Vice-Chair), "
        "Cllr. Goronwy Ellis (GE) - Westshire Transport Police (WTP)\n"
        "Julie Fox (JF) – Rural Homes First (RHF)\n"
        "Apologies Rhys Gale (RG) – Elmford School\n\n"
        "Liz Hart (LH) Clerk\n\n"
        "1 Welcome\nPBJ welcomed everyone.\n\n2 Verges\nAC reported on the verges. Resolved: to "
        "cut them.\n")
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Penny Bell-Jones", "Present", None), ("Andrew Cole", "Present", None),
        ("Harry Dean", "Present", "Vice-Chair"), ("Goronwy Ellis", "Present", None),
        ("Julie Fox", "Present", None), ("Rhys Gale", "Apologies", None),
        ("Liz Hart", "AlsoInAttendance", "Clerk")]
    one = extract(text.replace("Penny Bell-Jones (PBJ), Andrew Cole (AC), Harry Dean (HD) "
                               "(Vice-Chair), Cllr. Goronwy Ellis (GE) - ", "Present: Cllr Ann "
                               "Moss\n").replace("Julie Fox (JF)", "Julie Fox").replace(
        "Rhys Gale (RG)", "Rhys Gale"))
    assert [a.name for a in one.attendance] == ["Cllr Ann Moss"]


def test_an_initialled_roll_takes_unknown_given_names_once_confirmed() -> None:
    """A board's unheaded roll, one "Name (NI)" a line with the body below: once two names
    with common given names confirm the roll, a name whose given name is not a common one
    ("Zenon Quill (ZQ)") is taken too when it opens its line as they do, and so is a tag
    with a lower-case letter that parts two members' alike ("Sue Rook (SuR)"). A post after
    the initials is the capacity ("(PB) Vice-Chairman"). Negative: without two confirmed
    names no such name is taken, nor a body's initials ("Westshire Transport Police (WTP)")."""
    text = (
        "Eastvale Board Meeting Minutes\n12th March 2020\n"
        "Penny Bell (PB) Vice-Chairman\nWestshire Council\nCarl Dean (CD)\nEastvale College\n"
        "Zenon Quill (ZQ)\nQuill & Daughters\nSue Rook (SuR)\nWestshire Council\n"
        "Westshire Transport Police (WTP)\n"
        "Welcome from the Chair\nPB welcomed everyone to the meeting. ZQ noted an interest in "
        "item 4.\nMinutes of the last meeting\nThe minutes were agreed as a true record.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Penny Bell", "Vice-Chairman"), ("Carl Dean", None), ("Zenon Quill", None),
        ("Sue Rook", None)]
    alone = text.replace("Penny Bell (PB)", "Penny Bell").replace("Carl Dean (CD)", "Carl Dean")
    assert "Zenon Quill" not in [a.name for a in extract(alone).attendance]
    # "Name (NI) Post" a line: the post runs to the entry's end (a comma, a dash, or an "and"
    # before the next person), and a confirmed roll's tag may hold a middle initial the name
    # does not print ("Gus Hale (GPH)").
    board = (
        "Westshire Governance Board\n\nNotes of Meeting\n\nDate: 14th March 2024\n\n"
        "Ann Bell (AB) Chair, Police and Crime Commissioner\n\nCarl Dean (CD) T/Chief "
        "Constable\n\nGus Hale (GPH) Deputy Police and Crime Commissioner\n\n"
        "Kit Lowe (KL) Head of Estates – Guest presenter\n\n"
        "Mark Moss (MM) Chairman and Nia Owen (NO)\n\n"
        "1. Minutes of the meeting held on 15th February 2024.\nThe minutes were agreed.\n")
    assert [(a.name, a.capacity) for a in extract(board).attendance] == [
        ("Ann Bell", "Chair"), ("Carl Dean", "T/Chief Constable"),
        ("Gus Hale", "Deputy Police and Crime Commissioner"), ("Kit Lowe", "Head of Estates"),
        ("Mark Moss", "Chairman"), ("Nia Owen", None)]

def test_parish_rolls_without_a_present_heading() -> None:
    """Rolls with no "Present" heading above the first item: a chair's line with no colon
    over a "Councillors:" line (its column of parishioners names no one); one titled name a
    paragraph with capacities and roles in a column; "Minutes from …"; "In Attendence :"
    (misspelt) over "Councillors; A, B"."""
    text = (
        "Minutes of Meeting, Tuesday, 2nd July 2024\n\n"
        "Vice-Chairman Rowena Castell\n\n"
        "Councillors: B. Ansty, C. Belmont, D. Corder        Parishioners: 3\n\n"
        "601. Apologies for Absence: None\n\n602. Planning\n\nNo applications.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Rowena Castell", "Present", "Vice-Chairman"), ("B. Ansty", "Present", None),
        ("C. Belmont", "Present", None), ("D. Corder", "Present", None)]
    text = (
        "Minutes from the Fenwick Community Council meeting held at 7pm on Monday 8th April "
        "2024 at the Village Hall\n\n\n"
        "Cllr Huw Garner                    Chair\n\n"
        "Cllr Ann Lowri Bevan           Vice- Chair\n\n"
        "Cllr Maldwyn Pryce\n\n"
        "Cllr Gethin Rowe\n\n"
        "PCSO Non Jenkins               Dyfed-Powys Police\n\n"
        "Tegwen Ellis                        Clerk/ responsible financial officer\n\n"
        "24/01 Apologies of absence\n\nNone.\n"
    )
    m = extract(text)
    assert m.committee == "Fenwick Community Council"
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr Huw Garner", "Present", "Chair"), ("Cllr Ann Lowri Bevan", "Present", "Vice-Chair"),
        ("Cllr Maldwyn Pryce", "Present", None), ("Cllr Gethin Rowe", "Present", None),
        ("PCSO Non Jenkins", "AlsoInAttendance", "PCSO"),  # her rank, the post she holds
        ("Tegwen Ellis", "AlsoInAttendance", None)]
    text = (
        "Minutes of the Parish Council meeting\n\n held on Tuesday 5th March 2024\n\n"
        "In Attendence : Councillors; Marwood, Quince, Tallis. Two Members of the public\n\n"
        "Apologies: Councillor Upjohn\n"
    )
    m = extract(text)
    assert [a.name for a in m.attendance] == ["Marwood", "Quince", "Tallis", "Councillor Upjohn"]


def test_a_roll_read_by_its_layout_under_any_label_or_none() -> None:
    """Rolls no shape reader knows, read by layout and the name model: a label of people
    in no word list ("Members and Officers present:"), a table's bars round a label's cells,
    a full stop between two entries, and a line of names with no heading at all."""
    text = (
        "Minutes of the Meeting of the Council held on Monday, 3rd March 2025 at the Pavilion\n\n"
        "Members and Officers present: Mr A Farrow, Mrs B Gedge and Mrs C Hollis (Clerk).\n\n"
        "In attendance: Cllr Dora Ingram (NDC). PC Evan Jolley.\n\n"
        "1. Apologies\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Mr A Farrow", "Present", None), ("Mrs B Gedge", "Present", None),
        ("Mrs C Hollis", "AlsoInAttendance", "Clerk"),
        ("Cllr Dora Ingram", "AlsoInAttendance", None),
        ("PC Evan Jolley", "AlsoInAttendance", "PC")]  # the constable's rank, his post
    text = (
        "Minutes of the Parish Council Meeting held on Wed 5th March 2025 at 7pm\n"
        "Chair: | Cllr Fay Kemble |\n"
        "Also in attendance: | Grace Lumley (Parish Clerk) |\n"
        "Borough Cllrs: | Borough Cllr Harry Marsh |\n"
        "25/01 Apologies\nNone.\n"
    )
    m = extract(text)
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("Cllr Fay Kemble", "Present"), ("Cllr Harry Marsh", "Present"),
        ("Grace Lumley", "AlsoInAttendance")]
    text = (
        "Minutes of the Annual Parish Meeting held on Tuesday 6th May 2025\n"
        "Cllr Nash (Chair), Cllr Orme (Vice-Chair), Cllr Pike, PCSO Quinn, R Stott (Clerk)\n"
        "1. Apologies - Cllr Tate\n2. Minutes\nAgreed.\n"
    )
    m = extract(text)
    assert {"Cllr Nash", "Cllr Orme", "Cllr Pike", "PCSO Quinn", "R Stott"} <= {
        a.name for a in m.attendance}
    # One name a line, two or more together, under a status's word standing alone.
    text = (
        "Minutes of the Board held on 4 March 2025\n\nAlso present: Cllr Ann Vale\n\n"
        "APOLOGIES\n\nPeter Upton\nJohn Vick\n\n1. Minutes\n\nAgreed.\n"
    )
    assert [(a.name, a.status) for a in extract(text).attendance] == [
        ("Cllr Ann Vale", "AlsoInAttendance"), ("Peter Upton", "Apologies"),
        ("John Vick", "Apologies")]


def test_a_roll_table_saved_one_column_after_another() -> None:
    """A roll's table saved column by column: the names, a column of dashes, then the posts
    in the same order; the n-th post is the n-th name's. Columns of unequal length are not
    paired."""
    text = (
        "Westshire Scrutiny Committee - Thursday 6 March 2025\n\n"
        "Also in attendance:-\n\nMrs A Bower\n\nMr C Denning\n\nMs E Fairley\n\n"
        "-\n\n-\n\n-\n\nSenior Analyst\n\nPublic Health Manager\n\n"
        "Manager, Healthwatch Westshire\n\n"
        "HOS.1/25\n\nApologies for Absence\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("Mrs A Bower", "Senior Analyst"), ("Mr C Denning", "Public Health Manager"),
        ("Ms E Fairley", "Manager, Healthwatch Westshire")]
    short = text.replace("Manager, Healthwatch Westshire\n\n", "")
    assert [a.capacity for a in extract(short).attendance] == [None, None, None]


def test_the_layout_roll_reader_stays_silent_off_rolls() -> None:
    """No roll in a page's fields, its venue, a plan's caption or prose above the items:
    the name model reads no place, building, programme or sentence as a person."""
    text = (
        "Minutes of the Planning Committee held on 7 April 2025\n\n"
        "Venue: Orchard Room, Civic Centre, Westbury\n\n"
        "Contact: Ivy Naylor, Democratic Services Officer\n\n"
        "Item Location: Mill Lane, Eastbury\n\n"
        "I. Westbury Parish Plan:\n\n"
        "The Chairman welcomed Janet Reed and Paul Shaw to the meeting and thanked them.\n\n"
        "IN ATTENDANCE: Westbury & Eastbury Town Council\n\n"
        "1. Apologies\n\nNone.\n"
    )
    m = extract(text)
    names = [a.name for a in m.attendance]
    assert not any(n in names for n in (
        "Orchard Room", "Civic Centre", "Ivy Naylor", "Mill Lane", "I. Westbury Parish Plan",
        "Janet Reed", "Paul Shaw", "Westbury", "IN ATTENDANCE"))


def test_late_arrival_between_the_lists() -> None:
    """"Cllr A joined the meeting at 8.05pm" below the list of who was present: present,
    and the labelled lists below it ("Clerk: Mr B") are still read."""
    text = (
        "Bryn Community Council Meeting held on Wednesday 10th July 2024\n\n"
        "Present: Cllrs: G Ellis (Chair), H Foulkes, R Gwilym\n\n"
        "Cllr D Lloyd joined the meeting at 8.05pm\n\n"
        "Clerk: Mr E Parry\n\n"
        "Apologies: Cllrs J Morris, K Nash\n\n"
        "41/24 Declarations of interest\n\nNone.\n\n42/24 Matters arising\n\nNone.\n"
    )
    m = extract(text)
    assert sorted((a.name, a.status) for a in m.attendance) == [
        ("Cllr D Lloyd", "Present"), ("G Ellis", "Present"), ("H Foulkes", "Present"),
        ("J Morris", "Apologies"), ("K Nash", "Apologies"), ("Mr E Parry", "AlsoInAttendance"),
        ("R Gwilym", "Present")]


def test_items_caption_over_minutes_whose_titles_were_lost() -> None:
    """Below an "Item Number Item/Resolution" caption no title survived: the minutes there
    are one untitled item, so the earlier minutes they confirm are still read."""
    text = (
        "Audit Panel Minutes\n\nMonday 4 March 2024\n\n"
        "Attendance Details\n\nCouncillor A Rendall (Chair); Councillor B Sowerby\n\n"
        "Item Number Item/Resolution\n\n"
        "The minutes of the Audit Panel held on 5 February 2024 were taken as read and "
        "approved as a correct record.\n\n"
        "The Panel considered the internal audit plan and noted it.\n"
    )
    m = extract(text)
    (item,) = m.items
    assert item.title == ""
    assert str(item.confirms_minutes_of.date) == "2024-02-05"
    assert [a.name for a in m.attendance] == ["Councillor A Rendall", "Councillor B Sowerby"]


def test_apologies_item_title_with_names_after_a_colon() -> None:
    """"12a/24 Apologies: R Quillam" — the names on the numbered title's line."""
    text = (
        "Draft minutes of meeting held on 3rd September 2024 at 7.30 pm in the Hall.\n\n"
        "Present: Cllrs T Ashby (TA), U Brandt (UB)\n\n"
        "12a/24 Apologies: R Quillam\n\n"
        "12b/24   Declarations of Interest: None declared.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance][-1] == ("R Quillam", "Apologies")


def test_venue_line_set_apart_is_no_item() -> None:
    """A ModernGov page cut above its "No. Item" caption: the "Venue: …" line set apart by
    wide gaps like a title is the page's heading, so the contact below it is still read."""
    text = (
        "Housing Board - Tuesday, 14th May, 2024 6.00 pm\n\n\n"
        "Venue: Committee Room 1 - Civic Centre. View directions\n\n"
        "Contact: Iris Tolland  01902 555000 or Email:\n\n\n"
        "Apologies for absence\n\nNone.\n\n\n"
        "Declarations of interest\n\nNone.\n\n\n"
        "Minutes of the previous meeting (2 April 2024) pdf icon PDF 120 KB\n\n"
        "The minutes were approved as a correct record.\n"
    )
    m = extract(text)
    assert m.items[0].title == "Apologies for absence"
    assert [c.label for c in m.contacts] == ["Iris Tolland"]


def test_pdf_title_block_with_paragraph_numbers() -> None:
    """Council name, committee, then time glued to the date; paragraph-numbered minutes;
    a "Present:" line naming members by surname with their roles in brackets."""
    text = (
        "Exampleton City Council\nHousing Committee\n6.30pm2 February 2022\nTown Hall\n"
        "MINUTES\n"
        "Present: Councillor Jane Hill (Chair) Patel (Opposition Spokesperson) and Okafor "
        "(Group Spokesperson).\n"
        "Also present via video link: Independent Adviser Dr Sam Lee\n"
        "PART ONE\n"
        "1 Procedural Business\n"
        "1.1 There were no declarations of interest.\n"
        "1.2 RESOLVED: That the press and public be excluded for the part two items.\n"
        "2 Minutes\n"
        "2.1 The minutes of the last meeting held on the 8 December 2021 were approved.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time)) == (
        "Housing Committee", "2022-02-02", "18:30:00")
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Councillor Jane Hill", "Present", "Chair"),
        ("Patel", "Present", None),
        ("Okafor", "Present", None),
        ("Dr Sam Lee", "AlsoInAttendance", "Independent Adviser"),  # the post before
    ]
    assert _numbered(m) == [
        ("1", "Procedural Business"), ("2", "Minutes")]
    assert len(m.items[0].resolutions) == 1
    ref = m.items[1].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2021-12-08"


def test_issue_page_without_an_item_heading() -> None:
    text = (
        "Issue - meetings\n\nApologies for Absence\n\n"
        "Meeting: 04/03/2015 - Overview and Scrutiny Board (Item 12)\n\n\n"
        "Apologies for absence were received from Councillors A. Bell, C. D. Evans and "
        "F. Grant.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Overview and Scrutiny Board", "2015-03-04")
    assert _numbered(m) == [("12", "Apologies for Absence")]
    assert [a.name for a in m.attendance] == ["A. Bell", "C. D. Evans", "F. Grant"]


def test_agenda_item_page_breadcrumb_names_the_meeting() -> None:
    """A ModernGov agenda-item page prints its meeting as a breadcrumb under the item's
    title ("- Meeting of Cabinet, Tuesday, 3rd March, 2020 7.00 pm (Item 5.)"): the page's
    own committee and date."""
    text = (
        "Agenda item\nLibrary Opening Hours Review\n"
        "- Meeting of Communities Scrutiny Panel, Tuesday, 3rd March, 2020 7.00 pm (Item 5.)\n"
        "- View the background to item 5.\n"
        "To consider the review.\nMinutes:\n"
        "The Panel noted the report and asked for a further update in June.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Communities Scrutiny Panel", "2020-03-03")
    assert _numbered(m) == [("5", "Library Opening Hours Review")]


def test_meeting_of_sentence_is_no_breadcrumb() -> None:
    """"Meeting of …, date" inside a minute's sentence is another meeting, not the page's."""
    text = (
        "Agenda item\nLibrary Opening Hours Review\nMinutes:\n"
        "The Panel noted the report. Members recalled the Meeting of the Cabinet, "
        "Tuesday, 3rd March, 2020 and asked for an update.\n"
    )
    assert extract(text).date is None


def test_confirmation_dated_by_the_item_title() -> None:
    text = (
        "Agenda and minutes\n\nLicensing Committee - Monday, 9th March, 2020 7.00 pm\n\n"
        "Items\nNo. Item\n\n7.\n\nTo receive the Minutes of the meeting held on 3 February "
        "2020 pdf icon PDF 90 KB\n\nMinutes:\n\nThe minutes of the last meeting were agreed "
        "as a correct record.\n"
    )
    (item,) = extract(text).items
    assert item.confirms_minutes_of is not None
    assert item.confirms_minutes_of.date.isoformat() == "2020-02-03"


def test_bare_decision_fragment_is_one_item() -> None:
    text = (
        "Changes in Membership\nTo note any changes in membership of the Panel.\n"
        "It was noted that the apologies of Councillors Ahmed, and Brown were noted.\n"
        "RESOLVED that Councillor Y Chen would chair the meeting.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == ["Changes in Membership"]
    assert m.resolutions[0].text == "Councillor Y Chen would chair the meeting."
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Ahmed", "Apologies"), ("Brown", "Apologies")]


def test_moderngov_page_indented_throughout_with_sub_items() -> None:
    """Some saved pages indent everything under the site's menu; sub-items print as "4.1";
    Welsh councils write "UNANIMOUSLY RESOLVED"; titles in capitals may end in a stop; a
    numbered list in an item's agenda text is not an item (the page numbers its items alone
    on their lines)."""
    text = (
        "  • Meetings\n  • Agenda and minutes\n\n"
        "    Scrutiny Panel - Tuesday, 4th June, 2019 2.00 pm\n\n"
        "    Items\n    No. Item\n\n"
        "    1.\n\n    APOLOGIES FOR ABSENCE.\n\n    Minutes:\n\n    There were none.\n\n"
        "    2.\n\n    Declarations of Interest\n\n    Members must declare:\n\n"
        "    3          Any contract between them and the authority\n\n"
        "    Minutes:\n\n    None.\n\n"
        "    4.\n\n    MINUTES\n\n"
        "    4.1\n\n    12TH MARCH, 2019 pdf icon PDF 120 KB\n\n    Minutes:\n\n"
        "    UNANIMOUSLY RESOLVED that the minutes of the meeting held on the 12th March, 2019 "
        "be signed as a correct record.\n\n"
        "    5.\n\n    Budget Monitoring\n\n    Minutes:\n\n    Noted.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Scrutiny Panel", "2019-06-04")
    assert [(i.number, i.title, i.parent_number) for i in m.items] == [
        ("1", "APOLOGIES FOR ABSENCE.", None),
        ("2", "Declarations of Interest", None),
        ("4", "MINUTES", None),
        ("4.1", "12TH MARCH, 2019", "4"),
        ("5", "Budget Monitoring", None),
    ]
    sub = m.items[3]
    assert [r.marker for r in sub.resolutions] == ["RESOLVED"]
    assert sub.resolutions[0].text.startswith("the minutes of the meeting")
    assert sub.confirms_minutes_of is not None
    assert sub.confirms_minutes_of.date.isoformat() == "2019-03-12"


def test_minute_numbers_with_a_letter_and_the_year_first() -> None:
    """Kent-style minute numbers ("C 19/021": council letter, year, number) on the title's
    line; "PART 1 - PUBLIC" is a part heading, not an item; "RESOLVED that, subject to …"."""
    text = (
        "Meeting documents\n\nLicensing Board\nWednesday, 9th October, 2019 7.30 pm\n\n"
        "PART 1 - PUBLIC\n"
        "L 19/021 Election of Chairman\n"
        "RESOLVED: That Councillor P Green be elected Chairman.\n"
        "L 19/022 Minutes\n"
        "RESOLVED that, subject to one correction, the Minutes of the proceedings of the "
        "meeting of the Licensing Board held on 11 September 2019 be approved.\n"
        "L 19/023 Fees Review\n"
        "Members discussed the fees.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Licensing Board", "2019-10-09")
    assert _numbered(m) == [
        ("L 19/021", "Election of Chairman"), ("L 19/022", "Minutes"),
        ("L 19/023", "Fees Review")]
    minutes = m.items[1]
    assert minutes.resolutions[0].text.startswith("subject to one correction")
    assert minutes.confirms_minutes_of is not None
    assert (minutes.confirms_minutes_of.committee,
            minutes.confirms_minutes_of.date.isoformat()) == ("Licensing Board", "2019-09-11")


def test_resolution_clauses_with_capital_letters() -> None:
    text = (
        "Minutes of the Executive held on 2 May 2022\n\n8. Housing Plan\n\n"
        "RESOLVED:\n\nThat the Executive:\n\nA:  approves the plan; and\n\n"
        "(B) notes the risks.\n\nThe meeting closed.\n"
    )
    (res,) = extract(text).resolutions
    assert [(c.label, c.text) for c in res.clauses] == [
        ("A", "approves the plan; and"), ("B", "notes the risks.")]


@pytest.mark.parametrize(
    ("text", "committee", "when", "at"),
    [
        (  # a PDF whose lines were run together: the meeting, then an item confirming another
            "At a meeting of the Northshire Combined Authority held in the Authority Chamber, "
            "Northtown on Friday, 6th October, 2017 the following Members were present: "
            "Mayor A Lee. 12. MINUTES OF THE MEETING HELD ON 1 SEPTEMBER 2017 RESOLVED - That "
            "the minutes be approved.\n",
            "Northshire Combined Authority", "2017-10-06", None,
        ),
        (  # a ModernGov page saved with its title
            "Agenda for Planning Committee (pre 2019) on Tuesday, 3rd March, 2015, 7.00pm\n\n"
            "Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n",
            "Planning Committee (pre 2019)", "2015-03-03", "19:00",
        ),
        (  # a meeting with a title of its own before the committee's name
            "Agenda and minutes\n\nRescheduled meeting, Cabinet - Monday, 1st July, 2019 "
            "2.00 pm\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n",
            "Cabinet", "2019-07-01", "14:00",
        ),
        (  # a parish page: a short title, then the full heading, held remotely, 24-hour clock
            "Minutes - Full Council - 5th May 2020\n\nMinutes of a meeting of Ashby Parish "
            "Council held remotely via Zoom on 5th May 2020 at 19:30\nPresent: Cllrs A Bell "
            "and C Dean\n\n1. Apologies\nNone.\n",
            "Ashby Parish Council", "2020-05-05", "19:30",
        ),
        (  # a Welsh community council: "at 7.00.p.m."
            "CYNGOR CYMUNED DOLAU COMMUNITY COUNCIL Minutes of the meeting of the Dolau "
            "Community Council held at the Village Hall on Monday, 13th March, 2017, at "
            "7.00.p.m.\n\n1. Apologies\nNone.\n",
            "Dolau Community Council", "2017-03-13", "19:00",
        ),
        (  # the body, then "Minutes", then the date, the ordinal set apart from its number
            "3 BRAMWELL PARISH COUNCIL MINUTES 14 th March 2021\nPresent: Cllr Ames, "
            "Cllr Boyd\n\n1. Apologies\nNone.\n",
            "BRAMWELL PARISH COUNCIL", "2021-03-14", None,
        ),
        (  # ... with a state word before it and a dash before the date
            "Draft Leisure and Amenities Committee Minutes – 2nd June 2019\n\n1. Apologies"
            "\nNone.\n",
            "Leisure and Amenities Committee", "2019-06-02", None,
        ),
        (  # the page's word for itself after the body's name, the date below
            "Corporate Wellbeing Panel Minutes\n\nThursday, 5th March, 2020\n10.00 a.m.\n\n"
            "1. Apologies\nNone.\n",
            "Corporate Wellbeing Panel", "2020-03-05", None,
        ),
        (  # ... with its state and kind ("Approved Committee Minutes")
            "Wardens' Committee - Approved Committee Minutes - 9 May 2012\n\n1. Apologies\n"
            "None.\n",
            "Wardens' Committee", "2012-05-09", None,
        ),
        (  # no state word before it: a body's own "Committee" stays
            "Harbour Committee\n\nThursday, 5th March, 2020\n\n1. Apologies\nNone.\n",
            "Harbour Committee", "2020-03-05", None,
        ),
        (  # the body, "Meeting held on" and the date on one line, under an upload's label
            "June 2022 Minutes\n\nUploaded on July 30, 2022\n\nHollin Community Council Meeting "
            "held on Tuesday 14th June 2022\n\n1. Apologies\nNone.\n",
            "Hollin Community Council", "2022-06-14", None,
        ),
        (  # ... or the kind of meeting and the date after a dash
            "Town Council Annual Meeting – 9th May 2019\n\n1. Apologies\nNone.\n",
            "Town Council", "2019-05-09", None,
        ),
        (  # "on" before the date, with no "held": no part of the body's name
            "Minutes of a Meeting of the Parish Council on 3/5/2023\nPresent: Cllr Ames, "
            "Cllr Boyd\n\n1. Apologies\nNone.\n",
            "Parish Council", "2023-05-03", None,
        ),
        (  # ... and a body named in capitals keeps its name
            "Minutes of the meeting of the Cabinet on Tuesday 3 May 2023\n\n1. Apologies\n"
            "None.\n",
            "Cabinet", "2023-05-03", None,
        ),
        (  # the body's name, "Notes of Meeting", then a "Date:" label
            "Skip to main content\n\nElmford Partnership Board\n\nNotes of Meeting\n\n"
            "Date: 4th March 2024\n\nTime: 10:00hrs\n\nAnn Bell (AB) Chair\n\n"
            "1. Apologies\nNone.\n",
            "Elmford Partnership Board", "2024-03-04", None,
        ),
        (  # ... "Record of Meeting", the date under its label on the next line
            "Youth Scrutiny Panel\nRecord of Meeting\nDate:\nThursday 4 April 2024\n\n"
            "1. Apologies\nNone.\n",
            "Youth Scrutiny Panel", "2024-04-04", None,
        ),
    ],
    ids=["at-a-meeting", "page-title", "meeting-title", "parish-remote", "welsh-time",
         "body-minutes-date", "draft-body-minutes-date", "minutes-after-the-body",
         "approved-committee-minutes", "committee-kept", "body-meeting-held-on",
         "body-meeting-dash-date", "meeting-of-on-date", "meeting-of-named-body-on-date",
         "body-notes-of-meeting-date-label", "body-record-of-meeting-date-below"],
)
def test_meeting_headings_in_more_styles(text: str, committee: str, when: str,
                                         at: str | None) -> None:
    m = extract(text)
    assert (m.committee, str(m.date)) == (committee, when)
    assert (m.start_time.strftime("%H:%M") if m.start_time else None) == at


def test_the_body_on_the_line_above_a_heading_that_names_none() -> None:
    """ "MAPLE PARISH COUNCIL" over "Minutes of the meeting held on …": the line above names
    the body; a title line above ("… Draft Minutes of …") or a sentence names none."""
    text = ("MAPLE PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 4th May 2021\n\n"
            "Present: Cllr Ames, Cllr Boyd\n\n1. Apologies\nNone.\n")
    m = extract(text)
    assert (m.committee, str(m.date)) == ("MAPLE PARISH COUNCIL", "2021-05-04")
    assert text[m.committee_span.start:m.committee_span.end] == "MAPLE PARISH COUNCIL"
    for above in ("Parish Council – Draft Minutes of 4 May 2021",
                  "The Parish Council met in the hall."):
        m = extract(f"{above}\nMinutes of the meeting held on 4 May 2021\n\nPresent: Cllr "
                    "Ames, Cllr Boyd\n\n1. Apologies\nNone.\n")
        assert (m.committee, str(m.date)) == (None, "2021-05-04")


def test_the_body_on_the_line_above_the_line_that_dates_the_page() -> None:
    """ "EAST LOWBY PARISH COUNCIL" over "DRAFT Minutes of the meeting: Wednesday 29th May
    2024" (a date read as the fallback, no heading the reader knows): the line above names
    the body, a dash after it no part of its name; not a title or a sentence that speaks of a
    meeting, nor a council's tier alone."""
    text = ("EAST LOWBY PARISH COUNCIL -\nDRAFT Minutes of the meeting: Wednesday 29th May 2024\n"
            "Present: Cllrs A Ames, B Boyd and C Carr\n\n1. Apologies\nNone.\n")
    m = extract(text)
    assert (m.committee, str(m.date)) == ("EAST LOWBY PARISH COUNCIL", "2024-05-29")
    assert text[m.committee_span.start:m.committee_span.end] == "EAST LOWBY PARISH COUNCIL"
    # Doubled spaces and a tab in the printed name: the name is collapsed, the span is the
    # whole printed name.
    spaced = text.replace("EAST LOWBY PARISH COUNCIL -", "EAST  LOWBY\tPARISH   COUNCIL -")
    m = extract(spaced)
    assert m.committee == "EAST LOWBY PARISH COUNCIL"
    assert spaced[m.committee_span.start:m.committee_span.end] == "EAST  LOWBY\tPARISH   COUNCIL"
    for above in ("Lowby Board Minute", "A meeting of the Lowby Board was held in the Hall,",
                  "Parish Council"):
        m = extract(f"{above}\nDRAFT Minutes of the meeting: Wednesday 29th May 2024\n"
                    "Present: Cllrs A Ames, B Boyd and C Carr\n\n1. Apologies\nNone.\n")
        assert (m.committee, str(m.date)) == (None, "2024-05-29"), above


def test_a_heading_after_the_bodys_name_with_its_state_capitalised() -> None:
    """ "LOWBY DISTRICT COUNCIL – 20/03/19 Confirmed Minutes of the Council meeting held …":
    the capitalised state word is the title's, so the heading is read; the same words in a
    sentence that confirms earlier minutes are none."""
    text = ("Minutes of a Meeting Held at the Town Hall, Lowby\nTotal Page:16\n"
            "LOWBY DISTRICT COUNCIL – 20/03/19 Confirmed Minutes of the Council meeting held at "
            "Riverside, Lowby on Wednesday, 20 March 2019 at 6.30 pm.\nPresent: Cllr Ames, "
            "Cllr Boyd\n\n1. Apologies\nNone.\n")
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Council", "2019-03-20")
    text = ("Present: Cllr Ames, Cllr Boyd\n\nThe Council confirmed minutes of the Council "
            "meeting held at Riverside, Lowby on Wednesday, 20 March 2019.\n\n1. Apologies\n"
            "None.\n")
    assert extract(text).date is None


def test_minutes_named_in_a_sentence_are_no_heading() -> None:
    """ "The Council minutes 4 May 2021 …" inside a sentence, or below the page's first
    items, names earlier minutes, not this meeting: no body-minutes-date heading."""
    text = ("Present: Cllr Ames, Cllr Boyd\n\n1. Apologies\nNone.\n\n2. Interests\nNone.\n\n"
            "3. Minutes\nFinance Committee Minutes 4 May 2021\n\nRESOLVED: that they be "
            "approved.\n")
    assert extract(text).committee is None
    text = ("The Council minutes 4 May 2021 were approved.\nPresent: Cllr Ames, Cllr Boyd\n\n"
            "1. Apologies\nNone.\n")
    assert extract(text).committee is None
    # a meeting to come is no heading either
    for line in ("Next Parish Council Meeting 5 June 2021",
                 "Parish Council Meeting to be held on 5 June 2021"):
        m = extract(f"{line}\nPresent: Cllr Ames, Cllr Boyd\n\n1. Apologies\nNone.\n")
        assert m.committee is None


def test_apologies_in_more_styles() -> None:
    """Apologies as councils word them; a place in brackets is not split at its "and"; a role
    after a name is not a name; a ModernGov item printing its decision and its minute gives
    each name once."""
    text = (
        "Agenda, decisions and minutes\n\nAudit Panel - Monday, 2nd March, 2020 10.00 am\n\n"
        "Items\nNo. Item\n\n"
        "1.\n\nApologies\n\nDecision:\n\nApologies were received from Cllr Ann Bell "
        "(Stoke and Hanley) and Councillor Tom Hale, Chair, Finance Committee.\n\n"
        "Minutes:\n\nApologies were received from Cllr Ann Bell (Stoke and Hanley) and "
        "Councillor Tom Hale, Chair, Finance Committee.\n\n"
        "2.\n\nMembership\n\nMinutes:\n\nCouncillors Rhys Ellis and Mair Lloyd apologised for "
        "their inability to attend. An apology for absence was received on behalf of "
        "Councillor P. J. Short.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr Ann Bell", "Apologies"),
        ("Councillor Tom Hale", "Apologies"),
        ("Rhys Ellis", "Apologies"),
        ("Mair Lloyd", "Apologies"),
        ("Councillor P. J. Short", "Apologies"),
    ]


def test_confirmation_without_held_and_a_private_part() -> None:
    text = (
        "Minutes of a meeting of the Licensing Committee held on Tuesday 3 March 2020\n\n"
        "PART 1 - PUBLIC\n\n"
        "1. Approval of Minutes\n\nRESOLVED\n\nThat the minutes of the meeting of the "
        "Committee on Tuesday 4 February 2020 be approved as a correct record.\n\n"
        "PART 2 - PRIVATE\n\n"
        "2. Premises Review\n\nMembers considered the review.\n"
    )
    m = extract(text)
    first, second = m.items
    assert first.confirms_minutes_of is not None
    assert first.confirms_minutes_of.date.isoformat() == "2020-02-04"
    assert (first.exempt, second.exempt) == (False, True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contact: Sharon Turner: Democratic Services Officer", ["Sharon Turner"]),
        ("Contact: Council Secretary: Ian Willett  Tel: 01992 564243", ["Ian Willett"]),
        ("Contact: Mark Tressel Senior Democratic Services Manager", ["Mark Tressel"]),
        ("Contact: Nia Hughes  Policy and Scrutiny Adviser", ["Nia Hughes"]),
        ("Contact: Tom Lee  Deputy Clerk", ["Tom Lee"]),
        ("Contact: Lena Oakes  Democracy Officer", ["Lena Oakes"]),
        ("Contact: Tom Eyre  Policy and Scrutiny Adviser", ["Tom Eyre"]),
        ("Contact: Ada Penrose-Hill  Deputy Manager Committee Services", ["Ada Penrose-Hill"]),
        ("Contact: Ivo Marsh - Tel: 0191 433 3045 - Email:", ["Ivo Marsh"]),
        ("Contact: Democratic Services  Email: democracy@example.gov.uk", []),
        ("Contact: Una Cole on 01234 567890", ["Una Cole"]),
        # the officer named after their post on a line of the header
        ("Parish Council Clerk: Jo Dean |", ["Jo Dean"]),
    ],
)
def test_contact_lines_name_the_officer_not_their_role(line: str, names: list[str]) -> None:
    text = (f"Audit Committee - Monday 3rd July 2023 10:00am\n\n{line}\n\n1.\n\nReport\n\n"
            "Minutes:\n\nRESOLVED – That the report be noted.\n")
    minutes = extract(text)
    assert [c.label for c in minutes.contacts] == names
    for c in minutes.contacts:
        assert text[c.span.start : c.span.end] == c.label


def test_a_chairs_post_printed_after_an_initialled_name() -> None:
    """"Councillor Mr P Hale Chairman": after an honorific and initials the surname is one
    word, so a chair's post after it is the capacity, no part of the name; a surname of
    two words with no post after it stays whole (negative)."""
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\nCouncillors Present\n"
            "Councillor Mr P J Hale Chairman\nCouncillor Mrs R Ince\n"
            "Councillor Mr A Smith Jones\n\n1. Minutes\n\nAgreed.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Mr P J Hale", "Chairman"), ("Mrs R Ince", None), ("Mr A Smith Jones", None)]


def test_a_chairs_capacity_in_brackets_in_lower_case() -> None:
    """Parish and community councils print the chair's capacity in lower case ("Ann Bell
    (chair), Carl Dean (vice chair), …"): the same capacity as "(Chair)", named as a post.
    Negative: "(in the chair)" in lower case says where the member sat, no post."""
    text = ("Minutes of the Meeting of Westmoor Parish Council held on 4 March 2015\n\n"
            "Present: Ann Bell (chair), Carl Dean (vice chair), Eve Fox, Gus Hale\n\n"
            "Apologies: Ian Jones (vice-chairman)\n\n1. Minutes\n\nThe minutes were approved.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Ann Bell", "Chair"), ("Carl Dean", "Vice-Chair"), ("Eve Fox", None),
        ("Gus Hale", None), ("Ian Jones", "Vice-Chairman")]
    sat = text.replace("Ann Bell (chair)", "Cllr. Bell (in the chair)")
    first = extract(sat).attendance[0]
    assert (first.name, first.capacity) == ("Cllr. Bell", None)


def test_a_post_after_a_name_in_a_roll_is_its_capacity() -> None:
    """"Name, Post" entries (one a line, or between semicolons) keep the post as the capacity
    the person attended in, a post joined by "&" whole, a bracketed part kept."""
    text = (
        "Minutes of the Harbour Board held on 3 May 2023\n\n"
        "Present: Councillors A Bell (Chair), C Dean and E Fox.\n\n"
        "Also in attendance:\nMr G Hale, Clerk & Chief Executive\n"
        "Mrs J Ince, Director of Harbours\n\n"
        "1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held["Mr G Hale"] == "Clerk & Chief Executive"
    assert held["Mrs J Ince"] == "Director of Harbours"
    text = (
        "Minutes of the Harbour Board held on 3 May 2023\n\n"
        "ATTENDING:\n\nKit Lowe, Chief Executive; Mo Nash, Executive Director\n(Ports); "
        "Pat Orr, Committee Manager, Legal Service; Sam Pike Head of Estates.\n\n"
        "1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held == {"Kit Lowe": "Chief Executive", "Mo Nash": "Executive Director (Ports)",
                    "Pat Orr": "Committee Manager", "Sam Pike": "Head of Estates"}
    text = ("Minutes of the Harbour Board held on 3 May 2023\n\nPresent: Councillor A Bell\n\n"
            "Officers in attendance: Jo Kerr (Head of Legal Services) and Al Ray (Clerk)\n\n"
            "1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held["Jo Kerr"] == "Head of Legal Services"
    # A note on when they attended, in brackets after the post, is no part of it.
    text = ("Minutes of the Harbour Board held on 3 May 2023\n\n"
            "In attendance: Mr Cy Dunne, Director of Ports [Item 2 only], Kay Boyd, Head of "
            "Estates (for item 4), Lu Tan, Finance Manager (Minutes 5-7)\n\n"
            "1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held == {"Mr Cy Dunne": "Director of Ports", "Kay Boyd": "Head of Estates",
                    "Lu Tan": "Finance Manager"}


def test_the_body_an_attendee_came_from_is_their_organisation() -> None:
    """Partner boards print the body each member comes from beside the name: in brackets, after
    a dash, after the post, or after "representing"; it is kept, with its span, as the
    attendee's organisation. A ward, a party group or a post in the same places is no body."""
    text = (
        "Minutes of the Eastmoor Health and Wellbeing Board held on 3 May 2023\n\n"
        "Present:\nCouncillor Kim Vale (Chair), Dr Ravi Okafor (NHS Eastmoor ICB),\n"
        "Jen Cray – Eastmoor Constabulary, Mr Ola Dunn, Co-opted Member, Fernbury Housing "
        "Association,\nPat Lyle, Director of Public Health, Eastmoor Borough Council,\n"
        "Mo Reid, representing Eastmoor Fire and Rescue Service, Cllr Ted Shaw (Hillcrest), "
        "Cllr Ivy Moss (Green Group), Mr Ned Pope (Vice-Chair of the Board)\n\n"
        "In attendance: Lou Finch (Healthwatch Eastmoor); Sal Ng, Head of Democratic Services, "
        "Eastmoor Borough Council\n\n"
        "1. Apologies\n\nNone.\n")
    m = extract(text)
    came_from = {a.name: a.organisation for a in m.attendance}
    assert came_from == {
        "Councillor Kim Vale": None, "Dr Ravi Okafor": "NHS Eastmoor ICB",
        "Jen Cray": "Eastmoor Constabulary", "Mr Ola Dunn": "Fernbury Housing Association",
        "Pat Lyle": "Eastmoor Borough Council", "Mo Reid": "Eastmoor Fire and Rescue Service",
        "Cllr Ted Shaw": None, "Cllr Ivy Moss": None, "Mr Ned Pope": None,
        "Lou Finch": "Healthwatch Eastmoor", "Sal Ng": "Eastmoor Borough Council"}
    held = {a.name: a.capacity for a in m.attendance}
    assert held["Mr Ola Dunn"] == "Co-opted Member"
    assert held["Pat Lyle"] == "Director of Public Health"
    assert held["Sal Ng"] == "Head of Democratic Services"
    for a in m.attendance:
        if a.organisation_span is not None:
            assert text[a.organisation_span.start:a.organisation_span.end] == a.organisation
    # "Representing: …" on a line of its own under the name; a ward with a body's head word.
    text = (
        "Minutes of the Eastmoor Police and Crime Panel held on 3 May 2023\n\n"
        "Present:\nKit Lowe\nRepresenting: Eastmoor Fire and Rescue Service\nCllr Al Ray "
        "(Town Centre)\n\n1. Apologies\n\nNone.\n")
    assert {a.name: a.organisation for a in extract(text).attendance} == {
        "Kit Lowe": "Eastmoor Fire and Rescue Service", "Cllr Al Ray": None}
    # A post and a body in the brackets: both kept.
    text = ("Minutes of the Eastmoor Joint Committee held on 3 May 2023\n\n"
            "Present: Mr Bo Cole (Chairman, Ambridge Parish Council), Cllr Al Ray, Cllr Di Ash "
            "and Mr Dai Ash (Locality Steward, Fernbury Highways Ltd)\n\n1. Minutes\n\nAgreed.\n")
    got = {a.name: (a.capacity, a.organisation) for a in extract(text).attendance}
    assert got["Mr Bo Cole"] == ("Chairman", "Ambridge Parish Council")
    assert got["Mr Dai Ash"] == ("Locality Steward", "Fernbury Highways Ltd")
    # A body by its short form alone in brackets; not the person's initials (perhaps with a
    # middle one the name does not print: "Max Dunn (MRD)"), a party, honours,
    # a post or an officer's post ending in Officer's "O".
    text = ("Minutes of the Fernbury Parish Council held on 3 May 2023\n\n"
            "Present: Cllr Al Ray (Chair), Nia Hart (WRCC), Cllr Jo Hale (EDC), Dan M Ford "
            "(DMF), Ed O'Neill (EON), Cllr Di Ash (SNP), Mr Bo Cole (OBE), Sue Pike (RFO), "
            "Cllr Ty Bell (MEP), Kay Orr (CHAIR), Max Dunn (MRD)\n\n1. Minutes\n\nAgreed.\n")
    got = {a.name: a.organisation for a in extract(text).attendance}
    assert got["Nia Hart"] == "WRCC" and got["Cllr Jo Hale"] == "EDC"
    assert not {k: v for k, v in got.items() if v and k not in ("Nia Hart", "Cllr Jo Hale")}
    # After a dash: a post, then the body after its comma; a body whose name has an "and";
    # a firm named by its trade.
    text = ("Minutes of the Eastmoor Joint Committee held on 3 May 2023\n\n"
            "In attendance: Ann Cole – Head of Housing, Eastmoor Council; Tom Lee – Eastmoor "
            "Fire and Rescue Service; Jo Kerr, Fernbury Homes\n\n1. Minutes\n\nAgreed.\n")
    got = {a.name: (a.capacity, a.organisation) for a in extract(text).attendance}
    assert got == {"Ann Cole": ("Head of Housing", "Eastmoor Council"),
                   "Tom Lee": (None, "Eastmoor Fire and Rescue Service"),
                   "Jo Kerr": (None, "Fernbury Homes")}
    # Apologies printed twice (decision and minute), the body in one of them only.
    text = ("Minutes of the Eastmoor Joint Committee held on 3 May 2023\n\n"
            "1. Apologies\n\nApologies were received from Ms Jo Kerr.\n\nApologies were "
            "received from Ms Jo Kerr (Eastmoor Constabulary).\n\n2. Minutes\n\nAgreed.\n")
    assert [(a.name, a.organisation) for a in extract(text).attendance] == [
        ("Ms Jo Kerr", "Eastmoor Constabulary")]
    # After a councillor, a body other than a council is one more entry, not theirs.
    text = ("Minutes of the Eastmoor Joint Committee held on 3 May 2023\n\n"
            "Apologies: Cllr Al Ray, Eastmoor Constabulary and Cllr Di Ash, Westmoor Council\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert {a.name: a.organisation for a in extract(text).attendance} == {
        "Cllr Al Ray": None, "Cllr Di Ash": "Westmoor Council"}
    # A joint body's members listed under the body each came from.
    text = (
        "Minutes of the Eastmoor Joint Committee held on 3 May 2023\n\n"
        "Present:\nEastmoor Borough Council: Cllr A Bell, Cllr B Cole\n"
        "Westmoor District Council: Cllr C Dean\n\n1. Apologies\n\nNone.\n")
    assert {a.name: a.organisation for a in extract(text).attendance} == {
        "Cllr A Bell": "Eastmoor Borough Council", "Cllr B Cole": "Eastmoor Borough Council",
        "Cllr C Dean": "Westmoor District Council"}


def test_names_body_tells_a_body_from_a_post_or_a_place() -> None:
    assert names_body("NHS Eastmoor ICB") and names_body("Eastmoor Constabulary")
    assert names_body("Fernbury Housing Association") and names_body("Healthwatch Eastmoor")
    assert names_body("Fernbury Homes") and not names_body("Affordable Housing")
    for not_body in ("Hillcrest", "Green Group", "Director of Public Health",
                     "Vice-Chair of the Board", "the Council", "Hillcrest Ward", "Town Centre"):
        assert not names_body(not_body), not_body


def test_without_the_trims_a_leading_article_once() -> None:
    """One rule for every reader that trims "the" off a name: "The"/"the" and any blanks
    after it; "THE" only where asked (a line in capitals); a name that is only "The", or
    "the" inside a name, stays."""
    from kg.patterns import without_the

    assert without_the("the Clerk") == "Clerk"
    assert without_the("The\tFinance  Committee") == "Finance  Committee"
    assert without_the("THE WESTBURY TRUST") == "THE WESTBURY TRUST"
    assert without_the("THE WESTBURY TRUST", any_case=True) == "WESTBURY TRUST"
    assert without_the("the the Board") == "the Board"
    assert without_the("The") == "The" and without_the("Theatre Board") == "Theatre Board"
    assert without_the("Friends of the Park") == "Friends of the Park"


def test_names_body_reads_party_groups_from_the_lexicon() -> None:
    """A party's group on the council is no outside body, by the parties the lexicon lists
    (one list, which the language pipeline reads too): the Northern Irish and Scottish
    parties among them, a party's name and more before "Group"; a firm's group stays one."""
    from kg.nlp.lexicon import lexicon
    from kg.patterns import party_names

    assert party_names() == lexicon().party_names
    for group in ("SDLP Group", "Sinn Féin Group", "Scottish National Party Group",
                  "Labour Party Group", "Independent Alliance Group", "Progressive Group"):
        assert not names_body(group), group
    assert names_body("Scottish Fernbury Housing Group")
    text = ("Minutes of the Fernbury Parish Council held on 3 May 2023\n\n"
            "Present: Cllr Al Ray (DUP), Nia Hart (WRCC)\n\n1. Minutes\n\nAgreed.\n")
    got = {a.name: a.organisation for a in extract(text).attendance}
    assert got == {"Cllr Al Ray": None, "Nia Hart": "WRCC"}


def test_a_post_before_a_name_and_other_apologies_forms() -> None:
    """"Borough Councillor, Ann Bell" and "the Fire and Rescue Commissioner, Ed Fox": the post
    before the comma is that person's capacity; "Apologies received:" heads a list, and an
    item titled "Apologies, <names>" gives them (but not "Apologies, Declarations …")."""
    text = (
        "Minutes of the Parish Council meeting held on 3 May 2023\n\n"
        "Present: Cllr C Dean and the Fire and Rescue Commissioner, Ed Fox.\n"
        "Also Present: Borough Councillor, Ann Bell.\n\n"
        "Apologies received: Ward Cllr. G. Hale\n\n"
        "1) Apologies, John Ince\n\nNone other.\n\n"
        "2) Apologies, Declarations of Interest\n\nNone.\n")
    got = {(a.name, a.status, a.capacity) for a in extract(text).attendance}
    assert ("Ann Bell", "AlsoInAttendance", "Borough Councillor") in got
    assert ("Ed Fox", "Present", "Fire and Rescue Commissioner") in got
    assert any(n.endswith("G. Hale") and s == "Apologies" for n, s, _ in got)
    assert ("John Ince", "Apologies", None) in got
    assert not any("Declarations" in n for n, _, _ in got)


def test_a_councillors_tier_before_the_name_is_the_post() -> None:
    """"Ward Cllr. G. Hale" and "Town & District Councillor Ann Lee": the tier's title is the
    person's post, and an "&" between two tiers joins them (no person "Town")."""
    text = (
        "Minutes of the Parish Council meeting held on 3 May 2023\n\n"
        "Present: Cllr C Dean (Chairman) and Cllr E Finch.\n"
        "In attendance: Town & District Councillor Ann Lee; County Councillor Ian Moss.\n\n"
        "Apologies: Cllr Vale, Ward Cllr. G. Hale\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = {(a.name.removeprefix("Councillor ").removeprefix("Cllr. "), a.status, a.capacity)
           for a in extract(text).attendance}
    assert ("Ann Lee", "AlsoInAttendance", "Town & District Councillor") in got
    assert ("Ian Moss", "AlsoInAttendance", "County Councillor") in got
    assert ("G. Hale", "Apologies", "Ward Cllr") in got
    assert not any(n == "Town" for n, _, _ in got)
    # The council's acronym is a tier ("NCC Cllr N Clegwell"), a commissioner's ("PCC") not.
    acr = extract(text.replace("In attendance: Town & District Councillor Ann Lee; County "
                               "Councillor Ian Moss.", "In attendance: NCC Cllr N Clegwell, WDC "
                               "Cllr A Rhead, PCC Cllr E Fox"))
    tiers = {(a.name, a.capacity) for a in acr.attendance if a.status == "AlsoInAttendance"}
    assert tiers == {("Cllr N Clegwell", "NCC Cllr"), ("Cllr A Rhead", "WDC Cllr"),
                     ("Cllr E Fox", None)}
    # … nor any commissioner's the lexicon lists (not_council_acronyms), of whatever shape.
    pfcc = extract(text.replace("In attendance: Town & District Councillor Ann Lee; County "
                                "Councillor Ian Moss.", "In attendance: PFCC Cllr E Fox"))
    assert {a.capacity for a in pfcc.attendance if a.name.endswith("E Fox")} == {None}
    # A council's acronym of a shorter shape or with an "&", and a tier's initial before the
    # title ("C Cllr", "C.Clrs"), are tiers too; a party's initials are not.
    short = extract(text.replace("In attendance: Town & District Councillor Ann Lee; County "
                                 "Councillor Ian Moss.", "In attendance: WEC Cllr N Clegwell, "
                                 "WS&C Cllr A Rhead, C Cllr K Stott, C.Clrs Moorhen, SNP Cllr "
                                 "E Fox"))
    tiers = {(a.name, a.capacity) for a in short.attendance if a.status == "AlsoInAttendance"}
    assert {("Cllr N Clegwell", "WEC Cllr"), ("Cllr A Rhead", "WS&C Cllr"),
            ("Cllr K Stott", "C Cllr")} <= tiers
    assert any(c == "C.Clrs" for _, c in tiers)
    assert all(c is None for n, c in tiers if n.endswith("E Fox"))
    # … in an apologies sentence too, but not a tier named earlier in the sentence.
    said = extract(text.replace(
        "Apologies: Cllr Vale, Ward Cllr. G. Hale",
        "Apologies for absence were received from Parish Councillor Kent and Cllr Ross, "
        "a County Councillor's deputy, Cllr Tate")).attendance
    sent = {(a.name, a.capacity) for a in said if a.status == "Apologies"}
    assert ("Councillor Kent", "Parish Councillor") in sent
    assert all(c is None for n, c in sent if n != "Councillor Kent")
    # A plain "Cllr" is no post.
    assert ("E Finch", "Present", None) in {
        (n.removeprefix("Cllr "), s, c) for n, s, c in got}


def test_roll_names_parted_by_wide_gaps() -> None:
    """A roll printed in columns parts its names by wide gaps, not commas: each gap ends a
    name ("Cllr A Dale     County Cllr B Fox" is no "Cllr A Dale County")."""
    text = (
        "Minutes of a meeting held on 4th March 2021 at the Village Hall\n\n"
        "PRESENT\nCllr R Hale (Chair)    Cllr A Dale     County Cllr B Fox    Cllr C Lowe\n\n"
        "MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.capacity) for a in extract(text).attendance}
    assert got == {("Cllr R Hale", "Chair"), ("Cllr A Dale", None),
                   ("Cllr B Fox", "County Cllr"), ("Cllr C Lowe", None)}


def test_a_joint_bodys_roll_of_names_run_into_the_body_each_sits_for() -> None:
    """A joint body's roll prints each member's council straight after the name, with no
    comma ("T Quarry Westmere County Council"), perhaps after a post in brackets, or in a
    column of its own parted by a wide gap ("Orla Penn        Eastvale Housing Trust", a
    body's short form too): the body is the one the member came from, no part of the name.
    Not when the words after the name name no body ("Ann Bell Westvale"), nor when the name
    could end at either of two words ("Ann Marie Selwood Highland Council")."""
    text = (
        "Minutes of the Joint Panel meeting held on 4 March 2021\n\n"
        "Present\n\nMembers:\n"
        "T Quarry (Chair) Westmere County Council\n"
        "B Ll Prowse Eastvale Borough Council\n"
        "Ruth Kittle Northmoor Council\n\n"
        "1. APOLOGIES\n\nCouncillors:\nD Pryce Westmere County Council\n\n"
        "2. MINUTES\nThe minutes were approved.\n")
    columns = (
        "Minutes of the Joint Panel meeting held on 4 March 2021\n\n"
        "In Attendance:\n"
        "Orla Penn        Eastvale Housing Trust\n"
        "Saul Drury       NFU\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.capacity, a.organisation) for a in extract(text).attendance}
    assert {("T Quarry", "Chair", "Westmere County Council"),
            ("B Ll Prowse", None, "Eastvale Borough Council"),
            ("Ruth Kittle", None, "Northmoor Council")} <= got
    # The members' word standing alone over the lines ("Councillor"), and a double-barrelled
    # surname among entries parted from their body by a space, are no name and no dash.
    caption = text.replace("Members:\n", "Councillor \n").replace(
        "B Ll Prowse Eastvale", "B Lloyd-Prowse Eastvale")
    got = {(a.name, a.organisation) for a in extract(caption).attendance}
    assert {("T Quarry", "Westmere County Council"),
            ("B Lloyd-Prowse", "Eastvale Borough Council")} <= got
    # The apologies item's names under their caption, one a line, each with its body.
    assert ("D Pryce", "Apologies", "Westmere County Council") in {
        (a.name, a.status, a.organisation) for a in extract(text).attendance}
    got = {(a.name, a.organisation) for a in extract(columns).attendance}
    assert {("Orla Penn", "Eastvale Housing Trust"), ("Saul Drury", "NFU")} <= got
    odd = text.replace("B Ll Prowse Eastvale Borough Council", "Ann Marie Selwood Highland Council")
    names = {a.name for a in extract(odd).attendance}
    assert "Ann Marie" not in names
    assert all(n == "Ann Marie Selwood" for n in names if n.endswith("Selwood"))
    tight = text.replace("B Ll Prowse Eastvale Borough Council", "Kay Dunn-Eastvale Police")
    assert ("Kay Dunn", None, "Eastvale Police") in {
        (a.name, a.capacity, a.organisation) for a in extract(tight).attendance}
    plain = text.replace("Ruth Kittle Northmoor Council", "Ruth Kittle Westvale")
    assert all(a.organisation != "Westvale" for a in extract(plain).attendance)
    # Honours or a party in the column beside a name are no body.
    party = columns.replace("Saul Drury       NFU", "Saul Drury       MBE")
    assert all(a.organisation != "MBE" for a in extract(party).attendance)


def test_a_roll_run_into_bodies_whose_names_hold_an_and() -> None:
    """A joint body's roll run on in one line, each member's council after the name, where a
    council's name holds an "&" or "and" ("Eastdale & West Moor Borough Council"): the list is
    not parted there, so the council's first word does not end the name before it, and a body
    printed before its officer's name ("Westmere Fire and Rescue Service A Quarry") is no one.
    An alderman's title opens a name as a councillor's does, and after initials a surname that
    is also a given name ("Cllr M Lee") still ends the name. Two people joined by "&" stay
    two ("Ann Bell & Carl Dean Westmere Council")."""
    text = (
        "JOINT WASTE COMMITTEE Minutes of the meeting held on 4 March 2021\n\n"
        "Members Present: Councillor G Tarrow Eastdale & West Moor Borough Council Alderman D "
        "Pryce Lowmere & Hillford City Council Councillor M Lee Lowmere & Hillford City Council "
        "Councillor T Quarry Westmere County Council\n\n"
        "Officers Present: Westmere Fire and Rescue Service A Quince, Lead Officer; R Lemm, "
        "Station Manager\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.organisation) for a in extract(text).attendance}
    assert {("Councillor G Tarrow", "Eastdale & West Moor Borough Council"),
            ("Alderman D Pryce", "Lowmere & Hillford City Council"),
            ("Councillor M Lee", "Lowmere & Hillford City Council"),
            ("Councillor T Quarry", "Westmere County Council")} <= got
    names = {a.name for a in extract(text).attendance}
    assert "A Quince" in names and "R Lemm" in names
    assert not any("Fire" in n or "Eastdale" in n or "Lowmere" in n for n in names)
    two = ("Minutes of the Joint Panel meeting held on 4 March 2021\n\n"
           "Present: Ann Bell & Carl Dean Westmere County Council\n\n"
           "1. MINUTES\nThe minutes were approved.\n")
    assert "Ann Bell" in {a.name for a in extract(two).attendance}


def test_rolls_opened_as_a_sentence_and_name_post_paragraphs() -> None:
    """"Present were Ifor Pugh, …" and "Also present were …" open a roll as a sentence; in a
    line run together from a PDF, "Also in attendance were the …" starts a list of its own.
    Below "Also Present:", paragraphs of "Mr K Dunne, Leisure / Tourism Officer" go on with
    the list though the reader does not know the post. A sentence that only says who was
    present at another time is no roll ("Present were the days when …" has no name)."""
    text = (
        "Minutes of a meeting held on 7 March 2019\n\n"
        "Present were Ifor Pugh, Nia Rowe and Dilys Ware.\n\n"
        "Also present were Gethin Lloyd, and the Clerk, Lowri Pask.\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert {("Ifor Pugh", "Present"), ("Dilys Ware", "Present"),
            ("Gethin Lloyd", "AlsoInAttendance"), ("Lowri Pask", "AlsoInAttendance")} <= got
    run_on = (
        "MINUTES OF THE GENERAL COMMITTEE MEETING HELD ON 25 JANUARY 2015 PRESENT: Members: "
        "Mr A Lusk (Chairman), Mr C Dorr, Mrs E Fenn. Also in attendance were the Chief "
        "Officer Mr G Hale, Miss J Kerr, Clerical Officer 3.1 APOLOGIES Mr L Moss 3.2 MINUTES "
        "The minutes were approved as a true record of the meeting held in October.\n")
    held = {a.name: a.capacity for a in extract(run_on).attendance}
    assert "Mr G Hale" in held and held.get("Miss J Kerr") == "Clerical Officer"
    # "Present Cllrs:", the members' word after the heading's; in a run-on line, a numbered
    # "APOLOGIES were received from …" ends the list before it.
    cllrs = (
        "Minutes of a meeting held on 3 March 2021\n\n"
        "Present Cllrs: K Lusk (Chair), C Dorr and E Fenn\n\n1. MINUTES\nApproved.\n")
    got = {(a.name, a.status) for a in extract(cllrs).attendance}
    assert {("K Lusk", "Present"), ("C Dorr", "Present"), ("E Fenn", "Present")} <= got
    run_on = (
        "DRAFT MINUTES THE ANNUAL PARISH MEETING WAS HELD IN THE VILLAGE HALL ON 3 MARCH 2021\n"
        "PRESENT: Mrs K Lusk (Chairman) 1. APOLOGIES were received from Mr G Hale, Mr C Dorr. "
        "2. The Chairman welcomed everyone to the meeting, and introduced Ann Toms, Field "
        "Officer with the Rural Community Council, who explained that the council was a "
        "charity funded through central government and the County Council. 3. The minutes of "
        "the meeting held in March 2020 were approved as a true record.\n")
    got = {(a.name, a.status) for a in extract(run_on).attendance}
    assert {("Mrs K Lusk", "Present"), ("Mr G Hale", "Apologies")} <= got
    assert ("Mr G Hale", "Present") not in got
    posts = (
        "Minutes of a meeting held on 8 March 2004\n\n"
        "Also Present: Mr R Lusk, Clerk\n\nMrs M Quill, Director of Finance\n\n"
        "Mr K Dunne, Leisure / Tourism Officer\n\nMrs E Wray, Development Manager\n\n"
        "1. APOLOGIES\nNone.\n")
    held = {a.name: a.capacity for a in extract(posts).attendance}
    assert held.get("Mr K Dunne") == "Leisure / Tourism Officer"
    assert held.get("Mrs E Wray") == "Development Manager"
    # A paragraph that goes on after the post is a sentence, not an entry of the list.
    said = posts.replace("Mrs E Wray, Development Manager", "Mrs E Wray, Development Manager, "
                         "said the hall would open in May")
    assert "Mrs E Wray" not in {a.name for a in extract(said).attendance}
    prose = text.replace("Present were Ifor Pugh, Nia Rowe and Dilys Ware.",
                         "Present were the days when the hall was full.")
    assert not {a.name for a in extract(prose).attendance} & {"the days", "Present"}


def test_a_post_in_the_plural_after_names_joined_by_and_is_each_ones() -> None:
    """"R Lusk, H Crane and S Moss (Assistant Directors)": the names share the post, each
    holding it in the singular. A post in the singular after the last name is that name's
    alone, and a name before a semicolon does not share the next entry's post."""
    text = (
        "Minutes of a meeting held on 7 March 2019\n\n"
        "Also Present\n\nT Hale (Treasurer); R Lusk, H Crane and S Moss (Assistant "
        "Directors); P Dunn, E Wray and K Bo (Clerk)\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held["R Lusk"] == held["H Crane"] == held["S Moss"] == "Assistant Director"
    assert held["T Hale"] == "Treasurer" and held["P Dunn"] is None and held["E Wray"] is None
    # An officer's word in the plural is read as a post too, and shared the same way.
    plural = text.replace("(Assistant Directors)", "(Corporate Managers)")
    held = {a.name: a.capacity for a in extract(plural).attendance}
    assert held["R Lusk"] == held["S Moss"] == "Corporate Manager"
    field = text.replace("(Assistant Directors)", "(Senior Managers - Housing)")
    held = {a.name: a.capacity for a in extract(field).attendance}
    assert held["R Lusk"] == held["S Moss"] == "Senior Manager - Housing"


def test_heading_words_with_no_colon_before_the_names() -> None:
    """"Present Iain Penrose, …", "Also Nia Ross & …", "Apologies Rob Mair", and "Also Present"
    standing alone over its list: headings the page printed without their colon. Prose that
    opens with the same words is no roll ("Present at the meeting were …", "Also discussed
    was the Village Hall, …")."""
    text = (
        "Minutes of a meeting held on 7 March 2019\n\n"
        "Present Dara Quint, Colm Ferris, Lys Bowden (minute sec)\n\n"
        "Also Nia Ross & Emlyn Crane\n\n"
        "Apologies Rob Mair\n\n"
        "Also Present\n\nT Hale (Treasurer); P Dunn (Clerk)\n\n"
        "Matters Arising\nThe hall roof was discussed.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert {("Dara Quint", "Present"), ("Colm Ferris", "Present"), ("Lys Bowden", "Present"),
            ("Nia Ross", "AlsoInAttendance"), ("Emlyn Crane", "AlsoInAttendance"),
            ("Rob Mair", "Apologies"), ("T Hale", "AlsoInAttendance"),
            ("P Dunn", "AlsoInAttendance")} <= got
    prose = (
        "Minutes of a meeting held on 7 March 2019\n\n"
        "Present at the meeting were the members of the council.\n\n"
        "Also discussed was the Village Hall, which needs a roof.\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    names = {a.name for a in extract(prose).attendance}
    assert not names & {"Village Hall", "Also", "Present"}


def test_heading_words_with_no_colon_before_titled_or_bracketed_names() -> None:
    """"PRESENT Cllr J Hale (Chairman), …", "APOLOGIES Mrs C Irvine Ms H Moore", "Present
    Eve Kerr (Chair), …": the heading printed without its colon before a titled name that a
    bracket or the next title closes, or before a full name with its capacity bracketed and
    a comma after it. A titled name that a comma closes, which may part a post ("Present Cllr
    A Bell, Mayor of Lowby"), and prose ("Present Mr Bell's report …" is no line's heading)
    are left to the other readers."""
    text = (
        "Minutes of the Lowby Community Council meeting held on 4 May 2021\n\n"
        "PRESENT Cllr J Hale (Chairman), Cllr K Dean, Cllr P Wray\n\n"
        "APOLOGIES Mrs C Irvine Ms H Moore Mr A Sim\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert {("Cllr J Hale", "Present"), ("Cllr K Dean", "Present"), ("Cllr P Wray", "Present"),
            ("Mrs C Irvine", "Apologies"), ("Ms H Moore", "Apologies"),
            ("Mr A Sim", "Apologies")} <= got
    bracketed = (
        "Minutes of the Lowby Community Council meeting held on 4 May 2021\n\n"
        "Present Eve Kerr (Chair), Ann Fox (Secretary), Tom Reid\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.capacity) for a in extract(bracketed).attendance}
    assert {("Eve Kerr", "Chair"), ("Ann Fox", "Secretary"), ("Tom Reid", None)} <= got
    p = patterns.load()
    for line in ("Present Cllr A Bell, Mayor of Lowby", "Present Mr Bell's report was noted",
                 "present Cllr J Hale (Chairman), Cllr K Dean",
                 "Apologies Prof Ann Bell Universities Dr Ed Fox",
                 "Present Eve Kerr (2019), the Chair, said"):
        assert heading_at(line, p) is None, line


def test_a_titled_name_bracketed_after_a_heading_word_closes_before_a_comma_or_a_title() -> None:
    """A heading word with no colon heads a titled name and its bracket only where the
    bracket ends the name: a comma, a stop, another bracket, the line's end or the next
    title after it. A roll table's row run onto one line ("Present Cllr A Bell (Chair) Yes")
    and a sentence that opens with the word ("Apologies Mrs Ann Bell (Chair) was unable to
    attend") go on in other words after the bracket, and head no roll: read as one, the
    table's "Yes" joined the next member's name and the sentence's subject sent apologies."""
    p = patterns.load()
    for line in ("PRESENT Cllr J Hale (Chairman), Cllr K Dean",
                 "PRESENT Mr C. P Bell (in the Chair) Messrs A Dean and B Fox.",
                 "Present Councillor T. Hale (TH) (in the chair)",
                 "IN ATTENDANCE Captain M Dean (Harbour Master).",
                 "In Attendance Mrs. J. Fox (Clerk)"):
        assert heading_at(line, p) is not None, line
    for line in ("Present Cllr A Bell (Chair) Yes",
                 "Apologies Mrs Ann Bell (Chair) was unable to attend",
                 "Present Mr Bell (see minute 4) spoke in favour"):
        assert heading_at(line, p) is None, line
    text = ("Minutes of the Lowby Town Council meeting held on 4 May 2021\n\n"
            "Present Cllr A Bell (Chair) Yes\nApologies Cllr B Cole Yes\n\n"
            "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert ("Cllr B Cole Yes", "Present") not in got


def test_a_status_word_alone_a_labels_colon_and_a_bullet_before_a_heading() -> None:
    """"Apologies" standing alone on its line (no colon) heads the names below it: no one
    named "Apologies", and those under it sent apologies, not present. "Also:" is a label
    over those also there; "N/A" in a roll's slot names no one; a list bullet before a
    heading ("- Present:") is no part of it."""
    text = (
        "Minutes of a meeting held on 9 October 2022\n\n"
        "Present\n\nOrla Pennick, Cai Strand, Wenna Tull\n\n"
        "Apologies\n\nDerry Mawe, Cllr. Ossian Brede\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert got == {("Orla Pennick", "Present"), ("Cai Strand", "Present"),
                   ("Wenna Tull", "Present"), ("Derry Mawe", "Apologies"),
                   ("Cllr. Ossian Brede", "Apologies")}
    text = (
        "Minutes of a meeting held on 9 October 2022\n\n"
        "Present: Orla Pennick, Cai Strand and Wenna Tull\n"
        "Also: Fenn Lowry and Ada Crane\n"
        "Apologies: Derry Mawe\n"
        "Elected members – N/A\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert {("Fenn Lowry", "AlsoInAttendance"), ("Ada Crane", "AlsoInAttendance"),
            ("Derry Mawe", "Apologies")} <= got
    assert not {n for n, _ in got if n.startswith("Also") or n == "N/A"}
    text = (
        "Minutes of a meeting held on 9 October 2022\n\n"
        "- Present: Councillor O Pennick (Chair) Councillor C Strand\n"
        "- Apologies - Councillor W Tull\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert {("Councillor O Pennick", "Present"), ("Councillor W Tull", "Apologies")} <= got
    # A label over a sentence below the roll is no more of it ("Note: The Chair said …").
    noted = text.replace("Tull\n\n", "Tull\nNote: The Chair said that Mr & Mrs Hobb, "
                         "residents of the lane, would be joining the meeting later.\n\n")
    assert "Mrs Hobb" not in {a.name for a in extract(noted).attendance}
    # Negative: the words inside prose, or a dash joined to a word, head no roll.
    prose = (
        "Minutes of a meeting held on 9 October 2022\n\n"
        "1. MINUTES\nThe minutes were approved.\n\n"
        "2. HALL\nAlso discussed was the hall roof; apologies were made for the delay.\n"
        "-Present works on the hall are nearly done.\n")
    names = {a.name for a in extract(prose).attendance}
    assert not names & {"Also", "Present", "Apologies", "Present works"}


def test_a_comma_list_wrapped_inside_a_name_onto_an_indented_line() -> None:
    """A list of full names wrapped by a PDF after a given name goes on, indented, with the
    surname: the indent is no column gap ("Rhian" over "      Quill" is Rhian Quill). A list
    of surnames alone that breaks after a comma-less entry is not joined."""
    text = (
        "Minutes of a meeting held on 4th March 2021 at the Village Hall\n\n"
        "Attendees:        Cllr Tam Reid, Wyn Hollis (Chair), Bram Tully, Rhian\n"
        "                  Quill, Edda Marsh\n\n"
        "1. MINUTES\nThe minutes were approved.\n")
    got = {a.name for a in extract(text).attendance}
    assert got == {"Cllr Tam Reid", "Wyn Hollis", "Bram Tully", "Rhian Quill", "Edda Marsh"}
    text = text.replace("Bram Tully, Rhian", "Bram Tully, Cllr Dorne")
    got = {a.name for a in extract(text).attendance}
    assert "Cllr Dorne Quill" not in got
    # A given name the reader does not know wraps too, after two full names or after a
    # capacity's bracket ("Wyn Hollis (Chair) Sheamus" over "Quill, …"); a role does not.
    for above, name in (("Bram Tully, Tirion", "Tirion Quill"),
                        ("Wyn Hollis (Chair), Bram Tully, Rhian", "Rhian Quill"),
                        ("Wyn Hollis (Chair) Tirion", "Tirion Quill")):
        odd = text.replace("Wyn Hollis (Chair), Bram Tully, Cllr Dorne", above)
        assert name in {a.name for a in extract(odd).attendance}, above
    clerk = text.replace("Bram Tully, Cllr Dorne", "Bram Tully, Clerk")
    assert "Clerk Quill" not in {a.name for a in extract(clerk).attendance}


def test_honours_and_a_post_in_a_column_beside_the_name() -> None:
    """"Councillor A Bell, OBE, Leader": the honours are no one, the post after them is the
    name's; a roll with a post in a column ("Cllr C Dean      County Councillor") keeps it."""
    m = extract(
        "Minutes of the Parish Council meeting held on 3 May 2023\n\n"
        "Present: Councillors E Fox and G Hale.\n\n"
        "In attendance: Councillor A Bell, OBE, Leader, Shire County Council.\n\n"
        "1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in m.attendance}
    assert held["Councillor A Bell"] == "Leader" and "OBE" not in held
    m = extract(
        "Minutes of the Parish Council meeting held on 3 May 2023\n\n"
        "Cllr Ann Hurst           Chair\n\nCllr Cy Dean           County Councillor\n\n"
        "Cllr Di Eve\n\nCllr Flo Gray\n\n1. Apologies\n\nNone.\n")
    held = {a.name: a.capacity for a in m.attendance}
    assert held["Cllr Cy Dean"] == "County Councillor" and held["Cllr Ann Hurst"] == "Chair"


def test_roll_entries_with_the_post_first_nested_brackets_and_a_stray_comma() -> None:
    """"the Clerk Ann Bell" names the clerk; a bracket with a bracket inside it ("(Shire Care
    Board (SCB))") is no part of the name; "C Dean and, E Fox" is two names."""
    text = (
        "Minutes of the Parish Council meeting held on 3 May 2023\n\n"
        "Present: Cllr Gil Hale, Borough Councillor Cy Dean and, Ed Fox, Jo Ince (Shire Care "
        "Board (SCB)); three members of the public; the Clerk Ann Bell.\n\n"
        "1. Apologies\n\nNone.\n")
    got = {a.name: (a.status, a.capacity) for a in extract(text).attendance}
    assert got["Ann Bell"] == ("AlsoInAttendance", "Clerk")
    assert "Jo Ince" in got and "Ed Fox" in got
    assert any(n.endswith("Cy Dean") for n in got)


def test_an_attendance_heading_wrapped_over_two_lines() -> None:
    """PDF text may wrap a heading after its first words ("Also in" / "Attendance:",
    "APOLOGY" / "FOR ABSENCE:"): the list below is read under the whole heading."""
    text = (
        "Minutes of the Harbour Board held on 3 May 2023\n"
        "Present:\nCouncillor A Bell\nCouncillor C Dean\n"
        "Also in\nAttendance:\nMr G Hale, Harbour Master\n"
        "APOLOGY\nFOR ABSENCE:\n  Councillor E Fox.\n\n"
        "1. Minutes\n\nThe minutes were approved.\n")
    got = {(a.name, a.status) for a in extract(text).attendance}
    assert ("Mr G Hale", "AlsoInAttendance") in got
    assert ("Councillor E Fox", "Apologies") in got
    assert ("Councillor C Dean", "Present") in got


def test_bodies_in_an_apologies_list_are_not_people() -> None:
    text = ("Minutes of the Health and Wellbeing Board held on 3 May 2023\n\n1. Apologies\n\n"
            "Apologies for absence were received from Councillor A Cumnor, Ms B Rennick, "
            "NHS England, and Mr John England.\n")
    names = [a.name for a in extract(text).attendance if a.status == "Apologies"]
    assert names == ["Councillor A Cumnor", "Ms B Rennick", "Mr John England"]


def test_one_name_a_paragraph_and_roles_in_attendance() -> None:
    """Parish pages saved from HTML print one name a paragraph under a heading standing
    alone; officers come with their roles, after a name or in place of one, and a role after
    a name is the capacity that person attended in."""
    text = (
        "Minutes of Elmford Parish Council 4 March 2024\n\n"
        "THOSE ATTENDING:\n\nCllr P Ames\n\nCllr R Booth (Chair)\n\nCllr T Carr\n\n"
        "IN ATTENDANCE:\n\nMrs J Dale, Parish Clerk/Finance Officer, Mr K L Eddy Assistant "
        "Clerk, and one member of the public.\n\n"
        "P101/24      1.         APOLOGIES FOR ABSENCE.\n\n"
        "Cllr M Fox (holiday) and Cllr N Gray (work). The Council accepted the reasons given.\n\n"
        "P102/24      2.         MINUTES OF THE MEETING HELD ON 5 FEBRUARY 2024.\n\n"
        "The Council agreed the minutes as a true record.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Elmford Parish Council", "2024-03-04")
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr P Ames", "Present", None),
        ("Cllr R Booth", "Present", "Chair"),
        ("Cllr T Carr", "Present", None),
        ("Mrs J Dale", "AlsoInAttendance", "Parish Clerk/Finance Officer"),
        ("Mr K L Eddy", "AlsoInAttendance", "Assistant Clerk"),
        ("Cllr M Fox", "Apologies", None),
        ("Cllr N Gray", "Apologies", None),
    ]
    assert _numbered(m) == [
        ("P101/24", "APOLOGIES FOR ABSENCE."),
        ("P102/24", "MINUTES OF THE MEETING HELD ON 5 FEBRUARY 2024.")]
    ref = m.items[1].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2024-02-05"


def test_members_word_standing_alone_inside_a_roll_of_one_name_a_line() -> None:
    """A roll printed one name a paragraph may set the members' word apart as a caption
    ("Councillors") over the rest, and a paragraph may hold a name a line: the caption names
    no one and the roll goes on below it."""
    text = (
        "Minutes of Elmford Parish Council 4 March 2024\n\n"
        "Present:\n\nCllr P Ames (in the Chair)\n\nCouncillors\n\nR Booth (Vice-Chair)\n\n"
        "T Carr\nD O'Hara\n\nM Fox MBE\n\n"
        "In attendance\n\nJ Dale (Clerk)\n\n"
        "1. Apologies for absence\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr P Ames", "Present", "Chair"),  # "(in the Chair)"
        ("R Booth", "Present", "Vice-Chair"),
        ("T Carr", "Present", None),
        ("D O'Hara", "Present", None),
        ("M Fox", "Present", None),  # honours after the name are no part of it
        ("J Dale", "AlsoInAttendance", "Clerk"),
    ]
    # A paragraph of prose below the roll is no more of it.
    prose = text.replace("M Fox MBE\n\n", "The Chair welcomed all.\nMembers noted it.\n\n")
    assert "Members noted it" not in {a.name for a in extract(prose).attendance}


def test_names_given_by_initials_run_together_and_aldermen() -> None:
    """PDF text may run a column of initialled names into one line with no commas or stops
    ("P J Amos B Cole Mrs D E Fry"): an initial after a surname starts the next name.
    Aldermen are titled like councillors, and listed as such ("Aldermen A Bell, C Dean")."""
    text = (
        "Minutes of a Meeting of Elmford District Council held on 4 March 2024\n\n"
        "Present: P J Amos B Cole Mrs D E Fry G Hale\n\n"
        "Aldermen K Ives, L Jones\n\n"
        "Apologies: Alderman Norah Kemp and M Lamb N P Moss\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("P J Amos", "Present"), ("B Cole", "Present"), ("Mrs D E Fry", "Present"),
        ("G Hale", "Present"), ("K Ives", "Present"), ("L Jones", "Present"),
        ("Alderman Norah Kemp", "Apologies"), ("M Lamb", "Apologies"),
        ("N P Moss", "Apologies"),
    ]
    # One name with several initials stays one person.
    one = extract(text.replace("P J Amos B Cole Mrs D E Fry G Hale", "Mrs D E Fry"))
    assert [a.name for a in one.attendance][:1] == ["Mrs D E Fry"]


def test_headings_with_no_colon_before_initialled_names_and_welsh_headings_alone() -> None:
    """A heading may stand with no colon before names given by initials ("Other Members
    Present A B Carr D Elm …", "ALSO PRESENT F. Gray H. Ives"), when two such names follow;
    initials may be printed together ("AB Carr") or some with stops and some without ("R.F.
    Lane M Moss"). A Welsh heading may stand alone ("Presennol: …"), or before an English word
    misprinted ("PRESENNOL/RESENT")."""
    text = (
        "Minutes of a Meeting of Elmford District Council held on 4 March 2024\n\n"
        "Other Members Present AB Carr D Elm R.F. Lane M Moss\n\n"
        "ALSO PRESENT F. Gray H. Ives\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    assert [(a.name, a.status) for a in extract(text).attendance] == [
        ("AB Carr", "Present"), ("D Elm", "Present"), ("R.F. Lane", "Present"),
        ("M Moss", "Present"), ("F. Gray", "AlsoInAttendance"), ("H. Ives", "AlsoInAttendance")]
    # Prose after the word is no roll: one name, or no initials, reads on as a sentence.
    for line in ("Present at the meeting were A Bell and C Dean.", "Present A Bell spoke.",
                 "Also present was the Clerk."):
        other = text.replace("Other Members Present AB Carr D Elm R.F. Lane M Moss", line)
        assert extract(other).attendance[0].name == "F. Gray"
    welsh = (
        "Minutes of the Meeting of Elmford Community Council held on 17 November 2020.\n\n"
        "PRESENNOL/RESENT Cllrs. J. Bell C. Dean\n\n"
        "Presennol hefyd: Ann Fox (Clerk)\n\n"
        "Ymddiheuriadau: Cllr G Hale\n\n"
        "1 Cofnodion/Minutes. The minutes were accepted.\n"
    )
    assert [(a.name, a.status) for a in extract(welsh).attendance] == [
        ("J. Bell", "Present"), ("C. Dean", "Present"), ("Ann Fox", "AlsoInAttendance"),
        ("Cllr G Hale", "Apologies")]


def test_a_long_roll_of_titled_names_that_is_no_run_together_list_fails_at_once() -> None:
    """A title printed with a stop or without ("Cyng."/"Cyng", "Ald."/"Ald") or of two words
    ("Lt Col") is read one way only: a long roll that is not names run together (here its last
    entry is a capacity in brackets) fails at once, not after trying every way to read each
    title, which doubled with each name (sixty names would take hours)."""
    from kg.attendance import _initialled_line, _two_initialled_names

    p = patterns.load()
    for title in ("Cyng.", "Ald.", "Coun.", "Fr.", "Lt Col"):
        roll = f"{title} A Hale " * 60 + "(Chair)"
        assert _two_initialled_names(roll, p) == []
        assert not _initialled_line(roll + " and others", p)
    # A short one still reads as names run together, each with its title.
    short = "Cyng. A Hale Ald. B Osei Lt Col C Brook"
    assert [short[a:b] for a, b in _two_initialled_names(short, p)] == [
        "Cyng. A Hale", "Ald. B Osei", "Lt Col C Brook"]


def test_an_honour_after_a_run_together_initialled_name_stays_with_it() -> None:
    """Two capitals after a surname in names run together are an honour of the name before
    ("P J Amos JP", "K Osei MP"), not the next name's initials ("JP D Hale"); before a
    surname they are initials ("JP Osei"). A heading with no colon reads an honour so too."""
    text = (
        "Minutes of a Meeting of Elmford District Council held on 4 March 2024\n\n"
        "Present: P J Amos JP D Hale K Osei MP L Brook\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    assert [a.name for a in extract(text).attendance] == [
        "P J Amos", "D Hale", "K Osei", "L Brook"]  # (a member's "MP" is an honour too)
    initials = text.replace("P J Amos JP D Hale K Osei MP L Brook", "A Bell JP Osei C Dean")
    assert [a.name for a in extract(initials).attendance] == ["A Bell", "JP Osei", "C Dean"]
    no_colon = text.replace("Present: P J Amos JP D Hale K Osei MP L Brook",
                            "Present P J Amos JP, D Hale")
    assert [(a.name, a.status) for a in extract(no_colon).attendance] == [
        ("P J Amos", "Present"), ("D Hale", "Present")]


def test_a_welsh_heading_before_a_dash_takes_only_the_english_heading_words() -> None:
    """After a Welsh heading and a dash only the English heading's words belong to it
    ("Presennol/Present", misprinted "PRESENNOL/RESENT"): a title or post after the dash
    ("Presennol hefyd - Clerk Ann Hale", "Ymddiheuriadau - Cynghorydd Osei") stays with
    the roll."""
    text = (
        "Minutes of the Meeting of Elmford Community Council held on 17 November 2020.\n\n"
        "Presennol - Present Cllr J Bell\n\n"
        "Presennol hefyd - Clerk Ann Hale\n\n"
        "Ymddiheuriadau - Cynghorydd Osei\n\n"
        "1 Cofnodion/Minutes. The minutes were accepted.\n"
    )
    assert [(a.name, a.status) for a in extract(text).attendance] == [
        ("Cllr J Bell", "Present"), ("Ann Hale", "AlsoInAttendance"),
        ("Cynghorydd Osei", "Apologies")]
    assert extract(text).attendance[1].capacity == "Clerk"


def test_a_flattened_roll_with_degrees_plural_titles_a_count_and_holders_in_brackets() -> None:
    """A roll flattened from PDF onto one line prints degrees after names ("BA (Hons)",
    "MSc", ", LLB, CPLS"), the members' plural title between two names ("… G Hale Aldermen
    K Ives …"), the count at its end ("(9)"), and its officers as post then holder in
    brackets ("Director of Works (Ms O Pike)"): none of those is a name, and the holder is
    the person, the post their capacity. The next paragraph, "Councillors: …", goes on with
    the apologies."""
    text = (
        "MINUTES OF A MEETING OF ELMFORD BOROUGH COUNCIL HELD ON MONDAY 4 MARCH 2024\n"
        "PRESENT: Councillor A B Amos, BA (Hons) Aldermen C Dean Mrs E Frey BSc (Hons) G Hale "
        "Councillors K Ives MSc L M Jonas, LLB, CPLS N Kemp Pg Cert Ed P Lamb\n\n"
        "R Moss BA (Hons) Mrs S T Nunn BA DipEd (9)\n\n"
        "APOLOGIES: Alderman U Orr\n\n"
        "Councillors: V Penn, Mrs W Quail and X Pellowe\n"
        "IN ATTENDANCE: Chief Executive (Mr Y Sands) Director of Works (Ms O Pike) Head of "
        "Leisure Services (Mrs Z Toms)\n\n"
        "C1/2024 MINUTES\n\nThe minutes were agreed.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Councillor A B Amos", "Present", None), ("C Dean", "Present", None),
        ("Mrs E Frey", "Present", None), ("G Hale", "Present", None),
        ("K Ives", "Present", None), ("L M Jonas", "Present", None),
        ("N Kemp", "Present", None), ("P Lamb", "Present", None), ("R Moss", "Present", None),
        ("Mrs S T Nunn", "Present", None), ("Alderman U Orr", "Apologies", None),
        ("V Penn", "Apologies", None), ("Mrs W Quail", "Apologies", None),
        ("X Pellowe", "Apologies", None),
        ("Mr Y Sands", "AlsoInAttendance", "Chief Executive"),
        ("Ms O Pike", "AlsoInAttendance", "Director of Works"),
        ("Mrs Z Toms", "AlsoInAttendance", "Head of Leisure Services")]


def test_capitals_after_a_name_and_a_title_in_brackets_stay_when_no_degree_is_printed() -> None:
    """Negative: only a roll that prints a degree has its capitals blanked ("Ann Bell WCC"
    may be a body's short form); a surname with its title in brackets ("Bell (Mrs)") is one
    person, not a post and its holder."""
    from kg.attendance import _blank_letters, _post_then_holder
    from kg.patterns import load

    p = load()
    assert _blank_letters("Cllr A Bell WCC, Cllr C Dean", p) == "Cllr A Bell WCC, Cllr C Dean"
    assert _post_then_holder("Bell (Mrs)", p) is None
    assert _post_then_holder("Dean (Mrs C Dean)", p) is None
    assert _post_then_holder("Ann Bell (Mrs Bell)", p) is None
    assert _post_then_holder("Director of Works (Ms O Pike)", p) is not None
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present: Councillors Bell (Mrs), Dean and Frey\n\n1. Minutes\n\nAgreed.\n")
    assert "Mrs" not in [a.name for a in extract(text).attendance]


def test_a_provosts_or_mayors_post_before_a_name_and_prose_below_a_roll_of_posts() -> None:
    """Scottish and Northern Irish rolls print the chair's post before the name ("Provost
    Fergus Dunlop (in the Chair)", "Depute Provost Ann Bell", "Mayor Carl Dean"): the post
    is the capacity and the name keeps no title. Prose between an attendance list that names
    no one (only posts or a body) and the first item is still read as an item."""
    text = (
        "Minutes of the Monthly Meeting of Council held in the Civic Centre on Tuesday, 27 "
        "August, 2019 at 7:00 pm\n\n"
        "PRESENT: Provost Fergus WOOD (in the Chair) Councillor Neil BENNY Councillor Ian "
        "BROWN Councillor Amy COLE Depute Provost Ann BELL\n\n"
        "IN ATTENDANCE: Elmford & Westvale City Council\n\n"
        "Chief Executive Director of Services Attendance Clerk\n\n"
        "At the commencement of the meeting the Provost asked that all mobile phones be "
        "switched off.\n\n1. Minutes\n\nThe minutes were agreed.\n"
    )
    m = extract(text)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("Fergus WOOD", "Provost"), ("Councillor Neil BENNY", None),
        ("Councillor Ian BROWN", None), ("Councillor Amy COLE", None),
        ("Ann BELL", "Depute Provost")]
    assert _numbered(m) == [(None, ""), ("1", "Minutes")]
    assert m.items[0].text.startswith("At the commencement")
    # A chair's post after a name is that name's, no lead post of a name after it.
    assert _names_of("Apologies: Cllr B Cole, Chairman, and Cllr D Eve") == [
        "Cllr B Cole", "Cllr D Eve"]


def _names_of(roll: str) -> list[str]:
    return [a.name for a in extract(
        f"Minutes of Elmford Parish Council 4 March 2024\n\n{roll}\n\n1. Minutes\n\nAgreed.\n"
    ).attendance]


def test_a_roll_marked_by_letters_that_a_legend_explains() -> None:
    """A committee's roll may mark each member with a letter ("P  Ann Bell", "A  Carl Dean")
    that a legend on the page explains ("P: Present", "A: Apologies for absence
    submitted"). Without the legend the letters mean nothing, and nothing is read."""
    text = (
        "Minutes\n\nof the Meeting of the\n\nPlanning Committee\n\nWednesday, 11th May 2016\n\n"
        "Councillors:\n\nP  Ann Bell (Chairman)\nP  Carl Dean (substitute for Gail Hunt)\n"
        "A  Emma Fox\nA  Gail Hunt\n\nP: Present\nA: Apologies for absence submitted\n\n"
        "1\n\nPublic speaking\n\nThe applicant addressed the meeting.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Ann Bell", "Present", "Chairman"), ("Carl Dean", "Present", None),
        ("Emma Fox", "Apologies", None), ("Gail Hunt", "Apologies", None)]
    bare = text.replace("P: Present\nA: Apologies for absence submitted\n\n", "")
    assert extract(bare).attendance == []


def test_welsh_and_english_headings_of_a_bilingual_roll() -> None:
    """Welsh councils print each heading in both languages, the Welsh first ("Presennol /
    Present:", "Yn bresennol - Present:"), the members' word too ("Cyng/Cllrs.:"), and join
    the last name with "a/and"."""
    text = (
        "Minutes of the Meeting of Elmford Community Council held on Tuesday, 17th November "
        "2020.\n"
        "Presennol / Present: Cyng/Cllrs.: B. Jones (Chair), A. Davies and C. Moses.\n"
        "Ymddiheuriadau / Apologies: Cyng. / Cllrs. M. Williams a/and L. Hughes.\n"
        "20/01 COFNODION / MINUTES\nThe minutes were accepted.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("B. Jones", "Present"), ("A. Davies", "Present"), ("C. Moses", "Present"),
        ("M. Williams", "Apologies"), ("L. Hughes", "Apologies")]
    # A Welsh word alone is no heading: "Presennol" is only one before its English twin.
    assert extract(text.replace("Presennol / Present:", "Presennol")).attendance[0].status == (
        "Apologies")


def test_headings_closed_by_colon_and_dash_and_a_field_that_ends_the_roll() -> None:
    """"In Attendance:- J Bell (Clerk)": a colon and a dash close a heading as one mark. A
    line under a label that gives no one's status and is no name ("Declarations of
    Interest:- Cllr C Dean (The Green)") is the page's next field, not more apologies; a
    label of who else came ("Members of the Public Present:") goes on with the roll."""
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n"
            "Present:- Cllrs A Hale, E Fox.\n"
            "In Attendance:- J Bell (Clerk to the Council).\n"
            "Apologies:- Cllr G Ince (on holiday).\n"
            "Declarations of Interest:- Cllr C Dean (The Green).\n"
            "Minutes of last meeting\nAgreed.\n")
    assert [(a.name, a.status, a.capacity) for a in extract(text).attendance] == [
        ("A Hale", "Present", None), ("E Fox", "Present", None),
        ("J Bell", "AlsoInAttendance", "Clerk to the Council"),
        ("Cllr G Ince", "Apologies", None)]
    public = text.replace("Declarations of Interest:- Cllr C Dean (The Green).",
                          "Members of the Public Present: Cllr K Lowe")
    assert ("Cllr K Lowe" in [a.name for a in extract(public).attendance])


def test_an_officer_in_attendance_in_a_sentence_of_their_own() -> None:
    """"Ann Dale (Clerk to the Council) was in attendance", "Rod Fox was also present": above
    the items, a name with no councillor's title in a sentence saying so attended; a count
    of the public ("Three Members of the Public were present") names no one (negative)."""
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present: Cllrs A Bell and C Dean\n\n"
            "Ann Dale (Clerk to the Council) was in attendance to take the minutes. "
            "Rod Fox was also present.\nThree Members of the Public were present.\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert [(a.name, a.status, a.capacity) for a in extract(text).attendance] == [
        ("A Bell", "Present", None), ("C Dean", "Present", None),
        ("Ann Dale", "AlsoInAttendance", "Clerk to the Council"),
        ("Rod Fox", "AlsoInAttendance", None)]


def test_a_roll_printed_as_table_rows() -> None:
    """Pages taken from web tables print a roll as rows of cells, the label in a cell of its
    own ("Present | Cllr A, Cllr B |", "| Apologies: | Cllr C |"): the cell bar stands for
    the heading's colon, and the bar that closes the row is no part of the last name."""
    text = (
        "Minutes of the Fernbury Scrutiny Committee held on 3 May 2023\n\n"
        "Present | Cllr Al Bell (Chair), Cllr Bo Cole, Mrs Di Ash |\n"
        "| Apologies: | Cllr Ed Fox |\n"
        "In attendance | Ms Jo Kerr, Clerk |\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n")
    assert [(a.name, a.status, a.capacity) for a in extract(text).attendance] == [
        ("Cllr Al Bell", "Present", "Chair"), ("Cllr Bo Cole", "Present", None),
        ("Mrs Di Ash", "Present", None), ("Cllr Ed Fox", "Apologies", None),
        ("Ms Jo Kerr", "AlsoInAttendance", "Clerk")]
    # The colon's heading keeps the row's last name too.
    text = text.replace("Present |", "Present: |")
    assert [a.name for a in extract(text).attendance][:3] == [
        "Cllr Al Bell", "Cllr Bo Cole", "Mrs Di Ash"]
    # An item's row in a table of items names no one: "Apologies | Minutes: None. |".
    text = ("Minutes of the Fernbury Scrutiny Committee held on 3 May 2023\n\n"
            "No. | Item |\n---|---|\nApologies | Minutes: None. |\n\n"
            "1. Minutes\n\nThe minutes were agreed.\n")
    assert extract(text).attendance == []


def test_pdf_text_wrapped_heading_lists_and_number_runs() -> None:
    """PDF text: a heading wrapped over three lines under a stray line, a list of names
    wrapped anywhere (even inside a name) that ends with its sentence, apologies wrapped
    with reasons, and runs of paragraph numbers above an item's title."""
    text = (
        "MINUTES OF THE MEETING OF OAKBY PARISH COUNCIL\n"
        "page 1\n"
        "MINUTES OF THE MEETING OF OAKBY PARISH COUNCIL\n"
        "HELD IN THE OAKBY INSTITUTE ON\n"
        "MONDAY 6th MAY 2019 COMMENCING AT 7.30pm\n"
        "ATTENDANCE\n"
        "Present were:\n"
        "Cllr A Lamb (Chair), Cllr Mrs B\n"
        "Moss, Cllr C Nash and the Clerk.\n"
        "Two members of the public were present with PC Dan\n"
        "Oates for part of the meeting.\n"
        "1.\n"
        "APOLOGIES\n"
        "Apologies were received and accepted from Cllr D Pike who was\n"
        "away and Cllr E Quinn who was unwell.\n"
        "2.\n"
        "2.1\n"
        "URGENT ITEMS\n"
        "None.\n"
        "3.\n"
        "3.1.1\n"
        "DECLARATIONS OF INTEREST\n"
        "None were made.\n"
        "3.1.2\n"
        "3.2\n"
        "No gifts were declared.\n"
        "4.\n"
        "MINUTES OF THE APRIL 2019 MEETING\n"
        "RESOLVED to accept the minutes of the Council Meeting held on\n"
        "1st April 2019 as a true record.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time), m.venue) == (
        "OAKBY PARISH COUNCIL", "2019-05-06", "19:30:00", "THE OAKBY INSTITUTE")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr A Lamb", "Present"), ("Mrs B Moss", "Present"), ("Cllr C Nash", "Present"),
        ("Cllr D Pike", "Apologies"), ("Cllr E Quinn", "Apologies")]
    assert _numbered(m) == [
        ("1", "APOLOGIES"), ("2", "URGENT ITEMS"), ("3", "DECLARATIONS OF INTEREST"),
        ("4", "MINUTES OF THE APRIL 2019 MEETING")]
    ref = m.items[3].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2019-04-01"


def test_apologies_item_that_is_a_bare_list_of_names() -> None:
    text = (
        "Agenda and minutes\n\nThe Council - Thursday, 7th March, 2019 1.00 pm\n\n"
        "Items\nNo. Item\n\n1.\n\nAPOLOGIES\n\nTo receive any apologies for absence\n\n"
        "Minutes:\n\nCouncillors Huw ap Rhys, Ann Lloyd and Siôn Wyn Morgan.\n\n"
        "2.\n\nMINUTES\n\nMinutes:\n\nThe Chairman signed the minutes of the previous meeting "
        "of the Council held on 6 December 2018 as a true record.\n\n"
        "3.\n\nAPOLOGIES AND SUBSTITUTES\n\nMinutes:\n\nThe Chair welcomed everyone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Huw ap Rhys", "Apologies"), ("Ann Lloyd", "Apologies"),
        ("Siôn Wyn Morgan", "Apologies")]
    ref = m.items[1].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2018-12-06"


def test_apologies_one_a_line_with_their_reasons_after_a_dash() -> None:
    """An apologies item may list one name a line, each with its reason after a dash in
    lower case ("Brian Ambrose – unwell"): the reason, like one in brackets, is no part of
    the name; a line that is not a name leaves the item's minute unread as a list."""
    text = (
        "Minutes 20th December 2011\nHeld at the School on Tuesday, 20th December 2011.\n"
        "Present: Ann Bell (AB), Carl Dean (CD) and Emma Fox (EF).\n"
        "2895: Apologies for Absence:\nGail Hunt – unwell\nIan Jones – conflicting commitment\n"
        "2896: Clerk’s Report:\nNo reports.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance if a.status == "Apologies"] == [
        ("Gail Hunt", "Apologies"), ("Ian Jones", "Apologies")]
    prose = text.replace("Ian Jones – conflicting commitment", "The Clerk had been told.")
    assert [a.name for a in extract(prose).attendance if a.status == "Apologies"] == []


def test_decision_heading_and_agenda_item_page() -> None:
    """A "Decision" label inside a minute, then "That …"; a label before prose is no
    resolution. An "Agenda item" page whose own title is long; "AGREED that:" clauses."""
    text = (
        "Agenda and minutes\n\nPeople Board - Monday, 2nd March, 2020 2.00 pm\n\n"
        "Items\nNo. Item\n\n1.\n\nElection of Chair\n\nMinutes:\n\nCllr A Bond was nominated."
        "\n\nDecision\n\nThat Cllr A Bond be elected Chair for the year.\n\n"
        "2.\n\nUpdates\n\nMinutes:\n\nDecision:\n\nThe Board heard about the updates.\n"
    )
    first, second = extract(text).items
    assert [(r.marker, r.text) for r in first.resolutions] == [
        ("Decision", "That Cllr A Bond be elected Chair for the year.")]
    assert second.resolutions == []
    page = (
        "Agenda item\n\nAgenda item\n\nMINUTES OF THE LICENSING PANEL MEETINGS HELD ON: 3 May "
        "2021; 7 June 2021; 5 July 2021; 2 August 2021; 6 September 2021; 4 October 2021; "
        "1 November 2021\n\nMinutes:\n\nAGREED that:\n\n1.    the minutes be confirmed; and\n\n"
        "2.    the delay be noted.\n"
    )
    m = extract(page)
    assert m.committee is None and m.date is None
    (item,) = m.items
    assert item.title.startswith("MINUTES OF THE LICENSING PANEL MEETINGS")
    (res,) = item.resolutions
    assert [c.label for c in res.clauses] == ["1", "2"]


def test_item_titles_on_the_number_line_in_more_styles() -> None:
    """A decimal minute number before a title in capitals; a title in capitals followed by
    its minute on the same line; a numbered clause ending "; and" is not an item."""
    text = (
        "Minutes of the Annual Meeting of Ashworth Parish Council held via Zoom on Wednesday "
        "5 May 2021 commencing at 19:00.\n\n"
        "Present: Cllr A Bell (Chair), Cllr C Dean and Cllr E Finn\n\n"
        "21.40 ELECTION OF CHAIR OF THE COUNCIL\n\n"
        "It was RESOLVED that Cllr Bell be elected Chair.\n\n"
        "21.41 APOLOGIES. There were none.\n\n"
        "21.42 MINUTES OF MEETING, April 7th 2021. These were approved.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time)) == (
        "Ashworth Parish Council", "2021-05-05", "19:00:00")
    assert _numbered(m) == [
        ("21.40", "ELECTION OF CHAIR OF THE COUNCIL"), ("21.41", "APOLOGIES"),
        ("21.42", "MINUTES OF MEETING, April 7th 2021")]
    assert len(m.items[0].resolutions) == 1
    clauses = (
        "Minutes of the Finance Committee held on 2 May 2023\n\n"
        "7. Budget\n\nAGREED that:\n\n"
        "1.    The report be noted;\n\n2.    A review was welcomed and noted; and\n\n"
        "3.    The plan be approved.\n"
    )
    assert [i.title for i in extract(clauses).items] == ["Budget"]


@pytest.mark.parametrize(
    ("text", "committee", "when", "at"),
    [
        (  # the time before the venue
            "Minutes of the meeting of Lowe Parish Council, held at 7.30pm in the Memorial "
            "Hall on 20th May 2010.\n\nPresent: Cllrs Ash, Birch and Cole.\n\n"
            "1. Minutes\n\nAgreed.\n",
            "Lowe Parish Council", "2010-05-20", "19:30",
        ),
        (  # an item page whose first lines direct the committee to receive other minutes
            "Agenda item\n\nMinutes\n\nTo receive the minutes of the Planning Committee held "
            "on 3 May 2022.\n\nMinutes:\n\nRESOLVED that the minutes be noted.\n",
            None, "None", None,
        ),
        (  # ModernGov's printed minutes: the date line goes on to the time and the venue
            "Westshire Joint Fire Authority\n\nMonday, 16 December 2024 at 10.30 am in "
            "Ashby Hall, Training Centre, Elmford\n\nMinutes\n\nPresent:\n\nA Bell (Chair)"
            "\n\n45/24 Welcome\n\nThe Chair welcomed members.\n",
            "Westshire Joint Fire Authority", "2024-12-16", "10:30",
        ),
        (  # a Scottish council meets "within" its chambers
            "MINUTE OF MEETING of the ELMFORD COUNCIL held within the Council Chambers, Elmford, "
            "on THURSDAY 24th MAY 2007.\n\nPresent: Councillor A Bell, Councillor C Dean\n\n"
            "The Council agreed to note the report.\n",
            "ELMFORD COUNCIL", "2007-05-24", None,
        ),
        (  # a Northern Irish council records its "proceedings"
            "Minutes of Proceedings of a Meeting of District Council held in the Council "
            "Chamber, Elmford on Tuesday, 13 September 2011.\n\nPresiding: A Bell\n\n"
            "1 Minutes\n\nResolved: that the minutes be signed as correct.\n",
            "District Council", "2011-09-13", None,
        ),
        (  # a title with the time before the date
            "Minutes of Elmford Community Council Meeting 7:30Pm 28Th November 2018\n\n"
            "Present: Ann, Carl, Emma (Chair)\n\n1. Apologies: None\n",
            "Elmford Community Council", "2018-11-28", "19:30",
        ),
    ],
    ids=["time-then-venue", "receive-minutes-is-no-heading", "date-time-venue-line",
         "held-within", "minutes-of-proceedings", "time-before-date"],
)
def test_more_meeting_headings(text: str, committee: str | None, when: str,
                               at: str | None) -> None:
    m = extract(text)
    assert (m.committee, str(m.date)) == (committee, when)
    assert (m.start_time.strftime("%H:%M") if m.start_time else None) == at
    if "Chamber" in text:  # the venue ends before the comma that leads on to the date
        assert m.venue is not None and m.venue.endswith("Elmford")


@pytest.mark.parametrize("title", ["Minutes – 21 July 2020", "Minutes 21st July 2020",
                                   "21 July 2020 – Minutes"])
def test_a_page_title_that_dates_the_minutes_and_names_no_body(title: str) -> None:
    """A parish website's page title ("Minutes – 21 July 2020") over minutes whose heading
    names no meeting dates them; a date alone, or an agenda's title, does not."""
    body = ("PRESENT: Cllr. A Bell (Chairman); Cllr. C Dean.\n\n"
            "20/20 Apologies – None.\n\n20/21 Planning\n\nNo objection.\n")
    m = extract(f"{title}\n\n\n{body}")
    assert (m.committee, str(m.date)) == (None, "2020-07-21")
    assert [a.name for a in m.attendance] == ["Cllr. A Bell", "Cllr. C Dean"]
    # A date alone is taken only as a fallback, with a warning (see the fallback's test).
    dated = extract(f"21 July 2020\n\n{body}")
    assert str(dated.date) == "2020-07-21"
    assert any("date near the page's top" in w for w in dated.warnings)
    # A heading that names the meeting wins over the page's title.
    headed = extract(f"{title}\n\nMinutes of Elmford Parish Council 14 July 2020\n\n{body}")
    assert (headed.committee, str(headed.date)) == ("Elmford Parish Council", "2020-07-14")


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Footpaths Group\nNote of Meeting\n3rd March 2021\n", "2021-03-03"),
        ("Meeting details\n  • Date: 4th May 2022\n  • Location: Reading Room\n", "2022-05-04"),
        ("Elmford Hall Trust Notes of the meeting held 9 June 2019, Elmford Reading Room\n",
         "2019-06-09"),
        # dates of other meetings, of the page's printing, or two dates: no fallback
        ("Minutes of the previous meeting held on 3 March 2021 were approved.\n", None),
        ("Published 12 April 2021\n", None),
        ("Minutes of the meetings held on 3 March 2021 and 7 April 2021\n", None),
        # a date in capitals is a date: alone it dates the page, beside another it is one
        # of two
        ("GREEN LANE TRUST\nTHURSDAY 14TH FEBRUARY 2019\n", "2019-02-14"),
        ("TRUST MEETING TUESDAY 7 JULY 2020 referred from 2 June 2020 meeting\n", None),
    ],
    ids=["date-line", "date-label", "held-title", "previous", "published", "two-dates",
         "capitals", "capitals-and-another"],
)
def test_a_fallback_date_near_the_top_of_a_page_with_no_known_heading(
        top: str, expected: str | None) -> None:
    """A page whose heading the reader does not know takes the first full date among its
    first lines as the meeting's, with a warning, unless the line ties it to another meeting
    or to the page's printing; a date far down the page is never taken."""
    body = ("\nPresent: Cllr A Bell (Chair), Cllr C Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Footpaths\n\nThe stile was mended.\n")
    m = extract(top + body)
    assert (str(m.date) if m.date else None) == expected
    assert any("date near the page's top" in w for w in m.warnings) == bool(expected)
    late = extract(body + "\n3. Next meeting\n\n5 July 2021\n")
    assert late.date is None
    # A page of prose whose one item starts on its bulleted "Date:" label.
    prose = extract("Meeting minutes\n\n  • Date: 6th May 2022\n  • Location: the Hall\n\n"
                    "Apologies were received from Cllr Bell. It was resolved to mend the stile.\n")
    assert str(prose.date) == "2022-05-06"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # the page opens on its roll, its date on the roll's first line
        ("12 March 2019 (6.00pm - 7.30pm) PRESENT:\nCouncillor Ann Bell (Chair)\n", "2019-03-12"),
        # minutes told as prose: the members met on a day, over their roll
        ("Elmford Parish Council\nMembers of the Parish Council met as a working group at the "
         "Hall on 4th May 2021 at 7.00pm to walk the footpaths.\nPresent: Cllr A Bell; "
         "Cllr C Dean and Mr E Frey, clerk.\n", "2021-05-04"),
        # a line that ties its date to another meeting, or one of two dates, stays no date
        ("Members noted that the working group had last met on 2 March 2021 at the Hall.\n",
         None),
        ("The group met on 4th May 2021 and again on 11th May 2021 to walk the footpaths.\n",
         None),
    ],
    ids=["roll-line", "met-on", "last-met", "two-dates"],
)
def test_a_page_that_opens_on_its_untitled_minutes_dates_them_by_its_first_lines(
        top: str, expected: str | None) -> None:
    """A page read as one untitled item from its first line (a roll, or minutes' prose with no
    heading) still takes a short dated line among its first lines as the meeting's, and a
    line that says the members met on a day is dated like one that says the meeting was held;
    a long sentence inside the untitled item dates it only when it is that short line."""
    body = ("Councillor Ann Bell welcomed everyone. Members agreed to mend the stile. "
            "The Clerk reported that the hedge had been cut.\n")
    m = extract(top + body)
    assert (str(m.date) if m.date else None) == expected
    # A long sentence that says a meeting was held, inside the untitled item, is the item's
    # prose: it may tell of another meeting, so it dates nothing.
    prose = extract("Councillor Ann Bell reported that a meeting of the residents was held in "
                    "the Hall on 3 June 2021 and was well attended by many people.\n" + body)
    assert prose.date is None


def test_a_fallback_date_whose_year_wraps_onto_the_next_line() -> None:
    """A narrow heading that wraps its date's year onto the next line ("… on Monday, 10
    October" / "2011 at 7.30pm.") still dates the page; a date with no year on either line
    stays no date."""
    body = ("\nPRESENT: Councillors Ann Bell (Chair), Colin Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Footpaths\n\nThe stile was mended.\n")
    top = ("ELMFORD COUNCIL\n\nMinute of a meeting of the Works Group in the\n"
           "Town Hall, Elmford on Monday, 10 October\n2011 at 7.30pm.\n")
    assert str(extract(top + body).date) == "2011-10-10"
    bare = extract("ELMFORD COUNCIL\n\nWorks Group in the Town Hall on Monday, 10 October\n"
                   "at 7.30pm.\n" + body)
    assert bare.date is None


def test_a_fallback_date_is_no_evidence_that_a_page_is_minutes() -> None:
    """An agenda dated at its top is still refused: the fallback date is read only for pages
    already taken as minutes."""
    with pytest.raises(NotMinutesError):
        extract("Notice\n4 May 2022\n\n1. To receive apologies\n2. To consider the hedge\n")


@pytest.mark.parametrize("top", [
    "Elmford Footpaths Group Minutes Saturday 11 January 2020\n",
    "Minutes of the Elmford Rural Action Group (RAG) Meeting 10:00 a.m. Thursday 9th of "
    "January, 2020 Mill Hall, Elmford\n",
])
def test_a_line_that_calls_the_page_minutes_and_dates_it_is_evidence(top: str) -> None:
    """A page titled as minutes in a way no heading pattern knows ("X Minutes <date>",
    "Minutes of X Meeting <time> <date> <venue>") is dated by the fallback and, since its
    title calls it minutes, read rather than refused; an agenda under such a title is still
    refused by what its items say, and a dated page that calls itself nothing stays refused."""
    body = "\n1 Welcome\n\nAB welcomed the members.\n\n2 Stiles\n\nThe stile is broken.\n"
    m = extract(top + body)
    assert str(m.date).startswith("2020-01")
    with pytest.raises(NotMinutesError):
        extract(top + "\n1. To receive apologies\n\n2. To consider the stiles\n\n"
                "3. To agree the date of the next meeting\n")
    with pytest.raises(NotMinutesError):
        extract("Elmford Footpaths Group Notice Saturday 11 January 2020\n" + body)


def test_a_moderngov_page_run_onto_one_line_reads_its_minute_labels() -> None:
    """A ModernGov page whose rows are each run onto one line puts a title, "Minutes:" and
    its minute together: each label opens a sentence, and a councillor named in full with his tier
    ("Westshire City Councillor Ian Bell asked") is a minute's subject, so the page is read;
    the same rows with an agenda's text ("To receive …") and no minute stay refused."""
    page = ("Additional documents: Minutes: RESOLVED that the Minutes of the Annual meeting be "
            "signed as a correct record. |\nQuestions from the Public Minutes: In "
            "line with Standing Orders, Westshire City Councillor Ian Bell asked about the "
            "depot and was given an answer.\nAddress from the Union Minutes: The Authority "
            "received an address from the union about the depot.\n")
    assert extract(page).items
    with pytest.raises(NotMinutesError):
        extract("Questions from the Public To receive questions from the public.\n"
                "Address from the Union To receive an address from the union.\n")


def test_minute_numbers_by_the_councils_year_span() -> None:
    """Parish minutes may number each minute by the council's year as a span of two
    ("19/2013-14"), the number on a line of its own over the title."""
    text = (
        "MINUTES of the MEETING of ELMFORD PARISH COUNCIL held on Wednesday 10 July 2013 in "
        "the Village Hall at 7.30pm\n\nPresent: Cllr A Bell\n\n"
        "19/2013-14\n\nAPOLOGIES FOR ABSENCE\n\nCllr Dean\n\n"
        "20/2013-14\n\nCONFIRMATION OF MINUTES\n\nMembers APPROVED the minutes.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("19/2013-14", "APOLOGIES FOR ABSENCE"), ("20/2013-14", "CONFIRMATION OF MINUTES")]
    assert ("Cllr Dean", "Apologies") in [(a.name, a.status) for a in m.attendance]
    # A year alone, or a date's span, is still no minute number.
    assert extract(text.replace("19/2013-14", "2013-14")).items[0].number != "2013-14"


def test_apologies_sent_and_fragments_of_bodies_in_a_list() -> None:
    """"Cllr A & Cllr B sent apologies"; a PDF list that lost its separators leaves loose
    pieces of bodies' names ("City" of "City and District Council"), which are no people;
    a capacity after its own comma belongs to the name before it."""
    text = (
        "Minutes of the Scrutiny Panel held on 9 July 2012\n\n"
        "Present: Cllr A Hill, North District Council Cllr Mrs B Ives, City and District "
        "Council Cllr C Jay, Borough Council Cllr D King (substitute), Cllr E Lowe\n\n"
        "Attendance: Councillors F Moss, (Chairman), G Nunn and H Orr\n\n"
        "1. Apologies\n\nCllr P Quill & Cllr R Shaw sent apologies.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr A Hill", "Present", None),
        ("Cllr Mrs B Ives", "Present", None),
        ("Cllr C Jay", "Present", None),
        ("Cllr D King", "Present", None),
        ("Cllr E Lowe", "Present", None),
        ("F Moss", "Present", "Chairman"),
        ("G Nunn", "Present", None),
        ("H Orr", "Present", None),
        ("Cllr P Quill", "Apologies", None),
        ("Cllr R Shaw", "Apologies", None),
    ]


def test_numbered_items_with_an_attendance_list_are_minutes() -> None:
    """No heading names the meeting, but a page with a list of who was present and
    numbered items is minutes, not an agenda."""
    text = (
        "Village Meeting Minutes (via Zoom)\n\n"
        "PRESENT: Councillors A Wood (Chairman), B Young and C Zane.\n"
        "1. APOLOGIES FOR ABSENCE. There were none.\n\n"
        "2. DECLARATIONS OF INTEREST. There were none.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST"]
    assert [a.name for a in m.attendance] == ["A Wood", "B Young", "C Zane"]


def test_attendance_given_as_sentences_above_the_items() -> None:
    """"Councillors A and B were present" above the items; a minute that corrects another
    meeting's attendance is not this meeting's."""
    text = (
        "Minutes of the meeting of Fenby Parish Council held at 7.00pm in the Village Hall on "
        "3rd June 2019.\n\n"
        "Present: Cllrs Ash, Birch and Cole. County Councillor Dee Eve was in attendance with "
        "two members of the public. District Cllrs F Gale and H Ince were also present.\n\n"
        "1. Minutes of the last meeting\n\n"
        "RESOLVED that the minutes of the meeting held on 7th May 2019 be amended to note "
        "that Councillor J Kay was in attendance, and be approved.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time), m.venue) == (
        "Fenby Parish Council", "2019-06-03", "19:00:00", "the Village Hall")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Ash", "Present"), ("Birch", "Present"), ("Cole", "Present"),
        ("Councillor Dee Eve", "AlsoInAttendance"), ("F Gale", "AlsoInAttendance"),
        ("H Ince", "AlsoInAttendance")]


def test_attendees_heading_and_title_with_the_date_below() -> None:
    """"Minutes of the X Committee Meeting" with the date on a line of its own; "Attendees:"
    and "Officers:" lists; the lists are no item's title, nor is a line of prose."""
    text = (
        "Minutes of the Housing Review Committee Meeting\n\nMonday 4 March 2019\n\n"
        "Attendees:  Councillors Mrs Ash, Birch and D Cole\n\n"
        "Officers:   Ann Dee and Bob Eve\n\n"
        "Apologies:  Councillor Fry\n\n"
        "The notes of the last meeting were noted. Changes were suggested for the next meeting\n\n"
        "Resolved: That\n\na)  the review continue; and\n\nb)  officers report back.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Housing Review Committee", "2019-03-04")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Mrs Ash", "Present"), ("Birch", "Present"), ("D Cole", "Present"),
        ("Ann Dee", "AlsoInAttendance"), ("Bob Eve", "AlsoInAttendance"),
        ("Councillor Fry", "Apologies")]
    # Below the lists, the unheaded minute is read as one untitled item.
    (item,) = m.items
    assert item.title == "" and item.text.startswith("The notes of the last meeting")
    assert len(item.resolutions) == 1


def test_apologies_reported_and_an_issue_page_that_lost_its_title() -> None:
    text = (
        "Issue - meetings\n\n\nMeeting: 05/04/2023 - Council (Item 12)\n\n\n"
        "Apologies were reported on behalf of Alderman Gray and Councillors Hunt, Irwin and "
        "Judd.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Council", "2023-04-05")
    # "Issue - meetings" is the page's label, not the item's title
    assert not any(i.title for i in m.items)
    assert [a.name for a in m.attendance] == ["Alderman Gray", "Hunt", "Irwin", "Judd"]


def test_item_numbers_behind_bullets_and_titles_ending_in_a_full_stop() -> None:
    """Web pages that print each item as a bulleted number, with its title in mixed case
    ending in a full stop; a numbered sentence inside a minute is still no item."""
    text = (
        "Minutes of the meeting of Brookside Town Council held on 8 April 2022\n\n"
        "Present: Cllrs A Bell, C Dent and E Finch\n\n"
        "• 1. Apologies for absence.\n\nNone.\n\n"
        "• 2. Minutes of the last meeting.\n\n"
        "The minutes of the meeting held on 11 March 2022 were approved.\n\n"
        "• 3. Finance report.\n\nThe Clerk presented the accounts:\n\n"
        "4. The bank balance was noted.\n\n"
        "• 4. Any other business.\n\nNone.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("1", "Apologies for absence."), ("2", "Minutes of the last meeting."),
        ("3", "Finance report."), ("4", "Any other business.")]
    ref = m.items[1].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2022-03-11"


def test_numbered_paragraph_under_an_item_is_not_a_sub_item() -> None:
    text = (
        "Minutes of the meeting of Ashby Parish Council held on 9 May 2016\n\n"
        "Present: Cllrs A Bell and C Dean\n\n"
        "4. Co-option of Councillors\n4.1. There were no co-options of Councillors.\n\n"
        "5. Apologies\n5.1. There were apologies from PCSO Jo Hart and Sam Lee (Highways)\n\n"
        "6. Declarations of Interest\n6.1. None declared\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("4", "Co-option of Councillors"), ("5", "Apologies"), ("6", "Declarations of Interest")]


def test_heading_inside_a_page_run_onto_one_line() -> None:
    """A page whose line breaks were lost: a note about approval comes before the heading,
    and a first "minutes of …" reaches into the real heading; the real one is read."""
    text = (
        "1 (Published subject to approval and to any amendments recorded in the minutes of "
        "the Meeting at which they are approved) Oakby Parish Council Minutes of a Meeting of "
        "Oakby Parish Council held at 7.00pm on Monday 4 February 2008 at the Council Chamber "
        "Present Members: Cllr A Bell (Chairman), Cllr C Dean. RESOLVED to elect Cllr Dean.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time)) == (
        "Oakby Parish Council", "2008-02-04", "19:00:00")


def test_four_digit_minute_numbers_and_a_stray_number_above_the_items() -> None:
    """A county council's running minute numbers ("2281.") and a parish's year-and-month ones
    ("2405.02"); a bare "1" left by the page's language menu is no item, and a year on its own
    line is no minute number."""
    county = (
        "Accessibility links\n\n1\n\nChoose a language\n\nAgenda and minutes\n\n"
        "Items\nNo. Item\n\n2281.\n\nApologies (Agenda item 1)\n\nMinutes:\n\n"
        "Apologies were received from Mr K Lund.\n\n2282.\n\nChairman (Agenda item 2)\n\n"
        "Minutes:\n\nRESOLVED that Mrs P Orme be elected Chairman.\n\n2019\n\nRoad Safety\n"
    )
    m = extract(county)
    assert _numbered(m) == [
        ("2281", "Apologies (Agenda item 1)"), ("2282", "Chairman (Agenda item 2)")]
    parish = (
        "Minutes of the Parish Council Meeting\nheld in the Church Room\n"
        "on Monday 13th May 2024 at 7.00pm\n\n2405.01 Present\nCouncillors: A. Bell, C Dean\n\n"
        "2405.02 Declarations of Interest\nNone.\n\n2405.03 Grass Cutting\n"
        "It was resolved that the quote be accepted.\n"
    )
    m = extract(parish)
    assert [i.number for i in m.items] == ["2405.01", "2405.02", "2405.03"]
    assert (m.committee, str(m.date), m.venue) == (
        "Parish Council", "2024-05-13", "the Church Room")


def test_five_digit_running_minute_numbers_under_a_numbered_heading() -> None:
    """A town or parish council numbers its minutes on from year to year, so the numbers
    reach five digits ("14201."); the page's heading may itself carry the first number and
    say what state the minutes are in ("14200. APPROVED minutes of a meeting of …")."""
    text = (
        "2019/06/03\nMonday 3rd June 2019\n"
        "14200. APPROVED minutes of an ordinary meeting of the Elmbridge Parish Council held on\n"
        "Monday 3rd June 2019 at 7pm at the Village Hall, Elmbridge.\n"
        "14201. Present:\nCllrs A Bell (Chairman), C Dean and E Frost.\n"
        "14202. Declarations of Members Interests – None were declared.\n"
        "14203. Playing Field – The Clerk reported that the new gate had been fitted.\n")
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Elmbridge Parish Council", "2019-06-03")
    assert [i.number for i in m.items] == ["14201", "14202", "14203"]
    # A year on its own line is still no minute number, five digits or four.
    assert not any(i.number == "2019" for i in m.items)


def test_a_page_shown_under_a_document_sites_furniture() -> None:
    """A document-sharing site prints its furniture above the page (a bare count, "Click
    here to load reader", "Embed Size (px)", "Citation preview") and ends it on "Page 1:
    <the page's first words>": the page's own heading is among the lines below that one."""
    text = (
        "17\n\nClick here to load reader\n\nCOUNCILLOR - Web viewCouncillor Ash asked about "
        "the ... A Bell\n\nEmbed Size (px)\n\nCitation preview\n\nPage 1: COUNCILLOR - Web "
        "viewCouncillor Ash asked about the ... A Bell\n\nOAKDALE DISTRICT COUNCIL\n\nOD/C/\n\n"
        "Minutes of Council Meeting held on Monday 6 March 2017 at 6pm in the Council Chamber\n\n"
        "In the Chair: Councillor A Bell\n\nC/10/2017 APOLOGIES\n\nApologies were received "
        "from Councillor Ash.\n\nC/11/2017 MINUTES\n\nThe minutes were agreed.\n")
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Council", "2017-03-06")
    # Without the site's "Page 1:" line the heading stands too far down to be the page's.
    m = extract(text.replace("Page 1: ", "Preview: "))
    assert m.date is None or m.committee != "Council"


def test_a_page_shown_as_a_document_sites_transcription() -> None:
    """Another document-sharing site prints its furniture ("Size: px", "Start display at
    page:", "Download "<title>"") over "Transcription", under which the page's text runs on
    from its page number "1 ": the page's heading is read from there, behind the page's note
    that names the minutes' approval ("… the minutes of the Meeting at which they are
    approved)"), as the page's first lines."""
    page = ("Elmford Parish Council\n\nSize: px\nStart display at page:\n\n"
            'Download "Elmford Parish Council"\n\nTranscription\n\n'
            "1 (These minutes are subject to approval at the next Meeting) Elmford Parish "
            "Council Minutes of a Meeting of Elmford Parish Council held at 7.00pm on Monday 5 "
            "March 2018 at the Village Hall Present: Cllr A Bell (Chairman), Cllr C Dean. "
            "Apologies were received from Cllr E Frey. It was resolved to mend the stile.\n")
    m = extract(page)
    assert (m.committee, str(m.date)) == ("Elmford Parish Council", "2018-03-05")
    # "Transcription" with no page number under it starts no page.
    moved = extract(page.replace("\n1 (These", "\nNote (These"))
    assert moved.date is None or moved.committee is None


def test_scottish_minute_of_meeting_and_the_venue_after_the_date() -> None:
    """"Minute of Meeting of …" (Scottish usage), "the 14th of May", a date glued to its
    ordinal ("3rdJune"), and a venue after the date and time."""
    m = extract(
        "MINUTE of MEETING of the LOCH VIEW WORKING GROUP held in the Glen Hall on 3rdJune "
        "2005 at 10am\n\n1. Welcome\n\nAll were welcomed.\n\n2. Matters Arising\n\nNone.\n")
    assert (m.committee, str(m.date), str(m.start_time), m.venue) == (
        "LOCH VIEW WORKING GROUP", "2005-06-03", "10:00:00", "the Glen Hall")
    m = extract(
        "Minutes of the Annual Meeting of Elmfield Parish Council\n"
        "Held on the 14th of May 2014 at 7.30 pm at The Pavilion, Elmfield\n\n"
        "Apologies: Cllr R Moss\n\n1. Election of Chairman\n\nCllr Dean was elected.\n")
    assert (m.committee, str(m.date), str(m.start_time), m.venue) == (
        "Elmfield Parish Council", "2014-05-14", "19:30:00", "The Pavilion, Elmfield")


def test_heading_below_the_page_labels_and_the_roll_called_in_the_first_item() -> None:
    """A council's web page prints its own labels above the minutes' heading, and Scottish
    minutes call the roll in their first item: "Present:" and "In Attendance:" lists (posts,
    not people, may stand for officers), "X in the Chair", apologies "intimated"."""
    text = (
        "Agendas, reports and minutes\n\nGlenmore Council\n\nDate: Thursday, 4 May 2023\n\n"
        "Minutes: Read the Minutes\n\n"
        "Minutes of Meeting of the Glenmore Council held in the Council Chamber, Ross Street, "
        "Dunmore on Thursday, 4 May 2023 at 10.30am.\n\n"
        "1. Calling of the Roll and Apologies for Absence\n\nPresent:\n"
        "Mr A Bain, Mrs C Dow, Ms E Fyfe\n\nIn Attendance:\nChief Executive\n"
        "Director of Housing & Property, Director of Finance\n\nMr A Bain in the Chair\n\n"
        "Apologies for absence were intimated on behalf of Mr G Hogg.\n\n"
        "2. Declarations of Interest\n\nThere were none.\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date), str(m.start_time)) == (
        "Glenmore Council", "2023-05-04", "10:30:00")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Mr A Bain", "Present"), ("Mrs C Dow", "Present"), ("Ms E Fyfe", "Present"),
        ("Mr G Hogg", "Apologies")]


def test_table_layout_kept_by_a_converter() -> None:
    """A ModernGov page whose table a converter kept: one row a line, the title running into
    the agenda's text or the "Minutes:" label, a row whose title was lost, and the rows'
    minutes, resolutions and apologies inside them."""
    text = (
        "Venue: Town Hall, Ashby\nContact: Jo Bloggs\nNo. | Item |\n---|---|\n"
        "Apologies for Absence To receive any apologies. Minutes: Apologies were received "
        "from Councillors Ann Bell and Carl Dean. |\n|\n"
        "Declarations of Interest Members are reminded that they must declare interests. "
        "Minutes: None were declared. |\n|\n"
        "To confirm the minutes of the meeting held on 3 March 2024. Decision: RESOLVED:\n"
        "That the minutes be confirmed. Minutes: RESOLVED:\n"
        "That the minutes of the meeting held on 3 March 2024 be confirmed as a correct record. |\n"
        "|\nBus Shelters PDF 120 KB To consider the report of the Head of Highways.\n"
        "Director of Place. Additional documents:\n"
        "Minutes: The report was considered.\nRESOLVED that two shelters be replaced.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Apologies for Absence", "Declarations of Interest",
        "To confirm the minutes of the meeting held on 3 March 2024.", "Bus Shelters"]
    assert [len(i.resolutions) for i in m.items] == [0, 0, 1, 1]
    ref = m.items[2].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2024-03-03"
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Ann Bell", "Apologies"), ("Carl Dean", "Apologies")]
    assert m.venue == "Town Hall, Ashby"


def test_apologies_in_more_sentence_shapes() -> None:
    """Apologies "also received", "received" with no verb before it, "with valid reasons",
    sent by a councillor "also", by a name without "Councillor", and listed below a sentence
    ending in a colon, one a line, with a substitute's name cut off; an apology for something
    else is no apology for absence."""
    text = (
        "Minutes of the meeting of Fenby Parish Council held on 6 June 2022\n\n"
        "1. Apologies\n\nApologies received from Cllr Moss. Apologies and valid reasons for "
        "absence were received from Cllr Nash and these were accepted. Apologies for absence "
        "were also received from Councillor Lyn Orr, who was on leave.\n\n"
        "Cllr Pike (WDC) also sent his apologies. Ruth Quinn had also sent her apologies.\n\n"
        "The Clerk apologised for the late papers. Sam Reed apologised for the delay.\n\n"
        "2. Substitutes\n\nApologies for absence were received from:\n\n"
        "Councillor Tom Shaw, for whom Councillor Uma Vale was substitute;\n\n"
        "o   Cllr Will Webb\n\nThe Chair welcomed everyone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr Moss", "Apologies"), ("Cllr Nash", "Apologies"), ("Councillor Lyn Orr", "Apologies"),
        ("Cllr Pike", "Apologies"), ("Ruth Quinn", "Apologies"),
        ("Councillor Tom Shaw", "Apologies"), ("Cllr Will Webb", "Apologies")]


def test_apologies_received_from_a_colon_and_also_attending_in_a_run_on_roll() -> None:
    """"Apologies for absence were received from: Councillor A (Body); …" with the names on
    the colon's line is a sentence of apologies like one without the colon (a colon ending
    its line heads a list below, read elsewhere); "Also Attending:" heads those in attendance
    like "Also present:", also where a page's line breaks were lost. Negative: prose with
    commas after the run-on roll names no one."""
    text = (
        "WESTMOOR TRANSPORT PARTNERSHIP Minute of Meeting of the Westmoor Transport "
        "Partnership held in the Board Room, Westmoor on Tuesday 4 March 2014 at 10.30 am. "
        "Present: Councillor Ann Bell (Westmoor Council); Councillors Carl Dean and Eve Fox "
        "(Eastmoor Council). In Attendance: G Hale (Director); I Jones (Treasurer). Also "
        "Attending: K Lane (Arup) Apologies for absence were received from: Councillor Mia "
        "Nash (Westmoor Council); Councillor Olly Pike (Eastmoor Council). 1. DECLARATIONS OF "
        "INTEREST There were none. 2. BUS SERVICES The Director reported that the Rural, "
        "Urban and School services, Monday to Friday, would run as before.\n")
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Councillor Ann Bell", "Present"), ("Carl Dean", "Present"), ("Eve Fox", "Present"),
        ("G Hale", "AlsoInAttendance"), ("I Jones", "AlsoInAttendance"),
        ("K Lane", "AlsoInAttendance"), ("Councillor Mia Nash", "Apologies"),
        ("Councillor Olly Pike", "Apologies")]


def test_an_apology_of_absence_from_councillors_of_a_two_word_tier() -> None:
    """"An apology of absence" (as Welsh councils and parishes write it) is an apology for
    absence; "County Borough Councillors" before the list is a title of two tier words, no
    part of the first name. An apology of another kind still names no one."""
    text = (
        "Minutes of the meeting of Fenby Community Council held on 6 June 2022\n\n"
        "1. Apologies of absence\n\nAn apology of absence was received from County Borough "
        "Councillors A Moss, B Nash and C Orr.\n\n2. Footpaths\n\nThe Clerk gave an apology "
        "of absence of the contractor, Dan Pike, from the site.\n")
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("A Moss", "Apologies"), ("B Nash", "Apologies"), ("C Orr", "Apologies")]


def test_resolutions_inside_a_sentence() -> None:
    """"… no further nominations it was resolved that …", "Members considered and RESOLVED
    to …": a resolution running to the sentence's end; not one put at another meeting, and
    not one that opens a list ("it was resolved to:"), which is left to the clauses."""
    text = (
        "Minutes of the meeting of Gatley Parish Council held on 7 March 2022\n\n"
        "1. Election of Chairman\n\nCllr Bell proposed Cllr Dean and as there were no other "
        "nominations it was resolved that Cllr Dean be Chairman. Cllr Dean thanked members.\n\n"
        "2. Play Area\n\nMembers considered the quotes and RESOLVED to accept the lower one.\n\n"
        "3. Footpaths\n\nAt the last meeting it was resolved to write to the County. No reply "
        "has come. On a vote it was resolved to: A write again B copy the MP.\n\n"
        "4. Minutes of the meeting held 7th February 2022\n\n"
        "It was resolved that the Chairman sign these as a correct record.\n"
    )
    m = extract(text)
    assert [[r.text for r in i.resolutions] for i in m.items] == [
        ["Cllr Dean be Chairman."], ["accept the lower one."], [],
        ["the Chairman sign these as a correct record."]]
    ref = m.items[3].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2022-02-07"


def test_confirming_minutes_of_a_dated_meeting() -> None:
    """"the minutes of a meeting of Cabinet of 18 June 2019 be approved": the date after "of"."""
    text = (
        "Items\nNo. Item\n\n12.\n\nApproval of Minutes\n\nMinutes:\n\n"
        "RESOLVED: That the minutes of a meeting of Cabinet of 18 June 2019 be approved.\n"
    )
    m = extract(text)
    ref = m.items[0].confirms_minutes_of
    assert ref is not None and (ref.committee, ref.date.isoformat()) == ("Cabinet", "2019-06-18")
    assert m.committee == "Cabinet"
    # "the minutes of the Planning Committee meetings held on …": the committee, not "meetings".
    plural = extract(text.replace("a meeting of Cabinet of 18 June 2019",
                                  "the Planning Committee meetings held on 18 June 2019"))
    assert plural.committee == "Planning Committee"


def test_an_item_titled_present_and_officers_named_in_a_present_line() -> None:
    """Parish minutes that number everything, attendance too ("0611.01 Present", a
    "Councillors:" line, "Apologies for Absence" alone over the apologies); an officer's post
    in brackets or before the name makes them in attendance, not present."""
    text = (
        "Minutes of the Parish Council Meeting held in the Reading Room on 5 June 2023\n\n"
        "0611.01 Present\nCouncillors: A. Bell (AB)(Chairman), C Dean (CD)\n"
        "In Attendance : 3 members of public\nApologies for Absence\n"
        "Councillor E. Finch (EF); County Councillor G. Hart (GH);\n\n"
        "0611.02 Declarations of Interest\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("A. Bell", "Present", "Chairman"), ("C Dean", "Present", None),
        ("Councillor E. Finch", "Apologies", None),
        ("Councillor G. Hart", "Apologies", "County Councillor")]
    m = extract(
        "Minutes of the meeting of Hilton Parish Council held on 9 May 2022\n\n"
        "Present: Cllr J Kay (Chair), Cllr L Moss, Mrs N Owen (Clerk) and the Parish Clerk's "
        "assistant, Mr P Rae.\n\n1. Apologies\n\nNone.\n")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr J Kay", "Present"), ("Cllr L Moss", "Present"),
        ("Mrs N Owen", "AlsoInAttendance"), ("Mr P Rae", "AlsoInAttendance")]


def test_a_numbered_present_minute_with_its_names_after_the_colon() -> None:
    """A roll numbered as a sub-minute, the names on the number's line after "Present:"
    ("1.1 Present: Councillors A, B."): the item is titled "Present" and its names start
    after the colon; the "Apologies:" line below it is read too."""
    m = extract(
        "MINUTES of THE PARISH COUNCIL MEETING\n2nd November 2021\n"
        "1. ATTENDANCE\n1.1 Present: Councillors Bell, Dean, Finch.\n"
        "Apologies: Councillors Hart and Kay\n"
        "2. MINUTES\n2.1 The minutes of the meeting of 5th October 2021 were agreed.\n")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Bell", "Present"), ("Dean", "Present"), ("Finch", "Present"),
        ("Hart", "Apologies"), ("Kay", "Apologies")]


def test_a_numbered_apologies_minute_that_holds_a_sentence_stays_an_item() -> None:
    """An item titled "1. Apologies for absence" over a sentence, and a "Present:" item
    whose colon stands before prose, are items like any other: no one is read from the
    prose after the colon, and the next minute keeps its own title."""
    m = extract(
        "MINUTES of THE PARISH COUNCIL MEETING\n2nd November 2021\n"
        "1. Apologies for absence\nThe Clerk reported that none had been received.\n"
        "1.1 Present: the Clerk reported that the hall was booked for the next meeting.\n"
        "2. MINUTES\n2.1 The minutes of the meeting of 5th October 2021 were agreed.\n")
    assert [i.title for i in m.items][:3] == ["Apologies for absence", "Present", "MINUTES"]
    assert m.attendance == []


def test_agenda_item_page_without_a_decision() -> None:
    """An "Agenda item" page holds one item's minute whether or not a decision is recorded;
    the line under the label is its title even when it ends in a full stop or reads like a
    presenter's line. A page with neither the label nor a decision is still refused."""
    m = extract(
        "Agenda item\n\nHighways Maintenance Update.\n\nMinutes:\n\n"
        "The Panel received a verbal update from the Head of Highways. Members asked that the "
        "list of resurfacing schemes be circulated after the meeting.\n"
    )
    (item,) = m.items
    assert item.title == "Highways Maintenance Update"
    assert item.text.startswith("The Panel received a verbal update")
    assert m.date is None and m.committee is None
    (item,) = extract(
        "Agenda item\n\nReport of the three Scrutiny Panels\n\nMinutes:\n\n"
        "The Chair introduced the report on the panels' work since May.\n"
    ).items
    assert item.title == "Report of the three Scrutiny Panels"
    (item,) = extract(
        "Agenda item\n\nTo note the minutes of the following meetings:\n\n"
        "· Licensing Panel on 3 May 2022\n\n· Appeals Panel on 9 May 2022\n"
    ).items
    assert item.title == "To note the minutes of the following meetings"
    with pytest.raises(NotMinutesError):
        extract("Highways Maintenance Update\n\nThe Panel received a verbal update from the "
                "Head of Highways.\n")


def test_an_item_page_that_files_papers_with_these_minutes() -> None:
    """A ModernGov item page cut down to its minute (no heading, no roll, its "RESOLVED"
    lost with the styling) that files a paper "with these minutes" is read: only a meeting's
    record speaks of itself so. The same words on a page that tells of a meeting to come,
    without anything done, or in a story's quotation (single quotes as well as double: "'…
    attached to these minutes,' she said") stay refused."""
    m = extract(
        "The Committee considered a report of the Director of Highways which set out the "
        "winter gritting plan. A copy of the report marked 'Agenda Item 6' is filed with these "
        "minutes.\nThat the winter gritting plan be approved.\nSupporting documents:\n")
    assert m.items and any("read as minutes" in w or "prose read as one item" in w
                           for w in m.warnings)
    for text in (
        "The Committee will be held on 4 May 2022. A copy of the report marked 'Agenda Item 6' "
        "is filed with these minutes.\nSupporting documents:\n",
        "A copy of the report marked 'Agenda Item 6' is to be filed with these minutes.\n"
        "Supporting documents:\n",
        "The Committee considered a report of the Director of Highways.\n"
        "That the winter gritting plan be approved.\nSupporting documents:\n",
        # a press release quoting the words in single quotes, as it quotes in double ones
        "Press release\nThe Leader said the plan was agreed after a long debate. 'The "
        "responses are attached to these minutes,' she said.\nFor more information contact "
        "the press office.\n",
        "Press release\nThe Leader said the plan was agreed after a long debate. \u2018The "
        "responses are attached to these minutes,\u2019 she said.\nFor more information "
        "contact the press office.\n",
    ):
        with pytest.raises(NotMinutesError):
            extract(text)


def test_agenda_item_page_saved_without_blank_lines() -> None:
    text = (
        "Agenda item\nReview of the Ranger Service (RS)\n"
        "The report was presented by the Head of Visitor Services, who outlined the review.\n"
        "- To note the review.\n"
    )
    (item,) = extract(text).items
    assert item.title == "Review of the Ranger Service (RS)"


def test_a_minute_about_earlier_minutes_below_the_first_lines_is_no_heading() -> None:
    """Below a page's first four lines a heading may stand under the page's labels, but a
    sentence that starts with the same words and goes on with a verb is a minute about
    earlier minutes; and "the meeting of the Committee" names no committee."""
    text = (
        "Agenda item\n\nTo approve the minutes of the meeting held on 2 March 2021.\n\n"
        "A Member asked about minute 12.\n\nThe Chairman answered.\n\n"
        "Minutes of the meeting of the Cabinet held on 2 March 2021 were agreed as a correct "
        "record.\n"
    )
    m = extract(text)  # its title lost: the agenda's direction stands for it
    assert m.date is None  # the minute about earlier minutes dates nothing
    assert [i.title for i in m.items] == [
        "To approve the minutes of the meeting held on 2 March 2021"]
    text = (
        "Venue: Town Hall\nNo. | Item |\n"
        "Minutes To approve the minutes of the meeting of the Committee held on 5 May 2022. "
        "Minutes: The minutes of the meeting of the Committee held on 5 May 2022 were agreed.\n"
    )
    assert extract(text).committee is None


def test_a_list_that_lost_its_separators_is_cut_at_each_honorific() -> None:
    """PDF text of a town council's minutes: names one after another with no commas, each with
    its honorific ("Cllr Mrs B Orme" keeps both; "County Cllr" stays one; a role after a comma
    is no name)."""
    text = (
        "MINUTES OF THE FULL COUNCIL MEETING HELD ON 6 MARCH 2019 AT 7PM\n\n"
        "PRESENT: Cllr A Lake (Mayor) Cllr C Moss Cllr Mrs B Orme Cllr D Pike\n\n"
        "APOLOGIES: Cllr E Quay Rev F Rowe, Mayor's Chaplain County Cllr G Shaw\n\n"
        "1. MINUTES\n\nThe minutes were approved.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr A Lake", "Present", "Mayor"), ("Cllr C Moss", "Present", None),
        ("Cllr Mrs B Orme", "Present", None), ("Cllr D Pike", "Present", None),
        ("Cllr E Quay", "Apologies", None), ("Rev F Rowe", "Apologies", None),
        ("Cllr G Shaw", "Apologies", "County Cllr")]


def test_item_numbers_closed_by_a_bracket() -> None:
    """A parish assembly numbers its items "1)", "2)"; a resolution's clauses numbered the
    same way are no items, nor are bracketed clauses on a page numbered "1.", "2."."""
    text = (
        "Minutes of the Annual Parish Assembly of Oxley Parish Council\n"
        "Held on the 9th of May 2019 at 7.00 pm at The School Hall, Oxley\n\n"
        "1) Minutes of the Annual Parish Assembly on 10th May 2018\n"
        "Were read and signed by the Chairman as a true record.\n\n"
        "2) Village Reports\nThe reports were received.\n\n"
        "3) Any Other Business\nRESOLVED:\n1) That the hall be repainted.\n"
        "2) That quotes be sought.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("1", "Minutes of the Annual Parish Assembly on 10th May 2018"),
        ("2", "Village Reports"), ("3", "Any Other Business")]
    ref = m.items[0].confirms_minutes_of
    assert ref is not None and ref.date.isoformat() == "2018-05-10"
    assert len(m.items[2].resolutions[0].clauses) == 2
    text = (
        "Minutes of the Finance Committee held on 2 June 2020\n\n1. Budget\n\n"
        "RESOLVED:\n1) Budget Monitoring Report\n2) Capital Programme Update\n\n"
        "2. Audit\n\nNoted.\n"
    )
    assert [i.title for i in extract(text).items] == ["Budget", "Audit"]


def test_titles_ending_in_a_full_stop_below_a_number_and_the_pages_labels() -> None:
    """A council's ModernGov page prints its titles as sentences ("To receive apologies for
    absence.") below numbers standing alone; a paragraph's number ("2.1") over a short
    sentence is still no item, and the page's "No. Item" label is no item's title."""
    text = (
        "Agenda and draft minutes\n\nItems\nNo. Item\n\n1.\n\nTo receive apologies for "
        "absence.\n\nMinutes:\n\nAn apology was received from Councillor A. Bell.\n\n2.\n\n"
        "Public Interest Test. pdf icon PDF 130 KB\n\nMinutes:\n\n2.1\n\nGrant paid. Done.\n\n"
        "RESOLVED that the public be excluded.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("1", "To receive apologies for absence."), ("2", "Public Interest Test.")]
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n\nApologies\n\nMinutes:\n\nNone.\n\n\n"
        "Budget\n\nMinutes:\n\nRESOLVED that the report be noted.\n"
    )
    assert [i.title for i in extract(text).items] == ["Apologies", "Budget"]


def test_a_table_row_wrapped_onto_a_line_that_opens_like_a_row() -> None:
    text = (
        "Venue: Council Chamber\nNo. | Item |\n---|---|\n"
        "Apologies To receive any apologies. Minutes: None. |\n|\n"
        "Land at Mill Lane PDF 173 KB Outline application for six dwellings\n"
        "To consider the attached report of the Head of Planning. Additional documents: "
        "Minutes:\nThe Committee considered the report.\n"
    )
    assert [i.title for i in extract(text).items] == ["Apologies", "Land at Mill Lane"]


def test_minute_numbers_by_municipal_year_and_body() -> None:
    """A fire authority numbers its minutes "24-25/FRA/1": numbers, not titles."""
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n24-25/FRA/1\n\nElection of Chair 2024/25\n\n"
        "Minutes:\n\nRESOLVED:\n\nThat Councillor A Bell be elected Chair.\n\n24-25/FRA/2\n\n"
        "Apologies\n\nMinutes:\n\nAn apology for absence was received from Councillor C Dean.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("24-25/FRA/1", "Election of Chair 2024/25"), ("24-25/FRA/2", "Apologies")]


def test_a_present_heading_over_labelled_lists() -> None:
    """Parish and town minutes print "PRESENT" over one list a line, each labelled: members
    ("Councillors:", their initials in brackets), members not present, an officer (in
    attendance), the public (no one); a note between them names no one."""
    text = (
        "ASHBY FOLVILLE PARISH COUNCIL\n"
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON TUESDAY 4TH JULY 2017 "
        "IN THE CHURCH ROOM AT 7.30PM\n"
        "PRESENT\n"
        "Councillors: Ann Lowe (AL), Brian Cole (BC), Carol Dent\n"
        "NB: Cllr Cole left at 8.40pm.\n"
        "Councillors not present: D. Rowe (DR)\n"
        "Parish Clerk: Ellen Marsh\n"
        "Parishioners: There were 4 Parishioners\n"
        "1. APOLOGIES\nNone.\n"
        "2. FINANCE\nRESOLVED that the accounts be approved.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Ann Lowe", "Present"), ("Brian Cole", "Present"), ("Carol Dent", "Present"),
        ("D. Rowe", "Absent"), ("Ellen Marsh", "AlsoInAttendance")]
    assert [i.title for i in m.items] == ["APOLOGIES", "FINANCE"]
    # Labelled lines under a heading's own line of names end its list and give their own
    # status: "Parish Clerk: J Kerr" is an officer in attendance, not a name "Parish Clerk: …";
    # the same below "Also present:".
    for heading in ("Present: Cllrs A Bell, C. Dean, E. Fox (late).",
                    "Present: Cllrs A Bell, C. Dean, E. Fox\nAlso present: Cllr G. Hale"):
        text = ("Minutes of the Fernbury Parish Council held on 3 May 2023\n\n" + heading +
                "\nParish Clerk: J Kerr. Members of the public: Two\n"
                "Apologies for Absence: D Ash\n\n1. Minutes\n\nAgreed.\n")
        got = [(a.name, a.status) for a in extract(text).attendance]
        assert ("J Kerr", "AlsoInAttendance") in got and ("D Ash", "Apologies") in got
        assert not [n for n, _ in got if "Clerk" in n]


def test_a_post_printed_as_the_label_of_one_name_is_its_capacity() -> None:
    """"Committee Clerk: Leanne Tallis", "Parish Clerk: Ellen Marsh": a label that is one
    post, over the one name after it, is that person's post; the members' label
    ("Councillors:") and the public's give no one a post."""
    for roll in ("Present:\n\n  • Cllr Ann Bell (Chair)\n  • Cllr Carl Dean\n\n"
                 "Committee Clerk:    Leanne Tallis\n",
                 "PRESENT\nCouncillors: Ann Bell (AB), Carl Dean\n"
                 "Committee Clerk: Leanne Tallis\nParishioners: 3\n"):
        text = ("Minutes of the Fernbury Working Group held on 5 September 2022\n\n" + roll +
                "\n1. Apologies\n\nNone.\n")
        got = {a.name: a for a in extract(text).attendance}
        clerk = got["Leanne Tallis"]
        assert clerk.capacity == "Committee Clerk"
        assert text[clerk.capacity_span.start : clerk.capacity_span.end] == "Committee Clerk"
        assert [a.capacity for n, a in got.items() if n.endswith("Carl Dean")] == [None]


def test_a_members_or_publics_label_is_no_post() -> None:
    """"Councillors: Ann Bell", "Public: Carl Dean": a label of the members' or the public's
    word says who they are, not a post they hold."""
    text = ("Minutes of Elmford Community Council 21 June 2021\n\nPresent were:\n\n"
            "Councillors: Ann Bell\n\nPublic: Carl Dean\n\n1. Apologies\n\nNone.\n")
    got = extract(text).attendance
    assert [a.name for a in got] == ["Ann Bell", "Carl Dean"]
    assert all(a.capacity is None for a in got)


def test_a_member_of_the_public_named_under_the_publics_label() -> None:
    """Below "Present were:", the public's label may name who came ("Public: Ann Bell"):
    they attended; a count there ("Parishioners: 3") names no one."""
    text = ("Minutes of Elmford Community Council 21 June 2021\n\nPresent were:\n\n"
            "Cllr Carl Dean – Chair\n\nCouncillors:\n\nCllr Emma Fox\n\nPublic: Ann Bell\n\n"
            "1. Apologies\n\nNone.\n")
    assert [(a.name, a.status) for a in extract(text).attendance] == [
        ("Cllr Carl Dean", "Present"), ("Cllr Emma Fox", "Present"),
        ("Ann Bell", "AlsoInAttendance")]
    counted = extract(text.replace("Public: Ann Bell", "Parishioners: 3"))
    assert [a.name for a in counted.attendance] == ["Cllr Carl Dean", "Cllr Emma Fox"]


def test_present_set_apart_by_a_gap_and_the_capacity_standing_for_a_name() -> None:
    """"Present      The Mayor, Cllr. D. Ford (DF) (in the chair)." — "The Mayor" is the
    capacity of the name after it, not a person; the labelled list below goes on."""
    text = (
        "Minutes of the Town Council Meeting 12th May 2022\n\n"
        "Present          The Mayor, Cllr. D. Ford (DF) (in the chair).\n\n"
        "Councillors:  Mrs. G. Hale (GH), J. Irwin (JI) and K. Lamb (KL).\n\n"
        "101.   Apologies for Absence\nNone.\n\n102.   Planning\nNoted.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr. D. Ford", "Present", "Mayor"), ("Mrs. G. Hale", "Present", None),
        ("J. Irwin", "Present", None), ("K. Lamb", "Present", None)]


def test_a_date_line_with_its_time_after_a_dash_is_the_heading() -> None:
    """"ORDINARY MEETING OF THE COUNCIL" over "14 March 2022 – 7pm": the meeting's date and
    time, not an item numbered 14."""
    text = (
        "March 2022 Minutes\n\nORDINARY MEETING OF THE PARISH COUNCIL\n\n"
        "14 March 2022 – 7pm\n\nMINUTES\n\nPresent:\n\nCouncillors: Cllr. Abbot (Chair), "
        "Cllr. Baines\n\n1.   Welcome\n\nThe Chair welcomed everyone.\n\n"
        "2.   Apologies\n\nNone.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat(), m.start_time.strftime("%H:%M")) == (
        "ORDINARY MEETING OF THE PARISH COUNCIL", "2022-03-14", "19:00")
    assert [i.number for i in m.items] == ["1", "2"]
    assert [a.name for a in m.attendance] == ["Cllr. Abbot", "Cllr. Baines"]


def test_capitals_titles_running_into_their_minute_without_a_stop() -> None:
    """A community council prints "38. APOLOGIES Apologies for absence were …" and even
    "37.PRESENT Councillors: …" glued to its number: the title is the run of capitals, the
    labelled list in a "PRESENT" item is who was present, and two names whose comma was lost
    ("Mrs S Hale M Ives") are two people. A mixed-case title opening with an acronym is kept."""
    text = (
        "MINUTES OF THE COUNCIL MEETING HELD ON 3rd MARCH 2020, AT THE OLD SCHOOL\n\n"
        "12.PRESENT Councillors: P Abbot, Mrs J Cole & D Evans Also two members of the public\n\n"
        "13. APOLOGIES Apologies for absence were received from Councillors: Mrs S Hale M Ives "
        "& Mrs L Owen\n\n"
        "14. TO RECEIVE A TALK FROM THE LIBRARIAN The Chairman welcomed Ms Page, who spoke "
        "about the mobile library and its new timetable.\n\n"
        "15. CCTV Update\n\nNoted.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("12", "PRESENT"), ("13", "APOLOGIES"), ("14", "TO RECEIVE A TALK FROM THE LIBRARIAN"),
        ("15", "CCTV Update")]
    assert [(a.name, a.status) for a in m.attendance] == [
        ("P Abbot", "Present"), ("Mrs J Cole", "Present"), ("D Evans", "Present"),
        ("Mrs S Hale", "Apologies"), ("M Ives", "Apologies"), ("Mrs L Owen", "Apologies")]


def test_a_roll_label_in_capitals_glued_to_its_first_name() -> None:
    """"1. PRESENT Dale (Clerk), S. Fenn, P. Gale …": the label in capitals runs straight into
    the list with no colon; the title is the label and the list its roll. A title in
    capitals over a sentence with commas in it ("ATTENDANCE Figures for the pool, …") names
    no one."""
    text = (
        "9th January 2017 Minutes\n\n"
        "  1. PRESENT Dale (Clerk), S. Fenn, P. Gale, J. Hart and W. Irwin (District "
        "Councillor)\n    1. APOLOGIES FOR ABSENCE received from M. Jury (County Councillor)\n\n"
        "Chairman asked for any declarations of interest. None declared\n\n"
        "  1. ATTENDANCE Figures for the pool, gym and spa rose in December.\n")
    m = extract(text)
    assert m.items[0].title == "PRESENT"
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Dale", "AlsoInAttendance"), ("S. Fenn", "Present"), ("P. Gale", "Present"),
        ("J. Hart", "Present"), ("W. Irwin", "Present"), ("M. Jury", "Apologies")]


def test_a_committee_with_a_bracket_in_its_name_on_an_issue_page() -> None:
    text = (
        "Issue - meetings\n\nDeclarations of Interest\n\n"
        "Meeting: 14/02/2019 - Licensing Sub-Committee (2) (Item 3)\n\nDeclarations of Interest\n\n"
        "3.1 Councillor Ann Reed declared that she knew the applicant.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("Licensing Sub-Committee (2)", "2019-02-14")
    assert _numbered(m) == [("3", "Declarations of Interest")]


def test_the_mayor_and_councillors_names_the_mayor_apart() -> None:
    """"the Mayor and Councillors A and B": the Mayor is not A's capacity."""
    text = (
        "Minutes of the Licensing Committee held on 3 May 2021\n\n1. Apologies\n\n"
        "Apologies for absence were received from the Mayor and Councillors Amos and Bird.\n"
    )
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Amos", None), ("Bird", None)]


def test_mixed_case_titles_running_into_their_minute_and_a_heading_naming_no_body() -> None:
    """A parish page numbers every paragraph: a short title before ". " and a sentence, or
    before a colon and a wide gap, is the title; a numbered sentence ends the item before it
    (and is an item of its own with no title, whose confirmation is read); "Minutes of the
    Meeting held on …" names no body but dates the meeting; a full stop between two initialled
    names is a lost comma."""
    text = (
        "Minutes of the Meeting held on the 6th  March 2019\n\n"
        "Present: T Hale (Chairman), B. Irons. C. Judd\n\n"
        "301       Public Participation. A resident had asked about the verges.\n\n"
        "302       Minutes of the meeting held on the 9th January were approved.\n\n"
        "303       Matters Arising:            The Clerk reported on the bench repairs.\n\n"
        "304       Finance. It was agreed to pay the hall invoice.\n"
    )
    m = extract(text)
    assert m.date.isoformat() == "2019-03-06" and m.committee is None
    assert _numbered(m) == [
        ("301", "Public Participation"), ("302", ""), ("303", "Matters Arising"),
        ("304", "Finance")]
    assert [str(i.confirms_minutes_of.date) for i in m.items if i.confirms_minutes_of] == [
        "2019-01-09"]
    assert [a.name for a in m.attendance] == ["T Hale", "B. Irons", "C. Judd"]
    text = "Minutes of the Finance Committee held on 2 May 2022\n\n1. St. Mary's Church. Noted.\n"
    assert [i.title for i in extract(text).items] != ["St"]


def test_a_full_stop_before_an_initial_and_a_listed_surname_parts_a_roll() -> None:
    """A full stop typed for a comma between two names of initial and surname, no stop after
    the initial ("J Hale. A Bell, C Dean"), parts them as a comma does; a stop before "A" and
    a word that no comma or "and" of the list follows is a sentence's end, not a lost comma,
    so "A Resident" is read as no one's name (negative)."""
    head = "Minutes of the Licensing Committee held on 2 May 2022\n\nAlso present:\n"
    tail = "\n\n1. Minutes\nThe minutes of the meeting held on 4 April 2022 were agreed.\n"
    m = extract(head + "R Amos, T Hale. A Bell, C Dean and E Fox." + tail)
    assert [a.name for a in m.attendance] == ["R Amos", "T Hale", "A Bell", "C Dean", "E Fox"]
    m = extract(head + "T Hale. A Bell and C Dean." + tail)
    assert [a.name for a in m.attendance] == ["T Hale", "A Bell", "C Dean"]
    m = extract(head + "R Amos, T Hale. A Resident" + tail)
    assert "A Resident" not in [a.name for a in m.attendance]


def test_confirmations_under_agenda_directions_dashes_and_the_next_sentence() -> None:
    """"To confirm the:" above "Minutes of the meeting held on …" is an agenda's direction,
    not the page's heading; a title may date the minutes after a dash; a minute may run on in
    lower case after a dash; the last meeting's minutes named in one sentence are accepted
    in the next; "Draft Minutes of Ordinary Meeting <date>" dates the meeting."""
    text = (
        "Agenda and minutes\n\nVenue: Town Hall, Bridge Street\n\nNo. Item\n\n\n"
        "Minutes (Agenda Item 1)\n\nTo confirm the:\n\n\n"
        "Minutes of the meeting held on 3 March 2016 pdf icon PDF 93 KB\n\n\n"
        "The Minutes of the meeting held on 3 March 2016 were confirmed as a correct record.\n\n\n"
        "Apologies (Agenda Item 2)\n\nTo receive apologies for absence.\n\n\n"
        "Apologies were received from Councillor Hale.\n\n\n"
        "Parks Review (Agenda Item 3)\n\nThe report was noted.\n"
    )
    m = extract(text)
    assert m.date is None
    assert [str(i.confirms_minutes_of.date) for i in m.items if i.confirms_minutes_of] == [
        "2016-03-03"]
    text = (
        "Minutes of the Ferry Parish Council Meeting held on 9th April 2024\n\n"
        "Present: A. Bell (Chair), C. Dent\n\n"
        "24/11 Approval of minutes of meeting held on 12th March 2024 – these had been "
        "circulated and were approved as a true record.\n\n"
        "24/12 Matters arising from the minutes;\na) Bench – the Clerk would chase it.\n\n"
        "24/13 Finance\nThe accounts were noted.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("24/11", "Approval of minutes of meeting held on 12th March 2024"),
        ("24/12", "Matters arising from the minutes;"), ("24/13", "Finance")]
    assert str(m.items[0].confirms_minutes_of.date) == "2024-03-12"
    text = (
        "Draft Minutes of Ordinary Meeting 14th March 2019\n\n"
        "Councillors Present: Cllrs Anne Bell (Chair), Colin Dent\n\n"
        "1. Apologies for absence\n\nNone.\n\n"
        "2. There was one correction to the minutes from the last meeting on 10th January. "
        "The minutes were corrected and then approved and signed.\n\n"
        "3. Planning\n\nNo applications.\n"
    )
    m = extract(text)
    assert str(m.date) == "2019-03-14"
    assert [(i.number, str(i.confirms_minutes_of.date)) for i in m.items
            if i.confirms_minutes_of] == [("2", "2019-01-10")]
    text = (
        "Transport Committee - Friday, 5th July 2019 10.00 am\n\n"
        "3.\n\nMinutes of the Rail Sub Committee - 7 June 2019 pdf icon PDF 200 KB\n\n"
        "Minutes:\n\nRESOLVED/-\n\nThat the minutes of the meeting be approved.\n\n"
        "4.\n\nRail Performance Report\n\nRESOLVED/-\n\nThat the report be noted.\n"
    )
    m = extract(text)
    assert [str(i.confirms_minutes_of.date) for i in m.items if i.confirms_minutes_of] == [
        "2019-06-07"]


def test_a_page_opening_with_its_decision_and_dashed_minute_numbers() -> None:
    """An item page that lost its labels prints a body's decision first and the minute after
    it; "Min. 612 – Title" numbers an item after a dash, under a heading that ends with the
    time ("…, Monday 4th March 2019, 7.30 pm")."""
    text = (
        "That the Panel notes the update on the library review.\n\n\n"
        "The Head of Libraries presented the report and answered questions.\n"
    )
    m = extract(text)
    assert len(m.items) == 1 and m.items[0].title == ""
    text = (
        "Minutes of the Parish Council meeting, Monday 4th March 2019, 7.30 pm\n\n"
        "Present: Mr A Bell (Chairman), Mr C Dent\n\n"
        "Min. 612 – Approval of Minutes\n\nThe Minutes of the meeting held on 4th February "
        "2019 were agreed.\n\nMin. 613 – Highways\n\nThe potholes were reported.\n"
    )
    m = extract(text)
    assert (str(m.date), m.start_time is not None) == ("2019-03-04", True)
    assert _numbered(m) == [
        ("612", "Approval of Minutes"), ("613", "Highways")]
    assert str(m.items[0].confirms_minutes_of.date) == "2019-02-04"


def test_moderngov_pages_cut_from_the_top_and_rows_labelled_decision() -> None:
    """A ModernGov page saved without its top keeps titles set apart by wide gaps, one with a
    report's link; earlier minutes confirmed show it is minutes. Rows run on with an inline
    "Decision:" label are read as a table's rows."""
    text = (
        "Meetings can be watched online.\n\nApologies for absence\n\n\n"
        "Apologies were received from Cllr Ann Hale.\n\n\n\n"
        "Minutes of the last meeting pdf icon PDF 120 KB\n\n\n"
        "The minutes of the Audit Committee held on Monday, 5 June 2023 were agreed and signed.\n"
        "\n\n\nDeclarations of interest\n\n\nNo declarations were made.\n\n\n\n"
        "Item 7 – Grounds maintenance contract\n\n\nThe Committee noted the report.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items][:3] == [
        "Minutes of the last meeting", "Declarations of interest",
        "Item 7 – Grounds maintenance contract"]
    assert str(m.items[0].confirms_minutes_of.date) == "2023-06-05"
    text = (
        "Minutes of Previous Meeting To approve the minutes of the meeting held on 3 May 2019. "
        "Decision: The minutes of the meeting held on 3 May 2019 were agreed as a correct "
        "record.\nInterests Members will be asked to say if they have interests. Decision: No "
        "interests were declared. |\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == ["Minutes of Previous Meeting", "Interests"]
    assert str(m.items[0].confirms_minutes_of.date) == "2019-05-03" and m.committee is None


def test_issue_pages_over_several_meetings_and_dates_in_the_agenda_text() -> None:
    """An issue page follows its issue through several meetings, each with its own item
    number (falling, not rising); the minutes confirmed may be dated only in the agenda's
    text under a bare "MINUTES" title."""
    text = (
        "Issue - meetings\n\nParks Strategy\n\n"
        "Meeting: 10/09/2024 - Resources Committee (Item 44)\n\n"
        "44 Parks Strategy pdf icon PDF 120 KB\n\nMinutes:\n\nThe Committee agreed the plan:\n\n"
        "1.    The first phase\n\n2.    The second phase\n\n"
        "Meeting: 02/07/2024 - Resources Committee (Item 21)\n\n"
        "21 Parks Strategy Consultation\n\nMinutes:\n\nThe consultation was noted.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("44", "Parks Strategy"), ("21", "Parks Strategy Consultation")]
    text = (
        "Planning Committee - Tuesday, 5th April 2022 2.00 pm\n\n1.\n\nMINUTES pdf icon PDF 90 KB"
        "\n\nMinutes of the meeting of the Planning Committee, held on 8 March 2022, to be "
        "confirmed as a true record.\n\nMinutes:\n\nRESOLVED that the minutes be confirmed as "
        "a true record.\n\n2.\n\nAPPLICATIONS\n\nThe applications were decided.\n"
    )
    m = extract(text)
    assert str(m.items[0].confirms_minutes_of.date) == "2022-03-08"


def test_an_issue_pages_other_meetings_are_its_items_references() -> None:
    """On an issue page the item under another meeting's line ("Meeting: 02/07/2024 -
    Resources Committee (Item 21)") was taken at that meeting: the line is the item's
    reference to it. The page's own meeting (its first line) is no reference."""
    text = (
        "Issue - meetings\n\nParks Strategy\n\n"
        "Meeting: 10/09/2024 - Resources Committee (Item 44)\n\n"
        "44 Parks Strategy pdf icon PDF 120 KB\n\nMinutes:\n\nThe plan was agreed.\n\n"
        "Meeting: 02/07/2024 - Resources Committee (Item 21)\n\n"
        "21 Parks Strategy Consultation\n\nMinutes:\n\nThe consultation was noted.\n"
    )
    m = extract(text)
    assert str(m.date) == "2024-09-10"
    assert [(str(r.date), r.committee, r.span.exact) for r in m.items[1].meeting_refs] == [
        ("2024-07-02", "Resources Committee",
         "Meeting: 02/07/2024 - Resources Committee (Item 21)")]
    assert not any(str(r.date) == "2024-09-10" for i in m.items for r in i.meeting_refs)


def test_attendance_initialled_names_run_together_furniture_and_officers_posts() -> None:
    """Names given by an initial and a full stop are told apart with no comma ("H. Lamb P.
    Moss"), and a parish list goes on over paragraphs of such names; an officer's post in
    brackets is the capacity they attended in; "Attendance Details" is a label, not a list,
    and furniture lines after a list ("Buttons") are no names."""
    text = (
        "Minutes of the Meeting of Oakley Parish Council held on 9th June 2016\n\n"
        "Present: Cllrs: A. Bell (Chairman), H. Lamb P. Moss\n\nK. Nash D.Owen S. Pike\n\n"
        "J. Quill (Clerk)\n\nApologies: had been received from T. Rowe\n\n"
        "1. Apologies\n\nNone.\n\n2. Finance\n\nNoted.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("A. Bell", "Present", "Chairman"), ("H. Lamb", "Present", None),
        ("P. Moss", "Present", None), ("K. Nash", "Present", None),
        ("D.Owen", "Present", None), ("S. Pike", "Present", None),
        ("J. Quill", "AlsoInAttendance", "Clerk"), ("T. Rowe", "Apologies", None)]
    text = (
        "Scrutiny Panel\nMonday, 5th June, 2017 2.30 pm\n\nAttendance Details\n\nPresent:\n"
        "Councillor Ames (Chairman), Councillor Bolt\n\n"
        "OFFICERS IN ATTENDANCE: Ann Cole (Member Services), Ben Dale (Head of Legal)\n"
        "Buttons\nItem Number Item/Description\nPUBLIC\n"
        "SP1/17 PREVIOUS MINUTES\nThe minutes were agreed.\nSP2/17 BUDGET\nNoted.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert "Details" not in names and "Buttons" not in names
    assert not any("Item" in n for n in names) and "Ben Dale" in names


def test_an_agendas_standing_words_are_no_minute() -> None:
    """The agenda's text above "Minutes:" and an agenda's standing words in a body ("Items not
    on the agenda which … a matter of urgency") are marked as agenda text and left out of the
    item's minute text."""
    text = (
        "Agenda and minutes\n\nNo. Item\n\n1.\n\nDeclarations of Interest\n\n"
        "To receive any declarations of Members' interests in matters on this agenda.\n\n"
        "Minutes:\n\nNone were declared.\n\n2.\n\nUrgent Matters\n\n"
        "Items not on the agenda which the Chairman of the meeting is of the opinion should be "
        "considered as a matter of urgency by reason of special circumstances.\n\n"
        "There were none.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == ["Declarations of Interest", "Urgent Matters"]
    assert m.items[0].agenda_spans[0].exact.startswith("To receive any declarations")
    assert m.items[0].text == "None were declared."
    assert m.items[1].agenda_spans[0].exact.startswith("Items not on the agenda")
    assert m.items[1].text == "There were none."


def test_minutes_listed_under_a_lead_in_are_references() -> None:
    """Minutes listed one a line under a lead-in that names them each refer to that meeting
    (the list's layout, not a sentence, carries the reference); a list of anything else under
    such a lead-in does not."""
    text = (
        "Resources Committee - Monday, 8 July 2024 7.00 pm\n\n5.\n\nMinutes of Other Bodies\n\n"
        "Members are asked to confirm the following minutes as a correct record:\n\n"
        "1.    The minutes of the Leisure Committee, 7 February 2024\n\n"
        "2.    The public and confidential minutes of the Licensing Committee, 12 March 2024\n\n"
        "The minutes were confirmed.\n\n6.\n\nBudget\n\nThe budget was noted.\n"
    )
    m = extract(text)
    refs = [(r.committee, str(r.date)) for r in m.items[0].meeting_refs]
    assert refs == [("Leisure Committee", "2024-02-07"), ("Licensing Committee", "2024-03-12")]
    assert m.items[1].meeting_refs == []


def test_staff_present_with_their_post_before_the_name() -> None:
    """"Council Employees Present:" lists officers in attendance, each with a post before the
    name ("RFO Ann Bell", "Tree Officers Gwen Hart") or in brackets after it ("Mrs E Fry
    (Clerk)") that is the capacity they attended in; "Mr K Lamb did not attend." is absent."""
    text = (
        "Minutes of the Ordinary Meeting of Glyn Community Council held on 5th May 2022\n"
        "Present: Cllr. A Moss, Cllr. B Nash\n"
        "Council Employees Present: RFO Carys Owen, Clerk David Pryce\n"
        "In attendance: Mrs E Fry (Clerk), and Tree Officers Gwen Hart and Ian Jay.\n"
        "Mr K Lamb did not attend.\n"
        "1/22 Apologies: None.\n2/22 Finance: Noted.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr. A Moss", "Present", None), ("Cllr. B Nash", "Present", None),
        ("Carys Owen", "AlsoInAttendance", "RFO"), ("David Pryce", "AlsoInAttendance", "Clerk"),
        ("Mrs E Fry", "AlsoInAttendance", "Clerk"),
        ("Gwen Hart", "AlsoInAttendance", "Tree Officer"), ("Ian Jay", "AlsoInAttendance", None),
        ("Mr K Lamb", "Absent", None)]


def test_headings_with_the_date_apart_and_bracketed_minute_numbers() -> None:
    """"HELD 20TH May 2024" under the title, with no "on"; the date on the line above a
    heading that gives only the venue; minute numbers in brackets ("(88) APOLOGIES")."""
    text = (
        "MINUTES OF THE ANNUAL COUNCIL MEETING\n\nHELD 14TH May 2023\n\n"
        "1.  ELECTION OF CHAIRMAN\n\nCllr A proposed Cllr B.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("ANNUAL COUNCIL", "2023-05-14")
    text = (
        "12 MARCH 2015\nMinutes of a meeting of the LICENSING COMMITTEE held in the Council "
        "Chamber,\nTown Hall at 10.00 am when there were present:\n"
        "(88) APOLOGIES FOR ABSENCE\nNone.\n(89) MINUTES\nThe Minutes were approved.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("LICENSING COMMITTEE", "2015-03-12")
    assert _numbered(m) == [
        ("88", "APOLOGIES FOR ABSENCE"), ("89", "MINUTES")]


def test_a_row_that_kept_only_the_agendas_direction_and_a_numbered_list_in_its_minute() -> None:
    """Under "No. Item" with the numbers lost, a row may keep only the agenda's direction
    ("To receive apologies for absence."); a short stopped sentence numbered between two
    numbered sentences ("2. Hold it again.") is an entry of a list in the minute, no item."""
    text = (
        "Agenda and minutes\n\nVenue: Room 2 - Town Hall\n\nNo. Item\n\n\n\n"
        "To receive apologies for absence.\n\n\n"
        "As apologies had been received from Councillors Dale and Fry, the meeting was "
        "inquorate. The options are:\n\n"
        "1.       Take the decisions under delegated powers and publish a record of them.\n\n"
        "2.       Hold it again.\n\n"
        "3.       Defer the items to the next meeting on 4 June 2018.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        (None, "To receive apologies for absence.")]
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Dale", "Apologies"), ("Fry", "Apologies")]


def test_a_capacity_or_a_post_after_a_dash_and_apologies_on_the_titles_line() -> None:
    """"Cllr A Hale – Chairman" (a capacity), "the Clerk – B Quill" (an officer in
    attendance, in the post before the dash), "C Judd – North Ward" (a role, not part of the
    name), and an apologies item whose title carries the names after a dash; a
    double-barrelled name keeps its hyphen."""
    text = (
        "Minutes of the Parish Council meeting held on Tuesday 7 March 2017\n\n"
        "Present: Cllr A Hale – Chairman, Cllrs D Lowe-Moss, C Judd – North Ward and the "
        "Clerk – B Quill\n\n"
        "1. Apologies – County Cllr E Frost and Mrs F Gale\n\n"
        "2. Planning\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Cllr A Hale", "Present", "Chairman"), ("D Lowe-Moss", "Present", None),
        ("C Judd", "Present", None), ("B Quill", "AlsoInAttendance", "Clerk"),
        ("Cllr E Frost", "Apologies", "County Cllr"), ("Mrs F Gale", "Apologies", None)]


def test_a_roll_of_name_dash_ward_or_post_lines_under_labels() -> None:
    """"Members:" / "Officials:" / "Apologies:" over one "Name - Field" a line: the field is a
    member's ward (its "and" joins two places, not two people) or an officer's post, never
    part of the name; the items' caption below ("Item Number Item/Description Action")
    names no one."""
    text = (
        "Westvale Area Committee Minutes\n\nDate:\nWednesday 17 August 2016\n\n"
        "Attendance Details\n\nMembers:\nAnn Bell (Chairman) - Hill and Dale\nCarl Dean - Abbey\n"
        "Eve Fox - Moor\nGus Hale - Hill and Dale\n"
        "Officials:\nIan Jones - Clerk\nKay Lowe - Facilitator\nMia Nunn - Facilitator\n"
        "Apologies:\nOla Penn - Abbey\nRoy Quinn - Moor\nSue Tate - Hill and Dale\n"
        "Item Number Item/Description Action\n1 MINUTES\n\nNOTED the minutes.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("Ann Bell", "Present", "Chairman"), ("Carl Dean", "Present", None),
        ("Eve Fox", "Present", None), ("Gus Hale", "Present", None),
        ("Ian Jones", "AlsoInAttendance", "Clerk"),
        ("Kay Lowe", "AlsoInAttendance", "Facilitator"),
        ("Mia Nunn", "AlsoInAttendance", "Facilitator"),
        ("Ola Penn", "Apologies", None), ("Roy Quinn", "Apologies", None),
        ("Sue Tate", "Apologies", None)]
    # Bulleted, under "Present:": an officer's post (its "&" joining two areas) puts them in
    # attendance; a body after the dash is where they came from.
    bulleted = (
        "MINUTES OF THE MEETING HELD 5 SEPTEMBER 2022\n\nPresent:\n"
        "  • Cllr Ann Bell (Chair)\n  • Carl Dean – Director of Finance\n"
        "  • Eve Fox – Area Manager Safety & Central Policy\n"
        "  • Gus Hale - Westshire Police\n\n1. Minutes\n\nAgreed.\n")
    assert [(a.name, a.status, a.capacity, a.organisation)
            for a in extract(bulleted).attendance] == [
        ("Cllr Ann Bell", "Present", "Chair", None),
        ("Carl Dean", "AlsoInAttendance", "Director of Finance", None),
        ("Eve Fox", "AlsoInAttendance", "Area Manager Safety & Central Policy", None),
        ("Gus Hale", "Present", None, "Westshire Police")]


def test_a_roll_of_name_post_body_lines_with_the_bodys_initials() -> None:
    """"Ann Bell - Westshire Borough Council - WBC" / "Carl Dean - Investment Director -
    WCA": a third field, the body's initials, is dropped; a post before a dash is the
    capacity and a body after it where they came from. The page's caption over its items
    ("Item Description Decision") ends the roll and names no one."""
    text = (
        "Scrutiny Committee Minutes\n\nThursday, 7th March, 2019\n\nAttendance Details\n\n"
        "Cllr Ann Bell (Chair) - Westshire Borough Council - WBC\n"
        "Cllr Eve Fox - Eastmoor Borough Council - EBC\n"
        "Carl Dean - Investment Director - WCA\n"
        "Gus Hale - Head of Audit – Eastmoor Borough Council\n"
        "Ida Jones - Scrutiny Officer -WCA\n"
        "Item Description Decision\n"
        "The minutes of the meeting of 7 February 2019 were agreed.\n")
    assert [(a.name, a.capacity, a.organisation) for a in extract(text).attendance] == [
        ("Cllr Ann Bell", "Chair", "Westshire Borough Council"),
        ("Cllr Eve Fox", None, "Eastmoor Borough Council"),
        ("Carl Dean", "Investment Director", None),
        ("Gus Hale", "Head of Audit", "Eastmoor Borough Council"),
        ("Ida Jones", "Scrutiny Officer", None)]
    # Negative: a ward before a dash is no post, so the field is not parted at it.
    text = (
        "Minutes of Elmford Parish Council held on 4 March 2024\n\nPresent:\n"
        "Ann Bell - Hill - Westshire Council\nCarl Dean - Abbey\nEve Fox - Moor\n\n"
        "1. Minutes\n\nAgreed.\n")
    first = extract(text).attendance[0]
    assert (first.name, first.capacity) == ("Ann Bell", None)


def test_a_roll_of_name_initials_post_lines() -> None:
    """"Dr Ann Bell AB Clinical Lead" / "Carl Dean (CD) Head of Audit": the person's
    initials, bare or in brackets, part the name from the post (whatever its head word), a
    post before a dash or comma from the body it is in, the first of two posts across a
    slash from the second."""
    text = (
        "Westshire Health Board meeting held on 9 May 2023\n\nPresent:\n"
        "Dr Ann Bell AB Clinical Lead\nCarl Dean CDe Head of Audit / Deputy Chair\n"
        "Prof Eve Fox EF Patient Champion\n"
        "Apologies:\nGus Hale GH Director of Housing – Eastmoor Borough Council\n"
        "In attendance:\nIda Jones (IJ) Board Secretary\nKit Lowe (KL) Chair, Westshire ICB\n"
        "\n1. Welcome\n\nAB welcomed members.\n")
    assert [(a.name, a.status, a.capacity, a.organisation)
            for a in extract(text).attendance] == [
        ("Dr Ann Bell", "Present", "Clinical Lead", None),
        ("Carl Dean", "AlsoInAttendance", "Head of Audit", None),
        ("Prof Eve Fox", "Present", "Patient Champion", None),
        ("Gus Hale", "Apologies", "Director of Housing", "Eastmoor Borough Council"),
        ("Ida Jones", "AlsoInAttendance", "Board Secretary", None),
        ("Kit Lowe", "AlsoInAttendance", "Chair", "Westshire ICB")]


def test_a_bulleted_roll_of_name_and_field_entries_under_attendees() -> None:
    """"Attendees" standing alone over bulleted entries "Name, Field" (or "- Name (NI)
    Field", a dash for the bullet): each bullet is one entry, the field after the comma or
    the initials the person's body (perhaps by its short form) or post, and the first line
    with no bullet ends the roll (negative: "Welcome and Introductions" is no one). An entry
    whose second field is a person's name is two names, as in any list; a paragraph of prose
    below the heading is no roll."""
    text = (
        "Minutes - 3 May 2022 - Westshire Transport Forum\n\nAttendees\n\n"
        "  • Ann Bell, Minister for Transport (co-chair)\n"
        "  • Carl Dean, Westshire Council\n"
        "  • Eve Fox, WRTP\n"
        "  • Gus Hale, Ida Jones\n\n"
        "Welcome and Introductions\n\nThe Minister welcomed members to the forum.\n")
    assert [(a.name, a.capacity, a.organisation) for a in extract(text).attendance] == [
        ("Ann Bell", "Minister for Transport", None), ("Carl Dean", None, "Westshire Council"),
        ("Eve Fox", None, "WRTP"), ("Gus Hale", None, None), ("Ida Jones", None, None)]
    dashed = (
        "Meeting minutes - Westshire Road Safety Forum - 9 March 2022\nAttendees\n"
        "- Ann Bell (AB) Westshire Police (Chair)\n"
        "- Carl Dean (CD) Westshire Safety Partnership – Education Adviser\n"
        "- Eve Fox (EF) RoWSA\n"
        "Welcome and Introductions\n"
        "The Chair welcomed the group. Papers would be issued with the minutes.\n"
        "Action Point 1\nPapers to be issued to attendees.\n")
    assert [(a.name, a.capacity, a.organisation) for a in extract(dashed).attendance] == [
        ("Ann Bell", None, "Westshire Police"),
        ("Carl Dean", "Education Adviser", "Westshire Safety Partnership"),
        ("Eve Fox", None, "RoWSA")]
    # Negative: below the heading a paragraph of prose with commas is no roll.
    prose = text.split("Attendees")[0] + (
        "Attendees\n\nAround twenty residents, two members of the county council, the clerk "
        "and several visitors attended, and Ann Bell, the forum secretary, took notes.\n\n"
        "Welcome and Introductions\n\nThe Minister welcomed members to the forum.\n")
    assert extract(prose).attendance == []

def test_a_names_own_initials_after_it_with_no_brackets_are_no_part_of_it() -> None:
    """A roll one name a line, each followed by its key in capitals with no brackets ("Mrs
    Ann Bellamy AB"): the initials are how the minutes cite the person, not a word of the
    name; capitals that are not the name's initials stay (see the test below)."""
    text = ("Minutes of the Annual General Meeting of the Village Hall Management Committee "
            "Monday 18 April 2022\n\nMr Tom Hale (Chairman) TH\nMrs Ruth Foster (Treasurer) "
            "RF\nMrs Ann Bellamy AB\nMr Carl Denton CD\nMr Mark Osei MO\n\nThe Chairman "
            "thanked everyone for attending.\n\nThese were read and there were no matters "
            "arising. It was agreed to mend the roof.\n")
    names = {a.name for a in extract(text).attendance}
    assert {"Mrs Ann Bellamy", "Mr Carl Denton", "Mr Mark Osei"} <= names
    assert not any(n.endswith((" AB", " CD", " MO")) for n in names)
    from kg.attendance import run_on_trimmed
    from kg.patterns import load
    p = load()
    assert run_on_trimmed("Tom Hale TH", p) == "Tom Hale"
    assert run_on_trimmed("Ann BELL", p) == "Ann BELL"  # a surname in capitals stays
    assert run_on_trimmed("Ann Bell MB", p) == "Ann Bell MB"  # no initials of hers


def test_capitals_after_a_name_that_are_not_its_initials_are_no_tag() -> None:
    """Negative: capitals after a name that are not that name's initials ("Ann Bell MBE",
    "Carl Dean CC Chair" where CC is no initials of his) do not part a name from a post."""
    from kg.attendance import _name_tag
    from kg.patterns import load
    p = load()
    assert _name_tag("Dr Ann Bell", "AB", p) and _name_tag("Carl Dean", "CDe", p)
    assert _name_tag("Ann Lucas-Bell", "ALB", p)
    assert not _name_tag("Ann Bell", "MBE", p)
    assert not _name_tag("Carl Dean", "CC", p)
    assert not _name_tag("Westshire", "CC", p)
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present:\nAnn Bell MBE Chair\nCarl Dean CC Chair\nEve Fox JP Member\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert all(a.capacity is None for a in extract(text).attendance)
    # A list run on in one line, each name with its initials, is no roll of fields.
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present:\nAnn Bell (AB) Chairman, Carl Dean (CD), Eve Fox (EF) and Gus Hale, "
            "Clerk\n\n1. Minutes\n\nAgreed.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Ann Bell", None), ("Carl Dean", None), ("Eve Fox", None), ("Gus Hale", "Clerk")]


def test_a_spaced_dash_in_a_surname_outside_a_dash_roll_and_a_posts_own_and() -> None:
    """Negative: one or two "Name – Word" lines are no roll of fields: the word after a
    spaced dash may be a double-barrelled surname's second half ("Ann Quill – Osei"). And
    a post with its own "and" after a name and its comma ("Ann Bell, Policy and Planning
    Manager") names one person, with that post."""
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present:\nCllr Ann Quill – Osei\nCllr Carl Dean\n\n1. Minutes\n\nAgreed.\n")
    assert [a.name for a in extract(text).attendance] == ["Cllr Ann Quill – Osei",
                                                           "Cllr Carl Dean"]
    text = ("Minutes of Elmford Parish Council held on 4 March 2024\n\n"
            "Present: Cllr Carl Dean\nAlso in attendance: Ann Bell, Policy and Planning "
            "Manager; Eve Fox, Clerk\n\n1. Minutes\n\nAgreed.\n")
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Cllr Carl Dean", None), ("Ann Bell", "Policy and Planning Manager"),
        ("Eve Fox", "Clerk")]


def test_a_post_or_body_after_a_dash_printed_without_spaces() -> None:
    """"Ivo Trent-Deputy City Mayor": a dash with no spaces parts a name from a post or body
    of two words or more, as a spaced one does; a double-barrelled surname ("Ola
    Penn-Rees") has nothing after it and keeps its hyphen."""
    text = (
        "Minutes of the Health and Wellbeing Board held on Tuesday 7 March 2017\n\n"
        "PRESENT:\n\n"
        "Ivo Trent-Deputy City Mayor\n"
        "Sal Brody-Westvale Police\n"
        "Ola Penn-Rees\n\n"
        "1. Apologies\n\nNone.\n"
    )
    got = {(a.name, a.capacity, a.organisation) for a in extract(text).attendance}
    assert got == {("Ivo Trent", "Deputy City Mayor", None), ("Sal Brody", None, "Westvale Police"),
                   ("Ola Penn-Rees", None, None)}


def test_a_double_barrelled_surname_before_a_post_keeps_its_hyphen() -> None:
    """"Mr T Vane-Orr Co-opted member": one plain capitalised word after an unspaced dash,
    then a post in lower case, is a double-barrelled surname's second half, not the post's
    first word; a word that begins a post ("Ivo Trent-Parish Clerk"), or a post in capitals
    ("Al Roe-Strategic Director for Housing"), still parts the name from it."""
    text = (
        "Minutes of the Scrutiny Panel held on Tuesday 7 March 2017\n\n"
        "APOLOGIES:\n\n"
        "Mr T Vane-Orr Co-opted member\n"
        "Ivo Trent-Parish Clerk\n"
        "Al Roe-Strategic Director for Housing\n\n"
        "1. Minutes\n\nAgreed.\n"
    )
    got = {(a.name, a.capacity) for a in extract(text).attendance}
    assert got == {("Mr T Vane-Orr", "Co-opted member"), ("Ivo Trent", "Parish Clerk"),
                   ("Al Roe", "Strategic Director for Housing")}


def test_officers_listed_with_bullets_services_after_a_dash_and_a_bodys_first_word() -> None:
    """Officers' rolls: a bulleted "• Name – Post" is the name and the post; "Team Manager –
    Communications" is a post and its service, not a post and a person; a paragraph of
    initialled names with their posts in brackets goes on with the list above it; and
    "Elmford & Westvale City Council" names one body, not a person "Elmford"."""
    text = (
        "Minutes of Elmford Parish Council 4 March 2024\n\n"
        "Officers Present: J A Moss (Chief Executive), Mr S Cole, Team Manager – "
        "Communications\n\nM Young (Director of Health) Mrs Ann Dale (Secretary)\n\n"
        "In Attendance\n\n  • Tony Fairley – Temporary Clerk\n\n"
        "Also present: Elmford & Westvale City Council\n\n"
        "1. Apologies\n\nNone.\n"
    )
    m = extract(text)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("J A Moss", "Chief Executive"), ("Mr S Cole", "Team Manager – Communications"),
        ("M Young", "Director of Health"), ("Mrs Ann Dale", "Secretary"),
        ("Tony Fairley", "Temporary Clerk")]
    assert {a.status for a in m.attendance} == {"AlsoInAttendance"}


def test_a_bulleted_roll_whose_bracket_wraps_onto_the_next_line() -> None:
    """"• Councillor Hale (Leader and Portfolio Holder Economy," / "Skills and Housing)" /
    "• Councillor Ince (…)": a bullet opens the next entry though the line above ends in a
    comma, and the wrapped bracket stays with its name; a portfolio's areas after its post
    name no body (negative: "Skills and Housing" is no organisation)."""
    text = ("Minutes of the Economy Panel held on 11 July 2023\n\nPresent:\n\n"
            "  • Councillor Bell (in the Chair)\n  • Councillor Dean\n\n"
            "Also in attendance:\n\n"
            "  • Councillor Hale (Leader of the Council and Portfolio Holder Economy,\n"
            "    Net Zero, Skills and Housing)\n"
            "  • Councillor Ince (Portfolio Holder Finance, Resources and Assets)\n\n"
            "There were two members of the press present.\n\n1. APOLOGIES\n\nNone.\n")
    assert [(a.name, a.status, a.organisation) for a in extract(text).attendance] == [
        ("Councillor Bell", "Present", None), ("Councillor Dean", "Present", None),
        ("Councillor Hale", "AlsoInAttendance", None),
        ("Councillor Ince", "AlsoInAttendance", None)]


def test_a_title_before_a_dash_and_a_minute_of_none_or_names() -> None:
    """On the number's line a title may run on after a dash into a minute that is no
    sentence: "None." or the names of an apologies item. The title ends at the dash, and the
    item is one even where its line ends in a full stop; a title with a dash in it stays
    whole."""
    text = (
        "Minutes – 21 July 2020\n\nPRESENT: Cllr. A Bell (Chairman); Cllr. C Dean.\n\n"
        "20/20 Apologies – Cllr. E Fox (Vice Chairman).\n\n"
        "20/21 Declarations of Members Interest – None.\n\n"
        "20/22 Executive Forward Plan - 30 May to 30 September\n\nNoted.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        ("20/20", "Apologies"), ("20/21", "Declarations of Members Interest"),
        ("20/22", "Executive Forward Plan - 30 May to 30 September")]
    assert ("Cllr. E Fox", "Apologies") in [(a.name, a.status) for a in m.attendance]


def test_business_before_item_one_under_headings_in_capitals() -> None:
    """Below the list of who attended, a heading in capitals over a sentence is an item with
    no number ("PUBLIC FORUM" over a resident's question); a heading over the numbered items
    is not."""
    text = (
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 6TH MAY 2019\n"
        "PRESENT\nCouncillors: Ann Lowe (AL), Brian Cole (BC)\n"
        "PUBLIC FORUM\nA resident asked when the footpath would be cleared.\n"
        "ITEMS FOR DECISION\n1. APOLOGIES\nNone.\n2. FINANCE\nThe accounts were approved.\n"
    )
    m = extract(text)
    assert _numbered(m) == [
        (None, "PUBLIC FORUM"), ("1", "APOLOGIES"), ("2", "FINANCE")]
    assert [a.name for a in m.attendance] == ["Ann Lowe", "Brian Cole"]


def test_a_date_with_the_month_first() -> None:
    """"Minutes of parish council meeting held on November 6th 2022": month first, with its
    year (without one, "May 12 members" would be a date)."""
    text = (
        "Minutes of parish council meeting held on November 6th 2022\n\n"
        "1.       Apologies\n\nNone.\n\n2.       Finance\n\nThe accounts were approved.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("parish council", "2022-11-06")


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of Elmford Parish Council held on Monday the 10th day of June 2013 at the "
        "Chapel",
        "Minutes of Elmford Parish Council held on Tues 4th June 2013",
        "Minutes of Elmford Parish Council held on Mon. 10 June 2013 at 7pm",
    ],
    ids=["day-of", "tues", "mon-dot"],
)
def test_dates_in_the_formal_style_and_with_shortened_weekdays(heading: str) -> None:
    """"the 10th day of June 2013", the formal style, and a weekday shortened before a date
    ("Tues 4th June 2013", "Mon. 10 June 2013") are part of the heading's date, so the
    heading names and dates the meeting (not only the fallback's date near the top); a
    shortened weekday is read only before a date, so "sat" alone, or "10th day" with no
    month, is none."""
    body = ("\n\nPresent: Cllr A Bell (Chair), Cllr C Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Footpaths\n\nThe stile was mended.\n")
    m = extract(heading + body)
    assert m.committee == "Elmford Parish Council"
    assert m.date is not None and (m.date.year, m.date.month) == (2013, 6)
    assert not m.warnings or not any("date near the page's top" in w for w in m.warnings)
    p = patterns.load()
    assert re.search(p.date, "the 10th day of the fair", re.IGNORECASE) is None
    assert re.search(p.date, "Members sat in the Hall", re.IGNORECASE) is None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Minutes of Cwmfelin Community Council held on 4 Ebrill / April 2022",
         "2022-04-04"),
        ("Minutes of Cwmfelin Community Council held on 13th Mai/May 2021 at 7pm",
         "2021-05-13"),
        # a span of two months with no day is no date
        ("Minutes of Cwmfelin Community Council for April/May 2021", None),
    ],
    ids=["welsh-april", "welsh-may", "month-span"],
)
def test_a_bilingual_date_with_the_welsh_month_before_the_english(
        heading: str, expected: str | None) -> None:
    """A Welsh council's bilingual heading prints the Welsh month before the English one it
    translates ("4 Ebrill / April 2022"): the English month dates the meeting; two months
    with no day ("April/May 2021") date nothing."""
    body = ("\n\nPresent: Cllr A Bell (Chair), Cllr C Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Footpaths\n\nThe stile was mended.\n")
    m = extract(heading + body)
    assert (str(m.date) if m.date else None) == expected


def test_a_heading_dated_by_weekday_and_day_takes_the_year_that_fits() -> None:
    """A heading with no year ("… held on Tuesday 7th April at 7.00pm") takes the year, among
    those the page prints (and the years beside them), in which that day is that weekday; a
    heading with no weekday, or a page that prints no year, stays undated."""
    body = ("\n\nPresent: Cllr A Bell (Chair), Cllr C Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Minutes\n\nThe minutes of the meeting held on 3rd March 2020 were approved.\n")
    heading = "Minutes of Elmford Parish Council held on Tuesday 7th April at 7.00pm"
    m = extract(heading + body)
    assert (m.committee, str(m.date)) == ("Elmford Parish Council", "2020-04-07")
    # 7 April was a Sunday in 2019 and a Wednesday in 2021: no year near 2020 is a Friday.
    assert extract(heading.replace("Tuesday", "Friday") + body).date is None
    assert extract(heading.replace("Tuesday ", "") + body).date is None
    assert extract(heading + body.replace(" 2020", "")).date is None
    # a weekday shortened ("Tues", "Weds") is its weekday; a year printed in capitals counts
    for short in ("Tues", "Tue.", "TUES"):
        assert str(extract(heading.replace("Tuesday", short) + body).date) == "2020-04-07"
    assert str(extract(heading.replace("Tuesday 7th April", "Weds 8th April") + body).date) \
        == "2020-04-08"
    capitals = body.replace("3rd March 2020", "3RD MARCH 2020")
    assert str(extract(heading + capitals).date) == "2020-04-07"


def test_dates_printed_with_dots() -> None:
    """"held on 14.03.2023": a date with dots between its numbers reads as one with slashes;
    an item number or a time ("2.1", "7.30") is no date."""
    text = (
        "Minutes of the meeting of Hollyford Parish Council held on 14.03.2023\n\n"
        "1.       Apologies\n\nNone.\n\n2.1      Finance\n\nThe accounts were approved at 7.30.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("Hollyford Parish Council", "2023-03-14")


def test_meeting_details_page_run_onto_one_line() -> None:
    """A "Meeting Details" page with its labelled fields side by side ("Committee: … Date/Time:
    …") names the meeting; what follows is read as one untitled item, not refused."""
    text = (
        "Meeting Details Meeting Summary Committee: Roads Committee Date/Time: 4 Mar 2021 - "
        "10:00 to 11:30 Status: Occurred Venue: Online Documents Agenda Items 1 Welcome 2 "
        "Minute of Meeting of the Roads Committee of 3 December 2020 for Approval Members "
        "Attendance Attended Name Councillor Ann Bell Councillor Carl Dean"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat(), m.start_time.isoformat()) == (
        "Roads Committee", "2021-03-04", "10:00:00")
    assert m.items


def test_a_parish_roll_of_names_without_honorifics_below_the_heading() -> None:
    """Just below the heading, lines of nothing but full names (two a line where columns ran
    together, roles in brackets or after the name) are the members present; a paragraph of
    prose there is not."""
    text = (
        "Minutes of the Meeting of Hollyford Parish Council held in the Village Hall on "
        "Tuesday 4th June 2019 7.30 p.m.\n\n"
        "Susan Archer (clerk) Peter Blake (Vice Chairman)\n"
        "Helen Carter Robert Dunn County Councillor\n"
        "Mary Ellis (Chairman)\n"
        "James Foster\n\n"
        "1) Apologies – None\n\n2) Finance – The accounts were approved.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert names == ["Susan Archer", "Peter Blake", "Helen Carter", "Robert Dunn",
                     "Mary Ellis", "James Foster"]
    prose = text.replace("Helen Carter Robert Dunn County Councillor",
                         "Helen Carter thanked all for coming, said Robert.")
    assert "Helen Carter" not in [a.name for a in extract(prose).attendance]


def test_officers_attending_as_name_and_post_between_semicolons() -> None:
    """"Attending:" officers as "Name, Post" entries between semicolons, two joined by "and"
    or the post after the name with no comma:
    the commas part a name from its post; a list of names with semicolons is read as
    before."""
    text = (
        "Minute of Meeting of the Roads Committee held on 3 May 2011\n\n"
        "PRESENT:\n\nCouncillors Ann Bell (Chair), Carl Dean and Emma Fox.\n\n"
        "ATTENDING:\n\nGail Hunt, Chief Executive; Ian Jones, Committee Manager and Kim Lee, "
        "Committee Officer, Legal Service; Mark Nash Roads Manager; and Owen Page, Senior "
        "Engineer, Roads Service.\n\n1.\nAPOLOGIES\n\nNone.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert names[3:] == ["Gail Hunt", "Ian Jones", "Kim Lee", "Mark Nash", "Owen Page"]
    listed = text.replace("ATTENDING:\n\nGail Hunt, Chief Executive; Ian Jones, Committee "
                          "Manager and Kim Lee, Committee Officer, Legal Service; Mark Nash "
                          "Roads Manager; and Owen Page, Senior Engineer, Roads Service.",
                          "ATTENDING:\n\nGail Hunt, Ian Jones; Kim Lee, Mark Nash; Owen Page.")
    names = [a.name for a in extract(listed).attendance]
    assert names[3:] == ["Gail Hunt", "Ian Jones", "Kim Lee", "Mark Nash", "Owen Page"]


def test_a_substitute_stated_in_a_sentence_is_present_not_the_member_replaced() -> None:
    """"Councillor E Finch attended as a substitute for Councillor C Dean" below the roll, in
    the apologies item or in brackets after an apology: the substitute came; the member they
    stood in for is not present (and the phrase is no role before their honorific)."""
    text = (
        "Minutes of the Planning Committee held on 4 June 2024\n\n"
        "Present: Councillor Ann Bell (Chair), Councillor Bob Cole.\n\n"
        "Councillor Eve Finch attended as a substitute for Councillor Carl Dean.\n\n"
        "1. Apologies\n\nApologies for absence were received from Mr Gus Hale (Ms Ivy Jones "
        "attended as substitute) and Dr Kay Lamb (Mr Ned Moss, Deputy Director attended in "
        "her absence).\n\nCllr Owen Pike substituted for Cllr Pam Reed.\n\n"
        "2. Minutes\n\nRESOLVED that the minutes be approved.\n"
    )
    got = {a.name: a.status for a in extract(text).attendance}
    assert got["Councillor Eve Finch"] == "Present"
    assert "Councillor Carl Dean" not in got
    assert got["Mr Gus Hale"] == got["Dr Kay Lamb"] == "Apologies"
    assert got["Ms Ivy Jones"] == got["Mr Ned Moss"] == got["Cllr Owen Pike"] == "Present"
    assert "Cllr Pam Reed" not in got
    listed = text.replace("Cllr Owen Pike substituted for Cllr Pam Reed.",
                          "An apology was received from Cllr Pam Reed and Cllr Owen Pike "
                          "attended as substitute.").replace(
        "Present: Councillor Ann Bell (Chair), Councillor Bob Cole.",
        "Apologies: Cllr Sam Todd, Cllr Val West as substitute.")
    got = {a.name: a.status for a in extract(listed).attendance}
    assert got["Cllr Pam Reed"] == got["Cllr Sam Todd"] == "Apologies"
    assert got["Cllr Owen Pike"] == got["Cllr Val West"] == "Present"


def test_entries_of_name_and_post_or_body_parted_by_semicolons() -> None:
    """"Ann Bell, Forum Chairman; Carl Dean, Westshire Canoeing; …": where semicolons part
    entries of two fields, the field after a name's comma is its post or body, never a
    second person; runs of names between semicolons are still names."""
    text = (
        "Note of the Countryside Forum held on 5 May 2021\n\n"
        "Present: Ann Bell, WCF Chairman; Carl Dean, Westshire Canoeing; Emma Fox, Moorland "
        "Trust; Gail Hunt, Upland Farmers Group; Ian Jones\n\n"
        "1. Minutes\n\nRESOLVED that the minutes be approved.\n"
    )
    got = [(a.name, a.capacity) for a in extract(text).attendance]
    assert got[0] == ("Ann Bell", "WCF Chairman")
    assert [n for n, _ in got] == ["Ann Bell", "Carl Dean", "Emma Fox", "Gail Hunt", "Ian Jones"]
    runs = text.replace("Present: Ann Bell, WCF Chairman; Carl Dean, Westshire Canoeing; "
                        "Emma Fox, Moorland Trust; Gail Hunt, Upland Farmers Group; Ian Jones",
                        "Present: Ann Bell, Carl Dean; Emma Fox, Gail Hunt; Ian Jones")
    assert [a.name for a in extract(runs).attendance] == [
        "Ann Bell", "Carl Dean", "Emma Fox", "Gail Hunt", "Ian Jones"]


@pytest.mark.parametrize(("heading", "status"), [
    ("Voting Members:", "Present"), ("Non-Voting Members:", "Present"),
    ("Co-opted Members:", "Present"), ("Substitutes:", "Present"), ("Sederunt:", "Present"),
    ("Present (Voting Members):", "Present"), ("Non-Members also present:", "AlsoInAttendance"),
    ("Other Councillors present:", "AlsoInAttendance"),
    ("PARK AUTHORITY STAFF IN ATTENDANCE", "AlsoInAttendance"),
])
def test_rolls_headed_by_the_kind_of_member(heading: str, status: str) -> None:
    """Joint boards, authorities and Scottish councils head their rolls by the kind of member
    ("Voting Members:", "Substitutes:", "Sederunt:") or name members from outside the
    committee ("Other Councillors present:") and a body's staff in capitals."""
    text = (
        "Minutes of the Joint Board held on 5 May 2021\n\n"
        "Present: Cllr Ann Bell (Chair), Cllr Bob Cole\n\n"
        f"{heading}\nMr Carl Dean, Head of Housing\nMrs Emma Fox, Service Manager\n\n"
        "1. Minutes\n\nRESOLVED that the minutes be approved.\n"
    )
    got = [(a.name, a.status) for a in extract(text).attendance][2:]
    assert got == [("Mr Carl Dean", status), ("Mrs Emma Fox", status)]


def test_a_roll_table_of_name_lines_each_with_its_post_on_the_next() -> None:
    """A roll saved from a table, one cell a line or paragraph: a name, then the post or the
    nominating body ("Chair, Westshire Council", "Nominated by Health Board"), perhaps under
    the table's header ("Members" / "Role"). The second line is never a person."""
    text = (
        "Minutes of the Health and Wellbeing Board held on 5 May 2021\n\n"
        "Present:\nCllr Ann Bell\nChair, Westshire Council\nDr Carl Dean\nClinical Lead, "
        "Westshire ICB\nEmma Fox\nDirector of Public Health\n\n"
        "Apologies:\nGail Hunt\nHealthwatch Westshire\nIan Jones\nChief Executive, "
        "Westshire Council\n\n1. Minutes\n\nRESOLVED that the minutes be approved.\n"
    )
    got = [(a.name, a.status, a.capacity, a.organisation) for a in extract(text).attendance]
    assert got == [
        ("Cllr Ann Bell", "Present", "Chair", "Westshire Council"),
        ("Dr Carl Dean", "Present", None, "Westshire ICB"),
        ("Emma Fox", "Present", "Director of Public Health", None),
        ("Gail Hunt", "Apologies", None, "Healthwatch Westshire"),
        ("Ian Jones", "Apologies", "Chief Executive", "Westshire Council"),
    ]
    table = (
        "Minutes of the Integration Joint Board held on 5 May 2021\n\nPresent:\n\nMembers\n\n"
        "Role\n\nAnn BELL (Chair)\n\nNominated by Westshire Council (Elected Member)\n\n"
        "Carl DEAN\n\nNominated by Health Board (Non-Executive Member)\n\nEmma FOX\n\n"
        "Chief Finance Officer\n\n1. Minutes\n\nRESOLVED that the minutes be approved.\n"
    )
    got = [(a.name, a.capacity) for a in extract(table).attendance]
    assert got == [("Ann BELL", "Chair"), ("Carl DEAN", None),
                   ("Emma FOX", "Chief Finance Officer")]


def test_a_roll_table_under_a_colon_dash_heading_and_a_second_table_of_non_members() -> None:
    """"Present:-" over a "Members" / "Role" table, then "Non-members in attendance at request
    of Chief Officer:-" over a table of its own: the first table ends where a name was due,
    and a row that is one name alone is a member though its given name is not a common one."""
    text = (
        "At a MEETING of the WESTSHIRE INTEGRATION JOINT BOARD held remotely on 27th October, "
        "2021.\n\nPresent:-\n\nMembers\n\nRole\n\n \n\nAnn BELL (Vice Chairperson)\n\n"
        "Nominated by Health Board (Non-Executive Member)\n\nCarl DEAN\n\nChief Officer\n\n"
        "Emma FOX\n\nRegistered Nurse\n\n"
        "Non-members in attendance at request of Chief Officer:-\n\nGail HUNT\n\n"
        "Head of Health and Community Care\n\nIvan JONES\n\nWestshire Carers Centre\n\n"
        "Orlaith KEANE\n\nLocalities Manager\n\n"
        "Ann BELL, Vice Chairperson, in the Chair.\n\n"
        "I APOLOGIES FOR ABSENCE\n\nThere were no apologies.\n"
    )
    got = [(a.name, a.status, a.capacity, a.organisation) for a in extract(text).attendance]
    assert got[:6] == [
        ("Ann BELL", "Present", "Vice-Chairperson", "Health Board"),
        ("Carl DEAN", "Present", "Chief Officer", None),
        ("Emma FOX", "Present", "Registered Nurse", None),
        ("Gail HUNT", "AlsoInAttendance", "Head of Health and Community Care", None),
        ("Ivan JONES", "AlsoInAttendance", None, "Westshire Carers Centre"),
        ("Orlaith KEANE", "AlsoInAttendance", "Localities Manager", None),
    ]


def test_the_chair_named_with_a_post_between_commas() -> None:
    """"Councillor A Bell, Convener, in the Chair." (Scottish minutes): the chair is present;
    the post between the commas is no one."""
    text = (
        "Minute of Meeting of the Roads Committee held on 3 May 2021\n\n"
        "Present: Councillors Ann Bell, Carl Dean and Emma Fox.\n\n"
        "Councillor Ann Bell, Convener, in the Chair.\n\n"
        "1. Minutes\n\nThe Committee resolved to approve the minute.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert "Convener" not in names
    assert "Councillor Ann Bell" in names


def test_a_headless_roll_that_opens_on_its_chair() -> None:
    """"Councillor A Bell (in the Chair); Councillors C Dean, E Fox and G Hill." with no
    heading (pages that print who attended after the items) is the roll of members present."""
    text = (
        "Minutes of the Licensing Committee held on 9 January 2023\n\n"
        "1. Minutes\n\nRESOLVED that the minutes be approved.\n\n"
        "Councillor Rob Stone (in the Chair); Councillors Dean, Fox-Hill and Gray.\n"
    )
    got = [(a.name, a.status) for a in extract(text).attendance]
    assert got == [("Councillor Rob Stone", "Present"), ("Dean", "Present"),
                   ("Fox-Hill", "Present"), ("Gray", "Present")]


def test_present_with_a_full_stop_for_its_colon() -> None:
    """"Present. Cllr A Bell, …": a full stop may stand for the heading's colon."""
    text = (
        "Minutes of the meeting of Hollyford Community Council held on 4th June 2019.\n\n"
        "Present. Cllr. Ann Bell, Cllr. Carl Dean and Cllr. Mrs. Emma Fox.\n"
        "101. APOLOGIES.\nNone.\n102. FINANCE.\nThe accounts were approved.\n"
    )
    assert [(a.name, a.status) for a in extract(text).attendance] == [
        ("Cllr. Ann Bell", "Present"), ("Cllr. Carl Dean", "Present"),
        ("Cllr. Mrs. Emma Fox", "Present")]


def _spans_quote(m: Minutes, text: str) -> None:
    """Every span of every fact quotes the source text at its offsets."""
    for a in m.attendance:
        assert text[a.span.start:a.span.end] == a.span.exact
    for i in m.items:
        assert text[i.span.start:i.span.end] == i.span.exact
        for r in i.resolutions:
            assert text[r.span.start:r.span.end] == r.span.exact


def test_a_page_run_onto_one_line() -> None:
    """PDF text that lost its line breaks: the page is read through a view with a line
    break before each attendance heading and each number of a run of item numbers, and
    every span still quotes the source (which keeps its spaces)."""
    text = (
        "HOLLYFORD TOWN COUNCIL\nMinutes of the Meeting of the Town Council held at 7.00pm on "
        "Monday 2 March 2020 at the Old Forge, Hollyford Present: Cllr. A Bell, Cllr. C Dean, "
        "Cllr. Mrs E Frost. Also present: Mrs G Hale (Town Clerk) and 3 members of the public. "
        "The meeting commenced at 7.00 pm. 1. APOLOGIES FOR ABSENCE Cllr. J Irwin, Cllr. K Lowe. "
        "2. DECLARATIONS OF INTEREST None. 3. MINUTES The minutes of the meeting held on 3 "
        "February 2020 were approved and signed as a correct record. 4. PUBLIC FORUM - a resident "
        "asked about the bus shelter in paragraph 2. The Clerk will write to the operator.\n"
    )
    m = extract(text)
    assert (m.committee, m.date.isoformat()) == ("Town Council", "2020-03-02")
    assert _numbered(m) == [
        ("1", "APOLOGIES FOR ABSENCE"), ("2", "DECLARATIONS OF INTEREST"), ("3", "MINUTES"),
        ("4", "PUBLIC FORUM")]
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr. A Bell", "Present"), ("Cllr. C Dean", "Present"), ("Mrs E Frost", "Present"),
        ("Mrs G Hale", "AlsoInAttendance"), ("Cllr. J Irwin", "Apologies"),
        ("Cllr. K Lowe", "Apologies")]
    assert m.items[2].confirms_minutes_of.date.isoformat() == "2020-02-03"
    assert "\n" not in m.items[0].span.exact
    _spans_quote(m, text)


def test_a_run_on_roll_with_lower_case_group_headings_or_no_colon() -> None:
    """A district council's PDF roll run onto one line heads its groups "Members present:",
    "Officers present:", "Officers in attendance:" (the heading's word in lower case after the
    group's), and a board's heads them "Present" and "In Attendance" with no colon before an
    honorific: each starts a line of the view, as "Present:" does, so the names are read as
    the roll, each list with its people's status."""
    text = (
        "MIDSHIRE DISTRICT COUNCIL – 04/03/20 Minutes of the Council meeting held at the "
        "Guildhall, Eastbury on Wednesday, 4 March 2020 at 6.30 pm. Members present: A Bell "
        "(Chairman), C Dean, E Frost and G Hale. Officers present: J Irwin (Chief Executive), "
        "K Lowe (Democratic Services Manager). Officers in attendance: M Nash (Head of "
        "Operations). The Chairman welcomed all those present to the meeting and thanked the "
        "members for their service to the district over the year that had passed.\n"
    )
    m = extract(text)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("A Bell", "Chairman"), ("C Dean", None), ("E Frost", None), ("G Hale", None),
        ("J Irwin", "Chief Executive"), ("K Lowe", "Democratic Services Manager"),
        ("M Nash", "Head of Operations")]
    assert [a.status for a in m.attendance] == ["Present"] * 4 + ["AlsoInAttendance"] * 3
    _spans_quote(m, text)
    text = (
        "Westvale Enterprise Partnership Board Minutes of the Meeting held on Tuesday, 3rd March, "
        "2020 at 6.00 pm at the Board Room, County Hall, Westvale Present Mr A Bell (Chair) Cllr "
        "C Dean Mr E Frost Ms G Hale In Attendance Mr J Irwin Ms K Lowe (Company Secretary) "
        "1. Welcome and Apologies for Absence The Chair welcomed all to the meeting. 2. "
        "Minutes of the meeting held on 4th February 2020 The Board approved the minutes. 3. "
        "Matters Arising None\n"
    )
    got = [a.name for a in extract(text).attendance]
    assert got[:6] == ["Mr A Bell", "Cllr C Dean", "Mr E Frost", "Ms G Hale", "Mr J Irwin",
                       "Ms K Lowe"]


def test_a_run_on_board_roll_of_titled_names_then_their_posts() -> None:
    """A police and crime panel's roll run on, each entry an honorific, a given name and a
    surname, then the post with no comma ("Mr Simon Bale Chief Constable, Westshire
    Police"): the post's leading or head word ends the name, and the post is the capacity.
    A third capitalised word that opens no post stays part of the name."""
    text = (
        "Minutes of the Westshire Police and Crime Panel held on 5 February 2019\n"
        "Others Present: Mr Simon Bale Chief Constable, Westshire Police Mr Mark Dunne "
        "Director of Policy, OPCCW Ms Ann Cole Senior Planner, Westshire Council Mr John "
        "Lloyd Webber\n"
        "1. Apologies\nNone.\n"
    )
    got = [(a.name, a.capacity) for a in extract(text).attendance]
    assert got == [("Mr Simon Bale", "Chief Constable"), ("Mr Mark Dunne", "Director of Policy"),
                   ("Ms Ann Cole", "Senior Planner"), ("Mr John Lloyd Webber", None)]


def test_a_run_on_page_numbered_with_a_committees_letters() -> None:
    """A page run onto one line whose minutes are numbered with the committee's letters and
    no full stop ("… Cllr J Kerr EB41 Apologies None. EB 42 Budget …"): a line break goes
    before each number of the run, so the items are read; numbers with other letters, or
    standing alone, make no run ("the A38 Bridge", "Room B12 Upstairs")."""
    text = (
        "CABINET BOARD – 4 May 2015 Present: Councillors: Leader A Bell Deputy Leader C Dean "
        "Finance E Frost Housing G Hale EB41 Apologies None. EB 42 Budget Monitoring – The Board "
        "considered a report of the Director of Finance on the budget for the year. Decision – "
        "That the report be noted. EB 43 Highways Programme – The Board considered the schemes on "
        "the A38 Bridge and in Room B12 Upstairs at the depot. Decision – That the programme be "
        "approved.\n"
    )
    m = extract(text)
    assert [i.number for i in m.items] == ["EB41", "EB 42", "EB 43"]
    assert [a.name for a in m.attendance][-1] == "G Hale"
    _spans_quote(m, text)


def test_a_list_on_a_run_on_line_ends_at_a_sentence_of_apologies() -> None:
    """"… Mr B Cole in the Chair Apologies for absence were intimated on behalf of …": the
    sentence is no part of the list above it."""
    text = (
        "Minutes of Meeting of the Glenmore Council held in the Chamber, Glenmore on Thursday, "
        "4 June 2020 at 10.30am. 1. Calling of the Roll and Apologies for Absence Present: "
        "Mr A Dunn Mrs C Eddy Mr D Farr Also in Attendance: Inspector G Hope, Mr B Cole in the "
        "Chair Apologies for absence were intimated on behalf of Mr J Kerr and Mrs L Moss. 2. "
        "DECLARATIONS OF INTEREST None were declared.\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance if a.status != "Present"] == [
        ("Inspector G Hope", "AlsoInAttendance"), ("Mr J Kerr", "Apologies"),
        ("Mrs L Moss", "Apologies")]
    _spans_quote(m, text)


def test_a_run_on_roll_of_members_then_officers_attending() -> None:
    """A Scottish roll run onto one line: "PRESENT: Councillors …. ATTENDING: Name, Post;
    …. APOLOGIES: Councillors …. CHAIR: …". "ATTENDING:" starts a line as "PRESENT:" does, so
    the officers' entries are not read into the members' list, and a list ends at its full
    stop before the next label in capitals."""
    text = (
        "PRESENT: Councillors Ann Bell, Carl Dean, Emma Fox, Gail Hunt, Ian Jones, Kim Lee, "
        "Mark Nash and Olive Park. ATTENDING: Ruth Sims, Chief Executive; Tom Ure, Head of "
        "Legal Services; Vera Wade, Committees Officer; and Will Yates, Media Manager. "
        "APOLOGIES: Councillors Zoe Abel and Bob Cray. CHAIR: Provost Ann Bell.\n\n"
        "ELECTION OF PROVOST 1. There was submitted a report by the Chief Executive.\n"
    )
    m = extract(text)
    people = [(a.name, a.status) for a in m.attendance]
    assert people[:8] == [(n, "Present") for n in (
        "Ann Bell", "Carl Dean", "Emma Fox", "Gail Hunt", "Ian Jones", "Kim Lee", "Mark Nash",
        "Olive Park")]
    assert [(a.name, a.capacity) for a in m.attendance[8:12]] == [
        ("Ruth Sims", "Chief Executive"), ("Tom Ure", "Head of Legal Services"),
        ("Vera Wade", "Committees Officer"), ("Will Yates", "Media Manager")]
    assert people[12:] == [("Zoe Abel", "Apologies"), ("Bob Cray", "Apologies")]
    _spans_quote(m, text)


def test_item_pages_whose_title_was_lost() -> None:
    """An "Agenda item" page whose minute comes first, and an item saved without its title
    with the agenda's text above "Minutes:": one item each, its first sentence for a title."""
    m = extract(
        "Agenda item\n\nThe Cabinet Members each reported on their portfolios since the last "
        "meeting. Members asked questions on each report.\nSupporting documents:\n")
    assert _numbered(m) == [
        (None, "The Cabinet Members each reported on their portfolios since the last meeting")]
    m = extract(
        "The Leader of the Board is to present the partnership's plan to the Panel.\nMinutes:\n"
        "The Panel received a presentation from Ann Bell on the plan.\n")
    assert len(m.items) == 1 and m.items[0].title.startswith("The Leader of the Board")


def test_a_decision_whose_marker_was_lost() -> None:
    """"That the verbal update be noted." as the minute's last paragraph is its decision;
    below a recommendation (an agenda, a report) it is not, and such a page stays refused."""
    m = extract(
        "Fire and Rescue Panel\n\nVerbal update by the Scrutiny Officer.\n\nThe Officer gave an "
        "update on the last meeting of the Panel, which had set the precept.\n\n"
        "That the verbal update be noted.\n")
    assert [i.title for i in m.items] == ["Fire and Rescue Panel"]
    assert [r.text for r in m.items[0].resolutions] == ["That the verbal update be noted."]
    with pytest.raises(NotMinutesError):
        extract("Fire and Rescue Panel\n\nReport of the Scrutiny Officer.\n\nMembers are asked "
                "to consider the following recommendation:\n\nThat the report be noted.\n")


def test_an_issue_decisions_page() -> None:
    """ModernGov "Issue - decisions": the issue's title, "24/06/2021 - <title>" (the
    meeting's date), then the decision."""
    m = extract(
        "Issue - decisions\n\nMinutes of the Previous Meeting\n\n14/03/2022 - Minutes\n\n"
        "The minutes of the meeting held on 7 February 2022 were approved as a correct record.\n")
    assert str(m.date) == "2022-03-14"
    assert [i.title for i in m.items] == ["Minutes of the Previous Meeting"]
    assert str(m.items[0].confirms_minutes_of.date) == "2022-02-07"


def test_numbered_attendance_lists_and_names_without_separators() -> None:
    """"45. Attended by: …" and "46. Apologies: …" are lists of their own; a list that lost
    its separators and prints no honorifics is cut before each given name ("Apologises",
    a common misspelling, is read as well)."""
    text = (
        "Minutes of the Parish Council meeting held on 9 May 2019\n"
        "In Attendance:\nPeter Argent Mary Colby Mrs Jane Royle Derek Stow\n\n"
        "1. Apologies\n2. Village hall\n"
        "45. Attended by: Cllrs Ruth Lowe (Chairman), Owen Pike Simon Reed, Tess Vale.\n"
        "46. Apologies: Cllrs Ian Moss, Kay Dunn.\n"
        "47. Apologises were received from Dr Hugh Bell\n"
    )
    m = extract(text)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Peter Argent", "AlsoInAttendance"), ("Mary Colby", "AlsoInAttendance"),
        ("Mrs Jane Royle", "AlsoInAttendance"), ("Derek Stow", "AlsoInAttendance"),
        ("Dr Hugh Bell", "Apologies"), ("Ruth Lowe", "Present"), ("Owen Pike", "Present"),
        ("Simon Reed", "Present"), ("Tess Vale", "Present"), ("Ian Moss", "Apologies"),
        ("Kay Dunn", "Apologies")]


def test_titles_set_apart_by_single_blank_lines() -> None:
    """A ModernGov page saved with one blank line between all its paragraphs, its numbers
    lost: a short title-like paragraph over a sentence of the minute is an item."""
    text = (
        "The Audit Panel - Tuesday, 9th March, 2021\n\nApologies\n\nApologies were noted from "
        "Councillor Bell.\n\nDeclarations of Interest\n\nThere were no declarations made.\n\n"
        "Internal Audit Plan pdf icon PDF 120 KB\n\nThe Head of Audit presented the plan for "
        "the coming year.\n\nThat the plan be approved.\n"
    )
    m = extract(text)
    assert [i.title for i in m.items] == [
        "Apologies", "Declarations of Interest", "Internal Audit Plan"]
    assert [r.text for r in m.items[2].resolutions] == ["That the plan be approved."]


def test_parish_numbers_lost_or_typed_otherwise() -> None:
    """A numbered list copied from a web page printing every number "1."; titles ending in a
    colon ("Present:"); numbers after the meeting's reference ("304-1.To receive …"), or
    with a comma for the full stop ("1, Apologies"); "IT WAS resolved:" in capitals."""
    m = extract(
        "Minutes of the Parish Council meeting held on 3rd June 2019 at the Hall\n\n"
        "1. Present:\n\nAnn Lowe (AL) (Chair), Ben Pike (BP)\n\n1. Apologies:\n\nNone\n\n"
        "1. Village Green\n\nThe grass had been cut.\n")
    assert _numbered(m) == [
        (None, "Present:"), (None, "Apologies:"), (None, "Village Green")]
    assert [a.name for a in m.attendance] == ["Ann Lowe", "Ben Pike"]
    m = extract(
        "Minutes of Ashby Parish Council Meeting held on 25th May 2016 at the Hall.\n\n"
        "210-1.To receive apologies from Members:\n\nApologies received from Cllr Dunn.\n\n"
        "IT WAS resolved:\n\nTo accept the apologies.\n\n210-2.To receive declarations of "
        "interest:\n\nNone.\n")
    assert _numbered(m) == [
        ("210-1", "To receive apologies from Members:"),
        ("210-2", "To receive declarations of interest:")]
    assert [r.text for r in m.items[0].resolutions] == ["To accept the apologies."]
    m = extract(
        "Minutes of the Parish Council meeting held on 3rd June 2020\n\n"
        "1, Apologies for absence\nNone.\n2. Planning\nNo applications.\n"
        "Minute 18, Village Green Review was read.\n")
    assert _numbered(m) == [
        ("1", "Apologies for absence"), ("2", "Planning")]


def test_a_chair_line_and_decisions_listed_without_a_marker() -> None:
    """"Chair: Councillor A Bell" above the list is present in that capacity; clauses
    lettered inline with no brackets after "it was resolved to:"; clauses opening "That"
    below a sentence saying a vote carried."""
    text = (
        "MINUTES OF THE COUNCIL MEETING HELD ON 4th MARCH 2020 AT THE HALL.\n\n"
        "Chair: Councillor A Bell\n\nPresent: Councillors C Dean, E Frost\n\n"
        "1. Appointments\nOn being proposed by the Chair it was resolved to: A Note the members "
        "appointed for the year B Confirm that the Clerk be the proper officer.\n\n"
        "2. Meeting arrangements\nThe report was put to a vote and agreed.\n"
        "A. That the meetings be held in person.\nB. That the times be reviewed in May.\n"
    )
    m = extract(text)
    assert (m.attendance[0].name, m.attendance[0].capacity) == ("Councillor A Bell", "Chair")
    assert [(c.label, c.text) for c in m.items[0].resolutions[0].clauses] == [
        ("A", "Note the members appointed for the year"),
        ("B", "Confirm that the Clerk be the proper officer.")]
    assert [c.text for c in m.items[1].resolutions[0].clauses] == [
        "That the meetings be held in person.", "That the times be reviewed in May."]


def test_titles_before_a_dash_or_a_colon_and_year_month_numbers() -> None:
    """"3) Minutes – it was RESOLVED …", "2) Declarations of interest: Cllr A declared …": a
    short title before a dash or a colon and its minute; not "Forward Plan - 30 May to 30
    September" (a title's own dash). A heading's date on its own line after "On"; numbers by
    year and month ("2021-03_2."); "the minutes of the meeting which took place on …"."""
    m = extract(
        "Minutes of a meeting of the Parish Council\nOn Monday 8th March 2021\n\n"
        "Present: Cllr A Bell; Cllr C Dean.\n\n"
        "1) Apologies for absence: Cllr E Frost.\n"
        "2) Declarations of interest: Cllr Bell declared an interest in item 4.\n"
        "3) Minutes – it was RESOLVED to sign the minutes of the meeting of 8th February.\n"
        "4) Forward Plan - 30 May to 30 September\n"
        "5) Village Green – Cllr Dean reported on the new benches.\n")
    assert (m.committee, str(m.date)) == ("Parish Council", "2021-03-08")
    assert [i.title for i in m.items] == [
        "Apologies for absence", "Declarations of interest", "Minutes",
        "Forward Plan - 30 May to 30 September", "Village Green"]
    assert [r.text for r in m.items[2].resolutions] == [
        "sign the minutes of the meeting of 8th February."]
    m = extract(
        "COUNCILLORS PRESENT:\nCouncillors Ann Bell (Chairman) and Carl Dean.\n"
        "2021-03_1. APOLOGIES FOR ABSENCE\nThere were none.\n"
        "2021-03_2. CONFIRMATION OF MINUTES\nRESOLVED – The minutes of the meeting of the Parish "
        "Council which took place on Tuesday 9th February 2021 were approved.\n")
    assert _numbered(m) == [
        ("2021-03_1", "APOLOGIES FOR ABSENCE"), ("2021-03_2", "CONFIRMATION OF MINUTES")]
    assert (m.committee, str(m.items[1].confirms_minutes_of.date)) == (
        "Parish Council", "2021-02-09")


def test_moderngov_decision_pages() -> None:
    """"Decision details" (one decision) and a meeting's list of decisions: the meeting from
    "Decided at meeting:" / "Made at meeting:", the page's labels no title, a decision's
    clauses below "… it was RESOLVED:" or "The Board resolved:-"."""
    m = extract(
        "Decision details\n\nParking Review\n\nDecision Maker: Cabinet\n\nIs Key decision?: No\n\n"
        "Decision:\n\nThe Cabinet resolved:-\n\n(i) to approve the review;\n\n(ii) to note the "
        "costs.\n\nPublication date: 02/03/2021\n\nDecided at meeting: 01/03/2021 - Cabinet\n")
    assert (m.committee, str(m.date)) == ("Cabinet", "2021-03-01")
    assert [i.title for i in m.items] == ["Parking Review"]
    assert [c.label for c in m.items[0].resolutions[0].clauses] == ["i", "ii"]
    m = extract(
        "Decision details\n\nDecision Maker: Cabinet\n\nHaving considered the report of the "
        "Director, it was RESOLVED:\n\n1. To note the report; and\n\n2. To sell the depot.\n\n"
        "Decided at meeting: 01/03/2021 - Cabinet\n")
    assert [c.text for c in m.items[0].resolutions[0].clauses] == [
        "To note the report; and", "To sell the depot."]
    m = extract(
        "Decisions published\n\n04/05/2021 - APOLOGIES ref: 101    For Determination\n\n"
        "Decision Maker: Audit Committee\n\nMade at meeting: 04/05/2021 - Audit Committee\n\n"
        "Decision:\n\nApologies for absence were received from Councillor Ann Bell.\n\n"
        "04/05/2021 - ANNUAL ACCOUNTS ref: 102    For Determination\n\n"
        "Decision Maker: Audit Committee\n\nMade at meeting: 04/05/2021 - Audit Committee\n\n"
        "Decision:\n\nThe accounts were noted.\n")
    assert (m.committee, str(m.date)) == ("Audit Committee", "2021-05-04")
    assert [i.title for i in m.items] == ["APOLOGIES", "ANNUAL ACCOUNTS"]
    assert [(a.name, a.status) for a in m.attendance] == [("Councillor Ann Bell", "Apologies")]


def test_members_listed_with_no_heading_below_headings_of_other_shapes() -> None:
    """Below the meeting's heading, "Councillors A, B and C" with no heading, or one titled
    name a line (an officer's post after a dash in attendance), are who was present. Headings:
    the body's name over "Held at <venue> at <time> on <date>"; "Minutes for … meeting of the
    Council on <date> at <time> at <venue>"; a date without its year under a title giving it."""
    m = extract(
        "Ashby Parish Council Extra Ordinary meeting.\nHeld at the Memorial Hall at 19:30 on 2nd "
        "May 2018\nCouncillors A. Bell, C Dean, E. Frost.\nItem 1 To agree the minutes\n"
        "It was RESOLVED to agree the minutes of the meeting of 3rd April 2018.\n")
    assert (m.committee, str(m.date), str(m.start_time), m.venue) == (
        "Ashby Parish Council", "2018-05-02", "19:30:00", "the Memorial Hall")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("A. Bell", "Present"), ("C Dean", "Present"), ("E. Frost", "Present")]
    m = extract(
        "Minutes 8th June 2020\n\nMinutes of the Parish Council Meeting held on 8th June at 7.00pm "
        "in the Village Hall\n\nCllr Bell (Chairman)\nCllr Dean\nCllr Mrs Frost\n"
        "Mrs Gail Hale – Clerk.\n\nPlanning\n\nRESOLVED: No objection.\n")
    assert (m.committee, str(m.date)) == ("Parish Council", "2020-06-08")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr Bell", "Present"), ("Cllr Dean", "Present"), ("Mrs Frost", "Present"),
        ("Mrs Gail Hale", "AlsoInAttendance")]
    m = extract(
        "Minutes for an Extra-ordinary meeting of the Council on Tuesday 3rd March 2020 at 7.15pm "
        "at the Council Office, 2 High Street\n\n1. Welcome\n\n2. Apologies – none\n")
    assert (m.committee, str(m.date), m.venue) == (
        "Council", "2020-03-03", "the Council Office, 2 High Street")


def test_unheaded_members_wrapped_over_lines_and_the_officers_below() -> None:
    """An unheaded list of members may wrap after a comma; the paragraph below it may name
    the officers who attended, one a line with their post after a comma. A town's mayor is a
    capacity in brackets like a chair's."""
    text = (
        "Minutes of the Meeting of Elmford Town Council held on 27 April 2021 at 6:30pm.\n\n"
        "Cllrs A Bell, C Dean (Deputy Mayor), E Fox,\nG Hill (Town Mayor) and J King\n\n"
        "L Moss, Town Clerk\nN Owen, Asset Manager\n\n"
        "1 Apologies for Absence\n\nApologies were received from Cllr Park.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("A Bell", "Present", None), ("C Dean", "Present", "Deputy Mayor"),
        ("E Fox", "Present", None), ("G Hill", "Present", "Town Mayor"),
        ("J King", "Present", None),
        ("L Moss", "AlsoInAttendance", "Town Clerk"),
        ("N Owen", "AlsoInAttendance", "Asset Manager"),
        ("Cllr Park", "Apologies", None),
    ]
    # A paragraph below that is not all names and posts is not this reader's; the layout
    # reader (layout_roll) still takes its line of one name and post beside the roll, and
    # leaves the prose.
    prose = text.replace("N Owen, Asset Manager", "The Mayor welcomed all, as usual")
    assert [(a.name, a.capacity) for a in extract(prose).attendance
            if a.status == "AlsoInAttendance"] == [("L Moss", "Town Clerk")]
    # Several officers to a line, parted by wide gaps or commas, each with a post.
    for gap in ("    ", ", "):
        wide = text.replace("L Moss, Town Clerk\nN Owen, Asset Manager",
                            f"L Moss, Town Clerk{gap}N Owen, Asset Manager")
        assert [(a.name, a.capacity) for a in extract(wide).attendance
                if a.status == "AlsoInAttendance"] == [
            ("L Moss", "Town Clerk"), ("N Owen", "Asset Manager")]
    # … but not a line where one name has no post.
    bare = text.replace("L Moss, Town Clerk\nN Owen, Asset Manager",
                        "L Moss, Town Clerk, N Owen")
    assert "L Moss" not in [a.name for a in extract(bare).attendance]
    """Table rows saved without "No. | Item |", each with its inline "Minutes:"; a page
    whose title was lost under its presenter's line and whose minute ends in a decision. A
    numbered sentence with words after it is no title."""
    m = extract(
        "WELCOME AND APOLOGIES Minutes: Apologies were received from Councillor Ann Bell. |\n"
        "MINUTES OF THE LAST MEETING Minutes: The minutes were approved. |\n")
    assert [i.title for i in m.items] == ["WELCOME AND APOLOGIES", "MINUTES OF THE LAST MEETING"]
    m = extract(
        "Report of the Head of Housing\nThe Head of Housing submitted a report on the work "
        "programme.\nRESOLVED – That the work programme be agreed.\n")
    assert [i.title for i in m.items] == ["Report of the Head of Housing"]
    assert len(m.items[0].resolutions) == 1
    m = extract(
        "Minutes of the Board meeting held on 3rd May 2019\n"
        "1. The minutes of the last meeting were approved. Matters Arising\n"
        "2. Matters Arising\nThere were none.\n3. Budget\nThe budget was noted.\n")
    assert [i.number for i in m.items] == ["2", "3"]


def test_present_lists_of_council_members_and_an_apology_for_something_else() -> None:
    """"Council Members present:", "Officer present:"; "Cllr A apologised for not including
    the item" is no apology for absence, "apologised for their inability to attend" is."""
    m = extract(
        "Minutes of Ashby Parish Council Meeting held on 25th May 2016 at the Hall.\n\n"
        "Council Members present: Cllr Ann Bell, Cllr Carl Dean.\n\nOfficer present: Mrs Eve "
        "Frost.\n\n1. Public time\nCllr Ann Bell apologised for not including the item on the "
        "agenda. Councillor Gus Hale apologised for his inability to attend.\n")
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Cllr Ann Bell", "Present"), ("Cllr Carl Dean", "Present"),
        ("Mrs Eve Frost", "AlsoInAttendance"), ("Councillor Gus Hale", "Apologies")]


def test_shortened_and_regional_titles_start_names_in_a_roll() -> None:
    """Northern Irish rolls shorten "Alderman" to "Ald" and run the names together with no
    separator ("Ald Mrs A Bell Ald C Dean"); Scottish community councils title their members
    "CClr"/"CClrs"; Welsh councils "Cyng."; some English ones "Coun.". Each title starts a
    name and is no part of the surname before it."""
    text = (
        "Minutes of a Meeting of Elmford Borough Council held on 4 March 2024\n\n"
        "Present: Ald Mrs A Bell Ald C Dean, MBE Ald E Frey Cllr G Hale Cllr K Ives\n\n"
        "Apologies: CClr Jonas, Cyng. Lamb and Coun. Moss\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    m = extract(text)
    titles = {"Ald", "Mrs", "Cllr", "CClr", "Cyng.", "Coun."}
    assert [(" ".join(w for w in a.name.split() if w not in titles), a.status)
            for a in m.attendance] == [
        ("A Bell", "Present"), ("C Dean", "Present"), ("E Frey", "Present"),
        ("G Hale", "Present"), ("K Ives", "Present"),
        ("Jonas", "Apologies"), ("Lamb", "Apologies"), ("Moss", "Apologies"),
    ]


def test_a_surname_that_is_also_a_rank_or_office_stays_a_name() -> None:
    """Negative: "Bishop", "Major" and "Pastor" are surnames as often as titles, so a roll
    that prints them after a given name keeps the whole name."""
    text = (
        "Minutes of a Meeting of Elmford Parish Council held on 4 March 2024\n\n"
        "Present: Cllr Ann Bishop, Cllr Tom Major and Mr Ray Pastor\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    assert [a.name for a in extract(text).attendance] == [
        "Cllr Ann Bishop", "Cllr Tom Major", "Mr Ray Pastor"]


def test_honours_after_a_surname_or_a_full_name_are_no_part_of_it() -> None:
    """Honours and fellowships after a name ("Bell OBE", "Sir Ann Gale KCB", "Dr Tom Osei
    FRCP") end it, even after a surname alone; letters that are a word of the name stay."""
    text = (
        "Minutes of a Meeting of Elmford Borough Council held on 4 March 2024\n\n"
        "Present: Councillor Amos, Councillor Bell OBE, Dr Tom Osei FRCP\n\n"
        "Apologies: Professor Sir Ann Gale KCB, Mr Tom Hale JP, Ms Jo Cobb\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert names == ["Councillor Amos", "Councillor Bell", "Dr Tom Osei",
                     "Professor Sir Ann Gale", "Mr Tom Hale", "Ms Jo Cobb"]


def test_a_post_and_its_areas_in_a_roll_name_nobody() -> None:
    """A roll of officers by post alone prints each post's areas after a comma ("Executive
    Director, Resources & Finance"): the areas are no person. A name after a post's comma
    (given name, initial or title first) still is, with the post as its capacity, whose
    words are the post's whole (not cut where an earlier word was read apart)."""
    text = (
        "Minutes of a Meeting of Elmford Borough Council held on 4 March 2024\n\n"
        "Present: Cllr A Bell, Cllr C Dean\n\n"
        "In Attendance:\nExecutive Chief Officer, Resources & Finance\n"
        "Assistant Director, Housing and Communities\nStrategic Director, Place\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    assert [a.name for a in extract(text).attendance] == ["Cllr A Bell", "Cllr C Dean"]
    named = text.replace("Strategic Director, Place", "Executive Chief Officer, Tom Hale")
    assert [(a.name, a.capacity) for a in extract(named).attendance][2:] == [
        ("Tom Hale", "Executive Chief Officer")]
    # negative: a surname alone after a post that is no area stays a person
    clerk = text.replace("Strategic Director, Place", "Clerk, Hale")
    assert [(a.name, a.capacity) for a in extract(clerk).attendance][2:] == [("Hale", "Clerk")]


def test_a_label_of_a_rank_and_a_post_parts_a_roll() -> None:
    """A roll's field label may be a post with its rank before it ("Vice Chair:", "Acting
    Clerk:"): the rank is no name, and the post is the next name's capacity. Negative: a
    label's rank never joins a person's name, and a name with no label stays as it was."""
    text = (
        "Minutes of a Meeting of Elmford Borough Council held on 4 March 2024\n\n"
        "In the Chair: Cllr A Bell, Mayor\n\nVice Chair: Cllr W Dean\n\n"
        "Present: Cllr A Fox, Cllr C Gale\n\n1. Minutes\n\nThe minutes were agreed.\n"
    )
    found = [(a.name, a.capacity) for a in extract(text).attendance]
    assert ("Cllr W Dean", "Vice-Chair") in found
    assert "Vice" not in [n for n, _ in found]
    acting = text.replace("Vice Chair: Cllr W Dean", "Acting Clerk: Mrs W Dean")
    assert ("Mrs W Dean", "Acting Clerk") in [(a.name, a.capacity)
                                             for a in extract(acting).attendance]


def test_a_capacity_naming_the_council_a_member_sits_for() -> None:
    """A joint board's roll prints the council a member sits for before "Member", a post in
    brackets perhaps after it ("Cllr A Bell, Westshire County Council Member (Chair)",
    "Cllr C Dean, Comhairle nan Eilean Siar Member"): a known council (councils.toml) is the
    member's body, the bracket the capacity. Negative: a post of that form with no known
    body in it ("Trade Union Representative", "Non-Councillor Member") stays the capacity."""
    text = (
        "Minute of Meeting of the Westshire Transport Partnership held on 4 March 2024\n\n"
        "PRESENT: Cllr Ann Bell, The Highland Council Member (Chair), "
        "Cllr Carl Dean, Comhairle nan Eilean Siar Member, "
        "Mr Emil Fox, Non-Councillor Member, Mr Gus Hale, Trade Union Representative\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    found = {a.name: (a.organisation, a.capacity) for a in extract(text).attendance}
    assert found["Cllr Ann Bell"] == ("Highland Council", "Chair")
    assert found["Cllr Carl Dean"] == ("Comhairle nan Eilean Siar", None)
    assert found["Mr Emil Fox"] == (None, "Non-Councillor Member")
    assert found["Mr Gus Hale"] == (None, "Trade Union Representative")


# -- signs of a record the refusal check overlooked (round 22) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a ModernGov item table cut off below its first rows: earlier minutes confirmed
        "Item | Title | Minutes |\n1 | MINUTES OF THE PREVIOUS MEETING |\nThe Minutes of the "
        "meeting held on 4 March 2024 were confirmed and signed as a correct record. |\n2 | "
        "DECLARATIONS OF INTEREST |\nNone. |\n",
        # the agenda's direction and a report's request printed above the minute itself
        "To approve as a correct record the minutes of the meeting held on 4 March 2024.\n\n"
        "Members are asked to note any matters arising.\n\nThe minutes of the meeting held on "
        "4 March 2024 were approved as a true record.\n",
        # the decision to confirm them, in a resolution's words
        "RESOLVED that the minutes of the Corporate Parenting Board held on 8 May 2024 be "
        "confirmed and signed by the Chair as a correct record.\n\nYouth Service Update\n\n"
        "The youth service update was welcomed by the Board.\n",
    ],
    ids=["confirmed-in-a-table", "confirmed-under-directions", "resolved-to-confirm"],
)
def test_earlier_minutes_recorded_as_confirmed_make_a_page_minutes(text: str) -> None:
    """Earlier minutes recorded as confirmed as a correct record are what only a meeting's
    record says: the page is read, whatever its heading lost and an agenda's lines with it."""
    assert extract(text).items


@pytest.mark.parametrize(
    "text",
    [
        # what is left of a page below its lost heading: nil records, in the past tense
        "Apologies for absence\n\nNo apologies for absence were received.\n\nDeclarations of "
        "interest\n\nThere were no declarations of interest.\n\nUrgent items\n\nThere were no "
        "urgent items.\n",
        # a roll whose heading was lost, then apologies submitted and what members did
        "Councillors Amberley (Chair), Brackwater and Cindersby\n\nApologies for absence were "
        "submitted by Councillors Dunmore and Eskdale.\n\nMembers acknowledged the long-standing "
        "interests held in the business of the Authority.\n",
        # irregular and paper-handling past tenses after a minute's subject
        "The Chair made the following announcements about the town's events.\n\nThe Head of "
        "Planning submitted a report on the local plan review.\n",
    ],
    ids=["nil-records", "apologies-submitted", "made-and-submitted"],
)
def test_past_tense_records_of_standing_business_make_a_page_minutes(text: str) -> None:
    """"No apologies were received", "There were no declarations", "Apologies … were
    submitted by …", "The Chair made …": an agenda says what is to be received; only the
    record says what came, or that nothing did."""
    assert extract(text).items


def test_a_roll_of_who_came_and_who_sent_apologies_on_a_dated_page_is_read() -> None:
    """A roll under two of its headings ("Present:", "Apologies:") on a page whose heading is
    lost but for its date is a record of a meeting held."""
    m = extract("3 June 2024\n\nPresent: Cllr Ann Pennock (Chair), Cllr Bob Lister, Cllr Cath "
                "Marsh\nApologies: Cllr Jo Kettle\n")
    assert {a.status for a in m.attendance} >= {"Present", "Apologies"}
    assert any("roll of who attended" in w for w in m.warnings)


def test_a_decision_page_without_its_meeting_line_is_read_by_its_status() -> None:
    """A ModernGov decision page cut off above its "Decided at meeting" line still records a
    decision taken: "Decision status: Recommendations Approved" under its decision maker."""
    m = extract("Decision Maker: Cabinet\nDecision status: Recommendations Approved\nIs Key "
                "decision?: No\nDecision:\n1. That the Play Area Strategy be approved.\n2. That "
                "a task group be set up.\n")
    assert m.items


@pytest.mark.parametrize(
    "text",
    [
        # an agenda that asks for earlier minutes to be approved as a correct record
        "Lowby Parish Council\nMeeting on Monday 3 June 2024 at 7.30pm in the Village Hall\n\n"
        "1. To receive apologies for absence\n2. To approve as a correct record the minutes of "
        "the meeting held on 5 May 2024\n3. To consider the report of the Clerk\n",
        # a report recommending it
        "Report to the Finance Committee\n\nPurpose of report\nRecommendations: that the "
        "minutes of the meeting held on 5 May 2024 be approved as a correct record, and that "
        "the budget be set.\n",
        # a notice asking for apologies, with a "no meeting" sentence
        "Notice of meeting\nUpper Fell Parish Council will meet on Tuesday 14th March 2023 at "
        "7.30pm in the Village Hall.\nApologies for absence to the Clerk, please. There will be "
        "no meeting in August.\n",
        # a forward plan's entry: a decision still to come
        "Decision Maker: Cabinet\nDecision status: For Determination\nIs Key decision?: Yes\n"
        "Notice of proposed decision first published: 16/05/2024\nTo consider the leisure "
        "contract options.\n",
        # an issue withdrawn from the plan
        "Issue details\n\nLeisure Operating Contract\n\nThis report seeks to update members on "
        "the options.\n\nDecision type: Non-key\n\nDecision status: Deleted\n\nNotice of "
        "proposed decision first published: 16/05/2023\n",
        # a roll under two headings that names neither its meeting nor a date
        "Present: Cllr Ann Pennock (Chair), Cllr Bob Lister\nApologies: Cllr Jo Kettle\n",
    ],
    ids=["agenda-approve-minutes", "report-recommends", "notice-apologies", "forward-plan",
         "issue-deleted", "undated-two-status-roll"],
)
def test_the_new_signs_of_a_record_leave_agendas_reports_and_plans_refused(text: str) -> None:
    """Minutes to be approved, apologies to be sent, a decision still to be determined, and a
    roll that names no meeting nor date: none records a meeting held, and all stay refused."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vale Drainage Board Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 "
        "The Hall, Lowby Members: Ann Pennock Bob Lister Cath Marsh In Attendance: Dan Oaks "
        "Eve Fairley Interim Chair Director of Finance",
        "VALE INTERNAL DRAINAGE BOARD A meeting of the Board was held at Lowby Village Hall, on "
        "Wednesday 18th June 2014 at 2.00 pm. PRESENT A Pennock Esq., B Lister Esq., C Marsh "
        "Esq., Elected Members.",
    ],
    ids=["minutes-of-the-board-meeting", "a-meeting-was-held"],
)
def test_a_page_headed_as_minutes_cut_inside_its_roll_is_read(text: str) -> None:
    """A page that calls itself the minutes of a dated meeting, or says the meeting was held,
    and is cut off inside a roll whose names no reader takes apart, is still a record."""
    m = extract(text)
    assert any("roll of who attended" in w for w in m.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a notice: the meeting is still to be held
        "VALE INTERNAL DRAINAGE BOARD A meeting of the Board will be held at Lowby Village Hall "
        "on Wednesday 18th June 2014 at 2.00 pm. Members: A Pennock Esq., B Lister Esq.",
        # an agenda whose first items name earlier minutes, with no roll
        "Lowby Parish Council Meeting on 3 June 2024 1. Minutes of the last meeting held on 5 "
        "May 2024 2. Matters arising 3. Planning applications",
        # a chair's report: the first person
        "Minutes of the Annual Parish Meeting, 3 May 2023: I would like to thank those present: "
        "Cllr A Pennock and Cllr B Lister.",
    ],
    ids=["notice-will-be-held", "agenda-minutes-item", "chairs-report"],
)
def test_a_heading_without_a_roll_or_with_a_notice_stays_refused(text: str) -> None:
    """A meeting still to be held, an agenda naming earlier minutes with no roll, and a
    report in the first person are not read by the headed-roll rule."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


# -- round 23: structural readers of layouts ----------------------------------------------


def test_a_minutes_title_over_a_date_label_names_the_meeting() -> None:
    """"Minutes of <body>" on a line of its own, the date under a "Date:" label on the next
    with the venue and roll run on after it: the page is the body's minutes of that date (a
    steering group's action-table minutes were refused for want of a heading); the roll's
    heading glued to the venue's full stop starts its line, and a stray comma after
    "Apologies:" leaves the names below it one list."""
    roll = ", ".join(f"{g} {s}" for g, s in [
        ("Ann", "Bell"), ("Carl", "Dean"), ("Eve", "Fox"), ("Gus", "Hale"), ("Ian", "Jones"),
        ("Kay", "Lamb"), ("Liam", "Moss"), ("Nina", "Opie"), ("Owen", "Platt"), ("Rita", "Shaw"),
        ("Sean", "Toft"), ("Una", "Vale"), ("Will", "Wood"), ("Zoe", "Abel"), ("Adam", "Birch"),
        ("Beth", "Crane"), ("Colin", "Drake")])
    text = (
        "Minutes of Upper Lowby Neighbourhood Plan Steering Group\n"
        "Date: Thursday 4 May 2017 – 7.30pm / Venue: The Village Hall, Lowby.Attendance:"
        f"{roll}, Mo Nash (Chair), Pat Ord (Vice Chair). / Apologies:,\n"
        "Rae Pike, Sam Quill and Tom Pellowe\n"
        "Declaration of Interest: None\n"
        "Item / Raised by / Discussion & Decision\n"
        "Minutes of Previous Meeting / Chair / Accepted & signed\n"
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("Upper Lowby Neighbourhood Plan Steering Group",
                                          "2017-05-04")
    names = {a.name: a.status for a in m.attendance}
    assert names["Ann Bell"] == "Present" and names["Mo Nash"] == "Present"
    assert [n for n, st in names.items() if st == "Apologies"] == [
        "Rae Pike", "Sam Quill", "Tom Pellowe"]


def test_a_date_of_the_next_meeting_under_a_minutes_title_is_no_heading() -> None:
    """"Date of next meeting:" under a "Minutes of …" line dates another meeting: the label
    rule reads only "Date:" (or "Date of meeting:") as the page's own date."""
    from kg.extract import _header

    text = ("Minutes of Upper Lowby Steering Group\nDate of next meeting: 5 June 2017\n"
            "Notes follow.\n")
    assert _header(text, patterns.load()).get("date") is None


def test_esq_ends_each_name_of_a_roll_run_together() -> None:
    """Drainage boards' rolls print "Esq" after each member, often with no comma between:
    the style ends the name (and is no part of it), a capacity in brackets after it stays
    with it, and the next name starts after it."""
    text = (
        "LOWBY INTERNAL DRAINAGE BOARD\n\n"
        "At a Meeting of the Lowby Internal Drainage Board held at Lowby Golf Club on Thursday "
        "the 16th May 2019\n\nPRESENT\n\n"
        "A C Bell Esq (Chairman) D E Fox Esq R Hale Esq (Vice Chairman) J I Kemp Esq T Lamb Esq\n\n"
        "Apologies for absence were received from S W Moss Esq, G Nash Esq, and C Owen Esq.\n\n"
        "B.1 Inspection of the District\n\nThe Chairman reported on the pumping station.\n"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("A C Bell", "Present", "Chairman"), ("D E Fox", "Present", None),
        ("R Hale", "Present", "Vice-Chairman"), ("J I Kemp", "Present", None),
        ("T Lamb", "Present", None), ("S W Moss", "Apologies", None),
        ("G Nash", "Apologies", None), ("C Owen", "Apologies", None)]


def test_a_single_esq_or_a_roll_without_one_is_left_as_it_was() -> None:
    """One name with "Esq" is read as before, without the style; a roll with none is untouched."""
    text = ("Minutes of a meeting of Lowby Parish Council held on 3 May 2022\n\n"
            "Present: J Bell Esq., Cllr A Dean and Cllr C Fox\n\n1. Minutes\n\nAgreed.\n")
    assert [a.name for a in extract(text).attendance] == ["J Bell", "Cllr A Dean", "Cllr C Fox"]


def test_a_group_caption_among_a_rolls_names_is_no_person() -> None:
    """"Elected Members", "Appointed Members", "Co-optees" caption the names before them."""
    text = (
        "Minutes of a meeting of Lowby Internal Drainage Board held on 18th June 2014\n\n"
        "Present: D Bell Esq., F Cole Esq., Elected Members.\n\n"
        "1. Minutes\n\nThe minutes were agreed.\n"
    )
    assert [a.name for a in extract(text).attendance] == ["D Bell", "F Cole"]


def test_a_roll_run_on_from_a_heading_when_there_were_present() -> None:
    """"21 JULY 2011 Minutes of a meeting of the X held in … when there were present: …" on a
    page run onto one line: the date before the heading dates it, the roll runs on after
    "present:", and "Name - Capacity" entries with no separators part at each name that a
    dash follows; a post's own "and" after a dash stays in the post, and a substitute's
    member stood in for is no one present."""
    text = (
        "21 JULY 2011 Minutes of a meeting of the PLANNING COMMITTEE held in the Council "
        "Chamber, Council Offices, Lowby at 9.30 am when there were present: Councillors Mrs A "
        "Bell (Chairman) C Dean (Vice-Chairman) E F Fox Mrs G Hale Miss J Kemp - substitute for "
        "L Moss N Owen - Westend Ward P Quill - Eastend Ward Officers Mr R Shaw - Head of "
        "Planning and Building Control Mrs T Vane - Legal and Democratic Services Manager (52) "
        "APOLOGIES FOR ABSENCE Apologies for absence were received from Councillor L Moss. (53) "
        "MINUTES The Minutes of the meeting held on 23 June 2011 were approved as a correct "
        "record and signed by the Chairman."
    )
    m = extract(text)
    assert (m.committee, str(m.date)) == ("PLANNING COMMITTEE", "2011-07-21")
    got = {a.name: (a.status, a.capacity) for a in m.attendance}
    for name in ("Mrs A Bell", "C Dean", "E F Fox", "Mrs G Hale", "Miss J Kemp", "N Owen"):
        assert got[name][0] == "Present", name
    assert got["Mr R Shaw"] == ("AlsoInAttendance", "Head of Planning and Building Control")
    assert got["Mrs T Vane"][1] == "Legal and Democratic Services Manager"
    assert got.get("L Moss", ("Apologies",))[0] != "Present"


def test_an_and_between_two_dash_entries_still_parts_them() -> None:
    """"C Judd – North Ward and the Clerk – B Quill": the words after the "and" are an entry
    of their own (a post before its dash), not the post's."""
    text = ("Minutes of the Parish Council meeting held on Tuesday 7 March 2017\n\n"
            "Present: Cllr A Hale – Chairman, Cllr C Judd – Head of Planning and Cllr E Frost\n\n"
            "1. Planning\n\nNone.\n")
    assert [a.name for a in extract(text).attendance] == ["Cllr A Hale", "Cllr C Judd",
                                                          "Cllr E Frost"]


def test_html_markup_left_in_a_page_is_read_as_its_layout() -> None:
    """A page saved with its <p> tags in its text, all on one line: each block is a line, so
    "Present:" and a "Messrs:" line under an apologies sentence read as rolls."""
    text = (
        "<p> LOWBY INTERNAL DRAINAGE BOARD</p><p>MINUTES of the proceedings of the Board at a "
        "Meeting held at the Board's Offices, Lowby on Wednesday 23 September 2015</p><p>"
        "Present: J.E. Bell (Chairman)</p><p>Messrs: T. Cole M Dean P. Fox (Vice-Chairman) "
        "R Hale</p><p>Apologies for non-attendance were received from:-</p><p>Messrs: H. C. "
        "Kemp T. W. Lamb</p><p>1. CHAIRMAN'S ANNOUNCEMENTS</p><p>The Chairman reported on the "
        "open day.</p>"
    )
    m = extract(text)
    assert [(a.name, a.status, a.capacity) for a in m.attendance] == [
        ("J.E. Bell", "Present", "Chairman"), ("T. Cole", "Present", None),
        ("M Dean", "Present", None), ("P. Fox", "Present", "Vice-Chairman"),
        ("R Hale", "Present", None), ("H. C. Kemp", "Apologies", None),
        ("T. W. Lamb", "Apologies", None)]
    assert any("HTML markup" in w for w in m.warnings)


def test_a_page_with_an_odd_angle_bracket_is_not_unmarked() -> None:
    """Fewer than three block tags: the page's text is read as it is."""
    from kg.layout import unmark_html

    text = "Minutes <p>\nPresent: A Bell\n"
    assert unmark_html(text, patterns.load()) is text


def test_a_flattened_table_of_names_then_posts_is_cut_at_given_names() -> None:
    """A board's roll table saved as one run, its names' column then its posts' column:
    names part at each common given name (a pair before a given name counts too: "Zedmond
    Quillby"), and the posts after them name no one."""
    text = (
        "Minutes of the Board Meeting of Lowby Health Board held on 25 April 2017\n\n"
        "In Attendance: Chris Bell Gethin Cole Mark Dean Zedmond Quillby Anna Fox Interim Chair "
        "Interim Chief Executive Officer Non-Executive Director Director of Finance & Allied "
        "Health Professionals Director\n\n"
        "1. Welcome\n\nThe Chair opened the meeting.\n"
    )
    assert [a.name for a in extract(text).attendance] == [
        "Chris Bell", "Gethin Cole", "Mark Dean", "Zedmond Quillby", "Anna Fox"]


def test_names_that_are_not_a_column_before_posts_are_not_cut() -> None:
    """"Mary Ann Bell" (a name left over, no post after it) and two names alone are no run."""
    from kg.attendance import _given_name_run

    p = patterns.load()
    assert _given_name_run("Mary Ann Bell", p) == []
    assert _given_name_run("Ann Bell Carl Dean", p) == []
    assert _given_name_run("Ann Bell Carl Dean Jane Fox Westshire Council", p) == []


def test_a_members_letters_end_the_name_before_in_a_run_on_roll() -> None:
    """"D McKinnell, MLA T McKellan A Pattinson": the assembly member's letters end the name
    before them; the run-together names after them are still read."""
    text = ("Minutes of a Meeting of Lowby Borough Council held on 5 November 2007\n\n"
            "PRESENT: Councillors A Bell B Cole D Dean, MLA T Fox A Hale\n\n"
            "1. Minutes\n\nThe minutes were agreed.\n")
    assert [a.name for a in extract(text).attendance] == [
        "A Bell", "B Cole", "D Dean", "T Fox", "A Hale"]


def test_esq_after_each_name_of_a_roll_run_on_ends_the_name() -> None:
    """"A B Hale Esq (Chairman) C D Fox Esq …", as old-style rolls print them: "Esq" ends
    each name (no part of it), the bracket after it is that member's post, and the roll is no
    table of posts before names ("Esq (Chairman) C" is no post). Without "Esq" a table of
    posts and names is read as before."""
    head = "Minutes of a Meeting of the Elmford Drainage Board held on 4 March 2024\n\nPRESENT\n\n"
    tail = "\n\n1. Minutes\n\nThe minutes were agreed.\n"
    m = extract(head + "A B Hale Esq (Chairman) C D Fox Esq E F Gale Esq (Vice Chairman) "
                "G H Rowe Esq J K Lane Esq" + tail)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("A B Hale", "Chairman"), ("C D Fox", None), ("E F Gale", "Vice-Chairman"),
        ("G H Rowe", None), ("J K Lane", None)]
    table = extract(head + "Leader T Bell Deputy Leader M Cole Finance R Dean" + tail)
    assert ("M Cole", "Deputy Leader") in [(a.name, a.capacity) for a in table.attendance]


def test_a_posts_remit_after_a_dash_joined_by_and_parts_no_names() -> None:
    """"Mr C Dean, Service Manager – Corporate Policy and Improvement Ms E Fox, …": the
    remit after the dash is the post's, its "and" no list of people; a name after the "and"
    is still the next person."""
    text = ("Minutes of the Elmford Cabinet held on 4 March 2024\n\n"
            "Council Officials Present: Mrs A Bell, Chief Executive Mr C Dean, Service Manager – "
            "Corporate Policy and Improvement Ms E Fox, Service Manager – Legal and Procurement "
            "Ms G Hale, Media Manager\n\n1. Minutes\n\nThe minutes were agreed.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held["Mr C Dean"] == "Service Manager – Corporate Policy and Improvement"
    assert held["Ms E Fox"] == "Service Manager – Legal and Procurement"
    assert "Improvement" not in held and "Corporate Policy" not in held
    from kg.attendance import _remit_lists
    p = patterns.load()
    assert _remit_lists("Mr C Dean, Service Manager – Policy and Improvement Ms E Fox", p)
    assert not _remit_lists("Mr C Dean, Service Manager – Policy and Ann Bell", p)
    assert not _remit_lists("Mr C Dean, Service Manager – Policy", p)



def test_the_remit_lists_share_one_remit() -> None:
    """``[attendance] post_remit_list`` and ``post_remit_dash`` are written with one
    ``{remit}`` (patterns.toml), filled in when they are compiled."""
    p = patterns.load()
    for key in ("post_remit_list", "post_remit_dash"):
        source = p.rx("attendance", key).pattern
        assert "{remit}" not in source and p.raw["attendance"]["remit"] in source
    m = p.rx("attendance", "post_remit_dash").search(
        "Mr P Quill, Service Manager – Corporate Policy and Improvement Ms E Fox")
    assert m is not None and m.group("remits") == "Corporate Policy and Improvement"


def test_a_name_ends_before_the_words_a_run_on_roll_adds() -> None:
    """A name read off a roll run together ends before a label, a table's word or a tier's
    body it ran on into, and before honours with stops ("J.P."); a name is never cut below
    two words, and a label alone is no one (``[attendance] name_tail_words``)."""
    from kg.attendance import run_on_trimmed

    p = patterns.load()
    assert run_on_trimmed("T Hale In", p) == "T Hale"
    assert run_on_trimmed("Cllr Jo Hale County", p) == "Cllr Jo Hale"
    assert run_on_trimmed("Ann Osei Also", p) == "Ann Osei"
    assert run_on_trimmed("Tom Dean J.P.", p) == "Tom Dean"
    assert run_on_trimmed("C Bell Esq", p) == "C Bell"
    assert run_on_trimmed("In Attendance", p) == ""
    assert run_on_trimmed("PCSO Nil", p) == ""
    # no cut below a name, and a surname that is no label stays
    assert run_on_trimmed("Mr Hale Public", p) == "Mr Hale Public"
    assert run_on_trimmed("Jo Parish", p) == "Jo Parish"
    assert run_on_trimmed("Jo Hale Parish", p) == "Jo Hale Parish"
    assert run_on_trimmed("Ann Bell", p) == "Ann Bell"


def test_a_column_word_may_open_a_post_whose_head_is_in_lower_case() -> None:
    """"Dr Ann Pryce Voting member Present Carl Quarry Voting member Present": a roll's
    column of posts printed in sentence case ("Voting member", "Lay member") opens on the
    capitalised word that follows each name; the names end before it."""
    from kg.attendance import column_words, run_on_trimmed

    p = patterns.load()
    roll = ("Organisation Representative Status Westmere Society Dr Ann Pryce Voting member "
            "Present Lowdale Trust Carl Quarry Voting member Present Eastmoor Group Jane "
            "Kittle Attending officer Present\n")
    column = column_words(roll, p)
    assert "Voting" in column
    assert run_on_trimmed("Carl Quarry Voting", p, column) == "Carl Quarry"
    assert "Voting" not in column_words("Ann Pryce Voting member Present\n", p)


def test_a_name_ends_before_the_next_columns_word_that_follows_several_names() -> None:
    """A roll whose columns ran together prints each name straight before its body or post
    ("Ann Pryce Westmere Hills Trust Carl Quarry Westmere Hills Society"): a word that follows
    two different people's names and opens a body's or a post's name there is the next
    column's, and a name that ends on it ran on into it. A word after one name only, or one
    that opens no body or post, may be a surname, and stays."""
    from kg.attendance import column_words, run_on_trimmed

    p = patterns.load()
    roll = ("IN ATTENDANCE\n\nAnn Pryce Westmere Hills Trust Carl Quarry Westmere Hills Society "
            "Jane Kittle Lowdale Trust Peter Tarrow Lowdale Parish Council\n")
    column = column_words(roll, p)
    assert {"Westmere", "Lowdale"} <= column
    assert run_on_trimmed("Carl Quarry Westmere", p, column) == "Carl Quarry"
    assert run_on_trimmed("Mrs Jane Kittle Lowdale", p, column) == "Mrs Jane Kittle"
    assert run_on_trimmed("Quarry Westmere", p, column) == "Quarry Westmere"  # a name stays
    one = "Ann Pryce Westmere Hills Trust, and the report of Carl Quarry Eastmoor.\n"
    assert "Westmere" not in column_words(one, p)
    # In the prose reader too: a roll no roll reader read, its names marked by the pipeline.
    page = ("WESTMERE HILLS BOARD\n\nMINUTES OF THE MEETING HELD ON 4 MARCH 2021\n\n"
            + roll + "\n1. MINUTES\n\nThe minutes of the last meeting were agreed.\n")
    minutes = extract(page)
    read_prose([(page, minutes)])
    people = {m.label for h in minutes.prose for m in h.mentions if m.kind == "person"}
    people |= {a.name for a in minutes.attendance}
    assert not any(n.endswith((" Westmere", " Lowdale")) for n in people)
    # and the name's span ends before the word it gave back: no fact's span overlaps another's
    spans = {m.span.exact for h in minutes.prose for m in h.mentions if m.kind == "person"}
    assert {"Ann Pryce", "Carl Quarry"} <= spans
    assert not any(s.endswith((" Westmere", " Lowdale")) for s in spans)
    # "Jane Kittle Lowdale Trust", which the pipeline reads as a body named after a person:
    # "Lowdale" opens the next column, so the two words before it are the person
    assert "Jane Kittle" in people and "Jane Kittle" in spans
    # The word a name gave back opens the body the pipeline marked after it ("Hills Trust").
    bodies = {m.label for h in minutes.prose for m in h.mentions if m.kind == "organisation"}
    assert "Westmere Hills Trust" in bodies and "Hills Trust" not in bodies


def test_those_in_attendance_heads_a_parish_roll_and_a_count_of_the_public_is_no_post() -> None:
    """"Those in attendance: C. Pryce (Chair), G. Tarrow, J. Kittle, one member of the Public
    and the Clerk.": the heading opens the roll as "Present:" does, and the count of the public
    after the last name is how many came, no post of that member."""
    text = ("LOWDALE PARISH COUNCIL\n\nMinutes of Meeting held on 19th September 2017\n\n"
            "Those in attendance: C. Pryce (Chair), G. Tarrow, J. Kittle, one member of the "
            "Public and the Clerk.\n\n1. Apologies for Absence were received from A. Quarry."
            "\n\n2. The Minutes were approved.\n")
    got = {(a.name, a.capacity) for a in extract(text).attendance}
    assert {("C. Pryce", "Chair"), ("G. Tarrow", None), ("J. Kittle", None)} <= got


def test_a_table_of_boroughs_and_members_run_on_in_one_line() -> None:
    """A joint committee's table of councils and their members flattened into one line, each
    member run on into the next row's council ("Cllr Ann Pryce Lowdale Cllr Peter Tarrow
    Eastmoor …"): where three names with a common given name run on so, each ends after its
    surname (a rarer given name too; a council's own "and" goes with it). Names that a comma
    closes are whole ("Cllr Ann Pryce Lowdale, …" may be a name of three words)."""
    text = ("Minutes of a meeting of the Joint Transport Committee held on 4 March 2021\n\n"
            "Present: Council Councillor Westmere Cllr Ann Pryce Lowdale Cllr Peter Tarrow "
            "Eastmoor Cllr John Quarry Southvale and Upton Cllr Gwil Hanno Northdale Cllr Mary "
            "Kittle\n\n1. MINUTES\nThe minutes were approved.\n")
    names = {a.name for a in extract(text).attendance}
    assert {"Cllr Ann Pryce", "Cllr Peter Tarrow", "Cllr John Quarry", "Cllr Gwil Hanno",
            "Cllr Mary Kittle"} <= names
    commas = text.replace("Lowdale Cllr", "Lowdale, Cllr").replace(
        "Eastmoor Cllr", "Eastmoor, Cllr").replace("Southvale and Upton Cllr", "Southvale, Cllr")
    names = {a.name for a in extract(commas).attendance}
    assert {"Cllr Ann Pryce Lowdale", "Cllr Peter Tarrow Eastmoor"} <= names


def test_a_name_ends_before_the_next_fields_first_word() -> None:
    """A roll of "Name Post Body" rows that lost their separators runs each name on into the
    first word of the post or body after it ("Mr Carl Dean Staff Partnership Forum Co-Chair",
    "Ida Osei Universities", "Tom Hale NHS Westshire"): a name ends before it. A two-word
    name is never cut, and a surname that is no such word ("Service") stays."""
    from kg.attendance import run_on_trimmed

    p = patterns.load()
    assert run_on_trimmed("Carl Dean Staff", p) == "Carl Dean"
    assert run_on_trimmed("Mrs Eve Fox Chief", p) == "Mrs Eve Fox"
    assert run_on_trimmed("Ida Osei Universities", p) == "Ida Osei"
    assert run_on_trimmed("Tom Hale NHS", p) == "Tom Hale"
    assert run_on_trimmed("Hale Appointed", p) == "Hale Appointed"
    assert run_on_trimmed("Ann Service", p) == "Ann Service"


def test_a_name_ends_where_pdf_text_glued_the_next_field_to_it() -> None:
    """PDF text that lost the space where a roll's field ends glues the next field or name to
    a surname ("Cllr S HaleCllr", "Ann BellJo Osei", "Eve FosterUniversity of Westshire") or an
    honorific to a given name ("CllrsTom Hale"): the name ends at the glued capital, or
    starts after the glued honorific. A name's own late capital ("FitzGerald"), short
    prefixes ("McDonald", "MacKay") and one word glued at the end that is no honorific or
    given name ("Carl DeanWestco": perhaps a surname run together) stay."""
    from kg.attendance import run_on_trimmed

    p = patterns.load()
    assert run_on_trimmed("Cllr S HaleCllr", p) == "Cllr S Hale"
    assert run_on_trimmed("Prof Eve FosterUniversity of Westshire", p) == "Prof Eve Foster"
    assert run_on_trimmed("Ann BellJo Osei", p) == "Ann Bell"
    assert run_on_trimmed("CllrsTom Hale", p) == "Tom Hale"
    for name in ("Ann FitzGerald", "Ann McDonald", "Jo MacKay", "Ann Bell", "Carl DeanWestco"):
        assert run_on_trimmed(name, p) == name


def test_names_parted_by_slashes() -> None:
    """A roll or a contact line that parts its names with slashes ("Carl Dean (Chair)/Ruth
    Foster/Anne Osei", "Contact: Helen Bell/Julie Hale") names each person; a slash inside a
    post ("Parish Clerk/Responsible Finance Officer") parts no one."""
    text = ("Minutes of the Meeting of Westbury Community Council held on Tuesday 3 October "
            "2023\n\nPresent: Cllrs: Carl Dean (Chair)/Ruth Foster/Anne Osei and Tom Hale\n"
            "In attendance: Mrs Jo Bell (Parish Clerk/Responsible Finance Officer)\n\n1. "
            "Apologies\n\nNone.\n")
    m = extract(text)
    assert [a.name for a in m.attendance if a.status == "Present"] == [
        "Carl Dean", "Ruth Foster", "Anne Osei", "Tom Hale"]
    assert any(a.capacity == "Parish Clerk/Responsible Finance Officer" for a in m.attendance)


def test_a_flattened_roll_loses_its_labels_from_names() -> None:
    """"… Mr R Bell Mr T Hale In attendance Mrs J Dean": the last member ends before the
    label, and "Present" run into a name is no one."""
    text = ("Minutes of the Elmford Parish Council held on 4 March 2024\n\n"
            "PRESENT:Councillor A Bell (In the Chair)\nCouncillor C Dean\n"
            "IN ATTENDANCE:Two members of the public\n\n"
            "1. Minutes\n\nThe minutes were agreed. Cllr T Hale Also noted the report.\n")
    minutes = extract(text)
    names = {a.name for a in minutes.attendance}
    assert not names & {"Present", "In Attendance", "Two"}
    assert "Councillor C Dean" in names or "C Dean" in names


def test_a_roll_typed_without_its_spaces_keeps_its_last_names() -> None:
    """An "and" or "&" typed against the initial after it ("J Hale andA Bell", ", &M. N.
    Osei") parts two names, and an initial typed against its surname ("A.Dean") is a name
    in a roll of titled names; an "and" inside a word or a body's "&" parts nothing."""
    def roll(line: str) -> list[str]:
        text = (f"Minutes of the Elmford Parish Council held on 4 March 2024\n\n{line}\n\n"
                "1. Minutes\n\nThe minutes were agreed.\n")
        return [a.name for a in extract(text).attendance]

    assert roll("Present: Councillors T Bell, C Dean, J Hale andA Bell.")[-2:] == [
        "J Hale", "A Bell"]
    assert roll("Present: Mrs J Cole, Sam Dean, &M. N. Osei (Clerk)")[-1] == "M. N. Osei"
    assert roll("Present: Councillor M. Hale (Chair); Councillor N. Osei; "
                "Councillor D. Cole;A.Dean (Clerk)")[-1] == "A.Dean"
    assert "Andro Quandell" in roll("Present: Mr T Bell, Andro Quandell and Mrs C Dean")


def test_a_roll_entry_with_the_rfo_or_an_auditor_after_a_dash() -> None:
    """"E Hale – RFO" is the person and her post (``role_words`` holds "rfo" and "auditor",
    which no surname is); a surname typed with a spaced dash stays one name."""
    text = ("Minutes of the Elmford Parish Council held on 4 March 2024\n\nPresent: Cllr A Bell"
            "\n\nIn Attendance: J Cole – Parish Clerk, E Hale – RFO and L Dean – Administrator."
            "\n\n1. Minutes\n\nThe minutes were agreed.\n")
    held = {a.name: a.capacity for a in extract(text).attendance}
    assert held.get("E Hale") == "RFO" and "E Hale – RFO" not in held
    from kg.attendance import _looks_like_name

    assert _looks_like_name("Ann Quill – Osei", patterns.load())


def test_a_record_line_spread_by_wide_spaces_is_read_quickly() -> None:
    """``heading_not_after`` on a line whose words stand apart by runs of spaces (a justified
    or tabbed PDF line): a space run between two record words is read one way only, so a line
    that ends in some other word fails at once, not after trying every split of every run."""
    rx = patterns.load().rx("header", "heading_not_after")
    line = "To confirm" + "     the" * 40 + "     Parish "
    with finishes(within=60, cpu=True):  # every split of forty runs would never end
        assert rx.search(line) is None
    assert rx.search("To receive as a correct record, the ")
    assert rx.search("To confirm as a correct record of the proceedings the unrestricted ")


def test_a_meeting_heading_ending_in_a_run_of_blanks_is_read_quickly() -> None:
    """``body_meeting_date`` takes the blanks at a heading's end whole: a line ending in a run
    of blanks and a letter was tried at every split of the run between the blanks before the
    venue's bracket and those before the line's end (about threefold per doubling: 8,000
    blanks 0.9 s, 250,000 minutes; taken whole, about 10 s); the heading and its venue are
    still read."""
    rx = patterns.load().rx("header", "body_meeting_date")
    line = "Westmere Parish Council Meeting 3 May 2022" + " " * 250_000 + "x"
    with finishes(within=60, cpu=True):
        assert rx.search(line) is None
    m = rx.search("Elmford Allotments Committee Meeting 6.30pm 25/4/23 (Wren Inn)   ")
    assert m is not None and (m["committee"], m["date"]) == ("Elmford Allotments Committee",
                                                              "25/4/23")


def test_a_line_of_spaces_over_the_heading_is_read_quickly() -> None:
    """A heading whose body's name may be any text (``body_meeting_held`` and its kind) takes
    a line's leading blanks whole: a line of 2,000 spaces over the heading was tried at every
    split between blanks and name (over a minute for the page); the heading is still read."""
    text = (" " * 6000 + "x\nMinutes of the Parish Council held on 3 May 2022 at 7pm\n\n"
            "Present: Cllr A Bell, Cllr C Dean\n\n1. Apologies\n\nNone.\n")
    with finishes(within=60, cpu=True):  # tried at every split, 6,000 blanks take many minutes
        minutes = extract(text)
    assert minutes.date == date(2022, 5, 3)


def test_a_two_figure_year_is_read_one_way_by_headings_and_references() -> None:
    """"14.11.05", "06.06.49", "16.03.62": a year of two figures is this century's before 50
    and the last one's from 50, read by one rule (``dates.full_year``) wherever the date is,
    a page's heading or a reference to another meeting."""
    from kg.dates import full_year, parse_date
    from kg.nlp.meeting_refs import _as_printed

    assert (full_year(5), full_year(49), full_year(50), full_year(99)) == (2005, 2049, 1950, 1999)
    p = patterns.load()
    for printed, iso in (("14.11.05", "2005-11-14"), ("06.06.49", "2049-06-06"),
                         ("16.03.62", "1962-03-16")):
        assert parse_date(printed, p).isoformat() == iso
        assert parse_date(_as_printed(printed), p).isoformat() == iso


def test_the_pages_own_meeting_date_under_a_printed_date_in_capitals() -> None:
    """A heading in capitals with its month first ("HELD ON MONDAY MAY 16TH 2011") dates the
    meeting, not the date the page was printed on above it ("13 Jun 2011"); the minutes'
    own date said again ("Minutes: 16th May 2011") is then no reference to another
    meeting."""
    from kg.dates import parse_date

    p = patterns.load()
    assert parse_date("MONDAY MAY 16TH 2011", p).isoformat() == "2011-05-16"
    assert parse_date("MAY 16TH", p) is None  # month first still needs its year
    text = ("13 Jun 2011\n\nMinutes: 16th May 2011\n\nDRAFT MINUTES OF THE MEETING OF THE "
            "PARISH COUNCIL\nHELD ON MONDAY MAY 16TH 2011 IN THE VILLAGE HALL AT 8.00 PM.\n\n"
            "1. PRESENT\nCllrs Bell, Dean and Hale.\n\n2. MINUTES\nThe minutes of the meeting "
            "held on 14th March 2011 were agreed as a true record.\n")
    assert extract(text).date.isoformat() == "2011-05-16"


def test_a_month_first_date_whose_year_lost_its_space_after_the_ordinal() -> None:
    """"December 6th2016": a month-first date whose year lost the space after its ordinal,
    as PDF text prints it, is read as the day-first "18thMay" is (one reader of dates, which
    a page's first date is read by too); without an ordinal the figures run on as one
    ("December 62016") and name no day."""
    from kg.dates import parse_date

    p = patterns.load()
    assert parse_date("December 6th2016", p).isoformat() == "2016-12-06"
    assert parse_date("May 16th, 2023", p).isoformat() == "2023-05-16"
    assert parse_date("December 62016", p) is None


def test_a_meeting_sites_this_is_a_meeting_of_line_dates_the_page() -> None:
    """A meeting site's template ("This is a meeting of the Audit Committee of Elmford
    Borough Council held on the 26th Jul 2022.") names and dates the page's own meeting; a
    line that tells of a meeting to come does not."""
    text = ("This is a meeting of the Audit Committee of Elmford Borough Council held on the "
            "26th Jul 2022.\nCouncil Chamber\nItem | Title | Minutes |\n1 | MINUTES |\n"
            "The Minutes of the meeting held on 24 May 2022 were confirmed. |\n2 | APOLOGIES |\n"
            "No apologies received. |\n")
    m = extract(text)
    assert m.date.isoformat() == "2022-07-26"
    assert m.committee == "Audit Committee of Elmford Borough Council"
    rx = patterns.load().rx("header", "record_heading")
    assert rx.search("This is a meeting of the Audit Committee to be held on the 26th Jul 2022.")\
        is None


def test_an_issue_decisions_page_is_dated_by_its_decision_line() -> None:
    """A ModernGov "Issue - decisions" page is dated by its decision's line ("27/07/2020 -
    …"), even when the issue's title names the committee meeting whose minutes it received
    and that meeting's date, which stays a reference."""
    text = ("Issue - decisions\n\nHalls and Allotments - 29 June 2020\n\n27/07/2020 - Halls and "
            "Allotments Committee - 29 June 2020\n\nThe Chair presented the minutes of the "
            "meeting held on 29 June 2020 and moved their acceptance.\n\nRESOLVED: that the "
            "minutes of the meeting held on 29 June 2020 be received.\n")
    assert extract(text).date.isoformat() == "2020-07-27"
    plain = ("Issue - decisions\n\nInternal Audit Report\n\n21/02/2017 - Internal Audit Report"
             "\n\nThe Committee received the report.\n\nRESOLVED: that the report be noted.\n")
    assert extract(plain).date.isoformat() == "2017-02-21"


def test_a_clerks_signature_line_dates_no_meeting() -> None:
    """"Clerk to the Council – 07/08/2025" under an agenda is the day it was signed: the
    minutes below are dated by their own heading; a committee's "Body – date" line still
    dates its meeting."""
    text = ("Footpaths Committee Agenda\nNOTICE IS HEREBY GIVEN that a meeting of the "
            "Footpaths Committee will be held on Wednesday 13th August 2025 at 7pm.\n"
            "1. Apologies\n2. To approve the minutes of the meeting held on May 7th 2025\n"
            "A. Clerk\nClerk to the Council – 07/08/2025\nMinutes\nELMFORD PARISH COUNCIL – "
            "FOOTPATHS COMMITTEE MINUTES\nAugust 13th, 2025\nA meeting of the Footpaths "
            "Committee was held on Wednesday, August 13th at 7pm.\n1. Apologies\nNone.\n")
    assert extract(text).date.isoformat() == "2025-08-13"
    p = patterns.load()
    rx = p.rx("header", "moderngov_heading")
    assert rx.search("Clerk to the Council – 07/08/2025") is None
    assert rx.search("Planning Committee - 5 March 2018") is not None


def test_minutes_headed_by_their_agenda_are_read_by_the_roll_below_it() -> None:
    """A parish page that prints its agenda ("1. To approve the minutes …", "2. To receive
    reports …") and then the minutes under the same directions as headings, the roll between:
    the agenda's lines outnumber the minutes' sentences, but an agenda names no one present,
    so the page is read. The same agenda with no roll (or a roll of one) stays refused."""
    agenda = ("Annual Parish Meeting 2023\n"
              "1. To approve the Minutes of the meeting of 4 May 2022.\n"
              "2. To receive reports from village organisations.\n"
              "3. To receive questions from residents.\n")
    minutes = ("Annual Parish Meeting\nDate: Monday 8th May 2023\n"
               "Present: Cllr Ames (Chair), Cllr Mrs Boyd, Cllrs Carr and Dunn.\n"
               "1. To approve the Minutes of the Annual Parish Meeting of 4 May 2022.\n"
               "2. To receive reports from village organisations.\n"
               "The report on the playing field was given.\n"
               "3. To receive questions from residents.\n"
               "A resident raised the matter of parking.\n")
    m = extract(agenda + minutes)
    assert [i.title for i in m.items][-1] == "To receive questions from residents."
    with pytest.raises(NotMinutesError):
        extract(agenda + minutes.replace("Present: Cllr Ames (Chair), Cllr Mrs Boyd, "
                                         "Cllrs Carr and Dunn.\n", ""))
    with pytest.raises(NotMinutesError):
        extract(agenda + minutes.replace(", Cllr Mrs Boyd, Cllrs Carr and Dunn", ""))


def test_a_date_alone_over_the_roll_dates_the_page_and_titles_no_item() -> None:
    """ "05 JUNE 2009" on the page's first line over its roll and a resolution: the meeting's
    date, not the title of the page's one item."""
    m = extract("05 JUNE 2009\nCouncillors Ames, Boyd, Carr\nLegal Adviser, Treasurer\n"
                "The Authority considered the report of the Treasurer.\n"
                "RESOLVED - That the report be noted.\n")
    assert str(m.date) == "2009-06-05"
    assert all(i.title != "05 JUNE 2009" for i in m.items)


def test_a_heading_run_together_with_its_roll_dates_the_page() -> None:
    """A document-sharing site's copy that runs the heading and the roll onto one line
    ("… Minutes of Full Council held in …, Lowby on Wednesday 17 th April 2013 at 6.20pm.
    PRESENT Councillors: …", "At a Meeting of the Lowby Drainage Board hosted at … on
    Wednesday the 17th June 2020 PRESENT …"): the heading names the meeting and its date.
    The same words below a "Present:" roll are the earlier minutes' item, and with no roll
    after them an item's title; neither dates the page."""
    roll = ("Councillors: A. Ames (Mayor), B. Boyd, C. Carr, D. Dunn. 1. APOLOGIES Apologies "
            "were received from Cllr E. Eden. 2. MINUTES The minutes were approved.\n")
    m = extract("Home > Documents > FULL COUNCIL\nDate post: 16-Oct-2020\n113 FULL COUNCIL "
                "Minutes of Full Council held in Council Chamber, Town Hall, Lowby on Wednesday "
                "17 th April 2013 at 6.20pm. PRESENT " + roll)
    assert (m.committee, str(m.date)) == ("Full Council", "2013-04-17")
    m = extract("LOWBY DRAINAGE BOARD At a Meeting of the Lowby Drainage Board hosted at the "
                "Board Offices, Lowby on Wednesday the 17th June 2020 PRESENT " + roll)
    assert (m.committee, str(m.date)) == ("Lowby Drainage Board", "2020-06-17")
    below = extract("Lowby Town Council\nPresent: Cllrs Ames, Boyd and Carr Apologies: Cllr Dunn "
                    "Minutes of the Meeting held on 12th September 2017 The Minutes having been "
                    "circulated it was resolved that they be signed. Present at the meeting were "
                    "two residents.\n1. Footpaths\nThe Clerk reported on the stile.\n")
    assert str(below.date) != "2017-09-12"


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # run onto one line: the title, its date, the roll
        ("MINUTES OF THE LOWBY SAFEGUARDING BOARD MEETING 26th January 2017 1.45pm to 4.45pm "
         "Council Chamber, Lowby Attended: ", "2017-01-26"),
        # a state before "Minutes", no verb that confirms earlier minutes
        ("Lowby Board Title: Confirmed minutes of the seventieth Lowby Board meeting on 3 May "
         "2017 Members attending ", "2017-05-03"),
        # the roll below a blank line
        ("COMMUNITY COUNCIL\n\nAPPROVED MINUTES of MEETING – 20th NOVEMBER 2017 @ PRIMARY "
         "SCHOOL\n\nMembers Present: ", "2017-11-20"),
        # the date before "Minutes"
        ("EC/13/05/9 LOWBY COMMISSION Scheme Approval Committee Wednesday 27 February 2013 "
         "Minutes PRESENT ", "2013-02-27"),
        # a version's date: the meeting's is the next
        ("OFFICIAL LB/20210826/Minutes Page 1 of 11 Version 1.0: 13/09/2021 PUBLIC MEETING - "
         "LOWBY FIRE BOARD THURSDAY 26 AUGUST 2021 @ 1000 HRS PRESENT: ", "2021-08-26"),
        # an item's link to earlier minutes, and an index of a volume's meetings: no date
        ("Agenda and minutes\n\nVenue: Lowby Hall\n\nNo. Item\n\nMinutes of the meeting held on "
         "19 June 2014 pdf icon PDF 93 KB\n\nApologies for absence were received and Cllr Ames "
         "was present as substitute. ", None),
        ("LOWBY COUNCIL\n\nMinutes of meetings\n\nDate Meeting Type Page\n\n07 March 2019 "
         "Ordinary 4 No Meeting* 05 September 2019 Ordinary 18 03 October 2019 Ordinary 21\n\n"
         "Present : ", None),
    ],
    ids=["run-on", "confirmed-title", "roll-below-blank", "date-then-minutes", "version-date",
         "item-link", "index"],
)
def test_a_title_dated_over_its_roll_dates_a_page_no_heading_reads(
        top: str, expected: str | None) -> None:
    """A page whose heading no pattern reads and whose first lines give the fallback no date
    (run onto one line, a title longer than a short line) is dated by a title that calls it a
    meeting's minutes with the date in the same clause, when the meeting's roll follows: its
    own heading is then no reference to another meeting. A document's version date, an item's
    link to earlier minutes, and an index with other dates before the roll date nothing."""
    body = ("Ann Ames (Chair), Bob Boyd, Carol Carr.\n\n1. Apologies\n\nNone.\n\n2. Footpaths"
            "\n\nIt was agreed to mend the stile.\n")
    m = extract(top + body)
    assert (str(m.date) if m.date else None) == expected


def test_a_labelled_date_below_a_sites_furniture_dates_the_page() -> None:
    """A shared copy's furniture (title, author, views) pushes the page's "Date:" label to its
    seventh line: still among the first lines the fallback reads."""
    m = extract("Meeting Notes Template\nBy A. Uploader,2014-06-23 08:07\n19 views 0\n"
                "Meeting Notes Template\nLowby Board meeting\n"
                "Meeting Title: Lowby Safeguarding Board Meeting\nDate: 25 July 2007\n"
                "Time: 1pm 3pm\nPresent: Ann Ames (Chair), Bob Boyd, Cal Carr\n"
                "1) Introductions and apologies\nThe Chair welcomed members.\n"
                "2) Minutes\nThe minutes of the last meeting were agreed.\n")
    assert str(m.date) == "2007-07-25"

def _roll_people(roll: str) -> set[str]:
    """The names read off ``roll``, printed above a made-up page's first item."""
    text = (f"MINUTES of the meeting of the Westshire Council held on 5 June 2009\n\n{roll}\n\n"
            "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nRESOLVED that the minutes be approved.\n")
    return {a.name for a in extract(text).attendance}


def test_a_flattened_two_column_roll_of_full_names_is_cut_at_its_given_names() -> None:
    """A two-column roll of members run into one line with no separators, middle initials and
    first names the given-name list lacks among them ("Sandy", "Norma Pellow Quarrie"), is cut
    into its names by the fewest names opening on no given name; a run with a body's word in
    it, or too few names opening on a given name, is no such roll."""
    from kg.attendance import _segmented_name_run

    p = patterns.load()
    run = "Ann Bell Jo R C Hale Norma Pellow Quarrie Sandy Pettle Tom Fox Carl Dean"
    assert [run[a:b] for a, b in _segmented_name_run(run, p)] == [
        "Ann Bell", "Jo R C Hale", "Norma Pellow Quarrie", "Sandy Pettle", "Tom Fox", "Carl Dean"]
    people = _roll_people(f"PRESENT:-\n\nCOUNCILLORS\n\n{run}")
    assert {"Jo R C Hale", "Sandy Pettle", "Carl Dean"} <= people
    assert _segmented_name_run("Ann Bell Carl Dean Westshire Fire Service Tom Fox", p) == []
    assert _segmented_name_run("Zed Quill Yarrow Pike Bexley Hurst Ann Bell", p) == []
    assert _segmented_name_run("Ann Bell Carl Dean", p) == []


def test_a_flattened_roll_keeps_an_unknown_first_name_out_of_the_name_before() -> None:
    """A first name the given-name list lacks ("Zelvin", "Orvak") opens a name of its own: it
    is not taken as the last word of a three-word name before it ("Tony Marrow Zelvin"), as a
    three-word name's middle word is nearly always a given name ("Mary Ann Lee")."""
    from kg.attendance import _segmented_name_run

    p = patterns.load()
    run = "Ann Bell Tony Marrow Zelvin Quaid Orvak Idris Peter Stallow Karen Wexby"
    assert [run[a:b] for a, b in _segmented_name_run(run, p)] == [
        "Ann Bell", "Tony Marrow", "Zelvin Quaid", "Orvak Idris", "Peter Stallow", "Karen Wexby"]


def test_a_flattened_roll_reads_initials_honours_and_absence_marks() -> None:
    """A county council's flattened roll gives some members by their initials ("V H Orsby"),
    puts honours after names ("MBE JP") and sets a letter against the absent ("… A Bob
    Kenward"): each initialled name is one name, honours stay with theirs, and a letter alone
    before a given name is a mark, no initial. A roll of initials and surnames keeps a surname
    that is also a given name ("J Glyn"), and a heading's words are no name ("In Attendance Mr
    J Irwin Ms K Lowe")."""
    from kg.attendance import _segmented_name_run

    p = patterns.load()
    run = ("Reg Tallow Mel Pardoe MBE A Bob Kenward S Varnham MBE JP Mrs Kay Lammerby "
           "V H Orsby June Callard")
    assert [run[a:b] for a, b in _segmented_name_run(run, p)] == [
        "Reg Tallow", "Mel Pardoe MBE", "Bob Kenward", "S Varnham MBE JP",
        "Mrs Kay Lammerby", "V H Orsby", "June Callard"]
    assert _segmented_name_run("In Attendance Mr J Irwin Ms K Lowe", p) == []
    run = "D Yelland K Ormsby J Pettifer J Glyn S Glyn N Halloran P Quennell"
    assert [run[a:b] for a, b in _segmented_name_run(run, p) or [(0, 0)]] in (
        [""], ["D Yelland", "K Ormsby", "J Pettifer", "J Glyn", "S Glyn", "N Halloran",
               "P Quennell"])


def test_a_page_run_onto_one_line_reads_its_capitals_councillors_roll() -> None:
    """A county council's PDF run onto one line: "COUNCILLORS" in capitals with a full name
    straight after it heads the members' roll, which runs on with no separators to the
    officers' heading; each member is read, and no name takes the absence mark or the page's
    number."""
    members = ("Carol Vennick (Chairman) L B Yarrowby (Vice Chairman) Reg Tallow Bruce Hembry "
               "John Pellow Keith Dunstall Fiona Grisdale Rachel Ockley Chris Fennick Geoff "
               "Wardlaw Victor Plumbe Mick Ostley Joyce Brackley Philip Yeardley Richard Tansey "
               "Sheila Quenby Steve Marrick Mike Quaintance MBE Mrs Wendy Quaintance Alan Rudgard "
               "Ken Rawsley John Cottesby Kevin Rossall Michael J Tuffin Mrs Sue Sallow Mel Pardoe "
               "MBE A Bob Kenward S Varnham MBE JP Mrs Kay Lammerby V H Orsby June Callard Dr "
               "John Doblin")
    text = ("Meeting WESTSHIRE COUNTY COUNCIL Date Thursday, 1st November 2012 (10.00 am – 6.07 "
            "pm) Membership Persons absent are marked with `A’ COUNCILLORS " + members +
            " 1 OFFICERS IN ATTENDANCE Mick Hardisty (Chief Executive) Steve Pomeroyd (Children, "
            "Families and Cultural Services) 1. MINUTES RESOLVED that the minutes of the last "
            "meeting be confirmed.\n")
    m = extract(text)
    names = {a.name for a in m.attendance}
    assert {"Carol Vennick", "L B Yarrowby", "Reg Tallow", "Mike Quaintance",
            "Michael J Tuffin", "Bob Kenward", "S Varnham", "V H Orsby", "June Callard"} <= names
    assert not {n for n in names if len(n.split()) > 3 or n.split()[-1] in {"A", "1"}}
    _spans_quote(m, text)


def test_a_capitals_councillors_heading_reads_a_first_name_after_any_lexicon_title() -> None:
    """The capitals COUNCILLORS heading of a run-on roll, and the break before it, take their
    first name after any of the lexicon's titles ("COUNCILLORS Rev. Ann Bell (Chairman) …",
    "Cllr. …"), not only after "Mr" or "Dr": one title list for every reader
    (kg/data/nlp/lexicon.toml people.titles); prose's "Councillors" is still no heading."""
    p = patterns.load()
    heading = next(h.pattern for h in p.attendance_headings if "COUNCILLORS(" in h.pattern.pattern)
    for roll in ("COUNCILLORS Rev. Ann Bell (Chairman) Tony Marrow", "COUNCILLORS Cllr. Ann Bell",
                 "COUNCILLORS Ann Bell Tony Marrow"):
        assert heading.search(roll), roll
    assert not heading.search("Councillors Ann Bell and Tony Marrow agreed")
    brk = p.rx("layout", "break_before")
    assert brk.search("County Hall Membership COUNCILLORS Rev. Ann Bell (Chairman)")
    assert brk.search("County Hall Membership COUNCILLORS Cllr. Ann Bell (Chairman)")


def test_a_roll_a_rule_closes_is_read_after_the_chairs_sentence() -> None:
    """"PRESENT:- Lord Mayor (Councillor …) in the Chair. Councillors …": on a page run onto
    one line the members' names after the chair's sentence run on to a rule of asterisks, and
    the minutes follow on the same line; the rule closes the roll, so its names are read."""
    run = ("Ann Bell Tony Marrow Zelvin Quaid Orvak Idris Peter Stallow Karen Wexby Tahir Rafiq "
           "Adam Tulliver Penny Garrow Julie Pennock Josh Vardy")
    text = ("Westshire City Council, Tuesday, 5 February, 2019 MINUTES OF THE MEETING OF "
            "WESTSHIRE CITY COUNCIL HELD ON TUESDAY, 5 FEBRUARY 2019 AT 1400 HOURS IN THE "
            "COUNCIL CHAMBER PRESENT:- Lord Mayor (Councillor Hilda Wragge) in the Chair. "
            f"Councillors {run} ************************ 3682 City Council – 5 February 2019 "
            "NOTICE OF RECORDING 19152 The Lord Mayor advised that the meeting would be "
            "webcast for live and subsequent broadcasting via the Council’s internet site.\n")
    names = {a.name for a in extract(text).attendance}
    assert {"Ann Bell", "Zelvin Quaid", "Orvak Idris", "Josh Vardy"} <= names
    assert not any("NOTICE" in n or "City" in n for n in names)


def test_a_roll_of_starred_cells_takes_the_status_of_the_label_after_its_names() -> None:
    """A drainage board prints its roll as a table of starred cells with each group's label
    in a cell after its names ("* Mr A Bell (Chairman) * C.D. Dean … * Present * Mr J Irwin
    (Chief Executive) …" / "* In attendance"): each group's names take the label's status, and
    a second name in one starred cell ("* E.F. Frost G.H. Hale") was not starred, so absent."""
    text = ("Minutes of a Meeting of the Board held at the Board’s Offices on Wednesday, 27th "
            "March 2013, at 9.00 a.m.\n\n"
            "* Messrs A. Bell (Vice-Chairman) * Cllrs C. Dean (Chairman) * W. Cole * "
            "J.L. Dodd * A.J. Howe * E.F. Frost G.H. Hale * R.A.D. Uns * Present * Messrs J. "
            "Irwin (Chief Executive) * K. Lowe (Engineer)\n\n* In attendance\n\n"
            "1. APOLOGIES\n\nNone.\n\n2. MINUTES\n\nRESOLVED that the minutes be "
            "approved.\n")
    got = {a.name: a.status for a in extract(text).attendance}
    assert {n: got.get(n) for n in ("W. Cole", "J.L. Dodd", "E.F. Frost", "R.A.D. Uns")} == {
        "W. Cole": "Present", "J.L. Dodd": "Present", "E.F. Frost": "Present",
        "R.A.D. Uns": "Present"}
    assert got.get("G.H. Hale") == "Absent"
    assert got.get("K. Lowe") == "AlsoInAttendance"


def test_a_chairs_word_after_a_name_with_no_honorific_is_the_capacity() -> None:
    """A community council's roll runs a name into its chair's word with no honorific or
    separator ("Graeme Tolworth Chairman", "Patricia Quorley Chair"): the chair's word is the
    capacity, not part of the name, as it is after an honorific (no surname is "Chairman");
    a name with no common given name first keeps its words ("Chair Lane Chairman" is left)."""
    from kg.attendance import _drop_role_after_name

    p = patterns.load()
    assert _drop_role_after_name("Graeme Tolworth Chairman", p) == "Graeme Tolworth"
    assert _drop_role_after_name("Patricia Quorley Vice Chair", p) == "Patricia Quorley"
    assert _drop_role_after_name("Zelvin Quaid Chairman", p) == "Zelvin Quaid Chairman"
    assert _drop_role_after_name("Ann Bell", p) == "Ann Bell"
    assert _drop_role_after_name("", p) == ""


def test_a_police_rank_as_a_names_title_in_a_roll_is_the_capacity() -> None:
    """"Apologies: Cllr W Quaid and PCSO Tolworth", "Also Present: Sergeant J Quorley": a
    police officer's rank printed as the title of a name in a roll is the post the person
    attended in; a civic rank printed as a title ("Alderman R Tolworth") is left a title, as
    most readers leave it, and a councillor's title names no post."""
    m = extract("MINUTES OF THE MEETING OF NETHERBY PARISH COUNCIL held on 3 March 2020\n\n"
                "Present: Cllr A Quaid, Alderman R Tolworth\n\nAlso Present: Sergeant J "
                "Quorley\n\nApologies: Cllr W Quaid and PCSO Tolworth\n\n1. Minutes\nThe "
                "minutes were approved.\n")
    got = {a.name: a.capacity for a in m.attendance}
    assert [c for n, c in got.items() if "Quorley" in n] == ["Sergeant"]
    assert [c for n, c in got.items() if n.endswith("Tolworth") and "R " not in n] == ["PCSO"]
    assert [c for n, c in got.items() if "R Tolworth" in n] == [None]
    assert got["Cllr W Quaid"] is None


def test_a_police_rank_is_not_read_off_the_surname_before() -> None:
    """"Present: Cllr A Constable Cllr B Quenby Cllr C Fox": the words before a name are
    looked at for a rank only back to the end of the name before it; "Constable" is one
    member's surname, no rank of the next. A rank after a name still counts ("Cllr A Quaid
    PCSO R Tolworth"), as does one before a particle ("Sergeant de Vere")."""
    m = extract("MINUTES OF THE MEETING OF NETHERBY PARISH COUNCIL held on 3 March 2020\n\n"
                "Present: Cllr A Constable Cllr B Quenby Cllr C Fox\n\nAlso Present: "
                "Sergeant de Vere, PC. Orrell\n\n1. Minutes\nThe minutes were approved.\n")
    got = {a.name: a.capacity for a in m.attendance}
    assert got["Cllr B Quenby"] is None
    assert [c for n, c in got.items() if "Vere" in n] == ["Sergeant"]
    assert [c for n, c in got.items() if "Orrell" in n] == ["PC"]


def test_a_roll_rank_title_is_read_as_titles_are_written() -> None:
    """The ranks the roll reader takes as a capacity are the lexicon's post titles less the
    civic ranks and seats (``patterns.capacity_titles``), written as any title before a name
    is (capitalised or in capitals): a rank before a word in lower case that is no name's
    particle ("PCSO hale", "Sergeant and") starts no name."""
    from kg.attendance import _post_title_rx
    from kg.patterns import capacity_titles, lexicon_data

    titles = capacity_titles(lexicon_data()["people"])
    assert {"pcso", "sergeant", "detective inspector"} <= titles
    assert not {"alderman", "provost", "mp"} & titles
    first, _ = _post_title_rx()
    assert first.match("PCSO Hale") and first.match("Sergeant de Vere")
    assert first.match("DETECTIVE INSPECTOR Quenby")
    assert not first.match("PCSO hale") and not first.match("Sergeant and PCSO")
    assert not first.match("pcso Hale")


def test_a_secretarys_or_treasurers_word_after_a_name_is_the_capacity() -> None:
    """"Catherine Quorley Secretary, Hazel Tolworth Treasurer": a community council's roll
    runs the secretary's and the treasurer's words onto the name as it does the chair's;
    each is the capacity (no surname is "Treasurer"), and the roll's person is the name."""
    from kg.attendance import _drop_role_after_name

    p = patterns.load()
    assert _drop_role_after_name("Hazel Tolworth Treasurer", p) == "Hazel Tolworth"
    assert _drop_role_after_name("Catherine Quorley Secretary", p) == "Catherine Quorley"
    assert _drop_role_after_name("Zelvin Quaid Treasurer", p) == "Zelvin Quaid Treasurer"
    m = extract("MINUTES OF THE MEETING OF NETHERBY COMMUNITY COUNCIL held on 3 March 2020\n\n"
                "Present : Graeme Tolworth Chairman, Catherine Quorley Secretary, Hazel "
                "Tolworth Treasurer, Alan Quaid, Mary Tolworth\n\n1. Apologies\nNone.\n")
    got = {a.name: a.capacity for a in m.attendance}
    assert got["Hazel Tolworth"] == "Treasurer"
    assert got["Catherine Quorley"] == "Secretary"
    assert got["Alan Quaid"] is None


def test_a_name_run_on_after_the_field_before_it_starts_at_its_given_name() -> None:
    """"Governance & Resources Tony Cobbold", "ARMC Westby Mark Tall": a flattened roll's name
    with the last words of the field before it starts at its given name (or at initials after
    a longer acronym or a post's or body's word); a double first name, a title, a name with
    no given name in it, or one after letters that may be initials ("PG") stays as it is."""
    from kg.attendance import run_on_trimmed

    p = patterns.load()
    assert run_on_trimmed("Resources Tony Cobbold", p) == "Tony Cobbold"
    assert run_on_trimmed("ARMC Westby Mark Tall", p) == "Mark Tall"
    assert run_on_trimmed("Lengthsman Paul Wrightly", p) == "Paul Wrightly"
    assert run_on_trimmed("Fire Service J Hale", p) == "J Hale"
    assert run_on_trimmed("PG Mark Tall", p) == "PG Mark Tall"
    assert run_on_trimmed("Mary Ann Lee", p) == "Mary Ann Lee"
    assert run_on_trimmed("Cllr Jo Hale", p) == "Cllr Jo Hale"
    assert run_on_trimmed("Zed Quill Hale", p) == "Zed Quill Hale"
    assert run_on_trimmed("Quillby R Hale", p) == "Quillby R Hale"


def test_a_service_after_a_posts_comma_in_a_flattened_roll_names_no_one() -> None:
    """"Jo Hale, Committee Officer, Governance & Resources Tom Fox, Head of Housing & Customer
    Service Ann Bell, Clerk": the service after a post's comma is no person, and a post cut at
    its "&" ends where the next name starts; a surname after a councillor's comma stays a
    person."""
    people = _roll_people(
        "In Attendance\n\nJo Hale, Committee Officer, Governance & Resources Tom Fox, Head of "
        "Housing & Customer Service Ann Bell, Chief Executive Carl Dean, Service Manager, "
        "Economy, Planning & Regulation Kim Lee, Head of Education")
    assert {"Jo Hale", "Tom Fox", "Ann Bell", "Carl Dean", "Kim Lee"} <= people
    assert not people & {"Governance", "Resources", "Economy", "Planning", "Customer Service"}
    assert {"Bell", "Dean"} <= _roll_people("Present: Councillors Ann Hale (Chair), Bell, Dean "
                                            "and Fox")


def test_common_given_names_of_every_generation_open_a_name() -> None:
    """The given-name list holds the commonest names of older and Welsh, Scottish and Irish
    generations too ("Harold", "Carole", "Meurig"), so a comma roll of full names reads them
    all; not those that are also common words or places ("Don", "Guy", "Glen", "Florence")."""
    from kg.patterns import given_names

    names = given_names()
    assert {"Harold", "Carole", "Pat", "Stefan", "Meurig", "Uisdean", "Emmanuel"} <= names
    assert not names & {"Don", "Guy", "Sandy", "Will", "Glen", "Florence", "Rose", "Joy", "Cameron",
                         "Spencer"}
    assert {"Harold Quillby", "Inga Yarrow", "Kevan Pike"} <= _roll_people(
        "PRESENT: Ann Bell, Harold Quillby, Inga Yarrow, Kevan Pike and Tom Fox.")


# -- round 26: minutes cut short, or cut off below their heading -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # its title on the first line, cut inside its first paragraph
        "Minutes of Trustees Meeting 5th November 2018\n\nMeetings , Regular Minutes\n\nMessrs A "
        "Ames (AA), B Boyd (BB), C Carr (CC)\nBefore the meeting commenced the Chairman reminded "
        "all present of the sad passing of",
        # "Minutes from the … Meeting of …" run into its date label, cut inside the roll
        "Minutes from the Eleventh Meeting of the Lowby Health BoardDate of meeting: 11 April "
        "2011\nTime of meeting: 9.30am – 3.30pm\nVenue for meeting: Temple Hall, Lowby\n"
        "Professor Ann Ames / Chair, Lowby Health\nMr Bob Boyd / Board Secretary\n",
        # "M I N U T E S" alone under its date, below a memo's routing lines
        "To: All Members of the Panel / From: Member Services\nAsk for: Ann Ames\n\nLOWBY "
        "SCHOOLS PANEL\n\n12 SEPTEMBER 2012\n\nM I N U T E S\n\nATTENDANCE\n\nMEMBERS OF THE "
        "PANEL\n\nB Boyd (Vice-Chairman), C Carr, D Dunn (substituting for E Egan),\n",
        # a title that ends in "Minutes" after its month and year, cut in its first item
        "PFC October 2021 Minutes\n\nCommittee:     Cllrs A Ames, B Boyd and C Carr "
        "(Secretary).\n\nOthers:     Cllrs D Dunn, E Egan\n\n1.    Appoint a new Chairman – Cllr "
        "Boyd proposed Cllr Ames as Chair of the Committee.\n",
        # a house's word before "Minutes", or "for" after it
        "Provisional Minutes of Meeting held on Monday 11th June, 2001 at Lowby Hall\nEastfield "
        "- Mr J. Ames\nWestfield - Mr H. Boyd\n",
        "London Borough of Lowby:\nMinutes for Health Scrutiny Commission meeting, Jul 7 2009, "
        "7.00PM\nOther committee documents for London Borough of Lowby\nVenue: Committee Room 1, "
        "Lowby Town Hall\n",
        # the body's name before its title, on one line
        "Lowby Health NHS Foundation Trust Minutes of the Board Meeting in Public held on 5 May "
        "2017\n",
        # a record's own caveat that it is to be confirmed at the next meeting
        "Unconfirmed minutes – to be confirmed at the next meeting of the Planning Committee\n"
        "LOWBY NATIONAL PARK AUTHORITY\nPLANNING COMMITTEE 11 July 2011\nHeld at Lowby Hall, at "
        "10:30am\n",
        # "MINUTES (unapproved)" under the meeting's date
        "Lowby Parish Committee Meeting\n28th August 2018, 7pm, Lowby Village Hall\nMINUTES "
        "(unapproved)\nJohn Ames (JA, Chair)\nBob Boyd (BB)\n",
        # "MEETING NOTE Held …" after the forum's name, over a roll no reader takes apart
        "LOWBY PARISH FORUM MEETING NOTE Held in Lowby Village Hall on Monday 23 April 2018 from "
        "7pm-9pm\n\nParish Attendees: & District Ann Ames Lowby with Eastby Bob Boyd\n\nAnn "
        "Ames (Chair of the Forum) welcomed everyone to the meeting.\n",
    ],
    ids=["minutes-of-meeting", "minutes-from-meeting", "spaced-heading", "year-then-minutes",
         "provisional", "minutes-for", "body-before-title", "to-be-confirmed-next",
         "unapproved-in-brackets", "meeting-note-held"],
)
def test_a_page_titled_as_a_meetings_minutes_is_read_when_cut_short(text: str) -> None:
    """A download that stops in its roll or its first item shows no decision and no roll the
    reader takes for one, yet its first lines title it the minutes of a meeting: an agenda or
    a notice is never so titled, so the page is read, not refused."""
    assert extract(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a website's menu links "Minutes" above a post with its date
        "Home | News\nMinutes\nPosted 3 May 2024\nThe fete raised £500 for the church roof.\n",
        # … or above a story that dates itself in a long sentence
        "Home\nMinutes\nNews\nThe fete raised £500 for the church roof, organisers said on 3 May "
        "2024.\n",
        # titled as minutes, but the meeting is still to take place
        "Minutes of the Lowby Parish Council meeting\n1. Apologies – Cllr Ames reported that "
        "the fete will take place on 3 June.\n2. Footpaths – it was agreed to mend the stile.\n",
        # a chair's report in the first person under a minutes-like title
        "Minutes of the Annual Parish Meeting, 3 May 2023\nI would like to thank everyone for "
        "coming.\n",
        # an agenda that names the minutes to be signed below its "AGENDA"
        "Lowby Parish Council\nAGENDA\nMinutes of the meeting\nPresent members to sign\n",
        # an agenda's unnumbered lines: minutes to approve or confirm, minutes for approval
        "Lowby Parish Council\nApprove Minutes of the meeting held on 5 May 2024\nPlanning "
        "applications\n",
        "Lowby Parish Council\nConfirm Minutes of the Council Meeting held on 5 May 2024\n"
        "Planning applications\n",
        "Draft minutes - for approval at the meeting on 3 June\nLowby Parish Council\n",
        # an agenda's numbered items: their directions, no minute below them
        "Standard Items\n\n1 Apologies for Absence\n\nTo note any apologies for absence.\n\n2 "
        "Urgent Matters\n\nTo consider any urgent matters.\n\n3 Declarations of Interest\n\nTo "
        "receive any declarations",
        # an agenda's items with notes of what others agreed or proposed, nothing done here
        "1. Apologies\n2. Minutes\nTo approve the minutes\n3. Budget\nThe budget agreed by the "
        "Finance Committee.\n4. Planning\nProposed extension at Mill House, approved by the "
        "district.\n",
        # an agenda under its members' roll: a direction after the title's dash
        "Committee:     Cllrs A Ames, B Boyd, C Carr and D Dunn (Secretary).\n\n1.    Appoint a "
        "new Chairman – to elect a Chair of the Committee.\n\n2.    Chairman's Welcome\n\n3.    "
        "Apol",
        # a forum's "Meeting Note held …" title over an agenda, or over a notice of the meeting
        "LOWBY PARISH FORUM MEETING NOTE Held in Lowby Village Hall\nAGENDA\n1. To receive "
        "apologies\n2. To consider the footpaths\n",
        "LOWBY PARISH FORUM MEETING NOTES Held in Lowby Village Hall\nThe next forum will be "
        "held on 3 June 2024 at 7pm; all parishes are invited to attend.\n",
    ],
    ids=["menu-posted", "menu-story", "will-take-place", "chairs-report", "agenda-heading",
         "approve-minutes", "confirm-minutes", "for-approval", "agenda-directions",
         "agenda-notes", "agenda-under-members", "meeting-note-agenda", "meeting-note-notice"],
)
def test_minutes_like_titles_and_numbered_agendas_stay_refused(text: str) -> None:
    """The new ways in leave agendas, notices, reports and stories refused: "Minutes" alone
    needs a short date line of its own (not a post's date), a title counts only on a page with
    no meeting still to come and no first person, under no "AGENDA", and numbered items count
    only when what is under them records what was done."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    ("text", "fallback"),
    [
        (  # a committee's standing items, each direction answered by the minute below it (a
            # ModernGov row that lost its "Minutes:" label): read as minutes by its prose
            "Standard Items\n\n1 Apologies for Absence\n\nTo note any apologies for absence."
            "\n\nThere were no apologies for absence.\n\n2 Urgent Matters\n\nTo consider any "
            "urgent matters.\n\nThere were no urgent matters.\n\n3 Declarations of Interest\n"
            "\nTo receive any declarations",
            [],
        ),
        (  # a parish committee's minutes run on after each title's dash, heading lost
            "Committee:     Cllrs A Ames, B Boyd, C Carr and D Dunn (Secretary).\n\n1.    "
            "Appoint a new Chairman – Cllr Boyd proposed Cllr Ames as Chair of the Committee.  "
            "Cllr Ames was duly elected.\n\n2.    Chairman's Welcome - The Chair then welcomed "
            "everyone to the meeting.\n\n3.    Apol",
            ["read as minutes by its numbered items that record decisions"],
        ),
    ],
    ids=["standing-items", "run-on-minutes"],
)
def test_numbered_items_that_record_what_was_done_are_read_without_a_heading(
        text: str, fallback: list[str]) -> None:
    """Cut off below its heading and above (or with no) roll the reader knows, a page whose
    numbered items each record what was done is minutes: read with a warning saying so, or
    read outright by its prose where each agenda direction is answered by the minute below
    it, with no such warning."""
    m = extract(text)
    assert [i.number for i in m.items if i.number] == ["1", "2", "3"]
    assert [w for w in m.warnings if w.startswith("read as minutes by")] == fallback


@pytest.mark.parametrize(
    "text",
    [
        # blocks of directions, each block followed by one past-tense sentence
        "Brackenford Parish Council\n\n"
        "To receive apologies for absence.\n"
        "To approve the minutes of the meeting held on 4 March 2025.\n"
        "To consider the Footpaths Group's report on the Wendle stile.\n\n"
        "The Footpaths Group inspected the stile in February.\n\n"
        "To receive the accounts for March.\n"
        "To consider a grant to the Brackenford Scouts.\n"
        "To approve the quotation for new swings.\n\n"
        "The Clerk obtained three quotations in March.\n",
        # a direction and a report's request ending the same paragraph, one sentence below
        "Brackenford Parish Council\n\n"
        "To consider the Clerk's report on the Wendle stile. Members are asked to note it.\n\n"
        "The Clerk reported on the stile.\n\n"
        "To receive the accounts for March. Members are requested to approve them.\n\n"
        "The Treasurer presented the accounts.\n",
    ],
    ids=["direction-blocks", "direction-and-request"],
)
def test_an_agendas_block_of_directions_is_not_answered_by_one_sentence_below_it(
        text: str) -> None:
    """The paragraph below an agenda's directions answers one of them at most, the one ending
    the paragraph above: one sentence below a block of "To receive …" / "To consider …" / "To
    approve …" lines, or below a direction and a report's request on one line, leaves the
    others counting as an agenda's lines, so the agenda stays refused."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_agenda_text_answered_by_its_minute_below_is_no_agenda_line() -> None:
    """A ModernGov page cut off below its heading whose rows lost their "Minutes:" label: an
    agenda's direction or a report's request answered by a minute in the next paragraph is
    the row's agenda text, not an agenda's line against the minutes; an agenda's directions
    with nothing done below them stay refused."""
    text = (
        "Members are requested to declare the existence and nature of any interests in any "
        "item on the agenda.\n\nThere were no Declarations of Interest.\n\nMinutes of Last "
        "Meeting\n\nTo agree the minutes of the last meeting held on 7 May 2024 as a true and "
        "correct record.\n\nThe Board considered the minutes and agreed them.\n")
    assert extract(text).items
    agenda = (
        "Members are requested to declare the existence and nature of any interests in any "
        "item on the agenda.\n\nTo receive apologies for absence.\n\nMinutes of Last "
        "Meeting\n\nTo agree the minutes of the last meeting held on 7 May 2024 as a true and "
        "correct record.\n\nThe Board considered the accounts in April.\n")
    with pytest.raises(NotMinutesError):
        extract(agenda)


def test_minutes_under_their_rows_labels_are_read_when_the_heading_is_lost() -> None:
    """A ModernGov page cut off below its heading and cut short: its rows still print the
    "Minutes:" label between an item's agenda text and what was done, which no agenda prints,
    so the page is read; the same rows without their minutes stay refused."""
    rows = (
        "Apologies for Absence To receive any apologies for absence. Minutes: Apologies for "
        "absence were received from Cllr Ames and Cllr Boyd. |\n|||||||||\nDeclarations of "
        "Interest/Dispensations To receive declarations of interest by Members of interests in "
        "respect of items on this Agenda, and to consider any dispensations.\nMembers may "
        "however, also decide, in the interests of clarity and transparency, to declare at this "
        "point in the meeting, any such disclosable pecuniary interests which they have already "
        "declared in the Register, as well as any other registrable or other interests.\n")
    assert extract(rows + "Minutes: There were no").items
    with pytest.raises(NotMinutesError):
        extract(rows.replace(" Minutes: Apologies for absence were received from Cllr Ames and "
                             "Cllr Boyd.", ""))


@pytest.mark.parametrize(
    "text",
    [
        # "Minutes:" over an agenda's directions
        "Item 3\nMinutes: Councillors to sign the minutes of 5 May 2024.\n\nItem 4\nMinutes: "
        "Copies have been circulated with the agenda.\n\nItem 5\nPlanning\n",
        # an agenda's items titled "Minutes:" after their numbers
        "Lowby Parish Council\n\n3. Minutes: Approval of the minutes of the meeting held on 5 May "
        "2024.\n\n4. Minutes: The minutes of the Footpaths Group.\n\n5. Planning\n",
        # a meeting still to be held
        "Lowby Parish Council\nApologies. Minutes: Received apologies will be noted. The meeting "
        "will be held on 3 June 2024.\nFinance. Minutes: Accounts for May, for the Clerk.\n",
    ],
    ids=["directions", "numbered-titles", "still-to-be-held"],
)
def test_minutes_labels_over_an_agendas_lines_stay_refused(text: str) -> None:
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_a_minute_under_the_items_title_and_label_is_read() -> None:
    """A ModernGov row saved with its title run into its "Minutes:" label ("Apologies for
    Absence Minutes: Apologies … were received …") records what was done, even as the only
    row the page kept; an agenda's "Previous Minutes: Members to approve …" is a direction."""
    rows = ("Declarations of interest Members should declare the existence and nature of any "
            "Disclosable Pecuniary Interest in respect of:\na) any business on the agenda b) any "
            "urgent additional items to be considered\n")
    assert extract("Apologies for Absence Minutes: Apologies for absence were received on "
                   "behalf of Councillors Ann Ames and Bob Boyd.\n" + rows).items
    with pytest.raises(NotMinutesError):
        extract("Apologies for Absence\n" + rows + "Previous Minutes: Members to approve the "
                "minutes of the last meeting.\n")


def test_there_were_none_under_an_agendas_direction_is_a_minute() -> None:
    """"To receive declarations of interest." / "There were none.": the record says whether
    any came, so a page cut below its heading that reprints its agenda's directions over such
    minutes is read; the directions alone stay refused."""
    text = ("There were apologies from Councillors Ames, Boyd, Carr and Dunn.\n\nDeclaration of "
            "Interests\n\nTo receive declarations of interest.\n\nThere were none.\n\nTo receive "
            "announcements from the Chair of Council.\n\nThe Chair made the following "
            "announcements:\n\n  • Confirmed that he had signed the")
    assert extract(text).items
    with pytest.raises(NotMinutesError):
        extract("Declaration of Interests\n\nTo receive declarations of interest.\n\nTo receive "
                "announcements from the Chair of Council.\n")


def test_a_page_that_ends_on_its_heading_is_read_not_crashed() -> None:
    """A download cut right after its heading ("Lowby Parish Council" / "Agenda" as a section
    label / "Minutes of the meeting held on …"): no paragraph stands below the header, and
    looking for titled paragraphs there must find none rather than fail."""
    m = extract("Lowby Parish Council\nAgenda\nMinutes of the meeting held on 5 May 2024\n")
    assert str(m.date) == "2024-05-05"


def test_a_board_roll_table_captioned_members_run_onto_one_line() -> None:
    """An NHS trust's or joint board's roll printed as a table whose first column is
    captioned "Members:" alone, the page run onto one line: the full names after the caption
    are those present, as the names after "In Attendance:" are those in attendance. The
    posts' column after them is no one. Negatives: "Members:" inside a roll already headed
    ("PRESENT: Westshire Members: Mr A Bell, …") keeps its line; a budget table's "Members:"
    row of figures and an action log's names no one."""
    head = ("Westshire Health NHS Trust Minutes of the Board Meeting in Public Tuesday 4 May "
            "2021 10:00 – 12:30 The Conference Centre, Mill Lane, Westbury, WB1 2AB ")
    roll = ("Members: Ann Bell Carl Dean Eve Fox Dr Gus Hale In Attendance: Ian Jones Mark "
            "Lowe Paul Nash Sue Emlyn Chair Chief Executive Non-Executive Director Medical "
            "Director Director of Finance Company Secretary Chief Nurse Director of Strategy ")
    tail = ("1. Chair’s Welcome 1.1. Ann Bell welcomed members to the meeting, which she "
            "opened at 10:05. 2. Apologies for Absence 2.1. There were none. 3. Minutes of "
            "the Last Meeting 3.1. The minutes were approved as a correct record.")
    m = extract(head + roll + tail)
    assert [(a.name, a.status) for a in m.attendance] == [
        ("Ann Bell", "Present"), ("Carl Dean", "Present"), ("Eve Fox", "Present"),
        ("Dr Gus Hale", "Present"), ("Ian Jones", "AlsoInAttendance"),
        ("Mark Lowe", "AlsoInAttendance"), ("Paul Nash", "AlsoInAttendance"),
        ("Sue Emlyn", "AlsoInAttendance")]
    headed = extract(head + "PRESENT: Westshire Members: Mr A Bell, Mr C Dean, Mrs E Fox. "
                     + tail)
    assert [a.name for a in headed.attendance] == ["Mr A Bell", "Mr C Dean", "Mrs E Fox"]
    budget = extract(head + "Budget Members: Housing Revenue 12,000 Members Allowances "
                     "4,500 Total 16,500 " + tail)
    assert [a.name for a in budget.attendance] == []
    log = extract(head + "Action Log Members: Review Group to report back Owner: Clerk "
                  "Due: June " + tail)
    assert [a.name for a in log.attendance] == []


def test_a_roll_table_whose_name_cells_are_glued_to_their_bodies() -> None:
    """A partnership board's roll table, one row a line, whose PDF text lost the space
    between the name's cell and the body's ("Ann BellWestshire County Council", "Carl
    DeanWCC", "Eve FosterWestbury Housing Trust"): the name ends where the body starts. Not
    a surname's own capital ("Gus MacDonald", "Ian FitzGerald"), nor a capital that opens no
    body ("Kim ParkerJones" stays whole), nor a budget table's rows (no one)."""
    head = ("WESTSHIRE PARTNERSHIP BOARD MEETING\nMinutes of meeting held on 4 May 2021\n"
            "Present:\n")
    tail = "\n2. Minutes\nThe minutes of the last meeting were approved.\n"
    m = extract(head + "Ann BellWestshire County Council\nCarl DeanWCC\n"
                "Eve FosterWestbury Housing Trust\nGus MacDonald\nIan FitzGerald\n"
                "Kim ParkerJones\n" + tail)
    assert [a.name for a in m.attendance] == [
        "Ann Bell", "Carl Dean", "Eve Foster", "Gus MacDonald", "Ian FitzGerald",
        "Kim ParkerJones"]
    # The body's cell is the body each person came from, as a body in the next column is.
    assert [a.organisation for a in m.attendance][:3] == [
        "Westshire County Council", "WCC", "Westbury Housing Trust"]
    budget = extract(head.replace("Present:\n", "")
                     + "Budget HeadingsCouncil Tax 12,000\nStaff CostsPension Fund 4,500\n"
                     + tail)
    assert [a.name for a in budget.attendance] == []


def test_a_board_roll_of_full_name_dash_post_entries_run_onto_one_line() -> None:
    """A safeguarding board's roll table ("Name – Post, Body" a row) run onto one line: each
    given name and surname that a dash follows opens the next entry, the words before it
    are the last person's post and body; a capacity with a word before it ("Independent
    Chair") is the first person's post, not more of the name. Negative: a surname typed
    with a spaced dash inside a list of names given by initials is left to the older rule,
    and a line whose words before a dash open on no given name ("Housing Revenue – Budget")
    names no one."""
    head = ("Minutes of the Meeting held on Thursday 16 April 2015 in the Mill Room, Police "
            "Headquarters, Westbury WB1 2AB Present: ")
    tail = (" 1. Apologies for Absence None. 2. Welcome and Introductions The Chair welcomed "
            "all to the meeting and introductions were made.")
    m = extract(head + "Ann Bell – Independent Chair Carl Dean – Housing Support Manager, "
                "Westbury City Council Helen Foster – Head of Community Safety, Westshire "
                "Fire Service Paul Hale – Business Support Officer" + tail)
    assert [(a.name, a.capacity) for a in m.attendance] == [
        ("Ann Bell", "Independent Chair"), ("Carl Dean", "Housing Support Manager"),
        ("Helen Foster", "Head of Community Safety"), ("Paul Hale", "Business Support Officer")]
    budget = extract(head.replace("Present: ", "") + "Housing Revenue – Budget Report "
                     "Staff Costs – Pension Fund Capital Works – Programme" + tail)
    assert [a.name for a in budget.attendance] == []


@pytest.mark.parametrize("blank", [" ", "\t", "a ", "\n"])
def test_a_word_and_a_run_of_blanks_is_no_minutes(blank: str) -> None:
    # A hostile page: one word and 5,000 blanks (its title pattern once tried the date after
    # every split of the run; benchmarks/regex_stress.py pages times it).
    with pytest.raises(NotMinutesError):
        extract("Minutes" + blank * 5000, patterns.load())
    with pytest.raises(NotMinutesError):
        extract("Present: " + blank * 5000, patterns.load())


def test_a_title_dated_across_a_run_of_blanks_still_dates_the_page() -> None:
    # The title's blanks around its dash are read as one run now: still "Minutes", its date.
    p = patterns.load()
    assert extract("Minutes" + " " * 5000 + "3 May 2022", p).date.isoformat() == "2022-05-03"
    assert extract("Minutes \t – \t 3 May 2022\n\nNone.", p).date.isoformat() == "2022-05-03"
    # … and after a run of blanks at the page's start (the headings keep the line's blanks)
    assert extract(" " * 5000 + "Minutes 3 May 2022", p).date.isoformat() == "2022-05-03"


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
def test_a_run_of_blanks_in_a_roll_line_reads_the_same_roll(blank: str) -> None:
    # A hostile roll: 5,000 blanks inside a line of names, after its last name, or inside a
    # bulleted "Name, Body" entry. The attendance sentences, the name splits and the
    # "Name - Field" lines once rescanned the run from each of its places (22 s a page);
    # benchmarks/regex_stress.py hostile times them. Who attended is read as without it.
    p = patterns.load()
    page = ("Minutes of the Parish Council held on 3 May 2022 at 7pm\n\n"
            "Present: Cllr Ann Bell, Cllr Carl Dean{A}, Cllr Eve Fox{B}\n"
            "In attendance: Gus Hale - Clerk\n"
            "• Ida Jones{C}, Westshire Council\n\n1. Apologies\nNone.\n")
    plain = extract(page.format(A="", B="", C=""), p)
    for a, b, c in ((blank * 5000, "", ""), ("", blank * 5000, ""), ("", "", blank * 5000)):
        m = extract(page.format(A=a, B=b, C=c), p)
        assert [(x.name, x.status) for x in m.attendance] == [
            (x.name, x.status) for x in plain.attendance]
    assert [x.name for x in plain.attendance][:3] == ["Cllr Ann Bell", "Cllr Carl Dean",
                                                      "Cllr Eve Fox"]


def test_name_splits_keep_a_comma_after_a_tab_and_blanks_before_a_bullet() -> None:
    # The roll's splits are not tried inside a run of blanks now, but a comma after a tab's
    # split ("Bell\t ,") and a bullet after a line's trailing blanks still part names.
    from kg.attendance import _NAME_SPLIT
    assert [m.group() for m in _NAME_SPLIT.finditer("Ann Bell\t , Carl Dean")] == ["\t", " , "]
    assert [m.group() for m in _NAME_SPLIT.finditer("Ann Bell   \n• Carl Dean")] == ["   \n"]
    assert [m.group() for m in _NAME_SPLIT.finditer("Ann Bell     Carl Dean")] == ["     "]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a two-figure year, as a community council's word processor prints it
        ("MINUTES OF ELMFORD AND LOWBY COMMUNITY COUNCIL HELD AT THE COMMUNITY CENTRE, ELMFORD "
         "AT 7.30 P.M. ON 06.06.17", "2017-06-06"),
        ("Minutes of the Meeting of Elmford Parish Council held on 2024-05-01",
         "2024-05-01"),  # the year first, as a site's template prints it
        ("Elmford Parish Council Finance Committee Meeting 25.8.22", "2022-08-25"),
        ("Fellside Cabinet – 13/01/15", "2015-01-13"),
    ],
    ids=["dotted-two-figure-year", "iso", "body-meeting-dotted", "moderngov-slashed"],
)
def test_a_headings_date_in_figures_with_a_short_year(heading: str, expected: str) -> None:
    """A heading's date in figures with a two-figure year ("ON 06.06.17"), or the year first
    ("held on 2024-05-01"), dates the meeting: read inside a heading's own words only, never
    from a minute's number in figures."""
    m = extract(heading + "\n\nPresent: Cllr A Bell (Chair), Cllr C Dean.\n\n1. Apologies\n\n"
                "Apologies were received from Cllr E Frey.\n\n2. Minutes\n\nThe minutes of the "
                "meeting held on May 16th were agreed.\n")
    assert str(m.date) == expected
    assert "no meeting date printed" not in m.warnings
    # Outside a heading, such figures are a minute's number ("20.12.01 Apologies for
    # Absence"), never the meeting's date.
    m = extract("Elmford Parish Council\n\nPresent: Cllr A Bell (Chair), Cllr C Dean.\n\n"
                "20.12.01 Apologies for Absence\n\nNone.\n\n20.12.02 Declarations of "
                "Interest\n\nNone were declared. It was resolved to mend the stile.\n")
    assert m.date is None


def test_the_stamp_of_the_meeting_that_approved_the_minutes_is_no_heading() -> None:
    """"Approved at Board meeting - 20/07/11" over the minutes of 8 June is the later
    meeting's stamp, not the page's heading; nor is "Minutes of a previous meeting of the
    City Council held on …", an item's title on a page with no heading of its own."""
    m = extract("Approved at Board meeting - 20 July 2011\nWESTSHIRE ENTERPRISE PARTNERSHIP\n"
                "BOARD MEETING\nMINUTES OF THE MEETING OF 8TH JUNE 2011\nATTENDANCE\nAnn Bell "
                "(Chairman)\nCarl Dean\n\n1. Apologies\n\nNone were received.\n")
    assert str(m.date) != "2011-07-20"
    m = extract("Venue: Civic Centre, Lowby\n| No. | Item |\n|---|---|\n|\nMinutes of a previous "
                "meeting of the City Council held on 23/05/2019 |\n|\nTo welcome visitors "
                "Minutes: The Lord Mayor welcomed the visitors. |\n")
    assert m.committee is None or "previous" not in m.committee
    assert m.date is None


def test_a_year_run_into_the_next_word_is_read() -> None:
    """PDF text that lost the space after a date's year ("13 December 2010in Room 2") still
    dates the meeting."""
    m = extract("Lowby Relations Agency\n\nMinutes of a Senior Management Team Meeting\n\nheld "
                "on Monday, 13 December 2010in Room 2, Fell Street\n\nPresent: Ann Bell\n\nCarl "
                "Dean\n\n1. Apologies\n\nAn apology was received from Eve Frey.\n")
    assert str(m.date) == "2010-12-13"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # the date in brackets after the body's name
        ("Minutes of a Meeting of the Environment Committee (15/11/16)", "2016-11-15"),
        # a date in figures under its "Date:" label on the title's line
        ("Lowby Local Access Forum Meeting – Minutes / Date: 04-02-16", "2016-02-04"),
    ],
    ids=["bracketed", "labelled-short"],
)
def test_headings_dates_bracketed_or_labelled(heading: str, expected: str) -> None:
    """A heading's date printed in brackets after the body ("(15/11/16)"), or in figures
    under a "Date:" label on the title's line, dates the meeting."""
    m = extract(heading + "\n\nPresent: Cllr A Bell (Chair), Cllr C Dean.\n\n1. Apologies\n\n"
                "Apologies were received from Cllr E Frey.\n\n2. Stile\n\nIt was resolved to "
                "mend the stile.\n")
    assert str(m.date) == expected


def test_a_title_that_dates_the_page_is_no_missing_heading() -> None:
    """A page dated by a title that calls it minutes in a form no heading pattern reads
    ("Minutes of the Lowby Action Group Meeting 10:00 a.m. Thursday 11th of October, 2018
    Glasdir, Lowby") printed a title: its warning says the date was read from that title, not
    that no heading was printed, as it does for a date alone at the top."""
    body = ("\n\nPresent: Cllr A Bell (Chair), Cllr C Dean\n\n1. Apologies\n\nNone.\n\n"
            "2. Footpaths\n\nThe stile was mended.\n")
    m = extract("Minutes of the Lowby Action Group Meeting 10:00 a.m. Thursday 11th of "
                "October, 2018 Glasdir, Lowby" + body)
    assert str(m.date) == "2018-10-11"
    assert any("the date in the page's title" in w for w in m.warnings)
    assert not any("no meeting heading printed" in w for w in m.warnings)
    alone = extract("21 July 2020" + body)
    assert any("no meeting heading printed" in w for w in alone.warnings)


def test_earlier_minutes_accepted_do_not_date_the_page() -> None:
    """"The minutes of the meeting on May 20, 2024, were accepted as accurate." on a page with
    no heading dates the earlier meeting, not this one."""
    m = extract("APOLOGIES\nCouncillor Ann Bell.\nPRESENT\nCouncillor Carl Dean (Chair), Eve "
                "Frey, Gil Hart.\nMINUTES\nThe minutes of the meeting on May 20, 2024, were "
                "accepted as accurate.\nMATTERS ARISING\nIt was agreed to mend the stile.\n")
    assert m.date is None


def test_a_document_sites_quoted_title_is_no_story() -> None:
    """A document-sharing site quotes the page's title over its transcription ('Download
    "… Minute of meeting 18 August 2006 held in …"'): a quotation of the site's, not a news
    story's, so a page cut off after its roll is read by the roll; a notice shown the same
    way stays refused by its own words."""
    furniture = ('partnership minute Westshire Transport Partnership Minute of meeting 18 '
                 'August 2006 held in Fell House\n\nSize: px\nStart display at page:\n\n'
                 'Download "partnership minute Westshire Transport Partnership Minute of meeting '
                 '18 August 2006 held in Fell House, Lowby"\n\nTranscription\n\n')
    m = extract(furniture + "1 Minute of the meeting of the Westshire Transport Partnership "
                "held in Fell House, Lowby, on.\nPresent: Councillor Ann Bell (Chair), "
                "Councillor Carl Dean, Councillor Eve Frey, Councillor Gil Hart, Councillor Ian "
                "Kerr, Councillor Joe Lamb, Councillor Kay Moss\nApologies: Councillor Len "
                "Nash\n")
    assert any("roll of who attended" in w for w in m.warnings)
    # a notice shown the same way: its own words say the meeting is still to be held
    notice = furniture.replace("Minute of meeting", "Notice of meeting")
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(notice + "1 Notice of the meeting of the Westshire Transport Partnership, "
                "which will be held in Fell House, Lowby.\nIn attendance: Councillor Ann Bell "
                "(Chair), Councillor Carl Dean, Councillor Eve Frey, Councillor Gil Hart, "
                "Councillor Ian Kerr, Councillor Joe Lamb, Councillor Kay Moss\n")


# -- round 31: a cover sheet's date above the minutes (refs) --------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a board paper's running header, the meeting the minutes go to
        ("Westmoor Local Access Forum: 28 January 2008                    Agenda Item: 3\n\n"
         "                WESTMOOR LOCAL ACCESS FORUM\n\n"
         "Minutes of a meeting of the Westmoor Local Access Forum held at the Moor Centre,\n"
         "Lowtown, Eastshire at 2.30 pm on Monday 29 October 2007.\n\n"
         "PRESENT\nMembers:\nAnn Pryce                          Carl Quarry\nJane Kittle\n\n"
         "1. Apologies\n\nApologies were received from Peter Tarrow.\n\n"
         "2. Minutes\n\nThe minutes of the last meeting were agreed.\n", date(2007, 10, 29)),
        # a cover sheet's fields ("Meeting Board / Date …") over the minutes' own title
        ("Meeting Board\n\nDate 27 August 2007\n\nPaper No 07/24\n\nPresented By Ann Pryce, "
         "Chief Executive\n\nMINUTES OF THE BOARD MEETING OF THE INITIATIVE Date: 27 June 2007 "
         "Time: 6.00p.m Venue: Lowtown Enterprise Centre\n\nPresent: Ann Pryce, Carl Quarry, "
         "Jane Kittle\n\n1. Apologies\n\nApologies were received from Peter Tarrow.\n",
         date(2007, 6, 27)),
    ],
)
def test_a_cover_sheets_date_above_the_minutes_title_is_not_the_meetings(text: str,
                                                                        day: date) -> None:
    """The first date on a page is the meeting's only when no title below it calls the page
    a meeting's minutes, over its roll, with another date."""
    assert extract(text).date == day


def test_an_items_minutes_title_does_not_override_the_minutes_held_line_above() -> None:
    """A line that calls the page the minutes of a meeting held on a day is its heading, no
    cover sheet's: an item run onto its title below ("2. Minutes of the Annual Parish Meeting
    9 May 2018 … agreed by all present") never dates the meeting instead."""
    text = ("The Annual Parish Meeting of Lowby\n\n"
            "Minutes of the Annual Parish Meeting of Lowby and Upper Marsh held on Wednesday 8th "
            "May 2019 at Village Hall at 7.00pm\n\n"
            "1. Welcome and Apologies The Chairman of the Parish Council, Ann Pryce, welcomed "
            "everyone to the meeting and gave apologies from Carl Quarry.\n\n"
            "2. Minutes of the Annual Parish Meeting 9 May 2018 The Minutes of the last Parish "
            "Meeting held on 9 May 2018 were presented for approval and agreed by all present.\n\n"
            "3. Reports The reports were noted.\n")
    assert extract(text).date == date(2019, 5, 8)


@pytest.mark.parametrize("roll", ["In attendance were", "Present were", "Those present were"])
def test_a_heading_run_on_into_its_roll_sentence_dates_the_meeting(roll: str) -> None:
    """"… held on 14th May 2019 In attendance were the Chairman …": the roll's own sentence
    run on after the heading does not make the heading a sentence about earlier minutes."""
    text = ("LOWBY AND UPPER MARSH PARISH COUNCIL Minutes of the Annual Parish Meeting held on "
            f"14th May 2019 {roll} the Chairman Cllr Pryce, the Parish Clerk and eight members "
            "of the public Apologies were received from Cllrs Quarry and Kittle.\n\n"
            "The minutes of the meeting held on 15th May 2018 were approved and signed by the "
            "Chairman as a true and correct record.\n\n"
            "CHAIRMAN’S REPORT 2018 – 2019 Welcome to all. What has happened in the past year "
            "in the Parish Council: Planning Applications 17 planning applications were seen.\n")
    assert extract(text).date == date(2019, 5, 14)


@pytest.mark.parametrize(("title", "day"), [
    ("Annual Parish Meeting 18.04.19.", date(2019, 4, 18)),
    ("Lowby Finance Meeting – 25.8.22", date(2022, 8, 25)),
])
def test_a_short_title_line_dates_its_meeting_in_figures_after_the_meeting_word(
        title: str, day: date) -> None:
    """A date in figures with a two-figure year straight after the meeting word of a short
    title line is the meeting's, as under a "Date:" label; its own heading, not a reference
    to another meeting."""
    text = (f"{title}\n\nPresent:  A. Pryce (Chairman), C. Quarry, J. Kittle.\n\n"
            "Apologies:  P. Tarrow.\n\nMinutes of the last Annual Parish Meeting were approved "
            "and signed.\n\nChairman's Report.\n\nThe Parish Council have debated 21 planning "
            "applications to the current date.\n")
    minutes = extract(text)
    assert minutes.date == day
    read_prose([(text, minutes)])
    assert [r.date for h in minutes.prose for r in h.meeting_refs] == []


def test_a_body_meeting_heading_may_end_in_its_venue_in_brackets() -> None:
    """"… Committee Meeting 6.30pm 25/4/23 (Mitre Pub)": the venue in brackets after the date
    still leaves the line the meeting's heading, its date the meeting's, so that a day named
    without its year later on is resolved against it."""
    text = ("Lowby Allotments Association Committee Meeting 6.30pm 25/4/23 (Plough Inn)\n"
            "1) Apologies for absence Ann, Carl\n"
            "2) Present - Jane (Chair), Peter, Mary\n"
            "3) Minutes of last meeting – accepted as correct\n"
            "4) Date of next meeting – there will be an item on plot inspections at the next "
            "meeting, which will be held on Tuesday 27th June at the allotments.\n")
    assert extract(text).date == date(2023, 4, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westshire Care Board\nMinutes of the Board Meeting held on 16 November 2011\n\n"
         "Present\nJo Rimmer / Chair\nMartin Quillam / Commissioner\nKay Sandle / Commissioner\n"
         "In attendance\nCarl Bowden / Chief Executive\n"
         "Peter Tilling (deputising for Eve Fox / Deputy Director of Operations\n"
         "Ann Bealby / Director of Human Resources\nJo Brownlow / Corporate Secretary\n\n"
         "Item 1 – Welcome and Apologies\n\n1. Apologies had been received from Eve Fox.\n",
         {"Jo Rimmer": "Chair", "Martin Quillam": "Commissioner",
          "Ann Bealby": "Director of Human Resources", "Jo Brownlow": "Corporate Secretary"}),
        # a star after a name is the table's key mark; the heading's own first cell opens
        ("Westshire Managers Ltd\nMinutes of Executive Meeting on 18 April 2016\n"
         "Present: / G. Jarman* / Chair,\nL. Trevose* / Vice-Chair\nI. Lanning* / Secretary\n"
         "M. Reece* / SW Regional Rep\nS. Nuttall\nApologies: / A. Peel*\n\n"
         "No / Note / Action\n1 / Welcome and Apologies\nApologies were noted as above.\n",
         {"G. Jarman": "Chair", "L. Trevose": "Vice-Chair", "I. Lanning": "Secretary",
          "M. Reece": "SW Regional Rep", "S. Nuttall": None}),
    ],
)
def test_a_roll_tables_rows_flattened_to_name_slash_post_cells(
        text: str, expected: dict[str, str | None]) -> None:
    """A roll table whose rows the reader flattened to "Name / Post" cells (a star after a
    name is the table's key mark, "*= director"): each row is a person and the post they
    attended in, a chair's too; a bracket one row leaves open joins no row below it; a
    heading's own first cell ("Present: / A. Bell* / Chair,") opens the roll."""
    got = {a.name: a.capacity for a in extract(text).attendance}
    assert {name: got.get(name, "absent") for name in expected} == expected


def test_officers_name_post_entries_joined_by_and_before_an_initialled_name() -> None:
    """Scottish "In Attendance" officers as "Name, Post" entries, two joined by "and" before
    an initialled name ("…, Communications Manager and N Burrow, Procurement Specialist"):
    the "and" opens the next entry, and the body in brackets after a post is no part of it."""
    text = (
        "Minute of Meeting of the Westshire Excel Sub-committee held on 12 June 2015\n\n"
        "Present\nCouncillors W Hewitt (Westshire Council) and P Vane (Eastdale Council).\n"
        "In Attendance\nJ Welland, Director of Westshire Excel; M Robley, Marketing and "
        "Communications Manager and N Burrow, Procurement Specialist (all Westshire Excel); "
        "M Conley, Legal and Democratic Services Manager and E Coverdale, Democratic Services "
        "Officer (both Eastdale Council) and J Thorne, Senior Procurement Officer (Westshire "
        "Council).\n\n1. Apologies\n\nNone.\n"
    )
    attendance = extract(text).attendance
    got = {a.name: a.capacity for a in attendance}
    assert got["M Robley"] == "Marketing and Communications Manager"
    assert got["N Burrow"] == "Procurement Specialist"
    assert got["M Conley"] == "Legal and Democratic Services Manager"
    assert got["E Coverdale"] == "Democratic Services Officer"
    assert got["J Thorne"] == "Senior Procurement Officer"
    # The body in brackets after the post is the one its holder came from.
    bodies = {a.name: a.organisation for a in attendance}
    assert bodies["J Thorne"] == "Westshire Council"


def test_a_letterheads_officers_posts_go_to_the_rolls_members() -> None:
    """A community council's letterhead printing its officers' posts in a row and their
    names after them ("Chairman Clerk Ann Bell Carl Dean …"): each post is the capacity of
    the roll's member it names (matched by surname and initial); no one else is added."""
    text = (
        "WESTDALE COMMUNITY COUNCIL\n\n"
        "Chairman Clerk Sheila Marwick Shona Lennie Sula, North Westdale ZE2 9JD\n\n"
        "Minute of Meeting of Community Council held on Monday 28th September 2020\n\n"
        "PRESENT Mrs S Marwick Mr J Robb Mrs A Bruce\n\n"
        "IN ATTENDANCE: Ms S Lennie (Clerk)\n\n20/19 DECLARATIONS OF INTEREST\n\n"
        "There were no declarations of interest.\n"
    )
    got = {a.name: a.capacity for a in extract(text).attendance}
    assert got == {"Mrs S Marwick": "Chairman", "Mr J Robb": None, "Mrs A Bruce": None,
                   "Ms S Lennie": "Clerk"}


def test_a_letterhead_of_honorifics_only_or_a_name_two_members_fit_gives_no_post() -> None:
    """A letterhead whose names are honorifics only ("Chairman Clerk Mr Dr Mrs Miss") has no
    surname to match and breaks nothing; one whose name two of the roll's members fit ("Ann
    Bell": "Mr A Bell" and "Mrs A Bell") gives the post to neither."""
    roll = "PRESENT Mrs S Marwick Mr J Robb\n\n20/19 DECLARATIONS OF INTEREST\n\nNone.\n"
    heading = "Minute of Meeting of Community Council held on Monday 28th September 2020\n\n"
    honorifics = "WESTDALE COMMUNITY COUNCIL\n\nChairman Clerk Mr Dr Mrs Miss\n\n" + heading + roll
    got = {a.name: a.capacity for a in extract(honorifics).attendance}
    assert got["Mrs S Marwick"] is None and got["Mr J Robb"] is None
    two = ("WESTDALE COMMUNITY COUNCIL\n\n"
           "Chairman Clerk Ann Bell Carl Dean Sula, North Westdale ZE2 9JD\n\n" + heading
           + "PRESENT Mr A Bell Mrs A Bell Mr J Robb\n\nIN ATTENDANCE: Mr C Dean (Clerk)\n\n"
           "20/19 DECLARATIONS OF INTEREST\n\nNone.\n")
    got = {a.name: a.capacity for a in extract(two).attendance}
    assert got == {"Mr A Bell": None, "Mrs A Bell": None, "Mr J Robb": None, "Mr C Dean": "Clerk"}


def test_a_chairs_post_between_two_titled_names_of_a_run_on_roll_is_the_name_befores() -> None:
    """A roll that lost its separators and prints a chair's post between two titled names
    ("Mr. P. Gell Chairman Mr. D. C. Arden Vice Chairman Mr. E. Fox"): each post follows its
    holder (as "Cllr T Bloom – Chairman" shows elsewhere), and opens no one's name."""
    text = (
        "WESTFEN INTERNAL DRAINAGE BOARD\n\n"
        "Minutes of the meeting of the Westfen Internal Drainage Board held on Tuesday, 26th "
        "November 2019 at 2pm.\n\n"
        "Present: Mr. P. Gell Chairman Mr. D. C. Arden Vice Chairman Mr. E. K. Fox Cllr. I. "
        "Carne Mr. S. F. Cobley\n\n2324 Apologies for absence.\n\nNone were received.\n"
    )
    got = {a.name: a.capacity for a in extract(text).attendance}
    assert got == {"Mr. P. Gell": "Chairman", "Mr. D. C. Arden": "Vice Chairman",
                   "Mr. E. K. Fox": None, "Cllr. I. Carne": None, "Mr. S. F. Cobley": None}


def test_a_bullet_after_a_full_stop_parts_a_list_run_on_in_one_line() -> None:
    """"· Cllr Ann Bell, Cabinet Member for Housing. · Carl Dean, Corporate Director": a list
    of apologies run on in one line, its entries parted by a bullet after the full stop; the
    post ends at the stop, and the next entry is a person of its own. Negative: a full stop
    with no bullet after it parts nothing."""
    text = (
        "Minutes of the Cabinet held on 3 May 2023\n\nApologies for absence were received "
        "from:\n· Councillor Ann Bell, Cabinet Member for Housing. · Carl Dean, Head of Legal "
        "Services.\n\n1. Minutes\n\nThe minutes were approved.\n")
    got = _capacities(text)
    assert got["Councillor Ann Bell"] == "Cabinet Member for Housing"
    assert got["Carl Dean"] == "Head of Legal Services"
    # the negative the docstring promises: no bullet after the stop, no new entry
    assert "Carl Dean" not in _capacities(text.replace("Housing. · Carl", "Housing. Carl"))


# -- round 33: pages refused as not minutes ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an officer by the lexicon's post title, then a pronoun: a minute cut from its page
        "The Senior Internal Auditor presented the charter for the year and explained it was "
        "reviewed every three years.\n\nHe outlined the changes to the membership.\n\nThe "
        "Principal Accountant added that the accounts would follow in July.\n",
        # a minute's number before its subject
        "14.1 Councillor Pennock raised a petition signed by residents of Mill Lane about the "
        "footpath. Councillor Lister advised that he would look into it.\n",
        # a post's "of" phrase, then the holder's name in commas
        "The Chair of the Panel, Councillor Ann Pennock, reiterated her concern at the delay. "
        "The Highways Engineer reported on the resurfacing.\n",
    ],
    ids=["post-title-subject", "numbered-minute", "chair-of-named"],
)
def test_minutes_prose_by_officers_titles_and_numbered_minutes_is_read(text: str) -> None:
    """Minutes' prose whose subjects are officers named by their posts' titles (the lexicon's
    post heads: "The Senior Internal Auditor presented …"), minutes opening on their number,
    or a chair named in commas after the body she chairs: read as minutes' prose."""
    m = extract(text)
    assert any("prose read as one item" in w for w in m.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a news story about a national figure
        "The Minister announced the funding for the new bridge on Monday. The Commissioner "
        "opened the station in June.\n",
        # a report: an officer's work still to come
        "The Senior Internal Auditor will present the charter in July. The Principal Accountant "
        "is asked to prepare the accounts.\n",
    ],
    ids=["news-minister", "report-future"],
)
def test_post_title_subjects_leave_stories_and_reports_refused(text: str) -> None:
    """A national figure's deeds (a news story's) and an officer's work still to come (a
    report's) are no minutes, whoever their subject."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_an_item_page_that_lost_its_label_is_read_by_its_decision_label() -> None:
    """A ModernGov item page whose "Agenda item" label was lost still prints its "Decision:"
    label on a line of its own over the decision ("(1) That … be noted."): what was decided is
    recorded, and the page is read as the item's minutes, its first line the title."""
    text = ("Budget Monitoring Quarter Two\n\nReport of the Director of Finance.\n\nDecision:\n\n"
            "(1) That the forecast outturn be noted.\n(2) That the virements be approved.\n")
    m = extract(text)
    assert [i.title for i in m.items] == ["Budget Monitoring Quarter Two"]


@pytest.mark.parametrize(
    "text",
    [
        # a report's recommendation over the same words
        "Budget Monitoring Quarter Two\n\nPurpose of report\nMembers are asked to note the "
        "outturn.\n\nRecommendation:\n\nThat the forecast outturn be noted.\n",
        # a forward plan's entry: the decision still to be taken, in its direction's words
        "Budget Monitoring Quarter Two\n\nDecision maker: Cabinet\n\nDecision:\n\nTo approve "
        "the virements.\n",
        # … numbered
        "Budget Monitoring Quarter Two\n\nDecision maker: Cabinet\n\nDecision:\n\n1. To approve "
        "the virements.\n",
        # a report's request under the label
        "Budget Report\n\nReport of the Director of Finance.\n\nDecision:\n\n(a) Cabinet is "
        "asked to approve the virements.\n",
        # a navigation page's menu under a "Decisions" heading
        "Home > Councillors > Meetings\n\nCommittee structure\n\nDecisions:\n\n1. Browse "
        "decisions\n2. Search decisions\n3. Forward plan\n",
        # questions and answers under the label
        "Frequently asked questions\n\nDecision:\n\n1) Who decides? The Cabinet.\n2) When? In "
        "March.\n",
    ],
    ids=["report-recommendation", "plan-direction", "plan-numbered-direction",
         "report-request", "navigation-menu", "questions"],
)
def test_a_decision_label_over_no_decision_leaves_reports_and_plans_refused(text: str) -> None:
    """A report's "Recommendation:", and a "Decision:" label over a direction ("To approve …",
    numbered or not), a report's request, a menu or questions record nothing decided: a
    numbered line is no decision by its number alone, so all stay refused."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


@pytest.mark.parametrize(
    "text",
    [
        # a school's news
        "The Headteacher welcomed the pupils back after the holiday. The Teacher organised a "
        "trip to the museum.\n",
        # a parish magazine
        "St Anne's News\n\nThe Vicar welcomed everyone to the Harvest Supper. The Chaplain "
        "thanked the helpers for the cakes.\n",
        # a report of an inquest
        "The Coroner recorded a verdict of accidental death. The Sergeant described the "
        "scene on the bypass.\n",
        # a report's numbered background, in the past tense
        "Revised Housing Strategy\n\n2.1 The Council adopted the strategy in March 2021.\n\n"
        "2.2 The Cabinet approved the action plan in June 2021.\n\n2.3 The Housing Manager "
        "reviewed progress in 2022.\n\n3.1 Cabinet is asked to approve the revised strategy.\n",
    ],
    ids=["school-news", "parish-magazine", "inquest", "report-numbered-background"],
)
def test_post_titles_of_schools_churches_and_courts_and_report_paragraphs_stay_refused(
        text: str) -> None:
    """The holders of posts outside a council's meeting (a school's, a church's, a court's,
    the police's) are a story's subjects as often as a minute's, so their titles are no
    subject of minutes' prose; and a minute's number counts before a person named only
    ("14.1 Councillor Bell raised …"), as a report's numbered paragraphs open on a body or an
    officer in the past tense ("2.1 The Council adopted …")."""
    with pytest.raises(NotMinutesError, match="does not look like minutes"):
        extract(text)


def test_a_hyphened_post_title_is_a_subject_as_minutes_print_it() -> None:
    """Minutes print a hyphened head with its second part in small letters ("The Project
    Co-ordinator reported …"): that spelling is read as a subject too."""
    text = ("The Project Co-ordinator reported on the bids received in the quarter. The Youth "
            "Co-ordinator outlined the summer programme for the recreation ground.\n")
    m = extract(text)
    assert any("prose read as one item" in w for w in m.warnings)


def test_a_roll_of_name_hyphen_ward_lines_with_no_spaces() -> None:
    """A roll one member a line as "Name-Ward" with an unspaced hyphen (a capacity in
    brackets before it, a ward of several words after it): the name is the part before the
    hyphen, the ward no part of it. A roll of double-barrelled surnames, each one word after
    its hyphen and each different, keeps them whole."""
    text = (
        "Minutes of the Council held on Thursday 5 March 2020 at 10.30am\n\n"
        "Present:\n"
        "Ann Bell (Leader)-Abbey\n"
        "Carl Dean-North West Eastmoor\n"
        "Ivor J Hale-Lowdale\n"
        "Eve Fox-Castle Marsh and Lowdale\n"
        "Gus Lucas-Abbey\n\n"
        "1 MINUTES\n\nThe minutes were agreed.\n"
    )
    assert [(a.name, a.capacity) for a in extract(text).attendance] == [
        ("Ann Bell", "Leader"), ("Carl Dean", None), ("Ivor J Hale", None), ("Eve Fox", None),
        ("Gus Lucas", None)]
    barrelled = (
        "Minutes of the Parish Council held on Monday 2 March 2020 at 7pm\n\n"
        "Present:\n"
        "Ann Lucas-Bell\n"
        "Carl Dean\n"
        "Jo Marsh-Penrose\n"
        "Eve Hale-Moss\n\n"
        "1 MINUTES\n\nThe minutes were agreed.\n"
    )
    assert [a.name for a in extract(barrelled).attendance] == [
        "Ann Lucas-Bell", "Carl Dean", "Jo Marsh-Penrose", "Eve Hale-Moss"]


def test_a_roll_of_surnames_run_together_after_the_members_word() -> None:
    """"Councillors" and a column of surnames flattened into one run with no commas, an
    initial with a full stop telling apart two members of one surname: each initial starts
    a name, each other word is one member. A run of full names, with or without initialled
    members among them, is not split so."""
    def roll(line: str) -> list[str]:
        return [a.name for a in extract(
            "MINUTES of the Council held on Wednesday 9 September 2009 at 6.00 p.m.\n\n"
            f"Present:\n\n{line}\n\n1 MINUTES\n\nThe minutes were agreed.\n").attendance]

    assert roll("Councillors Quarry C. Dean Brackley E. Hale Thornby Ledger G. Hale Wexford") == [
        "Quarry", "C. Dean", "Brackley", "E. Hale", "Thornby", "Ledger", "G. Hale", "Wexford"]
    assert roll("Councillors Ann Bell Carl Dean Eve Fox Mary Hale Peter Moss") == [
        "Ann Bell", "Carl Dean", "Eve Fox", "Mary Hale", "Peter Moss"]
    # Full names among initialled ones: the bare words are given names as often as
    # surnames, so the run is no roll by surname ("Ann" and "Bell" are one member).
    assert roll("Councillors Ann Bell C. Dean Eve Fox E. Hale Mary Moss G. Lee") == [
        "Ann Bell", "C. Dean", "Eve Fox", "E. Hale", "Mary Moss", "G. Lee"]


def test_members_by_initial_and_surname_before_their_wards_are_no_roll_by_area() -> None:
    """"T Bell – Abbey Ward" / "J Dean – Marsh Park Ward": an initialled member, a dash and
    the ward they sit for, not an area and the members for it (the ward is no one); a roll
    by area, "Lowdale - Mr J. Bell", still reads its members."""
    text = (
        "Minutes of the Development Committee held on Thursday 5 March 2020 at 9.30am\n\n"
        "Present:\n"
        "Mrs A Cole (Chairman)\n"
        "R Moss\n"
        "T Bell – Abbey Ward\n"
        "J Dean – Marsh Park Ward\n"
        "P Fox – Priory Ward\n\n"
        "1 MINUTES\n\nThe minutes were agreed.\n"
    )
    names = [a.name for a in extract(text).attendance]
    assert {"T Bell", "J Dean", "P Fox"} <= set(names)
    assert not any(n.endswith("Ward") for n in names)
    by_area = (
        "Minutes of the Community Council held on Monday 2 March 2020 at 7pm\n\n"
        "Lowdale - Mr J. Bell\n"
        "Marsh End - Mrs C. Dean, Mr E. Fox\n"
        "Westfield - Mr G. Hale\n\n"
        "1 MINUTES\n\nThe minutes were agreed.\n"
    )
    assert {"Mr J. Bell", "Mrs C. Dean", "Mr G. Hale"} <= {
        a.name for a in extract(by_area).attendance}


def test_a_decision_pages_headings_after_its_decision_are_no_minutes_label() -> None:
    """A ModernGov decision page prints the decision, then "Reason for Decision:" and
    "Implementation of Decision:": the decision above them is the minute, not the agenda's
    text (but "Decision:" alone inside a line still labels the minute)."""
    text = ("Agenda item\n\nAllotment Rents 2025\n\n\nThat the rents be increased by 3%, and "
            "that the tenants be written to before April.\n\n\nReason for Decision:\n\n\n"
            "To keep rents in line with costs.\n\n\nImplementation of Decision:\n\n\nThe "
            "decision is for immediate implementation.\n")
    m = extract(text)
    assert m.items[0].agenda_spans == []
    assert "tenants be written to" in m.items[0].text
    row = extract("Agenda item\n\nAllotment Rents 2025\n\nTo consider the rents. Decision: "
                  "That the rents be increased by 3%.\n")
    assert "To consider the rents" not in row.items[0].text


@pytest.mark.parametrize("lines", [
    ["Cllr Ann Lucas-Bell (Lab)", "Cllr Carl Dean (Con)", "Cllr Eve Hale-Moss (Lab)",
     "Cllr Jo Penn-Rees (LD)", "Cllr Ian Ward (Con)"],
    ["Ann Lucas-Bell MBE", "Eve Hale-Moss JP", "Jo Penn-Rees OBE", "Carl Dean"],
    ["Ann Lucas-Bell, Westshire Council", "Eve Hale-Moss, Lowdale Trust", "Jo Penn-Rees, Clerk",
     "Carl Dean, Treasurer"],
    ["Ann Lucas-Bell", "Tom Lucas-Bell", "Eve Hale-Moss", "Jo Penn-Rees", "Ian Penn-Rees",
     "Carl Dean"],
])
def test_double_barrelled_surnames_before_a_party_honours_or_a_body_are_no_hyphen_roll(
        lines: list[str]) -> None:
    """A roll whose double-barrelled surnames are each followed by what rolls print after a
    name (a party in brackets, honours, a comma and a body or post), or whose surnames
    repeat within a family ("Ann Lucas-Bell", "Tom Lucas-Bell"), is no "Name-Ward" roll: the
    words after the hyphen are a surname's second half and its tail, not a ward of two words
    nor one shared by members of different surnames, so every surname stays whole ("Ann
    Lucas", read at the hyphen, is no one)."""
    text = ("Minutes of the Parish Council held on Monday 2 March 2020 at 7pm\n\nPresent:\n"
            + "\n".join(lines) + "\n\n1 MINUTES\n\nThe minutes were agreed.\n")
    names = [a.name.removeprefix("Cllr ") for a in extract(text).attendance]
    assert {"Ann Lucas-Bell", "Eve Hale-Moss", "Jo Penn-Rees"} <= set(names)
    assert not {"Ann Lucas", "Eve Hale", "Jo Penn"} & set(names)


def test_the_headers_committee_words_are_built_from_the_lexicons() -> None:
    """``Patterns.committee_words`` (a heading's or a roll name's committee word) is the
    lexicon's one-word committee words ([organisations] committee_words), capitalised as a
    heading prints them, with ``[header] committee_words_more``: one list of a council's
    committees for both readers, the same fourteen words the header listed on its own
    before. A committee of any of them is one, in any case; a society's name is not."""
    from kg.attendance import is_committee
    from kg.patterns import lexicon_data, load

    p = load()
    assert set(p.committee_words) == {
        "Committee", "Sub-Committee", "Panel", "Board", "Council", "Cabinet", "Group", "Forum",
        "Commission", "Executive", "Partnership", "Assembly", "Authority", "Scrutiny"}
    assert len(p.committee_words) == len(set(p.committee_words))
    assert {w.title() for w in lexicon_data()["organisations"]["committee_words"]
            if " " not in w} <= set(p.committee_words)
    for name in ("Westby Licensing Sub-Committee", "the cabinet", "Audit PANEL"):
        assert is_committee(name, p), name
    assert not is_committee("Westby Allotment Society", p)
    assert not is_committee("Westby Subcommittees", p)  # no word of the list alone


def test_roll_helpers_read_only_the_entry_before_an_and() -> None:
    """attendance._after_last is where re.split's last part starts, and _in_brackets counts
    the brackets before a place by their positions: the same answers as the scans of all the
    text before it that they replace; a place after a closed bracket is in none."""
    import re as _re

    from kg.attendance import _after_last, _in_brackets
    for chunk in ("Cllr A Bell (Chair, Audit), Cllr C Dean and Mr E Fox", "A Bell; C Dean\nE Fox",
                  "no separator at all", "(open (nested) still, open)"):
        for end in range(len(chunk) + 1):
            assert chunk[_after_last(chunk, ",;\n", end):end] == _re.split(
                r"[,;\n]", chunk[:end])[-1]
            assert _in_brackets(chunk, end) == (chunk.count("(", 0, end) > chunk.count(
                ")", 0, end))
    assert _in_brackets("A Bell (Chair, Audit), C Dean", 13)
    assert not _in_brackets("A Bell (Chair, Audit), C Dean", 21)


def test_peoples_lone_initial_is_names_widened_to_any_capital_and_dots() -> None:
    """people._initial takes what names._LONE_INITIAL does and differs from it only by any
    capital letter and any run of dots: limited to ASCII and one dot, the two are the same
    test, over every character of the Basic Multilingual Plane with up to three dots."""
    from types import SimpleNamespace

    from kg.nlp.names import _LONE_INITIAL
    from kg.nlp.people import _initial

    def loose(text: str) -> bool:
        return _initial(SimpleNamespace(text=text))

    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue  # surrogates are no characters
        for dots in range(4):
            text = chr(code) + "." * dots
            strict = _LONE_INITIAL.fullmatch(text) is not None
            assert strict == (loose(text) and text.isascii() and dots <= 1), text
            assert not strict or loose(text), text
    # the two differences, and what neither takes
    assert loose("É.") and not _LONE_INITIAL.fullmatch("É.")
    assert loose("L..") and not _LONE_INITIAL.fullmatch("L..")
    for word in ("l.", "Lb", "Ll.", ".", "7", "Al"):
        assert not loose(word) and not _LONE_INITIAL.fullmatch(word), word


def test_a_post_and_colon_opening_the_first_entry_of_a_roll() -> None:
    """"Also present: Clerk: R Vane, Cllr D Orme": the first entry's label is the post its
    name holds, also of several words ("Deputy Town Clerk:"), never part of the name; a
    label that is no post ("Sports Club:") is taken for no post."""
    text = ("Minutes of Elmford Parish Council 4 March 2024\n\nPresent: Cllr A Bell.\n"
            "Also present: Clerk: R Vane, Cllr D Orme.\n\n1. Minutes\n\nAgreed.\n")
    m = extract(text)
    assert [(a.name, a.capacity) for a in m.attendance][1:] == [
        ("R Vane", "Clerk"), ("Cllr D Orme", None)]
    assert "N A Lowe" in _names_of("Present: Cllr A Bell.\nAlso present: Deputy Town Clerk: "
                                   "N A Lowe, two members of the public.")
    club = extract(text.replace("Clerk: R Vane", "Sports Club: R Vane")).attendance
    # (the body's label is no capacity; how the name beside it reads is not this rule's)
    assert not [a for a in club if a.capacity == "Sports Club"]
    assert ("Cllr D Orme", None) in [(a.name, a.capacity) for a in club]


_EDGE_ROLLS = (
    "", " ", "and", " and ", "(", ")", ")(", "((", "))", "( and )", ") and (", ",", ",,", "\n",
    ", Cllr A Bell", "Cllr A Bell,", ";Cllr A Bell;", "\nCllr A Bell\n", ": Mr C Dean –",
    "– Head of Planning and Building Control", "Cllr A Bell (Chair and Audit) and Mr C Dean",
    "Cllr A Bell (Chair (Audit) and Vice and Mr C Dean", "Cllr A Bell) and (Mr C Dean",
    "Cllr Élise Ærø — Town Clerk and RFO; Mr Øystein Dean: Eastdale & West Moor Council",
)


def test_roll_helpers_answer_as_the_scans_on_edge_rolls() -> None:
    """attendance._after_last (every separator list its callers pass: _post_and's and
    _body_and's, which holds brackets, dashes and a colon) and _in_brackets give the answers
    of re.split and of counting from the chunk's start on the edges of a roll too: an empty
    chunk, separators at its very start or end, brackets closed before they open, nested or
    never closed, places before the chunk (negative) or past its end, Unicode text."""
    from kg.attendance import _after_last, _in_brackets
    for chunk in _EDGE_ROLLS:
        for seps in (",;\n", ",;\n()–—:"):
            for end in range(len(chunk) + 1):
                assert chunk[_after_last(chunk, seps, end):end] == re.split(
                    f"[{seps}]", chunk[:end])[-1], (chunk, seps, end)
        for at in range(-len(chunk) - 2, len(chunk) + 3):
            assert _in_brackets(chunk, at) == (
                chunk.count("(", 0, at) > chunk.count(")", 0, at)), (chunk, at)
    assert not _in_brackets(")(", 1)  # a bracket closed before any opened: inside none
    assert _in_brackets("Cllr A Bell (Chair (Audit), Vice", 27)  # never closed: still inside


def test_joined_tiers_reads_the_tier_word_just_before_the_and() -> None:
    """attendance._joined_tiers looks for the tier word in the 16 characters before the "and"
    only: the word must end there (or at a line break just before it), so the longest,
    "community" and its line break, fits; the same answers as searching from the chunk's
    start, after a long roll, a word glued to the tier word at the window's edge, capitals,
    Unicode, a line break; a tier word further back joins nothing."""
    from kg.attendance import _TIER_AFTER, _TIER_BEFORE, _joined_tiers, _name_splits
    lead = "Cllr Ann Bell, " * 5
    chunks = [lead + t for t in (
        "County and District Councillor Jo Bell", "Town & Parish Cllr A Lee",
        "COMMUNITY AND TOWN CLLRS. A Lee", "community\nand town councillor A Lee",
        "xcounty and District Councillor A Lee", "Ærøcounty and Town Cllr A Lee",
        "Countyx and District Councillor A Lee", "County Hall staff and District Cllr A Lee",
        "Community  and Town Councillor A Lee", "Community\n\nand Town Councillor A Lee",
        "Parish,\nand Town Cllr A Lee", "ward and Ward councillor A Lee",
        "community\n and town councillor A Lee", "xcommunity\n and town councillor A Lee",
        "Ꮯommunity and Town Cllr A Lee", "(Community) and Town Cllr A Lee")]
    chunks += ["x" * k + "county and town cllr A Lee" for k in range(20)]
    seen = {True: 0, False: 0}
    for chunk in chunks:
        # every place an "and" could be matched from, a line break before it included
        ands = [re.compile(r"\s+(?:and|&)\s+").match(chunk, k) for k in range(len(chunk))]
        for m in [*_name_splits(chunk), *filter(None, ands)]:
            joined = _joined_tiers(chunk, m)
            assert joined == (bool(re.fullmatch(r"\s+(?:and|&)\s+", m.group())) and bool(
                _TIER_BEFORE.search(chunk, 0, m.start())) and bool(
                _TIER_AFTER.match(chunk, m.end()))), (chunk, m)
            seen[joined] += 1
    assert seen[True] and seen[False]
    p = patterns.load()
    assert _attendees_of("Cllr Ann Bell, County and District Cllr A Lee", p) == [
        ("Cllr Ann Bell", None), ("Cllr A Lee", "County and District Cllr")]
    # a tier word further back, or closed in a bracket, is no tier of the title after the "and"
    assert _attendees_of("Cllr Jo Bell, the Community Centre manager and Town Councillor A Lee",
                         p)[-1] == ("Councillor A Lee", "Town Councillor")
    assert _attendees_of("Cllr Jo Bell (Westshire County) and Town Councillor A Lee", p) == [
        ("Cllr Jo Bell", None), ("Councillor A Lee", "Town Councillor")]


def _attendees_of(roll: str, p: patterns.Patterns) -> list[tuple[str, str | None]]:
    from kg.attendance import _names
    return [(a.name, a.capacity) for a in _names(roll, 0, len(roll), "Present", p)]


def test_a_dashed_posts_and_is_found_from_the_entrys_last_dash() -> None:
    """attendance._post_and searches for the dashed post from the entry's last dash only (the
    post runs from there to the "and"): an en or em dash, a hyphen in the surname before it,
    Unicode names, each read as one post (names with no honorific, which the run-on reading
    would not join: only the dashed post keeps "Building Control" from being a person); a
    dash at the entry's very start has no name before it and makes no person of the words
    after the "and"; a second holder after the "and" is a person of their own."""
    p = patterns.load()
    post = "Director of Planning and Building Control"
    for who, dash in (("Ann Bell", "–"), ("Ann Bell", "-"), ("Ann Smith-Jones", "-"),
                      ("Élise Ærø", "—")):
        assert _attendees_of(f"{who} {dash} {post}, Carl Dean", p) == [
            (who, post), ("Carl Dean", None)], (who, dash)
    assert "Building Control" not in {n for n, _ in _attendees_of(
        "- Head of Planning and Building Control, Carl Dean", p)}
    assert _attendees_of("Mr A Bell - Head of Planning and Mrs C Dean - Clerk", p) == [
        ("Mr A Bell", "Head of Planning"), ("Mrs C Dean", "Clerk")]


def test_a_hyphen_inside_a_dashed_posts_words_is_no_dash() -> None:
    """A word of the post hyphenated ("Cross-Boundary", "Co-ordination") is no dash parting a
    holder from the post: the post runs from the spaced dash, over its "and", to its end, and
    its last words are nobody ("Building Control" was read as a person, the post cut at its
    "and"). A hyphen in the surname and a spaced dash after it still part name and post; and
    with no spaced dash at all the hyphenated words make no dashed post of the "and"."""
    p = patterns.load()
    for post in ("Head of Cross-Boundary Planning and Building Control",
                 "Co-ordination and Performance Manager"):
        for who in ("Ann Bell", "Ann Smith-Jones"):
            for dash in ("-", "–"):
                assert _attendees_of(f"{who} {dash} {post}, Carl Dean", p) == [
                    (who, post), ("Carl Dean", None)], (who, dash, post)
    # (an "and" after a hyphenated name, with no post, still parts two people)
    assert _attendees_of("Ann Smith-Jones and Carl Dean, Eve Fox", p) == [
        ("Ann Smith-Jones", None), ("Carl Dean", None), ("Eve Fox", None)]


def test_a_run_on_posts_and_is_read_from_the_last_honorific() -> None:
    """attendance._run_on_post_and looks for the entry's last honorific from its end: the
    post after the last named person joins its "and" ("Mr Carl Dean Head of Planning and
    Building Control") though an earlier person's bracket stands before it in the entry; a
    bracket after the "and" is no matter; with no post after the name the "and" parts two
    people."""
    p = patterns.load()
    post = "Head of Planning and Building Control"
    assert _attendees_of(f"Cllr Ann Bell {post}, Carl Dean", p) == [
        ("Cllr Ann Bell", post), ("Carl Dean", None)]
    assert _attendees_of(f"Cllr Ann Bell (Westshire) and Mr Carl Dean {post}, Eve Fox", p) == [
        ("Cllr Ann Bell", None), ("Mr Carl Dean", post), ("Eve Fox", None)]
    assert _attendees_of(f"Mr Carl Dean {post} (Interim), Eve Fox", p) == [
        ("Mr Carl Dean", post), ("Eve Fox", None)]
    assert _attendees_of("Cllr Ann Bell and Mr Carl Dean, Eve Fox", p) == [
        ("Cllr Ann Bell", None), ("Mr Carl Dean", None), ("Eve Fox", None)]


def test_a_rolls_word_lists_are_read_from_the_patterns_file() -> None:
    """A roll's post label ("Deputy Town Clerk: N A Eaton"), its seat titles ("Councillor
    Member"), its "no one" answers and a name's lower-case particles are data in
    patterns.toml [attendance], read once at load: the roll reads them as before."""
    from kg.attendance import _looks_like_name
    from kg.patterns import load as load_patterns

    p = load_patterns()
    for key in ("post_label", "seat_titles", "no_one", "surname_particles"):
        assert key in p.raw["attendance"]
    assert p.rx("attendance", "post_label").match("Deputy Town Clerk: N A Eaton")
    assert not p.rx("attendance", "post_label").match("DEPUTY CLERK: N A Eaton")
    assert not _looks_like_name("Councillor Member", p)
    assert not _looks_like_name("None", p)
    assert _looks_like_name("Ann de Quell", p)
    assert not _looks_like_name("Ann dy Quell", p)


@pytest.mark.parametrize(("entry", "name"), [("Mr Alf Hale TD JP", "Mr Alf Hale"),
                                             ("Mrs Jo Dean MILCM", "Mrs Jo Dean"),
                                             ("Mr Sam Osei FILCM", "Mr Sam Osei")])
def test_a_clerks_or_officers_letters_after_a_name_are_no_part_of_it(entry: str,
                                                                      name: str) -> None:
    """Letters after a name that are a decoration or a professional body's membership (the
    Territorial Decoration "TD"; the Institute of Local Council Management's "MILCM",
    "FILCM" that parish clerks print) are no part of the name, as "MBE" is not."""
    names = _names_of(f"Present: Mr Tom Orme, {entry} and Mr Ian Vane")
    assert name in names and entry not in names
