"""Actors resolved across documents: aliases merge, the known false merges do not."""

from __future__ import annotations

import pytest

from claimgraph.analysis.resolution import actor_records, near_spelling, resolve_actors
from claimgraph.analysis.rules import load_rules
from claimgraph.nlp.gazetteer import load_gazetteer

RULES = load_rules()


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True),
        ("al-Qaeda", "al Qaida", True),
        ("Islamic State Khorasan Provnce", "Islamic State Khorasan Province", True),
        ("Hizb ut-Tahrir", "Hizb ut Tahrir", True),
        ("Islamic State", "Islamic State Khorasan Province", False),
        ("Taliban", "Pakistani Taliban", False),
        ("Afghan Taliban", "Pakistani Taliban", False),
        ("ISIS-K", "ISIS-P", False),
        ("Brigade 313", "Brigade 314", False),
    ],
)
def test_near_spellings(first: str, second: str, same: bool) -> None:
    assert near_spelling(first, second, RULES) is same
    assert near_spelling(second, first, RULES) is same


def resolve(rows: list[dict[str, object]], decisions: list[dict[str, object]] | None = None):
    return resolve_actors(
        actor_records(rows), gazetteer=load_gazetteer(), rules=RULES, decisions=decisions or []
    )


KNOWN = [
    {"id": "islamic-state", "name": "Islamic State", "kind": "armed_group"},
    {"id": "isis-k", "name": "ISIS-K", "kind": "armed_group"},
    {"id": "taliban", "name": "Taliban", "kind": "armed_group"},
    {"id": "ttp", "name": "TTP", "kind": "armed_group"},
]


@pytest.mark.parametrize(
    ("learned", "kind", "into"),
    [
        ("Pakistani Taliban", "armed_group", "ttp"),  # a gazetteer alias
        ("Islamic State Khurasan Provnce", "armed_group", "isis-k"),  # near spelling of an alias
        ("Islamic State Khorasan Provnce", "armed_group", "isis-k"),
        ("Islamic State Sinai Province", "armed_group", None),  # not a spelling of anything
        ("Taliban Movement of Pakistan", "armed_group", None),
        ("Taliban", "person", None),  # a person never merges into a group
    ],
)
def test_learned_actors_merge_only_into_the_right_actor(
    learned: str, kind: str, into: str | None
) -> None:
    rows = [*KNOWN, {"id": "learned-x", "name": learned, "kind": kind, "origin": "learned"}]
    resolution = resolve(rows)
    assert resolution.resolve("learned-x") == (into or "learned-x")


def test_gazetteer_actors_never_merge_with_each_other() -> None:
    resolution = resolve(KNOWN)
    assert {resolution.resolve(row["id"]) for row in KNOWN} == {row["id"] for row in KNOWN}


def test_learned_acronym_and_surname() -> None:
    rows = [
        {
            "id": "hollins",
            "name": "Hollins Institute for Conflict Studies",
            "kind": "organization",
            "origin": "learned",
        },
        {"id": "hics", "name": "HICS", "kind": "organization", "origin": "learned"},
        {"id": "peter-mills", "name": "Peter Mills", "kind": "person", "origin": "learned"},
        {"id": "mills", "name": "Mills", "kind": "person", "origin": "learned"},
    ]
    resolution = resolve(rows)
    assert resolution.resolve("hics") == "hollins"
    assert resolution.resolve("mills") == "peter-mills"
    assert "acronym" in resolution.reasons["hics"]


def test_analyst_merge_and_split_are_replayed_in_order() -> None:
    rows = [
        *KNOWN,
        {"id": "wilayat-x", "name": "Wilayat X", "kind": "armed_group", "origin": "learned"},
    ]
    merged = resolve(rows, [{"action": "merge", "actor_id": "wilayat-x", "into_id": "isis-k"}])
    assert merged.resolve("wilayat-x") == "isis-k"
    assert merged.members("isis-k") == ["isis-k", "wilayat-x"]
    split = resolve(
        rows,
        [
            {"action": "merge", "actor_id": "wilayat-x", "into_id": "isis-k"},
            {"action": "split", "actor_id": "wilayat-x", "into_id": None},
        ],
    )
    assert split.resolve("wilayat-x") == "wilayat-x"
    # A split also undoes an automatic merge.
    auto = [
        *KNOWN,
        {"id": "pt", "name": "Pakistani Taliban", "kind": "armed_group", "origin": "learned"},
    ]
    assert resolve(auto).resolve("pt") == "ttp"
    assert resolve(auto, [{"action": "split", "actor_id": "pt"}]).resolve("pt") == "pt"


def test_a_merge_loop_does_not_hang() -> None:
    rows = [
        {"id": "a", "name": "Alpha Front", "kind": "armed_group", "origin": "learned"},
        {"id": "b", "name": "Bravo Front", "kind": "armed_group", "origin": "learned"},
    ]
    resolution = resolve(
        rows,
        [
            {"action": "merge", "actor_id": "a", "into_id": "b"},
            {"action": "merge", "actor_id": "b", "into_id": "a"},
        ],
    )
    assert {resolution.resolve("a"), resolution.resolve("b")} <= {"a", "b"}
