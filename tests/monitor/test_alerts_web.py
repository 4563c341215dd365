"""Alerts in the web app: the page and the JSON API, with document text escaped."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from watchkit import START

from claimgraph.config import Options
from claimgraph.store import monitoring
from claimgraph.web.app import create_app


def _client(engine: Engine, db_path: str) -> TestClient:
    return TestClient(create_app(Options(db=db_path), engine=engine))


def test_alerts_page_and_api(engine: Engine, db_path: str) -> None:
    monitoring.add_watch(
        engine, actor="ISIS-K", actor_id="isis-k", events=["dispute"], threshold=0.25, now=START
    )
    citation = {
        "claim": "c1",
        "doc_id": "d1",
        "title": "T",
        "outlet": "Wire <b>",
        "url": None,
        "published": None,
        "sentence": "ISIS-K <script>alert(1)</script> has 2,000 fighters.",
        "source": "US officials",
        "value": None,
    }
    monitoring.record_alert(
        engine,
        {
            "fingerprint": "f1",
            "kind": "estimate-change",
            "actor_id": "isis-k",
            "summary": "estimate change: ISIS-K fighters 2,000 differs by 60%",
            "details": {"actor": "ISIS-K", "citations": [citation]},
            "doc_id": "d1",
        },
        now=START,
    )
    client = _client(engine, db_path)
    rows = client.get("/api/alerts").json()
    assert [(r["kind"], r["actor_id"]) for r in rows] == [("estimate-change", "isis-k")]
    assert rows[0]["details"]["citations"][0]["sentence"].startswith("ISIS-K <script>")
    assert client.get("/api/alerts?actor=taliban").json() == []

    page = client.get("/alerts")
    assert page.status_code == 200
    assert "differs by 60%" in page.text and "ISIS-K (dispute, threshold 25%)" in page.text
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;" in page.text
    assert "Wire &lt;b&gt;" in page.text
