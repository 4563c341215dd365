"""Admiralty grades: source reliability (A-F) and information credibility (1-6).

The letter says how far the best source of an assertion is to be trusted:
the analyst's own rating (``claimgraph sources rate``) first, then
``data/outlets.yaml`` (a named source, or the organisation a person speaks
for), then that file's default for the kind of source.

The digit says how far the assertion itself is borne out, from independent
corroboration and contradiction (thresholds in ``data/grading.yaml``):

1 confirmed: enough independent sources, not contradicted, not all hedged;
2 probably true: one reliable source, or contradicted only by less reliable ones;
3 possibly true: a less reliable single source, or every source hedges;
4 doubtful: contradicted by sources as reliable as its own;
5 improbable: contradicted by more reliable sources, at least as many;
6 cannot be judged: a single source whose reliability cannot be judged.

Every grade carries its reasons in words, so an analyst can check the rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from claimgraph.analysis.assertions import Assertion, Instance
from claimgraph.analysis.contradictions import Dispute
from claimgraph.analysis.ratings import OutletRatings
from claimgraph.analysis.rules import RELIABILITY_LETTERS, Rules, reliability_rank
from claimgraph.nlp.gazetteer import Gazetteer, key

KIND_WORDS = {
    "document": "a report",
    "organization": "an organisation",
    "person": "a person",
    "outlet": "an outlet speaking for itself",
    "actor": "a party to the conflict",
}
CREDIBILITY_WORDS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}


def rating_key(name: str, gazetteer: Gazetteer | None) -> str:
    """The key an analyst's rating of a source is stored under.

    The gazetteer's id when it knows the name (so any alias rates the same
    source), else the folded name: the same keys as named ultimate sources.
    """
    actor = gazetteer.lookup(name) if gazetteer is not None else None
    return f"actor:{actor.id}" if actor is not None else f"name:{key(name) or name}"


@dataclass
class Reliability:
    """Reliability letters of sources, with the reason for each."""

    ratings: OutletRatings
    analyst: Mapping[str, str] = field(default_factory=dict)
    gazetteer: Gazetteer | None = None
    _memo: dict[tuple[str, str, str | None], tuple[str, str]] = field(
        default_factory=dict, repr=False
    )

    def of(self, instance: Instance) -> tuple[str, str]:
        """Letter and reason for the source of one claim (memoised: names repeat a lot)."""
        source = instance.claim["source"]
        memo_key = (
            instance.source_name,
            str(source.get("kind") or "outlet"),
            source.get("affiliation"),
        )
        found = self._memo.get(memo_key)
        if found is None:
            found = self._memo[memo_key] = self._rate(*memo_key)
        return found

    def _rate(self, name: str, kind: str, affiliation: str | None) -> tuple[str, str]:
        """The analyst's letter, then outlets.yaml's for the name or affiliation, then the kind's."""
        for candidate in (name, affiliation):
            if not candidate:
                continue
            letter = self.analyst.get(rating_key(str(candidate), self.gazetteer))
            if letter:
                return letter, f"{name} rated {letter} by the analyst"
        for candidate in (name, affiliation):
            letter = self.ratings.named(str(candidate)) if candidate else None
            if letter:
                via = "" if candidate == name else f" (speaking for {candidate})"
                return letter, f"{name}{via} is rated {letter} in outlets.yaml"
        letter = self.ratings.defaults.get(kind, "F")
        return letter, f"{name} is {KIND_WORDS.get(kind, kind)}: {letter} by default"

    def of_assertion(self, assertion: Assertion) -> tuple[str, list[str]]:
        """The best letter among an assertion's sources, and one reason per source."""
        best: dict[str, tuple[str, str]] = {}
        for instance in assertion.instances:
            letter, reason = self.of(instance)
            current = best.get(instance.source_key)
            if current is None or reliability_rank(letter) < reliability_rank(current[0]):
                best[instance.source_key] = (letter, reason)
        if not best:
            return "F", []
        letters = [letter for letter, _ in best.values()]
        top = min(letters, key=reliability_rank)
        return top, [reason for _, reason in best.values()]


def grade_all(
    assertions: Iterable[Assertion],
    disputes: Iterable[Dispute],
    reliability: Reliability,
    rules: Rules,
) -> None:
    """Set ``grade`` and ``grade_reasons`` on every assertion."""
    assertions = list(assertions)
    letters = {a.id: reliability.of_assertion(a) for a in assertions}
    opponents: dict[str, list[Assertion]] = {a.id: [] for a in assertions}
    for dispute in disputes:
        opponents.setdefault(dispute.first.id, []).append(dispute.second)
        opponents.setdefault(dispute.second.id, []).append(dispute.first)
    for assertion in assertions:
        letter, reasons = letters[assertion.id]
        against = [
            (o, (letters.get(o.id) or reliability.of_assertion(o))[0])
            for o in opponents[assertion.id]
        ]
        digit, why = credibility(assertion, letter, against, rules)
        assertion.grade = f"{letter}{digit}"
        assertion.grade_reasons = [
            f"reliability {letter}: " + "; ".join(reasons) if reasons else "no source",
            _counts(assertion),
            f"credibility {digit} ({CREDIBILITY_WORDS[digit]}): {why}",
        ]


def _counts(assertion: Assertion) -> str:
    sources = len(assertion.sources())
    relays = len(assertion.relays())
    documents = len(assertion.documents())
    text = f"{_plural(sources, 'independent source')}, relayed by {_plural(relays, 'article')}"
    if documents != relays:
        text += f" ({_plural(documents, 'document')}, copies counted once)"
    return text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def credibility(
    assertion: Assertion, letter: str, against: list[tuple[Assertion, str]], rules: Rules
) -> tuple[int, str]:
    """The credibility digit of an assertion and the rule that gave it.

    ``against`` holds the assertions that dispute it, with their best letter.
    """
    count = len(assertion.sources())
    rank = reliability_rank(letter)
    probable = reliability_rank(rules.probable_min_reliability)
    if against:
        names = ", ".join(f"{', '.join(o.sources().values())} ({other})" for o, other in against)
        best_other = min((other for _, other in against), key=reliability_rank)
        other_count = max(len(o.sources()) for o, _ in against)
        if reliability_rank(best_other) < rank and other_count >= count:
            return 5, f"contradicted by more reliable sources: {names}"
        if reliability_rank(best_other) <= rank:
            return 4, f"contradicted by sources as reliable as its own: {names}"
        if rank <= probable and not assertion.hedged:
            return 2, f"contradicted only by less reliable sources: {names}"
        return 3, f"contradicted by less reliable sources: {names}"
    if count == 1 and letter == RELIABILITY_LETTERS[-1]:
        return 6, "a single source whose reliability cannot be judged"
    if assertion.hedged:
        return 3, "every source hedges (may, likely, reportedly...)"
    if count >= rules.confirmed_min_sources:
        return 1, f"{count} independent sources agree and none contradicts"
    if rank <= probable:
        return 2, f"one source rated {rules.probable_min_reliability} or better, not contradicted"
    return 3, f"one source rated below {rules.probable_min_reliability}, not contradicted"
