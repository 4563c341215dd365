"""Pledges (who commits, to whom) and denials (who denies, whose claims)."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.nlp.extract import get_extractor


def claims_of(text: str, kind: str) -> set[tuple[str, str | None, str]]:
    """(subject, object, polarity) of the claims of type ``kind`` read from ``text``."""
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    return {
        (c.subject.name, c.object.name if c.object else None, c.polarity)
        for c in extraction.claims
        if c.type == kind
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the agreement with Washington, the Taliban committed to preventing attacks.",
            ("Taliban", "United States", "asserted"),
        ),
        (
            "Hamas promised Qatar that it would release the hostages.",
            ("Hamas", "Qatar", "asserted"),
        ),
        ("The Houthis vowed to keep up their attacks on shipping.", ("Houthis", None, "asserted")),
        (
            "The Taliban will not allow anyone to use Afghan soil against other countries.",
            ("Taliban", None, "asserted"),
        ),
    ],
)
def test_pledge(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "pledge")


def test_pledged_allegiance_is_a_relation_not_a_pledge() -> None:
    assert claims_of("ISWAP pledged allegiance to the Islamic State.", "pledge") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban rejected the UN Monitoring Team report as biased.",
            ("Taliban", "UN Monitoring Team", "asserted"),
        ),
        (
            "Hezbollah dismissed claims by Israel that it stores rockets in Beirut.",
            ("Hezbollah", "Israel", "asserted"),
        ),
        ("Hamas denied any role in the attack.", ("Hamas", None, "asserted")),
        (
            "Zabihullah Mujahid called the findings of the Institute for the Study of War baseless.",
            ("Zabihullah Mujahid", "ISW", "asserted"),
        ),
    ],
)
def test_denial(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "denial")


def test_a_denial_is_sourced_to_the_denier_and_negates_what_it_denies() -> None:
    text = "The Taliban denied that al-Qaeda operates in Afghanistan."
    claims = get_extractor().extract(Document.create(text, outlet="Test Wire")).claims
    by_type = {c.type: c for c in claims}
    assert by_type["denial"].source.name == "Taliban"
    assert by_type["presence"].polarity == "denied"
    assert by_type["presence"].source.name == "Taliban"


def test_unnamed_findings_point_at_the_document_in_force() -> None:
    text = (
        "A UN Monitoring Team report said ISIS-K has 4,000 fighters.\n\n"
        "Zabihullah Mujahid rejected the findings."
    )
    assert ("Zabihullah Mujahid", "UN Monitoring Team", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban pledged not to let any group use Afghan territory "
            "to threaten the security of Pakistan.",
            ("Taliban", "Pakistan", "asserted"),
        ),
        (
            "The Houthis promised that no one would use Yemeni soil against Saudi Arabia.",
            ("Houthis", "Saudi Arabia", "asserted"),
        ),
    ],
)
def test_a_pledge_is_made_to_the_country_it_shields(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia blamed Ukraine for the blast, a claim Ukraine denies.",
            ("Ukraine", "Russia", "asserted"),
        ),
        (
            "Iran shelters al-Qaeda figures, according to the UN Monitoring Team, "
            "a charge Tehran denies.",
            ("Iran", "UN Monitoring Team", "asserted"),
        ),
        (
            "The UN Monitoring Team said in a report that AQAP has 3,000 fighters. "
            "The Houthis dismissed the UN findings as lies.",
            ("Houthis", "UN Monitoring Team", "asserted"),
        ),
    ],
)
def test_the_denied_claim_is_its_claimants(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_claiming_no_knowledge_is_a_denial() -> None:
    text = "Hamas said it had no knowledge of the tunnel under the hospital."
    assert ("Hamas", None, "asserted") in claims_of(text, "denial")
