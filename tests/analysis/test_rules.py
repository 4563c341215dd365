"""The grading rules file is checked on load, with the faulty line named."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.analysis.rules import load_rules
from claimgraph.data import data_path
from claimgraph.errors import DataFileError

SHIPPED = data_path("grading.yaml").read_text(encoding="utf-8")


def test_shipped_rules_load() -> None:
    rules = load_rules()
    assert rules.window_days == 183 and rules.confirmed_min_sources == 2


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("window_days: 183", "window_days: soon", "window_days must be a number"),
        ("probable_min_reliability: C", "probable_min_reliability: G", "one of A, B"),
        ("bands: 32", "bands: 30", "bands must divide permutations"),
        ("threshold: 0.6", "threshold: 0.6\n  extra: 1", "unknown field 'extra'"),
    ],
)
def test_bad_values_name_file_and_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in SHIPPED
    path = tmp_path / "grading.yaml"
    path.write_text(SHIPPED.replace(old, new), encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as error:
        load_rules(path)
    line = next(
        i
        for i, text in enumerate(SHIPPED.replace(old, new).splitlines(), 1)
        if new.splitlines()[-1] in text
    )
    assert error.value.subject == f"{path}:{line}"
