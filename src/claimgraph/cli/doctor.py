"""``claimgraph doctor``: check an installation and say what is wrong."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from claimgraph.cli.common import DbOption
from claimgraph.cli.output import console, handled
from claimgraph.config import Options
from claimgraph.doctor import run_checks


def register(app: typer.Typer) -> None:
    app.command("doctor")(handled(doctor_command))


def doctor_command(db: DbOption = None) -> None:
    """Check the database, the spaCy model, the data files and the server settings."""
    checks = run_checks(Options.from_env(db=db))
    table = Table(title="claimgraph doctor")
    table.add_column("check")
    table.add_column("status")
    table.add_column("detail", overflow="fold")
    for check in checks:
        status = "[green]ok[/green]" if check.ok else "[red]FAILED[/red]"
        table.add_row(check.name, status, escape(check.detail))
    console.print(table)
    if not all(check.ok for check in checks):
        raise typer.Exit(code=1)
