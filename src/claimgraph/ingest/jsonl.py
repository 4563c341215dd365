"""JSONL exports: one article per line, ``{url, title, text, published, outlet}``.

Scrapers and archive tools hand over articles this way. One broken line must
not cost the rest of the file, so each line yields either a Document or an
InputError naming the file and line number.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.text import clean_text
from claimgraph.model import Document

GZIP_MAGIC = b"\x1f\x8b"


def read_jsonl(text: str, *, name: str) -> Iterator[Document | InputError]:
    """Yield one Document (or the error that line raised) per non-blank line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_record(json.loads(line), name=f"{name}:{number}")
        except json.JSONDecodeError as exc:
            yield InputError(f"broken JSON ({exc.msg})", subject=f"{name}:{number}")
        except InputError as exc:
            yield exc


def document_from_record(record: object, *, name: str) -> Document:
    """Build a Document from one decoded JSON record."""
    if not isinstance(record, dict):
        raise InputError("JSONL line is not an object", subject=name)
    text = record.get("text") or record.get("body")
    if not isinstance(text, str) or not text.strip():
        raise InputError("JSONL record has no text", subject=name)
    published = record.get("published") or record.get("date")
    document = clean_text(
        text,
        title=_string(record.get("title")),
        outlet=_string(record.get("outlet") or record.get("site")),
        author=_string(record.get("author")),
        published=parse_date(published) if isinstance(published, str) and published else None,
        fmt="jsonl",
    )
    return replace(document, url=_string(record.get("url")))


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of a JSONL file, gzip-compressed or not, one at a time.

    Corpora of a hundred thousand articles come as one big ``.jsonl.gz``; it
    is read as a stream so memory stays flat however large the file is.
    """
    with _open_maybe_gzip(path) as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, line


def document_from_line(line: bytes, *, name: str) -> Document | InputError:
    """The Document of one raw JSONL line, or the error naming ``name``."""
    try:
        return document_from_record(json.loads(line.decode("utf-8")), name=name)
    except UnicodeDecodeError:
        return InputError("JSONL line is not UTF-8", subject=name)
    except json.JSONDecodeError as exc:
        return InputError(f"broken JSON ({exc.msg})", subject=name)
    except InputError as exc:
        return exc


def read_jsonl_file(path: Path, *, max_line_bytes: int) -> Iterator[Document | InputError]:
    """Stream the documents of a ``.jsonl`` or ``.jsonl.gz`` file, each with ``path`` set."""
    try:
        for number, line in jsonl_lines(path):
            name = f"{path}:{number}"
            if len(line) > max_line_bytes:
                yield InputError(
                    f"line is over the limit of {max_line_bytes:,} bytes", subject=name
                )
                continue
            item = document_from_line(line, name=name)
            yield item if isinstance(item, InputError) else replace(item, path=str(path))
    except FileNotFoundError:
        yield InputError("no such file", subject=str(path))
    except (OSError, EOFError) as exc:
        yield InputError(f"cannot read ({exc})", subject=str(path))


def _open_maybe_gzip(path: Path) -> io.BufferedIOBase:
    """Open ``path`` for binary reading, through gzip when it starts with the gzip magic."""
    with path.open("rb") as probe:
        magic = probe.read(2)
    if magic == GZIP_MAGIC:
        return gzip.open(path, "rb")
    return path.open("rb")
