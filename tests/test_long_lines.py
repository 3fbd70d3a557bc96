"""Long lines read as short ones: the facts read from a line run on for thousands of
characters (a page flattened into one line, a long roll, blanks of a justified PDF line) are
those read from a short line of the same shape. Behaviour only: how fast such lines are read
is measured by benchmarks/long_lines.py (rounds 35 and 36 made the shapes below linear)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kg.attendance import sentence_matches
from kg.extract import extract
from kg.patterns import load
from kg.prose import read_prose
from tests.conftest import finishes

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


def _sentence_spans(text: str, start: int = 0, end: int | None = None) -> list:
    """Each attendance sentence's matches, found near its anchors and by finditer."""
    p, end = load(), len(text) if end is None else end
    near = [[m.span() for m in sentence_matches(sp, text, start, end, p)]
            for sp in p.attendance_sentences]
    every = [[m.span() for m in sp.pattern.finditer(text, start, end)]
             for sp in p.attendance_sentences]
    assert near == every
    return near


@pytest.mark.parametrize("text", [
    "Cllr A Bell sent her apologies. Cllr C Dean had also apologised.",
    "District\nCouncillor E Fox\n\nwas present. Councillors G Hale and I Jones were present.",
    "Mr K Lowe did not attend; Dr M Nash was absent.",
    "Cllr O Pike joined the meeting at 7.40pm and Mrs Q Ross arrived at the meeting late.",
    "Cllr S Tate attended as a named substitute. Prof. U Vale was present in his place.",
    "Present: " + "Cllr Alan Bell, Cllr Carl Dean, " * 200 + "\nCllr Eve Fox sent apologies.",
    "Present: " + "Cllr Alan Bell, Cllr Carl Dean, " * 200 + "Cllr Eve Fox sent apologies.",
    "Cllr A Bell, Cllr B. Dean. Cllr. C Fox, Cllr\nD Hale; Cllr E Jones sent apologies.",
    "County Councillor A Bell, District\nCouncillor B Dean: Cllr C Fox were present.",
])
def test_attendance_sentences_near_their_verbs_are_those_every_place_gives(text: str) -> None:
    """An attendance sentence with an anchor is tried only at its openers a few lines above
    each of its verbs: the same matches as trying every place, a long roll above or not."""
    assert any(_sentence_spans(text))
    _sentence_spans(text, 5, len(text) - 3)  # a part of the text: its first name cut


def test_a_long_roll_with_no_verb_holds_no_attendance_sentence() -> None:
    """Titles on a long line with no verb after them start no sentence (each title was
    scanned to the line's end); an apology for something else is none either."""
    assert not any(_sentence_spans("Present: " + "Cllr Alan Bell, Cllr Carl Dean, " * 300))
    # nor one with its apologies run on after it (each title was scanned to "Apologies:")
    assert not any(_sentence_spans("Present: " + "Cllr Alan Bell, Cllr Carl Dean, " * 300
                                   + " Apologies: Cllr Eve Fox"))
    assert not any(_sentence_spans("Cllr A Bell apologised for the late papers."))


def test_a_long_roll_of_names_with_their_capacities_reads_as_a_short_one() -> None:
    """names.bracket_roles_component finds a person's bracket's posts by where they start,
    not by scanning every span: the same people and posts in a roll and in an item."""
    unit = "Councillor Ann Bell (Chair), Councillor Carl Dean (Vice-Chair), "
    short, long = _page(_roll("Present: " + unit)), _page(_roll("Present: " + unit * 80))
    assert _attendees(long) == _attendees(short)
    assert ("Councillor Ann Bell", "Present", "Chair") in _attendees(long)
    short, long = _page(_item(unit)), _page(_item(unit * 80))
    assert _mentions(long) == _mentions(short)
    assert ("post", "Chair") in _mentions(long)


def test_capacities_held_in_bodies_along_a_long_line_read_as_on_a_short_one() -> None:
    """bodies.py filters the spans for a post held in a body only when a span lies in the
    post's words: the same posts and bodies, once or sixty times along a line."""
    unit = ("Cllr Bell declared an interest as a trustee of Westbury Hospice and as "
            "chairman of the Village Hall Committee. ")
    short, long = _page(_item(unit)), _page(_item(unit * 60))
    assert _mentions(long) == _mentions(short)
    assert ("organisation", "Westbury Hospice") in _mentions(long)


def test_councils_of_seats_along_a_long_line_read_as_on_a_short_one() -> None:
    """bodies._council_of_seat marks the tokens bodies cover once, not each seat against
    every body: the same seats and councils, once or sixty times along a line."""
    unit = ("Jo Hale, a Fernbury District Council Member, and Ann Bell, Eastmoor Council "
            "Representative, met Westbury Hospice. ")
    short, long = _page(_item(unit)), _page(_item(unit * 60))
    assert _mentions(long) == _mentions(short)
    assert ("organisation", "Fernbury District Council") in _mentions(long)


class _CountedText(str):
    """A text that counts how often it is searched backwards for a line's start."""

    rfinds = 0

    def rfind(self, *args: object) -> int:
        type(self).rfinds += 1
        return super().rfind(*args)  # type: ignore[arg-type]


def test_the_lines_above_many_anchors_are_walked_once() -> None:
    """Each anchor's lines are walked up no further than the last place tried: a long run of
    blank lines above a line of many verbs ("was present, was present, …") was walked again
    for each verb (40 s for 20,000 blank lines), and is walked once; the matches are those
    of a scan of every place."""
    p = load()
    text = _CountedText("Cllr A Bell\n" + "\n" * 2000 + "was present, " * 200)
    _CountedText.rfinds = 0
    for sp in p.attendance_sentences:
        list(sentence_matches(sp, text, 0, len(text), p))
    assert _CountedText.rfinds < 2 * 2000 + 10 * 200
    assert any(_sentence_spans(str(text)))  # "Cllr A Bell … was present" over the blanks


