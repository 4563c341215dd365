"""Attribution: who asserts each claim, from reporting verbs, markers, carry-over and quotes."""

from __future__ import annotations

import pytest

from claimgraph.ingest.text import clean_text
from claimgraph.model import Claim, Document, DroppedLine, Post, Source
from claimgraph.nlp.attribution import dateline_outlet, quoted_chars
from claimgraph.nlp.extract import get_extractor


def claims_of(text: str, outlet: str | None = "Test Wire") -> tuple[Claim, ...]:
    """Every claim read from ``text`` as a document of ``outlet``."""
    return get_extractor().extract(Document.create(text, outlet=outlet)).claims


def sources(text: str, outlet: str | None = "Test Wire") -> dict[tuple[str, str], Source]:
    """Source of every claim, keyed by (predicate, subject)."""
    return {(c.predicate, c.subject.name): c.source for c in claims_of(text, outlet)}


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "Hamas has about 30,000 fighters, said Peter Mills, a researcher at the "
            "Institute for the Study of War.",
            ("fighters", "Hamas"),
            Source("Peter Mills", "person", "ISW"),
        ),
        (
            "Hamas has about 30,000 fighters, said Peter Mills, Afghanistan researcher at the "
            "Institute for the Study of War.",
            ("fighters", "Hamas"),
            Source("Peter Mills", "person", "ISW"),
        ),
        (
            '"ISIS-K has about 2,000 fighters," said Ahmad Rashid, a Kabul-based analyst.',
            ("fighters", "ISIS-K"),
            Source("Ahmad Rashid", "person"),
        ),
        (
            "ISIS-K has about 2,000 fighters, a senior Pakistani official told Reuters.",
            ("fighters", "ISIS-K"),
            Source("Pakistan", "actor"),
        ),
        (
            "A new report from the Analytical Support and Sanctions Monitoring Team "
            "revealed that ISIS-K operates in Tajikistan.",
            ("operates_in", "ISIS-K"),
            Source("UN Monitoring Team", "document"),
        ),
        (
            "ISIS-K has between 4,000 and 6,000 fighters, according to the Institute "
            "for the Study of War.",
            ("fighters", "ISIS-K"),
            Source("ISW", "organization"),
        ),
        (
            "UN sanctions monitors said in a report that the Taliban shelter the TTP.",
            ("protects", "Taliban"),
            Source("UN Monitoring Team", "document"),
        ),
        (
            "The Taliban said they had cut ties with al-Qaeda.",
            ("ally", "Taliban"),
            Source("Taliban", "actor"),
        ),
        (
            "JNIM is active across central Mali.",
            ("operates_in", "JNIM"),
            Source("Test Wire", "outlet"),
        ),
        # A body named in small letters that its acronym spells, then "it said".
        (
            "The Tshikapa-based Observatoire des droits humains du Kasaï (ODHK) goes further. "
            "In a report released in July, it said FARDC soldiers had fought alongside "
            "Bana Mura militiamen.",
            ("ally", "FARDC"),
            Source("Observatoire des droits humains du Kasaï", "document"),
        ),
        # A name defined with its acronym ending in a collective noun speaks for itself.
        (
            "The Department of State Services (DSS) said that the Mahmuda group was a "
            "front for Ansaru.",
            ("affiliate", "Mahmuda group"),
            Source("Department of State Services", "organization"),
        ),
        # A wire lead's unnamed body, named as the next sentence's speaker.
        (
            "Hundreds of Mungiki members were paid to attack protesters in Nairobi, a Kenyan "
            "rights group said on Wednesday. The Tumaini Rights Observatory, a Nairobi-based "
            "monitor, said its researchers had logged 41 attacks.",
            ("members", "Mungiki"),
            Source("Tumaini Rights Observatory", "organization"),
        ),
        # A nationality is where a body works, not the state it speaks for.
        (
            "Hundreds of Mungiki members were paid to attack protesters in Nairobi, a Kenyan "
            "rights group said on Wednesday.",
            ("members", "Mungiki"),
            Source("Test Wire", "outlet"),
        ),
        # A speaker who introduces himself by a role and a name set after a comma.
        (
            "Mungiki rejects the findings. A man who introduced himself as the sect's "
            "spokesman, Njoroge wa Kamau, said its members stayed at home. He put the "
            "sect's strength at a few thousand men, spread across Kiambu.",
            ("operates_in", "Mungiki"),
            Source("Njoroge wa Kamau", "person"),
        ),
        # A document that names one actor as another's source of money states it.
        (
            "US State Department terrorism reports have long named Iran as the main foreign "
            "source of money and weapons for Hamas.",
            ("funds", "Iran"),
            Source("US Department of State", "document"),
        ),
        # An unnamed officer "at" a body speaks for it.
        (
            "A senior officer at the Directorate of Criminal Investigations, who asked not "
            "to be named, said up to 3,000 Mungiki men had been bused into Nairobi.",
            ("fighters", "Mungiki"),
            Source("Directorate of Criminal Investigations", "organization"),
        ),
        # No report in force yet: "its" is the body just named.
        (
            "Human Rights Watch sees things differently. Its latest report estimates that "
            "the Taliban have 6,000 fighters.",
            ("fighters", "Taliban"),
            Source("Human Rights Watch", "document"),
        ),
        # An unnamed officer introduced as a clause's subject is the "he" who speaks next.
        (
            "A senior Indian Army officer was blunt. Hizb, he told us, has perhaps two or "
            "three men with rifles in the whole of his sector.",
            ("fighters", "Hizbul Mujahideen"),
            Source("Indian Army", "actor"),
        ),
        # A study published by a body, then "It put ...": the study, named for its body,
        # whose full name holds a listed one ("Institute for Security Studies").
        (
            "The most thorough study of the group was published in September by the "
            "Fernleigh Institute for Security Studies. It put the BRA's strength at "
            "somewhere between 400 and 700 fighters.",
            ("fighters", "Baloch Republican Army"),
            Source("Fernleigh Institute for Security Studies", "document"),
        ),
        # a name the tagger missed, opened by a form of address
        (
            "Dr Naveed Rind of Kingsbridge University told me last week that the BRA is "
            "probably down to fewer than 300 men.",
            ("fighters", "Baloch Republican Army"),
            Source("Naveed Rind", "person"),
        ),
        # "The same newspaper" is the paper named before, whoever spoke in between.
        (
            "The Sunday Ledger reported that the Taliban sheltered BRA commanders. The "
            "Taliban reject the charge. The same newspaper put the combined strength of the "
            "BRAS alliance at about six thousand fighters.",
            ("fighters", "Baloch Raaji Aajoi Sangar"),
            Source("Sunday Ledger", "outlet"),
        ),
    ],
)
def test_source_of_a_sentence(text: str, claim: tuple[str, str], expected: Source) -> None:
    assert sources(text)[claim] == expected


def test_without_an_outlet_the_source_is_an_unknown_outlet() -> None:
    found = sources("JNIM is active across central Mali.", outlet=None)
    assert found[("operates_in", "JNIM")] == Source("unknown outlet", "outlet")


def test_a_wire_dateline_names_the_outlet() -> None:
    assert dateline_outlet("KABUL, May 2 (Test Wire) - Hamas said nothing.") == "Test Wire"
    assert dateline_outlet("Hamas said nothing.") is None


def test_a_named_source_carries_to_the_rest_of_its_paragraph_only() -> None:
    text = (
        "The Monitoring Team report notes that ISIS-K operates in Kunar. "
        "It adds that al-Qaeda has 400 fighters. "
        "ISIS-K is estimated to have 5,000 fighters.\n\n"
        "JNIM is active across central Mali."
    )
    found = sources(text)
    report = Source("UN Monitoring Team", "document")
    assert found[("operates_in", "ISIS-K")] == report
    assert found[("fighters", "al-Qaeda")] == report
    assert found[("fighters", "ISIS-K")] == report
    assert found[("operates_in", "JNIM")] == Source("Test Wire", "outlet")


def test_a_quote_spanning_sentences_keeps_its_speaker() -> None:
    text = (
        '"ISIS-K has rebuilt its networks. It now has 3,000 fighters," '
        "said Peter Mills, a researcher at the Institute for the Study of War."
    )
    found = sources(text)
    assert found[("fighters", "ISIS-K")].name == "Peter Mills"


def test_a_role_stated_beside_the_speaker_is_the_outlets() -> None:
    text = "Zabihullah Mujahid, the Taliban spokesman, said al-Qaeda has no bases in Afghanistan."
    found = sources(text)
    assert found[("member_of", "Zabihullah Mujahid")] == Source("Test Wire", "outlet")
    assert found[("operates_in", "al-Qaeda")].name == "Zabihullah Mujahid"


