"""Cut a minutes text into its parts: the header, and one region per agenda item.

Minutes come in two shapes. PDF text and most ModernGov pages print item numbers, either on
the title's line ("28. Declarations of Interest") or alone above it ("3a"); page extractions
often lose the numbers, and then an item shows only as a short title line after a wider gap.
Both shapes end up as the same :class:`ItemRegion` list, so the rest of the extractor never
needs to know which one it read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import zip_longest

from kg.patterns import Patterns
from kg.records import Span

_BLANK = re.compile(r"^[\s\u00a0\u200b]*$")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first character of the line
    end: int  # offset just past its last character (newline excluded)
    text: str

    @property
    def blank(self) -> bool:
        return bool(_BLANK.match(self.text))

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t\u00a0"))


@dataclass(frozen=True)
class ItemRegion:
    number: str | None
    heading_start: int  # where the number (or the title, if none) starts
    title_start: int
    title_end: int  # end of the title line, link furniture included
    body_start: int
    body_end: int


def lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    for raw in text[start:end].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start:end`` to exclude surrounding whitespace (non-breaking spaces too)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def collapse(s: str) -> str:
    return " ".join(s.split())


def number_key(number: str) -> tuple[int, ...]:
    """Sort key for item numbers: ``3`` < ``3.1`` < ``3a`` < ``4``; ``CAB 12`` sorts by 12;
    ``61/22`` < ``62/22`` (number, year) and ``C 08/042`` < ``C 08/043`` (year, number)."""
    m = re.search(r"(\d+)([a-z]?)(.*)", number)
    assert m, number
    letter = ord(m.group(2)) - ord("a") + 1 if m.group(2) else 0
    return int(m.group(1)), letter, *(int(d) for d in re.findall(r"\d+", m.group(3)))


def _number_shape(
    number: str, alone: bool, bullet: bool = False, paren: bool = False
) -> tuple[bool, ...]:
    """How a heading prints its number: alone on its line or before the title, with a
    committee's letters ("CAB 12"), with a year ("77/21"), behind a bullet ("• 4."), closed
    by a bracket ("1) Minutes")."""
    return alone, number[:1].isalpha(), "/" in number, bullet, paren


def _stopped_number(number: str, after: str) -> bool | None:
    """Whether a number is printed with a full stop or a decimal point ("383.", "5.1") or
    bare ("1"); None for a sub-item's letter ("3a"), which pages print bare under "3."."""
    if number[-1:].isalpha():
        return None
    return after.startswith(".") or "." in number


def _has_sentence_word(title: str, p: Patterns) -> bool:
    words = p.raw["items"]["sentence_words"]
    return any(w.lower().strip(",;:.") in words for w in title.split())


def _stopped_title(title: str, p: Patterns) -> bool:
    """"Minutes of the last meeting." on its number's line: a short title in mixed case that
    ends in a full stop, told from a sentence by having no verb-like word."""
    words = title.rstrip(".").split()
    items = p.raw["items"]
    if not title.endswith(".") or title.endswith("..") or len(words) > items[
        "max_stopped_title_words"
    ]:
        return False
    if _has_sentence_word(title, p) or re.search(r"\.\s+[A-Z(]", title):
        return False  # "… in working order. Action complete.": two sentences
    return looks_like_title(title.rstrip("."), p)


def looks_like_title(s: str, p: Patterns, max_words: int | None = None) -> bool:
    """Titles are short and do not end like a sentence; prose lines do."""
    s = p.rx("items", "document_link").sub("", s)
    s = collapse(s)
    if not s or len(s.split()) > (max_words or p.raw["items"]["max_title_words"]):
        return False
    if not any(c.isalpha() for c in s):  # a paragraph number ("3.1.1"), a time, a date
        return False
    if re.search(r"[;,]\s*(?:and|or)$", s):  # a clause of a list: "… be noted; and"
        return False
    # A sentence ends in a full stop; a title in capitals may too ("APOLOGIES FOR ABSENCE.").
    if s[-1] in ".,;:" and not s.endswith("...") and any(c.islower() for c in s):
        return False
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "(“\"'‘"):
        return False
    if p.rx("resolutions", "marker").match(s) or p.rx("items", "label_lines").match(s) or (
            p.rx("items", "action_line").match(s)):
        return False
    return not p.rx("items", "presented_by").match(s)


def _next_nonblank(ls: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(ls)):
        if not ls[j].blank:
            return j
    return None


_BARE_NUMBER = re.compile(r"^[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]*$")


