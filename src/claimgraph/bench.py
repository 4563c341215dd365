"""Throughput benchmark: how close extraction and ingest come to bare spaCy, and how Dask scales.

Every row runs on the same synthetic articles, each in a fresh process so
one row's model, caches and memory do not flatter or burden the next:

- ``a_spacy``: bare ``nlp.pipe`` with the same model, on the cleaned bodies;
- ``b_extract``: claimgraph extraction, nothing stored;
- ``c_ingest_sqlite``: read, clean, extract and store into a new SQLite file;
- ``c4_ingest_sqlite``: the same on four times the articles, to show that
  peak memory does not grow with the corpus;
- ``d_ingest_postgresql``: the same into a new database on a PostgreSQL server;
- ``e1_dask``, ``e2_dask``: ``claimgraph batch`` on a LocalCluster of 1 and 2 workers.

Model loading and cluster start-up are left out of the timings: they are paid
once per run, not per document. Peak memory is the largest resident set of
the row's process and all its children, sampled while it runs.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from queue import Empty
from typing import Any

import psutil

from claimgraph.config import Options
from claimgraph.errors import ClaimgraphError
from claimgraph.ingest.reader import read_documents
from claimgraph.model import Document
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.synthetic import Names, articles, word_count

ROW_NAMES: dict[str, str] = {
    "a": "a_spacy",
    "b": "b_extract",
    "c": "c_ingest_sqlite",
    "c4": "c4_ingest_sqlite",
    "d": "d_ingest_postgresql",
    "e1": "e1_dask",
    "e2": "e2_dask",
}
ALL_ROWS: tuple[str, ...] = tuple(ROW_NAMES)
DEFAULT_DOCS = 200
BATCH_SIZE = 16
# Small partitions keep both Dask workers busy to the end of a short run.
DASK_PARTITION_SIZE = 8
PG_ENV = "CLAIMGRAPH_BENCH_PG"
RSS_SAMPLE_SECONDS = 0.05
WARM_UP_TEXT = "The Islamic State claimed the attack in Kabul, a spokesman said."


@dataclass(frozen=True)
class Row:
    """One measured (or skipped) configuration; rates are per second of wall time."""

    name: str
    docs: int
    words: int
    seconds: float | None = None
    docs_per_s: float | None = None
    words_per_s: float | None = None
    peak_rss_mb: float | None = None
    skipped: str | None = None
    load_before: float | None = None

    def timed(self, seconds: float, peak_rss_mb: float) -> Row:
        """This row with its timing and the rates that follow from it."""
        seconds = max(seconds, 1e-9)
        return replace(
            self,
            seconds=round(seconds, 3),
            docs_per_s=round(self.docs / seconds, 2),
            words_per_s=round(self.words / seconds, 1),
            peak_rss_mb=round(peak_rss_mb, 1),
        )


@dataclass(frozen=True)
class Report:
    """All rows of one run, the ratios the targets are stated in, and the memory check."""

    rows: tuple[Row, ...]
    ratios: dict[str, float | None]
    memory: dict[str, float | int | None]

    def as_json(self) -> dict[str, Any]:
        """The ``claimgraph bench --json`` contract (keys are only ever added)."""
        return {
            "rows": [asdict(row) for row in self.rows],
            "ratios": self.ratios,
            "memory": self.memory,
        }


@dataclass(frozen=True)
class Corpus:
    """The benchmark articles on disk: ``small`` holds N, ``whole`` holds 4N when asked."""

    small: Path
    whole: Path
    docs: int
    words: int
    docs_4n: int
    words_4n: int


@dataclass(frozen=True)
class Job:
    """What one row's process needs to know."""

    key: str
    corpus: Corpus
    model: str | None
    workdir: Path
    pg_url: str | None = None
    partition_size: int = DASK_PARTITION_SIZE


def parse_only(text: str | None) -> tuple[str, ...]:
    """Row keys from ``--only a,b,e``; ``e`` means both Dask rows."""
    if not text:
        return ALL_ROWS
    keys: list[str] = []
    for part in (p.strip().lower() for p in text.split(",")):
        wanted = ["e1", "e2"] if part == "e" else [part]
        for key in wanted:
            if key not in ROW_NAMES:
                raise ClaimgraphError(
                    f"unknown row {part!r} (choose from {', '.join([*ALL_ROWS, 'e'])})",
                    subject="--only",
                )
            if key not in keys:
                keys.append(key)
    return tuple(key for key in ALL_ROWS if key in keys)


