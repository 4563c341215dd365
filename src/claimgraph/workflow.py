"""Run the stages in order for a set of inputs: read, extract, store.

This is the library function behind ``claimgraph ingest`` (and the web
form): it streams documents from the readers through the extractor in
batches and writes each with its claims in one transaction. It never prints;
callers pass ``on_result`` to report progress.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.reader import Overrides, read_documents
from claimgraph.model import Document, Extraction
from claimgraph.store.repository import has_document, save_extraction

logger = logging.getLogger(__name__)
Status = Literal["stored", "unchanged", "failed"]
BATCH_SIZE = 16


@dataclass(frozen=True)
class IngestResult:
    """What happened to one input document."""

    name: str
    status: Status
    doc_id: str | None = None
    title: str | None = None
    claims: int = 0
    dropped: int = 0
    error: str | None = None


def ingest(
    paths: Iterable[str | Path],
    *,
    engine: Engine,
    options: Options,
    overrides: Overrides | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every document under ``paths`` into the store behind ``engine``."""
    results: list[IngestResult] = []
    items = read_documents(paths, overrides=overrides, max_bytes=options.max_document_bytes)
    for result in _process(items, engine=engine, options=options):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def ingest_documents(
    items: Iterable[Document | InputError],
    *,
    engine: Engine,
    options: Options,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest documents already read (fetched pages, parsed bytes) like :func:`ingest`.

    Callers that get their bytes from elsewhere than the file system (the
    fetcher, the monitor) parse them with ``parse_bytes`` and hand them here,
    so deduplication, batching and storing stay in one place.
    """
    results: list[IngestResult] = []
    for result in _process(iter(items), engine=engine, options=options):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def _process(
    items: Iterator[Document | InputError], *, engine: Engine, options: Options
) -> Iterator[IngestResult]:
    """Yield one result per item, extracting new documents in batches."""
    for item in triage(items, engine=engine):
        if isinstance(item, IngestResult):
            yield item
            continue
        for document, outcome in extract_batch(item, model=options.model):
            yield store_outcome(document, outcome, engine=engine)


def triage(
    items: Iterator[Document | InputError], *, engine: Engine
) -> Iterator[IngestResult | list[Document]]:
    """Results for inputs that need no extraction (failed, already stored, repeated in
    this run), and batches of the documents that do."""
    seen: set[str] = set()
    batch: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            yield IngestResult(name=item.subject or "?", status="failed", error=item.reason)
        elif item.id in seen or has_document(engine, item.id):
            yield IngestResult(
                name=item.path or item.id, status="unchanged", doc_id=item.id, title=item.title
            )
        else:
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
    if batch:
        yield batch


def store_outcome(document: Document, outcome: Extraction | str, *, engine: Engine) -> IngestResult:
    """Store an extraction, or report why there is none, as the result of one document."""
    name = document.path or document.id
    if isinstance(outcome, str):
        return IngestResult(
            name=name, status="failed", doc_id=document.id, title=document.title, error=outcome
        )
    status = save_extraction(engine, outcome)
    return IngestResult(
        name=name,
        status=status,
        doc_id=document.id,
        title=document.title,
        claims=len(outcome.claims) if status == "stored" else 0,
        dropped=len(document.dropped),
    )


def extract_batch(
    documents: list[Document], *, model: str | None
) -> Iterator[tuple[Document, Extraction | str]]:
    """Extract a batch through ``nlp.pipe``; if it breaks, retry one by one.

    A document that makes the extractor fail comes back with the reason
    instead of an extraction, and is reported as a failed input: the others
    in the batch are still stored.
    """
    if not documents:
        return
    # Imported here so commands that never extract do not pay for loading spaCy.
    from claimgraph.nlp.extract import get_extractor

    extractor = get_extractor(model)
    done = 0
    try:
        for extraction in extractor.extract_many(documents, batch_size=BATCH_SIZE):
            yield extraction.document, extraction
            done += 1
        return
    except Exception:
        logger.warning("batch extraction failed; retrying documents one by one", exc_info=True)
    for document in documents[done:]:
        try:
            yield document, extractor.extract(document)
        except Exception as exc:  # one bad document must not stop the run
            logger.warning("extraction failed for %s", document.path, exc_info=True)
            yield document, f"extraction failed ({exc.__class__.__name__}: {exc})"
