"""Read RSS 2.0 and Atom feeds from bytes: the items a monitor should look at.

Pure: bytes in, :class:`Feed` out. feedparser is always given the bytes
themselves, never a string, because given a string it may treat it as a URL
or a file name and open it. Item links are made absolute against the feed's
address, and each item gets a *signature* that changes when the publisher
edits the entry, so a monitor can skip the items it has already seen.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin

import feedparser

from claimgraph.errors import InputError


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: the page it links to and what the feed says about it."""

    url: str
    title: str | None
    published: date | None
    guid: str
    signature: str


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title, format (``rss20``, ``atom10``...) and items in feed order."""

    title: str | None
    version: str
    items: tuple[FeedItem, ...]


def parse_feed(data: bytes, *, base_url: str) -> Feed:
    """Parse feed bytes; InputError when they are not an RSS or Atom feed."""
    parsed = feedparser.parse(
        data, response_headers={"content-location": base_url}, sanitize_html=False
    )
    version = str(parsed.get("version") or "")
    if not version:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise InputError(f"not an RSS or Atom feed{detail}", subject=base_url)
    items = []
    for entry in parsed.entries:
        item = _item(entry, base_url)
        if item is not None:
            items.append(item)
    feed_title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title=feed_title or None, version=version, items=tuple(items))


def _item(entry: Any, base_url: str) -> FeedItem | None:
    """One entry as a FeedItem; entries without a link to an http(s) page are skipped."""
    link = str(entry.get("link") or "").strip()
    if not link:
        return None
    url = urljoin(base_url, link)
    if not url.startswith(("http://", "https://")):
        return None
    guid = str(entry.get("id") or url)
    title = entry.get("title")
    # dict.get: feedparser's own get warns when it maps a missing "updated" to "published".
    published = _date(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed"))
    stamp = str(dict.get(entry, "updated") or dict.get(entry, "published") or "")
    signature = hashlib.sha256(f"{guid}\n{url}\n{title}\n{stamp}".encode()).hexdigest()[:16]
    return FeedItem(
        url=url,
        title=str(title) if title else None,
        published=published,
        guid=guid,
        signature=signature,
    )


def _date(parsed: Any) -> date | None:
    """A feedparser time tuple (UTC) as a date."""
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except (AttributeError, ValueError):
        return None
