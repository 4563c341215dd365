"""Assertions: the claims of many documents that say one thing, grouped.

A claim is one sentence of one document. An *assertion* is what several of
them state together: the same type, predicate, subject and object (after
actor resolution), and the same polarity. Strength estimates of one actor
and unit group by value as well: estimates whose ranges overlap, made within
the comparison window of each other, are one assertion with a consolidated
range; an estimate that does not overlap is another assertion (and a
dispute, see :mod:`claimgraph.analysis.contradictions`).

Everything here works on claim dicts of the JSON contract, in one pass, so
the same code serves the CLI, the web app and tests with hand-made claims.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimgraph.analysis.rules import Rules

INF = float("inf")


@dataclass(frozen=True)
class Instance:
    """One claim as consolidation sees it: canonical actors, ultimate source, article."""

    claim: dict[str, Any]
    source_key: str
    relay: str
    seen: date | None

    @property
    def id(self) -> str:
        return str(self.claim["id"])

    @property
    def doc_id(self) -> str:
        return str(self.claim["document"]["id"])

    @property
    def source_name(self) -> str:
        """Who asserts it; for an outlet speaking for itself, the document's outlet."""
        source = self.claim["source"]
        if source.get("kind") == "outlet":
            document = self.claim["document"]
            fallback = str(document.get("title") or source["name"])
            return str(document.get("outlet") or _shorten(fallback))
        return str(source["name"])

    @property
    def hedged(self) -> bool:
        return bool(self.claim.get("hedged"))

    def bounds(self, tolerance: float) -> tuple[float, float]:
        """The estimate as a closed interval; approximate figures widened by ``tolerance``."""
        value = self.claim.get("value") or {}
        low, high = value.get("min"), value.get("max")
        spread = tolerance if value.get("approx") else 0.0
        return (
            -INF if low is None else float(low) * (1 - spread),
            INF if high is None else float(high) * (1 + spread),
        )


@dataclass
class Assertion:
    """Claims of many documents stating one thing, and what consolidation found about it."""

    id: str
    type: str
    predicate: str
    polarity: str
    subject: dict[str, Any]
    object: dict[str, Any] | None
    instances: list[Instance]
    disputed_by: list[str] = field(default_factory=list)
    disputes: list[str] = field(default_factory=list)
    grade: str = "F6"
    grade_reasons: list[str] = field(default_factory=list)

    @property
    def value(self) -> dict[str, float | int | None] | None:
        """For strength: the envelope of the stated bounds; None otherwise."""
        if self.type != "strength":
            return None
        values = [i.claim.get("value") or {} for i in self.instances]
        mins = [v["min"] for v in values if v.get("min") is not None]
        maxes = [v["max"] for v in values if v.get("max") is not None]
        return {"min": min(mins) if mins else None, "max": max(maxes) if maxes else None}

    def sources(self) -> dict[str, str]:
        """Independent sources (key -> the name first used), in order of first sight."""
        found: dict[str, str] = {}
        for instance in self.instances:
            found.setdefault(instance.source_key, instance.source_name)
        return found

    def relays(self) -> set[str]:
        """Articles carrying the assertion, a copied article counted once."""
        return {i.relay for i in self.instances}

    def documents(self) -> set[str]:
        """Stored documents carrying the assertion."""
        return {i.doc_id for i in self.instances}

    def dates(self) -> list[date]:
        return sorted(i.seen for i in self.instances if i.seen is not None)

    @property
    def hedged(self) -> bool:
        """True when every instance is hedged (no one states it outright)."""
        return all(i.hedged for i in self.instances)

    def involves(self, actor_ids: Iterable[str]) -> bool:
        wanted = set(actor_ids)
        return self.subject["id"] in wanted or bool(self.object and self.object["id"] in wanted)

    def to_json(self) -> dict[str, Any]:
        """The ``assertions --format jsonl`` contract; keys are only ever added."""
        dates = self.dates()
        return {
            "id": self.id,
            "type": self.type,
            "predicate": self.predicate,
            "polarity": self.polarity,
            "subject": self.subject,
            "object": self.object,
            "value": _json_value(self.value),
            "sources": len(self.sources()),
            "source_names": list(self.sources().values()),
            "relays": len(self.relays()),
            "documents": len(self.documents()),
            "first_seen": dates[0].isoformat() if dates else None,
            "last_seen": dates[-1].isoformat() if dates else None,
            "hedged": self.hedged,
            "disputed": bool(self.disputed_by),
            "disputed_by": list(self.disputed_by),
            "grade": self.grade,
            "grade_reasons": list(self.grade_reasons),
            "claims": [i.id for i in self.instances],
        }