def test_quoted_ranges() -> None:
    text = 'He said "one" and \u201ctwo\u201d.'
    assert [text[a:b] for a, b in quoted_chars(text)] == ['"one"', "\u201ctwo\u201d"]


def test_a_report_without_an_outlet_speaks_in_its_issuers_voice() -> None:
    body = (
        "Analytical Support and Sanctions Monitoring Team\n\n"
        "Member States assess that ISIS-K operates in Kunar. "
        "The Monitoring Team notes that JNIM is active across central Mali."
    )
    document = Document.create(body, title="Report of the Monitoring Team", outlet=None)
    claims = get_extractor().extract(document).claims
    assert {c.source for c in claims} == {Source("UN Monitoring Team", "document")}


def test_a_report_titled_for_its_body_speaks_for_it_whoever_it_names_most() -> None:
    body = (
        "The Group obtained evidence that the RDF deployed troops in North Kivu. The RDF "
        "denies it. RDF units were seen near Goma, and the RDF trained M23 recruits. "
        "The Group estimated that M23 had between 6,000 and 8,000 fighters."
    )
    title = "Final report of the Group of Experts on the Democratic Republic of the Congo"
    document = Document.create(body, title=title, outlet=None)
    claims = get_extractor().extract(document).claims
    strength = [c for c in claims if c.type == "strength"]
    assert strength
    assert {c.source for c in strength} == {Source("UN Group of Experts", "document")}


def test_a_relative_clause_speaks_for_the_noun_it_describes() -> None:
    text = "Mali's government, which has denied hiring Wagner, says it acts alone."
    found = sources(text)
    assert found[("funds", "Mali")] == Source("Mali", "actor")


def test_a_demonym_names_the_state_behind_officials() -> None:
    found = sources("Iranian officials said Hezbollah operates in Syria.")
    assert found[("operates_in", "Hezbollah")] == Source("Iran", "actor")


def test_a_definite_noun_names_the_body_mentioned_before() -> None:
    text = (
        "A senior officer of the Jammu and Kashmir Police briefed reporters on Monday. "
        "Lashkar-e-Taiba operates mainly in Kupwara and Baramulla, the police said."
    )
    source = sources(text)[("operates_in", "Lashkar-e-Taiba")]
    assert (source.name, source.kind) == ("Jammu and Kashmir Police", "organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghanaian President Nana Akufo-Addo spoke in Washington on Friday. "
            "Akufo-Addo said Wagner mercenaries were now in Burkina Faso.",
            "Nana Akufo-Addo",
        ),
        # A surname of two words.
        (
            "Honoré Mbuyi Kanda, a national deputy, spoke in Kinshasa on Friday. "
            "Mbuyi Kanda said Wagner mercenaries were now in Burkina Faso.",
            "Honoré Mbuyi Kanda",
        ),
    ],
)
def test_a_bare_surname_is_the_person_named_before(text: str, expected: str) -> None:
    source = sources(text)[("operates_in", "Wagner Group")]
    assert (source.name, source.kind) == (expected, "person")


def test_put_reports_an_estimate_only_when_it_sets_one_at_a_figure() -> None:
    text = (
        "Viv Ansanm, a coalition of gangs, controls most of Port-au-Prince. Our own estimate "
        "is that Viv Ansanm can put between 3,000 and 4,000 armed men on the streets."
    )
    claims = claims_of(text)
    sources = {c.source.name for c in claims if c.type == "strength"}
    assert sources == {"Test Wire"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hamas had roughly 30,000 fighters, according to Israeli military estimates.", "Israel"),
        (
            "Nigerian military intelligence officials estimate that ISWAP has 3,500 fighters.",
            "Nigeria",
        ),
        ("The Israeli military said Hamas had 30,000 fighters.", "IDF"),
    ],
)
def test_a_nationality_with_its_military_before_officials_or_estimates_is_the_state(
    text: str, source: str
) -> None:
    claims = claims_of(text)
    assert {c.source.name for c in claims if c.type == "strength"} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Colombian army intelligence put the EMC at about 3,300 members.", "Colombian Army"),
        ("Mexican army intelligence puts Los Chapitos at 2,500 armed men.", "Mexican Army"),
        (
            "Ecuadorian military intelligence officers say Los Lobos has some 8,000 members.",
            "Ecuadorian Armed Forces",
        ),
        (
            "A Burkinabè army officer said JNIM could have 6,000 men.",
            "Armed Forces of Burkina Faso",
        ),
        (
            "According to Colombia's defence ministry, the ELN has about 5,800 members.",
            "Colombian Ministry of Defence",
        ),
        (
            "The Polisario Front has about 4,000 fighters, according to the UN "
            "Secretary-General's latest report.",
            "UN Secretary-General",
        ),
        (
            "Ukraine's Main Intelligence Directorate (HUR) said the Russian Volunteer Corps "
            "has about 500 fighters.",
            "HUR",
        ),
    ],
)
def test_an_armys_intelligence_and_officers_speak_for_the_army(text: str, source: str) -> None:
    claims = claims_of(text)
    assert {c.source.name for c in claims if c.type == "strength"} == {source}


def test_the_spokesman_is_the_one_named_before() -> None:
    text = (
        "The ADF has been reduced to 1,500 fighters, a spokesman for the Uganda People's "
        "Defence Forces (UPDF) said on Tuesday. The spokesman said the group had more than "
        "2,000 fighters when the offensive began."
    )
    claims = claims_of(text)
    sources = [c.source.name for c in claims if c.type == "strength"]
    assert sources == ["Uganda People's Defence Forces", "Uganda People's Defence Forces"]


def test_its_spokesperson_after_a_states_quote_speaks_for_the_state() -> None:
    text = (
        '"Pakistan does not arm, fund or shelter Lashkar-e-Taiba or any other proscribed '
        'organisation," its spokesperson told reporters.'
    )
    claims = claims_of(text)
    assert {c.source.name for c in claims if c.type == "relation"} == {"Pakistan"}


def test_its_founder_is_still_the_groups() -> None:
    text = (
        "The United States killed al Qaeda leader Ayman al-Zawahiri in Kabul, in the biggest "
        "blow to the militant group since its founder Osama bin Laden was killed in 2011."
    )
    claims = claims_of(text)
    leads = {(c.subject.name, c.object.name) for c in claims if c.predicate == "leads" and c.object}
    assert ("Osama bin Laden", "United States") not in leads


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "ISIS-K has recruited among Tajik nationals and is believed to retain "
            "facilitation networks inside Tajikistan.",
            ("operates_in", "ISIS-K"),
        ),
        (
            "Hurras al-Din has been weakened and is assessed to number fewer than 2,000 fighters.",
            ("fighters", "Hurras al-Din"),
        ),
    ],
)
def test_a_passive_reporting_verb_makes_its_subject_no_source(
    text: str, claim: tuple[str, str]
) -> None:
    assert sources(text)[claim] == Source("Test Wire", "outlet")


def test_the_group_a_commander_speaks_of_is_his_own() -> None:
    text = (
        "Kataib Hezbollah paused its attacks on Friday.\n\n"
        "The Arakan Army's commander-in-chief, Twan Mrat Naing, has said the group has "
        "more than 30,000 troops."
    )
    assert sources(text)[("troops", "Arakan Army")] == Source("Twan Mrat Naing", "person")


def test_anonymous_voices_do_not_speak_for_a_report_named_paragraphs_before() -> None:
    text = (
        "The UN Monitoring Team said in July that ISSP had 2,000 fighters.\n\n"
        "Independent analysts put the strength of JNIM at between 5,000 and 6,000 fighters."
    )
    assert sources(text)[("fighters", "JNIM")] == Source("Test Wire", "outlet")


def test_a_report_someone_published_is_theirs() -> None:
    text = (
        "The UN Monitoring Team said in July that ISSP had 2,000 fighters. In February, "
        "Amnesty International published a report saying that JNIM operates in Burkina Faso."
    )
    assert sources(text)[("operates_in", "JNIM")].name == "Amnesty International"


def test_a_trailing_speaker_the_parser_hung_on_the_clause_before_still_speaks() -> None:
    text = (
        "PESHAWAR, Pakistan, March 3 (Indus Press) - Fighters of the Pakistani Taliban now "
        "move freely across much of southern Khyber Pakhtunkhwa, a senior officer of the "
        "Khyber Pakhtunkhwa Police said on Monday."
    )
    found = sources(text)[("operates_in", "TTP")]
    assert found.name == "Khyber Pakhtunkhwa Police"


