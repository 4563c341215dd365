"""Streaming JSONL files, compressed or not: same documents as the whole-file reader."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.jsonl import read_jsonl, read_jsonl_file
from claimgraph.model import Document

RECORDS = [
    {
        "url": "https://wire.example/1",
        "title": "Border clashes",
        "text": "Al-Shabaab fighters attacked a base near Kismayo, officials said.",
        "published": "2023-05-02",
        "outlet": "Wire",
    },
    {"title": "Second", "text": "Boko Haram has about 2,000 fighters, the army estimated."},
]
LIMIT = 100_000


def write(path: Path, lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_streamed_documents_equal_whole_file_reading(tmp_path: Path, name: str) -> None:
    lines = [json.dumps(record) for record in RECORDS]
    path = tmp_path / name
    write(path, lines)
    streamed = list(read_jsonl_file(path, max_line_bytes=LIMIT))
    expected = list(read_jsonl("\n".join(lines), name=str(path)))
    assert [d.id for d in streamed if isinstance(d, Document)] == [
        d.id for d in expected if isinstance(d, Document)
    ]
    assert all(isinstance(d, Document) and d.path == str(path) for d in streamed)
    first = streamed[0]
    assert isinstance(first, Document)
    assert (first.url, first.outlet, first.published.isoformat() if first.published else None) == (
        "https://wire.example/1",
        "Wire",
        "2023-05-02",
    )


def test_bad_lines_are_named_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    long_record = json.dumps({"text": "word " * 400})
    write(
        path, [json.dumps(RECORDS[0]), "{broken", "", "[1, 2]", long_record, json.dumps(RECORDS[1])]
    )
    items = list(read_jsonl_file(path, max_line_bytes=1_000))
    assert [str(item) for item in items if isinstance(item, InputError)] == [
        f"{path}:2: broken JSON (Expecting property name enclosed in double quotes)",
        f"{path}:4: JSONL line is not an object",
        f"{path}:5: line is over the limit of 1,000 bytes",
    ]
    assert sum(isinstance(item, Document) for item in items) == 2


def test_missing_and_corrupt_files_are_one_error_each(tmp_path: Path) -> None:
    corrupt = tmp_path / "cut.jsonl.gz"
    corrupt.write_bytes(gzip.compress(b'{"text": "A line."}\n' * 50)[:-12])
    missing = tmp_path / "missing.jsonl"
    (error,) = list(read_jsonl_file(missing, max_line_bytes=LIMIT))
    assert str(error) == f"{missing}: no such file"
    items = list(read_jsonl_file(corrupt, max_line_bytes=LIMIT))
    assert isinstance(items[-1], InputError) and items[-1].subject == str(corrupt)
