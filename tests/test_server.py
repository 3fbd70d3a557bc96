"""`kg serve` on a real port: the explorer page, its JSON API, and the server's defences
(loopback by default, host names checked, no files served, headers that stop script)."""

from __future__ import annotations

import json
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import GraphStore
from tests.conftest import XSS, Server, free_port, run_kg, select


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, Message, str]:
    """Status, headers (case-insensitive) and body; errors too."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def test_explorer_page_is_served_with_its_script_locked_to_a_nonce(corpus_server) -> None:
    status, headers, html = get(corpus_server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    csp = headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    tags = re.findall(r"^<script([^>]*)>", html, re.M)  # the page's own, not vis-network's text
    scripts = [t for t in tags if 'type="application/json"' not in t]
    assert scripts and all(f'nonce="{nonce}"' in t for t in scripts)
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "cdn" not in " ".join(re.findall(r'(?:src|href)="[^"]*"', html)).lower()
    # A new nonce for every page.
    assert get(corpus_server.url)[1]["Content-Security-Policy"] != csp


def test_api_search(corpus_server) -> None:
    status, headers, body = get(corpus_server.url + "api/search?q=Modern%20Slavery")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    hits = json.loads(body)
    assert hits[0]["title"] == "Modern Slavery"


def test_api_node_and_neighbours(corpus_server, corpus_store: GraphStore) -> None:
    meeting = select(corpus_store, "SELECT ?m WHERE { ?m ckg:hasItem ?i } LIMIT 1")[0]["m"]
    items = {r["i"] for r in select(corpus_store, "SELECT ?m ?i WHERE { ?m ckg:hasItem ?i }",
                                    m=ox.NamedNode(meeting))}
    q = urllib.parse.quote(meeting, safe="")
    status, _, body = get(corpus_server.url + f"api/node?iri={q}")
    assert status == 200
    detail = json.loads(body)
    assert detail["cls"] == "Meeting" and detail["evidence"]
    assert items <= {n["id"] for n in detail["neighbours"]}
    status, _, body = get(corpus_server.url + f"api/neighbours?iri={q}&limit=1000")
    assert items <= {n["id"] for n in json.loads(body)["nodes"]}


def test_api_unknown_node_is_404(corpus_server) -> None:
    for path in ("api/node?iri=https%3A%2F%2Fexample.org%2Fx", "api/neighbours?iri=x"):
        status, _, body = get(corpus_server.url + path)
        assert status == 404 and json.loads(body)["error"] == "no such node"


@pytest.mark.parametrize(("path", "kind", "words"), [
    ("?foucs=x", "text/plain", "unknown parameter foucs (this page takes focus, limit)"),
    ("api/search?q=slavery&limit=3", "application/json",
     "unknown parameter limit (this page takes q)"),
    ("api/node?iri=x&depth=2&b=1", "application/json",
     "unknown parameters b, depth (this page takes iri)"),
    ("api/neighbours?iri=x&lmit=5", "application/json",
     "unknown parameter lmit (this page takes iri, limit)"),
    ("trace?query=slavery", "text/html", "unknown parameter query (this page takes q, as_of)"),
    ("followups?stauts=all", "text/html",
     "unknown parameter stauts (this page takes status, committee, since, assigned_to, as_of)"),
])
def test_a_parameter_a_page_does_not_take_is_a_400_naming_it(corpus_server, path: str,
                                                              kind: str, words: str) -> None:
    """A misspelt parameter was ignored: `followups?stauts=all` showed the open follow-ups
    only, as if they were all there were."""
    status, headers, body = get(corpus_server.url + path)
    assert status == 400, path
    assert headers["Content-Type"].startswith(kind)
    shown = json.loads(body)["error"] if kind == "application/json" else body
    assert words in shown


def test_the_explorer_on_a_node_the_graph_lacks_is_a_404(corpus_server,
                                                         corpus_store: GraphStore) -> None:
    """A link to a node the graph does not hold still opens the explorer (its panel says so),
    with status 404; a node it holds, 200."""
    gone = urllib.parse.quote("https://w3id.org/committee-kg/id/meeting/x/1999-01-01", safe="")
    status, headers, html = get(corpus_server.url + "?focus=" + gone)
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    assert 'id="graph"' in html
    meeting = select(corpus_store, "SELECT ?m WHERE { ?m ckg:hasItem ?i } LIMIT 1")[0]["m"]
    status, _, _ = get(corpus_server.url + "?focus=" + urllib.parse.quote(meeting, safe=""))
    assert status == 200


def test_api_without_a_node_is_a_400_that_says_so(corpus_server) -> None:
    for path in ("api/node", "api/node?iri=", "api/neighbours", "api/neighbours?iri=%20"):
        status, headers, body = get(corpus_server.url + path)
        assert status == 400, path
        assert headers["Content-Type"].startswith("application/json")
        assert json.loads(body)["error"] == "no node given: give its IRI as iri=…"


def test_explorer_limit_parameter(corpus_server) -> None:
    status, _, html = get(corpus_server.url + "?limit=5")
    assert status == 200 and "Showing 5 of" in html
    assert get(corpus_server.url + "?limit=lots")[0] == 400
    for bad in ("-5", "0"):
        status, _, body = get(corpus_server.url + f"?limit={bad}")
        assert (status, body) == (400, f"limit='{bad}': must be 1 or more\n")
    status, _, body = get(corpus_server.url + "api/neighbours?iri=x&limit=-1")
    assert status == 400 and json.loads(body)["error"] == "limit='-1': must be 1 or more"


@pytest.mark.parametrize(("port", "message"), [
    ("99999", "error: --port 99999: a port is a number from 1 to 65535"),
    ("0", "error: --port 0: a port is a number from 1 to 65535"),
])
def test_serve_on_a_bad_port_is_one_line(corpus_store: GraphStore, port: str,
                                          message: str) -> None:
    result = run_kg("serve", "--store", corpus_store.path, "--port", port)
    assert result.returncode == 1
    assert result.stderr == message + "\n" and result.stdout == ""


@pytest.mark.parametrize(("args", "message"), [
    *((("--timeout", given), f"--timeout {given}: give a number of seconds above 0 and at "
       "most 2147483 (about 24 days; --timeout 300 for slow queries)")
      for given in ("inf", "nan", "0", "3000000")),
    (("--max-results", "0"), "--max-results 0: must be 1 or more"),
    (("--max-nodes", "-3"), "--max-nodes -3: must be 1 or more"),
])
def test_serve_limits_are_refused_in_one_line_naming_the_option(
        tmp_path: Path, args: tuple[str, str], message: str) -> None:
    """`kg serve --timeout inf` (as `kg ingest --wait inf` waits for ever) started, and then
    answered every SPARQL query with a 500 and a traceback in its log (so did a finite
    timeout past what poll() takes, 3,000,000 s, and each such query kept its worker until
    none was left); a limit under 1 was refused as "--timeout, --max-results and --max-nodes
    must be positive", whichever it was. Each is one line naming the option and the value,
    before anything starts."""
    result = run_kg("serve", "--store", tmp_path / "kg-store", "--port", str(free_port()),
                    *args)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: {message}\n")


def test_the_longest_timeout_serve_takes_is_one_a_worker_can_be_waited_for() -> None:
    """``endpoint.MAX_TIMEOUT`` is what ``kg serve --timeout`` takes at most: the runner
    waits for a worker's answer with ``Connection.poll``, and that wait must not overflow."""
    from multiprocessing import Pipe

    from kg.endpoint import MAX_TIMEOUT

    here, there = Pipe()
    there.send("answer")
    assert here.poll(MAX_TIMEOUT) and here.recv() == "answer"


