"""Open a database by URL and bring its schema to the current migration.

SQLite is the embedded default: WAL mode so readers never block the writer,
a busy timeout so a second writer waits instead of failing, and foreign keys
switched on so a claim cannot point at a missing document.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from claimgraph.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 734_201
SQLITE_BUSY_TIMEOUT_MS = 30_000


def create_db_engine(url: str) -> Engine:
    """An Engine for ``url`` with our connection settings."""
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"bad database URL ({exc})", subject=url) from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        _switch_to_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """Switch a fresh file to WAL; another process doing the same may hold the lock briefly."""
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 99:
                raise
            time.sleep(0.05)


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its first statement.

    SQLite's default deferred transactions read first and ask for the write
    lock later; in WAL mode a writer whose snapshot went stale meanwhile gets
    "database is locked" at once, without waiting. ``BEGIN IMMEDIATE`` takes
    the lock up front, so a second writer waits (busy timeout) instead.
    """
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest migration (a no-op when it is current).

    Two processes opening a fresh database at once must not both create the
    tables: the check and the upgrade run under the write lock (SQLite) or an
    advisory lock (PostgreSQL).
    """
    try:
        with engine.connect() as connection:
            if current_revision(connection) == head_revision():
                return
        with write_transaction(engine) as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            if current_revision(connection) == head_revision():
                return
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open database ({exc.orig})", subject=_safe(engine)) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database ({exc})", subject=_safe(engine)) from exc


def current_revision(connection: Any) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _safe(engine: Engine) -> str:
    """The engine URL without its password, for error messages."""
    return engine.url.render_as_string(hide_password=True)
