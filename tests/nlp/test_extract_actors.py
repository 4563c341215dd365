"""Actors and mentions: gazetteer names, learned names, acronyms, coreference, offsets."""

from __future__ import annotations

import pytest

from claimgraph.model import Claim, Document, Extraction
from claimgraph.nlp.actors import expand_token_pattern
from claimgraph.nlp.coref import plural_actors
from claimgraph.nlp.extract import get_extractor


def extract(text: str) -> Extraction:
    """The extraction of ``text`` as a document."""
    return get_extractor().extract(Document.create(text, outlet="Test Wire"))


def subjects(claims: tuple[Claim, ...], predicate: str) -> list[str]:
    """Subjects of the claims with ``predicate``, in order."""
    return [c.subject.name for c in claims if c.predicate == predicate]


def claimed_by(text: str) -> set[tuple[str, str]]:
    """(type, subject) of every claim read from ``text``."""
    return {(c.type, c.subject.name) for c in extract(text).claims}


def placed_in_second_sentence(text: str) -> list[str]:
    """Subjects of the presence claims read from the sentences after the first."""
    claims = extract(text).claims
    second = [c for c in claims if c.type == "presence" and c.evidence.start > text.index(". ")]
    return [c.subject.name for c in second]


def holders(text: str) -> set[tuple[str, str]]:
    """(type, subject) of the strength and presence claims read from ``text``: who the
    reader took for an armed group."""
    claims = extract(text).claims
    return {(c.type, c.subject.name) for c in claims if c.type in ("strength", "presence")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arakan Army trains BPLA fighters. The AA operates in Sagaing.",
            [("Arakan Army", "Sagaing")],
        ),
        (
            "The Kachin Independence Army holds Laiza. KIA units also operate in Sagaing.",
            [("Kachin Independence Army", "Laiza"), ("Kachin Independence Army", "Sagaing")],
        ),
        # initials no group named before has are left alone
        ("The AA operates in Sagaing.", []),
    ],
)
def test_initials_of_a_group_named_before_stand_for_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    claims = extract(text).claims
    found = [(c.subject.name, c.object.name) for c in claims if c.type == "presence" and c.object]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the islamic state khorasan province's fighters regrouped.", "isis-k"),
        ("Tehrik-e-Taliban Pakistan's leadership met in Kabul.", "ttp"),
        ("Al Qaida operatives moved south.", "al-qaeda"),
    ],
)
def test_gazetteer_names_match_whatever_their_case_and_spelling(text: str, expected: str) -> None:
    ids = {m.actor_id for m in extract(text).mentions}
    assert expected in ids


def test_mentions_carry_offsets_into_the_body() -> None:
    text = "Officials said the Houthis operate in Yemen."
    extraction = extract(text)
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    assert {m.text for m in extraction.mentions if m.actor_id} >= {"Houthis", "Yemen"}
    assert {a.id for a in extraction.actors} >= {"houthis", "yemen"}


def test_a_defined_acronym_resolves_later_mentions() -> None:
    text = "The Jamaat Ansar Khorasan Front (JAKF) emerged last year. JAKF operates in Badakhshan."
    extraction = extract(text)
    presence = [c for c in extraction.claims if c.type == "presence"]
    assert [(c.subject.name, c.subject.origin) for c in presence] == [
        ("Jamaat Ansar Khorasan Front", "learned")
    ]
    assert presence[0].subject.aliases == ("JAKF",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Khalistan Zindabad Force is small. The Zindabad Force operates in Jammu.",
            "Khalistan Zindabad Force",
        ),
        # two groups share the short form: it names neither
        (
            "The Kestrel Liberation Front and the Osprey Liberation Front met. "
            "The Liberation Front operates in Badakhshan.",
            "Liberation Front",
        ),
    ],
)
def test_a_groups_name_without_its_first_words_is_the_group(text: str, expected: str) -> None:
    presence = [c for c in extract(text).claims if c.type == "presence"]
    assert [c.subject.name for c in presence] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lashkar-e-Taiba was banned in 2002. Lashkar men are active in Kupwara.",
            ["Lashkar-e-Taiba"],
        ),
        (
            "Jaish-e-Mohammed grew in Bahawalpur. Jaish keeps camps near Muzaffarabad.",
            ["Jaish-e-Mohammed"],
        ),
        # two groups share the first word: it names neither
        (
            "Lashkar-e-Taiba and Lashkar-e-Jhangvi were banned. Lashkar men are active in Kupwara.",
            [],
        ),
    ],
)
def test_a_groups_name_by_its_first_word_before_a_particle_is_the_group(
    text: str, expected: list[str]
) -> None:
    assert placed_in_second_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Badr Organization was founded in Iran in 1982. Badr fighters now patrol Diyala.",
            ["Badr Organization"],
        ),
        (
            "The Badr Organization was founded in Iran in 1982. The paper says Badr now "
            "keeps bases in Diyala.",
            ["Badr Organization"],
        ),
        (
            "The Kestrel Brigade was founded in 1982. Kestrel fighters now patrol Diyala.",
            ["Kestrel Brigade"],
        ),
        # a word two groups' names share names neither
        (
            "The Kestrel Brigade and the Kestrel Front were founded in 1982. "
            "Kestrel fighters now patrol Diyala.",
            [],
        ),
    ],
)
def test_a_groups_name_without_its_generic_last_word_is_the_group(
    text: str, expected: list[str]
) -> None:
    assert placed_in_second_sentence(text) == expected


