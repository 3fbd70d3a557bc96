"""The lexicon: word lists and name lists the components read, loaded once from
``kg/data/nlp/lexicon.toml``, ``given_names.txt`` and ``schemes.toml`` (national programmes
with their aliases and acronyms), and the span attributes they set."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from kg.patterns import (
    body_words,
    council_acronym,
    council_tier_words,
    councils_data,
    given_names,
    known_bodies,
    lexicon_data,
    schemes_data,
)

for _name in ("kind", "label", "requested_by", "assigned_to", "doer", "due_text", "committee",
              "when", "precision", "in_resolution", "names_meeting", "rule"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

POST, PERSON, ORG, PROGRAMME = "post", "person", "organisation", "programme"


@dataclass(frozen=True, eq=False)
class Lexicon:
    connectors: frozenset[str]
    breaks: frozenset[str]
    roll_statuses: frozenset[str]
    page_labels: frozenset[str]
    post_labels: frozenset[str]
    line_runs_on_words: frozenset[str]
    generic_places: frozenset[str]
    generic_names: frozenset[str]
    place_tails: frozenset[str]
    council_boards: tuple[str, ...]
    committee_bodies: tuple[str, ...]
    council_not_places: frozenset[str]
    council_heading_words: frozenset[str]
    council_meeting_words: frozenset[str]
    own_unit_heads: frozenset[str]
    opening_heads: frozenset[str]
    own_unit_words: frozenset[str]
    own_functions: frozenset[str]
    owners: frozenset[str]
    list_openers: tuple[tuple[str, ...], ...]
    post_synonyms: tuple[tuple[str, ...], ...]
    not_name_start: frozenset[str]
    name_numbers: frozenset[str]
    name_openings: frozenset[str]
    post_heads: frozenset[str]
    post_run_enders: frozenset[str]
    post_run_openers: frozenset[str]
    post_unfinished_qualifiers: frozenset[str]
    post_wrap_connectors: frozenset[str]
    post_wrapped_before_head: frozenset[str]
    post_run_openers_before_head: frozenset[str]
    post_run_next_heads: frozenset[str]
    post_needs_qualifier: frozenset[str]
    post_standalone: frozenset[str]
    post_role_heads: frozenset[str]
    post_lay_roles: frozenset[str]
    post_portfolios: frozenset[str]
    post_portfolio_groups: frozenset[str]
    portfolio_things: frozenset[str]
    post_ranks: frozenset[str]
    not_portfolios: tuple[str, ...]
    post_asides: frozenset[str]
    post_of_topics: tuple[str, ...]
    post_and_topics: tuple[tuple[str, ...], ...]
    post_addresses: frozenset[str]
    post_paid: frozenset[str]
    post_serving_heads: frozenset[str]
    post_served: frozenset[str]
    post_status: frozenset[str]
    post_past_status: frozenset[str]
    post_present_status_phrases: frozenset[str]
    post_seats_for_a_body: frozenset[str]
    post_place_offices: frozenset[str]
    post_crown_possessors: frozenset[str]
    post_status_own_office: frozenset[str]
    post_any_case: tuple[str, ...]
    post_electing_headings: frozenset[str]
    post_title_small_words: frozenset[str]
    post_any_case_modifiers: frozenset[str]
    chair_acts: frozenset[str]
    chair_holder_words: frozenset[str]
    chair_role_cues: tuple[tuple[str, ...], ...]
    post_held_in: frozenset[str]
    # `posts.short_forms`: heads a document names alone for the one longer post it ends.
    post_short_forms: frozenset[str]
    post_short_form_others: frozenset[str]
    capacity_cues: frozenset[str]
    not_capacities: frozenset[str]
    post_lower_case_heads: frozenset[str]
    not_lower_case_posts: frozenset[str]
    org_heads: frozenset[str]
    org_known: frozenset[str]
    # known bodies whose names hold a small word the capitalised-name rules join no name
    # with ("children in care council"; lexicon.toml's [organisations] inner_small_words)
    org_inner_lower: tuple[str, ...]
    org_inner_small_words: frozenset[str]
    # head words a body's own minutes call it by alone ("the Authority"), lexicon.toml
    org_self_heads: tuple[str, ...]
    # head words of a body named on a line of its own at a page's top, its title (lexicon.toml)
    org_title_heads: frozenset[str]
    # head words of the page's own body's name read from its top when no heading was read
    org_own_name_heads: frozenset[str]
    # head words of a body's own part, named after the body ("… Trust Board"), lexicon.toml
    org_own_part_heads: frozenset[str]
    # bodies a place has one of (lexicon.toml's one_per_place and council_boards together)
    org_one_per_place: frozenset[str]
    # office holders whose office is a body of its own ("the Commissioner's Office")
    office_bodies: frozenset[str]
    # posts whose "Office of …" is a body of its own ("Office of the … Commissioner")
    office_of_bodies: frozenset[str]
    # words a page's title lines open with that never begin its own body's name
    own_name_not_first: frozenset[str]
    # words of a page's top lines that name a place or a contact, not the body (regex source)
    not_title_line_words: tuple[str, ...]
    # unit heads read as the body's own only after an owner or a function ("… Office")
    own_office_heads: frozenset[str]
    # kg/data/nlp/councils.toml: councils' short forms, read as councils in a roll's brackets
    council_short: frozenset[str]
    org_tails: tuple[str, ...]
    org_openers: tuple[str, ...]
    firm_heads: frozenset[str]
    legal_forms: frozenset[str]
    acting_functions: frozenset[str]
    county_short_forms: frozenset[str]
    org_acronym_re: re.Pattern[str]
    # Bodies by initials as printed, each with the words it never stands before.
    org_exact_acronyms: dict[str, frozenset[str]]
    # Bodies named in general ("Government", "Armed Forces", "EU"), each with the lower-case
    # nouns after which it is an attribute of the noun ("Government guidelines", "Armed Forces
    # Day"), no body (``organisations.attributive``).
    org_attributive: dict[str, frozenset[str]]
    org_parts: frozenset[str]
    # `org_parts` and `post_parts`: the last words of a department a post names.
    post_part_heads: frozenset[str]
    org_any_case: tuple[str, ...]
    place_words: frozenset[str]
    nations: frozenset[str]
    service_bodies: frozenset[str]
    committee_words: frozenset[str]
    hall_buildings: frozenset[str]
    own_charity_places: frozenset[str]
    hall_openers: frozenset[str]
    own_buildings: frozenset[str]
    programme_heads: frozenset[str]
    campaign_heads: frozenset[str]
    for_named_heads: frozenset[str]
    for_named_not: frozenset[str]
    departments: frozenset[str]
    paired_departments: frozenset[str]
    programme_trailing: frozenset[str]
    described_trailing: frozenset[str]
    numbered_words: frozenset[str]
    numbering_words: frozenset[str]
    programme_kind_words: frozenset[str]
    quoted_inner_words: frozenset[str]
    programme_surname_heads: frozenset[str]
    programme_figure_heads: frozenset[str]
    programme_place_heads: frozenset[str]
    reviewed_business: frozenset[str]
    programme_action_heads: frozenset[str]
    programme_own_business: frozenset[str]
    programme_document_heads: frozenset[str]
    programme_papers_after: frozenset[str]
    programme_papers_on: frozenset[str]
    business_on: frozenset[str]
    review_openers: frozenset[str]
    review_object_heads: frozenset[str]
    reviewed_joins: frozenset[str]
    reviewed_verbs: frozenset[str]
    review_qualifiers: frozenset[str]
    reviewers: frozenset[str]
    caption_heads: frozenset[str]
    caption_named_words: int
    programme_figure_units: frozenset[str]
    programme_money_units: frozenset[str]
    programme_length_units: frozenset[str]
    programme_inner_heads: frozenset[str]
    programme_body_words: frozenset[str]
    programme_generic: frozenset[str]
    programme_known: frozenset[str]
    # kg/data/nlp/schemes.toml: each national scheme's forms (lower case) to its name, the
    # forms that name it wherever printed as a name, the names matched only as printed
    # inside a sentence, and the acronyms (as printed) to the name
    scheme_names: dict[str, str]
    scheme_named: frozenset[str]
    scheme_exact: tuple[str, ...]
    scheme_inner_lower: tuple[str, ...]
    scheme_acronyms: dict[str, str]
    scheme_acronyms_alone: frozenset[str]
    scheme_acronyms_long: frozenset[str]
    programme_generic_tails: tuple[str, ...]
    number_units: frozenset[str]
    org_trailing: frozenset[str]
    group_phrases: tuple[str, ...]
    own_rules_groups: frozenset[str]
    development_phrases: tuple[str, ...]
    phrase_heads: tuple[str, ...]
    place_trailing: frozenset[str]
    year_heads: tuple[str, ...]
    lower_case_heads: frozenset[str]
    lower_case_not_names: frozenset[str]
    edition_not_names: frozenset[str]
    programme_topic_heads: frozenset[str]
    capacity_post_words: frozenset[str]
    name_adjectives: frozenset[str]
    hub_bodies: frozenset[str]
    person_titles: frozenset[str]
    list_titles: frozenset[str]
    shortened_titles: frozenset[str]
    given_names: frozenset[str]
    surname_heads: frozenset[str]
    honours: frozenset[str]
    post_honours: frozenset[str]
    street_words: frozenset[str]
    named_for_heads: frozenset[str]
    named_road_tails: frozenset[str]
    thing_determiners: frozenset[str]
    agent_verbs: frozenset[str]
    mover_clause_ends: frozenset[str]
    portfolio_holders: frozenset[str]
    cabinet_posts: tuple[str, ...]
    body_leaders: frozenset[str]
    name_particles: frozenset[str]
    passive_verbs: frozenset[str]
    pronoun_doers: frozenset[str]
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
    police_rank_acronyms: frozenset[str]
    police_rank_prefixes: frozenset[str]
    party_initials: frozenset[str]
    party_names: frozenset[str]
    party_group_positions: frozenset[str]
    venue_verbs: frozenset[str]
    venue_heads: frozenset[str]
    venue_time_heads: frozenset[str]
    one_word_parts: frozenset[str]
    remits_plural_heads: frozenset[str]
    appositive_bodies: frozenset[str]
    placeholders: frozenset[str]
    own_errands: tuple[str, ...]
    title_tails: frozenset[str]
    title_heads: frozenset[str]
    acronym_heads: frozenset[str]
    post_areas: frozenset[str]
    members_things: frozenset[str]
    directorates: frozenset[str]
    legislation: frozenset[str]
    speech_verbs: frozenset[str]
    speech_auxiliaries: frozenset[str]
    appointment_verbs: frozenset[str]
    council_tier_words: frozenset[str]
    councillor_tiers: frozenset[str]
    councillor_tier_initials: frozenset[str]
    tier_initial_titles: frozenset[str]
    sovereign_titles: frozenset[str]
    council_acronym_before_title: str
    welcome_verbs: frozenset[str]
    plural_post_qualifiers: frozenset[str]
    #: words just before "Members" naming a lay seat's holders (``posts.plural_seat_qualifiers``)
    plural_seat_qualifiers: frozenset[str]
    #: plurals of one post that name its holders by themselves (``posts.plural_alone``)
    post_plural_alone: frozenset[str]
    plural_needs_qualifier: frozenset[str]
    org_cues: tuple[tuple[str, ...], ...]
    service_cues: tuple[tuple[str, ...], ...]
    person_org_cues: tuple[tuple[str, ...], ...]
    plural_agreements: frozenset[str]
    post_not_qualifiers: frozenset[str]
    council_seat_words: frozenset[str]
    council_seat_not_names: frozenset[str]
    post_not_openers: frozenset[str]
    post_own_kinds: frozenset[str]
    post_presiding: frozenset[str]
    post_area_heads: frozenset[str]
    post_plural_area_heads: frozenset[str]
    post_plural_area_not: frozenset[str]
    #: compass words naming a shared service's part after a dash (``posts.service_parts``)
    post_service_parts: frozenset[str]
    post_remit_heads: frozenset[str]
    post_listed_remit_heads: frozenset[str]
    post_staff_after: frozenset[str]
    meeting_kinds: frozenset[str]
    #: sessions of a meeting named with whom they are for (``organisations.sessions_for``)
    sessions_for: frozenset[str]
    own_groups: tuple[str, ...]
    not_surnames: frozenset[str]
    not_modifiers: frozenset[str]
    hyphen_prefixes: frozenset[str]
    capital_prefixes: frozenset[str]
    stage_words: frozenset[str]
    staged_heads: frozenset[str]
    post_titles: frozenset[str]
    post_title_qualifiers: frozenset[str]
    legislatures: tuple[str, ...]
    public_heads: frozenset[str]
    # heads that close a body's name before "and"/"&" and a second body's (bodies.
    # _conjoined_bodies), the longest span that rule splits (longer runs are flattened rolls,
    # and the bound keeps its reading of each half linear in the page), and the longest
    # capitalised run read as the body after a "Trustee of" (bodies._body_held_in), in words
    conjoined_heads: frozenset[str]
    conjoined_max_words: int
    held_in_body_max_words: int
    dwellings: frozenset[str]
    branches: tuple[str, ...]
    branch_not: frozenset[str]
    trades: frozenset[str]
    trade_topics: frozenset[str]
    money_words: frozenset[str]
    operation_words: frozenset[str]
    operation_not_name_endings: tuple[str, ...]
    regions: frozenset[str]
    acronym_acts: frozenset[str]
    body_auxiliaries: frozenset[str]
    body_deeds: frozenset[str]
    acronym_approaches: tuple[tuple[str, ...], ...]
    acronym_sources: frozenset[str]
    dealings: frozenset[str]
    shared_tier_heads: frozenset[str]
    post_compounds: tuple[str, ...]
    council_acronyms_in_c: str
    bodies_of_bodies: frozenset[str]
    bodies_within: frozenset[str]
    # words of a meeting's name that make it a joint body's (``organisations.joint_body_words``)
    joint_body_words: frozenset[str]

    def union(self, *names: str) -> frozenset[str]:
        """The union of the word lists named (``lex.union("post_heads", "org_heads")`` is
        ``lex.post_heads | lex.org_heads``), built once a lexicon and kept: the readers ask
        for the same few unions at each word of a run (about 10,000 on 40 pages, each a new set of
        a few hundred words); the measured gain is small (within a loaded machine's noise): the
        point is that no reader rebuilds a union per word. Kept in the instance's
        own dictionary (the dataclass is frozen, and a lexicon copied by
        ``dataclasses.replace`` starts with none kept, so it never reads its original's)."""
        kept: dict[tuple[str, ...], frozenset[str]] = self.__dict__.setdefault("_unions", {})
        words = kept.get(names)
        if words is None:
            words = kept[names] = frozenset().union(*(getattr(self, n) for n in names))
        return words


def _with_ampersands(names: frozenset[str]) -> frozenset[str]:
    """Known names with "&" for each "and" and "and" for each "&", as minutes print them
    either way: "Ministry of Housing, Communities & Local Government", "Ernst and Young"."""
    return names | {n.replace(" and ", " & ") for n in names} | {
        n.replace(" & ", " and ") for n in names}


def _scheme_forms(exact: bool | None) -> list[tuple[str, str]]:
    """Each national scheme's name and aliases in lower case, with the scheme's name: those
    matched in any case (``exact=False``), only as printed (``True``), or all (``None``)."""
    return [(form.lower(), s["name"]) for s in schemes_data()
            if exact is None or bool(s.get("exact")) == exact
            for form in (s["name"], *s.get("aliases", []))]


@cache
def lexicon() -> Lexicon:
    raw = lexicon_data()

    def fs(section: str, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw[section][key])

    tiers = frozenset(w.lower() for w in council_tier_words())
    return Lexicon(
        connectors=fs("chunks", "connectors"),
        breaks=fs("chunks", "breaks"),
        roll_statuses=fs("chunks", "roll_statuses"),
        page_labels=fs("chunks", "page_labels"),
        post_labels=fs("chunks", "post_labels"),
        line_runs_on_words=fs("chunks", "line_runs_on_words"),
        generic_places=fs("chunks", "generic_places"),
        # the structural reader's generic references (``organisations.generic`` and
        # ``sessions_for``): one reader of one list
        generic_names=body_words().generic,
        place_tails=fs("organisations", "place_tails"),
        council_boards=tuple(raw["organisations"]["council_boards"]),
        committee_bodies=tuple(raw["organisations"]["committee_bodies"]),
        council_not_places=fs("organisations", "council_not_places"),
        council_heading_words=fs("organisations", "council_heading_words"),
        council_meeting_words=fs("organisations", "council_meeting_words"),
        own_unit_heads=fs("organisations", "own_unit_heads"),
        opening_heads=fs("organisations", "opening_heads"),
        own_unit_words=fs("organisations", "own_unit_words"),
        own_functions=fs("organisations", "own_functions"),
        owners=fs("programmes", "owners"),
        list_openers=tuple(tuple(w.lower().split()) for w in raw["programmes"]["list_openers"]),
        post_synonyms=tuple(tuple(w.lower() for w in group)
                            for group in raw["posts"]["synonyms"]),
        not_name_start=fs("chunks", "not_name_start"),
        name_numbers=fs("chunks", "name_numbers"),
        name_openings=fs("chunks", "name_openings"),
        post_heads=fs("posts", "heads"),
        post_run_enders=fs("posts", "run_enders"),
        post_run_openers=fs("posts", "run_openers"),
        post_unfinished_qualifiers=fs("posts", "unfinished_qualifiers"),
        post_wrap_connectors=fs("posts", "wrap_connectors"),
        post_wrapped_before_head=fs("posts", "wrapped_before_head"),
        post_run_openers_before_head=fs("posts", "run_openers_before_head"),
        post_run_next_heads=(fs("posts", "run_enders") | fs("posts", "run_next_heads_more"))
        - fs("posts", "run_next_heads_not"),
        post_needs_qualifier=fs("posts", "needs_qualifier"),
        post_standalone=fs("posts", "standalone"),
        post_role_heads=fs("posts", "role_heads"),
        post_lay_roles=fs("posts", "lay_roles"),
        post_portfolios=fs("posts", "portfolios"),
        post_portfolio_groups=fs("posts", "portfolio_groups"),
        portfolio_things=fs("posts", "portfolio_things"),
        post_ranks=fs("posts", "ranks"),
        not_portfolios=tuple(w.lower() for w in raw["posts"]["not_portfolios"]),
        post_asides=fs("posts", "asides"),
        post_of_topics=tuple(raw["posts"]["of_topics"]),
        post_and_topics=tuple(tuple(t.split()) for t in raw["posts"]["and_topics"]),
        post_addresses=fs("posts", "addresses"),
        post_paid=fs("posts", "paid"),
        post_serving_heads=fs("posts", "serving_heads"),
        post_served=fs("posts", "served"),
        post_status=fs("posts", "status"),
        post_past_status=fs("posts", "past_status"),
        post_present_status_phrases=fs("posts", "present_status_phrases"),
        post_seats_for_a_body=fs("posts", "seats_for_a_body"),
        post_place_offices=fs("posts", "place_offices"),
        post_crown_possessors=fs("posts", "crown_possessors"),
        post_status_own_office=fs("posts", "status_own_office"),
        post_any_case=tuple(raw["posts"]["any_case"]),
        post_electing_headings=fs("posts", "electing_headings"),
        post_title_small_words=fs("posts", "title_small_words"),
        post_any_case_modifiers=fs("posts", "any_case_modifiers"),
        chair_acts=fs("posts", "chair_acts"),
        chair_holder_words=fs("posts", "chair_holder_words"),
        chair_role_cues=tuple(tuple(w.lower().split()) for w in raw["posts"]["chair_role_cues"]),
        post_held_in=fs("posts", "held_in"),
        post_short_forms=fs("posts", "short_forms"),
        post_short_form_others=fs("posts", "short_form_others"),
        capacity_cues=fs("posts", "capacity_cues"),
        not_capacities=fs("posts", "not_capacities"),
        post_lower_case_heads=fs("posts", "lower_case_heads"),
        not_lower_case_posts=fs("posts", "not_lower_case_posts"),
        org_heads=fs("organisations", "heads"),
        org_known=_with_ampersands(known_bodies()),
        org_inner_lower=tuple(sorted(
            k for k in _with_ampersands(known_bodies()) if len(k.split()) >= 3
            and fs("organisations", "inner_small_words").intersection(k.split()[1:-1]))),
        org_inner_small_words=fs("organisations", "inner_small_words"),
        org_self_heads=tuple(raw["organisations"]["self_heads"]),
        org_title_heads=fs("organisations", "page_title_heads"),
        org_own_name_heads=fs("organisations", "own_name_heads"),
        org_own_part_heads=fs("organisations", "own_part_heads"),
        org_one_per_place=fs("organisations", "one_per_place") | frozenset(
            raw["organisations"]["council_boards"]),
        office_bodies=fs("organisations", "office_bodies"),
        office_of_bodies=fs("organisations", "office_of_bodies"),
        own_name_not_first=fs("organisations", "own_name_not_first"),
        not_title_line_words=tuple(raw["organisations"]["not_title_line_words"]),
        own_office_heads=fs("organisations", "own_office_heads"),
        council_short=_with_ampersands(frozenset(n.lower() for n in councils_data()["short"])),
        bodies_of_bodies=fs("organisations", "bodies_of_bodies"),
        bodies_within=fs("organisations", "bodies_within"),
        joint_body_words=fs("organisations", "joint_body_words"),
        org_tails=tuple(raw["organisations"]["tails"]),
        org_openers=tuple(raw["organisations"]["openers"]),
        firm_heads=fs("organisations", "firm_heads"),
        legal_forms=fs("organisations", "legal_forms"),
        acting_functions=fs("organisations", "acting_functions"),
        county_short_forms=fs("organisations", "county_short_forms"),
        org_acronym_re=re.compile("|".join(raw["organisations"]["acronym_patterns"])),
        org_exact_acronyms={k: frozenset(w.lower() for w in v)
                            for k, v in raw["organisations"]["exact_acronyms"].items()},
        org_attributive={k: frozenset(w.lower() for w in v)
                         for k, v in raw["organisations"]["attributive"].items()},
        org_parts=fs("organisations", "parts"),
        post_part_heads=fs("organisations", "parts") | fs("organisations", "post_parts"),
        org_any_case=tuple(raw["organisations"]["any_case"]),
        place_words=fs("organisations", "place_words"),
        nations=fs("organisations", "nations"),
        service_bodies=fs("organisations", "service_bodies"),
        committee_words=fs("organisations", "committee_words"),
        hall_buildings=fs("organisations", "hall_buildings"),
        own_charity_places=fs("organisations", "own_charity_places"),
        hall_openers=fs("organisations", "hall_openers"),
        own_buildings=fs("organisations", "own_buildings"),
        title_tails=fs("organisations", "title_tails"),
        title_heads=fs("organisations", "title_heads"),
        acronym_heads=fs("organisations", "acronym_heads"),
        post_areas=fs("posts", "areas"),
        post_not_qualifiers=fs("posts", "not_qualifiers"),
        council_seat_words=fs("organisations", "council_seat_words"),
        council_seat_not_names=fs("organisations", "council_seat_not_names"),
        post_not_openers=fs("posts", "not_openers"),
        post_own_kinds=fs("posts", "own_kinds"),
        post_presiding=fs("posts", "presiding"),
        post_area_heads=fs("posts", "area_heads"),
        post_plural_area_heads=fs("posts", "plural_area_heads"),
        post_plural_area_not=fs("posts", "plural_area_not"),
        post_service_parts=fs("posts", "service_parts"),
        post_remit_heads=fs("posts", "remit_heads"),
        post_listed_remit_heads=fs("posts", "listed_remit_heads"),
        post_staff_after=fs("posts", "staff_after"),
        meeting_kinds=fs("organisations", "meeting_kinds"),
        sessions_for=fs("organisations", "sessions_for"),
        own_groups=tuple(w.lower() for w in raw["organisations"]["own_groups"]),
        not_surnames=fs("people", "not_surnames"),
        not_modifiers=fs("programmes", "not_modifiers"),
        hyphen_prefixes=fs("programmes", "hyphen_prefixes"),
        capital_prefixes=fs("programmes", "capital_prefixes"),
        stage_words=fs("programmes", "stage_words"),
        staged_heads=fs("programmes", "staged_heads"),
        post_titles=fs("people", "post_titles"),
        post_title_qualifiers=fs("people", "post_title_qualifiers"),
        legislatures=tuple(w.lower() for w in raw["posts"]["legislatures"]),
        public_heads=fs("organisations", "public_heads"),
        conjoined_heads=fs("organisations", "conjoined_heads"),
        conjoined_max_words=int(raw["organisations"]["conjoined_max_words"]),
        held_in_body_max_words=int(raw["organisations"]["held_in_body_max_words"]),
        dwellings=fs("people", "dwellings"),
        branches=tuple(w.lower() for w in raw["organisations"]["branches"]),
        branch_not=fs("organisations", "branch_not"),
        trades=fs("organisations", "trades"),
        trade_topics=fs("organisations", "trade_topics"),
        money_words=fs("programmes", "money_words"),
        operation_words=fs("programmes", "operation_words"),
        operation_not_name_endings=tuple(raw["programmes"]["operation_not_name_endings"]),
        regions=fs("organisations", "regions"),
        acronym_acts=fs("organisations", "acronym_acts"),
        body_auxiliaries=fs("organisations", "body_auxiliaries"),
        body_deeds=fs("organisations", "body_deeds"),
        acronym_approaches=tuple(tuple(w.lower().split())
                                 for w in raw["organisations"]["acronym_approaches"]),
        acronym_sources=fs("organisations", "acronym_sources"),
        dealings=fs("organisations", "dealings"),
        shared_tier_heads=fs("people", "shared_tier_heads"),
        post_compounds=tuple(w.lower() for w in raw["posts"]["compounds"]),
        council_acronyms_in_c=raw["organisations"]["council_acronyms_in_c"],
        members_things=fs("people", "members_things"),
        directorates=fs("posts", "directorates"),
        legislation=fs("chunks", "legislation"),
        speech_verbs=fs("people", "speech_verbs"),
        speech_auxiliaries=fs("people", "speech_auxiliaries"),
        appointment_verbs=fs("people", "appointment_verbs"),
        # a council's tiers' words, in lower case ("county", "borough", "parish" …)
        council_tier_words=tiers,
        # a council's tiers ("District Cllr Hale") and the words only a councillor's title
        # takes ("Ward Cllr Parry"): the tiers written once, for councils' names too
        councillor_tiers=fs("people", "councillor_tiers") | tiers
        - fs("people", "councillor_tiers_not"),
        councillor_tier_initials=frozenset(raw["people"]["councillor_tier_initials"]),
        tier_initial_titles=fs("people", "tier_initial_titles"),
        sovereign_titles=fs("people", "sovereign_titles"),
        council_acronym_before_title=raw["people"]["council_acronym_before_title"],
        welcome_verbs=fs("people", "welcome_verbs"),
        plural_post_qualifiers=fs("posts", "plural_qualifiers"),
        plural_seat_qualifiers=fs("posts", "plural_seat_qualifiers"),
        post_plural_alone=fs("posts", "plural_alone"),
        plural_needs_qualifier=fs("posts", "plural_needs_qualifier"),
        plural_agreements=fs("people", "plural_agreements"),
        org_cues=tuple(tuple(w.lower().split()) for w in raw["organisations"]["cues"]),
        person_org_cues=tuple(tuple(w.lower().split())
                              for w in raw["organisations"]["person_cues"]),
        service_cues=tuple(tuple(w.lower().split())
                           for w in raw["organisations"]["service_cues"]),
        programme_heads=fs("programmes", "heads"),
        campaign_heads=fs("programmes", "campaign_heads"),
        for_named_heads=fs("programmes", "for_named_heads"),
        for_named_not=fs("programmes", "for_named_not"),
        departments=fs("programmes", "departments"),
        paired_departments=fs("programmes", "paired_departments"),
        programme_trailing=fs("programmes", "trailing"),
        described_trailing=fs("programmes", "described_trailing"),
        numbered_words=fs("programmes", "numbered_words"),
        numbering_words=fs("programmes", "numbering_words"),
        programme_kind_words=fs("programmes", "kind_words"),
        quoted_inner_words=fs("programmes", "quoted_inner_words"),
        programme_surname_heads=fs("programmes", "surname_heads"),
        programme_figure_heads=fs("programmes", "figure_heads"),
        programme_place_heads=fs("programmes", "place_heads"),
        reviewed_business=fs("programmes", "reviewed_business"),
        programme_action_heads=fs("programmes", "action_heads"),
        programme_own_business=fs("programmes", "own_business"),
        programme_document_heads=fs("programmes", "document_heads"),
        programme_papers_after=fs("programmes", "papers_after"),
        programme_papers_on=fs("programmes", "papers_on"),
        business_on=fs("programmes", "business_on"),
        review_openers=fs("programmes", "review_openers"),
        review_object_heads=fs("programmes", "review_object_heads"),
        reviewed_joins=fs("programmes", "reviewed_joins"),
        reviewed_verbs=fs("programmes", "reviewed_verbs"),
        review_qualifiers=fs("programmes", "review_qualifiers"),
        reviewers=fs("programmes", "reviewers"),
        caption_heads=fs("programmes", "caption_heads"),
        caption_named_words=raw["programmes"]["caption_named_words"],
        programme_figure_units=fs("programmes", "figure_units"),
        programme_money_units=fs("programmes", "money_units"),
        programme_length_units=fs("programmes", "length_units"),
        programme_inner_heads=fs("programmes", "inner_heads"),
        programme_body_words=fs("programmes", "body_words"),
        programme_generic=fs("programmes", "generic"),
        programme_known=fs("programmes", "known") | frozenset(
            form.lower() for s in schemes_data() if s.get("any_case")
            for form in (s["name"], *s.get("aliases", []), *s.get("acronyms", []))),
        scheme_names=dict(_scheme_forms(exact=None)),
        scheme_named=frozenset(form for form, _ in _scheme_forms(exact=False)),
        scheme_exact=tuple(form for s in schemes_data() if s.get("exact")
                           for form in (s["name"], *s.get("aliases", []))),
        scheme_acronyms={a: s["name"] for s in schemes_data() for a in s.get("acronyms", [])},
        # a scheme's initials stand for it alone where marked so, or where they are long
        # enough to stand for nothing else in council business (``acronym_alone_letters``):
        # those only inside prose, as :func:`kg.nlp.bodies._initials_among_capitals` says
        scheme_acronyms_alone=frozenset(
            a for s in schemes_data() if s.get("acronyms_alone") for a in s.get("acronyms", [])),
        scheme_acronyms_long=frozenset(
            a for s in schemes_data() for a in s.get("acronyms", [])
            if sum(c.isupper() for c in a) >= raw["programmes"]["acronym_alone_letters"]),
        # "Farming in Protected Landscapes", "Help to Buy": a scheme's name with a word in
        # lower case that joins no name ("in", "to", "by"), which the capitalised-name rules
        # read as two names; read whole where printed so
        scheme_inner_lower=tuple(
            form for s in schemes_data() if not s.get("exact") and not s.get("any_case")
            for form in (s["name"], *s.get("aliases", []))
            if any(w.islower() and w not in raw["chunks"]["connectors"]
                   for w in form.split()[1:])),
        programme_generic_tails=tuple(raw["programmes"]["generic_tails"]),
        number_units=fs("programmes", "number_units"),
        org_trailing=fs("organisations", "trailing"),
        group_phrases=tuple(raw["programmes"]["group_phrases"]),
        own_rules_groups=fs("programmes", "own_rules_groups"),
        development_phrases=tuple(raw["programmes"]["development_phrases"]),
        phrase_heads=tuple(raw["programmes"]["phrase_heads"]),
        place_trailing=fs("programmes", "place_trailing"),
        year_heads=tuple(raw["programmes"]["year_heads"]),
        lower_case_heads=fs("programmes", "lower_case_heads"),
        lower_case_not_names=fs("programmes", "lower_case_not_names"),
        edition_not_names=fs("programmes", "edition_not_names"),
        programme_topic_heads=fs("programmes", "topic_heads"),
        capacity_post_words=fs("programmes", "capacity_post_words"),
        name_adjectives=fs("programmes", "name_adjectives"),
        hub_bodies=fs("programmes", "hub_bodies"),
        person_titles=fs("people", "titles"),
        list_titles=fs("people", "list_titles"),
        shortened_titles=fs("people", "shortened_titles"),
        honours=frozenset(raw["people"]["honours"]),
        post_honours=frozenset(raw["people"]["post_honours"]),
        street_words=fs("people", "street_words"),
        named_for_heads=fs("people", "named_for_heads"),
        named_road_tails=fs("people", "named_road_tails"),
        thing_determiners=fs("people", "thing_determiners"),
        agent_verbs=fs("people", "agent_verbs"),
        mover_clause_ends=fs("people", "mover_clause_ends"),
        portfolio_holders=fs("posts", "portfolio_holders"),
        cabinet_posts=tuple(w.lower() for w in raw["posts"]["cabinet_posts"]),
        body_leaders=fs("posts", "body_leaders"),
        name_particles=fs("people", "name_particles"),
        given_names=given_names(),
        surname_heads=fs("people", "surname_heads"),
        passive_verbs=fs("followups", "passive_verbs"),
        pronoun_doers=fs("followups", "pronoun_doers"),
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
        police_rank_acronyms=frozenset(raw["organisations"]["police_rank_acronyms"]),
        police_rank_prefixes=frozenset(raw["organisations"]["police_rank_prefixes"]),
        party_initials=frozenset(raw["organisations"]["party_initials"]),
        party_names=fs("organisations", "party_names"),
        party_group_positions=fs("organisations", "party_group_positions"),
        venue_verbs=fs("organisations", "venue_verbs"),
        venue_heads=fs("organisations", "venue_heads"),
        venue_time_heads=fs("organisations", "venue_time_heads"),
        one_word_parts=fs("organisations", "one_word_parts"),
        remits_plural_heads=fs("organisations", "remits_plural_heads"),
        appositive_bodies=fs("organisations", "appositive_bodies"),
        placeholders=fs("organisations", "placeholders"),
        own_errands=tuple(re.escape(w).replace(r"\ ", r"\s+")
                          for w in raw["followups"]["own_errands"]),
        attendance_lists=tuple(re.escape(w).replace(r"\ ", r"\s+")
                               for w in raw["followups"]["attendance_lists"]),
    )


def scheme_of(label: str) -> str | None:
    """The national scheme (kg/data/nlp/schemes.toml) a programme's label names, by any of
    its names, aliases or acronyms, with or without a word of its kind or of money after it
    ("the neighbourhood plan", "NDP", "the Prevent programme", "UKSPF money"); None if it
    names none."""
    lex = lexicon()
    label = re.sub(r"^(?i:the)\s+", "", label.replace("’", "'")).strip()
    forms = [label]
    bare, _, last = label.rpartition(" ")
    if bare and last.lower() in lex.programme_trailing | lex.money_words:
        forms.append(bare)
    for form in forms:
        name = lex.scheme_acronyms.get(form) or lex.scheme_names.get(form.lower())
        if name:
            return name
    return None


def _council_acronym(text: str, lex: Lexicon) -> bool:
    """A council by its acronym: "CDC", "BDBC", "ERYC" (``council_acronym_endings``,
    ``council_acronyms_in_c``), not a commissioner's ("PCC")."""
    return council_acronym(text)  # one shape for the roll reader and the pipeline


_POST_OWNERS = ("the", "our", "their", "its", "'s", "’s")


_AUXILIARIES = ("will", "would", "had", "has", "have", "was", "were", "is", "are", "be",
                "been", "being", "not", "also", "then")
