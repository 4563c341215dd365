"""Watchlists and alerts: what changed about a watched actor between two snapshots.

The core is pure: :func:`changes` compares an actor's consolidated view
before an ingest with the view after it and returns :class:`Alert` records.
A view (:class:`ActorView`) holds plain dicts in the assertions and disputes
JSON contracts, so tests build them by hand and the digest builds them from
two consolidations of the store.

What counts as a change (the watchlist's ``events`` choose among them):

- ``new-claim``: an assertion about the actor made only of claims that were
  not there before (for strength: only when the actor had no estimate in
  that unit yet; otherwise the next rule applies);
- ``estimate-change``: a new strength claim whose figure differs from the
  current consolidated estimate (the most recent one in that unit) by more
  than the threshold, relative to the consolidated figure;
- ``new-relation``: a new relation assertion with the actor on either side;
- ``dispute``: a new dispute (a denial, a rejected source, estimates that
  cannot both be true) involving the actor, or a new denial nobody
  contradicts yet.

Assertions are matched by their claims, not by their ids: ids of strength
assertions follow their members and may change when a claim joins.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimgraph.errors import InputError

if TYPE_CHECKING:
    from claimgraph.analysis.consolidate import Consolidation

EVENTS: tuple[str, ...] = ("new-claim", "estimate-change", "new-relation", "dispute")
DEFAULT_THRESHOLD = 0.25


@dataclass(frozen=True)
class Watch:
    """One watchlist entry: an actor, the events that alert, the estimate threshold."""

    actor_id: str
    name: str
    events: frozenset[str] = frozenset(EVENTS)
    threshold: float = DEFAULT_THRESHOLD
    id: int | None = None


@dataclass(frozen=True)
class ActorView:
    """What consolidation says about one actor: assertion and dispute dicts.

    Each assertion dict is the assertions contract plus ``statement`` (one
    sentence) and ``evidence`` (one citation per claim: ``claim``, ``doc_id``,
    ``title``, ``outlet``, ``url``, ``published``, ``sentence``, ``source``,
    ``value``).
    """

    actor_id: str
    assertions: tuple[dict[str, Any], ...] = ()
    disputes: tuple[dict[str, Any], ...] = ()

    def claim_ids(self) -> set[str]:
        """Every claim behind the view's assertions."""
        return {claim for a in self.assertions for claim in a["claims"]}


@dataclass(frozen=True)
class Alert:
    """One change worth telling someone about, with the citations behind it."""

    fingerprint: str
    kind: str
    actor_id: str
    actor_name: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    doc_id: str | None = None
    watch_id: int | None = None

    def to_record(self) -> dict[str, Any]:
        """The dict :func:`claimgraph.store.monitoring.record_alert` stores."""
        return {
            "fingerprint": self.fingerprint,
            "watch_id": self.watch_id,
            "kind": self.kind,
            "actor_id": self.actor_id,
            "summary": self.summary,
            "details": {"actor": self.actor_name, **self.details},
            "doc_id": self.doc_id,
        }


# --- parsing the watchlist options -------------------------------------------------


def parse_events(text: str | None) -> list[str]:
    """``"new-claim,dispute"`` -> the events, in canonical order; all when empty."""
    if not text or not text.strip():
        return list(EVENTS)
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [event for event in wanted if event not in EVENTS]
    if unknown:
        raise InputError(
            f"unknown event {', '.join(unknown)} (choose from {', '.join(EVENTS)})",
            subject="--on",
        )
    return [event for event in EVENTS if event in wanted]


def parse_threshold(text: str | float | None) -> float:
    """``"25%"`` or ``"0.25"`` -> 0.25; InputError for anything else or a negative figure."""
    if text is None:
        return DEFAULT_THRESHOLD
    if isinstance(text, float | int):
        value = float(text)
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(%?)\s*", text)
        if not match:
            raise InputError(f"{text!r} is not a percentage like 25%", subject="--threshold")
        value = float(match.group(1)) / (100 if match.group(2) else 1)
    if value < 0:
        raise InputError("the threshold cannot be negative", subject="--threshold")
    return value


# --- the pure comparison -----------------------------------------------------------------


