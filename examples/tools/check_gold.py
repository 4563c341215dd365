"""Check gold annotation files against the corpus before anyone scores with them.

A gold file that does not parse, uses a predicate outside the vocabulary, or
quotes an evidence sentence that is not in its document would silently
distort every score computed from it. This script reads every
``eval/gold/*/*.claims.jsonl`` (every split folder) and ``*.body.json`` (optionally only
those whose name starts with a prefix) and reports each problem with the file
and line it sits on.

Evidence is looked up in the document text: verbatim for ``.txt`` and ``.md``,
in the visible text for ``.html``, in the cue text of a ``.srt`` subtitle file, and in the text layer for ``.pdf``, with
whitespace folded and the running headers and footers of PDF pages removed
(a sentence may cross a page break).

Usage: ``python examples/tools/check_gold.py [PREFIX]``; exit status 1 when a
problem is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

from claimgraph.model import (
    CLAIM_TYPES,
    DENIAL_PREDICATE,
    PLEDGE_PREDICATE,
    PRESENCE_PREDICATES,
    RELATION_PREDICATES,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "eval" / "gold"
SPLITS = tuple(sorted(path.name for path in GOLD.iterdir() if path.is_dir()))

REQUIRED_KEYS = (
    "doc",
    "type",
    "subject",
    "object",
    "predicate",
    "value_min",
    "value_max",
    "unit",
    "source",
    "source_kind",
    "polarity",
    "hedged",
    "evidence",
)
SOURCE_KINDS = ("document", "person", "organization", "outlet", "actor")
POLARITIES = ("asserted", "denied")

BLOCK_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "figcaption",
        "blockquote",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "form",
        "button",
        "main",
        "figure",
        "table",
        "tr",
        "td",
        "th",
        "body",
        "html",
        "br",
        "dl",
        "dt",
        "dd",
        "hr",
    ]
)
HIDDEN_TAGS = frozenset(["script", "style", "head", "title", "noscript", "template"])

# A PDF page footer ends with a page counter ("22-07445 (E) 1/2"); a running
# header is the document symbol alone on a line ("S/2022/419").
PDF_FURNITURE = re.compile(r"^(?:.*\s)?\d+/\d+$|^[A-Z]/\d{4}/\d+$")

MD_BLOCK_MARK = re.compile(r"^(?:#{1,6}\s+|(?:>\s?)+)")
MD_LIST_MARK = re.compile(r"^(?:[-*+]|\d+\.)\s+")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"\*\*|\*|`|(?<!\w)_+|_+(?!\w)")


class BlockParser(HTMLParser):
    """Collect the visible text of an HTML page as one string per text block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._hidden = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Hidden elements suspend collection; block elements end the current block."""
        if tag in HIDDEN_TAGS:
            self._hidden += 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        """Mirror of ``handle_starttag``."""
        if tag in HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        """Keep text only outside hidden elements."""
        if not self._hidden:
            self._current.append(data)

    def close(self) -> None:
        """Flush the last block when the document ends."""
        super().close()
        self._flush()


def html_blocks(markup: str) -> list[str]:
    """Visible text blocks of a page, in document order."""
    parser = BlockParser()
    parser.feed(markup)
    parser.close()
    return parser.blocks


def pdf_text(path: Path) -> str:
    """Text layer of a PDF with page headers and footers dropped."""
    lines: list[str] = []
    for page in PdfReader(path).pages:
        lines.extend(
            line
            for line in page.extract_text().splitlines()
            if not PDF_FURNITURE.match(line.strip())
        )
    return "\n".join(lines)


# A subtitle file's cue number or time line; a sentence a viewer reads runs across cues.
SRT_CUE = re.compile(r"^\s*(?:\d+|\d{2}:\d{2}:\d{2}[,.]\d{3} --> \d{2}:\d{2}:\d{2}[,.]\d{3}.*)\s*$")


def fold(text: str) -> str:
    """Collapse whitespace so line wrapping does not hide a match."""
    return " ".join(text.split())


def document_text(path: Path) -> str:
    """The text evidence must occur in, folded for comparison."""
    if path.suffix == ".pdf":
        return fold(pdf_text(path))
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        return fold(" ".join(html_blocks(raw)))
    if path.suffix == ".srt":
        return fold(" ".join(line for line in raw.splitlines() if not SRT_CUE.match(line)))
    return fold(raw)


def render_markdown_line(line: str) -> str:
    """A Markdown line as a reader sees it: no heading, quote or list marks, link text only.

    Gold may list Markdown lines raw or rendered; comparing both sides in
    rendered form accepts either spelling of the same line.
    """
    text = MD_BLOCK_MARK.sub("", line.strip())
    text = MD_LIST_MARK.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    text = MD_EMPHASIS.sub("", text)
    return " ".join(text.split())


def line_key(line: str, suffix: str) -> str:
    """Comparison form of a body or boilerplate line for a document of this type."""
    return render_markdown_line(line) if suffix == ".md" else line.strip()


def document_lines(path: Path) -> list[str]:
    """Units a body.json must cover: text blocks of a page, or non-empty lines."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        return html_blocks(raw)
    keys = (line_key(line, path.suffix) for line in raw.splitlines())
    return [key for key in keys if key]


