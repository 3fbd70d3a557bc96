"""The language pipeline: spaCy components, registered by name, that find the posts, people,
organisations, programmes, follow-up requests and references to other meetings in the
prose of minutes.

The pipeline is built once on ``spacy.blank("en")`` (or, if the user names one, an installed
statistical model) and run with ``nlp.pipe`` over every item of every document. Components
only mark spans (``doc.spans["ckg"]``, ``doc.spans["ckg_followups"]``,
``doc.spans["ckg_meeting_refs"]``) with their attributes; :mod:`kg.prose` turns them into
records. Word lists live in ``kg/data/nlp/lexicon.toml`` and ``given_names.txt``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import spacy
from spacy.lang.char_classes import HYPHENS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from kg.patterns import given_names
from kg.patterns import load as load_patterns

for _name in ("kind", "label", "requested_by", "assigned_to", "due_text", "committee",
              "when", "precision", "in_resolution"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

POST, PERSON, ORG, PROGRAMME = "post", "person", "organisation", "programme"


@dataclass(frozen=True, eq=False)
class Lexicon:
    connectors: frozenset[str]
    breaks: frozenset[str]
    generic_places: frozenset[str]
    generic_names: frozenset[str]
    owners: frozenset[str]
    list_openers: tuple[tuple[str, ...], ...]
    post_synonyms: tuple[tuple[str, ...], ...]
    not_name_start: frozenset[str]
    post_heads: frozenset[str]
    post_needs_qualifier: frozenset[str]
    post_standalone: frozenset[str]
    post_lay_roles: frozenset[str]
    post_portfolios: frozenset[str]
    post_ranks: frozenset[str]
    not_portfolios: tuple[str, ...]
    post_any_case: tuple[str, ...]
    org_heads: frozenset[str]
    org_known: frozenset[str]
    org_any_case: tuple[str, ...]
    place_words: frozenset[str]
    nations: frozenset[str]
    service_bodies: frozenset[str]
    committee_words: frozenset[str]
    programme_heads: frozenset[str]
    campaign_heads: frozenset[str]
    departments: frozenset[str]
    programme_trailing: frozenset[str]
    programme_generic: frozenset[str]
    programme_known: frozenset[str]
    org_trailing: frozenset[str]
    group_phrases: tuple[str, ...]
    person_titles: frozenset[str]
    list_titles: frozenset[str]
    given_names: frozenset[str]
    surname_heads: frozenset[str]
    honours: frozenset[str]
    street_words: frozenset[str]
    passive_verbs: frozenset[str]
    ongoing_after_being: frozenset[str]
    not_requests: frozenset[str]
    promise_verbs: frozenset[str]
    request_verbs: frozenset[str]
    questions_put: tuple[str, ...]
    asked_themselves: tuple[str, ...]
    agenda_purposes: tuple[str, ...]
    deferral_verbs: tuple[str, ...]
    answered: tuple[str, ...]
    action_markers: tuple[str, ...]
    answer_verbs: tuple[str, ...]
    audiences: tuple[str, ...]
    kept_informed: tuple[str, ...]
    report_verbs: tuple[str, ...]
    commit_verbs: tuple[str, ...]
    action_closed: tuple[str, ...]
    no_actor: frozenset[str]
    meeting_acts: frozenset[str]
    requested_nouns: tuple[str, ...]
    granted: tuple[str, ...]
    topic_openers: tuple[str, ...]
    report_purposes: tuple[str, ...]
    attendance_lists: tuple[str, ...]
    council_acronym_endings: tuple[str, ...]
    not_council_acronyms: frozenset[str]
    own_errands: tuple[str, ...]
    title_tails: frozenset[str]
    acronym_heads: frozenset[str]
    post_areas: frozenset[str]
    members_things: frozenset[str]
    directorates: frozenset[str]
    legislation: frozenset[str]
    speech_verbs: frozenset[str]
    councillor_tiers: frozenset[str]
    welcome_verbs: frozenset[str]
    plural_post_qualifiers: frozenset[str]
    org_cues: tuple[tuple[str, ...], ...]
    post_not_qualifiers: frozenset[str]
    meeting_kinds: frozenset[str]
    own_groups: tuple[str, ...]
    not_surnames: frozenset[str]
    not_modifiers: frozenset[str]
    hyphen_prefixes: frozenset[str]
    post_titles: frozenset[str]
    legislatures: tuple[str, ...]
    public_heads: frozenset[str]
    dwellings: frozenset[str]
    branches: tuple[str, ...]
    branch_not: frozenset[str]
    trades: frozenset[str]
    trade_topics: frozenset[str]
    money_words: frozenset[str]
    operation_words: frozenset[str]
    regions: frozenset[str]
    acronym_acts: frozenset[str]
    acronym_approaches: tuple[tuple[str, ...], ...]
    post_compounds: tuple[str, ...]
    council_acronyms_in_c: str


@cache
def lexicon() -> Lexicon:
    data = resources.files("kg").joinpath("data/nlp")
    raw = tomllib.loads(data.joinpath("lexicon.toml").read_text(encoding="utf-8"))

    def fs(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[section][key])

    return Lexicon(
        connectors=fs("chunks", "connectors"),
        breaks=fs("chunks", "breaks"),
        generic_places=fs("chunks", "generic_places"),
        generic_names=fs("organisations", "generic"),
        owners=fs("programmes", "owners"),
        list_openers=tuple(tuple(w.lower().split()) for w in raw["programmes"]["list_openers"]),
        post_synonyms=tuple(tuple(w.lower() for w in group)
                            for group in raw["posts"]["synonyms"]),
        not_name_start=fs("chunks", "not_name_start"),
        post_heads=fs("posts", "heads"),
        post_needs_qualifier=fs("posts", "needs_qualifier"),
        post_standalone=fs("posts", "standalone"),
        post_lay_roles=fs("posts", "lay_roles"),
        post_portfolios=fs("posts", "portfolios"),
        post_ranks=fs("posts", "ranks"),
        not_portfolios=tuple(w.lower() for w in raw["posts"]["not_portfolios"]),
        post_any_case=tuple(raw["posts"]["any_case"]),
        org_heads=fs("organisations", "heads"),
        org_known=fs("organisations", "known"),
        org_any_case=tuple(raw["organisations"]["any_case"]),
        place_words=fs("organisations", "place_words"),
        nations=fs("organisations", "nations"),
        service_bodies=fs("organisations", "service_bodies"),
        committee_words=fs("organisations", "committee_words"),
        title_tails=fs("organisations", "title_tails"),
        acronym_heads=fs("organisations", "acronym_heads"),
        post_areas=fs("posts", "areas"),
        post_not_qualifiers=fs("posts", "not_qualifiers"),
        meeting_kinds=fs("organisations", "meeting_kinds"),
        own_groups=tuple(w.lower() for w in raw["organisations"]["own_groups"]),
        not_surnames=fs("people", "not_surnames"),
        not_modifiers=fs("programmes", "not_modifiers"),
        hyphen_prefixes=fs("programmes", "hyphen_prefixes"),
        post_titles=fs("people", "post_titles"),
        legislatures=tuple(w.lower() for w in raw["posts"]["legislatures"]),
        public_heads=fs("organisations", "public_heads"),
        dwellings=fs("people", "dwellings"),
        branches=tuple(w.lower() for w in raw["organisations"]["branches"]),
        branch_not=fs("organisations", "branch_not"),
        trades=fs("organisations", "trades"),
        trade_topics=fs("organisations", "trade_topics"),
        money_words=fs("programmes", "money_words"),
        operation_words=fs("programmes", "operation_words"),
        regions=fs("organisations", "regions"),
        acronym_acts=fs("organisations", "acronym_acts"),
        acronym_approaches=tuple(tuple(w.lower().split())
                                 for w in raw["organisations"]["acronym_approaches"]),
        post_compounds=tuple(w.lower() for w in raw["posts"]["compounds"]),
        council_acronyms_in_c=raw["organisations"]["council_acronyms_in_c"],
        members_things=fs("people", "members_things"),
        directorates=fs("posts", "directorates"),
        legislation=fs("chunks", "legislation"),
        speech_verbs=fs("people", "speech_verbs"),
        councillor_tiers=fs("people", "councillor_tiers"),
        welcome_verbs=fs("people", "welcome_verbs"),
        plural_post_qualifiers=fs("posts", "plural_qualifiers"),
        org_cues=tuple(tuple(w.lower().split()) for w in raw["organisations"]["cues"]),
        programme_heads=fs("programmes", "heads"),
        campaign_heads=fs("programmes", "campaign_heads"),
        departments=fs("programmes", "departments"),
        programme_trailing=fs("programmes", "trailing"),
        programme_generic=fs("programmes", "generic"),
        programme_known=fs("programmes", "known"),
        org_trailing=fs("organisations", "trailing"),
        group_phrases=tuple(raw["programmes"]["group_phrases"]),
        person_titles=fs("people", "titles"),
        list_titles=fs("people", "list_titles"),
        honours=frozenset(raw["people"]["honours"]),
        street_words=fs("people", "street_words"),
        given_names=given_names(),
        surname_heads=fs("people", "surname_heads"),
        passive_verbs=fs("followups", "passive_verbs"),
        ongoing_after_being=fs("followups", "ongoing_after_being"),
        not_requests=fs("followups", "not_requests"),
        promise_verbs=fs("followups", "promise_verbs"),
        request_verbs=fs("followups", "request_verbs"),
        questions_put=tuple(re.escape(w) for w in raw["followups"]["questions_put"]),
        asked_themselves=tuple(re.escape(w) for w in raw["followups"]["asked_themselves"]),
        agenda_purposes=tuple(w.lower() for w in raw["followups"]["agenda_purposes"]),
        deferral_verbs=tuple(re.escape(w) for w in raw["followups"]["deferral_verbs"]),
        answered=tuple(raw["followups"]["answered"]),
        action_markers=tuple(re.escape(w) for w in raw["followups"]["action_markers"]),
        answer_verbs=tuple(re.escape(w) for w in raw["followups"]["answer_verbs"]),
        audiences=tuple(re.escape(w) for w in raw["followups"]["audiences"]),
        kept_informed=tuple(re.escape(w) for w in raw["followups"]["kept_informed"]),
        report_verbs=tuple(re.escape(w) for w in raw["followups"]["report_verbs"]),
        commit_verbs=tuple(re.escape(w) for w in raw["followups"]["commit_verbs"]),
        action_closed=tuple(re.escape(w) for w in raw["followups"]["action_closed"]),
        no_actor=fs("followups", "no_actor"),
        meeting_acts=fs("followups", "meeting_acts"),
        requested_nouns=tuple(re.escape(w) for w in raw["followups"]["requested_nouns"]),
        granted=tuple(re.escape(w) for w in raw["followups"]["granted"]),
        topic_openers=tuple(re.escape(w).replace(r"\ ", r"\s+")
                            for w in raw["followups"]["topic_openers"]),
        report_purposes=tuple(re.escape(w) for w in raw["followups"]["report_purposes"]),
        council_acronym_endings=tuple(raw["organisations"]["council_acronym_endings"]),
        not_council_acronyms=frozenset(raw["organisations"]["not_council_acronyms"]),
        own_errands=tuple(re.escape(w).replace(r"\ ", r"\s+")
                          for w in raw["followups"]["own_errands"]),
        attendance_lists=tuple(re.escape(w).replace(r"\ ", r"\s+")
                               for w in raw["followups"]["attendance_lists"]),
    )


# -- names: posts, organisations, programmes, people -------------------------------------


def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t) and not tok.is_punct


def _phrase(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _lower_phrase(tokens) -> str:
    return " ".join(t.lower_ for t in tokens)


def _chunks(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined by connectors ("for", "and", "of the", "&"), within a
    sentence: the candidates for names."""
    out = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not _is_cap(tok) or (tok.lower_ in lex.not_name_start and not tok.is_upper and not (
            # "advice from One Voice Wales": a known body's first word, whatever it is
            _known_body_at(doc, i, lex)) and not (
            # "Member Scrutiny Champion", "Member Services Officer": "Member" as a post's
            # first word, when a capitalised word follows it
            tok.lower_ == "member" and i + 1 < n and _is_cap(doc[i + 1])
            and doc[i + 1].lower_ not in lex.post_heads
        ) and not (
            # "the Member of Parliament for Bury", "Member of the Senedd": a member of a
            # legislature is a post
            tok.lower_ in ("member", "members") and doc[i + 1 : i + 5].text.lower().startswith(
                tuple("of " + w for w in lex.legislatures))
        )) or (tok.lower_ in lex.breaks) or (
            # "A Member advised": the article, though a capital; not an initial
            tok.text == "A" and i + 1 < n and doc[i + 1].text != "." and (
                doc[i + 1].lower_ in lex.post_heads or tok.is_sent_start)
        ):
            i += 1
            continue
        end = i + 1  # exclusive end of the last capitalised word
        j = i + 1
        comma_ok = False
        while j < n and not doc[j].is_sent_start:
            t = doc[j]
            if t.lower_ in lex.breaks or t.text == "I":
                break  # "… Transformation & Update on Pilot Projects" is two things
            if t.lower_ in ("the", "a", "an") and doc[j - 1].lower_ not in ("of", "for"):
                break  # "ACTION: The Head of Finance": a new name starts at "The"
            if _is_cap(t):
                end = j + 1
                j += 1
                continue
            if t.text in ("'", "’") and doc[j - 1].whitespace_ == "" and (
                    doc[j - 1].lower_.endswith("s") and j + 1 < n and _is_cap(doc[j + 1])):
                j += 1  # "the Victims' Strategy": a plural's apostrophe, inside the name
                continue
            if t.text == "/" and t.whitespace_ == "" and doc[j - 1].whitespace_ == "" and (
                    j + 1 < n and _is_cap(doc[j + 1])):
                j += 1  # "Live/Work Leicester Campaign": one name, written with a slash
                continue
            if t.is_digit and doc[j - 1].lower_ == "section" and _is_cap(doc[j - 1]):
                end = j + 1  # "the Section 151 Officer", "Section 106 monies": a section
                j += 1  # of an act, inside the name
                continue
            low = t.lower_
            if low in ("for", "of"):
                comma_ok = True
            attached = doc[j - 1].whitespace_ == ""  # "Director:" / "Children’s", not " - "
            ok = (
                (low in lex.connectors and (t.is_alpha or attached or low in ("&", "'s", "’s")))
                or (low == "," and comma_ok)
            )
            if low == "the" and doc[j - 1].lower_ not in ("of", "for"):
                ok = False  # "Office of the …", but not "CSE the Cabinet Member"
            if low == "with" and doc[j + 1 : j + 3].text.lower() == "responsibility for":
                ok = True  # "Cabinet Member with Responsibility for Community Safety"
            elif low == "with" and j - i == 1 and _place_with(doc, i, lex):
                ok = True  # a place named "X with Y": "Ashby with Oakley Parish Council"
            if low == "," and j + 2 < n and _place_with(doc, j + 1, lex):
                ok = False  # "Director of Public Health, Ashby with Oakley Council"
            if low == ":" and j + 1 < n and doc[j + 1].lower_ in lex.not_name_start:
                ok = False  # "Planning Working Group: All Councillors will …": a new clause
            if ok and j + 1 < n:
                j += 1
                continue
            break
        # "Subsequently the Group": a sentence's first word is no part of a name that a
        # lower-case word follows.
        if tok.is_sent_start and end > i + 1 and doc[i + 1].lower_ in ("the", "a", "an"):
            i += 1
            continue
        # Headings in capitals ("RESPONSES TO QUESTIONS FROM THE PUBLIC") are not names;
        # acronyms ("NHS", "DWP") are.
        # A long acronym that a lower-case programme word follows is a name ("the NWHSHAZ
        # project"): a heading's words are not followed so on its line.
        acronym = end == i + 1 and end < n and doc[end].lower_ in lex.programme_trailing
        if not acronym and all(
            t.is_upper or not any(c.isalpha() for c in t.text) for t in doc[i:end]
        ) and any(len(t) > 5 for t in doc[i:end]):
            i = end
            continue
        out.append((i, end))
        i = max(end, i + 1)
    return out