def test_experts_named_by_their_issuer_are_the_body_named_before() -> None:
    text = (
        "The UN Group of Experts on the Congo said in July that Rwanda arms the M23.\n\n"
        "The FDLR has fought alongside the Congolese army, according to the UN experts."
    )
    assert sources(text)[("ally", "FDLR")].name.startswith("UN Group of Experts")


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "The Houthis held a rally. The group says it can call on some two hundred "
            "thousand fighters.",
            ("fighters", "Houthis"),
            Source("Houthis", "actor"),
        ),
        (
            "Israeli military estimates put Hezbollah at 40,000.\n\nMost Western estimates put "
            "its full-time fighters at 20,000-30,000.",
            ("fighters", "Hezbollah"),
            Source("Test Wire", "outlet"),
        ),
        (
            "JNIM, which is led by Iyad Ag Ghaly, is the larger of the two: the UN monitors "
            "estimate that it has between 5,000 and 6,000 fighters.",
            ("leads", "Iyad Ag Ghaly"),
            Source("Test Wire", "outlet"),
        ),
    ],
)
def test_words_that_only_look_like_a_source(
    text: str, claim: tuple[str, str], expected: Source
) -> None:
    assert sources(text)[claim] == expected


def test_its_latest_assessment_is_the_report_in_force_not_the_group() -> None:
    text = (
        "The UN Monitoring Team said in January that ISIS-K had 2,000 fighters. Its most recent "
        "assessment, published in July, puts the number of its fighters at between 1,500 "
        "and 3,000."
    )
    assert {s.name for s in sources(text).values()} == {"UN Monitoring Team"}


def test_we_and_our_outside_quotes_are_the_publisher() -> None:
    text = (
        "The UN Monitoring Team said in July that ISSP had 2,000 fighters. Our own count is "
        "higher: we believe the group can call on 2,500 to 3,500 armed men."
    )
    found = [s for (p, subject), s in sources(text).items() if p == "fighters"]
    assert Source("Test Wire", "outlet") in found


def test_a_participle_saying_reports_for_the_subject_of_its_clause() -> None:
    text = (
        "Ebenezer Fru said the Ambazonia Defence Forces had offered a ceasefire. "
        '"We are ready," Fru said. Cameroon refused the offer, saying it would not negotiate '
        'with "terrorists".'
    )
    claims = claims_of(text)
    refusals = [c for c in claims if c.type == "pledge" and c.polarity == "denied"]
    assert refusals and all(c.source.name == "Cameroon" for c in refusals)


def test_un_experts_are_the_panel_on_the_country_the_story_is_about() -> None:
    text = (
        "PORT SUDAN - The UAE flew weapons to the RSF in Sudan through Chad, according to a "
        "panel of United Nations experts. The panel said the RSF now holds most of Darfur. "
        "Sudan's army welcomed the report. The Emirates rejected the findings."
    )
    claims = claims_of(text)
    funds = [c for c in claims if c.predicate == "funds"]
    assert funds and funds[0].source.name == "UN Panel of Experts on Sudan"
    denials = [c for c in claims if c.type == "denial"]
    assert [d.object.name for d in denials if d.object] == ["UN Panel of Experts on Sudan"]


def test_a_named_body_described_by_a_relative_clause_reports_what_it_estimated() -> None:
    text = (
        "The UN Panel of Experts on Libya, which monitors the arms embargo, estimated in 2020 "
        "that between 800 and 1,200 Wagner personnel were deployed in the country. According "
        "to the Panel, Africa Corps personnel operate the air-defence systems at al-Jufra."
    )
    claims = claims_of(text)
    assert claims and {c.source.name for c in claims} == {"UN Panel of Experts on Libya"}


@pytest.mark.parametrize(
    ("text", "predicate", "source"),
    [
        (
            "Foreign fighters are not welcome in Afghanistan, Zabihullah Mujahid said. Zabihullah "
            "Mujahid, the Taliban's chief spokesman, said the group would not allow attacks.",
            "member_of",
            "Test Wire",
        ),
        (
            "Jaish al-Adl grew out of Jundallah. The new group is led by Salahuddin Farooqui "
            "and says it is fighting for the rights of Iran's Baloch minority.",
            "leads",
            "Test Wire",
        ),
        (
            '"The Islamic Republic has never armed Ansar Allah, and Ansar Allah does not need '
            "our weapons,\" Iran's mission to the United Nations said in a statement.",
            "funds",
            "Iran",
        ),
    ],
)
def test_the_writer_describes_the_speaker_and_states_the_first_of_two_acts(
    text: str, predicate: str, source: str
) -> None:
    claims = claims_of(text)
    found = [c for c in claims if c.predicate == predicate]
    assert found and all(c.source.name == source for c in found)


def test_an_estimate_read_as_the_noun_subject_of_a_relative_clause_is_its_owners() -> None:
    text = (
        "Islamic State Sahel attacked Menaka. The group, which the United Nations estimates "
        "has between 2,000 and 3,000 fighters, has been battling JNIM."
    )
    claims = claims_of(text)
    counts = [c for c in claims if c.type == "strength"]
    assert counts and counts[0].source.name == "United Nations"


def test_a_countrys_army_speaks_as_the_army_the_gazetteer_lists() -> None:
    text = "Somalia's army said on Tuesday that al-Shabaab had been reduced to 5,000 fighters."
    claims = claims_of(text)
    assert claims and claims[0].source.name == "Somali National Army"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The UN Monitoring Team put ISSP at 2,000 fighters. Niger's defence ministry said "
            'in January that ISSP had "fewer than 500 men" left in Tillaberi.',
            "Niger",
        ),
        (
            "Pakistan denies any involvement in the attack. Its Foreign Office said the "
            "Taliban does not shelter the TTP.",
            "Pakistan",
        ),
    ],
)
def test_a_states_office_or_ministry_speaks_for_the_state(text: str, source: str) -> None:
    claims = claims_of(text)
    last = [c for c in claims if c.evidence.sentence.startswith(text.split(". ")[1][:10])]
    assert last and all(c.source.name == source for c in last)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In its reply to the Panel, the LNA General Command said that the Subul al-Salam "
            "Brigade had fewer than 500 fighters.",
            "Libyan National Army",
        ),
        (
            "Troops of the Philippine army's 3rd Infantry Division have fought the NPA on Negros. "
            "The guerrillas left on Negros are estimated to number between 120 and 150, "
            "according to the division.",
            "Armed Forces of the Philippines",
        ),
    ],
)
def test_a_unit_or_command_named_as_an_organ_speaks_for_its_owner(text: str, source: str) -> None:
    strengths = [c for c in claims_of(text) if c.type == "strength"]
    assert strengths and all(c.source.name == source for c in strengths)


def test_a_committee_named_in_a_reports_heading_lines_speaks_for_the_report() -> None:
    text = (
        "House of Commons\n\nInternational Security Committee\n\nFourth Report of Session "
        "2024-26\n\nWe conclude that the Quds Force funds Hezbollah."
    )
    document = Document.create(text, title="Tehran's armed partners", format="markdown")
    claims = get_extractor().extract(document).claims
    assert claims and all(c.source.name == "International Security Committee" for c in claims)


def test_a_report_of_the_secretary_general_speaks_as_the_secretary_general() -> None:
    text = (
        "United Nations S/2025/608\nSecurity Council\n\nReport of the Secretary-General\n\n"
        "41. The Mission observed that ELN units now hold most of the rural areas of Tibu."
    )
    title = "United Nations Verification Mission in Colombia: report of the Secretary-General"
    document = Document.create(text, title=title)
    claims = get_extractor().extract(document).claims
    assert claims and all(c.source.name == "UN Secretary-General" for c in claims)


def test_a_role_in_the_phrase_after_according_to_is_the_writers() -> None:
    text = (
        "The Houthis have also pledged not to attack Chinese and Russian vessels, according "
        "to Mohammed Abdulsalam, the group's chief negotiator and spokesman."
    )
    claims = claims_of(text)
    sources = {c.type: c.source.name for c in claims}
    assert sources == {"relation": "Test Wire", "pledge": "Mohammed Abdulsalam"}


def test_a_saying_after_a_deed_does_not_make_the_deed_said() -> None:
    text = (
        "The Palestinian Authority began its own operation against the Jenin Brigade on "
        "Dec. 5, saying it was restoring order."
    )
    hostile = [c for c in claims_of(text) if c.predicate == "hostile"]
    assert hostile
    assert all(c.source.kind == "outlet" for c in hostile)


def test_he_said_after_an_unnamed_official_is_that_officials_side() -> None:
    text = (
        '"This is a pause," said Haidar al-Khafaji, an analyst in Basra. A Kataib Hezbollah '
        "spokesman, reached by telephone, rejected the American accusations. He said the "
        "group received no money from Iran."
    )
    funds = [c for c in claims_of(text) if c.predicate == "funds"]
    assert funds
    assert all(c.source.name == "Kata'ib Hezbollah" for c in funds)


