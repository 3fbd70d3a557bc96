"""The ontology keeps the vocabulary contract, documents itself, and its shapes catch bad data.

The contract's term list is copied here as literals (CI has no access to the design folder):
renaming or dropping a term then fails here before it breaks queries and downstream users.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS

from kg.ontology_docs import default_ontology_path, main, render_markdown

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_PATH = ROOT / "ontology" / "committee-kg.ttl"
SHAPES_PATH = ROOT / "ontology" / "shapes.ttl"
DOCS_PATH = ROOT / "docs" / "ontology.md"

NS = "https://w3id.org/committee-kg/ns#"
ONTOLOGY_IRI = URIRef("https://w3id.org/committee-kg/ns")
SHAPES_NS = "https://w3id.org/committee-kg/shapes#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
ID = "https://w3id.org/committee-kg/id/"
#: A plain Namespace: rdflib's closed XSD namespace warns when pytest probes module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def ckg(name: str) -> URIRef:
    return URIRef(NS + name)


def ckgsh(name: str) -> URIRef:
    return URIRef(SHAPES_NS + name)


# --- The contract: vocabulary.md, copied -------------------------------------------------------

#: "Classes" table of vocabulary.md: term and its "aligned to" column ("" when none is given).
VOCABULARY_CLASSES: list[tuple[str, str]] = [
    ("ckg:Committee", "org:Organization"),
    ("ckg:Meeting", "schema:Event"),
    ("ckg:AgendaItem", ""),
    ("ckg:Resolution", ""),
    ("ckg:ResolutionClause", ""),
    ("ckg:FollowUpRequest", "schema:Action"),
    ("ckg:Person", "foaf:Person"),
    ("ckg:Post", "org:Post"),
    ("ckg:Attendance", ""),
    ("ckg:Programme", "schema:Project"),
    ("ckg:Organisation", "org:Organization"),
    ("ckg:Topic", "skos:Concept"),
    ("ckg:Document", "foaf:Document"),
    ("ckg:SourceDocument", "prov:Entity"),
]

#: "Properties" table of vocabulary.md, in its order.
VOCABULARY_PROPERTIES: list[str] = [
    "ckg:committee",
    "ckg:date",
    "ckg:startTime",
    "ckg:venue",
    "ckg:hasItem",
    "ckg:meeting",
    "ckg:itemNumber",
    "ckg:position",
    "ckg:parentItem",
    "dcterms:title",
    "ckg:minutesText",
    "ckg:exempt",
    "ckg:exemptionParagraph",
    "ckg:hasResolution",
    "ckg:text",
    "ckg:hasClause",
    "ckg:hasFollowUp",
    "ckg:requestedBy",
    "ckg:assignedTo",
    "ckg:dueText",
    "ckg:dueDate",
    "ckg:status",
    "ckg:fulfilledBy",
    "ckg:hasAttendance",
    "ckg:attendee",
    "ckg:attendanceStatus",
    "ckg:capacity",
    "ckg:presentedBy",
    "ckg:mentions",
    "ckg:concerns",
    "ckg:refersToMeeting",
    "ckg:confirmsMinutesOf",
    "ckg:hasDocument",
    "org:heldBy",
    "rdfs:label",
    "skos:prefLabel",
    "skos:altLabel",
    "prov:wasDerivedFrom",
    "ckg:evidence",
]

#: Terms the vocabulary names in passing (values, the evidence node's properties) and the
#: additions the mapping code uses.
VOCABULARY_MENTIONS: list[str] = [
    "ckg:Open", "ckg:Fulfilled",
    "ckg:Present", "ckg:Apologies", "ckg:AlsoInAttendance", "ckg:Absent",
    "ckg:label", "ckg:inDocument",
]
ADDITIONS: list[str] = [
    "ckg:Evidence", "ckg:AttendanceStatus", "ckg:FollowUpStatus",
    "ckg:sha256", "ckg:ingestedAt", "ckg:location", "ckg:fileFormat", "ckg:fileSize",
]

#: The properties whose values are literals ("literal" / xsd:* in the vocabulary, plus additions).
DATATYPE_PROPERTIES = {
    "date", "startTime", "venue", "itemNumber", "position", "minutesText", "exempt",
    "exemptionParagraph", "text", "dueText", "dueDate", "label", "sha256", "ingestedAt",
    "location", "fileFormat", "fileSize",
}
INDIVIDUALS = {
    "Open": "FollowUpStatus", "Fulfilled": "FollowUpStatus",
    "Present": "AttendanceStatus", "Apologies": "AttendanceStatus",
    "AlsoInAttendance": "AttendanceStatus", "Absent": "AttendanceStatus",
}

#: Domain → range as the vocabulary's "from → to" column gives them (single classes only;
#: the "A/B" ones are unions, checked separately).
DOMAIN_RANGE: dict[str, tuple[str, str]] = {
    "committee": ("Meeting", "Committee"),
    "date": ("Meeting", str(XSD.date)),
    "startTime": ("Meeting", str(XSD.time)),
    "hasItem": ("Meeting", "AgendaItem"),
    "meeting": ("AgendaItem", "Meeting"),
    "position": ("AgendaItem", str(XSD.integer)),
    "parentItem": ("AgendaItem", "AgendaItem"),
    "exempt": ("AgendaItem", str(XSD.boolean)),
    "hasResolution": ("AgendaItem", "Resolution"),
    "hasClause": ("Resolution", "ResolutionClause"),
    "hasFollowUp": ("AgendaItem", "FollowUpRequest"),
    "dueDate": ("FollowUpRequest", str(XSD.date)),
    "status": ("FollowUpRequest", "FollowUpStatus"),
    "fulfilledBy": ("FollowUpRequest", "AgendaItem"),
    "hasAttendance": ("Meeting", "Attendance"),
    "attendanceStatus": ("Attendance", "AttendanceStatus"),
    "capacity": ("Attendance", "Post"),
    "refersToMeeting": ("AgendaItem", "Meeting"),
    "confirmsMinutesOf": ("AgendaItem", "Meeting"),
    "hasDocument": ("AgendaItem", "Document"),
    "inDocument": ("Evidence", "SourceDocument"),
    "sha256": ("SourceDocument", str(XSD.string)),
    "ingestedAt": ("SourceDocument", str(XSD.dateTime)),
    "location": ("SourceDocument", str(XSD.anyURI)),
}
UNION_RANGES: dict[str, set[str]] = {
    "requestedBy": {"Person", "Post", "Committee"},
    "assignedTo": {"Person", "Post", "Organisation"},
    "attendee": {"Person", "Post"},
    "presentedBy": {"Post", "Person"},
    "mentions": {"Person", "Post", "Organisation", "Programme"},
    "concerns": {"Programme", "Topic"},
}

PREFIXES = {
    "ckg": NS, "org": str(ORG), "schema": SCHEMA, "foaf": str(FOAF), "skos": str(SKOS),
    "prov": str(PROV), "oa": OA, "dcterms": str(DCTERMS), "rdfs": str(RDFS),
}


def expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def resolve(name: str) -> URIRef:
    """A local ckg: name, or an already full IRI (the xsd: ranges above)."""
    return URIRef(name) if name.startswith("http") else ckg(name)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def own_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


# --- The ontology ------------------------------------------------------------------------------


def test_both_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 100
    assert len(shapes) > 50


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    license_iri = URIRef("https://www.apache.org/licenses/LICENSE-2.0")
    assert (ONTOLOGY_IRI, DCTERMS.license, license_iri) in ontology


@pytest.mark.parametrize("term", [t for t, _ in VOCABULARY_CLASSES] + ADDITIONS[:3])
def test_contract_classes_are_owl_classes(ontology: Graph, term: str) -> None:
    assert (expand(term), RDF.type, OWL.Class) in ontology, f"{term} is not an owl:Class"


@pytest.mark.parametrize(
    "term",
    [t for t in VOCABULARY_PROPERTIES + VOCABULARY_MENTIONS + ADDITIONS
     if t.startswith("ckg:") and t[4].islower()],
)
def test_contract_properties_have_the_right_kind(ontology: Graph, term: str) -> None:
    local = term.removeprefix("ckg:")
    kind = OWL.DatatypeProperty if local in DATATYPE_PROPERTIES else OWL.ObjectProperty
    other = OWL.ObjectProperty if kind == OWL.DatatypeProperty else OWL.DatatypeProperty
    assert (ckg(local), RDF.type, kind) in ontology, f"{term} is not an {kind}"
    assert (ckg(local), RDF.type, other) not in ontology, f"{term} is also an {other}"


@pytest.mark.parametrize("name", sorted(INDIVIDUALS))
def test_status_individuals(ontology: Graph, name: str) -> None:
    assert (ckg(name), RDF.type, ckg(INDIVIDUALS[name])) in ontology
    assert (ckg(INDIVIDUALS[name]), RDFS.subClassOf, SKOS.Concept) in ontology


def test_no_undeclared_ckg_terms(ontology: Graph) -> None:
    """Every ckg: IRI used anywhere in the ontology is declared as a class/property/individual."""
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    used = {
        n for triple in ontology for n in triple
        if isinstance(n, URIRef) and str(n).startswith(NS)
    }
    undeclared = sorted(t for t in used if not set(ontology.objects(t, RDF.type)) & kinds)
    assert not undeclared


def test_every_ckg_term_is_documented(ontology: Graph) -> None:
    missing = []
    for term in sorted(own_terms(ontology)):
        for predicate in (RDFS.label, RDFS.comment):
            values = [o for o in ontology.objects(term, predicate) if isinstance(o, Literal)]
            if not any(v.language == "en" for v in values):
                missing.append(f"{term} {predicate}")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology:
            missing.append(f"{term} rdfs:isDefinedBy")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("term,aligned", [(t, a) for t, a in VOCABULARY_CLASSES if a])
def test_classes_are_aligned_as_the_vocabulary_says(
    ontology: Graph, term: str, aligned: str
) -> None:
    cls, target = expand(term), expand(aligned)
    assert (cls, RDFS.subClassOf, target) in ontology or (
        cls, OWL.equivalentClass, target
    ) in ontology, f"{term} is not aligned to {aligned}"


def test_additions_are_aligned(ontology: Graph) -> None:
    sub = RDFS.subClassOf
    assert (ckg("Evidence"), sub, URIRef(OA + "TextQuoteSelector")) in ontology
    assert (ckg("Evidence"), sub, URIRef(OA + "TextPositionSelector")) in ontology
    assert (ckg("inDocument"), RDFS.subPropertyOf, DCTERMS.source) in ontology
    assert (ckg("ingestedAt"), RDFS.subPropertyOf, DCTERMS.date) in ontology
    assert (ckg("location"), RDFS.subPropertyOf, DCTERMS.source) in ontology
    assert (ckg("fileSize"), RDFS.subPropertyOf, URIRef(SCHEMA + "contentSize")) in ontology
    assert (ckg("label"), RDFS.subPropertyOf, SKOS.notation) in ontology


def test_aligned_classes_have_an_outside_superclass(ontology: Graph) -> None:
    """Any ckg: class with a superclass or equivalent has at least one outside ckg:."""
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if not str(cls).startswith(NS):
            continue
        parents = set(ontology.objects(cls, RDFS.subClassOf))
        parents |= set(ontology.objects(cls, OWL.equivalentClass))
        if parents:
            assert any(not str(p).startswith(NS) for p in parents), cls


def test_schema_org_is_https(ontology: Graph) -> None:
    used = {str(n) for triple in ontology for n in triple if isinstance(n, URIRef)}
    assert not [n for n in used if n.startswith("http://schema.org/")]


@pytest.mark.parametrize("prop", sorted(DOMAIN_RANGE))
def test_domain_and_range(ontology: Graph, prop: str) -> None:
    domain, range_ = DOMAIN_RANGE[prop]
    assert ontology.value(ckg(prop), RDFS.domain) == resolve(domain)
    assert ontology.value(ckg(prop), RDFS.range) == resolve(range_)


@pytest.mark.parametrize("prop", sorted(UNION_RANGES))
def test_union_ranges(ontology: Graph, prop: str) -> None:
    range_ = ontology.value(ckg(prop), RDFS.range)
    assert isinstance(range_, BNode)
    members = {str(m).removeprefix(NS) for m in ontology.items(ontology.value(range_, OWL.unionOf))}
    assert members == UNION_RANGES[prop]


def test_has_item_is_inverse_of_meeting(ontology: Graph) -> None:
    assert (ckg("hasItem"), OWL.inverseOf, ckg("meeting")) in ontology


# --- The generated reference -------------------------------------------------------------------


def test_docs_are_up_to_date() -> None:
    expected = render_markdown(ONTOLOGY_PATH)
    actual = DOCS_PATH.read_text(encoding="utf-8") if DOCS_PATH.exists() else ""
    assert actual == expected, "run python -m kg.ontology_docs -o docs/ontology.md"


def test_docs_render_deterministically_and_completely(ontology: Graph) -> None:
    text = render_markdown(ONTOLOGY_PATH)
    assert text == render_markdown(ONTOLOGY_PATH)
    for section in ("## Classes", "## Object properties", "## Datatype properties",
                    "## Individuals"):
        assert section in text
    for term in own_terms(ontology):
        assert f"### `ckg:{str(term).removeprefix(NS)}`" in text


def test_docs_cli_writes_the_same_text(tmp_path: Path) -> None:
    out = tmp_path / "ontology.md"
    assert main([str(ONTOLOGY_PATH), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_markdown(ONTOLOGY_PATH)
    assert default_ontology_path().is_file()


# --- The shapes --------------------------------------------------------------------------------

VALID_DATA = """
@base <https://w3id.org/committee-kg/id/> .
@prefix ckg: <https://w3id.org/committee-kg/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<source/minutes> a ckg:SourceDocument ;
    rdfs:label "minutes.txt" ;
    dcterms:format "text/plain" ;
    ckg:location "file:///data/minutes.txt"^^xsd:anyURI ;
    ckg:sha256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" ;
    ckg:ingestedAt "2024-05-01T09:30:00Z"^^xsd:dateTime .