def test_unknown_names_become_actors_only_when_they_take_part_in_a_claim() -> None:
    extraction = extract(
        "The Kestrel Liberation Front operates in Badakhshan. Mr Ivo Brandt visited."
    )
    learned = {a.name for a in extraction.actors if a.origin == "learned"}
    assert learned == {"Kestrel Liberation Front"}
    brandt = [m for m in extraction.mentions if "Brandt" in m.text]
    assert brandt and all(m.actor_id is None for m in brandt)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("Hamas rejected the ceasefire terms. The group has 20,000 fighters.", "fighters", "Hamas"),
        ("AQAP lost ground in Shabwa. It still operates in Abyan.", "operates_in", "AQAP"),
        (
            "The Houthis seized a ship. The militants remain active in Hodeidah.",
            "operates_in",
            "Houthis",
        ),
        (
            "ISIS-K struck Kabul. The terror group has cells in Kunar.",
            "operates_in",
            "ISIS-K",
        ),
        ("JNIM expanded in 2023. They are active in Burkina Faso.", "operates_in", "JNIM"),
        # whom a subject acts with is not the subject
        (
            "The MNDAA is led by Peng Daxun. With the AA and the TNLA it forms the Three "
            "Brotherhood Alliance. The group took Laukkai in January 2024.",
            "operates_in",
            "MNDAA",
        ),
        (
            "Mungiki is back. Detectives reckon the sect has between 1,500 and 2,000 members.",
            "members",
            "Mungiki",
        ),
        (
            "The MPCP still holds out in the VRAEM. The army says the column has between 60 "
            "and 80 armed combatants.",
            "fighters",
            "Militarized Communist Party of Peru",
        ),
        (
            "Hamas met officials in Doha. Qatar denies funding Hezbollah and insists "
            "that the group has no office in Doha.",
            "operates_in",
            "Hezbollah",
        ),
        (
            "Hamas met officials in Doha. Al-Shabaab denies helping AQAP and says that the group "
            "has no cells in Somalia.",
            "operates_in",
            "AQAP",
        ),
        (
            "The Mahmuda group raided villages in Kwara. A police intelligence report seen by "
            "the Kwara Clarion put its strength at between 200 and 300 men under arms.",
            "fighters",
            "Mahmuda group",
        ),
        (
            "Who are the YBS?\n\nThe units were formed in 2014, after Islamic State fighters "
            "overran Sinjar. The new militia has some 2,000 fighters.",
            "fighters",
            "Sinjar Resistance Units",
        ),
        (
            "The Houthis have 20,000 fighters. The ceasefire left Hamas its tunnels, and the "
            "movement still operates in Rafah.",
            "operates_in",
            "Hamas",
        ),
        # An inner word of a group's name stands for it, with or without "the".
        (
            "The Sudan Shield Forces left the RSF in 2024. The Shield now operates in Tamboul.",
            "operates_in",
            "Sudan Shield Forces",
        ),
        (
            "The Sudan Shield Forces left the RSF in 2024. Shield fighters operate in Tamboul.",
            "operates_in",
            "Sudan Shield Forces",
        ),
    ],
)
def test_referring_phrases_take_the_salient_actor(text: str, predicate: str, expected: str) -> None:
    claims = extract(text).claims
    last = max(c.evidence.start for c in claims)  # the referring phrase's sentence
    assert subjects(tuple(c for c in claims if c.evidence.start == last), predicate) == [expected]


def test_a_possessive_pronoun_prefers_the_actor_of_its_own_sentence() -> None:
    text = (
        "Hamas met officials in Doha. "
        "Al-Shabaab holds ground in Somalia, and its fighters are estimated at 10,000."
    )
    assert subjects(extract(text).claims, "fighters") == ["al-Shabaab"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Qaeda has camps in Kunar. From its bases in Khost, the TTP has attacked "
        "Pakistani posts.",
        "Al-Qaeda has camps in Kunar. Using its hideouts in Khost, the TTP has attacked "
        "Pakistani posts.",
    ],
)
def test_a_possessive_in_an_opening_phrase_is_the_clause_subjects(text: str) -> None:
    placed = {
        (c.subject.name, c.object.name)
        for c in extract(text).claims
        if c.type == "presence" and c.object
    }
    assert ("TTP", "Khost") in placed
    assert ("al-Qaeda", "Khost") not in placed


def test_evidence_is_the_sentence_with_its_offsets() -> None:
    text = "Hamas met officials in Doha.\n\nThe Houthis operate in Yemen."
    claim = next(c for c in extract(text).claims if c.type == "presence")
    assert claim.evidence.sentence == "The Houthis operate in Yemen."
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence


def test_extract_many_reads_like_extract() -> None:
    texts = ["The Houthis operate in Yemen.", "Iran funds the Houthis.", "Nothing here."]
    documents = [Document.create(t) for t in texts]
    extractor = get_extractor()
    batch = list(extractor.extract_many(documents, batch_size=2))
    assert [e.document.id for e in batch] == [d.id for d in documents]
    assert [e.claims for e in batch] == [extractor.extract(d).claims for d in documents]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"LOWER": "al"}, {"LOWER": "qaeda"}], ("LOWER", [["al", "qaeda"]])),
        (
            [{"LOWER": "al"}, {"ORTH": {"IN": ["-", "\u2013"]}, "OP": "?"}, {"LOWER": "qaeda"}],
            ("LOWER", [["al", "qaeda"], ["al", "-", "qaeda"], ["al", "\u2013", "qaeda"]]),
        ),
        ([{"ORTH": "IS"}], ("ORTH", [["IS"]])),
        ([{"LOWER": {"IN": ["da'esh", "da\u2019esh"]}}], ("LOWER", [["da'esh"], ["da\u2019esh"]])),
        ([{"LOWER": "x", "OP": "+"}], None),
        ([{"POS": "PROPN"}], None),
    ],
)
def test_token_patterns_expand_to_phrases(
    pattern: list[dict[str, object]], expected: tuple[str, list[list[str]]] | None
) -> None:
    assert expand_token_pattern(pattern) == expected


def test_an_acronym_the_gazetteer_knows_decides_its_long_form() -> None:
    text = "Islamic State in Iraq and the Levant-Khorasan (ISIL-K) operates in Kunar."
    presence = [c for c in extract(text).claims if c.type == "presence"]
    assert [(c.subject.id, c.object.id if c.object else None) for c in presence] == [
        ("isis-k", "kunar")
    ]


def test_headings_state_nothing() -> None:
    text = "Where the group operates\n\nHamas remains active in Gaza."
    claims = extract(text).claims
    assert [c.evidence.sentence for c in claims] == ["Hamas remains active in Gaza."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The group has for years recruited heavily among Tajiks, both at home and abroad.",
            "Tajiks",
        ),
        ("Uyghur fighters fought beside HTS near Idlib for years.", "Uyghur"),
    ],
)
def test_names_of_peoples_are_not_actors(text: str, name: str) -> None:
    extractor = get_extractor()
    found = extractor.resolver.resolve(extractor.nlp(text))
    assert name not in {span.actor.name for span in found.spans}


def test_it_after_a_state_office_speaks_for_the_state() -> None:
    text = "Pakistan's Foreign Office said it rejected the report."
    denials = [c for c in extract(text).claims if c.type == "denial"]
    assert [c.subject.name for c in denials] == ["Pakistan"]


def test_numbers_and_footers_do_not_put_an_antecedent_out_of_reach() -> None:
    text = (
        "ISWAP holds islands on Lake Chad.\n\n41.\n\nReport 2024-118 (E)\n\n"
        "Page 7 of 30\n\nThe group is led by Abu Musab al-Barnawi."
    )
    leads = [c for c in extract(text).claims if c.predicate == "leads"]
    assert [(c.subject.name, c.object.name if c.object else None) for c in leads] == [
        ("Abu Musab al-Barnawi", "ISWAP")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Jammu and Kashmir Police arrested two men.", "Jammu and Kashmir Police"),
        (
            "The Uganda People's Defence Forces said the ADF was weakened.",
            "Uganda People's Defence Forces",
        ),
        (
            "The junta rejected the Bhamo Civil Relief Committee's account of the strike.",
            "Bhamo Civil Relief Committee",
        ),
    ],
)
def test_a_body_named_after_its_place_is_an_organisation(text: str, name: str) -> None:
    extractor = get_extractor()
    found = extractor.resolver.resolve(extractor.nlp(text))
    assert (name, "organization") in {(s.actor.name, s.actor.kind) for s in found.spans}