def predicate_problem(fact: dict[str, object]) -> str | None:
    """Whether type and predicate agree with the annotation vocabulary."""
    kind, predicate = fact["type"], fact["predicate"]
    if kind not in CLAIM_TYPES:
        return f"unknown type {kind!r}"
    allowed: dict[str, tuple[str, ...]] = {
        "relation": RELATION_PREDICATES,
        "presence": PRESENCE_PREDICATES,
        "pledge": (PLEDGE_PREDICATE,),
        "denial": (DENIAL_PREDICATE,),
    }
    if isinstance(kind, str) and kind in allowed and predicate not in allowed[kind]:
        return f"predicate {predicate!r} not allowed for {kind}"
    if kind == "strength" and not (isinstance(predicate, str) and predicate.strip()):
        return "strength fact without a unit predicate"
    return None


def value_problem(fact: dict[str, object]) -> str | None:
    """Numbers only on strength facts, with min not above max."""
    low, high = fact["value_min"], fact["value_max"]
    if fact["type"] != "strength":
        if low is not None or high is not None or fact["unit"] is not None:
            return "value or unit on a non-strength fact"
        return None
    if low is None and high is None:
        return "strength fact without a value"
    for number in (low, high):
        if number is not None and not isinstance(number, int | float):
            return f"value {number!r} is not a number"
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        return "value_min above value_max"
    return None


def fact_problems(fact: object, doc_name: str, text: str) -> Iterator[str]:
    """Every problem of one parsed gold line."""
    if not isinstance(fact, dict):
        yield "line is not a JSON object"
        return
    missing = [key for key in REQUIRED_KEYS if key not in fact]
    if missing:
        yield f"missing keys {missing}"
        return
    if fact["doc"] != doc_name:
        yield f"doc {fact['doc']!r} does not name this document"
    for problem in (predicate_problem(fact), value_problem(fact)):
        if problem:
            yield problem
    if fact["source_kind"] not in SOURCE_KINDS:
        yield f"unknown source_kind {fact['source_kind']!r}"
    if fact["polarity"] not in POLARITIES:
        yield f"unknown polarity {fact['polarity']!r}"
    if not isinstance(fact["hedged"], bool):
        yield "hedged is not a boolean"
    if not fact["subject"] or not fact["source"]:
        yield "empty subject or source"
    if fact["type"] in ("relation", "presence") and not fact["object"]:
        yield f"{fact['type']} fact without an object"
    if fold(str(fact["evidence"])) not in text:
        yield f"evidence not found in document: {str(fact['evidence'])[:70]!r}"


def check_claims(path: Path, doc: Path) -> Iterator[str]:
    """Problems of one claims file, each prefixed with file and line."""
    text = document_text(doc)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{path}:{number}: invalid JSON ({exc.msg})"
            continue
        for problem in fact_problems(fact, doc.name, text):
            yield f"{path}:{number}: {problem}"


def check_body(path: Path, doc: Path) -> Iterator[str]:
    """Problems of one body.json: unknown lines, overlap, lines left unclassified."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        yield f"{path}: invalid JSON ({exc.msg})"
        return
    body = [line_key(line, doc.suffix) for line in data.get("body", [])]
    boilerplate = [line_key(line, doc.suffix) for line in data.get("boilerplate", [])]
    if data.get("doc") != doc.name:
        yield f"{path}: doc {data.get('doc')!r} does not name {doc.name}"
    lines = document_lines(doc)
    for line in [*body, *boilerplate]:
        if line not in lines:
            yield f"{path}: line not in document: {line[:70]!r}"
    for line in set(body) & set(boilerplate):
        yield f"{path}: line is both body and boilerplate: {line[:70]!r}"
    unclassified = [line for line in lines if line not in body and line not in boilerplate]
    if len(unclassified) > 1:
        yield f"{path}: {len(unclassified)} lines unclassified (only the title may be): {unclassified[:3]}"


def corpus_file(stem: str) -> Path | None:
    """The corpus document a gold stem refers to, whatever its extension."""
    matches = sorted(CORPUS.glob(f"{stem}.*"))
    return matches[0] if matches else None


def check_all(prefix: str = "") -> list[str]:
    """Problems across both splits, plus documents annotated twice or with no claims file."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for split in SPLITS:
        for path in sorted((GOLD / split).glob(f"{prefix}*.claims.jsonl")):
            stem = path.name.removesuffix(".claims.jsonl")
            if stem in seen:
                problems.append(f"{path}: {stem} is also in {seen[stem]}")
            seen[stem] = split
            doc = corpus_file(stem)
            if doc is None:
                problems.append(f"{path}: no corpus document {stem}.*")
                continue
            problems.extend(check_claims(path, doc))
            body = path.with_name(f"{stem}.body.json")
            if body.exists():
                problems.extend(check_body(body, doc))
            elif doc.suffix != ".pdf":
                problems.append(f"{path}: missing {body.name}")
    for doc in sorted(CORPUS.glob(f"{prefix}*")):
        if (
            doc.suffix in (".txt", ".md", ".html", ".pdf", ".srt")
            and doc.stem not in seen
            and doc.name != "README.md"
        ):
            problems.append(f"{doc}: no gold annotation")
    return problems


def main(argv: list[str]) -> int:
    """Print problems and a one-line summary; non-zero exit when anything is wrong."""
    prefix = argv[1] if len(argv) > 1 else ""
    problems = check_all(prefix)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
