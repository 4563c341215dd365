"""Watching feeds and folders against a real local site and a real store."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from localsite import Site
from sqlalchemy import Engine
from watchkit import LOCAL_ONLY, START, Clock, page, rss

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.monitor.delivery import SIGNATURE_HEADER, JsonlChannel, WebhookChannel, verify
from claimgraph.monitor.notify import watch_actor_id
from claimgraph.monitor.watch import (
    Poller,
    PollReport,
    add_source,
    backoff_seconds,
    classify_target,
    parse_every,
    run_once,
)
from claimgraph.store import monitoring
from claimgraph.store.database import create_db_engine
from claimgraph.store.queries import counts

SECRET = "s3cret"
DAY1, DAY2, DAY3 = (
    "Mon, 04 Mar 2024 06:00:00 GMT",
    "Tue, 05 Mar 2024 06:00:00 GMT",
    "Wed, 06 Mar 2024 06:00:00 GMT",
)


# --- the pure parts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900), ("2h", 7200), ("1d", 86400), ("90s", 90), ("600", 600), (None, 900)],
)
def test_parse_every(text: str | None, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["10s", "soon", "5 minutes", "-1m"])
def test_parse_every_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_every(text)


@pytest.mark.parametrize(
    ("every", "failures", "wait"),
    [
        (900, 0, 900),
        (900, 1, 1800),
        (900, 2, 3600),
        (900, 3, 7200),
        (900, 10, 86400),
        (172800, 3, 172800),
    ],
)
def test_backoff_doubles_per_failure_up_to_a_day(every: int, failures: int, wait: int) -> None:
    assert backoff_seconds(every, failures) == wait


def test_classify_target(tmp_path: Path) -> None:
    assert classify_target("https://news.example/feed.xml") == (
        "feed",
        "https://news.example/feed.xml",
    )
    assert classify_target(str(tmp_path)) == ("folder", str(tmp_path.resolve()))
    with pytest.raises(InputError, match="neither"):
        classify_target(str(tmp_path / "missing"))
    with pytest.raises(InputError, match="only http and https"):
        classify_target("file:///etc/passwd")


# --- a feed that changes between polls ------------------------------------------------------


def _poller(engine: Engine, site: Site, clock: Clock, jsonl: Path) -> Poller:
    webhook = WebhookChannel(
        site.url("/hook"), secret=SECRET, policy=LOCAL_ONLY, sleep=lambda _seconds: None
    )
    return Poller(
        engine,
        Options(),
        policy=LOCAL_ONLY,
        timeout=5.0,
        channels=[webhook, JsonlChannel(jsonl)],
        clock=clock,
    )


def _posted(site: Site) -> list[dict[str, object]]:
    """Webhook bodies received since the last clear, each checked against its signature."""
    bodies = []
    for hit in site.requests("/hook", method="POST"):
        assert verify(hit.body, SECRET, hit.headers.get(SIGNATURE_HEADER)), "bad signature"
        bodies.append(json.loads(hit.body))
    return bodies


def _gets(site: Site) -> list[str]:
    return [hit.path for hit in site.requests(method="GET")]


def test_feed_polls_ingest_new_items_once_skip_unchanged_back_off_and_alert(
    engine: Engine, db_path: str, site: Site, clock: Clock, tmp_path: Path
) -> None:
    jsonl = tmp_path / "alerts.jsonl"
    site.set("/hook", "", status=204)
    site.set("/a1", page("a1"))  # no validators: an edit is caught by its hash
    site.set("/a2", page("a2"), etag='"a2-v1"')
    site.set("/a3", page("a3"), etag='"a3-v1"')
    site.set("/a4", page("a1"))  # the first article again, under another address
    first = [("/a1", "Counting fighters", DAY1), ("/a2", "Accusation", DAY2)]
    site.set("/feed", rss(site, first), content_type="application/rss+xml", etag='"f1"')
    monitoring.add_watch(
        engine,
        actor="ISIS-K",
        actor_id=watch_actor_id(engine, "ISIS-K"),
        events=["new-claim", "estimate-change", "new-relation", "dispute"],
        threshold=0.25,
        now=START,
    )
    monitoring.add_watch(
        engine,
        actor="Taliban",
        actor_id=watch_actor_id(engine, "Taliban"),
        events=["dispute"],
        threshold=0.25,
        now=START,
    )
    source = add_source(engine, site.url("/feed"), outlet="Test Wire", every="15m", now=START)

    # 1. Both items are new: fetched, stored, alerted (ISIS-K: three new claims).
    reports, alerts = run_once(_poller(engine, site, clock, jsonl))
    assert [(r.status, r.stored, r.unchanged, r.skipped) for r in reports] == [("ok", 2, 0, 0)]
    assert _gets(site) == ["/feed", "/a1", "/a2"]
    posted = _posted(site)
    assert Counter(p["kind"] for p in posted) == {"new-claim": 3}
    assert {p["actor_id"] for p in posted} == {"isis-k"}
    assert any("4,000" in str(p["summary"]) for p in posted)
    assert counts(engine)["documents"] == 2
    site.clear()

    # 2. Fifteen minutes on, the feed has not changed: a conditional GET, 304, nothing else.
    clock.advance(15)
    reports, alerts = run_once(_poller(engine, site, clock, jsonl))
    assert [r.status for r in reports] == ["not-modified"]
    assert _gets(site) == ["/feed"]
    assert site.requests("/feed")[0].headers["If-None-Match"] == '"f1"'
    assert alerts == [] and _posted(site) == []
    site.clear()

    # 3. A restart (new engine, new poller): the state comes from the database. The feed
    # edited two entries (a1: same bytes; a2: 304), added a3, and a4 is a1's text again.
    clock.advance(15)
    second = [
        ("/a1", "Counting fighters (updated)", DAY1),
        ("/a2", "Accusation (updated)", DAY2),
        ("/a3", "A smaller estimate", DAY3),
        ("/a4", "Counting fighters, copied", DAY3),
    ]
    site.set("/feed", rss(site, second), content_type="application/rss+xml", etag='"f2"')
    restarted = create_db_engine(db_path)
    reports, alerts = run_once(_poller(restarted, site, clock, jsonl))
    assert [(r.status, r.stored, r.unchanged, r.skipped) for r in reports] == [("ok", 1, 3, 0)]
    assert sorted(_gets(site)) == ["/a1", "/a2", "/a3", "/a4", "/feed"]
    assert site.requests("/a2")[0].headers["If-None-Match"] == '"a2-v1"'
    assert counts(restarted)["documents"] == 3  # a4 was a1 again: stored once
    posted = _posted(site)
    assert sorted((p["kind"], p["actor_id"]) for p in posted) == [
        ("dispute", "isis-k"),
        ("dispute", "taliban"),
        ("estimate-change", "isis-k"),
    ]
    change = next(p for p in posted if p["kind"] == "estimate-change")
    assert "2,000" in str(change["summary"]) and "60%" in str(change["summary"])
    assert change["details"]["citations"][0]["sentence"].startswith("ISIS-K has about 2,000")  # type: ignore[index]
    denial = next(p for p in posted if p["actor_id"] == "taliban")
    assert "denied" in str(denial["summary"]).lower() or "denial" in str(denial["summary"])
    site.clear()

    # 4. The feed changes its validator but not its entries: every item is skipped unfetched.
    clock.advance(15)
    site.set("/feed", rss(site, second), content_type="application/rss+xml", etag='"f3"')
    reports, alerts = run_once(_poller(restarted, site, clock, jsonl))
    assert [(r.status, r.stored, r.skipped) for r in reports] == [("ok", 0, 4)]
    assert _gets(site) == ["/feed"] and _posted(site) == []
    site.clear()

    # 5. A server error backs off: not polled at the next period, polled after twice that.
    clock.advance(15)
    site.routes["/feed"].statuses = [500]
    reports, _ = run_once(_poller(restarted, site, clock, jsonl))
    assert [r.status for r in reports] == ["failed"]
    assert "HTTP 500" in (reports[0].error or "")
    state = monitoring.get_source(restarted, source["id"])
    assert state["failures"] == 1
    assert state["next_poll"] == clock.now + timedelta(minutes=30)
    site.clear()
    clock.advance(15)
    assert run_once(_poller(restarted, site, clock, jsonl)) == ([], [])
    assert _gets(site) == []
    clock.advance(15)
    reports, _ = run_once(_poller(restarted, site, clock, jsonl))
    assert [r.status for r in reports] == ["not-modified"]
    assert monitoring.get_source(restarted, source["id"])["failures"] == 0

    # Every alert was recorded once, and written to the JSONL file once.
    recorded = monitoring.list_alerts(restarted)
    assert len(recorded) == 6
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["id"] for line in lines) == sorted(row["id"] for row in recorded)
    assert all(row["delivery"] == {"webhook": "ok", "jsonl": "ok"} for row in recorded)
    restarted.dispose()


def test_a_feed_that_is_not_a_feed_backs_off(engine: Engine, site: Site, clock: Clock) -> None:
    site.set("/feed", "<html><body>Not a feed</body></html>", content_type="text/xml")
    add_source(engine, site.url("/feed"), every="15m", now=clock.now)
    reports, _ = run_once(Poller(engine, Options(), policy=LOCAL_ONLY, clock=clock))
    assert reports[0].status == "failed"
    assert "not an RSS or Atom feed" in (reports[0].error or "")


def test_a_feed_on_a_loopback_address_is_refused_without_allow_private(
    engine: Engine, site: Site, clock: Clock
) -> None:
    site.set("/feed", rss(site, []), content_type="application/rss+xml")
    add_source(engine, site.url("/feed"), now=clock.now)
    reports, _ = run_once(Poller(engine, Options(), clock=clock))
    assert reports[0].status == "failed"
    assert "a loopback address" in (reports[0].error or "")
    assert site.hits == []


# --- a folder --------------------------------------------------------------------------------


def test_folder_polls_take_new_and_changed_files_only(
    engine: Engine, clock: Clock, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.html").write_text(page("a1"), encoding="utf-8")
    add_source(engine, str(folder), outlet="Inbox", every="1h", now=clock.now)
    poller = Poller(engine, Options(), clock=clock)

    reports, _ = run_once(poller)
    assert [(r.stored, r.unchanged, r.skipped) for r in reports] == [(1, 0, 0)]

    clock.advance(60)
    reports, _ = run_once(poller)
    assert [(r.stored, r.unchanged, r.skipped) for r in reports] == [(0, 0, 1)]

    # Touched but not changed: read again, recognised by its hash.
    clock.advance(60)
    path = folder / "one.html"
    stat = path.stat()
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))
    (folder / "two.html").write_text(page("a2"), encoding="utf-8")
    reports, _ = run_once(poller)
    assert [(r.stored, r.unchanged, r.skipped) for r in reports] == [(1, 1, 0)]

    # Changed: stored as a new document.
    clock.advance(60)
    path.write_text(page("a3"), encoding="utf-8")
    reports, _ = run_once(poller)
    assert [(r.stored, r.unchanged, r.skipped) for r in reports] == [(1, 0, 1)]
    assert counts(engine)["documents"] == 3
    outlets = {row["outlet"] for row in _documents(engine)}
    assert outlets == {"Inbox"}


def test_a_vanished_folder_backs_off(engine: Engine, clock: Clock, tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    add_source(engine, str(folder), every="1h", now=clock.now)
    folder.rmdir()
    reports, _ = run_once(Poller(engine, Options(), clock=clock))
    assert reports[0].status == "failed"
    assert reports[0].next_poll == clock.now + timedelta(hours=2)


def _documents(engine: Engine) -> list[dict[str, object]]:
    from claimgraph.store.queries import list_documents

    return list_documents(engine)


def test_run_forever_polls_until_stopped(engine: Engine, clock: Clock, tmp_path: Path) -> None:
    import threading

    from claimgraph.monitor.watch import run_forever

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.html").write_text(page("a2"), encoding="utf-8")
    add_source(engine, str(folder), every="1h", now=clock.now)
    stop = threading.Event()
    seen: list[int] = []

    def on_poll(reports: list[PollReport], _alerts: list[dict[str, object]]) -> None:
        seen.extend(report.stored for report in reports)
        stop.set()

    run_forever(Poller(engine, Options(), clock=clock), stop=stop, on_poll=on_poll, max_sleep=0.1)
    assert seen == [1]
    assert monitoring.get_source(engine, 1)["next_poll"] == clock.now + timedelta(hours=1)
