"""Follow feeds and folders: poll what is due, ingest what is new, back off on errors.

A watched source is an RSS/Atom feed URL or a folder. Each poll:

- feed: a conditional GET of the feed (``If-None-Match`` / ``If-Modified-Since``;
  a 304 ends the poll), then each item whose entry is new or was edited is
  fetched (conditionally again, for an edited entry) and ingested unless its
  bytes hash to what was stored before;
- folder: every file whose size or modification time changed is read, and
  ingested unless its bytes hash to what was stored before.

Documents go through :func:`claimgraph.workflow.ingest_documents`, which
skips any whose body is stored already (the same article in two feeds is
stored once). A source that fails (network, HTTP error, not a feed, a folder
gone) is polled again after a back-off that doubles with each failure in a
row; a success resets it. All of this is kept in the database, so a
restarted ``watch run`` resumes where the previous one stopped.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import ClaimgraphError, FetchError, InputError
from claimgraph.ingest.feeds import FeedItem, parse_feed
from claimgraph.ingest.fetch import (
    FEED_TYPES,
    PAGE_TYPES,
    Fetched,
    Policy,
    check_url,
    conditional_headers,
    fetch,
)
from claimgraph.ingest.reader import iter_files, parse_bytes, read_file
from claimgraph.model import Document
from claimgraph.monitor.delivery import Channel
from claimgraph.monitor.notify import Clock, utc_now, with_alerts
from claimgraph.store import monitoring
from claimgraph.workflow import IngestResult, ingest_documents

DEFAULT_EVERY = 15 * 60
MIN_EVERY = 60
MAX_BACKOFF = 24 * 3600
MAX_ITEMS_PER_POLL = 50
FEED_ACCEPT = FEED_TYPES | {"text/plain"}
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class PollReport:
    """What one poll of one source did."""

    source_id: int
    target: str
    status: str
    next_poll: datetime
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    error: str | None = None
    doc_ids: tuple[str, ...] = ()


@dataclass
class _Tally:
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0
    doc_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, results: Sequence[IngestResult]) -> None:
        for result in results:
            if result.status == "stored":
                self.stored += 1
                if result.doc_id:
                    self.doc_ids.append(result.doc_id)
            elif result.status == "unchanged":
                self.unchanged += 1
            else:
                self.failed += 1
                self.errors.append(f"{result.name}: {result.error}")


@dataclass(frozen=True)
class Poller:
    """Everything a poll needs besides the source: the store, settings and the fetch policy."""

    engine: Engine
    options: Options
    policy: Policy = field(default_factory=Policy)
    timeout: float = 10.0
    channels: Sequence[Channel] = ()
    clock: Clock = utc_now


# --- the pure parts ------------------------------------------------------------------


def parse_every(text: str | int | None) -> int:
    """``"15m"``, ``"2h"``, ``"90s"``, ``"1d"`` or seconds -> seconds (at least a minute)."""
    if text is None:
        return DEFAULT_EVERY
    if isinstance(text, int):
        seconds = text
    else:
        match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text.lower())
        if not match:
            raise InputError(f"{text!r} is not a period like 15m, 2h or 1d", subject="--every")
        seconds = int(match.group(1)) * _UNITS[match.group(2) or "s"]
    if seconds < MIN_EVERY:
        raise InputError(
            f"polling more often than every {MIN_EVERY} s is refused", subject="--every"
        )
    return seconds


def backoff_seconds(every: int, failures: int) -> int:
    """How long to wait after ``failures`` failures in a row: the period, doubled per failure.

    Capped at a day (or the period when that is longer), so a source that
    comes back is noticed within a day.
    """
    if failures <= 0:
        return every
    return min(every * 2 ** min(failures, 20), max(MAX_BACKOFF, every))


def classify_target(target: str) -> tuple[str, str]:
    """``("feed", url)`` for an http(s) URL, ``("folder", absolute path)`` for a folder."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", target):
        return "feed", str(check_url(target))
    path = Path(target).expanduser()
    if not path.is_dir():
        raise InputError("is neither an http(s) feed URL nor a folder", subject=target)
    return "folder", str(path.resolve())