def test_its_does_not_refer_to_a_group_the_text_treats_as_plural() -> None:
    text = (
        "The Taliban, who regard ISIS-K as their principal enemy, have killed "
        "several of its commanders in Kabul."
    )
    claims = extract(text).claims
    assert ("ISIS-K", "Kabul") in {
        (c.subject.name, c.object.name) for c in claims if c.type == "presence" and c.object
    }


def test_its_after_a_name_joined_by_and_is_that_name() -> None:
    text = "The Taliban pledged to protect the United States and its allies."
    claims = extract(text).claims
    assert not [c for c in claims if c.predicate == "ally"]


def test_the_group_prefers_the_article_topic_within_the_nearest_sentence() -> None:
    text = (
        "The Houthis control Sanaa and Hodeidah. Hezbollah advisers helped the Houthis plan "
        "some of the attacks, according to officials of Yemen's government. The group says it "
        "can call on some two hundred thousand fighters, a figure no outside analyst accepts."
    )
    claims = extract(text).claims
    assert [c.subject.name for c in claims if c.type == "strength"] == ["Houthis"]


def test_a_name_in_a_relative_clause_on_the_subject_is_said_in_passing() -> None:
    text = (
        "Boko Haram lost ground in 2016. ISWAP, which broke away from Boko Haram that year, "
        "has grown stronger since. It has about 5,000 fighters."
    )
    claims = extract(text).claims
    assert [c.subject.name for c in claims if c.type == "strength"] == ["ISWAP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sahara Support Corps (SSC), a paramilitary group led by Idris Mahamat, has "
            "fought the Chadian army since April 2023. The SSC has some 8,000 fighters.",
            ("strength", "Sahara Support Corps"),
        ),
        (
            "Lakota Union, a coalition of gangs, controls most of Kenscoff. "
            "Lakota Union has roughly 1,500 members.",
            ("presence", "Lakota Union"),
        ),
    ],
)
def test_an_unknown_name_described_as_an_armed_group_acts_as_one(
    text: str, expected: tuple[str, str]
) -> None:
    claims = extract(text).claims
    assert expected in {(c.type, c.subject.name) for c in claims}
    kinds = {c.subject.kind for c in claims if c.subject.name == expected[1]}
    assert kinds == {"armed_group"}


def test_two_names_read_as_one_entity_are_two_actors() -> None:
    extraction = extract("The war between the SSC and the Chadian National Army began in April.")
    assert not any(" and " in mention.text for mention in extraction.mentions)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Rwanda is arming the M23, a Congolese spokesman said. "
            "Its government says it neither arms the M23 nor has troops in Congo.",
            "funds",
            [("Rwanda", "M23", "asserted"), ("Rwanda", "M23", "denied")],
        ),
    ],
)
def test_a_state_speaking_of_itself_is_it(
    text: str, predicate: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = extract(text).claims
    found = [
        (c.subject.name, c.object.name if c.object else None, c.polarity)
        for c in claims
        if c.predicate == predicate
    ]
    assert sorted(set(found)) == sorted(expected)


def test_its_on_what_a_state_acts_on_is_the_states() -> None:
    text = (
        "ISWAP attacked a base near Diffa. Niger announced that it was withdrawing its troops "
        "and accused its partners of failing to share intelligence."
    )
    assert not any(
        c.object and c.object.name == "ISWAP"
        for c in extract(text).claims
        if c.subject.name == "Niger"
    )


def test_no_one_denies_their_own_claims() -> None:
    text = "The UAE said on Sunday that it backs peace talks. The Emirates rejected the findings on Monday."
    denials = [c for c in extract(text).claims if c.type == "denial"]
    assert denials and all(c.object is None or c.object.id != c.subject.id for c in denials)


def test_an_acronyms_long_form_stops_at_the_name_joined_before_it() -> None:
    extraction = extract(
        "The war between the SSC and the Chadian National Forces (CNF) began in April. "
        "The CNF has lost ground since."
    )
    names = {m.text for m in extraction.mentions}
    assert "Chadian National Forces" in names
    assert not any(" and " in name for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Several groups were active: the Force patriotique et intégrationniste du Congo "
            "(FPIC) among them. The FPIC has about 300 combatants.",
            "Force patriotique et intégrationniste du Congo",
        ),
        (
            "The Frente Amplio y Popular de Liberación (FAPL) took the town. "
            "The FAPL has about 300 fighters.",
            "Frente Amplio y Popular de Liberación",
        ),
    ],
)
def test_a_foreign_name_an_acronym_spells_is_a_group_not_the_state_it_ends_with(
    text: str, name: str
) -> None:
    extraction = extract(text)
    strengths = [c for c in extraction.claims if c.type == "strength"]
    assert [c.subject.name for c in strengths] == [name]
    assert strengths[0].subject.kind == "armed_group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors said Iran had paid the Foxtrot criminal network to plan the attack. "
            "Police say Foxtrot has about 200 members in Uppsala.",
            {("strength", "Foxtrot network"), ("presence", "Foxtrot network")},
        ),
        (
            "Police say the Rumba network has fewer than 100 members in Stockholm.",
            {("strength", "Rumba network"), ("presence", "Rumba network")},
        ),
        # a people's name in the plural names a gang, as the bare word does after it
        (
            "The gunmen belonged to the Americans gang. The report estimated that the "
            "Americans had between 5,000 and 7,000 members in Manenberg.",
            {("strength", "Americans gang"), ("presence", "Americans gang")},
        ),
        # a clan or a bloc with a name is an armed family or faction
        (
            "The Doghmush clan has about 200 gunmen in Gaza City.",
            {("strength", "Doghmush clan"), ("presence", "Doghmush clan")},
        ),
        # a description names no one, and a known group's network stays that group
        ("Police say a Dagestani network has about 40 members in Khasavyurt.", set()),
        (
            "The ISIS-K network has about 2,000 fighters in Kunar.",
            {("strength", "ISIS-K"), ("presence", "ISIS-K")},
        ),
    ],
)
def test_a_name_set_before_a_network_noun_is_a_group_and_stands_for_it_alone(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert holders(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say Los Monos now has fewer than 150 members in Rosario.",
            {("strength", "Los Monos"), ("presence", "Los Monos")},
        ),
        # "Las" opens places as often as gangs ("Las Flores"): only "Los" decides
        ("Police say Las Flores now has fewer than 150 members in Rosario.", set()),
    ],
)
def test_a_name_opened_by_los_is_a_gangs_not_a_persons(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert holders(text) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Liga da Justiça, the milícia he ran in the west of Rio, has between 600 and "
            "800 men in Campo Grande.",
            "Liga da Justiça",
        ),
        (
            "The Black Axe, a secretive confraternity born on a university campus, has about "
            "3,000 members in Benin City.",
            "Black Axe",
        ),
        (
            "The Terceiro Comando Puro, the drug faction that is the Comando Vermelho's main "
            "rival, has several hundred gunmen in Duque de Caxias.",
            "Terceiro Comando Puro",
        ),
    ],
)
def test_a_milicia_or_a_drug_faction_is_an_armed_group(text: str, group: str) -> None:
    assert holders(text) == {("strength", group), ("presence", group)}


