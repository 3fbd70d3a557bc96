"""Topics: the thesaurus joins wordings of one issue; titles name the issues it does not know."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.topics import Thesaurus, title_topic

SLAVERY = "https://w3id.org/committee-kg/topic/modern-slavery"


@pytest.fixture(scope="module")
def thesaurus() -> Thesaurus:
    return Thesaurus.load()


@pytest.mark.parametrize(
    "title", ["Modern Slavery", "Modern Day Slavery Update", "Tackling modern slavery",
              "MODERN-DAY SLAVERY"],
)
def test_wordings_of_one_issue_meet_at_one_topic(thesaurus: Thesaurus, title: str) -> None:
    found = thesaurus.match(title, "")
    assert [(t.iri, t.new) for t in found] == [(SLAVERY, False)]
    assert "modern day slavery" in found[0].aliases


def test_text_must_dwell_on_a_topic(thesaurus: Thesaurus) -> None:
    once = "The Board noted a case of modern slavery in the county."
    assert thesaurus.match("Annual Report", once) == [
        m for m in thesaurus.match("Annual Report", once) if m.new]
    thrice = "Modern slavery … modern day slavery … tackling modern slavery."
    assert SLAVERY in {t.iri for t in thesaurus.match("Annual Report", thrice)}


def test_and_and_ampersand_are_one(thesaurus: Thesaurus) -> None:
    found = thesaurus.match("Children's & Families System Transformation", "")
    assert [t.label for t in found] == ["Children and Families Transformation"]


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Progress with the Highways Maintenance Programme", "Highways Maintenance Programme"),
        ("Update on Library Services", "Library Services"),
        ("Flood Risk Management - Annual Update", "Flood Risk Management"),
        ("Declarations of Interest", None),
        ("Minutes of the meeting held on 15 January 2018", None),
        ("To receive the minutes of the meeting of the Cabinet held on 6th September 2017", None),
        ("APOLOGIES FOR ABSENCE", None),
        ("Report", None),
        (None, None),
    ],
)
def test_titles_name_topics_unless_procedural(title: str | None, topic: str | None) -> None:
    assert title_topic(title) == topic


def test_title_topics_are_new_topics(thesaurus: Thesaurus) -> None:
    (found,) = thesaurus.match("Update on Library Services", "")
    assert (found.label, found.iri, found.new) == ("Library Services", None, True)


def test_a_users_own_thesaurus(tmp_path: Path) -> None:
    path = tmp_path / "mine.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/topic/potholes> a skos:Concept ;\n"
        '  skos:prefLabel "Potholes"@en ; skos:altLabel "road defects"@en ;\n'
        '  skos:hiddenLabel "pot holes"@en .\n',
        encoding="utf-8",
    )
    mine = Thesaurus.load(path)
    assert [t.iri for t in mine.match("Road Defects", "")] == [
        "https://example.org/topic/potholes"]
    assert [t.iri for t in mine.match("Pot holes in Kingston", "")] == [
        "https://example.org/topic/potholes"]
