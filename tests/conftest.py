"""Shared fixtures: the corpus of real minutes, the `kg` entry point, and a store holding the
whole corpus, built once per test session."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


def tiny_model(folder: Path, pipes: tuple[str, ...]) -> Path:
    """A real statistical spaCy pipeline saved to a folder, as a user's own would be (no
    pretrained English model can be installed here): ``spacy.blank("en")`` with ``pipes``
    (a parser, a tagger, a senter) initialised on two invented sentences. Untrained, it
    parses badly (most words left as roots, each a sentence of its own to spaCy): the
    worst case for sentences a model sets."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    for name in pipes:
        nlp.add_pipe(name)
    examples = []
    for text, heads, deps, tags in (
        ("The panel noted the report.", [1, 2, 2, 4, 2, 2],
         ["det", "nsubj", "ROOT", "det", "dobj", "punct"], ["DT", "NN", "VBD", "DT", "NN", "."]),
        ("Cllr Vane agreed", [1, 2, 2], ["compound", "nsubj", "ROOT"], ["NNP", "NNP", "VBD"]),
    ):
        gold: dict[str, object] = {}
        if "parser" in pipes:
            gold.update(heads=heads, deps=deps)
        if "tagger" in pipes:
            gold["tags"] = tags
        if "senter" in pipes:
            gold["sent_starts"] = [1] + [0] * (len(heads) - 1)
        examples.append(Example.from_dict(nlp.make_doc(text), gold))
    nlp.initialize(lambda: examples)
    nlp.to_disk(folder)
    return folder
ID = "https://w3id.org/committee-kg/id/"


def run_kg(*args: str | Path, cwd: Path | None = None, env: dict | None = None,
           check: bool = False, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the installed `kg` command as a user would (``timeout`` only stops a hang)."""
    result = subprocess.run(
        [str(KG), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {args} failed ({result.returncode}):\n{result.stderr}")
    return result


@contextmanager
def finishes(within: float = 60, cpu: bool = False) -> Iterator[None]:
    """A hang guard, not a speed measure (speed is the benchmarks' business): the block
    must end within ``within`` seconds, far above what it takes even on a loaded machine.
    The tests that use it feed inputs large enough that the quadratic or worse reading they
    guard against would run for many minutes, so a pass and a fail never depend on load.
    ``cpu``: seconds of the process's own CPU time, not of the clock, which a heavily loaded
    machine stretches many times over: for work done in this process (a reading that grows
    with the square of its line burns CPU); a wait on a server or a socket burns none, so its
    guard counts the clock."""
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"did not finish within {within} s{' of CPU time' if cpu else ''}")

    sig, timer = (signal.SIGVTALRM, signal.ITIMER_VIRTUAL) if cpu else (
        signal.SIGALRM, signal.ITIMER_REAL)
    previous = signal.signal(sig, stop)
    signal.setitimer(timer, within)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(sig, previous)


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


# -- two councils, each with a Cabinet (made-up minutes, for kg ingest --council) ----------

COUNCIL_MINUTES = {
    # council: (file name, minutes)
    "Avonshire County Council": ("avonshire-cabinet-2023-05-03.txt", (
        "Minutes of the Cabinet held on 3 May 2023\n\n"
        "1. Minutes\n\n"
        "The minutes of the meeting held on 4 April 2023 were confirmed as a correct record.\n\n"
        "2. Libraries Strategy\n\n"
        "The Cabinet Member for Communities presented the Libraries Strategy. Members "
        "requested that a further report on the Libraries Strategy be brought to the July "
        "meeting.\n\n"
        "RESOLVED – That the Libraries Strategy be approved.\n")),
    "Wessex District Council": ("wessex-cabinet-2023-07-19.txt", (
        "Minutes of the Cabinet held on 19 July 2023\n\n"
        "1. Libraries Strategy\n\n"
        "The Cabinet Member for Communities presented a further report on the Libraries "
        "Strategy.\n\n"
        "RESOLVED – That the report be approved and a progress report be brought to a "
        "future meeting.\n")),
}


def council_files(folder: Path) -> dict[str, Path]:
    """The two councils' minutes written into ``folder``: council name -> file."""
    files = {}
    for council, (name, text) in COUNCIL_MINUTES.items():
        files[council] = folder / name
        files[council].write_text(text, encoding="utf-8")
    return files


# -- servers and browsers (the explorer, the SPARQL endpoint) ---------------------------------

XSS = "<script>alert(1)</script>"
XSS_MINUTES = (
    "Minutes of the Audit Committee held on 3 May 2023\n\n"
    f"1. Report {XSS}\n\n"
    f"The committee noted {XSS} and <img src=x onerror=alert(2)> in the report.\n"
)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `kg serve` process on a free port, stopped by its own process id."""

    def __init__(self, store: Path, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = subprocess.Popen(
            [str(KG), "serve", "--store", str(store), "--port", str(self.port), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self._wait()

    def _wait(self) -> None:
        import time
        import urllib.request

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"kg serve exited: {self.process.stderr.read()}")
            try:
                with urllib.request.urlopen(self.url + "api/search?q=x", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("kg serve did not start within 60 s")

    def stop(self) -> str:
        self.process.terminate()
        try:
            out, _ = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, _ = self.process.communicate()
        return out


@pytest.fixture(scope="session")
def corpus_server(corpus_store: GraphStore):
    """`kg serve` over the corpus store (read-only beside this process's idle handle), with a
    short query timeout and a small result cap so that both can be seen to work."""
    server = Server(corpus_store.path, "--timeout", "2", "--max-results", "1000")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def xss_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store whose only minutes carry a script in their item title and text."""
    folder = tmp_path_factory.mktemp("xss")
    minutes = folder / "audit-committee-2023-05-03.txt"
    minutes.write_text(XSS_MINUTES, encoding="utf-8")
    run_kg("ingest", minutes, "--store", folder / "store", check=True)
    return folder / "store"


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium, headless, driven by Playwright (which never downloads a browser)."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "install Debian's chromium (.ci/run does): apt-get install chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=CHROMIUM_ARGS)
        yield browser
        browser.close()
