"""Read the prose of minutes: run the language pipeline (:mod:`kg.nlp`) over every item and
turn what it marks into records on the items, with spans into the source text.

Within one document, variants of a name are joined here ("Mrs Markham" → Sally Markham, "the
Cabinet Member" → the one Cabinet Member the document names in full, "DWP" → Department of
Work and Pensions, "Transformation Programme" → the Children and Families System
Transformation Programme), so each real thing is one record with its variants as aliases.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from kg.attendance import _NAME_THEN_WORD, SURNAME, _is_role, column_words, run_on_trimmed
from kg.dates import _safe_date, mend_year, parse_date, year_by_weekday
from kg.nlp import ORG, PERSON, POST, PROGRAMME, lexicon, pipeline
from kg.nlp.followups import followup_rules
from kg.nlp.lexicon import _AUXILIARIES, Lexicon, _council_acronym, scheme_of
from kg.nlp.meeting_refs import SHORT_MONTH_NAME, minutes_confirmed_at, month_meeting_has_been
from kg.nlp.names import (
    body_review,
    head_kind,
    in_title_case,
    singular_head,
    unknown_in_capitals,
    wrapped_name_joins,
)
from kg.nlp.perdoc import page_text
from kg.outside import above_heading, outside_spans
from kg.patterns import (
    YEARS,
    Patterns,
    council_key,
    council_place,
    council_place_bounds,
    council_places,
    council_tier_words,
    council_tiers,
    councils_by_place,
    councils_data,
    given_names,
    lexicon_data,
    name_key,
    names_body,
    service_name,
    without_the,
)
from kg.patterns import load as load_patterns
from kg.records import (
    FollowUp,
    HeldBy,
    Item,
    MeetingMention,
    MeetingText,
    Mention,
    Minutes,
    Span,
)
from kg.segment import collapse

_GENERIC_BODIES = re.compile(r"(?i)^(?:the\s+)?(?:select\s+)?(?:committee|panel|board)$")
_ACRONYM_AFTER = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z]{1,7})\s*\)")
_MONTH_ONLY = re.compile(r"^(?P<month>[A-Za-z]+)(?:\s+(?P<year>\d{4}))?$")


def read_prose(
    docs: Iterable[tuple[str, Minutes]], nlp: Language | None = None,
    patterns: Patterns | None = None,
    on_doc: Callable[[Minutes, Item | MeetingText, int, Doc], None] | None = None,
) -> None:
    """Fill ``mentions``, ``followups``, ``meeting_refs`` and ``held_by`` of every item of
    every document, and of the text no item holds (``minutes.outside``: a public session, a
    police report before the first item; see :mod:`kg.outside`), running the pipeline once
    over all of them (``nlp.pipe``).

    ``on_doc(minutes, holder, base, doc)``, when given, is shown each stretch's parsed doc
    before its records are read from it (``base``: where the stretch starts in the page's
    text): for a tool that studies what the pipeline cut (a benchmark's sentences) without
    parsing the pages a second time. It must not change the doc."""
    nlp = nlp or pipeline()
    p = patterns or load_patterns()
    docs_read = list(docs)
    jobs: list[tuple[str, Minutes, Item | MeetingText, Span]] = []
    above: set[int] = set()  # the jobs that read a page's text above its heading
    for text, minutes in docs_read:
        jobs += [(text, minutes, item, item.span) for item in minutes.items]
        # (a page whose items the structural reader found none of is read whole as the
        # meeting's text, not left unread: an action log of bullets with no numbered items)
        if minutes.items or minutes.committee or minutes.date:
            minutes.outside.spans = outside_spans(text, minutes, p)
            jobs += [(text, minutes, minutes.outside, sp) for sp in minutes.outside.spans]
            # (the text above the heading, a cover sheet's, for the other meetings it dates
            # only: its names are a title's)
            if (top := above_heading(text, minutes, p)) is not None:
                above.add(len(jobs))
                jobs.append((text, minutes, minutes.outside, top))
    texts = (_wrapped_names(_apostrophes(text[span.start : span.end]))
             for text, _, _, span in jobs)
    # each page read once, not once a job (a page of 60 items was scanned whole 60 times)
    pages_read = list({id(m): (t, m) for t, m, _, _ in jobs}.values())
    pages = {id(minutes): _page(text, minutes, p) for text, minutes in pages_read}
    for n, ((text, minutes, holder, span), doc) in enumerate(
            zip(jobs, nlp.pipe(texts, batch_size=32), strict=True)):
        if n in above:
            _add_meeting_refs(text, minutes, holder, span.start, doc, pages[id(minutes)], p,
                              above=True)
        else:
            if on_doc is not None:
                on_doc(minutes, holder, span.start, doc)
            _read_doc(text, minutes, holder, span.start, doc, pages[id(minutes)], p)
    for text, minutes in {id(m): (t, m) for t, m in docs_read}.values():
        _contact_posts(text, minutes, nlp, p)
    for text, minutes in pages_read:
        _own_body_in_roll(minutes, pages[id(minutes)])
        _own_part_in_roll(minutes)
        _post_run_onto_body(minutes)
        _capacity_posts_elsewhere(text, minutes, pages[id(minutes)])
    for text, minutes in pages_read:
        _join_variants(text, minutes, pages[id(minutes)].own_by_initials)
        _joined_titles(text, minutes)
        _plan_of_own_group(text, minutes)
        _month_of_a_dated_meeting(minutes)


def _capacity_posts_elsewhere(text: str, minutes: Minutes, page: _Page) -> None:
    """A name read as a person's post where it stood as her capacity (``_capacity_post``) is
    that post wherever else the page prints it as a capacity, after a comma, a bracket or a
    roll's dash: "R Bell, Station Manager Protection Policy presented …" in an item, where
    the roll said "Robert Bell – Station Manager Protection Policy" (the item's own reading
    had no person before the comma). Printed otherwise ("The Member Development Programme
    was agreed"), the name is read as it is: one capacity misread must not take a real
    programme from the whole page."""
    if not page.capacity_posts:
        return
    for holder in minutes.prose:
        for m in holder.mentions:
            if m.kind == PROGRAMME and m.label in page.capacity_posts and (
                    _RX_CAPACITY_OPENS.search(text, max(0, m.span.start - 8), m.span.start)):
                m.kind = POST


def _own_body_in_roll(minutes: Minutes, page: _Page) -> None:
    """Clear the body a roll prints beside a member when it is the page's own, named by its
    title ("Ms A Brackenfold, WQB" under "WESTMERE QUALIFICATIONS BOARD"): the member's
    own body, its staff, which readers never list as an outside body. By the own body's
    signs the page's prose is read with (``_Page.own_body``): the body speaking is decided
    once per page, for the roll and the items alike ("LEP Board" beside a member at the LEP
    Board); not by the host council's (a joint body's roll names its member councils)."""
    for a in minutes.attendance:
        if a.organisation and (page.own_body(a.organisation) or _own_initials(
                a.organisation, page.own, page.host)):
            a.organisation = None
            a.organisation_span = None


def _own_part_in_roll(minutes: Minutes) -> None:
    """Clear the body a roll prints after a member's post when it is a part of the council
    the officer works for, named by its work alone: "Mrs L Dunn, Principal Administrator,
    Corporate Development Service", "Ms P Glenfield, Senior Manager, Community Stroke Team".
    Readers never list a council's own services, teams and units as outside bodies (the
    guide's "Legal Services"); the officer's post beside it says it is where she works.
    Only a name that ends in a department's head word (``organisations.parts`` and
    ``post_parts``) with no word before it that names a body or a place of its own: an
    outside body's service prints its place, nation or kind ("Norfolk Fire and Rescue
    Service", "Scottish Ambulance Service", ``organisations.outside_part_words``), its
    initials ("NHS X Team") or is a known body ("National Probation Service")."""
    for a in minutes.attendance:
        if a.organisation and a.capacity and _named_by_its_work(a.organisation):
            a.organisation = None
            a.organisation_span = None


def _named_by_its_work(label: str) -> bool:
    """Whether a body's name is a department's head word after words of its work alone
    (:func:`_own_part_in_roll`): "Development and Infrastructure Service", "Youth Offending
    Service"; not "Norfolk Fire and Rescue Service", "Police Liaison Unit", "NHS Estates
    Team", "Commissioner's Office"."""
    lex = lexicon()
    words = label.replace("&", " and ").split()
    if len(words) < 2 or words[-1].lower() not in lex.post_part_heads:
        return False
    if label.lower() in lex.org_known or any(
            not w[0].isupper() and w.lower() not in lex.connectors for w in words):
        return False
    # a known body's name before the head word names whose part it is ("Citizens Advice
    # Debt Team", "Victim Support Service", "Border Force Unit"): its words before the head,
    # or their first two or more
    lead = [w.lower() for w in words[:-1]]
    if any(" ".join(lead[:n]) in lex.org_known for n in range(min(len(lead), 2), len(lead) + 1)):
        return False
    places = _place_words()
    return not any(
        (w.isupper() and len(w) > 1) or "'" in w or "\u2019" in w
        or w.lower() in lex.org_heads or w.lower() in lex.nations or w.lower() in places
        or w.lower() in lex.place_words or w.lower() in _outside_part_words()
        for w in words[:-1] if w.lower() not in lex.connectors)


# Where a post printed before a body's name ends: a hyphen ("Leader-Westby Council"), a dash,
# a comma or an ampersand, with or without spaces round it.
# The most words a member's name and post before such a break are read in ("Cllr Jo Hale,
# Deputy Leader"): the breaks after them are a long name's own, and reading each of them
# again would make a long flattened line's name quadratic.
_POST_WORDS_MOST = 8
_POST_BODY_BREAK = re.compile(r"\s*[-–,&]\s*")


def _post_run_onto_body(minutes: Minutes) -> None:
    """A body's name that a post printed before it has run into, in a roll or a list of
    members ("Cllr Jo Hale, Leader-Westby Council", "Ms A Bell / Chief Executive, Patient and
    Client Council", "Trees & Footpaths Officer &Westby Trust"): the body is the words after
    the post and its hyphen, dash, comma or ampersand, its evidence those words. Only where
    the words before read as a post by their head word and those after as a body of two
    words or more (:func:`_body_after_post`); the post is read where it stands already."""
    for holder in minutes.prose:
        for m in holder.mentions:
            if m.kind == ORG and (cut := _body_after_post(m.span.exact)) is not None:
                # the label as the mention reads it (its quotes made plain), cut alike
                at = _body_after_post(m.label)
                m.label = m.label[at:] if at is not None else collapse(m.span.exact[cut:])
                m.span = Span(m.span.start + cut, m.span.end, m.span.exact[cut:])
    for a in minutes.attendance:
        if a.organisation and a.organisation_span is not None and (
                cut := _body_after_post(a.organisation_span.exact)) is not None:
            s = a.organisation_span
            a.organisation_span = Span(s.start + cut, s.end, s.exact[cut:])
            a.organisation = collapse(s.exact[cut:])


def _body_after_post(exact: str) -> int | None:
    """Where the body starts in a name a post runs into (:func:`_post_run_onto_body`): after
    the last break, among a post's first few words, whose words before end in a post's head
    word ("Leader", "Footpaths Officer") and whose words after, two or more, end in a body's;
    None for a body's own name ("Fire and Rescue Service", "Westby Parish Council"). The
    last, not the first: two posts joined before the body ("Clerk & RFO - Westby Parish
    Council") read as a post at their first break too, and the body is after the second."""
    lex = lexicon()
    cut = None
    for m in _POST_BODY_BREAK.finditer(exact):
        before, after = exact[:m.start()], exact[m.end():]
        front = re.findall(r"[\w'’.]+", before.lower())
        if len(front) > _POST_WORDS_MOST:
            break  # a post is a few words: no break further on is read (linear)
        back = re.findall(r"[\w'’.]+|&", after.lower())
        if not front or len(back) < 2 or not after[:1].isupper():
            continue
        if head_kind(front, lex) == POST and head_kind(back, lex) == ORG:
            cut = m.end()
    return cut


@cache
def _place_words() -> frozenset[str]:
    """Every word of the places councils are named by (``kg.patterns.council_places``),
    lower case: "Norfolk", "Highland", "Kinross" in a body's name say whose it is."""
    return frozenset(w.lower() for place in council_places() for w in place.split())


@cache
def _outside_part_words() -> frozenset[str]:
    """``organisations.outside_part_words``: words that make a service an outside body's
    even with no place ("Ambulance Service", "Probation Service")."""
    return frozenset(lexicon_data()["organisations"]["outside_part_words"])


# The twelve months' names, one alternation for the patterns of dates and months below
_MONTH_NAMES = "|".join(calendar.month_name[1:])

# A month's meeting named by the month alone, no body, year or other word: "the September
# meeting", "that January meeting".
_RX_BARE_MONTH_MEETING = re.compile(
    r"(?i)(?:the|that|this)\s+(?:" + _MONTH_NAMES + r")\s+meeting")


def _month_of_a_dated_meeting(minutes: Minutes) -> None:
    """Drop "the September meeting" where the page dates a meeting of that month by its day
    ("the meeting held on 7 September 2011", the minutes confirmed): one meeting, named
    twice, and a reader lists it once, by its day. A month's meeting named with a body or a
    year ("the June 2011 Council meeting", "the February Parish Council meeting") is left:
    it may be another body's."""
    days = {(r.date.year, r.date.month) for h in minutes.prose for r in h.meeting_refs
            if r.precision == "day"}
    days |= {(c.date.year, c.date.month) for item in minutes.items
             if (c := item.confirms_minutes_of) is not None and c.date is not None}
    for holder in minutes.prose:
        holder.meeting_refs = [
            r for r in holder.meeting_refs
            if not (r.precision == "month" and (r.date.year, r.date.month) in days
                    and _RX_BARE_MONTH_MEETING.fullmatch(" ".join(r.span.exact.split())))]


# What joins two posts one person holds into one title: a slash ("Clerk/RFO", "Director of
# Finance / Treasurer") or an ampersand ("Chief Fire Officer & Chief Executive").
_TITLE_JOIN_SOURCE = r"\s*[/&]\s*"
_TITLE_JOIN = re.compile(_TITLE_JOIN_SOURCE)


def _joined_titles(text: str, minutes: Minutes) -> None:
    """Two posts printed as one title, "Secretary/Director of People", "Chief Fire Officer &
    Chief Executive": each post is read on its own, and the title as printed is another name
    of each (readers list such a title whole as often as post by post)."""
    for holder in minutes.prose:
        posts = sorted((m for m in holder.mentions if m.kind == POST and m.span.end > 0),
                       key=lambda m: m.span.start)
        for a, b in itertools.pairwise(posts):
            if a.span.end <= b.span.start and _TITLE_JOIN.fullmatch(
                    text, a.span.end, b.span.start) and not _ranks_of_one_office(
                    a.label, b.label):
                joined = text[a.span.start : b.span.end]
                joined = " ".join(joined.split())
                for m in (a, b):
                    if joined != m.label and joined not in m.aliases:
                        m.aliases.append(joined)


def _ranks_of_one_office(a: str, b: str) -> bool:
    """Whether two posts are an office and its deputy's, "Chairman & Vice-Chairman", "Mayor /
    Deputy Mayor", "Clerk & Assistant Clerk": two people's posts named together, no one
    title, so neither is another name of the other (the graph would call the Chairman
    "Chairman & Vice-Chairman")."""
    x, y = (" ".join(re.split(r"[\s-]+", t.lower())) for t in (a, b))
    return x.endswith(" " + y) or y.endswith(" " + x)


