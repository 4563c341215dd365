"""Delivering alerts: signatures, the webhook's retries, JSONL, and channels failing alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from localsite import Site
from watchkit import LOCAL_ONLY

from claimgraph.errors import FetchError
from claimgraph.monitor.delivery import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    Channel,
    ConsoleChannel,
    JsonlChannel,
    WebhookChannel,
    body_of,
    deliver,
    sign,
    verify,
)

ALERT = {
    "id": 1,
    "kind": "estimate-change",
    "actor_id": "isis-k",
    "summary": "estimate change: ISIS-K fighters 2,000 differs by 60%",
    "doc_id": "abc",
    "fingerprint": "f" * 32,
    "created_at": "2024-03-04T08:00:00",
    "details": {"change": 0.6, "note": "Kabul \u2013 Kunar"},
}


def test_signature_is_hmac_sha256_of_the_body() -> None:
    # The published HMAC-SHA256 example: key "key", the pangram.
    body = b"The quick brown fox jumps over the lazy dog"
    assert sign(body, "key") == (
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
    )


@pytest.mark.parametrize(
    ("body", "secret", "header", "valid"),
    [
        (b"{}", "s", sign(b"{}", "s"), True),
        (b"{ }", "s", sign(b"{}", "s"), False),
        (b"{}", "other", sign(b"{}", "s"), False),
        (b"{}", "s", None, False),
        (b"{}", "s", "sha256=", False),
    ],
)
def test_verify(body: bytes, secret: str, header: str | None, valid: bool) -> None:
    assert verify(body, secret, header) is valid


def _hook(site: Site, attempts: int = 4) -> tuple[WebhookChannel, list[float]]:
    pauses: list[float] = []
    channel = WebhookChannel(
        site.url("/hook"),
        secret="s3cret",
        attempts=attempts,
        policy=LOCAL_ONLY,
        sleep=pauses.append,
    )
    return channel, pauses


def test_webhook_retries_server_errors_with_doubling_pauses(site: Site) -> None:
    site.set("/hook", "", status=204, statuses=[500, 503])
    channel, pauses = _hook(site)
    channel.send(ALERT)
    posts = site.requests("/hook", method="POST")
    assert len(posts) == 3
    assert pauses == [0.5, 1.0]
    for post in posts:
        assert post.body == body_of(ALERT)
        assert verify(post.body, "s3cret", post.headers[SIGNATURE_HEADER])
        assert post.headers[EVENT_HEADER] == "estimate-change"
        assert post.headers[DELIVERY_HEADER] == "f" * 32
    assert json.loads(posts[0].body)["details"]["note"] == "Kabul \u2013 Kunar"


def test_webhook_gives_up_after_its_attempts(site: Site) -> None:
    site.set("/hook", "", status=500)
    channel, pauses = _hook(site, attempts=3)
    with pytest.raises(FetchError, match="HTTP 500"):
        channel.send(ALERT)
    assert len(site.requests("/hook", method="POST")) == 3
    assert pauses == [0.5, 1.0]


def test_a_client_error_is_not_retried(site: Site) -> None:
    site.set("/hook", "", status=400)
    channel, pauses = _hook(site)
    with pytest.raises(FetchError, match="HTTP 400"):
        channel.send(ALERT)
    assert len(site.requests("/hook", method="POST")) == 1
    assert pauses == []


def test_without_a_secret_no_signature_is_sent(site: Site) -> None:
    site.set("/hook", "", status=200)
    WebhookChannel(site.url("/hook"), policy=LOCAL_ONLY).send(ALERT)
    (post,) = site.requests("/hook", method="POST")
    assert SIGNATURE_HEADER not in post.headers


def test_a_webhook_to_a_private_address_is_refused_once_without_connecting() -> None:
    pauses: list[float] = []
    channel = WebhookChannel("http://10.0.0.1/hook", policy=LOCAL_ONLY, sleep=pauses.append)
    with pytest.raises(FetchError, match="a private address"):
        channel.send(ALERT)
    assert pauses == []


def test_one_failing_channel_does_not_stop_the_others(site: Site, tmp_path: Path) -> None:
    site.set("/hook", "", status=404)
    lines: list[str] = []
    path = tmp_path / "out" / "alerts.jsonl"
    channels: list[Channel] = [
        WebhookChannel(site.url("/hook"), policy=LOCAL_ONLY, sleep=lambda _s: None),
        JsonlChannel(path),
        ConsoleChannel(lines.append),
    ]
    outcome = deliver(ALERT, channels)
    assert outcome["webhook"].startswith("failed:") and "HTTP 404" in outcome["webhook"]
    assert (outcome["jsonl"], outcome["console"]) == ("ok", "ok")
    assert json.loads(path.read_text(encoding="utf-8")) == ALERT
    assert lines == ["[estimate-change] estimate change: ISIS-K fighters 2,000 differs by 60%"]
