"""Presence read by a learned model from an armed group and a place in one sentence.

The presence readers are rules: each knows one way prose puts a group in a
place ("JNIM fighters attacked Boni", "the group's bases in Kunar"). Prose
has more ways than rules, and many sentences that name a group and a place
say nothing about where the group is ("the talks in Doha on ISIS-K"). This
module scores every pair of an armed group and a place that share a sentence
and that no rule read, with a logistic model over the words and dependency
path between them, and keeps the pairs it rates likely.

The model is data (``claimgraph/data/presence_model.json``), trained by
``scripts/train_presence.py`` on the dev split's gold annotations only;
the feature names here are its vocabulary, so changing one means training
again.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from claimgraph.data import data_path, is_number, json_object, model_threshold, read_json_file
from claimgraph.errors import DataFileError
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.drafts import Draft
from claimgraph.nlp.segments import Segment

HOLDER_KINDS = frozenset({"armed_group"})
PLACE_KINDS = frozenset({"place", "state"})
# Dependencies that cross from one clause into another on the path between the two.
CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "appos", "xcomp"})
SHORT_PATH = 5
SHORT_LEG = 3

Sentences = Sequence[tuple[Segment, list[Draft]]]


@dataclass(frozen=True)
class PairModel:
    """A logistic model: a weight per feature name, a bias and the score to keep from."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        """How likely the pair with ``features`` is a presence the gold would mark.

        A feature counts once however often it fires, as it did in training.
        """
        score = self.bias + sum(self.weights.get(name, 0.0) for name in dict.fromkeys(features))
        return 1.0 / (1.0 + math.exp(-score))


@dataclass(frozen=True)
class Candidate:
    """A group and a place named in one sentence that no rule paired."""

    sentence: int  # position in the list of sentences handed to :func:`candidates`
    holder: ActorSpan
    place: ActorSpan
    features: tuple[str, ...]


def default_model_path() -> Path:
    """Where the packaged presence model lives."""
    return data_path("presence_model.json")


@lru_cache(maxsize=4)
def load_pair_model(path: str | None = None) -> PairModel:
    """Load (once per path) and validate a pair model file."""
    target = Path(path) if path else default_model_path()
    return parse_pair_model(read_json_file(target), str(target))


def parse_pair_model(data: Any, path: str) -> PairModel:
    """A :class:`PairModel` from the decoded file, or DataFileError naming what is wrong."""
    data = json_object(data, ("bias", "threshold", "weights"), path)
    bias, threshold, weights = data["bias"], data["threshold"], data["weights"]
    if not is_number(bias):
        raise DataFileError("'bias' must be a number", subject=path)
    threshold = model_threshold(threshold, path)
    if not isinstance(weights, dict) or not all(
        isinstance(name, str) and is_number(w) for name, w in weights.items()
    ):
        raise DataFileError("'weights' must map feature names to numbers", subject=path)
    return PairModel(weights=dict(weights), bias=float(bias), threshold=threshold)


def candidates(sentences: Sentences, actors: DocActors) -> list[Candidate]:
    """Every group-and-place pair of every sentence that the rules did not read.

    Two features look past the sentence: how often the rules placed the same
    group in the same place elsewhere in the document, and how many sentences
    name the two together. A pair the text keeps returning to is more likely
    a presence in this sentence too.
    """
    ruled: Counter[tuple[str, str]] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    found: list[tuple[int, ActorSpan, ActorSpan, list[str]]] = []
    for index, (seg, drafts) in enumerate(sentences):
        read = _placed(drafts)
        spans = actors.among(range(seg.start, seg.end))
        for holder, place in _pairs(spans):
            key = (holder.actor.id, place.actor.id)
            together[key] += 1
            if key in read:
                ruled[key] += 1  # counted, but no features: the rules read it
            else:
                found.append((index, holder, place, pair_features(seg, holder, place, spans)))
    return [
        Candidate(
            index,
            holder,
            place,
            (
                *features,
                f"ruled_doc={min(ruled[(holder.actor.id, place.actor.id)], 3)}",
                f"co_doc={min(together[(holder.actor.id, place.actor.id)], 4)}",
            ),
        )
        for index, holder, place, features in found
    ]


def read_learned_presence(
    sentences: Sentences, actors: DocActors, model: PairModel
) -> list[list[Draft]]:
    """Each sentence's drafts with the presences the model keeps added."""
    out = [list(drafts) for _, drafts in sentences]
    for candidate in candidates(sentences, actors):
        chance = model.probability(candidate.features)
        if chance >= model.threshold:
            anchor = _anchor(candidate, actors.doc)
            out[candidate.sentence].append(
                Draft(
                    "presence",
                    "operates_in",
                    candidate.holder.actor,
                    anchor,
                    candidate.place.actor,
                    confidence=round(chance, 3),
                )
            )
    return out


def _anchor(candidate: Candidate, doc: Doc) -> int:
    """The word a learned presence hangs on: the verb that joins group and place when
    there is one (its clause decides who says it and whether it is denied), else the
    place itself."""
    group, where = candidate.holder.root(doc), candidate.place.root(doc)
    top = lowest_common_head(group, where)
    return top.i if top is not None and top.pos_ in ("VERB", "AUX") else where.i


