"""``claimgraph eval``: measure extraction against the gold corpus (never a gate: exit 0)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from claimgraph.cli.output import console, handled
from claimgraph.config import Options


def register(app: typer.Typer) -> None:
    app.command("eval")(handled(eval_command))


def eval_command(
    split: Annotated[str, typer.Option(help="Gold split to score: dev or test.")] = "test",
    errors: Annotated[
        bool, typer.Option("--errors", help="List misses and false positives.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as one JSON object.")
    ] = False,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database to ingest into (default: a temporary SQLite file)."),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Score only the documents whose file name starts with this prefix (repeatable).",
        ),
    ] = None,
) -> None:
    """Ingest a gold split into a fresh database and print precision, recall and F1 per type.

    The database is a temporary file unless ``--db`` names one; ``CLAIMGRAPH_DB``
    is deliberately ignored so scoring never writes into the knowledge base.
    """
    from claimgraph.evaluation.report import render
    from claimgraph.evaluation.run import run_eval

    with console.status(f"ingesting the {split} split"):
        report = run_eval(split, options=Options.from_env(), db_url=db, only=tuple(only or ()))
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(errors=errors), ensure_ascii=False) + "\n")
    else:
        console.print(render(report, errors=errors))