<committee/sscsc> a ckg:Committee ;
    skos:prefLabel "Safe and Strong Communities Select Committee" ;
    rdfs:label "Safe and Strong Communities Select Committee" ;
    prov:wasDerivedFrom <source/minutes> .

<meeting/sscsc/2016-12-12> a ckg:Meeting ;
    rdfs:label "Safe and Strong Communities Select Committee, 2016-12-12" ;
    ckg:committee <committee/sscsc> ;
    ckg:date "2016-12-12"^^xsd:date ;
    ckg:startTime "10:00:00"^^xsd:time ;
    ckg:venue "Oak Room, County Buildings, Stafford" ;
    ckg:hasItem <meeting/sscsc/2016-12-12/item/29> , <meeting/sscsc/2016-12-12/item/29a> ;
    ckg:hasAttendance <meeting/sscsc/2016-12-12/attendance/john-francis> ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/0-80> .

<meeting/sscsc/2016-11-09> a ckg:Meeting ;
    rdfs:label "Safe and Strong Communities Select Committee, 2016-11-09" ;
    ckg:committee <committee/sscsc> ;
    ckg:date "2016-11-09"^^xsd:date ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/300-380> .

<meeting/sscsc/2016-12-12/item/29> a ckg:AgendaItem ;
    ckg:meeting <meeting/sscsc/2016-12-12> ;
    ckg:position 1 ;
    ckg:itemNumber "29" ;
    dcterms:title "Minutes of the Safe & Strong Communities Select Committee held on 9 November" ;
    ckg:minutesText "RESOLVED – That the minutes … be confirmed and signed by the Chairman." ;
    ckg:exempt false ;
    ckg:hasResolution <meeting/sscsc/2016-12-12/item/29/resolution/1> ;
    ckg:hasDocument <meeting/sscsc/2016-12-12/item/29/document/1> ;
    ckg:presentedBy <post/chairman> ;
    ckg:confirmsMinutesOf <meeting/sscsc/2016-11-09> ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/300-380> .