def _placed(drafts: Sequence[Draft]) -> set[tuple[str, str]]:
    return {(d.subject.id, d.object.id) for d in drafts if d.type == "presence" and d.object}


def _pairs(spans: Sequence[ActorSpan]) -> Iterator[tuple[ActorSpan, ActorSpan]]:
    """Each distinct (group, place) pair among a sentence's actor spans."""
    seen: set[tuple[str, str]] = set()
    for holder in spans:
        if holder.actor.kind not in HOLDER_KINDS:
            continue
        for place in spans:
            if place.actor.kind not in PLACE_KINDS or place.actor.id == holder.actor.id:
                continue
            key = (holder.actor.id, place.actor.id)
            if key not in seen:
                seen.add(key)
                yield holder, place


def pair_features(
    seg: Segment, holder: ActorSpan, place: ActorSpan, spans: Sequence[ActorSpan]
) -> list[str]:
    """The names of the features of one pair: words and dependencies between the two,
    the neighbours that compete for the place, and the sentence's negation."""
    doc = seg.span.doc
    group, where = holder.root(doc), place.root(doc)
    features = [
        f"okind={place.actor.kind}",
        f"how={holder.how}",
        f"sdep={group.dep_}",
        f"odep={where.dep_}",
        f"ohead={_lemma(where.head)}",
        f"ohead2={_lemma(where.head.head)}",
        f"ohead_dep={where.head.dep_}",
        f"shead={_lemma(group.head)}",
    ]
    top = lowest_common_head(group, where)
    if top is None:
        return [*features, "nolca"]
    features += _path_features(group, where, top)
    features += _neighbour_features(doc, group, where, holder, place, spans)
    negated = any(token.dep_ == "neg" for token in seg.span)
    features.append(f"neg={negated}")
    return features


def _path_features(group: Token, where: Token, top: Token) -> list[str]:
    """The dependency path from the group up to the shared head and down to the place."""
    up, down = head_chain(group, top), head_chain(where, top)
    length = len(up) + len(down)
    up_deps = "/".join(t.dep_ for t in up)
    down_deps = "/".join(t.dep_ for t in down)
    features = [
        f"pathlen={min(length, 8)}",
        f"lca={_lemma(top)}",
        f"lcapos={top.pos_}",
        f"path={up_deps}^{down_deps}" if length <= SHORT_PATH else "path=long",
        f"updeps={up_deps}" if len(up) <= SHORT_LEG else "updeps=long",
        f"downdeps={down_deps}" if len(down) <= SHORT_LEG else "downdeps=long",
        f"lca_dep={top.dep_}",
        f"lca_x_oprep={_lemma(top)}|{_lemma(where.head)}",
    ]
    features += [f"pw={_lemma(t)}" for t in up[1:] + down[1:]]
    if top.i == group.i:
        features.append("s_is_lca")
    if top.i == where.i:
        features.append("o_is_lca")
    breaks = [t.dep_ for t in up + down if t.dep_ in CLAUSE_BREAKS]
    features.append(f"breaks={min(len(breaks), 2)}")
    features += [f"break={name}" for name in sorted(set(breaks))]
    return features


def _neighbour_features(
    doc: Doc,
    group: Token,
    where: Token,
    holder: ActorSpan,
    place: ActorSpan,
    spans: Sequence[ActorSpan],
) -> list[str]:
    """Order and distance, and the other groups and places the sentence names; ``group``
    and ``where`` are the two spans' root words."""
    gap = where.i - group.i
    others = [s for s in spans if s.actor.kind in HOLDER_KINDS and s.actor.id != holder.actor.id]
    low, high = sorted((group.i, where.i))
    between = [s for s in others if low < s.start < high]
    nearest = all(abs(s.root(doc).i - where.i) >= abs(gap) for s in others)
    places = [s for s in spans if s.actor.kind in PLACE_KINDS and s.actor.id != place.actor.id]
    features = [
        f"order={'so' if gap > 0 else 'os'}",
        f"dist={min(abs(gap) // 4, 6)}",
        f"between={min(len(between), 3)}",
        f"nearest={nearest}",
        f"ngroups={min(len(others), 3)}",
        f"nplaces={min(len(places), 3)}",
    ]
    if where.dep_ in ("compound", "poss", "amod"):
        features.append(f"omod_head={_lemma(where.head)}")
    if group.dep_ in ("compound", "poss"):
        features.append(f"smod_head={_lemma(group.head)}")
    if group.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        features.append(f"s_verb={_lemma(group.head)}")
    else:
        features.append("s_verb=-")
    return features


def lowest_common_head(a: Token, b: Token) -> Token | None:
    """The nearest token both ``a`` and ``b`` hang from (either may be it)."""
    above = {t.i for t in (a, *a.ancestors)}
    for token in (b, *b.ancestors):
        if token.i in above:
            return token
    return None


def head_chain(token: Token, top: Token) -> list[Token]:
    """``token`` and its heads up to, not including, ``top``."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
