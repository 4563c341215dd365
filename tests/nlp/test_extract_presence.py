"""Presence claims: triggers, places at every level, regions kept as qualifiers."""

from __future__ import annotations

from functools import lru_cache

import pytest

from claimgraph.model import Document
from claimgraph.nlp.extract import Extractor


@lru_cache(maxsize=1)
def rules() -> Extractor:
    """An extractor with the presence rules alone: these tests are of the rules; the
    learned pair model that adds to them is tested in test_pairs.py."""
    return Extractor(presence_model=None)


def presence(text: str) -> set[tuple[str, str, str | None, str]]:
    """(subject, place, qualifier, polarity) of every presence claim the rules read from
    ``text``."""
    claims = rules().extract(Document.create(text)).claims
    out = set()
    for claim in claims:
        if claim.type == "presence" and claim.object is not None:
            qualifier = claim.value.qualifier if claim.value else None
            out.add((claim.subject.name, claim.object.name, qualifier, claim.polarity))
    return out


def assert_placed(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    """``expected`` (group, place) is read from ``text`` and ``absent`` is not (either may
    be None)."""
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    assert expected is None or expected in placed
    assert absent is None or absent not in placed


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
        "ISWAP is the Islamic State's affiliate in West Africa.",
        "The PKK may keep its fighters until it sees what Ankara offers.",
    ],
)
def test_no_presence_where_none_is_stated(text: str) -> None:
    assert presence(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AQIS fighters are located in Zabul and Helmand provinces.",
            {("AQIS", "Zabul", None, "asserted"), ("AQIS", "Helmand", None, "asserted")},
        ),
        (
            "ISWAP is the strongest armed group in much of Borno.",
            {("ISWAP", "Borno", None, "asserted")},
        ),
        (
            "Islamic State Somalia sends money to the Islamic State's branch in Mozambique.",
            {("IS Mozambique", "Mozambique", None, "asserted")},
        ),
        (
            "Armed ONLF men have been seen on the tracks around Gode, traders said.",
            {("Ogaden National Liberation Front", "Gode", None, "asserted")},
        ),
        (
            "Hezbollah fighters are posted in Homs.",
            {("Hezbollah", "Homs", None, "asserted")},
        ),
        ("Hezbollah posted a video from Homs.", set()),
        (
            "Several hundred Hezbollah fighters are in the trenches around Homs.",
            {("Hezbollah", "Homs", None, "asserted")},
        ),
        (
            "Between 1,500 and 2,500 anti-balaka fighters remain under arms, two-thirds of "
            "them in the Ouham.",
            {("Anti-balaka", "Ouham", None, "asserted")},
        ),
        (
            "Al-Shabaab, the affiliate of al-Qaeda in Somalia, remains a threat.",
            {("al-Shabaab", "Somalia", None, "asserted")},
        ),
        (
            "The blockade is enforced by JNIM, the Sahel branch of al-Qaeda.",
            {("JNIM", "Sahel", None, "asserted")},
        ),
        (
            "He described the YPG as the Syrian branch of the PKK.",
            {("YPG", "Syria", None, "asserted")},
        ),
    ],
)
def test_places_behind_lists_quantifiers_and_branches(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert expected <= presence(text)


def test_cells_a_group_lost_are_not_a_presence() -> None:
    assert presence("ISIS-K has lost the cells it kept in Herat and Kunduz.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab's heartland remains the Jubba valley.",
            {("al-Shabaab", "Jubba valley", None, "asserted")},
        ),
        (
            "Qatar has hosted the Hamas political office in Doha since 2012.",
            {("Hamas", "Doha", None, "asserted")},
        ),
        (
            "What remains of al-Shabaab is concentrated in Lower Shabelle.",
            {("al-Shabaab", "Lower Shabelle", None, "asserted")},
        ),
        (
            "Al-Shabaab lost ground. The remnants of it are based in Middle Shabelle.",
            {("al-Shabaab", "Middle Shabelle", None, "asserted")},
        ),
        (
            "Al-Qaeda named a new chief for its Yemen-based branch, known as AQAP.",
            {("AQAP", "Yemen", None, "asserted")},
        ),
        (
            "HTS-led forces now control Idlib.",
            {("HTS", "Idlib", None, "asserted")},
        ),
        (
            "ISIS-K runs a network in Turkey, with facilitators in Tajikistan.",
            {("ISIS-K", "Tajikistan", None, "asserted")},
        ),
    ],
)
def test_presence_from_copulas_hosts_clausal_subjects_and_control(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert expected <= presence(text)


@pytest.mark.parametrize(
    "text",
    [
        "The al-Qaeda leader lives in Iran.",
        "The al-Shabaab commander settled in Kenya after his release.",
    ],
)
def test_one_persons_whereabouts_do_not_place_the_group(text: str) -> None:
    assert presence(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JNIM has spread to Togo.", ("JNIM", "Togo", None, "asserted")),
        ("ISIS-K uses Kunar as a launchpad for raids.", ("ISIS-K", "Kunar", None, "asserted")),
        (
            "Al-Shabaab keeps safe houses in Mogadishu.",
            ("al-Shabaab", "Mogadishu", None, "asserted"),
        ),
        ("ISWAP has a growing footprint in Borno.", ("ISWAP", "Borno", None, "asserted")),
        (
            "The YBS have patrolled Sinjar since 2014.",
            ("Sinjar Resistance Units", "Sinjar", None, "asserted"),
        ),
        (
            "The YBS guard the road to Sinjar.",
            ("Sinjar Resistance Units", "Sinjar", None, "asserted"),
        ),
        (
            "The ISYF's supporters in Britain raise money for the group.",
            ("International Sikh Youth Federation", "United Kingdom", None, "asserted"),
        ),
    ],
)
def test_presence_frames(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in presence(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Qaida maintains a core presence in several provinces, notably Kunar and Helmand.",
            {("al-Qaeda", "Kunar", None, "asserted"), ("al-Qaeda", "Helmand", None, "asserted")},
        ),
        (
            "ISIS-K operates in several provinces, including Kunar and Nangarhar.",
            {("ISIS-K", "Kunar", None, "asserted"), ("ISIS-K", "Nangarhar", None, "asserted")},
        ),
        (
            "The EMC has about 3,500 fighters, most of them in the department of Cauca.",
            {("EMC", "Cauca", None, "asserted")},
        ),
    ],
)
def test_places_listed_beside_a_place_noun(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert expected <= presence(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hezbollah's core strength lies in the Bekaa Valley.",
            ("Hezbollah", "Bekaa Valley", None, "asserted"),
        ),
        (
            "The Abu Sayyaf now has fewer than 50 members left in Sulu.",
            ("Abu Sayyaf Group", "Sulu", None, "asserted"),
        ),
        (
            "Hamas, the movement that has ruled the Gaza Strip since 2007, survived.",
            ("Hamas", "Gaza Strip", None, "asserted"),
        ),
        ("The M23 has seized large parts of North Kivu.", ("M23", "North Kivu", None, "asserted")),
    ],
)
def test_presence_from_strength_rule_and_seizure(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in presence(text)


def test_a_loss_places_nothing() -> None:
    assert presence("ISIS-K has lost the cells it ran in Kabul.") == set()


def test_where_recruits_come_from_is_no_presence() -> None:
    text = "ISIL-Somalia has recruited fighters from Ethiopia and Yemen."
    assert presence(text) == set()


def test_a_hyphenated_seat_of_an_institute_places_no_group() -> None:
    text = (
        "JNIM fields several thousand fighters, according to a researcher at the "
        "Ouagadougou-based Centre for Sahelian Security Studies."
    )
    assert not {p for p in presence(text) if p[1] == "Ouagadougou"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Arauca the ELN is still at war with the EMC.",
            {("ELN", "Arauca", None, "asserted"), ("EMC", "Arauca", None, "asserted")},
        ),
        (
            "The Syrian National Army has been fighting the SDF around Manbij.",
            {
                ("Syrian National Army", "Manbij", None, "asserted"),
                ("SDF", "Manbij", None, "asserted"),
            },
        ),
        (
            "JNIM fighters have besieged the northern town of Djibo for months.",
            {("JNIM", "Djibo", None, "asserted")},
        ),
        # "on" a stretch of land hung on the copula of "active"
        (
            "Fighters of IS-M were most active on the Macomia coast and in southern Ancuabe.",
            {
                ("IS Mozambique", "Macomia", None, "asserted"),
                ("IS Mozambique", "Ancuabe", "southern", "asserted"),
            },
        ),
        # the parser hangs the fight's place on the enemy
        (
            "The Justice and Equality Movement is meanwhile fighting the RSF in North Kordofan.",
            {
                ("Justice and Equality Movement", "North Kordofan", None, "asserted"),
                ("Rapid Support Forces", "North Kordofan", None, "asserted"),
            },
        ),
        (
            "ISIL-Somalia is assessed to number between 600 and 800 fighters, most of them "
            "based in Puntland's Bari region.",
            {("Islamic State Somalia", "Bari", None, "asserted")},
        ),
    ],
)
def test_battlegrounds_sieges_and_most_of_them(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert expected <= presence(text)


def test_the_owner_of_a_named_region_is_not_placed_too() -> None:
    text = "ISIL-Somalia has 700 fighters, most of them based in Puntland's Bari region."
    assert not {p for p in presence(text) if p[1] == "Puntland"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 2,500 American troops remain in Iraq.",
            {("United States", "Iraq", None, "asserted")},
        ),
        (
            "The United States has about 2,500 troops in Iraq.",
            {("United States", "Iraq", None, "asserted")},
        ),
        (
            "The Rwanda Defence Force has 10,000 troops in South Kivu.",
            {("Rwanda Defence Force", "South Kivu", None, "asserted")},
        ),
        (
            "Some 10,000 troops of the Burundi National Defence Force (FDNB) remain deployed "
            "in South Kivu.",
            {("Burundi National Defence Force", "South Kivu", None, "asserted")},
        ),
        (
            "Rwanda says it neither arms the M23 nor has troops in Congo.",
            {("Rwanda", "DR Congo", None, "denied")},
        ),
    ],
)
def test_a_states_troops_abroad_place_it_there(
    text: str, expected: set[tuple[str, str, str | None, str]]
) -> None:
    assert expected <= presence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria has deployed 3,000 troops in Borno.",
        "Pakistan keeps thousands of soldiers in Khyber Pakhtunkhwa.",
    ],
)
def test_a_states_troops_at_home_are_no_presence(text: str) -> None:
    assert not {p for p in presence(text) if p[0] in ("Nigeria", "Pakistan")}


