"""Minutes of several councils in one store (`kg ingest --council`): each council's
"Cabinet" is its own committee, under its own council, with its own meetings; nothing is
joined across councils, and a request made in one council is never fulfilled by the other's
Cabinet. Through the installed `kg` command, as a user runs it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.store import GraphStore
from tests.conftest import ID, council_files, run_kg, select

AVON, WESSEX = "Avonshire County Council", "Wessex District Council"
AVON_CABINET = f"{ID}committee/avonshire-county-council/cabinet"
WESSEX_CABINET = f"{ID}committee/wessex-district-council/cabinet"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("councils")
    files = council_files(folder)
    path = folder / "kg-store"
    run_kg("ingest", files[AVON], "--council", AVON, "--store", path, check=True)
    env = {**os.environ, "KG_COUNCIL": WESSEX}  # the environment names the council too
    run_kg("ingest", files[WESSEX], "--store", path, env=env, check=True)
    return path


def query(path: Path, sparql: str) -> list[dict[str, str]]:
    graph = GraphStore(path, read_only=True)
    try:
        return select(graph, sparql)
    finally:
        graph.close()


def test_two_cabinets_under_two_councils(store: Path) -> None:
    rows = query(store, "SELECT ?c ?name ?council ?label WHERE { ?c a ckg:Committee ; "
                        "skos:prefLabel ?name ; org:subOrganizationOf ?council . "
                        "?council a ckg:Council , org:Organization ; rdfs:label ?label }")
    assert sorted(rows, key=lambda r: r["c"]) == [
        {"c": AVON_CABINET, "name": "Cabinet", "council": f"{ID}council/avonshire-county-council",
         "label": AVON},
        {"c": WESSEX_CABINET, "name": "Cabinet", "council": f"{ID}council/wessex-district-council",
         "label": WESSEX},
    ]
    assert {r["c"] for r in query(store, "SELECT ?c WHERE { ?c a ckg:Committee }")} == {
        AVON_CABINET, WESSEX_CABINET}


def test_meetings_under_each_council(store: Path) -> None:
    rows = query(store, "SELECT ?m ?c (COUNT(?i) AS ?items) WHERE { ?m a ckg:Meeting ; "
                        "ckg:committee ?c OPTIONAL { ?m ckg:hasItem ?i } } GROUP BY ?m ?c")
    assert sorted((r["m"], r["c"], r["items"]) for r in rows) == [
        # The meeting whose minutes Avonshire's Cabinet confirmed is Avonshire's too.
        (f"{ID}meeting/avonshire-county-council/cabinet/2023-04-04", AVON_CABINET, "0"),
        (f"{ID}meeting/avonshire-county-council/cabinet/2023-05-03", AVON_CABINET, "2"),
        # "the July meeting" is Avonshire's, known to the month: never Wessex's July meeting.
        (f"{ID}meeting/avonshire-county-council/cabinet/2023-07", AVON_CABINET, "0"),
        (f"{ID}meeting/wessex-district-council/cabinet/2023-07-19", WESSEX_CABINET, "1"),
    ]
    joined = query(store, "SELECT ?v WHERE { GRAPH ?g { ?v owl:sameAs ?c } }")
    assert not [r for r in joined if r["v"].startswith((f"{ID}committee/", f"{ID}meeting/"))]


def test_posts_and_programmes_are_each_councils_own(store: Path) -> None:
    rows = query(store, "SELECT ?p ?council WHERE { ?p a ckg:Post ; skos:prefLabel "
                        "'Cabinet Member for Communities' ; org:postIn ?council }")
    assert sorted((r["p"], r["council"]) for r in rows) == [
        (f"{ID}post/avonshire-county-council/cabinet-member-for-communities",
         f"{ID}council/avonshire-county-council"),
        (f"{ID}post/wessex-district-council/cabinet-member-for-communities",
         f"{ID}council/wessex-district-council"),
    ]
    programmes = query(store, "SELECT ?p WHERE { ?p a ckg:Programme ; "
                              "skos:prefLabel 'Libraries Strategy' }")
    assert {r["p"] for r in programmes} == {
        f"{ID}programme/avonshire-county-council/libraries-strategy",
        f"{ID}programme/wessex-district-council/libraries-strategy"}


def followups(store: Path, *args: str) -> list[dict]:
    result = run_kg("followups", "--status", "all", "--as-of", "2023-06-01", "--format", "json",
                    "--store", store, *args, check=True)
    return json.loads(result.stdout)


def test_a_request_is_not_fulfilled_by_another_councils_cabinet(store: Path) -> None:
    (request,) = [r for r in followups(store) if "Libraries Strategy be brought" in r["text"]]
    assert request["committee_iri"] == AVON_CABINET
    assert request["status"] == "Open"  # Wessex's July report is not Avonshire's
    assert request["fulfilled_by"] is None


def test_followups_by_committee_name_or_scoped_iri(store: Path) -> None:
    both = {r["committee_iri"] for r in followups(store, "--committee", "Cabinet")}
    assert both == {AVON_CABINET, WESSEX_CABINET}  # the name is every council's Cabinet
    avon = followups(store, "--committee", AVON_CABINET)
    assert avon and {r["committee_iri"] for r in avon} == {AVON_CABINET}


def test_trace_across_councils_keeps_them_apart(store: Path) -> None:
    result = run_kg("trace", "libraries strategy", "--format", "json", "--store", store,
                    check=True)
    entries = json.loads(result.stdout)
    assert [(e["date"], e["committee"], e["committee_iri"]) for e in entries] == [
        ("2023-05-03", "Cabinet", AVON_CABINET), ("2023-07-19", "Cabinet", WESSEX_CABINET)]
    assert all(e["meeting"].startswith(f"{ID}meeting/") for e in entries)
    assert not any(f["fulfilled_by"] for e in entries for f in e["followups"])


def test_validate_conforms(store: Path) -> None:
    result = run_kg("validate", "--store", store)
    assert result.returncode == 0, result.stdout
    assert "SHACL: the graph conforms (0 violations" in result.stdout


def test_a_council_name_needs_letters_or_digits(tmp_path: Path) -> None:
    files = council_files(tmp_path)
    result = run_kg("ingest", files[AVON], "--council", " & ", "--store", tmp_path / "s")
    assert result.returncode == 1
    assert "a council's name needs letters or digits" in result.stderr
    assert not (tmp_path / "s").exists()
