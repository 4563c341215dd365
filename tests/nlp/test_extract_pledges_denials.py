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
        # a region with its own government pledges as a state does
        (
            "Puntland promised Mogadishu that it would hand over the prisoners.",
            ("Puntland", "Somalia", "asserted"),
        ),
        (
            "The Taliban will not allow anyone to use Afghan soil against other countries.",
            ("Taliban", None, "asserted"),
        ),
        (
            "The CNDF announced that it would pull its fighters back from Rihkhawdar.",
            ("Chin National Defence Force", None, "asserted"),
        ),
        (
            "In May commanders of the Mai-Mai Alida signed an act of commitment in Baraka with "
            "the P-DDRCS.",
            (
                "Mai-Mai Alida",
                "Programme de désarmement, démobilisation, relèvement communautaire et "
                "stabilisation",
                "asserted",
            ),
        ),
        # a promise made to a province's government is made to the province
        (
            "Mobondo commanders signed an undertaking with Kwango's provincial government to "
            "keep their men out of the villages.",
            ("Mobondo", "Kwango", "asserted"),
        ),
    ],
)
def test_pledge(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "pledge")


def test_what_a_groups_spokesman_promises_the_group_promises() -> None:
    text = (
        "Al-Shabaab's spokesman, Ali Dhere, rejected the report. He promised that any fighter "
        "found guilty of abuses would be punished."
    )
    assert claims_of(text, "pledge") == {("al-Shabaab", None, "asserted")}


def test_a_member_of_a_coalition_speaks_for_it() -> None:
    # Chérizier leads the G9 and belongs to Viv Ansanm, as the gazetteer lists him
    text = "Jimmy Chérizier said that Viv Ansanm would halt its attacks."
    assert claims_of(text, "pledge") == {("Viv Ansanm", None, "asserted")}


def test_pledged_allegiance_is_a_relation_not_a_pledge() -> None:
    assert claims_of("ISWAP pledged allegiance to the Islamic State.", "pledge") == set()


def test_rejecting_a_role_offered_is_no_denial() -> None:
    assert claims_of("The UWSA rejected the role offered to it.", "denial") == set()


def test_not_letting_up_is_no_pledge() -> None:
    assert claims_of("The FSB says it has not let up since last year's attacks.", "pledge") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban rejected the UN Monitoring Team report as biased.",
            ("Taliban", "UN Monitoring Team", "asserted"),
        ),
        # Whoever the denier says made it up is the source denied.
        (
            "The Taliban dismissed reports that al-Qaeda fighters were living in Kunar as "
            "inventions spread by Pakistan.",
            ("Taliban", "Pakistan", "asserted"),
        ),
        (
            "Hezbollah dismissed claims by Israel that it stores rockets in Beirut.",
            ("Hezbollah", "Israel", "asserted"),
        ),
        ("Hamas denied any role in the attack.", ("Hamas", None, "asserted")),
        # "the foundation" is the body named earlier with that last word
        (
            "The Falah-i-Insaniat Foundation runs clinics in Punjab. The foundation denies any "
            "tie to Lashkar.",
            ("Falah-i-Insaniat Foundation", None, "asserted"),
        ),
        (
            "Zabihullah Mujahid called the findings of the Institute for the Study of War baseless.",
            ("Zabihullah Mujahid", "ISW", "asserted"),
        ),
        (
            "Russia blamed Ukraine for the attack. Kyiv called the accusation absurd.",
            ("Ukraine", "Russia", "asserted"),
        ),
        (
            "The UWSA disowns any part in the methamphetamine trade.",
            ("United Wa State Army", None, "asserted"),
        ),
        (
            "Speaking for the Taliban, a spokesman, Ali Hassan, rejected the UN Monitoring "
            "Team report.",
            ("Taliban", "UN Monitoring Team", "asserted"),
        ),
        # the accuser of a trailing "..., a charge X rejected", however it is parsed
        (
            "Iranian prosecutors accused him of directing the parade attack from abroad, a "
            "charge ASMLA has always rejected.",
            ("Arab Struggle Movement for the Liberation of Ahvaz", "Iran", "asserted"),
        ),
        # "rejects that charge", which the parser reads as a clause, after the accuser
        (
            "Pakistan regards the BRA as the armed wing of the Baloch Republican Party. The "
            "party rejects that charge.",
            ("Baloch Republican Party", "Pakistan", "asserted"),
        ),
        # a verdict that names whose the claim is
        (
            "The NRF denies any contact with the group and calls the charge a Taliban invention.",
            ("NRF", "Taliban", "asserted"),
        ),
        ("Iran dismissed the report as Israeli propaganda.", ("Iran", "Israel", "asserted")),
        # the verdict put first, which the parser reads as the subject of "reports"
        (
            "Cameroon's defence ministry dismissed as fabrications reports by residents that "
            "soldiers had abandoned two posts.",
            ("Cameroon", None, "asserted"),
        ),
        # the paper a report appeared in wrote it, not the city the paper is from
        (
            "Rwanda's government spokeswoman dismissed as fiction a report in the Johannesburg "
            "weekly The Southern Standard, which said the company had paid the soldiers.",
            ("Rwanda", "Southern Standard", "asserted"),
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
        # a pledge to hand something over is made to its receiver
        (
            "The KNU has promised to hand any scam workers found in its areas to the Thai "
            "authorities.",
            ("Karen National Union", "Thailand", "asserted"),
        ),
        (
            "The ONLF has committed to handing over its weapons to Ethiopia.",
            ("Ogaden National Liberation Front", "Ethiopia", "asserted"),
        ),
        # ... or to the state it is to merge into, the country the story is about
        (
            "Syria's new army has absorbed many factions, officials in Syria say. The SDF "
            "undertook to merge its civil and military institutions into the state.",
            ("SDF", "Syria", "asserted"),
        ),
        # ... or to the party it is to be kept together with
        (
            "Mexico has pledged to keep cooperating with the United States against the cartels.",
            ("Mexico", "United States", "asserted"),
        ),
        (
            "The ministry of Mali undertook to open an inquiry and to share its conclusions "
            "with the United Nations.",
            ("Mali", "United Nations", "asserted"),
        ),
        # ... or to the party whose conduct it lasts as long as; "his country" is the
        # state its official speaker is introduced as serving
        (
            "Pakistan's foreign minister, Ishaq Dar, said his country would abide by the "
            "ceasefire as long as India did the same.",
            ("Pakistan", "India", "asserted"),
        ),
        (
            "Islamic Jihad has said it will respect the ceasefire for as long as Israel does.",
            ("Palestinian Islamic Jihad", "Israel", "asserted"),
        ),
        (
            "Hamas pledged to honour the truce as long as Israel respects it.",
            ("Hamas", "Israel", "asserted"),
        ),
        # harm forsworn binds the speaker to the party it would harm
        (
            "Taliban spokesman Zabihullah Mujahid said that his government would not support "
            "any group carrying out attacks against Pakistan.",
            ("Taliban", "Pakistan", "asserted"),
        ),
        (
            "The SRA said it would never harm a Sindhi civilian.",
            ("Sindhudesh Revolutionary Army", None, "asserted"),
        ),
        # ... or to the other party of the agreement it is made in
        (
            "In the agreement they signed with the United States in Doha, the Taliban "
            "undertook not to let any group use Afghan soil to threaten other countries.",
            ("Taliban", "United States", "asserted"),
        ),
    ],
)
def test_a_pledge_is_made_to_the_country_it_shields_or_hands_to(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # talks promised are a pledge to the other side
        (
            "The government of Ghana has promised to open talks with the HSGF.",
            ("Ghana", "Homeland Study Group Foundation", "asserted"),
            ("Ghana", None, "asserted"),
        ),
        (
            "In March 2020 JNIM stated that it would negotiate with the Government of Mali "
            "provided that French forces left the country.",
            ("JNIM", "Mali", "asserted"),
            ("JNIM", None, "asserted"),
        ),
        # talks refused are the pledge denied
        (
            "The Taliban have refused to negotiate with the NRF.",
            ("Taliban", "NRF", "denied"),
            None,
        ),
        (
            "Hamas said it would not negotiate with Israel until the strikes stop.",
            ("Hamas", "Israel", "denied"),
            None,
        ),
        # talks in a condition are not what is promised
        (
            "The CRP said that it would observe a ceasefire in Djugu if Kinshasa opened an "
            "inclusive dialogue with the Hema community.",
            None,
            ("CRP", "Hema", "asserted"),
        ),
        # nor is a partner in a relative clause
        (
            "JNIM has said it will let fuel through to any town that stops cooperating with "
            "the Malian army.",
            None,
            ("JNIM", "FAMa", "asserted"),
        ),
    ],
)
def test_talks_name_the_other_side_of_a_pledge(
    text: str,
    expected: tuple[str, str | None, str] | None,
    absent: tuple[str, str | None, str] | None,
) -> None:
    found = claims_of(text, "pledge")
    assert expected is None or expected in found
    assert absent is None or absent not in found


