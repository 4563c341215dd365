"""Schemathesis against the running API: no generated request gets a 500."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from webkit import TOKEN, populate, run_server

from claimgraph.config import Options
from claimgraph.web.app import create_app

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn on 127.0.0.1 over a small populated store, writes guarded by a token."""
    folder: Path = tmp_path_factory.mktemp("fuzz")
    store = populate(f"sqlite:///{folder / 'web.db'}")
    app = create_app(Options(db=store.url), token=TOKEN)
    with contextmanager(run_server)(app) as url:
        yield url


def operations(url: str) -> list[Any]:
    """Every operation of the served OpenAPI schema."""
    schema = schemathesis.openapi.from_url(f"{url}/api/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_no_generated_request_gets_a_server_error(api_url: str) -> None:
    """Each operation gets generated requests (valid and edge-case parameters) from
    hypothesis; a 500 from any of them fails the test with the reproducing request."""
    checked = []
    for operation in operations(api_url):

        @settings(
            max_examples=40,
            deadline=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            case.call_and_validate(base_url=api_url, checks=[not_a_server_error])

        check()
        checked.append(operation.label)
    assert any("/api/claims" in label for label in checked)
    assert any("/api/ingest" in label for label in checked)