def _generated(seed: int) -> str:
    """A short text of titles, names, the attendance sentences' verbs and punctuation, run
    together at random with spaces, tabs, line breaks and blank lines."""
    words = ("Cllr", "Cllr.", "Cllrs", "Councillor", "Councillors", "COUNCILLOR", "cllr",
             "County", "District", "Town", "Parish", "Borough", "Mr", "Mrs", "MR", "Ms", "Miss",
             "Dr", "Prof.", "Professor", "A", "B.", "J", "Bell", "Hale", "and", "Fox", "sent",
             "apologies", "apologised", "Apologised", "gave", "his", "her", "had", "also", "were",
             "was", "present", "PRESENT", "in", "attendance", "did", "not", "attend", "absent",
             "joined", "arrived", "at", "the", "meeting", "MEETING", "attended", "as", "a",
             "named", "substitute", "deputy", "deputised", "deputized", "replacement", "for",
             "place", "stead", "absence", "of", "delay", "late")
    rng = random.Random(seed)
    return "".join((rng.choice(words) if rng.random() < .9 else rng.choice(".,;:()"))
                   + rng.choice((" ", " ", " ", "\n", "\n\n", "\t", "\r\n", ""))
                   for _ in range(rng.randint(3, 40)))


def test_attendance_sentences_near_their_verbs_on_generated_text() -> None:
    """The anchors and openers of ``[attendance] sentences`` cover every match: on generated
    text the matches found near the anchors are those of a scan of every place (a verb form
    or opening word added to a pattern but not to its ``anchor`` or ``opens`` fails this)."""
    found = 0
    for seed in range(1500):
        text = _generated(seed)
        found += any(_sentence_spans(text))
        _sentence_spans(text, len(text) // 4, len(text) - len(text) // 4)
    assert found > 40  # the generated texts do hold sentences to compare


def _generated_roll(seed: int) -> str:
    """A roll of titles and names run on at random, the stops a name never runs over (line
    breaks, full stops, semicolons, colons) and the sentences' verbs among them. After a
    title, a second blank that is a stop ("Cllr\r\nA Bell", "Cllr \nA Bell"): a ``head``
    that runs over it reads a title longer than the pattern's, and only this shape shows it."""
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(5, 60)):
        parts.append(rng.choice(("Cllr", "Cllr.", "Cllrs", "Councillor", "County Councillor",
                                 "Mr", "Dr", "cllr", "District", "Mrs", "Councillors",
                                 "Town\tCouncillor")))
        parts.append(rng.choice((" ", "\n", "  ", "\t", "\r\n", " \n"))
                     + rng.choice(("A", "B.", "Ann", "J", "a.")) + " "
                     + rng.choice(("Bell", "Hale", "Fox")))
        parts.append(rng.choice((", ", ", ", " and ", ". ", "; ", ": ", "\n", ".\n\n",
                                 " sent apologies, ", " was present, ", " was absent; ",
                                 " joined the meeting, ", " Apologies: ")))
    return "".join(parts)


def test_attendance_sentences_on_generated_rolls_are_those_every_place_gives() -> None:
    """A place whose names would run over a stretch a failed place's names ran over is not
    tried again (``head`` and ``stops`` in ``[attendance] sentences``): on generated rolls
    the matches are those of a scan of every place (a stop left out of ``stops``, or a
    ``head`` shorter or longer than the pattern's title, fails this)."""
    found = 0
    for seed in range(600):
        text = _generated_roll(seed)
        found += any(_sentence_spans(text))
        _sentence_spans(text, len(text) // 3, len(text) - len(text) // 5)
    assert found > 300


def test_the_anchor_lines_and_the_generic_names_are_read_from_one_place() -> None:
    """``sentence_anchor_lines`` is a field of the loaded patterns, read once; the prose
    pass's generic names are the structural reader's generic references (one list: the
    generic references and the sessions named with whom they are for)."""
    from kg.nlp.lexicon import lexicon
    from kg.patterns import body_words, lexicon_data

    p = load()
    assert p.sentence_anchor_lines == p.raw["attendance"]["sentence_anchor_lines"] > 0
    orgs = lexicon_data()["organisations"]
    assert lexicon().generic_names is body_words().generic
    assert lexicon().generic_names == {w.lower() for w in [*orgs["generic"],
                                                           *orgs["sessions_for"]]}


def test_each_sentence_head_is_the_title_its_pattern_opens_with() -> None:
    """``head`` in ``[attendance] sentences`` is a copy of the title its pattern's names open
    with: a title edited in the pattern and not in its head (or the other way) would let the
    fast path skip a place the pattern matches at. A pattern with no anchor has no head."""
    heads = 0
    for sp in load().attendance_sentences:
        if sp.head is None or sp.stops is None:
            assert sp.head is None and sp.stops is None
            continue
        assert sp.anchor is not None and sp.opens is not None
        flags, _, title = sp.head.pattern.rpartition(r"\b")
        assert sp.pattern.pattern.startswith(flags + r"\b(?P<names>" + title), sp.head.pattern
        # the names after the title take any character but the stops (and an initial's dot)
        assert "(?:[^" + sp.stops.pattern.strip("[]") + "]|(?<=\\b[A-Z])\\.)+?" in (
            sp.pattern.pattern.removeprefix(flags + r"\b(?P<names>" + title))
        heads += 1
    assert heads == 5


def test_a_long_roll_of_officers_after_their_areas_reads_as_a_short_one() -> None:
    """people._body_follows keeps each word's answer for the rest of the doc, so a run of
    capitals asked about once a name is walked once: the same people from a long roll of
    officers printed after the areas they serve as from a short one."""
    unit = "Bolton Ann Bell Bury Carl Dean Wigan Eric Fox "
    short = _page(_roll("In attendance: " + unit))
    long = _page(_roll("In attendance: " + unit * 60))
    assert {a[0] for a in _attendees(long)} == {a[0] for a in _attendees(short)}
    assert _mentions(long) == _mentions(short)


def test_the_kept_answers_of_body_follows_are_those_a_fresh_walk_gives() -> None:
    """The answer kept for one word (``memo``) is the one a fresh walk from that word gives,
    whatever order the words are asked in: runs of capitals with councils, places, given
    names, upper-case words and bodies' heads, asked forwards, backwards and at random."""
    import spacy

    from kg.nlp.lexicon import lexicon
    from kg.nlp.people import _body_follows

    lex, nlp = lexicon(), spacy.blank("en")
    words = ["Bolton", "Ann", "Bell", "Bury", "Council", "Carl", "Dean", "Wigan", "County",
             "Borough", "Westshire", "NHS", "Trust", "Eve", "Fox", "and", "of", "Natural",
             "England", "Police", "Kent", "Fire", "Authority", "Jo", "Hale", "Cheshire",
             "East", "the", "CCG", "Partnership", "Board"]
    rng = random.Random(37)
    for _ in range(300):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))))
        fresh = [_body_follows(doc, k, lex) for k in range(len(doc))]
        for order in (list(range(len(doc))), list(reversed(range(len(doc)))),
                      rng.sample(range(len(doc)), len(doc))):
            memo: dict[int, bool] = {}
            kept = {k: _body_follows(doc, k, lex, memo) for k in order}
            assert [kept[k] for k in range(len(doc))] == fresh, doc.text