<meeting/sscsc/2016-12-12/item/29a> a ckg:AgendaItem ;
    ckg:meeting <meeting/sscsc/2016-12-12> ;
    ckg:position 2 ;
    ckg:itemNumber "29a" ;
    ckg:parentItem <meeting/sscsc/2016-12-12/item/29> ;
    dcterms:title "Exempt minutes" ;
    ckg:exempt true ;
    ckg:exemptionParagraph "1" , "7" ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/600-614> .

<meeting/sscsc/2016-12-12/item/29/document/1> a ckg:Document ;
    dcterms:title "Minutes of the meeting held on 9 November 2016" ;
    ckg:fileFormat "PDF" ;
    ckg:fileSize "149 KB" .

<meeting/sscsc/2016-12-12/item/29/resolution/1> a ckg:Resolution ;
    ckg:text "That the minutes be confirmed and signed by the Chairman, and that:" ;
    ckg:hasClause <meeting/sscsc/2016-12-12/item/29/resolution/1/clause/a> ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/400-470> .

<meeting/sscsc/2016-12-12/item/29/resolution/1/clause/a> a ckg:ResolutionClause ;
    ckg:label "a" ;
    ckg:text "the Chairman sign them." ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/470-496> .

<meeting/sscsc/2016-12-12/attendance/john-francis> a ckg:Attendance ;
    ckg:attendee <person/john-francis> ;
    ckg:attendanceStatus ckg:Present ;
    ckg:capacity <post/chairman> ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/90-120> .

