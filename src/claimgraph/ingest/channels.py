"""Messaging-app channel histories saved as text: each message a post.

A channel's exported history prints, for every message, its time in brackets
and the channel's name, then the text with the app's furniture around it:
"Forwarded from ...", placeholders for media the export left out ("Photo",
"Video"), a line of hashtags, a view counter ("👁 12.4K"), a line of
reactions, pin and edit markers, polls. The text is the channel's own
reporting, except a forwarded message, which carries the words of the channel
it came from; each message is therefore kept as a post with its writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from claimgraph.ingest.text import clean_text
from claimgraph.ingest.threads import ThreadPost, placed
from claimgraph.model import Document, DroppedLine

# "[14.10.2025 08:42]", also "Dry Zone Dispatch, [14.10.2025 08:42]" as copied
# from the desktop app.
_STAMP = re.compile(
    r"^(?:(?P<name>[^\[\]]{1,80}),\s*)?\[(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./]"
    r"(?P<year>\d{4})[ ,T]+\d{1,2}:\d{2}(?::\d{2})?\]$"
)
# At least this many timestamped messages make a history rather than a story
# that happens to quote a timestamp.
MIN_MESSAGES = 3
_FORWARDED = re.compile(r"^forwarded from:?\s+(?P<source>\S.{0,100}?)\s*$", re.IGNORECASE)
_SERVICE = re.compile(r"^.{1,80}\s(?:pinned|unpinned|changed the (?:channel|group) \w+)\b.*$")
_FURNITURE = (
    ("media placeholder", re.compile(
        r"^(?:photo|video|sticker|gif|animation|audio|file|document|voice message|"
        r"video message|album)(?:\s*\(\d+\))?$", re.IGNORECASE)),
    ("hashtags", re.compile(r"^(?:#[\w-]+[\s,]*)+$")),
    ("view counter", re.compile(r"^(?:👁\ufe0f?|views?:?)\s*\d[\d.,]*\s*[KkMm]?$")),
    ("reactions", re.compile(r"^(?:[^\w\s]+\s*\d[\d.,]*\s*[KkMm]?\s*)+$")),
    ("edit marker", re.compile(r"^(?:✏\ufe0f?\s*)?edited\b.{0,40}$", re.IGNORECASE)),
    ("pin marker", re.compile(r"^📌\s*pinned message$", re.IGNORECASE)),
    ("link", re.compile(r"^[^\w\s\"'“(]{1,3}\s*(?:.*\s)?(?:https?://\S+|\S+\.\w{2,4})$")),
)  # fmt: skip
# A poll: its label line, then question, options and vote count to the message's end.
_POLL = re.compile(r"^(?:📊\s*)?(?:anonymous |public )?poll\b.{0,30}$", re.IGNORECASE)
HEADER_REASON = "export header"


@dataclass
class ChannelHistory:
    """A channel's history read into messages, with what was set aside."""

    title: str
    channel: str
    published: date | None
    posts: list[ThreadPost] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)


def channel_history(text: str) -> ChannelHistory | None:
    """The messages of an exported channel history; None for any other text."""
    lines = [line.strip() for line in text.splitlines()]
    stamps = [i for i, line in enumerate(lines) if _STAMP.match(line)]
    if len(stamps) < MIN_MESSAGES:
        return None
    header = [line for line in lines[: stamps[0]] if line]
    senders = [_sender(lines, i) for i in stamps]
    channel = _most_common([s for s in senders if s]) or (header[0] if header else "")
    title = header[0] if header else channel
    history = ChannelHistory(title, _channel_name(title, channel), _day(lines[stamps[-1]]))
    history.dropped += [(line, HEADER_REASON) for line in header[1:]]
    for at, start in enumerate(stamps):
        end = stamps[at + 1] if at + 1 < len(stamps) else len(lines)
        _read_message(history, lines[start:end], channel)
    return history


def clean_channel(text: str) -> Document | None:
    """A channel's exported history as a Document whose posts are its messages;
    None when ``text`` is not such a history."""
    history = channel_history(text)
    if history is None:
        return None
    paragraphs = [line for post in history.posts for line in post.lines]
    document = clean_text(
        "\n\n".join(paragraphs),
        title=history.title,
        outlet=history.channel,
        published=history.published,
    )
    own = tuple(DroppedLine(line, reason) for line, reason in history.dropped)
    return replace(
        document, posts=placed(history.posts, document.body), dropped=own + document.dropped
    )


def _read_message(history: ChannelHistory, lines: list[str], channel: str) -> None:
    """One message: its furniture dropped, its text kept with its writer."""
    history.dropped.append((lines[0], "message time"))
    rest = [line for line in lines[1:] if line]
    if rest and rest[0] in (_sender(lines, 0), channel):
        history.dropped.append((rest.pop(0), "message sender"))
    writer, kind = history.channel, "outlet"
    kept: list[str] = []
    for index, line in enumerate(rest):
        forwarded = _FORWARDED.match(line)
        if forwarded:
            writer = forwarded["source"]
            history.dropped.append((line, "forwarded from"))
            continue
        if _SERVICE.match(line) and not kept and index == len(rest) - 1:
            history.dropped.append((line, "service message"))
            continue
        if _POLL.match(line):
            history.dropped += [(poll, "poll") for poll in rest[index:]]
            break
        reason = next((r for r, pattern in _FURNITURE if pattern.match(line)), None)
        if reason is not None:
            history.dropped.append((line, reason))
        else:
            kept.append(line)
    if kept:
        history.posts.append(ThreadPost(writer, tuple(kept), kind=kind))


def _sender(lines: list[str], stamp: int) -> str | None:
    """The name printed with a message: in its stamp line or on the line after."""
    match = _STAMP.match(lines[stamp])
    if match and match["name"]:
        return match["name"].strip()
    after = next((line for line in lines[stamp + 1 : stamp + 3] if line), "")
    short = 0 < len(after.split()) <= 6 and not after.endswith((".", "!", "?", ":"))
    return after if short and not _STAMP.match(after) else None


def _most_common(names: list[str]) -> str | None:
    """The name printed most often: the channel's, in its own history."""
    return max(names, key=names.count) if names else None


def _channel_name(title: str, channel: str) -> str:
    """The channel's name, from "Dry Zone Dispatch (@handle) - channel history"."""
    name = re.split(r"\s+(?:\(@|[-–—|]\s)", title, maxsplit=1)[0].strip()
    return channel if channel and channel.startswith(name) else name or channel


def _day(stamp: str) -> date | None:
    """The day of a message's stamp line."""
    match = _STAMP.match(stamp)
    if match is None:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
