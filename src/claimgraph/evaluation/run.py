"""Run an evaluation end to end: ingest a gold split into a database, score what was stored.

Scoring what the store gives back (not what the extractor returns in memory)
measures the product as an analyst uses it, ingest and storage included.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.evaluation.defined import defined_acronyms
from claimgraph.evaluation.gold import GoldSplit, load_split
from claimgraph.evaluation.match import fold_name
from claimgraph.evaluation.score import EvalReport, evaluate
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.queries import document_mentions, get_document, iter_claims
from claimgraph.workflow import IngestResult, ingest


def gazetteer_resolver() -> Callable[[str], str]:
    """Resolve a name to its gazetteer actor id, or fold it when the gazetteer does not know it."""
    from claimgraph.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()

    def resolve(name: str) -> str:
        actor = gazetteer.lookup(name)
        return actor.id if actor is not None else fold_name(name)

    return resolve


def run_eval(
    split_name: str,
    *,
    options: Options,
    db_url: str | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
    only: tuple[str, ...] = (),
) -> EvalReport:
    """Ingest the split's documents (into a temporary SQLite file unless ``db_url``) and score.

    ``only`` keeps the documents whose file name starts with one of its
    prefixes, to score one batch of a split the same way every time.
    """
    split = load_split(split_name)
    if only:
        split = split.restricted(only)
    with tempfile.TemporaryDirectory(prefix="claimgraph-eval-") as folder:
        url = db_url or f"sqlite:///{Path(folder) / 'eval.db'}"
        engine = create_db_engine(url)
        migrate(engine)
        try:
            results = ingest(
                split.corpus_paths(), engine=engine, options=options, on_result=on_result
            )
            predictions, bodies = _stored_output(engine, split, results)
            resolve = gazetteer_resolver()
            split = _named_as_mentioned(split, _learned_names(engine, results, resolve), resolve)
            split = _named_as_defined(split, bodies)
        finally:
            engine.dispose()
    return evaluate(split, predictions, bodies, resolve=resolve)


def _unlisted(name: str, resolve: Callable[[str], str]) -> bool:
    """Whether the gazetteer does not know ``name`` (the resolver only folds it)."""
    return resolve(name) == fold_name(name)


def _learned_names(
    engine: Engine, results: list[IngestResult], resolve: Callable[[str], str]
) -> dict[str, dict[str, str]]:
    """Per corpus file, the canonical name of each actor the system learned, by mention text.

    Gold writes an actor the gazetteer lacks as the text names it ("RSF");
    the system may call the same actor by the long form it learned the
    acronym from ("Rapid Support Forces"). The mention the system resolved
    says they are one actor.
    """
    out: dict[str, dict[str, str]] = {}
    for name, doc_id in _stored(results).items():
        names: dict[str, str] = {}
        for mention in document_mentions(engine, doc_id):
            text, actor = mention["text"], mention["actor_name"]
            if actor and _unlisted(text, resolve):
                names.setdefault(fold_name(text), actor)
        out[name] = names
    return out


def _named_as_mentioned(
    split: GoldSplit, learned: dict[str, dict[str, str]], resolve: Callable[[str], str]
) -> GoldSplit:
    """The split with gold names the gazetteer lacks replaced by the learned actor's name."""

    def rename(doc: str, name: str | None) -> str | None:
        if name is None or not _unlisted(name, resolve):
            return name
        return learned.get(doc, {}).get(fold_name(name), name)

    return _renamed(split, rename, sources=False)


def _named_as_defined(split: GoldSplit, bodies: dict[str, str]) -> GoldSplit:
    """The split with an acronym its document defines for another actor written as that actor."""
    from claimgraph.nlp.gazetteer import load_gazetteer

    lookup = load_gazetteer().lookup
    defined = {doc: defined_acronyms(body, lookup) for doc, body in bodies.items()}

    def rename(doc: str, name: str | None) -> str | None:
        actor = defined.get(doc, {}).get(name or "")
        return actor.name if actor is not None else name

    return _renamed(split, rename, sources=True)


def _renamed(
    split: GoldSplit, rename: Callable[[str, str | None], str | None], *, sources: bool
) -> GoldSplit:
    """The split with each fact's subject and object (and source, with ``sources``)
    passed through ``rename`` (document, name)."""
    facts = tuple(
        replace(
            fact,
            subject=rename(fact.doc, fact.subject) or fact.subject,
            object=rename(fact.doc, fact.object),
            source=(rename(fact.doc, fact.source) or fact.source) if sources else fact.source,
        )
        for fact in split.facts
    )
    return replace(split, facts=facts)


def _stored(results: list[IngestResult]) -> dict[str, str]:
    """Document ids by corpus file name of the documents in the store: one that
    failed to extract is scored as one that gave nothing, not looked up."""
    return {Path(r.name).name: r.doc_id for r in results if r.doc_id and r.status != "failed"}


def _stored_output(
    engine: Engine, split: GoldSplit, results: list[IngestResult]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Claims and clean bodies per corpus file name.

    Copies of one article (HTML and its text) share a document id; each file
    name still gets the stored claims, since its gold annotates them too.
    """
    ids = _stored(results)
    predictions: list[dict[str, Any]] = []
    bodies: dict[str, str] = {}
    for name in split.documents:
        doc_id = ids.get(name)
        if doc_id is None:
            continue
        bodies[name] = get_document(engine, doc_id)["body"]
        predictions.extend({**claim, "doc": name} for claim in iter_claims(engine, doc_id=doc_id))
    return predictions, bodies
