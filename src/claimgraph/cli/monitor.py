"""Commands that follow sources and alert: ``watch``, ``alerts``, ``digest``, ``fetch``."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from claimgraph.cli.common import DbOption, date_option, open_store
from claimgraph.cli.output import Format, console, emit, fail, handled
from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.fetch import Policy, fetch
from claimgraph.ingest.reader import parse_bytes
from claimgraph.model import Document
from claimgraph.monitor import digest as digests
from claimgraph.monitor.alerts import parse_events, parse_threshold
from claimgraph.monitor.delivery import Channel, ConsoleChannel, JsonlChannel, WebhookChannel
from claimgraph.monitor.notify import load_watches, utc_now, watch_actor_id, with_alerts
from claimgraph.monitor.watch import Poller, PollReport, add_source, run_forever, run_once
from claimgraph.store import monitoring
from claimgraph.workflow import IngestResult, ingest_documents

watch_app = typer.Typer(help="Follow RSS/Atom feeds and folders, and ingest what is new.")
alerts_app = typer.Typer(help="Watch actors and list the alerts raised about them.")
FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Allow loopback, private and link-local addresses (refused by default).",
    ),
]
TimeoutOption = Annotated[
    float, typer.Option(min=0.1, help="Seconds to wait for a connection or an answer.")
]


class DigestFormat(StrEnum):
    """Output formats of a digest."""

    md = "md"
    html = "html"


def register(app: typer.Typer) -> None:
    watch_app.command("add")(handled(watch_add_command))
    watch_app.command("list")(handled(watch_list_command))
    watch_app.command("remove")(handled(watch_remove_command))
    watch_app.command("run")(handled(watch_run_command))
    app.add_typer(watch_app, name="watch")
    alerts_app.command("add")(handled(alerts_add_command))
    alerts_app.command("list")(handled(alerts_list_command))
    alerts_app.command("watched")(handled(alerts_watched_command))
    alerts_app.command("remove")(handled(alerts_remove_command))
    app.add_typer(alerts_app, name="alerts")
    app.command("digest")(handled(digest_command))
    app.command("fetch")(handled(fetch_command))


# --- watch ------------------------------------------------------------------------------


def watch_add_command(
    target: Annotated[str, typer.Argument(help="An RSS or Atom feed URL, or a folder.")],
    outlet: Annotated[str | None, typer.Option(help="Outlet name for its documents.")] = None,
    every: Annotated[str, typer.Option(help="How often to poll: 90s, 15m, 2h, 1d.")] = "15m",
    db: DbOption = None,
) -> None:
    """Start following a feed or a folder; it is polled at the next ``watch run``."""
    engine = open_store(Options.from_env(db=db))
    source = add_source(engine, target, outlet=outlet, every=every)
    console.print(
        f"watching {source['kind']} [bold]{escape(source['target'])}[/bold] "
        f"(id {source['id']}, every {source['every_seconds']} s)",
        highlight=False,
    )


def watch_list_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """Watched sources with their schedule, failures and last error."""
    engine = open_store(Options.from_env(db=db))
    rows = [_source_row(source) for source in monitoring.list_sources(engine)]
    emit(
        rows,
        fmt,
        columns=(
            "id",
            "kind",
            "target",
            "outlet",
            "every",
            "last_polled",
            "next_poll",
            "failures",
            "last_error",
        ),
        title="watched sources",
    )


def _source_row(source: dict[str, Any]) -> dict[str, Any]:
    row = dict(source)
    row["every"] = f"{source['every_seconds']}s"
    for key in ("last_polled", "next_poll", "created_at"):
        row[key] = source[key].isoformat(timespec="seconds") if source[key] else None
    return row


def watch_remove_command(
    source: Annotated[str, typer.Argument(help="The source's id, URL or folder.")],
    db: DbOption = None,
) -> None:
    """Stop following a source (documents already stored stay)."""
    engine = open_store(Options.from_env(db=db))
    found = monitoring.find_source(engine, source)
    monitoring.remove_source(engine, int(found["id"]))
    console.print(f"no longer watching {escape(found['target'])}", highlight=False)


def watch_run_command(
    once: Annotated[bool, typer.Option("--once", help="Poll what is due once and exit.")] = False,
    allow_private: AllowPrivate = False,
    jsonl: Annotated[
        Path | None,
        typer.Option(
            "--jsonl", envvar="CLAIMGRAPH_ALERTS_JSONL", help="Append alerts to this JSONL file."
        ),
    ] = None,
    webhook: Annotated[
        str | None,
        typer.Option(envvar="CLAIMGRAPH_WEBHOOK_URL", help="POST each alert as JSON to this URL."),
    ] = None,
    webhook_secret: Annotated[
        str | None,
        typer.Option(
            envvar="CLAIMGRAPH_WEBHOOK_SECRET",
            help="Sign webhook bodies (X-Claimgraph-Signature: sha256=HMAC).",
        ),
    ] = None,
    timeout: TimeoutOption = 10.0,
    db: DbOption = None,
) -> None:
    """Poll watched sources when due, ingest new items, and deliver alerts.

    Runs until interrupted (Ctrl-C), or once with ``--once``. State is kept
    in the database: a restart resumes where the last run stopped.
    """
    options = Options.from_env(db=db)
    engine = open_store(options)
    policy = Policy(allow_private=allow_private)
    channels = alert_channels(
        jsonl=jsonl, webhook=webhook, secret=webhook_secret, policy=policy, timeout=timeout
    )
    poller = Poller(engine, options, policy=policy, timeout=timeout, channels=channels)
    if once:
        reports, _alerts = run_once(poller)
        _print_reports(reports)
        if any(report.status == "failed" for report in reports):
            raise typer.Exit(code=1)
        return
    stop = threading.Event()
    try:
        run_forever(poller, stop=stop, on_poll=lambda reports, _alerts: _print_reports(reports))
    except KeyboardInterrupt:
        stop.set()
        console.print("stopped")


def alert_channels(
    *,
    jsonl: Path | None = None,
    webhook: str | None = None,
    secret: str | None = None,
    policy: Policy | None = None,
    timeout: float = 10.0,
) -> list[Channel]:
    """The console, plus a JSONL file and a webhook when they are configured."""
    channels: list[Channel] = [ConsoleChannel(_print_alert)]
    if jsonl is not None:
        channels.append(JsonlChannel(jsonl))
    if webhook:
        channels.append(
            WebhookChannel(webhook, secret=secret, policy=policy or Policy(), timeout=timeout)
        )
    return channels


def channels_from_env() -> list[Channel]:
    """Alert channels for commands without alert options (``ingest``): the environment's."""
    jsonl = os.environ.get("CLAIMGRAPH_ALERTS_JSONL")
    return alert_channels(
        jsonl=Path(jsonl) if jsonl else None,
        webhook=os.environ.get("CLAIMGRAPH_WEBHOOK_URL") or None,
        secret=os.environ.get("CLAIMGRAPH_WEBHOOK_SECRET") or None,
    )


