"""Read one minutes text into plain records (:mod:`kg.records`), each fact with its span.

The flow is: find the header (committee, date, time, venue) → cut the text into item
regions (:mod:`kg.segment`) → read each item (title, documents, presenter, exemption,
resolutions, confirmation of earlier minutes) → read attendance (:mod:`kg.attendance`).
Nothing here knows RDF.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache
from itertools import islice, pairwise

from kg import patterns as patterns_mod
from kg.attendance import (
    SENTENCE_END,
    TITLED_APOLOGIES,
    _attendance,
    _attendance_item,
    _attendance_sentences,
    _attendance_tables,
    _names,
    _unheaded_members,
    apologies_list,
    area_roll,
    bracketed_bodies,
    column_of_posts,
    contact_name,
    council_run_ons,
    first_of_each,
    initialled_roll,
    is_committee,
    layout_roll,
    legend_roll,
    letterhead_posts,
    list_end,
    numbered_lists,
    person_first,
    seat_posts,
    starred_roll,
    title_posts,
    titled_roll,
    without_run_ons,
)
from kg.dates import parse_date, parse_time, weekday_named
from kg.layout import mend_label_colons, restore_line_breaks, source_spans, unmark_html
from kg.patterns import Patterns
from kg.records import (
    Clause,
    DocumentRef,
    Item,
    MeetingMention,
    MeetingRef,
    Mention,
    Minutes,
    Resolution,
    Span,
)
from kg.segment import (
    ItemRegion,
    Line,
    collapse,
    item_regions,
    join_wrapped_titles,
    labelled_paragraphs,
    lines,
    looks_like_title,
    minutes_part,
    paragraphs,
    span,
    titled_paragraphs,
)


class NotMinutesError(ValueError):
    """The text has none of the marks of committee minutes."""




def extract(text: str, p: Patterns | None = None) -> Minutes:
    """Extract everything the minutes say about their meeting.

    Raises :class:`NotMinutesError` when nothing marks the text as minutes, so that a stray
    file never lands in the graph as an empty meeting.
    """
    p = p or patterns_mod.load()
    unmarked = unmark_html(text, p)
    broken = restore_line_breaks(unmarked, p)
    view = mend_label_colons(broken, p)
    if view is text:
        return _extract(text, p)
    # A page run onto one line is read through a view with its line breaks put back (the
    # same offsets), and a roll's label typed with a semicolon through one with its colon;
    # the spans then quote the source again.
    minutes = source_spans(_extract(view, p), text)
    if unmarked is not text:
        minutes.warnings.append("HTML markup left in the page's text read as its layout")
    if broken is not unmarked:
        minutes.warnings.append("line breaks restored: the page was run onto one line")
    return minutes


def _extract(text: str, p: Patterns) -> Minutes:
    header = _header(text, p)
    if header.get("decision_page"):
        regions = _decision_page_items(text, p)
    else:
        # Where no heading was read, a document-sharing site's furniture above the page
        # ("Page 1: …", its page count alone on a line) holds no item either.
        regions = item_regions(text, p, start=header.get("header_end", page_start(text, p)))
    if not regions and header.get("date") and not (
            header.get("item_number") or header.get("decision_line")):
        regions = titled_paragraphs(text, header["header_end"], p)
    if not regions:
        regions = _single_item(text, header, p)
    if not regions and (caption := p.rx("markers", "items_start").search(
            text, header.get("header_end", 0))):
        # Below the items' caption ("Item Number Item/Resolution") every title was lost: the
        # minutes below it are still one untitled item's, not the page's heading.
        at = caption.end()
        regions = [ItemRegion(None, at, at, at, at, len(text))]
    if not regions:
        # "Declaration of Interest: None given" / "Update Church Lane: After some delay …".
        regions = labelled_paragraphs(text, header.get("header_end", 0), p)
    if not regions and not (header.get("committee") and header.get("date")):
        # Only for a page that would be refused: one headed with its meeting keeps its roll
        # in the header and its unheaded text in no item.
        regions = _after_roll(text, p)
    prose_page = False
    # A page that names no body but calls itself the minutes of a meeting on a date ("Minutes
    # of the meeting held on 2 May 2021", "Minutes from the meeting of the group on …") is
    # headed as plainly as one that names it.
    headed = bool(header.get("date") and (header.get("committee") or header.get("titled")))
    if not regions and (headed or _reads_like_minutes(text, header.get("header_end", 0), p,
                                                      roll=_calls_a_roll(text, p))):
        # Minutes written as prose with no heading the reader knows ("There was submitted a
        # report by …", "Members of the Parish Council met …"), or under their meeting's
        # heading: below the header and any roll, the page is read as one untitled item
        # rather than refused or left unread.
        prose_page = True
        regions = _prose_item(text, header.get("header_end", 0), p)
    if not regions and header.get("labelled"):
        # A "Meeting Details" page run onto one line keeps no item's title apart: what
        # follows its labelled fields is still the meeting's, read as one untitled item.
        at = header["header_end"]
        regions = [ItemRegion(None, at, at, at, at, len(text))]
    decided = False
    if not regions and p.rx("markers", "decision_record").search(text):
        # A ModernGov decision page whose "Decided at meeting" line is lost or cut off: its
        # "Decision status: Recommendations Approved" under "Decision Maker: …" records a
        # decision taken (a forward plan's says "For Determination"), read as its one item.
        decided = True
        regions = _decision_page_items(text, p)
    by_signs = False
    marked = _record_mark(text, p) if not regions else None
    if marked and not _records_who_attended(text, p):
        # A page its first lines title as a meeting's minutes, or whose rows print minutes
        # under their "Minutes:" labels, cut short or cut off below its heading before any
        # item the reader knows: below its header, one untitled item. An empty one (a page cut
        # off after its title and roll) is none, and a page cut off inside its roll is read by
        # its roll (below).
        regions = [r for r in _prose_item(text, header.get("header_end", 0), p)
                   if text[r.body_start:r.body_end].strip()]
        prose_page = bool(regions)
    if not regions and _bears_a_records_signs(text, p):
        # The last resort for a page that would be refused: one the structure does not read (a
        # newspaper's report of the meeting, notes run together) that carries enough kinds of
        # the signs of a meeting's record is read as one untitled item, as a prose page is.
        prose_page = by_signs = True
        regions = _prose_item(text, header.get("header_end", 0), p)
    regions = join_wrapped_titles(text, regions, p)
    # Where the first titled item starts: a page's own heading line above it may fall inside
    # the untitled preamble item below, and is still where its meeting's date is looked for.
    first_item = regions[0].heading_start if regions else len(text)
    # An untitled item that opens the page (minutes' prose, or a roll, from the first line:
    # "10 February 2011 (5.00pm) PRESENT: …") has no title above which the page's heading must
    # stand: its date may be on a short line among the item's own first lines, which the
    # fallback then reads too (not a long sentence there that says a meeting was held).
    dated_from, opening = first_item, None
    if regions and regions[0].number is None and regions[0].title_start == regions[0].title_end:
        dated_from, opening = len(text), first_item
    if regions and not prose_page and (
            pre := _preamble_item(text, header.get("header_end", 0), regions[0].heading_start, p)):
        regions.insert(0, pre)
    header_end = regions[0].heading_start if regions else len(text)

    minutes = Minutes(
        committee=header.get("committee"),
        committee_span=header.get("committee_span"),
        date=header.get("date"),
        date_span=header.get("date_span"),
        start_time=header.get("time"),
        venue=header.get("venue"),
        venue_span=header.get("venue_span"),
    )
    titled = False  # dated by a line that calls the page minutes
    by_line = _fallback_date(text, dated_from, p, opening) if minutes.date is None else None
    if by_line and (title := _dated_title_over_roll(text, p)) and title[0] != by_line[0] and (
            not _minutes_held_line(text, by_line[1], p)):
        # A cover sheet's date above the minutes ("Lake District Local Access Forum: 28
        # January 2008 Agenda Item: 3", "Meeting Board / Date 27 August 2007", a site's
        # "05.01.2015 Views"): the meeting the minutes go to, or the page's upload; the
        # title that calls the page a meeting's minutes over its roll dates the meeting.
        # (Never over a line that is itself the minutes of a meeting held that day, "Minutes
        # of the Annual Parish Meeting of X held on Wednesday 8th May 2019": the title below
        # it is then an item's, "2. Minutes of the Annual Parish Meeting 9 May 2018".)
        by_line = title
    if minutes.date is None and (found := by_line or _dated_title_over_roll(text, p)):
        minutes.date, minutes.date_span = found
        line_start = text.rfind("\n", 0, found[1].start) + 1
        line_end = text.find("\n", found[1].end)
        titled = bool(p.rx("fallback_date", "minutes_title").search(
            text, line_start, len(text) if line_end < 0 else line_end))
        # A title that calls the page minutes ("Preston Plan Steering Group Minutes Saturday
        # 11 January 2017") is printed, in a form no heading pattern reads: the warning says
        # so rather than that no heading was printed.
        minutes.warnings.append(
            "meeting heading read as a title only: the date in the page's title taken as the "
            "meeting's" if titled else
            "no meeting heading printed: the date near the page's top taken as the meeting's")
        # (Only over a short dated line: above a title run on with its roll, the line may be a
        # site's furniture, 'Download "Elmford Parish Council"'.)
        if minutes.committee is None and by_line and (
                above := _body_above(text, line_start, p)) and (
                not p.rx("header", "body_line_dated_not").search(above[0])):
            # "EAST LOWBY PARISH COUNCIL" / "DRAFT Minutes of the meeting: Wednesday 29th May
            # 2024": the body's name on its own line just above the line that dates the page
            # is the meeting's, as it is above a heading that names no body (a dash after it,
            # "THE LOWBY COUNCIL - POLICY COMMITTEE -", no part of its name).
            _name, where = above
            # Strip the suffix from the printed text, not the collapsed name, so that the span
            # ends where the name does on a line with doubled spaces or tabs in it.
            raw = p.rx("header", "committee_suffix").sub("", where.exact)
            minutes.committee = collapse(raw)
            minutes.committee_span = span(text, where.start, where.start + len(raw))
    part_two = [m.start() for m in p.rx("markers", "part_two").finditer(text)]
    for position, region in enumerate(regions, start=1):
        minutes.items.append(_item(text, region, position, minutes.date, part_two, p))
    _link_parents(minutes.items)
    _issue_meetings(text, regions, minutes, p)

    if minutes.committee is None:
        _committee_from_confirmation(text, minutes, p)
    # Attendance lists in the header, and sentences there that a list's end left over
    # ("Present: Cllrs A and B. County Councillor C was in attendance.").
    minutes.attendance = _attendance(text, 0, header_end, p)
    minutes.attendance.extend(_attendance_sentences(text, 0, header_end, p, header=True))
    # Members listed with no heading, when no list said who was present; not the names a
    # list under another heading ("In Attendance:") already gave.
    listed = {a.name for a in minutes.attendance}
    if not any(a.status == "Present" for a in minutes.attendance) and "header_end" in header:
        minutes.attendance.extend(
            a for a in _unheaded_members(text, header["header_end"], header_end, p)
            if a.name not in listed)
    if not any(a.status == "Present" for a in minutes.attendance):
        minutes.attendance.extend(a for a in titled_roll(text, header_end, p)
                                  if a.name not in listed)
    # Names keyed by their initials in brackets, or listed by area, above the first item,
    # where no list read them.
    for a in [*initialled_roll(text, header_end, p), *area_roll(text, header_end, p)]:
        if not any(b.name == a.name or (a.span.start < b.span.end and b.span.start < a.span.end)
                   for b in minutes.attendance):
            minutes.attendance.append(a)
    # "Chair: Councillor P Vernon" above the list of members: present, in that capacity.
    for m in p.rx("attendance", "chair_line").finditer(text, 0, header_end):
        for a in _names(text, m.start("names"), list_end(text, m.start("names"), m.end()),
                        "Present", p, strict=True)[:1]:
            a.capacity = re.sub(r"(?i)^vice[- ]", "Vice-", m.group("capacity"))
            a.capacity_span = _group_span(text, m, "capacity")
            minutes.attendance.insert(0, a)
    if m := p.rx("header", "contact").search(text, 0, header_end):
        start = m.start("names")
        # "Contact: Ann Bell  Deputy Manager Committee Services": the role's column after a
        # wide gap is no part of the list of names.
        gap = re.search(r"[ \t\u00a0]{2,}(?=\S)", m.group("names"))
        names_end = m.start("names") + gap.start() if gap else m.end("names")
        role, colon, _ = m.group("names").partition(":")
        if colon and any(w.lower() in p.contact_role_words for w in role.split()):
            start += len(role) + 1  # "Council Secretary: Ian Willett"
        minutes.contacts = [
            Mention("person", name, span(text, a.span.start, a.span.start + len(name)))
            for a in _names(text, start, names_end, "Present", p, roles=True)
            if (name := contact_name(a.name, p))
        ]
    # "Parish Council Clerk: Janet Burridge" above the items: the officer is a contact.
    for m in p.rx("header", "officer_line").finditer(text, 0, header_end):
        minutes.contacts.extend(
            Mention("person", a.name, a.span)
            for a in _names(text, m.start("names"), m.end("names"), "Present", p, strict=True))
    apologies_item = p.rx("attendance", "apologies_item")
    attendance_item = p.rx("attendance", "attendance_item")
    for region, item in zip(regions, minutes.items, strict=True):
        if attendance_item.fullmatch(item.title.rstrip(".:")):
            minutes.attendance.extend(_attendance_item(text, region, p))
        if apologies_item.search(item.title):
            # Scottish minutes call the roll in their first item ("1. Calling of the Roll and
            # Apologies for Absence" over "Present:" and "In Attendance:" lists).
            minutes.attendance.extend(_attendance(text, region.body_start, region.body_end, p))
            minutes.attendance.extend(apologies_list(text, region, p))
            # "2. Apologies – PSCO A Bell, County Cllr C Dean": the names on the title's line.
            if (t := TITLED_APOLOGIES.match(text, region.title_start, region.title_end)) and (
                    "," not in text[t.end("names") - len(t.group("names")) - 2:t.start("names")]
                    or person_first(t.group("names"), p)):
                minutes.attendance.extend(_names(
                    text, t.start("names"), list_end(text, t.start("names"), t.end("names")),
                    "Apologies", p, strict=True))
        minutes.attendance.extend(_attendance_sentences(text, item.span.start, item.span.end, p))
    minutes.attendance.extend(numbered_lists(text, p))
    minutes.attendance.extend(legend_roll(text, header_end, p))
    # A roll of starred cells with its labels after the names, where no reader found its
    # names.
    for a in starred_roll(text, header_end, p):
        if not any(b.name == a.name or (a.span.start < b.span.end and b.span.start < a.span.end)
                   for b in minutes.attendance):
            minutes.attendance.append(a)
    minutes.attendance.extend(_attendance_tables(text, p))
    # Any other roll above the first item, read last, by its layout and the name model,
    # where no reader found anyone on its line.
    minutes.attendance.extend(layout_roll(
        text, 0, header_end, minutes.attendance,
        [s for s in (minutes.committee_span, minutes.date_span, minutes.venue_span) if s], p))
    column_of_posts(text, 0, header_end, minutes.attendance, p)
    minutes.attendance = first_of_each(without_run_ons(text, minutes.attendance, p))
    seat_posts(text, minutes.attendance)
    title_posts(text, minutes.attendance)
    letterhead_posts(text, header_end, minutes.attendance, p)
    bracketed_bodies(text, minutes.attendance)
    council_run_ons(text, minutes.attendance)

    # An agenda or a notice has items too, but never a list of who attended.
    has_marker = bool(p.rx("markers", "minutes_page").search(text))
    # A decision, or earlier minutes confirmed, is no agenda's.
    printed_date = header.get("date")
    evidence = has_marker or printed_date or minutes.resolutions or minutes.attendance or (
        _opening_decision(text, 0, p) is not None) or any(
        i.confirms_minutes_of for i in minutes.items) or prose_page or titled or decided or (
        _headed_decision(text, 0, p)) or (
        minutes.items and (_reads_like_minutes(text, 0, p) or _calls_a_roll(text, p)))
    if not (minutes.items and evidence) and not (
        minutes.committee and printed_date
    ):
        if _records_who_attended(text, p):
            # A page cut off after its roll (who was present at a meeting it names and
            # dates, and little or nothing of what was done): its roll is its record.
            minutes.warnings.append("read as minutes by its roll of who attended the meeting")
        elif (mark := marked or _record_mark(text, p)) == "title":
            # Items, or a page cut short, under a title that calls the page a meeting's
            # minutes: its title is its mark.
            minutes.warnings.append("read as minutes by its title as a meeting's record")
        elif mark == "labels":
            minutes.warnings.append("read as minutes by the minutes under its items' "
                                    "\"Minutes:\" labels")
        elif mark == "self":
            minutes.warnings.append("read as minutes by its own words: papers filed with or "
                                    "appended to \"these minutes\"")
        elif _minuted_items(text, minutes.items, p):
            minutes.warnings.append("read as minutes by its numbered items that record "
                                    "decisions")
        elif not _bears_a_records_signs(text, p):
            raise NotMinutesError(
                "does not look like minutes: no meeting heading, agenda items or resolutions "
                "found")
        else:
            # Items the reader found, on a page that shows no other mark of minutes (no roll
            # it knows, no decision marker): the kinds of sign it carries make it a record.
            by_signs = True
    if by_signs:
        minutes.warnings.append(
            "read as minutes by the kinds of sign of a meeting's record it carries ("
            + ", ".join(sorted(_record_sign_kinds(text, p))) + ")")
    if prose_page:
        minutes.warnings.append("no item headings found: the minutes' prose read as one item")
    if _bare_agenda(text, minutes, has_marker, p):
        raise NotMinutesError(
            "does not look like minutes: an agenda (its items say what the meeting is to do, "
            "and nothing records what it did)")
    if minutes.date is None:
        minutes.warnings.append("no meeting date printed")
    if minutes.committee is None:
        minutes.warnings.append("no committee name printed")
    return minutes


# -- header -------------------------------------------------------------------------------


def _minutes_held_line(text: str, at: Span, p: Patterns) -> bool:
    """Whether the line holding ``at`` calls the page the minutes of a meeting held (both
    ``[fallback_date] minutes_title`` and ``held``): the page's own heading, no cover sheet's
    line."""
    start = text.rfind("\n", 0, at.start) + 1
    end = text.find("\n", at.end)
    line = text[start : len(text) if end < 0 else end]
    return bool(p.rx("fallback_date", "minutes_title").search(line)) and bool(
        p.rx("meeting_lines", "held").search(line))


# The year of a date wrapped onto the next line, alone at its start.
_WRAPPED_YEAR = re.compile(r"\r?\n[ \t]*\d{4}\b")


def _fallback_date(text: str, end: int, p: Patterns,
                   opening: int | None = None) -> tuple[date, Span] | None:
    """The meeting's date for a page whose header the reader does not know: the first full
    date on one of the page's first non-blank lines above ``end`` (the first item) or on a
    "Date:" label among them, on a line that is short or says the meeting was held, holds no
    second date, and ties the date to no other meeting nor to the page's publication
    (``[fallback_date]``). A date in capitals ("THURSDAY 14TH FEBRUARY 2019") is a date
    too, so that a line with two dates is never taken for one with only the other.
    ``opening``: where an untitled item that opens the page starts (``end`` is then the
    page's end): a line at or below it is the item's prose, and dates the meeting only when
    short, never for saying a meeting was held (a sentence may tell of another meeting)."""
    fd = p.raw["fallback_date"]
    opening = len(text) if opening is None else opening
    held, other = p.rx("fallback_date", "held"), p.rx("fallback_date", "other")
    label, full = p.rx("fallback_date", "label"), p.date_rx
    for ln in [ln for ln in lines(text, 0) if not ln.blank][:fd["lines"]]:
        if ln.start >= end and not label.match(ln.text):
            break
        # A narrow heading may wrap its date's year onto the next line ("… Town Hall on
        # Monday, 10 October" / "2011 at 7.30pm."): the year is read with the line's date.
        hay = ln.text
        if year := _WRAPPED_YEAR.match(text, ln.end):
            hay = text[ln.start:year.end()]
        found = [(m, when) for m in full.finditer(hay) if m.start() < len(ln.text) and (
            when := parse_date(m.group(), p))]
        # "Date: 04-02-16", "Forum Meeting – Minutes / Date: 04-02-16": under its label, a
        # date in figures with a two-figure year is the meeting's too, as in a heading
        # (``[fallback_date] label_short``); "Annual Parish Meeting 18.04.19.": after the
        # meeting word of a title line, too (``meeting_short``).
        for key in ("label_short", "meeting_short"):
            if found:
                break
            found = [(m, when) for m in p.rx("fallback_date", key).finditer(ln.text)
                     if (when := parse_date(m.group("date"), p))]
        if not found:
            continue
        inside = ln.start >= opening
        if len(found) > 1 or other.search(ln.text) or not (
                len(ln.text.split()) <= fd["max_words"] or (held.search(ln.text) and not inside)):
            return None
        m, when = found[0]
        at = m.start("date") if "date" in m.re.groupindex else m.start()
        return when, span(text, ln.start + at, ln.start + m.end())
    return None



def _after_roll(text: str, p: Patterns) -> list[ItemRegion]:
    """A small council's minutes that open on their roll ("Present: Cllrs A, B and C." /
    "In Attendance: the Clerk") and then run on in items no reader can title (bulleted
    agenda lines, colon-ended captions, a truncated page). An agenda or notice never prints
    who was present, so below a "Present" list among the page's first lines the rest is
    read as one untitled item: the roll is then the header's, and the page is not refused."""
    first = [ln for ln in lines(text, 0) if not ln.blank][:_ROLL_LINES]
    heads = [(ln, h.status) for ln in first for h in p.attendance_headings
             if h.pattern.match(ln.text)]
    if not any(status == "Present" for _, status in heads):
        return []
    last = heads[-1][0]
    ends = [a.span.end for a in _attendance(text, 0, len(text), p)]
    at = max([last.end, *(e for e in ends if e <= last.end + _ROLL_SPILL)])
    for ln in lines(text, at):
        if ln.start > at and not ln.blank:
            return [ItemRegion(None, ln.start, ln.start, ln.start, ln.start, len(text))]
    return []


