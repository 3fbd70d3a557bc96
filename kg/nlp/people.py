"""The ``ckg_people`` component: people by title, initials, given names and the
constructions minutes name them in (welcomes, speech verbs, lists of surnames)."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.lexicon import ORG, PERSON, POST, Lexicon, _council_acronym, lexicon
from kg.nlp.names import (
    _INITIAL_DOT_NAME,
    _MONTHS_AND_DAYS,
    _PARTICLE,
    _apposed_head,
    _bracket_close,
    _generic,
    _lower_on_page,
    _lower_phrase,
    _lower_words,
    _mark,
    _mark_person,
    _name_word,
    _name_words_end,
    _named_before_initials,
    _named_before_post_comma,
    _named_before_role,
    _names_a_body,
    _phrase,
    _with_particles,
    head_kind,
    is_cap,
)
from kg.nlp.perdoc import kept
from kg.patterns import (
    council_places,
    councils_data,
    load,
    name_tail_words,
    names_body,
    seat_ends_name,
)


def _surname_head(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k``, after a name's first words, is a surname that is also a
    head (``people.surname_heads``): capitalised, no capitalised word after it, and after a
    post's head no "of" or "for" ("Ann Nurse, Kay Osei", "Jo Grant for her work";
    not "Jo Head of Finance")."""
    n = len(doc)
    return k < n and doc[k].lower_ in lex.surname_heads and is_cap(doc[k]) and not (
        k + 1 < n and (is_cap(doc[k + 1]) or (doc[k].lower_ in lex.post_heads
                                               and doc[k + 1].lower_ in ("of", "for"))))


def _tier_initial(text: str, lex: Lexicon) -> bool:
    """Whether a word is a council tier's initial before a councillor's title: "C" or "C."
    in "C Cllr K Stott", "C. Cllr Hale" (``people.councillor_tier_initials``)."""
    return text.rstrip(".") in lex.councillor_tier_initials and len(text.rstrip(".")) == 1


def _tier_initialled_title(text: str, lex: Lexicon) -> bool:
    """Whether one word is a tier's initial, a full stop and a councillor's title run
    together: "D.Cllr", "C.Clrs"."""
    initial, dot, title = text.partition(".")
    return bool(dot) and _tier_initial(initial, lex) and title.lower() in lex.tier_initial_titles


