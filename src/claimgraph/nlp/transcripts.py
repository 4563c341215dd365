"""Speaker labels of transcripts: "PRESENTER:", "CORRESPONDENT (Name):", "[Recording]
(Name, role):", "Q:", a parliament's "Mr Name (Seat) (Party):" and a briefing's
"Question (Name, Outlet):".

A broadcast transcript or a printed interview marks who speaks at the start of
each turn. The label is not part of what is said, so it is blanked before the
text is parsed (offsets are kept, and evidence starts after it), and the one
who speaks is the source of the turn: the outlet's own presenters and
reporters speak in its voice, anyone else in their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.model import Source
from claimgraph.nlp.lexicon import load_lexicon
from claimgraph.nlp.segments import Segment

_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]+"
_FULL_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}"
# Forms of address a label may open with: "Dr Farooqui:", "Mr Julian Ashcombe (Seat) (Con):".
_ADDRESS_WORDS = "Dr|Mr|Mrs|Ms|Miss|Professor|Sir|Lord|Baroness|Dame"
_ADDRESS = rf"(?:(?:{_ADDRESS_WORDS})\.?[ \t]+)"
# Parts a briefing's record labels in plain case; the questioner's name and outlet
# follow in brackets, the spokesperson is named where the record introduces the briefing.
_PARTS = "Question|Answer|Spokesperson|Spokesman|Spokeswoman|Moderator"
_LABEL = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?"
    r"(?:(?P<role>[A-Z][A-ZÀ-Ý'’. -]{1,28}[A-ZÀ-Ý]|Q|A)[ \t]*(?:\((?P<who>[^()\n]{2,100})\))?"
    r"|\((?P<named>[^()\n]{2,100})\)"
    # a committee's evidence: "Q4 Tom Brierley:", "Dr Farooqui:", "Chair:"
    rf"|(?:Q\d{{1,4}}[ \t]+)?(?P<titled>(?:{_ADDRESS_WORDS})\.?[ \t]+{_NAME_WORD}|Chair)"
    rf"|Q\d{{1,4}}[ \t]+(?P<member>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    # a briefing's parts in plain case: "Question (Name, Outlet):", "Spokesperson:"
    rf"|(?P<part>{_PARTS})(?:[ \t]*\((?P<asker>[^()\n]{{2,100}})\))?"
    # a parliament's record: "The Minister for Security (Name):", "Mr Name (Seat) (Party):",
    # and later "Name:" alone
    r"|(?P<office>(?:The|Madam|Mr)[ \t]+[A-Z][^():\n]{2,80}?)[ \t]*\((?P<officer>[^()\n]{2,60})\)"
    rf"|{_ADDRESS}?(?P<seated>{_FULL_NAME})(?:[ \t]*\([^()\n]{{2,60}}\)){{2}}"
    rf"|{_ADDRESS}?(?P<plain>{_FULL_NAME}))"
    # a podcast's or a hearing's time of the turn: "HOST [00:01:15]:"
    r"(?:[ \t]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\])?[ \t]*:[ \t]+",
    re.MULTILINE,
)
# A transcriber's note before a sentence, not a gloss after a word ("Wazalendo [patriots]").
_OPENING_NOTE = re.compile(r"(?<=[.!?:]\s)\[[^\]\n]{1,30}\](?=\s+[A-Z])")
# A document is a transcript when this many turns are labelled; a lone "KABUL:" is a dateline.
MIN_TURNS = 3
# Roles that speak for the outlet: its presenters, hosts, reporters and interviewers.
_STAFF = frozenset(
    {"presenter", "anchor", "host", "correspondent", "reporter", "narrator", "interviewer", "q"}
)
_PARTICLES = frozenset({"de", "da", "al", "bin", "wa", "ibn", "van", "von"})
_PREFIXED = re.compile(r"^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-[A-ZÀ-Ý]")


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    """Ranks and forms of address before a speaker's name ("Maj Ephrem Kambale Muhindo"),
    from the lexicon's honorifics."""
    words = "|".join(sorted(map(re.escape, load_lexicon().honorifics)))
    return re.compile(rf"^(?:(?:{words})\.?\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One labelled turn: where its label starts and ends, and who speaks.

    ``answerer`` speaks the paragraphs after an interviewer's question ("Q: ..."),
    which a printed interview leaves unlabelled.
    """

    start: int
    end: int
    speaker: Source | None
    answerer: Source | None = None


def turns(body: str, roster: str = "") -> list[Turn]:
    """The labelled turns of a transcript, or none when ``body`` is no transcript.

    Speakers are looked up only once the body is known to be a transcript, and a
    label met again ("BRIG. GEN. AL-KARKHI:") is looked up once. ``roster`` is text
    outside the body that may name them in full (a hearing's list of witnesses).
    """
    labels = _recorded(list(_LABEL.finditer(body)))
    if len(labels) < MIN_TURNS:
        return []
    named = f"{body}\n{roster}" if roster else body
    speakers: dict[tuple[str | None, str | None], Source | None] = {}
    found = []
    interviewee = _interviewee(body[: labels[0].start()])
    for m in labels:
        member = m.group("member") or m.group("seated") or m.group("plain")
        if member:
            found.append(Turn(m.start(), m.end(), _written_name(member)))
            continue
        if m.group("part"):
            key = (m.group("part"), m.group("asker"))
            found.append(Turn(m.start(), m.end(), _speaker(*key) or _introduced(key[0], named)))
            continue
        key = (
            m.group("role") or m.group("titled") or m.group("office"),
            m.group("who") or m.group("named") or m.group("officer"),
        )
        if key not in speakers:
            speakers[key] = (
                _speaker(*key)
                or _named_in_role(key[0], named)
                or _named_from_first(key[0], key[1], named)
                or _named_in_capitals(key[0], key[1], named)
            )
        answerer = interviewee if key == ("Q", None) else None
        found.append(Turn(m.start(), m.end(), speakers[key], answerer))
    return found


def _recorded(labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels that are turns: a name alone before a colon ("Helen Marchbank:") only
    once the record has labelled that speaker in full, with office or seat and party,
    so that a line such as "Related Articles:" is not taken for a speaker."""
    full = {m.group("seated") or _titles().sub("", m.group("officer") or "") for m in labels}
    return [m for m in labels if m.group("plain") is None or m.group("plain") in full]


def _introduced(part: str, body: str) -> Source | None:
    """The one who speaks as "Spokesperson:", named where the record introduces the
    briefing ("given today by Ingrid Castellanos, Spokesperson for the Secretary-General")."""
    for match in re.finditer(
        rf"\b({_FULL_NAME}),[ \t]+(?:the[ \t]+)?{part}\b|\b{part}[ \t]+({_FULL_NAME})", body
    ):
        found = _written_name(match.group(1) or match.group(2))
        if found is not None:
            return found
    return None


def _interviewee(introduction: str) -> Source | None:
    """Whom a printed interview questions: the person its introduction presents as
    "Rubab Hamdani is a senior research fellow at ...", before the first question."""
    match = re.search(
        rf"\b({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}) is (?:a|an|the)\b", introduction
    )
    return _written_name(match.group(1)) if match else None


def _named_from_first(role: str | None, who: str | None, body: str) -> Source | None:
    """A guest labelled by first name ("AMINA:"), named in full where the host introduces
    her ("Dr Amina Waziri Tijjani is a senior researcher"). A host who introduces himself
    ("I'm Tunde") speaks for the show, as a presenter does."""
    if role is None or who is not None or " " in role.strip() or role.lower() in _STAFF:
        return None
    first = role.strip().title()
    if re.search(rf"\bI(?:'|’)m {first}\b|\bI am {first}\b", body):
        return None
    for match in re.finditer(rf"\b{re.escape(first)}((?:[ \t]+[A-ZÀ-Ý][\w'’-]+)+)", body):
        found = _written_name(first + match.group(1))
        if found is not None:
            return found
    return None


def spoken_paragraphs(labelled: list[Turn], segments: list[Segment]) -> dict[int, Source]:
    """The named speaker of each paragraph of a turn, by paragraph number.

    A turn runs from its label to the next one: an answer of three paragraphs
    is its speaker's throughout.
    """
    out: dict[int, Source] = {}
    starts = [t.start for t in labelled]
    asked: dict[int, int] = {}  # the paragraph each label opens
    for seg in segments:
        at = seg.span.start_char
        index = bisect_right(starts, at) - 1  # the last label at or before the sentence
        if index < 0:
            continue
        turn = labelled[index]
        if at < turn.end:
            continue
        own = asked.setdefault(index, seg.paragraph) == seg.paragraph
        speaker = turn.speaker if own else turn.answerer or turn.speaker
        if speaker is not None:
            out[seg.paragraph] = speaker
    return out


def _named_in_capitals(role: str | None, who: str | None, body: str) -> Source | None:
    """A speaker labelled by full name in capitals ("GRAHAM PELLEW:", "DR MEERA
    CASTELLINO:"), as the transcript writes the name in running text ("Graham Pellew
    spent thirty-one years ..."). A label the text never writes so is a part played."""
    if role is None or who is not None or role.lower() in _STAFF:
        return None
    name = _titles().sub("", role.title()).strip()
    if len(name.split()) < 2:
        return None
    for match in re.finditer(rf"\b{re.escape(name)}\b", body, re.IGNORECASE):
        found = _written_name(match.group(0))
        if found is not None:
            return found
    return None


def _named_in_role(role: str | None, body: str) -> Source | None:
    """A speaker labelled by rank and surname ("BRIG. GEN. AL-KARKHI:"), named in full
    where the transcript introduces him ("Brigadier General Haidar Jassim al-Karkhi")."""
    if role is None or role.lower() in _STAFF:
        return None
    surname = _titles().sub("", role.title()).strip()
    if surname == role.title().strip() or not surname:
        return None  # "QUESTION", "MODERATOR": a part, not a person
    for match in re.finditer(rf"((?:[A-ZÀ-Ý][\w'’-]+\s+)+){re.escape(surname)}\b", body, re.I):
        words = match.group(0).split()
        while words and not all(map(_name_word, words)):
            words = words[1:]  # "the spokesman Haidar al-Karkhi": the name only
        found = _written_name(_titles().sub("", " ".join(words)).strip())
        if found is not None:
            return found
    return None


def person_named(line: str) -> Source | None:
    """The person a line names and nothing else, forms of address dropped: "Dr Leyla
    Amini" is Leyla Amini."""
    return _written_name(_titles().sub("", line.strip()).strip())


def _written_name(name: str) -> Source | None:
    """A person's name as the text writes it in running prose, not a label in capitals."""
    return Source(name, "person", None) if _is_name(name) and name != name.upper() else None


def _is_name(text: str) -> bool:
    """A person's name of two words or more: "Jean Mutsoro", "Haidar Jassim al-Karkhi"."""
    words = text.split()
    return len(words) > 1 and words[0][:1].isupper() and all(map(_name_word, words))


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, a particle, or "al-Karkhi"."""
    return word[:1].isupper() or word in _PARTICLES or _PREFIXED.match(word) is not None


def unlabelled(body: str) -> str:
    """``body`` with its speaker labels blanked, character for character, and in a
    transcript the notes that open a sentence ("... General. [inaudible] Yesterday")."""
    text = body
    labelled = turns(body)
    for turn in labelled:
        text = text[: turn.start] + " " * (turn.end - turn.start) + text[turn.end :]
    if labelled:
        text = _OPENING_NOTE.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _speaker(role: str | None, who: str | None) -> Source | None:
    """Who speaks a turn; None for the outlet's own staff and for unnamed voices."""
    if role is not None and role.lower() in _STAFF:
        return None
    if who is None:
        return None
    name, *rest = (part.strip() for part in who.split(","))
    name = _titles().sub("", name)
    if not _is_name(name):
        return None  # "(unidentified resident)"
    return Source(name, "person", ", ".join(rest) or None)
