"""What the learned readers are trained on: the rules' reading of every dev document.

Both pair models (presence, :mod:`claimgraph.nlp.pairs`; relations,
:mod:`claimgraph.nlp.learned_relations`) learn what the rules miss, so they
train on candidates drawn from the rules' own reading of a split, labelled by
whether the gold states the same thing in the same sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from rapidfuzz import fuzz

from claimgraph.evaluation.gold import GoldSplit, load_split
from claimgraph.evaluation.match import normalise_text
from claimgraph.ingest.reader import read_documents
from claimgraph.nlp.extract import Extractor, RuleReading

# How similar (rapidfuzz ratio, 0-100) a gold fact's evidence must be to a sentence for
# the fact to count as stated there; the evaluation pairs by best similarity, with no bound.
SAME_SENTENCE = 70


def rule_readings(split: GoldSplit, extractor: Extractor) -> Iterator[tuple[str, RuleReading]]:
    """(corpus file name, what the rules read) for every readable document of ``split``,
    with progress on stderr."""
    documents = [
        d
        for d in read_documents(list(split.corpus_paths()), max_bytes=10**8)
        if not isinstance(d, Exception)
    ]
    parsed = (
        pair
        for batch, docs in extractor.parse_many(documents)
        for pair in zip(batch, docs, strict=True)
    )
    for number, (document, doc) in enumerate(parsed, 1):
        name = Path(document.path or "").name
        print(f"{number}/{len(documents)} {name}", file=sys.stderr)
        yield name, extractor.rule_reading(document, doc)


def same_sentence(evidence: str, sentence: str) -> bool:
    """Whether a gold fact's evidence (normalised) is the sentence a candidate is from."""
    return fuzz.ratio(evidence, normalise_text(sentence)) >= SAME_SENTENCE


def training_arguments(
    description: str, threshold: float, output: Path, argv: Sequence[str] | None
) -> argparse.Namespace:
    """The options both trainers take: ``--threshold``, ``--output`` and ``--leave-out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--threshold", type=float, default=threshold)
    parser.add_argument("--output", type=Path, default=output)
    parser.add_argument(
        "--leave-out",
        nargs="*",
        default=[],
        metavar="PREFIX",
        help="leave out the dev documents whose file name starts so (a held-out check)",
    )
    return parser.parse_args(argv)


def training_split(leave_out: Sequence[str]) -> GoldSplit:
    """The dev split without the documents whose file names start with ``leave_out``."""
    split = load_split("dev")
    if not leave_out:
        return split
    left_out = tuple(leave_out)
    return split.restricted(tuple(d for d in split.documents if not d.startswith(left_out)))


def print_threshold_table(counts: Sequence[tuple[float, int, int]]) -> None:
    """Print, per threshold (ascending), the pairs kept on held-out folds, how many
    were right, and the precision of the band between it and the next threshold up.

    A band is worth keeping when its precision is above about half the micro F1 it
    joins: each right pair then raises F1 more than each wrong one lowers it.
    """
    print("threshold  kept  right  wrong  precision  band")
    for index, (threshold, right, wrong) in enumerate(counts):
        above = counts[index + 1] if index + 1 < len(counts) else (1.0, 0, 0)
        band_right, band_wrong = right - above[1], wrong - above[2]
        band = band_right / max(band_right + band_wrong, 1)
        precision = right / max(right + wrong, 1)
        print(
            f"{threshold:9.2f}  {right + wrong:4d}  {right:5d}  {wrong:5d}  "
            f"{precision:9.3f}  {band:4.3f}"
        )
