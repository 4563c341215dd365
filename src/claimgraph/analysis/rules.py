"""The rules of consolidation and grading, read from ``data/grading.yaml``.

Thresholds an analyst may want to argue about (how many sources confirm,
how long a window makes two estimates comparable, how similar two names or
two articles must be) live in that file, checked on load: a wrong value is a
:class:`~claimgraph.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from claimgraph.data import data_path
from claimgraph.errors import DataFileError
from claimgraph.nlp.gazetteer import (
    compose_file,
    data_error,
    mapping_fields,
    sequence_items,
    text_value,
)

RELIABILITY_LETTERS = "ABCDEF"


@dataclass(frozen=True)
class Rules:
    """Every threshold consolidation uses, with the file's defaults."""

    confirmed_min_sources: int = 2
    probable_min_reliability: str = "C"
    window_days: int = 183
    approx_tolerance: float = 0.1
    rejected_predicates: tuple[str, ...] = ()
    shingle_words: int = 5
    permutations: int = 128
    bands: int = 32
    near_duplicate_threshold: float = 0.6
    fuzzy_min_ratio: float = 90.0
    skeleton_min_ratio: float = 80.0
    acronym_skip_words: frozenset[str] = frozenset()
    pledge_tests: tuple[str, ...] = ()


_SECTIONS = {
    "credibility": {"confirmed_min_sources", "probable_min_reliability"},
    "contradictions": {"window_days", "approx_tolerance", "rejected_predicates"},
    "near_duplicates": {"shingle_words", "permutations", "bands", "threshold"},
    "resolution": {"fuzzy_min_ratio", "skeleton_min_ratio", "acronym_skip_words"},
    "briefs": {"pledge_tests"},
}


def load_rules(path: Path | str | None = None) -> Rules:
    """The rules from ``path``, or the shipped file (read once per process)."""
    if path is None:
        return _load_default()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _load_default() -> Rules:
    return _read(data_path("grading.yaml"))


def _read(path: Path) -> Rules:
    """Check every section and field of the file, then build the rules."""
    root = mapping_fields(path, compose_file(path), "the file")
    fields: dict[str, yaml.Node] = {}
    for section, names in _SECTIONS.items():
        if section not in root:
            raise DataFileError(f"file has no '{section}' section", subject=f"{path}:1")
        items = mapping_fields(path, root[section], f"'{section}'")
        for name in sorted(set(items) - names):
            raise data_error(path, items[name], f"unknown field '{name}' in '{section}'")
        for name in sorted(names - set(items)):
            raise data_error(path, root[section], f"'{section}' has no '{name}'")
        fields.update({f"{section}.{name}": node for name, node in items.items()})
    for name in sorted(set(root) - set(_SECTIONS)):
        raise data_error(path, root[name], f"unknown section '{name}'")
    window = _number(path, fields["contradictions.window_days"], "window_days", 1, 36_500)
    ratio = _number(path, fields["near_duplicates.threshold"], "threshold", 0.05, 1.0)
    permutations = int(
        _number(path, fields["near_duplicates.permutations"], "permutations", 8, 1024)
    )
    bands = int(_number(path, fields["near_duplicates.bands"], "bands", 1, permutations))
    if permutations % bands:
        raise data_error(path, fields["near_duplicates.bands"], "bands must divide permutations")
    return Rules(
        confirmed_min_sources=int(
            _number(
                path, fields["credibility.confirmed_min_sources"], "confirmed_min_sources", 2, 100
            )
        ),
        probable_min_reliability=_letter(
            path, fields["credibility.probable_min_reliability"], "probable_min_reliability"
        ),
        window_days=int(window),
        approx_tolerance=_number(
            path, fields["contradictions.approx_tolerance"], "approx_tolerance", 0.0, 0.5
        ),
        rejected_predicates=tuple(
            _words(path, fields["contradictions.rejected_predicates"], "rejected_predicates")
        ),
        shingle_words=int(
            _number(path, fields["near_duplicates.shingle_words"], "shingle_words", 1, 20)
        ),
        permutations=permutations,
        bands=bands,
        near_duplicate_threshold=ratio,
        fuzzy_min_ratio=_number(
            path, fields["resolution.fuzzy_min_ratio"], "fuzzy_min_ratio", 50, 100
        ),
        skeleton_min_ratio=_number(
            path, fields["resolution.skeleton_min_ratio"], "skeleton_min_ratio", 50, 100
        ),
        acronym_skip_words=frozenset(
            _words(path, fields["resolution.acronym_skip_words"], "acronym_skip_words")
        ),
        pledge_tests=tuple(_words(path, fields["briefs.pledge_tests"], "pledge_tests")),
    )


def _letter(path: Path, node: yaml.Node, what: str) -> str:
    """A reliability letter A-F."""
    value = text_value(path, node, what).upper()
    if len(value) != 1 or value not in RELIABILITY_LETTERS:
        raise data_error(path, node, f"{what} must be one of A, B, C, D, E, F")
    return value


def _number(path: Path, node: yaml.Node, what: str, low: float, high: float) -> float:
    """A number within ``[low, high]``."""
    raw = node.value if isinstance(node, yaml.ScalarNode) else None
    try:
        value = float(raw) if raw is not None and node.tag != "tag:yaml.org,2002:str" else None
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise data_error(path, node, f"{what} must be a number from {low:g} to {high:g}")
    return value


def _words(path: Path, node: yaml.Node, what: str) -> list[str]:
    """A list of lowercase words."""
    return [
        text_value(path, item, f"an item of {what}").lower()
        for item in sequence_items(path, node, what)
    ]


def reliability_rank(letter: str) -> int:
    """0 for A (most reliable) to 5 for F (cannot be judged)."""
    return RELIABILITY_LETTERS.index(letter)
