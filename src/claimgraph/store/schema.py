"""The database schema, in SQLAlchemy Core, portable across SQLite and PostgreSQL.

Migrations under ``migrations/versions`` create and change these tables;
this module is the schema the code queries against, kept equal to the head
migration (a test checks that).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", Date),
    Column("url", Text),
    Column("format", String(16), nullable=False),
    Column("path", Text),
    Column("body", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
)

dropped_lines = Table(
    "dropped_lines",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("line", Text, nullable=False),
    Column("reason", String(64), nullable=False),
    Index("ix_dropped_lines_doc", "doc_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("origin", String(32), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False),
    Column("actor_id", String(128), ForeignKey("actors.id")),
    Index("ix_mentions_doc", "doc_id"),
    Index("ix_mentions_actor", "actor_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("predicate", String(64), nullable=False),
    Column("subject_id", String(128), ForeignKey("actors.id"), nullable=False),
    Column("object_id", String(128), ForeignKey("actors.id")),
    Column("value_min", Float),
    Column("value_max", Float),
    Column("value_approx", Boolean),
    Column("qualifier", Text),
    Column("polarity", String(16), nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("when_text", String(64)),
    Column("source_name", Text, nullable=False),
    Column("source_kind", String(32), nullable=False),
    Column("source_affiliation", Text),
    Column("sentence", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("reader", String(16), nullable=False, server_default="rule"),
    Column("confidence", Float),
    Index("ix_claims_doc", "doc_id"),
    Index("ix_claims_subject", "subject_id"),
    Index("ix_claims_object", "object_id"),
    Index("ix_claims_type", "type"),
)

# --- consolidation (migration 0002) -------------------------------------------

actor_merges = Table(
    "actor_merges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(16), nullable=False),
    Column("actor_id", String(128), ForeignKey("actors.id"), nullable=False),
    Column("into_id", String(128), ForeignKey("actors.id")),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
    Index("ix_actor_merges_actor", "actor_id"),
)

source_ratings = Table(
    "source_ratings",
    metadata,
    Column("source_key", String(256), primary_key=True),
    Column("name", Text, nullable=False),
    Column("reliability", String(1), nullable=False),
    Column("note", Text),
    Column("rated_at", DateTime, nullable=False),
)

document_fingerprints = Table(
    "document_fingerprints",
    metadata,
    Column(
        "doc_id",
        String(32),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("method", String(32), nullable=False),
    Column("signature", LargeBinary, nullable=False),
)

# --- web uploads (migration 0003) ----------------------------------------------

originals = Table(
    "originals",
    metadata,
    Column(
        "doc_id",
        String(32),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("name", Text, nullable=False),
    Column("media_type", String(128), nullable=False),
    Column("data", LargeBinary, nullable=False),
)

# --- monitoring (migration 0004) -------------------------------------------------

watch_sources = Table(
    "watch_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("target", Text, nullable=False),
    Column("outlet", Text),
    Column("every_seconds", Integer, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled", DateTime),
    Column("next_poll", DateTime, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("last_error", Text),
    Column("created_at", DateTime, nullable=False),
    Index("ux_watch_sources_target", "target", unique=True),
)

watch_items = Table(
    "watch_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "source_id",
        Integer,
        ForeignKey("watch_sources.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("item_key", Text, nullable=False),
    Column("signature", String(64)),
    Column("content_hash", String(64)),
    Column("doc_id", String(32)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("seen_at", DateTime, nullable=False),
    Index("ux_watch_items_source_key", "source_id", "item_key", unique=True),
)

watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor", Text, nullable=False),
    Column("actor_id", String(128), nullable=False),
    Column("events", String(128), nullable=False),
    Column("threshold", Float, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fingerprint", String(64), nullable=False),
    Column("watch_id", Integer, ForeignKey("watchlists.id", ondelete="SET NULL")),
    Column("kind", String(32), nullable=False),
    Column("actor_id", String(128), nullable=False),
    Column("summary", Text, nullable=False),
    Column("details", Text, nullable=False),
    Column("doc_id", String(32)),
    Column("delivery", Text),
    Column("created_at", DateTime, nullable=False),
    Index("ux_alerts_fingerprint", "fingerprint", unique=True),
    Index("ix_alerts_created", "created_at"),
)
