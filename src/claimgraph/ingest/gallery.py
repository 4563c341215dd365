"""Captions a photo gallery tells its story in.

A gallery page ("In pictures: ...") has a short introduction and then a run
of photographs, each a ``<figure>`` whose caption says, in full sentences,
who is shown, where, and what they said. An article extractor keeps the
introduction and drops the figures, yet the captions are the story. A news
article's one or two photographs are captioned too, with a line that only
names what the picture shows; those stay out. So captions count as body only
when at least three figures outside the extracted text each tell something
in prose; their credit lines ("Photo: Name/Agency") and counters do not read
as prose and stay out.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from claimgraph.ingest.lines import block_text, is_prose
from claimgraph.model import normalise_text

# Fewer captioned figures are an article's illustrations, not a gallery.
MIN_FIGURES = 3


def gallery_captions(tree: HtmlElement | None, text: str) -> list[str]:
    """The prose lines of a gallery's captions the extracted ``text`` lacks, in page order."""
    if tree is None or not text.strip():
        return []
    folded = normalise_text(text)
    captions = [lines for figure in tree.iter("figure") if (lines := _told(figure, folded))]
    if len(captions) < MIN_FIGURES:
        return []
    return [line for lines in captions for line in lines]


def _told(figure: HtmlElement, folded_text: str) -> list[str]:
    """The prose lines of one figure's caption, or none when the text already has them."""
    lines = [
        block_text(block)
        for caption in figure.iter("figcaption")
        for block in _leaf_blocks(caption)
    ]
    prose = [line for line in lines if is_prose(line)]
    if any(normalise_text(line) in folded_text for line in prose):
        return []
    return prose


def _leaf_blocks(caption: HtmlElement) -> list[HtmlElement]:
    """The innermost paragraphs of a caption, or the caption itself when it has none."""
    blocks = [p for p in caption.iter("p", "div", "span") if not len(p.findall(".//p"))]
    return [b for b in blocks if b.tag == "p"] or [caption]