def _calls_a_roll(text: str, p: Patterns) -> bool:
    """Whether the page names anyone under a roll's heading anywhere ("Apologies: Cllr A Bell
    and Cllr C Dean" inside a first item the reader did not know for the roll's, such as a
    table's "Attendance / Action" row): who attended, or sent apologies, is recorded only in
    minutes; an agenda or a notice names no one so."""
    return len(_attendance(text, 0, len(text), p)) >= _ROLL_NAMES


def _bare_agenda(text: str, minutes: Minutes, has_marker: bool, p: Patterns) -> bool:
    """A page headed with its meeting whose items are mostly an agenda's directions ("To
    receive apologies", "To consider the report of …"), or that calls itself an agenda near
    its top ("AGENDA" ending a line, "Notice of meeting", ``[markers] agenda_page``), and
    that records nothing done: no decision, no roll, no earlier minutes confirmed, no page
    label of minutes and no sentences of minutes' prose. Such a page is the meeting's agenda,
    not its minutes, however plainly its heading names the meeting."""
    direction = p.rx("items", "agenda_direction")
    items = minutes.items
    labelled = p.rx("markers", "agenda_page").search(text, 0, p.raw["markers"]["agenda_head"])
    if not items or (sum(1 for i in items if direction.match(i.title)) * 2 <= len(items)
                     and not labelled):
        return False
    return not (has_marker or minutes.resolutions or minutes.attendance or any(
        i.confirms_minutes_of for i in items) or _records_who_was_present(text, p)
        or _reads_like_minutes(text, 0, p) or _labelled_minutes(text, p)
        or _headed_decision(text, 0, p))


def _records_who_was_present(text: str, p: Patterns) -> bool:
    """Whether a roll anywhere on the page names those present (``_ROLL_NAMES`` or more under
    a "Present" heading): an agenda names who is summoned, never who came, so a page that
    reprints its agenda's directions above (or as the headings of) its minutes, with the roll
    below them, is the record of the meeting, however many "To receive …" lines it holds."""
    return sum(a.status == "Present" for a in _attendance(text, 0, len(text), p)) >= _ROLL_NAMES


