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
from spacy.matcher import Matcher, PhraseMatcher
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
        # "takes no orders from Tehran", "received no money": "no" after a phrase's verb
        self.with_no = Matcher(nlp.vocab)
        self.by_key: dict[int, Trigger] = {}
        # Phrasal verbs whose object may come between verb and particle.
        self.split: dict[tuple[str, str], list[int]] = {}
        for number, trigger in enumerate(lexicon.triggers):
            key = f"{trigger.category}:{trigger.predicate}:{number}"
            words = list(trigger.words)
            self.by_lemma.add(key, [Doc(nlp.vocab, words=words, lemmas=words)])
            self.by_lower.add(key, [Doc(nlp.vocab, words=words)])
            self.by_key[nlp.vocab.strings[key]] = trigger
            if len(words) >= 2 and words[1] in lexicon.given_nouns:
                pattern = [{"LEMMA": words[0], "POS": "VERB"}, {"LOWER": "no"}]
                self.with_no.add(key, [pattern + [{"LEMMA": w} for w in words[1:]]])
            if len(words) == 2 and words[1] in lexicon.split_particles:
                pair = (words[0], words[1])
                self.split.setdefault(pair, []).append(nlp.vocab.strings[key])

    def find(self, doc: Doc) -> list[TriggerMatch]:
        """Longest non-overlapping trigger matches in text order."""
        found = {
            m
            for m in set(self.by_lemma(doc)) | set(self.by_lower(doc)) | set(self.with_no(doc))
            if _word_class_fits(self.by_key[m[0]], doc[m[1] : m[2]].root)
        }
        found |= set(self._split_phrasal(doc))
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

    def _split_phrasal(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Phrasal verb triggers with the object between verb and particle ("drove the
        FDLR out of Walikale", "hunted its veterans down"), matched on the verb alone."""
        out = []
        for verb in doc:
            if verb.pos_ != "VERB":
                continue
            for child in verb.children:
                keys = self.split.get((verb.lemma_.lower(), child.lower_), [])
                if child.i > verb.i + 1 and child.dep_ in ("prt", "advmod", "prep"):
                    out += [(key, verb.i, verb.i + 1) for key in keys]
        return out
