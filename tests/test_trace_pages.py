"""The /trace and /followups pages of `kg serve` (issue 4's library as pages), on a real port."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from html import unescape
from pathlib import Path

import pyoxigraph as ox

from kg.followups import followups
from kg.store import GraphStore
from kg.trace import trace
from tests.conftest import ID, XSS, Server, select

SLAVERY_ITEM = ID + "meeting/safe-and-strong-communities-select-committee/2016-12-12/item/30"


def get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def focus_links(html: str) -> list[str]:
    return [urllib.parse.unquote(m) for m in re.findall(r'href="\./\?focus=([^"]+)"', html)]


def test_trace_lists_the_timeline_oldest_first(corpus_server, corpus_store: GraphStore) -> None:
    expected = trace(corpus_store, "Modern Slavery")
    assert any(e["item"] == SLAVERY_ITEM for e in expected)
    status, headers, html = get(corpus_server.url + "trace?q=Modern+Slavery")
    assert status == 200
    assert "script-src" not in headers["Content-Security-Policy"]  # the page runs no script
    rows = re.findall(r'<tr data-item="([^"]+)">', html)
    assert [unescape(r) for r in rows] == [e["item"] for e in expected]
    dates = [e["date"] for e in expected if e["date"]]
    assert dates == sorted(dates)
    links = focus_links(html)
    for e in expected:  # each row opens the explorer on its item and on its meeting
        assert e["item"] in links and e["meeting"] in links
    for e in expected:
        for r in e["resolutions"]:
            assert r.split()[0] in unescape(html)


def test_trace_without_a_query_shows_the_form(corpus_server) -> None:
    status, _, html = get(corpus_server.url + "trace")
    assert status == 200 and 'name="q"' in html and "<table" not in html


def test_trace_of_nothing_says_so(corpus_server, corpus_store: GraphStore) -> None:
    words = "zebra crossings on mars"
    try:
        found = trace(corpus_store, words)
    except ValueError as e:
        status, _, html = get(corpus_server.url + "trace?q=" + urllib.parse.quote(words))
        assert status == 400 and unescape(str(e)) in unescape(html)
        return
    assert found == []
    status, _, html = get(corpus_server.url + "trace?q=" + urllib.parse.quote(words))
    assert status == 200 and "No item in the graph mentions" in html


def test_trace_of_a_topic_no_minutes_discuss_says_so(corpus_server) -> None:
    status, _, html = get(corpus_server.url + "trace?q=climate%20change")
    assert status == 200 and "<table" not in html
    assert ("Climate Change&#39; is a topic of the thesaurus, but no item in the graph "
            "concerns or names it yet") in html


def test_followups_page_lists_the_open_follow_ups(corpus_server,
                                                  corpus_store: GraphStore) -> None:
    expected = followups(corpus_store)
    assert expected
    status, _, html = get(corpus_server.url + "followups")
    assert status == 200
    texts = [unescape(t) for t in re.findall(r'<td class="text">(.*?)</td>', html, re.S)]
    assert texts == [r["text"] for r in expected]
    assert set(focus_links(html)) == {r["item"] for r in expected}


def test_followups_filters(corpus_server, corpus_store: GraphStore) -> None:
    everything = followups(corpus_store, status="all")
    committee = select(corpus_store, "SELECT ?i ?c WHERE { ?m ckg:hasItem ?i ; ckg:committee ?c }",
                       i=ox.NamedNode(everything[0]["item"]))[0]["c"]
    mine = followups(corpus_store, status="all", committee=committee)
    assert 0 < len(mine) < len(everything)
    status, _, html = get(corpus_server.url + "followups?status=all&committee="
                          + urllib.parse.quote(committee, safe=""))
    assert status == 200 and f"{len(mine)} follow-up" in html
    since = max(r["meeting_date"] for r in everything if r["meeting_date"])
    later = followups(corpus_store, status="all", since=date.fromisoformat(since))
    status, _, html = get(corpus_server.url + f"followups?status=all&since={since}")
    assert status == 200 and f"{len(later)} follow-up" in html
    assert len(later) < len(everything)


def test_followups_refuses_bad_filters(corpus_server) -> None:
    status, _, html = get(corpus_server.url + "followups?status=%3Cscript%3E")
    assert status == 400 and "unknown status" in html and "<script>" not in html
    status, _, html = get(corpus_server.url + "followups?since=last+tuesday")
    assert status == 400 and "is not a date" in html
    # The page has a committee field, not a command-line option.
    status, _, html = get(corpus_server.url + "followups?committee=Ministry+of+Magic")
    assert status == 400 and "no committee of that name" in html and "--committee" not in html


def test_minutes_markup_is_escaped_in_the_trace(xss_store: Path) -> None:
    server = Server(xss_store)
    try:
        status, _, html = get(server.url + "trace?q=report")
        assert status == 200 and XSS not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        status, _, html = get(server.url + "trace?q=" + urllib.parse.quote(XSS))
        assert XSS not in html
    finally:
        server.stop()


def test_trace_shows_fulfilment_posts_and_meetings_not_ingested(
    corpus_server, corpus_store: GraphStore,
) -> None:
    q = "children and families transformation"
    expected = trace(corpus_store, q)
    fulfilled = [f for e in expected for f in e["followups"] if f.get("fulfilled_by")]
    assert fulfilled, "the 2016 request for an update is answered in 2018"
    _, _, html = get(corpus_server.url + "trace?q=" + urllib.parse.quote(q))
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    links = focus_links(html)
    for f in fulfilled:  # each fulfilment names and links the item that answered it
        assert f["fulfilled_by"] in links
        assert f["fulfilled_by_item"]["title"] in text
    posts = {p for e in expected for p in e["posts"] + e["presented_by"]}
    assert "Cabinet Member for Children and Young People" in posts
    for p in posts:
        assert p in text
    not_ingested = [r for e in expected for r in e["references"] if not r["ingested"]]
    assert not_ingested
    assert text.count("(not ingested)") == len(not_ingested)


def test_both_pages_judge_overdue_as_of_a_date_like_the_command(corpus_server,
                                                                corpus_store: GraphStore) -> None:
    """`kg trace --as-of` and `kg followups --as-of` had no counterpart in the served pages:
    a reader of the explorer could not ask what was overdue on the day of a meeting."""
    early, late = date(1990, 1, 1), date(2990, 1, 1)
    overdue_late = followups(corpus_store, status="overdue", as_of=late)
    assert overdue_late and not followups(corpus_store, status="overdue", as_of=early)
    status, _, html = get(corpus_server.url + f"followups?status=overdue&as_of={late}")
    assert status == 200 and f"{len(overdue_late)} follow-up" in html
    assert f'name="as_of" value="{late}"' in html  # the form keeps the date asked for
    status, _, html = get(corpus_server.url + f"followups?status=overdue&as_of={early}")
    assert status == 200 and "0 follow-ups" in html
    q = urllib.parse.quote("children and families transformation")
    late_entries = trace(corpus_store, "children and families transformation", as_of=late)
    assert any(f["overdue"] for e in late_entries for f in e["followups"])
    _, _, html = get(corpus_server.url + f"trace?q={q}&as_of={late}")
    assert 'class="status Overdue"' in html
    _, _, html = get(corpus_server.url + f"trace?q={q}&as_of={early}")
    assert 'class="status Overdue"' not in html and 'class="status Open"' in html
    for page in ("trace?q=x&as_of=soon", "followups?as_of=31/12/2020"):
        status, _, html = get(corpus_server.url + page)
        assert status == 400 and "is not a date (YYYY-MM-DD)" in html, page
