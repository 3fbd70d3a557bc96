"""The ``ckg_meeting_refs`` component: references to other meetings, with their
committee and their date resolved against the meeting's own."""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.dates import full_year
from kg.nlp.followups import MONTHS, MONTHS_READ, followup_rules, month_as_meant
from kg.nlp.perdoc import page_text
from kg.patterns import without_the


def _alternation(words: list[str], *, ordered: bool = False) -> str:
    """Words as one alternation (a space is any run of spaces): longest first, so a longer
    word is tried before its start, or in the order written (``ordered``), for a list whose
    order says which to try first."""
    if not ordered:
        words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _data() -> dict[str, dict]:
    """``kg/data/nlp/meeting_refs.toml``, read once."""
    return tomllib.loads(resources.files("kg").joinpath("data/nlp/meeting_refs.toml")
                         .read_text(encoding="utf-8"))


def _words() -> dict[str, list[str]]:
    """``meeting_refs.toml``'s word lists."""
    return _data()["words"]


def _listed(name: str, table: str = "words") -> str:
    """A list of ``meeting_refs.toml`` ([words], or another table: [heads]) as an alternation
    in the order written, for a pattern that names the words in its own case."""
    return _alternation(_data()[table][name], ordered=True)


# -- references to other meetings ---------------------------------------------------------

# "3rd March", "the 4th of April", "01.03.2023", "14.11.05", "2013/11/25" (the year first),
# "28 September2015" and "1December 2022" (the space lost), "29-11-23" (with hyphens only as
# a day and a month can be, and never within a longer run of figures)
# "5 Sept 2019", "2nd Feb. 2023": a month cut short, with its year; "a meeting on Tuesday 20
# Feb", "held on 15 Dec": without it too, but only where the match names a meeting or says it
# was held before the date (``_RX_SHORT_NO_YEAR``: "Cabinet on 2 Mar" may be anything)
# (its dot is read only before a year, "2nd Feb. 2023": in "held on 15 Dec." the dot is the
# sentence's full stop, no part of the date)
SHORT_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_SHORT_MONTH = SHORT_MONTH_NAME + r"(?:\.(?=[ \t]*+\d{4}\b))?"
# A day's ordinal, printed with a slip as typed minutes often are: a space before it ("2 nd
# October"), a letter lost ("12h December"). A month always follows.
_ORD = r"(?:st|nd|rd|th|[ \t](?:st|nd|rd|th)\b|h\b)?"
# "June 7th 2017", "January 30th", "June 7th2017": the month first, as some clerks print
# a date (its ordinal always there: "June 13" may be a figure)
# ("June 6 2018", "April 18, 2018": with its year, the ordinal may go)
_MONTH_FIRST = (rf"(?<![\w-]){MONTHS}\s+\d{{1,2}}(?:(?:st|nd|rd|th)(?:,?\s*\d{{4}}\b|(?!\w))"
                rf"|,?\s+\d{{4}}\b)")
_DAYDATE = (rf"(?:(?<![\d.,£$])\d{{1,2}}{_ORD}\s*(?:of\s+)?{MONTHS_READ}"
            r"(?:,?\s*\d{4})?|" + _MONTH_FIRST +
            rf"|(?<![\d.,£$])\d{{1,2}}{_ORD}\s+{_SHORT_MONTH}(?:\s+\d{{4}}\b|(?![\w’'-]))"
            r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b)|(?<!\d)(?:19|20)\d{2}/\d{1,2}/\d{1,2}\b"
            r"|(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:\d{4}|\d{2})(?![\d-]))")
# "Tuesday, the 23rd January", "Wed 27th September": a weekday and "the" before a date
# (printed "the19th" too)
_WEEKDAY = followup_rules().fragments["weekday"]
# A time may come first: "arranged for 7pm on Thursday 6 December", "would be held
# 18:00hrs Tuesday 06 December 2022", "the next meeting – 7.30pm, Monday 4 March".
_CLOCK = r"(?:at\s++)?\d{1,2}(?:[.:]\d{2})?\s*+(?:[ap]\.?m\.?|hrs|hours)(?!\w)\s*+,?\s*+(?:on\s++)?"
# ("on the Thursday 1st of August": "the" may stand before the weekday too)
_ON = rf"(?:{_CLOCK})?(?:(?:the\s++)?{_WEEKDAY},?\s++)?(?:the\s*+)?"
# The further dates of a list: "…, Monday, the 19th February 2007; Tuesday, the 27th …
# and the 13th March 2007"
# (and "14-05-21", "16/03/22": a day, a month and a year of two figures, as a list of
# minutes received prints them)
_FULLDATE = (rf"(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?{MONTHS_READ},?\s+\d{{4}}"
             rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_SHORT_MONTH}\s+\d{{4}}\b"
             r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b)|(?<!\d)(?:19|20)\d{2}/\d{1,2}/\d{1,2}\b"
             r"|(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:\d{4}|\d{2})(?![\d-]))")
# "May 16th, 2023", "June 6 2018": the month first, with its year
_MONTH_FIRST_YEAR = rf"(?<![\w-]){MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
# Days that take their month from the date after them: "on 26 and 27 September 2018", "on
# 18 September, 9 and 30 October, and 4 December 2017".
_LEAD = r"(?P<lead>(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+and\s+|\s*&\s*))*)"
# A list goes on with another body's dates: "Full Council on 29-11-23 and 18-07-24,
# Improvement and Scrutiny - Resources on 22-01-24".
_JOINS = _listed("name_joins")  # "and", "&", "of", "for" inside a body's name
# The marks a list's lines open with ("• Audit Committee: 23.06.11", "·  07.03.2023 – …"),
# one set for every reader of listed meetings
_BULLETS = "·•●▪◦*"
# ("Cabinet on 20th June rather than 18th July", "on 4 May or 11 May": the other day named as
# the alternative is a meeting too)
_MORE = re.compile(rf"\s*(?:,\s*and|,|;|and|&|or|rather\s+than|instead\s+of)\s*"
                   rf"(?:[A-Z][\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*"
                   rf"|{_JOINS}|[–—-])){{0,8}}[ \t]+on[ \t]+)?{_ON}{_LEAD}(?P<day>{_DAYDATE})")
# A list of months goes on, each with its year: "brought to Cabinet in October 2017, July 2018,
# and December 2021" names three meetings.
_MORE_MONTH = re.compile(rf"\s*(?:,\s*and|,|;|and|&)\s*(?P<month>{MONTHS_READ})\s+"
                         rf"(?P<year>\d{{4}})\b")
# A list of months: "May and June", "February, March and April"
_MONTH_LIST = (rf"{MONTHS_READ}(?:\s*+,\s*+{MONTHS_READ})*\s*+,?\s*+(?:and|&)\s+{MONTHS_READ}")
# … each with its year: "March 2014 and September 2014", "May 2023, July 2023 and October 2023"
_MONTH_YEAR = rf"{MONTHS_READ}\s++\d{{4}}\b"
_MONTH_YEAR_LIST = (rf"{_MONTH_YEAR}(?:\s*+,\s*+{_MONTH_YEAR})*\s*+,?\s*+(?:and|&)\s++"
                    rf"{_MONTH_YEAR}")
# A body by its name: "the Development Sub-Committee", "the Executive" (never "the Chief
# Executive", a post); an acronym in brackets inside it ("the Community Infrastructure Levy
# (CIL) Spending Board").


def _heads(*lists: str) -> str:
    """A body's head words (``meeting_refs.toml`` [heads]) as one alternation, each in the
    case printed; a head that ends a post's name after a word (``not_after``: "the Chief
    Executive") is read only without that word before it."""
    heads = _data()["heads"]
    words = [w for name in lists for w in heads[name]]
    not_after = heads["not_after"]
    return "|".join(
        (rf"(?<!{re.escape(not_after[w])}[ \t])" if w in not_after else "") + re.escape(w)
        for w in sorted(set(words), key=lambda w: (-len(w), w)))


# "the Projects Sub (Policy and Resources) Committee": capitalised words in brackets inside
# the name, as a sub-committee names its parent
_BRACKETED = rf"\((?:[A-Z][\w&’'-]*|{_JOINS})(?:[ \t]++(?:[A-Z][\w&’'-]*|{_JOINS})){{0,4}}\)"
# A word of what was chaired or attended before "meeting" ("the Westshire Drugs Alliance
# meeting", "a useful meeting"), never one that opens another phrase
_DOING_WORD = rf"(?!(?i:{_listed('meeting_doing_breaks')})\b)[\w&’'-]+\s+"
# A word in small letters saying what sort of meeting a month's meeting is ("the next scheduled
# meeting", "a site meeting", "their topic planning meeting"), never one that opens another
# phrase or clause (``meeting_qualifier_breaks``: "the date of the meeting in May" is the
# meeting's own words from "the meeting")
_QUALIFIER = rf"(?!(?i:{_listed('meeting_qualifier_breaks')})\b)[a-z][\w-]*\s+"
# The capitalised words and small ones of a body's name before its head
_NAME_WORDS = rf"(?:(?:[A-Z][\w&’'-]*|{_JOINS}|{_BRACKETED})[ \t]++){{0,8}}?"
_BODY = rf"{_NAME_WORDS}(?:{_heads('body')})\b"
# A body by a head that names a meeting only with a deed of the body after it (``[heads]
# deed``: "the Scrutiny Commission voted", never "the Electoral Commission on 5 May")
_DEED_BODY = rf"{_NAME_WORDS}(?:{_heads('deed')})\b"
# A body's name on a line of its own, where commas may join its words: "Children, Young
# People and Education Committee".
# On such a line a meeting or an authority is named too: "Extraordinary General Meeting –
# 14-05-21", "National Park Authority – 28-05-21".
_LISTED_BODY = (rf"(?:(?:[A-Z][\w&’'-]*,?|{_JOINS})[ \t]++){{0,8}}?"
                rf"(?:{_heads('body', 'listed')})\b")
# Blanks before a word, a figure or a mark are taken whole (possessive: ``[ \t]++``, ``\s*+``):
# what follows never opens on a blank, so giving a blank back never helps, and a line of
# 5,000 spaces is not split between two runs of them again and again (12 s a page before).
# A day and a month cut short, with no year: read only after a meeting word (see _DAYDATE).
_RX_SHORT_NO_YEAR = re.compile(rf"\d{{1,2}}{_ORD}\s+{_SHORT_MONTH}")
# What names a meeting, or says one was held, beside a short date ("a meeting on Tuesday 20
# Feb", "held on 15 Dec"): ``meeting_named``.
_RX_MEETING_NAMED = re.compile(rf"(?i)\b(?:{_alternation(_words()['meeting_named'])})\b")
# Never straight after a seat won ("elected to Council in May 2019"): ``seat_won``.
# "the annual assembly held on 4 May": the word before "assembly" that makes it a meeting
# (``assembly_before``), looked behind.
_ASSEMBLY_BEFORE = "|".join(rf"(?<={re.escape(w)}\s)" for w in _words()["assembly_before"])
_NOT_A_SEAT_WON = "".join(rf"(?<!{re.escape(w)}\s)" for w in _words()["seat_won"])
# The words of the others met or of a sitting's subject, before or after "arranged" ("the
# meeting with the Health Board (HB) arranged for …", "A workshop on Regeneration had been
# arranged for …", "arranged with the developer for 4th January"), stop at a word that opens
# a clause or says no sitting was set (``arranged_with_breaks``: "the landowner who had
# arranged …", "could not be arranged"): whole words only, never the end of "Commission".
# (The blanks around those words are taken whole: a run of blanks split between the runs
# before and after them took some 400 s at 5,000 blanks.)
_ARRANGED_BREAK = rf"(?!\b(?i:{_alternation(_words()['arranged_with_breaks'])})\b)"
# Who went to a meeting or had it, named after it: a pronoun (``attenders``) or a name of a
# capitalised word or two ("Cllr. Tharp", "the Clerk"), the abbreviation's dot kept.
_ATTENDER = (rf"(?:(?i:{_listed('attenders')})\b|(?:the\s+)?[A-Z][\w.’'-]*"
             rf"(?:\s+[A-Z][\w’'-]*)?)")
