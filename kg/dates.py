"""Dates and times as minutes print them, turned into ``datetime`` values."""

from __future__ import annotations

import re
from datetime import date, time

from kg.patterns import Patterns

# 1/3/2023, 01.03.2023; in a heading also 06.06.17, 13/01/15, 04-02-16 (``[dates]
# heading_short_date``: a two-figure year is this century's before 50, the last one's from 50)
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$")
# 2024-05-01: the year first, as a site's template prints a heading's date
_ISO = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$")
# "15th January, 2018", "16TH JANUARY 2004", "the 14th of May 2014", "18thMay" (PDF text that
# lost the space after an ordinal), "10 th February 2020" (one that set the ordinal apart),
# "the 10th day of June 2013" (the formal style), "24 February2014" (one that lost the space
# before its year).
_WORDS = re.compile(
    r"(\d{1,2})(?:[ \t]?(?:st|nd|rd|th)\s*|\s+)(?:(?:day\s+)?of\s+)?([A-Za-z]+)\.?"
    r"(?:,?\s*(\d{4}))?",
    re.IGNORECASE,
)
# "October 30th 2023", "March 16th, 2021": month first, always with a year; in capitals too
# ("MONDAY MAY 16TH 2011", a heading printed in upper case); "December 6th2016": the space
# after its ordinal lost, as "18thMay" above (never without the ordinal: "December 62016")
_MONTH_FIRST = re.compile(
    r"^(?:[A-Za-z]+\.?,?\s+)??([A-Za-z]+)\.?\s+(\d{1,2})(?:(?:st|nd|rd|th),?\s*|,?\s+)(\d{4})$",
    re.IGNORECASE,
)
# A bilingual date's first month, before the English one it translates ("13 Mai / May 2021"):
# dropped, so the English month dates it.
_BILINGUAL = re.compile(r"(\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:day\s+)?of\s+)?)[A-Za-z]+\s*/\s*"
                        r"(?=[A-Za-z])", re.IGNORECASE)
_TIME = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?[.\s]*([ap])\.?\s?m|(\d{1,2}):(\d{2})",
                   re.IGNORECASE)


def full_year(two_figures: int) -> int:
    """A year printed in two figures ("06.06.17", "14.11.05", "29-11-23") in full: this
    century's before 50, the last one's from 50 (minutes online reach back to the 1990s, and
    none are dated 2050 yet). One rule for every reader of dates (headings, references)."""
    return two_figures + (2000 if two_figures < 50 else 1900)


def parse_date(text: str, patterns: Patterns, *, before: date | None = None) -> date | None:
    """Parse a printed date; a date without a year takes the latest year that puts it on or
    before ``before`` (minutes refer back to earlier meetings), or None if there is no anchor."""
    text = _BILINGUAL.sub(r"\1", " ".join(text.split()))
    if m := _NUMERIC.match(text):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))  # UK order
        if len(m.group(4)) == 2:
            year = full_year(year)
        return _safe_date(year, month, day)
    if m := _ISO.match(text):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if (first := _MONTH_FIRST.search(text)) and patterns.months.get(first.group(1).lower()):
        return _safe_date(int(first.group(3)), patterns.months[first.group(1).lower()],
                          int(first.group(2)))
    m = _WORDS.search(text)
    if not m:
        return None
    day = int(m.group(1))
    month = patterns.months.get(m.group(2).lower())
    if month is None:
        return None
    if m.group(3):
        return _safe_date(int(m.group(3)), month, day)
    if before is None:
        return None
    candidate = _safe_date(before.year, month, day)
    if candidate is None or candidate > before:
        candidate = _safe_date(before.year - 1, month, day)
    return candidate


# How far a printed year may stand from the meeting's before it is read as a slip of the
# keys: minutes refer to meetings of the year or so around their own.
_SLIP_YEARS = 20


def mend_year(found: date, printed: str, anchor: date | None, patterns: Patterns,
              lead: str = "", ahead: bool = False) -> date:
    """A referred meeting's date with a slip in its printed year mended against ``anchor``
    (the meeting's own date): a year far from the meeting's whose digits are the meeting's
    year's, or the year before or after it, transposed ("15th July 2105" in minutes of
    November 2015, "Tuesday 5 September 2107" in 2017's), is that year; a meeting still to
    come (``ahead``) dated before the meeting, with a weekday that does not fall on the date
    but does a year later ("to be held on Monday 29 March 2003" in minutes of March 2004: 29
    March 2004 was a Monday), is that year's. Any other date is left as printed (a weekday
    alone may be the slip). ``lead``: the words printed just before the date, which may name
    its weekday ("on Monday 29 March 2003")."""
    if anchor is None:
        return found
    near = (anchor.year, anchor.year - 1, anchor.year + 1)
    if abs(found.year - anchor.year) > _SLIP_YEARS:
        for year in near:
            if sorted(str(year)) == sorted(str(found.year)):
                return _safe_date(year, found.month, found.day) or found
        return found
    named = _weekday_printed(printed, lead, patterns)
    if not ahead or found >= anchor or named is None or found.weekday() == named or not (
            re.search(r"\d{4}", printed)):
        return found
    later = _safe_date(found.year + 1, found.month, found.day)
    return later if later and later.weekday() == named and later >= anchor else found


