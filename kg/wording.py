"""Small helpers for the words of messages, shared by the CLI and the library."""

from __future__ import annotations


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 violation``, ``2 violations``, ``1 document graph``: counts in messages read as
    English, never "1 document graphs"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"
