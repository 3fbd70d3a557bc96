"""The words a regular expression's every match holds, read from the pattern itself: a cheap
test that rules a text out before the pattern runs (``kg.nlp.followups`` tries some seventy
trigger patterns on every sentence, most of which hold none of a trigger's words).

:func:`needed` walks the pattern's parse tree (the standard library's own parser) and gives a
set of lower-case strings one of which lies in any text the pattern matches, or ``None`` where
it cannot say. :func:`folded` is the text as the sets are written: lower case, with the few
letters outside ASCII that the ``re`` module takes for an ASCII letter when it ignores case
("ſ" for "s", the Kelvin sign for "k", dotless and dotted "i") read as that letter, so that a
pattern's case-insensitive match is never ruled out. The test only ever passes more texts than
the pattern matches, never fewer: a part it cannot read (a class of ranges, a back-reference,
a letter outside ASCII) is taken to need nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the standard library's regex parser: private, its shape the same in Python 3.11–3.13
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose re has moved them: nothing is ruled out
    _sre = _sre_parse = None

Literals = frozenset[str]
Needs = tuple[Literals, ...]  # sets each of which a match holds a string of
_MOST = 64  # the most strings a set may hold before its part is taken to match anything
_KEPT = 3  # the most sets a pattern's test checks
_ONLY_EMPTY: Literals = frozenset({""})
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` as the literal sets are written: lower case, "ſ"/"ı"/"İ"/Kelvin sign as
    their ASCII letters (each one character still, so a run of the text stays a run)."""
    return text.translate(_FOLD).lower()


def needed(rx: re.Pattern[str]) -> Needs:
    """Sets of strings, each of which has a string in every text ``rx`` matches (lower
    case, see :func:`folded`): the most telling few the pattern gives, or none.

    The parse tree is a private interface of ``re``; where it is missing or of a shape not
    known (a later Python's), the pattern is taken to need nothing: the test then passes
    every text, slower but never wrong."""
    if _sre_parse is None:
        return ()
    try:
        exact, needs = _sequence(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # any surprise in the private parse tree: it needs nothing
        return ()
    if any(not need or not all(isinstance(s, str) for s in need) for need in needs):
        return ()  # an empty set would rule out every text: never trust it
    if exact and "" not in exact:
        return (exact,)
    return tuple(sorted(needs, key=len))  # the smallest set checked first: the cheapest


def holds(low: str, needs: Needs) -> bool:
    """Whether the folded text ``low`` may match a pattern that needs ``needs``.

    Written as plain loops, not ``all(any(…))``: this test, not the patterns it spares, is
    most of the trigger step's time (some seventy triggers' sets on every unit, nearly all of
    which hold none of their words), and a generator's cost for each string tried was two
    thirds of it."""
    for need in needs:
        for s in need:
            if s in low:
                break
        else:
            return False
    return True


def _telling(sets: Iterable[Literals]) -> Needs:
    """Of sets each of which a match needs, the most telling few, most telling first: the
    shortest string longest (a set of "to" passes nearly every sentence), then the fewest
    strings."""
    ranked = sorted(set(sets), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))
    return tuple(ranked[:_KEPT])


def _sequence(items: Iterable[tuple[object, object]]) -> tuple[Literals | None, Needs]:
    """(every string the sequence can match, if few and known; sets each of which any match
    holds a string of). Runs of parts whose strings are known are joined into one set of
    strings, as "asked" + (" to" or " that") are; each run, and what each part needs, is a
    candidate."""
    candidates: list[Literals] = []
    run: Literals = _ONLY_EMPTY
    whole = True
    for op, av in items:
        exact, needs = _part(op, av)
        candidates.extend(needs)
        if exact is not None and len(run) * len(exact) <= _MOST:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        if "" not in run:
            candidates.append(run)
        run = exact if exact is not None else _ONLY_EMPTY
    if "" not in run:
        candidates.append(run)
    return (run if whole else None), _telling(candidates)


def _part(op: object, av) -> tuple[Literals | None, Needs]:
    """(the strings one part of a pattern can match, if few and known; what it needs)."""
    if op is _sre.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}) if ch.isascii() else None), ()
    if op is _sre.IN:
        chars = set()
        for item_op, item in av:
            if item_op is not _sre.LITERAL or not chr(item).isascii():
                return None, ()  # a range, a category, a negation: anything
            chars.add(chr(item).lower())
        return frozenset(chars), ()
    if op is _sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is _sre.BRANCH:
        return _branch([_sequence(alt) for alt in av[1]])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, needs = _sequence(sub)
        if low == 0:  # it may match nothing: it needs nothing
            return (exact | _ONLY_EMPTY if exact is not None and high == 1 else None), ()
        if exact is not None and "" not in exact:
            needs = _telling([*needs, exact])
        return (exact if low == high == 1 else None), needs
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _ONLY_EMPTY, ()  # matches no character
    return None, ()  # any character, a category, a back-reference …


def _branch(alts: list[tuple[Literals | None, Needs]]) -> tuple[Literals | None, Needs]:
    """Alternatives: the union of their strings, and of the most telling set each needs (an
    alternative that needs nothing makes the whole need nothing)."""
    exact: Literals | None = None
    if all(e is not None for e, _ in alts):
        exact = frozenset().union(*(e for e, _ in alts if e is not None))
        if len(exact) > _MOST:
            exact = None
    firsts: list[Literals] = []
    for e, needs in alts:
        if e is not None and "" not in e:
            needs = _telling([*needs, e])
        if not needs:
            return exact, ()
        firsts.append(needs[0])
    return exact, (frozenset().union(*firsts),)