def test_the_span_index_gives_what_a_scan_of_the_list_gives() -> None:
    """kg.nlp.spanindex.SpanIndex (the bracket roles' spans, the known posts' posts): after
    random appends and drops, by identity and by equality, its spans in order, by start, in a
    range of starts and by end are those a scan of a plain list kept alongside gives."""
    from spacy.tokens import Span

    from kg.nlp.pipeline import pipeline
    from kg.nlp.spanindex import SpanIndex

    doc = pipeline().make_doc(" ".join(["word"] * 30))
    for seed in range(200):
        rng = random.Random(seed)
        keep = rng.choice((None, lambda s: s.label_ == "POST"))

        def new(rng: random.Random = rng) -> Span:
            s = rng.randrange(29)
            return Span(doc, s, rng.randint(s + 1, min(30, s + 4)),
                        label=rng.choice(("POST", "ORG")))

        spans = [new() for _ in range(rng.randint(0, 15))]
        index = SpanIndex(spans, keep=keep)
        for _ in range(40):
            if rng.random() < .5 or not spans:
                spans.append(new())
                index.append(spans[-1])
            elif rng.random() < .5:
                gone = [rng.choice(spans)]
                spans = [s for s in spans if s is not gone[0]]
                index.drop(gone)
            else:
                gone = [new(), rng.choice(spans)]
                spans = [s for s in spans if s not in gone]
                index.drop(gone, same=lambda s, g: s in g)
            kept = [s for s in spans if keep is None or keep(s)]
            assert [id(s) for s in index] == [id(s) for s in kept]
            k, lo = rng.randrange(31), rng.randrange(31)
            hi = rng.randint(lo, 31)
            assert [id(s) for s in index.starting_at(k)] == [
                id(s) for s in kept if s.start == k]
            assert [id(s) for s in index.ending_at(k)] == [id(s) for s in kept if s.end == k]
            assert [id(s) for s in index.starting_in(lo, hi)] == [
                id(s) for s in kept if lo <= s.start < hi]


def test_asks_after_a_long_run_of_tagged_days_give_the_same_follow_ups() -> None:
    """followups_component reads the 400 characters before each unit from the page's text
    (``_text_before``), not from the whole doc before it built afresh: the same follow-ups
    after one tagged day or hundreds, and a motion's proposal is still no errand."""
    days = "Monday 3 (a), Tuesday 4 (b), "
    ask = "The Clerk was asked to write to the highways authority. "
    motion = ("Cllr Bell put forward the following Proposal:\nThat the Clerk write to the "
              "highways authority. ")
    short, long = _page(_item(days + ask)), _page(_item(days * 300 + ask))
    assert _followups(long) == _followups(short)
    assert any("asked to write" in f for f in _followups(long))
    for k in (1, 300):
        assert not any("highways" in f for f in _followups(_page(_item(days * k + motion))))


def test_the_text_before_a_token_is_that_of_the_doc_before_it() -> None:
    """``_text_before`` slices the page's text as ``doc[:start].text[-size:]`` reads it (the
    last token's trailing space left off), at every token of texts with blanks, tabs and
    line breaks, and nothing before the first."""
    from kg.nlp import pipeline
    from kg.nlp.followups import _text_before
    nlp = pipeline()
    for seed in range(30):
        doc = nlp.make_doc(_generated(seed))
        for start in range(len(doc) + 1):
            for size in (5, 400):
                assert _text_before(doc, doc.text, start, size) == doc[:start].text[-size:]
    assert _text_before(nlp.make_doc("Noted."), "Noted.", 0) == ""


@pytest.mark.parametrize("tail", ["Cllr Carl Dean", ", Cllr Carl Dean", "and Cllr Carl Dean",
                                  "MP, Cllr Carl Dean", "Councillors: Carl Dean, Eve Fox"])
def test_a_roll_with_a_long_run_of_tabs_and_spaces_reads_as_with_a_short_one(tail: str) -> None:
    """The parts of attendance._NAME_SPLIT that open on blanks are tried once for a run of
    tabs and spaces in turn (``_name_splits``), and seat_posts reads the blanks before a
    seat's letters as one run: the same names, and the same seat, after two blanks or six
    thousand."""
    rolls = [_attendees(_page(_roll("Present: Cllr Ann Bell" + blanks + tail)))
             for blanks in ("\t ", "\t " * 3000, " \t\t" * 2000)]
    assert rolls[0] == rolls[1] == rolls[2]
    assert ("Cllr Ann Bell", "Present", "MP" if tail.startswith("MP") else None) in rolls[1]
    # letters that run on into a word are no seat
    assert ("Cllr Ann Bell", "Present", None) in _attendees(_page(_roll(
        "Present: Cllr Ann Bell" + "\t " * 3000 + "MPS, Cllr Carl Dean")))


def _generated_blanks(seed: int) -> str:
    """A short roll of names, commas, "and"s, group labels and bullets run together at
    random with runs of tabs, spaces, no-break spaces and line breaks."""
    rng = random.Random(seed)
    return "".join(rng.choice(_GENERATED_WORDS) for _ in range(rng.randint(1, 40)))


