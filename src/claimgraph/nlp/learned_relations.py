"""Relations read by a learned model from two actors named in one sentence.

The relation readers are rules keyed on trigger words and the grammar around
them. Prose joins two actors in more ways than the rules know ("the gang buys
its rifles from traffickers ... and had made peace with the Lakurawa"), and
every rule added for one such way has begun to cost as much on unread prose
as it gains. This reader scores every pair of actors that share a sentence
and that no rule related, with a multinomial logistic model over the words
and dependency path between them, the relation triggers on that path and the
rules' other readings of the sentence, and keeps the relation it rates likely
when the predicate admits the two kinds of actor.

A label is a predicate and a direction: ``funds:f`` when the actor named
first funds the second, ``funds:r`` when the second funds the first; ``none``
is the pair that states no relation. The model is data
(``claimgraph/data/relation_model.json``), trained by
``scripts/train_relations.py`` on the dev split's gold annotations only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from claimgraph.data import data_path, is_number, json_object, model_threshold, read_json_file
from claimgraph.errors import DataFileError
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.drafts import Draft
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.pairs import CLAUSE_BREAKS, head_chain, lowest_common_head
from claimgraph.nlp.relations import rival_part, withheld
from claimgraph.nlp.segments import Segment

NONE = "none"
UNRELATED_KINDS = frozenset({"place"})
SKIPPED_POS = frozenset({"PUNCT", "DET", "SPACE"})
SHORT_PATH = 5
SHORT_LEG = 3
SHORT_TRIGGER_PATH = 4
NEAR_GAP = 10
CONTROLLING_CHILDREN = frozenset({"prep", "prt", "neg", "agent", "aux", "auxpass"})

# What a rival wing or breakaway faction says of its group: "the movement's breakaway
# faction" is a splinter of it and may fight it.
AGAINST_ITS_GROUP = frozenset({"splinter_of", "hostile", "internal_division"})

Sentences = Sequence[tuple[Segment, list[Draft]]]
Cues = Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class RelationModel:
    """A multinomial logistic model: per label a bias and a weight per feature name."""

    labels: tuple[str, ...]
    biases: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        """How likely each label is for a pair with ``features`` (they sum to one).

        A feature counts once however often it fires, as it did in training.
        """
        scores = list(self.biases)
        for name in dict.fromkeys(features):
            for k, weight in enumerate(self.weights.get(name, ())):
                scores[k] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}


@dataclass(frozen=True)
class RelationCandidate:
    """Two actors named in one sentence that no rule related, first in text order first."""

    sentence: int  # position in the list of sentences handed to :func:`relation_candidates`
    first: ActorSpan
    second: ActorSpan
    features: tuple[str, ...]


def default_relation_model_path() -> Path:
    """Where the packaged relation model lives."""
    return data_path("relation_model.json")


@lru_cache(maxsize=4)
def load_relation_model(path: str | None = None) -> RelationModel:
    """Load (once per path) and validate a relation model file."""
    target = Path(path) if path else default_relation_model_path()
    return parse_relation_model(read_json_file(target), str(target))


def parse_relation_model(data: Any, path: str) -> RelationModel:
    """A :class:`RelationModel` from the decoded file, or DataFileError naming what is wrong."""
    data = json_object(data, ("labels", "biases", "threshold", "weights"), path)
    labels, biases, threshold, weights = (
        data["labels"],
        data["biases"],
        data["threshold"],
        data["weights"],
    )
    if not isinstance(labels, list) or NONE not in labels or not all(_label(x) for x in labels):
        raise DataFileError(
            "'labels' must list 'none' and labels like 'funds:f' or 'funds:r'", subject=path
        )
    if not _numbers(biases, len(labels)):
        raise DataFileError("'biases' must be one number per label", subject=path)
    threshold = model_threshold(threshold, path)
    if not isinstance(weights, dict) or not all(
        isinstance(name, str) and _numbers(row, len(labels)) for name, row in weights.items()
    ):
        raise DataFileError(
            "'weights' must map feature names to one number per label", subject=path
        )
    return RelationModel(
        labels=tuple(labels),
        biases=tuple(float(b) for b in biases),
        weights={name: tuple(float(w) for w in row) for name, row in weights.items()},
        threshold=threshold,
    )


def _label(value: object) -> bool:
    if value == NONE:
        return True
    if not isinstance(value, str) or value.count(":") != 1:
        return False
    predicate, direction = value.split(":")
    return bool(predicate) and direction in ("f", "r")


def _numbers(value: object, count: int) -> bool:
    return isinstance(value, list) and len(value) == count and all(is_number(v) for v in value)


def relation_cues(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each one-word relation trigger with the predicates it may state; an inverse
    trigger ("backed by") is marked so the model can learn it turns direction."""
    cues: dict[str, set[str]] = {}
    for trigger in lexicon.triggers:
        if trigger.category == "relation":
            mark = "~inv" if trigger.inverse else ""
            cues.setdefault(trigger.words[0], set()).add(trigger.predicate + mark)
    return {word: frozenset(found) for word, found in cues.items()}


