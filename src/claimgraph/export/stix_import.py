"""Import a STIX 2.1 bundle as claims, so a knowledge base can be seeded from another tool.

Threat actors, intrusion sets, identities and locations come in as actors;
relationships between them as relation or presence claims; the notes and
opinions of a claimgraph bundle also bring back strength estimates, pledges,
denials and denied relations. Every claim's source is the bundle's creator
(the identity most objects name in ``created_by_ref``).

A claim needs a sentence in a document, so the bundle becomes one synthetic
document whose body is generated from its facts, one sentence per fact,
sorted: evidence offsets are real, and the same facts always give the same
body, hence the same document id, so importing a bundle twice stores it once.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from claimgraph.analysis.briefs import PHRASES, value_text
from claimgraph.errors import InputError
from claimgraph.export.stix import RELATIONSHIP_TYPES, extension_id
from claimgraph.model import (
    Actor,
    Claim,
    Document,
    Evidence,
    Extraction,
    Mention,
    Source,
    Value,
)
from claimgraph.nlp.gazetteer import Gazetteer, load_gazetteer
from claimgraph.store.repository import SaveStatus, save_extraction

ACTOR_TYPES = ("threat-actor", "intrusion-set", "identity", "location")
GROUP_KINDS = {"threat-actor": "armed_group", "intrusion-set": "armed_group"}
IDENTITY_KINDS = {"individual": "person", "organization": "organization", "group": "organization"}
PREDICATES = {stix: ours for ours, stix in RELATIONSHIP_TYPES.items()}
# Relationship types other tools use, read as ours: (predicate when the source is a
# person, predicate otherwise). "targets" only between actors (not places).
FOREIGN_TYPES: dict[str, tuple[str, str]] = {
    "part-of": ("member_of", "affiliate"),
    "cooperates-with": ("ally", "ally"),
    "targets": ("hostile", "hostile"),
}
PLACE_KINDS = ("state", "place")
FALLBACK_CREATOR = "unnamed STIX producer"


@dataclass(frozen=True)
class Fact:
    """One claim a bundle makes, before it has a sentence."""

    type: str
    predicate: str
    subject: Actor
    object: Actor | None = None
    value: Value | None = None
    polarity: str = "asserted"
    hedged: bool = False

    def order(self) -> tuple[str, ...]:
        value = self.value
        return (
            self.type,
            self.subject.id,
            self.predicate,
            self.object.id if self.object else "",
            self.polarity,
            f"{value.min}|{value.max}" if value else "",
        )


@dataclass
class ImportResult:
    """What an import stored, and what it left out and why."""

    status: SaveStatus
    document_id: str
    creator: str
    actors: int
    claims: int
    skipped: dict[str, int] = field(default_factory=dict)


def read_bundle(path: Path) -> dict[str, Any]:
    """A bundle from a JSON file; anything else is an :class:`InputError` naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not a readable JSON file ({exc})", subject=str(path)) from exc
    if not isinstance(data, dict) or data.get("type") != "bundle":
        raise InputError('not a STIX bundle (no "type": "bundle")', subject=str(path))
    if not isinstance(data.get("objects", []), list):
        raise InputError("the bundle's objects are not a list", subject=str(path))
    return data


def import_stix(engine: Engine, path: Path, *, gazetteer: Gazetteer | None = None) -> ImportResult:
    """Read a bundle file and store its facts; a bundle already stored is ``unchanged``."""
    bundle = read_bundle(path)
    extraction, skipped = bundle_extraction(
        bundle, gazetteer=gazetteer if gazetteer is not None else load_gazetteer(), path=path.name
    )
    status = save_extraction(engine, extraction)
    return ImportResult(
        status=status,
        document_id=extraction.document.id,
        creator=extraction.document.outlet or FALLBACK_CREATOR,
        actors=len(extraction.actors),
        claims=len(extraction.claims),
        skipped=skipped,
    )


def bundle_extraction(
    bundle: Mapping[str, Any], *, gazetteer: Gazetteer | None = None, path: str | None = None
) -> tuple[Extraction, dict[str, int]]:
    """The pure core: a bundle dict in, one extraction and the skipped objects by reason out."""
    objects = [o for o in bundle.get("objects", []) if isinstance(o, dict) and o.get("id")]
    skipped: Counter[str] = Counter()
    creator = creator_name(objects)
    creators = {str(o.get("created_by_ref")) for o in objects if o.get("created_by_ref")}
    linked = _linked_ids(objects)
    actors: dict[str, Actor] = {}
    for obj in objects:
        if obj.get("type") not in ACTOR_TYPES:
            continue
        if obj["type"] == "identity" and obj["id"] in creators and obj["id"] not in linked:
            continue
        actor = to_actor(obj, gazetteer)
        if actor is None:
            skipped[f"{obj['type']} that is not an actor"] += 1
        else:
            actors[obj["id"]] = actor
    facts: dict[tuple[str, ...], Fact] = {}
    dated: list[str] = []
    for obj in objects:
        if obj.get("type") in ACTOR_TYPES:
            continue
        fact, reason = to_fact(obj, actors)
        if fact is None:
            skipped[reason] += 1
            continue
        facts.setdefault(fact.order(), fact)
        if obj.get("modified"):
            dated.append(str(obj["modified"])[:10])
    published = _day(max(dated)) if dated else None
    extraction = write_document(
        sorted(facts.values(), key=Fact.order),
        actors=sorted(actors.values(), key=lambda a: a.id),
        creator=creator,
        published=published,
        path=path,
    )
    return extraction, dict(sorted(skipped.items()))


