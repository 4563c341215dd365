"""``claimgraph doctor`` finds what is wrong with an installation and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli.app import app
from claimgraph.config import Options
from claimgraph.doctor import check_database, check_server_settings
from claimgraph.web.security import is_loopback

runner = CliRunner()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("localhost", True), ("::1", True),
     ("[::1]", True), ("0.0.0.0", False), ("10.0.0.1", False), ("example.org", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "token", "ok"),
    [
        ("127.0.0.1", "", True),
        ("0.0.0.0", "", False),
        ("0.0.0.0", "a-long-enough-secret-token", True),
        ("127.0.0.1", "short", False),
    ],
)
def test_server_settings(monkeypatch: pytest.MonkeyPatch, host: str, token: str, ok: bool) -> None:
    monkeypatch.setenv("CLAIMGRAPH_HOST", host)
    monkeypatch.setenv("CLAIMGRAPH_TOKEN", token)
    assert check_server_settings(Options()).ok is ok


def test_database_check(db_url: str, tmp_path: Path) -> None:
    assert check_database(Options(db=db_url)).ok
    broken = check_database(Options(db=f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}"))
    assert not broken.ok and "cannot open database" in broken.detail


@pytest.mark.slow
def test_doctor_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    monkeypatch.setenv("CLAIMGRAPH_HOST", "127.0.0.1")
    result = runner.invoke(app, ["doctor", "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 0, result.output
    assert result.output.count(" ok ") == 4
    monkeypatch.setenv("CLAIMGRAPH_HOST", "0.0.0.0")
    result = runner.invoke(app, ["doctor", "--db", f"sqlite:///{tmp_path / 'kb.db'}"])
    assert result.exit_code == 1
    assert "FAILED" in result.output
