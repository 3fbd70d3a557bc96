"""The explorer in a real browser (Debian's headless chromium, driven by Playwright), used as
a person would: look at the overview, search, click, double-click, filter; and minutes that
carry a script show it as text and run nothing. No request may leave the machine."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.explorer import TOP
from kg.store import GraphStore
from tests.conftest import ID, XSS, Server, run_kg, select

SLAVERY_SEED = "staffordshire-safe-strong-communities-2016-12-12.txt"
MEETING_2016 = ID + "meeting/safe-and-strong-communities-select-committee/2016-12-12"


class Tab:
    """A browser page that refuses (and remembers) every request off this machine, and
    remembers every dialog and script error."""

    def __init__(self, browser, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900},
                                           bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        url = urllib.parse.urlparse(route.request.url)
        if url.scheme in ("file", "data") or url.hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> None:
        self.page.goto(url)
        self.grown(0)

    def grown(self, before: int) -> None:
        """Wait until more than ``before`` nodes are drawn (a function, not a string: the
        page's Content-Security-Policy refuses eval, Playwright's included)."""
        self.page.wait_for_function("(n) => window.kgExplorer && kgExplorer.nodes.length > n",
                                    arg=before)

    def drawn(self) -> int:
        return self.page.evaluate("kgExplorer.nodeView.length")

    def visible_nodes(self) -> list[dict]:
        return self.page.evaluate("kgExplorer.nodeView.get()")

    def click_node(self, iri: str, double: bool = False) -> None:
        """Click a visible part of the node where it is drawn on the canvas, as a person
        would (a label, another node or the side panel may cover some of it)."""
        self.page.evaluate("kgExplorer.network.stopSimulation()")
        box = self.page.locator("#graph canvas").bounding_box()
        point = self.page.evaluate(
            """(id) => {
                const net = kgExplorer.network;
                const canvas = document.querySelector("#graph canvas");
                const r = canvas.getBoundingClientRect();
                net.focus(id, {scale: 1.5});
                const b = net.getBoundingBox(id);
                const c = net.getPositions([id])[id];
                const size = Math.min(b.right - b.left, b.bottom - b.top, 40);
                for (let i = 0; i <= 6; i++) {
                  for (let j = 0; j <= 6; j++) {
                    const p = net.canvasToDOM({x: c.x + (i / 6 - 0.5) * size * 0.8,
                                               y: c.y + (j / 6 - 0.5) * size * 0.8});
                    const top = document.elementFromPoint(r.left + p.x, r.top + p.y);
                    if (net.getNodeAt(p) === id && top === canvas) return p;
                  }
                }
                return null;
            }""", iri)
        assert point is not None, "the node is wholly covered by others"
        x, y = box["x"] + point["x"], box["y"] + point["y"]
        if double:
            self.page.mouse.dblclick(x, y)
        else:
            self.page.mouse.click(x, y)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(chromium) -> Iterator[Tab]:
    t = Tab(chromium)
    yield t
    t.close()
    assert not t.outside, f"requests left the machine: {t.outside}"
    assert not t.errors, f"script errors: {t.errors}"


def count(store: GraphStore, cls: str) -> int:
    return int(select(store, f"SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE {{ ?n a ckg:{cls} }}")
               [0]["k"])


def test_explorer_draws_the_overview(tab: Tab, corpus_server, corpus_store: GraphStore) -> None:
    committees, meetings = count(corpus_store, "Committee"), count(corpus_store, "Meeting")
    programmes, topics = count(corpus_store, "Programme"), count(corpus_store, "Topic")
    expected = committees + meetings + min(TOP, programmes) + min(TOP, topics)
    assert expected < 400, "this test wants an overview under the page's cap"
    tab.open(corpus_server.url + "?limit=400")
    assert tab.drawn() == expected
    classes = [n["cls"] for n in tab.visible_nodes()]
    assert classes.count("Meeting") == meetings and classes.count("Committee") == committees
    assert tab.page.text_content("#status").startswith(f"Showing {expected} of ")


def test_explorer_caps_what_it_draws_and_says_so(tab: Tab, corpus_server) -> None:
    tab.open(corpus_server.url + "?limit=12")
    assert tab.drawn() == 12
    status = tab.page.text_content("#status")
    assert "Showing 12 of" in status and "at most 12" in status


def test_search_finds_modern_slavery(tab: Tab, corpus_server) -> None:
    tab.open(corpus_server.url)
    tab.page.fill("#search", "Modern Slavery")
    first = tab.page.locator("#results button").first
    first.wait_for()
    assert first.inner_text().startswith("Modern Slavery")
    assert "Topic" in first.inner_text()
    first.click()
    panel = tab.page.locator("#panel")
    panel.locator("blockquote.evidence").first.wait_for()
    assert tab.page.text_content("#panel-title") == "Modern Slavery"
    quote = panel.locator("blockquote.evidence").first
    assert quote.locator(".quote").inner_text() == "Modern Slavery"
    assert quote.locator("cite").inner_text() == SLAVERY_SEED
    # It is drawn now, selected, and in view: not under the panel that opened beside it.
    node = panel.get_attribute("data-node")
    assert tab.page.evaluate("kgExplorer.network.getSelectedNodes()")[0] == node
    at = tab.page.evaluate(
        "(id) => kgExplorer.network.canvasToDOM(kgExplorer.network.getPositions([id])[id])", node)
    canvas = tab.page.locator("#graph canvas").bounding_box()
    left_of_panel = panel.bounding_box()["x"] - canvas["x"]
    assert abs(at["x"] - left_of_panel / 2) < 5  # centred in what the panel leaves in view
    assert 0 < at["y"] < canvas["height"]


def test_clicking_a_node_shows_its_evidence(tab: Tab, corpus_server,
                                            corpus_store: GraphStore) -> None:
    quotes = {r["q"] for r in select(corpus_store, """
        SELECT ?m ?q WHERE { ?m ckg:evidence/oa:exact ?q }""", m=ox.NamedNode(MEETING_2016))}
    assert quotes
    tab.open(corpus_server.url)
    tab.click_node(MEETING_2016)
    tab.page.wait_for_selector(f'#panel[data-node="{MEETING_2016}"]')
    shown = tab.page.locator("#panel blockquote.evidence .quote").all_inner_texts()
    assert set(shown) == quotes
    assert SLAVERY_SEED in tab.page.locator("#panel blockquote.evidence cite").first.inner_text()
    items = {r["i"] for r in select(corpus_store, "SELECT ?m ?i WHERE { ?m ckg:hasItem ?i }",
                                    m=ox.NamedNode(MEETING_2016))}
    links = tab.page.locator("#panel-neighbours a").evaluate_all(
        "links => links.map(a => new URLSearchParams(a.search).get('focus'))")
    assert items <= set(links)


def test_double_click_draws_the_neighbours(tab: Tab, corpus_server,
                                           corpus_store: GraphStore) -> None:
    items = {r["i"] for r in select(corpus_store, "SELECT ?m ?i WHERE { ?m ckg:hasItem ?i }",
                                    m=ox.NamedNode(MEETING_2016))}
    tab.open(corpus_server.url)
    before = tab.drawn()
    drawn = set(tab.page.evaluate("kgExplorer.nodes.getIds()"))
    assert not items & drawn
    tab.click_node(MEETING_2016, double=True)
    tab.grown(before)
    drawn = set(tab.page.evaluate("kgExplorer.nodes.getIds()"))
    assert items <= drawn
    edges = tab.page.evaluate("kgExplorer.edges.get()")
    linked = {e["to"] for e in edges if e["from"] == MEETING_2016}
    assert items <= linked


def test_every_meeting_in_the_overview_can_be_clicked_at_its_centre(tab: Tab,
                                                                      corpus_server) -> None:
    """Meetings sit fixed on their committee's time line; programmes and topics float. Neither
    another meeting nor a node that drifted onto the lane may take a meeting's clicks."""
    tab.open(corpus_server.url)
    tab.page.evaluate("kgExplorer.network.stopSimulation()")
    hidden = tab.page.evaluate("""() => {
        const net = kgExplorer.network;
        const ids = kgExplorer.nodes.get({filter: (n) => n.cls === "Meeting"}).map((n) => n.id);
        return ids.filter((id) => {
            net.focus(id, {scale: 1.5, animation: false});
            const at = net.canvasToDOM(net.getPositions([id])[id]);
            return net.getNodeAt(at) !== id;
        });
    }""")
    assert tab.drawn() > 20 and hidden == []