def _print_alert(line: str) -> None:
    console.print(f"[yellow]alert[/yellow] {escape(line)}", highlight=False, soft_wrap=True)


def _print_reports(reports: list[PollReport]) -> None:
    if not reports:
        console.print("nothing is due")
    for report in reports:
        when = report.next_poll.isoformat(timespec="seconds")
        if report.status == "failed":
            fail(f"{report.target}: {report.error} (next try {when})")
            continue
        console.print(
            f"{escape(report.target)}: {report.status}, {report.stored} stored, "
            f"{report.unchanged} unchanged, {report.skipped} seen before, "
            f"{report.failed} failed; next poll {when}",
            highlight=False,
            soft_wrap=True,
        )
        if report.error:
            fail(report.error)


# --- alerts --------------------------------------------------------------------------------


def alerts_add_command(
    actor: Annotated[str, typer.Option(help="The actor to watch (id, name or alias).")],
    on: Annotated[
        str | None,
        typer.Option(help="Events: new-claim,estimate-change,new-relation,dispute (default all)."),
    ] = None,
    threshold: Annotated[
        str, typer.Option(help="How far a new strength estimate must be from the current one.")
    ] = "25%",
    db: DbOption = None,
) -> None:
    """Watch an actor: alert when an ingest changes what is known about it."""
    engine = open_store(Options.from_env(db=db))
    events = parse_events(on)
    value = parse_threshold(threshold)
    actor_id = watch_actor_id(engine, actor)
    watch_id = monitoring.add_watch(
        engine, actor=actor, actor_id=actor_id, events=events, threshold=value, now=utc_now()
    )
    console.print(
        f"watching {escape(actor)} ({actor_id}) for {', '.join(events)}, "
        f"threshold {value:.0%} (id {watch_id})",
        highlight=False,
    )


