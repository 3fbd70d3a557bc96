"""The action log: ``kg followups`` lists what committees asked for or were promised.

A follow-up is Open until a later meeting of the same committee takes an item that answers
it (then Fulfilled, found by ``kg.lifecycle`` when documents are ingested). Overdue is not
stored: an open follow-up is overdue when its due date has passed on the day you ask (or the
``as_of`` date you give), so the list is right whenever it is read.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import pyoxigraph as ox

from kg.namespaces import CKG_IRI as CKG  # the vocabulary's IRI, a string: no rdflib
from kg.queries import NamedQuery, bundled
from kg.queries import excel_safe as safe_cell
from kg.store import GraphStore
from kg.wording import fold

#: What a request made in the text no item holds (ckg:meetingFollowUp: a public session
#: before the first item) shows for its item's title: it has no item.
OUTSIDE_ITEMS = "Outside the items"
STATUSES = ("open", "fulfilled", "overdue", "all")
FIELDS = ("meeting_date", "committee", "number", "title", "text", "status", "requested_by",
          "assigned_to",
          "due_text", "due_date", "fulfilled_by", "fulfilled_date", "fulfilled_title",
          "confidence", "followup", "item", "meeting", "committee_iri")

_COMMITTEES = """
SELECT ?committee ?label WHERE {
  ?committee a ckg:Committee ; ?p ?label .
  FILTER (?p IN (skos:prefLabel, skos:altLabel, rdfs:label))
}
"""


class FollowupsError(ValueError):
    """Options that cannot be answered; the message is one line."""


def known_status(status: str) -> str:
    """``status`` as :func:`followups` reads it, or a :class:`FollowupsError` naming it:
    ``kg followups`` asks this before it opens the store, so that a mistyped status is
    said as such whether or not the store is there."""
    status = status.strip().lower()  # "Fulfilled", as the table prints it, is meant too
    if status not in STATUSES:
        raise FollowupsError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
    return status


def committee_iris(store: GraphStore, committee: str) -> list[str]:
    """The committees a name (any of its names, however printed) or IRI stands for."""
    key = fold(committee)
    found = set()
    for sol in store.query(_COMMITTEES):
        iri = sol["committee"].value
        if committee == iri or fold(sol["label"].value) == key:
            found.add(iri)
    return sorted(found)


def followups(
    store: GraphStore,
    *,
    status: str = "open",
    committee: str | None = None,
    since: date | None = None,
    assigned_to: str | None = None,
    as_of: date | None = None,
) -> list[dict]:
    """Follow-ups, oldest meeting first, as dicts with ``text``, ``status`` ("Open",
    "Overdue" or "Fulfilled"), ``meeting_date``, ``committee``, ``item``, ``assigned_to``,
    ``due_text``, ``due_date`` and, once fulfilled, the item that answered it.

    ``status`` is open (overdue ones included), fulfilled, overdue or all; ``committee`` a
    committee's name or IRI; ``since`` the earliest meeting date; ``assigned_to`` words of
    the post's, person's or organisation's name; ``as_of`` the day overdue is judged on."""
    status = known_status(status)
    today = as_of or date.today()
    named = NamedQuery.from_file(bundled()["followups"])
    bindings: dict[str, ox.NamedNode] = {}
    if status in ("open", "overdue"):
        bindings["status"] = ox.NamedNode(CKG + "Open")
    elif status == "fulfilled":
        bindings["status"] = ox.NamedNode(CKG + "Fulfilled")
    runs: list[dict[str, ox.NamedNode]] = [bindings]
    if committee:
        iris = committee_iris(store, committee)
        if not iris:
            # Worded for the web page's filter as well as for the command's option.
            raise FollowupsError(f"committee {committee!r}: no committee of that name or IRI")
        runs = [{**bindings, "committee": ox.NamedNode(iri)} for iri in iris]
    wanted = fold(assigned_to) if assigned_to else ""
    rows: dict[str, dict] = {}
    for run in runs:
        for sol in store.query(named.text, run):
            row = _row(sol, today)
            if since and (not row["meeting_date"] or row["meeting_date"] < since.isoformat()):
                continue
            if wanted and wanted not in fold(row["assigned_to"] or ""):
                continue
            if status == "overdue" and row["status"] != "Overdue":
                continue
            old = rows.get(row["followup"])
            if old is None or _order(row) < _order(old):
                rows[row["followup"]] = row  # one row per follow-up, the same one every time
    ordered = sorted(rows.values(), key=lambda r: (r["meeting_date"] is None,
                                                   r["meeting_date"] or "", r["committee"],
                                                   r["_position"], r["followup"]))
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in ordered]


def _order(row: dict) -> tuple:
    return tuple("" if row[k] is None else str(row[k]) for k in FIELDS)


def _v(sol, name: str) -> str | None:
    term = sol[name]
    return term.value if term is not None else None


def _row(sol, today: date) -> dict:
    status = (_v(sol, "status") or "").removeprefix(CKG)
    due = _v(sol, "dueDate")
    if status == "Open" and due and date.fromisoformat(due) < today:
        status = "Overdue"
    confidence = _v(sol, "confidence")
    return {
        "meeting_date": _v(sol, "date"),
        "committee": _v(sol, "committeeName"),
        "number": _v(sol, "number"),
        "title": _v(sol, "title") or OUTSIDE_ITEMS,
        "text": _v(sol, "text"),
        "status": status,
        "requested_by": _v(sol, "requestedBy"),
        "assigned_to": _v(sol, "assignedTo"),
        "due_text": _v(sol, "dueText"),
        "due_date": due,
        "fulfilled_by": _v(sol, "fulfilledBy"),
        "fulfilled_date": _v(sol, "fulfilledDate"),
        "fulfilled_title": _v(sol, "fulfilledTitle"),
        "confidence": float(confidence) if confidence else None,
        "followup": _v(sol, "followup"),
        "item": _v(sol, "item"),
        "meeting": _v(sol, "meeting"),
        "committee_iri": _v(sol, "committee"),
        "_position": int(_v(sol, "position") or 0),
    }


def to_csv(rows: list[dict], *, excel_safe: bool = False) -> str:
    """The action log as CSV. ``excel_safe`` puts a quote before each cell a spreadsheet
    would run as a formula (a follow-up quoting "=HYPERLINK(…)", a bullet "- …")."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(FIELDS), lineterminator="\n",
                       extrasaction="ignore")
    w.writeheader()
    for r in rows:
        cells = {k: "" if r.get(k) is None else r[k] for k in FIELDS}
        if excel_safe:
            cells = {k: safe_cell(v) if isinstance(v, str) else v for k, v in cells.items()}
        w.writerow(cells)
    return buf.getvalue()
