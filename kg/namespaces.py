"""The namespaces of the graph, in one place, as rdflib namespaces."""

from __future__ import annotations

import os

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

CKG = Namespace("https://w3id.org/committee-kg/ns#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

#: Where data IRIs live unless the user sets ``KG_BASE``.
DEFAULT_BASE = "https://w3id.org/committee-kg/id/"


def data_base() -> str:
    base = os.environ.get("KG_BASE", DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def check_base() -> None:
    """Refuse (ValueError, one line) a ``KG_BASE`` no IRI can start with (no scheme, a
    space): every IRI minted under it would be refused as the first document is stored,
    which read as kg's own failure ("could not be stored … please report this")."""
    import pyoxigraph as ox

    base = os.environ.get("KG_BASE")
    if base is None:
        return
    try:
        ox.NamedNode(data_base() + "x")
    except ValueError as e:
        raise ValueError(f"KG_BASE {base!r}: not the start of an absolute IRI ({e}): give one "
                         "such as https://example.org/kg/id/") from None


PREFIXES: dict[str, str] = {
    "ckg": str(CKG),
    "id": DEFAULT_BASE,
    "oa": str(OA),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}

# Turtle written for people (`kg export`, CONSTRUCT results) declares the vocabularies but
# keeps data IRIs whole: "id:meeting\/…" would be valid Turtle but unreadable.
TURTLE_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k != "id"}


def query_prefixes() -> dict[str, str]:
    """The prefixes every query may use undeclared, ``id:`` at the data base in force
    (``KG_BASE``): the store's queries, the endpoint's, and ``kg query``'s ``ckg:Open`` or
    ``id:meeting/…`` given as a parameter, all read one map."""
    return {**PREFIXES, "id": data_base()}

__all__ = [
    "CKG", "DCTERMS", "FOAF", "OA", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA",
    "SKOS", "TURTLE_PREFIXES", "XSD", "data_base", "query_prefixes",
]
