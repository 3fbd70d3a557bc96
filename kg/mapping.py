"""Map extracted records to triples: the one module that knows the ontology's IRIs.

Data IRIs are readable and stable, built from what the minutes say rather than from where
they were read, so the same meeting gets the same IRI from any document that names it:
``meeting/<committee-slug>/<date>``, ``…/item/<number>``, ``person/<name-slug>`` (a surname
alone: ``person/<committee-slug>/<surname>``), ``post/<title-slug>``. Documents ingested for
a council (``kg ingest --council``) scope their committees and meetings by it, so two
councils' "Cabinet" are two committees:
``council/<council-slug>``, ``committee/<council-slug>/<committee-slug>``,
``meeting/<council-slug>/<committee-slug>/<date>``. Evidence nodes are named after their
source and offsets, so re-reading a document mints the same IRIs again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.committees import CommitteeAliases
from kg.namespaces import (
    CKG,
    DCTERMS,
    FOAF,
    OA,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    data_base,
)
from kg.patterns import Patterns, without_the
from kg.patterns import load as load_patterns
from kg.records import (
    Attendee,
    Item,
    MeetingMention,
    MeetingRef,
    MeetingText,
    Minutes,
    Span,
)

if TYPE_CHECKING:
    from kg.records import Fulfilment
    from kg.resolve import Resolution
    from kg.topics import TopicMatch

STATUS = {
    "Present": CKG.Present,
    "Apologies": CKG.Apologies,
    "AlsoInAttendance": CKG.AlsoInAttendance,
    "Absent": CKG.Absent,
}
UNIDENTIFIED_COMMITTEE = "Unidentified committee"


@dataclass(frozen=True)
class ProseTerms:
    """The properties that hang what prose says on its holder: the core ones on an agenda
    item; on the meeting, for the text no item holds (a public session, a police report
    before the first item), the extension properties declared beside them, since the core
    ``ckg:mentions``, ``ckg:hasFollowUp`` and ``ckg:refersToMeeting`` are an item's."""

    mentions: URIRef
    concerns: URIRef | None
    follow_up: URIRef
    refers_to: URIRef


ITEM_LEVEL = ProseTerms(CKG.mentions, CKG.concerns, CKG.hasFollowUp, CKG.refersToMeeting)
MEETING_LEVEL = ProseTerms(CKG.meetingMentions, None, CKG.meetingFollowUp,
                           CKG.meetingRefersTo)


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = s.casefold().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


@dataclass(frozen=True)
class Source:
    """What the graph records of a source document."""

    location: str
    name: str
    sha256: str
    media_type: str
    ingested_at: datetime

    @property
    def key(self) -> str:
        """Readable and unique: the file's name, and a hash of where it was read from."""
        where = hashlib.sha256(self.location.encode()).hexdigest()[:10]
        return f"{slug(self.name.rsplit('.', 1)[0])[:60]}-{where}"


def source_iri(source: Source, base: str | None = None) -> URIRef:
    """The source document's IRI, which also names the graph holding its triples."""
    return URIRef(f"{base or data_base()}source/{source.key}")


def council_iri(name: str, base: str | None = None) -> URIRef:
    """The IRI of the council a run of ``kg ingest --council NAME`` ingests for."""
    return URIRef(f"{base or data_base()}council/{slug(name)}")


def _scope(council: str | None) -> str:
    """The path segment a council's IRI (``…/council/<slug>``) gives its committees and
    meetings ("" for none)."""
    return council.rsplit("/", 1)[-1] + "/" if council else ""


def committee_iri(name: str, aliases: CommitteeAliases, base: str | None = None,
                  council: str | None = None) -> str:
    """The IRI a committee of this name gets (through the alias table), within the council
    whose IRI is ``council`` (none: the unscoped ``committee/<slug>``)."""
    base = base or data_base()
    return f"{base}committee/{_scope(council)}{slug(aliases.resolve(name))}"


