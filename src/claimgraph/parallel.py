"""Ingest on every core of one machine: worker processes extract, this process writes.

Parsing dominates ingest time and holds the GIL, so threads do not help;
processes do. Each worker loads the pipeline once (when it starts) and
extracts chunks of documents; the parent reads the inputs, hands out chunks
and is the only writer, storing each document with its claims in one
transaction as results come back. At most two chunks per worker are in
flight, so memory stays flat however many documents are read.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import ClaimgraphError, ModelError
from claimgraph.ingest.reader import Overrides, read_documents
from claimgraph.model import Document, Extraction
from claimgraph.workflow import IngestResult, extract_batch, store_outcome, triage

# Chunks queued per worker: one being parsed, one waiting, so no worker idles.
CHUNKS_PER_WORKER = 2


@dataclass(frozen=True)
class ExtractionFailure:
    """A document the extractor raised on, with the reason; the others still go through."""

    document: Document
    reason: str


Outcome = Extraction | ExtractionFailure


def extract_robustly(documents: list[Document], *, model: str | None) -> list[Outcome]:
    """Extract a chunk as :func:`claimgraph.workflow.extract_batch` does, in a form that
    crosses process boundaries (the error of a failed document becomes its text)."""
    return [
        outcome if isinstance(outcome, Extraction) else ExtractionFailure(document, outcome)
        for document, outcome in extract_batch(documents, model=model)
    ]


def result_of(outcome: Outcome, engine: Engine) -> IngestResult:
    """Store one outcome (or report its failure) and say what happened."""
    if isinstance(outcome, ExtractionFailure):
        return store_outcome(outcome.document, outcome.reason, engine=engine)
    return store_outcome(outcome.document, outcome, engine=engine)


def ingest_parallel(
    paths: Iterable[str | Path],
    *,
    engine: Engine,
    options: Options,
    workers: int,
    overrides: Overrides | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Like :func:`claimgraph.workflow.ingest`, with ``workers`` extracting processes."""
    results: list[IngestResult] = []
    for result in iter_ingest_parallel(
        paths, engine=engine, options=options, workers=workers, overrides=overrides
    ):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def iter_ingest_parallel(
    paths: Iterable[str | Path],
    *,
    engine: Engine,
    options: Options,
    workers: int,
    overrides: Overrides | None = None,
) -> Iterator[IngestResult]:
    """Yield one result per input document as soon as it is stored (nothing is kept)."""
    items = read_documents(paths, overrides=overrides, max_bytes=options.max_document_bytes)
    # "spawn": the parent may run threads (progress bars), which fork does not survive.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(options.model,),
    ) as pool:
        in_flight: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
        for item in triage(items, engine=engine):
            if isinstance(item, IngestResult):
                yield item
                continue
            in_flight.append((item, pool.submit(extract_robustly, item, model=options.model)))
            while len(in_flight) >= workers * CHUNKS_PER_WORKER:
                yield from _store(*in_flight.popleft(), engine=engine)
        while in_flight:
            yield from _store(*in_flight.popleft(), engine=engine)


def _start_worker(model: str | None) -> None:
    """Load the pipeline when the worker starts, not inside the first chunk.

    A pipeline that cannot load is left for the first chunk to raise, so the
    parent reports the model error instead of a broken pool.
    """
    from claimgraph.nlp.extract import get_extractor

    with contextlib.suppress(ClaimgraphError):
        get_extractor(model)


def _store(
    documents: list[Document], future: Future[list[Outcome]], *, engine: Engine
) -> Iterator[IngestResult]:
    """Wait for a chunk and write it; a dead worker fails its documents, not the run."""
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        outcomes = [ExtractionFailure(d, "worker process died") for d in documents]
    except ModelError:
        raise
    except ClaimgraphError as exc:
        outcomes = [ExtractionFailure(d, str(exc)) for d in documents]
    for outcome in outcomes:
        yield result_of(outcome, engine)
