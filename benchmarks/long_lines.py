"""Seconds to read long single lines of the shapes real minutes print (a page flattened into
one line, a long roll, a table run together), at several lengths: ``extract`` and the prose
pass, as ``kg ingest`` reads a page.

    python benchmarks/long_lines.py [--sizes 5000,10000,20000] [SHAPE ...]

Figures, not assertions: each shape's time should grow about as its length does (double the
line, double the time); a shape whose time grows four times when its line doubles is
quadratic, and a bug. The last column is the ratio of the largest size's time to the
smallest's, over the ratio of their sizes (about 1 when linear, the size ratio when
quadratic). Times are CPU seconds (``time.process_time``), so a loaded machine changes
them little.

Round 35 found and mended (CPU seconds at 5,000 / 10,000 characters, before -> after, on a
loaded machine): ``roll_names`` 6.7 / 26.5 -> 1.1 / 3.4 (people._listed_surnames scanned the
rest of a roll again from every titled name), ``posts`` 0.82 / 2.67 -> 0.37 / 0.85 (bodies.py
scanned every span for each known post's match), ``welsh_blanks`` 0.12 / 0.32 -> 0.07 / 0.13
(the Welsh, table-row and officers' roll headings, name_initials and layout_field_gap tried
every split of a run of blanks), ``asked_whether`` 0.37 / 1.03 -> 0.24 / 0.51
(followups._under_resolution built the doc's whole text before each unit).
Round 36 mended (CPU seconds at 5,000 / 10,000 / 20,000 characters, before -> after, on a
loaded machine; output of every independent page byte-identical): ``roll_names`` 1.04 / 3.34 /
11.83 -> 0.38 / 0.75 / 1.54 (the attendance sentences of kg/data/patterns.toml, "Cllr … sent
apologies", "Cllr … joined the meeting", scanned a lazy name from each title to the line's
end when the verb never came: now tried only near their verbs, ``sentence_matches``),
``roll_chair`` 1.25 / 4.17 / 15.02 -> 0.42 / 0.83 / 1.77 and ``prose_roll`` 0.98 / 3.33 /
12.10 -> 0.31 / 0.63 / 1.36 (names.bracket_roles_component filtered every span for each
person's bracket: now found by where they start).
Left, a little faster than linear: ``posts`` (growth about 1.5). Left then, quadratic
(mended since, below): ``roll_then_apologies``, a long roll with an attendance sentence's
verb after it on its line (a page flattened into one line): ``sentence_matches`` tries the
pattern at every title before the verb, each scanning to the line's end; found by the
round-36 review (CPU seconds
at 5,000 / 10,000 / 20,000 characters: 0.52 / 1.30 / 3.62, growth 1.7, where ``roll_names``
gives 0.38 / 0.75 / 1.52; the sentences alone 0.37 / 1.46 / 5.79 on a line with a second
verb after it, the full scan before round 36 0.65 / 2.59 / 10.31). Round 36's review mended
a second: each anchor walked up its 12 lines again, a long run of blank lines above a line of
many verbs once for each verb (0.06 s for 20,000 blank lines, 40 s before).
Round 37 mended ``roll_then_apologies`` (CPU seconds at 5,000 / 10,000 / 20,000 characters,
loaded machine: 0.50 / 1.25 / 3.48 -> 0.40 / 0.76 / 1.50; output of every independent page
byte-identical): a place whose title ends on the stretch a failed place's names could have
run over (``head`` and ``stops`` in ``[attendance] sentences``) is not tried again. Added and
left: ``tabs_spaces``, quadratic (0.12 / 0.35 / 1.26 s at 1,250 / 2,500 / 5,000 characters:
attendance._NAME_SPLIT's comma and "and" parts scan the rest of the run from each
place after a tab); ``tagged_days`` (growth about 1.5 by its author; 0.41 / 1.09 / 3.37 s,
growth 2.1, at the round's review on a loaded machine: worse than linear, left). Round 37's
people branch added four roll shapes; ``officers_by_area`` (officers printed after the areas
they serve, "Bolton Ann Bell Bury Carl Dean …") was quadratic before the round and after it
(7.0 / 27.4 / 109.3 s at 5,000 / 10,000 / 20,000 characters, idle): people._body_follows
walked the rest of a run of capitals once for each name in it. It now keeps each word's
answer for the doc (0.43 / 0.84 / 1.69 s; the same answers as the walk it replaces on 46,000
generated questions).
Round 39's speed branch (s40-speed) mended (CPU seconds at 5,000 / 10,000 / 20,000
characters, before -> after, loaded machine; output of every independent page
byte-identical): ``tabs_spaces`` 1.27 / 4.78 / 18.34 -> 0.16 / 0.31 / 0.66 (the comma's,
"and"s' and bullet's parts of attendance._NAME_SPLIT, tried at each blank after a tab, are
tried once a run, ``_name_splits``; seat_posts' ``[ \t]*,?[ \t]*`` before a seat's letters,
two runs side by side, is one run); ``tagged_days`` 0.40 / 1.05 / 3.20 -> 0.26 / 0.52 / 1.03
(followups_component built ``doc[:start].text`` for each unit: ``_text_before`` slices the
page's text); ``many_followups`` (added by the s39-tidy-fups-wip branch, taken here) 0.49 /
1.25 / 3.71 -> 0.33 / 0.64 / 1.26 (``_names_in`` scanned the doc's whole name group for
each unit, ``_answered`` every follow-up for each); ``asked_answered`` (added) 0.26 / 0.57 /
1.36 -> 0.23 / 0.45 / 0.89 and ``edition_years`` (added) 0.29 / 0.74 / 2.19 -> 0.20 / 0.38
/ 0.75 (``doc.text``, which spaCy builds from every token each time, built for each
answered question and at each lower-case plan's head: kept once, names._page_text, since
round 41 kg.nlp.perdoc.page_text). Also faster with them: ``asked_whether`` 1.14 -> 0.85 s
at 20,000, ``cell_lines`` 2.79 -> 1.85, ``cell_paragraphs`` 3.74 -> 2.31 (growth 1.2-1.5 ->
about 1). ``years_run`` (a run of
"2020 - ", added) was linear before (0.20 / 0.39 / 0.76): the 6 s reported for it was not
reproduced. Left: ``posts`` (growth about 1.5).
Round 40's speed branch (s41-speed) mended (CPU seconds at 5,000 / 10,000 / 20,000
characters, before -> after, loaded machine; output of every independent page
byte-identical): ``posts`` 0.38 / 0.85 / 2.18 -> 0.30 / 0.56 / 1.09 (growth 1.43 -> 0.93:
not bodies.py but people._named_after_welcome, which scanned every span at each comma
before asking for a welcome verb nearby). Added, the round-40 note's possible quadratics:
``roll_ands`` 0.56 / 1.52 / 4.79 -> 0.38 / 0.81 / 1.90 (growth 2.16 -> 1.24: _post_and,
_run_on_post_and and _joined_tiers read all the text before each "and"), ``body_ands``
0.63 / 1.39 / 3.84 -> 0.46 / 1.01 / 2.51 (1.53 -> 1.37, _body_and's re.split; what is left
is str.split of an entry with no separator, in C), ``action_far`` 0.31 / 0.68 / 1.64 -> 0.23
/ 0.43 / 0.86 (1.34 -> 0.93, followups._next_to built the text back to the last request),
``roll_brackets`` 0.41 / 0.79 / 1.56 -> 0.39 / 0.73 / 1.44 (linear before: _in_brackets'
count from the chunk's start is C; it now bisects the brackets' positions).
Round 41's speed branch (s42-speed) mended (CPU seconds at 5,000 / 10,000 / 20,000
characters, before -> after, loaded machine; output of the development, sets 55-56 and
held-out pages byte-identical): ``roll_ands`` 0.28 / 0.61 / 1.41 -> 0.35 / 0.68 / 1.18
(growth 1.26 -> 0.84) and ``body_ands`` 0.34 / 0.74 / 2.18 -> 0.35 / 0.64 / 1.39 (1.62 ->
1.01): _post_and, _run_on_post_and and _body_and built and split all the entry before each
"and" and all the text after it to the next separator; they now read six words before it
(from the chunk reversed, once), nine or five after it (one at a time), the last separator,
dash and honorific by bisecting positions found once a chunk. Added ``date_rows`` (0.27 /
0.56 / 1.03 -> 0.18 / 0.36 / 0.88; a list of 8,000 rows, 118,000 characters, 9.6 -> 3.8 s
of prose): meeting_refs._date_rows asked every reference taken before, its own rows among
them, at each row (now bisected, ``_overlap_test``), and the paragraphs component set each
line break's sentence start through spaCy's setter, which scans every token of the doc
each time (now written at once). Added ``prose_tiers`` (0.22 / 0.43 / 0.85 -> 0.20 / 0.42 /
0.77; 1.86 -> 1.32 at 40,000): people._council_place built the set of every word named so far
at each councillor's tier (now kept for the pass and added to, ``people._named``).
Round 42's speed branch (s43-speed) added ``hyphened_post_ands`` (a dashed post of hyphened
words run on with "and"s; CPU seconds at 5,000 / 10,000 / 20,000 / 80,000 characters, loaded
machine, two runs each: 0.09 / 0.16 / 0.40 / 2.28 and 0.06 / 0.11 / 0.24 / 2.02 -> 0.07 /
0.10 / 0.16 / 0.68 and 0.08 / 0.09 / 0.17 / 0.86; output of the development, sets 55-56 and
held-out pages byte-identical): attendance._last_spaced_dash walked back from each "and"
past every hyphen inside a word; it now bisects the chunk's spaced dashes, found once.
Round 43's review of s44-refs added ``many_minutes`` (a sentence that looks ahead, with many
"minutes" and no confirming verb; CPU seconds at 5,000 / 10,000 / 20,000 / 40,000 / 80,000
characters, loaded machine: 0.15 / 0.37 / 1.10 / 3.70 / 13.75 -> 0.10 / 0.17 / 0.32 / 0.75 /
1.47; output of the development, sets 57-58 and held-out pages byte-identical):
meeting_refs' _RX_MINUTES_CONFIRMED, searched along the sentence, set out from every
"minutes" and scanned the rest of its clause from each; minutes_confirmed tries the first
"minutes" of each clause only.
Round 47's review of s48-names added ``holders_run_on`` (a holder's name inside a run of
posts run together; CPU seconds at 5,000 / 10,000 / 20,000 characters, loaded machine: 0.28 /
0.47 / 0.81, growth 0.73): linear, as names._holder_inside_run tries at most _HOLDER_REACH
places back from each run's end.
"""

