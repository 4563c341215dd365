"""STIX 2.1 bundles of the knowledge base (mapping tables in docs/exports.md).

Armed groups become ``threat-actor``; organisations and people ``identity``;
states and places ``location``; asserted relations and presence
``relationship``; strength estimates, pledges and denials ``note``; denied
relations and disputes ``opinion``; each document a ``report`` listing what
it supports. Admiralty credibility becomes ``confidence`` on the spec's
Admiralty scale; everything STIX has no property for (reliability letter,
grade, reasons, ranges, counts, our ids) sits in the properties of one
declared ``extension-definition``.

Every id is a UUIDv5 over our stable keys and every timestamp comes from the
data, so exporting one database twice gives byte-identical files.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claimgraph.analysis.briefs import PHRASES, value_text
from claimgraph.export.data import ExportData

NAMESPACE = uuid.UUID("76f8392a-d40a-5135-93ac-48ba2b342e47")
EXTENSION_VERSION = "1.0.0"
EXTENSION_DATE = "2025-01-01T00:00:00.000Z"
EPOCH = "1970-01-01T00:00:00.000Z"
DEFAULT_CREATOR = "claimgraph"

# Our predicates as STIX relationship types; STIX defines none for most of them.
RELATIONSHIP_TYPES: dict[str, str] = {
    "ally": "x-claimgraph-ally",
    "funds": "x-claimgraph-funds",
    "protects": "x-claimgraph-protects",
    "allegiance": "x-claimgraph-allegiance",
    "affiliate": "x-claimgraph-affiliate",
    "hostile": "x-claimgraph-hostile",
    "infiltrates": "x-claimgraph-infiltrates",
    "member_of": "x-claimgraph-member-of",
    "leads": "x-claimgraph-leads",
    "splinter_of": "x-claimgraph-splinter-of",
    "internal_division": "x-claimgraph-internal-division",
    "operates_in": "located-at",
}
# The spec's Admiralty scale (STIX 2.1, appendix "Confidence scales"): 6 has no value.
ADMIRALTY_CONFIDENCE: dict[int, int] = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
# Places that are regions of the region-ov vocabulary, by our actor id.
REGIONS: dict[str, str] = {
    "africa": "africa",
    "north-africa": "northern-africa",
    "west-africa": "western-africa",
    "east-africa": "eastern-africa",
    "asia": "asia",
    "central-asia": "central-asia",
    "south-asia": "southern-asia",
    "southeast-asia": "south-eastern-asia",
    "middle-east": "western-asia",
    "europe": "europe",
}
IDENTITY_CLASSES = {"person": "individual", "organization": "organization"}
THREAT_ACTOR_TYPES = ["terrorist"]


def stix_id(kind: str, *key: object) -> str:
    """A deterministic STIX id: ``kind--`` and a UUIDv5 over the kind and our key."""
    name = "|".join([kind, *(str(part) for part in key)])
    return f"{kind}--{uuid.uuid5(NAMESPACE, name)}"


def extension_id() -> str:
    """Id of our extension-definition (changes only with its version)."""
    return stix_id("extension-definition", "claimgraph", EXTENSION_VERSION)


def timestamp(day: str | None, fallback: str = EPOCH) -> str:
    """A ``YYYY-MM-DD`` date as a STIX timestamp at midnight UTC."""
    return f"{day[:10]}T00:00:00.000Z" if day else fallback


def confidence(grade: str) -> int | None:
    """STIX confidence of an Admiralty grade's credibility digit (None for 6)."""
    digit = int(grade[1:2]) if grade[1:2].isdigit() else 6
    return ADMIRALTY_CONFIDENCE.get(digit)


def actor_ref(actor: Mapping[str, Any]) -> str:
    """The STIX id of an actor, from its kind and our id."""
    return stix_id(actor_type(str(actor["kind"])), actor["id"])


def actor_type(kind: str) -> str:
    """The STIX object type an actor kind maps to."""
    if kind == "armed_group":
        return "threat-actor"
    if kind in ("state", "place"):
        return "location"
    return "identity"


