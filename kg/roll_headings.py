"""Where a roll's headings stand: the heading that opens a line (a list bullet before it set
aside, or a status word alone), a heading wrapped over two lines, and the lines that end a
list of names. Kept apart from kg/attendance.py, which reads the names under them."""

from __future__ import annotations

import re

from kg.patterns import Patterns
from kg.segment import Line


def unbulleted(line: str, p: Patterns) -> str:
    """The line with a list bullet before its first word (``[attendance] heading_bullet``)
    blanked out, the offsets kept: the bullet is the list's mark, no part of the heading."""
    m = p.rx("attendance", "heading_bullet").match(line)
    return " " * m.end() + line[m.end():] if m else line


def heading_at(line: str, p: Patterns) -> tuple[str, re.Match[str]] | None:
    """The status and match of the attendance heading that opens ``line``, a bullet before it
    set aside ("- Present: …"). A bulleted heading counts only with names after it on its
    line: a bulleted word alone ("• Attendance" / "• Visitors") is a page's menu. A status
    word alone on its line ("Apologies") heads the names below it, in the roll only."""
    bare = unbulleted(line, p)
    found = next(((h.status, m) for h in p.attendance_headings if (m := h.pattern.match(bare))),
                 None)
    if found and bare != line and not bare[found[1].end():].strip():
        return None
    if found is None and bare == line and (m := p.rx("attendance", "status_alone").match(line)):
        return ("Apologies" if m.group("apologies") else "Absent"), m
    return found


def split_heading(ls: list[Line], i: int, p: Patterns) -> tuple[str, int] | None:
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


def ends_list(line: str, p: Patterns) -> bool:
    """A list of names runs on over lines until another heading, or a line in capitals
    ("PART ONE", "MINUTES") that heads the next part of the page, or a line that opens a
    sentence about attendance ("Apologies for absence were intimated on behalf of …")."""
    if heading_at(line, p):
        return True
    if any(sp.pattern.match(line.lstrip()) for sp in p.attendance_sentences):
        return True
    if p.rx("markers", "minutes_page").fullmatch(line.strip()):
        return True  # the page's caption over its items ("Item Number Item/Resolution")
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
