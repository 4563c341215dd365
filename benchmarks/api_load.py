"""Load test of ``claimgraph serve`` on a generated database of at least 100,000 claims.

Builds a synthetic store (through ``save_extraction``, the writer every
ingest uses), starts the real ``claimgraph serve`` on 127.0.0.1 in a
subprocess, and sends a bounded number of requests to three endpoints from a
thread pool: the actor page, search, and the claims API. Prints requests per
second and latency percentiles as a table. Every request goes to the
loopback address; the run stops by itself.

    .venv/bin/python benchmarks/api_load.py [--claims 100000] [--requests 300] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import httpx

from claimgraph.model import Actor, Claim, Document, Evidence, Extraction, Mention, Source, Value
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.repository import save_extraction
from claimgraph.store.search import ensure_search_index

GROUPS = 120
PLACES = 60
CLAIMS_PER_DOCUMENT = 20
RELATIONS = ("ally", "funds", "hostile", "protects", "affiliate")
SOURCES = (
    Source("UN Monitoring Team", "document"),
    Source("Ministry of Interior", "organization"),
    Source("a regional analyst", "person"),
    Source("the outlet", "outlet"),
)
# Some groups are in the news far more than others: the busiest gets about 5 % of claims.
WEIGHTS = [1 / (rank + 1) ** 0.5 for rank in range(GROUPS)]
WORDS = ("fighters", "allied", "funds", "operates", "province", "militants", "border")


def synthetic_actors(rng: random.Random) -> tuple[list[Actor], list[Actor]]:
    groups = [Actor(f"group-{n:03d}", f"Group {n:03d}", "armed_group") for n in range(GROUPS)]
    places = [Actor(f"place-{n:03d}", f"Province {n:03d}", "place") for n in range(PLACES)]
    rng.shuffle(groups)
    return groups, places


def sentence_for(
    rng: random.Random, groups: list[Actor], places: list[Actor]
) -> tuple[str, dict[str, object]]:
    """One sentence and the claim fields it supports."""
    subject = rng.choices(groups, weights=WEIGHTS[: len(groups)])[0]
    kind = rng.random()
    if kind < 0.35:
        low = rng.randrange(100, 9000, 50)
        text = f"{subject.name} has between {low:,} and {low * 2:,} fighters, officials said."
        return text, {"type": "strength", "predicate": "fighters", "subject": subject,
                      "value": Value(low, low * 2)}  # fmt: skip
    if kind < 0.7:
        other = rng.choice(groups)
        predicate = rng.choice(RELATIONS)
        text = f"{subject.name} {predicate} {other.name}, according to militants near the border."
        return text, {"type": "relation", "predicate": predicate, "subject": subject,
                      "object": other}  # fmt: skip
    place = rng.choice(places)
    text = f"{subject.name} operates in {place.name} along the border."
    return text, {"type": "presence", "predicate": "operates_in", "subject": subject,
                  "object": place}  # fmt: skip


def synthetic_extraction(
    index: int, rng: random.Random, groups: list[Actor], places: list[Actor]
) -> Extraction:
    sentences = [sentence_for(rng, groups, places) for _ in range(CLAIMS_PER_DOCUMENT)]
    body = f"Report {index}. " + " ".join(text for text, _ in sentences)
    document = Document.create(
        body,
        title=f"Synthetic report {index} on militant activity",
        outlet=f"Outlet {index % 25}",
        published=date(2020, 1, 1) + timedelta(days=index % 1800),
        format="text",
    )
    claims, mentions, actors = [], [], {}
    offset = len(f"Report {index}. ")
    for text, fields in sentences:
        subject: Actor = fields["subject"]  # type: ignore[assignment]
        actors[subject.id] = subject
        target = fields.get("object")
        if isinstance(target, Actor):
            actors[target.id] = target
        claims.append(
            Claim(
                doc_id=document.id,
                evidence=Evidence(text, offset, offset + len(text)),
                source=SOURCES[index % len(SOURCES)],
                **fields,  # type: ignore[arg-type]
            )
        )
        mentions.append(
            Mention(
                document.id, offset, offset + len(subject.name), subject.name, "ORG", subject.id
            )
        )
        offset += len(text) + 1
    return Extraction(document, tuple(mentions), tuple(claims), tuple(actors.values()))


def build_database(url: str, claims: int, seed: int = 7) -> tuple[int, float]:
    """Store synthetic documents until ``claims`` claims exist; (documents, seconds)."""
    rng = random.Random(seed)
    groups, places = synthetic_actors(rng)
    engine = create_db_engine(url)
    migrate(engine)
    started = time.perf_counter()
    documents = -(-claims // CLAIMS_PER_DOCUMENT)
    for index in range(documents):
        save_extraction(engine, synthetic_extraction(index, rng, groups, places))
    ensure_search_index(engine)
    engine.dispose()
    return documents, time.perf_counter() - started


@dataclass
class Result:
    name: str
    latencies: list[float]
    errors: int
    seconds: float

    def row(self) -> list[str]:
        ordered = sorted(self.latencies) or [0.0]

        def pct(p: float) -> str:
            return f"{ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000:.1f}"

        rate = len(self.latencies) / self.seconds if self.seconds else 0.0
        return [self.name, str(len(self.latencies)), str(self.errors), f"{rate:.1f}",
                pct(0.50), pct(0.95), pct(0.99), f"{statistics.fmean(ordered) * 1000:.1f}"]  # fmt: skip


def hammer(
    name: str, paths: Callable[[int], str], base: str, requests: int, concurrency: int
) -> Result:
    """Send ``requests`` GETs from ``concurrency`` threads; record each latency."""
    latencies: list[float] = []
    errors = 0
    clients = [httpx.Client(base_url=base, timeout=60) for _ in range(concurrency)]

    def one(n: int) -> tuple[float, bool]:
        client = clients[n % concurrency]
        begun = time.perf_counter()
        response = client.get(paths(n))
        return time.perf_counter() - begun, response.status_code == 200

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for elapsed, ok in pool.map(one, range(requests)):
            latencies.append(elapsed)
            errors += 0 if ok else 1
    seconds = time.perf_counter() - started
    for client in clients:
        client.close()
    return Result(name, latencies, errors, seconds)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(url: str, port: int) -> subprocess.Popen[bytes]:
    command = shutil.which("claimgraph", path=str(Path(sys.executable).parent)) or "claimgraph"
    env = {key: value for key, value in os.environ.items() if key != "CLAIMGRAPH_TOKEN"}
    server = subprocess.Popen(
        [command, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", url],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if (
                httpx.get(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=60).status_code
                == 200
            ):
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start within 120 s")


def print_table(rows: list[list[str]]) -> None:
    header = ["endpoint", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "mean ms"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(
        h.ljust(w) if i == 0 else h.rjust(w)
        for i, (h, w) in enumerate(zip(header, widths, strict=True))
    )
    print(line)
    print("-" * len(line))
    for row in rows:
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--db", help="reuse this SQLite file (built when missing)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="claimgraph-load-"))
    path = Path(args.db) if args.db else workdir / "load.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        documents, seconds = build_database(url, args.claims)
        print(
            f"built {documents:,} documents, {documents * CLAIMS_PER_DOCUMENT:,} claims in {seconds:.0f} s"
        )
    port = free_port()
    started = time.perf_counter()
    server = start_server(url, port)
    base = f"http://127.0.0.1:{port}"
    try:
        warm = time.perf_counter()
        httpx.get(f"{base}/actors/group-000", timeout=600).raise_for_status()
        print(
            f"server up in {warm - started:.1f} s; first actor page (consolidation) {time.perf_counter() - warm:.1f} s"
        )
        actors = [f"group-{n:03d}" for n in range(0, GROUPS, 3)]
        results = [
            hammer("GET /actors/{id} (page)", lambda n: f"/actors/{actors[n % len(actors)]}",
                   base, args.requests, args.concurrency),
            hammer("GET /api/search?q=", lambda n: f"/api/search?q={WORDS[n % len(WORDS)]}+{n % 97}",
                   base, args.requests, args.concurrency),
            hammer("GET /api/claims?actor=&limit=100",
                   lambda n: f"/api/claims?actor={actors[n % len(actors)]}&limit=100",
                   base, args.requests, args.concurrency),
        ]  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not args.db:
            shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"\n{args.requests} requests per endpoint, {args.concurrency} concurrent, {os.cpu_count()} CPUs"
    )
    print_table([result.row() for result in results])


if __name__ == "__main__":
    main()
