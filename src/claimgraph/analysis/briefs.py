"""Actor briefs: what many sources say together about one actor, every line cited.

:func:`build_brief` turns a :class:`~claimgraph.analysis.consolidate.Consolidation`
into plain data (the ``--format json`` output) that the Markdown and HTML
renderers only lay out: strength estimates over time, relations by type,
places, pledges with what is reported against them, disputes with both
sides, and numbered citations to document and sentence.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from claimgraph.analysis.assertions import Assertion, Instance
from claimgraph.analysis.consolidate import Consolidation
from claimgraph.analysis.contradictions import Dispute
from claimgraph.analysis.rules import Rules, load_rules
from claimgraph.errors import NotFoundError

# How each predicate reads in a sentence: (asserted, denied).
PHRASES: dict[str, tuple[str, str]] = {
    "ally": ("is allied with", "is not allied with"),
    "funds": ("funds", "does not fund"),
    "protects": ("protects", "does not protect"),
    "allegiance": ("has pledged allegiance to", "has not pledged allegiance to"),
    "affiliate": ("is an affiliate of", "is not an affiliate of"),
    "hostile": ("is hostile to", "is not hostile to"),
    "infiltrates": ("infiltrates", "does not infiltrate"),
    "member_of": ("is a member of", "is not a member of"),
    "leads": ("leads", "does not lead"),
    "splinter_of": ("is a splinter of", "is not a splinter of"),
    "internal_division": ("is divided internally", "is not divided internally"),
    "operates_in": ("operates in", "does not operate in"),
    "pledge": ("pledges", "does not pledge"),
    "denies": ("rejects what is said by", "does not reject"),
}
RELATION_TITLES: dict[str, str] = {
    "allegiance": "Allegiance",
    "affiliate": "Affiliates and parents",
    "splinter_of": "Splinters",
    "leads": "Leaders",
    "member_of": "Members",
    "ally": "Allies",
    "funds": "Funding",
    "protects": "Protection",
    "hostile": "Enemies",
    "infiltrates": "Infiltration",
    "internal_division": "Internal divisions",
}


def number(value: float | int | None) -> str:
    """A count as an analyst writes it: 4,000."""
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def value_text(value: dict[str, Any] | None) -> str:
    """A consolidated range in words: "4,000-6,000", "up to 200", "at least 22"."""
    if not value:
        return ""
    low, high = value.get("min"), value.get("max")
    if low is None and high is None:
        return "an unstated number of"
    if low is None:
        return f"up to {number(high)}"
    if high is None:
        return f"at least {number(low)}"
    if low == high:
        return number(low)
    return f"{number(low)}\u2013{number(high)}"


def statement(assertion: Assertion) -> str:
    """An assertion as one plain sentence (without citation)."""
    subject = assertion.subject["name"]
    if assertion.type == "strength":
        text = f"{subject} has {value_text(assertion.value)} {assertion.predicate}"
        return text if assertion.polarity == "asserted" else f"Denied: {text}"
    asserted, denied = PHRASES.get(
        assertion.predicate, (assertion.predicate, f"not {assertion.predicate}")
    )
    verb = asserted if assertion.polarity == "asserted" else denied
    obj = assertion.object
    if assertion.type == "pledge":
        return f"{subject} made a pledge" + (f" to {obj['name']}" if obj else "")
    if obj is None or assertion.predicate == "internal_division":
        return f"{subject} {verb}"
    return f"{subject} {verb} {obj['name']}"


class Citations:
    """Numbers citations in order of first use; one claim keeps one number."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.entries: list[dict[str, Any]] = []

    def cite(self, instance: Instance) -> int:
        """The number of a claim's citation, adding it on first use."""
        if instance.id in self.numbers:
            return self.numbers[instance.id]
        claim = instance.claim
        number_ = len(self.entries) + 1
        self.numbers[instance.id] = number_
        self.entries.append(
            {
                "n": number_,
                "claim": instance.id,
                "source": instance.source_name,
                "source_kind": claim["source"].get("kind"),
                "document": claim["document"],
                "sentence": claim["evidence"]["sentence"],
                "start": claim["evidence"]["start"],
                "end": claim["evidence"]["end"],
            }
        )
        return number_

    def assertion(self, assertion: Assertion) -> list[int]:
        """One citation per independent source (its earliest claim), in order."""
        first: dict[str, Instance] = {}
        for instance in assertion.instances:
            first.setdefault(instance.source_key, instance)
        return [self.cite(instance) for instance in first.values()]


def _line(assertion: Assertion, citations: Citations) -> dict[str, Any]:
    """One assertion as a line of the brief."""
    data = assertion.to_json()
    return {
        "assertion": assertion.id,
        "statement": statement(assertion),
        "grade": assertion.grade,
        "grade_reasons": assertion.grade_reasons,
        "sources": data["sources"],
        "source_names": data["source_names"],
        "relays": data["relays"],
        "documents": data["documents"],
        "first_seen": data["first_seen"],
        "last_seen": data["last_seen"],
        "hedged": data["hedged"],
        "disputed": data["disputed"],
        "disputed_by": data["disputed_by"],
        "value": data["value"],
        "unit": assertion.predicate if assertion.type == "strength" else None,
        "subject": assertion.subject,
        "object": assertion.object,
        "cite": citations.assertion(assertion),
    }


