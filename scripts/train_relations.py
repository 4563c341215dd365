"""Train the relation pair model (``claimgraph/data/relation_model.json``) on dev gold.

Runs the rules over every document of the dev split, lists the pairs of
actors that share a sentence and that no rule related
(:func:`claimgraph.nlp.learned_relations.relation_candidates`), labels each
with the relation the gold states between them in that sentence (predicate and
direction, or ``none``), and fits a multinomial logistic regression. Only the
dev split is read: the test split stays unseen.

Before writing the model it prints, per score threshold, what the model kept
and how much of it was right on documents it was not trained on (five folds,
split by document), so the threshold can be chosen from held-out numbers.
A kept relation pays for itself when it is right more often than about a third
of the time (half the micro F1 it joins): the table's band column is the
precision of the pairs between one threshold and the next one up.

Usage: ``python scripts/train_relations.py [--threshold 0.35] [--output PATH]``
Needs the ``dev`` extra (scikit-learn).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimgraph.evaluation.gold import GoldSplit
from claimgraph.evaluation.match import SYMMETRIC_PREDICATES, normalise_text
from claimgraph.evaluation.run import gazetteer_resolver
from claimgraph.evaluation.training import (
    print_threshold_table,
    rule_readings,
    same_sentence,
    training_arguments,
    training_split,
)
from claimgraph.nlp.extract import Extractor
from claimgraph.nlp.learned_relations import (
    NONE,
    RelationCandidate,
    default_relation_model_path,
    relation_candidates,
)

FOLDS = 5
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
REGULARISATION = 0.3
# Features seen in fewer candidates than this are left out: they overfit and bloat the file.
MIN_COUNT = 2
DECIMALS = 2

Row = tuple[str, list[str], str]  # document, features, gold label
Fact = tuple[str, str, str, str]  # subject, object, predicate, evidence


def gold_relations(split: GoldSplit, resolve: Callable[[str], str]) -> dict[str, list[Fact]]:
    """Per document: (subject, object, predicate, evidence) of each two-party relation,
    names resolved."""
    out: dict[str, list[Fact]] = {}
    for fact in split.facts:
        if fact.type == "relation" and fact.object:
            out.setdefault(fact.doc, []).append(
                (
                    resolve(fact.subject),
                    resolve(fact.object),
                    fact.predicate,
                    normalise_text(fact.evidence),
                )
            )
    return out


def gold_label(
    candidate: RelationCandidate, facts: Sequence[Fact], text: str, resolve: Callable[[str], str]
) -> str:
    """The label the gold gives a candidate pair in its sentence: ``predicate:f`` when the
    first-named actor is the subject (always so for a symmetric predicate), ``:r`` when
    the second is, else ``none``."""
    first, second = resolve(candidate.first.actor.name), resolve(candidate.second.actor.name)
    for subject, obj, predicate, evidence in facts:
        if {subject, obj} != {first, second} or not same_sentence(evidence, text):
            continue
        forward = subject == first or predicate in SYMMETRIC_PREDICATES
        return f"{predicate}:{'f' if forward else 'r'}"
    return NONE


def labelled_rows(split: GoldSplit) -> list[Row]:
    """Every candidate pair of the split with its features and gold label."""
    resolve = gazetteer_resolver()
    gold = gold_relations(split, resolve)
    extractor = Extractor(presence_model=None, relation_model=None)
    rows: list[Row] = []
    for name, reading in rule_readings(split, extractor):
        facts = gold.get(name, [])
        found = relation_candidates(reading.sentences, reading.actors, extractor.relation_cues)
        for candidate in found:
            text = reading.sentences[candidate.sentence][0].span.text
            label = gold_label(candidate, facts, text, resolve)
            rows.append((name, list(candidate.features), label))
    return rows


def design(rows: Sequence[Row]) -> tuple[DictVectorizer, Any, np.ndarray]:
    """The fitted vocabulary of features seen at least MIN_COUNT times, the 0/1 feature
    matrix and the gold labels."""
    seen = Counter(name for _, features, _ in rows for name in set(features))
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(
        [{name: 1 for name in features if seen[name] >= MIN_COUNT} for _, features, _ in rows]
    )
    return vectoriser, x, np.array([label for _, _, label in rows])


def fit(x: Any, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION, max_iter=3000).fit(x, y)


def held_out_table(rows: Sequence[Row]) -> None:
    """Print what each threshold keeps on documents the model did not see."""
    _, x, y = design(rows)
    groups = [doc for doc, _, _ in rows]
    labels = np.array(sorted(set(y)))
    chances = np.zeros((len(rows), len(labels)))
    for train, held in GroupKFold(FOLDS).split(x, y, groups):
        model = fit(x[train], y[train])
        columns = [int(np.searchsorted(labels, label)) for label in model.classes_]
        chances[np.ix_(held, columns)] = model.predict_proba(x[held])
    chances[:, int(np.searchsorted(labels, NONE))] = -1.0
    best, score = labels[chances.argmax(1)], chances.max(1)
    related = int((y != NONE).sum())
    print(f"{len(rows)} pairs, {related} related by the gold")
    counts = []
    for threshold in THRESHOLDS:
        kept = score >= threshold
        right = int((kept & (best == y)).sum())
        counts.append((threshold, right, int(kept.sum()) - right))
    print_threshold_table(counts)


def fitted_model(rows: Sequence[Row], threshold: float, documents: int) -> dict[str, Any]:
    """The model file's content: labels, a bias and a weight row per feature for each,
    threshold and provenance."""
    vectoriser, x, y = design(rows)
    model = fit(x, y)
    coefficients = np.round(model.coef_, DECIMALS)
    if len(model.classes_) == 2:  # a binary fit keeps one row: the second label's odds
        coefficients = np.vstack([-coefficients[0] / 2, coefficients[0] / 2])
        intercepts = np.array([-model.intercept_[0] / 2, model.intercept_[0] / 2])
    else:
        intercepts = model.intercept_
    weights = {
        name: [float(w) if w else 0 for w in coefficients[:, k]]
        for k, name in enumerate(vectoriser.get_feature_names_out())
        if np.any(coefficients[:, k])
    }
    related = int((y != NONE).sum())
    return {
        "about": (
            "Multinomial logistic model over pairs of actors in one sentence that no "
            "relation rule joined; written by scripts/train_relations.py"
        ),
        "trained_on": f"dev split: {documents} documents, {len(rows)} pairs, "
        f"{related} related by the gold",
        "threshold": threshold,
        "labels": [str(label) for label in model.classes_],
        "biases": [round(float(b), DECIMALS) for b in intercepts],
        "weights": dict(sorted(weights.items())),
    }


def model_text(content: dict[str, Any]) -> str:
    """The model file as JSON with one feature's weight row per line, so that a refit
    shows in a diff as the features it changed."""
    head = {key: value for key, value in content.items() if key != "weights"}
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in head.items()]
    rows = [
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(row)}"
        for name, row in content["weights"].items()
    ]
    return "{" + ",\n".join([*lines, '"weights": {\n' + ",\n".join(rows) + "\n}"]) + "}\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = training_arguments(__doc__.splitlines()[0], 0.35, default_relation_model_path(), argv)
    split = training_split(args.leave_out)
    rows = labelled_rows(split)
    held_out_table(rows)
    content = fitted_model(rows, args.threshold, len(split.documents))
    args.output.write_text(model_text(content), "utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