def _caps_title(title: str, p: Patterns) -> int | None:
    """Where a title in capitals ends when the minute runs on after it on the same line:
    "APOLOGIES FOR ABSENCE. There were none." → the title is "APOLOGIES FOR ABSENCE". The
    words before the first full stop must be mostly capitals (a date may be in mixed case:
    "MINUTES OF MEETING, March 16th 2021"), so a sentence is never cut into a title."""
    m = re.search(r"\.[ \t]+(?=[A-Z(“\"'‘])", title)
    if m is None:
        return _caps_title_run_on(title, p)
    head = title[: m.start()]
    letters = [c for c in head if c.isalpha()]
    first = head.split()[0] if head.split() else ""
    if len(letters) < 4 or not (first.isupper() and len(first) > 1):
        return None
    if head.split()[-1].lower() in _ABBREVIATIONS and not head.split()[-1].isupper():
        return _caps_title_run_on(title, p)  # "APOLOGIES Cllr. A Bell, Cllr. C Dean."
    if sum(c.isupper() for c in letters) < 0.7 * len(letters) or not looks_like_title(head, p):
        return _caps_title_run_on(title, p)  # "PUBLIC QUESTIONS One member asked … . The"
    return m.start()


def _caps_title_run_on(title: str, p: Patterns) -> int | None:
    """Where a title in capitals ends when the minute runs on after it with no full stop
    between: "APOLOGIES Apologies for absence were received …", "PRESENT Councillors: A, B,
    …". The cut comes before the first word in mixed case; the words before must be capitals
    (two words or more, or one of six letters or more, so an acronym opening a mixed-case
    title — "CCTV Update" — is never cut off), and the words after must read as a sentence
    (a verb-like word, a label such as "Councillors:", or eight words or more on a line
    that is no title as it stands)."""
    words = list(re.finditer(r"\S+", title))
    k = 0
    while k < len(words) and not re.match(r"[A-Z][a-z]|[-–—]$", words[k].group()):
        k += 1
    if k == 0 or k == len(words):
        return None
    head = title[: words[k - 1].end()]
    rest = title[words[k].start() :]
    if words[k].group() in "-–—":
        # "PUBLIC FORUM - monthly event limited to …": a dash between the title and its
        # minute (or the agenda's note) belongs to neither.
        rest = title[words[k].end() :].strip()
        letters = [c for c in head if c.isalpha()]
        if rest and len(letters) >= 6 and not any(c.islower() for c in letters) and (
                looks_like_title(head, p)):
            return words[k].end()  # the dash ends the title's part, as "MINUTES - Resolved"
        return None
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return None
    if p.rx("attendance", "attendance_item").fullmatch(head.strip()) and "," in rest:
        # "PRESENT Cook (Clerk), S. Hannant, P. Jackson …": a roll's label in capitals glued
        # to its first name; the list after it is the item's, read as its roll.
        return words[k - 1].end()
    if k < 2 and len(letters) < 6:
        return None
    # "DECLARATIONS OF INTEREST None.": one whole sentence after the title is its minute.
    # (An abbreviation's or an initial's full stop ends no sentence: "Cllr. J Irwin.")
    whole = re.sub(r"(?i)\b(?:[a-z]|" + "|".join(_ABBREVIATIONS) + r")\.", lambda a: a.group()[:-1],
                   rest.strip())
    sentence = _has_sentence_word(rest, p) or bool(re.match(r"[A-Z][a-z]+:", rest)) or bool(
        re.fullmatch(r"[A-Z][^.!?]*[.!?]", whole))
    if looks_like_title(title, p) and not sentence:
        return None
    if not (sentence or len(rest.split()) >= 8) or not looks_like_title(head, p):
        return None
    return words[k - 1].end()


def _next_to(number: str, others: set[str]) -> bool:
    """Whether the numbers just before and after ``number`` ("1" and "3" for "2") are both in
    ``others``: one side alone may be a numbered sentence in the minute of the item before."""
    if not number.isdigit():
        return False
    return str(int(number) - 1) in others and str(int(number) + 1) in others


_ABBREVIATIONS = {"st", "mr", "mrs", "ms", "dr", "no", "cllr", "rev", "revd", "prof", "capt"}


