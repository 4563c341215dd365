"""Full-text search in the store (SQLite FTS5 and PostgreSQL) and through the API."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from webkit import Store, populate

from claimgraph.model import Document, Extraction
from claimgraph.store.repository import save_extraction
from claimgraph.store.search import (
    HIT_END,
    HIT_START,
    SearchFilters,
    ensure_search_index,
    fts_query,
    rebuild_search_index,
    search,
    split_snippet,
)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("fighters", '"fighters"*'),
        ("ISIS-K fighters", '"ISIS" "K" "fighters"*'),
        ('fighters" OR NEAR(', '"fighters" "OR" "NEAR"*'),
        ("   ", ""),
        ("--", ""),
    ],
)
def test_typed_words_become_quoted_terms(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@pytest.mark.parametrize(
    ("marked", "segments"),
    [
        (f"a {HIT_START}b{HIT_END} c", [("a ", False), ("b", True), (" c", False)]),
        (f"{HIT_START}x{HIT_END}{HIT_START}y{HIT_END}", [("x", True), ("y", True)]),
        ("plain <b>text</b>", [("plain <b>text</b>", False)]),
        (f"stray {HIT_END}end", [("stray end", False)]),
    ],
)
def test_snippets_split_into_segments(marked: str, segments: list[tuple[str, bool]]) -> None:
    assert split_snippet(marked) == segments


def _ids(result: dict[str, list[dict[str, object]]], kind: str) -> list[object]:
    return [row["id"] for row in result[kind]]


def test_search_on_both_dialects(db_url: str) -> None:
    store = populate(db_url)
    ensure_search_index(store.engine)
    report, denial = store.report.document.id, store.denial.document.id
    result = search(store.engine, "welfare payments")
    assert _ids(result, "documents") == [report]
    (claim,) = result["claims"]
    assert claim["predicate"] == "funds"
    assert any(hit for _, hit in claim["snippet"])
    hits = [text for text, hit in result["documents"][0]["snippet"] if hit]
    assert [word.lower() for word in hits] == ["welfare", "payments"]
    assert set(_ids(search(store.engine, "Kunar"), "documents")) == {report, denial}
    since = SearchFilters(since=date(2024, 1, 1))
    assert _ids(search(store.engine, "Kunar", since), "documents") == [denial]
    outlet = SearchFilters(outlet="Frontline Dispatch", kind="documents")
    only_docs = search(store.engine, "Kunar", outlet)
    assert _ids(only_docs, "documents") == [report] and only_docs["claims"] == []
    typed = search(store.engine, "Kunar", SearchFilters(claim_type="relation", kind="claims"))
    assert [c["predicate"] for c in typed["claims"]] == ["hostile"]
    assert search(store.engine, "Kunar", SearchFilters(actor="al-qaeda"))["claims"] == []
    store.engine.dispose()


def test_prefix_and_operators_typed_by_people(store: Store) -> None:
    assert _ids(search(store.engine, "monito"), "documents") == [store.report.document.id]
    assert search(store.engine, 'fighters" AND (')["documents"]
    assert search(store.engine, "...") == {"query": "...", "documents": [], "claims": []}


# The two tests below are about SQLite's FTS5 index tables; PostgreSQL searches the
# stored tables themselves, so they take a SQLite store of their own.
def test_index_follows_new_documents_and_can_be_rebuilt(sqlite_store: Store) -> None:
    store = sqlite_store
    ensure_search_index(store.engine)
    document = Document.create("Boko Haram raided Gwoza at dawn.", title="Gwoza raid")
    save_extraction(store.engine, Extraction(document))
    assert _ids(search(store.engine, "Gwoza"), "documents") == [document.id]
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM search_documents"))
    assert search(store.engine, "Gwoza")["documents"] == []
    rebuild_search_index(store.engine)
    assert _ids(search(store.engine, "Gwoza"), "documents") == [document.id]


def test_index_is_filled_for_a_database_stored_before_it(sqlite_store: Store) -> None:
    store = sqlite_store
    with store.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'search_documents'")
        ).scalar()
    assert tables == 0
    ensure_search_index(store.engine)
    ensure_search_index(store.engine)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM search_documents")).scalar() == 3
        assert connection.execute(text("SELECT count(*) FROM search_claims")).scalar() == 7


def test_search_api_and_page(client: TestClient, store: Store) -> None:
    result = client.get("/api/search", params={"q": "fighters", "actor": "ISIS-K"}).json()
    assert result["filters"]["actor"] == "isis-k"
    assert len(result["claims"]) == 4
    assert {c["subject"]["id"] for c in result["claims"]} == {"isis-k", "taliban"}
    assert client.get("/api/search").status_code == 422
    page = client.get("/search", params={"q": "welfare", "since": "", "until": ""})
    assert page.status_code == 200
    assert "<mark>welfare</mark>" in page.text