<person/john-francis> a ckg:Person ;
    rdfs:label "John Francis" ;
    foaf:name "John Francis" ;
    prov:wasDerivedFrom <source/minutes> .

<post/chairman> a ckg:Post ;
    rdfs:label "Chairman" .

<source/minutes/span/0-80> a ckg:Evidence ;
    oa:exact "Minutes of the Safe and Strong Communities Select Committee Meeting" ;
    oa:start 0 ; oa:end 80 ; ckg:inDocument <source/minutes> .
<source/minutes/span/90-120> a ckg:Evidence ;
    oa:exact "Present: John Francis (Chairman)" ;
    oa:start 90 ; oa:end 120 ; ckg:inDocument <source/minutes> .
<source/minutes/span/300-380> a ckg:Evidence ;
    oa:exact "29. Minutes of the Safe & Strong Communities Select Committee held on" ;
    oa:start 300 ; oa:end 380 ; ckg:inDocument <source/minutes> .
<source/minutes/span/400-470> a ckg:Evidence ;
    oa:exact "RESOLVED – That the minutes be confirmed" ;
    oa:start 400 ; oa:end 470 ; ckg:inDocument <source/minutes> .
<source/minutes/span/470-496> a ckg:Evidence ;
    oa:exact "a) the Chairman sign them." ;
    oa:start 470 ; oa:end 496 ; ckg:inDocument <source/minutes> .
