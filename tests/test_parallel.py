"""Ingest with worker processes stores exactly what one process stores."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.parallel import ingest_parallel
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.synthetic import Names, articles
from claimgraph.workflow import ingest
from store_snapshot import snapshot

pytestmark = pytest.mark.slow

ARTICLES = 24


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles, one of them twice under another name, and one unreadable file."""
    folder = tmp_path_factory.mktemp("corpus")
    names = Names.from_gazetteer(load_gazetteer())
    for item in articles(ARTICLES, names, seed=7):
        (folder / f"article-{item.index:03d}.txt").write_text(item.as_text(), encoding="utf-8")
    copy = (folder / "article-003.txt").read_text(encoding="utf-8")
    (folder / "zz-copy-of-3.txt").write_text(copy, encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def fresh_engine(path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine)
    return engine


def test_two_workers_store_what_one_process_stores(corpus: Path, tmp_path: Path) -> None:
    one = fresh_engine(tmp_path / "one.db")
    two = fresh_engine(tmp_path / "two.db")
    options = Options(db="unused")
    sequential = ingest([corpus], engine=one, options=options)
    parallel = ingest_parallel([corpus], engine=two, options=options, workers=2)
    assert Counter(r.status for r in parallel) == {"stored": ARTICLES, "unchanged": 1, "failed": 1}
    assert sorted((r.name, r.status, r.claims) for r in parallel) == sorted(
        (r.name, r.status, r.claims) for r in sequential
    )
    stored = snapshot(two)
    assert stored == snapshot(one)
    assert len(stored["documents"]) == ARTICLES
    assert stored["claims"], "the synthetic articles carry claims"


def test_a_second_parallel_run_stores_nothing(corpus: Path, tmp_path: Path) -> None:
    engine = fresh_engine(tmp_path / "kb.db")
    options = Options(db="unused")
    ingest_parallel([corpus], engine=engine, options=options, workers=2)
    before = snapshot(engine)
    again = ingest_parallel([corpus], engine=engine, options=options, workers=2)
    assert Counter(r.status for r in again) == {"unchanged": ARTICLES + 1, "failed": 1}
    assert snapshot(engine) == before
