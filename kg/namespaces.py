"""The namespaces of the graph, in one place: their IRIs as strings (for the prefixes of
queries and exports) and, made on first use, as rdflib namespaces (``CKG``, ``RDF`` ...)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Namespace
    from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

    CKG: Namespace
    OA: Namespace
    SCHEMA: Namespace

#: The vocabularies' IRIs, as plain strings: the commands that only read the store (`kg
#: query`, `kg trace`, `kg --help`) need the prefixes but not rdflib, which takes a tenth of
#: a second of every such command to import. The rdflib namespaces are made from them on
#: first use (:func:`__getattr__`).
_VOCABULARIES: dict[str, str] = {
    "ckg": "https://w3id.org/committee-kg/ns#",
    "oa": "http://www.w3.org/ns/oa#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_OURS = ("CKG", "OA", "SCHEMA")  # made here; the others are rdflib's own objects
_RDFLIB = ("DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD")


def __getattr__(name: str) -> object:
    """``CKG``, ``RDF`` and the other namespaces, made (or taken from rdflib) on first use
    and kept, so rdflib is imported only by the code that builds or reads rdflib graphs."""
    if name in _OURS:
        from rdflib import Namespace

        value: object = Namespace(_VOCABULARIES[name.lower()])
    elif name in _RDFLIB:
        from rdflib import namespace

        value = getattr(namespace, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The namespaces not yet made listed with the rest, as they were when made at import:
    ``dir()``, ``help()`` and a notebook's completion would not show them otherwise."""
    return sorted({*globals(), *_OURS, *_RDFLIB})


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


#: The vocabulary's IRI as a string: for code that only reads the store (kg.analytics and
#: kg.explorer, behind `kg serve` and `kg stats`) and writes ``f"{CKG_IRI}Meeting"``, where
#: the rdflib namespace ``CKG`` would import rdflib for string prefixes alone.
CKG_IRI: str = _VOCABULARIES["ckg"]

# (in the order they always had: ckg, id, then the rest; exports declare them in this order)
PREFIXES: dict[str, str] = {"ckg": _VOCABULARIES["ckg"], "id": DEFAULT_BASE, **_VOCABULARIES}

# Turtle written for people (`kg export`, CONSTRUCT results) declares the vocabularies but
# keeps data IRIs whole: "id:meeting\/…" would be valid Turtle but unreadable.
TURTLE_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k != "id"}


def query_prefixes() -> dict[str, str]:
    """The prefixes every query may use undeclared, ``id:`` at the data base in force
    (``KG_BASE``): the store's queries, the endpoint's, and ``kg query``'s ``ckg:Open`` or
    ``id:meeting/…`` given as a parameter, all read one map."""
    return {**PREFIXES, "id": data_base()}

__all__ = [
    "CKG", "CKG_IRI", "DCTERMS", "FOAF", "OA", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS",
    "SCHEMA", "SKOS", "TURTLE_PREFIXES", "XSD", "data_base", "query_prefixes",
]
