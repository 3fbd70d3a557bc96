"""What the components work out once for a doc and read many times (the page's text above
all), kept for that doc and for no other.

spaCy builds ``doc.text`` afresh from every token each time it is asked for, so a rule that
reads the page's text at each of many tokens must not ask spaCy each time: it was quadratic on
a long line (names' years after a plan's name, follow-ups' text before each unit, meeting
references' date rows). The components used to keep such things on ``doc.user_data``, each
its own way (names' text taken back if only its length was this doc's, people's lower-case
words with no check at all), or build the text at their start and pass it down. But spaCy
carries ``user_data`` over to other docs (``Doc.copy``, ``Span.as_doc(copy_user_data=True)``,
``Doc.from_docs``, ``to_bytes``/``from_bytes``), where what was kept for the first doc would
be read as the second's. Here each doc's store is keyed by the doc itself, weakly: no other
doc, a copy or a doc of the same length, can read it, and it goes when the doc does."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_STORES: WeakKeyDictionary[Doc, dict[str, Any]] = WeakKeyDictionary()


def kept(doc: Doc) -> dict[str, Any]:
    """This doc's store: a dict a component keeps what it worked out for the doc in, under a
    key of its own (the module's name first: ``"names_roll_rows"``). A doc's text never
    changes; what a component keeps that depends on something that does (the doc's spans as a
    component found them) it must drop itself when that changes."""
    store = _STORES.get(doc)
    if store is None:
        store = _STORES[doc] = {}
    return store


def page_text(doc: Doc) -> str:
    """``doc.text``, built once for the doc and kept: every component reads the page's text
    from here, never from ``doc.text`` at each token or unit."""
    store = kept(doc)
    text = store.get(_TEXT)
    if text is None:
        text = store[_TEXT] = doc.text
    return text


_TEXT = "page_text"
