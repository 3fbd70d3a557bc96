"""Trace an issue across meetings and committees: ``kg trace "modern slavery"``.

An issue is followed through the topics and programmes that name it and through item titles:
a query matches every topic or programme one of whose names holds all its words ("children and
families transformation" matches the topic "Children and Families Transformation" and the
programme "Children and Families System Transformation Programme"), and the timeline is every
agenda item that concerns one of them, whose title holds the words, whose minutes name one of
them, or whose parent item is in the timeline; and every meeting whose text outside its items
(a public session, a report before the first item) names one of them, as an entry of its own
with no item's number or title. Each is read with ``queries/trace.rq`` (parameters bound,
never spliced) and becomes one entry, oldest first.

Renderers for the command's formats live here too, so the web server can reuse them: the
HTML page escapes every piece of minutes text.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import pyoxigraph as ox

from kg.followups import OUTSIDE_ITEMS
from kg.namespaces import CKG_IRI as CKG  # the vocabulary's IRI, a string: no rdflib
from kg.queries import NamedQuery, bundled
from kg.store import GraphStore
from kg.wording import fold

#: Words a query can leave out or put in without changing what it asks for.
_FILLER = {"and", "the", "of", "for", "on", "in", "to", "a", "an", "with"}

_SUBJECTS = """
SELECT ?subject ?label ?type WHERE {
  ?subject a ?type ; ?p ?label .
  FILTER (?type IN (ckg:Topic, ckg:Programme))
  FILTER (?p IN (skos:prefLabel, skos:altLabel, rdfs:label, dcterms:title))
}
"""
_ITEMS = """
SELECT ?item ?title ?text ?parent ?subject WHERE {
  ?item a ckg:AgendaItem ; dcterms:title ?title .
  OPTIONAL { ?item ckg:minutesText ?text }
  OPTIONAL { ?item ckg:parentItem ?parent }
  OPTIONAL { ?item ckg:concerns ?subject }
}
"""
# Meetings whose text no item holds names a topic or programme (ckg:meetingMentions).
_MEETINGS_NAMING = """
SELECT ?meeting ?subject WHERE { ?meeting a ckg:Meeting ; ckg:meetingMentions ?subject }
"""
_ITEM_INFO = """
SELECT ?item ?date ?title ?number ?committeeName WHERE {
  ?item dcterms:title ?title ; ckg:meeting ?meeting .
  ?meeting ckg:committee/skos:prefLabel ?committeeName .
  OPTIONAL { ?meeting ckg:date ?date }
  OPTIONAL { ?item ckg:itemNumber ?number }
}
"""


class TraceError(ValueError):
    """A query that cannot be traced; the message is one line."""


def _tokens(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in _FILLER}


@dataclass
class _Candidate:
    title: str = ""
    text: str = ""
    parent: str | None = None


def match(store: GraphStore, query: str) -> tuple[dict[str, str], dict[str, str]]:
    """The topics and programmes a query names (IRI → label), and the items of its timeline
    (IRI → why it matched: "concerns", "title", "mentions" or "part of"), with the meetings
    whose text outside their items names one of them ("mentions")."""
    query = query.strip()
    if not query:
        raise TraceError("give a topic, a programme or some words to trace")
    is_iri = bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", query)) and " " not in query
    words = set() if is_iri else _tokens(query)
    if not is_iri and not words:
        raise TraceError(f"{query!r}: no words to trace")
    subjects: dict[str, str] = {}
    labels: dict[str, set[str]] = {}
    for sol in store.query(_SUBJECTS):
        iri, label = sol["subject"].value, sol["label"].value
        labels.setdefault(iri, set()).add(fold(label))
        if (is_iri and iri == query) or (words and words <= _tokens(label)):
            subjects.setdefault(iri, label)
    unheld: set[str] = set()
    if is_iri and not subjects:
        # A thesaurus topic no item concerns yet: the items that name it by one of its
        # labels are still its timeline, as they are when its words are traced (its IRI
        # found nothing where "child sexual exploitation" found the items naming it).
        unheld = _thesaurus_labels(query)
        if not unheld:
            raise TraceError(f"{query}: not a topic or programme in the graph")
    names = {k for k in unheld.union(*(labels.get(s, ()) for s in subjects)) if len(k) > 2}
    phrase = " ".join(fold(query).split()) if words else ""
    items: dict[str, _Candidate] = {}
    concerns: dict[str, set[str]] = {}
    for sol in store.query(_ITEMS):
        iri = sol["item"].value
        c = items.setdefault(iri, _Candidate())
        c.title = c.title or sol["title"].value
        if sol["text"] is not None:
            c.text = max(c.text, sol["text"].value, key=len)
        if sol["parent"] is not None:
            c.parent = sol["parent"].value
        if sol["subject"] is not None:
            concerns.setdefault(iri, set()).add(sol["subject"].value)
    found: dict[str, str] = {}
    for iri, c in items.items():
        if concerns.get(iri, set()) & set(subjects):
            found[iri] = "concerns"
        elif words and words <= _tokens(c.title):
            found[iri] = "title"
        else:
            text = fold(c.text)
            if (phrase and _has(text, phrase)) or any(_has(text, n) for n in names):
                found[iri] = "mentions"
    for iri, c in items.items():
        if iri not in found and c.parent in found and found[c.parent] != "mentions":
            found[iri] = "part of"
    for sol in store.query(_MEETINGS_NAMING):
        if sol["subject"].value in subjects:
            found.setdefault(sol["meeting"].value, "mentions")
    return subjects, found


def thesaurus_topic(query: str) -> str | None:
    """The label of the thesaurus topic a query names (its IRI, or words all in one of its
    labels), whether or not any minutes in the graph discuss it."""
    from kg.topics import Thesaurus

    query = query.strip()
    words = _tokens(query)
    for c in Thesaurus.load().concepts:
        if c.iri == query or (words and any(words <= _tokens(label)
                                            for label in (c.label, *c.aliases))):
            return c.label
    return None


def _thesaurus_labels(iri: str) -> set[str]:
    """The folded labels (preferred and alternative) of the thesaurus topic with this IRI,
    or none when the thesaurus has no such topic."""
    from kg.topics import Thesaurus

    for c in Thesaurus.load().concepts:
        if c.iri == iri:
            return {fold(label) for label in (c.label, *c.aliases)}
    return set()


def nothing_found(query: str) -> str:
    """Why a trace came back empty, in one line: a topic the thesaurus knows but no minutes
    in the graph discuss yet is not the same as words that name nothing at all."""
    if label := thesaurus_topic(query):
        return (f"{label!r} is a topic of the thesaurus, but no item in the graph concerns or "
                "names it yet (ingest minutes that discuss it)")
    return f"no item in the graph mentions {query.strip()!r}"


def _sentence(line: str) -> str:
    """:func:`nothing_found`'s line as a sentence in a document (capital, full stop), as the
    web page's trace shows it."""
    return f"{line[:1].upper()}{line[1:]}."