def test_a_name_opened_by_an_article_is_named_again_by_its_first_word() -> None:
    extraction = extract(
        "Nine days later, al-Jamaa al-Islamiya says it is a Lebanese party with nothing to "
        "hide. The Jamaa has a few hundred fighters in Sidon."
    )
    ids = {m.text: m.actor_id for m in extraction.mentions if m.actor_id}
    assert ids["Jamaa"] == ids["al-Jamaa al-Islamiya"] == "al-jamaa-al-islamiya"
    assert {a.name: a.kind for a in extraction.actors}["al-Jamaa al-Islamiya"] == "armed_group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "In Cabo Delgado, al-Shabaab still has a few hundred fighters around Macomia, "
            "police in Pemba say.",
            "IS Mozambique",
        ),
        (
            "In Mozambique, where Rwandan troops are deployed, al-Shabaab has a few hundred "
            "fighters; in Somalia it has thousands.",
            "al-Shabaab",
        ),
        ("In Somalia, al-Shabaab still has a few hundred fighters around Kismayo.", "al-Shabaab"),
        (
            "In Sennar state in Sudan, the Popular Resistance committees have armed about "
            "4,000 volunteers.",
            "Popular Resistance",
        ),
        (
            "In Gaza, the Popular Resistance Committees have about 4,000 fighters.",
            "Popular Resistance Committees",
        ),
        ("In Dhaka, police say Ansar al-Islam has about 200 members.", "Ansarullah Bangla Team"),
        ("In Iraq, Ansar al-Islam has about 200 members.", "Ansar al-Islam"),
    ],
)
def test_a_name_another_group_owns_is_the_local_groups_in_a_story_set_at_its_home(
    text: str, group: str
) -> None:
    subjects = {c.subject.name for c in extract(text).claims if c.type == "strength"}
    assert subjects == {group}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Joint Forces commanders told the paper they had about 8,000 fighters in El "
            "Fasher, the capital of North Darfur, Sudan.",
            "Joint Forces of the Armed Struggle Movements",
        ),
        ("The Joint Forces said they had 8,000 fighters in Mali.", "Joint Forces"),
    ],
)
def test_a_common_name_is_the_group_at_home_where_the_story_is(text: str, group: str) -> None:
    subjects = {c.subject.name for c in extract(text).claims if c.type == "strength"}
    assert subjects == {group}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "In Congo the Group of Experts found that Rwanda arms the M23. The FARDC has "
            "dismissed the Group's conclusions as unfounded.",
            "UN Group of Experts",
        ),
        (
            "The Independent International Fact-Finding Mission found that the Basij fired "
            "on protesters in Iran. Tehran dismissed the mission's report as politically "
            "motivated.",
            "UN Fact-Finding Mission on Iran",
        ),
    ],
)
def test_a_un_body_named_without_its_country_is_the_one_for_the_story_s_country(
    text: str, body: str
) -> None:
    denied = {c.object.name for c in extract(text).claims if c.type == "denial" and c.object}
    assert denied == {body}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Panel met officials in Tripoli, Libya. The Government assured the Panel "
            "that it would not resort to force against Radaa.",
            "Government of National Unity (Libya)",
        ),
        (
            "The Panel met officials in Khartoum, Sudan. The Government assured the Panel "
            "that it would not resort to force against the RSF.",
            "Sudan",
        ),
    ],
)
def test_the_government_of_a_state_with_rival_governments_is_the_listed_one(
    text: str, subject: str
) -> None:
    pledgers = {c.subject.name for c in extract(text).claims if c.type == "pledge"}
    assert pledgers == {subject}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joseph Kony was seen near the border last year. Officials say his fighters "
            "still raid villages in Vakaga.",
            {("presence", "Lord's Resistance Army")},
        ),
        (
            "Joseph Kony was seen near the border last year. Officials say his movement has "
            "fewer than 100 fighters.",
            {("strength", "Lord's Resistance Army")},
        ),
    ],
)
def test_his_movement_after_a_known_leader_is_the_group_he_leads(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert holders(text) == expected


def test_the_agency_of_a_two_city_dateline_is_no_actor() -> None:
    text = (
        "KUNMING/BANGKOK, Jan 12 (MNW) — Myanmar's military government and an alliance of "
        "armed groups have agreed to an immediate ceasefire."
    )
    extraction = extract(text)
    assert not any(m.text == "MNW" for m in extraction.mentions)
    assert not any(c.subject.name == "MNW" for c in extraction.claims)


@pytest.mark.parametrize(
    "text",
    [
        "KABUL — The group has about 300 fighters around Jalalabad, officials say.",
        "Attacks are up this year. The Taliban say the tide has turned.\n\n"
        "KABUL — ISIS-K has about 300 fighters around Jalalabad, officials say.",
    ],
)
def test_the_place_of_a_dateline_under_a_standfirst_is_no_presence(text: str) -> None:
    extraction = extract(text)
    assert not any(m.text == "KABUL" for m in extraction.mentions if m.actor_id)
    places = {c.object.name for c in extraction.claims if c.predicate == "operates_in"}
    assert "Kabul" not in places


def test_a_name_set_beside_a_role_is_a_person_whatever_the_tagger_says() -> None:
    # The small model labels "Bakura Doro" here as an organisation.
    extraction = extract("Boko Haram is weaker. Its leader, Bakura Doro, rejected the offer.")
    people = {a.name for a in extraction.actors if a.kind == "person"}
    assert "Bakura Doro" in people
    assert not any(a.name == "Bakura Doro" and a.kind != "person" for a in extraction.actors)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Clan del Golfo operates in Puerto Colombia.", "Puerto Colombia"),
        ("The EMBF has fighters in the Bajo Cauca.", "Bajo Cauca"),
        ("The OLA operates in West Shewa.", "West Shewa"),
        ("AQAP fighters remain in Wadi Hadramawt.", "Wadi Hadramawt"),
        ("The Mahmuda group moved men into Old Oyo National Park.", "Old Oyo National Park"),
        ("Boko Haram fighters remain in Lake Chad.", "Lake Chad"),
        # a name the gazetteer knows whole keeps its entry
        ("Hamas operates in the West Bank.", "West Bank"),
    ],
)
def test_a_known_place_inside_a_longer_name_is_another_place(text: str, place: str) -> None:
    places = {c.object.name for c in extract(text).claims if c.type == "presence" and c.object}
    assert places == {place}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The rebels are still fighting the army in the far north.", "far-north-region"),
        ("Clashes continued in the Far North Region.", None),
    ],
)
def test_direction_words_in_small_letters_name_no_place(text: str, absent: str | None) -> None:
    ids = {m.actor_id for m in extract(text).mentions}
    if absent is None:
        assert "far-north-region" in ids
    else:
        assert absent not in ids