_GENERATED_WORDS = (
    "\t", "\t", " \t", "\t ", " ", "   ", "\u00a0", "\n", "\r\n", "\f", ",", ";", "&", "and",
    "or", "together with", "a/and", "A", "B.", "Ann", "Bell", "Cllr", "Mrs", ".", "(", ")",
    "Councillors", "Members", ":", "–", "•", "·", "Clerk", "Dean",
    # the words the other parts read (a group's label, a field's label and the rank before
    # it, an honorific glued to the word before, bullets), so that a change to one of those
    # parts is drawn here too
    "Aldermen", "Vice", "Town", "Chair", "Councillor", "Mr", "Messrs", "▪", "◦")


def _generated_runs(seed: int) -> str:
    """Runs of blanks (tabs, spaces, line breaks and the like, up to six), each ended by one
    of _generated_blanks' words: where _name_splits reads a place after a tab by a variant
    of _NAME_SPLIT, it relies on the parts that open on blanks failing at a later place of a
    run when they fail at its first, and such runs, several blanks after a tab, are seldom
    drawn word by word."""
    rng = random.Random(seed)
    words = [w for w in _GENERATED_WORDS if w.strip()]
    return "".join("".join(rng.choice(("\t", " ", "\n", "\u00a0", "\r\n", "\f"))
                           for _ in range(rng.randint(0, 6))) + rng.choice(words)
                   for _ in range(rng.randint(1, 12)))


def test_the_name_splits_are_those_of_the_whole_pattern_on_generated_rolls() -> None:
    """``_name_splits`` gives the matches ``_NAME_SPLIT.finditer`` gives (where, and what),
    on generated rolls and runs of blanks; some of them at a blank after a tab, where only
    the whole pattern reads them. (This is what keeps the variants from drifting: a part
    changed so that it may match at a later place of a run of blanks and not at its first —
    a bullet's line break that had to follow spaces and tabs only — fails here.)"""
    from kg.attendance import _NAME_SPLIT, _SPLIT_IN_RUN, _name_splits
    after_tab = 0
    for seed in range(20000):
        text = _generated_blanks(seed) if seed < 6000 else _generated_runs(seed)
        whole = [(m.span(), m.group()) for m in _NAME_SPLIT.finditer(text)]
        assert [(m.span(), m.group()) for m in _name_splits(text)] == whole, repr(text)
        after_tab += any(text[a - 1 : a] == "\t" and _SPLIT_IN_RUN.match(text, a) is None
                         for (a, _), _g in whole)
    assert after_tab > 50
    assert [m.group() for m in _name_splits("Ann Bell\t \t ,\tCarl Dean")] == ["\t", " \t ,\t"]
    assert [m.group() for m in _name_splits("Ann Bell\t \t Carl Dean")] == ["\t", "\t"]


def test_names_in_a_unit_by_their_starts_are_those_a_scan_gives() -> None:
    """kg.nlp.followups._names_in looks the names of a unit up by where they start (outside
    the follow-ups component, by an index of the group as it is): the names, of each choice
    of kinds, in the group's order, that a scan of the whole group gives, for random units of
    a page of many names and follow-ups; again after the group grows, and after one of its
    spans is replaced in place (the same length: no index kept for it is read)."""
    from kg.nlp.followups import _names_in
    from kg.nlp.lexicon import ORG, PERSON, POST
    from kg.nlp.pipeline import pipeline

    text = ("Residents asked about the bins. The Clerk to write to Ann Bell of Westshire "
            "County Council. Cllr Carl Dean, the Chair, would ask the Monitoring Officer. ") * 12
    doc = pipeline()(text)
    rng = random.Random(39)

    def key(x) -> tuple:
        return x.start, x.end, x.label_, x._.kind

    def scan(s: int, e: int, kinds: tuple[str, ...]) -> list[tuple]:
        return [key(x) for x in doc.spans["ckg"]
                if x._.kind in kinds and x.start >= s and x.end <= e]

    assert len(doc.spans["ckg"]) > 50
    for rounds in range(3):
        for _ in range(400):
            s = rng.randrange(len(doc))
            e = rng.randint(s, len(doc))
            kinds = rng.choice(((POST, PERSON, ORG), (POST, PERSON), (PERSON,), ()))
            assert [key(x) for x in _names_in(doc[s:e], kinds)] == scan(s, e, kinds)
        extra = doc[3 + rounds : 5 + rounds]
        extra._.kind = PERSON
        if rounds == 0:  # the group grows
            doc.spans["ckg"].append(extra)
        elif rounds == 1:  # … or changes in place, at the same length
            doc.spans["ckg"][0] = extra


def test_the_name_index_is_built_once_per_doc_and_not_kept(monkeypatch) -> None:
    """The follow-ups component indexes the doc's names once, as it starts (``_NameIndex``),
    and every look-up of its run reads that one; it is dropped from the doc as the run ends,
    so a later look-up, of a group since changed, never reads it."""
    from kg.nlp import followups
    from kg.nlp.perdoc import kept
    from kg.nlp.pipeline import pipeline

    built: list[int] = []
    real = followups._NameIndex

    class Counted(real):
        def __init__(self, group) -> None:
            built.append(len(group) if group is not None else 0)
            super().__init__(group)

    monkeypatch.setattr(followups, "_NameIndex", Counted)
    text = "Residents asked about the bins. The Clerk to write to Ann Bell. " * 20
    nlp = pipeline()
    for _ in range(2):
        doc = nlp(text)
        assert followups._NAME_INDEX not in kept(doc)
    assert len(built) == 2 and built[0] > 20


def test_plans_with_their_editions_years_along_a_long_line_read_as_on_a_short_one() -> None:
    """names._years_after reads the years after a lower-case plan's head from the doc's text
    built once (``perdoc.page_text``), not at each head: the same programmes after one plan or
    hundreds; a year with no range after it is still no edition."""
    unit = "the capital plan 2020 - 21, "
    short, long = _page(_item(unit)), _page(_item(unit * 300))
    assert _mentions(long) == _mentions(short)
    assert ("programme", "capital plan 2020 - 21") in _mentions(long)
    assert not any(kind == "programme" for kind, _ in _mentions(_page(_item(
        "the capital plan 2020, " * 300))))


