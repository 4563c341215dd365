"""A small knowledge base of hand-made extractions, stored the way ingest stores them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from claimgraph.model import Actor, Claim, Document, Evidence, Extraction, Mention, Source, Value
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.repository import save_extraction

ISISK = Actor("isis-k", "ISIS-K", "armed_group", ("ISKP", "Islamic State Khorasan Province"))
TALIBAN = Actor("taliban", "Taliban", "armed_group", ("Islamic Emirate",))
TTP = Actor("ttp", "TTP", "armed_group", ("Tehrik-i-Taliban Pakistan",))
AQ = Actor("al-qaeda", "al-Qaeda", "armed_group")
HAQQANI = Actor("haqqani-network", "Haqqani Network", "armed_group")
SIRAJUDDIN = Actor("sirajuddin-haqqani", "Sirajuddin Haqqani", "person")
KUNAR = Actor("kunar", "Kunar", "place")
AFGHANISTAN = Actor("afghanistan", "Afghanistan", "state")
UNMT = Actor("un-monitoring-team", "UN Monitoring Team", "organization", origin="learned")


@dataclass(frozen=True)
class Fact:
    """One claim to write into a document: the sentence it is read from and what it says."""

    sentence: str
    type: str
    predicate: str
    subject: Actor
    object: Actor | None = None
    value: Value | None = None
    polarity: str = "asserted"
    hedged: bool = False


def make_extraction(
    facts: list[Fact],
    *,
    title: str,
    outlet: str,
    published: date | None,
    source: Source,
    url: str | None = None,
) -> Extraction:
    """A document whose body is the facts' sentences, with claims pointing at real offsets."""
    sentences = list(dict.fromkeys(f.sentence for f in facts))
    body = "\n\n".join(sentences)
    document = Document.create(body, title=title, outlet=outlet, published=published, url=url)
    claims, mentions, actors = [], [], {}
    for fact in facts:
        start = body.index(fact.sentence)
        end = start + len(fact.sentence)
        claims.append(
            Claim(
                doc_id=document.id,
                type=fact.type,
                predicate=fact.predicate,
                subject=fact.subject,
                object=fact.object,
                value=fact.value,
                polarity=fact.polarity,
                hedged=fact.hedged,
                source=source,
                evidence=Evidence(fact.sentence, start, end),
            )
        )
        for actor in (fact.subject, fact.object):
            if actor is None:
                continue
            actors[actor.id] = actor
            at = fact.sentence.find(actor.name)
            if at >= 0:
                mentions.append(
                    Mention(
                        document.id,
                        start + at,
                        start + at + len(actor.name),
                        actor.name,
                        "ORG",
                        actor.id,
                    )
                )
    return Extraction(document, tuple(mentions), tuple(claims), tuple(actors.values()))


def knowledge_base() -> list[Extraction]:
    """Four documents: several relation predicates, estimates that conflict, a pledge,
    a denial that disputes a relation, a person, a place and a state."""
    un = make_extraction(
        [
            Fact(
                "ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
                "strength",
                "fighters",
                ISISK,
                value=Value(4000, 6000),
            ),
            Fact("The Taliban protect the TTP in Kunar.", "relation", "protects", TALIBAN, TTP),
            Fact("The Taliban protect the TTP in Kunar.", "presence", "operates_in", TTP, KUNAR),
            Fact(
                "al-Qaeda has pledged allegiance to the Taliban.",
                "relation",
                "allegiance",
                AQ,
                TALIBAN,
            ),
            Fact("al-Qaeda and the Taliban remain allied.", "relation", "ally", AQ, TALIBAN),
        ],
        title="Report of the Monitoring Team",
        outlet="United Nations",
        published=date(2023, 6, 18),
        source=Source("UN Monitoring Team", "document"),
        url="https://example.org/un-report",
    )
    dispatch = make_extraction(
        [
            Fact(
                "ISIS-K has around 200 fighters, said Peter Mills.",
                "strength",
                "fighters",
                ISISK,
                value=Value(200, 200, approx=True),
            ),
            Fact(
                "Sirajuddin Haqqani leads the Haqqani Network, said Peter Mills.",
                "relation",
                "leads",
                SIRAJUDDIN,
                HAQQANI,
            ),
            Fact(
                "ISIS-K is hostile to the Taliban, Peter Mills added.",
                "relation",
                "hostile",
                ISISK,
                TALIBAN,
            ),
            Fact(
                "ISIS-K may operate in Afghanistan, Peter Mills added.",
                "presence",
                "operates_in",
                ISISK,
                AFGHANISTAN,
                hedged=True,
            ),
        ],
        title="Inside the Khorasan province",
        outlet="Frontline Dispatch",
        published=date(2023, 7, 2),
        source=Source("Peter Mills", "person", "ISW"),
    )
    statement = make_extraction(
        [
            Fact(
                "The Taliban do not protect the TTP.",
                "relation",
                "protects",
                TALIBAN,
                TTP,
                polarity="denied",
            ),
            Fact(
                "The Taliban rejected the UN Monitoring Team report as baseless.",
                "denial",
                "denies",
                TALIBAN,
                UNMT,
            ),
            Fact(
                "The Taliban pledged that al-Qaeda will not use Afghan soil.",
                "pledge",
                "pledge",
                TALIBAN,
                AQ,
            ),
            Fact("The Haqqani Network funds the TTP.", "relation", "funds", HAQQANI, TTP),
        ],
        title="Statement of the spokesman",
        outlet="Kabul Times",
        published=date(2023, 7, 10),
        source=Source("Taliban", "actor"),
    )
    state = make_extraction(
        [
            Fact(
                "The Taliban continue to protect the TTP, the State Department says.",
                "relation",
                "protects",
                TALIBAN,
                TTP,
            ),
            Fact(
                "ISIS-K has between 4,500 and 5,500 fighters, the State Department says.",
                "strength",
                "fighters",
                ISISK,
                value=Value(4500, 5500),
            ),
            Fact(
                "Sirajuddin Haqqani is a member of the Taliban, the State Department says.",
                "relation",
                "member_of",
                SIRAJUDDIN,
                TALIBAN,
            ),
        ],
        title="Country reports on terrorism",
        outlet="US Department of State",
        published=None,
        source=Source("US Department of State", "document"),
    )
    return [un, dispatch, statement, state]


def build_store(path_or_url: Path | str) -> Engine:
    """A migrated database holding the knowledge base (a SQLite path or a database URL)."""
    url = path_or_url if isinstance(path_or_url, str) else f"sqlite:///{path_or_url}"
    engine = create_db_engine(url)
    migrate(engine)
    for extraction in knowledge_base():
        assert save_extraction(engine, extraction) == "stored"
    return engine
