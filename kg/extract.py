"""Read one minutes text into plain records (:mod:`kg.records`), each fact with its span.

The flow is: find the header (committee, date, time, venue) → cut the text into item
regions (:mod:`kg.segment`) → read each item (title, documents, presenter, exemption,
resolutions, confirmation of earlier minutes) → read attendance. Nothing here knows RDF.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import cache

from kg import patterns as patterns_mod
from kg.dates import parse_date, parse_time
from kg.layout import restore_line_breaks, source_spans
from kg.patterns import Patterns, body_words, given_names, names_body
from kg.records import (
    Attendee,
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
    paragraphs,
    strip_span,
    titled_paragraphs,
)


class NotMinutesError(ValueError):
    """The text has none of the marks of committee minutes."""


def span(text: str, start: int, end: int) -> Span:
    start, end = strip_span(text, start, end)
    return Span(start, end, text[start:end])


def extract(text: str, p: Patterns | None = None) -> Minutes:
    """Extract everything the minutes say about their meeting.

    Raises :class:`NotMinutesError` when nothing marks the text as minutes, so that a stray
    file never lands in the graph as an empty meeting.
    """
    p = p or patterns_mod.load()
    view = restore_line_breaks(text, p)
    if view is text:
        return _extract(text, p)
    # A page run onto one line is read through a view with its line breaks put back (the
    # same offsets); the spans then quote the source again.
    minutes = source_spans(_extract(view, p), text)
    minutes.warnings.append("line breaks restored: the page was run onto one line")
    return minutes


def _extract(text: str, p: Patterns) -> Minutes:
    header = _header(text, p)
    if header.get("decision_page"):
        regions = _decision_page_items(text, p)
    else:
        regions = item_regions(text, p, start=header.get("header_end", 0))
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
    headed = bool(header.get("committee") and header.get("date"))
    if not regions and (headed or _reads_like_minutes(text, header.get("header_end", 0), p)):
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
    regions = join_wrapped_titles(text, regions, p)
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
    part_two = [m.start() for m in p.rx("markers", "part_two").finditer(text)]
    for position, region in enumerate(regions, start=1):
        minutes.items.append(_item(text, region, position, minutes.date, part_two, p))
    _link_parents(minutes.items)

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
        minutes.attendance.extend(a for a in _titled_roll(text, header_end, p)
                                  if a.name not in listed)
    # "Chair: Councillor P Vaughan" above the list of members: present, in that capacity.
    for m in p.rx("attendance", "chair_line").finditer(text, 0, header_end):
        for a in _names(text, m.start("names"), _list_end(text, m.start("names"), m.end()),
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
            if (name := _contact_name(a.name, p))
        ]
    # "Parish Council Clerk: Janet Burdge" above the items: the officer is a contact.
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
            minutes.attendance.extend(_apologies_list(text, region, p))
            # "2. Apologies – PSCO A Bell, County Cllr C Dean": the names on the title's line.
            if (t := _TITLED_APOLOGIES.match(text, region.title_start, region.title_end)) and (
                    "," not in text[t.end("names") - len(t.group("names")) - 2:t.start("names")]
                    or _person_first(t.group("names"), p)):
                minutes.attendance.extend(_names(
                    text, t.start("names"), _list_end(text, t.start("names"), t.end("names")),
                    "Apologies", p, strict=True))
        minutes.attendance.extend(_attendance_sentences(text, item.span.start, item.span.end, p))
    minutes.attendance.extend(_numbered_lists(text, p))
    minutes.attendance.extend(_attendance_tables(text, p))
    minutes.attendance = _first_of_each(minutes.attendance)

    # An agenda or a notice has items too, but never a list of who attended.
    has_marker = bool(p.rx("markers", "minutes_page").search(text))
    # A decision, or earlier minutes confirmed, is no agenda's.
    evidence = has_marker or minutes.date or minutes.resolutions or minutes.attendance or (
        _opening_decision(text, 0, p) is not None) or any(
        i.confirms_minutes_of for i in minutes.items) or prose_page or (
        minutes.items and _reads_like_minutes(text, 0, p))
    if not (minutes.items and evidence) and not (
        minutes.committee and minutes.date
    ):
        raise NotMinutesError(
            "does not look like minutes: no meeting heading, agenda items or resolutions found"
        )
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


def _bare_agenda(text: str, minutes: Minutes, has_marker: bool, p: Patterns) -> bool:
    """A page headed with its meeting whose items are mostly an agenda's directions ("To
    receive apologies", "To consider the report of …") and that records nothing done: no
    decision, no roll, no earlier minutes confirmed, no page label of minutes and no
    sentences of minutes' prose. Such a page is the meeting's agenda, not its minutes."""
    direction = p.rx("items", "agenda_direction")
    items = minutes.items
    if not items or sum(1 for i in items if direction.match(i.title)) * 2 <= len(items):
        return False
    return not (has_marker or minutes.resolutions or minutes.attendance or any(
        i.confirms_minutes_of for i in items) or _reads_like_minutes(text, 0, p))


def _reads_like_minutes(text: str, start: int, p: Patterns) -> bool:
    """Whether the text below ``start`` reads like minutes by its language: at least
    ``min_sentences`` sentences report what a meeting body, its members or its chair did, in
    the past tense ("Members agreed …", "The Council at its meeting held on … agreed …",
    "There was submitted a report …"), and more of them than an agenda's "To consider …"
    lines and a report's "Members are asked to …" phrases together. A story, a notice, an
    agenda, a forward plan ("Cabinet will consider") or a report has none or too few, so it
    stays refused."""
    subject, passive, agenda_line, modal = _prose_rx(p)
    report_line = p.rx("minutes_prose", "report_line")
    body = text[start:]
    count = 0
    for sentence in _PROSE_SENTENCE.split(body):
        sentence = " ".join(sentence.split())
        if passive.match(sentence):
            count += 1
            continue
        for m in subject.finditer(sentence):
            if not modal.search(m.group("between")):
                count += 1
                break
    need = p.raw["minutes_prose"]["min_sentences"]
    against = len(agenda_line.findall(body)) + len(report_line.findall(body))
    return count >= need and count > against


# Where a sentence ends in running prose, or a paragraph does.
_PROSE_SENTENCE = re.compile(r"(?<=[.!?;])[\"”’']?\s+(?=[\"“‘'(]?[A-Z(])|\n[ \t]*\n")


@cache
def _prose_rx(p: Patterns) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                    re.Pattern[str]]:
    """The patterns of :func:`_reads_like_minutes`, built once from ``[minutes_prose]``: a
    subject at a clause's start (the sentence's, or after a comma, "and" or "then"), an "of
    …"/"at its meeting …" phrase or a name in commas, and a verb in the past tense."""
    mp = p.raw["minutes_prose"]
    words = sorted({*p.committee_words, *mp["subjects"]}, key=len, reverse=True)
    body = (r"(?:(?i:the)\s+)?(?:(?:[A-Z][\w&’'-]*|and|&|of)\s+){0,5}?(?:"
            + "|".join(re.escape(w) for w in words) + r")\b(?:\s*\([^()]{1,60}\))?")
    who = f"(?:{body}|{mp['person_subject']})"
    verbs = "|".join(re.escape(v) for v in sorted(mp["verbs"], key=len, reverse=True))
    subject = re.compile(
        r"(?:^|(?<=, )|(?<=; )|(?<=\band )|(?<=\bthen ))" + who
        + r"(?P<between>(?:,[^,.;]{1,60},|\s+(?:of|at|for|in|on|from|to|with)\b[^,.;]{1,60}?"
        r"|\s+(?:also|then|further|duly|unanimously|subsequently|again|all|both))?)"
        + rf"\s+(?:{verbs})\b")
    modal = re.compile(r"(?i)\b(?:will|shall|would|should|may|might|must|is|are|be|been|"
                       r"being|to)\s*$")
    return (subject, re.compile(mp["passive"]), re.compile(mp["agenda_line"]), modal)


# Words of a sentence about who attended ("Two members of the public were present with PC A
# Bell"): such a paragraph is the roll's, and no item starts there.
_ATTENDANCE_WORDS = re.compile(r"(?i)\b(?:present|in\s+attendance|attended|attending|apolog\w*|"
                               r"absent|absence)\b")


def _preamble_item(text: str, start: int, end: int, p: Patterns) -> ItemRegion | None:
    """Minutes' prose between the roll and the first item ("A minute's silence was held for
    Cllr A Bell, who died in May.", "The Chairman welcomed Mr C Dean of the Police."): an
    untitled item of its own, so that who and what it names are read. Only a paragraph of
    eight words or more with a sentence in it, below every attendance list, and none after it
    that a list or a header-only attendance sentence would need to keep in the header."""
    rolls = [*_attendance(text, 0, end, p), *_unheaded_members(text, start, end, p),
             *_titled_roll(text, end, p)]
    # … and below the header's own lines: "Contact: …", "Clerk: …", "Chair: …".
    fields = [m.end() for key in ("contact", "officer_line")
              for m in p.rx("header", key).finditer(text, 0, end)]
    fields += [m.end() for m in p.rx("attendance", "chair_line").finditer(text, 0, end)]
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
        if begin is None and len(para.split()) >= 8 and not looks_like_title(para, p) and (
                para.endswith(".") or _SENTENCE_END.search(para)) and not any(
                sp.pattern.search(para) for sp in p.attendance_sentences) and not (
                _ATTENDANCE_WORDS.search(para)):
            begin = s
    return None if begin is None else ItemRegion(None, begin, begin, begin, begin, end)


