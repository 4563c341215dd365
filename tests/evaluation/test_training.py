"""The trainers' threshold table shows the precision of each band of scores."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.training import print_threshold_table, same_sentence


def test_each_band_is_the_pairs_between_a_threshold_and_the_next_one_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    print_threshold_table([(0.3, 60, 60), (0.4, 50, 30), (0.5, 40, 10)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["threshold", "kept", "right", "wrong", "precision", "band"]
    rows = [line.split() for line in lines[1:]]
    # 0.3-0.4 holds 10 right and 30 wrong; 0.4-0.5 holds 10 and 20; 0.5 and up is itself.
    assert [row[-1] for row in rows] == ["0.250", "0.333", "0.800"]
    assert [row[-2] for row in rows] == ["0.500", "0.625", "0.800"]


@pytest.mark.parametrize(
    ("evidence", "sentence", "same"),
    [
        ("jnim fighters attacked boni.", "JNIM fighters attacked Boni on Monday.", True),
        ("jnim fighters attacked boni.", "The army retook Djibo after a long siege.", False),
    ],
)
def test_a_gold_fact_is_stated_in_the_sentence_its_evidence_resembles(
    evidence: str, sentence: str, same: bool
) -> None:
    assert same_sentence(evidence, sentence) is same
