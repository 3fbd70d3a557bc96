"""Load the extractor's patterns from ``kg/data/patterns.toml``, compiled once.

Keeping the patterns in a data file lets a user teach the extractor a council's house style
without touching code; this module is the only place that reads that file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_FLAGS = re.MULTILINE

# A year, or a year and the next as a plan or a financial year prints them, its second year in
# two figures or four: "2018", "2022/23", "2023-24", "2014–2015". Read by the names rules (the
# years a plan runs for) and the prose pass (the financial year before a programme's name).
YEARS = r"(?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?"


@dataclass(frozen=True)
class StatusPattern:
    pattern: re.Pattern[str]
    status: str
    scope: str = "anywhere"  # or "header": above the first item only
    # Words every match holds, and the words every match opens with (``[attendance]
    # sentences``): where they are given, the pattern is tried only near its anchors.
    anchor: re.Pattern[str] | None = None
    opens: re.Pattern[str] | None = None
    # The title a match's names open with (up to the first of the names' own characters) and
    # the characters those never run over: where both are given, a place whose names start
    # on the stretch a failed place's names could have run over is not tried again.
    head: re.Pattern[str] | None = None
    stops: re.Pattern[str] | None = None


@dataclass(frozen=True, eq=False)  # hashed by identity, so compiled regexes cache per load
class Patterns:
    raw: dict[str, Any]
    date: str
    time: str
    months: dict[str, int]
    weekdays: tuple[str, ...]
    committee_words: tuple[str, ...]
    contact_role_words: frozenset[str]
    honorifics: tuple[str, ...]
    # The honorifics as a word is compared with them: case folded, with no full stop; whole
    # ("county councillor"), and word by word ("county", "councillor").
    honorific_keys: frozenset[str]
    honorific_words: frozenset[str]
    # The honorifics as one regex alternation, longest first, each once with no full stop (a
    # pattern adds its own "\.?": listing "Cyng" and "Cyng." there would read "Cyng." two
    # ways, and a long roll in as many ways as it has names).
    honorific_pattern: str
    # ``[attendance] initialled_name`` with its honours and honorifics filled in.
    initialled_name: str
    body_words: frozenset[str]
    role_words: frozenset[str]
    attendance_headings: tuple[StatusPattern, ...]
    attendance_sentences: tuple[StatusPattern, ...]
    # How many lines (blank ones not counted) above each anchor an attendance sentence's
    # openers are looked for (``[attendance] sentence_anchor_lines``).
    sentence_anchor_lines: int

    def rx(self, section: str, key: str) -> re.Pattern[str]:
        """The compiled regex ``[section] key``, with {date}, {time}, {initialled_name} and
        {remit} (``[attendance] remit``) filled in."""
        return _compile(self, section, key)

    def filled(self, section: str, key: str) -> str:
        """``[section] key`` as text, its placeholders filled as :meth:`rx` fills them: for a
        pattern built into a larger one."""
        return _filled(self, section, key)

    @property
    def date_rx(self) -> re.Pattern[str]:
        """:attr:`date` compiled once, case-insensitive ("05 JUNE 2009" as "5 June 2009"):
        every reader of a date in free text shares this one."""
        return _date_rx(self)


@cache
def _compile(p: Patterns, section: str, key: str) -> re.Pattern[str]:
    return re.compile(_filled(p, section, key), _FLAGS)


def _filled(p: Patterns, section: str, key: str) -> str:
    source = p.raw[section][key]
    for name, value in _fills(p):
        source = source.replace("{" + name + "}", value)
    return source


@cache
def _person_title() -> str:
    """The ``{person_title}`` fill, built once for :func:`_fills` and the roll headings
    :func:`load` compiles."""
    return _person_titles(lexicon_data()["people"])


def _person_titles(people: dict[str, Any]) -> str:
    """The lexicon's titles before a person's name (``people.titles``) as one alternation for
    a case-sensitive pattern (:func:`title_alternation`), so the structural reader and the
    language pipeline know the same titles."""
    return title_alternation(people["titles"], people)


def capacity_titles(people: dict[str, Any]) -> frozenset[str]:
    """The titles before a name that are the post its holder attends in (``people.post_titles``:
    "PCSO Ann Bell", "Detective Inspector R Hale"), less those printed as a title that are
    no capacity (``people.roll_titles_not_posts``: "Alderman", "Provost", and "MP", whose seat
    is read after the name): the roll reader's (``attendance.title_posts``), here without
    spaCy. The prose reader marks all of ``post_titles`` (see lexicon.toml for why)."""
    return frozenset(t.lower() for t in people["post_titles"]) - frozenset(
        t.lower() for t in people["roll_titles_not_posts"])


def title_alternation(titles: Iterable[str], people: dict[str, Any]) -> str:
    """Titles before a name as one alternation for a case-sensitive pattern, longest first:
    each word capitalised or in capitals ("Cllr", "County Councillor", "PCSO"), a
    shortening's full stop optional ("Dr. Bell", "Sgt Bell": ``people.shortened_titles``);
    so a title in lower case ("the pc reported") is never read as one."""
    shortened = set(people["shortened_titles"])
    forms = set()
    for title in titles:
        words = title.rstrip(".").split()
        stop = r"\.?" if words[-1] in shortened else ""
        forms.add(r"\s+".join(f"(?:{re.escape(w.capitalize())}|{re.escape(w.upper())})"
                              if w.capitalize() != w.upper() else re.escape(w.upper())
                              for w in words) + stop)
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def _fills(p: Patterns) -> tuple[tuple[str, str], ...]:
    """What a pattern's placeholders stand for, in the order they are filled (a fill may hold
    placeholders filled after it). The council acronyms and tiers' initials before a
    councillor's title are the lexicon's (kg/data/nlp/lexicon.toml), written once for both
    the structural reader and the language pipeline: ``people.council_acronym_before_title``,
    ``people.councillor_tier_initials`` and ``organisations.not_council_acronyms``; so are
    the titles before a person's name (``people.titles``, :func:`_person_titles`) and a
    council's tiers (``organisations.council_tiers``, ``local_council_tiers``)."""
    people, orgs = lexicon_data()["people"], lexicon_data()["organisations"]
    initials = people["councillor_tier_initials"]
    if not all(len(c) == 1 for c in initials):
        raise ValueError("lexicon.toml [people] councillor_tier_initials: single letters only")
    not_council = "|".join(re.escape(a) for a in sorted(
        orgs["not_council_acronyms"], key=len, reverse=True))
    # A council's tiers (``organisations.council_tiers``), written once for councils' names
    # and councillors' titles alike; the local ones a named subset of them.
    local = council_tiers()[1]
    tier_words = sorted(set(council_tier_words()), key=lambda w: (-len(w), w))
    return (
        # A heading's date: any {date}, or one in figures with a two-figure year or the year
        # first (``[dates] heading_short_date``), which only a heading's own words make a date.
        ("heading_date", f"(?:{{date}}|{p.raw['dates']['heading_short_date']})"),
        ("date", p.date), ("time", p.time), ("initialled_name", p.initialled_name),
        ("remit", p.raw["attendance"]["remit"]),
        ("council_acronym_name", p.raw["attendance"]["council_acronym_name"]),
        ("not_council_acronym", rf"(?!(?:{not_council})\b)"),
        ("council_acronym_short", people["council_acronym_before_title"]),
        ("tier_initial", "[" + "".join(initials) + "]"),
        ("person_title", _person_title()),
        # each word of a tier, capitalised, as a council's name prints it ("Westshire County
        # Borough Council"; a pattern in (?i) reads any case)
        ("council_tier_word", "|".join(re.escape(w.capitalize()) for w in tier_words)),
        ("local_council_tier", "|".join(re.escape(t) for t in local)),
    )


