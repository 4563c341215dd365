"""Acronyms a document defines for itself, read from its text for scoring.

Gold writes an actor as the text names it. When a text defines an acronym
the gazetteer gives to someone else ("the United People's Democratic Front
(UPDF)" in the Chittagong Hill Tracts, where the gazetteer's UPDF is
Uganda's army), gold's "UPDF" means the group the text just named. The
scorer reads that from the text alone, never from what the system extracted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimgraph.model import Actor

_DEFINITION = re.compile(r"\(([A-Z][A-Za-z]*(?:-[A-Za-z]+)*)\)")
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_MAX_WORDS = 8


def _spells(words: list[str], short: str) -> bool:
    """Whether the capitalised words' initials spell the acronym (hyphens aside)."""
    if words and words[0].casefold() == "the":
        words = words[1:]  # "The United People's Democratic Front (UPDF)"
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials == short.replace("-", "")


def defined_acronyms(body: str, lookup: Callable[[str], Actor | None]) -> dict[str, Actor]:
    """Acronyms the text defines as a named actor other than the gazetteer's holder."""
    out: dict[str, Actor] = {}
    for match in _DEFINITION.finditer(body):
        short = match.group(1)
        known = lookup(short)
        if known is None:
            continue
        words = _WORD.findall(body[max(0, match.start() - 160) : match.start()])[-_MAX_WORDS:]
        for start in range(len(words) - 1):
            name = " ".join(words[start:])
            actor = lookup(f"{name} ({short})") or lookup(name)
            if actor is not None:
                if actor.id != known.id and _spells(words[start:], short):
                    out.setdefault(short, actor)
                break
    return out
