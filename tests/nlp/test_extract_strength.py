"""Strength claims: the number forms of the annotation guide, units and holders."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.nlp.coref import resolve_coreference
from claimgraph.nlp.extract import get_extractor
from claimgraph.nlp.segments import segment

Row = tuple[str, str, float | None, float | None, bool]


def strength_count(text: str) -> int:
    """How many strength claims, with or without a value, are read from ``text``."""
    claims = get_extractor().extract(Document.create(text)).claims
    return len([c for c in claims if c.type == "strength"])


def strengths(text: str) -> list[Row]:
    """(subject, unit, min, max, approx) of every strength claim read from ``text``."""
    claims = get_extractor().extract(Document.create(text)).claims
    out = []
    for claim in claims:
        if claim.type == "strength" and claim.value is not None:
            value = claim.value
            out.append((claim.subject.name, claim.predicate, value.min, value.max, value.approx))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
            ("ISIS-K", "fighters", 4000, 6000, False),
        ),
        (
            "Officials counted an estimated 400 al-Qaeda fighters in the east.",
            ("al-Qaeda", "fighters", 400, 400, True),
        ),
        # an official's word for the fighters he hunts counts them all the same
        (
            "The governor said no more than 300 Fano bandits remain in the bush.",
            ("Fano", "fighters", None, 300, False),
        ),
        (
            "JNIM now has over 21 groups under its banner.",
            ("JNIM", "groups", 22, None, False),
        ),
        (
            "Hezbollah commands several hundred fighters in the south.",
            ("Hezbollah", "fighters", 200, 900, True),
        ),
        (
            "The Houthis can call on thousands of fighters.",
            ("Houthis", "fighters", 1000, 9999, True),
        ),
        (
            "ISWAP may have up to 3,000 fighters around Lake Chad.",
            ("ISWAP", "fighters", None, 3000, False),
        ),
        (
            "AQAP retains fewer than 100 fighters in Shabwa.",
            ("AQAP", "fighters", None, 99, False),
        ),
        (
            "Hamas trained two thousand recruits last year.",
            ("Hamas", "recruits", 2000, 2000, False),
        ),
        (
            "The TTP can field some 5,000 militants along the border.",
            ("TTP", "fighters", 5000, 5000, True),
        ),
        (
            "ETIM operates three training camps near the border.",
            ("ETIM", "camps", 3, 3, False),
        ),
        (
            "Rwanda has deployed about 4,000 of its soldiers in North Kivu.",
            ("Rwanda", "troops", 4000, 4000, True),
        ),
        (
            "SSC-Khatumo has sent a few hundred of its own fighters to Erigavo.",
            ("SSC-Khatumo", "fighters", 200, 900, True),
        ),
        (
            "At its peak SAMIM had about 2,000 personnel.",
            ("SAMIM", "personnel", 2000, 2000, True),
        ),
        (
            "The Rwanda Defence Force has 10,000 troops in South Kivu.",
            ("Rwanda Defence Force", "troops", 10000, 10000, False),
        ),
    ],
)
def test_strength_forms(text: str, expected: Row) -> None:
    assert expected in strengths(text)


def test_a_count_ending_its_sentence_counts_nothing_of_the_next() -> None:
    text = (
        "The DHKP-C is active in Istanbul. The State Department puts the organisation's "
        "membership at several dozen. Turkish authorities assess that it has no more than "
        "a hundred militants."
    )
    assert strengths(text) == [
        ("DHKP-C", "members", 24, 99, True),
        ("DHKP-C", "fighters", None, 100, False),
    ]


def test_a_count_with_family_counts_members_and_keeps_the_qualifier() -> None:
    text = (
        "Al-Qaeda's fighters there are estimated at around 400, "
        "rising to some 2,000 including family members."
    )
    claims = [
        c for c in get_extractor().extract(Document.create(text)).claims if c.type == "strength"
    ]
    members = [c for c in claims if c.predicate == "members"]
    assert [(c.value.min, c.value.qualifier) for c in members if c.value] == [
        (2000, "including family members")
    ]
    assert ("al-Qaeda", "fighters", 400, 400, True) in strengths(text)


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed 40 ISIS-K fighters near Jalalabad.",
        "Police arrested 12 Hamas members on Monday.",
        "Al-Shabaab attacked the base in 2019.",
        "ISIS-K claimed an attack that wounded 80 people.",
        "The army killed 40 ISWAP fighters, many of them recruited from Chad.",
        "Bundu dia Kongo is back. In July, police officers and the movement's guards "
        "exchanged fire for two days in Songololo, leaving three officers and at least "
        "eleven BDK followers dead.",
        # the people a study interviewed are its sample, not a force
        "Human Rights Watch researchers interviewed 37 former M23 recruits in Goma.",
        # fighters registered for disarmament are an event too
        "DDR officials say about 600 UPC fighters have registered at transit sites in Bambari.",
        # the people counted as a story's sources are no force
        "The RSF left Khartoum for El Obeid in November, two of its officers said.",
        "Three JNIM commanders told the agency that the blockade would go on.",
    ],
)
def test_counts_of_events_are_not_strength(text: str) -> None:
    assert strengths(text) == []


def test_the_object_of_put_at_is_the_counted_group() -> None:
    text = "UN monitors put ISIS-K at between 4,000 and 6,000 fighters."
    assert strengths(text) == [("ISIS-K", "fighters", 4000, 6000, False)]


def test_counts_of_one_sentence_keep_distinct_ids() -> None:
    text = "ISIS-K had 2,000 fighters in 2021 and 4,000 fighters in 2023."
    claims = [
        c for c in get_extractor().extract(Document.create(text)).claims if c.type == "strength"
    ]
    assert len(claims) == len({c.id for c in claims}) >= 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hurras al-Din lost ground last year. "
            "The UN Monitoring Team put it at about 900 fighters.",
            ("Hurras al-Din", "fighters", 900, 900, True),
        ),
        (
            "Islamic State Yemen may number as many as 500 fighters.",
            ("Islamic State Yemen", "fighters", None, 500, False),
        ),
    ],
)
def test_counts_after_put_it_at_and_number_as_many_as(text: str, expected: Row) -> None:
    assert expected in strengths(text)


def test_a_bare_count_takes_the_unit_counted_before_it() -> None:
    text = "ISWAP has some 4,000 fighters, while the remnants of Boko Haram are put at 1,200."
    assert ("Boko Haram", "fighters", 1200, 1200, False) in strengths(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab's ranks have swelled to as many as 12,000.",
            [("al-Shabaab", "fighters", None, 12000, False)],
        ),
        ("The Taliban recruited thousands of former fighters into their army.", []),
    ],
)
def test_size_nouns_as_written_and_recruitment_counts(text: str, expected: list[Row]) -> None:
    assert strengths(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Western estimates put Hezbollah's full-time fighters at 20,000–30,000.",
            [("Hezbollah", "fighters", 20000, 30000, False)],
        ),
        (
            "The report puts the number of the TTP's fighters at between 1,500 and 3,000.",
            [("TTP", "fighters", 1500, 3000, False)],
        ),
        (
            "Officials estimate that no more than five hundred of ISWAP's fighters remain.",
            [("ISWAP", "fighters", None, 500, False)],
        ),
        (
            "ISIL-K is assessed to number between 4,000 and 6,000, a figure that includes "
            "family members.",
            [("ISIS-K", "members", 4000, 6000, False)],
        ),
        ("Public estimates of ISIS-K's size differ by a factor of two or more.", []),
    ],
)
def test_counts_named_by_the_estimate_and_its_qualifier(text: str, expected: list[Row]) -> None:
    assert strengths(text) == expected


def test_no_more_than_is_a_bound_not_a_denial() -> None:
    claims = (
        get_extractor()
        .extract(Document.create("Officials say no more than 500 ISWAP fighters remain."))
        .claims
    )
    assert [c.polarity for c in claims if c.type == "strength"] == ["asserted"]


def test_the_two_groups_is_no_count() -> None:
    assert (
        strengths("Al-Shabaab and ISWAP are rivals, and the two groups have fought since 2020.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army said the Abu Sayyaf now has fewer than 50 members left in Sulu, "
            "down from more than 400 in 2016.",
            [
                ("Abu Sayyaf Group", "members", None, 49, False),
                ("Abu Sayyaf Group", "members", 401, None, False),
            ],
        ),
        (
            "Nearly nine thousand suspected ISIS members are still held in prisons run by the SDF.",
            [],
        ),
        (
            "Eleven members of the Abu Sayyaf Group, including a sub-leader, surrendered on Monday.",
            [],
        ),
    ],
)
def test_earlier_counts_detainees_and_surrenders(text: str, expected: list[Row]) -> None:
    assert strengths(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union Transition Mission in Somalia (ATMIS), which has nearly 20,000 "
            "troops in the country, is due to leave.",
            [("ATMIS", "troops", 20000, 20000, True)],
        ),
        (
            "The federal government has paid the salaries of some 3,000 SSC-Khatumo soldiers.",
            [("SSC-Khatumo", "troops", 3000, 3000, True)],
        ),
        (
            "AUSSOM took over with an authorised strength of about 11,900 personnel.",
            [("AUSSOM", "personnel", 11900, 11900, True)],
        ),
        (
            "The UN Monitoring Team said ISIS-K has 4,000 fighters.",
            [("ISIS-K", "fighters", 4000, 4000, False)],
        ),
    ],
)
def test_missions_hold_troops_but_not_fighters(text: str, expected: list[Row]) -> None:
    assert strengths(text) == expected


def test_the_figure_put_at_a_new_value_is_the_estimate_before() -> None:
    text = (
        "The UN Panel estimated that between 800 and 1,200 Wagner personnel were deployed "
        "in Libya. US Africa Command put the figure higher that year, at about 2,000."
    )
    rows = strengths(text)
    assert ("Wagner Group", "personnel", 2000, 2000) in [r[:4] for r in rows]


@pytest.mark.parametrize(
    ("second", "low", "high"),
    [
        ("The real figure is probably nearer 30,000, a researcher said.", 30000, 30000),
        ("MONUSCO officials say the figure is now closer to 3,000.", 3000, 3000),
        ("She reckons the real figure lies between 400 and 500.", 400, 500),
    ],
)
def test_what_the_figure_is_said_to_be_is_the_estimate_before(
    second: str, low: int, high: int
) -> None:
    rows = [r[:4] for r in strengths(f"UN monitors say ISIS-K has 2,000 fighters. {second}")]
    assert rows == [("ISIS-K", "fighters", 2000, 2000), ("ISIS-K", "fighters", low, high)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Kamuina Nsapu militias roam the Kasai with perhaps 1,000 fighters. "
            "Some 300 of them are in Kazumba alone.",
            ("Kamuina Nsapu", "fighters", 300, 300),
        ),
        (
            "The Ministry counts fewer than eighty active DHKP-C supporters, some thirty of "
            "whom live in Vienna.",
            ("DHKP-C", "supporters", 30, 30),
        ),
        (
            "Hamas has 20,000 fighters. Its commanders could mobilise 18,000 of them within a day.",
            ("Hamas", "fighters", 18000, 18000),
        ),
        # a part killed is an event, not a count
        ("ISWAP has 3,000 fighters. Forty of them were killed in the raid.", None),
        ("Hamas has 20,000 fighters. Israeli strikes killed 4,000 of them last year.", None),
    ],
)
def test_a_part_of_them_is_counted_as_the_group_before(
    text: str, part: tuple[str, str, int, int] | None
) -> None:
    rows = [r[:4] for r in strengths(text)]
    assert len(rows) == (1 if part is None else 2)
    assert part is None or part in rows


def test_a_figure_put_at_a_second_value_by_another_counter() -> None:
    text = (
        "UN monitors say the Islamic State has 1,000 fighters in Syria. Two Member States put "
        "the figure at between 400 and 600, and a third at no more than 350."
    )
    rows = [r[:4] for r in strengths(text)]
    assert ("Islamic State", "fighters", None, 350) in rows


def test_a_second_count_with_its_verb_and_unit_left_out() -> None:
    text = "By his count, the TNLA has roughly 8,000 fighters and the MNDAA about 6,000."
    rows = [r[:4] for r in strengths(text)]
    assert ("TNLA", "fighters", 8000, 8000) in rows
    assert ("MNDAA", "fighters", 6000, 6000) in rows
    assert ("MNDAA", "fighters", 8000, 8000) not in rows


def test_a_second_count_after_a_verb_that_sets_figures() -> None:
    text = "An official put ISWAP at 500 to 800 men and JAS at probably fewer than 300."
    rows = [r[:4] for r in strengths(text)]
    assert ("ISWAP", "fighters", 500, 800) in rows
    assert ("Boko Haram", "fighters", None, 299) in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Group estimated that the M23 had between 6,000 and 8,000 fighters in May, "
            "compared with about 3,000 at the end of 2023.",
            ("M23", "fighters", 3000, 3000),
        ),
        (
            "A report puts the NDC-R at roughly 1,200 fighters, against some 2,000 in 2019.",
            ("NDC-R", "fighters", 2000, 2000),
        ),
        (
            "Officials say the Chapitos have between 2,000 and 3,000 gunmen across Sinaloa, "
            "against fewer than a thousand for La Mayiza.",
            ("La Mayiza", "fighters", None, 999),
        ),
        (
            "Puntland officials say the offensive has cut ISIS-Somalia from about 1,000 "
            "fighters at the start of the year to fewer than 400.",
            ("Islamic State Somalia", "fighters", None, 399),
        ),
    ],
)
def test_a_bare_count_set_beside_the_one_before_counts_the_same_unit(
    text: str, expected: tuple[str, str, float | None, float | None]
) -> None:
    assert expected in [r[:4] for r in strengths(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP has about 5,000 fighters, and its raids rose from 20 in 2023 to 45 in 2024.",
        "ISWAP has about 5,000 fighters; it lost 300 in clashes compared with last year.",
    ],
)
def test_counts_beside_an_estimate_that_are_no_contrast(text: str) -> None:
    assert [r[:4] for r in strengths(text)] == [("ISWAP", "fighters", 5000, 5000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NPA has between 1,500 and 2,000 armed regulars.",
            ("New People's Army", "fighters", 1500, 2000, False),
        ),
        (
            "The NPA still fights in more than 100 guerrilla fronts.",
            ("New People's Army", "fronts", 101, None, False),
        ),
        (
            "The VDP now counts roughly fifty thousand volunteers.",
            ("Volunteers for the Defence of the Homeland", "volunteers", 50000, 50000, True),
        ),
    ],
)
def test_regulars_fronts_and_volunteers_are_counted(text: str, expected: Row) -> None:
    assert expected in strengths(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Alliance of Sahel States announced a joint force of 5,000 troops to fight "
        "jihadist groups.",
        "The Alliance of Sahel States said it would establish a unified force of 5,000 troops.",
    ],
)
def test_a_force_being_founded_is_no_strength(text: str) -> None:
    assert strengths(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF was thought to have some 100,000 fighters, many of them recruited from "
            "Arab clans.",
            ("Rapid Support Forces", "fighters", 100000, 100000, True),
        ),
        (
            "Al-Shabaab is strong. The UN estimates that it has between 7,000 and 12,000 fighters.",
            ("al-Shabaab", "fighters", 7000, 12000, False),
        ),
        (
            "Al-Shabaab is strong. The ISSP says it has 3,000 fighters.",
            ("Islamic State Sahel", "fighters", 3000, 3000, False),
        ),
    ],
)
def test_a_clause_on_some_of_the_force_and_it_counted_by_a_body(text: str, expected: Row) -> None:
    assert expected in strengths(text)


@pytest.mark.parametrize(
    ("text", "expected", "polarity"),
    [
        ("The Jenin Brigade never had more than 120 fighters.", (None, 120), "asserted"),
        ("ISWAP does not have fewer than 300 fighters.", (300, None), "asserted"),
        ("ISWAP does not have 300 fighters.", (300, 300), "denied"),
    ],
)
def test_a_denied_open_bound_is_the_other_bound(
    text: str, expected: tuple[int | None, int | None], polarity: str
) -> None:
    claims = get_extractor().extract(Document.create(text)).claims
    found = [(c.value.min, c.value.max, c.polarity) for c in claims if c.value is not None]
    assert found == [(*expected, polarity)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RCSS has fewer than 1,000 soldiers left in the north.",
            [("Restoration Council of Shan State", "fighters", None, 999, False)],
        ),
        (
            "Rwanda has deployed about 4,000 soldiers in North Kivu.",
            [("Rwanda", "troops", 4000, 4000, True)],
        ),
    ],
)
def test_an_armed_groups_soldiers_are_its_fighters_a_states_its_troops(
    text: str, expected: list[Row]
) -> None:
    assert strengths(text) == expected


def test_the_killing_of_soldiers_is_no_strength() -> None:
    assert strengths("The army blamed IPOB for the killing of five soldiers in Aba.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts say ISWAP has 4,000 fighters in Borno, and Boko Haram probably has "
            "fewer than 1,500.",
            ("Boko Haram", "fighters", None, 1499, False),
        ),
        (
            "ISIL-Somalia, which had grown to 1,000 fighters by 2024, had been reduced to "
            "fewer than 300 by March.",
            ("Islamic State Somalia", "fighters", None, 299, False),
        ),
    ],
)
def test_a_second_group_counted_in_the_unit_before(text: str, expected: Row) -> None:
    assert expected in strengths(text)


def test_a_share_of_municipalities_is_no_strength() -> None:
    text = "The ELN has about 5,800 members and is present in more than 200 of the municipalities."
    assert [s for s in strengths("The ELN is strong. " + text) if s[2] != 5800] == []


def test_its_strength_put_at_a_figure_by_monitors_is_not_the_monitors() -> None:
    text = (
        "ISKP is active in Bajaur. "
        "UN sanctions monitors put its overall strength at about 2,000 fighters."
    )
    assert [row[:4] for row in strengths(text)] == [("ISIS-K", "fighters", 2000, 2000)]


def test_a_count_in_a_relative_clause_on_the_subject_is_the_subjects_not_the_main_objects() -> None:
    text = (
        "Burundi, which has kept several thousand troops in South Kivu since 2023, has "
        "fought Twirwaneho on the plateaux."
    )
    holders = {row[0] for row in strengths(text)}
    assert holders == {"Burundi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ADF's fighters number about 1,500.", ("ADF", "fighters", 1500, 1500, True)),
        (
            "Al-Shabaab fighters number between 7,000 and 12,000.",
            ("al-Shabaab", "fighters", 7000, 12000, False),
        ),
        ("The ADF's members numbered some 500 in 2019.", ("ADF", "members", 500, 500, True)),
        (
            "Al-Shabaab fields a 9,000-strong force in the south.",
            ("al-Shabaab", "fighters", 9000, 9000, False),
        ),
        ("The ADF has a force of about 1,200.", ("ADF", "fighters", 1200, 1200, True)),
        ("The ADF has 1,200 fighters or fewer.", ("ADF", "fighters", None, 1200, False)),
        ("Al-Shabaab has some 12 000 fighters.", ("al-Shabaab", "fighters", 12000, 12000, True)),
    ],
)
def test_counting_verbs_sizes_and_bounds_after_the_noun(text: str, expected: Row) -> None:
    assert strengths(text) == [expected]


def test_a_revised_estimate_states_only_the_new_figure() -> None:
    text = (
        "The Tigris Forum raised its estimate for Kataib Hezbollah from about 5,000 "
        "fighters to between 7,000 and 10,000."
    )
    assert [row[:4] for row in strengths(text)] == [("Kata'ib Hezbollah", "fighters", 7000, 10000)]


def test_a_figure_revised_in_a_second_clause_replaces_the_first() -> None:
    text = (
        "The army had estimated Lakurawa at about 2,000 fighters, but revised that "
        "figure to roughly 1,200 in March."
    )
    assert [row[:4] for row in strengths(text)] == [("Lakurawa", "fighters", 1200, 1200)]


@pytest.mark.parametrize(
    "text",
    [
        "Between them, Kataib Hezbollah and Nujaba could put perhaps 15,000 men in the field.",
        "The ADF and the CODECO together are estimated to have about 3,000 fighters.",
    ],
)
def test_a_count_summed_over_two_groups_is_no_groups_strength(text: str) -> None:
    assert strengths(text) == []


def test_a_count_each_of_two_groups_has_is_both_strengths() -> None:
    text = "The ADF and the CODECO each have about 1,000 fighters."
    assert {row[0] for row in strengths(text)} == {"ADF", "CODECO"}


def test_the_number_put_at_a_figure_is_the_earlier_groups_not_the_counters() -> None:
    text = (
        "The Islamic State has about 2,500 fighters in Syria, US officials say. "
        "SDF commanders put the number in the Badia at more than four thousand."
    )
    assert [row[:4] for row in strengths(text)] == [
        ("Islamic State", "fighters", 2500, 2500),
        ("Islamic State", "fighters", 4001, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior officers say the CPI (Maoist) has around 1,200 armed cadres left.",
            ("CPI (Maoist)", "cadres", 1200, 1200, True),
        ),
        (
            "The ADF now has about 2,000 fighters, above the UN's range of 1,200 to 1,500.",
            ("ADF", "fighters", 1200, 1500, False),
        ),
        (
            "The Izz ad-Din al-Qassam Brigades lost many men. Today the Brigades have about "
            "20,000 fighters.",
            ("Izz ad-Din al-Qassam Brigades", "fighters", 20000, 20000, True),
        ),
    ],
)
def test_cadres_another_estimates_range_and_a_groups_last_name(text: str, expected: Row) -> None:
    assert expected in strengths(text)


def test_a_count_held_together_with_unnamed_others_is_no_strength() -> None:
    assert (
        strengths("Lakurawa and the bandit gangs it supplies together have some 5,000 gunmen.")
        == []
    )
    assert strengths("Lakurawa has some 5,000 gunmen, together with its auxiliaries.") != []


def test_our_own_estimate_is_a_figure_of_the_group_counted_before() -> None:
    text = (
        "Malian officers put the FLA's strength at fewer than 1,000 fighters. Our own "
        "estimate, based on interviews in Tinzaouaten, is 2,000 to 3,000 fighters."
    )
    extraction = get_extractor().extract(Document.create(text, outlet="Niger Bend Institute"))
    found = {
        (c.subject.name, c.value.min, c.value.max, c.source.name)
        for c in extraction.claims
        if c.type == "strength" and c.value is not None
    }
    assert ("Azawad Liberation Front", 2000, 3000, "Niger Bend Institute") in found


def test_a_states_police_officers_abroad_are_its_strength_there() -> None:
    text = "Kenya, which leads the Mission, had about 730 police officers in Haiti on that date."
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    found = {
        (c.predicate, c.subject.name, c.value.min)
        for c in extraction.claims
        if c.type == "strength" and c.value is not None
    }
    assert ("officers", "Kenya", 730) in found


@pytest.mark.parametrize(
    "text",
    [
        "The ADF may have 1,500 people with guns, but it also holds hundreds of captives.",
        "The ELN has close to 7,000 people under arms.",
    ],
)
def test_people_counted_with_their_weapons_are_fighters(text: str) -> None:
    units = {row[1] for row in strengths(text)}
    assert units == {"fighters"}


def test_the_band_refers_back_to_the_group() -> None:
    text = (
        "The Mahmuda group raided three villages near Kaiama last year. The army says the "
        "band has shrunk to a few dozen fighters."
    )
    assert ("Mahmuda group", "fighters", 24, 99, True) in strengths(text)


def test_a_second_group_given_only_a_number_after_a_comma_has_that_many() -> None:
    rows = strengths("Hamas has 800 fighters, and Islamic Jihad about 250.")
    assert ("Palestinian Islamic Jihad", "fighters", 250, 250, True) in rows


def test_a_number_inside_a_name_counts_nothing() -> None:
    text = "Densus 88 officers in Central Java say a few dozen former members refused the oath."
    assert not any(row[0] == "Densus 88" for row in strengths(text))


def test_a_footnote_marker_counts_nothing() -> None:
    text = (
        "Hezbollah has rebuilt its units. Our own estimate is that the party has at least "
        "20,000 full-time fighters, most of them around Hermel.[^2] The army disputes this."
    )
    rows = strengths(text)
    assert ("Hezbollah", "fighters", 20000, None, False) in rows
    assert not any(row[2] == 2 or row[3] == 2 for row in rows)


@pytest.mark.parametrize(
    ("text", "expected", "not_meant"),
    [
        # a rival described in passing as "a trafficking gang" is not "the gang" next
        (
            "Tren de Aragua grew out of Tocorón prison in Aragua state. In Colombia it first "
            "fought Los Rastrojos, a trafficking gang formed by former paramilitaries, for "
            "control of the crossings around Cúcuta. Chilean police say the gang has about "
            "3,000 members.",
            "Tren de Aragua",
            "Los Rastrojos",
        ),
        # "It controls ... Its fighters": the pronoun goes on with the pronoun before it,
        # not with the body the article names most
        (
            "The Hashd has grown every year. The Hashd's budget has doubled. The Hashd counts "
            "238,000 names. Kata'ib Hezbollah is the most capable of the factions. It controls "
            "the Hashd's 45th, 46th and 47th brigades. Its fighters number about 10,000.",
            "Kata'ib Hezbollah",
            "Popular Mobilization Forces",
        ),
    ],
)
def test_a_referring_word_keeps_to_the_group_the_text_is_about(
    text: str, expected: str, not_meant: str
) -> None:
    subjects = {row[0] for row in strengths(text)}
    assert expected in subjects
    assert not_meant not in subjects


def test_the_militia_is_the_group_the_text_introduced_as_the_militia() -> None:
    text = (
        "The militia, the Union of Sinai Tribes, was set up in 2015 by Ibrahim al-Organi. Last "
        "year it merged into a nationwide paramilitary body, the Union of Arab Tribes, which "
        "Organi chairs and which has named the president its honorary head. A spokesman for "
        "the Union of Arab Tribes spoke to reporters in September. Sinai Witness said the "
        "militia still runs at least six camps around Rafah and Sheikh Zuweid."
    )
    rows = strengths(text)
    assert ("Union of Sinai Tribes", "camps", 6, None, False) in rows
    assert not any(row[0] == "Union of Arab Tribes" for row in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chin National Army has some 4,000 fighters. The CNDF is thought to have "
            "some 1,200.",
            ("Chin National Defence Force", "fighters", 1200),
        ),
        (
            "The Chin National Army has some 4,000 fighters. The CNDF has three of them.",
            None,
        ),
    ],
)
def test_a_bare_number_a_group_has_counts_what_was_counted_before(
    text: str, expected: tuple[str, str, int] | None
) -> None:
    found = {(r[0], r[1], r[2]) for r in strengths(text) if r[0] != "Chin National Army"}
    assert found == ({expected} if expected else set())


def test_its_membership_after_a_state_is_the_groups() -> None:
    extractor = get_extractor()
    doc = extractor.nlp(
        "Tren de Aragua fought Los Rastrojos. Officers of Peru's National Police put its "
        "membership in the country at several hundred."
    )
    actors = extractor.resolver.resolve(doc)
    resolve_coreference(
        segment(doc),
        actors,
        extractor.lexicon,
        extractor.resolver.metonyms,
        extractor.gazetteer,
        extractor.resolver.armies,
    )
    its = next(t for t in doc if t.lower_ == "its")
    span = actors.at(its.i)
    assert span is not None and span.actor.name == "Tren de Aragua"


def test_what_officers_put_at_a_figure_is_counted_not_the_officers() -> None:
    text = "Police officers put Tren de Aragua's membership at 500."
    assert [(r[0], r[1], r[2]) for r in strengths(text)] == [("Tren de Aragua", "members", 500)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "An assessment puts the EMC at roughly 3,500 people, of whom 2,100 carry weapons.",
            "fighters",
        ),
        (
            "An assessment puts the EMC at roughly 3,500 people, of whom 2,100 carry guns.",
            "fighters",
        ),
        (
            "An assessment puts the EMC at roughly 3,500 people, of whom 2,100 live in Cauca.",
            "members",
        ),
    ],
)
def test_those_of_a_count_who_carry_weapons_are_fighters(text: str, unit: str) -> None:
    assert ("EMC", unit, 2100, 2100, False) in strengths(text)


def test_a_leaders_men_are_his_groups_but_his_hideout_is_not_its_base() -> None:
    claims = (
        get_extractor()
        .extract(
            Document.create(
                "Joseph Kony has no more than 30 real fighters left. Kony is now in hiding, "
                "possibly in Sudan."
            )
        )
        .claims
    )
    found = {(c.type, c.subject.name, c.object.name if c.object else None) for c in claims}
    assert ("strength", "Lord's Resistance Army", None) in found
    assert ("presence", "Lord's Resistance Army", "Sudan") not in found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Tulkarm Brigade has about 100 gunmen, most of them in the Tulkarm camp.", 1),
        ("About 9,000 Islamic State members are still held in camps in north-east Syria.", 0),
        ("The Jenin Brigade had between 150 and 200 armed men in the camp.", 1),
        ("Jund al-Sham is believed to have fewer than 50 armed men left in the camp.", 1),
        ("At least 400 BLA fighters are living in camps in southern Afghanistan.", 1),
    ],
)
def test_part_of_a_force_placed_in_a_camp_is_no_detention(text: str, count: int) -> None:
    assert strength_count(text) == count


def test_a_movements_following_is_its_membership() -> None:
    text = "The report puts Bundu dia Kongo's following at between 15,000 and 20,000."
    assert ("Bundu dia Kongo", "members", 15000, 20000, False) in strengths(text)


def test_a_handful_of_cells_is_no_force_count() -> None:
    text = "In Kurram, the presence of ISIS-K appears to be limited to a handful of cells."
    assert not any(unit == "cells" for _s, unit, *_rest in strengths(text))


@pytest.mark.parametrize(
    "speaker",
    ["Sinai Witness, a London-based rights group,", "Egyptian officials"],
)
def test_a_body_that_puts_a_groups_number_at_a_figure_is_no_holder(speaker: str) -> None:
    text = (
        f"The Union of Sinai Tribes fights in North Sinai. {speaker} put the number of the "
        "Union of Sinai Tribes' full-time fighters at between 1,000 and 1,500."
    )
    assert [(s, low) for s, _unit, low, _high, _approx in strengths(text)] == [
        ("Union of Sinai Tribes", 1000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Babylon Brigades guard Christian towns, and the PMF pays them. The brigade has "
        "about 1,500 men.",
        "Kata'ib Hezbollah and the Babylon Brigades guard Christian towns. The brigade has "
        "about 1,500 men.",
    ],
)
def test_a_noun_ending_a_groups_name_refers_to_that_group(text: str) -> None:
    assert {s for s, *_rest in strengths(text)} == {"Babylon Brigades"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army said its troops had destroyed more than 40 Mobondo camps since January.", 0),
        ("RDF instructors had trained several thousand new recruits of the M23 since 2024.", 0),
        ("Hamas trained two thousand recruits last year.", 1),
        ("Hamas has 2,000 trained fighters.", 1),
        ("The Alliance of Sahel States has promised a unified force of 5,000 soldiers.", 0),
        ("The Chin National Defence Force and two smaller groups founded the alliance.", 0),
        ("Washington designated the Sinaloa Cartel, the CJNG and six other groups.", 0),
        ("The Kuki National Organisation has 17 member groups.", 1),
    ],
)
def test_counts_of_deeds_and_plans_are_no_strength(text: str, count: int) -> None:
    assert strength_count(text) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fajr Forces are al-Jamaa al-Islamiya's armed wing. A study published last "
            "year by the Levant Studies Group put the wing at about 500 fighters.",
            ("al-Fajr Forces", "fighters", 500, 500, True),
        ),
        (
            "Katiba Macina controls much of the Mopti region. A diplomat in Bamako told us "
            "the katiba could muster perhaps 3,000 men.",
            ("Katiba Macina", "fighters", 3000, 3000, True),
        ),
    ],
)
def test_the_wing_and_the_katiba_refer_back_to_a_group(text: str, expected: Row) -> None:
    assert strengths(text) == [expected]
