"""Disputes: assertions that cannot both be true.

Three kinds are found:

- ``denial``: one source asserts a claim and another denies the very same
  claim ("the Taliban shelter the TTP" / "the Islamic Emirate does not
  shelter the TTP"). A hedged and an unhedged statement of one polarity agree.
- ``estimates``: two strength estimates of one actor and unit whose ranges
  do not overlap, made within the comparison window of each other. Over a
  longer span the figures form a trend (shown on a timeline), not a conflict.
- ``rejection``: an actor rejects a named source ("the Taliban dismissed the
  UN report as baseless"); that source's assertions implicating the actor,
  made within the window, are disputed by the rejection.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimgraph.analysis.assertions import Assertion, overlap, within_window
from claimgraph.analysis.rules import Rules
from claimgraph.nlp.gazetteer import key


@dataclass(frozen=True)
class Dispute:
    """Two assertions in conflict, and why they are."""

    id: str
    kind: str
    first: Assertion
    second: Assertion
    reason: str

    def to_json(self) -> dict[str, Any]:
        """The ``disputes --format jsonl`` shape: both sides with their sources and claims."""
        return {
            "id": self.id,
            "kind": self.kind,
            "subject": self.first.subject,
            "reason": self.reason,
            "sides": [_side(self.first), _side(self.second)],
        }


def _side(assertion: Assertion) -> dict[str, Any]:
    data = assertion.to_json()
    keep = ("id", "type", "predicate", "polarity", "subject", "object", "value", "sources")
    side = {name: data[name] for name in keep}
    side.update(
        source_names=data["source_names"],
        first_seen=data["first_seen"],
        last_seen=data["last_seen"],
        hedged=data["hedged"],
        grade=data["grade"],
        claims=data["claims"],
    )
    return side


def find_disputes(
    assertions: list[Assertion], rules: Rules, *, targets_of: dict[str, set[str]] | None = None
) -> list[Dispute]:
    """Every dispute among ``assertions``; also fills their ``disputed_by`` lists.

    ``targets_of`` maps a denial assertion's id to the source keys the denied
    source can appear under (see :func:`rejection_targets`).
    """
    disputes = [
        *_denials(assertions),
        *_estimates(assertions, rules),
        *_rejections(assertions, rules, targets_of or {}),
    ]
    seen: set[str] = set()
    unique = []
    for dispute in disputes:
        if dispute.id in seen:
            continue
        seen.add(dispute.id)
        unique.append(dispute)
        _mark(dispute.first, dispute.second, dispute.id)
        _mark(dispute.second, dispute.first, dispute.id)
    return unique


def _mark(assertion: Assertion, other: Assertion, dispute_id: str) -> None:
    """Record on ``assertion`` who disputes it."""
    assertion.disputes.append(dispute_id)
    for name in other.sources().values():
        if name not in assertion.disputed_by:
            assertion.disputed_by.append(name)


def _dispute(kind: str, first: Assertion, second: Assertion, reason: str) -> Dispute:
    a, b = sorted((first, second), key=lambda x: x.id)
    digest = hashlib.sha256(f"{kind}|{a.id}|{b.id}".encode()).hexdigest()[:16]
    return Dispute(digest, kind, first, second, reason)


def _denials(assertions: Iterable[Assertion]) -> Iterable[Dispute]:
    """An assertion and the denial of the same claim."""
    by_claim: dict[tuple[str, ...], dict[str, list[Assertion]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for a in assertions:
        if a.type in ("strength", "denial"):
            continue
        key = (a.type, a.predicate, a.subject["id"], a.object["id"] if a.object else "")
        by_claim[key][a.polarity].append(a)
    for sides in by_claim.values():
        for asserted in sides.get("asserted", []):
            for denied in sides.get("denied", []):
                names = ", ".join(denied.sources().values())
                yield _dispute("denial", asserted, denied, f"denied by {names}")


def _estimates(assertions: Iterable[Assertion], rules: Rules) -> Iterable[Dispute]:
    """Non-overlapping estimates of one actor and unit made within the window."""
    by_unit: dict[tuple[str, str], list[Assertion]] = defaultdict(list)
    for a in assertions:
        if a.type == "strength" and a.polarity == "asserted":
            by_unit[(a.subject["id"], a.predicate)].append(a)
    for group in by_unit.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if _conflicting_estimates(first, second, rules):
                    yield _dispute(
                        "estimates",
                        first,
                        second,
                        f"estimates of {first.predicate} do not overlap within "
                        f"{rules.window_days} days",
                    )


def _conflicting_estimates(first: Assertion, second: Assertion, rules: Rules) -> bool:
    """Some pair of their estimates was made within the window and does not overlap."""
    tolerance = rules.approx_tolerance
    return any(
        within_window(a.seen, b.seen, rules.window_days)
        and not overlap(a.bounds(tolerance), b.bounds(tolerance))
        for a in first.instances
        for b in second.instances
    )


def _rejections(
    assertions: list[Assertion], rules: Rules, targets_of: dict[str, set[str]]
) -> Iterable[Dispute]:
    """An actor's rejection of a source, against that source's assertions about the actor."""
    wanted = set(rules.rejected_predicates)
    for denial in assertions:
        targets = targets_of.get(denial.id)
        if denial.type != "denial" or not targets:
            continue
        denier = denial.subject["id"]
        for other in assertions:
            if (
                other.type == "denial"
                or other.polarity != "asserted"
                or other.predicate not in wanted
                or not other.involves([denier])
            ):
                continue
            hits = [i for i in other.instances if i.source_key in targets]
            if any(
                within_window(i.seen, d.seen, rules.window_days)
                for i in hits
                for d in denial.instances
            ):
                target = denial.object["name"] if denial.object else "the source"
                reason = f"{denial.subject['name']} rejects {target}"
                yield _dispute("rejection", other, denial, reason)


def rejection_targets(assertion: Assertion) -> set[str]:
    """Source keys under which the source a denial targets appears."""
    if assertion.type != "denial" or assertion.object is None:
        return set()
    obj = assertion.object
    return {f"actor:{obj['id']}", f"name:{key(str(obj['name']))}"}