def assertion_key(assertion: Mapping[str, Any]) -> tuple[str, ...]:
    """What an assertion states, independent of which claims back it."""
    obj = assertion.get("object")
    key: tuple[str, ...] = (
        str(assertion["type"]),
        str(assertion["predicate"]),
        str(assertion["subject"]["id"]),
        str(obj["id"]) if obj else "",
        str(assertion.get("polarity") or "asserted"),
    )
    if assertion["type"] == "strength":
        value = assertion.get("value") or {}
        # Equal ranges a long time apart are separate assertions (a trend).
        key += (str(value.get("min")), str(value.get("max")), str(assertion.get("first_seen")))
    return key


def assertion_ref(assertion: Mapping[str, Any]) -> str:
    """The STIX id of the object an assertion becomes."""
    return stix_id(assertion_stix_type(assertion), *assertion_key(assertion))


def assertion_stix_type(assertion: Mapping[str, Any]) -> str:
    """relationship (asserted relation or presence), opinion (denied ones) or note."""
    if assertion["type"] in ("relation", "presence"):
        return "relationship" if assertion.get("polarity") != "denied" else "opinion"
    return "note"


def statement(assertion: Mapping[str, Any]) -> str:
    """An assertion dict as one plain sentence."""
    subject = assertion["subject"]["name"]
    obj = assertion.get("object")
    denied = assertion.get("polarity") == "denied"
    if assertion["type"] == "strength":
        text = f"{subject} has {value_text(assertion.get('value'))} {assertion['predicate']}"
        return f"Denied: {text}" if denied else text
    if assertion["type"] == "pledge":
        return f"{subject} made a pledge" + (f" to {obj['name']}" if obj else "")
    predicate = str(assertion["predicate"])
    asserted_verb, denied_verb = PHRASES.get(predicate, (predicate, f"not {predicate}"))
    verb = denied_verb if denied else asserted_verb
    if obj is None or predicate == "internal_division":
        return f"{subject} {verb}"
    return f"{subject} {verb} {obj['name']}"


# --- the bundle ----------------------------------------------------------------


