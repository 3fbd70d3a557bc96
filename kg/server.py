"""``kg serve``: the explorer, its JSON API and the SPARQL endpoint, as one Starlette app.

Secure by default: it binds to 127.0.0.1, answers only to the host names it is served as
(a page on another site cannot reach it through DNS rebinding), opens the store read-only,
and serves no file at all: every response is built from the store or from the templates in
the package. Pages carry a Content-Security-Policy whose nonce only their own scripts have.
"""

from __future__ import annotations

import contextlib
import errno
import secrets
import socket
import threading
import time
import warnings
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.endpoint import (
    DEFAULT_MAX_RESULTS,
    DEFAULT_TIMEOUT,
    ProtocolError,
    QueryRunner,
    check_params,
    parse_request,
)
from kg.explorer import (
    DEFAULT_MAX_NODES,
    DEFAULT_OVERVIEW,
    NEIGHBOURS,
    ExplorerIndex,
    content_security_policy,
    node_detail,
    render_explorer,
    templates,
)
from kg.store import GraphStore, StoreError, disk_version

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
#: Seconds between checks of whether the store has been written to since it was opened.
REFRESH_INTERVAL = 1.0


@dataclass
class Settings:
    store: Path
    host: str = DEFAULT_HOST
    timeout: float = DEFAULT_TIMEOUT
    max_results: int = DEFAULT_MAX_RESULTS
    max_nodes: int = DEFAULT_MAX_NODES
    overview: int = DEFAULT_OVERVIEW
    #: Extra pages (path, link text, handler), such as the trace and follow-up pages.
    pages: list[tuple[str, str, Callable[..., Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class Snapshot:
    """The store as it was at one moment, with the explorer's index built from it: a route
    takes both from one snapshot, so it never pairs an index with a newer store."""

    store: GraphStore
    index: ExplorerIndex
    version: tuple


class Explorer:
    """What the routes share: the read-only store, the explorer's index, the query runner.

    A read-only store is a snapshot, so the server would go on showing the graph as it was at
    start. Before each request it checks (at most once a second, by listing the store's
    folder) whether ``kg ingest`` has written since, and if so reopens the store and rebuilds
    the index: a user can ingest more minutes without restarting ``kg serve``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.snapshot = self._open()
        self.runner: QueryRunner | None = None
        self._lock = threading.Lock()
        self._checked = time.monotonic()

    def _open(self) -> Snapshot:
        version = disk_version(self.settings.store)
        store = GraphStore(self.settings.store, read_only=True)
        return Snapshot(store, ExplorerIndex.build(store), version)

    @property
    def store(self) -> GraphStore:
        return self.snapshot.store

    @property
    def index(self) -> ExplorerIndex:
        return self.snapshot.index

    def refresh(self) -> None:
        if time.monotonic() - self._checked < REFRESH_INTERVAL:
            return
        with self._lock:
            if time.monotonic() - self._checked < REFRESH_INTERVAL:
                return
            self._checked = time.monotonic()
            if disk_version(self.settings.store) == self.snapshot.version:
                return
            # Mid-write or moved away: serve the last snapshot and try again later.
            with contextlib.suppress(StoreError):
                self.snapshot = self._open()

    def links(self) -> list[tuple[str, str]]:
        return [*((path.lstrip("/"), name) for path, name, _ in self.settings.pages),
                ("sparql", "SPARQL")]


def _headers(csp: str) -> dict[str, str]:
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
    }


NO_SCRIPT = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; " \
            "base-uri 'none'; frame-ancestors 'none'"


def html_page(body: str, nonce: str | None = None, status: int = 200) -> HTMLResponse:
    csp = (content_security_policy(nonce, connect=True) + "; frame-ancestors 'none'"
           if nonce else NO_SCRIPT)
    return HTMLResponse(body, status_code=status, headers=_headers(csp))


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=_headers("default-src 'none'"))


def text_response(message: str, status: int) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status,
                             headers=_headers("default-src 'none'"))


def _int_param(request: Request, name: str, default: int, most: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ProtocolError(400, f"{name}={raw!r} is not a number") from None
    if value < 1:
        raise ProtocolError(400, f"{name}={raw!r}: must be 1 or more")
    return min(most, value)  # more than the cap draws the cap, as the status line says


def _iri_param(request: Request) -> str:
    """The ``iri`` a node API call is about: missing or blank is the caller's mistake (400),
    not a node the graph lacks (404)."""
    iri = request.query_params.get("iri", "").strip()
    if not iri:
        raise ProtocolError(400, "no node given: give its IRI as iri=…")
    return iri


def create_app(settings: Settings) -> Starlette:
    """The app for one store. Opening the store and building the index happen here, so a
    missing store is reported before the server starts listening."""
    ex = Explorer(settings)

    async def explorer_page(request: Request) -> Response:
        try:
            check_params(request.query_params, ("focus", "limit"))
            limit = _int_param(request, "limit", settings.overview, settings.max_nodes)
        except ProtocolError as e:
            return text_response(e.message, e.status)
        nonce = secrets.token_urlsafe(16)
        focus = request.query_params.get("focus", "").strip() or None
        snap = ex.snapshot
        html = await run_in_threadpool(
            render_explorer, snap.index, overview=limit, max_nodes=settings.max_nodes,
            focus=focus, nonce=nonce, links=ex.links(),
        )
        # A link to a node the graph does not hold (an old link, after a re-ingest moved
        # it) still opens the explorer, whose panel says so, but the status tells the truth.
        return html_page(html, nonce, status=404 if focus and focus not in snap.index else 200)

    async def api_search(request: Request) -> Response:
        try:
            check_params(request.query_params, ("q",))
        except ProtocolError as e:
            return json_response({"error": e.message}, e.status)
        q = request.query_params.get("q", "")[:200]
        return json_response(ex.index.search(q))

    async def api_neighbours(request: Request) -> Response:
        try:
            check_params(request.query_params, ("iri", "limit"))
            iri = _iri_param(request)
            limit = _int_param(request, "limit", NEIGHBOURS, settings.max_nodes)
        except ProtocolError as e:
            return json_response({"error": e.message}, e.status)
        if iri not in ex.index:
            return json_response({"error": "no such node"}, 404)
        return json_response(ex.index.neighbours(iri, limit))

    async def api_node(request: Request) -> Response:
        try:
            check_params(request.query_params, ("iri",))
            iri = _iri_param(request)
        except ProtocolError as e:
            return json_response({"error": e.message}, e.status)
        snap = ex.snapshot
        detail = await run_in_threadpool(node_detail, snap.store, snap.index, iri)
        if detail is None:
            return json_response({"error": "no such node"}, 404)
        return json_response(detail)

    async def sparql(request: Request) -> Response:
        params = list(request.query_params.multi_items())
        if (request.method == "GET" and not params
                and "text/html" in request.headers.get("accept", "")):
            page = templates().get_template("sparql.html").render(links=ex.links())
            return html_page(page)
        try:
            body = await request.body() if request.method == "POST" else b""
            query = parse_request(request.method, params, request.headers.get("content-type"),
                                  body, request.headers.get("accept"))
        except ProtocolError as e:
            return text_response(e.message, e.status)
        assert ex.runner is not None
        result = await run_in_threadpool(ex.runner.run, query)
        headers = _headers("default-src 'none'")
        headers["Vary"] = "Accept"
        return Response(result.body, status_code=result.status, media_type=result.media_type,
                        headers=headers)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        ex.runner = QueryRunner(settings.store, timeout=settings.timeout,
                                max_results=settings.max_results)
        try:
            yield
        finally:
            ex.runner.close()

    routes = [
        Route("/", explorer_page),
        Route("/api/search", api_search),
        Route("/api/neighbours", api_neighbours),
        Route("/api/node", api_node),
        Route("/sparql", sparql, methods=["GET", "POST"]),
    ]
    for path, _name, handler in settings.pages:
        routes.append(Route(path, _page_route(handler, ex)))
    middleware = []
    if settings.host in LOOPBACK:
        middleware.append(Middleware(TrustedHostMiddleware,
                                     allowed_hosts=["127.0.0.1", "localhost", "[::1]"]))
    middleware.append(Middleware(_Refresh, explorer=ex))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.explorer = ex
    return app


class _Refresh:
    """ASGI middleware: bring the explorer up to date with the store before each request."""

    def __init__(self, app: Any, explorer: Explorer):
        self.app = app
        self.explorer = explorer

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            await run_in_threadpool(self.explorer.refresh)
        await self.app(scope, receive, send)


def _page_route(handler: Callable[..., Any], ex: Explorer) -> Callable[..., Any]:
    async def route(request: Request) -> Response:
        html, status = await run_in_threadpool(handler, ex, request)
        return html_page(html, status=status)

    return route


def serve(settings: Settings, port: int = DEFAULT_PORT,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Run the server until interrupted."""
    import uvicorn

    app = create_app(settings)
    host = settings.host
    sock = listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    # uvicorn's Config sets up logging under logging's locks; made after "ready", a Ctrl-C
    # there raised in the middle of it ("cannot release un-acquired lock", a traceback, in
    # test_cli). Made before, what is left between "ready" and the loop is plain.
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    if on_ready:
        on_ready(f"http://{shown}:{port}/")
    # Ctrl-C in the moment after "ready" and before the event loop runs uvicorn's coroutine
    # left it never awaited, and Python printed a RuntimeWarning with uvicorn's source line
    # under the one-line "interrupted" (seen in test_cli): the coroutine is made to be
    # dropped then, so its warning is no news to the user.
    warnings.filterwarnings("ignore", message="coroutine 'Server.serve' was never awaited",
                            category=RuntimeWarning)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


class ServeError(Exception):
    """The server cannot start; the message is one line naming the address and why."""


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to the address, before the server starts: a busy or bad port, or a
    host name that is not this machine's, is one line of :class:`ServeError`, not uvicorn's
    log and traceback, and the ready message is printed only once the port is ours."""
    if not 1 <= port <= 65535:
        raise ServeError(f"--port {port}: a port is a number from 1 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except socket.gaierror as e:
        raise ServeError(f"--host {host}: not an address of this machine ({e.strerror})") \
            from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            why = f"the port is in use (another kg serve? try --port {port % 65535 + 1})"
        elif e.errno == errno.EACCES:
            why = "permission denied (ports below 1024 need privileges)"
        elif e.errno == errno.EADDRNOTAVAIL:
            why = "not an address of this machine"
        else:
            why = e.strerror or str(e)
        raise ServeError(f"cannot listen on {host}:{port}: {why}") from None
    sock.set_inheritable(True)
    return sock
