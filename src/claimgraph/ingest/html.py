"""HTML pages: trafilatura finds the main content and metadata; we record the rest.

trafilatura is good at separating an article from navigation, related-link
boxes, cookie banners and footers. Its output still goes through our text
cleaner, because inline promos and counters sit inside the article markup
too. Everything visible on the page that did not make it into the body is
recorded as dropped, so the analyst can check nothing was lost.
"""

from __future__ import annotations

import html as html_text
import itertools
import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from claimgraph.errors import InputError
from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.entries import listed_entries
from claimgraph.ingest.gallery import gallery_captions
from claimgraph.ingest.layout import without_layout_tables
from claimgraph.ingest.lines import QUOTED_POST_REASON, block_text, is_prose
from claimgraph.ingest.text import clean_text
from claimgraph.ingest.threads import ThreadPost, placed, thread_posts
from claimgraph.model import Document, DroppedLine, normalise_text

# Elements that hold a block of text; the innermost ones are read as lines.
_BLOCK_TAGS = frozenset({
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "blockquote",
    "div", "section", "article", "nav", "header", "footer", "aside", "form", "dd", "dt",
    "button",
})  # fmt: skip
_SPACE = re.compile(r"\s+")
_FIGURE_POINT = re.compile(r"^[^:]{1,30}:\s+\S")
# The label of a summary box of the story's main points, or of an article's abstract.
_KEY_POINTS = re.compile(
    r"^(?:key (?:points|facts|figures|findings|takeaways)|at a glance|in brief|"
    r"the (?:essentials|main points)|what we know|background|factbox|abstract|summary)\s*:?$",
    re.IGNORECASE,
)
_LINKED_DATA = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_HOSTNAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# The office a government release is issued by, on the line after "For Immediate Release".
_RELEASE = re.compile(r"^for immediate release$", re.IGNORECASE)
_OFFICE = re.compile(
    r"\b(?:office|department|ministry|directorate|bureau|agency|command|embassy|secretariat)\b",
    re.IGNORECASE,
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title"})
_PARSER = lxml_html.HTMLParser(huge_tree=True, remove_comments=True)


def clean_html(markup: str, *, name: str) -> Document:
    """Extract the article of an HTML page as a Document."""
    # An e-mail's nested layout is read as blocks; its boxes of short items would look
    # like page furniture to an extractor set on precision, so it reads them in full.
    unwrapped = without_layout_tables(markup)
    laid_out, markup = unwrapped != markup, unwrapped
    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=not laid_out,
        )
    except (ValueError, ParserError, RecursionError) as exc:
        raise InputError(f"unreadable HTML ({exc.__class__.__name__})", subject=name) from exc
    if result is not None and not isinstance(result, dict):
        result = result.as_dict()
    if not result or not (result.get("text") or "").strip():
        return _fallback(markup, name=name)
    page = _visible_page(markup)
    visible = _visible_lines(page)
    summary = _standfirst(page, result["text"]) + _key_points(visible, result["text"])
    posts = _thread(page, result["text"])
    text = "\n".join(line for post in posts for line in post.lines) or result["text"]
    entries, first = listed_entries(page, text) if not posts else ([], False)
    text = "\n".join([*entries, text] if first else [text, *entries])
    text = "\n".join([text, *gallery_captions(page, text)])
    document = clean_text(
        "\n".join([*summary, text]),
        title=result.get("title") or None,
        # an e-mail's sender, not the web mail site it was read on
        outlet=None if laid_out else _site_name(result.get("sitename"), markup),
        author=result.get("author") or _issuing_organisation(markup) or _release_issuer(visible),
        published=parse_date(result["date"]) if result.get("date") else None,
        fmt="html",
    )
    quoted = tuple(DroppedLine(line, QUOTED_POST_REASON) for post in posts for line in post.quoted)
    document = replace(
        document, posts=placed(posts, document.body), dropped=document.dropped + quoted
    )
    kept = [document.body, document.title or "", *(d.line for d in document.dropped)]
    folded_page = "\n".join(normalise_text(text) for text in kept)
    outside = tuple(
        DroppedLine(line, "outside main content")
        for line in visible
        if not _covered(line, folded_page)
    )
    return replace(document, url=result.get("url") or None, dropped=document.dropped + outside)


