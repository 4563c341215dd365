"""Reads and writes behind monitoring: watched sources, items seen, watchlists, alerts.

Everything a running monitor knows lives here rather than in memory, so a
restarted ``claimgraph watch run`` carries on where the last one stopped:
when each source is due, the validators for conditional requests, the
failures that set its back-off, and which items (by URL or path) were seen
with which content hash. Times are naive UTC, like the rest of the store.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from claimgraph.errors import InputError, NotFoundError
from claimgraph.store import schema
from claimgraph.store.database import write_transaction

# --- watched sources ---------------------------------------------------------------


def add_source(
    engine: Engine,
    *,
    kind: str,
    target: str,
    outlet: str | None,
    every_seconds: int,
    now: datetime,
) -> dict[str, Any]:
    """Start watching ``target``, due at once; InputError when it is watched already."""
    table = schema.watch_sources
    try:
        with write_transaction(engine) as connection:
            result = connection.execute(
                insert(table).values(
                    kind=kind,
                    target=target,
                    outlet=outlet,
                    every_seconds=every_seconds,
                    next_poll=now,
                    failures=0,
                    created_at=now,
                )
            )
            key = result.inserted_primary_key
    except IntegrityError as exc:
        raise InputError("is watched already", subject=target) from exc
    return get_source(engine, int(key[0]) if key else 0)


def get_source(engine: Engine, source_id: int) -> dict[str, Any]:
    """One watched source by id; NotFoundError if absent."""
    table = schema.watch_sources
    with engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == source_id)).first()
    if row is None:
        raise NotFoundError("no such watched source", subject=str(source_id))
    return dict(row._mapping)


def list_sources(engine: Engine) -> list[dict[str, Any]]:
    """Every watched source, in the order they were added."""
    table = schema.watch_sources
    with engine.connect() as connection:
        return [
            dict(row._mapping) for row in connection.execute(select(table).order_by(table.c.id))
        ]


def find_source(engine: Engine, ref: str) -> dict[str, Any]:
    """A watched source by id or by its exact URL or folder; NotFoundError if none."""
    table = schema.watch_sources
    query = select(table).where(table.c.target == ref)
    if ref.isdigit():
        query = select(table).where((table.c.id == int(ref)) | (table.c.target == ref))
    with engine.connect() as connection:
        row = connection.execute(query).first()
    if row is None:
        raise NotFoundError("no such watched source", subject=ref)
    return dict(row._mapping)


def remove_source(engine: Engine, source_id: int) -> None:
    """Stop watching a source and forget the items seen from it."""
    with write_transaction(engine) as connection:
        connection.execute(
            delete(schema.watch_items).where(schema.watch_items.c.source_id == source_id)
        )
        connection.execute(
            delete(schema.watch_sources).where(schema.watch_sources.c.id == source_id)
        )


def due_sources(engine: Engine, now: datetime) -> list[dict[str, Any]]:
    """Sources whose next poll is at or before ``now``, the longest overdue first."""
    table = schema.watch_sources
    query = select(table).where(table.c.next_poll <= now).order_by(table.c.next_poll, table.c.id)
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def record_poll(engine: Engine, source_id: int, **fields: Any) -> None:
    """Write what a poll learnt (``last_polled``, ``next_poll``, ``failures``, validators...)."""
    table = schema.watch_sources
    with write_transaction(engine) as connection:
        connection.execute(update(table).where(table.c.id == source_id).values(**fields))


# --- items seen ----------------------------------------------------------------------


def source_items(engine: Engine, source_id: int) -> dict[str, dict[str, Any]]:
    """Items seen from a source, by URL or path."""
    table = schema.watch_items
    query = select(table).where(table.c.source_id == source_id)
    with engine.connect() as connection:
        return {row.item_key: dict(row._mapping) for row in connection.execute(query)}


def save_item(engine: Engine, source_id: int, item_key: str, **fields: Any) -> None:
    """Insert or update what is known about one item of a source."""
    table = schema.watch_items
    where = (table.c.source_id == source_id) & (table.c.item_key == item_key)
    with write_transaction(engine) as connection:
        found = connection.execute(select(table.c.id).where(where)).first()
        if found is None:
            connection.execute(
                insert(table).values(source_id=source_id, item_key=item_key, **fields)
            )
        else:
            connection.execute(update(table).where(where).values(**fields))


# --- watchlists ------------------------------------------------------------------------


def add_watch(
    engine: Engine,
    *,
    actor: str,
    actor_id: str,
    events: list[str],
    threshold: float,
    now: datetime,
) -> int:
    """Record a watchlist entry for an actor; its id."""
    with write_transaction(engine) as connection:
        result = connection.execute(
            insert(schema.watchlists).values(
                actor=actor,
                actor_id=actor_id,
                events=",".join(events),
                threshold=threshold,
                created_at=now,
            )
        )
        key = result.inserted_primary_key
        return int(key[0]) if key else 0


def list_watches(engine: Engine) -> list[dict[str, Any]]:
    """Watchlist entries with their events as a list, oldest first."""
    table = schema.watchlists
    with engine.connect() as connection:
        rows = [
            dict(row._mapping) for row in connection.execute(select(table).order_by(table.c.id))
        ]
    for row in rows:
        row["events"] = [event for event in row["events"].split(",") if event]
    return rows


def remove_watch(engine: Engine, watch_id: int) -> None:
    """Delete a watchlist entry (its alerts stay, unlinked); NotFoundError if absent."""
    table = schema.watchlists
    with write_transaction(engine) as connection:
        result = connection.execute(delete(table).where(table.c.id == watch_id))
    if not result.rowcount:
        raise NotFoundError("no such watchlist entry", subject=str(watch_id))


# --- alerts ------------------------------------------------------------------------------


def record_alert(engine: Engine, alert: dict[str, Any], *, now: datetime) -> int | None:
    """Store an alert; None when one with the same fingerprint is stored already.

    The fingerprint names the change, not the poll, so re-running over the
    same data never alerts twice.
    """
    table = schema.alerts
    row = {
        "fingerprint": alert["fingerprint"],
        "watch_id": alert.get("watch_id"),
        "kind": alert["kind"],
        "actor_id": alert["actor_id"],
        "summary": alert["summary"],
        "details": json.dumps(alert.get("details") or {}, ensure_ascii=False, default=str),
        "doc_id": alert.get("doc_id"),
        "created_at": now,
    }
    try:
        with write_transaction(engine) as connection:
            found = connection.execute(
                select(table.c.id).where(table.c.fingerprint == row["fingerprint"])
            ).first()
            if found is not None:
                return None
            key = connection.execute(insert(table).values(**row)).inserted_primary_key
    except IntegrityError:
        return None
    return int(key[0]) if key else None


def set_delivery(engine: Engine, alert_id: int, delivery: dict[str, str]) -> None:
    """Record how each channel fared with an alert."""
    table = schema.alerts
    with write_transaction(engine) as connection:
        connection.execute(
            update(table).where(table.c.id == alert_id).values(delivery=json.dumps(delivery))
        )


def list_alerts(
    engine: Engine,
    *,
    since: datetime | None = None,
    actor_id: str | None = None,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Alerts, newest first, with details and delivery decoded."""
    table = schema.alerts
    query = select(table).order_by(table.c.created_at.desc(), table.c.id.desc()).limit(limit)
    if since is not None:
        query = query.where(table.c.created_at >= since)
    if actor_id is not None:
        query = query.where(table.c.actor_id == actor_id)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["details"] = _json(row["details"], {})
        row["delivery"] = _json(row["delivery"], {})
        row["created_at"] = row["created_at"].isoformat(timespec="seconds")
    return rows


def _json(raw: str | None, default: Any) -> Any:
    try:
        return json.loads(raw) if raw else default
    except ValueError:
        return default


# --- documents by arrival ---------------------------------------------------------------


def documents_ingested_since(engine: Engine, since: datetime) -> set[str]:
    """Ids of documents stored at or after ``since``."""
    documents = schema.documents
    query = select(documents.c.id).where(documents.c.ingested_at >= since)
    with engine.connect() as connection:
        return set(connection.scalars(query))