def _posts_area(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether ``i`` follows a post's head and "of" or "for": "Director of Housing
    Operations, Jo Hale …", "the Portfolio Holder for Children Services (Lead Member)": what
    follows is the post's area, no untitled person's name."""
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and (
        doc[i - 2].lower_ in lex.post_heads) and is_cap(doc[i - 2])


def _name_room(doc: Doc, j: int, k: int) -> bool:
    """Whether a titled name from ``j`` may take the word at ``k``: three words, or a fourth
    after three initials ("Dr. R. K. A. Hale")."""
    return k - j < 3 or (k - j == 3 and all(_initial(t) for t in doc[j:k]))


def _next_given_name(doc: Doc, j: int, k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k`` opens the next person's name in a roll run on with no commas,
    after a titled name from ``j`` of a given name and a surname: a given name the lists hold,
    a name word (its surname) after it ("Sir Jo Hale Kathleen Osei Ann Bell", "Mr Tam Reid
    Catherine Dunn"). Not a second given name ("Cllr Mary Jane Hale": the word before is a
    given name too), nor a surname that is also a given name at the list's end ("Zubair Hamed
    Ali,"), nor a place named by a given name that a roll prints after a member's name ("Cllr
    Ann Bell Victoria Ward", "Cllr Jo Hale Harvey Park"): the word after is then a street's or
    a dwelling's, which ends no name (as the untitled-name rules read it)."""
    return k == j + 2 and k + 1 < len(doc) and doc[j].text in lex.given_names and (
        doc[k - 1].text not in lex.given_names) and doc[k].text in lex.given_names and (
        _name_word(doc[k + 1], lex)) and doc[k + 1].lower_ not in (
        lex.not_surnames | lex.street_words | lex.dwellings)


def _word_after_initialled_name(doc: Doc, j: int, k: int) -> bool:
    """Whether the word at ``k`` follows a titled name from ``j`` written as initials and one
    surname, and is no second surname: a stop word ("Mr C Hale The Orchard", "Ms J Hale Four
    Members of the Public", "Cllr. C. Hale All in favour"), a word the page writes in lower
    case elsewhere ("Mr. M. Hale Democratic Services Manager"), or letters in capitals after
    a surname that is not ("Mr J Hale EMS", "Mrs C Hale HSENI Boardroom Apprentice": a
    body's or a unit's). Rolls and sentences print a name so; a double surname ("Cllr A.
    Lloyd Hale") has a surname's word second, which the page writes small nowhere."""
    if k - j < 2 or not all(_initial(t) for t in doc[j : k - 1]) or _initial(doc[k - 1]):
        return False
    word = doc[k]
    if word.is_upper and len(word.text) > 1 and not doc[k - 1].is_upper:
        return True
    # (a short page's excerpt may hold the word nowhere small: an article, a count or "All"
    # in "All in favour" is a word of the language's own list, no surname)
    if word.is_stop:
        return True
    # a surname that is a common word too ("Mr J Hill Wood reported on the wood") is the
    # name's last word when a clause's verb in lower case follows it: a post or a dwelling
    # after the name runs on in capitals or joins by a stop word ("Democratic and Scrutiny
    # Services Manager")
    return _lower_on_page(doc, word.lower_) and not (
        k + 1 < len(doc) and doc[k + 1].is_lower and not doc[k + 1].is_stop)


def _post_after_titled_name(doc: Doc, j: int, k: int, lex: Lexicon) -> bool:
    """Whether a post's title of several words starts at ``k``, after a titled name from
    ``j`` of a given name (or initials) and a surname, printed with no comma between:
    "Councillor Jo Hale Children and Families Portfolio Holder", "Mr. T. Osei Senior
    Democratic and Scrutiny Officer", as a roll or a list of those present prints each
    member's post after the name. The name ends at its surname and the post is read whole.
    The run from ``k`` is capitalised words (and "and", "&") up to a post's head, with no
    title, body's or committee's word, nor an acronym, on the way ("… Hale and Councillor
    Ann Bell" is the next person; "… Hale Public Partnership Forum" a body). Not after two
    given names ("Cllr Mary Anne Hale …": the third word is the surname), nor where one word
    qualifies the head ("Councillor Jo Hale Cabinet Member": the rule beside this one's)."""
    n = len(doc)
    if k + 1 >= n or k - j < 2 or _initial(doc[k - 1]) or doc[k - 1].text in lex.given_names:
        return False
    if not (all(_initial(t) for t in doc[j : k - 1])
            or (k - j == 2 and doc[j].text in lex.given_names)):
        return False
    if doc[k + 1].lower_ in lex.post_heads:
        return False  # (one word before the head)
    stops = lex.union("person_titles", "org_heads", "committee_words")  # (built once)
    h = k
    while h < n and h - k < 8 and (is_cap(doc[h]) or doc[h].lower_ in ("and", "&")):
        if doc[h].lower_ in stops or (doc[h].is_upper and len(doc[h].text) > 1):
            return False  # (an acronym there is the member's body: "Jo Hale WLGA Lead")
        if h > k and doc[h].lower_ in lex.post_heads:
            return head_kind([t.lower_ for t in doc[k : h + 1]], lex) == POST
        h += 1
    return False


def _word_after_surname(doc: Doc, i: int, k: int, lex: Lexicon) -> bool:
    """Whether the word at ``k`` follows an untitled name from ``i`` of a given name and a
    surname that no list holds as a given name, and is one the page writes in lower case
    elsewhere: "Jo Hale Invitee", "Jo Hale Convener", "Jo Hale Local Needs Housing" in rolls
    that print each member's part after the name, "Proposed: Jo Hale Seconded: …". A name's
    third word after its surname is a second surname ("Eryl Jones Hale"), which the page
    writes small nowhere; after two given names ("Mary Jane Hale") it is the surname, and
    stays."""
    return k - i == 2 and doc[i + 1].text not in lex.given_names and not _initial(
        doc[i + 1]) and _lower_on_page(doc, doc[k].lower_)


def _seat_after(doc: Doc, j: int, k: int) -> bool:
    """Whether the word at ``k`` is a councillor's seat or a council by its letters after a
    titled name from ``j`` that has its surname (:func:`kg.patterns.seat_ends_name`: "Mr. J.
    Hale CC", "Cllr Jo Hale KCC"; not "Councillor Dai ISAAC")."""
    return k > j and seat_ends_name([t.text for t in doc[j : k + 1]])


def _acronym_before_title(text: str, lex: Lexicon) -> bool:
    """Whether a word before a councillor's title is a council's acronym of a shape too
    short or with an "&" for :func:`_council_acronym`: "WEC Councillor K Bell", "WS&C
    Cllr. Jo Hale" (``people.council_acronym_before_title``)."""
    return bool(re.fullmatch(lex.council_acronym_before_title, text)) and (
        text not in lex.not_council_acronyms | lex.party_initials | lex.honours)


@Language.component("ckg_people")
def people_component(doc: Doc) -> Doc:
    """People: a title and a name ("Councillor Snape", "DCI David Giles", "Mrs Sally
    Quenby"), or a common given name and a surname ("Tina Gould")."""
    lex = lexicon()
    # (_named's set is dropped here as well as at the end: a pass that raised partway left
    # it behind, and a later list given the freed list's id would read its words as named)
    kept(doc).pop(_NAMED, None)
    spans: list[Span] = list(doc.spans.get("ckg", []))
    sent_apologies = _apologised(doc, lex)  # untitled names listed after "Apologies:"
    # words that end a titled name: a post's head, another title, a verb of speech …
    not_name = lex.union("post_heads", "person_titles", "not_surnames", "speech_verbs")
    body_memo: dict[int, bool] = {}  # _body_follows' answers, word by word, for this doc
    i, n = 0, len(doc)
    # each word in lower case, read once: the title lookup below joined a slice of the doc
    # three times a word (the people component's costliest line)
    lower = [t.lower_ for t in doc]
    while i < n:
        tok = doc[i]
        if i in sent_apologies:
            _mark_person(doc, i, sent_apologies[i], spans)
            i = sent_apologies[i]
            continue
        title_len = 0
        for size in (3, 2, 1):
            if i + size <= n and " ".join(lower[i : i + size]) in lex.person_titles:
                title_len = size
                break
        j = i + title_len
        while title_len and j < n and (doc[j].lower_.rstrip(".") in lex.person_titles or (
                doc[j].text == "." and doc[j - 1].whitespace_ == "") or (
                doc[j].text == ":" and j == i + title_len
                and _lower_phrase(doc[i:j]) in lex.list_titles)):
            # "Councillor Mrs Hale", "Cllr Dr Rao": the name is after both titles; "Cllr.
            # Snell", "Cllr.Gale": the title's full stop, split off, is no part of the name;
            # "Cllrs: K Langford, …": a list title's colon; "Cllr. Miss. Jo Brace": a second
            # title with its own full stop
            j += 1
        if title_len:
            k = j
            while k < n and _name_room(doc, j, k) and is_cap(doc[k]) and (
                    doc[k].lower_ not in not_name) and doc[k].text not in lex.honours and not (
                    _seat_after(doc, j, k)) and not _next_given_name(doc, j, k, lex) and not (
                    _word_after_initialled_name(doc, j, k)) and not (
                    _post_after_titled_name(doc, j, k, lex)) and not (
                    k > j + 1 and k + 1 < n and doc[k + 1].lower_ in lex.post_heads
                    and is_cap(doc[k + 1])) and not (
                    k > j + (doc[j].text in lex.given_names or len(doc[j].text.rstrip(".")) == 1)
                    and _body_follows(doc, k, lex, body_memo)):
                # "Cllr G. Jarrold Cllr L. Atwood": a title starts the next name;
                # "Councillor A Barry Cabinet Member": a post (a word and its head) follows;
                # "Councillor Hale Proposed that …": a verb of speech, capitalised as some
                # minutes print it, is the clause's verb, not a surname; "Sir Jo Hale QPM":
                # honours after the name are no part of it; "Mr. J. Hale CC", "Cllr Jo
                # Hale KCC": a councillor's seat or council by its letters after the surname
                # ends the name; "Sir Jo Hale Kathleen Osei": a given name and its surname
                # after a given name and a surname start the next name of a roll run on
                k += 1
            if j < n and doc[j - 1].text == "." and _written_out(doc[j - 2], lex):
                k = j  # "… they cease to be a councillor. Despite …": a title written out in
                # full takes no full stop of its own, so the stop ends the sentence
            if k < n and k - j < 3 and _surname_head(doc, k, lex):
                k += 1  # "Mrs J Head, Headteacher", "Sgt Nurse on his promotion"
            k = _with_particles(doc, k, lex)  # "Cllr Sian ap Rhys", "Mr de Souza"
            if j < n and doc[j - 1].text == "." and doc[j].lower_ in lex.not_name_start and not (
                    len(doc[j].text) == 1 and j + 1 < n and is_cap(doc[j + 1])):
                k = j  # "co-opt Mr Kilby as a new Councillor. It was …": a sentence's end
                # (not "Cllr. A Edwards": an initial)
            title = _lower_phrase(doc[i : i + title_len])
            plural = title in lex.list_titles and title.endswith("s")
            if plural and (any(t.lower_ in lex.org_heads | lex.programme_heads
                               | lex.not_name_start | lex.members_things for t in doc[j:k]
                               if not (len(t.text) == 1 and t.is_upper))  # "Cllrs A Smith"
                           or (k < n and doc[k].lower_ in ("of", "for", "'", "’"))):
                k = j  # "Councillors Code of Conduct", "Declarations of Councillors Interests"
            if k > j and doc[i].is_upper and title in lex.post_titles and any(
                    t.lower_ in lex.not_name_start | lex.committee_words | lex.org_heads
                    | lex.venue_verbs for t in doc[j:k]):
                k = j  # "PC Resolved", "at PC Meeting", "Hemswell PC Finance Committee": a
                # parish council's initials, like a constable's, before words no name has
            if k > j and all(re.fullmatch(r"(?:[A-Z]\.?){1,3}", t.text) or t.text == "."
                             for t in doc[j:k]) and not (
                    k < n and doc[k].text == "," and title in lex.list_titles):
                k = j  # "Cllr HD informed …": a member by initials only, named elsewhere
            if k > j:
                _mark_person(doc, i, k, spans, label=_phrase(doc[j:k]))
                if k < n and doc[k].text in lex.post_honours:
                    _mark(doc, k, k + 1, POST, spans)  # "Sir Jo Hale MP": her seat, a post
                # "County Councillor David Harland", "District Cllr Osei": the tier and the
                # title name the person's post (not "County councillors K Lewis, L Rees", a
                # title for several in lower case)
                if title_len == 2 and doc[i].lower_ in lex.councillor_tiers:
                    _mark(doc, _council_place(doc, i, lex, spans), i + 2, POST, spans)
                elif i > 0 and (doc[i - 1].lower_ in lex.councillor_tiers or _council_acronym(
                        doc[i - 1].text, lex) or _tier_initial(doc[i - 1].text, lex) or (
                        _acronym_before_title(doc[i - 1].text, lex))) and title in (
                        "councillor", "cllr", "cllr.", "councillors", "cllrs") and is_cap(
                        doc[i - 1]) and not (title.endswith("s") and doc[i].is_lower):
                    # … or the council's acronym: "NCC Cllr Clegwell", "WDC Cllr A Rhead",
                    # which names the council too; or the tier's initial: "C Cllr K Stott"
                    if doc[i - 1].lower_ in lex.councillor_tiers:
                        _mark(doc, _council_place(doc, i - 1, lex, spans), i + title_len,
                              POST, spans)
                    else:
                        _mark(doc, i - 1, i + title_len, POST, spans)
                        if not _tier_initial(doc[i - 1].text, lex):
                            _mark(doc, i - 1, i, ORG, spans)  # an initial names no council
                elif title in lex.post_titles:
                    # "PCSO Jo Hale": her post; "Honorary Alderman Jo Hale": the honorary one
                    q = i - 1 if i > 0 and is_cap(doc[i - 1]) and (
                        doc[i - 1].lower_ in lex.post_title_qualifiers) else i
                    _mark(doc, q, i + title_len, POST, spans)
                if _lower_phrase(doc[i : i + title_len]) in lex.list_titles:
                    k = _listed_surnames(doc, k, lex, spans, plural=plural)
                i = k
                continue
        elif (entries := _initialled_list(doc, i, lex, spans)):
            if not _lettered(doc, entries):  # (a lettered list is read past whole)
                for a, b in entries:
                    _mark_person(doc, a, b, spans)
            i = entries[-1][1]
            continue
        elif not _posts_area(doc, i, lex) and ((k := _named_before_role(doc, i, lex)) > i or (
                k := _named_before_initials(doc, i, lex)) > i):
            _mark_person(doc, i, k, spans)
            i = k
            continue
        elif _tier_initialled_title(tok.text, lex):
            # "D.Cllr had given her apologies", "C.Clrs Moorhen & Fox": a tier's initial
            # run onto the title is the post (District, County Councillor), no person
            _mark(doc, i, i + 1, POST, spans)
            i += 1
            continue
        elif _INITIAL_DOT_NAME.fullmatch(tok.text):
            # "A.Vellacott", "K.O'Donoghue": initials run onto the surname, as parish minutes
            # list members; nothing else in minutes is written so.
            _mark_person(doc, i, i + 1, spans, label=tok.text)
            i += 1
            continue
        elif tok.text in lex.given_names and i + 1 < n and (is_cap(doc[i + 1]) or (
                _with_particles(doc, i + 1, lex) > i + 1 and tok.lower_ not in _MONTHS_AND_DAYS)):
            # "Ellen ap Hywel"; a month's name that is also a given name tells when, and the
            # particle after it is a word ("In June ten Households were helped")
            k = i + 1
            # (two initials between the given name and the surname take no room: "Tom A R
            # Kellow")
            while k < n and (k - i < 3 or (k - i < 4 and all(
                    _initial(t) for t in doc[i + 1 : k]))) and is_cap(
                    doc[k]) and doc[k].lower_ not in lex.union(
                "post_heads", "org_heads", "programme_heads", "committee_words",
                "acronym_heads", "named_for_heads") and doc[k].text not in lex.honours and not (
                    k > i + 1 and doc[k].is_upper and len(doc[k].text) > 1) and not (
                    k - i == 2 and _next_in_run(doc, k, lex)) and not (
                    k - i == 2 and _post_follows(doc, k, lex)) and not (
                    k - i == 2 and _place_after_name(doc, i, k, lex)) \
                    and not (k - i >= 2 and _body_follows(doc, k, lex, body_memo)) \
                    and not _word_after_surname(doc, i, k, lex):
                # "Tom Hale Carl Dean": a list that lost its comma; a given name
                # that a capitalised word follows starts the next person
                k += 1
            k = _with_particles(doc, k, lex)  # "Anna de la Cruz"
            if k == i + 1 and _surname_head(doc, k, lex):
                k += 1  # "Rhian Grant, Committee Manager": a surname that is also a head
            if k > i and doc[k - 1].lower_ in lex.street_words:
                k = i  # "Dean Street", "Florence Road": a street named after a person
            if k - i >= 3 and doc[k - 1].lower_ in lex.named_road_tails:
                # "Edward Thomas Close", "Tom Scott Playing Field": a road or a ground named
                # after a person, read past whole ("Thomas Close" is no person either)
                i = k
                continue
            if k + 1 < n and doc[k].lower_ in ("'s", "’s") and is_cap(doc[k + 1]) and (
                    doc[k + 1].lower_ in lex.org_heads):
                k = i  # "John Smith’s College": a body named after a person
            if any(t.lower_ in lex.breaks for t in doc[i:k]) or (
                    _lower_phrase(doc[i:k]) in lex.org_known) or (
                    k < n and is_cap(doc[k]) and doc[k].lower_ in lex.org_heads
                    | lex.programme_heads | lex.committee_words | lex.acronym_heads
                    | lex.named_for_heads):
                # "the June Village Update", "Grace Darling Trust", "Grant Thornton", "Preston
                # CCG" (a place that is also a given name, then an NHS body's acronym), "the
                # Emrys Gwallter Museum" (a place named after a person): a thing
                k = i
            if k > i and _starts_service_body(doc, i + 1, k, lex):
                k = i  # "Avon Fire and Rescue Service": a place that is also a given name
            if k > i and i > 0 and doc[i - 1].lower_ in lex.thing_determiners and not (
                    k + 1 < n and doc[k].text == "," and is_cap(doc[k + 1])
                    and doc[k + 1].lower_ in lex.post_heads):
                k = i  # "in the Melvin Hall", "the Eric Marsh Suite": a thing named after a
                # person (not "the Mike Hale, Chair of …": a person her post follows)
            if i > 0 and is_cap(doc[i - 1]) and doc[i - 1].lower_ in lex.org_openers:
                k = i  # "Ysgol Dewi Sant", "HMS Victoria": a body's name opened by its head
            if k + 1 < n and doc[k].lower_ in ("&", "and") and doc[k + 1].lower_ in (
                    lex.firm_heads):
                k = i  # "John Hicks & Associates", "Alan Hale and Sons": a firm's name
            if k > i + 1:
                if k == i + 2 and i > 0 and re.fullmatch(r"[IVX]{1,4}", doc[k - 1].text) and (
                        doc[i - 1].lower_ in lex.sovereign_titles and is_cap(doc[i - 1])):
                    i -= 1  # "Queen Elizabeth II": the sovereign's title is the name's
                _mark_person(doc, i, k, spans)
                if k < n and doc[k].is_upper and doc[k].lower_ in lex.person_titles:
                    _mark(doc, k, k + 1, POST, spans)  # "Nia Rees PCSO": her post
                    k += 1
                elif k == i + 2 and k < n and doc[k].text not in lex.given_names and _next_in_run(
                        doc, k, lex):
                    # "Ann Fox Ysolde Marrick Carl Dean": the next name opens on a given
                    # name no list holds, between two names of the run
                    _mark_person(doc, k, k + 2, spans)
                    k += 2
                i = k
                continue
        elif not _posts_area(doc, i, lex) and (
                (k := _named_before_speech(doc, i, lex)) > i or (
                    k := _named_as_agent(doc, i, lex)) > i or (
                    k := _named_after_welcome(doc, i, lex, spans)) > i or (
                    k := _named_before_post_comma(doc, i, lex)) > i):
            _mark_person(doc, i, k, spans)
            if _apposed_head(doc, k, lex) and not head_kind([doc[k + 1].lower_], lex):
                _mark(doc, k + 1, k + 2, POST, spans)  # "Jo Hale, Solicitor": her post
            i = k
            continue
        i += 1
    doc.spans["ckg"] = spans
    kept(doc).pop(_NAMED, None)  # (kept for this pass's list of spans only: see _named)
    return doc


# The perdoc key of the words the people pass has named so far (:func:`_named`).
_NAMED = "people_named"


def _named(doc: Doc, spans: list[Span]) -> set[int]:
    """The tokens inside any of ``spans``, kept for the doc as the pass goes: the list only
    grows (``_mark`` and ``_mark_person`` append), so the spans added since the last ask are
    added to the set. Built afresh from every span at each councillor's tier, a long roll of
    "County Councillor …" entries was quadratic. Kept under the list's ``id`` (a list can
    hold no weak reference, and the spans in it hold the doc, which the store must not), so a
    list of another pass starts afresh; the people component drops it when it starts (a pass
    that raised left it behind, and a later list may be given the freed list's id) and when it
    ends."""
    store = kept(doc)
    known = store.get(_NAMED)
    if known is None or known[0] != id(spans) or known[1] > len(spans):
        known = store[_NAMED] = [id(spans), 0, set()]
    words: set[int] = known[2]
    for sp in spans[known[1]:]:
        words.update(range(sp.start, sp.end))
    known[1] = len(spans)
    return words


def _council_place(doc: Doc, tier: int, lex: Lexicon, spans: list[Span]) -> int:
    """Where a councillor's post starts when the council's place comes before its tier:
    "Exeter City Councillor Rob Wrenfield", "East Sussex County Councillor Jo Hale" hold a seat
    on that council, the place part of the post. Up to two capitalised words that name no
    person (none already read: "Sarah Jones County Councillor Jo Hale"), post, body or
    heading ("County Councillor's Update County Councillor …")."""
    start = tier
    named = _named(doc, spans)
    while start > 0 and tier - start < 2:
        tok = doc[start - 1]
        if tok.i in named or not (tok.is_alpha and is_cap(tok) and not tok.is_upper) or (
                tok.is_sent_start or tok.text in lex.given_names) or tok.lower_ in (
                lex.not_name_start | lex.person_titles | lex.post_heads | lex.org_heads
                | lex.post_addresses | lex.councillor_tiers | lex.programme_heads):
            break
        start -= 1
    return start


def _written_out(title, lex: Lexicon) -> bool:
    """Whether a title is written out in full ("councillor", "Reverend"), not shortened
    ("Cllr", "Mr", "Revd") nor initials ("DCI"): a full stop after such a title ends a sentence,
    where after a shortening it only marks the shortening."""
    return title.lower_ in lex.person_titles and not title.is_upper and (
        title.lower_ not in lex.shortened_titles)


def _starts_service_body(doc: Doc, a: int, b: int, lex: Lexicon) -> bool:
    """Whether one of the words ``doc[a:b]`` starts a public service's name that runs on
    ("Fire and Rescue Service", "Police Service"): then the given name before it is a place's
    ("Avon Fire and Rescue Service"), as counties and towns are often named like people."""
    for j in range(a, b):
        for phrase in lex.service_bodies:
            words = phrase.split()
            if [t.lower_ for t in doc[j : j + len(words)]] == words:
                return True
    return False


def _body_follows(doc: Doc, k: int, lex: Lexicon, memo: dict[int, bool] | None = None) -> bool:
    """Whether a public body's name starts at ``k``, after a person's name with no comma
    between: "Jo Dale Westshire County Council officers", "Cllr Jo Hale Westshire Council"
    name the person, then the council they serve. The capitalised run from ``k`` reaches a
    public body's head (``public_heads``) within four words and names a body by its place
    (not "County Council" alone), or is a known body's name. When the body may start at a
    later word of the run instead ("Mr Tom Pell Eastbury Council": at "Eastbury", not
    "Pell"), it starts there, not at ``k``; the run is walked in a loop, word by word, so a
    long run of capitals ("Westshire Westshire …") costs no recursion. The answer at a word
    depends only on the answer at the next, so ``memo`` (one per pass over a doc) keeps every
    word's answer the walk reaches: a roll of names run on in capitals, asked once a name,
    is walked once, not once a name (``officers_by_area`` in benchmarks/long_lines.py)."""
    memo = {} if memo is None else memo
    if k in memo:
        return memo[k]
    n = len(doc)
    later: list[int] = []  # words whose reading waits on the next word's
    j = k
    while True:
        if j in memo:
            found = memo[j]
            break
        if doc[j].lower_ in lex.councillor_tiers | lex.org_heads or doc[j].is_upper:
            found = False
        elif not _known_body_from(doc, j, lex) and j + 1 < n and is_cap(doc[j + 1]):
            later.append(j)
            j += 1
            continue
        else:
            # ("Alan Quill Natural England", "Cllr Jo Bull Bath and North East Somerset
            # Council": a known body's name, with no head word or more than four words to it)
            found = _known_body_from(doc, j, lex) or _body_here(doc, j, lex)
        memo[j] = found
        break
    for j in reversed(later):
        # a body starting at the next word means none starts here
        found = not found and _body_here(doc, j, lex)
        memo[j] = found
    return found


def _body_here(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether the capitalised run from ``k`` reaches a public body's head within four words
    and names a body by its place: ``_body_follows`` at one word. An "and" or "&" joining
    two places takes none of the four ("Eastwick & Northby Parish Council", "Brendon and
    Countisbury Parish Council": two parishes' one council), so a roll's row run on after a
    person's name ("Keith Barrow Eastwick & Northby Parish Council") gives its first place
    to the body, not to the name. After a given name ("Sally Ann Pike and Westmoor Parish
    Council") the word at ``k`` is a middle name's surname, so an "and" there joins nothing
    and the four words are counted as before."""
    j, joins = k, 0
    surname = k > 0 and doc[k - 1].text in lex.given_names  # "Ann" before "Pike"
    while j < len(doc) and j - k < 4 + joins and (
            is_cap(doc[j]) or doc[j].lower_ in ("and", "of", "upon", "&")):
        if doc[j].lower_ in lex.public_heads and j > k:
            words = [t.lower_ for t in doc[k : j + 1]]
            return head_kind(words, lex) == ORG and not _generic(" ".join(words), lex)
        if doc[j].lower_ in ("and", "&") and j > k and joins < 1 and not surname:
            joins += 1
        j += 1
    return False


def _known_body_from(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether a known body's name of two to five words starts at ``k`` ("Cheshire East
    Council")."""
    return any(_lower_phrase(doc[k:e]) in lex.org_known for e in range(k + 2, min(len(doc),
                                                                                  k + 6) + 1))


def _post_follows(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether a post's title starts at ``k``: "Penny Bunting Governance and Democratic
    Engagement Manager" is Penny Bunting, then her post, printed with no comma between. The
    run of capitalised words (and "and", "&") from ``k`` must reach a post's head word."""
    j = k
    while j < len(doc) and j - k < 8 and (is_cap(doc[j]) or doc[j].lower_ in ("and", "&")):
        if doc[j].lower_ in lex.post_heads and j > k:
            return head_kind([t.lower_ for t in doc[k : j + 1]], lex) == POST
        j += 1
    return False


def _apologised(doc: Doc, lex: Lexicon) -> dict[int, int]:
    """The names with no title listed after "Apologies:" ("Apologies for absence were
    received from", "Apologies –"), as {start: end}: "Apologies: P Skidmore", "Apologies:
    Sophie Hurlock (work) Nesta Hurstwood (on leave)". Each entry is initials and a surname or
    two or three name words, perhaps with a reason in brackets, and entries are parted by
    commas, "and" or the brackets; the list ends at anything else. Titled entries are left
    to the title rules."""
    out: dict[int, int] = {}
    n = len(doc)
    for tok in doc:
        if tok.lower_ != "apologies" or not is_cap(tok):
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
                c += 1  # ("J Bell Co-opted Member": the name, then the post)
            # "Apologies: Carl Dean Ann Bell Tom Fox": a list that lost its commas,
            # each entry a given name and a surname; the next goes on with no separator
            run_on = c - b == 3 and not titled and _next_in_run(doc, c - 1, lex)
            c -= run_on
            words = [t.lower_ for t in doc[b:c]]
            if c == b or len(doc[c - 1].text.rstrip(".")) == 1 or (c - b < 2 and not titled) or (
                    head_kind(words, lex) is not None or _names_a_body(words, lex)):
                break
            if not titled:
                out[b] = c
            a = c
            if _post_follows(doc, a, lex):  # "J Bell Co-opted Member, …": the post, read later
                while a < n and (is_cap(doc[a]) or doc[a].lower_ in ("of", "for")):
                    a += 1
            if a < n and doc[a].text == "(":
                if (close := _bracket_close(doc, a, 10)) is None:
                    break
                a = close + 1
            if a < n and doc[a].text in _LIST_SEPARATORS:
                a += 1
            elif not (a < n and doc[a - 1].text == ")" and is_cap(doc[a])) and not run_on:
                break
    return out


# What parts the entries of a list of names: "C. Bell, D. Bell; K. Fox and R Dean & …".
_LIST_SEPARATORS = (",", ";", "and", "&")


def _place_after_name(doc: Doc, i: int, k: int, lex: Lexicon) -> bool:
    """Whether ``doc[k]``, the third word after the given name ``doc[i]`` and a surname, is a
    council's place, which a roll prints after each member for the council or body they come
    from ("Ann Fox Wigan Carl Dean Bury", "Jo Hale Cumbria Tourism", "Tom Vane Bexley"): the
    place ends the name. Not after two given names ("Mary Ann Kent"), a name of three words;
    nor before a body's head word ("James Gillan High School": a school named after a
    person, no member from High Peak; the name is then read as before, with its body); nor
    before a word in lower case ("Mary Smith Preston gave her report"): a roll runs on to the
    next name, a body or the line's end, while prose goes on to a verb after a person's whole
    name, whose last word may be a place as well as a surname."""
    n = len(doc)
    return doc[i + 1].text not in lex.given_names and doc[k].lower_ in _council_places() and not (
        k + 1 < n and (doc[k + 1].lower_ in lex.org_heads or (
            doc[k + 1].is_alpha and doc[k + 1].is_lower)))


def _next_in_run(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether ``doc[k]``, the third word of an untitled name, opens the next name of a list
    that lost its commas ("Tom Hale Carl Dean", "Ann Fox Ysolde Marrick Carl Dean"): a
    common given name with a capitalised word after it, or a word no list holds
    then a surname and a common given name after that, the next name but one. A name of
    three words ("Mary Ann Hale, …", "Owain Huw Pellow Ann Bell") is none of these."""
    n = len(doc)
    if not (k + 1 < n and is_cap(doc[k + 1]) and doc[k + 1].is_alpha):
        return False
    if doc[k].text in lex.given_names:
        return True
    # Not a body between two names ("Ann Fox Westshire Tourism Ian Hale", "… Natural
    # England Chris …"): a roll of names and the bodies they come from
    return (k + 2 < n and doc[k + 1].text not in lex.given_names
            and doc[k + 2].text in lex.given_names and is_cap(doc[k + 2])
            and doc[k - 1].text not in lex.given_names and _name_word(doc[k], lex)
            and _name_word(doc[k + 1], lex) and doc[k].lower_ not in _council_places()
            and not _names_a_body([doc[k].lower_, doc[k + 1].lower_], lex)
            and not {doc[k].lower_, doc[k + 1].lower_} & (
                lex.firm_heads | lex.post_ranks | name_tail_words(load()))
            and not names_body(_phrase(doc[k:k + 2])))


@cache
def _council_places() -> frozenset[str]:
    """The words of the places the UK's principal councils are named by
    (:func:`kg.patterns.council_places`: "Cumbria", "Glasgow", "Renfrewshire"), in lower case:
    a place that opens a body's name, no given name."""
    small = {w.casefold() for w in councils_data()["head_words"]}
    return frozenset(w for place in council_places() for w in place.lower().split()
                     if w not in small)


def _named_after_welcome(doc: Doc, i: int, lex: Lexicon, spans: list[Span]) -> int:
    """The end of a name that a verb of welcome takes: "The Chair welcomed Ben Okafor and
    Serrina Vale from Barnardo's", "thanked Jo Bright, Project Officer". Two or three name
    words, the last no initial, then a comma, a bracket, "from", "of", "and" or the
    sentence's end. ``i`` when there is none."""
    if i == 0:
        return i
    before = doc[i - 1].lower_
    # (the welcome verb a few words back is asked before the spans are: a long line of names
    # parted by commas scanned every span at each comma, the long-line "posts" shape's growth;
    # the latest spans first, where the name before the comma was just marked)
    if before not in lex.welcome_verbs and not (
            before in ("and", ",")
            and any(t.lower_ in lex.welcome_verbs for t in doc[max(0, i - 8) : i - 1])
            and any(s._.kind == PERSON and s.end == i - 1 for s in reversed(spans))):
        return i
    k = _name_words_end(doc, i, lex)
    if k - i < 2 or len(doc[k - 1].text) == 1:
        return i
    if k < len(doc) and doc[k].lower_ not in (",", "(", "from", "of", "and", ".", ";", "to",
                                              "who", "for", "as"):
        return i
    words = [t.lower_ for t in doc[i:k]]
    if head_kind(words, lex) is not None or _names_a_body(words, lex):
        return i  # "welcomed Healthwatch Bristol": a body
    j = k
    while j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and is_cap(doc[j + 1]):
        j += 2
        while j < len(doc) and is_cap(doc[j]):
            j += 1
        if head_kind([t.lower_ for t in doc[i:j]], lex) is not None:
            return i  # "thanked Avon Fire and Rescue Service": a body's name runs on
    return k




def _named_before_speech(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that opens a clause and speaks or acts: "Gregg Dawe gave an update",
    "Fran McCabe noted that …", "J Bloggs, Head of Housing, said …". Minutes print outside
    speakers so, with no title and often a given name no list holds. Two or three name
    words, the last no initial, then a verb of ``speech_verbs`` (straight after, or after the
    speaker's post between commas). ``i`` when there is none."""
    n = len(doc)
    if i > 0 and not (doc[i - 1].is_space or doc[i - 1].text in (".", ";", ":", "–", "-", "•")
                      or doc[i].is_sent_start or _after_opening_phrase(doc, i)
                      or doc[i - 1].lower_ == "that"):
        return i  # ("that" opens a resolution's clause: "RESOLVED that Ama Osei be …")
    k = _name_words_end(doc, i, lex)
    if k - i < 2 or len(doc[k - 1].text) == 1 or k >= n:
        return i
    words = [t.lower_ for t in doc[i:k]]
    if head_kind(words, lex) is not None or _names_a_body(words, lex) or words[-1] in (
            lex.trades):
        return i  # ("Orbit Housing said": a firm named by its trade)
    if doc[k].lower_ in lex.plural_agreements:
        return i  # "Brookvale Maintenance have suggested": a body's people, not one person
    if doc[k].lower_ in lex.speech_verbs or (
            k + 1 < n and doc[k].lower_ in lex.speech_auxiliaries
            and doc[k + 1].lower_ in lex.speech_verbs):
        return k  # "Jo Hale said", "Jo Hale had explained"
    if k + 1 < n and doc[k].lower_ in ("be", "was", "is") and (
            doc[k + 1].lower_ in lex.appointment_verbs):
        return k  # "that Ama Osei be appointed Vice-Chair", "Jo Hale was elected Chairman"
    if doc[k].text == ",":
        close = next((c for c in range(k + 1, min(n, k + 14)) if doc[c].text == ","), None)
        if close is not None and close + 1 < n and doc[close + 1].lower_ in lex.speech_verbs \
                and any(t.lower_ in lex.post_heads for t in doc[k + 1 : close]):
            return k
    return i


def _after_opening_phrase(doc: Doc, i: int) -> bool:
    """Whether a clause opens at ``i`` after a short phrase and a comma: "In response, Femi
    Ade said …", "On the budget, Jo Hale explained …". The phrase starts the sentence and
    holds no more than four words."""
    if doc[i - 1].text != ",":
        return False
    j = i - 2
    while j >= 0 and i - j <= 6 and not (doc[j].is_sent_start or doc[j].text in (".", ";", ":")):
        j -= 1
    return j >= 0 and i - j <= 6 and (doc[j].is_sent_start or doc[j].text in (".", ";", ":"))


def _named_as_agent(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name after a verb of speech or proposal in the passive and "by": "the
    report was presented by Tunde Bakare.", "proposed by Ama Boateng, seconded by …". Two or
    three name words that name no body, then the clause's end (a full stop, comma, bracket,
    "and" or ";"). ``i`` when there is none."""
    if i < 2 or doc[i - 1].lower_ != "by" or doc[i - 2].lower_ not in lex.agent_verbs:
        return i
    if (k := _initialled_agent(doc, i, lex)) > i:
        return k
    k = _name_words_end(doc, i, lex)
    # honours after the name ("seconded by Jo Hale OBE and …") are no part of it
    after = k + 1 if k < len(doc) and doc[k].text in lex.honours else k
    if k - i < 2 or len(doc[k - 1].text) == 1 or (
            after < len(doc) and doc[after].text not in (".", ",", "(", ";", "and", ")")):
        return i
    words = [t.lower_ for t in doc[i:k]]
    if head_kind(words, lex) is not None or _names_a_body(words, lex) or _no_surname(
            words[-1], lex):
        return i
    return k


def _no_surname(word: str, lex: Lexicon) -> bool:
    """A last word that ends a trade's, street's, dwelling's or nation's name ("Builders",
    "Close", "Farm", "Welsh"), so the words before it after "moved by" name no person."""
    return word in lex.trades | lex.street_words | lex.dwellings | lex.nations


def _initialled_agent(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of an untitled name by initials after "moved by", "seconded by": "proposed by
    P A Hale, seconded by R. Dean:". Parish and county minutes alike print a mover so, and a
    lone initial "A" there is no article. The clause must end after the name (its honours
    aside): a stop, a comma, a colon, a bracket, "and" or "that"
    (``people.mover_clause_ends``); ``i`` when there is none
    ("moved by A Report's author" goes on)."""
    k = _initialled_entry(doc, i, lex)
    if k == i:
        return i
    after = k + 1 if k < len(doc) and doc[k].text in lex.honours else k
    if after < len(doc) and doc[after].text not in lex.mover_clause_ends:
        return i
    if head_kind([doc[k - 1].lower_], lex) is not None or _no_surname(doc[k - 1].lower_, lex):
        return i
    if k - i == 2 and doc[i].text == "A" and _lower_on_page(doc, doc[k - 1].lower_):
        return i  # "moved by A Motion that …": the article and a word the page writes small
    return k


def _initialled_entry(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of an untitled "C. Bell", "R W Dean" or "K.C. Fox" at ``i``: one to three
    initials, then one surname that heads no post or body; ``i`` when there is none."""
    n, k = len(doc), i
    initials = load().rx("attendance", "list_initials")  # "C", "C.", "K.C.", "S.P"
    while k < n and k - i < 3 and initials.fullmatch(doc[k].text):
        k += 1
    if k == i or k >= n or not _name_word(doc[k], lex) or doc[k].text in lex.honours:
        return i
    return k + 1


def _initialled_list(doc: Doc, i: int, lex: Lexicon, spans: list[Span]) -> list[tuple[int, int]]:
    """The untitled names of a list written by initials and surname, parted by commas, "and"
    or "&", each perhaps with a capacity or body in brackets: "Members of the Public C. Bell,
    D. Bell, K. Hale", "F. Dean (Chief Executive), P. Fox (Democratic Services) and
    K. Hale". Two entries at least, or one after a separator that a person's name or its
    brackets end (the last of a list whose others a title rule read). Nothing else in minutes
    is written so: a body's or a post's name opens on no initial."""
    n = len(doc)
    out: list[tuple[int, int]] = []
    first_run_on = None  # the first entry that no separator parts from the one before
    a = i
    while a < n:
        b = _initialled_entry(doc, a, lex)
        if b == a:
            break
        out.append((a, b))
        c = b
        if c < n and load().rx("attendance", "name_end_style").fullmatch(doc[c].text):
            c += 1  # "M J Mottram Esq", "Esquire": a gentleman's style, no part of the name
        if c < n and doc[c].text == "(":
            if (close := _bracket_close(doc, c, 12)) is None:
                break
            c = close + 1
        if c < n and doc[c].text in _LIST_SEPARATORS:
            a = c + 1
        elif c < n and _initialled_entry(doc, c, lex) > c:
            # "P Vale G Thorne S Hughes": a roll run on a line with no commas
            first_run_on = len(out) if first_run_on is None else first_run_on
            a = c
        else:
            break
    if first_run_on is not None and len(out) < 3:
        out = out[:first_run_on]  # two run on may be anything ("J Hale A Report"): three
    if len(out) >= 2:
        return out
    if len(out) == 1 and (_after_post_and_colon(doc, i, out[0][1], lex)
                          or _after_body_name(doc, i, out[0][1], lex)):
        return out
    if out and i >= 2 and doc[i - 1].text in (",", "and", "&") and is_cap(doc[i - 2]) and any(
            s.label_ == PERSON and s.end == i - 1 for s in reversed(spans)):
        return out  # (the word's capital asked before the spans are scanned, latest first)
    return []


def _after_post_and_colon(doc: Doc, i: int, k: int, lex: Lexicon) -> bool:
    """Whether the one initialled name at ``i`` (ending at ``k``) is the holder of a post
    printed just before it, with a colon or a dash or with none: "Deputy Town Clerk: N A
    Eaton.", "Parish Clerk – A Benson", "Town Secretary A Padgett", "Chairman D Maxwell", as
    rolls of every kind of council list their officers. The post's head is capitalised, no
    word in lower case follows the name ("Clerk: A Report was circulated" is a sentence whose
    article opens it), and a lone "A" after the head, with its colon or dash or without, is
    an initial only when its "surname" is no word the page writes small ("Treasurer: A
    Budget." over "the budget was agreed" is a heading's article and noun, as "Clerk: A
    Summary" is; "Clerk: A Benson" is the clerk)."""
    head = i - 2 if i >= 2 and doc[i - 1].text in (":", "–", "-", "—") else i - 1
    if head < 0 or not (is_cap(doc[head]) and doc[head].lower_ in lex.post_heads):
        return False
    if k < len(doc) and doc[k].is_lower:
        return False
    return not (k - i == 2 and doc[i].text == "A" and _lower_on_page(doc, doc[k - 1].lower_))


def _after_body_name(doc: Doc, i: int, k: int, lex: Lexicon) -> bool:
    """Whether the one initialled name at ``i`` (ending at ``k``) follows the name of the
    body its holder sits for, with no separator: "Westby Borough Council D Vane Eastby City
    Council J Orme", "Northby Council M J Lusk, Northby Council", as joint committees,
    panels and fire authorities print their rolls, each member after or before the council
    (the last word before the name is a body's head, capitalised). No word in lower case
    follows the name, and its surname is no word the page writes small ("the Council A
    Report was noted", "Trust B Meeting": a body's name, an article or a letter, a noun)."""
    if i < 1 or not (is_cap(doc[i - 1]) and doc[i - 1].lower_ in lex.org_heads) or (
            doc[i - 1].lower_ in lex.venue_heads):
        return False  # (a building's name is no body a member sits for: "Health Centre G.P.
        # Vacancies" is an item's title)
    if k < len(doc) and doc[k].is_lower:
        return False
    return not _lower_on_page(doc, doc[k - 1].lower_)


def _lettered(doc: Doc, entries: list[tuple[int, int]]) -> bool:
    """Whether a list of "initial and surname" entries is a list of things lettered in
    turn, or of common words: "Options A Retain, B Sell and C Lease", "Sites A Hillside, B
    Meadow and C Orchard" (single letters from A in order, straight after the word that
    names what they are), or two entries or more whose "surnames" all stand in lower case
    elsewhere on the page ("retain", "lease"), words, not names. One name alone may be a
    word too ("K. Ward" on a page of wards), and stays."""
    if len(entries) < 2:
        return False
    letters = "".join(doc[a].text.rstrip(".") for a, b in entries if b - a == 2)
    first = entries[0][0]
    if letters == _ALPHABET[: len(entries)] and first > 0 and (
            doc[first - 1].is_alpha and doc[first - 1].lower_ not in name_tail_words(load())):
        return True  # (after a word of its own: a roll's "Present: A Bell, B Dean" is names)
    if letters == _ALPHABET[: len(entries)] and entries[1][0] == entries[0][1]:
        # "Phase 1 A Bell B Dean C Ford", "SU 123 456 A Road B Lane C Street": run on with
        # no commas, A, B, C in turn letter things whatever stands before them; a run-on
        # roll of people whose initials fall so is a chance too rare to read for
        return True
    lower = _lower_words(doc)
    return all(doc[b - 1].lower_ in lower for a, b in entries)


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FAILED_LISTS = "people_failed_lists"  # perdoc.kept's key: (start, plural) of lists read
# past that did not close (``_listed_surnames``)


def _initial(tok) -> bool:
    """A lone initial in a list of members: "L", "L.". Looser than ``names._LONE_INITIAL``
    ("P", "P."), which it takes whole, in two ways only: any capital letter, not A-Z alone
    ("É.", "Ó."), and any run of dots after it ("L..", a typo). Limited to ASCII and one dot
    it is that pattern exactly (a test holds it so); it stays a test of its own, not a pattern
    built from that one, because Python's ``re`` has no class of capital letters as
    ``str.isupper`` reads them."""
    return len(tok.text.rstrip(".")) == 1 and tok.text[0].isupper()


def _listed_surnames(doc: Doc, k: int, lex: Lexicon, spans: list[Span],
                     plural: bool = False) -> int:
    """The rest of a list of members under one title: "Councillors Hale (Vice-Chair), Osei
    and Brook", "Councillor Mrs Hale, Osei and Brook". Each entry is a surname (with its own
    title or initials, perhaps) and the list must close with "and": a comma alone may be
    followed by anything ("Councillor Hale, Leader of the Council"). Under a plural title
    (``plural``), a list that the line's or the sentence's end closes is whole too, as rolls
    print one group to a line: "Councillors Bell, Dean, Fox"."""
    failed = kept(doc).setdefault(_FAILED_LISTS, set())
    if (k, plural) in failed:
        return k  # read before, from an earlier title, as part of a list that did not close
    entries: list[tuple[int, int]] = []
    brackets: list[tuple[int, int]] = []
    n, i = len(doc), k
    closing = False
    not_surname = lex.union("post_heads", "org_heads", "programme_heads", "not_name_start",
                            "connectors")
    while i < n:
        if doc[i].text == "(":  # "(Vice-Chair)" after a name
            if (close := _bracket_close(doc, i, 8)) is None:
                break
            brackets.append((i + 1, close))
            i = close + 1
            continue
        if doc[i].text in lex.honours and (i == k or (entries and entries[-1][1] == i)):
            i += 1  # "Councillors Hale OBE, Osei JP and Brook": honours after an entry
            continue
        lost_comma = entries and entries[-1][1] == i and _initial(doc[i]) and (
            i + 1 < n and is_cap(doc[i + 1]))  # "D.Fox L. Hale": a list's lost comma
        if doc[i].text not in (",", ";") and doc[i].lower_ not in ("and", "&") and not lost_comma:
            break  # (";" parts entries whose bodies are named in brackets: "Hale (Barry TC);")
        closing = doc[i].lower_ in ("and", "&")
        a = i + (not lost_comma)
        while a < n and doc[a].text in (",", ";"):
            a += 1
        if a < n and doc[a].lower_ in ("and", "&"):
            closing, a = True, a + 1
        b = a
        while b < n and b - a < 3 and (is_cap(doc[b]) or _PARTICLE.fullmatch(doc[b].text)) and (
            doc[b].text.replace(".", "").replace("-", "").replace("'", "").isalpha()
        ) and doc[b].text not in lex.honours and (
            doc[b].lower_ not in not_surname
               or (len(doc[b].text) == 1 and b + 1 < n and is_cap(doc[b + 1]))):
            b += 1  # "… and A Hunter": an initial, not the article
            if b < n and _initial(doc[b]) and any(not _initial(t) for t in doc[a:b]) and (
                    _initial(doc[a]) or _INITIAL_DOT_NAME.fullmatch(doc[a].text)):
                break  # "H. Dean P. Fox": the next entry's initial
        if b == a or len(doc[b - 1].text.rstrip(".")) == 1:
            break  # no entry, or initials with no surname
        if all(t.lower_ in lex.person_titles for t in doc[a:b]):
            break  # "Cllr. Jones and Cllr. Marshall": a titled name of its own follows
        if (b < n and is_cap(doc[b]) and doc[b].text not in lex.honours and not (
                _initial(doc[b]) and b + 1 < n and is_cap(doc[b + 1]))) or any(
                not part[:1].isupper() for t in doc[a:b] for part in t.text.split("-")
                if not _PARTICLE.fullmatch(t.text)):
            break  # "and Co-opted Members": a phrase, not a surname
        if _known_body_from(doc, a, lex):
            closing = False  # "Cllr Hale, Perth and Kinross Council": a body, no list of
            break  # members (councils.toml, bodies.toml)
        entries.append((a, b))
        i = b
        if closing:
            break
    else:
        closing = False
    if plural and not closing and entries:
        e = entries[-1][1]
        closing = e >= n or doc[e].is_space or doc[e].text in (".", "(")
    if not entries or not closing:
        # A list that does not close from here does not close from any of its entries'
        # ends either: the scan from there goes the same way (but where the end of an
        # entry could be a list's lost comma, which a scan from there does not read) and
        # ends the same. Each title in a long roll ("Cllr Alan Bell, Cllr Carl Dean, …")
        # once scanned the rest of the roll again: quadratic (46 s on 5,000 characters).
        failed.update((b, plural) for _, b in entries if not (
            b < n and _initial(doc[b]) and b + 1 < n and is_cap(doc[b + 1])))
        return k
    for a, b in entries:
        words = doc[a:b]
        while len(words) > 1 and words[0].lower_ in lex.person_titles:
            words = words[1:]
        _mark_person(doc, a, b, spans, label=_phrase(words))
    for a, b in brackets:
        # "Councillors Hale (substitute Cllr Osei), Brook and Lee": a titled name in an
        # entry's brackets is a person too
        t = next((t for t in range(a, b - 1) if doc[t].lower_ in lex.person_titles
                  and is_cap(doc[t + 1]) and doc[t + 1].lower_ not in lex.person_titles), None)
        if t is not None:
            e = t + 1
            while e < b and e - t <= 3 and _name_word(doc[e], lex):
                e += 1
            if e > t + 1 and e == b:
                _mark_person(doc, t + 1, e, spans)
    return entries[-1][1]


