"""Scores worked out by hand on tiny gold/prediction pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluation.gold import BodyGold, GoldSplit
from claimgraph.evaluation.match import match_claims
from claimgraph.evaluation.score import (
    Counts,
    boilerplate_counts,
    evaluate,
    f1_score,
    line_kept,
    sources_agree,
)


def split_of(facts=(), bodies=None, documents=("a.txt", "b.txt")):
    """A split built in memory, as load_split would return it."""
    return GoldSplit(
        name="dev",
        root=Path("eval/gold"),
        corpus=Path("examples/corpus"),
        documents=tuple(documents),
        facts=tuple(facts),
        bodies=bodies or {},
    )


@pytest.fixture
def tiny(make_fact, make_claim):
    """3 gold facts, 4 predictions, 2 of them matched.

    Gold: strength ISIS-K 4000..6000 (a.txt), relation Taliban ally al Qaeda
    (a.txt), presence al Qaeda in Afghanistan (b.txt).
    Predicted: the strength (right value, right source), the relation (source
    "Reuters", wrong), presence al Qaeda in Pakistan (FP), a Taliban pledge (FP).
    TP 2, FP 2, FN 1 -> P = 2/4 = 0.5, R = 2/3 = 0.667,
    F1 = 2*2 / (2*2 + 2 + 1) = 4/7 = 0.571.
    Per type: strength 1/1/1, relation 1/1/1, presence P 0 (0 of 1) R 0 F1 0,
    pledge P 0 (0 of 1) R n/a F1 0, denial all n/a.
    Attribution: 1 of 2 matched sources agree = 0.5. Value: 1 of 1 strength = 1.0.
    """
    gold = [
        make_fact(
            type="strength",
            subject="ISIS-K",
            object=None,
            predicate="fighters",
            value_min=4000,
            value_max=6000,
            unit="fighters",
            evidence="ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
        ),
        make_fact(
            type="relation",
            subject="Taliban",
            object="al Qaeda",
            predicate="ally",
            evidence="The Taliban and al Qaeda remain closely aligned.",
        ),
        make_fact(doc="b.txt"),
    ]
    predicted = [
        make_claim(
            type="strength",
            subject="ISIS-K",
            object=None,
            predicate="fighters",
            value=(4000.0, 6000.0),
            sentence="ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
        ),
        make_claim(
            type="relation",
            subject="Taliban",
            object="al Qaeda",
            predicate="ally",
            source="Reuters",
            sentence="The Taliban and al Qaeda remain closely aligned.",
        ),
        make_claim(doc="b.txt", object="Pakistan"),
        make_claim(type="pledge", predicate="pledge", subject="Taliban", object=None),
    ]
    return evaluate(split_of(gold), predicted, {})


def test_tiny_pair_micro_scores(tiny):
    micro = tiny.to_json()["micro"]
    assert micro == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714}


def test_tiny_pair_per_type_scores(tiny):
    types = tiny.to_json()["types"]
    assert types["strength"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert types["relation"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert types["presence"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert types["pledge"] == {"precision": 0.0, "recall": None, "f1": 0.0, "support": 0}
    assert types["denial"] == {"precision": None, "recall": None, "f1": None, "support": 0}


def test_tiny_pair_attribution_value_and_shape(tiny):
    data = tiny.to_json()
    assert data["attribution_accuracy"] == 0.5
    assert data["value_accuracy"] == 1.0
    assert data["split"] == "dev"
    assert data["documents"] == 2
    assert {
        "split",
        "documents",
        "types",
        "micro",
        "attribution_accuracy",
        "value_accuracy",
        "boilerplate",
    } <= set(data)
    assert list(data["types"]) == ["strength", "relation", "presence", "pledge", "denial"]
    assert data["counts"]["types"]["presence"] == {"tp": 0, "fp": 1, "fn": 1}


def test_errors_list_misses_and_false_positives(tiny):
    errors = tiny.to_json(errors=True)["errors"]
    assert [(row["doc"], row["object"]) for row in errors["misses"]] == [("b.txt", "Afghanistan")]
    assert [(row["type"], row["object"]) for row in errors["false_positives"]] == [
        ("presence", "Pakistan"),
        ("pledge", None),
    ]
    assert [row["predicted_source"] for row in errors["attribution"]] == ["Reuters"]
    assert "errors" not in tiny.to_json()


@pytest.mark.parametrize(
    ("gold", "predicted", "agrees"),
    [
        ((4000, 6000), (4000.0, 6000.0), True),
        ((None, 3000), (None, 3000), True),
        ((22, None), (22, None), True),
        ((None, 3000), (0, 3000), False),
        ((2000, 2000), (2000, None), False),
        ((2000, 2000), None, False),
        ((200, 900), (100, 999), False),
    ],
)
def test_value_accuracy(make_fact, make_claim, gold, predicted, agrees):
    fact = make_fact(
        type="strength", object=None, predicate="fighters", value_min=gold[0], value_max=gold[1]
    )
    claim = make_claim(type="strength", object=None, predicate="fighters", value=predicted)
    report = evaluate(split_of([fact]), [claim], {})
    assert report.value_accuracy == (1.0 if agrees else 0.0)


def test_value_accuracy_ignores_non_strength_pairs(make_fact, make_claim):
    report = evaluate(split_of([make_fact()]), [make_claim()], {})
    assert report.value_accuracy is None
    assert report.attribution_accuracy == 1.0


@pytest.mark.parametrize(
    ("gold", "predicted", "agrees"),
    [
        ("UN Monitoring Team", "United Nations Monitoring Team report", True),
        ("UN Monitoring Team", "un monitoring team", True),
        ("Long War Journal", "FDD's Long War Journal", True),
        ("ISW", "Institute for the Study of War", True),
        ("Institute for the Study of War", "ISW", True),
        ("Peter Mills", "Mills", True),
        ("US Department of State", "US Department of Defense", False),
        ("Peter Mills", "John Mills", False),
        ("United States", "United Nations", False),
        ("UN Monitoring Team", "UN Security Council", False),
        ("Zabihullah Mujahid", "Taliban", False),
        ("Reuters", "", False),
    ],
)
def test_attribution_rule(gold, predicted, agrees):
    assert sources_agree(gold, predicted) is agrees


def test_attribution_uses_the_resolver():
    aliases = {"tehrik i taliban pakistan": "ttp", "pakistani taliban": "ttp"}

    def resolve(name):
        return aliases.get(name.lower().replace("-", " "), name.lower())

    assert sources_agree("Tehrik-i-Taliban Pakistan", "Pakistani Taliban", resolve)
    assert not sources_agree("Tehrik-i-Taliban Pakistan", "Pakistani Taliban")


def test_hedged_accuracy(make_fact, make_claim):
    report = evaluate(split_of([make_fact(hedged=True)]), [make_claim(hedged=False)], {})
    assert report.to_json()["hedged_accuracy"] == 0.0


BODY = BodyGold(
    doc="a.html",
    body=(
        "ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
        "The group operates in Kunar and Nangarhar provinces.",
        "WATCH: leaders of the group met in Kabul last week.",
        "Officials said the meeting lasted two days.",
        "---",
    ),
    boilerplate=(
        "Share",
        "Subscribe to our newsletter for daily updates",
        "Read more",
        "\u00a9 2024 Example News",
    ),
)
# Predicted body: keeps body lines 1-2, drops body lines 3-4, keeps the newsletter
# prompt, and uses "share" only inside a sentence.
PREDICTED_BODY = (
    "ISIS-K is estimated to have between 4,000 and 6,000 fighters.\n\n"
    "The group operates in Kunar and Nangarhar provinces. It takes a share of the trade.\n\n"
    "Subscribe to our newsletter for daily updates!"
)


def test_boilerplate_precision_and_recall():
    # Boilerplate removed: Share, Read more, (c) line = TP 3; kept: newsletter = FN 1.
    # Body removed: WATCH line, Officials line = FP 2; "---" has no words, not scored.
    # P = 3 / (3 + 2) = 0.6, R = 3 / (3 + 1) = 0.75.
    split = split_of(bodies={"a.html": BODY}, documents=("a.html",))
    assert boilerplate_counts(split, {"a.html": PREDICTED_BODY}) == Counts(tp=3, fp=2, fn=1)
    report = evaluate(split, [], {"a.html": PREDICTED_BODY})
    assert report.to_json()["boilerplate"] == {"precision": 0.6, "recall": 0.75}


def test_missing_body_counts_as_everything_removed():
    split = split_of(bodies={"a.html": BODY}, documents=("a.html",))
    report = evaluate(split, [], {})
    assert report.boilerplate == Counts(tp=4, fp=4, fn=0)
    assert report.to_json()["counts"]["missing_bodies"] == ["a.html"]


@pytest.mark.parametrize(
    ("line", "body", "kept"),
    [
        ("Share", "Share\nThe group grew.", True),
        ("Share", "The group takes a share of the trade.", False),
        ("Read more", "READ MORE:\nText.", True),
        (
            "Subscribe to our newsletter today",
            "Intro. Subscribe to our \u201cnewsletter\u201d today! End.",
            True,
        ),
        ("Subscribe to our newsletter today", "Subscribe to our newsletters today", False),
    ],
)
def test_line_kept(line, body, kept):
    assert line_kept(line, body) is kept


def test_zero_denominators_are_none_not_errors():
    report = evaluate(split_of(documents=()), [], {})
    data = report.to_json()
    assert data["micro"] == {"precision": None, "recall": None, "f1": None}
    assert data["attribution_accuracy"] is None
    assert data["value_accuracy"] is None
    assert data["boilerplate"] == {"precision": None, "recall": None}
    assert all(scores["support"] == 0 for scores in data["types"].values())


def test_unknown_predicted_type_is_a_false_positive(make_claim):
    report = evaluate(split_of(), [make_claim(type="event")], {})
    data = report.to_json()
    assert data["types"]["event"] == {"precision": 0.0, "recall": None, "f1": 0.0, "support": 0}
    assert data["micro"]["precision"] == 0.0


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "expected"),
    [(2, 2, 1, 4 / 7), (0, 0, 3, 0.0), (0, 2, 0, 0.0), (0, 0, 0, None), (5, 0, 0, 1.0)],
)
def test_f1_score(tp, fp, fn, expected):
    assert f1_score(tp, fp, fn) == expected


def test_matching_is_per_document(make_fact, make_claim):
    result = match_claims([make_fact(doc="a.txt")], [make_claim(doc="b.txt")])
    report = evaluate(split_of([make_fact(doc="a.txt")]), [make_claim(doc="b.txt")], {})
    assert result.true_positives == ()
    assert report.micro == Counts(tp=0, fp=1, fn=1)