def creator_name(objects: list[dict[str, Any]]) -> str:
    """Name of the identity most objects say created them (ties: the smallest id)."""
    refs = Counter(str(o["created_by_ref"]) for o in objects if o.get("created_by_ref"))
    if not refs:
        return FALLBACK_CREATOR
    best = min(refs, key=lambda ref: (-refs[ref], ref))
    for obj in objects:
        if obj["id"] == best and obj.get("name"):
            return str(obj["name"])
    return FALLBACK_CREATOR


def _linked_ids(objects: list[dict[str, Any]]) -> set[str]:
    """Ids that a relationship or one of our notes and opinions is about."""
    linked: set[str] = set()
    for obj in objects:
        linked.update(str(obj[k]) for k in ("source_ref", "target_ref") if obj.get(k))
        ours = our_extension(obj)
        linked.update(str(ours[k]) for k in ("subject_ref", "object_ref") if ours.get(k))
    return linked


def our_extension(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The properties of claimgraph's extension on an object, or an empty dict."""
    extensions = obj.get("extensions")
    if not isinstance(extensions, dict):
        return {}
    found = extensions.get(extension_id())
    return dict(found) if isinstance(found, dict) else {}


def to_actor(obj: Mapping[str, Any], gazetteer: Gazetteer | None) -> Actor | None:
    """An actor from a threat-actor, intrusion-set, identity or location; None for others.

    Our own bundles carry the actor's id and kind; for other bundles the
    gazetteer is asked for the name and its aliases, else the actor is new
    (``learned``) with a slug of its name as id.
    """
    name = str(obj.get("name") or "").strip()
    if not name:
        return None
    ours = our_extension(obj)
    aliases = [str(a) for a in (obj.get("aliases") or ours.get("aliases") or []) if a != name]
    if ours.get("actor_id") and ours.get("kind"):
        actor_id, kind = str(ours["actor_id"]), str(ours["kind"])
        known = gazetteer.get(actor_id) if gazetteer is not None else None
        origin = "gazetteer" if known is not None else "learned"
        return Actor(actor_id, name, kind, tuple(sorted(set(aliases))), origin)
    found_kind = _kind(obj)
    if found_kind is None:
        return None
    kind = found_kind
    known = _known(name, aliases, kind, gazetteer)
    if known is not None:
        return Actor(known.id, known.name, known.kind, known.aliases, "gazetteer")
    return Actor.learned(name, kind, tuple(sorted(set(aliases))))


def _kind(obj: Mapping[str, Any]) -> str | None:
    kind = str(obj.get("type"))
    if kind in GROUP_KINDS:
        return GROUP_KINDS[kind]
    if kind == "identity":
        return IDENTITY_KINDS.get(str(obj.get("identity_class") or "organization"))
    return "place"


def _known(name: str, aliases: list[str], kind: str, gazetteer: Gazetteer | None) -> Actor | None:
    """The gazetteer's actor for a name or alias, when its kind fits (a place stays a place)."""
    if gazetteer is None:
        return None
    for candidate in (name, *aliases):
        actor = gazetteer.lookup(candidate)
        if actor is not None and (actor.kind in PLACE_KINDS) == (kind in PLACE_KINDS):
            return actor
    return None


def to_fact(obj: Mapping[str, Any], actors: Mapping[str, Actor]) -> tuple[Fact | None, str]:
    """The claim an object makes, or None and the reason it makes none."""
    kind = str(obj.get("type"))
    ours = our_extension(obj)
    if kind == "relationship":
        return _relationship_fact(obj, ours, actors)
    if kind in ("note", "opinion") and ours.get("claim_type") and not ours.get("dispute_id"):
        return _extension_fact(ours, actors, kind)
    if kind == "opinion" and ours.get("dispute_id"):
        return None, "opinion on a dispute (recomputed, not imported)"
    return None, f"{kind} (not a claim)"


def _relationship_fact(
    obj: Mapping[str, Any], ours: Mapping[str, Any], actors: Mapping[str, Actor]
) -> tuple[Fact | None, str]:
    subject = actors.get(str(obj.get("source_ref")))
    target = actors.get(str(obj.get("target_ref")))
    rtype = str(obj.get("relationship_type"))
    if subject is None or target is None:
        return None, f"relationship {rtype} not between actors"
    predicate = str(ours["predicate"]) if ours.get("predicate") else PREDICATES.get(rtype)
    if predicate is None and rtype in FOREIGN_TYPES and target.kind not in PLACE_KINDS:
        as_person, otherwise = FOREIGN_TYPES[rtype]
        predicate = as_person if subject.kind == "person" else otherwise
    if predicate is None:
        return None, f"relationship type {rtype}"
    claim_type = "presence" if predicate == "operates_in" else "relation"
    if claim_type == "presence" and target.kind not in PLACE_KINDS:
        return None, f"relationship {rtype} to something that is not a place"
    return Fact(claim_type, predicate, subject, target, hedged=bool(ours.get("hedged"))), ""


def _extension_fact(
    ours: Mapping[str, Any], actors: Mapping[str, Actor], kind: str
) -> tuple[Fact | None, str]:
    """Strength, pledge, denial and denied relations from our notes and opinions."""
    subject = actors.get(str(ours.get("subject_ref")))
    target = actors.get(str(ours.get("object_ref"))) if ours.get("object_ref") else None
    claim_type = str(ours["claim_type"])
    if subject is None or (ours.get("object_ref") and target is None):
        return None, f"{kind} about something that is not an actor"
    value = None
    if claim_type == "strength":
        value = Value(_number(ours.get("value_min")), _number(ours.get("value_max")))
    return (
        Fact(
            claim_type,
            str(ours.get("predicate") or claim_type),
            subject,
            target,
            value,
            str(ours.get("polarity") or "asserted"),
            bool(ours.get("hedged")),
        ),
        "",
    )


def _number(raw: Any) -> float | None:
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def sentence(fact: Fact) -> str:
    """A fact as the sentence the synthetic document states it in."""
    subject, obj = fact.subject.name, fact.object
    if fact.type == "strength":
        value = fact.value or Value()
        text = f"{subject} has {value_text({'min': value.min, 'max': value.max})} {fact.predicate}."
        return (
            f"It is denied that {text[0].lower()}{text[1:]}" if fact.polarity == "denied" else text
        )
    if fact.type == "pledge":
        return f"{subject} made a pledge" + (f" to {obj.name}." if obj else ".")
    asserted, denied = PHRASES.get(fact.predicate, (fact.predicate, f"not {fact.predicate}"))
    verb = denied if fact.polarity == "denied" else asserted
    if obj is None or fact.predicate == "internal_division":
        return f"{subject} {verb}."
    return f"{subject} {verb} {obj.name}."


def write_document(
    facts: list[Fact],
    *,
    actors: list[Actor],
    creator: str,
    published: date | None,
    path: str | None,
) -> Extraction:
    """The synthetic document of a bundle, with one claim and its mentions per fact."""
    header = f"Facts of a STIX 2.1 bundle created by {creator}."
    lines = [header]
    placed: list[tuple[Fact, int]] = []
    offset = len(header) + 1
    for fact in facts:
        text = sentence(fact)
        placed.append((fact, offset))
        lines.append(text)
        offset += len(text) + 1
    body = "\n".join(lines)
    document = Document.create(
        body,
        title=f"STIX bundle by {creator}",
        outlet=creator,
        published=published,
        format="stix",
        path=path,
    )
    source = Source(creator, "organization")
    claims: list[Claim] = []
    mentions: list[Mention] = []
    involved: dict[str, Actor] = {a.id: a for a in actors}
    for fact, start in placed:
        text = sentence(fact)
        claims.append(
            Claim(
                doc_id=document.id,
                type=fact.type,
                predicate=fact.predicate,
                subject=fact.subject,
                object=fact.object,
                value=fact.value,
                polarity=fact.polarity,
                hedged=fact.hedged,
                source=source,
                evidence=Evidence(text, start, start + len(text)),
            )
        )
        mentions.extend(_mentions(document.id, fact, text, start))
        for actor in (fact.subject, fact.object):
            if actor is not None:
                involved.setdefault(actor.id, actor)
    return Extraction(document, tuple(mentions), tuple(claims), tuple(involved.values()))


def _mentions(doc_id: str, fact: Fact, text: str, start: int) -> list[Mention]:
    """Where the sentence names its subject and object."""
    found = []
    cursor = 0
    for actor in (fact.subject, fact.object):
        if actor is None:
            continue
        at = text.find(actor.name, cursor)
        if at < 0:
            continue
        label = (
            "GPE" if actor.kind in PLACE_KINDS else "PERSON" if actor.kind == "person" else "ORG"
        )
        found.append(
            Mention(doc_id, start + at, start + at + len(actor.name), actor.name, label, actor.id)
        )
        cursor = at + len(actor.name)
    return found
