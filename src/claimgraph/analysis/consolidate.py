"""Consolidate the store: resolve actors, fold copies, group, find disputes, grade.

:func:`consolidate_claims` is the pure core (claim dicts in, assertions and
disputes out); :func:`consolidate` reads everything it needs from the store
and caches the result per database until something is added or decided, so
the web app can call it on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from threading import Lock
from typing import Any

from sqlalchemy import Engine

from claimgraph.analysis.assertions import Assertion, group_assertions, make_instances
from claimgraph.analysis.contradictions import Dispute, find_disputes, rejection_targets
from claimgraph.analysis.grading import Reliability, grade_all
from claimgraph.analysis.independence import (
    from_bytes,
    method_name,
    near_duplicates,
    signature,
    source_key,
)
from claimgraph.analysis.ratings import OutletRatings, load_outlet_ratings
from claimgraph.analysis.resolution import Resolution, actor_records, resolve_actors
from claimgraph.analysis.rules import Rules, load_rules
from claimgraph.nlp.gazetteer import Gazetteer, load_gazetteer
from claimgraph.store import consolidation as store
from claimgraph.store.queries import iter_claims

_CACHE_SIZE = 4
_cache: dict[tuple[Any, ...], Consolidation] = {}
_lock = Lock()


@dataclass
class Consolidation:
    """Assertions and disputes of a set of claims, with how actors and copies were resolved."""

    assertions: list[Assertion]
    disputes: list[Dispute]
    resolution: Resolution
    relay_of: dict[str, str]

    def about(self, actor_id: str) -> list[Assertion]:
        """Assertions in which the actor (or anyone merged into it) takes part."""
        members = self.resolution.members(actor_id)
        return [a for a in self.assertions if a.involves(members)]

    def disputes_about(self, actor_id: str) -> list[Dispute]:
        """Disputes in which either side involves the actor."""
        members = self.resolution.members(actor_id)
        return [d for d in self.disputes if d.first.involves(members) or d.second.involves(members)]


def consolidate_claims(
    claims: Iterable[Mapping[str, Any]],
    *,
    resolution: Resolution,
    relay_of: Mapping[str, str],
    gazetteer: Gazetteer | None,
    ratings: OutletRatings,
    analyst: Mapping[str, str] | None = None,
    rules: Rules | None = None,
) -> Consolidation:
    """The pure core: claim dicts of the contract in, graded assertions and disputes out."""
    rules = rules or load_rules()
    instances = make_instances(
        claims,
        resolve=resolution.ref,
        relay_of=relay_of,
        source_key_of=_memo_source_keys(gazetteer),
    )
    assertions = group_assertions(instances, rules)
    targets = {a.id: rejection_targets(a) for a in assertions if a.type == "denial"}
    disputes = find_disputes(assertions, rules, targets_of=targets)
    grade_all(assertions, disputes, Reliability(ratings, analyst or {}, gazetteer), rules)
    return Consolidation(assertions, disputes, resolution, dict(relay_of))


def _memo_source_keys(gazetteer: Gazetteer | None) -> Callable[[Mapping[str, Any], str], str]:
    """:func:`source_key` remembered per source name and kind: names repeat a lot."""
    memo: dict[tuple[str, str], str] = {}

    def key_of(source: Mapping[str, Any], relay: str) -> str:
        if source.get("kind") == "outlet":
            return source_key(source, relay, gazetteer)
        memo_key = (str(source.get("name")), str(source.get("kind")))
        found = memo.get(memo_key)
        if found is None:
            found = memo[memo_key] = source_key(source, relay, gazetteer)
        return found

    return key_of


def consolidate(
    engine: Engine, *, since: date | None = None, rules: Rules | None = None
) -> Consolidation:
    """Consolidate everything stored (claims from documents published ``since`` on).

    Results are cached per database and rules until a document is added or
    an analyst decision is recorded.
    """
    rules = rules or load_rules()
    cache_key = (str(engine.url), id(rules), since, store.data_version(engine))
    with _lock:
        cached = _cache.get(cache_key)
    if cached is not None:
        return cached
    result = _consolidate(engine, since=since, rules=rules)
    with _lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        _cache[cache_key] = result
    return result


def _consolidate(engine: Engine, *, since: date | None, rules: Rules) -> Consolidation:
    gazetteer = load_gazetteer()
    resolution = store_resolution(engine, gazetteer=gazetteer, rules=rules)
    relay_of = store_relays(engine, rules)
    claims: Iterable[dict[str, Any]] = iter_claims(engine)
    if since is not None:
        day = since.isoformat()
        claims = (c for c in claims if (c["document"].get("published") or "") >= day)
    analyst = {k: row["reliability"] for k, row in store.list_source_ratings(engine).items()}
    return consolidate_claims(
        claims,
        resolution=resolution,
        relay_of=relay_of,
        gazetteer=gazetteer,
        ratings=load_outlet_ratings(),
        analyst=analyst,
        rules=rules,
    )


def store_resolution(
    engine: Engine, *, gazetteer: Gazetteer | None = None, rules: Rules | None = None
) -> Resolution:
    """Resolve the stored actors with the analysts' recorded decisions."""
    return resolve_actors(
        actor_records(store.actor_records(engine)),
        gazetteer=gazetteer if gazetteer is not None else load_gazetteer(),
        rules=rules or load_rules(),
        decisions=store.list_actor_decisions(engine),
    )


def store_relays(engine: Engine, rules: Rules | None = None) -> dict[str, str]:
    """Each stored document's earliest copy, fingerprinting new documents first."""
    rules = rules or load_rules()
    method = method_name(rules.shingle_words, rules.permutations)
    missing = store.documents_without_fingerprint(engine, method)
    if missing:
        store.save_fingerprints(
            engine,
            method,
            (
                (
                    doc_id,
                    signature(
                        body, size=rules.shingle_words, permutations=rules.permutations
                    ).tobytes(),
                )
                for doc_id, body in missing
            ),
        )
    rows = store.load_fingerprints(engine, method)
    return near_duplicates(
        {row["doc_id"]: from_bytes(row["signature"]) for row in rows},
        {row["doc_id"]: row["published"] for row in rows},
        bands=rules.bands,
        threshold=rules.near_duplicate_threshold,
    )
