"""Resolution across documents on hand-made records (no extractor involved): which nodes two
documents name differently are joined into one, which are kept apart, and how the union the
queries see shows it."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from itertools import count
from pathlib import Path

import pytest

from kg.committees import CommitteeAliases
from kg.derive import derive, remove
from kg.mapping import Source, source_iri, to_graph
from kg.records import Item, MeetingMention, MeetingRef, Mention, Minutes, Span
from kg.resolve import Rules, RulesError, fold, initials, is_acronym
from kg.store import GraphStore, derived_graphs
from tests.conftest import ID, select

_offsets = count(0, 100)


def span(text: str) -> Span:
    start = next(_offsets)
    return Span(start, start + len(text), text)


def mention(kind: str, label: str, *aliases: str) -> Mention:
    return Mention(kind, label, span(label), list(aliases))


def item(number: str, title: str, *mentions: Mention, confirms: MeetingRef | None = None,
         refs: list[MeetingMention] | None = None) -> Item:
    return Item(number=number, position=int("".join(c for c in number if c.isdigit()) or 1),
                title=title, title_span=span(title), span=span(title), text=title,
                mentions=list(mentions), confirms_minutes_of=confirms,
                meeting_refs=refs or [])


def minutes(committee: str, day: date, *items: Item) -> Minutes:
    return Minutes(committee=committee, committee_span=span(committee), date=day,
                   date_span=span(day.isoformat()), items=list(items))


class Docs:
    """A store that documents are put into as their graphs, then derived from."""

    def __init__(self, path: Path, aliases: CommitteeAliases | None = None,
                 rules: Rules | None = None):
        self.store = GraphStore(path)
        self.aliases = aliases or CommitteeAliases()
        self.rules = rules or Rules()
        self.graphs: dict[str, str] = {}

    def add(self, name: str, m: Minutes) -> str:
        sha = hashlib.sha256(name.encode()).hexdigest()
        source = Source(f"file:///t/{name}", name, sha, "text/plain",
                        datetime(2026, 1, 1, tzinfo=UTC))
        iri = str(source_iri(source))
        self.store.replace_graph(iri, to_graph(m, source, self.aliases))
        self.graphs[name] = iri
        derive(self.store, self.aliases, self.rules)
        return iri

    def of_type(self, cls: str) -> set[str]:
        rows = select(self.store, f"SELECT DISTINCT ?x WHERE {{ ?x a ckg:{cls} }}")
        return {r["x"] for r in rows}

    def labels(self, iri: str, prop: str = "skos:altLabel") -> set[str]:
        return {r["l"] for r in select(self.store, f"SELECT ?l WHERE {{ <{iri}> {prop} ?l }}")}


@pytest.fixture()
def docs(tmp_path: Path) -> Docs:
    return Docs(tmp_path / "store")


DAY1, DAY2 = date(2016, 12, 12), date(2018, 3, 5)


# -- programmes ---------------------------------------------------------------------------


def test_programme_printed_two_ways_is_one_programme(docs: Docs) -> None:
    docs.add("a.txt", minutes("Safe and Strong Communities Select Committee", DAY1, item(
        "31", "Progress", mention("programme",
                                  "Children's and Families System Transformation Programme"))))
    docs.add("b.txt", minutes("Safe and Strong Communities Select Committee", DAY2, item(
        "3", "Update", mention("programme", "Children and Families System Transformation "
                                            "Programme"))))
    (programme,) = docs.of_type("Programme")
    assert programme == f"{ID}programme/children-and-families-system-transformation-programme"
    # Both items concern the one programme; the other printing is kept as a variant.
    items = select(docs.store, f"SELECT ?i WHERE {{ ?i ckg:concerns <{programme}> }}")
    assert len(items) == 2
    names = docs.labels(programme) | docs.labels(programme, "skos:prefLabel")
    assert "Children's and Families System Transformation Programme" in names
    assert len(docs.labels(programme, "skos:prefLabel")) == 1
    # The document's own graph still says what it printed.
    rows = select(docs.store, f"SELECT ?p WHERE {{ GRAPH <{docs.graphs['a.txt']}> "
                              "{ ?p a ckg:Programme } }")
    assert rows == [{"p": f"{ID}programme/children-s-and-families-system-transformation-"
                          "programme"}]
    # ... and the resolution graph says which IRI became which.
    resolution, _ = derived_graphs()
    same = select(docs.store, f"SELECT ?v ?c WHERE {{ GRAPH <{resolution}> "
                              "{ ?v owl:sameAs ?c } }")
    assert same == [{"v": rows[0]["p"], "c": programme}]


def test_spelling_variant_of_a_programme_is_joined(docs: Docs) -> None:
    docs.add("a.txt", minutes("Cabinet", DAY1, item(
        "1", "A", mention("programme", "Children and Families Transformation Programme"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item(
        "1", "B", mention("programme", "Children and Families System Transformation "
                                       "Programme"))))
    assert len(docs.of_type("Programme")) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("Phase 1 Improvement Programme", "Phase 2 Improvement Programme"),  # a number differs
    ("Early Help Strategy", "Early Years Strategy"),
    ("North Staffordshire Wellbeing Service", "South Staffordshire Wellbeing Service"),
    ("Adult Social Care Transformation Programme", "Children's Transformation Programme"),
    ("Newcastle pilot", "Newcastle pilots"),  # too generic to join on spelling alone
])
def test_different_programmes_are_not_joined(docs: Docs, a: str, b: str) -> None:
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A", mention("programme", a))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item("1", "B", mention("programme", b))))
    assert len(docs.of_type("Programme")) == 2


# -- people -------------------------------------------------------------------------------


def people_after(docs: Docs, *names: str) -> set[str]:
    for k, name in enumerate(names):
        docs.add(f"{k}.txt", minutes("Cabinet", date(2020, 1, k + 1),
                                     item("1", "Item", mention("person", name))))
    return docs.of_type("Person")


@pytest.mark.parametrize("names", [
    ("John Francis", "John A. Francis"),  # with and without a middle initial
    ("Jane Bould", "J Bould"),  # an initial and the one full name it fits
    ("Mark Olszewski", "Mark Olszewksi"),  # a misspelt surname
    ("Councillor Mrs Sally Marks", "Sally Marks"),  # honorifics
    ("County Councillor Ann Smith", "Ann Smith"),
])
def test_one_person_printed_two_ways(docs: Docs, names: tuple[str, str]) -> None:
    assert len(people_after(docs, *names)) == 1


@pytest.mark.parametrize("names", [
    ("Alan White", "Bob White"),  # two people who share a surname
    ("Gill Heath", "Miss Heath"),  # a surname alone is no one across documents
    ("John A. Smith", "John B. Smith"),
    ("Catherine Jones", "Katherine Jones"),
])
def test_different_people_are_not_joined(docs: Docs, names: tuple[str, str]) -> None:
    assert len(people_after(docs, *names)) == 2


def test_an_initial_that_fits_two_people_joins_neither(docs: Docs) -> None:
    people = people_after(docs, "John Smith", "Jane Smith", "J Smith")
    assert len(people) == 3


def test_a_middle_name_never_joins_two_people_through_a_third(docs: Docs) -> None:
    people = people_after(docs, "John A. Smith", "John Smith", "John B. Smith")
    # "John Smith" could be either, so joining it to one would be a guess: at most one join,
    # and never the two with different middle initials.
    rows = select(docs.store, "SELECT ?p ?n WHERE { ?p a ckg:Person ; foaf:name ?n }")
    by_node: dict[str, set[str]] = {}
    for r in rows:
        by_node.setdefault(r["p"], set()).add(r["n"])
    assert not any({"John A. Smith", "John B. Smith"} <= names for names in by_node.values())
    assert len(people) >= 2


# -- acronyms, organisations, posts, topics ------------------------------------------------


def test_acronym_alone_joins_the_name_another_document_spelt_out(docs: Docs) -> None:
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A", mention(
        "organisation", "Clinical Commissioning Groups", "CCG"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item("1", "B", mention("organisation", "CCG"))))
    (org,) = docs.of_type("Organisation")
    assert org == f"{ID}organisation/clinical-commissioning-groups"
    assert "CCG" in docs.labels(org)


def test_acronym_from_the_data_file(docs: Docs) -> None:
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A", mention(
        "post", "Police and Crime Commissioner"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item("1", "B", mention("post", "PCC"))))
    assert docs.of_type("Post") == {f"{ID}post/police-and-crime-commissioner"}


def test_similar_posts_with_different_portfolios_stay_apart(docs: Docs) -> None:
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A", mention(
        "post", "Cabinet Member for Children and Young People"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item("1", "B", mention(
        "post", "Cabinet Member for Children, Young People and Families"))))
    assert len(docs.of_type("Post")) == 2


def test_title_topic_joins_the_thesaurus_concept_it_names(docs: Docs) -> None:
    from kg.topics import TopicMatch

    a = item("1", "Modern day slavery")
    a.topics = [TopicMatch("Modern day slavery", None, new=True)]
    b = item("1", "Modern Slavery")
    b.topics = [TopicMatch("Modern Slavery", "https://w3id.org/committee-kg/topic/modern-slavery",
                           aliases=("modern day slavery",))]
    docs.add("a.txt", minutes("Cabinet", DAY1, a))
    docs.add("b.txt", minutes("Cabinet", DAY2, b))
    assert docs.of_type("Topic") == {"https://w3id.org/committee-kg/topic/modern-slavery"}


# -- committees and meetings --------------------------------------------------------------


def renamed(docs: Docs) -> tuple[str, str]:
    """The Old Name Committee's January minutes, and the New Name Committee's March meeting
    confirming them as its own."""
    old = docs.add("jan.txt", minutes("Old Name Committee", date(2020, 1, 10),
                                      item("1", "Budget"), item("2", "Libraries")))
    new = docs.add("mar.txt", minutes("New Name Committee", date(2020, 3, 2), item(
        "2", "Minutes", confirms=MeetingRef("Old Name Committee", date(2020, 1, 10),
                                            span("Old Name Committee")))))
    return old, new


def test_confirmed_minutes_join_a_renamed_committee(docs: Docs) -> None:
    renamed(docs)
    (committee,) = docs.of_type("Committee")
    assert committee == f"{ID}committee/new-name-committee"  # the later name
    assert docs.labels(committee, "skos:prefLabel") == {"New Name Committee"}
    assert "Old Name Committee" in docs.labels(committee)
    # One January meeting, the real one with its items, under the committee's name now.
    meetings = select(docs.store, "SELECT ?m ?d (COUNT(?i) AS ?items) WHERE { ?m a ckg:Meeting ;"
                                  " ckg:date ?d OPTIONAL { ?m ckg:hasItem ?i } } GROUP BY ?m ?d")
    jan = [m for m in meetings if m["d"] == "2020-01-10"]
    assert jan == [{"m": f"{ID}meeting/new-name-committee/2020-01-10", "d": "2020-01-10",
                    "items": "2"}]
    items = select(docs.store, f"SELECT ?i WHERE {{ <{jan[0]['m']}> ckg:hasItem ?i }}")
    assert {r["i"] for r in items} == {f"{jan[0]['m']}/item/1", f"{jan[0]['m']}/item/2"}


def test_removing_the_evidence_undoes_the_join(docs: Docs) -> None:
    _, new = renamed(docs)
    remove(docs.store, new)
    assert docs.of_type("Committee") == {f"{ID}committee/old-name-committee"}
    assert select(docs.store, "SELECT ?m WHERE { ?m a ckg:Meeting ; ckg:hasItem ?i } GROUP BY ?m"
                  ) == [{"m": f"{ID}meeting/old-name-committee/2020-01-10"}]


def test_alias_table_joins_committees_ingested_without_it(tmp_path: Path) -> None:
    docs = Docs(tmp_path / "s")
    docs.add("a.txt", minutes("Scrutiny Board", DAY1, item("1", "A")))
    docs.add("b.txt", minutes("Overview Board", DAY2, item("1", "B")))
    assert len(docs.of_type("Committee")) == 2
    table = CommitteeAliases()
    table.add("Scrutiny Board", "Overview Board")
    derive(docs.store, table, Rules())
    assert docs.of_type("Committee") == {f"{ID}committee/scrutiny-board"}


def test_the_march_meeting_is_the_one_march_meeting(docs: Docs) -> None:
    ref = MeetingMention(None, date(2020, 3, 1), "month", span("the March meeting"))
    docs.add("jan.txt", minutes("Cabinet", date(2020, 1, 10), item("1", "A", refs=[ref])))
    docs.add("mar.txt", minutes("Cabinet", date(2020, 3, 2), item("1", "B")))
    rows = select(docs.store, "SELECT ?m WHERE { ?i ckg:refersToMeeting ?m }")
    assert rows == [{"m": f"{ID}meeting/cabinet/2020-03-02"}]
    assert f"{ID}meeting/cabinet/2020-03" not in docs.of_type("Meeting")


# -- the same-as file ---------------------------------------------------------------------


def test_sameas_file_forces_and_forbids(tmp_path: Path) -> None:
    rules_file = tmp_path / "joins.csv"
    rules_file.write_text(
        "kind,a,b,relation\n"
        "person,Tina Gould,Christina Gould,same\n"
        "programme,Children's and Families System Transformation Programme,"
        "Children and Families System Transformation Programme,different\n",
        encoding="utf-8")
    docs = Docs(tmp_path / "s", rules=Rules.load([rules_file]))
    docs.add("a.txt", minutes("Cabinet", DAY1, item(
        "1", "A", mention("person", "Tina Gould"),
        mention("programme", "Children's and Families System Transformation Programme"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item(
        "1", "B", mention("person", "Christina Gould"),
        mention("programme", "Children and Families System Transformation Programme"))))
    assert len(docs.of_type("Person")) == 1
    assert len(docs.of_type("Programme")) == 2


@pytest.mark.parametrize(("text", "message"), [
    ("a,b\n", "needs a header row 'kind,a,b,relation'"),
    ("kind,a,b,relation\nplanet,x,y,same\n", "kind 'planet'"),
    ("kind,a,b,relation\nperson,x,y,maybe\n", "relation 'maybe'"),
    ("kind,a,b,relation\nperson,x,,same\n", "both names are needed"),
])
def test_bad_sameas_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        Rules.load([path])


def test_missing_sameas_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read same-as file"):
        Rules.load([tmp_path / "nope.csv"])


# -- names --------------------------------------------------------------------------------


def test_name_helpers() -> None:
    assert fold("The Children’s & Families Programme") == "children and families programme"
    assert is_acronym("CCG") and is_acronym("OPCC") and not is_acronym("Arch")
    assert initials("Office of the Police and Crime Commissioner",
                    frozenset({"of", "the", "and"})) == "OPCC"