<source/minutes/span/600-614> a ckg:Evidence ;
    oa:exact "Exempt minutes" ;
    oa:start 600 ; oa:end 614 ; ckg:inDocument <source/minutes> .
"""


def node(path: str) -> URIRef:
    return URIRef(ID + path)


MEETING = node("meeting/sscsc/2016-12-12")
EARLIER_MEETING = node("meeting/sscsc/2016-11-09")
ITEM = node("meeting/sscsc/2016-12-12/item/29")
RESOLUTION = node("meeting/sscsc/2016-12-12/item/29/resolution/1")
ATTENDANCE = node("meeting/sscsc/2016-12-12/attendance/john-francis")
EVIDENCE = node("source/minutes/span/0-80")
SOURCE = node("source/minutes")


def run_shapes(data: Graph, ontology: Graph, shapes: Graph, **kwargs: bool) -> tuple[bool, list]:
    """Validate as the tool does (no inference); the results as (focus, shape, severity)."""
    conforms, report, _ = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", **kwargs
    )
    results = [
        (report.value(r, SH.focusNode), report.value(r, SH.sourceShape),
         report.value(r, SH.resultSeverity))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return bool(conforms), results


def valid_data() -> Graph:
    return Graph().parse(data=VALID_DATA, format="turtle")


def test_valid_data_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, results = run_shapes(valid_data(), ontology, shapes)
    assert conforms, results
    assert results == []


def _drop(s: URIRef, p: URIRef) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((s, p, None))
    return mutate


def _add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.add((s, p, o))
    return mutate


def _set(s: URIRef, p: URIRef, o: URIRef | Literal) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((s, p, o))
    return mutate


def _unlink_resolution(g: Graph) -> None:
    g.remove((None, ckg("hasResolution"), RESOLUTION))


def _swap_offsets(g: Graph) -> None:
    g.set((EVIDENCE, URIRef(OA + "start"), Literal(10)))
    g.set((EVIDENCE, URIRef(OA + "end"), Literal(5)))


BROKEN: dict[str, tuple[Callable[[Graph], None], URIRef, URIRef]] = {
    "attendance without status": (
        _drop(ATTENDANCE, ckg("attendanceStatus")), ATTENDANCE, ckgsh("Attendance-status"),
    ),
    "attendance with a status outside the list": (
        _set(ATTENDANCE, ckg("attendanceStatus"), ckg("Open")),
        ATTENDANCE, ckgsh("Attendance-status"),
    ),
    "item in two meetings": (
        _add(ITEM, ckg("meeting"), EARLIER_MEETING), ITEM, ckgsh("AgendaItem-meeting"),
    ),
    "item at position 0": (
        _set(ITEM, ckg("position"), Literal(0)), ITEM, ckgsh("AgendaItem-position"),
    ),
    "resolution belonging to no item": (
        _unlink_resolution, RESOLUTION, ckgsh("Resolution-item"),
    ),
    "evidence with a negative start": (
        _set(EVIDENCE, URIRef(OA + "start"), Literal(-1)), EVIDENCE, ckgsh("Evidence-start"),
    ),
    "evidence ending before it starts": (
        _swap_offsets, EVIDENCE, ckgsh("Evidence-order"),
    ),
    "meeting without evidence": (
        _drop(MEETING, ckg("evidence")), MEETING, ckgsh("Meeting-evidence"),
    ),
    "source document with an upper-case digest": (
        _set(SOURCE, ckg("sha256"), Literal("E3B0C442" * 8)), SOURCE,
        ckgsh("SourceDocument-sha256"),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_data_is_a_violation(ontology: Graph, shapes: Graph, case: str) -> None:
    mutate, focus, shape = BROKEN[case]
    data = valid_data()
    mutate(data)
    conforms, results = run_shapes(data, ontology, shapes)
    assert not conforms
    assert (focus, shape, SH.Violation) in results, results


def test_meeting_without_date_is_only_a_warning(ontology: Graph, shapes: Graph) -> None:
    data = valid_data()
    data.remove((MEETING, ckg("date"), None))
    conforms, results = run_shapes(data, ontology, shapes)
    assert results == [(MEETING, ckgsh("Meeting-dateMissing"), SH.Warning)]
    assert not conforms  # pyshacl reports warnings as non-conformance unless allowed
    conforms, _ = run_shapes(data, ontology, shapes, allow_warnings=True)
    assert conforms


def test_same_meeting_from_two_documents_conforms(ontology: Graph, shapes: Graph) -> None:
    """The union of two documents' graphs describing one meeting is still valid."""
    data = valid_data()
    other = node("source/agenda-page")
    data.add((other, RDF.type, ckg("SourceDocument")))
    data.add((other, ckg("location"), Literal("https://example.org/mgAi.aspx",
                                               datatype=XSD.anyURI)))
    data.add((other, ckg("sha256"), Literal("0" * 64)))
    data.add((other, ckg("ingestedAt"), Literal("2024-05-02T10:00:00Z", datatype=XSD.dateTime)))
    span = node("source/agenda-page/span/10-40")
    data.add((span, RDF.type, ckg("Evidence")))
    data.add((span, URIRef(OA + "exact"), Literal("Minutes of the meeting held on 9 November")))
    data.add((span, URIRef(OA + "start"), Literal(10)))
    data.add((span, URIRef(OA + "end"), Literal(40)))
    data.add((span, ckg("inDocument"), other))
    for subject in (MEETING, ITEM):
        data.add((subject, PROV.wasDerivedFrom, other))
        data.add((subject, ckg("evidence"), span))
    data.add((ITEM, DCTERMS.title, Literal("Minutes of the meeting held on 9 November 2016")))
    data.add((ITEM, ckg("position"), Literal(2)))
    conforms, results = run_shapes(data, ontology, shapes)
    assert conforms, results