def test_a_capital_that_speaks_is_its_state() -> None:
    found = sources("Bujumbura says its soldiers are in Congo to hunt down the RED-Tabara.")
    assert found[("hostile", "Burundi")] == Source("Burundi", "actor")


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "The Tigris Forum, a Baghdad research group, raised its estimate for Kataib "
            "Hezbollah from about 5,000 fighters to between 7,000 and 10,000.",
            ("fighters", "Kata'ib Hezbollah"),
            "Tigris Forum",
        ),
        (
            "Israeli military intelligence credited the Qassam Brigades with roughly 30,000 fighters.",
            ("fighters", "Izz ad-Din al-Qassam Brigades"),
            "IDF",
        ),
    ],
)
def test_who_revises_or_credits_an_estimate_reports_it(
    text: str, claim: tuple[str, str], expected: str
) -> None:
    assert sources(text)[claim].name == expected


def test_a_group_that_can_call_up_men_does_not_report_its_own_strength() -> None:
    text = "The study said Harakat al-Nujaba could call up as many as 10,000 men."
    assert (
        sources(text)[("fighters", "Harakat Hezbollah al-Nujaba")].name
        != "Harakat Hezbollah al-Nujaba"
    )


def test_the_figures_of_a_range_are_its_owners() -> None:
    text = "The ADF now has about 2,000 fighters, above the UN's range of 1,200 to 1,500."
    found = {(c.value.min, c.source.name) for c in claims_of(text) if c.value is not None}
    assert found == {(2000, "Test Wire"), (1200, "United Nations")}


def test_the_government_of_a_state_informing_a_panel_speaks_for_the_state() -> None:
    text = (
        "Al-Shabaab is strong. The Government of Uganda informed the Panel that it "
        "maintained some 4,500 troops in Somalia."
    )
    found = {(c.subject.name, c.source.name) for c in claims_of(text) if c.type == "strength"}
    assert found == {("Uganda", "Uganda")}


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "The Comando Vermelho has fought the Bonde dos 13 since 2017, the Tocantins "
            "Observer reported.",
            ("hostile", "Comando Vermelho"),
            "Tocantins Observer",
        ),
        (
            "In Rio Branco the Comando Vermelho has fought the Bonde dos 13 since 2017, the Acre "
            "Observer reported.",
            ("hostile", "Comando Vermelho"),
            "Acre Observer",
        ),
        (
            "Police stormed the Complexo do Alemão, the Guanabara Tribune reported. The paper "
            "said the Comando Vermelho keeps several hundred armed men there.",
            ("fighters", "Comando Vermelho"),
            "Guanabara Tribune",
        ),
    ],
)
def test_a_paper_named_as_the_reporter_is_the_source(
    text: str, claim: tuple[str, str], expected: str
) -> None:
    assert sources(text, outlet="Cerrado Briefing")[claim].name == expected


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "Thai security officials say the Karen National Army has some 7,000 men.",
            ("fighters", "Karen National Army"),
            "Thailand",
        ),
        (
            "Militias of the Wazalendo hold sway over the villages around Bunyakiri, the "
            "Bukavu Echo reported. The paper said the M23 has 6,000 fighters.",
            ("fighters", "M23"),
            "Bukavu Echo",
        ),
        (
            "Beninese intelligence officials estimate that 1,500 JNIM fighters are in the "
            "park. Residents fled Karimama last month, the Gazette said. ISSP is active in "
            "Niger's Dosso region, according to the same intelligence officials.",
            ("operates_in", "Islamic State Sahel"),
            "Benin",
        ),
        (
            "Zambada landed near El Paso in July, the Culiacán Sentinel recalled. The paper said "
            "Los Chapitos has 3,000 gunmen.",
            ("fighters", "Los Chapitos"),
            "Culiacán Sentinel",
        ),
        (
            "The CJNG has about 19,000 members, according to the Drug Enforcement "
            "Administration's latest National Drug Threat Assessment.",
            ("members", "CJNG"),
            "Drug Enforcement Administration",
        ),
        (
            "Somalia's government is pressing its offensive against al-Shabaab in Middle "
            "Shabelle, President Hassan Sheikh Mohamud's office said on Monday.",
            ("hostile", "Somalia"),
            "Somalia",
        ),
        (
            "The UN special envoy for Yemen, Hans Grundberg, said the Houthis had 20,000 fighters.",
            ("fighters", "Houthis"),
            "Hans Grundberg",
        ),
    ],
)
def test_sources_named_by_nationality_paper_sameness_title_office_or_envoy(
    text: str, claim: tuple[str, str], expected: str
) -> None:
    assert sources(text)[claim].name == expected


def test_the_outlets_own_short_name_is_the_outlet() -> None:
    text = (
        "A police intelligence report seen by the Clarion put the strength of the Mahmuda "
        "group at 300 men. The Clarion said the Mahmuda group has camps in Kaiama."
    )
    found = sources(text, outlet="Kwara Clarion")
    assert found[("operates_in", "Mahmuda group")].name == "Kwara Clarion"


def test_a_speaker_acting_in_the_next_sentence_is_the_writers_statement() -> None:
    text = (
        "Israeli military officials said in July that Hezbollah had armed Hamas cells in the "
        "south. Israeli drones have killed several Hamas commanders in Lebanon this year."
    )
    found = sources(text)
    assert found[("funds", "Hezbollah")].name == "Israel"
    assert found[("hostile", "Israel")].name == "Test Wire"


def test_a_speakers_view_in_the_next_sentence_stays_its_own() -> None:
    text = (
        "Russian officials said the Taliban had 100,000 fighters. Moscow regards the Taliban "
        "as a partner in the fight against ISIS-K."
    )
    assert sources(text)[("hostile", "Russia")].name == "Russia"


def test_officers_named_by_nationality_speak_for_their_army() -> None:
    text = (
        "Malian officers we interviewed in Gao put the FLA's strength at fewer than 1,000 fighters."
    )
    found = sources(text)
    assert found[("fighters", "Azawad Liberation Front")].name == "FAMa"
    officials = "Malian officials put the FLA's strength at fewer than 1,000 fighters."
    assert sources(officials)[("fighters", "Azawad Liberation Front")].name == "Mali"


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        ("Bangladeshi police officers", "Bangladesh Police"),
        ("Colombian police officers", "Colombian National Police"),
        ("Colombian officers", "Colombian Army"),
    ],
)
def test_police_officers_speak_for_their_police_not_the_army(speaker: str, source: str) -> None:
    text = f"{speaker} told the paper that the ELN had about 5,000 fighters."
    assert sources(text)[("fighters", "ELN")].name == source


def test_the_police_of_the_story_country_is_its_national_police() -> None:
    text = (
        "The TPNPB has attacked army posts around Sugapa in Papua, Indonesia, and in Intan "
        "Jaya in Indonesia. Police put the TPNPB's strength in Intan Jaya at about 150 gunmen."
    )
    found = sources(text)
    assert found[("fighters", "West Papua National Liberation Army")].name == (
        "Indonesian National Police"
    )


def test_an_army_spokesman_is_the_story_countrys_army() -> None:
    text = (
        "The Mahmuda group has camps in Kwara State and Niger State in Nigeria. Troops have "
        "pounded the group's camps around Kaiama since January, an army spokesman in Ilorin said."
    )
    assert sources(text)[("operates_in", "Mahmuda group")].name == "Nigerian Army"


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "In Rio Branco, the capital of Acre, the Comando Vermelho has fought the Bonde "
            "dos 13, a local gang allied with the PCC, since 2017, the Acre Observer reported.",
            ("hostile", "Comando Vermelho"),
            Source("Acre Observer", "outlet"),
        ),
        (
            "Fighters of the Kachin Independence Army have pushed into the southern wards "
            "of Bhamo, residents said.",
            ("operates_in", "Kachin Independence Army"),
            Source("residents", "person"),
        ),
        (
            "Fishermen in Baga Sola say fighters of Boko Haram still move between the "
            "islands around Kaiga Kindjiria.",
            ("operates_in", "Boko Haram"),
            Source("Fishermen in Baga Sola", "person"),
        ),
    ],
)
def test_a_closing_reporter_or_unnamed_witnesses_are_the_source(
    text: str, claim: tuple[str, str], source: Source
) -> None:
    found = sources(text)[claim]
    assert (found.name, found.kind) == (source.name, source.kind)


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Turkey regards the YPG as the PKK's Syrian branch.",
            ("affiliate", "YPG"),
            "Turkey",
        ),
        (
            "AQAP regards the Houthis as its enemies and still calls for war against them.",
            ("hostile", "AQAP"),
            "Test Wire",
        ),
    ],
)
def test_a_states_view_of_a_tie_between_two_others_is_its_claim(
    text: str, claim: tuple[str, str], source: str
) -> None:
    assert sources(text)[claim].name == source


