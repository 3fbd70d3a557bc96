"""The same-as rules: joins the user forces or forbids between the nodes of the graph
(``kg/data/sameas.csv``, the files named in ``KG_SAMEAS`` and those given with ``--sameas``).

They are read and checked here, apart from the resolver that applies them (:mod:`kg.resolve`,
which loads rdflib through the mapping), so that every command says a same-as file it cannot
read before anything heavy loads, whether the file was named by the option or by the
environment, and reads each file once: a file read twice could be a pipe, whose second
reading finds nothing (``--sameas <(grep person joins.csv)``).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.resources import data_and_user_files, user_files

#: What a same-as row may join; the resolver joins the nodes of these kinds, in this order.
KINDS = ("committee", "person", "post", "organisation", "programme", "topic")


class RulesError(ValueError):
    """A same-as file that cannot be read; the message is one line."""


@dataclass(frozen=True)
class Rule:
    kind: str
    a: str
    b: str
    same: bool


@dataclass
class Rules:
    """Forced and forbidden joins: the shipped ``kg/data/sameas.csv`` and the user's files."""

    rules: list[Rule] = field(default_factory=list)

    @classmethod
    def load(cls, extra: Iterable[Path] = (), option: str | None = None,
             environment: Iterable[Path] = ()) -> Rules:
        """The shipped rules, then the files named in ``KG_SAMEAS`` (``environment``), then
        the user's own (``extra``); ``option`` (``--sameas``) names how those were given, in
        errors about them, as ``KG_SAMEAS`` names the first."""
        rules = cls()
        # All files are read before any is applied: a bad one changes nothing.
        texts = [*data_and_user_files("sameas.csv", environment, "same-as file", RulesError,
                                      "KG_SAMEAS"),
                 *user_files(extra, "same-as file", RulesError, option)]
        for text, origin in texts:
            rules.add_csv(text, origin)
        return rules

    @classmethod
    def from_environment(cls, extra: Iterable[Path] = (), option: str | None = None) -> Rules:
        """The shipped rules, the files in ``KG_SAMEAS`` (separated like ``PATH``), then
        ``extra`` (given by ``option``, :meth:`load`)."""
        env = [Path(p) for p in os.environ.get("KG_SAMEAS", "").split(os.pathsep) if p]
        return cls.load(extra, option, env)

    def add_csv(self, text: str, origin: str) -> None:
        rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(rows)))
        need = {"kind", "a", "b", "relation"}
        if reader.fieldnames is None or not need <= set(reader.fieldnames):
            raise RulesError(f"{origin}: same-as file needs a header row 'kind,a,b,relation'")
        for n, row in enumerate(reader, start=2):
            kind = (row.get("kind") or "").strip().casefold()
            a, b = (row.get("a") or "").strip(), (row.get("b") or "").strip()
            relation = (row.get("relation") or "").strip().casefold()
            if kind not in KINDS:
                raise RulesError(f"{origin}: row {n}: kind {kind!r} is not one of "
                                 f"{', '.join(KINDS)}")
            if relation not in ("same", "different"):
                raise RulesError(f"{origin}: row {n}: relation {relation!r} is not 'same' or "
                                 "'different'")
            if not a or not b:
                raise RulesError(f"{origin}: row {n}: both names are needed")
            self.rules.append(Rule(kind, a, b, relation == "same"))
