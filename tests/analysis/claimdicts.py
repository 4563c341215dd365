"""Hand-made claims in the JSON contract shape, for the consolidation tests."""

from __future__ import annotations

import itertools
from typing import Any

_ids = itertools.count(1)

ISISK = {"id": "isis-k", "name": "ISIS-K", "kind": "armed_group"}
TALIBAN = {"id": "taliban", "name": "Taliban", "kind": "armed_group"}
TTP = {"id": "ttp", "name": "TTP", "kind": "armed_group"}


def make_claim(
    *,
    doc: str,
    source: str,
    kind: str = "document",
    type_: str = "strength",
    predicate: str = "fighters",
    subject: dict[str, str] = ISISK,
    obj: dict[str, str] | None = None,
    value: tuple[float | None, float | None] | None = None,
    approx: bool = False,
    polarity: str = "asserted",
    hedged: bool = False,
    published: str | None = "2023-07-25",
    outlet: str | None = None,
    sentence: str = "A sentence.",
) -> dict[str, Any]:
    """One claim dict as ``iter_claims`` returns it."""
    return {
        "id": f"c{next(_ids):04d}",
        "type": type_,
        "predicate": predicate,
        "subject": subject,
        "object": obj,
        "value": (
            {"min": value[0], "max": value[1], "approx": approx, "qualifier": None}
            if value
            else None
        ),
        "polarity": polarity,
        "hedged": hedged,
        "when": None,
        "source": {"name": source, "kind": kind, "affiliation": None},
        "document": {
            "id": doc,
            "title": f"title of {doc}",
            "outlet": outlet or f"outlet of {doc}",
            "url": None,
            "published": published,
            "path": None,
        },
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
    }
