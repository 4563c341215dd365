"""Fixtures of the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import ARTICLE_BODY, ARTICLE_HTML, ARTICLE_TEXT, write_pdf


@pytest.fixture
def article_files(tmp_path: Path) -> dict[str, Path]:
    """The same article as HTML, as copied text and as a PDF."""
    html = tmp_path / "article.html"
    html.write_text(ARTICLE_HTML, encoding="utf-8")
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE_TEXT, encoding="utf-8")
    pdf = write_pdf(tmp_path / "report.pdf", ARTICLE_BODY)
    return {"html": html, "text": text, "pdf": pdf}
