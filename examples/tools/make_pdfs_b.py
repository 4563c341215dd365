"""Build the part-B PDF documents of the example corpus from plain-text sources.

Gold evidence for a PDF must match what a PDF reader gives back, so the PDFs
are generated from text we control instead of being kept as opaque files:
edit a source in ``pdf_sources_b/``, run this script, and the PDF in
``examples/corpus/`` follows. ``--check`` reads every PDF back with pypdf and
fails when a paragraph of its source is missing from the text layer.

Source format (one file per PDF, same stem):

- ``@style un`` or ``@style brief``: a UN-style report page or a think-tank
  policy brief;
- ``@masthead`` / ``@right``: first-page lines, left (bold) and right;
- ``@byline``: authors, printed under the title of a brief;
- ``@footer``: text printed at the foot of every page, beside the page number;
- ``# text``: title, ``## text``: section heading, ``### text``: subsection;
- blank lines separate paragraphs; other lines are paragraph text.

Usage::

    python examples/tools/make_pdfs_b.py [--check] [SOURCE_DIR] [OUT_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = HERE / "pdf_sources_b"
DEFAULT_OUT = HERE.parent / "corpus"

# A fixed creation date keeps rebuilt PDFs byte-stable, so a rebuild with no
# source change shows no diff.
FIXED_DATE = datetime(2025, 1, 1, tzinfo=UTC)

# Core PDF fonts only draw Latin-1; the nearest Latin-1 spelling of the
# characters our sources may contain outside it.
LATIN1_FALLBACKS: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2022": "-",
    "\u0130": "I",
}

STYLES = ("un", "brief")


def to_latin1(text: str) -> str:
    """Replace characters a core font cannot draw, so the text layer stays readable."""
    for char, plain in LATIN1_FALLBACKS.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


@dataclass(frozen=True)
class Block:
    """One printable unit: a heading level (0 = paragraph) and its text."""

    level: int
    text: str


@dataclass
class Source:
    """A parsed source file: page furniture and the blocks of the document."""

    style: str = "un"
    masthead: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    byline: str = ""
    footer: str = ""
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The first level-1 heading, used as the PDF's metadata title."""
        return next((b.text for b in self.blocks if b.level == 1), "")


def apply_directive(line: str, source: Source, where: str) -> None:
    """Store one ``@key value`` line; unknown keys fail loudly so typos surface."""
    key, _, value = line[1:].partition(" ")
    value = value.strip()
    if key == "style":
        if value not in STYLES:
            raise ValueError(f"{where}: unknown style {value!r} (expected one of {STYLES})")
        source.style = value
    elif key == "masthead":
        source.masthead.append(value)
    elif key == "right":
        source.right.append(value)
    elif key in ("byline", "footer"):
        setattr(source, key, value)
    else:
        raise ValueError(f"{where}: unknown directive @{key}")


def parse_source(text: str, name: str = "<source>") -> Source:
    """Parse a source; paragraph lines are joined so that wrapping is the PDF's job."""
    source = Source()
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            source.blocks.append(Block(0, " ".join(paragraph)))
            paragraph.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("@"):
            flush()
            apply_directive(line, source, f"{name}:{number}")
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            source.blocks.append(Block(level, line[level:].strip()))
        else:
            paragraph.append(line)
    flush()
    return source


class CorpusPDF(FPDF):
    """An A4 page with a running footer: the job number or the publisher's line."""

    def __init__(self, source: Source) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.source = source
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(auto=True, margin=22)

    def footer(self) -> None:
        """Footer text on the left, page counter on the right, as both kinds print it."""
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, to_latin1(self.source.footer), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"{self.page_no()}/{{nb}}", align="R")


def draw_masthead(pdf: CorpusPDF, source: Source) -> None:
    """First-page block: masthead lines on the left, reference lines on the right."""
    top = pdf.get_y()
    size = 13 if source.style == "un" else 15
    pdf.set_font("Helvetica", "B", size)
    for line in source.masthead:
        pdf.cell(90, 7, to_latin1(line), new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    pdf.set_font("Helvetica", "", 9.5)
    for line in source.right:
        pdf.set_x(pdf.w - pdf.r_margin - 60)
        pdf.cell(60, 5, to_latin1(line), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(6)


# (font style, size, line height) per heading level and document style.
HEADINGS: dict[str, dict[int, tuple[str, float, float]]] = {
    "un": {1: ("B", 12, 6), 2: ("B", 11, 6), 3: ("B", 10.5, 5.5)},
    "brief": {1: ("B", 16, 8), 2: ("B", 12, 6.5), 3: ("BI", 11, 6)},
}


def draw_block(pdf: CorpusPDF, block: Block, source: Source) -> None:
    """Print a heading or a paragraph; a brief's byline follows its title."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if block.level:
        styles = HEADINGS[source.style]
        style, size, height = styles.get(block.level, styles[3])
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, height, to_latin1(block.text), new_x="LMARGIN", new_y="NEXT")
        if block.level == 1 and source.byline:
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(width, 6, to_latin1(source.byline), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        return
    if source.style == "un":
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(width, 5.5, to_latin1(block.text), align="J", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width, 5.2, to_latin1(block.text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def render(source: Source) -> bytes:
    """Lay out one parsed source and return the PDF bytes."""
    pdf = CorpusPDF(source)
    pdf.set_title(to_latin1(source.title))
    pdf.set_creator("claimgraph example corpus")
    pdf.set_creation_date(FIXED_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    draw_masthead(pdf, source)
    for block in source.blocks:
        draw_block(pdf, block, source)
    return bytes(pdf.output())


def words(text: str) -> str:
    """Whitespace-folded text, so line wrapping in the PDF does not count as a change."""
    return re.sub(r"\s+", " ", text).strip()


def missing_paragraphs(source: Source, pdf_path: Path) -> list[str]:
    """Paragraphs of the source that the PDF's text layer does not give back verbatim."""
    reader = PdfReader(str(pdf_path))
    layer = words(" ".join(page.extract_text() or "" for page in reader.pages))
    return [b.text for b in source.blocks if words(to_latin1(b.text)) not in layer]


def build(sources: Path, out: Path, check: bool) -> int:
    """Render every source; with ``check``, verify each text layer. Returns an exit code."""
    status = 0
    for path in sorted(sources.glob("*.txt")):
        source = parse_source(path.read_text(encoding="utf-8"), path.name)
        target = out / f"{path.stem}.pdf"
        target.write_bytes(render(source))
        print(f"wrote {target}")
        if check:
            for text in missing_paragraphs(source, target):
                print(f"  MISSING in {target.name}: {text[:70]}...", file=sys.stderr)
                status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="read the PDFs back with pypdf")
    args = parser.parse_args(argv)
    return build(args.sources, args.out, args.check)


if __name__ == "__main__":
    sys.exit(main())