def test_army_opening_a_sentence_is_the_story_countrys_army() -> None:
    text = (
        "Fighting continued in Sudan's Gezira state. Army officers said the RSF had 20,000 "
        "fighters around Wad Madani."
    )
    assert sources(text)[("fighters", "Rapid Support Forces")].name == "Sudanese Armed Forces"


def test_going_on_to_accuse_is_the_main_subjects_claim() -> None:
    text = "The RSF went on to accuse Egypt of arming the Sudanese army."
    assert sources(text)[("funds", "Egypt")].name == "Rapid Support Forces"


def test_an_unknown_name_that_reports_is_an_outlet_and_the_site_names_it_again() -> None:
    text = (
        "Fighters of ISWAP hold the islands, Darfur Crossroads reported. The site put "
        "ISWAP's strength at perhaps 5,000 fighters. Member States reported that ISWAP "
        "had 3,000 fighters."
    )
    found = {
        (c.value.min if c.value else None, c.source.name, c.source.kind)
        for c in claims_of(text)
        if c.predicate == "fighters"
    }
    assert (5000, "Darfur Crossroads", "outlet") in found
    assert all(name != "Member States" for _, name, _ in found)


def test_a_speaker_the_parser_hung_on_a_name_of_the_statement_still_speaks() -> None:
    text = (
        "The New IRA now has between 250 and 300 members, most of them in Derry, Strabane "
        "and Belfast, a senior detective from the PSNI's terrorism investigation unit told "
        "reporters at a briefing."
    )
    found = sources(text)
    assert found[("members", "New IRA")].name == "Police Service of Northern Ireland"
    assert found[("operates_in", "New IRA")].name == "Police Service of Northern Ireland"


def test_unnamed_analysts_after_a_named_party_speak_through_the_writer() -> None:
    text = (
        "Polisario officials say the movement has 20,000 fighters, a figure Western military "
        "analysts regard as wishful thinking. The analysts put its trained fighters at 4,000 "
        "to 7,000."
    )
    found = {(c.value.min if c.value else None, c.source.name) for c in claims_of(text)}
    assert (20000, "Polisario Front") in found
    assert (4000, "Test Wire") in found


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "A senior intelligence official in Dhaka said the KNA had between 300 and 400 "
            "trained fighters.",
            ("fighters", "Kuki National Army"),
            "Bangladesh",
        ),
        (
            "Officers in Uvira estimate that the rebels of Red Tabara have 6,000 fighters.",
            ("fighters", "RED-Tabara"),
            "FARDC",
        ),
        (
            "Western officials in Bamako said JNIM had 6,000 fighters.",
            ("fighters", "JNIM"),
            "Test Wire",
        ),
    ],
)
def test_an_unnamed_official_speaks_for_the_state_of_the_post(
    text: str, claim: tuple[str, str], source: str
) -> None:
    assert sources(text)[claim].name == source


def test_a_state_quoted_again_on_its_own_conduct_is_still_speaking() -> None:
    text = (
        '"The Houthis are arming al-Shabaab," a senior official in the office of Somalia\'s '
        'national security adviser told reporters. "Somalia will not allow its coastline to '
        'become a supply route for terrorists."'
    )
    found = sources(text)
    assert found[("funds", "Houthis")].name == "Somalia"
    assert found[("pledge", "Somalia")].name == "Somalia"


def test_a_reporting_verb_the_tagger_read_as_a_noun_still_names_its_speaker() -> None:
    text = (
        "Indian security officials we spoke to in Aizawl estimate that the Chin National "
        "Army has about 3,000 fighters."
    )
    assert sources(text)[("fighters", "Chin National Army")].name == "India"


def test_a_name_the_tagger_missed_is_a_person_when_who_describes_it() -> None:
    text = (
        'The Russian Volunteer Corps raided Belgorod. "It has 300 fighters, not more," Marta '
        "Kovalenko, who follows the volunteer units at the Podil Security Forum, told the paper."
    )
    found = sources(text)[("fighters", "Russian Volunteer Corps")]
    assert (found.name, found.kind) == ("Marta Kovalenko", "person")


def test_the_official_a_paper_reported_is_still_the_papers_in_a_later_paragraph() -> None:
    text = (
        "How many men the units field is anyone's guess, Baltic Wire reported.\n\n"
        "A European intelligence official put the Legion at 500 men, the wire said.\n\n"
        "The Russian Volunteer Corps answers to HUR, the official said."
    )
    assert sources(text)[("affiliate", "Russian Volunteer Corps")].name == "Baltic Wire"


def test_one_named_among_the_speakers_does_not_speak_for_them_all() -> None:
    text = (
        "Russian officials, among them FSB director Alexander Bortnikov, have gone further and "
        "accused Ukraine of paying ISKP's gunmen."
    )
    assert sources(text)[("funds", "Ukraine")].name == "Russia"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Mobondo has camps in Kwamouth, in Congo. Prosecutors say a deputy sent shotguns to "
            "Mobondo camps around Kwamouth.",
            "DR Congo",
        ),
        (
            "Mobondo has camps in Kwamouth, in Congo. Rwandan prosecutors say a deputy sent "
            "shotguns to Mobondo camps around Kwamouth.",
            "Rwanda",
        ),
    ],
)
def test_prosecutors_with_no_owner_speak_for_the_storys_state(text: str, source: str) -> None:
    claims = claims_of(text)
    found = {
        c.source.name
        for c in claims
        if "Prosecutors" in c.evidence.sentence or "prosecutors" in c.evidence.sentence
    }
    assert found == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The VDP fight in Djibo, in Burkina Faso. The VDP now counts roughly fifty thousand "
            "volunteers, officials said in April.",
            "Burkina Faso",
        ),
        (
            "The VDP fight in Djibo, in Burkina Faso. The VDP now counts roughly fifty thousand "
            "volunteers, federal security officials said in April.",
            "Burkina Faso",
        ),
        (
            "The VDP fight in Djibo, in Burkina Faso. The VDP now counts roughly fifty thousand "
            "volunteers, Western officials said in April.",
            "Test Wire",
        ),
    ],
)
def test_unqualified_officials_speak_for_the_storys_state(text: str, source: str) -> None:
    claims = claims_of(text)
    found = {c.source.name for c in claims if c.type == "strength"}
    assert found == {source}


def test_a_group_that_claims_attacks_is_their_source() -> None:
    found = sources(
        "The FLA was formed in 2024. This year it has claimed attacks on Malian army posts "
        "near Anefis."
    )
    assert found[("hostile", "Azawad Liberation Front")] == Source(
        "Azawad Liberation Front", "actor"
    )


def test_a_nationality_written_with_its_accent_speaks_for_the_state() -> None:
    found = sources(
        "Burkinabè security officials interviewed for this paper believe JNIM has some "
        "7,000 fighters."
    )
    assert found[("fighters", "JNIM")] == Source("Burkina Faso", "actor")


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "The Arakan Army denies playing favourites; a spokesman said in May that it had "
            "never fought the Chin National Army.",
            ("hostile", "Arakan Army"),
            Source("Arakan Army", "actor"),
        ),
        (
            'Pakistan "does not fund or harbour Lashkar-e-Taiba," a spokesman said on Thursday.',
            ("funds", "Pakistan"),
            Source("Pakistan", "actor"),
        ),
    ],
)
def test_an_unowned_spokesman_speaks_for_the_body_named_before(
    text: str, claim: tuple[str, str], expected: Source
) -> None:
    assert sources(text)[claim] == expected


def test_the_statement_is_the_issuers_named_before() -> None:
    found = sources(
        "Somalia's defence ministry issued a statement on Sunday. The statement said "
        "al-Shabaab had been reduced to fewer than 6,000 fighters."
    )
    assert found[("fighters", "al-Shabaab")] == Source("Somalia", "actor")


def test_a_reports_informants_speak_through_the_report() -> None:
    body = (
        "The Government of Chad stated that no JAS fighters remained on its territory. "
        "Member States reported, however, that ISWAP fighters continued to tax fishing "
        "communities around Darak.\n\n"
        "Former M23 combatants told the Group that RDF instructors had trained new recruits "
        "of the movement.\n\n"
        "Two FARDC officers interviewed by the Group stated that FDLR combatants were "
        "active in Masisi territory.\n\n"
        "Rwandan officials told the Group that the RDF had never trained M23 recruits."
    )
    title = "Final report of the Group of Experts on the Democratic Republic of the Congo"
    document = Document.create(body, title=title, outlet=None)
    found = {
        (c.predicate, c.subject.name, c.polarity): c.source
        for c in get_extractor().extract(document).claims
    }
    report = Source("UN Group of Experts", "document")
    assert found[("operates_in", "ISWAP", "asserted")] == report
    assert found[("funds", "Rwanda Defence Force", "asserted")] == report
    assert found[("operates_in", "FDLR", "asserted")] == report
    assert found[("funds", "Rwanda Defence Force", "denied")] == Source("Rwanda", "actor")


