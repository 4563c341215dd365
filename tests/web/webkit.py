"""A small store written for the web tests, and the app over it (in-process or on a port).

The store holds three hand-made documents: a UN report about ISIS-K, a
denial by the Taliban, and a hostile article whose title, outlet, body,
source and one actor name carry script and ``onerror`` payloads.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

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
)
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.repository import save_extraction

TOKEN = "correct-horse-battery-staple"
ISISK = Actor("isis-k", "ISIS-K", "armed_group", ("ISKP",))
TALIBAN = Actor("taliban", "Taliban", "armed_group")
AQ = Actor("al-qaeda", "al-Qaeda", "armed_group")
KUNAR = Actor("kunar", "Kunar", "place")
HOSTILE_NAME = '<img src=x onerror="window.__pwned=5">Shadow Front'
SHADOW = Actor("shadow-front", HOSTILE_NAME, "armed_group", origin="learned")

REPORT_BODY = (
    "ISIS-K is estimated to have between 4,000 and 6,000 fighters in Kunar.\n\n"
    "The Taliban paid al-Qaeda monthly welfare payments, the monitors wrote."
)
DENIAL_BODY = (
    "The Taliban denied that al-Qaeda has camps in Afghanistan.\n\n"
    "Taliban fighters clashed with ISIS-K in Kunar last week."
)
XSS_TITLE = '<script>window.__pwned=1</script>Breaking <img src=x onerror="window.__pwned=2">'
XSS_OUTLET = '<b onmouseover="window.__pwned=3">Rumour Mill</b>'
XSS_BODY = (
    'Officials said <img src=x onerror="window.__pwned=4"> the ISIS-K cell '
    "grew to 300 fighters.\n\n"
    "<script>window.__pwned=6</script> ISIS-K is allied with the Shadow Front, they said."
)


def _claim(document: Document, sentence: str, **fields: object) -> Claim:
    start = document.body.index(sentence)
    return Claim(
        doc_id=document.id,
        evidence=Evidence(sentence, start, start + len(sentence)),
        **fields,  # type: ignore[arg-type]
    )


def _mentions(document: Document, *named: tuple[str, Actor]) -> tuple[Mention, ...]:
    found = []
    for text, actor in named:
        start = 0
        while (start := document.body.find(text, start)) != -1:
            found.append(Mention(document.id, start, start + len(text), text, "ORG", actor.id))
            start += len(text)
    return tuple(found)


def report_extraction() -> Extraction:
    document = Document.create(
        REPORT_BODY,
        title="UN monitors count ISIS-K fighters",
        outlet="Frontline Dispatch",
        author="Desk",
        published=date(2023, 6, 18),
        url="https://example.org/un-report",
        format="text",
        dropped=(DroppedLine("Views 2K", "counter"), DroppedLine("ADVERTISEMENT", "advert")),
    )
    monitors = Source("UN Monitoring Team", "document")
    first, second = REPORT_BODY.split("\n\n")
    claims = (
        _claim(
            document,
            first,
            type="strength",
            predicate="fighters",
            subject=ISISK,
            value=Value(4000, 6000),
            source=monitors,
            when="2023",
        ),
        _claim(
            document,
            first,
            type="presence",
            predicate="operates_in",
            subject=ISISK,
            object=KUNAR,
            source=monitors,
        ),
        _claim(
            document,
            second,
            type="relation",
            predicate="funds",
            subject=TALIBAN,
            object=AQ,
            source=monitors,
        ),
    )
    mentions = _mentions(
        document, ("ISIS-K", ISISK), ("Kunar", KUNAR), ("Taliban", TALIBAN), ("al-Qaeda", AQ)
    )
    return Extraction(document, mentions, claims, (ISISK, TALIBAN, AQ, KUNAR))


def denial_extraction() -> Extraction:
    document = Document.create(
        DENIAL_BODY,
        title="Taliban deny al-Qaeda camps",
        outlet="Indus Wire",
        published=date(2024, 1, 10),
        format="text",
    )
    first, second = DENIAL_BODY.split("\n\n")
    spokesman = Source("Zabihullah Mujahid", "person", "Taliban")
    claims = (
        _claim(
            document,
            first,
            type="denial",
            predicate="denies",
            subject=TALIBAN,
            object=AQ,
            source=spokesman,
            polarity="denied",
        ),
        _claim(
            document,
            second,
            type="relation",
            predicate="hostile",
            subject=TALIBAN,
            object=ISISK,
            source=Source("Indus Wire", "outlet"),
        ),
    )
    mentions = _mentions(document, ("Taliban", TALIBAN), ("al-Qaeda", AQ), ("ISIS-K", ISISK))
    return Extraction(document, mentions, claims, (ISISK, TALIBAN, AQ))


def hostile_extraction() -> Extraction:
    document = Document.create(
        XSS_BODY,
        title=XSS_TITLE,
        outlet=XSS_OUTLET,
        author='"><script>window.__pwned=7</script>',
        published=date(2024, 3, 1),
        url="javascript:window.__pwned=8",
        format="html",
        dropped=(DroppedLine("<script>window.__pwned=9</script>", "script"),),
    )
    first, second = XSS_BODY.split("\n\n")
    claims = (
        _claim(
            document,
            first,
            type="strength",
            predicate="fighters",
            subject=ISISK,
            value=Value(300, 300),
            source=Source('<svg onload="window.__pwned=10">', "person"),
        ),
        _claim(
            document,
            second,
            type="relation",
            predicate="ally",
            subject=ISISK,
            object=SHADOW,
            source=Source("Rumour Mill", "outlet"),
        ),
    )
    mentions = _mentions(document, ("ISIS-K", ISISK), ("Shadow Front", SHADOW))
    return Extraction(document, mentions, claims, (ISISK, SHADOW))


@dataclass
class Store:
    """The populated database: its URL, engine and the extractions in it."""

    url: str
    engine: Engine
    report: Extraction
    denial: Extraction
    hostile: Extraction


def populate(url: str) -> Store:
    engine = create_db_engine(url)
    migrate(engine)
    store = Store(url, engine, report_extraction(), denial_extraction(), hostile_extraction())
    for extraction in (store.report, store.denial, store.hostile):
        assert save_extraction(engine, extraction) == "stored"
    return store


def csrf_of(client: TestClient, page: str = "/ingest") -> str:
    """Load a page with a form and return the CSRF token its cookie carries."""
    response = client.get(page)
    assert response.status_code == 200
    token = client.cookies.get("claimgraph_csrf")
    assert token and f'value="{token}"' in response.text
    return token


@dataclass
class LiveServer:
    """A real uvicorn server on 127.0.0.1 in a thread of the test process."""

    url: str
    store: Store


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_server(app: FastAPI) -> Iterator[str]:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
