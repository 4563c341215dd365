"""The web app's one door to ``claimgraph.analysis``: assertions, disputes, grades, briefs.

Consolidation is computed from the whole store and cached by the analysis
package until the store changes, so pages can ask for it on every request.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine

from claimgraph.analysis.assertions import Assertion
from claimgraph.analysis.briefs import build_brief, statement
from claimgraph.analysis.consolidate import Consolidation, consolidate
from claimgraph.analysis.contradictions import Dispute
from claimgraph.errors import NotFoundError
from claimgraph.store.queries import claims_by_ids

_COMPUTING = threading.Lock()


def current(engine: Engine) -> Consolidation:
    """The store's consolidation; one computation at a time, so callers share its result.

    Without the lock, a page arriving while the first consolidation runs would
    start a second one and both would take twice as long.
    """
    with _COMPUTING:
        return consolidate(engine)


_ROWS: dict[int, tuple[Consolidation, dict[str, dict[str, Any]]]] = {}


def _rows(consolidated: Consolidation, disputes: list[Dispute]) -> list[dict[str, Any]]:
    """Dispute rows, built once per consolidation: a busy actor's page asks for
    the same hundred rows on every request until the store changes."""
    cached = _ROWS.get(id(consolidated))
    if cached is None or cached[0] is not consolidated:
        _ROWS.clear()
        cached = _ROWS[id(consolidated)] = (consolidated, {})
    rows = cached[1]
    return [rows.get(d.id) or rows.setdefault(d.id, _dispute_row(d)) for d in disputes]


def _dispute_row(dispute: Dispute) -> dict[str, Any]:
    """A dispute as a line to show: both statements, why they conflict, a link target."""
    data = dispute.to_json()
    data["summary"] = f"{statement(dispute.first)} — against — {statement(dispute.second)}"
    data["detail"] = dispute.reason
    data["assertion_id"] = dispute.first.id
    return data


def open_disputes(engine: Engine, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Disputes among the stored claims, most recently seen first."""
    consolidated = current(engine)
    disputes = sorted(consolidated.disputes, key=_last_seen, reverse=True)
    return _rows(consolidated, disputes[:limit])


def _last_seen(dispute: Dispute) -> str:
    dates = dispute.first.dates() + dispute.second.dates()
    return max(dates).isoformat() if dates else ""


def list_disputes(engine: Engine, *, actor_id: str | None = None) -> list[dict[str, Any]]:
    """Disputes, all of them or those involving one actor."""
    consolidated = current(engine)
    disputes = consolidated.disputes_about(actor_id) if actor_id else consolidated.disputes
    return _rows(consolidated, list(disputes))


def actor_disputes(engine: Engine, actor_id: str) -> list[dict[str, Any]]:
    """Disputes about claims whose subject or object is the actor."""
    return list_disputes(engine, actor_id=actor_id)


def relation_grade(
    consolidated: Consolidation, subject_id: str, predicate: str, object_id: str
) -> dict[str, Any] | None:
    """The grade of the consolidated relation, with its reasons, when there is one."""
    key = (
        consolidated.resolution.resolve(subject_id),
        predicate,
        consolidated.resolution.resolve(object_id),
    )
    assertion = _relations_of(consolidated).get(key)
    return _grade(assertion) if assertion is not None else None


_RELATION_INDEX: dict[int, tuple[Consolidation, dict[tuple[str, str, str], Assertion]]] = {}


def _relations_of(consolidated: Consolidation) -> dict[tuple[str, str, str], Assertion]:
    """Asserted relations by (subject, predicate, object), built once per consolidation."""
    cached = _RELATION_INDEX.get(id(consolidated))
    if cached is not None and cached[0] is consolidated:
        return cached[1]
    index = {
        (a.subject["id"], a.predicate, a.object["id"]): a
        for a in consolidated.assertions
        if a.type == "relation" and a.object is not None and a.polarity == "asserted"
    }
    _RELATION_INDEX.clear()
    _RELATION_INDEX[id(consolidated)] = (consolidated, index)
    return index


def _grade(assertion: Assertion) -> dict[str, Any]:
    return {
        "label": assertion.grade,
        "reasons": list(assertion.grade_reasons),
        "assertion_id": assertion.id,
    }


def list_assertions(
    engine: Engine, *, actor_id: str | None = None, claim_type: str | None = None
) -> list[dict[str, Any]]:
    """Consolidated assertions: one per thing said, with every instance that says it."""
    consolidated = current(engine)
    assertions = consolidated.about(actor_id) if actor_id else consolidated.assertions
    return [
        {**assertion.to_json(), "statement": statement(assertion)}
        for assertion in assertions
        if claim_type is None or assertion.type == claim_type
    ]


def get_assertion(engine: Engine, assertion_id: str) -> dict[str, Any]:
    """One assertion with its instances (claims in the contract shape) and grade."""
    for assertion in current(engine).assertions:
        if assertion.id == assertion_id:
            data = assertion.to_json()
            claims = {c["id"]: c for c in claims_by_ids(engine, data["claims"])}
            data["statement"] = statement(assertion)
            data["title"] = statement(assertion)
            data["instances"] = [claims[i] for i in data["claims"] if i in claims]
            data["grade"] = _grade(assertion)
            return data
    raise NotFoundError("no such assertion", subject=assertion_id)


def brief(engine: Engine, actor_id: str) -> dict[str, Any]:
    """The consolidated brief of the analysis package (strength, relations, disputes...)."""
    return build_brief(current(engine), actor_id)


def warm_in_background(engine: Engine) -> None:
    """Consolidate once in a thread, so the first page asking for it does not wait as long."""

    def run() -> None:
        try:
            current(engine)
        except Exception:  # the first page will raise it again, with a message
            return

    threading.Thread(target=run, name="claimgraph-consolidate", daemon=True).start()
