"""Property tests: the cleaner never loses prose and is idempotent; ids ignore formatting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.ingest.lines import is_prose
from claimgraph.ingest.text import clean_text
from claimgraph.model import document_id

WORDS = st.sampled_from(
    [
        "the",
        "group",
        "said",
        "its",
        "fighters",
        "were",
        "moving",
        "across",
        "the",
        "border",
        "into",
        "several",
        "provinces",
        "while",
        "officials",
        "in",
        "Kabul",
        "and",
        "Islamabad",
        "denied",
        "any",
        "links",
        "to",
        "al",
        "Qaeda",
        "or",
        "ISIS-K",
        "and",
        "analysts",
        "watch",
        "share",
        "views",
        "report",
        "council",
        "monitoring",
        "team",
        "estimated",
        "between",
        "about",
        "thousand",
        "hundred",
        "leaders",
        "training",
        "camps",
    ]
)
CAPITALS = st.sampled_from(["The", "Officials", "Analysts", "A", "In", "Its", "Monitoring"])


@st.composite
def prose_sentence(draw: st.DrawFn) -> str:
    """A mixed-case sentence of ordinary prose, sometimes with a number.

    Ordinary prose is mostly lower case: a draw of nearly all capitalised names
    ("The the Kabul Kabul Kabul Kabul Qaeda.") is no sentence of prose, so at
    least a quarter of the words (and two) start in lower case.
    """
    words = draw(
        st.lists(WORDS, min_size=6, max_size=24).filter(
            lambda ws: sum(w[0].islower() for w in ws) >= max(2, (len(ws) + 2) // 4)
        )
    )
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), f"{draw(st.integers(2, 90000)):,}")
    end = draw(st.sampled_from([".", ".", "?", '."', "!"]))
    return f"{draw(CAPITALS)} {' '.join(words)}{end}"


FURNITURE = st.sampled_from(
    [
        "Views 2K",
        "12",
        "Advertisement",
        "READ MORE: Officials meet in Doha",
        "WATCH: Parade in Kandahar",
        "TALIBAN NAME NEW GOVERNOR FOR KUNAR",
        "Share  Tweet  Email",
        "X",
        "fighters_on_parade_image",
        "Sign up for our newsletter",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(prose_sentence(), min_size=1, max_size=8), st.lists(FURNITURE, max_size=8))
def test_never_drops_a_line_of_prose(sentences: list[str], furniture: list[str]) -> None:
    lines = ["Headline of the day"]
    for index, sentence in enumerate(sentences):
        lines.append(sentence)
        if index < len(furniture):
            lines.append(furniture[index])
    document = clean_text("\n".join(lines))
    assert all(is_prose(sentence) for sentence in sentences)
    assert document.body.split("\n\n") == sentences


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(prose_sentence(), FURNITURE, st.just("")), max_size=12))
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    once = clean_text("\n".join(lines))
    assert clean_text(once.body).body == once.body


@settings(max_examples=200, deadline=None)
@given(st.lists(prose_sentence(), min_size=1, max_size=6), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_id_ignores_spacing_and_line_endings(sentences: list[str], newline: str) -> None:
    compact = "\n\n".join(sentences)
    loose = newline.join(f"  {sentence}  " for sentence in sentences)
    assert document_id(compact) == document_id(loose.replace("\r\n", "\n"))
