"""The pipeline: the components in their order on ``spacy.blank("en")`` (or a
statistical model the user names), built once and cached."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.lang.char_classes import HYPHENS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_suffix_regex

# Importing the component modules registers their components with spaCy by name.
from kg.nlp import bodies, followups, meeting_refs, names, people  # noqa: F401
from kg.nlp.lexicon import lexicon
from kg.nlp.perdoc import kept
from kg.patterns import load as load_patterns

# -- the pipeline -------------------------------------------------------------------------


@Language.component("ckg_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, list entries and paragraphs of minutes often
    end without a full stop. A single break inside a clause does not (PDF text is
    hard-wrapped): after a word that never ends a sentence or title ("a letter to the" /
    "Welsh Government"), or before a line that goes on in lower case ("play areas" / "in the
    district"), but never a list's entry ("a)", "ii.")."""
    runs_on = lexicon().line_runs_on_words
    breaks = [(tok.i, not _runs_on(doc, tok, runs_on)) for tok in doc[1:]
              if "\n" in doc[tok.i - 1].whitespace_
              or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text)]
    # The starts are written all at once: spaCy's ``Token.is_sent_start`` setter asks
    # ``doc.has_annotation("DEP")``, a scan of every token, at each line break (quadratic in
    # a page's lines: a list of 4,000 date rows spent a second here). No decision reads a
    # start set before it, so the order of writing does not matter.
    starts = doc.to_array(SENT_START).view(numpy.int64)
    for i, start in breaks:
        starts[i] = 1 if start else -1
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    kept(doc)[_STARTS] = starts  # for ckg_sentences, after a model's parser
    return doc


_STARTS = "pipeline_sent_starts"


@Language.component("ckg_sentences")
def sentences_component(doc: Doc) -> Doc:
    """The rules' sentences again after a model's parser or senter: the parser keeps the
    starts and non-starts set before it as far as its moves allow, but a word it leaves
    unattached becomes a root, and so a sentence of its own (a small or poor model does
    that often). The rule components were written for, and are measured on, the
    sentencizer's and ``ckg_paragraphs``' sentences: they read the same ones whatever the
    model. The parse itself (heads, labels) is the model's, kept as it made it."""
    starts = kept(doc).get(_STARTS)
    if starts is not None and not numpy.array_equal(doc.to_array(SENT_START).view(numpy.int64),
                                                    starts):
        # ``from_array``, not the ``is_sent_start`` setter, which refuses a parsed doc (E043)
        doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


def _runs_on(doc: Doc, tok: Token, runs_on: frozenset[str]) -> bool:
    """Whether the line break before ``tok`` falls inside a clause: one break only (a blank
    line parts paragraphs), the word before it runs on or the line goes on in lower case."""
    word = doc[tok.i - 1]
    gap = word.whitespace_
    if word.is_space and tok.i >= 2:
        word = doc[tok.i - 2]
        gap = word.whitespace_ + doc[tok.i - 1].text_with_ws
    if gap.count("\n") != 1:
        return False
    if not word.is_alpha:
        return False  # "… noted." / "Apologies:" / a number: the line ended there
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.is_alpha and tok.text[0].islower() and len(tok.text) > 1 and not (
            nxt is not None and nxt.text in (")", ".")):
        return True
    return word.lower_ in runs_on


COMPONENTS = ("ckg_people", "ckg_names", "ckg_bracket_roles", "ckg_known_bodies",
              "ckg_followups", "ckg_meeting_refs")
#: Every component :func:`pipeline` adds by a name of its own.
_OWN = frozenset({"ckg_sentencizer", "ckg_paragraphs", "ckg_sentences", *COMPONENTS})


class ModelLoadError(Exception):
    """spaCy could not load the model :func:`pipeline` was given (its error is the
    ``__cause__``): the model's fault, which a caller may put in words, apart from any
    failure of kg's own code while it builds the pipeline on a model that loaded."""


