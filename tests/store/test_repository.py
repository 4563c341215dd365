"""Storing extractions in a real SQLite file: all or nothing, idempotent, read back intact."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import IntegrityError

from claimgraph.errors import NotFoundError, StoreError
from claimgraph.model import (
    Actor,
    Claim,
    Document,
    DroppedLine,
    Evidence,
    Extraction,
    Mention,
    Source,
    Value,
    claim_json,
    document_ref,
)
from claimgraph.store import schema
from claimgraph.store.database import alembic_config, create_db_engine, head_revision, migrate
from claimgraph.store.queries import (
    counts,
    find_actor_id,
    get_document,
    iter_claims,
    list_actors,
    list_documents,
)
from claimgraph.store.repository import save_extraction

ISISK = Actor("isis-k", "ISIS-K", "armed_group", ("ISKP",))
TALIBAN = Actor("taliban", "Taliban", "armed_group")
AQ = Actor("al-qaeda", "al-Qaeda", "armed_group")
BODY = (
    "ISIS-K is estimated to have between 4,000 and 6,000 fighters.\n\n"
    "The Taliban paid al Qaeda monthly welfare payments."
)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = create_db_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    migrate(engine)
    return engine


def make_extraction(body: str = BODY) -> Extraction:
    document = Document.create(
        body,
        title="UN report",
        outlet="Frontline Dispatch",
        published=date(2023, 6, 18),
        dropped=(DroppedLine("Views 2K", "counter"),),
    )
    report = Source("UN Monitoring Team", "document")
    first = body.index("ISIS-K")
    second = body.index("The Taliban")
    claims = (
        Claim(
            doc_id=document.id,
            type="strength",
            predicate="fighters",
            subject=ISISK,
            value=Value(4000, 6000),
            source=report,
            evidence=Evidence(body[first : body.index("\n")], first, body.index("\n")),
        ),
        Claim(
            doc_id=document.id,
            type="relation",
            predicate="funds",
            subject=TALIBAN,
            object=AQ,
            source=report,
            evidence=Evidence(body[second:], second, len(body)),
        ),
    )
    mentions = (
        Mention(document.id, first, first + 6, "ISIS-K", "ORG", "isis-k"),
        Mention(document.id, second + 4, second + 11, "Taliban", "ORG", "taliban"),
    )
    return Extraction(document, mentions, claims, (ISISK, TALIBAN, AQ))


def test_store_and_read_back(engine: Engine) -> None:
    extraction = make_extraction()
    assert save_extraction(engine, extraction) == "stored"
    assert counts(engine) == {
        "documents": 1,
        "actors": 3,
        "mentions": 2,
        "claims": 2,
        "dropped_lines": 1,
    }
    stored = list(iter_claims(engine))
    expected = [claim_json(c, document_ref(extraction.document)) for c in extraction.claims]
    assert stored == expected
    assert stored[0]["value"] == {"min": 4000, "max": 6000, "approx": False, "qualifier": None}


def test_saving_again_is_unchanged(engine: Engine) -> None:
    assert save_extraction(engine, make_extraction()) == "stored"
    assert save_extraction(engine, make_extraction()) == "unchanged"
    assert counts(engine)["claims"] == 2


def test_a_failing_row_leaves_nothing_behind(engine: Engine) -> None:
    good = make_extraction()
    broken_claim = Claim(
        doc_id=good.document.id,
        type="relation",
        predicate="ally",
        subject=Actor("ghost", "Ghost", "armed_group"),  # not in actors: foreign key fails
        source=Source("x"),
        evidence=Evidence("x", 0, 1),
    )
    broken = Extraction(good.document, good.mentions, (*good.claims, broken_claim), good.actors)
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        save_extraction(engine, broken)
    assert counts(engine) == dict.fromkeys(
        ("documents", "actors", "mentions", "claims", "dropped_lines"), 0
    )


def test_filters_and_listings(engine: Engine) -> None:
    save_extraction(engine, make_extraction())
    assert [c["predicate"] for c in iter_claims(engine, actor_ids=["al-qaeda"])] == ["funds"]
    assert [c["type"] for c in iter_claims(engine, claim_type="strength")] == ["strength"]
    actors = {row["id"]: row for row in list_actors(engine)}
    assert actors["taliban"]["claims"] == 1 and actors["taliban"]["mentions"] == 1
    assert actors["al-qaeda"]["mentions"] == 0
    (document,) = list_documents(engine)
    assert document["claims"] == 2 and document["published"] == "2023-06-18"
    assert find_actor_id(engine, "isis-k") == "isis-k"
    assert find_actor_id(engine, "ISIS-K") == "isis-k"


def test_get_document_by_prefix(engine: Engine) -> None:
    extraction = make_extraction()
    save_extraction(engine, extraction)
    shown = get_document(engine, extraction.document.id[:6])
    assert shown["body"] == BODY
    assert shown["dropped"] == [{"line": "Views 2K", "reason": "counter"}]
    assert len(shown["claims"]) == 2
    with pytest.raises(NotFoundError):
        get_document(engine, "ffffffffffff")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_migration_is_at_head_and_matches_schema(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, schema.metadata) == []
    migrate(engine)  # second run is a no-op
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(schema.documents)).scalar() == 0


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'missing-dir' / 'kb.db'}")
    with pytest.raises(StoreError, match="cannot open database"):
        migrate(engine)


def with_learned_funding(extraction: Extraction) -> Extraction:
    """``extraction`` with its funding claim read by a learned reader at 0.61."""
    strength, funding = extraction.claims
    learned = replace(funding, reader="learned", confidence=0.61)
    return replace(extraction, claims=(strength, learned))


def test_a_claim_keeps_which_reader_read_it_and_how_sure_it_was(engine: Engine) -> None:
    extraction = with_learned_funding(make_extraction())
    save_extraction(engine, extraction)
    stored = {c["type"]: (c["reader"], c["confidence"]) for c in iter_claims(engine)}
    assert stored == {"strength": ("rule", None), "relation": ("learned", 0.61)}


def test_claims_stored_before_the_reader_column_were_read_by_rules(engine: Engine) -> None:
    save_extraction(engine, with_learned_funding(make_extraction()))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    migrate(engine)
    assert {c["reader"] for c in iter_claims(engine)} == {"rule"}
    assert {c["confidence"] for c in iter_claims(engine)} == {None}
