"""Find trigger phrases of the lexicon in a parsed document.

Two spaCy ``PhraseMatcher`` objects hold every trigger, compiled once per
process. Each phrase is matched on lemmas and on lower-case forms, so "ties", "tie" and
"led by" all match as written in the lexicon. Overlapping matches keep the
longest ("pledged allegiance" is an allegiance relation, not a pledge); a
phrase listed under several predicates yields one match for each. Presence
phrases overlap the others freely: "carried out attacks against X" says
where a group acts and whom it attacks.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from claimgraph.nlp.lexicon import TRIGGER_POS, Lexicon, Trigger


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found at tokens ``[start, end)``; ``anchor`` is its head word."""

    trigger: Trigger
    start: int
    end: int
    anchor: Token


def _word_class_fits(trigger: Trigger, anchor: Token) -> bool:
    """Whether the matched head word has the class the trigger is limited to."""
    return trigger.pos is None or anchor.pos_ in TRIGGER_POS[trigger.pos]


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
        found = {
            m
            for m in set(self.by_lemma(doc)) | set(self.by_lower(doc))
            if _word_class_fits(self.by_key[m[0]], doc[m[1] : m[2]].root)
        }
        raw = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1]))
        taken = {layer: [False] * len(doc) for layer in (True, False)}
        accepted: set[tuple[bool, int, int]] = set()
        out = []
        for key, start, end in raw:
            layer = self.by_key[key].category == "presence"
            if any(taken[layer][start:end]) and (layer, start, end) not in accepted:
                continue
            accepted.add((layer, start, end))
            for i in range(start, end):
                taken[layer][i] = True
            anchor = doc[start:end].root
            out.append(TriggerMatch(self.by_key[key], start, end, anchor))
        out.sort(key=lambda m: m.start)
        return out
