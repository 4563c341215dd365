"""A folder of hostile inputs next to good ones, as scrapers deliver them."""

from __future__ import annotations

import json
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

GOOD_SENTENCE = "The Taliban said ISIS-K has lost ground in Nangarhar province this year."
FIFTY_MB = 50 * 1024 * 1024


def _pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def write_bad_inputs(folder: Path) -> dict[str, str | None]:
    """Write every case; map file name -> expected refusal reason (None: processed)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[bytes, str | None]] = {
        "empty.txt": (b"", "empty file"),
        "binary-renamed.txt": (bytes(range(256)) * 64, "binary content, not text"),
        "binary-renamed.html": (b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary content, not text"),
        "truncated.pdf": (_pdf_bytes(GOOD_SENTENCE)[:300], "unreadable PDF"),
        "nested.html": (
            (
                "<html><body>" + "<div>" * 10_000 + f"<p>{GOOD_SENTENCE}</p>" + "</div>" * 10_000
            ).encode(),
            None,
        ),
        "utf16.txt": (f"{GOOD_SENTENCE}\n".encode("utf-16"), None),
        "cp1252.txt": (
            "The group’s café meeting in Kabul was “secret”, officials said.\n".encode("cp1252"),
            None,
        ),
        "mixed-endings.txt": (
            f"{GOOD_SENTENCE}\r\nSecond line of the report.\rThird one.\n".encode(),
            None,
        ),
        "nul-bytes.txt": (f"{GOOD_SENTENCE}\x00 More text here follows.".encode(), None),
        "rtl-names.txt": (
            "The leader, \u202eAbu\u202c Omar\u200f, met \u0007envoys in Kabul on Tuesday.\n".encode(),
            None,
        ),
        "huge.txt": (b"", "over the limit"),
    }
    pdf = _pdf_bytes(GOOD_SENTENCE)
    writer = PdfWriter(clone_from=PdfReader(_as_file(folder / "plain.pdf", pdf)))
    writer.encrypt(user_password="secret", owner_password="owner")
    with (folder / "encrypted.pdf").open("wb") as handle:
        writer.write(handle)
    (folder / "plain.pdf").unlink()
    expected: dict[str, str | None] = {"encrypted.pdf": "encrypted PDF"}
    for name, (data, reason) in cases.items():
        if name == "huge.txt":
            _write_huge(folder / name)
        else:
            (folder / name).write_bytes(data)
        expected[name] = reason
    record = {"title": "One", "text": GOOD_SENTENCE, "outlet": "Wire", "published": "2024-01-02"}
    (folder / "dump.jsonl").write_text(
        json.dumps(record) + "\n{broken\n" + json.dumps({**record, "text": "Second line."}) + "\n",
        encoding="utf-8",
    )
    expected["dump.jsonl"] = None
    expected["dump.jsonl:2"] = "broken JSON"
    return expected


def _as_file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _write_huge(path: Path) -> None:
    """50 MB of prose, written in chunks so the test itself stays small in memory."""
    line = (GOOD_SENTENCE + "\n").encode()
    with path.open("wb") as handle:
        written = 0
        while written < FIFTY_MB:
            handle.write(line * 1000)
            written += len(line) * 1000
