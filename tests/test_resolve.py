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
from kg.derive import derive
from kg.forget import find, forget
from kg.mapping import Source, source_iri, to_graph
from kg.records import FollowUp, Item, MeetingMention, MeetingRef, Mention, Minutes, Span
from kg.resolve import fold, initials, is_acronym
from kg.sameas import Rules, RulesError
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

    def add(self, name: str, m: Minutes, council: str | None = None) -> str:
        sha = hashlib.sha256(name.encode()).hexdigest()
        source = Source(f"file:///t/{name}", name, sha, "text/plain",
                        datetime(2026, 1, 1, tzinfo=UTC))
        iri = str(source_iri(source))
        self.store.replace_graph(iri, to_graph(m, source, self.aliases, council=council))
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


def people_after(docs: Docs, *names: str, committees: tuple[str, ...] = ()) -> set[str]:
    """Each name in a document of its own, of the committee given for it (else Cabinet)."""
    for k, name in enumerate(names):
        committee = committees[k] if k < len(committees) else "Cabinet"
        docs.add(f"{k}.txt", minutes(committee, date(2020, 1, k + 1),
                                     item("1", "Item", mention("person", name))))
    return docs.of_type("Person")


@pytest.mark.parametrize("names", [
    ("John Francis", "John A. Francis"),  # with and without a middle initial
    ("Jane Bould", "J Bould"),  # an initial and the one full name it fits
    ("Mark Olszewski", "Mark Olszewksi"),  # a misspelt surname
    ("Councillor Mrs Sally Markham", "Sally Markham"),  # honorifics
    ("County Councillor Ann Smith", "Ann Smith"),
])
def test_one_person_printed_two_ways(docs: Docs, names: tuple[str, str]) -> None:
    assert len(people_after(docs, *names)) == 1


@pytest.mark.parametrize("names", [
    ("Alan White", "Bob White"),  # two people who share a surname
    ("John A. Smith", "John B. Smith"),
    ("Catherine Jones", "Katherine Jones"),
])
def test_different_people_are_not_joined(docs: Docs, names: tuple[str, str]) -> None:
    assert len(people_after(docs, *names)) == 2


def test_a_surname_alone_joins_the_one_full_name_at_its_committee(docs: Docs) -> None:
    people = people_after(docs, "Gill Heath", "Miss Heath", "Councillor Heath")
    assert people == {f"{ID}person/gill-heath"}
    assert {"Miss Heath", "Councillor Heath"} <= docs.labels(f"{ID}person/gill-heath")


def test_a_surname_alone_is_no_one_at_another_committee(docs: Docs) -> None:
    # Two councils' Councillor Snapes, and a Gill Heath who never sat on the Planning
    # Committee where a Miss Heath did.
    people = people_after(docs, "Councillor Snape", "Councillor Snape", "Gill Heath",
                          "Miss Heath",
                          committees=("Cabinet", "Audit Committee", "Cabinet",
                                      "Planning Committee"))
    assert people == {f"{ID}person/cabinet/snape", f"{ID}person/audit-committee/snape",
                      f"{ID}person/gill-heath", f"{ID}person/planning-committee/heath"}


def test_a_surname_alone_that_fits_two_full_names_joins_neither(docs: Docs) -> None:
    people = people_after(docs, "Gill Heath", "Tom Heath", "Miss Heath")
    assert len(people) == 3


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


def test_a_post_held_in_a_body_is_not_the_bare_post(docs: Docs) -> None:
    """A roll's "Secretary of the Westmarsh Police Federation" is also, to its document, the
    "Secretary": that other name joined it to another document's bare Secretary (someone
    else's post), and through it to every other body's Secretary."""
    docs.add("a.txt", minutes("Police and Crime Panel", DAY1, item("1", "A", mention(
        "post", "Secretary of the Westmarsh Police Federation", "Secretary"))))
    docs.add("b.txt", minutes("Lowbridge Parish Council", DAY2, item("1", "B", mention(
        "post", "Secretary"))))
    docs.add("c.txt", minutes("Police and Crime Panel", DAY2, item("1", "C", mention(
        "post", "Secretary of the Eastvale Police Federation", "Secretary"))))
    docs.add("d.txt", minutes("Cabinet", DAY1, item("1", "D", mention(
        "post", "Chair", "Chair of Council", "Chairman", "Chairman of the Council"))))
    docs.add("e.txt", minutes("Cabinet", DAY2, item("1", "E", mention(
        "post", "Chair of Council"))))
    docs.add("f.txt", minutes("Cabinet", DAY2, item("1", "F", mention(
        "post", "Chairman of the Council"))))
    # … nor one whose own-body form a document spelt with a synonym of its name
    docs.add("g.txt", minutes("Cabinet", DAY2, item("1", "G", mention(
        "post", "Vice-Chair", "Vice-Chairman of the Panel"))))
    docs.add("h.txt", minutes("Cabinet", DAY2, item("1", "H", mention(
        "post", "Vice-Chairman of the Panel"))))
    assert docs.of_type("Post") == {f"{ID}post/{p}" for p in (
        "secretary-of-the-westmarsh-police-federation", "secretary",
        "secretary-of-the-eastvale-police-federation", "chair", "chair-of-council",
        "chairman-of-the-council", "vice-chair", "vice-chairman-of-the-panel")}