@cache
def _date_rx(p: Patterns) -> re.Pattern[str]:
    return re.compile(p.date, re.IGNORECASE)


def _date_pattern(months: list[str], abbreviations: dict[str, int], weekdays: list[str],
                  welsh: list[str]) -> str:
    month_names = sorted([*months, *abbreviations], key=len, reverse=True)
    month = "(?:" + "|".join(month_names) + r")\.?"
    # A bilingual date prints the Welsh month (or the same month again) before the English
    # one: "13 Mai / May 2021", "4 Ebrill/April 2022".
    either = "(?:" + "|".join(sorted([*month_names, *welsh], key=len, reverse=True)) + ")"
    month = rf"(?:{either}[ \t]*/[ \t]*)?{month}"
    # "Tues. 4th May", "Monday, 10 May", "Monday the 10th of May"
    weekday = (r"\b(?:" + "|".join(sorted(weekdays, key=len, reverse=True))
               + r")\.?,?\s+(?:the\s+)?")
    # A space after the day, or none after an ordinal ("18thMay", as PDF text may print it);
    # PDF text may also set the ordinal apart from its number ("10 th February 2020");
    # "the 14th of May".
    # The formal "the 10th day of June 2013" too.
    day = r"\d{1,2}(?:[ \t]?(?:st|nd|rd|th)\s*|\s+)(?:(?:day\s+)?of\s+)?"
    # "Monday 5th March 2018", "15th January, 2018", "15 January", "20/09/2017"
    # The year may have lost its space as PDF text prints it ("Monday 24 February2014"), or
    # the space after it ("13 December 2010in Room 2", "held on Tuesday 13 September
    # 2016having been circulated"): a word after four figures is no part of the date.
    words = rf"(?:{weekday})?{day}{month}(?:,?\s*\d{{4}}(?![\d/])|(?![\w/]))"
    # Month first, as some parish pages print it: "October 30th 2023", "Monday, March 16th,
    # 2021"; only with its year, so "May 12 members" is no date.
    month_first = rf"(?:{weekday})?{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?![\w/])"
    # "20/09/2017", or with dots as some councils print it: "11.01.2024" (a year of four
    # digits, so no item number "1.2.3" or time "10.30" reads as a date).
    numeric = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d)"
    return f"(?:{words}|{month_first}|{numeric})"


