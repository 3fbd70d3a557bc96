"""Spans kept in the order they were added, found by the token they start or end at and
dropped without a scan of them all: ``names.bracket_roles_component`` (each person's bracket
filtered every span, which made a long roll of "Councillor A Smith (Chair)" quadratic) and
``bodies.py``'s known posts (each known post's match scanned every span)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Span


def _identical(span: Span, gone: list[Span]) -> bool:
    return any(span is g for g in gone)


class SpanIndex:
    """The spans added (those ``keep`` takes, all when it is None), in the order they were
    added, by the token each starts at and ends at."""

    def __init__(self, spans: Iterable[Span] = (),
                 keep: Callable[[Span], bool] | None = None) -> None:
        self._keep = keep
        self._live: dict[int, Span] = {}  # by the order they were added in
        self._by_start: dict[int, list[int]] = {}
        self._by_end: dict[int, list[int]] = {}
        self._seq = 0
        self.add(spans)

    def __iter__(self) -> Iterator[Span]:
        return iter(list(self._live.values()))

    def append(self, span: Span) -> None:
        if self._keep is None or self._keep(span):
            self._live[self._seq] = span
            self._by_start.setdefault(span.start, []).append(self._seq)
            self._by_end.setdefault(span.end, []).append(self._seq)
        self._seq += 1

    def add(self, spans: Iterable[Span]) -> None:
        for s in spans:
            self.append(s)

    def drop(self, gone: list[Span], same: Callable[[Span, list[Span]], bool] = _identical
             ) -> None:
        """Take out the spans ``same(s, gone)`` says are gone (as a list's filter does: by
        identity, the default, or by equality), looked for where those gone start (a span
        equal to one gone starts and ends where it does)."""
        for k in {s.start for s in gone}:
            for n in [n for n in self._by_start.get(k, ()) if same(self._live[n], gone)]:
                s = self._live.pop(n)
                self._by_start[s.start].remove(n)
                self._by_end[s.end].remove(n)

    def starting_at(self, k: int) -> list[Span]:
        return [self._live[n] for n in self._by_start.get(k, ())]

    def starting_in(self, lo: int, hi: int) -> list[Span]:
        """The spans starting at ``lo`` to ``hi`` - 1, in the order they were added."""
        return [self._live[n] for n in sorted(
            n for k in range(lo, hi) for n in self._by_start.get(k, ()))]

    def ending_at(self, end: int) -> list[Span]:
        return [self._live[n] for n in self._by_end.get(end, ())]
