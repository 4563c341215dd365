"""Reading RSS 2.0 and Atom bytes into feed items (pure: no network)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.feeds import parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontier Wire</title><link>https://wire.example/</link>
<description>News</description>
<item><title>Clashes in Kunar</title><link>/world/kunar</link>
<guid isPermaLink="false">wire-101</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>No link here</title><guid isPermaLink="false">wire-102</guid></item>
<item><title>Mail</title><link>mailto:desk@wire.example</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor Notes</title>
<id>urn:notes</id><updated>2024-03-06T09:00:00Z</updated>
<entry><title>TTP statement \u2013 analysis</title>
<link href="https://notes.example/ttp-statement"/><id>urn:notes:7</id>
<updated>2024-03-06T09:00:00Z</updated></entry>
</feed>""".encode()


def test_rss_items_with_absolute_links_dates_and_guids() -> None:
    feed = parse_feed(RSS, base_url="https://wire.example/rss.xml")
    assert (feed.title, feed.version) == ("Frontier Wire", "rss20")
    assert [item.url for item in feed.items] == ["https://wire.example/world/kunar"]
    item = feed.items[0]
    assert (item.title, item.published, item.guid) == (
        "Clashes in Kunar",
        date(2024, 3, 5),
        "wire-101",
    )


def test_atom_entries() -> None:
    feed = parse_feed(ATOM, base_url="https://notes.example/atom.xml")
    assert feed.version == "atom10"
    assert [(i.url, i.title, i.published) for i in feed.items] == [
        ("https://notes.example/ttp-statement", "TTP statement \u2013 analysis", date(2024, 3, 6))
    ]


def test_the_signature_changes_when_the_entry_is_edited() -> None:
    before = parse_feed(ATOM, base_url="https://notes.example/atom.xml").items[0]
    edited = ATOM.replace(
        b"<updated>2024-03-06T09:00:00Z</updated></entry>",
        b"<updated>2024-03-07T09:00:00Z</updated></entry>",
    )
    after = parse_feed(edited, base_url="https://notes.example/atom.xml").items[0]
    same = parse_feed(ATOM, base_url="https://notes.example/atom.xml").items[0]
    assert before.signature == same.signature
    assert before.signature != after.signature


@pytest.mark.parametrize(
    "data", [b"<html><body><p>A page, not a feed.</p></body></html>", b"", b"just words"]
)
def test_bytes_that_are_not_a_feed_are_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(data, base_url="https://wire.example/feed")


def test_a_string_is_never_treated_as_a_location(tmp_path: object) -> None:
    """The parser gets bytes: text naming a file is parsed as content, not opened."""
    with pytest.raises(InputError):
        parse_feed(b"/etc/passwd", base_url="https://wire.example/feed")
