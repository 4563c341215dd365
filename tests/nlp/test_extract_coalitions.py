"""Membership of armed groups in coalitions of groups."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.nlp.extract import get_extractor


def memberships(text: str) -> set[tuple[str, str]]:
    """(member, coalition) of every member_of claim between two groups in ``text``."""
    claims = get_extractor().extract(Document.create(text, outlet="Test Wire")).claims
    return {
        (c.subject.name, c.object.name)
        for c in claims
        if c.predicate == "member_of" and c.object is not None and c.subject.kind == "armed_group"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the "
            "TNLA, launched an offensive in October.",
            {
                ("Arakan Army", "Three Brotherhood Alliance"),
                ("MNDAA", "Three Brotherhood Alliance"),
                ("TNLA", "Three Brotherhood Alliance"),
            },
        ),
        (
            "Harakat al-Nujaba, another member of the Islamic Resistance in Iraq, said it "
            "would keep up its attacks.",
            {("Harakat Hezbollah al-Nujaba", "Islamic Resistance in Iraq")},
        ),
    ],
)
def test_members_of_a_coalition(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Estado Mayor Central (EMC) is made up of former FARC fighters.",
        "The network gives senior al-Qaeda figures protection in Kabul.",
    ],
)
def test_fighters_or_figures_of_a_group_are_no_member_group(text: str) -> None:
    assert memberships(text) == set()
