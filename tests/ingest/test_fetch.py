"""The safe fetcher: the address guard as a pure decision, and every refusal for real.

Only 127.0.0.1 servers started here are ever connected to. Refusals of other
addresses happen before any connection: host names are resolved by resolver
functions the tests pass in, and redirects point at addresses that are
refused on sight.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.errors import FetchError, InputError
from claimgraph.ingest.fetch import (
    PAGE_TYPES,
    Policy,
    address_refusal,
    check_url,
    checked_addresses,
    fetch,
    post_json,
)

LOCAL_ONLY = Policy(allowed_networks=("127.0.0.1/32",))
PAGE = b"<html><head><title>Kabul</title></head><body><p>Text.</p></body></html>"


class Server:
    """Paths -> (status, headers, body, delay); records (method, path, headers) of requests."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes, float]] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def _reply(self) -> None:
            server.requests.append((self.command, self.path, dict(self.headers.items())))
            if self.command == "POST":
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, headers, body, delay = server.routes.get(self.path, (404, {}, b"", 0.0))
            if delay:
                time.sleep(delay)
            if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"]:
                status, body = 304, b""
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers and headers.get("X-No-Length") is None:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.close_connection = True
            self.end_headers()
            # The client may stop reading (size cap, timeout): that is what is tested.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        do_GET = _reply
        do_POST = _reply

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    site = Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield site
    httpd.shutdown()
    httpd.server_close()


def html(body: bytes = PAGE, **headers: str) -> tuple[int, dict[str, str], bytes, float]:
    return 200, {"Content-Type": "text/html; charset=utf-8", **headers}, body, 0.0


# --- the pure address decision ---------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("169.254.169.254", "a link-local address"),
        ("10.0.0.1", "a private address"),
        ("192.168.1.20", "a private address"),
        ("172.16.5.4", "a private address"),
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("fd00::1", "a private address"),
        ("fe80::1", "a link-local address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("100.64.0.1", "not a public address"),
        ("224.0.0.1", "a multicast address"),
        ("ff02::1", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_guard(address: str, reason: str | None) -> None:
    assert address_refusal(address) == reason


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("10.0.0.1", True),
        ("169.254.169.254", True),
        ("::1", True),
        ("fd00::1", True),
        ("224.0.0.1", False),
        ("0.0.0.0", False),
    ],
)
def test_allow_private_admits_private_but_never_multicast_or_unspecified(
    address: str, allowed: bool
) -> None:
    assert (address_refusal(address, allow_private=True) is None) is allowed


def test_allowed_networks_admit_only_what_they_name() -> None:
    assert address_refusal("127.0.0.1", allowed_networks=["127.0.0.1/32"]) is None
    assert address_refusal("127.0.0.2", allowed_networks=["127.0.0.1/32"]) == "a loopback address"
    assert address_refusal("10.0.0.1", allowed_networks=["127.0.0.1/32"]) == "a private address"
    assert address_refusal("::1", allowed_networks=["127.0.0.1/32"]) == "a loopback address"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https URLs are fetched, not file"),
        ("ftp://example.org/a.txt", "only http and https URLs are fetched, not ftp"),
        ("gopher://example.org/", "not gopher"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http:///no-host", "names no host"),
    ],
)
def test_urls_refused_before_anything_else(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message) as caught:
        check_url(url)
    assert caught.value.kind == "scheme"


# --- resolution, with resolvers written for the test (no DNS) ----------------------------


def resolver_of(
    table: dict[str, list[str]], calls: list[str] | None = None
) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    return resolve


@pytest.mark.parametrize(
    ("addresses", "reason"),
    [
        (["10.0.0.5"], "intranet.example resolves to 10.0.0.5, a private address"),
        (["169.254.169.254"], "a link-local address"),
        (["93.184.216.34", "127.0.0.1"], "resolves to 127.0.0.1, a loopback address"),
        (["fd00::7"], "a private address"),
    ],
)
def test_a_name_resolving_to_any_refused_address_is_refused(
    addresses: list[str], reason: str
) -> None:
    policy = Policy(resolver=resolver_of({"intranet.example": addresses}))
    with pytest.raises(FetchError, match=reason) as caught:
        fetch("http://intranet.example/report", policy=policy)
    assert caught.value.kind == "address"
    assert "--allow-private" in str(caught.value)


def test_a_public_resolution_passes_the_guard_without_connecting() -> None:
    policy = Policy(resolver=resolver_of({"news.example": ["93.184.216.34", "2606:4700::1"]}))
    assert checked_addresses(check_url("https://news.example/a"), policy) == [
        "93.184.216.34",
        "2606:4700::1",
    ]


def test_an_unresolvable_name_is_a_clear_error() -> None:
    policy = Policy(resolver=resolver_of({}))
    with pytest.raises(FetchError, match=re.escape("cannot resolve nowhere.example")) as caught:
        fetch("http://nowhere.example/", policy=policy)
    assert caught.value.kind == "resolve"


