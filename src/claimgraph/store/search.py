"""Full-text search over document titles, bodies and claim sentences.

SQLite uses FTS5: two virtual tables (``search_documents``, ``search_claims``)
kept in step with ``documents`` and ``claims`` by triggers, so every writer
(the CLI, the web form, a script calling ``save_extraction``) updates the
index without knowing it exists. The index is derived data: ``ensure_search_index``
creates it when missing and fills it from the stored rows, which is why it is
not part of ``schema.metadata`` or of the migrations (schema comparisons would
otherwise see FTS5's shadow tables). PostgreSQL matches ``to_tsvector`` on the
fly; the dialect is the single branch in :func:`search`.

Snippets mark matched words with :data:`HIT_START` and :data:`HIT_END`;
:func:`split_snippet` turns them into ``(text, is_hit)`` segments so a page can
escape each segment and never has to trust markup built by the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import OperationalError

from claimgraph.store import schema
from claimgraph.store.queries import claims_by_ids

HIT_START = "\x02"
HIT_END = "\x03"
_TOKENIZER = "porter unicode61 remove_diacritics 2"
_PG_CONFIG = "english"

_SQLITE_INDEX_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS search_documents USING fts5("
    f"doc_id UNINDEXED, title, body, tokenize='{_TOKENIZER}')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS search_claims USING fts5("
    f"claim_id UNINDEXED, doc_id UNINDEXED, sentence, tokenize='{_TOKENIZER}')",
    "CREATE TRIGGER IF NOT EXISTS search_documents_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO search_documents(doc_id, title, body) "
    "VALUES (new.id, coalesce(new.title, ''), new.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_documents_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM search_documents WHERE doc_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_documents_update AFTER UPDATE OF title, body "
    "ON documents BEGIN DELETE FROM search_documents WHERE doc_id = old.id; "
    "INSERT INTO search_documents(doc_id, title, body) "
    "VALUES (new.id, coalesce(new.title, ''), new.body); END",
    "CREATE TRIGGER IF NOT EXISTS search_claims_insert AFTER INSERT ON claims BEGIN "
    "INSERT INTO search_claims(claim_id, doc_id, sentence) "
    "VALUES (new.id, new.doc_id, new.sentence); END",
    "CREATE TRIGGER IF NOT EXISTS search_claims_delete AFTER DELETE ON claims BEGIN "
    "DELETE FROM search_claims WHERE claim_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_claims_update AFTER UPDATE OF sentence ON claims "
    "BEGIN DELETE FROM search_claims WHERE claim_id = old.id; "
    "INSERT INTO search_claims(claim_id, doc_id, sentence) "
    "VALUES (new.id, new.doc_id, new.sentence); END",
)
_SQLITE_BACKFILL = (
    "INSERT INTO search_documents(doc_id, title, body) "
    "SELECT id, coalesce(title, ''), body FROM documents "
    "WHERE NOT EXISTS (SELECT 1 FROM search_documents)",
    "INSERT INTO search_claims(claim_id, doc_id, sentence) "
    "SELECT id, doc_id, sentence FROM claims WHERE NOT EXISTS (SELECT 1 FROM search_claims)",
)

_fts_documents = table(
    "search_documents", column("doc_id"), column("title"), column("body"), column("rowid")
)
_fts_claims = table(
    "search_claims", column("claim_id"), column("doc_id"), column("sentence"), column("rowid")
)


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search besides its words.

    ``actor``: an actor id that the claim is about, or the document mentions or
    makes claims about. ``claim_type``: only claims of this type (and documents
    holding one). ``outlet``: exact outlet name. ``since``/``until``: publication
    dates, inclusive. ``kind``: ``documents``, ``claims`` or ``all``.
    """

    actor: str | None = None
    claim_type: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str = "all"