def _reads_like_minutes(text: str, start: int, p: Patterns, roll: bool = False) -> bool:
    """Whether the text below ``start`` reads like minutes by its language: at least
    ``min_sentences`` sentences report what a meeting body, its members or its chair did, in
    the past tense ("Members agreed …", "The Council at its meeting held on … agreed …",
    "There was submitted a report …"), and more of them than an agenda's "To consider …"
    lines and a report's "Members are asked to …" phrases together. A story, a notice, an
    agenda, a forward plan ("Cabinet will consider") or a report has none or too few, so it
    stays refused. A sentence also counts when a minute's mark stands anywhere inside it
    ("… – it was decided to contribute", "RESOLVED", "proposed by A and seconded by B"), so
    that an excerpt, an item page or notes headed in no way the reader knows are read too.
    ``roll``: the page names who attended or sent apologies (:func:`_calls_a_roll`), which
    counts as one such sentence: minutes' signs add up, so one minute's sentence below a roll
    is enough, where neither alone is. Earlier minutes recorded as confirmed as a correct
    record (``confirmed_record``) are enough alone."""
    agenda_line = _prose_rx(p)[2]
    report_line = p.rx("minutes_prose", "report_line")
    body = text[start:]
    need = p.raw["minutes_prose"]["min_sentences"]
    if p.rx("minutes_prose", "confirmed_record").search(body):
        # Earlier minutes recorded as confirmed ("… were confirmed and signed as a correct
        # record"): what only the record of a meeting says, whatever an agenda's lines with it.
        return True
    with_named, without = _minute_counts(body, p)
    count = with_named + roll
    answers: set[int] = set()
    against = sum(1 for m in sorted((m for rx in (agenda_line, report_line)
                                     for m in rx.finditer(body)), key=lambda m: m.start())
                  if not _answered(body, m.end(), p, answers))
    if count < need or count <= against:
        return False
    # A person named by a given name or a pronoun ("Ann welcomed …", "She outlined …") is the
    # subject of a story's sentences as often: a page that needs such sentences to count as
    # minutes must also show no sign of a story, a report, a notice or an agenda. (An agenda's
    # direction answered by the minute below it, a ModernGov row's "To receive declarations
    # of interest." over "Julia Bell declared an interest …", is no sign of an agenda: only
    # those left unanswered, ``against``, count.)
    return (without + roll >= need
            or not (against or _against_a_record(text, p, directions=False)))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _answered(body: str, at: int, p: Patterns, answers: set[int]) -> bool:
    """Whether an agenda's direction or a report's request at ``at`` ends its paragraph (no
    more than whitespace between the end of its line and the blank line) and is answered by
    a minute in the next paragraph ("To agree the minutes of the last meeting …" / "The Board
    considered the minutes …", "Members are requested to declare …" / "There were no
    Declarations of Interest."): a ModernGov row that lost its "Minutes:" label between the
    agenda's text and the minute, which is no agenda's line to count against the page. Each
    paragraph answers one direction only (``answers`` holds where those already used start),
    so one sentence below an agenda's block of "To receive …" / "To consider …" lines answers
    none but the last of them."""
    line_end = body.find("\n", at)
    end = _PARAGRAPH_BREAK.match(body, line_end) if line_end >= 0 else None
    if end is None or end.end() in answers:
        return False
    following = _PARAGRAPH_BREAK.search(body, end.end())
    para = body[end.end():following.start() if following else len(body)].strip()
    first = _SENTENCE_END.split(para, maxsplit=1)[0]
    if not first or not _minute_sentences(first, p):
        return False
    answers.add(end.end())
    return True


def _minute_sentences(body: str, p: Patterns, named: bool = True) -> int:
    """How many sentences of ``body`` report what a meeting did (see
    :func:`_reads_like_minutes`): a sentence opening as a minute does, one with a minute's
    mark inside it (each mark counts), or one whose subject a meeting body, member, officer or
    person named is, followed by a verb in the past tense; with ``named``, also one whose
    subject is a person called by a given name or a pronoun (:func:`_named_minute`)."""
    with_named, without = _minute_counts(body, p)
    return with_named if named else without


def _minute_counts(body: str, p: Patterns) -> tuple[int, int]:
    """:func:`_minute_sentences` of ``body`` with ``named`` and without it, in one pass."""
    clause, passive = p.rx("minutes_prose", "clause"), _prose_rx(p)[1]
    with_named = without = 0
    for raw in _PROSE_SENTENCE.split(body):
        # A bullet before a sentence ("· Members were advised that …") is no word of it.
        sentence = _flat(raw)
        # Each mark counts: a page run onto one line may hold several minutes in a "sentence".
        marks = len(clause.findall(sentence)) + bool(passive.match(sentence))
        if marks:
            with_named += marks
            without += marks
            continue
        # An item's heading printed on its own line with no full stop ("Report from the
        # Programme Board" / "The Programme Board met on 5th October.") runs on into the
        # minute's sentence below it: the sentence may open at the start of any of its lines
        # (one count for the whole, as for one sentence).
        heads = [_flat(raw[m.end():m.end() + _LINE_OPENING]) for m in _LINE_STARTS.finditer(raw)]
        if _opens_a_minute(sentence, p, False) or any(
                _opens_a_minute(head, p, False, start_only=True) for head in heads):
            with_named += 1
            without += 1
        elif _named_minute(sentence, p) or any(_named_minute(head, p) for head in heads):
            # With ``named``, :func:`_opens_a_minute` is its answer without it or this.
            with_named += 1
    return with_named, without


def _flat(s: str) -> str:
    """``s`` on one line, its runs of whitespace single spaces, without the bullet it may
    open on (``_BULLET``)."""
    return _BULLET.sub("", " ".join(s.split()))


# Where a line inside a sentence starts on a capital (or a bullet before one): the heading
# line above it may be run on into the sentence that opens there. How much of the line's text
# is read for its subject and verb (a subject, its phrase and its verb are far shorter), so
# that a long "sentence" of many lines is read once, not once per line.
_LINE_STARTS = re.compile(r"\n(?=[ \t]*(?:[\u00b7\u2022\u25aa\u25cf\uf0b7*-][ \t]*)?[A-Z])")
_LINE_OPENING = 300


def _opens_a_minute(sentence: str, p: Patterns, named: bool, start_only: bool = False) -> bool:
    """Whether the sentence reports what a meeting did by its subject (a meeting body, member,
    officer or person named, at a clause's start) and a verb in the past tense after it
    (:func:`_minute_sentences`); ``start_only``: only a subject at the sentence's start."""
    subject, _, _, modal = _prose_rx(p)
    listed = _listed_verbs(p)
    found = [m] if start_only and (m := subject.match(sentence)) else (
        [] if start_only else subject.finditer(sentence))
    for m in found:
        if not modal.search(m.group("between")) and (
                m.group("verb") in listed or not m.group("between")):
            # A verb of no list's counts only right after its subject ("The Chairman
            # extended …"), not after a phrase ("Councillors in Teignville have taken an
            # unprecedented step": an adjective).
            return True
    return named and _named_minute(sentence, p)


def _named_minute(sentence: str, p: Patterns) -> bool:
    """Whether the sentence opens on a person named by a given name or a pronoun and a verb
    of what a meeting did (``[minutes_prose] named_subject``: "John welcomed the new
    members", "He outlined the figures"), as minutes that call their members by name do; a
    verb of ``named_verbs_not`` ("He said", a story's) does not count."""
    m = _named_rx(p).match(sentence)
    if m is None or _prose_rx(p)[3].search(m.group("between")):
        return False
    mp = p.raw["minutes_prose"]
    who = m.group("given")
    return (who in patterns_mod.given_names() or who in mp["named_pronouns"]) and (
        m.group("verb") not in mp["named_verbs_not"])


@cache
def _named_rx(p: Patterns) -> re.Pattern[str]:
    """``[minutes_prose] named_subject`` then, as for any subject, a phrase or a name in
    commas, and a verb of ``verbs`` (not any past tense: a given name is no sure subject)."""
    mp = p.raw["minutes_prose"]
    verbs = "|".join(re.escape(v) for v in sorted(mp["verbs"], key=len, reverse=True))
    return re.compile(
        mp["named_subject"]
        + r"(?P<between>(?:,[^,.;]{1,60},|\s+(?:of|at|for|in|on|from|to|with)\b[^,.;]{1,60}?"
        r"|\s+(?:also|then|further|duly|unanimously|subsequently|again))?)"
        + rf"\s+(?P<verb>{verbs})\b")


def _bears_a_records_signs(text: str, p: Patterns) -> bool:
    """The last resort before a page is refused: whether it carries enough independent
    kinds of the signs every meeting's record shares (``[record_signs]``: a date, people named
    with titles, attendance, the meeting or its minutes named, a minute's numbering, decisions,
    office-holders, standing business, past-tense proceedings), the kinds it needs among them,
    and none of the signs of an agenda, a notice, a report or a news story. Scored by how many
    kinds, not by any one phrase, so that a house style no reader knows (a newspaper's report
    of a community council's meeting, notes run onto one line) is read rather than lost."""
    rs = p.raw["record_signs"]
    kinds = _record_sign_kinds(text, p)
    if len(kinds) < rs["min_kinds"] or not all(kinds & set(group) for group in rs["required"]):
        return False
    return not _against_a_record(text, p)


def _records_who_attended(text: str, p: Patterns) -> bool:
    """Whether the page records who attended a meeting it names and dates: a page cut off
    after its roll (members present, officers in attendance, apologies) has nothing done to
    show, yet a roll of who WAS present is a record of a meeting that happened. Only names
    read under a heading or in a sentence that says they attended count (``[attendance]``
    headings and sentences: "Present:", "In attendance:", "… were present"), at least
    ``[record_signs] roll_present`` of them; the page must carry the kinds
    ``roll_kinds`` (its meeting named, a date), or one of them with people named under
    ``roll_statuses`` of the roll's headings, one of them "Present" (who came and who sent
    apologies: a record's, however its heading is lost), and none of the signs against a
    record. Or, its meeting and date both cut away, a long roll alone: ``roll_alone`` or more
    named under a heading that says they came (``roll_alone_heading``: "Present:", "In
    attendance:"), with no sign against a record. An
    agenda lists its members, or "Apologies for absence" as an item's title, and a notice or
    a membership list names its members under no such heading, so they stay refused."""
    rs = p.raw["record_signs"]
    roll = [*_attendance(text, 0, len(text), p),
            *_attendance_sentences(text, 0, len(text), p, header=True)]
    present = sum(1 for a in roll if a.status in ("Present", "AlsoInAttendance"))
    if (present < rs["roll_present"] and p.rx("record_signs", "headed_roll_title").search(
            text, 0, rs["headed_roll_head"]) and p.rx("record_signs", "headed_roll").search(text)
            and set(rs["roll_kinds"]) <= _record_sign_kinds(text, p)):
        # Headed as a meeting's minutes, cut off inside a roll no reader takes apart
        # (``headed_roll``).
        return not _against_a_record(text, p)
    if present < rs["roll_present"]:
        return False
    if present >= rs["roll_alone"] and p.rx("record_signs", "roll_alone_heading").search(text):
        # A long roll under a heading that says its people came, its meeting and date cut
        # away: only a meeting held has people present (``roll_alone``).
        return not _against_a_record(text, p)
    statuses = {a.status for a in roll}
    found = set(rs["roll_kinds"]) & _record_sign_kinds(text, p)
    return ((found == set(rs["roll_kinds"]) or (
        found and "Present" in statuses and len(statuses) >= rs["roll_statuses"]))
            and not _against_a_record(text, p))


def _record_mark(text: str, p: Patterns) -> str | None:
    """What marks a page the structure does not read as a meeting's record, however it was
    cut: its title as one (``"title"``, :func:`_titled_as_a_record`), minutes under its
    items' "Minutes:" labels (``"labels"``, :func:`_labelled_minutes`), or its own words
    calling it minutes (``"self"``, :func:`_calls_itself_minutes`); None for none."""
    if _titled_as_a_record(text, p):
        return "title"
    if _labelled_minutes(text, p):
        return "labels"
    return "self" if _calls_itself_minutes(text, p) else None


def _calls_itself_minutes(text: str, p: Patterns) -> bool:
    """Whether the page speaks of itself as minutes while it reports what a meeting did: a
    paper "filed with these minutes", "Appendix A to these minutes" (``[record_signs]
    self_reference``), with a sentence of minutes' prose (what was done, in the past tense),
    and no sign of a meeting still to come or against a record. Only a meeting's record
    files papers with itself; a ModernGov item page cut down to its minute (no heading, no
    roll, its "RESOLVED" lost with the page's styling) still says so. An agenda or a report
    names "the minutes" of another meeting, never "these minutes"."""
    return bool(p.rx("record_signs", "self_reference").search(text)) and bool(
        _minute_sentences(text, p)) and not _shows_a_meeting_to_come(text, p) and not (
        _against_a_record(text, p))