def test_shapes_are_readable_and_use_declared_terms(ontology: Graph, shapes: Graph) -> None:
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, SH.targetClass) is not None, shape
        assert shapes.value(shape, SH.name) is not None, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.name) is not None or shapes.value(
                prop, SH.message
            ) is not None, (shape, prop)
    used = {n for triple in shapes for n in triple if isinstance(n, URIRef)
            and str(n).startswith(NS)}
    declared = own_terms(ontology)
    assert used <= declared, sorted(used - declared)


FOLLOWUP_DATA = """
@base <https://w3id.org/committee-kg/id/> .
@prefix ckg: <https://w3id.org/committee-kg/ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<meeting/sscsc/2016-12-12/item/29> ckg:hasFollowUp <meeting/sscsc/2016-12-12/item/29/followup/1> ;
    ckg:refersToMeeting <meeting/sscsc/2017-03> ;
    ckg:concerns <programme/breathing-space> .
<meeting/sscsc/2016-12-12/item/29/followup/1> a ckg:FollowUpRequest ;
    ckg:text "the action plan be included on the March meeting" ;
    ckg:status ckg:Open ;
    ckg:requestedBy <committee/sscsc> ;
    ckg:dueText "the March meeting" ;
    ckg:dueDate "2017-03-31"^^xsd:date ;
    ckg:evidence <source/minutes/span/400-470> .
<meeting/sscsc/2017-03> a ckg:Meeting ;
    ckg:committee <committee/sscsc> ;
    ckg:month "2017-03"^^xsd:gYearMonth ;
    prov:wasDerivedFrom <source/minutes> ;
    ckg:evidence <source/minutes/span/400-470> .
<programme/breathing-space> a ckg:Programme ;
    skos:prefLabel "Breathing Space project" .
"""
FOLLOWUP = node("meeting/sscsc/2016-12-12/item/29/followup/1")


