"""Two writers storing the same document at once: it is stored once, the loser says unchanged.

This is what parallel and Dask ingest rely on when the same article reaches
two workers, or a task is run again after its worker died: the second writer
passes the existence check before the first commits, then meets the primary
key and must report ``unchanged`` instead of failing or duplicating rows.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine, Table, func, insert, select

from claimgraph.model import Actor, Claim, Document, Evidence, Extraction, Mention, Source, Value
from claimgraph.store import schema
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.repository import save_extraction

GROUP = Actor("jnim", "JNIM", "armed_group")
BODY = "JNIM has about 2,000 fighters in central Mali, the report said."


@pytest.fixture
def engines(db_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two engines on one database: two writers with their own connections."""
    first, second = create_db_engine(db_url), create_db_engine(db_url)
    migrate(first)
    yield first, second
    first.dispose()
    second.dispose()


def extraction() -> Extraction:
    document = Document.create(BODY, title="Mali report")
    claim = Claim(
        doc_id=document.id,
        type="strength",
        predicate="fighters",
        subject=GROUP,
        value=Value(2000, 2000, approx=True),
        evidence=Evidence(BODY, 0, len(BODY)),
        source=Source("the report", "document"),
    )
    mention = Mention(document.id, 0, 4, "JNIM", "ORG", GROUP.id)
    return Extraction(document=document, mentions=(mention,), claims=(claim,), actors=(GROUP,))


def document_row(document: Document) -> dict[str, object]:
    return {
        "id": document.id,
        "title": document.title,
        "body": document.body,
        "format": document.format,
        "ingested_at": datetime(2024, 1, 1),
    }


def count(engine: Engine, table: Table) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def test_writer_that_loses_the_race_reports_unchanged(engines: tuple[Engine, Engine]) -> None:
    first, second = engines
    item = extraction()
    outcome: list[str] = []
    with first.begin() as connection:
        # The first writer has inserted the document but not committed yet.
        connection.execute(insert(schema.documents), document_row(item.document))
        racer = threading.Thread(target=lambda: outcome.append(save_extraction(second, item)))
        racer.start()
        time.sleep(0.5)  # the second writer checks, finds nothing, and waits on the lock
    racer.join(timeout=60)
    assert outcome == ["unchanged"]
    assert count(first, schema.documents) == 1
    assert count(first, schema.claims) == 0, "the loser's claims must not be written"


def test_many_writers_of_the_same_documents_store_each_once(engines: tuple[Engine, Engine]) -> None:
    first, second = engines
    items = [extraction(), *(_variant(n) for n in range(5))]
    results: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def write(engine: Engine) -> None:
        start.wait()
        for item in items:
            status = save_extraction(engine, item)
            with lock:
                results.append(status)

    threads = [threading.Thread(target=write, args=(e,)) for e in (first, second, first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(results).count("stored") == len(items)
    assert len(results) == 4 * len(items)
    assert count(first, schema.documents) == len(items)
    assert count(first, schema.claims) == len(items)
    assert count(first, schema.mentions) == len(items)


def _variant(number: int) -> Extraction:
    body = BODY.replace("2,000", f"{3000 + number:,}")
    document = Document.create(body, title=f"Mali report {number}")
    claim = Claim(
        doc_id=document.id,
        type="strength",
        predicate="fighters",
        subject=GROUP,
        value=Value(3000 + number, 3000 + number),
        evidence=Evidence(body, 0, len(body)),
        source=Source("the report", "document"),
    )
    mention = Mention(document.id, 0, 4, "JNIM", "ORG", GROUP.id)
    return Extraction(document=document, mentions=(mention,), claims=(claim,), actors=(GROUP,))