def test_a_report_citing_another_panel_names_it_for_that_paragraph_only() -> None:
    body = (
        "Member States assess that AQAP has about 3,000 fighters.\n\n"
        "The Panel of Experts on Yemen established pursuant to resolution 2140 (2014) has "
        "reported that the Houthis expanded their forces to approximately 350,000 fighters."
        "\n\n"
        "Member States assess that Saif al-Adel is based in Iran. Iran has rejected this "
        "assessment."
    )
    title = "Report of the Analytical Support and Sanctions Monitoring Team"
    claims = get_extractor().extract(Document.create(body, title=title, outlet=None)).claims
    found = {(c.type, c.subject.name): c for c in claims}
    assert found[("strength", "Houthis")].source == Source(
        "UN Panel of Experts on Yemen", "document"
    )
    denial = found[("denial", "Iran")]
    assert denial.object is not None and denial.object.name == "UN Monitoring Team"


def test_the_un_panel_on_the_central_african_republic_is_a_document_source() -> None:
    found = sources(
        "The U.N. Panel of Experts on the Central African Republic reported in 2023 that "
        "the UPC could muster between 1,500 and 2,000 combatants."
    )
    expected = Source("UN Panel of Experts on the Central African Republic", "document")
    assert found[("fighters", "Union for Peace in the Central African Republic")] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Lions' Den fighter who gave his name as Abu Adam told the Courier that the "
            "Lions' Den had 40 fighters.",
            "Abu Adam",
        ),
        (
            "A Mobondo commander who gave only his first name, Makiadi, said Mobondo has "
            "10,000 fighters.",
            "Makiadi",
        ),
        (
            "A man who gave his name as Makiadi and described himself as one of the "
            "militia's commanders spoke to the Post. He put Mobondo's strength at more "
            "than 10,000 fighters.",
            "Makiadi",
        ),
        (
            "A man who introduced himself as the sect's national spokesman, Njoroge wa "
            "Kamau, said its members stayed at home. He put Mungiki's strength at a few "
            "thousand fighters.",
            "Njoroge wa Kamau",
        ),
    ],
)
def test_a_speaker_who_gives_a_name_is_that_person(text: str, speaker: str) -> None:
    found = [c.source for c in claims_of(text) if c.type == "strength"]
    assert [(s.name, s.kind) for s in found] == [(speaker, "person")]


def test_a_trailing_he_said_is_not_the_person_the_quote_speaks_of() -> None:
    found = sources(
        "The network's coordinator, Abbé Théodore Ngoulou, thinks few of them carry weapons. "
        '"On a good day Kony might send out 40 men with guns," he said.'
    )
    assert found[("fighters", "Lord's Resistance Army")] == Source(
        "Abbé Théodore Ngoulou", "person"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's own "I" after a report: the outlet, not the report.
        (
            "The UN report put JNIM at 5,000 fighters. I believe JNIM has 6,000 fighters.",
            "Test Wire",
        ),
        # Inside quotes "I" is the one quoted.
        (
            'The UN report put JNIM at 5,000 fighters. "I think JNIM has 6,000 fighters," '
            "said Peter Mills, a researcher.",
            "Peter Mills",
        ),
    ],
)
def test_i_is_the_writer_or_the_one_quoted(text: str, expected: str) -> None:
    found = [c.source.name for c in claims_of(text) if c.value and c.value.min == 6000]
    assert found == [expected]


def test_a_state_that_sees_a_group_as_part_of_another_is_the_source() -> None:
    found = sources("Turkey sees the Sinjar Resistance Units as part of the PKK.")
    assert found[("affiliate", "Sinjar Resistance Units")] == Source("Turkey", "actor")


def test_commanders_who_speak_of_a_figure_are_its_source() -> None:
    found = sources(
        "Two army officers said the Shield answers to the army. Sudan Shield Forces "
        "commanders speak of more than 30,000 fighters."
    )
    assert found[("fighters", "Sudan Shield Forces")] == Source("Sudan Shield Forces", "actor")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "He" goes on with the unnamed official, not the leader named in what he said.
        (
            "A senior official of the Somali Region's security bureau said the camp loyal to "
            "Abdirahman Mahdi had called up old fighters. He put the ONLF's strength at no "
            "more than 400 fighters.",
            "Somali Region",
        ),
        # Named beside his role, the speaker is still the one "he" goes on with.
        (
            "The ONLF spokesman, Abdikarim Sheikh Muse, said the camp loyal to Abdirahman "
            "Mahdi had called up old fighters. He put the ONLF's strength at no more than "
            "400 fighters.",
            "Abdikarim Sheikh Muse",
        ),
        # A trailing "he told" too, after the coordinator named two sentences before.
        (
            "The network's coordinator, Abbé Théodore Ngoulou, thinks few carry weapons. An "
            "officer of the Central African Armed Forces in Birao put the figure lower still. "
            "The LRA has no more than 30 fighters left, he told the Observer.",
            "Central African Armed Forces",
        ),
        # The speaker set in the same sentence wins over the one before.
        (
            "Hizbul Mujahideen's spokesmen dismiss the figures. An Indian Army brigadier put "
            "the number lower still: Hizbul Mujahideen, he told us, has perhaps three fighters.",
            "Indian Army",
        ),
    ],
)
def test_he_after_an_unnamed_speaker_is_that_speaker(text: str, speaker: str) -> None:
    found = [c.source.name for c in claims_of(text) if c.type == "strength"]
    assert found == [speaker]


def test_a_speaker_set_inside_the_sentence_it_reports_is_the_nearest_subject() -> None:
    claims = claims_of("Two of them, New Delhi said that morning, were Hizb camps: one at Kotli.")
    found = {(c.type, c.object.name if c.object else None): c.source for c in claims}
    assert found[("presence", "Kotli")] == Source("India", "actor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Someone else's tally: the counter is the source.
        (
            "The Sham Monitor, a tracker based in Gaziantep, counted roughly 2,000 Zainabiyoun "
            "fighters around Palmyra last year.",
            "Sham Monitor",
        ),
        # A group that "counts" fighters has them: no source but the outlet.
        ("ISIS-K counts between 4,000 and 6,000 fighters.", "Test Wire"),
        # Counting on someone is relying on them: nobody reports anything.
        (
            "Washington is counting on Damascus to fill part of the gap. The Syrian "
            "government has fought Islamic State cells in the desert since December.",
            "Test Wire",
        ),
    ],
)
def test_a_count_is_its_counters_unless_the_group_counts_its_own(text: str, expected: str) -> None:
    facts = [c for c in claims_of(text) if c.type in ("strength", "relation")]
    assert [c.source.name for c in facts] == [expected]


def test_the_writers_own_judgement_is_the_outlets() -> None:
    text = (
        "Densus 88 says JAD has 30 members in Poso. Our own judgement lies in between: "
        "JAD probably has 40 to 60 members in Poso."
    )
    counted = {c.value.min: c.source.name for c in claims_of(text) if c.type == "strength"}
    assert counted == {30: "Densus 88", 40: "Test Wire"}


def test_unnamed_analysts_after_a_cited_report_are_the_writers_sources() -> None:
    text = (
        "The UN panel said the Houthis had 350,000 fighters. Western military analysts "
        "put the Houthis' full-time core far lower, at 20,000 to 30,000 fighters."
    )
    lower = [c for c in claims_of(text) if c.value is not None and c.value.min == 20000]
    assert [c.source for c in lower] == [Source("Test Wire", "outlet")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Taliban have 80,000 fighters, the Baghdad daily Tigris Telegraph reported.",
            "Tigris Telegraph",
        ),
        ("The Taliban have 80,000 fighters, al-Monitor reported.", "al-Monitor"),
    ],
)
def test_a_paper_is_named_without_the_words_that_describe_it(text: str, name: str) -> None:
    assert sources(text, "Levant Ledger")[("fighters", "Taliban")] == Source(name, "outlet")


