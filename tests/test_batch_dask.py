"""``claimgraph batch`` on a real LocalCluster: a worker killed mid-run costs nothing.

The corpus mixes the three input kinds (a directory of text files, a
``.jsonl.gz`` export, a ``.warc.gz`` crawl). One worker is killed with
SIGKILL as soon as the first partition is back, while the others are still
in flight; the run must still store every document exactly once, with the
claims a single process reads from it, and a second run must add nothing.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from sqlalchemy import Engine, func, select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.batch.run import BatchSummary, run_batch
from claimgraph.config import Options
from claimgraph.ingest.jsonl import read_jsonl_file
from claimgraph.ingest.reader import read_documents
from claimgraph.ingest.warc import read_warc
from claimgraph.model import Document
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.store import schema
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.synthetic import Names, articles
from store_snapshot import snapshot

pytestmark = [pytest.mark.dask, pytest.mark.slow]

PER_KIND = 12
PARTITION_SIZE = 3
LIMIT = 1_000_000


def write_corpus(root: Path) -> tuple[Path, Path, Path]:
    """Text files, a JSONL.gz with one broken line, a WARC.gz with an error page among articles."""
    names = Names.from_gazetteer(load_gazetteer())
    folder = root / "texts"
    folder.mkdir()
    for item in articles(PER_KIND, names, seed=11):
        (folder / f"a-{item.index:03d}.txt").write_text(item.as_text(), encoding="utf-8")
    lines = [json.dumps(item.as_record()) for item in articles(PER_KIND, names, seed=12)]
    lines.insert(5, '{"title": "cut off", "text": ')
    export = root / "export.jsonl.gz"
    export.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    crawl = root / "crawl.warc.gz"
    with crawl.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for item in articles(PER_KIND, names, seed=13):
            _response(writer, item.url, item.as_html().encode("utf-8"), "200 OK")
        _response(
            writer, "https://example.org/missing", b"<html><p>gone</p></html>", "404 Not Found"
        )
    return folder, export, crawl


def _response(writer: WARCWriter, url: str, body: bytes, status: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def expected_documents(folder: Path, export: Path, crawl: Path) -> list[Document]:
    """What the single-process readers make of the same inputs."""
    items = [
        *read_documents([folder], max_bytes=LIMIT),
        *read_jsonl_file(export, max_line_bytes=LIMIT),
        *read_warc(crawl, max_bytes=LIMIT),
    ]
    return [item for item in items if isinstance(item, Document)]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def kill_one_worker_once(client: Client, killed: list[int]) -> None:
    """SIGKILL one worker process the first time this is called."""
    if killed:
        return
    pids = client.run(os.getpid)
    pid = sorted(pids.values())[0]
    os.kill(pid, signal.SIGKILL)
    killed.append(pid)


def test_killed_worker_loses_and_duplicates_nothing(client: Client, tmp_path: Path) -> None:
    folder, export, crawl = write_corpus(tmp_path)
    expected = expected_documents(folder, export, crawl)
    assert len({d.id for d in expected}) == 3 * PER_KIND
    options = Options(db=f"sqlite:///{tmp_path / 'kb.db'}")
    killed: list[int] = []
    progress: list[int] = []

    def on_partition(summary: BatchSummary) -> None:
        progress.append(summary.documents)
        kill_one_worker_once(client, killed)

    summary = run_batch(
        [folder, export, crawl],
        client=client,
        options=options,
        partition_size=PARTITION_SIZE,
        on_partition=on_partition,
    )
    assert killed and progress[0] < 3 * PER_KIND, "the worker died while partitions were left"
    assert [(Path(f.name).name, f.error) for f in summary.failures] == [
        ("export.jsonl.gz:6", "broken JSON (Expecting value)")
    ]
    assert summary.stored + summary.unchanged == 3 * PER_KIND
    engine = create_db_engine(options.db)
    with engine.connect() as connection:
        ids = connection.scalars(select(schema.documents.c.id)).all()
        stored_paths = connection.execute(
            select(schema.documents.c.id, schema.documents.c.path)
        ).all()
    assert sorted(ids) == sorted(d.id for d in expected)
    assert dict(stored_paths) == {d.id: d.path for d in expected}

    reference = create_db_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    migrate(reference)
    store_in_process(reference, expected)
    assert snapshot(engine) == snapshot(reference)

    again = run_batch([folder, export, crawl], client=client, options=options, partition_size=4)
    assert (again.stored, again.unchanged, again.failed) == (0, 3 * PER_KIND, 1)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(schema.documents)) == 3 * PER_KIND


def store_in_process(engine: Engine, documents: list[Document]) -> None:
    """Extract and store documents in this process, the way a single machine would."""
    from claimgraph.nlp.extract import get_extractor
    from claimgraph.store.repository import save_extraction

    for extraction in get_extractor(None).extract_many(documents):
        save_extraction(engine, extraction)
