"""Builders for gold facts and predicted claim dicts, small enough to read in a test."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimgraph.evaluation.gold import GoldFact

FactMaker = Callable[..., GoldFact]
ClaimMaker = Callable[..., dict[str, Any]]


def _fact(**fields: Any) -> GoldFact:
    """A gold fact: a presence claim unless the test says otherwise."""
    values: dict[str, Any] = {
        "doc": "a.txt",
        "type": "presence",
        "subject": "al Qaeda",
        "object": "Afghanistan",
        "predicate": "operates_in",
        "source": "UN Monitoring Team",
        "source_kind": "document",
        "polarity": "asserted",
        "hedged": False,
        "evidence": "Al Qaeda operates in Afghanistan.",
    }
    values.update(fields)
    return GoldFact(**values)


def _claim(
    *,
    doc: str = "a.txt",
    type: str = "presence",
    predicate: str = "operates_in",
    subject: str = "al Qaeda",
    object: str | None = "Afghanistan",
    value: tuple[float | None, float | None] | None = None,
    polarity: str = "asserted",
    hedged: bool = False,
    source: str = "UN Monitoring Team",
    sentence: str = "Al Qaeda operates in Afghanistan.",
    id: str = "p1",
) -> dict[str, Any]:
    """A predicted claim in the JSONL contract shape, with the caller's ``doc`` key."""
    return {
        "id": id,
        "type": type,
        "predicate": predicate,
        "subject": {"id": subject.lower(), "name": subject, "kind": "armed_group"},
        "object": None
        if object is None
        else {"id": object.lower(), "name": object, "kind": "place"},
        "value": None
        if value is None
        else {"min": value[0], "max": value[1], "approx": False, "qualifier": None},
        "polarity": polarity,
        "hedged": hedged,
        "when": None,
        "source": {"name": source, "kind": "document", "affiliation": None},
        "document": {"id": "d1", "title": None, "outlet": None, "url": None, "published": None},
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
        "doc": doc,
    }


@pytest.fixture
def make_fact() -> FactMaker:
    """Build a :class:`GoldFact`, overriding any field by keyword."""
    return _fact


@pytest.fixture
def make_claim() -> ClaimMaker:
    """Build a predicted claim dict, overriding any field by keyword."""
    return _claim
