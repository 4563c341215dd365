"""Assertions, independent sources, disputes and grades over hand-made claims."""

from __future__ import annotations

from typing import Any

import pytest
from claimdicts import ISISK, TALIBAN, TTP, make_claim

from claimgraph.analysis.consolidate import Consolidation, consolidate_claims
from claimgraph.analysis.ratings import load_outlet_ratings
from claimgraph.analysis.resolution import actor_records, resolve_actors
from claimgraph.analysis.rules import load_rules
from claimgraph.nlp.gazetteer import load_gazetteer

RULES = load_rules()


def run(claims: list[dict[str, Any]], relay_of: dict[str, str] | None = None) -> Consolidation:
    actors = {c["subject"]["id"]: c["subject"] for c in claims}
    actors |= {c["object"]["id"]: c["object"] for c in claims if c["object"]}
    resolution = resolve_actors(
        actor_records(actors.values()), gazetteer=load_gazetteer(), rules=RULES
    )
    return consolidate_claims(
        claims,
        resolution=resolution,
        relay_of=relay_of or {},
        gazetteer=load_gazetteer(),
        ratings=load_outlet_ratings(),
        rules=RULES,
    )


def only(consolidation: Consolidation) -> dict[str, Any]:
    (assertion,) = consolidation.assertions
    return assertion.to_json()


def test_two_outlets_relaying_one_report_are_one_source() -> None:
    claims = [
        make_claim(doc="d1", source="UN Monitoring Team", value=(4000, 6000)),
        make_claim(doc="d2", source="U.N. Monitoring Team", value=(4000, 6000)),
    ]
    result = only(run(claims))
    assert (result["sources"], result["relays"], result["documents"]) == (1, 2, 2)
    assert result["value"] == {"min": 4000, "max": 6000}
    assert result["grade"] == "B2"


def test_an_independent_quoted_expert_is_a_second_source() -> None:
    claims = [
        make_claim(doc="d1", source="UN Monitoring Team", value=(4000, 6000)),
        make_claim(doc="d2", source="Leila Haddad", kind="person", value=(5000, 5000)),
    ]
    result = only(run(claims))
    assert (result["sources"], result["relays"]) == (2, 2)
    assert result["grade"] == "B1"
    assert result["value"] == {"min": 4000, "max": 6000}


def test_a_near_duplicate_copy_adds_no_source_and_no_relay() -> None:
    claims = [
        make_claim(
            doc="wire",
            source="Global Wire",
            kind="outlet",
            outlet="Global Wire",
            value=(4000, 6000),
        ),
        make_claim(
            doc="copy",
            source="Eastern Ledger",
            kind="outlet",
            outlet="Eastern Ledger",
            value=(4000, 6000),
        ),
    ]
    copied = only(run(claims, relay_of={"wire": "wire", "copy": "wire"}))
    assert (copied["sources"], copied["relays"], copied["documents"]) == (1, 1, 2)
    independent = only(run(claims))
    assert (independent["sources"], independent["relays"]) == (2, 2)


def test_a_denial_of_the_same_claim_is_a_dispute() -> None:
    claims = [
        make_claim(
            doc="d1",
            source="UN Monitoring Team",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
        ),
        make_claim(
            doc="d2",
            source="Zabihullah Mujahid",
            kind="person",
            type_="relation",
            predicate="protects",
            subject=TALIBAN,
            obj=TTP,
            polarity="denied",
        ),
    ]
    result = run(claims)
    (dispute,) = result.disputes
    assert dispute.kind == "denial"
    asserted = next(a for a in result.assertions if a.polarity == "asserted")
    assert asserted.disputed_by == ["Zabihullah Mujahid"]
    # The UN report (B) outweighs a Taliban spokesman (D): the denial is improbable.
    denied = next(a for a in result.assertions if a.polarity == "denied")
    assert denied.grade == "D5" and asserted.grade == "B2"


