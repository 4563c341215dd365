"""The trigger lexicon loads, and a broken file is reported with its file and line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimgraph.errors import DataFileError
from claimgraph.model import RELATION_PREDICATES
from claimgraph.nlp.extract import Extractor
from claimgraph.nlp.lexicon import SCHEMA, default_path, load_lexicon, parse_lexicon


def test_the_packaged_lexicon_covers_every_relation_predicate() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.relations) == set(RELATION_PREDICATES)
    categories = {t.category for t in lexicon.triggers}
    assert categories == {"relation", "presence", "pledge", "denial"}
    assert ("fighter",) in lexicon.units


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("role_nouns", {"spokesman", "official"}),
        ("placing_verbs", {"put", "peg", "place"}),
        ("speaker_nouns", {"spokesperson", "envoy"}),
        ("group_nouns", {"group", "faction"}),
        ("statement_nouns", {"statement", "communiqué"}),
        ("accusation_nouns", {"accusation", "allegation"}),
        ("accusing_verbs", {"accuse", "blame"}),
        ("fighting_words", {"fight", "hostility"}),
        ("listing_verbs", {"make", "compose"}),
        ("held_preps", {"of", "from", "to"}),
    ],
)
def test_the_reader_word_lists_load_from_the_lexicon(field: str, words: set[str]) -> None:
    """Word lists the readers once kept in code come from the packaged file."""
    assert words <= getattr(load_lexicon(), field)


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
        ("  placing_verbs: [put, peg, place]", "  placing_verbs: []", "expected a non-empty list"),
        (
            "  held_prepositions: [of, from, to]",
            "  held_prepositions: [of, {from: to}]",
            "expected a non-empty word",
        ),
        (
            "  group_nouns: [group,",
            "  group_noun: [group,",
            "unknown key 'group_noun'",
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


def test_a_missing_reader_word_list_is_named() -> None:
    """Every section key is required: dropping one fails on load, not in a reader."""
    text = _broken("  accusing_verbs: [accuse, allege, charge, blame, claim, assert]\n", "")
    with pytest.raises(DataFileError) as caught:
        parse_lexicon(text, "triggers.yaml")
    assert str(caught.value).startswith("triggers.yaml: line ")
    assert "missing key 'accusing_verbs'" in caught.value.reason


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_lexicon(str(tmp_path / "absent.yaml"))
    with pytest.raises(DataFileError, match=r"line \d+: invalid YAML"):
        parse_lexicon("reporting: [unclosed\n", "t.yaml")
    with pytest.raises(DataFileError, match="missing key 'hedges'"):
        parse_lexicon("reporting: {}\n", "t.yaml")


def test_no_two_keys_of_the_schema_fill_the_same_field() -> None:
    """A key added to a second section under a name already used elsewhere would
    silently overwrite the first section's words."""
    fields = Counter(attr for section in SCHEMA.values() for attr, _kind in section.values())
    assert [name for name, count in fields.items() if count > 1] == []


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (
            "militia_families: [mai-mai,",
            "militia_families: [mai-mia,",
            "militia_families names unknown id 'mai-mia'",
        ),
        (
            "militia_families: [mai-mai,",
            "militia_families: [kenya,",
            "militia_families names 'kenya' of kind state, not armed_group",
        ),
        (
            "acting_regions: [puntland,",
            "acting_regions: [al-shabaab,",
            "acting_regions names 'al-shabaab' of kind armed_group, not place",
        ),
        ("broad_places: [africa,", "broad_places: [afrika,", "names unknown id 'afrika'"),
    ],
)
def test_a_lexicon_list_of_ids_the_gazetteer_lacks_is_refused(
    old: str, new: str, reason: str
) -> None:
    lexicon = parse_lexicon(_broken(old, new))
    with pytest.raises(DataFileError, match=reason):
        Extractor(lexicon=lexicon, presence_model=None, relation_model=None)