def test_refusing_to_negotiate_on_terms_is_no_pledge() -> None:
    text = "The Front said it would never negotiate on anything less than a referendum."
    assert not claims_of(text, "pledge")


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
        (
            "Islamabad alleges that Iran allows BLA commanders to shelter in Sistan and "
            "Baluchestan, which Tehran denies.",
            ("Iran", "Pakistan", "asserted"),
        ),
        (
            "Iran, which Washington says supplies the Houthis with missiles, has "
            "consistently denied arming the group.",
            ("Iran", "United States", "asserted"),
        ),
        # the charge parsed as the accusing verb's complement; a capital speaks for its state
        (
            "Gitega accuses Rwanda of arming and training RED-Tabara, a charge Kigali denies.",
            ("Rwanda", "Burundi", "asserted"),
        ),
        # the charge sums up the last of two conjoined clauses, whatever the first claims
        (
            "The RED-Tabara claimed an attack near Gatumba, and Gitega accuses Rwanda of "
            "arming it, a charge Kigali has always rejected.",
            ("Rwanda", "Burundi", "asserted"),
        ),
        (
            "Turkey says the PKK kept its heavy weapons. The PKK rejects that account.",
            ("PKK", "Turkey", "asserted"),
        ),
        # the verb reporting the denial is the denier's own voice, no claimant
        (
            "Mohammad Khurasani, the TTP's spokesman, said in a statement that the group's "
            "fighters were inside Pakistan and denied that it kept any bases in Afghanistan.",
            ("TTP", None, "asserted"),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PKK declared a ceasefire with Turkey.", ("PKK", "Turkey", "asserted")),
        ("Hezbollah announced a unilateral truce.", ("Hezbollah", None, "asserted")),
        ("The Houthis have committed themselves to calm.", ("Houthis", None, "asserted")),
        ("Al-Shabaab agreed not to attack aid convoys.", ("al-Shabaab", None, "asserted")),
        (
            "Hamas gave an undertaking to Egypt that it would hold its fire.",
            ("Hamas", "Egypt", "asserted"),
        ),
        # a date between the verb and its infinitive, which the parser then hangs apart
        (
            "Egypt undertook at the end of 2024 to send troops to Somalia.",
            ("Egypt", "Somalia", "asserted"),
        ),
    ],
)
def test_pledge_frames(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truce was agreed between the Houthis and Saudi Arabia.",
            {("Houthis", "Saudi Arabia", "asserted"), ("Saudi Arabia", "Houthis", "asserted")},
        ),
        (
            "Hezbollah and Israel reached a ceasefire in November.",
            {("Hezbollah", "Israel", "asserted"), ("Israel", "Hezbollah", "asserted")},
        ),
        ("A ceasefire was declared by the PKK.", {("PKK", None, "asserted")}),
        ("The ceasefire that the PKK declared in March has held.", {("PKK", None, "asserted")}),
        ("The PKK's ceasefire with Turkey has held.", {("PKK", "Turkey", "asserted")}),
        ("Hamas accepted a ceasefire proposal.", {("Hamas", None, "asserted")}),
        # any agreement two sides sign binds each to the other
        (
            "Burundi and the Democratic Republic of the Congo signed a defence agreement.",
            {("Burundi", "DR Congo", "asserted"), ("DR Congo", "Burundi", "asserted")},
        ),
        (
            "Cameroon signed an accord with Chad in March.",
            {("Cameroon", "Chad", "asserted"), ("Chad", "Cameroon", "asserted")},
        ),
        ("Niger signed a contract with a Chinese oil company.", set()),
        ("Hamas signed the statement.", set()),
    ],
)
def test_truce_frames(text: str, expected: set[tuple[str, str | None, str]]) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_truce_only_named_is_no_pledge() -> None:
    assert claims_of("The truce between Hamas and Israel collapsed in March.", "pledge") == set()