class _Builder:
    """Collects the objects of one bundle; each method maps one kind of record."""

    def __init__(self, data: ExportData, creator: str) -> None:
        self.data = data
        self.creator_ref = stix_id("identity", "creator", creator)
        self.creator = creator
        self.ext = extension_id()
        self.objects: dict[str, dict[str, Any]] = {}
        self.dates = _actor_dates(data.assertions)
        self.refs = {a["id"]: assertion_ref(a) for a in data.assertions}

    def base(
        self, kind: str, object_id: str, first: str | None, last: str | None
    ) -> dict[str, Any]:
        """Properties every object shares."""
        created = timestamp(first, self.fallback)
        return {
            "type": kind,
            "spec_version": "2.1",
            "id": object_id,
            "created": created,
            "modified": timestamp(last, created),
            "created_by_ref": self.creator_ref,
        }

    @property
    def fallback(self) -> str:
        """Timestamp of records with no date: the earliest date of the export, else the epoch."""
        days = sorted(d for a in self.data.assertions for d in (a["first_seen"],) if d)
        return timestamp(days[0]) if days else EPOCH

    def extension(self, **values: Any) -> dict[str, Any]:
        """Our property extension, without empty values."""
        body = {k: v for k, v in values.items() if v is not None and v != [] and v != ""}
        return {self.ext: {"extension_type": "property-extension", **body}}

    def add(self, obj: dict[str, Any]) -> None:
        self.objects[obj["id"]] = obj

    def build(self) -> dict[str, Any]:
        """The whole bundle as a dict."""
        self.add(self.creator_identity())
        self.add(self.extension_definition())
        for actor in self.data.actors.values():
            self.add(self.actor(actor))
        for assertion in self.data.assertions:
            self.add(self.assertion(assertion))
        for dispute in self.data.disputes:
            opinion = self.dispute(dispute)
            if opinion is not None:
                self.add(opinion)
        for report in self.reports():
            self.add(report)
        objects = sorted(self.objects.values(), key=_object_order)
        bundle_key = ",".join(f"{o['id']}@{o.get('modified', '')}" for o in objects)
        return {"type": "bundle", "id": stix_id("bundle", bundle_key), "objects": objects}

    def creator_identity(self) -> dict[str, Any]:
        days = sorted(
            d for a in self.data.assertions for d in (a["first_seen"], a["last_seen"]) if d
        )
        obj = self.base(
            "identity", self.creator_ref, days[0] if days else None, days[-1] if days else None
        )
        obj.pop("created_by_ref")
        obj.update(
            name=self.creator,
            identity_class="organization",
            description="Producer of this bundle: claims read from documents, consolidated "
            "and graded by claimgraph.",
        )
        return obj

    def extension_definition(self) -> dict[str, Any]:
        obj = self.base("extension-definition", self.ext, None, None)
        obj.update(
            created=EXTENSION_DATE,
            modified=EXTENSION_DATE,
            name="claimgraph",
            description="Provenance and grading of claimgraph: Admiralty reliability letter "
            "(A-F), credibility digit (1-6) and grade with its reasons, strength ranges, "
            "independent source, relay and document counts, and claimgraph's ids.",
            schema=EXTENSION_SCHEMA,
            version=EXTENSION_VERSION,
            extension_types=["property-extension"],
        )
        return obj

    # -- actors --

    def actor(self, actor: Mapping[str, Any]) -> dict[str, Any]:
        kind = str(actor["kind"])
        first, last = self.dates.get(str(actor["id"]), (None, None))
        obj = self.base(actor_type(kind), actor_ref(actor), first, last)
        obj["name"] = actor["name"]
        aliases = [a for a in actor.get("aliases") or [] if a != actor["name"]]
        if obj["type"] == "threat-actor":
            obj["threat_actor_types"] = list(THREAT_ACTOR_TYPES)
            if aliases:
                obj["aliases"] = aliases
            if first:
                obj["first_seen"] = timestamp(first)
            if last:
                obj["last_seen"] = timestamp(last)
        elif obj["type"] == "identity":
            obj["identity_class"] = IDENTITY_CLASSES.get(kind, "unknown")
        else:
            obj.update(_location_fields(actor))
        obj["extensions"] = self.extension(
            actor_id=actor["id"],
            kind=kind,
            aliases=aliases if obj["type"] != "threat-actor" else None,
            mentions=actor.get("mentions"),
        )
        return obj

    # -- assertions --

    def assertion(self, assertion: Mapping[str, Any]) -> dict[str, Any]:
        kind = assertion_stix_type(assertion)
        obj = self.base(
            kind, self.refs[assertion["id"]], assertion["first_seen"], assertion["last_seen"]
        )
        text = statement(assertion)
        summary = _summary(assertion)
        subject = actor_ref(assertion["subject"])
        target = actor_ref(assertion["object"]) if assertion.get("object") else None
        if kind == "relationship":
            obj.update(
                relationship_type=RELATIONSHIP_TYPES.get(
                    str(assertion["predicate"]),
                    "x-claimgraph-" + _slug(str(assertion["predicate"])),
                ),
                source_ref=subject,
                target_ref=target or subject,
                description=f"{text}. {summary}",
            )
        elif kind == "opinion":
            counterpart = self.counterpart(assertion)
            refs = [r for r in (counterpart, subject, target) if r]
            obj.update(
                opinion="strongly-disagree",
                explanation=f"{text}. {summary}",
                object_refs=_unique(refs),
                authors=list(assertion.get("source_names") or []),
            )
        else:
            obj.update(
                abstract=text,
                content=f"{text}. {summary}",
                object_refs=_unique([r for r in (subject, target) if r]),
                authors=list(assertion.get("source_names") or []),
            )
        found = confidence(str(assertion["grade"]))
        if found is not None:
            obj["confidence"] = found
        references = self.evidence(assertion)
        if references:
            obj["external_references"] = references
        obj["extensions"] = self.extension(**_assertion_extension(assertion, subject, target))
        return obj

    def counterpart(self, assertion: Mapping[str, Any]) -> str | None:
        """The relationship a denied relation contradicts, when it is exported."""
        flipped = dict(assertion, polarity="asserted")
        ref = stix_id("relationship", *assertion_key(flipped))
        return ref if ref in set(self.refs.values()) else None

    def evidence(self, assertion: Mapping[str, Any]) -> list[dict[str, Any]]:
        """One external reference per claim: source, sentence, document and its address."""
        references = []
        for claim_id in assertion["claims"]:
            claim = self.data.claims.get(claim_id)
            if claim is None:
                continue
            document = claim["document"]
            where = ", ".join(
                str(part)
                for part in (
                    document.get("title"),
                    document.get("outlet"),
                    document.get("published"),
                )
                if part
            )
            reference = {
                "source_name": str(claim["source"]["name"]),
                "description": f"\u201c{claim['evidence']['sentence']}\u201d ({where})"
                if where
                else f"\u201c{claim['evidence']['sentence']}\u201d",
                "external_id": f"claim:{claim_id}",
            }
            if document.get("url"):
                reference["url"] = document["url"]
            references.append(reference)
        return references

    # -- disputes --

    def dispute(self, dispute: Mapping[str, Any]) -> dict[str, Any] | None:
        sides = dispute["sides"]
        refs = _unique([self.refs[s["id"]] for s in sides if s["id"] in self.refs])
        if not refs:
            return None
        days = sorted(d for s in sides for d in (s.get("first_seen"), s.get("last_seen")) if d)
        obj = self.base(
            "opinion",
            stix_id("opinion", "dispute", dispute["id"]),
            days[0] if days else None,
            days[-1] if days else None,
        )
        second = sides[1]
        obj.update(
            opinion="disagree",
            explanation=f"Dispute ({dispute['kind']}): {dispute['reason']}. "
            + " / ".join(
                f"{statement(s)} ({', '.join(s.get('source_names') or [])}, {s['grade']})"
                for s in sides
            ),
            object_refs=refs,
            authors=list(second.get("source_names") or []),
        )
        found = confidence(str(second.get("grade") or "F6"))
        if found is not None:
            obj["confidence"] = found
        obj["extensions"] = self.extension(
            dispute_id=dispute["id"],
            dispute_kind=dispute["kind"],
            assertion_ids=[s["id"] for s in sides],
            grades=[s["grade"] for s in sides],
        )
        return obj

    # -- documents --

    def reports(self) -> Iterable[dict[str, Any]]:
        """One report per document, listing every exported object its claims support."""
        supports: dict[str, set[str]] = defaultdict(set)
        for assertion in self.data.assertions:
            ref = self.refs[assertion["id"]]
            for claim_id in assertion["claims"]:
                claim = self.data.claims.get(claim_id)
                if claim is None:
                    continue
                doc_id = str(claim["document"]["id"])
                supports[doc_id].add(ref)
                supports[doc_id].add(actor_ref(assertion["subject"]))
                if assertion.get("object"):
                    supports[doc_id].add(actor_ref(assertion["object"]))
        for doc_id in sorted(supports):
            yield self.report(doc_id, sorted(supports[doc_id]))

    def report(self, doc_id: str, refs: list[str]) -> dict[str, Any]:
        document = self.data.documents.get(doc_id, {"id": doc_id})
        day = document.get("published") or document.get("ingested_at")
        obj = self.base("report", stix_id("report", doc_id), day, day)
        byline = " \u00b7 ".join(
            str(p) for p in (document.get("outlet"), document.get("author")) if p
        )
        obj.update(
            name=str(document.get("title") or f"Document {doc_id}"),
            report_types=["threat-report"],
            published=timestamp(day, obj["created"]),
            object_refs=refs,
        )
        if byline:
            obj["description"] = byline
        reference: dict[str, Any] = {
            "source_name": str(document.get("outlet") or self.creator),
            "external_id": f"document:{doc_id}",
        }
        if document.get("url"):
            reference["url"] = document["url"]
        obj["external_references"] = [reference]
        obj["extensions"] = self.extension(
            document_id=doc_id,
            published_known=bool(document.get("published")),
        )
        return obj


