"""Generate many small distinct articles, each holding claims, for process-level tests."""

from __future__ import annotations

from pathlib import Path

GROUPS = ["ISIS-K", "al-Shabaab", "JNIM", "ISWAP", "the TTP", "Hezbollah", "the Houthis", "HTS"]
PLACES = ["Kunar", "Nangarhar", "Middle Shabelle", "Mopti", "Borno", "Idlib", "Marib", "Bajaur"]


def write_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` articles with different figures, so every body (and id) differs."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        group = GROUPS[number % len(GROUPS)]
        place = PLACES[(number // len(GROUPS)) % len(PLACES)]
        low = 1000 + 10 * number
        text = (
            f"Monitoring note {number}\n"
            f"A report by the UN Monitoring Team said {group} has between {low:,} and "
            f"{low + 500:,} fighters.\n"
            f"The report added that {group} operates training camps in {place}.\n"
            f"Officials said the group was recruiting again in the area around {place}.\n"
        )
        path = folder / f"note-{number:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
