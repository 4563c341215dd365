"""Running heads of a printed report copied into plain text.

Text copied out of a PDF keeps what the printer set at the top and foot of
every page: the publisher's name and the report's, a page number, the
section's name with "continued". Read as lines, they fall in the middle of
sentences that run on over the page break. A line is such a head when it, or
it less a page number set off by a bar ("46 | Korvane Gold plc", "Annual
Report 2024 | 47"), comes back at least three times and is no sentence, and
when some copy carries a page number, or it joins labels by bars or wide
gaps, or it says "continued"; a numbered line is one too when it repeats a
part of another head. A heading said again with nothing of that
("Mitigation" over each risk) is the text's own. The name the heads repeat
most, less any year or number, is the publisher's.
"""

from __future__ import annotations

import re
from collections import Counter

from claimgraph.ingest.lines import is_prose, is_running_header

# "46 | Korvane Gold plc", "Annual Report 2024 | 47", a court's stamp "... Filed 09/10/25
# Page 3 of 10": a page number.
_NUMBERED = re.compile(
    r"^(?:page\s+)?\d{1,4}\s*[|·]\s*|\s*[|·]\s*(?:page\s+)?\d{1,4}$"
    r"|\s{2,}page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s[|·]\s|\S\s{3,}\S")
_CONTINUED = re.compile(r"\bcontinued$", re.IGNORECASE)
_PARTS = re.compile(r"\s*[|·]\s*")
# Fewer copies than this are a heading said twice, not a head set on every page.
MIN_COPIES = 3
MAX_WORDS = 12
MAX_NAME_WORDS = 6


def running_heads(lines: list[str]) -> tuple[frozenset[int], str | None]:
    """The indices of the running heads among ``lines``, and the publisher they name."""
    keys = [_NUMBERED.sub("", line) if line else "" for line in lines]
    copies = Counter(key for key in keys if key)
    numbered = {key for line, key in zip(lines, keys, strict=True) if key != line}
    # heads the line rules already know wherever they stand are left to them
    unruled = {key for line, key in zip(lines, keys, strict=True) if not is_running_header(line)}
    heads = {
        key
        for key, count in copies.items()
        if count >= MIN_COPIES
        and len(key.split()) <= MAX_WORDS
        and not is_prose(key)
        and key in unruled
        and (key in numbered or _JOINED.search(key) or _CONTINUED.search(key))
    }
    # "46 | Korvane Gold plc" on one page in two: numbered, it repeats a head's part
    parts = {part for head in heads for part in _PARTS.split(head)}
    heads |= {key for key in numbered if key in parts}
    found = frozenset(i for i, key in enumerate(keys) if key in heads)
    return found, _publisher([keys[i] for i in found])


def _publisher(heads: list[str]) -> str | None:
    """The name the running heads repeat most: no number, no wide gap, not "continued"."""
    names: Counter[str] = Counter(
        part
        for head in heads
        for part in _PARTS.split(head)
        if part[:1].isupper()
        and len(part.split()) <= MAX_NAME_WORDS
        and not re.search(r"\d|\s{3,}", part)
        and not _CONTINUED.search(part)
    )
    return names.most_common(1)[0][0] if names else None


def without_breaks(lines: list[str], heads: frozenset[int], ends: re.Pattern[str]) -> list[str]:
    """``lines`` less the running heads; where a sentence ran over the page break (the
    line before the heads does not end as ``ends`` says), the blank lines around them
    go too, so the sentence reads on."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index not in heads:
            out.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and (end in heads or not lines[end]):
            end += 1
        while out and not out[-1]:
            out.pop()
        if out and ends.search(out[-1]):
            out.append("")  # the page ended with a sentence: a paragraph break stays
        index = end
    return out
