"""The JSON API over a hand-made store: listings, filters, briefs, documents, originals."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webkit import Store

from claimgraph.config import Options
from claimgraph.model import Document, Extraction
from claimgraph.nlp.extract import get_extractor
from claimgraph.store.repository import save_extraction
from claimgraph.web.app import create_app

CONTRACT_ROUTES = (
    "/api/documents",
    "/api/actors",
    "/api/claims",
    "/api/assertions",
    "/api/disputes",
    "/api/actors/{actor_id}/brief",
    "/api/search",
    "/api/ingest",
)


def test_summary_counts_what_is_stored(client: TestClient) -> None:
    summary = client.get("/api/summary").json()
    assert summary["counts"]["documents"] == 3
    assert summary["counts"]["claims"] == 7
    assert [d["published"] for d in summary["latest_documents"]] == [
        "2024-03-01",
        "2024-01-10",
        "2023-06-18",
    ]
    active = [actor["id"] for actor in summary["active_actors"]]
    assert active[0] == "isis-k" and "kunar" not in active


def test_documents_newest_first_and_one_by_prefix(client: TestClient, store: Store) -> None:
    rows = client.get("/api/documents").json()
    assert [row["published"] for row in rows] == ["2024-03-01", "2024-01-10", "2023-06-18"]
    assert client.get("/api/documents", params={"limit": 1, "offset": 1}).json()[0]["title"] == (
        "Taliban deny al-Qaeda camps"
    )
    report = client.get(f"/api/documents/{store.report.document.id[:8]}").json()
    assert report["id"] == store.report.document.id
    assert sorted(claim["type"] for claim in report["claims"]) == [
        "presence",
        "relation",
        "strength",
    ]
    assert {m["actor_id"] for m in report["mentions"]} == {"isis-k", "kunar", "taliban", "al-qaeda"}
    assert report["dropped"][0] == {"line": "Views 2K", "reason": "counter"}
    assert report["original"] is None


def test_unknown_ids_are_404_with_a_sentence(client: TestClient) -> None:
    for url in ("/api/documents/ffffffffffffffff", "/api/actors/nobody"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "E404"
    page = client.get("/actors/nobody")
    assert page.status_code == 404 and "no such actor" in page.text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, 7),
        ({"actor": "isis-k"}, 5),
        ({"actor": "ISIS-K"}, 5),
        ({"actor": ["taliban", "kunar"]}, 4),
        ({"type": "strength"}, 2),
        ({"type": "relation", "actor": "al-qaeda"}, 1),
        ({"limit": 2}, 2),
        ({"offset": 6}, 1),
    ],
)
def test_claims_filters(client: TestClient, params: dict[str, object], expected: int) -> None:
    response = client.get("/api/claims", params=params)
    assert response.status_code == 200
    assert len(response.json()) == expected


def test_claims_keep_the_contract_shape(client: TestClient, store: Store) -> None:
    (claim,) = client.get(
        "/api/claims", params={"doc": store.report.document.id, "type": "strength"}
    ).json()
    assert claim["value"] == {"min": 4000, "max": 6000, "approx": False, "qualifier": None}
    assert claim["subject"] == {"id": "isis-k", "name": "ISIS-K", "kind": "armed_group"}
    assert claim["document"]["outlet"] == "Frontline Dispatch"
    assert set(claim) >= {"id", "type", "predicate", "source", "evidence", "when", "hedged"}


def test_bad_claim_type_is_refused(client: TestClient) -> None:
    response = client.get("/api/claims", params={"type": "rumour"})
    assert response.status_code == 422
    assert "rumour" in response.json()["error"]["message"]


def test_brief_gathers_estimates_relations_places(client: TestClient) -> None:
    brief = client.get("/api/actors/isis-k/brief").json()
    assert brief["actor"]["aliases"] == ["ISKP"]
    assert [(row["low"], row["high"]) for row in brief["estimates"]] == [(4000, 6000), (300, 300)]
    relations = {
        (row["direction"], row["predicate"], row["other"]["id"]) for row in brief["relations"]
    }
    assert relations == {("incoming", "hostile", "taliban"), ("outgoing", "ally", "shadow-front")}
    assert brief["places"] == [{"id": "kunar", "name": "Kunar", "claims": 1, "denied": 0}]
    assert len(brief["citations"]) == 3
    nodes = {node["id"] for node in brief["graph"]["nodes"]}
    assert nodes == {"isis-k", "taliban", "shadow-front"}
    assert {(e["subject_id"], e["object_id"]) for e in brief["graph"]["edges"]} == {
        ("taliban", "isis-k"),
        ("isis-k", "shadow-front"),
    }


def test_openapi_lists_the_contract_routes(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for route in CONTRACT_ROUTES:
        assert route in paths, route
    assert "post" in paths["/api/ingest"]


def test_api_docs_load_only_local_assets(client: TestClient) -> None:
    page = client.get("/api/docs").text
    assert '<script src="/static/swagger/swagger-ui-bundle.js"></script>' in page
    assert "//cdn" not in page and "https://" not in page
    bundle = client.get("/static/swagger/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000


def test_pages_render(client: TestClient, store: Store) -> None:
    doc_id = store.report.document.id
    expectations = {
        "/": "Most active actors",
        "/search?q=welfare": "<mark>welfare</mark>",
        "/actors": "ISIS-K",
        "/actors/isis-k": "Strength estimates",
        "/documents": "UN monitors count ISIS-K fighters",
        f"/documents/{doc_id}": "Dropped boilerplate",
        "/ingest": "Or paste text",
    }
    for url, text in expectations.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url


def test_document_page_highlights_claims_and_links_mentions(
    client: TestClient, store: Store
) -> None:
    page = client.get(f"/documents/{store.report.document.id}").text
    strength = store.report.claims[0]
    assert f'id="ev-{strength.id}"' in page
    assert f'href="#claim-{strength.id}"' in page
    assert '<a class="mention linked" href="/actors/kunar" title="Kunar">Kunar</a>' in page
    assert page.count('<mark class="claim') >= 2


def test_original_download_from_the_ingest_path(
    client: TestClient, store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    body = "Al-Shabaab has about 7,000 fighters, officials said."
    source.write_text(body, encoding="utf-8")
    document = Document.create(body, title="Note", path=str(source))
    save_extraction(store.engine, Extraction(document))
    response = client.get(f"/documents/{document.id}/original")
    assert response.status_code == 200
    assert response.content == source.read_bytes()
    assert response.headers["content-disposition"].startswith("attachment;")
    source.unlink()
    gone = client.get(f"/api/documents/{document.id}/original")
    assert gone.status_code == 404
    assert "no longer at" in gone.json()["error"]["message"]


def test_app_builds_its_own_engine_from_options(store: Store) -> None:
    with TestClient(create_app(Options(db=store.url))) as fresh:
        assert fresh.get("/api/summary").json()["counts"]["documents"] == 3


@pytest.mark.slow
def test_ingest_api_runs_the_pipeline_and_keeps_the_original(client: TestClient) -> None:
    text = (
        "Islamic State in Somalia grows\n"
        "The UN Monitoring Team said Islamic State in Somalia has between 600 and 800 "
        "fighters in Puntland.\n"
    )
    response = client.post(
        "/api/ingest",
        files=[("files", ("somalia.txt", text.encode(), "text/plain"))],
        data={"outlet": "Horn Desk", "published": "2025-02-01"},
    )
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["status"] == "stored" and result["name"] == "somalia.txt"
    document = client.get(f"/api/documents/{result['doc_id']}").json()
    assert document["outlet"] == "Horn Desk" and document["published"] == "2025-02-01"
    assert document["original"]["name"] == "somalia.txt"
    original = client.get(f"/api/documents/{result['doc_id']}/original")
    assert original.content == text.encode()
    found = client.get("/api/search", params={"q": "Puntland"}).json()
    assert [d["id"] for d in found["documents"]] == [result["doc_id"]]
    again = client.post("/api/ingest", json={"text": text, "name": "again.txt"})
    assert again.json()["results"][0]["status"] == "unchanged"


def test_assertions_with_instances_and_grade(client: TestClient, store: Store) -> None:
    about = client.get("/api/assertions", params={"actor": "ISIS-K"}).json()
    assert sorted((row["type"], row["predicate"]) for row in about) == [
        ("presence", "operates_in"),
        ("relation", "ally"),
        ("relation", "hostile"),
        ("strength", "fighters"),
        ("strength", "fighters"),
    ]
    funds = client.get("/api/assertions", params={"type": "relation", "actor": "al-qaeda"}).json()
    (row,) = funds
    one = client.get(f"/api/assertions/{row['id']}").json()
    (instance,) = one["instances"]
    assert instance["evidence"]["sentence"].startswith("The Taliban paid al-Qaeda")
    assert one["grade"]["label"] == row["grade"] and one["grade"]["reasons"]
    page = client.get(f"/assertions/{row['id']}").text
    assert "The Taliban paid al-Qaeda monthly welfare payments" in page
    assert "Frontline Dispatch" in page and "2023-06-18" in page
    assert one["grade"]["reasons"][0].split(":")[0] in page
    assert client.get("/api/assertions/ffff").status_code == 404
    assert client.get("/api/disputes").json() == []


def test_form_fetch_refuses_a_private_address_before_connecting(tmp_path: Path) -> None:
    """The page fetcher of the form is the SSRF-guarded one: 10.0.0.1 is refused unasked."""
    from fastapi.testclient import TestClient

    from claimgraph.config import Options
    from claimgraph.web.app import create_app

    client = TestClient(create_app(Options(db=f"sqlite:///{tmp_path / 'kb.db'}")))
    page = client.get("/ingest")
    token = page.cookies.get("claimgraph_csrf") or client.cookies.get("claimgraph_csrf")
    response = client.post(
        "/ingest", data={"csrf_token": token, "fetch_url": "http://10.0.0.1/report.html"}
    )
    assert response.status_code == 422
    assert "10.0.0.1" in response.text


def test_a_learned_reading_is_marked_with_its_probability(client: TestClient, store: Store) -> None:
    body = "JNIM and ISSP fought for control of the Menaka region through 2023."
    document = Document.create(body, title="Menaka", outlet="Test Wire")
    save_extraction(store.engine, get_extractor().extract(document))
    claims = client.get(f"/api/documents/{document.id}").json()["claims"]
    learned = [c for c in claims if c["reader"] == "learned"]
    assert [(c["predicate"], c["subject"]["name"]) for c in learned] == [("hostile", "JNIM")]
    chance = learned[0]["confidence"]
    assert 0.4 <= chance <= 1.0
    page = client.get(f"/documents/{document.id}").text
    assert f"learned reading, p = {chance:.2f}" in page
    assert all(c["confidence"] is None for c in claims if c["reader"] == "rule")