def test_the_connection_goes_to_the_checked_address_with_the_name_in_host(
    server: Server,
) -> None:
    """Resolved once, connected to that address: nothing can rebind the name in between."""
    server.routes["/a"] = html()
    calls: list[str] = []
    port = server.base.rsplit(":", 1)[1]
    policy = Policy(
        allowed_networks=("127.0.0.1/32",),
        resolver=resolver_of({"news.test": ["127.0.0.1"]}, calls),
    )
    page = fetch(f"http://news.test:{port}/a", policy=policy)
    assert page.content == PAGE
    assert calls == ["news.test"]
    assert server.requests[0][2]["Host"] == f"news.test:{port}"


# --- refusals of the local server --------------------------------------------------------


def test_a_page_on_a_loopback_server_is_refused_without_allow_private(server: Server) -> None:
    server.routes["/a"] = html()
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/a"))
    assert caught.value.kind == "address"
    assert "127.0.0.1 a loopback address; pass --allow-private" in str(caught.value)
    assert server.requests == []  # refused before connecting


def test_file_url_is_refused() -> None:
    with pytest.raises(FetchError, match="only http and https") as caught:
        fetch("file:///etc/passwd")
    assert caught.value.kind == "scheme"
    assert isinstance(caught.value, InputError)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://10.0.0.1/", "redirected to http://10.0.0.1/: refused: 10.0.0.1 a private address"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://[fd00::1]/", "a private address"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not file"),
    ],
)
def test_a_redirect_to_a_private_address_is_refused(
    server: Server, location: str, message: str
) -> None:
    server.routes["/go"] = (302, {"Location": location}, b"", 0.0)
    with pytest.raises(FetchError, match=message.replace("[", r"\[")) as caught:
        fetch(server.url("/go"), policy=LOCAL_ONLY)
    assert caught.value.kind == "redirect"
    assert [path for _method, path, _headers in server.requests] == ["/go"]


def test_redirects_within_allowed_addresses_are_followed(server: Server) -> None:
    server.routes["/old"] = (301, {"Location": "/new"}, b"", 0.0)
    server.routes["/new"] = html()
    page = fetch(server.url("/old"), policy=LOCAL_ONLY)
    assert page.final_url == server.url("/new")
    assert page.url == server.url("/old")


def test_too_many_redirects(server: Server) -> None:
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"", 0.0)
    with pytest.raises(FetchError, match="more than 2 redirects") as caught:
        fetch(server.url("/loop"), policy=LOCAL_ONLY, max_redirects=2)
    assert caught.value.kind == "redirect"


# --- what is taken from an allowed server ---------------------------------------------------


def test_allow_private_fetches_the_page(server: Server) -> None:
    server.routes["/a"] = html()
    page = fetch(server.url("/a"), allow_private=True)
    assert (page.status, page.content, page.content_type) == (200, PAGE, "text/html")
    assert page.final_url == server.url("/a")


def test_conditional_get_answers_not_modified(server: Server) -> None:
    server.routes["/a"] = html(ETag='"v1"')
    first = fetch(server.url("/a"), policy=LOCAL_ONLY)
    again = fetch(server.url("/a"), policy=LOCAL_ONLY, headers={"If-None-Match": '"v1"'})
    assert first.headers["etag"] == '"v1"'
    assert again.not_modified and again.content == b""


@pytest.mark.parametrize("declared", [True, False])
def test_the_size_cap_holds_with_and_without_a_declared_length(
    server: Server, declared: bool
) -> None:
    headers = {"Content-Type": "text/plain"}
    if not declared:
        headers["X-No-Length"] = "1"
    server.routes["/big"] = (200, headers, b"x" * 50_000, 0.0)
    with pytest.raises(FetchError, match="over the limit of 10,000 bytes") as caught:
        fetch(server.url("/big"), policy=LOCAL_ONLY, max_bytes=10_000)
    assert caught.value.kind == "size"


@pytest.mark.parametrize("content_type", ["application/octet-stream", "image/png", None])
def test_content_types_outside_the_allow_list_are_refused(
    server: Server, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.routes["/blob"] = (200, headers, b"\x00\x01", 0.0)
    with pytest.raises(FetchError, match="is not one that is read") as caught:
        fetch(server.url("/blob"), policy=LOCAL_ONLY)
    assert caught.value.kind == "type"
    assert "text/html" in PAGE_TYPES


def test_a_server_error_is_a_status_error(server: Server) -> None:
    server.routes["/down"] = (503, {"Content-Type": "text/html"}, b"busy", 0.0)
    with pytest.raises(FetchError, match="HTTP 503") as caught:
        fetch(server.url("/down"), policy=LOCAL_ONLY)
    assert (caught.value.kind, caught.value.status) == ("status", 503)


def test_a_slow_server_times_out(server: Server) -> None:
    server.routes["/slow"] = (200, {"Content-Type": "text/html"}, PAGE, 1.5)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out") as caught:
        fetch(server.url("/slow"), policy=LOCAL_ONLY, timeout=0.3)
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 1.4


def test_post_json_sends_the_body_and_refuses_private_targets(server: Server) -> None:
    server.routes["/hook"] = (204, {}, b"", 0.0)
    assert post_json(server.url("/hook"), b"{}", policy=LOCAL_ONLY) == 204
    assert server.requests[-1][0] == "POST"
    assert server.requests[-1][2]["Content-Type"] == "application/json"
    with pytest.raises(FetchError, match=re.escape("10.0.0.1 a private address")):
        post_json("http://10.0.0.1/hook", b"{}", policy=LOCAL_ONLY)
