"""Transcripts: speaker labels are blanked and their speakers are the turns' sources."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from claimgraph.model import Claim, Document, Source
from claimgraph.nlp.extract import get_extractor
from claimgraph.nlp.transcripts import turns, unlabelled

BULLETIN = (
    "PRESENTER: The NDC-R held a rally in Pinga.\n\n"
    "CORRESPONDENT (Jean Mutsoro): People here are afraid of a new war.\n\n"
    "[Recording] (Maj Ephrem Kambale Muhindo, spokesman, NDC-R Guidon wing): The NDC-R has "
    "never received a single cartridge from the FARDC. Our movement fights the M23 with what "
    "it captures from the M23."
)


def speaker_names(text: str) -> list[str | None]:
    """The name of who speaks each labelled turn of ``text``; None for the outlet's staff."""
    return [turn.speaker.name if turn.speaker else None for turn in turns(text)]


def sourced(claims: Iterable[Claim]) -> set[tuple[str, str, str | None, str]]:
    """(predicate, subject, object, source) of each claim."""
    return {
        (c.predicate, c.subject.name, c.object.name if c.object else None, c.source.name)
        for c in claims
    }


def test_turns_name_their_speakers_and_the_outlets_staff_speak_for_it() -> None:
    speakers = [turn.speaker for turn in turns(BULLETIN)]
    assert speakers == [
        None,
        None,
        Source("Ephrem Kambale Muhindo", "person", "spokesman, NDC-R Guidon wing"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD: Pakistan's army said it had killed 12 TTP fighters.",
        "NOTE: figures are rounded.\n\nKABUL: The Taliban said nothing.",
    ],
)
def test_a_dateline_or_two_labels_make_no_transcript(text: str) -> None:
    assert turns(text) == []
    assert unlabelled(text) == text


def test_labels_are_blanked_character_for_character() -> None:
    text = unlabelled(BULLETIN)
    assert len(text) == len(BULLETIN)
    assert "PRESENTER" not in text and "Recording" not in text
    assert text.strip().startswith("The NDC-R held a rally in Pinga.")


def test_a_turn_is_its_speakers_and_his_we_is_his_side() -> None:
    claims = get_extractor().extract(Document.create(BULLETIN, outlet="Radio Kivu Mwangaza")).claims
    found = sourced(claims)
    assert ("funds", "FARDC", "NDC-R", "Ephrem Kambale Muhindo") in found
    assert ("hostile", "NDC-R", "M23", "Ephrem Kambale Muhindo") in found
    assert ("operates_in", "NDC-R", "Pinga", "Radio Kivu Mwangaza") in found
    assert not any("CORRESPONDENT" in c.subject.name for c in claims)
    assert all(not c.evidence.sentence.startswith("[Recording]") for c in claims)


BRIEFING = (
    "MODERATOR (Colonel Muntadhar Salih Abbas): I give the floor to the ministry's "
    "spokesman, Brigadier General Haidar Jassim al-Karkhi.\n\n"
    "BRIG. GEN. AL-KARKHI: Thank you. Two of our men were wounded near Samarra.\n\n"
    "Iran funds Kataib Hezbollah.\n\n"
    "QUESTION (Lina Haddad, Radio Shanasheel): A follow-up, General. [inaudible] Yesterday "
    "Saraya al-Salam's spokesman, Sheikh Hazim al-Fartousi, told our station that the "
    "brigades number more than 18,000 men.\n\n"
    "BRIG. GEN. AL-KARKHI: I have seen no such figure."
)


def test_a_speaker_labelled_by_rank_and_surname_is_named_as_introduced() -> None:
    speakers = [turn.speaker for turn in turns(BRIEFING)]
    assert speakers[1] == Source("Haidar Jassim al-Karkhi", "person", None)
    assert speakers[1] == speakers[3]


KEYNOTE = (
    "Chaired by Dr Meera Castellino, Head of the South Asia Programme\n\n"
    "DR MEERA CASTELLINO: Welcome. Graham Pellew spent thirty years in the police.\n\n"
    "GRAHAM PELLEW: Thank you, Meera.\n\n"
    "The BKI has no more than 200 members, most of them in Pakistan.\n\n"
    "MODERATOR: Questions, please."
)


