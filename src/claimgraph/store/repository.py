"""Write extractions to the database: one document, all or nothing.

A document, its dropped lines, mentions and claims go in one transaction, so
a crash or a bad row never leaves a document without its claims or claims
without their document. The document id is a hash of the body, so storing an
article again is a no-op reported as ``unchanged``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError

from claimgraph.model import Actor, Claim, Document, Extraction
from claimgraph.store import schema
from claimgraph.store.database import write_transaction

SaveStatus = Literal["stored", "unchanged"]
LOCK_RETRIES = 5


def has_document(engine: Engine, doc_id: str) -> bool:
    """True when a document with this id is stored."""
    with engine.connect() as connection:
        query = select(schema.documents.c.id).where(schema.documents.c.id == doc_id)
        return connection.execute(query).first() is not None


def save_extraction(engine: Engine, extraction: Extraction) -> SaveStatus:
    """Store a document with everything read from it, in one transaction.

    A writer that still finds the database locked after the busy timeout
    tries again with growing pauses, so concurrent ingests never surface
    "database is locked" to the user.
    """
    for attempt in range(LOCK_RETRIES):
        try:
            return _save_once(engine, extraction)
        except OperationalError as exc:
            if "locked" not in str(exc.orig) or attempt == LOCK_RETRIES - 1:
                raise
            time.sleep(0.5 * 2**attempt)
    raise AssertionError("unreachable")


def _save_once(engine: Engine, extraction: Extraction) -> SaveStatus:
    document = extraction.document
    try:
        with write_transaction(engine) as connection:
            if _exists(connection, document.id):
                return "unchanged"
            _upsert_actors(connection, extraction.actors)
            _insert_document(connection, document)
            _insert_rows(connection, extraction)
    except IntegrityError:
        # Another writer stored the same document between our check and insert.
        if has_document(engine, document.id):
            return "unchanged"
        raise
    return "stored"


def _exists(connection: Connection, doc_id: str) -> bool:
    query = select(schema.documents.c.id).where(schema.documents.c.id == doc_id)
    return connection.execute(query).first() is not None


def _upsert_actors(connection: Connection, actors: Iterable[Actor]) -> None:
    """Insert actors not yet known; an existing actor keeps its stored record."""
    rows = {actor.id: _actor_row(actor) for actor in actors}
    if not rows:
        return
    dialect = connection.dialect.name
    table = schema.actors
    if dialect == "postgresql":
        pg_statement = postgresql.insert(table).on_conflict_do_nothing(index_elements=["id"])
        connection.execute(pg_statement, list(rows.values()))
    elif dialect == "sqlite":
        lite_statement = sqlite.insert(table).on_conflict_do_nothing(index_elements=["id"])
        connection.execute(lite_statement, list(rows.values()))
    else:
        known = set(connection.scalars(select(table.c.id).where(table.c.id.in_(rows))))
        fresh = [row for key, row in rows.items() if key not in known]
        if fresh:
            connection.execute(insert(table), fresh)


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "origin": actor.origin,
        "aliases": json.dumps(list(actor.aliases), ensure_ascii=False),
    }


def _insert_document(connection: Connection, document: Document) -> None:
    connection.execute(
        insert(schema.documents),
        {
            "id": document.id,
            "title": document.title,
            "outlet": document.outlet,
            "author": document.author,
            "published": document.published,
            "url": document.url,
            "format": document.format,
            "path": document.path,
            "body": document.body,
            "ingested_at": datetime.now(UTC).replace(tzinfo=None),
        },
    )


def _insert_rows(connection: Connection, extraction: Extraction) -> None:
    doc_id = extraction.document.id
    dropped = [
        {"doc_id": doc_id, "seq": seq, "line": item.line, "reason": item.reason}
        for seq, item in enumerate(extraction.document.dropped)
    ]
    if dropped:
        connection.execute(insert(schema.dropped_lines), dropped)
    mentions = [
        {
            "doc_id": doc_id,
            "start_char": mention.start,
            "end_char": mention.end,
            "text": mention.text,
            "label": mention.label,
            "actor_id": mention.actor_id,
        }
        for mention in extraction.mentions
    ]
    if mentions:
        connection.execute(insert(schema.mentions), mentions)
    claims = list({claim.id: _claim_row(claim) for claim in extraction.claims}.values())
    if claims:
        connection.execute(insert(schema.claims), claims)


def _claim_row(claim: Claim) -> dict[str, Any]:
    value = claim.value
    return {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "type": claim.type,
        "predicate": claim.predicate,
        "subject_id": claim.subject.id,
        "object_id": claim.object.id if claim.object else None,
        "value_min": value.min if value else None,
        "value_max": value.max if value else None,
        "value_approx": value.approx if value else None,
        "qualifier": value.qualifier if value else None,
        "polarity": claim.polarity,
        "hedged": claim.hedged,
        "when_text": claim.when,
        "source_name": claim.source.name,
        "source_kind": claim.source.kind,
        "source_affiliation": claim.source.affiliation,
        "sentence": claim.evidence.sentence,
        "start_char": claim.evidence.start,
        "end_char": claim.evidence.end,
        "reader": claim.reader,
        "confidence": claim.confidence,
    }


def save_original(engine: Engine, doc_id: str, *, name: str, media_type: str, data: bytes) -> None:
    """Keep the uploaded bytes of a stored document so they can be downloaded again.

    A document that already has an original keeps it: the first upload wins,
    like the first stored copy of the document itself.
    """
    originals = schema.originals
    with engine.begin() as connection:
        query = select(originals.c.doc_id).where(originals.c.doc_id == doc_id)
        if connection.execute(query).first() is None:
            connection.execute(
                insert(originals),
                {"doc_id": doc_id, "name": name, "media_type": media_type, "data": data},
            )
