"""Matching predictions to gold: what must agree, and which pair is chosen."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.match import fold_name, match_claims

ALIASES = {
    "isis k": "isis-k",
    "islamic state khorasan province": "isis-k",
    "iskp": "isis-k",
}


def gazetteer(name: str) -> str:
    """A tiny alias table standing in for the gazetteer."""
    folded = fold_name(name)
    return ALIASES.get(folded, folded)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Taliban", "taliban"),
        ("al-Qa'ida", "al qaida"),
        ("Al Qa\u2019ida", "al qaida"),
        ("Tehrik-i-Taliban  Pakistan", "tehrik i taliban pakistan"),
        ("\u1e24aqqani Network", "haqqani network"),
        ("The", "the"),
    ],
)
def test_fold_name(name, folded):
    assert fold_name(name) == folded


def test_alias_resolution_lets_gazetteer_names_match(make_fact, make_claim):
    gold = [make_fact(subject="Islamic State Khorasan Province")]
    predicted = [make_claim(subject="ISKP")]
    with_aliases = match_claims(gold, predicted, resolve=gazetteer)
    assert len(with_aliases.true_positives) == 1
    without = match_claims(gold, predicted)
    assert (
        len(without.true_positives),
        len(without.false_positives),
        len(without.false_negatives),
    ) == (0, 1, 1)


def test_default_folding_matches_spelling_variants(make_fact, make_claim):
    result = match_claims([make_fact(subject="al-Qaeda")], [make_claim(subject="The Al Qaeda")])
    assert len(result.true_positives) == 1


def test_two_identical_predictions_for_one_fact_give_one_tp_and_one_fp(make_fact, make_claim):
    result = match_claims([make_fact()], [make_claim(id="p1"), make_claim(id="p2")])
    assert len(result.true_positives) == 1
    assert [claim["id"] for claim in result.false_positives] == ["p2"]
    assert result.false_negatives == ()


@pytest.mark.parametrize(
    "change",
    [
        {"polarity": "denied"},
        {"doc": "b.txt"},
        {"object": "Pakistan"},
        {"object": None},
        {"type": "relation"},
        {"predicate": "ally"},
    ],
)
def test_a_field_that_disagrees_prevents_the_match(make_fact, make_claim, change):
    result = match_claims([make_fact()], [make_claim(**change)])
    assert result.true_positives == ()
    assert len(result.false_positives) == 1
    assert len(result.false_negatives) == 1


def test_strength_unit_is_compared_without_case(make_fact, make_claim):
    gold = [
        make_fact(
            type="strength", object=None, predicate="fighters", value_min=4000, value_max=6000
        )
    ]
    predicted = [make_claim(type="strength", object=None, predicate="Fighters", value=(4000, 6000))]
    assert len(match_claims(gold, predicted).true_positives) == 1


def test_pairs_follow_the_most_similar_sentence(make_fact, make_claim):
    first = "Al Qaeda keeps training camps in Kunar and Nuristan."
    second = "Several reports say al Qaeda also moved leaders to Helmand."
    gold = [make_fact(evidence=first), make_fact(evidence=second)]
    predicted = [make_claim(id="late", sentence=second), make_claim(id="early", sentence=first)]
    result = match_claims(gold, predicted)
    paired = {pair.gold.evidence: pair.predicted["id"] for pair in result.true_positives}
    assert paired == {first: "early", second: "late"}


def test_value_agreement_breaks_a_tie_between_equal_sentences(make_fact, make_claim):
    gold = [
        make_fact(
            type="strength", object=None, predicate="fighters", value_min=2000, value_max=2000
        )
    ]
    predicted = [
        make_claim(
            id="wrong", type="strength", object=None, predicate="fighters", value=(200, 900)
        ),
        make_claim(
            id="right", type="strength", object=None, predicate="fighters", value=(2000, 2000)
        ),
    ]
    result = match_claims(gold, predicted)
    assert [pair.predicted["id"] for pair in result.true_positives] == ["right"]
    assert result.true_positives[0].value_agrees
    assert [claim["id"] for claim in result.false_positives] == ["wrong"]


def test_results_keep_input_order(make_fact, make_claim):
    gold = [make_fact(object="Syria"), make_fact(object="Iraq"), make_fact(object="Yemen")]
    predicted = [
        make_claim(object="Yemen", id="y"),
        make_claim(object="Mali", id="m"),
        make_claim(object="Syria", id="s"),
    ]
    result = match_claims(gold, predicted)
    assert [pair.gold.object for pair in result.true_positives] == ["Syria", "Yemen"]
    assert [fact.object for fact in result.false_negatives] == ["Iraq"]
    assert [claim["id"] for claim in result.false_positives] == ["m"]


def test_one_prediction_for_a_fact_stated_twice_gives_one_tp_and_one_fn(make_fact, make_claim):
    first = "Al Qaeda operates in Afghanistan."
    second = "Its fighters remain in Afghanistan, the report adds."
    result = match_claims([make_fact(evidence=first), make_fact(evidence=second)], [make_claim()])
    assert [pair.gold.evidence for pair in result.true_positives] == [first]
    assert [fact.evidence for fact in result.false_negatives] == [second]
    assert result.false_positives == ()


@pytest.mark.parametrize(
    ("predicate", "matches"),
    [("ally", True), ("hostile", True), ("funds", False), ("affiliate", False)],
)
def test_only_symmetric_relations_match_with_parties_swapped(
    make_fact, make_claim, predicate, matches
):
    fact = make_fact(type="relation", predicate=predicate, subject="Taliban", object="ISIS-K")
    claim = make_claim(type="relation", predicate=predicate, subject="ISIS-K", object="Taliban")
    result = match_claims([fact], [claim])
    assert len(result.true_positives) == (1 if matches else 0)
