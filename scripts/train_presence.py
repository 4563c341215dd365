"""Train the presence pair model (``claimgraph/data/presence_model.json``) on dev gold.

Runs the rules over every document of the dev split, lists the pairs of an
armed group and a place that share a sentence and that no rule read
(:func:`claimgraph.nlp.pairs.candidates`), labels each by whether the gold
marks that presence in that sentence, and fits a logistic regression. Only
the dev split is read: the test split stays unseen.

Before writing the model it prints, per score threshold, what the model kept
and how much of it was right on documents it was not trained on (five folds,
split by document), so the threshold can be chosen from held-out numbers:
the lowest one whose band (the pairs between it and the next threshold up) is
right more often than about half the micro F1 the pairs join.

Usage: ``python scripts/train_presence.py [--threshold 0.35] [--output PATH]``
Needs the ``dev`` extra (scikit-learn).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimgraph.evaluation.gold import GoldSplit
from claimgraph.evaluation.match import normalise_text
from claimgraph.evaluation.run import gazetteer_resolver
from claimgraph.evaluation.training import (
    print_threshold_table,
    rule_readings,
    same_sentence,
    training_arguments,
    training_split,
)
from claimgraph.nlp.extract import Extractor
from claimgraph.nlp.pairs import candidates, default_model_path

FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
REGULARISATION = 0.3

Row = tuple[str, list[str], bool]  # document, features, gold marks it


def gold_presences(
    split: GoldSplit, resolve: Callable[[str], str]
) -> dict[str, list[tuple[str, str, str]]]:
    """Per document: (subject, place, evidence) of each asserted presence, names resolved."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for fact in split.facts:
        if fact.type == "presence" and fact.object and fact.polarity == "asserted":
            out.setdefault(fact.doc, []).append(
                (resolve(fact.subject), resolve(fact.object), normalise_text(fact.evidence))
            )
    return out


def labelled_rows(split: GoldSplit) -> list[Row]:
    """Every candidate pair of the split with its features and gold label."""
    resolve = gazetteer_resolver()
    gold = gold_presences(split, resolve)
    rows: list[Row] = []
    for name, reading in rule_readings(split, Extractor(presence_model=None)):
        facts = gold.get(name, [])
        for candidate in candidates(reading.sentences, reading.actors):
            text = reading.sentences[candidate.sentence][0].span.text
            holder = resolve(candidate.holder.actor.name)
            place = resolve(candidate.place.actor.name)
            marked = any(s == holder and p == place and same_sentence(e, text) for s, p, e in facts)
            rows.append((name, list(candidate.features), marked))
    return rows


def design(rows: Sequence[Row]) -> tuple[DictVectorizer, Any, np.ndarray]:
    """The fitted feature vocabulary, the 0/1 feature matrix and the gold labels."""
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([dict.fromkeys(f, 1) for _, f, _ in rows])
    return vectoriser, x, np.array([marked for _, _, marked in rows])


def held_out_table(rows: Sequence[Row]) -> None:
    """Print what each threshold keeps on documents the model did not see."""
    _, x, y = design(rows)
    groups = [doc for doc, _, _ in rows]
    scores = np.zeros(len(rows))
    for train, held in GroupKFold(FOLDS).split(x, y, groups):
        model = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(x[train], y[train])
        scores[held] = model.predict_proba(x[held])[:, 1]
    print(f"{len(rows)} pairs, {int(y.sum())} marked by the gold")
    counts = []
    for threshold in THRESHOLDS:
        kept = scores >= threshold
        counts.append((threshold, int((kept & y).sum()), int((kept & ~y).sum())))
    print_threshold_table(counts)


def fitted_model(rows: Sequence[Row], threshold: float, documents: int) -> dict[str, object]:
    """The model file's content: weights of every feature, bias, threshold and provenance."""
    vectoriser, x, y = design(rows)
    model = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return {
        "about": (
            "Logistic model over (armed group, place) pairs no presence rule read; "
            "written by scripts/train_presence.py"
        ),
        "trained_on": f"dev split: {documents} documents, {len(rows)} pairs, "
        f"{int(y.sum())} marked by the gold",
        "threshold": threshold,
        "bias": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = training_arguments(__doc__.splitlines()[0], 0.35, default_model_path(), argv)
    split = training_split(args.leave_out)
    rows = labelled_rows(split)
    held_out_table(rows)
    content = fitted_model(rows, args.threshold, len(split.documents))
    args.output.write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
