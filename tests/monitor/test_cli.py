"""The monitoring commands end to end: watch, alerts, digest and fetch, on a local site."""

from __future__ import annotations

import json
from pathlib import Path

from localsite import Site
from typer.testing import CliRunner
from watchkit import page, rss

from claimgraph.cli.app import app

runner = CliRunner()


def run(db: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", db])
    return result.exit_code, result.output


def test_watch_add_list_remove(db_path: str, site: Site, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    code, out = run(
        db_path, "watch", "add", site.url("/feed"), "--outlet", "Wire", "--every", "30m"
    )
    assert code == 0 and "watching feed" in out
    code, out = run(db_path, "watch", "add", str(folder), "--every", "2h")
    assert code == 0 and "watching folder" in out
    code, out = run(db_path, "watch", "add", site.url("/feed"))
    assert code == 1 and "is watched already" in out
    code, out = run(db_path, "watch", "add", "ftp://wire.example/feed")
    assert code == 1 and "only http and https" in out
    code, out = run(db_path, "watch", "add", str(folder), "--every", "5s")
    assert code == 1 and "more often than" in out

    code, out = run(db_path, "watch", "list", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["kind"], r["every"], r["outlet"]) for r in rows] == [
        ("feed", "1800s", "Wire"),
        ("folder", "7200s", None),
    ]
    code, out = run(db_path, "watch", "remove", site.url("/feed"))
    assert code == 0 and "no longer watching" in out
    code, out = run(db_path, "watch", "remove", "99")
    assert code == 1 and "no such watched source" in out


def test_watch_run_once_alerts_to_a_jsonl_file_and_alerts_list(
    db_path: str, site: Site, tmp_path: Path
) -> None:
    site.set("/a1", page("a1"))
    site.set(
        "/feed",
        rss(site, [("/a1", "Counting", "Mon, 04 Mar 2024 06:00:00 GMT")]),
        content_type="application/rss+xml",
    )
    jsonl = tmp_path / "alerts.jsonl"
    code, out = run(
        db_path, "alerts", "add", "--actor", "ISIS-K", "--on", "new-claim", "--threshold", "30%"
    )
    assert code == 0 and "isis-k" in out and "30%" in out
    code, out = run(db_path, "alerts", "add", "--actor", "ISIS-K", "--on", "gossip")
    assert code == 1 and "unknown event gossip" in out
    run(db_path, "watch", "add", site.url("/feed"))

    # Without --allow-private the local feed is refused, and nothing was requested.
    code, out = run(db_path, "watch", "run", "--once")
    assert code == 1 and "a loopback address" in out and "--allow-private" in out
    assert site.hits == []

    # Failed sources back off: it is not due again yet.
    code, out = run(db_path, "watch", "run", "--once", "--allow-private", "--jsonl", str(jsonl))
    assert code == 0 and "nothing is due" in out

    code, out = run(db_path, "watch", "list", "--format", "jsonl")
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["failures"] == 1 and "loopback" in row["last_error"]


def test_fetch_stores_a_page_and_alerts_on_the_console(db_path: str, site: Site) -> None:
    site.set("/a1", page("a1"))
    run(db_path, "alerts", "add", "--actor", "ISIS-K")
    code, out = run(db_path, "fetch", site.url("/a1"))
    assert code == 1 and "127.0.0.1 a loopback address; pass --allow-private" in out
    assert site.hits == []

    code, out = run(db_path, "fetch", site.url("/a1"), "--allow-private", "--outlet", "Wire")
    assert code == 0, out
    assert "stored: UN team counts ISIS-K fighters" in out
    assert out.count("alert") == 3 and "new claim" in out

    code, out = run(db_path, "fetch", site.url("/a1"), "--allow-private")
    assert code == 0 and "unchanged" in out and "alert" not in out

    code, out = run(db_path, "alerts", "list", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3 and {r["kind"] for r in rows} == {"new-claim"}
    assert all(r["details"]["citations"] for r in rows)
    code, out = run(db_path, "alerts", "watched", "--format", "jsonl")
    assert json.loads(out)["actor_id"] == "isis-k"

    code, out = run(db_path, "digest", "--since", "1h")
    assert code == 0 and "## ISIS-K" in out and "### New assertions" in out
    code, out = run(db_path, "digest", "--since", "1h", "--format", "html")
    assert code == 0 and out.startswith("<!doctype html>")


def test_fetch_refuses_file_urls(db_path: str) -> None:
    code, out = run(db_path, "fetch", "file:///etc/passwd")
    assert code == 1 and "only http and https URLs are fetched, not file" in out
