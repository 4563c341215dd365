"""Sentences and paragraphs of a parsed body."""

from __future__ import annotations

import pytest

from claimgraph.nlp.pipeline import load_pipeline
from claimgraph.nlp.segments import is_heading, segment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas fired rockets. Israel struck back.\n\nTalks resumed.",
            [("Hamas fired rockets.", 0), ("Israel struck back.", 0), ("Talks resumed.", 1)],
        ),
        (
            "A heading\n\nThe body starts here.",
            [("A heading", 0), ("The body starts here.", 1)],
        ),
        (
            "One line per paragraph.\nAnother paragraph.",
            [("One line per paragraph.", 0), ("Another paragraph.", 1)],
        ),
        (
            "A sentence wrapped\nacross two lines.\n\nNext.",
            [("A sentence wrapped\nacross two lines.", 0), ("Next.", 1)],
        ),
    ],
)
def test_segments_and_paragraphs(text: str, expected: list[tuple[str, int]]) -> None:
    segments = segment(load_pipeline()(text))
    assert [(s.span.text, s.paragraph) for s in segments] == expected
    assert [s.index for s in segments] == list(range(len(expected)))


def test_a_short_unpunctuated_line_is_a_heading_of_its_own() -> None:
    text = "Where the group operates\nHamas remains active in Gaza.\n\nNext paragraph."
    segments = segment(load_pipeline()(text))
    assert [(s.span.text, is_heading(s)) for s in segments] == [
        ("Where the group operates", True),
        ("Hamas remains active in Gaza.", False),
        ("Next paragraph.", False),
    ]