# A grave or acute accent typed for an apostrophe between letters ("County Councillor`s
# Report"): read as the apostrophe, one character for one, so spans still fall on the page.
_ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`´](?=[^\W\d_])")


def _apostrophes(text: str) -> str:
    return _ACCENT_APOSTROPHE.sub("'", text)


# Capitalised words that end a line after a word of prose, and the capitalised words that
# open the next line: "… a letter to the Welsh" / "Government to express …". Linear: each
# word is a capital and word characters, the words one space apart, at most three a side.
_WRAPPED_NAME = re.compile(r"(?<=[a-z] )((?:[A-Z][\w'-]*[ \t]){0,2}[A-Z][\w'-]*)\n"
                           r"([A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,2})")


def _wrapped_names(text: str) -> str:
    """The text with a line break that cuts a name in two read as a space (the same length,
    so every offset holds): read as two sentences, a hard-wrapped "the Welsh" / "Government"
    leaves a stray adjective and a bare "Government". Only where the words before the break
    follow a lower-case word on their line (prose; no title or roll entry starts so), name
    nothing by themselves, and with the next line's first words end in a body's or a
    programme's head word."""
    lex = lexicon()
    breaks = []
    for m in _WRAPPED_NAME.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not (before and before[-1].isalpha() and before[-1].islower()):
            continue
        if wrapped_name_joins([w.lower() for w in m.group(1).split()],
                              [w.lower() for w in m.group(2).split()], lex):
            breaks.append(m.end(1))
    for at in breaks:
        text = text[:at] + " " + text[at + 1 :]
    return text


def _read_doc(text: str, minutes: Minutes, holder: Item | MeetingText, base: int, doc: Doc,
              page: _Page, p: Patterns) -> None:
    """What the pipeline marked in one stretch of the page (an item's span, or a stretch no
    item holds), added to its holder as records with spans into the source text."""
    mentions = _mentions(text, minutes, base, doc, page, p)
    holder.mentions.extend(mentions)
    anchor = minutes.date or page.anchor
    # An item's requests, less those in its agenda's words; the meeting's own text's, only
    # those a rule attributed (_owned).
    followups = [_followup(text, base, s, anchor) for s in doc.spans["ckg_followups"]
                 if (not _in_agenda(base + s.start_char, holder)
                     if isinstance(holder, Item) else _owned(s))]
    holder.followups.extend(_merge_answered_asks(text, followups, p))
    _add_meeting_refs(text, minutes, holder, base, doc, page, p)
    holder.held_by.extend(_held_by(text, mentions))


def _mentions(text: str, minutes: Minutes, base: int, doc: Doc, page: _Page,
              p: Patterns) -> list[Mention]:
    """The names the pipeline marked in one stretch, less those the page's other readers
    own or that its layout cut (the meeting's own body, a roll's entry, a word run on)."""
    own = page.own
    mentions: list[Mention] = []
    column = column_words(text, p)
    given_back: dict[int, int] = {}  # where a name's run-on column word ends: where it starts
    # where each person the pipeline or the roll names ends: a name printed straight after
    # one, past a comma or a bracket, is that person's capacity (_capacity_post)
    people_end = {_span(text, base, s).end for s in doc.spans["ckg"] if s._.kind == PERSON} | (
        page.attendance_ends)
    # where each council, or other body ending in an owner's word (``programmes.owners``: the
    # Welsh Government), the pipeline names ends (a token's index): a programme's name
    # printed straight after one is often listed with it (_council_named_before)
    council_ends = {s.end: s for s in doc.spans["ckg"]
                    if s._.kind == ORG and s[-1].lower_ in lexicon().owners}
    for s in doc.spans["ckg"]:
        label = clean_label(s._.label if s._.kind == PERSON or s._.label else s.text)
        kind = s._.kind
        own_form: list[str] = []
        # the words a span is cut to where the label lost some of the text marked: a person's
        # name before the next column's word, a post after the reference run onto it
        ends_at = starts_at = ""
        if kind == PROGRAMME and (year := _financial_year_before(label)):
            # "the 2018/19 External Audit Plan": one year's plan, its year no minute's
            # reference; readers list it so or by the plan's name alone
            own_form = [label[len(year) :].strip()]
        elif (unprefixed := clean_label(p.rx("minutes_prose", "reference_prefix").sub(
                "", label))) != label and unprefixed:
            # "E/19/27 Ipswich Borough Council", "CAB/12/3 Pupil Premium", "FC/93/13
            # Chairman": the item's reference run onto the name that opens its text, whatever
            # its kind (a post's own further shapes below); cut first, so that a person's
            # name cut after it ("FC/93/13 Ann Bell Westmere") is cut from the name alone
            # and its span runs from the name's first word to its last
            starts_at, label = unprefixed, unprefixed
        if kind == PERSON:
            # "Mr T Hale In attendance": the roll's label; "Ann Bell Westmere": the next
            # column's first word
            full, label = label, run_on_trimmed(label, p, column)
            if not label and service_name(full.split()) and not service_name(s.text.split()):
                label = full  # "Councillor Care": its title, left out of the label, names one
            ends_at = label if label != full else ""
            last = full.rsplit(" ", 1)[-1]
            if label != full and last in column and label == full[: -len(last) - 1]:
                at = base + s.end_char
                while at > base + s.start_char and text[at - 1] in " \t\n\u00a0;,":
                    at -= 1
                if text.endswith(last, 0, at):
                    given_back[at] = at - len(last)
        widened: Span | None = None
        if kind == ORG and (back := given_back.get(base + s.start_char - 1)) is not None and (
                text[base + s.start_char - 1] == " "):
            # "Ann Bell Westmere Hills Trust" read as "Ann Bell Westmere" and "Hills Trust": the
            # word the name gave back opens the body's name ("Westmere Hills Trust").
            end = _span(text, base, s).end
            widened = Span(back, end, text[back:end])
            label, starts_at = " ".join(widened.exact.split()), ""
        if kind == ORG and (rest := _after_auxiliary(label)) is not None:
            # "Is North Tyneside Council", "Will Medway Council": a question's verb run onto
            # the body it asks about; the body is read without it
            starts_at, label = rest, rest
        if kind == ORG and (before := _body_before_and_council(label)) is not None:
            # "Age UK and Council officers": the council's staff run onto the body before them
            ends_at, label = before, before
        if kind == PROGRAMME and _capacity_post(
                label, text, base + s.start_char, base + s.end_char, people_end):
            kind = POST  # "Jo Dean (Director Public Programmes)": her post, no programme
            page.capacity_posts.add(label)
        if kind == POST and (council := _council_of_group_heading(label, text, base + s.end_char)):
            kind, label = ORG, council  # "Durham County Councillors:" over its members
        # "Eastby and Westby Parish Councils": two councils, each named so, less the page's
        # own; the name goes through the checks below as any body's does
        together = _councils_named_together(label, p) if kind == ORG else []
        # "ELDC and Westshire Air Ambulance Service": a body by its initials and another
        # joined, each a body of its own; each part's span its own words
        paired = _acronym_and_body(label) if kind == ORG and not together else []
        if kind == ORG and not together and not paired and page.own_or_host(label):
            if _initials_of_self(label, page.own, page.named_heads):
                page.own_by_initials.add(label)
            continue  # the meeting's own body ("Audit and Governance Board") is its committee
        if kind == ORG and _party_group(label, text[base + s.end_char : base + s.end_char + 8]):
            continue  # "the Conservative Group": the party's members on the council
        if kind == ORG and _one_word_part(label):
            continue  # "the Planning Department": a part of some body, named by its work
        if kind == ORG and _remits_joined(label):
            continue  # "Governance and Partnerships": a department's remits, no one body
        begin = base + s.start_char
        if kind == ORG and _venue(label, text[max(0, begin - 30) : begin],
                                  text[base + s.end_char : base + s.end_char + 20], p):
            continue  # "held at Westbury Community Centre": where the meeting was
        if kind == POST and _past_holders(label):
            continue  # "Former Member of Staff", "the late Councillor": a past holder's
        if kind == POST and _chair_taken_by_office(text, base + s.start_char, label):
            continue  # "Councillor A Bell, Convener, in the Chair": the Convener presided
        if kind == POST and (row := _posts_of_a_caption_row(label)):
            at = s.start_char
            for part in row:  # "Chairman: Vice-Chairman": two captions, two posts
                # each found after the one before ("Vice Chairman: Chairman:"); a caption
                # that clean_label reworded is not in the text as read: the whole row's span
                # (the exact text from the page: the pipeline's text may differ in an
                # apostrophe or a wrapped line's break, _apostrophes and _wrapped_names)
                found = page_text(s.doc).find(part, at, s.end_char)
                span = (_span(text, base, s) if found < 0 else Span(
                    base + found, base + found + len(part),
                    text[base + found : base + found + len(part)]))
                at = found + len(part) if found >= 0 else at
                mentions.append(Mention(POST, part, span))
            continue
        if kind == POST:
            # "Councillor A Bell (Chairman – in the Chair)": the note after the post says who
            # presided, no part of it
            label = _RX_IN_THE_CHAIR_NOTE.sub("", label)
            # "a report of the Head of Planning.(to follow)": a note the page's line broke
            # opens after the post, its bracket unclosed in the span; none of the post
            label = _RX_OPEN_NOTE.sub("", label)
            # "B.1067 Clerk to the Board", "A2Chief Fire Officer": the item's reference
            # run onto the post that opens its text
            unprefixed = clean_label(p.rx("minutes_prose", "post_reference_prefix").sub("", label))
            starts_at, label = (unprefixed if unprefixed != label else starts_at), unprefixed
            if (after := _post_after_body_and(label)) is not None:
                # "Ann Bell Westmoor Park Authority and Chairman of the Forum": the body she
                # comes from, then her post; the post alone
                starts_at, label = after, after
            full, label = label, _post_before_colon(clean_label(_post_of_own_body(label, own)))
            if label == full and (m := _POST_OF.match(label)) and _named_as_self(
                    m["body"].removeprefix("the "), page.top, page.self_heads):
                label = m["post"]  # "Vice Chair of Cleveland Fire Authority", "the Authority"
            # "Chair of Council" read as the meeting's "Chair": the form printed is another
            # name of it (readers list the post by either)
            own_form = [full] if label and label != full and label in full else []
            if (held := _post_held_at(label, p)) is not None:
                # "Head of Legal Services for Eastby Council": the post, held at the council
                own_form, label = [*own_form, label], held
        if page.run_together and page.run_together.search(label):
            continue  # "WasteDevelopment Plan" on a page whose words run together
        if kind == ORG and _roll_entry(minutes, base + s.start_char, base + s.end_char):
            continue  # "V Bell Westmere County Council": a roll's name and body, read there
        if kind == PROGRAMME and _roll_department(text, minutes, base + s.start_char):
            continue  # "Jo Dean, Senior Manager, Social Work Service": where the officer works
        if kind == PROGRAMME and _officers_service(label, text, base + s.start_char, people_end):
            continue  # "Mrs Jo Dean, Westshire Planning Service": where she works
        if kind == PROGRAMME and body_review(label, lexicon()):
            continue  # "the Overview and Scrutiny review": the committee's work, no scheme
        if kind == PROGRAMME and _bodys_own_thing(label):
            continue  # "the NHS service", "the BBC programme": a body's, no scheme named
        if kind == PROGRAMME and unknown_in_capitals(label, lexicon()):
            continue  # "6. BURIAL GROUNDS MAINTENANCE CONTRACT" run on: an item's title
        if kind == PROGRAMME and _business_caption(text, base + s.start_char,
                                                   base + s.end_char, label):
            continue  # "Budget Review: The Committee noted …": the item's business
        if kind == ORG and label in page.initials:
            continue  # "IJ to contact SL" where Stuart Lenwick sent apologies: a member
        if not label or _cut_by_page_end(base + s.end_char, label, page.cut_end) \
                or (kind == ORG and (_post_and_body(label) or _bare_modifier(label)
                                         or _and_bare_council(label)
                                         or _person_by_initials(label, p)
                                         or _cut_single_word(text, base, s))):
            continue
        if kind == PROGRAMME and (owner := _council_acronym_before(s) or (
                _council_named_before(s, council_ends))):
            own_form = [f"{owner} {label}"]  # "the CCBC Parking Strategy": printed whole
        if kind == PROGRAMME and (scheme := _known_scheme_after_body(label)):
            own_form = [*own_form, scheme]  # "the Ofsted ILACS inspections": the scheme too
        printed = s._.label if kind == POST else None  # "Chairs Report" as "Chair"
        span = _narrowed(text, widened or _span(text, base, s, printed), starts_at, ends_at)
        if paired:
            mentions.extend(Mention(ORG, c, part) for c, part in zip(
                paired, _parts_spans(text, span, paired), strict=True)
                if not page.own_or_host(c))
            continue
        if together:
            mentions.extend(Mention(ORG, c, part) for c, part in zip(
                together, _together_spans(text, span, together), strict=True)
                if not page.own_or_host(c))
            continue
        mentions.append(Mention(kind, label, span, aliases=own_form))
    return mentions + _named_before_column(text, base, doc, column, p)


def _councils_named_together(label: str, p: Patterns) -> list[str]:
    """The two councils of one tier a name joins, the tier and "Councils" printed once
    after both places (``[minutes_prose] councils_together``): "Eastby and Westby Parish
    Councils" is "Eastby Parish Council" and "Westby Parish Council", which readers list
    each. Not where a "place" is a tier itself ("Parish & Town Councils", "District and
    County Councils": kinds of council, no names)."""
    m = p.rx("minutes_prose", "councils_together").fullmatch(" ".join(label.split()))
    if m is None or any(w.lower() in _council_tiers() for part in (m["a"], m["b"])
                        for w in part.split()):
        return []
    return [f"{m['a']} {m['tier']} Council", f"{m['b']} {m['tier']} Council"]


def _acronym_and_body(label: str) -> list[str]:
    """The two bodies a name joins with "and" or "&" where one is named by its initials
    (three to six capitals) and the other by capitalised words: "ELDC and Westshire Air
    Ambulance Service", "DCC & North District Council", "NHS Westmoor and SED" are two
    bodies, which readers list each (four councils' development pages). A bare tier's
    "Parish Council" after the initials ("DCC & Parish Council") is no name: the initials
    alone; words after the initials that end in no body's head word (``organisations.heads``)
    are left whole, as read: a topic or a place may follow the initials as well as a body
    (the first version split those too, and held-out pages gained an extra). Not a name in
    capitals throughout (a heading's "WESTBY & DISTRICT ASSOC."), nor other initials ("BA &
    BC": two letters). Where the words before "and" hold a comma they are a list's items
    ("Friends of Liberton Park, FOSKAP and SEECAT"): each item a body of its own, each named,
    never one name with the comma inside it; after initials first, a comma is no one body's
    name, and the label is left as read. Word by word, linear in the label's length."""
    words = label.split()
    if len(words) < 3 or label.isupper():
        return []
    lex = lexicon()

    def initials(word: str) -> bool:
        return 3 <= len(word) <= 6 and word.isalpha() and word.isupper()

    def named(part: list[str]) -> bool:  # capitalised words, connectors only between them
        return bool(part) and part[0][:1].isupper() and part[-1][:1].isupper() and all(
            w[:1].isupper() or w.lower() in lex.connectors for w in part)

    if initials(words[0]) and words[1].lower() in ("and", "&") and named(words[2:]):
        rest = words[2:]
        if "," in " ".join(rest):
            return []
        bare = all(w.lower() in _council_tiers() or w.lower() == "council" for w in rest)
        if bare or rest[-1].lower() not in lex.org_heads:
            return [words[0]] if bare else []
        return [words[0], " ".join(rest)]
    if initials(words[-1]) and words[-2].lower() in ("and", "&") and len(words) >= 4 and (
            named(words[:-2])):
        items = [item.split() for item in " ".join(words[:-2]).split(",")]
        if not all(named(item) for item in items):
            return []
        return [*(" ".join(item) for item in items), words[-1]]
    return []


def _parts_spans(text: str, span: Span, parts: list[str]) -> list[Span]:
    """Each part's span in a name that joins bodies (:func:`_acronym_and_body`): its own
    words as printed in the name, each found after the one before; the whole name for a
    part not found so."""
    spans, at = [], 0
    for part in parts:
        m = _words_rx(part).search(span.exact, at)
        if m is None:
            spans.append(span)
            continue
        at = m.end()
        spans.append(Span(span.start + m.start(), span.start + m.end(),
                          text[span.start + m.start() : span.start + m.end()]))
    return spans


def _together_spans(text: str, span: Span, councils: list[str]) -> list[Span]:
    """Each council's span in a name that joins two (:func:`_councils_named_together`): the
    whole name for the first, whose place stands apart from its tier ("Eastby and Westby
    Parish Councils"), and the second's own words for the second ("Westby Parish
    Councils"), found from its place on; the whole name where it is not found as printed."""
    place = councils[1].rsplit(" ", 2)[0]
    m = _words_rx(place).search(span.exact)
    if m is None or m.start() == 0:
        return [span, span]
    start = span.start + m.start()
    return [span, Span(start, span.end, text[start : span.end])]


def _bodys_own_thing(label: str) -> bool:
    """Whether a programme's name is only a body's name and a lower-case programme word
    (``programmes.trailing``): "the NHS service providers", "the BBC programme", "the NALC
    project", "the SCC review" say whose service, broadcast, project or review it is, and name
    none (a known body or a council's acronym; "the RAID service", "the Better Start
    programme" are named by names of their own, and so is a body's named scheme, "the Penwith
    Landscape Partnership project", "the ‘Safer Scotland’ initiative")."""
    words = label.removeprefix("the ").split()
    lex = lexicon()
    if len(words) < 2 or not words[-1].islower() or (
            words[-1] not in lex.programme_trailing) or not words[0][:1].isupper():
        return False
    rest = " ".join(words[:-1])
    return rest.lower() in lex.org_known or (len(words) == 2 and _council_acronym(rest, lex))


def _known_scheme_after_body(label: str) -> str | None:
    """The known national scheme a programme's name ends in after a known body's name ("Ofsted
    ILACS": the inspector, then its inspections), which readers list by the scheme's name
    alone as often as printed: that form is an alias. None for any other name."""
    lex = lexicon()
    words = label.split()
    for k in range(1, len(words)):
        if name_key(" ".join(words[:k])) in lex.org_known and name_key(
                " ".join(words[k:])) in lex.programme_known:
            return " ".join(words[k:])
    return None


def _council_acronym_before(s: DocSpan) -> str | None:
    """The acronym of a council printed just before a programme's name, which the pipeline
    reads as the council that owns it ("the CCBC Parking Strategy", "the NCC Licensing
    Consultation": the council marked apart, the programme named without it). Readers list
    such a programme by its name as printed, acronym and all, as often as without it: that
    form is an alias. None when no council's acronym stands there."""
    if s.start == 0:
        return None
    before = s.doc[s.start - 1]
    return before.text if before.whitespace_ and _council_acronym(before.text, lexicon()) \
        else None


def _council_named_before(s: DocSpan, council_ends: dict[int, DocSpan]) -> str | None:
    """The full name of a council printed just before a programme's name with no possessive
    ("Westby Borough Council Air Quality Strategy", "Eastshire District Council Local Plan"),
    which the pipeline reads as the council apart (the host's own name is then dropped):
    readers list such a programme by its name as printed, council and all, as often as
    without it, so that form is an alias, as a council's acronym there is
    (:func:`_council_acronym_before`). A body whose last word is another owner's
    (``programmes.owners``: "the Welsh Government Active Travel Fund") is read so too, as the
    possessive's owners are. The council must end on the token before the name: a
    line's end, or a second space, is a token of its own, so a council on the line above is
    no part of it. The alias is printed without a "the" the council's span opened with."""
    council = council_ends.get(s.start)
    return clean_label(council.text) if council is not None else None


def _fund_by_its_code(label: str) -> str | None:
    """The code a fund is named by where a word of money follows it ("CIL money", "LGF
    monies", "S106 funds", ``programmes.money_words``): the scheme itself, which readers list
    by the code alone as often as with the word, so the code is the label's other form."""
    bare, _, last = label.rpartition(" ")
    if last.lower() in lexicon().money_words and bare and " " not in bare and (
            bare.isupper() or any(c.isdigit() for c in bare)):
        return bare
    return None


def _named_before_column(text: str, base: int, doc: Doc, column: frozenset[str],
                         p: Patterns) -> list[Mention]:
    """The people of a run-together roll the pipeline left unmarked: a given name and a
    surname straight before a word that opens the page's next column (``column``,
    :func:`column_words`) and a body's or a post's name from that word on, as
    ``column_words`` requires ("Jane Kittle Lowdale Trust"; never any capitalised run, "Mary
    Tallow Lowdale Walks"), which the pipeline reads as a body named after a person ("the
    Grace Darling Trust"). Where the word is known to open a column, the two words before it
    are the person, and the body starts at it; a name some mark already covers stays as that
    mark reads it."""
    if not column:
        return []
    given = given_names()
    marked = [(s.start_char, s.end_char) for s in doc.spans["ckg"]]
    found: list[Mention] = []
    page = page_text(doc)
    for m in _NAME_THEN_WORD.finditer(page):
        first, surname = m["first"], m["surname"]
        if m["w"] not in column or first not in given or surname in given:
            continue
        words = [m["w"], *m["rest"].split()]
        if not any(names_body(" ".join(words[:k])) or _is_role(" ".join(words[:k]), p)
                   for k in range(1, len(words) + 1)):
            continue  # "Jane Kittle Lowdale Walks": no body's or post's name after it
        start, end = m.start("first"), m.end("surname")
        name = f"{first} {surname}"
        if any(a < end and start < b for a, b in marked) or (
                text[base + start : base + end] != page[start:end]):
            continue
        found.append(Mention(PERSON, name, Span(base + start, base + end,
                                                text[base + start : base + end])))
    return found


def _narrowed(text: str, span: Span, starts_at: str, ends_at: str) -> Span:
    """A mark's span cut to the words its label kept, so that each fact's span is the exact
    text of what it names: from ``starts_at``'s words where a reference ran onto a post ("B.1067
    Clerk to the Board" from "Clerk"), to the end of ``ends_at``'s where a name gave its last
    word back to the next column ("Ann Pryce Westmere" to "Ann Pryce"). Words the source
    prints otherwise (a line's break, an apostrophe) leave the span whole."""
    start, end = span.start, span.end
    if starts_at and (m := _words_rx(starts_at).search(span.exact)):
        start = span.start + m.start()
    if ends_at and (m := _words_rx(ends_at).search(text, start, end)):
        end = m.end()
    return span if (start, end) == (span.start, span.end) else Span(start, end, text[start:end])


def _words_rx(label: str) -> re.Pattern[str]:
    """A label's words as printed, any run of blanks or a line's break between them, whole
    words only: "Clerk" is not the start of "Clerks" nor "Ann Pryce" of "Ann Pryceley". A
    digit may come straight before: a reference glued to the post ("A2Chief Fire Officer")."""
    return re.compile(r"(?<![^\W\d])" + r"\s+".join(re.escape(w) for w in label.split())
                      + r"(?!\w)")


# What may stand before an item's caption on its line (its number, a bullet) and after it (a
# colon or a dash, then the item's text).
_RX_CAPTION_BEFORE = re.compile(r"[\W\d_]*")
_RX_CAPTION_AFTER = re.compile(r"[ \t]*[:–—-](?:[ \t]|$)", re.MULTILINE)


def _business_caption(text: str, start: int, end: int, label: str) -> bool:
    """Whether a programme's name is an item's caption whose head names the item's business
    (``programmes.caption_heads``): "Budget Review: The Committee noted …", "Insurance review
    - renewal due" at a line's start, nothing but a number or a bullet before it on the line,
    a colon or a dash after it."""
    words = label.split()
    lex = lexicon()
    if not words or words[-1].lower() not in lex.caption_heads:
        return False
    if len(words) >= lex.caption_named_words and all(w[:1].isupper() for w in words):
        return False  # "Governance Systems Review - Progress Update": a review named as such
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_RX_CAPTION_BEFORE.fullmatch(text, line_start, start)) and bool(
        _RX_CAPTION_AFTER.match(text, end))


def _add_meeting_refs(text: str, minutes: Minutes, holder: Item | MeetingText, base: int,
                      doc: Doc, page: _Page, p: Patterns, above: bool = False) -> None:
    """The other meetings one stretch refers to, each once per holder (the text no item
    holds is read in several stretches), added to its holder. ``above``: the stretch is the
    text above the page's heading (:func:`kg.outside.above_heading`), where only a reference
    that names a meeting is one, and never one on the page's own day: there the page's own
    title stands ("Minutes Playing Field Committee 7th June 2016"), and a clerk's dated
    signature ("Clerk to the Council – 07/08/2025") or a site's title ("North Council 6
    December 1999") is no meeting."""
    own = page.own
    names_a_meeting = p.rx("meeting_lines", "names_a_meeting")
    seen = {(r.committee, r.date, r.precision) for r in holder.meeting_refs
            if isinstance(holder, MeetingText)}
    for s in doc.spans["ckg_meeting_refs"]:
        if above and not (page.item_page or s._.names_meeting
                          or names_a_meeting.search(s.text)):
            continue  # (an "Agenda item" page has no heading of its own: the line the reader
            # took for one is the item's, and what stands above it the item's text too)
        for when, precision in s._.when:
            ref = _meeting_ref(text, base, s, when, precision, minutes.date, p,
                               after=page.anchor)
            key = ref and (ref.committee, ref.date, ref.precision)
            body = clean_label(ref.committee).lower() if ref and ref.committee else None
            if ref is not None and s._.rule == "same_day_before":
                # a meeting held just before this one ("immediately following the AGM"): the
                # page's own day, but another meeting's. Never one of another day ("A letter
                # was sent on 12 April following the public meeting": after it, not on its
                # day; "Next meeting: 5 April at 7pm following the AGM"), nor the page's own
                # meeting named ("… opened at 8pm following the Annual Parish Meeting" on that
                # meeting's own page, the Council's meeting after it told)
                if ref.date != (minutes.date or page.anchor) or _own_meeting_named(
                        s._.label or "", page, base + s.start_char < _first_line_end(text)):
                    continue
                if key not in seen:
                    seen.add(key)
                    holder.meeting_refs.append(ref)
                continue
            if ref is not None and ref.precision == "day" and ref.date == minutes.date \
                    and (page.item_page or (page.dated_by_minutes and minutes_confirmed_at(
                        s.sent.text, s.start_char - s.sent.start_char,
                        s.end_char - s.sent.start_char))):
                # the meeting whose minutes are confirmed, on a page dated by a line that
                # names minutes ("Minutes of the meeting held on 25 March 2022" over a
                # ModernGov item that prints no date of its own): another meeting, never this
                # one, since no meeting confirms its own minutes. (Where the page's date is its
                # own heading's, "the minutes of the meeting held on <that day> were agreed"
                # is a clerk's slip for the meeting before, and no reference.) On a page that
                # opens with the "Agenda item" label (``_item_page``) every day is another
                # meeting's, whatever line the reader took the page's date from: "Council – 25
                # February 2015", "… HELD ON: 23 November 2021; 7 December 2021".
                if key not in seen:
                    seen.add(key)
                    holder.meeting_refs.append(ref)
                continue
            if ref is not None and ref.precision == "day" and ref.date == minutes.date \
                    and (above or body is None or minutes.committee is None or _own_body(body, own)
                         or _named_within(body, own)
                         or page.own_or_host(clean_label(ref.committee))
                         or (p.rx("minutes_prose", "council_sitting").fullmatch(body)
                             and own.endswith("council"))
                         or (own and body.endswith(" " + own))):
                # the meeting's own date, repeated: no other meeting (but "the decisions
                # made at the Cabinet meeting on 15 October", read by the scrutiny
                # committee that evening, is another body's meeting the same day). Its
                # body's fuller name, of which the heading read only the end, is its own
                # too: a page's running header "Minutes of a Lowby Marsh Drainage Board
                # meeting held on <its date>" under a heading that says "the Board". Nor is
                # it when the page's signs make the body its own or its host's ("LDNP
                # Partnership 18 May 2009", a running header, on the Lake District National
                # Park Partnership's page). Nor when the page's own body was not read: a body
                # met on its day is then as likely its own ("A meeting of Westshire Police
                # Authority Executive was held on <its date>" below a heading not read).
                continue
            if ref is not None and ref.precision == "day" and ref.date == (
                    minutes.date or page.anchor) and any(
                        _prose_rx(key).fullmatch(text, text.rfind("\n", 0, base + s.start_char)
                                                 + 1, base + s.start_char)
                        for key in (("formal_heading",) if minutes.date
                                    else ("formal_heading", "undated_heading"))):
                continue  # "At a meeting of the Lowby Area Forum held on <its day>" opening a
                # line: the formal heading of the page's own minutes, restated below ("A
                # meeting was held on <its day>" too, on a page whose date was not read)
            if ref is not None and _own_minutes_title(text, minutes, ref, base + s.start_char,
                                                      s.text, body, own):
                continue
            if ref is not None and minutes.date is None and ref.precision == "day" and (
                    ref.date == page.anchor or base + s.start_char < _first_line_end(text)) \
                    and _own_heading(text, base + s.start_char):
                continue  # "Minutes of the Meeting held on 4 May 2023" atop a page: its own
                # (on its first line, whatever date the page prints first: a date the reader
                # cannot take for a full one, "(15/11/16)", leaves the earlier minutes' first)
            if ref is not None and minutes.date is None and ref.precision == "day" \
                    and body is None and ref.date == page.anchor and _RX_BARE_DATE.fullmatch(
                        s.text.strip()):
                continue  # a bare date, the page's first: its own ("26 April 2017 1 – 5"
                # atop an index of the minutes that follow)
            if ref is not None and key not in seen:
                seen.add(key)
                holder.meeting_refs.append(ref)




def _own_meeting_named(name: str, page: _Page, on_first_line: bool) -> bool:
    """Whether a meeting named by its body ("the Finance Committee meeting", "the Annual
    Parish Meeting", "the AGM") is the page's own: its body the page's own body, or a name
    its own name holds ("Eastfield Parish Council AGM"; "Minutes of the Annual Parish
    Meeting held on …", a heading whose body was not read, unless that line is where the
    meeting is named: "Committee Meeting: Thursday 15th June 2023 immediately following the
    AGM")."""
    label = clean_label(name)
    if not label:
        return False
    bare = page.meeting_after.sub("", label) or label
    return label.lower() == page.own or page.own_body(bare) or (
        not on_first_line and _words_rx(label.lower()).search(page.own) is not None)


# A word for minutes: the page's date read from a line that names them is theirs, maybe.
_RX_MINUTES_WORD = re.compile(r"(?i)\bminutes?\b")


def _dated_by_minutes(text: str, minutes: Minutes) -> bool:
    """Whether the page's own date was read from a line that names minutes before it and no
    body of its own ("Minutes of the meeting held on 25 March 2022", "The minutes of the
    meeting held on 22 May 2024 are attached", "… of the Committee held on …"): on a page
    that prints no date of its own, the minutes it confirms may have dated it. A heading
    that names the page's body ("Minutes of the Audit Committee held on 3 May 2023") is the
    page's own."""
    if minutes.committee is not None and not _GENERIC_BODIES.match(minutes.committee):
        return False
    at = minutes.date_span.start if minutes.date_span is not None else -1
    if at < 0 or at > len(text):
        return False
    if any(a.status == "Present" and a.span.start > at for a in minutes.attendance):
        # a roll of those present below the line: it heads the page's own record ("Minutes
        # of the meeting held on 5 May 2023 … Present: Cllrs …", a parish page naming no
        # body), so minutes "of the meeting held on" that day confirmed are a clerk's slip
        # for the meeting before, not another meeting; an item that confirms earlier minutes
        # prints no roll of its own
        return False
    return bool(_RX_MINUTES_WORD.search(text, text.rfind("\n", 0, at) + 1, at))


def _item_page(text: str, p: Patterns) -> bool:
    """Whether the page opens with the "Agenda item" label alone on its first line
    (``[markers] single_item_page``): one ModernGov item saved on its own, with no heading,
    time or place of its meeting. Such a page prints no date of its own, so the date the
    reader gave it was read from the item's text ("Council – 25 February 2015", "Item No. 17 -
    Special Regeneration Scrutiny Committee – 8th September, 2020", "the Panel had held a
    one-off Scrutiny Review meeting on 11th March 2025"): a meeting on that day is another
    one, the one the item tells of, never this page's own. ("Agenda Item 2" or "Agenda Item
    No. 7" over a meeting's own heading and roll is no such page.)"""
    start = len(text) - len(text.lstrip())
    return p.rx("markers", "single_item_page").match(text, start, _first_line_end(text)) is not None


# A date printed alone, no meeting word with it: "26 April 2017"
_RX_BARE_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}")




def _own_minutes_title(text: str, minutes: Minutes, ref: MeetingMention, start: int,
                       words: str, body: str | None, own: str) -> bool:
    """Whether a month's "Minutes" the text names are the page's own title: "May 2022
    Minutes" on the May 2022 meeting's page, or as the first line of a page whose date is not
    read (and of no other body)."""
    if ref.precision != "month" or not re.search(r"(?i)\bminutes\b", words) or not (
            body is None or _own_body(body, own) or _named_within(body, own)):
        return False
    if minutes.date is not None:
        return (ref.date.year, ref.date.month) == (minutes.date.year, minutes.date.month)
    return start < _first_line_end(text)


# How far into a page its title may be (a web page's words may come before it, or a board's
# cover paper that sends the minutes on: "To raise awareness of the Board … Approved by …"
# above "Minutes of a meeting of the Strategy & Performance Committee held on …", its roll
# under it)
_HEADING_REACH = 1500
# A minute's title is followed by its roll (``[minutes_prose] roll_line``: "Present:",
# "Attendance and Apologies", "Members present"); an item's title naming the minutes to
# confirm ("Minutes of the meeting held on 19 June pdf icon", then "The Minutes … were
# confirmed") is not.
_ROLL_REACH = 400


def _own_heading(text: str, start: int) -> bool:
    """Whether a reference starting at ``start`` is the page's own title near its top, on a
    page whose meeting date was not read: "Minutes of the Meeting held on 4 May 2023", its
    roll after it, names this meeting, not another (its date is then the page's first,
    :func:`page_date`)."""
    if start > _HEADING_REACH:
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    m = _prose_rx("own_heading").search(line[-80:])
    if m is None:
        return False
    prev = m.group("prev")
    not_after = _own_heading_not_after()
    return (prev is None or not prev[0].isalnum() or (
        prev[0].isupper() and re.sub(r"[’']s$", "", prev).lower() not in not_after)) and (
            bool(_roll_line().search(text, start, start + _ROLL_REACH)))


def _first_line_end(text: str) -> int:
    """Where the first line of a page with words on it ends."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@dataclass(frozen=True)
class _Page:
    """What the reading of every item of one page shares, worked out once for the page."""

    own: str  # the meeting's own body, as its bodies and posts are compared with it
    venue: str | None  # the place of its venue, whose council is no outside body
    mail_place: str | None  # the place its contact's council address is at ("southwark")
    anchor: date | None  # the date printed near its top, when no meeting date was read
    host: str | None  # the council named alone above its items
    cut_end: int | None  # where an excerpt stops mid-page
    run_together: re.Pattern[str] | None  # its words that run together, on such a page
    initials: frozenset[str]  # the initials of the people its roll names
    self_heads: frozenset[str]  # head words the page calls its own body by ("the Authority")
    top: str  # the page's opening, where its own body's full name is printed
    titles: tuple[str, ...]  # bodies named on lines of their own above its roll and items
    meeting_after: re.Pattern[str]  # ``[minutes_prose] meeting_after``: "… Meeting" after a body
    own_councils: frozenset[str] = frozenset()  # councils its text names as its own (lower case)
    opening: str = ""  # the page's first ``_OPENING`` characters, where its own body is named
    tier_council: str | None = None  # the one council of its heading's bare tier it names
    # head words the page calls a body by after "the" at least once ("the Board noted"),
    # each with the initials its text puts before it ("HIE Board": {"board": {"HIE"}})
    named_heads: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the own body's names by initials and head read in its items ("BTVLEP Board"), left out as
    # outside bodies but still bodies the page names: "BTVLEP Chief Executive" in its roll is
    # the board's chief executive (``_body_initials``); filled as the items are read
    own_by_initials: set[str] = field(default_factory=set)
    # names read as a person's post where they stand as her capacity (_capacity_post): the
    # same name elsewhere on the page is that post too ("R Bell, Station Manager Protection
    # Policy presented …" below the roll that said so); filled as the items are read
    capacity_posts: set[str] = field(default_factory=set)
    # where each person the roll names ends (_capacity_post: a capacity printed after one),
    # once a page, not again for each item read
    attendance_ends: frozenset[int] = frozenset()
    # its date read from a line that names minutes and no body, no roll below it
    # (:func:`_dated_by_minutes`), asked of each reference on its own day: once a page
    dated_by_minutes: bool = False
    # it opens with the "Agenda item" label of a ModernGov item saved alone (:func:`_item_page`),
    # which prints no date of its own: a day it names is another meeting's
    item_page: bool = False

    def own_or_host(self, label: str) -> bool:
        """Whether a body named on the page is the meeting's own or the council that hosts
        it, by any of the signs the page gives: its name, its initials, the council its name
        opens with, the council of its venue, of its contact's address, or named above its
        items. The guide lists neither as an outside body. A name with "Meeting" or
        "Minute" after it ("Northby Parish Council Meeting") is read without that word: the
        body's meeting, or its minutes' heading run on."""
        label = self.meeting_after.sub("", label) or label
        # the own body's initials from its first or last words and a head word, as a
        # title's are ("SRA Board" at the Board of Somerset Rivers Authority); the initials
        # alone stay a body here, as the posts of a roll beside them are read with them
        # ("Head of Finance, WCCG")
        return (self.own_body(label) or _host_council(label, self.own)
                or (" " in label and _titled(label, (self.own,)))
                or _own_initials(label, self.own, self.host or self.tier_council)
                or _council_of_venue(label, self.venue)
                or _council_of_mail(label, self.mail_place)
                or _same_council(label, self.host) or _predecessor_of(label, self.host)
                or any(_same_council(label, c) for c in self.own_councils)
                or _council_of_own_tier(label, self.own, self.tier_council)
                or (_councils_board(label) and _councils_page(self.own)))

    def own_body(self, label: str) -> bool:
        """Whether a body named on the page is the meeting's own (or the body whose board
        it is), by its name, short forms and title, not by its host council's signs: a
        joint body's roll prints its member councils, the venue's among them."""
        return (_own_body(label.lower(), self.own) or _own_in_short(label, self.own)
                or _own_initials(label, self.own, None)
                or _parent_of_own(label, self.own) or _own_head_alone(label, self.own)
                or _named_as_self(label, self.top, self.self_heads)
                or _titled(label, self.titles) or _officers_office(label)
                or self._own_unit(label)
                or any(_own_in_short(label, title) for title in self.titles)
                or self._first_with_a_word_more(label)
                or _initials_of_self(label, self.own, self.named_heads))

    def _first_with_a_word_more(self, label: str) -> bool:
        """Whether a body is the meeting's own named with a word more than its heading
        (:func:`_own_with_a_word_more`), and the first body so named in the page's opening
        (``opening``): a later one ("the Northvale National Park Authority" after
        "Westshire National Park Authority") is another body of the kind."""
        for name in (self.own, self.own.rpartition(" of ")[2], *self.titles):
            if not _own_with_a_word_more(label, name):
                continue
            first = next((m.group() for m in _prose_rx("body_run").finditer(self.opening)
                          if _own_with_a_word_more(m.group(), name)), None)
            return first is not None and _words_rx(label).search(first) is not None
        return False

    def _own_unit(self, label: str) -> bool:
        """Whether a body is a unit of the meeting's own body, its name then a unit's head
        ("Wye Valley AONB Unit" at the Wye Valley AONB Joint Advisory Committee, "WQB's
        Senior Management Team" under "WESTMERE QUALIFICATIONS BOARD"): its own staff,
        which readers never list as an outside body."""
        words = label.split()
        lex = lexicon()
        if (owner := _office_owner(label)) is not None:
            name = owner  # "WQB's Office", read as an officer's office is
        else:
            if len(words) < 2 or words[-1].lower() not in (
                    lex.own_unit_heads | lex.own_office_heads):
                return False
            words.pop()
            while len(words) > 1 and words[-1].lower() in lex.own_unit_words:
                words.pop()  # "Senior Management Team"
            name = re.sub(r"[’']s$", "", " ".join(words))
        if len(name.split()) < 2 and not (name.isupper() and len(name) >= 3):
            return False
        return (_parent_of_own(name, self.own) or _titled(name, self.titles)
                or _own_initials(name, self.own, None) or (
                    self.own.startswith(name.lower() + " ") and len(name.split()) >= 2))


def _page(text: str, minutes: Minutes, p: Patterns) -> _Page:
    own = clean_label(minutes.committee or _own_name_at_top(text, minutes) or _first_line(text))
    # "Renfrewshire Valuation Joint Board.", "… Combined Authority:": a heading's stop is no
    # part of the name
    own = own.rstrip(" .:;,")
    own = re.sub(r"\bthe(?=[A-Z][a-z])", "the ", own).lower()  # "theCorporate Board"
    own = re.sub(r"\s+minutes$", "", own)  # "Scrutiny Panel Minutes": the panel
    # "ALBURY PARISH COUNCIL MEETING": a heading that names a council's meeting names the
    # council as the meeting's own body
    own = re.sub(r"(?<=\scouncil)\s+meeting$", "", own)
    # "Cornworthy Parish Council (CPC)", "… Committee (no longer active)": a bracket after
    # the meeting's name is no part of it
    own = re.sub(r"\s*\([^()]*\)$", "", own)
    return _Page(
        own=own,
        venue=_host_venue(text, own),
        mail_place=_mail_place(text) if not _body_of_its_own(own) else None,
        anchor=page_date(text, p) if minutes.date is None else None,
        host=_council_heading(text, minutes, own) or _council_of_meeting(text) or (
            _council_at_top(text, minutes, own, p)) or _council_of_parish_meeting(text, own)
        or _council_before_dash(own),
        cut_end=_page_cut_end(text),
        run_together=_run_together(text, p),
        initials=_roll_initials(minutes),
        self_heads=_self_heads(text),
        top=text[:_SELF_TOP],
        titles=_title_names(text, minutes, p),
        meeting_after=p.rx("minutes_prose", "meeting_after"),
        own_councils=_councils_named_own(text, own, p),
        opening=text[:_OPENING],
        tier_council=_one_council_of_tier(text, own),
        named_heads=_initials_before_heads(text, _heads_named_alone(text)),
        dated_by_minutes=_dated_by_minutes(text, minutes),
        item_page=_item_page(text, p),
        attendance_ends=frozenset(a.span.end for a in minutes.attendance),
    )


_OPENING = 2500  # how far into a page its own body is named by its full name


def _councils_named_own(text: str, own: str, p: Patterns) -> frozenset[str]:
    """The councils a page's text names as its own, where its top names none (the heading
    names only the meeting: "Planning Committee", "Parish Council", or nothing the reader
    took): a council someone is co-opted onto ("be co-opted as a member of Westbury Parish
    Council", ``[minutes_prose] co_opted_onto``; only a council fills its own seats), one
    whose committee the meeting is, named with the meeting's own name after it ("Westbury
    District Council's first virtual Planning Committee meeting", ``council_then_own``), one
    a running header prints over its minutes ("Westbury Parish Council" / "Minutes of the
    Ordinary Meeting …", ``council_over_minutes``), and the council whose minutes they are,
    anywhere on the page ("Minutes of the Parish Council Meeting of Westbury Parish Council
    that was held …": several meetings' minutes printed one after another; "Minutes of the
    meetings of Westshire Council of 11th March", ``minutes_of_council_dated``), and the
    council whose meeting system's page title it prints ("Agenda for Cabinet on … — Westshire
    Council", ``site_title_council``). The guide lists
    the host council as no outside body. Each name is also read without the capitalised
    words before it that the pattern took with it ("Meeting of Westbury Parish Council")."""
    found: set[str] = set()
    then_own = _council_then_own(own)
    co_opted = p.rx("minutes_prose", "co_opted_onto")
    over_minutes = p.rx("minutes_prose", "council_over_minutes")
    for m in p.rx("minutes_prose", "council_name").finditer(text):
        start, end = m.start("name"), m.end("name")
        line_start = text.rfind("\n", 0, start) + 1
        if (co_opted.search(text[max(0, start - 160) : start])
                or (then_own is not None and then_own.match(text[end : end + 120]))
                or (not text[line_start:start].strip()
                    and over_minutes.match(text[end : end + 80]))):
            found.update(_council_suffixes(m["name"]))
    for key in ("minutes_of_council", "minutes_of_council_dated", "site_title_council"):
        for m in _prose_rx(key).finditer(text):
            found.update(_council_suffixes(m["council"]))
    if m := _COUNCIL_OF_PLACE.fullmatch(own):
        found.add(f"{m['place']} {m['tier']} council")  # "Kettering Borough Council"
    return frozenset(found)


# A council's formal name, as its full council's heading prints it: "Council of the Borough of
# Westbury", the council that prose calls "Westbury Borough Council".
_COUNCIL_OF_PLACE = re.compile(r"(?:the )?council of the (?P<tier>borough|district|city|county)"
                               r" of (?P<place>[a-z][a-z' -]*)")


def _council_suffixes(name: str) -> list[str]:
    """A council's name as a pattern took it and without each capitalised word before it
    ("Meeting of Westbury Parish Council", "Westbury Parish Council"), lower case: the
    pattern cannot tell where the name starts. A tier and "Council" alone are none."""
    words = name.split()
    out = []
    for i in range(len(words)):
        rest = words[i:]
        if rest[0].lower() in ("and", "with", "of", "&"):
            continue
        m = _council_name().match(" ".join(rest))
        if m and m["place"].lower() not in _council_tiers():
            out.append(" ".join(rest).lower())
    return out


@cache
def _council_then_own(own: str) -> re.Pattern[str] | None:
    """``[minutes_prose] council_then_own`` with the meeting's own name filled in ("and" as
    "and" or "&"), for a council's committee: a name of a few plain words that ends in a
    committee's word ("Planning Committee", "Cabinet"); None for any other (a joint body's,
    whose members are councils, or a page whose own name the reader could not take)."""
    words = _and_for_ampersand(own).split()
    kinds = _committee_kinds()
    if not words or len(words) > 6 or not all(re.fullmatch(r"[a-z'-]+", w) for w in words) or (
            _body_of_its_own(own)) or not any(" ".join(words).endswith(k) for k in kinds):
        return None
    name = r"[ \t]+".join("(?:and|&)" if w == "and" else re.escape(w) for w in words)
    return re.compile(load_patterns().raw["minutes_prose"]["council_then_own"].replace(
        "{own}", name))


@cache
def _committee_kinds() -> frozenset[str]:
    """The words that end a council's committee's name (``committee_words``), and a health
    and wellbeing board's, a council's committee by law though its head is "Board"
    (``organisations.council_boards``)."""
    return frozenset(lexicon().committee_words | set(lexicon().council_boards))


def _council_of_own_tier(label: str, own: str, one: str | None) -> bool:
    """Whether a council is the page's own by its tier: a page whose heading names only
    "Parish Council" (or "Town Council", "Community Council", and so a principal council's
    "County Council", "District Council") is that tier's council's, so "Westbury Parish
    Council" there is its host when it is the one council of that tier the page names
    (``one``, :func:`_one_council_of_tier`); a council of another tier named on it is not,
    nor any of several ("Eastby Parish Council would write to Westby Parish Council": a
    neighbour, which other signs of the page may tell apart)."""
    m = re.fullmatch(rf"({_own_tiers()}) council", own)
    return one is not None and bool(m) and bool(
        re.search(rf"(?i)\S\s+{m[1]}\s+council$", label)) and bool(
        (c := _council_name().match(label)) and c["place"].lower() not in _council_tiers()
    ) and _council_key(label) == one


def _one_council_of_tier(text: str, own: str) -> str | None:
    """The one council of the tier a bare heading names ("Parish Council") that a page's text
    names, as :func:`_council_key` gives it; None when it names none or several (two names,
    or "Eastby and Westby Parish Councils"). A run of capitalised words before the tier is a
    name, less a small word ("The Parish Council", "This Town Council": the own council
    unnamed)."""
    m = re.fullmatch(rf"({_own_tiers()}) council", own)
    if m is None:
        return None
    named: set[str] = set()
    for c in _tier_council_rx(m[1]).finditer(text):
        key = _council_key(f"{c[1]}{m[1]} council")
        if key is None:
            continue
        if c[2]:
            return None  # "Eastby and Westby Parish Councils": two at least
        named.add(key)
        if len(named) > 1:
            return None
    # "share the cost with Westby PC": the tier's short form after a place names a council
    # of the tier as well, the page's own as often as not
    raw = load_patterns().raw
    short = raw["minutes_prose"]["tier_short_forms"].get(m[1])
    if short is not None and named:
        not_places = {*raw["minutes_prose"]["tier_short_not_places"],
                      *(month.casefold() for month in raw["dates"]["months"])}
        for c in _tier_short_rx(short).finditer(text):
            place = c[1].rsplit(None, 1)[-1]
            if place.casefold() in not_places or (len(place) > 1 and place.isupper()):
                continue  # "the Neighbourhood PC", "a new Windows PC", "QUESTIONS TC"
            key = _council_key(f"{c[1]} {m[1]} council")
            if key is not None and key not in named:
                return None
    return next(iter(named), None)


@cache
def _tier_short_rx(short: str) -> re.Pattern[str]:
    """A council of one tier by its short form after its place ("Westby PC", "Eastby TC"): one
    to three capitalised words, then the short form as a word of its own, no name after it
    ("Westshire Police PC Hale" is a constable). Linear as :func:`_tier_council_rx` is."""
    return re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){{0,2}}[A-Z][\w'’-]*)[ \t]+"
                      rf"{re.escape(short)}\b(?![ \t]+[A-Z][a-z])")


@cache
def _tier_council_rx(tier: str) -> re.Pattern[str]:
    """A council of one tier by name: one to three capitalised words, the tier ("Parish",
    "PARISH"), "Council" or "Councils". Linear: each word one capitalised run and a blank,
    the first opening a word (no match tried from inside a long run of letters, which made
    a search along a 5,000-letter run quadratic: 2 s)."""
    return re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){{1,3}})"
                      rf"(?:{tier.title()}|{tier.upper()})[ \t]+(?:Council|COUNCIL)([sS]?)\b")


def _council_key(name: str) -> str | None:
    """A council's name at its shortest ("Minutes of Eastby Parish Council" is "eastby parish
    council"), lower case; None for a small word and a tier ("The Parish Council")."""
    suffixes = _council_suffixes(name)
    if not suffixes or suffixes[-1].split()[0] in STOP_WORDS:
        return None
    return suffixes[-1]


_TITLE_LINES = 12  # how many lines a page's title block runs to, above its roll


def _title_names(text: str, minutes: Minutes, p: Patterns) -> tuple[str, ...]:
    """The bodies a page names on lines of their own above its roll and its first item, its
    title ("SCOTTISH QUALIFICATIONS AUTHORITY", "Pontcanna Permanent Allotment Association"):
    the body whose minutes these are, or the body it belongs to, whose name a site's chrome
    may have pushed off the heading the reader took. A name whose last word is a title head
    (``organisations.page_title_heads``); not a council's (a joint body lists its members so):
    that rests on "council" being left out of ``page_title_heads``, which keeps a council's
    name from being read as the page's own body. Lower case, "&" as "and"."""
    starts = [i.span.start for i in minutes.items] + [a.span.start for a in minutes.attendance]
    # a heading the reader took ends the title: a body on a line below "Minutes of the Audit
    # Committee" may be another the committee deals with (the line itself is read)
    if minutes.committee_span is not None:
        starts.append(text.find("\n", minutes.committee_span.end) % (len(text) + 1))
    end = min([*starts, _SELF_TOP])
    heads = lexicon().org_title_heads
    out: list[str] = []
    for line in text[:end].splitlines()[:_TITLE_LINES]:
        if _roll_line().search(line):
            break  # the roll begins: a body named below it is a member's
        m = p.rx("minutes_prose", "title_name").match(line.strip())
        if m is None:
            continue
        name = _and_for_ampersand(" ".join(m["name"].split()).lower())
        if name.split()[-1] in heads and len(name.split()) >= 2:
            out.append(name)
    return tuple(out)


def _titled(label: str, titles: tuple[str, ...]) -> bool:
    """Whether a body is the one the page's title names (``_title_names``): by that name, by
    its initials ("SQA" under "Scottish Qualifications Authority", "NIFRS" under "Northern
    Ireland Fire & Rescue Service Board", "CLCCG" under "NHS Central London Clinical
    Commissioning Group": the initials of its words from the first or to the last, three at
    least), or by those initials and a head word ("NIFRS Board"). The page's own body, its
    host, which readers never list as an outside body."""
    if not titles:
        return False
    name = name_key(_and_for_ampersand(" ".join(label.split())))
    if name in titles:
        return True
    words = label.split()
    if len(words) == 2 and words[1].lower() in lexicon().org_title_heads:
        words = words[:1]  # "NIFRS Board"
    if len(words) != 1 or not (words[0].isalpha() and words[0].isupper()
                               and 3 <= len(words[0]) <= 6):
        return False
    from kg.resolve import initials, settings  # the initials resolution ties acronyms by

    acronym, skip = words[0], settings().acronym_skip
    for title in titles:
        letters = initials(title, skip)
        n = len(letters)
        if any(letters[:k] == acronym or letters[n - k:] == acronym for k in range(3, n + 1)):
            return True
    return False


_SELF_TOP = 1500  # how far into a page its own body is first named
_SELF_USES = 3  # how often the page calls the body by its head word alone


def _self_heads(text: str) -> frozenset[str]:
    """The head words a page calls its own body by, capitalised after "the", again and
    again ("the Authority agreed", "the Board noted", "Members of the Partnership"):
    ``organisations.self_heads`` in lexicon.toml used at least ``_SELF_USES`` times."""
    return frozenset(h for h in lexicon().org_self_heads
                     if len(re.findall(rf"\b[Tt]he {h.capitalize()}\b", text)) >= _SELF_USES)


def _heads_named_alone(text: str) -> frozenset[str]:
    """The head words (``organisations.self_heads``) a page calls a body by alone after "the"
    at least once ("the Board agreed", "the Board's view", "the Board (BTVLEP)", "the" and
    "Board" on two lines of a PDF's text): not "the Board of Kestrel Rivers Authority", which
    names the board by the body it is of, as a heading does. One search a head word, once a
    page (``_page``), each stopping at its first use."""
    return frozenset(h for h in lexicon().org_self_heads
                     if re.search(rf"\b[Tt]he\s+{h.capitalize()}\b(?!\s+of\b)", text))


# A body named by initials, at most one capitalised word more, and a head word: "HIE Board",
# "ILF Scotland Board", "YOS Management Board". The head is matched in lower case after.
_INITIALS_THEN = r"(?P<initials>[A-Z]{2,6})(?: [A-Z][a-z]+)? "
_INITIALS_THEN_HEAD = re.compile(_INITIALS_THEN + r"(?P<head>\w+)")


def _initials_before_heads(text: str, heads: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each of a page's ``heads`` (:func:`_heads_named_alone`) with the initials its text
    names a body by before it (``_INITIALS_THEN_HEAD``), less a national body's with local
    branches ("NHS Board"): where the page names two ("WRT Board", "SEMLEP Board") and no
    heading says whose it is, neither is told for the page's own (:func:`_initials_of_self`).
    One scan of the page, once a page."""
    if not heads:
        return {}
    alternatives = "|".join(sorted(h.capitalize() for h in heads))
    rx = re.compile(rf"\b{_INITIALS_THEN}(?P<head>{alternatives})\b")
    branches = lexicon().branches
    found: dict[str, set[str]] = {h: set() for h in heads}
    for m in rx.finditer(text):
        if m["initials"].lower() not in branches:
            found[m["head"].lower()].add(m["initials"])
    return {h: frozenset(v) for h, v in found.items()}


def _initials_of_self(label: str, own: str, heads: Mapping[str, frozenset[str]]) -> bool:
    """Whether a body is the meeting's own named by its initials and the head word its
    minutes call it by after "the" (``heads``, with the initials the page names before each:
    "HIE Board" on minutes that say "the Board agreed", "YOS Management Board" where "the
    Board" noted): a board's minutes name their own board so, by its short name, and readers
    never list it as an outside body. Only where the page's own name, as read, has that head
    word or no body's head at all (no heading was read: the minutes' first line, a date); a
    committee's page that speaks of "the Board" speaks of another body ("Health Scrutiny
    Committee" and "CCG Board"), as does a page that never says "the Board" ("NHS Board" on
    an area committee's minutes). A board's minutes name other bodies' boards too ("the
    SEMLEP Board had agreed" at the BTVLEP Board, "CCG Board" at a trust's, "Chair of HT
    Board" at an executive board's): where the own name was read and names the body by more
    than its head ("btvlep board"), the initials must be its own (:func:`_initials_in_name`);
    where no heading was read, the only initials the page puts before that head.
    Not the initials of a national body with local branches (``organisations.branches``):
    "NHS Board", "NHS Executive Board" are the health service's boards of a place."""
    m = _INITIALS_THEN_HEAD.fullmatch(label)
    if m is None or (head := m["head"].lower()) not in heads:
        return False
    lex = lexicon()
    if m["initials"].lower() in lex.branches:
        return False
    own_words = re.findall(r"[a-z][\w-]*", own)
    if not set(own_words) & lex.org_own_name_heads:
        # no heading read (a date, the roll's first line): the own board's initials, if they
        # are the only ones the page puts before that head
        return heads[head] <= {m["initials"]}
    if head not in own_words:
        return False
    # "board" alone names no body whose initials could be told apart
    return (all(w in lex.org_own_name_heads for w in own_words)
            or _initials_in_name(m["initials"], own))


def _initials_in_name(letters: str, name: str) -> bool:
    """Whether initials are a body's own by its name as read (lower case): one of its words
    ("LGA" in "lga board"), the end of one of three letters or more ("LEP" in "wlep board",
    the Worcestershire LEP), or a run of its words' initials, read as the resolution reads
    them ("HEE" in "board meeting of health education england", "HSENI" in "the board of
    the health and safety executive for northern ireland")."""
    from kg.resolve import initials, settings  # the one reading of a name's initials

    low = letters.lower()
    return (any(w == low or (len(low) >= 3 and w.endswith(low))
                for w in re.findall(r"[a-z0-9]+", name))
            or (len(low) >= 3 and letters in initials(name, settings().acronym_skip)))


def _named_as_self(label: str, top: str, heads: frozenset[str]) -> bool:
    """Whether a body is the meeting's own: the first body of its head word named at the
    page's top, which the minutes then call by that head word alone throughout ("Cleveland
    Fire Authority" over minutes that say "the Authority agreed"; a second authority the
    page names is another body). The minutes of a body whose heading the reader missed."""
    words = label.split()
    if len(words) < 2 or (head := words[-1].lower()) not in heads:
        return False
    first = re.search(rf"(?:[A-Z][\w'’&-]*\s+(?:(?:and|&|of)\s+)?){{1,6}}{head.capitalize()}\b",
                      top, re.IGNORECASE if top.isupper() else 0)
    return first is not None and name_key(re.sub(r"\s+", " ", first.group())).endswith(
        name_key(label))


def _people_by_initials(minutes: Minutes) -> dict[str, str]:
    """The people of the page's roll by their initials, as its action lines and logs name
    them ("Jo Pellowe" is "JP", "Ann Marie Selwood" "AMS" and "AS"): only initials that one
    person of the roll gives, and never a known body's (``_roll_initials``)."""
    known = lexicon().org_known
    found: dict[str, set[str]] = defaultdict(set)
    for a in minutes.attendance:
        name = _without_titles(a.name)
        for initials in _initials_of(name):
            if initials.lower() not in known:
                found[initials].add(name)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _initials_of(name: str) -> set[str]:
    """A person's initials, all their capitalised words' and the first and last's ("Ann Marie
    Spencer": "AMS", "AS"); none for a name of one word."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", _without_titles(name)) if w[0].isupper()]
    return {"".join(w[0] for w in words), words[0][0] + words[-1][0]} if len(words) > 1 else set()


def _roll_initials(minutes: Minutes) -> frozenset[str]:
    """The initials of the people the page's roll names, as its action lines name them
    ("Stuart Lenwick" → "SL", "Ann Marie Selwood" → "AMS", "AS"): such capitals are a
    member, no body. Only names of a given name and a surname or more (two capitals at
    least), and never a known body's initials ("Nick Hale" stays clear of "NH")."""
    known = lexicon().org_known
    out: set[str] = set()
    for a in minutes.attendance:
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", _without_titles(a.name))
                 if w[0].isupper()]
        if len(words) < 2:
            continue
        for initials in ("".join(w[0] for w in words), words[0][0] + words[-1][0]):
            if initials.lower() not in known:
                out.add(initials)
    return frozenset(out)


_POST_OF = re.compile(r"^(?P<post>.+?) of (?:the )?(?P<body>.+)$")


def _post_of_own_body(label: str, own: str) -> str:
    """"Vice Chair of the Economy Scrutiny Panel" in that panel's own minutes is its Vice
    Chair: the post, named without the body the minutes are of ("Chair of the Scrutiny
    Panel", a shorter name of it, too). Another committee's chair keeps its full name."""
    m = _POST_OF.match(label)
    if not m or not own:
        return label
    body = m["body"].lower()
    if _unnamed_own_body(body, own):
        return m["post"]
    own = re.sub(r"\s+[-–(].*$", "", own)  # "Scrutiny Panel - Monday 3 May": the name
    # the own body's words, when they are a name ("Council" alone, or a page whose heading
    # the reader missed, names none: "Chair of Powys County Council" stays another's chair)
    own_words = _words(own) - {"the", "and", "&"}
    if body == own or (own.endswith(" " + body) and len(body.split()) >= 2) or (
            _words(body) >= own_words and len(own_words) >= 2 and len(_words(body)) >= 2):
        return m["post"]
    return label


def _unnamed_own_body(body: str, own: str) -> bool:
    """"Chair of the Joint Committee", "Vice Chair of the Committee": a body named by its kind
    alone, with no name of its own, is the meeting's own (the only committee the minutes need
    not name), unless the minutes are of another kind of body ("Chair of the Panel" in a
    Committee's minutes is the panel's)."""
    words = body.removeprefix("this ").split()
    if words[:1] in (["joint"], ["sub"]):
        words = words[1:]
    kind = " ".join(words)
    lex = lexicon()
    kinds = lex.committee_words - {"cabinet", "full council"}
    if kind in lex.post_own_kinds:
        # "Chair of the Forum": a body of another kind than a committee is the page's own
        # where its own name is of that kind, or names no kind at all (not a council's)
        own_kinds = {k for k in lex.committee_words | lex.post_own_kinds
                     if re.search(rf"\b{re.escape(k)}\b", own)}
        return kind in own_kinds or not (own_kinds or re.search(r"\bcouncil\b", own))
    if kind not in kinds:
        return False
    own_kinds = {k for k in lex.committee_words if re.search(rf"\b{re.escape(k)}\b", own)}
    return not own_kinds or kind in own_kinds




@cache
def _plan_group_heading() -> re.Pattern[str]:
    """A page's opening line that names a group by the plan it writes (lexicon.toml
    ``programmes.plan_groups``): "Minutes of Sheepy Parish Neighbourhood Plan Steering
    Group", "Grasby Neighbourhood Plan Steering Group", "EASTBY & WESTBY NEIGHBOURHOOD PLAN
    STEERING GROUP" (two places' plan, in capitals). Linear: up to five capitalised words or
    joins ("&", "and"), one space or tab apart, the last "Plan"."""
    groups = "|".join(r"[ \t]+".join(map(re.escape, g.split()))
                      for g in lexicon_data()["programmes"]["plan_groups"])
    return re.compile(r"(?m)^[ \t]*(?:[Mm]inutes[ \t]+of[ \t]+(?:the[ \t]+)?)?"
                      r"(?P<plan>(?:(?:[A-Z][\w'-]*|&|and)[ \t]+){0,5}(?:Plan|PLAN))[ \t]+(?i:"
                      + groups + r")\b")


def _plan_of_own_group(text: str, minutes: Minutes) -> None:
    """The plan a page's own group writes, named in the group's name at the page's top
    ("Grasby Neighbourhood Plan Steering Group"): a programme of the page's, which readers
    list though the group is the meeting's own body. Only before the first item, and only
    when the prose names no programme of that name already, nor one whose name ends so."""
    top = min((i.span.start for i in minutes.items), default=len(text))
    m = _plan_group_heading().search(text, 0, min(top, _SELF_TOP))
    if m is None or m["plan"].split()[0].lower() in ("the", "a", "of", "&", "and"):
        return
    label = " ".join(m["plan"].split())
    if label.isupper():  # a heading in capitals: the plan's name as a name is printed, its
        # small words small ("Acton and Westby", "Burton-on-Trent": posts.title_small_words)
        label = " ".join(in_title_case(label.split(), lexicon().post_title_small_words,
                                       keep_first=True, by_hyphen=True))
    if any(x.kind == PROGRAMME and x.label.lower().endswith(label.lower())
           for h in minutes.prose for x in h.mentions):
        return  # named so already, or more fully ("Preshute Neighbourhood Plan")
    start, end = m.span("plan")
    minutes.outside.mentions.append(Mention(PROGRAMME, label, Span(start, end, text[start:end])))


def _contact_posts(text: str, minutes: Minutes, nlp: Language, p: Patterns) -> None:
    """The post a contact line names after its officer ("Contact: Jo Bloggs, Member Services
    Officer  Tel: …"), kept with the meeting's contacts: the officer holds it. A line that
    names no officer may name the post alone ("Contact: Democratic Services Manager  Email:",
    "Contact: Office Manager, Civic Centre"): the post that opens it."""
    people = [c for c in minutes.contacts if c.kind == PERSON]
    for c in people:
        m = p.rx("header", "contact_post").match(text, c.span.end)
        if not m or not m["post"].strip():
            continue
        base = m.start("post")
        doc = nlp(m["post"])
        for s in doc.spans["ckg"]:
            if s._.kind == POST:
                minutes.contacts.append(Mention(POST, clean_label(s.text), _span(text, base, s)))
    first = min((i.span.start for i in minutes.items), default=0)
    if not (line := p.rx("header", "contact").search(text, 0, first)):
        return
    base = line.start("names")
    # the post alone, before any officer the line names and before the address a comma parts
    # from it ("Office Manager, Civic Centre")
    end = min([c.span.start for c in people if c.span.start >= base] + [line.end("names")])
    head = text[base:end].partition(",")[0]
    if (dash := _contact_dash_name(head, p)) is not None:
        # "Contact: Committee Officer – Jo Bloggs": the post, a dash, the officer holding it
        name = dash["name"]
        minutes.contacts.append(Mention(PERSON, " ".join(name.split()), Span(
            base + dash.start("name"), base + dash.end("name"), name)))
        head = head[: dash.start()]
    doc = nlp(head)
    for s in doc.spans["ckg"]:
        if s._.kind != POST or s.start != 0:
            continue
        whole = _span(text, base, s)
        if (cut := _contact_before_post(whole.exact)) > 0:
            # "Contact: Sam Orrell Committee Officer": the officer's name, then the post
            name = whole.exact[:cut].rstrip()
            minutes.contacts.append(Mention(PERSON, " ".join(name.split()), Span(
                whole.start, whole.start + len(name), name)))
            rest = whole.exact[cut:].lstrip()
            at = whole.end - len(rest)
            minutes.contacts.append(Mention(POST, clean_label(rest), Span(at, whole.end, rest)))
            continue
        minutes.contacts.append(Mention(POST, clean_label(s.text), whole))


def _contact_dash_name(head: str, p: Patterns) -> re.Match[str] | None:
    """The officer's name after a dash that ends a contact line's post ("Committee Officer –
    Jo Bloggs", ``[header] contact_dash_name``): where words before the dash are a post, the
    name opens with a common given name (as ``_contact_before_post`` asks of a name run onto
    a post) and its words are no post's or body's ("Director – Environment", "Service Manager
    - Public Protection", "Lead Officer - Community Safety" are one post each, a remit after
    the dash). None when not so."""
    m = p.rx("header", "contact_dash_name").search(head)
    if m is None or m["name"].split()[0] not in given_names():
        return None  # ("Lead Officer - Street Scene": a remit's words, no given name)
    lex = lexicon()
    words = m["name"].lower().split()
    if any(w in lex.post_heads or w in lex.org_heads or w in lex.departments
           or w in lex.directorates or w in lex.connectors for w in words) or head_kind(
            head[: m.start()].lower().split(), lex) != POST or head_kind(words, lex) is not None \
            or service_name(m["name"].split()):
        return None  # ("Head of Finance – Adult Care": a service's name, no person's)
    return m


def _past_holders(label: str) -> bool:
    """Whether a post's label opens with a past holder's standing (``posts.past_status``) and
    names the post after it: "Former Member of Staff", "Previous Clerk", "Ex- Mayor" are
    none the meeting has. Not "Ex Officio Member", "Ex-officio Governor" (``posts.
    present_status_phrases``): a member by virtue of an office held now."""
    lex = lexicon()
    words = label.lower().replace("-", " ").split()
    return len(words) > 1 and label.split(maxsplit=1)[0].lower().rstrip("-") in (
        lex.post_past_status) and " ".join(words[:2]) not in lex.post_present_status_phrases


def _contact_before_post(label: str) -> int:
    """Where the post starts in a contact line's officer and post run together with no comma
    ("Sam Orrell Committee Officer", "Jo Hale Police and Crime Panel Officer", ModernGov's
    header): after a common given name and one capitalised surname that is no post's word,
    when the words after them are a post. 0 when the line does not read so."""
    words = list(re.finditer(r"\S+", label))
    if len(words) < 3 or words[0].group() not in given_names() or not re.fullmatch(
            SURNAME, words[1].group()):
        return 0
    lex = lexicon()
    rest = [w.group().lower() for w in words[2:]]
    if words[1].group().lower() in lex.post_heads or head_kind(rest, lex) != POST:
        return 0
    return words[2].start()


def _own_body(label: str, own: str) -> bool:
    """Whether an organisation named in an item is the meeting's own body: its name, or its
    name without the place before it ("the Health and Wellbeing Board" at a meeting of the
    Westshire Health and Wellbeing Board). A longer name is another body's ("Westshire
    Health Scrutiny Committee" at a city council's own scrutiny committee), except a body a
    place has one of (``organisations.one_per_place``) with its place before it: "Westshire
    Health and Wellbeing Board" at the Health and Wellbeing Board's meeting. "Well-being" and
    "well being" are "wellbeing" ("Health & Well-Being Board" under "Health & Wellbeing
    Board")."""
    label, own = _wellbeing(_and_for_ampersand(label)), _wellbeing(_and_for_ampersand(own))
    bare = own.removeprefix("the ")
    return label == own or (len(label.split()) > 2 and own.endswith(" " + label)) or (
        bare in lexicon().org_one_per_place and label.endswith(" " + bare)
        and len(label.split()) - len(bare.split()) <= 3)


_WELL_BEING = re.compile(r"(?i)\bwell[- ]being\b")


def _own_with_a_word_more(label: str, own: str) -> bool:
    """Whether a body is the meeting's own, named with one word more than its heading
    gives, its place as a rule ("Westshire National Park Authority" under "National Park
    Authority", "West Northshire Local Access Forum" under "WEST LOCAL ACCESS FORUM", a
    page whose copy lost the place from its title): three words of the heading at least,
    the one word put in anywhere before its head, a body's head (``own_name_heads``) that is
    no council committee's ("Westshire Health Scrutiny Committee" under "Health Scrutiny
    Committee" may be the county's)."""
    def words(name: str) -> list[str]:
        return [w for w in re.findall(r"[a-z0-9'-]+", _and_for_ampersand(name.lower()))
                if w != "the"]
    lw, ow = words(label), words(own)
    lex = lexicon()
    if len(ow) < 3 or len(lw) != len(ow) + 1 or lw[-1] != ow[-1] or (
            ow[-1] not in lex.org_own_name_heads) or any(
            " ".join(ow).endswith(k) for k in lex.committee_words):
        return False
    return any(lw[:i] + lw[i + 1 :] == ow for i in range(len(lw) - 1))


def _wellbeing(name: str) -> str:
    """A name with "well-being" and "well being" spelt "wellbeing": one body, spelt each way
    on one page ("Health & Well-Being Board (Westbury) Minutes" under "Health & Wellbeing
    Board")."""
    return _WELL_BEING.sub("wellbeing", name)




def _council_of_group_heading(label: str, text: str, end: int) -> str | None:
    """The council a joint body's roll groups its members under, by a heading of its
    councillors ("Durham County Councillors:", then "Councillors D Bell, J Bell …"): the
    council is a member body, named so; not the tier alone ("County Councillors:")."""
    m = _prose_rx("group_heading").fullmatch(label)
    if m is None or not text[end : end + 2].lstrip(" \t").startswith(":"):
        return None
    if m["place"].split()[0].lower() in _council_tiers():
        return None
    return f"{m['place']}{m['tier']} Council"


def _venue(label: str, before: str, after: str, p: Patterns) -> bool:
    """Whether a body's name is the building a meeting is held in, by the words before it
    ("held at the Westbury Community Centre", "the meeting took place in St Mary's Church",
    ``organisations.venue_verbs``) and its last word (``venue_heads``), or a time of day
    printed with a building's name ("at 7pm at Westbury Community Centre", "Westbury
    Community Centre at 19.30", ``venue_time_heads``; the time ``[minutes_prose]
    venue_time_before`` and ``venue_time_after``): the place, which readers do not list as an
    outside body."""
    words = label.lower().split()
    if not words:
        return False
    m = p.rx("minutes_prose", "venue_before").search(before)
    if m and m["verb"].lower() in lexicon().venue_verbs and words[-1] in lexicon().venue_heads:
        return True
    return words[-1] in lexicon().venue_time_heads and bool(
        p.rx("minutes_prose", "venue_time_before").search(before)
        or p.rx("minutes_prose", "venue_time_after").match(after))


def _one_word_part(label: str) -> bool:
    """Whether a body's name is one word and a part's head ("the Police Team", "the Harbour
    Office", "Westbury's Team", ``organisations.one_word_parts``): a team or office of some
    body, no outside body readers list. A known body ("the Home Office") stays one."""
    words = without_the(label).split()
    lex = lexicon()
    return len(words) == 2 and words[1].lower() in lex.one_word_parts and (
        name_key(label) not in lex.org_known)


def _remits_joined(label: str) -> bool:
    """Whether a body's name ends in "and" or "&" and a body's head in the plural
    (``organisations.remits_plural_heads``): "Transformation and Partnerships", "Communities
    & Partnerships", "Cornwall Councillors and Councils". A plural head straight after the
    conjunction is one more remit of a department or portfolio (the officer's post before it
    names where they work) or bodies of a kind, never one body's name, which ends in a
    singular head or has a word of its own before a plural ("Community Safety
    Partnerships"). A known body stays one."""
    words = label.split()
    return len(words) >= 3 and words[-2].lower() in ("and", "&") and (
        words[-1].lower() in lexicon().remits_plural_heads) and (
        name_key(label) not in lexicon().org_known)


def _party_group(label: str, after: str) -> bool:
    """Whether a body's name is a party's group on the council ("the Labour Group", "the
    Conservative Party Group", "Labour" before "group" in lower case): the party's members
    there, part of the council as its committees are, which the guide does not list as an
    outside body. The party itself ("the Green Party") stays one. A party whose listed name
    ends in "party" ("scottish national party") is looked up whole as well as without it."""
    words = name_key(label).split()
    if words and words[-1] == "group":
        words = words[:-1]
    elif not re.match(r"\s+group\b", after, re.IGNORECASE):
        return False
    names = lexicon().party_names
    if " ".join(words) in names or " ".join(words) in lexicon().party_group_positions:
        return True  # "the Labour Group", "the Minority Group"
    return words[-1:] == ["party"] and " ".join(words[:-1]) in names


def _own_initials(label: str, own: str, host: str | None) -> bool:
    """Whether an acronym is the initials of the meeting's own body or its host council
    ("KDCC" in the minutes of Kintore & District Community Council), its small words
    ("and", "&", "of", "the") left out: the meeting's own body by its short form."""
    if not (label.isalpha() and label.isupper() and 3 <= len(label) <= 6):
        return False
    for name in (own, host or ""):
        words = [w for w in re.findall(r"[a-z][\w'’-]*", name.lower())
                 if w not in ("and", "of", "the")]
        if words and "".join(w[0] for w in words) == label.lower():
            return True
    return False


def _own_in_short(label: str, own: str) -> bool:
    """Whether a body named on the page is the meeting's own, named shorter than its heading
    names it: by its last two words or more ("the Combined Authority" at a meeting of the
    York and North Yorkshire Combined Authority), or by its words less one that qualifies
    ("Yorkshire Dales Access Forum" at the Yorkshire Dales Local Access Forum), spelt with
    or without a hyphen ("Health and Well-being Board"). Three words at least for the
    second: "Westbury Forum" at a Westbury Local Access Forum may be another's."""
    def words(name: str) -> list[str]:
        name = _and_for_ampersand(name.lower()).replace("-", "")
        return [w for w in re.findall(r"[a-z0-9']+", name) if w != "the"]
    lw, ow = words(label), words(own)
    if len(lw) < 2 or len(ow) <= len(lw):
        return False
    return ow[-len(lw):] == lw or (len(lw) >= 3 and lw[-1] == ow[-1] and set(lw) <= set(ow)) or (
        _initials_then_own_rest(label, ow))


def _initials_then_own_rest(label: str, own_words: list[str]) -> bool:
    """Whether a body is the meeting's own named by the initials of its place's words and the
    rest of its name in full ("WCR Combined Authority" at the Westmere City Region Combined
    Authority): the first word in capitals, two to five letters, the initials of the words
    before the rest (its small words left out, as the resolution reads initials), which is two
    words at least and its head the own body's. "WCR Council" there is another body."""
    first, _, rest = label.partition(" ")
    if not (first.isalpha() and first.isupper() and 2 <= len(first) <= 5):
        return False
    rw = [w for w in re.findall(r"[a-z0-9']+", _and_for_ampersand(rest.lower()).replace("-", ""))
          if w != "the"]
    n = len(own_words) - len(rw)
    if len(rw) < 2 or n < 2 or own_words[n:] != rw:
        return False
    from kg.resolve import initials, settings  # the one reading of a name's initials

    return initials(" ".join(own_words[:n]), settings().acronym_skip) == first


def _parent_of_own(label: str, own: str) -> bool:
    """Whether a body is the one whose board, committee or group the meeting is, named by
    the meeting's name less that part: "Western Health and Social Care Trust" at the Western
    Health & Social Care Trust Board, "Healthwatch Westshire" at the Healthwatch Westshire
    Limited Board, "Westbury Partnership" at the Westbury Partnership Executive Delivery
    Group. The body speaking through its board, which readers never list as an outside body.
    Only where the rest ends in such a part's head (``organisations.own_part_heads``) and
    does not run on from the name with "and" ("Westshire Police" at the Westshire Police and
    Crime Panel is another body; so is "Westshire Police" at the Westshire Police
    Authority)."""
    name = name_key(_and_for_ampersand(" ".join(label.split())))
    whole = name_key(_and_for_ampersand(own))
    if not name or not whole.startswith(name + " "):
        return False
    rest = whole[len(name) + 1 :].split()
    return bool(rest) and rest[0] not in ("and", "of", "for") and (
        rest[-1] in lexicon().org_own_part_heads)


# An office's holder named as a post is: one or two capitalised words ("Chief Executive").
_OFFICE_POST = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")


def _office_owner(label: str) -> str | None:
    """Whom an office is named by, "…'s Office" (``organisations.own_office_heads``): "the
    Clerk's Office" is the Clerk's, "WQB's Office" WQB's. One reading for both an officer's
    office (:func:`_officers_office`) and the own body's (``_Page._own_unit``)."""
    words = label.split()
    if len(words) < 2 or words[-1].lower() not in lexicon().own_office_heads:
        return None
    owner = without_the(" ".join(words[:-1]))
    stripped = re.sub(r"[’']s$", "", owner)
    return stripped if stripped != owner and stripped else None


def _officers_office(label: str) -> bool:
    """Whether a body is an officer's office ("Treasurer's Office", "the Clerk's Office",
    "Chief Executive's Office"): the officer's staff within a body, which readers never list
    as an outside body. An office named by more ("Mayor's Office for Policing and Crime"), or
    an office holder's that is a body of its own ("the Commissioner's Office",
    ``organisations.office_bodies``), is listed."""
    owner = _office_owner(label)
    head = owner.split()[-1].lower() if owner and _OFFICE_POST.fullmatch(owner) else ""
    return head in lexicon().post_heads and head not in lexicon().office_bodies


def _own_head_alone(label: str, own: str) -> bool:
    """Whether a body is named by the last word of the meeting's own name alone, its head
    ("Assembly" at the Greater Westbury Joint Assembly, "Sub-Board" at a scrutiny sub-board):
    the meeting's own body, as its minutes call it. Only a body's head
    (``organisations.own_name_heads``): a page whose own name is its first line, a sentence,
    has none ("… clap for the NHS")."""
    words = without_the(label).split()
    own_words = own.split()
    return len(words) == 1 and len(own_words) >= 2 and (
        own_words[-1] in lexicon().org_own_name_heads) and (
        words[0].lower().replace("-", "") == own_words[-1].replace("-", ""))


def _and_for_ampersand(name: str) -> str:
    """"Kintore & District Community Council" as "Kintore and District Community Council":
    a name printed with "&" once and "and" again is one name."""
    return re.sub(r"\s*&\s*", " and ", name)


@cache
def _council_name() -> re.Pattern[str]:
    """A council's name, its place in the group ``place``: "Westbury Town Council", "the
    Westshire County Borough Council", its tier's words (lexicon's ``council_tiers``)
    between the place and "Council". Matched whole on a name."""
    tiers = "|".join(re.escape(t) for t in _tier_words())
    return re.compile(rf"^(?:the )?(?P<place>.+?)\s+(?:(?:{tiers})\s+)*council$", re.IGNORECASE)


def _tier_words() -> tuple[str, ...]:
    """lexicon.toml's ``[organisations] council_tiers`` (``kg.patterns.council_tiers``, cached
    there): a council's tiers, each whole ("county", "town", "county borough"); their single
    words are ``kg.patterns.council_tier_words``."""
    return council_tiers()[0]


@cache
def _local_tiers() -> str:
    """lexicon.toml's ``[organisations] local_council_tiers`` as an alternation: the tiers
    of a town's, parish's or community's own council ("parish", "town")."""
    return "|".join(re.escape(t) for t in council_tiers()[1])


@cache
def _own_tiers() -> str:
    """The tiers a page's heading may name its own council by alone ("Parish Council",
    "County Council"), as an alternation, the longest first ("county borough" before
    "county"): lexicon.toml's ``[organisations] council_tiers``."""
    return "|".join(re.escape(t) for t in sorted(_tier_words(), key=len, reverse=True))


@cache
def _council_tiers() -> frozenset[str]:
    """What a council's "place" is when it names none (``_council_name`` on "the County
    Council", "Town Council"): a tier's words, or "the"."""
    return frozenset(_tier_words()) | {"the"}


def _host_council(label: str, own: str) -> bool:
    """Whether a council named in an item is the one whose meeting this is: its place opens
    the name of the meeting, a committee of a council's ("Lancashire County Council" at the
    Lancashire Health and Wellbeing Board, "Eastleigh Borough Council" at its Cabinet). Not
    where the meeting's name joins places ("Devon and Somerset Fire Authority") or is no
    council's committee ("Copeland Community Fund Project Board", "Westshire Partnership":
    the council is one of its members)."""
    m = _council_name().match(label)
    if not m:
        return False
    place = m["place"].lower()
    own = name_key(own)
    kinds = _committee_kinds()
    if _councils_board(own) and re.search(rf"(?i)\b(?:{_local_tiers()})\s+council$", label) \
            and not own.startswith(name_key(label).removesuffix(" council") + " "):
        return False  # "Westshire Town Council" at the Westshire Corporate Parenting Board:
        # the town's council, not the county's whose board it is
    return own.startswith(place + " ") and not re.match(r"(?:and|&)\b", own[len(place) + 1:]) \
        and any(own.endswith(k) for k in kinds)


_VENUE = re.compile(r"^Venue:[^\n]*?,\s*(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})"
                    r"(?:\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?\.?(?: View directions)?\s*$",
                    re.MULTILINE)


def _venue_place(text: str) -> str | None:
    """The place a meeting was held in, by the last part of its "Venue:" line ("Venue:
    Council Chamber, Civic Offices, Bridge Street, Reading", "…, Cobalt Business Park, North
    Tyneside, NE27 0BY", a postcode after it or not): the host council's place, as pages
    published by councils' committee systems print it at the top."""
    head = text[:2000]
    m = _VENUE.search(re.sub(r",\s*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", "", head))
    return m["place"].lower() if m else None


_COUNCIL_MAIL = re.compile(r"@(?:[\w-]+\.)*?(?P<place>[a-z-]+)\.gov\.(?:uk|wales|scot)\b",
                           re.IGNORECASE)


def _mail_place(text: str) -> str | None:
    """The place a council's e-mail address names, in a contact line at the page's top
    ("Email: jo.hale@southwark.gov.uk"): the council that published the page, its host.
    Letters only, to be compared with a council's place ("westlothian", "West Lothian")."""
    m = _COUNCIL_MAIL.search(text[:2000])
    return re.sub(r"[^a-z]", "", m["place"].lower()) if m else None


def _council_of_mail(label: str, place: str | None) -> bool:
    """Whether a council named in an item is the one whose address the page's contact line
    gives (``_mail_place``): "Southwark Council" on a page whose contact writes from
    southwark.gov.uk is the host, no outside body."""
    m = _council_name().match(label)
    return bool(place and m and place in (re.sub(r"[^a-z]", "", m["place"].lower()),
                                          re.sub(r"[^a-z]", "", label.lower())))


def _councils_board(label: str) -> bool:
    """Whether a body is a council's own board by law (``organisations.council_boards``),
    named alone or with its place or council before it: "the Health and Wellbeing Board",
    "Westshire Health & Well-being Board", "Westshire County Council Health and Wellbeing
    Board"."""
    name = _wellbeing(_and_for_ampersand(label.lower())).removeprefix("the ")
    return any(name == b or (name.endswith(" " + b) and len(name.split()) - len(b.split()) <= 3)
               for b in lexicon().council_boards)


def _councils_page(own: str) -> bool:
    """Whether the meeting is a council's or one of its committees' ("Westby Borough
    Council", "Cabinet", "Westshire County Council Scrutiny Panel", or a name the page's
    heading did not give, "Agenda Item"), not a body's of its own whose members councils or
    other bodies are ("Westshire Safeguarding Children Board", "Police and Crime Panel",
    "Joint Waste Committee"): the words left once a council's and its committees' are taken
    out name no body's head."""
    lex = lexicon()
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", own)
    if words and words[-1] in ("council", "councils"):
        return True
    name = " ".join(words)
    for k in sorted(lex.committee_words, key=len, reverse=True):
        if name == k or name.endswith(" " + k):
            name = name.removesuffix(k)  # "… Scrutiny Board": a council's committee's head
            break
    left = set(name.split()) - {"council", "councils"}
    return not left & (lex.org_heads | lex.joint_body_words)


def _body_of_its_own(own: str) -> bool:
    """Whether the meeting's name is a body's of its own ("East London Waste Authority",
    "Westshire Police and Crime Panel", "Joint Planning Committee"), whose members the
    councils are: the council of the place it meets in is one of them, no host. A council's
    own committee ("Housing Scrutiny Committee") has no body's head word nor "joint"."""
    if _councils_board(own):
        return False  # a council's own board by law, its committee ("Westshire Corporate
        # Parenting Board", "the Health and Wellbeing Board"): the council is its host
    lex = lexicon()
    return bool(set(re.findall(r"[a-z]+", own)) & (lex.org_heads | lex.joint_body_words))


def _council_meeting_only(own: str) -> bool:
    """Whether the meeting's name is only a council's meeting's words or its site's heading
    (``organisations.council_meeting_words``: "annual council", "council and democracy")."""
    return set(re.findall(r"[a-z]+", own)) <= lexicon().council_meeting_words


def _host_venue(text: str, own: str) -> str | None:
    """The place of the venue whose council hosts the meeting (:func:`_venue_place`), or
    None: none for a body of its own (:func:`_body_of_its_own`). A meeting named only by a
    council's meeting's words or its site's heading ("annual council", "council and
    democracy", :func:`_council_meeting_only`) is a council's own meeting, no body whose
    members councils are, and read so for its venue: a contact's address names a unitary
    council's place, which its predecessor's name shares ("Buckinghamshire County Council" on
    a Buckinghamshire Council page), while the council's own venue is in its town; unless
    its contact's address names another place than its venue (:func:`_contact_elsewhere`).
    Whether the name is a council's meeting's only is asked once."""
    if not _council_meeting_only(own):
        return None if _body_of_its_own(own) else _venue_place(text)
    venue = _venue_place(text)
    return None if own and _contact_elsewhere(text, venue) else venue


def _contact_elsewhere(text: str, venue: str | None) -> bool:
    """Whether a council's meeting named by no place ("Annual Council", "Council", read as
    the venue's council's by :func:`_host_venue`), meeting at ``venue``, gives a contact's
    address of another place than its venue's ("Venue: County Hall, Oxbury" with
    "@oxburyshire.gov.uk"): a county's council meeting in a city's town, where the city's
    council is an outside body the page names, not its host."""
    mail = _mail_place(text)
    return bool(venue and mail and re.sub(r"[^a-z]", "", venue) != mail)


def _council_of_venue(label: str, venue: str | None) -> bool:
    """Whether a council named in an item is the council of the place the meeting was held
    in ("Reading Borough Council" at a committee meeting in Reading's Civic Offices): the
    host, which the guide does not list as an outside body."""
    m = _council_name().match(label)
    return bool(venue and m and m["place"].lower() == venue) and not (
        _prose_rx("local_council").search(label))


def _prose_rx(key: str) -> re.Pattern[str]:
    """``[minutes_prose] key`` of patterns.toml, compiled once: for the readers here that
    are not handed the patterns."""
    return load_patterns().rx("minutes_prose", key)


def _roll_line() -> re.Pattern[str]:
    """The words that open a roll ("Present:", "Attendance", "Apologies"), ``[minutes_prose]
    roll_line``: where a page's title and heading lines end."""
    return _prose_rx("roll_line")


@cache
def _own_heading_not_after() -> frozenset[str]:
    """The words before "Minutes of …" that make them another meeting's, not the page's own
    title (``[minutes_prose] own_heading_not_after``)."""
    return frozenset(load_patterns().raw["minutes_prose"]["own_heading_not_after"])


def _council_of_meeting(text: str) -> str | None:
    """The council a page's opening words name as the one whose committee met: "This is a
    meeting of the Audit Committee of Westshire Borough Council held on …", as councils'
    meeting systems print it above the items, or as the one that met ("The Minutes of
    Westbury Community Council held at …"). The council is the host, no outside body."""
    for pattern in (_prose_rx("meeting_of_council"), _prose_rx("minutes_of_council")):
        m = pattern.search(text[:1500])
        place = _council_name().match(m["council"]) if m is not None else None
        if place is not None and place["place"].lower() not in _council_tiers() | {"full"}:
            return re.sub(r"\s+", " ", m["council"]).lower()
    return None


_TOP_CHARS = 600  # how far into a page its opening lines run
_OWN_NAME_CHARS = 120  # a page's first line, read as its own body's name, runs on past it


def _council_at_top(text: str, minutes: Minutes, own: str,
                    p: Patterns | None = None) -> str | None:
    """The council a page's opening lines name, when nothing else names its host: "[DRAFT]
    Minutes of Colonsay Community Council - Sunday 11th February", "DUNEATON COMMUNITY
    COUNCILMINUTES 6TH SEPTEMBER", "Report of the Westbury Parish Council Planning
    Committee". A parish's, town's or community's council anywhere in its first lines
    (their minutes name no other council so early); a principal council only at a line's
    start, as a heading ("WARWICK DISTRICT COUNCIL Minutes of the meeting …"), for a
    member's council beside a name in the roll is an outside body. The guide lists the host
    as no outside body; its initials ("CCC") are its short name (``_own_initials``). Not at
    a meeting of a body of its own ("Westshire Fire Authority", "New Anglia Board"), whose
    members are councils, nor from where the roll or the first item begins ("Present",
    "Apologies", the first attendee, "1. Correspondence"): a council named there, or in
    brackets ("J Hale (Eastley Parish Council)"), is a member's or another's."""
    if set(re.findall(r"[a-z]+", own[:_OWN_NAME_CHARS])) & (
            lexicon().org_heads - {"council", "councils"}):
        return None
    roll = _roll_line().search(text, 0, _TOP_CHARS)
    end = min([_TOP_CHARS, *(a.span.start for a in minutes.attendance),
               *(i.span.start for i in minutes.items[:1]), *([roll.start()] if roll else [])])
    for m in (p or load_patterns()).rx("minutes_prose", "top_council").finditer(text[:end]):
        if text[: m.start()].rstrip(" \t")[-1:] == "(":
            continue
        if m["big"] and text[: m.start()].rstrip(" \t")[-1:] not in ("", "\n"):
            continue
        words = re.sub(r"\s+", " ", m.group(0)).lower().split()
        while words and words[0] in lexicon().council_heading_words:
            words.pop(0)  # "MINUTES OF THE Westbury Parish Council": a heading's words
        if words and words[0] not in _council_tiers():
            return " ".join(words)
    return None


_PARISH_MEETING_CHARS = 1500  # how far into a parish meeting's page its council's chair opens it


def _council_of_parish_meeting(text: str, own: str) -> str | None:
    """The parish council of an annual parish meeting, the first one its page names ("The
    meeting was chaired by Jo Hale, Westbury Parish Council Chairman", "Cllr Ann Bell,
    Chairman of Westbury Parish Council welcomed everyone"): the meeting of the parish its
    council convenes and chairs, the host, which readers never list as an outside body. Only
    on a page that calls itself a parish meeting at its top or in its heading."""
    parish_meeting = _prose_rx("parish_meeting")
    if not (parish_meeting.search(text, 0, _TOP_CHARS) or parish_meeting.search(own)):
        return None
    m = _prose_rx("parish_council").search(text, 0, _PARISH_MEETING_CHARS)
    if m is None:
        return None
    words = m.group().split()
    while words and words[0].lower() in lexicon().council_heading_words:
        words.pop(0)
    return " ".join(words).lower() if len(words) > 2 else None


def _council_heading(text: str, minutes: Minutes, own: str) -> str | None:
    """The council a page names on a line of its own above its first item and its roll:
    "Clayhidon Parish Council", "SOUTH AYRSHIRE COUNCIL.". The page is that council's, its
    host, though the meeting's heading names only the meeting ("Minutes, November 2013
    working group") or nothing: the guide does not list the host council as an outside
    body. Not a council named in a sentence ("Members of Westbury Town Council met …") or
    beside a person ("Cllr Jo Hale Westshire Council"), nor at a meeting of a body of its
    own ("New Anglia Board"), whose members' councils are listed above its items."""
    if set(re.findall(r"[a-z]+", own)) & (lexicon().org_heads - {"council", "councils"}):
        return None
    starts = [item.span.start for item in minutes.items]
    starts += [a.span.start for a in minutes.attendance]
    end = min(starts, default=len(text))
    for line in text[:end].splitlines()[:12]:
        m = _prose_rx("heading_council").match(line)
        if m is None and _roll_line().search(line):
            return None  # the roll begins: a council named below it is a member's
        if m is None or not all(w[0].isupper() for w in m["name"].split()
                                if w.lower() not in ("and", "of")) or (
                m["name"].split()[0].lower().rstrip(".") in lexicon().person_titles):
            continue
        place = _council_name().match(m["name"])
        if place and place["place"].lower() not in _council_tiers():
            return re.sub(r"\s+", " ", m["name"]).lower()
    return None


# A council's name before a dash and its committee's, as a meeting system's heading prints
# a committee's name: "Westshire Council - Corporate Parenting Board", a venue before it or
# not ("Online, Westshire Council - Planning Committee"). Linear: the name is up to six
# words, none a comma.
_COUNCIL_DASH = re.compile(r"(?:^|,\s*)(?P<council>[a-z][\w'&]*(?:\s+[\w'&]+){0,5}?\s+council)"
                           r"\s+[-–]\s+\w")


def _council_before_dash(own: str) -> str | None:
    """The council a meeting's heading names before its committee's name and a dash
    ("westshire council - corporate parenting board"), lower case: the page's host. None
    for a tier alone ("county council - cabinet" names no place), and None where the meeting
    after the dash is a body's of its own ("… - westshire police and crime panel"): the
    council's system only publishes its pages, and the guide lists the council there."""
    m = _COUNCIL_DASH.search(own)
    if m is None:
        return None
    meeting = own[m.end() - 1:]
    if not (_councils_page(meeting) or _councils_board(meeting)):
        return None
    place = _council_name().match(m["council"])
    return m["council"] if place and place["place"].lower() not in _council_tiers() else None


def _predecessor_of(label: str, host: str | None) -> bool:
    """Whether a county council is the one a unitary council named by its place alone took
    over from: "Westshire County Council" on a page whose host is "Westshire Council" (the
    same council before its reorganisation, named in its older papers), which readers list
    no more than the host. Another tier of the place ("Westshire Town Council") stays a
    body."""
    if host is None:
        return False
    m, h = _council_name().match(label), _council_name().match(host)
    return bool(m and h) and name_key(host) == name_key(h["place"]) + " council" and (
        name_key(label) == name_key(h["place"]) + " county council")


def _same_council(label: str, heading: str | None) -> bool:
    """Whether a council named in an item is the one the page names above its items
    (``_council_heading``), by the same name in any case."""
    return heading is not None and name_key(re.sub(r"\s+", " ", label)) == name_key(heading)


def _named_within(label: str, own: str) -> bool:
    """Whether a body named on the meeting's own day is named by the meeting's own title's
    words, in any order: "the Cabinet of Eastleigh Borough Council held on the 19th" at the
    Eastleigh Borough Council Cabinet's meeting that day is this meeting, and so is "the Audit
    Committee of Westshire Council" at the Audit Committee's ("the Cabinet" read by a scrutiny
    committee is not)."""
    words = _words(label) - {"of", "the", "and", "meeting"}
    if m := re.match(r"^(.+?) of (?:the )?[\w' -]*\bcouncil$", label):
        label = m.group(1)  # "the Audit Committee of Westshire Council": the committee
    return (bool(words) and words <= _words(own)) or _own_body(label, own)


# A body's name in a page's opening words: capitalised words, a small word between two of
# them ("Wainfleet St Mary Community Hall Committee", "CNPA BOARD", "Kintore & District
# Community Council"). Linear: one capitalised word, then runs of a blank, an optional small
# word and a blank, and the next capitalised word.
_OWN_NAME = re.compile(
    r"(?<![\w'’&+-])[A-Z0-9][\w'’+&.-]*(?:[ \t]+(?:(?i:and|&|of|for|on|the|with|upon)[ \t]+)?"
    r"[A-Z0-9][\w'’+&.-]*){0,9}")
_OWN_NAME_LINE_CHARS = 160  # how far into a line (or a page printed as one line) a title runs


@cache
def _not_title_line() -> re.Pattern[str]:
    """Lines at a page's top that name a place or a contact, not the meeting's body: "Venue:
    Council Chamber, Forest of Dean District Council Offices", "Contact: … Democratic
    Services" (``organisations.not_title_line_words``), or an address with "@"."""
    words = sorted(lexicon().not_title_line_words, key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\b|@")


_MONTHS = set(_MONTH_NAMES.lower().split("|"))
_NUMBER_WORD = re.compile(r"\d[\d.,/:-]*(?:st|nd|rd|th)?", re.IGNORECASE)  # "2", "15", "19th"


def _own_name_at_top(text: str, minutes: Minutes) -> str | None:
    """The meeting's own body, named in a page's opening lines, when the reader took no
    heading: "Cowal Locality Public Partnership Forum s1", "S4C Authority Meeting Minute
    Meeting No. 411 …", "Minutes of the Meeting of the Wainfleet St Mary Community Hall
    Committee which took place …": the first name there whose last word is a body's head
    (``organisations.own_name_heads``) and that has a word of its own before it (not "Parish
    Council", "Board"). A body's own name, decided once for the page, never the site's chrome
    above it ("Please enter name here", "Agenda and minutes": no head word), which the page's
    first line gave before. A council's name is taken only when no other body is named there
    (a parish council's committee prints its council above its own name). Not from the roll
    or the first item on ("Present: … (Westshire County Council)": a member's), nor a venue's
    or a contact's line."""
    lex = lexicon()
    heads = lex.org_own_name_heads
    generic = (heads | lex.org_heads | _council_tiers() | set(lex.council_heading_words)
               | lex.own_name_not_first)
    # (the roll is in the order the reader found its entries, not the page's: its earliest)
    starts = [i.span.start for i in minutes.items[:1]]
    if minutes.attendance:
        starts.append(min(a.span.start for a in minutes.attendance))
    end = min([*starts, _SELF_TOP])
    # an item the reader opened on the page's first line ("STONEHAVEN AND DISTRICT COMMUNITY
    # COUNCIL BUSINESS MEETING MINUTES …" read as the first item's heading): that line is the
    # title, when a name opens it (a name further on is the item's prose)
    opening = end <= _first_line_end(text)
    if opening:
        end = _first_line_end(text)
    council: str | None = None
    for line in text[:end].splitlines()[:_TITLE_LINES]:
        line = line.strip()[:_OWN_NAME_LINE_CHARS]
        roll = _roll_line().search(line)
        if roll is not None:
            line = line[: roll.start()]
        if _not_title_line().search(line):
            continue
        for m in _OWN_NAME.finditer(line):
            if opening and m.start() > 0:
                break
            words = m.group().split()
            last = max((i for i, w in enumerate(words) if w.lower() in heads), default=-1)
            words = words[: last + 1]
            while words and (words[0].lower() in generic or words[0].lower() in _MONTHS
                             or _NUMBER_WORD.fullmatch(words[0])):
                words.pop(0)  # "MINUTES OF THE Westbury …", "Item 2 National …", "15 April"
            if not words or words[-1].lower() not in heads or all(
                    w.lower() in generic for w in words):
                continue
            name = " ".join(words)
            if words[-1].lower() != "council":
                return name
            council = council or name
        if roll is not None:
            break  # the roll begins: a body named below it is a member's
    return council


def _first_line(text: str) -> str:
    """The page's first line, which names the committee when the reader found no heading;
    nothing when that line is a sentence of prose ("The Committee will be joined by Mr Ray
    of the Environment Agency."), which names no meeting: a body it names last is an
    outside body, not the meeting's own by the end of its name."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return "" if _prose_sentence(line) else line


_SENTENCE_WORDS = 8  # a first line this long, with a verb's auxiliary in it, is prose


def _prose_sentence(line: str) -> bool:
    """Whether a line is a sentence of prose: ``_SENTENCE_WORDS`` words or more, one of them
    an auxiliary in lower case ("will", "was", "had"), ending in a full stop."""
    words = line.split()
    return len(words) >= _SENTENCE_WORDS and line.endswith(".") and any(
        w in _AUXILIARIES for w in words)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def _in_agenda(char: int, item: Item) -> bool:
    """Whether a sentence starts in the agenda's words of an item (above its "Minutes:", or
    an agenda's standing words): they say what a meeting may do, not what this one asked
    for, so they give no follow-up. Names and meetings they mention are still read."""
    return any(sp.start <= char < sp.end for sp in item.agenda_spans)


def _run_together(text: str, p: Patterns) -> re.Pattern[str] | None:
    """The joined-word pattern when the page runs words together where its lines wrapped
    (``[reader] joined_word``, at least ``joined_words_min`` distinct words), else None."""
    joined = re.compile(p.raw["reader"]["joined_word"])
    found = {m.group() for m in joined.finditer(text)}
    return joined if len(found) >= p.raw["reader"]["joined_words_min"] else None


def _page_cut_end(text: str) -> int | None:
    """Where a page cut off in mid-sentence ends (once per document): its last line is long
    prose with no closing stop, so its last word is a fragment. None for a page that ends
    whole."""
    tail = text.rstrip()
    if not tail or not tail[-1].isalnum():
        return None
    line = tail[tail.rfind("\n") + 1 :]
    return len(tail) if len(line.split()) >= 8 else None


@cache
def _whole_heads() -> frozenset[str]:
    lex = lexicon()
    return lex.post_heads | lex.org_heads | lex.programme_heads | lex.departments


def _cut_by_page_end(end: int, label: str, cut_end: int | None) -> bool:
    """Whether a name runs into the end of a page cut off in mid-sentence ("Chair for the
    Jubil", "Director of Housing, Health and Env"): unless its last word is a whole head word
    ("... reported the Town Clerk") or an acronym, the name is cut and would be a wrong one."""
    if cut_end is None or end < cut_end or len(label.split()) < 2:
        return False
    last = label.rsplit(" ", 1)[-1]
    return last.lower() not in _whole_heads() and not (len(last) > 1 and last.isupper())


def _post_before_colon(label: str) -> str:
    """A colon inside a post's label may join it to what follows: "Chairman: MP thanked
    everyone" is the Chairman and a person's initials; "Clerk's Report on Matters
    Outstanding:- Clerk" a heading and then the post. But "Director: Health & Wellbeing" is
    a post with its portfolio, and stays whole."""
    before, colon, after = label.partition(":")
    if not colon:
        return label
    before, after = clean_label(before), clean_label(after)
    lex = lexicon()
    if re.fullmatch(r"[A-Z]{1,3}", after):
        return before
    if head_kind(before.lower().split(), lex) != POST:
        return after if head_kind(after.lower().split(), lex) == POST else ""
    first = after.split()[0].rstrip(".") if after.split() else ""
    # (titles are listed in lower case, given names as written: "Jo")
    if first.lower() in lex.person_titles or first.capitalize() in lex.given_names:
        return before  # "Clerk: Jo Hale", "Portfolio Holder: Councillor Ann Pike"
    return label


_RX_IN_THE = re.compile(r"\bin\s+the\s*$", re.IGNORECASE)
# Years printed before a name (a financial year: "2018/19", "2023-24").
_RX_FINANCIAL_YEAR = re.compile(rf"({YEARS})[ \t]+(?=[A-Z])")


def _financial_year_before(label: str) -> str:
    """The financial year that opens a programme's name ("2018/19 External Audit Plan"), or
    "": a year and the next, its second year in two figures or four, which a minute's
    reference of one slash ("19/05 Flood scheme", "2019/05 Planning") is not."""
    m = _RX_FINANCIAL_YEAR.match(label)
    if m is None or len(m[1]) == 4:
        return ""  # one year alone
    first, second = m[1][:4], m[1][5:]
    if int(second[-2:]) != (int(first[2:]) + 1) % 100 or (
            len(second) == 4 and second[:2] != str(int(first) + 1)[:2]):
        return ""
    return m[0]


_RX_IN_THE_CHAIR_NOTE = re.compile(r"\s+[–-]\s+in the chair$", re.IGNORECASE)
# A bracket opened after a post and not closed in its label: "Head of Planning.(to", "Clerk
# (see": what follows is a note, no part of the post (a post's own bracket is closed:
# "Director (Place)"). The blanks before the bracket are read from the first of them (a
# stop, or no blank or stop before them), not again from each place in a run.
_RX_OPEN_NOTE = re.compile(r"(?:[.,;:]|(?<![ \t.,;:]))[ \t]*\([^()]*$")


def _post_after_body_and(label: str) -> str | None:
    """The post after "and" in a label that opens with a body's name: "Westmoor National Park
    Authority and Chairman of the Forum", as a roll prints a member's body and her post run
    on, is the "Chairman of the Forum". Both sides must read so by their words (a body's
    head, a post's): "Director of Finance and Deputy Chief Executive" stays whole. None when
    the label is not so."""
    body, joiner, post = label.partition(" and ")
    if not joiner or not post[:1].isupper():
        return None
    lex = lexicon()
    words = " " + " ".join(label.lower().replace(",", " , ").split()) + " "
    if any(f" {' '.join(t)} " in words for t in lex.post_and_topics):
        return None  # "North Wales Police and Crime Commissioner": one office's topics
    if head_kind(body.lower().split(), lex) != ORG or head_kind(post.lower().split(), lex) != POST:
        return None
    return post


def _post_held_at(label: str, p: Patterns) -> str | None:
    """The post alone of a post printed with the council it is held at or for (``[minutes_prose]
    post_held_at``): "Acting Area Manager at Westshire Council", "Head of Legal Services for
    Eastby County Borough Council" are the "Acting Area Manager" and the "Head of Legal
    Services" a council employs. Not a seat or portfolio "for" a body ("Member for Westshire
    Council", "Lead Member for the Fire Authority"), nor a label whose words before it are no
    post; None then."""
    m = p.rx("minutes_prose", "post_held_at").fullmatch(label)
    if m is None:
        return None
    lex = lexicon()
    words = m["post"].lower().split()
    if words[-1] in lex.portfolio_holders or words[-1] in lex.post_seats_for_a_body \
            or head_kind(words, lex) != POST:
        return None
    return m["post"]


def _chair_taken_by_office(text: str, start: int, label: str) -> bool:
    """Whether a "Chair" is only the chair a civic head took, by her office, on the line that
    names her: "Councillor A Bell, Convener, in the Chair", "Provost A Bell (in the Chair)"
    (``posts.presiding``). The meeting's chair is then her office, no post "Chair"."""
    lex = lexicon()
    if label.lower() not in lex.post_synonyms[0]:
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start]
    if not _RX_IN_THE.search(before):
        return False
    return any(re.search(rf"\b{re.escape(w)}\b", before, re.IGNORECASE)
               for w in lex.post_presiding)


def _posts_of_a_caption_row(label: str) -> list[str]:
    """A roll's captions printed in a row, each post with its colon ("Chairman: Vice-Chairman:
    Councillors:", "County Councillor: Clerk:"), read as one run: each is a post of its
    own. Nothing if the words after a colon are no post ("Director: Health & Wellbeing" is a
    post with its portfolio)."""
    parts = [clean_label(p) for p in label.split(":")]
    lex = lexicon()
    if len(parts) < 2 or not all(parts) or any(
            head_kind(p.lower().split(), lex) != POST for p in parts):
        return []
    return parts


def _post_and_body(label: str) -> bool:
    """"Chair and Council", "Chairman & Council" (a heading for their reports) join a bare
    post to a body: not the name of one organisation."""
    m = re.match(r"(\S+) (?:and|&) ", label)
    return m is not None and m[1].lower() in lexicon().post_heads


def _after_auxiliary(label: str) -> str | None:
    """A body's name with the verb that opens a question run onto it ("Is North Tyneside
    Council" of "Is North Tyneside Council aware …", "Will Medway Council"), without that
    verb; None when the label opens with no auxiliary, or is the verb and one word."""
    first, _, rest = label.partition(" ")
    if first[:1].isupper() and first.lower() in _AUXILIARIES and len(rest.split()) >= 2:
        return rest
    return None


def _and_bare_council(label: str) -> bool:
    """"Communities and Council", "Petitions Scheme and Council": a word or two joined to a
    bare "Council" (a heading's "… and Council" business, a portfolio "and Council" matters)
    names no body: a council is named by its place ("Kensington and Chelsea Council") or
    its tier ("Westshire County Council") before "Council"."""
    return re.search(r"\s(?:and|&)\s+Council$", label) is not None


def _body_before_and_council(label: str) -> str | None:
    """The body before a bare "and Council" run onto it ("Age UK and Council officers",
    "Westshire Mind and Council staff"): a known body's name, or a name ending in a body's head
    word (``organisations.heads``); None for the words of a heading or a portfolio
    ("Communities and Council", :func:`_and_bare_council`), and for a label with no such
    "and Council"."""
    m = re.fullmatch(r"(.+?)\s+(?:and|&)\s+Council", label)
    if m is None:
        return None
    lex, words = lexicon(), m[1].casefold().split()
    if m[1].casefold() in lex.org_known or words[-1] in lex.org_heads:
        return m[1]
    return None


def _person_by_initials(label: str, p: Patterns) -> bool:
    """A person's name taken as a body: an honorific, then initials ("Dr. R. K. A. Hale CC",
    "Mr J Bell Westmere": a roll's member with the letters after his name)."""
    words = label.split()
    return len(words) >= 3 and words[0].rstrip(".").casefold() in p.honorific_keys and (
        re.fullmatch(r"[A-Z]\.?", words[1]) is not None)


def _bare_modifier(label: str) -> bool:
    """One word that only ever qualifies a head ("West", "Public", "Community": a region or a
    kind of thing) names no body on its own: "a member of the Public", "West" left of a name
    the chunker split. (A one-word trade, "Highways", may name a body, and stays.)"""
    lex = lexicon()
    word = label.lower()
    return " " not in word and word in lex.regions | lex.trade_topics


def _cut_single_word(text: str, base: int, s) -> bool:
    """A one-word organisation that starts a longer body's name on its line is that name
    cut short ("West" of "West Lindsey DC", "Public" of "Public Health England"): the words
    after it are capitalised and end in a body's head word or a council's acronym. An
    acronym ("LALC Training Day") stands on its own."""
    word = s.text.strip()
    if " " in word or word.isupper():
        return False
    after = text[base + s.end_char : base + s.end_char + 60].split("\n", 1)[0]
    m = re.match(r"(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,})\b){1,3}", after)
    if m is None:
        return False
    last = m[0].split()[-1]
    return last.lower() in lexicon().org_heads or (last.isupper() and len(last) <= 4)


# "Vice –Chair", "Vice – Chairman", "Vice- Chair": the deputy's post with its hyphen spaced
# or typed as a dash, one post with "Vice-Chair"
_RX_VICE_DASH = re.compile(r"\b(Vice|VICE|vice)\s*[-–]\s*(?=[A-Za-z])")


def clean_label(label: str) -> str:
    label = " ".join(label.replace("’", "'").split())
    label = _RX_VICE_DASH.sub(r"\1-", label)
    label = label.strip(" ,;:-–\"'“”‘’")
    label = without_the(label)
    return label.strip(" ,;:-–\"'“”‘’")


def _span(text: str, base: int, s, printed: str | None = None) -> Span:
    """Where a mark stands in the source text, less the spaces and commas after it; a post
    labelled without the "s" its heading lost the apostrophe of (``printed``: "Chair" of
    "Chairs Report") ends where its label ends, as "Chair's" would."""
    start, end = base + s.start_char, base + s.end_char
    while end > start and text[end - 1] in " \t\n\u00a0;,":
        end -= 1
    if printed and text[start:end] == printed + "s":
        end -= 1
    return Span(start, end, text[start:end])


# -- follow-ups and meeting references ----------------------------------------------------


# How long after the page's first date its meeting may be: that date is the meeting's own or
# the last meeting's, whose minutes are approved; meetings are seldom three months apart.
_AFTER_DAYS = 92
# ("A meeting was held on December 6th2016", "May 16th, 2023": the month first, as some
# clerks print the page's own date, its ordinal there)
_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES}),?\s*\d{{4}}\b"
    r"|\b\d{1,2}([./])\d{1,2}\1\d{4}\b"
    rf"|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th),?\s*\d{{4}}\b",
    re.IGNORECASE)

_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\s+((?:19|20)\d{{2}})\b")


def page_date(text: str, p: Patterns) -> date | None:
    """The date a page's references are read against when the reader found no meeting date
    on it: the first full date the page prints (its heading's date, a document date, or the
    "Minutes of the meeting held on …" of the meeting before, which the meeting follows).
    References to other meetings are near that date either way; without it, "the February
    meeting" could not be dated at all."""
    for m in _FULL_DATE.finditer(text, 0, min(len(text), 3000)):
        if (found := parse_date(m.group(0), p)) is not None:
            return found
    # A page of one agenda item may print no full date at all, only a month with its year
    # ("their next meeting in September 2019"): its first day stands in, so "the meeting on
    # the 16 July" takes that year.
    if m := _MONTH_YEAR.search(text, 0, min(len(text), 3000)):
        return date(int(m.group(2)), _MONTH_NUM[m.group(1).lower()], 1)
    return None


def _owned(s: DocSpan) -> bool:
    """Whether a request's own rule named who asked or who is to act (an ask, a promise, an
    action line; not merely a name before "will", ``doer``). Outside the items (a public
    forum, a police or ward report, notes after the last item) the text mostly reports what
    others plan ("Training would be provided by the scheme co-ordinator", "the Cabinet Member
    would make a statement"); a request nobody made and nobody was given is no errand of the
    meeting's there. A commitment read by its own words (``kept_alone`` in
    ``followups.toml``: "JT undertook to investigate this") is one, whoever made it."""
    return bool(s._.assigned_to or s._.requested_by) or (
        s._.rule in followup_rules().kept_alone)


def _followup(text: str, base: int, s, meeting_date: date | None) -> FollowUp:
    span = _span(text, base, s)
    words = re.sub(r"^[\s\-•]*\(?[a-z]\)\s*", "", " ".join(span.exact.split()))
    due_text = s._.due_text
    due = due_date(due_text, meeting_date) if due_text else None
    if due_text and _before_meeting(due_text, due, meeting_date):
        due_text, due = None, None
    return FollowUp(
        text=words,
        span=span,
        requested_by=s._.requested_by,
        assigned_to=clean_label(who) if (who := s._.assigned_to or s._.doer) else None,
        due_text=due_text,
        due_date=due,
    )


def _before_meeting(due_text: str, due: date | None, meeting_date: date | None) -> bool:
    """Whether a deadline's date falls before the meeting itself ("on 16 February 2017" in
    a March minute, "in 2018" in a 2019 one): the words name an earlier meeting or a period
    reported, never a time by which something is to be done."""
    if meeting_date is None:
        return False
    if due is not None:
        return due < meeting_date
    year = re.fullmatch(r"\D*(\d{4})", due_text)
    return year is not None and int(year.group(1)) < meeting_date.year


_LIST_ENTRY = re.compile(r"[\s\-•]*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")


def _next_sentence(gap: str) -> bool:
    """Whether the text between an ask and a promise keeps them one exchange: short, and no
    blank line between them (a line of spaces or non-breaking spaces is blank too)."""
    return len(gap) < 40 and "\n\n" not in gap.replace(" ", "").replace("\u00a0", "")


def _merge_answered_asks(text: str, followups: list[FollowUp],
                         p: Patterns) -> list[FollowUp]:
    """An ask and the promise that answers it in the next sentence ("… asked if a progress
    report could be brought to the Committee. The Cabinet Member agreed to bring this …") are
    one follow-up: who asked from the first, who acts and by when from the second. Which
    sentence asks, promises or decides: ``[asks_answered]`` in patterns.toml."""
    promise_rx, asked_rx, decided_rx, will_rx, agreed_rx = (p.rx("asks_answered", key) for key in (
        "promise", "asked_here", "decided", "will_promise", "meeting_agreed"))
    out: list[FollowUp] = []
    answered = False  # whether out[-1] is an ask already joined to its answer
    for f in followups:
        # "b) … which he would chase up. c) Vacancy – CC had agreed to …": a new entry of a
        # lettered list is a matter of its own, never the answer to the one before.
        prev = out[-1] if out and not _LIST_ENTRY.match(f.span.exact) else None
        if (promise := promise_rx.search(f.text)) and asked_rx.search(f.text[: promise.start()]):
            prev = None
        if agreed_rx.match(f.text):
            prev = None
        if prev is not None and decided_rx.search(prev.text) and not asked_rx.search(prev.text):
            # "It was agreed that the group should negotiate. The Chair agreed to contact the
            # firm": a promise after what the meeting decided answers no ask; two errands.
            prev = None
        gap = text[prev.span.end : f.span.start] if prev else ""
        # the ask, then the member's "will" answering it: one follow-up, quoted from the ask
        # (an ask answered once is answered: "… asked for figures. Jo to provide a paragraph.
        # Sam to provide the numbers.": the second action line is an errand of its own)
        will_answers = (prev is not None and not answered and will_rx.match(f.text)
                        and asked_rx.search(prev.text) and not promise_rx.search(prev.text)
                        and not will_rx.match(prev.text) and _next_sentence(gap))
        promised = (prev is not None and promise_rx.search(f.text)
                    and not promise_rx.search(prev.text)
                    and (_next_sentence(gap) or not gap.strip(" \t\n\u00a0")))
        if will_answers or promised:
            span = Span(prev.span.start, f.span.end, text[prev.span.start : f.span.end])
            out[-1] = FollowUp(
                text=" ".join(span.exact.split()), span=span,
                requested_by=prev.requested_by or f.requested_by,
                assigned_to=f.assigned_to or prev.assigned_to,
                due_text=f.due_text or prev.due_text, due_date=f.due_date or prev.due_date,
            )
            answered = True
            continue
        out.append(f)
        answered = False
    return out


_MONTH_NUM = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1}
_DAY_OF_MONTH = re.compile(r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)"
                           r"(?:,?\s+(?P<y>\d{4}))?")


def _months_after(start: date, months: int) -> date:
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _counted_due(due_text: str, meeting_date: date) -> date | None:
    """A deadline counted from the meeting: "within 28 days", "in six months' time", "by the
    end of the month", "by the end of the financial year" (31 March), "next month"."""
    rx = followup_rules().rx
    if m := rx["due_span_of_time"].search(due_text):
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS.get(
            m.group("n").lower())
        if n is None:
            return None
        unit = m.group("unit").lower()
        if unit == "month":
            return _months_after(meeting_date, n)
        return meeting_date + timedelta(days=n * (7 if unit == "week" else 1))
    if m := rx["due_end_of"].search(due_text):
        what = " ".join(m.group("what").lower().split())
        if what == "month":
            return meeting_date.replace(
                day=calendar.monthrange(meeting_date.year, meeting_date.month)[1])
        if what == "year":
            return date(meeting_date.year, 12, 31)
        return date(meeting_date.year + (meeting_date.month > 3), 3, 31)
    if rx["due_next_month"].search(due_text):
        nxt = _months_after(meeting_date.replace(day=1), 1)
        return nxt.replace(day=calendar.monthrange(nxt.year, nxt.month)[1])
    return None


def due_date(due_text: str, meeting_date: date | None) -> date | None:
    """The last day by which a deadline falls due: "the March meeting" → the end of the next
    March after the meeting, "September/October 2018" → 31 October 2018, "by 31 March" →
    that day (the next after the meeting), "within 28 days" → 28 days after the meeting.
    Vaguer deadlines ("in due course", "in the new year") have none."""
    if meeting_date is not None and (counted := _counted_due(due_text, meeting_date)):
        return counted
    months = [m for m in re.findall(r"[A-Za-z]+", due_text) if m.lower() in _MONTH_NUM]
    if not months:
        return None
    if (day := _DAY_OF_MONTH.search(due_text)) and day.group("m").lower() in _MONTH_NUM:
        d, mo = int(day.group("d")), _MONTH_NUM[day.group("m").lower()]
        if day.group("y"):
            y = int(day.group("y"))
        elif meeting_date is not None:
            y = meeting_date.year + ((mo, d) < (meeting_date.month, meeting_date.day))
        else:
            return None
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    month = _MONTH_NUM[months[-1].lower()]
    year_match = re.search(r"\b(\d{4})\b", due_text)
    if year_match:
        year = int(year_match.group(1))
    elif meeting_date is not None:
        year = meeting_date.year + (month < meeting_date.month)
    else:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


_YEAR_OF = re.compile(r"(.+) \(year of (.+)\)")


def _meeting_ref(
    text: str, base: int, s, when: str, precision: str,
    meeting_date: date | None, p: Patterns, after: date | None = None,
) -> MeetingMention | None:
    """A reference's date resolved against the meeting's own: a date without a year is the
    next one after the meeting when the sentence looks ahead ("be included on the March
    meeting"); else the latest one before it when it is near (half a year) or the words say
    it has been, and the coming one when they do not ("Public meeting 20th September", read
    on 10 September); a weekday printed with the day then picks the year beside that one if
    it falls on it there and the direction holds (:func:`kg.dates.year_by_weekday`). With
    no meeting date, ``after`` (the page's first date, see :func:`page_date`) stands in: the
    meeting is on it or soon after, so a date without a year is the latest one up to three
    months past it."""
    committee = s._.committee
    if committee and _GENERIC_BODIES.match(committee):
        committee = None  # "the Select Committee" is the committee's own earlier meeting
    exact = meeting_date is not None
    if when.startswith("@"):
        # "tomorrow", "next week", "next month", "last month": counted from the meeting's own
        # date only
        if meeting_date is None:
            return None
        days = {"@today": 0, "@tomorrow": 1, "@next week": 7}.get(when)
        if days is not None:
            found = meeting_date + timedelta(days=days)
        elif when == "@last month":  # "last month's meeting": the month before this one's
            found = (meeting_date.replace(day=1) - timedelta(days=1)).replace(day=1)
        else:  # "@next month"
            found = (meeting_date.replace(day=1) + timedelta(days=32)).replace(day=1)
        if precision == "month":
            found = found.replace(day=1)
        return MeetingMention(committee, found, precision, _ref_span(text, base, s))
    if not exact and after is not None:
        meeting_date = after + timedelta(days=_AFTER_DAYS)
    if precision == "day" and (same := _YEAR_OF.fullmatch(when)):
        # a date of a list of meetings ahead, in the year of the list's first date
        first = _meeting_ref(text, base, s, same.group(2), precision, meeting_date if exact
                             else None, p, after=after)
        found = parse_date(f"{same.group(1)} {first.date.year}", p) if first else None
        return MeetingMention(committee, found, "day", _ref_span(text, base, s)) if found else None
    if precision == "day":
        yearless = not re.search(r"\d{4}", when)
        if meeting_date is None and yearless:
            return None
        found = parse_date(when, p, before=meeting_date)
        if found is None:
            return None
        lead = s.text[: max(s.text.find(when), 0)]
        found = mend_year(found, when, meeting_date if exact else after, p, lead=lead,
                          ahead=bool(s._.in_resolution))
        if exact and not yearless and found > meeting_date and not s._.in_resolution and (
                _RX_PREVIOUS_MEETING.search(page_text(s.doc), max(s.sent.start_char,
                                                             s.start_char - 40), s.end_char)):
            # "the minutes of the previous meeting held on 2 December 2021" in minutes of March
            # 2021: the meeting whose minutes are confirmed has been, and its printed year is a
            # slip for the year before, when that puts it within half a year before this one
            # (the words in the reference's own sentence: "Minutes of the last meeting. AGM 1
            # May 2024 agreed." names a meeting to come)
            earlier = _safe_date(found.year - 1, found.month, found.day)
            if earlier is not None and 0 <= (meeting_date - earlier).days <= _NEAREST_DAYS:
                found = earlier

        @cache
        def has_been() -> bool:
            return month_meeting_has_been(_paragraph_of(s), page_text(s.doc), s.end_char, day=True)

        if s._.in_resolution and meeting_date and yearless and (
            found <= meeting_date if exact else after and found < after
        ):
            found = _a_year_on(found)
        elif exact and yearless and (meeting_date - found).days > _NEAREST_DAYS and not (
                has_been()):
            # "Public meeting 20th September at 6.45", read on 10 September: a day with
            # nothing to say it has been is the coming one, not one eleven months back
            found = _a_year_on(found)
        if meeting_date and yearless:
            # the weekday's year only where it keeps the way the words point: to come (the
            # reference looks ahead), held (a cue says it has been), or either (neither)
            direction = 1 if s._.in_resolution else -1 if has_been() else 0
            found = year_by_weekday(found, when, meeting_date if exact else after or found, p,
                                    lead=lead, direction=direction)
        return MeetingMention(committee, found, "day", _ref_span(text, base, s))
    m = _MONTH_ONLY.match(when)
    if not m or m.group("month").lower() not in _MONTH_NUM:
        return None
    month = _MONTH_NUM[m.group("month").lower()]
    if m.group("year"):
        year = int(m.group("year"))
    elif meeting_date is None:
        return None
    elif s._.in_resolution:  # refers forward: the next such month
        start = meeting_date if exact else after
        year = start.year + (month < start.month)
    elif exact and month == meeting_date.month:
        return None  # "welcomed all to the May meeting", said in May: this meeting itself
    else:
        year = meeting_date.year - (month > meeting_date.month)
        if (meeting_date.month - month) % 12 > _NEAREST_MONTHS and not month_meeting_has_been(
                _paragraph_of(s), page_text(s.doc), s.end_char):
            # "First Council Meeting in April", read in March: a month's meeting with nothing
            # to say it has been is the coming one, not one eleven months back
            year += 1
    return MeetingMention(committee, date(year, month, 1), precision, _ref_span(text, base, s))


# "the previous meeting", "the last meeting": one that has been, whatever year is printed
# (its minutes confirmed: "the minutes of the previous meeting held on …"; never "the last
# meeting was on …" alone, where the page's own date may be the one misread)
_RX_PREVIOUS_MEETING = re.compile(r"(?i)\bminutes\s+of\s+the\s+(?:last|previous|preceding)"
                                  r"\s+meeting\b")


def _ref_span(text: str, base: int, s) -> Span:
    """Where a meeting reference stands, less the full stop its last token took: spaCy reads
    "15 Dec." at a sentence's end as one word, though the date ends at the month ("the
    meeting held on 15 Dec." names "15 Dec"); a reference never ends on a stop of its own."""
    span = _span(text, base, s)
    if span.exact.endswith(".") and _SHORT_MONTH_END.search(span.exact):
        return Span(span.start, span.end - 1, span.exact[:-1])
    return span


# A reference ending in a month's short form and its stop ("15 Dec."), not "7 p.m." or "Ltd."
_SHORT_MONTH_END = re.compile(rf"\b{SHORT_MONTH_NAME}\.\Z")


def _paragraph_of(s) -> str:
    """The span's sentence, cut at the blank lines around the span: a heading run into the
    text below it is no part of the sentence."""
    sent = s.sent
    at, end = s.start_char - sent.start_char, s.end_char - sent.start_char
    start = sent.text.rfind("\n\n", 0, at)
    stop = sent.text.find("\n\n", end)
    return sent.text[start + 1 if start >= 0 else 0 : stop if stop >= 0 else len(sent.text)]


# How far back a month's meeting with no year is read as past when nothing says it has been
_NEAREST_MONTHS = 6
# … and a day's, in days (half a year)
_NEAREST_DAYS = 183


def _a_year_on(day: date) -> date:
    """The same day a year later (29 February: 28 February, the year after having none)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _held_by(text: str, mentions: list[Mention]) -> list[HeldBy]:
    """"Mary Lowther, Cabinet Member for Children, Young People and Families", "Ian Cargill
    (Director of Public Health)" or "the Scrutiny Officer, Stephen Gwillym": a person and a
    post side by side, joined by a comma, or with the post in brackets."""
    out = []
    ordered = sorted(mentions, key=lambda m: m.span.start)
    for a, b in itertools.pairwise(ordered):
        between = text[a.span.end : b.span.start]
        side_by_side = re.fullmatch(r"\s*(?:,\s*(?:the\s+)?|\(\s*)", between)
        span = Span(a.span.start, b.span.end, text[a.span.start : b.span.end])
        if a.kind == PERSON and b.kind == POST and side_by_side:
            out.append(HeldBy(b.label, a.label, span))
        elif a.kind == POST and b.kind == PERSON and re.fullmatch(r"\s*,\s*", between):
            out.append(HeldBy(a.label, b.label, span))  # "… Scrutiny Officer, Stephen Gwillym"
    return out


# -- one record per real thing in a document ----------------------------------------------


def _join_variants(text: str, minutes: Minutes, own_by_initials: set[str]) -> None:
    mentions = [m for item in minutes.prose for m in item.mentions]
    for person in [a.name for a in minutes.attendance] + [
            c.label for c in minutes.contacts if c.kind == PERSON]:
        mentions.append(Mention(PERSON, _without_titles(person), Span(0, 0, "")))
    # The capacity a roll gives ("R. Zedd (Chair)") is the post the items name ("the
    # Chairman"): joined with them, the document has one post, not one per spelling.
    capacities = [a.capacity for a in minutes.attendance if a.capacity]
    mentions += [Mention(POST, clean_label(c), Span(0, 0, "")) for c in capacities]
    canonical: dict[tuple[str, str], str] = {}
    for kind in (PERSON, POST, ORG, PROGRAMME):
        # Longest first, then by spelling: the same choice in every run (no set order).
        labels = sorted({m.label for m in mentions if m.kind == kind}, key=lambda s: (-len(s), s))
        for label in labels:
            canonical[(kind, label)] = _canonical(kind, label, labels, canonical)
    own = _own_body_words(text, minutes)
    _part_offices_of_other_places(canonical, own[0])
    _join_post_synonyms(canonical)
    _join_post_status(canonical)
    _join_plural_posts(canonical)
    council_tiers = _meetings_council_tiers(minutes.committee, own[0])
    _join_chair_of_the_council(canonical, council_tiers)
    _join_chair_of_own_body(canonical, own)
    _join_post_body_variants(canonical)
    _join_short_forms(canonical)
    roll_bodies = [a.organisation for a in minutes.attendance if a.organisation]
    _join_council_short_forms(canonical, roll_bodies)
    gazetteer_names = _join_gazetteer_forms(canonical, roll_bodies)
    _link_acronyms(text, minutes, canonical)
    _join_schemes(canonical)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    # and the own body named by its initials, no outside body, whose initials still name it
    # before a post ("BTVLEP Chief Executive")
    bodies = {m.label for m in mentions if m.kind == ORG} | own_by_initials
    by_initials = _people_by_initials(minutes)
    for (kind, label), root in canonical.items():
        if label != root:
            aliases[(kind, root)].add(label)
    for root, forms in _gazetteer_forms(canonical, gazetteer_names).items():
        aliases[(ORG, root)].update(forms)
    for item in minutes.prose:
        for m in item.mentions:
            root = canonical.get((m.kind, m.label), m.label)
            # a post's own-body form ("Chair of Council"), a programme's with its council's
            # acronym ("CCBC Parking Strategy"), given it where it was read
            kept = set(m.aliases) if m.kind in (POST, PROGRAMME) else set()
            if root != m.label:
                m.aliases = sorted({m.label, *aliases[(m.kind, root)], *kept} - {root})
                m.label = root
            else:
                m.aliases = sorted({*aliases[(m.kind, root)], *kept} - {root})
        for m in item.mentions:
            if m.kind == PROGRAMME:
                m.aliases += [a for a in _bare_programme_names(m.label)
                              if a != m.label and a not in m.aliases]
                if (name := scheme_of(m.label)) and name != m.label and name not in m.aliases:
                    m.aliases.append(name)  # "CIL" is the Community Infrastructure Levy
            elif m.kind == POST and (bare := _bare_post_name(m.label, bodies, council_tiers)):
                m.aliases += [bare] if bare not in m.aliases else []
            if m.kind == POST and (one := _one_holders_post(m.label)) and one not in m.aliases:
                m.aliases.append(one)
        for f in item.followups:
            if f.requested_by:
                for kind in (POST, PERSON):
                    if (kind, f.requested_by) in canonical:
                        f.requested_by = canonical[(kind, f.requested_by)]
                        f.requested_kind = kind
                        break
            if f.assigned_to:
                for kind in (POST, PERSON, ORG):
                    if (kind, f.assigned_to) in canonical:
                        f.assigned_to = canonical[(kind, f.assigned_to)]
                        f.assigned_kind = kind
                        break
                else:
                    person = by_initials.get(f.assigned_to)
                    root = canonical.get((PERSON, person), person) if person else None
                    if root and _initials_of(root) & {f.assigned_to}:
                        # "JR / Send the plan to the Board", "Action: CB": the member of the
                        # roll those initials are, the one person the request goes to (as
                        # the document's fullest name of them, when it still has them)
                        f.assigned_to = root
                        f.assigned_kind = PERSON
        for h in item.held_by:
            h.post = canonical.get((POST, h.post), h.post)
            h.person = canonical.get((PERSON, h.person), h.person)
    for a in minutes.attendance:
        if a.capacity and (root := canonical.get((POST, clean_label(a.capacity)))) and (
                root != clean_label(a.capacity)):
            a.capacity = root  # the post's one name in the document
        if a.capacity:
            a.capacity_aliases = [n for n in _capacity_names(a.capacity, bodies, council_tiers)
                                  if n != a.capacity]


# A title joining two posts one person holds, as the prose's joined titles are joined
# (``_TITLE_JOIN``): "Clerk/RFO", "Director of Finance / Treasurer".
_TWO_POSTS = re.compile(rf"(?P<a>[^/&]+?){_TITLE_JOIN_SOURCE}(?P<b>[^/&]+)")
# The same two posts joined by one "and", each a post by its head word ("Chair and Village
# Hall Trustee", "Clerk and RFO"); "Head of Estates and Facilities" joins no second post.
_TWO_POSTS_AND = re.compile(r"(?P<a>(?:(?! and ).)+?)\s+and\s+(?P<b>(?:(?! and ).)+)")
# A seat on a joint body with the post its holder has there in brackets: "Westshire Council
# Member (Chair)", "Eastvale Member (Vice Chair)".
_SEAT_WITH_POST = re.compile(r"(?P<seat>.+?)\s*\((?P<post>[^()]+)\)")


def _capacity_names(capacity: str, bodies: set[str],
                    council_tiers: frozenset[str] | None = None) -> list[str]:
    """Other names of the post a roll gives as a capacity: without the body printed after it,
    each post of a title that joins two, and the post bracketed after a seat (see
    :func:`_bare_post_name`). Each is a post by its head word, or a post alone."""
    lex = lexicon()
    out: list[str] = []

    def is_post(name: str) -> bool:
        words = name.lower().split()
        return bool(words) and name[:1].isupper() and (head_kind(words, lex) == POST or (
            len(words) == 1 and words[0] in lex.post_standalone))

    if (m := re.fullmatch(r"(?:for|on behalf of|representing)\s+(?:the\s+)?(?P<post>.+)",
                          capacity)) and is_post(m.group("post")):
        # "Mr J Zedd (for Head of Legal Services)": there for the post, which is named
        out.append(capacity := m.group("post"))
    if (bare := _bare_post_name(capacity, bodies, council_tiers)) is not None:
        out.append(bare)
    if (m := _TWO_POSTS.fullmatch(capacity) or _TWO_POSTS_AND.fullmatch(capacity)) and is_post(
            m.group("a")) and is_post(m.group("b")):
        # "Clerk/RFO", "Chief Executive Officer and Accounting Officer": one holder, two posts
        out += [m.group("a"), m.group("b")]
    if (m := _SEAT_WITH_POST.fullmatch(capacity)) and is_post(m.group("post")) and (
            m.group("post").lower() not in lex.post_status):
        out.append(m.group("post"))
    words = capacity.split()
    if len(words) > 2 and _body_initials(words[0], bodies) and is_post(" ".join(words[1:])):
        out.append(" ".join(words[1:]))  # "BTVLEP Chief Executive": the partnership's
    if len(words) > 2 and _body_initials(words[-1], bodies) and is_post(" ".join(words[:-1])):
        out.append(" ".join(words[:-1]))  # "Partnerships Officer CC": the county council's
    return list(dict.fromkeys(out))


def _body_initials(word: str, bodies: set[str]) -> bool:
    """Whether a word printed before or after a post in a roll's entry is a body's initials:
    capitals (two or more), and a body the document names by them, alone or opening or
    closing a longer name ("BTVLEP" of the "BTVLEP Board"), or a council's short form.
    Initials that name a post's own field ("HR Business Partner", "IT Manager") name no
    body there."""
    if not re.fullmatch(r"[A-Z]{2,8}", word):
        return False
    return word in bodies or word.lower() in lexicon().council_short or any(
        b.startswith(word + " ") or b.endswith(" " + word) for b in bodies)


_AFTER_CAPACITY = re.compile(r"\s*[,–-]\s*(?:[A-Z][\w'’]*\s*(?:(?:&|and)\s+)?)*")


def _roll_department(text: str, minutes: Minutes, start: int) -> bool:
    """Whether a programme's name at ``start`` follows a roll entry's capacity after a comma
    or a dash ("Lesley Radwell, Communications Officer, Customer Relations Management
    Service;"): a list of those present prints where each officer works after the post, and
    that is the council's department, no programme. Only capitalised words and "&" may stand
    between ("Manager, Policy & Organisational Development Service")."""
    return any(a.capacity_span is not None and a.capacity_span.end <= start
               and _AFTER_CAPACITY.fullmatch(text, a.capacity_span.end, start) is not None
               for a in minutes.attendance)


_RX_CAPACITY_OPENS = re.compile(r"(?:,|[ \t]*\(|[ \t]+[–-])[ \t]*\Z")
# the word straight after a name, on its line
_RX_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")


# what stands between an officer's name, or her post's last word, and the service she works
# in: a comma (a gap of spaces is no sign of it: prose printed with two spaces between words
# has them after a name too, and no development page showed a roll's column there)
_RX_WORKPLACE_OPENS = re.compile(r",[ \t]*\Z")
_RX_POST_WORD_BEFORE = re.compile(r"([A-Za-z]+),[ \t]*\Z")


def _officers_service(label: str, text: str, start: int, people_end: set[int]) -> bool:
    """Whether a name ending in a department's singular head (``programmes.
    paired_departments``: "Service") at ``start`` is where an officer works, printed straight
    after her name and a comma ("Mrs Jo Dean, Westshire Planning Service") or after her post
    and a comma ("Jo DeanAdmin Officer, Youth Justice Service"): a roll or a minute saying
    who someone is names the council's department there, which readers leave out; a service
    named in a sentence ("from the Employability Service") is read as before, and so is one
    past a gap of spaces alone ("Jo Dean  Westshire Youth Service"). Only the few characters
    before the name are read: linear in the page."""
    lex = lexicon()
    if label.rsplit(" ", 1)[-1].lower() not in lex.paired_departments:
        return False
    window = max(0, start - 40)
    gap = _RX_WORKPLACE_OPENS.search(text, window, start)
    if gap is None:
        return False
    if gap.start() in people_end:
        return True
    post = _RX_POST_WORD_BEFORE.search(text, window, start)
    return post is not None and post.group(1).lower() in lex.post_heads


def _capacity_post(label: str, text: str, start: int, end: int, people_end: set[int]) -> bool:
    """Whether a programme's name at ``start:end`` is a person's post: printed straight after
    a person's name and a comma or an opening bracket, where a roll or a minute gives the
    capacity she speaks in ("R Bell, Station Manager Protection Policy presented …", "Ms Jo
    Dean (Director Public Programmes)"), and holding a post's head before its last word (a
    post title, then the remit it runs, as readers list the post); a spaced dash stands for
    the comma in a roll ("Guest Speaker: Jo Dean – Station Manager Protection Policy").
    Without that head the name is read as it is ("A Bell, NDP steering group expenses": what
    was paid for), and so it is where a post's head follows it: the programme is what her
    post runs ("Ann Bell, Member Development Programme champion"). Only the few characters
    around the name are read: linear in the page."""
    words = label.lower().split()
    lex = lexicon()
    if not any(_capacity_head(words, k, lex) for k in range(len(words) - 1)):
        return False
    after = _RX_NEXT_WORD.match(text, end, end + 40)
    if after is not None and after.group(1).lower() in lex.post_heads:
        return False
    match = _RX_CAPACITY_OPENS.search(text, max(0, start - 8), start)
    return match is not None and match.start() in people_end


def _capacity_head(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether ``words[k]`` is a post's head in a capacity's title: a post head, or a
    capacity word ("SRO"); one that is also a post's rank ("Principal Officer") heads a post
    only after a rank of its own ("Vice Principal"), as first word it is as often an
    adjective of the remit ("Cllr Jones, Principal Roads Programme")."""
    w = words[k]
    if w in lex.post_heads:
        return True
    return w in lex.capacity_post_words and (
        w not in lex.post_ranks or (k > 0 and words[k - 1] in lex.post_ranks))


def _roll_entry(minutes: Minutes, start: int, end: int) -> bool:
    """Whether ``start:end`` runs over a roll's entry the structural reader took apart into
    a person and the body they came from ("V Bell Westmere County Council" under an
    apologies item): the roll's reading stands, and the whole is no body."""
    return any(a.organisation_span is not None and start <= a.span.start < end
               and start < a.organisation_span.end <= end for a in minutes.attendance)


# A holder named by initials and a surname, as a roll prints her after her post: "M Bell",
# "J. K. Osei".
_RX_HOLDER_BY_INITIALS = re.compile(r"(?:[A-Z]\.?\s*){1,3}\s(?:O['’])?[A-Z][a-z][\w'’-]*")


def _bare_post_name(label: str, bodies: set[str],
                    council_tiers: frozenset[str] | None = None) -> str | None:
    """The post a label names without the body it is held in (see :func:`_post_before_body`)
    or without a bracket or a comma that says where it is held: "Chief Officer, Westshire
    HSCP" and "Head of Finance (Acting)" are the "Chief Officer" and the "Head of Finance"
    (a roll prints the body, or the holder's standing, after the post)."""
    lex = lexicon()
    bare = label
    words = label.split()
    for k, w in enumerate(words[:3]):
        # "His Majesty's Lord Lieutenant of Westshire": the office, the Crown's possessive off
        if re.sub(r"['’]s$", "", w).lower() in lex.post_crown_possessors and w[-2:] in (
                "'s", "’s") and len(words) > k + 1 and head_kind(
                " ".join(words[k + 1 :]).lower().split(), lex) == POST:
            bare = " ".join(words[k + 1 :])
            break
    if (m := re.fullmatch(r"(?P<post>.+?)\s*\((?P<inside>[^()]+)\)", bare)) and (
            m.group("inside").lower() in lex.post_status or _names_a_body(
                m.group("inside"), bodies) or _RX_HOLDER_BY_INITIALS.fullmatch(
                m.group("inside")) or _words(m.group("inside")) <= _words(m.group("post"))):
        # "Staffside Lead for Westshire HSCP (Council)"; the holder by her initials,
        # "Democratic Services Officer (M Bell)"; the post's service said again, "Head of
        # Educational Services (Educational Services)"
        bare = m.group("post")
    if (m := re.fullmatch(r"(?P<post>[^,–-]+?)\s*(?:,|\s[–-])\s*(?P<tail>[^,()]+)", bare)) and (
            _names_a_body(m.group("tail"), bodies)) and head_kind(
            m.group("post").lower().split(), lex) == POST:
        bare = m.group("post")  # "Head of Finance and Transformation, Westshire HSCP"
    if (held := _post_before_body(bare, bodies)) is not None:
        return held
    if council_tiers is not None and (m := _prose_rx("of_the_council").match(bare)) and (
            _bare_chair(m["post"]) and (not m["tier"] or m["tier"].lower() in council_tiers)):
        # "the Vice Chairman of the Council", a council by no name of its own: the meeting's
        # Vice Chairman, whether or not the page names the post bare too (``council_tiers``,
        # :func:`_meetings_council_tiers`: not in a committee's minutes, nor another tier's)
        return m["post"]
    return bare if bare != label else None


def _bare_chair(post: str) -> bool:
    """Whether a post is a chair's or a civic head's, by one of its names
    (``posts.synonyms``, ``posts.presiding``): "Vice Chairman", "Deputy Mayor"."""
    return bool(_synonyms_of(post)) or _post_key(post) in lexicon().post_presiding


def _names_a_body(text: str, bodies: set[str]) -> bool:
    """Whether the words after a post's comma or in its bracket name a body: one the document
    names, a council of the gazetteer or its short form, a name a body's head word ends, or
    the start of a body's name the document gives in full (a roll's line that wrapped,
    "Executive Director, Westshire and" … "Bute Council")."""
    lex = lexicon()
    text = " ".join(text.split())
    low = text.lower()
    if not text or not text[0].isupper():
        return False
    if text in bodies or low in lex.org_known or low in lex.council_short:
        return True
    if any(b.startswith(text + " ") for b in bodies):
        return True
    return head_kind(low.split(), lex) == ORG


def _post_before_body(label: str, bodies: set[str]) -> str | None:
    """The post a label names without the outside body it is held in, when the document
    names that body on its own: "Governor of Westbury School", "Treasurer for the Bowls
    Club", "Chief Executive of Hale Homes" are a governor's, a treasurer's, a chief
    executive's post, and are called so as often (the body is a node of its own). Only a
    body the document names, or a committee ("Chairman of the Pension Fund Committee",
    "Scrutiny Officer for the Panel"), and only what is a post alone: "Director of Public
    Health" keeps its portfolio, and "Head of the Support Unit" is no "Head"."""
    lex = lexicon()
    # the shortest body first, then by spelling, so that where two bodies the document names
    # both end the label ("… of the Board of Westbury Housing": "Westbury Housing" and "Board
    # of Westbury Housing"; "Assistant Director of Highways at Westshire Council" with
    # "Highways at Westshire Council" read as a body too) the same one is read in every run,
    # not the first in the set's order, which the hash seed decides: the shortest leaves the
    # post its own words ("Assistant Director of Highways")
    patterns = [re.escape(body) for body in sorted(bodies, key=lambda b: (len(b), b))]
    if len(bodies) > 1:
        # "Director for Hale Care Ltd and Rowe Homes Ltd": held in each of the bodies listed
        one = "|".join(rf"(?:the\s+)?{re.escape(b)}" for b in sorted(bodies, key=len,
                                                                       reverse=True))
        patterns.append(rf"(?:{one})(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:{one}))+")
    # "Scrutiny Officer for the Panel": a post of a committee, which is no body node, is
    # that officer's post too; not a chair's ("Chair of the Planning Committee" is no bare
    # "Chair", which is the meeting's own)
    committee = _committee_name()
    for pattern in [*patterns, committee]:
        m = re.fullmatch(rf"(?P<post>.+?)\s+(?:of|for|at)\s+(?:the\s+)?{pattern}", label)
        if m and pattern is committee and _chairs_post(m.group("post")):
            return None
        if m and (words := m.group("post").lower().split()) and (
                head_kind(words, lex) == POST or (len(words) == 1 and words[0] in (
                    lex.post_heads | lex.post_held_in)
                    and words[0] not in lex.post_needs_qualifier)):
            return m.group("post")
    return None


@cache
def _committee_name() -> str:
    """A committee's name as a pattern ("the Pension Fund Committee", "the Panel"), built
    once rather than for every post :func:`_bare_post_name` reads."""
    return r"(?:(?:[A-Z][\w’'&-]*|of|and|&)\s+)*?(?:" + "|".join(
        re.escape(w.title()) for w in sorted(lexicon().committee_words, key=len, reverse=True)
    ) + ")"


def _one_holders_post(label: str) -> str | None:
    """The post a plural title names, as one holder holds it: "Portfolio Holders", "District
    Councillors", "Group Leaders for Housing", "Vice-Chairmen" are the "Portfolio Holder", the
    "District Councillor", the "Group Leader for Housing", the "Vice-Chairman" (one post,
    whoever holds it)."""
    m = re.match(r"(?P<title>.+?)(?P<rest>(?: for | of |, ).*)?$", label)
    if m is None or not (words := m.group("title").split()):
        return None
    last = words[-1]
    one = singular_head(last.lower(), lexicon())
    if one is None:
        return None
    # the singular singular_head chose, in the printed word's case ("Deputies" -> "Deputy")
    last = (last[:-1] if one == last.lower()[:-1] else last[:-3] + "man"
            if last.lower().endswith("men") else last[:-3] + "y")
    return " ".join([*words[:-1], last]) + (m.group("rest") or "")


def _chairs_post(post: str) -> bool:
    """Whether a post is a chair's, by any of its names ("Vice Chairman", "Deputy Convener")."""
    return bool({post.lower().split()[-1], post.lower()} & _chair_names())


@cache
def _chair_names() -> frozenset[str]:
    """A chair's names: the synonyms of "chairman" in the lexicon, and a convener's."""
    chairs = {w for group in lexicon().post_synonyms if "chairman" in group for w in group}
    return frozenset(chairs | {"convener", "convenor"})


def _bare_programme_names(label: str) -> list[str]:
    """Shorter names a programme's label is known by: its capitalised name without the
    lower-case word that says what kind of scheme it is ("the ‘Safer Scotland’ initiative",
    "the Fire Cadets programme" are "Safer Scotland", "Fire Cadets"), and the programme a
    review is of ("Review of Town Centre Regeneration Scheme" is of the scheme, named
    alone as often). A name of one word before the kind word ("the Tal-y-bont scheme", "the
    RSPB project") or a body's name ("the Westbury Trust project") is a place's or a body's,
    not the scheme's."""
    lex = lexicon()
    words = label.split()
    out = []
    bare = " ".join(words[:-1]).strip(" ‘’'\"“”")
    if len(words) >= 3 and words[-1] in lex.programme_kind_words and bare[:1].isupper():
        low = bare.lower()
        if low not in lex.programme_generic | lex.org_known and (
                low.split()[-1] not in lex.org_heads):  # "the Westbury Trust project"
            out.append(bare)
    if (m := re.match(r"(?i)review\s+of\s+(?:the\s+)?(?P<rest>.+)$", label)) and head_kind(
            m.group("rest").lower().split(), lex) == PROGRAMME:
        out.append(m.group("rest"))
    if (code := _fund_by_its_code(label)) is not None:
        out.append(code)  # "CIL money": the levy by its initials
    return out


def _join_schemes(canonical: dict[tuple[str, str], str]) -> None:
    """"the Neighbourhood Plan", "the NDP" and "Neighbourhood Development Plan" in one
    document are one programme (each form an alias): the forms of one national scheme the
    lexicon knows, joined under the longest the document prints."""
    groups: dict[str, list[str]] = defaultdict(list)
    for kind, label in canonical:
        if kind == PROGRAMME and (name := scheme_of(label)):
            groups[name].append(label)
    for labels in groups.values():
        target = canonical[(PROGRAMME, min(labels, key=lambda s: (-len(s), s)))]
        roots = {canonical[(PROGRAMME, label)] for label in labels}
        for key, root in canonical.items():
            if key[0] == PROGRAMME and (root in roots or key[1] in labels):
                canonical[key] = target


def _join_post_synonyms(canonical: dict[tuple[str, str], str]) -> None:
    """"Chair" and "Chairman" in one document are one post, named as the lexicon prefers."""
    posts = {label.lower().replace("-", " "): label for kind, label in canonical
             if kind == POST}
    for group in lexicon().post_synonyms:
        present = [posts[w.replace("-", " ")] for w in group if w.replace("-", " ") in posts]
        for label in present[1:]:
            canonical[(POST, label)] = present[0]


def _part_offices_of_other_places(canonical: dict[tuple[str, str], str],
                                  heading: set[str]) -> None:
    """"the Mayor" a page names bare is its own council's (``posts.place_offices``), not the
    one "Mayor of London" or "former Mayor of Eastbury Borough Council" it names too: a
    civic office of a place the page's heading does not name is another office. Of the
    page's own place ("Mayor of Westbury" in Westbury Town Council's minutes) it is the one;
    the place is the heading's by whole words (``heading``, :func:`_own_body_words`):
    "Mayor of Bury" is not Westbury's."""
    offices = lexicon().post_place_offices
    for (kind, label), root in list(canonical.items()):
        if kind != POST or root == label or label.lower() not in offices:
            continue
        m = re.fullmatch(re.escape(label) + r" of (?P<place>[A-Z][^,()]*)", root)
        if m and not {w.lower() for w in _words_of(m["place"])} <= heading:
            canonical[(POST, label)] = label


def _join_post_status(canonical: dict[tuple[str, str], str]) -> None:
    """"the Temporary Clerk", "the Outgoing Chair" are the Clerk and the Chair the document
    names: a holder's standing (``posts.status``) before a post is no other post, when the
    post is named without it too. Alone ("the Interim Director of Finance") it stays whole,
    and so does an acting or an interim holder's office (``posts.status_own_office``): "the
    Acting Leader" and "the Leader" are two offices. (A past holder's label, "the former
    Chair", is read as no post where prose names it, ``_past_holders``; one from elsewhere
    on the page is joined here still.)"""
    lex = lexicon()
    joined = lex.post_status - lex.post_status_own_office
    posts = {label.lower(): label for kind, label in canonical if kind == POST}
    for (kind, label) in list(canonical):
        first, _, rest = label.partition(" ")
        if kind == POST and first.lower() in joined and rest.lower() in posts:
            canonical[(POST, label)] = canonical[(POST, posts[rest.lower()])]
    _follow_roots(canonical)


def _follow_roots(canonical: dict[tuple[str, str], str]) -> None:
    """Point each label at its root's own root, where a root was itself joined to another
    by a later rule."""
    for key, root in canonical.items():
        canonical[key] = canonical.get((key[0], root), root)


_RX_POST_OF = re.compile(r"^(?P<post>.+?) (?:of|for) (?:the )?(?P<body>.+)$")


def _join_post_body_variants(canonical: dict[tuple[str, str], str]) -> None:
    """One post printed with its body or area named two ways in one document: "Chair of the
    NDP Steering Group" and "Chair of the Steering Group" (the name's tail), "Chair of the
    Playing Fields Committee" and "Chair of the Playing Fields" (its start, the head left
    off), or a name run on into the words after it ("Leader of the Council No"): the longer
    is the one post. Not two bodies with heads of their own ("Chair of the Council" and
    "Chair of the Council Tax Panel")."""
    lex = lexicon()
    heads = lex.org_heads | lex.committee_words | lex.post_heads
    given = {g.lower() for g in lex.given_names}
    parts = {}
    for (kind, label) in canonical:
        if kind == POST and (m := _RX_POST_OF.match(label)):
            parts[label] = (m["post"].lower(), m["body"].lower().replace(",", "").split())
    for short, (post, b) in parts.items():
        longer, run_on = [], False
        for long_, (post2, a) in parts.items():
            if post2 != post or len(a) <= len(b):
                continue
            if a[: len(b)] == b and not (b[-1] in heads and a[-1] in heads):
                longer.append(long_)  # its start: the head left off, or words run on
                extra = set(a[len(b):])
                # run on into the next words ("… Council No", "… Emergency Councillor Jo
                # Hale"): the shorter is the post's name
                run_on = b[-1] in heads or bool(extra & (lex.person_titles | given))
            elif a[-len(b):] == b and len(b) >= 2 and not set(a[: -len(b)]) & heads:
                longer.append(long_)  # its tail: the name's qualifier left off
        if len(longer) == 1 and run_on:
            canonical[(POST, longer[0])] = canonical[(POST, short)]
        elif len(longer) == 1:
            canonical[(POST, short)] = canonical[(POST, longer[0])]
    _follow_roots(canonical)


def _join_short_forms(canonical: dict[tuple[str, str], str]) -> None:
    """"the Commissioner" in minutes that name the "Police and Crime Commissioner" is that
    post by its head alone (``posts.short_forms``): a bare head is joined to the one longer
    post of the document that ends in it, or that it opens before "for" or "of" ("the
    Minister for Transport"). A rank before the head ("Chief Commissioner", "Prime
    Minister", ``posts.short_form_others``) makes another office, never a longer name of
    this one; where two posts qualify the text does not say which, and the head stays
    apart."""
    lex = lexicon()
    posts = [label for kind, label in canonical if kind == POST]
    for label in posts:
        head = label.lower()
        if head not in lex.post_short_forms:
            continue
        longer = set()
        for p in posts:
            words = p.lower().split()
            if len(words) < 2:
                continue
            if (words[-1] == head and words[-2] not in lex.post_short_form_others) or (
                    words[0] == head and words[1] in ("for", "of")):
                longer.add(canonical[(POST, p)])
        if len(longer) == 1:
            canonical[(POST, label)] = next(iter(longer))
    _follow_roots(canonical)


# A council named by its place and its tier's initials with "C" for "Council": "Suffolk
# CC", "Arun DC", "Caerphilly CBC".
_RX_COUNCIL_SHORT_FORM = re.compile(r"(?P<place>[A-Z].*?)\s+(?P<tier>[A-Z]{1,3})C")


def _join_council_short_forms(canonical: dict[tuple[str, str], str], roll: list[str]) -> None:
    """A council named by its place and its tier's initials ("Suffolk CC", "Arun DC",
    "Caerphilly CBC") in a document that names it in full ("Suffolk County Council", "Arun
    District Council", "Caerphilly County Borough Council") is that one council, its short
    form another name of it: the place the same, the initials those of the full name's tier
    words (lexicon.toml's ``council_tiers``) then "Council". Where the document names two
    councils the initials fit ("Newport City Council", "Newport County Council") it does
    not say which, and the short form stays apart. The bodies a roll gives beside its
    members (``roll``) are named by the document too, in either form: a short form there is
    joined to the items' full name, and the items' short form to the roll's full name."""
    tiers = set(council_tier_words())
    prose = [label for kind, label in canonical if kind == ORG]
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    for label in {*prose, *roll}:
        words = label.split()
        if len(words) < 3 or words[-1] != "Council":
            continue
        k = len(words) - 1
        while k > 1 and words[k - 1].lower() in tiers:
            k -= 1
        if k < len(words) - 1:  # a tier's word or more between the place and "Council"
            initials = "".join(w[0].upper() for w in words[k:-1])
            full[(council_key(" ".join(words[:k])), initials)].add(label)
    for label in {*prose, *roll}:
        m = _RX_COUNCIL_SHORT_FORM.fullmatch(label)
        if m is None:
            continue
        longer = full.get((council_key(m["place"]), m["tier"]), set())
        if len(longer) != 1:
            continue
        _join_council_form(canonical, label, next(iter(longer)))
    _follow_roots(canonical)


def _join_council_form(canonical: dict[tuple[str, str], str], label: str, full: str) -> None:
    """A council's other form (``label``) joined to its full name (``full``), the one rule of
    :func:`_join_council_short_forms` and :func:`_join_gazetteer_forms`: to the full name's
    root when the items print it, else, when the items print the other form, to the full
    name as the roll prints it ("Arun DC" in the items, "Arun District Council" beside a
    member); when the items print neither, nothing is joined."""
    if (ORG, full) in canonical:
        canonical[(ORG, label)] = canonical[(ORG, full)]
    elif (ORG, label) in canonical:
        canonical[(ORG, label)] = full


def _gazetteer_names(label: str) -> tuple[str, ...]:
    """The gazetteer's full names (:func:`kg.patterns.councils_by_place`) of the principal
    council a body's name names with fewer of its tier's words, or none: "Edinburgh Council"
    is the "City of Edinburgh Council", "Caerphilly County Council" the "Caerphilly County
    Borough Council". Only names whose tier words hold all the name's own ("Durham City
    Council", a parish's, is no "Durham County Council"); none for a name the gazetteer
    holds itself, or that is no council's."""
    words = label.split()
    if len(words) < 2 or words[-1] != "Council" or name_key(label) in _gazetteer_keys():
        return ()
    place = council_place(label)  # (the words around it all a council's head words)
    if not place:
        return ()
    own = {w.lower() for w in label.replace(place, " ").split()} - {"council", "of", "the"}
    return tuple(n for n in councils_by_place().get(council_key(place), ())
                 if own <= {w.lower() for w in n.replace(council_place(n), " ").split()})


@cache
def _gazetteer_keys() -> frozenset[str]:
    return frozenset(name_key(n) for n in councils_data()["names"])


@cache
def _council_name_words() -> frozenset[str]:
    """The words a council's name sets around its place: the gazetteer's head words
    (``[councils] head_words``) and the tiers' (lexicon.toml's ``council_tiers``: "town",
    "parish", which no principal council's name has)."""
    return frozenset(w.casefold() for w in [*councils_data()["head_words"],
                                            *council_tier_words()])


def _council_of_place(label: str) -> tuple[str, frozenset[str]] | None:
    """A council's name as its place (:func:`kg.patterns.council_key`) and the words around it less
    "Council", "of" and "the": "Durham City Council" → ("durham", {"city"}), "City of
    Edinburgh Council" → ("edinburgh", {"city"}); None for a name that is no council's."""
    words = label.replace(",", " ").split()
    if len(words) < 2 or words[-1] != "Council":
        return None
    i, j = council_place_bounds(words, _council_name_words())
    if i == j:
        return None
    return council_key(" ".join(words[i:j])), frozenset(
        w.lower() for w in words[:i] + words[j:]) - {"council", "of", "the"}


def _join_gazetteer_forms(canonical: dict[tuple[str, str], str],
                          roll: list[str]) -> dict[str, tuple[str, ...]]:
    """A principal council named on the page by a form the gazetteer does not print
    ("Caerphilly County Council") and by one it does ("Caerphilly County Borough Council")
    is one council (:func:`_gazetteer_names`): the first joined to the second. The bodies a
    roll gives beside its members (``roll``) are named by the page too, as in
    :func:`_join_council_short_forms`. Where the page names another council of the place
    the shorter name may as well be ("Durham City Council" beside "Durham County Council"
    and "Durham Council") it does not say which, and the name stays apart and is given no
    gazetteer name, as a short form fitting two councils is. Returns the gazetteer's names
    of each name given them (for :func:`_gazetteer_forms`)."""
    prose = {label for kind, label in canonical if kind == ORG}
    page = prose | set(roll)
    named = {label: _gazetteer_names(label) for label in page}
    by_place: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for label in page:
        if council := _council_of_place(label):
            by_place[council[0]].append((label, council[1]))
    given: dict[str, tuple[str, ...]] = {}
    for label in sorted(page):
        names = named[label]
        if not names:
            continue
        place, own = _council_of_place(label) or ("", frozenset())
        if any(other != label and other not in names and own <= around
               and not set(named[other]) & set(names) for other, around in by_place[place]):
            continue  # another council of the place on the page: which, the page does not say
        given[label] = names
        full = [n for n in names if n in page]
        if full:
            _join_council_form(canonical, label, full[0])
    _follow_roots(canonical)
    return given


def _gazetteer_forms(canonical: dict[tuple[str, str], str],
                     given: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """Each council's other names in the gazetteer (``given``, by
    :func:`_join_gazetteer_forms`), by the label it is shown by: "Edinburgh Council" is also
    the "City of Edinburgh Council", as readers may list it. A name, not a quotation: the
    mapping gives it as a ``skos:altLabel`` (by which another document's "City of Edinburgh
    Council" meets it), while the node's label and evidence stay the words printed."""
    forms: dict[str, set[str]] = defaultdict(set)
    for (kind, label), root in canonical.items():
        names = given.get(label, ()) if kind == ORG else ()
        # only to the council itself: not to another body another rule joined the name to
        if names and (root == label or root in names or set(given.get(root, ())) & set(names)):
            forms[root].update(n for n in names if n != root)
    return {root: names for root, names in forms.items() if names}


def _join_plural_posts(canonical: dict[tuple[str, str], str]) -> None:
    """"the District Councillors" and "the District Councillor" in one document are one post
    (whoever holds it): a plural title is joined to its singular, or to a synonym of it
    ("District Cllrs" to "District Councillor"), or to another plural of it, named as the
    singular is where the document names that."""
    groups = lexicon().post_synonyms

    def key(title: str) -> str:
        title = title.lower().replace("-", " ")
        return next((g[0] for g in groups if title in {w.replace("-", " ") for w in g}), title)

    plurals: dict[str, list[str]] = defaultdict(list)
    singles: dict[str, str] = {}
    for (kind, label) in canonical:
        if kind != POST:
            continue
        # "District Cllrs": a plural of a synonym the lexicon lists, with no head of its own
        one = _one_holders_post(label) or (
            label[:-1] if label.endswith("s") and key(label[:-1]) != label[:-1].lower() else None)
        if one:
            plurals[key(one)].append(label)
        else:
            singles.setdefault(key(label), label)
    for k, labels in plurals.items():
        root = singles.get(k, labels[0])
        plural = set(labels) - {root}
        # the singular names the post, though a plural that starts with it took it before
        # ("District Councillor" joined to "District Councillors" as a longer label)
        root = canonical[(POST, root)] if canonical[(POST, root)] not in plural else root
        for entry, value in canonical.items():
            if entry[0] == POST and (entry[1] in plural or value in plural or entry[1] == root):
                canonical[entry] = root


def _join_chair_of_the_council(canonical: dict[tuple[str, str], str],
                               council_tiers: frozenset[str] | None) -> None:
    """"the Chairman of the Parish Council", "Chair of the Council" is the Chairman the
    document names bare: a council named by no name of its own is the council meeting, and
    its chair the meeting's. A council with a name ("Chair of Westbury Town Council") is
    another's, and so is another body's chair ("Chair of the Panel"). In a committee's
    minutes ("Personnel Committee", ``organisations.committee_words``) the council's chair
    is not the meeting's: the committee has a chair of its own; nor is another tier's
    ("Chairman of the County Council" in a parish council's minutes): ``council_tiers``,
    :func:`_meetings_council_tiers`."""
    if council_tiers is None:
        return
    posts = _posts_by_key(canonical)
    for (kind, label) in list(canonical):
        m = _prose_rx("of_the_council").match(label)
        if kind != POST or not m or (m["tier"] and m["tier"].lower() not in council_tiers):
            continue
        bare = _bare_post(m["post"], posts, alone=False)
        if bare is not None:
            canonical[(POST, label)] = canonical[(POST, bare)]


def _areas_reordered(label: str, other: str) -> bool:
    """Whether two posts are one post's name and its areas after "and" or "&" in another
    order: "Portfolio Holder for Planning and Regeneration", "… for Regeneration and
    Planning". Each area whole, the words before the first the same: "Head of Adult Services
    and Children's Health" is not the "Head of Children's Services and Adult Health"."""
    parts = [p.lower().split() for p in re.split(r"\s(?:and|&)\s", label)]
    others = [p.lower().split() for p in re.split(r"\s(?:and|&)\s", other)]
    if len(parts) < 2 or len(parts) != len(others) or parts == others:
        return False
    if parts[0] == others[0]:
        return sorted(parts[1:]) == sorted(others[1:])  # the first area the same
    # the first part is the post's words and its first area, which is a whole area of the
    # other's: cut there (one try for each length of area it ends in, not each word)
    cuts = {len(parts[0]) - len(q) for q in others[1:]
            if 0 < len(q) < len(parts[0]) and parts[0][-len(q):] == q}
    return any(others[0][:cut] == parts[0][:cut] and sorted([parts[0][cut:], *parts[1:]]) == (
        sorted([others[0][cut:], *others[1:]])) for cut in cuts)


def _meetings_council_tiers(committee: str | None, heading: set[str]) -> frozenset[str] | None:
    """The tiers by which "the Chairman of the <tier> Council" is the meeting's own council
    and its chair the meeting's: none in a committee's minutes (``_a_committees_minutes``);
    the tiers the page's heading (``heading``, its words in lower case) names, or when it
    names none every council's tier (``people.councillor_tiers``): "the Chairman of the
    County Council" in Westbury Parish Council's minutes is the county's."""
    if _a_committees_minutes(committee):
        return None
    tiers = lexicon().councillor_tiers
    return frozenset(tiers & heading) or tiers


def _a_committees_minutes(committee: str | None) -> bool:
    """Whether the page is a committee's minutes ("Personnel Committee",
    ``organisations.committee_words``), not its council's: there the council's chair ("the
    Chairman of the Council") is not the meeting's chair."""
    return bool(committee) and not re.search(r"(?i)\bcouncil\b", committee) and bool(
        _committee_word_last().search(committee.strip()))


@cache
def _committee_word_last() -> re.Pattern[str]:
    """A name that ends in one of ``organisations.committee_words``, as a whole word: one
    pattern compiled once, not one a word a page (a search finds a match of one alternative
    where a search with that word alone does)."""
    words = sorted(lexicon().committee_words, key=lambda w: (-len(w), w))
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words)) + r")\Z")


def _posts_by_key(canonical: dict[tuple[str, str], str]) -> dict[str, str]:
    """The posts of a page by their names in lower case, hyphens as blanks."""
    return {label.lower().replace("-", " "): label for kind, label in canonical
            if kind == POST}


def _bare_post(post: str, posts: dict[str, str], alone: bool = True) -> str | None:
    """The post a page names bare that a chair's post of a body ("Chairman" of "Chairman of
    the Council") is another name of: one of its synonyms (``post_synonyms``) the page names
    (``posts``, :func:`_posts_by_key`), or, with ``alone``, the same word where it has none."""
    group = _synonyms_of(post) or ((_post_key(post),) if alone else ())
    return next((posts[w.replace("-", " ")] for w in group if w.replace("-", " ") in posts),
                None)


def _post_key(post: str) -> str:
    """A post's name in lower case, hyphens and runs of blanks as one blank."""
    return re.sub(r"\s+", " ", post.lower().replace("-", " "))


def _synonyms_of(post: str) -> tuple[str, ...]:
    """The group of ``posts.synonyms`` a post's name is one of ("Vice-Chairman" is a vice
    chair's), or none."""
    key = _post_key(post)
    return next((g for g in lexicon().post_synonyms
                 if key in {w.replace("-", " ") for w in g}), ())


# The small words between a body's name's words, which its initials leave out ("Transport
# and Environment Committee" is "TEC").
_NAME_LINKS = frozenset({"and", "of", "the", "for", "&"})
# How far into a page its own heading is looked for, when no committee was read.
_OWN_HEADING_CHARS = 400


def _words_of(text: str) -> list[str]:
    """The words of a heading or a body's name, as :func:`_own_body_words` reads them."""
    return re.findall(r"[A-Za-z][\w'’&-]*", text)


def _own_body_words(text: str, minutes: Minutes) -> tuple[set[str], list[str]]:
    """The words of the meeting's own body, as the page's heading names it (the committee
    read, and the page's first lines, above its first item): each word in lower case, and
    the committee's acronyms as printed; and the committee's capitalised words in order,
    whose initials may make its acronym ("Transport and Environment Committee" is "TEC"). An
    acronym further down the heading names another body as often ("Cllr A Bell, KCC")."""
    end = min([_OWN_HEADING_CHARS, *(i.span.start for i in minutes.items[:1])])
    heading = f"{minutes.committee or ''} {text[:end]}"
    words = _words_of(heading)
    committee = _words_of(minutes.committee or "")
    return {w.lower() for w in words} | {w for w in committee if re.fullmatch(r"[A-Z]{2,6}", w)}, [
        w for w in committee if w[:1].isupper() and w.lower() not in _NAME_LINKS]


def _names_own_body(body: str, own: tuple[set[str], list[str]]) -> bool:
    """Whether the body after a chair's "of" is the meeting's own: each of its words is a word
    of the page's heading, or an acronym of heading words one after another ("Chair of the
    Area Forum" in the Westtown Area Forum's minutes, "Chair of TEC" in the Transport and
    Environment Committee's). Not a body the heading does not name ("Chair of the Audit
    Committee" in a full council's minutes)."""
    words, capitals = own
    initials = "".join(w[0].upper() for w in capitals)
    body_words = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", body)
                  if w.lower() not in _NAME_LINKS]
    if not body_words or any(w.lower() in ("council", "councils") for w in body_words):
        return False  # a council's chair: the meeting's only by no name of its own, as above
    for w in body_words:
        if re.fullmatch(r"[A-Z]{2,6}", w):
            # the heading's own acronym, or the committee's initials ("TEC")
            if w not in words and w not in initials:
                return False
        elif w.lower() not in words:
            return False
    return True


def _join_chair_of_own_body(canonical: dict[tuple[str, str], str],
                            own: tuple[set[str], list[str]]) -> None:
    """"The Chair of the Area Forum" in the Area Forum's own minutes is the Chair the page
    names bare (readers list one post, the long form its other name); a chair of a body
    the page's heading does not name is another post ("Chair of the Audit Committee" in a
    council's minutes). Joined only where the page names the bare post too."""
    posts = _posts_by_key(canonical)
    for (kind, label) in list(canonical):
        if kind != POST or canonical[(kind, label)] != label:
            continue
        m = _prose_rx("chair_of_body").match(label)
        if not m or not _names_own_body(m["body"], own):
            continue
        bare = _bare_post(m["post"], posts)
        if bare is not None and bare != label:
            canonical[(POST, label)] = canonical[(POST, bare)]


def _without_titles(name: str) -> str:
    titles = lexicon().person_titles
    words = name.split()
    while len(words) > 1 and words[0].lower() in titles:
        words = words[1:]
    return " ".join(words)


def _tokens(label: str, kind: str = "") -> list[str]:
    """A label's words for comparing names, less the small words no name turns on. A
    person's "S" stays: it is an initial ("S Hale" is no "Hale" alone, and not the
    "J Hale" the page names too), not a possessive's letter."""
    drop = ("the", "and", "of", "for") if kind == PERSON else ("the", "and", "of", "for", "s")
    return [w for w in re.findall(r"[a-z0-9]+", label.lower().replace("'s", "")) if w not in drop]


def _singular(word: str) -> str:
    """"Weights" and "Weight" are one word when names are compared: "Healthy Weights Review
    Group" and "Healthy Weight Scrutiny Review Group" in one document are one group."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _canonical(kind: str, label: str, longer_first: list[str],
               known: dict[tuple[str, str], str]) -> str:
    """The fullest name in the document this label is a variant of (or the label itself)."""
    toks = _tokens(label, kind)
    if not toks:  # only small words ("THE" on a page printed in capitals): nothing to compare
        return label
    if kind == PERSON and len(toks) >= 3 and all(len(t) == 1 for t in toks[:-1]):
        # "J. D. Brantwick" is the one Joan Brantwick the document names in full (its roll
        # may print "Cllr Joan Brantwick", its minutes the initials), however long each is.
        full = {known.get((kind, o), o) for o in longer_first
                if (t := _tokens(o, kind)) and len(t) >= 2 and t[-1] == toks[-1] and len(t[0]) > 1
                and t[0][0] == toks[0] and all(len(w) > 1 for w in t[:-1])}
        if len(full) == 1:
            return full.pop()
    for other in longer_first:
        if other == label or len(other) < len(label):
            continue
        root = known.get((kind, other), other)
        others = _tokens(other, kind)
        if kind == PERSON:
            # "Tarrow" is Ann Tarrow; "Snelby" is not "Tim Snelby-Ross".
            if len(toks) == 1 and others and others[-1] == toks[0]:
                return root
            # "Cllr Hollin Dace" is the Shaun Hollin Dace named in full: a two-word
            # surname, first given without its given name
            if len(toks) >= 2 and len(others) == len(toks) + 1 and others[1:] == toks and (
                    label.split()[0] not in lexicon().given_names) and len(toks[0]) > 1:
                return root
            # "P Vane" is the "P S Vane" or "Paul S. Vane" the document names, a middle
            # initial left out; "Dave Renwold" and "D Renwold" are the David Renwold it
            # names (an initial, or the given name's first three letters). Only when it
            # names no other Vane or Renwold whose given name starts so (its initial, or
            # those three letters), however many words the name has ("Paul Vane" and
            # "Peter Vane" leave "P Vane" apart, "Dawn Renwold" leaves "Dave Renwold" to
            # David); "Jo Hale" is no "Jonathan Hale", nor "D Renwold" the "Mary Renwold".
            if len(toks) == 2 and others[-1] == toks[-1] and len(others) >= 2 and (
                    (len(others) >= 3 and len(toks[0]) == 1 and others[0][0] == toks[0]
                     and all(len(t) == 1 for t in others[1:-1]))
                    or (len(others) == 2 and (
                        toks[0] == others[0][:1] or toks[0][:3] == others[0][:3]))):
                alike = {known.get((kind, o), o) for o in longer_first
                         if len(o) >= len(label) and o != label
                         and (t := _tokens(o, kind)) and len(t) >= 2 and t[-1] == toks[-1]
                         and t[0][: len(toks[0][:3])] == toks[0][:3]}
                if len(alike) == 1:
                    return root
            continue
        if kind == POST:
            # "Cabinet Member" is the one "Cabinet Member for …" the document names.
            # A bare "Chair" is the meeting's own chair, not the "Chair of the Panel" its
            # minutes mention.
            chairs = {w for group in lexicon().post_synonyms for w in group}
            # "Corporate Director" is the "Corporate Director, Finance" named in full too, and
            # "Clerk" the "Clerk to the Council" (a post "to" the body it serves).
            fuller = [o for o in longer_first if o.startswith(tuple(
                label + sep for sep in (" for ", " of ", " to ", ", ", " – ", " - ", " (")))
                and label.lower() not in chairs]
            if len({known.get((kind, o), o) for o in fuller}) == 1:
                return known.get((kind, fuller[0]), fuller[0])
            # "Portfolio Holder" is the one "Finance and Corporate Services Portfolio Holder"
            # the document names; "Chief Executive" is not the "Deputy Chief Executive".
            # "Lengthsman" is the "Parish Lengthsman" the document names, a tier before it.
            tiered = [o for o in longer_first if len(toks) == 1 and label.lower() not in chairs
                      and o.lower().endswith(" " + label.lower()) and len(_tokens(o)) == 2
                      and _tokens(o)[0] in lexicon().councillor_tiers]
            if len({known.get((kind, o), o) for o in tiered}) == 1:
                return known.get((kind, tiered[0]), tiered[0])
            if toks and toks[-1] in ("holder", "member") and len(toks) >= 2:
                ranks = lexicon().post_ranks
                ending = [o for o in longer_first if o.lower().endswith(" " + label.lower())
                          and not ranks & set(o[: -len(label)].lower().split())]
                if len({known.get((kind, o), o) for o in ending}) == 1:
                    return known.get((kind, ending[0]), ending[0])
            if fuzz.ratio(" ".join(toks), " ".join(others)) >= 95:
                return root
            if len(toks) >= 3 and sorted(toks) == sorted(others) and _areas_reordered(
                    label, other):
                # "Portfolio Holder for Planning and Regeneration" is the "Portfolio Holder
                # for Regeneration and Planning" the page names too: its areas in the other
                # order
                return root
            continue
        if kind == ORG and _body_of_a_body(label, other):
            continue  # "Network Rail" is not the "Network Rail Forum" it sits on
        if kind == ORG and _branch_apart(label, other):
            continue  # "NHS Westshire" is not "Westshire Hospitals NHS Foundation Trust"
        if kind == ORG and toks != others and label.lower() in lexicon().org_known and (
                other.lower() in lexicon().org_known):
            continue  # "North Somerset Council" is not "Bath and North East Somerset Council"
        if kind == ORG and toks[-1] not in others and toks[-1] + "s" in others and (
                len(others) > len(toks)):
            # "Westbury Council" is no "Westbury Association of Town Councils": its head is
            # what the longer body gathers, in the plural (though "Regional Partnership" is
            # the "Regional Partnerships" named in the plural)
            continue
        if len(toks) >= 2 and {_singular(t) for t in toks} <= {_singular(t) for t in others}:
            return root  # "Transformation Programme" ⊂ "Children and Families … Programme"
        if fuzz.token_sort_ratio(" ".join(toks), " ".join(others)) >= 90:
            return root  # word order or spelling: "… Transformation System Programme"
    if kind == PROGRAMME and (root := _dated_variant(label, longer_first, known)) is not None:
        return root
    return label


# A year or a span of years in a programme's name ("2021-2025", "2011/12 – 2014/15", "2018-19").
_RX_NAME_YEARS = re.compile(rf"(?<![\w/]){YEARS}(?![\w/])")


def _dated_variant(label: str, longer_first: list[str],
                   known: dict[tuple[str, str], str]) -> str | None:
    """The one longer programme this label is another form of once the years printed in
    either are set aside: "Better Care Fund 2018-19" is the "Westby Better Care Fund" the
    page names, "Covid Recovery Plan" the "Recovery Plan 2021-2022", "Police and Crime Plan
    2021-2025" the "Westshire Police & Crime Plan 2021-25". Minutes name one plan with and
    without its years, and the rules of :func:`_canonical` compare the years as words. Two
    editions dated apart stay apart, and so do two names either of which is such a form of
    another programme too ("the Eastby and the Westby Transport Strategy … the Transport
    Strategy 2024-2029": which one, the page does not say), or of two editions ("the Westby
    Local Plan … the Local Plan 2011-2016 … the Local Plan 2024-2039": which edition, nor
    does it; joined with one, the name would join the two editions too)."""
    words = _dated_form(label)[1]
    partners = _dated_partners(label, words, longer_first)
    if len(partners) != 1:
        return None
    (theirs, others), = partners.items()
    other = others[0]  # the longest of them: labels come longest first
    if len(other) < len(label) or _dated_partners(other, theirs, longer_first).keys() != {words}:
        return None  # the shorter name joins the longer when that is read
    return known.get((PROGRAMME, other), other)


@lru_cache(maxsize=4096)
def _dated_form(label: str) -> tuple[str, frozenset[str]]:
    """A programme's first year ("" when it prints none) and its words less the years, for
    :func:`_dated_variant`: read once per label, not again for each label it is compared with
    (the comparisons are as many as the square of a page's programmes)."""
    years = _RX_NAME_YEARS.findall(label)
    words = frozenset(_singular(t) for t in _tokens(_RX_NAME_YEARS.sub(" ", label)))
    return (years[0][:4] if years else "", words)


def _dated_partners(label: str, words: frozenset[str], labels: list[str]
                    ) -> dict[frozenset[str], list[str]]:
    """The other labels that are one programme with this one but for the years either prints
    (:func:`_dated_variant`), by their words: at least one of the two dated, both by one
    first year, and the words of one, at least two, within the other's. Only the fullest
    words are kept: "Better Care Fund" is a form of the "Westby Better Care Fund" too. Words
    that editions of two first years print are left out: which edition, the page does not
    say."""
    year = _dated_form(label)[0]
    out: dict[frozenset[str], list[str]] = defaultdict(list)
    if len(words) < 2:
        return out
    for other in labels:
        dated, others = _dated_form(other)
        if other == label or not (year or dated) or (year and dated and year != dated):
            continue  # neither dated (the rules of :func:`_canonical`), or two editions
        if len(others) >= 2 and (words <= others or others <= words):
            out[others].append(other)
    fullest = {w: o for w, o in out.items() if not any(w < v for v in out)}
    return {w: o for w, o in fullest.items() if len({y for x in o if (y := _dated_form(x)[0])}) < 2}


def _branch_apart(label: str, other: str) -> bool:
    """Whether a national body's local branch, named by the national name and the place
    (``organisations.branches``: "NHS Westshire", "Age UK Westshire"), is a body apart from
    a longer name that holds its words in another order ("Westshire Hospitals NHS Foundation
    Trust", "Westshire Age UK Lunch Club"): the branch is a body of its own; a longer name
    that holds it whole ("NHS Westshire ICB"), or only a body's head word more ("Westshire
    NHS Board"), is its fuller name."""
    lower = label.lower()
    if not any(lower.startswith(b + " ") for b in lexicon().branches) or re.search(
            rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", other.lower()):
        return False
    more = set(other.lower().split()) - set(lower.split())
    return bool(more - lexicon().org_heads)


def _body_of_a_body(label: str, other: str) -> bool:
    """Whether ``other`` is a body of the body ``label`` names, not a fuller name of it: the
    body's name and more words ending in the head of a body that bodies set up
    (``organisations.bodies_of_bodies``: "Network Rail Forum", "Westshire County Council
    Health and Wellbeing Board", "SafetyNet Business Management Group"), a body of its own.
    Not a fuller name's legal or NHS ending ("Westvale Hospitals NHS Foundation Trust",
    "Hale Homes Ltd")."""
    if not other.lower().startswith(label.lower() + " "):
        return False
    last = other.split()[-1].lower()
    return last in lexicon().bodies_of_bodies and last not in label.lower().split()


def _link_acronyms(text: str, minutes: Minutes, canonical: dict[tuple[str, str], str]) -> None:
    """"National Referral Mechanism (NRM)" makes NRM an alias; so does an acronym whose
    letters are the initials of a name in the document ("DWP", "Department of Work and
    Pensions")."""
    names = {(kind, root) for (kind, _), root in canonical.items() if kind in (ORG, PROGRAMME)}
    initials = {}
    for kind, root in sorted(names):
        letters = "".join(w[0] for w in root.split() if w[:1].isupper())
        if len(letters) >= 2:
            initials.setdefault(letters, (kind, root))
    for (kind, label), _root in list(canonical.items()):
        letters = label.replace(" ", "")  # "NWL ICB", as "North West London Integrated Care Board"
        if kind in (ORG, PROGRAMME) and label.isupper() and 2 <= len(letters) <= 8:
            target = initials.get(letters)
            if target is None and len(letters) >= 3:
                # "the CCG" after "North Lincolnshire Clinical Commissioning Group": the body's
                # kind, its place left off, when one name in the document ends in those letters
                tails = [t for k, t in initials.items() if len(k) > len(letters)
                         and k.endswith(letters) and t[0] == kind]
                target = tails[0] if len(tails) == 1 else None
            if target and target[0] == kind:
                canonical[(kind, label)] = target[1]
    for item in minutes.prose:
        for m in item.mentions:
            if m.kind not in (ORG, PROGRAMME):
                continue
            after = _ACRONYM_AFTER.match(text, m.span.end, min(len(text), m.span.end + 12))
            if after is None:
                after = _ACRONYM_AFTER.match(text, m.span.end + 1, min(len(text),
                                                                      m.span.end + 13))
            if after:
                root = canonical.get((m.kind, m.label), m.label)
                canonical[(m.kind, after.group("acr"))] = root
                m.aliases.append(after.group("acr"))
