"""Commands over consolidated claims: ``assertions``, ``disputes``, ``brief``,
``actors merge/split/merges`` and ``sources rate/list``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Engine

from claimgraph.analysis.briefs import build_brief, statement
from claimgraph.analysis.consolidate import consolidate, store_resolution
from claimgraph.analysis.decisions import merge_actors, rate_source, resolve_actor, split_actor
from claimgraph.analysis.render import to_html, to_json, to_markdown
from claimgraph.cli.common import DbOption, date_option, open_store
from claimgraph.cli.listing import actors_app
from claimgraph.cli.output import Format, console, emit, handled
from claimgraph.config import Options
from claimgraph.model import CLAIM_TYPES
from claimgraph.store.consolidation import (
    list_source_ratings,
)

FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]
ActorOption = Annotated[
    list[str] | None, typer.Option(help="Only those about this actor (id, name or alias).")
]
ASSERTION_COLUMNS = (
    "grade",
    "statement",
    "sources",
    "relays",
    "documents",
    "first_seen",
    "last_seen",
    "disputed_by",
)
DISPUTE_COLUMNS = ("kind", "reason", "first", "first_grade", "second", "second_grade")
sources_app = typer.Typer(help="Rate sources (Admiralty reliability A-F) and list ratings.")


class BriefFormat(StrEnum):
    """Output formats of a brief."""

    md = "md"
    html = "html"
    json = "json"


def register(app: typer.Typer) -> None:
    app.command("assertions")(handled(assertions_command))
    app.command("disputes")(handled(disputes_command))
    app.command("brief")(handled(brief_command))
    actors_app.command("merge")(handled(merge_command))
    actors_app.command("split")(handled(split_command))
    actors_app.command("merges")(handled(merges_command))
    sources_app.command("rate")(handled(rate_command))
    sources_app.command("list")(handled(sources_list_command))
    app.add_typer(sources_app, name="sources")


def _canonical_ids(engine: Engine, names: list[str] | None) -> list[str]:
    if not names:
        return []
    resolution = store_resolution(engine)
    ids: list[str] = []
    for name in names:
        ids += resolution.members(resolve_actor(engine, name))
    return ids


def assertions_command(
    actor: ActorOption = None,
    claim_type: Annotated[
        str | None, typer.Option("--type", help=f"Only this type: {', '.join(CLAIM_TYPES)}.")
    ] = None,
    disputed: Annotated[bool, typer.Option("--disputed", help="Only disputed ones.")] = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Claims grouped across documents, with source counts and Admiralty grades."""
    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise typer.BadParameter(f"{claim_type!r} is not one of {', '.join(CLAIM_TYPES)}")
    engine = open_store(Options.from_env(db=db))
    wanted = _canonical_ids(engine, actor)
    rows = []
    for assertion in consolidate(engine).assertions:
        if wanted and not assertion.involves(wanted):
            continue
        if (claim_type and assertion.type != claim_type) or (
            disputed and not assertion.disputed_by
        ):
            continue
        row = assertion.to_json()
        if fmt is not Format.jsonl:
            row["statement"] = statement(assertion)
        rows.append(row)
    emit(rows, fmt, columns=ASSERTION_COLUMNS, title="assertions")


def disputes_command(
    actor: ActorOption = None, fmt: FormatOption = Format.table, db: DbOption = None
) -> None:
    """Open contradictions: denials, rejected sources and estimates that do not overlap."""
    engine = open_store(Options.from_env(db=db))
    wanted = _canonical_ids(engine, actor)
    rows = []
    for dispute in consolidate(engine).disputes:
        if wanted and not (dispute.first.involves(wanted) or dispute.second.involves(wanted)):
            continue
        row = dispute.to_json()
        if fmt is not Format.jsonl:
            row.update(
                first=f"{statement(dispute.first)} ({', '.join(dispute.first.sources().values())})",
                first_grade=dispute.first.grade,
                second=f"{statement(dispute.second)} "
                f"({', '.join(dispute.second.sources().values())})",
                second_grade=dispute.second.grade,
            )
        rows.append(row)
    emit(rows, fmt, columns=DISPUTE_COLUMNS, title="disputes")


def brief_command(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    fmt: Annotated[BriefFormat, typer.Option("--format", help="md, html or json.")] = (
        BriefFormat.md
    ),
    since: Annotated[
        str | None, typer.Option(help="Only documents published on or after YYYY-MM-DD.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """A brief on one actor, every line cited to document and sentence."""
    day = date_option(since)
    engine = open_store(Options.from_env(db=db))
    actor_id = resolve_actor(engine, actor)
    brief = build_brief(consolidate(engine, since=day), actor_id, since=day)
    render = {BriefFormat.md: to_markdown, BriefFormat.html: to_html, BriefFormat.json: to_json}
    text = render[fmt](brief)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"brief on {brief['actor']['name']} written to {output}")


def merge_command(
    actor: Annotated[str, typer.Argument(help="The actor to merge (id, name or alias).")],
    into: Annotated[str, typer.Argument(help="The actor it is another name of.")],
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    db: DbOption = None,
) -> None:
    """Record that ACTOR is INTO under another name (undo with ``actors split``)."""
    engine = open_store(Options.from_env(db=db))
    source, target = merge_actors(engine, actor, into, note=note)
    console.print(f"merged {source} into {target}")


def split_command(
    actor: Annotated[str, typer.Argument(help="The actor to stand alone again.")],
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    db: DbOption = None,
) -> None:
    """Undo any merge of ACTOR, automatic or by an analyst; it stands alone again."""
    actor_id = split_actor(open_store(Options.from_env(db=db)), actor, note=note)
    console.print(f"{actor_id} stands alone")


def merges_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """Actors resolved into another one, automatically or by an analyst, and why."""
    engine = open_store(Options.from_env(db=db))
    resolution = store_resolution(engine)
    rows = [
        {
            "id": actor_id,
            "name": resolution.actors[actor_id].name,
            "into": resolution.resolve(actor_id),
            "why": resolution.reasons.get(actor_id, ""),
        }
        for actor_id in sorted(resolution.actors)
        if actor_id in resolution.reasons
    ]
    emit(rows, fmt, columns=("id", "name", "into", "why"), title="merges")


def rate_command(
    name: Annotated[str, typer.Argument(help="Source or outlet name, as claims give it.")],
    letter: Annotated[str, typer.Argument(help="Reliability A-F.")],
    note: Annotated[str | None, typer.Option(help="Why, for the record.")] = None,
    db: DbOption = None,
) -> None:
    """Set the reliability letter of a source, overriding outlets.yaml."""
    letter = rate_source(open_store(Options.from_env(db=db)), name, letter, note=note)
    console.print(f"{name} rated {letter}")


def sources_list_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """Sources the analyst has rated."""
    engine = open_store(Options.from_env(db=db))
    rows = sorted(list_source_ratings(engine).values(), key=lambda row: row["name"])
    emit(rows, fmt, columns=("name", "reliability", "note", "rated_at"), title="sources")