def test_no_two_labels_in_the_overview_overlap(tab: Tab, corpus_server) -> None:
    """The committee with the most meetings has a crowded lane: its meetings' dates were drawn
    into each other, and programmes and topics the physics pulled onto the lanes covered them.
    Measured on the drawn network: each node's box (vis-network's, the label in it)."""
    tab.open(corpus_server.url)
    tab.page.wait_for_timeout(500)  # let the physics do what it would
    overlaps = tab.page.evaluate("""() => {
        const net = kgExplorer.network;
        const boxes = kgExplorer.nodeView.get().map((n) => [n.label, net.getBoundingBox(n.id)]);
        const out = [];
        boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
            if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
                out.push([a, b]);
        }));
        return out;
    }""")
    assert tab.drawn() > 40 and overlaps == []
    # Nothing is left for the physics to settle (whose end used to fit the view): the page
    # opens with the whole overview in view all the same.
    outside = tab.page.evaluate("""() => {
        const net = kgExplorer.network;
        const r = document.querySelector("#graph canvas").getBoundingClientRect();
        return kgExplorer.nodeView.getIds().filter((id) => {
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            return !(0 <= p.x && p.x <= r.width && 0 <= p.y && p.y <= r.height);
        });
    }""")
    assert outside == []


def test_opening_the_panel_leaves_the_graph_where_it_was(tab: Tab, corpus_server) -> None:
    """The first click of a double-click opens the panel; if that resized the canvas, the graph
    would shift under the pointer, the second click would land on another node and the wrong
    one would be expanded."""
    tab.open(corpus_server.url)
    canvas = ("(() => { const r = document.querySelector('#graph canvas')"
              ".getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()")
    before = tab.page.evaluate(canvas)
    tab.click_node(MEETING_2016)
    tab.page.wait_for_selector(f'#panel[data-node="{MEETING_2016}"]')
    tab.page.wait_for_timeout(1200)  # longer than vis-network's own resize check
    assert tab.page.evaluate(canvas) == before


