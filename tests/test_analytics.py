"""networkx analytics: the entity graph, its projections, and `kg stats`."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.analytics import (
    co_attendance,
    degree,
    entity_graph,
    programme_post,
    stats,
)
from kg.store import GraphStore
from tests.conftest import run_kg, select


def test_entity_graph_holds_every_entity_and_no_provenance(corpus_store: GraphStore) -> None:
    g = entity_graph(corpus_store)
    for cls in ("Committee", "Meeting", "AgendaItem", "Person", "Programme", "Topic"):
        expected = {r["n"] for r in select(corpus_store, f"SELECT ?n WHERE {{ ?n a ckg:{cls} }}")}
        drawn = {n for n, a in g.nodes(data=True) if a["cls"] == cls}
        # A node of two classes is classed once (a topic that is also a programme, say).
        assert drawn <= expected and len(drawn) >= len(expected) - 2, cls
    classes = {a["cls"] for _, a in g.nodes(data=True)}
    assert not classes & {"Evidence", "SourceDocument", "Attendance"}
    predicates = {k for _, _, k in g.edges(keys=True)}
    assert not any(p.endswith(("wasDerivedFrom", "#evidence")) for p in predicates)


def test_attendance_becomes_person_to_meeting_edges(corpus_store: GraphStore) -> None:
    g = entity_graph(corpus_store)
    records = select(corpus_store, """
        SELECT ?m ?who ?status WHERE {
          ?m ckg:hasAttendance ?a . ?a ckg:attendee ?who ; ckg:attendanceStatus ?status }""")
    assert records, "the corpus records attendance"
    for r in records:
        statuses = [d.get("status") for _, v, d in g.out_edges(r["who"], data=True)
                    if v == r["m"]]
        assert r["status"] in statuses


def test_counts_are_the_stores_own(corpus_store: GraphStore) -> None:
    s = stats(corpus_store)
    for r in select(corpus_store, "SELECT ?c (COUNT(DISTINCT ?n) AS ?k) WHERE { ?n a ?c } "
                                  "GROUP BY ?c"):
        name = r["c"].replace("https://w3id.org/committee-kg/ns#", "ckg:")
        if name.startswith("ckg:"):
            assert s.counts[name] == int(r["k"])
    # Every topic is a skos:Concept too; it is counted once, as a topic.
    assert s.counts["ckg:Topic"] > 0
    assert all(name.startswith("ckg:") for name in s.counts)


def test_most_connected_are_ranked_by_degree(corpus_store: GraphStore) -> None:
    g = entity_graph(corpus_store)
    deg = degree(g)
    s = stats(corpus_store, top=5)
    for cls, ranked in s.most_connected.items():
        everyone = sorted((deg[n] for n, a in g.nodes(data=True) if a["cls"] == cls),
                          reverse=True)
        assert [r.degree for r in ranked] == everyone[:5], cls
        for r in ranked:
            assert g.nodes[r.iri]["cls"] == cls and r.label


def test_attendance_rates_are_shares_of_recorded_meetings(corpus_store: GraphStore) -> None:
    s = stats(corpus_store)
    present = Counter(r["who"] for r in select(corpus_store, """
        SELECT ?who ?m WHERE { ?m ckg:hasAttendance ?a .
          ?a ckg:attendee ?who ; ckg:attendanceStatus ckg:Present }"""))
    assert s.attendance
    for a in s.attendance:
        assert a.meetings > 0 and 0 <= a.present <= a.meetings
        assert a.present == present[a.iri]
        assert 0.0 <= a.rate <= 1.0


def test_meetings_per_committee_per_year_counts_minuted_meetings(
    corpus_store: GraphStore,
) -> None:
    rows = select(corpus_store, """
        SELECT ?label ?year (COUNT(DISTINCT ?m) AS ?n) WHERE {
          ?m a ckg:Meeting ; ckg:date ?d ; ckg:hasItem ?i ; ckg:committee/skos:prefLabel ?label
          BIND (STR(YEAR(?d)) AS ?year)
        } GROUP BY ?label ?year""")
    expected = {(r["label"], r["year"]): int(r["n"]) for r in rows}
    got = {(c, y): n for c, per in stats(corpus_store).meetings_per_year.items()
           for y, n in per.items()}
    assert got == expected


def test_co_attendance_joins_people_present_together(corpus_store: GraphStore) -> None:
    g = entity_graph(corpus_store)
    co = co_attendance(g)
    together = select(corpus_store, """
        SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
          ?m ckg:hasAttendance ?x, ?y .
          ?x ckg:attendee ?a ; ckg:attendanceStatus ckg:Present .
          ?y ckg:attendee ?b ; ckg:attendanceStatus ckg:Present .
          FILTER (STR(?a) < STR(?b))
        } GROUP BY ?a ?b""")
    assert together
    for r in together:
        assert co[r["a"]][r["b"]]["weight"] == int(r["n"])
    assert co.number_of_edges() == len(together)


def test_programme_post_projection_is_bipartite(corpus_store: GraphStore) -> None:
    h = programme_post(entity_graph(corpus_store))
    assert h.number_of_edges() > 0
    for a, b in h.edges():
        assert {h.nodes[a]["cls"], h.nodes[b]["cls"]} == {"Programme", "Post"}


def test_kg_stats_prints_every_section(corpus_store: GraphStore) -> None:
    result = run_kg("stats", "--store", corpus_store.path, "--top", "3", check=True)
    for heading in ("Nodes by class", "Most connected programmes", "Most connected topics",
                    "Most connected posts", "Attendance per member",
                    "Meetings (minutes in the store) per committee per year",
                    "co-attendance", "Programmes and posts"):
        assert heading in result.stdout, heading
    top_topic = stats(corpus_store, top=1).most_connected["Topic"][0].label
    assert top_topic in result.stdout


def test_kg_stats_json(corpus_store: GraphStore) -> None:
    result = run_kg("stats", "--store", corpus_store.path, "--format", "json", check=True)
    data = json.loads(result.stdout)
    assert data["counts"]["ckg:Meeting"] == stats(corpus_store).counts["ckg:Meeting"]
    assert all(0 <= a["rate"] <= 1 for a in data["attendance"])
    assert set(data["most_connected"]) == {"Programme", "Topic", "Post"}


@pytest.mark.parametrize("top", ["0", "-3"])
def test_kg_stats_top_must_be_positive(tmp_path, top: str) -> None:
    result = run_kg("stats", "--store", tmp_path / "nothing", "--top", top)
    assert result.returncode == 1
    assert result.stderr == f"error: --top {top}: must be 1 or more\n"


def test_kg_stats_without_a_store_fails_cleanly(tmp_path) -> None:
    result = run_kg("stats", "--store", tmp_path / "nothing")
    assert result.returncode == 1
    assert "no store here yet" in result.stderr
