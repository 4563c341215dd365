"""Turn a match of predictions against gold into the numbers we track.

Everything here is a pure function of the gold split, the predicted claims
and the predicted clean bodies, so the scorer can be tested on hand-made
inputs whose scores are worked out by hand. A score whose denominator is
zero is ``None`` (shown as null or "n/a"): "no data" must not read as 0 or 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from claimgraph.evaluation.gold import GoldFact, GoldSplit
from claimgraph.evaluation.match import (
    MatchedPair,
    MatchResult,
    Resolver,
    actor_name,
    fold_name,
    match_claims,
    predicted_doc,
    predicted_range,
    predicted_sentence,
    predicted_source,
)
from claimgraph.model import CLAIM_TYPES, normalise_text

SOURCE_SIMILARITY = 85.0
SHORT_LINE_WORDS = 3
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "s"})


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def f1_score(tp: int, fp: int, fn: int) -> float | None:
    """Harmonic mean of precision and recall, written as ``2tp / (2tp + fp + fn)``.

    The count form equals the usual formula whenever both are defined, gives
    0 (not "n/a") when there is gold but no prediction, and is None only when
    there is neither gold nor prediction.
    """
    return ratio(2 * tp, 2 * tp + fp + fn)


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one slice."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Share of predictions that are right."""
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Share of gold that was found."""
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """See :func:`f1_score`."""
        return f1_score(self.tp, self.fp, self.fn)

    @property
    def support(self) -> int:
        """Number of gold items in the slice."""
        return self.tp + self.fn

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def _acronym(words: Sequence[str]) -> str:
    """Initials of the significant words: "institute for the study of war" -> "isw"."""
    return "".join(word[0] for word in words if word not in _ACRONYM_SKIP)


def _contains_words(longer: str, shorter: str) -> bool:
    """True when ``shorter`` occurs in ``longer`` as a run of whole words."""
    return f" {shorter} " in f" {longer} "


def sources_agree(gold_source: str, predicted: str, resolve: Resolver = fold_name) -> bool:
    """Whether a predicted source names the same asserter as the gold source.

    Rule, on names folded by :func:`fold_name` (empty names never agree):

    1. the resolver maps both to the same key (gazetteer aliases);
    2. one name is a run of whole words of the other ("Long War Journal" in
       "FDD's Long War Journal", "ISW" in "ISW report");
    3. one name is a single word equal to the initials of the other's
       significant words ("ISW" and "Institute for the Study of War");
    4. rapidfuzz ``token_set_ratio`` is at least 85 ("UN Monitoring Team" and
       "United Nations Monitoring Team report"), which still keeps apart
       "US Department of State" and "US Department of Defense" (84).
    """
    gold_folded, predicted_folded = fold_name(gold_source), fold_name(predicted)
    if not gold_folded or not predicted_folded:
        return False
    if resolve(gold_source) == resolve(predicted):
        return True
    if _contains_words(gold_folded, predicted_folded) or _contains_words(
        predicted_folded, gold_folded
    ):
        return True
    for one, other in ((gold_folded, predicted_folded), (predicted_folded, gold_folded)):
        words = other.split()
        if " " not in one and len(words) > 1 and one == _acronym(words):
            return True
    return fuzz.token_set_ratio(gold_folded, predicted_folded) >= SOURCE_SIMILARITY


def line_kept(line: str, body: str, body_lines: frozenset[str] | None = None) -> bool:
    """Whether a gold line survives in a predicted clean body.

    Both are folded with :func:`~claimgraph.model.normalise_text`. A line of
    more than three words is kept when it occurs in the body at word
    boundaries (paragraphs may be re-joined by the cleaner). A shorter line
    ("Share", "Read more") must be a whole line of the body, because such
    words also occur inside real sentences.
    """
    folded = normalise_text(line)
    if len(folded.split()) > SHORT_LINE_WORDS:
        return _contains_words(normalise_text(body), folded)
    lines = body_lines if body_lines is not None else _folded_lines(body)
    return folded in lines


def _folded_lines(body: str) -> frozenset[str]:
    """The folded non-empty lines of a body."""
    return frozenset(
        folded for folded in (normalise_text(line) for line in body.splitlines()) if folded
    )


def boilerplate_counts(split: GoldSplit, bodies: Mapping[str, str]) -> Counts:
    """Boilerplate removal as detection: a removed line is a positive.

    Over the lines of every document with body gold: TP = boilerplate lines
    removed, FP = body lines removed, FN = boilerplate lines kept. A document
    with body gold but no predicted body counts as an empty body (everything
    removed). Lines with no word in them are left out: they cannot be found.
    """
    tp = fp = fn = 0
    for doc, gold in split.bodies.items():
        body = bodies.get(doc, "")
        body_lines = _folded_lines(body)
        for line in gold.boilerplate:
            if normalise_text(line):
                if line_kept(line, body, body_lines):
                    fn += 1
                else:
                    tp += 1
        for line in gold.body:
            if normalise_text(line) and not line_kept(line, body, body_lines):
                fp += 1
    return Counts(tp, fp, fn)


@dataclass(frozen=True)
class EvalReport:
    """Scores of one split, with the match behind them for error listings."""

    split: str
    documents: tuple[str, ...]
    types: Mapping[str, Counts]
    match: MatchResult
    boilerplate: Counts
    attribution_errors: tuple[MatchedPair, ...] = ()
    value_errors: tuple[MatchedPair, ...] = ()
    hedge_errors: tuple[MatchedPair, ...] = ()
    missing_bodies: tuple[str, ...] = ()
    strength_matched: int = 0

    @property
    def micro(self) -> Counts:
        """Counts summed over every type."""
        total = Counts()
        for counts in self.types.values():
            total = total + counts
        return total

    @property
    def attribution_accuracy(self) -> float | None:
        """Share of matched claims whose source agrees with gold (:func:`sources_agree`)."""
        matched = len(self.match.true_positives)
        return ratio(matched - len(self.attribution_errors), matched)

    @property
    def value_accuracy(self) -> float | None:
        """Share of matched strength claims with exactly the gold min and max."""
        return ratio(self.strength_matched - len(self.value_errors), self.strength_matched)

    @property
    def hedged_accuracy(self) -> float | None:
        """Share of matched claims whose hedge flag equals gold."""
        matched = len(self.match.true_positives)
        return ratio(matched - len(self.hedge_errors), matched)

    def to_json(self, *, errors: bool = False) -> dict[str, Any]:
        """The ``claimgraph eval --json`` object; ``errors`` adds the listings."""
        micro = self.micro
        result: dict[str, Any] = {
            "split": self.split,
            "documents": len(self.documents),
            "types": {
                name: {
                    "precision": _rounded(counts.precision),
                    "recall": _rounded(counts.recall),
                    "f1": _rounded(counts.f1),
                    "support": counts.support,
                }
                for name, counts in self.types.items()
            },
            "micro": {
                "precision": _rounded(micro.precision),
                "recall": _rounded(micro.recall),
                "f1": _rounded(micro.f1),
            },
            "attribution_accuracy": _rounded(self.attribution_accuracy),
            "value_accuracy": _rounded(self.value_accuracy),
            "hedged_accuracy": _rounded(self.hedged_accuracy),
            "boilerplate": {
                "precision": _rounded(self.boilerplate.precision),
                "recall": _rounded(self.boilerplate.recall),
            },
            "counts": self._counts_json(),
        }
        if errors:
            result["errors"] = self.errors_json()
        return result

    def _counts_json(self) -> dict[str, Any]:
        """Raw counts, so a reader can check every ratio."""
        return {
            "gold": sum(counts.support for counts in self.types.values()),
            "predicted": sum(counts.tp + counts.fp for counts in self.types.values()),
            "matched": len(self.match.true_positives),
            "strength_matched": self.strength_matched,
            "types": {name: {"tp": c.tp, "fp": c.fp, "fn": c.fn} for name, c in self.types.items()},
            "boilerplate": {
                "tp": self.boilerplate.tp,
                "fp": self.boilerplate.fp,
                "fn": self.boilerplate.fn,
            },
            "missing_bodies": list(self.missing_bodies),
        }

    def errors_json(self) -> dict[str, list[dict[str, Any]]]:
        """Misses, false positives and wrong sources/values, as plain rows."""
        return {
            "misses": [miss_row(fact) for fact in self.match.false_negatives],
            "false_positives": [false_positive_row(claim) for claim in self.match.false_positives],
            "attribution": [pair_row(pair) for pair in self.attribution_errors],
            "values": [pair_row(pair) for pair in self.value_errors],
        }


def _rounded(value: float | None) -> float | None:
    """Four decimals are enough to compare runs and keep the JSON readable."""
    return None if value is None else round(value, 4)


def miss_row(fact: GoldFact) -> dict[str, Any]:
    """A gold fact the system did not find."""
    return {
        "doc": fact.doc,
        "type": fact.type,
        "predicate": fact.predicate,
        "subject": fact.subject,
        "object": fact.object,
        "value": [fact.value_min, fact.value_max] if fact.type == "strength" else None,
        "source": fact.source,
        "evidence": fact.evidence,
    }


def false_positive_row(claim: Mapping[str, Any]) -> dict[str, Any]:
    """A predicted claim no gold fact stands behind."""
    low, high = predicted_range(claim)
    return {
        "doc": predicted_doc(claim),
        "type": claim.get("type"),
        "predicate": claim.get("predicate"),
        "subject": actor_name(claim.get("subject")),
        "object": actor_name(claim.get("object")),
        "value": [low, high] if claim.get("value") else None,
        "polarity": claim.get("polarity"),
        "source": predicted_source(claim),
        "sentence": predicted_sentence(claim),
    }


def pair_row(pair: MatchedPair) -> dict[str, Any]:
    """A matched claim whose source or value disagrees with gold."""
    low, high = predicted_range(pair.predicted)
    return {
        "doc": pair.gold.doc,
        "type": pair.gold.type,
        "predicate": pair.gold.predicate,
        "subject": pair.gold.subject,
        "object": pair.gold.object,
        "gold_source": pair.gold.source,
        "predicted_source": predicted_source(pair.predicted),
        "gold_value": [pair.gold.value_min, pair.gold.value_max],
        "predicted_value": [low, high],
        "evidence": pair.gold.evidence,
    }


def type_counts(match: MatchResult) -> dict[str, Counts]:
    """Per-type counts: the five claim types always, plus any unknown predicted type."""
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for pair in match.true_positives:
        tp[pair.gold.type] = tp.get(pair.gold.type, 0) + 1
    for claim in match.false_positives:
        name = str(claim.get("type") or "")
        fp[name] = fp.get(name, 0) + 1
    for fact in match.false_negatives:
        fn[fact.type] = fn.get(fact.type, 0) + 1
    names = list(CLAIM_TYPES) + sorted(set(fp) - set(CLAIM_TYPES))
    return {name: Counts(tp.get(name, 0), fp.get(name, 0), fn.get(name, 0)) for name in names}


def _hedged(claim: Mapping[str, Any]) -> bool:
    """The predicted hedge flag (absent means not hedged)."""
    return bool(claim.get("hedged"))


def evaluate(
    split: GoldSplit,
    predictions: Sequence[Mapping[str, Any]],
    bodies: Mapping[str, str],
    *,
    resolve: Resolver = fold_name,
) -> EvalReport:
    """Score ``predictions`` (claim dicts with a ``doc`` key) and ``bodies`` on a split.

    ``bodies`` maps a corpus file name to the clean body the system produced.
    Predictions for documents outside the split are kept and count as false
    positives: the caller decides what it ingests.
    """
    match = match_claims(split.facts, predictions, resolve=resolve)
    pairs = match.true_positives
    strength = [pair for pair in pairs if pair.gold.type == "strength"]
    return EvalReport(
        split=split.name,
        documents=split.documents,
        types=type_counts(match),
        match=match,
        boilerplate=boilerplate_counts(split, bodies),
        attribution_errors=tuple(
            pair
            for pair in pairs
            if not sources_agree(pair.gold.source, predicted_source(pair.predicted), resolve)
        ),
        value_errors=tuple(pair for pair in strength if not pair.value_agrees),
        hedge_errors=tuple(pair for pair in pairs if _hedged(pair.predicted) != pair.gold.hedged),
        missing_bodies=tuple(doc for doc in split.bodies if doc not in bodies),
        strength_matched=len(strength),
    )