# How far from the meeting a date its weekday moves may stand: a year and a few weeks (a
# heading's year may be the slip: "Tuesday 4th December" in minutes headed 27 November 2017,
# a Monday that year, a Tuesday in 2018).
_WEEKDAY_REACH_DAYS = 400
# How far the other side of the meeting from where its words put it a weekday may move a
# referred meeting: a fortnight, the words' slip about a meeting just gone or just coming.
_AGAINST_WORDS_DAYS = 14


def year_by_weekday(found: date, printed: str, anchor: date, patterns: Patterns,
                    lead: str = "", direction: int = 0) -> date:
    """A referred meeting's date printed with its weekday but no year ("the meeting scheduled
    for Monday 30th November", "at its meeting on Tuesday 4th December"), in the year beside
    the one the rules chose when only that year puts the date on its weekday: the clerk named
    the day, and a date falls on one weekday in seven years. The year nearer ``anchor`` (the
    meeting's own date) is tried first; with no weekday, or none that fits, ``found``.
    ``direction``: 1 for a meeting the words say is to come, -1 for one they say was held, 0
    when they say neither. A year that would turn a meeting to come into one before
    ``anchor`` ("The next meeting will be held on Monday 12th March" in minutes of February
    2019 is 2019's, though 12 March 2018 was the Monday), or one held into one after it, is
    not taken, the weekday may be the slip, unless it falls within ``_AGAINST_WORDS_DAYS`` of
    ``anchor``: a "will" of a meeting just gone may be loose ("The meeting scheduled for
    Monday 24th April will not now take place", read on 3 May)."""
    named = _weekday_printed(printed, lead, patterns)
    if named is None or found.weekday() == named:
        return found
    others = [d for y in (found.year - 1, found.year + 1)
              if (d := _safe_date(y, found.month, found.day)) is not None]
    for other in sorted(others, key=lambda d: abs((d - anchor).days)):
        if ((direction > 0 and other < anchor) or (direction < 0 and other > anchor)) and (
                abs((other - anchor).days) > _AGAINST_WORDS_DAYS):
            continue
        if other.weekday() == named and abs((other - anchor).days) <= _WEEKDAY_REACH_DAYS:
            return other
    return found


def _weekday_printed(printed: str, lead: str, patterns: Patterns) -> int | None:
    """The weekday (0 for Monday) printed with a date: its first word ("Monday 12th March"),
    or the last word before it (``lead``: "on Monday, the 12th March"); None without one."""
    word = re.match(r"\W*([A-Za-z]+)", printed) or re.search(
        r"\b([A-Za-z]+)[,.]?\s+(?:the\s+)?$", lead)
    return weekday_named(word[1], patterns) if word else None


def weekday_named(word: str, patterns: Patterns) -> int | None:
    """The weekday (0 for Monday) a word names: in full, by a short form ``[dates]
    weekday_abbreviations`` lists ("Tues", "Weds", which is no prefix of "Wednesday"), or by
    the first three letters or more of its name ("Wed", "Thurs"); each weekday's first three
    letters are its own. None for any other word. One reading for a heading's weekday and a
    referred meeting's, so that a form one knows the other does too."""
    low = word.casefold()
    forms = {w.casefold() for w in (*patterns.weekdays,
                                    *patterns.raw["dates"]["weekday_abbreviations"])}
    if len(low) < 3:
        return None
    for i, w in enumerate(patterns.weekdays):
        if w[:3].casefold() == low[:3] and (low in forms or w.casefold().startswith(low)):
            return i
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    m = _TIME.search(text)
    if not m:
        return None
    if m.group(4):  # a 24-hour clock
        hour, minute = int(m.group(4)), int(m.group(5))
        return time(hour, minute) if hour <= 23 and minute <= 59 else None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3).lower() == "p" and hour < 12:
        hour += 12
    if m.group(3).lower() == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
