"""Analysts' decisions through the API: merge, split, rate; each needs the write token."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webkit import TOKEN

BEARER = {"Authorization": f"Bearer {TOKEN}"}


def _grades_by_source(client: TestClient) -> dict[str, set[str]]:
    grades: dict[str, set[str]] = {}
    for assertion in client.get("/api/assertions").json():
        for name in assertion.get("source_names", []):
            grades.setdefault(name, set()).add(assertion["grade"][0])
    return grades


def test_writes_need_the_token(guarded: TestClient) -> None:
    for path, body in (
        ("/api/actors/merge", {"actor": "Taliban", "into": "ISIS-K"}),
        ("/api/actors/split", {"actor": "Taliban"}),
        ("/api/sources/rate", {"name": "UN Monitoring Team", "letter": "E"}),
    ):
        assert guarded.post(path, json=body).status_code == 401


def test_rating_a_source_changes_the_grades(guarded: TestClient) -> None:
    assert _grades_by_source(guarded)["UN Monitoring Team"] != {"E"}
    response = guarded.post(
        "/api/sources/rate", json={"name": "UN Monitoring Team", "letter": "e"}, headers=BEARER
    )
    assert response.json() == {"name": "UN Monitoring Team", "letter": "E"}
    assert _grades_by_source(guarded)["UN Monitoring Team"] == {"E"}
    bad = guarded.post(
        "/api/sources/rate", json={"name": "UN Monitoring Team", "letter": "Z"}, headers=BEARER
    )
    assert bad.status_code in (400, 422) and "reliability letter" in bad.text


def test_merge_then_split(guarded: TestClient) -> None:
    def subjects() -> set[str]:
        return {a["subject"]["id"] for a in guarded.get("/api/assertions").json()}

    assert "al-qaeda" in subjects() or "taliban" in subjects()
    merged = guarded.post(
        "/api/actors/merge", json={"actor": "al Qaeda", "into": "Taliban"}, headers=BEARER
    )
    assert merged.json() == {"merged": "al-qaeda", "into": "taliban"}
    assert "al-qaeda" not in subjects()
    again = guarded.post(
        "/api/actors/merge", json={"actor": "al-qaeda", "into": "taliban"}, headers=BEARER
    )
    assert again.status_code in (400, 422) and "already one actor" in again.text
    split = guarded.post("/api/actors/split", json={"actor": "al-qaeda"}, headers=BEARER)
    assert split.json() == {"split": "al-qaeda"}
    unknown = guarded.post("/api/actors/split", json={"actor": "Nobody Front"}, headers=BEARER)
    assert unknown.status_code == 404
