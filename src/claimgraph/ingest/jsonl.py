"""JSONL exports: one article per line, ``{url, title, text, published, outlet}``.

Scrapers and archive tools hand over articles this way. One broken line must
not cost the rest of the file, so each line yields either a Document or an
InputError naming the file and line number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from claimgraph.errors import InputError
from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.text import clean_text
from claimgraph.model import Document


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