def _has(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def _v(sol: Any, name: str) -> str | None:
    term = sol[name]
    return term.value if term is not None else None


def trace(store: GraphStore, query: str, *, as_of: date | None = None) -> list[dict]:
    """The timeline of an issue (words, or a topic or programme IRI), oldest first: one
    entry per agenda item, with its date (ISO), committee, meeting and item IRIs, number,
    title, resolutions, follow-ups (status, whether overdue on ``as_of`` — default today —
    and the item that fulfilled them), the posts who presented it or spoke to it, and the
    other meetings it refers to (``ingested`` false for a meeting known only from the
    reference)."""
    subjects, found = match(store, query)
    named = NamedQuery.from_file(bundled()["trace"])
    entries: dict[str, dict] = {}
    later: set[str] = set()
    for item in sorted(found):
        for sol in store.query(named.text, {"item": ox.NamedNode(item)}):
            e = entries.get(item)
            if e is None:
                e = entries[item] = {
                    "date": _v(sol, "date"),
                    "committee": _v(sol, "committeeName"),
                    "committee_iri": _v(sol, "committee"),
                    "meeting": _v(sol, "meeting"),
                    "item": item,
                    "number": _v(sol, "number"),
                    "title": _v(sol, "title") or OUTSIDE_ITEMS,
                    "position": int(_v(sol, "position") or 0),
                    "parent": _v(sol, "parent"),
                    "match": found[item],
                    "subjects": [],
                    "resolutions": [],
                    "followups": [],
                    "presented_by": [],
                    "posts": [],
                    "references": [],
                }
            subject = _v(sol, "subject")
            if subject in subjects and subjects[subject] not in e["subjects"]:
                e["subjects"].append(subjects[subject])
            kind, value = _v(sol, "kind"), _v(sol, "value")
            if kind == "resolution" and value not in e["resolutions"]:
                e["resolutions"].append(value)
            elif kind == "followup":
                status = (_v(sol, "status") or "").removeprefix(CKG)
                by = _v(sol, "detail") if status == "Fulfilled" else None
                f = {"text": value, "status": status, "fulfilled_by": by,
                     "confidence": float(_v(sol, "confidence") or 0) or None,
                     "due_text": _v(sol, "dueText"), "due_date": _v(sol, "dueDate")}
                if f not in e["followups"]:
                    e["followups"].append(f)
                    if by:
                        later.add(by)
            elif kind in ("presenter", "post"):
                key = "presented_by" if kind == "presenter" else "posts"
                if value not in e[key]:
                    e[key].append(value)
            elif kind == "reference":
                ref = {"meeting": _v(sol, "detail"), "label": value,
                       "ingested": _v(sol, "status") == "ingested"}
                if not any(r["meeting"] == ref["meeting"] for r in e["references"]):
                    e["references"].append(ref)
    info = _item_info(store, later)
    for e in entries.values():
        for f in e["followups"]:
            if f["fulfilled_by"]:
                f["fulfilled_by_item"] = info.get(f["fulfilled_by"], {})
        e["posts"] = [p for p in e["posts"] if p not in e["presented_by"]]
    ordered = sorted(entries.values(), key=lambda e: (e["date"] is None, e["date"] or "",
                                                      e["committee"] or "", e["position"],
                                                      e["item"]))
    return mark_overdue(ordered, as_of)


def _item_info(store: GraphStore, items: set[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for item in sorted(items):
        for sol in store.query(_ITEM_INFO, {"item": ox.NamedNode(item)}):
            out.setdefault(item, {"date": _v(sol, "date"), "title": _v(sol, "title"),
                                  "number": _v(sol, "number"),
                                  "committee": _v(sol, "committeeName")})
    return out


# -- rendering ----------------------------------------------------------------------------


def _heading(e: dict) -> str:
    number = f"{e['number']} " if e.get("number") else ""
    return f"{number}{e['title']}"


def _followup_line(f: dict) -> str:
    status = f["status"] or "Open"
    if f.get("overdue"):
        status = "Overdue"
    line = f"[{status}] {f['text']}"
    if f.get("due_text"):
        line += f" (due: {f['due_text']})"
    if f.get("fulfilled_by"):
        later = f.get("fulfilled_by_item") or {}
        line += (f" → fulfilled by {later.get('date') or '?'} {later.get('number') or ''} "
                 f"{later.get('title') or f['fulfilled_by']}").rstrip()
        if f.get("confidence"):
            line += f" (confidence {f['confidence']:.2f})"
    return line


def _reference_line(r: dict) -> str:
    return f"{r['label']}" + ("" if r["ingested"] else " (not ingested)")


def happenings(e: dict) -> list[str]:
    """What happened at an entry's item, a plain-text line each ("presented by: …",
    "resolved: …", "follow-up: [Open] …", "refers to: …"): what the table and Markdown show."""
    lines = []
    if e["presented_by"]:
        lines.append(f"presented by: {', '.join(e['presented_by'])}")
    if e["posts"]:
        lines.append(f"posts: {', '.join(e['posts'])}")
    lines += [f"resolved: {r}" for r in e["resolutions"]]
    lines += [f"follow-up: {_followup_line(f)}" for f in e["followups"]]
    lines += [f"refers to: {_reference_line(r)}" for r in e["references"]]
    return lines


def mark_overdue(entries: list[dict], as_of: date | None = None) -> list[dict]:
    """Flag open follow-ups whose due date has passed (on ``as_of``, default today)."""
    today = as_of or date.today()
    for e in entries:
        for f in e["followups"]:
            due = f.get("due_date")
            f["overdue"] = bool(f["status"] == "Open" and due and date.fromisoformat(due) < today)
    return entries


def to_json(entries: list[dict]) -> str:
    return json.dumps(entries, indent=2, ensure_ascii=False)


#: Characters that make Markdown links, code and emphasis: in minutes text each is
#: backslash-escaped, so "[report](javascript:…)" or "*urgent*" in a minute is shown as
#: written, never as a link or emphasis a renderer makes of it ("<" is escaped as HTML).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
#: A follow-up's status label, ours rather than the minutes': kept as written.
_MD_STATUS = re.compile(r"^follow-up: \\\[(\w+)\\\]")


def _md(text: str) -> str:
    """Minutes text on one Markdown line, shown as written: HTML escaped (a renderer must not
    run it) and Markdown's own punctuation backslash-escaped (nor link or format it)."""
    flat = " ".join(str(text).split())
    return html.escape(_MD_SPECIAL.sub(r"\\\1", flat), quote=False)


def to_markdown(query: str, entries: list[dict]) -> str:
    out = [f"# Trace: {_md(query)}", ""]
    if not entries:  # the line kg trace prints on standard error, and the web page shows
        out.append(_md(_sentence(nothing_found(query))))
    for e in entries:
        out.append(f"## {e['date'] or 'date not printed'} · {_md(e['committee'])} · "
                   f"{_md(_heading(e))}")
        out.append("")
        out.append(f"- item: <{e['item']}>")
        out += ["- " + _MD_STATUS.sub(r"follow-up: [\1]", _md(line)) for line in happenings(e)]
        out.append("")
    return "\n".join(out)


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 1.5rem; } .entry { border-left: 3px solid #4a6fa5; padding: .2rem 1rem;
margin: 1.2rem 0; } .meta { color: #555; font-size: .9rem; } .status { font-weight: 600; }
.Open { color: #8a5a00; } .Fulfilled { color: #1d6b2f; } .Overdue { color: #a11; }
.missing { color: #777; font-style: italic; } ul { padding-left: 1.2rem; }
"""


def to_html(query: str, entries: list[dict]) -> str:
    """A self-contained page (no scripts, no outside resources); every piece of text from
    the minutes is escaped."""
    h = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>Trace: {h(query)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<h1>Trace: {h(query)}</h1>",
        f'<p class="meta">{len(entries)} item{"" if len(entries) == 1 else "s"}, oldest '
        "first.</p>",
    ]
    if not entries:
        parts.append(f"<p>{h(_sentence(nothing_found(query)))}</p>")
    for e in entries:
        parts.append('<section class="entry">')
        parts.append(f"<h2>{h(_heading(e))}</h2>")
        parts.append(f'<p class="meta">{h(e["date"] or "date not printed")} · '
                     f'{h(e["committee"] or "")} · <a href="{h(e["item"])}">{h(e["item"])}</a>'
                     "</p>")
        rows = []
        if e["presented_by"]:
            rows.append(f"Presented by: {h(', '.join(e['presented_by']))}")
        if e["posts"]:
            rows.append(f"Posts: {h(', '.join(e['posts']))}")
        rows += [f"Resolved: {h(r)}" for r in e["resolutions"]]
        for f in e["followups"]:
            status = "Overdue" if f.get("overdue") else (f["status"] or "Open")
            text = h(_followup_line(f).split("] ", 1)[1])
            rows.append(f'Follow-up: <span class="status {h(status)}">{h(status)}</span> '
                        f"{text}")
        for r in e["references"]:
            css = "" if r["ingested"] else ' class="missing"'
            rows.append(f"Refers to: <span{css}>{h(_reference_line(r))}</span>")
        if rows:
            parts.append("<ul>" + "".join(f"<li>{row}</li>" for row in rows) + "</ul>")
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