def test_a_states_troops_abroad_are_counted_only_abroad() -> None:
    claims = (
        rules()
        .extract(
            Document.create(
                "About 2,500 American troops remain in Iraq. Nigeria has 3,000 troops in Borno."
            )
        )
        .claims
    )
    counts = {
        (c.subject.name, c.value.min if c.value else None) for c in claims if c.type == "strength"
    }
    assert ("United States", 2500) in counts
    assert not any(name == "Nigeria" for name, _ in counts)


def test_the_country_is_the_state_the_story_is_about() -> None:
    text = (
        "BAMAKO - Mali's government denied that Wagner had deployed in Mali. "
        "Mali's army said on Friday that Mali needs no help. "
        "Western governments said they were aware of the Russian government's support. "
        "A French source said several hundred Wagner personnel were already in the country."
    )
    places = {(s, p) for s, p, _, _ in presence(text)}
    assert ("Wagner Group", "Mali") in places
    assert ("Wagner Group", "Russia") not in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF still holds most of Khartoum and its twin city of Bahri.",
            {("Rapid Support Forces", "Khartoum"), ("Rapid Support Forces", "Bahri")},
        ),
        (
            "Al-Shabaab recaptured several towns in Middle Shabelle last year.",
            {("al-Shabaab", "Middle Shabelle")},
        ),
        ("The Taliban held talks in Doha with US officials.", set()),
        (
            "In December the RSF swept into Gezira state and took its capital, Wad Madani.",
            {("Rapid Support Forces", "Wad Madani"), ("Rapid Support Forces", "Gezira")},
        ),
        (
            "Al-Shabaab retains control of much of the Middle Juba region.",
            {("al-Shabaab", "Middle Juba")},
        ),
        ("The Taliban took part in talks in Doha.", set()),
        ('"They do not need to take Djibo," said a JNIM commander.', set()),
        ("Without a funded mission, al-Shabaab could retake parts of Middle Shabelle.", set()),
        (
            "Al-Shabaab retains control of much of the Middle Juba and Lower Shabelle regions.",
            {("al-Shabaab", "Middle Juba"), ("al-Shabaab", "Lower Shabelle")},
        ),
        (
            "Al-Shabaab continues to hold parts of Middle Shabelle.",
            {("al-Shabaab", "Middle Shabelle")},
        ),
        (
            "JNIM holds the hills above Ilaga and Beoga.",
            {("JNIM", "Ilaga"), ("JNIM", "Beoga")},
        ),
        (
            "SSC-Khatumo holds everything from the outskirts of Oog to Buuhoodle.",
            {("SSC-Khatumo", "Oog"), ("SSC-Khatumo", "Buuhoodle")},
        ),
        ("SSC-Khatumo took prisoners from Oog to Hargeisa.", set()),
    ],
)
def test_a_held_place_is_the_object_of_holding(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


def test_troops_fighting_beside_a_group_abroad_are_there() -> None:
    text = (
        "The UN experts estimated that between 3,000 and 4,000 Rwandan troops were fighting "
        "alongside the M23 in North Kivu."
    )
    assert {(s, p) for s, p, _, _ in presence(text)} == {("Rwanda", "North Kivu")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In December the RSF swept into Gezira state.",
            {("Rapid Support Forces", "Gezira")},
        ),
        ("The ADF has shifted north, into Lubero territory.", {("ADF", "Lubero")}),
        ("JNIM has pushed ISSP out of several villages near Ansongo.", set()),
        ("Hamas pushed for talks in Doha.", set()),
    ],
)
def test_a_move_places_the_mover_where_it_ends(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some Fatemiyoun units crossed into Iraq instead.", {("Liwa Fatemiyoun", "Iraq")}),
        (
            "Saraya al-Salam's men have clashed with rival factions more than once in Basra.",
            {("Saraya al-Salam", "Basra")},
        ),
        (
            "The TTP has kidnapped construction workers, traders and travellers in Tank.",
            {("TTP", "Tank")},
        ),
        ("Basij fighters served in Syria until 2024.", {("Basij", "Syria")}),
        ("A Basij commander served in Syria until 2024.", set()),
    ],
)
def test_crossing_clashing_kidnapping_or_serving_in_a_place_is_being_there(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


def test_a_region_of_a_country_places_a_group_in_the_region_only() -> None:
    found = {(s, p) for s, p, _, _ in presence("ISSP operates in the Menaka region of Mali.")}
    assert found == {("Islamic State Sahel", "Menaka")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CPI (Maoist) is weakened. The cadres who remain are believed to move between "
            "Bastar and Telangana.",
            {("CPI (Maoist)", "Bastar"), ("CPI (Maoist)", "Telangana")},
        ),
        (
            "Al-Shabaab continues to hold parts of Middle Shabelle.",
            {("al-Shabaab", "Middle Shabelle")},
        ),
        ("Al-Shabaab could retake parts of Middle Shabelle.", set()),
        ("The RSF plans to take El Fasher.", set()),
        ("ISSP is likely to push further into Niger's Dosso region.", set()),
    ],
)
def test_a_fact_in_the_infinitive_is_no_forecast(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISSP is thought to keep several hundred fighters in Oudalan province, near the "
            "Malian border.",
            {("Islamic State Sahel", "Oudalan")},
        ),
        (
            "Islamic State Sahel has set up camps along the borders of Benin and Nigeria.",
            set(),
        ),
        (
            "The 3R operates in Ouham-Pendé, along the borders with Cameroon and Chad.",
            {("3R", "Ouham-Pendé")},
        ),
    ],
)
def test_a_border_places_no_one_inside_the_country(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ADF, a militia of Ugandan origin, fights in eastern Congo.",
            {("ADF", "DR Congo")},
        ),
        (
            "In recent months ISSP has fought the army in Tillaberi.",
            {("Islamic State Sahel", "Tillaberi")},
        ),
        # the army abroad is where it entered; the group fought is placed nowhere
        (
            "Weeks after ADF bombers struck Kampala, the UPDF entered North Kivu and have "
            "fought the group ever since.",
            {("Uganda People's Defence Forces", "North Kivu")},
        ),
        ("The KIA is still fighting the military in the far north.", set()),
    ],
)
def test_a_fight_places_the_fighter_only_where_the_verb_says(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = {(s, p) for s, p, _q, _pol in presence(text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State Sahel Province (ISSP) has made the Liptako-Gourma tri-border area "
            "its main stronghold.",
            {("Islamic State Sahel", "Liptako-Gourma")},
        ),
        (
            "ELN guerrillas have taken control of most of the Catatumbo region on the "
            "Venezuelan border.",
            {("ELN", "Catatumbo")},
        ),
    ],
)
def test_a_place_made_a_stronghold_and_control_taken_of_most_of_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis have tightened their grip on the roads around Marib.", ("Houthis", "Marib")),
        (
            "The ombudsman called the EGC's control of the Bajo Atrato hegemonic.",
            ("Clan del Golfo", "Bajo Atrato"),
        ),
    ],
)
def test_a_grip_or_control_on_a_place_places_the_group_there(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(s, p) for s, p, _q, _pol in presence(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish personnel operate from al-Watiya air base and from Mitiga airport.",
            {("Turkey", "al-Watiya"), ("Turkey", "Mitiga airport")},
        ),
        ("Russian instructors are based at al-Jufra.", {("Russia", "al-Jufra")}),
        ("Turkish troops operate in Turkey.", set()),
    ],
)
def test_a_states_forces_operating_abroad_place_it_there(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


def test_a_relative_clause_on_a_description_of_a_named_force_places_the_force() -> None:
    text = (
        "Clashes broke out between the 444 Brigade and the Radaa Deterrence Force, the "
        "Salafist-leaning force that holds Mitiga airport and the Souq al-Juma district."
    )
    found = {(s, p) for s, p, _q, _pol in presence(text)}
    assert found == {
        ("Radaa Special Deterrence Force", "Mitiga airport"),
        ("Radaa Special Deterrence Force", "Souq al-Juma"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda deployed troops in Congo.", {("Rwanda", "DR Congo", "asserted")}),
        (
            "Kigali denies arming the M23 or deploying troops in Congo.",
            {("Rwanda", "DR Congo", "denied")},
        ),
        ("Rwanda deployed troops in Rwanda.", set()),
    ],
)
def test_a_state_deploying_its_forces_abroad_is_there(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {(s, p, pol) for s, p, _q, pol in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The balance has tipped in Darfur, where the RSF now holds four of the region's "
            "five state capitals.",
            {("Rapid Support Forces", "Darfur")},
        ),
        (
            "The truce does not extend to Rakhine State, where the Arakan Army opened a new "
            "offensive.",
            {("Arakan Army", "Rakhine")},
        ),
        ("He was killed in Kabul, where he had lived since 2021.", set()),
        (
            "The NPA is weak. Its fighters still ambush army patrols in the interior of "
            "Northern Samar.",
            {("New People's Army", "Northern Samar")},
        ),
    ],
)
def test_where_clauses_and_ambushes_place_the_group(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


def test_our_forces_in_a_quote_that_goes_on_are_the_speakers_group() -> None:
    text = (
        '"We did not join out of love for the RSF," Kafi Tiya Kodi, a spokesman for the '
        'SPLM-N, told reporters. "We joined because the army bombed our villages. Our forces '
        'control the Nuba Mountains."'
    )
    assert ("SPLM-N", "South Kordofan") in {(s, p) for s, p, _q, _pol in presence(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uganda now has several thousand troops in Congo, and in early 2025 it sent "
            "more units north.",
            {("Uganda", "DR Congo")},
        ),
        (
            "The NPA's remaining strongholds are in Northern Samar, the island of Negros and "
            "the Caraga region.",
            {
                ("New People's Army", "Northern Samar"),
                ("New People's Army", "Negros"),
                ("New People's Army", "Caraga"),
            },
        ),
        (
            "The ISSP remains concentrated in Menaka and Tillaberi.",
            {("Islamic State Sahel", "Menaka"), ("Islamic State Sahel", "Tillaberi")},
        ),
        (
            "Officials said JNIM had fewer than 300 men left in Mopti.",
            {("JNIM", "Mopti")},
        ),
    ],
)
def test_troops_on_the_verb_appositive_places_and_concentration(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


def test_the_country_after_a_state_something_is_in_is_that_state() -> None:
    text = (
        "Pakistan's foreign ministry spoke. Pakistan's army spoke. Pakistan's police spoke. "
        "The TTP has 6,000 fighters in Afghanistan, which makes it the largest foreign "
        "group in the country."
    )
    assert {(s, p) for s, p, _q, _pol in presence(text)} == {("TTP", "Afghanistan")}


def test_the_country_after_a_state_owning_a_place_in_its_sentence_is_that_state() -> None:
    text = (
        "Boko Haram is strongest in Nigeria. Nigeria says so. Officials in Cameroon's Far "
        "North region say fewer than two hundred Boko Haram fighters are left in the country."
    )
    places = {(s, p) for s, p, _q, _pol in presence(text)}
    assert ("Boko Haram", "Cameroon") in places


@pytest.mark.parametrize(
    "text",
    [
        "Member States expressed concern that JNIM could seek to extend its operations into "
        "north-western Nigeria.",
        "The Houthis may want a foothold on the Somali side of the Gulf.",
        "JNIM fighters operate from the parks, and Member States reported that they recruit there.",
    ],
)
def test_wanted_footholds_and_member_states_place_no_one(text: str) -> None:
    assert presence(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamabad has long accused the Afghan Taliban of sheltering the TTP's leadership "
            "on Afghan soil.",
            {("TTP", "Afghanistan")},
        ),
        (
            "ETIM kept links with al-Qaeda, whose leaders sheltered Uyghur militants in "
            "Afghanistan before 2001.",
            set(),
        ),
    ],
)
def test_where_a_group_shelters_others_places_the_sheltered(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "JNIM had also strengthened its position in the Kayes region of western Mali.",
            {("JNIM", "Kayes")},
        ),
        (
            "Fano militias still man checkpoints in parts of Western Tigray.",
            {("Fano", "Western Tigray")},
        ),
        ("The Tasis government has its seat in Nyala.", {("Tasis", "Nyala")}),
        (
            "Within hours, the 444 Brigade had overrun the SSA's positions in the Abu Salim "
            "district.",
            {("444th Brigade", "Abu Salim")},
        ),
    ],
)
def test_positions_seats_and_checkpoints_place_a_group_until_overrun(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"There are still Rwandan soldiers in Goma and in Bukavu," a spokesman said.',
            {("Rwanda", "Goma"), ("Rwanda", "Bukavu")},
        ),
        ("There are many Nigerian soldiers in Borno.", set()),
    ],
)
def test_there_are_a_states_soldiers_abroad(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia still keeps troops at Hmeimim.", {("Russia", "Hmeimim")}),
        (
            "About 2,500 American troops remain in Iraq, most of them at Ain al-Asad air base.",
            {("United States", "Iraq"), ("United States", "Ain al-Asad")},
        ),
    ],
)
def test_forces_at_a_base(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _q, _pol in presence(text)} == expected