def followup_data() -> Graph:
    return valid_data().parse(data=FOLLOWUP_DATA, format="turtle")


def test_followups_and_month_meetings_conform(ontology: Graph, shapes: Graph) -> None:
    conforms, results = run_shapes(followup_data(), ontology, shapes)
    assert conforms, results


@pytest.mark.parametrize(
    "mutate",
    [
        _drop(FOLLOWUP, ckg("status")),
        _set(FOLLOWUP, ckg("status"), ckg("Present")),
        _drop(FOLLOWUP, ckg("requestedBy")),
        _add(FOLLOWUP, ckg("text"), Literal("a second wording")),
        _drop(FOLLOWUP, ckg("evidence")),
        lambda g: g.remove((None, ckg("hasFollowUp"), FOLLOWUP)),
    ],
    ids=["no-status", "wrong-status", "no-requester", "two-texts", "no-evidence", "no-item"],
)
def test_broken_followup_is_a_violation(ontology: Graph, shapes: Graph, mutate) -> None:
    data = followup_data()
    mutate(data)
    conforms, results = run_shapes(data, ontology, shapes)
    assert not conforms
    assert (FOLLOWUP, SH.Violation) in {(focus, sev) for focus, _, sev in results}, results


def test_programme_without_a_name_is_a_violation(ontology: Graph, shapes: Graph) -> None:
    data = followup_data()
    data.remove((node("programme/breathing-space"), SKOS.prefLabel, None))
    conforms, results = run_shapes(data, ontology, shapes)
    assert not conforms
    assert node("programme/breathing-space") in {focus for focus, _, _ in results}
