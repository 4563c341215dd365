"""Entries a page lists beside its article: a conflict tracker's selected events, a
timeline's items.

A map or tracker page prints its events in a side panel, each an ``<article>``
with a heading, a few labelled fields ("Date:", "Location:", "Source:") and a
paragraph telling what happened. An article extractor keeps the page's analysis
and drops the panel as an aside, yet each event reports claims the analysis
does not repeat. A teaser box of other stories looks alike but is no entry:
its headings are links and its summaries a line long; a reader's comment has
no heading. So an entry here is an ``<article>`` outside the extracted text and
outside the comments, with a heading that links nowhere, that tells its event
in at least two full sentences; a page needs two such entries for them to be a
list.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from claimgraph.ingest.lines import block_text, is_prose
from claimgraph.model import normalise_text

_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "dt", "dd")
_COMMENT = re.compile(r"comment", re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“]")
# A list of one is a featured box, not a list of events.
MIN_ENTRIES = 2


def listed_entries(tree: HtmlElement | None, text: str) -> tuple[list[str], bool]:
    """The lines of the entries a page lists outside the extracted ``text``, and
    whether they come before it on the page."""
    if tree is None or not text.strip():
        return [], False
    folded = normalise_text(text)
    entries = [
        (article, lines)
        for article in tree.iter("article")
        if (lines := _entry_lines(article, folded)) is not None
    ]
    if len(entries) < MIN_ENTRIES:
        return [], False
    first = next((line for line in text.splitlines() if line.strip()), "")
    before = _before_text(tree, entries[0][0], normalise_text(first))
    return [line for _, lines in entries for line in lines], before


def _entry_lines(article: HtmlElement, folded_text: str) -> list[str] | None:
    """The lines of one entry, or None when the article is no event entry."""
    headings = list(article.iter("h2", "h3", "h4"))
    if not headings or any(a.get("href") for h in headings for a in h.iter("a")):
        return None  # a reader's comment has no heading; a teaser's links to another story
    if any(
        _COMMENT.search(f"{e.get('class', '')} {e.get('id', '')}") for e in article.iterancestors()
    ):
        return None
    lines = [
        block_text(block)
        for block in article.iter(*_BLOCKS)
        if not any(child.tag in _BLOCKS for child in block.iterdescendants())
    ]
    lines = [line for line in lines if line]
    told = any(is_prose(line) and _SENTENCE.search(line) for line in lines)
    if not told or any(normalise_text(line) in folded_text for line in lines if is_prose(line)):
        return None
    return lines


def _before_text(tree: HtmlElement, entry: HtmlElement, first_line: str) -> bool:
    """Whether ``entry`` stands on the page before the block holding the text's first line."""
    for block in tree.iter(*_BLOCKS):
        if block is entry or entry in block.iterancestors():
            return True
        if first_line and normalise_text(block.text_content()).startswith(first_line[:60]):
            return False
    return False
