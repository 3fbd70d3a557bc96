"""Attendance: who was present, sent apologies or attended, and in what capacity and for
which body, read from rolls, lists, tables and sentences of minutes (the structural
reader's part of :mod:`kg.extract`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache

from kg.patterns import (
    Patterns,
    StatusPattern,
    body_words,
    capacity_titles,
    council_places,
    council_run_on,
    council_tiers,
    given_names,
    lexicon_data,
    name_tail_words,
    names_body,
    own_initials,
    party_initials,
    party_name_words,
    party_names,
    party_surnames,
    seat_ends_name,
    seat_letters,
    service_name,
    title_alternation,
    without_the,
)
from kg.records import (
    Attendee,
    Span,
)
from kg.roll_headings import ends_list, heading_at, split_heading
from kg.segment import (
    ItemRegion,
    Line,
    collapse,
    lines,
    minutes_part,
    paragraphs,
    span,
    strip_span,
)


def is_body(name: str, p: Patterns) -> bool:
    """"NHS England", "Staffordshire Police" in a list of names: a body, not a person (a
    person's name keeps its honorific: "Mr John England" stays a person)."""
    words = name.split()
    if not words or words[0].casefold() in _honorifics_folded(p):
        return False
    return len(words) > 1 and words[-1].lower() in p.body_words


def is_committee(name: str, p: Patterns) -> bool:
    return bool(_committee_words_rx(p).search(name))


@cache
def _honorifics_folded(p: Patterns) -> frozenset[str]:
    """``p.honorifics`` casefolded, once per load: a name's first word is looked up, not
    compared with each (called for every name of a roll)."""
    return frozenset(h.casefold() for h in p.honorifics)


@cache
def _committee_words_rx(p: Patterns) -> re.Pattern[str]:
    """Any of ``p.committee_words`` as a whole word, one pattern per load (called for every
    name of a roll)."""
    words = "|".join(re.escape(w) for w in p.committee_words)
    return re.compile(rf"\b(?:{words})\b", re.I)


# -- attendance ---------------------------------------------------------------------------

# Names are split at tabs, commas, "and", and after a bracket closing one name's role:
# "Mac Cafferty (Chair) Appich (Opposition Spokesperson) and Bell".
# An apologies item whose title carries the names after a dash or a colon ("50a/19 Apologies:
# P Skidmore").
# Or after a comma: "1) Apologies, Will Bulstrode" (read strictly: names only).
TITLED_APOLOGIES = re.compile(
    r"(?i)apolog(?:y|ies)(?:\s+(?:for|of)\s+absence)?(?:[ \t]+[–—-][ \t]+|[ \t]*[:,][ \t]*)"
    r"(?P<names>\S[^\n]*)")

# "Name – Capacity" or "Post – Name" in a list: a dash with spaces round it (never the hyphen
# of a double-barrelled name).
# The first field never ends on a blank ((?<!\s): a shorter one would have matched first), so
# a run of blanks in the line is not rescanned from each of its places (here, in _TAGGED,
# _COMMA_ENTRY and _ACRONYM_AFTER: quadratic, 4 s for a roll line with 5,000 spaces).
_DASH = re.compile(r"(?P<a>\S.*?)(?<!\s)\s+[–—-]\s+(?P<b>\S.*)")
# A roll table's row flattened by the reader into cells parted by a spaced slash ("Ann
# Bell / Chair", "A. Bell* / Vice-Chair": a board's or company's roll, the star its key's
# mark, "*= director"): the name's cell, the slash, and the post or body's cell. Linear as
# _DASH is: the first field never ends on a blank.
_CELL = re.compile(r"(?P<a>\S.*?)(?<!\s)\*?[ \t]+/[ \t]+(?P<b>\S.*)")
# The same dash printed with no spaces, between a name and a post or body of two words or
# more ("Ian Bell-City Mayor", "Jo Hale-Westshire Police"); a double-barrelled surname
# ("Ann Lucas-Bell") has no further words after it.
_TIGHT_DASH = re.compile(r"(?P<a>\S[^–—-]*?[a-z])[–—-](?P<b>[A-Z][^\s–—-]*(?:[ \t]+\S+)+)")
# A roll's line "Name-Field" whose hyphen has no spaces ("Ann Bell-Abbey", "Carl Dean
# (Leader)-Castle Douglas and Glenkens"): the name (perhaps with a capacity in brackets), the
# first hyphen, and the ward, post or body it is listed with. One line alone may be a
# double-barrelled surname ("Ann Lucas-Bell"); only a roll set out so line after line reads
# it as two fields (``_hyphen_fields``). Linear: the name holds no hyphen.
_HYPHEN_ENTRY = re.compile(r"(?P<a>[A-Z][^–—\-\n]*?[a-z.)])-(?P<b>[A-Z][^\n]*)")
# A double-barrelled surname before a post with no dash of its own ("Mr I Lucas-Bell Co-opted
# member"): the name runs to the word after the hyphen, the post is the rest.
_BARRELLED_POST = re.compile(r"(?P<a>\S[^–—-]*?[a-z][–—-](?P<w>[A-Z][a-z'’]+))[ \t]+(?P<b>\S.*)")
# "Dr Ann Bell AB Clinical Chair", "Carl Dean (CD) Head of Governance": a roll's line that
# gives each person's initials (the tag the minutes then refer to them by) between their name
# and their post or body, the usual layout of NHS and joint bodies' rolls. The tag parts the
# two fields as a dash does, but only when it is the name's own initials (see _name_tag).
_TAGGED = re.compile(
    r"(?P<a>\S.*?)(?<![ \t])[ \t]+(?P<t>\(?(?P<tag>[A-Z]{2,4}[a-z]{0,2})\)?)[ \t]+(?P<b>[A-Z].*)")

# A field's label inside a roll run on in one line ("Cllr A Bell Councillors: C Dean, E Fox
# Clerk: Mrs G Hale Public: None"): one capitalised word, or two after a tier's or post's
# word ("Parish Clerk:", "Minutes Secretary:"), and a colon before the field's names. The
# roll is parted before such a label, but not inside one (after its leading word).
_LABEL_LEADS = ("Parish", "Town", "Community", "County", "District", "Borough", "City", "Ward",
                "Assistant", "Deputy", "Minutes", "Committee", "Locum",
                # a post's rank before its head: "Vice Chair:", "Acting Clerk:", "Interim
                # Clerk:", "Depute Provost:", "Lord Mayor:"
                "Vice", "Acting", "Interim", "Depute", "Lord")
_FIELD_LABEL_WORDS = rf"(?:(?:{'|'.join(_LABEL_LEADS)})[ \t]+)?[A-Z][a-z]+"
# A surname as rolls print one: a capital, lower case after it (an apostrophe allowed:
# "D'Arcy"), "Mc", "Mac" or "O'" before it ("McKay", "O’Neill"), a second half after a
# hyphen ("Fox-Hale"). One shape for every pattern here (and prose's) that reads a surname.
SURNAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"

# A wide gap (three spaces or more) parts a roll printed in columns as a tab does ("Cllr A
# Dale     County Cllr B Fox").
# "…, together with the Clerk, Ann Bell" joins a list as "and" does (and a Welsh page's "a/and").
# A full stop after a surname before an initial is a lost comma: "A. Inglethorpe. P. Darbery" (not
# after an honorific: "Mrs. E. Barnaby", "Messrs. B. Fisher"); so is one before an initial with
# no stop of its own and a surname that the list's comma or "and" ends: "J Hale. A Bell, C Dean"
# (not "… Ann Bell. A Member asked": no list goes on after it).
# Each part that opens on blanks is not tried inside a run of them (a blank before and at the
# place, the one before of the run's own kind and never a tab, which "\t+" takes first and may
# end on): no match ends before a blank, so finditer has tried the place before, where the
# same part matches to the same end, and nothing is lost; a run of 5,000 spaces is not
# rescanned from each of its places (quadratic: 6 s for a roll line).
def _name_split_rx(opens: str, after: str, row: str) -> re.Pattern[str]:
    """The pattern of the places that part a roll's names, with the guards of the parts that
    open on blanks: ``opens`` (the comma's and the bullet's), ``after`` (the "and"s') and
    ``row`` (a group's label's). ``_NAME_SPLIT`` lets them open after a tab; its two
    variants do not, for ``_name_splits`` (below). The three are built here, from one list
    of parts, so that they cannot drift apart: a part added that may open on a blank just
    after a tab must take its guard from these arguments (or be one that reads alike there,
    whatever the variant), else ``_name_splits`` no longer gives what
    ``_NAME_SPLIT.finditer`` gives — tests/test_long_lines.py compares the two on generated
    rolls."""
    return re.compile("|".join((
        r"\t+",
        r"(?<![ \u00a0])[ \u00a0]{3,}(?=[^\s,;&])(?!and\s)",
        opens + r"\s*[,;]\s*(?:(?:and|&|together\s+with)\s+|&(?=[A-Z]\.))?",
        after + r"\s+(?:and|&|or|together\s+with|a/and),?\s+",
        # "J Hale andA Bell", "S Cole, &M. N. Osei": an "and" typed against the initial
        # after it
        after + r"\s+(?:and|&)(?=[A-Z](?:\.|[ \t]+[A-Z]))",
        r"(?<=\))\s+(?=[A-Z])",
        # a group's label opens the next names in a roll run on ("… and J Smyth Councillors –
        # J Archibald-Brown, …", "… C Dean Aldermen: E Fox")
        row + r"[ \t]+(?=(?:Councillors|Aldermen|Members)[ \t]*(?::|[–—-][ \t]))",
        r"(?<=[a-z])" + "".join(rf"(?<!{w})" for w in _LABEL_LEADS)
        + rf"[ \t]+(?={_FIELD_LABEL_WORDS}[ \t]*:[ \t]*[A-Z])",
        # a bullet opens the next entry of a wrapped list
        opens + r"\s*\n[ \t]*(?=[•▪◦][ \t]*\S)",
        # … or, after a full stop, the next entry of a list run on in one line ("Cllr A Bell,
        # Cabinet Member for Housing. · C Dean, Corporate Director")
        r"(?<=[a-z)])\.[ \t]+(?=[•·▪◦][ \t]*[A-Z])",
        # a table's cells run together with no space: "Councillor A BellCouncillor C Dean",
        # "Mr E Fox, Chief ExecutiveMrs G Hale" (an honorific glued to the word before it)
        r"(?<=[a-z])(?=(?:Councillor|Cllr|Mrs|Mr|Miss|Ms|Dr)\.?[ \t]+[A-Z])",
        r"(?<![A-Z][a-z])(?<!Mrs)(?<!Miss)(?<!Messrs)(?<!Cllr)(?<!Cllrs)(?<!Prof)(?<!Rev)"
        r"(?<!Revd)(?<!Capt)(?<=[a-z]{2})\.\s+(?=[A-Z](?:\.\s|[ \t]+" + SURNAME
        + r"(?:[,;]|[ \t]+(?:and|&)[ \t])))",
    )))


_NAME_SPLIT = _name_split_rx(r"(?!(?<=[^\S\t])\s)", r"(?<![^\S\t])", r"(?<! )")
# The same parts, none of those that open on blanks opening after a tab; and the same but a
# group's label's.
_SPLIT_IN_RUN = _name_split_rx(r"(?!(?<=\s)\s)", r"(?<!\s)", r"(?<![ \t])")
_SPLIT_IN_ROW = _name_split_rx(r"(?!(?<=\s)\s)", r"(?<!\s)", r"(?<! )")
_BLANK = re.compile(r"\s")
_BLANKS = re.compile(r"\s+")
_ROW_BLANKS = re.compile(r"[ \t]*")


def _name_splits(chunk: str) -> Iterator[re.Match[str]]:
    """``_NAME_SPLIT.finditer(chunk)``: the same matches, in a time that grows as the chunk
    does. The parts that open on blanks are tried after each tab, where ``\\t+`` took the
    place before; a run of tabs and blanks in turn ("Cllr Ann Bell\\t \\t \\t … Cllr Carl
    Dean") had the comma's, the "and"s' and the bullet's parts scan the rest of the run from
    each blank after a tab (quadratic: most of the 18 s a run of 20,000 took, seat_posts'
    blanks the rest). Each of them runs over blanks to a word ("," ";" "and" "&", a bullet
    after a line break, a group's label) that ends the run, so where one matches at a place
    of a run, it matches at each earlier place of the run too (the bullet's needs a line
    break at or after the place: one there is after the earlier place as well); the group's
    label's reads spaces and tabs only, so the same holds within a run of those. They are
    therefore tried at the first place after a tab of a run (``_NAME_SPLIT``), and at the
    later ones of the same run (``_SPLIT_IN_RUN``) or of its spaces and tabs
    (``_SPLIT_IN_ROW``) they would fail; the variants differ from the whole pattern only by
    these guards (``_name_split_rx``), so elsewhere every variant reads a place alike.
    No part but ``\\t+`` ends before a blank, so the places after a tab are all just after
    one of its matches."""
    pos, run_end, row_end = 0, -1, -1
    while True:
        for m in _SPLIT_IN_RUN.finditer(chunk, pos):
            yield m
            at = m.end()
            if chunk[at - 1 : at] != "\t" or chunk[at : at + 1] == "\t" or not _BLANK.match(
                    chunk, at):
                continue  # not a blank after a tab: every variant reads the place alike
            if at >= run_end:  # the first such place of its run: every part is tried
                run_end, row_end = _BLANKS.match(chunk, at).end(), _ROW_BLANKS.match(
                    chunk, at).end()
                here = _NAME_SPLIT.match(chunk, at)
            elif at >= row_end:  # … of its spaces and tabs: the group's label's part too
                row_end = _ROW_BLANKS.match(chunk, at).end()
                here = _SPLIT_IN_ROW.match(chunk, at)
            else:
                continue
            fast = _SPLIT_IN_RUN.match(chunk, at)
            if here is not None and (fast is None or fast.span() != here.span()):
                yield here  # a part the variant does not try here: go on after it
                pos = here.end()
                break
        else:
            return


_BULLET = re.compile(r"[•·\u2022▪◦*][ \t]*")
# A bracket closing a field ("Ann Bell (Chair)"), cut off before the field is read; found only
# where the blanks before it start (from inside a run it would match to the same end), so a
# field with 5,000 spaces is not rescanned from each of them.
_BRACKETS_AT_END = re.compile(r"(?<!\s)\s*\([^)]*\)\s*$")
_FIELD_LABEL = re.compile(rf"(?P<label>{_FIELD_LABEL_WORDS})[ \t]*:[ \t]*")


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
        status_match = heading_at(line.text, p)
        if (status_match is None or p.rx("attendance", "status_alone").match(line.text)) and (
                split := split_heading(ls, i, p)):
            # "Also in" / "Attendance:", "APOLOGY" / "FOR ABSENCE:": a heading wrapped over two
            # lines is read from the second one on (a status word alone reads on into it).
            status, head_end = split
            i += 1
            line = ls[i]
        elif status_match is None:
            i += 1
            continue
        else:
            status, head_end = status_match[0], line.start + status_match[1].end()
        if text[head_end - 1 : head_end] == ":" and text[head_end : head_end + 1] in (
                "-", "–", "—"):
            head_end += 1  # "In Attendance:- J Birch (Clerk)": the colon and dash are one mark
        if cell := re.match(r"[ \t]*/[ \t]+(?=\S)", text[head_end:line.end]):
            head_end += cell.end()  # "Present: / A. Bell* / Chair": a roll table's first cell
        if label := re.match(r"[ \t]*[A-Za-z][\w, -]{0,50}?\b[Mm]embers[ \t]*:",
                             text[head_end:line.end]):
            # "Present: Elected, co-opted and associate members: Ann Bell, …": the members'
            # label after the heading, its commas no list of names.
            head_end += label.end()
        chunks = [(head_end, line.end)]
        j = i + 1
        alone = not text[chunks[0][0] : chunks[0][1]].strip()
        if alone:
            chunks = []
            while j < len(ls) and ls[j].blank:
                j += 1
            if j + 1 < len(ls) and not ls[j + 1].blank and _group_label(ls[j].text, p):
                j += 1  # "PRESENT" / "Councillor" / "A Bell …": the members' word, no name
            if j < len(ls) and _prose_line(ls[j].text):
                i = j  # "Attendees" / "Around twenty residents attended, and …": prose
                continue
        if alone and (paired := _name_then_role_lines(text, ls, j, status, p)):
            # "Ann Bell" / "Chair, Westshire Council" / "Carl Dean" / "Clinical Lead, …"
            out.extend(paired[0])
            i = max(paired[1], i + 1)
            continue
        # "PRESENT" over labelled lists, one a line ("Councillors: …", "Parish Clerk: …").
        below_labels = alone and status == "Present" and j < len(ls) and bool(
            p.rx("attendance", "present_label").match(ls[j].text))
        while not below_labels and j < len(ls) and not ls[j].blank and not ends_list(
                ls[j].text, p) and not split_heading(ls, j, p):
            chunks.append((ls[j].start, ls[j].end))
            j += 1
        labelled = p.rx("attendance", "present_label")
        own_lines = False  # the heading's names end at a line under a label of its own
        if alone and len(chunks) == 1 and _names(text, *chunks[0], status, p, strict=True):
            while True:  # one name a paragraph
                k = j
                while k < len(ls) and ls[k].blank:
                    k += 1
                if k < len(ls) and _group_label(ls[k].text, p) and (
                        k + 1 == len(ls) or ls[k + 1].blank):
                    # "Cllr A Bell (Chair)" / "Councillors" / "C Dean" / "E Fox": the
                    # members' word standing alone over the rest of the roll names no one.
                    j = k + 1
                    continue
                # A paragraph may hold several lines, each one name ("C Dean" / "E Fox").
                para = k
                while para < len(ls) and not ls[para].blank:
                    para += 1
                if k >= len(ls) or any(
                        ends_list(ls[r].text, p) or labelled.match(ls[r].text)
                        or not (found := _names(text, ls[r].start, ls[r].end, status, p,
                                                strict=True))
                        or (para - k > 1 and (len(found) != 1 or not person_first(
                            collapse(ls[r].text), p))) for r in range(k, para)):
                    break
                chunks.extend((ls[r].start, ls[r].end) for r in range(k, para))
                j = para
        elif len(chunks) > 1 and any(_runs_on(text[s:e], p) and text[s:e].strip(" \t,;")
                                     for s, e in chunks[:-1]) and not _cell_rows(text, chunks, p):
            # (Not a heading's stray comma alone: "Apologies:," / "Ann Bell, Carl Dean".)
            chunks = [(chunks[0][0], chunks[-1][1])]  # one list wrapped over lines
        elif not alone and len(chunks) > 1:
            # After a heading's own line of names, a line goes on with the list only if it
            # reads as one ("Cllr A Bell, Cllr C Dent"), not a page's furniture ("Buttons",
            # "Item Number Item/Description") that follows the list.
            # So does a line that is one name ("Councillors Dan Mew" / "Doreen Hale" / …).
            keep = next((k for k, (s, e) in enumerate(chunks[1:], start=1)
                         if not (_reads_as_list(text[s:e], p) or _one_name_line(text, s, e, p)
                                 or _cell_entry(text[s:e], p))
                         or _other_field(text[s:e], p)),
                        len(chunks))
            # "Present: Cllrs A, B" / "Parish Clerk: H Pitman": a line under its own label is
            # a list of its own, which gives its status (read below), not the heading's names.
            own = next((k for k, (s, e) in enumerate(chunks[1 : keep + 1], start=1)
                        if (m := labelled.match(text[s:e])) and (
                            _label_status(m.group("label"), p) or _body_in(m.group("label")))),
                       None)
            if own is not None:
                keep, j, own_lines = own, i + own, True
            chunks = chunks[:keep]
        if not alone and chunks and list_end(text, *chunks[-1]) == chunks[-1][1]:
            # A parish list set out over paragraphs ("Present: Cllrs: D. Sutton (Chairman)" /
            # blank / "M. Pickworth B. Fowell" / blank / "R. Suttle (Clerk)", or "Present: Cllr
            # A Bell" / blank / "Cllr C Dean" / blank / …): a single line below that holds
            # only initialled names, or begins with an honorific, goes on with it. So does
            # any single line below one that ends in a comma or semicolon ("…, B. Fisher
            # (Chairman)," / blank / "C. Florey and one resident."; "… Ann Bell;" / blank /
            # "Carl Dean; Eve Fox"): the list was cut mid-way.
            while True:
                k = j
                while k < len(ls) and ls[k].blank:
                    k += 1
                cut = text[chunks[-1][0]:chunks[-1][1]].rstrip().endswith((",", ";"))
                # (A line is alone when a blank or the next heading follows it: "Councillors:
                # P Dunmore, T Hill" / "IN ATTENDANCE: …".)
                if not (k < len(ls) and (k + 1 == len(ls) or ls[k + 1].blank or any(
                        h.pattern.match(ls[k + 1].text) for h in p.attendance_headings))
                        ) or ends_list(ls[k].text, p) or not (
                        cut or _initialled_line(_blank_letters(ls[k].text, p), p)
                        or _titled(collapse(ls[k].text), p) or _roll_paragraph(ls[k].text, p)
                ) or not _names(
                        text, ls[k].start, list_end(text, ls[k].start, ls[k].end) if cut
                        else ls[k].end, status, p, strict=not cut):
                    break
                chunks.append((ls[k].start, ls[k].end))
                j = k + 1
        if chunks and (named := _name_role_roll(text, chunks[0][0], chunks[-1][1], status, p)
                       or _post_name_roll(text, chunks[0][0], chunks[-1][1], status, p)):
            out.extend(named)
            chunks = []
        chunks = _join_open_brackets(text, chunks)
        rows = [ln for s, e in chunks for ln in text[s:e].splitlines() if ln.strip()]
        hyphen = _hyphen_fields(rows, p)
        fields = _dash_fields(rows, hyphen, p)
        hyphen = fields and hyphen
        # A roll of bulleted entries ends at the first line with no bullet ("- Ann Bell (AB)
        # Westshire Council" / "- Carl Dean (CD) …" / "Welcome and Introductions"): the page
        # goes on with its items, not another name.
        bulleted = fields and bool(chunks) and _entry_body(text[chunks[0][0]:chunks[0][1]])[1]
        for s, e in chunks:
            if bulleted and text[s:e].strip() and not _entry_body(text[s:e])[1]:
                break
            if p.rx("attendance", "roll_caption").fullmatch(text, s, e):
                continue  # "South Ward:" over its members' names: a caption, no one's name
            found = (_dash_line(text, s, e, status, p, hyphen) if fields else None) or _names(
                text, s, list_end(text, s, e), status, p)
            out.extend(found)
            if not found and out and out[-1].organisation is None and re.match(
                    rf"[ \t]*{_ON_BEHALF}\b", text[s:e], re.I) and (
                    org := _body_in(text[s:e])) is not None:
                # "Mark Hill" / "Representing: Eastmoor Police": the body of the name above.
                out[-1].organisation_span = span(text, s + org[0], s + org[1])
                out[-1].organisation = collapse(out[-1].organisation_span.exact)
            if (cut := list_end(text, s, e)) < e:
                # The list's sentence ended: what follows is prose, unless it is nothing but
                # capitalised words, a second list under the same heading ("Apologies: Parish
                # Councillors A. Bell and C. Dean. District Councillor E. Fox").
                # (So is such a run that a rule closes: "… in the Chair. Councillors Ann Bell
                # Carl Dean … ***** NOTICE OF RECORDING …", a page run onto one line.)
                ruled = _RULE.search(text, cut + 1, e)
                if m := _CAPITALISED_RUN.fullmatch(text, cut + 1, ruled.start() if ruled else e):
                    out.extend(_names(text, m.start("names"), m.end("names"), status, p))
                break
        if status == "Present" or own_lines:
            found, j = _labelled_lists(text, ls, j, p)
            out.extend(found)
        i = max(j, i + 1)
    return out


def _cell_rows(text: str, chunks: list[tuple[int, int]], p: Patterns) -> bool:
    """Whether a roll's lines are a table's rows, "Name / Post" each ("A. Bell* / Chair," /
    "C. Dean* / Vice-Chair" / …): two or more, most of the lines. A row's trailing comma is
    the cell's own, no list wrapped over the lines."""
    rows = [text[s:e].strip() for s, e in chunks if text[s:e].strip()]
    cells = sum(_cell_entry(r, p) for r in rows)
    return cells >= 2 and cells * 2 >= len(rows)


def _one_name_line(text: str, s: int, e: int, p: Patterns) -> bool:
    """A line of a roll that is one person's name and nothing else, perhaps after the members'
    word: "Councillors Dan Mew", "Doreen Hale" (a common given name first)."""
    line = re.sub(r"^[ \t]*(?:Councillors|Cllrs\.?|Members|Aldermen)[ \t]+", "", text[s:e])
    return (line != text[s:e] or person_first(line.strip(), p)) and len(line.split()) <= 4 and len(
        _names(text, s, e, "Present", p, strict=True)) == 1


def _prose_line(line: str) -> bool:
    """A line below a heading standing alone that is a sentence, not a list: five words or
    more in lower case besides the little words of names, posts and lists ("Around twenty
    residents, two members of the council and the clerk attended, …"); a roll's line has
    few ("Cllr A Bell (in the Chair), Cllr C Dean and Mrs E Fox (Clerk)")."""
    small = {"and", "of", "for", "the", "in", "to", "on", "at", "from", "with", "a", "an"}
    words = re.findall(r"(?<![\w(])[a-z][a-z'’-]*", re.sub(r"\([^()]*\)", "", line))
    return sum(w not in small for w in words) >= 5


def _join_open_brackets(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A roll's line whose bracket the page wrapped onto the next line ("• Cllr A Bell
    (Leader of the Council and Portfolio Holder Economy," / "Skills and Housing)") is one
    entry with it: the lines are read together until the bracket closes. A bracket that no
    line of the next three closes ("Carl Dean (deputising for Eve Fox / Head of Housing", the
    page's slip) joins nothing: the lines below are entries of their own."""
    out: list[tuple[int, int]] = []
    closes = [re.match(r"[^()]*\)", text[s:e]) is not None for s, e in chunks]
    joined = 0  # lines joined onto the open entry so far
    for k, (s, e) in enumerate(chunks):
        if out and (t := text[out[-1][0]:out[-1][1]]).count("(") > t.count(")") and any(
                closes[k : k + 3 - joined]):
            out[-1] = (out[-1][0], e)
            joined += 1
        else:
            out.append((s, e))
            joined = 0
    return out


# A roll line's last field that is a body's initials after a dash: "- TVCA", "-R&CBC".
_ACRONYM_AFTER = re.compile(r"(?P<a>\S.*?)(?<![ \t])[ \t]+[–—-][ \t]*(?P<b>[A-Z][A-Z&]{1,7})")


# A roll line's bullet: a mark (see _BULLET), or a dash with a space after it opening the line
# before a capital ("- Ann Bell (AB) Westshire Council"), as lists saved from web pages print.
_LINE_BULLET = re.compile(r"[•·\u2022▪◦*][ \t]*|[-–][ \t]+(?=[A-Z])")
# A bulleted roll's entry "Name, Field": the name, a comma, and the post or body the person
# came with ("• Ann Bell, Westshire Council", "• Carl Dean, Minister for Transport").
_COMMA_ENTRY = re.compile(r"(?P<a>[^,]+?)(?<![ \t])[ \t]*,[ \t]*(?P<b>[A-Z].*)")


def _entry_body(line: str) -> tuple[int, bool]:
    """Where a roll line's entry starts (after its indent and bullet), and whether it had a
    bullet."""
    at = len(line) - len(line.lstrip())
    if bullet := _LINE_BULLET.match(line, at):
        return bullet.end(), True
    return at, False


def _cell_entry(line: str, p: Patterns) -> bool:
    """Whether a roll's line is a table's row "Name / Post" (``_CELL``, the line stripped)
    that also reads as an entry (``_dash_entry``, the line as it stands)."""
    return bool(_CELL.fullmatch(line.strip())) and _dash_entry(line, p) is not None


def _dash_entry(line: str, p: Patterns, hyphen: bool = False) -> re.Match[str] | None:
    """A roll's line "Name - Field" (perhaps after a bullet): a person's name (perhaps with
    a capacity in brackets), a spaced dash, and a second field, the ward, post or body they
    are listed with. After a bullet a comma may part the two fields ("• Ann Bell, Westshire
    Council"): a bullet marks each line as one entry, so the words after the comma are the
    person's post or body, not a second person (a field that opens on a person is no such
    entry). With ``hyphen``, in a roll that ``_hyphen_fields`` reads so, an unspaced
    hyphen parts the two fields as well ("Ann Bell-Abbey")."""
    at, bulleted = _entry_body(line)
    line = line[at:].rstrip()
    d = _DASH.fullmatch(line)
    if d is not None and d.group("b")[:1].isupper() and _entry_name(d.group("a"), p):
        return d
    if hyphen and (h := _hyphen_entry(line, p)):
        return h
    d = _CELL.fullmatch(line)
    if d is not None and d.group("b")[:1].isupper() and "/" not in d.group("b") and _entry_name(
            d.group("a").rstrip("*"), p):
        return d  # "Ann Bell / Chair": a roll table's row, its cells parted by a slash
    # The tag comes before any dash: "Ann Bell AB Director of Public Health – Westshire".
    # A field holding further bracketed initials is a list run on ("Ann Bell (AB) Chair, Carl
    # Dean (CD), Eve Fox (EF)"), read name by name elsewhere.
    t = _TAGGED.fullmatch(line)
    if t is not None and _name_tag(t.group("a"), t.group("tag"), p) and _entry_name(
            t.group("a"), p) and not re.search(r"\([A-Z]{2,4}[a-z]{0,2}\)", t.group("b")):
        return t
    c = _COMMA_ENTRY.fullmatch(line) if bulleted else None
    if c is not None and _entry_name(c.group("a"), p) and not person_first(c.group("b"), p):
        return c
    return None


def _entry_name(field: str, p: Patterns) -> bool:
    """Whether a roll line's first field is a person's name (perhaps with a capacity in
    brackets), not a post or a body."""
    name = _BRACKETS_AT_END.sub("", field)
    return _looks_like_name(name, p) and not _is_role(name, p) and not is_body(name, p) and not any(
        w.lower() in p.role_words | p.body_words for w in name.split())


def _name_tag(name: str, tag: str, p: Patterns) -> bool:
    """Whether ``tag`` is the initials of ``name`` ("Dr Ann Bell" AB, "Ann Bell" ABe, "Ann
    Lucas-Bell" ALB): its capitals open on the initial of the first word after the
    honorifics and hold the surname's initial; anything else ("Ann Bell MBE", "Ann Bell CC
    Chair") is no tag but a letter of the post or honour."""
    honorifics = p.honorific_words
    words = [w for w in re.split(r"[\s-]+", name) if w]
    while words and words[0].rstrip(".").casefold() in honorifics:
        words = words[1:]
    caps = "".join(c for c in tag if c.isupper())
    return (len(words) >= 2 and all(w[:1].isupper() for w in words) and len(caps) >= 2
            and caps[0] == words[0][0] and words[-1][0] in caps[1:]
            and len(caps) <= len(words) + 1)


def _hyphen_entry(line: str, p: Patterns) -> re.Match[str] | None:
    """A line "Name-Field" with an unspaced hyphen (``_HYPHEN_ENTRY``) whose first field is
    a name of two words or more ("Ann Bell", "Ivor A Hale", "Carl Dean (Leader)"), not a
    double first name's hyphen ("Ann-Marie Bell") nor a seat glued to a surname ("Tony
    HaleVice-Chair", read by :func:`glued_seat`), and no spaced dash on the line."""
    h = _HYPHEN_ENTRY.fullmatch(line.strip())
    if h is None or re.search(r"\s[–—-]\s", line) or _glued_before_hyphen(h.group("a"), p) or (
            _barrelled_post(line.strip(), p)):
        return None  # ("Mr T Vane-Orr Co-opted member": a surname's second half, a post)
    name = _BRACKETS_AT_END.sub("", h.group("a")).strip()
    if len(name.split()) < 2 or not _entry_name(h.group("a"), p):
        return None
    return h


def _hyphen_fields(rows: list[str], p: Patterns) -> bool:
    """Whether a roll is set out one "Name-Field" a line with an unspaced hyphen ("Ann
    Bell-Abbey" / "Carl Dean-North West Dumfries" / "Eve Fox-Abbey"): three lines or more,
    most of the roll, and fields that read as wards or bodies, not surnames: one of two
    words or more, or the same field on two lines. A few double-barrelled surnames in a
    roll ("Ann Lucas-Bell", "Jo Marsh-Penrose") are each one word, each different."""
    pairs = [(_BRACKETS_AT_END.sub("", h.group("a")).split()[-1], _field_head(h.group("b"), p))
             for ln in rows if (h := _hyphen_entry(ln, p))]
    # (A one-word field counts when another line repeats it after another surname: "Ola
    # Penn-Rees" among posts after hyphens keeps her surname, and so do "Ann Hale-Moss" and
    # "Tom Hale-Moss", one family's double-barrelled surname, where "Eve Fox-Abbey" after
    # "Ann Bell-Abbey" is a ward.)
    seen = Counter(f for _, f in set(pairs))
    fields = [f for _, f in pairs if len(f.split()) >= 2 or seen[f] >= 2]
    return len(fields) >= 3 and len(fields) * 2 >= len(rows)


def _field_head(field: str, p: Patterns) -> str:
    """The words of a field after an unspaced hyphen before what a roll prints after a
    name, a capacity or party in brackets, a comma and the post or body, or honours ("Bell
    (Lab)", "Bell, Westshire Council", "Bell MBE" of "Ann Lucas-Bell …"): a surname's second
    half so followed is one word, as it is on a line of its own, and no ward of two."""
    head = re.split(r"[(,]", field, maxsplit=1)[0].strip()
    honours = _honours_at_end(p)
    while (m := honours.search(head)) and m.start() > 0:
        head = head[: m.start()].rstrip()
    return head


def _dash_fields(rows: list[str], hyphen: bool, p: Patterns) -> bool:
    """Whether a roll (its non-blank ``rows``) is set out one "Name - Field" a line ("Ann
    Bell - Abbey" / "Carl Dean - Castle Douglas and Glenkens" / "Eve Fox - Facilitator"):
    three lines or more, most of the roll, each a name, a spaced dash and a second field (or,
    with ``hyphen``, as :func:`_hyphen_fields` found, an unspaced hyphen). Only then is a
    one-word field read as a ward or post, not as the second half of a surname typed with a
    spaced dash ("Ann Quill – Osei")."""
    entries = [_dash_entry(ln, p, hyphen) for ln in rows]
    dashed = sum(d is not None for d in entries)
    # A name's own initials are a surer mark than a dash: a short list under "Apologies:"
    # all of whose lines carry them ("Gus Hale GH Director of Housing") is such a roll too.
    return (dashed >= 3 and dashed * 2 >= len(rows)) or (bool(rows) and all(
        d is not None and "tag" in d.re.groupindex for d in entries))


def _dash_line(text: str, s: int, e: int, status: str, p: Patterns,
               hyphen: bool = False) -> list[Attendee]:
    """The person on a "Name - Field" line of such a roll: the name before the dash (the
    field's "and" or "&" joins a ward's places or a post's areas, "Castle Douglas and
    Glenkens", "Community Safety & Central Policy", not two people). A field that names a
    body is the one the person came from; a post, or an officer's field, is the post they
    attended in (an officer's post in a list of who was present puts them in attendance); a
    member's ward is no post."""
    line = text[s:e]
    if (d := _dash_entry(line, p, hyphen)) is None:
        return []
    at = s + _entry_body(line)[0]
    found = _names(text, at + d.start("a"), at + d.end("a"), status, p, strict=True)
    if len(found) != 1:
        return []
    after = _BRACKETS_AT_END.sub("", d.group("b")).rstrip(" .;,")
    if d.re is _COMMA_ENTRY and len(after.split()) == 2 and _looks_like_name(after, p) and not (
            _is_role(after, p) or _body_in(after) is not None):
        return []  # "• Gus Hale, Ida Jones": two people, read as a list
    person = found[0]
    b = at + d.start("b")
    tagged = "tag" in d.re.groupindex
    if ac := _ACRONYM_AFTER.fullmatch(after):
        # "Investment Director - TVCA", "Eastmoor Borough Council - EBC": a third field, the
        # body's initials, after the post or body the line gives.
        after = ac.group("a")
    parts = list(re.finditer(r"[^,/–—]+", after)) if tagged else []

    def post(field: str) -> bool:
        return _is_role(field, p) or bool(p.rx("attendance", "capacity").fullmatch(
            f"({field.strip()})"))

    if len(parts) > 1 and not post(parts[0].group()) and any(
            _body_in(f.group()) is not None or post(f.group()) for f in parts):
        # "Westshire Police – Education Adviser", "Road Safety / Westshire Road Safety
        # Partnership": after the initials a field of several parts that does not open on a
        # post gives the body the person came from and perhaps, later, their post; a part
        # that is neither (a place, a team) is no post.
        for f in parts:
            org = _body_in(f.group())
            if org is not None and not post(f.group()):
                if person.organisation is None:
                    person.organisation_span = span(text, b + f.start() + org[0],
                                                    b + f.start() + org[1])
                    person.organisation = collapse(person.organisation_span.exact)
            elif post(f.group()) and person.capacity is None:
                lead = len(f.group()) - len(f.group().lstrip())
                person.capacity_span = span(text, b + f.start() + lead,
                                            b + f.start() + len(f.group().rstrip()))
                person.capacity = collapse(person.capacity_span.exact)
        return found
    if (pb := _DASH.fullmatch(after) or (tagged and re.fullmatch(
            r"(?P<a>[^,]+),[ \t]+(?P<b>\S.*)", after))) and (
            tagged or _is_role(pb.group("a"), p)) and (
            org := _body_in(pb.group("b"))) is not None:
        # "Director of Public Health – Westshire Council", "Chair, Westshire ICB": the post,
        # then the body it is in.
        person.organisation_span = span(text, b + pb.start("b") + org[0],
                                        b + pb.start("b") + org[1])
        person.organisation = collapse(person.organisation_span.exact)
        after = pb.group("a")
    if tagged:
        # "Lay Member for Audit / Vice Chair": two posts, the first the one the line is for.
        after = re.split(r"[ \t]+/[ \t]+", after)[0]
    # After the person's own initials the field is their post ("Clinical Chair", "Governing
    # Body GP"), whatever its head word; only a body's name is not, nor a body's short form
    # ("Ann Bell (AB) WRCC").
    acronym = _acronym_body(after, person.name, p.rx("attendance", "capacity"), p) if (
        re.fullmatch(r"\S+", after)) else None
    if tagged and re.fullmatch(r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]*", after) and not _is_role(
            after, p) and after not in p.raw["attendance"]["post_acronyms"]:
        acronym = (0, len(after))  # "RoSPA", "NatEng": a body's short form in mixed case
    if acronym is not None:
        if person.organisation is None:
            person.organisation_span = span(text, b + acronym[0], b + acronym[1])
            person.organisation = collapse(person.organisation_span.exact)
    elif not (tagged and _body_in(after) is None) and (
            org := _body_in(after)) is not None and not _is_role(after, p):
        if person.organisation is None:
            person.organisation_span = span(text, b + org[0], b + org[1])
            person.organisation = collapse(person.organisation_span.exact)
    elif person.capacity is None and (
            tagged or status == "AlsoInAttendance" or _is_role(after, p) or post(after)
            ) and not re.search(r"\bWard$", after):
        # ("Ann Bell - Chair": a post the brackets after a name would give, "(Chair)".)
        person.capacity_span = span(text, b, b + len(after))
        person.capacity = collapse(person.capacity_span.exact)
        officer_words = _officer_words(p)
        if status == "Present" and not _councillor(person.name, p) and {
                w.lower().strip(".") for w in re.split(r"[\s/]+", after)} & officer_words:
            person.status = "AlsoInAttendance"
    return found


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
        if (ends_list(line.text, p) and not person_first(line.text, p)) or re.match(
                r"[ \t]*\d+[.)]?(?:[ \t]|$)", line.text) or any(
                h.pattern.match(line.text) for h in p.attendance_headings):
            break  # (the next heading, "Non-members in attendance:-", starts a roll of its own)
        rows.append(line)
        k += 1
    while rows and collapse(rows[0].text).casefold().rstrip(":") in headers:
        rows.pop(0)
    labelled = p.rx("attendance", "present_label")
    out: list[Attendee] = []
    with_role = 0
    r = 0
    while r < len(rows):
        row = rows[r]
        names = _names(text, row.start, row.end, status, p, strict=True)
        if len(names) != 1 or not (person_first(collapse(row.text), p) or (
                # Once the table is plain, a row that is one name and nothing else is the
                # next member though their given name is not one we know ("Arlene MITCHELL").
                with_role >= 2 and collapse(row.text) == names[0].name
                and r + 1 < len(rows) and not person_first(collapse(rows[r + 1].text), p))):
            if len(out) < 2:
                return None
            # The table ended where a name was due ("Non-members in attendance:-" over a
            # roll of its own, or the minutes' first words): the rest is read from there.
            k = next(n for n, line in enumerate(ls) if line is row)
            break
        person = names[0]
        out.append(person)
        r += 1
        if r < len(rows) and not person_first(collapse(rows[r].text), p) and not (
                labelled.match(rows[r].text) or _group_label(rows[r].text, p)):
            # (Not "Public: Ann Bell", another list, nor "Councillors", a caption.)
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


def person_first(names: str, p: Patterns) -> bool:
    """Whether a run of words opens on a person ("Will Bulstrode", "Cllr A Bell", "B. Baker"),
    not on another item's words ("Declarations of Interest"): an honorific, an initial or a
    common given name first."""
    first = names.split()[0] if names.split() else ""
    honorifics = p.honorific_keys
    return (first.casefold().rstrip(".") in honorifics or bool(re.fullmatch(r"[A-Z]\.?", first))
            or first in given_names())


def _roll_paragraph(line: str, p: Patterns) -> bool:
    """A paragraph that goes on with the roll above it though it opens on no name: one led by
    the members' word ("Aldermen C Dean, E Fox", "Councillors G Hill, J King") or by a chair's
    or mayor's post ("Deputy Mayor Councillor A Bell"), the members' word perhaps with a colon
    ("Councillors: P Dunmore, T Hill")."""
    return bool(p.rx("attendance", "unheaded_members").match(re.sub(
        r"^([ \t]*(?:Councillors|Cllrs\.?|Aldermen)):", r"\1 ", line))
                or p.rx("attendance", "unheaded_members").match(re.sub(
                    r"^[ \t]*(?:Members|Councillors|Aldermen)[ \t]+[–—-][ \t]+", "Councillors ",
                    line))
                or p.rx("attendance", "chair_line").match(line))


def _group_label(line: str, p: Patterns) -> bool:
    """A line that is nothing but the members' word ("Councillors", "Members:", "Aldermen"):
    a caption inside a roll over the names below it, no name itself."""
    return bool(p.rx("attendance", "present_label_members").match(line.strip().rstrip(":").strip()))


# A run of capitalised words, initials, commas and "and" ("District Councillor C. Bayliss").
_CAPITALISED_RUN = re.compile(
    r"[ \t]*(?P<names>[A-Z][\w'’.-]*(?:[ \t]*,?[ \t]+(?:and|[A-Z][\w'’.-]*))*?)[ \t.]*")

# "…, Committee Manager and Steve Thorley, Committee Administrator": a name and its comma
# start the next entry after "and"; so does an initialled name ("…, Communications Manager
# and N Burrow, Procurement Specialist").
_NEXT_NAMED = re.compile(r"\s+and\s+(?=(?:[A-Z](?:[\w'’-]+|\.)?\s+){1,2}[A-Z][\w'’-]+,)")


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
                # "Steve Grimley Head of Community Services": the post after the name.
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
                    # "Head of Legal, Procurement and Regulatory Services": a remit's list
                    # is all one post.
                    post_end = next((post_start + b for a, b in _remit_lists(
                        chunk[post_start:e], p) if a <= post_end - post_start < b), post_end)
                else:
                    post_start, post_end = name_end, e
                ps, pe = strip_span(chunk, post_start, post_end)
                if stop := re.search(r"\.\s+[A-Z]", chunk[ps:pe]):
                    pe = ps + stop.start()  # "… Officer (Angus Council). Items Of Business"
                if (note := re.search(r"\s*\((?P<note>[^()]*)\)\W*$", chunk[ps:pe])) and (
                        note.group("note")[:1].islower() or _body_in(note.group("note"))):
                    # "Procurement Specialist (all Westshire Excel)", "Officer (Westshire
                    # Council)": the body they came from in brackets, no part of the post.
                    if (org := _body_in(note.group("note"))) is not None and (
                            names[0].organisation is None):
                        at = start + ps + note.start("note")
                        names[0].organisation_span = span(text, at + org[0], at + org[1])
                        names[0].organisation = collapse(names[0].organisation_span.exact)
                    pe = ps + note.start()
                while pe > ps and chunk[pe - 1] in ".;:":
                    pe -= 1
                if pe > ps and names[0].capacity is None:
                    names[0].capacity_span = span(text, start + ps, start + pe)
                    names[0].capacity = collapse(names[0].capacity_span.exact)
    # "Present: Cllrs A Bell, C Dean; E Fox, G Hill;": names after the commas, not posts.
    if posted < 2 or roles * 3 < posted * 2:
        return []
    return out if entries >= 3 and len(out) * 4 >= entries * 3 else []


# An initial and a surname in a roll that prints each member's post before the name.
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w'’.])[A-Z]\.?[ \t]+{SURNAME}(?![\w'’-])")
# What may stand between two such names: a post or portfolio in capitalised words, with
# "&", "and", "of", "for", "the" and commas ("Highways, Transportation & Climate Change"), a
# note in brackets ("Head of HR (Interim)"), and a spaced dash before the name ("Chief
# Executive - J Dixon Head of Finance - A Cole").
_POST_GAP = re.compile(
    r"[ \t]*[A-Z][\w'’-]*(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:[A-Z][\w'’-]*|&|and|of|for|the"
    r"|\([A-Z][^()\n]{0,40}\)))*(?:[ \t]+[–—-])?[ \t]*")