def content_hash(data: bytes) -> str:
    """The hash items are compared by."""
    return hashlib.sha256(data).hexdigest()


def file_signature(path: Path) -> str:
    """Size and modification time: a changed file shows a new signature."""
    stat = path.stat()
    return f"{stat.st_mtime_ns}:{stat.st_size}"


# --- adding and polling ----------------------------------------------------------------


def add_source(
    engine: Engine,
    target: str,
    *,
    outlet: str | None = None,
    every: str | int | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Watch a feed URL or folder, due at once."""
    kind, normalised = classify_target(target)
    return monitoring.add_source(
        engine,
        kind=kind,
        target=normalised,
        outlet=outlet,
        every_seconds=parse_every(every),
        now=now or utc_now(),
    )


def run_once(poller: Poller) -> tuple[list[PollReport], list[dict[str, Any]]]:
    """Poll every due source once; the reports and the alerts delivered."""
    due = monitoring.due_sources(poller.engine, poller.clock())
    if not due:
        return [], []
    return with_alerts(
        poller.engine,
        lambda: [poll_source(poller, source) for source in due],
        channels=poller.channels,
        clock=poller.clock,
    )


def run_forever(
    poller: Poller,
    *,
    stop: threading.Event,
    on_poll: Callable[[list[PollReport], list[dict[str, Any]]], None] | None = None,
    max_sleep: float = 60.0,
) -> None:
    """Poll due sources until ``stop`` is set, sleeping until the next one is due."""
    while not stop.is_set():
        reports, alerts = run_once(poller)
        if on_poll is not None and (reports or alerts):
            on_poll(reports, alerts)
        stop.wait(_seconds_to_next(poller, max_sleep))


def _seconds_to_next(poller: Poller, max_sleep: float) -> float:
    sources = monitoring.list_sources(poller.engine)
    if not sources:
        return max_sleep
    soonest = min(source["next_poll"] for source in sources)
    return max(1.0, min(max_sleep, (soonest - poller.clock()).total_seconds()))


def poll_source(poller: Poller, source: dict[str, Any]) -> PollReport:
    """Poll one source and write its new schedule; errors become a failed report."""
    now = poller.clock()
    tally = _Tally()
    try:
        if source["kind"] == "feed":
            status, validators = _poll_feed(poller, source, tally)
        else:
            status, validators = _poll_folder(poller, source, tally), {}
    except ClaimgraphError as exc:
        failures = int(source["failures"]) + 1
        next_poll = now + timedelta(seconds=backoff_seconds(source["every_seconds"], failures))
        monitoring.record_poll(
            poller.engine,
            source["id"],
            last_polled=now,
            next_poll=next_poll,
            failures=failures,
            last_error=str(exc),
        )
        return PollReport(source["id"], source["target"], "failed", next_poll, error=str(exc))
    next_poll = now + timedelta(seconds=source["every_seconds"])
    monitoring.record_poll(
        poller.engine,
        source["id"],
        last_polled=now,
        next_poll=next_poll,
        failures=0,
        last_error="; ".join(tally.errors)[:2000] or None,
        **validators,
    )
    return PollReport(
        source["id"],
        source["target"],
        status,
        next_poll,
        stored=tally.stored,
        unchanged=tally.unchanged,
        failed=tally.failed,
        skipped=tally.skipped,
        error="; ".join(tally.errors) or None,
        doc_ids=tuple(tally.doc_ids),
    )


def _validators(fetched: Fetched) -> dict[str, str | None]:
    return {
        "etag": fetched.headers.get("etag"),
        "last_modified": fetched.headers.get("last-modified"),
    }


def _poll_feed(
    poller: Poller, source: dict[str, Any], tally: _Tally
) -> tuple[str, dict[str, str | None]]:
    """Fetch the feed conditionally and take its new or edited items."""
    fetched = fetch(
        source["target"],
        headers=conditional_headers(source["etag"], source["last_modified"]),
        accept=FEED_ACCEPT,
        timeout=poller.timeout,
        policy=poller.policy,
    )
    if fetched.not_modified:
        return "not-modified", {}
    feed = parse_feed(fetched.content, base_url=fetched.final_url)
    seen = monitoring.source_items(poller.engine, source["id"])
    for item in feed.items[:MAX_ITEMS_PER_POLL]:
        known = seen.get(item.url)
        if known is not None and known["signature"] == item.signature:
            tally.skipped += 1
            continue
        _take_item(poller, source, item, known, tally)
    return "ok", _validators(fetched)


def _take_item(
    poller: Poller,
    source: dict[str, Any],
    item: FeedItem,
    known: dict[str, Any] | None,
    tally: _Tally,
) -> None:
    """Fetch one item's page; ingest it unless it is unchanged (304 or same bytes).

    A page that cannot be fetched is counted and left unrecorded, so the
    next poll tries it again; it does not back off the whole feed.
    """
    headers = conditional_headers(known["etag"], known["last_modified"]) if known else {}
    try:
        page = fetch(
            item.url,
            headers=headers,
            accept=PAGE_TYPES,
            timeout=poller.timeout,
            max_bytes=poller.options.max_document_bytes,
            policy=poller.policy,
        )
    except FetchError as exc:
        tally.failed += 1
        tally.errors.append(str(exc))
        return
    now = poller.clock()
    if page.not_modified:
        tally.unchanged += 1
        monitoring.save_item(
            poller.engine, source["id"], item.url, signature=item.signature, seen_at=now
        )
        return
    digest = content_hash(page.content)
    record: dict[str, Any] = {
        "signature": item.signature,
        "content_hash": digest,
        "seen_at": now,
        **_validators(page),
    }
    if known is not None and known["content_hash"] == digest:
        tally.unchanged += 1
        monitoring.save_item(poller.engine, source["id"], item.url, **record)
        return
    documents = [
        _with_item(document, item, source, page.final_url)
        if isinstance(document, Document)
        else document
        for document in parse_bytes(page.content, name=item.url)
    ]
    results = ingest_documents(documents, engine=poller.engine, options=poller.options)
    tally.add(results)
    if any(result.status == "failed" for result in results):
        return
    record["doc_id"] = next((result.doc_id for result in results if result.doc_id), None)
    monitoring.save_item(poller.engine, source["id"], item.url, **record)


def _with_item(document: Document, item: FeedItem, source: dict[str, Any], url: str) -> Document:
    """Fill what the page left out from the feed entry and the source settings."""
    return replace(
        document,
        url=document.url or url,
        title=document.title or item.title,
        published=document.published or item.published,
        outlet=source["outlet"] or document.outlet,
    )


def _poll_folder(poller: Poller, source: dict[str, Any], tally: _Tally) -> str:
    """Ingest files that are new or changed since the last poll."""
    root = Path(source["target"])
    if not root.is_dir():
        raise InputError("the watched folder is gone or not a folder", subject=str(root))
    seen = monitoring.source_items(poller.engine, source["id"])
    for path in iter_files([root]):
        key = str(path)
        try:
            signature = file_signature(path)
            known = seen.get(key)
            if known is not None and known["signature"] == signature:
                tally.skipped += 1
                continue
            digest = content_hash(path.read_bytes())
        except OSError as exc:
            tally.failed += 1
            tally.errors.append(f"{key}: {exc.strerror or exc}")
            continue
        record = {"signature": signature, "content_hash": digest, "seen_at": poller.clock()}
        if known is not None and known["content_hash"] == digest:
            tally.unchanged += 1
            monitoring.save_item(poller.engine, source["id"], key, **record)
            continue
        items = [
            replace(item, outlet=source["outlet"] or item.outlet)
            if isinstance(item, Document)
            else item
            for item in read_file(path, max_bytes=poller.options.max_document_bytes)
        ]
        results = ingest_documents(items, engine=poller.engine, options=poller.options)
        tally.add(results)
        record["doc_id"] = next((result.doc_id for result in results if result.doc_id), None)
        monitoring.save_item(poller.engine, source["id"], key, **record)
    return "ok"
