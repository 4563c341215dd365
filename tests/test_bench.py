"""``claimgraph bench``: the JSON contract, the table, row selection and the ratios."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimgraph.bench import ROW_NAMES, Row, faster, parse_only, ratios
from claimgraph.cli.app import app
from claimgraph.errors import ClaimgraphError

ROW_KEYS = {"name", "docs", "words", "seconds", "docs_per_s", "words_per_s", "peak_rss_mb"}
RATIO_KEYS = {"extract_vs_spacy", "ingest_sqlite_vs_spacy", "dask2_vs_dask1"}
runner = CliRunner()


def bench_json(*args: str) -> dict[str, object]:
    result = runner.invoke(app, ["bench", "--json", *args])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert isinstance(report, dict)
    return report


def measured(report: dict[str, object]) -> dict[str, dict[str, object]]:
    rows = report["rows"]
    assert isinstance(rows, list)
    for row in rows:
        assert set(row) >= ROW_KEYS
    return {row["name"]: row for row in rows}


def assert_positive(row: dict[str, object]) -> None:
    assert row["skipped"] is None, row
    for key in ("docs", "words", "seconds", "docs_per_s", "words_per_s", "peak_rss_mb"):
        value = row[key]
        assert isinstance(value, int | float) and value > 0, (key, row)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (None, ("a", "b", "c", "c4", "d", "e1", "e2")),
        ("a,b,c", ("a", "b", "c")),
        ("C, a", ("a", "c")),
        ("e", ("e1", "e2")),
        ("e2,b,e", ("b", "e1", "e2")),
    ],
)
def test_only_selects_rows_in_table_order(text: str | None, keys: tuple[str, ...]) -> None:
    assert parse_only(text) == keys


def test_unknown_row_is_refused() -> None:
    with pytest.raises(ClaimgraphError, match="unknown row 'f'"):
        parse_only("a,f")
    result = runner.invoke(app, ["bench", "--only", "x"])
    assert result.exit_code == 1
    assert "unknown row 'x'" in result.output


def row(key: str, words_per_s: float | None) -> Row:
    return Row(name=ROW_NAMES[key], docs=10, words=1000, words_per_s=words_per_s)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [
                row("a", 1000.0),
                row("b", 800.0),
                row("c", 750.0),
                row("e1", 400.0),
                row("e2", 700.0),
            ],
            {"extract_vs_spacy": 0.8, "ingest_sqlite_vs_spacy": 0.75, "dask2_vs_dask1": 1.75},
        ),
        (
            [row("b", 800.0), row("c", 750.0), row("e2", 700.0)],
            {"extract_vs_spacy": None, "ingest_sqlite_vs_spacy": None, "dask2_vs_dask1": None},
        ),
        (
            [row("a", 1000.0), row("c", None)],
            {"extract_vs_spacy": None, "ingest_sqlite_vs_spacy": None, "dask2_vs_dask1": None},
        ),
    ],
)
def test_ratios(rows: list[Row], expected: dict[str, float | None]) -> None:
    assert ratios(rows) == expected


def test_repeated_runs_keep_the_fastest_and_the_largest_memory() -> None:
    slow = Row(name="a_spacy", docs=10, words=1000).timed(4.0, 300.0)
    quick = Row(name="a_spacy", docs=10, words=1000).timed(2.0, 280.0)
    skipped = Row(name="a_spacy", docs=10, words=1000, skipped="failed")
    kept = faster(faster(faster(None, slow), quick), skipped)
    assert (kept.seconds, kept.words_per_s, kept.peak_rss_mb) == (2.0, 500.0, 300.0)
    assert faster(skipped, slow) == slow


@pytest.mark.slow
def test_json_report_of_single_process_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMGRAPH_BENCH_PG", raising=False)
    report = bench_json("--docs", "3", "--only", "a,b,c,c4,d")
    rows = measured(report)
    assert list(rows) == [
        "a_spacy",
        "b_extract",
        "c_ingest_sqlite",
        "c4_ingest_sqlite",
        "d_ingest_postgresql",
    ]
    for name in ("a_spacy", "b_extract", "c_ingest_sqlite", "c4_ingest_sqlite"):
        assert_positive(rows[name])
    assert rows["a_spacy"]["words"] == rows["c_ingest_sqlite"]["words"]
    assert rows["c_ingest_sqlite"]["docs"] == 3 and rows["c4_ingest_sqlite"]["docs"] == 12
    assert "no PostgreSQL URL" in str(rows["d_ingest_postgresql"]["skipped"])
    assert rows["d_ingest_postgresql"]["seconds"] is None
    ratio_values = report["ratios"]
    assert isinstance(ratio_values, dict) and set(ratio_values) == RATIO_KEYS
    assert ratio_values["extract_vs_spacy"] > 0 and ratio_values["ingest_sqlite_vs_spacy"] > 0
    assert ratio_values["dask2_vs_dask1"] is None
    memory = report["memory"]
    assert isinstance(memory, dict)
    assert memory["ingest_docs_n"] == 3 and memory["ingest_docs_4n"] == 12


@pytest.mark.slow
@pytest.mark.dask
def test_json_report_of_dask_rows() -> None:
    report = bench_json("--docs", "4", "--only", "e")
    rows = measured(report)
    assert list(rows) == ["e1_dask", "e2_dask"]
    for value in rows.values():
        assert_positive(value)
    ratio_values = report["ratios"]
    assert isinstance(ratio_values, dict) and ratio_values["dask2_vs_dask1"] > 0


@pytest.mark.slow
@pytest.mark.postgres
def test_postgresql_row_runs_on_a_scratch_database(postgres: tuple[str, str] | None) -> None:
    if postgres is None:
        pytest.skip("no PostgreSQL server binaries on this machine")
    _admin, template = postgres
    report = bench_json(
        "--docs", "2", "--only", "d", "--pg-url", template.format(database="postgres")
    )
    assert_positive(measured(report)["d_ingest_postgresql"])


@pytest.mark.slow
def test_table_shows_rows_ratios_and_memory() -> None:
    result = runner.invoke(app, ["bench", "--docs", "2", "--only", "a,c,c4", "--repeat", "2"])
    assert result.exit_code == 0, result.output
    for text in ("a_spacy", "c_ingest_sqlite", "c4_ingest_sqlite", "ingest_sqlite_vs_spacy: "):
        assert text in result.stdout
    assert "peak RSS of SQLite ingest, 2 documents" in result.stdout
    assert "peak RSS of SQLite ingest, 8 documents" in result.stdout