def _mixed_title_head(title: str, p: Patterns) -> int | None:
    """Where a short title in mixed case ends when the minute runs on after it on the number's
    line: "Public Participation. Stones had been placed …", "Finance. It was agreed to pay …",
    "Matters Arising:        The Chairman reported …" (a colon before a wide gap), "Open
    Session – Questions were taken …" (a dash, or a colon, before the minute). The words
    before must read as a short title with no verb-like word, and the words after as a
    sentence, so that "The report was noted. Members asked …" is never cut into a title."""
    m = re.search(
        r":(?=[ \t]{3,}\S|\t)|\.(?=[ \t]+[A-Z(“\"'‘])|[ \t][–—-](?=[ \t]+\S)|:(?=[ \t]+\S)", title)
    if m is None:
        return None
    head, rest = title[: m.start()].strip(), title[m.end() :]
    if m.group() not in ".:" or (m.group() == ":" and not re.match(r"[ \t]{3,}|\t", rest)):
        # "Open Session – Questions were taken …", "Apologies for absence: Cllr A; Cllr B":
        # a short title before a dash or a colon and its minute (or names) on the same line.
        words = head.split()
        # Only when what follows is a minute, not the rest of a title ("Executive Forward
        # Plan - 30 May to 30 September"): a sentence, or, after a colon, words that make
        # the line no title ("Apologies for absence: Cllr A; Cllr B.").
        # After a dash the minute may run on in lower case ("Approval of minutes … – these had
        # been circulated and were approved"), its first few words holding a verb.
        opens = re.match(r"[ \t]*(?:[A-Z][a-z]|(?:it|there)[ \t]+(?:was|were)\b)", rest) or (
            m.group() != ":" and re.match(r"[ \t]*[a-z]", rest)
            and _has_sentence_word(" ".join(rest.split()[:4]), p))
        minute = (bool(opens) and _has_sentence_word(rest, p)) or (
            m.group() == ":" and not looks_like_title(title, p)) or (
            m.group() != ":" and bool(p.rx("items", "minute_after_dash").match(rest)))
        ok = bool(words) and len(words) <= p.raw["items"]["max_stopped_title_words"] and (
            looks_like_title(head, p) and not _has_sentence_word(head, p) and minute)
        return m.start() if ok else None
    words = head.split()
    if not words or len(words) > p.raw["items"]["max_stopped_title_words"]:
        return None
    if words[-1].lower() in _ABBREVIATIONS or len(words[-1].strip("()")) == 1:
        return None  # "St. Mary's Church", "Cllr A. Bell", "Minutes of the last meeting a)."
    if not looks_like_title(head, p):
        return None
    # A label before a wide gap may hold such a word ("Matters Reported:   Potholes …").
    if m.group() == "." and (_has_sentence_word(head, p) or not _has_sentence_word(rest, p)):
        return None
    return m.start()


def _colon_title(line: str, p: Patterns) -> bool:
    """A title closed by a colon below its number ("47." / "Apologies for Absence:"), not a
    label ("Minutes:") nor a sentence that opens a list ("The following were noted:")."""
    s = line.strip()
    return s.endswith(":") and not p.rx("items", "label_lines").match(s) and looks_like_title(
        s[:-1], p) and not _has_sentence_word(s, p)