_REFS = [
    # "their 6 April 2016 meeting", "the January 2017 Select Committee", "the June meeting",
    # "the January meeting of the Strategic Task and Finish Group"
    # "to the November agenda": the agenda of a meeting to come
    # "either the September or October meeting": one meeting, the first month named (as
    # "September/October 2018" below); "The February meeting would now …" opening a sentence
    # "the November Commission meeting", "the January Trustees meeting", "the July PC meeting
    # in 2019": a word or two of the body's own between the month and the meeting; "at CC
    # February meeting", "since August meeting": the article left out, as community councils'
    # notes write it
    re.compile(rf"\b(?:[Tt]he|their|its|at|to|since)\s+(?:[A-Z]{{2,5}}\s+(?={MONTHS_READ}))?(?:(?:{_WEEKDAY},?\s+)?(?P<day>{_DAYDATE})|(?P<month>{MONTHS_READ})"
               rf"(?:\s+or\s+{MONTHS_READ})?(?:\s+(?P<year>\d{{4}}))?)\s+(?:(?P<body>{_BODY})|(?(month)(?:[A-Z][\w&’'-]*\s+){{0,2}}?|)[Mm]eeting"
               rf"(?:\s+of\s+the\s+(?P<body2>{_BODY}))?|(?P<agenda>agenda)\b"
               # "the 12th April 2023 minutes": that meeting's minutes
               rf"|(?(day)(?P<minutes>(?i:minutes))\b|(?!)))"
               # (never a month's meeting moved to a day named next: the day is meant)
               rf"(?!\s+(?:would|will)(?:\s+now)?\s+(?:be\s+held|take\s+place)\s+on\b)"),
    # "their meeting of 8 December 2016", "the meeting held on 9 November 2016", "the meeting
    # of the Cabinet held on 6th September 2017"; "Minutes of Joint Committee Meeting 048
    # held on 30 July 2020": the meeting's number before "held"
    # "the next meeting of the PCP on 8 March 2018": a body by its acronym;
    # "Committee meetings on Tuesday, the 23rd January 2007"
    # "MINUTES OF MEETING HELD ON 14.11.05": in capitals too
    # "the proceedings of this panel held on 18 September, 9 and 30 October, and 4 December"
    # "the Annual and Ordinary meetings of the Authority held on 7 June 2019": a fire, park
    # or combined authority meets as a council does
    # "a meeting had been held on 10 April 2017"; "Minutes of a Community Council Meeting
    # held at the Village Hall, Upton on 1 March 2017": the place before the date
    # "a meeting at County Hall on 12 April", "the meeting at 7pm on 12 April", "the planning
    # meeting with the developers held on 12 April": a place, a time or the others met, with
    # or without "held"; "the meeting dated 12/04/2023"; "a meeting in Westtown on 2 March,
    # 2023": the town it met in; "the meeting of the Westshire Health and Care Partnership
    # Committee (WHCPC) held on 18 April": the body's acronym in brackets after its name
    re.compile(rf"\b(?i:meetings?|AGM|EGM|proceedings|(?:{_ASSEMBLY_BEFORE})assembly)"
               rf"(?:\s+(?i:no\.?\s*)?\d{{1,4}}(?=\s+(?i:held)\b))?,?\s+(?:of\s+(?:the\s+)?(?:(?P<body>{_BODY})"
               rf"(?:\s+\([A-Z]{{2,8}}\))?|(?P<acronym>[A-Z]{{2,6}})"
               rf"|(?:this|the)\s+(?i:{_listed('own_kinds', 'heads')}))"
               rf"\s+)?(?:,?\s*(?:to\s+be\s+|(?:had|has|have)\s+been\s+|(?:was|were)\s+)?"
               rf"(?i:held)(?:\s+(?:at|in|with)\s+[^.;\n]{{1,60}}?)?\s+|(?:at|with)\s+[^.;\n]{{1,60}}?\s+(?=on\b)|in\s+(?:(?!{MONTHS_READ}\b)[A-Z][\w’'-]*\s+){{1,4}}"
               rf"(?=on\b))?(?i:on|of|dated)\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "Cabinet on 18 May 2016", "the Panel had met on 5th December"
    # "Copy of Health and Wellbeing Board report of 5 July 2022": a report to that meeting
    # "Full Council Minutes on 18th July 2023", "the Planning Committee minutes of 12 April":
    # that meeting's minutes
    # "Post Offices Review Group at 6.30 pm on the 21 July 2011": its time before the date
    # "the Special Scrutiny Board involving the town's partners, held on 9 January 2015"
    # "the Scrutiny Group work programme on 28 January", "the Cabinet agenda for 5 June": the
    # business of that meeting
    re.compile(rf"\b(?P<body>{_BODY})\s+(?:[^.;\n]{{1,60}}?,\s+(?=held\b))?"
               rf"(?:(?:had|has)\s+)?(?:met\s+|held\s+|report\s+|(?i:minutes)\s+|(?:(?i:work\s+programme|agenda)"
               rf"\s+(?=for\b)))?"
               rf"(?:at\s+\d{{1,2}}(?:[.:]\d{{2}})?\s*(?i:[ap]\.?m\.?)\s+)?"
               # "for" only after an agenda or a work programme: "the County Council for 30
               # June" is a deadline, a booking or a notice's day, no meeting
               rf"(?:on|of|(?<=(?i:agenda)\s)for|(?<=(?i:programme)\s)for)\s+"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    # "the Overview and Scrutiny Management Commission met on 10 August 2021": a body that
    # is named a meeting only by what it did (``[heads] deed``), met on its day
    re.compile(rf"\b(?P<body>{_DEED_BODY})\s+(?:had\s+)?met\s+on\s+{_ON}{_LEAD}"
               rf"(?P<day>{_DAYDATE})"),
    re.compile(rf"\b(?P<body>{_BODY})\s+(?i:work\s+programme|agenda)\s+(?:on|of)\s+"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    # "had held three formal meetings in June, July and September 2018": meetings in a list
    # of months sharing the year printed last, one meeting each
    re.compile(rf"\b(?i:meetings)\s+(?:(?:were\s+)?(?i:held)\s+)?(?:in|during)\s+(?P<months>"
               rf"{MONTHS_READ}(?:\s*,\s*{MONTHS_READ})*\s*,?\s*(?:and|&)\s+{MONTHS_READ})\s+"
               rf"(?P<year>\d{{4}})\b"),
    # "the Sub Committee's meeting in September 2014", "the meeting in March", "their next
    # meeting in September 2019", "a meeting during August", "a meeting that was held in
    # March 2024"
    # "a Special Meeting of Committee in January"; "the all Member Planning Workshop held in
    # June 2019", "the Member Workshop on ‘Flooding’ in May 2019": a workshop of members
    # "the Annual Parish Meeting in May", "the AGM in April 2023", "a meeting in early March"
    # "the annual Authority meeting in July 2023" (a park's or fire authority's), "the two
    # councils' annual meetings in May 2023" (one meeting of each, one month)
    # "the next scheduled meeting in September 2023", "a site meeting held in November 2018",
    # "the scheduled meeting of the Committee in September 2022": what sort of meeting, in small
    # letters (``_QUALIFIER``)
    # "at the next meeting (January, or December if …)": its month in brackets, as its day
    # is ("the previous meeting (13th August)")
    re.compile(rf"\b(?:(?P<body>{_BODY})(?:['’]s)?\s+|(?i:the|an?|its|their)\s+)"
               rf"(?:(?i:{_listed('meeting_order')})\s+)?"
               rf"(?:(?:{_listed('meeting_kinds')})\s+|{_QUALIFIER}){{0,3}}"
               rf"(?:(?i:meetings?)|AGM|EGM)"
               rf"(?:\s+of\s+(?:the\s+)?(?P<body2>{_BODY}))?"
               rf"(?:\s+(?:(?:that|which)\s+(?:was|is|will\s+be)\s+held\s+|held\s+)?"
               rf"(?:in|during)\s+|\s*\(\s*|\s+(?P<ahead>scheduled|arranged)\s+for\s+)"
               rf"(?:(?i:early|late|mid)[\s-]+)?(?P<month>{MONTHS_READ})"
               # (never a month with its day after it: "scheduled for May 16th" is a day's)
               rf"(?:\s+(?P<year>\d{{4}}))?(?![ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b)"),
    # "[a]. July Meeting – correction: …", "3. August meeting: the clerk …": a month's meeting
    # as the title of a matter arising, at a line's start, the article left out (a title: a
    # dash, a colon or the line's end after it, never "March Meeting Room bookings")
    re.compile(rf"(?m)^[ \t]*+(?:\[?[a-z0-9]{{1,3}}[\].)]\.?[ \t]+)?(?P<month>{MONTHS_READ})"
               rf"[ \t]+(?i:meeting)(?=[ \t]*+(?:[–—:-]|$))"),
    # "This will then be on the Agenda for March 2020", "the agenda for the 19th June 2017": a
    # meeting to come, by its agenda
    re.compile(rf"\b(?:[Tt]he|its|their|next)\s+(?P<agenda>(?i:agenda))\s+(?:for|of)\s+(?:the\s+)?"
               rf"(?:(?P<day>{_DAYDATE})|(?P<month>{MONTHS_READ})(?:\s+(?P<year>\d{{4}}))?\b)"),
    # "the previous assembly (March 2012)", "the Annual Assembly in April": a parish meeting
    # as many parishes call it (with a word that makes it a meeting: never "the Assembly in
    # May 2021", a national assembly's election)
    re.compile(rf"\b(?i:the|an?|its|their)\s+(?:(?i:{_listed('assembly_words')})"
               rf"\s+)+(?i:assembly)(?:\s+(?:held\s+)?(?:in|during)\s+|\s*\(\s*)"
               rf"(?P<month>{MONTHS_READ})(?:\s+(?P<year>\d{{4}}))?\b"),
    re.compile(rf"\b(?:the|an?)\s+(?:(?:all|[A-Z][\w&’'-]*)\s+){{0,8}}?"
               rf"(?:{_listed('gatherings', 'heads')})\s+"
               rf"(?:on\s+[‘'“\"][^’'”\"\n]{{1,60}}[’'”\"]\s+)?(?:held\s+)?(?:in|during)\s+"
               rf"(?P<month>{MONTHS_READ})\s+(?P<year>\d{{4}})"),
    # "06/06/2023 pdf icon PDF 245 KB", "5TH FEBRUARY, 2018; pdf icon": an item whose title is
    # a full date and the link to its paper, as ModernGov pages print the minutes to confirm
    re.compile(rf"(?m)^[ \t]*+(?P<day>{_FULLDATE})(?=[ \t]*+[;.,]?[ \t]*+(?i:pdf[ \t]+icon)\b)"),
    # "• Audit Committee: 23.06.11 • Endowment Committee: 30.06.11": a bulleted list of the
    # meetings whose minutes are received, each a body, a colon and its meeting's full date
    re.compile(rf"[{_BULLETS}][ \t]*+(?P<body>{_LISTED_BODY}):[ \t]*+(?P<day>{_FULLDATE})"
               rf"(?=[ \t]*+(?:[{_BULLETS};,]|$))", re.MULTILINE),
    # A list of the meetings whose minutes are received, one line each: "a) Planning &
    # ("(b)  Local Review Body   17 August 2015": its letter in brackets)
    # Transport Committee    4 October 2021", "01.03.2023 – Planning Committee", "·  07.03.2023
    # – Children, Young People and Education Committee" (a bullet, and commas in the name)
    re.compile(rf"(?m)^[ \t]*+(?:\(?[a-z]\)|\d{{1,2}}[.)]|[{_BULLETS}])?[ \t]*+"
               rf"(?P<body>{_LISTED_BODY})"
               rf"(?:[ \t]*+[–—-][ \t]*+|[ \t]{{2,}}+)(?P<day>{_FULLDATE})[ \t]*+$"),
    re.compile(rf"(?m)^[ \t]*+(?:\(?[a-z]\)|\d{{1,2}}[.)]|[{_BULLETS}])?[ \t]*+"
               rf"(?P<day>{_FULLDATE})[ \t]*+"
               rf"[–—-][ \t]*+(?P<body>{_LISTED_BODY})[ \t]*+$"),
    # "Regulation and Licensing Committee 6 - 14 of 20th November, 2020", "Local Review Body
    # 15 of 10th May, 2021": a row of a volume's index of minutes, a body, the pages its
    # minutes take and "of" its meeting's full date, as Scottish councils print the index
    # over a minute volume (above the page's own heading: its pages name it a meeting's)
    re.compile(rf"(?m)^[ \t]*+(?P<body>{_LISTED_BODY})[ \t]++(?P<index>\d{{1,4}}"
               rf"(?:[ \t]*+[–—-][ \t]*+\d{{1,4}})?)[ \t]++of[ \t]++(?P<day>{_FULLDATE})"),
    # "Minutes of the Bus Services Sub Committee - 6 August 2021", "the minutes of the
    # Administrative Committee, 8 February 2024": a body and the full date of its meeting
    # "the minutes of the Amenities Committee: 27th January 2020": after a colon
    # "Place Scrutiny Committee dated 22nd May 2025", "Full Council 21/6/2022 - Proposed …":
    # the date after "dated", or straight after the body's name
    re.compile(rf"\b(?P<body>{_BODY})(?:[ \t]++(?i:meeting))?"
               rf"(?:[ \t]*+(?:[,:]|[–—-]|(?i:dated))[ \t]*+|[ \t]++){_ON}(?P<day>{_FULLDATE})"
               # (a board paper's running header, "Forum: 28 January 2008  Agenda Item: 3", is
               # the paper headers' reader's)
               rf"(?![ \t]*+(?:[,–—-][ \t]*+)?(?i:agenda[ \t]+item)\b)"),
    # "Minutes 02/08/2022", "the Minutes of the previous meetings 11.01.2024 & 30.01.2024":
    # minutes named by their meeting's date
    # "Minutes of 18th October 2011": "of" and the date
    # "MINUTES OF MEETING, May 16th, 2023": the month first, with its year
    # "Minutes of the previous meeting (5 April 2023)", "(held on 5th April)": in brackets
    re.compile(rf"\b(?i:minutes)(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?i:last|previous|preceding)"
               rf"[ \t]+)?(?i:meetings?)|[ \t]+(?:of|from)(?=[ \t]+(?:the[ \t]*)?\d))?[ \t]*"
               rf"(?:[,–—:-][ \t]*)?(?:\([ \t]*(?:(?i:held)[ \t]+(?:(?i:on)[ \t]+)?)?)?{_ON}"
               rf"(?P<day>{_FULLDATE}|{_MONTH_FIRST_YEAR}|{_DAYDATE}(?=[ \t]*\)))"),
    # "The group met on 1 December 2022", "The Chair also met with the Planning Officer on 13
    # April": a meeting held, by whoever met
    # "Following a meeting with the county's rights of way team on Friday 10th February": a
    # meeting with others, named by its day
    # "Members met informally on 14th March": however they met
    # "a packed meeting with the neighbourhood policing team and residents of two villages on
    # the 22nd January": a word or two before "meeting" ("packed", "useful"), and the others
    # met named at length
    re.compile(rf"\b(?:met(?:[ \t]+(?:informally|formally|again|virtually|online|briefly))?"
               rf"|(?:a|the|our)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?meeting(?=[ \t]+with\b))\b"
               rf"(?:[ \t]+with\b[^.;\n]{{1,120}}?)?[ \t]+on[ \t]+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "the scheme is going to Council next week", "a call tomorrow where Members can ask
    # questions", "a briefing next month": a meeting dated from this one's own date
    re.compile(rf"\b(?:to|at|before)\s+(?:the\s+|a\s+)?(?P<body>{_BODY})\s+"
               rf"(?P<rel>next\s+week|next\s+month|tomorrow)\b"),
    re.compile(r"\b(?:a|an|the)\s+(?:(?:special|extra|informal|online|further)\s+)?"
               rf"(?i:{_listed('sittings_soon')})\s+"
               r"(?P<rel>next\s+week|next\s+month|tomorrow)\b"),
    # "the Committee had held its first virtual meeting under the … Regulations 2020 on 17
    # June 2020": the meeting held, however long what is said of it
    re.compile(rf"\bheld\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?meeting\b[^.;\n]{{0,160}}?"
               rf"\bon\s+{_ON}(?P<day>{_DAYDATE})"),
    # "the special meeting with the Chief Constable had been rearranged to 23 April": the
    # meeting moved to another day, one to come (minutes tell of a change of plan ahead)
    re.compile(rf"\b(?i:{_listed('sittings')})\b[^.;\n]{{0,80}}?"
               rf"\b(?P<ahead>rearranged|re-arranged|moved|postponed|rescheduled|re-scheduled|deferred|"
               rf"brought\s+forward)\s+(?:to|until|for)\s*{_ON}(?P<day>{_DAYDATE})"),
    # "work was in hand for a workshop of members to come together on 26th February", "a
    # session for the two boards to meet on 4 May": a gathering whose members are to meet that
    # day, one to come
    re.compile(rf"\b(?i:{_listed('sittings')})\b[^.;\n]{{0,60}}?\bto\s+(?P<ahead>meet|come\s+"
               rf"together)\s+on\s+{_ON}(?P<day>{_DAYDATE})"),
    # "Meeting rescheduled 13/3/19 7.30pm", "Meeting re-arranged: 4th May": a meeting's new
    # day printed straight after the word, as an action list notes it
    re.compile(rf"\b(?i:{_listed('sittings')})\b[^.;\n]{{0,80}}?"
               rf"\b(?P<ahead>(?i:rearranged|re-arranged|rescheduled|re-scheduled))[ \t]*[:–—-]?"
               rf"[ \t]*{_ON}(?P<day>{_DAYDATE})"),
    # "a working planning session scheduled for 29 July 2020", "the meeting has been arranged
    # for 4 May": a meeting set for a day, with or without its verb (only those two verbs: a
    # session "set for", "booked for" or "planned for" a day is as often a room, a target or
    # a plan as a meeting)
    # ("A new meeting to be arranged for 1st September 7pm": to be set, as an action notes it)
    # ("An All-Member Workshop on Telecare had been arranged for Tuesday, 17 April 2018", "the
    # meeting with the Health Board (HB) arranged for Monday, 30 April, 2018": its subject or
    # the others met between, no figure in them)
    re.compile(rf"\b(?i:{_listed('sittings_arranged')})s?\s++"
               rf"(?:(?i:with|between|on)\s++(?:{_ARRANGED_BREAK}[^.;,\n\d]){{1,60}}?\s++"
               rf"(?=(?:(?:has|have|had)\s+been\s+|(?:is|was|are|were)\s+(?:now\s+)?)?"
               rf"(?i:scheduled|arranged)\b))?(?:(?:has|have|had)"
               rf"\s+been\s+|(?:is|was|are|were)\s+(?:now\s+)?|(?i:to\s+be)\s+)?"
               rf"(?P<ahead>(?i:scheduled|arranged))"
               # "A meeting has been arranged with the developer for 4th January", "the
               # meeting scheduled to be held on 18 December", "Meeting arranged 3rd September
               # 2015" (an action log's status, the preposition left out)
               rf"(?:\s++(?i:with|between)\s++(?:{_ARRANGED_BREAK}[^.;,\n]){{1,60}}?)?"
               rf"\s++(?:(?:(?i:to\s+be\s+held)\s+)?(?i:for|on)\s+|(?=\d))"
               rf"{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "The meeting planned for 12th January was inquorate", "the Officers meeting planned for
    # the 28th Jan had taken place": a meeting planned for a day (only "meeting": a session or
    # a workshop "planned for" a day is as often a plan as a meeting), which is not by that
    # alone one to come (the sentence says which)
    re.compile(rf"\b(?i:meetings?)\s+(?:(?:has|have|had)\s+been\s+|(?:is|was|are|were)\s+)?"
               rf"(?i:planned)\s+(?i:for)\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER", "minutes to be approved at the meeting
    # on 4 May": the meeting that is to confirm them, one to come
    re.compile(rf"\b(?i:minutes)\b[^.;\n]{{0,40}}?\b(?i:to\s+be)\s+(?P<ahead>(?i:confirmed|approved"
               rf"|signed|agreed|ratified|adopted))\s+(?:(?i:at|by)\s+(?:the|a)\s+(?:[\w-]+\s+){{0,3}}?"
               rf"(?i:meeting)\s+)?(?i:on)\s+{_ON}(?P<day>{_DAYDATE})"),
    # "(and reconvened on 18 May following an adjournment)": the same business, another day
    # ("the meeting be adjourned until Thursday, 12 July at 6.00 p.m.": the day it resumes)
    re.compile(rf"\b(?:(?:reconvened|resumed)\s+on|(?i:adjourned)\s+(?:until|till|to)(?:\s+on)?)"
               rf"\s+{_ON}(?P<day>{_DAYDATE})"),
    # "a confirmation hearing … would be held on the 16th February, 2018"
    # "The Environment Agency Board meeting was due to be held on 26 and 27 September 2018"
    # "a special Care Services Committee would be held on 9th February 2016", "a Budget
    # Seminar for all Members would be held on 18 January"
    # "The Annual Meeting will take place on 17 May", "the next meeting of the Panel will be on
    # 14 June", "is scheduled for 5 July"; "The February meeting would now take place on Tue
    # 7th February": moved, its weekday cut short; "The AGM was scheduled for June 29th": set
    # for a day, a meeting still to come when the minutes were written (one that has been was
    # "held")
    # "the next meeting to take place on 31st March": "to" alone, the sentence's verb
    # before it; "Next meeting will be at 7.30pm at the Hall on the Thursday 1st of August":
    # its time and place before the day
    # (the words between never another meeting's word: "the programming of this meeting and the
    # next meeting to take place on 31st March" names the next one)
    # "the first of these meetings will be held on 24 October": meetings in the plural too
    re.compile(rf"\b(?:(?i:meetings?|hearing|seminar|workshop|AGM|EGM)|{_BODY})\b"
               rf"(?:(?!(?i:meetings?)\b)[^.;]){{0,50}}?"
               rf"\b(?:(?:would|will)(?:\s+now)?|(?:is|was)\s+(?:due\s+)?to|(?:is|was)\s+(?:now\s+)?"
               rf"|(?<=(?i:meeting)\s)to)"
               rf"\s*(?:be\s+held(?:\s+on|(?=\s+{_CLOCK}))|take\s+place\s+on|be\s+on"
               rf"|be\s+(?:{_CLOCK})?at\s+(?:the\s+)?[A-Z][^.;\n\d]{{0,40}}?\s+on"
               rf"|(?P<ahead>scheduled)\s+(?:for|on))"
               rf"\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "the next Council meeting taking place on 24 May", "the AGM is set for Mon 25th June
    # 8pm": a meeting and the day it takes place on or is set for (to come when it "is set";
    # "taking place" is as the sentence tells it: "the next …", "… was cancelled")
    re.compile(rf"\b(?i:meeting|AGM|EGM)\s+(?:taking\s+place\s+on|(?P<ahead>is\s+(?:now\s+)?"
               rf"set\s+for)|was\s+(?:now\s+)?set\s+for)\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "Date of next meeting: 14 June 2023", "Next meeting – Tuesday 6th June": the meeting to
    # come, named by its date; "Next meeting date: 12 June 2023", "the date of the next
    # meeting was confirmed as 12 June", "the next meeting was set for 12 June", "the next
    # meeting would be 12 June": however the sentence sets the day
    # ("the next scheduled meeting is 16 May", "the next Parish Council meeting: 16 May": a
    # word or two between)
    re.compile(rf"\b(?i:(?:date\s+of\s+(?:the\s+)?)?next\s+(?:[\w-]+\s+){{0,2}}?meeting)"
               rf"(?:\s+of\s+(?:the\s+)?"
               rf"(?P<body>{_BODY}))?(?:\s+(?i:date))?(?:\s*+[:–—-]\s*+|\s*+\(\s*+(?:(?i:on)\s++)?|\s++(?:(?:is|was|will\s+be"
               rf"|would\s+be|has\s+been|had\s+been)\s++)?(?:(?:(?:confirmed|agreed|set|fixed"
               rf"|arranged|scheduled|provisionally\s+set|now)\s++)?(?:as|for|on)\s++)?)"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    # "M/51/(15.06.20) Request for drinking water fountain": a minute's number carrying the
    # date of the meeting that made it, as a list of matters arising prints it
    re.compile(r"(?<![\w/])[A-Z]{1,3}/\d{1,4}/\((?P<day>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))\)"),
    # "Min 45/23 (12 April 2023) refers": a minute's number and its meeting's date in brackets
    re.compile(rf"\b(?i:minute|min\.?)\s+(?:(?i:no)\.?\s*)?\d+(?:[./]\d+)*\s*\(\s*{_ON}"
               rf"(?P<day>{_DAYDATE})\s*\)"),
    # "The next Council meeting is on 12 June", "the liaison meeting was on 4 May": a meeting
    # and the day it is or was on
    # "The last meeting of the Local Area Committee was on 11th Mar 2025": the body between
    re.compile(rf"\b(?i:meeting|AGM|EGM)(?:\s+of\s+(?:the\s+)?(?P<body>{_BODY}))?\s+"
               rf"(?:(?P<ahead>is|will\s+be|would\s+be)|was)\s+"
               rf"(?:now\s+|still\s+)?on\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "The Minute of 12 March 2023", "the Minute of the previous meeting held on 5 May": a
    # meeting's record in the singular, as Scottish councils write it
    re.compile(rf"\b(?i:minute)\s+of\s+(?:the\s+)?(?:(?i:last|previous|preceding)\s+)?"
               rf"(?:(?i:meeting)\s+(?:(?i:held)\s+)?(?:(?i:on|of)\s+)?)?{_ON}(?P<day>{_DAYDATE})"),
    # "Minute 42 of 3 March 2023", "Min. No. 12/23 dated 5th June 2022": a minute named by its
    # meeting's date
    re.compile(rf"\b(?i:minute|min\.?)\s+(?:(?i:no)\.?\s*)?\d+(?:[./]\d+)*(?:\s*\([a-z0-9]+\))?"
               rf"\s+(?:of|dated|from)\s+(?:the\s+(?i:meeting)\s+(?:of|on|held\s+on)\s+)?{_ON}"
               rf"(?P<day>{_DAYDATE})"),
    # "the Panel's October 2022 meeting", "the Board's 5 June meeting": a body's meeting, by
    # its month or its day
    re.compile(rf"\b(?P<body>{_BODY})['’]s\s+(?:(?P<day>{_DAYDATE})|(?P<month>{MONTHS_READ})"
               rf"(?:\s+(?P<year>\d{{4}}))?)\s+(?i:meeting)\b"),
    # "October's meeting", "September's Board Meeting", "November's Council meeting": a
    # meeting by its month in the possessive, as boards and parish councils write it (the
    # month is then resolved as "the October meeting" is); never a month that is a given
    # name too (``months_as_names``: "Mrs May's meeting with the Minister", "June's meeting
    # with the Clerk"), as often a person's
    re.compile(rf"\b(?!(?:{_alternation(_words()['months_as_names'])})['’]s)(?P<month>{MONTHS_READ})['’]s\s+(?:(?:[A-Z][\w&’'-]*|and|&|of)\s+){{0,4}}?"
               r"(?:(?i:meeting)|Sub-Committee|Committee|Board|Panel|Cabinet|Council)\b"),
    # "last month's meeting", "last month's Planning Committee": the month before this one
    # "next month's meeting": the month after
    re.compile(r"\b(?P<rel>(?i:(?:last|next)\s+month))['’]s\s+(?:(?:[A-Z][\w&’'-]*|and|&|of)\s+){0,6}?"
               r"(?:(?i:meeting)|Sub-Committee|Committee|Board|Panel|Cabinet|Council)\b"),
    # "Planning Committee (27th May and 10th June 2021)": a body and its meetings' dates in
    # brackets, the year printed once at the end (the dates after the first are read as a
    # list goes on)
    re.compile(rf"\b(?P<body>{_BODY})\s*+\(\s*+(?P<day>{_DAYDATE})"
               rf"(?=(?:\s*+(?:,|and|&)\s*+{_DAYDATE})+\s*+\))"),
    # "the Housing Committee (06.12.22)", "(Cabinet, 4 April 2023)": a body and its meeting's
    # date in brackets
    re.compile(rf"\b(?P<body>{_BODY})\s*+(?:\(\s*+|,\s*+)?(?:(?i:meeting)\s++)?\(?\s*+{_ON}"
               rf"(?P<day>{_FULLDATE})\s*+\)"),
    # "The Scrutiny Committee will meet on 2 December", "The Committee were due to meet
    # publicly on Monday 16 December" (how it is to meet between: ``meet_manners``), "the
    # Panel was to meet on 4 May": a meeting to come when the minutes were written; "the
    # Committee – Resources that took place on 19 September", "The Cabinet, on 4th April,
    # resolved", "the Committee last considered this on 14th March": a body's meeting,
    # however the sentence says it met
    re.compile(rf"\b(?P<body>{_BODY})(?:\s+[–—-]\s+[A-Z][\w&’'-]*)?(?:\s*,)?\s+(?:(?:which|that)\s+)?"
               rf"(?:(?:(?P<ahead>(?:will|would|(?:is|are|was|were)\s+(?:due\s+|scheduled\s+)?to)"
               rf"\s+(?:next\s+|also\s+)?meet(?:\s+(?i:{_listed('meet_manners')}))?)|(?:next|last|first|also)\s+(?:meets|met)|meets"
               rf"|took\s+place|takes\s+place|(?:will|would)\s+take\s+place"
               rf"|resolved|decided|agreed"
               rf"|(?:(?:last|previously|first|had)\s+)?(?:considered|discussed|reviewed|approved|endorsed)"
               rf"\s+(?:this|it|the\s+(?:matter|item|report|issue|proposals?|plan|policy|strategy)))"
               rf"\s+)?on\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "a special meeting of the Committee was held for this purpose on 31 January": a meeting
    # held, whatever is said between; "the first meeting of the Advisory Council which was
    # chaired by the Mayor on 30 January": chaired, attended or convened as held
    # "the last meeting which took place on 10 November 2016", "Meeting which would have been
    # held on 14 December 2020", "a meeting was to be held with the Highways Manager on 8
    # March": however its being held is told
    re.compile(rf"\b(?i:meeting)(?:\s+of\s+(?:the\s+)?(?P<body>{_BODY}))?\b[^.;\n]{{0,80}}?"
               rf"\b(?:(?:was|were|had\s+been|has\s+been|will\s+be|would\s+be|would\s+have\s+been"
               rf"|is\s+to\s+be|was\s+to\s+be)\s+(?:held|chaired|attended|convened)"
               rf"|(?:took|had\s+taken|has\s+taken)\s+place)\b"
               rf"[^.;\n\d]{{0,60}}?\bon\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "On 20th November 2024, the Overview and Scrutiny Committee recommended …": the day
    # first, then the body and what it did at that meeting
    re.compile(rf"\b[Oo]n\s+{_ON}(?P<day>{_DAYDATE}),?\s+(?:the\s+)?(?P<body>{_BODY})\s+"
               rf"(?:had\s+)?(?:{_listed('body_deeds')})\b"),
    # "on 13 March the Scrutiny Commission voted": a commission too, by what only a sitting
    # does (``sitting_deeds``: "On 12 April the Charity Commission approved the scheme" is a
    # regulator's ruling)
    re.compile(rf"\b[Oo]n\s+{_ON}(?P<day>{_DAYDATE}),?\s+(?:the\s+)?(?P<body>{_DEED_BODY})\s+"
               rf"(?:had\s+)?(?:{_listed('sitting_deeds')})\b"),
    # "On 3rd September the Cabinet Member chaired the Westshire Drugs Alliance meeting": the
    # day first, then someone who chaired or attended a meeting that day (``meeting_doings``);
    # the day opening the sentence ("On"), and the meeting another ("a meeting", "the Alliance
    # meeting"): "resigned on 3rd June and the Vice Chair chaired the meeting" is this one
    # (the words before "meeting" never a determiner or a preposition, ``meeting_doing_breaks``:
    # "addressed the issues raised at the last meeting" names another meeting)
    re.compile(rf"\bOn\s+{_ON}(?P<day>{_DAYDATE}),?\s+(?:[^.;\n]{{1,60}}?\s)?"
               rf"(?:had\s+)?(?:{_listed('meeting_doings')})\s+(?:(?:a|an)\s+(?:{_DOING_WORD})"
               rf"{{0,6}}?|(?:the|their|its)\s+(?:{_DOING_WORD}){{1,6}}?)(?i:meeting|AGM|EGM)\b"),
    # "On 3 April, Councillor Ash met with senior managers": someone met others that day
    # (never how a thing was received: "the proposal met with strong opposition",
    # ``met_with_reception``)
    re.compile(rf"\bOn\s+{_ON}(?P<day>{_DAYDATE}),?\s+(?:[^.;\n]{{1,60}}?\s)?"
               rf"(?:had\s+)?met\s+with\b(?!(?:[ \t]+[\w’'-]+){{0,2}}?[ \t]+"
               rf"(?i:{_listed('met_with_reception')})(?:e?s)?\b)"),
    # "The clerk will convene a meeting to discuss the budget, for Monday 10 March 2014",
    # "to arrange a meeting with the developers on 4 May": a meeting called for a day
    re.compile(rf"\b(?i:{_listed('convening')})\s+"
               rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:meeting)\b[^.;\n]{{0,60}}?,?\s+"
               rf"(?:for|on)\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "Minutes of Working Group Meeting held 2013/11/25": held, and the date straight after
    re.compile(rf"\b(?i:meetings?)\s+(?i:held)\s+{_ON}(?P<day>{_FULLDATE})"),
    # "a Cabinet decision from 16 October 2024", "the resolution of Council of 4 April": a
    # decision named by its meeting's date
    re.compile(rf"\b(?:(?P<body>{_BODY})\s+)?(?i:decision|resolution)s?\s+(?:of\s+(?:the\s+)?"
               rf"(?P<body2>{_BODY})\s+)?(?:from|of|dated|made\s+on|taken\s+on)\s+{_ON}"
               rf"(?P<day>{_DAYDATE})"),
    # "ratified at the Combined Authority Board in June 2024", "reported to the Council in
    # March": a body's meeting by its month ("in September/October 2018": the first named)
    # "A response from Cabinet in September 2019": what a meeting sent (never "a letter from
    # the Council in May", a thing sent: see _no_meeting)
    # "this would be going to Borough Council in July", "to Cabinet in March": the article left
    # out, as a body's own name is often written (never "elected to Council in May 2019": a
    # seat won, no meeting)
    # "the Protocol had been adopted by Full Council in July 2020": a decision "by" a body
    # (after a decision's verb only: "the work done by the Council in March" is no meeting)
    re.compile(rf"{_NOT_A_SEAT_WON}\b(?:at|to|before|from|(?i:{_listed('decided_by')})\s+by)\s+(?:(?:the|a|its)\s+)?(?:next\s+)?(?P<body>{_BODY})\s+"
               rf"(?:(?i:meeting)\s+)?(?:in|during)\s+(?P<month>{MONTHS_READ})(?:\s*/\s*{MONTHS_READ})?"
               rf"(?:\s+(?P<year>\d{{4}}))?\b"),
    # "the last update to the Committee in July 2017"
    # "a fuller report to the Committee in September/October 2018" (the first month named)
    re.compile(rf"(?:(?i:update|report|presentation)s?\s+(?:\w+\s+){{0,3}}?to\s+(?:the\s+|their\s+)?"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,5}}?(?:Committee|Board|Panel|Cabinet|Council|Group)"
               rf"|(?i:considered|discussed))[^.;]{{0,60}}?\b(?:in|on)\s+(?P<month>{MONTHS_READ})"
               rf"(?:\s*/\s*{MONTHS_READ})?\s+(?P<year>\d{{4}})"),
    # "Report … detailing a summary of call-ins since the previous update in May 2023": the
    # meeting a paper's last update went to, by its month and year (only "since" it, after a
    # paper's word, ``update_papers``: "the last update in May 2023 of the guidance" and
    # "since the previous update in May 2023, the software …" are no meeting's)
    re.compile(rf"\b(?i:{_listed('update_papers')})\b[^.;\n]{{0,120}}?\bsince\s+"
               rf"(?:the\s+|its\s+|their\s+)?(?i:last|previous)\s+(?i:update|presentation|report)"
               rf"\s+(?:in|during)\s+(?P<month>{MONTHS_READ})\s+(?P<year>\d{{4}})\b"),
    # "They would be bringing a new strategy to the Committee in January", "the Committee
    # would be consulted upon it in October": the meeting a report is brought to
    re.compile(rf"\b(?i:bring|bringing|brought|consulted)\b[^.;]{{0,80}}?\b(?:to\s+(?:the\s+)?"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,5}}?(?:Committee|Board|Panel|Cabinet|Council)\s+)?"
               rf"in\s+(?P<month>{MONTHS_READ})(?:\s+(?P<year>\d{{4}}))?\b"),
    # "in June and July 2016"
    re.compile(rf"(?i:considered|discussed)[^.;]{{0,60}}?\bin\s+(?P<month>{MONTHS_READ})\s+and\s+"
               rf"(?P<month2>{MONTHS_READ})\s+(?P<year>\d{{4}})"),
    # "Approval of February 2017 minutes", "APPROVAL OF MAY 2017 MINUTES": a meeting's minutes
    # named by its month, as parish councils title the item (capitals as printed, never "may
    # minutes" in lower case)
    # (never the month of a day's date: "the 24 February 2014 and 3 March 2014 minutes" name
    # two days, not March's meeting)
    re.compile(rf"(?<!\d[ \t])(?<!\d(?:st|nd|rd|th)[ \t])\b(?P<month>{MONTHS}|{MONTHS.upper()})"
               rf"(?:[ \t]+(?P<year>\d{{4}}))?[ \t]+"
               rf"(?P<minutes>(?i:minutes))\b"),
    # "the Minutes of 14th July as drafted": minutes named by their meeting's day, its year
    # left to be worked out; "Minutes for 25th August 2016", "Matters Arising from 28 May
    # 2013": its minutes, or what arose from them, by "for" or "from"
    re.compile(rf"\b(?:(?i:minutes)[ \t]+(?:of|for)|(?i:matters[ \t]+arising)[ \t]+from)[ \t]+"
               rf"(?:the[ \t]*)?(?P<day>{_DAYDATE})"),
    # "4. MINUTES - 11TH JANUARY 2013", "MINUTES OF PREVIOUS MEETING (12 NOVEMBER 2012)",
    # "Minutes from the last meeting (30th August)": an item's title naming the minutes to
    # confirm by their meeting's day after a dash, a colon or in brackets
    re.compile(rf"\b(?i:minutes)(?:[ \t]+(?i:of|from)[ \t]+(?:(?i:the)[ \t]+)?(?:(?i:last|previous"
               rf"|preceding)[ \t]+)?(?i:meeting))?[ \t]*(?:[:–—-][ \t]*|\([ \t]*)"
               rf"(?:{_WEEKDAY},?[ \t]+)?(?P<day>{_DAYDATE})"),
    # "Approve minutes of the previous meeting May 2023:", "APPROVAL OF MINUTES MARCH 2011",
    # "Minute 111 – March 2017": a meeting's record, or the last meeting, by its month and
    # year printed straight after it (not "Minute 12 May 2017", where the figure is the
    # meeting's day, not the minute's number: no month is claimed for it)
    # "The minutes of May 2021 were approved", "Minutes of August 2020": "of" and the month
    # and year straight after; "MINUTES OF PREVIOUS MEETING (NOVEMBER 2012)": in brackets
    re.compile(rf"\b(?:(?i:minutes)(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:(?i:last|previous"
               rf"|preceding)[ \t]+)?(?i:meeting)"
               rf"|[ \t]+(?:of|from)(?=[ \t]+{MONTHS_READ}[ \t]+\d))?"
               rf"|(?i:(?:last|previous|preceding)[ \t]+meeting)"
               rf"|(?i:minute|min\.?)[ \t]+(?:(?i:no)\.?[ \t]*)?"
               rf"(?!\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTHS_READ})\d+(?:[./]\d+)*)"
               rf"[ \t]*(?:[:–—-][ \t]*|\([ \t]*)?(?P<month>{MONTHS_READ})[ \t]+(?P<year>\d{{4}})\b"
               rf"(?![ \t]*[–—-][ \t]*\d)"),
    # "the Board minutes of May and June 2021", "the February and April 2024 Board meetings":
    # the meetings of a list of months sharing the year printed last, one meeting each
    re.compile(rf"\b(?i:minutes)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?P<months>{_MONTH_LIST})"
               rf"\s+(?P<year>\d{{4}})\b"),
    # ("the March and April, 2021 meetings of the Council's committees": a comma before the
    # year)
    re.compile(rf"\b(?:[Tt]he|their|its)\s+(?P<months>{_MONTH_LIST}),?\s+(?P<year>\d{{4}})\s+"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,3}}?(?i:meetings)\b"),
    # "the March 2014 and September 2014 meetings": each month with its own year
    re.compile(rf"\b(?:[Tt]he|their|its)\s+(?P<month_years>{_MONTH_YEAR_LIST})\s+"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,3}}?(?i:meetings)\b"),
    # "the meeting of the Board of Directors on 1 October 2019", "the joint meeting of all
    # committees held on 7 May 2008": a meeting of those no body's name above reads (a name
    # with "of" in it, members by a description), on its day (tried after every rule that
    # reads the body); never a line that opens "At a meeting of …", the formal heading of a
    # page's own minutes ("At a meeting of the Lowby Area Forum held on Thursday, 30th June
    # 2016, at 7.30pm in …")
    # (the blanks taken whole, and the words between opening on no blank: a run of blanks
    # is split one way only)
    re.compile(rf"(?<!\n(?i:at a) )(?<!^(?i:at a) )\b(?i:meeting)\s++of\s++(?:the\s++|all\s++)?"
               rf"[^\s.;][^.;\n]{{0,59}}?\s++(?:(?i:held)\s++)?"
               rf"on\s++{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "the meeting held 30th June", "Approve minutes from the meeting 9th November", "Matters
    # Arising from Previous Meeting 7th August 2023", "Minutes of AGM held on 7th June 2018":
    # a meeting and its date, with no "on" or "of" between, on one line (tried last: a body's
    # meeting by its date is read above with its body)
    # "Approval of the previous PC meeting minutes held on 27th July 2015": its minutes between
    re.compile(rf"\b(?i:meeting|AGM|EGM)[ \t]+(?:(?i:minutes)[ \t]+(?=(?i:held)\b))?"
               rf"(?:(?i:held)[ \t]+(?:(?i:on)[ \t]+)?)?{_ON}"
               rf"(?P<day>{_DAYDATE})"),
    # "referred from 25 June 2019 Council Meeting", "Report of 4 June Forum meeting": a meeting
    # named by its day printed before its name, after "from" or "of" (the rule of "the 6 April
    # 2016 meeting" above reads it after an article), the meeting word always there ("with
    # effect from 1 April Council Tax rose" names no meeting)
    re.compile(rf"\b(?:from|of)\s+(?:{_WEEKDAY},?\s+)?(?P<day>{_DAYDATE})\s+"
               rf"(?:(?P<body>{_BODY})\s+)?(?i:meeting)\b"),
    # "a meeting he attended on 2nd February 2016", "the Public Meeting that he attended on
    # 20th February", "the meeting which he and Cllr. Tharp had with the Clerk on 1st
    # October, 2012": a meeting, then who went to it or had it (``attenders`` or a name),
    # then its day (tried last: a meeting by its day is read above with its body)
    re.compile(rf"\b(?i:meetings?)\s+(?:(?:that|which)\s+)?{_ATTENDER}"
               rf"(?:\s+(?:and|&)\s+{_ATTENDER})?\s+(?:had\s+)?(?i:{_listed('attending')})"
               rf"(?:\s+with\s+[^.;\n]{{1,60}}?)?\s+on\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
]


# "the decisions made at the Cabinet meeting on 15 October": the body named just before
# "meeting"
_RX_BODY_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<body>{_BODY})[ \t]+$")


# -- what is no meeting, though a body's name and a date stand together --------------------


@dataclass(frozen=True)
class _Vetoes:
    event_after: re.Pattern[str]  # a body's event straight after its name or "meeting"
    sent_before: re.Pattern[str]  # a letter from, a payment to, the body just before
    sent_after: re.Pattern[str]  # "Westshire Council 12/03/2023 letter": the date's thing



@cache
def _vetoes() -> _Vetoes:
    raw = _words()
    events, about = _alternation(raw["not_meetings"]), _alternation(raw["about_words"])
    sent, sending = _alternation(raw["correspondence"]), _alternation(raw["sending"])
    return _Vetoes(
        event_after=re.compile(rf"(?i)(?:['’]s)?(?:\s+(?!(?:{about})\b)[\w’'-]+){{0,3}}?\s+"
                               rf"(?:{events})(?:e?s)?\b"),
        sent_before=re.compile(rf"(?i)(?:\b(?:{sent})s?(?:\s+(?:sent|received|dated))?\s+"
                               rf"(?:from|to|by)|\b(?:{sending})\b(?:\s+[\w’'-]+){{0,3}}?\s+"
                               rf"(?:to|from))\s+(?:the\s+)?$"),
        sent_after=re.compile(rf"(?i)[ \t]*(?:{sent})s?\b"),
    )


@cache
def _has_been_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = _words()
    cues, not_deeds = _alternation(raw["past_cues"]), _alternation(raw["not_past_deeds"])
    return (re.compile(rf"(?i)\b(?:{cues}|(?:was|were)\s+(?:\w+ly\s+)?(?!(?:{not_deeds})\b)"
                       rf"\w+ed)\b"),
            re.compile(rf"(?i)\s+(?:{_alternation(raw['meeting_deeds'])})\b"))


def month_meeting_has_been(paragraph: str, text: str, end: int, day: bool = False) -> bool:
    """Whether a month's meeting named with no year (its name ending at ``end`` of ``text``)
    is said to have been: a past cue in its paragraph (``past_cues``, a deed in the past
    passive), or a deed it did straight after its name (``meeting_deeds``). Without one, a
    month more than half a year back is read as the coming one. ``day``: the meeting is
    named by its day, whose "had" counts only for a meeting had or held ("had met on 2 May",
    "had been held"), or a deed done at it in its own clause ("The Council had decided at
    the meeting on 20th November"): "Jo had phoned the agents, who offered a meeting on 9th
    June" and "the Board had a new chair, and its next meeting would be on 4 June" tell of
    other doings."""
    cue, did = _has_been_rx()
    paragraph = _RX_HAD_INTENT.sub(" ", paragraph)
    if day:
        other, done = _had_rx()
        if done.search(text, max(0, end - _CLAUSE_REACH), end):
            return True  # "The Council had decided at the meeting on 20th November"
        paragraph = other.sub(" ", paragraph)
    return bool(cue.search(paragraph) or did.match(text, end))


# How far back from a meeting's name its clause's "had" is looked for.
_CLAUSE_REACH = 200


@cache
def _had_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A "had" of another doing than a meeting's, none of ``had_of_meetings`` after it ("had
    contacted", "had a majority"); and "had" and a past participle (``had_participles`` or an
    "-ed" word) with no stop or comma between it and the end of the text searched (the
    meeting's name): a deed done at the meeting."""
    raw = _words()
    of_meetings = _alternation(raw["had_of_meetings"])
    done = _alternation(raw["had_participles"])
    return (re.compile(rf"(?i)\bhad\b(?!\s+(?:{of_meetings})\b)"),
            re.compile(rf"(?i)\bhad\s+(?:\w+ly\s+)?(?:{done}|[a-z]+ed)\b[^,;:.!?\n]*$"))


# "had planned to attend the December meeting", "had intended to report to the March meeting":
# an intention told in the past looks ahead, and is no sign that the meeting named has been
# (never "had agreed to consider it at the September meeting": an agreement told in the past
# is as often of business done since).
_RX_HAD_INTENT = re.compile(r"(?i)\bhad\s+(?:planned|intended|hoped|expected)\s+to\b")


# The last word that names the meeting in a match: what follows it says what was held.
_RX_MEETING_WORD = re.compile(
    r"(?i)\b(?:meetings?|sub-committee|committee|council|board|panel|cabinet|group|executive"
    r"|partnership|assembly|authority|forum|agm|egm|hearing|seminar|workshop|session)\b")
# A meeting named by that word (or its initials) itself, no body's name (near a date, in
# a match)
_RX_MEETING_NAMED_AS_SUCH = re.compile(r"(?i)\b(?:meetings?|AGM|EGM)\b")


def _no_meeting(text: str, m: re.Match[str]) -> bool:
    """Whether what a rule matched dates no meeting, though a body or a meeting is named:
    the body's event ("the Town Council fun day will be held on 10 June"), a thing sent to or
    from it ("an email from the Borough Council on 12 April", "Westshire Council 12/03/2023
    letter"), or this meeting's own minutes ("these minutes: 20 March 2023", a date of their
    publication)."""
    v = _vetoes()
    at = min((m.start(g) for g in ("day", "month") if g in m.re.groupindex
              and m.start(g) >= 0), default=m.end())
    head = text[m.start() : at]
    words = list(_RX_MEETING_WORD.finditer(head))
    if words and v.event_after.match(head, words[-1].end()):
        return True
    before = re.split(r"[.;\n]", text[max(0, m.start() - 60) : m.start()])[-1]
    # the words a rule reads before the body's name ("from the Council in May") are read
    # with what comes before the match
    at_body = m.start("body") if "body" in m.re.groupindex and m.start("body") > m.start() \
        else m.start()
    before += text[m.start() : at_body]
    if re.search(r"(?i)\b(?:this|these)\s+$", before) and not re.match(r"(?i)meetings\b",
                                                                     m.group(0)):
        return True  # "the publication date of these minutes: 20 March": the page's own
        # (never "the first of these meetings will be held on 24 October": others)
    if _RX_MEETING_NAMED_AS_SUCH.search(m.group(0)):
        return False  # a meeting named: whatever is sent to it, it is a meeting
    return bool(v.sent_before.search(before) or v.sent_after.match(text, m.end()))


# "That the minutes of the Committee held on 15 January be confirmed": minutes are of a
# meeting that has been, however the sentence looks ahead.
# (never "it was agreed", an impersonal passive: "the minutes … it was agreed to defer
# confirming them until the March meeting" looks ahead)
_CONFIRMING = (r"(?<!\bit\s)\b(?:be|were|was|are)\s+(?:\w+ly\s+)?(?:confirmed|approved|agreed"
               r"|signed|noted|accepted|received|adopted)\b")
_RX_MINUTES_CONFIRMED = re.compile(rf"(?i)\bminutes\b[^.;]*{_CONFIRMING}")
_RX_CONFIRMING = re.compile(rf"(?i){_CONFIRMING}")
_RX_MINUTES = re.compile(r"(?i)\bminutes\b")
_RX_CLAUSE_STOP = re.compile(r"[.;]")


def minutes_confirmed_at(sentence: str, start: int, end: int) -> bool:
    """Whether the reference at ``start:end`` of its ``sentence`` names the meeting whose
    minutes the sentence confirms ("The minutes of the meeting held on 22 May 2024 were
    approved as a correct record"): "minutes" before it and the confirming verb after it in
    one clause. No meeting confirms its own minutes, so such a meeting is another one even
    where its day is the page's own date (a page that prints no date of its own may have been
    dated by the very minutes it confirms: "Minutes of the meeting held on 25 March 2022" as
    a ModernGov item's title)."""
    # (the clause's stops found once each way, so a long line is read once, not once for
    # every "minutes" in it)
    if _RX_CLAUSE_STOP.search(sentence, start, end):
        return False
    opens = max(sentence.rfind(".", 0, start), sentence.rfind(";", 0, start)) + 1
    stop = _RX_CLAUSE_STOP.search(sentence, end)
    closes = stop.start() if stop else len(sentence)
    return bool(_RX_MINUTES.search(sentence, opens, start)
                and _RX_CONFIRMING.search(sentence, end, closes))


def minutes_confirmed(sentence: str) -> bool:
    """Whether a clause of ``sentence`` names minutes and a confirming verb after them
    ("That the minutes of the Committee held on 15 January be confirmed"): what
    ``_RX_MINUTES_CONFIRMED`` finds, read once along the sentence. The pattern, searched,
    set out from every "minutes" and scanned the rest of its clause from each, so a sentence
    of many "minutes" and no confirming verb took time as the square of their count (a
    second at 1,000, 25 s at 4,000). Only the first "minutes" of a clause need be tried: a
    confirming verb after a later one in the clause is after the first one too."""
    at = 0
    while (m := _RX_MINUTES.search(sentence, at)) is not None:
        stop = _RX_CLAUSE_STOP.search(sentence, m.end())
        closes = stop.start() if stop else len(sentence)
        if _RX_CONFIRMING.search(sentence, m.end(), closes):
            return True
        if stop is None:
            return False
        at = stop.end()
    return False


# "The Committee requested a further report at its September meeting", "renewed its request
# for a report on the lease at its April meeting": the meeting a report is asked for, which is
# to come (not "had requested": that tells of the past).
# "To approve the minutes of the meeting of 12th April", "minutes from the Cabinet on 5 June":
# the meeting whose minutes are named has been, however the sentence looks ahead.
_RX_MINUTES_OF = re.compile(r"(?i)\bminutes?\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:(?:last|previous|preceding)\s+)?$")
# … or the reference's own first words ("the change to the minutes of the 4th August could not
# be made"): minutes kept of a meeting say it has been, whatever else the sentence looks to.
_RX_MINUTES_LEAD = re.compile(r"(?i)minutes?\s+(?:of|from)\b")
_RX_ASKED_FOR = re.compile(
    r"(?i)(?<!had )(?<!has )(?<!have )\b(?:requested|requests?\s+for|asked\s+for|agreed"
    r"|resolved|deferred)\b"
    r"[^.;]{0,80}?\b(?:report|update|presentation|item|briefing|paper|information)s?\b"
    r"[^.;]{0,60}?\b(?:at|to|for|until)\s+$")
# "It was agreed at the meeting of 12 April that the hedge be cut", "as reported to the
# Committee on 5 June", "Ann reported on the Access Forum of 4 March": what was done at (or
# told of) the meeting named, which has been, however the
# sentence looks ahead ("will be considered at the Committee on 24 May" is still to come).
_RX_DONE_AT = re.compile(r"(?i)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:agreed|resolved|decided"
                         r"|reported|noted|discussed|considered|approved|raised|requested|asked"
                         r"|endorsed)\s+(?:at|during|by|to|on)\s+"
                         r"(?:the|its|their|a)?\s*$")
# "the meeting held on 18 March", "reconvened on 18 May", "which took place on 3 June": a
# meeting that has been, however the sentence looks ahead ("the minutes of the meeting held on
# 18 March are re-submitted to a future meeting"), unless it is still to be held.
# "Councillors met with the Agency on 2 May and will report back": who met has met, however
# the sentence goes on ("will", "next").
_RX_HELD = re.compile(r"(?i)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bhave\s)"
                      r"\b(?:held|reconvened|took\s+place|met)\s+(?:on\s+)?(?:the\s+)?$")
# "deferred to the September meeting", "postponed until the October meeting", "Clerk to bring
# the quotes to the September meeting", "agreed to consider it at the November meeting":
# business put off, or the infinitive of an errand (an action line, or after a decision or an
# ask; never a purpose: "met on 14 March to discuss the plan"), looks ahead to the meeting
# named (a month meeting without a year is then the next such month, not last
# year's).
_RX_LOOKS_AHEAD = re.compile(
    r"(?i)\b(?:defer(?:red)?|postpone(?:d)?|adjourn(?:ed)?|carr(?:y|ied)\s+(?:it\s+|this\s+)?"
    r"(?:forward|over)|h(?:o|e)ld\s+over|put\s+back|brought\s+back|come\s+back|return\s+to)\b"
    r"|(?:\b(?:agreed|resolved|decided|asked|requested|instructed|invited|proposed|intended"
    r"|planned|undertook|offered|promised)|^\W*(?:(?-i:[A-Z])[\w’'.-]*\s+){0,4}?)"
    r"\s*to\s+(?:re-?)?(?:consider|bring|present|report|discuss|review|submit|come"
    r"|include|raise|table|revisit|look|provide|circulate|prepare|obtain|seek|invite|attend"
    r"|confirm|decide|agree|approve|finalise|finalize|update|return|receive)\b")
# "deferred from the April meeting", "carried forward from the meeting on 12 April", "since
# the meeting of 5 May": business comes from a meeting that has been, however far it is put.
_RX_FROM_MEETING = re.compile(r"(?i)\b(?:from|since)\s+(?:the\s+|its\s+|their\s+)?$")
# "Notes of the last meeting held on Thursday 4th October to be approved": the last meeting,
# however the sentence looks ahead.
_RX_LAST_MEETING = re.compile(r"(?i)\b(?:last|previous|preceding)\s+meeting\b")
# "an update at the next meeting in July, as officers had been busy", "the forthcoming Council
# meeting in March": the meeting named as the one to come is ahead, however the rest of the
# sentence tells of the past.
# "it had been agreed that a summary be forwarded to the Board in time for the June meeting":
# what is to be ready in time for a meeting looks ahead to it too.
_RX_NEXT_MEETING = re.compile(r"(?i)(?:\b(?:next|forthcoming|upcoming)\s+|\bin\s+time\s+for\s+"
                              r"(?:the|its|their)\s+)(?:[\w-]+\s+){0,2}?(?:meeting|AGM|EGM)\b")


# An item that sets the dates of meetings to come: "12) Meeting Dates", "Dates of future
# meetings", "Dates of Council meetings for 2024". The dates under it are meetings, ahead.
_RX_DATES_HEADING = re.compile(
    r"(?im)^[^\n]{0,20}?\b(?:meeting\s+dates|dates\s+(?:of|for)\s+(?:the\s+)?(?:future\s+|next\s+"
    r"|forthcoming\s+)?(?:council\s+|committee\s+)?meetings?)\b[^\n]{0,40}$")
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# "Feb 28th", "June 13th", "Sept 5th": a date with its month first, as a list of dates to come
# prints it (its ordinal always there: "June 13" may be a figure)
_RX_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{MONTHS[3:-1]}|{_MONTH_ABBREVIATIONS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?:,?\s+(?P<y>\d{{4}}))?")
_RX_ITEM_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d+)?[.)][ \t]+[A-Z]")


def _listed_meeting_dates(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The dates under a heading that sets meetings to come ("Meeting Dates: Agreed – Feb 28th,
    June 13th, …"), each a meeting ahead, up to the next numbered item or 300 characters. The
    list is of one year, the first date's: "Feb 28th, …, Dec 12th" set at a December meeting
    are all next year's."""
    text = page_text(doc)
    spans: list[Span] = []
    for h in _RX_DATES_HEADING.finditer(text):
        stop = min(len(text), h.end() + 300)
        if nxt := _RX_ITEM_LINE.search(text, h.end(), stop):
            stop = nxt.start()
        found = [(m.start(), m.end(), _as_printed(m.group("day")))
                 for m in re.finditer(rf"(?P<day>{_DAYDATE})", text[:stop])
                 if m.start() >= h.end()]
        found += [(m.start(), m.end(), f"{m.group('d')} {m.group('month')} {m.group('y') or ''}"
                   .strip()) for m in _RX_MONTH_FIRST.finditer(text, h.end(), stop)]
        first = None
        for start, end, when in sorted(found):
            if any(s < end and start < e for s, e in taken):
                continue
            if first is None:
                first = when
            elif not re.search(r"\d{4}$", when):
                when = f"{when} (year of {first})"  # one year for the list: the first date's
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            ref = Span(doc, span.start, span.end, label="meeting_ref")
            ref._.committee = None
            ref._.when = [(when, "day")]
            ref._.in_resolution = True  # meetings set for the months to come
            spans.append(ref)
            taken.append((start, end))
    return spans


# "The new dates were:", "The revised dates are as follows:" closing a line, after a sentence
# that names meetings ("the dates of the March and September meetings had been moved"): the
# lines under it that open on a date are those meetings' new days.
_RX_NEW_DATES = re.compile(rf"(?im)\b(?:{_listed('dates_changed')})[ \t]+dates[ \t]+(?:are|were"
                           r"|will[ \t]+be)(?:[ \t]+as[ \t]+follows)?[ \t]*:[ \t]*$")
# A line under it that opens on a date ("Thursday 6 March 2014, 2.00 pm, venue TBC")
_RX_DATE_LINE = re.compile(rf"[ \t]*+(?:[{_BULLETS}-][ \t]*+)?(?P<line>(?:{_WEEKDAY},?[ \t]++)?"
                           rf"(?P<day>{_DAYDATE}))")
# How far before such a line the meetings are named
_NEW_DATES_REACH = 200
# Where a sentence ends, to find the one the line closes or follows
_RX_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


def _sentence_starts(window: str) -> list[int]:
    """Where the sentences of a window of text begin: its start, then after each stop."""
    return [0, *(s.end() for s in _RX_SENTENCE_STOP.finditer(window))]


def _new_dates(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The days of meetings moved, listed a line each under "The new dates were:" where the
    sentence it closes, or the one just before it, names meetings: each a meeting to come.
    (Only those two: a meeting named a sentence or two earlier is no sign that the new dates
    are of meetings, "At the last meeting … The bin collection days have changed. The new
    dates are:".)"""
    text = page_text(doc)
    spans: list[Span] = []
    for h in _RX_NEW_DATES.finditer(text):
        before = text[max(0, h.start() - _NEW_DATES_REACH) : h.end()]
        stops = [0, *_sentence_starts(before)]
        if not _RX_MEETING_NAMED_AS_SUCH.search(before[stops[-2] :]):
            continue
        at = h.end() + 1
        while at < len(text) and (m := _RX_DATE_LINE.match(text, at)):
            # (its weekday in the span: a day printed with it is no page's bare date)
            if (ref := _day_ref(doc, m, taken, in_resolution=True, group="line")) is not None:
                spans.append(ref)
            nl = text.find("\n", m.end())
            if nl < 0:
                break
            at = nl + 1
    return spans


# Business or a meeting moved from one meeting's full date to another's (``moved_between``)
_RX_MOVED = re.compile(rf"\b(?i:{_listed('moved_between')})[ \t]++from[ \t]++{_ON}"
                       rf"(?P<day>{_FULLDATE})[ \t]++to[ \t]++")
_RX_MOVED_TO = re.compile(rf"{_ON}(?P<day>{_FULLDATE})")
# What above the move names the list of meetings its dates are of
# ("agenda" only as a heading on a line of its own: "the order of the agenda" or "Agenda
# Item 5" stands above much business that moves no meeting's day)
_RX_PROGRAMME_ABOVE = re.compile(r"(?im)\b(?:work[ \t]+programme|forward[ \t]+plan)\b"
                                 r"|^[ \t]*+agenda[ \t]*+$")
_MOVED_REACH = 300
_RX_THAT = re.compile(r"(?i)\bthat\b")
# … or a row of such a list: a line that opens with the business's title, a dash and "to
# be" ("Fly Tipping – To be moved from …"), as a work programme's amendments print each
# (never a dash alone: "Grass Cutting – moved from 2 May 2023 to 9 May 2023" is a round's)
_RX_ROW_TITLE = re.compile(r"[A-Z][^\n–—]{0,80}?[ \t][–—-][ \t]++(?i:to[ \t]+be)[ \t]++\Z")


def _moved_between(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The two meetings' days an item or a meeting is moved between ("To be moved from 2
    November 2020 to 7 December 2020"), where the sentence names a meeting or a work
    programme or agenda is named just above, or the line is a list's row, a title and a dash
    (a bin round "moved from 2 May 2023 to 9 May 2023" is no meeting's)."""
    text = page_text(doc)
    spans: list[Span] = []
    for m in _RX_MOVED.finditer(text):
        to = _RX_MOVED_TO.match(text, m.end())
        if to is None:
            continue
        before = text[max(0, m.start() - _MOVED_REACH) : m.start()]
        stops = _sentence_starts(before)
        # (the meeting named in the clause that moves: "the meeting noted that the deadline
        # had been moved from …" moves a deadline, no meeting)
        clause = _RX_THAT.split(before[stops[-1] :])[-1]
        if not (_RX_MEETING_NAMED_AS_SUCH.search(clause + text[
                m.start() : to.end()]) or _RX_PROGRAMME_ABOVE.search(before)
                or _RX_ROW_TITLE.match(text, text.rfind("\n", 0, m.start()) + 1, m.start())):
            continue
        for d in (m, to):
            if (ref := _day_ref(doc, d, taken, in_resolution=True)) is not None:
                spans.append(ref)
    return spans


def _overlap_test(taken: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a stretch ``(start, end)`` overlaps one of ``taken`` as it stands now, asked by
    bisection: a reader of many dates (a list of 2,000 date rows) asked every reference taken
    before, its own rows among them, at each date (quadratic). The references a reader adds
    as it goes never overlap each other (its matches are ``finditer``'s, in order and apart),
    so the ones taken before it began are all it need ask."""
    ordered = sorted(taken)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)  # those starting before the stretch ends
        return k > 0 and reach[k - 1] > start
    return overlaps


def _day_ref(doc: Doc, m: re.Match[str], taken: list[tuple[int, int]],
             in_resolution: bool, group: str | int = "day",
             overlaps: Callable[[int, int], bool] | None = None,
             when: list[tuple[str, str]] | None = None) -> Span | None:
    """The reference to the meeting of the date ``m``'s ``day`` group prints, spanning that
    date (or the ``group`` that holds it: its weekday too) and nothing else (a paper
    header's "Agenda Item" after it is no part of it), or None where it overlaps a reference
    already ``taken`` or falls between tokens. Shared by the readers of dates printed with
    no meeting word: paper headers, lists of dates and indexes of minutes. ``overlaps``: the
    reader's :func:`_overlap_test` of ``taken`` as it was when the reader began, asked in
    place of every reference taken. ``when``: the day when it is not ``m``'s own (a meeting
    held just before this one, :func:`_same_day_before`)."""
    start, end = m.span(group)
    if overlaps(start, end) if overlaps is not None else any(
            s < end and start < e for s, e in taken):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    ref = Span(doc, span.start, span.end, label="meeting_ref")
    ref._.committee = None
    ref._.when = when if when is not None else [(_as_printed(m.group("day")), "day")]
    ref._.in_resolution = in_resolution
    taken.append((start, end))
    return ref


# A board paper's running header: the meeting it goes to, by its date, then the paper's
# agenda item ("Westmoor Local Access Forum: 28 January 2008      Agenda Item: 3", "WESTMOOR
# PSB 29.09.22      AGENDA ITEM 02"), over the minutes the paper sends on.
_RX_PAPER_HEADER = re.compile(rf"(?m)^[^\n]{{0,80}}?(?P<day>{_FULLDATE})[ \t]*+(?:[,–—-][ \t]*+)?"
                              r"(?i:agenda[ \t]+item)\b")


def _paper_headers(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The meetings a board paper's running headers date (``_RX_PAPER_HEADER``): each the
    meeting the paper, and the minutes in it, go to. The page's own date there is dropped
    by the reader (:mod:`kg.prose`)."""
    spans: list[Span] = []
    overlaps = _overlap_test(taken)
    for m in _RX_PAPER_HEADER.finditer(page_text(doc)):
        # The meeting the paper goes to, still to come; its "Agenda Item", outside the
        # span, is what names it a meeting's.
        if (ref := _day_ref(doc, m, taken, in_resolution=True, overlaps=overlaps)) is not None:
            ref._.names_meeting = True
            spans.append(ref)
    return spans


# A line that is one full date and nothing else but a short tag ("21 May 2014 – AGM", "11th
# October 2021 (Budget Proposals)", "25th October 2021."), as a year's list of its meetings
# prints each ("Hunton Parish Council Minutes – 2014/15" over "21 May 2014 – AGM", "9 July
# 2014", …).
_RX_DATE_ROW = re.compile(
    rf"(?m)^[ \t]*+(?:[{_BULLETS}][ \t]*+)?(?:{_WEEKDAY},?[ \t]++)?(?P<day>{_FULLDATE})[ \t]*+"
    r"(?:[–—-][ \t]*+[A-Za-z][\w’']*(?:[ \t][A-Za-z][\w’']*){0,3}|\([^()\n]{1,40}\))?[ \t.]*$")
# What may stand between two rows of such a list: blank lines only.
_RX_BLANK_LINES = re.compile(r"[ \t]*+(?:\n[ \t]*+)+")
# A list has rows: fewer are a date or two that a page prints on lines of their own.
_DATE_ROWS = 3
# … but two rows are a list when the line above them ends in "held on" after meetings or
# their minutes ("the minutes of the meetings of the Board held on" over "· 4 March 2022" and
# "· 9 March 2022"): the sentence names the meetings the rows date (never "Litter picks will
# be held on", "Elections were held on": events, and days that are no meetings).
_RX_ROWS_LEAD = re.compile(r"(?i)\b(?:meetings?|minutes|AGM|EGM)\b[^.;!?]{0,160}?"
                           r"\bheld[ \t]++on(?:[ \t]*+:)?[ \t]*+(?:\n[ \t]*+)++\Z")
# (looked for only this far above the rows)
_ROWS_LEAD_REACH = 200


def _date_rows(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The meetings a list of dates names, one full date a line, at least three lines in a
    row (blank lines between them): a year's meetings listed over its minutes, or the
    meetings whose minutes are confirmed. The page's own meeting is among them; the reader
    drops its date (:mod:`kg.prose`)."""
    text = page_text(doc)
    runs: list[list[re.Match[str]]] = []
    for m in _RX_DATE_ROW.finditer(text):
        if runs and _RX_BLANK_LINES.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    spans: list[Span] = []
    overlaps = _overlap_test(taken)
    for m in (m for run in runs if len(run) >= _DATE_ROWS or (
            len(run) >= 2 and _RX_ROWS_LEAD.search(
                text, max(0, run[0].start() - _ROWS_LEAD_REACH), run[0].start())) for m in run):
        if (ref := _day_ref(doc, m, taken, in_resolution=False, overlaps=overlaps)) is not None:
            spans.append(ref)
    return spans


# A row of a bound volume's index of minutes: a meeting's full date, then the pages its
# minutes take ("Planning 19 June 2019 97 – 100", "28 June 2017 (AGM) 6 – 14"), as councils
# and park authorities print the contents of a year's minutes. A time ("7 – 9pm") is no page
# range.
_RX_INDEX_ROW = re.compile(rf"(?P<day>{_FULLDATE})(?:[ \t]*\([A-Za-z]{{2,12}}\))?[ \t]+"
                           r"(?P<first>\d{1,4})[ \t]*[–—-][ \t]*(?P<last>\d{1,4})"
                           r"(?![\d:.]|[ \t]*(?i:[ap]\.?m\b|hrs\b|hours\b|noon\b))")
# An index has rows: fewer on a page are a date and figures in a sentence.
_INDEX_ROWS = 3


def _index_rows(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The meetings a volume's index of minutes lists, each its date (a row's pages rising,
    and at least three rows on the page). The page's own meeting is among them; the reader
    drops its date (:mod:`kg.prose`)."""
    rows = [m for m in _RX_INDEX_ROW.finditer(page_text(doc))
            if int(m.group("first")) <= int(m.group("last"))]
    if len(rows) < _INDEX_ROWS:
        return []
    spans: list[Span] = []
    overlaps = _overlap_test(taken)
    for m in rows:
        if (ref := _day_ref(doc, m, taken, in_resolution=False, overlaps=overlaps)) is not None:
            spans.append(ref)
    return spans


# A run of three words or more printed in capitals ("MINUTES OF THE JUNE 2011 COUNCIL
# MEETING", "DRAFT MINUTES TO BE CONFIRMED ON 3RD SEPTEMBER"): a heading, which the rules
# read as if printed in ordinary case. A dash between its words and a bracket round one keep
# the run whole ("MINUTES - 11TH JANUARY 2013", "MINUTES OF PREVIOUS MEETING (12 NOVEMBER
# 2012)"), so that the date after them is read as one too; so does a day's ordinal printed in
# small letters ("MINUTES OF COUNCIL MEETING DATED 22nd JUNE 2020"), though it is no word of
# the heading's count.
# (A run opens only where a word does, never inside one, after a mark a word may hold ("-",
# ".") that follows a word's letter or mark: from inside "A-A-A-…-a" every letter would open
# a run read to the end, 2 s a line of 5,000. "a.PLOTS", "years.57/19 ELECTION" open one.)
_RX_CAPITALS = re.compile(r"(?<![\w’'])(?<![A-Z0-9’'&./-][&./-])[A-Z0-9][A-Z0-9’'&./-]*,?"
                          r"(?:[ \t]+(?:[–—-][ \t]+)?\(?(?:\d{1,2}(?:st|nd|rd|th)(?![\w’'])"
                          r"|[A-Z0-9][A-Z0-9’'&./-]*)\)?,?)+(?![\w’'])")
_RX_SMALL_ORDINAL = re.compile(r"\(?\d{1,2}(?:st|nd|rd|th)\)?,?")


def _ordinary_case(text: str) -> str:
    """The text with its headings in capitals in ordinary case, word for word and letter for
    letter (so that every offset stays where it was): a month, a body and an ordinal read as
    the rules expect ("THE JUNE 2011 COUNCIL MEETING" as "the June 2011 Council Meeting",
    "3RD SEPTEMBER" as "3rd September"). Acronyms alone or in pairs ("NHS", "the PCP") are
    left as printed: only a run of three capitalised words or more is a heading."""
    small = followup_rules().words["heading_small_words"]

    def heading(m: re.Match[str]) -> str:
        words = re.split(r"([ \t]+)", m.group(0))
        if sum(1 for w in words if sum(c.isalpha() for c in w) >= 2
               and not _RX_SMALL_ORDINAL.fullmatch(w)) < 3:
            return m.group(0)
        out = []
        for w in words:
            bare = w.rstrip(",")
            lead = len(w) - len(w.lstrip("(")) + 1  # "(NOVEMBER" as "(November"
            low = w.lower() if bare.lower() in small else w[:lead] + w[lead:].lower()
            out.append(low if len(low) == len(w) else w)
        return "".join(out)
    return _RX_CAPITALS.sub(heading, text)


# "1.3.21 Attendance … 2.3.21 To receive apologies … 3.3.21 …": items numbered by their
# place, then the meeting's month and year; such a number is no date.
_RX_ITEM_NUMBER = re.compile(r"(?<![\w.])(?P<n>\d{1,2})\.(?P<suffix>\d{1,2}\.\d{2})(?![\w.])")


def _item_number_suffixes(text: str) -> set[str]:
    """The "month.year" endings a page numbers its items with: one its first three items
    ("1.3.21", "2.3.21", "3.3.21") all carry."""
    seen: dict[str, set[int]] = {}
    for m in _RX_ITEM_NUMBER.finditer(text):
        seen.setdefault(m.group("suffix"), set()).add(int(m.group("n")))
    return {suffix for suffix, numbers in seen.items() if {1, 2, 3} <= numbers}


# A meeting held just before this one the same day ("… 22nd October 2014 following Planning
# and Personnel Meeting", "opened at 7.55pm (following the Annual Parish Meeting)", "was held
# after the tenants meeting"): the words that say so, then a meeting named by a word or more
# of its own (never "after the meeting", this one; nor "following the last meeting", another
# day's: ``same_day_not_words``), with no day, place or body of its own after it
# (``same_day_not_after``).
_SAME_DAY_WORD = rf"(?!(?i:{_alternation(_words()['same_day_not_words'])})\b)[\w&’'-]+\s+"
_RX_SAME_DAY_BEFORE = re.compile(
    rf"\b(?:(?i:{_alternation(_words()['same_day_adverbs'])})\s+)?"
    rf"(?i:{_alternation(_words()['same_day_after'])})\s+(?:(?i:the)\s+)?(?P<name>"
    rf"(?:{_SAME_DAY_WORD}){{0,4}}?(?:AGM|EGM)|(?:{_SAME_DAY_WORD}){{1,4}}?(?i:meeting))\b"
    rf"(?!['’]?s\b|\s+(?i:{_alternation(_words()['same_day_not_after'])})\b)")
# What must end the text just before it, in its sentence: this meeting's day, its time or its
# holding (``this_meeting_held``), a bracket or a comma between ("Thursday 15th June 2023
# immediately following the AGM", "at 2.30pm following on from", "was held after").
_RX_THIS_MEETING_HELD = re.compile(
    rf"(?:(?P<day>{_DAYDATE})|\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:[ap]\.?m\.?|hrs|hours)"
    rf"|\b(?P<held>(?i:{_alternation(_words()['this_meeting_held'])})))\s*[(,]?\s*$")
# A holding is this meeting's only where its sentence names a meeting before it ("The meeting
# was held after the tenants meeting"; "A site visit was held after the Planning Committee
# meeting" tells of a visit's day, no meeting's).
_RX_A_MEETING = re.compile(r"(?i)\bmeeting\b")
# How far back the day, time or holding of this meeting is looked for.
_SAME_DAY_REACH = 120
# A holding still to come in those words (``same_day_ahead``: "A surgery will be held after the
# Parish Council meeting"): the meeting after which is then no meeting of this day.
_RX_SAME_DAY_AHEAD = re.compile(rf"(?i)\b(?:{_alternation(_words()['same_day_ahead'])})\b")
_RX_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)")
# A day printed before this meeting's time or holding in those words ("Date of next meeting:
# Tuesday 5th April 2022 at 7pm following the AGM"): the day of that time, not this page's.
_RX_A_DAY = re.compile(_DAYDATE)


def _same_day_before(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Meetings held just before this one, the same day, as its heading or opening tells
    ("Thursday 15th June 2023 immediately following the AGM", "The meeting was held after the
    tenants meeting"): each of the day printed before the words (before the time they
    follow, too: "Tuesday 5th April 2022 at 7pm following the AGM" is of 5 April), or of this
    meeting's own day (``@today``). Flagged (``rule``) so that the reader keeps a day that is
    the page's own: here it is another meeting's, held the same day."""
    spans: list[Span] = []
    overlaps = _overlap_test(taken)
    for m in _RX_SAME_DAY_BEFORE.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        window = text[max(0, m.start() - _SAME_DAY_REACH) : m.start()]
        if stops := list(_RX_SENTENCE_STOP.finditer(window)):
            window = window[stops[-1].end():]
        if (held := _RX_THIS_MEETING_HELD.search(window)) is None or (
                _RX_SAME_DAY_AHEAD.search(window)) or (held.group("held") and not (
                    _RX_A_MEETING.search(window, 0, held.start()))):
            continue
        day = held.group("day") or next(
            (d.group() for d in reversed(list(_RX_A_DAY.finditer(window, 0, held.start())))),
            None)
        ref = _day_ref(doc, m, taken, in_resolution=False, group=0, overlaps=overlaps,
                       when=[(_as_printed(day) if day else "@today", "day")])
        if ref is None:
            continue
        ref._.rule = "same_day_before"
        ref._.label = m.group("name")  # the meeting's name, the page's own one's maybe
        spans.append(ref)
    return spans


# A date that opens a period ("9 October 2014 – 17 December 2014", "1 April to 30 June
# 2024"): the period's start, no meeting's day.
_RX_RANGE_END = re.compile(rf"[ \t]*(?:[–—-]|\b(?:to|until|till)\b)[ \t]*(?:{_DAYDATE})",
                           re.IGNORECASE)


@Language.component("ckg_meeting_refs")
def meeting_refs_component(doc: Doc) -> Doc:
    """References to other meetings, with the body when the text names it. Dates are left
    as printed (``span._.when``) for :mod:`kg.prose` to resolve against the meeting's date."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    text = _ordinary_case(page_text(doc))
    numbering = _item_number_suffixes(text)
    for rx in _REFS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or _no_meeting(text, m):
                continue
            groups = m.groupdict()
            if (n := _RX_ITEM_NUMBER.fullmatch(groups.get("day") or "")) and (
                    n.group("suffix") in numbering):
                continue  # an item's number, not a date
            # (the meeting word before the day or after it: "at the 15 Dec meeting")
            if groups.get("day") and _RX_SHORT_NO_YEAR.fullmatch(groups["day"]) and not (
                    _RX_MEETING_NAMED.search(text, m.start(), m.end())):
                continue  # "Cabinet on 2 Mar": no meeting named, and "2 Mar" may be anything
            if groups.get("day") and _RX_RANGE_END.match(text, m.end("day")):
                continue  # "contracts awarded by Council, 9 October 2014 – 17 December 2014"
            if _RX_ADJOURNED.match(m.group(0)) and _RX_NOT_ADJOURNED.search(
                    _sentence_of(doc, m.start())):
                continue  # "the prosecution was adjourned until 14 June": a court's day
            body = groups.get("body") or groups.get("body2") or groups.get("acronym")
            if body is None:
                sent_start = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
                their = re.search(r"\btheir\b", m.group(0)) or re.search(
                    r"\btheir\s+$", text[max(0, m.start() - 8) : m.start()])
                if sent_start is not None and their:
                    before = text[sent_start.sent.start_char : m.start()]
                    if b := re.search(_BODY, before):
                        body = b.group(0)
                elif re.match(r"(?i)meetings?\b", m.group(0)) and (
                        b := _RX_BODY_BEFORE.search(text[max(0, m.start() - 80) : m.start()])):
                    body = b.group("body")  # "the Cabinet meeting on 15 October": its body
            sentence = _sentence_of(doc, m.start())
            future = bool(re.search(r"(?i)\b(?:would|will|attend|next|shall|goes|going|"
                                    r"be\s+(?:\w+ly\s+)?\w+)\b",
                                    sentence) or _RX_LOOKS_AHEAD.search(sentence)
                          or _in_followup(doc, m.start())) and not re.search(
                                r"(?i)\bhad\b", _RX_HAD_INTENT.sub(" ", sentence)) and (
                not minutes_confirmed(sentence)) and not _RX_LAST_MEETING.search(
                    text[max(0, m.start() - 30) : m.start()] + m.group(0))
            whens = []
            end = m.end()
            if groups.get("day"):
                whens.extend(_lead_days(groups.get("lead"), groups["day"]))
                whens.append((_as_printed(groups["day"]), "day"))
                while (more := _MORE.match(text, _after_tag(text, end))) is not None:
                    whens.extend(_lead_days(more.group("lead"), more.group("day")))
                    whens.append((_as_printed(more.group("day")), "day"))
                    end = more.end()
                whens = _shared_year(whens)
            elif groups.get("rel"):
                # a day counted from the meeting's ("tomorrow"), or the month of one
                rel = " ".join(groups["rel"].split()).lower()
                whens.append((f"@{rel}", "day" if rel == "tomorrow" else "month"))
            elif groups.get("month_years"):
                whens.extend((f"{month_as_meant(x)} {y}", "month") for x, y in re.findall(
                    rf"({MONTHS_READ})\s+(\d{{4}})", groups["month_years"]))
            elif groups.get("months"):
                whens.extend((f"{month_as_meant(x)} {groups['year']}", "month")
                             for x in re.findall(MONTHS_READ, groups["months"]))
            elif groups.get("month"):
                month = month_as_meant(groups["month"])
                whens.append((f"{month} {groups.get('year') or ''}".strip(), "month"))
                if groups.get("month2"):
                    whens.append((f"{month_as_meant(groups['month2'])} "
                                  f"{groups.get('year') or ''}".strip(), "month"))
                while groups.get("year") and (more := _MORE_MONTH.match(text, end)):
                    whens.append((f"{month_as_meant(more.group('month'))} {more.group('year')}",
                                  "month"))
                    end = more.end()
            if _RX_NEXT_MEETING.search(text[max(0, m.start() - 30) : m.start()] + m.group(0)):
                future = True  # "at the next meeting in July": to come, whatever else was
            if groups.get("agenda") or groups.get("ahead") or _RX_ASKED_FOR.search(
                    text[max(0, m.start() - 160) : m.start()]):
                future = True  # an agenda still to be set, a report asked for it: to come
            held_at = re.search(r"(?i)\b(?:held|reconvened|took\s+place|met)\b", m.group(0))
            before = text[max(0, m.start() - 40) : m.start()]
            if groups.get("minutes") or _RX_MINUTES_OF.search(before) or _RX_MINUTES_LEAD.match(
                    m.group(0)) or _RX_DONE_AT.search(before) or _RX_FROM_MEETING.search(
                    before) or _RX_HELD.search(  # on through the holding and a character more
                    text[max(0, m.start() - 40) : m.start() + (held_at.end() + 1 if held_at
                                                                else 0)]):
                future = False  # minutes, or what was done there: a meeting that has been
            span = doc.char_span(m.start(), end, alignment_mode="expand")
            if span is None:
                continue
            # One span, and the meetings it names ("in June and July 2016" names two).
            ref = Span(doc, span.start, span.end, label="meeting_ref")
            ref._.committee = without_the(body) if body else None
            ref._.when = whens
            ref._.in_resolution = future  # reused as "refers forward"
            if groups.get("index"):
                ref._.names_meeting = True  # a row of an index of minutes: a meeting's
            spans.append(ref)
            taken.append((m.start(), end))
    spans.extend(_listed_meeting_dates(doc, taken))
    spans.extend(_new_dates(doc, taken))
    spans.extend(_moved_between(doc, taken))
    spans.extend(_index_rows(doc, taken))
    spans.extend(_date_rows(doc, taken))
    spans.extend(_paper_headers(doc, taken))
    spans.extend(_same_day_before(doc, text, taken))
    doc.spans["ckg_meeting_refs"] = spans
    return doc


def _as_printed(day: str) -> str:
    """A date as a reader takes it, whatever slip the page made: "28 September2015" is 28
    September 2015, "14.11.05" is 14 November 2005 (a two-figure year is this century's
    before 50, the last century's from 50), "1December 2022" is 1 December 2022."""
    day = re.sub(r"^(\d{1,2})(?:[ \t](?:st|nd|rd|th)|h)\b", r"\1", day)  # "12h", "2 nd"
    day = re.sub(rf"^({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th),?\s*(\d{{4}})?$",
                 lambda m: f"{m.group(2)} {m.group(1)} {m.group(3) or ''}".strip(), day)
    day = re.sub(rf"({MONTHS})(\d{{4}})$", r"\1 \2", month_as_meant(day))
    day = re.sub(rf"^(\d{{1,2}}(?:st|nd|rd|th)?)({MONTHS})", r"\1 \2", day)  # "1December"
    day = re.sub(r"^(\d{1,2})-(\d{1,2})-(\d{2}(?:\d{2})?)$", r"\1/\2/\3", day)  # "29-11-23"
    day = re.sub(r"^(\d{4})/(\d{1,2})/(\d{1,2})$", r"\3/\2/\1", day)  # "2013/11/25"
    day = re.sub(r"^(\d{1,2}(?:st|nd|rd|th)?)\s+of\s+", r"\1 ", day)  # "the 4th of April"
    if m := re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{2})", day):
        day = f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{full_year(int(m.group(4)))}"
    return day


# A short tag in brackets after a day of a list, which the list goes on past: "held on 31st
# May (1), 31st May (2), 14th June and …" (two sittings of one day), "on 4 May (AGM), 11 May
# and 8 June".
_RX_DAY_TAG = re.compile(r"[ \t]*+\((?:\d{1,2}|[A-Za-z]{1,12})\)")


# "adjourned until/to <day>" opening a match, and what makes its day no meeting's
# (``adjourned_not_meetings``: a court's)
_RX_ADJOURNED = re.compile(r"(?i)adjourned\b")
_RX_NOT_ADJOURNED = re.compile(rf"(?i)\b(?:{_listed('adjourned_not_meetings')})(?!\w)")


def _after_tag(text: str, end: int) -> int:
    """Where a list of days goes on after a day: past its short bracketed tag, if any."""
    tag = _RX_DAY_TAG.match(text, end)
    return tag.end() if tag is not None else end


def _lead_days(lead: str | None, day: str) -> list[tuple[str, str]]:
    """The days before a date that share its month: "26 and 27 September 2018" names the
    26th too. Only a date with its month written out lends it ("01.03.2023" lends nothing)."""
    month = re.sub(r"^\d{1,2}(?:st|nd|rd|th)?\s+", "", day)
    if not lead or month == day:
        return []
    return [(f"{d} {month}", "day") for d in re.findall(r"\d{1,2}", lead)]


def _shared_year(whens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A list of dates gives its year once, at the end: "held on the 23rd January and the
    26th March 2007" names two meetings of 2007."""
    out, year = [], None
    for when, precision in reversed(whens):
        if m := re.search(r"\d{4}$", when):
            year = m.group(0)
        elif year and not re.search(r"[./]", when):
            when = f"{when} {year}"
        out.append((when, precision))
    return out[::-1]


def _in_followup(doc: Doc, char: int) -> bool:
    """Whether the character is in a sentence the follow-up component took for a request or
    a promise: a meeting such a sentence names is one still to come."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or "ckg_followups" not in doc.spans:
        return False
    sent = span.sent
    return any(f.start_char < sent.end_char and sent.start_char < f.end_char
               for f in doc.spans["ckg_followups"])


def _sentence_of(doc: Doc, char: int) -> str:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.text if span is not None else ""


