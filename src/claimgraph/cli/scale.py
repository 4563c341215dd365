"""Commands for big corpora and for measuring speed: ``batch`` and ``bench``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimgraph.cli.common import DbOption
from claimgraph.cli.output import console, err_console, handled
from claimgraph.config import Options

if TYPE_CHECKING:
    from distributed import Client

    from claimgraph.batch.run import BatchSummary
    from claimgraph.bench import Report, Row


def register(app: typer.Typer) -> None:
    app.command("batch")(handled(batch_command))
    app.command("bench")(handled(bench_command))


def batch_command(
    inputs: Annotated[
        list[Path], typer.Argument(help="Directories, JSONL(.gz) and WARC(.gz) files.")
    ],
    scheduler: Annotated[
        str | None,
        typer.Option(help="Address of a running Dask scheduler (tcp://HOST:PORT)."),
    ] = None,
    local: Annotated[
        int | None,
        typer.Option(min=1, help="Start a local cluster of N worker processes instead."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="Documents per task sent to a worker.")
    ] = 64,
    db: DbOption = None,
) -> None:
    """Ingest a big corpus on a Dask cluster; re-running it stores nothing twice.

    Workers read records from what the client sends them, and write to the
    database themselves: with --scheduler, use a database every worker can
    reach (PostgreSQL). Exit status 1 when any input failed.
    """
    from claimgraph.batch.run import run_batch

    if scheduler and local:
        raise typer.BadParameter("give --scheduler or --local, not both", param_hint="--local")
    options = Options.from_env(db=db)
    with (
        _client(scheduler, local) as client,
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]batch"),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("starting workers", total=None)

        def report(summary: BatchSummary) -> None:
            progress.update(task, description=_progress_line(summary))

        summary = run_batch(
            inputs,
            client=client,
            options=options,
            partition_size=partition_size,
            on_partition=report,
        )
    for failure in summary.failures:
        console.print(
            f"[red]error[/red]: {escape(failure.name)}: {escape(failure.error or '')}",
            highlight=False,
            soft_wrap=True,
        )
    _print_batch_summary(summary)
    if summary.failed:
        raise typer.Exit(code=1)


def _client(scheduler: str | None, local: int | None) -> AbstractContextManager[Client]:
    """A client of the named scheduler, or of a new local cluster (one worker per core)."""
    from claimgraph.batch.run import local_cluster_client, scheduler_client

    if scheduler:
        return scheduler_client(scheduler)
    return local_cluster_client(local or os.cpu_count() or 1)


def _progress_line(summary: BatchSummary) -> str:
    return (
        f"{summary.partitions} partitions, {summary.documents} documents: "
        f"{summary.stored} stored, {summary.unchanged} unchanged, {summary.failed} failed"
    )


def _print_batch_summary(summary: BatchSummary) -> None:
    table = Table(title="claimgraph batch", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_row("partitions", str(summary.partitions))
    table.add_row("documents stored", str(summary.stored))
    table.add_row("documents unchanged", str(summary.unchanged))
    table.add_row("inputs failed", str(summary.failed))
    table.add_row("claims stored", str(summary.claims))
    console.print(table)


def bench_command(
    docs: Annotated[int, typer.Option(min=1, help="Articles per row (the 4N row uses 4x).")] = 200,
    only: Annotated[
        str | None,
        typer.Option(help="Rows to run, e.g. a,b,c (a b c c4 d e1 e2; e = e1,e2)."),
    ] = None,
    pg_url: Annotated[
        str | None,
        typer.Option(
            envvar="CLAIMGRAPH_BENCH_PG",
            help="PostgreSQL server URL for row d (a scratch database is created and dropped).",
            show_envvar=True,
        ),
    ] = None,
    repeat: Annotated[
        int, typer.Option(min=1, help="Runs per row; the fastest is kept (busy machines).")
    ] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Measure words/s and docs/s of spaCy, extraction, ingest and Dask on the same articles."""
    from claimgraph.bench import parse_only, run_bench

    rows = parse_only(only)
    report = run_bench(
        docs,
        only=rows,
        model=Options.from_env().model,
        pg_url=pg_url,
        repeat=repeat,
        on_row=None if as_json else _announce,
    )
    if as_json:
        sys.stdout.write(json.dumps(report.as_json()) + "\n")
    else:
        _print_report(report)


def _announce(row: Row) -> None:
    """One line on stderr as each row finishes, since a run takes minutes."""
    what = row.skipped or f"{row.words_per_s} words/s"
    err_console.print(f"[dim]{row.name}: {escape(str(what))}[/dim]", highlight=False)


def _print_report(report: Report) -> None:
    table = Table(title="claimgraph bench", show_header=True)
    table.add_column("row", no_wrap=True)
    for column in ("docs", "words", "seconds", "docs/s", "words/s", "peak MB"):
        table.add_column(column, justify="right")
    for row in report.rows:
        if row.skipped:
            table.add_row(row.name, str(row.docs), str(row.words), "skipped")
        else:
            table.add_row(*_cells(row))
    console.print(table)
    for row in report.rows:
        if row.skipped:
            console.print(f"{row.name} skipped: {escape(row.skipped)}", highlight=False)
    for name, value in report.ratios.items():
        console.print(f"{name}: {'-' if value is None else f'{value:.2f}'}", highlight=False)
    for line in _memory_lines(report):
        console.print(line, highlight=False)


def _cells(row: Row) -> Iterator[str]:
    yield row.name
    yield str(row.docs)
    yield str(row.words)
    for value in (row.seconds, row.docs_per_s, row.words_per_s, row.peak_rss_mb):
        yield "" if value is None else f"{value:,.1f}"


def _memory_lines(report: Report) -> Iterator[str]:
    memory = report.memory
    for suffix in ("n", "4n"):
        docs, peak = memory.get(f"ingest_docs_{suffix}"), memory.get(f"ingest_peak_rss_mb_{suffix}")
        if docs is not None and peak is not None:
            yield f"peak RSS of SQLite ingest, {docs} documents: {peak:.1f} MB"