def relation_candidates(
    sentences: Sentences, actors: DocActors, cues: Cues
) -> list[RelationCandidate]:
    """Every pair of actors of every sentence that no rule relation joins.

    One feature looks past the sentence: the relations the rules read between the
    same two actors elsewhere in the document. A pair the text relates in one
    sentence is likelier to be related again in another.
    """
    elsewhere = _document_relations(sentences)
    found: list[RelationCandidate] = []
    for index, (seg, drafts) in enumerate(sentences):
        spans = actors.among(range(seg.start, seg.end))
        ruled = _ruled(drafts)
        related = {frozenset((d.subject.id, obj)) for d, obj in ruled}
        shared = _sentence_features(seg, ruled, cues)
        parties = [s for s in spans if s.actor.kind not in UNRELATED_KINDS]
        seen: set[frozenset[str]] = set()
        for k, first in enumerate(parties):
            for second in parties[k + 1 :]:
                pair = frozenset((first.actor.id, second.actor.id))
                if len(pair) < 2 or pair in seen:
                    continue
                seen.add(pair)
                if pair in related:
                    continue
                features = relation_features(seg, first, second, spans, cues)
                features += shared + _ruled_features(first, second, ruled)
                features += _document_features(first, second, elsewhere.get(pair, ()))
                found.append(RelationCandidate(index, first, second, tuple(features)))
    return found


def _ruled(drafts: Sequence[Draft]) -> list[tuple[Draft, str]]:
    """The two-party relations the rules read in a sentence, each with its object's id."""
    return [(d, d.object.id) for d in drafts if d.type == "relation" and d.object]


def _document_relations(sentences: Sentences) -> dict[frozenset[str], list[tuple[str, str, str]]]:
    """The (subject, object, predicate) relations the rules read anywhere in the
    document, once each, in order, by the pair of their two parties."""
    found = {
        (d.subject.id, obj, d.predicate) for _, drafts in sentences for d, obj in _ruled(drafts)
    }
    out: dict[frozenset[str], list[tuple[str, str, str]]] = {}
    for subject, obj, predicate in sorted(found):
        out.setdefault(frozenset((subject, obj)), []).append((subject, obj, predicate))
    return out


def _document_features(
    first: ActorSpan, second: ActorSpan, between: Sequence[tuple[str, str, str]]
) -> list[str]:
    """The relations the rules read between the two in other sentences, by direction."""
    a, b = first.actor.id, second.actor.id
    out = []
    for subject, obj, predicate in between:
        if (subject, obj) == (a, b):
            out.append(f"doc_rule={predicate}:f")
        elif (subject, obj) == (b, a):
            out.append(f"doc_rule={predicate}:r")
    return out


def read_learned_relations(
    sentences: Sentences,
    actors: DocActors,
    model: RelationModel,
    lexicon: Lexicon,
    cues: Cues,
) -> list[list[Draft]]:
    """The relation drafts the model keeps, sentence by sentence (only the additions)."""
    out: list[list[Draft]] = [[] for _ in sentences]
    for candidate in relation_candidates(sentences, actors, cues):
        best, chance = _best_label(candidate, model, lexicon)
        if best is None or _accuses_another(
            candidate, sentences[candidate.sentence][0], actors, lexicon
        ):
            continue
        predicate, subject, obj = _oriented(best, candidate)
        if predicate not in AGAINST_ITS_GROUP and _through_a_rival_part(candidate, actors):
            continue  # "the movement's rival wing, led by Malik Agar": he leads the wing
        anchor, inverse = _anchor(candidate, predicate, actors.doc, cues)
        if withheld(actors.doc[anchor], predicate, inverse, actors, lexicon):
            continue  # what the rules would not read there either: "stopped arming"
        out[candidate.sentence].append(
            Draft(
                "relation",
                predicate,
                subject.actor,
                anchor,
                obj.actor,
                confidence=round(chance, 3),
            )
        )
    return out


def _meeting(candidate: RelationCandidate, doc: Doc) -> tuple[Token, Token, Token | None]:
    """The heads of the two actors' names and the word where their branches of the parse
    meet (None when they do not)."""
    first, second = candidate.first.root(doc), candidate.second.root(doc)
    return first, second, lowest_common_head(first, second)


