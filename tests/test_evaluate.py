"""`kg evaluate`: the extractor scored against gold annotations written by reading the corpus
(tests/annotations/), and held to the issue's quality targets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_kg

ANNOTATIONS = ROOT / "tests" / "annotations"
TARGETS = {"posts": 0.85, "people": 0.85, "organisations": 0.85, "meeting_refs": 0.85,
           "programmes": 0.75, "followups": 0.75}


@pytest.fixture(scope="module")
def report() -> dict:
    result = run_kg("evaluate", ANNOTATIONS, "--format", "json", "--errors")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_document_of_the_corpus_is_annotated() -> None:
    sources = {(ANNOTATIONS / json.loads(p.read_text(encoding="utf-8"))["source"]).resolve()
               for p in ANNOTATIONS.glob("*.json")}
    corpus = {p.resolve() for p in (ROOT / "tests" / "fixtures" / "corpus").glob("*/*.txt")}
    assert sources == corpus


@pytest.mark.parametrize(("kind", "target"), TARGETS.items())
def test_quality_targets(report: dict, kind: str, target: float) -> None:
    score = report[kind]
    assert score["f1"] >= target, (
        f"{kind}: F1 {score['f1']} < {target}; missed {score['missed']}, extra {score['extra']}")


def test_scores_add_up(report: dict) -> None:
    kinds = [k for k in report if k != "overall"]
    for field in ("tp", "fp", "fn"):
        assert report["overall"][field] == sum(report[k][field] for k in kinds)
    for k in kinds:
        s = report[k]
        assert len(s["missed"]) == s["fn"] and len(s["extra"]) == s["fp"]


def test_table_lists_every_kind() -> None:
    result = run_kg("evaluate", ANNOTATIONS)
    assert result.returncode == 0, result.stderr
    for kind in [*TARGETS, "overall"]:
        assert kind in result.stdout
    assert "10 documents" in result.stdout


def test_an_unknown_format_is_one_line() -> None:
    """`--format xml` (or `JSON`) printed the table and exited 0, as if understood; refused
    in one line as every other command's --format, before any page is read."""
    for fmt in ("xml", "JSON"):
        result = run_kg("evaluate", ANNOTATIONS, "--format", fmt)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"error: unknown format {fmt!r} (choose from table, json)\n"