class Minter:
    """Builds IRIs under the data base (``KG_BASE``); committees and meetings within the
    council (its name) the document belongs to, if one was given."""

    def __init__(self, aliases: CommitteeAliases, patterns: Patterns, base: str | None = None,
                 council: str | None = None, document: str | None = None):
        self.base = base or data_base()
        self.aliases = aliases
        self.honorifics = sorted(patterns.honorifics, key=len, reverse=True)
        self.council_name = council
        self.council = council_iri(council, self.base) if council else None
        self.document = document

    def iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def committee(self, name: str) -> URIRef:
        iri = committee_iri(name, self.aliases, self.base,
                            str(self.council) if self.council else None)
        if self.document and self.aliases.resolve(name) == UNIDENTIFIED_COMMITTEE:
            # A page that names no committee: nothing says two such pages are one body's, so
            # each keeps its own (with the meetings it refers to and the surnames it prints),
            # and two councils' nameless pages never share a meeting or a "Councillor Patel".
            iri += f"-{self.document}"
        return URIRef(iri)

    def meeting(self, committee: str, when: date | None, source: Source) -> URIRef:
        day = when.isoformat() if when else f"undated-{source.sha256[:12]}"
        return self.meeting_on(committee, day)

    def meeting_on(self, committee: str, day: str) -> URIRef:
        """The committee's meeting on ``day`` (an ISO date, a month, or ``undated-…``)."""
        return URIRef(f"{self.base}meeting/{self.committee_key(committee)}/{day}")

    def source(self, source: Source) -> URIRef:
        return source_iri(source, self.base)

    def person_name(self, name: str) -> str:
        """The name without honorifics: "Mrs Sally Markham" and "Sally Markham" are one person."""
        words = name.split()
        while words and any(words[0].casefold() == h.casefold() for h in self.honorifics):
            words = words[1:]
        return " ".join(words) or name

    def person(self, name: str, committee: str | None = None) -> URIRef:
        """A person by their name. A surname alone ("Councillor Snape") is minted within the
        committee whose minutes name them (``person/<committee-key>/<surname>``): across a
        country's councils many members share a surname, and one IRI cannot be split later.
        Resolution joins such a node to the one full name of that committee it fits."""
        name = self.person_name(name)
        if committee is not None and len(name.split()) == 1:
            return URIRef(f"{self.base}person/{self.committee_key(committee)}/{slug(name)}")
        return self.iri("person", slug(name))

    def committee_key(self, name: str) -> str:
        """The committee's IRI below ``committee/``: ``<slug>``, or ``<council>/<slug>``."""
        return str(self.committee(name))[len(f"{self.base}committee/"):]

    def post(self, title: str) -> URIRef:
        """A post by its title; within the council, when the document is a council's: two
        councils' "Leader" are two posts, held by different people."""
        return self.scoped("post", title)

    def programme(self, name: str) -> URIRef:
        """A programme by its name; within the council, when the document is a council's:
        two councils' "Libraries Strategy" are two strategies."""
        return self.scoped("programme", name)

    def scoped(self, kind: str, name: str) -> URIRef:
        key = slug(without_the(name, any_case=True))
        return URIRef(f"{self.base}{kind}/{_scope(str(self.council) if self.council else None)}"
                      f"{key}")


def meeting_iri_parts(iri: str, base: str | None = None) -> tuple[str, str] | None:
    """A meeting IRI's committee key (``<slug>``, or ``<council-slug>/<slug>`` for a
    council's committee) and day (``2018-03-05``, a month, or ``undated-…``); ``None`` for
    an IRI this mapping did not mint as a meeting's (its items and the like included)."""
    prefix = f"{base or data_base()}meeting/"
    if not iri.startswith(prefix):
        return None
    parts = iri[len(prefix):].split("/")
    if len(parts) not in (2, 3) or not all(parts):
        return None
    return "/".join(parts[:-1]), parts[-1]


def rebase_meeting(iri: str, committee: str, base: str | None = None) -> str:
    """The IRI the meeting ``iri`` gets when its committee is known by the IRI ``committee``:
    the same day under the committee's canonical slug (``iri`` itself if either IRI is not
    one this mapping mints)."""
    base = base or data_base()
    parts = meeting_iri_parts(iri, base)
    if parts is None or not committee.startswith(f"{base}committee/"):
        return iri
    return f"{base}meeting/{committee[len(base) + len('committee/'):]}/{parts[1]}"


