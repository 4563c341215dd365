"""Fetch a URL without letting it reach places it should not: the one fetcher.

Everything that downloads (``claimgraph fetch``, the monitor's feeds and
pages, webhooks, the web form) goes through :func:`fetch` or
:func:`post_json`, so the rules are the same everywhere:

- only ``http`` and ``https``; no credentials in the URL;
- the host is resolved first and *every* address it resolves to is checked
  (:func:`address_refusal`): loopback, private, link-local, multicast and
  other non-public addresses are refused unless ``allow_private`` is set;
- the connection is then made to the checked address itself (the host name
  travels in the ``Host`` header and TLS SNI), so a second DNS answer cannot
  swap in another address between the check and the connect (DNS rebinding);
- redirects are followed by hand, each hop checked again like the first;
- connect and read timeouts, an overall deadline, a size cap enforced while
  streaming, and an allow-list of content types.

Each refusal is a :class:`~claimgraph.errors.FetchError` whose ``kind``
names the rule and whose message says what to do about it.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from claimgraph.errors import FetchError

Resolver = Callable[[str, int], Sequence[str]]

DEFAULT_TIMEOUT = 10.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_DEADLINE = 60.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "claimgraph/0.1"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PAGE_TYPES: frozenset[str] = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "application/pdf",
    }
)
FEED_TYPES: frozenset[str] = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
ALLOW_HINT = "pass --allow-private to fetch from it"


@dataclass(frozen=True)
class Fetched:
    """A response that passed every check: where it came from and what it holds."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    content_type: str

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request (no body)."""
        return self.status == 304


@dataclass(frozen=True)
class Policy:
    """Which addresses may be reached, and how host names are resolved.

    ``allowed_networks`` admits named networks even without ``allow_private``
    (tests admit 127.0.0.1 only, so a redirect to 10.0.0.1 is still refused);
    ``resolver`` replaces DNS, for tests that must never touch the network.
    """

    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()
    resolver: Resolver | None = None


@dataclass(frozen=True)
class _Limits:
    timeout: float
    connect_timeout: float
    deadline: float
    max_bytes: int
    accept: Collection[str] | None
    started: float = field(default_factory=time.monotonic)


# --- the pure decisions ----------------------------------------------------------


def address_refusal(
    address: str, *, allow_private: bool = False, allowed_networks: Sequence[str] = ()
) -> str | None:
    """Why ``address`` may not be connected to, or None when it may.

    An IPv4 address written as IPv6 (``::ffff:10.0.0.1``) is judged as the
    IPv4 address it is. Unspecified and multicast addresses are refused even
    with ``allow_private``: no web server answers there.
    """
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in ipaddress.ip_network(network, strict=False) for network in allowed_networks):
        return None
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if allow_private:
        return None
    for reason, flag in (
        ("a loopback address", ip.is_loopback),
        ("a link-local address", ip.is_link_local),
        ("a private address", ip.is_private),
        ("a reserved address", ip.is_reserved),
        ("not a public address", not ip.is_global),
    ):
        if flag:
            return reason
    return None


def check_url(url: str) -> httpx.URL:
    """The URL parsed, or a FetchError when its scheme, host or form is refused."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"not a valid URL ({exc})", subject=url, kind="scheme") from exc
    if parsed.scheme not in ("http", "https"):
        scheme = parsed.scheme or "none"
        raise FetchError(
            f"only http and https URLs are fetched, not {scheme}", subject=url, kind="scheme"
        )
    if not parsed.host:
        raise FetchError("the URL names no host", subject=url, kind="scheme")
    if parsed.userinfo:
        raise FetchError(
            "URLs with a user name or password are refused", subject=url, kind="scheme"
        )
    return parsed