def _numbered_headings(
    text: str, ls: list[Line], p: Patterns, slack: int = 0
) -> list[ItemRegion]:
    """Headings that carry an item number. A page prints all its item numbers one way (alone
    on their line, or before the title; with or without a committee's letters or a year), so
    only headings of the page's most common shape count, and only while their numbers keep
    rising: a numbered list inside a minute or a stray page number is not taken for an item.
    Indentation is measured from the page's own margin (some pages indent everything);
    ``slack``: headings may sit that much further in (a web page's numbered list indents its
    numbers, "  1. Apologies", below a heading and paragraphs at the margin)."""
    number_line = p.rx("items", "number_line")
    number_title = p.rx("items", "number_title_line")
    a_date = p.date_rx
    margin = min((line.indent for line in ls if not line.blank), default=0)
    if slack:
        ls = [replace(line, text=" " * margin + line.text[line.indent:], start=line.start + (
            line.indent - margin)) if margin < line.indent <= margin + slack else line
              for line in ls]
    candidates: list[tuple[tuple[bool, ...], bool | None, tuple[str, int, int, int]]] = []
    sentences: set[str] = set()  # numbers printed before a sentence, not a title
    sentence_at: list[tuple[str, int]] = []
    weak_numbers: set[str] = set()  # numbers whose title is a short stopped sentence
    for i, line in enumerate(ls):
        if line.blank or line.indent > margin:
            continue
        body = line.text[margin:]
        if m := number_line.match(body):
            # PDF text may print a run of numbers above a title ("2." "2.1" "URGENT ITEMS"):
            # the item is the run's first number, and the title the line after the run.
            before = i - 1
            while before >= 0 and ls[before].blank:
                before -= 1
            if before >= 0 and _BARE_NUMBER.match(ls[before].text):
                continue
            j = _next_nonblank(ls, i)
            while j is not None and _BARE_NUMBER.match(ls[j].text):
                j = _next_nonblank(ls, j)
            # Below a number alone on its line, a short title may end in a full stop ("To
            # receive apologies for absence.", "Public Interest Test. pdf icon PDF 130 KB");
            # not below a paragraph's number ("3.9" over "(5.3) Grant - Action complete.").
            if j is not None and (looks_like_title(ls[j].text, p) or (
                "." not in m.group("number") and _stopped_title(
                    collapse(p.rx("items", "document_link").sub("", ls[j].text)), p)
            ) or _colon_title(ls[j].text, p)) and not number_line.match(ls[j].text.lstrip()):
                number = m.group("number")
                stop = _stopped_number(number, body[m.end("number") :].strip())
                candidates.append((_number_shape(number, True, bool(m.group("bullet"))), stop,
                                   (number, line.start + margin, ls[j].start, ls[j].end)))
        elif m := number_title.match(body):
            if a_date.match(body, m.start("number")):
                continue  # "17 April 2024 – Minutes (draft)": a date's day, not item 17
            title_start = line.start + margin + m.start("title")
            title = m.group("title")
            cut = _caps_title(title, p)
            if cut is None:
                cut = _mixed_title_head(title, p)
            weak = False
            if cut is not None and any(c.islower() for c in title[cut:]):
                title_end = title_start + cut  # "APOLOGIES. There were none"
            elif looks_like_title(title, p) and not (
                    re.search(r"[a-z)]\.[ \t]+[A-Z]", title) and _has_sentence_word(title, p)):
                title_end = line.end  # (a sentence, then words after it, is prose)
            elif _stopped_title(title, p):
                title_end, weak = line.end, True
            elif title.rstrip().endswith((":", ";")) and looks_like_title(
                    title.rstrip()[:-1], p) and not _has_sentence_word(title, p):
                # "1. Present:", "304-1.To receive apologies from Members:", "25/08 Matters
                # arising from the minutes;"
                title_end = line.end
            else:
                sentences.add(m.group("number"))
                sentence_at.append((m.group("number"), line.start))
                continue
            if "." in m.group("number") and _has_sentence_word(
                text[title_start:title_end], p
            ):
                continue  # "5.1. There were apologies from …": a numbered paragraph
            number = m.group("number")
            paren = bool(m.group("paren"))
            words = p.raw["items"]["sentence_words"]
            own = text[title_start:title_end].split()  # the title, not a minute after it
            if paren and (any(w.strip(",;:.") in words for w in own)
                          or re.match(r"(?i)that\b", m.group("title"))):
                continue  # "1) That the report be noted": a resolution's clause
            stop = _stopped_number(number, body[m.end("number") :])
            if weak:
                weak_numbers.add(number)
            candidates.append((_number_shape(number, False, bool(m.group("bullet")), paren), stop,
                               (number, line.start + margin, title_start, title_end)))
    # A short sentence ending in a full stop ("2. Rearrange the meeting.") between numbered
    # sentences ("1. Make the decisions in private …", "3. Defer the items …") is one entry
    # of a list inside a minute, not an item.
    candidates = [c for c in candidates if c[2][0] not in weak_numbers
                  or not _next_to(c[2][0], sentences)]
    if not candidates:
        return []
    counts = Counter(shape for shape, _, _ in candidates)
    shape = max(counts, key=lambda s: counts[s])  # ties: the shape seen first
    # Numbers closed by a bracket are clauses' on a page that numbers its items another way.
    others = {s: n for s, n in counts.items() if not s[-1] and n >= 2}
    if shape[-1] and others:
        shape = max(others, key=lambda s: others[s])
    # Full stop or none: the page's usual way, so a stray "1" above "383." is no item.
    stops = Counter(stop for s, stop, _ in candidates if s == shape and stop is not None)
    usual = None  # on a tie neither way is the page's own
    if stops and len(set(stops.values())) == len(stops):
        usual = max(stops, key=lambda s: stops[s])
    found: list[tuple[str | None, int, int, int]] = []
    last: tuple[int, ...] | None = None
    # A web page's numbered list copied as text may print every number "1.": three items or
    # more all numbered 1 are items whose numbers were lost.
    ones = [c for s, _, c in candidates if s == shape]
    if len(ones) >= 3 and all(c[0] == "1" for c in ones):
        return _regions(text, [(None, *c[1:]) for c in ones])
    kept = [(stop, c) for s, stop, c in candidates if s == shape and not (
        stop is not None and usual is not None and stop != usual)]
    for k, (_, candidate) in enumerate(kept):
        key = number_key(candidate[0])
        if last is not None and key <= last:
            continue
        found.append(candidate)
        # An item taken out of turn ("3. Minutes" / "6. Police report" / "4. Matters arising"):
        # a number that jumps ahead while the next heading goes back between the last and it
        # leaves the count where it was, so the items after it are not lost; so does a stray
        # number ("1 Sederunt" / "7 Members present" / "2 Declarations"). Never on the
        # page's first heading: an excerpt may open on any item, with a list inside it.
        after = number_key(kept[k + 1][1][0]) if k + 1 < len(kept) else None
        if not (last is not None and after is not None and key[0] > last[0] + 1
                and last < after < key):
            last = key
    return _regions(text, found, _sentence_stops(found, sentence_at))