EXTENSION_SCHEMA = (
    "Property extension; every property is optional. On actors (threat-actor, identity, "
    "location): actor_id (claimgraph actor id), kind (armed_group, organization, person, "
    "state, place), aliases (list, identity and location only), mentions (int). On "
    "assertions (relationship, note, opinion): assertion_id, claim_type (strength, "
    "relation, presence, pledge, denial), predicate, polarity (asserted, denied), hedged "
    "(bool), subject_ref, object_ref (STIX ids), value_min, value_max (numbers, strength "
    "only), reliability (A-F), credibility (1-6), grade (e.g. B2), grade_reasons (list), "
    "sources, relays, documents (ints), source_names, disputed_by, claims (lists), "
    "first_seen, last_seen (YYYY-MM-DD). On dispute opinions: dispute_id, dispute_kind "
    "(denial, estimates, rejection), assertion_ids, grades. On reports: document_id, "
    "published_known (false when published is the ingestion date)."
)


def _assertion_extension(
    assertion: Mapping[str, Any], subject: str, target: str | None
) -> dict[str, Any]:
    value = assertion.get("value") or {}
    grade = str(assertion["grade"])
    return {
        "assertion_id": assertion["id"],
        "claim_type": assertion["type"],
        "predicate": assertion["predicate"],
        "polarity": assertion.get("polarity") or "asserted",
        "hedged": bool(assertion.get("hedged")),
        "subject_ref": subject,
        "object_ref": target,
        "value_min": value.get("min"),
        "value_max": value.get("max"),
        "reliability": grade[:1],
        "credibility": int(grade[1:2]) if grade[1:2].isdigit() else None,
        "grade": grade,
        "grade_reasons": list(assertion.get("grade_reasons") or []),
        "sources": assertion.get("sources"),
        "relays": assertion.get("relays"),
        "documents": assertion.get("documents"),
        "source_names": list(assertion.get("source_names") or []),
        "disputed_by": list(assertion.get("disputed_by") or []),
        "claims": list(assertion.get("claims") or []),
        "first_seen": assertion.get("first_seen"),
        "last_seen": assertion.get("last_seen"),
    }