class _TextStream(HTMLParser):
    """Collect visible text, one line per block, without building a tree.

    A streaming parser has no depth limit, so pathological nesting that
    defeats tree builders (libxml2 stops at a fixed depth) still yields text.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS or tag == "br":
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1] += data


def _fallback(markup: str, *, name: str) -> Document:
    """Pages trafilatura cannot read (odd or very deep markup): clean all visible text."""
    stream = _TextStream()
    stream.feed(markup)
    stream.close()
    lines = [_SPACE.sub(" ", line).strip() for line in stream.lines]
    document = clean_text("\n".join(line for line in lines if line), fmt="html")
    if not document.body:
        raise InputError("no article text found in HTML", subject=name)
    return document


def _visible_page(markup: str) -> HtmlElement | None:
    """The page's tree without what a reader never sees (scripts, styles, the head),
    parsed once for every reading of the page; None when it cannot be parsed."""
    try:
        tree = lxml_html.fromstring(markup, parser=_PARSER)
    except (ParserError, ValueError):
        return None
    for bad in tree.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    return tree


def _visible_lines(tree: HtmlElement | None) -> list[str]:
    """Text of the innermost blocks a reader sees on the page, in order, without repeats."""
    if tree is None:
        return []
    seen: set[str] = set()
    lines: list[str] = []
    for element in tree.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in element.iterdescendants()):
            continue
        text = block_text(element)
        if text and text not in seen:
            seen.add(text)
            lines.append(text)
    return lines


def _site_name(sitename: str | None, markup: str) -> str | None:
    """The publisher's name: the extractor's, unless it is only the host's name
    ("main.un.org"), when the page title's last part names the site instead
    ("JNIM | Security Council")."""
    if not sitename or not _HOSTNAME.match(sitename):
        return sitename or None
    title = _TITLE.search(markup)
    text = html_text.unescape(title.group(1)).strip() if title else ""
    parts = re.split(r"\s+[|–—]\s+", text) if text else []
    return parts[-1].strip() if len(parts) > 1 else None


def _thread(tree: HtmlElement | None, text: str) -> list[ThreadPost]:
    """The posts of a discussion thread whose first post the extractor read as
    the article (``text``); none for other pages."""
    if tree is None:
        return []
    return thread_posts(tree, [line for line in text.splitlines() if line.strip()])


def _standfirst(tree: HtmlElement | None, text: str) -> list[str]:
    """The paragraph of prose a news page sets right under its headline, which the
    extractor left out: the story's summary in the newsroom's own words ("Fighters of
    ... have stepped up raids around Mora ..."), and so part of its body.

    Only paragraphs that follow the first headline directly count; a kicker, a
    byline or a date line is no sentence of prose, and ends the search.
    """
    heading = next(tree.iter("h1"), None) if tree is not None else None
    if heading is None:
        return []
    folded_text = normalise_text(text)
    lines: list[str] = []
    for sibling in heading.itersiblings():
        line = block_text(sibling) if sibling.tag == "p" else ""
        if not is_prose(line) or _covered(line, folded_text):
            break
        lines.append(line)
    return lines


def _key_points(visible: list[str], text: str) -> list[str]:
    """A "Key points" box the article puts above its text, which the extractor left out:
    its label and the full sentences under it, as the first lines of the body. ``visible``
    are the page's visible lines.

    Such a box restates the story's claims in the newsroom's own words; it is part of
    what the page says, unlike a box of links.
    """
    folded_text = normalise_text(text)
    lines = [line for line in visible if not _covered(line, folded_text)]
    boxes: list[str] = []
    for index, line in enumerate(lines):
        if not _KEY_POINTS.match(line):
            continue
        points = list(itertools.takewhile(_point, lines[index + 1 :]))
        if points:
            boxes += [line, *points]
    return boxes


def _point(line: str) -> bool:
    """A line of a key-points box: a sentence, or a figure with what it counts
    ("25,000-40,000: armed Fano fighters, in the ... estimate")."""
    return is_prose(line) or (_FIGURE_POINT.match(line) is not None and len(line.split()) >= 6)


def _covered(line: str, folded_page: str) -> bool:
    """True when the line is part of the body, the title or an already dropped line."""
    folded = normalise_text(line)
    return not folded or folded in folded_page


def _release_issuer(visible: list[str]) -> str | None:
    """The office a government press release names under "For Immediate Release"
    ("U.S. Attorney's Office, Southern District of Virginia"): the release is its
    statement, though the department's site publishes it."""
    for line, after in itertools.pairwise(visible):
        if _RELEASE.match(line.strip()) and _OFFICE.search(after):
            return after.strip()
    return None


def _issuing_organisation(markup: str) -> str | None:
    """The organisation a page's linked data names as the author, when another publishes
    it: a portal republishing OCHA's flash update gives OCHA as its author."""
    for block in _LINKED_DATA.findall(markup):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            author, publisher = item.get("author"), item.get("publisher")
            if not isinstance(author, dict) or author.get("@type") != "Organization":
                continue
            name = author.get("name")
            other = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and name.strip() and name != other:
                return name.strip()
    return None