def test_explore_max_nodes_under_one_names_the_value(tmp_path: Path) -> None:
    result = run_kg("explore", "--max-nodes", "0", "-o", tmp_path / "x.html",
                    "--store", tmp_path / "kg-store")
    assert (result.returncode, result.stderr) == (1, "error: --max-nodes 0: must be 1 or more\n")
    assert not (tmp_path / "x.html").exists()


def test_serve_on_a_busy_port_is_one_line(corpus_store: GraphStore) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_kg("serve", "--store", corpus_store.path, "--port", str(port))
    assert result.returncode == 1
    assert result.stderr == (f"error: cannot listen on 127.0.0.1:{port}: the port is in use "
                             f"(another kg serve? try --port {port + 1})\n")
    assert "Traceback" not in result.stdout and "explorer on" not in result.stdout


def test_serve_on_a_host_that_is_not_this_machine_is_one_line(corpus_store: GraphStore) -> None:
    result = run_kg("serve", "--store", corpus_store.path, "--host", "no-such-host.invalid",
                    "--port", str(free_port()))
    assert result.returncode == 1
    assert re.fullmatch(r"error: --host no-such-host\.invalid: not an address of this machine "
                        r"\([^)]*\)\n", result.stderr), result.stderr


@pytest.mark.parametrize("path", [
    "../../../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd", "static/../pyproject.toml",
    "kg/store.py", "web/explorer.js", "pyproject.toml", "store/CURRENT", "%2e%2e/%2e%2e/etc/passwd",
])
def test_no_file_is_served(corpus_server, path: str) -> None:
    status, _, body = get(corpus_server.url + path)
    assert status == 404
    assert "root:" not in body and "import" not in body