def alerts_list_command(
    actor: Annotated[str | None, typer.Option(help="Only alerts about this actor.")] = None,
    since: Annotated[str | None, typer.Option(help="Only since: 24h, 7d or a date.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many, newest first.")] = 100,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Alerts recorded, newest first."""
    engine = open_store(Options.from_env(db=db))
    rows = monitoring.list_alerts(
        engine,
        since=digests.parse_since(since, now=utc_now()) if since else None,
        actor_id=watch_actor_id(engine, actor) if actor else None,
        limit=limit,
    )
    emit(
        rows,
        fmt,
        columns=("id", "created_at", "kind", "actor_id", "summary", "doc_id"),
        title="alerts",
    )


def alerts_watched_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """Actors on the watchlist, with their events and thresholds."""
    engine = open_store(Options.from_env(db=db))
    emit(
        monitoring.list_watches(engine),
        fmt,
        columns=("id", "actor", "actor_id", "events", "threshold"),
        title="watchlist",
    )


def alerts_remove_command(
    watch_id: Annotated[int, typer.Argument(help="The watchlist entry's id.")],
    db: DbOption = None,
) -> None:
    """Stop watching an actor (its alerts stay listed)."""
    engine = open_store(Options.from_env(db=db))
    monitoring.remove_watch(engine, watch_id)
    console.print(f"removed watchlist entry {watch_id}")


# --- digest -----------------------------------------------------------------------------------


def digest_command(
    since: Annotated[str, typer.Option(help="Period (24h, 7d) or an ISO date.")] = "24h",
    fmt: Annotated[DigestFormat, typer.Option("--format", help="md or html.")] = DigestFormat.md,
    output: Annotated[Path | None, typer.Option(help="Write to this file instead.")] = None,
    db: DbOption = None,
) -> None:
    """What changed about each watched actor: new assertions, changed estimates, disputes."""
    engine = open_store(Options.from_env(db=db))
    now = utc_now()
    data = digests.build_digest(
        engine, since=digests.parse_since(since, now=now), now=now, watches=load_watches(engine)
    )
    text = digests.to_html(data) if fmt is DigestFormat.html else digests.to_markdown(data)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {escape(str(output))}", highlight=False)


# --- fetch ------------------------------------------------------------------------------------


def fetch_command(
    url: Annotated[str, typer.Argument(help="The http(s) URL of an article or report.")],
    outlet: Annotated[str | None, typer.Option(help="Outlet name for the document.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    allow_private: AllowPrivate = False,
    timeout: TimeoutOption = 10.0,
    db: DbOption = None,
) -> None:
    """Fetch one page through the safe fetcher, extract its claims and store them."""
    options = Options.from_env(db=db)
    day = date_option(published)
    page = fetch(
        url, allow_private=allow_private, timeout=timeout, max_bytes=options.max_document_bytes
    )
    documents: list[Document | InputError] = [
        replace(
            item,
            url=item.url or page.final_url,
            outlet=outlet or item.outlet,
            published=day or item.published,
        )
        if isinstance(item, Document)
        else item
        for item in parse_bytes(page.content, name=page.final_url)
    ]
    engine = open_store(options)
    results, _alerts = with_alerts(
        engine,
        lambda: ingest_documents(documents, engine=engine, options=options),
        channels=[ConsoleChannel(_print_alert)],
    )
    _print_results(results)
    if any(result.status == "failed" for result in results):
        raise typer.Exit(code=1)


def _print_results(results: list[IngestResult]) -> None:
    for result in results:
        if result.status == "failed":
            fail(f"{result.name}: {result.error}")
        else:
            console.print(
                f"{result.status}: {escape(result.title or result.name)} "
                f"({result.doc_id}, {result.claims} claims)",
                highlight=False,
                soft_wrap=True,
            )
