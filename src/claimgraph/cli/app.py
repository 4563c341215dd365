"""The ``claimgraph`` command: one Typer app, one module per group of commands."""

from __future__ import annotations

import typer

from claimgraph.cli import analysis, doctor, evaluate, export, ingest, listing, monitor, scale, web

app = typer.Typer(
    name="claimgraph",
    help="Claims about armed groups, with provenance: ingest, extract, consolidate, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
ingest.register(app)
listing.register(app)
analysis.register(app)
evaluate.register(app)
doctor.register(app)
scale.register(app)
web.register(app)
monitor.register(app)
export.register(app)


def main() -> None:
    """Console entry point."""
    app()
