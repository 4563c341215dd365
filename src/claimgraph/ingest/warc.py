"""WARC archives (``.warc`` and ``.warc.gz``): the pages a crawler fetched, one record each.

Web archives hold requests, metadata and error pages next to the articles.
Only successful responses (and stored resources) whose content is HTML or
plain text are articles; the rest is skipped without a word. Records are
read one at a time so an archive of any size streams through in flat memory,
and the payload of each is cleaned like a file of the same content.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from claimgraph.errors import InputError
from claimgraph.ingest.reader import parse_bytes
from claimgraph.model import Document

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class WarcPayload:
    """The decoded body of one article record, with where it came from."""

    name: str
    path: str
    url: str | None
    data: bytes


def warc_payloads(path: Path, *, max_bytes: int) -> Iterator[WarcPayload | InputError]:
    """Payloads of the article records of one archive, in archive order.

    A record over ``max_bytes`` becomes an :class:`InputError`; the records
    after it are still read.
    """
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(WARCIterator(stream), start=1):
                if not _is_article(record):
                    continue
                name = f"{path}:{number}"
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield InputError(
                        f"record is over the limit of {max_bytes:,} bytes", subject=name
                    )
                elif data.strip():
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    yield WarcPayload(name=name, path=str(path), url=url, data=data)
    except FileNotFoundError:
        yield InputError("no such file", subject=str(path))
    except ArchiveLoadFailed as exc:
        yield InputError(f"not a readable WARC archive ({exc.msg})", subject=str(path))
    except (OSError, EOFError) as exc:
        yield InputError(f"cannot read ({exc})", subject=str(path))


def document_from_payload(payload: WarcPayload) -> Document | InputError:
    """Clean one payload into a Document carrying the archive path and the page URL."""
    try:
        items = list(parse_bytes(payload.data, name=payload.name))
    except InputError as exc:
        return exc
    documents = [item for item in items if isinstance(item, Document)]
    if not documents:
        return items[0] if items else InputError("no document in record", subject=payload.name)
    document = documents[0]
    if not document.body.strip():
        return InputError("no body text left after cleaning", subject=payload.name)
    return replace(document, path=payload.path, url=document.url or payload.url)


def read_warc(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Stream the Documents (or errors) of every article record in ``path``."""
    for item in warc_payloads(path, max_bytes=max_bytes):
        yield item if isinstance(item, InputError) else document_from_payload(item)


def _is_article(record: ArcWarcRecord) -> bool:
    """A successful response or a stored resource whose content is HTML or text."""
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return content_type.split(";")[0].strip().lower() in _TEXT_TYPES
