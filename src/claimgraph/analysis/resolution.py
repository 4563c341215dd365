"""One actor under every name: resolving actors across documents.

The extractor names actors document by document: what the gazetteer knows
gets its id everywhere, but an actor it does not know is *learned* from one
text and may come back from another under an acronym or another spelling.
Resolution folds such learned actors onto one canonical actor, in order:

1. the gazetteer knows one of the learned actor's names;
2. a name or alias of it folds to a name or alias of another actor;
3. it is an acronym read off another actor's name ("HICS" for "Hollins
   Institute for Conflict Studies"), or a bare surname of one known person;
4. rapidfuzz: a near-spelling of another name with the same number of words
   (so "Islamic State" never meets "Islamic State Khorasan Province" and
   "Taliban" never meets "Pakistani Taliban"), of a compatible kind.

Two gazetteer actors are never merged automatically: they are distinct by
construction. Analysts' merges and splits (``claimgraph actors merge/split``)
are replayed last, in the order they were made, so they always win and a
split undoes any merge of that actor, automatic or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from claimgraph.analysis.rules import Rules
from claimgraph.nlp.gazetteer import Gazetteer, key

_KIND_FAMILY = {
    "armed_group": "group",
    "organization": "group",
    "person": "person",
    "state": "place",
    "place": "place",
}
_VOWELS = re.compile(r"[aeiouy]")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,7}$")


@dataclass(frozen=True)
class ActorRecord:
    """A stored actor as resolution sees it."""

    id: str
    name: str
    kind: str
    origin: str = "gazetteer"
    aliases: tuple[str, ...] = ()

    def ref(self) -> dict[str, str]:
        """The short form used inside claim JSON."""
        return {"id": self.id, "name": self.name, "kind": self.kind}


@dataclass
class Resolution:
    """Where every actor id resolves to, and why."""

    actors: dict[str, ActorRecord]
    canonical: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    def resolve(self, actor_id: str) -> str:
        """The canonical id of an actor (itself when it was not merged)."""
        return self.canonical.get(actor_id, actor_id)

    def ref(self, ref: Mapping[str, Any] | None) -> dict[str, Any] | None:
        """A claim's actor reference, replaced by its canonical actor's."""
        if ref is None:
            return None
        target = self.actors.get(self.resolve(str(ref["id"])))
        return target.ref() if target else dict(ref)

    def members(self, actor_id: str) -> list[str]:
        """Every id that resolves to ``actor_id``, itself first."""
        canonical = self.resolve(actor_id)
        others = sorted(a for a in self.actors if a != canonical and self.resolve(a) == canonical)
        return [canonical, *others]


def actor_records(rows: Iterable[Mapping[str, Any]]) -> dict[str, ActorRecord]:
    """Actor rows from the store as records by id."""
    return {
        str(row["id"]): ActorRecord(
            id=str(row["id"]),
            name=str(row["name"]),
            kind=str(row["kind"]),
            origin=str(row.get("origin") or "gazetteer"),
            aliases=tuple(row.get("aliases") or ()),
        )
        for row in rows
    }


def resolve_actors(
    actors: Mapping[str, ActorRecord],
    *,
    gazetteer: Gazetteer | None,
    rules: Rules,
    decisions: Iterable[Mapping[str, Any]] = (),
) -> Resolution:
    """Resolve every actor: automatic rules for learned actors, then analysts' decisions."""
    resolution = Resolution(
        actors={i: _with_known_aliases(a, gazetteer) for i, a in actors.items()}
    )
    automatic = _automatic(resolution.actors, gazetteer, rules)
    manual: dict[str, str] = {}
    manual_reasons: dict[str, str] = {}
    for decision in decisions:
        actor_id = str(decision["actor_id"])
        if decision["action"] == "merge" and decision.get("into_id"):
            manual[actor_id] = str(decision["into_id"])
            manual_reasons[actor_id] = "merged by the analyst"
        elif decision["action"] == "split":
            manual[actor_id] = actor_id
            manual_reasons[actor_id] = "split by the analyst"
    links = {**{a: t for a, (t, _r) in automatic.items()}, **manual}
    for actor_id in resolution.actors:
        target = _follow(actor_id, links)
        if target != actor_id:
            resolution.canonical[actor_id] = target
        reason = manual_reasons.get(actor_id) or (automatic.get(actor_id) or (None, None))[1]
        if reason and (target != actor_id or actor_id in manual):
            resolution.reasons[actor_id] = reason
    return resolution


