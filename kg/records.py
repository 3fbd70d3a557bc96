"""Plain records of what the extractor found, each with the span of source text it came from.

These are the hand-off between the extractor and the ontology mapping: nothing here knows
about RDF, so extraction can be tested on its own and the mapping can be tested without
running the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


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


@dataclass
class Attendee:
    name: str
    status: str  # "Present" | "Apologies" | "AlsoInAttendance" | "Absent"
    span: Span
    capacity: str | None = None
    capacity_span: Span | None = None


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
    warnings: list[str] = field(default_factory=list)

    @property
    def resolutions(self) -> list[Resolution]:
        return [r for item in self.items for r in item.resolutions]
