"""Who is a party to a sentence's claims, and as whom.

Go-betweens of a deal ("with Qatar and Turkey mediating") and helpers of talks are no
party to it; the helper of an attack is not attacked; the side one fights on is an ally;
an organ the text names ("the army's 3rd Infantry Division") is its owner. These read
a sentence's drafts once every reader has made them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from claimgraph.model import Actor
from claimgraph.nlp.actors import DocActors
from claimgraph.nlp.drafts import Draft, actors_below
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.relations import helpers
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import find_subject, prep_objects, without_clauses


def as_owners(drafts: list[Draft], organs: Mapping[str, Actor]) -> list[Draft]:
    """Drafts with each organ the text names ("the army's 3rd Infantry Division") read as
    its owner; a tie between an organ and its own owner is dropped."""
    if not organs:
        return drafts
    out = []
    for draft in drafts:
        subject = organs.get(draft.subject.id, draft.subject)
        obj = organs.get(draft.object.id, draft.object) if draft.object else None
        same = obj is not None and obj.id == subject.id
        if same and draft.predicate != "internal_division":
            continue
        out.append(replace(draft, subject=subject, object=obj))
    return out


def without_go_betweens(
    drafts: list[Draft], seg: Segment, actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """Drop what a sentence would make of the go-betweens its "with Qatar and Turkey
    mediating" phrase names: they neither pledge nor fight in the deal they broker.

    Read from the words, not the parse, which often makes the phrase the subject.
    """
    phrases = []
    for word in seg.span:
        stem = word.lower_.removesuffix("ing")  # the tagger may read "mediating" as a noun
        if (
            stem == word.lower_
            or not {word.lemma_.lower(), stem, stem + "e"} & lexicon.mediating_verbs
        ):
            continue
        opening = next(
            (
                t
                for t in reversed(seg.span.doc[max(seg.span.start, word.i - 8) : word.i])
                if t.lower_ == "with" or t.is_punct
            ),
            None,
        )
        if opening is not None and opening.lower_ == "with":
            phrases.append(range(opening.i, word.i + 1))
    phrases += helpers_of_talks(seg, lexicon)
    if not phrases:
        return drafts
    go_betweens = {s.actor.id for r in phrases for s in actors.among(r)}

    def outside(draft: Draft) -> bool:
        return not {draft.subject.id, draft.object.id if draft.object else ""} & go_betweens

    return [d for d in drafts if outside(d)]


def sides_taken(drafts: list[Draft], seg: Segment, actors: DocActors) -> list[Draft]:
    """ "Now fights on Gitega's side", "fought on the side of the army": the side one
    fights on is an ally, not an enemy."""
    sides = [
        t
        for word in seg.span
        if word.lemma_.lower() == "side" and word.dep_ == "pobj"
        for t in (
            *(c for c in word.children if c.dep_ == "poss"),
            *prep_objects(word, ("of",)),
        )
    ]
    sided = {s.actor.id for t in sides for s in actors_below(t, actors)}
    return [
        replace(d, predicate="ally")
        if d.predicate == "hostile" and d.object is not None and d.object.id in sided
        else d
        for d in drafts
    ]


def not_fought_by_helpers(
    drafts: list[Draft], seg: Segment, actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """ "The SAF, with the support of Egypt, attacked the RSF": Egypt helps the attack
    and is not attacked."""
    helping = {
        s.actor.id for v in seg.span for t in helpers(v, lexicon) for s in actors_below(t, actors)
    }
    return [
        d
        for d in drafts
        if not (d.predicate == "hostile" and d.object is not None and d.object.id in helping)
    ]


def helpers_of_talks(seg: Segment, lexicon: Lexicon) -> list[range]:
    """ "The dialogue continued in Doha with the support of Qatar and Norway", "under the
    auspices of Turkey": the phrases naming who helps talks along."""
    out = []
    for prep in seg.span:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "under"):
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        helped = [n for n in nouns if n.lemma_.lower() in lexicon.helping_nouns]
        mediated = [n for n in nouns if n.lemma_.lower() in lexicon.mediation_nouns]
        subject, _passive = find_subject(prep.head) if helped else (None, False)
        talks = subject is not None and subject.lemma_.lower() in lexicon.talks_nouns
        if mediated or talks:
            phrase = [t.i for t in without_clauses(prep)]
            out.append(range(min(phrase), max(phrase) + 1))
    return out
