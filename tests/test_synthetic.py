"""Synthetic articles: repeatable, distinct, and shaped like reporting with some claims."""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimgraph.ingest.text import clean_text
from claimgraph.model import document_id
from claimgraph.synthetic import Names, article, articles, word_count

NAMES = Names(
    groups=("JNIM", "ISWAP", "al-Shabaab"),
    places=("Mopti", "Borno State", "Kismayo"),
    people=("Abu Ubaidah",),
    sources=("the UN panel of experts",),
)


def test_an_article_depends_only_on_seed_and_index() -> None:
    small = list(articles(5, NAMES, seed=3))
    large = list(articles(20, NAMES, seed=3))
    assert large[:5] == small
    assert article(4, NAMES, seed=3) == small[4]
    assert list(articles(3, NAMES, seed=3, start=2)) == small[2:5]
    assert article(4, NAMES, seed=4) != small[4]


def test_bodies_are_distinct_documents() -> None:
    bodies = [item.body for item in articles(300, NAMES)]
    assert len({document_id(body) for body in bodies}) == 300


@pytest.mark.parametrize("index", [0, 1, 57, 999])
def test_article_shape(index: int) -> None:
    item = article(index, NAMES)
    assert 100 <= word_count(item.body) <= 800
    assert item.published >= date(2019, 1, 1)
    assert any(group in item.title for group in NAMES.groups)
    record = json.loads(json.dumps(item.as_record()))
    assert record["text"] == item.body and record["published"] == item.published.isoformat()
    assert item.as_html().count("<p>") == len(item.paragraphs)


def test_the_cleaner_keeps_the_body_and_takes_the_headline() -> None:
    item = article(12, NAMES)
    document = clean_text(item.as_text())
    assert document.title == item.title
    assert document.body == item.body


def test_a_corpus_carries_claim_sentences() -> None:
    text = " ".join(item.body for item in articles(50, NAMES))
    assert "fighters" in text and "pledged allegiance" in text and "denied" in text