def _through_a_rival_part(candidate: RelationCandidate, actors: DocActors) -> bool:
    """Whether the two are joined through a part that stands against its group ("the
    movement's rival wing, led by X"): what is said of the wing is not the group's."""
    doc = actors.doc
    first, second, top = _meeting(candidate, doc)
    if top is None:
        return False
    path = [*head_chain(first, top), *head_chain(second, top), top]
    return any(rival_part(token) for token in path)


def _accuses_another(
    candidate: RelationCandidate, seg: Segment, actors: DocActors, lexicon: Lexicon
) -> bool:
    """Whether one of the two only accuses someone else of what the clause about the
    other states ("Beninese officials accuse both juntas of letting JNIM fighters
    rest"): an accuser is no party to the charge, unless he names himself in it.

    Only accusations: whoever says or denies something is often its party ("Kyiv
    said it had never armed ISKP")."""
    doc = actors.doc
    first, second, top = _meeting(candidate, doc)
    if (
        top is None
        or top.i in (first.i, second.i)
        or top.lemma_.lower() not in lexicon.accusing_verbs
    ):
        return False
    if not any(c.dep_ == "dobj" for c in top.children):
        return False  # "claimed to have dismantled": no one else accused
    for subject in (c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")):
        inside = range(subject.left_edge.i, subject.right_edge.i + 1)
        for side in (candidate.first, candidate.second):
            if side.start in inside:
                again = [
                    s
                    for s in actors.among(range(seg.start, seg.end))
                    if s.actor.id == side.actor.id and s.start not in inside
                ]
                return not again
    return False


def _best_label(
    candidate: RelationCandidate, model: RelationModel, lexicon: Lexicon
) -> tuple[str | None, float]:
    """The likeliest relation label whose predicate admits the two actors' kinds, with its
    probability; no label when the model rates it below its threshold."""
    chances = model.probabilities(candidate.features)
    fitting = [
        (chance, label)
        for label, chance in chances.items()
        if label != NONE and _fits(label, candidate, lexicon)
    ]
    if not fitting:
        return None, 0.0
    chance, label = max(fitting)
    return (label if chance >= model.threshold else None), chance


def _fits(label: str, candidate: RelationCandidate, lexicon: Lexicon) -> bool:
    """Whether the label's predicate may hold between the candidate's two actors, as
    every relation draft is checked (no hostility between two states)."""
    predicate, subject, obj = _oriented(label, candidate)
    spec = lexicon.relations.get(predicate)
    return spec is not None and spec.holds_between(subject.actor.kind, obj.actor.kind)


def _oriented(label: str, candidate: RelationCandidate) -> tuple[str, ActorSpan, ActorSpan]:
    """A label's predicate with the candidate's subject and object: the first-named actor
    is the subject of ``pred:f``, the second of ``pred:r``."""
    predicate, direction = label.split(":")
    if direction == "r":
        return predicate, candidate.second, candidate.first
    return predicate, candidate.first, candidate.second


def _anchor(candidate: RelationCandidate, predicate: str, doc: Doc, cues: Cues) -> tuple[int, bool]:
    """The word a learned relation hangs on, whose clause decides who says it and whether
    it is denied: a trigger of its predicate on the path between the two, else the
    verb that joins them or, when they meet in a noun phrase ("JNIM and ISSP
    fought"), the verb it hangs from, else the second actor. With it, whether that
    word is an inverse trigger ("backed by")."""
    first, second, top = _meeting(candidate, doc)
    if top is None:
        return second.i, False
    path = [*head_chain(first, top)[1:], *head_chain(second, top)[1:], top]
    for token in path:
        stated = {cue for cue in _cues_of(token, cues) if cue.split("~")[0] == predicate}
        if stated:
            return token.i, all(cue.endswith("~inv") for cue in stated)
    verb = next((t for t in (top, *top.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return (verb.i if verb is not None else second.i), False


def relation_features(
    seg: Segment,
    first: ActorSpan,
    second: ActorSpan,
    spans: Sequence[ActorSpan],
    cues: Cues,
) -> list[str]:
    """The names of the features of one pair that are its own: the two actors' kinds and
    roles, the dependency path between them and the words and triggers between them
    (what the sentence and the rules add is in :func:`relation_candidates`)."""
    doc = seg.span.doc
    a, b = first.root(doc), second.root(doc)
    ak, bk = first.actor.kind, second.actor.kind
    features = [
        f"ak={ak}",
        f"bk={bk}",
        f"kinds={ak}|{bk}",
        f"ahow={first.how}",
        f"bhow={second.how}",
        f"adep={a.dep_}",
        f"bdep={b.dep_}",
        f"ahead={_lemma(a.head)}",
        f"bhead={_lemma(b.head)}",
        f"adep_head={a.dep_}|{_lemma(a.head)}",
        f"bdep_head={b.dep_}|{_lemma(b.head)}",
    ]
    top = lowest_common_head(a, b)
    if top is None:
        features.append("nolca")
    else:
        features += _path_features(a, b, top, (ak, bk), cues)
    features += _surface_features(doc, first, second, spans, cues)
    return features


def _path_features(a: Token, b: Token, top: Token, kinds: tuple[str, str], cues: Cues) -> list[str]:
    """The dependency path from the first actor up to the shared head and down to the
    second, its words and the triggers on it."""
    up, down = head_chain(a, top), head_chain(b, top)
    up_deps = "/".join(t.dep_ for t in up)
    down_deps = "/".join(t.dep_ for t in down)
    length = len(up) + len(down)
    features = [
        f"pathlen={min(length, 8)}",
        f"lca={_lemma(top)}",
        f"lcapos={top.pos_}",
        f"lca_dep={top.dep_}",
        f"path={up_deps}^{down_deps}" if length <= SHORT_PATH else "path=long",
        f"updeps={up_deps}" if len(up) <= SHORT_LEG else "updeps=long",
        f"downdeps={down_deps}" if len(down) <= SHORT_LEG else "downdeps=long",
        f"lca_path={_lemma(top)}|{up_deps}^{down_deps}"
        if length <= SHORT_TRIGGER_PATH
        else "lca_path=long",
    ]
    inner = up[1:] + down[1:]
    features += [f"pw={_lemma(t)}" for t in inner]
    features += [f"pwl={_lemma(t)}|{_lemma(top)}" for t in down[1:2]]
    for token in [*inner, top]:
        found = _cues_of(token, cues)
        features += [f"tpath={cue}" for cue in found]
        features += [f"tpath_k={cue}|{kinds[0]}|{kinds[1]}" for cue in found]
    up_end = f"up{up[-1].dep_}" if up else "-"
    down_end = down[-1].dep_ if down else "-"
    features += [f"tlca={cue}|{up_end}|{down_end}" for cue in _cues_of(top, cues)]
    if top.i == a.i:
        features.append("a_is_lca")
    if top.i == b.i:
        features.append("b_is_lca")
    breaks = [t.dep_ for t in up + down if t.dep_ in CLAUSE_BREAKS]
    features.append(f"breaks={min(len(breaks), 2)}")
    features += [f"break={name}" for name in sorted(set(breaks))]
    features += [
        f"lca_child={c.dep_}:{_lemma(c)}" for c in top.children if c.dep_ in CONTROLLING_CHILDREN
    ]
    return features


def _surface_features(
    doc: Doc, first: ActorSpan, second: ActorSpan, spans: Sequence[ActorSpan], cues: Cues
) -> list[str]:
    """The gap between the two, its words and triggers when short, and the other
    actors around them."""
    gap = second.start - first.end
    features = [f"gap={min(max(gap, 0) // 3, 6)}"]
    if 0 <= gap <= NEAR_GAP:
        words = [t for t in doc[first.end : second.start] if t.pos_ not in SKIPPED_POS]
        features += [f"bw={_lemma(t)}" for t in words]
        between = doc[first.end : second.start]
        features += [f"tbw={cue}" for t in between for cue in _cues_of(t, cues)]
        if gap == 0:
            features.append("adjacent")
    ids = (first.actor.id, second.actor.id)
    others = [s for s in spans if s.actor.id not in ids and s.actor.kind not in UNRELATED_KINDS]
    inside = [s for s in others if first.end <= s.start < second.start]
    features.append(f"between={min(len(inside), 3)}")
    features.append(f"nothers={min(len(others), 3)}")
    return features


def _sentence_features(seg: Segment, ruled: Sequence[tuple[Draft, str]], cues: Cues) -> list[str]:
    """What every pair of a sentence shares: the triggers anywhere in it, its negation,
    and whether the rules read a relation there."""
    span = seg.span
    found = sorted({cue for t in span for cue in _cues_of(t, cues)})
    features = [f"tsent={cue}" for cue in found]
    features.append(f"neg={any(t.dep_ == 'neg' for t in span)}")
    if ruled:
        features.append("rule_any")
    return features


def _ruled_features(
    first: ActorSpan, second: ActorSpan, ruled: Sequence[tuple[Draft, str]]
) -> list[str]:
    """The relations the rules read in the sentence with either of the two."""
    features = []
    for draft, obj in ruled:
        parties = (draft.subject.id, obj)
        if first.actor.id in parties:
            features.append(f"rule_a={draft.predicate}")
        if second.actor.id in parties:
            features.append(f"rule_b={draft.predicate}")
    return features


def _cues_of(token: Token, cues: Cues) -> frozenset[str]:
    return cues.get(_lemma(token)) or cues.get(token.lower_) or frozenset()


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
