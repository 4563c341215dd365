"""Deliver recorded alerts: to the console, a JSONL file, and a webhook.

Every channel takes the same alert dict (as :func:`alert_payload` builds
it) and returns ``"ok"`` or raises; :func:`deliver` runs all channels and
reports each one's outcome, so one broken channel never stops the others.

Webhooks are an HTTP POST of the JSON body through the safe fetcher (the
same address rules as fetching pages). With a secret, the body is signed:
``X-Claimgraph-Signature: sha256=<hex HMAC-SHA256 of the exact body>``; the
receiver recomputes it over the bytes it got. Failed posts (network errors,
timeouts, HTTP 429 and 5xx) are retried with doubling pauses; other 4xx are
not, since sending the same body again cannot fix them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from claimgraph.errors import FetchError
from claimgraph.ingest.fetch import Policy, post_json

SIGNATURE_HEADER = "X-Claimgraph-Signature"
EVENT_HEADER = "X-Claimgraph-Event"
DELIVERY_HEADER = "X-Claimgraph-Delivery"
RETRYABLE_KINDS = frozenset({"network", "timeout"})


class Channel(Protocol):
    """Somewhere alerts go."""

    name: str

    def send(self, alert: Mapping[str, Any]) -> None:
        """Deliver one alert or raise."""


def alert_payload(alert_id: int, record: Mapping[str, Any], created_at: str) -> dict[str, Any]:
    """The JSON object every channel receives for one alert."""
    return {
        "id": alert_id,
        "kind": record["kind"],
        "actor_id": record["actor_id"],
        "summary": record["summary"],
        "doc_id": record.get("doc_id"),
        "fingerprint": record["fingerprint"],
        "created_at": created_at,
        "details": record.get("details") or {},
    }


def body_of(alert: Mapping[str, Any]) -> bytes:
    """The exact bytes posted (and signed): compact, keys sorted, UTF-8."""
    return json.dumps(
        alert, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    ).encode("utf-8")


def sign(body: bytes, secret: str) -> str:
    """The signature header value for ``body``."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """True when ``header`` is the signature of ``body`` (constant-time comparison)."""
    return bool(header) and hmac.compare_digest(sign(body, secret), str(header))


@dataclass
class ConsoleChannel:
    """Calls ``write`` with one line per alert (the CLI prints it)."""

    write: Callable[[str], None]
    name: str = "console"

    def send(self, alert: Mapping[str, Any]) -> None:
        self.write(f"[{alert['kind']}] {alert['summary']}")


@dataclass
class JsonlChannel:
    """Appends one JSON object per alert to a file (created with its folder)."""

    path: Path
    name: str = "jsonl"

    def send(self, alert: Mapping[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(alert, ensure_ascii=False, default=str) + "\n")


@dataclass
class WebhookChannel:
    """POSTs each alert as JSON, signed when ``secret`` is set, retried with back-off."""

    url: str
    secret: str | None = None
    attempts: int = 4
    pause: float = 0.5
    policy: Policy = field(default_factory=Policy)
    timeout: float = 10.0
    sleep: Callable[[float], None] = time.sleep
    name: str = "webhook"

    def send(self, alert: Mapping[str, Any]) -> None:
        body = body_of(alert)
        headers = {EVENT_HEADER: str(alert["kind"]), DELIVERY_HEADER: str(alert["fingerprint"])}
        if self.secret:
            headers[SIGNATURE_HEADER] = sign(body, self.secret)
        for attempt in range(self.attempts):
            try:
                post_json(self.url, body, headers=headers, policy=self.policy, timeout=self.timeout)
                return
            except FetchError as exc:
                if not retryable(exc) or attempt == self.attempts - 1:
                    raise
                self.sleep(self.pause * 2**attempt)


def retryable(error: FetchError) -> bool:
    """Worth another try: the network, a timeout, or the server saying 429 or 5xx."""
    if error.kind in RETRYABLE_KINDS:
        return True
    return (
        error.kind == "status"
        and error.status is not None
        and (error.status == 429 or error.status >= 500)
    )


def deliver(alert: Mapping[str, Any], channels: Iterable[Channel]) -> dict[str, str]:
    """Send one alert on every channel; each channel's outcome (``ok`` or the error)."""
    outcome: dict[str, str] = {}
    for channel in channels:
        try:
            channel.send(alert)
            outcome[channel.name] = "ok"
        except (FetchError, OSError) as exc:
            outcome[channel.name] = f"failed: {exc}"
    return outcome
