"""benchmarks/gold_consistency.py: finding gold labels in page text, calling a label split
when one page lists it and another leaves it out, and sorting follow-up sentences into
shapes. Invented pages only."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.evaluate import GoldError

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "gold_consistency.py"
_spec = importlib.util.spec_from_file_location("gold_consistency", _PATH)
gc = importlib.util.module_from_spec(_spec)
sys.modules["gold_consistency"] = gc  # dataclasses look their module up
_spec.loader.exec_module(gc)


def _gold(**kinds) -> dict:
    base = {"source": "x.txt", "posts": [], "people": [], "organisations": [],
            "programmes": [], "followups": [], "meeting_refs": []}
    return base | kinds


def _page(stem: str, text: str, **kinds) -> gc.Page:
    return gc.Page.of(stem, _gold(**kinds), text)


def test_tokens_normalise_like_the_evaluator():
    words = [w for w, _, _ in gc.tokens("The Children’s Services & Schools Fund")]
    assert words == ["the", "children", "services", "and", "schools", "fund"]


def test_occurrences_are_word_bounded():
    words = [w for w, _, _ in gc.tokens("The Parish Plan and the Parishioners' plan")]
    found = gc.occurrences(words, {("parish", "plan"), ("parish",)})
    assert found[("parish", "plan")] == [(1, 3)]
    assert found[("parish",)] == [(1, 2)]          # not inside "Parishioners"


def test_a_label_listed_on_one_page_and_left_out_on_another_is_split():
    org = [{"name": "Westshire Pension Fund", "aliases": ["the Fund"]}]
    pages = [
        _page("a", "The Westshire Pension Fund valuation was received.", organisations=org),
        _page("b", "Members noted the Westshire Pension Fund report."),
        _page("c", "No fund was named here."),
    ]
    stats = gc.label_stats(pages, "organisations")
    s = stats["westshire pension fund"]
    assert s.listed == {"a"} and s.unlisted == {"b"} and s.split
    assert stats["fund"].listed == {"a"}           # the alias is a label too
    assert stats["fund"].unlisted == {"b", "c"}


def test_a_label_inside_a_longer_gold_name_is_not_counted_as_left_out():
    prog = [{"name": "Local Plan", "aliases": []}]
    longer = [{"name": "Local Plan Review", "aliases": []}]
    pages = [
        _page("a", "The Local Plan was adopted.", programmes=prog),
        _page("b", "The Local Plan Review will start in May.", programmes=longer),
    ]
    s = gc.label_stats(pages, "programmes")["local plan"]
    assert s.listed == {"a"} and not s.unlisted and not s.split


def test_a_label_listed_under_another_kind_is_other_kind_not_unlisted():
    pages = [
        _page("a", "Speedwatch volunteers met.", programmes=[{"name": "Speedwatch"}]),
        _page("b", "Speedwatch volunteers met again.", organisations=[{"name": "Speedwatch"}]),
    ]
    s = gc.label_stats(pages, "programmes")["speedwatch"]
    assert s.listed == {"a"} and s.other_kind == {"b"} and not s.split


def test_split_errors_blame_convention_only_where_another_page_disagrees():
    posts_a = [{"name": "Alderman", "aliases": []}]
    pages = [
        _page("a", "Alderman Grey attended.", posts=posts_a),
        _page("b", "Alderman Brown attended."),
        _page("c", "The Town Mayor attended.", posts=[{"name": "Town Mayor"}]),
    ]
    stats = gc.label_stats(pages, "posts")
    by_stem = {p.stem: p for p in pages}
    missed, extra = gc.split_errors("posts", by_stem, stats,
                                    ["a: Alderman", "c: Town Mayor"],
                                    ["b: Alderman", "c: Deputy Mayor"])
    assert missed == ["a: Alderman"]               # page b leaves "Alderman" out
    assert extra == ["b: Alderman"]                # page a lists it
    # "Town Mayor" is listed wherever it occurs, "Deputy Mayor" nowhere: reading, not
    # convention.


def test_contested_needs_two_pages_and_a_share_on_each_side():
    assert gc.contested(3, 5, 0.2)
    assert not gc.contested(1, 50, 0.2)            # one page's slip
    assert not gc.contested(2, 50, 0.2)            # two pages, but 4% of them


def test_split_errors_with_a_share_ignore_a_single_slip():
    fund = [{"name": "Pension Fund", "aliases": []}]
    pages = [_page(s, "The Pension Fund met.", organisations=fund) for s in "abc"]
    pages.append(_page("d", "The Pension Fund met again."))
    stats = gc.label_stats(pages, "organisations")
    by_stem = {p.stem: p for p in pages}
    args = ("organisations", by_stem, stats, ["a: Pension Fund"], ["d: Pension Fund"])
    assert gc.split_errors(*args) == (["a: Pension Fund"], ["d: Pension Fund"])
    # Listed on three pages, left out on one: page d's gold is a slip, not a convention.
    assert gc.split_errors(*args, share=0.2) == ([], [])


def test_settle_counts_both_ways_with_the_extractor_as_it_is():
    st = gc.LabelStats(listed={"a", "b", "c"}, unlisted={"d", "e"})
    # Missed on a, found on b and c; found on d although unlisted there, not on e.
    ways = gc.settle(st, missed={"a"}, extra={"d"})
    assert ways["list"] == (1, -1, 1)              # d becomes a hit, e a miss
    assert ways["leave out"] == (-2, 2, -1)        # a's miss goes, b and c become extras


def test_f1_counts_nothing_to_find_as_perfect():
    assert gc.f1(0, 0, 0) == 1.0
    assert gc.f1(2, 1, 1) == pytest.approx(2 / 3)


def test_sentences_split_at_line_ends_and_full_stops():
    text = "1. Apologies\nRESOLVED that the report be noted. The Clerk to write to the school."
    spans = [text[a:b] for a, b in gc.sentences(text)]
    assert spans == ["1. Apologies", "RESOLVED that the report be noted.",
                     "The Clerk to write to the school."]


def test_a_bare_resolved_heads_the_next_sentence():
    text = "RESOLVED:\nThat the draft scheme be recommended to Council.\nNoted."
    spans = [text[a:b] for a, b in gc.sentences(text)]
    assert spans[0].startswith("RESOLVED:") and spans[0].endswith("to Council.")
    assert gc.shapes_of(spans[0]) == ["RESOLVED ... recommend(ed) to Council"]
    assert spans[1] == "Noted."


@pytest.mark.parametrize(("sentence", "shape"), [
    ("RESOLVED that the revised scheme be recommended to Council for adoption.",
     "RESOLVED ... recommend(ed) to Council"),
    ("It was noted that members requested a site visit.", "It was noted that ... request"),
    ("3.2 Clerk to contact the highways team about the verge.",
     "Clerk/officer to <verb> (note style)"),
    ("RESOLVED that a further report come back to the next meeting.",
     "RESOLVED ... report/come back"),
    ("ACTION: Finance Officer to circulate the figures.", "ACTION:"),
    ("The Committee recommends to full Council that the fees rise.",
     "recommend(ed) to Council, not RESOLVED"),
    ("The item was deferred pending legal advice.", "deferred, not RESOLVED"),
])
def test_shapes_of_finds_the_shape(sentence, shape):
    assert shape in gc.shapes_of(sentence)


def test_shapes_of_keeps_the_particular_shape_over_the_general_one():
    shapes = gc.shapes_of("RESOLVED that the scheme be recommended to Council.")
    assert "RESOLVED, other" not in shapes
    assert "recommend(ed) to Council, not RESOLVED" not in shapes
    assert gc.shapes_of("RESOLVED that the minutes be approved.") == ["RESOLVED, other"]


def test_shapes_of_does_not_fire_on_a_plain_sentence():
    assert gc.shapes_of("The Chair welcomed everyone to the meeting.") == []
    # A parish council's recommendation on a planning application is not one to Council.
    assert gc.shapes_of("The Council recommended refusal of the application.") == []
    # "to be" is not a note-style action.
    assert "Clerk/officer to <verb> (note style)" not in gc.shapes_of(
        "The Clerk to be thanked for her work.")


def test_lead_is_the_first_two_words_without_numbering():
    assert gc.lead("4.1 It was agreed that the Clerk writes.") == "it was"


def test_shape_stats_counts_listed_sentences_and_places_errors():
    text = ("RESOLVED that the minutes be approved.\n"
            "Clerk to write to the bus company.\n"
            "Clerk to order a new bench.")
    fups = [{"text": "Clerk to write to the bus company."}]
    page = _page("a", text, followups=fups)
    stats, by_page = gc.shape_stats([page])
    note = stats["Clerk/officer to <verb> (note style)"]
    assert (note.sentences, note.listed) == (2, 1)
    assert note.pages_listing == note.pages_leaving == {"a"}
    assert stats["RESOLVED, other"].listed == 0
    none, placed = gc.place_followup_errors(stats, {"a": page}, by_page,
                                    ["a: Clerk to write to the bus company."],
                                    ["a: Clerk to order a new bench.",
                                     "a: RESOLVED that the minutes be approved.",
                                     "a: a quote not in the page"])
    assert (note.missed, note.extra) == (1, 1)
    assert stats["RESOLVED, other"].extra == 1
    assert none["extra"] == 1 and none["missed"] == 0
    assert [side for side, _ in placed] == ["missed", "extra", "extra"]


def test_load_pages_skips_held_out_sets_unread(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "dev-page.txt").write_text("Minutes of the Parish Council\n")
    (tmp_path / "gold" / "dev-page.json").write_text(
        json.dumps(_gold(source="../docs/dev-page.txt")))
    # A held-out page whose gold is not even JSON: reading it would fail.
    (tmp_path / "gold" / "held-page.json").write_text("not json")
    sources = tmp_path / "SOURCES.md"
    sources.write_text("| page | set | council | meeting | source |\n|---|---|---|---|---|\n"
                       "| dev-page | 40 | Westshire PC | Meeting | http://x |\n"
                       "| held-page | 15 | Eastby PC | Meeting | http://y |\n")
    pages = gc.load_pages(tmp_path / "gold", sources=sources)
    assert [p.stem for p in pages] == ["dev-page"]


def test_load_pages_refuses_a_missing_sources_file(tmp_path):
    # Negative: with no SOURCES.md no set is known, and taking that for "none held out" would
    # read the held-out pages; the shared reader (kg.evaluate.page_sets) refuses instead.
    (tmp_path / "gold").mkdir()
    with pytest.raises(GoldError, match="cannot read"):
        gc.load_pages(tmp_path / "gold", sources=tmp_path / "SOURCES.md")


def test_main_prints_the_figures_of_invented_pages(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    texts = {"p1": "Minutes. Alderman Grey attended.\nClerk to write to the bus company.",
             "p2": "Minutes. Alderman Brown attended.\nClerk to order a bench."}
    golds = {"p1": _gold(posts=[{"name": "Alderman"}, {"name": "Clerk"}],
                         followups=[{"text": "Clerk to write to the bus company."}]),
             "p2": _gold(posts=[{"name": "Clerk"}])}
    for stem, text in texts.items():
        (tmp_path / "docs" / f"{stem}.txt").write_text(text)
        (gold_dir / f"{stem}.json").write_text(
            json.dumps(golds[stem] | {"source": f"../docs/{stem}.txt"}))
    empty = {"tp": 1, "fp": 0, "fn": 0, "missed": [], "extra": []}
    errors = {k: dict(empty) for k in ("organisations", "programmes", "followups")}
    errors["posts"] = {"tp": 3, "fp": 1, "fn": 0, "missed": [], "extra": ["p2: Alderman"]}
    (tmp_path / "errors.json").write_text(json.dumps(errors))
    assert gc.main([str(gold_dir), "--errors", str(tmp_path / "errors.json")]) == 0
    out = capsys.readouterr().out
    assert "2 development pages" in out
    assert "1 split" in out and "extras 1/1 (100%)" in out
    assert "alderman -> list" in out
