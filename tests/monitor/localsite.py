"""A small web site on 127.0.0.1 whose pages a test can change between requests.

Routes answer GET with their body, honour ``If-None-Match`` and
``If-Modified-Since`` with 304 when the route has validators, and record
every request (method, path, headers, body), so a test can count what the
monitor actually asked for. POSTs are recorded too and answered with the
route's status: that is the webhook receiver.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send_length: bool = True
    statuses: list[int] = field(default_factory=list)  # consumed one per request, then ``status``


@dataclass
class Hit:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Site:
    """Routes by path and the requests received."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.base = ""
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def set(self, path: str, body: str | bytes = b"", **options: object) -> Route:
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def requests(self, path: str | None = None, method: str = "GET") -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.method == method and (path is None or h.path == path)]

    def clear(self) -> None:
        with self._lock:
            self.hits.clear()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _answer(self, body: bytes) -> None:
            route = site.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.delay:
                time.sleep(route.delay)
            status = route.statuses.pop(0) if route.statuses else route.status
            if status == 200 and self.command == "GET" and _unchanged(route, self.headers):
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            else:
                self.close_connection = True
            self.end_headers()
            self.wfile.write(route.body)

        def do_GET(self) -> None:
            site.record(Hit("GET", self.path, dict(self.headers.items()), b""))
            self._answer(b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            site.record(Hit("POST", self.path, dict(self.headers.items()), body))
            self._answer(body)

    return Handler


def _unchanged(route: Route, headers: Message) -> bool:
    """True when the request's validators match the route's: the answer is 304."""
    if route.etag and headers.get("If-None-Match") == route.etag:
        return True
    return bool(route.last_modified and headers.get("If-Modified-Since") == route.last_modified)


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Run ``site`` on 127.0.0.1 on a free port until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
