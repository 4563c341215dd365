"""Subtitle files (SubRip ``.srt``, WebVTT): a film's words as running text again.

A subtitle track splits speech into numbered cues of one or two short lines,
each under a time line ("00:01:02,000 --> 00:01:05,500"); a sentence runs
across two or three cues, a leading "- " marks a second speaker within a cue,
and bracketed notes ("[distant gunfire]"), title cards in capitals and the name
cards that introduce an interviewee ("Ana Lucía Pérez, regional ombudsman")
are no speech. Here the cues are joined back into paragraphs, a new one at each
change of speaker or after a pause a card or a sound fills, and everything else
is set aside with a reason.
"""

from __future__ import annotations

import re

from claimgraph.ingest.captions import MIN_CAPTIONS, Transcript

# A cue's time, "00:01:02,000" (SubRip) or "01:02.000" (WebVTT, hours left out).
CUE_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
_TIMING = re.compile(rf"^{CUE_TIME}\s+-->\s+{CUE_TIME}(?:\s.*)?$")
_NUMBER = re.compile(r"^\d{1,6}$")
_SOUND = re.compile(r"^[(\[][^)\]]{2,60}[)\]]$")
_SPEAKER_CHANGE = re.compile(r"^[-–]\s+")
# "Ana Lucía Pérez, regional ombudsman", "Coca grower, Tibú (name withheld)": a name or
# a description, a comma and who or where, with no sentence in it.
_CARD = re.compile(r"^[A-ZÀ-Ý][^.!?,]{1,60},\s+[^.!?,]{2,60}$")
# The card of a named person ("Mateo Villamizar, conflict researcher"), who speaks next.
_PERSON = re.compile(r"^((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+),")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")


def subtitle_transcript(lines: list[str]) -> Transcript | None:
    """The cues of a subtitle file among ``lines``, joined into paragraphs; None when
    the lines hold fewer cues than a track has."""
    timings = [i for i, line in enumerate(lines) if _TIMING.match(line)]
    if len(timings) < MIN_CAPTIONS:
        return None
    first = timings[0]
    start = first - 1 if first > 0 and _NUMBER.match(lines[first - 1]) else first
    transcript = Transcript(start, len(lines))
    cues = _cues(lines[start:], transcript)
    words: list[str] = []
    for index, cue in enumerate(cues):
        following = cues[index + 1] if index + 1 < len(cues) else []
        for line in cue:
            reason = _no_speech(line, cue, words, following)
            if reason is not None:
                transcript.dropped.append((line, reason))
                if reason == "footer" and words:  # the credits that end with it
                    transcript.dropped.append((" ".join(words), "credits"))
                    words.clear()
                if _ended(words):
                    transcript.close(words)  # a pause filled by a sound or a card
                person = _PERSON.match(line) if reason == "name card" else None
                if person is not None:
                    transcript.carded[len(transcript.paragraphs)] = person[1]
                continue
            if _SPEAKER_CHANGE.match(line):
                transcript.close(words)
                line = _SPEAKER_CHANGE.sub("", line)
            words.append(line)
    transcript.close(words)
    return transcript


def _cues(lines: list[str], transcript: Transcript) -> list[list[str]]:
    """The text lines of each cue; cue numbers and time lines are set aside."""
    cues: list[list[str]] = []
    for line in lines:
        timing = _TIMING.match(line) is not None
        if timing or _NUMBER.match(line):
            transcript.dropped.append((line, "subtitle timing"))
            if timing:
                cues.append([])
        elif line and cues:
            cues[-1].append(line)
    return [cue for cue in cues if cue]


def _no_speech(line: str, cue: list[str], words: list[str], following: list[str]) -> str | None:
    """Why a line of a cue is no speech, or None for a line of speech. A card stands
    alone in its cue between two sentences."""
    if _SOUND.match(line):
        return "caption sound"
    if line.startswith(("©", "(c) ", "Copyright ")):
        return "footer"  # the credits' copyright line names the film's publisher
    if line == line.upper() and any(c.isalpha() for c in line):
        return "title card"
    alone = len(cue) == 1 and _ended(words)
    after = following[0] if following else ""
    next_starts = (
        not after or after[:1].isupper() or _SPEAKER_CHANGE.match(after) or _SOUND.match(after)
    )
    if alone and next_starts and _CARD.match(line):
        return "name card"
    return None


def _ended(words: list[str]) -> bool:
    """Whether the speech read so far ends a sentence (or nothing has been read)."""
    return not words or _SENTENCE_END.search(words[-1]) is not None
