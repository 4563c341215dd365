"""What keeps the web app safe to run: headers, write access, CSRF, body size, binding.

Articles are untrusted input, so pages never run inline script or style
(the Content-Security-Policy forbids both) and every text is escaped by the
templates. Writes need the token when ``CLAIMGRAPH_TOKEN`` is set: API clients
send ``Authorization: Bearer TOKEN``; people log in once with the token and
get a session cookie. Every form post also carries a CSRF token that must
equal the one in its cookie (double submit), so another site cannot post
forms to an analyst's local server.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "claimgraph_csrf"
CSRF_FIELD = "csrf_token"
SESSION_COOKIE = "claimgraph_session"

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class UnsafeBindError(ValueError):
    """Listening beyond this machine without a token would open writes to the network."""


def check_bind(host: str, token: str | None) -> None:
    """Refuse a non-loopback address unless writes are protected by a token."""
    if token or is_loopback(host):
        return
    raise UnsafeBindError(
        f"refusing to listen on {host} without CLAIMGRAPH_TOKEN: anyone who can reach it "
        "could write to the database; set CLAIMGRAPH_TOKEN or use 127.0.0.1"
    )


def is_loopback(host: str) -> bool:
    """True for addresses and names that only this machine can reach."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def session_value(token: str) -> str:
    """The session cookie for a token: derived from it, so it cannot be forged without it."""
    return hmac.new(token.encode(), b"claimgraph session v1", hashlib.sha256).hexdigest()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_token(request: Request) -> str:
    """The CSRF token for forms on this response (reused from the cookie when present)."""
    existing = request.cookies.get(CSRF_COOKIE)
    token = getattr(request.state, "csrf_token", None) or existing or new_csrf_token()
    request.state.csrf_token = token
    return token


def check_csrf(request: Request, submitted: str | None) -> None:
    """A form post must echo the token of its cookie."""
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise HTTPException(
            status_code=403,
            detail="the form is missing its security token or it has expired; "
            "reload the page and submit again",
        )


def bearer_ok(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip(), token)


def session_ok(request: Request, token: str) -> bool:
    cookie = request.cookies.get(SESSION_COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie, session_value(token))


def can_write(request: Request) -> bool:
    """True when this request may write (always, when no token is configured)."""
    token: str | None = request.app.state.token
    if not token:
        return True
    return bearer_ok(request, token) or session_ok(request, token)


def require_api_writer(request: Request) -> None:
    """API writes: the bearer token when the server has one, and never from another site.

    A bearer token cannot be sent by a page of another site, so it is enough.
    Without one (a session cookie, or a server without a token) the request
    must not come from another site's page: browsers say where a request comes
    from in ``Sec-Fetch-Site`` and ``Origin``, which pages cannot forge, while
    command-line clients send neither.
    """
    token: str | None = request.app.state.token
    if token and bearer_ok(request, token):
        return
    if token and not session_ok(request, token):
        raise HTTPException(
            status_code=401,
            detail="this server requires a token for writes: send Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
    check_same_origin(request)


def check_same_origin(request: Request) -> None:
    """Refuse a request that a browser says another site's page made."""
    site = request.headers.get("sec-fetch-site", "")
    origin = request.headers.get("origin")
    foreign_origin = origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}"
    if site in ("cross-site", "same-site") or foreign_origin:
        raise HTTPException(status_code=403, detail="writes from pages of other sites are refused")


class SecurityHeaders:
    """Adds the security headers to every response, and the CSRF cookie when one was issued."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() not in {name for name, _ in SECURITY_HEADERS}
                ]
                headers.extend(SECURITY_HEADERS)
                issued = scope.get("state", {}).get("csrf_token")
                if issued and issued != _cookie(scope, CSRF_COOKIE):
                    headers.append((b"set-cookie", _csrf_cookie(issued)))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _csrf_cookie(value: str) -> bytes:
    return f"{CSRF_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict".encode()


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                cookie_name, _, cookie_value = part.strip().partition("=")
                if cookie_name == name:
                    return cookie_value
    return None


class BodyTooLarge(Exception):
    """A request body went past the upload limit while it was being read."""


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413 and a sentence saying so.

    The declared Content-Length is checked first; bodies without one are
    counted as they arrive, so a chunked upload cannot get around the limit.
    """

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await self._refuse(scope, send, declared)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, send, received)

    async def _refuse(self, scope: Scope, send: Send, size: int) -> None:
        message = too_large_message(size, self.limit)
        wants_json = scope.get("path", "").startswith("/api/")
        if wants_json:
            import json

            body = json.dumps({"error": {"code": "E413", "message": message}}).encode()
            media_type = b"application/json"
        else:
            from html import escape

            body = (
                "<!doctype html><html lang=en><head><meta charset=utf-8>"
                "<title>Upload too large</title><link rel=stylesheet "
                'href="/static/claimgraph.css"></head><body><main class=page>'
                f"<h1>Upload too large</h1><p class=error>{escape(message)}</p>"
                '<p><a href="/ingest">Back to the ingest form</a></p></main></body></html>'
            ).encode()
            media_type = b"text/html; charset=utf-8"
        headers = [
            (b"content-type", media_type),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def too_large_message(size: int, limit: int) -> str:
    """The sentence a person sees when an upload is refused for its size."""
    return (
        f"the upload is {size:,} bytes, over the limit of {limit:,} bytes "
        "(CLAIMGRAPH_MAX_DOCUMENT_BYTES); split it into smaller files"
    )


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