def _titled_as_a_record(text: str, p: Patterns) -> bool:
    """Whether the page's first lines title it the record of a meeting ("Minutes of the Parish
    Council Meeting held on 3 May 2023", "MINUTES OF MEETING HELD ON", "PFC October 2021
    Minutes": ``[record_signs] record_title``; or "Minutes" alone on a line, with a date among
    those lines: ``record_title_alone``), above its first numbered or standing item
    (``record_title_stop``) among its first ``record_title_lines`` lines, with no line there
    that calls it an agenda or a notice or names minutes to be approved (``record_title_not``)
    and no sign on the page of a meeting still to be held or of a report's first person
    (``record_title_against``). A download cut short, or cut off below its heading, may show
    no roll the reader knows and no decision, yet its title says what it is: an agenda or a
    notice is never titled as a meeting's minutes, only names earlier minutes as an item. A
    head that titles several meetings of different dates is an index of minutes, not one."""
    rs = p.raw["record_signs"]
    title, stop = p.rx("record_signs", "record_title"), p.rx("record_signs", "record_title_stop")
    head: list[str] = []
    for ln in lines(text, 0):
        if ln.blank:
            continue
        if stop.match(ln.text) or len(head) >= rs["record_title_lines"]:
            break
        head.append(ln.text)
    titles = [ln for ln in head if title.search(ln)]
    full = p.date_rx
    posted = p.rx("record_signs", "record_title_alone_not")
    if not titles and any(full.search(ln) and not posted.search(ln) and len(ln.split()) <= rs[
            "record_title_alone_words"] for ln in head):
        titles = [ln for ln in head if p.rx("record_signs", "record_title_alone").match(ln)]
    if not titles or any(p.rx("record_signs", "record_title_not").search(ln) for ln in head):
        return False
    if len({when for ln in titles for m in full.finditer(ln) if (when := parse_date(m.group(), p))}
           ) > 1:
        return False
    return not _shows_a_meeting_to_come(text, p)


def _minuted_items(text: str, items: list[Item], p: Patterns) -> bool:
    """Whether at least ``[record_signs] minuted_items`` numbered items each record a decision
    or what was done ("1. Appoint a new Chairman – Cllr Ash proposed Cllr Birch … duly
    elected", "2. Footpaths – it was agreed to mend the stile"): the body under an item's
    number says what the meeting decided, as only its record does, on a page cut off below
    its heading or above its roll. An agenda's items are its directions ("To approve the
    accounts") and say nothing done; an item whose title is such a direction, or whose body
    holds one, does not count, nor does any on a page with a sign of a meeting still to be
    held or of a report's first person (``record_title_against``)."""
    direction, agenda_line = p.rx("items", "agenda_direction"), _prose_rx(p)[2]
    # A minute run on after its title's dash ("1. Appoint a Chair – Cllr Ash proposed …")
    # opens its body on the dash.
    minuted = sum(1 for i in items if i.number and i.text and not direction.match(i.title)
                  and not agenda_line.search(i.text)
                  and _minute_sentences(i.text.lstrip(" \t\r\n–—-:"), p))
    return minuted >= p.raw["record_signs"]["minuted_items"] and not _shows_a_meeting_to_come(
        text, p)


# Where a minute under its "Minutes:" label ends (a blank line, a table cell's bar), how far it
# is read at most, and where its first sentence ends.
_MINUTE_END = re.compile(r"\n[ \t]*\n|[ \t]*\|")
_MINUTE_CHARS = 2000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _labelled_minutes(text: str, p: Patterns) -> bool:
    """Whether the page prints minutes under ModernGov's "Minutes:" label (``[record_signs]
    minute_label``), between an item's agenda text and its minute ("To receive any apologies
    for absence. Minutes: All members were present."), at least ``minute_labels`` times, or
    once over a minute that reads as minutes' prose: a page cut off above its items, or below
    its heading, still shows in its rows what was done. An agenda prints no minute under its
    items; a label whose first sentence is a direction ("Minutes: Councillors to approve …",
    ``minute_label_not``) does not count, nor any on a page with a sign of a meeting still to
    be held or of a report's first person (``record_title_against``)."""
    label, label_not = p.rx("record_signs", "minute_label"), p.rx("record_signs",
                                                                   "minute_label_not")
    minutes: list[str] = []
    for m in label.finditer(text):
        # The minute ends with its paragraph or its table row's cell.
        body = _MINUTE_END.split(text[m.end():m.end() + _MINUTE_CHARS], maxsplit=1)[0]
        if not label_not.search(_SENTENCE_END.split(body, maxsplit=1)[0]):
            minutes.append(body)
    return bool(minutes) and (
        len(minutes) >= p.raw["record_signs"]["minute_labels"]
        or any(_minute_sentences(body, p) for body in minutes)) and not _shows_a_meeting_to_come(
        text, p)


@cache
def _record_title_against(p: Patterns) -> tuple[re.Pattern[str], ...]:
    """``[record_signs] record_title_against`` compiled once per load."""
    return tuple(re.compile(source) for source in p.raw["record_signs"]["record_title_against"])


def _shows_a_meeting_to_come(text: str, p: Patterns) -> bool:
    """Whether the page shows a sign of a meeting still to be held or of a report's first
    person (``[record_signs] record_title_against``): the one check that vetoes each of the
    record marks above (a title, minuted items, "Minutes:" labels)."""
    return any(rx.search(text) for rx in _record_title_against(p))


def _against_a_record(text: str, p: Patterns, directions: bool = True) -> bool:
    """Whether the page shows a sign of an agenda, a notice, a report or a news story
    (``[record_signs] against``, ``[minutes_prose] agenda_line`` and ``report_line``), any
    one of which keeps a page the structure does not read refused. A document-sharing site's
    furniture above the page (:func:`page_start`: 'Download "<the page's title>"', quoted as
    a story quotes) is no part of the page, and no sign against it. ``directions``: with
    False, an agenda's or a report's lines are not looked for (the caller has counted those
    a minute does not answer)."""
    against = [*_record_rx(p)[1], *((_prose_rx(p)[2], p.rx("minutes_prose", "report_line"))
                                     if directions else ())]
    begin = page_start(text, p)
    return any(rx.search(text, begin) for rx in against)


@lru_cache(maxsize=4)
def _record_sign_kinds(text: str, p: Patterns) -> frozenset[str]:
    """The kinds of sign of a meeting's record the text carries (``[record_signs] kinds``,
    each found at least ``need`` times, with "date" and "proceedings"). Kept for the last few
    pages: a page on the way to refusal asks up to three times (by its roll, by its signs,
    and for the warning that names them), and each asking reads every sentence."""
    need = p.raw["record_signs"]["need"]
    kinds = {kind for kind, rx in _record_rx(p)[0].items()
             if sum(1 for _ in islice(rx.finditer(text), need.get(kind, 1))) >= need.get(kind, 1)}
    if p.date_rx.search(text):
        kinds.add("date")
    if _minute_sentences(text, p):
        kinds.add("proceedings")
    return frozenset(kinds)


@cache
def _record_rx(p: Patterns) -> tuple[dict[str, re.Pattern[str]], tuple[re.Pattern[str], ...]]:
    """``[record_signs]`` compiled once per load: its kinds by name, and its signs against."""
    rs = p.raw["record_signs"]
    return ({kind: re.compile(source) for kind, source in rs["kinds"].items()},
            tuple(re.compile(source) for source in rs["against"]))


# Bullets a sentence of minutes' prose may open on ("· Members were advised …", "• The Chair …").
_BULLET = re.compile(r"^(?:[\u00b7\u2022\u25aa\u25cf\u2023\u2043\u25e6*\uf0b7\uf0a7-][ \t]*)+")


# Where a sentence ends in running prose, or a paragraph does; on a ModernGov page run onto
# one line, also a table cell's bar and the "Minutes:" label that opens each row's minute
# ("… correct records. | Questions from the Public Minutes: In accordance with …, Councillor
# Ann Bell asked …").
_PROSE_SENTENCE = re.compile(r"(?<=[.!?;])[\"”’']?\s+(?=[\"“‘'(]?[A-Z(])|\n[ \t]*\n"
                             r"|[ \t]+\|[ \t]+|(?<=\bMinutes:)[ \t]+")


@cache
def _listed_verbs(p: Patterns) -> frozenset[str]:
    """The past tenses ``[minutes_prose] verbs`` lists, as a set built once per load: a verb
    of the list counts after a phrase too, any other only right after its subject."""
    return frozenset(p.raw["minutes_prose"]["verbs"])


@cache
def _prose_rx(p: Patterns) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                    re.Pattern[str]]:
    """The patterns of :func:`_reads_like_minutes`, built once from ``[minutes_prose]``: a
    subject at a clause's start (the sentence's, or after a comma, "and" or "then"), an "of
    …"/"at its meeting …" phrase or a name in commas, and a verb in the past tense."""
    mp = p.raw["minutes_prose"]
    words = sorted({*p.committee_words, *mp["subjects"], *_post_subjects(p)}, key=len,
                   reverse=True)
    body = (r"(?:(?i:the)\s+)?(?:(?:[A-Z][\w&’'-]*|and|&|of)\s+){0,5}?(?:"
            + "|".join(re.escape(w) for w in words) + r")\b(?:\s*\([^()]{1,60}\))?")
    who = f"(?:{body}|{p.filled('minutes_prose', 'person_subject')})"
    verbs = "|".join([*(re.escape(v) for v in sorted(mp["verbs"], key=len, reverse=True)),
                      mp["past_tense"]])
    # A clause may open on a sub-paragraph's letter or number ("(a) Councillor Bell declared
    # …;(b) Councillor Dean declared …", "ii) Members noted …"), and PDF text may drop the
    # space after a semicolon.
    subject = re.compile(
        r"(?:^|(?<=, )|(?<=;)[ \t]?|(?<=\band )|(?<=\bthen ))"
        # … or on its minute's number ("14.1 Councillor Bell raised a petition …").
        # Only before a person named: a report's numbered paragraphs open on a body or an
        # officer in the past tense as often ("2.1 The Council adopted the strategy in 2021").
        r"(?:\d{1,3}\.(?:\d{1,2}\.?)?[ \t]+(?=" + p.filled("minutes_prose", "person_subject")
        + r"))?"
        r"(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]*){0,2}" + who
        # A name in commas may follow an "of …" phrase ("The Chair of the Committee,
        # Councillor Ann Bell, reiterated …").
        + r"(?P<between>(?:,[^,.;]{1,60},|\s+(?:of|at|for|in|on|from|to|with)\b[^,.;]{1,60}?"
        r"(?:,[^,.;]{1,60},)?"
        r"|\s+(?:also|then|further|duly|unanimously|subsequently|again|all|both))?)"
        # … in the past perfect too, an adverb between ("The Group had previously earmarked
        # the request", "The committee had already agreed …"): a record's past, as its
        # "had agreed" (``[minutes_prose] verbs``).
        r"(?:\s+had(?:\s+(?:previously|already|earlier|recently|also|since|just))?)?"
        + rf"\s+(?P<verb>{verbs})\b")
    modal = re.compile(r"(?i)\b(?:will|shall|would|should|may|might|must|is|are|be|been|"
                       r"being|to)\s*$")
    return (subject, re.compile(mp["passive"]), re.compile(mp["agenda_line"]), modal)


@cache
def _post_subjects(p: Patterns) -> tuple[str, ...]:
    """The heads of the lexicon's post titles (kg/data/nlp/lexicon.toml ``[posts] heads``),
    capitalised as minutes print an officer's title ("The Senior Internal Auditor presented
    …", "The Highways Engineer reported …"), as subjects of minutes' prose, less those a news
    story or a report makes its subject as often (``[minutes_prose] post_subjects_not``: "The
    Minister announced …")."""
    never = {w.lower() for w in p.raw["minutes_prose"]["post_subjects_not"]}
    heads = [w for w in patterns_mod.lexicon_data()["posts"]["heads"]
             if w.lower() not in never and len(w) > 3]
    # "Co-ordinator" as minutes print it, and "Vice-Chair" too.
    return tuple(dict.fromkeys(form for w in heads for form in (
        w[:1].upper() + w[1:], "-".join(part.capitalize() for part in w.split("-")))))


# Words of a sentence about who attended ("Two members of the public were present with PC A
# Bell"): such a paragraph is the roll's, and no item starts there.
_ATTENDANCE_WORDS = re.compile(r"(?i)\b(?:present|in\s+attendance|attended|attending|apolog\w*|"
                               r"absent|absence)\b")