def resolution_graph(resolution: Resolution) -> Graph:
    """What resolution decided, as triples: ``owl:sameAs`` from each variant IRI to its
    canonical one, the one ``skos:prefLabel`` chosen where several were printed, and the
    variants' names as ``skos:altLabel`` of the canonical node."""
    g = Graph()
    for variant, canonical in sorted(resolution.same_as.items()):
        g.add((URIRef(variant), OWL.sameAs, URIRef(canonical)))
    for node, label in sorted(resolution.pref_labels.items()):
        g.add((URIRef(node), SKOS.prefLabel, Literal(label)))
    for node, labels in sorted(resolution.alt_labels.items()):
        for label in sorted(labels):
            g.add((URIRef(node), SKOS.altLabel, Literal(label)))
    return g


def fulfilment_graph(fulfilments: list[Fulfilment]) -> Graph:
    """Follow-ups a later item answered: ``ckg:fulfilledBy`` the item, status
    ``ckg:Fulfilled``, the ``ckg:confidence`` of the link, and a ``ckg:Fulfilment`` node
    that keeps why (``rdfs:comment``) and the evidence of both ends (the request's words and
    the answering item's title) with their source documents."""
    g = Graph()
    for f in fulfilments:
        request, item = URIRef(f.request), URIRef(f.item)
        confidence = Literal(f"{f.confidence:.2f}", datatype=XSD.decimal)
        g.add((request, CKG.fulfilledBy, item))
        g.add((request, CKG.status, CKG.Fulfilled))
        g.add((request, CKG.confidence, confidence))
        link = URIRef(f"{f.request}/fulfilment")
        g.add((request, CKG.fulfilment, link))
        g.add((link, RDF.type, CKG.Fulfilment))
        g.add((link, CKG.confidence, confidence))
        g.add((link, RDFS.comment, Literal(f.reason)))
        for evidence in sorted(f.evidence):
            g.add((link, CKG.evidence, URIRef(evidence)))
        for source in sorted(f.sources):
            g.add((link, PROV.wasDerivedFrom, URIRef(source)))
    return g


def to_graph(
    minutes: Minutes,
    source: Source,
    aliases: CommitteeAliases,
    patterns: Patterns | None = None,
    base: str | None = None,
    council: str | None = None,
) -> Graph:
    """All the triples one document gives, ready to be stored as that document's graph;
    ``council`` names the council the document belongs to (its committees, and the meetings
    it refers to, are that council's)."""
    minter = Minter(aliases, patterns or load_patterns(), base, council, source.sha256[:12])
    return _Mapper(minutes, source, minter).run()


