"""Walk input paths and turn every file into Documents, or errors naming the input.

This is the edge of the ingest stage that touches the file system. Each file
is read, its format sniffed, and handed to the cleaner for that format. A bad
file becomes an :class:`InputError` in the stream; the files after it are
still read.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from claimgraph.config import DEFAULT_MAX_DOCUMENT_BYTES
from claimgraph.errors import InputError
from claimgraph.ingest.channels import clean_channel
from claimgraph.ingest.decode import decode
from claimgraph.ingest.html import clean_html
from claimgraph.ingest.jsonl import read_jsonl
from claimgraph.ingest.markdown import clean_markdown
from claimgraph.ingest.pdf import clean_pdf
from claimgraph.ingest.sniff import sniff
from claimgraph.ingest.text import clean_text
from claimgraph.model import Document

GZIP_MAGIC = b"\x1f\x8b"
_SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "README.md"}


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over what the file says."""

    outlet: str | None = None
    published: date | None = None
    url: str | None = None


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` (directories recursively, sorted for repeatable runs).

    A path that does not exist is yielded as is; reading it reports the error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name not in _SKIPPED_NAMES:
                        yield Path(root) / name
        else:
            yield path


def read_documents(
    paths: Iterable[str | Path],
    *,
    overrides: Overrides | None = None,
    max_bytes: int,
) -> Iterator[Document | InputError]:
    """Yield a Document or an InputError for every document in ``paths``."""
    overrides = overrides or Overrides()
    for path in iter_files(paths):
        for item in read_file(path, max_bytes=max_bytes):
            yield item if isinstance(item, InputError) else _apply(item, overrides)


def read_file(path: Path, *, max_bytes: int) -> Iterator[Document | InputError]:
    """Read one file: usually one Document, several for JSONL, or an error."""
    name = str(path)
    try:
        data = _read_bytes(path, max_bytes=max_bytes)
        documents = list(parse_bytes(data, name=name, max_bytes=max_bytes))
    except InputError as exc:
        yield exc
        return
    for document in documents:
        if isinstance(document, Document):
            yield _checked(replace(document, path=document.path or name), name=name)
        else:
            yield document


def parse_bytes(
    data: bytes, *, name: str, max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
) -> Iterator[Document | InputError]:
    """Parse the bytes of one input by their sniffed format (gzip is opened first)."""
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, name=name, max_bytes=max_bytes)
        name = name.removesuffix(".gz")
    fmt = sniff(data, name)
    if fmt == "pdf":
        yield clean_pdf(data, name=name, max_chars=max_bytes)
        return
    text = decode(data, name=name)
    if fmt == "jsonl":
        yield from read_jsonl(text, name=name)
    elif fmt == "html":
        yield clean_html(text, name=name)
    elif fmt == "markdown":
        # a channel's history looks like Markdown to the sniffer: "#tags", "- options"
        yield clean_channel(text) or clean_markdown(text)
    else:
        yield clean_channel(text) or clean_text(text)


def gunzip(data: bytes, *, name: str, max_bytes: int) -> bytes:
    """Decompress, refusing output past ``max_bytes`` before it is all in memory.

    A few kilobytes of gzip can inflate to gigabytes; reading in bounded
    chunks stops such a bomb at the document size limit.
    """
    out = bytearray()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out += chunk
                if len(out) > max_bytes:
                    raise InputError(
                        f"decompresses to over {max_bytes:,} bytes "
                        "(use 'claimgraph batch' for large archives)",
                        subject=name,
                    )
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"broken gzip data ({exc})", subject=name) from exc
    return bytes(out)


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,}", subject=str(path)
            )
        if size == 0:
            raise InputError("empty file", subject=str(path))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", subject=str(path)) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory", subject=str(path)) from exc
    except PermissionError as exc:
        raise InputError("permission denied", subject=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", subject=str(path)) from exc


def _checked(document: Document, *, name: str) -> Document | InputError:
    """Refuse documents whose body came out empty."""
    if not document.body.strip():
        return InputError("no body text left after cleaning", subject=name)
    return document


def _apply(document: Document, overrides: Overrides) -> Document:
    return replace(
        document,
        outlet=overrides.outlet or document.outlet,
        published=overrides.published or document.published,
        url=overrides.url or document.url,
    )