def test_what_a_promise_rules_out_is_not_stated_as_fact() -> None:
    text = "The Taliban promised not to let al-Qaeda use Afghanistan as a launchpad."
    assert claims_of(text, "presence") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas branded the Israeli claims as false.", ("Hamas", "Israel", "asserted")),
        ("The Taliban said the report was untrue.", ("Taliban", None, "asserted")),
        ("Russia described the allegations as fabricated.", ("Russia", None, "asserted")),
        ("Hezbollah said the accusations were a lie.", ("Hezbollah", None, "asserted")),
        # a quoted verdict the parser hangs on the claim
        ('Iran called the accusations "fabricated".', ("Iran", None, "asserted")),
        (
            'Hezbollah said it had "nothing to do with" the drone attack.',
            ("Hezbollah", None, "asserted"),
        ),
    ],
)
def test_verdicts_on_a_claim_are_denials(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "denial")


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State propaganda videos circulated widely last year.",
        "Al-Shabaab fighters lie in wait along the coastal road.",
        "Pakistan denied entry to the TTP delegation.",
        "The PKK rejected the proposal for talks.",
        "Hamas gave a false name at the border.",
        "The attack had nothing to do with Hezbollah, police said.",
        # a question left open is no denial
        "Pakistan has neither confirmed nor denied a role in the strike.",
        "Jaish-e-Mohammed did not confirm or deny his death.",
    ],
)
def test_no_denial_without_a_denied_claim(text: str) -> None:
    assert claims_of(text, "denial") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ali Hassan, a spokesman for al-Shabaab, denied the report.",
            {("Ali Hassan", None, "asserted")},
        ),
        ("Government spokesman Ali Hassan denied the report.", {("Ali Hassan", None, "asserted")}),
        ("Peter Mills, a researcher at the Institute, disputed the report.", set()),
        ("Omar Farah dismissed the allegations.", set()),
    ],
)
def test_a_person_denies_only_when_speaking_for_a_party(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "denial") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bilateral ceasefire between the ELN and Bogotá took effect on Thursday.",
            {("ELN", "Colombia", "asserted"), ("Colombia", "ELN", "asserted")},
        ),
        (
            "The truce commits both the government of Colombia and the ELN to halting operations.",
            {("ELN", "Colombia", "asserted"), ("Colombia", "ELN", "asserted")},
        ),
        (
            "Under the ceasefire agreed between Israel and Hamas, Hamas committed to freeing "
            "hostages and Israel committed to releasing prisoners.",
            {("Hamas", "Israel", "asserted"), ("Israel", "Hamas", "asserted")},
        ),
        (
            "Local truces between villages and JNIM commanders have held since 2023.",
            {("JNIM", None, "asserted")},
        ),
        (
            "A ceasefire between the ELN and Bogotá took effect. "
            "The ELN's commander said the group would honour the truce.",
            {("ELN", "Colombia", "asserted"), ("Colombia", "ELN", "asserted")},
        ),
        ("The truce between Hamas and Israel collapsed in March.", set()),
    ],
)
def test_truce_parties_bind_each_other(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_pronoun_for_what_was_just_said_or_named_is_a_denied_claim() -> None:
    text = (
        "Army officers say Dawlah Islamiyah fighters slip into communities held by the MILF. "
        "The MILF rejects all of it."
    )
    assert claims_of(text, "denial") == {("Moro Islamic Liberation Front", None, "asserted")}
    text = (
        "Joseph Ocen told the BBC that Sudan sheltered Kony. Asked about Ocen's account, "
        "Sudan dismissed it as invention."
    )
    assert ("Sudan", "Joseph Ocen", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan accused the Taliban of sheltering TTP fighters. "
            "The Taliban flatly rejected the accusation.",
            ("Taliban", "Pakistan", "asserted"),
        ),
        (
            "The Somali National Army said al-Shabaab had 4,000 fighters. "
            "Al-Shabaab dismissed the army's claims as propaganda.",
            ("al-Shabaab", "Somali National Army", "asserted"),
        ),
        # A charge only said, in the sentence just before.
        (
            "Malian officials say the FLA and JNIM have coordinated their operations since "
            "early 2025. The front denies both charges.",
            ("Azawad Liberation Front", "Mali", "asserted"),
        ),
        (
            "Its commanders came from the Jamaat-e-Islami of Jammu and Kashmir, and Indian "
            "officials still call Hizb the Jamaat's armed wing. The Jamaat has denied the "
            "charge for three decades.",
            ("Jamaat-e-Islami of Jammu and Kashmir", "India", "asserted"),
        ),
        # A charge reported at one remove: the one who says it, not who it is about.
        (
            "Moscow said the vehicles proved that Washington was arming the RDK, a charge "
            "Kyiv rejected.",
            ("Ukraine", "Russia", "asserted"),
        ),
        # A report named by its publisher's first word is the publisher's.
        (
            "The Rumuri Human Rights Initiative says Imbonerakure fight beside the army in "
            "Congo. The CNDD-FDD dismissed the Rumuri report as fiction.",
            ("CNDD-FDD", "Rumuri Human Rights Initiative", "asserted"),
        ),
        (
            "The Jadriya Centre for Security Studies puts Saraya al-Salam at 5,000 fighters. "
            "Saraya al-Salam dismissed the Jadriya report.",
            ("Saraya al-Salam", "Jadriya Centre for Security Studies", "asserted"),
        ),
        # "this", "it": what the sentence before reports someone saying
        (
            "The UN Panel of Experts on Sudan says Chad let the UAE fly weapons to the RSF "
            "through Amdjarass. Chad has denied this.",
            ("Chad", "UN Panel of Experts on Sudan", "asserted"),
        ),
        (
            "Israeli officials say weapons still reach Gaza through the Sinai. Cairo denies "
            "it, and says the border has been sealed since 2015.",
            ("Egypt", "Israel", "asserted"),
        ),
    ],
)
def test_the_denied_party_is_found_before_the_denial(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_a_vow_to_fight_is_a_threat_not_a_pledge() -> None:
    assert (
        claims_of("JNIM has vowed to drive the Islamic State out of the region.", "pledge") == set()
    )
    assert claims_of("Hamas has vowed to hunt down the militia's leaders.", "pledge") == set()
    assert claims_of("The Taliban vowed not to attack US forces.", "pledge") == {
        ("Taliban", "United States", "asserted")
    }
    # Punishing its own people is discipline promised, not a threat.
    text = "The CNDD-FDD has promised to expel any member found guilty of abuses."
    assert claims_of(text, "pledge") == {("CNDD-FDD", None, "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The PKK announced in May that it would dissolve itself and lay down its weapons.",
            {("PKK", None, "asserted")},
        ),
        (
            "In January HTS announced that it would dissolve itself.",
            {("HTS", None, "asserted")},
        ),
        (
            "The Houthis said they would not attack Chinese ships.",
            {("Houthis", "China", "asserted")},
        ),
        (
            "The Houthis have pledged not to attack Chinese and Russian vessels.",
            {("Houthis", "China", "asserted"), ("Houthis", "Russia", "asserted")},
        ),
        (
            "Kenya has said its officers will stay until the new force arrives.",
            {("Kenya", None, "asserted")},
        ),
        (
            "The SSPP said it would not attack the TNLA.",
            {("Shan State Progress Party", "TNLA", "asserted")},
        ),
        (
            "PJAK promised not to fire on Iranian forces from Iraqi soil.",
            {("PJAK", "Iran", "asserted")},
        ),
        (
            "The Alliance of Sahel States has promised a force of 5,000 soldiers to fight "
            "Islamic State Sahel.",
            {("Alliance of Sahel States", None, "asserted")},
        ),
        (
            "The KNF said it would not give up its weapons as long as soldiers remained in "
            "Bawm villages.",
            {("Kuki-Chin National Front", None, "denied")},
        ),
        (
            "The Continuity IRA said it was ready for talks but would not give up its weapons "
            "while Britain stayed.",
            {("Continuity IRA", None, "denied")},
        ),
        (
            "The Coastal Shield Brigade said its fighters would keep their weapons until the "
            "villages were safe.",
            {("Coastal Shield Brigade", None, "denied")},
        ),
        (
            "The Kachin Independence Army said it would not lift the siege while the army "
            "kept bombing villages.",
            {("Kachin Independence Army", None, "denied")},
        ),
        (
            "Hamas said it would cooperate fully with Egypt and would hand over the prisoners.",
            {("Hamas", "Egypt", "asserted")},
        ),
        (
            "Asbat al-Ansar, a faction that holds a corner of the camp, says it will give up "
            "its weapons to the Lebanese state only after Hamas has done so.",
            {("Asbat al-Ansar", "Lebanon", "asserted")},
        ),
        (
            "The United States said it would give Trinidad and Tobago two more patrol boats.",
            {("United States", "Trinidad and Tobago", "asserted")},
        ),
        (
            "Qais al-Khazali said that Asa'ib Ahl al-Haq would hand its heavy weapons to Iraq.",
            {("Asa'ib Ahl al-Haq", "Iraq", "asserted")},
        ),
        (
            "The CCAT said it would call no new roadblocks until the FLNKS decides its next step.",
            {("Field Action Coordination Cell", None, "asserted")},
        ),
        (
            "The Rangers said they would keep up their operations until the last of these "
            "terrorists is behind bars.",
            set(),
        ),
        ("The Houthis said they would keep attacking Israel until the war in Gaza ends.", set()),
        ("The Polisario Front said it would not negotiate on the Moroccan plan.", set()),
        ("Hamas said it would lose ground in Gaza without new funds.", set()),
        ("The Kachin Independence Army has not said whether it will lift the siege.", set()),
        (
            "Harakat al-Nujaba said it would keep up its attacks on US forces until they "
            "leave the country.",
            set(),
        ),
        ("Benin accused Niger of refusing to share intelligence with it.", set()),
        ("The PKK said it would not give the army a single village.", set()),
        ("ISIS-K said it would attack Moscow again.", set()),
        ("Analysts said the PKK would dissolve itself.", set()),
    ],
)
def test_commitments_announced_in_reported_speech(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gazetteer's head of state speaks for his state, of it or of himself
        (
            "President Hassan Sheikh Mohamud announced that he would move to the front line.",
            {("Somalia", None, "asserted")},
        ),
        (
            "Sheinbaum said her government would send more troops to Sinaloa.",
            {("Mexico", None, "asserted")},
        ),
        # an office the text gives: the state it names, or the one last named
        (
            "Sergei Lavrov, Russia's foreign minister, promised to train the joint force.",
            {("Russia", None, "asserted")},
        ),
        (
            "Niger accused Benin of hosting French troops, a charge Cotonou rejected. "
            "President Aboubakar Sanni promised to send 3,000 more troops to the north.",
            {("Benin", None, "asserted")},
        ),
        (
            "Floods hit Benin in October. Former president Aboubakar Sanni promised to send "
            "3,000 more troops to the north.",
            set(),
        ),
        # a foreign minister in a story about one state is as often another state's
        (
            "Mali says the FLA holds Kidal. Foreign Minister Ahmed Attaf promised to close "
            "the border.",
            set(),
        ),
        # an office named by its field alone is the story's state's
        (
            "Colombia sent troops to Catatumbo in January. Colombia says the ELN holds the "
            "border. The defence minister promised that the army would stay in Catatumbo.",
            {("Colombia", None, "asserted")},
        ),
        (
            "Colombia sent troops to Catatumbo in January. Colombia says the ELN holds the "
            "border. The minister of the rebels' shadow cabinet promised to fight on.",
            set(),
        ),
        # a party named by his office and then his name
        (
            "Syria's army fought the SDF in Aleppo for two days. Mazloum Abdi and the "
            "defence minister, Murhaf Abu Qasra, agreed a ceasefire.",
            {("SDF", "Syria", "asserted"), ("Syria", "SDF", "asserted")},
        ),
    ],
)
def test_a_head_of_state_or_minister_promises_for_the_state(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_we_in_a_quote_speaks_for_the_speakers_side() -> None:
    text = (
        "“We will not allow anyone to threaten our neighbours, including China,” said "
        "Abdul Qahar Balkhi, a spokesman for the Taliban’s foreign ministry."
    )
    assert claims_of(text, "pledge") == {("Taliban", "China", "asserted")}


def test_an_accusation_is_its_accusers_even_under_a_report() -> None:
    text = (
        "UN monitors said in a report that al-Qaeda trains the TTP. "
        "Pakistan accused the Taliban of sheltering TTP fighters. "
        "The Taliban flatly rejected the accusation."
    )
    assert ("Taliban", "Pakistan", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thai officials say BRN fighters rest in Kelantan. Kuala Lumpur rejects that account.",
            ("Malaysia", "Thailand", "asserted"),
        ),
        (
            "Thai officials say BRN fighters rest in Kelantan. Kuala Lumpur rejects that claim.",
            ("Malaysia", "Thailand", "asserted"),
        ),
        (
            "Thai officials say BRN fighters rest in Kelantan. Kuala Lumpur rejects this account.",
            ("Malaysia", "Thailand", "asserted"),
        ),
    ],
)
def test_that_account_is_the_account_given_just_before(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_the_claims_of_a_person_quoted_before() -> None:
    text = (
        "Ghanaian President Nana Akufo-Addo said the junta in Ouagadougou had hired the Wagner "
        "Group. Burkina Faso rejected the claims."
    )
    assert ("Burkina Faso", "Nana Akufo-Addo", "asserted") in claims_of(text, "denial")


def test_the_accuser_wins_over_a_report_in_force() -> None:
    text = (
        "The UN report said the TTP has 6,000 fighters. "
        "Pakistan's defence minister accused the Taliban of sheltering the group. "
        "The report added that al-Qaeda trains the TTP. "
        "The Taliban flatly rejected the accusation."
    )
    assert ("Taliban", "Pakistan", "asserted") in claims_of(text, "denial")


def test_a_ministry_named_by_its_seat_denies_for_the_state_and_reports_have_no_speaker() -> None:
    text = (
        "Marcus Hale, a researcher, said foreign fighters hold commands in the new army. "
        "The defence ministry in Damascus denied the reports on Sunday."
    )
    assert ("Syria", None, "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Islamabad, the Foreign Office rejected India's assessment as propaganda.",
            ("Pakistan", "India", "asserted"),
        ),
        (
            "The Pakistani Foreign Office rejected India's assessment.",
            ("Pakistan", "India", "asserted"),
        ),
        ("The foreign ministry in Moscow dismissed the report.", ("Russia", None, "asserted")),
        ("In Tehran, the foreign ministry rejected the report.", ("Iran", None, "asserted")),
    ],
)
def test_a_foreign_ministry_denies_for_its_state(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_a_foreign_ministry_with_no_state_named_is_not_guessed() -> None:
    denials = claims_of("The Foreign Office rejected the report.", "denial")
    assert not any(subject in ("Pakistan", "United Kingdom") for subject, _, _ in denials)


def test_the_government_is_the_one_whose_capital_was_just_named() -> None:
    text = (
        "Burkina Faso has hired Russian trainers. About twenty Russian instructors, "
        "sent by Moscow's defence ministry, arrived in Ouagadougou in November. "
        "The government has always denied that Wagner mercenaries operate in Burkina Faso."
    )
    denials = claims_of(text, "denial")
    assert ("Burkina Faso", None, "asserted") in denials
    assert not any(subject == "Russia" for subject, _, _ in denials)


def test_both_parties_of_a_between_phrase_misread_as_a_clause() -> None:
    text = (
        "The National Liberation Army (ELN) attacked a base. The dispute comes a day "
        "after a bilateral ceasefire between the rebels and Bogotá took effect."
    )
    pledges = claims_of(text, "pledge")
    assert ("ELN", "Colombia", "asserted") in pledges
    assert ("Colombia", "ELN", "asserted") in pledges


def test_both_sides_of_a_ceasefire_named_in_the_sentence_before_bind_each_other() -> None:
    text = "Hamas and Israel fought for months. In January both sides agreed to a ceasefire."
    pledges = claims_of(text, "pledge")
    assert ("Hamas", "Israel", "asserted") in pledges
    assert ("Israel", "Hamas", "asserted") in pledges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan has long accused Kabul of sheltering the TTP. The UN Monitoring Team said "
            "the TTP has 6,000 fighters. The Taliban flatly rejected the accusation.",
            ("Taliban", "Pakistan", "asserted"),
        ),
        (
            "Nigeria accused Niger of sheltering Lakurawa fighters. Niger's government rejected "
            "the accusation.",
            ("Niger", "Nigeria", "asserted"),
        ),
    ],
)
def test_a_rejected_accusation_is_its_accusers(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_agreeing_to_stop_fighting_binds_both_sides_to_each_other() -> None:
    text = "The G9 and G-Pep fought for years. In 2023 both federations agreed to stop fighting."
    pledges = {(s, o) for s, o, _ in claims_of(text, "pledge")}
    assert pledges == {("G9 an Fanmi e Alye", "G-Pèp"), ("G-Pèp", "G9 an Fanmi e Alye")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's mission to the United Nations said in a statement that dismissed "
            "CENTCOM's accusations as baseless.",
            {("Iran", "CENTCOM", "asserted")},
        ),
        (
            "The Taliban issued a statement that rejected the report.",
            {("Taliban", None, "asserted")},
        ),
        # The statement is the subject; who signed or put it out denies.
        (
            "A communique signed by the ELN's leadership rejected the report.",
            {("ELN", None, "asserted")},
        ),
        (
            "A video attributed to al-Shabaab and posted online on Monday rejected the report.",
            {("al-Shabaab", None, "asserted")},
        ),
        (
            "A statement issued in the Houthis' name denied the report.",
            {("Houthis", None, "asserted")},
        ),
    ],
)
def test_a_statement_that_denies_is_its_issuers_denial(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "denial") == expected


