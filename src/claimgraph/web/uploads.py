"""Ingest what a person uploads or pastes: the workflow of ``claimgraph ingest`` on bytes.

Uploads are parsed from their bytes (formats are sniffed from content and
name), ingested with :func:`claimgraph.workflow.ingest_documents`, and the
bytes of every newly stored document are kept in the ``originals`` table so
the page can offer them for download. A URL is fetched through the safe
fetcher first. One ingest runs at a time per process: extraction is
CPU-bound and loads the language model once.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.fetch import fetch
from claimgraph.ingest.reader import Overrides, parse_bytes
from claimgraph.model import Document
from claimgraph.store.repository import save_original
from claimgraph.workflow import IngestResult, ingest_documents

_LOCK = threading.Lock()
PASTED_NAME = "pasted.txt"


@dataclass(frozen=True)
class Upload:
    """One file as received: the name the person gave it, its type and bytes."""

    name: str
    data: bytes
    media_type: str = "application/octet-stream"


def safe_name(name: str) -> str:
    """A file name with no directories and only harmless characters."""
    base = Path(name.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "_", base).strip("._")
    return cleaned[:120] or "upload"


def ingest_uploads(
    uploads: list[Upload], *, engine: Engine, options: Options, overrides: Overrides
) -> list[dict[str, Any]]:
    """Ingest every upload; one result per document read (a JSONL file may hold several)."""
    with _LOCK:
        items = [
            _named(item, upload, overrides)
            for upload in uploads
            for item in _parsed(upload, options)
        ]
        results = ingest_documents([item for item, _ in items], engine=engine, options=options)
    by_doc = {item.id: upload for item, upload in items if isinstance(item, Document)}
    return [_reported(result, by_doc, engine) for result in results]


def fetch_upload(url: str, *, options: Options) -> Upload:
    """Fetch a page through the safe fetcher (SSRF guard, size cap) as an upload."""
    page = fetch(url, max_bytes=options.max_document_bytes)
    return Upload(page.final_url, page.content, page.content_type or "application/octet-stream")


def _parsed(upload: Upload, options: Options) -> list[Document | InputError]:
    """The documents in one upload, or the error that names it."""
    name = safe_name(upload.name) if "://" not in upload.name else upload.name
    if len(upload.data) > options.max_document_bytes:
        limit = options.max_document_bytes
        return [InputError(f"over the limit of {limit:,} bytes", subject=name)]
    try:
        return list(parse_bytes(upload.data, name=name, max_bytes=options.max_document_bytes))
    except InputError as exc:
        return [exc]


def _named(
    item: Document | InputError, upload: Upload, overrides: Overrides
) -> tuple[Document | InputError, Upload]:
    """Give a parsed document the upload's name as its path, and the form's metadata."""
    if isinstance(item, InputError):
        return item, upload
    return (
        replace(
            item,
            path=item.path or f"upload:{upload.name}",
            outlet=overrides.outlet or item.outlet,
            published=overrides.published or item.published,
            url=overrides.url or item.url or (upload.name if "://" in upload.name else None),
        ),
        upload,
    )


def _reported(result: IngestResult, by_doc: dict[str, Upload], engine: Engine) -> dict[str, Any]:
    """The result under the uploaded name, keeping the bytes of a newly stored document."""
    row = asdict(result)
    upload = by_doc.get(result.doc_id or "")
    if upload is None:
        return row
    row["name"] = upload.name
    if result.status == "stored" and result.doc_id:
        save_original(
            engine,
            result.doc_id,
            name=safe_name(upload.name),
            media_type=upload.media_type,
            data=upload.data,
        )
    return row