def _preamble_item(text: str, start: int, end: int, p: Patterns) -> ItemRegion | None:
    """Minutes' prose between the roll and the first item ("A minute's silence was held for
    Cllr A Bell, who died in May.", "The Chairman welcomed Mr C Dean of the Police."): an
    untitled item of its own, so that who and what it names are read. Only a paragraph of
    eight words or more with a sentence in it, below every attendance list, and none after it
    that a list or a header-only attendance sentence would need to keep in the header. A
    paragraph whose first sentence tells who attended is the roll's; a word of attendance
    later on ("… could do nothing at the present time") leaves it prose."""
    rolls = [*_attendance(text, 0, end, p), *_unheaded_members(text, start, end, p),
             *titled_roll(text, end, p)]
    # … and below the header's own lines: "Contact: …", "Clerk: …", "Chair: …".
    fields = [m.end() for key in ("contact", "officer_line")
              for m in p.rx("header", key).finditer(text, 0, end)]
    fields += [m.end() for m in p.rx("attendance", "chair_line").finditer(text, 0, end)]
    # … and below every attendance heading, though its list named no one ("IN ATTENDANCE:
    # Westshire City Council" over the officers' posts).
    fields += [ln.end for ln in lines(text, start, end)
               if any(h.pattern.match(ln.text) for h in p.attendance_headings)]
    at = max([start, *(a.span.end for a in rolls if a.span.end <= end), *fields])
    if at > start and (nl := text.find("\n", at, end)) >= 0:
        at = nl
    header_only = [sp.pattern for sp in p.attendance_sentences if sp.scope == "header"]
    begin = None
    for s, e in paragraphs(text, at, end):
        para = collapse(text[s:e])
        if any(h.pattern.match(text[s:e]) for h in p.attendance_headings) or any(
                rx.search(para) for rx in header_only):
            return None
        if begin is None and len(para.split()) >= 8 and (
                _captioned_minute(text, s, e, p) or (not looks_like_title(para, p) and (
                para.endswith(".") or SENTENCE_END.search(para)))) and not any(
                sp.pattern.search(para) for sp in p.attendance_sentences) and not (
                _ATTENDANCE_WORDS.search(_PROSE_SENTENCE.split(para, maxsplit=1)[0])):
            begin = s
    return None if begin is None else ItemRegion(None, begin, begin, begin, begin, end)


def _captioned_minute(text: str, start: int, end: int, p: Patterns) -> bool:
    """A short caption over its minute with no blank line between ("Beach Clean" / "Rubbish
    not yet collected. HC will pick up the piano", "Water tank" / "AB to send a letter to the
    owner"): the lines below the caption read as a minute (a verb-like word, or "X to do Y"),
    though the paragraph as a whole is as short as a title and ends with no full stop."""
    ls = [ln for ln in lines(text, start, end) if not ln.blank]
    if len(ls) < 2 or not looks_like_title(ls[0].text, p, max_words=8):
        return False
    rest = collapse(" ".join(ln.text for ln in ls[1:]))
    return len(rest.split()) >= 4 and bool(p.rx("items", "caption_minute").search(rest))


def _prose_item(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """The one untitled item of a page of minutes' prose: it starts on the first line below
    the header (and below any roll printed there, which stays the header's) that is not a
    short title-like line, so a roll or a page's caption is never the item's text."""
    # A roll with no heading ("Cllr Bell (Chairman)" / "Cllr Dean" / …) stays the header's too.
    rolls = [*_attendance(text, start, len(text), p), *_unheaded_members(text, start, len(text), p),
             *titled_roll(text, min(len(text), start + _ROLL_SPILL * 4), p)]
    ends = [a.span.end for a in rolls if start <= a.span.start < start + _ROLL_SPILL * 4]
    at = max([start, *ends])
    if at > start and (nl := text.find("\n", at)) >= 0:
        at = nl  # the rest of the roll's last line ("Mrs G Hale – Clerk.") is the roll's
    elif at > start:
        at = len(text)
    for ln in lines(text, at):
        if ln.blank or (ln.start < at):
            continue
        if looks_like_title(ln.text, p) and not SENTENCE_END.search(ln.text):
            continue
        return [ItemRegion(None, ln.start, ln.start, ln.start, ln.start, len(text))]
    return [ItemRegion(None, at, at, at, at, len(text))]


# How far down the page a roll that opens it may start (non-blank lines), and how far past
# its last heading's line the list may wrap on.
_ROLL_LINES = 8
_ROLL_SPILL = 400
# How many people a roll must name for the page to count as recording who attended: two, so
# that one stray "Present: …" line quoted in a notice or a story is not enough.
_ROLL_NAMES = 2


def _date_line(line: str, p: Patterns) -> bool:
    """Whether a line holds nothing but a date ("05 JUNE 2009", "Monday, 3 November 2008")."""
    return p.date_rx.fullmatch(line.strip(" \t*_.,")) is not None


def _single_item(text: str, header: dict, p: Patterns) -> list[ItemRegion]:
    """Pages about one item that print no item heading: a ModernGov issue page ("Meeting:
    03/12/2014 - Board (Item 78)" under the item's title), or a bare minute that records a
    decision. The item's title is the title-like line just above the meeting line, or the
    page's first line."""
    marker = p.rx("markers", "minutes_page")

    def title(line: Line) -> bool:
        # "Issue - meetings" and "Agenda item" are the page's labels, and a line with a
        # sentence's end inside ("… were considered. Amendments were …") is prose.
        # A line that is only a date ("05 JUNE 2009" over the roll) dates the page; it
        # titles no item.
        return looks_like_title(line.text, p) and not marker.fullmatch(line.text) and not (
            SENTENCE_END.search(line.text)) and not _date_line(line.text, p)

    number = header.get("item_number")
    if header.get("decision_line"):
        # "Issue - decisions" pages: the issue's title, then "24/06/2021 - <the decision's
        # title>" (which dates the meeting), then the decision.
        above = [ln for ln in lines(text, 0, header["header_start"])
                 if not ln.blank and not marker.fullmatch(ln.text)]
        if above and title(above[-1]):
            t = above[-1]
            return [ItemRegion(None, t.start, t.start, t.end, header["header_end"], len(text))]
    if number is not None:
        above = [ln for ln in lines(text, 0, header["header_start"]) if not ln.blank]
        if above and title(above[-1]):
            t = above[-1]
            return [ItemRegion(number, t.start, t.start, t.end, header["header_end"], len(text))]
    # A page labelled "Agenda item" holds one item's minute whether or not it records a
    # decision ("The Committee noted the update …"); any other page needs a resolution to be
    # taken as a bare minute.
    item_page = p.rx("markers", "single_item_page").search(text)
    # A ModernGov item saved without its title: the agenda's text, then "Minutes:" among the
    # page's first lines, then the minute ("To consider report OSC/320 …" / "Minutes:" / …).
    labelled = p.rx("markers", "minutes_label").search(text, 0, len(_first_lines(text, 5)))
    bare = _bare_decision(text, header.get("header_end", 0), len(text), p)
    if (opening := _opening_decision(text, header.get("header_end", 0), p)) is not None:
        # The decision printed first, its label lost, the minute after it ("That the Committee
        # notes the progress made." / "The Head of Service presented …"): no title at all.
        return [ItemRegion(number, opening, opening, opening, opening, len(text))]
    if not (item_page or labelled or bare or _headed_decision(
            text, header.get("header_end", 0), p)) and not p.rx("resolutions", "marker").search(
            text, header.get("header_end", 0)):
        return []
    # The attendance lists under the heading are no item's title either.
    body = [ln for ln in lines(text, header.get("header_end", 0))
            if not ln.blank and not marker.fullmatch(ln.text)
            and not any(h.pattern.match(ln.text) for h in p.attendance_headings)]
    if body and title(body[0]):
        t = body[0]
        return [ItemRegion(number, t.start, t.start, t.end, t.end, len(text))]
    if item_page and body and _item_page_title(body[0].text, p):
        # Under an "Agenda item" label the first line is the item's title, even one that
        # ends in a full stop ("Scrutiny Letters.") or reads like a presenter's line
        # ("Report of the five Scrutiny Committees").
        t = body[0]
        end = t.start + len(t.text.rstrip().removesuffix("."))
        return [ItemRegion(number, t.start, t.start, end, t.end, len(text))]
    if item_page and body and (m := p.rx("items", "agenda_direction").match(body[0].text)):
        # The page lost its title but kept the agenda's direction ("To note the minutes of
        # the following meetings: …"): its first sentence stands for the title.
        t = body[0]
        return [ItemRegion(number, t.start, t.start, t.start + m.end("title"), t.start,
                           len(text))]
    if body and (item_page or labelled or _presented_by(body[0].text, p)):
        # Its title lost and no direction either (the minute itself comes first: "The
        # Cabinet Members each gave a report …", or the presenter's line: "Report of the
        # Director"): the first sentence stands for the title.
        t = body[0]
        return [ItemRegion(number, t.start, t.start, _first_sentence_end(t), t.start, len(text))]
    return []


@lru_cache(maxsize=4)
def _headed_decision(text: str, start: int, p: Patterns) -> bool:
    """Whether, below ``start``, a decision's label stands on a line of its own over a
    decision (``[resolutions] decision_heading`` over ``decided_lead``: ModernGov's
    "Decision:" over "That the forecast outturn be noted.", "(1) That …"): an item page whose
    "Agenda item" label and title were lost still records what was decided, as a marker
    ("RESOLVED") does. A report's "Recommendation:" over the same words is no such label; nor
    is a label over a numbered line that is no decision ("1. Browse decisions", "1. To approve
    …") or over a report's request ("That Cabinet is asked to approve …", ``report_line``).
    Kept for the last few pages: a page asks up to three times (for its items, for evidence
    of minutes, and whether it is an agenda), and each asking reads every line."""
    heading, lead = p.rx("resolutions", "decision_heading"), p.rx("resolutions", "decided_lead")
    report_line = p.rx("minutes_prose", "report_line")
    ls = [ln for ln in lines(text, start) if not ln.blank]
    return any(heading.match(a.text) and lead.match(b.text) and not report_line.search(b.text)
               for a, b in pairwise(ls))


def _decision_page_items(text: str, p: Patterns) -> list[ItemRegion]:
    """The items of a ModernGov decision page: on a list of a meeting's decisions, one per
    entry ("27/11/2019 - EXCLUSION OF PUBLIC AND PRESS ref: 1347"); on a page about one
    decision, one item whose title is its first line that is not one of the page's labels
    ("Decision Maker: Cabinet") or furniture, or, the title lost, the agenda's direction or the
    first sentence there."""
    entry = p.rx("header", "decision_entry")
    entries = [m for m in entry.finditer(text)]
    if len(entries) >= 2:
        return [ItemRegion(None, m.start(), m.start("title"), m.end("title"), m.end(),
                           entries[k + 1].start() if k + 1 < len(entries) else len(text))
                for k, m in enumerate(entries)]
    label = p.rx("header", "decision_page_label")
    for line in lines(text):
        stripped = line.text.strip()
        if line.blank or label.match(stripped) or stripped.endswith(("...", "…", "?")):
            continue
        if looks_like_title(stripped, p):
            return [ItemRegion(None, line.start, line.start, line.end, line.end, len(text))]
        if d := p.rx("items", "agenda_direction").match(line.text):
            return [ItemRegion(None, line.start, line.start, line.start + d.end("title"),
                               line.start, len(text))]
        return [ItemRegion(None, line.start, line.start, _first_sentence_end(line), line.start,
                           len(text))]
    return []


def _first_sentence_end(line: Line) -> int:
    """Where a line's first sentence ends, its full stop left out: the title of an item that
    lost its own, on a single-item page and on a decision page alike."""
    cut = SENTENCE_END.search(line.text)
    return line.start + (cut.start() if cut else len(line.text.rstrip().removesuffix(".")))


def _presented_by(line: str, p: Patterns) -> bool:
    """The line under a lost title that names who presented the item ("Report of the
    Assistant Director Law and Governance")."""
    return bool(p.rx("items", "presented_by").match(line))


def _bare_decision(text: str, start: int, end: int, p: Patterns) -> tuple[int, int] | None:
    """A decision whose marker the page lost: the minute's last paragraph, a sentence of its
    own opening "That …" with "be noted", "be agreed" … ("That the verbal update be
    noted."). Not below a recommendation ("Recommended:", "… the Committee is asked to:"),
    which an agenda or a report prints the same way."""
    paras = paragraphs(text, start, end)
    if len(paras) < 2:
        return None
    s, e = paras[-1]
    if not p.rx("resolutions", "bare_decision").fullmatch(text[s:e].strip()):
        return None
    before = text[paras[-2][0]:paras[-2][1]].rstrip()
    if before.endswith(":") or p.rx("resolutions", "recommendation").search(before):
        return None
    return s, e


def _opening_decision(text: str, start: int, p: Patterns) -> int | None:
    """Where a page begins with a body's decision in the present tense ("That the Committee
    notes the progress which has been made."), with a minute after it: an item page whose
    labels were lost, which prints the decision above the minute. The decision's subject must
    be a body of the council, so a report's recommendation to a person is not taken."""
    paras = paragraphs(text, start, len(text))
    if len(paras) < 2:
        return None
    s, e = paras[0]
    m = p.rx("resolutions", "opening_decision").fullmatch(text[s:e].strip())
    if not m or not is_committee(m.group("body"), p):
        return None
    return s


def _item_page_title(line: str, p: Patterns) -> bool:
    """Whether the line under an "Agenda item" label can be the item's title: short, one
    sentence at most, not a resolution or the agenda's direction."""
    s = collapse(line).removesuffix(".")
    return bool(s) and len(s.split()) <= p.raw["items"]["item_page_title_words"] and (
        s[0].isupper() and not SENTENCE_END.search(s)
        and not p.rx("resolutions", "marker").match(s)
        and not p.rx("items", "agenda_direction").match(s)
        and not p.rx("items", "label_lines").match(s))






def _header(text: str, p: Patterns) -> dict:
    """Committee, date and time from the heading that names the meeting; venue if printed.

    Headings are looked for only where headings stand: the top of the page (a "Minutes of …
    held on …" title must be among its first lines, since the same words later on confirm an
    earlier meeting's minutes) or, on item pages, an appendix line naming the meeting."""
    begin = page_start(text, p)
    head = text[:begin + 1500]
    top = len(_first_lines(text, 4, begin))
    zone = _heading_zone(text, p, begin)
    found: dict = {}
    # A "Minutes of a meeting of … held on …" line names the meeting most fully, so it wins
    # when it starts a line; inside a line it may be an item's title ("52 To receive the
    # minutes of the meeting of the Cabinet held on …"), so there it comes last, and never
    # after a verb that receives or approves those minutes. Such a heading must start among
    # the page's first lines, though a PDF may wrap it over the lines after them.
    searches = [
        ("minutes_heading", head, True, zone), ("minutes_dated_title", head, True, zone),
        ("minutes_title_date_label", head, True, zone),
        ("body_minutes_date", head, True, zone),
        ("minutes_heading_date_above", head, True, zone), ("minutes_on_heading", head, True, zone),
        ("body_meeting_held", head, True, zone), ("record_heading", head, True, zone),
        ("body_meeting_date", head, True, zone), ("body_held_on", head, True, zone),
        ("body_record_date", head, True, zone),
        ("moderngov_heading", head, False, None), ("moderngov_two_lines", head, False, None),
        ("issue_meeting_line", head, False, None), ("item_meeting_line", head, False, None),
        ("title_line", head, False, None),
        ("minutes_heading", head, False, top), ("appendix_line", text, False, None),
        ("labelled_meeting", head, False, None),
    ]
    prefix = p.rx("header", "committee_prefix")
    not_after = p.rx("header", "heading_not_after")
    qualifier = p.rx("header", "heading_qualifier")
    state_before = p.rx("header", "heading_state_before")
    document_link = p.rx("header", "document_link_after")
    committee_not = p.rx("header", "committee_not")
    # A ModernGov "Issue - decisions" page is dated by its decision's line ("27/07/2020 -
    # Minutes"), the meeting that took it, even under an issue title that names another
    # meeting and its date ("Halls Committee - 29 June 2020", the minutes it received).
    decisions = bool(p.rx("header", "issue_decisions_page").search(head))
    if decisions:
        searches = []
    # "Minutes of the Meeting held on the 2nd January 2020": a heading that names no body
    # still dates the meeting, when no heading names one.
    undated: dict = {}
    for key, haystack, line_start, max_start in searches:
        rx = p.rx("header", key)
        at = 0
        # Matches may overlap: a heading skipped for the words before it may hold the real
        # one ("… the minutes of the Meeting at which they are approved) X Council Minutes of
        # a Meeting of X Council held at …"), so each search starts just after the last one.
        while (m := rx.search(haystack, at)) is not None:
            at = m.start() + 1
            if max_start is not None and m.start() >= max_start:
                break
            if _goes_on_as_a_sentence(haystack, m.end(), p):
                continue  # "Minutes of the meeting of Cabinet held on … were agreed"
            if key != "appendix_line" and document_link.match(haystack, m.end()):
                continue  # "Minutes of … held on 10 July 2017 pdf icon": a link, no heading
            before = haystack[: m.start()].rpartition("\n")[2]
            if qualifier.fullmatch(before):
                before = ""  # "Draft Minutes of Ordinary Meeting 16th November 2017"
            if before.strip() and (line_start or not_after.search(
                    before[:state.start()] if (state := state_before.search(before)) else before)):
                continue
            if not before.strip() and _directed_from_above(haystack, m.start(), not_after):
                continue  # "To confirm the:" over "Minutes of the meeting held on …"
            committee = collapse(m.group("committee").strip("*_ \t,"))
            if re.search(r"(?i)\bminutes\s+of\b", committee):
                continue  # the real heading starts inside: a later search finds it
            if committee_not.match(committee):
                continue  # "Minutes of a previous meeting of …": another meeting's
            committee = re.sub(r"(?i)^(?:the|a)\s+", "", committee)
            # "Overview and Scrutiny Committee Minutes" over the date: the page's word for
            # what it is, no part of the body's name (kept when only it made one).
            if is_committee(bare := p.rx("header", "committee_suffix").sub("", committee), p):
                committee = bare
            if (bare := prefix.sub("", committee, count=1)) != committee and is_committee(
                bare, p
            ):
                committee = bare
            when = parse_date(m.group("date"), p) or _year_from_title(
                m.group("date"), haystack[: m.start()], p) or _year_from_weekday(
                m.group("date"), text, p)
            # (… or "Draft Minutes of Ordinary Meeting 16th November 2017".)
            # … and "Minutes from the meeting of the group on 3 October 2022": a committee
            # word in lower case is the page's common noun for its body, no name.
            generic = _GENERIC_MEETING.fullmatch(committee) or _GENERIC_MEETING.fullmatch(
                f"{committee} meeting") or (
                _COMMON_NOUN_BODY.fullmatch(committee) and is_committee(committee, p))
            if when is not None and key in ("minutes_heading", "minutes_dated_title") and (
                    line_start and generic and not undated):
                undated = {"date": when, "date_span": _group_span(text, m, "date"),
                           "header_end": m.end(), "header_start": m.start(), "titled": True}
                continue
            if when is None or not is_committee(committee, p):
                continue
            found["committee"] = committee
            found["committee_span"] = _group_span(text, m, "committee")
            found["date"] = when
            found["date_span"] = _group_span(text, m, "date")
            if key == "labelled_meeting":
                found["labelled"] = True
            if key != "appendix_line":
                found["header_end"] = m.end()
                found["header_start"] = m.start()
            if "item" in rx.groupindex and m.group("item"):
                found["item_number"] = m.group("item").strip()
            times = [g for g in ("time", "time0") if g in rx.groupindex and m.group(g)]
            if times:
                found["time"] = parse_time(m.group(times[0]))
            venues = [g for g in ("venue", "venue1") if g in rx.groupindex and m.group(g)]
            if venues:
                # "… held in the Council Chamber, Alloa, on …": the comma before "on" is no
                # part of the venue.
                v_start = m.start(venues[0])
                v_end = v_start + len(m.group(venues[0]).rstrip(",; \t"))
                found["venue"] = collapse(text[v_start:v_end])
                found["venue_span"] = span(text, v_start, v_end)
            break
        if found:
            break
    if not found and undated:
        found = undated
        if above := _body_above(text, undated["header_start"], p):
            found["committee"], found["committee_span"] = above
    if not found and (m := p.rx("header", "minutes_date_title").match(text)) and (
            when := parse_date(m.group("date"), p)):
        # "Minutes – 21 July 2020" over a page whose heading names no meeting: its date.
        found = {"date": when, "date_span": _group_span(text, m, "date"),
                 "header_end": m.end(), "header_start": m.start("date"), "titled": True}
    if not found and (m := p.rx("header", "decided_at_line").search(text)) and (
            when := parse_date(m.group("date"), p)) and is_committee(
                committee := collapse(m.group("committee")), p):
        found = {"committee": committee, "committee_span": _group_span(text, m, "committee"),
                 "date": when, "date_span": _group_span(text, m, "date"), "decision_page": True}
    if not found and decisions and (
            m := p.rx("header", "issue_decision_line").search(head)) and (
            when := parse_date(m.group("date"), p)):
        found = {"date": when, "date_span": _group_span(text, m, "date"), "decision_line": True,
                 "header_end": m.end(), "header_start": m.start()}
    if not found:
        found = _heading_over_roll(text, head, p)
    if m := p.rx("header", "venue").search(head):  # "Venue:" wins over a heading's "held at"
        venue = p.rx("header", "venue_furniture").sub("", m.group("venue")).strip()
        if venue:
            found["venue"] = collapse(venue)
            found["venue_span"] = span(text, m.start("venue"), m.start("venue") + len(venue))
    return found


# A single line break (not a blank line): a wrapped or run-together heading's.
_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?![ \t]*\n)")


