"""Long lines read as short ones: the facts read from a line run on for thousands of
characters (a page flattened into one line, a long roll, blanks of a justified PDF line) are
those read from a short line of the same shape. Behaviour only: how fast such lines are read
is measured by benchmarks/long_lines.py (round 35 made the shapes below linear)."""

from __future__ import annotations

from kg.extract import extract
from kg.prose import read_prose

HEAD = "Minutes of the Parish Council held on 3 May 2022 at 7pm\n\n"


def _page(text: str):
    minutes = extract(text)
    read_prose([(text, minutes)])
    return minutes


def _mentions(minutes) -> set[tuple[str, str]]:
    return {(m.kind, m.label) for it in minutes.items for m in it.mentions}


def _followups(minutes) -> set[str]:
    return {f.text for it in minutes.items for f in it.followups}


def _attendees(minutes) -> set[tuple[str, str, str | None]]:
    return {(a.name, a.status, a.capacity) for a in minutes.attendance}


def _item(line: str) -> str:
    return HEAD + f"1. Planning\n{line}\n\n2. Finance\nThe clerk would pay it.\n"


def _roll(line: str) -> str:
    return HEAD + f"{line}\n\n1. Apologies\nNone.\n\n2. Planning\nNoted.\n"


NAMES = ["Alan Bell", "Carl Dean", "Eve Fox", "Gail Hale", "Ian Jones", "Kay Lowe"]


def test_a_long_roll_of_titled_names_reads_each_name_as_a_short_one_does() -> None:
    """people._listed_surnames does not scan a list that did not close again from each of
    its names: the names are the same."""
    unit = ", ".join(f"Cllr {n}" for n in NAMES) + ", "
    short, long = _page(_item(unit)), _page(_item(unit * 60))
    assert _mentions(long) == _mentions(short)
    assert ("person", "Alan Bell") in _mentions(long)
    roll_short, roll_long = _page(_roll("Present: " + unit)), _page(_roll("Present: " + unit * 60))
    assert {a.name for a in roll_long.attendance} == {a.name for a in roll_short.attendance}


def test_known_posts_among_many_names_are_read_as_in_a_short_line() -> None:
    """bodies.py finds the posts inside each known post's match by an index, not by scanning
    every span: the same posts and people."""
    unit = ("the Monitoring Officer and Ann Bell, the Clerk, Carl Dean, the Member Services "
            "Officer, the clerk and treasurer, ")
    short, long = _page(_item(unit)), _page(_item(unit * 40))
    assert _mentions(long) == _mentions(short)
    assert {("post", "Monitoring Officer"), ("person", "Ann Bell")} <= _mentions(long)


def test_asks_over_a_long_line_give_the_same_follow_ups() -> None:
    """followups._under_resolution reads the 400 characters before each unit from the page's
    text: the same follow-ups, at the line's start and far along it."""
    unit = "Cllr Bell asked the Clerk whether the budget would be met; "
    ask = "RESOLVED: that the Clerk write to the highways authority. "
    short = _page(_item(unit + ask))
    long = _page(_item(unit * 80 + ask))
    assert _followups(long) == _followups(short)
    assert _followups(long)


def test_roll_headings_before_a_long_run_of_blanks_read_as_before_a_short_one() -> None:
    """The Welsh headings, the table-row headings and the officers' heading in capitals
    read a run of blanks once: the same roll after three blanks or five thousand."""
    for heading in ("Presennol /{B}Present:{B}", "Presennol:{B}", "Yn bresennol -{B}",
                    "Present{B}|{B}", "Ymddiheuriadau /{B}Apologies{B}|"):
        rolls = []
        for blanks in ("   ", " " * 5000, "\t" * 5000):
            line = heading.replace("{B}", blanks) + " Cllr Ann Bell, Cllr Carl Dean"
            rolls.append(_attendees(_page(_roll(line))))
        assert rolls[0] == rolls[1] == rolls[2], heading
    officers = [_attendees(_page(_roll("Present: Cllr Ann Bell\nCOUNCIL OFFICERS PRESENT"
                                       + blanks + "\nJo Hale, Clerk")))
                for blanks in ("  ", " " * 5000)]
    assert officers[0] == officers[1]


def test_a_roll_of_initials_and_table_bars_with_long_blanks_is_read_the_same() -> None:
    """name_initials and layout_field_gap open only where a run of blanks does: the same
    names after three blanks or five thousand."""
    for line in ("Penny Bell (PB),{B}Carl Dean (CD),{B}Eve Fox (EF)",
                 "Present: | Cllr Ann Bell |{B}| Cllr Carl Dean |{B}|"):
        found = [_attendees(_page(_roll(line.replace("{B}", blanks))))
                 for blanks in ("   ", " " * 5000)]
        assert found[0] == found[1], line
        assert found[0], line
