"""Analysts' decisions: merge two actors, split one again, rate a source.

The command line and the web app record the same decisions through these
functions, so both check them the same way before anything is stored.
"""

from __future__ import annotations

from sqlalchemy import Engine

from claimgraph.analysis.consolidate import store_resolution
from claimgraph.analysis.grading import rating_key
from claimgraph.analysis.rules import RELIABILITY_LETTERS
from claimgraph.errors import InputError, NotFoundError
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.store.consolidation import record_actor_decision, set_source_rating
from claimgraph.store.queries import find_actor_id


def resolve_actor(engine: Engine, name: str) -> str:
    """A stored actor given by id, canonical name or gazetteer alias."""
    found = find_actor_id(engine, name)
    if found is None:
        actor = load_gazetteer().lookup(name)
        found = find_actor_id(engine, actor.id) if actor else None
    if found is None:
        raise NotFoundError("no such actor", subject=name)
    return found


def merge_actors(
    engine: Engine, actor: str, into: str, *, note: str | None = None
) -> tuple[str, str]:
    """Record that ``actor`` is ``into`` under another name; returns both ids."""
    source, target = resolve_actor(engine, actor), resolve_actor(engine, into)
    resolution = store_resolution(engine)
    if resolution.resolve(source) == resolution.resolve(target):
        raise InputError(f"already one actor ({resolution.resolve(target)})", subject=actor)
    if resolution.resolve(target) == source:
        raise InputError(f"{target} is merged into {source}; split it first", subject=into)
    record_actor_decision(engine, "merge", source, target, note)
    return source, target


def split_actor(engine: Engine, actor: str, *, note: str | None = None) -> str:
    """Undo any merge of ``actor``, automatic or recorded; returns its id."""
    actor_id = resolve_actor(engine, actor)
    record_actor_decision(engine, "split", actor_id, None, note)
    return actor_id


def rate_source(engine: Engine, name: str, letter: str, *, note: str | None = None) -> str:
    """Set a source's reliability letter (A-F), overriding outlets.yaml; returns it."""
    letter = letter.strip().upper()
    if len(letter) != 1 or letter not in RELIABILITY_LETTERS:
        raise InputError("not a reliability letter (use one of A, B, C, D, E, F)", subject=letter)
    set_source_rating(engine, rating_key(name, load_gazetteer()), name, letter, note)
    return letter