def test_the_page_text_kept_for_a_doc_is_its_text() -> None:
    """``perdoc.page_text`` gives ``doc.text``, built once and kept for that doc alone: a copy
    of the doc, which spaCy gives the original's ``user_data``, and a doc of the same length
    read their own text, never the one kept for another."""
    from kg.nlp import pipeline
    from kg.nlp.perdoc import kept, page_text
    nlp = pipeline()
    one = nlp.make_doc("the capital plan 2020 - 21")
    assert page_text(one) == one.text and page_text(one) is page_text(one)
    # Negative: a doc of the same length, and a copy with the original's user_data
    same_length = nlp.make_doc("the revenue plan 2021 - 22")
    assert len(same_length.text) == len(one.text) and page_text(same_length) == same_length.text
    copy = one.copy()
    kept(one)["names_roll_rows"] = frozenset({3})
    assert page_text(copy) is not page_text(one) and "names_roll_rows" not in kept(copy)
    assert page_text(nlp.make_doc("")) == ""


def test_what_is_kept_for_a_doc_goes_with_it() -> None:
    """A doc's store (``perdoc.kept``) is dropped when the doc is: nothing of a page read
    outlives it (the prose pass reads thousands of pages)."""
    import gc

    from kg.nlp import pipeline
    from kg.nlp.perdoc import _STORES, page_text
    doc = pipeline().make_doc("The Clerk to write to the bus company.")
    page_text(doc)
    gc.collect()  # (docs of earlier tests go first, so that only this one is counted)
    before = len(_STORES)
    del doc
    gc.collect()
    assert len(_STORES) == before - 1


def test_questions_answered_along_a_long_line_give_the_same_follow_ups() -> None:
    """A question the next sentence answers is no follow-up, however far along the line (the
    doc's text, read after each such question, is built once): the same follow-ups after one
    question or a hundred, and an errand after them is still one."""
    asked = "Cllr Bell asked whether the bins would be emptied. The Clerk said that they would be. "
    errand = "The Clerk was asked to write to the highways authority. "
    short, long = _page(_item(asked + errand)), _page(_item(asked * 100 + errand))
    assert _followups(long) == _followups(short)
    assert any("highways" in f for f in _followups(long))
    assert not any("bins" in f for f in _followups(long))


def test_a_long_run_on_roll_parted_by_and_reads_each_name_as_a_short_one_does() -> None:
    """attendance._post_and, _body_and and _joined_tiers read the entry before each "and"
    from its last separator (not all the text before it): the same attendees, ten entries or
    four hundred, and a post's own "and" or a body's "&" still parts no names."""
    unit = "Cllr Ann Bell and Mr Carl Dean Head of Planning and "
    short = _attendees(_page(_roll("Present: " + unit + "Cllr Eve Fox")))
    long = _attendees(_page(_roll("Present: " + unit * 400 + "Cllr Eve Fox")))
    assert long == short
    assert {a[0] for a in short} == {"Cllr Ann Bell", "Mr Carl Dean", "Cllr Eve Fox"}
    dashed = "Mr A Bell - Head of Planning and Building Control, "
    one = _attendees(_page(_roll("Present: " + dashed + "Mrs C Dean")))
    # the post's "and" parts no names: "Building Control" is the post's, no person
    assert ("Mr A Bell", "AlsoInAttendance", "Head of Planning and Building Control") in one
    assert _attendees(_page(_roll("Present: " + dashed * 300 + "Mrs C Dean"))) == one


def test_a_long_roll_with_brackets_reads_each_name_as_a_short_one_does() -> None:
    """attendance._in_brackets counts the brackets before a comma by bisecting their
    positions: a comma inside a bracket still parts no names, however far along the line."""
    unit = "Cllr Ann Bell (Chair, Audit), Cllr Carl Dean (Westshire), "
    short = _attendees(_page(_roll("Present: " + unit)))
    long = _attendees(_page(_roll("Present: " + unit * 300)))
    assert long == short
    # the comma inside the bracket parts nothing: no "Audit" among the names
    assert {a[0] for a in long} == {"Cllr Ann Bell", "Cllr Carl Dean"}


def test_an_action_status_far_from_its_request_leaves_the_request_as_it_is() -> None:
    """followups._next_to reads the tokens between a request and a status line up to the
    first word: a status line right after a request closes it, one far from it does not."""
    far = _page(_item("The Clerk to write to the owner. The hall was busy. Action complete. "
                      * 60))
    near = _page(_item("The Clerk to write to the owner.\n\nAction complete."))
    errand = "The Clerk to write to the owner."
    assert errand not in _followups(near)  # next to its request: the errand is done
    assert errand in _followups(far)  # the status line after a sentence between: it stands


def test_a_long_list_of_meeting_dates_reads_each_row_as_a_short_list_does() -> None:
    """meeting_refs._date_rows reads a list of dates one a line from the page's text built
    once (``perdoc.page_text``), not built again at each row: every row of a long list is a
    meeting, as in a short one; two rows with nothing above them that sets meetings are none."""
    from kg.nlp import pipeline

    nlp = pipeline()

    def rows(n: int, lead: str = "Dates of future meetings") -> list[str]:
        text = lead + "\n\n" + "".join(f"{d % 28 + 1} March 2031\n\n" for d in range(n))
        doc = nlp(text)
        return [s.text for s in doc.spans.get("ckg_meeting_refs", [])]

    assert rows(4) == [f"{d} March 2031" for d in range(1, 5)]
    assert rows(300) == [f"{d % 28 + 1} March 2031" for d in range(300)]
    # Negative: two dates under a line that sets no meetings are no list of meetings.
    assert rows(2, lead="Bins were emptied late") == []


def test_a_long_line_of_roads_named_after_people_reads_as_a_short_one() -> None:
    """Roads named after a person ("Edward Thomas Close") are no person, so a line of them is
    one long run of capitalised words: names._after_a_person finds the run's capitalised
    tail once and reads a body of sixteen words at most after a given name (it checked the
    tail again for each given name, over the whole run: 40,000 characters took minutes)."""
    unit = "Edward Thomas Close Tom Scott Playing "
    short = _page(_item("Residents of " + unit + "Field asked for a bin."))
    with finishes(within=60, cpu=True):
        long = _page(_item("Residents of " + unit * 1000 + "Field asked for a bin."))
    assert _mentions(long) == _mentions(short)
    assert not [m for m in _mentions(long) if m[0] == "person"]


