"""Transcripts: speaker labels are blanked and their speakers are the turns' sources."""

from __future__ import annotations

import pytest

from claimgraph.model import Document, Source
from claimgraph.nlp.extract import get_extractor
from claimgraph.nlp.transcripts import turns, unlabelled

BULLETIN = (
    "PRESENTER: The NDC-R held a rally in Pinga.\n\n"
    "CORRESPONDENT (Jean Mutsoro): People here are afraid of a new war.\n\n"
    "[Recording] (Maj Ephrem Kambale Muhindo, spokesman, NDC-R Guidon wing): The NDC-R has "
    "never received a single cartridge from the FARDC. Our movement fights the M23 with what "
    "it captures from the M23."
)


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
    document = Document.create(BULLETIN, outlet="Radio Kivu Mwangaza")
    claims = get_extractor().extract(document).claims
    found = {
        (c.predicate, c.subject.name, c.object.name if c.object else None, c.source.name)
        for c in claims
    }
    assert ("funds", "FARDC", "NDC-R", "Ephrem Kambale Muhindo") in found
    assert ("hostile", "NDC-R", "M23", "Ephrem Kambale Muhindo") in found
    assert ("operates_in", "NDC-R", "Pinga", "Radio Kivu Mwangaza") in found
    assert not any("CORRESPONDENT" in c.subject.name for c in claims)
    assert all(not c.evidence.sentence.startswith("[Recording]") for c in claims)