def _with_known_aliases(actor: ActorRecord, gazetteer: Gazetteer | None) -> ActorRecord:
    """A gazetteer actor with every alias the gazetteer holds, for matching learned names."""
    known = gazetteer.get(actor.id) if gazetteer is not None else None
    if known is None or actor.origin != "gazetteer":
        return actor
    aliases = tuple(dict.fromkeys((*actor.aliases, *known.aliases)))
    return ActorRecord(actor.id, actor.name, actor.kind, actor.origin, aliases)


def _follow(actor_id: str, links: Mapping[str, str]) -> str:
    """Follow merge links to their end, stopping if a chain loops back."""
    seen = {actor_id}
    current = actor_id
    while links.get(current, current) != current:
        current = links[current]
        if current in seen:
            break
        seen.add(current)
    return current


def _automatic(
    actors: Mapping[str, ActorRecord], gazetteer: Gazetteer | None, rules: Rules
) -> dict[str, tuple[str, str]]:
    """Merge targets of learned actors, with the rule that found each."""
    result: dict[str, tuple[str, str]] = {}
    for actor in actors.values():
        if actor.origin == "gazetteer":
            continue
        found = _match_learned(actor, actors, gazetteer, rules)
        if found is not None and found[0] != actor.id:
            result[actor.id] = found
    return result


def _match_learned(
    actor: ActorRecord,
    actors: Mapping[str, ActorRecord],
    gazetteer: Gazetteer | None,
    rules: Rules,
) -> tuple[str, str] | None:
    """The first rule that finds a single other actor for a learned one."""
    names = (actor.name, *actor.aliases)
    if gazetteer is not None:
        for name in names:
            known = gazetteer.lookup(name)
            if known is not None and known.id in actors and _compatible(actor, actors[known.id]):
                return known.id, f"the gazetteer knows '{name}' as {known.name}"
    others = [o for o in actors.values() if o.id != actor.id and _compatible(actor, o)]
    for rule in (_same_name, _acronym_of, _surname_of, _near_spelling):
        found = rule(actor, others, rules)
        if found is not None:
            return found
    return None


def _compatible(first: ActorRecord, second: ActorRecord) -> bool:
    """Groups merge with groups, people with people, places with places."""
    return _KIND_FAMILY.get(first.kind, first.kind) == _KIND_FAMILY.get(second.kind, second.kind)


def _preferred(candidates: list[ActorRecord]) -> ActorRecord | None:
    """The single target among candidates, preferring gazetteer actors; None if ambiguous."""
    if not candidates:
        return None
    known = [c for c in candidates if c.origin == "gazetteer"]
    pool = known or candidates
    return pool[0] if len({c.id for c in pool}) == 1 else None


def _same_name(
    actor: ActorRecord, others: list[ActorRecord], _rules: Rules
) -> tuple[str, str] | None:
    """A name or alias that folds to another actor's name or alias."""
    mine = {key(n) for n in (actor.name, *actor.aliases)} - {""}
    hits = [o for o in others if mine & {key(n) for n in (o.name, *o.aliases)}]
    target = _preferred(_without_learned_duplicates(actor, hits))
    return (target.id, f"'{actor.name}' is also a name of {target.name}") if target else None


def _without_learned_duplicates(actor: ActorRecord, hits: list[ActorRecord]) -> list[ActorRecord]:
    """Among learned namesakes, only those sorting before ``actor`` are targets.

    Two learned actors sharing a name would otherwise each point at the other;
    pointing at the smallest id makes the whole group agree on one.
    """
    return [h for h in hits if h.origin == "gazetteer" or h.id < actor.id]


