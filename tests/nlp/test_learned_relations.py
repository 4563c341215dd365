"""The learned relation reader: candidate pairs, their features, labels and the model file."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from claimgraph.errors import DataFileError
from claimgraph.model import Document
from claimgraph.nlp.extract import Extractor, RuleReading
from claimgraph.nlp.learned_relations import (
    RelationModel,
    load_relation_model,
    parse_relation_model,
    read_learned_relations,
    relation_candidates,
    relation_cues,
)
from training_scripts import training_script

LABELS = ("none", "ally:f", "leads:f", "leads:r")

Triple = tuple[str, str, str]


@lru_cache(maxsize=1)
def full() -> Extractor:
    return Extractor()


@lru_cache(maxsize=1)
def rules() -> Extractor:
    return Extractor(relation_model=None)


def related(extractor: Extractor, text: str) -> set[Triple]:
    claims = extractor.extract(Document.create(text)).claims
    return {
        (c.predicate, c.subject.name, c.object.name)
        for c in claims
        if c.type == "relation" and c.object
    }


def reading(text: str) -> RuleReading:
    document = Document.create(text)
    return rules().rule_reading(document, rules().nlp(document.body))


def candidates_of(text: str) -> tuple[RuleReading, list[Any]]:
    found = reading(text)
    cues = rules().relation_cues
    return found, relation_candidates(found.sentences, found.actors, cues)


def model(weights: dict[str, list[float]], biases: list[float] | None = None) -> RelationModel:
    return parse_relation_model(
        {
            "labels": list(LABELS),
            "biases": biases or [0.0] * len(LABELS),
            "threshold": 0.5,
            "weights": weights,
        },
        "model.json",
    )


def added(text: str, relation_model: RelationModel) -> set[Triple]:
    found = reading(text)
    lexicon, cues = rules().lexicon, rules().relation_cues
    out = read_learned_relations(found.sentences, found.actors, relation_model, lexicon, cues)
    return {(d.predicate, d.subject.name, d.object.name) for ds in out for d in ds if d.object}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "JNIM and ISSP fought for control of the Menaka region through 2023.",
            ("hostile", "JNIM", "Islamic State Sahel"),
        ),
        (
            "Al-Shabaab sent several hundred fighters to Yemen to join the Houthis last year.",
            ("ally", "al-Shabaab", "Houthis"),
        ),
    ],
)
def test_the_packaged_model_adds_a_relation_no_rule_reads(text: str, triple: Triple) -> None:
    assert triple not in related(rules(), text)
    assert triple in related(full(), text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials from Qatar and Egypt met Hamas negotiators in Cairo on Monday.",
        "Both JNIM and the Islamic State Sahel Province were named in the UN report.",
        "Reporters asked the Taliban spokesman about al-Qaeda, and he declined to answer.",
    ],
)
def test_the_packaged_model_passes_over_actors_that_are_merely_named_together(
    text: str,
) -> None:
    assert related(full(), text) == related(rules(), text)


def test_a_pair_a_rule_related_is_no_candidate() -> None:
    found, candidates = candidates_of("Iran funds the Houthis.")
    ruled = {(d.predicate, d.subject.name) for _, ds in found.sentences for d in ds}
    assert ("funds", "Iran") in ruled
    assert candidates == []


def test_places_are_no_party_and_each_pair_is_listed_once_in_text_order() -> None:
    _, candidates = candidates_of(
        "Amadou Koufa met JNIM commanders in Mopti, and Koufa later left Mopti with JNIM."
    )
    pairs = [(c.first.actor.name, c.second.actor.name) for c in candidates]
    assert pairs == [("Amadou Koufa", "JNIM")]


def test_a_candidate_knows_what_the_rules_read_between_the_two_elsewhere() -> None:
    _, candidates = candidates_of(
        "Iran funds the Houthis. The Houthis thanked Iran in a statement on Sunday."
    )
    [candidate] = candidates
    assert (candidate.first.actor.name, candidate.second.actor.name) == ("Houthis", "Iran")
    assert "doc_rule=funds:r" in candidate.features
    assert {"ak=armed_group", "bk=state", "lca=thank", "path=nsubj^dobj"} <= set(candidate.features)


def test_a_trigger_on_the_path_becomes_a_feature_with_its_predicate() -> None:
    _, candidates = candidates_of(
        "Al-Shabaab sent fighters to Yemen at the request of the Houthis."
    )
    [candidate] = [
        c
        for c in candidates
        if c.second.actor.name == "Houthis" and c.first.actor.name == "al-Shabaab"
    ]
    assert {
        "lca=send",
        "tsent=funds",
        "tpath=funds",
        "tpath_k=funds|armed_group|armed_group",
        "tlca=funds|upnsubj|prep",
    } <= set(candidate.features)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("leads:f", {("leads", "Amadou Koufa", "JNIM")}),
        ("leads:r", set()),  # JNIM cannot lead a person: the lexicon's kinds forbid it
        ("ally:f", set()),  # a person is no party to an alliance
    ],
)
def test_a_label_gives_the_direction_and_the_kinds_must_fit_the_predicate(
    label: str, expected: set[Triple]
) -> None:
    weights = [20.0 if name == label else 0.0 for name in LABELS]
    text = "Amadou Koufa met JNIM commanders in Mopti."
    assert added(text, model({"kinds=person|armed_group": weights})) == expected


def test_a_reversed_label_makes_the_second_actor_the_subject() -> None:
    weights = [0.0, 0.0, 0.0, 20.0]  # leads:r
    text = "JNIM commanders met Amadou Koufa in Mopti."
    assert added(text, model({"kinds=armed_group|person": weights})) == {
        ("leads", "Amadou Koufa", "JNIM")
    }


def test_a_feature_that_fires_twice_counts_once_as_in_training() -> None:
    model = RelationModel(("none", "ally:f"), (0.0, 0.0), {"tpath": (0.0, 1.5)}, 0.5)
    assert model.probabilities(["tpath", "tpath"]) == model.probabilities(["tpath"])


def test_a_pair_below_the_threshold_is_left_alone() -> None:
    text = "Amadou Koufa met JNIM commanders in Mopti."
    assert added(text, model({"kinds=person|armed_group": [0.0, 0.0, 0.5, 0.0]})) == set()


def test_a_learned_relation_hangs_on_a_trigger_of_its_predicate() -> None:
    found = reading("JNIM and ISSP fought for control of the Menaka region.")
    lexicon, cues = rules().lexicon, rules().relation_cues
    hostile = RelationModel(("none", "hostile:f"), (0.0, 20.0), {}, 0.5)
    out = read_learned_relations(found.sentences, found.actors, hostile, lexicon, cues)
    [draft] = [d for ds in out for d in ds]
    assert found.actors.doc[draft.anchor].text == "fought"


def test_the_model_scores_by_the_softmax_of_its_weights() -> None:
    scored = model({"a": [0.0, 1.0, 0.0, 0.0]}).probabilities(["a", "unknown"])
    assert sum(scored.values()) == pytest.approx(1.0)
    e = 2.718281828
    assert scored["ally:f"] == pytest.approx(e / (e + 3), abs=1e-4)
    assert scored["none"] == pytest.approx(1 / (e + 3), abs=1e-4)


def test_the_cues_mark_an_inverse_trigger() -> None:
    cues = relation_cues(rules().lexicon)
    assert "funds" in cues["bankroll"]
    assert "ally~inv" in cues["backed"]


def test_the_packaged_model_loads() -> None:
    packaged = load_relation_model()
    assert "none" in packaged.labels and len(packaged.labels) > 10
    assert 0.0 < packaged.threshold < 1.0
    assert len(packaged.weights) > 1000


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "expected a JSON object"),
        ({"labels": ["none"], "biases": [0], "threshold": 0.5}, "missing key 'weights'"),
        (
            {"labels": ["ally:f"], "biases": [0], "threshold": 0.5, "weights": {}},
            "'labels' must list 'none'",
        ),
        (
            {"labels": ["none", "ally:x"], "biases": [0, 0], "threshold": 0.5, "weights": {}},
            "'labels' must list",
        ),
        (
            {"labels": ["none", "ally:f"], "biases": [0], "threshold": 0.5, "weights": {}},
            "'biases' must be one number per label",
        ),
        (
            {"labels": ["none", "ally:f"], "biases": [0, 0], "threshold": 1, "weights": {}},
            "'threshold' must be a number between 0 and 1",
        ),
        (
            {
                "labels": ["none", "ally:f"],
                "biases": [0, 0],
                "threshold": 0.5,
                "weights": {"a": [1.0]},
            },
            "'weights' must map feature names to one number per label",
        ),
    ],
)
def test_a_bad_model_file_is_refused_with_its_reason(data: Any, reason: str) -> None:
    with pytest.raises(DataFileError, match=reason):
        parse_relation_model(data, "model.json")


def test_a_model_file_that_is_not_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"labels": [', encoding="utf-8")
    with pytest.raises(DataFileError, match="not JSON") as raised:
        load_relation_model(str(path))
    assert str(path) in str(raised.value)


def rows(labels: dict[str, str], count: int = 30) -> list[tuple[str, list[str], str]]:
    """Rows whose one telling feature names their label, seen often enough to be kept."""
    return [
        (f"d{i % 7}", [cue, f"w{i % 5}"], label)
        for cue, label in labels.items()
        for i in range(count)
    ]


@pytest.mark.parametrize(
    "labels",
    [
        {"near": "ally:f", "far": "none", "boss": "leads:r"},
        {"near": "ally:f", "far": "none"},  # two labels: sklearn keeps a single row
    ],
)
def test_the_training_script_writes_a_model_the_reader_accepts(
    tmp_path: Path, labels: dict[str, str]
) -> None:
    script = training_script("train_relations")
    content = script.fitted_model(rows(labels), 0.4, 7)
    path = tmp_path / "model.json"
    path.write_text(script.model_text(content), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == content
    fitted = load_relation_model(str(path))
    for cue, label in labels.items():
        scored = fitted.probabilities([cue, "w1"])
        assert max(scored, key=lambda name: scored[name]) == label
    assert (
        f"7 documents, {30 * len(labels)} pairs, {30 * (len(labels) - 1)} related"
        in (content["trained_on"])
    )


def test_a_feature_seen_too_rarely_is_left_out_of_the_model() -> None:
    script = training_script("train_relations")
    data = [*rows({"near": "ally:f", "far": "none"}), ("d9", ["once"], "ally:f")]
    content = script.fitted_model(data, 0.4, 8)
    assert "near" in content["weights"] and "once" not in content["weights"]


def test_the_gold_label_names_predicate_and_direction() -> None:
    script = training_script("train_relations")
    _, candidates = candidates_of("Amadou Koufa met JNIM commanders in Mopti.")
    [candidate] = candidates
    text = "Amadou Koufa met JNIM commanders in Mopti."

    def same(name: str) -> str:
        return name.casefold()

    evidence = text.casefold()
    facts = [("jnim", "amadou koufa", "leads", evidence)]
    assert script.gold_label(candidate, facts, text, same) == "leads:r"
    facts = [("jnim", "amadou koufa", "ally", evidence)]
    assert script.gold_label(candidate, facts, text, same) == "ally:f"
    facts = [("jnim", "amadou koufa", "leads", "a different sentence altogether")]
    assert script.gold_label(candidate, facts, text, same) == "none"


def forced(label: str) -> RelationModel:
    """A model that rates every pair ``label``."""
    return RelationModel(("none", label), (0.0, 20.0), {}, 0.5)


@pytest.mark.parametrize(
    ("text", "label", "absent"),
    [
        # the rules' own reasons to read no relation hold for the learned reader too
        ("Iran stopped arming the Houthis in 2021.", "funds:f", ("funds", "Iran", "Houthis")),
        ("Iran sent a delegation to Hezbollah.", "funds:f", ("funds", "Iran", "Hezbollah")),
        (
            "The Taliban's attack on the ISIS-K hideout killed six.",
            "hostile:f",
            ("hostile", "Taliban", "ISIS-K"),
        ),
        # an accuser is no party to the charge
        (
            "Beninese officials accuse both juntas of letting JNIM fighters rest in Niger.",
            "protects:f",
            ("protects", "Benin", "JNIM"),
        ),
        # what a rival wing's leader does he does for the wing
        (
            "The SPLM-N is strong. The movement's rival wing, led by Malik Agar, has sided "
            "with the army since the war began.",
            "leads:r",
            ("leads", "Malik Agar", "SPLM-N"),
        ),
    ],
)
def test_the_learned_reader_keeps_the_rules_reasons_to_read_nothing(
    text: str, label: str, absent: Triple
) -> None:
    assert absent not in added(text, forced(label))


def test_a_rival_wing_may_still_be_a_splinter_of_its_group() -> None:
    text = "The ELN's rival wing, led by the Comuneros del Sur, fought the ELN in Nariño."
    assert ("splinter_of", "Comuneros del Sur", "ELN") in added(text, forced("splinter_of:r"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accuser names himself in the charge: a party to it
        ("Hamas accused Iran of keeping it away from Hezbollah.", ("ally", "Hamas", "Hezbollah")),
        # saying or denying is no accusing: the speaker is often the party
        ("Hamas said it had exchanged letters with Hezbollah.", ("ally", "Hamas", "Hezbollah")),
    ],
)
def test_who_speaks_may_still_be_a_party(text: str, expected: Triple) -> None:
    assert expected in added(text, forced("ally:f"))


def test_an_accuser_is_no_party_to_the_charge_against_another() -> None:
    found = added("Hamas accused Iran of arming Hezbollah.", forced("ally:f"))
    assert ("ally", "Hamas", "Hezbollah") not in found
    assert ("ally", "Hamas", "Iran") not in found


def test_a_learned_claim_says_so_and_how_sure_the_model_was() -> None:
    text = "JNIM and ISSP fought for control of the Menaka region through 2023."
    claims = full().extract(Document.create(text)).claims
    learned = [c for c in claims if c.reader == "learned"]
    assert [(c.predicate, c.subject.name) for c in learned] == [("hostile", "JNIM")]
    chance = learned[0].confidence
    assert chance is not None and load_relation_model().threshold <= chance <= 1.0
    assert all(c.confidence is None for c in claims if c.reader == "rule")