@cache
def pipeline(model: str | None = None) -> Language:
    """The pipeline, built once per process. ``model`` names an installed spaCy model, or
    the folder of one (``nlp.to_disk``), to start from instead of a blank English pipeline
    (its entities are not used yet: the rule components give the answers either way).
    Raises :class:`ModelLoadError` when spaCy cannot load ``model``."""
    if model:
        try:
            nlp = spacy.load(model)
        except Exception as e:
            raise ModelLoadError(model) from e
    else:
        nlp = spacy.blank("en")
    # A pipeline kg built and saved (``pipeline().to_disk``) holds this module's components
    # already: they are this version's to add, in their places, never a second time (spaCy
    # refused the second ``ckg_paragraphs`` in a traceback, E007).
    for name in [n for n in nlp.component_names if n in _OWN]:
        nlp.remove_pipe(name)
    # "Assistant Director (Housing):": a bracket's close and a colon, never an emoticon.
    rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("):", "(:")}
    # Each affix set on a tokenizer loads its special cases (some 5,000) again, a twentieth
    # of a second of CPU each; with none loaded that is nothing. So the rules are emptied
    # first and set last, as spaCy's own Tokenizer.from_bytes does: loaded once, after the
    # affixes they are read with, they make the tokenizer the three settings made before.
    nlp.tokenizer.rules = {}
    # Keep hyphenated words whole: "Co-ordinator", "Stoke-on-Trent", "Vice-Chairman".
    infixes = [p for p in nlp.Defaults.infixes if f"(?:{HYPHENS})" not in p]
    infixes.append(r"(?<=[A-Za-z]);(?=[A-Za-z])")  # "Mrs Sergison;and Minute 8": no space
    infixes.append(r"(?<=[a-z])\((?=[A-Z])")  # "Assistant Director(Housing)": no space
    # "the minutes of theCorporate Parenting Board": a typed "the" run onto the name after it
    infixes.append(r"(?<=^the)(?=[A-Z][a-z])")
    glued = _glued()
    infixes.append(_glued_infix(glued["min_lower_before"]))
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Strategic Intelligence Assessment/ Communities Plan": a slash a space follows parts two
    # names, as one with a space on both sides does ("Live/Work" stays one word)
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Za-z]{2})/"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.rules = {**rules, **_keep_whole(glued["keep_whole"])}
    # The rules' sentences (stops and line breaks) are set before a model's own parser or
    # senter, which parses within them: once a doc is parsed, spaCy refuses a start written
    # by the setter (its E043, at the first line break, as it did). ``ckg_sentences`` puts
    # them back after the model where it moved them.
    setters = [name for name in nlp.pipe_names if _sets_sentences(nlp, name)]
    place = {"before": setters[0]} if setters else {}
    nlp.add_pipe("sentencizer", name="ckg_sentencizer" if setters else "sentencizer",
                 config={"punct_chars": [".", "!", "?", ":-"]}, **place)
    nlp.add_pipe("ckg_paragraphs", **place)
    if setters:
        nlp.add_pipe("ckg_sentences")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    load_patterns()  # warm the shared pattern cache once
    return nlp


def _glued() -> dict:
    """kg/data/nlp/glued.toml: how words a PDF's text glued together are parted."""
    return tomllib.loads(resources.files("kg").joinpath("data/nlp/glued.toml")
                         .read_text(encoding="utf-8"))


def _glued_infix(min_lower: int) -> str:
    """A zero-width infix at a case change inside a word ("RogersKCPC", "fromIris"), the
    capital after ``min_lower`` lower-case letters at least: PDF text glues a word to the
    next one that way, and a name or post reads only if its words are tokens of their own.
    Fewer letters before the capital are a name's or brand's shape ("McLurg", "MacLeod",
    "iPad"), left whole. A fixed-width lookbehind: linear on any line."""
    return rf"(?<=[a-z]{{{min_lower}}})(?=[A-Z])"


def _keep_whole(words: list[str]) -> dict[str, list[dict]]:
    """Special cases that keep each camel-case word written so on purpose ("PowerPoint",
    "HealthWatch") one token, as it was before the glued-word infix."""
    return {w: [{ORTH: w}] for w in words}


def _sets_sentences(nlp: Language, name: str) -> bool:
    """Whether a model's component parses or sets sentence starts, by what it declares it
    assigns (a parser, a senter, a sentencizer, under whatever name the model gives it)."""
    assigns = nlp.get_pipe_meta(name).assigns
    return any(a in assigns for a in ("token.dep", "token.head", "token.is_sent_start",
                                      "token.sent_start", "doc.sents"))
