"""Gold names of actors the gazetteer lacks are read as the system resolved their mentions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimgraph.evaluation.defined import defined_acronyms
from claimgraph.evaluation.gold import GoldFact, GoldSplit
from claimgraph.evaluation.match import fold_name
from claimgraph.evaluation.run import (
    _learned_names,
    _named_as_defined,
    _named_as_mentioned,
    _stored_output,
)
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.workflow import IngestResult


def _split(*facts: GoldFact) -> GoldSplit:
    return GoldSplit(
        name="dev", root=Path("."), corpus=Path("."), documents=("a.txt",), facts=facts, bodies={}
    )


def test_an_unknown_gold_name_takes_the_name_of_the_actor_its_mention_resolved_to(
    make_fact: Callable[..., GoldFact],
) -> None:
    split = _split(make_fact(subject="RSF", object="Darfur"))
    learned = {"a.txt": {"rsf": "Rapid Support Forces"}}
    renamed = _named_as_mentioned(split, learned, fold_name)
    assert renamed.facts[0].subject == "Rapid Support Forces"
    assert renamed.facts[0].object == "Darfur"


def test_a_name_mentioned_only_in_another_document_is_left_as_written(
    make_fact: Callable[..., GoldFact],
) -> None:
    split = _split(make_fact(subject="RSF"))
    renamed = _named_as_mentioned(split, {"b.txt": {"rsf": "Rapid Support Forces"}}, fold_name)
    assert renamed.facts[0].subject == "RSF"


def test_a_gazetteer_name_is_never_renamed(make_fact: Callable[..., GoldFact]) -> None:
    def gazetteer(name: str) -> str:
        return "al-qaeda" if fold_name(name) == "al qaeda" else fold_name(name)

    split = _split(make_fact(subject="al Qaeda"))
    renamed = _named_as_mentioned(split, {"a.txt": {"al qaeda": "Someone Else"}}, gazetteer)
    assert renamed.facts[0].subject == "al Qaeda"


def test_a_document_that_failed_to_extract_is_scored_as_giving_nothing(
    tmp_path: Path, make_fact: Callable[..., GoldFact]
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'eval.db'}")
    migrate(engine)
    failed = IngestResult("corpus/a.txt", "failed", doc_id="0123456789abcdef", error="bad")
    split = _split(make_fact())
    try:
        assert _stored_output(engine, split, [failed]) == ([], {})
        assert _learned_names(engine, [failed], fold_name) == {}
    finally:
        engine.dispose()


def test_an_acronym_the_text_defines_for_another_actor_is_scored_as_that_actor(
    make_fact: Callable[..., GoldFact],
) -> None:
    split = _split(make_fact(subject="UPDF", object="Sajek", source="UPDF"))
    body = "The United People's Democratic Front (UPDF) was founded in 1998."
    renamed = _named_as_defined(split, {"a.txt": body})
    assert renamed.facts[0].subject == "United People's Democratic Front"
    assert renamed.facts[0].source == "United People's Democratic Front"
    assert renamed.facts[0].object == "Sajek"


@pytest.mark.parametrize(
    ("body", "defined"),
    [
        ("The United People's Democratic Front (UPDF) was founded in 1998.", {"UPDF"}),
        ("the Ambazonia Defence Forces (ADF) hold Bamenda's outskirts", {"ADF"}),
        # the gazetteer's own holder of the acronym defines nothing new
        ("Uganda People's Defence Forces (UPDF) troops crossed the border.", set()),
        # a person's name before a group's acronym does not spell it
        ("the faction of Minni Minawi (SLM-MM) signed", set()),
        ("Nothing in brackets here.", set()),
    ],
)
def test_acronyms_defined_in_a_text(body: str, defined: set[str]) -> None:
    from claimgraph.nlp.gazetteer import load_gazetteer

    assert set(defined_acronyms(body, load_gazetteer().lookup)) == defined
