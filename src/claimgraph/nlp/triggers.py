"""Find trigger phrases of the lexicon in a parsed document.

Two spaCy ``PhraseMatcher`` objects hold every trigger, compiled once per
process. Each phrase is matched on lemmas and on lower-case forms, so "ties", "tie" and
"led by" all match as written in the lexicon. Overlapping matches keep the
longest ("pledged allegiance" is an allegiance relation, not a pledge); a
phrase listed under several predicates yields one match for each.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from claimgraph.nlp.lexicon import Lexicon, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found at tokens ``[start, end)``; ``anchor`` is its head word."""

    trigger: Trigger
    start: int
    end: int
    anchor: Token


class TriggerFinder:
    """The compiled trigger matchers: one on lemmas, one on lower-case forms."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_key: dict[int, Trigger] = {}
        for number, trigger in enumerate(lexicon.triggers):
            key = f"{trigger.category}:{trigger.predicate}:{number}"
            words = list(trigger.words)
            self.by_lemma.add(key, [Doc(nlp.vocab, words=words, lemmas=words)])
            self.by_lower.add(key, [Doc(nlp.vocab, words=words)])
            self.by_key[nlp.vocab.strings[key]] = trigger

    def find(self, doc: Doc) -> list[TriggerMatch]:
        """Longest non-overlapping trigger matches in text order."""
        found = set(self.by_lemma(doc)) | set(self.by_lower(doc))
        raw = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1]))
        taken = [False] * len(doc)
        accepted: set[tuple[int, int]] = set()
        out = []
        for key, start, end in raw:
            if any(taken[start:end]) and (start, end) not in accepted:
                continue
            accepted.add((start, end))
            for i in range(start, end):
                taken[i] = True
            anchor = doc[start:end].root
            out.append(TriggerMatch(self.by_key[key], start, end, anchor))
        out.sort(key=lambda m: m.start)
        return out