def build_brief(
    consolidation: Consolidation,
    actor_id: str,
    *,
    since: date | None = None,
    rules: Rules | None = None,
) -> dict[str, Any]:
    """Everything the brief on one actor shows, as plain data."""
    rules = rules or load_rules()
    resolution = consolidation.resolution
    canonical = resolution.resolve(actor_id)
    actor = resolution.actors.get(canonical)
    if actor is None:
        raise NotFoundError("no such actor", subject=actor_id)
    members = resolution.members(canonical)
    about = consolidation.about(canonical)
    citations = Citations()
    brief: dict[str, Any] = {
        "actor": {
            **actor.ref(),
            "aliases": list(actor.aliases),
            "merged": [
                {"id": m, "name": resolution.actors[m].name, "why": resolution.reasons.get(m)}
                for m in members[1:]
            ],
        },
        "since": since.isoformat() if since else None,
        "window_days": rules.window_days,
    }
    own = [a for a in about if a.subject["id"] == canonical]
    brief["strength"] = _strength(own, citations)
    brief["timeline"] = _timeline(own, citations)
    brief["relations"] = _relations(about, canonical, citations)
    brief["places"] = [_line(a, citations) for a in own if a.type == "presence"]
    brief["pledges"] = _pledges(own, about, canonical, rules, citations)
    brief["denials"] = [_line(a, citations) for a in own if a.type == "denial"]
    brief["disputes"] = [_dispute(d, citations) for d in consolidation.disputes_about(canonical)]
    brief["counts"] = {
        "assertions": len(about),
        "claims": sum(len(a.instances) for a in about),
        "documents": len({d for a in about for d in a.documents()}),
        "sources": len({k for a in about for k in a.sources()}),
    }
    brief["citations"] = citations.entries
    return brief


def _strength(own: list[Assertion], citations: Citations) -> list[dict[str, Any]]:
    """Consolidated estimates, by unit and then in time."""
    estimates = [a for a in own if a.type == "strength"]
    estimates.sort(key=lambda a: (a.predicate, (a.dates() or [date.max])[0]))
    return [_line(a, citations) for a in estimates]


def _timeline(own: list[Assertion], citations: Citations) -> list[dict[str, Any]]:
    """Every single estimate with its date, for the chart and the trend table."""
    points = []
    for assertion in own:
        if assertion.type != "strength" or assertion.polarity != "asserted":
            continue
        for instance in assertion.instances:
            value = instance.claim.get("value") or {}
            points.append(
                {
                    "unit": assertion.predicate,
                    "date": instance.seen.isoformat() if instance.seen else None,
                    "min": value.get("min"),
                    "max": value.get("max"),
                    "approx": bool(value.get("approx")),
                    "hedged": instance.hedged,
                    "source": instance.source_name,
                    "assertion": assertion.id,
                    "grade": assertion.grade,
                    "cite": citations.cite(instance),
                }
            )
    points.sort(key=lambda p: (p["unit"], p["date"] or "9999", p["cite"]))
    return points


def _relations(
    about: list[Assertion], canonical: str, citations: Citations
) -> list[dict[str, Any]]:
    """Relations grouped by predicate, the actor on either side."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for assertion in about:
        if assertion.type != "relation":
            continue
        line = _line(assertion, citations)
        line["direction"] = "out" if assertion.subject["id"] == canonical else "in"
        groups[assertion.predicate].append(line)
    ordered = [p for p in RELATION_TITLES if p in groups] + sorted(
        p for p in groups if p not in RELATION_TITLES
    )
    return [
        {
            "predicate": predicate,
            "title": RELATION_TITLES.get(predicate, predicate),
            "lines": sorted(
                groups[predicate], key=lambda line: (-line["sources"], line["statement"])
            ),
        }
        for predicate in ordered
    ]


def _pledges(
    own: list[Assertion],
    about: list[Assertion],
    canonical: str,
    rules: Rules,
    citations: Citations,
) -> list[dict[str, Any]]:
    """Pledges of the actor, each with what is reported against it.

    What bears on a pledge is every assertion, by any source, that the actor
    keeps one of the ties of ``pledge_tests`` (sheltering, funding, alliance),
    the kind of conduct a pledge not to harbour groups is tested against.
    """
    tests = set(rules.pledge_tests)
    against = [
        a
        for a in about
        if a.type == "relation"
        and a.polarity == "asserted"
        and a.predicate in tests
        and a.subject["id"] == canonical
    ]
    result = []
    for pledge in (a for a in own if a.type == "pledge"):
        line = _line(pledge, citations)
        line["quotes"] = [
            {"sentence": i.claim["evidence"]["sentence"], "cite": citations.cite(i)}
            for i in pledge.instances
        ]
        line["against"] = [_line(a, citations) for a in against]
        result.append(line)
    return result


def _dispute(dispute: Dispute, citations: Citations) -> dict[str, Any]:
    """A dispute with both sides, each cited."""
    return {
        "id": dispute.id,
        "kind": dispute.kind,
        "reason": dispute.reason,
        "sides": [_line(dispute.first, citations), _line(dispute.second, citations)],
    }