def test_strongest_in_a_place_is_present_there() -> None:
    text = "The Gul Bahadur faction, which is strongest in North Waziristan, is growing."
    assert {(s, p) for s, p, _q, _pol in presence(text)} == {
        ("Hafiz Gul Bahadur group", "North Waziristan")
    }


@pytest.mark.parametrize(
    ("text", "subject", "place"),
    [
        # Forces named after no state are a militia's; a state's are its army's.
        ("The Lualaba Forces have bases in Kolwezi.", "Lualaba Forces", "Kolwezi"),
        ("The Kivu Defence Forces operate in Kasai.", "Kivu Defence Forces", "Kasaï"),
        ("The Zambia Defence Force operates in Kolwezi.", None, "Kolwezi"),
        # A place's name ending in a militia's word names a militia.
        (
            "Fighters of the Tanganyika Militia are active in Kalemie.",
            "Tanganyika Militia",
            "Kalemie",
        ),
        # A name the tagger takes for a body but the text only puts things in.
        ("The Kasai Brigade has bases in Tshikapa and Kamako.", "Kasai Brigade", "Tshikapa"),
        ("The Kasai Brigade has bases in Tshikapa and Kamako.", "Kasai Brigade", "Kamako"),
        # ... or that a settlement noun names: "Tone prefecture", "the villages of X"
        ("JNIM now moves freely across Kpendjal and Tône prefectures.", "JNIM", "Tône"),
        (
            "Boko Haram keeps fighters in the villages of Mayo-Sava and Mayo-Tsanaga.",
            "Boko Haram",
            "Mayo-Tsanaga",
        ),
        (
            "Boko Haram fighters are based in the hills between Kolofata and Tourou.",
            "Boko Haram",
            "Tourou",
        ),
        (
            "Islamic State remnants still move through the orchards of al-Mutaibijah.",
            "Islamic State",
            "al-Mutaibijah",
        ),
        (
            "The RCSS keeps its headquarters at Loi Tai Leng, on the Thai border.",
            "Restoration Council of Shan State",
            "Loi Tai Leng",
        ),
        (
            "FRUD-armé fighters have crossed into the Afdera area of Ethiopia's Afar region.",
            "FRUD-armé",
            "Afdera",
        ),
        # ... or that the tagger ran together in one name
        (
            "The CTD said the SRA's cells were concentrated in Karachi's Malir and Korangi "
            "districts.",
            "Sindhudesh Revolutionary Army",
            "Korangi",
        ),
        ("The Clan del Golfo operates in Turbo and Necoclí.", "Clan del Golfo", "Necoclí"),
        ("The Clan del Golfo operates in Turbo and Necoclí.", "Clan del Golfo", "Turbo"),
        ("The Clan del Golfo operates in Turbo and Necoclí.", None, "Turbo and Necoclí"),
    ],
)
def test_unknown_militias_and_towns_are_read_from_how_they_are_named_and_used(
    text: str, subject: str | None, place: str
) -> None:
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    if subject is None:
        assert not any(p == place for _s, p in placed)
    else:
        assert (subject, place) in placed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Houthis control Sanaa.", ("Houthis", "Sanaa"), None),
        ("The Houthis' control of Sanaa is not in doubt.", None, ("Houthis", "Sanaa")),
    ],
)
def test_a_holding_verb_the_tagger_read_as_a_noun_still_places_the_group(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "ISKP has carried out most of the deadliest attacks in Khyber Pakhtunkhwa.",
            ("ISIS-K", "Khyber Pakhtunkhwa"),
            None,
        ),
        ("JNIM has conducted raids in the Alibori department.", ("JNIM", "Alibori"), None),
        ("JNIM carried out the attack in Kpendjal.", None, ("JNIM", "Kpendjal")),
    ],
)
def test_attacks_carried_out_in_a_place_place_the_group_there(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Today the Multinational Security Support mission has about 1,000 personnel in Haiti.",
            ("Multinational Security Support Mission", "Haiti"),
            None,
        ),
        ("The Nigerian Army has 5,000 troops in Borno.", None, ("Nigerian Army", "Borno")),
        ("The Nigerian Army has 200 troops in Niger.", ("Nigerian Army", "Niger"), None),
    ],
)
def test_a_missions_troops_place_it_and_an_army_is_placed_only_abroad(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


def test_a_place_noun_set_by_a_named_place_places_the_group_there() -> None:
    text = "Twirwaneho has about 1,500 fighters in the highlands above Fizi and Uvira."
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    assert {("Twirwaneho", "Fizi"), ("Twirwaneho", "Uvira")} <= placed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ansarul Islam emerged in Burkina Faso's Soum province in 2016.",
            ("Ansarul Islam", "Soum"),
        ),
        (
            "Twirwaneho emerged in 2019 among Banyamulenge herding communities of the "
            "Hauts Plateaux.",
            ("Twirwaneho", "Hauts Plateaux"),
        ),
    ],
)
def test_a_group_that_emerged_in_a_place_operates_there(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(s, p) for s, p, _q, _pol in presence(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "New TTP training centres have opened in Kunar province.",
            ("TTP", "Kunar", None, "asserted"),
        ),
        (
            "About 100 instructors of the Africa Corps arrived in Ouagadougou in January.",
            ("Wagner Group", "Ouagadougou", None, "asserted"),
        ),
        (
            "A smaller outfit, Hizbul Mujahideen, which police describe as a spent force, "
            "is still active in Kupwara.",
            ("Hizbul Mujahideen", "Kupwara", None, "asserted"),
        ),
    ],
)
def test_training_centres_arrivals_and_a_name_after_its_description(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in presence(text)


def test_a_delegation_that_arrives_for_talks_is_no_presence() -> None:
    assert presence("A Taliban delegation arrived in Doha for talks with US envoys.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram has shifted much of its activity to Cameroon.",
            ("Boko Haram", "Cameroon", None, "asserted"),
        ),
        (
            "Several hundred ISWAP fighters had moved to Diffa after Chad launched an offensive.",
            ("ISWAP", "Diffa", None, "asserted"),
        ),
        (
            "ISWAP fighters move between the islands around Baga.",
            ("ISWAP", "Baga", None, "asserted"),
        ),
        (
            "ISWAP has between 300 and 500 gunmen in Maiduguri.",
            ("ISWAP", "Maiduguri", None, "asserted"),
        ),
    ],
)
def test_moves_to_a_place_and_gunmen_in_it(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in presence(text)


def test_a_move_places_no_one_in_the_clause_after_it() -> None:
    text = "Several hundred ISWAP fighters had moved to Diffa after Chad launched an offensive."
    assert {row[1] for row in presence(text)} == {"Diffa"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid reached M23-held Goma on Monday.", ("M23", "Goma", None, "asserted")),
        (
            "China closed crossings into M23-held areas of North Kivu.",
            ("M23", "North Kivu", None, "asserted"),
        ),
        (
            "Fighting went on in Houthi-controlled Hodeidah.",
            ("Houthis", "Hodeidah", None, "asserted"),
        ),
    ],
)
def test_a_place_held_by_the_group_named_before_the_hyphen(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in presence(text)


def test_a_place_taken_only_if_something_happens_is_no_presence() -> None:
    assert presence("If the Arakan Army takes Sittwe, it will hold a whole state.") == set()


def test_their_grip_is_every_group_the_subject_names() -> None:
    text = (
        "Fighters of the SPLM-N and units of the Rapid Support Forces (RSF) have tightened "
        "their grip on the roads around Kadugli."
    )
    assert {(row[0], row[1]) for row in presence(text)} == {
        ("SPLM-N", "Kadugli"),
        ("Rapid Support Forces", "Kadugli"),
    }


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "JNIM's fighters have repeatedly attacked army and police posts in the Alibori"
            " department since 2022.",
            ("JNIM", "Alibori"),
            None,
        ),
        (
            "JNIM's fighters have killed hundreds of volunteers in ambushes and raids across"
            " the Atacora department.",
            ("JNIM", "Atakora"),
            None,
        ),
        (
            "Mobondo's fighters have burned villages in Kenge territory and in the Bagata"
            " territory of Kwilu.",
            ("Mobondo", "Bagata"),
            None,
        ),
        ("Mobondo burned a church in Kenge on Monday.", None, ("Mobondo", "Kenge")),
        ("JNIM attacked a police post in Alibori on Monday.", None, ("JNIM", "Alibori")),
        ("JNIM fighters killed five soldiers in Alibori on Monday.", None, ("JNIM", "Alibori")),
        (
            "The ADF has repeatedly attacked villages along the road to Butembo.",
            None,
            ("ADF", "Butembo"),
        ),
        (
            "The Houthis have repeatedly attacked merchant ships in the Red Sea.",
            None,
            ("Houthis", "Red Sea"),
        ),
    ],
)
def test_attacks_made_again_and_again_in_a_place_place_the_group_there(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Niger has accused Benin of hosting French military bases on its territory.",
            ("France", "Benin"),
            None,
        ),
        (
            "Niger's junta accused Nigeria of allowing French forces to operate from its soil.",
            ("France", "Nigeria"),
            None,
        ),
        ("Benin hosted French ministers in May.", None, ("France", "Benin")),
        (
            "Nigeria allowed French forces to fly over its territory.",
            None,
            ("France", "Nigeria"),
        ),
    ],
)
def test_a_state_hosting_another_states_forces_has_them_on_its_soil(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


def test_a_group_that_dominates_a_place_is_there() -> None:
    text = "Los Lobos absorbed smaller gangs such as Los Tiguerones, which dominates parts of Guayaquil."
    assert ("Los Tiguerones", "Guayaquil") in {(s, p) for s, p, _q, _pol in presence(text)}


def test_a_war_with_the_government_in_a_place_is_fought_there() -> None:
    text = (
        "Colombia is fighting the ELN. The EMC remains at war with the government in the "
        "south-western department of Cauca."
    )
    assert ("EMC", "Cauca") in {(s, p) for s, p, _q, _pol in presence(text)}


def test_where_an_act_a_group_is_behind_happened_is_no_presence() -> None:
    text = (
        "Jamaah Ansharut Daulah, the network behind the 2018 suicide bombings of three churches "
        "in Surabaya, has been the unit's first target."
    )
    assert ("Jamaah Ansharut Daulah", "Surabaya") not in {
        (s, p) for s, p, _q, _pol in presence(text)
    }


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "For three years the Mahmuda group has held sway over the forests of Kainji Lake "
            "National Park.",
            ("Mahmuda group", "Kainji Lake National Park"),
            None,
        ),
        (
            "The KNLA holds sway over most of rural Kayin State.",
            ("Karen National Liberation Army", "Kayin State"),
            None,
        ),
        (
            "The armed wing of the Karen National Union (KNU), the Karen National Liberation "
            "Army (KNLA), holds sway over most of rural Kayin State.",
            ("Karen National Liberation Army", "Kayin State"),
            ("Karen National Union", "Kayin State"),
        ),
    ],
)
def test_holding_sway_over_a_place_is_presence(
    text: str, expected: tuple[str, str], absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Shwe Kokko, the Chinese-built new city on the Moei north of Myawaddy, is the Karen "
            "National Army's stronghold and the source of much of its wealth.",
            ("Karen National Army", "Shwe Kokko"),
            None,
        ),
        (
            "The convoy came from Sambisa Forest, ISWAP's main stronghold.",
            ("ISWAP", "Sambisa Forest"),
            None,
        ),
        (
            "Indian missiles struck what New Delhi said were nine terrorist camps in Pakistan "
            "and Pakistan-administered Kashmir, among them the headquarters of "
            "Jaish-e-Mohammed (JeM) in Bahawalpur.",
            None,
            ("Jaish-e-Mohammed", "Azad Kashmir"),
        ),
    ],
)
def test_a_place_called_a_groups_stronghold_is_its_presence(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JNIM has camps around Sugapa.", {("JNIM", "Sugapa")}),
        (
            "The TPNPB has repeatedly attacked army posts around Sugapa, the capital of "
            "Intan Jaya, since 2020.",
            {("West Papua National Liberation Army", "Sugapa")},
        ),
        ("JNIM is most active in the South-West.", {("JNIM", "South-West")}),
        ("JNIM took Matupi in June 2024.", {("JNIM", "Matupi")}),
        # a town of a country the story names, which the tagger took for a person
        (
            "The Arakan Army has held Kyauktaw since early 2024, Myanmar's junta admits.",
            {("Arakan Army", "Kyauktaw")},
        ),
        ("The Arakan Army has held Kyauktaw since early 2024.", set()),
    ],
)
def test_a_small_town_the_tagger_did_not_label_is_a_place_after_in_or_around(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


def test_its_after_a_subject_named_in_apposition_is_that_names() -> None:
    text = (
        "The Chin National Front runs Chin State. Its armed wing, the Chin National Army, "
        "keeps its headquarters at Camp Victoria in Thantlang township."
    )
    found = {(s, p) for s, p, _, _ in presence(text)}
    assert ("Chin National Army", "Camp Victoria") in found
    assert ("Chin National Front", "Thantlang") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tren de Aragua fought Los Rastrojos for control of the crossings around Cúcuta.",
            {("Tren de Aragua", "Cúcuta"), ("Los Rastrojos", "Cúcuta")},
        ),
        (
            "The war in Mexico goes on. In Michoacán, the CJNG has fought Cárteles Unidos for "
            "control of the avocado and lime country since 2020, and army officers say drones "
            "are used by both sides.",
            {("CJNG", "Michoacán"), ("Cárteles Unidos", "Michoacán")},
        ),
    ],
)
def test_the_ground_a_fight_is_for_holds_both_sides(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US officials believe ISIS runs training camps in the desert around Palmyra "
            "and al-Sukhnah.",
            {("Islamic State", "Palmyra"), ("Islamic State", "al-Sukhnah")},
        ),
        (
            "The study found the Comando Vermelho dominant in Amazonas.",
            {("Comando Vermelho", "Amazonas")},
        ),
    ],
)
def test_an_article_named_town_in_a_list_and_a_dominant_group(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        (
            "The Polisario Front cannot mass men in the open any more, and most of its units "
            "now stay close to the camps around Tindouf.",
            "asserted",
        ),
        ("The Polisario Front does not keep camps around Tindouf any more.", "denied"),
        # what nothing shows is denied; what nobody doubts is asserted
        (
            "Nothing in our material suggests that the Polisario Front keeps camps around Tindouf.",
            "denied",
        ),
        ("Nobody doubts that the Polisario Front keeps camps around Tindouf.", "asserted"),
        # a description set off as an apposition is said apart from its clause's negation
        (
            "The Polisario Front, a movement based around Tindouf, has never attacked Mauritania.",
            "asserted",
        ),
        (
            "The Polisario Front, a movement active around Tindouf, has denied any contact "
            "with al-Qaeda.",
            "asserted",
        ),
    ],
)
def test_a_negation_does_not_cross_comma_and_into_a_clause_with_its_own_subject(
    text: str, polarity: str
) -> None:
    assert ("Polisario Front", "Tindouf", polarity) in {
        (s, p, pol) for s, p, _, pol in presence(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Jenin Brigade ambushed Israeli troops near the camp.", set()),
        ("The TTP uses Afghan soil as a base.", {("TTP", "Afghanistan")}),
        ("The TTP's fighters train in Afghan camps.", {("TTP", "Afghanistan")}),
    ],
)
def test_a_nationality_places_only_a_place_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The FLA has claimed attacks on Malian army posts near Anefis.",
        "The FLA has claimed responsibility for attacks on Malian army posts near Anefis.",
    ],
)
def test_attacks_a_group_claims_place_it_where_they_were(text: str) -> None:
    assert_placed(text, ("Azawad Liberation Front", "Anefis"), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buthidaung fell to the Arakan Army in May 2024.", {("Arakan Army", "Buthidaung")}),
        ("Sittwe could fall to the Arakan Army within weeks.", set()),
        ("If Sittwe falls to the Arakan Army, the junta will lose Rakhine.", set()),
    ],
)
def test_a_place_that_fell_to_a_group_is_held_by_it(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(s, p) for s, p, _, _ in presence(text)} == expected


