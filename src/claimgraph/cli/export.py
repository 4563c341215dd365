"""Commands ``export FORMAT`` and ``import stix FILE``: exchange the knowledge base with other tools."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.analysis.decisions import resolve_actor
from claimgraph.cli.common import DbOption, date_option, open_store
from claimgraph.cli.output import console, handled
from claimgraph.config import Options
from claimgraph.export.data import ExportData, collect, parse_grade

import_app = typer.Typer(help="Import knowledge from other tools' files.", no_args_is_help=True)


class ExportFormat(StrEnum):
    """Formats ``export`` writes."""

    stix = "stix"
    ftm = "ftm"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    parquet = "parquet"


class Table(StrEnum):
    """The two tables CSV and Parquet exports hold."""

    assertions = "assertions"
    claims = "claims"


def register(app: typer.Typer) -> None:
    app.command("export")(handled(export_command))
    import_app.command("stix")(handled(import_stix_command))
    app.add_typer(import_app, name="import")


def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Argument(metavar="FORMAT", help="stix, ftm, graphml, gexf, csv or parquet."),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    actor: Annotated[
        list[str] | None,
        typer.Option(help="Only assertions about this actor (id, name or alias); repeatable."),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only claims of documents published on or after YYYY-MM-DD.")
    ] = None,
    min_grade: Annotated[
        str | None,
        typer.Option(help="Only assertions graded this or better on both scales (e.g. B3)."),
    ] = None,
    table: Annotated[
        Table, typer.Option(help="csv and parquet: which table to write.")
    ] = Table.assertions,
    creator: Annotated[
        str, typer.Option(help="stix: name of the identity that creates the bundle.")
    ] = "claimgraph",
    db: DbOption = None,
) -> None:
    """Write the consolidated knowledge base as STIX 2.1, FtM, GraphML, GEXF, CSV or Parquet."""
    if min_grade is not None:
        parse_grade(min_grade)
    day = date_option(since)
    engine = open_store(Options.from_env(db=db))
    actor_ids = [resolve_actor(engine, name) for name in actor or []]
    data = collect(engine, actor_ids=actor_ids or None, since=day, min_grade=min_grade)
    summary = _write(data, fmt, output, table=table.value, creator=creator)
    console.print(f"{fmt.value} written to {output}: {summary}", highlight=False)


def _write(data: ExportData, fmt: ExportFormat, output: Path, *, table: str, creator: str) -> str:
    """Write one format and say what went in (format modules load on use: FtM is slow to import)."""
    from claimgraph.export.ftm import write_ftm
    from claimgraph.export.graph import write_graph
    from claimgraph.export.stix import write_stix
    from claimgraph.export.tables import write_table

    if fmt is ExportFormat.stix:
        counts = write_stix(data, output, creator=creator)
    elif fmt is ExportFormat.ftm:
        counts = write_ftm(data, output)
    elif fmt in (ExportFormat.graphml, ExportFormat.gexf):
        counts = write_graph(data, output, fmt=fmt.value)
    else:
        counts = {table: write_table(data, output, table=table, fmt=fmt.value)}
    return ", ".join(f"{count} {name}" for name, count in counts.items()) or "nothing"


def import_stix_command(
    path: Annotated[Path, typer.Argument(help="A STIX 2.1 bundle (JSON).")],
    db: DbOption = None,
) -> None:
    """Store a STIX 2.1 bundle's actors and relationships as claims sourced to its creator."""
    from claimgraph.export.stix_import import import_stix

    engine = open_store(Options.from_env(db=db))
    result = import_stix(engine, path)
    console.print(
        f"{result.status}: {result.claims} claims and {result.actors} actors from "
        f"{result.creator} (document {result.document_id})",
        highlight=False,
    )
    for reason, count in result.skipped.items():
        console.print(f"  skipped {count}: {reason}", highlight=False)