@pytest.mark.parametrize(
    ("author", "source"),
    [
        ("OCHA", Source("OCHA", "document")),
        ("Jane Roe", Source("ReliefHub", "outlet")),
        ("Editorial Team", Source("ReliefHub", "outlet")),
        # a government office's release on its department's site
        (
            "U.S. Attorney's Office, Southern District of Virginia",
            Source("U.S. Attorney's Office, Southern District of Virginia", "document"),
        ),
    ],
)
def test_a_page_an_organisation_wrote_speaks_in_its_reports_voice(
    author: str, source: Source
) -> None:
    text = "CODECO fighters and the Zaïre militia have clashed around Fataki since October."
    document = Document.create(text, outlet="ReliefHub", author=author)
    claims = get_extractor().extract(document).claims
    assert claims and {c.source for c in claims} == {source}


def test_the_title_a_person_was_introduced_by_refers_back_to_her() -> None:
    text = (
        "The court heard the expert witness Dr. Johanna Brettschneider of the Eurasia "
        "Institute. Jamaat Ansarullah was founded in 2010. The group fought beside the "
        "Taliban in 2021. It kept its weapons. The expert witness considered the figure too "
        "high. She told the court that Jamaat Ansarullah has between 150 and 250 armed men."
    )
    assert sources(text)[("fighters", "Jamaat Ansarullah")].name == "Johanna Brettschneider"


@pytest.mark.parametrize(
    "text",
    [
        "The Mindanao Peace Observatory says Dawlah Islamiyah has about 60 fighters.",
        "The Coordination de la société civile de Djugu says CODECO has about 3,000 fighters.",
    ],
)
def test_a_body_named_after_a_place_is_the_body_not_the_place(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    name = text.removeprefix("The ").split(" says")[0]
    assert claim.source == Source(name, "organization")


def test_in_her_estimate_is_the_estimate_of_the_person_she_stands_for() -> None:
    text = (
        "The court heard the researcher Johanna Brettschneider. The researcher put the figure "
        "lower. In her estimate, ISKP has no more than 1,500 armed men inside Afghanistan."
    )
    assert sources(text)[("fighters", "ISIS-K")].name == "Johanna Brettschneider"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "On 24 October the FARDC spokesperson in Ituri, Lieutenant Serge Aseza, said that "
            "a few hundred ADF fighters were still operating in Irumu.",
            Source("Serge Aseza", "person"),
        ),
        (
            "The FARDC spokesperson in Ituri said that a few hundred ADF fighters were still "
            "operating in Irumu.",
            Source("FARDC", "organization"),
        ),
    ],
)
def test_a_name_in_apposition_to_a_post_names_the_speaker(text: str, source: Source) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert (claim.source.name, claim.source.kind) == (source.name, source.kind)


@pytest.mark.parametrize(
    "work",
    [
        "review of arrest records and statements by regional governments points to a smaller force",
        "interviews with tribal figures and former members point lower",
    ],
)
def test_the_writers_own_work_takes_over_from_the_report_cited_before(work: str) -> None:
    text = (
        "In July the UN Monitoring Team put ISIS-K's strength at between 4,000 and 6,000 "
        f"fighters. Our own {work}. ISIS-K likely fields between 1,500 and 2,200 fighters."
    )
    found = {c.value.min: c.source.name for c in claims_of(text) if c.value is not None}
    assert found == {4000: "UN Monitoring Team", 1500: "Test Wire"}


def test_a_claim_a_figure_is_compared_with_is_not_its_source() -> None:
    text = (
        "The Communist Party of the Philippines founded the NPA in 1969. The NPA probably has "
        "between 1,500 and 2,000 armed regulars, more than the military admits but far fewer "
        "than the party claims."
    )
    assert sources(text)[("fighters", "New People's Army")].name == "Test Wire"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pakistan said it believed the TTP had 5,000 fighters.", "Pakistan"),
        ("The Taliban said they believed the TTP had 2,000 fighters.", "Taliban"),
        (
            "The Government of Nigeria informed the Monitoring Team that it did not share the "
            "higher estimates, assessing that ISWAP retained no more than 3,000 fighters.",
            "Nigeria",
        ),
    ],
)
def test_a_body_that_speaks_of_itself_inside_its_statement_is_the_source(
    text: str, source: str
) -> None:
    text = "The UN Monitoring Team says the TTP is growing. " + text
    sourced = {c.subject.name: c.source.name for c in claims_of(text) if c.type == "strength"}
    assert source in sourced.values() and "UN Monitoring Team" not in sourced.values()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Analysts at the Islamabad Policy Institute estimate that the TTP has 5,000 to "
            "6,500 fighters.",
            Source("Islamabad Policy Institute", "organization"),
        ),
        (
            "A researcher at a Beirut think tank put the TTP's strength at between 5,000 and "
            "6,500 fighters.",
            Source("Test Wire", "outlet"),
        ),
    ],
)
def test_staff_at_a_body_speak_for_it_and_a_city_is_no_body(text: str, source: Source) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert (claim.source.name, claim.source.kind) == (source.name, source.kind)


@pytest.mark.parametrize(
    "text",
    [
        "Ziyad al-Nakhalah, Islamic Jihad's secretary-general, said in a speech that the "
        "northern battalions were the spearhead of the resistance, Mashriq Wire reported.",
        "According to the Mashriq Wire, Ziyad al-Nakhalah, Islamic Jihad's secretary-general, "
        "said the northern battalions had grown.",
    ],
)
def test_a_paper_that_reports_a_speaker_describes_him(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.predicate == "leads"]
    assert (claim.source.name, claim.source.kind) == ("Mashriq Wire", "outlet")


def test_the_writer_describes_a_speaker_no_paper_reports() -> None:
    text = "Ziyad al-Nakhalah, Islamic Jihad's secretary-general, said the battalions had grown."
    (claim,) = [c for c in claims_of(text) if c.predicate == "leads"]
    assert claim.source.name == "Test Wire"