def test_an_accuser_who_does_not_report_is_found_by_the_accusing_verb() -> None:
    text = (
        "Nigerian officials have blamed the group's growth on the collapse of joint patrols, "
        "and some have accused the military government there of sheltering Lakurawa "
        "fighters.\n\nNiger's government rejected the accusation."
    )
    assert ("Niger", "Nigeria", "asserted") in claims_of(text, "denial")


def test_findings_a_body_stated_in_its_own_voice_are_that_bodys() -> None:
    text = (
        "The Institute for the Study of War said the Houthis had supplied drones to "
        "al-Shabaab.\n\nThe Houthis rejected the findings on Monday."
    )
    assert ("Houthis", "ISW", "asserted") in claims_of(text, "denial")


def test_a_name_beside_a_persons_noun_is_nobody_whose_reports_are_denied() -> None:
    text = (
        '"Nobody should be fooled," said Marcus Hale, a former Pentagon analyst. "The '
        'Uyghur fighters of the Turkistan Islamic Party fought alongside HTS."\n'
        "The defence ministry in Damascus denied the reports on Sunday."
    )
    assert ("Syria", None, "asserted") in claims_of(text, "denial")


def test_a_rejected_report_is_its_publishers() -> None:
    text = (
        "The UN Monitoring Team said in July that ISSP had 2,000 fighters. In February, "
        "Amnesty International published a report saying that Africa Corps instructors had "
        "accompanied Nigerien units. The junta rejected the report within a day."
    )
    assert ("Niger", "Amnesty International", "asserted") in claims_of(text, "denial")


def test_the_findings_rejected_are_those_named_before_not_after() -> None:
    text = (
        "Amnesty International published a report saying that Wagner troops operate in "
        "Mali.\n\nThe junta rejected the findings on Monday.\n\n"
        "In a later report, the UN Monitoring Team said JNIM had 6,000 fighters."
    )
    assert ("Mali", "Amnesty International", "asserted") in claims_of(text, "denial")


def test_one_sentence_rejecting_a_report_and_denying_links_is_one_denial() -> None:
    text = (
        "The UN Panel of Experts on Yemen said the Houthis had ties with al-Shabaab.\n\n"
        "The Houthis reject the panel's findings and deny any link to the group."
    )
    denials = claims_of(text, "denial")
    assert {(s, o) for s, o, _ in denials} == {("Houthis", "UN Panel of Experts on Yemen")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Pakistan agreed on May 10 to stop all firing and military action.",
            {("India", "Pakistan", "asserted"), ("Pakistan", "India", "asserted")},
        ),
        (
            "Al-Awlaki is reported to have renewed the group's pledge of allegiance to the "
            "Al-Qaida leadership.",
            set(),
        ),
        (
            "García said the ELN would halt its attacks if the government agreed to resume "
            "negotiations.",
            set(),
        ),
    ],
)
def test_commitments_set_apart_renewed_allegiance_and_conditions(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    found = claims_of(text, "pledge")
    assert found == expected


def test_a_charge_denied_at_the_end_of_the_accusation() -> None:
    text = (
        "Islamabad has long accused the Afghan Taliban of sheltering the TTP's leadership "
        "on Afghan soil, a charge the Taliban have repeatedly denied."
    )
    assert claims_of(text, "denial") == {("Taliban", "Pakistan", "asserted")}
    assert ("Taliban", "TTP", "asserted") in claims_of(text, "relation")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Kinshasa also accuses Rwanda of arming the M23 directly, a charge Kigali rejects.",
            "relation",
            {("Rwanda", "M23", "asserted", "DR Congo"), ("Rwanda", "M23", "denied", "Rwanda")},
        ),
        (
            "Tajik officials accuse the Taliban of sheltering Jamaat Ansarullah, a Tajik "
            "militant group, a charge the Taliban deny.",
            "relation",
            {
                ("Taliban", "Jamaat Ansarullah", "asserted", "Tajikistan"),
                ("Taliban", "Jamaat Ansarullah", "denied", "Taliban"),
            },
        ),
        (
            "Jaish-e-Mohammed's founder, Masood Azhar, is reportedly living under the protection "
            "of Pakistani authorities, an allegation Pakistan has repeatedly rejected.",
            "relation",
            {
                ("Masood Azhar", "Jaish-e-Mohammed", "asserted", "Test Wire"),
                ("Pakistan", "Masood Azhar", "asserted", "Test Wire"),
                ("Pakistan", "Masood Azhar", "denied", "Pakistan"),
            },
        ),
        (
            "The Houthis fired missiles at ships. Iran supplies the group, although Tehran "
            "denies arming it.",
            "relation",
            {("Iran", "Houthis", "asserted", "Test Wire"), ("Iran", "Houthis", "denied", "Iran")},
        ),
    ],
)
def test_a_charge_denied_is_asserted_by_the_accuser_and_denied_by_the_denier(
    text: str, kind: str, expected: set[tuple[str, str, str, str]]
) -> None:
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    found = {
        (c.subject.name, c.object.name if c.object else None, c.polarity, c.source.name)
        for c in extraction.claims
        if c.type == kind
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Masood Azhar is reportedly living under the protection of Pakistani authorities "
            "in Bahawalpur, an allegation Pakistan has repeatedly rejected.",
            {("Pakistan", None, "asserted")},
        ),
        (
            "Niger's military ruler, General Abdourahamane Tiani, accused Nigeria in December "
            "of allowing French forces to operate from its territory, a charge Abuja denied.",
            {("Nigeria", "Abdourahamane Tiani", "asserted")},
        ),
        (
            "Russian officials have tried to link the attack to Ukraine, a claim Ukraine has "
            "rejected.",
            {("Ukraine", "Russia", "asserted")},
        ),
    ],
)
def test_a_trailing_allegation_rejected(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "denial") == expected


def test_a_non_aggression_understanding_binds_both_parties() -> None:
    text = (
        "The non-aggression understanding between AQAP and the Houthis first reported in "
        "2024 appears to have held."
    )
    assert {(s, o) for s, o, _ in claims_of(text, "pledge")} == {
        ("AQAP", "Houthis"),
        ("Houthis", "AQAP"),
    }


def test_a_rejection_of_the_report_names_what_is_denied() -> None:
    text = (
        "The UN Monitoring Team said the TTP has 6,000 fighters. "
        "The Taliban issued a rejection of the report on Sunday."
    )
    assert claims_of(text, "denial") == {("Taliban", "UN Monitoring Team", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Iran struck targets in Pakistan. Pakistan hit back inside Iran. Iran blamed "
            "Pakistan. The strikes came a day after Iran had fired missiles at targets in Iraq "
            "and Syria. Pakistan's prime minister said the two neighbours had agreed to respect "
            "each other's sovereignty.",
            {("Iran", "Pakistan", "asserted"), ("Pakistan", "Iran", "asserted")},
            ("Iran", "Syria", "asserted"),
        ),
        (
            "The Houthis attacked ships and the United States struck the Houthis. Oman's "
            "foreign minister said both sides had committed to ensuring freedom of navigation.",
            {("Houthis", "United States", "asserted"), ("United States", "Houthis", "asserted")},
            ("Oman", "United States", "asserted"),
        ),
        (
            "Iran's foreign minister said after meeting his Pakistani counterpart that the two "
            'governments would "not allow terrorists to take advantage of our common border".',
            {("Iran", "Pakistan", "asserted"), ("Pakistan", "Iran", "asserted")},
            None,
        ),
    ],
)
def test_the_two_are_the_pair_the_story_is_about_and_commit_to_each_other(
    text: str, expected: set[tuple[str, str, str]], absent: tuple[str, str, str] | None
) -> None:
    pledges = claims_of(text, "pledge")
    assert expected <= pledges
    assert absent not in pledges


