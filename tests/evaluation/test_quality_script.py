"""scripts/quality.py: the generated document keeps its hand-written section."""

from __future__ import annotations

import importlib.util
import subprocess
from datetime import date
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "quality.py"


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("quality_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores(f1, value, attribution):
    """A minimal ``claimgraph eval --json`` object."""
    return {
        "split": "test",
        "documents": 4,
        "types": {"strength": {"precision": 1.0, "recall": 0.5, "f1": f1, "support": 2}},
        "micro": {"precision": 1.0, "recall": 0.5, "f1": f1},
        "attribution_accuracy": attribution,
        "value_accuracy": value,
        "boilerplate": {"precision": None, "recall": None},
    }


def test_document_has_commit_targets_and_tables(quality):
    results = {"dev": scores(0.9, 1.0, 0.9), "test": scores(0.81, 0.9, None)}
    text = quality.render_document(results, "abc1234", date(2025, 1, 31), "Nothing yet.")
    assert "Measured on commit `abc1234`, 2025-01-31." in text
    assert "| micro F1 | >= 0.80 | 0.810 | yes |" in text
    assert "| value accuracy | >= 0.95 | 0.900 | no |" in text
    assert "| attribution accuracy | >= 0.85 | n/a | n/a |" in text
    assert text.index("## dev (4 documents)") < text.index("## test (4 documents)")
    assert "| boilerplate precision | n/a |" in text


def test_known_failures_survive_regeneration(quality):
    known = "- Pronoun sources are not resolved across paragraphs."
    first = quality.render_document({"test": scores(0.5, 0.5, 0.5)}, "aaa", date(2025, 1, 1), known)
    assert quality.known_failures(first) == known
    second = quality.render_document(
        {"test": scores(0.6, 0.6, 0.6)}, "bbb", date(2025, 2, 1), quality.known_failures(first)
    )
    assert known in second and "0.600" in second


@pytest.mark.parametrize(
    "existing",
    [
        None,
        "# Old file without markers\n",
        "<!-- known-failures:start -->\n<!-- known-failures:end -->",
    ],
)
def test_known_failures_default(quality, existing):
    assert quality.known_failures(existing) == quality.DEFAULT_KNOWN


def test_the_regenerated_document_alone_does_not_mark_the_commit_dirty(quality, tmp_path):
    def git(*args):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    (tmp_path / "docs").mkdir()
    document, code = tmp_path / "docs" / "quality.md", tmp_path / "code.py"
    document.write_text("old\n", encoding="utf-8")
    code.write_text("x = 1\n", encoding="utf-8")
    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "start")
    document.write_text("hand edit in progress\n", encoding="utf-8")
    assert "uncommitted" not in quality.git_commit(tmp_path, document)
    assert "uncommitted" in quality.git_commit(tmp_path)
    code.write_text("x = 2\n", encoding="utf-8")
    assert "uncommitted" in quality.git_commit(tmp_path, document)
