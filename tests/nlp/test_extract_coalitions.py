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
        # The second name of the list parsed as an apposition of the first.
        (
            "The Three Brotherhood Alliance, which groups the Arakan Army (AA), the Ta'ang "
            "National Liberation Army (TNLA) and the MNDAA, took Lashio in August.",
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
        (
            "Cárteles Unidos is a coalition of local groups in Michoacán, among them Los "
            "Viagras and the Cártel de Tepalcatepec.",
            {("Los Viagras", "Cárteles Unidos"), ("Cártel de Tepalcatepec", "Cárteles Unidos")},
        ),
        (
            "Cárteles Unidos, a coalition of local groups including Los Viagras, fought the CJNG.",
            {("Los Viagras", "Cárteles Unidos")},
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The M23 belongs to the Alliance Fleuve Congo (AFC), a political-military "
            "coalition launched in December 2023.",
            {("M23", "Alliance Fleuve Congo")},
        ),
        (
            "Kataib Hezbollah's three brigades draw salaries from the Iraqi state as part of "
            "the Popular Mobilization Forces, the umbrella of mostly Shia militias.",
            {("Kata'ib Hezbollah", "Popular Mobilization Forces")},
        ),
        (
            "Harakat al-Nujaba is part of the Islamic Resistance in Iraq.",
            {("Harakat Hezbollah al-Nujaba", "Islamic Resistance in Iraq")},
        ),
        # The coalition known by its acronym; the member named before a relative clause.
        (
            "Tribal elders said the Deir ez-Zor Military Council, which belongs to the SDF, "
            "had left the town.",
            {("Deir ez-Zor Military Council", "SDF")},
        ),
        # Part of a movement that is not a coalition is a branch, not a membership.
        ("The TTP regards itself as part of the wider Taliban movement.", set()),
    ],
)
def test_belonging_to_a_coalition_is_membership(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(text) == expected


def test_part_of_a_coalition_is_no_branch_of_it() -> None:
    claims = (
        get_extractor()
        .extract(Document.create("Harakat al-Nujaba is part of the Islamic Resistance in Iraq."))
        .claims
    )
    assert not any(c.predicate == "affiliate" for c in claims)


def test_not_being_part_of_a_coalition_is_a_denied_membership() -> None:
    text = (
        "Viv Ansanm, a coalition of gangs, holds most of the capital. The valley is "
        "dominated by Gran Grif, a gang that is not part of Viv Ansanm."
    )
    claims = get_extractor().extract(Document.create(text, outlet="Test Wire")).claims
    found = {(c.subject.name, c.object.name if c.object else None, c.polarity) for c in claims}
    assert ("Gran Grif", "Viv Ansanm", "denied") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The TIP's fighters are being folded into a newly created division of the Syrian "
            "army, the 84th Division.",
            {("ETIM", "Syrian army")},
        ),
        (
            "KTJ and KIB have been folded into the new Syrian army.",
            {
                ("Katibat al-Tawhid wal-Jihad", "Syrian army"),
                ("Katibat Imam al-Bukhari", "Syrian army"),
            },
        ),
        ("The army integrated new recruits into the TTP.", set()),
    ],
)
def test_a_group_taken_into_an_army_is_its_member(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships(text) == expected


def test_the_division_a_group_is_folded_into_is_no_rift() -> None:
    text = "The TIP's fighters are being folded into a newly created division of the Syrian army."
    claims = get_extractor().extract(Document.create(text)).claims
    assert [c for c in claims if c.predicate == "internal_division"] == []


def test_a_coalition_that_includes_groups_has_them_as_members() -> None:
    text = (
        "The Joint Forces of the Armed Struggle Movements, a coalition that includes the "
        "Justice and Equality Movement, hold El Fasher."
    )
    assert memberships(text) == {
        ("Justice and Equality Movement", "Joint Forces of the Armed Struggle Movements")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Viv Ansanm is a coalition of gangs. Other members of the coalition include "
            "400 Mawozo and the 5 Segonn gang.",
            {("400 Mawozo", "Viv Ansanm"), ("5 Segonn", "Viv Ansanm")},
        ),
        (
            "The Three Brotherhood Alliance, which joins the MNDAA with the TNLA, attacked Lashio.",
            {("MNDAA", "Three Brotherhood Alliance"), ("TNLA", "Three Brotherhood Alliance")},
        ),
        (
            "The Alliance Fleuve Congo was formed in December 2023 by the M23 and the Twirwaneho.",
            {("M23", "Alliance Fleuve Congo"), ("Twirwaneho", "Alliance Fleuve Congo")},
        ),
    ],
)
def test_members_included_joined_and_founding(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= memberships(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kata'ib Hezbollah and Harakat al-Nujaba are among the member groups of the "
            "Islamic Resistance in Iraq.",
            {
                ("Kata'ib Hezbollah", "Islamic Resistance in Iraq"),
                ("Harakat Hezbollah al-Nujaba", "Islamic Resistance in Iraq"),
            },
        ),
        (
            "Harakat al-Nujaba is among the members of the Islamic Resistance in Iraq.",
            {("Harakat Hezbollah al-Nujaba", "Islamic Resistance in Iraq")},
        ),
        # "its" in the predicate is not the subject's own: the coalition named before.
        (
            "The CNPSC holds the lake shore. The Mai-Mai Ebu Ela and the Mai-Mai Alida are "
            "among its member groups.",
            {("Mai-Mai Ebu Ela", "Mai-Mai Yakutumba"), ("Mai-Mai Alida", "Mai-Mai Yakutumba")},
        ),
    ],
)
def test_groups_among_a_coalitions_members(text: str, expected: set[tuple[str, str]]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mai-Mai Yakutumba has fought under the Wazalendo banner since 2023.",
            {("Mai-Mai Yakutumba", "Wazalendo")},
        ),
        (
            "Several Raia Mutomboki commanders have come under the Wazalendo umbrella.",
            {("Raia Mutomboki", "Wazalendo")},
        ),
        # A flag that is no coalition's: "the banner of jihad".
        ("The Taliban fought under the banner of jihad in the 1990s.", set()),
    ],
)
def test_a_group_under_a_coalitions_banner_is_its_member(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert memberships(text) == expected
