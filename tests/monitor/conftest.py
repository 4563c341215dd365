"""Fixtures of the monitoring tests: a local site, a store, a clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from localsite import Site, serve
from sqlalchemy import Engine
from watchkit import Clock

from claimgraph.store.database import create_db_engine, migrate


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(Site()) as running:
        yield running


@pytest.fixture
def db_path(db_url: str) -> str:
    return db_url


@pytest.fixture
def engine(db_path: str) -> Iterator[Engine]:
    engine = create_db_engine(db_path)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()
