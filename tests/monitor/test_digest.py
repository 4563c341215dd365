"""The digest: changes per watched actor since a moment, with numbered citations."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, update
from watchkit import ARTICLES, page

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.reader import parse_bytes
from claimgraph.monitor.alerts import Alert, Watch
from claimgraph.monitor.digest import build_digest, lay_out, parse_since, to_html, to_markdown
from claimgraph.monitor.notify import load_watches, utc_now, watch_actor_id
from claimgraph.store import monitoring, schema
from claimgraph.workflow import ingest_documents

NOW = datetime(2024, 3, 6, 12, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", datetime(2024, 3, 5, 12, 0)),
        ("7d", datetime(2024, 2, 28, 12, 0)),
        ("90m", datetime(2024, 3, 6, 10, 30)),
        ("2w", datetime(2024, 2, 21, 12, 0)),
        ("2024-03-01", datetime(2024, 3, 1)),
        ("2024-03-01T10:00:00+02:00", datetime(2024, 3, 1, 8, 0)),
    ],
)
def test_parse_since(text: str, expected: datetime) -> None:
    assert parse_since(text, now=NOW) == expected


def test_parse_since_refuses_other_text() -> None:
    with pytest.raises(InputError, match="neither a period"):
        parse_since("yesterday", now=NOW)


def _ingest(engine: Engine, *keys: str) -> list[str]:
    documents = [
        item
        for key in keys
        for item in parse_bytes(page(key).encode("utf-8"), name=f"https://wire.example/{key}")
    ]
    results = ingest_documents(documents, engine=engine, options=Options())
    assert [r.status for r in results] == ["stored"] * len(keys)
    return [r.doc_id or "" for r in results]


def _watch(engine: Engine, name: str) -> None:
    monitoring.add_watch(
        engine,
        actor=name,
        actor_id=watch_actor_id(engine, name),
        events=["new-claim"],
        threshold=0.25,
        now=utc_now(),
    )


def test_digest_reports_only_what_arrived_since(engine: Engine) -> None:
    old_ids = _ingest(engine, "a1", "a2")
    with engine.begin() as connection:
        connection.execute(
            update(schema.documents)
            .where(schema.documents.c.id.in_(old_ids))
            .values(ingested_at=utc_now() - timedelta(days=2))
        )
    _ingest(engine, "a3")
    _watch(engine, "ISIS-K")
    _watch(engine, "Taliban")
    now = utc_now()
    digest = build_digest(
        engine, since=now - timedelta(hours=24), now=now, watches=load_watches(engine)
    )
    assert digest["documents"] == 1
    isis, taliban = digest["actors"]
    # The watch's own events do not narrow a digest: it lists every kind of change.
    # The pages carry no date, so the two estimates cannot be said to conflict (no dispute).
    assert [len(isis[key]) for key in ("new", "estimates", "disputes")] == [0, 1, 0]
    assert [len(taliban[key]) for key in ("new", "estimates", "disputes")] == [0, 0, 1]
    sentences = [c["sentence"] for c in digest["citations"]]
    assert any(s.startswith("ISIS-K has about 2,000 fighters") for s in sentences)
    cited = {n for line in isis["estimates"] for n in line["cites"]}
    assert cited and all(1 <= n <= len(digest["citations"]) for n in cited)

    markdown = to_markdown(digest)
    assert "## ISIS-K" in markdown and "### Changed estimates" in markdown
    assert "1 new document." in markdown
    assert "## Sources" in markdown and ARTICLES["a3"][0] in markdown

    html = to_html(digest)
    assert "<h2>Taliban</h2>" in html and "<h3>Disputes</h3>" in html


def test_a_digest_with_nothing_new(engine: Engine) -> None:
    _watch(engine, "ISIS-K")
    now = utc_now()
    digest = build_digest(
        engine, since=now - timedelta(hours=24), now=now, watches=load_watches(engine)
    )
    assert digest["documents"] == 0
    assert "Nothing new." in to_markdown(digest)
    assert "Nothing new." in to_html(digest)


def test_document_text_is_escaped_in_both_formats() -> None:
    citation = {
        "claim": "c1",
        "doc_id": "d1",
        "title": "<b>Title</b>",
        "outlet": "Wire",
        "url": "javascript:alert(1)",
        "published": "2024-03-06",
        "sentence": 'ISIS-K <script>alert("x")</script> has *many* fighters.',
        "source": "A | B",
        "value": None,
    }
    alert = Alert(
        "f", "new-claim", "isis-k", "ISIS-K", "new claim: <i>x</i>", {"citations": [citation]}
    )
    digest = lay_out(
        [{"actor": "ISIS-K", "actor_id": "isis-k", "alerts": [alert]}],
        since=NOW - timedelta(days=1),
        now=NOW,
        documents=1,
    )
    html = to_html(digest)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<i>x</i>" not in html
    assert "javascript:" not in html  # only http(s) links are made
    markdown = to_markdown(digest)
    assert "\\<script\\>" in markdown and "\\*many\\*" in markdown and "A \\| B" in markdown


def test_no_watched_actor_says_how_to_add_one() -> None:
    digest = lay_out([], since=NOW - timedelta(days=1), now=NOW, documents=3)
    assert "claimgraph alerts add --actor NAME" in to_markdown(digest)
    assert Watch("isis-k", "ISIS-K").events  # a watch follows every event by default
