"""``claimgraph export`` and ``claimgraph import stix`` on a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exportkb import build_store
from typer.testing import CliRunner

from claimgraph.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "kb.db"
    build_store(path).dispose()
    return f"sqlite:///{path}"


@pytest.mark.parametrize("fmt", ["stix", "ftm", "graphml", "gexf", "csv", "parquet"])
def test_export_writes_each_format(db: str, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"kb.{fmt}"
    result = runner.invoke(app, ["export", fmt, "-o", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert path.stat().st_size > 0
    assert f"{fmt} written to" in result.output


def test_filters_narrow_the_bundle(db: str, tmp_path: Path) -> None:
    everything, narrow = tmp_path / "all.json", tmp_path / "narrow.json"
    runner.invoke(app, ["export", "stix", "-o", str(everything), "--db", db])
    result = runner.invoke(
        app,
        ["export", "stix", "-o", str(narrow), "--db", db, "--actor", "ISKP",
         "--min-grade", "B3", "--since", "2023-06-01"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    count = len(json.loads(narrow.read_text())["objects"])
    assert 0 < count < len(json.loads(everything.read_text())["objects"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-grade", "Z9"], "not an Admiralty grade"),
        (["--since", "last week"], "not a date"),
        (["--actor", "No Such Group"], "no such actor"),
    ],
)
def test_bad_options_fail_with_one_line(
    db: str, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["export", "stix", "-o", str(tmp_path / "x"), "--db", db, *args])
    assert result.exit_code == 1
    assert message in result.output


def test_import_stix_stores_once(db: str, tmp_path: Path) -> None:
    bundle = tmp_path / "kb.json"
    runner.invoke(app, ["export", "stix", "-o", str(bundle), "--db", db])
    target = f"sqlite:///{tmp_path / 'new.db'}"
    first = runner.invoke(app, ["import", "stix", str(bundle), "--db", target])
    second = runner.invoke(app, ["import", "stix", str(bundle), "--db", target])
    assert first.exit_code == 0 and first.output.startswith("stored: 14 claims")
    assert second.exit_code == 0 and second.output.startswith("unchanged")