def test_the_overlap_test_answers_as_a_scan_of_the_references_taken() -> None:
    """meeting_refs._overlap_test (the readers of date rows, indexes of minutes and paper
    headers ask it at each date, where they scanned every reference taken): on random
    references, overlapping, nested, touching and empty, its answer for a stretch is the
    scan's."""
    from kg.nlp.meeting_refs import _overlap_test

    rng = random.Random(41)
    for _ in range(400):
        taken = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randrange(60)
            taken.append((s, s + rng.randint(0, 12)))
        overlaps = _overlap_test(list(taken))
        for _ in range(30):
            start = rng.randrange(70)
            end = start + rng.randint(0, 10)
            assert overlaps(start, end) == any(s < end and start < e for s, e in taken), (
                taken, start, end)


def test_the_paragraph_starts_are_those_set_one_token_at_a_time() -> None:
    """pipeline.paragraphs_component writes a page's sentence starts at line breaks all at
    once (spaCy's setter scanned every token at each one): on generated pages of lines that
    run on, end, open on lower case or are blank, the starts are those the setter, token by
    token, gives."""
    from kg.nlp.lexicon import lexicon
    from kg.nlp.pipeline import _runs_on, paragraphs_component, pipeline

    nlp = pipeline()
    runs_on = lexicon().line_runs_on_words
    words = ["The", "clerk", "wrote", "to", "the", "Westshire", "Council", "noted.", "a)",
             "and", "of", "Apologies:", "12", "in", "district", ")", "."]
    rng = random.Random(43)
    for _ in range(150):
        text = "".join(rng.choice(words) + rng.choice((" ", " ", "\n", "\n\n", " \n", "\n "))
                       for _ in range(rng.randint(1, 60)))
        doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
        old = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
        for tok in old[1:]:
            prev = old[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = not _runs_on(old, tok, runs_on)
        new = paragraphs_component(doc)
        assert [t.is_sent_start for t in new] == [t.is_sent_start for t in old], text


def test_the_words_either_side_of_an_and_are_those_a_split_gives() -> None:
    """attendance's readers of a run-on roll's "and" (_post_and, _run_on_post_and, _body_and)
    read a few words before it and after it without splitting all the text to the entry's
    start or the next separator: on random rolls of words, separators, brackets, dashes and
    blanks, the words, the last separator and the last dash are those of the split."""
    import itertools
    import re

    from kg.attendance import (
        _WORDS_TO_BRACKET,
        _WORDS_TO_DASH,
        _after_last,
        _last_at,
        _last_words,
        _words_to,
    )

    pieces = ["Ann", "Bell", "Mr", "and", "&", ",", ";", "\n", "(", ")", "–", "—", "-", ":",
              "Bell,Mr", "Dean(Chair)", " ", "  ", "\t"]
    rng = random.Random(47)
    for _ in range(300):
        chunk = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(40))
        for _ in range(10):
            hi, pos = rng.randrange(len(chunk) + 1), rng.randrange(len(chunk) + 1)
            for seps in (",;\n", ",;\n()–—:"):
                assert _after_last(chunk, seps, hi) == max(
                    chunk.rfind(c, 0, hi) for c in seps) + 1
            lo = rng.randrange(hi + 1)
            n = rng.randint(1, 8)
            assert _last_words(chunk, lo, hi, n) == chunk[lo:hi].split()[-n:]
            dashes = max(chunk[lo:hi].rfind(c) for c in "–—-")
            assert _last_at(chunk, "–—-", lo, hi) == (lo + dashes if dashes >= 0 else -1)
            for words, to in ((_WORDS_TO_DASH, r"[^,;\n–—]*"), (_WORDS_TO_BRACKET,
                                                               r"[^,;\n()–—:]*")):
                assert list(itertools.islice(_words_to(chunk, pos, words), n)) == re.compile(
                    to).match(chunk, pos).group().split()[:n]


def test_a_long_roll_of_bodies_joined_by_and_reads_each_name_as_a_short_one_does() -> None:
    """A roll of names each with the body they come from, an "&" inside the body's name and
    "and" between entries, no commas: _body_and reads six words before each "and" and nine
    after it, so a long roll parts as a short one, the body's "&" parting no names."""
    unit = "Ann Bell Eastdale & West Moor Council and Carl Dean Northmoor Council and "
    short = _attendees(_page(_roll("Present: " + unit + "Eve Fox")))
    long = _attendees(_page(_roll("Present: " + unit * 200 + "Eve Fox")))
    assert {a[0] for a in long} == {a[0] for a in short}
    assert not any(a[0].startswith("West Moor") for a in long)


def test_the_named_words_kept_for_a_councillors_place_are_those_of_every_span() -> None:
    """people._named keeps the words the people pass has named so far, adding the spans
    appended since the last ask, where _council_place built the set from every span at each
    tier; a list of another pass starts afresh; the people component drops it at its end."""
    from spacy.tokens import Span

    from kg.nlp.people import _NAMED, _named
    from kg.nlp.perdoc import kept
    from kg.nlp.pipeline import pipeline

    nlp = pipeline()
    doc = nlp.make_doc(" ".join(["word"] * 40))
    rng = random.Random(53)
    spans: list[Span] = []
    for _ in range(60):
        s = rng.randrange(39)
        spans.append(Span(doc, s, rng.randint(s + 1, min(40, s + 3))))
        if rng.random() < .5:
            assert _named(doc, spans) == {t for sp in spans for t in range(sp.start, sp.end)}
    other = [Span(doc, 0, 1)]
    assert _named(doc, other) == {0}
    page = nlp("Exeter City Councillor Rob Wrenfield and County Councillor Jo Hale spoke.")
    assert _NAMED not in kept(page)