def _summary(assertion: Mapping[str, Any]) -> str:
    """Grade and counts in words, for descriptions."""
    names = ", ".join(assertion.get("source_names") or [])
    text = (
        f"Grade {assertion['grade']}; {assertion['sources']} independent source(s) ({names}), "
        f"{assertion['relays']} article(s), {assertion['documents']} document(s)"
    )
    if assertion.get("disputed_by"):
        text += "; disputed by " + ", ".join(assertion["disputed_by"])
    return text + "."


def _location_fields(actor: Mapping[str, Any]) -> dict[str, str]:
    """country when known, else a region: STIX needs one of them on a location."""
    if actor.get("country"):
        return {"country": str(actor["country"]).upper()}
    return {"region": REGIONS.get(str(actor["id"]), _slug(str(actor["name"])))}


def _actor_dates(
    assertions: Iterable[Mapping[str, Any]],
) -> dict[str, tuple[str | None, str | None]]:
    """First and last date each actor takes part in an assertion."""
    seen: dict[str, list[str]] = defaultdict(list)
    for assertion in assertions:
        days = [d for d in (assertion["first_seen"], assertion["last_seen"]) if d]
        for ref in (assertion["subject"], assertion.get("object")):
            if ref:
                seen[str(ref["id"])].extend(days)
    return {k: (min(v), max(v)) if v else (None, None) for k, v in seen.items()}


_TYPE_ORDER = (
    "identity",
    "extension-definition",
    "threat-actor",
    "location",
    "relationship",
    "note",
    "opinion",
    "report",
)


def _object_order(obj: Mapping[str, Any]) -> tuple[int, str]:
    kind = str(obj["type"])
    return (_TYPE_ORDER.index(kind) if kind in _TYPE_ORDER else len(_TYPE_ORDER), str(obj["id"]))


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _slug(text: str) -> str:
    from claimgraph.model import slugify

    return slugify(text)


def build_bundle(data: ExportData, *, creator: str = DEFAULT_CREATOR) -> dict[str, Any]:
    """The STIX 2.1 bundle of an export selection (pure)."""
    return _Builder(data, creator).build()


def dumps(bundle: Mapping[str, Any]) -> str:
    """A bundle as JSON text: sorted keys and fixed indentation, so equal bundles are equal bytes."""
    return json.dumps(bundle, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_stix(data: ExportData, path: Path, *, creator: str = DEFAULT_CREATOR) -> dict[str, int]:
    """Write the bundle to ``path``; return how many objects of each type it holds."""
    bundle = build_bundle(data, creator=creator)
    path.write_text(dumps(bundle), encoding="utf-8")
    counts: dict[str, int] = defaultdict(int)
    for obj in bundle["objects"]:
        counts[obj["type"]] += 1
    return dict(sorted(counts.items()))