def _post_name_roll(text: str, start: int, end: int, status: str,
                    p: Patterns) -> list[Attendee]:
    """A roll laid out as a table of posts and names, flattened to one line: "Leader T Bell
    Deputy Leader M Cole Corporate Resources & Assets R Dean Highways, Transport & Climate L
    Fox …". Each member is an initial and a surname; the capitalised words before the name,
    back to the name before it, are the member's post or portfolio (not names, as a list
    split at commas would read "Transport" or "Climate L Fox Children"); a post with a
    post's word ("Deputy Leader") is the member's capacity. Only a list that
    reads so throughout is taken: three such names or more, every post a short run of
    capitalised words with no given name first and no honorific ("Cllr A Bell Cllr C
    Dean"); the first gap that is no post ends it."""
    chunk = text[start:end].rstrip(" \t.;")
    names = list(_INITIAL_SURNAME.finditer(chunk))
    if len(names) < 3:
        return []
    lead = p.rx("attendance", "list_prefix").match(chunk, len(chunk) - len(chunk.lstrip()))
    if lead and lead.group().strip() and _surname_run(chunk[lead.end():], p):
        return []  # "Councillors Bell C. Dean Fox …": members by surname, no posts between
    label = chunk.rfind(":", 0, names[0].start())  # "Executive Board Members Councillors:"
    at = label + 1 if label >= 0 else 0
    given = given_names()
    honorifics = p.honorific_words
    style = p.rx("attendance", "name_end_style")
    out: list[Attendee] = []
    for m in names:
        post = chunk[at:m.start()]
        words = re.sub(r"\([^()]*\)|[–—-]", "", post).split()  # (not its notes, nor a dash)
        if not _POST_GAP.fullmatch(post) or len(words) > 8 or (
                post.split()[0] in given) or any(
                w.rstrip(".").casefold() in honorifics for w in post.split()) or (
                style.search(post) or re.fullmatch(r"[ \t]*[A-Z]\.?[ \t]*", post)):
            # (Nor a style that ends a name, "Esq", nor a lone initial: "A C Bell Esq D E Fox
            # Esq" is a run of names, no posts.)
            break  # the roll ends at the name before ("… P Wright EB117 Apologies Nil.")
        ps, pe = strip_span(chunk, at, m.start())
        if dash := re.search(r"[ \t]+[–—-]$", chunk[ps:pe]):
            pe = ps + dash.start()
        if note := re.search(r"(?:[ \t]*\([A-Za-z]+\))+$", chunk[ps:pe]):
            # "Head of HR (Interim)": the post, not its one-word note (a longer bracket is
            # the post's own words: "Director of Operations (Waste and Fleet)").
            pe = ps + note.start()
        a = Attendee(m.group(), status, span(text, start + m.start(), start + m.end()))
        if _is_role(collapse(post), p) or p.rx("attendance", "area_not").search(post):
            # "Leader", "Deputy Leader": a post; a portfolio alone ("Leisure & Culture") is
            # what the member holds, not a post's name.
            a.capacity_span = span(text, start + ps, start + pe)
            a.capacity = collapse(a.capacity_span.exact)
        out.append(a)
        at = m.end()
    return out if len(out) >= 3 else []


