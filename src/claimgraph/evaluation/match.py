"""Pair extracted claims with gold facts, one to one, document by document.

A prediction can only stand for a gold fact that says the same thing: same
document, type, predicate, subject, object and polarity, with actor names
compared after alias resolution. The two parties of a symmetric relation
(`ally`, `hostile`) match in either order: the guide writes them in text
order only as a convention. When several predictions could stand for
the same facts (a fact stated twice in a document), the pairing prefers the
prediction read from the most similar sentence, then the one whose value
agrees, so that attribution and value accuracy are judged on the right pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from claimgraph.evaluation.gold import GoldFact
from claimgraph.model import normalise_text

Resolver = Callable[[str], str]
MatchKey = tuple[str, str, str, str, str | None, str]
SYMMETRIC_PREDICATES = frozenset({"ally", "hostile"})

_APOSTROPHES = re.compile(r"['\u2019\u02bc\u2018`]")


def fold_name(name: str) -> str:
    """Fold an actor name so spelling variants compare equal.

    Case, accents, apostrophes, hyphens and a leading "the" vary between
    writers without changing who is meant ("al-Qa'ida", "Al Qaida"; "the
    Taliban", "Taliban"). This is the resolver used when no gazetteer is given.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = re.findall(r"\w+", _APOSTROPHES.sub("", bare).casefold())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class MatchedPair:
    """A gold fact and the prediction that stands for it."""

    gold: GoldFact
    predicted: Mapping[str, Any]
    similarity: float

    @property
    def value_agrees(self) -> bool:
        """True when the predicted range has exactly the gold minimum and maximum."""
        return predicted_range(self.predicted) == (self.gold.value_min, self.gold.value_max)


@dataclass(frozen=True)
class MatchResult:
    """True positives (pairs), false positives and false negatives of one run."""

    true_positives: tuple[MatchedPair, ...]
    false_positives: tuple[Mapping[str, Any], ...]
    false_negatives: tuple[GoldFact, ...]


def predicted_doc(claim: Mapping[str, Any]) -> str:
    """The corpus file name the caller attached to a predicted claim."""
    return str(claim.get("doc") or "")


def actor_name(ref: Any) -> str | None:
    """The name inside an actor reference (``{"id", "name", "kind"}``), if any."""
    if isinstance(ref, Mapping):
        name = ref.get("name") or ref.get("id")
        return str(name) if name else None
    return None


def predicted_range(claim: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """The (min, max) of a predicted value; (None, None) when there is no value."""
    value = claim.get("value")
    if not isinstance(value, Mapping):
        return None, None
    return value.get("min"), value.get("max")


def predicted_sentence(claim: Mapping[str, Any]) -> str:
    """The evidence sentence of a predicted claim ("" when absent)."""
    evidence = claim.get("evidence")
    if isinstance(evidence, Mapping):
        return str(evidence.get("sentence") or "")
    return ""


def predicted_source(claim: Mapping[str, Any]) -> str:
    """The name of who the system says asserts the claim ("" when absent)."""
    source = claim.get("source")
    if isinstance(source, Mapping):
        return str(source.get("name") or "")
    return ""


def gold_key(fact: GoldFact, resolve: Resolver) -> MatchKey:
    """What a prediction must share with ``fact`` to stand for it."""
    return _ordered(
        (
            fact.doc,
            fact.type,
            fact.predicate.strip().casefold(),
            resolve(fact.subject),
            resolve(fact.object) if fact.object else None,
            fact.polarity,
        )
    )


def _ordered(key: MatchKey) -> MatchKey:
    """The key with a symmetric relation's parties in a fixed order."""
    doc, kind, predicate, subject, obj, polarity = key
    if kind == "relation" and predicate in SYMMETRIC_PREDICATES and obj is not None:
        subject, obj = sorted((subject, obj))
    return (doc, kind, predicate, subject, obj, polarity)


def predicted_key(claim: Mapping[str, Any], resolve: Resolver) -> MatchKey:
    """The same key as :func:`gold_key`, read from a predicted claim dict."""
    subject = actor_name(claim.get("subject")) or ""
    obj = actor_name(claim.get("object"))
    return _ordered(
        (
            predicted_doc(claim),
            str(claim.get("type") or ""),
            str(claim.get("predicate") or "").strip().casefold(),
            resolve(subject),
            resolve(obj) if obj else None,
            str(claim.get("polarity") or "asserted"),
        )
    )


def sentence_similarity(gold: GoldFact, claim: Mapping[str, Any]) -> float:
    """0-100 similarity of the gold and predicted evidence, ignoring punctuation."""
    return float(
        fuzz.ratio(normalise_text(gold.evidence), normalise_text(predicted_sentence(claim)))
    )


def match_claims(
    gold: Sequence[GoldFact],
    predicted: Sequence[Mapping[str, Any]],
    *,
    resolve: Resolver = fold_name,
) -> MatchResult:
    """Match predictions to gold one to one; see the module docstring for the rule."""
    groups: dict[MatchKey, tuple[list[int], list[int]]] = {}
    for index, fact in enumerate(gold):
        groups.setdefault(gold_key(fact, resolve), ([], []))[0].append(index)
    for index, claim in enumerate(predicted):
        key = predicted_key(claim, resolve)
        if key in groups:
            groups[key][1].append(index)
    pairs: dict[int, MatchedPair] = {}
    used: set[int] = set()
    for gold_indexes, predicted_indexes in groups.values():
        for gold_index, predicted_index, similarity in _pair_group(
            gold, predicted, gold_indexes, predicted_indexes
        ):
            pairs[gold_index] = MatchedPair(
                gold[gold_index], predicted[predicted_index], similarity
            )
            used.add(predicted_index)
    return MatchResult(
        true_positives=tuple(pairs[index] for index in sorted(pairs)),
        false_positives=tuple(claim for index, claim in enumerate(predicted) if index not in used),
        false_negatives=tuple(fact for index, fact in enumerate(gold) if index not in pairs),
    )


def _pair_group(
    gold: Sequence[GoldFact],
    predicted: Sequence[Mapping[str, Any]],
    gold_indexes: Sequence[int],
    predicted_indexes: Sequence[int],
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairing inside a group of interchangeable candidates.

    Every pair in a group is a valid match, so the number of pairs is always
    the smaller group size; the order only decides which prediction is paired
    with which fact: most similar sentence first, then agreeing value, then
    input order so results are reproducible.
    """
    candidates = []
    for gold_index in gold_indexes:
        for predicted_index in predicted_indexes:
            fact, claim = gold[gold_index], predicted[predicted_index]
            similarity = sentence_similarity(fact, claim)
            agrees = predicted_range(claim) == (fact.value_min, fact.value_max)
            candidates.append((-similarity, not agrees, gold_index, predicted_index, similarity))
    candidates.sort()
    chosen: list[tuple[int, int, float]] = []
    free_gold, free_predicted = set(gold_indexes), set(predicted_indexes)
    for _, _, gold_index, predicted_index, similarity in candidates:
        if gold_index in free_gold and predicted_index in free_predicted:
            chosen.append((gold_index, predicted_index, similarity))
            free_gold.discard(gold_index)
            free_predicted.discard(predicted_index)
    return chosen