def test_a_post_is_still_joined_by_its_other_names(docs: Docs) -> None:
    """A synonym the document gave a post (not the post with or without where it is held)
    still joins it to the post another document named so."""
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A", mention(
        "post", "Chair", "Chairman"))))
    docs.add("b.txt", minutes("Cabinet", DAY2, item("1", "B", mention("post", "Chairman"))))
    (post,) = docs.of_type("Post")
    assert {"Chair", "Chairman"} <= docs.labels(post) | docs.labels(post, "skos:prefLabel")


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
    forget(docs.store, find(docs.store, [new])[0])
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


# -- councils ------------------------------------------------------------------------------

SURREY, STAFFS = "Surrey County Council", "Staffordshire County Council"
SURREY_ID, STAFFS_ID = f"{ID}committee/surrey-county-council/", \
    f"{ID}committee/staffordshire-county-council/"


def test_an_organisation_named_as_a_committee_is_that_committee(docs: Docs) -> None:
    docs.add("cabinet.txt", minutes("Cabinet", date(2020, 1, 5), item(
        "1", "Health Plan", mention("organisation", "Health & Wellbeing Board"))))
    docs.add("hwb.txt", minutes("Health and Wellbeing Board", date(2020, 2, 5), item("1", "A")))
    hwb = f"{ID}committee/health-and-wellbeing-board"
    assert not docs.of_type("Organisation") - {hwb}
    assert hwb in docs.of_type("Committee") and hwb in docs.of_type("Organisation")
    assert docs.labels(hwb, "skos:prefLabel") == {"Health and Wellbeing Board"}
    assert "Health & Wellbeing Board" in docs.labels(hwb)
    mentioned = select(docs.store, "SELECT ?x WHERE { ?i ckg:mentions ?x }")
    assert [r["x"] for r in mentioned] == [hwb]


def test_an_organisation_named_as_two_councils_committees_joins_neither(docs: Docs) -> None:
    docs.add("a.txt", minutes("Health and Wellbeing Board", date(2020, 2, 5), item("1", "A")),
             SURREY)
    docs.add("b.txt", minutes("Health and Wellbeing Board", date(2020, 2, 6), item("1", "A")),
             STAFFS)
    docs.add("c.txt", minutes("Cabinet", date(2020, 1, 5), item(
        "1", "Health Plan", mention("organisation", "Health and Wellbeing Board"))))
    assert docs.of_type("Organisation") == {f"{ID}organisation/health-and-wellbeing-board"}


def test_same_named_committees_of_different_councils_are_never_joined(docs: Docs) -> None:
    ref = MeetingRef(None, date(2020, 1, 10), span("minutes of the meeting held on 10 January"))
    docs.add("surrey.txt", minutes("Cabinet", date(2020, 3, 2), item("1", "Minutes",
                                                                     confirms=ref)), SURREY)
    docs.add("staffs.txt", minutes("Cabinet", date(2020, 3, 2), item("1", "A")), STAFFS)
    docs.add("none.txt", minutes("Cabinet", date(2020, 3, 2), item("1", "B")))
    assert docs.of_type("Committee") == {
        f"{SURREY_ID}cabinet", f"{STAFFS_ID}cabinet", f"{ID}committee/cabinet"}
    assert docs.of_type("Council") == {f"{ID}council/surrey-county-council",
                                       f"{ID}council/staffordshire-county-council"}
    assert docs.labels(f"{ID}council/surrey-county-council", "rdfs:label") == {SURREY}
    rows = select(docs.store, "SELECT ?c ?council WHERE { ?c org:subOrganizationOf ?council }")
    assert sorted((r["c"], r["council"]) for r in rows) == [
        (f"{STAFFS_ID}cabinet", f"{ID}council/staffordshire-county-council"),
        (f"{SURREY_ID}cabinet", f"{ID}council/surrey-county-council")]
    # Three meetings on one day, one per committee; the confirmed one is Surrey's.
    assert docs.of_type("Meeting") == {
        f"{ID}meeting/surrey-county-council/cabinet/2020-03-02",
        f"{ID}meeting/surrey-county-council/cabinet/2020-01-10",
        f"{ID}meeting/staffordshire-county-council/cabinet/2020-03-02",
        f"{ID}meeting/cabinet/2020-03-02"}
    assert not select(docs.store, f"SELECT ?v WHERE {{ GRAPH <{derived_graphs()[0]}> "
                                  "{ ?v owl:sameAs ?c } }")


