"""A stored knowledge base and its export selection, built once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from exportkb import build_store
from sqlalchemy import Engine

from claimgraph.export.data import ExportData, collect


@pytest.fixture(scope="module")
def store(module_db_url: str) -> Iterator[Engine]:
    engine = build_store(module_db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def data(store: Engine) -> ExportData:
    return collect(store)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path
