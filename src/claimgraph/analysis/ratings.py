"""Default reliability letters of sources, read from ``data/outlets.yaml``.

A claim is only as good as whoever asserts it. The letters (NATO Admiralty
A-F) come from data, so an analyst can change a rating without touching code:
a named source has its own letter, any other source gets the default of its
kind (report, organisation, person, outlet, actor). Names are matched the way
the gazetteer matches aliases, so "the Institute for the Study of War" and
"ISW" get one letter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import get_args

import yaml

from claimgraph.data import data_path
from claimgraph.errors import DataFileError
from claimgraph.model import Source, SourceKind
from claimgraph.nlp.gazetteer import (
    Gazetteer,
    compose_file,
    data_error,
    key,
    load_gazetteer,
    mapping_fields,
    sequence_items,
    text_value,
)

RATING_LETTERS: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
UNJUDGED = "F"
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)

_SOURCE_FIELDS = frozenset({"name", "rating", "aliases"})


@dataclass(frozen=True)
class OutletRatings:
    """Reliability letters by source name, with a default per source kind.

    ``by_name`` is keyed by :func:`claimgraph.nlp.gazetteer.key` of every
    listed name and alias; ``by_actor`` by the gazetteer id of listed names
    the gazetteer knows, so any alias of that actor finds the letter.
    """

    defaults: dict[str, str]
    by_name: dict[str, str] = field(default_factory=dict)
    by_actor: dict[str, str] = field(default_factory=dict)
    gazetteer: Gazetteer | None = None

    def named(self, name: str) -> str | None:
        """The letter listed for ``name`` (or an alias of it), or None."""
        letter = self.by_name.get(key(name))
        if letter is None and self.gazetteer is not None:
            actor = self.gazetteer.lookup(name)
            letter = self.by_actor.get(actor.id) if actor else None
        return letter

    def rating(self, name: str | None, kind: str = "outlet", affiliation: str | None = None) -> str:
        """The letter for a source: its own, else its affiliation's, else its kind's.

        A person quoted as "a researcher at ISW" speaks with ISW's standing;
        a kind outside the vocabulary cannot be judged (F).
        """
        for candidate in (name, affiliation):
            letter = self.named(candidate) if candidate else None
            if letter is not None:
                return letter
        return self.defaults.get(kind, UNJUDGED)

    def rate(self, source: Source) -> str:
        """The letter for a claim's source record."""
        return self.rating(source.name, source.kind, source.affiliation)


def _letter(path: Path | str, node: yaml.Node, what: str) -> str:
    """A rating letter A-F."""
    letter = text_value(path, node, what)
    if letter not in RATING_LETTERS:
        raise data_error(path, node, f"{what} is '{letter}', not one of A-F")
    return letter


def _read_defaults(path: Path | str, node: yaml.Node) -> dict[str, str]:
    """The default letter of every source kind, no more, no fewer."""
    fields = mapping_fields(path, node, "'defaults'")
    for name, value in fields.items():
        if name not in SOURCE_KINDS:
            raise data_error(path, value, f"unknown source kind '{name}' in 'defaults'")
    missing = [kind for kind in SOURCE_KINDS if kind not in fields]
    if missing:
        raise data_error(path, node, f"'defaults' has no letter for {', '.join(missing)}")
    return {kind: _letter(path, value, f"default for {kind}") for kind, value in fields.items()}


def _read_source(path: Path | str, node: yaml.Node) -> tuple[str, str, list[yaml.Node]]:
    """One listed source: its name, letter and the nodes of its names."""
    fields = mapping_fields(path, node, "a source")
    unknown = sorted(set(fields) - _SOURCE_FIELDS)
    if unknown:
        raise data_error(path, fields[unknown[0]], f"unknown field '{unknown[0]}'")
    for required in ("name", "rating"):
        if required not in fields:
            raise data_error(path, node, f"source has no '{required}'")
    name = text_value(path, fields["name"], "'name'")
    letter = _letter(path, fields["rating"], f"rating of {name}")
    names = [fields["name"]]
    if "aliases" in fields:
        names += sequence_items(path, fields["aliases"], f"'aliases' of {name}")
    return name, letter, names


def _index_sources(
    path: Path | str, nodes: list[yaml.Node], gazetteer: Gazetteer | None
) -> tuple[dict[str, str], dict[str, str]]:
    """Letters by folded name and by gazetteer id; a name listed twice is an error."""
    by_name: dict[str, str] = {}
    by_actor: dict[str, str] = {}
    for node in nodes:
        name, letter, name_nodes = _read_source(path, node)
        for name_node in name_nodes:
            folded = key(text_value(path, name_node, f"a name of {name}"))
            if folded in by_name:
                raise data_error(path, name_node, f"source name '{name_node.value}' listed twice")
            by_name[folded] = letter
        actor = gazetteer.lookup(name) if gazetteer is not None else None
        if actor is not None and actor.id in by_actor:
            raise data_error(path, node, f"{name} is another name of a source listed earlier")
        if actor is not None:
            by_actor[actor.id] = letter
    return by_name, by_actor


def read_outlet_ratings(path: Path | str, gazetteer: Gazetteer | None = None) -> OutletRatings:
    """Read and check a ratings file; ``gazetteer`` supplies aliases of listed names."""
    root = mapping_fields(path, compose_file(path), "the file")
    unknown = sorted(set(root) - {"defaults", "sources"})
    if unknown:
        raise data_error(path, root[unknown[0]], f"unknown top-level field '{unknown[0]}'")
    if "defaults" not in root:
        raise DataFileError("file has no 'defaults'", subject=f"{path}:1")
    defaults = _read_defaults(path, root["defaults"])
    nodes = sequence_items(path, root["sources"], "'sources'") if "sources" in root else []
    by_name, by_actor = _index_sources(path, nodes, gazetteer)
    return OutletRatings(defaults, by_name, by_actor, gazetteer)


@lru_cache(maxsize=1)
def _default_ratings() -> OutletRatings:
    """The shipped ratings with the shipped gazetteer, read once per process."""
    return read_outlet_ratings(data_path("outlets.yaml"), load_gazetteer())


def load_outlet_ratings(path: Path | str | None = None) -> OutletRatings:
    """The shipped ratings (cached), or those of another file (read each call).

    Either way the shipped gazetteer resolves aliases of listed names.
    """
    if path is None:
        return _default_ratings()
    return read_outlet_ratings(path, load_gazetteer())
