"""claim reader: whether a rule or a learned reader read each claim, and how sure it was

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 04:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Claims stored before the learned readers were all read by rules.
    with op.batch_alter_table("claims") as batch:
        batch.add_column(
            sa.Column("reader", sa.String(length=16), nullable=False, server_default="rule")
        )
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("confidence")
        batch.drop_column("reader")
