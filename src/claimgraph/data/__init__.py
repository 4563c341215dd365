"""The data files shipped with claimgraph (gazetteer, trigger lexicon, outlet ratings,
grading rules, presence model) and the one way they are found and read."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

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
