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


TRACE_PARAMS = ("q", "as_of")
FOLLOWUP_PARAMS = ("status", "committee", "since", "assigned_to", "as_of")


def date_param(request: Request, name: str) -> date | None:
    """A YYYY-MM-DD parameter (an empty one is none), or ValueError naming it: the pages'
    ``as_of`` is the command's ``--as-of``, so a served action log can be judged on the day
    of a meeting, not only today."""
    text = request.query_params.get(name, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name}={text!r} is not a date (YYYY-MM-DD)") from None


def trace_page(ex: Any, request: Request) -> tuple[str, int]:
    q = request.query_params.get("q", "").strip()[:200]
    entries: list[dict] = []
    error = unknown_params(request, TRACE_PARAMS)
    as_of = None
    if not error:
        try:
            as_of = date_param(request, "as_of")
        except ValueError as e:
            error = str(e)
    if q and not error:
        try:
            entries = trace(ex.store, q, as_of=as_of)
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
        as_of=request.query_params.get("as_of", "").strip()[:40],
    )
    return html, 400 if error else 200


def followups_page(ex: Any, request: Request) -> tuple[str, int]:
    params = request.query_params
    status = params.get("status", "open")
    committee = params.get("committee", "").strip() or None
    assigned = params.get("assigned_to", "").strip()[:200] or None
    since_text = params.get("since", "").strip()[:40]
    rows: list[dict] = []
    error = None
    try:
        if wrong := unknown_params(request, FOLLOWUP_PARAMS):
            raise ValueError(wrong)
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
        since, as_of = date_param(request, "since"), date_param(request, "as_of")
        rows = followups(ex.store, status=status, committee=committee, since=since,
                         assigned_to=assigned, as_of=as_of)
    except ValueError as e:  # kg.followups.FollowupsError, or a bad date
        error = str(e)
    for r in rows:
        r["explore_item"] = explorer_link(r.get("item"))
    html = templates().get_template("followups.html").render(
        rows=rows, error=error, links=ex.links(), statuses=STATUSES, status=status,
        committee=committee or "", committees=ex.index.committees(),
        assigned_to=assigned or "", since=since_text,
        as_of=params.get("as_of", "").strip()[:40],
    )
    return html, 400 if error else 200


#: (path, link text, handler) for :class:`kg.server.Settings`.
PAGES = [("/trace", "Trace", trace_page), ("/followups", "Follow-ups", followups_page)]
