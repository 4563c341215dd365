"""``claimgraph batch`` and ``claimgraph ingest --workers`` from the command line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli.app import app
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.synthetic import Names, articles

pytestmark = pytest.mark.slow
runner = CliRunner()


def write_inputs(root: Path) -> list[Path]:
    """Three text files and a JSONL.gz export of three more articles."""
    names = Names.from_gazetteer(load_gazetteer())
    folder = root / "texts"
    folder.mkdir()
    for item in articles(3, names, seed=21):
        (folder / f"a-{item.index}.txt").write_text(item.as_text(), encoding="utf-8")
    export = root / "export.jsonl.gz"
    lines = [json.dumps(item.as_record()) for item in articles(3, names, seed=22)]
    export.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    return [folder, export]


def summary_value(output: str, label: str) -> str:
    """The first number on the summary table line that starts with ``label``."""
    line = next(line for line in output.splitlines() if label in line)
    return line.split("│")[2].strip()


@pytest.mark.dask
def test_batch_on_a_local_cluster_then_again(tmp_path: Path) -> None:
    inputs = [str(path) for path in write_inputs(tmp_path)]
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(
        app, ["batch", *inputs, "--local", "1", "--partition-size", "2", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert summary_value(result.output, "documents stored") == "6"
    result = runner.invoke(app, ["batch", *inputs, "--local", "1", "--db", db])
    assert result.exit_code == 0, result.output
    assert summary_value(result.output, "documents stored") == "0"
    assert summary_value(result.output, "documents unchanged") == "6"
    listed = runner.invoke(app, ["documents", "--db", db, "--format", "jsonl"])
    assert len(listed.output.splitlines()) == 6


def test_batch_refuses_two_cluster_choices(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["batch", str(tmp_path), "--local", "1", "--scheduler", "tcp://127.0.0.1:1"]
    )
    assert result.exit_code == 2
    assert "not both" in result.output


def test_ingest_with_workers(tmp_path: Path) -> None:
    folder, _export = write_inputs(tmp_path)
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(folder), "--workers", "2", "--db", db])
    assert result.exit_code == 1
    assert f"error: {folder / 'junk.txt'}: binary content, not text" in result.output
    assert summary_value(result.output, "documents stored") == "3"