def _heading_over_roll(text: str, head: str, p: Patterns) -> dict:
    """The meeting's heading on a page whose heading the patterns above miss because its lines
    were run together or wrapped (``[header] heading_over_roll``): read with single line
    breaks as spaces (the same length, so spans stay the page's), and taken only when the
    meeting's roll follows it, which no earlier meeting's minutes named in an item or a
    sentence have."""
    joined = _SINGLE_BREAK.sub(" ", head)
    roll_after = p.rx("header", "heading_roll_after")
    roll_before = p.rx("header", "heading_roll_before")
    not_after = p.rx("header", "heading_not_after")
    for m in p.rx("header", "heading_over_roll").finditer(joined):
        if roll_before.search(joined, 0, m.start()):
            break
        if not roll_after.match(joined, m.end()) or not_after.search(joined[: m.start()]) or (
                _goes_on_as_a_sentence(joined, m.end(), p)):
            continue
        if (when := parse_date(m.group("date"), p)) is None:
            continue
        found = {"date": when, "date_span": _group_span(text, m, "date"),
                 "header_end": m.end(), "header_start": m.start()}
        committee = collapse(m.group("committee").strip("*_ \t,"))
        committee = re.sub(r"(?i)^(?:the|a)\s+", "", committee)
        if committee and is_committee(committee, p):
            found["committee"] = committee
            found["committee_span"] = _group_span(text, m, "committee")
        return found
    return {}


# How far into a page (its lines joined) a title dated over its roll is looked for.
_DATED_TITLE_REACH = 800


def _dated_title_over_roll(text: str, p: Patterns) -> tuple[date, Span] | None:
    """The meeting's date from a title that calls the page a meeting's minutes with its date in
    the same clause, over the meeting's roll (``[header] dated_title_over_roll``), near the
    top of a page whose heading no pattern reads and whose first lines give the fallback no
    date: a page run onto one line ("MINUTES OF THE … BOARD MEETING 26th January 2017 1.45pm
    … Attended: …") or a title longer than a short line. Read with single line breaks as
    spaces, as :func:`_heading_over_roll` reads, and only where the roll follows the date and
    none stands above it: an earlier meeting's minutes named in an item have no roll under
    them, and below the roll they are an item's. A date without its year is not enough (it
    would be resolved against nothing). Without it the page has no meeting date, and its own
    heading is then read as a reference to another meeting, and "the April meeting" against
    no date."""
    begin = page_start(text, p)
    joined = _SINGLE_BREAK.sub(" ", text[:begin + _DATED_TITLE_REACH])
    roll_after = p.rx("header", "dated_title_roll_after")
    roll_before = p.rx("header", "heading_roll_before")
    not_after = p.rx("header", "heading_not_after")
    state_before = p.rx("header", "heading_state_before")
    dated_not = p.rx("header", "dated_title_not")
    document_link = p.rx("header", "document_link_after")
    for m in p.rx("header", "dated_title_over_roll").finditer(joined, begin):
        group = "date" if m.group("date") else "date_first"
        if roll_before.search(joined, 0, m.start()):
            return None
        # "Approved Minutes of …", "Confirmed minutes of …": the title's state, no verb that
        # confirms other minutes (read without it, as :func:`_header` reads it).
        before = joined[: m.start()]
        if state := state_before.search(before):
            before = before[: state.start()]
        roll = roll_after.match(joined, m.end())
        if roll is None or not_after.search(before) or _goes_on_as_a_sentence(
                joined, m.end(), p) or document_link.match(joined, m.end()) or _directed_from_above(
                joined, m.start(), not_after) or not re.search(r"\d{4}", m.group(group)) or (
                dated_not.search(joined, m.start(), m.end())):
            continue
        when = parse_date(m.group(group), p)
        # Another date between it and the roll ("Date Meeting Type Page" / "07 March 2019
        # Ordinary 4 04 April 2019 …", an index of a volume's meetings): the roll is not its.
        if when is None or any(
                other != when for d in p.date_rx.finditer(joined, m.end(), roll.end())
                if re.search(r"\d{4}", d.group()) and (other := parse_date(d.group(), p))):
            continue
        return when, _group_span(text, m, group)
    return None


def _body_above(text: str, at: int, p: Patterns) -> tuple[str, Span] | None:
    """The body's name on a line of its own just above a heading that names none ("MAPLE
    PARISH COUNCIL" / "Minutes of the meeting held on 5 May 2021"): one of the two non-blank
    lines above, nearest first, that is a name (``[header] body_line_above``: no sentence, no
    label, no "Minutes …" title) with a committee word in it."""
    name_line = p.rx("header", "body_line_above")
    above = [ln for ln in lines(text[:at]) if not ln.blank][-2:]
    for ln in reversed(above):
        if (m := name_line.match(ln.text)) and is_committee(m.group("committee"), p):
            start = ln.start + m.start("committee")
            return collapse(m.group("committee")), span(text, start, ln.start + m.end("committee"))
    return None