from __future__ import annotations

import argparse
import time

from kg.extract import NotMinutesError, extract
from kg.nlp import pipeline
from kg.prose import read_prose

HEAD = "Minutes of the Parish Council held on 3 May 2022 at 7pm\n\n"
ITEMS = "1. Apologies\nNone.\n\n2. Planning\n{line}\n\n3. Finance\nThe clerk would pay it.\n"


def fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def item(unit: str):
    """The line is one item's text."""
    return lambda n: HEAD + "Present: Cllr A Bell, Cllr C Dean\n\n" + ITEMS.format(
        line=fill(unit, n))


def roll(unit: str, label: str = "Present: "):
    """The line is the roll, under the heading."""
    return lambda n: HEAD + label + fill(unit, n) + "\n\n" + ITEMS.format(line="Noted.")


SHAPES = {
    # a long roll with capacities, and the same in an item's prose
    "roll_chair": roll("Councillor A Smith (Chair), "),
    "prose_roll": item("Councillor A Smith (Chair), "),
    "roll_names": roll("Cllr Alan Bell, Cllr Carl Dean, "),
    # the same roll with the apologies run on after it, as a page flattened into one line
    # prints them: an attendance sentence's verb after the roll on its line
    "roll_then_apologies": lambda n: HEAD + "Present: " + fill(
        "Cllr Alan Bell, Cllr Carl Dean, ", n) + " Apologies: Cllr Eve Fox\n\n" + ITEMS.format(
        line="Noted."),
    # runs of capitalised words
    "caps": item("Alan Bell Westshire Borough Council "),
    "caps_names": item("Alan Bell Julie Dean "),
    # runs of blanks and tabs, inside a line and after a Welsh roll heading
    "blanks": item("Noted" + " " * 40),
    "tabs": item("x" + "\t" * 40),
    "welsh_blanks": lambda n: HEAD + "Presennol" + " " * n + "x\n\n" + ITEMS.format(
        line="Noted."),
    # "asked ... whether ..." over and over, and names after "asked"
    "asked_whether": item("Cllr Bell asked the Clerk whether the budget would be met; "),
    "asked_brackets": lambda n: HEAD + ITEMS.format(
        line="The Clerk asked " + fill("(Alan Bell) ", n)),
    "asked_caps": lambda n: HEAD + ITEMS.format(line="The Clerk asked " + fill("Alan Bell ", n)),
    # known posts among many names (bodies.py: every post match against every span)
    "posts": item("the Monitoring Officer and Ann Bell, the Clerk, Carl Dean, "),
    # a table of name / post / service cells flattened into one line
    "table": item("| Ann Bell | Head of Planning | Planning Services "),
    "table_roll": roll("| Ann Bell | Head of Planning | Planning Services "),
    # a list of days each tagged with a clause letter, run on (the follow-ups component)
    "tagged_days": item("Monday 3 (a), Tuesday 4 (b), "),
    # one item of many follow-ups, each a request the next sentence answers (the follow-ups
    # component's _answered and _names_in: quadratic in the follow-ups of a page)
    "many_followups": item("Residents asked about the bins. The Clerk to write to Ann Bell. "),
    # many questions, each answered in the next sentence (the follow-ups component: the
    # doc's text was built again for each asked-only unit)
    "asked_answered": item("Cllr Bell asked whether the bins would be emptied. The Clerk said "
                           "that they would be. "),
    # a run of years and dashes ("2020 - 2020 - …"), and a lower-case plan's head before
    # the years of each of its editions (names._years_after: the years read from the doc's
    # text, built again at each head)
    "years_run": item("2020 - "),
    "edition_years": item("the capital plan 2020 - 21, "),
    # a run of tabs and spaces in turn between two names of a roll (attendance._NAME_SPLIT)
    "tabs_spaces": lambda n: HEAD + "Present: Cllr Ann Bell" + fill("\t ", n)
    + "Cllr Carl Dean\n\n" + ITEMS.format(line="Noted."),
    # a joint body's roll of "<member> <member council>" rows flattened into one line
    "member_councils": roll("A Bell Conwy County Borough Council C Dean Gwynedd Council "),
    # a combined authority's officers listed each after the council they serve, no title
    "officers_by_area": roll("Bolton Ann Bell Bury Carl Dean Wigan Eric Fox ", "In attendance: "),
    # a two-column roll saved one cell a line (name / council / name / ...), n characters of it
    "cell_lines": lambda n: HEAD + fill("A Bell\nConwy County Borough Council\n", n)
    + "\n" + ITEMS.format(line="Noted."),
    # round 40's note's possible quadratics: a long roll of names each with a bracket and a
    # comma (attendance._in_brackets counted the brackets from the chunk's start at each
    # comma), a run-on roll parted by "and" with no comma (_post_and and _body_and split all
    # the text before each "and"), and one request, then many sentences each with an action
    # status after it (followups._next_to built the text back to the request for each)
    "roll_brackets": roll("Cllr Ann Bell (Westshire), Cllr Carl Dean (Eastdale), "),
    "roll_ands": roll("Cllr Ann Bell and Mr Carl Dean Head of Planning and "),
    "body_ands": roll("Ann Bell Eastdale & West Moor Council and Carl Dean "),
    # one dashed post run on with "and"s and no separator or honorific after it (_post_and
    # read every word to the run's end, and matched the post back to its dash, at each "and")
    "dashed_post_ands": lambda n: HEAD + "Present: Mr Ann Bell - Head of " + fill(
        "Roads and ", n) + "\n\n" + ITEMS.format(line="Noted."),
    # the same run on with hyphened words ("Cross-Boundary and …"): attendance's
    # _last_spaced_dash walked back from each "and" past every hyphen inside a word
    "hyphened_post_ands": lambda n: HEAD + "Present: Mr Ann Bell - Head of " + fill(
        "Cross-Boundary and ", n) + "\n\n" + ITEMS.format(line="Noted."),
    "action_far": lambda n: HEAD + ITEMS.format(
        line="The Clerk to write to Ann Bell. " + fill("The hall was busy. Action complete. ", n)),
    # a list of meeting dates one a line (a year's meetings over its minutes), n characters
    # of rows: meeting_refs._date_rows asked every reference taken before, its own rows
    # among them, at each row; and the paragraphs component's sentence starts, set one by
    # one, each asked spaCy to scan every token
    "date_rows": item("3 March 2031\n\n"),
    # councillors named with their council's place and tier, over and over (people's
    # _council_place built the set of every named word at each tier)
    "prose_tiers": item("Exeter City Councillor Ann Bell, County Councillor Carl Dean, "),
    # a sentence that looks ahead ("will"), many "minutes" in it and no confirming verb
    # (meeting_refs' _RX_MINUTES_CONFIRMED set out from every "minutes" to its clause's end)
    "many_minutes": lambda n: HEAD + ITEMS.format(
        line="The Clerk will bring " + fill("the minutes and ", n)
        + "the rest to the meeting on 3 June 2022."),
    "cell_paragraphs": lambda n: HEAD + "Present: Cllr A Bell\n\n1. Apologies\n\n" + fill(
        "K Lowe\n\nGwynedd Council\n\n", n) + "2. Minutes\n\nNoted.\n",
    # officers run together, each a name then a post, the post before ending in its
    # portfolio (names._holder_inside_run looks back a bounded reach from a run's end)
    "holders_run_on": item("Head of Estates & Workforce Gail Hale Commission Solicitor "),
    # action lines run on with no stop, each after the words before it ("… required Clerk to
    # chase"): followups.toml's errand_run_on cuts the unit at each doer
    "errand_run_on": item("tree report required Clerk to chase the owner JD to check "),
}


def timed(text: str, nlp) -> tuple[float, float]:
    t0 = time.process_time()
    try:
        m = extract(text)
    except NotMinutesError:
        return time.process_time() - t0, 0.0
    t1 = time.process_time()
    read_prose([(text, m)], nlp)
    return t1 - t0, time.process_time() - t1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="5000,10000,20000",
                        help="line lengths in characters (default 5000,10000,20000)")
    parser.add_argument("shapes", nargs="*", help=f"shapes to time (default all: "
                        f"{', '.join(SHAPES)})")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = pipeline()
    timed(SHAPES["caps"](200), nlp)  # warm up: the lexicon and the pipeline load once
    print(f"{'shape':16s}" + "".join(f"{n:>10d}" for n in sizes) + "   growth")
    for name in args.shapes or SHAPES:
        secs = [sum(timed(SHAPES[name](n), nlp)) for n in sizes]
        growth = (secs[-1] / max(secs[0], 1e-3)) / (sizes[-1] / sizes[0])
        print(f"{name:16s}" + "".join(f"{s:9.2f}s" for s in secs) + f"   {growth:5.2f}",
              flush=True)


if __name__ == "__main__":
    main()
