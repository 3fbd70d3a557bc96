"""Plain records of what the extractor found, each with the span of source text it came from.

These are the hand-off between the extractor and the ontology mapping: nothing here knows
about RDF, so extraction can be tested on its own and the mapping can be tested without
running the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.topics import TopicMatch


@dataclass(frozen=True)
class Span:
    """Character offsets into the source text (``text[start:end] == exact``)."""

    start: int
    end: int
    exact: str


@dataclass
class DocumentRef:
    """A report or attachment linked from an item ("pdf icon PDF 149 KB")."""

    title: str
    format: str | None
    size: str | None
    span: Span


@dataclass
class MeetingRef:
    """A meeting named in the text: its committee (as printed, if printed) and date."""

    committee: str | None
    date: date
    span: Span


@dataclass
class Clause:
    label: str
    text: str
    span: Span


@dataclass
class Resolution:
    marker: str
    text: str
    span: Span
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Item:
    number: str | None
    position: int
    title: str
    title_span: Span
    span: Span
    text: str = ""
    parent_number: str | None = None
    exempt: bool = False
    exemption_paragraphs: list[str] = field(default_factory=list)
    documents: list[DocumentRef] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    presented_by: str | None = None
    presented_by_span: Span | None = None
    confirms_minutes_of: MeetingRef | None = None
    # The agenda's text inside the item, not the minute: what ModernGov prints above
    # "Minutes:", and an agenda's standing words ("Items not on the agenda which the Chairman
    # … should be considered as a matter of urgency"). Nothing there was said or decided.
    agenda_spans: list[Span] = field(default_factory=list)
    # What the prose says (filled by kg.prose):
    mentions: list[Mention] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    meeting_refs: list[MeetingMention] = field(default_factory=list)
    held_by: list[HeldBy] = field(default_factory=list)
    topics: list[TopicMatch] = field(default_factory=list)


@dataclass
class Attendee:
    name: str
    status: str  # "Present" | "Apologies" | "AlsoInAttendance" | "Absent"
    span: Span
    capacity: str | None = None
    capacity_span: Span | None = None
    # The outside body the attendee came from or spoke for, as printed beside the name:
    # "Dr A Patel (NHS Westshire ICB)", "Ann Bell – Westshire Police", "…, Director of Public
    # Health, Westshire Council". Not a ward or place ("Cllr A Bell (Burton)").
    organisation: str | None = None
    organisation_span: Span | None = None
    # Other names of the capacity's post, as the prose gives its mentions' aliases: the post
    # without the body a roll prints after it ("Chief Officer, Westshire HSCP" → "Chief
    # Officer"), each post of a title that joins two ("Clerk/RFO" → "Clerk", "RFO"), the post
    # in a seat's brackets ("Westshire Council Member (Chair)" → "Chair").
    capacity_aliases: list[str] = field(default_factory=list)


@dataclass
class MeetingText:
    """What the page's text that no item holds says: a public session or open forum before
    the first item, the police's or ward councillors' reports, a presentation, notes after
    the last item (filled by kg.prose). Its names, requests and meetings are the meeting's,
    not any item's; it has the fields of an :class:`Item` that hold what prose says, so code
    may read both alike."""

    spans: list[Span] = field(default_factory=list)  # the stretches of text read
    mentions: list[Mention] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    meeting_refs: list[MeetingMention] = field(default_factory=list)
    held_by: list[HeldBy] = field(default_factory=list)


@dataclass
class Minutes:
    """Everything extracted from one source document."""

    committee: str | None
    committee_span: Span | None
    date: date | None
    date_span: Span | None
    start_time: time | None = None
    venue: str | None = None
    venue_span: Span | None = None
    items: list[Item] = field(default_factory=list)
    attendance: list[Attendee] = field(default_factory=list)
    contacts: list[Mention] = field(default_factory=list)  # "Contact: Helen Philby"
    warnings: list[str] = field(default_factory=list)
    outside: MeetingText = field(default_factory=MeetingText)

    @property
    def resolutions(self) -> list[Resolution]:
        return [r for item in self.items for r in item.resolutions]

    @property
    def prose(self) -> list[Item | MeetingText]:
        """Every holder of what the prose says: each item, then the text no item holds."""
        return [*self.items, self.outside]


@dataclass
class Mention:
    """A post, person, organisation or programme named in an item."""

    kind: str  # "post" | "person" | "organisation" | "programme"
    label: str  # the name as this document best prints it (a person without titles)
    span: Span
    aliases: list[str] = field(default_factory=list)


@dataclass
class FollowUp:
    """Something the committee asked for or was promised."""

    text: str
    span: Span
    requested_by: str | None = None
    requested_kind: str | None = None  # "post" or "person" when a named one asked
    assigned_to: str | None = None
    assigned_kind: str | None = None
    due_text: str | None = None
    due_date: date | None = None


@dataclass
class MeetingMention:
    """Another meeting the text refers to; ``precision`` is "day" or "month" (then ``date``
    is the first of the month and no day is claimed)."""

    committee: str | None
    date: date
    precision: str
    span: Span


@dataclass
class HeldBy:
    """The text says who holds a post: "Mary Lowther, Cabinet Member for …"."""

    post: str
    person: str
    span: Span


@dataclass(frozen=True)
class Fulfilment:
    """A later agenda item that answers a follow-up request (found across documents by
    ``kg.lifecycle``): how sure the link is (0–1), why, and the evidence of both ends."""

    request: str
    item: str
    confidence: float
    reason: str
    evidence: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
