"""The ``ckg_followups`` component: follow-up requests, read by the rule table in
``kg/data/nlp/followups.toml`` (compiled once)."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.lexicon import ORG, PERSON, POST, Lexicon, lexicon
from kg.nlp.literals import Needs, folded, holds, needed
from kg.nlp.perdoc import kept, page_text
from kg.patterns import given_names, name_key, schemes_data, without_the

# -- follow-up requests -------------------------------------------------------------------
# The component's rule table (patterns, trigger order, vetoes) is ``kg/data/nlp/followups.toml``.


@dataclass(frozen=True)
class Veto:
    """A condition that rules a trigger's match out (see ``followups.toml``): every pattern
    it gives must hold."""

    match: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    text: re.Pattern[str] | None = None
    group: str | None = None
    group_is: re.Pattern[str] | None = None

    def rules_out(self, m: re.Match[str], text: str) -> bool:
        checks = (
            (self.match, lambda rx: rx.search(m.group(0))),
            (self.before, lambda rx: rx.search(text[: m.start()])),
            (self.after, lambda rx: rx.match(text, m.end())),
            (self.text, lambda rx: rx.search(text)),
            (self.group_is, lambda rx: rx.fullmatch(
                (m.groupdict().get(self.group or "") or "").strip())),
        )
        given = [(rx, test) for rx, test in checks if rx is not None]
        return bool(given) and all(test(rx) for rx, test in given)


class TriggerNeeds(dict[str, Needs]):
    """The words each trigger needs (:func:`kg.nlp.literals.needed`), read from its pattern
    the first time the trigger is tried, then kept. Reading all seventy-odd patterns' parse
    trees took a fifth of a second of every ``import kg.nlp``, paid by processes that never
    try a trigger; a name that is not a trigger needs nothing (``get`` gives ``None``)."""

    def __init__(self, rx: dict[str, re.Pattern[str]], triggers: Iterable[str]):
        super().__init__()
        self._rx = rx
        self._triggers = frozenset(triggers)

    def __missing__(self, name: str) -> Needs:
        if name not in self._triggers:
            raise KeyError(name)
        needs = self[name] = needed(self._rx[name])  # the same whichever thread reads it
        return needs

    def get(self, name: str, default: Needs | None = None) -> Needs | None:  # type: ignore[override]
        try:
            return self[name]
        except KeyError:
            return default


@dataclass(frozen=True, eq=False)
class FollowupRules:
    """The follow-up component's rule table, read once from ``followups.toml``: compiled
    patterns by name, the request triggers in the order they are tried, those that only
    match at a clause's start (``own_clause``: a past clause before them is no bar), and the
    vetoes of each trigger; and the words each pattern needs (``needs``, read from the
    pattern by :func:`kg.nlp.literals.needed`), so that a text holding none of them is passed
    over before the pattern runs."""

    fragments: dict[str, str]
    words: dict[str, frozenset[str]]
    rx: dict[str, re.Pattern[str]]
    triggers: tuple[tuple[str, str], ...]
    own_clause: frozenset[str]
    vetoes: dict[str, tuple[Veto, ...]]
    names_doer: frozenset[str] = frozenset()
    kept_alone: frozenset[str] = frozenset()
    needs: dict[str, Needs] = field(default_factory=dict)

    def find(self, name: str, text: str, mode: str = "search",
             low: str | None = None) -> re.Match[str] | None:
        """The trigger ``name``'s match in ``text``, unless a veto rules it out. ``low`` is
        ``text`` folded (:func:`kg.nlp.literals.folded`), given where several patterns are
        tried on one text."""
        if (needs := self.needs.get(name)) and not holds(
                folded(text) if low is None else low, needs):
            return None  # none of the words the pattern needs: it cannot match
        rx = self.rx[name]
        m = rx.match(text) if mode == "match" else rx.search(text)
        if m is not None and any(v.rules_out(m, text) for v in self.vetoes.get(name, ())):
            return None
        return m


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _word_lists(extra: dict[str, list[str]]) -> dict[str, str]:
    """Every word list a pattern may name, as an alternation: lexicon.toml's follow-up lists
    (a set longest first, so "made available" is tried before "made"; a list in its order)
    and ``followups.toml``'s own [words] (escaped; a space is any run of spaces)."""
    lex = lexicon()
    out: dict[str, list[str]] = {}
    for name in Lexicon.__dataclass_fields__:
        value = getattr(lex, name)
        if isinstance(value, frozenset):
            out[name] = sorted(value, key=lambda w: (-len(w), w))
        elif isinstance(value, tuple) and all(isinstance(w, str) for w in value):
            out[name] = list(value)
    for name, words in extra.items():
        out.setdefault(name, []).extend(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    out["promising"] = sorted({_ing(v) for v in lex.promise_verbs},
                              key=lambda w: (-len(w), w))
    out["action_ing"] = sorted({re.escape(_ing(w)).replace(r"\ ", r"\s+") for w in action_verbs()},
                               key=lambda w: (-len(w), w))
    out["action_ed"] = sorted({re.escape(_participle(w)).replace(r"\ ", r"\s+")
                               for w in action_verbs()}, key=lambda w: (-len(w), w))
    out["action_verbs"] = [re.escape(w).replace(r"\ ", r"\s+")
                           for w in sorted(action_verbs(), key=lambda w: (-len(w), w))]
    return {name: "|".join(words) for name, words in out.items()}


@cache
def _action_verbs_file() -> dict[str, list[str]]:
    raw = tomllib.loads(resources.files("kg").joinpath("data/nlp/action_verbs.toml")
                        .read_text(encoding="utf-8"))
    return raw["verbs"]


@cache
def action_verbs() -> frozenset[str]:
    """English verbs of action, an errand's verbs whoever is sent
    (``kg/data/nlp/action_verbs.toml``)."""
    return frozenset(_action_verbs_file()["base"])


@cache
def clause_verbs() -> frozenset[str]:
    """Verbs of action that may take a clause, its verb finite: "check (that) the gate is
    locked" (``action_verbs.toml``'s ``takes_clause``)."""
    return frozenset(_action_verbs_file().get("takes_clause", ()))


@cache
def doubling_verbs() -> frozenset[str]:
    """Verbs that double their final consonant before "-ing": "cut" → "cutting"
    (``action_verbs.toml``'s ``double_final``)."""
    return frozenset(_action_verbs_file().get("double_final", ()))


@cache
def followup_rules() -> FollowupRules:
    raw = tomllib.loads(resources.files("kg").joinpath("data/nlp/followups.toml")
                        .read_text(encoding="utf-8"))
    words = _word_lists(raw.get("words", {}))

    def joined(value: str | list[str]) -> str:
        return value if isinstance(value, str) else "".join(value)

    sources = {**{k: joined(v) for k, v in raw["fragments"].items()},
               **{k: joined(v) for k, v in raw["patterns"].items()}}
    if clash := sources.keys() & words.keys():
        raise ValueError(f"followups.toml: {sorted(clash)} name both a pattern and a word list")
    expanded: dict[str, str] = {}

    def expand(pattern: str, seen: tuple[str, ...] = ()) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in sources:
                if name in seen:
                    raise ValueError(f"followups.toml: {name} names itself")
                if name not in expanded:
                    expanded[name] = expand(sources[name], (*seen, name))
                return expanded[name]
            if name in words:
                return words[name]
            raise ValueError(f"followups.toml: no pattern or word list named {name!r}")
        return _PLACEHOLDER.sub(one, pattern)

    rx = {name: re.compile(expand(joined(p), (name,))) for name, p in raw["patterns"].items()}
    vetoes: dict[str, list[Veto]] = {}
    for v in raw.get("veto", []):
        fields = {k: re.compile(expand(joined(v[k]))) for k in ("match", "before", "after",
                                                                  "text", "group_is") if k in v}
        # One entry may rule out the matches of several triggers alike (a list of rules):
        # the condition is written once. A veto only reads, so order among them is free.
        for rule in [v["rule"]] if isinstance(v["rule"], str) else v["rule"]:
            vetoes.setdefault(rule, []).append(Veto(group=v.get("group"), **fields))
    return FollowupRules(
        fragments={k: expand(v) for k, v in sources.items() if k in raw["fragments"]},
        words={k: frozenset(w.lower() for w in v) for k, v in raw.get("words", {}).items()},
        rx=rx,
        triggers=tuple((name, mode) for name, mode in raw["triggers"]["order"]),
        own_clause=frozenset(raw["triggers"].get("own_clause", ())),
        names_doer=frozenset(raw["triggers"].get("names_doer", ())),
        kept_alone=frozenset(raw["triggers"].get("kept_alone", ())),
        vetoes={k: tuple(v) for k, v in vetoes.items()},
        # (the triggers only, tried on every unit; each read when first tried, see TriggerNeeds)
        needs=TriggerNeeds(rx, (name for name, _ in raw["triggers"]["order"])),
    )


def _clause_start(doc: Doc, i: int) -> bool:
    """``a)``, ``(b)``, ``- c)`` at token ``i``."""
    texts = [t.text for t in doc[i : i + 4]]
    if texts[:1] in (["-"], ["•"]):
        texts = texts[1:]
    if texts[:1] == ["("]:
        texts = texts[1:]
    return len(texts) >= 2 and bool(
        followup_rules().rx["clause_letter"].fullmatch(texts[0])) and texts[1] == ")"


def _units(doc: Doc) -> list[Span]:
    """Sentences, cut again at semicolons and clause letters ("a) … ; b) …"): one request
    each."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.i > start and (
                tok.text == ";" or (tok.text in ("-", "•", "(") and _clause_start(doc, tok.i))
            ):
                out.append(doc[start : tok.i + (tok.text == ";")])
                start = tok.i + (tok.text == ";")
        if start < sent.end:
            out.append(doc[start : sent.end])
    # "5. To receive an update on CCTV – It was RESOLVED: That the bench be removed": an
    # agenda line and its decision run on in one line; the decision read on its own.
    decision = followup_rules().rx["decision_after_agenda"]
    cut: list[Span] = []
    for unit in out:
        m = decision.search(unit.text)
        at = unit.start_char + m.start("decision") if m else None
        tok = next((t.i for t in unit if t.idx >= at), None) if at is not None else None
        if tok is not None and tok > unit.start:
            cut.extend([doc[unit.start : tok], doc[tok : unit.end]])
        else:
            cut.append(unit)
    out = cut
    # "… on the Agenda Action: Clerk to forward the form", "… in our thoughts Clerk to send
    # greetings": an action line run on into the line before it, read alone.
    rx = followup_rules().rx
    cut = []
    for unit in out:
        start = unit.start
        for m in _run_ons(unit.text, (rx["action_run_on"], rx["errand_run_on"])):
            at = unit.start_char + m.start("action")
            tok = next((t.i for t in unit if t.idx >= at), None)
            if tok is not None and tok > start and re.search(
                    r"[A-Za-z]{2}", doc[start:tok].text):
                cut.append(doc[start:tok])
                start = tok
        cut.append(doc[start : unit.end])
    out = cut
    # "… yet, Cllr. Sinclair will have a look": a title's full stop ends no sentence.
    title_end = followup_rules().rx["title_at_end"]
    joined: list[Span] = []
    for unit in out:
        if joined and title_end.search(joined[-1].text) and joined[-1].end == unit.start:
            joined[-1] = doc[joined[-1].start : unit.end]
        else:
            joined.append(unit)
    return [u for u in joined if u.text.strip(" -;\n\t\u00a0")]


def _run_ons(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[re.Match[str]]:
    """Where action lines run on into ``text`` start, by any of ``patterns`` (each with its
    ``action`` group), in the order they stand: a line may hold one marked ("Action: Clerk
    to …") and one unmarked ("… required Clerk to chase"), and the unit is cut at each."""
    found = {m.start("action"): m for rx in patterns for m in rx.finditer(text)}
    return [found[at] for at in sorted(found)]


def _split_joined(units: list[Span], rules: FollowupRules) -> list[Span]:
    """Two errands joined by "and" in one sentence, each a request of its own ("the website
    would be updated very soon and the PC will discuss it at the next meeting", "… asked that
    the figures be circulated and that a report come to the next meeting"): the unit cut
    before the "and" that opens the second clause (``and_clause``), when each side holds a
    request's words alone. A sentence with one errand, or whose second clause only goes on
    with the first ("and would report back"), stays whole."""
    out: list[Span] = []
    for unit in units:
        cut = None
        for m in rules.rx["and_clause"].finditer(unit.text):
            first, second = unit.text[: m.start()], unit.text[m.end():]
            last = first.split()[-1] if first.split() else ""
            if last[:1].isupper() and not m.group("own") and not rules.rx[
                    "titled_name"].match(second):
                # "Parks and Allotments would make …": "and" joins two names (but "… at the
                # Parish Council and AT offered to write …" gives a second member's own act,
                # and "… report back to the next Open Spaces Meeting and Cllr Birch would look
                # at …" a second member by title)
                continue
            if _asks(first, rules) and _asks(second, rules):
                cut = m
                break
        if cut is None:
            out.append(unit)
            continue
        doc = unit.doc
        at = unit.start_char + cut.end()
        tok = next((t.i for t in unit if t.idx >= at), None)
        if tok is None or tok <= unit.start:
            out.append(unit)
            continue
        end_first = max(t.i for t in unit if t.idx < unit.start_char + cut.start()) + 1
        out.extend([doc[unit.start : end_first], doc[tok : unit.end]])
    return out


def _unlabelled(text: str, rx: dict[str, re.Pattern[str]]) -> str:
    """``text`` with a list's label at its start ("(vi)Gil will mow …") and a verb's "re-"
    blanked out, each character a space: the rules that read a sentence from its start ("Gil
    will …") read it, and every offset into the text still points at the same character."""
    if m := rx["unit_label"].match(text):
        text = " " * m.end() + text[m.end():]
    # A verb's "re-" blanked the same way ("agreed to re-circulate" read as "agreed to
    # circulate"): the triggers' verb lists hold the verb, not each prefixed form of it.
    return rx["verb_prefix"].sub(lambda p: " " * len(p.group(0)), text)


def _asks(text: str, rules: FollowupRules) -> bool:
    """Whether some request trigger matches ``text`` alone, unvetoed."""
    low = folded(text)
    return any(rules.find(name, text, mode, low) for name, mode in rules.triggers)


def _names_in(unit: Span, kinds: tuple[str, ...]) -> list[Span]:
    """The names of ``kinds`` inside ``unit``, in the doc's ``ckg`` group's order: looked up
    by where they start (:class:`_NameIndex`), not by a scan of the whole group for each
    unit (quadratic in the follow-ups of a page: 256 of them on a 10,000-character page).
    The index is the one :func:`followups_component` built for the doc as it started; a
    call from outside it builds one for the group as it is."""
    index = kept(unit.doc).get(_NAME_INDEX)
    if index is None:
        index = _NameIndex(unit.doc.spans.get("ckg"))
    return index.within(unit, kinds)


_NAME_INDEX = "followups_name_index"  # perdoc.kept's key, while followups_component runs


class _NameIndex:
    """A ``ckg`` group's spans by where they start: the starts in order, and each one's
    place in the group. Built once for a doc where the follow-ups component starts (the
    component reads the group and never changes it) and dropped as it ends, so that nothing
    built for one doc, or for a group since changed, is read for another."""

    def __init__(self, group) -> None:
        self.group = group if group is not None else []
        self.order = sorted(range(len(self.group)), key=lambda n: self.group[n].start)
        self.starts = [self.group[n].start for n in self.order]

    def within(self, unit: Span, kinds: tuple[str, ...]) -> list[Span]:
        """The spans of ``kinds`` inside ``unit``, in the group's order."""
        at = sorted(self.order[bisect_left(self.starts, unit.start)
                               : bisect_right(self.starts, unit.end)])
        return [s for s in (self.group[n] for n in at)
                if s._.kind in kinds and s.end <= unit.end]


@Language.component("ckg_followups")
def followups_component(doc: Doc) -> Doc:
    """Requests and promises (:func:`_followups`), with the doc's names indexed by where
    they start for the run (:class:`_NameIndex`, kept on the doc only while it lasts)."""
    store = kept(doc)
    store[_NAME_INDEX] = _NameIndex(doc.spans.get("ckg"))
    try:
        return _followups(doc)
    finally:
        del store[_NAME_INDEX]


def _followups(doc: Doc) -> Doc:
    """Requests and promises: passive requests ("details … be forwarded to the Select
    Committee"), asks ("Members requested details …"), promises ("The Cabinet Member agreed
    to take this point back") and agreed actions ("It was agreed that the Officer attend the
    June meeting"). A sentence that only reports what was done, or a question answered on the
    spot, is not one. The patterns, word lists and vetoes are data (``followups.toml``);
    what is here is how they combine."""
    lex = lexicon()
    rules = followup_rules()
    rx = rules.rx
    spans = []
    resolved: set[int] = set()
    units = _split_joined(_units(doc), rules)
    resolving = _under_resolution(units, rx)
    listing: str | None = None  # who acts on the list of errands being read, "" if unnamed
    page = page_text(doc)  # _text_before slices it for each unit, _answered reads it
    for k, unit in enumerate(units):
        text = _unlabelled(unit.text, rx)
        low = text.lower()
        if listing is not None:
            if rx["list_item"].match(text):
                span = Span(doc, unit.start, unit.end, label="followup")
                _describe_followup(span, None)
                span._.assigned_to = span._.assigned_to or listing or None
                spans.append(span)
                continue
            if not rx["list_glue"].match(text):
                listing = None
        if rx["list_opener"].search(text):
            listing = _list_actor(unit)
            continue
        if cells := _action_cells(unit, lex):
            spans.extend(cells)
            continue
        if any(a in low for a in lex.answered):
            continue
        if low.lstrip(" -•(\n\t\u00a0").startswith(lex.agenda_purposes) or rx[
                "agenda_line"].search(text):
            continue  # "To receive an update on …", "(To receive a report …)": an agenda line
        if (purpose := rx["purpose_line"].match(text)) and not (
                (main := purpose.group("main")) and (
                    rx["errand"].match(main) or rx["will"].search(main)
                    or any(rules.find(name, main) for name in rules.names_doer))):
            # (but "To ensure the grass is cut, the Clerk will contact the contractor": the
            # aim put first, then who acts, is read by the rules below as a whole)
            continue  # "To provide the Board with an update on …": what a report is for
        if chase := rx["chase_tag"].search(text):
            # "… – to be chased.", "(Clerk to chase)", "NO REPLY – CHASE": a log's status tag
            # that the item is still open and to be pressed (read before status_open, which
            # would pass "ONGOING – CHASE UP" over as a status alone). With no more than a
            # status before it, the item is the sentence before on its line.
            if not rx["chase_status"].match(text[: chase.start()]):
                span = Span(doc, unit.start, unit.end, label="followup")
                _describe_followup(span, rules.find("asked_to", text))
                span._.assigned_to = span._.assigned_to or chase.group("who")
                spans.append(span)
                continue
            if k > 0 and units[k - 1].end >= unit.start - 2 and units[k - 1].text.strip() and (
                    not spans or spans[-1].end < units[k - 1].end) and (
                    rx["item_before_status"].search(units[k - 1].text)):
                # (a sentence, never a heading: "Highways / NO REPLY – CHASE" names no item)
                span = Span(doc, units[k - 1].start, unit.end, label="followup")
                _describe_followup(span, rules.find("asked_to", span.text))
                span._.assigned_to = span._.assigned_to or chase.group("who")
                spans.append(span)
                continue
            if spans and _next_to(spans[-1], unit):
                continue  # the item before is read already
        if rx["status_done"].match(text):
            # "Obtain the details. Action – Mr Ancott" / "Action complete.": the errand
            # above, or above the action line that names who acts on it, is done
            if spans and (_next_to(spans[-1], unit) or (k > 0 and rx["action_who"].match(
                    units[k - 1].text) and _next_to(spans[-1], units[k - 1]))):
                spans.pop()
            continue
        if rx["status_open"].match(text):
            continue  # "Action ongoing – next Finance Committee meeting.": the errand above
        if rx["action_done"].match(text) or rx["done_tail"].search(text) or rx[
                "done_clause"].search(text):
            continue  # "Action complete.", "Clerk to write to the owner - Done": nothing left
        if rx["correction"].search(text) or (
                rx["correction_quoted"].search(text) and rx["correction_record"].search(text)) or (
                k > 0 and units[k - 1].end >= unit.start - 2
                and rx["correction_opener"].search(units[k - 1].text)):
            continue  # "S Edwards to be added to those present": the minutes corrected
        if rx["nothing_there"].match(text) or rx["question_line"].match(text) or rx[
                "public_participation"].search(text) or (
                rx["answer_line"].match(text) and not rx["will"].search(text)
                and not rx["answer_errand"].match(text) and not rx["agreed_to"].search(text)):
            continue  # "There were no urgent items …", "Is the Council confident …?", "Answer: …"
        if rx["interests_business"].search(text):
            continue  # "Any changes to be notified to the Register of Interests": procedure
        if (rx["this_meeting"].search(text) or rx["meeting_conduct"].search(text)) and not rx[
                "this_meeting_after"].search(text):
            # "… at the relevant item during the meeting", "Jo Bell agreed to take the minutes":
            # the meeting run, no errand (its conduct only as the doer's own verb phrase)
            continue
        if rx["on_record"].search(text) and not rx["on_record_errand"].search(text):
            continue  # "… wished to have his thanks recorded": done by the minute itself
        if rx["open_condition"].search(text):
            continue  # "A translation will be provided if requested": an offer, nothing asked
        if (tag := rx["action_tag"].search(text)) and not rx["action_done"].match(text) and (
                re.search(r"\w", text[: tag.start()])):
            # (a tag alone on its line, "- Action: RLEW.", names who acts on the errand
            # above it: action_who below)
            # "… asked for a report on fly tipping – ACTION": the minute marks it an action
            span = Span(doc, unit.start, unit.end, label="followup")
            _describe_followup(span, rules.find("asked_to", text))
            spans.append(span)
            continue
        if who := rx["action_who"].match(text):
            # (an open status line between the errand and its action line, "Action ongoing.",
            # is passed over: the action line names who acts on the errand above it)
            prev_k = k - 1
            while prev_k >= 0 and rx["status_open"].match(units[prev_k].text):
                prev_k -= 1
            first = units[prev_k + 1] if prev_k < k - 1 else unit
            if spans and _next_to(spans[-1], first) and (_only_names(
                    unit, who.start("who"), who.end("who")) or _actor(unit, who, lex)):
                spans[-1]._.assigned_to = spans[-1]._.assigned_to or who.group("who").strip()
                continue
            if prev_k >= 0 and (not spans or not _next_to(spans[-1], first)) and _actor(
                    unit, who, lex) and len(units[prev_k].text.split()) > 2:
                # "… contact with the owner remains outstanding. ACTION CLERK": the action
                # column names who acts on the sentence before, however it is worded.
                span = Span(doc, units[prev_k].start, units[prev_k].end, label="followup")
                span._.assigned_to = who.group("who").strip()
                spans.append(span)
                continue
            if _actor(unit, who, lex):
                continue  # "Action: Jo Hale" alone: who acts on an errand set before it
        if (to_action := rx["to_action"].match(text)) and _errand(unit, to_action, lex):
            who_acts = _who_acts(to_action.group("who"))
            if spans and _next_to(spans[-1], unit):
                spans[-1]._.assigned_to = spans[-1]._.assigned_to or who_acts
            elif k > 0 and units[k - 1].text.strip():
                # The sentence before is the errand, however it is worded ("Clerk to
                # circulated the briefing …"): the action line says someone is to do it.
                span = Span(doc, units[k - 1].start, units[k - 1].end, label="followup")
                span._.assigned_to = who_acts
                spans.append(span)
            continue
        low_text = folded(text)  # each trigger's words looked for once the text is folded
        found = {name: rules.find(name, text, mode, low_text) for name, mode in rules.triggers}
        before = _text_before(doc, page, unit.start)
        if (rx["motion_clause"].match(text) and rx["motion_before"].search(before)) or rx[
                "motion_opening"].search(text):
            continue  # "… put forward the following Proposal: That …": a motion, undecided
        in_resolution = resolving[k]
        if (purpose := rx["report_purpose"].search(text)) and not rx["will"].search(text):
            # "submitted a report … requesting that …": what the report asks of this meeting
            for name in ("requested", "passive"):
                if found[name] and found[name].start() >= purpose.start():
                    found[name] = None
        if (m := found["named_will"]) and not (
                not re.search(r"\w", text[: m.start("who")])
                and _named_by_head(m.group("who"), lex)) and not _only_names(
                unit, m.start("who"), m.end("who"),
                # after "and" or "which", in mid-sentence, a person or a post, who can be
                # held to a promise: "… confirmed and Rev Ann Hale will liaise with them"
                # (but "… closed and Highways England will reopen it" reports a plan), and
                # so does a body's intention ("Audit Wales intended to issue …")
                (POST, PERSON) if rx["mid_sentence_doer"].search(text, 0, m.start("who"))
                or rx["intention"].search(m.group(0))
                else (POST, PERSON, ORG)) and not _first_name(m.group("who")) and not (
                # a member by title after the words that place them ("Ward Councillor Mrs
                # Hale will investigate", "Borough Councillor G Penn would chase it")
                rx["titled_name_at_end"].search(m.group("who"))
                and not rx["mid_sentence_doer"].search(text, 0, m.start("who"))) and not (
                (rx["initials"].fullmatch(m.group("who").strip())
                 or rx["dotted_name"].fullmatch(m.group("who").strip()))
                and not rx["mid_sentence_doer"].search(text, 0, m.start("who"))):
            # (a member's initials act as a name does in action notes: "AD will update JP")
            found["named_will"] = None
        if (m := found["errand"]) and not _errand(unit, m, lex):
            found["errand"] = None
        if (m := found.get("errand_mid")) and not _errand(unit, m, lex):
            found["errand_mid"] = None
        if (m := found.get("and_would")) and m.group("who").lower() not in ("he", "she", "they") \
                and not _only_names(unit, m.start("who"), m.end("who"), (POST, PERSON)) \
                and not _first_name(m.group("who")) and not _ends_in_a_post(
                    m.group("who").lower(), lex) and not rx["titled_name_at_end"].search(
                    m.group("who")):
            # (one who can be held to a promise: "The Trust had closed it and would reopen
            # it" reports a plan; a member by a given name alone is one, as in action notes:
            # "Gil now has the address and will write to them"; so is a post, "the clerk
            # suggested … and will provide …", or a member by title, "Borough Councillor E
            # Fox has contacted officers and will chase a reply")
            found["and_would"] = None
        hit_name = next((name for name, _ in rules.triggers if found[name]), None)
        hit = found[hit_name] if hit_name else None
        clause_text = rx["clause_opening"].sub("", text, count=1).lstrip()
        # (a resolution's rules are tried only where no trigger read the clause; their
        # vetoes hold as any trigger's do)
        if hit is None and (in_resolution or _lettered_decision(units, k, rx)) and (
                rules.find("resolution_act", clause_text, "match")
                                              or rules.find("resolution_passive", clause_text,
                                                            "match")
                                              or rx["resolution_agenda"].match(clause_text)
                                              or rx["resolution_todo"].match(text)):
            hit_name = "resolution_act"
        if hit is None and hit_name is None and (in_resolution or rx["numbered_clause"].match(
                unit.text)) and rules.find("resolution_imperative", clause_text.lstrip(), "match"):
            # "2) Agree that the Council consults …", "1) Authorise the Monitoring Officer to
            # commence …": a cabinet's clause in the imperative, numbered, sets the work
            hit_name = "resolution_act"
        if hit_name is None:
            continue
        if hit_name == "agreed_that" and hit is not None and rx["motion_moved"].search(
                hit.group(0)) and k + 1 < len(units) and rx["motion_failed"].search(
                units[k + 1].text):
            continue  # "It was proposed … that the Clerk writes … This was not seconded": lost
        # Words that look ahead before the ask ("problems continuing to be seen … and sought
        # an update on what …") belong to another clause.
        # "Information was requested on …" asks as "Members requested information on …" does.
        ask = found["requested"] or found["requested_passive"]
        asked_only = hit_name not in ("passive", "asked_to") and ask \
            and not rx["future"].search(text, ask.start()) \
            and not rx["directive_ask"].search(text, 0, ask.start())
        # ("(3) officers be asked for information on how …": an ask the meeting directs, in
        # the subjunctive, never a question put and answered there)
        # "asked if the Clerk could find out …" looks ahead in its own words: answered in the
        # next sentence, it was a question put at the meeting all the same.
        asked_only = asked_only or hit_name == "asked_if"
        promised_next = k + 1 < len(units) and bool(rx["future"].search(units[k + 1].text))
        if asked_only and not promised_next and (
            (k + 1 < len(units) and rx["answer"].match(units[k + 1].text)
             and not rx["new_entry"].match(page, unit.end_char))
            or rx["question"].search(text)
        ):
            continue  # a question, answered on the spot: "… Members were informed that …"
        past = rx["past"].search(text)
        if past and hit is not None and past.start() > hit.end() and (
                rx["wh_clause"].search(text, hit.end(), past.start())
                or rx["clause_apart"].search(text, hit.end(), past.start())):
            # "asked for a note setting out what had been achieved", "… would be circulated
            # to Members, who had asked for them": the past is in a clause after the request
            past = None
        if past and hit is not None and past.end() < hit.start() and past.group(
                0).lower().endswith("been") and rx["state_apart"].search(
                text, past.end(), hit.start()) and not rx["perfect"].search(
                text, past.end(), hit.start()):
            # "The hedge had been cut back, and the Clerk would write to the owner": a state
            # reported, then a request in a clause of its own (but "… had been discussed and
            # Members had requested a presentation" reports the request too, and "It had been
            # agreed that referrals would …" the agreement)
            past = None
        if past and hit is not None and (ask := rx["ask_verb"].search(text, 0, past.start())) \
                and rx["wh_clause"].search(text, ask.end(), past.start()):
            # "They requested instances where funding has been acquired to be shared with the
            # Board": the past is in what is asked for, after the ask
            past = None
        if past and not (found["asked_to"] or rx["promise"].search(text)) and not (
            hit is not None and (_later_clause(text, past, hit) or (
                hit_name in rules.own_clause and hit.start() > past.end())
                or any(found.get(n) and found[n].start() > past.end()
                       for n in rules.own_clause))
        ):
            continue  # reports what was done, or what was not asked for
        m_errand = found["errand"] or (rx["action_errand"].match(text)
                                       if hit_name == "action" else None)
        if hit_name in ("errand", "action") and spans and _next_to(spans[-1], unit) and (
            _same_errand(spans[-1], unit, m_errand.group("who") if m_errand else "")
        ):
            # "It was agreed to resend the response. Clerk to resend response.", "Cllr Hale
            # said he would raise this with the police. ACTION: Cllr Hale to raise the concern
            # with the police": the action line restates the request before it and names who
            # acts on it; one errand, its words and the action line's.
            spans[-1] = _joined(spans[-1], unit)
            if m_errand:
                spans[-1]._.assigned_to = spans[-1]._.assigned_to or m_errand.group(
                    "who").strip()
            continue
        span = Span(doc, unit.start, unit.end, label="followup")
        span._.rule = hit_name  # the trigger that read it (kg.prose._owned: kept_alone)
        _describe_followup(span, found["asked_to"] or found["instruct"]
                           or found["reduced_asked"])
        if hit_name == "errand" and span._.assigned_to is None:
            span._.assigned_to = _who_acts(m_errand.group("who"))
        if hit_name == "errand_mid" and span._.assigned_to is None:
            # "…, Jo and Sam to draft a letter to the auditor": the action line run on
            # into the sentence names who acts as one on a line of its own does
            span._.assigned_to = _who_acts(found["errand_mid"].group("who"))
        if span._.assigned_to is None and hit_name == "to_be_done" and (
                is_to := rx["is_to_who"].search(text)) and _errand(unit, is_to, lex):
            # "Clerk is to notify the owner": the errand set, its doer named before "is to"
            span._.assigned_to = _who_acts(is_to.group("who"))
        if span._.assigned_to is None and hit is not None and hit_name in rules.names_doer \
                and (doer := (hit.groupdict().get("who") or "").strip()) \
                and doer.lower() not in lex.pronoun_doers:
            # "the clerk would request a meeting", "Mr Lowe will speak to the owner": the
            # one the rule read as acting (names_doer in followups.toml)
            span._.assigned_to = _who_acts(doer)
        if span._.assigned_to is None and (tail := rx["to_action_tail"].search(text)) and (
                _errand(unit, tail, lex)):
            span._.assigned_to = _who_acts(tail.group("who"))
        # An action line records what the debate asked for as a resolution does ("Cllr Hale
        # said he would raise this with the police. … ACTION: Cllr Hale to raise the concern
        # with the police").
        recorded = in_resolution or hit_name in ("action", "errand") or bool(
            rx["action_column"].match(text))
        if recorded and (said := [s for s in spans
                                  if id(s) not in resolved and _restates(s, span)]):
            # "The Officer agreed to circulate the figures. … AGREED that the figures be
            # circulated": the resolution records the promise made in the debate; one errand,
            # logged once, in the resolution's words.
            span._.assigned_to = span._.assigned_to or said[-1]._.assigned_to
            span._.requested_by = span._.requested_by or said[-1]._.requested_by
            spans = [s for s in spans if s not in said]
        if recorded:
            resolved.add(id(span))  # a clause never folds another clause of the resolution
        spans.append(span)
    spans = _answered(spans, units, rx, page)
    if rows := _log_rows(doc, rules):
        # An action log's rows are read by their cells, each row one errand: what the
        # sentence rules found on those lines gives way to the row.
        spans = [s for s in spans if not any(s.start < r.end and r.start < s.end for r in rows)]
        spans = sorted([*spans, *rows], key=lambda s: s.start)
    for span in spans:
        # Who the general shape of an errand names as acting, kept apart from assigned_to
        # (what a request's own rule named): the text no item holds keeps only requests a
        # rule attributed (kg.prose), and a record takes assigned_to, else this.
        if span._.assigned_to is None:
            span._.doer = _doer(span, _names_in(span, (POST, PERSON, ORG)))
    doc.spans["ckg_followups"] = spans
    return doc


def _action_cells(unit: Span, lex: Lexicon) -> list[Span]:
    """The errands of a flattened action table's rows in ``unit``: a cell opening on a verb
    of action in the imperative, then the cell of who acts ("… / Chase TS for the figures /
    CH / Mar 2016"), each the cell alone, assigned to its doer. A verb that is the meeting's
    own business ("Note the report / All") is no errand."""
    rules = followup_rules()
    doc = unit.doc
    out = []
    for m in rules.rx["action_cell"].finditer(unit.text):
        verb = m.group("verb").lower()
        if verb in lex.meeting_acts or (verb not in action_verbs() and verb not in
                                        rules.words.get("shorthand_errands", ())):
            continue
        cell = doc.char_span(unit.start_char + m.start("cell"), unit.start_char + m.end("cell"),
                             alignment_mode="expand")
        if cell is None:
            continue
        span = Span(doc, cell.start, cell.end, label="followup")
        _describe_followup(span, None)
        span._.assigned_to = m.group("who").strip()
        out.append(span)
    return out


def _log_rows(doc: Doc, rules: FollowupRules) -> list[Span]:
    """The rows of an action log flattened to text under its header row, the doer's column
    first ("Action by / Action / Deadline", then "JR / Send the plan to the Board / 28.6.12"):
    each row one follow-up, its text the row, assigned to the doer's cell and due by the
    deadline's. The rows run on from the header, line by line, until a line that is no row
    (a blank line, a heading). A row whose errand cell is its status or whose deadline cell says
    it is done ("Complete", "Closed") is a past action, no open request."""
    text = page_text(doc)
    done = re.compile(r"(?i)\b(?:" + "|".join(
        re.escape(w) for w in sorted(rules.words.get("done_words", ()), key=len, reverse=True))
        + r")\b")
    columns = rules.words.get("log_doer_columns", frozenset()) | rules.words.get(
        "log_action_columns", frozenset())
    out: list[Span] = []
    for header in rules.rx["log_header"].finditer(text):
        at = header.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = rules.rx["log_row"].fullmatch(text, at, end)
            if row is None:
                break
            at = end + 1
            who = row.group("who").strip()
            due = (row.group("due") or "").strip(" .")
            if who.lower() in columns or rules.rx["status_done"].match(row.group("errand")) \
                    or done.search(due):
                continue
            span = doc.char_span(row.start(), row.end(), alignment_mode="expand")
            if span is None:
                continue
            span = Span(doc, span.start, span.end, label="followup")
            span._.assigned_to = who
            span._.due_text = due or None
            out.append(span)
    return out


def _answered(spans: list[Span], units: list[Span], rx: dict[str, re.Pattern[str]],
              page: str) -> list[Span]:
    """A request the next sentence answers with a promise or an errand ("… residents wondered
    what the findings are. Clerk to speak to the PCSO."): one follow-up, which the gold guide
    quotes by its request, so when only the answer was read it runs from the request
    (``followups.toml``: ask_before, answer_opening). The request must be the sentence just
    before, in the same paragraph, and read as no follow-up of its own (a clause cut off by a
    semicolon, "Residents asked about the Post Office; the Clerk agreed to write …", is not:
    the promise is quoted by its own clause). ``page`` is the doc's text, built once by the
    caller (not for each follow-up)."""
    at = {u.start: k for k, u in enumerate(units)}
    # whether a request overlaps any follow-up, by the follow-ups in order of start and the
    # furthest end among those starting before a place (a scan of them all for each one was
    # quadratic in the follow-ups of a page)
    by_start = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in by_start]
    furthest = list(accumulate((s.end for s in by_start), max))

    def overlapped(ask: Span) -> bool:
        k = bisect_left(starts, ask.end)
        return k > 0 and furthest[k - 1] > ask.start

    out: list[Span] = []
    for span in spans:
        k = at.get(span.start)
        if k:
            ask = units[k - 1]
            doc = span.doc
            if ask.end <= span.start and "\n\n" not in page[ask.end_char:span.start_char] \
                    and ask.text.rstrip(" \t\n\"'”’)").endswith((".", "?", "!")) \
                    and not overlapped(ask) \
                    and rx["ask_before"].search(ask.text) \
                    and rx["answer_opening"].match(span.text):
                joined = Span(doc, ask.start, span.end, label="followup")
                for attr in ("requested_by", "assigned_to", "due_text", "rule"):
                    setattr(joined._, attr, getattr(span._, attr))
                span = joined
        out.append(span)
    return out


def _joined(before: Span, unit: Span) -> Span:
    """One follow-up from a request and the action line after it that restates it, what the
    request said of it kept."""
    span = Span(unit.doc, before.start, unit.end, label="followup")
    for attr in ("requested_by", "assigned_to", "due_text", "rule"):
        setattr(span._, attr, getattr(before._, attr))
    if span._.due_text is None and (m := followup_rules().rx["due"].search(unit.text)):
        span._.due_text = " ".join(m.group(0).split())  # "… ACTION: Clerk, by 5 May"
    return span


def _who_acts(who: str) -> str:
    """Who acts as a rule read them, less the article: "the Clerk" acts as "Clerk" (one
    helper: every rule that reads a doer trims it so)."""
    return without_the(who.strip())


def _first_name(who: str) -> bool:
    """Whether the one who acts is a member called by a common given name alone, as parish
    and working-group minutes name them ("Claire to send the quote to the clerk", "Mike will
    provide an update by 7 July")."""
    return who.strip() in given_names()


def _next_to(before: Span, unit: Span) -> bool:
    """Whether an action line comes right after a request: next to it, or with nothing but
    blank lines between ("… report to the Panel.\n\n\nAction: Jo Hale and Sam Lee"), as
    action columns are laid out. (Read token by token up to the first with words, not as the
    text of all between: each status line of a long item built the text back to its last
    request, quadratic on a long line of them.)"""
    return before.end >= unit.start - 2 or all(
        not t.text.strip() for t in before.doc[before.end : unit.start])


def _list_actor(opener: Span) -> str:
    """Who acts on a list of errands, as its opening line names them: the first post or person
    before the colon ("the Deputy Commissioner, MPS, undertook to:"), else "" (the meeting)."""
    names = _names_in(opener, (POST, PERSON))
    return without_the(names[0].text, any_case=True) if names else ""


def _text_before(doc: Doc, page: str, start: int, size: int = 400) -> str:
    """The last ``size`` characters of the doc's text before token ``start`` (as
    ``doc[:start].text[-size:]``, the last token's trailing space left off), sliced from the
    page's text (``page``, ``perdoc.page_text``, built once for the doc): the text of the whole doc
    before each unit, built afresh for every unit, was quadratic on a long line of units (a
    run-on list of days tagged with clause letters: 3.2 s at 20,000 characters, four times
    the time at twice the length)."""
    if start <= 0:
        return ""
    last = doc[start - 1]
    end = last.idx + len(last)
    return page[max(0, end - size) : end]


def _under_resolution(units: list[Span], rx: dict[str, re.Pattern[str]]) -> list[bool]:
    """Which units a resolution governs: "RESOLVED" or "decided" in the 400 characters
    before, an opening "AGREED" or a resolution's own "That the Clerk …"; and a numbered
    clause that goes on from a governed one ("Resolved: that (1) … ; (2) … ; (3) the Board
    report annually to Council"), however long the clauses before it ran."""
    out: list[bool] = []
    for k, unit in enumerate(units):
        text = unit.text
        # (the 400 characters before the unit from the page's text, built once: the text of
        # the whole doc before it, built afresh for each unit, was quadratic on a long line
        # of asks)
        before = _text_before(unit.doc, page_text(unit.doc), unit.start)
        out.append(bool(
            rx["resolved_before"].search(before + text[:20])
            or rx["agreed_opening"].match(text) or rx["that_opening"].match(text)
            or (k > 0 and out[k - 1] and units[k - 1].end >= unit.start - 2
                and rx["numbered_clause"].match(text))))
    return out


def _lettered_decision(units: list[Span], k: int, rx: dict[str, re.Pattern[str]]) -> bool:
    """Whether unit ``k`` is a clause of a lettered list of decisions whose resolution's word
    the page lost (an item page printing "(b) the Panel's December meeting includes a report
    …; (c) two sessions are arranged …" with no "RESOLVED" above): it opens with its letter,
    and a clause next to it in the list does too. Only a resolution's own shapes read it.
    A decision's clause runs on from the lost "RESOLVED that", so it opens in lower case
    ("(a) The hall is booked by the Scouts", "1) The accounts are prepared …": a list of
    facts, standing orders or notes, each a sentence of its own); and a list whose lead-in
    ends in a colon ("The report covered: (a) the Officer reports on …") is what that
    lead-in sets out, not what was decided."""
    # ("(a) Standard items on the Panel's agenda include reports on:": the lead-in to a list
    # of its own, no decision in its words)
    label = rx["numbered_clause"].match(units[k].text)
    if not label or units[k].text.rstrip().endswith(":") or not units[k].text[
            label.end():].lstrip()[:1].islower():
        return False
    if not any(0 <= j < len(units) and rx["numbered_clause"].match(units[j].text)
               for j in (k - 1, k + 1)):
        return False
    # the list's lead-in: the nearest unit above it that no label opens (a list of a few
    # dozen clauses at most is looked over)
    j = k - 1
    while j >= max(0, k - 40) and rx["numbered_clause"].match(units[j].text):
        j -= 1
    return j < 0 or not units[j].text.rstrip().endswith(":")


def _later_clause(text: str, past: re.Match[str], hit: re.Match[str]) -> bool:
    """Whether a request comes in a clause of its own after the past one: "the precept had
    been supported, and the information would be reported back at the March meeting" (but
    not "it had been agreed that the bins and any signs would be moved": one subject of two
    things, what was agreed)."""
    if hit.start() <= past.end():
        return False
    rx = followup_rules().rx
    between = text[past.end() : hit.start()]
    return bool(rx["later_clause"].search(between)) and not rx["coordinated_subject"].match(
        between)


def _errand(unit: Span, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether an action line's subject is one who can be sent on an errand: a post ("Clerk",
    "the Head of Finance"), a named person, or a member's initials ("RM", "SV/FH"), and not
    the meeting itself ("Members to note …")."""
    rx = followup_rules().rx
    after = unit.text[m.end():]
    if m.group("verb") in lex.meeting_acts and not rx["back"].match(after) and not (
            m.group("verb") == "report" and (rx["report_to"].match(after) or rx[
                "report_errand"].match(after))) and not rx[
            "meeting_act_errand"].match(after):
        # "The Chairman to report apologies for absence": business at the meeting (but "Clerk
        # to report the broken stile to the County Council" is an errand)
        return False
    who = m.group("who").strip()
    low = who.lower()
    if name_key(who) in lex.no_actor or low in lex.no_actor:
        # (but the meeting itself, or its members, sent on an errand with a verb of action:
        # "The Council to contact the Trustees", "councillors to inspect again before the
        # next meeting"; never "Members to note the report")
        return name_key(who) in followup_rules().words.get(
            "meeting_doers", ()) and rx["action_verb_at"].match(unit.text, m.start(
                "verb")) is not None

    if rx["initials"].fullmatch(who) or rx["dotted_name"].fullmatch(who):
        return True
    if who[:4].lower() == "the " and rx["initials"].fullmatch(who[4:].strip()) and rx[
            "action_verb_at"].match(unit.text, m.start("verb")) and who[4:].strip() not in \
            _thing_initials():
        return True  # "The EA to return to the Group with an update": a body by its initials
    if _ends_in_a_post(low, lex):
        return True
    if rx["titled_name"].fullmatch(who):
        return True  # "Councillor\n\nVennick": a member by title, whatever the page broke
    if _first_name(who) and not re.search(r"\bbe\b", unit.text[m.end("who"):m.start("verb")]):
        return True  # "Claire to send the quote" (but "Bill to be paid" is a thing)
    parts = re.split(r"\s*(?:,|\band\b|&|/)\s*", who)
    if len(parts) > 1 and all(_first_name(p) or rx["initials"].fullmatch(p) for p in parts) \
            and not re.search(r"\bbe\b", unit.text[m.end("who"):m.start("verb")]):
        return True  # "Jo and Sam to draft a letter", "Claire & RM to meet the warden"
    if re.fullmatch(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?", who) and low not in lex.no_actor \
            and _thing_done_by(unit, m, low) is False:
        return True  # "Linz to meet the warden", "Greenways to clear the ditch": a verb of action
    return _only_names(unit, m.start("who"), m.end("who"))


@cache
def _thing_initials() -> frozenset[str]:
    """Initials that name a plan or a meeting, never one sent on an errand: the schemes'
    acronyms of schemes.toml ("The JSNA to inform the strategy", "The BSIP to set out …") and
    the meetings' of meeting_refs.toml's ``meeting_named`` ("The AGM to consider the accounts")."""
    meetings = tomllib.loads(resources.files("kg").joinpath("data/nlp/meeting_refs.toml")
                             .read_text(encoding="utf-8"))["words"]["meeting_named"]
    return frozenset({a for s in schemes_data() for a in s.get("acronyms", ())}
                     | {w for w in meetings if w.isupper()})


def _thing_done_by(unit: Span, m: re.Match[str], low: str) -> bool | None:
    """For an action line ``m`` whose doer (``low``, lower-cased) is known by nothing but
    the verb after its "to": None when that verb (one word or a phrase, "look into") is no
    verb of action; True when the subject names a thing to be done, not one who acts, by its
    head noun ("Application to erect …", followups.toml's not_doers) or by a finite verb of
    its own after the errand ("Works to repair the bus shelter were completed"); else False
    ("Linz to meet the warden")."""
    rules = followup_rules()
    text = unit.text
    verb = rules.rx["action_verb_at"].match(text, m.start("verb"))
    if verb is None:
        return None
    if low.split()[-1] in rules.words.get("not_doers", ()):
        return True
    if re.sub(r"\s+", " ", verb.group(0)) in clause_verbs():
        return False  # "Linz to check the gate is locked": the clause's own verb
    return bool(rules.rx["thing_then_verb"].match(text[verb.end():]))


def _actor(unit: Span, who: re.Match[str], lex: Lexicon) -> bool:
    """Whether an action column's entry names one who acts: a post ("CLERK", "Head of
    Finance"), a member's initials ("RM"), a member by title, or names and nothing else."""
    text = who.group("who").strip()
    low = name_key(text)
    if not low or low in lex.no_actor or re.search(r"\bto\s+[a-z]", text):
        return False  # "Action point: Chair to meet the head": an errand line, not a column
    if followup_rules().rx["errand_then_doer"].match(text):
        return False  # "Action: obtain quotes – Clerk": the errand, then who does it
    if followup_rules().rx["initials"].fullmatch(text) or followup_rules().rx[
            "titled_name"].fullmatch(text):
        return True
    if followup_rules().rx["action_column"].match(unit.text) and followup_rules().rx[
            "names_only"].fullmatch(text) and not set(re.findall(r"[a-z/]+", low)) & \
            followup_rules().words.get("no_action", frozenset()):
        return True  # "Action: Jo Hale and Sam Lee", "Action: All/CM": names, unread or not
    if _ends_in_a_post(low, lex):
        return True
    return _only_names(unit, who.start("who"), who.end("who"))


def _named_by_head(who: str, lex: Lexicon) -> bool:
    """Whether a capitalised subject is a post by its last word, or a body by its name and
    head word, read or not ("The Footpaths Officer", "The Parish Council", "Westbury Rugby
    Club"): one who can be held to what it says it will do."""
    words = _who_acts(who).split()
    head = words[-1].lower() if words else ""
    # (a body by its head word alone, "The Trust will review its services", is one described)
    return bool(words) and words[-1][:1].isupper() and (
        head in lex.post_heads or (len(words) > 1 and head in lex.org_heads))


def _ends_in_a_post(low: str, lex: Lexicon) -> bool:
    """Whether a lower-cased subject ends in a post's head word or another word of one who
    runs errands ("… head of finance", "clerk"): an action line's doer and an action column's
    entry are both told by it."""
    last = low.split()[-1]
    return last in lex.post_heads or last in followup_rules().words.get("errand_actors", ())


def _same_errand(before: Span, unit: Span, who: str = "") -> bool:
    """Whether an action line repeats the request just before it: they share the errand's
    verb or its object ("agreed to resend the response" / "Clerk to resend response"), or
    the one who acts ("resolved that the Clerk would chase the matter. Clerk to follow up").
    Two action lines are two errands whoever acts: "Clerk to contact …" and "Clerk to check
    …" share only the doer."""
    action = followup_rules().rx["action"]
    if action.match(before.text.lstrip()) and action.match(unit.text.lstrip()):
        return False  # two lines of an action column, each with its marker: two points
    errand = followup_rules().rx["errand"]
    b = errand.match(before.text)
    if b and (u := errand.match(unit.text)) and b.group("verb") != u.group("verb"):
        # "Clerk to confirm the planning rules for sheds. Clerk to email the cost breakdown
        # to the Parish Council": two action lines with verbs of their own are two errands,
        # whatever words their objects share.
        return False
    lines = b is not None
    doer = {w.lower() for w in re.findall(r"\w+", who)}
    before_doer = {w.lower() for w in re.findall(r"\w+", before._.assigned_to or "")}
    if doer and before_doer and not doer & before_doer:
        # "The Chairman agreed to obtain an estimate for the allotment site. Clerk to confirm
        # the planning rules for the allotment site": another one acts, another errand
        return False
    actor = doer if lines else set()

    def words(span: Span) -> set[str]:
        return {t.lower_ for t in span if t.is_alpha and len(t) > 3 and not t.is_stop
                and t.lower_ not in actor}
    shared = words(before) & words(unit)
    if len(shared) == 1 and not lines and (u := errand.match(unit.text)) and not (
            _verb_in(u.group("verb"), before)) and not (_named_in(doer, before)):
        # "Agreed that the minutes would be published on the village website. Clerk to
        # arrange a link from the County's website", "Plot holder will pay for the bag. Lyn
        # to contact the toilet hire firm about the plot": an action line whose verb the
        # sentence before never used, for one that sentence never named, shares a word of
        # the matter with it and no more; another errand of the same matter (but "Agreed
        # that a meeting be arranged on site. Clerk to arrange a meeting in August" repeats
        # the verb, "The Chair asked the Clerk to prepare the budget. Clerk to add it to the
        # agenda" the doer: the one errand, its action line).
        return False
    return bool(shared)


def _verb_in(verb: str, span: Span) -> bool:
    """Whether ``span`` uses the verb (a phrasal verb's first word) in one of its forms
    (``_verb_forms``), as a word: a word that only starts with it is another word ("add" is
    not in "address" nor "additional")."""
    forms = _verb_forms(verb.partition(" ")[0])
    return any(t.lower_ in forms for t in span if t.is_alpha)


@cache
def _verb_forms(verb: str) -> frozenset[str]:
    """A verb's forms: "arrange", "arranges", "arranged", "arranging"; "tidy" → "tidies";
    past tenses and participles of ``action_verbs.toml``'s irregular_participles and
    other_forms ("bring" → "brought", "give" → "gave", "given"); and its last consonant
    doubled after one vowel whether or not ``double_final`` lists the verb ("plan" →
    "planned", "cancel" → "cancelled", British spelling): a doubled form that is no word
    ("visitted") is never in a span, so it costs nothing."""
    third = verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou" \
        else verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    forms = {verb, third, _participle(verb), _ing(verb),
             *_action_verbs_file().get("other_forms", {}).get(verb, ())}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and \
            verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return frozenset(forms)


def _named_in(doer: set[str], span: Span) -> bool:
    """Whether one who acts (the words of their name) is named in ``span`` too: by a word
    of the name other than its small words (followups.toml's ``doer_small_words``)."""
    small = followup_rules().words.get("doer_small_words", frozenset())
    names = {w for w in doer if len(w) > 1 and w not in small}
    return bool(names & {t.lower_ for t in span})


def _content_words(span: Span) -> set[str]:
    return {t.lower_ for t in span if t.is_alpha and len(t) > 3 and not t.is_stop}


def _restates(before: Span, clause: Span) -> bool:
    """Whether a resolution clause restates a request made earlier in the same minute: most
    of the shorter one's content words are in the other (three at least), so "agreed to
    circulate the revised parking figures to Members" and "that the revised parking figures
    be circulated to Members" are one errand, but two errands that share a word or two
    ("the report", "Members") stay two."""
    a, b = _content_words(before), _content_words(clause)
    shared = len(a & b)
    return before.end <= clause.start and shared >= 3 and shared >= 0.6 * min(len(a), len(b))


def _participle(verb: str) -> str:
    """The past participle of a verb or a phrasal verb, its first word inflected: "circulate"
    → "circulated", "tidy" → "tidied", "cut back" → "cut back", "write" → "written"
    (``action_verbs.toml``'s irregular_participles), "submit" → "submitted" (a verb in
    ``doubling_verbs`` doubles its last letter)."""
    first, sep, rest = verb.partition(" ")
    irregular = _action_verbs_file().get("irregular_participles", {})
    if first in irregular:
        first = irregular[first]
    elif first in doubling_verbs():
        first += first[-1] + "ed"
    elif first.endswith("e"):
        first += "d"
    elif first.endswith("y") and len(first) > 2 and first[-2] not in "aeiou":
        first = first[:-1] + "ied"
    else:
        first += "ed"
    return first + sep + rest


def _ing(verb: str) -> str:
    """The -ing form of a verb or a phrasal verb, its first word inflected: "bring" →
    "bringing", "circulate" → "circulating", "cut back" → "cutting back" (a verb in
    ``doubling_verbs`` doubles its last letter), "look into" → "looking into"."""
    first, sep, rest = verb.partition(" ")
    if first in doubling_verbs():
        first += first[-1] + "ing"
    elif first.endswith("e") and not first.endswith("ee") and len(first) > 2:
        first = first[:-1] + "ing"
    else:
        first += "ing"
    return first + sep + rest


def _only_names(unit: Span, start: int, end: int,
                kinds: tuple[str, ...] = (POST, PERSON, ORG)) -> bool:
    """Whether the characters ``start:end`` of ``unit`` hold names (of ``kinds``) and nothing
    else ("Councillor Rice", "the Head of Finance and Councillor Rice")."""
    names = _names_in(unit, kinds)
    rest = unit.text[start:end]
    for n in sorted(names, key=lambda n: -n.start_char):
        a, b = n.start_char - unit.start_char - start, n.end_char - unit.start_char - start
        if a >= 0 and b <= len(rest):
            rest = rest[:a] + rest[b:]
    return bool(names) and not re.sub(r"(?i)\b(?:the|and|&)\b|[\s,/]", "", rest)


def _acts(after: str) -> bool:
    """Whether the words after a name make it the one who acts: "… consider options",
    "… be asked to review", "… to circulate the figures", "… confirmed that she would
    share the data"."""
    return bool(followup_rules().rx["acts_after"].match(after))


def _doer(span: Span, names: list[Span]) -> str | None:
    """Who is to act, by the general shape of an errand when no narrower rule named them: the
    first post, person or body followed by a future or directive verb, whatever the verb, or
    that said it would act or announced the work to come (``doer_after`` in
    ``followups.toml``: "Mr Lambourne would liaise with …", "the Officer reported that she
    would check …", "The Chair confirmed that a written response would be sent"), or whom
    a resolution directs ("It was RESOLVED that the Clerk update the Ward Councillor")."""
    rx = followup_rules().rx
    text = span.text
    for n in names:
        start, end = n.start_char - span.start_char, n.end_char - span.start_char
        if rx["doer_after"].match(text, end) or (
                rx["resolution_doer_before"].search(text, 0, start)
                and rx["resolution_doer_after"].match(text, end)):
            label = n._.label if n._.kind == PERSON and n._.label else n.text
            return without_the(label, any_case=True)
    return None


def _describe_followup(span: Span, asked: re.Match[str] | None) -> None:
    """Who asked, who is to act and by when, as the request's own words say."""
    rx = followup_rules().rx
    text = span.text
    if m := rx["asker"].search(text.strip(" -•\n\t")):
        span._.requested_by = without_the(m.group(1), any_case=True).strip()
    names = _names_in(span, (POST, PERSON, ORG))
    if span._.requested_by is None:
        # "Councillor Brackwell … asked for the Chair to provide an update": a named asker.
        for n in names:
            after = text[n.end_char - span.start_char :]
            if n._.kind in (POST, PERSON) and (rx["asker_after"].match(after) or rx[
                    "asker_before"].search(text, 0, n.start_char - span.start_char)):
                label = n._.label if n._.kind == PERSON else n.text
                span._.requested_by = without_the(label, any_case=True)
                break
    if asked is not None and asked.groupdict().get("who"):
        who = without_the(asked.group("who"), any_case=True).strip()
        span._.assigned_to = who
    elif asked is not None and (before := [n for n in names
                                           if n.end_char <= span.start_char + asked.start()]):
        span._.assigned_to = without_the(before[-1].text, any_case=True)
    elif m := rx["agreed_to"].search(text):
        # The one who agreed: the first post or person named before the verb.
        before = [n for n in names if n.end_char <= span.start_char + m.start()]
        if before:
            span._.assigned_to = without_the(before[0].text, any_case=True)
    elif m := rx["agreed_that_who"].search(text):
        span._.assigned_to = m.group("who").strip()
    elif names and rx["subject_opening"].fullmatch(
            text[: names[0].start_char - span.start_char]) and (
        _acts(text[names[0].end_char - span.start_char :])
    ):
        span._.assigned_to = without_the(names[0].text)
    if span._.assigned_to is None and (m := rx["action_errand"].match(text)):
        span._.assigned_to = _who_acts(m.group("who"))
    if span._.assigned_to is None and (m := rx["initials_will"].match(text)):
        span._.assigned_to = m.group("who")  # "AD will update JP": a member by initials
    if m := rx["due"].search(text):
        span._.due_text = " ".join(m.group(0).split())


MONTHS = followup_rules().fragments["months"]


def _misspellings(month: str) -> set[str]:
    """The slips a typist makes in a month's name: two letters swapped or one left out, the
    capital first letter kept ("Novmeber", "Feburary", "Septmber")."""
    rest = month[1:]
    swapped = {rest[:i] + rest[i + 1] + rest[i] + rest[i + 2 :] for i in range(len(rest) - 1)}
    dropped = {rest[:i] + rest[i + 1 :] for i in range(len(rest))}
    return {month[0] + r for r in swapped | dropped} - {month}


# A misspelt month, as minutes print one, and the month it is: only names of five letters or
# more (a slip in "May" or "June" makes another word), never a real word (lexicon: the
# [words] not_month_typos of followups.toml).
_MONTH_TYPOS = {
    typo: month
    for month in MONTHS[3:-1].split("|") if len(month) >= 5
    for typo in _misspellings(month)
    if typo.lower() not in followup_rules().words.get("not_month_typos", ())
}
MONTHS_READ = "(?:" + "|".join(sorted([*MONTHS[3:-1].split("|"), *_MONTH_TYPOS],
                                       key=len, reverse=True)) + ")"
_RX_TYPO = re.compile(r"\b(?:" + "|".join(sorted(_MONTH_TYPOS, key=len, reverse=True)) + r")\b")


def month_as_meant(when: str) -> str:
    """"the Novmeber meeting" is the November meeting."""
    return _RX_TYPO.sub(lambda m: _MONTH_TYPOS[m.group(0)], when)


