"""Commands that read the store: ``documents``, ``actors``, ``claims``, ``show``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel

from claimgraph.analysis.decisions import resolve_actor
from claimgraph.cli.common import DbOption, open_store
from claimgraph.cli.ingest import CLAIM_COLUMNS
from claimgraph.cli.output import Format, console, emit, handled
from claimgraph.config import Options
from claimgraph.model import CLAIM_TYPES
from claimgraph.store.queries import (
    get_document,
    iter_claims,
    list_actors,
    list_documents,
)

FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]
actors_app = typer.Typer(
    help="List actors (no subcommand), or merge and split them.", no_args_is_help=False
)


def register(app: typer.Typer) -> None:
    app.command("documents")(handled(documents_command))
    actors_app.callback(invoke_without_command=True)(handled(actors_command))
    app.add_typer(actors_app, name="actors")
    app.command("claims")(handled(claims_command))
    app.command("show")(handled(show_command))


def documents_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """List stored documents with their claim counts."""
    engine = open_store(Options.from_env(db=db))
    emit(
        list_documents(engine),
        fmt,
        columns=("id", "published", "outlet", "title", "format", "claims"),
        title="documents",
    )


def actors_command(
    ctx: typer.Context, fmt: FormatOption = Format.table, db: DbOption = None
) -> None:
    """List actors that documents mention, with mention and claim counts.

    ``actors`` is a group so that analysts' subcommands (``merge``, ``split``)
    can live under it; with no subcommand it lists, exactly as before.
    """
    if ctx.invoked_subcommand is not None:
        return
    engine = open_store(Options.from_env(db=db))
    emit(
        list_actors(engine),
        fmt,
        columns=("id", "name", "kind", "mentions", "claims"),
        title="actors",
    )


def claims_command(
    actor: Annotated[
        list[str] | None, typer.Option(help="Only claims about this actor (id, name or alias).")
    ] = None,
    claim_type: Annotated[
        str | None, typer.Option("--type", help=f"Only this type: {', '.join(CLAIM_TYPES)}.")
    ] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """List stored claims, one JSON object per line with ``--format jsonl``."""
    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise typer.BadParameter(f"{claim_type!r} is not one of {', '.join(CLAIM_TYPES)}")
    engine = open_store(Options.from_env(db=db))
    actor_ids = [resolve_actor(engine, name) for name in actor or []]
    emit(
        iter_claims(engine, actor_ids=actor_ids or None, claim_type=claim_type),
        fmt,
        columns=CLAIM_COLUMNS,
        title="claims",
    )


def show_command(
    doc_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix).")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    db: DbOption = None,
) -> None:
    """Show one document: metadata, body, claims and dropped boilerplate."""
    engine = open_store(Options.from_env(db=db))
    document = get_document(engine, doc_id)
    if fmt == "json":
        sys.stdout.write(json.dumps(document, ensure_ascii=False, default=str) + "\n")
        return
    meta = " · ".join(
        str(part)
        for part in (document["outlet"], document["author"], document["published"], document["url"])
        if part
    )
    console.print(f"[bold]{escape(document['title'] or '(untitled)')}[/bold]")
    console.print(f"[dim]{escape(meta)}  id {document['id']}[/dim]")
    console.print(Panel(escape(document["body"]), title="body", expand=True))
    emit(document["claims"], Format.table, columns=CLAIM_COLUMNS, title="claims")
    if document["dropped"]:
        emit(document["dropped"], Format.table, columns=("reason", "line"), title="dropped lines")
