"""Independent sources: whose word a claim ultimately rests on, and copied articles.

Five outlets repeating "the UN report" give the report one voice, relayed
five times. So a claim's *ultimate source* is the named report, organisation
or person the sentence attributes it to, whatever document carries it; only
a claim an outlet makes in its own voice belongs to the article itself. And
an article copied by another outlet (syndication, light edits) is one
article: near-duplicates are found with MinHash over word shingles of the
normalised body and folded onto the earliest copy.

The MinHash here is a small one written on numpy (no extra dependency):
each shingle is hashed once with BLAKE2b, then ``permutations`` universal
hash functions ``(a * x + b) mod p`` give the signature, and LSH banding
finds candidate pairs without comparing every pair of documents.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np

from claimgraph.model import normalise_text
from claimgraph.nlp.gazetteer import Gazetteer, key

_PRIME = (1 << 31) - 1
_SEED = 20231


def source_key(source: Mapping[str, Any], relay: str, gazetteer: Gazetteer | None) -> str:
    """The ultimate source of a claim, as a stable key.

    A claim in the outlet's own voice rests on the article, so its key is the
    article (``relay``: the earliest copy of the document). A named source is
    the same source in every document: the gazetteer's id when it knows the
    name ("U.N. Monitoring Team" and "the Monitoring Team" agree), else the
    folded name.
    """
    if source.get("kind") == "outlet":
        return f"article:{relay}"
    name = str(source.get("name") or "")
    actor = gazetteer.lookup(name) if gazetteer is not None else None
    if actor is not None:
        return f"actor:{actor.id}"
    return f"name:{key(name) or name}"


def shingles(body: str, size: int) -> set[str]:
    """Runs of ``size`` words of the normalised body (fewer words: the whole body)."""
    words = normalise_text(body).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@lru_cache(maxsize=8)
def _coefficients(permutations: int) -> tuple[np.ndarray, np.ndarray]:
    """Fixed ``a`` and ``b`` of the hash family, so signatures are comparable across runs."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, _PRIME, size=permutations, dtype=np.uint64)
    b = rng.integers(0, _PRIME, size=permutations, dtype=np.uint64)
    return a, b


def signature(body: str, *, size: int = 5, permutations: int = 128) -> np.ndarray:
    """MinHash signature of a body (``uint32``, one value per permutation).

    An empty body gets the all-maximum signature, which :func:`near_duplicates`
    never pairs with anything.
    """
    grams = shingles(body, size)
    if not grams:
        return np.full(permutations, _PRIME, dtype=np.uint32)
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little")
            for g in grams
        ),
        dtype=np.uint64,
        count=len(grams),
    )
    a, b = _coefficients(permutations)
    # a < 2**31 and hashes < 2**32, so the products fit in 64 bits.
    values = (a[:, None] * hashes[None, :] + b[:, None]) % np.uint64(_PRIME)
    return values.min(axis=1).astype(np.uint32)


def method_name(size: int, permutations: int) -> str:
    """Names the fingerprint parameters, so a change of rules recomputes them."""
    return f"minhash-w{size}-p{permutations}"


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of two bodies from their signatures."""
    return float(np.mean(first == second))


def near_duplicates(
    signatures: Mapping[str, np.ndarray],
    dates: Mapping[str, date | None],
    *,
    bands: int,
    threshold: float,
) -> dict[str, str]:
    """Map every document to the earliest copy of its article.

    Candidates share at least one LSH band; a candidate pair whose estimated
    similarity reaches ``threshold`` is one article. Groups are closed over
    (a copy of a copy is a copy), and the representative is the earliest
    published document, then the smallest id, so the result is stable.
    """
    parent = {doc_id: doc_id for doc_id in signatures}

    def find(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for first, second in _candidate_pairs(signatures, bands):
        if similarity(signatures[first], signatures[second]) >= threshold:
            parent[find(first)] = find(second)
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id in signatures:
        groups[find(doc_id)].append(doc_id)
    roots: dict[str, str] = {}
    for members in groups.values():
        earliest = min(members, key=lambda d: (dates.get(d) or date.max, d))
        roots.update(dict.fromkeys(members, earliest))
    return roots


def _candidate_pairs(signatures: Mapping[str, np.ndarray], bands: int) -> Iterable[tuple[str, str]]:
    """Pairs of documents that agree on every row of at least one band."""
    empty = {d for d, sig in signatures.items() if bool(np.all(sig == _PRIME))}
    seen: set[tuple[str, str]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[str]] = defaultdict(list)
        for doc_id, sig in signatures.items():
            if doc_id in empty:
                continue
            rows = len(sig) // bands
            buckets[sig[band * rows : (band + 1) * rows].tobytes()].append(doc_id)
        for members in buckets.values():
            for i, first in enumerate(members):
                for second in members[i + 1 :]:
                    pair = (first, second) if first < second else (second, first)
                    if pair not in seen:
                        seen.add(pair)
                        yield pair


def from_bytes(raw: bytes) -> np.ndarray:
    """A stored signature back as an array."""
    return np.frombuffer(raw, dtype=np.uint32)
