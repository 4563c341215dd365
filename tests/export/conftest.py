"""A stored knowledge base and its export selection, built once per test module."""

from __future__ import annotations

from pathlib import Path

import pytest
from exportkb import build_store
from sqlalchemy import Engine

from claimgraph.export.data import ExportData, collect


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return build_store(tmp_path_factory.mktemp("kb") / "kb.db")


@pytest.fixture(scope="module")
def data(store: Engine) -> ExportData:
    return collect(store)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path
