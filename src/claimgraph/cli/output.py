"""Print rows as a Rich table, JSON lines or CSV, the three formats every listing takes."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimgraph.errors import ClaimgraphError

P = ParamSpec("P")
R = TypeVar("R")
console = Console()
err_console = Console(stderr=True)


LONG_COLUMNS = frozenset({"sentence", "title", "line"})


class Format(StrEnum):
    """Output formats of listing commands."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str],
    title: str | None = None,
) -> None:
    """Write ``rows`` in ``fmt``; tables and CSV show ``columns``, JSONL the whole row."""
    if fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(flat(row).get(column)) for column in columns])
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            # Long text (sentences, titles, lines) takes the room; short fields never wrap.
            if column.split(".")[-1] in LONG_COLUMNS:
                table.add_column(column, overflow="fold", min_width=40)
            else:
                table.add_column(column, overflow="ellipsis", no_wrap=True, max_width=20)
        for row in rows:
            flat_row = flat(row)
            table.add_row(*(_cell(flat_row.get(column)) for column in columns))
        console.print(table)


def flat(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested dicts into dotted keys ("subject.name")."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flat(value, f"{name}."))
        else:
            out[name] = value
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    return str(value)


def fail(message: str) -> None:
    """One line on stderr for a person."""
    err_console.print(f"[red]error[/red]: {escape(message)}", highlight=False, soft_wrap=True)


def handled(command: Callable[P, R]) -> Callable[P, R]:
    """Turn library errors raised by a command into one line and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ClaimgraphError as exc:
            fail(str(exc))
            raise typer.Exit(code=1) from exc

    return wrapper