def test_filters_by_class_committee_and_date(tab: Tab, corpus_server) -> None:
    tab.open(corpus_server.url)
    nodes = tab.visible_nodes()
    meetings = sum(n["cls"] == "Meeting" for n in nodes)
    tab.page.uncheck('#legend input[data-cls="Meeting"]')
    assert tab.drawn() == len(nodes) - meetings
    assert "hidden by the filters" in tab.page.text_content("#status")
    tab.page.check('#legend input[data-cls="Meeting"]')
    assert tab.drawn() == len(nodes)

    committee = ID + "committee/safe-and-strong-communities-select-committee"
    tab.page.select_option("#committee", committee)
    shown = tab.visible_nodes()
    assert 0 < len(shown) < len(nodes)
    assert all(committee in n["committees"] for n in shown)
    tab.page.select_option("#committee", "")

    tab.page.fill("#date-from", "2018-01-01")
    tab.page.dispatch_event("#date-from", "change")
    shown = tab.visible_nodes()
    assert shown and all(not n["dates"] or max(n["dates"]) >= "2018-01-01" for n in shown)
    assert any(n["cls"] == "Meeting" for n in shown)
    assert len(shown) < len(nodes)


def test_a_link_to_a_node_the_graph_lacks_says_so_in_words(tab: Tab, corpus_server) -> None:
    """An old link (`?focus=` a node a re-ingest moved): the overview, and a panel that says
    no node has that IRI (it showed the API's raw JSON, {"error":"no such node"})."""
    gone = ID + "meeting/no-such-committee/1999-01-01"
    tab.open(corpus_server.url + "?focus=" + urllib.parse.quote(gone, safe=""))
    tab.page.wait_for_function(
        "() => document.getElementById('panel-title').textContent.length > 0")
    assert tab.page.text_content("#panel-title") == f"No node in this graph has the IRI {gone}"
    assert tab.drawn() > 0 and tab.errors == []