def test_alias_table_and_confirmations_join_within_one_council_only(tmp_path: Path) -> None:
    docs = Docs(tmp_path / "s")
    docs.add("a1.txt", minutes("Scrutiny Board", DAY1, item("1", "A")), SURREY)
    docs.add("a2.txt", minutes("Overview Board", DAY2, item("1", "B")), SURREY)
    docs.add("b1.txt", minutes("Overview Board", DAY2, item("1", "C")), STAFFS)
    # Renamed in Staffordshire: the new name confirms the old name's minutes as its own.
    docs.add("b2.txt", minutes("Old Name Committee", date(2020, 1, 10), item("1", "D")), STAFFS)
    docs.add("b3.txt", minutes("New Name Committee", date(2020, 3, 2), item(
        "2", "Minutes", confirms=MeetingRef("Old Name Committee", date(2020, 1, 10),
                                            span("Old Name Committee")))), STAFFS)
    docs.add("a3.txt", minutes("Old Name Committee", date(2020, 1, 10), item("1", "E")), SURREY)
    table = CommitteeAliases()
    table.add("Scrutiny Board", "Overview Board")
    derive(docs.store, table, Rules())
    # Staffordshire's Overview Board has no other name in its council to join.
    assert docs.of_type("Committee") == {
        f"{SURREY_ID}scrutiny-board", f"{STAFFS_ID}overview-board",
        f"{STAFFS_ID}new-name-committee", f"{SURREY_ID}old-name-committee"}
    assert {r["m"] for r in select(docs.store, "SELECT DISTINCT ?m WHERE { ?m ckg:hasItem ?i }")
            } == {
        f"{ID}meeting/surrey-county-council/scrutiny-board/{DAY1}",
        f"{ID}meeting/surrey-county-council/scrutiny-board/{DAY2}",
        f"{ID}meeting/staffordshire-county-council/overview-board/{DAY2}",
        f"{ID}meeting/staffordshire-county-council/new-name-committee/2020-01-10",
        f"{ID}meeting/staffordshire-county-council/new-name-committee/2020-03-02",
        f"{ID}meeting/surrey-county-council/old-name-committee/2020-01-10"}


def test_a_council_and_no_council_are_never_joined(tmp_path: Path) -> None:
    rules = Rules()
    rules.add_csv("kind,a,b,relation\ncommittee,Cabinet,Executive,same\n", "joins.csv")
    docs = Docs(tmp_path / "s", rules=rules)
    docs.add("a.txt", minutes("Cabinet", DAY1, item("1", "A")), SURREY)
    docs.add("b.txt", minutes("Executive", DAY2, item("1", "B")), SURREY)
    docs.add("c.txt", minutes("Cabinet", DAY2, item("1", "C")))
    docs.add("d.txt", minutes("Executive", DAY2, item("1", "D")), STAFFS)
    # The same-as row joins Surrey's two names (the later one names it); it never reaches
    # across councils, nor to the Cabinet ingested without one.
    assert docs.of_type("Committee") == {f"{SURREY_ID}executive", f"{ID}committee/cabinet",
                                         f"{STAFFS_ID}executive"}


BREATHING = "Breathing Space project"


def request_and_answer(docs: Docs, council_a: str, council_b: str) -> list[dict[str, str]]:
    """A Cabinet asks for the action plan at its March meeting; a Cabinet takes it in March."""
    ask = "An action plan on the Breathing Space project be brought to the March meeting"
    asked = item("1", "Breathing Space", mention("programme", BREATHING))
    asked.followups = [FollowUp(ask, span(ask), due_text="the March meeting",
                                due_date=date(2020, 3, 31))]
    docs.add("jan.txt", minutes("Cabinet", date(2020, 1, 10), asked), council_a)
    docs.add("mar.txt", minutes("Cabinet", date(2020, 3, 2), item(
        "4", "Breathing Space Project Action Plan", mention("programme", BREATHING))), council_b)
    return select(docs.store, "SELECT ?f ?i WHERE { ?f ckg:fulfilledBy ?i }")


def test_a_request_is_fulfilled_by_its_own_councils_committee(docs: Docs) -> None:
    (row,) = request_and_answer(docs, SURREY, SURREY)
    assert row["i"] == f"{ID}meeting/surrey-county-council/cabinet/2020-03-02/item/4"


def test_a_request_is_never_fulfilled_by_another_councils_committee(docs: Docs) -> None:
    assert request_and_answer(docs, SURREY, STAFFS) == []
    rows = select(docs.store, "SELECT ?s WHERE { ?f a ckg:FollowUpRequest ; ckg:status ?s }")
    assert rows == [{"s": "https://w3id.org/committee-kg/ns#Open"}]


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