def test_a_named_set_left_by_a_pass_that_raised_is_not_read_by_the_next(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """people._named's set is kept under its list's ``id``; a pass that raised partway left
    it in the doc's store, and a later pass's list given the freed list's id (forced here)
    read its words as named: "Westbury City" was taken for a name before the tier and cut
    from the post. The people component drops the set when it starts."""
    from kg.nlp import people
    from kg.nlp.perdoc import kept
    from kg.nlp.pipeline import pipeline

    nlp = pipeline()
    doc = nlp.make_doc("At the meeting, Westbury City Councillor Jo Hale asked a question.")
    monkeypatch.setattr(people, "id", lambda _spans: 7, raising=False)
    for name, proc in nlp.pipeline:
        if name == "ckg_people":  # what a pass that raised left: every word named
            kept(doc)[people._NAMED] = [7, 0, set(range(len(doc)))]
        doc = proc(doc)
    posts = {sp.text for sp in doc.spans["ckg"] if sp.label_ == "post"}
    assert posts == {"Westbury City Councillor"}
    assert people._NAMED not in kept(doc)


def test_many_date_rows_and_line_breaks_are_read_in_time_linear_in_their_count() -> None:
    """Hang guards (a quadratic reading takes many minutes here, the linear one seconds):
    the rows of a list of 40,000 dates each asked the overlap with every reference taken
    before, its own rows among them (meeting_refs._date_rows); and each of a page's 80,000
    line breaks had spaCy scan every token before a sentence start was set
    (pipeline.paragraphs_component)."""
    from kg.nlp.meeting_refs import _date_rows
    from kg.nlp.pipeline import paragraphs_component, pipeline

    nlp = pipeline()
    text = "".join(f"{d % 28 + 1} March 2031\n\n" for d in range(40_000))
    doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text))
    with finishes(within=30, cpu=True):
        paragraphs_component(doc)
        rows = _date_rows(doc, [])
    assert len(rows) == 40_000
    assert doc[4].is_sent_start  # the second row ("2", after "1 March 2031" and its break)


def test_a_run_on_roll_of_many_ands_is_read_in_time_linear_in_its_length() -> None:
    """Hang guard: _post_and and _body_and asked at each of 13,200 "and"s and "&"s of one
    entry with no separator (416,000 characters) read a few words either side, where they
    split all the entry before each (minutes; now about a second)."""
    import re

    from kg.attendance import _body_and, _post_and

    p = load()
    chunk = "Ann Bell Eastdale & West Moor Council and Carl Dean Mr Eve Fox " * 6_600
    ands = list(re.finditer(r"\s+(?:and|&)\s+", chunk))
    with finishes(within=30, cpu=True):
        parts = [not _post_and(chunk, m, p) and not _body_and(chunk, m, p) for m in ands]
    assert len(parts) == 13_200
    # the body's "&" parts no names; the "and" between entries does
    assert parts[:2] == [False, True]


@pytest.mark.parametrize(("word", "count"), [("Roads", 10_000), ("Cross-Boundary", 40_000)])
def test_a_dashed_post_run_on_with_many_ands_is_read_in_time_linear_in_its_length(
        word: str, count: int) -> None:
    """Hang guard: _post_and asked at each of 10,000 "and"s of one dashed post run on with no
    separator or honorific ("Mr Ann Bell - Head of Roads and Roads and …", 100,000
    characters) read the post before each "and" and every word after it to the run's end
    (minutes; now well under a second). With the post's words hyphened ("Cross-Boundary and
    …", 40,000 "and"s, 760,000 characters) it found the post's dash by walking back past every
    hyphen inside a word before each "and" (a minute and a half; now under a second). Each
    "and" is the post's own; with a dash at the run's end (a post before its holder: "… Roads
    - Mr Carl Dean") none is."""
    import re

    from kg.attendance import _post_and

    p = load()
    chunk = "Mr Ann Bell - Head of " + f"{word} and " * count + "Roads"
    ands = list(re.finditer(r"\s+(?:and|&)\s+", chunk))
    with finishes(within=30, cpu=True):
        own = [_post_and(chunk, m, p) for m in ands]
        dashed = chunk + " - Mr Carl Dean"
        before_dash = [_post_and(dashed, m, p) for m in ands]
    assert len(own) == count and all(own)
    assert not any(before_dash)


def test_the_dashed_post_found_by_bisection_is_the_patterns() -> None:
    """attendance._dashed_post answers _DASHED_POST's search from before the entry's last
    spaced dash by bisecting where the chunk's own dashes stand: on random entries of words,
    dashes, hyphens inside and outside words and blanks, each ending where an "and"'s blank
    starts, the two agree."""
    from kg.attendance import _DASHED_POST, _dashed_post, _last_spaced_dash

    pieces = ["Ann", "Bell", "Head", "of", "Cross-Boundary", "x-", "-y", "_-_", "é-é", "1-2",
              "-", "–", "—", " - ", " – ", " —", "-–", " ", "  ", "\t", "\u00a0", "\r"]
    rng = random.Random(59)
    for _ in range(400):
        chunk = "".join(rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(30))
        # (an entry ends before the blank of its "and", or at the chunk's end)
        ends = [k for k, c in enumerate(chunk) if c.isspace()] + [len(chunk)]
        for _ in range(10):
            hi = rng.choice(ends)
            lo = rng.randrange(hi + 1)
            dash = _last_spaced_dash(chunk, lo, hi)
            if dash > lo:
                assert _dashed_post(chunk, dash, hi) == bool(
                    _DASHED_POST.search(chunk, dash - 1, hi)), (chunk, lo, hi)


def test_the_last_spaced_dash_is_the_one_a_walk_back_finds() -> None:
    """attendance._last_spaced_dash bisects the chunk's dashes that stand after a blank,
    found once a chunk, where it walked back from each "and" past every hyphen inside a word:
    on random entries of words, hyphens inside and outside words, long dashes and blanks (a
    dash at the chunk's start among them), it gives the dash a walk back from ``hi`` to just
    after ``lo`` finds."""
    from kg.attendance import _last_spaced_dash

    def walk(chunk: str, lo: int, hi: int) -> int:
        for d in range(hi - 1, lo, -1):
            if chunk[d] in "–—-" and chunk[d - 1].isspace():
                return d
        return -1

    pieces = ["Ann", "Cross-Boundary", "x-", "-y", "-", "–", "—", " - ", " – ", " —", "-–",
              " ", "\t", "\u00a0", "\n", ","]
    rng = random.Random(43)
    for _ in range(400):
        chunk = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(30))
        for _ in range(10):
            hi = rng.randrange(len(chunk) + 1)
            lo = rng.randrange(hi + 1)
            assert _last_spaced_dash(chunk, lo, hi) == walk(chunk, lo, hi), (chunk, lo, hi)


