"""Load and validate one split of the gold corpus (see ``eval/GUIDE.md``).

Gold is written by hand, so a typo in a field name or a predicate outside the
vocabulary would silently turn into a miss when scoring. Every line is
therefore checked on load, and a bad line stops the run with an error that
names the file and the line to fix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from claimgraph.errors import DataFileError, InputError
from claimgraph.model import (
    CLAIM_TYPES,
    DENIAL_PREDICATE,
    PLEDGE_PREDICATE,
    PRESENCE_PREDICATES,
    RELATION_PREDICATES,
)

CLAIMS_SUFFIX = ".claims.jsonl"
BODY_SUFFIX = ".body.json"
SOURCE_KINDS: frozenset[str] = frozenset({"document", "person", "organization", "outlet", "actor"})
POLARITIES: frozenset[str] = frozenset({"asserted", "denied"})
REQUIRED_FIELDS: tuple[str, ...] = (
    "doc",
    "type",
    "subject",
    "predicate",
    "source",
    "source_kind",
    "polarity",
    "hedged",
    "evidence",
)
OPTIONAL_FIELDS: tuple[str, ...] = ("object", "value_min", "value_max", "unit", "note")
TYPES_WITH_OBJECT: frozenset[str] = frozenset({"relation", "presence"})


@dataclass(frozen=True)
class GoldFact:
    """One annotated fact: the fields of a gold line, as the guide defines them."""

    doc: str
    type: str
    subject: str
    predicate: str
    source: str
    source_kind: str
    polarity: str
    hedged: bool
    evidence: str
    object: str | None = None
    value_min: float | None = None
    value_max: float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class BodyGold:
    """Which lines of a document are article body and which are boilerplate."""

    doc: str
    body: tuple[str, ...]
    boilerplate: tuple[str, ...]


@dataclass(frozen=True)
class GoldSplit:
    """Everything annotated for one split (``dev`` or ``test``)."""

    name: str
    root: Path
    corpus: Path
    documents: tuple[str, ...]
    facts: tuple[GoldFact, ...]
    bodies: Mapping[str, BodyGold]

    def restricted(self, prefixes: tuple[str, ...]) -> GoldSplit:
        """The split cut to the documents whose file name starts with one of ``prefixes``."""
        documents = tuple(d for d in self.documents if d.startswith(prefixes))
        return replace(
            self,
            documents=documents,
            facts=tuple(f for f in self.facts if f.doc in documents),
            bodies={doc: body for doc, body in self.bodies.items() if doc in documents},
        )

    def corpus_paths(self) -> list[Path]:
        """The corpus files of this split, the input the scorer ingests."""
        return [self.corpus / doc for doc in self.documents]


def find_gold_root(start: Iterable[Path] | None = None) -> Path:
    """Find ``eval/gold`` by walking up from this package, then from the cwd.

    The package walk finds the checkout the code runs from (editable
    installs); the cwd walk covers an installed package run inside a checkout.
    """
    starts = list(start) if start is not None else [Path(__file__).resolve(), Path.cwd()]
    for origin in starts:
        for folder in (origin, *origin.parents):
            candidate = folder / "eval" / "gold"
            if candidate.is_dir():
                return candidate
    raise InputError("no eval/gold folder above the package or the working directory")


def load_split(split: str, root: Path | None = None, corpus: Path | None = None) -> GoldSplit:
    """Read and validate every gold file of ``split`` under ``root``.

    ``corpus`` defaults to ``examples/corpus`` of the same checkout; it is only
    read to learn the file name of a document whose gold files do not name it
    (an empty claims file and no body gold).
    """
    gold_root = root if root is not None else find_gold_root()
    folder = gold_root / split
    if not folder.is_dir():
        raise InputError(f"no gold split folder {folder}", subject=split)
    corpus_dir = corpus if corpus is not None else gold_root.parent.parent / "examples" / "corpus"
    facts: list[GoldFact] = []
    named: dict[str, set[str]] = {}
    for path in sorted(folder.glob(f"*{CLAIMS_SUFFIX}")):
        stem = path.name[: -len(CLAIMS_SUFFIX)]
        file_facts = read_claims_file(path)
        facts.extend(file_facts)
        named.setdefault(stem, set()).update(fact.doc for fact in file_facts)
    bodies: dict[str, BodyGold] = {}
    for path in sorted(folder.glob(f"*{BODY_SUFFIX}")):
        stem = path.name[: -len(BODY_SUFFIX)]
        body = read_body_file(path)
        bodies[body.doc] = body
        named.setdefault(stem, set()).add(body.doc)
    documents = tuple(
        sorted(_document_name(stem, names, folder, corpus_dir) for stem, names in named.items())
    )
    return GoldSplit(
        name=split,
        root=gold_root,
        corpus=corpus_dir,
        documents=documents,
        facts=tuple(facts),
        bodies=bodies,
    )


def _document_name(stem: str, names: set[str], folder: Path, corpus: Path) -> str:
    """The corpus file name of the document whose gold files start with ``stem``."""
    if len(names) > 1:
        listed = ", ".join(sorted(names))
        raise DataFileError(
            f"gold files for {stem!r} name several documents ({listed})",
            subject=str(folder / stem),
        )
    if names:
        return next(iter(names))
    matches = sorted(path.name for path in corpus.glob(f"{stem}.*") if _doc_stem(path.name) == stem)
    if len(matches) != 1:
        found = "no" if not matches else "several"
        raise DataFileError(
            f"{found} corpus file named {stem}.EXT in {corpus}; name the document in "
            f"{stem}{BODY_SUFFIX} or move the gold file",
            subject=str(folder / f"{stem}{CLAIMS_SUFFIX}"),
        )
    return matches[0]


def _doc_stem(doc: str) -> str:
    """``un-report.txt`` -> ``un-report``: the part gold file names start with."""
    return doc.rsplit(".", 1)[0] if "." in doc else doc


def read_claims_file(path: Path) -> list[GoldFact]:
    """Parse a ``NAME.claims.jsonl`` file, one validated fact per non-blank line."""
    stem = path.name[: -len(CLAIMS_SUFFIX)]
    facts: list[GoldFact] = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"not valid JSON: {exc.msg}", subject=where) from exc
        fact = parse_fact(record, where)
        if _doc_stem(fact.doc) != stem:
            raise DataFileError(
                f"doc {fact.doc!r} does not belong in a file named {path.name}", subject=where
            )
        facts.append(fact)
    return facts


def parse_fact(record: Any, where: str) -> GoldFact:
    """Check one decoded gold line against the guide and build its fact."""
    if not isinstance(record, dict):
        raise DataFileError("a fact line must be a JSON object", subject=where)
    unknown = sorted(set(record) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        raise DataFileError(f"unknown field(s): {', '.join(unknown)}", subject=where)
    missing = [name for name in REQUIRED_FIELDS if name not in record]
    if missing:
        raise DataFileError(f"missing field(s): {', '.join(missing)}", subject=where)
    for name in ("doc", "type", "subject", "predicate", "source", "evidence"):
        _require_text(record, name, where)
    fact_type = record["type"]
    if fact_type not in CLAIM_TYPES:
        raise DataFileError(
            f"type {fact_type!r} is not one of {', '.join(CLAIM_TYPES)}", subject=where
        )
    _check_predicate(fact_type, record["predicate"], where)
    _check_choice(record, "source_kind", SOURCE_KINDS, where)
    _check_choice(record, "polarity", POLARITIES, where)
    if not isinstance(record["hedged"], bool):
        raise DataFileError("hedged must be true or false", subject=where)
    obj = _optional_text(record, "object", where)
    if fact_type in TYPES_WITH_OBJECT and obj is None:
        raise DataFileError(f"a {fact_type} fact needs an object", subject=where)
    if fact_type == "strength" and obj is not None:
        raise DataFileError("a strength fact has no object", subject=where)
    low, high, unit = _check_values(record, fact_type, where)
    return GoldFact(
        doc=record["doc"],
        type=fact_type,
        subject=record["subject"],
        predicate=record["predicate"],
        source=record["source"],
        source_kind=record["source_kind"],
        polarity=record["polarity"],
        hedged=record["hedged"],
        evidence=record["evidence"],
        object=obj,
        value_min=low,
        value_max=high,
        unit=unit,
    )


def _require_text(record: Mapping[str, Any], name: str, where: str) -> None:
    """A field that must hold a non-empty string."""
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(f"{name} must be a non-empty string", subject=where)


def _optional_text(record: Mapping[str, Any], name: str, where: str) -> str | None:
    """A field that holds a non-empty string or null."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(f"{name} must be a non-empty string or null", subject=where)
    return value