def changes(before: ActorView, after: ActorView, watch: Watch) -> list[Alert]:
    """The alerts ``watch`` asks for, given the actor's view before and after an ingest."""
    known = before.claim_ids()
    found: list[Alert] = []
    disputes = _new_disputes(before, after, known, watch)
    covered = {c["doc_id"] for alert in disputes for c in alert.details["citations"]}
    for assertion in after.assertions:
        if set(assertion["claims"]) & known:
            continue
        alert = _new_assertion(assertion, before, watch)
        if alert is None:
            continue
        if alert.kind == "dispute" and _docs(alert) and _docs(alert) <= covered:
            continue  # a new dispute from the same document says it already
        found.append(alert)
    found.extend(disputes)
    found.extend(_estimate_changes(before, after, known, watch))
    return [alert for alert in found if alert.kind in watch.events]


def _docs(alert: Alert) -> set[str]:
    """Documents an alert cites."""
    return {citation["doc_id"] for citation in alert.details.get("citations", [])}


def _new_assertion(assertion: dict[str, Any], before: ActorView, watch: Watch) -> Alert | None:
    """A wholly new assertion as the alert its type calls for (None when another rule covers it)."""
    kind = {"relation": "new-relation", "denial": "dispute"}.get(assertion["type"], "new-claim")
    if assertion["polarity"] == "denied" and assertion["type"] != "strength":
        kind = "dispute"
    if assertion["type"] == "strength" and _current_estimate(before, assertion) is not None:
        return None
    prefix = "new denial" if kind == "dispute" else kind.replace("-", " ")
    evidence = assertion.get("evidence", [])
    return Alert(
        fingerprint=_fingerprint(kind, watch.actor_id, *sorted(assertion["claims"])[:1]),
        kind=kind,
        actor_id=watch.actor_id,
        actor_name=watch.name,
        summary=f"{prefix}: {assertion.get('statement') or _statement(assertion)}",
        details={
            "assertion": _brief(assertion),
            "claims": list(assertion["claims"]),
            "citations": list(evidence),
        },
        doc_id=evidence[0]["doc_id"] if evidence else None,
        watch_id=watch.id,
    )


def _estimate_changes(
    before: ActorView, after: ActorView, known: set[str], watch: Watch
) -> Iterable[Alert]:
    """New strength claims far enough from the consolidated estimate they would change."""
    for assertion in after.assertions:
        if assertion["type"] != "strength" or assertion["polarity"] != "asserted":
            continue
        current = _current_estimate(before, assertion)
        if current is None:
            continue
        old = figure(current.get("value"))
        for citation in assertion.get("evidence", []):
            new = figure(citation.get("value"))
            if citation["claim"] in known or old is None or new is None or old == 0:
                continue
            change = abs(new - old) / abs(old)
            if change <= watch.threshold:
                continue
            yield Alert(
                fingerprint=_fingerprint("estimate-change", watch.actor_id, citation["claim"]),
                kind="estimate-change",
                actor_id=watch.actor_id,
                actor_name=watch.name,
                summary=(
                    f"estimate change: {watch.name} {assertion['predicate']} "
                    f"{_range(citation.get('value'))} ({citation.get('source')}) differs by "
                    f"{change:.0%} from the consolidated {_range(current.get('value'))}"
                ),
                details={
                    "predicate": assertion["predicate"],
                    "previous": current.get("value"),
                    "previous_assertion": _brief(current),
                    "new": citation.get("value"),
                    "change": round(change, 4),
                    "threshold": watch.threshold,
                    "claims": [citation["claim"]],
                    "citations": [citation],
                },
                doc_id=citation.get("doc_id"),
                watch_id=watch.id,
            )


def _current_estimate(before: ActorView, like: Mapping[str, Any]) -> dict[str, Any] | None:
    """The consolidated estimate in ``like``'s unit that was most recently reported, if any."""
    same = [
        a
        for a in before.assertions
        if a["type"] == "strength"
        and a["polarity"] == "asserted"
        and a["predicate"] == like["predicate"]
        and a["subject"]["id"] == like["subject"]["id"]
    ]
    if not same:
        return None
    return max(same, key=lambda a: (a.get("last_seen") or "", a.get("sources") or 0, a["id"]))


