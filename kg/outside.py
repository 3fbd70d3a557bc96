"""The text of a page that no item holds and nothing else reads: a public session or open
forum before the first item, the police's or ward councillors' reports, a presentation,
notes after the last item.

Which stretches these are is worked out from what the structural reader found, not from
any wording: the page less its items' spans, less the lines its header fields (committee,
date, venue), its rolls' entries and its contact lines stand on (the readers of those own
them), less what sits above the heading (a site's furniture) and ModernGov's label lines.
What is left is prose the items' reading would otherwise lose (:func:`kg.prose.read_prose`
reads it as the meeting's).
"""

from __future__ import annotations

import re
from datetime import date

from kg.dates import parse_date
from kg.extract import page_start
from kg.patterns import Patterns
from kg.records import Minutes, Span
from kg.segment import lines, strip_span


def outside_spans(text: str, minutes: Minutes, p: Patterns) -> list[Span]:
    """The stretches of ``text`` no item holds and no other reader owns, in page order."""
    start = _below_heading(text, minutes, p)
    covered = sorted([*_covered(text, minutes, p), *_heading_lines(text, minutes, start, p)])
    out: list[Span] = []
    for s, e in _gaps(covered, start, len(text)):
        s, e = _trim(text, s, e)
        if e > s and len(text[s:e].split()) < p.raw["outside"]["min_words"]:
            s, e = _bracket(text, s, e, p)
        if e > s:
            out.append(Span(s, e, text[s:e]))
    return out


def above_heading(text: str, minutes: Minutes, p: Patterns) -> Span | None:
    """The text above the page's heading that no item holds: a cover sheet ("Board Meeting
    30 September 2008 / Agenda Item 1.3" over "Minutes of the Board meeting held on …"), a
    list of the minutes a booklet holds, a draft's "to be confirmed on 3rd September". The
    outside reader leaves it (its names are a title's and a site's furniture), but the
    meetings it dates are other meetings, read from it alone (:func:`kg.prose.read_prose`).
    From below a document site's furniture (``[header] site_page_one``) to the end of the
    heading's last line; None when no date was read (the page's own title above would then
    be taken for another meeting), or nothing stands above the heading."""
    if minutes.date is None:
        return None
    start = page_start(text, p)
    end = min(_below_heading(text, minutes, p), _first_item(text, minutes))
    start, end = strip_span(text, start, end)
    return Span(start, end, text[start:end]) if end > start else None


def _bracket(text: str, start: int, end: int, p: Patterns) -> tuple[int, int]:
    """A stretch too short to be prose, kept only when it is one bracket whole (less the
    punctuation of the list round it): the post or body printed beside a roll's name that the
    roll reader did not take ("Cllr A Bell (Deputy Chair),", "Jo Dean (Equality Unit)").
    Any other short stretch, an empty one."""
    m = p.rx("outside", "aside").fullmatch(text, start, end)
    return (m.start("aside"), m.end("aside")) if m else (start, start)


def _below_heading(text: str, minutes: Minutes, p: Patterns) -> int:
    """Where the page's own text starts: below the line of its heading's last field read
    above the first item (committee, date, venue). What stands above is the page's title or
    a site's furniture. 0 when no heading was read."""
    first = _first_item(text, minutes)
    ends = [_field_line(text, sp, minutes, p)[1]
            for sp in (minutes.committee_span, minutes.date_span, minutes.venue_span)
            if sp is not None and sp.end <= first]
    return max(ends) if ends else 0


def _heading_lines(text: str, minutes: Minutes, start: int, p: Patterns
                   ) -> list[tuple[int, int]]:
    """The lines above the first item that go on with the page's heading (``[outside]``): a
    title that calls the page minutes, a line with the meeting's own date, a field's label
    and the value below a label that stands alone."""
    first = _first_item(text, minutes)
    title, label = p.rx("outside", "title_line"), p.rx("outside", "field_label")
    other = p.rx("fallback_date", "other")
    out: list[tuple[int, int]] = []
    value_next = False
    for ln in lines(text, start, first):
        if ln.blank:
            continue
        field = label.match(ln.text)
        dates = _dates(ln.text, p)
        own = minutes.date is not None and minutes.date in dates
        # a title with another meeting's date is a minute about that meeting ("Minutes of the
        # meeting held on 5 May were approved"), read; so is one whose words tie it to another
        # meeting though its date is not read as one ("Minutes of a previous meeting of the
        # City Council held on 23/05/19", on a page with no date of its own)
        titled = title.match(ln.text) and dates <= {minutes.date} and not (
            minutes.date is None and other.search(ln.text))
        if value_next or field or titled or own:
            out.append(_heading_part(text, ln.start, ln.end, minutes, p))
        value_next = bool(field and not field["value"])
    return out