def test_a_leaders_promise_binds_the_government_he_heads() -> None:
    text = (
        "In a televised speech, Dbeibah said the operations had ended the era of militias and "
        "promised that every armed group would be dissolved."
    )
    pledges = claims_of(text, "pledge")
    assert ("Government of National Unity (Libya)", None, "asserted") in pledges
    assert not {p for p in pledges if p[0] == "Abdul Hamid Dbeibah"}


def test_a_denial_coordinated_with_what_the_group_said_is_the_groups() -> None:
    text = (
        "In a statement, Jaish al-Adl said the missiles had hit the homes of civilians, denied "
        "that it had any bases in Pakistan and said its fighters lived in Iran."
    )
    assert ("Jaish al-Adl", None, "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hurras al-Din announced on 28 January that it had dissolved itself.",
            ("Hurras al-Din", None, "asserted"),
        ),
        (
            "The Alliance of Sahel States announced that it would establish a unified force "
            "of 5,000 troops to fight terrorist groups.",
            ("Alliance of Sahel States", None, "asserted"),
        ),
    ],
)
def test_a_group_undoing_itself_or_founding_a_force_commits_itself(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Manila has refused the NDFP's request for a ceasefire.",
            ("Philippines", "National Democratic Front of the Philippines", "denied"),
            None,
        ),
        (
            "The Ambazonia Defence Forces offered in August to observe a ceasefire for the "
            "school year. Cameroon refused the offer, saying it would not negotiate.",
            ("Cameroon", "Ambazonia Defence Forces", "denied"),
            None,
        ),
        (
            "The EMC is made up of former FARC fighters who rejected the 2016 peace deal.",
            None,
            ("FARC", None, "denied"),
        ),
    ],
)
def test_refusing_a_truce_or_an_offer_of_one_is_a_denied_pledge(
    text: str,
    expected: tuple[str, str, str] | None,
    absent: tuple[str, str | None, str] | None,
) -> None:
    pledges = claims_of(text, "pledge")
    assert expected is None or expected in pledges
    assert absent is None or absent not in pledges
    assert expected is not None or not {p for p in pledges if p[2] == "denied"}


def test_an_officer_given_a_role_denies_for_his_party() -> None:
    text = (
        "Marco Valbuena, the CPP's chief information officer, has dismissed the army's "
        "figures as psywar."
    )
    assert ("Marco Valbuena", None, "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kataib Hezbollah has announced that it is suspending its military operations "
            "against US forces in Iraq.",
            {("Kata'ib Hezbollah", "United States", "asserted")},
        ),
        (
            "The ELN said it would halt its attacks on Colombia's security forces.",
            {("ELN", "Colombia", "asserted")},
        ),
        ("Niger announced that it was withdrawing its troops from the task force.", set()),
    ],
)
def test_halting_the_fighting_is_promised_to_whoever_it_spares(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_states_capitalised_foreign_office_denies_for_the_state() -> None:
    text = "Pakistan's Foreign Office has rejected India's description of TRF as a Lashkar proxy."
    assert claims_of(text, "denial") == {("Pakistan", "India", "asserted")}


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The Government of Cameroon did not share this assessment.", "Cameroon"),
        ("Washington and Riyadh have dismissed those allegations, analysts said.", "Saudi Arabia"),
    ],
)
def test_a_denial_is_the_deniers_own_word(text: str, denier: str) -> None:
    claims = get_extractor().extract(Document.create(text, outlet="Test Wire")).claims
    denials = [c for c in claims if c.type == "denial" and c.subject.name == denier]
    assert denials
    assert all(c.source.name == denier for c in denials)


def test_not_sharing_intelligence_denies_nothing() -> None:
    assert claims_of("The Taliban do not share intelligence with Pakistan.", "denial") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eritrea objected. Abiy has said that his government will not be drawn into a "
            "new war and remains committed to the Pretoria agreement.",
            ("Ethiopia", None, "asserted"),
        ),
        (
            "Gustavo Petro's government promised to suspend its operations against the ELN.",
            ("Colombia", None, "asserted"),
        ),
    ],
)
def test_a_head_of_governments_government_is_the_state(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


def test_a_joint_statement_binding_both_sides_binds_its_signatories() -> None:
    text = (
        "Manila and the NDFP signed a joint statement in Oslo committing both sides to a "
        "peaceful resolution of the conflict."
    )
    assert claims_of(text, "pledge") == {
        ("Philippines", "National Democratic Front of the Philippines", "asserted"),
        ("National Democratic Front of the Philippines", "Philippines", "asserted"),
    }


def test_the_government_far_from_its_state_is_the_state_of_the_story() -> None:
    text = (
        "Colombia has many armed groups. Colombia's army is stretched. The EMC grew in "
        "Cauca. Its fronts took Guaviare. They tax coca. Mordisco leads them. The EMBF "
        "split from it. The ELN fought it in Catatumbo. The CNEB talks. Analysts are "
        "wary. The government opened talks with the EMC and both sides declared a ceasefire."
    )
    pledges = claims_of(text, "pledge")
    assert ("Colombia", "EMC", "asserted") in pledges


def test_the_government_in_un_style_is_the_state_named_before() -> None:
    text = (
        "In its reply, the Government of Rwanda denied that RDF units were deployed in North "
        "Kivu. The Government also dismissed the Group's findings on Rubaya as politically "
        "motivated."
    )
    denials = claims_of(text, "denial")
    assert {d[0] for d in denials} == {"Rwanda"}


def test_agreeing_to_merge_into_a_state_is_a_pledge_to_that_state() -> None:
    text = "In March the SDF agreed to merge its military and civil institutions into the new Syrian state."
    assert claims_of(text, "pledge") == {("SDF", "Syria", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taliban officials insist that no group is allowed to use Afghan soil against China.",
            {("Taliban", "China", "asserted")},
        ),
        ("The officials said no journalist is allowed in Kabul.", set()),
    ],
)
def test_a_speakers_ban_on_everyone_is_its_pledge(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Group of Experts met officials in Kigali. In its reply to the Group's findings, "
        "the Government of Rwanda denied that its units were deployed in Congo.",
        "The Group of Experts met officials in Kigali. In a response to the Group of Experts, "
        "the Government of Rwanda denied that its units were deployed in Congo.",
    ],
)
def test_a_denial_in_reply_to_a_body_denies_that_body(text: str) -> None:
    assert ("Rwanda", "Group of Experts", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the agreement, the TPLF will disarm its fighters.", ("TPLF", None, "asserted")),
        (
            "Myanmar's military government and the Three Brotherhood Alliance met in "
            "Kunming, China said. Under the deal, the two sides will disengage their forces.",
            ("Three Brotherhood Alliance", "Myanmar", "asserted"),
        ),
    ],
)
def test_what_a_party_will_do_under_an_agreement_is_its_pledge(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


def test_the_two_sides_are_not_the_mediator_who_reported_the_deal() -> None:
    text = (
        "Myanmar's military government and the Three Brotherhood Alliance met in Kunming, "
        "China said. Under the deal, the two sides agreed to disengage their forces."
    )
    found = claims_of(text, "pledge")
    assert ("Myanmar", "Three Brotherhood Alliance", "asserted") in found
    assert not any("China" in (s, o) for s, o, _p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban and the United States signed the Doha agreement in 2020. Under the "
            "deal, the Taliban pledged to stop al-Qaeda from using Afghan soil.",
            ("Taliban", "United States", "asserted"),
        ),
        (
            "In 2023 Burundi signed a defence pact with Kinshasa. Under the pact, Burundi "
            "pledged to send troops to South Kivu.",
            ("Burundi", "DR Congo", "asserted"),
        ),
    ],
)
def test_a_pledge_under_a_signed_agreement_is_made_to_the_other_signatory(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


def test_a_pledge_made_in_return_is_made_to_those_who_pledged_just_before() -> None:
    text = (
        "Under the agreement, the 3R and the UPC committed to end hostilities and join the "
        "DDR programme. In return, the government of the Central African Republic promised "
        "to take former fighters into the army."
    )
    found = claims_of(text, "pledge")
    assert ("Central African Republic", "3R", "asserted") in found
    assert (
        "Central African Republic",
        "Union for Peace in the Central African Republic",
        "asserted",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan accused the TTP of using Afghan soil to plan attacks, a charge the TTP rejected.",
        "Pakistan accused the TTP of using Afghan soil, a charge the TTP rejected.",
        "Pakistan accused the TTP of using Afghan soil to plan attacks, a charge the group rejected.",
    ],
)
def test_a_charge_summing_up_an_accusation_is_the_accusers(text: str) -> None:
    assert ("TTP", "Pakistan", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISWAP and Boko Haram both operate around Lake Chad. The two groups had reached "
            "local understandings not to attack each other's traders.",
            ("ISWAP", "Boko Haram", "asserted"),
        ),
        (
            "In March the defence ministers of Chad and Cameroon signed an agreement to "
            "coordinate operations along their border.",
            ("Cameroon", "Chad", "asserted"),
        ),
    ],
)
def test_an_agreement_to_do_something_binds_its_parties_to_each_other(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    "text",
    [
        "In February Chad and Niger agreed to mount joint patrols on the northern shore.",
        "In February Chad and Niger agreed to share intelligence on the smugglers.",
        "In February Chad and Niger agreed to withdraw their troops from the islands.",
    ],
)
def test_parties_that_agree_to_act_commit_to_each_other(text: str) -> None:
    found = claims_of(text, "pledge")
    assert ("Chad", "Niger", "asserted") in found
    assert ("Niger", "Chad", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas agreed to release the hostages within 72 hours, while Israel agreed to "
            "withdraw its forces to an agreed line.",
            {("Hamas", "Israel", "asserted"), ("Israel", "Hamas", "asserted")},
        ),
        (
            "President Joko Widodo's government promised New Zealand that it would put the "
            "pilot's safety first.",
            {("Indonesia", "New Zealand", "asserted")},
        ),
    ],
)
def test_reciprocal_undertakings_and_a_presidents_government(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_charge_in_the_present_tense_is_denied_by_who_follows_it() -> None:
    text = "Kinshasa accuses Rwanda of arming the M23, a charge Kigali rejects."
    assert ("Rwanda", "DR Congo", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Pakistan agreed to stop firing on 10 May. Both governments have since "
            "said they remain committed to the understanding.",
            {("India", None, "asserted"), ("Pakistan", None, "asserted")},
        ),
        (
            "Hamas and Israel signed a truce in January. PIJ, which was not a party to the "
            "talks, said it would abide by the truce.",
            {("Palestinian Islamic Jihad", None, "asserted")},
        ),
    ],
)
def test_keeping_to_an_agreement_names_no_counterparty(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    second = text.split(". ", 1)[1]
    start = text.index(second)
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    found = {
        (c.subject.name, c.object.name if c.object else None, c.polarity)
        for c in extraction.claims
        if c.type == "pledge" and c.evidence.start >= start
    }
    assert found == expected


def test_a_pledge_under_an_accord_named_before_is_made_to_its_counterparty() -> None:
    text = (
        "The Taliban signed the Doha agreement with the United States in 2020. Under that "
        "accord, the Taliban pledged to stop al-Qaeda from using Afghan soil."
    )
    assert ("Taliban", "United States", "asserted") in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Niger's government has accused Cotonou of hosting French troops who, it says, "
            "train jihadists to destabilise the Sahel, an accusation Benin has rejected.",
            ("Benin", "Niger", "asserted"),
        ),
        (
            "The Kachin Independence Army (KIA) holds Bhamo. Major General Zaw Min Tun, the "
            "junta's spokesman, said that "
            "troops were holding their ground and accused the KIA of using residents as human "
            "shields, a charge the group rejected.",
            ("Kachin Independence Army", "Zaw Min Tun", "asserted"),
        ),
    ],
)
def test_a_charge_denied_is_the_accusers_however_deep_the_accusation(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_a_head_of_government_in_a_mutual_pledge_is_the_state_on_both_sides() -> None:
    found = claims_of(
        "Marco Rubio and Claudia Sheinbaum agreed to set up a joint security group.", "pledge"
    )
    assert ("Mexico", "Marco Rubio", "asserted") in found
    assert all(obj != "Claudia Sheinbaum" for _subject, obj, _polarity in found)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A warlord's promise about his forces binds the armed group he leads.
        (
            "Abu Aqla Keikal has promised that his forces will protect families returning home.",
            "Sudan Shield Forces",
        ),
        # A former rebel leader now at the head of a state promises for the state.
        (
            "In a televised address, Ahmed al-Sharaa promised that anyone who had shed "
            "civilian blood would be held to account.",
            "Syria",
        ),
    ],
)
def test_a_leaders_promise_binds_the_body_or_group_he_heads(text: str, subject: str) -> None:
    assert {s for s, _obj, _polarity in claims_of(text, "pledge")} == {subject}


