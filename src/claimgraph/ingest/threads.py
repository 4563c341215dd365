"""Discussion threads: every post of a forum page, and who wrote it.

A thread page repeats one block per post: the poster's name and statistics,
the post's text, then buttons. An article extractor keeps the first post and
takes the others for reader comments, yet on a thread page every post is the
content, each in its own writer's voice. We recognise the thread by that
repetition: sibling blocks of one kind, each naming its writer, the first
holding the text the extractor chose. From each we read the text held where
the first post's text sits, and set aside quotations of earlier posts
("ramiro.t wrote: ..."), which repeat what is already on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from claimgraph.ingest.lines import block_text
from claimgraph.model import Post, normalise_text

# Class names that mark where a post block prints its writer.
_WRITER_CLASS = re.compile(
    r"(?:^|[-_\s])(?:user-?name|username|author|poster|post-?author|member-?name)(?:$|[-_\s])",
    re.IGNORECASE,
)
# The header of a quotation of an earlier post: "ramiro.t wrote:", "Quote from X".
_QUOTE_HEADER = re.compile(r"^(?:\S.{0,60}\s(?:wrote|said|posted)|quote from \S.{0,60}):?$", re.I)
_BLOCKS = frozenset({"p", "li", "h2", "h3", "h4", "blockquote", "div", "td", "pre"})
_SPACE = re.compile(r"\s+")
# A writer's name is a handle or a short name, never a sentence.
_NAME_WORDS = 4


@dataclass(frozen=True)
class ThreadPost:
    """One post of a thread or message of a channel: its writer (a source kind
    with the name), its own lines and the lines it quotes."""

    author: str
    lines: tuple[str, ...]
    quoted: tuple[str, ...] = ()
    kind: str = "person"


def placed(posts: list[ThreadPost], body: str) -> tuple[Post, ...]:
    """Where each post begins in the cleaned ``body``: at its first line the cleaner kept."""
    out: list[Post] = []
    cursor = 0
    for post in posts:
        for line in post.lines:
            at = body.find(line[:60], cursor)
            if at >= 0:
                out.append(Post(at, post.author, post.kind))
                cursor = at + 1
                break
    return tuple(out)


def thread_posts(tree: HtmlElement, extracted: list[str]) -> list[ThreadPost]:
    """The posts of a thread page whose first post is what the extractor kept
    (``extracted``, its lines); none for any other page.

    A page whose extractor text already runs past the first block (a live blog
    read whole) is left alone: nothing was lost.
    """
    if not extracted:
        return []
    first = _holder(tree, normalise_text(extracted[0]))
    if first is None:
        return []
    for block in first.iterancestors():
        siblings = _alike(block)
        if len(siblings) < 2:
            continue
        container = _container(first, block, normalise_text(extracted[-1]))
        if container is None:
            return []
        posts = [_post(sibling, container) for sibling in siblings]
        found = [post for post in posts if post is not None]
        if len(found) < 2 or not _missed(found[1:], extracted):
            return []
        return found
    return []


def _holder(tree: HtmlElement, line: str) -> HtmlElement | None:
    """The innermost block whose text starts with ``line``."""
    for element in tree.iter(*_BLOCKS):
        text = normalise_text(element.text_content())
        if text.startswith(line[:80]) and not any(
            normalise_text(child.text_content()).strip().startswith(line[:80])
            for child in element
            if isinstance(child.tag, str)
        ):
            return element
    return None


def _alike(block: HtmlElement) -> list[HtmlElement]:
    """``block`` and its siblings of the same tag and kind that each name a writer,
    when ``block`` does too."""
    parent = block.getparent()
    if parent is None or not _kind(block)[1] or _writer(block) is None:
        return []
    return [
        child for child in parent if _kind(child) == _kind(block) and _writer(child) is not None
    ]


def _kind(block: HtmlElement) -> tuple[str, str]:
    """A block's tag and first class: posts alternate "post bg1" and "post bg2"."""
    classes = (block.get("class") or "").split()
    return block.tag, classes[0] if classes else ""


def _writer(block: HtmlElement) -> str | None:
    """The name a post block gives its writer: a data attribute or the name line."""
    named = block.get("data-author")
    if named and named.strip():
        return named.strip()
    for element in block.iter():
        if not isinstance(element.tag, str):
            continue
        marked = element.get("itemprop") == "author" or _WRITER_CLASS.search(
            element.get("class") or ""
        )
        text = block_text(element)
        if marked and text and len(text.split()) <= _NAME_WORDS:
            return text
    return None


def _container(first: HtmlElement, block: HtmlElement, last: str) -> tuple[str, str] | None:
    """Tag and class of the element that holds the first post's text within its
    block: the innermost ancestor of the first line that also holds the last."""
    for element in [first, *first.iterancestors()]:
        if element is block:
            return None
        text = normalise_text(element.text_content())
        if last[:80] in text and element.get("class"):
            return element.tag, element.get("class") or ""
    return None


def _post(block: HtmlElement, container: tuple[str, str]) -> ThreadPost | None:
    """The writer and text of one post block, from its element like ``container``."""
    author = _writer(block)
    held = next(
        (e for e in block.iter(container[0]) if (e.get("class") or "") == container[1]), None
    )
    if author is None or held is None:
        return None
    lines: list[str] = []
    quoted: list[str] = []
    for line, in_quote in _lines(held, quoting=False):
        (quoted if in_quote else lines).append(line)
    return ThreadPost(author, tuple(lines), tuple(quoted)) if lines else None


def _lines(element: HtmlElement, *, quoting: bool) -> Iterator[tuple[str, bool]]:
    """Block lines under ``element``, each with whether it sits in a quotation of
    another post. Text between blocks is a line of its own
    ("<blockquote>...</blockquote>That count is old.")."""
    if element.tag == "blockquote" or "quote" in (element.get("class") or ""):
        quoting = quoting or _QUOTE_HEADER.match(_first_line(element)) is not None
    run: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            yield from ((line, quoting) for line in _split("".join(run)))
            yield from _lines(child, quoting=quoting)
            run = []
        else:
            run.extend(_piece(child))
        run.append(child.tail or "")
    yield from ((line, quoting) for line in _split("".join(run)))


def _first_line(element: HtmlElement) -> str:
    """The first line of a block: where a quotation names the post it quotes."""
    lines = _broken(element)
    return lines[0] if lines else ""


def _broken(element: HtmlElement) -> list[str]:
    """The lines of a block of text, which a post often breaks with <br> alone."""
    return _split("".join(_flow(element)))


def _split(text: str) -> list[str]:
    """The non-empty lines of ``text``, spaces tidied."""
    return [line for line in (_SPACE.sub(" ", x).strip() for x in text.split("\n")) if line]


def _flow(element: HtmlElement) -> Iterator[str]:
    """The text under ``element`` in reading order, a line break for each <br> and
    around each block."""
    yield element.text or ""
    for child in element:
        yield from _piece(child)
        yield child.tail or ""


def _piece(child: HtmlElement) -> Iterator[str]:
    """The text of one element inside a run of text, without its tail."""
    if child.tag == "br":
        yield "\n"
    elif isinstance(child.tag, str):
        # a block, or the "ramiro wrote:" of a quotation, stands on lines of its own
        apart = child.tag in _BLOCKS or child.tag == "cite"
        yield "\n" if apart else ""
        yield from _flow(child)
        yield "\n" if apart else ""


def _missed(posts: list[ThreadPost], extracted: list[str]) -> bool:
    """True when some later post's text is not among the extracted lines."""
    kept = normalise_text("\n".join(extracted))
    return any(normalise_text(line) not in kept for post in posts for line in post.lines)
