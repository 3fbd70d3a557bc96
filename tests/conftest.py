"""Shared fixtures: the corpus of real minutes, the `kg` entry point, and a store holding the
whole corpus, built once per test session."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def corpus_dir() -> Path:
    """The real minutes the tests read: copied into the repo (with their sources and licence),
    else the shared corpus beside a checkout."""
    bundled = FIXTURES / "corpus"
    return bundled if (bundled / "seeds").is_dir() else ROOT.parent / "shared" / "corpus"


CORPUS = corpus_dir()
SEEDS = CORPUS / "seeds"
DEV = CORPUS / "dev"
SEED_2016 = SEEDS / "staffordshire-safe-strong-communities-2016-12-12.txt"
SEED_2018 = SEEDS / "staffordshire-safeguarding-osc-2018-03-05.txt"
KG = Path(sys.executable).parent / "kg"
ID = "https://w3id.org/committee-kg/id/"


def run_kg(*args: str | Path, cwd: Path | None = None, env: dict | None = None,
           check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the installed `kg` command as a user would."""
    result = subprocess.run(
        [str(KG), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {args} failed ({result.returncode}):\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """Every corpus document ingested into one store (read by many tests, written by none)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    store = GraphStore(path)
    results = ingest(store, [str(SEEDS), str(DEV)])
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    return store


def select(store: GraphStore, sparql: str, **bindings: object) -> list[dict[str, str]]:
    """SELECT results as dicts of plain strings (unbound variables left out)."""
    results = store.query(sparql, bindings or None)  # type: ignore[arg-type]
    names = [v.value for v in results.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]