def ensure_search_index(engine: Engine) -> None:
    """Create the SQLite full-text index and its triggers if missing, then back-fill it.

    Idempotent and cheap when the index exists; PostgreSQL needs nothing.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        for statement in _SQLITE_INDEX_DDL:
            connection.execute(text(statement))
        for statement in _SQLITE_BACKFILL:
            connection.execute(text(statement))


def rebuild_search_index(engine: Engine) -> None:
    """Empty the SQLite index and fill it again from the stored rows."""
    if engine.dialect.name != "sqlite":
        return
    ensure_search_index(engine)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM search_documents"))
        connection.execute(text("DELETE FROM search_claims"))
        for statement in _SQLITE_BACKFILL:
            connection.execute(text(statement))


def fts_query(words: str) -> str:
    """An FTS5 query matching every word of ``words`` (a prefix on the last one).

    Each word is quoted, so operators and punctuation typed by a person are
    searched for as text instead of being parsed as FTS5 syntax.
    """
    tokens = re.findall(r"\w+", words)
    if not tokens:
        return ""
    quoted = [f'"{token}"' for token in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def ts_query(words: str) -> str:
    """The PostgreSQL counterpart of :func:`fts_query`: every word, the last as a prefix.

    Words are reduced to letters and digits, so nothing a person types can
    form ``to_tsquery`` syntax.
    """
    tokens = re.findall(r"\w+", words)
    if not tokens:
        return ""
    terms = [f"'{token}'" for token in tokens]
    terms[-1] += ":*"
    return " & ".join(terms)


def _pg_query(words: str) -> ColumnElement[Any]:
    return func.to_tsquery(_PG_CONFIG, ts_query(words))


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """Cut a marked snippet into ``(text, is_hit)`` segments, dropping empty ones."""
    segments: list[tuple[str, bool]] = []
    for part in re.split(f"({HIT_START}.*?{HIT_END})", snippet, flags=re.DOTALL):
        if not part:
            continue
        if part.startswith(HIT_START) and part.endswith(HIT_END):
            segments.append((part[1:-1], True))
        else:
            segments.append((part.replace(HIT_START, "").replace(HIT_END, ""), False))
    return [(piece, hit) for piece, hit in segments if piece]


def search(
    engine: Engine, words: str, filters: SearchFilters | None = None, *, limit: int = 50
) -> dict[str, Any]:
    """Documents and claims matching ``words``, best first, with marked snippets."""
    filters = filters or SearchFilters()
    if not re.search(r"\w", words):
        return {"query": words, "documents": [], "claims": []}
    try:
        return _search(engine, words, filters, limit)
    except OperationalError as exc:
        if "no such table: search_" not in str(exc.orig):
            raise
    ensure_search_index(engine)
    return _search(engine, words, filters, limit)


def _search(engine: Engine, words: str, filters: SearchFilters, limit: int) -> dict[str, Any]:
    result: dict[str, Any] = {"query": words, "documents": [], "claims": []}
    found: list[tuple[str, str]] = []
    with engine.connect() as connection:
        if filters.kind in ("all", "documents"):
            result["documents"] = _search_documents(connection, words, filters, limit)
        if filters.kind in ("all", "claims"):
            found = _search_claims(connection, words, filters, limit)
    if filters.kind in ("all", "claims"):
        result["claims"] = _claims_with_snippets(engine, found)
    return result


def _search_documents(
    connection: Connection, words: str, filters: SearchFilters, limit: int
) -> list[dict[str, Any]]:
    documents = schema.documents
    if connection.dialect.name == "sqlite":
        query = _sqlite_documents(words)
    else:
        query = _postgres_documents(words)
    query = query.where(*_document_conditions(documents.c.id, filters)).limit(limit)
    rows = connection.execute(query).all()
    return [
        {
            "id": row.id,
            "title": row.title,
            "outlet": row.outlet,
            "published": row.published.isoformat() if row.published else None,
            "title_segments": split_snippet(row.title_marked or ""),
            "snippet": split_snippet(row.snippet or ""),
        }
        for row in rows
    ]


def _sqlite_documents(words: str) -> Select[Any]:
    documents, fts = schema.documents, _fts_documents
    name: ColumnElement[Any] = literal_column("search_documents")
    return (
        select(
            documents.c.id,
            documents.c.title,
            documents.c.outlet,
            documents.c.published,
            func.highlight(name, 1, HIT_START, HIT_END).label("title_marked"),
            func.snippet(name, 2, HIT_START, HIT_END, "…", 24).label("snippet"),
        )
        .select_from(fts)
        .join(documents, documents.c.id == fts.c.doc_id)
        .where(text("search_documents MATCH :fts").bindparams(fts=fts_query(words)))
        .order_by(func.bm25(name))
    )


def _postgres_documents(words: str) -> Select[Any]:
    documents = schema.documents
    query = _pg_query(words)
    vector = func.to_tsvector(
        _PG_CONFIG, func.coalesce(documents.c.title, "") + " " + documents.c.body
    )
    marks = f"StartSel={HIT_START}, StopSel={HIT_END}, MaxFragments=2, MaxWords=30, MinWords=12"
    return (
        select(
            documents.c.id,
            documents.c.title,
            documents.c.outlet,
            documents.c.published,
            func.ts_headline(
                _PG_CONFIG,
                func.coalesce(documents.c.title, ""),
                query,
                f"HighlightAll=true, StartSel={HIT_START}, StopSel={HIT_END}",
            ).label("title_marked"),
            func.ts_headline(_PG_CONFIG, documents.c.body, query, marks).label("snippet"),
        )
        .where(vector.op("@@")(query))
        .order_by(func.ts_rank(vector, query).desc(), documents.c.id)
    )


def _document_conditions(doc_id: Any, filters: SearchFilters) -> list[ColumnElement[bool]]:
    """Filters on a document id column (shared by document and claim searches)."""
    # Aliases keep these subqueries from correlating with the outer query's tables.
    documents = schema.documents.alias("filter_documents")
    claims = schema.claims.alias("filter_claims")
    mentions = schema.mentions.alias("filter_mentions")
    conditions: list[ColumnElement[bool]] = []
    if filters.outlet or filters.since or filters.until:
        dated = select(literal(1)).where(documents.c.id == doc_id)
        if filters.outlet:
            dated = dated.where(documents.c.outlet == filters.outlet)
        if filters.since:
            dated = dated.where(documents.c.published >= filters.since)
        if filters.until:
            dated = dated.where(documents.c.published <= filters.until)
        conditions.append(exists(dated))
    if filters.claim_type:
        conditions.append(
            exists(
                select(literal(1)).where(
                    claims.c.doc_id == doc_id, claims.c.type == filters.claim_type
                )
            )
        )
    if filters.actor:
        conditions.append(
            or_(
                exists(
                    select(literal(1)).where(
                        mentions.c.doc_id == doc_id, mentions.c.actor_id == filters.actor
                    )
                ),
                exists(
                    select(literal(1)).where(
                        claims.c.doc_id == doc_id,
                        or_(
                            claims.c.subject_id == filters.actor,
                            claims.c.object_id == filters.actor,
                        ),
                    )
                ),
            )
        )
    return conditions


def _claim_conditions(filters: SearchFilters) -> list[ColumnElement[bool]]:
    claims = schema.claims
    conditions = _document_conditions(claims.c.doc_id, _document_level(filters))
    if filters.claim_type:
        conditions.append(claims.c.type == filters.claim_type)
    if filters.actor:
        conditions.append(
            or_(claims.c.subject_id == filters.actor, claims.c.object_id == filters.actor)
        )
    return conditions


def _document_level(filters: SearchFilters) -> SearchFilters:
    """The document-level part of ``filters`` (claim-level ones are applied per claim)."""
    return SearchFilters(outlet=filters.outlet, since=filters.since, until=filters.until)


def _search_claims(
    connection: Connection, words: str, filters: SearchFilters, limit: int
) -> list[tuple[str, str]]:
    """(claim id, marked sentence) of the best matching claims."""
    claims = schema.claims
    if connection.dialect.name == "sqlite":
        fts = _fts_claims
        name: ColumnElement[Any] = literal_column("search_claims")
        query = (
            select(claims.c.id, func.highlight(name, 2, HIT_START, HIT_END).label("marked"))
            .select_from(fts)
            .join(claims, claims.c.id == fts.c.claim_id)
            .where(text("search_claims MATCH :fts").bindparams(fts=fts_query(words)))
            .order_by(func.bm25(name))
        )
    else:
        tsquery = _pg_query(words)
        vector = func.to_tsvector(_PG_CONFIG, claims.c.sentence)
        query = (
            select(
                claims.c.id,
                func.ts_headline(
                    _PG_CONFIG,
                    claims.c.sentence,
                    tsquery,
                    f"HighlightAll=true, StartSel={HIT_START}, StopSel={HIT_END}",
                ).label("marked"),
            )
            .where(vector.op("@@")(tsquery))
            .order_by(func.ts_rank(vector, tsquery).desc(), claims.c.id)
        )
    query = query.where(and_(True, *_claim_conditions(filters))).limit(limit)
    return [(row.id, row.marked or "") for row in connection.execute(query)]


def _claims_with_snippets(engine: Engine, found: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Claims in the contract shape, in rank order, each with its marked sentence."""
    by_id = {claim["id"]: claim for claim in claims_by_ids(engine, [cid for cid, _ in found])}
    results = []
    for claim_id, marked in found:
        claim = by_id.get(claim_id)
        if claim is not None:
            results.append({**claim, "snippet": split_snippet(marked)})
    return results
