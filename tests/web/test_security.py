"""Escaping of untrusted text, the CSP, token-protected writes, CSRF, upload limits, binding."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from webkit import HOSTILE_NAME, TOKEN, XSS_OUTLET, XSS_TITLE, Store, csrf_of

from claimgraph.cli.app import app as cli
from claimgraph.config import Options
from claimgraph.web.app import create_app
from claimgraph.web.security import (
    CONTENT_SECURITY_POLICY,
    UnsafeBindError,
    check_bind,
    session_value,
)

PAYLOAD_MARKERS = ("<script>window.__pwned", "<img src=x onerror", "<svg onload", "<b onmouseover")


def _pages(store: Store) -> list[str]:
    hostile = store.hostile.document.id
    return [
        "/",
        f"/documents/{hostile}",
        "/documents",
        "/actors",
        "/actors/isis-k",
        "/actors/shadow-front",
        "/search?q=officials",
        "/search?q=Shadow",
        "/search?q=%3Cscript%3E",
    ]


def test_untrusted_text_is_escaped_on_every_page(client: TestClient, store: Store) -> None:
    for url in _pages(store):
        page = client.get(url)
        assert page.status_code == 200, url
        for marker in PAYLOAD_MARKERS:
            assert marker not in page.text, (url, marker)
    document = client.get(f"/documents/{store.hostile.document.id}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;Breaking" in document
    assert 'href="javascript:' not in document
    actor = client.get("/actors/isis-k").text
    assert "&lt;img src=x onerror=&#34;window.__pwned=5&#34;&gt;Shadow Front" in actor


def test_api_returns_untrusted_text_verbatim_as_json(client: TestClient, store: Store) -> None:
    document = client.get(f"/api/documents/{store.hostile.document.id}")
    assert document.headers["content-type"] == "application/json"
    assert document.json()["title"] == XSS_TITLE and document.json()["outlet"] == XSS_OUTLET
    assert client.get("/api/actors/shadow-front").json()["name"] == HOSTILE_NAME


@pytest.mark.parametrize("url", ["/", "/api/documents", "/static/claimgraph.css", "/nowhere"])
def test_security_headers_everywhere(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "unsafe-eval" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


class _InlineCode(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts, styles, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "script" and "src" not in names:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        self.found.extend(
            f"{tag}[{name}]" for name in names if name == "style" or name.startswith("on")
        )
        href = dict(attrs).get("href") or ""
        if href.strip().lower().startswith("javascript:"):
            self.found.append(f"{tag}[href=javascript:]")


def test_pages_have_no_inline_script_or_style(client: TestClient, store: Store) -> None:
    for url in [*_pages(store), "/ingest", "/login", "/api/docs"]:
        parser = _InlineCode()
        parser.feed(client.get(url).text)
        assert parser.found == [], url


def test_writes_need_the_token(guarded: TestClient) -> None:
    body = {"text": "Some text about al-Shabaab."}
    refused = guarded.post("/api/ingest", json=body)
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"] == "Bearer"
    assert "Bearer" in refused.json()["error"]["message"]
    wrong = guarded.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    empty = guarded.post(
        "/api/ingest", json={"text": ""}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert empty.status_code == 422  # past authentication: the document itself is refused


def test_form_writes_need_a_login(guarded: TestClient) -> None:
    token = csrf_of(guarded)
    assert "Log in" in guarded.get("/ingest").text
    refused = guarded.post("/ingest", data={"csrf_token": token, "text": "x"})
    assert refused.status_code == 401 and "log in" in refused.text
    csrf = csrf_of(guarded, "/login")
    bad = guarded.post("/login", data={"csrf_token": csrf, "token": "guess", "next": "/ingest"})
    assert bad.status_code == 401 and "not the server" in bad.text
    good = guarded.post(
        "/login",
        data={"csrf_token": csrf, "token": TOKEN, "next": "/ingest"},
        follow_redirects=False,
    )
    assert good.status_code == 303 and good.headers["location"] == "/ingest"
    assert guarded.cookies.get("claimgraph_session") == session_value(TOKEN)
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    nothing = guarded.post("/ingest", data={"csrf_token": csrf})
    assert nothing.status_code == 400 and "choose at least one file" in nothing.text
    assert "Log out" in guarded.get("/").text


def test_a_forged_session_cookie_is_not_a_login(guarded: TestClient) -> None:
    guarded.cookies.set("claimgraph_session", session_value("other-token"))
    csrf = csrf_of(guarded)
    assert guarded.post("/ingest", data={"csrf_token": csrf}).status_code == 401


@pytest.mark.parametrize("sent", [None, "", "not-the-cookie"])
def test_form_posts_need_the_csrf_token(client: TestClient, sent: str | None) -> None:
    csrf_of(client)
    data = {"text": "x"} if sent is None else {"text": "x", "csrf_token": sent}
    response = client.post("/ingest", data=data)
    assert response.status_code == 403
    assert "security token" in response.text


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}],
)
def test_api_writes_from_other_sites_are_refused(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post("/api/ingest", json={"text": "x"}, headers=headers)
    assert response.status_code == 403
    assert "other sites" in response.json()["error"]["message"]


def test_login_redirects_only_within_the_site(guarded: TestClient) -> None:
    csrf = csrf_of(guarded, "/login")
    response = guarded.post(
        "/login",
        data={"csrf_token": csrf, "token": TOKEN, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


@pytest.fixture
def small(store: Store) -> Iterator[TestClient]:
    options = Options(db=store.url, max_document_bytes=2_000)
    with TestClient(create_app(options, engine=store.engine)) as small_client:
        yield small_client


def test_uploads_over_the_limit_get_413_and_a_sentence(small: TestClient) -> None:
    big = b"x" * 200_000
    api = small.post("/api/ingest", files=[("files", ("big.txt", big, "text/plain"))])
    assert api.status_code == 413
    message = api.json()["error"]["message"]
    assert "over the limit" in message and "CLAIMGRAPH_MAX_DOCUMENT_BYTES" in message
    csrf = csrf_of(small)
    page = small.post(
        "/ingest",
        data={"csrf_token": csrf},
        files=[("files", ("big.txt", big, "text/plain"))],
    )
    assert page.status_code == 413
    assert "Upload too large" in page.text
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_a_file_over_the_document_limit_fails_alone(small: TestClient) -> None:
    response = small.post(
        "/api/ingest", files=[("files", ("long.txt", b"word " * 500, "text/plain"))]
    )
    assert response.status_code == 200
    (result,) = response.json()["results"]
    assert result["status"] == "failed" and result["name"] == "long.txt"
    assert "over the limit" in result["error"] and "claimgraph-upload" not in result["error"]


def test_originals_are_downloads_never_pages(client: TestClient, store: Store) -> None:
    from claimgraph.store.repository import save_original

    doc_id = store.hostile.document.id
    save_original(
        store.engine, doc_id, name="evil.html", media_type="text/html", data=b"<script>x</script>"
    )
    response = client.get(f"/documents/{doc_id}/original")
    assert response.headers["content-disposition"] == "attachment; filename*=UTF-8''evil.html"
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    ("host", "token", "allowed"),
    [
        ("127.0.0.1", None, True),
        ("127.0.0.2", None, True),
        ("::1", None, True),
        ("[::1]", None, True),
        ("localhost", None, True),
        ("0.0.0.0", None, False),
        ("::", None, False),
        ("192.168.1.20", None, False),
        ("analyst-box.example", None, False),
        ("0.0.0.0", "secret", True),
    ],
)
def test_binding_beyond_loopback_needs_a_token(host: str, token: str | None, allowed: bool) -> None:
    if allowed:
        check_bind(host, token)
    else:
        with pytest.raises(UnsafeBindError, match="CLAIMGRAPH_TOKEN"):
            check_bind(host, token)


def test_serve_refuses_a_public_address_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "0"])
    assert result.exit_code == 2
    assert "refusing to listen on 0.0.0.0" in result.output