def test_speakers_labelled_by_full_name_in_capitals_are_named_as_the_text_writes_them() -> None:
    speakers = [turn.speaker for turn in turns(KEYNOTE)]
    assert speakers == [
        Source("Meera Castellino", "person", None),
        Source("Graham Pellew", "person", None),
        None,  # a part, not a name the text writes
    ]
    claims = get_extractor().extract(Document.create(KEYNOTE, outlet="Whitcombe Institute")).claims
    strength = next(c for c in claims if c.type == "strength")
    assert strength.source.name == "Graham Pellew"


PODCAST = (
    "REBECCA: Welcome to the show. I'm Rebecca.\n\n"
    "TUNDE: And I'm Tunde. Our guest is Dr Amina Waziri Tijjani, a researcher in Maiduguri.\n\n"
    "AMINA: Thank you. Boko Haram has about 1,000 fighters on the lake.\n\n"
    "REBECCA: Amina, thank you."
)


def test_a_guest_labelled_by_first_name_is_named_in_full_and_hosts_speak_for_the_show() -> None:
    speakers = [turn.speaker for turn in turns(PODCAST)]
    assert speakers == [None, None, Source("Amina Waziri Tijjani", "person", None), None]


def test_a_guests_i_is_the_guest_not_the_report_she_cites() -> None:
    text = (
        "REBECCA: Welcome. I'm Rebecca.\n\nTUNDE: And I'm Tunde. Our guest is Dr Amina "
        "Waziri Tijjani.\n\nAMINA: The UN report put ISWAP at 5,000 fighters. I'd say "
        "ISWAP has 7,000 fighters.\n\nREBECCA: Thank you."
    )
    claims = get_extractor().extract(Document.create(text, outlet="Contested Ground")).claims
    found = {c.value.min: c.source.name for c in claims if c.type == "strength" and c.value}
    assert found[7000] == "Amina Waziri Tijjani"


def test_a_turn_runs_to_the_next_label_and_its_speaker_describes_its_people() -> None:
    claims = (
        get_extractor().extract(Document.create(BRIEFING, outlet="Ministry of Interior")).claims
    )
    found = sourced(claims)
    # the second paragraph of the answer is still the spokesman's
    assert ("funds", "Iran", "Kata'ib Hezbollah", "Haidar Jassim al-Karkhi") in found
    # the journalist, not the ministry, describes the spokesman she quotes, who has no title
    assert ("member_of", "Hazim al-Fartousi", "Saraya al-Salam", "Lina Haddad") in found
    strength = next(c for c in claims if c.type == "strength")
    assert strength.evidence.sentence.startswith("Yesterday Saraya al-Salam's spokesman")


HEARING = (
    "Witnesses: Dr Sameena Farooqui and Dr Niall Hargreaves.\n\n"
    "Q1 Chair: Good morning. Who holds the border now?\n\n"
    "Dr Hargreaves: The Arakan Army holds Maungdaw.\n\n"
    "Q2 Tom Brierley: Are the camps armed?\n\n"
    "Dr Farooqui: The RSO has about 2,000 fighters in Cox's Bazar.\n\n"
    "Chair: Thank you."
)


def test_a_committee_hearing_names_witnesses_by_surname_and_members_in_full() -> None:
    speakers = [turn.speaker for turn in turns(HEARING)]
    assert speakers == [
        None,
        Source("Niall Hargreaves", "person", None),
        Source("Tom Brierley", "person", None),
        Source("Sameena Farooqui", "person", None),
        None,
    ]
    claims = get_extractor().extract(Document.create(HEARING, outlet=None)).claims
    assert ("fighters", "Rohingya Solidarity Organisation", None, "Sameena Farooqui") in sourced(
        claims
    )


INTERVIEW = (
    "Rubab Hamdani is a senior research fellow in Islamabad.\n\n"
    "Q: Where did the Zainabiyoun go after Assad fell?\n\n"
    "Most of them went back to Pakistan. The Zainabiyoun still keep about 300 men in Mashhad.\n\n"
    "Q: Who pays them?\n\n"
    "The Quds Force pays the Zainabiyoun.\n\n"
    "Q: Thank you."
)


