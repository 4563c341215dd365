"""Presence claims: triggers, places at every level, regions kept as qualifiers."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.nlp.extract import get_extractor


def presence(text: str) -> set[tuple[str, str, str | None, str]]:
    """(subject, place, qualifier, polarity) of every presence claim read from ``text``."""
    claims = get_extractor().extract(Document.create(text)).claims
    out = set()
    for claim in claims:
        if claim.type == "presence" and claim.object is not None:
            qualifier = claim.value.qualifier if claim.value else None
            out.add((claim.subject.name, claim.object.name, qualifier, claim.polarity))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab operates in Somalia and Kenya.",
            {
                ("al-Shabaab", "Somalia", None, "asserted"),
                ("al-Shabaab", "Kenya", None, "asserted"),
            },
        ),
        (
            "ISIS-K maintains training camps in Kunar.",
            {("ISIS-K", "Kunar", None, "asserted")},
        ),
        (
            "The Houthis use Yemen as a logistical hub for smuggling.",
            {("Houthis", "Yemen", None, "asserted")},
        ),
        (
            "Al-Qaeda has a presence in northern and eastern Afghanistan.",
            {("al-Qaeda", "Afghanistan", "northern and eastern", "asserted")},
        ),
        (
            "JNIM is active across central Mali.",
            {("JNIM", "Mali", "central", "asserted")},
        ),
        (
            "AQAP's core membership in Yemen has shrunk.",
            {("AQAP", "Yemen", None, "asserted")},
        ),
        (
            "ISWAP keeps some 3,000 fighters inside Nigeria.",
            {("ISWAP", "Nigeria", None, "asserted")},
        ),
        (
            "ETIM fighters remain entrenched on Afghan soil.",
            {("ETIM", "Afghanistan", None, "asserted")},
        ),
        (
            "There are no al-Qaeda members in Afghanistan.",
            {("al-Qaeda", "Afghanistan", None, "denied")},
        ),
    ],
)
def test_presence_is_read(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert expected <= presence(text)


def test_a_branch_described_by_a_demonym_is_placed_not_its_parent() -> None:
    text = "ISIS-K, the Islamic State's Afghan franchise, has grown."
    found = presence(text)
    assert ("ISIS-K", "Afghanistan", None, "asserted") in found
    assert not any(subject == "Islamic State" for subject, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "KABUL, May 2 (Test Wire) - Hamas said nothing.",
        "The Taliban authorities in Kabul issued a decree.",
        "US forces struck a house in central Kabul.",
    ],
)
def test_no_presence_where_none_is_stated(text: str) -> None:
    assert presence(text) == set()
