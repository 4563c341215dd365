"""The trigger lexicon loads, and a broken file is reported with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import DataFileError
from claimgraph.model import RELATION_PREDICATES
from claimgraph.nlp.lexicon import default_path, load_lexicon, parse_lexicon


def test_the_packaged_lexicon_covers_every_relation_predicate() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.relations) == set(RELATION_PREDICATES)
    categories = {t.category for t in lexicon.triggers}
    assert categories == {"relation", "presence", "pledge", "denial"}
    assert ("fighter",) in lexicon.units


def _broken(old: str, new: str) -> str:
    """The packaged lexicon with one edit."""
    text = default_path().read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    """1-based line of the first occurrence of ``fragment``."""
    return text[: text.index(fragment)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("  ally:\n", "  friend_of:\n", "unknown relation predicate 'friend_of'"),
        (
            "    subject_kinds: [armed_group, organization, state, person]\n",
            "    subject_kinds: [armed_group, militia]\n",
            "unknown actor kind 'militia'",
        ),
        ("  modals: [may, might, could]", "  modals: []", "expected a non-empty list"),
        ("  modals: [may, might, could]", "  modals: [may]\n  moods: [may]", "unknown key 'moods'"),
        (
            '{phrase: "receive funding", inverse: true}',
            '{phrase: "receive funding", inverse: maybe}',
            "expected true or false",
        ),
    ],
)
def test_a_broken_lexicon_names_file_and_line(old: str, new: str, reason: str) -> None:
    text = _broken(old, new)
    with pytest.raises(DataFileError) as caught:
        parse_lexicon(text, "triggers.yaml")
    error = caught.value
    assert error.subject == "triggers.yaml"
    assert reason in error.reason
    marker = new.strip().split("\n")[-1].strip()
    assert error.reason.startswith(f"line {_line_of(text, marker)}:")


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_lexicon(str(tmp_path / "absent.yaml"))
    with pytest.raises(DataFileError, match=r"line \d+: invalid YAML"):
        parse_lexicon("reporting: [unclosed\n", "t.yaml")
    with pytest.raises(DataFileError, match="missing key 'hedges'"):
        parse_lexicon("reporting: {}\n", "t.yaml")