def _directed_from_above(text: str, at: int, not_after: re.Pattern[str]) -> bool:
    """The line above a heading-like line is an agenda's direction ending in a colon ("To
    confirm the:" over "Minutes of the meeting held on 19 June 2014"): the line names the
    earlier minutes to be confirmed, not this meeting."""
    above = text[:at].rstrip()
    line = above.rpartition("\n")[2].strip()
    return line.endswith(":") and bool(not_after.search(line.rstrip(": \t") + " "))


def _year_from_title(day: str, above: str, p: Patterns) -> date | None:
    """A heading that dates the meeting without its year ("… held on 8th May at 7.00pm")
    under a page title that gives the same day with the year ("Minutes 8th May 2017")."""
    for m in p.date_rx.finditer(above):
        full = parse_date(m.group(), p)
        if full is not None and parse_date(f"{day} {full.year}", p) == full:
            return full
    return None


def _year_from_weekday(day: str, text: str, p: Patterns) -> date | None:
    """A heading that dates the meeting by its weekday and day but no year ("… held on
    Tuesday 7th April at 7.00pm"): the year is the one, among those of the full dates the
    page prints and the years just before and after them, in which that day falls on that
    weekday; none when no year, or more than one, fits."""
    word = re.match(r"\s*([A-Za-z]+)", day)
    named = weekday_named(word[1], p) if word else None
    if named is None:
        return None
    years = {d.year + k for m in p.date_rx.finditer(text)
             if (d := parse_date(m.group(), p)) for k in (-1, 0, 1)}
    fits = {when for year in years
            if (when := parse_date(f"{day} {year}", p)) and when.weekday() == named}
    return fits.pop() if len(fits) == 1 else None


def _goes_on_as_a_sentence(text: str, at: int, p: Patterns) -> bool:
    """The words just after a heading-like match make it a sentence ("… held on 5 May 2022
    were agreed"): a minute about earlier minutes, not a heading."""
    after = text[at : at + 80]
    if p.rx("meeting_lines", "roll_opens").match(after):
        return False  # "… held on 14th May 2019 In attendance were the Chairman …": its roll
    return bool(re.match(r"(?i)[ \t,]*(?:[\w’'-]+[ \t]+){0,2}(?:were|was|be|been|is|are|had)\b",
                         after))


def page_start(text: str, p: Patterns) -> int:
    """Where the page itself starts below a document-sharing site's furniture ("Click here
    to load reader", "Embed Size (px)", "Citation preview", "Upload: …", "TRANSCRIPT") that
    ends on its "Page 1: <the page's first words> …" line (``[header] site_page_one``), or on
    its "Transcription" line over the page's text, opened by its page number "1 "
    (``site_transcript``): the page's own first lines are those after it. 0 when there is no
    such line near the top."""
    within = p.raw["header"]["site_page_one_within"]
    if t := p.rx("header", "site_transcript").search(text, 0, within):
        return t.end()  # "Transcription" / "1 Minutes of …": the page's text runs on from "1 "
    m = p.rx("header", "site_page_one").search(text, 0, within)
    if m is None:
        return 0
    nl = text.find("\n", m.end())
    return len(text) if nl < 0 else nl + 1


def _heading_zone(text: str, p: Patterns, begin: int = 0) -> int:
    """Where a "Minutes of … held on …" heading may start: among the page's first four lines,
    or, below a page's own labels ("Agendas, reports and minutes", "Date: …", "Minutes: Read
    the Minutes"), among its first eight, as long as no attendance list or numbered item has
    begun; after those, the same words confirm an earlier meeting's minutes. The lines are
    counted from ``begin``, where the page starts below a document site's furniture."""
    four = len(_first_lines(text, 4, begin))
    number_line, number_title = p.rx("items", "number_line"), p.rx("items", "number_title_line")
    count = 0
    for line in lines(text, begin):
        if line.blank:
            continue
        count += 1
        stripped = line.text.strip()
        if count > 8 or any(h.pattern.match(stripped) for h in p.attendance_headings) or (
            number_line.match(stripped) or number_title.match(stripped)
        ):
            return max(four, line.start)
    return len(text)


def _first_lines(text: str, n: int, begin: int = 0) -> str:
    """The text up to the end of its first ``n`` non-blank lines from ``begin`` (offsets
    kept)."""
    count = 0
    for line in lines(text, begin):
        if not line.blank:
            count += 1
            if count == n:
                return text[: line.end]
    return text


def _group_span(text: str, m: re.Match[str], group: str) -> Span:
    return span(text, m.start(group), m.end(group))


# -- items --------------------------------------------------------------------------------


def _item(
    text: str, region: ItemRegion, position: int, meeting_date: date | None,
    part_two: list[int], p: Patterns,
) -> Item:
    raw_title = text[region.title_start : region.title_end]
    docs: list[DocumentRef] = []
    title_end = region.title_end
    for m in p.rx("items", "document_link").finditer(raw_title):
        title_end = min(title_end, region.title_start + m.start())
    # "PUBLIC REQUESTS TO SPEAK- There were none": a dash between a title and its minute's
    # first words belongs to neither.
    if dash := re.search(r"\S[ \t]*[-–][ \t]*$", text[region.title_start : title_end]):
        title_end = region.title_start + dash.start() + 1
    title_span = span(text, region.title_start, title_end)
    title = collapse(title_span.exact)
    for m in p.rx("items", "document_link").finditer(raw_title):
        docs.append(DocumentRef(
            title=title,
            format=m.group("format").upper(),
            size=collapse(m.group("size")).replace(" ", " "),
            span=span(text, region.title_start + m.start(), region.title_start + m.end()),
        ))
    item = Item(
        number=region.number,
        position=position,
        title=title,
        title_span=title_span,
        span=span(text, region.heading_start, region.body_end),
        documents=docs,
    )
    agenda_end, minutes_start = minutes_part(text, region, p)
    item.agenda_spans = _agenda_spans(text, region, agenda_end, minutes_start, p)
    item.text = _clean_text(text, minutes_start, region.body_end, p, skip=item.agenda_spans)

    if m := p.rx("items", "presented_by").search(text, region.body_start, agenda_end):
        first_paragraphs = paragraphs(text, region.body_start, agenda_end)[:3]
        if any(s <= m.start("post") < e for s, e in first_paragraphs):
            item.presented_by = collapse(m.group("post"))
            item.presented_by_span = _group_span(text, m, "post")

    exemption = p.rx("markers", "exemption").search(text, region.title_start, region.body_end)
    if exemption:
        item.exemption_paragraphs = re.findall(r"\d+", exemption.group("paragraphs"))
    item.exempt = bool(
        exemption
        or p.rx("markers", "exempt_title").match(title)
        or any(mark < region.heading_start for mark in part_two)
    )
    item.resolutions = _resolutions(text, minutes_start, region.body_end, p)
    item.confirms_minutes_of = _confirmation(text, item, minutes_start, region, meeting_date, p)
    item.meeting_refs.extend(_listed_minutes(text, region, meeting_date, p))
    return item


def _issue_meetings(
    text: str, regions: list[ItemRegion], minutes: Minutes, p: Patterns,
) -> None:
    """A ModernGov issue page follows its issue through several meetings, each item under its
    meeting's line ("Meeting: 07/09/2017 - Scrutiny Committee (Item 19)" / "19 Policy Review
    …"): an item under another meeting's line than the page's own was taken at that meeting,
    so the line is the item's reference to it (the item itself stays the page's, as its text
    is all there is)."""
    for m in p.rx("header", "issue_meeting_line").finditer(text):
        when = parse_date(m.group("date"), p)
        if not m.group("item") or when is None or when == minutes.date:
            continue
        for region, item in zip(regions, minutes.items, strict=True):
            if region.heading_start >= m.end() and not text[m.end():region.heading_start].strip(
                    ) and region.number == m.group("item").strip():
                item.meeting_refs.append(MeetingMention(
                    committee=collapse(m.group("committee")), date=when, precision="day",
                    span=span(text, m.start(), m.end())))


def _listed_minutes(
    text: str, region: ItemRegion, meeting_date: date | None, p: Patterns,
) -> list[MeetingMention]:
    """Minutes listed one a line under a lead-in that names them ("Members are asked to
    confirm the following minutes as a correct record:" / "1. The minutes of the Finance
    Committee, 8 February 2024" / …): each line refers to that meeting. The list's layout,
    not a sentence, carries the reference, so the prose reader does not see it; it is added
    here to the item's references (the prose reader adds its own after)."""
    minutes_of = p.rx("confirmations", "minutes_of")
    entry = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+|[-•·*\u2022][ \t]*)?")
    out: list[MeetingMention] = []
    lead_in = False
    for line in lines(text, region.body_start, region.body_end):
        if line.blank:
            continue
        stripped = line.text.strip()
        if not lead_in:
            lead_in = stripped.endswith(":") and bool(re.search(r"(?i)\bminutes\b", stripped))
            continue
        start = line.start + entry.match(line.text).end()
        # "The minutes of …", "The public and confidential minutes of …": near the start.
        m = minutes_of.search(text, start, line.end)
        if m is None or m.start() - start > 40:
            lead_in = False
            continue
        when = parse_date(m.group("date"), p, before=meeting_date)
        if when is not None:
            out.append(MeetingMention(committee=_confirmed_body(m, p), date=when, precision="day",
                                      span=span(text, start, m.end())))
    return out




def _agenda_spans(
    text: str, region: ItemRegion, agenda_end: int, minutes_start: int, p: Patterns,
) -> list[Span]:
    """The agenda's text in an item: above a "Minutes:" label, and paragraphs of an agenda's
    standing words anywhere in the body ("To receive any declarations of Members' interests
    …", "Questions may be submitted …", "Any other business which … should be considered as
    a matter of urgency"): an agenda says them before every meeting, so they record nothing
    said or decided at this one. An agenda's direction ("To receive …") counts only as the
    body's first paragraph with more below it, where an agenda prints it above the minute."""
    out: list[Span] = []
    if minutes_start > region.body_start and agenda_end > region.body_start:
        out.append(span(text, region.body_start, agenda_end))
    boilerplate = p.rx("items", "agenda_boilerplate")
    direction = p.rx("items", "agenda_direction")
    paras = paragraphs(text, minutes_start, region.body_end)
    for k, (s, e) in enumerate(paras):
        para = text[s:e]
        if boilerplate.match(para) or (
                k == 0 and len(paras) > 1 and minutes_start == region.body_start
                and direction.match(para) and SENTENCE_END.search(para) is None
                and para.rstrip().endswith((".", ":"))):
            out.append(span(text, s, e))
    return out


def _clean_text(
    text: str, start: int, end: int, p: Patterns, skip: list[Span] | None = None,
) -> str:
    chunk = text[start:end]
    for sp in sorted(skip or [], key=lambda sp: sp.start, reverse=True):
        a, b = max(sp.start, start) - start, min(sp.end, end) - start
        if a < b:  # an agenda's standing words: a paragraph break in their place
            chunk = chunk[:a] + "\n\n" + chunk[b:]
    chunk = p.rx("items", "label_lines").sub("", chunk)
    chunk = re.sub(r"(?m)^[ \t]*(?:Chairman|Chair)[ \t]*\Z", "", chunk.rstrip())
    out = []
    for s, e in paragraphs(chunk, 0, len(chunk)):
        para = p.rx("items", "view_full_text").sub("", chunk[s:e])
        para = collapse(para)
        if para:
            out.append(para)
    return "\n\n".join(out)


def _link_parents(items: list[Item]) -> None:
    by_number = {i.number: i for i in items if i.number}
    for item in items:
        if item.number and (m := re.fullmatch(r"(\d+)(?:[a-z]|\.\d+)", item.number)):
            parent = by_number.get(m.group(1))
            if parent is not None:
                item.parent_number = parent.number


# -- resolutions --------------------------------------------------------------------------