def run_bench(
    docs: int = DEFAULT_DOCS,
    *,
    only: tuple[str, ...] = ALL_ROWS,
    model: str | None = None,
    pg_url: str | None = None,
    repeat: int = 1,
    workdir: Path | None = None,
    on_row: Callable[[Row], None] | None = None,
) -> Report:
    """Write the corpus, measure every row in ``only`` and compute the ratios.

    With ``repeat`` above 1 every row is measured that many times, in passes
    over all rows, and the fastest run is kept: on a shared machine a burst
    of other work then spoils one pass of a row, not the figure.
    """
    if docs < 1:
        raise ClaimgraphError("needs at least one document", subject="--docs")
    if repeat < 1:
        raise ClaimgraphError("needs at least one run per row", subject="--repeat")
    pg_url = pg_url or os.environ.get(PG_ENV) or None
    best: dict[str, Row] = {}
    with _workdir(workdir) as root:
        corpus = write_corpus(root / "corpus", docs, with_4n="c4" in only)
        for _pass in range(repeat):
            for key in only:
                job = Job(key=key, corpus=corpus, model=model, workdir=root, pg_url=pg_url)
                row = measure_in_subprocess(job)
                best[key] = faster(best.get(key), row)
                if on_row is not None:
                    on_row(row)
    rows = [best[key] for key in only]
    return Report(rows=tuple(rows), ratios=ratios(rows), memory=memory_check(rows))


def faster(kept: Row | None, new: Row) -> Row:
    """The quicker of two runs of one row, with the larger peak memory of the two."""
    if kept is None or kept.seconds is None:
        return new
    if new.seconds is None:
        return kept
    quick = new if new.seconds < kept.seconds else kept
    return replace(quick, peak_rss_mb=max(kept.peak_rss_mb or 0.0, new.peak_rss_mb or 0.0))


@contextmanager
def _workdir(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="claimgraph-bench-") as name:
        yield Path(name)


def write_corpus(root: Path, docs: int, *, with_4n: bool) -> Corpus:
    """N articles as text files under ``root/n``, 3N more under ``root/more`` when asked.

    Words are counted on the cleaned bodies, the text every row works on.
    """
    names = Names.from_gazetteer(load_gazetteer())
    small = root / "n"
    _write_articles(small, names, start=0, count=docs)
    counted = _count(small)
    if not with_4n:
        return Corpus(small, small, *counted, *counted)
    _write_articles(root / "more", names, start=docs, count=3 * docs)
    more_docs, more_words = _count(root / "more")
    return Corpus(small, root, *counted, counted[0] + more_docs, counted[1] + more_words)


