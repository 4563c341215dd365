"""Press reviews: each item is the summary of one paper's piece.

A monitoring service's press review prints, item after item, a paper's name
in capitals with a note on the paper and the date ("AL-SABAH (state-owned,
Baghdad), 4 Nov:"), the headline, then the piece in reported speech ("The
paper reports that ..."). What an item states is the paper's, not the
service's, which only summarises; so each item is kept as a post whose writer
is the paper, as a thread's post is its poster's.
"""

from __future__ import annotations

import re

from claimgraph.model import Post

# "AL-SHURFA (independent, Baghdad), 17 Nov:", "MOSUL AL-JADIDA, 16 Nov: ..."
ITEM_HEAD = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9'’.\- ]{1,40}[A-Z'’])(?:\s*\([^()]{2,80}\))?,\s*"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?:(?:\s|$)"
)
_LINE = re.compile(r"^.*$", re.MULTILINE)
# Fewer items than this make no review: a story may quote one paper so.
MIN_ITEMS = 3
# Articles and particles of Arabic names written in small letters inside a name.
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "ar", "az", "at", "bin", "ibn"})


def review_items(body: str) -> tuple[Post, ...]:
    """Where each item of a press review begins in ``body``, with its paper's name;
    none when the text is no press review."""
    found = [
        Post(line.start(), _name(head["name"]), "outlet")
        for line in _LINE.finditer(body)
        if (head := ITEM_HEAD.match(line.group())) is not None
    ]
    return tuple(found) if len(found) >= MIN_ITEMS else ()


def _name(capitals: str) -> str:
    """A paper's name in capitals as it is written in running text: "AL-SHURFA" is
    Al-Shurfa, "MOSUL AL-JADIDA" Mosul al-Jadida."""
    words = []
    for index, word in enumerate(capitals.split()):
        parts = word.split("-")
        written = [
            part.lower() if (index or at) and part.lower() in _PARTICLES else part.capitalize()
            for at, part in enumerate(parts)
        ]
        words.append("-".join(written))
    return " ".join(words)