def _resolutions(text: str, start: int, end: int, p: Patterns) -> list[Resolution]:
    """Each marker opens a resolution; its lead text runs to the first blank line (or is the
    next paragraph when the marker stands alone), then lettered clauses follow, each possibly
    wrapped over several lines, until a paragraph that is not a clause."""
    marker_rx, clause_rx = p.rx("resolutions", "marker"), p.rx("resolutions", "clause")
    # A "Decision" label standing alone opens a resolution only when a decision follows it.
    heading_rx = p.rx("resolutions", "decision_heading")
    lead_rx = p.rx("resolutions", "decision_lead")
    ls = lines(text, start, end)
    out: list[Resolution] = []
    i = 0
    while i < len(ls):
        m = marker_rx.match(ls[i].text)
        if not m and (h := heading_rx.match(ls[i].text)):
            k = next((k for k in range(i + 1, len(ls)) if not ls[k].blank), None)
            m = h if k is not None and lead_rx.match(ls[k].text) else None
        if not m:
            i += 1
            continue
        lead_start = ls[i].start + m.end()
        units: list[list[int]] = [[lead_start, ls[i].end]]  # [start, end] of lead, clauses
        labels: list[str | None] = [None]
        gap = False
        j = i + 1
        while j < len(ls):
            line = ls[j]
            if line.blank:
                gap = True
                j += 1
                continue
            if marker_rx.match(line.text) or heading_rx.match(line.text):
                break
            lead_empty = not text[units[0][0] : units[0][1]].strip(" \t\u00a0") and len(units) == 1
            c = clause_rx.match(line.text)
            if c:
                units.append([line.start + c.start("text"), line.end])
                labels.append(c.group("label"))
            elif gap and not lead_empty:
                break
            else:
                if lead_empty:
                    units[0][0] = line.start
                units[-1][1] = line.end
            gap = False
            j += 1
        lead = span(text, *units[0])
        clauses = [
            Clause(label=label or "", text=collapse(s.exact), span=s)
            for label, (s_, e_) in zip(labels[1:], units[1:], strict=True)
            for s in [span(text, s_, e_)]
        ]
        whole = span(text, ls[i].start, units[-1][1])
        body = "\n".join([collapse(lead.exact), *(f"{c.label}) {c.text}" for c in clauses)])
        out.append(Resolution(marker=m.group("marker"), text=body.strip(), span=whole,
                              clauses=clauses))
        i = j
    out.extend(_inline_resolutions(text, start, end, out, p))
    out.extend(_unmarked_lists(text, start, end, out, p))
    if not out and (bare := _bare_decision(text, start, end, p)):
        whole = span(text, *bare)
        out.append(Resolution(marker="", text=collapse(whole.exact), span=whole, clauses=[]))
    return sorted(out, key=lambda r: r.span.start)


def _inline_resolutions(
    text: str, start: int, end: int, found: list[Resolution], p: Patterns
) -> list[Resolution]:
    """Decisions recorded inside a sentence ("… and it was resolved that the request be
    declined."): the decision runs to the sentence's end. Not where a paragraph's own marker
    already opened a resolution, nor where the sentence puts the decision at another meeting
    ("at the last meeting it was resolved to …")."""
    elsewhere = p.rx("resolutions", "inline_marker_elsewhere")
    out: list[Resolution] = []
    for m in p.rx("resolutions", "inline_marker").finditer(text, start, end):
        if any(r.span.start <= m.start() < r.span.end for r in found):
            continue
        paragraph_start = text.rfind("\n\n", start, m.start())
        paragraph_start = start if paragraph_start < 0 else paragraph_start + 2
        stops = [s.start() + 1 for rx in (SENTENCE_END, _STOP)
                 if (s := rx.search(text, m.end(), end))]
        sentence_end = min(stops, default=end)
        cut = _SENTENCE_END_ANY.search(text[paragraph_start : m.start()][::-1])
        sentence_start = m.start() - cut.start() if cut else paragraph_start
        if elsewhere.search(text, sentence_start, m.start()):
            continue
        lead = span(text, m.end(), sentence_end)
        out.append(Resolution(marker=collapse(m.group("marker")), text=collapse(lead.exact),
                              span=span(text, m.start(), sentence_end), clauses=[]))
    return out


def _unmarked_lists(
    text: str, start: int, end: int, found: list[Resolution], p: Patterns
) -> list[Resolution]:
    """Decisions as a list of clauses that no marker opens as a paragraph: a list lettered
    inline with no brackets ("… it was resolved to: A Note the … B Confirm that …"), each
    letter in turn from A before a capitalised word; clauses below a line that ends in the
    marker ("… it was RESOLVED:", "The Committee resolved:-"); and clauses one a line opening "That"
    below a sentence saying a vote carried ("The report was put to a vote and agreed." /
    "A. That Council agreed …" / "B. That …")."""
    out: list[Resolution] = []
    letter = re.compile(r"(?<=\s)(?P<label>[A-H])[ \t]+(?=[A-Z][a-z])")
    for m in p.rx("resolutions", "inline_list_opener").finditer(text, start, end):
        if any(r.span.start <= m.start() < r.span.end for r in found):
            continue
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        marks, want = [], "A"
        for c in letter.finditer(text, m.end() - 1, line_end):
            if c.group("label") == want:
                marks.append(c)
                want = chr(ord(want) + 1)
        if len(marks) < 2:
            continue
        clauses = []
        for k, c in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else line_end
            # The list ends with its last clause's sentence ("… take effect. Minutes: …").
            label_next = re.search(r"\.(?=\s+[A-Z][a-z]+:)", text[c.end():stop])
            if k + 1 == len(marks) and label_next:
                stop = c.end() + label_next.end()
            cs = span(text, c.end(), stop)
            clauses.append(Clause(label=c.group("label"), text=collapse(cs.exact), span=cs))
        whole = span(text, m.start(), clauses[-1].span.end)
        body = "\n".join(f"{c.label}) {c.text}" for c in clauses)
        out.append(Resolution(marker=collapse(m.group("marker")), text=body, span=whole,
                              clauses=clauses))
    clause_rx = p.rx("resolutions", "clause")
    for m in p.rx("resolutions", "opener_end").finditer(text, start, end):
        if any(r.span.start <= m.start() < r.span.end for r in [*found, *out]):
            continue
        clauses = []
        for line in lines(text, m.end(), end)[1:]:
            if line.blank:
                continue
            if not (c := clause_rx.match(line.text)):
                break
            cs = span(text, line.start + c.start("text"), line.end)
            clauses.append(Clause(label=c.group("label"), text=collapse(cs.exact), span=cs))
        if clauses:
            whole = span(text, m.start(), clauses[-1].span.end)
            body = "\n".join(f"{c.label}) {c.text}" for c in clauses)
            out.append(Resolution(marker=collapse(m.group("marker")), text=body, span=whole,
                                  clauses=clauses))
    for m in p.rx("resolutions", "vote_carried").finditer(text, start, end):
        if any(r.span.start <= m.start() < r.span.end for r in [*found, *out]):
            continue
        ls = lines(text, m.end(), end)
        clauses = []
        for line in ls[1:]:
            if line.blank:
                continue
            c = clause_rx.match(line.text)
            if not c or not re.match(r"That\b", c.group("text")):
                break
            cs = span(text, line.start + c.start("text"), line.end)
            clauses.append(Clause(label=c.group("label"), text=collapse(cs.exact), span=cs))
        if len(clauses) >= 1:
            whole = span(text, m.start(), clauses[-1].span.end)
            body = "\n".join(f"{c.label}) {c.text}" for c in clauses)
            out.append(Resolution(marker=collapse(m.group("marker")), text=body, span=whole,
                                  clauses=clauses))
    return out


# A sentence's end where no capital follows: a full stop at a line's end, a colon ending a
# line ("… be authorised:" over a table), or a blank line.
_STOP = re.compile(r"[.:](?=[ \t]*(?:\n|$))|\n[ \t]*\n")
# The end of the sentence before a point, read backwards: ". " reversed.
_SENTENCE_END_ANY = re.compile(r"\s\.")


# -- confirmations of earlier minutes -----------------------------------------------------


def _confirmation(
    text: str, item: Item, minutes_start: int, region: ItemRegion, meeting_date: date | None,
    p: Patterns,
) -> MeetingRef | None:
    """"The minutes of the meeting held on 9 November 2016 be confirmed": the same sentence
    must say the minutes were accepted, so merely receiving another body's minutes is not a
    confirmation."""
    minutes_of, verbs = p.rx("confirmations", "minutes_of"), p.rx("confirmations", "confirm_verbs")
    for m in minutes_of.finditer(text, minutes_start, region.body_end):
        sentence_end = re.compile(r"\.(?:\s|$)").search(text, m.end(), region.body_end)
        stop = sentence_end.start() if sentence_end else region.body_end
        before = text[minutes_start : m.start()]
        cut = max(before.rfind(". "), before.rfind(".\n"), before.rfind("\n\n"))
        sentence_start = minutes_start + cut + 1 if cut >= 0 else minutes_start
        if not verbs.search(text, sentence_start, stop):
            continue
        when = parse_date(m.group("date"), p, before=meeting_date)
        if when is None or not _before_meeting(when, meeting_date):
            continue
        return MeetingRef(committee=_confirmed_body(m, p), date=when,
                          span=span(text, m.start(), stop))
    # "The minutes of the last meeting were agreed", the date being in the item's title
    # ("To receive the Minutes of the meeting held on 19 March 2015"); under such a title,
    # "It was resolved that the Chairman sign these as a correct record" accepts them too.
    verb = verbs.pattern.removeprefix("(?i)")
    accepted = re.compile(rf"(?is)\bminutes\b[^.]{{0,120}}?{verb}|{verb}[^.]{{0,60}}?\bminutes\b"
                          rf"|{verb}[^.]{{0,60}}?\b(?:correct|true|accurate)\s+record\b")
    # The date may be in the agenda's text under the title instead ("MINUTES" / "Minutes of
    # the meeting of the X Council, held on 15 March 2022, to be confirmed …" / "Minutes:").
    title = minutes_of.search(text, region.title_start, region.title_end) or (
        minutes_of.search(text, region.title_end, minutes_start)
        if minutes_start > region.title_end else None)
    if title and accepted.search(text, minutes_start, region.body_end):
        when = parse_date(title.group("date"), p, before=meeting_date)
        if when is not None and _before_meeting(when, meeting_date):
            return MeetingRef(committee=_confirmed_body(title, p), date=when,
                              span=span(text, title.start(), title.end()))
    # "There was one amendment to the minutes from the last meeting on 21st September. The
    # minutes were amended accordingly and then adopted": the meeting's own last minutes are
    # named in one sentence and accepted in the next. Only the last meeting's: another
    # body's minutes merely received are no confirmation.
    if title is None and accepted.search(text, minutes_start, region.body_end):
        for m in minutes_of.finditer(text, minutes_start, region.body_end):
            if not _LAST_MEETING.fullmatch(collapse(m.group("committee"))):
                continue
            when = parse_date(m.group("date"), p, before=meeting_date)
            if when is not None and _before_meeting(when, meeting_date):
                return MeetingRef(committee=None, date=when,
                                  span=span(text, m.start(), m.end()))
    return None


def _before_meeting(when: date, meeting_date: date | None) -> bool:
    """Whether minutes dated ``when`` can be confirmed at a meeting on ``meeting_date``: only
    an earlier meeting's can. "The minutes of the meeting held on [the page's own date] were
    agreed" is a slip for the last meeting's, no reference to the meeting itself."""
    return meeting_date is None or when < meeting_date


_LAST_MEETING = re.compile(r"(?i)(?:the\s+)?(?:previous|last|preceding)?(?:\s*meeting)?")


def _confirmed_body(m: re.Match[str], p: Patterns) -> str | None:
    committee = p.rx("confirmations", "committee_noise").sub("", collapse(m.group("committee")))
    committee = collapse(committee).rstrip(",")
    return committee if committee and is_committee(committee, p) else None


def _committee_from_confirmation(text: str, minutes: Minutes, p: Patterns) -> None:
    """A page with no heading still shows whose meeting it is when it confirms that body's
    own previous minutes ("the Minutes of the Cabinet meeting held on … were approved"). The
    body is named as the item first names it: the agenda's "To confirm the minutes of the
    meeting of the Council" names the meeting's body more plainly than a minute's fuller
    "the County Council"."""
    minutes_of = p.rx("confirmations", "minutes_of")
    noise = p.rx("confirmations", "committee_noise")
    for item in minutes.items:
        if item.confirms_minutes_of is None:
            continue
        for m in minutes_of.finditer(text, item.span.start, item.span.end):
            name = collapse(noise.sub("", collapse(m.group("committee"))))
            # "the meeting of the Committee": a word any committee uses names none.
            if name and is_committee(name, p) and name.casefold() not in _GENERIC_BODIES:
                minutes.committee = name
                minutes.committee_span = _group_span(text, m, "committee")
                return


_GENERIC_BODIES = {"committee", "sub-committee", "panel", "board", "group", "forum"}
# A heading's "committee" that names only a meeting: "Minutes of the Meeting held on …".
_GENERIC_MEETING = re.compile(
    r"(?i)(?:(?:annual|extraordinary|special|ordinary|monthly|general|full)\s+)*meeting")
# "the group", "the steering group": a body named by its common noun, in lower case (with a
# committee word: "the meetings held on …" is no body's heading at all).
_COMMON_NOUN_BODY = re.compile(r"(?:[a-z]+[ \t]+)?[a-z-]+")


