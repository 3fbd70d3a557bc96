"""The ``/trace`` and ``/followups`` pages of ``kg serve``: issue 4's trace timeline and
action log (:mod:`kg.trace`, :mod:`kg.followups`) as pages, each row linked into the
explorer.

Plain HTML, no script: every piece of minutes text goes through Jinja's autoescaping, and
the server sends these pages with a policy that runs no script at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.requests import Request

from kg.endpoint import ProtocolError, check_params
from kg.explorer import templates
from kg.followups import followups
from kg.trace import nothing_found, trace

STATUSES = ("open", "overdue", "fulfilled", "all")


def explorer_link(iri: str | None) -> str | None:
    """The explorer, opened on one node."""
    return f"./?focus={quote(iri, safe='')}" if iri else None


def unknown_params(request: Request, known: tuple[str, ...]) -> str | None:
    """The error for parameters the page does not take, or None."""
    try:
        check_params(request.query_params, known)
    except ProtocolError as e:
        return e.message
    return None


TRACE_PARAMS = ("q",)
FOLLOWUP_PARAMS = ("status", "committee", "since", "assigned_to")


def trace_page(ex: Any, request: Request) -> tuple[str, int]:
    q = request.query_params.get("q", "").strip()[:200]
    entries: list[dict] = []
    error = unknown_params(request, TRACE_PARAMS)
    if q and not error:
        try:
            entries = trace(ex.store, q)
        except ValueError as e:  # kg.trace.TraceError: a query that cannot be traced
            error = str(e)
    for e in entries:
        e["explore_item"] = explorer_link(e.get("item"))
        e["explore_meeting"] = explorer_link(e.get("meeting"))
        for f in e.get("followups", []):
            f["explore_fulfilled_by"] = explorer_link(f.get("fulfilled_by"))
        for r in e.get("references", []):
            r["explore_meeting"] = explorer_link(r.get("meeting"))
    nothing = nothing_found(q) if q and not entries and not error else None
    html = templates().get_template("trace.html").render(
        q=q, entries=entries, error=error, links=ex.links(), nothing=nothing,
    )
    return html, 400 if error else 200


def followups_page(ex: Any, request: Request) -> tuple[str, int]:
    params = request.query_params
    status = params.get("status", "open")
    committee = params.get("committee", "").strip() or None
    assigned = params.get("assigned_to", "").strip()[:200] or None
    since_text = params.get("since", "").strip()
    rows: list[dict] = []
    error = None
    since = None
    try:
        if wrong := unknown_params(request, FOLLOWUP_PARAMS):
            raise ValueError(wrong)
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
        if since_text:
            try:
                since = date.fromisoformat(since_text)
            except ValueError:
                raise ValueError(f"since={since_text!r} is not a date (YYYY-MM-DD)") from None
        rows = followups(ex.store, status=status, committee=committee, since=since,
                         assigned_to=assigned)
    except ValueError as e:  # kg.followups.FollowupsError, or a bad date
        error = str(e)
    for r in rows:
        r["explore_item"] = explorer_link(r.get("item"))
    html = templates().get_template("followups.html").render(
        rows=rows, error=error, links=ex.links(), statuses=STATUSES, status=status,
        committee=committee or "", committees=ex.index.committees(),
        assigned_to=assigned or "", since=since_text,
    )
    return html, 400 if error else 200


#: (path, link text, handler) for :class:`kg.server.Settings`.
PAGES = [("/trace", "Trace", trace_page), ("/followups", "Follow-ups", followups_page)]
