"""What a store holds, as sorted rows without run-dependent columns, for comparing two runs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from claimgraph.store import schema

# Columns that differ between two runs storing the same things.
RUN_COLUMNS = {"ingested_at", "id"}


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables ingest writes; surrogate keys and timestamps left out.

    ``documents``, ``actors`` and ``claims`` keep their ids: those are content
    hashes and must agree between runs.
    """
    tables = {
        "documents": (schema.documents, {"ingested_at"}),
        "actors": (schema.actors, set()),
        "claims": (schema.claims, set()),
        "mentions": (schema.mentions, {"id"}),
        "dropped_lines": (schema.dropped_lines, {"id"}),
    }
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for name, (table, skipped) in tables.items():
            columns = [column for column in table.c if column.name not in skipped]
            rows = connection.execute(select(*columns)).all()
            out[name] = sorted((tuple(row) for row in rows), key=repr)
    return out
