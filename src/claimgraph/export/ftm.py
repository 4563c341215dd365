"""FollowTheMoney entities of the knowledge base, one JSON object per line.

Actors become ``Organization`` (groups and organisations), ``PublicBody``
(states), ``Person`` and ``Address`` (places); documents ``Article``;
membership, allegiance and affiliation ``Membership``, leadership
``Directorship``, every other relation and presence ``UnknownLink`` with the
predicate as ``role``; strength estimates, pledges, denials, denied
relations and disputes ``Note``; each claim a ``Documentation`` tying its
article to the actor with the sentence as ``summary``. Entities are made
with the followthemoney model itself, so a value it would not accept cannot
be written (mapping tables in docs/exports.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from claimgraph.export.data import ExportData
from claimgraph.export.stix import statement

ACTOR_SCHEMATA = {
    "armed_group": "Organization",
    "organization": "Organization",
    "state": "PublicBody",
    "person": "Person",
    "place": "Address",
}
KIND_WORDS = {
    "armed_group": "armed group",
    "organization": "organisation",
    "state": "state",
    "person": "person",
    "place": "place",
}
# Relations with a schema of their own: predicate -> (schema, source property, target property).
LINK_SCHEMATA: dict[str, tuple[str, str, str]] = {
    "member_of": ("Membership", "member", "organization"),
    "allegiance": ("Membership", "member", "organization"),
    "affiliate": ("Membership", "member", "organization"),
    "leads": ("Directorship", "director", "organization"),
}
UNKNOWN_LINK = ("UnknownLink", "subject", "object")
ORGANIZATION_KINDS = ("armed_group", "organization", "state")


def entity_id(*parts: str) -> str:
    """A deterministic FtM id (SHA-1 over our key, as ``make_id`` does)."""
    proxy = model.make_entity("Thing")
    made = proxy.make_id("claimgraph", *parts)
    assert made is not None
    return made


def _entity(schema: str, *key: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = entity_id(*key)
    return proxy


def actor_entity_id(actor: Mapping[str, Any]) -> str:
    return entity_id("actor", str(actor["id"]))


def document_entity_id(doc_id: str) -> str:
    return entity_id("document", doc_id)


def build_entities(data: ExportData) -> list[dict[str, Any]]:
    """Every entity of an export selection, as FtM dicts (pure)."""
    proxies = [
        *(_article(doc) for _, doc in sorted(data.documents.items())),
        *(_actor(actor) for actor in data.actors.values()),
        *(_assertion(assertion, data) for assertion in data.assertions),
        *(_dispute(dispute) for dispute in data.disputes),
        *_documentation(data),
    ]
    return [proxy.to_dict() for proxy in proxies]


def _article(document: Mapping[str, Any]) -> EntityProxy:
    proxy = _entity("Article", "document", str(document["id"]))
    proxy.add("title", document.get("title") or f"Document {document['id']}")
    proxy.add("publisher", document.get("outlet"))
    proxy.add("author", document.get("author"))
    proxy.add("publishedAt", document.get("published"))
    proxy.add("sourceUrl", document.get("url"))
    return proxy


def _actor(actor: Mapping[str, Any]) -> EntityProxy:
    kind = str(actor["kind"])
    schema = ACTOR_SCHEMATA.get(kind, "LegalEntity")
    proxy = _entity(schema, "actor", str(actor["id"]))
    proxy.add("name", actor["name"])
    if schema == "Address":
        proxy.add("full", actor["name"])
    else:
        proxy.add("alias", list(actor.get("aliases") or []))
    proxy.add("country", actor.get("country"))
    proxy.add("keywords", KIND_WORDS.get(kind, kind))
    return proxy


def _link_schema(assertion: Mapping[str, Any]) -> tuple[str, str, str]:
    """The FtM schema of an asserted relation, falling back to UnknownLink when the ends do not fit."""
    found = LINK_SCHEMATA.get(str(assertion["predicate"]))
    obj = assertion.get("object") or {}
    if (
        found
        and obj.get("kind") in ORGANIZATION_KINDS
        and assertion["subject"]["kind"] not in ("place", "state")
    ):
        return found
    return UNKNOWN_LINK


def _assertion(assertion: Mapping[str, Any], data: ExportData) -> EntityProxy:
    text = statement(assertion)
    articles = _articles(assertion, data)
    obj = assertion.get("object")
    is_link = (
        assertion["type"] in ("relation", "presence") and assertion.get("polarity") != "denied"
    )
    if is_link and obj is not None:
        schema, source_prop, target_prop = _link_schema(assertion)
        proxy = _entity(schema, "assertion", str(assertion["id"]))
        proxy.add(source_prop, actor_entity_id(assertion["subject"]))
        proxy.add(target_prop, actor_entity_id(obj))
        proxy.add("role", _role(assertion))
        proxy.add("status", assertion["grade"])
        proxy.add("recordId", assertion["id"])
        proxy.add("date", [d for d in (assertion["first_seen"], assertion["last_seen"]) if d])
    else:
        proxy = _entity("Note", "assertion", str(assertion["id"]))
        proxy.add("entity", [actor_entity_id(a) for a in (assertion["subject"], obj) if a])
        proxy.add("name", text)
    proxy.add("summary", text)
    proxy.add("description", _grade_text(assertion))
    proxy.add("proof", articles)
    proxy.add("publisher", list(assertion.get("source_names") or []))
    return proxy


def _role(assertion: Mapping[str, Any]) -> str:
    return str(assertion["predicate"]).replace("_", " ")


def _grade_text(assertion: Mapping[str, Any]) -> str:
    lines = [f"Grade {assertion['grade']}.", *assertion.get("grade_reasons", [])]
    if assertion.get("disputed_by"):
        lines.append("Disputed by " + ", ".join(assertion["disputed_by"]) + ".")
    return "\n".join(lines)


def _articles(assertion: Mapping[str, Any], data: ExportData) -> list[str]:
    """Article ids of the documents an assertion's claims come from, in claim order."""
    ids: list[str] = []
    for claim_id in assertion["claims"]:
        claim = data.claims.get(claim_id)
        if claim is not None:
            ids.append(document_entity_id(str(claim["document"]["id"])))
    return list(dict.fromkeys(ids))


