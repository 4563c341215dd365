"""Claims and assertions as flat tables: CSV and Parquet.

Columns are the keys of the JSONL contracts, nested objects flattened into
dotted names (``subject.name``, ``value.min``), in contract order. Parquet
keeps lists as list columns and numbers and booleans typed; CSV writes a
list as a JSON array (grade reasons contain semicolons, so joining would be
ambiguous), booleans as ``true``/``false`` and a missing value as an empty cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimgraph.export.data import ExportData

_ACTOR = ("id", "name", "kind")
_STRING, _FLOAT, _INT, _BOOL, _LIST = (
    pa.string(),
    pa.float64(),
    pa.int64(),
    pa.bool_(),
    pa.list_(pa.string()),
)
CLAIM_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("id", _STRING),
    ("type", _STRING),
    ("predicate", _STRING),
    *((f"subject.{k}", _STRING) for k in _ACTOR),
    *((f"object.{k}", _STRING) for k in _ACTOR),
    ("value.min", _FLOAT),
    ("value.max", _FLOAT),
    ("value.approx", _BOOL),
    ("value.qualifier", _STRING),
    ("polarity", _STRING),
    ("hedged", _BOOL),
    ("when", _STRING),
    ("source.name", _STRING),
    ("source.kind", _STRING),
    ("source.affiliation", _STRING),
    *((f"document.{k}", _STRING) for k in ("id", "title", "outlet", "url", "published", "path")),
    ("evidence.sentence", _STRING),
    ("evidence.start", _INT),
    ("evidence.end", _INT),
    ("reader", _STRING),
    ("confidence", _FLOAT),
)
ASSERTION_COLUMNS: tuple[tuple[str, pa.DataType], ...] = (
    ("id", _STRING),
    ("type", _STRING),
    ("predicate", _STRING),
    ("polarity", _STRING),
    *((f"subject.{k}", _STRING) for k in _ACTOR),
    *((f"object.{k}", _STRING) for k in _ACTOR),
    ("value.min", _FLOAT),
    ("value.max", _FLOAT),
    ("sources", _INT),
    ("source_names", _LIST),
    ("relays", _INT),
    ("documents", _INT),
    ("first_seen", _STRING),
    ("last_seen", _STRING),
    ("hedged", _BOOL),
    ("disputed", _BOOL),
    ("disputed_by", _LIST),
    ("grade", _STRING),
    ("grade_reasons", _LIST),
    ("claims", _LIST),
)
TABLES = ("claims", "assertions")


def flat(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted keys; a null nested object leaves its columns missing."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flat(value, f"{name}."))
        else:
            out[name] = value
    return out


def columns_of(table: str) -> tuple[tuple[str, pa.DataType], ...]:
    """Column names and Arrow types of ``claims`` or ``assertions``."""
    return CLAIM_COLUMNS if table == "claims" else ASSERTION_COLUMNS


def rows_of(data: ExportData, table: str) -> list[dict[str, Any]]:
    """The flattened rows of one table, in export order."""
    records: Iterable[Mapping[str, Any]] = (
        data.claims.values() if table == "claims" else data.assertions
    )
    return [flat(record) for record in records]


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row, lists as JSON arrays."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return str(value)


def arrow_table(rows: Sequence[Mapping[str, Any]], table: str) -> pa.Table:
    """An Arrow table with the fixed schema of ``table`` (also when there are no rows)."""
    columns = columns_of(table)
    schema = pa.schema([pa.field(name, kind) for name, kind in columns])
    arrays = [
        pa.array([_typed(row.get(name), kind) for row in rows], type=kind) for name, kind in columns
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _typed(value: Any, kind: pa.DataType) -> Any:
    """A contract value as the column type wants it (whole numbers arrive as int)."""
    if value is None:
        return None
    if kind == _FLOAT:
        return float(value)
    if kind == _LIST:
        return [str(item) for item in value]
    return value


def write_table(data: ExportData, path: Path, *, table: str, fmt: str) -> int:
    """Write ``claims`` or ``assertions`` as ``csv`` or ``parquet``; return the row count."""
    rows = rows_of(data, table)
    if fmt == "csv":
        names = [name for name, _ in columns_of(table)]
        path.write_text(csv_text(rows, names), encoding="utf-8")
    else:
        pq.write_table(arrow_table(rows, table), path, compression="zstd")
    return len(rows)
