"""Reading web archives: articles out, crawler furniture skipped, bad records named."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.errors import InputError
from claimgraph.ingest.warc import read_warc
from claimgraph.model import Document

ARTICLE = (
    "<html><head><title>Clashes near Kidal</title></head><body><article>"
    "<h1>Clashes near Kidal</h1>"
    "<p>The UN mission said JNIM fighters attacked an army convoy north of Kidal on Sunday.</p>"
    "<p>Local officials said the road to Gao stayed closed for three days afterwards.</p>"
    "</article></body></html>"
)
NOTE = "Field note\n\nResidents of Mopti said markets reopened after a week of curfew.\n"
LIMIT = 1_000_000


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str, ctype: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def write_archive(path: Path, *, gzip: bool) -> None:
    """An archive as crawlers write them: info, a request, articles, an error page, an image."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/kidal", "request", payload=io.BytesIO(b"GET /kidal\r\n\r\n")
            )
        )
        _response(writer, "https://news.example/kidal", ARTICLE.encode(), status="200 OK",
                  ctype="text/html; charset=utf-8")  # fmt: skip
        _response(writer, "https://news.example/gone", b"<html><body><p>Not found</p></body></html>",
                  status="404 Not Found", ctype="text/html")  # fmt: skip
        _response(writer, "https://news.example/map.png", b"\x89PNG\r\n", status="200 OK",
                  ctype="image/png")  # fmt: skip
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/note.txt",
                "resource",
                payload=io.BytesIO(NOTE.encode()),
                warc_content_type="text/plain",
            )
        )


@pytest.mark.parametrize("gzip", [True, False])
def test_articles_are_read_and_the_rest_skipped(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_archive(path, gzip=gzip)
    items = list(read_warc(path, max_bytes=LIMIT))
    assert all(isinstance(item, Document) for item in items), items
    documents = [item for item in items if isinstance(item, Document)]
    assert [d.url for d in documents] == [
        "https://news.example/kidal",
        "https://news.example/note.txt",
    ]
    assert {d.path for d in documents} == {str(path)}
    assert documents[0].title == "Clashes near Kidal"
    assert "JNIM fighters attacked an army convoy" in documents[0].body
    assert "Not found" not in " ".join(d.body for d in documents)
    assert documents[1].body == "Residents of Mopti said markets reopened after a week of curfew."


def test_a_record_over_the_limit_is_named_and_the_next_still_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, gzip=True)
    items = list(read_warc(path, max_bytes=len(ARTICLE) - 1))
    errors = [item for item in items if isinstance(item, InputError)]
    assert [str(e) for e in errors] == [
        f"{path}:3: record is over the limit of {len(ARTICLE) - 1:,} bytes"
    ]
    assert [d.url for d in items if isinstance(d, Document)] == ["https://news.example/note.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"this is not an archive at all\n" * 10, "not a readable WARC archive"),
        (None, "no such file"),
    ],
)
def test_unreadable_archive_is_one_error(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "broken.warc"
    if content is not None:
        path.write_bytes(content)
    (item,) = list(read_warc(path, max_bytes=LIMIT))
    assert isinstance(item, InputError)
    assert item.subject == str(path)
    assert item.reason.startswith(reason)