def _new_disputes(
    before: ActorView, after: ActorView, known: set[str], watch: Watch
) -> list[Alert]:
    """Disputes of ``after`` that no dispute of ``before`` already was."""
    old = [_dispute_sides(d) for d in before.disputes]
    alerts = []
    for dispute in after.disputes:
        first, second = _dispute_sides(dispute)
        if not (first | second) - known:
            continue
        if any(
            d["kind"] == dispute["kind"]
            and ((a <= first and b <= second) or (a <= second and b <= first))
            for d, (a, b) in zip(before.disputes, old, strict=True)
        ):
            continue
        claims = sorted(first | second)
        citations = _dispute_citations(dispute, after)
        alerts.append(
            Alert(
                fingerprint=_fingerprint(
                    "dispute", watch.actor_id, dispute["kind"], min(first), min(second)
                ),
                kind="dispute",
                actor_id=watch.actor_id,
                actor_name=watch.name,
                summary=f"dispute ({dispute['kind']}): {dispute.get('reason', '')}".rstrip(": "),
                details={
                    "dispute": dispute,
                    "claims": claims,
                    "citations": citations,
                },
                doc_id=next((c["doc_id"] for c in citations if c["claim"] not in known), None),
                watch_id=watch.id,
            )
        )
    return alerts


def _dispute_sides(dispute: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    first, second = dispute["sides"]
    return set(first["claims"]), set(second["claims"])


def _dispute_citations(dispute: Mapping[str, Any], view: ActorView) -> list[dict[str, Any]]:
    """The citations of both sides' claims, found in the view's assertions."""
    wanted = {claim for side in dispute["sides"] for claim in side["claims"]}
    return [
        citation
        for assertion in view.assertions
        for citation in assertion.get("evidence", [])
        if citation["claim"] in wanted
    ]


# --- small helpers -------------------------------------------------------------------------


def figure(value: Mapping[str, Any] | None) -> float | None:
    """One number for a range: its middle, or the bound that is given."""
    if not value:
        return None
    low, high = value.get("min"), value.get("max")
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    if low is not None:
        return float(low)
    return float(high) if high is not None else None


def _range(value: Mapping[str, Any] | None) -> str:
    if not value:
        return "?"
    low, high = value.get("min"), value.get("max")
    text = [f"{float(v):,.0f}" if v is not None else "?" for v in (low, high)]
    return text[0] if low == high else f"{text[0]}-{text[1]}"


def _statement(assertion: Mapping[str, Any]) -> str:
    """A fallback one-line statement when the view carries none."""
    parts = [assertion["subject"]["name"], assertion["predicate"]]
    if assertion.get("object"):
        parts.append(assertion["object"]["name"])
    if assertion.get("value"):
        parts.append(_range(assertion["value"]))
    text = " ".join(parts)
    return text if assertion.get("polarity") == "asserted" else f"denied: {text}"


def _brief(assertion: Mapping[str, Any]) -> dict[str, Any]:
    """The assertion without its citations (those travel separately)."""
    return {key: value for key, value in assertion.items() if key != "evidence"}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


# --- building views from a consolidation ---------------------------------------------------


def actor_view(consolidation: Consolidation, actor_id: str) -> ActorView:
    """The actor's assertions and disputes in ``consolidation``, as plain dicts."""
    from claimgraph.analysis.briefs import statement

    canonical = consolidation.resolution.resolve(actor_id)
    assertions = []
    for assertion in consolidation.about(canonical):
        data = assertion.to_json()
        data["statement"] = statement(assertion)
        data["evidence"] = [
            citation_of(instance.claim, instance.source_name) for instance in assertion.instances
        ]
        assertions.append(data)
    disputes = tuple(d.to_json() for d in consolidation.disputes_about(canonical))
    return ActorView(actor_id=canonical, assertions=tuple(assertions), disputes=disputes)


def citation_of(claim: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Where a claim was read: document, sentence, who said it, the figure if any."""
    document = claim["document"]
    return {
        "claim": str(claim["id"]),
        "doc_id": document["id"],
        "title": document.get("title"),
        "outlet": document.get("outlet"),
        "url": document.get("url"),
        "published": document.get("published"),
        "sentence": claim["evidence"]["sentence"],
        "source": source,
        "value": claim.get("value"),
    }


def evaluate(
    before: Mapping[int, ActorView], after: Mapping[int, ActorView], watches: Iterable[Watch]
) -> list[Alert]:
    """Alerts of every watch (views keyed by watch id); one alert per fingerprint."""
    seen: set[str] = set()
    alerts = []
    for watch in watches:
        key = watch.id or 0
        if key not in after:
            continue
        previous = before.get(key) or ActorView(actor_id=watch.actor_id)
        for alert in changes(previous, after[key], watch):
            if alert.fingerprint not in seen:
                seen.add(alert.fingerprint)
                alerts.append(alert)
    return alerts