@pytest.mark.parametrize("csp", ["with", "without"])
def test_a_script_in_the_minutes_shows_as_text_and_runs_nothing(chromium, xss_store: Path,
                                                                csp: str) -> None:
    """Escaping alone must stop it: the page's CSP is a second line, so run without it too."""
    server = Server(xss_store)
    tab = Tab(chromium, bypass_csp=csp == "without")
    try:
        item = ID + "meeting/audit-committee/2023-05-03/item/1"
        tab.open(server.url + "?focus=" + urllib.parse.quote(item, safe=""))
        tab.page.wait_for_selector(f'#panel[data-node="{item}"]')
        assert tab.page.text_content("#panel-title") == f"1 Report {XSS}"
        values = tab.page.locator("#panel-properties dd").all_inner_texts()
        assert any(XSS in v and "<img src=x onerror=alert(2)>" in v for v in values)
        assert XSS in tab.page.locator("#panel blockquote .quote").first.inner_text()
        tab.page.fill("#search", "report")
        tab.page.locator("#results button").first.wait_for()
        assert XSS in tab.page.locator("#results").inner_text()
        tab.page.wait_for_timeout(300)
        assert tab.page.evaluate("document.querySelectorAll('img').length") == 0
        # The page's own: its config, vis-network and the explorer; none from the minutes.
        assert tab.page.evaluate("document.querySelectorAll('script').length") == 3
        assert tab.dialogs == [] and tab.errors == [] and tab.outside == []
    finally:
        tab.close()
        server.stop()


def test_the_explorer_file_works_with_no_server(tab: Tab, corpus_store: GraphStore,
                                                tmp_path: Path) -> None:
    out = tmp_path / "explorer.html"
    run_kg("explore", "-o", out, "--store", corpus_store.path, check=True)
    tab.open(out.as_uri())
    assert tab.drawn() > 0
    tab.page.fill("#search", "Modern Slavery")
    tab.page.locator("#results button").first.click()
    tab.page.locator("#panel blockquote.evidence").first.wait_for()
    assert tab.page.text_content("#panel-title") == "Modern Slavery"
    assert tab.page.locator("#panel blockquote cite").first.inner_text() == SLAVERY_SEED
    before = tab.page.evaluate("kgExplorer.nodes.length")
    tab.click_node(MEETING_2016, double=True)
    tab.grown(before)


def test_the_explorer_file_escapes_minutes(tab: Tab, xss_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "xss.html"
    run_kg("explore", "-o", out, "--store", xss_store, check=True)
    item = ID + "meeting/audit-committee/2023-05-03/item/1"
    tab.open(out.as_uri() + "?focus=" + urllib.parse.quote(item, safe=""))
    tab.page.wait_for_selector(f'#panel[data-node="{item}"]')
    assert tab.page.text_content("#panel-title") == f"1 Report {XSS}"
    assert tab.page.evaluate("document.querySelectorAll('img').length") == 0
    assert tab.page.evaluate("document.querySelectorAll('script').length") == 4  # + the bundle
    assert tab.dialogs == []


def test_the_trace_page_lists_the_meetings_in_order(tab: Tab, corpus_server,
                                                     corpus_store: GraphStore) -> None:
    from kg.trace import trace

    expected = trace(corpus_store, "Modern Slavery")
    assert any(e["meeting"] == MEETING_2016 for e in expected)
    tab.page.goto(corpus_server.url + "trace")
    tab.page.fill('input[name="q"]', "Modern Slavery")
    tab.page.click('button[type="submit"]')
    tab.page.wait_for_selector("#timeline")
    dates = tab.page.locator("#timeline td.date").all_inner_texts()
    assert dates == [e["date"] or "undated" for e in expected]
    assert [d for d in dates if d != "undated"] == sorted(d for d in dates if d != "undated")
    committees = tab.page.locator("#timeline td.committee").all_inner_texts()
    assert committees == [e["committee"] or "" for e in expected]
    # A row's item opens the explorer on that item, its evidence in the panel.
    row = expected.index(next(e for e in expected if e["meeting"] == MEETING_2016))
    tab.page.locator("#timeline td.item a").nth(row).click()
    tab.page.wait_for_selector(f'#panel[data-node="{expected[row]["item"]}"]')
    tab.page.locator("#panel blockquote.evidence").first.wait_for()
    assert SLAVERY_SEED in tab.page.locator("#panel blockquote cite").first.inner_text()
