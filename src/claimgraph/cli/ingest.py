"""Commands that read inputs: ``ingest``, ``clean``, ``extract``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimgraph.cli.common import DbOption, date_option, open_store
from claimgraph.cli.monitor import channels_from_env
from claimgraph.cli.output import Format, console, emit, fail, handled
from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.reader import Overrides, iter_files, read_documents
from claimgraph.model import Document, claim_json, document_ref
from claimgraph.monitor.notify import with_alerts
from claimgraph.store.queries import counts
from claimgraph.workflow import IngestResult
from claimgraph.workflow import ingest as run_ingest

PathsArgument = Annotated[list[Path], typer.Argument(help="Files or directories to read.")]


def register(app: typer.Typer) -> None:
    app.command("ingest")(handled(ingest_command))
    app.command("clean")(handled(clean_command))
    app.command("extract")(handled(extract_command))


def ingest_command(
    paths: PathsArgument,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for every input.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for every input.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Source URL for every input.")] = None,
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes extracting in parallel (one writer stores).")
    ] = 1,
) -> None:
    """Read files and directories, extract claims and store them.

    Exit status 1 when any input failed; the others are stored regardless.
    """
    options = Options.from_env(db=db)
    overrides = Overrides(outlet=outlet, published=date_option(published), url=url)
    engine = open_store(options)
    total = sum(1 for _ in iter_files(paths))
    failed = 0
    tally = {"stored": 0, "unchanged": 0, "failed": 0}
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=total)

        def report(result: IngestResult) -> None:
            nonlocal failed
            tally[result.status] += 1
            if result.status == "failed":
                failed += 1
                progress.console.print(
                    f"[red]error[/red]: {escape(result.name)}: {escape(result.error or '')}",
                    highlight=False,
                    soft_wrap=True,
                )
            progress.update(task, advance=1, description=Path(result.name).name[:40])

        def run() -> object:
            if workers > 1:
                from claimgraph.parallel import ingest_parallel

                return ingest_parallel(
                    paths,
                    engine=engine,
                    options=options,
                    workers=workers,
                    overrides=overrides,
                    on_result=report,
                )
            return run_ingest(
                paths, engine=engine, options=options, overrides=overrides, on_result=report
            )

        # Watched actors get alerts for what this ingest changed (claimgraph alerts add).
        with_alerts(engine, run, channels=channels_from_env())
    _print_summary(tally, counts(engine))
    if failed:
        raise typer.Exit(code=1)


def _print_summary(tally: dict[str, int], stored: dict[str, int]) -> None:
    table = Table(title="claimgraph ingest", show_header=True)
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in the database", justify="right")
    table.add_row("documents stored", str(tally["stored"]), str(stored["documents"]))
    table.add_row("documents unchanged", str(tally["unchanged"]), "")
    table.add_row("inputs failed", str(tally["failed"]), "")
    table.add_row("actors", "", str(stored["actors"]))
    table.add_row("claims", "", str(stored["claims"]))
    table.add_row("dropped boilerplate lines", "", str(stored["dropped_lines"]))
    console.print(table)


def _read_one(path: Path) -> list[Document]:
    """Documents of one file; errors become one line each and exit status 1."""
    documents: list[Document] = []
    errors = 0
    for item in read_documents([path], max_bytes=Options.from_env().max_document_bytes):
        if isinstance(item, InputError):
            fail(str(item))
            errors += 1
        else:
            documents.append(item)
    if errors and not documents:
        raise typer.Exit(code=1)
    return documents


def clean_command(
    file: Annotated[Path, typer.Argument(help="The file to clean.")],
    fmt: Annotated[
        str, typer.Option("--format", help="json (the contract) or text (the body only).")
    ] = "json",
) -> None:
    """Clean one file and print its metadata, body and dropped lines (nothing is stored)."""
    for document in _read_one(file):
        if fmt == "text":
            sys.stdout.write(document.body + "\n")
        else:
            sys.stdout.write(json.dumps(clean_json(document), ensure_ascii=False) + "\n")


def clean_json(document: Document) -> dict[str, Any]:
    """The ``clean --format json`` contract."""
    return {
        "id": document.id,
        "title": document.title,
        "outlet": document.outlet,
        "author": document.author,
        "published": document.published.isoformat() if document.published else None,
        "url": document.url,
        "format": document.format,
        "body": document.body,
        "dropped": [{"line": item.line, "reason": item.reason} for item in document.dropped],
    }


def extract_command(
    file: Annotated[Path, typer.Argument(help="The file to read.")],
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
) -> None:
    """Extract claims from one file and print them, without storing anything."""
    from claimgraph.nlp.extract import get_extractor

    extractor = get_extractor(Options.from_env().model)
    rows = [
        claim_json(claim, document_ref(extraction.document))
        for extraction in extractor.extract_many(_read_one(file))
        for claim in extraction.claims
    ]
    emit(rows, fmt, columns=CLAIM_COLUMNS)


CLAIM_COLUMNS = (
    "type",
    "predicate",
    "subject.name",
    "object.name",
    "value.min",
    "value.max",
    "polarity",
    "source.name",
    "evidence.sentence",
)