def test_a_leaders_promise_told_by_the_writer_is_his_own_word() -> None:
    text = "Abu Aqla Keikal has promised that his forces will protect families returning home."
    claims = get_extractor().extract(Document.create(text, outlet="Test Wire")).claims
    assert [(c.subject.name, c.source.name) for c in claims if c.type == "pledge"] == [
        ("Sudan Shield Forces", "Abu Aqla Keikal")
    ]


def test_one_side_naming_the_other_still_makes_the_undertakings_mutual() -> None:
    text = (
        "Under an understanding brokered by Oman, the Houthis undertook to stop attacking "
        "American ships, while Washington undertook to end its air campaign against them."
    )
    found = claims_of(text, "pledge")
    assert {
        ("Houthis", "United States", "asserted"),
        ("United States", "Houthis", "asserted"),
    } <= found


def test_a_charge_rejected_after_what_officials_say_is_theirs() -> None:
    text = (
        "US officials say Iran's Islamic Revolutionary Guard Corps (IRGC) also passes the "
        "Houthis intelligence on the positions of merchant ships, a charge Tehran rejects."
    )
    assert ("Iran", "United States", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    "text",
    [
        "Mozambique's army is fighting ISMP. The defence ministry denies that the insurgents "
        "hold any territory.",
        "Mozambique's army is fighting ISMP. The Ministry of Defence dismissed the reports as "
        "propaganda.",
    ],
)
def test_a_ministry_named_by_its_portfolio_is_the_storys_state(text: str) -> None:
    assert ("Mozambique", None, "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ELN refused to hand over its weapons.", ("ELN", None, "denied")),
        (
            "The ELN is strong. Its commander has said the group will not hand over its weapons.",
            ("ELN", None, "denied"),
        ),
        (
            "Colombia would not agree to a new ceasefire with the ELN while it held hostages.",
            ("Colombia", "ELN", "denied"),
        ),
        (
            "The TPNPB has rejected Indonesia's calls to lay down its weapons.",
            ("West Papua National Liberation Army", "Indonesia", "denied"),
        ),
    ],
)
def test_refusals_are_pledges_denied(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    "text",
    [
        "The ELN said it will not attack civilians.",
        "The ELN said it will not return to violence.",
        "The ELN said it would never return to war.",
    ],
)
def test_a_promise_not_to_attack_is_still_a_promise(text: str) -> None:
    assert claims_of(text, "pledge") == {("ELN", None, "asserted")}


def test_the_government_is_the_story_countrys_even_after_another_state() -> None:
    text = (
        "The ELN holds much of Catatumbo and Arauca, on Colombia's border with Venezuela, "
        "and fighters rest in Apure. Peace commissioner Otty Patiño said the government "
        "would not agree to a new ceasefire with the ELN while it held hostages."
    )
    assert ("Colombia", "ELN", "denied") in claims_of(text, "pledge")


def test_an_offer_on_a_condition_is_made_to_who_must_meet_it() -> None:
    text = "The ADF offered to observe a ceasefire for the school year if Cameroon agreed to talks."
    assert ("ADF", "Cameroon", "asserted") in claims_of(text, "pledge")
    concession = (
        "Al-Sharaa promised that killers would be held to account, even if they were allies."
    )
    assert all(obj is None for _subject, obj, _polarity in claims_of(concession, "pledge"))


def test_a_list_the_parser_hangs_on_the_subject_keeps_the_parties() -> None:
    # "the payment of ..." is parsed as an apposition of "government", past the verb.
    text = (
        "Grundberg said the Yemeni government and the Houthis had committed to a nationwide "
        "ceasefire, the payment of all public-sector salaries."
    )
    assert claims_of(text, "pledge") == {
        ("Yemen", "Houthis", "asserted"),
        ("Houthis", "Yemen", "asserted"),
    }


def test_they_after_several_named_speakers_is_all_of_them() -> None:
    text = "Cuba, Norway and Venezuela said they remained committed to their role as guarantors."
    assert claims_of(text, "pledge") == {
        ("Cuba", None, "asserted"),
        ("Norway", None, "asserted"),
        ("Venezuela", None, "asserted"),
    }


def test_a_second_undertaking_joined_to_the_first_is_announced_too() -> None:
    text = (
        "In August the FLA said it would treat captured soldiers as prisoners of war and would "
        "release wounded prisoners without conditions."
    )
    assert claims_of(text, "pledge") == {("Azawad Liberation Front", None, "asserted")}


def test_the_leaders_of_the_two_groups_agree_for_them() -> None:
    text = (
        "The Comando Vermelho has fought the Bonde dos 13 since 2017. The paper said the two "
        "groups' leaders agreed in August to stop killing each other's members."
    )
    assert claims_of(text, "pledge") == {
        ("Comando Vermelho", "Bonde dos 13", "asserted"),
        ("Bonde dos 13", "Comando Vermelho", "asserted"),
    }


def test_a_capital_that_acts_brings_its_government_to_mind() -> None:
    text = (
        "Jakarta welcomed the move. The defence ministry has promised to review what the "
        "schools teach by the end of 2025."
    )
    assert claims_of(text, "pledge") == {("Indonesia", None, "asserted")}


def test_a_subject_after_an_opening_month_still_pledges() -> None:
    text = (
        "In February Chad and Niger agreed to mount joint patrols on the northern shore and to "
        "share intelligence on the movements of Boko Haram and ISWAP, and in March the defence "
        "ministers of Chad and Cameroon signed an agreement to coordinate operations along their "
        "border on the Logone river."
    )
    assert {("Chad", "Niger", "asserted"), ("Niger", "Chad", "asserted")} <= claims_of(
        text, "pledge"
    )


def test_the_two_sides_are_the_parties_talks_were_held_between() -> None:
    text = (
        "The Kachin Independence Army (KIA) has been fighting the military around Bhamo, in "
        "Myanmar's Kachin State, since December. Chinese officials "
        "hosted talks between KIA and junta delegations in Kunming, the capital of Yunnan "
        "province, in late April. According to a statement from China's foreign ministry, the "
        "two sides agreed to keep talking and to refrain from escalating the fighting."
    )
    pledges = claims_of(text, "pledge")
    assert ("Kachin Independence Army", "Myanmar", "asserted") in pledges
    assert ("Myanmar", "Kachin Independence Army", "asserted") in pledges
    assert not any("China" in (s, o) for s, o, _ in pledges)