def _write_articles(folder: Path, names: Names, *, start: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles(count, names, start=start):
        (folder / f"article-{item.index:07d}.txt").write_text(item.as_text(), encoding="utf-8")


def _count(folder: Path) -> tuple[int, int]:
    """(documents, words) the reader gets out of ``folder``."""
    docs = words = 0
    for document in _documents(folder):
        docs += 1
        words += word_count(document.body)
    return docs, words


def _documents(folder: Path) -> Iterator[Document]:
    for item in read_documents([folder], max_bytes=Options().max_document_bytes):
        if isinstance(item, Document):
            yield item


def ratios(rows: list[Row]) -> dict[str, float | None]:
    """Words per second of one row over another; None when either did not run."""
    rate = {row.name: row.words_per_s for row in rows if row.words_per_s}

    def ratio(top: str, bottom: str) -> float | None:
        high, low = rate.get(ROW_NAMES[top]), rate.get(ROW_NAMES[bottom])
        return round(high / low, 3) if high and low else None

    return {
        "extract_vs_spacy": ratio("b", "a"),
        "ingest_sqlite_vs_spacy": ratio("c", "a"),
        "dask2_vs_dask1": ratio("e2", "e1"),
    }


def memory_check(rows: list[Row]) -> dict[str, float | int | None]:
    """Peak memory of SQLite ingest for N and 4N documents, side by side."""
    by_name = {row.name: row for row in rows}
    small, large = by_name.get(ROW_NAMES["c"]), by_name.get(ROW_NAMES["c4"])
    return {
        "ingest_docs_n": small.docs if small else None,
        "ingest_peak_rss_mb_n": small.peak_rss_mb if small else None,
        "ingest_docs_4n": large.docs if large else None,
        "ingest_peak_rss_mb_4n": large.peak_rss_mb if large else None,
    }


def measure_in_subprocess(job: Job) -> Row:
    """Run one row in a fresh process; a row that cannot run comes back skipped with why."""
    context = multiprocessing.get_context("spawn")
    queue: Any = context.Queue()
    process = context.Process(target=_child, args=(job, queue), name=f"bench-{job.key}")
    process.start()
    try:
        outcome = _wait_for(queue, process)
    finally:
        process.join()
    if isinstance(outcome, Row):
        return outcome
    return replace(_base_row(job), skipped=str(outcome))


def _wait_for(queue: Any, process: Any) -> object:
    """The row the process sends, or why it sent none (it died without a word)."""
    while True:
        try:
            return queue.get(timeout=1.0)
        except Empty:
            if not process.is_alive():
                return f"failed: the row's process exited with status {process.exitcode}"


def _child(job: Job, queue: Any) -> None:
    """Entry point of a row's process: measure, then send the row (or the reason) back."""
    try:
        queue.put(measure(job))
    except Exception as exc:
        queue.put(f"failed: {type(exc).__name__}: {exc}")


def _base_row(job: Job) -> Row:
    corpus = job.corpus
    if job.key == "c4":
        return Row(name=ROW_NAMES[job.key], docs=corpus.docs_4n, words=corpus.words_4n)
    return Row(name=ROW_NAMES[job.key], docs=corpus.docs, words=corpus.words)


def measure(job: Job) -> Row:
    """Time one row in this process."""
    row = _base_row(job)
    if job.key == "d" and not job.pg_url:
        return replace(row, skipped=f"no PostgreSQL URL (--pg-url or {PG_ENV})")
    measurer = MEASURERS[job.key]
    # Other work on the machine slows every row; the load average says how busy it was.
    row = replace(row, load_before=round(os.getloadavg()[0], 2))
    with RssSampler() as sampler:
        seconds = measurer(job)
    return row.timed(seconds, sampler.peak_mb)


class RssSampler:
    """Largest resident set of this process plus its children, sampled in a thread."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(RSS_SAMPLE_SECONDS):
            self._sample()

    def _sample(self) -> None:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                continue
        self.peak_mb = max(self.peak_mb, total / 2**20)


def _time_spacy(job: Job) -> float:
    from claimgraph.nlp.pipeline import load_pipeline

    texts = [document.body for document in _documents(job.corpus.small)]
    nlp = load_pipeline(job.model)
    nlp(WARM_UP_TEXT)
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def _time_extract(job: Job) -> float:
    from claimgraph.nlp.extract import get_extractor

    documents = list(_documents(job.corpus.small))
    extractor = get_extractor(job.model)
    extractor.extract(Document.create(WARM_UP_TEXT))
    start = time.perf_counter()
    for _extraction in extractor.extract_many(documents, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def _time_ingest(job: Job, db_url: str, folder: Path) -> float:
    """Full ingest of ``folder`` into an empty store at ``db_url``."""
    from claimgraph.nlp.extract import get_extractor
    from claimgraph.store.database import create_db_engine, migrate
    from claimgraph.workflow import ingest

    options = Options(db=db_url, model=job.model)
    engine = create_db_engine(db_url)
    migrate(engine)
    get_extractor(job.model).extract(Document.create(WARM_UP_TEXT))
    start = time.perf_counter()
    ingest([folder], engine=engine, options=options)
    seconds = time.perf_counter() - start
    engine.dispose()
    return seconds


def _fresh_sqlite(job: Job) -> str:
    """URL of a new SQLite file for one run of one row."""
    return f"sqlite:///{job.workdir / f'bench-{job.key}-{uuid.uuid4().hex[:8]}.db'}"


def _time_sqlite(job: Job) -> float:
    return _time_ingest(job, _fresh_sqlite(job), job.corpus.small)


def _time_sqlite_4n(job: Job) -> float:
    return _time_ingest(job, _fresh_sqlite(job), job.corpus.whole)


def _time_postgresql(job: Job) -> float:
    assert job.pg_url is not None
    with scratch_database(job.pg_url) as url:
        return _time_ingest(job, url, job.corpus.small)


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of ``server_url``, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"claimgraph_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _time_dask(job: Job, workers: int) -> float:
    from claimgraph.batch.run import local_cluster_client, run_batch
    from claimgraph.batch.tasks import PipelinePlugin
    from claimgraph.store.database import create_db_engine, migrate

    options = Options(db=_fresh_sqlite(job), model=job.model)
    engine = create_db_engine(options.db)
    migrate(engine)
    engine.dispose()
    with local_cluster_client(workers) as client:
        client.register_plugin(PipelinePlugin(job.model))
        start = time.perf_counter()
        summary = run_batch(
            [job.corpus.small], client=client, options=options, partition_size=job.partition_size
        )
        seconds = time.perf_counter() - start
    if summary.failed:
        raise ClaimgraphError(f"{summary.failed} documents failed", subject=job.key)
    return seconds


MEASURERS: dict[str, Callable[[Job], float]] = {
    "a": _time_spacy,
    "b": _time_extract,
    "c": _time_sqlite,
    "c4": _time_sqlite_4n,
    "d": _time_postgresql,
    "e1": partial(_time_dask, workers=1),
    "e2": partial(_time_dask, workers=2),
}