def is_ip_literal(host: str) -> bool:
    """True when ``host`` is an address, not a name to resolve."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


# --- resolving and checking ----------------------------------------------------------


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (TCP), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def checked_addresses(url: httpx.URL, policy: Policy) -> list[str]:
    """The addresses to connect to for ``url``, after every one of them passed the guard.

    One refused address refuses the host: a name that resolves to a public
    and a private address is a classic way around a check of only the first.
    """
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    if is_ip_literal(host):
        addresses = [host]
    else:
        resolver = policy.resolver or system_resolver
        try:
            addresses = list(resolver(host, port))
        except OSError as exc:
            raise FetchError(
                f"cannot resolve {host} ({exc})", subject=str(url), kind="resolve"
            ) from exc
        if not addresses:
            raise FetchError(f"{host} resolves to no address", subject=str(url), kind="resolve")
    for address in addresses:
        reason = address_refusal(
            address,
            allow_private=policy.allow_private,
            allowed_networks=policy.allowed_networks,
        )
        if reason is not None:
            where = address if address == host else f"{host} resolves to {address},"
            raise FetchError(
                f"refused: {where} {reason}; {ALLOW_HINT}", subject=str(url), kind="address"
            )
    return addresses


# --- talking to the server -------------------------------------------------------------


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    headers: Mapping[str, str] | None = None,
    accept: Collection[str] | None = PAGE_TYPES,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    deadline: float = DEFAULT_DEADLINE,
    max_redirects: int = MAX_REDIRECTS,
    policy: Policy | None = None,
) -> Fetched:
    """GET ``url`` under every rule of this module; a 304 comes back as ``not_modified``.

    ``headers`` adds request headers (``If-None-Match``, ``If-Modified-Since``);
    ``accept`` lists the media types taken (None takes any); ``policy``
    overrides ``allow_private`` with finer settings.
    """
    policy = policy or Policy(allow_private=allow_private)
    limits = _Limits(timeout, connect_timeout, deadline, max_bytes, accept)
    current = check_url(url)
    with _client(limits) as client:
        for hop in range(max_redirects + 1):
            response = _send_hop(
                client, current, policy, headers or {}, origin=url if hop else None
            )
            try:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUSES and location:
                    current = _next_hop(current, location, url)
                    continue
                return _finish(url, current, response, limits)
            finally:
                response.close()
    raise FetchError(f"more than {max_redirects} redirects", subject=url, kind="redirect")


def post_json(
    url: str,
    body: bytes,
    *,
    headers: Mapping[str, str] | None = None,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    policy: Policy | None = None,
) -> int:
    """POST a JSON body under the same address rules; the HTTP status, redirects not followed.

    A 2xx status is returned; anything else is a FetchError (``status`` set),
    so callers can decide which failures are worth another try.
    """
    policy = policy or Policy(allow_private=allow_private)
    limits = _Limits(timeout, connect_timeout, DEFAULT_DEADLINE, 64 * 1024, None)
    target = check_url(url)
    sent = {"Content-Type": "application/json", **(headers or {})}
    with _client(limits) as client:
        response = _send(client, "POST", target, policy, sent, body)
        try:
            _read_capped(response, str(target), limits)
        finally:
            response.close()
        if not 200 <= response.status_code < 300:
            raise FetchError(
                f"the server answered HTTP {response.status_code}",
                subject=url,
                kind="status",
                status=response.status_code,
            )
        return response.status_code


def _client(limits: _Limits) -> httpx.Client:
    """A client that ignores proxy settings from the environment (they would bypass the guard)."""
    return httpx.Client(
        timeout=httpx.Timeout(limits.timeout, connect=limits.connect_timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
    )


def _send(
    client: httpx.Client,
    method: str,
    url: httpx.URL,
    policy: Policy,
    headers: Mapping[str, str],
    body: bytes | None,
) -> httpx.Response:
    """Send to the first checked address that accepts a connection; the response is streamed."""
    addresses = checked_addresses(url, policy)
    last: httpx.TransportError | None = None
    for address in addresses:
        request = client.build_request(
            method,
            url.copy_with(host=address),
            headers={"Host": _host_header(url), **headers},
            content=body,
            extensions={"sni_hostname": url.host} if url.scheme == "https" else {},
        )
        try:
            return client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"timed out connecting or waiting for an answer ({exc.__class__.__name__})",
                subject=str(url),
                kind="timeout",
            ) from exc
        except httpx.ConnectError as exc:
            last = exc
        except httpx.TransportError as exc:
            raise FetchError(f"network error ({exc})", subject=str(url), kind="network") from exc
    raise FetchError(f"cannot connect ({last})", subject=str(url), kind="network") from last


def _send_hop(
    client: httpx.Client,
    url: httpx.URL,
    policy: Policy,
    headers: Mapping[str, str],
    *,
    origin: str | None,
) -> httpx.Response:
    """GET one hop; an address refused after a redirect from ``origin`` is the redirect's fault."""
    try:
        return _send(client, "GET", url, policy, headers, None)
    except FetchError as exc:
        if origin is None or exc.kind not in ("address", "resolve"):
            raise
        raise FetchError(
            f"redirected to {url}: {exc.reason}", subject=origin, kind="redirect"
        ) from exc


