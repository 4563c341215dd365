"""The ingest workflow keeps going when one document breaks the extractor."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from claimgraph.config import Options
from claimgraph.model import Document, Extraction
from claimgraph.nlp.extract import Extractor, get_extractor
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.queries import list_documents
from claimgraph.workflow import ingest

POISON = "POISONED"


@pytest.mark.slow
def test_a_document_that_breaks_extraction_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No real text is known to crash the extractor, so one failure is injected for the test."""
    extractor = get_extractor()
    real_extract = Extractor.extract

    def extract(self: Extractor, document: Document) -> Extraction:
        if POISON in document.body:
            raise ValueError("cannot read this one")
        return real_extract(self, document)

    def extract_many(
        self: Extractor, documents: Iterable[Document], **_: object
    ) -> Iterator[Extraction]:
        for document in documents:
            yield extract(self, document)

    monkeypatch.setattr(Extractor, "extract", extract)
    monkeypatch.setattr(Extractor, "extract_many", extract_many)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, text in enumerate(["The Taliban met envoys in Doha.", f"{POISON} text here.",
                                   "ISIS-K has about 2,000 fighters, officials said."]):  # fmt: skip
        (corpus / f"{number}.txt").write_text(text, encoding="utf-8")
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    migrate(engine)
    results = ingest([corpus], engine=engine, options=Options(model=None))
    by_name = {Path(result.name).name: result for result in results}
    assert {name: result.status for name, result in by_name.items()} == {
        "0.txt": "stored",
        "1.txt": "failed",
        "2.txt": "stored",
    }
    assert by_name["1.txt"].error == "extraction failed (ValueError: cannot read this one)"
    assert len(list_documents(engine)) == 2
    assert extractor is get_extractor()
