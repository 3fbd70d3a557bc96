"""Put back the line breaks of a page whose text was run onto one line.

PDF text and search-index excerpts may give a whole page of minutes as one line ("… Present:
Cllr A, Cllr B. 1. APOLOGIES FOR ABSENCE … 2. DECLARATIONS OF INTEREST None. 3. …"); the
structural reader finds items and attendance lists by where lines start, so on such a page
it finds none. :func:`restore_line_breaks` gives a *view* of the text in which some single
spaces are turned into line breaks, and nothing else changes: the view has the same length
as the source and every character but those spaces is the same, so any offset found in the
view is an offset into the source, and every fact keeps its exact source span
(:func:`source_spans` puts the source's own characters back into the spans' quotes).

Only long lines are touched, and only before marks that start a line in minutes: an
attendance heading with its colon ("Present:", "Apologies:", "Also in attendance:") and a
run of item numbers that count up ("1. APOLOGIES … 2. DECLARATIONS … 3. …"), so a number
inside a sentence ("in paragraph 2. The …") is left alone unless it is part of such a run.
:func:`mend_label_colons` does the same for a roll's label typed with a semicolon for its colon.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from kg.patterns import Patterns
from kg.records import Span


def restore_line_breaks(text: str, p: Patterns) -> str:
    """The text with a line break for each space before an item number or an attendance
    heading inside a run-on line (a line longer than ``[layout] run_on_line_chars``), and
    for each full stop glued to such a heading on any line ("… Upton.Attendance:Ann Bell");
    the text itself when it has neither."""
    cfg = p.raw["layout"]
    long_line = re.compile(rf"[^\n]{{{int(cfg['run_on_line_chars'])},}}")
    breaks: set[int] = set()
    glued: set[int] = set()  # full stops glued to a heading: they become the line break
    for line in long_line.finditer(text):
        start, end = line.span()
        for m in p.rx("layout", "break_before").finditer(text, start, end):
            if m.start() > start:
                breaks.add(m.start() - 1)
        for m in p.rx("layout", "break_after").finditer(text, start, end):
            breaks.update((m.start() - 1, m.end()))
        breaks.update(_numbered_run(text, start, end, p))
    # A full stop glued to a roll's heading is PDF text's join on any line, long or short.
    glued.update(m.start("mark") for m in p.rx("layout", "break_glued").finditer(text))
    return _put_at(text, {b for b in breaks if text[b] == " "} | glued, "\n")


def unmark_html(text: str, p: Patterns) -> str:
    """The text with HTML tags left in it blanked (spaces, so offsets hold), a block tag's
    last character made a line break (``[layout] html_tag``, ``html_block_tags``): "<p>Present:
    A Bell</p><p>Apologies: C Dean</p>" reads as two lines. The text itself when it holds
    fewer than ``html_min_tags`` block tags."""
    cfg = p.raw["layout"]
    blocks = {t.casefold() for t in cfg["html_block_tags"]}
    tags = list(p.rx("layout", "html_tag").finditer(text))
    if sum(m.group("name").casefold() in blocks for m in tags) < int(cfg["html_min_tags"]):
        return text
    chars = list(text)
    for m in tags:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
        if m.group("name").casefold() in blocks:
            chars[m.end() - 1] = "\n"
    return "".join(chars)


def mend_label_colons(text: str, p: Patterns) -> str:
    """The text with a colon for each semicolon that a roll's label at a line's start was
    typed with, set apart by a space ("Present ; Cllrs A and B", "In Attendance ; C Dean ,
    E Fox", ``[layout] semicolon_label``); the text itself when it has none. A semicolon
    right after a word ("Cllr A; Cllr B") parts names in a list and is left alone. Like a
    restored line break, the colon stands at the semicolon's offset, so spans stay the
    source's."""
    return _put_at(
        text, {m.start("mark") for m in p.rx("layout", "semicolon_label").finditer(text)}, ":")


def _put_at(text: str, offsets: set[int], char: str) -> str:
    """The text with ``char`` in place of the character at each offset: one character for
    one, so every span found later is still the source's."""
    if not offsets:
        return text
    chars = list(text)
    for at in offsets:
        chars[at] = char
    return "".join(chars)


def _numbered_run(text: str, start: int, end: int, p: Patterns) -> list[int]:
    """The spaces before item numbers in a line that count up from one number to the next
    (each at most ``[layout] max_number_gap`` more than the last), in a run of at least two;
    plain numbers with their full stop ("3. …") and numbers with a committee's letters
    ("EB 118 …") are runs of their own."""
    gap = int(p.raw["layout"]["max_number_gap"])
    runs = [[(int(m.group("number")), m.start())
             for m in p.rx("layout", "item_number").finditer(text, start, end)]]
    # Numbers with a committee's letters ("EB117 … EB 118 …"): a run of one set of letters.
    lettered: dict[str, list[tuple[int, int]]] = {}
    for m in p.rx("layout", "lettered_item_number").finditer(text, start, end):
        lettered.setdefault(m.group("letters"), []).append((int(m.group("number")), m.start()))
    runs.extend(lettered.values())
    found: list[int] = []
    for candidates in runs:
        found.extend(_longest_run(candidates, gap))
    return found


def _longest_run(candidates: list[tuple[int, int]], gap: int) -> list[int]:
    """The offsets less one (the spaces before them) of the longest run of numbers that count
    up, each at most ``gap`` more than the last, if it has two numbers or more."""
    best: list[tuple[int, int]] = []
    for i, (number, at) in enumerate(candidates):
        run = [(number, at)]
        for later, where in candidates[i + 1:]:
            if 0 < later - run[-1][0] <= gap:
                run.append((later, where))
        if len(run) > len(best):
            best = run
    return [at - 1 for _, at in best] if len(best) >= 2 else []


def source_spans(record: Any, source: str) -> Any:
    """The record with every :class:`Span` inside it quoting ``source`` again (the view and
    the source differ only in the restored line breaks, at the same offsets)."""
    if isinstance(record, Span):
        return Span(record.start, record.end, source[record.start:record.end])
    if isinstance(record, list):
        return [source_spans(r, source) for r in record]
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if isinstance(value, (Span, list)) or (
                    dataclasses.is_dataclass(value) and not isinstance(value, type)):
                setattr(record, f.name, source_spans(value, source))
    return record