def test_a_nationality_in_a_presence_phrase_places_nobody_there() -> None:
    assert_placed(
        "The Africa Corps has since set up shop in Burkina Faso, where about 100 Russian "
        "instructors arrived in January, and in Niger, which received its first contingent "
        "in April, according to Russian state media.",
        None,
        ("Wagner Group", "Russia"),
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "SSC-Khatumo fights Somaliland. On the ground the SSC holds everything from Oog "
            "to Buuhoodle.",
            ("SSC-Khatumo", "Buuhoodle"),
            None,
        ),
        (
            "The Rohingya Solidarity Organisation recruits in the camps. The Rohingya were "
            "still living in Rakhine when the fighting resumed.",
            None,
            ("Rohingya Solidarity Organisation", "Rakhine"),
        ),
    ],
)
def test_the_first_part_of_a_hyphen_joined_name_stands_for_it(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


def test_the_brigade_is_the_group_the_sentence_before_spoke_of() -> None:
    text = (
        "The Fatemiyoun Brigade fought in Syria for a decade.\n\n"
        "About 600 Zainabiyoun veterans have returned to Kurram, officials said. The same "
        "officials believe the brigade still keeps a few dozen members in Parachinar."
    )
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    assert ("Liwa Zainabiyoun", "Parachinar") in placed
    assert ("Liwa Fatemiyoun", "Parachinar") not in placed


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a group described as the group or militia "of" a place is there
        (
            "Twirwaneho, the Banyamulenge armed group of the Hauts Plateaux, fights on.",
            ("Twirwaneho", "Hauts Plateaux"),
            None,
        ),
        ("CODECO is the main militia of Ituri.", ("CODECO", "Ituri"), None),
        # an origin is no place, and a plural description is no one group's
        (
            "The Allied Democratic Forces (ADF), an armed group of Ugandan origin, attacked Beni.",
            None,
            ("ADF", "Uganda"),
        ),
        ("Hezbollah said a group of fighters of Syria had left.", None, ("Hezbollah", "Syria")),
        # a town put under blockade is held, and Burkina Faso's Est region is a place
        ("JNIM has placed Djibo under blockade.", ("JNIM", "Djibo"), None),
        (
            "Katiba Hanifa dominates Burkina Faso's Est region.",
            ("Katiba Hanifa", "Est region"),
            None,
        ),
    ],
)
def test_groups_described_by_their_place_blockades_and_the_est_region(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


def test_both_after_two_names_places_each() -> None:
    text = (
        "Among the largest units were the al-Halbous Brigade and the al-Marsa Brigade, "
        "both still headquartered in Misrata."
    )
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    assert {("al-Halbous Brigade", "Misrata"), ("al-Marsa Brigade", "Misrata")} <= placed


def test_a_place_based_description_taken_for_a_group_named_before_places_nobody() -> None:
    text = (
        "Human Rights Watch documented abuses by the VDP around Solenzo. In May the New "
        "York-based group said soldiers and militiamen had killed 130 people."
    )
    assert not any(place == "New York" for _s, place, _q, _p in presence(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EGC keeps a permanent armed presence in Riosucio, Carmen del Darién, Juradó "
            "and Unguía, and its fighters patrol the river.",
            {"Riosucio", "Carmen del Darién", "Juradó", "Unguía"},
        ),
        # a clause after "and" closes no list
        (
            'The TTP has no camps in Kunar, and Pakistan should look at its own territory."',
            {"Kunar"},
        ),
    ],
)
def test_every_place_of_a_list_the_parser_split_is_read(text: str, expected: set[str]) -> None:
    assert {place for _subject, place, _qualifier, _polarity in presence(text)} == expected


