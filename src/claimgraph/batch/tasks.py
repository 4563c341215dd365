"""What runs on a Dask worker: clean a partition, extract it, store it.

The pipeline and the database engine are built once per worker process and
reused by every partition it runs. Each document is stored in its own
transaction keyed by its body hash, so when a worker dies halfway through a
partition and the scheduler runs it again elsewhere, the documents already
stored come back ``unchanged`` and the rest are stored once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin
from sqlalchemy import Engine

from claimgraph.batch.partitions import RawRecord, parse_record
from claimgraph.config import Options
from claimgraph.store.database import create_db_engine
from claimgraph.workflow import IngestResult, ingest_documents


class PipelinePlugin(WorkerPlugin):
    """Loads the extraction pipeline when a worker starts (and when one is restarted)."""

    name = "claimgraph-pipeline"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        """Build the process-wide extractor so the first partition does not pay for it."""
        from claimgraph.nlp.extract import get_extractor

        get_extractor(self.model)


@lru_cache(maxsize=4)
def worker_engine(db_url: str) -> Engine:
    """One engine (and connection pool) per database per worker process."""
    return create_db_engine(db_url)


def process_partition(
    records: list[RawRecord], *, db_url: str, model: str | None
) -> list[IngestResult]:
    """Clean, extract and store one partition; one result per document or error."""
    items = (item for record in records for item in parse_record(record))
    return ingest_documents(items, engine=worker_engine(db_url), options=Options(model=model))
