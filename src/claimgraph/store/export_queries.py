"""Reads behind ``claimgraph export``: actors and documents with what the contracts leave out.

The claim and assertion contracts carry short actor and document references;
exports also need aliases, mention counts and ingestion dates, read here in
one query each, ordered by id so every export of one database is the same.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func, select

from claimgraph.store import schema


def actor_details(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every stored actor by id: name, kind, origin, aliases (a list) and mention count."""
    actors, mentions = schema.actors, schema.mentions
    mention_counts = (
        select(mentions.c.actor_id, func.count().label("n"))
        .group_by(mentions.c.actor_id)
        .subquery()
    )
    query = (
        select(
            actors.c.id,
            actors.c.name,
            actors.c.kind,
            actors.c.origin,
            actors.c.aliases,
            func.coalesce(mention_counts.c.n, 0).label("mentions"),
        )
        .outerjoin(mention_counts, mention_counts.c.actor_id == actors.c.id)
        .order_by(actors.c.id)
    )
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["aliases"] = _aliases(row["aliases"])
        row["mentions"] = int(row["mentions"])
    return {row["id"]: row for row in rows}


def _aliases(raw: str | None) -> list[str]:
    """Aliases are stored as a JSON list; a damaged value reads as none."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def document_details(engine: Engine) -> dict[str, dict[str, Any]]:
    """Every stored document's metadata by id (no body), dates as ISO strings."""
    documents = schema.documents
    query = select(
        documents.c.id,
        documents.c.title,
        documents.c.outlet,
        documents.c.author,
        documents.c.published,
        documents.c.url,
        documents.c.format,
        documents.c.ingested_at,
    ).order_by(documents.c.id)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["published"] = _iso_day(row["published"])
        row["ingested_at"] = _iso_day(row["ingested_at"])
    return {row["id"]: row for row in rows}


def _iso_day(value: Any) -> str | None:
    """A stored date or timestamp as ``YYYY-MM-DD``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]
