"""Write a large synthetic corpus for benchmarks and load tests.

    python benchmarks/make_corpus.py OUT [--docs 100000] [--seed 0] [--start 0]

OUT decides the format: ``*.jsonl`` or ``*.jsonl.gz`` (one record per line),
``*.warc`` or ``*.warc.gz`` (one HTML response per article), anything else a
directory of text files in folders of 1,000. Articles are generated one at a
time from templates and the gazetteer (see ``claimgraph.synthetic``), so 100k
documents take flat memory, and the same seed always gives the same texts.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.synthetic import Article, Names, articles

FILES_PER_FOLDER = 1000


def write_jsonl(out: Path, items: Iterator[Article]) -> int:
    """One JSON record per line, gzip-compressed when OUT ends in .gz."""
    opener = gzip.open if out.name.endswith(".gz") else open
    count = 0
    with opener(out, "wt", encoding="utf-8") as stream:
        for item in items:
            stream.write(json.dumps(item.as_record(), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_warc(out: Path, items: Iterator[Article]) -> int:
    """One ``response`` record with the article as an HTML page per article."""
    count = 0
    with out.open("wb") as stream:
        writer = WARCWriter(stream, gzip=out.name.endswith(".gz"))
        for item in items:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            payload = io.BytesIO(item.as_html().encode("utf-8"))
            writer.write_record(
                writer.create_warc_record(
                    item.url, "response", payload=payload, http_headers=headers
                )
            )
            count += 1
    return count


def write_texts(out: Path, items: Iterator[Article]) -> int:
    """Text files ``NNNNNNN.txt`` in folders of a thousand, so no folder grows huge."""
    count = 0
    for item in items:
        folder = out / f"{item.index // FILES_PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{item.index:07d}.txt").write_text(item.as_text(), encoding="utf-8")
        count += 1
    return count


def writer_for(out: Path) -> Callable[[Path, Iterator[Article]], int]:
    """The writer the name of OUT asks for."""
    name = out.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        return write_jsonl
    if name.endswith((".warc", ".warc.gz")):
        return write_warc
    return write_texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="*.jsonl[.gz], *.warc[.gz] or a directory")
    parser.add_argument("--docs", type=int, default=100_000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same articles")
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    args = parser.parse_args(argv)
    names = Names.from_gazetteer(load_gazetteer())
    started = time.perf_counter()
    items = articles(args.docs, names, seed=args.seed, start=args.start)
    count = writer_for(args.out)(args.out, items)
    seconds = time.perf_counter() - started
    print(f"wrote {count} articles to {args.out} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