def test_an_acronym_the_text_defines_for_another_known_name_means_that_name_here() -> None:
    text = (
        "The AGovC's armed wing, the Ambazonia Defence Forces (ADF), is most active around "
        "Bamenda. The ADF has been divided for years."
    )
    names = {c.subject.name for c in extract(text).claims}
    assert names == {"Ambazonia Defence Forces"}


def test_a_name_listed_with_its_acronym_keeps_the_acronym_from_the_gazetteers_holder() -> None:
    # The gazetteer lists "United People's Democratic Front (UPDF)" whole, and its
    # "UPDF" is Uganda's army: the text's definition decides.
    text = (
        "The United People's Democratic Front (UPDF) demands full autonomy for the hills. "
        "The UPDF has opened new offices in Ramgarh and Matiranga."
    )
    claims = extract(text).claims
    assert {c.subject.name for c in claims} == {"United People's Democratic Front"}
    assert {c.object.name for c in claims if c.object} == {"Ramgarh", "Matiranga"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United People's Democratic Front (UPDF) split in 2017, when some of its "
            "leaders formed the UPDF (Democratic). Police say the UPDF (Democratic) shares "
            "safe houses in Naniarchar.",
            {"UPDF (Democratic)"},
        ),
        # named so once, the brackets may cite a source or a code: no faction is made
        (
            "The ELN (Arauca) keeps camps in Apure. The ELN has camps in Zulia.",
            {"ELN"},
        ),
    ],
)
def test_a_faction_named_as_its_parent_with_words_in_brackets(
    text: str, expected: set[str]
) -> None:
    claims = extract(text).claims
    assert {c.subject.name for c in claims if c.type == "presence"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat Ansarullah was founded in 2006. Its leader today is Mahdi Arsalon.",
        "Jamaat Ansarullah, led by Mahdi Arsalon, was founded in 2006.",
    ],
)
def test_a_name_said_to_hold_a_role_is_a_person(text: str) -> None:
    # the tagger takes "Mahdi Arsalon" for an organisation
    leads = {
        (c.subject.name, c.subject.kind) for c in extract(text).claims if c.predicate == "leads"
    }
    assert leads == {("Mahdi Arsalon", "person")}


def test_a_question_number_in_brackets_is_no_actor() -> None:
    text = 'The commander said the group had "fewer than a thousand" fighters (Q14).'
    names = {a.name for a in extract(text).actors}
    assert "Q14" not in names


def test_a_named_district_is_no_rift() -> None:
    claims = extract("The separatists are most active in Momo division.").claims
    assert not [c for c in claims if c.predicate == "internal_division"]


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("TIP officials deny any link to al-Qaeda.", False),
        ('"The ADF may have 1,500 people with guns," she said.', False),
        ("The Houthis are attacking ships.", True),
    ],
)
def test_a_name_modifying_a_plural_noun_is_not_itself_plural(text: str, plural: bool) -> None:
    extractor = get_extractor()
    actors = extractor.resolver.resolve(extractor.nlp(text))
    ids = {s.actor.id for s in actors.spans}
    assert bool(plural_actors(actors) & ids) is plural


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Abu Shabab's militia operates near Rafah.", "al-shabaab", "rafah"),
        ("Shabab fighters attacked Mogadishu.", None, "al-shabaab"),
        ("Abu Sayyaf is active in Sulu.", None, "abu-sayyaf"),
    ],
)
def test_a_group_name_after_a_kunya_is_part_of_a_persons_name(
    text: str, absent: str | None, present: str
) -> None:
    ids = {m.actor_id for m in extract(text).mentions}
    assert present in ids
    assert absent is None or absent not in ids


def test_an_acronym_after_a_known_name_whose_alias_holds_it_is_that_name() -> None:
    text = (
        "Fighters of the Kachin Independence Army (KIA) have pushed into Bhamo. "
        "The KIA says it has more than 20,000 troops."
    )
    ids = {m.actor_id for m in extract(text).mentions if m.text == "KIA" and m.actor_id}
    assert ids == {"kachin-independence-army"}


@pytest.mark.parametrize(
    "text",
    [
        "The KNO and the UPF have been under a Suspension of Operations (SoO) agreement "
        "with the government since 2008. SoO cadres live in designated camps.",
    ],
)
def test_the_name_of_a_deal_is_no_actor(text: str) -> None:
    extractor = get_extractor()
    names = {s.actor.name for s in extractor.resolver.resolve(extractor.nlp(text)).spans}
    assert "Kuki National Organisation" in names
    assert "Suspension of Operations" not in names


def test_a_description_is_no_name_and_makes_the_name_it_describes_a_group() -> None:
    text = "Twirwaneho has long been allied with the Gumino, a smaller Banyamulenge militia."
    extractor = get_extractor()
    spans = extractor.resolver.resolve(extractor.nlp(text)).spans
    kinds = {s.actor.name: s.actor.kind for s in spans}
    assert "Banyamulenge militia" not in kinds
    assert kinds.get("Gumino") == "armed_group"


def test_officers_of_a_body_defined_by_its_acronym_are_not_part_of_its_name() -> None:
    text = (
        "Officers of the Mozambique Defence Armed Forces (FADM) told reporters that ISMP "
        "has fewer than 200 fighters."
    )
    sources = {c.source.name for c in extract(text).claims}
    assert sources == {"Mozambique Defence Armed Forces"}


def test_a_bodys_last_name_after_the_names_it_again() -> None:
    text = (
        "The Palestinian Authority besieged the camp in December. In January the Authority "
        "agreed to a truce with the Jenin Brigade."
    )
    names = {c.subject.name for c in extract(text).claims if c.type == "pledge"}
    assert "Palestinian Authority" in names and "Authority" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its emir, Iyad Ag Ghaly, founded Ansar Dine in 2012. Some FLA units have pledged "
            "allegiance to Ag Ghaly.",
            ("allegiance", "Azawad Liberation Front", "Iyad Ag Ghaly"),
        ),
        (
            "Getachew Reda said Eritrea was arming the TPLF. Eritrea's information minister, "
            "Yemane Gebremeskel, dismissed Getachew's account as a fabrication.",
            ("denies", "Yemane Gebremeskel", "Getachew Reda"),
        ),
    ],
)
def test_a_known_person_named_later_by_part_of_the_name(
    text: str, expected: tuple[str, str, str]
) -> None:
    claims = extract(text).claims
    found = {(c.predicate, c.subject.name, c.object.name if c.object else None) for c in claims}
    assert expected in found


