"""The learned presence reader: candidate pairs, their features, the model file."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from claimgraph.errors import DataFileError
from claimgraph.model import Document
from claimgraph.nlp.extract import Extractor, RuleReading
from claimgraph.nlp.pairs import (
    PairModel,
    candidates,
    load_pair_model,
    lowest_common_head,
    parse_pair_model,
    read_learned_presence,
)
from training_scripts import training_script


@lru_cache(maxsize=1)
def full() -> Extractor:
    return Extractor()


@lru_cache(maxsize=1)
def rules() -> Extractor:
    return Extractor(presence_model=None)


def placed(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    claims = extractor.extract(Document.create(text)).claims
    return {(c.subject.name, c.object.name) for c in claims if c.type == "presence" and c.object}


def reading(text: str) -> RuleReading:
    document = Document.create(text)
    return rules().rule_reading(document, rules().nlp(document.body))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Go to Djibo, which JNIM has kept under blockade since 2022.", ("JNIM", "Djibo")),
        (
            "The Hamza Division led three months of assaults on the Tishrin dam.",
            ("Hamza Division", "Tishrin Dam"),
        ),
    ],
)
def test_the_packaged_model_adds_a_presence_no_rule_reads(text: str, pair: tuple[str, str]) -> None:
    assert pair not in placed(rules(), text)
    assert pair in placed(full(), text)


@pytest.mark.parametrize(
    "text",
    ["Hamas pushed for talks in Doha.", "The ADF kills civilians in Beni almost every week."],
)
def test_the_packaged_model_passes_over_a_place_that_is_not_the_groups(text: str) -> None:
    assert placed(full(), text) == placed(rules(), text)


def test_a_pair_a_rule_read_is_no_candidate() -> None:
    found = reading("Al-Shabaab fighters were seen in Jilib last month.")
    assert {
        (d.subject.name, d.object and d.object.name) for _, ds in found.sentences for d in ds
    } >= {("al-Shabaab", "Jilib")}
    assert candidates(found.sentences, found.actors) == []


def test_a_candidate_knows_how_often_the_document_pairs_the_two() -> None:
    found = reading(
        "JNIM fighters were seen in Djibo last month. "
        "Go to Djibo, which JNIM has kept under blockade since 2022."
    )
    [candidate] = candidates(found.sentences, found.actors)
    assert (candidate.sentence, candidate.holder.actor.name, candidate.place.actor.name) == (
        1,
        "JNIM",
        "Djibo",
    )
    assert {"ruled_doc=1", "co_doc=2", "okind=place", "sdep=nsubj", "break=relcl"} <= set(
        candidate.features
    )


@pytest.mark.parametrize(
    ("weights", "added"),
    [({"okind=place": 20.0}, {("JNIM", "Djibo")}), ({"okind=state": 20.0}, set())],
)
def test_a_pair_is_added_when_its_score_reaches_the_threshold(
    weights: dict[str, float], added: set[tuple[str, str]]
) -> None:
    found = reading("Go to Djibo, which JNIM has kept under blockade since 2022.")
    model = PairModel(weights=weights, bias=-10.0, threshold=0.5)
    out = read_learned_presence(found.sentences, found.actors, model)
    before = {(d.subject.name, d.object.name) for _, ds in found.sentences for d in ds if d.object}
    after = {(d.subject.name, d.object.name) for ds in out for d in ds if d.object}
    assert after - before == added


def test_a_model_scores_by_the_logistic_of_its_weights() -> None:
    model = PairModel(weights={"a": 2.0, "b": -1.0}, bias=-1.0, threshold=0.5)
    assert model.probability([]) == pytest.approx(0.2689, abs=1e-4)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(0.5)
    assert model.probability(["a"]) == pytest.approx(0.7311, abs=1e-4)


def test_a_feature_that_fires_twice_counts_once_as_in_training() -> None:
    model = PairModel(weights={"a": 2.0}, bias=-1.0, threshold=0.5)
    assert model.probability(["a", "a"]) == model.probability(["a"])


def test_the_shared_head_of_two_words_is_the_nearest_one() -> None:
    doc = rules().nlp("JNIM fighters attacked an army post near Boni.")
    fighters, boni = doc[1], doc[7]
    head = lowest_common_head(fighters, boni)
    assert head is not None and head.text == "attacked"
    again = lowest_common_head(doc[2], boni)
    assert again is not None and again.i == 2


def test_the_packaged_model_loads() -> None:
    model = load_pair_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "expected a JSON object"),
        ({"bias": 0, "threshold": 0.5}, "missing key 'weights'"),
        ({"bias": "x", "threshold": 0.5, "weights": {}}, "'bias' must be a number"),
        ({"bias": 0, "threshold": 1.5, "weights": {}}, "'threshold' must be a number"),
        ({"bias": 0, "threshold": True, "weights": {}}, "'threshold' must be a number"),
        ({"bias": 0, "threshold": 0.5, "weights": {"a": "1"}}, "'weights' must map"),
    ],
)
def test_a_bad_model_file_is_refused_with_its_reason(data: Any, reason: str) -> None:
    with pytest.raises(DataFileError, match=reason):
        parse_pair_model(data, "model.json")


def test_a_model_file_that_is_not_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="not JSON") as raised:
        load_pair_model(str(path))
    assert str(path) in str(raised.value)


def test_the_training_script_writes_a_model_the_reader_accepts(tmp_path: Path) -> None:
    script = training_script("train_presence")
    rows = [(f"d{i % 7}", ["near", f"w{i % 5}"], True) for i in range(40)]
    rows += [(f"d{i % 7}", ["far", f"w{i % 5}"], False) for i in range(60)]
    content = script.fitted_model(rows, 0.4, 7)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    model = load_pair_model(str(path))
    assert model.weights["near"] > 0 > model.weights["far"]
    assert model.probability(["near", "w1"]) > 0.5 > model.probability(["far", "w1"])
    assert "7 documents, 100 pairs, 40 marked" in content["trained_on"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The Hamza Division led three months of assaults on the Tishrin dam.", "led"),
        ("Go to Djibo, which JNIM has kept under blockade since 2022.", "Djibo"),
    ],
)
def test_a_learned_presence_hangs_on_the_verb_joining_group_and_place(
    text: str, anchor: str
) -> None:
    found = reading(text)
    model = PairModel(weights={}, bias=10.0, threshold=0.5)
    out = read_learned_presence(found.sentences, found.actors, model)
    [added] = [d for ds in out for d in ds if d.type == "presence"]
    assert found.actors.doc[added.anchor].text == anchor


def test_a_learned_presence_says_so_and_how_sure_the_model_was() -> None:
    text = "Go to Djibo, which JNIM has kept under blockade since 2022."
    claims = full().extract(Document.create(text)).claims
    [presence] = [c for c in claims if c.type == "presence"]
    assert presence.reader == "learned"
    assert presence.confidence is not None
    assert load_pair_model().threshold <= presence.confidence <= 1.0