def test_a_perfect_and_a_wrong_gold_file(tmp_path: Path) -> None:
    minutes = tmp_path / "m.txt"
    minutes.write_text(
        "Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n"
        "The Chief Executive reported on the work of Staffordshire Police. Members requested "
        "that a report on the Highways Improvement Programme be brought to the July meeting.\n",
        encoding="utf-8",
    )
    gold = {
        "source": "m.txt",
        "posts": [{"name": "Chief Executive", "aliases": []}],
        "people": [],
        "organisations": [{"name": "Staffordshire Police", "aliases": []}],
        "programmes": [{"name": "Highways Improvement Programme", "aliases": []}],
        "followups": [{"text": "Members requested that a report on the Highways"}],
        "meeting_refs": [{"text": "the July meeting", "date": "2023-07-01",
                          "precision": "month"}],
    }
    (tmp_path / "m.json").write_text(json.dumps(gold), encoding="utf-8")
    result = run_kg("evaluate", tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {k: (s["tp"], s["fp"], s["fn"]) for k, s in scores.items() if k != "overall"} == {
        "posts": (1, 0, 0), "people": (0, 0, 0), "organisations": (1, 0, 0),
        "programmes": (1, 0, 0), "followups": (1, 0, 0), "meeting_refs": (1, 0, 0)}

    gold["organisations"] = [{"name": "West Midlands Police", "aliases": []}]
    (tmp_path / "m.json").write_text(json.dumps(gold), encoding="utf-8")
    wrong = json.loads(run_kg("evaluate", tmp_path, "--format", "json").stdout)
    assert (wrong["organisations"]["fp"], wrong["organisations"]["fn"]) == (1, 1)


def _a_good_page_and_a_bad_one(tmp_path: Path) -> None:
    """Two pages whose gold lists the Chief Executive: one names that post, one another."""
    for stem, body in (("good", "The Chief Executive reported."),
                       ("bad", "The Treasurer reported.")):
        (tmp_path / f"{stem}.txt").write_text(
            f"Minutes of the Audit Committee held on 3 May 2023\n\n1. Report\n\n{body}\n",
            encoding="utf-8")
        gold = {"source": f"{stem}.txt", "people": [], "organisations": [], "programmes": [],
                "followups": [], "meeting_refs": [],
                "posts": [{"name": "Chief Executive", "aliases": []}]}
        (tmp_path / f"{stem}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_by_document_scores_each_page_worst_first(tmp_path: Path) -> None:
    """--by-document: each page's score over every kind, worst first, so a page a change of
    rules broke stands out though the kinds' totals barely move."""
    _a_good_page_and_a_bad_one(tmp_path)
    result = run_kg("evaluate", tmp_path, "--by-document", "--format", "json")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert list(documents) == ["bad", "good"]
    assert (documents["bad"]["tp"], documents["bad"]["fp"], documents["bad"]["fn"]) == (0, 1, 1)
    assert (documents["good"]["tp"], documents["good"]["f1"]) == (1, 1.0)
    table = run_kg("evaluate", tmp_path, "--by-document").stdout
    assert "by document, worst first" in table
    assert table.index("bad") < table.index("good")
    assert "documents" not in json.loads(run_kg("evaluate", tmp_path, "-f", "json").stdout)


def test_interval_resamples_the_documents(tmp_path: Path) -> None:
    """--interval: a 95% bootstrap interval over documents. Of a page read perfectly and one
    read wholly wrong, a resample may hold either twice, so the interval runs from 0 to 1;
    a single page has nothing to resample, so its interval is its own figure."""
    _a_good_page_and_a_bad_one(tmp_path)
    result = run_kg("evaluate", tmp_path, "--interval", "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["posts"]["f1"] == 0.5
    assert scores["posts"]["interval"] == [0.0, 1.0]
    assert scores["overall"]["interval"] == [0.0, 1.0]
    assert scores["people"]["interval"] == [1.0, 1.0]      # nothing to find, nothing found
    table = run_kg("evaluate", tmp_path, "--interval").stdout
    assert "95% interval" in table and "0.00–1.00" in table
    assert "interval" not in json.loads(run_kg("evaluate", tmp_path, "-f", "json").stdout)["posts"]
    (tmp_path / "bad.json").unlink()
    alone = json.loads(run_kg("evaluate", tmp_path, "--interval", "-f", "json").stdout)
    assert alone["posts"]["interval"] == [1.0, 1.0]


def test_bodies_in_the_roll_are_scored_as_organisations(tmp_path: Path) -> None:
    """The body an attendee came from ("Dr R Okafor (NHS Eastmoor ICB)") counts as an
    organisation found, as their capacity counts as a post; a ward beside a name does not."""
    (tmp_path / "m.txt").write_text(
        "Minutes of the Eastmoor Health and Wellbeing Board held on 3 May 2023\n\n"
        "Present: Cllr A Bell (Hillcrest), Dr R Okafor (NHS Eastmoor ICB) and Jen Cray – "
        "Eastmoor Constabulary\n\n1. Apologies\n\nNone were received.\n", encoding="utf-8")
    gold = {"source": "m.txt", "posts": [], "programmes": [], "followups": [],
            "meeting_refs": [],
            "people": [{"name": n, "aliases": []} for n in ("A Bell", "R Okafor", "Jen Cray")],
            "organisations": [{"name": "NHS Eastmoor ICB", "aliases": []},
                              {"name": "Eastmoor Constabulary", "aliases": []}]}
    (tmp_path / "m.json").write_text(json.dumps(gold), encoding="utf-8")
    result = run_kg("evaluate", tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    orgs = json.loads(result.stdout)["organisations"]
    assert (orgs["tp"], orgs["fp"], orgs["fn"]) == (2, 0, 0)


def test_a_page_refused_as_not_minutes_scores_as_finding_nothing(tmp_path: Path) -> None:
    """A gold page the reader refuses still counts: its gold things are all misses, and the
    table says which page was refused and why (it used to stop with a traceback)."""
    (tmp_path / "agenda.txt").write_text("Please bring your own copy of the plan.\n",
                                         encoding="utf-8")
    (tmp_path / "agenda.json").write_text(json.dumps({
        "source": "agenda.txt", "posts": [], "people": [],
        "organisations": [{"name": "Staffordshire Police", "aliases": []}],
        "programmes": [], "followups": [], "meeting_refs": []}), encoding="utf-8")
    result = run_kg("evaluate", tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["organisations"]["fn"] == 1 and scores["overall"]["tp"] == 0
    assert "does not look like minutes" in scores["refused"]["agenda"]
    table = run_kg("evaluate", tmp_path)
    assert "refused agenda: does not look like minutes" in table.stdout


def test_gold_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """A gold file saved by Windows Notepad (UTF-8 with a byte-order mark, CRLF line ends)
    was "not readable JSON (Unexpected UTF-8 BOM …)": it scores as the same file without
    them does. A file that is not JSON behind the mark is still refused in one line."""
    (tmp_path / "m.txt").write_text(
        "Minutes of the Westmarsh Parish Council held on 3 May 2023\n\n"
        "Present: Cllr A Bell and Cllr R Okafor\n\n1. Apologies\n\nNone were received.\n",
        encoding="utf-8")
    gold = {"source": "m.txt", "posts": [], "programmes": [], "followups": [],
            "meeting_refs": [], "organisations": [],
            "people": [{"name": n, "aliases": []} for n in ("A Bell", "R Okafor")]}
    text = json.dumps(gold, indent=2)
    (tmp_path / "m.json").write_text(text, encoding="utf-8")
    plain = run_kg("evaluate", tmp_path, "--format", "json")
    assert plain.returncode == 0, plain.stderr
    (tmp_path / "m.json").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    marked = run_kg("evaluate", tmp_path, "--format", "json")
    assert (marked.returncode, marked.stderr) == (0, "")
    assert json.loads(marked.stdout) == json.loads(plain.stdout)
    (tmp_path / "m.json").write_bytes(b"\xef\xbb\xbf{not json")
    result = run_kg("evaluate", tmp_path)
    assert result.returncode == 1 and "m.json: not readable JSON" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "no gold files (*.json) here"),
        (lambda d: (d / "x.json").write_text("{not json", encoding="utf-8"), "not readable JSON"),
        (lambda d: (d / "x.json").write_text("{}", encoding="utf-8"), 'no "source"'),
        (lambda d: (d / "x.json").write_text('{"source": "gone.txt"}', encoding="utf-8"),
         "cannot read its source"),
    ],
    ids=["empty", "not-json", "no-source", "missing-source"],
)
def test_bad_gold_gets_one_line(tmp_path: Path, setup, message: str) -> None:
    setup(tmp_path)
    result = run_kg("evaluate", tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def _second_reader(tmp_path: Path, change) -> Path:
    """A copy of the corpus gold files with their sources still found, changed by ``change``
    as a second reader who judged differently would have written them."""
    other = tmp_path / "other"
    other.mkdir()
    for p in ANNOTATIONS.glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        change(p.stem, data)
        (other / p.name).write_text(json.dumps(data), encoding="utf-8")
    return other


def test_a_reader_agrees_wholly_with_their_own_gold(tmp_path: Path) -> None:
    other = _second_reader(tmp_path, lambda stem, data: None)
    result = run_kg("evaluate", ANNOTATIONS, "--against", other, "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert all(scores[k]["f1"] == 1.0 and scores[k]["fp"] == 0 for k in [*TARGETS, "overall"])


def test_agreement_counts_what_the_second_reader_left_out_or_added(tmp_path: Path) -> None:
    def change(stem: str, data: dict) -> None:
        if stem == "staffordshire-safe-strong-communities-2016-12-12":
            data["followups"] = data["followups"][1:]  # left one out
            data["people"].append({"name": "Zebedee Quill", "aliases": []})  # saw one more
    other = _second_reader(tmp_path, change)
    scores = json.loads(run_kg("evaluate", ANNOTATIONS, "--against", other,
                               "--format", "json", "--errors").stdout)
    assert scores["followups"]["fn"] == 1 and scores["followups"]["fp"] == 0
    assert scores["people"]["extra"] == [
        "staffordshire-safe-strong-communities-2016-12-12: Zebedee Quill"]
    assert scores["posts"]["f1"] == 1.0


def test_agreement_with_no_common_files_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.json").write_text(json.dumps({"source": "x.txt"}), encoding="utf-8")
    result = run_kg("evaluate", ANNOTATIONS, "--against", tmp_path)
    assert result.returncode != 0
    assert "no gold file here has the name of one in" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


INDEPENDENT = ROOT / "tests" / "independent" / "gold"
# The 617 independent pages are seen now (rules were written from their misses after each
# set's one unseen run, or the set was last run unseen before it came here), so their figure
# guards against regressions; it does not measure unseen minutes. Floors sit a little under
# the figure of the last round. Sets 9 and 10 joined after round 11 and read worse than the
# rest (set 9 was never written from), which is why every floor sits lower than before; sets
# 11 and 12 joined after round 12, set 13 (which reads worse again) after round 13, sets 14
# and 15 (the unseen sets of rounds 14 and 15, which read worse again) after round 15, set 16
# (round 16's unseen set, round 17's development set) after round 17; raised after rounds 19
# and 20; sets 21 and 22 (round 20's unseen sets, round 21's development sets, which read
# worse again) joined after round 20, and the floors went down with them; raised after
# round 21; sets 23 and 24 (round 21's unseen sets, round 22's development sets) joined after
# round 21, and the floors went down with them again; raised after round 22; sets 25 and 26
# (round 22's unseen sets, round 23's development sets) joined at the start of round 23, and
# the floors went down with them; raised after round 23; sets 27 and 28 (round 23's unseen
# sets, round 24's development sets) joined at the start of round 24, and the floors went
# down with them; raised after round 24; sets 29 and 30 (round 24's unseen sets, round 25's
# development sets) joined at the start of round 25, and the floors went down with them;
# raised after round 25; sets 31 and 32 (round 25's unseen sets, round 26's development sets)
# joined at the start of round 26, and the floors went down with them; raised after round 26;
# sets 33 and 34 (round 26's unseen sets, round 27's development sets) joined at the start of
# round 27, and the floors went down with them; raised after round 27; sets 35 and 36 (round
# 27's unseen sets, round 28's development sets) joined at the start of round 28, and the
# floors went down with them; raised after round 28; sets 37 and 38 (round 28's unseen sets,
# round 29's development sets) joined at the start of round 29, and the floors went down with
# them; raised after round 29; sets 39 and 40 (round 29's unseen sets, round 30's development
# sets) joined at the start of round 30, and the floors went down with them; raised after round 30;
# sets 41 and 42 (round 30's unseen sets, round 31's development sets) joined at the start of
# round 31, and the floors went down with them; raised after round 31; sets 43 and 44 (round
# 31's unseen sets, round 32's development sets) joined at the start of round 32, and the
# floors went down with them; raised after round 32; sets 45 and 46 (round 32's unseen sets,
# round 33's development sets) joined at the start of round 33, and the floors went down with
# them; raised after round 33; sets 47 and 48 (round 33's unseen sets, round 34's development
# sets) joined at the start of round 34, and the follow-ups floor went down with them; raised
# again after round 34; sets 49 and 50 (round 34's unseen sets, round 35's development sets)
# joined at the start of round 35, and the follow-ups floor went down with them again; the
# organisations and programmes floors raised after round 35; sets 51 and 52 (round 35's
# unseen sets, round 36's development sets) joined at the start of round 36, and the
# follow-ups floor went down with them (0.750 with them, too close to hold at 0.75); sets 53
# and 54 (round 36's unseen sets, round 37's development sets) joined at the start of round 37,
# and the programmes floor went down with them (0.690 with them, too close to hold at 0.69);
# raised back after round 37 (0.698); 0.695 with sets 55 and 56 (round 38's start), held;
# sets 57 and 58 (round 38's unseen sets, totals only through rounds 38 to 42) joined at the
# end of round 42, and the programmes floor went down with them (0.6915 with them, too close
# to hold at 0.69); sets 59 and 60 joined at the end of round 44 and sets 61 and 62 (round
# 44's unseen sets, totals only in rounds 44 and 45) at the start of round 46; sets 63 and 64
# (round 46's unseen sets, totals only in rounds 46 and 47) at the start of round 48; sets 65
# and 66 (round 48's unseen sets, totals only in rounds 48 and 49) at the start of round 50.
INDEPENDENT_FLOORS = {"posts": 0.85, "people": 0.94, "organisations": 0.70, "programmes": 0.68,
                      "followups": 0.74, "meeting_refs": 0.93, "overall": 0.88}
SECOND_READER = ROOT / "tests" / "independent" / "second-reader"
# Pages kept unseen (tests/unseen/README.md): no floor here, only their sources checked.
UNSEEN = ROOT / "tests" / "unseen" / "gold"


def test_the_independent_pages_do_not_regress() -> None:
    # 2234 pages: a few minutes on a loaded machine; the timeout only stops a hang
    result = run_kg("evaluate", INDEPENDENT, "--format", "json", timeout=1200)
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    low = {kind: scores[kind]["f1"] for kind, floor in INDEPENDENT_FLOORS.items()
           if scores[kind]["f1"] < floor}
    assert not low, f"below the floor on tests/independent: {low}"
    assert len(list(INDEPENDENT.glob("*.json"))) == 2234


@pytest.mark.parametrize("folder", [INDEPENDENT.parent, UNSEEN.parent],
                         ids=["independent", "unseen"])
def test_every_evaluation_page_names_its_source(folder: Path) -> None:
    """Third-party text may sit in the repository only with its publisher, URL and licence."""
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    assert "Open Government Licence v3.0" in sources
    rows = {line.split("|")[1].strip(): line for line in sources.splitlines()
            if line.startswith("| ") and "http" in line}
    golds = list((folder / "gold").glob("*.json"))
    # tests/unseen is empty between a round's start and its fresh sets' arrival.
    assert golds or folder == UNSEEN.parent
    for gold in golds:
        page = (gold.parent / json.loads(gold.read_text(encoding="utf-8"))["source"]).resolve()
        assert page.is_file() and page.stem == gold.stem
        assert gold.stem in rows, f"{gold.stem} is not in {folder.name}/SOURCES.md"


@pytest.mark.parametrize(("first", "second_reader", "pages"), [
    (INDEPENDENT, SECOND_READER, 24),
    (INDEPENDENT, SECOND_READER.parent / "second-reader-33-34", 30),
], ids=["seventh-set", "sets-33-34"])
def test_the_second_reading_pairs_with_the_first(first: Path, second_reader: Path,
                                                 pages: int) -> None:
    """The second readings (of the seventh set, and of 30 pages of sets 33 and 34) are
    of the same pages, so the readers' agreement that docs/extraction-quality.md reports can be
    reproduced."""
    second = sorted(p.name for p in second_reader.glob("*.json"))
    assert len(second) == pages
    assert set(second) <= {p.name for p in first.glob("*.json")}
    result = run_kg("evaluate", first, "--against", second_reader, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["overall"]["tp"] > 0


def _two_readers(tmp_path: Path, first: list[dict], second: list[dict]) -> list[Path]:
    """One page read by two readers who list only posts: the arguments of `--against`."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.txt").write_text(
        "Minutes. The Chairman of the Hall Committee (the Chairman) reported. "
        "The Chair thanked him.\n")
    for reader, posts in {"first": first, "second": second}.items():
        (tmp_path / reader).mkdir()
        gold = {"source": "../docs/page.txt", "posts": posts, "people": [],
                "organisations": [], "programmes": [], "followups": [], "meeting_refs": []}
        (tmp_path / reader / "page.json").write_text(json.dumps(gold))
    return [tmp_path / "first", "--against", tmp_path / "second"]


def test_things_are_paired_so_that_as_many_as_possible_meet(tmp_path: Path) -> None:
    """One reader's "Chairman of the Hall Committee" (also called "Chairman") and "Chairman"
    meet the other's two posts: taken first-come, the longer one could take "Chairman" and
    leave both readers' second post scored as a disagreement."""
    args = _two_readers(
        tmp_path,
        [{"name": "Chairman", "aliases": []},
         {"name": "Chairman of the Hall Committee", "aliases": []}],
        [{"name": "Chairman of the Hall Committee", "aliases": ["Chairman"]},
         {"name": "Chairman", "aliases": []}])
    result = run_kg("evaluate", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    posts = json.loads(result.stdout)["posts"]
    assert (posts["tp"], posts["fp"], posts["fn"]) == (2, 0, 0)


def test_of_pairings_as_large_the_same_is_shown_in_every_run(tmp_path: Path) -> None:
    """Posts that each meet either of two: which one is listed as missed must not change from
    run to run (Python hashes strings differently in each process)."""
    first = ["Chair", "Chairman", "Clerk", "Parish Clerk", "Mayor", "Town Mayor", "Convener"]
    second = [("Town Mayor", "Mayor"), ("Chairman", "Chair"), ("Convener", "Chair"),
              ("Parish Clerk", "Clerk")]
    args = _two_readers(tmp_path, [{"name": n, "aliases": []} for n in first],
                        [{"name": n, "aliases": [a]} for n, a in second])
    shown = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        result = run_kg("evaluate", *args, "--format", "json", "--errors", env=env)
        assert result.returncode == 0, result.stderr
        shown.add(json.dumps(json.loads(result.stdout)["posts"]["missed"]))
    assert len(shown) == 1


# -- the readers the benchmarks share (kg.evaluate.page_sets, source_text, find_quote) ---------

_SOURCES = """# Sources

Set 9 came here in round 2; set 14 is held out.

| page | set | council | meeting | source |
|---|---|---|---|---|
| eastbrook-pc-2021-03-04 | 9 | Eastbrook Parish Council | Full council | https://example.org/a |
| `westshire-cabinet-2022-01-05.txt` | 14 | Westshire County Council | Cabinet | https://x.org |
"""


def test_page_sets_reads_the_set_column(tmp_path: Path) -> None:
    from kg.evaluate import page_sets

    p = tmp_path / "SOURCES.md"
    p.write_text(_SOURCES, encoding="utf-8")
    # a page in backticks or with its .txt is read as its bare name
    assert page_sets(p) == {"eastbrook-pc-2021-03-04": "9",
                            "westshire-cabinet-2022-01-05": "14"}


def test_page_sets_skips_the_header_rule_and_prose(tmp_path: Path) -> None:
    # Negative: the header row, its rule and a prose line naming a set are no pages.
    from kg.evaluate import page_sets

    p = tmp_path / "SOURCES.md"
    p.write_text(_SOURCES + "| a note | in a table | of no sets |\n", encoding="utf-8")
    sets = page_sets(p)
    assert "page" not in sets and "---" not in sets and "a note" not in sets
    assert len(sets) == 2


def test_page_sets_refuses_a_missing_file(tmp_path: Path) -> None:
    # Negative: no file is an error, never "no sets" (which would hold no page out).
    from kg.evaluate import GoldError, page_sets

    with pytest.raises(GoldError, match="cannot read"):
        page_sets(tmp_path / "SOURCES.md")


def test_the_benchmarks_read_sets_with_the_one_reader() -> None:
    pytest.importorskip("spacy")
    import importlib

    from kg import evaluate

    for module in ("benchmarks.gold_consistency", "benchmarks.orgner.build_data"):
        assert importlib.import_module(module).page_sets is evaluate.page_sets


def test_source_text_is_the_text_a_gold_file_names(tmp_path: Path) -> None:
    from kg.evaluate import GoldError, source_text

    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "docs" / "p.txt").write_text("Minutes of the Parish Council\n", encoding="utf-8")
    gold = tmp_path / "gold" / "p.json"
    assert source_text(gold, {"source": "../docs/p.txt"}).startswith("Minutes of the Parish")
    with pytest.raises(GoldError, match="cannot read its source"):
        source_text(gold, {"source": "../docs/gone.txt"})


def test_find_quote_places_a_collapsed_quote_in_any_case() -> None:
    from kg.evaluate import find_quote

    text = "RESOLVED that the Clerk\n   write to the  bus company."
    start, end = find_quote(text, "the clerk write to the bus company")
    assert text[start:end] == "the Clerk\n   write to the  bus company"
    # the case as printed wins where both stand
    text = "the clerk to act. The Clerk to act."
    assert find_quote(text, "The Clerk to act") == (18, 34)


def test_find_quote_finds_no_quote_the_text_lacks() -> None:
    # Negative: a quote not in the text is None, not a near place.
    from kg.evaluate import find_quote

    assert find_quote("The Clerk to order a bench.", "The Clerk to order a table") is None
