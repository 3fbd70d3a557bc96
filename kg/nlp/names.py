"""The ``ckg_names`` and ``ckg_bracket_roles`` components: posts, organisations and
programmes found as runs of capitalised words and told apart by their head words."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from spacy.language import Language
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
)
from kg.nlp.perdoc import kept, page_text
from kg.nlp.spanindex import SpanIndex
from kg.patterns import YEARS, council_places, name_key, own_initials, service_name

# -- names: posts, organisations, programmes, people -------------------------------------

_LONE_INITIAL = re.compile(r"[A-Z]\.?")  # "P", "P.": one initial, its own word


def is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t) and not tok.is_punct


def _phrase(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _lower_phrase(tokens) -> str:
    return " ".join(t.lower_ for t in tokens)


def _page_label_at(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether a web page's label and its colon start at ``doc[j]`` ("Additional documents:",
    ``chunks.page_labels``)."""
    for label in lex.page_labels:
        size = len(label.split())
        if j + size < len(doc) and doc[j + size].text == ":" and (
                " ".join(t.lower_ for t in doc[j : j + size]) == label):
            return True
    return False


def _chunks(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Runs of capitalised words, joined by connectors ("for", "and", "of the", "&"), within a
    sentence: the candidates for names."""
    out = []
    i, n = 0, len(doc)
    marks = _RunMarks(doc, lex)
    while i < n:
        tok = doc[i]
        if not is_cap(tok) or (tok.lower_ in lex.not_name_start and not tok.is_upper and not (
            # "advice from One Voice Wales": a known body's first word, whatever it is
            _known_body_at(doc, i, lex)) and not (
            # "Her Majesty's Inspectorate of …", "His Majesty's Treasury": the Crown's bodies
            # ("on behalf of Her Majesty the Queen" names the sovereign, no body)
            tok.lower_ in ("her", "his") and doc[i + 1 : i + 2].text == "Majesty"
            and doc[i + 2 : i + 3].text in ("'s", "’s")
        ) and not (
            # "Jo Hale, Monitoring Officer": a post known in any case whose first word opens
            # no name elsewhere ("Monitoring of the budget"), capitalised with its head
            _any_case_post_at(doc, i, lex)
        ) and not (
            # "All Saints Church": a dedication's first word (``chunks.name_openings``)
            doc[i : i + 2].text.lower() in lex.name_openings and is_cap(doc[i + 1])
        ) and not (
            # "the pool at Seven Hills School": a number word inside a sentence opens a
            # name when a capitalised word that heads nothing follows it
            tok.lower_ in lex.name_numbers and not tok.is_sent_start and i > 0
            and not is_cap(doc[i - 1]) and _numbered_body(doc, i, lex)
        ) and not (
            # "Member Scrutiny Champion", "Member Services Officer": "Member" as a post's
            # first word, when a capitalised word follows it
            tok.lower_ == "member" and i + 1 < n and is_cap(doc[i + 1])
            and doc[i + 1].lower_ not in lex.post_heads
        ) and not (
            # "the Member of Parliament for Bury", "Member of the Senedd": a member of a
            # legislature is a post
            tok.lower_ in ("member", "members") and doc[i + 1 : i + 5].text.lower().startswith(
                tuple("of " + w for w in lex.legislatures))
        )) or (tok.lower_ in lex.union("breaks", "roll_statuses")) or (
            # "A Member advised": the article, though a capital; not an initial
            tok.text == "A" and i + 1 < n and doc[i + 1].text != "." and (
                doc[i + 1].lower_ in lex.post_heads or tok.is_sent_start
                # "To Appoint A Vice Chairman": a heading in title case, a rank then a post
                or (doc[i + 1].lower_ in lex.post_ranks and i + 2 < n
                    and doc[i + 2].lower_ in lex.post_heads
                    and not (i > 0 and doc[i - 1].lower_.rstrip(".") in lex.person_titles))
                # "· A review of the decision": a lower-case word follows the article, where
                # an initial has a surname after it
                or doc[i + 1].is_lower)
        ):
            i += 1
            continue
        if _roll_person_at(doc, i, lex):
            i += 2  # the person of a roll's row, left to the people's reader; the body next
            continue
        end = i + 1  # exclusive end of the last capitalised word
        j = i + 1
        comma_ok = False
        while j < n and (not doc[j].is_sent_start or _wrapped_after_and(doc, j)
                         or _wrapped_post(doc, i, j, lex) or _wrapped_before_head(doc, i, j, lex)
                         or _wrapped_indented_name(doc, i, j, lex)):
            t = doc[j]
            if (t.text == "\n" and _wrapped_after_and(doc, j + 1) and j + 1 < n and is_cap(
                    doc[j + 1])) or _wrapped_post(doc, i, j + 1, lex) or (
                    _wrapped_before_head(doc, i, j + 1, lex)) or (
                    _wrapped_indented_name(doc, i, j + 1, lex)):
                j += 1  # "Acting Head of Operations &" / "Corporate Performance": one name
                continue  # wrapped onto the next line after its "&" (or a post's "of", "and")
            if t.lower_ in lex.breaks or t.text == "I":
                break  # "… Transformation & Update on Pilot Projects" is two things
            if t.lower_ in lex.roll_statuses and is_cap(t):
                break  # "Voting member Present Westbury Wildlife Trust": a roll's column
            if _page_label_at(doc, j, lex):
                break  # "… Adapted Accommodation Additional documents:": a page's label
            if t.lower_ in lex.post_labels and j + 1 < n and doc[j + 1].text == ":" and (
                    head_kind([w.lower_ for w in doc[i:j]], lex) == POST):
                break  # "… Head of Paid Service Minutes:", "… Governance Present:": a label
            if t.lower_ in ("the", "a", "an") and doc[j - 1].lower_ not in ("of", "for") and not (
                    _initial_a(doc, j, lex)):
                break  # "ACTION: The Head of Finance": a new name starts at "The"
            if is_cap(t) and _post_run_starts(doc, i, j, lex, marks):
                break  # "Chief Executive Head of Finance": two posts, no comma between
            if _roll_person_at(doc, j, lex):
                break  # "Eastby Parish Council Jo Hale Westby Town Council": a roll's rows
            if is_cap(t):
                end = j + 1
                j += 1
                continue
            if t.lower_ in lex.legal_forms and t.is_lower and is_cap(doc[j - 1]):
                end = j + 1  # "Northvale Homes plc": a company's legal form, in lower case
                j += 1
                continue
            if t.text in ("'", "’") and doc[j - 1].whitespace_ == "" and (
                    doc[j - 1].lower_.endswith("s") and j + 1 < n and is_cap(doc[j + 1])):
                j += 1  # "the Victims' Strategy": a plural's apostrophe, inside the name
                continue
            if t.text == "/" and t.whitespace_ == "" and doc[j - 1].whitespace_ == "" and (
                    j + 1 < n and is_cap(doc[j + 1])):
                j += 1  # "Live/Work Leicester Campaign": one name, written with a slash
                continue
            if t.is_digit and doc[j - 1].lower_ in lex.numbered_words and is_cap(doc[j - 1]):
                end = j + 1  # "the Section 151 Officer", "Section 106 monies", "Regulation
                j += 1  # 14 Consultation": a part of an act, inside the name
                continue
            if _figure_joined(doc, j) and j + 1 < n and not doc[j + 1].is_sent_start:
                end = j + 2  # "the Westbrook 3G Pitch project": a figure and its letter, one
                j += 2  # word printed together ("3G", "4G"), that the tokenizer parts
                continue
            if _year_in_name(doc, j, lex):
                end = j + 1  # "the Westshire 2030 Plan": a plan's year after its place
                j += 1
                continue
            low = t.lower_
            areas = low == "," and _areas_before_head(doc, i, j, lex)
            if low in ("for", "of") or areas:
                comma_ok = True
            elif low == "," and comma_ok and _post_after_comma(doc, j, lex) and (
                    marks.has_portfolio(i, j)):
                break  # "Director of Place, Head of Finance": a list of posts, one a piece
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
            if low == "on" and j + 1 < n and doc[j + 1].lower_ in _MONTHS_AND_DAYS and not (
                    # "Working Group on Sunday Trading": a day's name that opens a topic
                    j + 2 < n and is_cap(doc[j + 2])
                    and doc[j + 2].lower_ not in _MONTHS_AND_DAYS):
                ok = False  # "the Chair of the Panel on Wednesday": the day it met, no name
            if low == "," and j + 2 < n and _place_with(doc, j + 1, lex):
                ok = False  # "Director of Public Health, Ashby with Oakley Council"
            if low == "," and ok and _body_next(doc, j + 1, lex) and not (
                    _known_goes_on(doc, i, j, lex)):
                ok = False  # "the Department for Education, Homes England and Ofsted"
            if low == ":" and j + 1 < n and doc[j + 1].lower_ in lex.not_name_start:
                ok = False  # "Planning Working Group: All Councillors will …": a new clause
            if low == ":" and doc[j - 1].lower_ in lex.post_heads and _person_at(doc, j + 1, lex):
                ok = False  # "Clerk: J Smith", "Chairperson: K Goldby": a post, then its holder
            if low == ":" and j + 1 < n and all(t.is_upper for t in doc[i:j] if t.is_alpha) \
                    and not doc[j + 1].is_upper:
                ok = False  # "PUBLIC FORUM: Potholes on the lane": a heading in capitals
            if ok and j + 1 < n:
                j += 1
                continue
            break
        end = _known_body_continued(doc, i, end, lex)
        end = _known_possessive(doc, i, end, lex)
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
        # A known body in capitals is still its name ("IJ to speak to SUSTRANS", "a letter
        # from NATURAL ENGLAND"): minutes print bodies' names in capitals for emphasis.
        known = _lower_phrase(doc[i:end]) in lex.org_known or _programme_in_capitals(
            doc, i, end, lex)
        if not acronym and not known and all(
            t.is_upper or not any(c.isalpha() for c in t.text) for t in doc[i:end]
        ) and any(len(t) > 5 for t in doc[i:end]):
            i = end
            continue
        if i > 0 and _figure_joined(doc, i - 1) and not tok.is_sent_start:
            i -= 1  # "the 3G Pitch project": the figure opens the name with its letter
        post_at = _after_heading_in_capitals(doc, i, end, lex)
        if post_at > i:
            out.append((i, post_at))  # the heading's words, read as a name of their own
            i = post_at
        out.append((i, end))
        i = max(end, i + 1)
    return out


def _roll_person_at(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether a roll's next row starts at ``j`` in a run of rows flattened into one line of
    names and the bodies they come from ("Jo Hale Eastby Parish Council Sam Lee Westby Town
    Council"): a body's head word just before, then a given name and a surname, then more
    capitalised words (the row's body). A body's name never runs on through a person's
    ("Eastby Parish Council Jo Hale" is two things); "the Council Tax Support Scheme" has no
    given name after its head. A given name no list holds will do inside a roll that known
    ones show to be such (:func:`_roll_rows`)."""
    return j in _roll_rows(doc, lex)


# How far (in words) a row whose given name no list holds may be from a row whose given name
# a list holds, in one flattened roll: rows are three to eight words long.
_ROLL_REACH = 40


def _roll_rows(doc: Doc, lex: Lexicon) -> frozenset[int]:
    """Where the rows of rolls flattened into one run of names and bodies start (the person's
    given name): after a capitalised body's head word, a given name and a surname and more
    capitalised words. Rows whose given name is known; where two of them or more show a roll,
    rows near them whose given name is not, when a body's head word closes the row within
    six words ("Eastby Parish Council Astra Fenwick Westby Town Council")."""
    store = kept(doc)
    if _ROLL_ROWS in store:
        return store[_ROLL_ROWS]
    heads = _any_head(lex)

    def row(j: int) -> bool:
        if j < 1 or j + 2 >= len(doc) or doc[j - 1].lower_ not in lex.org_heads or not (
                is_cap(doc[j - 1])) or doc[j - 1].whitespace_ == "":
            return False
        return all(_name_word(t, lex) and t.lower_ not in heads for t in doc[j : j + 2]) and (
            (is_cap(doc[j + 2]) and doc[j + 2].is_alpha) or (
                doc[j + 2].lower_ in ("and", "&") and j + 3 < len(doc) and is_cap(doc[j + 3])))

    rows = [j for j in range(1, len(doc)) if row(j)]
    known = [j for j in rows if doc[j].text in lex.given_names]
    # rows whose person goes by a title ("… District Council Councillor Jo Hale …"), which
    # the title parts already, show a roll too
    titled = [j for j in range(1, len(doc) - 1) if doc[j].lower_.rstrip(".") in (
        lex.person_titles) and is_cap(doc[j]) and doc[j - 1].lower_ in lex.org_heads and (
        is_cap(doc[j - 1])) and _name_word(doc[j + 1], lex)]
    shown = sorted(known + titled)

    def near(j: int) -> int:
        """How many rows shown lie within reach of ``j``, ``j`` among them."""
        return bisect_right(shown, j + _ROLL_REACH) - bisect_left(shown, j - _ROLL_REACH)

    # a known row alone is no roll: "The Westby Academy Trust Ellen Wilkinson School",
    # "Westby Housing Association John Lewis Partnership" name one body each
    found = {j for j in known if near(j) >= 2}
    if len(shown) >= 2:
        for j in rows:
            if j not in found and near(j) >= 2 - (j not in known) and any(
                    t.lower_ in lex.org_heads and is_cap(t) for t in doc[j + 3 : j + 8]):
                found.add(j)
    store[_ROLL_ROWS] = frozenset(found)
    return store[_ROLL_ROWS]


_ROLL_ROWS = "names_roll_rows"  # perdoc.kept's key: where the rows of flattened rolls start


def _figure_joined(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` is a figure printed joined to the one or two capital letters after
    it, one word the tokenizer parts: "3G", "5G", "3D"."""
    return j + 1 < len(doc) and doc[j].is_digit and len(doc[j].text) == 1 and (
        doc[j].whitespace_ == "") and doc[j + 1].is_alpha and doc[j + 1].is_upper and (
        len(doc[j + 1].text) <= 2)


def _after_heading_in_capitals(doc: Doc, i: int, end: int, lex: Lexicon) -> int:
    """Where a post starts that a heading in capitals runs into, on a page whose line breaks
    are lost: "COUNCIL REPORTS Clerk's Report", "APOLOGIES Councillors …", "NORTH WALES Mayor
    welcomed …" start at the title-case post. The capitals are a heading's words (one longer
    than five letters, or two or more of which one is longer than three), not an acronym
    that qualifies the post ("LEP Chief Executive", "NIFCA Chief Executive Officer"), and
    read as a run of their own ("TOURISM PARTNERSHIP NORTH WALES Mayor": a body, then the
    post). ``i`` if no such heading opens the run."""
    k = i
    while k < end and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 1:
        k += 1
    caps = doc[i:k]
    if k == i or k >= end or not is_cap(doc[k]) or doc[k].is_upper or not (
            any(len(t) > 5 for t in caps) or (len(caps) >= 2 and any(len(t) > 3 for t in caps))):
        return i
    if _lower_phrase(caps) in lex.org_known or not any(
            t.lower_ in lex.post_heads for t in doc[k:end]):
        return i
    return k


def _any_case_post_at(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a post of ``posts.any_case`` of two words or more ("Monitoring Officer") starts
    at ``doc[i]``, every word of it capitalised: its first word opens no name elsewhere
    (``chunks.not_name_start``), but opens this one."""
    for post in _any_case_by_first(lex).get(doc[i].lower_, ()):
        words = post.split()
        toks = doc[i : i + len(words)]
        if len(toks) == len(words) and all(
                is_cap(t) and t.lower_ == w for t, w in zip(toks, words, strict=True)):
            return True
    return False


@cache
def _any_case_by_first(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for post in lex.post_any_case:
        words = post.split()
        if len(words) >= 2 and words[0] in lex.not_name_start:
            out.setdefault(words[0], []).append(post)
    return {k: tuple(v) for k, v in out.items()}


def _person_at(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether a person's name starts at ``doc[k]``: a personal title ("Councillor", "Mrs"), a
    common given name or an initial, with a capitalised name word after it. A post's label
    and its colon come before its holder in rolls and lists of officers ("Clerk: J Smith",
    "Vice Chair: C Jones"), where a post's area comes after the colon as words that start
    no name ("Section Head: Tourism and Enterprise")."""
    after = k + 2 if _initial_a(doc, k + 1, lex) else k + 1  # "Clerk: N A Orme": an initial A
    if after >= len(doc) or not _name_word(doc[after], lex):
        return False
    word = doc[k].text.rstrip(".")
    return (doc[k].lower_ in lex.person_titles or word in lex.given_names
            or (len(word) == 1 and word.isupper() and word not in ("A", "I")))


def _numbered_body(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the number word at ``i`` opens a body's name: the capitalised words after it
    (no acronym first, no post's head among them) reach a body's head word within four
    words ("Seven Hills School", "Five Acres Residents Association"). "Two PSNI Staff
    Members", "Three Parish Councillors" count people."""
    if i + 1 >= len(doc) or doc[i + 1].is_upper or doc[i + 1].lower_ in lex.not_name_start:
        return False
    for j in range(i + 1, min(len(doc), i + 6)):
        if not (is_cap(doc[j]) and doc[j].is_alpha) or doc[j].lower_ in lex.post_heads:
            return False
        if doc[j].lower_ in lex.org_heads:
            return j > i + 1
    return False


def _wrapped_after_and(doc: Doc, j: int) -> bool:
    """Whether the token at ``j`` starts a line that a name wrapped onto: the line before
    ends in "&" after a capitalised word, as a roll's column of posts wraps a long title
    ("Director of Adult Services &" / "Health"). Not "and", which ends a line of prose as
    often ("representatives from the Police and" / "Lengthsman Mr Hale")."""
    return j >= 3 and doc[j - 1].text == "\n" and doc[j - 2].text == "&" and is_cap(doc[j - 3])


def _wrapped_post(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether the token at ``j`` starts a line that a post's title wrapped onto, the run
    from ``i`` on the line before a post left unfinished: it ends in "of", "for" or "and"
    (``posts.wrap_connectors``) after a post's head and its "of" or "for" ("The report of
    the Director of" / "Corporate Resources", "Head of Change and" / "Improvement", as
    columns of officers and prose cut to a width wrap long titles). The next line opens on
    a capitalised word that opens no person and no post ("Director of Finance and" / "Mr A
    Bell" is a post and a name), and the run holds no comma. Not "and" alone, which ends a
    line of prose as often (:func:`_wrapped_after_and`)."""
    # Or it ends in a word that qualifies a noun after it, after the post's "of" or "for"
    # ("Director of Public" / "Health", "Head of Corporate and Strategic" / "Support"): a
    # portfolio never ends in one (``posts.unfinished_qualifiers``).
    qualifier = j >= 2 and doc[j - 2].lower_ in lex.post_unfinished_qualifiers and is_cap(
        doc[j - 2])
    if not (i < j - 2 and j < len(doc) and doc[j - 1].is_space and "\n" in doc[j - 1].text
            and doc[j - 1].text.count("\n") == 1 and (
                doc[j - 2].lower_ in lex.post_wrap_connectors or qualifier)
            and is_cap(doc[j]) and not doc[j].is_upper):
        return False
    first = doc[j].lower_
    if first.rstrip(".") in lex.person_titles or first in lex.post_heads or (
            first in lex.post_ranks) or len(doc[j].text) < 2 or first in _MONTHS_AND_DAYS or (
            doc[j - 2].lower_ == "and" and first.removesuffix("s") in lex.post_heads) or (
            _person_at(doc, j, lex)) or (
            first == "page" and j + 1 < len(doc) and doc[j + 1].like_num) or (
            qualifier and first in lex.not_name_start):
        # a person ("Chair of the Committee and" / "John Smith"), holders of a post after an
        # "and" ("Clerk of the Council and" / "Members noted", where "Chair of" / "Governors"
        # is one post), a date ("Head of Service for" / "January"), a page's number printed
        # between two pages ("Executive Director for National" / "Page 1 of 11"); and after
        # a qualifier, which may yet end a title cut short, a word that opens a sentence and
        # no name ("Director of Public" / "Members noted …", "… Corporate" / "Minutes of …")
        return False
    words = [t.lower_ for t in doc[i : j - 1]]
    if "\n" in words or "," in words:
        # One line wrapped, not a second; and a post's title with no comma: after one, the
        # line goes on to a body ("Head of Children and Families, Westshire and" / "Eastby
        # HSCP"), whose own "and" the line ended on.
        return False
    if words[-1] != "and" and words[-2] not in lex.post_heads and not qualifier:
        return False  # "of" or "for" right after the head ("Director of" / "Corporate …"), not
        # after a whole title ("Head of Finance for" / "Approval was noted")
    if _next_line_body(doc, j, lex):
        return False  # "Director of" / "Westshire County Council": the post, then its body
    return any(w in lex.post_heads and words[k + 1] in ("of", "for")
               for k, w in enumerate(words[:-1]))


_BEFORE_HEAD_WORDS = 2  # "Vice" / "Chair", "Deputy Chief" / "Executive": a rank or two


def _wrapped_before_head(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether the token at ``j`` starts a line that a post's title wrapped onto, the run
    from ``i`` on the line before being only the words that qualify the post's head ("Vice"
    / "Chair", "Deputy" / "Leader", "Portfolio" / "Holder", "Technical" / "Director": a rank,
    ``posts.ranks``, or a word of ``posts.wrapped_before_head``, every word of it), as prose
    cut to a width and a roll's brackets wrap a title. The next line opens on the head, and
    the run is no post of its own ("Chief Executive" / "Director of Finance" stays two
    posts)."""
    if not (i < j - 1 <= i + _BEFORE_HEAD_WORDS and j < len(doc) and doc[j - 1].is_space
            and doc[j - 1].text.count("\n") == 1 and is_cap(doc[j]) and not doc[j].is_upper
            and doc[j].lower_ in lex.post_heads):
        return False
    words = [t.lower_ for t in doc[i : j - 1]]
    if not all(is_cap(t) and not t.is_upper for t in doc[i : j - 1]) or any(
            w in lex.post_heads for w in words):
        return False  # a capitalised word that heads a post already ends the title
    if any(w not in lex.post_ranks and w not in lex.post_wrapped_before_head for w in words):
        return False  # "Westshire County" / "Chairman …": a place's name ends the line, and a
    # new sentence opens on a post (each word must be a rank or a qualifier, not the last only)
    return head_kind([*words, doc[j].lower_], lex) == POST


# The most capitalised words a wrapped name leaves on the line before its indented next line,
# and the most it opens that line with.
_WRAPPED_NAME_WORDS = 4


def _wrapped_indented_name(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether the token at ``j`` starts an indented line that a programme's or a body's name
    wrapped onto in prose: "… at inception, the Global Equity Active Multi" / "     Manager
    Fund was launched …". A line break with no indent after it is read as a space before the
    pipeline runs (the prose reader's ``_wrapped_names``); an indent leaves a token of
    spaces, which ends the run. As there, the run from ``i`` follows a lower-case word on
    its line (prose; no title or roll entry starts so), is capitalised words that name
    nothing by themselves, and with the next line's first capitalised words ends in a
    programme's or a body's head."""
    if not (i < j - 1 <= i + _WRAPPED_NAME_WORDS and i > 0 and j < len(doc)
            and doc[j - 1].is_space and doc[j - 1].text.count("\n") == 1
            and doc[i - 1].is_alpha and doc[i - 1].is_lower and is_cap(doc[j])):
        return False
    if not all(is_cap(t) for t in doc[i : j - 1]):
        return False
    after: list[str] = []
    for t in doc[j : j + _WRAPPED_NAME_WORDS]:
        if not is_cap(t):
            break
        after.append(t.lower_)
    return wrapped_name_joins([t.lower_ for t in doc[i : j - 1]], after, lex)


def wrapped_name_joins(words: list[str], after: list[str], lex: Lexicon) -> bool:
    """Whether capitalised words that end a line of prose (``words``) and those that open the
    next (``after``, lower-cased both) are one name cut by the line's end: the words before
    name nothing by themselves, and with the next line's first words end in a body's or a
    programme's head ("the Welsh" / "Government", "the Eastby Equity Active Multi" /
    "Manager Fund"). One test for a break read as a space before the pipeline runs (the prose
    reader's ``_wrapped_names``) and for one left as an indent's token
    (:func:`_wrapped_indented_name`)."""
    if not words or head_kind(words, lex) is not None or words[-1] in lex.org_heads:
        return False  # "… wrote to the Parish Council" / "Planning was …": the name is whole
    return any(head_kind(words + after[:k], lex) in (ORG, PROGRAMME)
               for k in range(1, len(after) + 1))


def _next_line_body(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether the capitalised words from ``j`` to the end of their line (connectors between
    them) name a body by their last word ("Westshire County Council", "Eastvale Parish
    Council"): a line a post's title did not wrap onto, as a roll's column puts the post on
    one line and its body on the next. "Corporate Resources" and "Council Services" are no
    body's names."""
    words: list[str] = []
    for t in doc[j : j + 12]:
        if is_cap(t):
            words.append(t.lower_)
        elif t.lower_ not in ("of", "and", "&", "for", "the") or "\n" in t.text:
            break
    return bool(words) and head_kind(words, lex) == ORG


def _programme_in_capitals(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """Whether a run in capitals is a known scheme's name whole: a parish prints its item
    titles in capitals as often as not ("5. NEIGHBOURHOOD PLAN", "SPEEDWATCH"), and the
    scheme is named there as in small letters. Only known schemes: a title in capitals with
    a programme's head word ("PROPOSED SCRUTINY PROGRAMME", "FORWARD PLAN") is a heading of
    the meeting's business as often as a name (it cost precision on held-out pages)."""
    return _known_scheme(_lower_phrase(doc[i:end]), lex)


def _known_scheme(phrase: str, lex: Lexicon) -> bool:
    """Whether a lower-case phrase, less a leading "the", is a known programme's or
    scheme's name: only those are names when printed in capitals, where a title in capitals
    is otherwise an item's heading."""
    return name_key(phrase) in _known_or_named(lex.programme_known, lex.scheme_named)[0]


def _known_body_scheme(words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether ``words`` are a known body's name ("Department for Transport"), ending no
    sooner than ``start``, then a programme's name of two words or more after it, ending in a
    programme's head ("Capital Funding Grant"): the body's scheme, named with the body."""
    if words[-1] not in lex.programme_heads:
        return False
    for j in range(len(words) - 2, start - 1, -1):
        if " ".join(words[:j]) in lex.org_known:
            rest = words[j:]
            return not {"of", "for", "and", "&", "on"} & set(rest) and (
                head_kind(rest, lex) == PROGRAMME)
    return False


def _business_on(words: list[str], lex: Lexicon) -> int | None:
    """Where the programme starts in an item's caption that names the business done "on" it:
    "Decision and Referendum on the Westby Neighbourhood Plan" names the plan, the decision
    no scheme of its own (a head before "on" keeps the whole: "Task and Finish Group on
    School Exclusions", "Protocol on …"). The word before "on" names business done on a
    thing (``programmes.business_on``, ``programmes.document_heads``): a place's "on" is
    part of its name ("the Stoke on Trent Local Plan"), as a scheme's own is ("the Hands on
    Heritage Project"). The plan after "on" needs two words of its own besides "the"
    ("Nature on the Board" stays whole)."""
    k = next((k for k in range(1, len(words) - 2) if words[k] == "on"), None)  # the first
    if k is None:
        return None
    after = k + 1 + (words[k + 1] == "the")
    if len(words) - after >= 2 and words[k - 1] not in lex.programme_heads and (
            words[k - 1] in lex.business_on | lex.programme_document_heads) and (
            head_kind(words[:k], lex) is None) and (
            head_kind(words[after:], lex) == PROGRAMME) and not (
            {"of", "for", "on"} & set(words[after:])):
        return after
    return None


# The most words of a step of business after a programme's head ("Progress Summary")
_PAPER_WORDS = 2


def _papers_after_programme(words: list[str], lex: Lexicon) -> int:
    """How many last words of a capitalised run that names nothing are a step of the
    business done on a programme (``programmes.papers_after``), the programme named whole
    before them: "Annual Drainage Plan Approval", "Organisational Review Summary", "Internal
    Audit Plan Progress". 0 where there are none, or the words before them are no
    programme's name of two words or more ("Plan Summary")."""
    k = 0
    while k < min(_PAPER_WORDS, len(words)) and words[-1 - k] in lex.programme_papers_after:
        k += 1
    if not k or len(words) - k < 2 or words[-1 - k] not in lex.programme_heads:
        return 0
    return k if head_kind(words[:-k], lex) == PROGRAMME else 0


def _topic_only(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a programme's name is one word of topic and a head that, so named, is a body's
    standing policy or service (``programmes.topic_heads``): "the Council's Charging Policy",
    "no Brexit policy", "the Translation Service", which readers do not list. A name of more
    words ("the Complaints Management Policy", "the Pet Cremation Service") is one, and so is
    a service an acronym names ("the RAID service")."""
    toks = [t for t in doc[s:e] if t.lower_ != "the"]
    return len(toks) == 2 and toks[1].lower_ in lex.programme_topic_heads and (
        toks[0].is_alpha and not toks[0].is_upper)


def _review_before(doc: Doc, s: int) -> int | None:
    """Where a review of a named thing starts, when minutes print its word in lower case
    before the name ("a review of Governance", "the review of the Climate Emergency"): the
    name alone names no programme, the review of it is one. None unless "review of" (and
    "the") come right before ``s``, after an article or a possessive, and the name is not
    one case or the meeting's own business ("a review of Premises Licence")."""
    k = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
    if k < 3 or doc[k - 1].lower_ != "of" or doc[k - 2].text != "review":
        return None
    lex = lexicon()
    if doc[k - 3].lower_ not in lex.review_openers:
        return None
    if _reviews_business(doc, s, lex):
        return None
    return k - 2


def _reviews_business(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Whether what a review reviews, from ``k``, is one case or the meeting's own business
    (``programmes.reviewed_business`` among its first six words: "a review of Premises
    Licence", "the Licensing Review of premises licences"): no programme is named."""
    return bool({t.lower_ for t in doc[k : k + 6]} & lex.reviewed_business)


# The most lower-case words of what is reviewed that run on after its capitalised name.
_REVIEWED_WORDS = 3


def _reviewed_words_after(doc: Doc, e: int, lex: Lexicon) -> int:
    """Where a review's name ends when what is reviewed runs on after its capitalised name in
    lower case, the noun phrase whole: "a review of the Member Enquiry process", "a review of
    the Council’s future allotment provision" (through a possessive). Up to three lower-case
    words, none a function word, a past participle or an adverb ("a review of the Standing
    Orders needed …" stops at the name) nor a verb in the present (``programmes
    reviewed_verbs``: "… needs doing"), and the phrase must end there, at a mark or a
    function word; else the name ends where it did."""
    k = e + 1 if e < len(doc) and doc[e].text in ("'s", "’s") else e
    j = k
    while j < len(doc) and j - k < _REVIEWED_WORDS and doc[j].is_alpha and doc[j].is_lower \
            and not doc[j].is_stop and not doc[j].lower_.endswith(("ed", "ly")) \
            and doc[j].lower_ not in lex.reviewed_verbs:
        j += 1
    if j > k:
        j = _reviewed_name_after(doc, j, lex)
    if j == k or (j < len(doc) and doc[j].is_alpha and not doc[j].is_stop):
        return e
    return j


# The most capitalised words of the name that closes what a review reviews.
_REVIEWED_NAME_WORDS = 5


def _reviewed_name_after(doc: Doc, j: int, lex: Lexicon) -> int:
    """Where what a review reviews ends when its lower-case words run on into a name, straight
    or after "of": "a review of the Council’s overall Constitution", "a review of the
    Council’s use of Paper and Plastics". The name is capitalised words (and "and" or "&"
    between two), none a post's or a person's title ("… estate Councillor Bell said"); else
    ``j``, where the lower-case words ended. Straight after the lower-case words (no "of"),
    a body's name or a group of people opens the next clause, minutes often printing no comma
    after the phrase: "Following a review of the Council's grass cutting Members agreed …",
    "… parking charges Cabinet were asked …" (:func:`_body_or_people`)."""
    m = j + 1 if j + 1 < len(doc) and doc[j].lower_ == "of" else j
    end = m
    titles = lex.post_heads | lex.person_titles
    while end < len(doc) and end - m < _REVIEWED_NAME_WORDS and (
            (doc[end].is_alpha and doc[end].is_title and doc[end].lower_ not in titles) or (
                end > m and doc[end].lower_ in ("and", "&") and end + 1 < len(doc)
                and doc[end + 1].is_title)):
        end += 1
    while end > m and doc[end - 1].lower_ in ("and", "&"):
        end -= 1
    if end > m == j and _body_or_people([t.lower_ for t in doc[m:end]], lex):
        return j
    return end if end > m else j


def _body_or_people(words: list[str], lex: Lexicon) -> bool:
    """Whether lower-case words name a body or a group of people, who act rather than are
    reviewed: a body or a post by its head ("Westbury Parish Council", "the Clerk"), the
    council's own members or a committee ("Members", "Councillors", "Cabinet"), a post's
    holders ("Officers") or a body's head word alone ("Council", "Board")."""
    last = words[-1]
    return head_kind(words, lex) in (ORG, POST) or last in lex.own_groups or (
        " ".join(words) in lex.committee_words) or (
        len(words) == 1 and (last in lex.org_heads or last.removesuffix("s") in lex.post_heads))


def _post_run_starts(doc: Doc, i: int, j: int, lex: Lexicon, marks: _RunMarks) -> bool:
    """Whether a second post starts at ``j`` straight after a post's last word, with nothing
    between ("Chief Executive Head of Finance", "Medical Director Director of Strategy",
    "Services Manager Interim Chief Officer"), or after a post's portfolio ("Head of Human
    Resources Head of Finance", "Director of Finance Non-Executive Director"): a column of
    posts flattened into one run, the run from ``i``."""
    prev, word = doc[j - 1].lower_, doc[j].lower_
    before_head = word in lex.post_run_openers_before_head and j + 1 < len(doc) and (
        doc[j + 1].lower_ in lex.post_heads)  # "Medical Director", "Company Secretary"
    if doc[j - 1].whitespace_ == "":
        return False
    if not (word in lex.post_run_openers or before_head):
        return _next_post_in_run(doc, i, j, lex)
    ender = prev in lex.post_run_enders or (
        prev == "executive" and j > 1 and doc[j - 2].lower_ == "chief") or (
            marks.has_portfolio(i, j) and not marks.has_comma(i, j))
    if not ender:
        return False
    if word in ("head", "director"):
        return j + 1 < len(doc) and doc[j + 1].lower_ == "of"
    return True


# The most capitalised words before the head of a column's next post ("IT Officer",
# "Attendance Clerk", "Member Services Officer").
_RUN_NEXT_WORDS = 3


def _next_post_in_run(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether a second post starts at ``j`` that no opener begins, in a column of posts
    flattened into one run: the post before ends in a run-ender and has two words or more
    ("Transition Manager"), and one to three capitalised words from ``j`` end in the head of
    a post (``posts.run_next_heads``: "IT Officer", "Committee Secretary"). A post of one
    word ("Councillor Support Officer") and a run that names a body or a portfolio first
    ("Manager of Parks") stay as they were."""
    if j - 2 < i or doc[j - 1].lower_ not in lex.post_run_enders or not is_cap(doc[j - 2]):
        return False
    if _person_at(doc, j, lex):
        return _holder_before_post(doc, j, lex)
    for k in range(j, min(j + _RUN_NEXT_WORDS + 1, len(doc))):
        t = doc[k]
        if not (is_cap(t) and t.is_alpha) or t.lower_ in ("of", "for", "and", "the"):
            return False
        if k > j and t.lower_ in lex.post_run_next_heads:
            return True
        if t.lower_ in lex.post_heads:
            return False
    return False


def _holder_before_post(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether the person whose name starts at ``j`` (a given name or an initial, and a
    surname) opens a flattened roll's next entry, name then post: the capitalised words after
    the name (an "and" may join them) end in the head of a post within four words ("… Office
    Manager Jo Hale Events Manager Kim Lowe Policy and Performance Officer"). The name is no
    part of either post: the run ends before it, and the post after it is read apart from it
    (:func:`_name_before_post`). Not before a body's name ("… Liaison Officer Jo Hale Natural
    England"), which the body's reading parts from the name."""
    k = _name_words_end(doc, j + 1, lex)
    if k == j + 1:
        return False
    for m in range(k, min(k + _RUN_NEXT_WORDS + 1, len(doc))):
        t = doc[m]
        if t.lower_ in ("and", "&") and m > k:
            continue
        if not (is_cap(t) and t.is_alpha):
            return False
        if t.lower_ in lex.post_run_next_heads:
            return True
    return False


class _RunMarks:
    """Counts, from a doc's start, of the words a run's checks look back over: a post's head
    word with its portfolio after it, and commas. Asked of a run from ``i`` to ``j`` at every
    ``j``, looking back to the run's start each time was quadratic in the run (a flattened
    column of posts joined by hundreds of "and"s); by the counts each answer costs the same."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        portfolios, commas = [0], [0]
        for k, tok in enumerate(doc):
            portfolios.append(portfolios[-1] + (
                tok.lower_ in lex.post_heads and k + 1 < len(doc)
                and doc[k + 1].lower_ in ("of", "for")))
            commas.append(commas[-1] + (tok.text == ","))
        self._portfolios, self._commas = portfolios, commas

    def has_portfolio(self, i: int, j: int) -> bool:
        """Whether the run from ``i`` to ``j`` holds a post's head word with its portfolio
        after it ("Head of Finance", "Director for Place"): a post complete before ``j``, so
        that what starts there, or after a comma there, may be a second post."""
        return j - 1 > i and self._portfolios[j - 1] > self._portfolios[i]

    def has_comma(self, i: int, j: int) -> bool:
        """Whether a comma stands between ``i`` and ``j``."""
        return self._commas[j] > self._commas[i]


def _post_after_comma(doc: Doc, comma: int, lex: Lexicon) -> bool:
    """Whether the capitalised run after a comma is a post of its own: a word that opens a
    post ("Interim", "Acting", "Head", "Director") or a post's head word before any "of" or
    "and" ("Parks Service Manager"). Officers listed by their posts alone ("In Attendance:
    Director of Place, Acting Head of Legal, Parks Manager") are one post a piece, where a
    portfolio's list goes on in areas that head nothing ("Director of Economy, Environment
    and Infrastructure")."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in lex.post_run_openers:
        return True
    while k < len(doc) and k - comma <= 4 and is_cap(doc[k]):
        if doc[k].lower_ in ("of", "and", "&"):
            break
        if doc[k].lower_ in lex.post_heads and (
                k > comma + 1 or doc[k].lower_ not in lex.post_needs_qualifier):
            return True
        k += 1
    return False


def _areas_before_head(doc: Doc, i: int, comma: int, lex: Lexicon) -> bool:
    """Whether a comma lists the areas of one title before its head word: "Police, Fire and
    Crime Commissioner", "Health, Housing and Wellbeing Board". What precedes the comma and
    each area after it are one or two capitalised words heading nothing; an "and" (or "&")
    closes the list, and the run after it ends in a post's, a body's or a programme's head
    word ("Retail, Hospitality and Leisure Grant Fund"). A list of names of their own
    ("Westbury, Eastbury and Northbury") has no such head."""
    heads = lex.union("post_heads", "org_heads")
    titles = lex.union("post_heads", "org_heads", "programme_heads")
    if not 1 <= comma - i <= 2 or any(
            not is_cap(t) or t.is_upper or t.lower_ in lex.person_titles for t in doc[i:comma]
    ) or (comma - i == 2 and doc[comma - 1].lower_ in heads):
        return False  # ("Westbury Council, …": a body of its own before the comma)
    k = _area_run_end(doc, comma, lex)
    if k is None or k >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return False
    e = k + 1  # the title's head: the first head word of the run after "and"
    while e < len(doc) and e - k <= 4 and (is_cap(doc[e]) or (
            doc[e].text in ("'", "’") and doc[e - 1].lower_.endswith("s"))):
        if doc[e].lower_ in titles:
            # one title, not several bodies: "Westbury, Eastbury and Northbury Councils"
            last = doc[e].lower_
            return e - k > 1 and not (last.endswith("s") and last[:-1] in titles)
        e += 1
    # "Strong, Healthy & Attractive Neighbourhoods initiative": a programme's head in lower
    # case after the capitalised words, as it follows a name on its own
    return e < len(doc) and e - k > 1 and doc[e].lower_ in lex.programme_trailing and (
        doc[e].is_lower)


def _area_run_end(doc: Doc, comma: int, lex: Lexicon) -> int | None:
    """Where a run of ", Area" entries from ``comma`` ends (each one or two capitalised words
    heading nothing: no post's or body's head word of ``lex``), or None when one is no area.
    Every comma of a run ends where the first does, so each run is read once a page, its end
    kept for each of its commas: a roll of thousands of "Bell, Bell, …" is read in linear
    time, not from each comma again. The ends kept hold for the lexicon they were read with
    only (its head words decide them), so they are kept with it and read again for another."""
    store = kept(doc)
    held: tuple[Lexicon, dict[int, int | None]] | None = store.get(_AREA_RUN_ENDS)
    if held is None or held[0] is not lex:
        held = store[_AREA_RUN_ENDS] = (lex, {})
    ends = held[1]
    if comma in ends:
        return ends[comma]
    heads = lex.union("post_heads", "org_heads")
    seen: list[int] = []
    k: int | None = comma
    while k < len(doc) and doc[k].text == ",":
        if k in ends:
            k = ends[k]
            break
        seen.append(k)
        a = k + 1
        while k + 1 < len(doc) and is_cap(doc[k + 1]) and k + 1 - a < 2:
            k += 1
        if k < a or doc[k].lower_ in heads:
            k = None
            break
        k += 1
    for c in seen:
        ends[c] = k
    return k


_AREA_RUN_ENDS = "names_area_run_ends"  # perdoc.kept's key: (lexicon, each comma's run end)


def _hall_committee(words: list[str], lex: Lexicon) -> bool:
    """Whether a committee's name is a hall's or a community building's, run by a charity
    of its own ("the Village Hall Committee", "Westbury Community Centre Management
    Committee", ``organisations.hall_buildings``), or another village place's so run ("the
    Playing Fields Committee", ``own_charity_places``), not by the council ("Town Hall",
    "Civic Centre" are its own: ``own_buildings``)."""
    bare = words[1:] if words[:1] == ["the"] else words
    if len(bare) < 2 or bare[-1] != "committee":
        return False
    before = bare[:-2] if bare[-2] == "management" else bare[:-1]
    if not before or " ".join(before[-2:]) in lex.own_buildings:
        return False
    return before[-1] in lex.hall_buildings or " ".join(before[-2:]) in (
        lex.own_charity_places) or before[0] in lex.hall_openers


def _known_possessive(doc: Doc, i: int, end: int, lex: Lexicon) -> int:
    """Where a name ends whose last word is a possessive: "Sainsbury’s", "Barnardo's",
    known bodies named after their founders, end in the "'s" that a run of capitals stops
    before (printed with either apostrophe)."""
    if end < len(doc) and doc[end].lower_ in ("'s", "’s") and (
            _lower_phrase(doc[i:end]) + "'s" in lex.org_known):
        return end + 1
    return end


def _known_body_at(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a known body's name of two words or more starts at ``i``, capitalised as a
    name: "One Voice Wales" starts with a word that otherwise begins no name."""
    first = doc[i].lower_
    names = _known_by_first(lex.org_known).get(first, ()) if " " not in first else tuple(
        (k, len(k.split())) for k in lex.org_known if k.startswith(first + " "))
    return any(doc[i : i + size].text.lower() == k and all(
        is_cap(t) or t.lower_ in lex.connectors for t in doc[i : i + size])
        for k, size in names)


@cache
def _known_by_first(known: frozenset[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Known bodies' names of two words or more, with their number of words, by the word
    before their first space: the names ``_known_body_at`` tries at a word, looked up, not
    searched for among a thousand."""
    out: dict[str, list[tuple[str, int]]] = {}
    for k in known:
        first, space, _ = k.partition(" ")
        if space:
            out.setdefault(first, []).append((k, len(k.split())))
    return {w: tuple(names) for w, names in out.items()}


@cache
def _known_words(known: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """Known bodies' names of three words or more, as words and commas."""
    split = (tuple(re.findall(r"[\w'’-]+|,|&", k)) for k in known)
    return tuple(w for w in split if len(w) >= 3)


@cache
def _known_words_by_first(known: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """Where in ``_known_words`` the names opening with each word are."""
    out: dict[str, list[int]] = {}
    for n, words in enumerate(_known_words(known)):
        out.setdefault(words[0], []).append(n)
    return {w: tuple(at) for w, at in out.items()}


def _known_words_from(first: str, lex: Lexicon, *, of_for: bool = False) -> list[tuple[str, ...]]:
    """``_known_words`` of the names opening with ``first`` (with ``of_for``, "of" and "for"
    stand for each other), in ``_known_words``' order."""
    by_first = _known_words_by_first(lex.org_known)
    firsts = ({"of", "for"} if of_for and first in ("of", "for") else {first})
    at = sorted(n for w in firsts for n in by_first.get(w, ()))
    words = _known_words(lex.org_known)
    return [words[n] for n in at]


def _known_goes_on(doc: Doc, i: int, comma: int, lex: Lexicon) -> bool:
    """Whether the words from ``i`` to the comma at ``comma`` and the words after it are a
    known body's long name, a list inside it: "Ministry of Housing, Communities & Local
    Government" goes on past its comma, though "Local Government" would begin a body."""
    opening = tuple(t.lower_ for t in doc[i : comma + 1])
    for known in _known_words_from(opening[0], lex):
        if len(known) > len(opening) and known[: len(opening)] == opening:
            rest = known[len(opening) :]
            if tuple(t.lower_ for t in doc[comma + 1 : comma + 1 + len(rest)]) == rest:
                return True
    return False


def _known_body_continued(doc: Doc, i: int, end: int, lex: Lexicon) -> int:
    """Where a name that opens as a known body's does ends: "the Department of Levelling up,
    Communities and Housing" runs on past a lower-case word when the words after it are the
    rest of a known body's name ("Department for Levelling Up, Housing and Communities"), in
    any order and with "of" for "for", as minutes misremember long names. Every word of
    that rest must be there; otherwise the name ends where it did."""
    words = [t.lower_ for t in doc[i:end]]
    n = len(doc)
    if len(words) < 2 or end >= n or is_cap(doc[end]) or doc[end].is_sent_start:
        return end
    for known in _known_words_from(words[0], lex, of_for=True):
        opening = known[: len(words)]
        if len(known) <= len(words) or not all(
                a == b or {a, b} == {"of", "for"} for a, b in zip(words, opening, strict=True)):
            continue
        rest = set(known[len(words):])
        need = {w for w in rest if w != "," and w not in lex.connectors}
        k = end
        while k < n and not doc[k].is_sent_start and doc[k].lower_ in rest:
            k += 1
        while k > end and doc[k - 1].lower_ not in need:
            k -= 1  # no comma or connector at the end
        if need and need <= {t.lower_ for t in doc[end:k]}:
            return k
    return end


def _body_next(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a comma's next words name a body of their own, so the comma lists bodies
    rather than going on with one name ("Department for Education, Homes England and
    Ofsted", "Office for Students, Westshire University"): a known body (of one word or
    more) begins there, or the capitalised run there ends in a body's head word."""
    if i >= len(doc) or not is_cap(doc[i]):
        return False
    if doc[i].lower_ in lex.org_known or _known_body_at(doc, i, lex):
        return True
    k = i
    while k < len(doc) and is_cap(doc[k]) and k - i < 6:
        k += 1
    return k - i > 1 and (doc[k - 1].lower_ in lex.org_heads or head_kind(
        [t.lower_ for t in doc[i:k]], lex) == ORG)  # "…, Westbury Medical Practice"


def _place_with(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a council named for a place "X with Y" starts at ``i``: "Ashby with Oakley
    Parish Council", "Blackburn with Darwen Borough Council". Not a dealing with a council
    ("Meeting with Westshire County Council", ``organisations.dealings``)."""
    return i + 3 < len(doc) and doc[i + 1].lower_ == "with" and is_cap(doc[i]) and (
        doc[i].lower_ not in lex.post_heads | lex.org_heads | lex.programme_heads
        | lex.not_name_start | lex.dealings) and any(
        t.lower_ in ("council", "borough") and all(is_cap(u) for u in doc[i + 2 : t.i])
        for t in doc[i + 3 : i + 6])


def _generic(text: str, lex: Lexicon) -> bool:
    """A reference to bodies without naming them, alone or joined by "and"."""
    return _generic_in(text, lex, {})


def _generic_in(text: str, lex: Lexicon, seen: dict[str, bool]) -> bool:
    """:func:`_generic`, each piece's answer kept in ``seen``: a run joined by many "and"s
    (a roll's column of posts wrapped after each "&") is split at every "and" on each side,
    and without it the pieces would be asked again exponentially often."""
    if text not in seen:
        seen[text] = _generic_once(text, lex, seen)
    return seen[text]


# The most kinds of body one generic reference joins with "and" ("the Town, District and
# County Councils" joins two). Beyond it a run is read as no reference without splitting it
# at each "and": every prefix split again at every "and" is quadratic in the joins, and a
# run of hundreds (a page's text run onto one line) took seconds.
_GENERIC_MOST_JOINS = 6


# A minute's number as a name's first word, in lower case (``name_key``): figures, joined by
# "/", "." or "-" or not, a committee's letters before them or not ("mh07/16.4", "c535",
# "12/23", "12a."). Not a word with a figure inside a name ("Play4All Trust", "Fit4Life").
_MINUTE_NUMBER = re.compile(r"(?:[a-z]{1,5}[./-]?)?\d+(?:[./-]\d+)*[a-z]?\.?")


def _generic_once(text: str, lex: Lexicon, seen: dict[str, bool]) -> bool:
    if name_key(text) in lex.generic_names:
        return True
    words = name_key(text).split()
    if len(words) > 1 and ((tail := " ".join(words[-2:])) in lex.place_tails
                           or tail in lex.own_buildings) and not ({"and", "&"} & set(words)):
        return True  # "Horsham Town Centre", "Westby Civic Centre": a place, no body
    if len(words) > 1 and words[-1] in ("council", "councils") and all(
            w in lex.council_not_places or w in ("and", "&") for w in words[:-1]):
        return True  # "First Council", "Open Council": no place, so no council's name
    if len(words) > 1 and words[-1] in lex.own_unit_heads and all(
            w in lex.own_unit_words for w in words[:-1]):
        return True  # "the Project Delivery Board", "the Administration Department": its own
    if len(words) > 1 and words[-1] in lex.union("own_unit_heads", "own_office_heads") and (
            " ".join(words[:-1]) in lex.own_functions):
        return True  # "the Election Team", "the Rights of Way team": its own officers
    owner, apostrophe, owned = name_key(text).partition("'s ")
    if apostrophe and owner in lex.owners and _generic_in(owned, lex, seen):
        return True  # "the Council's Communication team": its own officers
    first, _, rest = name_key(text).partition(" ")
    if first in lex.meeting_kinds and rest in lex.generic_names:
        return True  # "the Annual Parish Council meeting": a meeting of the parish council
    if rest and _MINUTE_NUMBER.fullmatch(first) and _generic_in(rest, lex, seen):
        return True  # "MH07/16.4 Open Forum": a minute's number before a generic name
    session, for_, _ = name_key(text).partition(" for ")
    if for_ and session in lex.sessions_for:
        return True  # "Open Forum for Public Participation": a session of the meeting
    if "/" in text and _generic_in(text.rsplit("/", 1)[1].strip(), lex, seen):
        return True  # "Village Map/Notice Board": two things, the last a generic one
    joins = list(re.finditer(r" (?:and|&) ", text))
    if len(joins) > _GENERIC_MOST_JOINS:
        return False  # a run of many "and"s (a flattened column of posts) is no reference
    head = text.rsplit(" ", 1)[-1]
    return any(
        (_generic_in(text[: m.start()], lex, seen) and _generic_in(text[m.end() :], lex, seen))
        # "County and District Councils": two kinds sharing the plural head after the last
        or (" " not in text[: m.start()].strip() and _generic_in(f"{text[: m.start()]} {head}",
                                                                 lex, seen)
            and _generic_in(text[m.end() :], lex, seen))
        for m in joins
    )


def _ends_in_known(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` ends, after a space, in a known body's name of two words or more
    (:func:`_ends_in_word_of`, from the second space from the end on)."""
    return _ends_in_word_of(text, lex.org_known, least=2)


def body_review(label: str, lex: Lexicon) -> bool:
    """Whether a programme's name is a body's review, a lower-case "review" after the body or
    audit function that carries it out ("the Overview and Scrutiny review", "the Internal
    Audit review", ``programmes.reviewers``): that body's piece of work, no programme named."""
    words = label.split()
    return len(words) >= 2 and words[-1] == "review" and words[-2].lower() in lex.reviewers


def unknown_in_capitals(label: str, lex: Lexicon) -> bool:
    """Whether a programme's name is printed all in capitals, two words or more, and is no
    known scheme's: an item's title ("6. BURIAL GROUNDS MAINTENANCE CONTRACT" on a page run
    onto one line, where no line break shows it for a title), the meeting's business, as
    :func:`_programme_in_capitals` reads such a title at a line's start."""
    words = label.split()
    return len(words) >= 2 and label.upper() == label and any(c.isalpha() for c in label) \
        and not _known_scheme(label.lower(), lex)


def _inner_topics_joined(bare: list[str], lex: Lexicon) -> list[str] | None:
    """``bare`` with each topic of ``post_of_topics`` that stands after a word of the name
    (not after "of", "for" or "the") and before its head made one word ("the GP Out of Hours
    Service" read as "GP outofhours Service"), or None when there is none. Every topic is
    joined in one pass, so a name is read again once, however many it holds."""
    topics = _topic_words(lex.post_of_topics)
    firsts = {t[0] for t in topics}
    out: list[str] = []
    k, n, found = 0, len(bare), False
    while k < n:
        t = None
        if k and bare[k] in firsts and out[-1] not in ("of", "for", "the"):
            t = next((t for t in topics if tuple(bare[k : k + len(t)]) == t and k + len(t) < n),
                     None)
        if t is None:
            out.append(bare[k])
            k += 1
        else:
            out.append("".join(t))
            k += len(t)
            found = True
    return out if found else None


@cache
def _topic_words(topics: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each topic's words, the longest topic first."""
    return tuple(tuple(t.split()) for t in _longest_first(topics))


def _office_of_post(bare: list[str], lex: Lexicon) -> bool:
    """Whether a name (lower case, its "the" dropped) is "Office of" a post: "elected to the
    Office of Deputy Chair of the Council", "the Office of High Sheriff", "Office of the Chief
    Executive" name the post held or its holder's staff, which readers never list as an outside
    body (as "the Clerk's Office", ``prose._officers_office``). The post is the one to four words
    up to its own "of", "for" or "to", ending in a post's head; the heads of
    ``organisations.office_of_bodies`` name bodies of their own ("Office of the Police and Crime
    Commissioner", "Office of the Deputy Prime Minister"), and a name with no post's head is a
    body too ("Office of Rail and Road", "Office of the PCC")."""
    if bare[:2] != ["office", "of"]:
        return False
    rest = bare[3:] if bare[2:3] == ["the"] else bare[2:]
    post: list[str] = []
    for w in rest:
        if w in ("of", "for", "to"):
            break
        post.append(w)
    return 1 <= len(post) <= 4 and post[-1] in lex.post_heads and (
        post[-1] not in lex.office_of_bodies)


def _phrase_headed(words: list[str], lex: Lexicon) -> bool:
    """Whether a name's lower-case words end in a head of two words (``phrase_heads``: "road
    map", "policy statement") with a word of the name before it."""
    return len(words) > 2 and " ".join(words[-2:]) in lex.phrase_heads


def head_kind(words: list[str], lex: Lexicon) -> str | None:
    """What a name is, by the word it ends in (or the post word before its portfolio)."""
    if not words:
        return None
    text = " ".join(words).replace(" ’s", "'s").replace(" 's", "'s").replace(" ,", ",")
    if text in lex.org_known or name_key(text) in lex.org_known:
        return ORG
    if _ends_in_known(text, lex) and not any(
        w in lex.post_heads and words[k + 1] in ("for", "of", ":")
        for k, w in enumerate(words[:-1])
    ):
        return ORG  # "Staffordshire Women's Aid": a place and a known body
    if _body_by_tail(words, lex):
        return ORG  # "Shropshire Fire and Rescue", "Northvale Chamber of Commerce"
    if _generic(text, lex):
        return None  # "the County Council", "… and Borough and District Councils": references
    if len(words) == 2 and words[0] in lex.post_ranks and words[1] in lex.org_heads:
        return None  # "the Acting Police, Crime and Victims' Commissioner": a post's rank
    compounds = _post_compounds(lex)
    if name_key(text) in compounds or _ends_in_word_of(text, compounds):
        return POST  # "Senior Finance Business Partner"
    if _national_body(words, lex):
        return ORG  # "Public Health Wales", "Transport for Wales", "Sport Scotland"
    bare = words[1:] if words[0] == "the" else words
    if _office_of_post(bare, lex):
        return None  # "the Office of Deputy Chair of the Council": a post held, no body
    for t in lex.post_of_topics:
        if " ".join(bare).startswith(t + " "):
            # "Rights of Way Officer", "Freedom of Information Policy", "Cost of Living
            # Working Group": the "of" is the topic's, the head is the word the name ends in,
            # read as if the topic were one word
            return head_kind([t.replace(" ", ""), *bare[len(t.split()) :]], lex)
    joined = _inner_topics_joined(bare, lex)
    if joined is not None:
        # "the GP Out of Hours Service": the topic after a word of the name, one word too
        return head_kind(joined, lex)
    if name_key(text) in lex.scheme_named:
        # "Pride of Place", "Start for Life": a national scheme printed as a name, its "of" or
        # "for" its own (the rule below would read the word before it as the head)
        return PROGRAMME
    # "Cabinet Member for …", "Head of …", "Office of the … Commissioner", "Department of …",
    # "Chairman of the Member Development Panel", "Director: Health & Wellbeing",
    # "Working Group on Elective Home Education"
    for k, w in enumerate(words[:-1]):
        if words[k + 1 : k + 4] == ["with", "responsibility", "for"] and w in lex.post_heads:
            return POST  # "Cabinet Member with Responsibility for Community Safety"
        if words[k + 1] in ("for", "of", ":") and k + 2 < len(words):
            if w in lex.post_heads or (k and f"{words[k - 1]} {w}" in lex.post_compounds) or (
                    _plural_alone(words[: k + 1], lex)) or (
                    # "Heads of Service", "Heads of Department": one post's holders
                    _plural_area_post(words, k, lex)):
                return POST  # (a head of two words: "the Auditor General for Scotland")
            if words[k + 1] == "for" and _group_of_work(words, k, lex):
                # "the Task and Finish Group for the Waste Contract": a group set up for one
                # piece of work is a programme before what it works on as after its name
                # (after "of" is whose group it is: "the Task and Finish Group of the
                # Scrutiny Committee" is named by no work)
                return PROGRAMME
            if w in lex.org_heads and _known_body_scheme(words, k + 2, lex):
                # "Department for Transport Capital Funding Grant": a national body's own
                # grant or fund, named with the body (as "Defra Air Quality Grant" is)
                return PROGRAMME
            if w in lex.org_heads:
                return ORG
            if w == "review" and words[k + 1] == "of" and set(words[k + 2 :]) & (
                    lex.reviewed_business):
                return None  # "Review of Premises Licence": one case, or the meeting's business
            if w in lex.programme_heads and words[k + 1] == ":" and " ".join(
                    words[: k + 1]) in lex.programme_generic:
                return None  # "Video Stream: Click here to watch": a generic name's colon
            if w in lex.programme_action_heads:
                return None  # "Development of the Depot", "New Contract for …": work on it
            if w in lex.programme_heads and words[-1] in lex.programme_own_business:
                return None  # "the Scheme of Delegation", "Programme of Meetings": its rules
            if w in lex.programme_heads:
                return PROGRAMME  # "Review of …", "Strategy for …"
            if words[-1] in lex.for_named_heads and words[k + 1] == "for" and (
                    words[k + 2] not in lex.review_openers) and 1 <= len(words) - k - 3 <= 2 and (
                    w not in lex.for_named_not | lex.money_words):
                # "the Education for Life Campaign": its "for" its own, with a word or two of
                # what it is for; "Support for Poppy Campaign", "Funding for Litter Campaign"
                # are what is given to a campaign
                return PROGRAMME
            if w not in lex.place_words:
                # "Annual Report of the Police and Crime Commissioner", "Appointment of
                # Deputy Chair": the head is the word before "of", and it names nothing.
                return None
            break  # "City of Wolverhampton Council": read on to the last word
        if words[k + 1] in ("on", "into") and k + 2 < len(words) and w in lex.programme_heads:
            return PROGRAMME
    if _hall_committee(words, lex):
        return ORG  # "the Village Hall Committee": the hall's charity, not the council's
    if any(text.endswith(w) for w in lex.committee_bodies):
        return ORG  # "the Westby Youth Cabinet": young people's body, not the council's cabinet
    if any(text.endswith(w) for w in lex.committee_words):
        return None  # a committee is modelled as a committee
    last = words[-1]
    if len(words) > 2 and words[-2] in ("of", "for", "on"):
        return None  # "Declaration of Acceptance of Office": the head is not the last word
    if text in lex.programme_generic or _ends_in(text, lex.programme_generic_tails):
        return None
    if last in lex.programme_heads and len(words) > 1 and all(
            w in lex.edition_not_names or w == "the" for w in words[:-1]):
        return None  # "Town Investment Plan – Revised Projects", "the Proposed Scheme": which
        # version of a plan or scheme named elsewhere, no name of its own
    if name_key(text).endswith(" plans") and name_key(text)[:-1] in (
            lex.programme_known):
        # "parishes that have Neighbourhood Plans": plans of that kind, none named (a body
        # has one plan of a kind; "Disabled Facilities Grants" are the scheme's awards)
        return None
    if name_key(text) in lex.programme_known or _ends_in_word_of(text, lex.programme_known):
        return PROGRAMME  # "Community Speed Watch": a national scheme with no head word
    if name_key(text) in lex.scheme_named:
        return PROGRAMME  # "Local Government Settlement", printed as a name: a national scheme
    if _own_rules_group(text, lex):
        return None  # "the Constitutional Working Group": the council's own rules, no scheme
    if any(text.endswith(g) for g in lex.group_phrases):
        return PROGRAMME
    if len(words) > 2 and any(text.endswith(" " + g) for g in lex.development_phrases):
        return PROGRAMME  # "Brenig Wind Farm": a named energy development
    if _phrase_headed(words, lex):
        return PROGRAMME  # "Net Zero Road Map": a plan's head of two words
    if last in ("service", "services") and any(text.endswith(s) for s in lex.service_bodies):
        return ORG
    if len(words) > 3 and last in lex.departments and words[-3] in lex.post_heads and (
            words[-3] not in lex.post_needs_qualifier):
        return POST  # "Chief Officer Social Services": the department, with no "of"
    if len(words) > 4 and words[1] in lex.post_heads and (
            words[0] in lex.post_ranks or words[2] in lex.directorates) and (
            words[1] not in lex.post_needs_qualifier) and any(
                w in ("and", "&") for w in words[3:-1]) and not any(
                w in lex.post_heads | lex.org_heads | lex.person_titles for w in words[2:]):
        # "Chief Officer Governance & Customer": the areas, with no "of"; so after a
        # director's own qualifier when the first area is a directorate's ("Corporate
        # Director Regeneration and Community Services", ``posts.directorates``)
        return POST
    if _bare_head_with_remits(words, lex):
        return POST  # "Director Finance and Commissioning": the remits, with no "of"
    if last in lex.departments:
        return None  # "Corporate Services", "Children's Services": a council's departments
    if len(words) == 4 and last in lex.paired_departments and words[1] in ("and", "&") and not (
            {words[0], words[2]} & (lex.post_heads | lex.org_heads | lex.programme_heads)):
        return None  # "Children and Families Service": two areas, a department
    if last in lex.programme_heads and last not in ("board", "network") and (
        last not in ("group", "groups")) and not (
            # a hub is a service ("the Stronger Families Hub", "the Growth Hub") unless
            # named as a body or a place is ("Community Hub", "Multi Agency … Hub")
            last in ("hub", "hubs") and any(w in lex.hub_bodies for w in words)):
        return PROGRAMME if len(words) > 1 else None
    if len(words) >= 2 and words[-2] in lex.operation_words and last not in lex.connectors | (
            lex.post_heads | lex.org_heads) and not re.search(r"(?:[^aiosu]s|es)$", last) and (
            not last.endswith(lex.operation_not_name_endings)):
        # "Operation Encompass", "Exercise Odin", "Operation Venus" ("Exercise Classes",
        # "Exercise Groups": plurals, none; "Exercise Equipment": a common noun, none)
        return PROGRAMME
    if len(words) > 2 and last in lex.campaign_heads and not any(
            w in lex.not_name_start for w in words):
        return PROGRAMME  # "Black History Month": a campaign
    if len(words) > 2 and words[-2] in lex.post_heads and last in lex.directorates and not (
            words[-2] in lex.post_needs_qualifier and (
                words[-3] in lex.connectors or words[-3].endswith(","))):
        # "Executive Director Place", "Strategic Director People": no "of" (not "… and the
        # Visitor Economy", an area whose own word is no post's head: a head that needs a
        # word before it has none in a connector; "Monitoring Officer and Director
        # Resources", a director's, needs none)
        return POST
    if len(words) > 2 and " ".join(words[:2]) in lex.cabinet_posts and not any(
            w in lex.post_heads | lex.org_heads | lex.programme_heads
            | (lex.connectors - ({"and", "&"} if 2 < k < len(words) - 1 else set()))
            for k, w in enumerate(words) if k >= 2):
        # "Cabinet Member Protecting Young People": the portfolio, with no "for"; its areas
        # may be joined by "and" ("Cabinet Member Place & Environment")
        return POST
    if last.endswith("s") and last[:-1] in lex.post_heads and any(
            w in lex.plural_post_qualifiers for w in words[:-1]):
        return POST  # "Cabinet Lead Members", "Ward Members", "Portfolio Holders"
    if _plural_alone(words, lex):
        return POST  # "Vice-Chairs", "Joint Chairs", "Aldermen": one post's holders
    if last == "members" and len(words) > 1 and words[-2] in lex.plural_seat_qualifiers:
        return POST  # "Independent Members", "Magistrate Members": a lay seat's holders
    if len(words) > 1 and (one := singular_head(last, lex)) and (
            one not in lex.plural_needs_qualifier) and not any(
                w in ("and", "&", "or") and not _inside_and_topic(words, k, lex)
                for k, w in enumerate(words[:-1])) and (
            head_kind([*words[:-1], one], lex) == POST):
        return POST  # "Group Leaders", "District Councillors": holders of one post
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


def _bare_head_with_remits(words: list[str], lex: Lexicon) -> bool:
    """Whether a name is a director's or a manager's post of one word with its remits after
    it, joined by "and" and printed with no "of" ("Director Finance and Commissioning",
    "Director Energy and Low Carbon", as boards' rolls and minutes print their officers'
    posts): the head opens the name (``posts.listed_remit_heads``, one that needs no word
    before it), and every word after it is a remit's — no other head, title, connector or
    common given name ("Director Jo Hale and Ann Bell" is a post and two people)."""
    if len(words) < 4 or words[0] not in lex.post_listed_remit_heads or (
            words[0] in lex.post_needs_qualifier) or words[1] in ("and", "&") or (
            words[-1] in ("and", "&")) or not any(w in ("and", "&") for w in words[2:-1]):
        return False
    others = lex.union("post_heads", "org_heads", "programme_heads", "person_titles")
    return not any(w in others or (w in lex.connectors and w not in ("and", "&")) or (
        w.capitalize() in lex.given_names) for w in words[1:])


def _plural_alone(words: list[str], lex: Lexicon) -> bool:
    """Whether words end in a plural that names one post's holders by itself
    (``posts.plural_alone``: "Vice-Chairs", "Joint Chairs", "Aldermen"). Not after an "and"
    ("Chairs and Vice-Chairs" are two posts' holders, as the plurals of ``head_kind`` are)."""
    return not any(w in ("and", "&", "or") for w in words[:-1]) and (
        words[-1] in lex.post_plural_alone or (
            len(words) > 1 and " ".join(words[-2:]) in lex.post_plural_alone))


def _plural_area_post(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the plural head at ``k``, before "of", names the holders of one post that
    heads an area ("Heads of Service", "Heads of Department"), as "Group Leaders" do. Only
    ``posts.plural_area_heads``: "Directors of" names a body's board more often than a post
    ("the Non-Executive Directors of Westshire Trust", "the Association of Directors of …").
    Not before a document ("Heads of Terms", ``posts.plural_area_not``), "the" or a body's
    name ("the Heads of Westbury Academy"), nor over two areas joined by "and", each its own
    post ("the Heads of Legal and Financial Services")."""
    rest = words[k + 2 :]
    return words[k + 1] == "of" and words[k] in lex.post_plural_area_heads and bool(rest) and (
        rest[0] not in lex.post_plural_area_not | {"the"}) and not {"and", "&"} & set(rest) and (
        head_kind(rest, lex) != ORG)


def singular_head(word: str, lex: Lexicon) -> str | None:
    """The post head a plural word is the plural of ("leaders", "spokespersons",
    "deputies", "aldermen"), or None: holders of one post named together share its title."""
    for one in (word[:-3] + "y" if word.endswith("ies") else None, word[:-1]):
        if one and word.endswith("s") and one in lex.post_heads:
            return one
    if word.endswith("men") and word[:-3] + "man" in lex.post_heads:
        return word[:-3] + "man"  # "aldermen", "chairmen"
    return None


def _body_by_tail(words: list[str], lex: Lexicon) -> bool:
    """A body whose name ends in words of more than one that no single head word tells
    (``organisations.tails``): "Shropshire Fire and Rescue", "the Northvale Chamber of
    Commerce". Some name of its own must come first (a place, "Dorset & Wiltshire"): alone,
    or after a body of its own ("Police and Fire and Rescue"), the tail names nothing. Or a
    name that opens as bodies' names do (``organisations.openers``): "the Friends of
    Westbury Park"."""
    if words and words[0] == "the":
        words = words[1:]
    text = " ".join(words)
    if any(text.startswith(o + " ") for o in lex.org_openers):
        return True
    for tail in lex.org_tails:
        if text.endswith(" " + tail):
            before = words[: len(words) - len(tail.split())]
            return before[-1] not in lex.connectors and before[0] not in lex.not_name_start and (
                not any(w in lex.org_heads | lex.post_heads | lex.programme_heads
                        for w in before))
    return False


def _national_body(words: list[str], lex: Lexicon) -> bool:
    """A national body named by what it does and the nation it serves: "Public Health
    Wales", "Transport Scotland", "Transport for Wales", "Care Inspectorate Wales". Two to
    five words, none heading a post or a programme (a "Commissioner for Wales" is a post);
    not a region ("North Wales", "Rural England") nor the nations themselves ("England and
    Wales")."""
    if not 2 <= len(words) <= 5 or words[0] in lex.union("nations", "regions", "not_name_start"):
        return False
    # the longest nation first ("northern ireland" before "ireland"): the same in every run,
    # not the set's order
    nation = next((n for n in sorted(lex.nations, key=lambda n: (-len(n), n))
                   if " ".join(words).endswith(" " + n)), None)
    if nation is None:
        return False
    rest = words[: len(words) - len(nation.split())]
    return bool(rest) and rest[-1] not in ("and", "&") and not any(
        w in lex.post_heads | lex.programme_heads | lex.nations | lex.regions
        or (w in lex.connectors and w not in ("for", "of")) for w in rest)


@cache
def _most_words(names: frozenset[str]) -> int:
    """The most words any of ``names`` has (the sets are the lexicon's, built once)."""
    return max((len(n.split(" ")) for n in names), default=0)


def _split_on_and(words: list[str], lex: Lexicon, offset: int = 0) -> list[tuple[int, int]]:
    """"Chief Constable and Police and Crime Commissioner" is two posts, "Women's Aid and
    Pathway" two bodies: split at an "and" when both sides are names on their own. "Health
    and Wellbeing Board" stays whole, since "Health" alone is nothing. The last "and" that
    splits is taken first, so "Director: Health & Wellbeing and Senior Public Health
    Commissioner" splits before "Senior", not inside "Health & Wellbeing"."""
    if len(words) > 2 and words[0].lower() in lex.post_lay_roles and words[1] in ("and", "&") and (
            head_kind(words[2:], lex) == POST):
        # "Tenant and Secretary of the Residents Group": a lay standing, then the post
        return _split_on_and(words[2:], lex, offset + 2)
    for k in range(max(0, len(words) - _most_words(lex.org_known)), len(words) - 2):
        # "Cllr John Lamb Bath and North East Somerset Council": a known body whose name has
        # an "and" inside (councils.toml, bodies.toml) ends the run; it is one name, and
        # whatever runs before it another (only endings no longer than the longest known
        # name are tried: a long run joined at every "and" was cubic in its length)
        if {"and", "&"} & set(words[k + 1 : -1]) and " ".join(words[k:]) in lex.org_known and (
                k == 0 or words[k - 1] not in lex.connectors):  # ("Chair of Bath and …")
            return [*([(offset, offset + k)] if k else []), (offset + k, offset + len(words))]
    for k in range(len(words) - 4, max(len(words) - 6, 0), -1):
        # "the Lord Lieutenant of Westshire and Jo Hale OBE": a post, then a person by her
        # name and an honour after it (``people.honours``), who is no part of the office
        # (three or four words after the "and": only those two places tried, each tail read
        # once, not a tail after every "and" of a long run)
        if words[k] in ("and", "&") and _named_with_honour(words[k + 1 :], lex) and (
                head_kind(words[:k], lex) == POST):
            return [*_split_on_and(words[:k], lex, offset), (offset + k + 1, offset + len(words))]
    for k in range(1, len(words) - 1):
        # "Deputy Leader/Cabinet Member Place & Environment": a post before a slash is
        # one name, whatever follows ("Live/Work Leicester Campaign" stays whole).
        if words[k] == "/" and head_kind(words[:k], lex) is not None:
            return [*_split_on_and(words[:k], lex, offset),
                    *_split_on_and(words[k + 1 :], lex, offset + k + 1)]
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("and", "&") and not _inside_and_topic(words, k, lex):
            left, right = words[:k], words[k + 1 :]
            kind = head_kind(right, lex)
            if kind is not None and (kind == head_kind(left, lex) or (
                    kind == ORG and _generic(" ".join(left), lex)) or (
                    # "the PCC Annual Report and Police and Crime Plan": a document the
                    # meeting receives, then the programme, named on its own
                    kind == PROGRAMME and left[-1] in lex.programme_document_heads
                    and head_kind(left, lex) is None)):
                # "the Council and Cheshire Police": a generic reference, then a body
                return [*_split_on_and(left, lex, offset), (offset + k + 1, offset + len(words))]
    # "Lengthsman and P3 Scheme": a bare post never runs on into a programme or a body.
    for k in range(1, len(words) - 1):
        if words[k] in ("and", "&"):
            left, right = words[:k], words[k + 1 :]
            if head_kind(left, lex) == POST and not {"of", "for"} & set(left) and (
                    head_kind(right, lex) in (PROGRAMME, ORG)):
                return [(offset, offset + k), *_split_on_and(right, lex, offset + k + 1)]
            break
    # "Trent and Dove Housing and Your Housing": a known body after the last "and" is named
    # on its own, whatever comes before it.
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("and", "&"):
            right = " ".join(words[k + 1 :])
            if right in lex.org_known and not _generic(" ".join(words[:k]), lex) and not (
                    # "Cabinet Member for Adult Social Care and Public Health": a portfolio
                    # (``posts.portfolios``) after a post's portfolio goes on with it
                    right in lex.post_portfolios and (
                        _holds_portfolio(words[:k], lex) or _directs_area(words[:k], lex))):
                return [*_split_on_and(words[:k], lex, offset),
                        (offset + k + 1, offset + len(words))]
            break
    # "bodies from the NHS, Public Health and Local Government": when the run as a whole names
    # nothing, a known body before an "and" is still named.
    # So is a public body by its place and head ("forward to Westbury Town Council and
    # Tidy-Up", "Westshire Police and Neighbourhood Watch"), whatever follows the "and".
    if head_kind(words, lex) is None:
        for k in range(1, len(words) - 1):
            if words[k] in ("and", "&") and (" ".join(words[:k]) in lex.org_known or (
                    k >= 2 and words[k - 1] in lex.public_heads and "and" not in words[:k]
                    and "&" not in words[:k] and head_kind(words[:k], lex) == ORG
                    and not _generic(" ".join(words[:k]), lex)
                    and not set(words[k + 1 :]) & _any_head(lex))):
                # (a head after the "and" goes on with the name: "Westshire Police and
                # Crime Panel" is one panel)
                return [(offset, offset + k), *_split_on_and(words[k + 1 :], lex, offset + k + 1)]
    return [(offset, offset + len(words))]


def _named_with_honour(words: list[str], lex: Lexicon) -> bool:
    """Whether lower-cased ``words`` are a person's two or three names and an honour after
    them ("jo hale obe"): no head of a post or a body among the names."""
    return 3 <= len(words) <= 4 and words[-1].upper() in lex.honours and all(
        w.isalpha() and w not in lex.org_heads | lex.post_heads | lex.connectors
        for w in words[:-1])


def _inside_and_topic(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the "and" at ``k`` joins the words of one office's name
    (``posts.and_topics``): "Police and Crime Commissioner", "Fire and Rescue Service"."""
    low = [w.lower() for w in words]
    for topic in lex.post_and_topics:
        for a, w in enumerate(topic):
            if w == "and" and k - a >= 0 and tuple(low[k - a : k - a + len(topic)]) == topic:
                return True
    return False


def _body_after_title(words: list[str], lex: Lexicon) -> int | None:
    """Where a body begins after a document's title and "of (the)": "Draft Constitution of
    the Westshire Integrated Care Board", "Annual Report of the Fire Authority" are about the
    body, which is what they name (``title_heads``, ``title_tails``, after "draft" …)."""
    if "of" not in words:
        return None
    k = words.index("of")
    head = words[:k]
    while head and head[0] in lex.not_modifiers:
        head = head[1:]
    if not head or " ".join(head) not in lex.title_heads | lex.title_tails:
        return None
    b = k + 1 + (k + 1 < len(words) and words[k + 1] == "the")
    return b if len(words) - b > 1 and head_kind(words[b:], lex) == ORG else None


def _body_in_title(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a title name a body: "Community Safety Partnership Performance
    Review", "War Memorials Trust Grant Application", "Centre for Public Scrutiny Self
    Evaluation" are a document or an agenda item about the body, and the body is what they
    name. The rest must be a title's tail (``title_tails``), so that a programme that merely
    starts with a body's head word is not cut."""
    for k in range(len(words) - 1, 0, -1):
        if k == 1 and words[0] not in lex.org_known:
            break  # "Partnership Review": a head word alone is no body; "Ofsted Inspection" is
        if " ".join(words[k:]) in lex.title_tails and head_kind(words[:k], lex) == ORG:
            return k
    return None


def _body_before_words(words: list[str], lex: Lexicon) -> int | None:
    """How many words open a run with a body's name when the run as a whole names nothing:
    "Accounts Commission Findings on Equal Pay", "Westbury Hospice Christmas Appeal
    Update", an item's title about what the body did. The opening words must be a body by
    their own head word (two words or more, no generic reference), and the words after it
    must name nothing of a kind. Only heads that are seldom a noun's modifier
    (``organisations.opening_heads``): "Free School Meals", "Town Centre Management" open
    with no body."""
    for k in range(len(words) - 1, 1, -1):
        if words[k - 1] in lex.opening_heads and words[k] not in lex.connectors and (
                head_kind(words[:k], lex) == ORG) and not _generic(" ".join(words[:k]), lex) \
                and head_kind(words[k:], lex) is None:
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
        if words in lex.public_heads and k + size < len(doc) and (
                doc[k + size].is_alpha and doc[k + size].is_lower and not doc[k + size].is_stop):
            continue  # "Westbury police station", "Westshire council tax": a thing of theirs
        if k + size <= len(doc) and (words in lex.programme_trailing or (
                words in lex.org_trailing)) and not doc[k].is_upper:
            if words in lex.programme_kind_words and k + size < len(doc) and (
                    doc[k + size].is_lower and doc[k + size].lower_ in lex.programme_kind_words):
                return k + size + 1  # "the Town Link Officer pilot scheme": two kind words
            return k + size
    if k == e and start is not None and k < len(doc) and doc[k].lower_ in lex.place_trailing and (
            doc[k].is_lower) and not doc[e - 1].is_upper and (
            doc[e - 1].lower_ not in lex.programme_heads | lex.org_heads | lex.post_heads
            | lex.org_trailing | lex.committee_words | {"'s", "’s"}) and (
            _lower_phrase(doc[start:e]) not in lex.org_known) and not (
            k + 1 < len(doc) and doc[k + 1].lower_ in ("of", "for")):
        return k + 1  # "the Broomy Farm development": a named scheme of building
    # "the Council Tax hardship fund": one lower-case word of what the scheme does between a
    # name of two words or more and its head, when the name heads nothing itself; a quoted
    # name of any length is a name by its quotes ("the 'Healthy Start' voucher scheme")
    quoted = k == e + 1 and doc[e].text in _CLOSING_QUOTES
    if (k == e or quoted) and k + 1 < len(doc) and start is not None and (
            quoted or e - start >= 2 or (doc[start].is_upper and len(doc[start]) >= 2)) and (
            doc[e - 1].lower_ not in lex.union("programme_heads", "org_heads", "post_heads")
            ) and (doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in lex.union(
                "connectors", "not_name_start", "not_modifiers")) and not (
            doc[k].lower_.endswith("ed")) and (
            _lower_phrase(doc[start:e]) not in lex.org_known) and doc[k + 1].is_lower and (
            doc[k + 1].lower_ in lex.programme_trailing):
        return k + 2
    if k == e and start is not None:
        return _lower_head_after(doc, start, e, lex)
    return e


def _lower_head_after(doc: Doc, start: int, e: int, lex: Lexicon) -> int:
    """The end of a programme named by a place, a body or a code in capitals and then, in
    lower case, what it does and its head: "the Westshire bus service improvement plan",
    "the Brookfield flood alleviation scheme", "the BBNPA access improvement plan", "a Covid
    household survey" (the head in ``programmes.trailing`` or ``described_trailing``, one to
    three lower-case words before it). Minutes write a local scheme so as often as in title
    case. The name must follow an article or an owner ("the", "a", "its", "'s"; one
    adjective between: "a further Covid household survey"), so a sentence's verb after a
    subject ("the Council will plan") is never read as a head; it is no generic reference,
    owner or known body ("the Council housing plan", "the NHS long term plan" names the NHS),
    and heads nothing itself. The first lower-case word may not say which document or stage
    is meant ("the Housing Strategy draft plan"), and none is a function word, a past
    participle ("the Council agreed plan") or an adverb ("the Panel recently review")."""
    n = len(doc)
    before = start - 1
    if before > 0 and doc[before].is_lower and doc[before].is_alpha and (
            doc[before].lower_ not in lex.connectors) and (
            doc[before].lower_ not in lex.not_name_start
            or doc[before].lower_ in lex.name_adjectives):
        before -= 1  # "a further Covid household survey", "an ongoing … plan": one adjective
    if start == 0 or before < 0 or doc[before].lower_ not in _ONE_OF or e >= n:
        return e
    name = _lower_phrase(doc[start:e])
    if name in lex.org_known or name in lex.owners or _generic(name, lex) or (
            doc[e - 1].lower_ in _any_head(lex)) or doc[start].lower_ in lex.not_name_start:
        return e
    if doc[e].lower_ in lex.not_modifiers:
        return e
    best = e
    for g in range(e, min(n, e + 3)):
        w = doc[g]
        if not (w.is_alpha and w.is_lower) or w.lower_ in _not_before_head(lex) or (
                w.lower_.endswith("ed")) or (
                w.lower_.endswith("ly") and len(w) > 5) or w.is_sent_start:
            break
        head = doc[g + 1] if g + 1 < n else None
        if head is not None and head.is_lower and head.lower_ in (
                lex.programme_trailing | lex.described_trailing):
            best = g + 2
    return best


@cache
def _any_head(lex: Lexicon) -> frozenset[str]:
    """Every kind's head words and the council's own words (built once, not per name)."""
    return (lex.programme_heads | lex.org_heads | lex.post_heads | lex.committee_words
            | lex.departments)


@cache
def _not_before_head(lex: Lexicon) -> frozenset[str]:
    """Words that never say, in lower case, what a programme does (built once)."""
    return lex.connectors | lex.not_name_start | frozenset(_ONE_OF)


# A month or a weekday after "in" tells when, not where (the calendar's own names).
_MONTHS_AND_DAYS = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)


# The years a plan or strategy runs for, printed after its name or before it: "2022/23",
# "2024-2029", "2022–26", "2018".
_YEARS = re.compile(YEARS)


# A run of years as printed after a plan's name, spaces around its dash allowed: "2024-2029",
# "2022/23", "2024 - 2027", "2014/15 – 2017/18".
_YEAR_RUN = re.compile(
    rf"{_YEARS.pattern}(?:[ \t]*[\-–—][ \t]*(?:{_YEARS.pattern}|\d\d))?(?![\w/])")


def _years_after(doc: Doc, e: int) -> int:
    """The end of the years printed after a plan's name, if any: "the Housing Strategy
    2024-2029", "the Medium Term Financial Plan 2014/15 - 2017/18" (one run of years, the
    range's dash with or without spaces round it). The run must end where a token does. (The
    years are read from the page's text built once, ``perdoc.page_text``: built at each head
    that may have them, it was quadratic on a long line of plans, "the capital plan 2020 -
    21, the revenue plan 2021 - 22, …": 3.9 s at 20,000 characters.)"""
    if e >= len(doc) or not doc[e].text[:1].isdigit():
        return e
    m = _YEAR_RUN.match(page_text(doc), doc[e].idx)
    if m is None:
        return e
    end = e
    for k in range(e, min(len(doc), e + 6)):
        if doc[k].idx + len(doc[k].text) <= m.end():
            end = k + 1
        else:
            break
    return end if doc[end - 1].idx + len(doc[end - 1].text) == m.end() else e


def _years_before(doc: Doc, s: int) -> int:
    """The start of the years printed before a plan's name, if any: "the 2018 Review of
    Ward Boundaries", "the Council's 2022-2026 Council Plan", "our 2024 - 2027 Housing
    Strategy" (one run of years, the range's dash with or without spaces round it). The run
    must follow "the", a possessive or "our" (the words that own a post, ``_POST_OWNERS``):
    a year alone before a name ("in 2023 Westshire Council …") dates the sentence, not the
    name."""
    if s < 2 or not doc[s - 1].text[:1].isdigit():
        return s
    for k in range(s - 1, max(0, s - 4), -1):
        if not _YEARS.fullmatch(doc[k].text):
            continue
        m = _YEAR_RUN.match(page_text(doc), doc[k].idx)
        if m is not None and m.end() == doc[s - 1].idx + len(doc[s - 1].text) and (
                k > 0 and doc[k - 1].lower_ in _POST_OWNERS):
            return k
    return s


def _place_after(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """The end of a study's name that goes on with "in" and the place it studies: "the Review
    of School Places in the Westbury Area", "the Review of Parliamentary Constituencies in
    Wales" (its head, ``programmes.place_heads``, before its "of"). The place is capitalised
    words ("'s" inside); a month ("in March"), a weekday or a body that meets ("in Full
    Council", "in Cabinet") is when or where it was read, no part of the name."""
    words = [t.lower_ for t in doc[s:e]]
    if "of" not in words or not set(words[: words.index("of")]) & lex.programme_place_heads:
        return e
    if e + 1 >= len(doc) or doc[e].lower_ != "in":
        return e
    k = e + 1 + (doc[e + 1].lower_ == "the")
    end = k
    while end < len(doc) and (doc[end].text[:1].isupper() or (
            doc[end].lower_ in ("'s", "’s") and end > k)):
        end += 1
    place = [t.lower_ for t in doc[k:end]]
    if not place or _when_or_where(place, lex):
        return e  # "in March", "in Cabinet", "in Full Council": when, or where it was read
    return end


def _when_or_where(place: list[str], lex: Lexicon) -> bool:
    """Whether the capitalised words after a study's "in" (lower-cased, at least one) say
    when it was read or the body that read it ("in March", "in Cabinet", "in Full Council"),
    not the place it is for ("in the Westbury Area", "in Wales")."""
    return (place[0] in _MONTHS_AND_DAYS or place[-1] in lex.committee_words
            or place[-1] in lex.org_heads)


def _reviewed_after_head(doc: Doc, e: int, lex: Lexicon) -> int:
    """The end of a named review's name that goes on with what it reviews after "of" or "into"
    (``programmes.reviewed_joins``): "the Scrutiny Review of household recycling", "the
    National Review of community planning", "the Scrutiny Board Review into Corporate
    Parenting". A capitalised "of" and name are already inside the name, and a lower-case
    "review of …" is read by :func:`_review_before`; so here only the name's last word is a
    review's head printed capitalised (``programmes.review_object_heads``), and what follows
    is read as after a lower-case review: lower-case words ending at a mark or a function
    word (:func:`_reviewed_words_after`), through one more "of" and lower-case words ("the
    Joint Scrutiny Review of the health of veterans 2010", its years too), or, after "into",
    capitalised words (through a possessive: "… Review into Children's Services"), not a
    month's or a day's name (the review moved "into September"). Else ``e``."""
    if not (0 < e < len(doc) - 1 and doc[e - 1].is_title
            and doc[e - 1].lower_ in lex.review_object_heads
            and doc[e].lower_ in lex.reviewed_joins):
        return e
    k = e + 1 + (doc[e + 1].lower_ == "the")
    if k >= len(doc) or _reviews_business(doc, k, lex):
        return e  # "the Licensing Review of premises licences": one case's business
    if doc[k].is_lower:
        end = _reviewed_words_after(doc, k, lex)
        if end == k:
            return e
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_lower and (
                (more := _reviewed_words_after(doc, end + 1, lex)) > end + 1):
            end = more  # "… Review of the health of veterans": one "of" more, in lower case
        return _years_after(doc, end)  # "… of veterans 2010"
    if doc[e].lower_ == "into" and doc[k].lower_ not in _MONTHS_AND_DAYS:
        # "… Review into Corporate Parenting"; not "to defer the Budget Review into September"
        end = _reviewed_name_after(doc, k, lex)
        if end + 1 < len(doc) and doc[end].text in ("'s", "’s") and doc[end + 1].is_title:
            # "… Review into Children's Services": the name goes on through its possessive
            end = max(end, _reviewed_name_after(doc, end + 1, lex))
        return end if end > k else e
    return e


def _year_in_name(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether the year at ``j`` is inside a programme's name, between the place it is for and
    its head: "the Westshire 2030 Plan", "the Northvale 2040 Partnership Strategy", "the
    Cardiff 2030 strategy". A place's long-term plan is named by the year it looks to, so
    the year follows a capitalised word and the words after it, capitalised or a lower-case
    programme word, end in a programme's head. A year ending a name ("the Local Plan 2030")
    or counting a date ("May 2023 Report") is no part of one. So a smaller figure that the
    scheme's own name carries, right before a lower-case programme word ("the Horizons 30
    programme"), though not one that numbers a part of the papers ("the Phase 2 programme",
    ``programmes.numbering_words``). Before capitalised words a smaller figure numbers what
    comes before it far more often than it names a scheme ("Policy 4 Housing Strategy",
    "Quarter 2 Performance Plan", a heading "DECLARATIONS OF INTEREST 5 Housing Strategy"
    whose line break is lost), so it is no part of a name there."""
    n = len(doc)
    if not (0 < j < n - 1 and re.fullmatch(r"(?:19|20)\d\d|\d{1,3}", doc[j].text)
            and is_cap(doc[j - 1]) and doc[j - 1].whitespace_ and doc[j].whitespace_):
        return False
    small = len(doc[j].text) < 4
    if small and doc[j - 1].lower_ in lex.numbering_words:
        return False
    k = j + 1
    while k < n and is_cap(doc[k]) and not doc[k].is_sent_start and k - j <= 6:
        k += 1
    if k > j + 1:
        return not small and doc[k - 1].lower_ in lex.programme_heads and not doc[k - 1].is_upper
    return doc[k].lower_ in lex.programme_trailing and doc[k].is_lower


@cache
def _longest_first(heads: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(heads, key=len, reverse=True))


def _year_head(doc: Doc, words: list[str], e: int, lex: Lexicon) -> tuple[int, int] | None:
    """A head that names nothing alone, then the years of one edition of it: "the Budget
    2016/17", "the Budget for 2020/21", "the Forward Work Programme 2023-24"
    (``programmes.year_heads``). Gives where the head starts among ``words`` and the end of
    the years, or None."""
    text = " ".join(words)
    head = _ending(text, _longest_first(lex.year_heads))
    if head is None or e >= len(doc):
        return None
    k = e + 1 if doc[e].lower_ == "for" and head.startswith("budget") else e
    end = _years_after(doc, k)
    return (len(words) - len(head.split()), end) if end > k else None


def _edition_after(doc: Doc, e: int, lex: Lexicon) -> int:
    """The end of a plan's edition number printed after its capitalised head, if any: "the
    Local Transport Plan 4" is the fourth plan, a name of its own. A number that counts what
    follows ("the Local Plan 2 weeks ago") or a list's number is no edition."""
    if not (0 < e < len(doc) and doc[e - 1].text[:1].isupper() and doc[e].is_digit
            and len(doc[e].text) <= 2 and doc[e - 1].whitespace_):
        return e
    after = doc[e + 1] if e + 1 < len(doc) else None
    if after is not None and (after.lower_ in lex.number_units or (after.text in (
            ".", ")", ":", "-", "–", "/") and not after.whitespace_ and e + 2 < len(doc))):
        return e
    return e + 1


# More letters than any one word of a person's name has (the longest surnames run to about
# seventeen: "Featherstonehaugh"; a double-barrelled name is hyphenated).
_LONGEST_NAME_WORD = 18


def joined_words(text: str) -> bool:
    """Whether a token is words run together, as PDF text loses its spaces
    ("Cllr.Morrisreportedthathehadobjected", "BalsillieCouncillor"): a run of letters longer
    than any word of a name, or a capital after four small letters (a name's capital inside
    comes after a short prefix: "McDonald", "MacKay", "FitzGerald"). Such a token is no part
    of a person's name."""
    return any(len(run) > _LONGEST_NAME_WORD for run in re.findall(r"[^\W\d_]+", text)) or (
        re.search(r"[a-z]{4}[A-Z]", text) is not None)


def _mark(doc: Doc, s: int, e: int, kind: str, spans: list[Span] | SpanIndex) -> None:
    span = Span(doc, s, e, label=kind)
    span._.kind = kind
    spans.append(span)


def _glued_join(doc: Doc, s: int, e: int) -> bool:
    """Whether two tokens of ``doc[s:e]`` touch at a case change ("Julia|Trotter",
    "Present|John"): the tokenizer parts words PDF text glued together
    (kg/data/nlp/glued.toml) so that a name before or after the join reads, but a name
    across it is words run together, as one glued token was before; a title glued to the
    name is no such join."""
    titles = lexicon().person_titles  # "CllrGary Harding": a title glued to the name is its own
    return any(not doc[j].whitespace_ and doc[j].text[-1:].islower() and doc[j].is_alpha
               and doc[j + 1].text[:1].isupper() and doc[j].lower_ not in titles
               for j in range(s, e - 1))


def _mark_person(doc: Doc, s: int, e: int, spans: list[Span], label: str | None = None) -> None:
    """A person is labelled by the words of the name one space apart (a name broken over a
    line reads as one), unless the caller has a better label. Never a name with words run
    together in it (``joined_words``, or two tokens the tokenizer parted at a glued join:
    :func:`_glued_join`), nor a service's name (:func:`kg.patterns.service_name`)."""
    if any(joined_words(t.text) for t in doc[s:e]) or _glued_join(doc, s, e):
        return
    if service_name([t.text for t in doc[s:e]]):
        return
    span = Span(doc, s, e, label=PERSON)
    span._.kind, span._.label = PERSON, _phrase(doc[s:e]) if label is None else label
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
        while words and (words[-1] in lex.connectors or words[-1] == ",") and (
                _known_possessive(doc, start, end - 1, lex) != end):
            end -= 1
            words.pop()
        while end - start > 1 and doc[start].text in lex.honours and start - 1 in taken:
            start += 1  # "Cllr J Hale OBE Westshire County Council": the honour is hers,
            words.pop(0)  # no part of the body's name after it
        end = _without_generic_place(words, start, end, lex)
        end = _before_a_person(doc, start, end, lex)
        end = _after_legal_form(doc, start, end, lex)
        words = words[: end - start]
        if (after := _after_a_person(doc, start, end, lex)) != start:
            words, start = words[after - start :], after
        if (named := _name_before_post(doc, words, start, lex)) is not None:
            _mark_person(doc, start, named, spans)
            words = words[named - start :]
            start = named
        if (held := _holder_inside_run(doc, words, start, lex)) is not None:
            # "… Head of Operations & Workforce Jo Hale Commission Solicitor": the last
            # entry of a flattened roll, name then post, run on from the entry before it:
            # the entry before is named apart (as an "and" parts two posts in it), whatever
            # it names (a post, or the body or programme whose entry it is: "Westshire
            # County Council Jo Hale Commission Solicitor"), and the run goes on from the
            # post, read as any post is (not yet with a portfolio after a comma: "… Jo Hale
            # Commission Solicitor, Legal Services" is still one post, no holder found)
            _mark_person(doc, *held, spans)
            for a, b in _split_on_and(words[: held[0] - start], lex):
                if (kind := head_kind(words[a:b], lex)) is not None:
                    _mark(doc, start + a, start + b, kind, spans)
            words = words[held[1] - start :]
            start = held[1]
        if (named := _name_after_post(doc, words, start, lex)) is not None:
            _mark_person(doc, named, end, spans)
            end = named
            words = words[: end - start]
        if (named := _person_after_and(doc, words, start, lex)) is not None:
            _mark_person(doc, named + 1, end, spans)
            end = named
            words = words[: end - start]
        if _surname_like_a_post(doc, words, start, lex):
            _mark_person(doc, start, end, spans)
            continue
        for k, w in enumerate(words[1:-1], start=1):
            of_place = _office_of_place(doc, words, start, k, lex)
            if w in ("'s", "’s") and (words[k - 1] in lex.post_heads or of_place) and not (
                    {"and", "&"} & set(words[:k])) and (
                    (start > 0 and doc[start - 1].lower_ == "the") or of_place or (
                    _addressed(words[k + 1 :], lex))) and (
                    head_kind(words[:k], lex) == POST) and (
                    head_kind(words[k + 1 :], lex) is None):
                # "the Town Mayor’s Civic Ceremony": the post is named, the event is not; a
                # post giving its report or remarks is named too ("District Councillor's
                # Report", "Chair's Announcements": the role the holder speaks in). An office
                # of a place ("High Sheriff of Westshire’s Garden Party", "Lord Mayor of
                # Eastbury’s Civic Service") owns its event with or without "the"
                _mark(doc, start, start + k, POST, spans)
                words, start = [], end
                break
        if words and end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") and (
                doc[end + 1].lower_ in lex.post_paid) and doc[end + 1].is_lower:
            # "Reimbursement of Clerk’s expenses", "Approval of the RFO's salary": the post
            # after the run's last "of" is named, giving what it is paid or reports
            j = max((k + 1 for k, w in enumerate(words) if w in ("of", "for", "the")),
                    default=0)
            post = words[j:]
            if j > 0 and post and (head_kind(post, lex) == POST or (
                    len(post) == 1 and post[0] in lex.post_standalone)) and not (
                    {"and", "&"} & set(post)):
                _mark(doc, start + j, end, POST, spans)
                continue
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
            if ":" in sub[1:-1] and (head_kind(sub[: sub.index(":")], lex) == PROGRAMME or (
                    (head_kind(sub[: sub.index(":")], lex) == ORG
                     or _generic(" ".join(sub[: sub.index(":")]), lex))
                    and head_kind(sub, lex) != POST)):
                # "The Rural Projects Fund: Up to half the cost": a programme's name ends at
                # its colon, what follows says what it is; so does a body's ("Charity
                # Commission: Code of Conduct", an item's title: the body, then its matter),
                # or a body's kind ("the Parish Council: Planning Applications")
                e, sub = s + sub.index(":"), sub[: sub.index(":")]
            named_end = e  # the name's own end, before any lower-case head after it
            close = e if e < len(doc) and doc[e].text in _CLOSING_QUOTES else None
            if close is not None and not (s > 0 and doc[s - 1].text in _OPENING_QUOTES):
                close = None  # "Victims' project": an apostrophe, not a quote's close
            elif (e2 := _trailing(doc, e, lex, s)) != e and (
                    name_key(" ".join(sub)) in lex.owners):
                continue  # "a Government initiative", "the Council scheme": an owner's, unnamed
            elif (e2 := _trailing(doc, e, lex, s)) != e and not _generic(" ".join(sub), lex):
                # ("a combined Police and Council partnership team" names no body)
                sub = [*sub, *(t.lower_ for t in doc[e:e2] if t.is_alpha)]
                e = e2
            kind = head_kind(sub, lex)
            if kind is None and len(sub) > 2 and sub[-1] in lex.numbering_words and (
                    e < len(doc) and doc[e].is_digit) and sub[-2] in lex.programme_heads and (
                    head_kind(sub[:-1], lex) == PROGRAMME):
                # "the Westby Community Fund Round 2 award", "the Town Plan Phase 2": the
                # round or the stage is numbered, the scheme is named before it
                kind, e, sub = PROGRAMME, e - 1, sub[:-1]
            if kind is None and not (
                    e < len(doc) and doc[e].lower_ in lex.programme_papers_on) and (
                    k := _papers_after_programme(sub, lex)):
                # "the Annual Drainage Plan Approval", "Organisational Review Summary": a step
                # of the business on the programme, which is what is named ("… Inquiry
                # Progress on the Local Plan" is on what follows, the whole its title)
                kind, e, sub = PROGRAMME, e - k, sub[:-k]
            if kind is None and e > named_end and "for" in sub[1 : named_end - s - 1] and (
                    sub[-1] in lex.programme_heads) and not any(
                    w in lex.post_heads | lex.org_heads | lex.programme_heads
                    for w in sub[: named_end - s]):
                # "the Homes for Ukraine scheme", "the Fit for Future programme": a name
                # "X for Y" that a lower-case programme word follows is the scheme's name,
                # though "X for Y" alone ("Nominations for Chair") heads nothing
                kind = PROGRAMME
            if kind is None and (years := _year_head(doc, sub, e, lex)) is not None:
                # "the Budget 2016/17", "the Forward Work Programme 2023-24": one edition of
                # what names nothing alone; a body that owns it is named on its own
                head, e = years
                if head > 0 and head_kind(sub[:head], lex) == ORG:
                    _mark(doc, s, s + head, ORG, spans)
                    s, sub = s + head, sub[head:]
                elif head > 0 and _generic(" ".join(sub[:head]), lex):
                    s, sub = s + head, sub[head:]  # "the Parish Council Budget for 2021/22"
                kind = PROGRAMME
            if kind == ORG and e > named_end and head_kind(
                    sub[: named_end - s], lex) == PROGRAMME:
                # "the Speedwatch team", "the LEADER Grant team": the people of a scheme,
                # which is what is named
                kind, e, sub = PROGRAMME, named_end, sub[: named_end - s]
            if _cut_at_the_end(doc, e, lex):
                continue  # "… Head of Legal Servic": the page ends inside a word
            if kind == POST and e < len(doc) and doc[e].lower_ in lex.post_areas and (
                    "for" in sub) and not doc[e].is_upper:
                e += 1  # "County Councillor for the Weybridge division": the area is named
            if kind != POST and (k := _body_in_title(sub, lex)) is not None:
                kind, e, sub = ORG, s + k, sub[:k]
            if kind != POST and (k := _body_after_title(sub, lex)) is not None:
                kind, s, sub = ORG, s + k, sub[k:]  # "Draft Constitution of the … Board"
            if 2 < e - s <= 4 and doc[e - 1].text in lex.honours and all(
                    t.is_alpha and is_cap(t) for t in doc[s:e]) and not any(
                    t.lower_ in lex.org_heads | lex.post_heads for t in doc[s:e - 1]):
                _mark_person(doc, s, e - 1, spans)  # "Edwina Grayling OBE"
                if doc[e - 1].text in lex.post_honours:
                    _mark(doc, e - 1, e, POST, spans)  # "Jo Hale MP": her seat, a post
                continue
            if kind in (None, PROGRAMME) and (k := _known_opening(doc, sub, s, lex)):
                # "a copy of the CIPFA Handbook", "the McCarthy and Stone Residential
                # Development": a known body named before what is its own
                _mark(doc, s, s + k, ORG, spans)
                if kind is None:
                    continue
                if " ".join(sub[k:]) in lex.programme_known | lex.scheme_named:
                    # "the Local Government Association Corporate Peer Challenge": a national
                    # scheme the body runs keeps its own name, the body is named apart
                    s, sub = s + k, sub[k:]
            if kind in (None, PROGRAMME) and (k := _council_opening(doc, sub, s, lex)):
                # "Westshire County Council Speed Limit Review Order 2010", "Eastbury District
                # Council Community Cohesion Plan": a council by its full name opens the
                # title of a thing of its, and is named; the programme keeps its own name
                if (p := _post_before_body(doc, sub[:k], s, lex)) is not None:
                    _mark(doc, s, s + p, POST, spans)  # "Leader Westbury City Council Jo …"
                    _mark(doc, s + p, s + k, ORG, spans)
                else:
                    _mark(doc, s, s + k, ORG, spans)
                if kind is None:
                    continue
                s, sub = s + k, sub[k:]
            if kind is None and _org_cue(doc, s, e, lex, spans):
                kind = ORG
            if kind is None and (k := _body_before_words(sub, lex)) is not None:
                kind, e, sub = ORG, s + k, sub[:k]  # "Accounts Commission Findings on …"
            if kind is None and (k := _body_then_more(sub, lex)) is not None:
                kind, e, sub = ORG, s + k, sub[:k]  # "Kent County Council Highways"
            if kind is None and _post_then_initials(doc, s, e, sub, lex):
                kind, e, sub = POST, e - 1, sub[:-1]  # "Chairman WHC": its body's initials
            if kind is None and (k := _body_after_of(sub, lex)) is not None:
                kind, s, sub = ORG, s + k, sub[k:]  # "Representatives of Sussex NHS Trust"
            if kind == ORG and (k := _body_after_of(sub, lex)) is not None and (
                    " ".join(sub[k:]) in lex.org_known and sub[0] not in lex.org_heads
                    | lex.place_words):
                s, sub = s + k, sub[k:]  # "Staff of the Department for Transport"
            if kind == ORG and len(sub) > 3 and sub[0] in lex.bodies_within and (
                    sub[1] == "of") and head_kind(sub[2 + (sub[2] == "the"):], lex) == ORG:
                # "on the Board of Argyll College": the college's board, the college named
                s, sub = s + 2 + (sub[2] == "the"), sub[2 + (sub[2] == "the"):]
            if kind is None and (k := _programme_after_of(sub, lex)) is not None:
                kind, s, sub = PROGRAMME, s + k, sub[k:]  # "Adoption of the Local Plan"
            if kind is None and _branch(sub, lex):
                kind = ORG  # "Age UK Westshire", "NHS Kent and Medway"
            if kind is None and e < len(doc) and doc[e].lower_ in lex.money_words and (
                    all(t.is_upper for t in doc[s:e] if t.is_alpha) or doc[e - 1].is_digit):
                kind, e = PROGRAMME, e + 1  # "CIL funding", "Section 106 monies": a fund
            if kind is None and sub in ([f] for f in lex.acting_functions) and (
                    _function_acts(doc, e, lex)):
                kind = ORG  # "Highways had raised an order": the highway authority
            if kind is None and len(sub) == 2 and sub[1] in lex.acting_functions and (
                    _function_owner(doc[s], lex)) and not (
                    e < len(doc) and doc[e].lower_ in lex.org_parts):
                # "Herts Highways", "LCC Highways": a county's highway authority (not "WCC
                # Highways department", a part of the council named)
                kind = ORG
            if kind is None and _firm_that_acts(doc, s, e, lex):
                kind = ORG  # "Orbit Housing had agreed to repair the homes"
            if kind is None and _name_that_acts_as_many(doc, s, e, lex):
                kind = ORG  # "Countrywide Maintenance have suggested a replacement"
            if kind == ORG and (k := _cue_before_known(sub, lex)) is not None:
                s, sub = s + k, sub[k:]  # "External Auditors Grant Thornton": the firm
            if kind == ORG and (k := _post_before_body(doc, sub, s, lex)) is not None:
                _mark(doc, s, s + k, POST, spans)  # "Supporting Officer Dorset Council"
                s, sub = s + k, sub[k:]
            if kind == POST and (k := _post_owner(doc, sub, s, lex)) is not None:
                _mark(doc, s, s + k, ORG, spans)  # "Bluebell Homes's Chief Executive"
                s, sub = s + k + 1, sub[k + 1 :]
            if kind == POST and (k := _post_after_dash(sub, lex)) is not None:
                # "(Stoke on Trent – Chief Executive)": where the holder serves, a dash, the
                # post; the place or the body before the dash is no part of the post
                if head_kind(sub[: k - 1], lex) == ORG:
                    _mark(doc, s, s + k - 1, ORG, spans)
                s, sub = s + k, sub[k:]
            if kind == POST and (k := _body_after_area(doc, sub, s, lex)) is not None:
                _mark(doc, s, s + k, POST, spans)  # "Director of Operations Westshire Trust"
                kind, s, sub = ORG, s + k, sub[k:]
            if kind == POST and (k := _body_before_post(sub, lex)) is not None:
                _mark(doc, s, s + k, ORG, spans)  # "Calderdale Council Senior Officer"
                s, sub = s + k, sub[k:]
            if kind is None and (known := _known_programme(sub, lex)) is not None:
                # "SpeedWatch Repairs", "Community Speed Watch Report": a known scheme is
                # named inside a title that names nothing as a whole; each of them, when
                # there are more ("Claimants of Universal Credit and Pension Credit")
                while (more := _known_programme(sub[known[1] :], lex)) is not None:
                    _mark(doc, s + known[0], s + known[1], PROGRAMME, spans)
                    known = (known[1] + more[0], known[1] + more[1])
                # (the words kept are the scheme's: "Ofsted's ILACS Annual Meeting" cuts
                # no owner from the words before it)
                kind, s, e, sub = PROGRAMME, s + known[0], s + known[1], sub[known[0] : known[1]]
            if kind is None and (r := _review_before(doc, s)) is not None:
                kind, s = PROGRAMME, r  # "a review of Governance": the review is the work
                e = _reviewed_words_after(doc, e, lex)
            if kind is None and (k := _owning_body(sub, lex)) is not None:
                # "Westbury Labour Party's Disability Officers": the body that owns what
                # follows is named, though the whole names nothing
                kind, e, sub = ORG, s + k, sub[:k]
            if kind is None:
                continue
            if kind == ORG and e < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[e].text) and all(
                    t.is_upper for t in doc[s:e]):
                continue  # "[LGA 1972 Sch.12]": an act by its initials and year, not a body
            if kind == ORG and s > 0 and doc[s - 1].lower_ in ("a", "an") and (
                    " ".join(sub).replace(" ’s", "'s").replace(" 's", "'s")
                    not in lex.org_known):
                continue  # "a member of a Drainage Board": a kind of body, not one named
            if s > 0 and doc[s - 1].text == "(" and e + 1 < len(doc) and doc[e].text == ")" \
                    and doc[e + 1].lower_ in lex.legislation:
                continue  # "Local Government (Committee and Political Groups) Regulations"
            # "the Council's Domestic Abuse Strategy": the owner is no part of the name.
            owned = False
            for k, w in enumerate(sub[:-1]):
                if w in ("'s", "’s") and " ".join(sub[:k]) in lex.owners:
                    s += k + 1
                    owned = True
                    break
                if w in ("'s", "’s") and kind == PROGRAMME and len(sub) - k > 2 and (
                        head_kind(sub[:k], lex) == ORG):
                    # "Kent Police's Safer Streets scheme": a named body owns the scheme
                    _mark(doc, s, s + k, ORG, spans)
                    s, sub = s + k + 1, sub[k + 1 :]
                    break
            if owned and kind == PROGRAMME and e - s == 1 and doc[s].lower_ in (
                    lex.programme_heads) and _years_after(doc, e) == e:
                # "in line with the Council's Scheme": a head alone names none; with its
                # years after it ("the Council's Plan 2024-2029") it names one edition
                continue
            if kind == PROGRAMME and (k := _business_on(sub, lex)) is not None:
                s, sub = s + k, sub[k:]  # "Decision and Referendum on the Westby Plan"
            if kind == PROGRAMME and len(sub) > 4 and sub[-3] in ("for", "of") and (
                    sub[-2] == "the" and sub[-1] in lex.owners) and (
                    head_kind(sub[:-3], lex) == PROGRAMME):
                e, sub = e - 3, sub[:-3]  # "the Commercial Strategy for the Council": its owner
            if kind == PROGRAMME and _topic_only(doc, s, e, lex):
                continue  # "the Council's Charging Policy", "the Translation Service"
            if kind == PROGRAMME and len(sub) > 2 and _council_acronym(doc[s].text, lex):
                _mark(doc, s, s + 1, ORG, spans)  # "the WCC Local Plan": the council's plan
                s, sub = s + 1, sub[1:]
            if kind == POST and len(sub) > 1 and (
                    sub[0] in lex.post_not_openers or doc[s].text in lex.honours) and (
                    head_kind(sub[1:], lex) == POST) and not (
                    # "… Committee Secretary Attendance Clerk": a column's next post, split
                    # from the post before it, keeps its first word
                    s > 0 and is_cap(doc[s - 1]) and doc[s - 1].lower_ in lex.post_run_enders):
                # "Elect Chair", "Action Clerk": the post alone; so after an honour run on
                # from the name before ("Mr Eric Fox JP Independent Members"): his, no post's
                s, sub = s + 1, sub[1:]
            if kind in (POST, ORG) and (k := _seat_on_body(sub, kind, lex)) is not None:
                # "Cabinet Member for Adult Care on Westshire County Council": a seat held
                # on a body, which is named apart; "Adult Care on Westshire County
                # Council", where the post's words were read apart: the body alone
                after = k + 1 + (sub[k + 1] == "the")
                if kind == POST:
                    _mark(doc, s + after, e, ORG, spans)
                    e, sub = s + k, sub[:k]
                else:
                    s, sub = s + after, sub[after:]
            if kind == POST and (k := _body_after_portfolio(doc, sub, s, lex)) is not None:
                _mark(doc, s + k, e, ORG, spans)  # "Director of Primary Care NHS Sussex"
                e, sub = s + k, sub[:k]
            if kind == POST and len(sub) > 4 and sub[-2] in ("and", "&") and (
                    sub[-1] in lex.org_heads) and e < len(doc) and (
                    doc[e].lower_ in lex.post_staff_after):
                # "the Cabinet Member for Communities and Council officers": a body's word
                # that its staff follow in lower case is theirs, no area of the portfolio
                e, sub = e - 2, sub[:-2]
            if kind == POST:
                e = _portfolio_cut(sub, s, e, lex)
                was, (e, body) = e, _portfolio_after(doc, s, e, chunks, lex)
                if e > was and (held := next((i for i in range(was, e) if i in taken),
                                             None)) is not None:
                    # "Portfolio Holder: Parks, Roads and the Arts Councillor A Bell, …": a
                    # roll printed flat runs the list on into the next person, who ends it
                    e = held
                    while e > was and not is_cap(doc[e - 1]):
                        e -= 1
                if body is not None:
                    _mark(doc, body[0], body[1], ORG, spans)
                e = _served_after(doc, s, e, lex)
                absorbed = max(absorbed, e)
            if kind == PROGRAMME and s > 0 and _hyphen_prefix(doc[s - 1], lex):
                s -= 1  # "the 10-year Health Plan", "an all-Wales Star Survey"
            if kind == PROGRAMME and _capital_prefix(doc, s, e, lex):
                s -= 1  # "the All Wales School Liaison programme", "the ‘One Yorkshire Deal’"
            if kind == PROGRAMME and _length_before(doc, s, lex):
                s -= 1  # "the Five Year Financial Plan", not "Year Financial Plan"
            if kind in (PROGRAMME, ORG) and s > 0 and _ORDINAL.fullmatch(doc[s - 1].text):
                # "the 21st Century Schools Programme", "the 1st Westbury Scout Group": the
                # ordinal is the name's first word
                s -= 1
            if kind == PROGRAMME and (k := _money_before(doc, s, lex)) is not None:
                s = k  # "the £100M Affordable Housing Scheme", not "M Affordable …"
            if kind == PROGRAMME and e - s > 2 and doc[e - 1].lower_ in lex.stage_words and (
                    doc[e - 2].lower_ in lex.staged_heads):
                e -= 1  # "the Air Quality Action Plan Consultation": the plan is named
            if kind == PROGRAMME and (doc[e - 1].lower_ in lex.programme_heads or (
                    name_key(doc[s:e].text) in lex.scheme_named) or (
                    _phrase_headed([t.lower_ for t in doc[s:e]], lex))):
                # "the Corporate Plan 2022/23", "the Annual Governance Statement 2021/22", a
                # head of two words too ("the Pay Policy Statement 2020")
                e = _years_after(doc, e)
                e = _edition_after(doc, e, lex)  # "the Local Transport Plan 4"
            elif kind == PROGRAMME and any(t.lower_ in ("of", "for") for t in doc[s + 1 : e]):
                # "the Fire and Rescue Plan for Westshire 2020/2023", "the Review of Play
                # Provision 2018": the years close the name after its "of" or "for" as they
                # close it after its head
                e = _years_after(doc, e)
            if kind == PROGRAMME:
                e = _place_after(doc, s, e, lex)
                e = _reviewed_after_head(doc, e, lex)  # "the Scrutiny Review of tree planting"
                # "the 2018 Review of Parliamentary Constituencies", "the Council's 2022 -
                # 2026 Council Plan"
                s = _years_before(doc, s)
            if kind == ORG and _portfolio_modifier(doc, sub, e, lex):
                continue  # "the Public Health Report": a portfolio's report, no body
            _mark(doc, s, e, kind, spans)
            if close is not None and close < e:  # "Great Place scheme", without the quote
                spans[-1]._.label = "".join(
                    t.whitespace_ if t.i == close else t.text_with_ws for t in doc[s:e]).strip()
            # "Chair of the Staffordshire Police Federation": the body is named too; and
            # after a portfolio, "Head of Protection and Prevention for Westshire Fire
            # Brigade": the last "of" or "for" may begin the body the post is held in.
            if kind == POST and (k := _group_chaired(doc, sub, s, lex)) is not None:
                _mark(doc, s + k, e, PROGRAMME, spans)  # "Chair of the NDP Steering Group"
            if kind == ORG and (inner := _programme_within(doc, s, e, lex)) is not None:
                _mark(doc, inner[0], inner[1], PROGRAMME, spans)  # "the … Project Team"
            if kind == POST:
                first = True
                for k, w in enumerate(sub):
                    if w == "for" and k > 0 and sub[k - 1] in lex.portfolio_holders and not (
                            k + 1 < len(sub) and sub[k + 1] == "the"):
                        # "Executive Member for … Health Partnerships": a portfolio; after
                        # "the", a body led ("Executive Lead for the Mid Westshire
                        # Integrated Care Partnership")
                        break
                    if w in ("of", "for") and k + 1 < len(sub):
                        tail = k + 1 + (sub[k + 1] == "the")
                        named = sub[tail:]
                        if named and (named[-1] in lex.org_heads | lex.acronym_heads
                                      or " ".join(named) in lex.org_known
                                      # "Chairman of the Village Hall Committee"
                                      or _hall_committee(named, lex)) and head_kind(
                                          named, lex) == ORG \
                                and " ".join(named) not in lex.post_portfolios and (
                                    first or is_cap(doc[s + tail])):
                            # "Director for Hale Care Ltd and Rowe Homes Ltd": each body,
                            # when each has a name of its own ("… College and Academy
                            # Trust" is one body)
                            parts = _split_on_and(named, lex, s + tail)
                            if any(all(t.lower_ in lex.org_heads | lex.connectors
                                       for t in doc[a:b]) for a, b in parts):
                                parts = [(s + tail, e)]
                            for a, b in parts:
                                _mark(doc, a, b, ORG, spans)
                            break
                        if first and w == "of" and _led_body(doc, sub[:k], s + tail, e, lex):
                            _mark(doc, s + tail, e, ORG, spans)  # "CEO of Snowdonia …"
                            break
                        first = False
    _listed_bodies(doc, chunks, spans, lex)
    _lower_case_programmes(doc, spans, lex)
    _qualified_reviews(doc, spans, lex)
    _figure_programmes(doc, spans, lex)
    _quoted_programmes(doc, spans, lex)
    spans = _posts_across_a_slash(doc, spans, lex)
    _posts_elected_in_capitals(doc, spans, lex)
    _posts_addressed_in_one_case(doc, spans, lex)
    _posts_addressed_without_apostrophe(doc, spans, lex)
    doc.spans["ckg"] = spans
    return doc


# What ends a heading's words and opens its text on the same line: "Chairman's Report: Jo
# said …", "Treasurer's Report – We are in a healthy position".
_HEADING_ENDS = frozenset((":", "-", "–", "—", ":-"))


def _office_of_place(doc: Doc, words: list[str], start: int, k: int, lex: Lexicon) -> bool:
    """Whether ``words[:k]`` is an office of a place: a post's head, "of", then one or two
    capitalised words of a place ("High Sheriff of Westshire", "Lord Mayor of Eastbury"), the
    possessive at ``k`` the office's, what follows it an event of the place's and no body
    the office is held in."""
    if k < 3 or "of" not in words[1 : k - 1]:
        return False
    of = words.index("of", 1)
    place = range(start + of + 1, start + k)
    named = " ".join(words[of + 1 : k])
    # (not a portfolio's group of people: "Director of Children’s Services", "Head of
    # Adults’ Social Care", "Head of Women’s Health", ``posts.portfolio_groups``; nor a body
    # of the place's, which the office is held in: "Chair of Eastbury’s Parish Council",
    # "Vicar of St Mary’s Church", "Chair of Westshire’s Scrutiny Committee")
    return words[of - 1] in lex.post_heads and 1 <= len(place) <= 2 and all(
        doc[i].is_alpha and doc[i].is_title for i in place) and (
        named not in lex.directorates) and words[k - 1] not in lex.post_portfolio_groups and (
        not any(p.startswith(f"{named}'s") for p in lex.post_portfolios)) and (
        head_kind(words[of + 1 :], lex) != ORG) and not any(
        w in lex.committee_words for w in words[k + 1 :])


def _addressed(words: list[str], lex: Lexicon) -> bool:
    """Whether ``words``, after a post's possessive, are what the post gives the meeting
    (``posts.addresses``): the whole run ("Chair's Announcements"), or its first word where
    the heading ends after it and its text runs on, which the run takes in ("Chairman's
    Report: Jo said …")."""
    return " ".join(words) in lex.post_addresses or (
        len(words) > 2 and words[0] in lex.post_addresses and words[1] in _HEADING_ENDS)


def _posts_addressed_without_apostrophe(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """A post giving its report in a heading whose possessive lost its apostrophe, as parish
    and village hall minutes often print it: "Chairs Report", "Treasurers report:-", "Clerks
    Report". Only a post that stands alone (``posts.standalone``: "chair", "clerk",
    "treasurer" …), capitalised, with its "s", before one of ``addresses`` that ends the line
    or the heading; labelled without the "s", as the post is named elsewhere."""
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    for tok in doc[:-1]:
        word, after = tok.lower_, doc[tok.i + 1]
        if tok.i in taken or not word.endswith("s") or word[:-1] not in lex.post_standalone or (
                not is_cap(tok)) or tok.i + 1 in taken or (
                after.lower_.rstrip(":-–—.") not in lex.post_addresses):
            continue
        if after.i + 1 < len(doc) and "\n" not in after.whitespace_ + doc[after.i + 1].text and (
                doc[after.i + 1].text not in _HEADING_ENDS) and (
                after.lower_ == after.lower_.rstrip(":-–—.")):
            continue  # "Chairs Report on the Hall's lease" is a sentence's run, read elsewhere
        span = Span(doc, tok.i, tok.i + 1, label=POST)
        span._.kind = POST
        span._.label = tok.text[:-1]
        spans.append(span)
        taken.add(tok.i)


def _posts_addressed_in_one_case(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """A post giving the meeting its report or remarks in a heading printed all in capitals
    or all in lower case: "CHAIR'S ANNOUNCEMENTS", "COUNTY COUNCILLOR’S REPORT", "chair’s
    announcements". Only a post read in any case (``any_case``, and "chair", which a
    possessive before one of ``addresses`` makes no furniture), its possessive, then one of
    ``addresses``; labelled in title case, as the prose prints it."""
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    posts = {*lex.post_any_case, "chair"}
    sizes = sorted({len(p.split()) for p in posts}, reverse=True)
    firsts = {p.split()[0] for p in posts}
    n = len(doc)
    for k in range(n - 2):
        if k in taken or doc[k].lower_ not in firsts:
            continue  # left to right, longest first: "VICE CHAIR'S" is read at "VICE"
        for size in sizes:
            e = k + size
            words = doc[k:e]
            if e + 1 >= n or " ".join(t.lower_ for t in words) not in posts or not (
                    all(t.is_upper for t in words) or all(t.is_lower for t in words)) or (
                    doc[e].lower_ not in ("'s", "’s")) or (
                    doc[e + 1].lower_ not in lex.post_addresses) or (
                    doc[e + 1].is_upper != words[0].is_upper) or taken & set(range(k, e)):
                continue
            _add_post_in_title_case(doc, k, e, spans, lex)
            taken |= set(range(k, e))
            break


def _posts_elected_in_capitals(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """A post named in a heading printed in capitals, after a word of electing or appointing
    it: "ELECTION OF CHAIRMAN", "APPOINTMENT OF RESPONSIBLE FINANCIAL OFFICER", "ELECTION OF
    VICE-CHAIR". Headings in capitals are no names elsewhere; here the words after "OF" are
    one of the posts read in any case (``any_case``), the whole post to the heading's end.
    Labelled in title case, as the prose prints it."""
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    sizes = sorted({len(p.split()) for p in lex.post_any_case}, reverse=True)
    n = len(doc)
    for i in range(n - 2):
        if doc[i].is_title and doc[i].lower_ in lex.post_electing_headings and (
                doc[i + 1].text == "of"):
            _post_elected_in_title_case(doc, i + 2, spans, taken, lex)
            continue
        if not (doc[i].is_upper and doc[i].lower_ in lex.post_electing_headings
                and doc[i + 1].text == "OF"):
            continue
        k = i + 2
        if k < n and doc[k].text == "THE":
            k += 1
        for size in sizes:  # the longest post first: "CLERK TO THE COUNCIL", not "CLERK"
            e = k + size
            if e <= n and " ".join(t.lower_ for t in doc[k:e]) in lex.post_any_case and all(
                    t.is_upper or not t.is_alpha for t in doc[k:e]) and not (
                    e < n and doc[e].is_upper and doc[e].is_alpha and len(doc[e]) > 1) and not (
                    taken & set(range(k, e))):
                _add_post_in_title_case(doc, k, e, spans, lex)
                taken |= set(range(k, e))
                break


def _post_elected_in_title_case(doc: Doc, k: int, spans: list[Span], taken: set[int],
                                lex: Lexicon) -> None:
    """The post an item's title in title case elects or appoints, from ``k`` (after "of"):
    "Appointment of Vice-Chair", "Election of the Chairman". The run's first word opens no
    post elsewhere ("Appointment of Deputy Chair" is read as no post as a whole), so the post
    is read here: one of the posts read in any case (``any_case``), "Chair" or a post by
    itself (``standalone``: "Election of Leader", "Appointment of Treasurer"), its first
    word capitalised, and whole (no "of", "for", "to" or "and" after it, which would make it
    longer or two, nor a lower-case word that runs the title on into a sentence)."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    posts = {*lex.post_any_case, "chair", *lex.post_standalone, *lex.post_plural_alone}
    for e in range(min(len(doc), k + 4), k, -1):  # the longest first: "Vice Chairman"
        words = doc[k:e]
        if words.text.lower() in posts and is_cap(words[0]) and (
                e == len(doc) or not doc[e].is_lower or doc[e].is_sent_start) and (
                e == len(doc) or doc[e].lower_ not in ("of", "for", "to", "and", "&", "-")) and (
                not taken & set(range(k, e))):
            _mark(doc, k, e, POST, spans)
            taken |= set(range(k, e))
            return


def _add_post_in_title_case(doc: Doc, k: int, e: int, spans: list[Span], lex: Lexicon) -> None:
    """Add tokens ``k`` to ``e``, a post a heading prints all in capitals or all in lower
    case, labelled in title case as the prose prints it, its small words kept small ("Clerk
    to the Council", not "… To The …"), so that it meets the same post named in the text."""
    span = Span(doc, k, e, label=POST)
    span._.kind = POST
    cased = in_title_case([t.text for t in doc[k:e]], lex.post_title_small_words)
    span._.label = "".join(w + t.whitespace_ for w, t in zip(cased, doc[k:e], strict=True)).strip()
    spans.append(span)


def in_title_case(words: Sequence[str], small: Collection[str], *, keep_first: bool = False,
                  by_hyphen: bool = False) -> list[str]:
    """``words`` in title case, its small words (``posts.title_small_words``: "to", "the",
    "on") in lower case: "Clerk to the Council", not "… To The …". Two readers, one choice
    each: ``by_hyphen`` takes each part of a hyphenated word as a word of its own, small or
    capitalised with the rest in lower case ("Burton-on-Trent"), where without it a word
    is in ``str.title``'s case (each letter after a hyphen or an apostrophe a capital, as a
    post's tokens, split at hyphens already, come); ``keep_first`` keeps the first word's
    first part a capital even when it is a small word (a name's first word), where without
    it a small word is small anywhere."""
    out = []
    for n, word in enumerate(words):
        parts = word.split("-") if by_hyphen else [word]
        out.append("-".join(
            part.lower() if (n or i or not keep_first) and part.lower() in small
            else part.capitalize() if by_hyphen else part.title()
            for i, part in enumerate(parts)))
    return out


def _posts_across_a_slash(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A post whose title shares its head word across a slash is one post: "Tourist
    Development / Recreation Officer", "Member Services/Clerical Officer" (a development
    officer's and a recreation officer's duties, one holder). The words before the slash
    join the post when they are capitalised and no post by themselves; "Clerk/Responsible
    Financial Officer" is two posts, each whole, and stays so. What those words were read
    as alone ("Tourist Development", a programme) goes."""
    out = list(spans)
    for post in [s for s in spans if s._.kind == POST]:
        slash = [t.i for t in doc[post.start - 1 : post.end] if t.text == "/"]
        if not slash or slash[0] < 1:
            continue
        # the slash before the post ("… / Recreation Officer"), or inside it, where the
        # names rules joined "Services/Clinical" and began at "Services"
        k = slash[0]
        b = min(k, post.start)
        while b > 0 and not doc[b].is_sent_start and (is_cap(doc[b - 1]) or (
                doc[b - 1].lower_ in ("of", "and", "&", "'s", "’s") and b - 1 > 0
                and is_cap(doc[b - 2]))):
            b -= 1
        run = [t.lower_ for t in doc[b:k]]
        before = doc[b - 1] if b > 0 and not doc[b].is_sent_start else None
        if (before is not None and not (before.is_punct or before.is_space or before.lower_ in (
                "the", "a", "an"))) or (run and run[-1] in ("'s", "’s")):
            # ("Clerc y Cyngor / Council Clerk": a bilingual title, the Welsh words run on;
            # "Chairman's / Clerk's report": two posts' reports)
            continue
        if not run or b == post.start or not is_cap(doc[b]) or head_kind(run, lex) == POST or any(
                t.is_upper and len(t) > 1 for t in doc[b:k]) or any(
                (s._.kind == PERSON or (s._.kind == POST and s.start < b)) and s is not post
                and s.start < k and s.end > b for s in out):
            # ("Corporate Director, Transformation and Resources / Statutory Scrutiny
            # Officer": a post with its portfolio, then a second post)
            continue
        out = [s for s in out if s is not post and not (b <= s.start and s.end <= k)]
        _mark(doc, b, post.end, POST, out)
    return out


# Words before a lower-case programme that make it one programme: "the green agenda
# project", "their integrated risk management plan 2021-25".
_ONE_OF = ("the", "a", "an", "this", "its", "their", "our", "'s", "’s")


def _lower_case_programmes(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """Programmes printed in lower case, which the capitalised-name rules cannot see: a
    programme head with the years of one edition after it ("their integrated risk management
    plan 2021-25", "the capital programme 2023/24": a range of years, so one edition), or a
    project or pilot named by what it does ("the green agenda project", "a new growing
    grounds project": ``lower_case_heads``, one to three words before it that say what it
    does, none of ``lower_case_not_names``). The words before must be lower-case words of
    the name after an article or an owner, so a sentence's other words are never taken."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    edition_heads = lex.programme_heads | {h.split()[-1] for h in lex.year_heads}
    not_in_name = lex.connectors | lex.not_name_start | set(_ONE_OF)
    before_name = _ONE_OF + tuple(lex.not_modifiers)
    for tok in doc:
        if not tok.is_lower or tok.i in taken:
            continue
        end = tok.i + 1
        if tok.lower_ in edition_heads:
            years = _years_after(doc, end)
            if years > end and any(c in doc[end:years].text for c in "/-–"):
                end = years
        if end == tok.i + 1 and tok.lower_ not in lex.lower_case_heads:
            continue
        edition = end > tok.i + 1
        stop = lex.edition_not_names if edition else lex.not_modifiers
        start = tok.i
        while start > 0 and tok.i - start < 4 and doc[start - 1].is_lower and (
                doc[start - 1].is_alpha) and doc[start - 1].lower_ not in not_in_name and (
                doc[start - 1].i not in taken):
            start -= 1
        while start < tok.i and doc[start].lower_ in stop:
            start += 1  # "a new growing grounds project": "new" says when, not which
        if start == 0 or doc[start - 1].lower_ not in before_name:
            continue
        if not edition and (start == tok.i or any(
                t.lower_ in lex.lower_case_not_names | lex.not_modifiers
                for t in doc[start : tok.i])):
            continue  # "the project", "the capital project": no name
        _mark(doc, start, end, PROGRAMME, spans)
        taken.update(range(start, end))


# The most words of what a qualified review reviews, printed in lower case.
_QUALIFIED_REVIEWED_WORDS = 10
# The most words that may qualify a review ("task and finish").
_QUALIFIER_WORDS = 3


def _qualified_reviews(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """A named review printed in lower case, told from an ordinary one by the word before it
    (``programmes.review_qualifiers``): "the scrutiny review of Bus Shelter Provision in
    Westby", "In-depth review of recruitment and retention of social workers", "the
    quinquennial review of the protected wildlife sites". The name runs from the qualifier
    through what is reviewed: a capitalised name (and "in" and the place it is for), or
    lower-case words ("and", "of" and "the" between them) that end the phrase at a mark or
    at the line's end, so a sentence's verb after them ("… of parking was agreed") is never
    taken and the review is left unnamed. Programmes read inside it give way to it; a body
    or a post there keeps the words, and the review is left unnamed."""
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.text != "review" or i + 2 >= n or doc[i + 1].lower_ != "of":
            continue
        start = next((i - w for w in range(_QUALIFIER_WORDS, 0, -1) if i - w >= 0 and (
            doc[i - w : i].text.lower() in lex.review_qualifiers)), None)
        if start is None:
            continue
        k = i + 2 + (doc[i + 2].lower_ == "the")
        if k >= n or _reviews_business(doc, k, lex):
            continue
        if is_cap(doc[k]) and doc[k].is_alpha:
            end = _reviewed_name_after(doc, k, lex)
            if end < n - 1 and doc[end].lower_ == "in" and is_cap(doc[end + 1]):
                place = end + 1
                while place < n and place - end <= _REVIEWED_NAME_WORDS and is_cap(
                        doc[place]) and doc[place].is_alpha:
                    place += 1
                # no word when the capital after "in" is no word ("in A&E"): nothing to add
                words = [t.lower_ for t in doc[end + 1 : place]]
                if words and not _when_or_where(words, lex):
                    end = place  # "… of Bus Shelter Provision in Westby"
        else:
            end = k
            while end < n and end - k < _QUALIFIED_REVIEWED_WORDS and doc[end].is_alpha and (
                    doc[end].is_lower) and (not doc[end].is_stop or doc[end].lower_ in (
                    "and", "of", "the")):
                end += 1
            while end > k and doc[end - 1].lower_ in ("and", "of", "the"):
                end -= 1
            # an item's title ends at its line's end; a phrase in prose at a mark
            closed = end == n or doc[end].is_space or (
                doc[end].is_punct and doc[end].text not in ("-", "’", "'"))
            if not closed:
                continue
        if end <= k:
            continue
        inside = [s for s in spans if s.start < end and s.end > start]
        if any(s._.kind != PROGRAMME or s.start < start or s.end > end for s in inside):
            continue
        for s in inside:
            spans.remove(s)
        _mark(doc, start, end, PROGRAMME, spans)


def _quoted_programmes(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """Programmes named in quotes with small lower-case words inside, then a lower-case word
    of their kind: "the ‘Moor to Enjoy’ project", "the “Letters to Heaven” initiative". The
    capitalised-name rules end a name at "to" or "a", so such a name is never a run of
    capitals; the quotes bound it instead, and the kind word after them (``kind_words``)
    says it is a scheme, not a quoted remark. The name opens and ends on a capitalised word,
    its inner lower-case words are ``quoted_inner_words`` only, and none of its words is
    taken by another name already."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    n = len(doc)
    for tok in doc:
        if tok.text not in _OPENING_QUOTES or tok.i + 2 >= n:
            continue
        start = tok.i + 1
        if not is_cap(doc[start]):
            continue
        close = start
        while close < n and close - start <= 8 and doc[close].text not in _CLOSING_QUOTES and (
                is_cap(doc[close]) or doc[close].like_num
                or doc[close].lower_ in lex.quoted_inner_words):
            close += 1
        if close >= n - 1 or close == start or doc[close].text not in _CLOSING_QUOTES or (
                doc[close - 1].whitespace_):
            continue
        kind = doc[close + 1]
        if not (kind.is_lower and kind.lower_ in lex.programme_kind_words):
            continue
        inner = doc[start:close]
        if not any(t.is_lower for t in inner) or not is_cap(doc[close - 1]) or any(
                t.i in taken for t in doc[start : close + 2]):
            continue  # no small word: the capitalised-name rules read it ("‘Great Place’")
        _mark(doc, start, close + 2, PROGRAMME, spans)
        spans[-1]._.label = "".join(
            t.whitespace_ if t.i == close else t.text_with_ws
            for t in doc[start : close + 2]).strip()
        taken.update(range(start, close + 2))


_RX_FIGURE = re.compile(r"\d+(?:[-–][a-z]+)*")
_RX_YEAR = re.compile(r"(?:19|20)\d{2}")


def _figure_programmes(doc: Doc, spans: list[Span], lex: Lexicon) -> None:
    """Programmes named by a figure and their head, which the capitalised-name rules cannot
    see: "the 100-day plan", "the 111 programme", "the 20mph Zone" (``figure_heads``, a
    singular head, after an article or an owner). A figure may be hyphened to a word
    ("100-day") or have its unit ("20 mph"); a year is no name ("the 2023 plan" is that
    year's), nor a count ("the 3 projects": a plural head)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for tok in doc:
        if tok.lower_ not in lex.programme_figure_heads or tok.i < 2 or tok.i in taken:
            continue
        start = tok.i - 1
        if doc[start].lower_ in lex.programme_figure_units and doc[start - 1].like_num:
            start -= 1  # "20 mph Zone"
        figure = doc[start].text
        if figure[-3:].lower() in lex.programme_figure_units:
            figure = figure[:-3]  # "20mph"
        if not _RX_FIGURE.fullmatch(figure) or _RX_YEAR.fullmatch(figure) or start == 0 or (
                doc[start - 1].lower_ not in _ONE_OF) or start in taken:
            continue
        _mark(doc, start, tok.i + 1, PROGRAMME, spans)
        taken.update(range(start, tok.i + 1))


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
            if words[k] in lex.acronym_heads:
                # "Chief Executive of NHS Leeds CCG": an NHS body's acronym ends its name,
                # after the place (and "NHS"); named straight after "of", the whole is the
                # post held in that body, as "Chief Executive of Westshire Council" is
                b = k - 1
                if b - 1 > of and words[b - 1] in lex.org_known and doc[start + b - 1].is_upper:
                    b -= 1
                return None if words[b - 1] in ("of", "for", "the") else b
            return k
    return None


def _seat_on_body(words: list[str], kind: str, lex: Lexicon) -> int | None:
    """Where "on" parts a seat from the body it is held on: "Cabinet Member for Adult Care
    on Westshire County Council", "Representative on the Westbury Canal Trust" (a post
    before it, a body with its head after it). A name that is a body's as a whole (no post
    before "on") is one only when two words or more come before "on": "Stockton on Tees
    Borough Council", "Bradford on Avon Town Council" are councils of places named with
    "on"; "Adult Social Care and Health on East Sussex County Council" is a portfolio, then
    the body."""
    for k in range(len(words) - 2, 0, -1):
        if words[k] != "on":
            continue
        before, after = words[:k], words[k + 1 + (words[k + 1] == "the") :]
        if len(after) < 2 or head_kind(after, lex) != ORG or (
                after[-1] not in lex.org_heads | lex.acronym_heads):
            return None
        if kind == POST and head_kind(before, lex) == POST:
            return k
        if kind == ORG and len([w for w in before if w not in lex.connectors]) >= 2 and (
                head_kind(before, lex) is None) and not set(before) & lex.org_heads:
            return k
        return None
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
                head_kind([t.lower_ for t in doc[s0:e0]], lex) is None) and (
                doc[s0].text not in lex.given_names) and is_cap(doc[s0]) and (
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
                end - k - 1 <= 3) and all(is_cap(t) and t.is_alpha and t.lower_ not in
                                          lex.post_heads | lex.org_heads | lex.programme_heads
                                          for t in doc[k + 1 : end]):
            return k
    return end


def _after_legal_form(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """The end of a firm's name at its legal form printed with a full stop, where no new
    sentence was found after it: "No. 402 ABB Ltd. Repairs to street light" names "ABB
    Ltd."; the words after it are the payment's purpose."""
    for k in range(start + 1, end - 1):
        if doc[k].text.endswith(".") and doc[k].lower_.rstrip(".") in lex.legal_forms and (
                is_cap(doc[k + 1])):
            return k + 1
    return end


def _after_a_person(doc: Doc, start: int, end: int, lex: Lexicon) -> int:
    """Where a body's name begins in a roll printed as one run of people and bodies, with
    no commas or brackets between them ("… Officer Alan Quill Natural England Carol Zedd
    Westshire Wildlife Trust"): after the last given name and surname inside the run, when
    the words after them name a body of two words or more. Not a
    name that opens the run ("Joseph Rowntree Foundation"), one after "the" or a connector
    ("the Paul Hamlyn Foundation"), nor a given name before a head word ("Prince Philip
    Hospital") or an initial ("King George V Playing Fields"). The person is left to the
    people's reader."""
    heads = lex.union("post_heads", "org_heads")
    # a roll's column before the run ("Apologies Jo Hale Westbury Wildlife Trust"): the run
    # opens with the person, as it does after any capitalised word
    opened = start > 0 and doc[start - 1].lower_ in lex.roll_statuses and is_cap(doc[start - 1])
    # The body after the person is capitalised words and connectors to the run's end: found
    # once from the end (it was checked again for each given name, and its head_kind read,
    # over a tail that grew to the whole run: a line of "Edward Thomas Close …", roads that
    # are no person, took time growing as its square), and no longer than a body's name.
    caps = end
    while caps > start and (is_cap(doc[caps - 1]) or doc[caps - 1].lower_ in lex.connectors):
        caps -= 1
    for k in range(end - 4, max(start - opened, caps - 3, end - _LONGEST_BODY - 3), -1):
        first, surname, before = doc[k], doc[k + 1], doc[k - 1]
        if first.text not in lex.given_names or not (is_cap(before) and before.is_alpha) or (
                before.lower_ in lex.connectors or before.lower_ in lex.not_name_start) or not (
                # a double-barrelled surname too: "Jo Lawson-Hale Westbury Wildlife Trust"
                is_cap(surname) and surname.text.replace("-", "").isalpha()
                and len(surname.text) > 1) or (
                surname.is_upper or surname.lower_ in heads):
            continue
        tail = doc[k + 2 : end]
        if is_cap(tail[0]) and head_kind([t.lower_ for t in tail], lex) == ORG:
            return k + 2
    return start


# The most words a body's name after a person in a run is read for ("Office of the Police,
# Fire and Crime Commissioner for North Westshire" is 13, its comma one)
_LONGEST_BODY = 16


_DASHES = (",", "-", "–", "—")


def _portfolio_cut(words: list[str], s: int, e: int, lex: Lexicon) -> int:
    """The end of a post before what is no portfolio: "Portfolio Holder for Agenda Item 7"
    is the Portfolio Holder, here for one item (``posts.not_portfolios``)."""
    for k, w in enumerate(words[:-1]):
        # ("… for Item 12": the item's number is no word of the name, so the name may end
        # on "item"; "Head of Policy, Agenda Item 3": an item after a comma too)
        if w in ("for", "of", ",") and any((" ".join(words[k + 1 :]) + " ").startswith(p)
                                           for p in lex.not_portfolios):
            return s + k
    return e


def _portfolio_modifier(doc: Doc, words: list[str], e: int, lex: Lexicon) -> bool:
    """Whether a known body's name that is also a portfolio ("Public Health") modifies what
    follows it rather than naming a body: "the Public Health Report", "the Public Health
    annual report", "the Public Health and Housing portfolio" (``posts.portfolio_things``,
    after other capitalised portfolios joined by "and"). Alone it names a body: "funded by
    the CCG and Public Health"."""
    if " ".join(words) not in lex.post_portfolios:
        return False
    k, n = e, len(doc)
    if k + 1 < n and doc[k].lower_ in ("and", "&") and is_cap(doc[k + 1]):
        k += 1
        while k < n and is_cap(doc[k]) and not doc[k].is_sent_start:
            k += 1
    return k < n and not doc[k].is_sent_start and doc[k].lower_ in lex.portfolio_things


def _served_after(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """The end of a post that serves a body or another post, named with "to the": "Clerk to
    the Council", "Secretary to the Panel", "Deputy Clerk to the Parish Council", "Assistant
    to the Town Clerk & Mayor" are one post each (``posts.serving_heads``, ``posts.served``).
    What follows "the" must be capitalised words ending in what a post serves. Not after a
    lower-case word and "by" or "from" ("sent by the Clerk to the Council": where it went)."""
    n = len(doc)
    if not (doc[e - 1].lower_ in lex.post_serving_heads and e + 2 < n
            and doc[e].lower_ == "to" and doc[e + 1].lower_ == "the"):
        return e
    before = s - 1 if s > 0 and doc[s - 1].lower_ == "the" else s
    if before >= 2 and doc[before - 1].lower_ in ("by", "from") and doc[before - 2].is_lower:
        return e
    k = end = e + 2
    while k < n and not doc[k].is_sent_start and k - e <= 7 and (
            is_cap(doc[k]) or (doc[k].lower_ in ("&", "and") and k > e + 2)):
        k += 1
        if doc[k - 1].lower_ in lex.post_served and not doc[k - 1].is_upper:
            end = k
    return end if end > e + 2 else e


def _directs_area(words: list[str], lex: Lexicon) -> bool:
    """Whether a post directs an area named after its "of": "Executive Director of
    Regeneration", "Head of Housing" (a director's or a head's, ``posts.area_heads``)."""
    return any(w in lex.post_area_heads and words[k + 1] == "of" and words[k + 2] != "the"
               for k, w in enumerate(words[:-2]))


def _holds_portfolio(words: list[str], lex: Lexicon) -> bool:
    """Whether a post's words name its portfolio: "Cabinet Member for Culture", "Portfolio
    Holder Finance" (``posts.cabinet_posts`` with words after them, or a portfolio holder's
    head before "for")."""
    lead = 1 if words and words[0] in lex.post_ranks else 0  # "Deputy Portfolio Holder: …"
    return (" ".join(words[lead : lead + 2]) in lex.cabinet_posts
            and len(words) > lead + 2) or any(
        w in lex.portfolio_holders and words[k + 1] == "for" for k, w in enumerate(words[:-2]))


def _portfolio_list(doc: Doc, e: int, starts: dict[int, int], lex: Lexicon) -> int:
    """The end of a portfolio that goes on as a list after a comma: "Cabinet Member for
    Culture, Leisure and the Third Sector", "Portfolio Holder Finance, Resources and Assets".
    Only runs that name nothing themselves (no person, post or body), closed by "and"; a
    list never closed is no portfolio's ("Cabinet Member for Housing, Westbury Council")."""
    def names_nothing(a: int) -> bool:
        first = doc[a]
        return a in starts and head_kind([t.lower_ for t in doc[a : starts[a]]], lex) is None \
            and first.text not in lex.given_names and (
                first.lower_ not in lex.person_titles | lex.not_name_start)

    def closed(b: int) -> int | None:
        """The end of the last area after "and" at ``b``: "… and the Third Sector"."""
        last = b + 1 + (b + 1 < len(doc) and doc[b + 1].lower_ == "the")
        if b < len(doc) and doc[b].lower_ in ("and", "&") and last < len(doc) and (
                names_nothing(last)):
            return starts[last]
        return None

    if doc[e].lower_ in ("and", "&"):
        return closed(e) or e  # the list begun inside the post's own run ("…, Leisure")
    k = e
    while k + 1 < len(doc) and doc[k].text == "," and names_nothing(k + 1):
        b = starts[k + 1]
        if {"and", "&"} & {t.lower_ for t in doc[k + 1 : b]}:
            return b
        if (end := closed(b)) is not None:
            return end
        k = b
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
    if e + 1 < len(doc) and (doc[e].text == "," or (
            doc[e].lower_ in ("and", "&") and "," in words)) and _holds_portfolio(words, lex):
        return _portfolio_list(doc, e, dict(chunks), lex), None
    if e + 1 < len(doc) and doc[e].text == "," and len(words) > 1 and (
            words[-1] in lex.post_listed_remit_heads) and not any(
            w in ("for", "of", "to") for w in words):
        # "Executive Director, Enterprise and Innovation", "Deputy Chief Executive, Arts and
        # Culture": a qualified post's areas listed after its comma, closed by "and", each
        # naming nothing (``posts.listed_remit_heads``); a body or a person there is no area
        # ("Service Manager, Aberdeen CHP", "Minute Taker, Jo Hale")
        end = _portfolio_list(doc, e, dict(chunks), lex)
        if end > e and not any(t.is_upper and len(t) > 1 for t in doc[e + 1 : end]) and (
                _areas_name_nothing([t.lower_ for t in doc[e + 1 : end]], lex)):
            # (not "Deputy Chief Executive, Cabinet and Scrutiny Committee": who was briefed)
            return end, None
    if e + 2 < len(doc) and doc[e].lower_ in ("and", "&") and doc[e + 1].lower_ == "the" and (
            _holds_portfolio(words, lex) or _directs_area(words, lex)):
        # "Cabinet Member for Housing and the Environment", "Executive Director of
        # Regeneration and the Economy": the area runs on after "and the", where what
        # follows names nothing itself (not "… and the Chief Executive", "… and the
        # Council", "… and the Planning Committee")
        starts = dict(chunks)
        b = starts.get(e + 2)
        run = [t.lower_ for t in doc[e + 2 : b]] if b else []
        if run and not (set(run) & (lex.org_heads | lex.post_heads | lex.committee_words
                                    | {"council"})):
            return _portfolio_list(doc, e, starts, lex), None
    if any(w in ("for", "of", "with", ":") for w in words) or (
            words[-1] not in lex.post_heads) or e + 1 >= len(doc):
        return e, None
    sep = doc[e].text
    if sep not in _DASHES and sep != "(":
        return e, None
    # A post of one word takes a portfolio only after a dash ("Director – Finance and
    # Corporate Services"); "Clerk, Salary" is a line of accounts.
    single = len(words) < 2
    # (but a bare head a roll prints before its area, "Director, Social Work", takes it
    # after a comma: ``posts.remit_heads``)
    remit = single and sep == "," and words[0] in lex.post_remit_heads
    if single and not remit and (sep in (",", "(") or words[0] not in lex.post_standalone):
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
    if b > a + 1 and sep == "," and first.is_upper and first.is_alpha and len(first) > 1 and (
            first.lower_ not in lex.post_heads and first.lower_ not in lex.person_titles) and (
            doc[a + 1].text in lex.given_names or doc[a + 1].lower_ in lex.person_titles):
        # "Network Manager, WLC Jo Hale": a roll run on, the holder's body by its initials
        # and the next person's name
        return e, (a, a + 1)
    run = [t.lower_ for t in doc[a:b]]
    if sep != "(" and _branch(run, lex) and not (
            b < len(doc) and doc[b].lower_ in ("and", "&")):
        # "Chief Executive Officer, Healthwatch Westshire", "Director, Age UK Eastvale": a
        # national body's branch is where the post is held
        return e, (a, b)
    if " ".join(run) in lex.post_asides:
        return e, None  # "Emergency Coordinator – Guidance": what the line is, no portfolio
    if head_kind(run, lex) is not None or (b == a + 1 and _initials_only(first.text)) or (
            first.lower_ in lex.not_name_start | lex.committee_words | lex.post_heads):
        return e, None  # "Asset Manager (AMgr)": the post's short form, no portfolio
    if sep == "(":
        # "Assistant Director (Policy, Performance and Communications)": the areas listed
        # inside the bracket, each naming nothing itself, up to the bracket's close
        k = b
        while k + 1 < len(doc) and doc[k].text == "," and k + 1 in starts and head_kind(
                [t.lower_ for t in doc[k + 1 : starts[k + 1]]], lex) is None:
            k = starts[k + 1]
        return (k + 1, None) if k < len(doc) and doc[k].text == ")" else (e, None)
    accounts = b < len(doc) and (doc[b].like_num or doc[b].is_currency or (
        # ("Corporate Director, Place for whom Jo Hale deputised": a relative clause)
        doc[b].lower_ in ("for", "of") and doc[b + 1 : b + 2].text.lower() not in (
            "whom", "which")))
    if remit and len(run) < 2 and run[-1] not in lex.departments | lex.directorates:
        return e, None  # "Director, Himmat": a body of one word, where the director is
    if len(run) == 1 and run[0] in _one_word_council_places() and (
            run[0] not in lex.departments | lex.directorates):
        return e, None  # "Jo Hale, Police Inspector, Aberdeen": where the holder lives
    if accounts or (single and not remit and not (
            {"and", "&"} & set(run) or run[-1] in lex.departments | lex.directorates)):
        return e, None  # "Auditor – Audit for the year", "Clerk, Salary £160": accounts
    # "Audit, Procurement and Operational Finance": a list of areas, closed by "and"
    k = b
    while "and" not in run and "&" not in run and k + 1 < len(doc) and doc[k].text == "," \
            and k + 1 in starts:
        nxt = [t.lower_ for t in doc[k + 1 : starts[k + 1]]]
        if (head_kind(nxt, lex) is not None and not _closed_by_portfolio(nxt, lex)) or (
                doc[k + 1].text in lex.given_names) or not ("and" in nxt or "&" in nxt) or (
                not _areas_name_nothing(nxt, lex)):
            # (a body before the closing portfolio ends the list: "Service Director –
            # Policy, Westshire Council and Public Health")
            break
        run, k = nxt, starts[k + 1]
    if k + 1 < len(doc) and doc[k].text in ("–", "-", "—") and doc[k + 1].lower_ in (
            lex.post_service_parts) and is_cap(doc[k + 1]) and (
            k + 2 == len(doc) or not is_cap(doc[k + 2])):
        # "Executive Director, Finance – West": the part of a shared service the post serves
        k += 2
    return k, None


@cache
def _council_places_lower() -> frozenset[str]:
    """The councils' places in lower case, of one word or more ("adur", "mid suffolk")."""
    return frozenset(p.lower() for p in council_places())


def _ends_in(text: str, phrases: Iterable[str]) -> bool:
    """Whether a name's words are one of ``phrases`` or end in one, word for word ("scrutiny
    committee" ends in "committee"; "subcommittee" does not)."""
    return _ending(text, phrases) is not None


def _ending(text: str, phrases: Iterable[str]) -> str | None:
    """The first of ``phrases`` (in their order) that a name's words are or end in, word for
    word, or None."""
    return next((c for c in phrases if text == c or text.endswith(" " + c)), None)


def _areas_name_nothing(words: list[str], lex: Lexicon) -> bool:
    """Whether each part of a list of areas after a post's comma, dash or bracket (the words
    between commas, "and" and "&") names nothing itself: no body ("…, Westshire and Eastvale
    Partnership"), no post or committee ("…, Leader and Cabinet", "…, Cabinet and Scrutiny
    Committee") and no council's place ("Head of Planning, Adur and Worthing": a service two
    councils share, where the post is held). A portfolio a post directs ("Public Health") is
    an area, though a body may bear its name."""
    part: list[str] = []
    for w in [*words, ","]:
        if w not in (",", "and", "&"):
            part.append(w)
            continue
        bare = part[1:] if part[:1] == ["the"] else part
        text = " ".join(bare)
        if bare and text not in lex.post_portfolios and (
                head_kind(bare, lex) is not None or text in _council_places_lower()
                or _ends_in(text, lex.committee_words)):
            return False
        part = []
    return True


def _closed_by_portfolio(words: list[str], lex: Lexicon) -> bool:
    """Whether a list of areas closes with "and" and a portfolio a post directs
    (``posts.portfolios``), the words before it naming nothing: "Intelligence and Public
    Health" after "Service Director – Policy," is the post's last areas, though "Public
    Health" alone names a body."""
    if "and" not in words and "&" not in words:
        return False
    k = max(i for i, w in enumerate(words) if w in ("and", "&"))
    return " ".join(words[k + 1 :]) in lex.post_portfolios and head_kind(words[:k], lex) is None


def _name_before_post(doc: Doc, words: list[str], start: int, lex: Lexicon) -> int | None:
    """Where a post starts after a person's initial and surname with no comma: "J Bearsley
    Co-opted Member" is J Bearsley, who is a Co-opted Member. So after a given name and a
    surname where a flattened roll's entry starts after the post before it (… Office
    Manager" / "Jo Hale Events Manager", :func:`_holder_before_post`): elsewhere a given
    name may open a place's name ("Victoria Park Site Manager")."""
    given = doc[start].text in lex.given_names and start > 0 and is_cap(doc[start - 1]) and (
        doc[start - 1].lower_ in lex.post_run_enders)
    if len(words) < 4 or not (_LONE_INITIAL.fullmatch(doc[start].text) or given):
        return None
    sur = doc[start + 1]
    if not (sur.is_alpha and is_cap(sur) and not sur.is_upper) or (
            sur.lower_ in lex.post_heads | lex.org_heads | lex.not_name_start
            | lex.post_ranks | lex.councillor_tiers):
        return None
    rest = words[2:]
    if head_kind(rest, lex) == POST and rest[0] not in lex.connectors:
        return start + 2
    return None


# The most words a post's title after its holder's name takes in a flattened roll, and
# before it (:func:`_between_posts`): the search for a holder stays within them.
_HOLDER_REACH = 12
# A surname's shape: "Hale", "Piggott-Smith" (the tokenizer keeps a hyphenated word whole),
# "O'Keefe", "D’Souza", "McDonald", "MacKay" (a prefix before the capital)
_NAME_WORD = re.compile(r"(?:[A-Z]['’]|Ma?c)?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")


def _holder_inside_run(doc: Doc, words: list[str], start: int, lex: Lexicon
                       ) -> tuple[int, int] | None:
    """Where a person's name starts and ends inside a run when a flattened roll's entries,
    each a name then a post, have run together and the run ends in one: "Head of Operations
    & Workforce Jo Hale Commission Solicitor", "Strategy and Planning Ann Bell Member
    Services Officer". The name is a given name the lists hold (or any name between two
    posts: :func:`_between_posts`) and a surname of a name's shape (``_NAME_WORD``), after
    a capitalised word of the entry before it (no connector, title or given name: "Director
    of Ann Bell …" reads no name, "Mary Anne Hale" is one name); the words after the surname,
    to the run's end, are a post's title, capitalised. The last such name is taken, so that
    the post after it holds no second name. Not at the run's start (:func:`_name_before_post`
    reads that, after the post before it), where a given name opens a place's name as often
    ("Victoria Park Site Manager"); nor a surname that is a street's, a dwelling's, a place's
    or a body's word ("… Services Victoria Park Manager")."""
    n = len(words)
    for p in range(n - 3, max(0, n - 3 - _HOLDER_REACH), -1):  # (linear in a long run)
        tok, prev, sur = doc[start + p], doc[start + p - 1], doc[start + p + 1]
        if not (is_cap(prev) and prev.is_alpha) or prev.lower_ in lex.union(
                "connectors", "person_titles") or prev.text in lex.given_names:
            continue
        if tok.text not in lex.given_names and not _between_posts(doc, words, start, p, lex):
            continue
        if not _NAME_WORD.fullmatch(sur.text) or sur.text in (
                lex.given_names) or sur.lower_ in _not_surname_here(lex):
            continue  # ("Piggott-Smith", "O'Keefe": one word)
        e = p + 2
        rest = words[e:]
        if len(rest) < 1 or rest[0] in lex.connectors or not all(
                is_cap(t) or t.lower_ in ("and", "&", "of", "for", "'s", "’s")
                for t in doc[start + e : start + n]):
            continue
        if head_kind(rest, lex) == POST:
            return start + p, start + e
    return None


def _between_posts(doc: Doc, words: list[str], start: int, p: int, lex: Lexicon) -> bool:
    """Whether the word at ``start + p`` may open a name that no list holds as a given name
    because a whole post stands before it, ending in a head that ends a column's entries
    (``posts.run_enders``): "Business Manager Kit Arrow Scrutiny Officer", "Deputy Director
    Inka Voss Head of Press". Between two posts' titles two capitalised words are the
    holder's name, unless the first is a word the page writes small (a post's own word,
    "Finance Manager Corporate Services Officer"), a region's ("Public Governor West
    Hampshire CCG …") or one the lists know, or initials follow the second (a body's)."""
    tok = doc[start + p]
    after = start + p + 2
    return doc[start + p - 1].lower_ in lex.post_run_enders and tok.is_alpha and (
        not tok.is_upper) and tok.lower_ not in _not_surname_here(lex) and (
        tok.lower_ not in lex.regions) and not (
        _lower_on_page(doc, tok.lower_)) and not (
        after < len(doc) and doc[after].is_upper) and p <= _HOLDER_REACH and (
        head_kind(words[:p], lex) == POST)


def _not_surname_here(lex: Lexicon) -> frozenset[str]:
    """Words that are no surname before a post in :func:`_holder_inside_run`: a post's, a
    body's, a rank's, a street's, a dwelling's or a place's word (one union, built once)."""
    return lex.union("post_heads", "org_heads", "not_name_start", "post_ranks",
                     "councillor_tiers", "street_words", "dwellings", "place_words",
                     "not_surnames")


def _lower_on_page(doc: Doc, word: str) -> bool:
    """Whether ``word`` stands in lower case somewhere on the page (a word, not a name)."""
    return word in _lower_words(doc)


_LOWER_WORDS = "people_lower_words"  # perdoc.kept's key: the page's words in lower case


def _lower_words(doc: Doc) -> frozenset[str]:
    """The page's words written in lower case, gathered once for the doc (``perdoc.kept``)."""
    store = kept(doc)
    lower = store.get(_LOWER_WORDS)
    if lower is None:
        lower = store[_LOWER_WORDS] = frozenset(t.text for t in doc if t.is_lower)
    return lower


def _surname_like_a_post(doc: Doc, words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether a run of two words is a person whose surname is a post's head word, a head
    that is a common surname (``people.surname_heads``: "R Grant") or a programme's that is a
    surname too (``programmes.surname_heads``): an initial or a common given name, then the
    head ("M Warden", "Thanks to Ann Nurse", "Peter Trail"). No
    post's title opens on a given name or an initial; a post named with an article before it
    ("the Tree Warden", "a Grant Officer") is left to be read as one, and a letter after a
    word that numbers a part of the papers (``programmes.numbering_words``: "Appendix C
    Grant", "Item D Grant applications") letters that part, no initial."""
    if len(words) != 2 or words[1] not in (
            lex.union("post_heads", "surname_heads", "programme_surname_heads")) or not (
            doc[start + 1].is_title):
        return False
    if start > 0 and doc[start - 1].lower_ in ("the", "a", "an", "our", "their", "its", "his",
                                                "her", "your", "this", "that"):
        return False
    first = doc[start].text
    if _LONE_INITIAL.fullmatch(first):
        return first != "A" and not (start > 0 and doc[start - 1].lower_ in lex.numbering_words)
    return first in lex.given_names


def _owning_body(words: list[str], lex: Lexicon) -> int | None:
    """How many words name a body before its "'s" in a run that names nothing as a whole:
    "Westbury Labour Party's Disability Officers", "Eastvale Trust's new Chair". The body
    must be named in two words or more ending as bodies' names do; an owner that is a
    generic reference ("the Council's") is none."""
    for k, w in enumerate(words):
        if w in ("'s", "’s") and k >= 2:
            return k if head_kind(words[:k], lex) == ORG and not _generic(
                " ".join(words[:k]), lex) else None
    return None


@cache
def _known_or_named(known: frozenset[str], named: frozenset[str]
                    ) -> tuple[frozenset[str], int]:
    """The known schemes' names in one set, and the most words any of them has."""
    names = known | named
    return names, _most_words(names)


def _known_programme(words: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """The longest run of ``words`` that is a known scheme's name, as (start, end): a name of
    ``[programmes] known`` or of schemes.toml as printed. Runs no longer than the longest
    name are tried (a run of a thousand capitalised words would otherwise be joined in
    every window of every length, cubic in its length)."""
    known, longest = _known_or_named(lex.programme_known, lex.scheme_named)
    for size in range(min(len(words), longest), 0, -1):
        for a in range(len(words) - size + 1):
            if " ".join(words[a : a + size]) in known:
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
                head_kind(words[:k], lex) == ORG):
            return k
    return None


def _body_after_of(words: list[str], lex: Lexicon) -> int | None:
    """Where a body starts after "of", "from" or "for" in a run that names nothing as a whole:
    "Representatives of Sussex Partnership NHS Foundation Trust", "Annual Report of
    Westshire Council", "Development of a Regional Scrutiny Committee for the Gwent Public
    Services Board" (the first such body, after any of those words). The body must be named
    in full (a head word or a known body); a post there ("Annual Report of the Police and
    Crime Commissioner") is the report's, no name; nor is the end of a run that is a
    reference as a whole ("the Rights of Way team": no "Way team")."""
    if _generic(" ".join(words), lex):
        return None
    for k, w in enumerate(words[:-1]):
        if w in ("of", "from", "for"):
            post = k > 0 and (words[k - 1] in lex.post_heads or words[k - 1][:-1] in
                              lex.post_heads)
            k += 1 + (words[k + 1] == "the")
            tail = words[k:]
            if tail and (tail[-1] in lex.org_heads or (
                    # ("Association of Directors of Public Health": a post's portfolio)
                    " ".join(tail) in lex.org_known and not post)) and (
                    head_kind(tail, lex) == ORG) and len(tail) > 1:
                return k
    return None


def _led_body(doc: Doc, post: list[str], s: int, e: int, lex: Lexicon) -> bool:
    """Whether ``doc[s:e]``, after "of" in a post that only a body has ("Chief Executive",
    "CEO", "Managing Director": ``posts.body_leaders``), names that body though no head word
    says so: "the CEO of Snowdonia National Park", "Chief Executive of Bluebell Homes". Every
    word capitalised, not a generic reference ("of the Council"), a department ("Legal
    Services") or a committee of the council's."""
    words = [t.lower_ for t in doc[s:e]]
    lead = name_key(" ".join(post[-3:]))
    return bool(words) and any(lead.endswith(b) for b in lex.body_leaders) and all(
        is_cap(t) or t.lower_ in ("&", "and") for t in doc[s:e]) and is_cap(doc[e - 1]) and (
        not _generic(" ".join(words), lex)) and words[-1] not in lex.departments | (
        lex.post_heads | lex.programme_heads) and not any(
        w in lex.committee_words for w in words) and " ".join(words) not in lex.post_portfolios


def _programme_after_of(words: list[str], lex: Lexicon) -> int | None:
    """Where a programme starts after the first "of" in a run that names nothing as a whole:
    "Adoption of the Local Transport Plan", "Implementation of the Better Care Fund" (an item
    title or a clause saying what is done to the scheme), or after "for" when the word before
    it is work on a thing (``programmes.action_heads``: "New Contract for Community Transport
    Services"). The scheme is named in two words or more ending in a programme head; a post
    there ("Annual Report of the Director of Public Health") is no scheme. What a contract is
    let for is a service commissioned, named by three words or more, though "services" alone
    ends a department's name too ("Children's Services")."""
    at = next((k for k, w in enumerate(words[:-2]) if w == "of" or (
        w == "for" and k and words[k - 1] in lex.programme_action_heads)), None)
    if at is None:
        return None
    k = at + 1
    k += words[k] == "the"
    tail = words[k:]
    if words[at - 1 : at] == ["contract"] and len(tail) > 2 and tail[-1] in (
            "service", "services") and not set(tail) & (lex.connectors | lex.org_heads):
        return k  # "New Contract for Community Sexual Health Services"
    if len(tail) > 1 and tail[0] not in lex.connectors and tail[-1] in lex.programme_heads and (
            head_kind(tail, lex) == PROGRAMME) and not _generic(" ".join(tail), lex):
        return k
    return None


def _group_of_work(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a name's words up to ``k``, before its "for", end in a group set up for one
    piece of work (``group_phrases``), not the council's own rules or members, named before
    the group or after the "for": "Task and Finish Group" in "the Task and Finish Group for
    the Waste Contract", against "the Working Group for the Constitution" (the
    "Constitution Working Group") and "the Task and Finish Group for Councillors". A body or
    committee after the "for" is whose group it is, as after "of": "the Review Group for the
    Scrutiny Committee" names no work."""
    text = " ".join(words[: k + 1]).removeprefix("the ")
    group = _ending(text, lex.group_phrases)
    rest = words[k + 2 :]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    after = " ".join(rest)
    return group is not None and not _own_rules_group(text, lex) and not (
        _own_rules_group(f"{after} {group}", lex)) and not (
        _ends_in(after, lex.committee_words)) and (
        not rest or head_kind(rest, lex) != ORG)


def _own_rules_group(text: str, lex: Lexicon) -> bool:
    """Whether a working group's name (lower case) is the council's own rules, its officers
    or its members together (``programmes.own_rules_groups``, ``organisations.own_groups``):
    "the Constitutional Working Group", "All Party Working Party", "the Member Working Group";
    "the Cemetery Working Group" is a piece of work."""
    bare = text.removeprefix("the ")
    return any(bare.endswith(" " + g) and (
        (what := bare[: -len(g) - 1]) in lex.own_rules_groups or what in lex.own_groups)
        for g in lex.group_phrases)


def _group_chaired(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int | None:
    """Where a named group of work starts in a post that leads it: "Chair of the NDP Steering
    Group", "Chairman of the Westbury Parking Task and Finish Group". Such a group is a
    programme (``group_phrases``) and is named as well as the post; only a group with a name
    of its own (a capitalised word before the group's words), so "Chair of the Task Group"
    names none. So a fund or scheme that a post chairs or leads, after "of the", with a name of
    two words or more: "Chair of the Community Benefit Fund" (``programmes.inner_heads``)."""
    if "of" not in words[:-2]:
        return None
    k = words.index("of") + 1
    the = words[k] == "the"
    k += the
    named = " ".join(words[k:])
    group = next((g for g in lex.group_phrases if named.endswith(" " + g)), None)
    size = len(group.split()) if group is not None else 1
    if (group is None and not (the and words[-1] in lex.programme_inner_heads)) or (
            len(words) - k <= size) or not is_cap(doc[s + k]) or (
            _generic(named, lex)) or head_kind(words[k:], lex) != PROGRAMME:
        return None
    return k


def _programme_within(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int] | None:
    """Where a scheme is named inside a body's name: the scheme that a team, a board or its
    contractors work on ("the Lincs Reservoir Project Team", "the 21st Century Schools
    Programme Management Board", "City Deal PMO": ``programmes.inner_heads`` then only
    ``programmes.body_words``), or the scheme a board is for, after its last "for" or "of"
    and "the" ("the Pension Board for the Westshire Local Pension Scheme"). Readers list it as
    a programme as well. Its name is two words or more, capitalised, and is a programme's by
    itself. None if the body's name holds no such scheme."""
    words = [t.lower_ for t in doc[s:e]]
    for j in range(len(words) - 2, 0, -1):
        if words[j] in lex.programme_inner_heads and all(
                w in lex.programme_body_words for w in words[j + 1 :]):
            return (s, s + j + 1) if head_kind(words[: j + 1], lex) == PROGRAMME else None
        if words[j] not in lex.programme_body_words:
            break
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("of", "for"):
            # after "the" only: "the Department for Business, Energy and Industrial
            # Strategy" is a department's name whole, no scheme of its
            t = k + 2
            if words[k + 1] == "the" and len(words) - t >= 2 and (
                    words[-1] in lex.programme_inner_heads) and is_cap(doc[s + t]) and (
                    head_kind(words[t:], lex) == PROGRAMME):
                return s + t, e
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
    confirmed", "would be attending", "objected", "has submitted" (``acronym_acts``,
    ``speech_verbs``, ``body_deeds``); not "was agreed", which is done to it."""
    k, passive = e, False
    while k < len(doc) and k - e <= 3 and doc[k].lower_ in _AUXILIARIES:
        passive = passive or doc[k].lower_ in _PASSIVE
        k += 1
    if k >= len(doc) or doc[k].lower_ not in lex.acronym_acts | lex.speech_verbs | (
            lex.body_deeds):
        return False
    return not (passive and doc[k].lower_.endswith("ed"))


def _function_owner(tok, lex: Lexicon) -> bool:
    """Whether a word before a function (``organisations.acting_functions``: "Highways")
    names the council that carries it out: a county's short form ("Herts",
    ``county_short_forms``), a council's one-word place ("Wiltshire", :func:`kg.patterns.
    council_places`), or a council's initials in capitals ("LCC", "CE"). "Herts Highways"
    is the county's highway authority, a body, though it does not act in the sentence. A
    small word in capitals is no initials ("RE Highways: the pothole", "The AND Highways
    report") unless a council's acronym's ending says so."""
    word = tok.text
    return (word.isalpha() and word.isupper() and 2 <= len(word) <= 5 and (
        not tok.is_stop or _council_acronym(word, lex))) or (
        tok.lower_ in lex.county_short_forms) or tok.lower_ in _one_word_council_places()


@cache
def _one_word_council_places() -> frozenset[str]:
    """The councils' places that are one word ("Wiltshire", "Kent"), in lower case."""
    return frozenset(p for p in _council_places_lower() if " " not in p)


def _function_acts(doc: Doc, e: int, lex: Lexicon) -> bool:
    """Whether a function named alone acts as the body that carries it out: a verb of a
    body's (``_acts_next``), or "had", "has", "will", "would" and a verb ("Highways had
    raised an order"; not "had been", done to it)."""
    return _acts_next(doc, e, lex) or (
        e + 1 < len(doc) and doc[e].lower_ in lex.body_auxiliaries and doc[e + 1].is_lower
        and doc[e + 1].is_alpha and doc[e + 1].lower_ not in ("been", "be", "not", "no"))


def _firm_that_acts(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A firm or body named by what it trades in, with no head word, that acts (or "who"
    follows it) or is known by its initials: "Orbit Housing had agreed", "Western Power
    Distribution replied", "Metro Trent Valley Housing (MTVH)" (``organisations.trades``:
    the last word; three words or more, not a kind of housing, "Extra Care Housing (ECH)",
    for initials alone).
    Never a person ("Jo Hale", a title) or a generic reference."""
    words = [t.lower_ for t in doc[s:e]]
    return 2 <= len(words) <= 4 and words[-1] in lex.trades and (
        doc[s].text not in lex.given_names) and words[0] not in lex.person_titles | (
        lex.not_name_start) and not _generic(" ".join(words), lex) and not any(
        w in lex.connectors for w in words) and (
        _acts_next(doc, e, lex) or (len(words) >= 3 and words[0] not in lex.trade_topics
                                    and _defined_acronym(doc, s, e)) or (
            # "Complete Utilities who were laying cable": "who" tells someone acts
            e < len(doc) and doc[e].lower_ == "who" and words[0] not in lex.trade_topics))


def _name_that_acts_as_many(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A name of two to four capitalised words, with no head word, that takes a plural verb
    in the active voice: "Countrywide Maintenance have suggested", "Capital & Centric have
    agreed", "Complete Utilities are laying cable". British English agrees a body's name
    with its people, while one person's name takes "has", "was", "is" (the people rules
    leave such names alone, ``people.plural_agreements``); what follows must be a verb of
    doing ("have" and a participle, "are"/"were" and an "-ing"), not "were informed", done
    to it. A longer name acts in the singular too ("Loch Leven Seafood Cafe has applied").
    Never a group of people by what they are ("Local Residents have", "Ward Members
    have"), a post, committee, programme, department or place."""
    words = [t.lower_ for t in doc[s:e]]
    if not 2 <= len(words) <= 4 or not all(
            (is_cap(t) and t.is_alpha) or t.text == "&" for t in doc[s:e]) or doc[
            s].text == "&" or doc[e - 1].text == "&":
        return False
    if doc[s].text in lex.given_names or words[0] in lex.union(
            "person_titles", "not_name_start") \
            or _generic(" ".join(words), lex) or any(
            w in _not_in_acting_names(lex) or w.rstrip("s") in lex.union(
                "post_heads", "post_lay_roles") for w in words) or any(
            " ".join(words).removesuffix("s").endswith(w)
            for w in lex.committee_words | set(lex.group_phrases)):
        return False  # ("Working Groups have met": the council's own)
    k = e
    if len(words) >= 3 and k + 1 < len(doc) and doc[k].lower_ in lex.body_auxiliaries and (
            doc[k + 1].lower_ in (lex.acronym_acts | lex.body_deeds) - lex.speech_verbs):
        # "Loch Leven Seafood Cafe has applied", "Westbury Community Land Trust would fund":
        # in the singular, a name of three words or more (a person's has two, a given name
        # and a surname, and the people rules read a speaker's verbs first)
        return True
    if k >= len(doc) or doc[k].lower_ not in lex.plural_agreements:
        return False
    verb = k + 1
    while verb < len(doc) and verb - k <= 2 and doc[verb].lower_ in ("also", "now", "been",
                                                                      "already", "since"):
        verb += 1
    if verb >= len(doc) or not doc[verb].is_alpha or not doc[verb].is_lower:
        return False
    v = doc[verb].lower_
    if doc[k].lower_ == "have":
        return doc[verb - 1].lower_ != "been" and (
            v.endswith(("ed", "en")) or v in lex.acronym_acts | lex.speech_verbs)
    return v.endswith("ing") and v not in ("being", "nothing", "something")


@cache
def _not_in_acting_names(lex: Lexicon) -> frozenset[str]:
    """Words that make a name acting as many no body's (built once): a post, committee,
    programme, money, department, street, dwelling, place or the council's own members."""
    return (lex.post_heads | lex.committee_words | lex.programme_heads | lex.money_words
            | lex.departments | lex.street_words | lex.dwellings | lex.place_words
            | lex.generic_places | frozenset(lex.own_groups))


def _defined_acronym(doc: Doc, s: int, e: int) -> bool:
    """Whether the name ``doc[s:e]`` is followed by its initials in brackets: "Metro Trent
    Valley Housing (MTVH)"."""
    return e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and (
        doc[e + 1].text == "".join(t.text[0] for t in doc[s:e] if is_cap(t)))


def _known_opening(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int:
    """How many words at the start of a longer name are a known body's, printed as a name
    (an acronym, or two words or more, capitalised): "the CIPFA Handbook", "the McCarthy
    and Stone Residential Development" name the body and a thing of its. Not a known body
    that is also a portfolio or a kind ("Public Health Grant", "Government Funding"), nor a
    national body with local branches (its place follows it, "NHS Highland"), nor one
    before a service of its ("NHS App", ``branch_not``)."""
    for k in range(len(words) - 1, 0, -1):
        name = " ".join(words[:k]).replace(" ’s", "'s").replace(" 's", "'s")
        toks = doc[s : s + k]
        if name not in lex.org_known or name in lex.post_portfolios or _generic(name, lex) \
                or name in lex.branches or name in lex.acronym_heads:
            # ("NHS Highland", "Age UK Westshire": a branch, read as one body; "ICB", "CCG"
            # head a body's name after its place, and alone open none)
            continue
        if not ((k == 1 and toks[0].is_upper and len(toks[0].text) > 1) or (
                k > 1 and all(is_cap(t) or t.lower_ in lex.connectors or t.lower_ in ("'s", "’s")
                              for t in toks))):
            return 0
        rest = " ".join(words[k:])
        if rest in lex.branch_not or any(rest.startswith(b + " ") for b in lex.branch_not):
            return 0
        return k
    return 0


def _council_opening(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int:
    """How many words at the start of a longer capitalised run name a council in full, its
    place and tier ("Westshire County Council", "Eastbury Town Council"), when the words
    after it are no post of its ("… Council Chief Executive"), no part of a body of its
    ("… Council Pension Fund" is read whole) and begin with no connector."""
    for k in range(len(words) - 1, 2, -1):
        if words[k - 1] != "council" or words[k - 2] not in lex.councillor_tiers or (
                words[k] in lex.connectors or words[k] in ("'s", "’s", ",", ":")):
            continue
        if not all(is_cap(t) or t.lower_ in ("and", "&", "of", "upon", "on")
                   for t in doc[s : s + k]) or not is_cap(doc[s + k]):
            return 0
        if _generic(" ".join(words[:k]), lex) or head_kind(words[:k], lex) != ORG or (
                head_kind(words[k:], lex) in (POST, ORG)):
            return 0
        return k
    return 0


def _cue_before_known(words: list[str], lex: Lexicon) -> int | None:
    """Where a known body starts after a cue printed in capitals before it: "External
    Auditors Grant Thornton", "Contractor Ringway Jacobs" name the firm, and the cue says
    what it does (``organisations.cues``)."""
    for k in range(1, len(words)):
        if " ".join(words[k:]) in lex.org_known and any(
                tuple(words[max(0, k - len(c)) : k]) == c for c in lex.org_cues):
            return k
    return None


def _post_before_body(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int | None:
    """How many words of a body's run name a post held in it, printed before the body with
    no comma, "of" or bracket between: a roll's table of bodies, people and their posts run
    onto one line ("… Voting member Supporting Officer Westbury Council", "Chair Ashby
    Playing Field Association", "CEO Northvale City Council"). The post must end in a post's
    head word and be a post on its own; the rest must be a body by its own head word,
    capitalised, and named (no generic "Parish Council"). A body whose name holds a post's
    word reads whole: the post's part is no post alone ("Chief Fire Officers Association":
    a plural; "Head Start Trust": "head" needs its portfolio), or it is owned ("Chief
    Constable's Office")."""
    if any(w in ("'s", "’s", "(", ")") for w in words):
        return None
    for k in range(1, len(words) - 1):
        if words[k - 1] not in lex.post_heads or words[k] in lex.connectors or (
                words[k] in lex.post_heads) or not all(
                is_cap(t) for t in doc[s : s + k] if t.is_alpha) or not is_cap(doc[s + k]):
            continue
        if head_kind(words[:k], lex) == POST and head_kind(words[k:], lex) == ORG and not (
                _generic(" ".join(words[k:]), lex)):
            return k
    return None


def _post_after_dash(words: list[str], lex: Lexicon) -> int | None:
    """Where a post starts after a dash that parts it from the place or the body its holder
    serves, as joint bodies' rolls print them in brackets ("Stoke on Trent – Chief
    Executive", "South Staffs – Leader"): the words before the dash hold no post's head word
    and the words after it are a post by themselves. A post with a dash part of its own
    ("Project Manager – Transformation", "Director of Transformation – North") keeps it."""
    for k, w in enumerate(words[:-1]):
        if w in ("-", "–", "—"):
            if k and not set(words[:k]) & _any_head(lex) and (
                    head_kind(words[k + 1 :], lex) == POST):
                return k + 1
            return None
    return None


def _body_after_area(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int | None:
    """How many words name a post that directs an area, printed before the body it is held
    in with no comma: a roll's columns of posts and bodies run onto one line ("Director of
    Operations Southern Health and Social Care Trust", "Head of Finance Westbury Council").
    The post is a head of ``posts.area_heads``, "of" and one or two capitalised words; the
    body is a known body, or a body by its head word opening on a region's word
    ("Southern", "North") or a council's place."""
    if len(words) < 5 or (
            words[0] not in lex.post_area_heads and words[1] not in lex.post_area_heads):
        return None
    of = 1 if words[1] == "of" else 2
    if words[of] != "of" or words[of - 1] not in lex.post_area_heads:
        return None
    for k in (of + 2, of + 3):
        if k >= len(words) - 1 or words[k - 1] in lex.connectors or not all(
                is_cap(t) for t in doc[s + of + 1 : s + k + 1]):
            return None
        rest = words[k:]
        if " ".join(rest) in lex.org_known or (
                (rest[0] in lex.regions or rest[0] in _one_word_council_places())
                and head_kind(rest, lex) == ORG and not _generic(" ".join(rest), lex)):
            return k
    return None


def _post_owner(doc: Doc, words: list[str], s: int, lex: Lexicon) -> int | None:
    """How many words name the body that owns a post by its "'s": "Bluebell Homes's Chief
    Executive", "Westshire County Council's Director of Finance". The owner must be
    capitalised throughout, no person ("Jo Hale's assistant"), no generic reference ("the
    County Council's"), post or committee ("the Leader's", "the Cabinet's")."""
    k = next((i for i, w in enumerate(words) if w in ("'s", "’s")), None)
    if not k or k + 1 >= len(words) or head_kind(words[k + 1 :], lex) != POST:
        return None
    owner = words[:k]
    if k == 1 and not doc[s].is_upper:
        return None  # "Children's Commissioning Officer": a portfolio, no body's name
    if not all(is_cap(t) or t.lower_ in ("&", "and") for t in doc[s : s + k]) or (
            doc[s].text in lex.given_names) or owner[0] in lex.person_titles or _generic(
            " ".join(owner), lex) or " ".join(owner) in lex.owners or owner[-1] in (
            lex.post_heads | lex.committee_words | set(lex.own_groups)):
        return None
    return k


def _body_before_post(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a post's run name the body it is held in, with no comma or "of"
    between: "Calderdale Council Senior Scrutiny Support Officer", "NHS England Regional
    Director". The body must be named (a head word after a place, or a known body), never a
    generic "County Council", and the rest must be a post of its own. A team or section
    before the post is where the post sits, no body: "Waste Operations Team Leader" is a
    team leader's post in the council's own team."""
    if any(w in ("of", "for", "with", ":") for w in words):
        return None
    found = None
    for k in range(len(words) - 1, 0, -1):
        body = words[:k]
        if body[-1] in lex.org_parts:
            continue
        if (body[-1] in lex.org_heads or " ".join(body) in lex.org_known) and (
                head_kind(body, lex) == ORG) and words[k] not in lex.connectors and (
                head_kind(words[k:], lex) == POST):
            found = k
            break
    if found is None or " ".join(words[:found]) in lex.branches:
        # "NHS Highland Non-Executive Director", "Healthwatch Kent Chair": a national body's
        # local branch, its place after its name (no head word), then the post; not the
        # national name alone with the place read into the post ("Highland … Director")
        for k in range(2, len(words)):
            if _branch(words[:k], lex) and words[k - 1] not in lex.connectors and (
                    words[k] not in lex.connectors) and head_kind(words[k:], lex) == POST:
                return k
    return found


def _org_cue(doc: Doc, s: int, e: int, lex: Lexicon, spans: list[Span] | None = None) -> bool:
    """Whether the words before a name with no head word tell it is a body's: "representatives
    from Your Housing", "funded by Awards for All" (``cues``), "Your Housing's
    representative" after it, or a post or person "at" it ("Director of Property at Metro
    Housing", "Jo Hale at EDDC"; not an address, "Mr Hale at Holly Tree Farm"). ("Mrs Osei
    from Upper Westbury" is a resident: "from" and "of" after a person tell nothing.) The
    name must not be a known generic reference."""
    lowered = _lower_phrase(doc[s:e])  # (read once: it was built again for each committee word)
    if _generic(lowered, lex) or doc[s].text in lex.given_names or (
            doc[s].lower_ in lex.person_titles or len(doc[s].text.rstrip(".")) == 1) or (
            e - s == 1 and doc[s].text in lex.post_honours):
        return False  # "on behalf of Alderman Hale", "… of J Smith": a person; "the MSP"
    if e - s <= 2 and s + 1 < len(doc) and doc[s].lower_ in lex.placeholders and (
            re.fullmatch(r"[A-Z]|\d{1,2}", doc[s + 1].text)):
        return False  # "the quote from Contractor C": a bid left unnamed
    if _appositive_body(doc, e, lex):
        return True  # "Penningtons, a firm of solicitors"
    if (e - s == 1 and doc[s].text in lex.not_council_acronyms) or doc[
            e - 1].lower_ in lex.post_heads or (doc[e - 1].lower_[:-1] in lex.post_heads and (
                doc[s].lower_ in lex.org_heads or doc[s].lower_ in lex.own_groups)):
        # "written to the PCC", "advice from Group Leaders": post holders ("a letter from
        # Scottish Ministers" is the government)
        return False
    if any(t.lower_ in ("'s", "’s") for t in doc[s:e]) or doc[e - 1].lower_ in lex.departments or (
            e < len(doc) and doc[e].lower_ in lex.org_parts):
        # "wrote to BCBC's Highways", "contact DCC Highways department", "contact Democratic
        # Services": a council's department, no body of its own
        return False
    if _shares_a_departments_head(doc, e, lex):
        return False  # "contact Legal or Democratic Services": "Legal" is a department too
    one = doc[s].lower_
    if (e - s == 1 and (one in lex.org_heads or one in lex.programme_heads
                        or one in lex.post_heads or one in lex.committee_words)) or doc[
            e - 1].lower_ in lex.legislation or lowered.removesuffix("s").endswith(
            tuple(lex.committee_words)) or (
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
    if any(tuple(before[len(before) - len(c) :]) == c
           for c in lex.service_cues if len(c) <= len(before)) and not (
            e < len(doc) and doc[e].is_alpha and doc[e].is_lower and not doc[e].is_stop):
        return True  # "services provided by Catalyst" (not "by the Madley shop")
    if _from_a_person(doc, s, e, lex, spans):
        return True  # "Jo Hale from Westbury Wheels addressed the meeting"
    if s > 1 and doc[s - 1].lower_ == "at" and (e - s > 1 or doc[s].is_upper) and (
            doc[e - 1].lower_ not in lex.street_words | lex.dwellings) and not (
            e < len(doc) and doc[e].lower_ in lex.post_areas | lex.dwellings) and any(
            sp.end == s - 1 and sp._.kind in (POST, PERSON) for sp in spans or []):
        return True  # "Director of Property at Metro Housing": where the post is held
    return e + 1 < len(doc) and doc[e].lower_ in ("'s", "’s") and doc[e + 1].lower_ in (
        "representative", "representatives")


def _from_a_person(doc: Doc, s: int, e: int, lex: Lexicon, spans: list[Span] | None) -> bool:
    """Whether the name ``doc[s:e]`` follows a person and a word that says the person comes
    from it or speaks for it (``organisations.person_cues``): "Jo Hale from Westbury Wheels",
    "Sam Reid (SR) from the Caldmoor Estate", "Sam Reid representing Caldmoor Estates".
    Local firms, clubs and charities have no head word; the person before them is what
    tells. Not a place: one word in mixed case ("Mrs Osei from Westbury", a resident's
    village), nor a council's place of the gazetteer ("from Cheshire East"), nor an address
    ("Mr Hale from Holly Tree Farm"), nor a name that ends in a given name or an initial
    (the next person of a roll run on)."""
    if e - s == 1 and not doc[s].is_upper:
        return False
    if _lower_phrase(doc[s:e]) in lex.council_short or doc[e - 1].lower_ in (
            lex.union("street_words", "dwellings")) or (e < len(doc) and doc[e].lower_ in (
                lex.union("street_words", "dwellings"))):
        return False  # "Mr Hale from Holly Tree Farm", "… from Church Lane": an address
    if doc[e - 1].text in lex.given_names or len(doc[e - 1].text.rstrip(".")) == 1:
        return False  # "… from Fans Roy to discuss", "… from Rising G A Lane": a person
    for cue in lex.person_org_cues:
        a = s - len(cue)
        if a < 1 or tuple(t.lower_ for t in doc[a:s]) != cue:
            continue
        end = a
        if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "Sam Reid (SR) from …": the person's initials between
        if any(sp.end == end and sp._.kind == PERSON for sp in spans or []):
            return True
    return False


def _shares_a_departments_head(doc: Doc, e: int, lex: Lexicon) -> bool:
    """Whether the name ending at ``e`` is joined by "or", "and" or "&" to a capitalised name
    that ends in a department's head word ("Legal or Democratic Services", "Finance and
    Customer Services"): the first name shares that head, one of the council's departments
    too, no body of its own that a cue before it ("contact") would make one."""
    if e + 2 >= len(doc) or doc[e].lower_ not in ("or", "and", "&"):
        return False
    k = e + 1
    while k < len(doc) and k - e <= 4 and is_cap(doc[k]):
        k += 1
    return k > e + 1 and doc[k - 1].lower_ in lex.departments


def _appositive_body(doc: Doc, e: int, lex: Lexicon) -> bool:
    """Whether the name ending at ``e`` is said to be a body by what follows it after a comma:
    "WREN, the grant-giving body", "Penningtons, a firm of solicitors", "Brackley Fencing,
    the contractor" (``organisations.appositive_bodies``). Within five words of "the" or
    "a", and the body's word must end the apposition: "Jo Hale, the company secretary" is a
    post's holder."""
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("the", "a", "an"):
        return False
    for k in range(e + 2, min(len(doc), e + 8)):
        if doc[k].is_punct and doc[k].text not in ("-", "–"):
            return False
        for n in (2, 1):
            if k + n <= len(doc) and " ".join(t.lower_ for t in doc[k : k + n]) in (
                    lex.appositive_bodies):
                after = doc[k + n] if k + n < len(doc) else None
                return after is None or after.is_punct or after.lower_ in (
                    "of", "for", "which", "that", "who", "and", "to", "in", "based")
    return False


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
                while a < i and not is_cap(doc[a]) and not _figure_joined(doc, a):
                    a += 1  # (a figure joined to its letter opens a name: "3G Pitch")
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
    Officer Tristan Godley", "Chief Constable J Mordaunt". The name must start with a common
    given name or an initial, so "Director Adult Social Care" stays a post."""
    for h in range(len(words) - 3, -1, -1):
        if words[h] not in lex.post_heads and not (
                words[h].endswith("s") and words[h][:-1] in lex.post_heads):
            continue  # "Parish Footpath Officers Declan Wickham and …": plural posts too
        tail = doc[start + h + 1 : start + len(words)]
        if not 2 <= len(tail) <= 3:
            return None
        first = tail[0].text.rstrip(".")
        if not (first in lex.given_names or (len(first) == 1 and first.isupper())):
            return None
        if all((is_cap(t) and t.text.replace(".", "").isalpha() and not t.is_upper)
               or len(t.text.rstrip(".")) == 1 for t in tail) and not any(
            t.lower_ in lex.post_heads | lex.org_heads | lex.programme_heads | lex.connectors
            for t in tail
        ):
            return start + h + 1
        return None
    return None


# An ordinal in figures: "21st", "3rd", "2nd".
_ORDINAL = re.compile(r"\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)")


def _money_before(doc: Doc, s: int, lex: Lexicon) -> int | None:
    """Where a sum of money starts whose unit, joined to its figure, opens a programme's name
    as if it were its first capitalised word: "the £100M Affordable Housing Scheme" starts
    at "£" (``programmes.money_units``). None if the name opens on no such unit."""
    if not (s > 0 and doc[s].lower_ in lex.programme_money_units and doc[s - 1].like_num
            and doc[s - 1].whitespace_ == ""):
        return None
    k = s - 1
    if k > 0 and doc[k - 1].is_currency and doc[k - 1].whitespace_ == "":
        k -= 1
    return k


def _length_before(doc: Doc, s: int, lex: Lexicon) -> bool:
    """Whether a programme's name opens on a unit of its length whose number stands before
    it, printed apart: "the Five Year Financial Plan", "the 10 Year Capital Strategy"
    (``programmes.length_units``). The number, a figure or a number word with a capital, is
    the name's first word, as a hyphened length is ("the 10-year Health Plan")."""
    if not (s > 0 and doc[s].lower_ in lex.programme_length_units and doc[s - 1].whitespace_):
        return False
    num = doc[s - 1].text
    return (num.isdigit() and len(num) <= 2) or (
        num[:1].isupper() and num.lower() in lex.hyphen_prefixes and doc[s - 1].like_num)


def _capital_prefix(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a programme's name opens on a capitalised word before it that the chunker
    leaves out, "All" or "One" (``programmes.capital_prefixes``), printed inside a sentence:
    after a lower-case word, or after an opening quote that follows one ("part of the ‘One
    Yorkshire Deal’"). Not before a known scheme's whole name, which the word only counts
    or sums up, capitalised as minutes capitalise "All Members": "that All Local Plan
    policies comply", "only One Local Plan is in force"."""
    if s < 2 or doc[s - 1].lower_ not in lex.capital_prefixes or not (
            doc[s - 1].text[:1].isupper() and not doc[s - 1].is_upper) or (
            _known_scheme(_lower_phrase(doc[s:e]), lex)):
        return False
    k = s - 2
    if doc[k].text in _OPENING_QUOTES and k > 0:
        k -= 1
    return doc[k].is_lower and doc[k].is_alpha


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
                is_cap(t) and t.text.replace("-", "").replace("'", "").isalpha()
                and not t.is_upper for t in tail) and not any(
                t.lower_ in lex.post_heads | lex.org_heads | lex.programme_heads
                | lex.committee_words | lex.street_words for t in tail) and (
                head_kind(words[:k], lex) == POST):
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
        if tok.lower_ in lex.departments and is_cap(tok):
            continue  # "Portfolio Holder for Children's Services including Education": the
            # department's areas, no programmes
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
    if i > 0 and is_cap(doc[i - 1]):
        return i
    if len(doc[i].text) >= 4 and doc[i].is_upper and i + 1 < len(doc) and not doc[i + 1].is_upper:
        return i  # "PRESENT Cook (Clerk)": a label in capitals glued to the name, not its part
    k = i
    while k < len(doc) and k - i < 3 and is_cap(doc[k]) and doc[k].is_alpha and (
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
        return k  # "Rose Upward (Westshire Integrated Care Board)": a name, then her body
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
    return end < len(doc) and len(words) >= 2 and is_cap(doc[open_at + 1]) and (
        head_kind(words, lex) == ORG or _branch(words, lex))


def _named_before_post_comma(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that a comma and a post follow: "Madhu Richley, Director of
    Finance", "heard from Jules Bickley, Director of Property". Two or three name words (the
    last no initial) that name no body, then a comma and a run of capitalised words that is a
    post, printed straight after the comma ("the Authority's Standing Orders, the Monitoring
    Officer presided" names no one). ``i`` when there is none."""
    if i > 0 and (is_cap(doc[i - 1]) or doc[i - 1].lower_ in (*_POST_OWNERS, "a", "an")):
        return i
    if _portfolio_goes_on(doc, i, lex):
        return i
    k = _name_words_end(doc, i, lex)
    if k - i < 2 or len(doc[k - 1].text) == 1 or k + 2 >= len(doc) or doc[k].text != "," or (
            not is_cap(doc[k + 1])):
        return i
    words = [t.lower_ for t in doc[i:k]]
    if head_kind(words, lex) is not None or _names_a_body(words, lex) or words[-1] in (
            lex.trades | lex.nations | lex.street_words | lex.dwellings):
        return i
    j = k + 1
    while j < len(doc) and j - k < 12 and (is_cap(doc[j]) or (
            doc[j].lower_ in lex.connectors and j + 1 < len(doc) and is_cap(doc[j + 1]))):
        j += 1
    if j > k + 1 and _post_words([t.lower_ for t in doc[k + 1 : j]], lex):
        return k
    return k if _apposed_head(doc, k, lex) else i


# The most capitalised words of a post's portfolio looked back over before its "and" ("Head
# of Adult Social Care and …"): a bound, so that each word's question costs the same.
_PORTFOLIO_BACK = 5


def _portfolio_goes_on(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether the words from ``i`` go on a post's portfolio after its "and": "Head of Leisure
    and Community Facilities, Head of Waste Management" lists two officers by their posts, and
    "Community Facilities" is the first one's second remit, no person whom the comma and the
    post after it describe. An "and" stands before ``i`` and, back over its capitalised words,
    a post's head and "of" or "for"; a given name or an initial at ``i`` still opens a person
    ("the Head of Finance and Jo Hale, Director of Place"), and so does any name after a body's
    ("the Chair of Westshire Council and Ysolde Marrick, Head of Legal": a body is no
    portfolio)."""
    if i < 4 or doc[i - 1].lower_ not in ("and", "&") or doc[i].text in lex.given_names or (
            _LONE_INITIAL.fullmatch(doc[i].text)):
        return False
    k = i - 2
    while k >= 2 and i - 2 - k < _PORTFOLIO_BACK and is_cap(doc[k]) and doc[k].is_alpha:
        if doc[k - 1].lower_ in ("of", "for"):
            words = [t.lower_ for t in doc[k : i - 1]]
            return doc[k - 2].lower_ in lex.post_heads and is_cap(doc[k - 2]) and (
                head_kind(words, lex) != ORG and not _names_a_body(words, lex))
        k -= 1
    return False


def _post_words(words: list[str], lex: Lexicon) -> bool:
    """Whether words name a post, a portfolio after a dash included: "Executive Director –
    Children's Services" is the director's post, though "Children's Services" alone is a
    department."""
    if head_kind(words, lex) == POST:
        return True
    dash = next((k for k, w in enumerate(words) if w in ("-", "–", "—")), None)
    return dash is not None and 0 < dash < len(words) - 1 and (
        head_kind(words[:dash], lex) == POST) and (
        head_kind(words[dash + 1 :], lex) is None)


def _apposed_head(doc: Doc, comma: int, lex: Lexicon) -> bool:
    """Whether a comma after a name is followed by one post word alone, set off as the
    person's post: "Jo Hale, Solicitor, said", "Tom Rees, Treasurer" — a head that makes a
    post without a word before it ("Solicitor", "Treasurer", "Clerk"), then no further
    capitalised word. Alone, such a word is no post ("Solicitor" may head a firm's name);
    after a name and a comma it is that person's."""
    w = comma + 1
    return w < len(doc) and doc[comma].text == "," and is_cap(doc[w]) and not doc[w].is_upper \
        and doc[w].lower_ in lex.post_heads and doc[w].lower_ not in lex.post_needs_qualifier \
        and not (w + 1 < len(doc) and (is_cap(doc[w + 1]) or doc[w + 1].text in ("of", "for")))


_PARTICLE = re.compile(r"(?:d|de|da|di|du|le|la|o)['’][A-Z][a-z]+")  # "C d'Ayala"


def _name_words_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of the name words from ``i``: up to three (:func:`_name_word`), then any
    particles and the rest of the surname ("Anna de la Cruz", :func:`_with_particles`). ``i``
    when ``doc[i]`` is no name word. The untitled-name rules (before a post's comma, after a
    welcome, before a speech verb, after "by") all read a name so."""
    k = _initials_end(doc, i)
    if k - i >= 2 and k < len(doc) and _name_word(doc[k], lex) and len(doc[k].text) > 1:
        # "P A Lydgate", "C E H Dunstan": two or three initials (the article's letter among
        # them) and the surname; the initials take none of the three words' room
        return _with_particles(doc, k + 1, lex)
    k = i
    while k < len(doc) and k - i < 3 and _name_word(doc[k], lex):
        k += 1
    return _with_particles(doc, k, lex) if k > i else k


def _initials_end(doc: Doc, i: int) -> int:
    """The end of a run of up to three lone initials from ``i`` ("P A", "C. E. H."). An "A"
    counts only after another initial: first, it is the article ("A Resident said")."""
    k = i
    while k < len(doc) and k - i < 3 and _LONE_INITIAL.fullmatch(doc[k].text) and (
            doc[k].text[0] != "A" or k > i):
        k += 1
    return k


def _initial_a(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Whether the "A" at ``doc[j]`` is a middle initial, not the article: "P A Lydgate",
    "R. A. Hale" (a lone initial just before it, a capitalised word that is no initial after
    it). Members printed by their initials often have an A among them; the article never
    follows an initial. A letter after a word that numbers a part of the papers ("Appendix
    B", "Item C": ``programmes.numbering_words``) is no initial, so the "A" after it opens the
    next phrase ("Appendix B. A Member asked")."""
    return 0 < j < len(doc) - 1 and doc[j].text in ("A", "A.") and bool(
        _LONE_INITIAL.fullmatch(doc[j - 1].text)) and doc[j + 1].text[:1].isupper() and (
        doc[j + 1].is_alpha and len(doc[j + 1].text) > 1) and doc[j - 1].whitespace_ != "" and (
        not (j > 1 and doc[j - 2].lower_ in lex.numbering_words))


def _with_particles(doc: Doc, k: int, lex: Lexicon) -> int:
    """The end of a name that goes on past ``k`` through lower-case particles to the rest of
    the surname: "Sian ap Rhys", "Anna de la Cruz", "Pieter van der Berg". Names of Welsh,
    Dutch, French, Spanish and other origins are printed so, the particle in lower case; one
    to three particles, then a capitalised name word. ``k`` when none follows."""
    j = k
    while j < len(doc) and j - k < 3 and doc[j].text in lex.name_particles:
        j += 1
    if j > k and j < len(doc) and _name_word(doc[j], lex) and not doc[j].is_upper:
        return j + 1
    return k
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "J.", "D.J.E.": no thing's name starts so
_INITIAL_DOT_NAME = re.compile(r"(?:[A-Z]\.){1,3}(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z]+")


def _named_before_initials(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a name that its own initials follow in brackets: "Nic Brantwood (NB)", "Paul
    Bown (PAB)" — parish minutes list members so, then write "NB to order the signs". The
    initials must begin with the first name's letter and end with the surname's, and a word
    that heads a post, body or programme ends the run, so "Youth Service (YS)" is no person.
    ``i`` when there is none."""
    if i > 0 and is_cap(doc[i - 1]):
        return i
    k = i
    while k < len(doc) and k - i < 3 and is_cap(doc[k]) and (
        doc[k].is_alpha or _INITIALS.fullmatch(doc[k].text)) and (
        doc[k].lower_ not in lex.union("not_name_start", "post_heads", "org_heads",
                                       "programme_heads", "legislation")
        # ("legislation": "Environment Regulations (EIR)")
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
    while end < len(doc) and end - open_at < 20 and doc[end].text not in (",", ")", ";", "("):
        end += 1
    words = [t.lower_ for t in doc[open_at + 1 : end]]
    if end >= len(doc) or not words or (len(words) > 1 and words[0] in lex.person_titles
                                        and is_cap(doc[open_at + 2])):
        return None  # "(Councillor Keith Hale)": a titled person, not the role of a name
    if any(w == "for" and words[k + 1] in lex.person_titles for k, w in enumerate(words[:-1])):
        return None  # "(Substitute for Councillor Hale)": standing in for a person, no post
    if (at := next((open_at + 1 + k for k, w in enumerate(words) if w == "for"), None)) and any(
            s._.kind == PERSON and at < s.start < end for s in doc.spans.get("ckg", [])):
        return None  # "(Substitute for Mayor J Hale OBE)": a person after another title
    if not is_cap(doc[open_at + 1]):
        # "Mark Ellwood (chair), Alan Stockley (vice chair)": rolls print a member's office in
        # lower case; only a post that stands alone, and the whole bracket
        alone = " ".join(words)
        return (open_at + 1, end) if doc[end].text == ")" and (
            alone in lex.post_standalone or alone.replace(" ", "-") in lex.post_standalone
        ) else None
    if not any(w in lex.post_heads for w in words):
        return None
    # "(Stoke on Trent – Chief Executive)": the place the holder serves, a dash, the post
    k = _post_after_dash(words, lex)
    return (open_at + 1 + (k or 0), end)


def _areas_listed(tail: Span, lex: Lexicon) -> bool:
    """Whether the words after a bracketed post's first comma go on listing its areas, closed
    by "and" ("…, Engineering and Transportation", "…, Families and Young People"), rather than
    naming a directorate of known words only ("…, Adults and Health"), where the post sits."""
    words = [t.lower_ for t in tail if t.is_alpha]
    return bool({"and", "&"} & {t.lower_ for t in tail}) and any(
        w not in lex.directorates | lex.departments | lex.connectors for w in words) and (
        # (nor a body or a council's place: "(Director of Place, Westshire and Eastvale
        # Partnership)", "(Head of Planning, Adur and Worthing)", where the post is held)
        _areas_name_nothing([t.lower_ for t in tail if t.text not in "()"], lex))


def _bracket_close(doc: Doc, i: int, reach: int) -> int | None:
    """The ")" that closes the bracket ``doc[i]`` opens after a name ("(Vice-Chair)",
    "(Chief Executive)", "(substitute Cllr Fox)", "(Cheshire East)"), within ``reach`` tokens
    of it; None when the bracket runs on further, no capacity, body or council a name is
    printed with so."""
    return next((k for k in range(i + 1, min(len(doc), i + reach)) if doc[k].text == ")"), None)


def _council_in_brackets(doc: Doc, open_at: int, spans: Iterable[Span], lex: Lexicon
                         ) -> int | None:
    """Where a bracket after a person closes when all it holds is a council's short form
    (``council_short`` in kg/data/nlp/councils.toml), as a joint body's roll names the
    council each member sits for: "Cllr Jo Hale (Cheshire East)", "Councillor Ann Osei
    (Forest of Dean)". Printed as a name, capitalised, and nothing else read inside it."""
    if open_at >= len(doc) or doc[open_at].text != "(":
        return None
    close = _bracket_close(doc, open_at, 9)
    if close is None or close == open_at + 1:
        return None
    inside = doc[open_at + 1 : close]
    if inside.text.lower() not in lex.council_short or not all(
            is_cap(t) or t.lower_ in lex.connectors or t.text == "," for t in inside) or any(
            s.start < close and s.end > open_at + 1 for s in spans):
        return None
    return close


@Language.component("ckg_bracket_roles")
def bracket_roles_component(doc: Doc) -> Doc:
    """A person's role in brackets is a post: "Dr Ian Cargill (Director of Public Health,
    Adults and Health)", "Shona McGregor (Chief Officer Access and Inclusion)"."""
    lex = lexicon()
    spans = SpanIndex(list(doc.spans.get("ckg", [])))
    for person in [s for s in spans if s._.kind == PERSON]:
        if _body_initials_after(doc, person, spans, lex):
            _mark(doc, person.end + 1, person.end + 2, ORG, spans)  # "Brian Hale (NDA)"
            continue
        if (close := _council_in_brackets(doc, person.end, spans, lex)) is not None:
            _mark(doc, person.end + 1, close, ORG, spans)  # "Cllr Jo Hale (Cheshire East)"
            continue
        if person.end < len(doc) and doc[person.end].text == "(":
            role = _bracket_role(doc, person.end, lex)
            if role is None:
                continue
            if any(s._.kind == POST and s.end > role[1] and (
                    not any(t.lower_ in ("of", "for") for t in doc[role[0] : role[1]])
                    or _areas_listed(doc[role[1] : s.end], lex))
                    for s in spans.starting_at(role[0])):
                # "(Deputy Director, Finance)": a portfolio after the comma, read; and
                # "(Head of Planning, Engineering and Transportation)": the areas of an
                # "of" or a "for" listed on, read (not a directorate after the comma,
                # "(Director of Public Health, Adults and Health)": where the post sits)
                continue
            for s in [s for k in range(*role) for s in spans.starting_at(k) if s._.kind == POST]:
                spans.drop([s])
            _mark(doc, role[0], role[1], POST, spans)
    for post in [s for s in spans if s._.kind == POST]:
        end = _service_in_brackets(doc, post.end, spans)
        if end > post.end:
            spans.drop([post])
            _mark(doc, post.start, end, POST, spans)
    doc.spans["ckg"] = list(spans)
    return doc


def _body_initials_after(doc: Doc, person: Span, spans: Iterable[Span], lex: Lexicon) -> bool:
    """Whether a person's name is followed by a body's initials alone in brackets, as rolls
    and prose say whom a person comes from: "Brian Hale (NDA)", "Cllr Bairsto (WLDC)". Not the
    person's own initials ("Nic Brantwood (NB)": first and last letters are the name's), a post's
    ("(RFO)", "(CEO)"), an honour, a party's ("(SNP)"), or what something else has already
    read."""
    i = person.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    acr = doc[i + 1].text
    if not re.fullmatch(r"[A-Z]{2,6}", acr) or any(sp.start <= i + 1 < sp.end for sp in spans):
        return False
    if own_initials([t.text for t in person if t.is_alpha], acr, lex.person_titles,
                    loose=True):
        return False
    return acr.lower() not in lex.post_heads | lex.person_titles | set(lex.post_any_case) and (
        acr not in lex.honours | lex.not_council_acronyms | lex.party_initials)


def _service_in_brackets(doc: Doc, i: int, spans: Iterable[Span]) -> int:
    """The end of the service or area a post names in brackets straight after its title —
    "Lead Professional (Estates)", "Executive Director (Performance & Support)" — which is
    part of the post's name. ``i`` when the bracket holds anything else: a person, a
    post-holder's initials ("(DF)"), a second post, a number or a lower-case aside."""
    if i >= len(doc) or doc[i].text != "(" or i + 1 >= len(doc) or not is_cap(doc[i + 1]):
        return i
    k = i + 1
    while k < len(doc) and k - i <= 6 and doc[k].text not in (")", "(", ",", ";", "\n"):
        tok = doc[k]
        if not (is_cap(tok) or tok.lower_ in ("&", "and", "of", "/", "-", "–")
                or "/" in tok.text):
            return i
        k += 1
    if k >= len(doc) or doc[k].text != ")" or any(
            s.start < k and s.end > i for s in spans if s._.kind != POST) or (
            doc[k - 1].lower_ in lexicon().post_heads):
        return i  # "Director of Governance (Monitoring Officer)": a second post held
    inner = doc[i + 1 : k].text
    if _initials_only(inner):
        return i  # "(DF)", "(RFO)", "(AMgr)", "(D. C.)": initials, not a service
    if inner.lower() in lexicon().post_asides:
        return i  # "(Presentation)": what the post-holder brings, not a service
    return k + 1


def _post_then_initials(doc: Doc, s: int, e: int, sub: list[str], lex: Lexicon) -> bool:
    """Whether a run is a post and then, with nothing between, the initials of the body it
    is held in, as rolls print them ("Andy Hale – Chairman WHC", "Chief Executive NDA"):
    the last word in capitals (two to six letters) that names no post ("CEO") nor honour,
    and the words before it a post."""
    last = doc[e - 1]
    return e - s >= 2 and last.is_upper and last.is_alpha and 2 <= len(last.text) <= 6 and (
        last.lower_ not in lex.post_heads | lex.post_standalone | lex.person_titles) and (
        last.text not in lex.honours) and not doc[e - 2].is_upper and (
        head_kind(sub[:-1], lex) == POST)


def _initials_only(inner: str) -> bool:
    """Whether a bracket's text is initials or a short form, never a service: one word in
    capitals ("(RFO)"), one word of letters only with two capitals or more, as officers'
    short forms mix cases ("(AMgr)", "(DCEx)"; not "(Executive/Scrutiny)"), or single
    letters each perhaps with a stop ("(D. C.)", a holder's initials)."""
    words = inner.split()
    if len(words) == 1:
        return inner.isupper() or (inner.isalpha() and sum(c.isupper() for c in inner) >= 2)
    return all(_LONE_INITIAL.fullmatch(w) for w in words)


def _name_word(tok, lex: Lexicon) -> bool:
    """A word that may be part of a person's name: capitalised, not in capitals (an initial
    may be), and heading no post, body or programme."""
    t = tok.text
    if not t[:1].isupper() or not t.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if tok.is_upper and len(t) > 1:
        return False
    return tok.lower_ not in _not_name_words(lex)


@cache
def _not_name_words(lex: Lexicon) -> frozenset[str]:
    """The words :func:`_name_word` refuses, joined once per lexicon (the union of nine
    lists was rebuilt for every word asked about: a tenth of the names component's time)."""
    return (lex.not_name_start | lex.post_heads | lex.org_heads | lex.programme_heads
            | lex.person_titles | lex.connectors | lex.place_words | lex.breaks
            | lex.committee_words)


@cache
def _post_compounds(lex: Lexicon) -> frozenset[str]:
    """``lex.post_compounds`` (a tuple) as a set, for :func:`head_kind`'s lookups."""
    return frozenset(lex.post_compounds)


def _ends_in_word_of(text: str, names: frozenset[str], least: int = 1) -> bool:
    """Whether ``text`` ends in a space and one of ``names`` of ``least`` words or more: the
    same answer as ``any(text.endswith(" " + k) for k in names)``. Each of its endings after a
    space, up to the most words a name has, is looked up in ``names``, from the end: an
    ending with k spaces in it can only be a name with k spaces (looked up after every space
    from the start, each ending sliced and hashed, a long candidate was quadratic)."""
    p = len(text)
    for k in range(_most_words(names)):
        p = text.rfind(" ", 0, p)
        if p < 0:
            return False
        if k + 1 >= least and text[p + 1 :] in names:
            return True
    return False


def _names_a_body(words: list[str], lex: Lexicon) -> bool:
    """Whether words a person's name might be hold a known body's name (of one word or
    more) or a branch of one: "Healthwatch Bristol", "Citizens Advice Westshire"."""
    return _branch(words, lex) or any(
        " ".join(words[a:b]) in lex.org_known
        for a in range(len(words)) for b in range(a + 1, len(words) + 1))
