"""Monitoring state in the store, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, update

from claimgraph.errors import InputError, NotFoundError
from claimgraph.store import monitoring, schema
from claimgraph.store.database import create_db_engine, migrate

T0 = datetime(2024, 3, 4, 8, 0, 0)


@pytest.fixture
def store(db_url: str) -> Iterator[Engine]:
    engine = create_db_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


def _source(engine: Engine, target: str, now: datetime = T0) -> dict[str, Any]:
    return monitoring.add_source(
        engine, kind="feed", target=target, outlet="Wire", every_seconds=900, now=now
    )


def test_sources_are_added_listed_found_and_removed(store: Engine) -> None:
    first = _source(store, "https://wire.example/feed")
    second = _source(store, "https://notes.example/atom")
    assert [s["target"] for s in monitoring.list_sources(store)] == [
        "https://wire.example/feed",
        "https://notes.example/atom",
    ]
    assert first["next_poll"] == T0 and first["failures"] == 0
    assert monitoring.find_source(store, str(second["id"]))["target"] == second["target"]
    assert monitoring.find_source(store, "https://wire.example/feed")["id"] == first["id"]
    with pytest.raises(InputError, match="is watched already"):
        _source(store, "https://wire.example/feed")
    monitoring.save_item(store, int(first["id"]), "https://wire.example/a", seen_at=T0)
    monitoring.remove_source(store, int(first["id"]))
    assert [s["id"] for s in monitoring.list_sources(store)] == [second["id"]]
    assert monitoring.source_items(store, int(first["id"])) == {}
    with pytest.raises(NotFoundError):
        monitoring.find_source(store, "https://wire.example/feed")


def test_due_sources_follow_next_poll(store: Engine) -> None:
    early = _source(store, "https://a.example/feed")
    late = _source(store, "https://b.example/feed")
    monitoring.record_poll(
        store, int(late["id"]), next_poll=T0 + timedelta(hours=1), failures=2, last_error="HTTP 500"
    )
    assert [s["id"] for s in monitoring.due_sources(store, T0)] == [early["id"]]
    due_later = monitoring.due_sources(store, T0 + timedelta(hours=1))
    assert [s["id"] for s in due_later] == [early["id"], late["id"]]
    state = monitoring.get_source(store, int(late["id"]))
    assert (state["failures"], state["last_error"]) == (2, "HTTP 500")


def test_items_are_inserted_then_updated(store: Engine) -> None:
    source_id = int(_source(store, "https://wire.example/feed")["id"])
    url = "https://wire.example/a"
    monitoring.save_item(store, source_id, url, signature="s1", content_hash="h1", seen_at=T0)
    monitoring.save_item(store, source_id, url, signature="s2", etag='"e"', seen_at=T0)
    items = monitoring.source_items(store, source_id)
    assert list(items) == [url]
    assert (items[url]["signature"], items[url]["content_hash"], items[url]["etag"]) == (
        "s2",
        "h1",
        '"e"',
    )


def _alert(fingerprint: str, actor: str = "isis-k", kind: str = "new-claim") -> dict[str, object]:
    return {
        "fingerprint": fingerprint,
        "kind": kind,
        "actor_id": actor,
        "summary": f"{kind} about {actor}",
        "details": {"citations": [{"sentence": "ISIS-K has 4,000 fighters."}]},
        "doc_id": "d1",
    }


def test_alerts_are_recorded_once_per_fingerprint_and_listed_newest_first(store: Engine) -> None:
    watch_id = monitoring.add_watch(
        store,
        actor="ISIS-K",
        actor_id="isis-k",
        events=["new-claim", "dispute"],
        threshold=0.25,
        now=T0,
    )
    first = monitoring.record_alert(store, {**_alert("f1"), "watch_id": watch_id}, now=T0)
    assert first is not None
    assert monitoring.record_alert(store, _alert("f1"), now=T0 + timedelta(minutes=5)) is None
    second = monitoring.record_alert(
        store, _alert("f2", "taliban", "dispute"), now=T0 + timedelta(hours=2)
    )
    assert second is not None
    monitoring.set_delivery(store, first, {"webhook": "ok"})
    rows = monitoring.list_alerts(store)
    assert [row["id"] for row in rows] == [second, first]
    assert rows[1]["delivery"] == {"webhook": "ok"}
    assert rows[1]["details"]["citations"][0]["sentence"] == "ISIS-K has 4,000 fighters."
    assert [r["id"] for r in monitoring.list_alerts(store, actor_id="taliban")] == [second]
    assert [r["id"] for r in monitoring.list_alerts(store, since=T0 + timedelta(hours=1))] == [
        second
    ]
    assert monitoring.list_watches(store)[0]["events"] == ["new-claim", "dispute"]
    monitoring.remove_watch(store, watch_id)
    assert monitoring.list_watches(store) == []
    assert monitoring.list_alerts(store, actor_id="isis-k")[0]["watch_id"] is None
    with pytest.raises(NotFoundError):
        monitoring.remove_watch(store, watch_id)


def test_documents_ingested_since(store: Engine) -> None:
    from claimgraph.model import Document, Extraction
    from claimgraph.store.repository import save_extraction

    for body in ("An older article about Kunar.", "A newer article about Kunar."):
        save_extraction(store, Extraction(document=Document.create(body)))
    old_id = Document.create("An older article about Kunar.").id
    with store.begin() as connection:
        connection.execute(
            update(schema.documents)
            .where(schema.documents.c.id == old_id)
            .values(ingested_at=T0 - timedelta(days=3))
        )
    recent = monitoring.documents_ingested_since(store, T0)
    assert recent == {Document.create("A newer article about Kunar.").id}
