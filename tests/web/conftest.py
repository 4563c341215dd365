"""Fixtures of the web tests: a populated store, a client, a guarded client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webkit import TOKEN, Store, populate

from claimgraph.config import Options
from claimgraph.web.app import create_app


@pytest.fixture
def store(db_url: str) -> Store:
    return populate(db_url)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return populate(f"sqlite:///{tmp_path / 'web.db'}")


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    app = create_app(Options(db=store.url), engine=store.engine)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def guarded(store: Store) -> Iterator[TestClient]:
    """The same app with writes behind the token."""
    app = create_app(Options(db=store.url), token=TOKEN, engine=store.engine)
    with TestClient(app) as test_client:
        yield test_client