def _unheaded_members(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """Members listed with no heading in the paragraph just below the meeting's heading: a
    line "Councillors A, B and C." of names only, or three lines or more, each one name with
    its honorific ("Cllr Varley (Chairman)", "Cllr Wilbey", …). Only there: further down, a
    list with no heading may as well be a membership."""
    line_end = text.find("\n", start, end)  # the rest of the heading's line is no list
    first = paragraphs(text, line_end, end)[:1] if line_end >= 0 else []
    if not first:
        return []
    s, e = first[0]
    if m := p.rx("attendance", "unheaded_members").match(text, s, e):
        members = _names(text, m.start("names"), list_end(text, m.start("names"), m.end()),
                         "Present", p, strict=True)
        return [*members, *_unheaded_officers(text, e, end, p)] if members else []
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


def _unheaded_officers(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """The paragraph below an unheaded list of members that names the officers who attended,
    each with their post after a comma ("A Bell, Town Clerk" / "C Dean, Asset Manager"), one
    a line or several ("A Bell, Town Clerk   C Dean, Asset Manager"): each line must be
    nothing but names each with an officer's post, else none is taken."""
    below = paragraphs(text, start, end)[:1]
    if not below:
        return []
    words = {w.lower() for w in (*p.raw["attendance"]["officer_words"],
                                 *p.raw["attendance"]["role_words"])}
    out: list[Attendee] = []
    for line in lines(text, *below[0]):
        if line.blank:
            continue
        names = _names(text, line.start, line.end, "AlsoInAttendance", p, strict=True)
        if not names or any(a.capacity is None or a.capacity.split()[-1].lower() not in words
                            for a in names):
            return []
        for a in names:
            a.status = "AlsoInAttendance"
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


# -- the layout-level roll reader ---------------------------------------------------------


def layout_roll(text: str, start: int, end: int, found: list[Attendee], skip: list[Span],
                p: Patterns) -> list[Attendee]:
    """Rolls the shape readers above did not read, found by layout rather than by wording:
    between the page's heading and its first item, lines whose fields are all names by the
    name model (:func:`reads_as_name`), each perhaps with a post or body in a cell beside
    it, with or without a label of their own ("Members and Officers present: Mr C Tuckett,
    …", "Also in attendance: | Ann Bell (Clerk) |", "Cllr A Bell (Chair), Cllr C Dean, D Fox
    (Clerk)", "Cllr A Bell | Chair |" / "Cllr C Dean"). A line of one name with no label
    counts only beside another roll line (one name a line). A fallback: a line where a reader
    already found anyone, or that holds the page's heading (``skip``: committee, date,
    venue), is left alone, so pages read well stay as they were. The status is the label's,
    else the nearest heading's above, else "Present" (a roll above the items with no
    heading lists who attended; an officer by the post beside them attended)."""
    out: list[Attendee] = []
    taken = [(a.span.start, a.span.end) for a in found]
    status: str | None = None
    pending: list[Attendee] = []  # a line of one name, waiting for a roll line beside it
    after_roll = False  # the line above was a roll's (read by a reader or here)
    last: Attendee | None = None  # the one name the line above read here
    for ln in lines(text, start, end):
        if ln.blank:
            continue
        if last is not None and last.organisation is None and (body := _body_cell(ln.text)):
            # "R Bell" / "Westshire County Council" / "C Dean" / …: a table's two cells a
            # line each, the body beside the name above, and the roll goes on below it.
            last.organisation_span = span(text, ln.start + body[0], ln.start + body[1])
            last.organisation = collapse(last.organisation_span.exact)
            last = None
            continue
        last = None
        status = _layout_heading(ln.text, p) or status
        if any(s < ln.end and ln.start < e for s, e in taken):
            out.extend(pending)
            pending, after_roll = [], True
            continue
        read, strong = ([], False) if any(
            s.start < ln.end and ln.start < s.end for s in skip) else _layout_line(
            text, ln, status, p)
        if not read:
            pending, after_roll = [], False
        elif strong or after_roll or pending:
            out.extend([*pending, *read])
            pending, after_roll = [], True
        else:
            pending = read
        last = read[0] if len(read) == 1 else None
    return out


def _body_cell(line: str) -> tuple[int, int] | None:
    """Where a line that is nothing but a body's name (a table's cell beside the name on the
    line above: "Westshire County Council", "Eastvale Police") names it, else None."""
    bare = line.strip()
    body = _body_in(bare)
    if body is None or body[0] != 0 or len(bare.split()) > 8:
        return None
    lead = len(line) - len(line.lstrip())
    return lead, lead + body[1]


def _layout_heading(line: str, p: Patterns) -> str | None:
    """The status a roll's heading line gives the names below it: a heading the word lists
    know, or a short line of a status's words alone ("APOLOGIES", "Also present")."""
    if head := next((h.status for h in p.attendance_headings if h.pattern.match(line)), None):
        return head
    bare = line.strip().rstrip(":").strip()
    if not bare or len(bare.split()) > 4 or re.search(r"[\d,;.]", bare):
        return None
    return _layout_label_status(bare, p)


def _layout_label_status(label: str, p: Patterns) -> str | None:
    """The status a roll label's words give (``layout_label_status``, first that matches)."""
    return next((x["status"] for x in p.raw["attendance"]["layout_label_status"]
                 if re.search(x["pattern"], label)), None)


def _layout_line(text: str, ln: Line, status: str | None,
                 p: Patterns) -> tuple[list[Attendee], bool]:
    """One line's names for :func:`layout_roll`, and whether the line is a roll's on its own
    (a label that names people, or two names or more). The line parts into fields at table
    bars; a field may open on a label (a status, a post's or the members'
    word: its names take the label's status; a field under any other label, "Parishioners:
    2", is passed over), hold a post or body beside the one name before it, or hold names,
    every one reading as a name; anything else, or a sentence, and the line is no roll's."""
    out: list[Attendee] = []
    headed = False
    last: list[Attendee] = []  # the names of the field before
    carry: str | None = None  # a label standing alone in its cell ("Chair: | Cllr A Bell |")
    label_rx = p.rx("attendance", "layout_label")
    for s, e in _layout_fields(text, ln, p):
        field_status = carry or status
        m = label_rx.match(text[s:e])
        if m and not reads_as_name(m.group("label"), p):
            carry = None
            if not _people_label(m.group("label"), p):
                last = []
                continue
            headed = True
            field_status = _layout_label_status(m.group("label"), p) or status
            label_at, label = s + m.start("label"), m.group("label")
            s += m.end()
            if not text[s:e].strip():
                carry = field_status or "Present"
                continue
            if _prose_line(text[s:e]) or not (names := _layout_cells(
                    text, s, e, field_status, headed, p)):
                return [], False
            _label_post(text, label_at, label, names, p)
            carry = None
            out.extend(names)
            last = names
            continue
        elif len(last) == 1 and carry is None and _take_column(
                text, last[0], s, text[s:e], status, p):
            last = []
            continue
        if _prose_line(text[s:e]) or not (names := _layout_cells(
                text, s, e, field_status, headed, p)):
            return [], False
        carry = None
        out.extend(names)
        last = names
    if not headed and any(_comma_post(text, a) for a in out) and not all(
            _comma_post(text, a) for a in out):
        # "L Moss, Town Clerk, N Owen" with no label: entries of name and post, one with
        # none, may part at the wrong commas.
        return [], False
    return out, bool(out) and (headed or len(out) >= 2)


def _label_post(text: str, at: int, label: str, found: list[Attendee], p: Patterns) -> None:
    """A post printed as the label of the one name after it ("Committee Clerk: Leanne
    Mellors", "Democratic Services Officer: A Bell") is that person's capacity, as a post
    after the name would be. Only a label of one post (it ends on a role's head word), not
    the members' or a status's word ("Councillors:", "Officers present:"), nor a list of
    several people under a plural ("Officers:"), and only over one name with no post of its
    own."""
    bare = collapse(label).strip(" .")
    words = bare.split()
    if (len(found) != 1 or found[0].capacity or not words or len(words) > 6
            or words[-1].lower().strip("()") not in p.role_words
            or _layout_label_status(bare, p) is not None
            or p.rx("attendance", "present_label_members").match(bare)
            or p.rx("attendance", "public_label").match(bare)):
        return
    lead = len(label) - len(label.lstrip())
    found[0].capacity_span = span(text, at + lead, at + lead + len(label.strip().rstrip(".")))
    found[0].capacity = collapse(found[0].capacity_span.exact)


def _comma_post(text: str, a: Attendee) -> bool:
    """The post is printed after the name and a comma ("L Moss, Town Clerk")."""
    return a.capacity_span is not None and text[a.span.end:a.capacity_span.start].strip() == ","


def _layout_fields(text: str, ln: Line, p: Patterns) -> list[tuple[int, int]]:
    """A line's fields: its text parted at table bars ("Chair: | Cllr A Bell |"). (A wide
    gap is left to the name splitter: parting there lost names on unseen pages.)"""
    out: list[tuple[int, int]] = []
    at = ln.start
    # (along the line's own text: the gap's pattern looks behind its start)
    for m in p.rx("attendance", "layout_field_gap").finditer(text[ln.start : ln.end]):
        out.append((at, ln.start + m.start()))
        at = ln.start + m.end()
    out.append((at, ln.end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _layout_cells(text: str, s: int, e: int, status: str | None, headed: bool,
                  p: Patterns) -> list[Attendee]:
    """The names in one field of a roll's line, parted further at a sentence's full stop
    ("Cllr A Bell (WDC). PC C Dean."): none unless every cell yields names only and every
    name reads as one (any two words under a label, ``headed``)."""
    out: list[Attendee] = []
    cells = [(s, e)]
    for m in p.rx("attendance", "layout_cell_break").finditer(text, s, e):
        cells[-1:] = [(cells[-1][0], m.start()), (m.end(), e)]
    for cs, ce in cells:
        cell = text[cs:ce].rstrip(" \t.;,")
        if not cell.strip():
            continue
        if p.rx("attendance", "layout_column_letter").match(cell):
            return []  # "P  Ann Bell": a letter marking a column, no initial of the name
        names = _names(text, cs, cs + len(cell), status or "Present", p, strict=True)
        if not names or not (all(reads_as_name(a.name, p, headed=headed) for a in names) or (
                _mostly_names(names, p))):
            return []
        out.extend(names)
    if status is None:
        # With no heading, an officer by the post beside the name attended ("L Moss, Town
        # Clerk"), as in a column (_take_column).
        for a in out:
            if a.capacity and not _councillor(a.name, p) and _has_officer_word(a.capacity, p):
                a.status = "AlsoInAttendance"
    return out


def _mostly_names(names: list[Attendee], p: Patterns) -> bool:
    """A cell that is a long run of names (``[attendance] name_run_min`` and more, as a
    flattened column of a council's members is), three in four of them reading as names by
    the name model and every one shaped as a name (two words or more, no post's or body's
    word): the rest are names of the same run whose first name the given-name list lacks
    ("Ann Bell Sandy Pettle Tom Fox …")."""
    if len(names) < max(4, int(p.raw["attendance"]["name_run_min"])):
        return False
    known = sum(reads_as_name(a.name, p) for a in names)
    return 4 * known >= 3 * len(names) and all(
        reads_as_name(a.name, p, headed=True) for a in names)

def column_of_posts(text: str, start: int, end: int, attendance: list[Attendee],
                    p: Patterns) -> None:
    """A roll whose table was saved one column after another: a run of lines each one
    name (read by any roll reader), then, past any lines of dashes (the table's middle
    column), as many lines each a post or the name of a body ("Mrs A Bell" / "Mr C Dean" /
    "-" / "-" / "Senior Analyst" / "Manager, Healthwatch Westshire"). The n-th post or body
    is the n-th name's; a name that has one already keeps it, and runs of unequal length are
    left alone (the columns would not line up)."""
    rows = [ln for ln in lines(text, start, end) if not ln.blank]
    i = 0
    while i < len(rows):
        names: list[Attendee] = []
        while i < len(rows) and (one := _one_name_on(rows[i], attendance)) is not None:
            names.append(one)
            i += 1
        while i < len(rows) and p.rx("attendance", "column_dashes").fullmatch(rows[i].text):
            i += 1
        cells: list[Line] = []
        while len(names) >= 2 and i < len(rows) and len(cells) < len(names) and (
                _one_name_on(rows[i], attendance) is None) and _post_cell(rows[i].text, p):
            cells.append(rows[i])
            i += 1
        known = sum(_is_role(re.sub(r"[,;–—-]", " ", c.text), p) or _body_in(c.text) is not None
                    for c in cells)
        if len(names) >= 2 and len(cells) == len(names) and known * 2 >= len(cells):
            for a, cell in zip(names, cells, strict=True):
                at = cell.start + len(cell.text) - len(cell.text.lstrip())
                post = cell.text.strip()
                if not _take_column(text, a, at, post, a.status, p):
                    # the columns line up: the cell is the post ("Senior Analyst")
                    a.capacity_span = span(text, at, at + len(post))
                    a.capacity = post
        i += not names and not cells


def _post_cell(line: str, p: Patterns) -> bool:
    """A table's cell that may be a post or a body: a short capitalised phrase, no sentence,
    no figure, no person's name ("Senior Analyst", "Specialist – Policy"), nor a person
    titled by her post ("PCSO Non Jenkins   Westshire Police": a row of its own)."""
    cell = line.strip()
    return bool(p.rx("attendance", "post_cell").fullmatch(cell)) and len(cell.split()) <= 8 and (
        not reads_as_name(cell, p)) and not _prose_line(cell) and not (
        len(cell.split()) > 1 and _titled(cell, p))


def _one_name_on(line: Line, attendance: list[Attendee]) -> Attendee | None:
    """The one attendee a roll's line holds and nothing else (but an honorific before it)."""
    on = [a for a in attendance if line.start <= a.span.start and a.span.end <= line.end]
    if len(on) != 1 or on[0].capacity or on[0].organisation:
        return None
    rest = line.text[: on[0].span.start - line.start] + line.text[on[0].span.end - line.start:]
    return on[0] if len(rest.split()) <= 1 else None


def _people_label(label: str, p: Patterns) -> bool:
    """A label over names that says whose they are: a status ("Members and Officers
    present"), the members' or an honorific's word ("Parish Councillors", "City & County
    Cllrs"), or a post's ("Clerk/Responsible Financial Officer") — not a page's field
    ("Venue", "Contact", "Date")."""
    words = [w.rstrip("s").casefold() for w in re.split(r"[\s/&]+", label.strip(" .()")) if w]
    members = p.raw["attendance"]["layout_people_words"]
    return _layout_label_status(label, p) is not None or any(
        w in members or w in p.honorific_keys or w in p.role_words for w in words)


@cache
def _name_model_words(p: Patterns) -> tuple[frozenset[str], tuple[str, ...]]:
    """For :func:`reads_as_name`, built once per load rather than once a cell: the last
    words no name ends on (a street's, a body's, a post's, a programme's head word), and the
    lower-case particles a name may hold ("de", "van")."""
    lex = lexicon_data()
    ends = frozenset({*lex["people"]["street_words"], *p.body_words, *p.role_words,
                      *(h.casefold() for h in lex["programmes"]["heads"])})
    return ends, tuple(lex["people"]["name_particles"])


@cache
def _directorates() -> frozenset[str]:
    """The lexicon's ``posts.directorates`` as a set, built once rather than a list read
    again at each roll entry."""
    return frozenset(lexicon_data()["posts"]["directorates"])


@cache
def _officer_words(p: Patterns) -> frozenset[str]:
    """``officer_words`` in lower case, built once per load."""
    return frozenset(w.lower() for w in p.raw["attendance"]["officer_words"])


def _has_officer_word(phrase: str, p: Patterns) -> bool:
    """Whether a post or column beside a name holds an officer's word ("Town Clerk",
    "Clerk/RFO"): its holder attended rather than sat."""
    return bool({w.lower() for w in re.split(r"[\s/]+", phrase)} & _officer_words(p))


def reads_as_name(name: str, p: Patterns, headed: bool = False) -> bool:
    """The name model a roll's cell is scored by: a person's name, not a place, a building,
    a post or a body. After any honorifics ("Cllr", "Mrs", "PC"), one to four capitalised
    words; with no honorific, initials before a surname ("C Graves", "PG Davies") or a
    common given name first ("Laura Wetherall"), or, under a label or heading that says
    whose names follow (``headed``), any two words or more ("Grace Lumley"). A last word
    that ends streets ("John Street"), or a body's, post's or programme's head word ("I.
    Helmdon Parish Plan"), is no name's."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].casefold().rstrip(".") in p.honorific_keys:
        k += 1
    rest = words[k:]
    ends, particles = _name_model_words(p)
    if not 1 <= len(rest) <= 4 or re.search(r"[\d:;]", name) or (
            rest[-1].casefold().strip(".,") in ends) or not all(
            w[:1].isupper() or w in particles for w in rest):
        return False
    # Initials before a surname: "C Graves", "P. G. Davies", "PG Davies" (not a heading in
    # capitals: "IN ATTENDANCE").
    initials = re.fullmatch(r"(?:[A-Z]\.?)+", rest[0]) and len(rest[0].replace(".", "")) <= 3 and (
        len(rest) >= 2 and not re.fullmatch(r"[A-Z]{2,}", rest[1]))
    return k > 0 or (len(rest) >= 2 and (headed or bool(initials) or rest[0] in given_names()
                                         or _surname_in_capitals(rest, p)))


def _surname_in_capitals(words: list[str], p: Patterns) -> bool:
    """A given name, perhaps an initial, then the surname in capitals ("Will DANBY", "Carl
    J BROOK", "Georgia McFENN"), as Scottish councils print their rolls: a person whatever
    the given name (one that is also a word, "Will", is in no list of given names). Not a
    place and a council's or a body's letters ("Torfaen CBC", "Gwent NHS"): the surname
    has a vowel (``[attendance] capitals_*``)."""
    return 2 <= len(words) <= 3 and bool(p.rx("attendance", "capitals_given").fullmatch(
        words[0])) and all(p.rx("attendance", "capitals_initial").fullmatch(w)
                           for w in words[1:-1]) and bool(
        p.rx("attendance", "capitals_surname").fullmatch(words[-1])) and bool(
        p.rx("attendance", "capitals_surname_vowel").match(words[-1]))


def titled_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
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


def area_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
    """A roll set out by area above the first item, with no heading: three lines or more in a
    row, each a place, a dash and the members for it ("Careston - Mr J. Adamson" / "Edzell -
    Mr C. Simpson, Mr I. Rae" / …). Every line's names must read strictly as names, and its
    area as no person and no role ("Ann Bell - Clerk", "Chair - Cllr A Bell" are a name's
    capacity, read elsewhere); an attendance heading ("Apologies - …") ends the run."""
    area_line = p.rx("attendance", "area_line")
    given = given_names()
    honorifics = p.honorific_keys
    best: list[Attendee] = []
    run: list[Attendee] = []
    count = 0
    for line in [*lines(text, 0, end), None]:
        m = area_line.match(line.text) if line is not None and not line.blank else None
        names: list[Attendee] = []
        if m is not None and not any(h.pattern.match(line.text) for h in p.attendance_headings):
            area = m.group("area")
            first = area.split()[0].rstrip(".")
            # (Nor an initial: "T Bell – Abbey Ward" is a member and the ward after them.)
            if first not in given and first.casefold() not in honorifics and not (
                    re.fullmatch(r"[A-Z]", first)) and not _is_role(
                    area, p) and not is_body(area, p) and not is_committee(area, p) and not (
                    p.rx("attendance", "area_not").search(area)):
                names = _names(text, line.start + m.start("names"), line.start + m.end("names"),
                               "Present", p, strict=True)
        if names:
            run.extend(names)
            count += 1
            continue
        if count >= 3 and len(run) > len(best):
            best = run
        run, count = [], 0
    return best


def initialled_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
    """Names each followed by their initials in brackets on the lines above the first item
    ("Penny Bell-Jones (PBJ), Carl Dean (CD)", "Members Cllr. Ann Bell (AB) - Westshire
    Council Public Carl Dean (CD) – …"): minutes that go on to name members by their initials
    print the key in their roll, with no heading. A bracket of two to five capitals that are
    the initials of the capitalised words just before it is a person's when the first of
    those words is a common given name or follows an honorific; a body's initials ("British
    Transport Police (BTP)") come after a body's word and name no one. The line's label
    ("Apologies", "Absent") gives the status, else present; a role in a second bracket, or a
    single officer's word after the initials ("(LPJ) Clerk"), is the capacity. Two such
    names at least, or none: one bracket alone may be an acronym's."""
    bracket = p.rx("attendance", "name_initials")
    statuses = [(re.compile(s["pattern"]), s["status"])
                for s in p.raw["attendance"]["initials_line_status"]]
    given = given_names()
    honorifics = p.honorific_keys
    role_words = {w.lower() for w in (*p.raw["attendance"]["officer_words"],
                                      *p.raw["attendance"]["role_words"])} | {"chair", "vice-chair"}
    officer_words = _officer_words(p)
    out: list[Attendee] = []
    roll = lines(text, text.find("\n") + 1 if "\n" in text else len(text), end)
    # Names whose given name is not a common one ("Nikos Savvas (NS)") are taken once two
    # others confirm the roll, when they open their line or entry as the others do.
    strict = [[(m, _initialled_name(line.text, m, given, honorifics, p))
               for m in bracket.finditer(line.text)] for line in roll]
    known = sum(found is not None for pairs in strict for _, found in pairs)
    for line, pairs in zip(roll, strict, strict=True):
        status = next((st for rx, st in statuses if rx.match(line.text)), "Present")
        for m, found in pairs:
            if found is None and known >= 2:
                found = _initialled_name(line.text, m, given, honorifics, p, entry=True)
            if found is None:
                continue
            s, e = found
            a = Attendee(collapse(line.text[s:e]), status,
                         span(text, line.start + s, line.start + e))
            after = line.text[m.end():]
            if (c := re.match(r"[ \t]*\((?P<c>[^()\n]{2,40})\)", after)) and (
                    c.group("c").split()[-1].lower() in role_words):
                at = line.start + m.end() + c.start("c")  # "(AS) (Forum Secretary)"
                a.capacity_span = span(text, at, at + len(c.group("c")))
            elif (c := re.match(r"[ \t]+(?P<c>[A-Z][a-z]+)[ \t]*(?:[,;]|$)", after)) and (
                    c.group("c").lower() in officer_words):
                at = line.start + m.end() + c.start("c")  # "(LPJ) Clerk"
                a.capacity_span = span(text, at, at + len(c.group("c")))
                if status == "Present":
                    a.status = "AlsoInAttendance"
            elif (c := _post_after_initials(after, p)) is not None:
                # "Ann Bell (AB) Vice-Chairman, Carl Dean (CD)", "Eve Fox (EF) Chief
                # Constable": the post printed after the initials, up to the entry's end.
                at = line.start + m.end() + c.start("c")
                a.capacity_span = span(text, at, at + len(c.group("c")))
            if a.capacity_span is not None:
                a.capacity = collapse(a.capacity_span.exact)
            out.append(a)
    return out if len(out) >= 2 else []


def _post_after_initials(after: str, p: Patterns) -> re.Match[str] | None:
    """The post printed after a name's initials in a roll, up to its entry's end (a comma,
    semicolon, dash or the line's end, or an "and" before the next person): "(AB)
    Vice-Chairman, …", "(CD) T/Chief Constable", "(EF) Deputy Police and Crime
    Commissioner", "(GH) Chairman and Ian Jones (IJ)". None unless it names a post."""
    c = re.match(r"[ \t]+(?P<c>[A-Z][^,;()\n–—]*?)[ \t]*(?:[,;–—(]|$)", after)
    if c is None:
        return None
    if (cut := next((a for a in re.finditer(r"[ \t]+and[ \t]+", c.group("c"))
                     if person_first(rest := c.group("c")[a.end():] + after[c.end("c"):], p)
                     or re.match(r"(?:[A-Z][\w'’-]+[ \t]+){1,3}\([A-Z]", rest)), None)) is not None:
        c = re.match(rf"[ \t]+(?P<c>{re.escape(c.group('c')[:cut.start()])})", after)
        assert c is not None
    field = c.group("c")
    if not (_is_role(field, p) or _names_post(field, p) or p.rx(
            "attendance", "capacity").fullmatch(f"({field})")):
        return None
    return c


def _initialled_name(line: str, m: re.Match[str], given: frozenset[str],
                     honorifics: frozenset[str], p: Patterns,
                     entry: bool = False) -> tuple[int, int] | None:
    """The span in ``line`` of the name whose initials the bracket ``m`` gives: the fewest
    capitalised words just before it (two to four) whose capitals hold the initials in order,
    from the first word's to the surname's ("Dafydd P Jones (DJ)", "Mary McAvoy (MM)"), the
    first a given name or after an honorific, the last no body's word. None if there is none.
    ``entry``: in a roll other names have confirmed, the first word may be any given name
    when the name opens its line or follows a comma or "and", and its words are no post's
    or body's; lower-case letters of the tag ("Sue Roper (SuR)") are left aside."""
    initials = re.sub(r"['’a-z]", "", m.group("initials"))
    words = list(re.finditer(r"\S+", line[: m.start()]))[-5:]
    run: list[re.Match[str]] = []
    for w in reversed(words):  # the capitalised words running up to the bracket
        if not re.fullmatch(r"[A-Z][\w'’.-]*", w.group()) or (run and w.group()[-1] in ",;:"):
            break
        run.insert(0, w)
    for n in range(2, min(4, len(run)) + 1):
        name = run[-n:]
        caps = [(k, c) for k, w in enumerate(name) for c in w.group() if c.isupper()]
        at, need = 0, list(initials)
        last_word = -1
        for k, c in caps:
            if at < len(need) and c == need[at]:
                if at == 0 and k != 0:
                    break
                at, last_word = at + 1, k
        if entry and at < len(need) and len(need) == n + 1 and need[0] == name[0].group()[0] \
                and need[-1] == name[-1].group()[0] and n == 2:
            at, last_word = len(need), n - 1  # "Gus Hale (GPH)": a middle initial not printed
        if at < len(need) or last_word != len(name) - 1 or need[0] != name[0].group()[0]:
            continue
        before = run[-n - 1].group().rstrip(".").casefold() if len(run) > n else (
            words[-n - 1].group().rstrip(".").casefold() if len(words) > n else "")
        first = name[0].group()
        opens = not line[: name[0].start()].strip() or bool(
            re.search(r"(?:[,;]|\band)[ \t]*$", line[: name[0].start()]))
        if first not in given and before not in honorifics and not (
                entry and opens and not any(w.group().lower() in p.role_words | p.body_words
                                            for w in name)):
            return None
        if name[-1].group().lower() in p.body_words or is_committee(name[-1].group(), p):
            return None
        return name[0].start(), name[-1].end()
    return None


def _column_roll(text: str, start: int, end: int, p: Patterns) -> list[Attendee]:
    """One titled name a line from ``start`` (blank lines between allowed), each perhaps
    with its capacity or role in a column after a wide gap ("Cllr A Bell      Chair"), an
    officer without an honorific among them by the role beside the name ("B Dean      Clerk")
    in attendance. The first line that is neither ends the roll."""
    out: list[Attendee] = []
    for line in lines(text, start, end):
        if line.blank:
            continue
        gap = re.search(r"[ \t]{3,}|\t", line.text.strip())
        lead = len(line.text) - len(line.text.lstrip())
        e = line.start + lead + (gap.start() if gap else len(line.text.strip()))
        column = line.text.strip()[gap.end():] if gap else ""
        titled = _titled(collapse(text[line.start:e]), p)
        officer = _has_officer_word(column, p)
        if not (titled or officer):
            break
        names = _names(text, line.start + lead, e, "Present", p, strict=True)
        if len(names) != 1:
            break
        a = names[0]
        at = line.start + lead + gap.end() if gap else line.start
        if column and not _take_column(text, a, at, column, None, p) and not _councillor(
                a.name, p):
            a.status = "AlsoInAttendance"  # beside something: not a member
        out.append(a)
    return out if sum(1 for a in out if a.status == "Present") >= 3 else []


def _take_column(text: str, a: Attendee, at: int, column: str, status: str | None,
                   p: Patterns) -> bool:
    """Take a roll's column beside one name (``column`` at ``at``) onto ``a`` when it is a
    capacity ("Chair", "Vice-Chair"), a post ("County Councillor", "Parish Clerk") or the
    body the person came from ("North Wales Police"); whether it was one (named to say it
    sets as well as tests). With no heading's
    status, an officer by their role, or someone not a councillor beside a post or body,
    attended rather than sat ("PCSO A Bell      North Wales Police")."""
    held = p.rx("attendance", "capacity").fullmatch(f"({re.sub(r'-[ ]+', '-', column)})")
    role = not held and "/" not in column and bool(_is_role(column, p) or p.rx(
        "attendance", "post_before_name").fullmatch(column))
    org = None if held or role else _body_in(column)
    officer = _has_officer_word(column, p)
    if not (held or role or officer or org is not None):
        return False
    if status is None and (officer or not held) and not _councillor(a.name, p):
        a.status = "AlsoInAttendance"
    if held:
        a.capacity = _capacity_name(held.group("capacity"))
    elif role:
        # "Cllr J Pugh      County Councillor", "A Bell      Parish Clerk": the post held.
        a.capacity_span = span(text, at, at + len(column))
        a.capacity = column
    elif org is not None:
        # "PCSO A Bell      North Wales Police": the body they came from.
        a.organisation_span = span(text, at + org[0], at + org[1])
        a.organisation = collapse(a.organisation_span.exact)
    return True


_NUMBERED = re.compile(r"[ \t]*\d{1,4}[.)]?[ \t]+")


def legend_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
    """A roll above the items whose every line is a letter and a name ("P  Ann Bell (Chair)",
    "A  Carl Dean"), the letters explained by a legend on the page ("P: Present", "A:
    Apologies for absence submitted"): each name with the status its letter stands for.
    Only letters the legend defines, and only with two entries in the legend at least."""
    statuses = p.raw["attendance"]["roll_legend_status"]
    legend: dict[str, str] = {}
    for m in p.rx("attendance", "roll_legend").finditer(text, 0, end):
        first = m.group("meaning").split()[0].lower()
        if first in statuses:
            legend[m.group("code")] = statuses[first]
    if len(legend) < 2:
        return []
    codes = "|".join(re.escape(c) for c in sorted(legend, key=len, reverse=True))
    row = re.compile(rf"^[ \t]*(?P<code>{codes})[ \t]+(?P<names>[A-Z][^\n:]*?)[ \t]*$", re.M)
    out: list[Attendee] = []
    for m in row.finditer(text, 0, end):
        names = _names(text, m.start("names"), m.end("names"), legend[m.group("code")], p,
                       strict=True)
        if len(names) == 1:
            out.extend(names)
    return out if len(out) >= 2 else []


# A star that opens an entry of a roll printed as a table of starred cells ("* Ann Bell *
# Carl Dean (Chair) * Present"): at a line's start or after a blank.
_STAR = re.compile(r"(?:^|(?<=[ \t]))\*[ \t]+", re.M)
# A starred cell that is a status's label alone ("Present", "Present (76%)", "In
# attendance"): the label of the entries above it. (Blanks taken whole: a cell of 5,000 is
# not given back a blank at a time.)
_STAR_LABEL = re.compile(
    r"[ \t]*+(?P<label>[A-Za-z][A-Za-z ]{2,30}?)[ \t]*+(?:\([^()\n]*\)[ \t]*+)?[.:]?[ \t]*+")


def starred_roll(text: str, end: int, p: Patterns) -> list[Attendee]:
    """A roll above the items printed as a table whose cells each open with a star, its
    groups' labels in cells after their names ("* Ann Bell (Chair) * C Dean * E Fox G Hale *
    Present * Mr J Irwin (Clerk) …" / "* In attendance", "* Present (76%)" under a board's
    members, drainage boards' minutes): each group's names take the status of the label after
    them. Where a cell holds more than one name ("* E Fox G Hale"), the star marks the first
    (the legend says the starred were present) and the rest are absent. Only with a label's
    cell after three starred names at least; names after the last label are left."""
    out: list[Attendee] = []
    pending: list[tuple[int, int]] = []
    labelled = False
    for ln in lines(text, 0, end):
        stars = list(_STAR.finditer(text, ln.start, ln.end))
        if not stars:
            continue
        cells = [(m.end(), stars[k + 1].start() if k + 1 < len(stars) else ln.end)
                 for k, m in enumerate(stars)]
        for s, e in cells:
            if not text[s:e].strip():
                continue
            label = _STAR_LABEL.fullmatch(text, s, e)
            status = label and _layout_label_status(label.group("label"), p)
            if status and len(label.group("label").split()) <= 3:
                if len(pending) >= 3 or labelled:
                    for cs, ce in pending:
                        names = _names(text, cs, list_end(text, cs, ce), status, p)
                        out.extend(names[:1])
                        for a in names[1:]:
                            a.status = "Absent" if status == "Present" else status
                            out.append(a)
                    labelled = True
                pending = []
            else:
                pending.append((s, e))
    return out


def numbered_lists(text: str, p: Patterns) -> list[Attendee]:
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
                out.extend(_names(text, names_at, list_end(text, names_at, line.end),
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
    says who they are ("Councillors: Nic Brantwood (NB), …", "Councillors not present: …", "Parish
    Clerk: Helen Spurgeon", "Parishioners: 3"). The label, not the heading, gives the status:
    members present or absent, an officer or a named member of the public in attendance;
    other labels name no one, and a note between them ("NB: Cllr A joined at 7.45pm") names
    no one either. The first line with no label, or with another heading, ends them. Returns
    the people and the index of the first line not read."""
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
            k += 1  # "Cllr D Kenley joined the meeting at 8.05pm" between the lists
            j = k
            continue
        if m is None or any(h.pattern.match(line.text) for h in p.attendance_headings):
            break
        out.extend(_labelled_line(text, line, m, p))
        k += 1
        j = k
    return out, j


def _other_field(line: str, p: Patterns) -> bool:
    """A line under a label that is no part of the roll ("Declarations of Interest:- Cllr A
    Bell (The Green)", "Public Participation:- None"): the label gives no one's status, names
    no body and is no name, so the page has gone on to its next field. So is a label of any
    kind over a sentence ("Note: The Chair advised that …"): the label's colon parts it from
    what follows, which is prose, not names."""
    m = p.rx("attendance", "present_label").match(line)
    if m is None:
        return False
    if _prose_line(m.group("names")):
        return True  # "Note: The Chair advised that two residents would attend …": a sentence
    label = collapse(m.group("label"))
    if re.search(r"(?i)\b(?:present|attend\w*|apolog\w*|absent|public|visitors?|observers?)\b",
                 label):
        return False  # "Members of the Public Present:": who else attended
    return _label_status(label, p) is None and _body_in(label) is None and not (
        _titled(label, p) or person_first(label, p) or (_looks_like_name(label, p)
        and len(label.split()) <= 3 and not re.search(r"\b(?:of|and|for)\b", label)))


def _label_status(label: str, p: Patterns) -> str | None:
    """The status a list's label gives ("Councillors" present, "Councillors not present"
    absent, "Parish Clerk" in attendance); None for a label that names no one's status
    ("Parishioners", "NB")."""
    label = collapse(label)
    if p.rx("attendance", "present_label_members").match(label):
        return "Present"
    if p.rx("attendance", "absent_label_members").match(label):
        return "Absent"
    officer_words = _officer_words(p)
    if {w.lower() for w in re.split(r"[\s/&]+", label)} & officer_words or p.rx(
            "attendance", "public_label").match(label):
        return "AlsoInAttendance"
    return None


def _labelled_line(text: str, line: Line, m: re.Match[str], p: Patterns) -> list[Attendee]:
    """The people on one labelled line ("Councillors: A, B", "Clerk and RFO: Mr S Baxendale"),
    with the status its label gives, up to a wide gap (a column's edge: "Mr S Baxendale   Members
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
    found = _names(text, s, list_end(text, s, e), status or "Present", p)
    _label_post(text, line.start + m.start("label"), m.group("label"), found, p)
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
        if line.start == region.body_start and (
                colon := re.match(r"[ \t]*[:–—-][ \t]*(?=\S)", line.text)):
            # The title's colon stood before the names on its line ("1.1 Present: Councillors
            # A, B."), the title cut at the colon: the names start after it.
            line = Line(line.start + colon.end(), line.end, line.text[colon.end():])
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
    """A line of nothing but names given with initials, or a title and perhaps a given name,
    each perhaps with its capacity in brackets: "M. Kemp B. Fox", "R. Lane (Clerk)",
    "M Young (Director of Health) Mrs Anne Bell (Secretary)"."""
    honorifics = p.honorific_pattern
    initial = r"[A-Z](?:\.[ \t]*|[ \t]+)"
    # Atomic: one way to read a title ("Lt Col" is never "Lt" and "Col"), or a long roll that
    # is no such line backtracks in more ways than it has names.
    name = (rf"(?:(?>(?:{honorifics})\.?[ \t]+)(?:[A-Z][\w'’-]+[ \t]+)?|{initial})(?:{initial})*"
            r"[A-Z][a-z][\w'’-]*(?:[ \t]*\([^()\n]{1,40}\))?")
    return bool(re.fullmatch(rf"{name}(?:[ \t]*,?[ \t]+{name})*[ \t]*,?", line.strip()))


def _reads_as_list(line: str, p: Patterns) -> bool:
    """A line that holds a list of names or one titled or initialled name: a separator, an
    honorific or an initial before a surname."""
    if re.search(r"[,;&]|\band\b|\b[A-Z]\.?[ \t]+[A-Z][a-z]", line):
        return True
    return any(w.strip(".").casefold() in p.honorific_keys
               for w in line.split())


def _runs_on(line: str, p: Patterns) -> bool:
    """A line of a list that stops mid-list ("Cllr A Lamb, Cllr B Moss,") or mid-name
    ("Cllr Mrs B"; "Ann Lamb, Bob Moss, Judy" over "McDowall, …": a list of full names whose
    last entry is a given name alone, or any one capitalised word after two full names or a
    capacity's bracket, as PDF columns wrap "Debbie Corran, Barry Dolan, Sheamus" over
    "Greene, …" and "Ruth Lennon (Chairman) Harold" over "Andrews, …"), so the next
    line goes on with it."""
    words = line.split()
    if not words:
        return False
    last = words[-1]
    # Entries end at commas and at a bracket closing a capacity ("Ann Bell (Chair) Carl").
    parts = [part.split() for part in re.split(r"[,)]", line)]
    lone = len(parts) >= 2 and len(parts[-1]) == 1 and len(parts[-2]) >= 2 and bool(
        re.fullmatch(r"[A-Z][a-z'’-]+", last)) and last.lower() not in p.role_words
    return (line.rstrip().endswith((",", "&")) or last == "and" or bool(
        re.fullmatch(r"[A-Z]\.?", last)) or last.casefold() in _honorifics_folded(p)
        or (lone and (last in given_names() or sum(len(x) >= 2 for x in parts[:-1]) >= 2
                      or bool(re.search(r"\)[ \t]+\S+$", line)))))


# The end of a sentence: a full stop before a capitalised word or a label in capitals ("…
# and Eric Gwyn. CHAIR: …"), not after an initial ("K. Evans") or an abbreviated title
# ("Capt. & Mrs Bell", "Cllr. Smith", "Messrs. Storey, Lamb").
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCapt)(?<!\bCllr)(?<!\bCllrs)"
    r"(?<!\bProf)(?<!\bRev)(?<!\bRevd)(?<!\bMessrs)\.(?=\s+(?:[A-Z][a-z]|[A-Z]{2,}[ \t]*:))"
)


# A rule printed across the page ("*****", "_____", "====="): no part of a name, it closes a
# roll that a page run onto one line printed on with its minutes (see _attendance).
_RULE = re.compile(r"(?<![ \t])[ \t]*(?:[*_=~#][ \t]?){4,}")


def list_end(text: str, start: int, end: int) -> int:
    """Where a list of names that starts at ``start`` ends: at its sentence's full stop, and
    before the bar that closes its row's last table cell ("Present | Cllr A Bell, Cllr C Dean
    |": pages taken from web tables keep the cells' bars). A bar between names parts them."""
    m = SENTENCE_END.search(text, start, end)
    stop = m.start() if m else end
    bar = re.search(r"(?<![ \t])[ \t]*\|[ \t]*$", text[start:stop])  # from a run's start
    return start + bar.start() if bar else stop


def apologies_list(text: str, region: ItemRegion, p: Patterns) -> list[Attendee]:
    """An apologies item whose minute is nothing but the names ("Councillors A, B and C."
    or "Cllr D (work) and Cllr E (leave). The meeting accepted these reasons."): its first
    sentence, when every part of it is a name."""
    _, minutes_start = minutes_part(text, region, p)
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
    # One name a line ("Brian Ambrose – unwell" / "Sue Romero – away"): each line a list,
    # under a caption perhaps ("Councillors:" / "A Bell Westshire Council" / …).
    rows = [ln for ln in lines(text, s, e) if not ln.blank]
    if len(rows) > 1 and p.rx("attendance", "roll_caption").fullmatch(rows[0].text):
        rows, s = rows[1:], rows[1].start
    by_line = [_names(text, ln.start, ln.end, "Apologies", p, strict=True) for ln in rows]
    if len(by_line) > 1 and all(by_line):
        return [a for names in by_line for a in names]
    found = _names(text, s, list_end(text, s, e), "Apologies", p, strict=True)
    if len(found) == 1 and len(rows) == 1 and person_first(collapse(text[s:e]), p):
        # (a cell is the name alone: not a sentence that names one, "Apologies were received
        # from Cllr K Lowe.", whose next paragraph is no cell beside it)
        found.extend(_cell_paragraphs(text, found[0], e, region.body_end, "Apologies", p))
    return found


def _cell_paragraphs(text: str, named: Attendee, start: int, end: int, status: str,
                     p: Patterns) -> list[Attendee]:
    """A two-column roll saved one cell a paragraph ("A Bell" / blank / "Westshire County
    Council" / blank / "C Dean" / blank / "Eastvale Council"), after its first name
    (``named``): each body is the one the name above came from, and the roll goes on while
    the paragraphs alternate a body and one name. Nothing unless at least a body follows
    the first name and another name follows it."""
    out: list[Attendee] = []
    last: Attendee | None = named
    for s, e in paragraphs(text, start, end):
        if "\n" in text[s:e].strip():
            break
        if last is not None:
            if (body := _body_cell(text[s:e])) is None:
                break
            if last.organisation is None:
                last.organisation_span = span(text, s + body[0], s + body[1])
                last.organisation = collapse(last.organisation_span.exact)
            last = None
            continue
        names = _names(text, s, e, status, p, strict=True)
        if len(names) != 1 or not person_first(collapse(text[s:e]), p):
            break
        out.append(names[0])
        last = names[0]
    return out


def seat_posts(text: str, attendance: list[Attendee]) -> None:
    """A seat's letters printed after a name in a roll ("Ms Ann Bell MLA", "C Dean, MSP",
    "E Fox MP (Chair)") are no part of the name but a post the person holds (the lexicon's
    ``people.post_honours``: a Member of Parliament, of the Scottish Parliament, of the
    Northern Ireland Assembly): the capacity of one who attended in no other. A full stop may
    end the sentence after them ("Jo Hale MP."). Letters that are the person's own initials
    ("Mary Price MP" in a roll "Mary Price MP / Carl Dean CD / Ann Bell AB") are no seat, nor
    are any letters in a roll whose entries carry their holders' initials."""
    seats = "|".join(re.escape(w) for w in lexicon_data()["people"]["post_honours"])
    # (the blanks before and after the comma are one run where no comma is: two runs of
    # blanks side by side tried every split of a long run, quadratic after a name followed
    # by 20,000 tabs and spaces)
    after = re.compile(rf"[ \t]*(?:,[ \t]*)?(?P<seat>{seats})(?![\w'’-])(?!\.\w)")
    letters = re.compile(r"[ \t]*(?:,[ \t]*)?(?P<seat>[A-Z]{2,4})(?![\w'’-])")
    initialled: dict[str, int] = {}  # a roll's (status's) entries followed by own initials
    for a in attendance:
        if (m := letters.match(text, a.span.end)) and own_initials(a.name.split(), m.group("seat")):
            initialled[a.status] = initialled.get(a.status, 0) + 1
    for a in attendance:
        if initialled.get(a.status, 0) >= 2:
            continue  # "Carl Dean CD / Ann Bell AB": a roll of names with their initials
        if a.capacity is None and (m := after.match(text, a.span.end)) and not own_initials(
                a.name.split(), m.group("seat")):
            a.capacity_span = span(text, m.start("seat"), m.end("seat"))
            a.capacity = m.group("seat")


@cache
def _post_title_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The titles that are a post (``patterns.capacity_titles``: "PCSO", "Sgt", "Inspector",
    "Detective Superintendent"), as the titles before a person's name are written
    (``patterns.title_alternation``: capitalised or in capitals, case-sensitive; a full stop
    after any: "PC. Hale"): as a name's first words, before a capital or a name's particle
    ("Sergeant de Souza", ``people.name_particles``), and as the words just before where a
    name starts, after which the name was read."""
    people = lexicon_data()["people"]
    alts = title_alternation(capacity_titles(people), people)
    particles = "|".join(re.escape(w) for w in people["name_particles"])
    return (re.compile(rf"(?P<title>{alts})\.?[ \t]+(?=[A-Z]|(?:{particles})[ \t])"),
            re.compile(rf"(?<![\w'’.-])(?P<title>{alts})\.?[ \t]+$"))


def title_posts(text: str, attendance: list[Attendee]) -> None:
    """A police officer's rank printed as the title of a name in a roll ("PCSO Ann Bell",
    "Apologies: … and PC Dean", "Sergeant J Fox", "Detective Inspector R Hale"): the rank is
    the post the person holds (``people.post_titles``), the capacity of one who attended in
    no other. The prose reader marks it so outside rolls; a roll's names are read here. The
    words before a name are looked at back to the end of the name before it, never into it
    ("Cllr A Constable Cllr B Dean": "Constable" is the surname of one, no rank of the other)."""
    first, before = _post_title_rx()
    ends = sorted(a.span.end for a in attendance)
    for a in attendance:
        if a.capacity is not None:
            continue
        at = a.span.start
        k = bisect.bisect_right(ends, at)  # the names that end where this one starts or before
        floor = max(at - 40, ends[k - 1] if k else 0, 0)
        m = first.match(text, at, a.span.end) or before.search(text, floor, at)
        if m is None:
            continue
        a.capacity_span = span(text, m.start("title"), m.end("title"))
        a.capacity = collapse(a.capacity_span.exact)


def letterhead_posts(text: str, end: int, attendance: list[Attendee], p: Patterns) -> None:
    """A letterhead's officers ("Chairman Clerk Ann Bell Carl Dean …", see ``[attendance]
    letterhead``): the posts and the names are in the same order, so each post is the
    capacity of the roll's member it names, matched on the surname and any initial ("Ann
    Bell" is the roll's "Mrs A Bell"). Someone the roll does not list is left alone: the
    letterhead says who holds the post, not who came. So is a name of honorifics only (no
    surname to match), and one that two of the roll's members fit ("Mrs A Bell" and "Mr A
    Bell"): the post is not known to be either's."""
    name_rx = p.rx("attendance", "letterhead_name")
    post_rx = p.rx("attendance", "letterhead_post")
    for m in p.rx("attendance", "letterhead").finditer(text, 0, end):
        posts = list(post_rx.finditer(m.group("posts")))
        names = list(name_rx.finditer(m.group("names")))[: len(posts)]
        for post, name in zip(posts, names, strict=False):
            words = [w.rstrip(".") for w in name.group().split()
                     if w.rstrip(".").casefold() not in p.honorific_keys]
            if not words:
                continue
            fits = [a for a in attendance if _fits_letterhead_name(a.name, words, p)]
            if len({a.name for a in fits}) != 1:
                continue
            at = m.start("posts") + post.start()
            for a in fits:
                if a.capacity is None:
                    a.capacity_span = span(text, at, at + len(post.group()))
                    a.capacity = post.group()


def _fits_letterhead_name(name: str, words: list[str], p: Patterns) -> bool:
    """Whether a roll's ``name`` is the letterhead's (its words less honorifics): the same
    surname, and the same initial where the roll prints more than a surname."""
    theirs = [w.rstrip(".") for w in name.split()
              if w.rstrip(".").casefold() not in p.honorific_keys]
    return bool(theirs) and theirs[-1] == words[-1] and (
        len(theirs) < 2 or theirs[0][0] == words[0][0])


def bracketed_bodies(text: str, attendance: list[Attendee]) -> None:
    """A post that ends on the body its holder came from in brackets ("E Fox, Senior
    Manager (Audit Scotland)"): the body is their organisation, the post the words before."""
    for a in attendance:
        if a.capacity_span is None or a.organisation is not None:
            continue
        cs = a.capacity_span
        note = re.search(r"[ \t]*\((?P<note>[^()]*)\)[ \t]*$", text[cs.start:cs.end])
        if note is None or note.start() == 0 or (org := _body_in(note.group("note"))) is None or (
                org != (0, len(note.group("note")))):
            continue
        at = cs.start + note.start("note")
        a.organisation_span = span(text, at + org[0], at + org[1])
        a.organisation = collapse(a.organisation_span.exact)
        a.capacity_span = span(text, cs.start, cs.start + note.start())
        a.capacity = collapse(a.capacity_span.exact)


# A roll's body's words and marks, as :func:`kg.patterns.council_run_on` reads them: a run
# of word characters (with an apostrophe inside) or one mark.
_RX_BODY_WORD = re.compile(r"[\w'’]+|[^\w\s]")


def council_run_ons(text: str, attendance: list[Attendee]) -> None:
    """The body beside a member that ends in a principal council's full name with other
    words run onto its front ("Cllr S Clarke (Substitute - Redcar & Cleveland Council)",
    "Jo Weyer Kent County Council" where the roll's name stopped short) is cut back to the
    council, by the rule the prose pass cuts a body's name by
    (:func:`kg.patterns.council_run_on`), its span with it. Left whole where the words
    before the council are a body's of their own ("Highways England Kent County Council"):
    which of the two the member came from the roll does not say."""
    for a in attendance:
        org = a.organisation_span
        if org is None:
            continue
        starts = [m.start() for m in _RX_BODY_WORD.finditer(org.exact)]
        j = council_run_on(org.exact, starts)
        if j is None or names_body(org.exact[: starts[j]].strip(" -–,;:(")):
            continue
        a.organisation_span = span(text, org.start + starts[j], org.end)
        a.organisation = collapse(a.organisation_span.exact)


def first_of_each(attendance: list[Attendee]) -> list[Attendee]:
    """One record per name and status: ModernGov pages print an item's decision and its
    minute, so "Apologies were received from …" often comes twice."""
    seen: dict[tuple[str, str], Attendee] = {}
    out = []
    for a in attendance:
        if (first := seen.get((a.name, a.status))) is None:
            seen[(a.name, a.status)] = a
            out.append(a)
        elif first.organisation is None and a.organisation is not None:
            # The body one printing gives ("… Ms B Rennick, NHS England") and the other not.
            first.organisation, first.organisation_span = a.organisation, a.organisation_span
    return out


def _attendance_sentences(
    text: str, start: int, end: int, p: Patterns, header: bool = False
) -> list[Attendee]:
    """Attendance given in sentences; ``header``: the text above the first item, where
    sentences of scope "header" are read too."""
    out: list[Attendee] = []
    for sp in p.attendance_sentences:
        if sp.scope == "header" and not header:
            continue
        for m in sentence_matches(sp, text, start, end, p):
            out.extend(_names(text, m.start("names"), m.end("names"), sp.status, p))
    for m in p.rx("attendance", "apologies_list_intro").finditer(text, start, end):
        out.extend(_listed_below(text, m.end(), end, "Apologies", p))
    return sorted(out, key=lambda a: a.span.start)  # in the order the minutes give them


def sentence_matches(sp: StatusPattern, text: str, start: int, end: int, p: Patterns
                     ) -> Iterator[re.Match[str]]:
    """The matches ``sp.pattern.finditer(text, start, end)`` gives, found, when the sentence
    has an anchor (``[attendance] sentences``), by trying the pattern only at the words it
    opens with on the lines above each anchor: a long roll line with no verb is read once,
    not once from each of its titles."""
    if sp.anchor is None or sp.opens is None:
        yield from sp.pattern.finditer(text, start, end)
        return
    above = p.sentence_anchor_lines
    pos = tried = start  # the end of the last match; the first place not yet tried
    # Where a place whose title (``sp.head``) ends at ``dead[0]`` found no match, and
    # ``dead[1]`` the first of ``sp.stops`` from there: any later place whose title ends
    # between them finds none either (its names and verb are a tail of what the failed place
    # tried), so a roll run on before its verb ("Present: Cllr A, Cllr B, … Apologies: …") is
    # scanned once, not from each of its titles to the verb's line.
    dead = (end + 1, end + 1)
    for a in sp.anchor.finditer(text, start, end):
        if a.start() < pos:
            continue
        # never walked above the last place tried: each anchor walking up its own 12 lines
        # read a long run of blank lines above many anchors once for each of them
        lo = _lines_above(text, a.start(), max(start, pos, tried), above)
        for o in sp.opens.finditer(text, lo, a.start() + 1):
            if o.start() < pos:
                continue
            h = None if sp.head is None or sp.stops is None else sp.head.match(text, o.start(), end)
            if h is not None and dead[0] <= h.end() <= dead[1]:
                continue
            if m := sp.pattern.match(text, o.start(), end):
                yield m
                pos = m.end()
            elif h is not None:
                s = sp.stops.search(text, h.end(), end)
                dead = (h.end(), end if s is None else s.start())
        tried = max(tried, a.start() + 1)


def _lines_above(text: str, at: int, start: int, count: int) -> int:
    """The start of the line ``count`` lines above the one ``at`` is on, blank lines not
    counted, or ``start`` when that line starts before it (the walk stops there)."""
    s = max(start, text.rfind("\n", start, at) + 1)
    while count and s > start:
        e = s - 1
        s = max(start, text.rfind("\n", start, e) + 1)
        if text[s:e].strip():
            count -= 1
    return s


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
        if (lab := p.rx("attendance", "present_label").match(text, s, line.end)) and p.rx(
                "attendance", "present_label_members").match(collapse(lab.group("label"))):
            s = lab.start("names")  # "Messrs: A Bell C Dean", "Councillors: …": the members' word
        cut = tail.search(text, s, line.end)
        e = cut.start() if cut else line.end
        names = _names(text, s, e, status, p, strict=True) if s < e else []
        if not names:
            break
        out.extend(names)
    return out


# The tiers a councillor is named by ("Borough Councillor"): _joined_tiers, _looks_like_name.
_TIERS = ("county", "borough", "district", "town", "parish", "community", "city", "ward")
_TIER_WORDS = rf"(?:{'|'.join(_TIERS)})"
# How far before an "and" _joined_tiers looks for the tier word: the longest, and a line
# break after it (``$`` matches before a last one); ``\b`` reads the character before the
# window, so no more is needed. Derived from the list, it stays right when a longer tier
# word is added (a fixed count would silently miss it).
_TIER_REACH = max(map(len, _TIERS)) + 1
_TIER_BEFORE = re.compile(rf"(?i)\b{_TIER_WORDS}$")
_TIER_AFTER = re.compile(rf"(?i){_TIER_WORDS}\s+(?:councillors?|cllrs?\b\.?)")


def _joined_tiers(chunk: str, m: re.Match[str]) -> bool:
    """An "and" between two tiers of one councillor's title ("District & County Councillor
    Jo Bell", "Town and District Cllr Ann Lee") joins the tiers, not two people. (The tier
    word before ends at the "and", or a newline before it, so it is searched for in the few
    characters before the "and" only: searched from the chunk's start, every "and" of a
    long run-on roll scanned all the text before it: ``_TIER_REACH``.)"""
    return bool(re.fullmatch(r"\s+(?:and|&)\s+", m.group())) and bool(
        _TIER_BEFORE.search(chunk, max(0, m.start() - _TIER_REACH), m.start())) and bool(
        _TIER_AFTER.match(chunk, m.end()))


def _capacity_name(word: str) -> str:
    """The capacity a bracket gives, named as a post: "(vice chair)" in a parish's roll is
    the same post as "(Vice-Chair)", so one post, not two, stands in the graph."""
    word = word.title() if word.islower() else word
    return re.sub(r"(?i)^vice\s+chair", "Vice-Chair", word)


def _remit_lists(chunk: str, p: Patterns) -> list[tuple[int, int]]:
    """Where a post's remit is itself a list ("Director of Enterprise, Regeneration and
    Tourism", "Head of Legal, Procurement and Regulatory Services"): its commas and "and"
    part no names, so a roll of "Name, Post" does not read "Regeneration" or "Tourism" as
    people. Not when a word of the list may start a person's name or another post ("Cabinet
    Member for Housing, Ann Bell and Jo Hale", "Head of Finance Brian Osian, Head of
    Transportation and Amenities": the words after the post are the next entries)."""
    out = []
    for m in itertools.chain(p.rx("attendance", "post_remit_list").finditer(chunk),
                             p.rx("attendance", "post_remit_dash").finditer(chunk)):
        words = list(re.finditer(r"[\w'’-]+|&", m.group("remits")))
        stop = next((k for k, w in enumerate(words)
                     if person_first(w.group(), p) or _is_role(w.group(), p)), None)
        if stop is None:
            out.append(m.span("remits"))
        elif stop >= 2 and words[stop - 2].group() in ("and", "&") and person_first(
                words[stop].group(), p):
            # "Head of Planning, Engineering and Transportation Steve Hale Building Control
            # Manager": a flattened roll runs the last remit on into the next entry's name,
            # which opens on a given name or an initial; the list ends before it.
            out.append((m.start("remits"), m.start("remits") + words[stop - 1].end()))
    return out


def _wrapped_line(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether a wide gap is only the indent of a list's wrapped line, the line before
    running on into it ("Attendees:  Ann Bell, Judy" over "             McDowall, Carl
    Dean"): a gap within a line (columns) still parts names."""
    if m.start() == 0 or chunk[m.start() - 1] != "\n" or m.group().strip(" \u00a0"):
        return False
    above = chunk[: m.start() - 1]
    return _runs_on(above[above.rfind("\n") + 1 :], p)


_HOLDER = re.compile(r"(?P<post>[A-Z][^()]*?)[ \t]*\((?P<name>[^()]+)\)")


def _post_then_holder(piece: str, p: Patterns) -> re.Match[str] | None:
    """A roll entry that prints the post first and its holder in brackets ("Director of
    Development (Ms O Mulcahy)", "Head of Marketing (Mrs C Bell)", as Northern Irish rolls
    do): the bracket holds a titled name and the words before it name no one."""
    m = _HOLDER.fullmatch(piece)
    if m is None or not _titled(m.group("name"), p) or _titled(m.group("post"), p) or (
            person_first(m.group("post"), p)):
        return None
    # A name after the honorific ("Bell (Mrs)" is a surname and its title), and a post of
    # more than one word or a post's word ("Smith (Mrs A Smith)" is no post).
    if len(m.group("name").split()) < 2 or not _looks_like_name(m.group("name"), p) or (
            len(m.group("post").split()) < 2 and not _is_role(m.group("post"), p)
            and not p.rx("attendance", "capacity").fullmatch(f"({m.group('post')})")):
        return None  # (a chair's or mayor's one word is a post: "Mayor (Councillor A Bell)")
    return m


def _blank_letters(chunk: str, p: Patterns) -> str:
    """A roll flattened from PDF that prints degrees after its names ("Mrs C Lockyer BA
    (Hons) G A Halloran Councillors J G Buckland …, C M Dorling, LLB, CPLS J J Nettleton MSc …
    J K Tuckwell BA DipEd (21)"): the letters after each surname, the members' plural title
    between two names and the count closing the roll are no one's name. They are blanked
    (spaces, so offsets hold), and the wide gap they leave parts the names as a column's gap
    does. Only in a roll that prints a degree after a name: elsewhere capitals after a name
    may be a body's short form ("Ann Bell WCC")."""
    degree = p.raw["attendance"]["degree_letters"]
    # (the blanks taken whole: a degree opens on a letter, and a run is not split twice over)
    if not re.search(rf"(?<=[a-z])(?:[ \t]*+,[ \t]++|[ \t]++){degree}(?![\w(])", chunk):
        return chunk

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    # Letters after a surname: listed degrees, or capitals of two to five letters ("CPLS").
    chunk = re.sub(rf"(?<=[a-z])(?:[ \t]*,?[ \t]+(?:{degree}|[A-Z]{{2,5}})(?![\w(]))+[ \t]*,?",
                   blank, chunk)
    chunk = re.sub(r"[ \t]*\(\d{1,3}\)[ \t]*(?=$|\n)", blank, chunk)  # the count: "(21)"
    plural = p.raw["attendance"]["members_plural"]
    return re.sub(rf"(?<=[a-z])[ \t]+{plural}[ \t]+(?=(?:[A-Z]\.?[ \t]+)+[A-Z])", blank, chunk)


@cache
def _council_areas() -> re.Pattern[str]:
    """The areas of the UK's principal councils as joint bodies' rolls print them before a
    member (:func:`kg.patterns.council_places`: "Glasgow", "Inverclyde", "Barnet", "East
    Renfrewshire"), longest first so that "East Renfrewshire" is tried before
    "Renfrewshire"."""
    alternatives = "|".join(re.escape(a).replace(r"\ ", r"[ \t]+") for a in council_places())
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?=[ \t]+(?P<title>\S+))")


def _blank_member_areas(chunk: str, p: Patterns) -> str:
    """A joint body's roll that prints each member's council area before the member ("Argyll
    and Bute Councillor Ann Bell East Ayrshire Councillor Carl Dean Glasgow Councillor …",
    transport partnerships and joint boards): the area is the body the member sits for, no
    name and no part of the name before it. Blanked (spaces, so offsets hold), so the roll
    parts at each title. Only where three entries or more show the layout: a place alone
    before a title once may be a surname ("Ann Glasgow Cllr …")."""
    areas = list(_council_areas().finditer(chunk))
    found = [m for m in areas if m.group("title").casefold().rstrip(".") in p.honorific_keys]
    # Officers of a combined authority listed by the council they serve, with no title
    # ("Bolton Ann Bell Bury Carl Dean Wigan Eve Fox"): an area between a name's last word
    # and a common given name. Only where three such stand: one may be a surname.
    given = given_names()
    lead = len(chunk) - len(chunk.lstrip())
    untitled = [m for m in areas
                if m.group("title") in given and (
                    m.start() <= lead or re.search(
                        r"[a-z][ \t]+$", chunk[max(0, m.start() - 8):m.start()]))]
    if len(untitled) >= 3:
        found = sorted([*found, *untitled], key=lambda m: m.start())
    # (Not a table of every member council with a status word in the place of the absent
    # ones' members, "Bexley Apologies Brent Bromley Cllr C Dean": its areas stand with no
    # title after them too, and the status words would be left among the names.)
    if len(found) < 3 or re.search(r"(?i)\bapolog(?:ies|y)\b(?![ \t]*:)", chunk):
        return chunk
    out = list(chunk)
    for m in found:
        out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)


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
    chunk = _blank_member_areas(_blank_letters(text[start:end], p), p)
    pos = 0
    pieces = []
    # "Cllr Ann Bell (Cheshire West and Chester)": no split inside brackets.
    seps = [(m.start(), m.end(), m.group()) for m in _name_splits(chunk)
            if not _in_brackets(chunk, m.start())
            and not _joined_tiers(chunk, m) and not _wrapped_line(chunk, m, p)
            and not _not_a_label(chunk, m, p) and not _post_and(chunk, m, p)
            and not _portfolio_and(chunk, m, p)
            and not _body_and(chunk, m, p)]
    remits = _remit_lists(chunk, p)
    seps = [sep for sep in seps if not any(a <= sep[0] < b for a, b in remits)]
    # "Ann BellWestshire County Council": a table's name cell glued to its body's cell,
    # joined as the next column is (a space): the body is the one the person came from.
    seps = sorted([*seps, *((m.start(), m.end(), " ") for m in p.rx(
        "attendance", "glued_body_cell").finditer(chunk) if not any(
            a <= m.start() <= b for a, b, _ in seps))])
    # "… C. Dean In attendance Chief Finance Officer Ms. E. Fox": the label run on between
    # two entries of a flattened roll parts them, no words of either.
    seps = sorted([*seps, *((m.start(), m.end(), ",") for m in p.rx(
        "attendance", "inline_roll_label").finditer(chunk) if not _in_brackets(
            chunk, m.start()) and not any(a <= m.start() <= b for a, b, _ in seps))])
    at_honorific = [*_honorific_splits(chunk, seps, p), *_style_splits(chunk, seps, p),
                    *_dash_entry_splits(chunk, seps, p), *_slash_splits(chunk, seps, p)]
    honorific_starts = {e for _, e, _ in at_honorific}
    seps = sorted([*seps, *at_honorific])
    joiner = ""  # the separator before each piece
    for sep in [*seps, None]:
        stop = sep[0] if sep else len(chunk)
        pieces.append((pos, stop, joiner))
        pos = sep[1] if sep else pos
        joiner = sep[2] if sep else ""
    pieces = _split_member_councils(chunk, pieces, p)
    pieces = _split_name_before_body(chunk, pieces, p, text, start)
    pieces = _split_body_before_name(chunk, pieces, p)
    pieces = _split_post_before_name(chunk, pieces, p)
    capacity_rx = p.rx("attendance", "capacity")
    tier_rx = p.rx("attendance", "tier_title")
    prefix_rx = p.rx("attendance", "list_prefix")
    substitute_rx = p.rx("attendance", "substitute_for")
    post_label_rx = p.rx("attendance", "post_label")  # "Deputy Town Clerk: N A Eaton"
    # Entries parted by semicolons, most of them two fields, "Name, post or body" ("Ann Bell,
    # Forum Chairman; Carl Dean, Westshire Canoeing; …"), not runs of names.
    semis = [j for j, (_, _, g) in enumerate(pieces) if ";" in g]
    starts = [0, *semis, len(pieces)]
    entries = len(semis) >= 2 and sum(
        b - a == 2 for a, b in itertools.pairwise(starts)) * 2 >= len(semis) + 1
    after_role = False  # the piece before was a role: "Director of Development & Infrastructure"
    portfolio = False  # … a role with its portfolio: "Executive Member for Regeneration"
    post_before = False  # the piece before was a post named with "the": "the Parish Clerk, Mrs S"
    officer_words = _officer_words(p)
    pending_capacity: str | None = None  # "The Mayor, Cllr D Hobley": the next name's
    pending_span: Span | None = None
    named: Attendee | None = None  # the person the piece before named
    posted: Attendee | None = None  # … or whose post the piece before gave
    loose: int | None = None  # where a piece that named no one and gave no post started
    skip = -1  # a piece already read as the end of a body's name
    shared_from = 0  # the first of the names that a post in the plural after them may share
    carried: tuple[int, int] | None = None  # a field's label standing alone, for the next name
    posts_column = False  # a flattened table's column of posts has begun
    for k_piece, (s, e, joiner) in enumerate(pieces):
        if k_piece == skip or posts_column:
            continue
        was_named, named = named, None
        was_posted, posted = posted, None
        was_loose, loose = loose, None
        was_after_role, after_role = after_role, False
        was_portfolio, portfolio = portfolio, False
        was_post_before, post_before = post_before, False
        s, e = strip_span(chunk, s, e)
        if bullet := _BULLET.match(chunk, s, e):  # "• Ann Bell – Clerk": a list's bullet
            s = bullet.end()
        plural_lead = False  # "Councillors Bell Dean …": the piece follows the members' word
        if prefix := prefix_rx.match(chunk, s, e):
            plural_lead = bool(prefix.group().strip())
            s = prefix.end()
        # "Clerk: Mrs E Fox" inside a run-on roll: the label's post (the label may stand as
        # a piece of its own, parted from its name at the honorific).
        field, carried = carried, None
        # (the first piece too when its label is a post and a name follows on: "Also
        # Present: Clerk: R Bell, Cllr C Dean", "Deputy Town Clerk: N A Eaton", which the
        # roll's title leaves whole)
        if (lab := _FIELD_LABEL.match(chunk, s, e) if k_piece else post_label_rx.match(
                chunk, s, e)) and (k_piece or (
                lab.end() < e and _is_role(lab.group("label"), p))) and (
                lab.end() < e or lab.group().rstrip().endswith(":")):
            if _is_role(lab.group("label"), p) or capacity_rx.fullmatch(
                    f"({lab.group('label')})") or p.rx("attendance", "post_before_name").fullmatch(
                    lab.group("label")):
                field = (start + s, start + s + len(lab.group("label")))
            s = lab.end()
            if not chunk[s:e].strip():
                carried = field
                continue
        piece = chunk[s:e].rstrip(".: \t")  # "… and the Clerk Paul Smeed. ."
        if (sub := substitute_rx.search(piece)) and piece.count(
                "(", 0, sub.start()) == piece.count(")", 0, sub.start()):
            # "Cllr E Finch attended as a substitute for Cllr C Dean": the substitute came; the
            # member stood in for is no one this list names (nor is the phrase their role).
            piece = piece[: sub.start()].rstrip()
            if status not in ("Present", "AlsoInAttendance"):
                # "Apologies: Cllr C Dean, Cllr E Finch as substitute": Finch came.
                out.extend(a for a in _names(text, start + s, start + s + len(piece),
                                             "Present", p, strict=True) if _titled(a.name, p)
                           or person_first(a.name, p))
                continue
        if not piece:
            continue
        first = s  # where the piece starts, before any post printed first is cut off
        if p.rx("attendance", "post_nominals").fullmatch(piece.strip()):
            named, posted = was_named, was_posted  # "…, MBE, Leader": honours, no one
            continue
        if k_piece and (lead := re.match(
                rf"(?:{p.raw['attendance']['post_nominals']}[ \t]+)+(?=[A-Z])", piece)):
            # "D Bell, MLA T Cole A Dean": the letters end the name before; names go on.
            s, first, piece = s + lead.end(), first + lead.end(), piece[lead.end():]
        capacity = capacity_span = None
        organisation_span: Span | None = None
        dash_status = None
        chair = None
        if not roles and (held := _post_then_holder(piece, p)):
            # "Director of Development (Ms O Mulcahy)": the post, then its holder in brackets
            # (a post may end in a body's word: "Director of Leisure Services").
            capacity_span = span(text, start + s, start + s + held.end("post"))
            capacity = collapse(capacity_span.exact)
            s, first = s + held.start("name"), s + held.start("name")
            piece = held.group("name")
        d = _DASH.fullmatch(piece) or (
            (t := _TIGHT_DASH.fullmatch(piece)) and len(t.group("a").split()) >= 2 and not (
                _glued_before_hyphen(t.group("a"), p)) and (_barrelled_post(piece, p) or t))
        qualified = False
        if d:
            # "Cllr G Hotchley – Chairman", "Mrs N Baker – Head of Planning", "T Bell –
            # Abbey Ward": the words after the dash are the capacity or the role. "the
            # Clerk – Adrian Illsley": the words before it are an officer's post.
            after = _BRACKETS_AT_END.sub("", d.group("b"))
            before = without_the(d.group("a"), any_case=True)
            if held := capacity_rx.fullmatch(f"({after})"):
                capacity = _capacity_name(held.group("capacity"))
                capacity_span = span(text, start + s + d.start("b"),
                                     start + s + d.start("b") + len(after))
                piece = d.group("a")
            elif not roles and (org := _dash_body(chunk, pieces, k_piece, s + d.start("b"),
                                                  after)) is not None and _looks_like_name(
                    _BRACKETS_AT_END.sub("", d.group("a")), p):
                # "Ann Bell – Westshire Police": the body the person came from.
                b = start + s + d.start("b")
                organisation_span = span(text, b + org[0], b + org[1])
                if b + org[1] > start + e:  # "… – Eastmoor Fire and Rescue Service"
                    skip = k_piece + 1
                piece = d.group("a")
            elif _is_role(after, p) or re.search(r"\bWard$", after) or (
                    qualified := "(" not in d.group("b") and _qualified_capacity(
                        after, capacity_rx)):
                piece = d.group("a")
                if not roles and (_is_role(after, p) or qualified) and not re.search(
                        r"\bWard$", after):
                    # "Ann Cole – Head of Housing": the post they attended in.
                    at = start + s + d.start("b")
                    capacity_span = span(text, at, at + len(after))
                    capacity = collapse(capacity_span.exact)
                # "Mrs S Upshall – Clerk": an officer's post after the name is in attendance.
                if status == "Present" and not _councillor(piece, p) and {
                        w.lower().strip(".") for w in re.split(r"[\s/]+", after)} & officer_words:
                    dash_status = "AlsoInAttendance"
            elif not _titled(before, p) and (
                    {w.lower() for w in re.split(r"[\s/]+", before)} & officer_words or (
                    chair := capacity_rx.fullmatch(f"({before})"))) and person_first(
                    d.group("b"), p):
                # (Not "Team Manager – Communications": a post's service after the dash.)
                # "the Clerk – Ann Bell", "Chairman – Cllr C Dean": the post is the capacity
                # the person attended in; an officer's puts them in attendance.
                if not roles:
                    capacity_span = span(text, start + s + d.end("a") - len(before),
                                         start + s + d.end("a"))
                    capacity = collapse(capacity_span.exact)
                s += d.start("b")
                piece = d.group("b")
                dash_status = "AlsoInAttendance" if status == "Present" and not chair else None
            elif after[:1].islower():
                piece = d.group("a")  # "Brian Ambrose – unwell": the reason, as in brackets
        if c := capacity_rx.search(piece):
            capacity = _capacity_name(c.group("capacity"))
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
            _officer_word(w, officer_words) for w in re.split(r"[\s/]+", bracket.group(1))
        ) and not _councillor(piece, p):
            person_status = "AlsoInAttendance"
            # The post they attended in: "R. Suttle (Clerk)", "J Fox (JF, Clerk)".
            parts = [(m.start(), m.group()) for m in re.finditer(r"[^,;]+", bracket.group(1))
                     if any(_officer_word(w, officer_words)
                            for w in re.split(r"[\s/]+", m.group()))]
            if capacity is None and parts:
                # "(representing the Clerk to the Board)", drainage boards' rolls: the post
                # is the Clerk's, the words before it say who stood in for its holder.
                lead = re.match(rf"(?i)\s*(?:{_ON_BEHALF}\s+(?:the\s+)?)?", parts[0][1]).end()
                at = start + s + bracket.start(1) + parts[0][0] + lead
                size = len(parts[0][1]) - lead
                # "(Head of Finance, Performance and Asset Management)": a remit's list after
                # the post's "of" is all the post, its commas no fields.
                field_end = parts[0][0] + len(parts[0][1])
                size += max((b - field_end for a, b in _remit_lists(bracket.group(1), p)
                             if parts[0][0] <= a < field_end < b), default=0)
                capacity_span = span(text, at, at + size)
                capacity = capacity_span.exact
        # "Dr A Patel (NHS Westshire ICB)", "Tom Lee (Head of Housing, Eastvale Homes
        # Trust)": the body in the brackets is the one the person came from; a ward or place
        # there ("Cllr A Bell (Burton)") is no body.
        if not roles and organisation_span is None and piece.endswith(")") and (
                (cut := _bracket_start(piece)) > 0):
            inner = piece[cut + 1 : -1]
            parts = list(re.finditer(r"[^,;]+", inner))
            # "(Portfolio Holder Economy, Skills and Housing)": after a portfolio's post the
            # fields are its areas, no body.
            portfolio = bool(re.search(r"(?i)\bportfolio\b|\bmember\s+for\b", parts[0].group())
                             ) if parts else False
            # "(Director of Adults, Health and Housing, Westshire Council)": the fields of a
            # post's remit list are the post's (its capacity above), the body after them.
            remits = _remit_lists(inner, p) if len(parts) > 2 else []
            for part in parts:
                if portfolio and part is not parts[0]:
                    break
                if any(a <= part.start() < b for a, b in remits):
                    continue
                if (org := _body_in(part.group())) is not None or (
                        len(parts) == 1 and (org := _acronym_body(part.group(), piece[:cut],
                                                                  capacity_rx, p)) is not None):
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
        # "Mrs E Barnaby (EB)": initials in brackets are the person's, not a capacity; and
        # a name may carry two ("Cllr D Hobley (DH) (in the chair)").
        while (bare := re.sub(r"\s*\([^)]*\)?\s*$", "", piece)) != piece:
            piece = bare
        # "Rose Upward (Coventry … Care Board (C&WICB))": a bracket with one inside it.
        while piece.endswith(")") and (cut := _bracket_start(piece)) > 0:
            piece = piece[:cut].rstrip()
        # "The Mayor, Cllr D Hobley", "The Chairman, Cllr A Pearn": a capacity standing for
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
            # "… and the Clerk Paul Smeed": the post before the name, read as "Clerk Paul Smeed".
            s, piece = s + the.end(), piece[the.end():]
        if status == "Present" and re.match(r"(?i)the\s", piece) and any(
            w.lower() in officer_words for w in piece.split()[1:]
        ):
            post_before = True  # "… and the Parish Clerk, Mrs S. McIlwee"
            if not roles:  # … who attended as Parish Clerk
                pending_span = span(text, start + s + 4, start + s + len(piece))
                pending_capacity = collapse(pending_span.exact)
            continue
        if was_post_before and joiner.strip().startswith(","):
            person_status = "AlsoInAttendance"
        # "Cllr R Nicklin who was on holiday"
        piece = re.split(r"\s+who\b", piece, maxsplit=1)[0]
        # "RFO Clive Bakewell", "Clerk Linda Evesham", "Parish Footpath Officers Declan Wickham":
        # a post before the name, ending in an officer's word, is the capacity they attended
        # in; so is a chair's ("Chairman Cllr A Bell").
        if not roles and (lead := _lead_post(piece, officer_words, p)) and (
                capacity is None or p.rx("attendance", "lead_capacity").match(piece)):
            # ("Provost Fergus Dunlop (in the Chair)": the post printed first is the capacity,
            # the chair they took is a bracket's note.)
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
                # "Mr D L Nettlefold Deputy Parish Clerk": the role cut off is the capacity
                # they attended in.
                at = start + s + words[-dropped].start()
                capacity_span = span(text, at, start + s + words[-1].end())
                capacity = capacity_span.exact
            piece, name = piece[: words[-dropped - 1].end()], short
        if not roles and (run := _given_name_run(piece, p) or _given_name_splits(piece, p)
                               or _segmented_name_run(piece, p)
                               or (plural_lead and _surname_run(piece, p))):
            # "Alan Bell William Dean Mrs Lucy Hale": names whose separators were lost.
            out.extend(Attendee(name=collapse(piece[a:b]), status=person_status,
                                span=span(text, start + s + a, start + s + b))
                       for a, b in run if _looks_like_name(collapse(piece[a:b]), p))
            # "… Anna Wilmott Interim Chair Director of Finance & Head of …": a table's
            # column of posts after its names, to the list's end, names no one.
            posts_column = bool(piece[run[-1][1]:].strip())
            continue
        org = None
        # "Mark Hill⏎Representing: Eastmoor Police": on a line of its own, after the name.
        representing = re.match(rf"(?i){_ON_BEHALF}\b", piece) is not None
        # A body in the next column, or after the bracket that closes a name's post, with no
        # comma between ("Ann Bell      Westshire Police", "A Bell (Chair) Westshire Council"):
        # the body the person came from. (Not across a line: a bulleted body is an entry.)
        column = bool(joiner) and not joiner.strip() and "\n" not in joiner
        if not roles and (joiner.strip() in (",", "-", "–") or representing or column) and (
                target := was_posted or was_named) is not None and not _titled(piece, p):
            if k_piece + 1 < len(pieces) and re.fullmatch(
                    r"\s*(?:&|and)\s*", pieces[k_piece + 1][2]):
                # "…, Westshire Fire and Rescue Service": the body's name cut at its "and".
                e2 = pieces[k_piece + 1][1]
                if (org := _body_in(chunk[s:e2].rstrip(".:"))) is not None:
                    skip = k_piece + 1
            org = org or _body_in(piece)
            if org is None and column and "(" not in target.name:
                # "Pat Aubrey    NFU": a column of bodies may give one by its short form.
                org = _acronym_body(piece, target.name, capacity_rx, p)
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
        if not roles and was_named is not None and joiner.strip() == "," and (
                k_piece + 1 < len(pieces)) and re.fullmatch(
                r"\s*(?:&|and)\s*", pieces[k_piece + 1][2]) and not person_first(
                name, p) and _names_post(collapse(chunk[pieces[k_piece + 1][0]:pieces[
                    k_piece + 1][1]]).rstrip(".:"), p):
            # "Nigel Jacklin, Policy Planning and Implementation Manager": a post's own "and"
            # after a name and its comma; its first words are no second person.
            e2 = start + pieces[k_piece + 1][1]
            if was_named.capacity is None:
                was_named.capacity_span = span(text, start + first, e2)
                was_named.capacity = collapse(was_named.capacity_span.exact).rstrip(".:")
            skip = k_piece + 1
            named = was_named
            continue
        if not _looks_like_name(name, p) and (roles or not _two_initialled_names(piece, p)):
            after_role = _is_role(name, p)  # "Executive Member for Regeneration"
            if strict and not (after_role and was_named is not None and joiner.strip() == ","
                               and not roles):
                # (A post after a name and its comma is an entry of a list: "Mr K Bell,
                # Tourism / Recreation Officer".)
                return []
            portfolio = after_role and " for " in f" {name} "
            if after_role and not roles:
                posted = _role_after_name(was_named, was_posted, joiner, chunk, start, first, e,
                                          text, p)
            if not roles and posted is None and (
                    after_role or p.rx("attendance", "post_before_name").fullmatch(collapse(piece))
            ):
                # "Also Present: Borough Councillor, Mike Coopland": a post standing before a
                # name, set apart by a comma, is the capacity of the name that follows.
                begin = was_loose if was_loose is not None and re.fullmatch(
                    r"\s*(?:&|and)\s*", joiner) else first
                pending_span = span(text, start + begin, start + s + len(piece))
                pending_capacity = without_the(collapse(pending_span.exact), any_case=True)
            elif not after_role:
                loose = first
            continue
        # "Councillor Kim Gray, Chair, Transport Committee": a role after a name is no name.
        if not roles and _is_role(name, p):
            after_role = True
            posted = _role_after_name(was_named, was_posted, joiner, chunk, start, first, e,
                                      text, p)
            if posted is None:
                # "the Police and Crime Commissioner, D Keane": the post's first words, cut
                # off at its "and", belong to it.
                begin = was_loose if was_loose is not None and re.fullmatch(
                    r"\s*(?:&|and)\s*", joiner) else first
                pending_span = span(text, start + begin, start + s + len(piece))
                pending_capacity = without_the(collapse(pending_span.exact), any_case=True)
            continue
        lead_words = len(name.split()) - len((short := _lead_run_on(name, p)).split())
        if was_after_role and re.search(r"&|\band\b", joiner) and not _titled(name, p) and (
                lead_words and not roles and collapse(piece) == name):
            # "Head of Housing & Customer Service Stewart Carwell, …": a flattened roll's
            # post ends, then the next name starts, at a given name (:func:`_lead_run_on`).
            words = list(re.finditer(r"\S+", piece))
            _role_after_name(None, was_posted, joiner, chunk, start, first,
                             s + words[lead_words - 1].end(), text, p)
            s, first = s + words[lead_words].start(), s + words[lead_words].start()
            piece, name = piece[words[lead_words].start():], short
        elif was_after_role and re.search(r"&|\band\b", joiner) and not _titled(name, p) and not (
                _next_entry(name, pieces, k_piece, chunk, p)):
            after_role = True  # the rest of a role's name, cut at its "&"
            posted = _role_after_name(None, was_posted, joiner, chunk, start, first, e, text, p)
            continue
        elif was_after_role and not roles and joiner.strip() == "," and not (
                person_first(name, p) or _titled(name, p)) and all(
                w[:1].isupper() or w in ("and", "&") for w in name.split()) and (
                re.search(r"&|\band\b", name) or name.split()[0].lower() in _directorates()
                or (k_piece + 1 < len(pieces) and re.fullmatch(
                    r"\s*(?:&|and)\s*", pieces[k_piece + 1][2]))):
            # "Claire Dunmore, Committee Officer, Governance & Resources": the service the
            # post is in, after its comma; nobody is named by it (nor is it the post's).
            after_role = True
            continue
        if was_portfolio and joiner.strip() == "," and _portfolio_goes_on(name, p):
            # "Councillor Rowney, Executive Member for Regeneration, Economic Development":
            # a portfolio's second field, not a person: the post goes on.
            after_role = True
            posted = _role_after_name(None, was_posted, joiner, chunk, start, first, e, text,
                                      p, joined=",")
            continue
        if capacity_rx.fullmatch(f"({name})") and not roles:
            # "Cllr A Bell, Chair, Transport Committee": the chair's capacity, after the name.
            # So it is where a roll that lost its separators prints it between two titled
            # names ("Mr P Gell Chairman Mr D Arden Vice Chairman Mr E Fox"): each post
            # follows its holder, as "Cllr T Bloom – Chairman Cllr E Gray" shows.
            between = not joiner.strip() and s in honorific_starts and (
                was_named is not None and _opens_titled(was_named.name, p)) and (
                k_piece + 1 < len(pieces)) and _opens_titled(
                chunk[pieces[k_piece + 1][0]:pieces[k_piece + 1][1]], p)
            posted = _role_after_name(was_named, was_posted, "," if between else joiner, chunk,
                                      start, first, e, text, p)
            continue
        if capacity_rx.fullmatch(f"({name})") or is_committee(name, p) or is_body(name, p):
            continue
        if entries and not roles and k_piece > 0 and ";" not in joiner and not person_first(
                name, p) and (target := was_posted or was_named) is not None:
            # "Ann Bell, Forum Chairman; Carl Dean, Westshire Canoeing; Emma Fox": where
            # semicolons part the entries, words after a name's comma that open on no given
            # name, initial or honorific are its post or body, not a second person ("Gail
            # Hunt, Ian Jones; Kim Lee" is two names). A chair's post is its capacity.
            if target.capacity is None and re.search(
                    r"(?i)\b(?:vice[- ]|deputy\s+)?chair(?:man|person|woman)?$", name):
                target.capacity_span = span(text, start + first, start + s + len(piece))
                target.capacity = collapse(target.capacity_span.exact)
            named, posted = was_named, was_posted
            continue
        if pending_capacity is not None and joiner.strip() == "," and not roles and not (
                person_first(name, p) or _titled(name, p)) and all(
                w[:1].isupper() or w in ("and", "&") for w in name.split()) and (
                re.search(r"&|\band\b", name) or name.split()[0].lower()
                in _directorates()):
            # "In Attendance: Executive Chief Officer, Resources & Finance": the areas of the
            # post before the comma, which no name follows; nobody is named by them.
            after_role = True
            continue
        # Only in apposition ("The Mayor, Cllr D Hobley"): "the Mayor and Councillors A and
        # B" names the Mayor as one more person, not A's capacity.
        if capacity is None and pending_capacity is not None and joiner.strip() == ",":
            capacity, capacity_span = pending_capacity, pending_span
        pending_capacity = pending_span = None
        tier = None
        if capacity is None and not roles and (tier := _tier_title(piece, name, tier_rx)):
            # "Ward Cllr. B. Bell": the tier's title is the post the person holds.
            capacity_span = span(text, start + s + tier.start("post"),
                                 start + s + tier.start("post")
                                 + len(tier.group("post").rstrip(".")))
            capacity = collapse(capacity_span.exact)
        if not roles and (two := _two_initialled_names(piece, p)) and not (
                tier is not None and two[0][1] <= tier.end()):
            # (not "C Cllr K Stott": a tier's initial and its title, then one name)
            # "Mrs S Fennow-Jones M Hughes": two people whose comma PDF text lost. A capacity
            # is the name's just before it ("A Bell C Dean (Vice-Chairman)": Dean's).
            owner = max((k for k, (_, b) in enumerate(two) if capacity_span is not None
                         and start + s + b <= capacity_span.start), default=0)
            for k, (a, b) in enumerate(two):
                out.append(Attendee(
                    name=collapse(piece[a:b]), status=person_status,
                    capacity=capacity if k == owner else None,
                    capacity_span=capacity_span if k == owner else None,
                    span=span(text, start + s + a, start + s + b),
                ))
            continue
        if len(name.split()) == 1 and k_piece + 1 < len(pieces) and re.fullmatch(
                r"\s*(?:&|and)\s*", pieces[k_piece + 1][2]) and is_body(
                collapse(chunk[pieces[k_piece + 1][0]:pieces[k_piece + 1][1]]), p):
            continue  # "Lisburn & Castlereagh City Council": a body's first word, no one
        if ";" in joiner or (out and out[-1].capacity):
            shared_from = len(out)
        if capacity and capacity_span and re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s*", joiner) and (
                plural := _plural_role_word(capacity, p)):
            # "R Bell, H Dunn and S Fox (Assistant Directors)": one post in the plural after
            # names joined by commas and "and" is each one's post, in the singular.
            capacity = capacity[: plural - 1] + capacity[plural:]
            if plural == len(capacity_span.exact):
                capacity_span = span(text, capacity_span.start, capacity_span.end - 1)
            for a in out[shared_from:]:
                if a.capacity is None:
                    a.capacity, a.capacity_span = capacity, capacity_span
        if field is not None and capacity is None and not roles:
            capacity_span = span(text, *field)
            capacity = collapse(capacity_span.exact)
            if status == "Present" and not _councillor(name, p) and {
                    w.lower() for w in capacity.split()} & officer_words:
                person_status = "AlsoInAttendance"
        out.append(Attendee(
            name=name, status=person_status, capacity=capacity, capacity_span=capacity_span,
            span=span(text, start + s, start + s + len(piece)),
            organisation=collapse(organisation_span.exact) if organisation_span else None,
            organisation_span=organisation_span,
        ))
        named = out[-1]
    return _members_for_bodies(text, _without_honours(text, _without_fragments(out, p), p))


# A piece of a list that ends in a person's name after other words: "Head of Finance Brian
# Archibald" (a given name, perhaps initials, one surname).
_POST_THEN_NAME = re.compile(
    rf"(?P<head>\S.*?)[ \t]+(?P<name>(?P<first>[A-Z][a-z'’]+)(?:[ \t]+[A-Z]\.?)*[ \t]+"
    rf"{SURNAME})")


def _next_entry(name: str, pieces: list[tuple[int, int, str]], k: int, chunk: str,
                p: Patterns) -> bool:
    """Whether a piece after a post's "and" opens the next "Name, Post" entry, no rest of the
    post ("A Bell, Communications Manager and C Dean, Procurement Specialist"): it opens on a
    person (an initial, a common given name), is two or three words, and a comma parts it
    from a post after it ("Procurement Officer")."""
    if k + 1 >= len(pieces) or pieces[k + 1][2].strip() != "," or not (
            2 <= len(name.split()) <= 3 and person_first(name, p)):
        return False
    s, e, _ = pieces[k + 1]
    return _is_role(_BRACKETS_AT_END.sub("", chunk[s:e].strip().rstrip(".;")), p)


def _opens_titled(words: str, p: Patterns) -> bool:
    """Whether a run of words opens on an honorific, with or without its stop ("Mr.")."""
    return bool(words.split()) and words.split()[0].casefold().rstrip(".") in p.honorific_keys


def _in_brackets(chunk: str, at: int) -> bool:
    """Whether ``at`` falls inside a bracket the roll opened before it ("A Bell (Chair, Audit
    Committee)"): what is written there is a note on one name, never a place to part names.
    (The brackets before ``at`` are counted by bisecting the chunk's bracket positions,
    found once a chunk, :func:`_brackets`.)"""
    if at < 0:
        return chunk.count("(", 0, at) > chunk.count(")", 0, at)
    opens, closes = _brackets(chunk)
    return bisect.bisect_left(opens, at) > bisect.bisect_left(closes, at)


@lru_cache(maxsize=16)
def _brackets(chunk: str) -> tuple[list[int], list[int]]:
    """Where the chunk's opening and closing brackets are, in order: counted from the chunk's
    start at every separator, a long roll of names with brackets was quadratic."""
    return ([k for k, c in enumerate(chunk) if c == "("],
            [k for k, c in enumerate(chunk) if c == ")"])


# _post_and: "- Head of Planning"; a hyphen inside a word is the post's own ("- Head of
# Cross-Boundary Planning"), no dash parting it from its holder. (What :func:`_dashed_post`
# answers by bisection, kept as its specification: the tests hold one to the other.)
_DASHED_POST = re.compile(r"\s[–—-]\s+(?P<post>(?:[^–—-]|(?<=\w)-(?=\w))+)$")
# The dashes a dashed post cannot hold (``_DASHED_POST``'s): a long dash, or a hyphen not
# inside a word.
_OWN_DASH = re.compile(r"[–—]|(?<!\w)-|-(?!\w)")
# The words after an "and" up to the next separator, one at a time, a separator ending them
# (``_words_to``): _run_on_post_and's and _body_and's (to a bracket or a colon too); and
# all the chunk's words and separators at once, to a dash, for _post_and (``_dash_words``).
_WORDS_TO_DASH = re.compile(r"(?P<word>[^\s,;\n–—]+)|[,;\n–—]")
_WORDS_TO_BRACKET = re.compile(r"(?P<word>[^\s,;\n()–—:]+)|[,;\n()–—:]")
_WORD = re.compile(r"\S+")


def _words_to(chunk: str, start: int, words: re.Pattern[str]) -> Iterator[str]:
    """The words of ``chunk`` from ``start`` up to its next separator, as ``split()`` gives
    them, read one at a time (``words``: a word or a separator, ``_WORDS_TO_DASH``). The
    readers of the words after an "and" need a few of them: all the text to the next
    separator, built and split at each "and", was quadratic on a run-on roll with none."""
    for w in words.finditer(chunk, start):
        if w.group("word") is None:
            return  # the separator
        yield w.group()


@lru_cache(maxsize=16)
def _reversed(chunk: str) -> str:
    """The chunk backwards, once a chunk: :func:`_last_words` reads words from the end."""
    return chunk[::-1]


def _last_words(chunk: str, lo: int, hi: int, n: int) -> list[str]:
    """``chunk[lo:hi].split()[-n:]``, read from ``hi`` backwards (words of the reversed
    chunk): the few words before an "and", where splitting all the entry before it at each
    "and" was quadratic on a run-on roll with no separator."""
    size = len(chunk)
    out = [w.group()[::-1] for w in itertools.islice(
        _WORD.finditer(_reversed(chunk), size - hi, size - lo), n)]
    out.reverse()
    return out


@lru_cache(maxsize=32)
def _positions(chunk: str, chars: str) -> list[int]:
    """Where ``chunk`` holds any of ``chars``, in order, found once a chunk and set of
    characters (:func:`_after_last`, ``_post_and``'s last dash)."""
    return [m.start() for m in re.finditer(f"[{re.escape(chars)}]", chunk)]


def _last_at(chunk: str, chars: str, lo: int, hi: int) -> int:
    """Where the last of ``chars`` in ``chunk[lo:hi]`` stands, or -1: bisected from the
    chunk's positions of them (an ``rfind`` from each "and" read back to the start of a
    roll with none)."""
    pos = _positions(chunk, chars)
    k = bisect.bisect_left(pos, hi) - 1
    return pos[k] if k >= 0 and pos[k] >= lo else -1


def _last_spaced_dash(chunk: str, lo: int, hi: int) -> int:
    """Where the last dash of ``chunk[lo:hi]`` that stands after a space is (-1 if none): the
    dash that parts a holder from a post ("Ann Bell - Head of Cross-Boundary Planning"). A
    hyphen inside a word ("Cross-Boundary") is the word's own; taken for the dash, the post was
    not found and its "and" parted the roll ("Building Control" read as a person). (Bisected
    from the chunk's spaced dashes, found once a chunk, :func:`_spaced_dashes`: walked back
    from each "and" past every hyphen inside a word, a run-on roll of hyphenated posts was
    quadratic.)"""
    pos = _spaced_dashes(chunk)
    k = bisect.bisect_left(pos, hi) - 1
    return pos[k] if k >= 0 and pos[k] > lo else -1


@lru_cache(maxsize=16)
def _spaced_dashes(chunk: str) -> list[int]:
    """Where the chunk's dashes stand that have a blank just before them, in order, found once
    a chunk (:func:`_last_spaced_dash`). A dash at the chunk's start has nothing before it
    and is none of them."""
    return [d for d in _positions(chunk, "–—-") if d > 0 and chunk[d - 1].isspace()]


def _after_last(chunk: str, seps: str, end: int) -> int:
    """Where the text after the last of ``seps`` before ``end`` starts (0 when none is):
    ``re.split(f"[{seps}]", chunk[:end])[-1]`` is ``chunk[_after_last(chunk, seps, end):end]``,
    found without splitting all the text before ``end`` at each "and"."""
    return _last_at(chunk, seps, 0, end) + 1


@lru_cache(maxsize=16)
def _honorific_words(chunk: str, honorifics: frozenset[str]) -> list[int]:
    """Where the chunk's words (``split()``'s) that are honorifics start, in order, found once
    a chunk (:func:`_run_on_post_and`'s last honorific before an "and")."""
    return [w.start() for w in _WORD.finditer(chunk)
            if w.group().casefold().rstrip(".") in honorifics]


def _post_and(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether an "and" that would part a roll is a post's own, after a name and its dash
    ("Mr A Bell - Head of Planning and Building Control Mrs C Dean - Legal and Democratic
    Services Manager", an officers' table flattened): the words after the dash, the "and" and
    the words after it, up to the next honorific, separator or dash, are one post, and those
    words are no person's name."""
    if not re.fullmatch(r"\s+(?:and|&)\s+", m.group()):
        return False
    lo = _after_last(chunk, ",;\n", m.start())  # the entry is chunk[lo:m.start()]
    # (the dashed post runs from the entry's last dash to its end, so the search starts
    # there: searched from the entry's start at each "and", a long run-on roll parted by
    # "and" was quadratic)
    last_dash = _last_spaced_dash(chunk, lo, m.start())
    if last_dash <= lo or not _dashed_post(chunk, last_dash, m.start()):
        return _run_on_post_and(chunk, m, lo, p) or _head_after_and(chunk, m, p)
    # The words after the "and" up to the next honorific, dash or separator, and the dashed
    # post's, read from the chunk's words found once (:func:`_dash_words`): all that is asked
    # of them is the first word after the "and", what ends them, and whether a role's word is
    # among them; read word by word from each "and" of a long run with no separator ("Mr A
    # Bell - Head of Roads and Roads and …"), they were quadratic.
    starts, words, stops, roles = _dash_words(chunk, p.honorific_keys, p.role_words)
    i = bisect.bisect_left(starts, m.end())
    j = stops[i]  # the word or separator that ends them
    if j == i:
        return False  # no word after the "and"
    first = words[i]
    # (a dash word: a post before its holder; an honorific: the next entry; else the next
    # separator, a long dash there ending them as the dash word does)
    dashed = j < len(words) and (words[j] == "-" or words[j] in "–—")
    if not first[0].isupper() or person_first(first, p) or _titled(first, p) or dashed:
        # (Nor "… – North Ward and the Clerk – B Quill": an entry of its own, a post before
        # its dash.)
        return False
    # _is_role on the post, the "and" and those words: no honorific first, a role's word in
    # the post's words (the chunk's words from the post's start) or in the words after it.
    a = bisect.bisect_left(starts, last_dash + 1)  # (the dash a word of its own: "-")
    b = bisect.bisect_left(starts, m.start())
    opening = words[a] if a < b else "and"
    return not _titled(opening, p) and (
        roles[b] > roles[a] or "and" in p.role_words or roles[j] > roles[i])


def _dashed_post(chunk: str, dash: int, end: int) -> bool:
    """Whether ``_DASHED_POST`` matches ``chunk[:end]`` from just before ``dash``, the last
    dash after a space before ``end``, where the blank of an "and" starts (so a hyphen just
    before it is inside no word, read either way): a blank after the dash, then at least one
    character of a post with no dash of its own (a long dash, or a hyphen not inside a word).
    Found by bisecting where the chunk's own dashes stand (:func:`_post_dashes`): matched at
    each "and", the pattern read all the post before it, quadratic on a long post run on
    with "and"s."""
    if end - dash < 3 or not chunk[dash + 1].isspace():
        return False
    own = _post_dashes(chunk)
    k = bisect.bisect_right(own, dash)
    return k == len(own) or own[k] >= end


@lru_cache(maxsize=16)
def _post_dashes(chunk: str) -> list[int]:
    """Where the chunk's dashes stand that no dashed post holds (``_DASHED_POST``'s post): a
    long dash, or a hyphen with no word's character on either side of it."""
    return [d.start() for d in _OWN_DASH.finditer(chunk)]


@lru_cache(maxsize=16)
def _dash_words(chunk: str, honorifics: frozenset[str], role_words: frozenset[str],
                ) -> tuple[list[int], list[str], list[int], list[int]]:
    """The chunk's words and separators (``_WORDS_TO_DASH``'s) for :func:`_post_and`, found
    once a chunk: where each starts, its text, for each the first at or after it that ends
    the words after an "and" (a separator, a dash word or an honorific; the count of them
    when none does) and, for each, how many before it hold a role's word (split at "/", as
    :func:`_is_role` reads them). The starts, the stops and the counts are one longer than
    the words (a sentinel for the chunk's end, after which no word stands)."""
    starts: list[int] = []
    words: list[str] = []
    ends: list[bool] = []
    roles = [0]
    for w in _WORDS_TO_DASH.finditer(chunk):
        word = w.group()
        starts.append(w.start())
        words.append(word)
        sep = w.group("word") is None
        ends.append(sep or word == "-" or word.casefold().rstrip(".") in honorifics)
        roles.append(roles[-1] + (not sep and any(
            x.lower() in role_words for x in word.split("/"))))
    n = len(words)
    starts.append(len(chunk) + 1)
    stops = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        stops[k] = k if ends[k] else stops[k + 1]
    return starts, words, stops, roles


def _run_on_post_and(chunk: str, m: re.Match[str], lo: int, p: Patterns) -> bool:
    """Whether an "and" that would part a run-on roll with no dashes is inside the post an
    entry prints after its holder's name ("Mrs A Bell Director of Housing and Regeneration Mr C
    Dean …", "Mr E Fox Director of Policy and Commissioning, OPCC", boards' and joint bodies'
    officers' tables flattened): parted there, the post is cut ("Director of Housing") and its
    last words stand as a person. Only where the entry opens on an honorific, a role's head
    word stands after the name and the post before the "and" is unfinished (its last word no
    head word: "Mr A Bell Clerk and Treasurer" is two posts), and the capitalised words after
    the "and", up to the next honorific, bracket or separator, open on no person."""
    honorifics = p.honorific_keys
    # The entry (``chunk[lo:m.start()]``) from its last honorific on: the honorific found by
    # bisecting where the chunk's honorifics stand (every word of a long run-on entry was
    # read at each "and": quadratic), or the entry's first word, which may be the end of a
    # word of the chunk ("Bell,Mr": "Mr").
    marks = _honorific_words(chunk, honorifics)
    k = bisect.bisect_left(marks, m.start()) - 1
    if k >= 0 and marks[k] >= lo:
        words = chunk[marks[k] : m.start()].split()
    else:
        words = _words_from_first(chunk, lo, m.start(), honorifics)
    # From the last honorific as a whole word: its letters may stand inside a later word
    # ("Dr" in "Drainage", "Rev" in "Revenues"). (The text from its start is its word and
    # those after it: a bracket there is in one of them.)
    if not words or any("(" in w for w in words):
        return False
    after_title = words[1:]
    # The name is two words at least (an initial and a surname, a given name and a surname).
    if len(after_title) < 3 or after_title[-1].lower() in p.role_words or not any(
            w.lower() in p.role_words for w in after_title[2:]):
        return False
    taken: list[str] = []
    # (five words at most: a sixth could only make more than the four allowed)
    for w in itertools.islice(_words_to(chunk, m.end(), _WORDS_TO_BRACKET), 5):
        if w.casefold().rstrip(".") in honorifics or w == "-" or not w[:1].isupper() or (
                w in given_names() and taken):
            break
        taken.append(w)
    return bool(taken) and not person_first(taken[0], p) and len(taken) <= 4


# The most capitalised words of a post's portfolio before its "and" ("Director of Adult
# Social Care and …") and after it ("… and Community Facilities").
_PORTFOLIO_BEFORE = 4
_PORTFOLIO_AFTER = 3


def _portfolio_and(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether an "and" or "&" that would part a roll goes on a post's portfolio, the post
    printed after its holder ("Mr A Bell / Regional Lead for Literacy & Numeracy", "Cllr C
    Dean, Portfolio Holder for Environment and Transport", "E Fox – Section Engineer for
    Eastbury and Westhaven"): parted there, the portfolio's last words stand as a person
    ("Numeracy", "Transport"). The words before the "and" are a post's head word
    (``role_words``, ``portfolio_heads``), "of" or "for" and one to four capitalised words;
    the words after it, up to the next separator, dash, bracket, honorific or given name (the
    next entry's name), are one to three capitalised words that open on no person and on no
    second post ("… and Chief Executive", ``post_leads``, a role's word). A body's name
    before the "and" is no portfolio ("Tom Fry, Chair of Westshire Council and Ysolde Marrick,
    …": the next entry's holder, her given name on no list)."""
    if not re.fullmatch(r"\s+(?:and|&)\s+", m.group()):
        return False
    lo = _after_last(chunk, ",;\n()–—/:", m.start())
    before = _last_words(chunk, lo, m.start(), _PORTFOLIO_BEFORE + 2)
    of = max((k for k, w in enumerate(before) if w in ("of", "for")), default=-1)
    att = p.raw["attendance"]
    if of < 1 or not 1 <= len(before) - of - 1 <= _PORTFOLIO_BEFORE or (
            before[of - 1].lower() not in p.role_words
            and before[of - 1].lower() not in att["portfolio_heads"]) or not all(
            w.isalpha() and w[0].isupper() for w in before[of + 1 :]) or names_body(
            " ".join(before[of + 1 :])):
        return False
    taken: list[str] = []
    ended = True  # what stops the words after the "and" ends the post
    for w in itertools.islice(_WORDS_TO_BRACKET.finditer(chunk, m.end()), _PORTFOLIO_AFTER + 1):
        word = w.group("word")
        if taken and word in given_names() and chunk[lo - 1 : lo] == ",":
            # "Ken Ross, Head of Assets & Support Kevin Rowe, Head of Economy": a "Name, Post"
            # roll run on into the next name. Parted at the "and", the name after the post's
            # "and" is cut from "Support" (:func:`_split_post_before_name`) and the post
            # read whole; not parted, the name stays in the post unless enough other entries
            # show the layout. (A dash's roll is read so by its dashes: "Kim Pole – Director
            # of Conservation and Protection Barry Fox – …".)
            return False
        if word is None or word == "-" or word.casefold().rstrip(".") in p.honorific_keys or (
                taken and word in given_names()):
            break
        if len(taken) == _PORTFOLIO_AFTER or not word.rstrip(".").isalpha() or not (
                word[0].isupper()) or word.isupper():
            ended = False
            break
        taken.append(word.rstrip("."))
    return ended and bool(taken) and not person_first(taken[0], p) and not any(
        w.lower() in p.role_words or w.lower() in att["post_leads"] for w in taken)


def _head_after_and(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether an "and" or "&" that would part a roll joins two remits of one post whose head
    word stands after it, the post alone after a name's comma or bracket ("Dr K. Long,
    Equality & Diversity Adviser", "Ann Bell, Communications and Culture Manager", "Jo Hale
    (JH) Strategy & Partnership Executive, Eastshire LEP": officers' rolls set out "name,
    post"): parted there, the post loses its first remit ("Diversity Adviser") and the remit
    is read as a person. :func:`_run_on_post_and` asks for the head before the "and"; here it
    comes after. The words from the comma or bracket to the "and" are one to three
    capitalised words of a remit (no initial, given name, honorific, acronym or head word:
    "Clerk and Treasurer" are two posts); the capitalised words after it (at most four, to
    the next honorific, dash, bracket or separator) open on no person and end on a head word,
    no field's label ("…, Dean and Fox Clerk: Mrs E Hale" is a name, then a label)."""
    lo = _after_last(chunk, ",;\n()", m.start())
    before = _last_words(chunk, lo, m.start(), 4)
    if not 1 <= len(before) <= 3 or not _named_before(chunk, lo, p) or not all(
            w.isalpha() and len(w) >= 3 and w[0].isupper() and not w.isupper()
            and w.lower() not in p.role_words and w not in given_names()
            and w.casefold() not in p.honorific_keys for w in before):
        return False

    taken: list[str] = []
    after: str | None = None  # the word or separator after the head, if any
    for w in itertools.islice(_WORDS_TO_BRACKET.finditer(chunk, m.end()), 5):
        word = w.group("word")
        if taken and _is_role(taken[-1], p):  # a head, "/" read too: "… Officer/Clerk"
            after = w.group()
            break
        if word is None or word.casefold().rstrip(".") in p.honorific_keys or word == "-" or (
                not word[:1].isupper()):
            break
        taken.append(word)
    # The head ends the post: the chunk's end, or what opens on no capital after it (a
    # separator, bracket or dash, a lower-case word), or the next entry's name (an honorific,
    # an initial, a given name); not a colon ("…, Dean and Fox Clerk: Mrs E Hale" is a name,
    # then a label), nor more of a name ("Social Care & Wellbeing Executive Group" is a
    # body's). (The loop stops at the first head, so no word before it is one.)
    ends = after is None or (after != ":" and (
        not after[:1].isupper() or person_first(after, p)))
    return 2 <= len(taken) <= 4 and _is_role(taken[-1], p) and not person_first(
        taken[0], p) and ends


def _named_before(chunk: str, lo: int, p: Patterns) -> bool:
    """Whether the entry before the comma or bracket just before ``lo`` ends in a name of two
    words at least ("Dr K. Long, Equality …", "Jo Hale (JH) Strategy …", "Jo Hale (JH),
    Strategy …"; a bracket after the name is passed over, and so are up to two one-word
    remits of a list, "Angelika Kaufhold, Committee, Scrutiny & Civic Affairs Manager"):
    only then is what follows a post of "name, post". A roll of bare surnames ("Councillors
    Bell, Dean, Wood and Town Clerk Mrs E Hale") or the members' word and one ("Councillors
    Bell, Wood and Parish Clerk …") parts at its last "and": a surname there is no remit of
    the clerk's post. (Bisected from the chunk's separators and read from the reversed chunk,
    as :func:`_head_after_and` reads the words before the "and": a few steps an "and".)"""
    end = lo - 1  # the comma or bracket
    for _ in range(3):
        if end < 0:
            return False
        start = _after_last(chunk, ",;\n()", end)
        if chunk[end] == ")" or (start and chunk[start - 1] == ")"
                                 and _WORD.search(chunk, start, end) is None):
            end = _last_at(chunk, "(", 0, end if chunk[end] == ")" else start - 1)
            if end < 0:
                return False
            start = _after_last(chunk, ",;\n()", end)
        words = _last_words(chunk, start, end, 2)
        if len(words) == 2:
            return not p.rx("attendance", "present_label_members").match(words[0])
        if not words or not start or chunk[start - 1] != ",":
            return False
        end = start - 1  # a one-word entry after a comma: a remit of a list, or a surname
    return False


def _words_from_first(chunk: str, lo: int, hi: int, honorifics: frozenset[str]) -> list[str]:
    """``chunk[lo:hi].split()`` when its first word is an honorific with no other after it
    (the first word may be cut from a word of the chunk, which the chunk's honorifics do not
    list), else none."""
    first = _WORD.search(chunk, lo, hi)
    if first is None or first.group().casefold().rstrip(".") not in honorifics:
        return []
    return chunk[first.start() : hi].split()


def _body_and(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether an "&" or "and" that would part a roll is inside the name of a body: a table's
    body column run on after its names, where a body's name holds one ("Cllr Ann Bell Eastdale
    & West Moor Borough Council", "Jo Hale Mid & West Wales Fire and Rescue Service", "Eastmoor
    Fire and Rescue Service A Dean"). Parted there, the body's first words would end the name
    before ("Cllr Ann Bell Eastdale") or stand as a person ("Eastmoor Fire"). The last words
    before it (one to three capitalised words, none a given name, an initial or a title), the
    "and" and the words after it up to a body's head word name a body, and the words after it
    open on no person (a given name, an initial or a title: "Ann Bell & Carl Dean Westshire
    Council" is two people)."""
    if not re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", m.group()):
        return False
    # Six words before the "and" and nine after it are all that is read below (the last
    # three and the three before them, whose place in the entry matters only when the entry
    # has fewer than six; and the eight a body's name may take, and one more, whose being
    # there is all that matters): the whole entry split at each "and" was quadratic.
    before = _last_words(chunk, _after_last(chunk, ",;\n()–—:", m.start()), m.start(), 6)
    after = list(itertools.islice(_words_to(chunk, m.end(), _WORDS_TO_BRACKET), 9))
    if not before or not after or person_first(after[0], p) or not after[0][:1].isupper():
        return False
    given = given_names()

    def bodys_word(w: str) -> bool:  # a body's own word: capitalised, no name's or title's
        return bool(re.fullmatch(r"[A-Z][\w'’-]*", w)) and w not in given and not (
            re.fullmatch(r"[A-Z]{1,2}", w)) and w.casefold().rstrip(".") not in p.honorific_keys
    lead: list[str] = []
    for w in reversed(before[-3:]):
        if not bodys_word(w):
            break
        lead.insert(0, w)
    if not lead:
        return False
    def name_opens(k: int) -> bool:  # before[k] opens a name: a title, an initial, or a
        # given name first ("Cllr Ann Hale", not the surname in "Cllr M Lee")
        w = before[k]
        if w.casefold().rstrip(".") in p.honorific_keys or re.fullmatch(r"[A-Z]\.?", w):
            return True
        return w in given and (k == 0 or before[k - 1].casefold().rstrip(".") in (
            p.honorific_keys) or not before[k - 1][:1].isupper())

    # Only the words after a whole name: not a surname after its initial, its given name or
    # its title ("Cllr T Hale & Eastdale Borough Council": the name ends before the "&").
    # Nor words inside a post ("Head of Housing & Customer Services"): a small word before.
    opens = [i for i in range(len(lead)) if len(before) == len(lead) - i or not (
        name_opens(len(before) - (len(lead) - i) - 1)
        or before[len(before) - (len(lead) - i) - 1].islower())]
    bw = body_words()
    for k, w in enumerate(after[:8], start=1):
        if w.casefold().rstrip(".") in p.honorific_keys:
            return False
        if w.lower().strip(".,") in bw.heads and any(
                names_body(f"{' '.join(lead[i:])} & {' '.join(after[:k])}") for i in opens) and (
                k == len(after) or after[k].lower().strip(".,") not in bw.post_heads
                or after[k].casefold().rstrip(".") in p.honorific_keys):
            # (Not a post's qualifier: "Democratic Support and Scrutiny Team Manager".)
            return True
    return False


def _not_a_label(chunk: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether a space that parts a roll before "Word:" does not open a field, because the
    word is no field's label but a name's ("Sharon Turner: Democratic Services Officer"): a
    field's label is a post ("Clerk:", "Parish Clerk:"), the members' word or the public's."""
    if m.group().strip() or len(m.group()) >= 3 or chunk[m.start() - 1 : m.start()] == ")":
        return False
    lab = _FIELD_LABEL.match(chunk, m.end())
    if lab is None:
        return False
    label = lab.group("label")
    return not (_is_role(label, p) or p.rx("attendance", "capacity").fullmatch(f"({label})")
                or _group_label(label, p) or p.rx("attendance", "public_label").match(label)
                or p.rx("attendance", "post_before_name").fullmatch(label))


def _split_post_before_name(chunk: str, pieces: list[tuple[int, int, str]], p: Patterns
                            ) -> list[tuple[int, int, str]]:
    """Part the entries of a run-on roll of "Name, Post" entries whose line breaks were lost,
    so that each post runs into the next name ("Ann Bell, Head of Finance Carl Dean, Head of
    Housing, Westshire Services Eve Fox, Chief Executive"): where the list ends on a post
    standing alone (one the word lists know, or, when three pieces show the layout, any words
    that open on no person: "Board Secretariat") and two pieces at least end in a name after
    other words (a common given
    name, or after a post: "Solicitor Hazel Trask"; not after an initial or a given name,
    "T Stephen Hale", "Mary Ann Bell", nor a post's own words, "Head of Community Care"),
    each such name opens the next entry. A
    list that ends on a name ("…, Parish Clerk Gus Hale") prints its posts before the names,
    and is left as it is."""
    spans = [strip_span(chunk, a, b) for a, b, _ in pieces]
    texts = [chunk[a:b].rstrip(".;: ") for a, b in spans]
    if len(pieces) < 4 or not texts[-1] or ((last := _POST_THEN_NAME.fullmatch(texts[-1]))
                                            and not _is_role(last.group("name"), p)) or (
            person_first(texts[-1], p)):
        # (a last piece whose "name" holds a role's word is a post: "Committee and Scrutiny
        # Officer", its "and" the post's own, :func:`_head_after_and`)
        return pieces
    # A last post the word lists do not know ("Board Secretariat") ends such a list too, when
    # three pieces at least show the layout (below).
    known_last = _is_role(texts[-1], p) or _names_post(texts[-1], p)
    given = given_names()
    cuts = {}
    for k, t in enumerate(texts):
        m = _POST_THEN_NAME.fullmatch(t)
        # (After a post's "and" any name: "Head of Roads and Amenities Rod Mackay".)
        tail = bool(re.fullmatch(r"\s*(?:and|&)\s*", pieces[k][2])) and (
            _is_role(texts[k - 1], p) or _names_post(texts[k - 1], p))
        if k and m and (m.group("first") in given or tail or _is_role(m.group("head"), p)
                        or _names_post(m.group("head"), p)) and not _titled(t, p) and not (
                person_first(m.group("head"), p)) and not re.search(
                r"\b(?:of|for|and|the|to)$|&$", m.group("head")) and not any(
                w.lower() in p.role_words | p.body_words for w in m.group("name").split()
                ) and not any(
                w.rstrip(".").casefold() in p.honorific_keys
                for w in m.group("head").split()):
            cuts[k] = spans[k][0] + m.start("name")
    if len(cuts) < (2 if known_last else 3):
        return pieces
    out: list[tuple[int, int, str]] = []
    for k, (a, b, joiner) in enumerate(pieces):
        if k in cuts:
            out += [(a, cuts[k], joiner), (cuts[k], b, " ")]
        else:
            out.append((a, b, joiner))
    return out


@cache
def _member_council() -> re.Pattern[str]:
    """A principal council's name as a joint body's roll prints it after each member: a place
    the UK's councils are named by (:func:`kg.patterns.council_places`), its tier's words and
    "Council" ("Westshire County Council", "Eastvale County Borough Council"), after a name's
    last letter or its bracket and before the next name or the roll's end. The place's
    alternatives are tried longest first, and nothing repeats over the same text."""
    places = "|".join(re.escape(a).replace(r"\ ", r"[ \t]+") for a in council_places())
    tiers = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in _principal_tiers())
    return re.compile(rf"(?<=[a-z)])\s+(?P<body>(?:{places})(?:[ \t]+(?i:{tiers}))*"
                      r"[ \t]+Council)(?=\s+[A-Z]|\s*$)")


@cache
def _principal_tiers() -> tuple[str, ...]:
    """The tier words of a principal council's name (lexicon's ``council_tiers`` less the
    local ones: a town's or parish's council is no member council of a joint body)."""
    tiers, local = council_tiers()
    return tuple(sorted((t for t in tiers if t not in local), key=lambda t: (-len(t), t)))


def _split_member_councils(chunk: str, pieces: list[tuple[int, int, str]], p: Patterns
                           ) -> list[tuple[int, int, str]]:
    """Part a joint body's roll flattened from a table of "<member> <member council>" rows
    ("S Bell (Chair) Westshire County Council A Dean Eastvale Council E Fox Westshire County
    Council …", a fire authority's or a joint board's): each council after a name is the
    body that member sits for, joined by a space as a body in the next column is, and the
    next name starts after it. The header row over the two columns ("Councillor
    Representing") is no one's name. Only where three councils or more follow a name and
    each is followed by a person's name or the roll's end: one council after a name may be
    a body in prose ("Ann Bell Westshire County Council officer")."""
    found = [m for m in _member_council().finditer(chunk)
             if m.end() == len(chunk.rstrip()) or person_first(chunk[m.end():m.end() + 40], p)]
    if len(found) < 3:
        return pieces
    heads = p.rx("attendance", "member_council_heads")
    starts = [m.start("body") for m in found]
    out: list[tuple[int, int, str]] = []
    for s, e, joiner in pieces:
        lead = len(chunk[s:e]) - len(chunk[s:e].lstrip())
        if head := heads.match(chunk, s + lead, e):
            s = head.end()
        # only the councils that start inside the piece (a long roll has many of each)
        for m in found[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]:
            if s <= m.start("body") and m.end("body") <= e:
                if chunk[s:m.start("body")].strip():
                    out.append((s, m.start(), joiner))
                out.append((m.start("body"), m.end("body"), " "))
                s, joiner = m.end("body"), ","
        if chunk[s:e].strip():
            out.append((s, e, joiner))
    return out


def _split_name_before_body(chunk: str, pieces: list[tuple[int, int, str]], p: Patterns,
                            text: str = "", start: int = 0) -> list[tuple[int, int, str]]:
    """Part a roll entry that runs a member's name straight into the body they sit for ("M
    Bateman Flintshire County Council", "Cllr Ann Bell Westshire Police") into the name and
    the body, the body joined by a space as a body in the next column is. Only when the name
    is certain: it opens with an initial or a common given name and has one surname (after a
    given name, a surname that is itself a given name, "Ann Marie Selwood Highland Council",
    leaves where the name ends unknown; after initials it does not, "Cllr M Lee Westshire
    Council"), and the rest names a body ("Ann Bell Westshire" does not)."""
    rx = p.rx("attendance", "name_before_body")
    given = given_names()
    out: list[tuple[int, int, str]] = []
    for s, e, joiner in pieces:
        m = rx.fullmatch(chunk, s, e)
        first = m.group("first").rstrip(".") if m else ""
        tight = m is not None and "-" in m.group("surname") and _body_in(
            f"{m.group('surname').split('-', 1)[1]} {m.group('body')}") is not None and not (
            _spaced_neighbour(text, start + s, rx))
        if m is None or not (len(first) == 1 or first in given) or (
                m.group("surname") in given and len(first) > 1) or _body_in(
                m.group("body")) is None or tight:
            # ("Jo Hale-Salford CCG" is a name and a body parted by a dash with no spaces,
            # unless the lines round it part them by a space: "S Lloyd-Williams Conwy
            # Council" among "M Bell Conwy Council" lines is a double-barrelled name.)
            out.append((s, e, joiner))
            continue
        out.extend([(s, m.end("who"), joiner), (m.start("body"), e, " ")])
    return out


def _split_body_before_name(chunk: str, pieces: list[tuple[int, int, str]], p: Patterns
                            ) -> list[tuple[int, int, str]]:
    """Part a roll entry that prints the body a person came from before their name, where the
    body's own "and" kept it whole (:func:`_body_and`: "Eastmoor Fire and Rescue Service A
    Dean, Lead Officer"): the body, then the name of two or three words that opens on a person
    (an initial, a given name or a title), the body joined by a space as a column's is. Run-on
    fields without an "and" are left to :func:`_lead_run_on`."""
    out: list[tuple[int, int, str]] = []
    for s, e, joiner in pieces:
        words = list(re.finditer(r"\S+", chunk[s:e]))
        cut = None
        if re.search(r"[ \t](?:and|&)[ \t]", chunk[s:e]):
            # (the name is the last three words at most: from any earlier word, building
            # the rest of a long entry at each word was quadratic)
            for i in range(max(2, len(words) - 3), len(words) - 1):
                rest = [w.group() for w in words[i:]]
                if len(rest) <= 3 and person_first(rest[0], p) and re.fullmatch(
                        r"(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*", rest[-1]) and names_body(
                        chunk[s : s + words[i - 1].end()]):
                    cut = s + words[i].start()
                    break
        if cut is None:
            out.append((s, e, joiner))
        else:
            out.extend([(s, s + words[i - 1].end(), joiner), (cut, e, " ")])
    return out


def _plural_role_word(post: str, p: Patterns) -> int:
    """Where the role word a post names in the plural ends ("Assistant Chief Fire Officers",
    "Senior Managers - Corporate Support"), its final "s" the last character before; 0 when
    the post names none."""
    for m in re.finditer(r"[A-Za-z]+", post):
        low = m.group().lower()
        if low not in p.role_words and _singular(low) in p.role_words:
            return m.end()
    return 0


def _singular(word: str) -> str:
    """A role word without its plural "s" ("officers", "directors"; not "boss")."""
    return re.sub(r"(?<=[a-rt-z])s$", "", word)


def _officer_word(word: str, officer_words: frozenset[str]) -> bool:
    """An officer's word, in the plural too: "R Bell and C Dean (Corporate Directors)" is a
    post the names joined by "and" share."""
    low = word.lower()
    return low in officer_words or _singular(low) in officer_words


def _spaced_neighbour(text: str, at: int, rx: re.Pattern[str]) -> bool:
    """Whether the line before or after the one at ``at`` is a roll entry that runs a name
    with no hyphen into its body ("M Bell Conwy County Council"): the roll's own layout."""
    if not text:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    after_end = text.find("\n", line_end + 1)
    neighbours = [text[before : max(line_start - 1, before)],
                  text[line_end + 1 : len(text) if after_end < 0 else after_end]]
    return any((m := rx.fullmatch(n)) and "-" not in m.group("surname")
               and _body_in(m.group("body")) is not None for n in neighbours if n.strip())


def _tier_title(piece: str, name: str, tier_rx: re.Pattern[str]) -> re.Match[str] | None:
    """The councillor's tier printed just before the name kept ("Ward Cllr. B. Bell",
    "… received from Parish Councillor Kent"): the title must run into the name, so a tier
    named earlier in the piece is not taken."""
    rest = name.split(maxsplit=1)[1] if len(name.split()) > 1 else ""
    for m in tier_rx.finditer(piece):
        if m.start() == 0 and piece[m.end():] == name:
            return m  # the honorific was dropped from the name: "Ward Cllr. B. Bell" → "B. Bell"
        if rest and piece[m.end():] == rest:
            return m  # "Parish Councillor Kent", the name kept with its honorific
    return None


def _without_honours(text: str, people: list[Attendee], p: Patterns) -> list[Attendee]:
    """Honours printed after a name with no comma between ("W J Hale MBE", "Cllr A Bell
    OBE JP") are no part of it: the name ends before them."""
    tail = re.compile(rf"(?:[ \t]+{p.raw['attendance']['post_nominals']})+[ \t.]*$")
    for a in people:
        if (m := tail.search(a.span.exact)) and m.start() > 0 and (
                len(a.name.split()) > 2 or re.search(r"[a-z]", a.span.exact[:m.start()])):
            a.span = span(text, a.span.start, a.span.start + m.start())
            a.name = collapse(a.span.exact)
    return people


# A capacity that names the body a member sits for before "Member" or "Representative", a
# post in brackets perhaps after it: "Cllr A Bell, Westshire County Council Member (Chair)",
# "Cllr C Dean, Comhairle nan Eilean Siar Member", as joint boards' rolls print them.
_SITS_FOR = re.compile(r"(?i)^(?:the\s+)?(?P<body>\S.*?)\s+(?:member|representative)"
                       r"(?:\s*\((?P<post>[^()]+)\))?\s*$")


def _members_for_bodies(text: str, people: list[Attendee]) -> list[Attendee]:
    """The body a member sits for, out of a capacity that names it before "Member": the body
    is the attendee's, the post in brackets (if any) the capacity. Only bodies known by name
    (the councils and bodies gazetteers, :func:`kg.patterns.body_words`): "Trade Union
    Representative", "Parent Member" are posts."""
    known = body_words().known
    for a in people:
        if a.organisation is not None or a.capacity_span is None or not (
                m := _SITS_FOR.match(a.capacity_span.exact)) or (
                collapse(m.group("body")).lower() not in known):
            continue
        at = a.capacity_span.start
        a.organisation_span = span(text, at + m.start("body"), at + m.end("body"))
        a.organisation = collapse(a.organisation_span.exact)
        if m.group("post"):
            a.capacity_span = span(text, at + m.start("post"), at + m.end("post"))
            a.capacity = collapse(a.capacity_span.exact)
        else:
            a.capacity = a.capacity_span = None
    return people


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


def _acronym_body(part: str, name: str, capacity_rx: re.Pattern[str], p: Patterns
                  ) -> tuple[int, int] | None:
    """A body a roll gives by its short form alone in brackets after a name ("Ann Bell
    (WRCC)", "Cllr Jo Hale (ELDC)"): rolls of every kind of council name the body a guest or a
    councillor of another tier came from so. Offsets in ``part``. Not the person's own initials
    ("David M Freeman (DMF)", "Perry O'Callaghan (POC)": the capitals of the name, in order),
    not a party ("(SNP)"), honours ("(MBE)") or a post ("(MEP)", "(CHAIR)"), and not an
    officer's post, whose short form ends in the Officer's "O" ("(RFO)", "(PRO)", "(PCSO)")."""
    lead = len(part) - len(part.lstrip())
    word = part.strip()
    if not re.fullmatch(p.raw["attendance"]["body_acronym"], word) or word.endswith("O"):
        return None
    if word.lower() in party_names() or word in p.raw["attendance"]["post_acronyms"] or p.rx(
            "attendance", "post_nominals").fullmatch(word) or capacity_rx.fullmatch(
            f"({word.title()})") or _is_role(word.title(), p):
        return None
    honorifics = p.honorific_keys
    capitals = "".join(c for w in name.split() if w.casefold().rstrip(".") not in honorifics
                       for c in w if c.isupper())
    rest = iter(capitals)
    if (capitals[:1] == word[0] and all(c in rest for c in word)) or _name_tag(name, word, p):
        # the person's initials, in order ("Perry O'Callaghan (POC)"), perhaps with a
        # middle one the name does not print ("Paul Bowring (PAB)")
        return None
    return lead, lead + len(word)


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
                     start: int, s: int, e: int, text: str, p: Patterns,
                     joined: str = r"&|and") -> Attendee | None:
    """"Ronnie Hendry, Chief Executive; …", "Mr T McCallum, Clerk & Chief Executive": a role
    set after a name by a comma is the post that person attended in, kept as their capacity
    (with any bracketed part: "Executive Director (Performance)"), not dropped; a second role
    joined to it by "&" or "and" is part of the same post. Returns whose post it was."""
    piece = chunk[s:e].rstrip(".:;, ")
    if piece.count("(") != piece.count(")"):
        piece = re.sub(r"\s*\([^)]*$", "", piece)
    # "Speed-watch Co-ordinator(CSW)": the post's short form is no part of it.
    piece = re.sub(r"\s*\([A-Z]{2,6}\)$", "", piece)
    # "Director of Adult Services [Item 2 only]": the note on when they attended is no part.
    piece = p.rx("attendance", "post_note").sub("", piece)
    if not piece or p.rx("attendance", "public_count").match(piece):
        return None  # (nor "one member of the Public": how many came)
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
    ("Alan Bell William Dean Stuart Fox …"): a name starts at each common given name,
    or honorific, once the name before has two words. Only a run of capitalised words, of
    two names or more, each of two or three words (so a surname that is also a given name,
    "Mrs Lucy Grantley Andrew Cole", stays with its name; four words after a known given name are
    two names of two); otherwise no split."""
    words = list(re.finditer(r"\S+", piece))
    if len(words) < 4 or not all(_NAME_WORD.fullmatch(w.group()) and not (
            w.group().rstrip(".").isupper() and len(w.group().rstrip(".")) > 1) for w in words):
        return []
    honorifics = p.honorific_keys
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
    """A list that lost its separators runs names given by initials into one ("Mrs S
    Price-Osei M Hale", "Cllr A Lake B Moss", "P J Amos B Cole Mrs D Fry"): after
    initials a surname is one word, so initials after it start the next name. Returns the
    (start, end) of each name in ``piece``, or nothing when the piece is one name."""
    honorifics = p.honorific_pattern
    # Names given by an initial and a full stop need no honorific to be told apart: "H.
    # Hale P. Osei", "D.Brook L. Lane", "M. Kemp B. Fox C. Gray".
    stopped = r"(?:[A-Z]\.[ \t]*)+[A-Z][a-z][\w'’-]*"
    if re.fullmatch(rf"{stopped}(?:[ \t]+{stopped})+", piece.strip()):
        return [n.span() for n in re.finditer(stopped, piece)]
    # A PDF's column of names run into one line with no stops at all ("P J Amos J Cole Mrs C
    # Dean"): each name is initials and one surname, perhaps after an honorific, so an initial
    # after a surname starts the next name. Only a piece that is nothing else. Initials may be
    # printed together ("AB Carr D Elm"), or some with stops and some without ("R.F. Lane M
    # Moss"); an honour stays with its name ("P J Amos JP D Hale"). Each title is read one way
    # only (atomic), so a long roll that is no such list fails at once.
    initialled = rf"(?>(?:{honorifics})\.?[ \t]+)*{p.initialled_name}"
    if re.fullmatch(rf"{initialled}(?:[ \t]+{initialled})+", piece.strip()):
        return [n.span() for n in re.finditer(initialled, piece)]
    m = re.search(  # at the piece's end: words before it may be a sentence's lead-in
        rf"(?<!\S)(?P<a>(?>(?:{honorifics})\.?\s+)+(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+)"
        rf"\s+(?P<b>(?>(?:{honorifics})\.?\s+)?(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+)[ \t]*$",
        piece,
    )
    return [m.span("a"), m.span("b")] if m else []


def _given_name_run(piece: str, p: Patterns) -> list[tuple[int, int]]:
    """A table's column of full names flattened into one run with no separators ("Alan Bell
    Julie Dean Jon Fox Paula Hale Interim Chair Director of Finance …", the posts' column
    after it): each name a given name and a surname, perhaps after an honorific, so a common
    given name after a surname starts the next name. A pair whose first word is no common
    given name counts when a given name follows it ("Zedmond Quillby Emma Cole"). At least
    ``[attendance] name_run_min`` names from the piece's start, none of their words a post's
    or body's, and what follows them nothing, or a column of posts (a post's word among its
    first words). Returns the (start, end) of each name in ``piece``."""
    given = given_names()
    honorifics = p.honorific_keys
    stop = p.role_words | p.body_words
    words = list(re.finditer(r"\S+", piece))
    plain = [w.group().strip(",;") for w in words]

    def cap(k: int) -> bool:
        return k < len(plain) and bool(re.fullmatch(r"[A-Z][a-z][\w'’-]*", plain[k])) and (
            plain[k].lower() not in stop)

    def starts(k: int) -> bool:  # a given name (after an honorific) opens a name at k
        k += k < len(plain) and plain[k].casefold().rstrip(".") in honorifics
        return k < len(plain) and plain[k] in given

    names: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        h = int(plain[k].casefold().rstrip(".") in honorifics)
        first, last = k + h, k + h + 1
        if not (cap(first) and cap(last)):
            break
        if not (plain[first] in given or starts(last + 1)):
            break
        names.append((words[k].start(), words[last].end()))
        k = last + 1
    if len(names) < int(p.raw["attendance"]["name_run_min"]):
        return []
    # ("Mary Ann Bell": "Bell" left over, no post, so no run.)
    rest = plain[k:k + 4]
    if rest and not ({w.lower() for w in rest} & p.role_words or any(
            _is_role(phrase := " ".join(rest[:n]), p) or _names_post(phrase, p)
            for n in range(1, len(rest) + 1))):
        return []
    return names


def _surname_run(piece: str, p: Patterns) -> list[tuple[int, int]]:
    """A roll of members by surname alone, after the members' word, its column flattened
    into one run with no separators ("Councillors Bell C. Dean Fox Gray E. Hale Moss …"):
    each name is one surname, perhaps after an initial or two with full stops that tell two
    members of one surname apart (so initials start a name: "Bell C. Dean" is "Bell" and
    "C. Dean"). Only a piece that is nothing else, of six names or more, two of them at
    least initialled, and few of its bare words common given names (a run of full names,
    "Ann Bell Carl Dean …", is read by the given names); otherwise no split."""
    words = list(re.finditer(r"\S+", piece))
    plain = [w.group() for w in words]
    if len(plain) < 6:
        return []
    given, stop, honorifics = given_names(), p.role_words | p.body_words, p.honorific_keys
    bounds: list[tuple[int, int]] = []
    initialled = bare = bare_given = 0
    k = 0
    while k < len(plain):
        a = k
        while k < len(plain) and k - a < 2 and re.fullmatch(r"[A-Z]\.", plain[k]):
            k += 1
        if k >= len(plain) or not re.fullmatch(r"[A-Z][A-Za-z'’-]*[a-z]", plain[k]) or (
                plain[k].lower() in stop or plain[k].casefold() in honorifics):
            return []
        if k > a:
            initialled += 1
        else:
            bare += 1
            bare_given += plain[k] in given
        bounds.append((a, k + 1))
        k += 1
    if len(bounds) < 6 or initialled < 2 or 4 * bare_given > bare:
        return []
    return [(words[a].start(), words[b - 1].end()) for a, b in bounds]


def _segmented_name_run(piece: str, p: Patterns) -> list[tuple[int, int]]:
    """A two-column roll flattened into one run of full names with no separators ("Ann Bell
    Jo R C Hale Tom Fox Mary Ann Lee …", read across the columns): each name is a first name,
    any middle initials and a surname, or initials and a surname ("L B Cole"), perhaps after
    an honorific and before honours ("Ian Fox MBE JP"); a name of three words ("Mary Ann
    Lee") is rarer than one of two, and rarer still when its middle word is no common given
    name ("Eve Dean Zorn" is "Eve Dean" and a name opening "Zorn" the list does not know).
    The run is cut where the most of its names open with a common given name: fewest names
    opening with a word that is none, a three-word name counting half of one more (a whole
    one more if its first word is no given name, and one more again if its middle word is
    none). Only a piece that is nothing but capitalised words, initials and honours, of
    ``[attendance] name_run_min`` names or more, two in three of those opening on a word
    holding a common given name; otherwise no split."""
    words = list(re.finditer(r"\S+", piece))
    plain = [w.group() for w in words]
    n = len(plain)
    honour = re.compile(p.raw["attendance"]["post_nominals"])
    if n < 6 or not all((_NAME_WORD.fullmatch(w) and not (
            w.rstrip(".").isupper() and len(w.rstrip(".")) > 1)) or honour.fullmatch(w)
            for w in plain):
        return []
    given, honorifics = given_names(), p.honorific_keys
    stop = p.role_words | p.body_words
    if any(w.lower() in stop for w in plain):
        return []

    letter = [bool(re.fullmatch(r"[A-Z]\.?", w)) for w in plain]
    honoured = [len(w.rstrip(".")) > 1 and bool(honour.fullmatch(w)) for w in plain]
    titled = [w.casefold().rstrip(".") in honorifics for w in plain]

    def initial(k: int) -> bool:
        return letter[k]

    def honours(k: int) -> bool:  # "MBE", "JP": after a surname, never a name's word
        return honoured[k]

    def word(k: int) -> bool:  # a first name or surname: not an initial, title or honour
        return not (letter[k] or honoured[k] or titled[k])

    def past(flags: list[bool], k: int) -> int:
        """The place after a run of at most three titles, initials or honours from ``k``
        (a name has no more; a longer run is no roll's, and is not rescanned from each of
        its places)."""
        stop = min(n, k + 3)
        while k < stop and flags[k]:
            k += 1
        return k

    # A roll of initials and surnames ("J Bell S Bell A Dean") has no letters set against
    # names, and its surnames may be given names ("J Morwenna"); one of full names has few.
    full_names = sum(w in given for w in plain) >= sum(initial(k) for k in range(n))
    inf = float("inf")
    best: list[float] = [0.0] + [inf] * n
    back: list[int] = [0] * (n + 1)
    marks: set[int] = set()  # the ends of letters passed over as marks
    for a in range(n):
        if best[a] == inf:
            continue
        k = past(titled, a)
        if k >= n:
            continue
        ends: list[tuple[int, float]] = []
        if initial(k):  # "L B Cole": initials, then one surname
            if full_names and k == a and k + 1 < n and len(plain[k]) == 1 and (
                    plain[k + 1] in given):
                # "… Ed Fox A Bob Lee …": a letter alone before a given name is a mark the
                # roll sets against a name (absent), no initial of it; passed over at a cost
                ends.append((-(k + 1), 1.5))  # (negative: an end that names no one)
            k = past(letter, k)
            if k < n and word(k):  # (a surname that is a common given name: rarer)
                ends.append((k + 1, float(full_names and plain[k] in given)))
        elif word(k):
            cost = 0.0 if plain[k] in given else 1.0
            k = past(letter, k + 1)
            for extra in (0, 1):  # a surname, or a second first name before it
                b = k + extra + 1
                if b > n or not all(word(j) for j in range(k, b)):
                    break
                ends.append((b, cost + extra * (0.5 + 0.5 * cost + (plain[k] not in given))))
        for b, c in ends:
            mark, b = b < 0, abs(b)
            if not mark:
                b = past(honoured, b)
            if best[a] + c < best[b]:
                best[b], back[b] = best[a] + c, a
                marks.discard(b)
                if mark:
                    marks.add(b)
    if best[n] == inf:
        return []
    bounds, b = [], n
    while b > 0:
        if b not in marks:
            bounds.append((back[b], b))
        b = back[b]
    bounds.reverse()
    # (Names by their initials are counted in neither: "In Attendance Mr J Bell Ms K Dean"
    # holds one name opening on a word, and that no given name.)
    led = [(a, b) for a, b in bounds if not any(initial(j) and not any(
        word(i) for i in range(a, j)) for j in range(a, b))]
    unknown = sum(not any(plain[j] in given for j in range(a, b) if word(j)) for a, b in led)
    if len(bounds) < int(p.raw["attendance"]["name_run_min"]) or not led or (
            3 * unknown > len(led)):
        return []
    return [(words[a].start(), words[b - 1].end()) for a, b in bounds]


def _honorific_splits(
    chunk: str, seps: list[tuple[int, int, str]], p: Patterns
) -> list[tuple[int, int, str]]:
    """Where a list that lost its separators in PDF text ("Cllr A Buckram (Mayor) Cllr A
    Brooker Mrs C Evans") goes from one name to the next: before an honorific that follows a
    word of the name before. Only in a list of three or more names with honorifics, and not
    between two honorifics ("Cllr Mrs B Merrion") or after a tier ("County Cllr A Tolley", or
    a council's acronym opening an entry: "…, NCC Cllr N Clegwell")."""
    honorifics = p.honorific_keys | {"rev", "revd"}
    words = list(re.finditer(r"\S+", chunk))
    starts = [k for k, w in enumerate(words) if w.group().casefold().rstrip(".") in honorifics]
    if len(starts) < 3:
        return []
    # A chair's or provost's post printed before a name starts one too ("… Cllr Amy Cole
    # Depute Provost Ann Bell").
    lead = p.rx("attendance", "lead_capacity")
    starts = sorted({*starts, *(k for k, w in enumerate(words) if k and lead.match(
        chunk, w.start()) and words[k - 1].group().casefold().rstrip(".") not in {
            "vice", "deputy", "depute", "lord"})})
    cuts = {a for a, _, _ in seps}
    out = []
    for k in starts:
        if k == 0:
            continue
        before = words[k - 1].group()
        if before.casefold().rstrip(".:") in honorifics | {
            "county", "district", "borough", "town", "parish", "and", "&", "cllrs", "councillors",
            "members", "for", "of", "by",  # "substitute for Mrs A Bell", "on behalf of Cllr C"
        } or (p.rx("attendance", "council_acronym").fullmatch(before) and (
                k == 1 or words[k - 2].group().endswith((",", ";")))):
            continue  # "County Cllr A Tolley", "…, NCC Cllr N Clegwell": a tier opening an entry
        if before.endswith((",", ";", "(")) or _in_brackets(chunk, words[k].start()):
            continue
        at = words[k - 1].end()
        if not any(at <= c <= words[k].start() for c in cuts):
            out.append((at, words[k].start(), chunk[at : words[k].start()]))
    return out


# A slash between a name (or its bracketed post) and a given name and surname after it.
_SLASH_NAME = re.compile(r"(?<=[a-z)])[ \t]*/[ \t]*(?=(?P<given>[A-Z][a-z]+)[ \t\n]+[A-Z][a-z])")


def _slash_splits(chunk: str, seps: list[tuple[int, int, str]], p: Patterns
                  ) -> list[tuple[int, int, str]]:
    """Where a list parts its names with slashes ("Chris Bell (Chair)/Jan Hale/Eve Fox",
    "Contact: Ann Bell/Jo Osei"): before a common given name and a surname after the slash,
    outside brackets and where no separator stands. Not a post's or a body's slash
    ("Clerk/Responsible Finance Officer", "Admin/Finance Office"): no given name follows."""
    cuts = {a for a, _, _ in seps}
    given = given_names()
    return [(m.start(), m.end(), m.group()) for m in _SLASH_NAME.finditer(chunk)
            if m.group("given") in given and not _in_brackets(chunk, m.start())
            and not any(m.start() <= c <= m.end() for c in cuts)]


# In a roll of "Name - Capacity" entries flattened onto one line ("B Quill - substitute for
# R Dean N Fox - Westend Ward T Hale - Clerk"): a name given by its initials and surname
# that a dash follows starts the next entry, after the capacity's last word.
_DASH_ENTRY = re.compile(r"(?<=[a-z)])[ \t]+(?=(?:[A-Z]\.?[ \t]?){1,3}[ \t]*[A-Z][\w'’-]+"
                         r"[ \t]+[–—-][ \t])")
# … and one whose entries give full names ("Ann Bell – Independent Chair Carl Dean – Housing
# Manager, Westshire Council Eve Fox – …", a board's roll table run onto one line): a given
# name (the given-name list's) and a surname that a dash follows start the next entry.
_DASH_ENTRY_FULL = re.compile(r"(?<=[a-z)])[ \t]+(?=(?P<given>[A-Z][a-z]+)[ \t]+[A-Z][\w'’-]+"
                              r"[ \t]+[–—-][ \t])")


def _dash_entry_splits(chunk: str, seps: list[tuple[int, int, str]], p: Patterns
                       ) -> list[tuple[int, int, str]]:
    """Where a roll of "Name - Capacity" entries that lost its separators goes from one entry
    to the next (``_DASH_ENTRY``): only in a roll with two such dashes or more, outside
    brackets, not after an honorific ("Mrs A Bell - …") or a list's own word ("for", "and"),
    and not where a separator already stands."""
    if len(re.findall(r"[ \t][–—-][ \t]", chunk)) < 2:
        return []
    cuts = {a for a, _, _ in seps}
    keep = p.honorific_keys | {"and", "for", "of", "by", "cllrs", "councillors"}
    given = given_names()
    found = [*_DASH_ENTRY.finditer(chunk),
             *(m for m in _DASH_ENTRY_FULL.finditer(chunk) if m.group("given") in given)]
    return sorted((m.start(), m.end(), m.group()) for m in found
                  if not any(m.start() <= c <= m.end() for c in cuts)
                  and chunk[:m.start()].split()[-1].casefold().rstrip(".") not in keep
                  and not _in_brackets(chunk, m.start()))


def _style_splits(
    chunk: str, seps: list[tuple[int, int, str]], p: Patterns
) -> list[tuple[int, int, str]]:
    """Where a roll that prints a style after each name ("A C Bell Esq (Chairman) D E Fox Esq
    R Hale Esq", ``[attendance] name_end_style``) goes from one name to the next with no
    separator: after the style and any bracket that follows it. Only where two or more names
    carry the style, and not where a separator already stands."""
    style = p.rx("attendance", "name_end_style")
    found = list(style.finditer(chunk))
    if len(found) < 2:
        return []
    cuts = {a for a, _, _ in seps}
    out = []
    for m in found:
        if _in_brackets(chunk, m.start()):
            continue
        end = m.end()
        if bracket := re.match(r"[ \t]*\([^()\n]{1,60}\)", chunk[end:]):
            end += bracket.end()
        nxt = re.match(r"[ \t]+(?=[A-Z])", chunk[end:])
        if not nxt or any(end <= c <= end + nxt.end() for c in cuts):
            continue
        if re.match(r"(?:and|&)\b", chunk[end + nxt.end():]):
            continue
        out.append((end, end + nxt.end(), chunk[end:end + nxt.end()]))
    return out


def _without_fragments(people: list[Attendee], p: Patterns) -> list[Attendee]:
    """In a list whose names nearly all carry an honorific ("Cllr M Maldwyn, East Herts
    District Council Cllr Mrs A Brayfield, City and District Council Cllr M Brightling"), a part
    with neither an honorific nor an initial ("City", "Mayor of Watford A White") is a piece
    of a body's name or a role that the splitting cut loose, not a person."""
    honorifics = _honorifics_folded(p)

    def titled(a: Attendee) -> bool:
        return a.name.split()[0].casefold() in honorifics

    def post_first(a: Attendee) -> bool:  # "Provost Fergus Dunlop": the post stands for a title
        return a.capacity_span is not None and a.capacity_span.end <= a.span.start

    if len(people) < 4 or sum(titled(a) or post_first(a) for a in people) < 0.75 * len(people):
        return people
    # an initial, spaced or typed against the surname ("A.Dean")
    return [a for a in people if titled(a) or post_first(a)
            or re.match(r"[A-Z]\.?\s|[A-Z]\.[A-Z]", a.name)]


# Posts printed as one word before a name in a list of who attended ("Chair Cllr C Edwards").
def _lead_post(piece: str, officer_words: frozenset[str], p: Patterns) -> str | None:
    """The post printed before a name in a list ("RFO Clive Bakewell", "Parish Footpath
    Officers Declan Wickham"): up to four words (and an "and"), the last an officer's word,
    with a name after them; or a chair's, a mayor's or a provost's post first ("Chairman
    Cllr A Bell", "Provost Fergus Dunlop", "Depute Provost Ann Bell")."""
    if (lead := p.rx("attendance", "lead_capacity").match(piece)) and (
            rest := piece[lead.end():].strip())[:1].isupper() and _looks_like_name(
            re.sub(r"\s*\([^()]*\)", "", rest), p):
        return lead.group()
    words = list(re.finditer(r"[A-Za-z-]+", piece))
    # (an "and" joining two remits is no word of the four: "Democratic and Civic Support
    # Officer Lynne Ghent", whose "and" :func:`_head_after_and` keeps)
    four = 4 + sum(w.group() == "and" for w in words[:5])
    for k, w in enumerate(words[:four]):
        word = w.group().lower()
        if word in officer_words or word.removesuffix("s") in officer_words:
            rest = piece[w.end():].strip()
            if (rest[:1].isupper() and piece[: w.start()].strip() == " ".join(
                    x.group() for x in words[:k]) and _looks_like_name(rest, p)):
                return piece[: w.end()]
            return None
    return None


def _drop_role_before_honorific(name: str, p: Patterns, keep_lead: bool = False) -> str:
    """"Standing Invitee Dr Anusree Biswas" → "Dr Anusree Biswas"."""
    words = name.split()
    honorifics = _honorifics_folded(p)
    lead = 0  # a name cut out at its honorific keeps them all: "Cllr Mrs A Brayfield"
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
    return bool(words) and words[0].casefold() in _honorifics_folded(p)


def _barrelled_post(piece: str, p: Patterns) -> re.Match[str] | None:
    """"Mr I Lucas-Bell Co-opted member": an unspaced dash whose next word is a plain
    capitalised word (not one that begins a post: "Ian Bell-City Mayor") with a post after it
    printed in lower case ("member"), as a post is when no capital of its own could join the
    word before it, joins a double-barrelled surname; the match parts the name from that post.
    A post in capitals ("Jo Hale-Strategic Director for Housing") may begin at the dash."""
    m = _BARRELLED_POST.fullmatch(piece)
    if not m or m.group("w").lower() in p.raw["attendance"]["post_qualifiers"] or (
            m.group("w").lower() in p.role_words | p.contact_role_words):
        return None
    lower_head = any(w in p.role_words for w in m.group("b").split()[1:] if w.islower())
    # "Mr E Pryce-Morgan Chief Executive": after an honorific and initials the surname is one
    # word, so the capitalised word after its dash is the surname's too, whatever the post's
    # case (boards' officers' rolls run on; read at the dash the post was "Morris Chief
    # Executive" and the name "Mr E Price").
    words = m.group("a").split()
    if words and words[0].casefold().rstrip(".") in p.honorific_keys:
        words = words[1:]
    initialled = len(words) >= 2 and all(re.fullmatch(r"[A-Z]\.?", w) for w in words[:-1])
    # "Mr A Bell-Corporate Director of Housing": a word that opens posts and ends no surname
    # (``[attendance] post_leads``, ``dash_post_openers``), reading with the rest as a role,
    # starts the post at the dash (read as a surname half the name was "Mr A Bell-Corporate").
    att = p.raw["attendance"]
    w = m.group("w").lower()
    if (w in att["post_leads"] or w in att["dash_post_openers"]) and _is_role(
            f"{m.group('w')} {m.group('b')}", p):
        return None
    return m if (lower_head or initialled) and _is_role(m.group("b"), p) else None


def _qualified_capacity(field: str, capacity_rx: re.Pattern[str]) -> bool:
    """"Independent Chair", "Interim Vice Chair", "Lay Chairman": a capacity (``[attendance]
    capacity``'s, which alone is no role word) after a word or two that qualify it, every word
    capitalised: after a name's dash it is the capacity they attended in, not more of the
    name ("Ann Bell – Independent Chair")."""
    words = field.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and any(
        capacity_rx.fullmatch(f"({' '.join(words[k:])})") for k in range(1, len(words)))


def _is_role(name: str, p: Patterns) -> bool:
    """"Parish Clerk/Responsible Finance Officer", "Co-opted Member", "Director of Finance",
    "Depute Chief Executive/Director of Corporate Development": a role listed without a name
    has a role's head word in it; a person's name with an honorific never counts."""
    if not name.split() or _titled(name, p):
        return False
    return any(w.lower() in p.role_words for word in name.split() for w in word.split("/"))


def _drop_role_after_name(name: str, p: Patterns) -> str:
    """"Mr D L Nettlefold Deputy Parish Clerk" → "Mr D L Nettlefold": after an honorific and
    initials the surname is one word, so words after it that end in a role are the role.
    Without a role word nothing is cut ("Cllr A Smith Jones" keeps its surname)."""
    words = name.split()
    honorifics = _honorifics_folded(p)
    k = 0
    while k < len(words) and words[k].casefold() in honorifics:
        k += 1
    first_initial = k
    while k < len(words) and re.fullmatch(r"[A-Z]\.?", words[k]):
        k += 1
    if k == first_initial and len(words) - k >= 3 and (chair := p.rx(
            "attendance", "post_after_name").search(name)) and (
            first_initial or (
                words[0] in given_names() and len(name[: chair.start()].split()) == 2)):
        # "Councillor Liz Harwell Chairman": a chair's word after a given name and surname is
        # the capacity (no surname is "Chairman"), as it is after initials; so it is with no
        # honorific after a common given name and one surname ("Ann Bell Chair", a roll's name
        # and post run on with no separator; not "Ann Bell MBE Chair").
        return name[: chair.start()]
    if first_initial and k == first_initial and len(words) - k >= 3 and (
            words[k] in given_names()) and re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[k + 1]) and (
            re.fullmatch(r"[A-Z][a-z]+", words[k + 2])) and (
            words[k + 2].lower() in p.role_words
            or words[k + 2].lower() in p.raw["attendance"]["post_leads"]):
        # "Mr Simon Bale Chief Constable", "Mr Mark Dunne Director of Communications": a
        # board's roll run on, each entry a name then its post. After an honorific, a common
        # given name and one surname, a role's word or a post's leading word
        # (``[attendance] post_leads``) opens the post (a surname is neither: "Mr John Lloyd
        # Webber" keeps its last word).
        return " ".join(words[: k + 2])
    if first_initial == 0 or k == first_initial or k + 1 >= len(words):
        return name
    rest = [w.lower() for part in words[k + 1 :] for w in part.split("/")]
    # A chair's post after the name reads the same way: "Councillor Mr P J Clarke Chairman".
    # ("… in the Chair" is a sentence's words, read elsewhere.)
    after = " ".join(words[k + 1:])
    chair = not after.startswith("in ") and p.rx("attendance", "capacity").fullmatch(
        f"({after})")
    return " ".join(words[: k + 1]) if chair or any(w in p.role_words for w in rest) else name


def contact_name(piece: str, p: Patterns) -> str:
    """The officer's name in a contact line: "Sharon Turner: Democratic Services Officer",
    "Mark Tressel Senior Democratic Services Manager"; no name in "Democratic Services"."""
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


@cache
def _words(p: Patterns, key: str) -> frozenset[str]:
    """The word list ``[attendance] key`` as a set of case-folded words, built once per
    load (``group_plurals``, ``seat_titles``, ``no_one``, ``surname_particles``)."""
    return frozenset(w.casefold() for w in p.raw["attendance"][key])


def _looks_like_name(name: str, p: Patterns) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return False
    if name.lower().rstrip(".") in _words(p, "no_one"):
        return False
    if re.sub(r"(?<=[a-z])s$", "", words[-1].rstrip(".")).casefold() in p.honorific_keys and all(
            w.lower() in _TIERS for w in words[:-1]):
        return False  # "Borough Councillor, Mike Coopland": the post, then the name
    if len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", name):
        return False  # post-nominal letters or initials: "…, OBE, Leader", "(SC)"
    if len(words) >= 2 and words[0].casefold().rstrip(".") in _words(p, "seat_titles") and all(
            w.lower() in p.role_words for w in words[1:]):
        return False  # "Non Councillor Member" parted at its title: a seat, no one
    if words[-1].rstrip(".:").casefold() in _words(p, "group_plurals"):
        return False  # "Elected Members", "Co-optees": a roll's caption for a group
    # A double-barrelled surname's hyphen typed as a spaced dash: "Ann Quill – Osei".
    if len(words) >= 3 and words[-2] in {"–", "-"} and words[-1][0].isupper() and (
            words[-1].lower() not in p.role_words | p.body_words):
        words = [*words[:-2], words[-1]]
    particles = _words(p, "surname_particles")
    return all(w[0].isupper() or w.lower() in particles for w in words)


@cache
def _honours_at_end(p: Patterns) -> re.Pattern[str]:
    """One honour at a name's very end, compiled once per load: :func:`run_on_trimmed` takes
    them off one at a time, so that it can stop while a name stays."""
    return re.compile(rf"[ \t]+{p.raw['attendance']['post_nominals']}$")


# A name of two words (a given name or an initial, then a surname) and the capitalised word
# after it, with the words that follow that one: where a roll's columns ran together ("Ann
# Bell Westmere Hills Trust Carl Dean Westmere Hills Society"). A lookahead only, so that
# every word's start is tried and no entry is swallowed by the one before; each try reads
# ten words at most.
_NAME_THEN_WORD = re.compile(
    rf"(?<![\w'’.-])(?=(?P<first>[A-Z][a-z]+|[A-Z]\.?)[ \t]+(?P<surname>{SURNAME})"
    r"[ \t]+(?P<w>[A-Z][\w'’&-]*)"
    r"(?P<rest>(?:[ \t]+(?:[A-Z][\w'’&-]*|&|and|of|the|for)){0,6}))")


# The lower-case word after a column's first word: "Voting member", "Lay member".
_LOWER_HEAD = re.compile(r"[ \t]+([a-z]+)\b")


@lru_cache(maxsize=8)
def column_words(text: str, p: Patterns) -> frozenset[str]:
    """The words that open a roll's next column on this page, run on after the names: a
    capitalised word that follows two different people's names (a given name or an initial,
    then a surname that is no given name) and opens a body's or a post's name there ("Ann
    Bell Westmere Hills Trust", "Carl Dean Westmere County Council": "Westmere"). A
    surname follows one person only, so repeated after several it is the column's, and a
    name that ends on it ran on into the next cell."""
    given = given_names()
    after: dict[str, set[str]] = {}
    for m in _NAME_THEN_WORD.finditer(text):
        first, surname, w = m.group("first", "surname", "w")
        if not (first.rstrip(".") in given or len(first.rstrip(".")) == 1) or (
                surname in given or w in given or re.fullmatch(r"[A-Z]{1,2}\.?", w)
                or w.casefold().rstrip(".") in p.honorific_keys):
            continue
        words = [w, *m.group("rest").split()]
        # "Guy Dale Voting member Present": a post's head in lower case after the column's
        # word ("Voting member", "Lay member") makes it a post's column too.
        low = _LOWER_HEAD.match(text, m.end("w")) if not m.group("rest") else None
        if any(names_body(" ".join(words[:k])) or _is_role(" ".join(words[:k]), p)
               for k in range(1, len(words) + 1)) or (
                low is not None and _is_role(f"{w} {low.group(1)}", p)):
            after.setdefault(w, set()).add(f"{first} {surname}")
    return frozenset(w for w, names in after.items() if len(names) >= 2)


def run_on_trimmed(name: str, p: Patterns, column: frozenset[str] = frozenset()) -> str:
    """A name read off a roll or a table run together ends before the words it ran on into:
    a roll's label or caption, a table's word or a tier's body after the name ("Mr T Hale
    In", "P Bell Also", "Cllr Jo Hale County"), honours printed after it ("C Dean Esq",
    "Ann Cole J.P."), its own initials printed after it as its key ("Ann Bell AB"), and the
    first word of the page's next column (``column``, :func:`column_words`); what the PDF
    glued onto its surname (:func:`_unglued`: "Tony HaleVice-Chair", whose seat
    :func:`glued_seat` reads); then its own initials printed before it ("AB Ann Bell", once
    "JP" or "Chair" after it is gone) and the last words of the field before it
    (:func:`_lead_run_on`). Only while a name stays: two words, or a title and two words.
    The name may lose words at both ends: :func:`without_run_ons` finds its words in the
    span."""
    honours, tail = _honours_at_end(p), name_tail_words(p)
    out = _unglued(name.rstrip(". "), p)
    words = [w for w in out.split() if w.casefold().rstrip(".") not in p.honorific_keys]
    if words and all(w.casefold().strip(".,:") in tail for w in words):
        return ""  # "In Attendance", "PCSO Nil": a roll's label or a table's word, no one
    if words and len(words) == len(out.split()) and _party_words(words):
        # "Labour", "Conservative Liberal Democrat": a roll's party captions (no title before
        # them: "Cllr Green" is a member)
        return ""
    if words and len(words) == len(out.split()) and service_name(words):
        return ""  # "Organisational Development", "Public Protection": a service, no one
    parties = party_initials()
    if len(words) >= 2 and seat_letters(words[-1]) and seat_ends_name(words) and (
            not reads_as_name(" ".join(out.split()[:-1]), p)):
        return ""  # "Birmingham CC", "Cannock Chase DC": a council by its letters, no one
    while True:
        words = out.split()
        titled = bool(words) and words[0].casefold().rstrip(".") in p.honorific_keys
        if len(words) < 3 + titled:
            break
        if (m := honours.search(out)) is not None:
            out = out[:m.start()].rstrip(" ,")
        elif words[-1].casefold().strip(".,:") in tail or words[-1] in column or (
                words[-1] in parties):
            # (or the member's party by its initials: "Cllr Jo Hale UKIP", a roll that sets
            # each party's members under its caption)
            out = out[:out.rfind(" ")].rstrip(" ,")
        elif seat_ends_name(words):
            # "Mr. J. Hale CC", "N W Dean DC": a councillor's seat by its letters, or the
            # council's acronym, after the name (``people.seat_letters``)
            out = out[:out.rfind(" ")].rstrip(" ,")
        elif re.fullmatch(r"[A-Z]{2,4}", words[-1]) and _name_tag(
                " ".join(words[:-1]), words[-1], p):
            # "Mrs Ann Bell AB", "Tom Hale TH": the name's own initials printed
            # after it with no brackets, the key the minutes cite them by, no part of it.
            out = out[:out.rfind(" ")].rstrip(" ,")
        else:
            break
    # the initials before the name, once what ran on after it is gone ("ABC Ann Bell Chair"
    # is no Ann Bell tagged "ABC"; "AB Ann Bell JP" is Ann Bell)
    out = _lead_run_on(_without_lead_tag(out), p)
    return name if out == name.rstrip(". ") else out


def _party_words(words: list[str]) -> bool:
    """Whether ``words`` are nothing but parties' names (:func:`kg.patterns.party_names`),
    one or more run together: a roll's captions over each party's members ("Labour",
    "Conservative Liberal Democrat", the columns' captions flattened onto one line). Not a
    party's word that is a common surname too, alone (``party_words_as_surnames``: "Green"
    in a roll of surnames)."""
    names = party_names()
    low = [w.casefold().strip(".,:") for w in words]
    if len(low) == 1 and low[0] in party_surnames():
        return False  # "Green" alone in a roll of surnames: a member
    longest = party_name_words()  # "scottish national party"
    at = 0
    while at < len(low):
        step = next((n for n in range(longest, 0, -1) if " ".join(low[at:at + n]) in names
                     and at + n <= len(low)), 0)
        if not step:
            return False
        at += step
    return True


def _without_lead_tag(name: str) -> str:
    """A name read off a roll that prints each member's initials before the name, as the key
    its action lines cite ("AB Ann Bell (Westmere DC)", "DO Dan O’Dean"): the capitals, when
    they are exactly the initials of the name's words after them, are no part of it."""
    words = name.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2,4}", words[0]):
        return name
    rest = [w for w in re.split(r"[\s-]+", " ".join(words[1:])) if w]
    if all(w[:1].isupper() for w in rest) and words[0] == "".join(w[0] for w in rest):
        return name[name.find(words[1], len(words[0])):]
    return name


# Where PDF text lost the space between two words, a capital straight after three small
# letters or more ("DeanCllr", "CllrsCarl", "BellSpeedo"): no name's own capital comes
# so late ("McDonald", "MacKay"), but for "FitzGerald".
_GLUED = re.compile(r"(?<=[a-z]{3})(?<!Fitz)(?=[A-Z])")


def _unglued(name: str, p: Patterns) -> str:
    """A name read off a roll whose text lost a space where a field ends: the honorific
    glued to its front ("CllrsCarl Dean") goes, and so does what was glued after its
    surname: the next field of more words, an honorific or the next name ("Professor Ian
    FoxUniversity of Westshire", "Cllr S DeanCllr", "Gail OseiJane Hale"), while
    two words of a name, or a title and one, stay. One word glued at the end that is neither
    ("Kim ParkerJones") may be a surname run together, and stays."""
    words = name.split()
    if words and (m := _GLUED.search(words[0])) and (
            words[0][:m.start()].casefold().rstrip(".") in p.honorific_keys
            or words[0][:m.start()].casefold() in ("cllrs", "councillors")) and (
            len(words) > 1 or len(words[0]) - m.start() > 1):
        name = name[name.find(words[0]) + m.start():]
        words = name.split()
    for k, w in enumerate(words[1:], start=1):
        if (m := _GLUED.search(w)) is None:
            continue
        glued = w[m.start():]
        if k == len(words) - 1 and not (
                glued.casefold().rstrip(".") in p.honorific_keys or glued in given_names()
                or glued.split("-")[0].casefold() in name_tail_words(p)):
            break  # "Kim ParkerJones": a surname alone may be two run together (not "Jo
            # DeanChair", "Ann HaleVice-Chair": a roll's seat glued after the name)
        kept = [*words[:k], w[:m.start()]]
        titled = kept[0].casefold().rstrip(".") in p.honorific_keys
        if len(kept) >= 2 + titled or (titled and len(kept) >= 2):
            at = 0
            for kw in words[:k]:
                at = name.find(kw, at) + len(kw)
            return name[:name.find(w, at) + m.start()]
        break
    return name


def _glued_before_hyphen(before: str, p: Patterns) -> bool:
    """Whether the words before a hyphen end on a roll's word glued to the surname ("Tony
    HaleVice" of "Tony HaleVice-Chair"): the hyphen is the seat's own, no dash between a
    name and a post (:func:`glued_seat` reads the seat)."""
    last = before.split()[-1]
    m = _GLUED.search(last)
    return m is not None and last[m.start():].casefold() in name_tail_words(p)


def glued_seat(name: str, p: Patterns) -> str | None:
    """The seat a roll prints after a name, glued to the surname where the PDF lost the
    space ("Tony HaleVice-Chair", "Cllr Jo DeanChair"): the glued word, one of the roll's
    words (``[attendance] name_tail_words``) that a roll's brackets give as a capacity
    (``[attendance] capacity``), as printed; None when there
    is none, or when what stays before it is no name of two words (or a title and two)."""
    words = name.split()
    if len(words) < 2 or (m := _GLUED.search(words[-1])) is None:
        return None
    seat = words[-1][m.start():]
    if seat.split("-")[0].casefold() not in name_tail_words(p) or not p.rx(
            "attendance", "capacity").fullmatch(f"({seat})"):
        return None
    kept = [*words[:-1], words[-1][:m.start()]]
    titled = kept[0].casefold().rstrip(".") in p.honorific_keys
    return seat if len(kept) >= 2 + titled else None


def _lead_run_on(name: str, p: Patterns) -> str:
    """A name read off a flattened roll with the last word or two of the field before it
    ("Governance & Resources Tony Cobbold, Head of …", "HMP Norwich Mark Tolland – Chair"): the
    name starts at a common given name (or at initials after an acronym's or a post's or
    body's word), when no word before it is a given name, an initial or a title, so a
    double first name ("Mary Ann Lee") stays whole. Two or three words stay."""
    words = name.split()
    if len(words) < 3 or words[0].casefold().rstrip(".") in p.honorific_keys:
        return name
    given = given_names()

    def initials(w: str) -> bool:
        return bool(re.fullmatch(r"(?:[A-Z]\.?){1,3}", w))

    # The first word that no lead may hold (a body's own "and" may: "Eastmoor Fire and
    # Rescue Service A Dean", a body kept whole where the roll's "and" was read). Found once,
    # and only the last three places tried, so a long run of words is read in linear time.
    block = next((k for k, w in enumerate(words) if w in given or initials(w)
                  or w.casefold().rstrip(".") in p.honorific_keys
                  or not (w[:1].isupper() or w in ("and", "&"))), len(words))
    for i in range(max(1, len(words) - 3), len(words) - 1):
        lead, rest = words[:i], words[i:]
        if block < i:
            return name
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", rest[-1]):
            continue
        if rest[0] in given or (initials(rest[0]) and any(
                re.fullmatch(r"[A-Z]{2,}", w) or w.lower() in p.role_words | p.body_words
                for w in lead)):
            return " ".join(rest)
    return name


# A titled name of a common given name and one surname (no given name itself), and the
# capitalised words after it: "Cllr Ann Pryce Westmere", "Councillor Carl Quarry Lowdale Vale".
_TITLED_NAME_TAIL = re.compile(
    rf"(?P<name>(?P<title>[A-Z][a-z]+\.?)[ \t]+(?P<first>[A-Z][a-z]+)[ \t]+(?P<surname>{SURNAME}))"
    r"(?P<tail>[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|the|upon|on)){0,4})")


def _run_on_tails(text: str, attendance: list[Attendee], p: Patterns) -> dict[int, str]:
    """The names of a roll whose cells ran on into the next row's first cell ("Cllr Ann
    Pryce Westmere Cllr Carl Quarry Lowdale …": each member after the borough they sit for,
    a table of boroughs and members flattened), each cut to its title, given name and
    surname, keyed by the attendee's ``id``. Only where three names at least on the page
    that open on a common given name run on so: one "Cllr Ann Marie Selwood" may be a name of
    three words, three such are a layout."""
    given = given_names()
    found: dict[int, str] = {}
    known = 0  # of them, names that open on a common given name
    for a in attendance:
        m = _TITLED_NAME_TAIL.fullmatch(a.name)
        tail = m.group("tail").strip() if m else ""
        # Run on: the entry goes straight on into the next one ("… Barnet Cllr Dean …"), or
        # its tail is a post or a body ("Cllr Ann Pryce Leader, Westmere DC"). A name that a
        # comma or the line's end closes ("Cllr Owain Huw Pellow,") is whole.
        after = text[a.span.end:a.span.end + 40].lstrip(" \t")
        if (joined := re.match(r"(?:and|&)[ \t]+(?=[A-Z])", after)) and not person_first(
                after[joined.end():], p):
            after = after[joined.end():]  # "… Kensington and Chelsea Cllr …": a place's "and"
        if m and m.group("title").rstrip(".").casefold() in p.honorific_keys and (
                m.group("surname") not in given) and not any(
                w.rstrip(".").casefold() in p.honorific_keys or w in given
                for w in tail.split()) and a.span.exact.endswith(tail) and (
                (after[:1].isalpha() and after[:1].isupper()) or _is_role(tail, p)
                or _names_post(tail, p) or names_body(tail)):
            found[id(a)] = m.group("name")
            known += m.group("first") in given
    # (Once three with a common given name show the layout, a rarer given name runs on so
    # too: "Cllr Ysolde Marrick Westbury".)
    return found if known >= 3 else {}


def without_run_ons(text: str, attendance: list[Attendee], p: Patterns) -> list[Attendee]:
    """Each attendee's name less the words it ran on into (:func:`run_on_trimmed`), its span
    cut to match where the name is its start; a label alone goes. Run before the roll's
    duplicates are merged, so that "T Hale In" and "T Hale" are one attendee."""
    out = []
    column = column_words(text, p)
    tails = _run_on_tails(text, attendance, p)
    for a in attendance:
        if (name := tails.get(id(a)) or run_on_trimmed(a.name, p, column)) != a.name:
            if not name:
                continue
            seat = glued_seat(a.name, p) if a.capacity is None else None
            if seat and a.span.exact.endswith(seat):
                # "Tony HaleVice-Chair": the seat glued on is the capacity attended in
                a.capacity = _capacity_name(seat)
                a.capacity_span = span(text, a.span.end - len(seat), a.span.end)
            if m := _words_rx(name).search(a.span.exact):
                # the name's words where the span prints them, whichever end was trimmed
                # ("ABC Ann Bell Chair" -> "Ann Bell", "AB Ann Bell JP" -> "Ann Bell")
                a.span = span(text, a.span.start + m.start(), a.span.start + m.end())
            a.name = name
        out.append(a)
    return out


def _words_rx(name: str) -> re.Pattern[str]:
    """A name's words as printed, any run of blanks between them, whole words only (as the
    prose reader finds a label in its sentence): "Ann Bell" is not the start of "Ann
    Bellamy". A name glued to what followed it ("HaleVice-Chair") ends where its word does."""
    words = name.split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words)
                      + r"(?![a-z])")