@pytest.mark.parametrize(
    "text",
    [
        "The KIA undertook to ensure the safety of Chinese personnel and projects in its areas.",
        "The Arakan Army promised to protect Chinese investments in Rakhine.",
    ],
)
def test_a_promise_to_keep_a_states_people_safe_is_made_to_that_state(text: str) -> None:
    assert any(o == "China" for _, o, _ in claims_of(text, "pledge"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish officials say that the SDF still takes its orders from PKK commanders in "
            "Iraq's Qandil mountains, a charge the SDF rejects.",
            ("SDF", "Turkey", "asserted"),
        ),
        (
            "Turkey regards the YPG as the PKK's Syrian branch, a description the SDF rejects.",
            ("SDF", "Turkey", "asserted"),
        ),
    ],
)
def test_a_charge_the_parser_reads_as_a_noun_is_still_denied(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "denial")


def test_a_rejected_description_disputes_the_tie_not_the_place() -> None:
    text = "Turkey regards the YPG as the PKK's Syrian branch, a description the SDF rejects."
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    denied = {(c.type, c.subject.name) for c in extraction.claims if c.polarity == "denied"}
    assert denied == {("relation", "YPG")}


def test_the_saudi_led_coalition_is_a_party_of_its_own() -> None:
    text = (
        "The UN envoy announced that the Saudi-led coalition and the Houthis had agreed "
        "to a two-month truce."
    )
    assert ("Saudi-led coalition", "Houthis", "asserted") in claims_of(text, "pledge")


def test_the_group_whose_findings_are_dismissed_is_the_rights_group() -> None:
    text = (
        "The FLA has claimed attacks on army posts near Anefis. Human Rights Watch has "
        "documented strikes on markets around Tinzaouaten that killed dozens of civilians. "
        "The junta has dismissed the group's findings as propaganda."
    )
    denials = claims_of(text, "denial")
    assert ("Mali", "Human Rights Watch", "asserted") in denials


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Kwara's government has committed itself to putting another 1,000 forest guards "
            "into the park.",
            "pledge",
            ("Kwara", None, "asserted"),
        ),
        (
            "Kebbi's governor, Nasir Idris, has promised to raise a force of community guards.",
            "pledge",
            ("Kebbi", None, "asserted"),
        ),
        (
            "Niger State's government flatly rejected reports that the band had set up camp "
            "near New Bussa.",
            "denial",
            ("Niger State", None, "asserted"),
        ),
    ],
)
def test_a_regions_government_pledges_and_denies_as_the_region(
    text: str, kind: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic Jihad said there was no truth in reports that its fighters had moved "
            "rockets out of Rashidieh.",
            ("Palestinian Islamic Jihad", None, "asserted"),
        ),
        (
            "Hamas officials in Sidon said this week that the first handover had been theatre. "
            "Fatah brushed the criticism aside.",
            ("Fatah", "Hamas", "asserted"),
        ),
        (
            "The Taliban shrugged off the UN Monitoring Team report.",
            ("Taliban", "UN Monitoring Team", "asserted"),
        ),
    ],
)
def test_denials_in_other_words(text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in claims_of(text, "denial")


def test_a_second_party_the_parser_read_as_an_object_still_commits() -> None:
    text = (
        "Under the agreement Congo and Rwanda signed in Washington on 27 June, Kinshasa "
        "undertook to neutralise the FDLR and Kigali committed itself to lifting its "
        "defensive measures."
    )
    pledges = claims_of(text, "pledge")
    assert {("DR Congo", "Rwanda", "asserted"), ("Rwanda", "DR Congo", "asserted")} <= pledges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The DKBA gave Bangkok the same undertaking.",
            ("Democratic Karen Benevolent Army", "Thailand"),
        ),
        (
            "Iran has also promised Islamabad that its territory will not be used to enlist "
            "Pakistanis for any war.",
            ("Iran", "Pakistan"),
        ),
    ],
)
def test_a_capital_given_an_undertaking_is_its_state(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "asserted") in claims_of(text, "pledge")


def test_a_national_security_council_is_not_the_uns() -> None:
    text = (
        "On 5 February Thailand cut power to Myawaddy, and its National Security Council "
        "committed itself to keeping the links shut."
    )
    assert not any(s == "UN Security Council" for s, _, _ in claims_of(text, "pledge"))


def test_a_promise_to_respect_a_states_sovereignty_is_made_to_it() -> None:
    text = "Hamas then undertook to hand over wanted members and to respect Lebanese sovereignty."
    assert ("Hamas", "Lebanon", "asserted") in claims_of(text, "pledge")


def test_a_surname_without_its_article_is_the_same_person() -> None:
    text = (
        "Ibrahim al-Organi, a businessman from the Tarabin tribe, chairs the Union of Arab "
        "Tribes. Organi denies that the militia takes money from the state."
    )
    assert any(s == "Ibrahim al-Organi" for s, _, _ in claims_of(text, "denial"))


@pytest.mark.parametrize(
    "text",
    [
        '"People here are tired of guns, but they are more tired of promises," said a Hamas '
        "official in Ain al-Hilweh.",
        "Rwanda's foreign minister said it would take more than promises made in Washington to "
        "change the FDLR's ways.",
    ],
)
def test_talk_of_promises_in_general_is_no_pledge(text: str) -> None:
    assert claims_of(text, "pledge") == set()


def test_a_pledge_under_an_arrangement_reached_with_a_party_is_made_to_it() -> None:
    text = (
        "Under an arrangement reached with the PSNI last year, the Garda has undertaken to "
        "pass on intelligence about suspects within hours."
    )
    assert claims_of(text, "pledge") == {
        ("Garda Síochána", "Police Service of Northern Ireland", "asserted")
    }


def test_that_description_is_its_describers() -> None:
    text = (
        "Kenyan officials have long described Saoradh as the New IRA's political wing. "
        "Saoradh rejects that description."
    )
    assert ("Saoradh", "Kenya", "asserted") in claims_of(text, "denial")


def test_a_charge_made_by_going_on_to_accuse_is_the_accusers() -> None:
    text = "The RSF went on to accuse Egypt of arming the army, a charge Cairo has rejected."
    assert ("Egypt", "Rapid Support Forces", "asserted") in claims_of(text, "denial")


def test_it_opening_a_sentence_goes_on_with_the_last_subject() -> None:
    text = (
        "The al-Baraa bin Malik Brigade grew quickly, and the al-Baraa bin Malik Brigade "
        "now has its own camps. In a statement on Saturday the RSF said the army had "
        "handed the country back to the al-Baraa bin Malik Brigade. It accused Egypt of "
        "arming the army, a charge Cairo has rejected."
    )
    assert ("Egypt", "Rapid Support Forces", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil's justice ministry said on Monday it would send another 1,000 officers "
            "to Amazonas by January.",
            ("Brazil", None, "asserted"),
        ),
        (
            "MINUSCA has said it will provide transport, rations and medical care to "
            "fighters who disarm.",
            ("MINUSCA", None, "asserted"),
        ),
        (
            "The Arakan Army has said it will protect Chinese investments in Rakhine.",
            ("Arakan Army", "China", "asserted"),
        ),
        (
            "SLM-MM said on Thursday that its fighters would stay and defend El Fasher.",
            ("SLM-Minni Minawi", None, "asserted"),
        ),
    ],
)
def test_saying_it_will_send_provide_or_protect_is_a_pledge(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Polisario Front has undertaken to let MINURSO resupply its team sites east "
            "of the wall.",
            ("Polisario Front", "MINURSO", "asserted"),
        ),
        (
            "The Taliban have promised to allow the United Nations to deliver aid in Kandahar.",
            ("Taliban", "United Nations", "asserted"),
        ),
    ],
)
def test_a_promise_to_let_someone_act_is_made_to_them(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(text, "pledge")


def test_a_person_described_by_the_group_speaks_for_its_commitments() -> None:
    text = (
        "The Freedom of Russia Legion fights in Belgorod. Ilya Ponomarev, a former lawmaker "
        "who has long spoken for the Legion abroad, said that the Legion would not lay down "
        "its arms while Vladimir Putin remained in power."
    )
    assert ("Freedom of Russia Legion", None, "denied") in claims_of(text, "pledge")


def test_a_person_not_described_by_the_group_makes_no_commitment_for_it() -> None:
    text = (
        "The Freedom of Russia Legion fights in Belgorod. Vladimir Solovyov, a Russian "
        "television host, said that the Legion would not lay down its arms."
    )
    assert claims_of(text, "pledge") == set()


def test_a_finding_owned_by_a_body_named_before_is_its_claim() -> None:
    text = (
        "The UN Group of Experts reported in July that Rwandan troops fought beside the M23. "
        "Kigali, for its part, dismisses as fabricated the UN experts' finding that 6,000 of "
        "its troops fought beside the rebels."
    )
    assert ("Rwanda", "UN Group of Experts", "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police charged John Smith with arming Hamas. Smith, who is free on bail, rejects "
            "the charges.",
            {("John Smith", None, "asserted")},
        ),
        ("Police quoted John Smith. Smith rejects the estimate.", set()),
    ],
)
def test_the_person_accused_answers_for_themselves(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "denial") == expected


