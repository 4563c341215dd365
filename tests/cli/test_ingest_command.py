"""The ingest, clean and listing commands, run in-process against real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli.app import app

BODY = [
    "A report by the UN Monitoring Team said ISIS-K has between 4,000 and 6,000 fighters in "
    "Afghanistan.",
    "The Taliban paid al Qaeda monthly welfare payments, the report said.",
    "Zabihullah Mujahid, a spokesman for the Taliban, rejected the findings as baseless.",
]
HTML = """<html><head><title>Report on ISIS-K</title>
<meta property="og:site_name" content="Global Wire Service"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Report on ISIS-K</h1><p>{}</p><p>{}</p><p>{}</p></article>
<footer><p>© 2024 Global Wire Service</p></footer></body></html>""".format(*BODY)
TEXT = "Report on ISIS-K\nViews 2K\n{}\nADVERTISEMENT FOR ANOTHER STORY HERE\n{}\n{}\nX\n".format(
    *BODY
)

runner = CliRunner()


@pytest.fixture
def db(db_url: str) -> str:
    return db_url


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def jsonl(*args: str) -> list[dict[str, object]]:
    code, output = invoke(*args, "--format", "jsonl")
    assert code == 0, output
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.slow
def test_same_article_as_html_and_text_is_stored_once(tmp_path: Path, db: str) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, output = invoke("ingest", str(tmp_path / "a.html"), "--db", db)
    assert code == 0, output
    code, output = invoke("ingest", str(tmp_path / "a.txt"), str(tmp_path / "a.html"), "--db", db)
    assert code == 0, output
    assert len(jsonl("documents", "--db", db)) == 1
    assert "documents unchanged" in output


@pytest.mark.slow
def test_bad_file_among_good_ones(tmp_path: Path, db: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    missing = tmp_path / "missing.html"
    code, output = invoke("ingest", str(junk), str(missing), str(good), "--db", db)
    assert code == 1
    error_lines = [line for line in output.splitlines() if line.startswith("error:")]
    assert error_lines == [
        f"error: {junk}: binary content, not text",
        f"error: {missing}: no such file",
    ]
    (document,) = jsonl("documents", "--db", db)
    assert document["path"] == str(good)


@pytest.mark.slow
def test_claims_jsonl_rows_carry_ids_that_show_accepts(tmp_path: Path, db: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    assert invoke("ingest", str(corpus), "--db", db)[0] == 0
    (document,) = jsonl("documents", "--db", db)
    code, output = invoke("show", str(document["id"]), "--format", "json", "--db", db)
    assert code == 0, output
    shown = json.loads(output)
    assert shown["body"] == "\n\n".join(BODY)
    assert {item["reason"] for item in shown["dropped"]} >= {
        "counter",
        "promo headline",
        "ui glyph",
    }
    claims = jsonl("claims", "--db", db)
    assert claims == shown["claims"]
    for claim in claims:
        evidence = claim["evidence"]
        assert shown["body"][evidence["start"] : evidence["end"]] == evidence["sentence"]
        assert claim["document"]["id"] == document["id"]


def test_clean_prints_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Written By FRONTLINE DISPATCH | Sunday, 18 June 2023 12:00 PM\n" + TEXT)
    code, output = invoke("clean", str(path), "--format", "json")
    assert code == 0, output
    cleaned = json.loads(output)
    assert set(cleaned) >= {"title", "outlet", "author", "published", "url", "body", "dropped"}
    assert cleaned["published"] == "2023-06-18"
    assert cleaned["outlet"] == "Frontline Dispatch"
    assert cleaned["body"] == "\n\n".join(BODY)
    assert {"line": "Views 2K", "reason": "counter"} in cleaned["dropped"]


def test_clean_of_a_bad_file_is_one_line_and_status_1(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, output = invoke("clean", str(path))
    assert code == 1
    assert output.strip() == f"error: {path}: empty file"


def test_listings_on_an_empty_database(db: str) -> None:
    for command in ("documents", "actors", "claims"):
        assert jsonl(command, "--db", db) == []
        code, output = invoke(command, "--db", db, "--format", "csv")
        assert code == 0 and output.splitlines()[0].startswith(
            "id," if command != "claims" else "type,"
        )


def test_unknown_document_is_one_line(db: str) -> None:
    code, output = invoke("show", "0123456789abcdef", "--db", db)
    assert code == 1
    assert output.strip() == "error: 0123456789abcdef: no such document"
