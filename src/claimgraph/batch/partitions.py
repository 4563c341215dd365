"""Turn batch inputs into partitions of raw records, on the client, as a stream.

The client only reads bytes: a file, one JSONL line, one WARC payload. The
costly steps (cleaning HTML, parsing) happen on the workers, and the workers
need no access to the client's file system because each record travels with
its bytes. Partitions are produced lazily so the client never holds more
than the partitions in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Literal

from claimgraph.errors import InputError
from claimgraph.ingest.jsonl import document_from_line, jsonl_lines
from claimgraph.ingest.reader import iter_files, parse_bytes
from claimgraph.ingest.warc import WarcPayload, document_from_payload, warc_payloads
from claimgraph.model import Document

RecordKind = Literal["file", "jsonl", "warc", "error"]
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class RawRecord:
    """One input document before cleaning: its bytes and where they came from.

    ``kind`` says how the worker parses ``data``; an ``error`` record carries
    only the reason the client could not read the input.
    """

    kind: RecordKind
    name: str
    path: str
    data: bytes = b""
    url: str | None = None
    error: str | None = None


def stream_kind(path: Path) -> RecordKind:
    """How a file is read: streamed as JSONL or WARC records, or whole."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "file"


def raw_records(inputs: Iterable[str | Path], *, max_bytes: int) -> Iterator[RawRecord]:
    """Every record of every input, in input order (directories walked sorted)."""
    for path in iter_files(inputs):
        kind = stream_kind(path)
        if kind == "jsonl":
            yield from _jsonl_records(path, max_bytes=max_bytes)
        elif kind == "warc":
            yield from _warc_records(path, max_bytes=max_bytes)
        else:
            yield _file_record(path, max_bytes=max_bytes)


def partitions(records: Iterable[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    """Consecutive groups of ``size`` records (the last may be smaller)."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    iterator = iter(records)
    while group := list(islice(iterator, size)):
        yield group


def parse_record(record: RawRecord) -> list[Document | InputError]:
    """The documents (or errors) in one record; runs on the worker."""
    if record.kind == "error":
        return [InputError(record.error or "cannot read", subject=record.name)]
    if record.kind == "jsonl":
        item = document_from_line(record.data, name=record.name)
        return [item if isinstance(item, InputError) else replace(item, path=record.path)]
    if record.kind == "warc":
        payload = WarcPayload(name=record.name, path=record.path, url=record.url, data=record.data)
        return [document_from_payload(payload)]
    try:
        return [_checked(item, record) for item in parse_bytes(record.data, name=record.name)]
    except InputError as exc:
        return [exc]


def _checked(item: Document | InputError, record: RawRecord) -> Document | InputError:
    """A document with its path set, or an error when cleaning left no body."""
    if isinstance(item, InputError):
        return item
    if not item.body.strip():
        return InputError("no body text left after cleaning", subject=record.name)
    return replace(item, path=item.path or record.path)


def _file_record(path: Path, *, max_bytes: int) -> RawRecord:
    """A whole file as one record, or the reason it cannot be read."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return _error(name, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
        if size == 0:
            return _error(name, "empty file")
        return RawRecord(kind="file", name=name, path=name, data=path.read_bytes())
    except FileNotFoundError:
        return _error(name, "no such file")
    except PermissionError:
        return _error(name, "permission denied")
    except OSError as exc:
        return _error(name, f"cannot read ({exc.strerror})")


def _jsonl_records(path: Path, *, max_bytes: int) -> Iterator[RawRecord]:
    """One record per non-blank line of a JSONL(.gz) file."""
    try:
        for number, line in jsonl_lines(path):
            name = f"{path}:{number}"
            if len(line) > max_bytes:
                yield _error(name, f"line is over the limit of {max_bytes:,} bytes")
            else:
                yield RawRecord(kind="jsonl", name=name, path=str(path), data=line)
    except FileNotFoundError:
        yield _error(str(path), "no such file")
    except (OSError, EOFError) as exc:
        yield _error(str(path), f"cannot read ({exc})")


def _warc_records(path: Path, *, max_bytes: int) -> Iterator[RawRecord]:
    """One record per article in a WARC(.gz) archive."""
    for item in warc_payloads(path, max_bytes=max_bytes):
        if isinstance(item, InputError):
            yield _error(item.subject or str(path), item.reason)
        else:
            yield RawRecord(
                kind="warc", name=item.name, path=item.path, data=item.data, url=item.url
            )


def _error(name: str, reason: str) -> RawRecord:
    return RawRecord(kind="error", name=name, path=name, error=reason)
