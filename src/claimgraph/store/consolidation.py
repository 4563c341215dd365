"""Reads and writes behind consolidation: actor merges, source ratings, fingerprints.

Analysts' decisions (merge two actors, split one back out, rate a source)
are recorded as rows, never applied by rewriting claims, so every decision
can be listed and reversed. Document fingerprints are a cache of a pure
function of the stored body; they are filled in lazily by the analysis.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select

from claimgraph.store import schema
from claimgraph.store.database import write_transaction


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def actor_records(engine: Engine) -> list[dict[str, Any]]:
    """Every stored actor with its aliases as a list, in id order."""
    actors = schema.actors
    query = select(
        actors.c.id, actors.c.name, actors.c.kind, actors.c.origin, actors.c.aliases
    ).order_by(actors.c.id)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["aliases"] = _aliases(row["aliases"])
    return rows


def _aliases(raw: str | None) -> list[str]:
    """Aliases are stored as a JSON list; a damaged value reads as none."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def record_actor_decision(
    engine: Engine, action: str, actor_id: str, into_id: str | None, note: str | None = None
) -> int:
    """Append one analyst decision (``merge`` into ``into_id``, or ``split``); return its id."""
    with write_transaction(engine) as connection:
        result = connection.execute(
            insert(schema.actor_merges).values(
                action=action, actor_id=actor_id, into_id=into_id, note=note, created_at=_now()
            )
        )
        key = result.inserted_primary_key
        return int(key[0]) if key else 0


def list_actor_decisions(engine: Engine) -> list[dict[str, Any]]:
    """Analyst merge and split decisions, oldest first (the order they are replayed in)."""
    table = schema.actor_merges
    query = select(table).order_by(table.c.id)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["created_at"] = row["created_at"].isoformat(timespec="seconds")
    return rows


def set_source_rating(
    engine: Engine, source_key: str, name: str, reliability: str, note: str | None = None
) -> None:
    """Record the analyst's reliability letter for a source, replacing an earlier one."""
    table = schema.source_ratings
    with write_transaction(engine) as connection:
        connection.execute(delete(table).where(table.c.source_key == source_key))
        connection.execute(
            insert(table).values(
                source_key=source_key,
                name=name,
                reliability=reliability,
                note=note,
                rated_at=_now(),
            )
        )


def list_source_ratings(engine: Engine) -> dict[str, dict[str, Any]]:
    """Analyst ratings by source key."""
    table = schema.source_ratings
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(select(table))]
    return {row["source_key"]: row for row in rows}


def documents_without_fingerprint(engine: Engine, method: str) -> list[tuple[str, str]]:
    """``(id, body)`` of documents with no fingerprint made by ``method``."""
    documents, prints = schema.documents, schema.document_fingerprints
    query = (
        select(documents.c.id, documents.c.body)
        .outerjoin(prints, (prints.c.doc_id == documents.c.id) & (prints.c.method == method))
        .where(prints.c.doc_id.is_(None))
        .order_by(documents.c.id)
    )
    with engine.connect() as connection:
        return [(row.id, row.body) for row in connection.execute(query)]


def save_fingerprints(engine: Engine, method: str, rows: Iterable[tuple[str, bytes]]) -> None:
    """Store ``(doc_id, signature)`` pairs, replacing fingerprints made another way."""
    table = schema.document_fingerprints
    values = [{"doc_id": doc_id, "method": method, "signature": sig} for doc_id, sig in rows]
    if not values:
        return
    with write_transaction(engine) as connection:
        ids = [value["doc_id"] for value in values]
        for start in range(0, len(ids), 500):
            connection.execute(delete(table).where(table.c.doc_id.in_(ids[start : start + 500])))
        connection.execute(insert(table), values)


def load_fingerprints(engine: Engine, method: str) -> list[dict[str, Any]]:
    """Fingerprints made by ``method`` with each document's outlet and date."""
    documents, prints = schema.documents, schema.document_fingerprints
    query = (
        select(
            prints.c.doc_id,
            prints.c.signature,
            documents.c.outlet,
            documents.c.published,
        )
        .join(documents, documents.c.id == prints.c.doc_id)
        .where(prints.c.method == method)
        .order_by(prints.c.doc_id)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def data_version(engine: Engine) -> tuple[Any, ...]:
    """A cheap summary that changes whenever consolidation could change.

    Documents are only ever added (ids are content hashes) and decisions only
    appended, so counts and the newest timestamps are enough to invalidate a
    cache of consolidated results.
    """
    claims, documents = schema.claims, schema.documents
    merges, ratings = schema.actor_merges, schema.source_ratings
    with engine.connect() as connection:
        return (
            connection.execute(select(func.count()).select_from(claims)).scalar_one(),
            connection.execute(select(func.count()).select_from(documents)).scalar_one(),
            connection.execute(select(func.max(documents.c.ingested_at))).scalar_one(),
            connection.execute(select(func.max(merges.c.id))).scalar_one(),
            connection.execute(select(func.max(ratings.c.rated_at))).scalar_one(),
            connection.execute(select(func.count()).select_from(ratings)).scalar_one(),
        )
