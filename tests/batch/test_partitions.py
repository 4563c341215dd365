"""Batch inputs become raw records on the client and the same documents on the worker."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from claimgraph.batch.partitions import (
    RawRecord,
    parse_record,
    partitions,
    raw_records,
    stream_kind,
)
from claimgraph.errors import InputError
from claimgraph.ingest.reader import read_documents
from claimgraph.model import Document

LIMIT = 1_000_000
TEXT = (
    "Clashes in Idlib\n\nHTS fighters shelled a village west of Idlib on Tuesday, residents said.\n"
)
LINES = [
    {"title": "One", "text": "ISWAP fighters raided a market near Maiduguri, the army said."},
    {"title": "Two", "text": "The Houthis said they fired drones at a ship in the Red Sea."},
]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.jsonl", "jsonl"),
        ("A.JSONL.GZ", "jsonl"),
        ("crawl.warc.gz", "warc"),
        ("crawl.warc", "warc"),
        ("page.html", "file"),
        ("notes.txt", "file"),
        ("archive.gz", "file"),
    ],
)
def test_stream_kind_by_name(name: str, kind: str) -> None:
    assert stream_kind(Path(name)) == kind


def test_directory_records_parse_to_the_reader_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(
        gzip.compress("\n".join(json.dumps(line) for line in LINES).encode())
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    records = list(raw_records([tmp_path, tmp_path / "missing.txt"], max_bytes=LIMIT))
    assert [(r.kind, Path(r.name).name) for r in records] == [
        ("file", "a.txt"),
        ("jsonl", "b.jsonl.gz:1"),
        ("jsonl", "b.jsonl.gz:2"),
        ("error", "empty.txt"),
        ("error", "missing.txt"),
    ]
    parsed = [item for record in records for item in parse_record(record)]
    documents = [item for item in parsed if isinstance(item, Document)]
    assert [str(e) for e in parsed if isinstance(e, InputError)] == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'missing.txt'}: no such file",
    ]
    (text_document,) = [d for d in read_documents([tmp_path / "a.txt"], max_bytes=LIMIT)]
    assert documents[0] == text_document
    assert [d.title for d in documents[1:]] == ["One", "Two"]
    assert {d.path for d in documents[1:]} == {str(tmp_path / "b.jsonl.gz")}


def test_a_file_over_the_limit_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(TEXT, encoding="utf-8")
    (record,) = list(raw_records([path], max_bytes=10))
    assert record.kind == "error" and record.data == b""
    assert record.error == f"file is {len(TEXT.encode()):,} bytes, over the limit of 10"


@pytest.mark.parametrize(
    ("count", "size", "sizes"), [(7, 3, [3, 3, 1]), (6, 3, [3, 3]), (0, 4, [])]
)
def test_partitions_group_in_order(count: int, size: int, sizes: list[int]) -> None:
    records = [RawRecord(kind="file", name=str(i), path=str(i)) for i in range(count)]
    groups = list(partitions(records, size))
    assert [len(group) for group in groups] == sizes
    assert [record for group in groups for record in group] == records
