"""The organisation/programme NER experiment's helpers (benchmarks/orgner): how gold names
become labelled spans, and that the scorer takes only the model's entities of the kind it
replaces (which pages are held out by their set is kg.evaluate.page_sets, tested in
test_evaluate.py). Measurement code, but a wrong split or label would make its figures wrong
without any error."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from benchmarks.orgner.build_data import spans_for
from benchmarks.orgner.combos import model_orgs


def test_programme_and_organisation_spans_with_contrast_labels():
    text = ("The Clerk reported that the Parish Council had applied to the Village Hall "
            "Grants Scheme run by Westshire County Council.")
    gold = {"organisations": [{"name": "Westshire County Council"}],
            "programmes": [{"name": "Village Hall Grants Scheme"}],
            "posts": [{"name": "Clerk"}]}
    spans = {text[s:e]: label for s, e, label in spans_for(
        gold, text, ("ORG", "PROGRAMME", "PERSON", "POST"))}
    assert spans == {"Westshire County Council": "ORG",
                     "Village Hall Grants Scheme": "PROGRAMME", "Clerk": "POST"}


def test_programme_spans_left_out_when_the_kind_is_not_asked():
    # Negative: with ORG alone, the programme is no span at all.
    text = "Members noted the Village Hall Grants Scheme."
    gold = {"programmes": [{"name": "Village Hall Grants Scheme"}]}
    assert spans_for(gold, text, ("ORG",)) == []


def test_model_orgs_takes_only_the_kind_replaced():
    import spacy
    doc = spacy.blank("en")("Westshire County Council runs the Village Hall Grants Scheme.")
    doc.ents = [doc.char_span(0, 24, label="ORG"), doc.char_span(34, 60, label="PROGRAMME")]
    assert list(model_orgs(doc.ents)) == ["Westshire County Council"]
    assert list(model_orgs(doc.ents, key="programmes")) == ["Village Hall Grants Scheme"]