def _host_header(url: httpx.URL) -> str:
    """``host[:port]`` as the client would have sent it (IPv6 in brackets)."""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{host}:{url.port}" if url.port else host


def _next_hop(current: httpx.URL, location: str, original: str) -> httpx.URL:
    """The redirect target, checked like a URL given by the user."""
    try:
        target = current.join(location)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(
            f"redirect to an invalid URL {location!r}", subject=original, kind="redirect"
        ) from exc
    try:
        return check_url(str(target))
    except FetchError as exc:
        raise FetchError(
            f"redirected to {target}: {exc.reason}", subject=original, kind="redirect"
        ) from exc


def _finish(original: str, url: httpx.URL, response: httpx.Response, limits: _Limits) -> Fetched:
    """Check the status and type, read the body under the cap, build the result."""
    status = response.status_code
    content_type = media_type(response.headers.get("content-type"))
    if status == 304:
        content = b""
    elif 200 <= status < 300:
        if limits.accept is not None and content_type not in limits.accept:
            raise FetchError(
                f"content type {content_type or 'none'} is not one that is read "
                f"({', '.join(sorted(limits.accept))})",
                subject=str(url),
                kind="type",
            )
        content = _read_capped(response, str(url), limits)
    else:
        raise FetchError(
            f"the server answered HTTP {status}", subject=str(url), kind="status", status=status
        )
    return Fetched(
        url=original,
        final_url=str(url),
        status=status,
        headers={name.lower(): value for name, value in response.headers.items()},
        content=content,
        content_type=content_type,
    )


def media_type(header: str | None) -> str:
    """``text/html; charset=utf-8`` -> ``text/html``; empty when there is no header."""
    return (header or "").split(";", 1)[0].strip().lower()


def _read_capped(response: httpx.Response, url: str, limits: _Limits) -> bytes:
    """The body, stopped as soon as it passes the size cap or the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_big(url, limits.max_bytes)
    body = bytearray()
    try:
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > limits.max_bytes:
                raise _too_big(url, limits.max_bytes)
            if time.monotonic() - limits.started > limits.deadline:
                raise FetchError(
                    f"took longer than {limits.deadline:g} s", subject=url, kind="timeout"
                )
    except httpx.TimeoutException as exc:
        raise FetchError("timed out reading the answer", subject=url, kind="timeout") from exc
    except httpx.TransportError as exc:
        raise FetchError(f"network error ({exc})", subject=url, kind="network") from exc
    return bytes(body)


def _too_big(url: str, limit: int) -> FetchError:
    return FetchError(f"the answer is over the limit of {limit:,} bytes", subject=url, kind="size")


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Request headers that let an unchanged resource answer 304."""
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def describe(fetched: Fetched) -> dict[str, Any]:
    """A short dict of a response for logs and command output."""
    return {
        "url": fetched.url,
        "final_url": fetched.final_url,
        "status": fetched.status,
        "content_type": fetched.content_type,
        "bytes": len(fetched.content),
    }