def _heading_part(text: str, start: int, end: int, minutes: Minutes, p: Patterns
                  ) -> tuple[int, int]:
    """What of a heading line the heading owns: the whole line, unless the page ran onto it
    (more than ``field_line_max_words``: "MINUTES OF … MEETING 28TH NOVEMBER 2018 Present: …
    Before commencing formal meeting, it was agreed …"); then only up to its first roll
    entry, else to the end of its first date, else its first words (``field_line_max_words``):
    the minutes that run on after it are read."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) <= p.raw["outside"]["field_line_max_words"]:
        return start, end
    roll = [a.span.start for a in minutes.attendance if start <= a.span.start < end]
    date_end = next((m.end() for m in p.date_rx.finditer(text[start:end])),
                    None)
    if roll:
        return start, _roll_opens(text, start, min(roll), p)
    if date_end is not None:
        return start, start + date_end
    return start, start + words[p.raw["outside"]["field_line_max_words"] - 1].end()


def _first_item(text: str, minutes: Minutes) -> int:
    """Where the first item starts (the end of the text when there is none): the heading
    is looked for above it."""
    return min((i.span.start for i in minutes.items), default=len(text))


def _dates(line: str, p: Patterns) -> set[date | None]:
    """The dates a line prints (a line with the meeting's own date restates its heading)."""
    return {parse_date(m.group(0), p) for m in p.date_rx.finditer(line)}


def _covered(text: str, minutes: Minutes, p: Patterns) -> list[tuple[int, int]]:
    """The stretches already read: every item's span whole, the whole lines of each header
    field and contact, and each roll entry's own words (its name, capacity and body) with
    its heading."""
    out = [(i.span.start, i.span.end) for i in minutes.items]
    owned = [minutes.committee_span, minutes.date_span, minutes.venue_span]
    owned += [c.span for c in minutes.contacts]
    out += [_field_line(text, sp, minutes, p) for sp in owned
            if sp is not None and sp.end > sp.start]
    # A roll's entries (name, capacity, body) and its headings are the roll reader's; what
    # else their lines hold (a post the roll did not take, "Also present PCSO Lawley") is read.
    for a in minutes.attendance:
        out += [(sp.start, sp.end) for sp in (a.span, a.capacity_span, a.organisation_span)
                if sp is not None and sp.end > sp.start]
    for ln in lines(text, 0, len(text)):
        for h in p.attendance_headings:
            if m := h.pattern.match(ln.text):
                out.append((ln.start, ln.start + m.end()))
                break
    out += [(m.start(), m.end()) for m in p.rx("items", "label_lines").finditer(text)]
    return sorted(out)


def _gaps(covered: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches between ``start`` and ``end`` that no covered stretch overlaps."""
    out, at = [], start
    for s, e in covered:
        if s > at:
            out.append((at, min(s, end)))
        at = max(at, e)
        if at >= end:
            break
    if at < end:
        out.append((at, end))
    return [(s, e) for s, e in out if e > s]


# What a stretch may open on when a roll entry's words were cut from before it: the close
# of the bracket round its capacity ("Jo Bloggs (Clerk)").
_LEFT_OVER = ")]"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A stretch less the white space round it and what a cut roll entry left before it, so
    that a stretch of nothing else falls under ``min_words`` and is dropped."""
    start, end = strip_span(text, start, end)
    while start < end and text[start] in _LEFT_OVER:
        start, end = strip_span(text, start + 1, end)
    return start, end


def _field_line(text: str, span: Span, minutes: Minutes, p: Patterns) -> tuple[int, int]:
    """What a header field or contact owns: its whole line (a label, the rest of the heading).
    On a page run onto one line (more than ``field_line_max_words``), whose roll and minutes
    go on after the heading, only its own words, and on to the first roll entry after it on
    that line above the first item: what stands between the heading and its roll is still
    the heading ("… 23 MAY 2017 COUNCIL CHAMBER, TOWN HOUSE Officials Present: Mrs A Leishman").
    """
    start, end = _line_start(text, span.start), _line_end(text, span.end)
    if len(text[start:end].split()) <= p.raw["outside"]["field_line_max_words"]:
        return start, end
    end = min(end, _first_item(text, minutes))
    roll = [a.span.start for a in minutes.attendance if span.end <= a.span.start < end]
    return span.start, _roll_opens(text, span.end, min(roll, default=span.end), p)


def _roll_opens(text: str, start: int, entry: int, p: Patterns) -> int:
    """Where a long heading line's roll opens, between ``start`` and ``entry`` (the first roll
    entry a reader read there): at a word that opens a roll (``[outside] roll_word``) before
    that entry, else at the entry. A roll no reader read ("Present: Andrew Vale - Chair Jo
    Dean …") then stays the meeting's text rather than the heading's, and its names are read
    as they are on a page with no heading found."""
    word = p.rx("outside", "roll_word").search(text, start, entry)
    return word.start() if word else entry


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts: a field owns its whole line."""
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends (before its break)."""
    if at and text[at - 1] == "\n":
        return at - 1  # a stretch that takes in its line's break ends on that line
    nl = text.find("\n", at)
    return len(text) if nl < 0 else nl
