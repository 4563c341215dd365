"""Kill an ingest with SIGKILL mid-run: the store stays whole, a re-run completes it exactly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import write_corpus
from sqlalchemy import Engine, func, select, text

from claimgraph.store import schema
from claimgraph.store.database import create_db_engine, migrate

CLAIMGRAPH = str(Path(sys.executable).with_name("claimgraph"))
DOCUMENTS = 60


def run_ingest(corpus: Path, db_url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [CLAIMGRAPH, "ingest", str(corpus), "--db", db_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )


def stored_documents(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(schema.documents)).scalar_one()


def claim_ids(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.execute(select(schema.claims.c.id)).scalars())


def assert_consistent(engine: Engine) -> None:
    """No orphan rows, no document without its claims, and (SQLite) a sound file."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        orphans = connection.execute(
            text("SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)")
        ).scalar()
        assert orphans == 0
        bare = connection.execute(
            text("SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM claims)")
        ).scalar()
        assert bare == 0  # every generated article holds claims


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume(tmp_path: Path, db_url: str) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, DOCUMENTS)
    reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    assert run_ingest(corpus, reference_url).wait(timeout=600) == 0
    reference = create_db_engine(reference_url)

    engine = create_db_engine(db_url)
    migrate(engine)
    process = run_ingest(corpus, db_url)
    deadline = time.monotonic() + 300
    while stored_documents(engine) < 5 and time.monotonic() < deadline:
        assert process.poll() is None, "ingest finished before it could be killed"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    partial = stored_documents(engine)
    assert 5 <= partial < DOCUMENTS
    assert_consistent(engine)

    resumed = run_ingest(corpus, db_url)
    assert resumed.wait(timeout=600) == 0, resumed.stderr.read() if resumed.stderr else ""
    assert stored_documents(engine) == DOCUMENTS
    assert claim_ids(engine) == claim_ids(reference)
    assert_consistent(engine)
    engine.dispose()
