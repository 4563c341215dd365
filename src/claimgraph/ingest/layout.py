"""Tables a page is laid out with, not tables of data.

An HTML e-mail (a newsletter saved from a web mail client) sets its columns,
its boxes and even its paragraphs in nested tables, because mail readers
ignore style sheets. An article extractor that keeps tables then reads the
whole letter as one table and flattens it into a single line of cells. A
table that holds another table, or whose cells hold headings, paragraphs or
lists and which has no header cells, lays the page out; its rows and cells
are unwrapped into plain blocks before the page is read, so the letter's
paragraphs stay paragraphs. A table of data (header cells, short values) is
left as it is.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.etree import ParserError
from lxml.html import HtmlElement

_PARSER = lxml_html.HTMLParser(encoding="utf-8")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote")


def without_layout_tables(markup: str) -> str:
    """``markup`` with its layout tables turned into plain blocks; as it was when it has
    none (or cannot be parsed)."""
    if "<table" not in markup.lower():
        return markup
    try:
        tree = lxml_html.fromstring(markup.encode("utf-8"), parser=_PARSER)
    except (ParserError, ValueError):
        return markup
    layout = [table for table in tree.iter("table") if _lays_out(table)]
    if not layout:
        return markup
    for table in layout:
        for part in _own_parts(table):
            part.tag = "div"
            part.attrib.pop("colspan", None)
            part.attrib.pop("rowspan", None)
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


def _lays_out(table: HtmlElement) -> bool:
    """Whether a table sets out the page rather than data."""
    if any(inner is not table for inner in table.iter("table")):
        return True
    cells = [part for part in _own_parts(table) if part.tag in ("td", "th")]
    if any(cell.tag == "th" for cell in cells):
        return False
    return any(next(cell.iter(*_BLOCKS), None) is not None for cell in cells)


def _own_parts(table: HtmlElement) -> list[HtmlElement]:
    """The table element and its rows and cells, not those of tables inside it."""
    parts = [table]
    for element in table.iterdescendants(*_TABLE_PARTS):
        owner = next(element.iterancestors("table"), None)
        if owner is table and element.tag != "table":
            parts.append(element)
    return parts