def test_assuring_a_nationals_officials_is_a_pledge_to_their_state_in_the_assurers_words() -> None:
    text = (
        "In November 2024 UWSA leaders assured Chinese officials that they would stop "
        "supplying weapons to any group fighting the junta."
    )
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    pledges = [
        (c.subject.name, c.object.name if c.object else None, c.source.name)
        for c in extraction.claims
        if c.type == "pledge"
    ]
    assert pledges == [("United Wa State Army", "China", "United Wa State Army")]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Somaliland accused Puntland of sending ammunition to SSC-Khatumo, a charge "
            "Puntland denies.",
            ("Puntland", "Somaliland", "asserted"),
            None,
        ),
        (
            "Somaliland rejected a 2023 Amnesty International report on its army.",
            ("Somaliland", "Amnesty International", "asserted"),
            None,
        ),
        (
            '"They are not jihadists," said Musa Dankani, a district head in Tangaza, who '
            "denied that the group had any connection with ISSP.",
            None,
            ("Tangaza", None, "asserted"),
        ),
    ],
)
def test_a_place_that_denies_is_its_government(
    text: str,
    expected: tuple[str, str | None, str] | None,
    absent: tuple[str, str | None, str] | None,
) -> None:
    found = claims_of(text, "denial")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "pledger", "not_pledger"),
    [
        (
            # a name the parser read as an adverb before its description
            "MINUSCA, the UN mission in the country, has promised to keep a company of "
            "peacekeepers in Birao through the dry season.",
            "MINUSCA",
            "United Nations",
        ),
        (
            # a commander's announcement in the sentence naming his group binds the group
            "Hizbul Mujahideen was founded in 1989. Its senior commander, Abdul Majid Dar, "
            "announced a ceasefire.",
            "Hizbul Mujahideen",
            "Abdul Majid Dar",
        ),
    ],
)
def test_the_pledger_is_the_body_that_commits(text: str, pledger: str, not_pledger: str) -> None:
    found = claims_of(text, "pledge")
    assert (pledger, None, "asserted") in found
    assert not any(subject == not_pledger for subject, _, _ in found)


def test_a_promise_to_protect_someones_people_is_made_to_them() -> None:
    text = "Iraq has pledged to protect the advisers of the Global Coalition against Daesh."
    assert ("Iraq", "Global Coalition against Daesh", "asserted") in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the denier calls the claim, owned by the capital that made it.
        (
            "A statement from Niger's defence ministry rejected what it called Cotonou's lies.",
            ("Niger", "Benin", "asserted"),
        ),
        # The capital the dismissal says the claim comes from.
        (
            "Eritrea's information ministry dismissed the allegation as \"recycled fiction "
            'from Addis Ababa".',
            ("Eritrea", "Ethiopia", "asserted"),
        ),
    ],
)
def test_a_denial_names_its_accuser_in_the_words_it_dismisses_with(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert claims_of(text, "denial") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey accuses the PUK of sheltering PKK cadres in Sulaymaniyah, "
            "a charge the party rejects.",
            ("PUK", "Turkey", "asserted"),
        ),
        (
            "Mali has accused Algeria of sheltering Iyad Ag Ghaly, a charge the Algerians reject.",
            ("Algeria", "Mali", "asserted"),
        ),
    ],
)
def test_the_words_that_reject_a_charge_name_the_accused(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert claims_of(text, "denial") == {expected}


def test_a_government_that_rejects_a_charge_against_its_militia_is_the_state() -> None:
    text = (
        "Burkina Faso's junta has armed the VDP since 2022. Rights groups accuse the VDP "
        "of killing civilians in Djibo, a charge the junta rejects."
    )
    assert claims_of(text, "denial") == {("Burkina Faso", None, "asserted")}


def test_both_states_that_reject_an_accusation_are_the_two_accused() -> None:
    text = (
        "Iran also accused Saudi Arabia and the United Arab Emirates of bankrolling ASMLA, "
        "an accusation both Gulf states rejected."
    )
    assert claims_of(text, "denial") == {
        ("Saudi Arabia", "Iran", "asserted"),
        ("UAE", "Iran", "asserted"),
    }
    funds = {(s, o) for s, o, _ in claims_of(text, "relation")}
    assert funds == {
        ("Saudi Arabia", "Arab Struggle Movement for the Liberation of Ahvaz"),
        ("UAE", "Arab Struggle Movement for the Liberation of Ahvaz"),
    }


def test_the_go_betweens_of_a_truce_are_no_party_to_it() -> None:
    text = (
        "In Doha on 19 October, with Qatar and Turkey mediating, Pakistan and the Afghan "
        "Taliban agreed to an immediate ceasefire and undertook to refrain from hostile acts "
        "against each other."
    )
    extraction = get_extractor().extract(Document.create(text, outlet="Test Wire"))
    pairs = {(c.subject.name, c.object.name if c.object else None) for c in extraction.claims}
    assert pairs == {("Pakistan", "Taliban"), ("Taliban", "Pakistan")}


def test_the_helpers_of_talks_are_no_party_to_them() -> None:
    text = (
        "The dialogue between the Government of Colombia and the EGC continued in Doha, with "
        "the support of Qatar, Norway, Spain and Switzerland."
    )
    assert not get_extractor().extract(Document.create(text, outlet="Test Wire")).claims


def test_a_government_placed_in_a_capital_is_that_capitals_state() -> None:
    text = (
        "Jordan banned the Brotherhood in April. Since Assad was toppled, the new government "
        "in Damascus has promised Amman to keep the smugglers off its side of the frontier."
    )
    assert ("Syria", "Jordan", "asserted") in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran remains committed to the border security agreement it signed with Iraq in "
            "March 2023.",
            ("Iran", "Iraq", "asserted"),
        ),
        (
            "Under the security accord it reached with Mali in May, Niger undertook to "
            "patrol the border jointly.",
            ("Niger", "Mali", "asserted"),
        ),
    ],
)
def test_a_pledge_is_made_to_whom_the_deal_it_keeps_was_signed_with(
    text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in claims_of(text, "pledge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kigali has told Maputo that its soldiers will stay until the insurgency is beaten.",
            {("Rwanda", "Mozambique", "asserted")},
        ),
        (
            "Kenya's foreign minister said on Monday that Kenya would keep its contingent in "
            "Haiti until the Force arrived.",
            {("Kenya", None, "asserted")},
        ),
        ("The SLA-MM says it will keep fighting the RSF until Darfur is free.", set()),
        ("The police say the meadow will stay shut until the end of the month.", set()),
    ],
)
def test_saying_a_force_will_stay_is_a_pledge_keeping_up_a_fight_is_not(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_spokesman_named_by_his_group_speaks_its_promise() -> None:
    text = (
        "M23 spokesman Lawrence Kanyuka told reporters on Monday that the movement would "
        "respect every comma of the Doha text."
    )
    assert ("M23", None, "asserted") in claims_of(text, "pledge")


def test_a_charge_the_accused_rejects_after_a_rooted_denial() -> None:
    text = "The RSF has accused Egypt of bombing its positions, a charge Egypt rejects."
    assert ("Egypt", "Rapid Support Forces", "asserted") in claims_of(text, "denial")
    assert ("Rapid Support Forces", "Egypt", "denied") in claims_of(text, "relation")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban assured Pakistan that they would disarm the TTP.",
            ("Taliban", "Pakistan", "asserted"),
        ),
    ],
)
def test_a_promise_told_to_a_state_is_made_to_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in claims_of(text, "pledge")


def test_a_promise_told_to_a_paper_is_made_to_no_one() -> None:
    text = "Kigali has told Reuters that its soldiers will stay until the insurgency is beaten."
    assert ("Rwanda", None, "asserted") in claims_of(text, "pledge")


def test_a_pledge_noun_set_beside_a_name_is_not_that_names_pledge() -> None:
    text = (
        "Officials say the Taliban gave Pakistan an undertaking to rein in the TTP, "
        "an undertaking Kabul has not honoured."
    )
    pledgers = {subject for subject, _obj, _pol in claims_of(text, "pledge")}
    assert pledgers == {"Taliban"}


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Tanzania rejects claims that al-Shabaab keeps bases in Mtwara.", "Tanzania"),
        ("The Taliban reject reports that al-Qaeda is present in Kunar.", "Taliban"),
        ("Rwanda dismisses reports that its troops fight beside the M23.", "Rwanda"),
        (
            "Tanzania's government, for its part, rejects claims that the group keeps bases "
            "in Mtwara.",
            "Tanzania",
        ),
    ],
)
def test_a_denial_in_the_present_before_claims_or_reports(text: str, denier: str) -> None:
    assert (denier, None, "asserted") in claims_of(text, "denial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MNLF is based in Sulu. It signed a final peace agreement with Manila in 1996.",
            {
                ("Moro National Liberation Front", "Philippines", "asserted"),
                ("Philippines", "Moro National Liberation Front", "asserted"),
            },
        ),
        ("The PKK declared a unilateral ceasefire with Turkey.", {("PKK", "Turkey", "asserted")}),
    ],
)
def test_a_truce_concluded_with_a_party_binds_that_party_too(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_each_side_of_a_signed_declaration_pledges_to_the_other() -> None:
    text = (
        "Fighting continued in North Kivu, in Congo. On 19 July, in Doha, Kinshasa and the "
        "AFC/M23 signed a declaration of principles in which each side pledged to respect a "
        "permanent ceasefire."
    )
    assert claims_of(text, "pledge") == {
        ("DR Congo", "M23", "asserted"),
        ("M23", "DR Congo", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In his last word Umed R. gave the court a written undertaking to testify as a "
            "witness against other members of the network.",
            set(),
        ),
        (
            "Ahmad Massoud, who leads the National Resistance Front, promised that the front "
            "would hand its weapons to a national army.",
            {("NRF", None, "asserted")},
        ),
    ],
)
def test_a_person_pledges_only_for_the_party_he_heads(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, "pledge") == expected


def test_a_promise_to_a_groups_leader_is_made_to_the_group() -> None:
    text = (
        "US officials said Washington has assured Mazloum Abdi that American troops will "
        "stay in Hasakah province."
    )
    assert claims_of(text, "pledge") == {("United States", "SDF", "asserted")}
