"""Discussion threads: each post is in its writer's voice.

On a forum the page asserts nothing of its own: "my own read: they have no
more than 200 fighters" is the poster's estimate, and a poster's "according to
the Defensoría" names the Defensoría as usual. The cleaner records where each
post begins; here every paragraph gets its post's writer as its voice, the way
a transcript's turn gets its speaker.
"""

from __future__ import annotations

from bisect import bisect_right

from claimgraph.model import Post, Source
from claimgraph.nlp.segments import Segment


def post_writers(posts: tuple[Post, ...], segments: list[Segment]) -> dict[int, Source]:
    """The writer of each paragraph of a thread, by paragraph number."""
    starts = [post.start for post in posts]
    out: dict[int, Source] = {}
    for seg in segments:
        index = bisect_right(starts, seg.span.start_char) - 1
        if index >= 0:
            out[seg.paragraph] = Source(posts[index].author, "person")
    return out
