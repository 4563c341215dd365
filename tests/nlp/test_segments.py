"""Sentences and paragraphs of a parsed body."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimgraph.nlp.pipeline import appositions, load_pipeline
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


def test_a_paragraph_break_ends_the_parsed_sentence() -> None:
    doc = load_pipeline()("Rebels in the Hills\n\nHezbollah funds the rebels.")
    starts = [sent.start for sent in doc.sents]
    assert doc[starts[-1]].text == "Hezbollah"


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Strength: The State Department puts its membership at several dozen.", "The"),
        ("Area of operation: Inside Turkey the DHKP-C is active in Istanbul.", "Inside"),
        # a place's or a speaker's label stays with its sentence
        ("Tubas: A new group has surfaced in the Far'a camp.", "Tubas"),
        ("Kani: residents say the militia has grown to 300 men.", "Kani"),
    ],
)
def test_a_fields_label_is_no_part_of_the_sentence_it_opens(text: str, opening: str) -> None:
    doc = load_pipeline()(text)
    assert doc[[sent.start for sent in doc.sents][-1]].text == opening


def test_a_stop_after_a_hyphenated_name_ends_the_sentence() -> None:
    doc = load_pipeline()("Kabul and Tehran see a common foe in ISIS-K. Officials met on Monday.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Kabul and Tehran see a common foe in ISIS-K.",
        "Officials met on Monday.",
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "fought JNIM, its affiliate": a name and its description.
        (["fought", "JNIM", ",", "its", "affiliate"], "appos"),
        # "fought JNIM, its affiliate and ...": a real list keeps its "and".
        (["fought", "JNIM", ",", "its", "affiliate", "and", "rivals"], "conj"),
    ],
)
def test_a_name_and_its_description_are_an_apposition(words: list[str], expected: str) -> None:
    nlp = load_pipeline()
    tags = ["VBD", "NNP", ",", "PRP$", "NN", "CC", "NNS"][: len(words)]
    heads = [0, 0, 1, 4, 1, 1, 1][: len(words)]
    deps = ["ROOT", "dobj", "punct", "poss", "conj", "cc", "conj"][: len(words)]
    doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)
    assert appositions(doc)[4].dep_ == expected
