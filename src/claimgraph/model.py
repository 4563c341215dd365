"""The records that flow between stages, defined once.

``ingest`` produces :class:`Document`; ``nlp`` produces :class:`Mention`,
:class:`Actor` and :class:`Claim` for a document; ``store`` persists them and
gives them back; ``analysis``, ``cli``, ``web`` and ``export`` read them.
Records are frozen dataclasses so a stage cannot quietly change what an
earlier stage produced.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["armed_group", "state", "organization", "person", "place"]
ClaimType = Literal["strength", "relation", "presence", "pledge", "denial"]
Polarity = Literal["asserted", "denied"]
SourceKind = Literal["document", "person", "organization", "outlet", "actor"]

CLAIM_TYPES: tuple[str, ...] = ("strength", "relation", "presence", "pledge", "denial")
RELATION_PREDICATES: tuple[str, ...] = (
    "ally",
    "funds",
    "protects",
    "allegiance",
    "affiliate",
    "hostile",
    "infiltrates",
    "member_of",
    "leads",
    "splinter_of",
    "internal_division",
)
PRESENCE_PREDICATES: tuple[str, ...] = ("operates_in",)
PLEDGE_PREDICATE = "pledge"
DENIAL_PREDICATE = "denies"


def normalise_text(text: str) -> str:
    """Fold text to lowercase words separated by single spaces.

    Two renderings of one article (HTML and its copied plain text) differ in
    quotes, dashes, spacing and line breaks; this folding removes exactly
    those differences so their hashes agree.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", folded))


def document_id(body: str) -> str:
    """Stable id of a document: a hash of its normalised body."""
    return hashlib.sha256(normalise_text(body).encode("utf-8")).hexdigest()[:16]


def slugify(name: str) -> str:
    """Readable id for an actor name ("ISIS-K" -> "isis-k")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug or hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class DroppedLine:
    """A line of the input the cleaner left out of the body, and why."""

    line: str
    reason: str


@dataclass(frozen=True)
class Post:
    """Where one writer's post begins in the body of a discussion thread or a
    channel's history: what follows, up to the next post, is in that writer's
    voice. ``kind`` is a source kind: a forum's posters are people, the channel a
    message was forwarded from an outlet."""

    start: int
    author: str
    kind: str = "person"


@dataclass(frozen=True)
class Document:
    """A clean document: the body an analyst would read, and its metadata."""

    id: str
    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    format: str = "text"
    path: str | None = None
    dropped: tuple[DroppedLine, ...] = ()
    posts: tuple[Post, ...] = ()

    @classmethod
    def create(cls, body: str, **fields: Any) -> Document:
        """Build a document whose id is derived from its body."""
        return cls(id=document_id(body), body=body, **fields)


@dataclass(frozen=True)
class Actor:
    """Anyone or anything a claim can be about: groups, states, people, places."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    origin: str = "gazetteer"

    @classmethod
    def learned(cls, name: str, kind: str, aliases: tuple[str, ...] = ()) -> Actor:
        """An actor read from a document rather than the gazetteer, with an id made from its name."""
        return cls(id=slugify(name), name=name, kind=kind, aliases=aliases, origin="learned")

    def ref(self) -> dict[str, str]:
        """The short form used inside claim JSON."""
        return {"id": self.id, "name": self.name, "kind": self.kind}


@dataclass(frozen=True)
class Mention:
    """A stretch of a document's body that names an actor (or an entity)."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str
    actor_id: str | None = None


@dataclass(frozen=True)
class Source:
    """Who asserts a claim: a report, a quoted person, an organisation, the outlet."""

    name: str
    kind: str = "outlet"
    affiliation: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The exact sentence a claim was read from, with offsets into the body."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Value:
    """A numeric estimate: a range, whether approximate, and any qualifier."""

    min: float | None = None
    max: float | None = None
    approx: bool = False
    qualifier: str | None = None


@dataclass(frozen=True)
class Claim:
    """One statement read from one sentence of one document."""

    doc_id: str
    type: str
    predicate: str
    subject: Actor
    evidence: Evidence
    source: Source
    object: Actor | None = None
    value: Value | None = None
    polarity: str = "asserted"
    hedged: bool = False
    when: str | None = None
    id: str = field(default="")
    # "rule" for a claim a rule read, "learned" for one a learned reader added; its
    # confidence is then the model's probability (not part of the id).
    reader: str = "rule"
    confidence: float | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", claim_id(self))


def claim_id(claim: Claim) -> str:
    """Stable id: the same claim read from the same sentence gets the same id.

    The value is part of the key: "30 to 60 members ... some 2,000 including
    family members" are two claims of one sentence that differ only in it.
    """
    value = claim.value
    key = "|".join(
        str(part)
        for part in (
            claim.doc_id,
            claim.type,
            claim.predicate,
            claim.subject.id,
            claim.object.id if claim.object else "",
            claim.polarity,
            claim.evidence.start,
            claim.evidence.end,
            *((value.min, value.max, value.approx, value.qualifier) if value else ()),
        )
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Extraction:
    """Everything the NLP stage read from one document."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    actors: tuple[Actor, ...] = ()


def as_dict(record: Any) -> dict[str, Any]:
    """Plain-dict view of a record (dates stay date objects)."""
    return asdict(record)


def document_ref(document: Document) -> dict[str, Any]:
    """The short form of a document used inside claim JSON."""
    return {
        "id": document.id,
        "title": document.title,
        "outlet": document.outlet,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "path": document.path,
    }


def _number(value: float | None) -> float | int | None:
    """Whole numbers print as integers (4000, not 4000.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def claim_json(claim: Claim, document: dict[str, Any]) -> dict[str, Any]:
    """A claim as the JSON object of the ``claims --format jsonl`` contract.

    Other tools read this shape: keys may be added, never renamed or dropped.
    """
    value = claim.value
    return {
        "id": claim.id,
        "type": claim.type,
        "predicate": claim.predicate,
        "subject": claim.subject.ref(),
        "object": claim.object.ref() if claim.object else None,
        "value": (
            {
                "min": _number(value.min),
                "max": _number(value.max),
                "approx": value.approx,
                "qualifier": value.qualifier,
            }
            if value
            else None
        ),
        "polarity": claim.polarity,
        "hedged": claim.hedged,
        "when": claim.when,
        "source": {
            "name": claim.source.name,
            "kind": claim.source.kind,
            "affiliation": claim.source.affiliation,
        },
        "document": document,
        "evidence": {
            "sentence": claim.evidence.sentence,
            "start": claim.evidence.start,
            "end": claim.evidence.end,
        },
        "reader": claim.reader,
        "confidence": claim.confidence,
    }
