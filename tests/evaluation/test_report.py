"""Rendering a report: Rich tables for the terminal, Markdown for the docs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from claimgraph.evaluation.gold import GoldSplit
from claimgraph.evaluation.report import format_score, markdown_table, render
from claimgraph.evaluation.score import evaluate


@pytest.fixture
def report(make_fact, make_claim):
    """One hit, one miss (Iraq), one false positive (Pakistan)."""
    facts = (
        make_fact(),
        make_fact(object="Iraq", evidence="Al Qaeda keeps cells in Iraq."),
    )
    split = GoldSplit("test", Path("g"), Path("c"), ("a.txt",), facts, {})
    predicted = [
        make_claim(),
        make_claim(object="Pakistan", sentence="Al Qaeda moved to Pakistan."),
    ]
    return evaluate(split, predicted, {})


def printed(renderable) -> str:
    console = Console(record=True, width=220)
    console.print(renderable)
    return console.export_text()


@pytest.mark.parametrize(
    ("value", "text"), [(None, "n/a"), (0.5, "0.500"), (2 / 3, "0.667"), (0.0, "0.000")]
)
def test_format_score(value, text):
    assert format_score(value) == text


def test_markdown_table(report):
    table = markdown_table(report)
    assert "| presence | 0.500 | 0.500 | 0.500 | 2 |" in table
    assert "| **micro** | 0.500 | 0.500 | 0.500 | 2 |" in table
    assert "| denial | n/a | n/a | n/a | 0 |" in table
    assert "| value accuracy | n/a |" in table
    assert "| attribution accuracy | 1.000 |" in table


def test_markdown_table_from_json_equals_from_report(report):
    assert markdown_table(report.to_json()) == markdown_table(report)


def test_render_without_errors_shows_scores_only(report):
    text = printed(render(report))
    assert "micro" in text and "boilerplate recall" in text
    assert "Al Qaeda keeps cells in Iraq." not in text


def test_render_with_errors_lists_misses_and_false_positives(report):
    text = printed(render(report, errors=True))
    assert "misses (1)" in text and "Al Qaeda keeps cells in Iraq." in text
    assert "false positives (1)" in text and "Al Qaeda moved to Pakistan." in text