def test_we_in_a_quote_is_the_side_the_gazetteer_gives_its_speaker() -> None:
    text = (
        'Al-Shabaab has lost ground. "Our fighters still hold the countryside of Hiiraan," '
        "Ali Dheere said."
    )
    assert ("al-Shabaab", "Hiiraan", None, "asserted") in presence(text)


@pytest.mark.parametrize(
    ("text", "placed", "unplaced"),
    [
        (
            "MONUSCO has its regional headquarters in Bunia and keeps bases in Djugu.",
            {("MONUSCO", "Bunia", None, "asserted"), ("MONUSCO", "Djugu", None, "asserted")},
            set(),
        ),
        # an organisation that is no mission nor army abroad is not placed
        (
            "Human Rights Watch keeps an office in Bunia. Mexico's National Guard has bases "
            "in Sinaloa.",
            set(),
            {"Human Rights Watch", "National Guard"},
        ),
    ],
)
def test_missions_are_present_where_deployed_other_organisations_are_not(
    text: str, placed: set[tuple[str, str, str | None, str]], unplaced: set[str]
) -> None:
    found = presence(text)
    assert placed <= found
    assert not {subject for subject, *_ in found} & unplaced


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The KNA had between 300 and 400 trained fighters, of whom perhaps 100 remain "
            "inside Bangladesh.",
            ("Kuki National Army", "Bangladesh"),
            None,
        ),
        (
            "Police said Lashkar-e-Taiba still had at least 40 cadres active, most of them "
            "hiding in the forests of Kishtwar and Rajouri.",
            ("Lashkar-e-Taiba", "Rajouri"),
            None,
        ),
        # where they came from is no place they are
        (
            "Officers say the RSF has massed 15,000 fighters around El Fasher, many of them "
            "recruited from Arab tribes across Darfur.",
            None,
            ("Rapid Support Forces", "Darfur"),
        ),
    ],
)
def test_part_of_a_counted_force_placed_by_its_own_verb(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ISWAP no longer holds Baga.", "Baga"),
        ("The army said ISWAP no longer had any presence in Monguno.", "Monguno"),
    ],
)
def test_a_presence_no_longer_held_is_denied(text: str, place: str) -> None:
    assert presence(text) == {("ISWAP", place, None, "denied")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Somalia-based al-Shabaab attacked Kenya.", ("al-Shabaab", "Somalia")),
        ("The Kunar-based ISIS-K cell was dismantled.", ("ISIS-K", "Kunar")),
        ("Kabul-based Taliban leaders met on Monday.", ("Taliban", "Kabul")),
    ],
)
def test_a_group_based_in_a_place_is_present_there(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, None, "asserted") in presence(text)