def test_the_last_word_of_a_groups_name_refers_back_to_it() -> None:
    text = (
        "The Azawad Liberation Front was formed in 2024. After the Wagner Group left Mali, the "
        "Africa Corps took over its bases. Estimates of the front's strength vary widely. Its "
        "commanders claim more than 5,000 men under arms."
    )
    claims = extract(text).claims
    assert [c.subject.name for c in claims if c.type == "strength"] == ["Azawad Liberation Front"]


def test_the_state_is_no_group_whose_name_ends_in_state() -> None:
    text = "The Islamic State lost ground in 2019. The TTP's war is with the Pakistani state."
    claims = extract(text).claims
    assert all(c.object is None or c.object.name != "Islamic State" for c in claims)


def test_its_troops_belong_to_the_subject_of_the_sentence_before() -> None:
    text = (
        "After the Wagner Group left Mali in June 2025, the Africa Corps took over its bases. "
        "Its troops guard the base at Kidal."
    )
    placed = {
        (c.subject.name, c.object.name)
        for c in extract(text).claims
        if c.type == "presence" and c.object is not None
    }
    assert ("Wagner Group", "Kidal") in placed


def test_the_group_just_described_as_a_rights_group_is_that_body() -> None:
    text = (
        "Sinai Witness, a London-based rights group that documents abuses on the peninsula, "
        "puts the number of the Union of Sinai Tribes' fighters at 1,200. The group said the "
        "militia still runs at least six camps around Rafah."
    )
    claims = extract(text).claims
    camps = [c for c in claims if c.predicate == "camps"]
    assert [(c.subject.name, c.source.name) for c in camps] == [
        ("Union of Sinai Tribes", "Sinai Witness")
    ]


def test_it_after_a_document_subject_is_the_document_speaking() -> None:
    text = (
        "The study found the Comando Vermelho dominant in Amazonas. It put the faction's "
        "membership in the state at between 8,000 and 10,000."
    )
    strengths = [c for c in extract(text).claims if c.type == "strength"]
    assert [(c.subject.name, c.value.min if c.value else None) for c in strengths] == [
        ("Comando Vermelho", 8000)
    ]


def test_a_common_noun_after_a_name_of_its_own_is_no_other_groups_last_word() -> None:
    text = (
        "The ELN fights the 33rd Front in Catatumbo. On 9 November the Carlos Patiño front "
        "declared a unilateral truce in Argelia."
    )
    claims = extract(text).claims
    second = [c for c in claims if c.evidence.sentence.startswith("On 9 November")]
    assert "Estado Mayor de Bloques y Frente" not in {c.subject.name for c in second}


def test_a_name_described_only_as_a_unit_of_a_known_group_stands_for_it() -> None:
    text = (
        "The ELN's target is the Jorge Suárez Briceño Bloc, a unit of the Estado Mayor de Bloques y Frente "
        "(EMBF). The ELN fought the Jorge Suárez Briceño Bloc in Catatumbo."
    )
    claims = extract(text).claims
    hostile = {(c.subject.name, c.object.name) for c in claims if c.predicate == "hostile"}
    assert ("ELN", "Estado Mayor de Bloques y Frente") in hostile
    assert all(
        "Jorge Suárez Briceño Bloc" not in (c.subject.name, c.object.name if c.object else "")
        for c in claims
    )


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "The pilot was held by fighters loyal to Egianus Kogoya, who has led the TPNPB's "
            "command in Nduga since 2018.",
            "Egianus Kogoya",
        ),
        ("The TPNPB's command in Nduga is led by Commander Kogoya.", "Kogoya"),
    ],
)
def test_a_given_name_the_tagger_left_out_is_part_of_the_name(text: str, leader: str) -> None:
    people = {c.subject.name for c in extract(text).claims if c.subject.kind == "person"}
    assert people == {leader}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Freedom of Russia Legion raided Belgorod. The Legion has more than 1,000 fighters.",
            "Freedom of Russia Legion",
        ),
        (
            "The Polisario Front fires rockets. The Front has some 4,000 fighters.",
            "Polisario Front",
        ),
    ],
)
def test_the_capitalised_last_word_of_a_groups_name_is_that_group(text: str, expected: str) -> None:
    assert subjects(extract(text).claims, "fighters") == [expected]


def test_the_front_in_lower_case_is_no_name() -> None:
    text = "The Polisario Front fires rockets. Soldiers at the front number 4,000."
    assert subjects(extract(text).claims, "fighters") == []


def test_a_hyphenated_name_redefines_an_acronym_the_gazetteer_knows() -> None:
    text = (
        "In 2022 the KNF's armed wing, the Kuki-Chin National Army (KNA), began posting videos. "
        "Officials said the KNA had between 300 and 400 fighters."
    )
    assert subjects(extract(text).claims, "fighters") == ["Kuki-Chin National Army"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State has lost ground in Syria. Cells of the Caucasus branch operate in "
        "Dagestan.",
        "ISIS-K claimed the attack. Cells of the Caucasus branch operate in Dagestan.",
        "ISIS-K claimed the attack. The Caucasus Emirate is no more. The FSB broke up cells of "
        "the Caucasus branch in Dagestan and Ingushetia.",
        # "its" stands for the group named before, which coreference has not yet read
        "The Islamic State has praised its Caucasus branch, whose cells operate in Dagestan.",
    ],
)
def test_a_branch_named_by_place_alone_belongs_to_the_group_named_before(text: str) -> None:
    claims = extract(text).claims
    placed = [(c.subject.name, c.object.name) for c in claims if c.predicate == "operates_in"]
    assert ("Islamic State Caucasus Province", "Dagestan") in placed


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        (
            "The Islamic State's Caucasus Province is thought to have fewer than fifty fighters.",
            "Islamic State Caucasus Province",
        ),
        (
            "The Islamic State's Mozambique Province is thought to have about 300 fighters.",
            "IS Mozambique",
        ),
        (
            "The Islamic State's Somalia Province is thought to have 600 fighters.",
            "Islamic State Somalia",
        ),
        ("The Islamic State's branch is thought to have 600 fighters.", "Islamic State"),
    ],
)
def test_a_branch_written_as_its_owners_name_is_the_listed_branch(text: str, branch: str) -> None:
    assert subjects(extract(text).claims, "fighters") == [branch]


