"""Options shared by every command, and opening the store they name."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.store.database import create_db_engine, migrate

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMGRAPH_DB",
        help="Database URL (default sqlite:///claimgraph.db in the working directory).",
        show_envvar=True,
    ),
]


def date_option(text: str | None) -> date | None:
    """A YYYY-MM-DD option value (None stays None); a bad one is a one-line error."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError("not a date (use YYYY-MM-DD)", subject=text) from exc


def open_store(options: Options) -> Engine:
    """Engine for the configured database, migrated to the current schema."""
    engine = create_db_engine(options.db)
    migrate(engine)
    return engine
