"""One committee, many names: the alias table that joins a renamed committee's names.

The shipped table (``kg/data/committees.csv``) holds the names we know of; users add rows in
a CSV file of their own with the same two columns (``canonical,alias``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.resources import data_and_user_files


def normalise(name: str) -> str:
    """The key two spellings of one name share: "Safe & Strong Communities Select Committee"
    and "the Safe and Strong Communities Select Committee" meet here."""
    s = name.casefold().replace("&", " and ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())


@dataclass
class CommitteeAliases:
    canonical: dict[str, str] = field(default_factory=dict)  # normalised name -> canonical name

    @classmethod
    def load(cls, extra: Iterable[Path] = (), option: str | None = None) -> CommitteeAliases:
        """The shipped table and the user's files (``extra``); ``option`` (``--aliases``)
        names how they were given, in errors about them."""
        table = cls()
        for text, origin in list(data_and_user_files("committees.csv", extra, "alias file",
                                                     option=option)):
            table.add_csv(text, origin)
        return table

    def add_csv(self, text: str, origin: str) -> None:
        rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(rows)))
        if reader.fieldnames is None or not {"canonical", "alias"} <= set(reader.fieldnames):
            raise ValueError(f"{origin}: alias file needs a header row 'canonical,alias'")
        for row in reader:
            canonical = (row.get("canonical") or "").strip()
            alias = (row.get("alias") or "").strip()
            if canonical and alias:
                self.add(canonical, alias)

    def add(self, canonical: str, alias: str) -> None:
        root = self.resolve(canonical)
        self.canonical[normalise(canonical)] = root
        self.canonical[normalise(alias)] = root

    def resolve(self, name: str) -> str:
        """The canonical name for ``name`` (itself when it has no alias)."""
        return self.canonical.get(normalise(name), name)
