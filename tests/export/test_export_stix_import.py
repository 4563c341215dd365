"""STIX import: a bundle becomes claims sourced to its creator; idempotent; round trips are stable.

"Stable" means two things, both tested:

1. Fixed point: import a claimgraph bundle B1 into an empty store and export
   it (B2); import B2 into another empty store and export again (B3). B3 is
   byte-identical to B2.
2. Nothing is lost on the first pass: B2 holds the same actor objects (type,
   id, name) and the same relationships (id, type, source, target) as B1,
   and the same strength ranges and pledges as notes. What is not carried
   over is documented: per-document reports (one report for the bundle
   instead), the original sources (the creator instead), dates and grades.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from claimgraph.errors import InputError
from claimgraph.export.data import collect
from claimgraph.export.stix import dumps, extension_id, write_stix
from claimgraph.export.stix_import import bundle_extraction, import_stix
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.queries import counts, iter_claims


def fresh(path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine)
    return engine


def through(bundle: Path, tmp: Path, name: str) -> tuple[Engine, Path]:
    """Import ``bundle`` into a new store and export that store."""
    engine = fresh(tmp / f"{name}.db")
    import_stix(engine, bundle)
    exported = tmp / f"{name}.json"
    write_stix(collect(engine), exported)
    return engine, exported


def load(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def rounds(store: Engine, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    tmp = tmp_path_factory.mktemp("rounds")
    first = tmp / "b1.json"
    write_stix(collect(store), first)
    _, second = through(first, tmp, "b2")
    _, third = through(second, tmp, "b3")
    return [first, second, third]


def test_export_import_export_reaches_a_fixed_point(rounds: list[Path]) -> None:
    assert rounds[2].read_bytes() == rounds[1].read_bytes()


def test_first_import_keeps_actors_and_relationships(rounds: list[Path]) -> None:
    def actors(b: dict[str, Any]) -> set[tuple[str, str]]:
        kinds = ("threat-actor", "identity", "location")
        return {(o["id"], o["name"]) for o in b["objects"] if o["type"] in kinds}

    def relationships(b: dict[str, Any]) -> set[tuple[str, ...]]:
        return {
            (o["id"], o["relationship_type"], o["source_ref"], o["target_ref"])
            for o in b["objects"]
            if o["type"] == "relationship"
        }

    def notes(b: dict[str, Any]) -> set[tuple[Any, ...]]:
        ext = extension_id()
        return {
            (o["extensions"][ext]["claim_type"], o["abstract"])
            for o in b["objects"]
            if o["type"] == "note"
        }

    first, second = load(rounds[0]), load(rounds[1])
    assert actors(second) == actors(first)
    assert relationships(second) == relationships(first)
    assert notes(second) == notes(first)


def test_imported_claims_are_sourced_to_the_creator_with_real_offsets(
    rounds: list[Path], tmp_path: Path
) -> None:
    engine = fresh(tmp_path / "one.db")
    result = import_stix(engine, rounds[0])
    assert result.status == "stored"
    assert result.creator == "claimgraph"
    claims = list(iter_claims(engine))
    assert len(claims) == result.claims > 0
    body_claim = claims[0]
    assert {c["source"]["name"] for c in claims} == {"claimgraph"}
    assert {c["source"]["kind"] for c in claims} == {"organization"}
    from claimgraph.store.queries import get_document

    body = get_document(engine, body_claim["document"]["id"])["body"]
    for claim in claims:
        evidence = claim["evidence"]
        assert body[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_importing_a_bundle_twice_stores_it_once(rounds: list[Path], tmp_path: Path) -> None:
    engine = fresh(tmp_path / "twice.db")
    assert import_stix(engine, rounds[0]).status == "stored"
    before = counts(engine)
    assert import_stix(engine, rounds[0]).status == "unchanged"
    assert counts(engine) == before


CREATOR = "identity--7c6b5f0e-1d2a-4c3b-9a8e-0f1e2d3c4b5a"
FOREIGN = {
    "type": "bundle",
    "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
    "objects": [
        {"type": "identity", "spec_version": "2.1", "id": CREATOR, "name": "Partner CTI team",
         "identity_class": "organization", "created": "2024-01-01T00:00:00.000Z",
         "modified": "2024-01-01T00:00:00.000Z"},
        {"type": "intrusion-set", "id": "intrusion-set--11111111-1111-4111-8111-111111111111",
         "name": "ISKP", "created_by_ref": CREATOR, "modified": "2024-02-01T00:00:00.000Z"},
        {"type": "threat-actor", "id": "threat-actor--22222222-2222-4222-8222-222222222222",
         "name": "Jamaat Example Front", "aliases": ["JEF"], "created_by_ref": CREATOR,
         "modified": "2024-02-01T00:00:00.000Z"},
        {"type": "identity", "id": "identity--33333333-3333-4333-8333-333333333333",
         "name": "Abu Example", "identity_class": "individual", "created_by_ref": CREATOR,
         "modified": "2024-02-01T00:00:00.000Z"},
        {"type": "location", "id": "location--44444444-4444-4444-8444-444444444444",
         "name": "Nangarhar", "country": "AF", "created_by_ref": CREATOR,
         "modified": "2024-02-01T00:00:00.000Z"},
        {"type": "relationship", "id": "relationship--55555555-5555-4555-8555-555555555555",
         "relationship_type": "located-at", "created_by_ref": CREATOR,
         "source_ref": "intrusion-set--11111111-1111-4111-8111-111111111111",
         "target_ref": "location--44444444-4444-4444-8444-444444444444",
         "modified": "2024-03-05T00:00:00.000Z"},
        {"type": "relationship", "id": "relationship--66666666-6666-4666-8666-666666666666",
         "relationship_type": "part-of", "created_by_ref": CREATOR,
         "source_ref": "identity--33333333-3333-4333-8333-333333333333",
         "target_ref": "threat-actor--22222222-2222-4222-8222-222222222222",
         "modified": "2024-03-01T00:00:00.000Z"},
        {"type": "relationship", "id": "relationship--77777777-7777-4777-8777-777777777777",
         "relationship_type": "x-claimgraph-ally", "created_by_ref": CREATOR,
         "source_ref": "threat-actor--22222222-2222-4222-8222-222222222222",
         "target_ref": "intrusion-set--11111111-1111-4111-8111-111111111111",
         "modified": "2024-03-01T00:00:00.000Z"},
        {"type": "relationship", "id": "relationship--88888888-8888-4888-8888-888888888888",
         "relationship_type": "uses", "created_by_ref": CREATOR,
         "source_ref": "intrusion-set--11111111-1111-4111-8111-111111111111",
         "target_ref": "threat-actor--22222222-2222-4222-8222-222222222222",
         "modified": "2024-03-09T00:00:00.000Z"},
    ],
}  # fmt: skip


def test_another_tools_bundle_comes_in_as_claims() -> None:
    extraction, skipped = bundle_extraction(FOREIGN, gazetteer=load_gazetteer())
    facts = {
        (c.type, c.predicate, c.subject.id, c.object.id if c.object else None)
        for c in extraction.claims
    }
    assert facts == {
        ("presence", "operates_in", "isis-k", "nangarhar"),
        ("relation", "member_of", "abu-example", "jamaat-example-front"),
        ("relation", "ally", "jamaat-example-front", "isis-k"),
    }
    assert {c.source.name for c in extraction.claims} == {"Partner CTI team"}
    assert skipped == {"relationship type uses": 1}
    assert extraction.document.published is not None
    assert extraction.document.published.isoformat() == "2024-03-05"
    kinds = {a.id: (a.kind, a.origin) for a in extraction.actors}
    assert kinds["isis-k"] == ("armed_group", "gazetteer")
    assert kinds["abu-example"] == ("person", "learned")
    assert "Partner CTI team" not in {a.name for a in extraction.actors}


def test_fact_order_does_not_change_the_document() -> None:
    shuffled = dict(FOREIGN, objects=list(reversed(FOREIGN["objects"])))
    first, _ = bundle_extraction(FOREIGN, gazetteer=load_gazetteer())
    second, _ = bundle_extraction(shuffled, gazetteer=load_gazetteer())
    assert first.document.id == second.document.id


@pytest.mark.parametrize(
    ("content", "reason"),
    [("not json", "not a readable JSON file"), ('{"type": "report"}', "not a STIX bundle")],
)
def test_a_file_that_is_not_a_bundle_is_refused(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        import_stix(fresh(tmp_path / "refused.db"), path)


def test_dumps_is_stable_under_key_order() -> None:
    assert dumps({"b": 1, "a": [2]}) == dumps({"a": [2], "b": 1})