def acronym(name: str, skip: frozenset[str]) -> str:
    """Initials of the significant words of a name ("Tehrik-i-Taliban Pakistan" -> "ttp")."""
    words = key(name).split()
    return "".join(word[0] for word in words if word not in skip)


def _acronym_of(
    actor: ActorRecord, others: list[ActorRecord], rules: Rules
) -> tuple[str, str] | None:
    """A learned acronym whose letters are the initials of one other actor's name."""
    if not _ACRONYM.match(actor.name) or actor.name.upper() != actor.name:
        return None
    letters = actor.name.lower()
    hits = [
        o
        for o in others
        if any(
            acronym(n, rules.acronym_skip_words) == letters and len(key(n).split()) > 1
            for n in (o.name, *o.aliases)
        )
    ]
    target = _preferred(hits)
    return (target.id, f"'{actor.name}' is the acronym of {target.name}") if target else None


def _surname_of(
    actor: ActorRecord, others: list[ActorRecord], _rules: Rules
) -> tuple[str, str] | None:
    """A bare surname of a person that ends exactly one other person's name."""
    words = key(actor.name).split()
    if actor.kind != "person" or len(words) != 1:
        return None
    hits = [o for o in others if o.kind == "person" and key(o.name).split()[-1:] == words]
    target = _preferred(hits) if len({h.id for h in hits}) == 1 else None
    return (target.id, f"'{actor.name}' is the surname of {target.name}") if target else None


def skeleton(folded: str) -> str:
    """Consonant skeleton of a folded name, where transliterations agree.

    Vowels (except a word's first letter), doubled letters and one-vowel
    linking words ("-e-", "-i-") are dropped: "tehreek e taliban" and
    "tehrik i taliban" both give "thrk tlbn".
    """
    words = []
    for word in folded.split():
        if len(word) == 1 and word in "aeiou":
            continue
        bare = word[0] + _VOWELS.sub("", word[1:])
        words.append(re.sub(r"(.)\1+", r"\1", bare))
    return " ".join(words)


def near_spelling(first: str, second: str, rules: Rules) -> bool:
    """True when two names are one name spelled two ways.

    Both must have the same number of words and the same digits: a name
    with an extra word ("Islamic State Khorasan Province", "Pakistani
    Taliban") names a different actor, however similar the letters.
    """
    a, b = key(first), key(second)
    if not a or not b or a == b:
        return bool(a) and a == b
    if len(a.split()) != len(b.split()) or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    if not _short_words_agree(a.split(), b.split()):
        return False
    score = fuzz.ratio(a, b)
    if score >= rules.fuzzy_min_ratio:
        return True
    return score >= rules.skeleton_min_ratio and skeleton(a) == skeleton(b)


def _short_words_agree(first: list[str], second: list[str]) -> bool:
    """Short words (acronym letters such as the K of ISIS-K) must be equal.

    One letter changes a short word entirely ("isis k" and "isis p" are two
    provinces), so only linking vowels ("-e-", "-i-") may differ.
    """
    for a, b in zip(first, second, strict=True):
        if a == b or (len(a) == len(b) == 1 and a in "aeiou" and b in "aeiou"):
            continue
        if len(a) <= 3 or len(b) <= 3:
            return False
    return True


def _near_spelling(
    actor: ActorRecord, others: list[ActorRecord], rules: Rules
) -> tuple[str, str] | None:
    """The one other actor with a name spelled nearly like one of ours."""
    mine = (actor.name, *actor.aliases)
    hits = [
        o
        for o in others
        if any(near_spelling(m, n, rules) for m in mine for n in (o.name, *o.aliases))
    ]
    target = _preferred(_without_learned_duplicates(actor, hits))
    if target is None:
        return None
    return target.id, f"'{actor.name}' is a near spelling of {target.name}"
