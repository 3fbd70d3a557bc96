"""The ontology mapping on hand-made records: no extractor involved."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from rdflib import Literal, URIRef

from kg.committees import CommitteeAliases, normalise
from kg.mapping import Source, slug, source_iri, to_graph
from kg.namespaces import CKG, DCTERMS, OA, PROV, RDF, RDFS, SKOS, XSD
from kg.records import Attendee, Clause, DocumentRef, Item, MeetingRef, Minutes, Resolution, Span

TEXT = (
    "Minutes of the Safeguarding Overview and Scrutiny Committee held on 5 March 2018\n"
    "Present: Ann Smith (Chairman)\n"
    "3a Children pdf icon PDF 281 KB\n"
    "RESOLVED – That: a) x; b) y\n"
)
ID = "https://w3id.org/committee-kg/id/"


def sp(exact: str) -> Span:
    start = TEXT.index(exact)
    return Span(start, start + len(exact), exact)


@pytest.fixture()
def minutes() -> Minutes:
    item = Item(
        number="3a", position=2, title="Children", title_span=sp("Children"),
        span=sp("3a Children pdf icon PDF 281 KB"), text="RESOLVED – That: a) x; b) y",
        parent_number="3",
        documents=[DocumentRef("Children", "PDF", "281 KB", sp("pdf icon PDF 281 KB"))],
        resolutions=[Resolution("RESOLVED", "That:\na) x\nb) y", sp("RESOLVED – That: a) x; b) y"),
                                [Clause("a", "x", sp("a) x")), Clause("b", "y", sp("b) y"))])],
        presented_by="Cabinet Member for Children and Young People",
        confirms_minutes_of=MeetingRef("Safe & Strong Communities Select Committee",
                                       date(2018, 1, 15), sp("Safeguarding")),
    )
    parent = Item(number="3", position=1, title="Families", title_span=sp("Minutes"),
                  span=sp("Minutes"))
    return Minutes(
        committee="Safeguarding Overview and Scrutiny Committee",
        committee_span=sp("Safeguarding Overview and Scrutiny Committee"),
        date=date(2018, 3, 5), date_span=sp("5 March 2018"), start_time=time(10, 0),
        venue="Oak Room", items=[parent, item],
        attendance=[Attendee("Ann Smith", "Present", sp("Ann Smith"), "Chairman"),
                    Attendee("Mrs Ann Smith", "Apologies", sp("Ann Smith"))],
    )


@pytest.fixture()
def source() -> Source:
    return Source("file:///minutes/a.txt", "a.txt", "0" * 64, "text/plain",
                  datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))


def test_readable_stable_iris(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    meeting = URIRef(f"{ID}meeting/safe-and-strong-communities-select-committee/2018-03-05")
    item = URIRef(f"{meeting}/item/3a")
    assert (meeting, RDF.type, CKG.Meeting) in g
    assert (meeting, CKG.hasItem, item) in g and (item, CKG.meeting, meeting) in g
    assert (item, CKG.parentItem, URIRef(f"{meeting}/item/3")) in g
    assert (item, CKG.itemNumber, Literal("3a")) in g
    assert (item, CKG.position, Literal(2)) in g
    assert (meeting, CKG.date, Literal("2018-03-05", datatype=XSD.date)) in g
    assert (meeting, CKG.startTime, Literal("10:00:00", datatype=XSD.time)) in g
    assert to_graph(minutes, source, CommitteeAliases.load()).isomorphic(g)


def test_committee_aliases_meet_at_one_committee(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    committees = set(g.subjects(RDF.type, CKG.Committee))
    assert committees == {URIRef(f"{ID}committee/safe-and-strong-communities-select-committee")}
    (committee,) = committees
    labels = {str(o) for o in g.objects(committee, RDFS.label)}
    assert labels == {"Safe and Strong Communities Select Committee",
                      "Safeguarding Overview and Scrutiny Committee",
                      "Safe & Strong Communities Select Committee"}
    assert len(list(g.objects(committee, SKOS.prefLabel))) == 1


def test_confirmed_minutes_point_at_the_meeting_iri(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    confirmed = URIRef(f"{ID}meeting/safe-and-strong-communities-select-committee/2018-01-15")
    item = URIRef(f"{ID}meeting/safe-and-strong-communities-select-committee/2018-03-05/item/3a")
    assert (item, CKG.confirmsMinutesOf, confirmed) in g
    assert (confirmed, CKG.date, Literal("2018-01-15", datatype=XSD.date)) in g


def test_resolution_clauses_documents_posts(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    (res,) = g.subjects(RDF.type, CKG.Resolution)
    clauses = sorted(str(o) for c in g.objects(res, CKG.hasClause) for o in g.objects(c, CKG.label))
    assert clauses == ["a", "b"]
    (doc,) = g.subjects(RDF.type, CKG.Document)
    assert (doc, CKG.fileSize, Literal("281 KB")) in g
    assert (doc, DCTERMS.title, Literal("Children")) in g
    post = URIRef(f"{ID}post/cabinet-member-for-children-and-young-people")
    assert (None, CKG.presentedBy, post) in g
    assert (post, RDF.type, CKG.Post) in g


def test_attendance_with_capacity_and_one_person_per_name(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    people = set(g.subjects(RDF.type, CKG.Person))
    assert people == {URIRef(f"{ID}person/ann-smith")}  # "Mrs Ann Smith" is Ann Smith
    statuses = sorted(str(o) for o in g.objects(None, CKG.attendanceStatus))
    assert statuses == [str(CKG.Apologies), str(CKG.Present)]
    (chair,) = g.objects(None, CKG.capacity)
    assert (chair, RDFS.label, Literal("Chairman")) in g


def test_the_body_an_attendee_came_from(source: Source) -> None:
    """An attendee's organisation is a ckg:Organisation the attendance is ckg:onBehalfOf,
    with the span it was printed in as its evidence."""
    text = "Minutes of the Eastmoor Board held on 5 March 2018\nPresent: Dr Ravi Okafor (NHS " \
           "Eastmoor ICB)\n"
    at = text.index("Dr Ravi Okafor")
    org_at = text.index("NHS Eastmoor ICB")
    m = Minutes(committee="Eastmoor Board", committee_span=None, date=date(2018, 3, 5),
                date_span=None, attendance=[Attendee(
                    "Dr Ravi Okafor", "Present", Span(at, at + 14, "Dr Ravi Okafor"),
                    organisation="NHS Eastmoor ICB",
                    organisation_span=Span(org_at, org_at + 16, "NHS Eastmoor ICB"))])
    g = to_graph(m, source, CommitteeAliases.load())
    (attendance,) = g.subjects(RDF.type, CKG.Attendance)
    (body,) = g.objects(attendance, CKG.onBehalfOf)
    assert (body, RDF.type, CKG.Organisation) in g
    assert (body, RDFS.label, Literal("NHS Eastmoor ICB")) in g
    (evidence,) = g.objects(body, CKG.evidence)
    assert str(g.value(evidence, OA.exact)) == "NHS Eastmoor ICB"
    assert int(g.value(evidence, OA.start)) == org_at


def test_every_node_has_evidence_in_its_source(minutes: Minutes, source: Source) -> None:
    g = to_graph(minutes, source, CommitteeAliases.load())
    src = source_iri(source)
    assert (src, RDF.type, CKG.SourceDocument) in g
    assert (src, CKG.sha256, Literal("0" * 64)) in g
    for cls in (CKG.Meeting, CKG.AgendaItem, CKG.Resolution, CKG.ResolutionClause,
                CKG.Attendance, CKG.Document, CKG.Person, CKG.Committee):
        for node in g.subjects(RDF.type, cls):
            assert (node, PROV.wasDerivedFrom, src) in g, node
            evidence = list(g.objects(node, CKG.evidence))
            assert evidence, node
            for ev in evidence:
                start = int(g.value(ev, OA.start))
                end = int(g.value(ev, OA.end))
                assert TEXT[start:end] == str(g.value(ev, OA.exact))
                assert (ev, CKG.inDocument, src) in g


def test_undated_meeting_gets_a_distinct_iri(minutes: Minutes, source: Source) -> None:
    minutes.date = None
    g = to_graph(minutes, source, CommitteeAliases.load())
    meetings = {str(m) for m in g.subjects(CKG.hasItem, None)}
    assert meetings == {f"{ID}meeting/safe-and-strong-communities-select-committee/undated-"
                        f"{'0' * 12}"}


def test_pages_that_name_no_committee_share_nothing(minutes: Minutes, source: Source) -> None:
    """Two pages with no committee name, each referring to "the meeting held on 15 January
    2018" and printing "Councillor Patel": nothing says they are one body's, so neither the
    committee, the meeting referred to nor the surname joins them."""
    minutes.committee = minutes.committee_span = None
    assert minutes.items[1].confirms_minutes_of is not None
    minutes.items[1].confirms_minutes_of.committee = None
    minutes.attendance = [Attendee("Councillor Patel", "Present", sp("Ann Smith"))]
    other = Source("file:///minutes/b.txt", "b.txt", "1" * 64, "text/plain", source.ingested_at)

    def nodes(src: Source) -> set[str]:
        g = to_graph(minutes, src, CommitteeAliases.load())
        found = {str(o) for o in g.objects(None, CKG.committee)}
        found |= {str(o) for o in g.objects(None, CKG.confirmsMinutesOf)}
        found |= {str(o) for o in g.objects(None, CKG.attendee)}
        assert {str(o) for o in g.objects(None, RDFS.label)} >= {"Unidentified committee"}
        return found

    a, b = nodes(source), nodes(other)
    assert len(a) == 3 and len(b) == 3
    assert not a & b
    assert f"{ID}meeting/unidentified-committee-{'0' * 12}/2018-01-15" in a


def test_slug_and_normalise() -> None:
    assert slug("61/22") == "61-22"
    assert slug("Health, Care & Wellbeing") == "health-care-and-wellbeing"
    assert normalise("The Safe & Strong Communities Select Committee") == normalise(
        "safe and strong communities select committee")


def test_user_alias_file(tmp_path) -> None:
    f = tmp_path / "aliases.csv"
    f.write_text("canonical,alias\nCabinet,Executive Cabinet\n", encoding="utf-8")
    table = CommitteeAliases.load([f])
    assert table.resolve("the executive cabinet") == "Cabinet"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header row 'canonical,alias'"):
        CommitteeAliases.load([bad])