def _known_body_at(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a known body's name of two words or more starts at ``i``, capitalised as a
    name: "One Voice Wales" starts with a word that otherwise begins no name."""
    return any(doc[i : i + len(k.split())].text.lower() == k and all(
        _is_cap(t) or t.lower_ in lex.connectors for t in doc[i : i + len(k.split())])
        for k in lex.org_known if k.startswith(doc[i].lower_ + " "))


def _place_with(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a council named for a place "X with Y" starts at ``i``: "Ashby with Oakley
    Parish Council", "Blackburn with Darwen Borough Council"."""
    return i + 3 < len(doc) and doc[i + 1].lower_ == "with" and _is_cap(doc[i]) and (
        doc[i].lower_ not in lex.post_heads | lex.org_heads | lex.programme_heads
        | lex.not_name_start) and any(
        t.lower_ in ("council", "borough") and all(_is_cap(u) for u in doc[i + 2 : t.i])
        for t in doc[i + 3 : i + 6])


def _generic(text: str, lex: Lexicon) -> bool:
    """A reference to bodies without naming them, alone or joined by "and"."""
    if text.removeprefix("the ") in lex.generic_names:
        return True
    owner, apostrophe, owned = text.removeprefix("the ").partition("'s ")
    if apostrophe and owner in lex.owners and _generic(owned, lex):
        return True  # "the Council's Communication team": its own officers
    first, _, rest = text.removeprefix("the ").partition(" ")
    if first in lex.meeting_kinds and rest in lex.generic_names:
        return True  # "the Annual Parish Council meeting": a meeting of the parish council
    if "/" in text and _generic(text.rsplit("/", 1)[1].strip(), lex):
        return True  # "Village Map/Notice Board": two things, the last a generic one
    return any(
        _generic(text[: m.start()], lex) and _generic(text[m.end() :], lex)
        for m in re.finditer(r" (?:and|&) ", text)
    )


def _head_kind(words: list[str], lex: Lexicon) -> str | None:
    """What a name is, by the word it ends in (or the post word before its portfolio)."""
    if not words:
        return None
    text = " ".join(words).replace(" ’s", "'s").replace(" 's", "'s")
    if text in lex.org_known or text.removeprefix("the ") in lex.org_known:
        return ORG
    if any(text.endswith(" " + k) for k in lex.org_known if " " in k) and not any(
        w in lex.post_heads and words[k + 1] in ("for", "of", ":")
        for k, w in enumerate(words[:-1])
    ):
        return ORG  # "Staffordshire Women's Aid": a place and a known body
    if _generic(text, lex):
        return None  # "the County Council", "… and Borough and District Councils": references
    if any(text.removeprefix("the ") == c or text.endswith(" " + c) for c in lex.post_compounds):
        return POST  # "Senior Finance Business Partner"
    if _national_body(words, lex):
        return ORG  # "Public Health Wales", "Transport for Wales", "Sport Scotland"
    # "Cabinet Member for …", "Head of …", "Office of the … Commissioner", "Department of …",
    # "Chairman of the Member Development Panel", "Director: Health & Wellbeing",
    # "Working Group on Elective Home Education"
    for k, w in enumerate(words[:-1]):
        if words[k + 1 : k + 4] == ["with", "responsibility", "for"] and w in lex.post_heads:
            return POST  # "Cabinet Member with Responsibility for Community Safety"
        if words[k + 1] in ("for", "of", ":") and k + 2 < len(words):
            if w in lex.post_heads:
                return POST
            if w in lex.org_heads:
                return ORG
            if w in lex.programme_heads:
                return PROGRAMME  # "Review of …", "Strategy for …"
            if w not in lex.place_words:
                # "Annual Report of the Police and Crime Commissioner", "Appointment of
                # Deputy Chair": the head is the word before "of", and it names nothing.
                return None
            break  # "City of Wolverhampton Council": read on to the last word
        if words[k + 1] in ("on", "into") and k + 2 < len(words) and w in lex.programme_heads:
            return PROGRAMME
    if any(text.endswith(w) for w in lex.committee_words):
        return None  # a committee is modelled as a committee
    last = words[-1]
    if len(words) > 2 and words[-2] in ("of", "for", "on"):
        return None  # "Declaration of Acceptance of Office": the head is not the last word
    if text in lex.programme_generic or text.endswith("work programme"):
        return None
    if text.removeprefix("the ") in lex.programme_known or any(
            text.endswith(" " + k) for k in lex.programme_known):
        return PROGRAMME  # "Community Speed Watch": a national scheme with no head word
    if any(text.endswith(g) for g in lex.group_phrases):
        return PROGRAMME
    if last in ("service", "services") and any(text.endswith(s) for s in lex.service_bodies):
        return ORG
    if len(words) > 3 and last in lex.departments and words[-3] in lex.post_heads and (
            words[-3] not in lex.post_needs_qualifier):
        return POST  # "Chief Officer Social Services": the department, with no "of"
    if last in lex.departments:
        return None  # "Corporate Services", "Children's Services": a council's departments
    if len(words) > 4 and words[1] in lex.post_heads and words[0] in lex.post_ranks and (
            words[1] not in lex.post_needs_qualifier) and any(
                w in ("and", "&") for w in words[3:-1]) and not any(
                w in lex.post_heads | lex.org_heads | lex.person_titles for w in words[2:]):
        return POST  # "Chief Officer Governance & Customer": the areas, with no "of"
    if last in lex.programme_heads and last not in ("board", "network", "hub") and (
        last not in ("group", "groups")
    ):
        return PROGRAMME if len(words) > 1 else None
    if len(words) >= 2 and words[-2] in lex.operation_words and last not in lex.connectors | (
            lex.post_heads | lex.org_heads) and not last.endswith("s"):
        return PROGRAMME  # "Operation Encompass", "Exercise Odin" ("Exercise Classes": none)
    if len(words) > 2 and last in lex.campaign_heads and not any(
            w in lex.not_name_start for w in words):
        return PROGRAMME  # "Black History Month": a campaign
    if len(words) > 2 and words[-2] in lex.post_heads and last in lex.directorates:
        return POST  # "Executive Director Place", "Strategic Director People": no "of"
    if last.endswith("s") and last[:-1] in lex.post_heads and any(
            w in lex.plural_post_qualifiers for w in words[:-1]):
        return POST  # "Cabinet Lead Members", "Ward Members", "Portfolio Holders"
    if last in lex.post_heads:
        if last in lex.post_needs_qualifier and (len(words) == 1 or all(
                w in lex.post_not_qualifiers for w in words[:-1])):
            return None  # "Personal Member": the kind of an interest declared, no post
        if len(words) == 1 and last not in lex.post_standalone:
            return None
        return POST
    if last in lex.org_heads or last in lex.acronym_heads:
        if any(text.startswith(g + " ") for g in lex.own_groups):
            return None  # "Member Reference Group": the council's own members, no outside body
        return ORG if len(words) > 1 else None
    return None


def _national_body(words: list[str], lex: Lexicon) -> bool:
    """A national body named by what it does and the nation it serves: "Public Health
    Wales", "Transport Scotland", "Transport for Wales", "Care Inspectorate Wales". Two to
    five words, none heading a post or a programme (a "Commissioner for Wales" is a post);
    not a region ("North Wales", "Rural England") nor the nations themselves ("England and
    Wales")."""
    if not 2 <= len(words) <= 5 or words[0] in lex.nations | lex.regions | lex.not_name_start:
        return False
    nation = next((n for n in lex.nations if " ".join(words).endswith(" " + n)), None)
    if nation is None:
        return False
    rest = words[: len(words) - len(nation.split())]
    return bool(rest) and rest[-1] not in ("and", "&") and not any(
        w in lex.post_heads | lex.programme_heads | lex.nations | lex.regions
        or (w in lex.connectors and w not in ("for", "of")) for w in rest)


def _split_on_and(words: list[str], lex: Lexicon, offset: int = 0) -> list[tuple[int, int]]:
    """"Chief Constable and Police and Crime Commissioner" is two posts, "Women's Aid and
    Pathway" two bodies: split at an "and" when both sides are names on their own. "Health
    and Wellbeing Board" stays whole, since "Health" alone is nothing. The last "and" that
    splits is taken first, so "Director: Health & Wellbeing and Senior Public Health
    Commissioner" splits before "Senior", not inside "Health & Wellbeing"."""
    if len(words) > 2 and words[0].lower() in lex.post_lay_roles and words[1] in ("and", "&") and (
            _head_kind(words[2:], lex) == POST):
        # "Tenant and Secretary of the Residents Group": a lay standing, then the post
        return _split_on_and(words[2:], lex, offset + 2)
    for k in range(1, len(words) - 1):
        # "Deputy Leader/Cabinet Member Place & Environment": a post before a slash is
        # one name, whatever follows ("Live/Work Leicester Campaign" stays whole).
        if words[k] == "/" and _head_kind(words[:k], lex) is not None:
            return [*_split_on_and(words[:k], lex, offset),
                    *_split_on_and(words[k + 1 :], lex, offset + k + 1)]
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("and", "&"):
            left, right = words[:k], words[k + 1 :]
            kind = _head_kind(right, lex)
            if kind is not None and (kind == _head_kind(left, lex) or (
                    kind == ORG and _generic(" ".join(left), lex))):
                # "the Council and Cheshire Police": a generic reference, then a body
                return [*_split_on_and(left, lex, offset), (offset + k + 1, offset + len(words))]
    # "Lengthsman and P3 Scheme": a bare post never runs on into a programme or a body.
    for k in range(1, len(words) - 1):
        if words[k] in ("and", "&"):
            left, right = words[:k], words[k + 1 :]
            if _head_kind(left, lex) == POST and not {"of", "for"} & set(left) and (
                    _head_kind(right, lex) in (PROGRAMME, ORG)):
                return [(offset, offset + k), *_split_on_and(right, lex, offset + k + 1)]
            break
    # "Trent and Dove Housing and Your Housing": a known body after the last "and" is named
    # on its own, whatever comes before it.
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("and", "&"):
            if " ".join(words[k + 1 :]) in lex.org_known and not _generic(" ".join(words[:k]),
                                                                           lex):
                return [*_split_on_and(words[:k], lex, offset),
                        (offset + k + 1, offset + len(words))]
            break
    # "bodies from the NHS, Public Health and Local Government": when the run as a whole names
    # nothing, a known body before an "and" is still named.
    if _head_kind(words, lex) is None:
        for k in range(1, len(words) - 1):
            if words[k] in ("and", "&") and " ".join(words[:k]) in lex.org_known:
                return [(offset, offset + k), *_split_on_and(words[k + 1 :], lex, offset + k + 1)]
    return [(offset, offset + len(words))]


def _body_in_title(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a title name a body: "Community Safety Partnership Performance
    Review", "War Memorials Trust Grant Application", "Centre for Public Scrutiny Self
    Evaluation" are a document or an agenda item about the body, and the body is what they
    name. The rest must be a title's tail (``title_tails``), so that a programme that merely
    starts with a body's head word is not cut."""
    for k in range(len(words) - 1, 1, -1):
        if " ".join(words[k:]) in lex.title_tails and _head_kind(words[:k], lex) == ORG:
            return k
    return None


_OPENING_QUOTES = ("'", "‘", '"', "“")
_CLOSING_QUOTES = ("'", "’", '"', "”")


def _trailing(doc: Doc, e: int, lex: Lexicon, start: int | None = None) -> int:
    """Where a name ends when lower-case programme words follow it: "the Breathing Space
    project", "the Finance and Housing work stream", "the Violence Against Women and Girls
    (VAWG) initiative"."""
    k = e
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")":
        k += 3
    elif k + 1 < len(doc) and doc[k].text in _CLOSING_QUOTES and doc[k - 1].whitespace_ == "":
        k += 1  # "the ‘Great Place’ scheme": a quoted name (the caller checks the opening)
    for size in (2, 1):
        words = " ".join(t.lower_ for t in doc[k : k + size])
        if k + size <= len(doc) and (words in lex.programme_trailing or (
                words in lex.org_trailing)) and not doc[k].is_upper:
            return k + size
    # "the Council Tax hardship fund": one lower-case word of what the scheme does between a
    # name of two words or more and its head, when the name heads nothing itself
    if k == e and k + 1 < len(doc) and start is not None and (
            e - start >= 2 or (doc[start].is_upper and len(doc[start]) >= 2)) and (
            doc[e - 1].lower_ not in lex.programme_heads | lex.org_heads | lex.post_heads) and (
            doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in lex.connectors
            | lex.not_name_start | lex.not_modifiers) and not doc[k].lower_.endswith("ed") and (
            _lower_phrase(doc[start:e]) not in lex.org_known) and doc[k + 1].is_lower and (
            doc[k + 1].lower_ in lex.programme_trailing):
        return k + 2
    return e


# The years a plan or strategy runs for, printed after its name or before it: "2022/23",
# "2024-2029", "2022–26", "2018".
_YEARS = re.compile(r"(?:19|20)\d\d(?:[/\-–](?:19|20)?\d\d)?")


def _years_after(doc: Doc, e: int) -> int:
    """The end of the years printed after a plan's name, if any: "the Housing Strategy
    2024-2029" (the tokens of one run of years, written with no space inside)."""
    end, k = e, e
    while k < len(doc) and k - e < 3 and doc[k].text.strip():
        if _YEARS.fullmatch(doc[e : k + 1].text):
            end = k + 1
        if doc[k].whitespace_:
            break
        k += 1
    return end


def _mark(doc: Doc, s: int, e: int, kind: str, spans: list[Span]) -> None:
    span = Span(doc, s, e, label=kind)
    span._.kind = kind
    spans.append(span)


@Language.component("ckg_names")
def names_component(doc: Doc) -> Doc:
    """Mark posts, organisations and programmes (doc.spans["ckg"], kind in ``span._.kind``)."""
    lex = lexicon()
    spans: list[Span] = list(doc.spans.get("ckg", []))
    taken = {i for s in spans for i in range(s.start, s.end)}
    chunks = _chunks(doc, lex)
    listed = _listed_programmes(doc, chunks, lex)
    absorbed = 0  # the end of the last portfolio taken into a post ("Director, Finance")
    for start, end in _untaken_runs(doc, chunks, taken, lex):
        if start < absorbed:
            continue
        words = [t.lower_ for t in doc[start:end]]
        # Trim connectors at the ends ("of the" left dangling by the chunker).
        while words and (words[-1] in lex.connectors or words[-1] == ","):
            end -= 1
            words.pop()
        end = _without_generic_place(words, start, end, lex)
        end = _before_a_person(doc, start, end, lex)
        words = words[: end - start]
        if (named := _name_before_post(doc, words, start, lex)) is not None:
            person = Span(doc, start, named, label=PERSON)
            person._.kind, person._.label = PERSON, _phrase(doc[start:named])
            spans.append(person)
            words = words[named - start :]
            start = named
        if (named := _name_after_post(doc, words, start, lex)) is not None:
            person = Span(doc, named, end, label=PERSON)
            person._.kind, person._.label = PERSON, _phrase(doc[named:end])
            spans.append(person)
            end = named
            words = words[: end - start]
        if (named := _person_after_and(doc, words, start, lex)) is not None:
            person = Span(doc, named + 1, end, label=PERSON)
            person._.kind, person._.label = PERSON, _phrase(doc[named + 1 : end])
            spans.append(person)
            end = named
            words = words[: end - start]
        for k, w in enumerate(words[1:-1], start=1):
            if w in ("'s", "’s") and words[k - 1] in lex.post_heads and not {"and", "&"} & set(
                    words[:k]) and ((start > 0 and doc[start - 1].lower_ == "the") or (
                    k >= 2 and words[k + 1 :] in (["report"], ["update"]))) and (
                    _head_kind(words[:k], lex) == POST) and (
                    _head_kind(words[k + 1 :], lex) is None):
                # "the Town Mayor’s Civic Ceremony": the post is named, the event is not
                # (a heading, "Chair's Announcements", names the meeting's chair only); a
                # post of two words or more giving its report is named too ("District
                # Councillor's Report")
                _mark(doc, start, start + k, POST, spans)
                words, start = [], end
                break
        if not words:
            continue
        if (start, end) in listed:  # in a list, "and" parts one name from the next
            a = start
            for k in [*(i for i in range(start, end) if doc[i].lower_ in ("and", "&")), end]:
                if k > a:
                    _mark(doc, a, k, PROGRAMME, spans)
                a = k + 1
            continue
        for a, b in _split_on_and(words, lex):
            s, e = start + a, start + b
            sub = words[a:b]
            named_end = e  # the name's own end, before any lower-case head after it
            close = e if e < len(doc) and doc[e].text in _CLOSING_QUOTES else None
            if close is not None and not (s > 0 and doc[s - 1].text in _OPENING_QUOTES):
                close = None  # "Victims' project": an apostrophe, not a quote's close
            elif (e2 := _trailing(doc, e, lex, s)) != e and not _generic(" ".join(sub), lex):
                # ("a combined Police and Council partnership team" names no body)
                sub = [*sub, *(t.lower_ for t in doc[e:e2] if t.is_alpha)]
                e = e2
            kind = _head_kind(sub, lex)
            if kind == ORG and e > named_end and _head_kind(
                    sub[: named_end - s], lex) == PROGRAMME and " ".join(
                    sub[: named_end - s]) in lex.programme_known:
                # "the Speedwatch team": the volunteers of a scheme, which is what is named
                kind, e, sub = PROGRAMME, named_end, sub[: named_end - s]
            if _cut_at_the_end(doc, e, lex):
                continue  # "… Head of Legal Servic": the page ends inside a word
            if kind == POST and e < len(doc) and doc[e].lower_ in lex.post_areas and (
                    "for" in sub) and not doc[e].is_upper:
                e += 1  # "County Councillor for the Weybridge division": the area is named
            if kind != POST and (k := _body_in_title(sub, lex)) is not None:
                kind, e, sub = ORG, s + k, sub[:k]
            if 2 < e - s <= 4 and doc[e - 1].text in lex.honours and all(
                    t.is_alpha and _is_cap(t) for t in doc[s:e]) and not any(
                    t.lower_ in lex.org_heads | lex.post_heads for t in doc[s:e - 1]):
                person = Span(doc, s, e - 1, label=PERSON)  # "Edwina Grant OBE"
                person._.kind, person._.label = PERSON, _phrase(doc[s : e - 1])
                spans.append(person)
                continue
            if kind is None and _org_cue(doc, s, e, lex, spans):
                kind = ORG
            if kind is None and (k := _body_then_more(sub, lex)) is not None:
                kind, e, sub = ORG, s + k, sub[:k]  # "Kent County Council Highways"
            if kind is None and (k := _body_after_of(sub, lex)) is not None:
                kind, s, sub = ORG, s + k, sub[k:]  # "Representatives of Sussex NHS Trust"
            if kind is None and _branch(sub, lex):
                kind = ORG  # "Age UK Westshire", "NHS Kent and Medway"
            if kind is None and e < len(doc) and doc[e].lower_ in lex.money_words and (
                    all(t.is_upper for t in doc[s:e] if t.is_alpha) or doc[e - 1].is_digit):
                kind, e = PROGRAMME, e + 1  # "CIL funding", "Section 106 monies": a fund
            if kind is None and _firm_that_acts(doc, s, e, lex):
                kind = ORG  # "Orbit Housing had agreed to repair the homes"
            if kind == ORG and (k := _cue_before_known(sub, lex)) is not None:
                s, sub = s + k, sub[k:]  # "External Auditors Grant Thornton": the firm
            if kind == POST and (k := _body_before_post(sub, lex)) is not None:
                _mark(doc, s, s + k, ORG, spans)  # "Calderdale Council Senior Officer"
                s, sub = s + k, sub[k:]
            if kind is None and (known := _known_programme(sub, lex)) is not None:
                # "SpeedWatch Repairs", "Community Speed Watch Report": a known scheme is
                # named inside a title that names nothing as a whole
                kind, s, e = PROGRAMME, s + known[0], s + known[1]
            if kind is None:
                continue
            if kind == ORG and e < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[e].text) and all(
                    t.is_upper for t in doc[s:e]):
                continue  # "[LGA 1972 Sch.12]": an act by its initials and year, not a body
            if kind == ORG and s > 0 and doc[s - 1].lower_ in ("a", "an") and (
                    " ".join(sub) not in lex.org_known):
                continue  # "a member of a Drainage Board": a kind of body, not one named
            if s > 0 and doc[s - 1].text == "(" and e + 1 < len(doc) and doc[e].text == ")" \
                    and doc[e + 1].lower_ in lex.legislation:
                continue  # "Local Government (Committee and Political Groups) Regulations"
            # "the Council's Domestic Abuse Strategy": the owner is no part of the name.
            for k, w in enumerate(sub[:-1]):
                if w in ("'s", "’s") and " ".join(sub[:k]) in lex.owners:
                    s += k + 1
                    break
                if w in ("'s", "’s") and kind == PROGRAMME and len(sub) - k > 2 and (
                        _head_kind(sub[:k], lex) == ORG):
                    # "Kent Police's Safer Streets scheme": a named body owns the scheme
                    _mark(doc, s, s + k, ORG, spans)
                    s, sub = s + k + 1, sub[k + 1 :]
                    break
            if kind == PROGRAMME and len(sub) > 2 and _council_acronym(doc[s].text, lex):
                _mark(doc, s, s + 1, ORG, spans)  # "the WCC Local Plan": the council's plan
                s, sub = s + 1, sub[1:]
            if kind == POST and (k := _body_after_portfolio(doc, sub, s, lex)) is not None:
                _mark(doc, s + k, e, ORG, spans)  # "Director of Primary Care NHS Sussex"
                e, sub = s + k, sub[:k]
            if kind == POST:
                e = _portfolio_cut(sub, s, e, lex)
                e, body = _portfolio_after(doc, s, e, chunks, lex)
                if body is not None:
                    _mark(doc, body[0], body[1], ORG, spans)
                absorbed = max(absorbed, e)
            if kind == PROGRAMME and s > 0 and _hyphen_prefix(doc[s - 1], lex):
                s -= 1  # "the 10-year Health Plan", "an all-Wales Star Survey"
            if kind == PROGRAMME and doc[e - 1].lower_ in lex.programme_heads:
                e = _years_after(doc, e)  # "the Corporate Plan 2022/23"
            if kind == PROGRAMME and s > 1 and _YEARS.fullmatch(doc[s - 1].text) and (
                    doc[s - 2].lower_ == "the"):
                s -= 1  # "the 2018 Review of Parliamentary Constituencies"
            _mark(doc, s, e, kind, spans)
            if close is not None and close < e:  # "Great Place scheme", without the quote
                spans[-1]._.label = "".join(
                    t.whitespace_ if t.i == close else t.text_with_ws for t in doc[s:e]).strip()
            # "Chair of the Staffordshire Police Federation": the body is named too.
            if kind == POST:
                for k, w in enumerate(sub):
                    if w in ("of", "for") and k + 1 < len(sub):
                        tail = k + 1 + (sub[k + 1] == "the")
                        named = sub[tail:]
                        if named and (named[-1] in lex.org_heads or " ".join(named)
                                      in lex.org_known) and _head_kind(named, lex) == ORG \
                                and " ".join(named) not in lex.post_portfolios:
                            _mark(doc, s + tail, e, ORG, spans)
                        break
    _listed_bodies(doc, chunks, spans, lex)
    doc.spans["ckg"] = spans
    return doc


def _body_after_portfolio(doc: Doc, words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where a body named straight after a post's portfolio begins, with no "of" or comma
    between: "Director of Primary Care NHS Sussex" is the director's post and the body he
    works for. Only a known body printed as an acronym ("NHS", "DWP") begins one: "Director
    of Local Government" stays one post."""
    of = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if of is None:
        return None
    for k in range(of + 2, len(words)):
        tok = doc[start + k]
        if words[k] in lex.org_known and tok.is_upper and len(tok.text) > 1 and (
                words[k - 1] not in lex.connectors):
            return k
    return None


def _listed_bodies(doc: Doc, chunks: list[tuple[int, int]], spans: list[Span],
                   lex: Lexicon) -> None:
    """Names listed after a body are bodies: "updates from Stagecoach, Go Coastal, Bluebird
    and First" names four operators, though only one is known. Only a list of three names or
    more, closed by "and", whose other names name nothing themselves."""
    starts = dict(chunks)
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    for body in [sp for sp in spans if sp._.kind == ORG]:
        if starts.get(body.start) != body.end:
            continue
        others: list[tuple[int, int]] = []
        b, closed = body.end, False
        while not closed and b + 1 < len(doc) and doc[b].text in (",", "and", "&") and (
                b + 1 in starts):
            c0, c1 = b + 1, starts[b + 1]
            joins = [k for k in range(c0, c1) if doc[k].lower_ in ("and", "&")]
            if doc[b].text in ("and", "&"):
                closed = True
                others.append((c0, c1))
            elif len(joins) == 1:  # "…, Bluebird and First": the list's last two names
                closed = True
                others += [(c0, joins[0]), (joins[0] + 1, c1)]
            else:
                others.append((c0, c1))
            b = c1
        if not closed or len(others) < 2:
            continue
        if all(0 < e0 - s0 <= 3 and not any(i in taken for i in range(s0, e0)) and (
                _head_kind([t.lower_ for t in doc[s0:e0]], lex) is None) and (
                doc[s0].text not in lex.given_names) and _is_cap(doc[s0]) and (
                doc[s0].lower_ not in lex.not_name_start | lex.person_titles) and not any(
                t.lower_ in lex.connectors | lex.post_heads | lex.org_heads
                | lex.programme_heads | lex.committee_words for t in doc[s0:e0])
                for s0, e0 in others):  # ("Staffordshire Police, Fire and Crime Panel")
            for s0, e0 in others:
                _mark(doc, s0, e0, ORG, spans)
                taken.update(range(s0, e0))


def _cut_at_the_end(doc: Doc, e: int, lex: Lexicon) -> bool:
    """Whether a name's last word is cut where the text ends: "Head of Legal Servic" at a
    page's end. Its last word is then the start of a longer head word, never a word of its
    own."""
    if any(not t.is_space for t in doc[e:]) or e == 0:
        return False
    last = doc[e - 1].lower_
    heads = lex.post_heads | lex.org_heads | lex.programme_heads | lex.departments
    return len(last) >= 3 and last not in heads and any(
        w.startswith(last) and w != last for w in heads)


def _before_a_person(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The end of a name before "and" and a person's given name and surname: "Head of
    Housing and Community Support and Aaron Locks" is a post, then the next person. A given
    name no list holds will do when the person's role follows in brackets ("… and Aarron
    Locks (Community Safety Manager)")."""
    for k in range(start + 1, end - 2):
        if doc[k].lower_ in ("and", "&") and (doc[k + 1].text in lex.given_names or (
                end - k - 1 == 2 and end < len(doc) and doc[end].text == "(" and (
                    _bracket_role(doc, end, lex) is not None))) and (
                end - k - 1 <= 3) and all(_is_cap(t) and t.is_alpha and t.lower_ not in
                                          lex.post_heads | lex.org_heads | lex.programme_heads
                                          for t in doc[k + 1 : end]):
            return k
    return end


_DASHES = (",", "-", "–", "—")


def _portfolio_cut(words: list[str], s: int, e: int, lex: Lexicon) -> int:
    """The end of a post before what is no portfolio: "Portfolio Holder for Agenda Item 7"
    is the Portfolio Holder, here for one item (``posts.not_portfolios``)."""
    for k, w in enumerate(words[:-1]):
        if w in ("for", "of") and any(" ".join(words[k + 1 :]).startswith(p)
                                      for p in lex.not_portfolios):
            return s + k
    return e


def _portfolio_after(doc: Doc, s: int, e: int, chunks: list[tuple[int, int]],
                     lex: Lexicon) -> tuple[int, tuple[int, int] | None]:
    """A post whose portfolio follows a comma, a dash or a bracket: "Corporate Director,
    Finance & Resources", "Divisional Manager – Audit, Procurement and Finance", "Executive
    Councillor (Support and Governance)". Only a qualified post with no portfolio of its own
    ("Director of Public Health, Blackburn" keeps the place out) takes one, and only a run
    that names nothing itself: a person, a post or a body after the comma is the next name.
    An acronym there ("Customer Director, TfGM") is the post holder's body. Returns the
    post's new end and the body's span, if any."""
    words = [t.lower_ for t in doc[s:e]]
    if any(w in ("for", "of", "with", ":") for w in words) or (
            words[-1] not in lex.post_heads) or e + 1 >= len(doc):
        return e, None
    sep = doc[e].text
    if sep not in _DASHES and sep != "(":
        return e, None
    # A post of one word takes a portfolio only after a dash ("Director – Finance and
    # Corporate Services"); "Clerk, Salary" is a line of accounts.
    single = len(words) < 2
    if single and (sep in (",", "(") or words[0] not in lex.post_standalone):
        return e, None
    starts = dict(chunks)
    a = e + 1
    if a not in starts:
        return e, None
    b = starts[a]
    first = doc[a]
    if first.text in lex.given_names or first.lower_ in lex.person_titles or (
            len(first.text.rstrip(".")) == 1):
        return e, None
    if b == a + 1 and sum(c.isupper() for c in first.text) >= 2 and first.text.isalpha() and (
            sep != "(") and (b >= len(doc) or doc[b].is_punct or doc[b].is_space
                             or doc[b].is_sent_start):
        if first.lower_ in lex.post_heads or first.text in lex.person_titles:
            return e, None
        return e, (a, b)  # "Customer Director, TfGM"
    run = [t.lower_ for t in doc[a:b]]
    if _head_kind(run, lex) is not None or (first.is_upper and b == a + 1) or first.lower_ in (
            lex.not_name_start | lex.committee_words | lex.post_heads):
        return e, None
    if sep == "(":
        return (b + 1, None) if b < len(doc) and doc[b].text == ")" else (e, None)
    accounts = b < len(doc) and (doc[b].like_num or doc[b].is_currency
                                 or doc[b].lower_ in ("for", "of"))
    if accounts or (single and not ({"and", "&"} & set(run)
                                    or run[-1] in lex.departments | lex.directorates)):
        return e, None  # "Auditor – Audit for the year", "Clerk, Salary £160": accounts
    # "Audit, Procurement and Operational Finance": a list of areas, closed by "and"
    k = b
    while "and" not in run and "&" not in run and k + 1 < len(doc) and doc[k].text == "," \
            and k + 1 in starts:
        nxt = [t.lower_ for t in doc[k + 1 : starts[k + 1]]]
        if _head_kind(nxt, lex) is not None or doc[k + 1].text in lex.given_names or not (
                "and" in nxt or "&" in nxt):
            break
        run, k = nxt, starts[k + 1]
    return k, None


def _name_before_post(doc: Doc, words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where a post starts after a person's initial and surname with no comma: "J Beard
    Co-opted Member" is J Beard, who is a Co-opted Member."""
    if len(words) < 4 or not re.fullmatch(r"[A-Z]\.?", doc[start].text):
        return None
    sur = doc[start + 1]
    if not (sur.is_alpha and _is_cap(sur) and not sur.is_upper) or (
            sur.lower_ in lex.post_heads | lex.org_heads | lex.not_name_start
            | lex.post_ranks | lex.councillor_tiers):
        return None
    rest = words[2:]
    if _head_kind(rest, lex) == POST and rest[0] not in lex.connectors:
        return start + 2
    return None


def _known_programme(words: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """The longest run of ``words`` that is a known scheme's name, as (start, end)."""
    for size in range(len(words), 0, -1):
        for a in range(len(words) - size + 1):
            if " ".join(words[a : a + size]) in lex.programme_known:
                return a, a + size
    return None


def _body_then_more(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a run that names nothing as a whole name a body: "Kent County
    Council Highways", "Surrey Police Headquarters" name the council and the police, then a
    part or a place of theirs. The body ends in a public body's head (``public_heads``: "Town
    Centre Works" names no centre), is no generic reference and no tax ("Council Tax Police
    precept"); one or two words follow it, with no "of" or "and", and they are not where it
    works ("the Dyfed Powys Police Area" is a place)."""
    for k in range(len(words) - 1, 1, -1):
        if words[k - 1] in lex.public_heads and len(words) - k <= 2 and not any(
                w in lex.connectors | lex.generic_places for w in words[k:]) and (
                "tax" not in words[:k]) and (
                _head_kind(words[:k], lex) == ORG):
            return k
    return None


def _body_after_of(words: list[str], lex: Lexicon) -> int | None:
    """Where a body starts after "of" or "from" in a run that names nothing as a whole:
    "Representatives of Sussex Partnership NHS Foundation Trust", "Annual Report of
    Westshire Council". The body must be named in full (a head word or a known body); a post
    there ("Annual Report of the Police and Crime Commissioner") is the report's, no name."""
    for k, w in enumerate(words[:-1]):
        if w in ("of", "from"):
            k += 1 + (words[k + 1] == "the")
            tail = words[k:]
            if tail and (tail[-1] in lex.org_heads or " ".join(tail) in lex.org_known) and (
                    _head_kind(tail, lex) == ORG) and len(tail) > 1:
                return k
            return None
    return None


def _branch(words: list[str], lex: Lexicon) -> bool:
    """A national body's local branch, its name then the place: "Age UK Westshire",
    "Healthwatch Kent", "NHS Kent and Medway" (``organisations.branches``). One to four
    capitalised words follow, naming no service of the body's (``branch_not``: "NHS Health
    Check", "NHS App") and heading nothing."""
    text = " ".join(words)
    for b in lex.branches:
        if text.startswith(b + " "):
            rest = words[len(b.split()) :]
            return 1 <= len(rest) <= 4 and rest[0] not in ("and", "&") and not any(
                w in lex.connectors - {"and", "&"} | lex.post_heads | lex.programme_heads
                | lex.org_heads for w in rest) and " ".join(rest) not in lex.branch_not
    return False


_PASSIVE = ("was", "were", "is", "are", "be", "been", "being")


def _acts_next(doc: Doc, e: int, lex: Lexicon) -> bool:
    """Whether what is named before ``e`` acts as a body does, in the active voice: "had
    confirmed", "would be attending", "objected" (``acronym_acts``, ``speech_verbs``); not
    "was agreed", which is done to it."""
    k, passive = e, False
    while k < len(doc) and k - e <= 3 and doc[k].lower_ in _AUXILIARIES:
        passive = passive or doc[k].lower_ in _PASSIVE
        k += 1
    if k >= len(doc) or doc[k].lower_ not in lex.acronym_acts | lex.speech_verbs:
        return False
    return not (passive and doc[k].lower_.endswith("ed"))


def _firm_that_acts(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A firm or body named by what it trades in, with no head word, that acts or is known
    by its initials: "Orbit Housing had agreed", "Western Power Distribution replied",
    "Metro Trent Valley Housing (MTVH)" (``organisations.trades``: the last word; three
    words or more, not a kind of housing, "Extra Care Housing (ECH)", for initials alone).
    Never a person ("Jo Hale", a title) or a generic reference."""
    words = [t.lower_ for t in doc[s:e]]
    return 2 <= len(words) <= 4 and words[-1] in lex.trades and (
        doc[s].text not in lex.given_names) and words[0] not in lex.person_titles | (
        lex.not_name_start) and not _generic(" ".join(words), lex) and not any(
        w in lex.connectors for w in words) and (
        _acts_next(doc, e, lex) or (len(words) >= 3 and words[0] not in lex.trade_topics
                                    and _defined_acronym(doc, s, e)))


def _defined_acronym(doc: Doc, s: int, e: int) -> bool:
    """Whether the name ``doc[s:e]`` is followed by its initials in brackets: "Metro Trent
    Valley Housing (MTVH)"."""
    return e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and (
        doc[e + 1].text == "".join(t.text[0] for t in doc[s:e] if _is_cap(t)))


def _cue_before_known(words: list[str], lex: Lexicon) -> int | None:
    """Where a known body starts after a cue printed in capitals before it: "External
    Auditors Grant Thornton", "Contractor Ringway Jacobs" name the firm, and the cue says
    what it does (``organisations.cues``)."""
    for k in range(1, len(words)):
        if " ".join(words[k:]) in lex.org_known and any(
                tuple(words[max(0, k - len(c)) : k]) == c for c in lex.org_cues):
            return k
    return None


def _body_before_post(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a post's run name the body it is held in, with no comma or "of"
    between: "Calderdale Council Senior Scrutiny Support Officer", "NHS England Regional
    Director". The body must be named (a head word after a place, or a known body), never a
    generic "County Council", and the rest must be a post of its own."""
    if any(w in ("of", "for", "with", ":") for w in words):
        return None
    for k in range(len(words) - 1, 0, -1):
        body = words[:k]
        if (body[-1] in lex.org_heads or " ".join(body) in lex.org_known) and (
                _head_kind(body, lex) == ORG) and words[k] not in lex.connectors and (
                _head_kind(words[k:], lex) == POST):
            return k
    return None


def _org_cue(doc: Doc, s: int, e: int, lex: Lexicon, spans: list[Span] | None = None) -> bool:
    """Whether the words before a name with no head word tell it is a body's: "representatives
    from Your Housing", "funded by Awards for All" (``cues``), "Your Housing's
    representative" after it, or a post or person "at" it ("Director of Property at Metro
    Housing", "Jo Hale at EDDC"; not an address, "Mr Hale at Holly Tree Farm"). ("Mrs Osei
    from Upper Westbury" is a resident: "from" and "of" after a person tell nothing.) The
    name must not be a known generic reference."""
    if _generic(_lower_phrase(doc[s:e]), lex) or doc[s].text in lex.given_names or (
            doc[s].lower_ in lex.person_titles or len(doc[s].text.rstrip(".")) == 1):
        return False  # "on behalf of Alderman Hale", "… of J Smith": a person
    if (e - s == 1 and doc[s].lower_ in lex.org_heads | lex.programme_heads | lex.post_heads
            | lex.committee_words) or doc[e - 1].lower_ in lex.legislation or any(
            _lower_phrase(doc[s:e]).removesuffix("s").endswith(w)
            for w in lex.committee_words) or (
            e < len(doc) and doc[e].lower_ in lex.committee_words):
        return False  # "a member of the Church", "of the Licensing Act", a committee
    if e - s == 1 and doc[s].lower_.endswith("s") and not doc[s].is_upper and (
            doc[s].lower_ not in lex.org_known):
        return False  # "Update from Operators": a kind of body in a heading, no name
    a = s
    while a > max(0, s - 5) and not doc[a - 1].is_space and not doc[a].is_sent_start:
        a -= 1  # the cue is in the same sentence and paragraph
    before = [t.lower_ for t in doc[a:s] if t.text != ","]
    if before and before[-1] == "the" and tuple(before[-2:]) not in lex.org_cues:
        before = before[:-1]  # "a volunteer for the City Angels"
    if any(tuple(before[len(before) - len(c) :]) == c
           for c in lex.org_cues if len(c) <= len(before)):
        return True
    if s > 1 and doc[s - 1].lower_ == "at" and (e - s > 1 or doc[s].is_upper) and (
            doc[e - 1].lower_ not in lex.street_words | lex.dwellings) and not (
            e < len(doc) and doc[e].lower_ in lex.post_areas | lex.dwellings) and any(
            sp.end == s - 1 and sp._.kind in (POST, PERSON) for sp in spans or []):
        return True  # "Director of Property at Metro Housing": where the post is held
    return e + 1 < len(doc) and doc[e].lower_ in ("'s", "’s") and doc[e + 1].lower_ in (
        "representative", "representatives")


def _untaken_runs(doc: Doc, chunks: list[tuple[int, int]], taken: set[int],
                  lex: Lexicon) -> list[tuple[int, int]]:
    """The parts of each chunk that no person already holds: "Mr Paul Sutton, Chief Executive
    and Mr Geraint Davies, Director of …" still names two posts once the people are taken.
    A part starts at a capitalised word."""
    out = []
    for start, end in chunks:
        run = start
        for i in [*range(start, end), end]:
            if i == end or i in taken:
                a = run
                while a < i and not _is_cap(doc[a]):
                    a += 1
                if a < i:
                    out.append((a, i))
                run = i + 1
    return out


def _without_generic_place(words: list[str], start: int, end: int, lex: Lexicon) -> int:
    """The end of a name before a generic place: "Integrated Care Partnership for the County"
    names the partnership; "for the County" only says where it works."""
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("for", "of", "in") and k + 1 < len(words) and words[k + 1] == "the" \
                and " ".join(words[k + 2 :]) in lex.generic_places:
            return start + k
    return end


def _name_after_post(doc: Doc, words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where a person's name starts when it follows a post with no comma: "the Research
    Officer Tristan Godfrey", "Chief Constable J Morgan". The name must start with a common
    given name or an initial, so "Director Adult Social Care" stays a post."""
    for h in range(len(words) - 3, -1, -1):
        if words[h] not in lex.post_heads and not (
                words[h].endswith("s") and words[h][:-1] in lex.post_heads):
            continue  # "Parish Footpath Officers Declan Williams and …": plural posts too
        tail = doc[start + h + 1 : start + len(words)]
        if not 2 <= len(tail) <= 3:
            return None
        first = tail[0].text.rstrip(".")
        if not (first in lex.given_names or (len(first) == 1 and first.isupper())):
            return None
        if all((_is_cap(t) and t.text.replace(".", "").isalpha() and not t.is_upper)
               or len(t.text.rstrip(".")) == 1 for t in tail) and not any(
            t.lower_ in lex.post_heads | lex.org_heads | lex.programme_heads | lex.connectors
            for t in tail
        ):
            return start + h + 1
        return None
    return None


def _hyphen_prefix(tok, lex: Lexicon) -> bool:
    """A hyphened word before a programme's name that is part of it: its length ("10-year",
    "five-year") or its reach ("all-Wales", "pan-London")."""
    first, hyphen, second = tok.text.partition("-")
    return bool(hyphen and second.isalpha() and (first.isdigit() or first.lower()
                in lex.hyphen_prefixes))


def _person_after_and(doc: Doc, words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where the "and" is that ends a post and starts the next person of a list: "Dan Roe -
    Head of Housing and Community Support and Aaron Lee - Safety Manager". The person's name
    starts with a common given name and is all of the run after that "and"."""
    for k in range(len(words) - 3, 0, -1):
        if words[k] not in ("and", "&"):
            continue
        tail = doc[start + k + 1 : start + len(words)]
        if 2 <= len(tail) <= 3 and tail[0].text in lex.given_names and all(
                _is_cap(t) and t.text.replace("-", "").replace("'", "").isalpha()
                and not t.is_upper for t in tail) and not any(
                t.lower_ in lex.post_heads | lex.org_heads | lex.programme_heads
                | lex.committee_words | lex.street_words for t in tail) and (
                _head_kind(words[:k], lex) == POST):
            return start + k
        return None
    return None


def _listed_programmes(doc: Doc, chunks: list[tuple[int, int]],
                       lex: Lexicon) -> set[tuple[int, int]]:
    """Names listed after a programme word: "a number of pilot projects, including Hidden
    Harm, Intelligence Function, Front Doors and Community Capacity"."""
    out: set[tuple[int, int]] = set()
    starts = {s: e for s, e in chunks}
    for tok in doc:
        if tok.lower_ not in lex.programme_heads or not tok.lower_.endswith("s"):
            continue
        for opener in lex.list_openers:
            after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 1 + len(opener)]]
            if tuple(after) != opener or (opener in (("-",), ("–",)) and not tok.is_lower):
                continue  # "MHB Services – Maint": a name and what it was paid for
            k = tok.i + 1 + len(opener)
            while k in starts:
                out.add((k, starts[k]))
                k = starts[k]
                while k < len(doc) and doc[k].lower_ in (",", "and", "&"):
                    k += 1
            break
    return out


def _named_before_role(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that a role in brackets follows: "Shona McGregor (Chief Officer
    Access and Inclusion)" — two or three capitalised words, then a bracket whose first words
    name a post. ``i`` when there is none."""
    if i > 0 and _is_cap(doc[i - 1]):
        return i
    k = i
    while k < len(doc) and k - i < 3 and _is_cap(doc[k]) and doc[k].is_alpha and (
        doc[k].lower_ not in lex.not_name_start
        or (k == i and len(doc[k].text) == 1)  # an initial: "A Campbell (Church Warden)"
    ):
        k += 1
    if k - i < 2 or k >= len(doc) or doc[k].text != "(" or doc[k - 1].lower_ in lex.post_heads:
        return i  # "Senior Democratic Officer (Executive/Scrutiny)": a post, not a name
    role = _bracket_role(doc, k, lex)
    if role is None and _body_in_brackets(doc, k, lex) and all(
            _name_word(t, lex) and t.lower_ not in lex.street_words | lex.dwellings
            for t in doc[i:k]) and len(doc[k - 1].text) > 1 and not _names_a_body(
            [t.lower_ for t in doc[i:k]], lex):
        return k  # "Rose Uwins (Westshire Integrated Care Board)": a name, then her body
    if role is None and len(doc[i].text) == 1 and k + 2 < len(doc) and doc[k + 2].text == ")" \
            and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", doc[k + 1].text) and sum(
                c.isupper() for c in doc[k + 1].text) >= 2:
        return k  # "A Murray (PCT); J Newton (LINk)": initials, a surname, their body
    return k if role is not None else i


def _body_in_brackets(doc: Doc, open_at: int, lex: Lexicon) -> bool:
    """Whether the bracket opening at ``open_at`` holds a body's name and nothing more:
    "(Westshire Integrated Care Board)", "(Age UK Westshire)"."""
    end = open_at + 1
    while end < len(doc) and end - open_at < 14 and doc[end].text not in (")", "(", ",", ";"):
        end += 1
    words = [t.lower_ for t in doc[open_at + 1 : end]]
    return end < len(doc) and len(words) >= 2 and _is_cap(doc[open_at + 1]) and (
        _head_kind(words, lex) == ORG or _branch(words, lex))


def _named_before_post_comma(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that a comma and a post follow: "Madhu Richards, Director of
    Finance", "heard from Jules Bickers, Director of Property". Two or three name words (the
    last no initial) that name no body, then a comma and a run of capitalised words that is a
    post, printed straight after the comma ("the Authority's Standing Orders, the Monitoring
    Officer presided" names no one). ``i`` when there is none."""
    if i > 0 and (_is_cap(doc[i - 1]) or doc[i - 1].lower_ in (*_POST_OWNERS, "a", "an")):
        return i
    k = i
    while k < len(doc) and k - i < 3 and _name_word(doc[k], lex):
        k += 1
    if k - i < 2 or len(doc[k - 1].text) == 1 or k + 2 >= len(doc) or doc[k].text != "," or (
            not _is_cap(doc[k + 1])):
        return i
    words = [t.lower_ for t in doc[i:k]]
    if _head_kind(words, lex) is not None or _names_a_body(words, lex) or words[-1] in (
            lex.trades | lex.nations | lex.street_words | lex.dwellings):
        return i
    j = k + 1
    while j < len(doc) and j - k < 12 and (_is_cap(doc[j]) or (
            doc[j].lower_ in lex.connectors and j + 1 < len(doc) and _is_cap(doc[j + 1]))):
        j += 1
    return k if j > k + 1 and _head_kind([t.lower_ for t in doc[k + 1 : j]], lex) == POST else i


_PARTICLE = re.compile(r"(?:d|de|da|di|du|le|la|o)['’][A-Z][a-z]+")  # "C d'Ayala"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "J.", "D.J.E.": no thing's name starts so
_INITIAL_DOT_NAME = re.compile(r"(?:[A-Z]\.){1,3}(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z]+")


def _named_before_initials(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that its own initials follow in brackets: "Nic Brown (NB)", "Paul
    Bown (PAB)" — parish minutes list members so, then write "NB to order the signs". The
    initials must begin with the first name's letter and end with the surname's, and a word
    that heads a post, body or programme ends the run, so "Youth Service (YS)" is no person.
    ``i`` when there is none."""
    if i > 0 and _is_cap(doc[i - 1]):
        return i
    k = i
    while k < len(doc) and k - i < 3 and _is_cap(doc[k]) and (
        doc[k].is_alpha or _INITIALS.fullmatch(doc[k].text)) and (
        doc[k].lower_ not in lex.not_name_start | lex.post_heads | lex.org_heads
        | lex.programme_heads | lex.legislation  # "Environment Regulations (EIR)"
    ):
        k += 1
    if k - i < 2 or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return i
    initials = doc[k + 1].text
    if not re.fullmatch(r"[A-Z]{2,4}", initials) or initials[0] != doc[i].text[0] or (
            initials[-1] != doc[k - 1].text[0]):
        return i
    if doc[i].text not in lex.given_names and not _INITIALS.fullmatch(doc[i].text) and not (
            k - i == 2 and len(initials) > 2):
        # "Comprehensive Area Assessment (CAA)", "Experimental Traffic Order (ETRO)": a
        # thing's acronym is made of its words' letters, and so is a person's; a person is
        # told by a known given name, an initial, or a middle initial that only the brackets
        # give ("Tomasz Wrobel (TJW)": two names, three letters).
        return i
    return k


def _bracket_role(doc: Doc, open_at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The post named at the start of a bracket: up to its first comma or its close."""
    end = open_at + 1
    while end < len(doc) and end - open_at < 20 and doc[end].text not in (",", ")", ";"):
        end += 1
    words = [t.lower_ for t in doc[open_at + 1 : end]]
    if end >= len(doc) or not words or not _is_cap(doc[open_at + 1]):
        return None
    return (open_at + 1, end) if any(w in lex.post_heads for w in words) else None


@Language.component("ckg_bracket_roles")
def bracket_roles_component(doc: Doc) -> Doc:
    """A person's role in brackets is a post: "Dr Ian Campbell (Director of Public Health,
    Adults and Health)", "Shona McGregor (Chief Officer Access and Inclusion)"."""
    lex = lexicon()
    spans: list[Span] = list(doc.spans.get("ckg", []))
    for person in [s for s in spans if s._.kind == PERSON]:
        if person.end < len(doc) and doc[person.end].text == "(":
            role = _bracket_role(doc, person.end, lex)
            if role is None:
                continue
            if any(s._.kind == POST and s.start == role[0] and s.end > role[1] for s in spans) \
                    and not any(t.lower_ in ("of", "for") for t in doc[role[0] : role[1]]):
                continue  # "(Deputy Director, Finance)": a portfolio after the comma, read
            spans = [s for s in spans if not (s._.kind == POST and role[0] <= s.start < role[1])]
            _mark(doc, role[0], role[1], POST, spans)
    for post in [s for s in spans if s._.kind == POST]:
        end = _service_in_brackets(doc, post.end, spans)
        if end > post.end:
            spans = [s for s in spans if s is not post]
            _mark(doc, post.start, end, POST, spans)
    doc.spans["ckg"] = spans
    return doc


def _service_in_brackets(doc: Doc, i: int, spans: list[Span]) -> int:
    """The end of the service or area a post names in brackets straight after its title —
    "Lead Professional (Estates)", "Executive Director (Performance & Support)" — which is
    part of the post's name. ``i`` when the bracket holds anything else: a person, a
    post-holder's initials ("(DF)"), a second post, a number or a lower-case aside."""
    if i >= len(doc) or doc[i].text != "(" or i + 1 >= len(doc) or not _is_cap(doc[i + 1]):
        return i
    k = i + 1
    while k < len(doc) and k - i <= 6 and doc[k].text not in (")", "(", ",", ";", "\n"):
        tok = doc[k]
        if not (_is_cap(tok) or tok.lower_ in ("&", "and", "of", "/", "-", "–")
                or "/" in tok.text):
            return i
        k += 1
    if k >= len(doc) or doc[k].text != ")" or any(
            s.start < k and s.end > i for s in spans if s._.kind != POST) or (
            doc[k - 1].lower_ in lexicon().post_heads):
        return i  # "Director of Governance (Monitoring Officer)": a second post held
    inner = doc[i + 1 : k].text
    if inner.isupper() and " " not in inner:
        return i  # "(DF)", "(RFO)": initials, not a service
    return k + 1


@Language.component("ckg_people")
def people_component(doc: Doc) -> Doc:
    """People: a title and a name ("Councillor Snape", "DCI David Giles", "Mrs Sally
    Marks"), or a common given name and a surname ("Tina Gould")."""
    lex = lexicon()
    spans: list[Span] = list(doc.spans.get("ckg", []))
    sent_apologies = _apologised(doc, lex)  # untitled names listed after "Apologies:"
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if i in sent_apologies:
            span = Span(doc, i, sent_apologies[i], label=PERSON)
            span._.kind, span._.label = PERSON, _phrase(doc[i : sent_apologies[i]])
            spans.append(span)
            i = sent_apologies[i]
            continue
        title_len = 0
        for size in (2, 1):
            if i + size <= n and _lower_phrase(doc[i : i + size]) in lex.person_titles:
                title_len = size
                break
        j = i + title_len
        while title_len and j < n and (doc[j].lower_ in lex.person_titles or (
                doc[j].text == "." and doc[j - 1].whitespace_ == "") or (
                doc[j].text == ":" and j == i + title_len
                and _lower_phrase(doc[i:j]) in lex.list_titles)):
            # "Councillor Mrs Hale", "Cllr Dr Rao": the name is after both titles; "Cllr.
            # Snell", "Cllr.Gale": the title's full stop, split off, is no part of the name;
            # "Cllrs: K Langley, …": a list title's colon
            j += 1
        if title_len:
            k = j
            while k < n and k - j < 3 and _is_cap(doc[k]) and doc[k].lower_ not in (
                    lex.post_heads | lex.person_titles | lex.not_surnames) and not (
                    k > j + 1 and k + 1 < n and doc[k + 1].lower_ in lex.post_heads
                    and _is_cap(doc[k + 1])):
                # "Cllr G. Jerreat Cllr L. Atkinson": a title starts the next name;
                # "Councillor A Barry Cabinet Member": a post (a word and its head) follows
                k += 1
            if j < n and doc[j - 1].text == "." and doc[j].lower_ in lex.not_name_start and not (
                    len(doc[j].text) == 1 and j + 1 < n and _is_cap(doc[j + 1])):
                k = j  # "co-opt Mr Kilby as a new Councillor. It was …": a sentence's end
                # (not "Cllr. A Edwards": an initial)
            title = _lower_phrase(doc[i : i + title_len])
            plural = title in lex.list_titles and title.endswith("s")
            if plural and (any(t.lower_ in lex.org_heads | lex.programme_heads
                               | lex.not_name_start | lex.members_things for t in doc[j:k]
                               if not (len(t.text) == 1 and t.is_upper))  # "Cllrs A Smith"
                           or (k < n and doc[k].lower_ in ("of", "for", "'", "’"))):
                k = j  # "Councillors Code of Conduct", "Declarations of Councillors Interests"
            if k > j and all(re.fullmatch(r"(?:[A-Z]\.?){1,3}", t.text) or t.text == "."
                             for t in doc[j:k]) and not (
                    k < n and doc[k].text == "," and title in lex.list_titles):
                k = j  # "Cllr HD informed …": a member by initials only, named elsewhere
            if k > j:
                span = Span(doc, i, k, label=PERSON)
                span._.kind, span._.label = PERSON, _phrase(doc[j:k])
                spans.append(span)
                # "County Councillor David Harlow", "District Cllr Osei": the tier and the
                # title name the person's post (not "County councillors K Lewis, L Rees", a
                # title for several in lower case)
                if title_len == 2 and doc[i].lower_ in lex.councillor_tiers:
                    _mark(doc, i, i + 2, POST, spans)
                elif i > 0 and doc[i - 1].lower_ in lex.councillor_tiers and title in (
                        "councillor", "cllr", "cllr.", "councillors", "cllrs") and _is_cap(
                        doc[i - 1]) and not (title.endswith("s") and doc[i].is_lower):
                    _mark(doc, i - 1, i + title_len, POST, spans)
                elif title in lex.post_titles:
                    _mark(doc, i, i + title_len, POST, spans)  # "PCSO Jo Hale": her post
                if _lower_phrase(doc[i : i + title_len]) in lex.list_titles:
                    k = _listed_surnames(doc, k, lex, spans)
                i = k
                continue
        elif (k := _named_before_role(doc, i, lex)) > i or (
                k := _named_before_initials(doc, i, lex)) > i:
            span = Span(doc, i, k, label=PERSON)
            span._.kind, span._.label = PERSON, _phrase(doc[i:k])
            spans.append(span)
            i = k
            continue
        elif _INITIAL_DOT_NAME.fullmatch(tok.text):
            # "A.Vigrass", "K.O'Donoghue": initials run onto the surname, as parish minutes
            # list members; nothing else in minutes is written so.
            span = Span(doc, i, i + 1, label=PERSON)
            span._.kind, span._.label = PERSON, tok.text
            spans.append(span)
            i += 1
            continue
        elif tok.text in lex.given_names and i + 1 < n and _is_cap(doc[i + 1]):
            k = i + 1
            while k < n and k - i < 3 and _is_cap(doc[k]) and doc[k].lower_ not in (
                lex.post_heads | lex.org_heads | lex.programme_heads | lex.committee_words
            ) and doc[k].text not in lex.honours and not (
                    k > i + 1 and doc[k].is_upper and len(doc[k].text) > 1) and not (
                    k - i == 2 and doc[k].text in lex.given_names and k + 1 < n
                    and _is_cap(doc[k + 1])) and not (k - i == 2 and _post_follows(doc, k, lex)):
                # "Steve Tyerman David Gilmour": a list that lost its comma; a given name
                # that a capitalised word follows starts the next person
                k += 1
            if k == i + 1 and k < n and doc[k].lower_ in lex.surname_heads and not (
                    k + 1 < n and _is_cap(doc[k + 1])):
                k += 1  # "Iain Grant, Committee Manager": a surname that is also a head
            if k > i and doc[k - 1].lower_ in lex.street_words:
                k = i  # "Dean Street", "Florence Road": a street named after a person
            if k + 1 < n and doc[k].lower_ in ("'s", "’s") and _is_cap(doc[k + 1]) and (
                    doc[k + 1].lower_ in lex.org_heads):
                k = i  # "John Smith’s College": a body named after a person
            if any(t.lower_ in lex.breaks for t in doc[i:k]) or (
                    _lower_phrase(doc[i:k]) in lex.org_known) or (
                    k < n and _is_cap(doc[k]) and doc[k].lower_ in lex.org_heads
                    | lex.programme_heads | lex.committee_words):
                k = i  # "the June Village Update", "Grace Darling Trust", "Grant Thornton": a thing
            if k > i + 1:
                span = Span(doc, i, k, label=PERSON)
                span._.kind, span._.label = PERSON, _phrase(doc[i:k])
                spans.append(span)
                if k < n and doc[k].is_upper and doc[k].lower_ in lex.person_titles:
                    _mark(doc, k, k + 1, POST, spans)  # "Nia Rees PCSO": her post
                    k += 1
                i = k
                continue
        elif (k := _named_before_speech(doc, i, lex)) > i or (
                k := _named_after_welcome(doc, i, lex, spans)) > i or (
                k := _named_before_post_comma(doc, i, lex)) > i:
            span = Span(doc, i, k, label=PERSON)
            span._.kind, span._.label = PERSON, _phrase(doc[i:k])
            spans.append(span)
            i = k
            continue
        i += 1
    doc.spans["ckg"] = spans
    return doc


def _post_follows(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether a post's title starts at ``k``: "Penny Bunker Governance and Democratic
    Engagement Manager" is Penny Bunker, then her post, printed with no comma between. The
    run of capitalised words (and "and", "&") from ``k`` must reach a post's head word."""
    j = k
    while j < len(doc) and j - k < 8 and (_is_cap(doc[j]) or doc[j].lower_ in ("and", "&")):
        if doc[j].lower_ in lex.post_heads and j > k:
            return _head_kind([t.lower_ for t in doc[k : j + 1]], lex) == POST
        j += 1
    return False


def _apologised(doc: Doc, lex: Lexicon) -> dict[int, int]:
    """The names with no title listed after "Apologies:" ("Apologies for absence were
    received from", "Apologies –"), as {start: end}: "Apologies: P Skinner", "Apologies:
    Sophie Hurley (work) Nesta Hirst (on leave)". Each entry is initials and a surname or
    two or three name words, perhaps with a reason in brackets, and entries are parted by
    commas, "and" or the brackets; the list ends at anything else. Titled entries are left
    to the title rules."""
    out: dict[int, int] = {}
    n = len(doc)
    for tok in doc:
        if tok.lower_ != "apologies" or not _is_cap(tok):
            continue
        a = tok.i + 1
        for words in (("for", "absence"), ("were", "received", "from"), ("received", "from"),
                      ("from",)):
            if tuple(t.lower_ for t in doc[a : a + len(words)]) == words:
                a += len(words)
        if a < n and doc[a].text in (":", ",", "-", "–", "—"):
            a += 1
        elif a == tok.i + 1:
            continue  # "Apologies were noted": no list follows
        while a < n:
            titled = doc[a].lower_ in lex.person_titles
            b = a
            while b < n and (doc[b].lower_ in lex.person_titles or doc[b].text == "."):
                b += 1
            c = b
            while c < n and c - b < 3 and (_initial(doc[c]) or _name_word(doc[c], lex)) and not (
                    c - b >= 2 and _post_follows(doc, c, lex)):
                c += 1  # ("J Beard Co-opted Member": the name, then the post)
            words = [t.lower_ for t in doc[b:c]]
            if c == b or len(doc[c - 1].text.rstrip(".")) == 1 or (c - b < 2 and not titled) or (
                    _head_kind(words, lex) is not None or _names_a_body(words, lex)):
                break
            if not titled:
                out[b] = c
            a = c
            if _post_follows(doc, a, lex):  # "J Beard Co-opted Member, …": the post, read later
                while a < n and (_is_cap(doc[a]) or doc[a].lower_ in ("of", "for")):
                    a += 1
            if a < n and doc[a].text == "(":
                close = next((k for k in range(a + 1, min(n, a + 10)) if doc[k].text == ")"),
                             None)
                if close is None:
                    break
                a = close + 1
            if a < n and doc[a].text in (",", ";", "and", "&"):
                a += 1
            elif not (a < n and doc[a - 1].text == ")" and _is_cap(doc[a])):
                break
    return out


def _name_word(tok, lex: Lexicon) -> bool:
    """A word that may be part of a person's name: capitalised, not in capitals (an initial
    may be), and heading no post, body or programme."""
    t = tok.text
    if not t[:1].isupper() or not t.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if tok.is_upper and len(t) > 1:
        return False
    return tok.lower_ not in (lex.not_name_start | lex.post_heads | lex.org_heads
                              | lex.programme_heads | lex.person_titles | lex.connectors
                              | lex.place_words | lex.breaks | lex.committee_words)


def _named_after_welcome(doc: Doc, i: int, lex: Lexicon, spans: list[Span]) -> int:
    """The end of a name that a verb of welcome takes: "The Chair welcomed Ben Okafor and
    Serrina Vale from Barnardo's", "thanked Jo Bright, Project Officer". Two or three name
    words, the last no initial, then a comma, a bracket, "from", "of", "and" or the
    sentence's end. ``i`` when there is none."""
    if i == 0:
        return i
    before = doc[i - 1].lower_
    if before not in lex.welcome_verbs and not (
            before in ("and", ",") and any(s._.kind == PERSON and s.end == i - 1 for s in spans)
            and any(t.lower_ in lex.welcome_verbs for t in doc[max(0, i - 8) : i - 1])):
        return i
    k = i
    while k < len(doc) and k - i < 3 and _name_word(doc[k], lex):
        k += 1
    if k - i < 2 or len(doc[k - 1].text) == 1:
        return i
    if k < len(doc) and doc[k].lower_ not in (",", "(", "from", "of", "and", ".", ";", "to",
                                              "who", "for", "as"):
        return i
    words = [t.lower_ for t in doc[i:k]]
    if _head_kind(words, lex) is not None or _names_a_body(words, lex):
        return i  # "welcomed Healthwatch Bristol": a body
    j = k
    while j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and _is_cap(doc[j + 1]):
        j += 2
        while j < len(doc) and _is_cap(doc[j]):
            j += 1
        if _head_kind([t.lower_ for t in doc[i:j]], lex) is not None:
            return i  # "thanked Avon Fire and Rescue Service": a body's name runs on
    return k


def _names_a_body(words: list[str], lex: Lexicon) -> bool:
    """Whether words a person's name might be hold a known body's name (of one word or
    more) or a branch of one: "Healthwatch Bristol", "Citizens Advice Westshire"."""
    return _branch(words, lex) or any(
        " ".join(words[a:b]) in lex.org_known
        for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def _named_before_speech(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that opens a clause and speaks or acts: "Gregg Dawe gave an update",
    "Fran McCabe noted that …", "J Bloggs, Head of Housing, said …". Minutes print outside
    speakers so, with no title and often a given name no list holds. Two or three name
    words, the last no initial, then a verb of ``speech_verbs`` (straight after, or after the
    speaker's post between commas). ``i`` when there is none."""
    n = len(doc)
    if i > 0 and not (doc[i - 1].is_space or doc[i - 1].text in (".", ";", ":", "–", "-", "•")
                      or doc[i].is_sent_start):
        return i
    k = i
    while k < n and k - i < 3 and _name_word(doc[k], lex):
        k += 1
    if k - i < 2 or len(doc[k - 1].text) == 1 or k >= n:
        return i
    words = [t.lower_ for t in doc[i:k]]
    if _head_kind(words, lex) is not None or _names_a_body(words, lex) or words[-1] in (
            lex.trades):
        return i  # ("Orbit Housing said": a firm named by its trade)
    if doc[k].lower_ in lex.speech_verbs:
        return k
    if doc[k].text == ",":
        close = next((c for c in range(k + 1, min(n, k + 14)) if doc[c].text == ","), None)
        if close is not None and close + 1 < n and doc[close + 1].lower_ in lex.speech_verbs \
                and any(t.lower_ in lex.post_heads for t in doc[k + 1 : close]):
            return k
    return i


def _initial(tok) -> bool:
    """A lone initial: "L", "L."."""
    return len(tok.text.rstrip(".")) == 1 and tok.text[0].isupper()


def _listed_surnames(doc: Doc, k: int, lex: Lexicon, spans: list[Span]) -> int:
    """The rest of a list of members under one title: "Councillors Hale (Vice-Chair), Osei
    and Brook", "Councillor Mrs Hale, Osei and Brook". Each entry is a surname (with its own
    title or initials, perhaps) and the list must close with "and": a comma alone may be
    followed by anything ("Councillor Hale, Leader of the Council")."""
    entries: list[tuple[int, int]] = []
    n, i = len(doc), k
    while i < n:
        if doc[i].text == "(":  # "(Vice-Chair)" after a name
            close = next((c for c in range(i + 1, min(n, i + 8)) if doc[c].text == ")"), None)
            if close is None:
                break
            i = close + 1
            continue
        lost_comma = entries and entries[-1][1] == i and _initial(doc[i]) and (
            i + 1 < n and _is_cap(doc[i + 1]))  # "D.Forrest L. Hoggarth": a list's lost comma
        if doc[i].text != "," and doc[i].lower_ not in ("and", "&") and not lost_comma:
            break
        closing = doc[i].lower_ in ("and", "&")
        a = i + (not lost_comma)
        while a < n and doc[a].text == ",":
            a += 1
        if a < n and doc[a].lower_ in ("and", "&"):
            closing, a = True, a + 1
        b = a
        while b < n and b - a < 3 and (_is_cap(doc[b]) or _PARTICLE.fullmatch(doc[b].text)) and (
            doc[b].text.replace(".", "").replace("-", "").replace("'", "").isalpha()
        ) and (doc[b].lower_ not in (lex.post_heads | lex.org_heads | lex.programme_heads
                                     | lex.not_name_start | lex.connectors)
               or (len(doc[b].text) == 1 and b + 1 < n and _is_cap(doc[b + 1]))):
            b += 1  # "… and A Hunter": an initial, not the article
            if b < n and _initial(doc[b]) and any(not _initial(t) for t in doc[a:b]) and (
                    _initial(doc[a]) or _INITIAL_DOT_NAME.fullmatch(doc[a].text)):
                break  # "H. Milton P. Thorne": the next entry's initial
        if b == a or len(doc[b - 1].text.rstrip(".")) == 1:
            break  # no entry, or initials with no surname
        if all(t.lower_ in lex.person_titles for t in doc[a:b]):
            break  # "Cllr. Jones and Cllr. Marshall": a titled name of its own follows
        if (b < n and _is_cap(doc[b]) and not (
                _initial(doc[b]) and b + 1 < n and _is_cap(doc[b + 1]))) or any(
                not part[:1].isupper() for t in doc[a:b] for part in t.text.split("-")
                if not _PARTICLE.fullmatch(t.text)):
            break  # "and Co-opted Members": a phrase, not a surname
        entries.append((a, b))
        i = b
        if closing:
            break
    else:
        closing = False
    if not entries or not closing:
        return k
    for a, b in entries:
        words = doc[a:b]
        while len(words) > 1 and words[0].lower_ in lex.person_titles:
            words = words[1:]
        span = Span(doc, a, b, label=PERSON)
        span._.kind, span._.label = PERSON, _phrase(words)
        spans.append(span)
    return entries[-1][1]


@cache
def _council_acronym_re(endings: tuple[str, ...], in_c: str) -> re.Pattern[str]:
    ends = "|".join(re.escape(e) for e in endings)
    return re.compile(rf"[A-Z]{{1,4}}(?:{ends})|{in_c}")


def _council_acronym(text: str, lex: Lexicon) -> bool:
    """A council by its acronym: "CDC", "BDBC", "ERYC" (``council_acronym_endings``,
    ``council_acronyms_in_c``), not a commissioner's ("PCC")."""
    return bool(_council_acronym_re(lex.council_acronym_endings, lex.council_acronyms_in_c)
                .fullmatch(text)) and text not in lex.not_council_acronyms


@Language.factory("ckg_known_bodies")
def known_bodies_factory(nlp: Language, name: str) -> KnownBodies:
    return KnownBodies(nlp)


class KnownBodies:
    """Bodies named in lower case as often as not ("an application to central government"),
    which the capitalised-name rules cannot see: a PhraseMatcher over the lexicon's
    ``any_case`` list. Posts too ("the parish clerk", "the ward members", "the council's
    section 151 officer"), but only after a word that makes them one post ("the", "our", an
    owner's "'s"): "as a county councillor" names none."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add(ORG, list(nlp.tokenizer.pipe(lexicon().org_any_case)))
        self.posts = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.posts.add(POST, list(nlp.tokenizer.pipe(lexicon().post_any_case)))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = list(doc.spans.get("ckg", []))
        taken = {i for s in spans for i in range(s.start, s.end)}
        for _, start, end in self.matcher(doc):
            if not any(i in taken for i in range(start, end)):
                _mark(doc, start, end, ORG, spans)
                taken.update(range(start, end))
        for _, start, end in sorted(self.posts(doc), key=lambda m: (m[1], -m[2])):
            inside = [s for s in spans if s._.kind == POST and start < s.start and s.end == end]
            if inside and not any(i in taken for i in range(start, inside[0].start)):
                # "the Member Services Officer": the names rules read "Services Officer"
                spans = [s for s in spans if s not in inside]
                taken.difference_update(range(start, end))
            # "The Monitoring Officer", "the Cabinet member": capitalised too, where the
            # names rules do not start a name ("Monitoring" opens sentences more often)
            if not any(i in taken for i in range(start, end)) and start > 0 and (
                    doc[start - 1].lower_ in _POST_OWNERS) and not any(
                    t.is_upper and len(t) > 1 for t in doc[start:end]):
                _mark(doc, start, end, POST, spans)
                taken.update(range(start, end))
        for tok in doc:
            # "CDC", "BDBC", "KCC": a council by its acronym, as parish minutes name their
            # district and county councils ("… District Council" → "…DC").
            if tok.i not in taken and _council_acronym(tok.text, lexicon()):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)
                taken.add(tok.i)
            elif tok.i not in taken and _acronym_as_body(doc, tok.i, lexicon()):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "the NIEA would be attending"
                taken.add(tok.i)
            elif tok.i not in taken and _spelt_out_body(doc, tok.i, lexicon()):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "NRW (Natural Resources Wales)"
                taken.add(tok.i)
        doc.spans["ckg"] = spans
        return doc


# Words before a post printed in lower case that make it one post: "the parish clerk", "our
# ward member", "the council's section 151 officer".
_POST_OWNERS = ("the", "our", "their", "its", "'s", "’s")
_AUXILIARIES = ("will", "would", "had", "has", "have", "was", "were", "is", "are", "be",
                "been", "being", "not", "also", "then")


def _acronym_as_body(doc: Doc, i: int, lex: Lexicon) -> bool:
    """An acronym used the way bodies are: "the NIEA would be attending", "the DVSA had
    confirmed" (an act of a body's after it, ``acronym_acts``), or "contact the NIEA",
    "write to the DVSA" (an approach made to it, ``acronym_approaches``). Only "the" and an
    acronym of three letters or more, or one of four or more that acts ("KFRS had attended"):
    members' initials ("GC reported", "JBL agreed") take no article and are shorter."""
    tok = doc[i]
    if not (tok.is_upper and tok.is_alpha and 3 <= len(tok.text) <= 6) or (
            (i == 0 or doc[i - 1].lower_ != "the") and len(tok.text) < 4) or tok.lower_ in (
            lex.person_titles | lex.post_heads | lex.programme_heads) or (
            tok.text in lex.honours | lex.not_council_acronyms) or (i + 1 < len(doc) and (
            _is_cap(doc[i + 1]) or doc[i + 1].lower_ in lex.programme_trailing)):
        return False  # ("the CCTV Working Group", "the HVO project": names of their own)
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].lower_ in _AUXILIARIES:
        k += 1
    if k < len(doc) and doc[k].lower_ in lex.acronym_acts:
        return True
    if i == 0 or doc[i - 1].lower_ != "the":
        return False
    before = tuple(t.lower_ for t in doc[max(0, i - 3) : i - 1])
    return any(before[len(before) - len(a) :] == a for a in lex.acronym_approaches
               if len(a) <= len(before))


def _spelt_out_body(doc: Doc, i: int, lex: Lexicon) -> bool:
    """An acronym spelt out in the brackets after it, as a body's name: "notice from NRW
    (Natural Resources Wales)". The initials must match, and the name must end as a body's
    does (a head word, or a nation: ``organisations.nations``)."""
    tok = doc[i]
    if not (tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6) or (
            i + 2 >= len(doc) or doc[i + 1].text != "("):
        return False
    close = next((c for c in range(i + 2, min(len(doc), i + 12)) if doc[c].text == ")"), None)
    if close is None:
        return False
    words = [t for t in doc[i + 2 : close] if t.lower_ not in ("of", "and", "&", "the", "for")]
    if not words or "".join(t.text[0] for t in words).upper() != tok.text:
        return False
    last = words[-1].lower_
    return last in lex.org_heads | lex.nations or _head_kind(
        [t.lower_ for t in doc[i + 2 : close]], lex) == ORG


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


@dataclass(frozen=True, eq=False)
class FollowupRules:
    """The follow-up component's rule table, read once from ``followups.toml``: compiled
    patterns by name, the request triggers in the order they are tried, those that only
    match at a clause's start (``own_clause``: a past clause before them is no bar), and the
    vetoes of each trigger."""

    fragments: dict[str, str]
    words: dict[str, frozenset[str]]
    rx: dict[str, re.Pattern[str]]
    triggers: tuple[tuple[str, str], ...]
    own_clause: frozenset[str]
    vetoes: dict[str, tuple[Veto, ...]]

    def find(self, name: str, text: str, mode: str = "search") -> re.Match[str] | None:
        """The trigger ``name``'s match in ``text``, unless a veto rules it out."""
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
    return {name: "|".join(words) for name, words in out.items()}


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
        fields = {k: re.compile(expand(v[k])) for k in ("match", "before", "after", "text",
                                                          "group_is") if k in v}
        vetoes.setdefault(v["rule"], []).append(Veto(group=v.get("group"), **fields))
    return FollowupRules(
        fragments={k: expand(v) for k, v in sources.items() if k in raw["fragments"]},
        words={k: frozenset(w.lower() for w in v) for k, v in raw.get("words", {}).items()},
        rx=rx,
        triggers=tuple((name, mode) for name, mode in raw["triggers"]["order"]),
        own_clause=frozenset(raw["triggers"].get("own_clause", ())),
        vetoes={k: tuple(v) for k, v in vetoes.items()},
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
    # "… yet, Cllr. Sinclair will have a look": a title's full stop ends no sentence.
    title_end = followup_rules().rx["title_at_end"]
    joined: list[Span] = []
    for unit in out:
        if joined and title_end.search(joined[-1].text) and joined[-1].end == unit.start:
            joined[-1] = doc[joined[-1].start : unit.end]
        else:
            joined.append(unit)
    return [u for u in joined if u.text.strip(" -;\n\t\u00a0")]


def _names_in(unit: Span, kinds: tuple[str, ...]) -> list[Span]:
    return [s for s in unit.doc.spans.get("ckg", [])
            if s._.kind in kinds and s.start >= unit.start and s.end <= unit.end]


@Language.component("ckg_followups")
def followups_component(doc: Doc) -> Doc:
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
    units = _units(doc)
    for k, unit in enumerate(units):
        text = unit.text
        low = text.lower()
        if any(a in low for a in lex.answered):
            continue
        if low.lstrip(" -•(\n\t\u00a0").startswith(lex.agenda_purposes) or rx[
                "agenda_line"].search(text):
            continue  # "To receive an update on …", "(To receive a report …)": an agenda line
        if rx["action_done"].match(text):
            continue  # "Action complete.": nothing left to do
        if rx["correction"].search(text):
            continue  # "S Edwards to be added to those present": the minutes corrected
        if rx["action_tag"].search(text) and not rx["action_done"].match(text):
            # "… asked for a report on fly tipping – ACTION": the minute marks it an action
            span = Span(doc, unit.start, unit.end, label="followup")
            _describe_followup(span, rules.find("asked_to", text))
            spans.append(span)
            continue
        if (who := rx["action_who"].match(text)) and spans and _only_names(
                unit, who.start("who"), who.end("who")):
            spans[-1]._.assigned_to = spans[-1]._.assigned_to or who.group("who").strip()
            continue
        if (to_action := rx["to_action"].match(text)) and _errand(unit, to_action, lex):
            who_acts = re.sub(r"^(?:The|the)\s+", "", to_action.group("who").strip())
            if spans and spans[-1].end >= unit.start - 2:
                spans[-1]._.assigned_to = spans[-1]._.assigned_to or who_acts
            elif k > 0 and units[k - 1].text.strip():
                # The sentence before is the errand, however it is worded ("Clerk to
                # circulated the briefing …"): the action line says someone is to do it.
                span = Span(doc, units[k - 1].start, units[k - 1].end, label="followup")
                span._.assigned_to = who_acts
                spans.append(span)
            continue
        found = {name: rules.find(name, text, mode) for name, mode in rules.triggers}
        before = doc[: unit.start].text[-400:]
        if (rx["motion_clause"].match(text) and rx["motion_before"].search(before)) or rx[
                "motion_opening"].search(text):
            continue  # "… put forward the following Proposal: That …": a motion, undecided
        in_resolution = bool(rx["resolved_before"].search(before + text[:20])
                             or rx["agreed_opening"].match(text) or rx["that_opening"].match(text))
        if (purpose := rx["report_purpose"].search(text)) and not rx["will"].search(text):
            # "submitted a report … requesting that …": what the report asks of this meeting
            for name in ("requested", "passive"):
                if found[name] and found[name].start() >= purpose.start():
                    found[name] = None
        if (m := found["named_will"]) and not _only_names(unit, m.start("who"), m.end("who")):
            found["named_will"] = None
        if (m := found["errand"]) and not _errand(unit, m, lex):
            found["errand"] = None
        hit_name = next((name for name, _ in rules.triggers if found[name]), None)
        hit = found[hit_name] if hit_name else None
        clause_text = rx["clause_opening"].sub("", text, count=1)
        if hit is None and in_resolution and rx["resolution_act"].match(clause_text):
            hit_name = "resolution_act"
        if hit_name is None:
            continue
        # Words that look ahead before the ask ("problems continuing to be seen … and sought
        # an update on what …") belong to another clause.
        # "Information was requested on …" asks as "Members requested information on …" does.
        ask = found["requested"] or found["requested_passive"]
        asked_only = hit_name not in ("passive", "asked_to") and ask \
            and not rx["future"].search(text, ask.start())
        promised_next = k + 1 < len(units) and bool(rx["future"].search(units[k + 1].text))
        if asked_only and not promised_next and (
            (k + 1 < len(units) and rx["answer"].match(units[k + 1].text))
            or rx["question"].search(text)
        ):
            continue  # a question, answered on the spot: "… Members were informed that …"
        past = rx["past"].search(text)
        if past and hit is not None and past.start() > hit.end() and rx["wh_clause"].search(
                text, hit.end(), past.start()):
            past = None  # "asked for a note setting out what had been achieved"
        if past and hit is not None and (ask := rx["ask_verb"].search(text, 0, past.start())) \
                and rx["wh_clause"].search(text, ask.end(), past.start()):
            # "They requested instances where funding has been acquired to be shared with the
            # Board": the past is in what is asked for, after the ask
            past = None
        if past and not (found["asked_to"] or rx["promise"].search(text)) and not (
            hit is not None and (_later_clause(text, past, hit) or (
                hit_name in rules.own_clause and hit.start() > past.end()))
        ):
            continue  # reports what was done, or what was not asked for
        m_errand = found["errand"]
        if hit_name == "errand" and spans and spans[-1].end >= unit.start - 2 and (
            _same_errand(spans[-1], unit, m_errand.group("who"))
        ):
            # "It was agreed to resend the response. Clerk to resend response.": the action
            # line restates the request before it and names who acts on it.
            spans[-1]._.assigned_to = spans[-1]._.assigned_to or m_errand.group("who").strip()
            continue
        span = Span(doc, unit.start, unit.end, label="followup")
        _describe_followup(span, found["asked_to"] or found["instruct"])
        if hit_name == "errand" and span._.assigned_to is None:
            span._.assigned_to = re.sub(r"^(?:The|the)\s+", "", m_errand.group("who").strip())
        if in_resolution and (said := [s for s in spans
                                       if id(s) not in resolved and _restates(s, span)]):
            # "The Officer agreed to circulate the figures. … AGREED that the figures be
            # circulated": the resolution records the promise made in the debate; one errand,
            # logged once, in the resolution's words.
            span._.assigned_to = span._.assigned_to or said[-1]._.assigned_to
            span._.requested_by = span._.requested_by or said[-1]._.requested_by
            spans = [s for s in spans if s not in said]
        if in_resolution:
            resolved.add(id(span))  # a clause never folds another clause of the resolution
        spans.append(span)
    doc.spans["ckg_followups"] = spans
    return doc


def _later_clause(text: str, past: re.Match[str], hit: re.Match[str]) -> bool:
    """Whether a request comes in a clause of its own after the past one: "the precept had
    been supported, and the information would be reported back at the March meeting"."""
    return hit.start() > past.end() and bool(
        followup_rules().rx["later_clause"].search(text[past.end() : hit.start()]))


def _errand(unit: Span, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether an action line's subject is one who can be sent on an errand: a post ("Clerk",
    "the Head of Finance"), a named person, or a member's initials ("RM", "SV/FH"), and not
    the meeting itself ("Members to note …")."""
    rx = followup_rules().rx
    after = unit.text[m.end():]
    if m.group("verb") in lex.meeting_acts and not rx["back"].match(after) and not (
            m.group("verb") == "report" and rx["report_to"].match(after)):
        # "The Chairman to report apologies for absence": business at the meeting (but "Clerk
        # to report the broken stile to the County Council" is an errand)
        return False
    who = m.group("who").strip()
    low = who.lower()
    if low.removeprefix("the ") in lex.no_actor or low in lex.no_actor:
        return False
    if rx["initials"].fullmatch(who):
        return True
    if low.split()[-1] in lex.post_heads or low.split()[-1] in followup_rules().words.get(
            "errand_actors", ()):
        return True
    if rx["titled_name"].fullmatch(who):
        return True  # "Councillor\n\nVenton": a member by title, whatever the page broke
    return _only_names(unit, m.start("who"), m.end("who"))


def _same_errand(before: Span, unit: Span, who: str = "") -> bool:
    """Whether an action line repeats the request just before it: they share the errand's
    verb or its object ("agreed to resend the response" / "Clerk to resend response"), or
    the one who acts ("resolved that the Clerk would chase the matter. Clerk to follow up").
    Two action lines are two errands whoever acts: "Clerk to contact …" and "Clerk to check
    …" share only the doer."""
    lines = followup_rules().rx["errand"].match(before.text) is not None
    actor = {w.lower() for w in re.findall(r"\w+", who)} if lines else set()

    def words(span: Span) -> set[str]:
        return {t.lower_ for t in span if t.is_alpha and len(t) > 3 and not t.is_stop
                and t.lower_ not in actor}
    return bool(words(before) & words(unit))


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


def _ing(verb: str) -> str:
    """The -ing form of a promise verb: "bring" → "bringing", "circulate" → "circulating"."""
    if verb.endswith("e") and not verb.endswith("ee") and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def _only_names(unit: Span, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` of ``unit`` hold names and nothing else ("Councillor
    Rice", "the Head of Finance and Councillor Rice")."""
    names = _names_in(unit, (POST, PERSON, ORG))
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


def _describe_followup(span: Span, asked: re.Match[str] | None) -> None:
    """Who asked, who is to act and by when, as the request's own words say."""
    rx = followup_rules().rx
    text = span.text
    if m := rx["asker"].search(text.strip(" -•\n\t")):
        span._.requested_by = re.sub(r"(?i)^the\s+", "", m.group(1)).strip()
    names = _names_in(span, (POST, PERSON, ORG))
    if span._.requested_by is None:
        # "Councillor Truman … asked for the Chair to provide an update": a named asker.
        for n in names:
            after = text[n.end_char - span.start_char :]
            if n._.kind in (POST, PERSON) and rx["asker_after"].match(after):
                label = n._.label if n._.kind == PERSON else n.text
                span._.requested_by = re.sub(r"(?i)^the\s+", "", label)
                break
    if asked is not None and asked.groupdict().get("who"):
        who = re.sub(r"(?i)^the\s+", "", asked.group("who")).strip()
        span._.assigned_to = who
    elif asked is not None and (before := [n for n in names
                                           if n.end_char <= span.start_char + asked.start()]):
        span._.assigned_to = re.sub(r"(?i)^the\s+", "", before[-1].text)
    elif m := rx["agreed_to"].search(text):
        # The one who agreed: the first post or person named before the verb.
        before = [n for n in names if n.end_char <= span.start_char + m.start()]
        if before:
            span._.assigned_to = re.sub(r"(?i)^the\s+", "", before[0].text)
    elif m := rx["agreed_that_who"].search(text):
        span._.assigned_to = m.group("who").strip()
    elif names and rx["subject_opening"].fullmatch(
            text[: names[0].start_char - span.start_char]) and (
        _acts(text[names[0].end_char - span.start_char :])
    ):
        span._.assigned_to = names[0].text.removeprefix("the ").removeprefix("The ")
    if span._.assigned_to is None and (m := rx["action_errand"].match(text)):
        span._.assigned_to = re.sub(r"^(?:The|the)\s+", "", m.group("who").strip())
    if m := rx["due"].search(text):
        span._.due_text = " ".join(m.group(0).split())


_MONTHS = followup_rules().fragments["months"]


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
    for month in _MONTHS[3:-1].split("|") if len(month) >= 5
    for typo in _misspellings(month)
    if typo.lower() not in followup_rules().words.get("not_month_typos", ())
}
_MONTHS_READ = "(?:" + "|".join(sorted([*_MONTHS[3:-1].split("|"), *_MONTH_TYPOS],
                                       key=len, reverse=True)) + ")"
_RX_TYPO = re.compile(r"\b(?:" + "|".join(sorted(_MONTH_TYPOS, key=len, reverse=True)) + r")\b")


def _month_as_meant(when: str) -> str:
    """"the Novmeber meeting" is the November meeting."""
    return _RX_TYPO.sub(lambda m: _MONTH_TYPOS[m.group(0)], when)


# -- references to other meetings ---------------------------------------------------------

# "3rd March", "the 4th of April", "01.03.2023", "14.11.05", "2013/11/25" (the year first),
# "28 September2015" and "1December 2022" (the space lost), "29-11-23" (with hyphens only as
# a day and a month can be, and never within a longer run of figures)
_DAYDATE = (rf"(?:(?<![\d.,£$])\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS_READ}"
            r"(?:,?\s*\d{4})?"
            r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b)|(?<!\d)(?:19|20)\d{2}/\d{1,2}/\d{1,2}\b"
            r"|(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:\d{4}|\d{2})(?![\d-]))")
# "Tuesday, the 23rd January", "Wed 27th September": a weekday and "the" before a date
# (printed "the19th" too)
_ON = rf"(?:{followup_rules().fragments['weekday']},?\s+)?(?:the\s*)?"
# The further dates of a list: "…, Monday, the 19th February 2007; Tuesday, the 27th …
# and the 13th March 2007"
# (and "14-05-21", "16/03/22": a day, a month and a year of two figures, as a list of
# minutes received prints them)
_FULLDATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_READ},?\s+\d{{4}}"
             r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b)|(?<!\d)(?:19|20)\d{2}/\d{1,2}/\d{1,2}\b"
             r"|(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-(?:\d{4}|\d{2})(?![\d-]))")
# Days that take their month from the date after them: "on 26 and 27 September 2018", "on
# 18 September, 9 and 30 October, and 4 December 2017".
_LEAD = r"(?P<lead>(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+and\s+|\s*&\s*))*)"
# A list goes on with another body's dates: "Full Council on 29-11-23 and 18-07-24,
# Improvement and Scrutiny - Resources on 22-01-24".
_MORE = re.compile(rf"\s*(?:,\s*and|,|;|and|&)\s*(?:[A-Z][\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*|and"
                   rf"|&|of|for|[–—-])){{0,8}}[ \t]+on[ \t]+)?{_ON}{_LEAD}(?P<day>{_DAYDATE})")
# A body by its name: "the Development Sub-Committee", "the Executive" (never "the Chief
# Executive", a post).
_BODY = (r"(?:(?:[A-Z][\w&’'-]*|and|&|of|for)[ \t]+){0,8}?"
         r"(?:Sub-Committee|Committee|Board|Group|Panel|Cabinet|Council|Partnership"
         r"|(?<!Chief[ \t])Executive)\b")
# A body's name on a line of its own, where commas may join its words: "Children, Young
# People and Education Committee".
# On such a line a meeting or an authority is named too: "Extraordinary General Meeting –
# 14-05-21", "National Park Authority – 28-05-21".
_LISTED_BODY = (r"(?:(?:[A-Z][\w&’'-]*,?|and|&|of|for)[ \t]+){0,8}?"
                r"(?:Sub-Committee|Committee|Board|Group|Panel|Cabinet|Council|Partnership"
                r"|Meeting|Authority|(?<!Chief[ \t])Executive)\b")
_REFS = [
    # "their 6 April 2016 meeting", "the January 2017 Select Committee", "the June meeting",
    # "the January meeting of the Strategic Task and Finish Group"
    # "to the November agenda": the agenda of a meeting to come
    # "either the September or October meeting": one meeting, the first month named (as
    # "September/October 2018" below)
    re.compile(rf"\b(?:the|their|its|at|to)\s+(?:(?P<day>{_DAYDATE})|(?P<month>{_MONTHS_READ})"
               rf"(?:\s+or\s+{_MONTHS_READ})?(?:\s+(?P<year>\d{{4}}))?)\s+(?:(?P<body>{_BODY})|meeting"
               rf"(?:\s+of\s+the\s+(?P<body2>{_BODY}))?|(?P<agenda>agenda)\b)"),
    # "their meeting of 8 December 2016", "the meeting held on 9 November 2016", "the meeting
    # of the Cabinet held on 6th September 2017"
    # "the next meeting of the PCP on 8 March 2018": a body by its acronym;
    # "Committee meetings on Tuesday, the 23rd January 2007"
    # "MINUTES OF MEETING HELD ON 14.11.05": in capitals too
    # "the proceedings of this panel held on 18 September, 9 and 30 October, and 4 December"
    # "a meeting had been held on 10 April 2017"; "Minutes of a Community Council Meeting
    # held at the Village Hall, Upton on 1 March 2017": the place before the date
    re.compile(rf"\b(?i:meetings?|proceedings),?\s+(?:of\s+(?:the\s+)?(?:(?P<body>{_BODY})"
               rf"|(?P<acronym>[A-Z]{{2,6}})|(?:this|the)\s+(?i:committee|panel|board|council|"
               rf"sub-committee|group|cabinet))"
               rf"\s+)?(?:,?\s*(?:to\s+be\s+|(?:had|has|have)\s+been\s+|(?:was|were)\s+)?"
               rf"(?i:held)(?:\s+(?:at|in)\s+[^.;\n]{{1,60}}?)?\s+)?(?i:on|of)\s+{_ON}{_LEAD}"
               rf"(?P<day>{_DAYDATE})"),
    # "Cabinet on 18 May 2016", "the Panel had met on 5th December"
    # "Copy of Health and Wellbeing Board report of 5 July 2022": a report to that meeting
    # "Post Offices Review Group at 6.30 pm on the 21 July 2011": its time before the date
    # "the Special Scrutiny Board involving the town's partners, held on 9 January 2015"
    # "the Scrutiny Group work programme on 28 January", "the Cabinet agenda for 5 June": the
    # business of that meeting
    re.compile(rf"\b(?P<body>{_BODY})\s+(?:[^.;\n]{{1,60}}?,\s+(?=held\b))?"
               rf"(?:(?:had|has)\s+)?(?:met\s+|held\s+|report\s+|(?:(?i:work\s+programme|agenda)"
               rf"\s+(?=for\b)))?"
               rf"(?:at\s+\d{{1,2}}(?:[.:]\d{{2}})?\s*(?i:[ap]\.?m\.?)\s+)?(?:on|of|for)\s+"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    re.compile(rf"\b(?P<body>{_BODY})\s+(?i:work\s+programme|agenda)\s+(?:on|of)\s+"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    # "the Sub Committee's meeting in September 2014", "the meeting in March", "their next
    # meeting in September 2019", "a meeting during August", "a meeting that was held in
    # March 2024"
    # "a Special Meeting of Committee in January"; "the all Member Planning Workshop held in
    # June 2019", "the Member Workshop on ‘Flooding’ in May 2019": a workshop of members
    # "the Annual Parish Meeting in May", "the AGM in April 2023", "a meeting in early March"
    re.compile(rf"\b(?:(?P<body>{_BODY})(?:['’]s)?\s+|(?i:the|an?|its|their)\s+)"
               rf"(?:(?i:next|last|previous|following|special|further|extraordinary)\s+)?"
               rf"(?:(?:Annual|General|Parish|Town|Extraordinary|Special|Public)\s+){{0,3}}"
               rf"(?:(?i:meeting)|AGM|EGM)"
               rf"(?:\s+of\s+(?:the\s+)?(?P<body2>{_BODY}))?\s+"
               rf"(?:(?:that|which)\s+(?:was|is|will\s+be)\s+held\s+|held\s+)?"
               rf"(?:in|during)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<month>{_MONTHS_READ})"
               rf"(?:\s+(?P<year>\d{{4}}))?"),
    re.compile(rf"\b(?:the|an?)\s+(?:(?:all|[A-Z][\w&’'-]*)\s+){{0,8}}?(?:Workshop|Seminar)\s+"
               rf"(?:on\s+[‘'“\"][^’'”\"\n]{{1,60}}[’'”\"]\s+)?(?:held\s+)?(?:in|during)\s+"
               rf"(?P<month>{_MONTHS_READ})\s+(?P<year>\d{{4}})"),
    # A list of the meetings whose minutes are received, one line each: "a) Planning &
    # Transport Committee    4 October 2021", "01.03.2023 – Planning Committee", "·  07.03.2023
    # – Children, Young People and Education Committee" (a bullet, and commas in the name)
    re.compile(rf"(?m)^[ \t]*(?:[a-z]\)|\d{{1,2}}[.)]|[·•●▪◦*])?[ \t]*(?P<body>{_LISTED_BODY})"
               rf"[ \t]*(?:[–—-][ \t]*|[ \t]{{2,}})(?P<day>{_FULLDATE})[ \t]*$"),
    re.compile(rf"(?m)^[ \t]*(?:[a-z]\)|\d{{1,2}}[.)]|[·•●▪◦*])?[ \t]*(?P<day>{_FULLDATE})[ \t]*"
               rf"[–—-][ \t]*(?P<body>{_LISTED_BODY})[ \t]*$"),
    # "Minutes of the Bus Services Sub Committee - 6 August 2021", "the minutes of the
    # Administrative Committee, 8 February 2024": a body and the full date of its meeting
    # "Place Scrutiny Committee dated 22nd May 2025", "Full Council 21/6/2022 - Proposed …":
    # the date after "dated", or straight after the body's name
    re.compile(rf"\b(?P<body>{_BODY})(?:[ \t]+(?i:meeting))?[ \t]*(?:,|[–—-]|(?i:dated)|(?=[ \t]))"
               rf"[ \t]*{_ON}(?P<day>{_FULLDATE})"),
    # "Minutes 02/08/2022", "the Minutes of the previous meetings 11.01.2024 & 30.01.2024":
    # minutes named by their meeting's date
    # "Minutes of 18th October 2011": "of" and the date
    # "Minutes of the previous meeting (5 April 2023)", "(held on 5th April)": in brackets
    re.compile(rf"\b(?i:minutes)(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?i:last|previous|preceding)"
               rf"[ \t]+)?(?i:meetings?)|[ \t]+of(?=[ \t]+(?:the[ \t]*)?\d))?[ \t]*"
               rf"(?:[–—:-][ \t]*)?(?:\([ \t]*(?:(?i:held)[ \t]+(?:(?i:on)[ \t]+)?)?)?{_ON}"
               rf"(?P<day>{_FULLDATE}|{_DAYDATE}(?=[ \t]*\)))"),
    # "The group met on 1 December 2022", "The Chair also met with the Planning Officer on 13
    # April": a meeting held, by whoever met
    # "Following a meeting with the county's rights of way team on Friday 10th February": a
    # meeting with others, named by its day
    # "Members met informally on 14th March": however they met
    re.compile(rf"\b(?:met(?:[ \t]+(?:informally|formally|again|virtually|online|briefly))?"
               rf"|(?:a|the|our)[ \t]+meeting(?=[ \t]+with\b))\b"
               rf"(?:[ \t]+with\b[^.;\n]{{1,80}}?)?[ \t]+on[ \t]+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "the scheme is going to Council next week", "a call tomorrow where Members can ask
    # questions", "a briefing next month": a meeting dated from this one's own date
    re.compile(rf"\b(?:to|at|before)\s+(?:the\s+|a\s+)?(?P<body>{_BODY})\s+"
               rf"(?P<rel>next\s+week|next\s+month|tomorrow)\b"),
    re.compile(r"\b(?:a|an|the)\s+(?:(?:special|extra|informal|online|further)\s+)?"
               r"(?i:meeting|call|briefing|seminar|workshop)\s+"
               r"(?P<rel>next\s+week|next\s+month|tomorrow)\b"),
    # "the Committee had held its first virtual meeting under the … Regulations 2020 on 17
    # June 2020": the meeting held, however long what is said of it
    re.compile(rf"\bheld\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?meeting\b[^.;\n]{{0,160}}?"
               rf"\bon\s+{_ON}(?P<day>{_DAYDATE})"),
    # "the special meeting with the Chief Constable had been rearranged to 23 April": the
    # meeting moved to another day, one to come (minutes tell of a change of plan ahead)
    re.compile(rf"\b(?i:meeting|hearing|session|seminar|workshop)\b[^.;\n]{{0,80}}?"
               rf"\b(?P<ahead>rearranged|re-arranged|moved|postponed|rescheduled|re-scheduled|deferred|"
               rf"brought\s+forward)\s+(?:to|until|for)\s*{_ON}(?P<day>{_DAYDATE})"),
    # "(and reconvened on 18 May following an adjournment)": the same business, another day
    re.compile(rf"\b(?:reconvened|resumed)\s+on\s+{_ON}(?P<day>{_DAYDATE})"),
    # "a confirmation hearing … would be held on the 16th February, 2018"
    # "The Environment Agency Board meeting was due to be held on 26 and 27 September 2018"
    # "a special Care Services Committee would be held on 9th February 2016", "a Budget
    # Seminar for all Members would be held on 18 January"
    # "The Annual Meeting will take place on 17 May", "the next meeting of the Panel will be on
    # 14 June", "is scheduled for 5 July"
    re.compile(rf"\b(?:(?i:meeting|hearing|seminar|workshop)|{_BODY})\b[^.;]{{0,50}}?"
               rf"\b(?:would|will|(?:is|was)\s+(?:due\s+)?to|(?:is|was)\s+(?:now\s+)?)"
               rf"\s*(?:be\s+held\s+on|take\s+place\s+on|be\s+on|scheduled\s+(?:for|on))"
               rf"\s+(?:\w+day,?\s+)?(?:the\s+)?{_LEAD}(?P<day>{_DAYDATE})"),
    # "Date of next meeting: 14 June 2023", "Next meeting – Tuesday 6th June": the meeting to
    # come, named by its date
    re.compile(rf"\b(?i:(?:date\s+of\s+(?:the\s+)?)?next\s+meeting)(?:\s+of\s+(?:the\s+)?"
               rf"(?P<body>{_BODY}))?\s*(?:[:–—-]\s*|\s+(?:is\s+|will\s+be\s+)?(?:on\s+)?)"
               rf"{_ON}(?P<day>{_DAYDATE})"),
    # "Minute 42 of 3 March 2023", "Min. No. 12/23 dated 5th June 2022": a minute named by its
    # meeting's date
    re.compile(rf"\b(?i:minute|min\.?)\s+(?:(?i:no)\.?\s*)?\d+(?:[./]\d+)*(?:\s*\([a-z0-9]+\))?"
               rf"\s+(?:of|dated|from)\s+(?:the\s+(?i:meeting)\s+(?:of|on|held\s+on)\s+)?{_ON}"
               rf"(?P<day>{_DAYDATE})"),
    # "the Panel's October 2022 meeting", "the Board's 5 June meeting": a body's meeting, by
    # its month or its day
    re.compile(rf"\b(?P<body>{_BODY})['’]s\s+(?:(?P<day>{_DAYDATE})|(?P<month>{_MONTHS_READ})"
               rf"(?:\s+(?P<year>\d{{4}}))?)\s+(?i:meeting)\b"),
    # "last month's meeting", "last month's Planning Committee": the month before this one
    re.compile(r"\b(?P<rel>(?i:last\s+month))['’]s\s+(?:(?:[A-Z][\w&’'-]*|and|&|of)\s+){0,6}?"
               r"(?:(?i:meeting)|Sub-Committee|Committee|Board|Panel|Cabinet|Council)\b"),
    # "the Housing Committee (06.12.22)", "(Cabinet, 4 April 2023)": a body and its meeting's
    # date in brackets
    re.compile(rf"\b(?P<body>{_BODY})\s*(?:\(\s*|,\s*)?(?:(?i:meeting)\s+)?\(?\s*{_ON}"
               rf"(?P<day>{_FULLDATE})\s*\)"),
    # "The Scrutiny Committee will meet on 2 December", "the Committee – Resources that took
    # place on 19 September", "The Cabinet, on 4th April, resolved", "the Committee last
    # considered this on 14th March": a body's meeting, however the sentence says it met
    re.compile(rf"\b(?P<body>{_BODY})(?:\s+[–—-]\s+[A-Z][\w&’'-]*)?(?:\s*,)?\s+(?:(?:which|that)\s+)?"
               rf"(?:(?:(?:will|would|is\s+due\s+to|is\s+to|was\s+due\s+to|(?:is|are)\s+scheduled\s+to)"
               rf"\s+(?:next\s+|also\s+)?meet|(?:next|last|first|also)\s+(?:meets|met)|meets"
               rf"|took\s+place|takes\s+place|(?:will|would)\s+take\s+place"
               rf"|resolved|decided|agreed"
               rf"|(?:(?:last|previously|first|had)\s+)?(?:considered|discussed|reviewed|approved|endorsed)"
               rf"\s+(?:this|it|the\s+(?:matter|item|report|issue|proposals?|plan|policy|strategy)))"
               rf"\s+)?on\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "a special meeting of the Committee was held for this purpose on 31 January": a meeting
    # held, whatever is said between
    re.compile(rf"\b(?i:meeting)(?:\s+of\s+(?:the\s+)?(?P<body>{_BODY}))?\b[^.;\n]{{0,80}}?"
               rf"\b(?:was|were|had\s+been|has\s+been|will\s+be|would\s+be|is\s+to\s+be)\s+held\b"
               rf"[^.;\n\d]{{0,40}}?\bon\s+{_ON}{_LEAD}(?P<day>{_DAYDATE})"),
    # "Minutes of Working Group Meeting held 2013/11/25": held, and the date straight after
    re.compile(rf"\b(?i:meetings?)\s+(?i:held)\s+{_ON}(?P<day>{_FULLDATE})"),
    # "a Cabinet decision from 16 October 2024", "the resolution of Council of 4 April": a
    # decision named by its meeting's date
    re.compile(rf"\b(?:(?P<body>{_BODY})\s+)?(?i:decision|resolution)s?\s+(?:of\s+(?:the\s+)?"
               rf"(?P<body2>{_BODY})\s+)?(?:from|of|dated|made\s+on|taken\s+on)\s+{_ON}"
               rf"(?P<day>{_DAYDATE})"),
    # "ratified at the Combined Authority Board in June 2024", "reported to the Council in
    # March": a body's meeting by its month ("in September/October 2018": the first named)
    re.compile(rf"\b(?:at|to|before)\s+(?:the|a|its)\s+(?:next\s+)?(?P<body>{_BODY})\s+"
               rf"(?:(?i:meeting)\s+)?(?:in|during)\s+(?P<month>{_MONTHS_READ})(?:\s*/\s*{_MONTHS_READ})?"
               rf"(?:\s+(?P<year>\d{{4}}))?\b"),
    # "the last update to the Committee in July 2017"
    # "a fuller report to the Committee in September/October 2018" (the first month named)
    re.compile(rf"(?:(?i:update|report|presentation)s?\s+(?:\w+\s+){{0,3}}?to\s+(?:the\s+|their\s+)?"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,5}}?(?:Committee|Board|Panel|Cabinet|Council|Group)"
               rf"|(?i:considered|discussed))[^.;]{{0,60}}?\b(?:in|on)\s+(?P<month>{_MONTHS_READ})"
               rf"(?:\s*/\s*{_MONTHS_READ})?\s+(?P<year>\d{{4}})"),
    # "They would be bringing a new strategy to the Committee in January", "the Committee
    # would be consulted upon it in October": the meeting a report is brought to
    re.compile(rf"\b(?i:bring|bringing|brought|consulted)\b[^.;]{{0,80}}?\b(?:to\s+(?:the\s+)?"
               rf"(?:[A-Z][\w&’'-]*\s+){{0,5}}?(?:Committee|Board|Panel|Cabinet|Council)\s+)?"
               rf"in\s+(?P<month>{_MONTHS_READ})(?:\s+(?P<year>\d{{4}}))?\b"),
    # "in June and July 2016"
    re.compile(rf"(?i:considered|discussed)[^.;]{{0,60}}?\bin\s+(?P<month>{_MONTHS_READ})\s+and\s+"
               rf"(?P<month2>{_MONTHS_READ})\s+(?P<year>\d{{4}})"),
    # "Approval of February 2017 minutes", "APPROVAL OF MAY 2017 MINUTES": a meeting's minutes
    # named by its month, as parish councils title the item (capitals as printed, never "may
    # minutes" in lower case)
    re.compile(rf"\b(?P<month>{_MONTHS}|{_MONTHS.upper()})(?:[ \t]+(?P<year>\d{{4}}))?[ \t]+"
               rf"(?P<minutes>(?i:minutes))\b"),
]


# "That the minutes of the Committee held on 15 January be confirmed": minutes are of a
# meeting that has been, however the sentence looks ahead.
_RX_MINUTES_CONFIRMED = re.compile(r"(?i)\bminutes\b[^.;]*\b(?:be|were|was|are)\s+(?:\w+ly\s+)?"
                                   r"(?:confirmed|approved|agreed|signed|noted|accepted|received"
                                   r"|adopted)\b")


# "The Committee requested a further report at its September meeting": the meeting a report
# is asked for, which is to come (not "had requested": that tells of the past).
_RX_ASKED_FOR = re.compile(
    r"(?i)(?<!had )(?<!has )(?<!have )\b(?:requested|asked\s+for|agreed|resolved|deferred)\b"
    r"[^.;]{0,80}?\b(?:report|update|presentation|item|briefing|paper|information)s?\b"
    r"[^.;]{0,40}?\b(?:at|to|for|until)\s+$")
# "It was agreed at the meeting of 12 April that the hedge be cut", "as reported to the
# Committee on 5 June": what was done at the meeting named, which has been, however the
# sentence looks ahead ("will be considered at the Committee on 24 May" is still to come).
_RX_DONE_AT = re.compile(r"(?i)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:agreed|resolved|decided"
                         r"|reported|noted|discussed|considered|approved|raised|requested|asked"
                         r"|endorsed)\s+(?:at|during|by|to)\s+"
                         r"(?:the|its|their|a)?\s*$")
# "Notes of the last meeting held on Thursday 4th October to be approved": the last meeting,
# however the sentence looks ahead.
_RX_LAST_MEETING = re.compile(r"(?i)\b(?:last|previous|preceding)\s+meeting\b")


# An item that sets the dates of meetings to come: "12) Meeting Dates", "Dates of future
# meetings", "Dates of Council meetings for 2024". The dates under it are meetings, ahead.
_RX_DATES_HEADING = re.compile(
    r"(?im)^[^\n]{0,20}?\b(?:meeting\s+dates|dates\s+(?:of|for)\s+(?:the\s+)?(?:future\s+|next\s+"
    r"|forthcoming\s+)?(?:council\s+|committee\s+)?meetings?)\b[^\n]{0,40}$")
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# "Feb 28th", "June 13th", "Sept 5th": a date with its month first, as a list of dates to come
# prints it (its ordinal always there: "June 13" may be a figure)
_RX_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTHS[3:-1]}|{_MONTH_ABBREVIATIONS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?:,?\s+(?P<y>\d{{4}}))?")
_RX_ITEM_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d+)?[.)][ \t]+[A-Z]")


def _listed_meeting_dates(doc: Doc, taken: list[tuple[int, int]]) -> list[Span]:
    """The dates under a heading that sets meetings to come ("Meeting Dates: Agreed – Feb 28th,
    June 13th, …"), each a meeting ahead, up to the next numbered item or 300 characters. The
    list is of one year, the first date's: "Feb 28th, …, Dec 12th" set at a December meeting
    are all next year's."""
    text = doc.text
    spans: list[Span] = []
    for h in _RX_DATES_HEADING.finditer(text):
        stop = min(len(text), h.end() + 300)
        if nxt := _RX_ITEM_LINE.search(text, h.end(), stop):
            stop = nxt.start()
        found = [(m.start(), m.end(), _as_printed(m.group("day")))
                 for m in re.finditer(rf"(?P<day>{_DAYDATE})", text[:stop])
                 if m.start() >= h.end()]
        found += [(m.start(), m.end(), f"{m.group('d')} {m.group('month')} {m.group('y') or ''}"
                   .strip()) for m in _RX_MONTH_FIRST.finditer(text, h.end(), stop)]
        first = None
        for start, end, when in sorted(found):
            if any(s < end and start < e for s, e in taken):
                continue
            if first is None:
                first = when
            elif not re.search(r"\d{4}$", when):
                when = f"{when} (year of {first})"  # one year for the list: the first date's
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            ref = Span(doc, span.start, span.end, label="meeting_ref")
            ref._.committee = None
            ref._.when = [(when, "day")]
            ref._.in_resolution = True  # meetings set for the months to come
            spans.append(ref)
            taken.append((start, end))
    return spans


@Language.component("ckg_meeting_refs")
def meeting_refs_component(doc: Doc) -> Doc:
    """References to other meetings, with the body when the text names it. Dates are left
    as printed (``span._.when``) for :mod:`kg.prose` to resolve against the meeting's date."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    text = doc.text
    for rx in _REFS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            body = groups.get("body") or groups.get("body2") or groups.get("acronym")
            if body is None:
                sent_start = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
                their = re.search(r"\btheir\b", m.group(0)) or re.search(
                    r"\btheir\s+$", text[max(0, m.start() - 8) : m.start()])
                if sent_start is not None and their:
                    before = text[sent_start.sent.start_char : m.start()]
                    if b := re.search(_BODY, before):
                        body = b.group(0)
            sentence = _sentence_of(doc, m.start())
            future = bool(re.search(r"(?i)\b(?:would|will|attend|next|shall|"
                                    r"be\s+(?:\w+ly\s+)?\w+)\b",
                                    sentence)) and not re.search(r"(?i)\bhad\b", sentence) and (
                not _RX_MINUTES_CONFIRMED.search(sentence)) and not _RX_LAST_MEETING.search(
                    text[max(0, m.start() - 30) : m.start()] + m.group(0))
            whens = []
            end = m.end()
            if groups.get("day"):
                whens.extend(_lead_days(groups.get("lead"), groups["day"]))
                whens.append((_as_printed(groups["day"]), "day"))
                while (more := _MORE.match(text, end)) is not None:
                    whens.extend(_lead_days(more.group("lead"), more.group("day")))
                    whens.append((_as_printed(more.group("day")), "day"))
                    end = more.end()
                whens = _shared_year(whens)
            elif groups.get("rel"):
                # a day counted from the meeting's ("tomorrow"), or the month of one
                rel = " ".join(groups["rel"].split()).lower()
                whens.append((f"@{rel}", "day" if rel == "tomorrow" else "month"))
            elif groups.get("month"):
                month = _month_as_meant(groups["month"])
                whens.append((f"{month} {groups.get('year') or ''}".strip(), "month"))
                if groups.get("month2"):
                    whens.append((f"{_month_as_meant(groups['month2'])} "
                                  f"{groups.get('year') or ''}".strip(), "month"))
            if groups.get("agenda") or groups.get("ahead") or _RX_ASKED_FOR.search(
                    text[max(0, m.start() - 160) : m.start()]):
                future = True  # an agenda still to be set, a report asked for it: to come
            if groups.get("minutes") or _RX_DONE_AT.search(
                    text[max(0, m.start() - 40) : m.start()]):
                future = False  # minutes, or what was done there: a meeting that has been
            span = doc.char_span(m.start(), end, alignment_mode="expand")
            if span is None:
                continue
            # One span, and the meetings it names ("in June and July 2016" names two).
            ref = Span(doc, span.start, span.end, label="meeting_ref")
            ref._.committee = re.sub(r"^(?:The|the)\s+", "", body) if body else None
            ref._.when = whens
            ref._.in_resolution = future  # reused as "refers forward"
            spans.append(ref)
            taken.append((m.start(), end))
    spans.extend(_listed_meeting_dates(doc, taken))
    doc.spans["ckg_meeting_refs"] = spans
    return doc


def _as_printed(day: str) -> str:
    """A date as a reader takes it, whatever slip the page made: "28 September2015" is 28
    September 2015, "14.11.05" is 14 November 2005 (a two-figure year is this century's
    before 50, the last century's from 50), "1December 2022" is 1 December 2022."""
    day = re.sub(rf"({_MONTHS})(\d{{4}})$", r"\1 \2", _month_as_meant(day))
    day = re.sub(rf"^(\d{{1,2}}(?:st|nd|rd|th)?)({_MONTHS})", r"\1 \2", day)  # "1December"
    day = re.sub(r"^(\d{1,2})-(\d{1,2})-(\d{2}(?:\d{2})?)$", r"\1/\2/\3", day)  # "29-11-23"
    day = re.sub(r"^(\d{4})/(\d{1,2})/(\d{1,2})$", r"\3/\2/\1", day)  # "2013/11/25"
    day = re.sub(r"^(\d{1,2}(?:st|nd|rd|th)?)\s+of\s+", r"\1 ", day)  # "the 4th of April"
    if m := re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{2})", day):
        yy = int(m.group(4))
        day = f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{(2000 if yy < 50 else 1900) + yy}"
    return day


def _lead_days(lead: str | None, day: str) -> list[tuple[str, str]]:
    """The days before a date that share its month: "26 and 27 September 2018" names the
    26th too. Only a date with its month written out lends it ("01.03.2023" lends nothing)."""
    month = re.sub(r"^\d{1,2}(?:st|nd|rd|th)?\s+", "", day)
    if not lead or month == day:
        return []
    return [(f"{d} {month}", "day") for d in re.findall(r"\d{1,2}", lead)]


def _shared_year(whens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A list of dates gives its year once, at the end: "held on the 23rd January and the
    26th March 2007" names two meetings of 2007."""
    out, year = [], None
    for when, precision in reversed(whens):
        if m := re.search(r"\d{4}$", when):
            year = m.group(0)
        elif year and not re.search(r"[./]", when):
            when = f"{when} {year}"
        out.append((when, precision))
    return out[::-1]


def _sentence_of(doc: Doc, char: int) -> str:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.text if span is not None else ""


# -- the pipeline -------------------------------------------------------------------------


@Language.component("ckg_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, list entries and paragraphs of minutes often
    end without a full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


COMPONENTS = ("ckg_people", "ckg_names", "ckg_bracket_roles", "ckg_known_bodies",
              "ckg_followups", "ckg_meeting_refs")


@cache
def pipeline(model: str | None = None) -> Language:
    """The pipeline, built once per process. ``model`` names an installed spaCy model to
    start from instead of a blank English pipeline (its entities are not used yet: the
    rule components give the answers either way)."""
    nlp = spacy.load(model) if model else spacy.blank("en")
    # Keep hyphenated words whole: "Co-ordinator", "Stoke-on-Trent", "Vice-Chairman".
    infixes = [p for p in nlp.Defaults.infixes if f"(?:{HYPHENS})" not in p]
    infixes.append(r"(?<=[A-Za-z]);(?=[A-Za-z])")  # "Mrs Sergison;and Minute 8": no space
    infixes.append(r"(?<=[a-z])\((?=[A-Z])")  # "Assistant Director(Housing)": no space
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Assistant Director (Housing):": a bracket's close and a colon, never an emoticon
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("):", "(:")}
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", ":-"]})
    nlp.add_pipe("ckg_paragraphs")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    load_patterns()  # warm the shared pattern cache once
    return nlp