@pytest.mark.parametrize(
    ("first", "second", "published", "disputes", "assertions"),
    [
        ((4000, 6000), (1500, 2200), ("2023-07-25", "2023-10-16"), 1, 2),  # conflict
        ((4000, 6000), (1500, 2200), ("2021-07-25", "2025-02-01"), 0, 2),  # a trend
        ((4000, 6000), (5500, 7000), ("2023-07-25", "2023-10-16"), 0, 1),  # overlap
        ((4000, 6000), (None, 4200), ("2023-07-25", "2023-10-16"), 0, 1),  # "up to"
        ((2000, 2000), (2150, 2150), ("2023-07-25", "2023-08-16"), 0, 1),  # both "about"
        ((4000, 6000), (1500, 2200), ("2023-07-25", None), 0, 2),  # undated: no conflict
    ],
)
def test_estimates_conflict_only_when_apart_within_the_window(
    first: tuple[int | None, int | None],
    second: tuple[int | None, int | None],
    published: tuple[str, str | None],
    disputes: int,
    assertions: int,
) -> None:
    claims = [
        make_claim(
            doc="d1",
            source="UN Monitoring Team",
            value=first,
            published=published[0],
            approx=first[0] == first[1],
        ),
        make_claim(
            doc="d2",
            source="Meridian Policy Institute",
            kind="organization",
            value=second,
            published=published[1],
            approx=second[0] == second[1],
        ),
    ]
    result = run(claims)
    assert len(result.disputes) == disputes
    assert len(result.assertions) == assertions
    assert all(d.kind == "estimates" for d in result.disputes)


def test_a_vague_figure_does_not_chain_two_conflicting_estimates() -> None:
    claims = [
        make_claim(doc="d1", source="UN Monitoring Team", value=(4000, 6000)),
        make_claim(doc="d2", source="Leila Haddad", kind="person", value=(1500, 2200)),
        make_claim(doc="d3", source="Some Blog", kind="outlet", value=(1000, 9999)),
    ]
    result = run(claims)
    assert len(result.assertions) == 2
    assert len(result.disputes) == 1


def test_hedged_and_unhedged_statements_of_one_claim_agree() -> None:
    claims = [
        make_claim(
            doc="d1",
            source="UN Monitoring Team",
            type_="presence",
            predicate="operates_in",
            obj={"id": "kunar", "name": "Kunar", "kind": "place"},
        ),
        make_claim(
            doc="d2",
            source="Leila Haddad",
            kind="person",
            type_="presence",
            predicate="operates_in",
            obj={"id": "kunar", "name": "Kunar", "kind": "place"},
            hedged=True,
        ),
    ]
    result = run(claims)
    assert result.disputes == []
    assert only(result)["grade"] == "B1"


@pytest.mark.parametrize(
    ("sources", "hedged", "grade"),
    [
        ([("UN Monitoring Team", "document")], False, "B2"),
        ([("UN Monitoring Team", "document"), ("Leila Haddad", "person")], False, "B1"),
        ([("UN Monitoring Team", "document")], True, "B3"),
        ([("Taliban", "actor")], False, "D3"),
        ([("Zabihullah Mujahid", "person")], False, "D3"),
    ],
)
def test_grades_without_dispute(sources: list[tuple[str, str]], hedged: bool, grade: str) -> None:
    claims = [
        make_claim(
            doc=f"d{i}",
            source=name,
            kind=kind,
            type_="relation",
            predicate="ally",
            subject=TALIBAN,
            obj=ISISK,
            hedged=hedged,
        )
        for i, (name, kind) in enumerate(sources)
    ]
    result = only(run(claims))
    assert result["grade"] == grade
    assert len(result["grade_reasons"]) == 3
    assert result["grade_reasons"][2].startswith(f"credibility {grade[1]}")


def test_actor_aliases_in_claims_merge_through_resolution() -> None:
    learned = {
        "id": "iskp-learned",
        "name": "Islamic State Khorasan Provnce",
        "kind": "armed_group",
    }
    claims = [
        make_claim(doc="d1", source="UN Monitoring Team", value=(4000, 6000)),
        make_claim(
            doc="d2", source="Leila Haddad", kind="person", value=(4000, 6000), subject=learned
        ),
    ]
    actors = actor_records([ISISK, {**learned, "origin": "learned"}])
    resolution = resolve_actors(actors, gazetteer=load_gazetteer(), rules=RULES)
    result = consolidate_claims(
        claims,
        resolution=resolution,
        relay_of={},
        gazetteer=load_gazetteer(),
        ratings=load_outlet_ratings(),
        rules=RULES,
    )
    assert only(result)["sources"] == 2
    assert only(result)["subject"]["id"] == "isis-k"
