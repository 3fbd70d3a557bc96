"""Where the files committee-kg ships live: in a wheel under the package, in a checkout at
the top of the repository (``ontology/``, ``queries/``), which is the layout the design fixes."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(packaged: str, top_level: str) -> Path:
    inside = _PACKAGE / packaged
    return inside if inside.is_dir() else _PACKAGE.parent / top_level


def ontology_dir() -> Path:
    return _find("_ontology", "ontology")


def queries_dir() -> Path:
    return _find("_queries", "queries")


def samples_dir() -> Path:
    return _PACKAGE / "samples"
