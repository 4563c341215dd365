"""Threads and channels: each post is in its writer's voice.

On a forum the page asserts nothing of its own: "my own read: they have no
more than 200 fighters" is the poster's estimate, while a poster's "according
to the Defensoría" names the Defensoría as usual. A channel that forwards a
group's message passes on the group's words, not its own. The cleaner records
where each post begins and who wrote it; here every paragraph gets its post's
writer, who speaks where a story's outlet would.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claimgraph.model import Actor, Post, Source
from claimgraph.nlp.actors import GazetteerLike
from claimgraph.nlp.attribution import actor_source
from claimgraph.nlp.segments import Segment

# "Bamar People's Liberation Army (Official)": a channel's name adds a label.
_LABEL = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
# Longest run of a writer's name words tried against the gazetteer.
_NAME_WORDS = 8


def post_writers(
    posts: tuple[Post, ...], segments: list[Segment], gazetteer: GazetteerLike
) -> dict[int, Source]:
    """The writer of each paragraph of a thread or channel, by paragraph number."""
    starts = [post.start for post in posts]
    writers = [_writer(post, gazetteer) for post in posts]
    out: dict[int, Source] = {}
    for seg in segments:
        index = bisect_right(starts, seg.span.start_char) - 1
        if index >= 0:
            out[seg.paragraph] = writers[index]
    return out


def _writer(post: Post, gazetteer: GazetteerLike) -> Source:
    """A post's writer: the group or state a channel's name names, else as written."""
    actor = _named(_LABEL.sub(" ", post.author).strip(), gazetteer)
    return actor_source(actor) if actor is not None else Source(post.author, post.kind)


def _named(name: str, gazetteer: GazetteerLike) -> Actor | None:
    """The longest run of words of ``name`` the gazetteer knows, places aside
    ("Yinmabin Township People's Defence Force" is a PDF's channel)."""
    words = name.split()[:_NAME_WORDS]
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            actor = gazetteer.lookup(" ".join(words[start : start + size]))
            if actor is not None and actor.kind != "place":
                return actor
    return None
