"""Letters to the editor: who writes each letter of a letters page.

A letters page prints several letters, each opening with a salutation
("Sir — Your report ...") and closing with its writer's sign-off: the name on
a line of its own, then the writer's title and town. What a letter asserts is
its writer's, not the outlet's, so every paragraph of it gets the writer as its
voice, the way a transcript's turn gets its speaker. A diplomat who signs for
an embassy writes for his state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from claimgraph.model import Source
from claimgraph.nlp.actors import DocActors
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.segments import Segment, is_heading
from claimgraph.nlp.transcripts import person_named

# Lines of a sign-off after the name: title, employer, town.
SIGN_OFF_LINES = 3
# The longest line a sign-off prints: "Country director for Iraqi Kurdistan, ...".
LINE_TOKENS = 20


@lru_cache(maxsize=4)
def _salutation(words: frozenset[str]) -> re.Pattern[str]:
    """An opening "Sir —", "Dear Editor," or "To the Editor:"."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})\s*[—–,:-]", re.IGNORECASE)


def letter_writers(
    segments: list[Segment], actors: DocActors, lexicon: Lexicon
) -> dict[int, Source]:
    """The writer of each paragraph of a letter, by paragraph number; none when the
    document prints no signed letter."""
    paragraphs: dict[int, list[Segment]] = {}
    for seg in segments:
        paragraphs.setdefault(seg.paragraph, []).append(seg)
    numbers = sorted(paragraphs)
    salutation = _salutation(lexicon.salutations)
    out: dict[int, Source] = {}
    letter: list[int] = []
    for at, number in enumerate(numbers):
        if salutation.match(_text(paragraphs[number]).text):
            letter = [number]
            continue
        if not letter:
            continue
        signer = _signer(paragraphs[number])
        if signer is None:
            letter.append(number)
            continue
        title = [paragraphs[n] for n in numbers[at + 1 : at + 1 + SIGN_OFF_LINES]]
        writer = _state_written_for(title, actors, lexicon) or signer
        out.update(dict.fromkeys(letter, writer))
        letter = []
    return out


def _text(paragraph: list[Segment]) -> Span:
    """A paragraph's text, however the parser cut it into sentences ("Sir" "— Your")."""
    return paragraph[0].span.doc[paragraph[0].start : paragraph[-1].end]


def _line(paragraph: list[Segment]) -> bool:
    """A paragraph that is one short line without closing punctuation."""
    return all(is_heading(seg) for seg in paragraph) and len(_text(paragraph)) <= LINE_TOKENS


def _signer(paragraph: list[Segment]) -> Source | None:
    """The writer a sign-off line names ("Dr Leyla Amini")."""
    return person_named(_text(paragraph).text) if _line(paragraph) else None


def _state_written_for(
    title: list[list[Segment]], actors: DocActors, lexicon: Lexicon
) -> Source | None:
    """The state of an embassy or ministry a sign-off names: its envoy writes for it."""
    for paragraph in title:
        if not _line(paragraph):
            return None  # the sign-off has ended: the next letter's text
        span = _text(paragraph)
        text = span.text.lower()
        if not any(re.search(rf"\b{re.escape(word)}\b", text) for word in lexicon.envoy_posts):
            continue
        for named in actors.among(range(span.start, span.end)):
            if named.actor.kind == "state":
                return Source(named.actor.name, "actor")
    return None
