"""Markdown articles: front matter as metadata, markup stripped, text cleaned.

Think-tank pieces and notes often arrive as Markdown. The markup is not part
of what the author says, so it is removed before the text cleaner runs; the
first top-level heading is the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import yaml

from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.text import clean_text
from claimgraph.model import Document, DroppedLine

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_TABLE_DELIMITER = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
# A wiki's boxes of links to read elsewhere: the contents box and the "See also" list,
# each a label over a list of links (and the label's "[edit]" link).
_NAVIGATION = re.compile(
    r"^(?:contents(?:\s*\[(?:hide|show)\])?|see also|external links|further reading)$",
    re.IGNORECASE,
)
_EDIT = re.compile(r"^\s*\[\[?edit\]?(?:\([^)]*\))?\]\s*$", re.IGNORECASE)


def clean_markdown(text: str) -> Document:
    """Clean a Markdown article into a Document."""
    meta, text = _front_matter(text)
    title = meta.get("title")
    cited = _cited_body(text)
    lines: list[str] = []
    navigation: list[DroppedLine] = []
    in_navigation = False
    for raw in _HTML_COMMENT.sub("", text).split("\n"):
        heading = _HEADING.match(raw)
        if heading and title is None and raw.lstrip().startswith("# "):
            title = _inline(heading.group(1))
            continue
        label = _inline(heading.group(1) if heading else raw, listed=False)
        if _NAVIGATION.match(label) and (heading or not raw.startswith((" ", "\t"))):
            in_navigation = True  # "Contents [hide]", "## See also"
        elif in_navigation and (heading or not (_LIST_MARK.match(raw) or _EDIT.match(raw))):
            in_navigation = bool(raw.strip() == "")
        if in_navigation:
            if raw.strip():
                navigation.append(DroppedLine(_inline(raw), "contents"))
            continue
        # a heading's own number ("## 1. Introduction") is no list mark
        text = label if heading else _inline(raw)
        lines.append("" if _RULE.match(raw) else text)
    table = _metadata_table(lines)
    document = clean_text(
        "\n".join(lines),
        keep=_table_rows(lines),
        title=_text_or_none(title),
        outlet=_text_or_none(meta.get("outlet") or meta.get("publisher") or meta.get("site"))
        or cited,
        author=_text_or_none(meta.get("author"))
        or _authors(meta.get("authors"))
        or table.get("author"),
        published=_date_or_none(meta.get("date") or meta.get("published"))
        or _date_or_none(table.get("published")),
        fmt="markdown",
    )
    return replace(document, dropped=(*navigation, *document.dropped))


# Column headings of a table in a piece's header that give its metadata.
_METADATA_COLUMNS = {
    "author": "author",
    "authors": "author",
    "by": "author",
    "date": "published",
    "issued": "published",
    "published": "published",
}
# A table before the first line this long stands in the header.
_PARAGRAPH_WORDS = 25


def _metadata_table(lines: list[str]) -> dict[str, str]:
    """Author and date from a table in the header ("| Author | Affiliation | Issued |"),
    whose rows are then blanked: they are page furniture, not the piece's text."""
    for start, end in _tables(lines):
        if any(len(line.split()) >= _PARAGRAPH_WORDS for line in lines[: start + 1]):
            return {}  # the body has begun
        keys = [_METADATA_COLUMNS.get(cell.lower()) for cell in _cells(lines[start])]
        if not any(keys) or end - start < 3:
            return {}
        values = _cells(lines[start + 2])
        found = {key: value for key, value in zip(keys, values, strict=False) if key and value}
        lines[start:end] = [""] * (end - start)
        return found
    return {}


# A citation entry's author in double braces, BibTeX's mark of a body rather than a
# person: "author = {{Semliki Data Collective}},".
_CITED_BODY = re.compile(r"^\s*author\s*=\s*\{\{([^{}\n]{3,80})\}\}", re.MULTILINE)


def _cited_body(text: str) -> str | None:
    """The body a dataset's or a paper's "cite as" entry names as its author: the
    publisher, when nothing else names one."""
    found = _CITED_BODY.search(text)
    return found.group(1).strip() if found else None


def _cells(row: str) -> list[str]:
    """The stripped cells of a table row."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _table_rows(lines: list[str]) -> frozenset[str]:
    """The rows of the document's tables. A table is content, though its rows look
    like a bar of links."""
    return frozenset(line.strip() for start, end in _tables(lines) for line in lines[start:end])


def _tables(lines: list[str]) -> Iterator[tuple[int, int]]:
    """Where each table starts and ends: a header row, a delimiter row ("| --- | --- |")
    and the rows under it."""
    for index, line in enumerate(lines[1:], 1):
        if not _TABLE_DELIMITER.match(line) or not _TABLE_ROW.match(lines[index - 1]):
            continue
        end = index + 1
        while end < len(lines) and _TABLE_ROW.match(lines[end]):
            end += 1
        yield index - 1, end


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter or a Pandoc title block, if any, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return _title_block(text)
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[match.end() :]


def _title_block(text: str) -> tuple[dict[str, object], str]:
    """A Pandoc title block: up to three opening lines starting with "%", giving the
    title, the authors (separated by ";", each maybe with an affiliation in brackets)
    and the date."""
    lines = text.split("\n")
    count = next((i for i, line in enumerate(lines[:3]) if not line.startswith("%")), 3)
    if count == 0:
        return {}, text
    fields = [line[1:].strip() for line in lines[:count]]
    meta: dict[str, object] = dict(zip(("title", "authors", "date"), fields, strict=False))
    if "authors" in meta:
        meta["authors"] = [_BRACKETED.sub("", a) for a in fields[1].split(";") if a.strip()]
    return {k: v for k, v in meta.items() if v}, "\n".join(lines[count:])


def _inline(line: str, *, listed: bool = True) -> str:
    """Strip inline markup, keeping the words (and a list item's mark when not ``listed``)."""
    line = _QUOTE_MARK.sub("", _LIST_MARK.sub("", line) if listed else line)
    line = _IMAGE.sub(lambda m: f"{m.group(1)}_image" if m.group(1) else "", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    return _EMPHASIS.sub(r"\2", line)


def _authors(value: object) -> str | None:
    """Front matter's list of authors, each maybe with a role ("Zoya Rather, Fellow"):
    their names joined by "and"."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return None
    names = [str(item).split(",")[0].strip() for item in value if str(item).strip()]
    return " and ".join(names) or None


def _text_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _date_or_none(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(str(value)) if value else None
