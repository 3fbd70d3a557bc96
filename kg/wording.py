"""Small helpers for words: of messages, shared by the CLI and the library, and the folded form
of a name that tells two printings of it alike (:func:`fold`: light, so `kg trace` and
`kg followups` need not import the resolver to use it)."""

from __future__ import annotations

import re
import unicodedata


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 violation``, ``2 violations``, ``1 document graph``: counts in messages read as
    English, never "1 document graphs"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def fold(text: str) -> str:
    """Case, accents, curly quotes, "&", possessives, punctuation and a leading "the" do not
    tell two printings of a name apart."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode()
    s = s.casefold().replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())