def _shorten(text: str, limit: int = 60) -> str:
    """A long title cut at a word, for use as a name."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


def _json_value(value: dict[str, float | int | None] | None) -> dict[str, Any] | None:
    """Whole numbers print as integers, like the claims contract."""
    if value is None:
        return None
    return {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in value.items()}


def parse_date(text: str | None) -> date | None:
    """An ISO date from the contract, or None."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def observed(claim: Mapping[str, Any]) -> date | None:
    """When a claim was made: its document's date, else the year its ``when`` names.

    A year alone reads as the middle of that year, close enough for a window
    counted in months.
    """
    published = parse_date(claim["document"].get("published"))
    if published is not None:
        return published
    year = re.search(r"\b(19|20)\d{2}\b", str(claim.get("when") or ""))
    return date(int(year.group(0)), 7, 1) if year else None


def make_instances(
    claims: Iterable[Mapping[str, Any]],
    *,
    resolve: Callable[[Mapping[str, Any] | None], dict[str, Any] | None],
    relay_of: Mapping[str, str],
    source_key_of: Callable[[Mapping[str, Any], str], str],
) -> list[Instance]:
    """Claims with canonical actors, their ultimate source and their article.

    ``resolve`` maps an actor reference to its canonical one, ``relay_of`` a
    document id to the earliest copy of its article, ``source_key_of`` a
    claim's source (and article) to its ultimate-source key.
    """
    instances = []
    for claim in claims:
        doc_id = str(claim["document"]["id"])
        relay = relay_of.get(doc_id, doc_id)
        resolved = dict(claim)
        resolved["subject"] = resolve(claim["subject"])
        resolved["object"] = resolve(claim.get("object"))
        instances.append(
            Instance(
                claim=resolved,
                source_key=source_key_of(claim["source"], relay),
                relay=relay,
                seen=observed(claim),
            )
        )
    return instances


def group_assertions(instances: Iterable[Instance], rules: Rules) -> list[Assertion]:
    """Group instances into assertions (strength split further by overlapping value)."""
    groups: dict[tuple[str, ...], list[Instance]] = defaultdict(list)
    for instance in instances:
        groups[_group_key(instance.claim)].append(instance)
    assertions: list[Assertion] = []
    for group_key, members in groups.items():
        clusters = estimate_clusters(members, rules) if group_key[0] == "strength" else [members]
        for cluster in clusters:
            assertions.append(_assertion(group_key, cluster))
    assertions.sort(key=_order)
    return assertions


def _group_key(claim: Mapping[str, Any]) -> tuple[str, ...]:
    obj = claim.get("object")
    return (
        str(claim["type"]),
        str(claim["predicate"]),
        str(claim["subject"]["id"]),
        str(obj["id"]) if obj else "",
        str(claim.get("polarity") or "asserted"),
    )


def _assertion(group_key: tuple[str, ...], members: list[Instance]) -> Assertion:
    members = sorted(members, key=lambda i: (i.seen or date.max, i.doc_id, i.id))
    identity = "|".join(group_key)
    if group_key[0] == "strength":
        identity += "|" + min(i.id for i in members)
    first = members[0].claim
    return Assertion(
        id=hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16],
        type=group_key[0],
        predicate=group_key[1],
        polarity=group_key[4],
        subject=first["subject"],
        object=first.get("object"),
        instances=members,
    )


def _order(assertion: Assertion) -> tuple[Any, ...]:
    dates = assertion.dates()
    return (
        assertion.subject["name"],
        assertion.type,
        assertion.predicate,
        dates[0] if dates else date.max,
        assertion.id,
    )


def within_window(
    first: date | None, second: date | None, days: int, *, undated: bool = False
) -> bool:
    """Two observations are comparable when close in time.

    An undated observation is comparable only when ``undated`` says so: it
    may join a group of estimates it agrees with, but cannot be said to
    conflict with anything, since nobody knows when it was made.
    """
    if first is None or second is None:
        return undated
    return abs((first - second).days) <= days


def overlap(first: tuple[float, float], second: tuple[float, float]) -> bool:
    """Two closed intervals share at least one number."""
    return first[0] <= second[1] and second[0] <= first[1]


def estimate_clusters(members: list[Instance], rules: Rules) -> list[list[Instance]]:
    """Split estimates of one actor and unit into groups that agree.

    An estimate joins a group when it overlaps every estimate of that group
    made within the window of it (complete linkage), so a vague figure
    ("thousands", "up to 6,000") cannot chain two incompatible estimates into
    one. The most precise estimates are placed first and seed the groups;
    vaguer ones then join the earliest group they fit.
    """
    tolerance = rules.approx_tolerance
    order = sorted(members, key=lambda m: (_width(m.bounds(tolerance)), m.seen or date.max, m.id))
    clusters: list[list[Instance]] = []
    for member in order:
        bounds = member.bounds(tolerance)
        for cluster in clusters:
            comparable = [
                c
                for c in cluster
                if within_window(c.seen, member.seen, rules.window_days, undated=True)
            ]
            if comparable and all(overlap(bounds, c.bounds(tolerance)) for c in comparable):
                cluster.append(member)
                break
        else:
            clusters.append([member])
    return clusters


def _width(bounds: tuple[float, float]) -> float:
    """How vague an estimate is (open ranges are the vaguest)."""
    return bounds[1] - bounds[0]