def _check_choice(
    record: Mapping[str, Any], name: str, allowed: frozenset[str], where: str
) -> None:
    """A field whose value comes from a closed vocabulary."""
    if record[name] not in allowed:
        raise DataFileError(
            f"{name} {record[name]!r} is not one of {', '.join(sorted(allowed))}", subject=where
        )


def _check_predicate(fact_type: str, predicate: str, where: str) -> None:
    """The predicate must be one the guide allows for the fact's type."""
    allowed: tuple[str, ...] | None = {
        "relation": RELATION_PREDICATES,
        "presence": PRESENCE_PREDICATES,
        "pledge": (PLEDGE_PREDICATE,),
        "denial": (DENIAL_PREDICATE,),
    }.get(fact_type)
    if allowed is not None and predicate not in allowed:
        raise DataFileError(
            f"predicate {predicate!r} is not allowed for {fact_type}: {', '.join(allowed)}",
            subject=where,
        )


def _number(record: Mapping[str, Any], name: str, where: str) -> float | None:
    """A numeric field or null (booleans are not numbers here)."""
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataFileError(f"{name} must be a number or null", subject=where)
    return value


def _check_values(
    record: Mapping[str, Any], fact_type: str, where: str
) -> tuple[float | None, float | None, str | None]:
    """Values belong to strength facts only and form a range that is not empty."""
    low = _number(record, "value_min", where)
    high = _number(record, "value_max", where)
    unit = _optional_text(record, "unit", where)
    if fact_type != "strength":
        if low is not None or high is not None or unit is not None:
            raise DataFileError(
                "value_min, value_max and unit are for strength facts only", subject=where
            )
        return None, None, None
    if low is None and high is None:
        raise DataFileError("a strength fact needs value_min or value_max", subject=where)
    if low is not None and high is not None and low > high:
        raise DataFileError(f"value_min {low} is above value_max {high}", subject=where)
    return low, high, unit


