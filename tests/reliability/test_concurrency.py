"""Two ingest processes and a reader on one database at once: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from corpus import write_corpus
from sqlalchemy import func, inspect, select

from claimgraph.store import schema
from claimgraph.store.database import create_db_engine
from claimgraph.store.queries import counts, iter_claims, list_actors

CLAIMGRAPH = str(Path(sys.executable).with_name("claimgraph"))


@pytest.mark.slow
def test_two_writers_and_a_reader(tmp_path: Path, db_url: str) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    paths = write_corpus(tmp_path / "all", 40)
    # The two inputs overlap in the middle: those documents race to be stored.
    for folder, chosen in ((first, paths[:25]), (second, paths[15:])):
        folder.mkdir()
        for path in chosen:
            (folder / path.name).write_bytes(path.read_bytes())

    engine = create_db_engine(db_url)
    reader_errors: list[BaseException] = []
    reads = 0
    stop = threading.Event()

    def read_loop() -> None:
        nonlocal reads
        # The writers create the schema; reading starts once a table exists.
        while not stop.is_set() and not inspect(engine).has_table("claims"):
            time.sleep(0.05)
        while not stop.is_set():
            try:
                counts(engine)
                list_actors(engine)
                sum(1 for _ in iter_claims(engine))
                reads += 1
            except Exception as exc:  # any error reaching a reader is a failure
                reader_errors.append(exc)
                return
            time.sleep(0.01)

    processes = [
        subprocess.Popen(
            [CLAIMGRAPH, "ingest", str(folder), "--db", db_url],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "200"},
        )
        for folder in (first, second)
    ]
    reader = threading.Thread(target=read_loop)
    reader.start()
    outcomes = [(process.wait(timeout=600), process.stderr.read()) for process in processes]
    stop.set()
    reader.join()
    for code, stderr in outcomes:
        assert code == 0, stderr.decode()
        assert b"locked" not in stderr
    assert not reader_errors, reader_errors
    assert reads > 0
    with engine.connect() as connection:
        documents = connection.execute(select(func.count()).select_from(schema.documents)).scalar()
        distinct_docs = connection.execute(
            select(func.count(func.distinct(schema.documents.c.id)))
        ).scalar()
        actors = connection.execute(select(func.count()).select_from(schema.actors)).scalar()
        distinct_actors = connection.execute(
            select(func.count(func.distinct(schema.actors.c.id)))
        ).scalar()
    assert documents == distinct_docs == 40
    assert actors == distinct_actors
    engine.dispose()
