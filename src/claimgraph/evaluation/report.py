"""Show an evaluation for a person: Rich tables in a terminal, Markdown in docs.

Both renderings read the JSON shape of :meth:`EvalReport.to_json`, so a
report loaded back from ``claimgraph eval --json`` (as ``scripts/quality.py``
does) renders exactly like one computed in process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from claimgraph.evaluation.score import EvalReport

ReportLike = EvalReport | Mapping[str, Any]

MISS_COLUMNS: tuple[str, ...] = ("doc", "type", "predicate", "subject", "object", "evidence")
FALSE_POSITIVE_COLUMNS: tuple[str, ...] = (
    "doc",
    "type",
    "predicate",
    "subject",
    "object",
    "source",
    "sentence",
)
PAIR_COLUMNS: tuple[str, ...] = (
    "doc",
    "type",
    "subject",
    "object",
    "gold_source",
    "predicted_source",
    "gold_value",
    "predicted_value",
    "evidence",
)


def format_score(value: float | None) -> str:
    """Three decimals, or "n/a" when the score has no denominator."""
    return "n/a" if value is None else f"{value:.3f}"


def _as_json(report: ReportLike, *, errors: bool = False) -> Mapping[str, Any]:
    """The JSON view of a report, whichever form it was given in."""
    if isinstance(report, EvalReport):
        return report.to_json(errors=errors)
    return report


def score_rows(report: ReportLike) -> list[tuple[str, str, str, str, str]]:
    """Rows (name, precision, recall, F1, support) for each type, then micro."""
    data = _as_json(report)
    rows = [
        (
            name,
            format_score(scores.get("precision")),
            format_score(scores.get("recall")),
            format_score(scores.get("f1")),
            str(scores.get("support", 0)),
        )
        for name, scores in data["types"].items()
    ]
    micro = data["micro"]
    total = sum(int(scores.get("support", 0)) for scores in data["types"].values())
    rows.append(
        (
            "micro",
            format_score(micro.get("precision")),
            format_score(micro.get("recall")),
            format_score(micro.get("f1")),
            str(total),
        )
    )
    return rows


def summary_rows(report: ReportLike) -> list[tuple[str, str]]:
    """The single-number scores that sit under the per-type table."""
    data = _as_json(report)
    boilerplate = data.get("boilerplate") or {}
    return [
        ("attribution accuracy", format_score(data.get("attribution_accuracy"))),
        ("value accuracy", format_score(data.get("value_accuracy"))),
        ("boilerplate precision", format_score(boilerplate.get("precision"))),
        ("boilerplate recall", format_score(boilerplate.get("recall"))),
    ]


def score_table(report: ReportLike) -> Table:
    """Per-type precision, recall, F1 and support, with the micro row last."""
    data = _as_json(report)
    table = Table(title=f"claimgraph eval: {data['split']} ({data['documents']} documents)")
    table.add_column("type")
    for name in ("precision", "recall", "F1", "support"):
        table.add_column(name, justify="right")
    rows = score_rows(data)
    for row in rows[:-1]:
        table.add_row(*row)
    table.add_section()
    table.add_row(*rows[-1], style="bold")
    return table


def summary_table(report: ReportLike) -> Table:
    """Attribution, value and boilerplate scores, one per line."""
    table = Table(show_header=False, box=None)
    table.add_column("score")
    table.add_column("value", justify="right")
    for name, value in summary_rows(report):
        table.add_row(name, value)
    return table


def _cell(value: Any) -> str:
    """A table cell for a JSON value (lists are value ranges)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "..".join(_number(part) for part in value)
    return str(value)


def _number(value: Any) -> str:
    """A value bound: whole numbers without ".0", an open bound as nothing."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def rows_table(title: str, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> Table:
    """A titled table of error rows, sentences wrapped in the last column."""
    table = Table(title=f"{title} ({len(rows)})", show_lines=True)
    for name in columns:
        if name in {"evidence", "sentence"}:
            table.add_column(name, ratio=3, overflow="fold")
        else:
            table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(name)) for name in columns))
    return table


def error_tables(report: ReportLike) -> list[Table]:
    """Misses, false positives, then matched claims with a wrong source or value."""
    data = _as_json(report, errors=True)
    listings = data.get("errors") or {}
    return [
        rows_table("misses", MISS_COLUMNS, listings.get("misses", [])),
        rows_table("false positives", FALSE_POSITIVE_COLUMNS, listings.get("false_positives", [])),
        rows_table("wrong source", PAIR_COLUMNS, listings.get("attribution", [])),
        rows_table("wrong value", PAIR_COLUMNS, listings.get("values", [])),
    ]


def render(report: ReportLike, *, errors: bool = False) -> RenderableType:
    """Everything ``claimgraph eval`` prints: scores, and the error listings on demand."""
    parts: list[RenderableType] = [score_table(report), summary_table(report)]
    if errors:
        parts.extend(error_tables(report))
    data = _as_json(report)
    missing = (data.get("counts") or {}).get("missing_bodies") or []
    if missing:
        parts.append(Text(f"no clean body for: {', '.join(missing)}", style="yellow"))
    return Group(*parts)


def markdown_table(report: ReportLike) -> str:
    """The per-type table and the summary scores as GitHub Markdown."""
    data = _as_json(report)
    lines = [
        "| type | precision | recall | F1 | support |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, precision, recall, f1, support in score_rows(data):
        label = f"**{name}**" if name == "micro" else name
        lines.append(f"| {label} | {precision} | {recall} | {f1} | {support} |")
    lines += ["", "| score | value |", "| --- | ---: |"]
    lines += [f"| {name} | {value} |" for name, value in summary_rows(data)]
    return "\n".join(lines) + "\n"