def test_other_host_names_are_refused(corpus_server) -> None:
    """A page on another site that rebinds its name to 127.0.0.1 gets nothing."""
    status, _, _ = get(corpus_server.url, headers={"Host": f"evil.example:{corpus_server.port}"})
    assert status == 400
    assert get(corpus_server.url.replace("127.0.0.1", "localhost"))[0] == 200


def test_sparql_form_for_browsers(corpus_server) -> None:
    status, headers, html = get(corpus_server.url + "sparql", headers={"Accept": "text/html"})
    assert status == 200 and "<textarea" in html and "read-only" in html
    assert "script-src" not in headers["Content-Security-Policy"]  # no script at all


def test_binds_to_loopback_by_default(corpus_store: GraphStore) -> None:
    server = Server(corpus_store.path)
    try:
        # Listening on 127.0.0.1 only: the wildcard address finds nothing on that port.
        with socket.socket() as s:
            s.settimeout(2)
            reachable = [s.connect_ex(("127.0.0.1", server.port)) == 0]
        outward = [ip for ip in _host_addresses() if not ip.startswith("127.")]
        for ip in outward:
            with socket.socket() as s:
                s.settimeout(2)
                reachable.append(s.connect_ex((ip, server.port)) == 0)
        assert reachable[0] and not any(reachable[1:])
    finally:
        out = server.stop()
    assert f"http://127.0.0.1:{server.port}/" in out


def _host_addresses() -> list[str]:
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None,
                                                                  socket.AF_INET)})
    except OSError:
        return []


def test_missing_store_is_reported_before_listening(tmp_path: Path) -> None:
    result = run_kg("serve", "--store", tmp_path / "none", "--port", str(free_port()))
    assert result.returncode == 1 and "no store here yet" in result.stderr


def test_minutes_markup_reaches_the_api_as_text_and_the_page_escaped(xss_store: Path) -> None:
    server = Server(xss_store)
    try:
        status, _, html = get(server.url)
        assert status == 200 and XSS not in html
        status, _, body = get(server.url + "api/search?q=report")
        assert XSS in json.loads(body)[0]["title"]  # data, for textContent only
    finally:
        server.stop()


def test_server_stops_cleanly(corpus_store: GraphStore) -> None:
    server = Server(corpus_store.path)
    started = time.monotonic()
    server.stop()
    assert server.process.returncode is not None and time.monotonic() - started < 10


def test_what_is_ingested_while_serving_is_served_without_a_restart(tmp_path: Path) -> None:
    from tests.conftest import SEED_2016, SEED_2018

    store = tmp_path / "store"
    run_kg("ingest", "--store", store, SEED_2016, check=True)
    server = Server(store)
    try:
        ask = urllib.parse.quote("PREFIX ckg: <https://w3id.org/committee-kg/ns#> "
                                 "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m ckg:hasItem ?i }")

        def meetings() -> int:
            status, _, body = get(server.url + f"sparql?query={ask}",
                                  {"Accept": "application/sparql-results+json"})
            assert status == 200, body
            return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

        def found(q: str) -> list[str]:
            return [h["title"] for h in json.loads(get(server.url + "api/search?q=" + q)[2])]

        assert meetings() == 1
        item = "3 Children and Families System Transformation"  # an item of the 2018 minutes
        assert item not in found("System%20Transformation")
        # `kg ingest` writes while the server holds its read-only view of the store.
        run_kg("ingest", "--store", store, SEED_2018, check=True)
        deadline = time.monotonic() + 10
        while meetings() < 2 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert meetings() == 2
        assert item in found("System%20Transformation")
        status, _, page = get(server.url + "trace?q=children%20and%20families%20transformation")
        assert status == 200 and "2018-03-05" in page
    finally:
        server.stop()