def test_an_expert_based_somewhere_places_no_group() -> None:
    assert presence("The Ouagadougou-based JNIM expert spoke on Monday.") == set()


def test_a_demonym_on_a_groups_own_network_places_the_group() -> None:
    assert presence("Al-Qaeda's Afghan network is growing.") == {
        ("al-Qaeda", "Afghanistan", None, "asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS-K attacks in Nangarhar have fallen sharply.", ("ISIS-K", "Nangarhar")),
        ("JNIM attacks in northern Benin have doubled.", ("JNIM", "Benin")),
        ("JNIM's raids across the Est region continued.", ("JNIM", "Est region")),
    ],
)
def test_a_groups_attacks_set_in_a_place_place_it_there(
    text: str, expected: tuple[str, str]
) -> None:
    assert_placed(text, expected, None)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Fears of ISIS-K attacks in Europe have grown.", ("ISIS-K", "Europe")),
        ("The ISIS-K attack in Kabul killed 170 people.", ("ISIS-K", "Kabul")),
        ("Germany foiled ISIS-K plots and attacks in Cologne.", ("ISIS-K", "Cologne")),
    ],
)
def test_one_attack_or_attacks_only_feared_place_no_one(text: str, absent: tuple[str, str]) -> None:
    assert_placed(text, None, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Ugandan army has sent units to Bunia.",
            ("Uganda People's Defence Forces", "Bunia"),
            None,
        ),
        (
            "In 2020 the Hamza Division sent fighters to Libya on Turkish contracts.",
            ("Hamza Division", "Libya"),
            None,
        ),
        ("Hamas sent a delegation to Cairo.", None, ("Hamas", "Cairo")),
        (
            "The MILF said it would not send any of its forces into Sulu.",
            None,
            ("Moro Islamic Liberation Front", "Sulu"),
        ),
    ],
)
def test_sending_its_own_fighters_somewhere_places_the_sender(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize("army", ["FDNB", "Rwanda Defence Force"])
def test_a_neighbours_army_deployed_abroad_is_present_there(army: str) -> None:
    text = f"{army} units were present in South Kivu, in Congo, at the invitation of Kinshasa."
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    name = "Burundi National Defence Force" if army == "FDNB" else army
    assert (name, "South Kivu") in placed


def test_a_states_expeditionary_force_abroad_is_present_there() -> None:
    text = "Quds Force officers are reportedly still in Sanaa, advising the Houthis."
    placed = {(s, p) for s, p, _q, _pol in presence(text)}
    assert ("Quds Force", "Sanaa") in placed
    home = "Quds Force officers train recruits in Tehran."
    assert not {(s, p) for s, p, _q, _pol in presence(home) if s == "Quds Force"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Kamuina Nsapu militias still roam the Kasai. Some 300 of them are in Kazumba.",
            ("Kamuina Nsapu", "Kazumba"),
            None,
        ),
        (
            "Tren de Aragua has spread across South America. Most of them are in Peru.",
            ("Tren de Aragua", "Peru"),
            None,
        ),
        # "them" that no part is taken of refers to nothing
        (
            "Kamuina Nsapu militias raided Tshikapa. Soldiers drove them back to Kazumba.",
            None,
            ("Kamuina Nsapu", "Kazumba"),
        ),
    ],
)
def test_a_part_taken_of_them_is_of_the_group_before(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Red Hand Commando has fewer than 300 members, most of them in North Down and "
            "around Bangor.",
            ("Red Hand Commando", "Bangor"),
            None,
        ),
        (
            "About 2,500 American troops remain in Iraq, most of them at Ain al-Asad air base "
            "and in Erbil.",
            ("United States", "Erbil"),
            None,
        ),
        (
            # "from" says where they came from, not where they are
            "Al-Shabaab keeps several hundred fighters in Jubaland, most of them around Jilib "
            "and from Kismayo.",
            ("al-Shabaab", "Jilib"),
            ("al-Shabaab", "Kismayo"),
        ),
    ],
)
def test_a_place_after_a_joined_preposition_is_placed_as_the_first(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    assert_placed(text, expected, absent)


def test_a_phrase_after_the_opening_name_and_a_comma_describes_that_name() -> None:
    placed = presence(
        "The FDLR is a Rwandan Hutu militia. The Wazalendo, the armed groups mobilized since "
        "2022 to fight the M23, hold positions in Masisi and Walikale."
    )
    groups = {s for s, p, _q, _pol in placed if p == "Masisi"}
    assert groups == {"Wazalendo"}


def test_a_name_listed_after_a_known_place_is_a_place() -> None:
    text = "The RCSS controls the hills from Mong Ton and Mong Hsat to Langkho."
    document = Document.create(text)
    reading = rules().rule_reading(document, rules().nlp(document.body))
    kinds = {s.actor.name: s.actor.kind for s in reading.actors.spans}
    assert (kinds.get("Mong Ton"), kinds.get("Mong Hsat")) == ("place", "place")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure done: no longer there
        (
            "SDF units pulled out of Aleppo's Sheikh Maqsoud district in April.",
            ("SDF", "Sheikh Maqsoud", None, "denied"),
        ),
        (
            "MONUSCO, which withdrew from Tanganyika province in June 2022, still has troops "
            "in Ituri.",
            ("MONUSCO", "Tanganyika", None, "denied"),
        ),
        # promised or refused: still there
        (
            "The TNLA agreed to a ceasefire and to withdraw from Mogok.",
            ("TNLA", "Mogok", None, "asserted"),
        ),
    ],
)
def test_a_group_leaving_a_place_was_there_and_is_no_longer_once_it_has_left(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in presence(text)


def test_a_clause_beside_a_departure_places_nothing() -> None:
    text = (
        "The KNF said its fighters would not pull back from Ruma while the army kept bombing "
        "Bawm villages in Bangladesh."
    )
    assert not {p for p in presence(text) if p[1] == "Bangladesh"}
