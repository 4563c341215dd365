"""Build the PDF documents of the example corpus from plain-text sources.

The corpus needs PDFs whose text layer is known exactly, so that gold
evidence sentences can be checked against what a PDF reader gives back. The
PDFs are therefore generated from the sources in ``pdf_sources/`` rather
than kept as opaque binaries: edit a source, run this script, and the PDF in
``examples/corpus/`` follows.

Source format (one file per PDF, same stem):

- ``@symbol``, ``@date``, ``@job``: document symbol, date and job number,
  printed in the running header and footer;
- ``@left`` / ``@right``: lines of the masthead block on the first page;
- ``# text``: document title, ``## text``: section heading,
  ``### text``: subsection heading;
- blank lines separate paragraphs; everything else is paragraph text.

Usage: ``python examples/tools/make_pdfs.py [SOURCE_DIR] [OUT_DIR]``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCES = HERE / "pdf_sources"
DEFAULT_OUT = HERE.parent / "corpus"

# A fixed creation date keeps rebuilds byte-identical, so a PDF only shows up
# as changed when its source did.
BUILD_DATE = datetime(2025, 1, 1, tzinfo=UTC)

# Core PDF fonts only cover Latin-1; these are the characters our sources may
# contain that fall outside it, with the nearest Latin-1 spelling.
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
}


def to_latin1(text: str) -> str:
    """Replace characters a core font cannot draw, so the text layer stays readable."""
    for char, plain in LATIN1_FALLBACKS.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


@dataclass
class Block:
    """One printable unit of the source: a heading level (0 = paragraph) and its text."""

    level: int
    text: str


@dataclass
class Source:
    """A parsed source file: header fields, masthead lines and body blocks."""

    symbol: str = ""
    date: str = ""
    job: str = ""
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def parse_directive(line: str, source: Source) -> None:
    """Store one ``@key value`` line; unknown keys are an error so typos surface."""
    key, _, value = line[1:].partition(" ")
    value = value.strip()
    if key in ("symbol", "date", "job"):
        setattr(source, key, value)
    elif key == "left":
        source.left.append(value)
    elif key == "right":
        source.right.append(value)
    else:
        raise ValueError(f"unknown directive @{key}")


def heading_block(line: str) -> Block:
    """Turn a ``#``-prefixed line into a heading block of the matching level."""
    marks = len(line) - len(line.lstrip("#"))
    return Block(level=marks, text=line[marks:].strip())


def parse_source(text: str) -> Source:
    """Parse a source file; paragraph lines are joined so wrapping is the PDF's job."""
    source = Source()
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            source.blocks.append(Block(level=0, text=" ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("@"):
            flush()
            parse_directive(line, source)
        elif line.startswith("#"):
            flush()
            source.blocks.append(heading_block(line))
        else:
            paragraph.append(line)
    flush()
    return source


class ReportPDF(FPDF):
    """A4 page with the running header and footer of a UN-style document."""

    def __init__(self, source: Source) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.source = source
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(auto=True, margin=22)

    def header(self) -> None:
        """Running symbol on every page after the first, as UN documents print it."""
        if self.page_no() == 1 or not self.source.symbol:
            return
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, to_latin1(self.source.symbol), align="R")
        self.ln(10)

    def footer(self) -> None:
        """Job number and page counter at the foot of each page."""
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, to_latin1(self.source.job), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"{self.page_no()}/{{nb}}", align="R")


def draw_masthead(pdf: ReportPDF, source: Source) -> None:
    """First-page block: organ names on the left, symbol and distribution on the right."""
    top = pdf.get_y()
    pdf.set_font("Helvetica", "B", 13)
    for line in source.left:
        pdf.cell(80, 7, to_latin1(line), new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    pdf.set_font("Helvetica", "", 10)
    for line in source.right:
        pdf.set_x(pdf.w - pdf.r_margin - 60)
        pdf.cell(60, 5, to_latin1(line), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(6)


HEADING_STYLE: dict[int, tuple[str, float, float]] = {
    1: ("B", 12, 6),
    2: ("B", 11, 6),
    3: ("B", 10.5, 5.5),
}


def draw_block(pdf: ReportPDF, block: Block) -> None:
    """Print a heading or paragraph; paragraphs are justified like the originals."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if block.level:
        style, size, height = HEADING_STYLE.get(block.level, HEADING_STYLE[3])
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, height, to_latin1(block.text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        return
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(width, 5.5, to_latin1(block.text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def render(source: Source, title: str) -> bytes:
    """Lay out one parsed source as a PDF and return its bytes."""
    pdf = ReportPDF(source)
    pdf.set_title(to_latin1(title))
    pdf.set_creator("claimgraph example corpus")
    pdf.set_creation_date(BUILD_DATE)
    pdf.alias_nb_pages()
    pdf.add_page()
    draw_masthead(pdf, source)
    for block in source.blocks:
        draw_block(pdf, block)
    return bytes(pdf.output())


def document_title(source: Source, fallback: str) -> str:
    """The first level-1 heading, used as the PDF's metadata title."""
    for block in source.blocks:
        if block.level == 1:
            return block.text
    return fallback


def build_all(source_dir: Path, out_dir: Path) -> list[Path]:
    """Render every ``*.txt`` source in ``source_dir`` into ``out_dir``."""
    written: list[Path] = []
    for path in sorted(source_dir.glob("*.txt")):
        source = parse_source(path.read_text(encoding="utf-8"))
        target = out_dir / f"{path.stem}.pdf"
        target.write_bytes(render(source, document_title(source, path.stem)))
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """Command-line entry: optional source and output directories."""
    source_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCES
    out_dir = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    for target in build_all(source_dir, out_dir):
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