def test_an_interviews_unlabelled_answers_are_the_interviewees() -> None:
    claims = get_extractor().extract(Document.create(INTERVIEW, outlet="Borderland Review")).claims
    found = {(c.predicate, c.source.name) for c in claims}
    assert ("fighters", "Rubab Hamdani") in found or ("members", "Rubab Hamdani") in found
    assert ("funds", "Rubab Hamdani") in found
    assert all(c.source.name == "Rubab Hamdani" for c in claims)


def test_witnesses_are_named_from_the_hearings_rubric_the_cleaner_dropped() -> None:
    rubric = "Witnesses: Dr Sameena Farooqui, Ravensworth Institute."
    body = "Q1 Chair: Welcome.\n\nDr Farooqui: Thank you.\n\nQ2 Chair: And the RSO?"
    assert turns(body)[1].speaker is None
    assert turns(body, rubric)[1].speaker == Source("Sameena Farooqui", "person", None)


DEBATE = (
    "The Minister for Security (Helen Marchbank): The order adds the Baloch Republican Army "
    "to the list.\n\n"
    "Mr Gareth Pennant (Clwyd Uplands) (Con): Will the Minister give way?\n\n"
    "Helen Marchbank: I give way.\n\n"
    "Mr Gareth Pennant: Will the order still bite?\n\n"
    "Helen Marchbank: Our assessment is that the BRA has a few hundred fighters. It also has "
    "safe houses in Kohlu."
)


def test_a_parliaments_record_names_members_by_office_or_seat_and_then_alone() -> None:
    assert speaker_names(DEBATE) == [
        "Helen Marchbank",
        "Gareth Pennant",
        "Helen Marchbank",
        "Gareth Pennant",
        "Helen Marchbank",
    ]
    claims = get_extractor().extract(Document.create(DEBATE, outlet="Hansard")).claims
    assert ("fighters", "Baloch Republican Army", None, "Helen Marchbank") in sourced(claims)


def test_a_name_alone_before_a_colon_is_a_speaker_only_once_labelled_in_full() -> None:
    text = (
        "Related Articles: none.\n\nFurther Reading: none.\n\nPress Office: none.\n\n"
        "Helen Marchbank: none."
    )
    assert turns(text) == []


NOON_BRIEFING = (
    "What follows is the noon briefing given by Ingrid Castellanos, Spokesperson for the "
    "Secretary-General.\n\n"
    "Question (Martine Joachim, Hispaniola Daily Wire): How many fighters does the coalition "
    "have?\n\n"
    "Spokesperson: The latest report estimates that Viv Ansanm has between 6,000 and 9,000 "
    "gunmen.\n\n"
    "Question: And Gran Grif?\n\n"
    "Spokesperson: I have nothing on that."
)


def test_a_briefings_parts_are_the_questioner_and_the_spokesperson_introduced() -> None:
    speakers = [turn.speaker for turn in turns(NOON_BRIEFING)]
    castellanos = Source("Ingrid Castellanos", "person", None)
    assert speakers == [
        Source("Martine Joachim", "person", "Hispaniola Daily Wire"),
        castellanos,
        None,
        castellanos,
    ]


TIMED_PODCAST = (
    "HOST [00:00:06]: Welcome. With me is Dr Kadiatou Sissoko, who runs the Sahel programme, "
    "and Boubacar Dembélé, a freight reporter.\n\n"
    "DR KADIATOU SISSOKO [00:00:53]: JNIM has several thousand fighters around Kayes.\n\n"
    "HOST [00:01:32]: Boubacar, where are the attacks?\n\n"
    "BOUBACAR DEMBÉLÉ [00:01:37]: Mostly on the Kayes road."
)


def test_a_podcasts_timed_labels_and_accented_names_label_turns() -> None:
    assert speaker_names(TIMED_PODCAST) == [None, "Kadiatou Sissoko", None, "Boubacar Dembélé"]
    assert "[00:00:53]" not in unlabelled(TIMED_PODCAST)