def read_body_file(path: Path) -> BodyGold:
    """Parse a ``NAME.body.json`` file: the document's body and boilerplate lines."""
    text = path.read_text(encoding="utf-8")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"not valid JSON: {exc.msg}", subject=f"{path}:{exc.lineno}") from exc
    if not isinstance(record, dict):
        raise DataFileError("body gold must be a JSON object", subject=f"{path}:1")
    unknown = sorted(set(record) - {"doc", "body", "boilerplate", "note"})
    if unknown:
        raise DataFileError(
            f"unknown field(s): {', '.join(unknown)}", subject=_located(path, text, unknown[0])
        )
    doc = record.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise DataFileError("doc must be a non-empty string", subject=_located(path, text, "doc"))
    if _doc_stem(doc) != path.name[: -len(BODY_SUFFIX)]:
        raise DataFileError(
            f"doc {doc!r} does not belong in a file named {path.name}",
            subject=_located(path, text, "doc"),
        )
    lines = {name: _line_list(record, name, path, text) for name in ("body", "boilerplate")}
    return BodyGold(doc=doc, body=lines["body"], boilerplate=lines["boilerplate"])


def _line_list(record: Mapping[str, Any], name: str, path: Path, text: str) -> tuple[str, ...]:
    """A list-of-strings field of a body gold file."""
    value = record.get(name)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataFileError(f"{name} must be a list of strings", subject=_located(path, text, name))
    return tuple(value)


def _located(path: Path, text: str, key: str) -> str:
    """``file:line`` of the first line that spells ``key`` as a JSON key."""
    needle = json.dumps(key)
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return f"{path}:{number}"
    return f"{path}:1"
