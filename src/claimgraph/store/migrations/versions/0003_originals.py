"""originals: the uploaded bytes of documents ingested through the web form

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 12:00:00.000000

The full-text index is not created here: it is derived data that
``claimgraph.store.search.ensure_search_index`` builds (and back-fills) on the
SQLite databases that are searched, so the schema of record stays the same on
every dialect.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "originals",
        sa.Column("doc_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id"),
    )


def downgrade() -> None:
    op.drop_table("originals")
