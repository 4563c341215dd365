"""Alert rules: what changed about a watched actor, over hand-made claims consolidated for real."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from claimgraph.analysis.consolidate import consolidate_claims
from claimgraph.analysis.ratings import load_outlet_ratings
from claimgraph.analysis.resolution import actor_records, resolve_actors
from claimgraph.analysis.rules import load_rules
from claimgraph.errors import InputError
from claimgraph.monitor.alerts import (
    EVENTS,
    ActorView,
    Watch,
    actor_view,
    changes,
    evaluate,
    figure,
    parse_events,
    parse_threshold,
)
from claimgraph.nlp.gazetteer import load_gazetteer

RULES = load_rules()
ISISK = {"id": "isis-k", "name": "ISIS-K", "kind": "armed_group"}
TALIBAN = {"id": "taliban", "name": "Taliban", "kind": "armed_group"}
TTP = {"id": "ttp", "name": "TTP", "kind": "armed_group"}
KUNAR = {"id": "kunar", "name": "Kunar", "kind": "place"}
_ids = itertools.count(1)


def claim(
    doc: str,
    *,
    type_: str = "strength",
    predicate: str = "fighters",
    subject: dict[str, str] = ISISK,
    obj: dict[str, str] | None = None,
    value: tuple[float | None, float | None] | None = None,
    polarity: str = "asserted",
    source: str = "UN Monitoring Team",
    published: str = "2024-03-04",
) -> dict[str, Any]:
    """A claim dict of the contract, in document ``doc``."""
    sentence = f"Sentence {next(_ids)} of {doc}."
    return {
        "id": f"c{next(_ids):04d}",
        "type": type_,
        "predicate": predicate,
        "subject": subject,
        "object": obj,
        "value": {"min": value[0], "max": value[1], "approx": False, "qualifier": None}
        if value
        else None,
        "polarity": polarity,
        "hedged": False,
        "when": None,
        "source": {"name": source, "kind": "organization", "affiliation": None},
        "document": {
            "id": doc,
            "title": f"Title {doc}",
            "outlet": "Wire",
            "url": None,
            "published": published,
            "path": None,
        },
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
    }


def view(claims: list[dict[str, Any]], actor: str) -> ActorView:
    """The actor's view after consolidating ``claims``."""
    actors = {c["subject"]["id"]: c["subject"] for c in claims}
    actors |= {c["object"]["id"]: c["object"] for c in claims if c["object"]}
    actors.setdefault(actor, {"id": actor, "name": actor, "kind": "armed_group"})
    resolution = resolve_actors(actor_records(actors.values()), gazetteer=None, rules=RULES)
    consolidation = consolidate_claims(
        claims,
        resolution=resolution,
        relay_of={},
        gazetteer=load_gazetteer(),
        ratings=load_outlet_ratings(),
        rules=RULES,
    )
    return actor_view(consolidation, actor)


def alerts(
    old: list[dict[str, Any]], new: list[dict[str, Any]], actor: str = "isis-k", **watch: Any
) -> list[tuple[str, str]]:
    """(kind, summary) of the alerts when ``new`` claims join ``old`` ones."""
    spec = Watch(actor_id=actor, name=actor, **watch)
    found = changes(view(old, actor), view(old + new, actor), spec)
    return sorted((alert.kind, alert.summary) for alert in found)


def kinds(old: list[dict[str, Any]], new: list[dict[str, Any]], **watch: Any) -> list[str]:
    return [kind for kind, _summary in alerts(old, new, **watch)]


def test_first_claims_about_an_actor_are_new_claims_and_relations() -> None:
    new = [
        claim("d1", value=(4000, 6000)),
        claim("d1", type_="presence", predicate="operates_in", obj=KUNAR),
        claim("d1", type_="relation", predicate="ally", obj=TALIBAN),
    ]
    assert kinds([], new) == ["new-claim", "new-claim", "new-relation"]


def test_the_actor_as_object_of_a_relation_counts() -> None:
    new = [claim("d2", type_="relation", predicate="hostile", subject=TALIBAN, obj=ISISK)]
    assert kinds([], new) == ["new-relation"]


def test_nothing_new_means_no_alert() -> None:
    old = [
        claim("d1", value=(4000, 6000)),
        claim("d1", type_="relation", predicate="ally", obj=TTP),
    ]
    assert kinds(old, []) == []


def test_a_second_source_for_a_known_assertion_is_not_new() -> None:
    old = [claim("d1", type_="presence", predicate="operates_in", obj=KUNAR)]
    new = [claim("d2", type_="presence", predicate="operates_in", obj=KUNAR, source="Reuters")]
    assert kinds(old, new) == []


@pytest.mark.parametrize(
    ("figure_", "threshold", "expected"),
    [
        ((5500, 5500), 0.25, []),  # inside the range: joins the consolidated estimate
        ((6000, 6000), 0.25, []),  # 20% above the middle, within the threshold
        ((6500, 7000), 0.25, ["estimate-change"]),  # 35% above 5,000
        ((2000, 2000), 0.25, ["estimate-change"]),  # 60% below
        ((2000, 2000), 0.75, []),  # the same, with a looser threshold
        ((None, 9000), 0.5, ["estimate-change"]),  # "up to 9,000": 80% above
    ],
)
def test_estimate_change_against_the_consolidated_figure(
    figure_: tuple[float | None, float | None], threshold: float, expected: list[str]
) -> None:
    old = [claim("d1", value=(4000, 6000), published="2024-01-10")]
    new = [claim("d2", value=figure_, source="US officials", published="2025-03-01")]
    assert kinds(old, new, threshold=threshold) == expected


