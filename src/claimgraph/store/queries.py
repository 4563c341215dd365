"""Read the store back as plain dicts in the shapes the CLI and API print.

The claim dict is a contract (``claimgraph claims --format jsonl``): other
tools read it, so its keys only ever grow.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select
from sqlalchemy.orm import aliased

from claimgraph.errors import NotFoundError
from claimgraph.model import Actor, Claim, Evidence, Source, Value, claim_json
from claimgraph.store import schema

_subject = aliased(schema.actors, name="subject")
_object = aliased(schema.actors, name="object")


def counts(engine: Engine) -> dict[str, int]:
    """How many documents, actors, claims and dropped lines are stored."""
    tables = {
        "documents": schema.documents,
        "actors": schema.actors,
        "mentions": schema.mentions,
        "claims": schema.claims,
        "dropped_lines": schema.dropped_lines,
    }
    with engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in tables.items()
        }


def list_documents(engine: Engine, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Documents, newest first, with their claim counts."""
    claim_counts = (
        select(schema.claims.c.doc_id, func.count().label("n"))
        .group_by(schema.claims.c.doc_id)
        .subquery()
    )
    documents = schema.documents
    query = (
        select(
            documents.c.id,
            documents.c.title,
            documents.c.outlet,
            documents.c.author,
            documents.c.published,
            documents.c.url,
            documents.c.format,
            documents.c.path,
            func.coalesce(claim_counts.c.n, 0).label("claims"),
        )
        .outerjoin(claim_counts, claim_counts.c.doc_id == documents.c.id)
        .order_by(documents.c.published.desc(), documents.c.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [_document_row(row) for row in connection.execute(query)]


def _document_row(row: Any) -> dict[str, Any]:
    data = dict(row._mapping)
    data["published"] = _iso(data.get("published"))
    return data


def list_actors(engine: Engine) -> list[dict[str, Any]]:
    """Actors with how often they are mentioned and how many claims they take part in."""
    actors, mentions, claims = schema.actors, schema.mentions, schema.claims
    mention_counts = (
        select(mentions.c.actor_id, func.count().label("n"))
        .group_by(mentions.c.actor_id)
        .subquery()
    )
    claim_ids = (
        select(claims.c.subject_id.label("actor_id"), claims.c.id)
        .union_all(select(claims.c.object_id, claims.c.id).where(claims.c.object_id.isnot(None)))
        .subquery()
    )
    claim_counts = (
        select(claim_ids.c.actor_id, func.count(func.distinct(claim_ids.c.id)).label("n"))
        .group_by(claim_ids.c.actor_id)
        .subquery()
    )
    query = (
        select(
            actors.c.id,
            actors.c.name,
            actors.c.kind,
            actors.c.origin,
            func.coalesce(mention_counts.c.n, 0).label("mentions"),
            func.coalesce(claim_counts.c.n, 0).label("claims"),
        )
        .outerjoin(mention_counts, mention_counts.c.actor_id == actors.c.id)
        .outerjoin(claim_counts, claim_counts.c.actor_id == actors.c.id)
        .order_by(func.coalesce(claim_counts.c.n, 0).desc(), actors.c.name)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def find_actor_id(engine: Engine, text: str) -> str | None:
    """The stored actor whose id or name is ``text`` (case-insensitive)."""
    actors = schema.actors
    folded = text.strip().lower()
    query = select(actors.c.id).where(
        or_(func.lower(actors.c.id) == folded, func.lower(actors.c.name) == folded)
    )
    with engine.connect() as connection:
        return connection.execute(query).scalars().first()


def _claims_query() -> Select[Any]:
    claims, documents = schema.claims, schema.documents
    return (
        select(
            claims,
            _subject.c.name.label("subject_name"),
            _subject.c.kind.label("subject_kind"),
            _object.c.name.label("object_name"),
            _object.c.kind.label("object_kind"),
            documents.c.title.label("doc_title"),
            documents.c.outlet.label("doc_outlet"),
            documents.c.url.label("doc_url"),
            documents.c.published.label("doc_published"),
            documents.c.path.label("doc_path"),
        )
        .join(_subject, _subject.c.id == claims.c.subject_id)
        .outerjoin(_object, _object.c.id == claims.c.object_id)
        .join(documents, documents.c.id == claims.c.doc_id)
        .order_by(documents.c.published, claims.c.doc_id, claims.c.start_char, claims.c.id)
    )


def iter_claims(
    engine: Engine,
    *,
    actor_ids: list[str] | None = None,
    claim_type: str | None = None,
    doc_id: str | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Claims in the JSONL contract shape, filtered by actor, type or document."""
    query = _filtered(_claims_query(), actor_ids=actor_ids, claim_type=claim_type, doc_id=doc_id)
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as connection:
        for row in connection.execute(query):
            yield claim_dict(row._mapping)


def count_claims(
    engine: Engine, *, actor_ids: list[str] | None = None, claim_type: str | None = None
) -> int:
    """How many claims :func:`iter_claims` would yield for the same filters."""
    query = _filtered(
        select(func.count()).select_from(schema.claims), actor_ids=actor_ids, claim_type=claim_type
    )
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _filtered(
    query: Select[Any],
    *,
    actor_ids: list[str] | None = None,
    claim_type: str | None = None,
    doc_id: str | None = None,
) -> Select[Any]:
    claims = schema.claims
    if actor_ids:
        query = query.where(
            or_(claims.c.subject_id.in_(actor_ids), claims.c.object_id.in_(actor_ids))
        )
    if claim_type:
        query = query.where(claims.c.type == claim_type)
    if doc_id:
        query = query.where(claims.c.doc_id == doc_id)
    return query


def claim_dict(row: Any) -> dict[str, Any]:
    """One claim row as the contract's JSON object (built by the model, like ``extract``)."""
    value = None
    if row["value_min"] is not None or row["value_max"] is not None or row["qualifier"]:
        value = Value(
            min=row["value_min"],
            max=row["value_max"],
            approx=bool(row["value_approx"]),
            qualifier=row["qualifier"],
        )
    claim = Claim(
        id=row["id"],
        doc_id=row["doc_id"],
        type=row["type"],
        predicate=row["predicate"],
        subject=Actor(row["subject_id"], row["subject_name"], row["subject_kind"]),
        object=(
            Actor(row["object_id"], row["object_name"], row["object_kind"])
            if row["object_id"]
            else None
        ),
        value=value,
        polarity=row["polarity"],
        hedged=bool(row["hedged"]),
        when=row["when_text"],
        source=Source(row["source_name"], row["source_kind"], row["source_affiliation"]),
        evidence=Evidence(row["sentence"], row["start_char"], row["end_char"]),
        reader=row["reader"],
        confidence=row["confidence"],
    )
    document = {
        "id": row["doc_id"],
        "title": row["doc_title"],
        "outlet": row["doc_outlet"],
        "url": row["doc_url"],
        "published": _iso(row["doc_published"]),
        "path": row["doc_path"],
    }
    return claim_json(claim, document)


def get_document(engine: Engine, doc_id: str) -> dict[str, Any]:
    """A document with its body, dropped lines and claims; NotFoundError if absent."""
    documents, dropped = schema.documents, schema.dropped_lines
    with engine.connect() as connection:
        row = connection.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            matches = connection.execute(
                select(documents).where(documents.c.id.startswith(doc_id))
            ).all()
            if len(matches) != 1 or not doc_id:
                raise NotFoundError("no such document", subject=doc_id)
            row = matches[0]
        data = _document_row(row)
        data["ingested_at"] = _iso(data.get("ingested_at"))
        data["dropped"] = [
            {"line": line, "reason": reason}
            for line, reason in connection.execute(
                select(dropped.c.line, dropped.c.reason)
                .where(dropped.c.doc_id == data["id"])
                .order_by(dropped.c.seq)
            )
        ]
    data["claims"] = list(iter_claims(engine, doc_id=data["id"]))
    return data


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- reads for the web pages ---------------------------------------------------


def claims_by_ids(engine: Engine, claim_ids: list[str]) -> list[dict[str, Any]]:
    """Claims with these ids in the contract shape (order of the store, not of the ids)."""
    if not claim_ids:
        return []
    query = _claims_query().where(schema.claims.c.id.in_(claim_ids))
    with engine.connect() as connection:
        return [claim_dict(row._mapping) for row in connection.execute(query)]


def get_actor(engine: Engine, actor_id: str) -> dict[str, Any]:
    """One actor with its aliases and counts; NotFoundError if absent."""
    actors = schema.actors
    with engine.connect() as connection:
        row = connection.execute(select(actors).where(actors.c.id == actor_id)).first()
    if row is None:
        raise NotFoundError("no such actor", subject=actor_id)
    data = dict(row._mapping)
    data["aliases"] = json.loads(data.get("aliases") or "[]")
    return data


def document_mentions(engine: Engine, doc_id: str) -> list[dict[str, Any]]:
    """The mentions of a document in body order, with the names of their actors."""
    mentions, actors = schema.mentions, schema.actors
    query = (
        select(
            mentions.c.start_char.label("start"),
            mentions.c.end_char.label("end"),
            mentions.c.text,
            mentions.c.label,
            mentions.c.actor_id,
            actors.c.name.label("actor_name"),
            actors.c.kind.label("actor_kind"),
        )
        .outerjoin(actors, actors.c.id == mentions.c.actor_id)
        .where(mentions.c.doc_id == doc_id)
        .order_by(mentions.c.start_char, mentions.c.end_char)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def actor_documents(engine: Engine, actor_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Documents that mention an actor or hold claims about it, newest first."""
    documents, mentions, claims = schema.documents, schema.mentions, schema.claims
    doc_ids = (
        select(mentions.c.doc_id.label("doc_id"))
        .where(mentions.c.actor_id == actor_id)
        .union(
            select(claims.c.doc_id).where(
                or_(claims.c.subject_id == actor_id, claims.c.object_id == actor_id)
            )
        )
        .subquery()
    )
    query = (
        select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published)
        .join(doc_ids, doc_ids.c.doc_id == documents.c.id)
        .order_by(documents.c.published.desc(), documents.c.id)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [_document_row(row) for row in connection.execute(query)]


def relation_edges(engine: Engine, actor_ids: list[str]) -> list[dict[str, Any]]:
    """Relation claims touching any of ``actor_ids``, counted per (subject, predicate, object, polarity)."""
    claims = schema.claims
    query = (
        select(
            claims.c.subject_id,
            _subject.c.name.label("subject_name"),
            _subject.c.kind.label("subject_kind"),
            claims.c.object_id,
            _object.c.name.label("object_name"),
            _object.c.kind.label("object_kind"),
            claims.c.predicate,
            claims.c.polarity,
            func.count().label("claims"),
            func.count(func.distinct(claims.c.doc_id)).label("documents"),
        )
        .join(_subject, _subject.c.id == claims.c.subject_id)
        .join(_object, _object.c.id == claims.c.object_id)
        .where(
            claims.c.type == "relation",
            or_(claims.c.subject_id.in_(actor_ids), claims.c.object_id.in_(actor_ids)),
        )
        .group_by(
            claims.c.subject_id,
            _subject.c.name,
            _subject.c.kind,
            claims.c.object_id,
            _object.c.name,
            _object.c.kind,
            claims.c.predicate,
            claims.c.polarity,
        )
        .order_by(func.count().desc(), claims.c.subject_id, claims.c.object_id)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def list_outlets(engine: Engine) -> list[str]:
    """Outlet names of stored documents, for search filters."""
    documents = schema.documents
    query = (
        select(documents.c.outlet)
        .where(documents.c.outlet.isnot(None))
        .group_by(documents.c.outlet)
        .order_by(documents.c.outlet)
    )
    with engine.connect() as connection:
        return [outlet for (outlet,) in connection.execute(query)]


def get_original(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """The uploaded bytes of a document (name, media_type, data), or None."""
    originals = schema.originals
    with engine.connect() as connection:
        row = connection.execute(select(originals).where(originals.c.doc_id == doc_id)).first()
    return dict(row._mapping) if row is not None else None
