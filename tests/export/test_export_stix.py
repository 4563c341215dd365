"""STIX 2.1 export: parsed by stix2, validated by stix2-validator, mapped as documented, deterministic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import stix2
from sqlalchemy import Engine
from stixcheck import allowed_codes, validate, warning_codes

from claimgraph.export.data import ExportData, collect, meets_grade, select_assertions
from claimgraph.export.stix import (
    RELATIONSHIP_TYPES,
    actor_ref,
    build_bundle,
    confidence,
    dumps,
    extension_id,
    write_stix,
)


def objects(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == kind]


def by_name(bundle: dict[str, Any], kind: str, name: str) -> dict[str, Any]:
    (found,) = [o for o in objects(bundle, kind) if o.get("name") == name]
    return found


def ours(obj: dict[str, Any]) -> dict[str, Any]:
    return dict(obj.get("extensions", {}).get(extension_id(), {}))


@pytest.fixture(scope="module")
def bundle(data: ExportData) -> dict[str, Any]:
    return build_bundle(data)


def test_stix2_parses_the_bundle_without_custom_content(bundle: dict[str, Any]) -> None:
    parsed = stix2.parse(dumps(bundle), allow_custom=False)
    assert len(parsed.objects) == len(bundle["objects"])
    assert {o.type for o in parsed.objects} == {
        "identity", "extension-definition", "threat-actor", "location",
        "relationship", "note", "opinion", "report",
    }  # fmt: skip


def test_validator_finds_no_error_and_only_documented_warnings(
    data: ExportData, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = out / "kb.json"
    write_stix(data, path)
    errors, warnings = validate(path, monkeypatch)
    assert errors == []
    assert warning_codes(warnings) <= allowed_codes()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda o: o.update(confidence=150), "greater than the maximum"),
        (lambda o: o.update(target_ref="threat-actor--" + "0" * 8 + "-0000-4000-8000-" + "0" * 12),
         "not found in current bundle"),
    ],
)  # fmt: skip
def test_validator_catches_what_stix2_lets_through(
    bundle: dict[str, Any], out: Path, monkeypatch: pytest.MonkeyPatch, change: Any, message: str
) -> None:
    broken = json.loads(dumps(bundle))
    change(objects(broken, "relationship")[0])
    path = out / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    stix2.parse(path.read_text(), allow_custom=False)  # the library alone accepts it
    errors, warnings = validate(path, monkeypatch)
    allowed = allowed_codes()
    problems = errors + [w for w in warnings if not warning_codes([w]) <= allowed]
    assert any(message in problem for problem in problems), problems


def test_every_reference_resolves_inside_the_bundle(bundle: dict[str, Any]) -> None:
    """The validator checks relationships only; notes, opinions and reports are checked here."""
    ids = {o["id"] for o in bundle["objects"]}
    for obj in bundle["objects"]:
        refs = [obj[k] for k in ("created_by_ref", "source_ref", "target_ref") if k in obj]
        assert set(refs + obj.get("object_refs", [])) <= ids, obj["id"]


def test_exporting_twice_gives_identical_bytes(store: Engine, out: Path) -> None:
    write_stix(collect(store), out / "a.json")
    write_stix(collect(store), out / "b.json")
    assert (out / "a.json").read_bytes() == (out / "b.json").read_bytes()


def test_armed_groups_are_threat_actors_with_aliases_and_dates(bundle: dict[str, Any]) -> None:
    isisk = by_name(bundle, "threat-actor", "ISIS-K")
    assert isisk["threat_actor_types"] == ["terrorist"]
    assert "ISKP" in isisk["aliases"]
    assert isisk["first_seen"] == "2023-06-18T00:00:00.000Z"
    assert isisk["last_seen"] == "2023-07-02T00:00:00.000Z"
    assert ours(isisk)["actor_id"] == "isis-k"


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("identity", "Sirajuddin Haqqani", {"identity_class": "individual"}),
        ("identity", "UN Monitoring Team", {"identity_class": "organization"}),
        ("location", "Kunar", {"country": "AF"}),
        ("location", "Afghanistan", {"country": "AF"}),
    ],
)
def test_people_organisations_and_places(
    bundle: dict[str, Any], kind: str, name: str, expected: dict[str, str]
) -> None:
    found = by_name(bundle, kind, name)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("subject", "predicate", "target"),
    [
        ("taliban", "protects", "ttp"),
        ("al-qaeda", "allegiance", "taliban"),
        ("al-qaeda", "ally", "taliban"),
        ("haqqani-network", "funds", "ttp"),
        ("isis-k", "hostile", "taliban"),
        ("sirajuddin-haqqani", "leads", "haqqani-network"),
        ("sirajuddin-haqqani", "member_of", "taliban"),
        ("ttp", "operates_in", "kunar"),
    ],
)
def test_relations_map_to_documented_relationship_types(
    bundle: dict[str, Any], data: ExportData, subject: str, predicate: str, target: str
) -> None:
    ends = {k: actor_ref(data.actors[k]) for k in (subject, target)}
    (found,) = [
        r
        for r in objects(bundle, "relationship")
        if r["source_ref"] == ends[subject]
        and r["target_ref"] == ends[target]
        and ours(r)["predicate"] == predicate
    ]
    assert found["relationship_type"] == RELATIONSHIP_TYPES[predicate]
    assert found["external_references"][0]["description"].startswith("\u201c")


@pytest.mark.parametrize(
    ("grade", "expected"),
    [("A1", 90), ("B2", 70), ("C3", 50), ("D4", 30), ("E5", 10), ("F6", None), ("B6", None)],
)
def test_admiralty_credibility_to_confidence(grade: str, expected: int | None) -> None:
    assert confidence(grade) == expected


def test_confidence_follows_each_assertion_grade(bundle: dict[str, Any], data: ExportData) -> None:
    grades = {a["id"]: a["grade"] for a in data.assertions}
    graded = [o for o in bundle["objects"] if "assertion_id" in ours(o)]
    assert len(graded) == len(data.assertions)
    for obj in graded:
        assert obj.get("confidence") == confidence(grades[ours(obj)["assertion_id"]])
        assert ours(obj)["reliability"] == grades[ours(obj)["assertion_id"]][0]


def test_strength_estimates_and_pledges_are_notes(bundle: dict[str, Any]) -> None:
    notes = {ours(n)["claim_type"]: n for n in objects(bundle, "note")}
    ranges = sorted(
        (ours(n)["value_min"], ours(n)["value_max"])
        for n in objects(bundle, "note")
        if ours(n)["claim_type"] == "strength"
    )
    assert ranges == [(200, 200), (4000, 6000)]
    assert notes["pledge"]["abstract"] == "Taliban made a pledge to al-Qaeda"
    assert notes["denial"]["authors"] == ["Taliban"]


def test_denial_and_disputes_are_opinions(bundle: dict[str, Any], data: ExportData) -> None:
    opinions = objects(bundle, "opinion")
    denied = [o for o in opinions if ours(o).get("polarity") == "denied"]
    (protects,) = [r for r in objects(bundle, "relationship") if ours(r)["predicate"] == "protects"]
    assert denied[0]["opinion"] == "strongly-disagree"
    assert protects["id"] in denied[0]["object_refs"]
    disputes = [o for o in opinions if "dispute_id" in ours(o)]
    assert sorted(ours(o)["dispute_id"] for o in disputes) == sorted(d["id"] for d in data.disputes)
    assert {ours(o)["dispute_kind"] for o in disputes} == {"denial", "estimates", "rejection"}


def test_each_document_is_a_report_of_what_it_supports(
    bundle: dict[str, Any], data: ExportData
) -> None:
    reports = objects(bundle, "report")
    assert len(reports) == len(data.documents)
    ids = {o["id"] for o in bundle["objects"]}
    un = by_name(bundle, "report", "Report of the Monitoring Team")
    assert un["published"] == "2023-06-18T00:00:00.000Z"
    assert set(un["object_refs"]) <= ids
    kinds = {ref.split("--")[0] for ref in un["object_refs"]}
    assert kinds == {"threat-actor", "location", "relationship", "note"}


def test_filters_keep_only_selected_assertions(data: ExportData) -> None:
    kept = select_assertions(data.assertions, actor_ids=["isis-k"], min_grade="B3")
    assert kept
    assert all(meets_grade(a["grade"], "B3") for a in kept)
    assert all("isis-k" in (a["subject"]["id"], (a["object"] or {}).get("id")) for a in kept)
    assert len(kept) < len(data.assertions)


@pytest.mark.parametrize(
    ("grade", "minimum", "expected"),
    [("A1", "B3", True), ("B3", "B3", True), ("C1", "B3", False), ("B4", "B3", False),
     ("B6", "B3", False), ("F6", "F6", True)],
)  # fmt: skip
def test_minimum_grade_means_both_scales(grade: str, minimum: str, expected: bool) -> None:
    assert meets_grade(grade, minimum) is expected
