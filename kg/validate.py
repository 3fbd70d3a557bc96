"""Check the graph against the ontology's SHACL shapes with pySHACL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

from kg import resources
from kg.store import GraphStore
from kg.wording import plural


@dataclass
class Report:
    conforms: bool
    violations: int
    warnings: int
    text: str
    graph: Graph

    @property
    def summary(self) -> str:
        """The one line every command prints for a validation, worded the same everywhere."""
        verdict = "conforms" if self.conforms else "does not conform"
        return (f"SHACL: the graph {verdict} ({plural(self.violations, 'violation')}, "
                f"{plural(self.warnings, 'warning')})")


def shapes() -> Graph:
    return Graph().parse(resources.ontology_dir() / "shapes.ttl", format="turtle")


def ontology() -> Graph:
    return Graph().parse(resources.ontology_dir() / "committee-kg.ttl", format="turtle")


def validate_graph(data: Graph) -> Report:
    """Validate without inference: every node carries its class explicitly, so the shapes
    see what a SPARQL user sees."""
    _, results, text = shacl_validate(
        data, shacl_graph=shapes(), ont_graph=ontology(), inference="none",
        allow_warnings=True, advanced=True,
    )
    violations = len(set(results.subjects(SH.resultSeverity, SH.Violation)))
    warnings = len(set(results.subjects(SH.resultSeverity, SH.Warning)))
    return Report(violations == 0, violations, warnings, text, results)


@contextmanager
def _literals_told_by_the_report() -> Iterator[None]:
    """rdflib logs a traceback for each literal whose text does not fit its datatype
    (``"2020-13-45"^^xsd:date``, typed into a store by hand); the SHACL report names that
    value as a violation in its own words, so the traceback only buries it."""
    logger = logging.getLogger("rdflib.term")
    was = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = was


def validate_store(store: GraphStore) -> Report:
    with _literals_told_by_the_report():
        return validate_graph(store.to_rdflib())
