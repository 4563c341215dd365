"""Tell a file's format from its content, the extension only breaking ties.

Scraped files are often misnamed: HTML saved as .txt, JSONL as .json, a PDF
with no extension. The bytes say what they are.
"""

from __future__ import annotations

import json
import re

from claimgraph.ingest.subtitles import CUE_TIME

_HTML = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.I)
_MARKDOWN = re.compile(r"^(?:#{1,6}\s|---\s*$|\s*[-*]\s+\S|.*\[[^\]]+\]\([^)]+\))", re.M)
_CUE_TIMING = re.compile(rf"^{CUE_TIME}\s+-->", re.M)
_MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown")


def sniff(data: bytes, name: str) -> str:
    """One of ``pdf``, ``html``, ``jsonl``, ``markdown``, ``text``."""
    head = data[:4096].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if _looks_jsonl(head):
        return "jsonl"
    if _HTML.search(head[:1024]):
        return "html"
    if name.lower().endswith(_MARKDOWN_EXTENSIONS):
        return "markdown"
    text = head.decode("utf-8", errors="ignore")
    if len(_CUE_TIMING.findall(text)) < 2 and looks_like_markdown(text):
        return "markdown"  # a subtitle track's "- " speaker marks are no Markdown list
    return "text"


def _looks_jsonl(head: bytes) -> bool:
    """The first line is a complete JSON object."""
    if not head.startswith(b"{"):
        return False
    first = head.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def looks_like_markdown(text: str) -> bool:
    """Markdown structure in text with no telling extension (headings, links)."""
    return len(_MARKDOWN.findall(text[:4096])) >= 2
