"""What an export holds: assertions, disputes, claims, actors and documents as plain dicts.

:func:`collect` reads the store and consolidates it once; the format modules
(:mod:`~claimgraph.export.stix`, :mod:`~claimgraph.export.ftm`,
:mod:`~claimgraph.export.graph`, :mod:`~claimgraph.export.tables`) are pure
functions of the :class:`ExportData` it returns, so tests can build one by
hand and every format sees exactly the same selection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine

from claimgraph.analysis.consolidate import consolidate
from claimgraph.analysis.rules import RELIABILITY_LETTERS
from claimgraph.errors import InputError
from claimgraph.nlp.gazetteer import Gazetteer, load_gazetteer
from claimgraph.store.export_queries import actor_details, document_details
from claimgraph.store.queries import iter_claims

_GRADE = re.compile(r"^([A-F])([1-6])$")


@dataclass(frozen=True)
class ExportData:
    """One selection of the knowledge base, in the JSON contract shapes.

    ``assertions`` and ``disputes`` follow the ``assertions``/``disputes``
    JSONL contracts, ``claims`` (by id) the claims contract. ``actors`` (by
    id) holds every actor an assertion names: name, kind, aliases, origin,
    mentions and ``country``, the ISO 3166-1 alpha-2 code of the state it is
    or lies in, when known. ``documents`` (by id) holds the metadata of every
    document a claim comes from, with ``ingested_at``.
    """

    assertions: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    claims: dict[str, dict[str, Any]]
    actors: dict[str, dict[str, Any]]
    documents: dict[str, dict[str, Any]]


def parse_grade(text: str) -> tuple[str, int]:
    """``"B3"`` -> ``("B", 3)``; anything else is an :class:`InputError`."""
    found = _GRADE.match(text.strip().upper())
    if found is None:
        raise InputError("not an Admiralty grade (a letter A-F and a digit 1-6)", subject=text)
    return found.group(1), int(found.group(2))


def meets_grade(grade: str, minimum: str) -> bool:
    """True when ``grade`` is at least as good as ``minimum`` on both scales.

    "At least B3" keeps A1-B3: a source rated A or B *and* information rated
    1 to 3. Credibility 6 (cannot be judged) only meets a minimum of 6.
    """
    letter, digit = parse_grade(grade)
    min_letter, min_digit = parse_grade(minimum)
    return (
        RELIABILITY_LETTERS.index(letter) <= RELIABILITY_LETTERS.index(min_letter)
        and digit <= min_digit
    )


def involves(assertion: Mapping[str, Any], actor_ids: Iterable[str]) -> bool:
    """The assertion's subject or object is one of ``actor_ids``."""
    wanted = set(actor_ids)
    obj = assertion.get("object")
    return assertion["subject"]["id"] in wanted or bool(obj and obj["id"] in wanted)


def select_assertions(
    assertions: Iterable[dict[str, Any]],
    *,
    actor_ids: Iterable[str] | None = None,
    min_grade: str | None = None,
) -> list[dict[str, Any]]:
    """Assertions about any of ``actor_ids`` (all when none), graded ``min_grade`` or better."""
    wanted = list(actor_ids or [])
    if min_grade is not None:
        parse_grade(min_grade)
    return [
        a
        for a in assertions
        if (not wanted or involves(a, wanted))
        and (min_grade is None or meets_grade(str(a["grade"]), min_grade))
    ]


def select_disputes(
    disputes: Iterable[dict[str, Any]], assertion_ids: set[str]
) -> list[dict[str, Any]]:
    """Disputes with at least one side among the exported assertions."""
    return [d for d in disputes if any(side["id"] in assertion_ids for side in d["sides"])]


def collect(
    engine: Engine,
    *,
    actor_ids: list[str] | None = None,
    since: date | None = None,
    min_grade: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> ExportData:
    """Consolidate the store and keep what the filters select.

    ``actor_ids`` are stored actor ids; every actor resolved into one of them
    counts too. ``since`` keeps claims of documents published on or after it.
    """
    result = consolidate(engine, since=since)
    wanted = [m for actor_id in actor_ids or [] for m in result.resolution.members(actor_id)]
    assertions = select_assertions(
        (a.to_json() for a in result.assertions), actor_ids=wanted, min_grade=min_grade
    )
    kept = {a["id"] for a in assertions}
    disputes = select_disputes((d.to_json() for d in result.disputes), kept)
    claim_ids = {claim_id for a in assertions for claim_id in a["claims"]}
    claims = {c["id"]: c for c in iter_claims(engine) if c["id"] in claim_ids}
    stored = actor_details(engine)
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    actors: dict[str, dict[str, Any]] = {}
    for assertion in assertions:
        for ref in (assertion["subject"], assertion.get("object")):
            if ref and ref["id"] not in actors:
                members = result.resolution.members(ref["id"])
                actors[ref["id"]] = actor_record(ref, stored, members, gazetteer)
    doc_ids = {c["document"]["id"] for c in claims.values()}
    documents = {k: v for k, v in document_details(engine).items() if k in doc_ids}
    return ExportData(assertions, disputes, claims, dict(sorted(actors.items())), documents)


def actor_record(
    ref: Mapping[str, Any],
    stored: Mapping[str, dict[str, Any]],
    members: list[str],
    gazetteer: Gazetteer | None,
) -> dict[str, Any]:
    """An assertion's actor with aliases and mentions gathered over every merged member."""
    own = stored.get(str(ref["id"]), {})
    aliases: list[str] = []
    mentions = 0
    for member in members:
        row = stored.get(member)
        if row is None:
            continue
        mentions += int(row.get("mentions") or 0)
        for name in (row["name"], *row.get("aliases", [])):
            if name != ref["name"] and name not in aliases:
                aliases.append(name)
    return {
        "id": ref["id"],
        "name": ref["name"],
        "kind": ref["kind"],
        "aliases": sorted(aliases, key=str.casefold),
        "origin": own.get("origin", "gazetteer"),
        "mentions": mentions,
        "country": country_of(str(ref["id"]), gazetteer),
    }


def country_of(actor_id: str, gazetteer: Gazetteer | None) -> str | None:
    """ISO 3166-1 alpha-2 code of the state an actor is or lies in, when the gazetteer says."""
    if gazetteer is None:
        return None
    state_id = gazetteer.country_of(actor_id)
    state = gazetteer.get(state_id) if state_id else None
    if state is None:
        return None
    for name in (state.name, *state.aliases):
        code = country_code(name)
        if code:
            return code
    return None


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """A country name as its two-letter code, from the country table followthemoney ships."""
    from followthemoney.types import registry

    code = registry.country.clean(name)
    return code.lower() if code and len(code) == 2 else None
