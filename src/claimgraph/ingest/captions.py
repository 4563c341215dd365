"""Auto-generated captions saved from a video page: running text again.

A video platform's transcript panel prints speech as short timed lines
("1:03 2008 Alfredo Beltran Leyva is arrested in"): a sentence runs across
several lines, ">>" marks a change of speaker, and "[Music]" or "[Applause]"
stand for sounds. Read line by line, no sentence is whole. Here the timed
lines of the transcript are joined back into paragraphs, one per speaker's
turn, and the sound marks and the chapter titles the panel repeats between
them are set aside with a reason each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "0:09 Good evening", "1:02:17 and then": a caption's time and its words.
_TIMED = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+(?P<words>\S.*)$")
# "[Music]", "[Applause]", "[Laughter]": a sound, not speech.
_SOUND = re.compile(r"^\[[A-Za-z ]{3,20}\]$")
_SPEAKER_CHANGE = ">>"
# Fewer timed lines than this are a list of chapters, not a transcript.
MIN_CAPTIONS = 10
# Untimed lines a transcript may hold between two captions: a chapter title, a blank.
MAX_GAP = 2


@dataclass
class Transcript:
    """The joined text of a transcript, and the lines set aside from it."""

    start: int
    end: int
    paragraphs: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    # Speakers a card names on screen, by the paragraph they open.
    carded: dict[int, str] = field(default_factory=dict)

    def close(self, words: list[str]) -> None:
        """End the paragraph being read from ``words`` (and empty them)."""
        if words:
            self.paragraphs.append(" ".join(words))
            words.clear()

    def speakers(self, text: str) -> list[str | None]:
        """Who speaks each paragraph, where the turn before calls on someone by the
        first name of a person the page names in full ("So, Mariana, let's start in
        2008." is answered by Mariana Escalante); None where nothing says."""
        full = _full_names(text)
        out: list[str | None] = [None]
        for paragraph in self.paragraphs[:-1]:
            names = [m.group(1) or m.group(2) for m in _CALLED.finditer(paragraph)]
            called = [full[n] for n in names if n in full]
            # a follow-up question that calls no one goes to the guest who spoke last
            asked_again = paragraph.endswith("?") and len(out) >= 2 and out[-1] is None
            out.append(called[-1] if called else (out[-2] if asked_again else None))
        return [self.carded.get(index, speaker) for index, speaker in enumerate(out)]


def caption_transcript(lines: list[str]) -> Transcript | None:
    """The longest run of timed caption lines among ``lines``, joined into paragraphs;
    None when there is no such run."""
    timed = [i for i, line in enumerate(lines) if _TIMED.match(line.strip())]
    runs: list[list[int]] = []
    for index in timed:
        if runs and index - runs[-1][-1] <= MAX_GAP + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    run = max(runs, key=len, default=[])
    if len(run) < MIN_CAPTIONS:
        return None
    transcript = Transcript(run[0], run[-1] + 1)
    words: list[str] = []
    for line in (line.strip() for line in lines[transcript.start : transcript.end]):
        match = _TIMED.match(line)
        if match is None:
            if line:
                transcript.dropped.append((line, "chapter title"))
            continue
        text = match["words"].strip()
        if _SOUND.match(text):
            transcript.dropped.append((line, "caption sound"))
            continue
        if text.startswith(_SPEAKER_CHANGE):
            transcript.close(words)
            text = text[len(_SPEAKER_CHANGE) :].strip()
        words.append(text)
    transcript.close(words)
    return transcript


# A person called on by first name: "So, Mariana, let's start", "Alejandro, let's get
# to numbers", "... for Julieta."
_CALLED = re.compile(
    r"(?:^|[.?!,]\s)(?:So,\s|Now,\s|And\s)?([A-Z][a-z]{2,}),\s(?=[a-z])|\bfor ([A-Z][a-z]{2,})\."
)
_FULL_NAME = re.compile(r"\b([A-Z][a-z]{2,}) ((?:[a-z]{2,3} )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _full_names(text: str) -> dict[str, str]:
    """First names of the people a page names in full, with the full name."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        for first, rest in _FULL_NAME.findall(line):
            out.setdefault(first, f"{first} {rest}")
    return out
