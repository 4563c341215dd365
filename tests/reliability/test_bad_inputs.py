"""Hostile inputs: each is processed or refused with one line; the others proceed."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from bad_inputs import write_bad_inputs

from claimgraph.config import DEFAULT_MAX_DOCUMENT_BYTES
from claimgraph.errors import InputError
from claimgraph.ingest.reader import read_documents
from claimgraph.model import Document


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str | None]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, write_bad_inputs(folder)


def test_every_input_is_processed_or_refused_in_one_run(
    bad_folder: tuple[Path, dict[str, str | None]],
) -> None:
    folder, expected = bad_folder
    seen: dict[str, str | None] = {}
    for item in read_documents([folder], max_bytes=DEFAULT_MAX_DOCUMENT_BYTES):
        if isinstance(item, InputError):
            assert item.subject is not None
            name = Path(item.subject).name
            assert "\n" not in str(item), str(item)
            seen[name] = item.reason
        else:
            assert isinstance(item, Document) and item.body.strip()
            seen.setdefault(Path(item.path or "").name, None)
    assert set(seen) == set(expected)
    for name, reason in expected.items():
        if reason is None:
            assert seen[name] is None, f"{name} refused: {seen[name]}"
        else:
            assert seen[name] is not None and reason in seen[name], (name, seen[name])


def test_invisible_characters_are_removed_from_names(
    bad_folder: tuple[Path, dict[str, str | None]],
) -> None:
    folder, _ = bad_folder
    (document,) = read_documents([folder / "rtl-names.txt"], max_bytes=10_000)
    assert isinstance(document, Document)
    assert document.body == "The leader, Abu Omar, met envoys in Kabul on Tuesday."


def test_memory_stays_bounded_on_a_huge_file(
    bad_folder: tuple[Path, dict[str, str | None]],
) -> None:
    """The 50 MB file is refused by its size before it is read into memory."""
    folder, _ = bad_folder
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    (item,) = read_documents([folder / "huge.txt"], max_bytes=DEFAULT_MAX_DOCUMENT_BYTES)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert isinstance(item, InputError)
    assert (after - before) < 20 * 1024  # KiB: far less than the file's 50 MB


def test_a_raised_limit_reads_a_big_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"The group held several meetings in Kabul this year.\n" * 40_000)
    (item,) = read_documents([path], max_bytes=4_000_000)
    assert isinstance(item, Document)
    assert item.body.count("\n\n") == 39_999
