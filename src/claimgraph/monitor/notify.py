"""Turn an ingest into alerts: views before and after, compare, record, deliver.

:func:`with_alerts` wraps any action that stores documents (a poll of the
watched sources, ``claimgraph fetch``): it takes the watched actors' views
from the consolidated store before and after, and records and delivers the
alerts :func:`claimgraph.monitor.alerts.evaluate` finds. Recording is keyed by
the alert's fingerprint, so an alert is delivered once even if the same
change is seen again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine

from claimgraph.model import slugify
from claimgraph.monitor.alerts import ActorView, Alert, Watch, actor_view, evaluate
from claimgraph.monitor.delivery import Channel, alert_payload, deliver
from claimgraph.store import monitoring
from claimgraph.store.queries import find_actor_id

T = TypeVar("T")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, naive UTC (how the store keeps time)."""
    return datetime.now(UTC).replace(tzinfo=None)


def watch_actor_id(engine: Engine, name: str) -> str:
    """The actor id a watchlist entry follows: stored actor, gazetteer entry, or its slug.

    An actor may be watched before any article about it is stored, so a name
    unknown to the store is looked up in the gazetteer (aliases included).
    """
    found = find_actor_id(engine, name)
    if found is not None:
        return found
    from claimgraph.nlp.gazetteer import load_gazetteer

    actor = load_gazetteer().lookup(name)
    return actor.id if actor is not None else slugify(name)


def load_watches(engine: Engine) -> list[Watch]:
    """The watchlist entries of the store."""
    return [
        Watch(
            actor_id=row["actor_id"],
            name=row["actor"],
            events=frozenset(row["events"]),
            threshold=float(row["threshold"]),
            id=int(row["id"]),
        )
        for row in monitoring.list_watches(engine)
    ]


def take_views(engine: Engine, watches: Sequence[Watch]) -> dict[int, ActorView]:
    """Each watched actor's consolidated view, keyed by watch id (nothing when none is watched)."""
    if not watches:
        return {}
    from claimgraph.analysis.consolidate import consolidate

    consolidation = consolidate(engine)
    return {watch.id or 0: actor_view(consolidation, watch.actor_id) for watch in watches}


def publish(
    engine: Engine, alerts: Iterable[Alert], channels: Sequence[Channel], *, now: datetime
) -> list[dict[str, Any]]:
    """Record each alert once and deliver the newly recorded ones; their payloads."""
    sent = []
    for alert in alerts:
        record = alert.to_record()
        alert_id = monitoring.record_alert(engine, record, now=now)
        if alert_id is None:
            continue
        payload = alert_payload(alert_id, record, now.isoformat(timespec="seconds"))
        outcome = deliver(payload, channels)
        monitoring.set_delivery(engine, alert_id, outcome)
        payload["delivery"] = outcome
        sent.append(payload)
    return sent


def with_alerts(
    engine: Engine,
    action: Callable[[], T],
    *,
    channels: Sequence[Channel] = (),
    clock: Clock = utc_now,
) -> tuple[T, list[dict[str, Any]]]:
    """Run ``action`` and alert on what it changed about watched actors."""
    watches = load_watches(engine)
    before = take_views(engine, watches)
    result = action()
    if not watches:
        return result, []
    after = take_views(engine, watches)
    alerts = evaluate(before, after, watches)
    return result, publish(engine, alerts, channels, now=clock())