@pytest.mark.parametrize(
    "text",
    [
        "A French official offered a far larger figure: as many as 5,000 TIP fighters.",
        "A French official gave a higher estimate, some 5,000 TIP fighters.",
        "The TIP had perhaps 5,000 fighters in 2015, reckons a French official.",
    ],
)
def test_who_offers_a_figure_reports_it(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert claim.source.name == "France"


@pytest.mark.parametrize(
    ("page", "own", "other"),
    [
        # the minister who answers a written question speaks in the answer
        (
            "Answered by: Rachel Ashby (Labour - Calder and Holme)\n\nAnswer\n\n"
            "The BLA has between 3,000 and 5,000 fighters in Balochistan. Pakistani officials "
            "put the BLA at fewer than 1,500 fighters.",
            (5000, "Rachel Ashby", "person"),
            (1499, "Pakistan", "actor"),
        ),
        # the judge who signs a judgment speaks in its reasons
        (
            "Before:\nUPPER TRIBUNAL JUDGE BEALE\n\nBetween\n\nAB (IRAN)\nAppellant\n\nand\n\n"
            "THE SECRETARY OF STATE FOR THE HOME DEPARTMENT\nRespondent\n\n"
            "DECISION AND REASONS\n\n"
            "1. I find that ASMLA's armed wing has fewer than 400 fighters in Khuzestan.\n\n"
            "2. Iranian officials put ASMLA at 2,000 fighters.\n\n"
            "Signed: C Beale\nCatriona Beale\nJudge of the Upper Tribunal",
            (399, "Catriona Beale", "person"),
            (2000, "Iran", "actor"),
        ),
        # the witness whose written statement it is speaks in it
        (
            "STATEMENT OF DR. EVELYN SADOWSKI\nSenior Fellow, Halvorsen Center\n\nbefore the\n"
            "Committee on Foreign Affairs\nNovember 19, 2025\n\n"
            "Chairman Harrington and distinguished members: thank you for inviting me to "
            "testify today.\n\n"
            "I put the Qassam Brigades at fewer than 15,000 fighters in Gaza. Israeli officials "
            "put the Brigades at 20,000 fighters.",
            (14999, "Evelyn Sadowski", "person"),
            (20000, "Israel", "actor"),
        ),
    ],
)
def test_the_person_a_page_is_written_by_speaks_in_it(
    page: str, own: tuple[int, str, str], other: tuple[int, str, str]
) -> None:
    document = clean_text(page, title="Written answer, judgment or statement", outlet="Publisher")
    claims = get_extractor().extract(document).claims
    found = {(c.value.max if c.value else None, c.source.name, c.source.kind) for c in claims}
    assert {own, other} <= found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sudan's war has spread west. The Sudanese army has fought the RSF since 2023, and "
            "the army's 6th Infantry Division puts the RSF at 20,000 fighters around El Fasher.",
            "Sudanese Armed Forces",
        ),
        (
            "The Philippines has fought the BIFF for years, and the Philippine military has "
            "shelled its camps in Maguindanao del Sur. The army's 6th Infantry Division puts the "
            "BIFF at fewer than 100 armed men.",
            "Armed Forces of the Philippines",
        ),
        ("The Israeli army put the Jenin Brigade at between 250 and 300 gunmen.", "IDF"),
    ],
)
def test_an_armys_unit_speaks_for_the_army(text: str, source: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert claim.source.name == source


@pytest.mark.parametrize(
    "speaker",
    ["A senior interior ministry official told reporters", "Interior ministry officials said"],
)
def test_an_unowned_ministrys_officials_are_the_storys_state(speaker: str) -> None:
    text = (
        "Tunisia has fought the Okba Ibn Nafaa Brigade on Mount Chaambi for a decade, and "
        f"Tunisian troops still patrol Kasserine. {speaker} that the Okba Ibn Nafaa Brigade "
        "had no more than forty men left."
    )
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert claim.source.name == "Tunisia"


def test_who_puts_a_group_at_a_number_in_words_reports_it() -> None:
    text = "Tunisian officials put the Okba Ibn Nafaa Brigade at several dozen fighters."
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert (claim.source.name, claim.value.min) == ("Tunisia", 24)


@pytest.mark.parametrize(
    "text",
    [
        "The MPCP said it had 300 fighters in the VRAEM. It also promised that deserters "
        "would not be punished.",
        "The MPCP said it had 300 fighters in the VRAEM. The MPCP also pledged to free its "
        "captives.",
    ],
)
def test_a_promise_told_in_a_sentence_of_its_own_is_the_writers(text: str) -> None:
    claims = get_extractor().extract(Document.create(text, outlet="Andes Wire")).claims
    sources = {c.type: c.source.name for c in claims}
    assert sources["strength"] == "Militarized Communist Party of Peru"
    assert sources["pledge"] == "Andes Wire"


def test_its_reports_after_a_body_and_a_group_are_the_bodys() -> None:
    text = (
        "In 2023 the Monitoring Team put ISKP's strength at between 4,000 and 6,000 fighters; "
        "its more recent reports speak of about 2,000 fighters."
    )
    claims = get_extractor().extract(Document.create(text, outlet="Celle Court")).claims
    assert {(c.value.min, c.source.name) for c in claims if c.value} == {
        (4000, "UN Monitoring Team"),
        (2000, "UN Monitoring Team"),
    }


def test_the_statement_said_is_whoever_acted_in_a_statement() -> None:
    text = (
        "In a statement on Monday, the ONLF recommitted itself to the 2018 agreement. "
        "The ONLA has no more than 400 fighters, the statement said."
    )
    claims = get_extractor().extract(Document.create(text, outlet="Horn Wire")).claims
    strength = next(c for c in claims if c.type == "strength")
    assert strength.source.name == "Ogaden National Liberation Front"


def test_each_post_of_a_thread_is_its_writers() -> None:
    first = "My own read: Comuneros del Sur has no more than 200 fighters."
    second = "The army reckons the CNEB has about 600 fighters in Nariño."
    third = "Comuneros del Sur operates in Samaniego."
    body = f"{first}\n\n{second}\n\n{third}"
    posts = (Post(0, "PastoObserver"), Post(body.index(third), "costa_pacifica"))
    claims = get_extractor().extract(Document.create(body, outlet="Forum", posts=posts)).claims
    by = {(c.predicate, c.subject.name, c.evidence.sentence): c.source.name for c in claims}
    assert by[("fighters", "Comuneros del Sur", first)] == "PastoObserver"
    assert by[("operates_in", "Comuneros del Sur", third)] == "costa_pacifica"
    assert by[("fighters", "Coordinadora Nacional Ejército Bolivariano", second)] != "Forum"


def test_who_told_names_the_person_not_the_town_the_clause_hangs_from() -> None:
    text = (
        "The figure comes from Julián Erazo Bastidas at the Centro de Estudios del Sur in "
        "Pasto, who told a radio station that Comuneros del Sur has 200 fighters."
    )
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert claim.source.name == "Julián Erazo Bastidas"


def test_a_forwarded_message_is_the_group_whose_channel_sent_it() -> None:
    own = "Jets struck a village in Myinmu township before dawn."
    forwarded = "Since July our columns have fought beside the PDF in Myinmu township."
    later = "The BPLA operates in Monywa township, residents say."
    body = f"{own}\n\n{forwarded}\n\n{later}"
    posts = (
        Post(0, "Valley Monitor", "outlet"),
        Post(body.index(forwarded), "Bamar People's Liberation Army (Official)", "outlet"),
        Post(body.index(later), "Valley Monitor", "outlet"),
    )
    document = Document.create(body, outlet="Valley Monitor", posts=posts)
    claims = get_extractor().extract(document).claims
    fought = [c for c in claims if c.evidence.sentence == forwarded]
    assert fought and {c.source for c in fought} == {
        Source("Bamar People's Liberation Army", "actor")
    }
    (monywa,) = [c for c in claims if c.object is not None and c.object.name == "Monywa"]
    assert monywa.source.name == "residents"


def test_a_papers_correspondent_is_the_paper_not_the_town_he_files_from() -> None:
    text = (
        "The Kabul Times reported on the war. The paper's Kandahar correspondent writes "
        "that the Taliban have 60,000 fighters."
    )
    (claim,) = [c for c in claims_of(text) if c.type == "strength"]
    assert claim.source == Source("Kabul Times", "outlet")


def test_the_paper_in_a_press_reviews_item_is_the_paper_summarised() -> None:
    first = 'AL-SHURFA (independent, Baghdad), 17 Nov: "Lists gain ground"'
    second = 'SAWT DIYALA (weekly, Baqubah), 16 Nov: "Badr\'s hand is firmer"'
    body = (
        f"{first}\n\nThe paper reports that Kataib Hezbollah operates in Jurf al-Sakhar.\n\n"
        f"{second}\n\nThe paper reports that Asaib Ahl al-Haq operates in Diyala."
    )
    posts = (Post(0, "Al-Shurfa", "outlet"), Post(body.index(second), "Sawt Diyala", "outlet"))
    document = Document.create(body, outlet="Ravenstone Media Monitoring", posts=posts)
    found = {
        c.object.name: c.source.name for c in get_extractor().extract(document).claims if c.object
    }
    assert found["Jurf al-Sakhar"] == "Al-Shurfa"
    assert found["Diyala"] == "Sawt Diyala"


def test_a_page_in_a_committees_section_of_a_site_is_the_committees() -> None:
    body = "JNIM operates in the Mopti region of Mali."
    path = "Home › Sanctions › ISIL (Da'esh) & Al-Qaida Sanctions Committee › Narrative summaries"
    document = Document.create(
        body, outlet="Security Council", dropped=(DroppedLine(path, "section path"),)
    )
    (claim,) = get_extractor().extract(document).claims
    assert claim.source == Source("ISIL (Da'esh) and Al-Qaida Sanctions Committee", "document")


def test_a_news_sites_section_named_for_a_body_leaves_the_story_the_outlets() -> None:
    body = "JNIM operates in the Mopti region of Mali."
    document = Document.create(
        body, outlet="Sahel Wire", dropped=(DroppedLine("World › United Nations", "section path"),)
    )
    (claim,) = get_extractor().extract(document).claims
    assert claim.source == Source("Sahel Wire", "outlet")


def test_the_witness_of_a_statement_is_not_whom_a_denial_answers() -> None:
    page = (
        "STATEMENT OF DR. EVELYN SADOWSKI\nSenior Fellow, Halvorsen Center\n\nbefore the\n"
        "Committee on Foreign Affairs\n\nChairman Harrington and distinguished members: thank "
        "you for inviting me to testify today.\n\nIsrael has accused Hamas of holding back "
        "remains it could recover; Hamas denies the charge and says the bodies lie under rubble."
    )
    document = clean_text(page, title="Statement", outlet="Publisher")
    claims = get_extractor().extract(document).claims
    denials = {(c.subject.name, c.object.name if c.object else None) for c in claims}
    assert denials == {("Hamas", "Israel")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ayaan Korane (@korane_osint) on Halyard", ("Ayaan Korane", "person")),
        ("Puntland's war on ISIS-Somalia", ("Halyard", "outlet")),  # a byline on a story
    ],
)
def test_a_thread_posted_under_a_handle_speaks_for_its_poster(
    title: str, expected: tuple[str, str]
) -> None:
    text = "My own count puts ISIS-Somalia at fewer than 400 fighters in the Cal Miskaad mountains."
    document = clean_text(text, title=title, author="Ayaan Korane", outlet="Halyard")
    claims = get_extractor().extract(document).claims
    assert {(c.source.name, c.source.kind) for c in claims if c.type == "strength"} == {expected}
