"""Run the OASIS STIX validator on a file, offline, and read the warnings' codes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import stix2validator

ROOT = Path(__file__).resolve().parents[2]
_CODE = re.compile(r"\{(\d+)\}")


def no_network(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the validator tried to fetch something")


def validate(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """Errors and warnings of ``stix2-validator`` (STIX 2.1, references enforced)."""
    monkeypatch.setattr(stix2validator.validator.requests, "get", no_network)
    options = stix2validator.ValidationOptions(version="2.1", enforce_refs=True)
    result = stix2validator.validate_file(str(path), options)
    assert result.fatal is None, result.fatal
    errors: list[str] = []
    warnings: list[str] = []
    for obj in result.object_results:
        errors += [str(e) for e in obj.errors or []]
        warnings += [str(w) for w in obj.warnings or []]
    return errors, warnings


def warning_codes(warnings: list[str]) -> set[str]:
    """The check numbers ("{103}") the warnings carry; a warning without one counts as "?"."""
    codes = set()
    for warning in warnings:
        found = _CODE.search(warning)
        codes.add(found.group(1) if found else "?")
    return codes


def allowed_codes() -> set[str]:
    """The warning codes docs/exports.md lists (rows "| 103 | ..." of its validator table)."""
    text = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    section = text.split("## Validator warnings", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| (\d{3}) \|", section, flags=re.MULTILINE))