def test_a_persons_nickname_stands_for_the_person() -> None:
    text = (
        "Abdikadir Ahmed Aw-Ali, known as Firdhiye, who has led SSC-Khatumo since it was "
        "declared in February 2023, became president."
    )
    claims = extract(text).claims
    assert subjects(claims, "leads") == ["Abdikadir Ahmed Aw-Ali"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most of the men belonged to Ndugu wa Mlima, a faction that broke away from "
            "Mungiki in 2023.",
            "Ndugu wa Mlima",
        ),
    ],
)
def test_two_names_joined_by_a_particle_are_one_group(text: str, expected: str) -> None:
    assert subjects(extract(text).claims, "splinter_of") == [expected]


def test_a_known_acronym_opening_a_hyphenated_name_is_another_group() -> None:
    claims = extract(
        "Bundu dia Kongo (BDK) is banned. A businessman, Honoré Mabiala Nkodia, is the main "
        "financier of BDK-Renouveau, police say."
    ).claims
    funded = {c.object.name for c in claims if c.predicate == "funds" and c.object is not None}
    assert funded == {"BDK-Renouveau"}


def test_a_courts_division_is_no_armed_group() -> None:
    text = (
        "The 4th Criminal Division (State Security Division) of the court tried two members "
        "of Jamaat Ansarullah. The expert told the Division that the group now has between "
        "150 and 250 armed men."
    )
    assert subjects(extract(text).claims, "fighters") == ["Jamaat Ansarullah"]


def test_a_learned_unit_is_named_later_without_its_last_word() -> None:
    text = (
        "The al-Marsa Brigade was raised in the port district of Misrata. "
        "Al-Marsa answers to the council. In June al-Marsa pledged to disarm."
    )
    claims = extract(text).claims
    assert {c.subject.name for c in claims} == {"al-Marsa Brigade"}
    assert "pledge" in {c.type for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kony's fighters have raided villages in Vakaga again and again.",
            ("presence", "Lord's Resistance Army", "Vakaga"),
        ),
        (
            "The Wagner Group fought alongside Khalifa Haftar's forces in 2019.",
            ("relation", "Wagner Group", "Libyan National Army"),
        ),
        # a group noun, and a surname named after the full name
        (
            "Iván Mordisco spoke in March. Mordisco's faction has bases in Cauca.",
            ("presence", "EMC", "Cauca"),
        ),
        # a member of one group only
        (
            "Boko Haram is active in Borno. Shekau's fighters kept bases in the Sambisa forest.",
            ("presence", "Boko Haram", "Sambisa Forest"),
        ),
    ],
)
def test_a_known_leaders_men_are_his_group(text: str, expected: tuple[str, str, str]) -> None:
    claims = extract(text).claims
    found = {(c.type, c.subject.name, c.object.name if c.object else "") for c in claims}
    assert expected in found
    # the leader's men are read as his group; that he leads it is no new fact of the text
    assert not any(c.predicate == "leads" for c in claims)


def test_one_word_of_a_longer_name_is_not_someone_named_before() -> None:
    text = (
        "Aung Khant Kyaw reported from Yangon. The junta's spokesman, Brigadier General "
        "Kyaw Thura Aung, said the Kachin Independence Army had fewer than 300 fighters."
    )
    claims = extract(text).claims
    strength = next(c for c in claims if c.type == "strength")
    assert strength.source.name == "Kyaw Thura Aung"


def test_a_word_two_named_groups_share_stands_for_neither() -> None:
    text = (
        "The Arakan Rohingya Salvation Army and the Rohingya Solidarity Organisation recruit "
        "in the camps. The Rohingya have no say in it."
    )
    start = text.rindex("Rohingya")
    found = [m.actor_id for m in extract(text).mentions if m.start == start]
    assert found in ([], [None])
    shield = "The Sudan Shield Forces left the RSF. The Shield has no say in it."
    start = shield.rindex("Shield")
    assert [m.actor_id for m in extract(shield).mentions if m.start == start] == [
        "sudan-shield-forces"
    ]


def test_the_party_is_the_party_the_story_is_about() -> None:
    text = (
        "PJAK under fire. Your report overstated the size of the Party of Free Life of "
        "Kurdistan (PJAK) and the degree to which it takes its orders from the PKK. Your "
        "correspondent put the party's armed strength at some 3,000 fighters."
    )
    strength = [c for c in extract(text).claims if c.type == "strength"]
    assert [c.subject.name for c in strength] == ["PJAK"]


def test_a_line_break_the_tagger_took_into_a_name_is_no_actor() -> None:
    text = (
        "Puntland's forces are fighting Islamic State Somalia, the\n\nIslamic State's branch in "
        "Somalia, and al-Shabaab. The Lashkar has 300 fighters, the officials said."
    )
    extraction = extract(text)
    assert extraction.claims
    assert all(actor.name.strip() for actor in extraction.actors)


@pytest.mark.parametrize("creed", ["Salafist", "Maoist", "Sunni"])
def test_a_creed_the_tagger_takes_for_a_body_is_no_actor(creed: str) -> None:
    text = f"The Subul al-Salam Brigade, a {creed} unit affiliated with the LAAF, holds Kufra."
    claims = get_extractor().extract(Document.create(text)).claims
    names = {c.subject.name for c in claims} | {c.object.name for c in claims if c.object}
    assert creed not in names


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("JNIM operates in Mali. The al-Qaeda affiliate has about 6,000 fighters.", "JNIM"),
        ("ISWAP holds Baga. The Islamic State branch has about 5,000 fighters.", "ISWAP"),
    ],
)
def test_the_parent_named_in_a_branch_subject_is_not_its_holder(text: str, holder: str) -> None:
    claims = get_extractor().extract(Document.create(text)).claims
    assert {c.subject.name for c in claims if c.type == "strength"} == {holder}


def test_a_faction_the_phrase_goes_on_to_describe_is_no_reference_back() -> None:
    text = (
        "The RSF took El Fasher. The town of Tawila is held by the Sudan Liberation Movement "
        "faction led by Abdel Wahid al-Nur, which keeps a few hundred fighters there."
    )
    claims = get_extractor().extract(Document.create(text)).claims
    assert not [
        c for c in claims if c.subject.name == "Rapid Support Forces" and c.type != "presence"
    ]