def _prose_item(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """The one untitled item of a page of minutes' prose: it starts on the first line below
    the header (and below any roll printed there, which stays the header's) that is not a
    short title-like line, so a roll or a page's caption is never the item's text."""
    # A roll with no heading ("Cllr Bell (Chairman)" / "Cllr Dean" / …) stays the header's too.
    rolls = [*_attendance(text, start, len(text), p), *_unheaded_members(text, start, len(text), p),
             *_titled_roll(text, min(len(text), start + _ROLL_SPILL * 4), p)]
    ends = [a.span.end for a in rolls if start <= a.span.start < start + _ROLL_SPILL * 4]
    at = max([start, *ends])
    if at > start and (nl := text.find("\n", at)) >= 0:
        at = nl  # the rest of the roll's last line ("Mrs G Hale – Clerk.") is the roll's
    elif at > start:
        at = len(text)
    for ln in lines(text, at):
        if ln.blank or (ln.start < at):
            continue
        if looks_like_title(ln.text, p) and not _SENTENCE_END.search(ln.text):
            continue
        return [ItemRegion(None, ln.start, ln.start, ln.start, ln.start, len(text))]
    return [ItemRegion(None, at, at, at, at, len(text))]


# How far down the page a roll that opens it may start (non-blank lines), and how far past
# its last heading's line the list may wrap on.
_ROLL_LINES = 8
_ROLL_SPILL = 400


def _single_item(text: str, header: dict, p: Patterns) -> list[ItemRegion]:
    """Pages about one item that print no item heading: a ModernGov issue page ("Meeting:
    03/12/2014 - Board (Item 78)" under the item's title), or a bare minute that records a
    decision. The item's title is the title-like line just above the meeting line, or the
    page's first line."""
    marker = p.rx("markers", "minutes_page")

    def title(line: Line) -> bool:
        # "Issue - meetings" and "Agenda item" are the page's labels, and a line with a
        # sentence's end inside ("… were considered. Amendments were …") is prose.
        return looks_like_title(line.text, p) and not marker.fullmatch(line.text) and not (
            _SENTENCE_END.search(line.text))

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
    if not (item_page or labelled or bare) and not p.rx("resolutions", "marker").search(
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
        cut = _SENTENCE_END.search(t.text)
        end = t.start + (cut.start() if cut else len(t.text.rstrip().removesuffix(".")))
        return [ItemRegion(number, t.start, t.start, end, t.start, len(text))]
    return []


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
        cut = _SENTENCE_END.search(line.text)
        end = line.start + (cut.start() if cut else len(line.text.rstrip().removesuffix(".")))
        return [ItemRegion(None, line.start, line.start, end, line.start, len(text))]
    return []


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
    if not m or not _is_committee(m.group("body"), p):
        return None
    return s


def _item_page_title(line: str, p: Patterns) -> bool:
    """Whether the line under an "Agenda item" label can be the item's title: short, one
    sentence at most, not a resolution or the agenda's direction."""
    s = collapse(line).removesuffix(".")
    return bool(s) and len(s.split()) <= p.raw["items"]["item_page_title_words"] and (
        s[0].isupper() and not _SENTENCE_END.search(s)
        and not p.rx("resolutions", "marker").match(s)
        and not p.rx("items", "agenda_direction").match(s)
        and not p.rx("items", "label_lines").match(s))


def _is_body(name: str, p: Patterns) -> bool:
    """"NHS England", "Staffordshire Police" in a list of names: a body, not a person (a
    person's name keeps its honorific: "Mr John England" stays a person)."""
    words = name.split()
    if not words or any(words[0].casefold() == h.casefold() for h in p.honorifics):
        return False
    return len(words) > 1 and words[-1].lower() in p.body_words


def _is_committee(name: str, p: Patterns) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", name, re.I) for w in p.committee_words)


def _header(text: str, p: Patterns) -> dict:
    """Committee, date and time from the heading that names the meeting; venue if printed.

    Headings are looked for only where headings stand: the top of the page (a "Minutes of …
    held on …" title must be among its first lines, since the same words later on confirm an
    earlier meeting's minutes) or, on item pages, an appendix line naming the meeting."""
    head = text[:1500]
    top = len(_first_lines(text, 4))
    zone = _heading_zone(text, p)
    found: dict = {}
    # A "Minutes of a meeting of … held on …" line names the meeting most fully, so it wins
    # when it starts a line; inside a line it may be an item's title ("52 To receive the
    # minutes of the meeting of the Cabinet held on …"), so there it comes last, and never
    # after a verb that receives or approves those minutes. Such a heading must start among
    # the page's first lines, though a PDF may wrap it over the lines after them.
    searches = [
        ("minutes_heading", head, True, zone), ("minutes_dated_title", head, True, zone),
        ("minutes_heading_date_above", head, True, zone), ("minutes_on_heading", head, True, zone),
        ("body_meeting_held", head, True, zone), ("record_heading", head, True, zone),
        ("body_held_on", head, True, zone),
        ("moderngov_heading", head, False, None), ("moderngov_two_lines", head, False, None),
        ("issue_meeting_line", head, False, None), ("title_line", head, False, None),
        ("minutes_heading", head, False, top), ("appendix_line", text, False, None),
        ("labelled_meeting", head, False, None),
    ]
    prefix = p.rx("header", "committee_prefix")
    not_after = p.rx("header", "heading_not_after")
    qualifier = p.rx("header", "heading_qualifier")
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
            if _goes_on_as_a_sentence(haystack, m.end()):
                continue  # "Minutes of the meeting of Cabinet held on … were agreed"
            before = haystack[: m.start()].rpartition("\n")[2]
            if qualifier.fullmatch(before):
                before = ""  # "Draft Minutes of Ordinary Meeting 16th November 2017"
            if before.strip() and (line_start or not_after.search(before)):
                continue
            if not before.strip() and _directed_from_above(haystack, m.start(), not_after):
                continue  # "To confirm the:" over "Minutes of the meeting held on …"
            committee = collapse(m.group("committee").strip("*_ \t,"))
            if re.search(r"(?i)\bminutes\s+of\b", committee):
                continue  # the real heading starts inside: a later search finds it
            committee = re.sub(r"(?i)^(?:the|a)\s+", "", committee)
            if (bare := prefix.sub("", committee, count=1)) != committee and _is_committee(
                bare, p
            ):
                committee = bare
            when = parse_date(m.group("date"), p) or _year_from_title(
                m.group("date"), haystack[: m.start()], p)
            # (… or "Draft Minutes of Ordinary Meeting 16th November 2017".)
            generic = _GENERIC_MEETING.fullmatch(committee) or _GENERIC_MEETING.fullmatch(
                f"{committee} meeting")
            if when is not None and key in ("minutes_heading", "minutes_dated_title") and (
                    line_start and generic and not undated):
                undated = {"date": when, "date_span": _group_span(text, m, "date"),
                           "header_end": m.end(), "header_start": m.start()}
                continue
            if when is None or not _is_committee(committee, p):
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
                found["venue"] = collapse(m.group(venues[0]))
                found["venue_span"] = _group_span(text, m, venues[0])
            break
        if found:
            break
    if not found and undated:
        found = undated
    if not found and (m := p.rx("header", "decided_at_line").search(text)) and (
            when := parse_date(m.group("date"), p)) and _is_committee(
                committee := collapse(m.group("committee")), p):
        found = {"committee": committee, "committee_span": _group_span(text, m, "committee"),
                 "date": when, "date_span": _group_span(text, m, "date"), "decision_page": True}
    if not found and p.rx("header", "issue_decisions_page").search(head) and (
            m := p.rx("header", "issue_decision_line").search(head)) and (
            when := parse_date(m.group("date"), p)):
        found = {"date": when, "date_span": _group_span(text, m, "date"), "decision_line": True,
                 "header_end": m.end(), "header_start": m.start()}
    if m := p.rx("header", "venue").search(head):  # "Venue:" wins over a heading's "held at"
        venue = p.rx("header", "venue_furniture").sub("", m.group("venue")).strip()
        if venue:
            found["venue"] = collapse(venue)
            found["venue_span"] = span(text, m.start("venue"), m.start("venue") + len(venue))
    return found


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
    for m in re.finditer(p.date, above):
        full = parse_date(m.group(), p)
        if full is not None and parse_date(f"{day} {full.year}", p) == full:
            return full
    return None


def _goes_on_as_a_sentence(text: str, at: int) -> bool:
    """The words just after a heading-like match make it a sentence ("… held on 5 May 2022
    were agreed"): a minute about earlier minutes, not a heading."""
    return bool(re.match(r"(?i)[ \t,]*(?:[\w’'-]+[ \t]+){0,2}(?:were|was|be|been|is|are|had)\b",
                         text[at : at + 80]))


def _heading_zone(text: str, p: Patterns) -> int:
    """Where a "Minutes of … held on …" heading may start: among the page's first four lines,
    or, below a page's own labels ("Agendas, reports and minutes", "Date: …", "Minutes: Read
    the Minutes"), among its first eight, as long as no attendance list or numbered item has
    begun; after those, the same words confirm an earlier meeting's minutes."""
    four = len(_first_lines(text, 4))
    number_line, number_title = p.rx("items", "number_line"), p.rx("items", "number_title_line")
    count = 0
    for line in lines(text):
        if line.blank:
            continue
        count += 1
        stripped = line.text.strip()
        if count > 8 or any(h.pattern.match(stripped) for h in p.attendance_headings) or (
            number_line.match(stripped) or number_title.match(stripped)
        ):
            return max(four, line.start)
    return len(text)


def _first_lines(text: str, n: int) -> str:
    """The text up to the end of its first ``n`` non-blank lines (offsets kept)."""
    count = 0
    for line in lines(text):
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
    agenda_end, minutes_start = _minutes_part(text, region, p)
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


def _minutes_part(text: str, region: ItemRegion, p: Patterns) -> tuple[int, int]:
    """ModernGov prints the agenda text, then "Minutes:", then the minute; the minute is what
    the item's text and resolutions come from. Without the label the whole body is minute."""
    label = None
    for m in re.finditer(r"(?im)^[ \t]*minutes:[ \t]*$", text[region.body_start : region.body_end]):
        label = m
    if label is None:
        # A table row kept by a converter prints the label inside the line ("… Minutes: …").
        inline = p.rx("markers", "inline_minutes_label").search(
            text, region.body_start, region.body_end)
        if inline is None:
            return region.body_end, region.body_start
        return inline.start(), inline.end()
    return region.body_start + label.start(), region.body_start + label.end()


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
                and direction.match(para) and _SENTENCE_END.search(para) is None
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
        stops = [s.start() + 1 for rx in (_SENTENCE_END, _STOP)
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
        if when is None:
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
        if when is not None:
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
            if when is not None:
                return MeetingRef(committee=None, date=when,
                                  span=span(text, m.start(), m.end()))
    return None


_LAST_MEETING = re.compile(r"(?i)(?:the\s+)?(?:previous|last|preceding)?(?:\s*meeting)?")


def _confirmed_body(m: re.Match[str], p: Patterns) -> str | None:
    committee = p.rx("confirmations", "committee_noise").sub("", collapse(m.group("committee")))
    committee = collapse(committee).rstrip(",")
    return committee if committee and _is_committee(committee, p) else None


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
            if name and _is_committee(name, p) and name.casefold() not in _GENERIC_BODIES:
                minutes.committee = name
                minutes.committee_span = _group_span(text, m, "committee")
                return


_GENERIC_BODIES = {"committee", "sub-committee", "panel", "board", "group", "forum"}
# A heading's "committee" that names only a meeting: "Minutes of the Meeting held on …".
_GENERIC_MEETING = re.compile(
    r"(?i)(?:(?:annual|extraordinary|special|ordinary|monthly|general|full)\s+)*meeting")


# -- attendance ---------------------------------------------------------------------------

# Names are split at tabs, commas, "and", and after a bracket closing one name's role:
# "Mac Cafferty (Chair) Appich (Opposition Spokesperson) and Bell".
# An apologies item whose title carries the names after a dash or a colon ("50a/19 Apologies:
# P Skinner").
# Or after a comma: "1) Apologies, Will Bullough" (read strictly: names only).
_TITLED_APOLOGIES = re.compile(
    r"(?i)apolog(?:y|ies)(?:\s+for\s+absence)?(?:[ \t]+[–—-][ \t]+|[ \t]*[:,][ \t]*)"
    r"(?P<names>\S[^\n]*)")

# "Name – Capacity" or "Post – Name" in a list: a dash with spaces round it (never the hyphen
# of a double-barrelled name).
_DASH = re.compile(r"(?P<a>\S.*?)\s+[–—-]\s+(?P<b>\S.*)")

# "…, together with the Clerk, Ann Bell" joins a list as "and" does.
# A full stop after a surname before an initial is a lost comma: "A. Inglis. P. Drewery" (not
# after an honorific: "Mrs. E. Ballard", "Messrs. B. Fisher").
_NAME_SPLIT = re.compile(
    r"\t+|\s*[,;]\s*(?:(?:and|&|together\s+with)\s+)?|\s+(?:and|&|or|together\s+with),?\s+"
    r"|(?<=\))\s+(?=[A-Z])"
    r"|(?<![A-Z][a-z])(?<!Mrs)(?<!Miss)(?<!Messrs)(?<!Cllr)(?<!Prof)(?<!Rev)(?<!Revd)(?<!Capt)"
    r"(?<=[a-z]{2})\.\s+(?=[A-Z]\.\s)"
)


def _attendance(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """Attendance lists in the header: a heading ("Present:", "Apologies:") with names after
    it on the same line, or, when the heading stands alone, in the paragraph below it.

    Pages saved from HTML often print one name a paragraph ("Present:", blank, "Cllr A",
    blank, "Cllr B" …): below a heading standing alone, single-line paragraphs that are
    nothing but names carry the list on. PDF text wraps a comma-separated list anywhere,
    even inside a name ("Cllr Mrs V" / "Kavanagh"), so a list whose lines end in commas is
    read as one run. A list ends with its sentence: "… and the Clerk. Three members of the
    public were present" goes on in prose."""
    out: list[Attendee] = []
    ls = lines(text, start, end)
    i = 0
    while i < len(ls):
        line = ls[i]
        status_match = next(
            ((h.status, m) for h in p.attendance_headings if (m := h.pattern.match(line.text))),
            None,
        )
        if status_match is None and (split := _split_heading(ls, i, p)):
            # "Also in" / "Attendance:", "APOLOGY" / "FOR ABSENCE:": a heading wrapped over two
            # lines is read from the second one on.
            status, head_end = split
            i += 1
            line = ls[i]
        elif status_match is None:
            i += 1
            continue
        else:
            status, head_end = status_match[0], line.start + status_match[1].end()
        chunks = [(head_end, line.end)]
        j = i + 1
        alone = not text[chunks[0][0] : chunks[0][1]].strip()
        if alone:
            chunks = []
            while j < len(ls) and ls[j].blank:
                j += 1
        if alone and (paired := _name_then_role_lines(text, ls, j, status, p)):
            # "Ann Bell" / "Chair, Westshire Council" / "Carl Dean" / "Clinical Lead, …"
            out.extend(paired[0])
            i = max(paired[1], i + 1)
            continue
        # "PRESENT" over labelled lists, one a line ("Councillors: …", "Parish Clerk: …").
        below_labels = alone and status == "Present" and j < len(ls) and bool(
            p.rx("attendance", "present_label").match(ls[j].text))
        while not below_labels and j < len(ls) and not ls[j].blank and not _ends_list(
                ls[j].text, p) and not _split_heading(ls, j, p):
            chunks.append((ls[j].start, ls[j].end))
            j += 1
        labelled = p.rx("attendance", "present_label")
        if alone and len(chunks) == 1 and _names(text, *chunks[0], status, p, strict=True):
            while True:  # one name a paragraph
                k = j
                while k < len(ls) and ls[k].blank:
                    k += 1
                single = k < len(ls) and (k + 1 == len(ls) or ls[k + 1].blank)
                if not single or _ends_list(ls[k].text, p) or labelled.match(ls[k].text) or (
                    not _names(text, ls[k].start, ls[k].end, status, p, strict=True)
                ):
                    break
                chunks.append((ls[k].start, ls[k].end))
                j = k + 1
        elif len(chunks) > 1 and any(_runs_on(text[s:e], p) for s, e in chunks[:-1]):
            chunks = [(chunks[0][0], chunks[-1][1])]  # one list wrapped over lines
        elif not alone and len(chunks) > 1:
            # After a heading's own line of names, a line goes on with the list only if it
            # reads as one ("Cllr A Bell, Cllr C Dent"), not a page's furniture ("Buttons",
            # "Item Number Item/Description") that follows the list.
            keep = next((k for k, (s, e) in enumerate(chunks[1:], start=1)
                         if not _reads_as_list(text[s:e], p)), len(chunks))
            chunks = chunks[:keep]
        if not alone and chunks and _list_end(text, *chunks[-1]) == chunks[-1][1]:
            # A parish list set out over paragraphs ("Present: Cllrs: D. Sutton (Chairman)" /
            # blank / "M. Piggott B. Fowler" / blank / "R. Sutton (Clerk)", or "Present: Cllr
            # A Bell" / blank / "Cllr C Dean" / blank / …): a single line below that holds
            # only initialled names, or begins with an honorific, goes on with it. So does
            # any single line below one that ends in a comma ("…, B. Fisher (Chairman)," /
            # blank / "C. Florey and one resident."): the list was cut mid-way.
            while True:
                k = j
                while k < len(ls) and ls[k].blank:
                    k += 1
                cut = text[chunks[-1][0]:chunks[-1][1]].rstrip().endswith(",")
                if not (k < len(ls) and (k + 1 == len(ls) or ls[k + 1].blank)) or _ends_list(
                        ls[k].text, p) or not (cut or _initialled_line(ls[k].text, p) or _titled(
                            collapse(ls[k].text), p)) or not _names(
                        text, ls[k].start, _list_end(text, ls[k].start, ls[k].end) if cut
                        else ls[k].end, status, p, strict=not cut):
                    break
                chunks.append((ls[k].start, ls[k].end))
                j = k + 1
        if chunks and (named := _name_role_roll(text, chunks[0][0], chunks[-1][1], status, p)):
            out.extend(named)
            chunks = []
        for s, e in chunks:
            found = _names(text, s, _list_end(text, s, e), status, p)
            out.extend(found)
            if not found and out and out[-1].organisation is None and re.match(
                    rf"[ \t]*{_ON_BEHALF}\b", text[s:e], re.I) and (
                    org := _body_in(text[s:e])) is not None:
                # "Mark Hill" / "Representing: Eastmoor Police": the body of the name above.
                out[-1].organisation_span = span(text, s + org[0], s + org[1])
                out[-1].organisation = collapse(out[-1].organisation_span.exact)
            if (cut := _list_end(text, s, e)) < e:
                # The list's sentence ended: what follows is prose, unless it is nothing but
                # capitalised words, a second list under the same heading ("Apologies: Parish
                # Councillors A. Bell and C. Dean. District Councillor E. Fox").
                if m := _CAPITALISED_RUN.fullmatch(text, cut + 1, e):
                    out.extend(_names(text, m.start("names"), m.end("names"), status, p))
                break
        if status == "Present":
            found, j = _labelled_lists(text, ls, j, p)
            out.extend(found)
        i = max(j, i + 1)
    return out


def _name_then_role_lines(text: str, ls: list[Line], j: int, status: str,
                          p: Patterns) -> tuple[list[Attendee], int] | None:
    """A roll set out as a table saved as text: each member's name on a line (or paragraph)
    of its own and their post or the body that nominated them on the next ("Ann Bell" /
    "Chair, Westshire Council" / "Dr Carl Dean" / "Clinical Lead, Westshire ICB"), perhaps
    under the table's own header ("Members" / "Role"). The line after a name is no second
    person: it gives the post they attended in and the body they came from. Taken only when
    every entry opens on a person and most carry such a line; else ``None``. Returns the
    attendees and the index of the line after the roll."""
    headers = {w.casefold() for w in p.raw["attendance"]["roll_table_headers"]}
    rows: list[Line] = []
    k = j
    while k < len(ls):
        line = ls[k]
        if line.blank:
            k += 1
            continue
        if (_ends_list(line.text, p) and not _person_first(line.text, p)) or re.match(
                r"[ \t]*\d+[.)]?(?:[ \t]|$)", line.text):
            break
        rows.append(line)
        k += 1
    while rows and collapse(rows[0].text).casefold().rstrip(":") in headers:
        rows.pop(0)
    out: list[Attendee] = []
    with_role = 0
    r = 0
    while r < len(rows):
        row = rows[r]
        names = _names(text, row.start, row.end, status, p, strict=True)
        if len(names) != 1 or not _person_first(collapse(row.text), p):
            return None
        person = names[0]
        out.append(person)
        r += 1
        if r < len(rows) and not _person_first(collapse(rows[r].text), p):
            role = rows[r]
            with_role += 1
            r += 1
            line = role.text
            for f in re.finditer(r"[^,]+", line):  # "Clinical Lead, Westshire ICB"
                if person.organisation is None and (org := _body_in(f.group())) is not None:
                    at = role.start + f.start()
                    person.organisation_span = span(text, at + org[0], at + org[1])
                    person.organisation = collapse(person.organisation_span.exact)
            field = re.match(r"[ \t]*([^,(]+?)[ \t]*(?:[,(]|$)", line)
            if person.capacity is None and field and (_is_role(field.group(1), p) or p.rx(
                    "attendance", "capacity").fullmatch(f"({field.group(1)})")) and (
                    _body_in(field.group(1)) is None):
                person.capacity_span = span(text, role.start + field.start(1),
                                            role.start + field.end(1))
                person.capacity = collapse(person.capacity_span.exact)
    if len(out) < 2 or with_role < 2 or with_role * 2 < len(out):
        return None
    return out, k


def _person_first(names: str, p: Patterns) -> bool:
    """Whether a run of words opens on a person ("Will Bullough", "Cllr A Bell", "B. Baker"),
    not on another item's words ("Declarations of Interest"): an honorific, an initial or a
    common given name first."""
    first = names.split()[0] if names.split() else ""
    honorifics = {h.casefold().rstrip(".") for h in p.honorifics}
    return (first.casefold().rstrip(".") in honorifics or bool(re.fullmatch(r"[A-Z]\.?", first))
            or first in given_names())


def _split_heading(ls: list[Line], i: int, p: Patterns) -> tuple[str, int] | None:
    """An attendance heading that PDF text wrapped after its first word or two ("Also in" /
    "Attendance:", "APOLOGY" / "FOR ABSENCE:"): the status and where the heading ends on the
    second line. Only a short first line that a heading's words fill, and only when the
    heading reads on into the second."""
    line = ls[i]
    first = line.text.strip()
    if i + 1 >= len(ls) or ls[i + 1].blank or not first or len(first.split()) > 3:
        return None
    nxt = ls[i + 1]
    lead = len(nxt.text) - len(nxt.text.lstrip())
    joined = f"{first} {nxt.text.lstrip()}"
    for h in p.attendance_headings:
        if (m := h.pattern.match(joined)) and m.end() > len(first) + 1:
            return h.status, nxt.start + lead + m.end() - len(first) - 1
    return None


# A run of capitalised words, initials, commas and "and" ("District Councillor C. Bayliss").
_CAPITALISED_RUN = re.compile(
    r"[ \t]*(?P<names>[A-Z][\w'’.-]*(?:[ \t]*,?[ \t]+(?:and|[A-Z][\w'’.-]*))*?)[ \t.]*")

# "…, Committee Manager and Steve Thompson, Committee Administrator": a name and its comma
# start the next entry after "and".
_NEXT_NAMED = re.compile(r"\s+and\s+(?=(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,)")


def _name_role_roll(text: str, start: int, end: int, status: str,
                    p: Patterns) -> list[Attendee]:
    """Officers listed as "Name, Post[, Service]" entries between semicolons ("A Bell, Chief
    Executive; C Dean, Committee Manager and E Fox, Committee Clerk, Legal Service; …"),
    the Scottish "Attending:" style. Commas there part a name from its post, not two names,
    so each entry's name is what stands before its first comma (or before the post, when
    no comma comes between). Only a list that reads so throughout is taken."""
    chunk = text[start:end]
    if chunk.count(";") < 2:
        return []
    out: list[Attendee] = []
    entries = posted = roles = 0
    for part in re.finditer(r"[^;]+", chunk):
        pieces = [(part.start(), part.end())]
        for m in _NEXT_NAMED.finditer(chunk, part.start(), part.end()):
            pieces[-1] = (pieces[-1][0], m.start())
            pieces.append((m.end(), part.end()))
        for s, e in pieces:
            s, e = strip_span(chunk, s, e)
            if (lead := re.match(r"(?:and\s+)", chunk[s:e])) is not None:
                s += lead.end()
            if not chunk[s:e].strip(" .\n"):
                continue
            entries += 1
            comma = chunk.find(",", s, e)
            name_end = comma if comma >= 0 else e
            name = chunk[s:name_end]
            if comma >= 0:
                posted += 1
                post = re.sub(r"\s*\([^)]*\)?", "", chunk[comma + 1:e].split(",")[0])
                roles += _is_role(collapse(post), p)
            if comma < 0:
                bare = _drop_role_after_name(name, p)
                words = name.split()
                # "Steve Grimmond Head of Community Services": the post after the name.
                cut = next((k for k in range(2, min(4, len(words)))
                            if _is_role(" ".join(words[k:]), p)), None)
                if bare != name:
                    name_end = s + len(bare)
                elif cut is not None:
                    name_end = s + len(" ".join(words[:cut]))
            names = _names(text, start + s, start + name_end, status, p, strict=True)
            if len(names) == 1:
                out.append(names[0])
                # The post they attended in: the first field after the name ("Executive
                # Director (Performance)", not the service after it), or the words after the
                # name where no comma parts them.
                if comma >= 0:
                    post_start = comma + 1
                    field = re.match(r"[^,(]*(?:\([^()]*\)[^,(]*)*", chunk[post_start:e])
                    post_end = post_start + (field.end() if field else 0)
                else:
                    post_start, post_end = name_end, e
                ps, pe = strip_span(chunk, post_start, post_end)
                while pe > ps and chunk[pe - 1] in ".;:":
                    pe -= 1
                if pe > ps and names[0].capacity is None:
                    names[0].capacity_span = span(text, start + ps, start + pe)
                    names[0].capacity = collapse(names[0].capacity_span.exact)
    # "Present: Cllrs A Bell, C Dean; E Fox, G Hill;": names after the commas, not posts.
    if posted < 2 or roles * 3 < posted * 2:
        return []
    return out if entries >= 3 and len(out) * 4 >= entries * 3 else []


def _unheaded_members(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """Members listed with no heading in the paragraph just below the meeting's heading: a
    line "Councillors A, B and C." of names only, or three lines or more, each one name with
    its honorific ("Cllr Vaughan (Chairman)", "Cllr Wiles", …). Only there: further down, a
    list with no heading may as well be a membership."""
    line_end = text.find("\n", start, end)  # the rest of the heading's line is no list
    first = paragraphs(text, line_end, end)[:1] if line_end >= 0 else []
    if not first:
        return []
    s, e = first[0]
    if m := p.rx("attendance", "unheaded_members").match(text, s, e):
        return _names(text, m.start("names"), _list_end(text, m.start("names"), m.end()),
                      "Present", p, strict=True)
    ls = [ln for ln in lines(text, s, e) if not ln.blank]
    if len(ls) >= 3 and not any(_titled(collapse(ln.text), p) for ln in ls):
        return _untitled_roll(text, ls, p)
    if len(ls) < 3 or not all(_titled(collapse(ln.text), p) for ln in ls):
        return []
    out: list[Attendee] = []
    for ln in ls:
        names = _names(text, ln.start, ln.end, "Present", p, strict=True)
        if len(names) != 1:
            return []
        out.extend(names)
    return out


_ROLL_LINE = re.compile(r"[^.,;:!?\d]+")


def _untitled_roll(text: str, ls: list[Line], p: Patterns) -> list[Attendee]:
    """A parish roll of full names with no honorific, one or two a line (columns run
    together), a role perhaps in brackets or after the name ("A Bell (Chairman)  C Dean
    County Councillor"), just below the heading. Only a block that reads as nothing but
    names is taken: no line with a sentence's marks, each name of two or three capitalised
    words, and most of them opening with a common given name."""
    out: list[Attendee] = []
    given = given_names()
    trailing = sorted(p.honorifics, key=len, reverse=True)
    for ln in ls:
        bare = re.sub(r"\([^()\n]{1,40}\)", "", ln.text)
        if not _ROLL_LINE.fullmatch(bare.strip()):
            return []
        names = _names(text, ln.start, ln.end, "Present", p, strict=True)
        if not 1 <= len(names) <= 2:
            return []
        for a in names:
            for h in trailing:  # "C Dean County Councillor": the title after the name
                if a.name.endswith(" " + h) and len(a.name) > len(h) + 1:
                    a.name = a.name[: -len(h) - 1].rstrip()
                    if a.capacity is None and " " in h:  # a post, not a bare honorific
                        end = a.span.end
                        a.capacity_span = span(text, end - len(h), end)
                        a.capacity = h
                    break
            words = a.name.split()
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
                return []
        out.extend(names)
    known = sum(1 for a in out if a.name.split()[0] in given)
    return out if len(out) >= 4 and known * 3 >= len(out) * 2 else []


def _titled_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
    """A line above the first item that is nothing but two names or more, each with its
    honorific ("Cllr A Bell; Cllr C Dean: Cllr E Fox."), or a line labelled with the
    members' word ("Councillors: A. Bell, C. Dean"), is the roll of members present though no
    heading labels it: prose or a title never reads so. The page's first line (its title) is
    left out."""
    labelled = p.rx("attendance", "present_label")
    for line in lines(text, text.find("\n") + 1 if "\n" in text else len(text), end):
        # "Councillors: A. Bell, C. Dean      Parishioners: 2" with no "Present" above it.
        if (m := labelled.match(line.text)) and _label_status(m.group("label"), p) == (
                "Present") and (names := _labelled_line(text, line, m, p)):
            return names
        if line.blank or not _titled(collapse(line.text), p):
            continue
        names = _names(text, line.start, line.end, "Present", p, strict=True)
        if len(names) >= 2 and all(_titled(a.name, p) for a in names):
            return names
        if len(roll := _column_roll(text, line.start, end, p)) >= 3:
            return roll
    return []


def _column_roll(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """One titled name a line from ``start`` (blank lines between allowed), each perhaps
    with its capacity or role in a column after a wide gap ("Cllr A Bell      Chair"), an
    officer without an honorific among them by the role beside the name ("B Dean      Clerk")
    in attendance. The first line that is neither ends the roll."""
    officer_words = {w.lower() for w in p.raw["attendance"]["officer_words"]}
    capacity_rx = p.rx("attendance", "capacity")
    out: list[Attendee] = []
    for line in lines(text, start, end):
        if line.blank:
            continue
        gap = re.search(r"[ \t]{3,}|\t", line.text.strip())
        lead = len(line.text) - len(line.text.lstrip())
        e = line.start + lead + (gap.start() if gap else len(line.text.strip()))
        column = line.text.strip()[gap.end():] if gap else ""
        titled = _titled(collapse(text[line.start:e]), p)
        officer = bool({w.lower() for w in re.split(r"[\s/]+", column)} & officer_words)
        if not (titled or officer):
            break
        names = _names(text, line.start + lead, e, "Present", p, strict=True)
        if len(names) != 1:
            break
        a = names[0]
        held = capacity_rx.fullmatch(f"({re.sub(r'-[ ]+', '-', column)})")
        if (officer or (column and not held)) and not _councillor(a.name, p):
            # An officer by their role, or someone not a councillor beside the body they
            # came from ("PCSO A Bell      North Wales Police"): in attendance.
            a.status = "AlsoInAttendance"
        if held:
            a.capacity = held.group("capacity").replace("Vice Chair", "Vice-Chair")
        elif column and "/" not in column and (_is_role(column, p) or p.rx(
                "attendance", "post_before_name").fullmatch(column)):
            # "Cllr J Pugh      County Councillor", "A Bell      Parish Clerk": the post held.
            at = line.start + lead + gap.end() if gap else line.start
            a.capacity_span = span(text, at, at + len(column))
            a.capacity = column
        elif column and (org := _body_in(column)) is not None:
            # "PCSO A Bell      North Wales Police": the body they came from.
            at = line.start + lead + gap.end() if gap else line.start
            a.organisation_span = span(text, at + org[0], at + org[1])
            a.organisation = collapse(a.organisation_span.exact)
        out.append(a)
    return out if sum(1 for a in out if a.status == "Present") >= 3 else []


_NUMBERED = re.compile(r"[ \t]*\d{1,4}[.)]?[ \t]+")


def _numbered_lists(text: str, p: Patterns) -> list[Attendee]:
    """A list of who attended that is a numbered minute of its own, its heading on the
    number's line ("45. Attended by: Cllrs A, B …", "46. Apologies: Cllrs C, D."): the names
    run to the list's sentence's end or the line's end."""
    out: list[Attendee] = []
    for line in lines(text):
        if not (n := _NUMBERED.match(line.text)):
            continue
        at = line.start + n.end()
        for h in p.attendance_headings:
            # (The heading's "^" must meet the start of the string: match a slice.)
            if (m := h.pattern.match(text[at:line.end])) and m.end() < line.end - at and (
                    text[at + m.end():line.end].strip()):
                names_at = at + m.end()
                out.extend(_names(text, names_at, _list_end(text, names_at, line.end),
                                  h.status, p))
                break
    return out


def _attendance_tables(text: str, p: Patterns) -> list[Attendee]:
    """Attendance tables under their captions (patterns.toml [attendance] attendance_tables):
    each row's names up to its first digit or a lower-case word (the reason or the item
    reference column). In an apologies or absence table, a second name in a row is the
    substitute, who attended."""
    tables = [(re.compile(t["pattern"], re.M), t["status"])
              for t in p.raw["attendance"]["attendance_tables"]]
    honorific = re.compile("|".join(
        rf"{re.escape(h)}\b" for h in sorted(p.honorifics, key=len, reverse=True)))
    out: list[Attendee] = []
    ls = lines(text)
    for i, line in enumerate(ls):
        status = next((st for rx, st in tables if rx.match(line.text)), None)
        if status is None:
            continue
        for row in ls[i + 1:]:
            body = row.text.lstrip()
            if row.blank or not honorific.match(body):
                break
            at = row.start + len(row.text) - len(body)
            # The name columns end where the reason or the item reference begins.
            cut = re.search(r"\d|(?<=[a-z])(?=[A-Z][a-z]*[ \t]+[a-z])|[ \t]+[a-z]", body)
            names = _names(text, at, at + (cut.start() if cut else len(body)), status, p)
            for k, a in enumerate(names):
                if k and status in ("Apologies", "Absent"):
                    a.status = "Present"  # "Substituted By"
            out.extend(names)
    return out


def _labelled_lists(text: str, ls: list[Line], j: int, p: Patterns) -> tuple[list[Attendee], int]:
    """Parish and town minutes print "PRESENT" over one list a line, each with a label that
    says who they are ("Councillors: Nic Brown (NB), …", "Councillors not present: …", "Parish
    Clerk: Helen Spurgeon", "Parishioners: 3"). The label, not the heading, gives the status:
    members present or absent, an officer in attendance; other labels (the public) name no
    one, and a note between them ("NB: Cllr A joined at 7.45pm") names no one either. The
    first line with no label, or with another heading, ends them. Returns the
    people and the index of the first line not read."""
    labelled = p.rx("attendance", "present_label")
    out: list[Attendee] = []
    k = j
    while k < len(ls):
        if ls[k].blank:
            k += 1
            continue
        line = ls[k]
        m = labelled.match(line.text)
        if m is None and any(sp.status == "Present" and sp.pattern.match(line.text.strip())
                             for sp in p.attendance_sentences):
            k += 1  # "Cllr D Kelly joined the meeting at 8.05pm" between the lists
            j = k
            continue
        if m is None or any(h.pattern.match(line.text) for h in p.attendance_headings):
            break
        out.extend(_labelled_line(text, line, m, p))
        k += 1
        j = k
    return out, j


def _label_status(label: str, p: Patterns) -> str | None:
    """The status a list's label gives ("Councillors" present, "Councillors not present"
    absent, "Parish Clerk" in attendance); None for a label that names no one's status
    ("Parishioners", "NB")."""
    label = collapse(label)
    if p.rx("attendance", "present_label_members").match(label):
        return "Present"
    if p.rx("attendance", "absent_label_members").match(label):
        return "Absent"
    officer_words = {w.lower() for w in p.raw["attendance"]["officer_words"]}
    if {w.lower() for w in re.split(r"[\s/&]+", label)} & officer_words:
        return "AlsoInAttendance"
    return None


def _labelled_line(text: str, line: Line, m: re.Match[str], p: Patterns) -> list[Attendee]:
    """The people on one labelled line ("Councillors: A, B", "Clerk and RFO: Mr S Baxter"),
    with the status its label gives, up to a wide gap (a column's edge: "Mr S Baxter   Members
    of the public: Seven"), an "Also" that starts another list, or the end of its sentence."""
    status = _label_status(m.group("label"), p)
    # "Eastmoor Council: Cllr A Bell, Cllr B Cole", "NHS Eastmoor ICB: Dr C Dean": a joint
    # body's members under the body each came from.
    body = _body_in(m.group("label")) if status is None else None
    if status is None and body is None:
        return []
    s = line.start + m.start("names")
    # "… D Wright & Mrs G Wright Also PCSO A Land": those "Also" present are another list.
    gap = re.search(r"[ \t]{3,}|\t|[ \t]+Also[ \t]", text[s : line.end])
    e = s + gap.start() if gap else line.end
    found = _names(text, s, _list_end(text, s, e), status or "Present", p)
    if body is not None:
        at = line.start + m.start("label")
        for a in found:
            if a.organisation is None:
                a.organisation_span = span(text, at + body[0], at + body[1])
                a.organisation = collapse(a.organisation_span.exact)
    return found


def _attendance_item(text: str, region: ItemRegion, p: Patterns) -> list[Attendee]:
    """An item titled "Present" (parish minutes that number everything: "2307.01 Present"):
    its lines are the lists, of who was present until another heading changes the status
    ("In Attendance :", or "Apologies for Absence" standing alone on its line), one list a
    line; the first line that holds no names ends it."""
    apologies_line = p.rx("attendance", "apologies_line")
    status = "Present"
    out: list[Attendee] = []
    for line in lines(text, region.body_start, region.body_end):
        if line.blank:
            continue
        if apologies_line.match(line.text):
            status = "Apologies"
            continue
        heading = next(((h.status, m) for h in p.attendance_headings
                        if (m := h.pattern.match(line.text))), None)
        if heading is not None:
            status = heading[0]
            out.extend(_names(text, line.start + heading[1].end(), line.end, status, p))
            continue
        if (m := p.rx("attendance", "present_label").match(line.text)) and _label_status(
                m.group("label"), p):
            out.extend(_labelled_line(text, line, m, p))  # "37.PRESENT Councillors: A, B"
            continue
        names = _names(text, line.start, line.end, status, p, strict=True)
        if not names:
            break
        out.extend(names)
    return out


def _initialled_line(line: str, p: Patterns) -> bool:
    """A line of nothing but names given with an initial and a full stop, or a title, each
    perhaps with its capacity in brackets: "M. Piggott B. Fowler", "R. Sutton (Clerk)"."""
    honorifics = "|".join(re.escape(h) for h in sorted(p.honorifics, key=len, reverse=True))
    name = (rf"(?:(?:{honorifics})\.?[ \t]+)?(?:[A-Z]\.[ \t]*)+[A-Z][a-z][\w'’-]*"
            r"(?:[ \t]*\([^()\n]{1,40}\))?")
    return bool(re.fullmatch(rf"{name}(?:[ \t]*,?[ \t]+{name})*[ \t]*,?", line.strip()))


def _reads_as_list(line: str, p: Patterns) -> bool:
    """A line that holds a list of names or one titled or initialled name: a separator, an
    honorific or an initial before a surname."""
    if re.search(r"[,;&]|\band\b|\b[A-Z]\.?[ \t]+[A-Z][a-z]", line):
        return True
    return any(w.strip(".").casefold() in {h.casefold() for h in p.honorifics}
               for w in line.split())


def _runs_on(line: str, p: Patterns) -> bool:
    """A line of a list that stops mid-list ("Cllr A Lamb, Cllr B Moss,") or mid-name
    ("Cllr Mrs B"), so the next line goes on with it."""
    words = line.split()
    if not words:
        return False
    last = words[-1]
    return (line.rstrip().endswith((",", "&")) or last == "and" or bool(
        re.fullmatch(r"[A-Z]\.?", last)) or last.casefold() in {h.casefold() for h in p.honorifics})


# The end of a sentence: a full stop before a capitalised word, not after an initial ("K.
# Evans") or an abbreviated title ("Capt. & Mrs Bell", "Cllr. Smith").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCapt)(?<!\bCllr)(?<!\bCllrs)"
    r"(?<!\bProf)(?<!\bRev)(?<!\bRevd)\.(?=\s+[A-Z][a-z])"
)


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list of names that starts at ``start`` ends: at its sentence's full stop."""
    m = _SENTENCE_END.search(text, start, end)
    return m.start() if m else end


def _apologies_list(text: str, region: ItemRegion, p: Patterns) -> list[Attendee]:
    """An apologies item whose minute is nothing but the names ("Councillors A, B and C."
    or "Cllr D (work) and Cllr E (leave). The meeting accepted these reasons."): its first
    sentence, when every part of it is a name."""
    _, minutes_start = _minutes_part(text, region, p)
    first = paragraphs(text, minutes_start, region.body_end)[:1]
    if not first:
        return []
    s, e = first[0]
    if any(h.pattern.match(text, s, e) for h in p.attendance_headings):
        return []  # "Present:" over the roll: read as the list it heads
    label = p.rx("items", "label_lines")
    if label.match(text, s, e):  # "Additional documents:" and the like
        rest = paragraphs(text, minutes_start, region.body_end)[1:2]
        if not rest:
            return []
        s, e = rest[0]
    return _names(text, s, _list_end(text, s, e), "Apologies", p, strict=True)


def _first_of_each(attendance: list[Attendee]) -> list[Attendee]:
    """One record per name and status: ModernGov pages print an item's decision and its
    minute, so "Apologies were received from …" often comes twice."""
    seen: dict[tuple[str, str], Attendee] = {}
    out = []
    for a in attendance:
        if (first := seen.get((a.name, a.status))) is None:
            seen[(a.name, a.status)] = a
            out.append(a)
        elif first.organisation is None and a.organisation is not None:
            # The body one printing gives ("… Ms B Reilly, NHS England") and the other not.
            first.organisation, first.organisation_span = a.organisation, a.organisation_span
    return out


def _ends_list(line: str, p: Patterns) -> bool:
    """A list of names runs on over lines until another heading, or a line in capitals
    ("PART ONE", "MINUTES") that heads the next part of the page, or a line that opens a
    sentence about attendance ("Apologies for absence were intimated on behalf of …")."""
    if any(h.pattern.match(line) for h in p.attendance_headings):
        return True
    if any(sp.pattern.match(line.lstrip()) for sp in p.attendance_sentences):
        return True
    if p.rx("markers", "minutes_page").fullmatch(line.strip()):
        return True  # the page's caption over its items ("Item Number Item/Resolution")
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _attendance_sentences(
    text: str, start: int, end: int, p: Patterns, header: bool = False
) -> list[Attendee]:
    """Attendance given in sentences; ``header``: the text above the first item, where
    sentences of scope "header" are read too."""
    out: list[Attendee] = []
    for sp in p.attendance_sentences:
        if sp.scope == "header" and not header:
            continue
        for m in sp.pattern.finditer(text, start, end):
            out.extend(_names(text, m.start("names"), m.end("names"), sp.status, p))
    for m in p.rx("attendance", "apologies_list_intro").finditer(text, start, end):
        out.extend(_listed_below(text, m.end(), end, "Apologies", p))
    return sorted(out, key=lambda a: a.span.start)  # in the order the minutes give them


def _listed_below(text: str, start: int, end: int, status: str, p: Patterns) -> list[Attendee]:
    """The names listed one a line (or one a bulleted paragraph) below a sentence that ends in
    a colon, up to the first line that is not a name: "o Cllr A Bell", "Councillor C Dean, for
    whom Councillor E Finch was substitute;" (the substitute was present, not apologising)."""
    bullet = p.rx("attendance", "apologies_list_bullet")
    tail = p.rx("attendance", "apologies_list_tail")
    out: list[Attendee] = []
    for line in lines(text, start, end):
        if line.blank:
            continue
        s = line.start + bullet.match(line.text).end()
        cut = tail.search(text, s, line.end)
        e = cut.start() if cut else line.end
        names = _names(text, s, e, status, p, strict=True) if s < e else []
        if not names:
            break
        out.extend(names)
    return out


def _names(
    text: str, start: int, end: int, status: str, p: Patterns, strict: bool = False,
    roles: bool = False,
) -> list[Attendee]:
    """The people named in ``text[start:end]``, split at commas and "and". Bodies, committees
    and roles listed among them are left out. ``strict``: none unless every part is a name,
    role or body, for text that is a list only if nothing else is in it. ``roles``: keep a
    role given after a name (a contact line's "Sharon Turner: Democratic Services Officer",
    which the caller takes apart)."""
    out: list[Attendee] = []
    chunk = text[start:end]
    pos = 0
    pieces = []
    # "Cllr Ann Bell (Cheshire West and Chester)": no split inside brackets.
    seps = [(m.start(), m.end(), m.group()) for m in _NAME_SPLIT.finditer(chunk)
            if chunk.count("(", 0, m.start()) <= chunk.count(")", 0, m.start())]
    at_honorific = _honorific_splits(chunk, seps, p)
    honorific_starts = {e for _, e, _ in at_honorific}
    seps = sorted([*seps, *at_honorific])
    joiner = ""  # the separator before each piece
    for sep in [*seps, None]:
        stop = sep[0] if sep else len(chunk)
        pieces.append((pos, stop, joiner))
        pos = sep[1] if sep else pos
        joiner = sep[2] if sep else ""
    capacity_rx = p.rx("attendance", "capacity")
    prefix_rx = p.rx("attendance", "list_prefix")
    substitute_rx = p.rx("attendance", "substitute_for")
    # Entries parted by semicolons, most of them two fields, "Name, post or body" ("Ann Bell,
    # Forum Chairman; Carl Dean, Westshire Canoeing; …"), not runs of names.
    semis = [j for j, (_, _, g) in enumerate(pieces) if ";" in g]
    starts = [0, *semis, len(pieces)]
    entries = len(semis) >= 2 and sum(
        b - a == 2 for a, b in itertools.pairwise(starts)) * 2 >= len(semis) + 1
    after_role = False  # the piece before was a role: "Director of Development & Infrastructure"
    portfolio = False  # … a role with its portfolio: "Executive Member for Regeneration"
    post_before = False  # the piece before was a post named with "the": "the Parish Clerk, Mrs S"
    officer_words = {w.lower() for w in p.raw["attendance"]["officer_words"]}
    pending_capacity: str | None = None  # "The Mayor, Cllr D Hobson": the next name's
    pending_span: Span | None = None
    named: Attendee | None = None  # the person the piece before named
    posted: Attendee | None = None  # … or whose post the piece before gave
    loose: int | None = None  # where a piece that named no one and gave no post started
    skip = -1  # a piece already read as the end of a body's name
    for k_piece, (s, e, joiner) in enumerate(pieces):
        if k_piece == skip:
            continue
        was_named, named = named, None
        was_posted, posted = posted, None
        was_loose, loose = loose, None
        was_after_role, after_role = after_role, False
        was_portfolio, portfolio = portfolio, False
        was_post_before, post_before = post_before, False
        s, e = strip_span(chunk, s, e)
        if prefix := prefix_rx.match(chunk, s, e):
            s = prefix.end()
        piece = chunk[s:e].rstrip(".:")
        if (sub := substitute_rx.search(piece)) and piece.count(
                "(", 0, sub.start()) == piece.count(")", 0, sub.start()):
            # "Cllr E Finch attended as a substitute for Cllr C Dean": the substitute came; the
            # member stood in for is no one this list names (nor is the phrase their role).
            piece = piece[: sub.start()].rstrip()
            if status not in ("Present", "AlsoInAttendance"):
                # "Apologies: Cllr C Dean, Cllr E Finch as substitute": Finch came.
                out.extend(a for a in _names(text, start + s, start + s + len(piece),
                                             "Present", p, strict=True) if _titled(a.name, p)
                           or _person_first(a.name, p))
                continue
        if not piece:
            continue
        first = s  # where the piece starts, before any post printed first is cut off
        if p.rx("attendance", "post_nominals").fullmatch(piece.strip()):
            named, posted = was_named, was_posted  # "…, MBE, Leader": honours, no one
            continue
        capacity = capacity_span = None
        organisation_span: Span | None = None
        dash_status = None
        if d := _DASH.fullmatch(piece):
            # "Cllr G Hotchkin – Chairman", "Mrs N Baker – Head of Planning", "T Ivory –
            # Scottow Ward": the words after the dash are the capacity or the role. "the
            # Clerk – Adrian Illingworth": the words before it are an officer's post.
            after = re.sub(r"\s*\([^)]*\)\s*$", "", d.group("b"))
            before = re.sub(r"(?i)^the\s+", "", d.group("a"))
            if held := capacity_rx.fullmatch(f"({after})"):
                capacity = held.group("capacity").replace("Vice Chair", "Vice-Chair")
                capacity_span = span(text, start + s + d.start("b"),
                                     start + s + d.start("b") + len(after))
                piece = d.group("a")
            elif not roles and (org := _dash_body(chunk, pieces, k_piece, s + d.start("b"),
                                                  after)) is not None and _looks_like_name(
                    re.sub(r"\s*\([^)]*\)\s*$", "", d.group("a")), p):
                # "Ann Bell – Westshire Police": the body the person came from.
                b = start + s + d.start("b")
                organisation_span = span(text, b + org[0], b + org[1])
                if b + org[1] > start + e:  # "… – Eastmoor Fire and Rescue Service"
                    skip = k_piece + 1
                piece = d.group("a")
            elif _is_role(after, p) or re.search(r"\bWard$", after):
                piece = d.group("a")
                if not roles and _is_role(after, p) and not re.search(r"\bWard$", after):
                    # "Ann Cole – Head of Housing": the post they attended in.
                    at = start + s + d.start("b")
                    capacity_span = span(text, at, at + len(after))
                    capacity = collapse(capacity_span.exact)
                # "Mrs S Upshall – Clerk": an officer's post after the name is in attendance.
                if status == "Present" and not _councillor(piece, p) and {
                        w.lower().strip(".") for w in re.split(r"[\s/]+", after)} & officer_words:
                    dash_status = "AlsoInAttendance"
            elif not _titled(before, p) and {w.lower() for w in re.split(r"[\s/]+", before)} & {
                    w.lower() for w in p.raw["attendance"]["officer_words"]}:
                s += d.start("b")
                piece = d.group("b")
                dash_status = "AlsoInAttendance" if status == "Present" else None
        if c := capacity_rx.search(piece):
            capacity = c.group("capacity").replace("Vice Chair", "Vice-Chair")
            at = start + s
            capacity_span = span(text, at + c.start("capacity"), at + c.end("capacity"))
            piece = piece[: c.start()].rstrip()
            if not piece:  # "A Wilson, (Chairman), B Jones": the capacity of the name before
                if out and out[-1].capacity is None:
                    out[-1].capacity, out[-1].capacity_span = capacity, capacity_span
                continue
        # "Jane Doe (Head of Legal Services)": a role in brackets is not part of the name. In a
        # list of who was present, an officer's post there makes them in attendance, not a
        # member present ("Mrs S Roberts (Clerk)"); a councillor stays present.
        person_status = dash_status or status
        if (bracket := re.search(r"\(([^)]*)\)?\s*$", piece)) and status in (
                "Present", "AlsoInAttendance") and any(
            w.lower() in officer_words for w in re.split(r"[\s/]+", bracket.group(1))
        ) and not _councillor(piece, p):
            person_status = "AlsoInAttendance"
            # The post they attended in: "R. Sutton (Clerk)", "J Fox (JF, Clerk)".
            parts = [(m.start(), m.group()) for m in re.finditer(r"[^,;]+", bracket.group(1))
                     if any(w.lower() in officer_words for w in re.split(r"[\s/]+", m.group()))]
            if capacity is None and parts:
                at = start + s + bracket.start(1) + parts[0][0]
                capacity_span = span(text, at, at + len(parts[0][1]))
                capacity = capacity_span.exact
        # "Dr A Patel (NHS Westshire ICB)", "Tom Lee (Head of Housing, Eastvale Homes
        # Trust)": the body in the brackets is the one the person came from; a ward or place
        # there ("Cllr A Bell (Burton)") is no body.
        if not roles and organisation_span is None and piece.endswith(")") and (
                (cut := _bracket_start(piece)) > 0):
            inner = piece[cut + 1 : -1]
            parts = list(re.finditer(r"[^,;]+", inner))
            for part in parts:
                if (org := _body_in(part.group())) is not None:
                    at = start + s + cut + 1 + part.start()
                    organisation_span = span(text, at + org[0], at + org[1])
                    break
            # "(Locality Steward, Balfour Beatty)", "(Chairman, Ambridge Parish Council)": the
            # post beside the body is the capacity they attended in.
            if organisation_span is not None and capacity is None and len(parts) == 2 and (
                    post := parts[0]).group().strip() and _names_post(post.group(), p):
                lead = len(post.group()) - len(post.group().lstrip())
                at = start + s + cut + 1 + post.start() + lead
                capacity_span = span(text, at, at + len(post.group().strip()))
                capacity = capacity_span.exact.replace("Vice Chair", "Vice-Chair")
        # "Mrs E Ballard (EB)": initials in brackets are the person's, not a capacity; and
        # a name may carry two ("Cllr D Hobson (DH) (in the chair)").
        while (bare := re.sub(r"\s*\([^)]*\)?\s*$", "", piece)) != piece:
            piece = bare
        # "Rose Uwins (Coventry … Care Board (C&WICB))": a bracket with one inside it.
        while piece.endswith(")") and (cut := _bracket_start(piece)) > 0:
            piece = piece[:cut].rstrip()
        # "The Mayor, Cllr D Hobson", "The Chairman, Cllr A Peart": a capacity standing for
        # the name that follows it, never a name.
        if (c := re.fullmatch(r"(?i)the\s+(.+)", piece)) and (
            held := capacity_rx.fullmatch(f"({c.group(1)})")
        ):
            pending_capacity = held.group("capacity")
            pending_span = span(text, start + s + c.start(1), start + s + c.end(1))
            continue
        if status == "Present" and (the := re.match(r"(?i)the\s+", piece)) and not roles and (
                lead := _lead_post(piece[the.end():], officer_words, p)) and _looks_like_name(
                piece[the.end() + len(lead):].strip(), p):
            # "… and the Clerk Paul Smith": the post before the name, read as "Clerk Paul Smith".
            s, piece = s + the.end(), piece[the.end():]
        if status == "Present" and re.match(r"(?i)the\s", piece) and any(
            w.lower() in officer_words for w in piece.split()[1:]
        ):
            post_before = True  # "… and the Parish Clerk, Mrs S. McIntyre"
            if not roles:  # … who attended as Parish Clerk
                pending_span = span(text, start + s + 4, start + s + len(piece))
                pending_capacity = collapse(pending_span.exact)
            continue
        if was_post_before and joiner.strip().startswith(","):
            person_status = "AlsoInAttendance"
        # "Cllr R Nicholls who was on holiday"
        piece = re.split(r"\s+who\b", piece, maxsplit=1)[0]
        # "RFO Clive Baker", "Clerk Linda Evans", "Parish Footpath Officers Declan Williams":
        # a post before the name, ending in an officer's word, is the capacity they attended
        # in; so is a chair's ("Chairman Cllr A Bell").
        if not roles and capacity is None and (lead := _lead_post(piece, officer_words, p)):
            capacity = re.sub(r"(?<=[a-z])s$", "", lead)  # "Officers": each one an officer
            capacity_span = span(text, start + s, start + s + len(capacity))
            if capacity.split()[-1].lower() in officer_words and status == "Present":
                person_status = "AlsoInAttendance"
            rest = piece[len(lead):]
            s, piece = s + len(lead) + len(rest) - len(rest.lstrip()), rest.lstrip()
        name = _drop_role_before_honorific(collapse(piece), p, keep_lead=s in honorific_starts)
        if not roles and (short := _drop_role_after_name(name, p)) != name:
            dropped = len(name.split()) - len(short.split())
            words = list(re.finditer(r"\S+", piece))
            if capacity is None:
                # "Mr D L Nicholson Deputy Parish Clerk": the role cut off is the capacity
                # they attended in.
                at = start + s + words[-dropped].start()
                capacity_span = span(text, at, start + s + words[-1].end())
                capacity = capacity_span.exact
            piece, name = piece[: words[-dropped - 1].end()], short
        if not roles and (run := _given_name_splits(piece, p)):
            # "Eric Baird William McKenna Mrs Lucy Grant": names whose separators were lost.
            out.extend(Attendee(name=collapse(piece[a:b]), status=person_status,
                                span=span(text, start + s + a, start + s + b))
                       for a, b in run if _looks_like_name(collapse(piece[a:b]), p))
            continue
        org = None
        # "Mark Hill⏎Representing: Eastmoor Police": on a line of its own, after the name.
        representing = re.match(rf"(?i){_ON_BEHALF}\b", piece) is not None
        if not roles and (joiner.strip() in (",", "-", "–") or representing) and (
                target := was_posted or was_named) is not None and not _titled(piece, p):
            if k_piece + 1 < len(pieces) and re.fullmatch(
                    r"\s*(?:&|and)\s*", pieces[k_piece + 1][2]):
                # "…, Westshire Fire and Rescue Service": the body's name cut at its "and".
                e2 = pieces[k_piece + 1][1]
                if (org := _body_in(chunk[s:e2].rstrip(".:"))) is not None:
                    skip = k_piece + 1
            org = org or _body_in(piece)
        if org is not None and target is not None and was_posted is None and _councillor(
                target.name, p) and not re.search(r"(?i)\b(?:council|authority)$",
                                                  piece[: org[1]]) and not representing:
            # "Apologies: Cllr A Bell, Eastmoor Police": a councillor sits for a council; a
            # body of another kind after one sent its own apologies.
            org = None
        if org is not None and target is not None:
            # "Jo Brown, Director of Public Health, Westshire Council", "Mr D Green, Co-opted
            # Member, Eastvale Housing Association": the body after the name (and its post)
            # is the one the person came from; nobody of that name.
            if target.organisation is None:
                target.organisation_span = span(text, start + s + org[0], start + s + org[1])
                target.organisation = collapse(target.organisation_span.exact)
            named, posted = was_named, was_posted
            continue
        if representing:
            continue  # whom the body was for is not printed: no one of that name
        if not _looks_like_name(name, p):
            if strict:
                return []
            after_role = _is_role(name, p)  # "Executive Member for Regeneration"
            portfolio = after_role and " for " in f" {name} "
            if after_role and not roles:
                posted = _role_after_name(was_named, was_posted, joiner, chunk, start, first, e,
                                          text)
            if not roles and posted is None and (
                    after_role or p.rx("attendance", "post_before_name").fullmatch(collapse(piece))
            ):
                # "Also Present: Borough Councillor, Mike Cooper": a post standing before a
                # name, set apart by a comma, is the capacity of the name that follows.
                begin = was_loose if was_loose is not None and re.fullmatch(
                    r"\s*(?:&|and)\s*", joiner) else first
                pending_span = span(text, start + begin, start + first + len(piece))
                pending_capacity = re.sub(r"(?i)^the\s+", "", collapse(pending_span.exact))
            elif not after_role:
                loose = first
            continue
        # "Councillor Kim Gray, Chair, Transport Committee": a role after a name is no name.
        if not roles and _is_role(name, p):
            after_role = True
            posted = _role_after_name(was_named, was_posted, joiner, chunk, start, first, e, text)
            if posted is None:
                # "the Police and Crime Commissioner, D Keane": the post's first words, cut
                # off at its "and", belong to it.
                begin = was_loose if was_loose is not None and re.fullmatch(
                    r"\s*(?:&|and)\s*", joiner) else first
                pending_span = span(text, start + begin, start + first + len(piece))
                pending_capacity = re.sub(r"(?i)^the\s+", "", collapse(pending_span.exact))
            continue
        if was_after_role and re.search(r"&|\band\b", joiner) and not _titled(name, p):
            after_role = True  # the rest of a role's name, cut at its "&"
            posted = _role_after_name(None, was_posted, joiner, chunk, start, first, e, text)
            continue
        if was_portfolio and joiner.strip() == "," and _portfolio_goes_on(name, p):
            # "Councillor Rooney, Executive Member for Regeneration, Economic Development":
            # a portfolio's second field, not a person: the post goes on.
            after_role = True
            posted = _role_after_name(None, was_posted, joiner, chunk, start, first, e, text,
                                      joined=",")
            continue
        if capacity_rx.fullmatch(f"({name})") and not roles:
            # "Cllr A Bell, Chair, Transport Committee": the chair's capacity, after the name.
            posted = _role_after_name(was_named, was_posted, joiner, chunk, start, first, e, text)
            continue
        if capacity_rx.fullmatch(f"({name})") or _is_committee(name, p) or _is_body(name, p):
            continue
        if entries and not roles and k_piece > 0 and ";" not in joiner and not _person_first(
                name, p) and (target := was_posted or was_named) is not None:
            # "Ann Bell, Forum Chairman; Carl Dean, Westshire Canoeing; Emma Fox": where
            # semicolons part the entries, words after a name's comma that open on no given
            # name, initial or honorific are its post or body, not a second person ("Gail
            # Hunt, Ian Jones; Kim Lee" is two names). A chair's post is its capacity.
            if target.capacity is None and re.search(
                    r"(?i)\b(?:vice[- ]|deputy\s+)?chair(?:man|person|woman)?$", name):
                target.capacity_span = span(text, start + first, start + first + len(piece))
                target.capacity = collapse(target.capacity_span.exact)
            named, posted = was_named, was_posted
            continue
        # Only in apposition ("The Mayor, Cllr D Hobson"): "the Mayor and Councillors A and
        # B" names the Mayor as one more person, not A's capacity.
        if capacity is None and pending_capacity is not None and joiner.strip() == ",":
            capacity, capacity_span = pending_capacity, pending_span
        pending_capacity = pending_span = None
        if not roles and (two := _two_initialled_names(piece, p)):
            # "Mrs S Benbow-Jones M Hughes": two people whose comma PDF text lost.
            for k, (a, b) in enumerate(two):
                out.append(Attendee(
                    name=collapse(piece[a:b]), status=person_status,
                    capacity=capacity if k == 0 else None,
                    capacity_span=capacity_span if k == 0 else None,
                    span=span(text, start + s + a, start + s + b),
                ))
            continue
        out.append(Attendee(
            name=name, status=person_status, capacity=capacity, capacity_span=capacity_span,
            span=span(text, start + s, start + s + len(piece)),
            organisation=collapse(organisation_span.exact) if organisation_span else None,
            organisation_span=organisation_span,
        ))
        named = out[-1]
    return _without_fragments(out, p)


def _names_post(words: str, p: Patterns) -> bool:
    """A capitalised post, ending in a post's head word ("Locality Steward", "Chairman",
    "Head of Housing"): no name, no body."""
    words = words.strip()
    heads = body_words().post_heads
    return bool(words) and words[0].isupper() and not _titled(words, p) and (
        words.split()[-1].lower() in heads or bool(re.search(
            r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:of|for|to)\b",
            words, re.I)))


def _dash_body(chunk: str, pieces: list[tuple[int, int, str]], k: int, at: int,
               after: str) -> tuple[int, int] | None:
    """The body after a dash ("Tom Lee – Eastmoor Police"), offsets from ``at``; the list's
    split at an "and" inside the body's name ("Eastmoor Fire and Rescue Service") is undone."""
    if k + 1 < len(pieces) and re.fullmatch(r"\s*(?:&|and)\s*", pieces[k + 1][2]) and (
            org := _body_in(chunk[at : pieces[k + 1][1]].rstrip(".:"))) is not None:
        return org
    return _body_in(after)


# Words before the body a member sits for: "Representing: …", "Nominated by …".
_ON_BEHALF = r"(?:representing|on\s+behalf\s+of|nominated\s+by|appointed\s+by)"


def _body_in(part: str) -> tuple[int, int] | None:
    """Where in ``part`` (a bracket's field, the words after a dash or a comma) the body an
    attendee came from is named, when it names one (:func:`kg.patterns.names_body`): after a
    "representing"/"on behalf of"/"from" and without a short form in brackets ("Westshire
    Integrated Care Board (ICB)")."""
    lead = re.match(rf"(?i)\s*(?:{_ON_BEHALF}:?|from|rep(?:resentative)?\s+(?:of|for|from))?"
                    r"\s*(?:the\s+)?", part)
    b = lead.end() if lead else 0
    body = re.sub(r"\s*\([^()]*\)\s*$", "", part[b:]).rstrip(" .;:,")
    return (b, b + len(body)) if body and names_body(body) else None


def _bracket_start(piece: str) -> int:
    """Where the bracket that closes ``piece`` opens, counting brackets inside it; -1 when it
    never opens."""
    depth = 0
    for k in range(len(piece) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(piece[k], 0)
        if depth == 0:
            return k
    return -1


def _role_after_name(person: Attendee | None, posted: Attendee | None, joiner: str, chunk: str,
                     start: int, s: int, e: int, text: str,
                     joined: str = r"&|and") -> Attendee | None:
    """"Ronnie Hinds, Chief Executive; …", "Mr T McCall, Clerk & Chief Executive": a role
    set after a name by a comma is the post that person attended in, kept as their capacity
    (with any bracketed part: "Executive Director (Performance)"), not dropped; a second role
    joined to it by "&" or "and" is part of the same post. Returns whose post it was."""
    piece = chunk[s:e].rstrip(".:;, ")
    if piece.count("(") != piece.count(")"):
        piece = re.sub(r"\s*\([^)]*$", "", piece)
    # "Speed-watch Co-ordinator(CSW)": the post's short form is no part of it.
    piece = re.sub(r"\s*\([A-Z]{2,6}\)$", "", piece)
    if not piece:
        return None
    if posted is not None and posted.capacity_span is not None and re.fullmatch(
            rf"\s*(?:{joined})\s*", joiner):
        posted.capacity_span = span(text, posted.capacity_span.start, start + s + len(piece))
        posted.capacity = collapse(posted.capacity_span.exact)
        return posted
    if person is None or person.capacity is not None or joiner.strip() not in (",", "-", "–"):
        return None
    person.capacity_span = span(text, start + s, start + s + len(piece))
    person.capacity = collapse(person.capacity_span.exact)
    return person


_NAME_WORD = re.compile(r"(?:Mc|Mac|O’|O')?[A-Z][a-zA-Z’'-]*\.?")


def _given_name_splits(piece: str, p: Patterns) -> list[tuple[int, int]]:
    """A list that lost its separators and prints no honorifics runs its names together
    ("Eric Baird William McKenna Stuart Black …"): a name starts at each common given name,
    or honorific, once the name before has two words. Only a run of capitalised words, of
    two names or more, each of two or three words (so a surname that is also a given name,
    "Mrs Lucy Grant Andrew Thin", stays with its name; four words after a known given name are
    two names of two); otherwise no split."""
    words = list(re.finditer(r"\S+", piece))
    if len(words) < 4 or not all(_NAME_WORD.fullmatch(w.group()) and not (
            w.group().rstrip(".").isupper() and len(w.group().rstrip(".")) > 1) for w in words):
        return []
    honorifics = {h.casefold().rstrip(".") for h in p.honorifics}
    given = given_names()
    if not (words[0].group() in given or words[0].group().rstrip(".").casefold() in honorifics):
        return []  # "Independent Adviser Dr Sam Lee": a role before a name
    starts, count = [0], 0
    for i, w in enumerate(words):
        word = w.group().rstrip(".")
        honorific = word.casefold() in honorifics
        if i > 0 and count >= 2 and i + 1 < len(words) and (honorific or word in given):
            starts.append(i)
            count = 0
        count += not honorific
    bounds = []
    for a, b in zip(starts, [*starts[1:], len(words)], strict=True):
        if b - a == 4 and words[a].group() in given and not any(
                words[k].group().rstrip(".").casefold() in honorifics for k in range(a, b)):
            bounds += [(a, a + 2), (a + 2, b)]  # a given name the list does not know
        else:
            bounds.append((a, b))
    if len(bounds) < 2 or any(
            sum(words[k].group().rstrip(".").casefold() not in honorifics for k in range(a, b))
            not in (2, 3) for a, b in bounds):
        return []
    return [(words[a].start(), words[b - 1].end()) for a, b in bounds]


def _two_initialled_names(piece: str, p: Patterns) -> list[tuple[int, int]]:
    """A list that lost a separator runs two names given by initials into one ("Mrs S
    Benbow-Jones M Hughes", "Cllr A Lake B Moss"): after an honorific and initials a surname
    is one word, so initials after it start the next name. Returns the (start, end) of each
    name in ``piece``, or nothing when the piece is one name."""
    honorifics = "|".join(re.escape(h) for h in sorted(p.honorifics, key=len, reverse=True))
    m = re.search(  # at the piece's end: words before it may be a sentence's lead-in
        rf"(?<!\S)(?P<a>(?:(?:{honorifics})\.?\s+)+(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+)"
        rf"\s+(?P<b>(?:(?:{honorifics})\.?\s+)?(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+)[ \t]*$",
        piece,
    )
    if m:
        return [m.span("a"), m.span("b")]
    # Names given by an initial and a full stop need no honorific to be told apart: "H.
    # Milton P. Thorne", "D.Forrest L. Hoggarth", "M. Piggott B. Fowler C. Gwynn".
    stopped = r"(?:[A-Z]\.[ \t]*)+[A-Z][a-z][\w'’-]*"
    if re.fullmatch(rf"{stopped}(?:[ \t]+{stopped})+", piece.strip()):
        return [n.span() for n in re.finditer(stopped, piece)]
    return []


def _honorific_splits(
    chunk: str, seps: list[tuple[int, int, str]], p: Patterns
) -> list[tuple[int, int, str]]:
    """Where a list that lost its separators in PDF text ("Cllr A Buckfield (Mayor) Cllr A
    Brooker Mrs C Evans") goes from one name to the next: before an honorific that follows a
    word of the name before. Only in a list of three or more names with honorifics, and not
    between two honorifics ("Cllr Mrs B Morgans") or after "County" ("County Cllr A Tudor")."""
    honorifics = {h.casefold().rstrip(".") for h in p.honorifics} | {"rev", "revd"}
    words = list(re.finditer(r"\S+", chunk))
    starts = [k for k, w in enumerate(words) if w.group().casefold().rstrip(".") in honorifics]
    if len(starts) < 3:
        return []
    cuts = {a for a, _, _ in seps}
    out = []
    for k in starts:
        if k == 0:
            continue
        before = words[k - 1].group()
        if before.casefold().rstrip(".:") in honorifics | {
            "county", "district", "borough", "town", "parish", "and", "&", "cllrs", "councillors",
            "members",
        }:
            continue
        if before.endswith((",", ";", "(")) or chunk.count("(", 0, words[k].start()) > chunk.count(
            ")", 0, words[k].start()
        ):
            continue
        at = words[k - 1].end()
        if not any(at <= c <= words[k].start() for c in cuts):
            out.append((at, words[k].start(), chunk[at : words[k].start()]))
    return out


def _without_fragments(people: list[Attendee], p: Patterns) -> list[Attendee]:
    """In a list whose names nearly all carry an honorific ("Cllr M Alexander, East Herts
    District Council Cllr Mrs A Brewster, City and District Council Cllr M Bright"), a part
    with neither an honorific nor an initial ("City", "Mayor of Watford A White") is a piece
    of a body's name or a role that the splitting cut loose, not a person."""
    honorifics = {h.casefold() for h in p.honorifics}

    def titled(a: Attendee) -> bool:
        return a.name.split()[0].casefold() in honorifics

    if len(people) < 4 or sum(map(titled, people)) < 0.75 * len(people):
        return people
    return [a for a in people if titled(a) or re.match(r"[A-Z]\.?\s", a.name)]


# Posts printed as one word before a name in a list of who attended ("Chair Cllr C Edwards").
_LEAD_CAPACITIES = {"chair", "chairman", "chairperson", "vice-chair", "vice-chairman", "mayor"}


def _lead_post(piece: str, officer_words: set[str], p: Patterns) -> str | None:
    """The post printed before a name in a list ("RFO Clive Baker", "Parish Footpath
    Officers Declan Williams"): up to four words, the last an officer's word (or a chair's,
    alone), with a name after them."""
    words = list(re.finditer(r"[A-Za-z-]+", piece))
    for k, w in enumerate(words[:4]):
        word = w.group().lower()
        if word in officer_words or word.removesuffix("s") in officer_words or (
                k == 0 and word in _LEAD_CAPACITIES):
            rest = piece[w.end():].strip()
            if (rest[:1].isupper() and piece[: w.start()].strip() == " ".join(
                    x.group() for x in words[:k]) and _looks_like_name(rest, p)):
                return piece[: w.end()]
            return None
    return None


def _drop_role_before_honorific(name: str, p: Patterns, keep_lead: bool = False) -> str:
    """"Standing Invitee Dr Anusree Biswas" → "Dr Anusree Biswas"."""
    words = name.split()
    honorifics = {h.casefold() for h in p.honorifics}
    lead = 0  # a name cut out at its honorific keeps them all: "Cllr Mrs A Brewster"
    while keep_lead and lead < len(words) and words[lead].casefold() in honorifics:
        lead += 1
    for k, word in enumerate(words[lead + 1 :], start=lead + 1):
        if word.casefold() in honorifics:
            return " ".join(words[k:])
    return name


def _councillor(name: str, p: Patterns) -> bool:
    """The name is given as a councillor's ("Cllr A Bell", "County Councillor C Dean")."""
    return bool(re.match(r"(?i)(?:(?:county|district|borough|town|parish)\s+)?(?:councillor|cllr)",
                         name.strip()))


def _titled(name: str, p: Patterns) -> bool:
    """The name starts with an honorific ("Cllr", "Mrs")."""
    words = name.split()
    return bool(words) and any(words[0].casefold() == h.casefold() for h in p.honorifics)


def _is_role(name: str, p: Patterns) -> bool:
    """"Parish Clerk/Responsible Finance Officer", "Co-opted Member", "Director of Finance",
    "Depute Chief Executive/Director of Corporate Development": a role listed without a name
    has a role's head word in it; a person's name with an honorific never counts."""
    if not name.split() or _titled(name, p):
        return False
    return any(w.lower() in p.role_words for word in name.split() for w in word.split("/"))


def _drop_role_after_name(name: str, p: Patterns) -> str:
    """"Mr D L Nicholson Deputy Parish Clerk" → "Mr D L Nicholson": after an honorific and
    initials the surname is one word, so words after it that end in a role are the role.
    Without a role word nothing is cut ("Cllr A Smith Jones" keeps its surname)."""
    words = name.split()
    honorifics = {h.casefold() for h in p.honorifics}
    k = 0
    while k < len(words) and words[k].casefold() in honorifics:
        k += 1
    first_initial = k
    while k < len(words) and re.fullmatch(r"[A-Z]\.?", words[k]):
        k += 1
    if first_initial == 0 or k == first_initial or k + 1 >= len(words):
        return name
    rest = [w.lower() for part in words[k + 1 :] for w in part.split("/")]
    return " ".join(words[: k + 1]) if any(w in p.role_words for w in rest) else name


def _contact_name(piece: str, p: Patterns) -> str:
    """The officer's name in a contact line: "Sharon Turner: Democratic Services Officer",
    "Mark Braddock Senior Democratic Services Manager"; no name in "Democratic Services"."""
    words = []
    for w in piece.partition(":")[0].split():
        if w.lower().strip(",.") in p.contact_role_words:
            break
        words.append(w)
    name = " ".join(words).strip(" ,.")
    return name if len(words) >= 2 and _looks_like_name(name, p) else ""


def _portfolio_goes_on(name: str, p: Patterns) -> bool:
    """Words after a role's comma that go on with its portfolio ("Executive Member for
    Regeneration, Economic Development"), not a person's name: no honorific, no initial and
    no given name first ("…, Ann Bell" is a person)."""
    words = name.split()
    return not _titled(name, p) and not any(re.fullmatch(r"[A-Z]\.?", w) for w in words) and (
        words[0] not in given_names())


_TIERS = {"county", "borough", "district", "town", "parish", "community", "city", "ward"}


def _looks_like_name(name: str, p: Patterns) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return False
    if name.lower() in {"none", "there were none", "nil"}:
        return False
    if re.sub(r"(?<=[a-z])s$", "", words[-1].rstrip(".")).casefold() in {
            h.rstrip(".").casefold() for h in p.honorifics} and all(
            w.lower() in _TIERS for w in words[:-1]):
        return False  # "Borough Councillor, Mike Cooper": the post, then the name
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", name):
        return False  # post-nominal letters or initials: "…, OBE, Leader", "(SC)"
    particles = {"de", "van", "von", "der", "le", "la", "du", "da", "di", "of", "ab", "ap"}
    # A double-barrelled surname's hyphen typed as a spaced dash: "Sue Jones – Davies".
    if len(words) >= 3 and words[-2] in {"–", "-"} and words[-1][0].isupper() and (
            words[-1].lower() not in p.role_words | p.body_words):
        words = [*words[:-2], words[-1]]
    return all(w[0].isupper() or w.lower() in particles for w in words)
