"""Alembic environment: runs migrations on the connection the store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from claimgraph.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def run(connection_: Connection) -> None:
    context.configure(
        connection=connection_,
        target_metadata=metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///claimgraph.db"
    with create_engine(url).begin() as new_connection:
        run(new_connection)
