"""A claim as a reader first finds it, before provenance is attached.

Readers (relations, presence, strength, pledges, denials) say what a
sentence states and which word states it; the orchestrator then adds the
sentence, the source, the date and the polarity and hedging read from the
anchor word. Keeping drafts apart keeps each reader small and pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from claimgraph.model import Actor, Value
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.syntax import DETACHED, indices


@dataclass(frozen=True)
class Draft:
    """What one sentence states, anchored on the word that states it."""

    type: str
    predicate: str
    subject: Actor
    anchor: int
    object: Actor | None = None
    value: Value | None = None
    negated: bool | None = None
    hedged: bool | None = None
    object_from_document: bool = False
    object_from_sentence: bool = False
    object_from_earlier: bool = False
    # The person whose own words a claim is, when its subject is the body he speaks
    # for: "Minni Minawi said his fighters would stay out" is his promise.
    speaker: Actor | None = None
    # A learned reader's probability for what it added; None for a rule's reading.
    confidence: float | None = None


def actors_below(
    token: Token,
    actors: DocActors,
    exclude: set[int] | None = None,
    skip: frozenset[str] = DETACHED,
) -> list[ActorSpan]:
    """Actor spans in the phrase headed by ``token``, minus ``exclude``d tokens."""
    found = actors.among(i for i in indices(token, skip) if not exclude or i not in exclude)
    return found


def distinct(spans: list[ActorSpan]) -> list[Actor]:
    """The actors of ``spans`` once each, in text order."""
    seen: dict[str, Actor] = {}
    for span in spans:
        seen.setdefault(span.actor.id, span.actor)
    return list(seen.values())


def distinct_actors(actors: list[Actor]) -> list[Actor]:
    """Actors once each, in the order first named."""
    return list({a.id: a for a in actors}.values())