def test_estimate_change_names_both_figures_and_the_change() -> None:
    old = [claim("d1", value=(4000, 6000), published="2024-01-10")]
    new = [claim("d2", value=(2000, 2000), source="US officials", published="2025-03-01")]
    ((kind, summary),) = alerts(old, new)
    assert kind == "estimate-change"
    assert summary == (
        "estimate change: isis-k fighters 2,000 (US officials) differs by 60% "
        "from the consolidated 4,000-6,000"
    )


def test_conflicting_estimates_in_the_window_are_also_a_dispute() -> None:
    old = [claim("d1", value=(4000, 6000))]
    new = [claim("d2", value=(2000, 2000), source="US officials")]
    assert kinds(old, new) == ["dispute", "estimate-change"]


def test_the_most_recent_estimate_is_the_current_one() -> None:
    old = [
        claim("d1", value=(1000, 1000), published="2022-01-01"),
        claim("d2", value=(4000, 4000), published="2024-01-01", source="US officials"),
    ]
    near_latest = [claim("d3", value=(3800, 4600), source="Reuters", published="2024-02-01")]
    assert kinds(old, near_latest) == []


def test_a_denial_and_its_contradiction_are_one_dispute_alert() -> None:
    old = [
        claim(
            "d1",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            source="Pakistan",
        )
    ]
    new = [
        claim(
            "d2",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            polarity="denied",
            source="Taliban",
        ),
        claim("d2", type_="denial", predicate="denies", subject=TALIBAN, source="Taliban"),
    ]
    found = alerts(old, new, actor="taliban")
    assert [kind for kind, _ in found] == ["dispute"]
    assert found[0][1].startswith("dispute (denial): denied by Taliban")


def test_a_denial_nobody_contradicts_yet_is_a_dispute_alert() -> None:
    new = [claim("d2", type_="denial", predicate="denies", subject=TALIBAN, source="Taliban")]
    found = alerts([], new, actor="taliban")
    assert [kind for kind, _ in found] == ["dispute"]
    assert found[0][1].startswith("new denial:")


def test_a_known_dispute_is_not_alerted_again_when_a_source_repeats_a_side() -> None:
    old = [
        claim(
            "d1",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            source="Pakistan",
        ),
        claim(
            "d2",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            polarity="denied",
            source="Taliban",
        ),
    ]
    new = [
        claim(
            "d3",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            source="Afghan analysts",
        )
    ]
    assert kinds(old, new, actor="taliban") == []


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        (frozenset(EVENTS), ["new-claim", "new-relation"]),
        (frozenset({"new-relation"}), ["new-relation"]),
        (frozenset({"dispute"}), []),
    ],
)
def test_the_watch_chooses_the_events(events: frozenset[str], expected: list[str]) -> None:
    new = [
        claim("d1", type_="presence", predicate="operates_in", obj=KUNAR),
        claim("d1", type_="relation", predicate="ally", obj=TALIBAN),
    ]
    assert kinds([], new, events=events) == expected


def test_alerts_carry_citations_and_a_stable_fingerprint() -> None:
    new = [claim("d1", type_="presence", predicate="operates_in", obj=KUNAR)]
    watch = Watch("isis-k", "ISIS-K", id=7)
    first = evaluate({}, {7: view(new, "isis-k")}, [watch])
    again = evaluate({}, {7: view(new, "isis-k")}, [watch])
    assert [a.fingerprint for a in first] == [a.fingerprint for a in again]
    (alert,) = first
    assert alert.doc_id == "d1" and alert.watch_id == 7
    citation = alert.details["citations"][0]
    assert citation["sentence"].endswith("of d1.") and citation["source"] == "UN Monitoring Team"
    assert alert.to_record()["details"]["actor"] == "ISIS-K"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, list(EVENTS)),
        ("dispute,new-claim", ["new-claim", "dispute"]),
        (" estimate-change ", ["estimate-change"]),
    ],
)
def test_parse_events(text: str | None, expected: list[str]) -> None:
    assert parse_events(text) == expected


def test_parse_events_names_the_unknown_one() -> None:
    with pytest.raises(InputError, match="unknown event rumour"):
        parse_events("new-claim,rumour")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("25%", 0.25), ("0.3", 0.3), ("100%", 1.0), ("7.5%", 0.075), (None, 0.25)],
)
def test_parse_threshold(text: str | None, expected: float) -> None:
    assert parse_threshold(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["a lot", "-5%", "25%%"])
def test_parse_threshold_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_threshold(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"min": 4000, "max": 6000}, 5000.0),
        ({"min": None, "max": 200}, 200.0),
        ({"min": 22, "max": None}, 22.0),
        ({"min": None, "max": None}, None),
        (None, None),
    ],
)
def test_figure(value: dict[str, float | None] | None, expected: float | None) -> None:
    assert figure(value) == expected