@pytest.mark.parametrize(("words", "confirmed"), [
    ("The minutes of the meeting held on {ref} were approved.", True),
    # no minutes named before it in its clause, or no confirming verb after it
    ("The meeting held on {ref} was well attended.", False),
    ("The minutes were short. The meeting held on {ref} was approved.", False),
    ("The minutes of the meeting held on {ref}; it was agreed to defer them.", False),
])
def test_minutes_confirmed_at_reads_a_long_clause_as_a_short_one(words: str,
                                                                   confirmed: bool) -> None:
    from kg.nlp.meeting_refs import minutes_confirmed_at

    ref = "3 May 2023"
    for pad in ("", "minutes and " * 20_000):  # many "minutes" before it, each a start
        sentence = pad + words.format(ref=ref)
        start = sentence.index(ref)
        with finishes(cpu=True):
            assert minutes_confirmed_at(sentence, start, start + len(ref)) is confirmed


def test_minutes_confirmed_is_the_patterns_reading_on_generated_sentences() -> None:
    """meeting_refs.minutes_confirmed tries only the first "minutes" of each clause, where
    _RX_MINUTES_CONFIRMED, searched, set out from every one: on random sentences of
    "minutes" (in any case, inside other words too), confirming verbs, "it", adverbs, stops,
    commas and line breaks the two agree."""
    from kg.nlp.meeting_refs import _RX_MINUTES_CONFIRMED, minutes_confirmed

    pieces = ["minutes", "Minutes", "MINUTES", "minute", "Sminutes", "minutesX", "it", "it was",
              "was", "were", "be", "are", "be\n", "duly", "eagerly", "approved", "confirmed",
              "agreed", "signed", "noted", "adopted", "of", "x", "7", ".", ";", ",", "\n", "\t"]
    rng = random.Random(44)
    agreed = 0
    for _ in range(20_000):
        sentence = "".join(rng.choice(pieces) + rng.choice(("", " ", " ", "\n"))
                           for _ in range(rng.randrange(1, 14)))
        expected = bool(_RX_MINUTES_CONFIRMED.search(sentence))
        assert minutes_confirmed(sentence) is expected, sentence
        agreed += expected
    assert agreed > 200  # both answers were asked for


@pytest.mark.parametrize(("tail", "day"), [
    # minutes confirmed: a meeting that has been, though "be" looks ahead
    ("That the minutes of the Committee held on 15 January be confirmed.", date(2022, 1, 15)),
    # none confirmed: "will" looks ahead, to next January
    ("The Clerk will bring the minutes to the meeting on 15 January.", date(2023, 1, 15)),
])
def test_a_sentence_of_many_minutes_reads_its_meeting_as_a_short_one(tail: str,
                                                                     day: date) -> None:
    """meeting_refs_component asked _RX_MINUTES_CONFIRMED whether a sentence that looks ahead
    confirms minutes; searched, the pattern set out from every "minutes" of the sentence and
    scanned the rest of its clause from each, so a sentence of many "minutes" and no
    confirming verb took time as the square of their count (minutes_confirmed now reads it
    once: a second at 1,000 words, 25 s at 4,000 before). Read as a short sentence reads it;
    and 20,000 "minutes" with no confirming verb are read at once."""
    from kg.nlp.meeting_refs import minutes_confirmed

    for pad in ("", "the minutes and " * 2_000):
        minutes = _page(_item("The Clerk noted " + pad + tail))
        assert {r.date for it in minutes.items for r in it.meeting_refs} == {day}
    with finishes(within=30, cpu=True):
        assert not minutes_confirmed("minutes " * 20_000 + "will be considered.")


@pytest.mark.parametrize("code", ["1" + "2" * 40, "DB4-" + "0" * 40, "7" + "x" * 40])
def test_an_action_code_of_a_long_run_reads_as_a_short_one(code: str) -> None:
    """Hang guard: an action line's code ("Action DB4-01:") was matched by a pattern with a
    nested repeat, which tried every split of a long run of figures or letters before it
    failed (22 figures took seconds, 40 would take days); the errand after a long code is read
    as after a short one."""
    for tail in (": Clerk to write to the owner of the hedge.",
                 " Clerk to write to the owner of the hedge."):
        with finishes(within=30, cpu=True):
            long = _followups(_page(_item("Action " + code + tail)))
        short = _followups(_page(_item("Action 12" + tail)))
        assert {f.replace(code, "12") for f in long} == short
        assert "Action 12" + tail in short


def test_a_post_run_into_a_body_is_looked_for_in_time_linear_in_the_names_length() -> None:
    """Hang guard: _body_after_post read every hyphen and comma of a long flattened name
    (40,000 breaks, 340,000 characters) with all the words before and after it (ten seconds
    for 4,000 breaks, many minutes here); a post is a few words, so only the breaks among a
    name's first few words are read. A short name's break after its post still cuts."""
    from kg.prose import _body_after_post

    name = "Westby-Eastvale, " * 20_000 + "Leader-Northby Council"
    with finishes(within=30, cpu=True):
        cut = _body_after_post(name)
    assert cut is None
    short = "Cllr Jo Hale, Leader-Northby Council"
    assert short[_body_after_post(short):] == "Northby Council"


def test_a_long_run_of_officers_each_a_name_then_a_post_reads_as_a_short_one() -> None:
    """names._holder_inside_run tries at most _HOLDER_REACH places back from a run's end, so
    a long line of officers run together, each a name then a post whose portfolio runs on
    into the next name, gives what a short one gives: each holder apart from the posts."""
    unit = "".join(f"Head of Estates & Workforce {name} Commission Solicitor "
                   for name in ("Alan Bell", "Gail Hale", "Ian Jones", "Kay Lowe"))
    short = _page(_item("Present: " + unit))
    long = _page(_item("Present: " + unit * 30))
    assert {("person", n) for n in ("Alan Bell", "Gail Hale", "Ian Jones", "Kay Lowe")} | {
        ("post", "Commission Solicitor")} <= _mentions(short)
    assert _mentions(long) == _mentions(short)
