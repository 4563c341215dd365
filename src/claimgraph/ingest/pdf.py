"""PDF reports: the text layer, page by page, through the text cleaner.

UN and think-tank reports arrive as PDFs. Only the text layer is read (no
OCR); a PDF without one is refused with that reason rather than stored empty.
Running headers, footers and page numbers repeat on every page, so lines that
recur on most pages are dropped as page furniture.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import replace

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from claimgraph.config import DEFAULT_MAX_DOCUMENT_BYTES
from claimgraph.errors import InputError
from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.text import clean_text
from claimgraph.model import Document

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_TRAILING_PAGE_NUMBER = re.compile(
    r"\s+(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}\s*$", re.IGNORECASE
)


def clean_pdf(data: bytes, *, name: str, max_chars: int = DEFAULT_MAX_DOCUMENT_BYTES) -> Document:
    """Read the text layer of a PDF into a Document.

    pypdf caps each decompressed stream (75 MB by default); ``max_chars``
    caps the text of the whole file, so a small PDF that inflates into a
    huge text is refused instead of filling memory.
    """
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF (a password is needed)", subject=name)
        pages = _page_texts(reader, name=name, max_chars=max_chars)
        info = reader.metadata
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"unreadable PDF ({exc})", subject=name) from exc
    except Exception as exc:  # pypdf raises many internal errors on damaged files
        raise InputError(f"unreadable PDF ({exc.__class__.__name__})", subject=name) from exc
    if not any(page.strip() for page in pages):
        raise InputError("PDF has no text layer (scanned image?)", subject=name)
    text = "\n".join(_without_running_lines(pages))
    title = (info.title if info else None) or None
    author = (info.author if info else None) or None
    document = clean_text(
        text,
        title=title.strip() if title else None,
        author=author.strip() if author else None,
        fmt="pdf",
        wrapped=True,
    )
    if document.published is None:
        # The file's creation date is when it was exported, often long after the
        # date printed on its first page; it serves only when the page has none.
        created = info.creation_date if info else None
        fallback = created.date() if created else None
        fallback = fallback or (parse_date(info.get("/Date", "")) if info else None)
        document = replace(document, published=fallback)
    return document


def _page_texts(reader: PdfReader, *, name: str, max_chars: int) -> list[str]:
    pages: list[str] = []
    total = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        total += len(text)
        if total > max_chars:
            raise InputError(
                f"PDF text is over the limit of {max_chars:,} characters", subject=name
            )
        pages.append(text)
    return pages


def _without_running_lines(pages: list[str]) -> list[str]:
    """Drop page numbers and lines that repeat on most pages (running heads), also
    when each carries its own page number ("Research Briefing 2025-61-E | ... 2/4")."""
    page_lines = [[line.strip() for line in page.split("\n")] for page in pages]
    counts = Counter(_unnumbered(line) for lines in page_lines for line in set(lines) if line)
    threshold = max(2, (len(pages) + 1) // 2)
    kept: list[str] = []
    for lines in page_lines:
        for line in lines:
            running = len(pages) > 2 and counts[_unnumbered(line)] >= threshold
            if _PAGE_NUMBER.match(line) or running:
                continue
            kept.append(line)
    return kept


def _unnumbered(line: str) -> str:
    """A line without the page number a running footer ends with."""
    return _TRAILING_PAGE_NUMBER.sub("", line)
