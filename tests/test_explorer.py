"""The explorer as a library and as `kg explore`: what it draws, what search finds, what a
node's panel says, and that the page needs no internet and never lets minutes run script."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from kg.explorer import (
    MEETING_GAP,
    TOP,
    ExplorerIndex,
    json_for_script,
    label_width,
    node_detail,
    render_explorer,
    vis_js,
)
from kg.store import GraphStore
from tests.conftest import XSS, run_kg, select


@pytest.fixture(scope="module")
def index(corpus_store: GraphStore) -> ExplorerIndex:
    return ExplorerIndex.build(corpus_store)


def count(store: GraphStore, cls: str) -> int:
    return int(select(store, f"SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE {{ ?n a ckg:{cls} }}")
               [0]["k"])


def test_overview_under_the_cap_draws_committees_meetings_and_the_top(
    corpus_store: GraphStore, index: ExplorerIndex,
) -> None:
    committees, meetings = count(corpus_store, "Committee"), count(corpus_store, "Meeting")
    programmes, topics = count(corpus_store, "Programme"), count(corpus_store, "Topic")
    view = index.overview(1000)
    classes = [n["cls"] for n in view["nodes"]]
    assert classes.count("Committee") == committees
    assert classes.count("Meeting") == meetings
    assert classes.count("Programme") == min(TOP, programmes)
    assert classes.count("Topic") == min(TOP, topics)
    assert len(view["nodes"]) == committees + meetings + min(TOP, programmes) + min(TOP, topics)
    assert view["total"] > len(view["nodes"]) and view["capped"]
    # Meetings sit in their committee's lane, left to right by date.
    lanes: dict[str, list[tuple[str, int]]] = {}
    for n in view["nodes"]:
        if n["cls"] == "Meeting" and n["dates"] and "x" in n:
            lanes.setdefault(n["committees"][0], []).append((n["dates"][0], n["x"]))
    for row in lanes.values():
        assert [x for _, x in sorted(row)] == sorted(x for _, x in row)
        # … and never on top of each other, however close their dates: their labels apart.
        xs = sorted(x for _, x in row)
        assert all(b - a >= max(MEETING_GAP, label_width("2016-12-12")) for a, b in pairwise(xs))
    assert any(len(row) > 3 for row in lanes.values())


def test_the_overview_places_every_node_with_room_for_its_label(index: ExplorerIndex) -> None:
    """Nothing is left to the physics (it drifted programmes and topics onto the lanes, over
    the meetings' labels); no label is drawn along a lane, where they covered each other."""
    view = index.overview()
    assert view["nodes"] and all(n.get("fixed") for n in view["nodes"])
    lanes = {n["y"] for n in view["nodes"] if n["cls"] in ("Committee", "Meeting")}
    for cls in ("Programme", "Topic"):
        row = sorted((n for n in view["nodes"] if n["cls"] == cls), key=lambda n: n["x"])
        assert len(row) > 3 and len({n["y"] for n in row}) == 1
        assert row[0]["y"] < min(lanes)
        assert all(b["x"] - a["x"] > (label_width(a["label"]) + label_width(b["label"])) / 2
                   for a, b in pairwise(row))
    kinds = {n["id"]: n["cls"] for n in view["nodes"]}
    lane = {"Committee", "Meeting"}
    along = [e for e in view["edges"] if {kinds[e["from"]], kinds[e["to"]]} <= lane]
    assert along and all(not e.get("label") and e["title"] for e in along)


def test_every_meeting_of_the_overview_is_in_its_committees_lane(
    index: ExplorerIndex,
) -> None:
    """Under a small cap only some committees get a lane: a meeting of another was drawn
    anyway, with no place, and floated over the lanes; and a lane could be left empty."""
    for limit in (12, 20, 40):
        view = index.overview(limit)
        assert len(view["nodes"]) == limit
        lanes = {n["id"] for n in view["nodes"] if n["cls"] == "Committee"}
        meetings = [n for n in view["nodes"] if n["cls"] == "Meeting"]
        assert meetings and all(
            index.graph.nodes[n["id"]]["committee"] in lanes and n["fixed"] for n in meetings)
        assert lanes == {index.graph.nodes[n["id"]]["committee"] for n in meetings}


def test_overview_never_draws_more_than_asked(index: ExplorerIndex) -> None:
    for limit in (1, 5, 12):
        view = index.overview(limit)
        assert len(view["nodes"]) == limit and view["capped"]
        drawn = {n["id"] for n in view["nodes"]}
        assert all(e["from"] in drawn and e["to"] in drawn for e in view["edges"])


def test_search_finds_modern_slavery(index: ExplorerIndex) -> None:
    hits = index.search("modern  SLAVERY")
    assert hits[0]["title"] == "Modern Slavery" and hits[0]["cls"] == "Topic"
    assert any(h["cls"] == "AgendaItem" and "Modern Slavery" in h["title"] for h in hits)
    assert index.search("   ") == []
    assert index.search("no such words anywhere") == []


def test_search_reaches_other_names(corpus_store: GraphStore, index: ExplorerIndex) -> None:
    alias = select(corpus_store, "SELECT ?n ?alt WHERE { ?n a ckg:Committee ; "
                                 "skos:altLabel ?alt } LIMIT 1")
    assert alias, "the corpus has a committee known by another name"
    assert alias[0]["n"] in [h["id"] for h in index.search(alias[0]["alt"])]


def test_a_nodes_evidence_is_the_source_text_it_quotes(
    corpus_store: GraphStore, index: ExplorerIndex,
) -> None:
    item = next(h for h in index.search("Modern Slavery") if h["cls"] == "AgendaItem")
    detail = node_detail(corpus_store, index, item["id"])
    assert detail is not None and detail["evidence"]
    for q in detail["evidence"]:
        text = Path(unquote(urlparse(q["location"]).path)).read_text(encoding="utf-8")
        assert text[q["start"]:q["end"]] == q["quote"]
        assert q["document"] == "staffordshire-safe-strong-communities-2016-12-12.txt"
    names = {p["name"] for p in detail["properties"]}
    assert {"dcterms:title", "ckg:minutesText"} <= names
    assert detail["properties"][-1]["name"] in ("ckg:minutesText", "ckg:text")
    linked = {n["id"] for n in detail["neighbours"]}
    assert item["id"].rsplit("/item/", 1)[0] in linked  # its meeting


def test_a_topic_shows_the_evidence_of_the_items_about_it(
    corpus_store: GraphStore, index: ExplorerIndex,
) -> None:
    topic = index.search("Modern Slavery")[0]
    detail = node_detail(corpus_store, index, topic["id"])
    assert detail is not None
    assert any("Modern Slavery" in q["quote"] and q["via_id"] for q in detail["evidence"])


def test_unknown_node_has_no_panel(corpus_store: GraphStore, index: ExplorerIndex) -> None:
    assert node_detail(corpus_store, index, "https://example.org/not-here") is None
    assert node_detail(corpus_store, index, "> } ; DROP ALL") is None


def test_neighbours_are_capped_and_say_how_many_there_are(index: ExplorerIndex) -> None:
    busiest = max(index.graph, key=lambda n: index.degrees[n])
    around = index.neighbours(busiest, limit=3)
    assert len(around["nodes"]) == 3 and around["total"] == index.degrees[busiest] > 3
    ids = {n["id"] for n in around["nodes"]}
    assert all({e["from"], e["to"]} & ids and busiest in (e["from"], e["to"])
               for e in around["edges"])


def test_json_in_a_page_cannot_close_its_script_block() -> None:
    text = json_for_script({"label": "</script><script>alert(1)</script><!--"})
    assert "<" not in text and ">" not in text
    assert json.loads(text)["label"] == "</script><script>alert(1)</script><!--"


def test_the_page_carries_no_minutes_markup(xss_store: Path) -> None:
    store = GraphStore(xss_store, read_only=True)
    index = ExplorerIndex.build(store)
    html = render_explorer(index)
    assert XSS not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    store.close()


def test_kg_explore_writes_one_self_contained_file(corpus_store: GraphStore,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "explorer.html"
    result = run_kg("explore", "-o", out, "--store", corpus_store.path, check=True)
    html = out.read_text(encoding="utf-8")
    total = ExplorerIndex.build(corpus_store).total()
    assert f"{total} of {total} nodes" in result.stderr
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=", html), "nothing is fetched"
    assert "vis.Network" in html and 'id="kg-bundle"' in html
    bundle = json.loads(re.search(r'id="kg-bundle">(.*?)</script>', html, re.S).group(1))
    assert len(bundle["nodes"]) == total == len(bundle["details"])


def test_kg_explore_caps_the_file(corpus_store: GraphStore, tmp_path: Path) -> None:
    out = tmp_path / "small.html"
    result = run_kg("explore", "-o", out, "--store", corpus_store.path, "--max-nodes", "7",
                    check=True)
    assert "7 of" in result.stderr and "capped by --max-nodes 7" in result.stderr
    bundle = json.loads(re.search(r'id="kg-bundle">(.*?)</script>', out.read_text(), re.S)
                        .group(1))
    assert len(bundle["nodes"]) == 7
    kept = set(bundle["nodes"])
    assert all(e["from"] in kept and e["to"] in kept for e in bundle["edges"])


def test_kg_explore_escapes_minutes(xss_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "xss.html"
    run_kg("explore", "-o", out, "--store", xss_store, check=True)
    html = out.read_text(encoding="utf-8")
    assert XSS not in html and "<img src=x" not in html
    # Config, bundle, vis-network, the explorer: no more script blocks than the page's own.
    assert html.count("<script") - vis_js().count("<script") == 4


@pytest.mark.parametrize(("name", "reason", "said"), [
    ("no-such-folder/explorer.html", "No such file or directory", "no such folder: {}"),
    (".", "Is a directory", "a folder, not a file"),
])
def test_kg_explore_to_a_file_it_cannot_write_says_so_before_building(
    corpus_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
    reason: str, said: str,
) -> None:
    """`kg explore -o` built the whole bundle (every node's panel: the slow part on a big
    store) and only then found the output could not be written. The output is now opened
    first: one line, and no work done. The line says why in words: the folder the file
    would go in is missing (not the system's "No such file or directory"), or it is one."""
    from kg import explorer

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bundle was built for a file that cannot be written")

    monkeypatch.setattr(explorer.ExplorerIndex, "build", never)
    with pytest.raises(OSError) as raised:
        explorer.write_explorer(corpus_store, tmp_path / name)
    assert raised.value.strerror == reason
    out = tmp_path / name
    result = run_kg("explore", "-o", out, "--store", corpus_store.path)
    assert result.returncode == 1
    said = said.format(out.parent)
    assert result.stderr.splitlines() == [f"error: {out}: cannot write: {said}"]


def test_the_vis_network_files_are_pyvis_own_found_without_importing_it() -> None:
    """The page inlines the vis-network pyvis ships: found by where pyvis is installed
    (importlib.util.find_spec), not by importing it (and IPython) before a page is drawn.
    The same folder pyvis itself reads, with both files; a pyvis that moved them (a later
    vis-network) fails here, by name, rather than at a page."""
    import subprocess
    import sys

    import pyvis

    from kg.explorer import vis_css, vis_dir

    templates = Path(pyvis.__file__).resolve().parent / "templates"
    # the folder pyvis's own page inlines, as its template names it
    inlined = re.search(r"include\s+'(lib/vis-[^/']+)/vis-network\.min\.js'",
                        (templates / "template.html").read_text(encoding="utf-8"))
    assert inlined is not None
    assert vis_dir() == templates / inlined.group(1)
    assert "vis-network" in vis_js()[:2000].lower() and ".vis-network" in vis_css()
    fresh = subprocess.run(
        [sys.executable, "-c", "import sys, kg.explorer as e; e.vis_js(); e.vis_css(); "
         "print('pyvis' in sys.modules, 'IPython' in sys.modules)"],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True,
        timeout=120, check=True)
    assert fresh.stdout.split() == ["False", "False"], fresh.stderr


def _pyvis_templates(root: Path, versions: tuple[str, ...], inlined: str | None) -> Path:
    """A pyvis-like templates folder shipping ``versions`` of vis-network, its template
    inlining ``inlined`` (or none)."""
    for version in versions:
        folder = root / "lib" / f"vis-{version}"
        folder.mkdir(parents=True)
        (folder / "vis-network.min.js").write_text(f"/* vis-network {version} */")
        (folder / "vis-network.css").write_text(".vis-network {}")
    include = (f"{{% include 'lib/vis-{inlined}/vis-network.min.js' %}}" if inlined
               else "<script src='https://cdn.example.org/vis.js'></script>")
    (root / "template.html").write_text(f"<html><script>{include}</script></html>")
    return root


@pytest.mark.parametrize(("versions", "inlined", "found"), [
    # a later pyvis inlining a later vis-network beside the older one it kept: followed,
    # where the folder's name was pinned in kg (vis-9.1.2) and the page would have failed
    (("9.0.4", "10.0.1"), "10.0.1", "10.0.1"),
    # the template inlines the older of the two: pyvis's choice, not the newest
    (("9.0.4", "9.1.2"), "9.0.4", "9.0.4"),
    # a template that names none (or a folder not shipped): the newest shipped, by number
    (("9.0.4", "9.10.0", "9.9.0"), None, "9.10.0"),
    (("9.1.2",), "11.0.0", "9.1.2"),
])
def test_the_vis_network_folder_is_the_one_pyvis_inlines(
        tmp_path: Path, versions: tuple[str, ...], inlined: str | None, found: str) -> None:
    from kg.explorer import vis_folder

    templates = _pyvis_templates(tmp_path, versions, inlined)
    assert vis_folder(templates) == templates / "lib" / f"vis-{found}"


def test_a_pyvis_with_no_vis_network_files_is_said_by_name(tmp_path: Path) -> None:
    from kg.explorer import vis_folder

    (tmp_path / "lib").mkdir()
    with pytest.raises(ModuleNotFoundError, match="ships no vis-network files"):
        vis_folder(tmp_path)