def _dispute(dispute: Mapping[str, Any]) -> EntityProxy:
    proxy = _entity("Note", "dispute", str(dispute["id"]))
    actors = [
        actor_entity_id(ref)
        for side in dispute["sides"]
        for ref in (side["subject"], side.get("object"))
        if ref
    ]
    proxy.add("entity", list(dict.fromkeys(actors)))
    proxy.add("name", f"Dispute ({dispute['kind']}): {dispute['reason']}")
    proxy.add(
        "description",
        "\n".join(
            f"{statement(side)} ({', '.join(side.get('source_names') or [])}; "
            f"grade {side['grade']})"
            for side in dispute["sides"]
        ),
    )
    proxy.add("summary", dispute["reason"])
    return proxy


def _documentation(data: ExportData) -> Iterator[EntityProxy]:
    """One Documentation per claim: its article, the actor it is about, the sentence."""
    for assertion in data.assertions:
        for claim_id in assertion["claims"]:
            claim = data.claims.get(claim_id)
            if claim is None:
                continue
            proxy = _entity("Documentation", "claim", claim_id)
            proxy.add("document", document_entity_id(str(claim["document"]["id"])))
            proxy.add("entity", actor_entity_id(assertion["subject"]))
            proxy.add("role", f"{claim['type']}: {_role(claim)}")
            proxy.add("summary", claim["evidence"]["sentence"])
            source = claim["source"]
            proxy.add("description", f"Source: {source['name']} ({source['kind']})")
            proxy.add("recordId", claim_id)
            yield proxy


def dumps(entities: Iterable[Mapping[str, Any]]) -> str:
    """Entities as JSON lines with sorted keys."""
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities)


def write_ftm(data: ExportData, path: Path) -> dict[str, int]:
    """Write the entities to ``path``; return how many of each schema."""
    entities = build_entities(data)
    path.write_text(dumps(entities), encoding="utf-8")
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity["schema"]] = counts.get(entity["schema"], 0) + 1
    return dict(sorted(counts.items()))
