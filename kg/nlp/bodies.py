"""The ``ckg_known_bodies`` component: bodies the lexicon knows by name, council
acronyms, and acronyms the text spells out or uses as a body."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.nlp.lexicon import (
    _AUXILIARIES,
    _POST_OWNERS,
    ORG,
    PERSON,
    POST,
    PROGRAMME,
    Lexicon,
    _council_acronym,
    lexicon,
    scheme_of,
)
from kg.nlp.names import _generic, _mark, _org_cue, _person_at, head_kind, is_cap
from kg.nlp.spanindex import SpanIndex
from kg.patterns import council_run_on


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
        # Known schemes in lower case too ("the household support fund", "the community
        # speedwatch scheme"): their names are distinctive whatever the case.
        self.programmes = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.programmes.add(PROGRAMME, list(nlp.tokenizer.pipe(sorted(lexicon().programme_known))))
        # National schemes whose names are common words too ("Prevent", "Housing First"):
        # only as printed, capitalised
        self.exact_schemes = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.exact_schemes.add(PROGRAMME, list(nlp.tokenizer.pipe(lexicon().scheme_exact)))
        # National schemes whose names hold a lower-case word that joins no name ("Farming
        # in Protected Landscapes", "Help to Buy"): as printed, capitalised, anywhere
        self.inner_lower_schemes = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.inner_lower_schemes.add(PROGRAMME, list(nlp.tokenizer.pipe(
            lexicon().scheme_inner_lower)))
        # Known bodies whose names hold a small word that joins no name ("Children in Care
        # Council", "Business in the Community"): the capitalised-name rules read the words
        # after it as a name of its own ("Care Council")
        self.inner_lower_bodies = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.inner_lower_bodies.add(ORG, list(nlp.tokenizer.pipe(lexicon().org_inner_lower)))

    def __call__(self, doc: Doc) -> Doc:
        lex = lexicon()
        spans: list[Span] = _shared_tiers(doc, list(doc.spans.get("ckg", [])), lex)
        taken = {i for s in spans for i in range(s.start, s.end)}
        for _, start, end in self.matcher(doc):
            if not any(i in taken for i in range(start, end)):
                _mark(doc, start, end, ORG, spans)
                taken.update(range(start, end))
        # the posts among the spans by where they start and end, in the spans' order: each
        # known post's match looks only at those inside it (it scanned every span, and every
        # match on a long line of posts and names made that quadratic: 5,000 characters 6 s)
        posts = SpanIndex(spans, keep=lambda s: s._.kind == POST)
        for _, start, end in sorted(self.posts(doc), key=lambda m: (m[1], -m[2])):
            joined = [s for s in posts.starting_in(start + 1, end) if end < s.end
                      and doc[end].lower_ in ("and", "&") and head_kind(
                          [t.lower_ for t in doc[end + 1 : s.end]], lex) == POST]
            if joined and not any(i in taken for i in range(start, joined[0].start)) and all(
                    is_cap(t) for t in doc[start:end]):
                # "Monitoring Officer and Chief Legal Officer": the names rules, which do not
                # start a name at "Monitoring", read "Officer and Chief Legal Officer"; the
                # known post and the one after "and" are two posts
                spans = [s for s in spans if s is not joined[0]]
                posts.drop([joined[0]], same=lambda s, gone: s is gone[0])
                _mark(doc, start, end, POST, spans)
                _mark(doc, end + 1, joined[0].end, POST, spans)
                posts.add(spans[-2:])
                taken.update(range(start, joined[0].end))
                continue
            inside = [s for s in posts.starting_in(start + 1, end + 1) if s.end == end]
            if inside and not any(i in taken for i in range(start, inside[0].start)):
                # "the Member Services Officer": the names rules read "Services Officer"
                spans = [s for s in spans if s not in inside]
                posts.drop(inside, same=lambda s, gone: s in gone)
                taken.difference_update(range(start, end))
            # "The Monitoring Officer", "the Cabinet member": capitalised too, where the
            # names rules do not start a name ("Monitoring" opens sentences more often)
            if not any(i in taken for i in range(start, end)) and (
                    _owned(doc, start) or _titled_after_article(doc, start)
                    or _named_as_role(doc, start, end, lex)
                    or _holders_together(doc, start, end, lex)
                    or _owner_shared(doc, start, posts.ending_at(start - 1))) and not any(
                    t.is_upper and len(t) > 1 for t in doc[start:end]):
                _mark(doc, start, end, POST, spans)
                posts.add(spans[-1:])
                taken.update(range(start, end))
        # the tokens each span starts at or covers: a capacity's words with none of them have
        # no post inside them to give way, and the spans are not filtered for it (filtering
        # them all for each capacity on a long line of them was quadratic)
        covered = {i for s in spans for i in range(s.start, max(s.end, s.start + 1))}
        for body in [s for s in spans if s._.kind == ORG]:
            start = _capacity_in(doc, body.start, taken, lex)
            if start is not None:
                # "as a trustee of Westbury Hospice", "is manager of the Youth Team": the
                # post held in a body the text names, with the body (which stays a body too)
                if not covered.isdisjoint(range(start, body.start + 1)):
                    spans = [s for s in spans if not (
                        s._.kind == POST and start <= s.start and s.end <= body.start)]
                _mark(doc, start, body.end, POST, spans)
                covered.update(range(start, body.end))
                taken.update(range(start, body.start))
        for tok in doc:
            if tok.i not in taken and tok.lower_ in lexicon().post_held_in and (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "for")):
                _mark(doc, tok.i, tok.i + 1, POST, spans)  # "a trustee of the Hospice"
                taken.add(tok.i)
                _body_held_in(doc, tok.i, spans, lex)
        for tok in doc:
            if tok.i not in taken and tok.text == "chair" and _chair_as_holder(doc, tok.i, lex):
                _mark(doc, tok.i, tok.i + 1, POST, spans)  # "the chair welcomed all"
                taken.add(tok.i)
        for tok in doc:
            if tok.i in taken or tok.lower_ not in lexicon().post_lower_case_heads or not (
                    tok.is_lower):
                continue
            start = _described_post(doc, tok.i, lexicon())
            if start is not None and not any(i in taken for i in range(start, tok.i + 1)):
                _mark(doc, start, tok.i + 1, POST, spans)  # "the contract manager"
                taken.update(range(start, tok.i + 1))
        for _, start, end in sorted(self.programmes(doc), key=lambda m: (m[1], -m[2])):
            if any(i in taken for i in range(start, end)) or (any(
                    is_cap(t) for t in doc[start:end]) and all(
                    is_cap(t) or t.lower_ in lexicon().connectors for t in doc[start:end])):
                # capitalised, the names rules read it (and what runs on from it); a name
                # with a lower-case word they do not join ("Right to Buy") is read here
                continue
            if end < len(doc) and doc[end].lower_ in lexicon().programme_trailing:
                end += 1  # "the community speedwatch scheme"
            _mark(doc, start, end, PROGRAMME, spans)
            taken.update(range(start, end))
        spans = self._exact_schemes(doc, spans, taken)
        spans = self._inner_lower_schemes(doc, spans, taken)
        spans = self._inner_lower_bodies(doc, spans, taken)
        named = {scheme_of(s.text) for s in spans if s._.kind == PROGRAMME}
        for tok in doc:
            if _in_reference(doc, tok.i):
                continue  # "12/02348/LBC": a planning application's type, no council
            scheme = lexicon().scheme_acronyms.get(tok.text)
            if tok.i not in taken and scheme and (
                    scheme in named or tok.text in lexicon().scheme_acronyms_alone or (
                        tok.text in lexicon().scheme_acronyms_long
                        and not _initials_among_capitals(doc, tok.i))):
                # "UKSPF", "JSNA": a national scheme's initials, printed as such ("CIL"
                # only where the levy is named too: short initials stand for local bodies;
                # "the LDP", "SPS claims" alone, initials of that scheme only)
                _mark(doc, tok.i, tok.i + 1, PROGRAMME, spans)
                taken.add(tok.i)
            # "CDC", "BDBC", "KCC": a council by its acronym, as parish minutes name their
            # district and county councils ("… District Council" → "…DC").
            if tok.i not in taken and tok.text in lexicon().post_honours and (
                    _seat_alone(doc, tok.i, taken)):
                # "contacted SEPA and MSP", "the Chief Executive and MP": a seat in a
                # legislature by its initials alone is the member's post, no body; with
                # the constituency it is held for ("the MP for East Westshire")
                end = _constituency_end(doc, tok.i + 1, taken)
                _mark(doc, tok.i, end, POST, spans)
                taken.update(range(tok.i, end))
            elif tok.i not in taken and _council_acronym(tok.text, lexicon()) and not (
                    _police_rank(doc, tok.i, lexicon())):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)
                taken.add(tok.i)
            elif tok.i not in taken and _acronym_as_body(doc, tok.i, lexicon()):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "the NIEA would be attending"
                taken.add(tok.i)
            elif tok.i not in taken and lexicon().org_acronym_re.fullmatch(tok.text):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "TfGM", "DfI": mixed-case initials
                taken.add(tok.i)
            elif tok.i not in taken and (not_before := lexicon().org_exact_acronyms.get(
                    tok.text)) is not None and not (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in not_before):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "the SIC", never a "SIC code"
                taken.add(tok.i)
            elif tok.i not in taken and _spelt_out_body(doc, tok.i, lexicon()):
                _mark(doc, tok.i, tok.i + 1, ORG, spans)  # "NRW (Natural Resources Wales)"
                taken.add(tok.i)
        _defined_bodies(doc, spans, taken, lexicon())
        _listed_with_bodies(doc, spans, taken, lexicon())
        _bodies_in_posts(doc, spans, lexicon())
        _council_of_seat(doc, spans, lexicon())
        spans = [part for s in spans for part in _council_run_on(doc, s, lexicon())]
        spans = [part for s in spans for part in _conjoined_bodies(doc, s, lexicon())]
        spans = [s for s in spans if not _attributive(doc, s, lexicon())]
        doc.spans["ckg"] = spans
        return doc

    def _exact_schemes(self, doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
        """National schemes whose names are common words too ("Prevent", "Safety Valve",
        "Housing First"), marked where printed capitalised inside a sentence: at a sentence's
        start the capital is the sentence's ("Prevent the loss of …")."""
        for _, start, end in sorted(self.exact_schemes(doc), key=lambda m: (m[1], -m[2])):
            if doc[start].is_sent_start or any(i in taken for i in range(start, end)) or (
                    start > 0 and is_cap(doc[start - 1]) and not doc[start - 1].is_sent_start):
                continue  # "Rural Families First": the end of a longer name, another's
            if end < len(doc) and doc[end].lower_ in lexicon().programme_trailing:
                end += 1  # "the Prevent programme"
            _mark(doc, start, end, PROGRAMME, spans)
            taken.update(range(start, end))
        return spans

    def _inner_lower_schemes(self, doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
        """National schemes whose names hold a lower-case word the names rules do not join
        ("a Farming in Protected Landscapes grant", "the Help to Buy scheme"), marked where
        printed capitalised, in place of the two names the rules read in them."""
        for _, start, end in sorted(self.inner_lower_schemes(doc), key=lambda m: (m[1], -m[2])):
            if end < len(doc) and doc[end].lower_ in lexicon().programme_trailing:
                end += 1  # "the Help to Buy scheme"
            spans = _mark_whole(doc, start, end, PROGRAMME, spans, taken)
        return spans

    def _inner_lower_bodies(self, doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
        """Known bodies whose names hold a small word in lower case that joins no name
        ("the Children in Care Council", "Business in the Community"), marked where their
        other words are printed capitalised, in place of the names the rules read in them
        ("Care Council"). Not where a name runs on past it, nor in lower case ("children
        in care")."""
        lex = lexicon()
        for _, start, end in sorted(self.inner_lower_bodies(doc), key=lambda m: (m[1], -m[2])):
            words = doc[start:end]
            small = lex.org_inner_small_words | lex.connectors
            if not all(is_cap(t) or (t.is_lower and t.lower_ in small) for t in words) or (
                    not is_cap(words[-1])):
                continue
            spans = _mark_whole(doc, start, end, ORG, spans, taken)
        return spans


def _attributive(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """Whether a body's span is the government in general standing as an attribute of the
    noun after it ("current Government guidelines", "confirmed by Government priorities"),
    or a national body naming an occasion or a pledge of its own ("Armed Forces Day", "the
    EU Referendum"): what the guidelines or the day are, no body that acts, which readers
    do not list (``organisations.attributive``). "The Government will subsidise fares",
    "exit from the EU" still name it."""
    nouns = lex.org_attributive.get(span.text.lower()) if span._.kind == ORG else None
    return nouns is not None and span.end < len(doc) and doc[span.end].lower_ in nouns


def _mark_whole(doc: Doc, start: int, end: int, kind: str, spans: list[Span],
                taken: set[int]) -> list[Span]:
    """Mark a known name whose inner lower-case word the names rules do not join ("Help to
    Buy", "Children in Care Council") as one span of ``kind``, in place of the names the rules
    read inside it ("Buy scheme", "Care Council"); a name that runs on past it, or a mark of
    its own already there, keeps it (the spans unchanged)."""
    inside = [s for s in spans if start <= s.start and s.end <= end]
    covered = {i for s in inside for i in range(s.start, s.end)}
    if any(i in taken and i not in covered for i in range(start, end)) or any(
            s._.kind == kind and (s.start, s.end) == (start, end) for s in inside):
        return spans
    spans = [s for s in spans if s not in inside]
    _mark(doc, start, end, kind, spans)
    taken.update(range(start, end))
    return spans


# Words that join the capitalised words of a name spelt out before its acronym, and have no
# letter in it: "Friends of Westbury Park (FWP)", "Tees and Wear Homes (TWH)".
_INITIAL_CONNECTORS = ("of", "and", "&", "the", "for")


def _defined_bodies(doc: Doc, spans: list[Span], taken: set[int], lex: Lexicon) -> None:
    """A name spelt out with its acronym in brackets ("Adoption Tees Valley (ATV)") and no
    head word to say what it is, is a body's when the acronym is used as a body's elsewhere
    in the text (already read as one, or acting: "ATV had placed", "DCT would attend") or a
    cue before the name says so ("support from Westbury Voices (WV)"). The name and every
    bare use of the acronym are then the body (the prose links the two as one). A
    definition is what makes a short acronym's act a body's: undefined, "ATV had" may be a
    member's initials."""
    for close, tok in enumerate(doc):
        if not (tok.text == ")" and close >= 3 and doc[close - 2].text == "("):
            continue
        acr = doc[close - 1]
        start = _spelt_out_start(doc, close - 2, acr.text)
        if start is None or any(i in taken for i in range(start, close)) or head_kind(
                [t.lower_ for t in doc[start : close - 2]], lex) is not None:
            continue
        uses = [t.i for t in doc if t.text == acr.text and t.i != acr.i]
        if not (any(s._.kind == ORG and (s.start, s.end) == (u, u + 1) for s in spans
                    for u in uses) or any(_acts(doc, u, lex) for u in uses)
                or _org_cue(doc, start, close - 2, lex, spans)):
            continue
        _mark(doc, start, close - 2, ORG, spans)
        taken.update(range(start, close - 2))
        for u in (acr.i, *uses):
            if u not in taken:
                _mark(doc, u, u + 1, ORG, spans)
                taken.add(u)


def _listed_with_bodies(doc: Doc, spans: list[Span], taken: set[int], lex: Lexicon) -> None:
    """A name of two capitalised words or more, with no head word, listed beside bodies is a
    body too: "services provided by Catalyst Partners and Devon Communities Together", "Kier,
    Westbury Voices and Sustrans" (a conjunct is of the kind of the others). Not a person's
    name (the names rules read those first), nor a name whose words name a post, a
    programme, money or a committee ("Sport England and Lottery Funding"), nor a street's
    ("the Wellbeing Centre, Church Lane")."""
    orgs = sorted((s.start, s.end) for s in spans if s._.kind == ORG)
    for start, end in orgs:
        for a, b in (_conjunct_after(doc, end), _conjunct_before(doc, start)):
            if a is None or b - a < 2 or any(i in taken for i in range(a, b)):
                continue
            words = [t.lower_ for t in doc[a:b]]
            if head_kind(words, lex) is not None or doc[a].lower_ in (
                    lex.person_titles | lex.not_name_start) or doc[a].text in lex.given_names or (
                    all(t.is_upper for t in doc[a:b])) or any(
                    w in lex.committee_words | lex.post_heads | lex.programme_heads
                    | lex.money_words for w in words) or words[-1] in lex.street_words:
                continue
            _mark(doc, a, b, ORG, spans)
            taken.update(range(a, b))


def _bodies_in_posts(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """The body a post names after "of" or "for" is a body too: "Vice Chancellor of the
    University of Westbury", "Cabinet Member for Finance for Westshire County Council",
    "Director of Northvale Homes Ltd". The names
    rules read the whole run as the post (which it is); the guide lists the body as well, as
    it does a body named in a capacity ("as a trustee of Westbury Hospice"). The first run
    after an "of" that is a body's name, capitalised: ending in a body's head word, or with
    one before its own "of" ("University of …"), or a known body's initials, its other "of"s
    after head words. After "for" only a council or a known body ("Cabinet Member for
    Leisure and Community Partnerships" names a portfolio). Not a department ("Head of Legal
    Services": the lexicon's `parts` and `post_parts`), a function ("Director of Public
    Health"), two bodies listed ("Director for A Ltd and B Ltd", read by the rules of
    lists), nor a body the text names there already."""
    bodies = {(s.start, s.end) for s in spans if s._.kind == ORG}
    for post in [s for s in spans if s._.kind == POST and s.end - s.start >= 3]:
        for k in range(post.start + 1, post.end - 1):
            if doc[k].lower_ not in ("of", "for"):
                continue
            start = k + 1 + (doc[k + 1].lower_ == "the")
            words = [t.lower_ for t in doc[start : post.end]]
            if doc[k].lower_ == "for" and words and words[-1] != "council" and (
                    " ".join(words) not in lex.org_known):
                continue  # "Cabinet Member for Leisure and Community Partnerships": a portfolio
            if start >= post.end or not is_cap(doc[start]) or (
                    words[-1] in lex.post_part_heads) or any(
                    (w == "for" or (w == "of" and words[j - 1] not in lex.org_heads))
                    for j, w in enumerate(words) if j > 0) or words[0] in ("of", "for") or any(
                    w in lex.post_heads or w.endswith(("'s", "’s")) for w in words) or any(
                    w in ("and", "&") and words[j - 1] in lex.org_heads
                    for j, w in enumerate(words) if j > 0) or not (
                    words[-1] in lex.org_heads or (len(words) == 1 and words[0] in lex.org_known)
                    or ("of" in words and words[words.index("of") - 1] in lex.org_heads)):
                continue
            if head_kind(words, lex) == ORG and not any(
                    a <= start and post.end <= b for a, b in bodies):
                _mark(doc, start, post.end, ORG, spans)
                bodies.add((start, post.end))
            break


# Small words a council's name may hold in lower case ("Patient and Client Council")
_NAME_JOINS = frozenset({"and", "of", "&"})


def _council_of_seat(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """The council a seat on a joint body is held for, named before the seat's word: "a
    Northby District Council Member", "(Westshire Council Member)", "Patient and Client
    Council Representative" (``organisations.council_seat_words``). The names rules read the
    whole as one post, and it stays one; the council is an outside body as well, as the same
    council named before "Members" is. Only a council its name tells apart: a word before
    "Council" that is no tier's ("a County Council Member", "the Parish Council Rep", "Town
    and Community Council Representative" name no one council, and readers list such bare
    tiers one way or the other), nor one opened by a word that says which seat it is ("the
    New Council Member": ``organisations.council_seat_not_names``); every word capitalised
    but a name's "and", "of" or "&"; not where a body is read inside already."""
    # the tokens bodies cover, once: a line of many seats and bodies is read in linear time
    covered = {i for s in spans if s._.kind == ORG for i in range(s.start, s.end)}
    for post in [s for s in spans if s._.kind == POST and s.end - s.start >= 3]:
        end = post.end - 1
        if doc[end].lower_ not in lex.council_seat_words or doc[end - 1].lower_ != "council":
            continue
        words = doc[post.start : end]
        named = all(is_cap(t) or t.lower_ in _NAME_JOINS for t in words) and is_cap(
            words[0]) and words[0].lower_ not in lex.council_seat_not_names
        if not named or all(t.lower_ in lex.council_tier_words or t.lower_ in _NAME_JOINS
                            for t in words[:-1]) or any(
                t.lower_ in lex.post_heads for t in words[:-1]) or not covered.isdisjoint(
                range(post.start, end)):
            continue
        _mark(doc, post.start, end, ORG, spans)
        covered.update(range(post.start, end))


def _conjunct_after(doc: Doc, end: int) -> tuple[int | None, int]:
    """The run of capitalised words after a list's comma, "and", "&" or "or" at ``end``."""
    if end >= len(doc) or doc[end].lower_ not in (",", "and", "&", "or"):
        return None, 0
    k = end + 1
    while k < len(doc) and is_cap(doc[k]) and doc[k].is_alpha and not doc[k].is_sent_start:
        k += 1
    if k < len(doc) and (doc[k].text in ("(", "'s", "’s") or is_cap(doc[k])):
        return None, 0  # the run goes on in a way this does not read
    return end + 1, k


def _conjunct_before(doc: Doc, start: int) -> tuple[int | None, int]:
    """The run of capitalised words before a list's "and", "&" or "or" at ``start - 1``."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&", "or"):
        return None, 0
    k = start - 1
    while k > 0 and is_cap(doc[k - 1]) and doc[k - 1].is_alpha:
        k -= 1
    if k == start - 1 or doc[k].is_sent_start or (k > 0 and (
            is_cap(doc[k - 1]) or doc[k - 1].lower_ in ("the", "a", "of"))):
        return None, 0
    return k, start - 1


def _spelt_out_start(doc: Doc, bracket: int, acronym: str) -> int | None:
    """Where the capitalised name before the bracket at ``bracket`` starts, when its words'
    initials are the acronym's letters (two to six capitals), else None."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return None
    k, letters = bracket, ""
    while k > 0 and len(letters) < len(acronym):
        t = doc[k - 1]
        if t.lower_ in _INITIAL_CONNECTORS and letters:
            k -= 1
            continue
        if not (is_cap(t) and t.is_alpha) or (t.is_sent_start and t.lower_ in ("the", "a")):
            return None
        letters = t.text[0] + letters
        k -= 1
    return k if letters == acronym and not doc[k].is_upper else None


def _in_reference(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` ends a reference code, joined by a slash with no space to
    figures before it ("W/12/02348/LBC", "23/0456/FUL"): the kind of application or file,
    no body's initials."""
    return i >= 2 and doc[i - 1].text == "/" and not doc[i - 1].whitespace_ and (
        not doc[i - 2].whitespace_ and any(c.isdigit() for c in doc[i - 2].text))


def _acts(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the word at ``i`` acts as a body does ("ATV had placed", "the DCT would
    attend"): one of ``organisations.acronym_acts`` after it, past auxiliaries."""
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].lower_ in _AUXILIARIES:
        k += 1
    return k < len(doc) and doc[k].lower_ in lex.acronym_acts


def _police_rank(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a council's acronym at ``i`` is a police officer's rank
    (``organisations.police_rank_acronyms``): "DCC Nicola Hale" (a given name and a
    capitalised word after it), "T/ACC", "A/DCC" (temporary, acting:
    ``organisations.police_rank_prefixes``). "DCC Highways", "the DCC", "Cllr Hale (DCC)"
    stay the council."""
    if doc[i].text not in lex.police_rank_acronyms:
        return False
    if i >= 2 and doc[i - 1].text == "/" and doc[i - 2].text in lex.police_rank_prefixes and not (
            doc[i - 1].whitespace_ or doc[i - 2].whitespace_):
        return True
    return i + 2 < len(doc) and doc[i + 1].text in lex.given_names and is_cap(doc[i + 2])


def _seat_alone(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether "MP", "MSP" at ``i`` with no name beside it is the seat: after an article or
    owner ("the MSP", "our MP", "the local MP"), or listed after a body or a post ("SEPA,
    Transport Scotland and MSP", "the Chief Executive and MP"). A member's initials act
    ("MP proposed", "seconded by KL and MP"): no article, no name listed before them."""
    k = i - 1
    if k >= 0 and doc[k].lower_ == "local":
        k -= 1
    if k >= 0 and doc[k].lower_ in ("the", "our", "their", "his", "her", "a", "an"):
        return True
    return k >= 1 and doc[k].lower_ in ("and", "&", ",", "or") and ((k - 1) in taken or (
        is_cap(doc[k - 1]) and not doc[k - 1].is_upper))


def _constituency_end(doc: Doc, k: int, taken: set[int]) -> int:
    """Where a seat's name ends when "for" and its constituency follow it: "the MP for East
    Westshire", "MP for SWN" (one to four capitalised words, or initials, none read
    already); else the seat ends at ``k``."""
    if k + 1 >= len(doc) or doc[k].lower_ != "for":
        return k
    e = k + 1
    while e < len(doc) and e - k <= 4 and e not in taken and (
            is_cap(doc[e]) or doc[e].is_upper) and doc[e].is_alpha:
        e += 1
    return e if e > k + 1 else k


def _shared_tiers(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Two tiers of council joined by "and" before one title name two posts: "County and
    District Councillor Vic Thorley", "both District & County Councillors reported" hold a
    seat on each council ("County Councillor", "District Councillor"). Whatever the earlier
    rules read in those four words (the first tier taken for a surname in a list of members,
    the whole run for one post, the second tier with the title) gives way to the two posts.
    Both tiers capitalised, as titles are: "county and district councillors" in lower case
    speaks of councillors in general."""
    # (only at an "and" or "&": four words sliced at every word cost more than the rest)
    for joint in doc:
        i = joint.i - 1
        if i < 0 or i >= len(doc) - 3 or joint.lower_ not in ("and", "&"):
            continue
        first, _, second, title = doc[i : i + 4]
        head = title.text.rstrip(".:-")  # "Councillors:-", a heading's colon run on
        if not (head.lower() in lex.shared_tier_heads
                and all(t.lower_ in lex.councillor_tiers and is_cap(t) for t in (first, second))
                and is_cap(title)) or any(s._.kind == PERSON and s.start < i < s.end
                                          for s in spans):
            continue  # ("Mr Ward and County Councillor Hale": a surname, then one post)
        spans = [s for s in spans if not (s.start < i + 4 and s.end > i and (
            s._.kind != PERSON or s.end <= i + 4))]
        head = head[:-1] if head.lower().endswith("s") else head
        for tier in (i, i + 2):
            post = Span(doc, tier, tier + 1 if tier == i else i + 4, label=POST)
            post._.kind, post._.label = POST, f"{doc[tier].text} {head}"
            spans.append(post)
    return spans


# Words before a post printed in lower case that make it one post: "the parish clerk", "our
# ward member", "the council's section 151 officer".


def _described_post(doc: Doc, head: int, lex: Lexicon) -> int | None:
    """The start of a post printed in lower case whose words before its head say what the
    holder does: "the contract manager", "the scheme co-ordinator", "the council's risk
    manager" (one or two such words, after "the" or an owner). Not "the relevant officer"
    (``posts.not_lower_case_posts``), nor a plural."""
    for size in (2, 1):
        start = head - size
        if start < 1 or not _owned(doc, start):
            continue
        words = doc[start:head]
        if all(t.is_alpha and t.is_lower and t.lower_ not in _not_described(lex)
               and not t.lower_.endswith("ly") for t in words):
            return start
    return None


def _initials_among_capitals(doc: Doc, i: int) -> bool:
    """Whether the capitals at ``i`` stand next to a word printed in capitals, where initials
    cannot be told from a word: "THE ELMS, CHURCH LANE", "THE SHIP INN", "a ZEBRA CROSSING"
    are a house, an inn and a crossing, no scheme ("ELMS", "SHIP", "ZEBRA" spell national
    schemes' initials). Long initials name their scheme alone only inside prose ("the
    ELMS payments", "part of the JSNA")."""
    return any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1
               for j in (i - 1, i + 1))


def _capacity_in(doc: Doc, body: int, taken: set[int], lex: Lexicon) -> int | None:
    """The start of a post held in the body that starts at ``body``, said of someone after
    "as", "is" or "being" ("declared an interest as a trustee of Westbury Hospice", "as
    chairman of the Village Hall Committee", "Jo is manager of the Youth Team"): the
    post's head (any case) before "of", "at" or "for", with up to two words before it that
    say which post ("school governor"). Not a member's seat ("as a member of the Board" is
    a membership, ``posts.not_capacities``), nor a post another rule read."""
    k = body - 1
    if doc[k].lower_ == "the":
        k -= 1
    head = k - 1
    if k < 2 or doc[k].lower_ not in ("of", "at", "for") or head in taken or (
            doc[head].lower_ not in lex.post_heads | lex.post_held_in) or (
            doc[head].lower_ in lex.not_capacities):
        return None
    start = head
    while head - start < 2 and start > 0 and start - 1 not in taken and (
            doc[start - 1].is_alpha) and doc[start - 1].lower_ not in (
                lex.capacity_cues | lex.connectors | {"a", "an", *_AUXILIARIES}):
        start -= 1
    before = start - 1
    if before >= 0 and doc[before].lower_ in ("a", "an", "the"):
        before -= 1
    return start if before >= 0 and doc[before].lower_ in lex.capacity_cues else None


@cache
def _not_described(lex: Lexicon) -> frozenset[str]:
    """Words that never say what a lower-case post's holder does (built once, not per
    word): stop words of such posts, connectors, which-holder words and posts' heads."""
    return (lex.not_lower_case_posts | lex.connectors | lex.post_any_case_modifiers
            | lex.post_heads)


def _chair_as_holder(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether "chair" in lower case at ``i`` is the post, not the seat ("took the chair",
    "in the chair"): after "the" (or an owner), before a verb of speech, welcome or a
    chair's act ("the chair welcomed all", "the chair thanked Mrs Hale"), after "by the"
    ("signed by the chair"), with a word only a holder takes ("the outgoing chair"); or
    named as a role ("took the role of chair", "acted as chair")."""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if _after_role_cue(doc, i, lex):
        # "acted as chair for the meeting", "the role of chair and welcomed": not a noun
        # after it ("as chair covers")
        return _role_ends_at(doc, i + 1)
    if not before or before[-1] not in ("the", "our", "their", "its"):
        # "the outgoing chair"
        return bool(before) and before[-1] in lex.chair_holder_words and i >= 2 and (
            doc[i - 2].lower_ in ("the", "our", "their", "its"))
    if len(before) == 2 and before[0] == "by":
        return True  # "signed by the chair"
    return after in lex.speech_verbs | lex.welcome_verbs | lex.chair_acts


def _named_as_role(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a post printed in lower case is named as the role someone takes or holds,
    after a role's cue (``posts.chair_role_cues``: "elected as vice-chair", "TW, as
    treasurer, would keep …", "the role of clerk"), as "chair" is: the post, where nothing
    but its body, a clause's end or a preposition follows ("as clerk covers" is no post).
    Only a post one holder fills for the body, whose head stands alone (``posts.standalone``:
    chairman, vice-chair, secretary, treasurer, clerk) or takes the minutes
    (``posts.role_heads``); "as portfolio holder" names none."""
    if doc[end - 1].lower_ not in lex.post_standalone | lex.post_role_heads:
        return False
    if not _after_role_cue(doc, start, lex):
        return False
    if doc[end : end + 1].text.lower() in ("of", "for") and any(
            is_cap(t) for t in doc[end + 1 : end + 3]):
        return False  # "as chairman of the Village Hall Committee": held in a body, read below
    return _role_ends_at(doc, end)


# Words that may follow a role named after its cue ("acted as chair for the meeting", "as
# clerk and RFO"); any other word is a noun the role word qualifies ("as chair covers").
_AFTER_ROLE = frozenset(("and", "of", "for", "to", "until", "at", "in", "from", "on", "with"))


def _after_role_cue(doc: Doc, start: int, lex: Lexicon) -> bool:
    """Whether the one or two words before ``start`` are a role's cue
    (``posts.chair_role_cues``: "as", "role of", "acted as")."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return any(tuple(before[len(before) - len(cue):]) == cue for cue in lex.chair_role_cues)


def _role_ends_at(doc: Doc, end: int) -> bool:
    """Whether a role named after its cue ends at ``end``: the clause ends, or a preposition
    or "and" follows."""
    return end >= len(doc) or not doc[end].is_alpha or doc[end].lower_ in _AFTER_ROLE


def _owned(doc: Doc, start: int) -> bool:
    """Whether a post printed in lower case at ``start`` is one post by the word before it
    ("the", "our", an owner's "'s"), or by such a word and one that says which holder
    (``posts.any_case_modifiers``): "our local county councillor", "the new clerk"."""
    k = start - 1
    if k > 0 and doc[k].lower_ in lexicon().post_any_case_modifiers:
        k -= 1
    return k >= 0 and doc[k].lower_ in _POST_OWNERS


def _owner_shared(doc: Doc, start: int, spans: list[Span]) -> bool:
    """Whether a post in lower case after "and" shares the article of a post just before it
    ("the chairman and vice-chairman", "the clerk and treasurer"): the two are one owner's
    posts, each one post. Only when the post before is owned so itself. (``spans``: those
    ending just before the "and" will do, as ``SpanIndex.ending_at`` gives them.)"""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return False
    before = [s for s in spans if s._.kind == POST and s.end == start - 1]
    return bool(before) and doc[before[0].start].is_lower and _owned(doc, before[0].start)


def _holders_together(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """"invited Cabinet members to give an update", "engage with portfolio holders": the
    holders of an executive post named together in the plural (``posts.cabinet_posts``)
    need no article to be the post; in the singular ("as portfolio holder") they do."""
    return end - start == 2 and doc[end - 1].lower_.endswith("s") and (
        f"{doc[start].lower_} {doc[end - 1].lower_[:-1]}" in lex.cabinet_posts)


def _titled_after_article(doc: Doc, start: int) -> bool:
    """"a Cabinet member", "a Portfolio Holder": after "a", a post printed with its first
    word capitalised, as titles are, is the office ("as a county councillor", in lower
    case, names none)."""
    return start > 0 and doc[start - 1].lower_ in ("a", "an") and is_cap(doc[start])


def _acronym_as_body(doc: Doc, i: int, lex: Lexicon) -> bool:
    """An acronym used the way bodies are: "the NIEA would be attending", "the DVSA had
    confirmed" (an act of a body's after it, ``acronym_acts``), or "contact the NIEA",
    "write to the DVSA" (an approach made to it, ``acronym_approaches``). Only "the" and an
    acronym of three letters or more, or one of four or more that acts ("KFRS had attended"):
    members' initials ("GC reported", "JBL agreed") take no article and are shorter."""
    tok = doc[i]
    sourced = _after_source(doc, i, lex)
    if not (tok.is_upper and tok.is_alpha and 3 <= len(tok.text) <= 6) or (
            (i == 0 or doc[i - 1].lower_ != "the") and len(tok.text) < 4 and not sourced) or (
            tok.lower_ in lex.person_titles | lex.post_heads | lex.programme_heads) or (
            tok.text in lex.honours | lex.not_council_acronyms | lex.party_initials) or (
            i + 1 < len(doc) and (is_cap(doc[i + 1]) or (
                doc[i + 1].lower_ in lex.programme_trailing))):
        return False  # ("the CCTV Working Group", "the HVO project": names of their own)
    if sourced:
        # "from the COVID lockdown", "with the CIL receipts": an acronym before a lower-case
        # noun qualifies the noun, and names no party heard from ("a request from PCC for
        # support": a small word follows a party)
        return not (i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_lower
                    and not doc[i + 1].is_stop)
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


def _after_source(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the acronym at ``i`` follows a word that makes it a party heard from or worked
    with (``organisations.acronym_sources``): "a request from PCC", "feedback from the NPC",
    "a meeting with SERCO". Three capitals or more (``_acronym_as_body``): members go by
    two initials as often as by three, and "a report from JH" names a person."""
    k = i - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in lex.acronym_sources


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
    return last in lex.org_heads | lex.nations or head_kind(
        [t.lower_ for t in doc[i + 2 : close]], lex) == ORG


def _council_run_on(doc: Doc, span: Span, lex: Lexicon) -> list[Span]:
    """A body's span that ends in a principal council's full name with other capitalised
    words run on before it, trimmed to the council's name (:func:`kg.patterns.council_run_on`,
    the rule the roll reader trims a member's council by too): "(a) Flood Defences Dorset
    Council had hosted …", "Jo Weyer Kent County Council", "Adoption Services Kent County
    Council". Words left off that are a body of their own ("Highways England Kent County
    Council", a flattened row of member councils) stay a body, not dropped: the span's two
    bodies, each trimmed again."""
    if span._.kind != ORG or span.end - span.start < 3:
        return [span]
    j = council_run_on(span.text, [t.idx - span.start_char for t in span])
    if j is None:
        return [span]
    trimmed = Span(doc, span.start + j, span.end, label=ORG)
    trimmed._.kind = ORG
    if head_kind([t.lower_.replace("&", "and") for t in doc[span.start : span.start + j]],
                 lex) != ORG:
        return [trimmed]
    front = Span(doc, span.start, span.start + j, label=ORG)
    front._.kind = ORG
    return [*_council_run_on(doc, front, lex), trimmed]


def _conjoined_bodies(doc: Doc, span: Span, lex: Lexicon) -> list[Span]:
    """A body's span that is two bodies' names joined by "and" or "&", split into the two:
    "Carreghofa Community Council and Llanymynech and Pant Parish Council", "Woolwich Garrison
    Church Trust and Wide Horizons". Split only where the words before "and" are a whole body by
    their own head (two words at least, the last a head that closes a name) and the
    words after it are a body too, by their head or as two or more capitalised words:
    "Lynton & Barnstaple Railway Trust", "Essex Police and Crime Panel" and "Cheshire West
    and Chester Council" stay one body each. One pass over the span's words, the rest split
    again from where the first body ends. A person after "and" ("Tameside Council and Tony
    Oakman") is no second body; words after it that are only a council's tier and kind, or a
    generic reference ("City of Lincoln Council and District Council", "… Trust and Leisure
    Centre"), name none: the first body is kept alone."""
    if span._.kind != ORG or not 4 <= span.end - span.start <= lex.conjoined_max_words:
        return [span]
    heads = lex.conjoined_heads
    for k in range(span.start + 2, span.end - 1):
        if doc[k].lower_ not in ("and", "&") or doc[k - 1].lower_ not in heads or not (
                doc[k + 1].text[:1].isupper()):
            continue
        left = [t.lower_.replace("&", "and") for t in doc[span.start : k]]
        right = [t.lower_.replace("&", "and") for t in doc[k + 1 : span.end]]
        after = head_kind(right, lex)
        named = len(right) > 1 and all(t.text[:1].isupper() for t in doc[k + 1 : span.end]) and (
            not _person_at(doc, k + 1, lex))
        if head_kind(left, lex) != ORG or not (after == ORG or (after is None and named)) or (
                all(w in lex.org_heads for w in right[:-1])):
            continue  # "… Trust and Wide Horizons": a name of two capitalised words, no head;
            # "Westbury College and Academy Trust": "Academy Trust" is no name of its own
        front = Span(doc, span.start, k, label=ORG)
        front._.kind = ORG
        if _generic(" ".join(right), lex) or all(
                w in lex.council_tier_words or w in lex.org_heads for w in right):
            return [front]  # "City of Lincoln Council and District Council": the second a
            # council by its tier alone, a reference to one named elsewhere, no body's name
        back = Span(doc, k + 1, span.end, label=ORG)
        back._.kind = ORG
        return [front, *_conjoined_bodies(doc, back, lex)]
    return [span]


def _body_held_in(doc: Doc, post: int, spans: list[Span], lex: Lexicon) -> None:
    """The body a capitalised place on a board is held in, named after "of" or "for": "It
    was noted that Kumar is a Trustee of POhWER", "Dr Alan Cohen as a Trustee of Oxfordshire
    Mind". The names rules read "Trustee of POhWER" as one run of capitals with no head and
    keep only the post; in lower case ("a trustee of Westbury Hospice") the cue reads the
    body. The capitalised words after "of" (and "the"), in the same sentence, are the body
    where the cue rules take them for one (no person, place or generic reference: "a Trustee
    of the Trust" names none; one word after "the" only as initials, "Trustees of the
    Museum" naming a kind of body) and no span holds them already."""
    start = post + 2 + (post + 2 < len(doc) and doc[post + 2].lower_ == "the")
    end = start
    while end < len(doc) and end - start < lex.held_in_body_max_words and is_cap(doc[end]) and (
            not doc[end].is_sent_start) and not (
                doc[end].lower_ in lex.numbering_words and end + 1 < len(doc)
                and doc[end + 1].like_num):
        end += 1  # (not into "Item 7" after the name: "a Trustee of Westbury Hospice Item 7")
    if end == start or any(s.start < end and start < s.end for s in spans) or (
            end - start == 1 and doc[start - 1].lower_ == "the" and not doc[start].is_upper):
        return  # "the Cabinet were Trustees of the Museum": a kind of body, no name
    if _org_cue(doc, start, end, lex, spans):
        _mark(doc, start, end, ORG, spans)
