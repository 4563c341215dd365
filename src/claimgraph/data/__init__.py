"""The data files shipped with claimgraph (gazetteer, trigger lexicon, outlet ratings,
grading rules, presence model) and the one way they are found and read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from claimgraph.errors import DataFileError


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``claimgraph/data``."""
    return Path(str(resources.files("claimgraph.data").joinpath(name)))


def read_data_file(path: Path | str) -> str:
    """The text of a data file, or a DataFileError naming the file and why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DataFileError(f"cannot read: {reason}", subject=str(path)) from exc


def read_json_file(path: Path | str) -> Any:
    """The decoded JSON of a data file, or a DataFileError naming the file and where the
    JSON breaks."""
    text = read_data_file(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"not JSON: {exc.msg} at line {exc.lineno}", subject=str(path)) from exc


def json_object(data: Any, keys: Iterable[str], path: str) -> dict[str, Any]:
    """``data`` as a JSON object that holds every one of ``keys``, or a DataFileError
    naming the first one missing."""
    if not isinstance(data, dict):
        raise DataFileError("expected a JSON object", subject=path)
    for key in keys:
        if key not in data:
            raise DataFileError(f"missing key {key!r}", subject=path)
    return data


def is_number(value: object) -> bool:
    """Whether a decoded JSON value is a number (``true`` is not)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def model_threshold(value: object, path: str) -> float:
    """A learned model file's score to keep from: a number strictly between 0 and 1."""
    if not is_number(value) or not 0.0 < value < 1.0:  # type: ignore[operator]
        raise DataFileError("'threshold' must be a number between 0 and 1", subject=path)
    return float(value)  # type: ignore[arg-type]
