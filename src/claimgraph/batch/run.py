"""Drive a batch run: stream partitions to the cluster, gather results, report progress.

The client keeps a bounded number of partitions in flight (two per worker),
so reading a corpus of any size takes flat memory on the client and on the
scheduler. Tasks are submitted with their records inline, which lets the
scheduler run a task again on another worker when the one running it dies.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client, Future, LocalCluster, as_completed
from sqlalchemy.engine import make_url

from claimgraph.batch.partitions import RawRecord, partitions, raw_records
from claimgraph.batch.tasks import PipelinePlugin, process_partition
from claimgraph.config import Options
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.workflow import IngestResult

DEFAULT_PARTITION_SIZE = 64
PARTITIONS_PER_WORKER = 2


@dataclass
class BatchSummary:
    """Counts of one run; ``failures`` keeps the failed inputs with their reasons."""

    partitions: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[IngestResult] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Inputs handled so far, whatever happened to them."""
        return self.stored + self.unchanged + self.failed

    def add(self, results: Iterable[IngestResult]) -> None:
        """Count the results of one partition."""
        self.partitions += 1
        for result in results:
            if result.status == "stored":
                self.stored += 1
                self.claims += result.claims
            elif result.status == "unchanged":
                self.unchanged += 1
            else:
                self.failed += 1
                self.failures.append(result)


def run_batch(
    inputs: Iterable[str | Path],
    *,
    client: Client,
    options: Options,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_partition: Callable[[BatchSummary], None] | None = None,
) -> BatchSummary:
    """Ingest ``inputs`` on the cluster behind ``client`` into ``options.db``.

    The database is migrated once here, before any worker writes to it.
    ``on_partition`` is called after every finished partition with the
    running totals.
    """
    db_url = absolute_db_url(options.db)
    engine = create_db_engine(db_url)
    migrate(engine)
    engine.dispose()
    client.register_plugin(PipelinePlugin(options.model))
    summary = BatchSummary()
    records = raw_records(inputs, max_bytes=options.max_document_bytes)
    for results in _results(client, partitions(records, partition_size), db_url, options):
        summary.add(results)
        if on_partition is not None:
            on_partition(summary)
    return summary


def _results(
    client: Client, groups: Iterator[list[RawRecord]], db_url: str, options: Options
) -> Iterator[list[IngestResult]]:
    """Results of every partition, keeping a bounded number in flight."""
    running = as_completed()
    records_of: dict[Hashable, list[RawRecord]] = {}
    limit = in_flight_limit(client)
    for group in groups:
        future = client.submit(
            process_partition, group, db_url=db_url, model=options.model, pure=False
        )
        records_of[future.key] = group
        running.add(future)
        while running.count() >= limit:
            yield _gather(next(running), records_of)
            # Workers may join or leave a shared cluster during a long run.
            limit = in_flight_limit(client)
    for future in running:
        yield _gather(future, records_of)


def in_flight_limit(client: Client) -> int:
    """Partitions to keep submitted: two per worker thread, at least two."""
    threads = sum(client.nthreads().values())
    return max(1, threads) * PARTITIONS_PER_WORKER


def _gather(future: Future, records_of: dict[Hashable, list[RawRecord]]) -> list[IngestResult]:
    """The results of a finished partition; a partition that failed fails its records."""
    group = records_of.pop(future.key)
    try:
        results: list[IngestResult] = future.result()
        return results
    except Exception as exc:
        # The task raised, or its workers kept dying (KilledWorker): name every record.
        reason = f"partition failed ({type(exc).__name__}: {exc})"
        return [IngestResult(name=record.name, status="failed", error=reason) for record in group]


def absolute_db_url(url: str) -> str:
    """A SQLite URL with an absolute path, so workers in other directories open the same file."""
    parsed = make_url(url)
    database = parsed.database
    if not parsed.drivername.startswith("sqlite") or not database or database == ":memory:":
        return url
    path = Path(database)
    if path.is_absolute():
        return url
    return parsed.set(database=str(path.resolve())).render_as_string(hide_password=False)


@contextmanager
def local_cluster_client(workers: int) -> Iterator[Client]:
    """A client of a cluster of ``workers`` single-threaded processes on this machine."""
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def scheduler_client(address: str) -> Iterator[Client]:
    """A client of a running scheduler (``tcp://HOST:PORT``)."""
    with Client(address) as client:
        yield client