class _Mapper:
    def __init__(self, minutes: Minutes, source: Source, minter: Minter):
        self.m, self.source, self.mint = minutes, source, minter
        self.g = Graph()
        self.src = minter.source(source)

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.g.add((s, p, o))

    def evidence(self, node: URIRef, span: Span | None) -> None:
        """Tie a node to the exact words it came from, and to their document."""
        self.add(node, PROV.wasDerivedFrom, self.src)
        if span is None:
            return
        ev = URIRef(f"{self.src}/span/{span.start}-{span.end}")
        self.add(node, CKG.evidence, ev)
        self.add(ev, RDF.type, CKG.Evidence)
        self.add(ev, OA.exact, Literal(span.exact))
        self.add(ev, OA.start, Literal(span.start))
        self.add(ev, OA.end, Literal(span.end))
        self.add(ev, CKG.inDocument, self.src)

    def run(self) -> Graph:
        self.source_document()
        committee_name = self.m.committee or UNIDENTIFIED_COMMITTEE
        committee = self.committee(committee_name, self.m.committee_span)
        meeting = self.mint.meeting(committee_name, self.m.date, self.source)
        self.meeting = meeting
        self.committee_name = committee_name
        self.add(meeting, RDF.type, CKG.Meeting)
        self.add(meeting, CKG.committee, committee)
        label = f"{self.mint.aliases.resolve(committee_name)}, "
        label += self.m.date.isoformat() if self.m.date else "date not printed"
        self.add(meeting, RDFS.label, Literal(label))
        if self.m.date:
            self.add(meeting, CKG.date, Literal(self.m.date, datatype=XSD.date))
        if self.m.start_time:
            self.add(meeting, CKG.startTime, Literal(self.m.start_time, datatype=XSD.time))
        if self.m.venue:
            self.add(meeting, CKG.venue, Literal(self.m.venue))
        self.evidence(meeting, self.m.date_span or self.m.committee_span or self.first_span())
        items_by_number: dict[str, URIRef] = {}
        self.item_nodes: list[URIRef] = []
        for item in self.m.items:
            node = self.item(item)
            self.item_nodes.append(node)
            items_by_number[item.number or ""] = node
        for item in self.m.items:
            if item.parent_number:
                self.add(
                    items_by_number[item.number or ""], CKG.parentItem,
                    items_by_number[item.parent_number],
                )
        self.attendance()
        for contact in self.m.contacts:
            self.add(meeting, CKG.contact, self.named(contact.kind, contact.label, [],
                                                     contact.span))
        for item, node in zip(self.m.items, self.item_nodes, strict=True):
            self.prose(item, node)
        self.prose(self.m.outside, meeting, MEETING_LEVEL)
        return self.g

    def first_span(self) -> Span | None:
        return self.m.items[0].title_span if self.m.items else None

    def source_document(self) -> None:
        s, src = self.source, self.src
        self.add(src, RDF.type, CKG.SourceDocument)
        self.add(src, RDFS.label, Literal(s.name))
        self.add(src, CKG.location, Literal(s.location, datatype=XSD.anyURI))
        self.add(src, CKG.sha256, Literal(s.sha256))
        self.add(src, DCTERMS.format, Literal(s.media_type))
        when = s.ingested_at.astimezone(UTC).replace(microsecond=0)
        self.add(src, CKG.ingestedAt, Literal(when, datatype=XSD.dateTime))

    def committee(self, name: str, span: Span | None) -> URIRef:
        node = self.mint.committee(name)
        canonical = self.mint.aliases.resolve(name)
        self.add(node, RDF.type, CKG.Committee)
        self.add(node, SKOS.prefLabel, Literal(canonical))
        self.add(node, RDFS.label, Literal(canonical))
        if name != canonical:
            self.add(node, RDFS.label, Literal(name))
            self.add(node, SKOS.altLabel, Literal(name))
        self.evidence(node, span)
        if self.mint.council is not None:
            self.add(node, ORG.subOrganizationOf, self.mint.council)
            self.add(self.mint.council, RDF.type, CKG.Council)
            self.add(self.mint.council, RDF.type, ORG.Organization)
            self.add(self.mint.council, RDFS.label, Literal(self.mint.council_name))
            self.add(self.mint.council, PROV.wasDerivedFrom, self.src)
        return node

    def item(self, item: Item) -> URIRef:
        key = slug(item.number) if item.number else f"at-{item.position}"
        node = URIRef(f"{self.meeting}/item/{key}")
        self.add(node, RDF.type, CKG.AgendaItem)
        self.add(self.meeting, CKG.hasItem, node)
        self.add(node, CKG.meeting, self.meeting)
        self.add(node, CKG.position, Literal(item.position))
        self.add(node, DCTERMS.title, Literal(item.title))
        self.add(node, RDFS.label, Literal(f"{item.number} {item.title}" if item.number
                                           else item.title))
        if item.number:
            self.add(node, CKG.itemNumber, Literal(item.number))
        if item.text:
            self.add(node, CKG.minutesText, Literal(item.text))
        self.add(node, CKG.exempt, Literal(item.exempt))
        for paragraph in item.exemption_paragraphs:
            self.add(node, CKG.exemptionParagraph, Literal(paragraph))
        self.evidence(node, item.title_span)
        for k, doc in enumerate(item.documents, start=1):
            d = URIRef(f"{node}/document/{k}")
            self.add(d, RDF.type, CKG.Document)
            self.add(d, DCTERMS.title, Literal(doc.title))
            self.add(d, RDFS.label, Literal(doc.title))
            if doc.format:
                self.add(d, CKG.fileFormat, Literal(doc.format))
            if doc.size:
                self.add(d, CKG.fileSize, Literal(doc.size))
            self.add(node, CKG.hasDocument, d)
            self.evidence(d, doc.span)
        for k, res in enumerate(item.resolutions, start=1):
            r = URIRef(f"{node}/resolution/{k}")
            self.add(r, RDF.type, CKG.Resolution)
            self.add(r, CKG.text, Literal(res.text))
            self.add(node, CKG.hasResolution, r)
            self.evidence(r, res.span)
            for j, clause in enumerate(res.clauses, start=1):
                c = URIRef(f"{r}/clause/{slug(clause.label) if clause.label else j}")
                self.add(c, RDF.type, CKG.ResolutionClause)
                self.add(c, CKG.label, Literal(clause.label or str(j)))
                self.add(c, CKG.text, Literal(clause.text))
                self.add(r, CKG.hasClause, c)
                self.evidence(c, clause.span)
        if item.presented_by:
            self.add(node, CKG.presentedBy, self.post(item.presented_by, item.presented_by_span))
        if item.confirms_minutes_of:
            self.add(node, CKG.confirmsMinutesOf, self.referred_meeting(item.confirms_minutes_of))
        return node

    def post(self, title: str, span: Span | None) -> URIRef:
        node = self.mint.post(title)
        self.add(node, RDF.type, CKG.Post)
        if self.mint.council is not None:
            self.add(node, ORG.postIn, self.mint.council)
        self.add(node, RDFS.label, Literal(title))
        self.add(node, SKOS.prefLabel, Literal(title))
        self.evidence(node, span)
        return node

    def referred_meeting(self, ref: MeetingRef) -> URIRef:
        """A meeting the text names: the same IRI its own minutes give it when ingested."""
        name = ref.committee or self.committee_name
        node = self.mint.meeting(name, ref.date, self.source)
        committee = self.committee(name, ref.span if ref.committee else None)
        self.add(node, RDF.type, CKG.Meeting)
        self.add(node, CKG.committee, committee)
        self.add(node, CKG.date, Literal(ref.date, datatype=XSD.date))
        self.add(node, RDFS.label, Literal(f"{self.mint.aliases.resolve(name)}, {ref.date}"))
        self.evidence(node, ref.span)
        return node

    # -- what the prose says -------------------------------------------------------------

    def named(self, kind: str, label: str, aliases: list[str], span: Span | None) -> URIRef:
        """The node for a post, person, organisation or programme, by its normalised name."""
        cls = {"post": CKG.Post, "person": CKG.Person, "organisation": CKG.Organisation,
               "programme": CKG.Programme}[kind]
        if kind == "person":
            node = self.mint.person(label, self.committee_name)
            self.add(node, FOAF.name, Literal(self.mint.person_name(label)))
        elif kind == "post":
            node = self.mint.post(label)
            if self.mint.council is not None:
                self.add(node, ORG.postIn, self.mint.council)
        elif kind == "programme":
            node = self.mint.programme(label)
        else:
            node = self.mint.iri(kind, slug(without_the(label, any_case=True)))
        self.add(node, RDF.type, cls)
        self.add(node, RDFS.label, Literal(label))
        self.add(node, SKOS.prefLabel, Literal(label))
        if kind == "programme":
            self.add(node, DCTERMS.title, Literal(label))
        for alias in aliases:
            if alias != label:
                self.add(node, SKOS.altLabel, Literal(alias))
        self.evidence(node, span)
        return node

    def prose(self, item: Item | MeetingText, node: URIRef,
              terms: ProseTerms = ITEM_LEVEL) -> None:
        """What an item's prose says, on the item; or what the text no item holds says, on
        the meeting (``MEETING_LEVEL``: the extension properties beside the core ones)."""
        named: dict[tuple[str, str], URIRef] = {}
        for m in item.mentions:
            target = self.named(m.kind, m.label, m.aliases, m.span)
            named[(m.kind, m.label)] = target
            self.add(node, terms.mentions, target)
            if m.kind == "programme" and terms.concerns is not None:
                self.add(node, terms.concerns, target)
        for h in item.held_by:
            post = named.get(("post", h.post)) or self.named("post", h.post, [], h.span)
            person = named.get(("person", h.person)) or self.named("person", h.person, [],
                                                                   h.span)
            self.add(post, ORG.heldBy, person)
        for k, f in enumerate(item.followups, start=1):
            fu = URIRef(f"{node}/followup/{k}")
            self.add(fu, RDF.type, CKG.FollowUpRequest)
            self.add(node, terms.follow_up, fu)
            self.add(fu, CKG.text, Literal(f.text))
            self.add(fu, CKG.status, CKG.Open)
            self.add(fu, RDFS.label, Literal(f.text if len(f.text) <= 80 else f.text[:77] + "…"))
            if f.due_text:
                self.add(fu, CKG.dueText, Literal(f.due_text))
            if f.due_date:
                self.add(fu, CKG.dueDate, Literal(f.due_date, datatype=XSD.date))
            self.add(fu, CKG.requestedBy, self.requester(f.requested_by, f.requested_kind, named))
            if f.assigned_to and f.assigned_kind:
                target = named.get((f.assigned_kind, f.assigned_to)) or self.named(
                    f.assigned_kind, f.assigned_to, [], None)
                self.add(fu, CKG.assignedTo, target)
            self.evidence(fu, f.span)
        for ref in item.meeting_refs:
            self.add(node, terms.refers_to, self.mentioned_meeting(ref))
        for topic in item.topics if isinstance(item, Item) else []:
            self.topic(node, topic)

    def requester(self, who: str | None, kind: str | None = None,
                  named: dict[tuple[str, str], URIRef] | None = None) -> URIRef:
        """Members and the committee ask as the committee; a named post or person asks as
        itself."""
        if who and kind in ("post", "person"):
            return (named or {}).get((kind, who)) or self.named(kind, who, [], None)
        if who and re.fullmatch(r"(?i)chair(?:man)?|vice[- ]chair(?:man)?", who):
            return self.named("post", who.capitalize(), [], None)
        return self.mint.committee(self.committee_name)

    def mentioned_meeting(self, ref: MeetingMention) -> URIRef:
        name = ref.committee or self.committee_name
        committee = self.committee(name, ref.span if ref.committee else None)
        if ref.precision == "day":
            node = self.mint.meeting(name, ref.date, self.source)
            self.add(node, CKG.date, Literal(ref.date, datatype=XSD.date))
            when = ref.date.isoformat()
        else:  # a month: no day is claimed
            when = ref.date.strftime("%Y-%m")
            node = self.mint.meeting_on(name, when)
            self.add(node, CKG.month, Literal(when, datatype=XSD.gYearMonth))
        self.add(node, RDF.type, CKG.Meeting)
        self.add(node, CKG.committee, committee)
        self.add(node, RDFS.label, Literal(f"{self.mint.aliases.resolve(name)}, {when}"))
        self.evidence(node, ref.span)
        return node

    def topic(self, item_node: URIRef, topic: TopicMatch) -> None:
        node = URIRef(topic.iri) if topic.iri else self.mint.iri("topic", slug(topic.label))
        self.add(node, RDF.type, CKG.Topic)
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.prefLabel, Literal(topic.label))
        self.add(node, RDFS.label, Literal(topic.label))
        for alias in topic.aliases:
            self.add(node, SKOS.altLabel, Literal(alias))
        self.add(item_node, CKG.concerns, node)
        if topic.new:
            self.add(node, PROV.wasDerivedFrom, self.src)

    def attendance(self) -> None:
        seen: dict[str, int] = {}
        for a in self.m.attendance:
            person = self.person(a)
            key = slug(self.mint.person_name(a.name))
            seen[key] = seen.get(key, 0) + 1
            suffix = key if seen[key] == 1 else f"{key}-{seen[key]}"
            node = URIRef(f"{self.meeting}/attendance/{suffix}")
            self.add(node, RDF.type, CKG.Attendance)
            self.add(self.meeting, CKG.hasAttendance, node)
            self.add(node, CKG.attendee, person)
            self.add(node, CKG.attendanceStatus, STATUS[a.status])
            if a.capacity:
                post = self.post(a.capacity, a.capacity_span)
                self.add(node, CKG.capacity, post)
                for alias in a.capacity_aliases:
                    self.add(post, SKOS.altLabel, Literal(alias))
            if a.organisation:
                self.add(node, CKG.onBehalfOf, self.named("organisation", a.organisation, [],
                                                          a.organisation_span))
            self.evidence(node, a.span)

    def person(self, a: Attendee) -> URIRef:
        node = self.mint.person(a.name, self.committee_name)
        self.add(node, RDF.type, CKG.Person)
        self.add(node, RDFS.label, Literal(a.name))
        self.add(node, FOAF.name, Literal(self.mint.person_name(a.name)))
        self.evidence(node, a.span)
        return node