def _sentence_stops(
    found: list[tuple[str | None, int, int, int]], sentence_at: list[tuple[str, int]]
) -> dict[int, int]:
    """Parish minutes number every paragraph as an item, some with a title and some with a
    sentence ("1203 Minutes of the meeting held on … were approved"): the sentence numbered
    next after an item ends that item's minute, so that what it records (a confirmation) is
    not put under the item before. Only the very next whole number counts, and only between
    two items, so a numbered list inside a minute ("1. … 2. …") ends nothing, nor does a
    sentence after the last item (what follows it may be the page's minutes). Returns
    the end of each item's body that such a line cuts short, by the item's index, with the
    sentence's number."""
    stops: dict[int, tuple[int, str]] = {}
    for k, (number, start, _, _) in enumerate(found):
        if not (number and number.isdigit()):
            continue
        if k + 1 == len(found):
            break  # after the last item the page may go on (an agenda's minutes below it)
        limit = found[k + 1][1]
        for n, at in sentence_at:
            if n.isdigit() and int(n) == int(number) + 1 and start < at < limit:
                stops[k] = (at, n)
                break
    return stops


def _regions(
    text: str, found: list[tuple[str | None, int, int, int]],
    stops: dict[int, tuple[int, str]] | None = None,
) -> list[ItemRegion]:
    """Item regions from their headings. A numbered sentence that cuts an item short ("3.
    There was one amendment to the minutes … The minutes were then adopted") is an item of its
    own with no title, its sentence its minute, so that what it records is read."""
    regions = []
    for k, (number, heading_start, title_start, title_end) in enumerate(found):
        body_end = found[k + 1][1] if k + 1 < len(found) else len(text)
        stop = (stops or {}).get(k)
        ts, te = strip_span(text, title_start, title_end)
        regions.append(ItemRegion(number, heading_start, ts, te, title_end,
                                  stop[0] if stop else body_end))
        # Not when the next heading bears the same number: the sentence is then a numbered
        # line inside the minute ("4. The bank balance was noted." above "• 4. Any other
        # business.").
        if stop and (k + 1 >= len(found) or found[k + 1][0] != stop[1]):
            at, n = stop
            opens = re.match(rf"[ \t]*{re.escape(n)}[.:)]?[ \t]*", text[at:])
            begin = at + (opens.end() if opens else 0)
            regions.append(ItemRegion(n, at, begin, begin, begin, body_end))
    return regions


def _paragraph_starts(ls: list[Line]) -> Iterator[tuple[int, int]]:
    """(line index, number of blank lines before it) for each paragraph's first line."""
    blanks = 2  # the first paragraph counts as standing apart
    for i, line in enumerate(ls):
        if line.blank:
            blanks += 1
            continue
        if blanks:
            yield i, blanks
        blanks = 0


