"""Speaker labels of transcripts: "PRESENTER:", "CORRESPONDENT (Name):", "[Recording]
(Name, role):", "Q:".

A broadcast transcript or a printed interview marks who speaks at the start of
each turn. The label is not part of what is said, so it is blanked before the
text is parsed (offsets are kept, and evidence starts after it), and the one
who speaks is the source of the turn: the outlet's own presenters and
reporters speak in its voice, anyone else in their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.model import Source
from claimgraph.nlp.segments import Segment

_LABEL = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?"
    r"(?:(?P<role>[A-Z][A-Z'’. -]{1,28}[A-Z]|Q|A)[ \t]*(?:\((?P<who>[^()\n]{2,100})\))?"
    r"|\((?P<named>[^()\n]{2,100})\))[ \t]*:[ \t]+",
    re.MULTILINE,
)
# A document is a transcript when this many turns are labelled; a lone "KABUL:" is a dateline.
MIN_TURNS = 3
# Roles that speak for the outlet: its presenters, hosts, reporters and interviewers.
_STAFF = frozenset(
    {"presenter", "anchor", "host", "correspondent", "reporter", "narrator", "interviewer", "q"}
)
# Ranks and forms of address before a speaker's name: "Maj Ephrem Kambale Muhindo".
_TITLE = re.compile(
    r"^(?:(?:maj|major|col|colonel|lt|lieutenant|gen|general|capt|captain|sgt|sergeant|"
    r"cmdr|commander|brig|brigadier|dr|mr|mrs|ms|prof|sheikh)\.?\s+)+",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|da|al|bin|wa))+$")


@dataclass(frozen=True)
class Turn:
    """One labelled turn: where its label starts and ends, and who speaks."""

    start: int
    end: int
    speaker: Source | None


def turns(body: str) -> list[Turn]:
    """The labelled turns of a transcript, or none when ``body`` is no transcript."""
    found = [
        Turn(m.start(), m.end(), _speaker(m.group("role"), m.group("who") or m.group("named")))
        for m in _LABEL.finditer(body)
    ]
    return found if len(found) >= MIN_TURNS else []


def spoken_paragraphs(labelled: list[Turn], segments: list[Segment]) -> dict[int, Source]:
    """The named speaker of each paragraph a label opens, by paragraph number."""
    out: dict[int, Source] = {}
    for turn in labelled:
        first = next((s for s in segments if s.span.start_char >= turn.end), None)
        if first is not None and turn.speaker is not None:
            out[first.paragraph] = turn.speaker
    return out


def unlabelled(body: str) -> str:
    """``body`` with its speaker labels blanked, character for character."""
    text = body
    for turn in turns(body):
        text = text[: turn.start] + " " * (turn.end - turn.start) + text[turn.end :]
    return text


def _speaker(role: str | None, who: str | None) -> Source | None:
    """Who speaks a turn; None for the outlet's own staff and for unnamed voices."""
    if role is not None and role.lower() in _STAFF:
        return None
    if who is None:
        return None
    name, *rest = (part.strip() for part in who.split(","))
    name = _TITLE.sub("", name)
    if not _NAME.match(name):
        return None  # "(unidentified resident)"
    return Source(name, "person", ", ".join(rest) or None)
