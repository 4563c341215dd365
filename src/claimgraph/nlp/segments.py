"""Sentences and paragraphs of a parsed document.

Claims cite one sentence, and a source carries over only within a paragraph,
so both units are needed. spaCy's sentence splitter occasionally runs a
heading into the next line; a paragraph break always ends a sentence here.
When the body has blank lines, they separate paragraphs (single newlines are
then line wrapping); otherwise every line is a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'", ")"})
TERMINAL = frozenset({".", "!", "?", ":", ";"}) | CLOSING_QUOTES
HEADING_TOKENS = 14


@dataclass(frozen=True)
class Segment:
    """One sentence: its tokens, its paragraph number and its position."""

    span: Span
    paragraph: int
    index: int

    @property
    def start(self) -> int:
        """First token index."""
        return self.span.start

    @property
    def end(self) -> int:
        """One past the last token index."""
        return self.span.end


def _breaks(token_text: str, blank_lines: bool) -> bool:
    """Whether a whitespace token separates paragraphs."""
    if blank_lines:
        return token_text.count("\n") >= 2
    return "\n" in token_text


def _strip(span: Span) -> Span | None:
    """Drop surrounding whitespace tokens; None if nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


class _Builder:
    """Collects segments, numbering paragraphs as breaks are passed."""

    def __init__(self) -> None:
        self.out: list[Segment] = []
        self.paragraph = 0
        self.pending = False

    def emit(self, span: Span) -> None:
        """Add ``span`` (stripped) as the next sentence, if not empty."""
        stripped = _strip(span)
        if stripped is None:
            return
        if self.pending and self.out:
            self.paragraph += 1
        self.pending = False
        self.out.append(Segment(stripped, self.paragraph, len(self.out)))


def _ends_heading(doc: Doc, start: int, newline: int) -> bool:
    """A line break after a short unpunctuated line starting a sentence."""
    if "\n" not in doc[newline].text or newline == start or newline + 1 >= len(doc):
        return False
    last = doc[newline - 1]
    return (
        newline - start <= HEADING_TOKENS
        and last.text not in TERMINAL
        and not last.is_punct
        and doc[newline + 1].is_title
    )


def segment(doc: Doc) -> list[Segment]:
    """The sentences of ``doc`` in order, each with its paragraph number."""
    blank_lines = "\n\n" in doc.text or "\n \n" in doc.text
    builder = _Builder()
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and (
                _breaks(token.text, blank_lines) or _ends_heading(doc, start, token.i)
            ):
                builder.emit(doc[start : token.i])
                builder.pending = True
                start = token.i + 1
        builder.emit(doc[start : sent.end])
    return builder.out


def is_question(seg: Segment) -> bool:
    """A sentence that asks ("Is the UN in contact with the coalition?") states nothing,
    whatever closing quotation marks follow the question mark."""
    words = [t for t in seg.span if not t.is_space and t.text not in CLOSING_QUOTES]
    return bool(words) and words[-1].text == "?"


def is_heading(seg: Segment) -> bool:
    """A short line without closing punctuation: a heading, not a statement."""
    span = seg.span
    return len(span) <= HEADING_TOKENS and span[-1].text not in TERMINAL