def _named_again(text: str, word: str) -> str | None:
    """The actor the resolver gives the last ``word`` of ``text``, if any."""
    extractor = get_extractor()
    doc = extractor.parse(Document.create(text))
    found = extractor.resolver.resolve(doc)
    token = [t for t in doc if t.lower_ == word][-1]
    span = found.at(token.i)
    return span.actor.name if span is not None else None


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "ISWAP holds islands in Lake Chad.\n\nBoko Haram also keeps fighters around the lake.",
            "lake",
            "Lake Chad",
        ),
        (
            "Hamas is strong in Ain al-Hilweh, the largest camp in Lebanon. Sidon lies nearby. "
            "Ain al-Hilweh is crowded.\n\nFatah keeps 1,500 men in the camp.",
            "camp",
            "Ain al-Hilweh",
        ),
        (
            "PKK cadres have long sheltered in the Qandil Mountains.\n\nThe mountains are bombed often.",
            "mountains",
            "Qandil Mountains",
        ),
    ],
)
def test_a_landmark_named_again_by_its_noun(text: str, word: str, place: str) -> None:
    assert _named_again(text, word) == place


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun of government, not of a landmark
        ("Al-Shabaab holds Jilib in Middle Juba.\n\nIt taxes every farm in the region.", "region"),
        # the noun has its own name
        ("ISWAP holds islands in Lake Chad.\n\nRefugees fled to the Minawao camp.", "camp"),
        # several camps are not one
        ("Fighters sit in Ain al-Hilweh camp and in Rashidieh.\n\nThe camps are crowded.", "camps"),
        # never called so
        ("ISWAP holds islands in Lake Chad.\n\nRefugees fled to the camp.", "camp"),
    ],
)
def test_a_noun_the_text_never_gave_a_place_names_none(text: str, word: str) -> None:
    assert _named_again(text, word) is None


def test_friction_between_two_places_is_no_hostility() -> None:
    claims = extract(
        "ISWAP holds Lake Chad and the Mandara Mountains.\n\n"
        "There is friction between the lake and the mountains."
    ).claims
    assert not [c for c in claims if c.predicate == "hostile"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kildani has said the Babylon Brigades have more than three thousand fighters.",
            {("strength", "Babylon Brigades")},
        ),
        (
            "Residents say the 30th Brigade controls Bartella. The brigade denies that it has "
            "any say over property sales.",
            {("presence", "30th Brigade"), ("denial", "30th Brigade")},
        ),
        # a state's or a people's forces are its army; a kind of unit names no one
        (
            "In 2024 the Kenya Defence Forces moved into Gedo.",
            {("presence", "Kenya Defence Forces")},
        ),
        ("Officials say the Special Forces have about 300 men in Lamu.", set()),
    ],
)
def test_capitalised_words_before_a_unit_noun_name_a_group(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert claimed_by(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the tagger took for a place, described as a gang
        (
            "Los Tlacos, a gang that controls the sierra of Guerrero, has about 300 gunmen.",
            {("strength", "Los Tlacos")},
        ),
        # a place where a militia is stays a place
        ("In Jacarepaguá, the milícia of Rio das Pedras is thought to have lost ground.", set()),
        # a name opened by a gang's article that nothing is placed in acts as a gang
        (
            "La Nueva Familia Michoacana's war with Los Tlacos has driven hundreds of "
            "families out of the sierra.",
            {("relation", "La Nueva Familia Michoacana")},
        ),
    ],
)
def test_an_unknown_place_described_as_a_gang_is_a_group(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert claimed_by(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mai-Mai Malaika controls the mines around Salamabila.",
            {("presence", "Mai-Mai Malaika")},
        ),
        # the family's generic name alone stays the family
        ("Mai-Mai militias attacked villages around Salamabila.", {("presence", "Mai-Mai")}),
    ],
)
def test_a_named_faction_of_a_militia_family_is_its_own_group(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert claimed_by(text) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The ADF operates in North and South Kivu.", {"North Kivu", "South Kivu"}),
        (
            "Al-Shabaab has massed fighters in Middle and Lower Shabelle.",
            {"Middle Shabelle", "Lower Shabelle"},
        ),
        (
            "The RSF holds towns in North, South and East Darfur.",
            {"North Darfur", "South Darfur", "East Darfur"},
        ),
        # neither is known: both words only say which part, so both are places
        (
            "The OLA has fighters in East and West Wollega.",
            {"East Wollega", "West Wollega"},
        ),
        # the word before "and" makes no known place with "Sudan": it stays itself
        ("The RSF has men in Kenya and South Sudan.", {"Kenya", "South Sudan"}),
    ],
)
def test_first_words_listed_before_a_place_name_name_places_of_their_own(
    text: str, places: set[str]
) -> None:
    found = extract(text)
    assert {a.name for a in found.actors if a.kind in ("place", "state")} == places


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("South Sudanese troops clashed with SPLA-IO fighters in Nasir.", "South Sudan"),
        ("Sudanese troops clashed with SPLA-IO fighters in Nasir.", "Sudan"),
    ],
)
def test_a_two_word_demonym_names_its_own_state(text: str, state: str) -> None:
    hostile = {c.subject.name for c in extract(text).claims if c.predicate == "hostile"}
    assert hostile == {state}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Chad and Nigeria contribute troops to the Multinational Joint Task Force. The "
            "Force has fought Boko Haram around Lake Chad since 2015.",
            ("relation", "Multinational Joint Task Force"),
            ("relation", "Force"),
        ),
        (
            "Sisiku Julius Ayuk Tabe led the Interim Government of Ambazonia. The Interim "
            "Government has fought the Cameroonian army since 2017.",
            ("relation", "Interim Government of Ambazonia"),
            ("relation", "Interim Government"),
        ),
        (
            # two bodies end in "Force": "the Force" names neither
            "Chad and Nigeria contribute troops to the Multinational Joint Task Force, and "
            "Iran sends the Quds Force. The Force has fought Boko Haram around Lake Chad "
            "since 2015.",
            ("relation", "Force"),
            ("relation", "Multinational Joint Task Force"),
        ),
    ],
)
def test_a_guessed_name_that_begins_or_ends_a_body_named_before_is_that_body(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str]
) -> None:
    found = claimed_by(text)
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger takes the full name for an organisation, the bare surname for a person
        (
            "The FPRC sold the LRA ammunition, according to Mahamat Saleh Issa. An FPRC "
            "spokesman rejected Issa's account as the talk of a deserter.",
            {("FPRC", "Mahamat Saleh Issa", "person")},
        ),
    ],
)
def test_a_name_taken_for_a_body_is_the_person_its_surname_later_names(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    claims = extract(text).claims
    pairs = {(c.subject.name, c.object.name, c.object.kind) for c in claims if c.object}
    assert expected <= pairs


def test_the_front_is_the_last_group_one_of_whose_names_ends_so() -> None:
    text = (
        "The Afghanistan Freedom Front (AFF) fights the Taliban. A Taliban spokesman "
        "dismissed the NRF's claims and said the front did not have a single fighter left "
        "in Panjshir."
    )
    placed = {(c.subject.name, c.object.name) for c in extract(text).claims if c.type == "presence"}
    assert placed == {("NRF", "Panjshir")}