def _unnumbered_headings(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """Items on pages that lost their numbers: a short title line set apart by a wider gap
    (two or more blank lines) than the single blank lines between paragraphs of a minute."""
    ls = lines(text, start)
    max_words = p.raw["items"]["max_unnumbered_title_words"]
    direction = re.compile(r"To[ \t]+[a-z][^\n]*\.")
    found: list[tuple[str | None, int, int, int]] = []
    for i, gap in _paragraph_starts(ls):
        line = ls[i]
        if i + 1 == len(ls) and not text.endswith("\n"):
            break  # the page was cut here: a sentence stopped short, not a title
        single_line = i + 1 == len(ls) or ls[i + 1].blank
        short = len(collapse(line.text).split()) <= max_words
        if p.rx("markers", "minutes_page").fullmatch(line.text.strip()) or p.rx(
                "header", "venue").match(line.text) or p.rx("header", "contact").match(line.text):
            continue  # the page's own labels ("No. Item", "Venue: …") head no item
        if gap >= 2 and single_line and short and looks_like_title(line.text, p):
            found.append((None, line.start, line.start, line.end))
        elif gap >= 2 and single_line and short and direction.fullmatch(line.text.strip()):
            # A row whose title was lost keeps the agenda's direction ("To receive apologies
            # for absence."), set apart as a title is: it stands for the title.
            found.append((None, line.start, line.start, line.end))
    return _regions(text, found)


def titled_paragraphs(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """Items on a page that lost its numbers and the wider gaps round its titles (a ModernGov
    page saved with one blank line between all its paragraphs): a title is a paragraph of one
    short line that reads as a title, not a label, with a sentence of the minute below it
    ("Declarations of Interests" / "Councillor A declared …"). Three at least, so a heading
    inside one item's minute makes no items of its own."""
    ls = lines(text, start)
    max_words = p.raw["items"]["max_unnumbered_title_words"]
    found: list[tuple[str | None, int, int, int]] = []
    starts = [i for i, _ in _paragraph_starts(ls)]
    # Each paragraph with the next one's start (None for the last); a page that ends on its
    # heading has none, and no items.
    for i, nxt in zip_longest(starts, starts[1:]):
        line = ls[i]
        single_line = i + 1 == len(ls) or ls[i + 1].blank
        if nxt is None or not single_line or len(collapse(line.text).split()) > max_words:
            continue
        if p.rx("markers", "minutes_page").fullmatch(line.text.strip()) or any(
                h.pattern.match(line.text) for h in p.attendance_headings):
            continue
        below = collapse(ls[nxt].text)
        if looks_like_title(line.text, p) and not looks_like_title(below, p) and (
                below.endswith((".", ":")) and len(below.split()) >= 4):
            found.append((None, line.start, line.start, line.end))
    return _regions(text, found) if len(found) >= 3 else []


def join_wrapped_titles(text: str, regions: list[ItemRegion], p: Patterns) -> list[ItemRegion]:
    """Numbered titles that PDF text or a narrow column wrapped onto a second line ("2. REPORT
    ON THE FUTURE OF THE" / "VILLAGE HALL", "4. Any other" / "business"): the second line is
    the title's, not the minute's first, when the first ends in a word no title ends with
    (``title_runs_on_words``) or both are in capitals (the first of four words or more), and
    the second is a short title-like
    line with a blank line (or the next item) after it."""
    runs_on = {w.lower() for w in p.raw["items"]["title_runs_on_words"]}
    most = p.raw["items"]["max_title_run_on_words"]
    out = []
    for r in regions:
        first = text[r.title_start:r.title_end]
        nl = text.find("\n", r.title_end)
        if r.number is None or not first.strip() or r.body_start != r.title_end or nl < 0 or (
                text[r.title_end:nl].strip()):
            out.append(r)
            continue
        nxt_end = text.find("\n", nl + 1)
        nxt_end = r.body_end if nxt_end < 0 or nxt_end > r.body_end else nxt_end
        second = text[nl + 1:nxt_end]
        after = text[nxt_end + 1:r.body_end] if nxt_end < r.body_end else ""
        last = first.split()[-1].lower()
        # Both in capitals, the first line a long one (a wrapped line is; "APOLOGIES" over
        # "NONE" is a title over its minute).
        caps = first.upper() == first and second.upper() == second and any(
            c.isalpha() for c in second) and len(first.split()) >= 4
        # (After "… for the" the line goes on in lower case: "extension at Mill Farm".)
        cand = second.strip()
        if cand and len(cand.split()) <= most and looks_like_title(
                cand[:1].upper() + cand[1:] if last in runs_on else cand, p) and (
                not after.strip() or _BLANK.match(after.split("\n", 1)[0])) and (
                last in runs_on or caps) and not _BARE_NUMBER.match(second):
            out.append(ItemRegion(r.number, r.heading_start, r.title_start, nxt_end, nxt_end,
                                  r.body_end))
        else:
            out.append(r)
    return out


def labelled_paragraphs(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """Items of a parish page that titles each minute by a label before a colon on its
    paragraph's first line ("Declaration of Interest: None given" / "Update Church Lane: After
    some delay …"): the label is the title, the minute runs on after the colon to the next
    such paragraph. A page's fields ("Date:", "Venue:"), attendance headings and a minute's
    furniture ("Proposed:", "Action:") are not items; three items at least, so that a few
    labelled lines inside one minute make none."""
    label_rx = p.rx("items", "labelled_paragraph")
    not_item = p.rx("items", "label_not_item")
    ls = lines(text, start)
    found: list[tuple[int, int, int, int]] = []
    for i, _ in _paragraph_starts(ls):
        line = ls[i]
        m = label_rx.match(line.text)
        if m is None:
            continue
        label = m.group("label").strip()
        if not_item.fullmatch(label) or not looks_like_title(label, p) or any(
                h.pattern.match(line.text) for h in p.attendance_headings) or p.rx(
                "resolutions", "marker").match(line.text):
            continue
        found.append((line.start, line.start + m.start("label"),
                      line.start + m.start("label") + len(label), line.start + m.end()))
    if len(found) < 3:
        return []
    return [ItemRegion(None, hs, ts, te, body, found[k + 1][0] if k + 1 < len(found)
                       else len(text)) for k, (hs, ts, te, body) in enumerate(found)]


def _single_item_page(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """An "Agenda item" page holds one item: the title is its first paragraph, if that is
    one line that reads as a title. Being the page's own heading, it may be as long as a
    title that lists several meetings' dates; a repeated "Agenda item" label is skipped, and
    a page whose title was lost (its first paragraph is the agenda's sentence) has none."""
    marker = p.rx("markers", "single_item_page")
    for s, e in paragraphs(text, start, len(text)):
        if marker.fullmatch(text, s, e):
            continue
        single_line = "\n" not in text[s:e]
        if single_line and looks_like_title(text[s:e], p, max_words=60):
            return [ItemRegion(None, s, s, e, e, len(text))]
        # A page saved without blank lines: the title is the first line when the next one
        # is a sentence of the minute ("The report was presented by …").
        first, _, rest = text[s:e].partition("\n")
        second = rest.split("\n", 1)[0].strip()
        if looks_like_title(first, p) and len(second.split()) >= 8 and second.endswith("."):
            t = s + len(first)
            return [ItemRegion(None, s, s, t, t, len(text))]
        return []
    return []


def _table_rows(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """Items of a ModernGov table kept by a converter ("No. | Item |"): a row starts on a line
    whose opening words read as a title and stop where the agenda's text or a label begins
    ("Apologies To receive …", "Apologies for Absence Minutes: …"), or whose title was lost
    and the agenda's direction stands in its place ("To confirm the minutes … Decision: …").
    Lines that go on with a row (its minute, a resolution, a wrapped sentence) start with a
    label or a marker, or read as prose up to the cut, and are no row of their own."""
    title_end = p.rx("markers", "table_title_end")
    untitled = p.rx("markers", "table_untitled_row")
    rule = p.rx("markers", "table_rule")
    label = p.rx("items", "label_lines")
    continues = re.compile(r"(?i)^(?:minutes|decision|additional\s+documents)\s*:")
    marker = p.rx("resolutions", "marker")
    inline_minutes = p.rx("markers", "inline_minutes_label")
    found: list[tuple[str | None, int, int, int]] = []
    # A row is open until its minute begins ("Minutes:") or the table closes it ("… |"): the
    # agenda's text of an open row may wrap onto a line that opens like a row ("To consider
    # the attached report …"), and a new row starts only once the one before has closed.
    open_row = False
    for line in lines(text, start):
        if line.blank or rule.match(line.text):
            open_row = open_row and not rule.match(line.text)
            continue
        lead = len(line.text) - len(line.text.lstrip(" \t|"))
        body = line.text[lead:]
        closes = bool(continues.match(body) or inline_minutes.search(body)) or body.rstrip(
            ).endswith("|")
        if open_row or continues.match(body) or marker.match(body) or label.match(body):
            open_row = open_row and not closes
            continue
        if m := untitled.match(body):
            end = m.end("title")
            title = body[:end]
        elif cut := title_end.search(body):
            end = cut.start()
            title = body[:end]
            if not title.strip() or title.rstrip().endswith(".") or len(title.split()) > 20:
                continue
            if not looks_like_title(title, p):
                continue
        else:
            continue
        at = line.start + lead
        found.append((None, at, at, at + end))
        open_row = not closes
    return _regions(text, found)


def _before_the_first(
    text: str, ls: list[Line], numbered: list[ItemRegion], p: Patterns
) -> list[ItemRegion]:
    """Parish minutes may take business before item 1 under headings in capitals with no
    number ("DECLARATIONS OF INTEREST" over "There were no interests declared.",
    "PARISHIONERS QUESTION TIME" over a parishioner's question): such a heading is an item
    when the line below it is a sentence of its minute, and only below the list of who
    attended, so the page's own title lines stay out; so do a label ("MINUTES") and a
    heading over the numbered items ("AGENDA ITEMS FOR DISCUSSION AND DECISION", with a
    numbered line below it)."""
    first = numbered[0].heading_start
    body = [line for line in ls if not line.blank and line.start < first]
    found: list[tuple[str | None, int, int, int]] = []
    marker = p.rx("markers", "minutes_page")
    seen_attendance = False  # only below the page's list of who attended
    for k, line in enumerate(body[:-1]):
        s = line.text.strip()
        if any(h.pattern.match(s) for h in p.attendance_headings):
            seen_attendance = True
            continue
        if not seen_attendance:
            continue
        letters = [c for c in s if c.isalpha()]
        if len(letters) < 6 or any(c.islower() for c in letters) or len(s.split()) < 2:
            continue
        if not looks_like_title(s, p) or marker.fullmatch(s) or any(
                h.pattern.match(s) for h in p.attendance_headings):
            continue
        below = body[k + 1].text.strip()
        if not any(c.islower() for c in below) or p.rx("items", "number_line").match(below) or (
                p.rx("items", "number_title_line").match(below)):
            continue
        if not (below.endswith(".") and len(below.split()) >= 4) and not _has_sentence_word(
                below, p):
            continue
        found.append((None, line.start, line.start, line.end))
    if not found:
        return []
    regions = _regions(text, found)
    return [*regions[:-1], replace(regions[-1], body_end=first)]


def item_regions(text: str, p: Patterns, start: int = 0) -> list[ItemRegion]:
    """The items of the minutes, looked for after ``start`` (the end of the page heading)."""
    if single := p.rx("markers", "single_item_page").search(text, start):
        return _single_item_page(text, single.end(), p)
    if (table := p.rx("markers", "table_start").search(text, start)) and (
        rows := _table_rows(text, table.end(), p)
    ):
        return rows
    # The same rows saved without the table's "No. | Item |" label: two lines or more that
    # carry a row's inline "Minutes:" label ("APOLOGIES Minutes: Apologies were received …").
    inline = p.rx("markers", "inline_minutes_label")
    if sum(1 for line in lines(text, start) if inline.search(line.text)) >= 2 and (
            rows := _table_rows(text, start, p)):
        return rows
    if issue := _issue_items(text, p):
        return issue
    ls = [line for line in lines(text) if line.start >= start]
    numbered = _numbered_headings(text, ls, p) or _numbered_headings(text, ls, p, slack=4)
    if len(numbered) == 1 and (cut := _cut_moderngov_page(text, start, p)):
        return cut  # one "Item 11 – …" line inside a minute is no numbering
    if numbered:
        return _before_the_first(text, ls, numbered, p) + numbered
    if start_marker := p.rx("markers", "items_start").search(text, start):
        return _unnumbered_headings(text, start_marker.end(), p)
    return _cut_moderngov_page(text, start, p)


def _issue_items(text: str, p: Patterns) -> list[ItemRegion]:
    """A ModernGov issue page that follows its issue through several meetings ("Meeting:
    08/07/2024 - Cabinet (Item 82)" / "82 Minutes of …", then "Meeting: 03/06/2024 - …
    (Item 62)" / "62 …"): each meeting's item is one item, its number and title on the line
    under the meeting's line. The numbers belong to different meetings and need not rise, so
    the numbered-heading reader would take a list inside a minute for the items instead."""
    meetings = [m for m in p.rx("header", "issue_meeting_line").finditer(text) if m.group("item")]
    if len(meetings) < 2:
        return []
    link = p.rx("items", "document_link")
    found: list[tuple[str | None, int, int, int]] = []
    for m in meetings:
        number = m.group("item").strip()
        below = re.compile(rf"[ \t]*\n(?:[ \t]*\n)*[ \t]*({re.escape(number)})\.?[ \t]+(\S[^\n]*)")
        if not (b := below.match(text, m.end())):
            return []
        title = link.sub("", b.group(2)).rstrip()
        found.append((number, b.start(1), b.start(2), b.start(2) + len(title)))
    regions = _regions(text, found)
    return [replace(r, body_end=meetings[k + 1].start()) if k + 1 < len(meetings) else r
            for k, r in enumerate(regions)]


def _cut_moderngov_page(text: str, start: int, p: Patterns) -> list[ItemRegion]:
    """A ModernGov page saved without its top (no "No. Item" label) still sets its titles
    apart by wide gaps and links their reports ("… pdf icon PDF 136 KB"): three such titles at
    least, one of them with a link, make the page's items."""
    found = _unnumbered_headings(text, start, p)
    link = p.rx("items", "document_link")
    # (each title cut out of the page: the link's pattern looks at the character before it)
    if len(found) >= 3 and any(link.search(text[r.title_start:r.title_end]) for r in found):
        return found
    # Saved without its links too: two of the standing items every meeting opens with
    # ("Apologies for Absence", "Declaration of Members' Interests") among the titles.
    standing = p.rx("items", "standing_title")
    if len(found) >= 3 and sum(
            1 for r in found if standing.match(text, r.title_start, r.title_end)) >= 2:
        return found
    return []


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines in ``text[start:end]``, trimmed."""
    out: list[tuple[int, int]] = []
    run: list[Line] = []
    for line in [*lines(text, start, end), None]:
        if line is None or line.blank:
            if run:
                out.append(strip_span(text, run[0].start, run[-1].end))
                run = []
            continue
        run.append(line)
    return out


def span(text: str, start: int, end: int) -> Span:
    start, end = strip_span(text, start, end)
    return Span(start, end, text[start:end])


def minutes_part(text: str, region: ItemRegion, p: Patterns) -> tuple[int, int]:
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