def _committee_words(header: dict[str, Any]) -> tuple[str, ...]:
    """The words a committee's name holds (``Patterns.committee_words``): the lexicon's
    one-word committee words ([organisations] committee_words), capitalised as a heading
    prints them ("Sub-Committee"), then ``[header] committee_words_more``; one list of a
    council's committees that the structural reader and the language pipeline both read."""
    lexicon_words = [w.title() for w in lexicon_data()["organisations"]["committee_words"]
                     if " " not in w]
    return tuple(dict.fromkeys([*lexicon_words, *header["committee_words_more"]]))


def _with_lead(pattern: str, lead: str) -> str:
    """An attendance heading that may follow words printed before it in another language
    ("Presennol / Present:"): the lead goes, optional, after the heading's line start."""
    start = "^[ \\t]*"
    return pattern.replace(start, f"{start}(?:{lead})?", 1) if start in pattern else pattern


@cache
def load() -> Patterns:
    text = resources.files("kg").joinpath("data/patterns.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    d = raw["dates"]
    months = {m.lower(): i + 1 for i, m in enumerate(d["months"])}
    months.update({k.lower(): v for k, v in d["month_abbreviations"].items()})
    # "10.00 am", "4.00pm", "7.00.p.m.", or a 24-hour clock with a colon: "19:30"
    time = r"(?:\d{1,2}(?:[.:]\d{2})?[.\s]*[ap]\.?\s?m\.?|(?:[01]?\d|2[0-3]):[0-5]\d\b)"
    att = raw["attendance"]
    honorific_pattern = "|".join(re.escape(h) for h in sorted(
        {h.rstrip(".") for h in att["honorifics"]}, key=len, reverse=True))
    initialled_name = att["initialled_name"].replace(
        "{post_nominals}", att["post_nominals"]).replace("{honorifics}", honorific_pattern)
    # A heading may name the lexicon's titles before a person's name ({person_title}), as
    # the patterns :meth:`Patterns.rx` compiles do (one list for every reader).
    person_title = _person_title()
    return Patterns(
        raw=raw,
        date=_date_pattern(d["months"], d["month_abbreviations"],
                           [*d["weekdays"], *d["weekday_abbreviations"]], d["welsh_months"]),
        time=time,
        months=months,
        weekdays=tuple(d["weekdays"]),
        committee_words=_committee_words(raw["header"]),
        contact_role_words=frozenset(w.lower() for w in raw["header"]["contact_role_words"]),
        honorifics=tuple(att["honorifics"]),
        honorific_keys=frozenset(h.rstrip(".").casefold() for h in att["honorifics"]),
        honorific_words=frozenset(w.rstrip(".").casefold() for h in att["honorifics"]
                                  for w in h.split()),
        honorific_pattern=honorific_pattern,
        initialled_name=initialled_name,
        body_words=frozenset(w.lower() for w in att["body_words"]),
        role_words=frozenset(w.lower() for w in att["role_words"]),
        attendance_headings=tuple(
            StatusPattern(re.compile(_with_lead(h["pattern"].replace(
                "{initialled_name}", initialled_name).replace(
                "{person_title}", person_title), att["heading_lead"]), _FLAGS),
                h["status"]) for h in att["headings"]
        ),
        attendance_sentences=tuple(
            StatusPattern(re.compile(h["pattern"], _FLAGS), h["status"], h.get("scope", "anywhere"),
                          re.compile(h["anchor"], _FLAGS) if "anchor" in h else None,
                          re.compile(h["opens"], _FLAGS) if "opens" in h else None,
                          re.compile(h["head"], _FLAGS) if "head" in h else None,
                          re.compile(h["stops"], _FLAGS) if "stops" in h else None)
            for h in att["sentences"]
        ),
        sentence_anchor_lines=att["sentence_anchor_lines"],
    )


@cache
def given_names() -> frozenset[str]:
    """Common given names (kg/data/nlp/given_names.txt), read once for both the structural
    reader (cutting run-together names) and the language pipeline, without importing spaCy."""
    data = resources.files("kg").joinpath("data/nlp/given_names.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip() and not w.startswith("#"))


@cache
def lexicon_data() -> dict[str, Any]:
    """``kg/data/nlp/lexicon.toml`` as parsed TOML, read once for both the structural reader
    (:func:`body_words`) and the language pipeline (:func:`kg.nlp.lexicon.lexicon`), without
    importing spaCy."""
    data = resources.files("kg").joinpath("data/nlp/lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def _council_letters_data() -> tuple[frozenset[str], re.Pattern[str], frozenset[str],
                                     frozenset[str], frozenset[str]]:
    """lexicon.toml's seat letters, its councils' acronyms' shape, the acronyms of that shape
    that are no council's, service areas' words and people's titles, read once."""
    lex = lexicon_data()
    orgs, people = lex["organisations"], lex["people"]
    ends = "|".join(re.escape(e) for e in orgs["council_acronym_endings"])
    return (frozenset(people["seat_letters"]),
            re.compile(rf"[A-Z]{{1,4}}(?:{ends})|{orgs['council_acronyms_in_c']}"),
            frozenset(orgs["not_council_acronyms"]),
            frozenset(w.casefold() for w in [*people["service_areas"],
                                               *lex["posts"]["directorates"]]),
            frozenset(t.casefold() for t in people["titles"]))


def council_acronym(word: str) -> bool:
    """Whether a word is a council by its acronym: "CDC", "BDBC", "ERYC"
    (``council_acronym_endings``, ``council_acronyms_in_c``), not a commissioner's ("PCC").
    Shared by the roll reader and the language pipeline, which must agree on it."""
    _, shape, not_councils, _, _ = _council_letters_data()
    return bool(shape.fullmatch(word)) and word not in not_councils


def seat_letters(word: str) -> bool:
    """Whether a word after a name is a councillor's seat by its letters ("CC", "DC":
    ``people.seat_letters``) or a council's acronym ("KCC", "WDC"; not "PCC")."""
    return word in _council_letters_data()[0] or council_acronym(word)


def seat_ends_name(words: Sequence[str]) -> bool:
    """Whether the last of a name's words is a councillor's seat or a council by its letters
    (:func:`seat_letters`) after a name that has its surname: "Mr. J. Hale CC", "Jo Hale KCC".
    Not after an initial ("P R DC") nor after titles, initials and given names alone: a surname
    printed in capitals may have a council's shape ("Councillor Dai ISAAC", "Ann BLANC")."""
    titles, given = _council_letters_data()[4], given_names()
    return len(words) >= 2 and seat_letters(words[-1]) and len(
        words[-2].rstrip(".")) > 1 and any(
        len(w.rstrip(".")) > 1 and w not in given and w.casefold().rstrip(".") not in titles
        for w in words[:-1])


def service_name(words: Sequence[str]) -> bool:
    """Whether a name's words are a service's or department's name: the last a service
    area's word (``people.service_areas``: "Public Protection", "Corporate Services"), with
    no title, no initial and no known given name among them to say a person is named
    ("Cllr Care", "Ann Care", "P Health" are people; not "MS Teams", Microsoft's, whose
    letters are no title in a mixed-case name). Shared by the roll reader and the language
    pipeline."""
    _, _, _, areas, titles = _council_letters_data()
    given = given_names()
    shouted = all(w.isupper() for w in words)  # "MR J CARE": a title in capitals too
    return bool(words) and words[-1].casefold().strip(".,:()") in areas and not any(
        len(w.rstrip(".")) == 1 or w in given or (
            w.casefold().rstrip(".") in titles and (shouted or not w.isupper()))
        for w in words)


@cache
def council_tiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """lexicon.toml's ``[organisations] council_tiers`` and ``local_council_tiers`` (the
    tiers of a town's, parish's or community's own council, a named subset of them), each in
    its list's order: the one reader of both, for the structural reader and the prose pass
    alike."""
    orgs = lexicon_data()["organisations"]
    tiers, local = tuple(orgs["council_tiers"]), tuple(orgs["local_council_tiers"])
    if not set(local) <= set(tiers):
        raise ValueError("lexicon.toml [organisations] local_council_tiers: tiers of "
                         "council_tiers only")
    return tiers, local


@cache
def council_tier_words() -> tuple[str, ...]:
    """The words of lexicon.toml's ``[organisations] council_tiers``, each tier split
    ("county borough" gives "county" and "borough"), in the list's order: for councils' names
    and councillors' titles alike."""
    return tuple(w for t in council_tiers()[0] for w in t.split())


@cache
def councils_data() -> dict[str, list[str]]:
    """``kg/data/nlp/councils.toml``: the UK's principal councils by their full names, and
    the short forms joint bodies' rolls print for them."""
    data = resources.files("kg").joinpath("data/nlp/councils.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)["councils"]


@cache
def council_places() -> tuple[str, ...]:
    """The places the UK's principal councils are named by, longest first: the short forms
    joint bodies' rolls print ("East Renfrewshire", "Cheshire East") and each full name less
    the head words at its ends (``[councils] head_words``: "Glasgow City Council" →
    "Glasgow", "London Borough of Barnet" → "Barnet", "Perth and Kinross Council" → "Perth
    and Kinross"). A roll's member area before a name, or a place that opens a body's name
    (no given name), is one of these."""
    data = councils_data()
    places = set(data["short"]) | {place for name in data["names"]
                                   if (place := council_place(name))}
    return tuple(sorted(places, key=lambda w: (-len(w), w)))


def council_place(name: str) -> str:
    """A council's full name less the head words at its ends (``[councils] head_words``):
    "Glasgow City Council" → "Glasgow", "City of Edinburgh Council" → "Edinburgh"; "" where
    nothing is left."""
    words = name.replace(",", " ").split()
    i, j = council_place_bounds(words, _council_heads())
    return " ".join(words[i:j])


def council_place_bounds(words: Sequence[str], around: Collection[str]) -> tuple[int, int]:
    """Where a council's place stands among its name's ``words``: past the words ``around``
    it (casefolded) at either end, "City of Edinburgh Council" → (2, 3) with the head words.
    :func:`council_place` reads the gazetteer's head words so; the prose pass's joins read
    the tiers' words ("Town", "Parish") too."""
    i, j = 0, len(words)
    while i < j and words[i].casefold() in around:
        i += 1
    while j > i and words[j - 1].casefold() in around:
        j -= 1
    return i, j


@cache
def _council_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in councils_data()["head_words"])


@cache
def councils_by_place() -> dict[str, tuple[str, ...]]:
    """The gazetteer's full names of the principal councils (``councils.toml``) by their
    place (:func:`council_place`, lower case, "&" read as "and"): "edinburgh" → ("City of
    Edinburgh Council",), "wolverhampton" → ("City of Wolverhampton Council", "Wolverhampton
    City Council"), the names one council is printed by."""
    by_place: dict[str, list[str]] = {}
    for name in councils_data()["names"]:
        if place := council_place(name):
            by_place.setdefault(council_key(place), []).append(name)
    return {k: tuple(v) for k, v in by_place.items()}


@cache
def _council_run_on_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What :func:`council_run_on` compares with, built once: the principal councils' full
    names, every known body's name (lower case, "&" read as "and"), and the words that tie
    a council's name to the words before it (lexicon.toml's ``[chunks] connectors``,
    ``[organisations] inner_small_words`` and ``regions``)."""
    lex = lexicon_data()
    councils = frozenset(council_key(n) for n in councils_data()["names"])
    known = frozenset(council_key(n) for n in known_bodies())
    ties = frozenset(w.lower().replace("&", "and") for w in [
        *lex["chunks"]["connectors"], *lex["organisations"]["inner_small_words"],
        *lex["organisations"]["regions"]])
    return councils, known, ties


def council_key(name: str) -> str:
    """A council's name or place as two are compared (by :func:`council_run_on`,
    :func:`councils_by_place` and the prose pass's joins of a council's forms): lower case,
    "&" read as "and", blanks collapsed."""
    return " ".join(name.lower().replace("&", "and").split())


def council_run_on(name: str, starts: Sequence[int]) -> int | None:
    """Where a principal council's full name (from the gazetteer) starts in a body's name
    that ends in it with other words run on before it: the index, among the name's words
    (``starts``: where each word or mark of ``name`` starts, as spaCy's tokens or a roll's
    words split it), of the council's first word; None where there is none to cut. The words
    run on are a sub-item's heading on the sentence's line ("(a) Flood Defences Dorset
    Council"), a person's surname or a post's initials before a roll's council ("Jo Weyer
    Kent County Council"), a roll's note ("Substitute - Redcar & Cleveland Council"). Only a
    name in the gazetteer is cut to: it alone says where a council's name starts. Not cut: a
    name that is a known body or council itself, and one whose word before the council's
    name ties the two (a connector, an inner small word or a region's word: "Association of
    … Councils", "Lewes District and Eastbourne Borough Council", "North Dorset Council";
    a stop, comma or bracket, a list's items; a hyphen ties nothing, a heading's or a note's
    dash). Only the last eight words are tried (no council's name is longer). The one rule
    for the prose pass and the roll reader alike."""
    councils, known, ties = _council_run_on_words()
    n = len(starts)
    if n < 3 or council_key(name) in known:
        return None
    for j in range(max(1, n - 8), n - 1):
        before = name[starts[j - 1] : starts[j]].strip()
        tied = before != "-" if not any(c.isalnum() for c in before) else (
            before.lower().replace("&", "and") in ties)
        if council_key(name[starts[j]:]) in councils and not tied:
            return j
    return None


@cache
def name_tail_words(p: Patterns) -> frozenset[str]:
    """``[attendance] name_tail_words`` in lower case: the words a flattened roll prints
    after or between its names that are no one's ("Present", "Apologies", "Chair", a
    minute's words)."""
    return frozenset(w.casefold() for w in p.raw["attendance"]["name_tail_words"])


@cache
def bodies_data() -> dict[str, list[str]]:
    """``kg/data/nlp/bodies.toml``: the UK's national public and civic bodies that minutes
    name with no head word or by a short form ("Natural England", "HIE", "Grant Thornton")."""
    data = resources.files("kg").joinpath("data/nlp/bodies.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)["bodies"]


@cache
def known_bodies() -> frozenset[str]:
    """Every body known by name, lower case: lexicon.toml's ``organisations.known``, the
    councils of councils.toml and the national bodies of bodies.toml. One set, so that the
    structural reader and the language pipeline always know the same bodies."""
    orgs = lexicon_data()["organisations"]["known"]
    return frozenset(w.lower() for w in [*orgs, *bodies_data()["names"],
                                         *councils_data()["names"]])


@cache
def schemes_data() -> list[dict[str, Any]]:
    """``kg/data/nlp/schemes.toml``: the national programmes, funds and statutory plans every
    council's minutes name, each with its aliases and acronyms, read once."""
    data = resources.files("kg").joinpath("data/nlp/schemes.toml").read_text(encoding="utf-8")
    return list(tomllib.loads(data)["scheme"])


@dataclass(frozen=True)
class BodyWords:
    """The lexicon's words that tell a body's name from a post's or a place's, for the
    structural reader (which must not import spaCy): the heads bodies end in ("Trust",
    "Police", "ICB"), bodies known by name, national names with local branches ("NHS …",
    "Healthwatch …"), generic references that name no one body ("the Council"), and the heads
    posts end in ("Director", "Chair")."""

    heads: frozenset[str]
    known: frozenset[str]
    branches: tuple[str, ...]
    generic: frozenset[str]
    post_heads: frozenset[str]
    places: frozenset[str]
    trades: frozenset[str]
    trade_topics: frozenset[str]


@cache
def body_words() -> BodyWords:
    """The same lists of ``kg/data/nlp/lexicon.toml`` the prose pipeline uses."""
    lex = lexicon_data()
    orgs, posts = lex["organisations"], lex["posts"]
    return BodyWords(
        heads=frozenset(w.lower() for w in [*orgs["heads"], *orgs["acronym_heads"],
                                             *orgs["public_heads"]]),
        known=known_bodies(),
        branches=tuple(w.lower() for w in orgs["branches"]),
        generic=frozenset(w.lower() for w in [*orgs["generic"], *orgs["sessions_for"]]),
        post_heads=frozenset(w.lower() for w in [*posts["heads"], *posts["any_case"]]),
        places=frozenset(w.lower() for w in lex["chunks"]["generic_places"]),
        trades=frozenset(w.lower() for w in orgs["trades"]),
        trade_topics=frozenset(w.lower() for w in orgs["trade_topics"]),
    )



# The article before a name: "The" or "the" (a name in running text or a heading in title
# case), or in any case ("THE", a heading in capitals), then any run of blanks.
_THE = re.compile(r"^(?:The|the)\s+")
_THE_ANY_CASE = re.compile(r"(?i)^the\s+")


def without_the(text: str, *, any_case: bool = False) -> str:
    """``text`` less a leading "the": "the Clerk" acts as "Clerk", "The Finance Committee" is
    the Finance Committee. The one rule every reader of a name trims by. "The" or "the" only
    by default; ``any_case`` takes "THE" too, where the name may come from a line in capitals
    ("THE WESTBURY PARISH COUNCIL"). A name of the one word "The" stays."""
    return (_THE_ANY_CASE if any_case else _THE).sub("", text, count=1)


def name_key(text: str) -> str:
    """A name as two names are compared: in lower case, less a leading "the " ("The Finance
    Committee" and "finance committee" are one body). The one comparison key every reader
    compares names by; :func:`without_the` trims a name that is kept or shown."""
    return text.lower().removeprefix("the ")


def own_initials(words: Sequence[str], letters: str, titles: Collection[str] = (), *,
                 loose: bool = False) -> bool:
    """Whether ``letters`` are the initials of the person whose name is ``words``, as minutes
    print a person's own initials after her name; the one rule for both readers (the roll's
    seat letters, kg.attendance; the language pipeline's initials in brackets,
    kg.nlp.names).

    Strictly (the default), where other letters stand in the same place (a roll's "Mary
    Price MP / Ann Bell MP", her seat, beside "Mary Price MP / Carl Dean CD", initials): the
    initials of the name's words exactly, with or without its first word (an honorific: "Mr
    A Bell" is "AB"), a hyphened surname's halves each counted or not ("Ann Fox-Hale" is
    "AF" or "AFH").

    ``loose``, where letters in brackets after a name are either a body's initials or her
    own (and never a seat): with the words in ``titles`` left out, the first and last of her
    names' capitals ("Nic Brantwood (NB)", "Paul Bowring (PAB)"), or her names' capitals in
    their order ("Ann Marie Selwood (AM)", "Sam MacKellan (SMK)"), or, where only a title and
    a surname are printed, up to three letters that end with the surname's ("Cllr Gowland
    (KG)", "Mrs Hale (JH)"): the given name is not shown. (The strict reading is not
    taken besides: "Cllr Marie Bannerby (CMB)", a title's letter among them, is still read as
    a body's initials.)"""
    if not loose:
        plain = [w[0] for w in words if w[:1].isupper()]
        split = [part[0] for w in words for part in re.split(r"[-–]", w) if part[:1].isupper()]
        return any(letters in ("".join(ws), "".join(ws[1:])) for ws in (plain, split))
    names = [w for w in words if w.lower() not in titles]
    if not names:
        return False
    initials = "".join(c for n in names for c in n if c.isupper())  # "MacDonald": M, D
    if letters[0] == initials[0] and (letters[-1] == initials[-1] or _in_order(letters, initials)):
        return True  # "Ann Marie Selwood (AM)": her given names' initials
    return len(names) == 1 and len(words) > 1 and len(letters) <= 3 and (
        letters[-1] == names[0][0])


def _in_order(letters: str, initials: str) -> bool:
    """Whether ``letters`` are among ``initials`` in the same order."""
    rest = iter(initials)
    return all(c in rest for c in letters)


@cache
def _branch_prefixes() -> tuple[str, ...]:
    """The branches' names each with the space after it, for one ``str.startswith`` (a roll
    asks :func:`names_body` of every name)."""
    return tuple(b + " " for b in body_words().branches)


def names_body(text: str) -> bool:
    """``text`` (all of it) names one outside body, as a roll or a contact line prints it
    beside a person: "NHS Westshire ICB", "Westshire Police", "Eastvale Housing Association",
    "Healthwatch Westshire". Not a post ("Director of Public Health", "Chair of the Board": a
    post's head word before the body's), not a place or ward ("Burton": no head word), not a
    generic reference ("the Council"), and not a political group ("Labour Group")."""
    name = without_the(" ".join(text.split()), any_case=True).strip(" ,.;:")
    words = name.split()
    if not words or len(words) > 12 or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    bw = body_words()
    low = name.lower()
    if low in bw.generic or low in party_names() or (
            low.endswith(" group") and _party_group(low.split())):
        return False
    lowered = [w.lower().strip("()") for w in re.split(r"[\s/]+", name)]
    if any(w in bw.post_heads for w in lowered):
        return False  # "Director of Public Health", "Chair of the Board"
    if low in bw.known:
        return True
    if len(words) >= 2 and low.startswith(_branch_prefixes()):
        return True  # "NHS Westshire", "Healthwatch Westshire"
    if len(words) >= 2 and lowered[-1] in bw.trades and lowered[0] not in bw.trade_topics and (
            all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words)):
        return True  # "Eastmoor Homes", "Fernbury Housing": a firm by its trade, beside a name
    if len(words) < 2 or lowered[-1] not in bw.heads:
        return False
    if all(w in bw.places for w in lowered[:-1]):
        return False  # "Town Centre", "County Hall": a ward or a building, not a body
    # "Labour Group", "Conservative Group": a party's members, not an outside body.
    return not (lowered[-1] in {"group", "groups"} and _party_group(lowered))


@cache
def party_names() -> frozenset[str]:
    """The parties councils' groups go by, in lower case (``organisations.party_names`` in
    ``kg/data/nlp/lexicon.toml``, which the language pipeline reads too): a roll may print a
    member's group beside the name, "Cllr A Bell (Labour Group)"."""
    return frozenset(lexicon_data()["organisations"]["party_names"])


@cache
def party_surnames() -> frozenset[str]:
    """Parties' words that are common surnames too (``organisations.party_words_as_surnames``:
    "green", "reform"), a member's name when one stands alone in a roll, beside
    :func:`party_names`."""
    return frozenset(lexicon_data()["organisations"]["party_words_as_surnames"])


@cache
def party_name_words() -> int:
    """The most words a party's name has (:func:`party_names`: "scottish national party"),
    how far a roll's run of captions is matched at once."""
    return max(len(n.split()) for n in party_names())


@cache
def party_initials() -> frozenset[str]:
    """Parties by their initials (``organisations.party_initials`` in
    ``kg/data/nlp/lexicon.toml``: "UKIP", "SNP", "LAB"), as a roll prints them after a name;
    the structural readers' side of the language pipeline's ``Lexicon.party_initials``,
    beside :func:`party_names`."""
    return frozenset(lexicon_data()["organisations"]["party_initials"])


def _party_group(words: list[str]) -> bool:
    """Whether ``words`` (a name in lower case, ending in "group") are a party's group on a
    council: "labour group", "liberal democrat group", or a party's name and more ("labour
    party group", "independent alliance group", "scottish national party group")."""
    words = words[:-1]
    return any(words[: len(n.split())] == n.split() for n in party_names())
