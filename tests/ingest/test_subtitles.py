"""Subtitle files: cues joined into running text, cards and sounds set aside."""

from __future__ import annotations

from pathlib import Path

from claimgraph.ingest.reader import read_documents
from claimgraph.model import Document

_SPEECH = [
    "[distant gunfire]",
    "PART ONE: THE BORDER",
    "The ELN, founded in 1964 by students",
    "inspired by the Cuban revolution,",
    "is Colombia's oldest guerrilla army.",
    "Mateo Villamizar, conflict researcher",
    "The ELN has about 6,000 people,",
    "if you count the urban militias.",
    "- Who is winning?\n- Nobody. The people are losing.",
    "[rooster crowing]",
    "The talks have not resumed.",
    "Nobody expects them to.",
]


def _srt(texts: list[str]) -> str:
    """A SubRip track with one cue per text."""
    cues = [
        f"{n}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{text}\n"
        for n, text in enumerate(texts, start=1)
    ]
    return "\n".join(cues)


def _read(tmp_path: Path, texts: list[str]) -> Document:
    path = tmp_path / "film.srt"
    path.write_text(_srt(texts), encoding="utf-8")
    (document,) = read_documents([path], max_bytes=10**6)
    assert isinstance(document, Document)
    return document


def test_cues_are_joined_into_sentences_and_turns(tmp_path: Path) -> None:
    document = _read(tmp_path, _SPEECH)
    paragraphs = document.body.split("\n\n")
    assert (
        "The ELN, founded in 1964 by students inspired by the Cuban revolution, is Colombia's "
        "oldest guerrilla army." in paragraphs
    )
    assert "Who is winning?" in paragraphs and "Nobody. The people are losing." in paragraphs
    assert "00:00" not in document.body and "[" not in document.body


def test_cards_and_sounds_are_set_aside_and_a_card_names_the_next_speaker(
    tmp_path: Path,
) -> None:
    document = _read(tmp_path, _SPEECH)
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["PART ONE: THE BORDER"] == "title card"
    assert reasons["Mateo Villamizar, conflict researcher"] == "name card"
    assert reasons["[rooster crowing]"] == "caption sound"
    assert "Mateo Villamizar" not in document.body
    speakers = {document.body[p.start : p.start + 20]: p.author for p in document.posts}
    assert speakers == {"The ELN has about 6,": "Mateo Villamizar"}


def test_a_few_timed_lines_are_no_subtitle_track(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Schedule\n\n1\n00:00:01,000 --> 00:00:02,000\nThe ELN has 6,000 people.\n",
        encoding="utf-8",
    )
    (document,) = read_documents([path], max_bytes=10**6)
    assert isinstance(document, Document)
    assert "00:00:01,000" in document.body or any(
        "00:00:01,000" in d.line for d in document.dropped
    )
    assert not any(d.reason == "subtitle timing" for d in document.dropped)


def test_a_webvtt_track_without_hours_is_read_alike(tmp_path: Path) -> None:
    cues = [f"00:{n:02d}.000 --> 00:{n:02d}.900\n{text}\n" for n, text in enumerate(_SPEECH)]
    path = tmp_path / "film.vtt"
    path.write_text("WEBVTT\n\n" + "\n".join(cues), encoding="utf-8")
    (document,) = read_documents([path], max_bytes=10**6)
    assert isinstance(document, Document)
    assert "if you count the urban militias." in document.body
    assert "00:" not in document.body


def test_the_credits_copyright_line_names_the_films_publisher(tmp_path: Path) -> None:
    credits = ["Written and directed by Inés Carvajal", "© 2025 Lumen Docs. All rights reserved."]
    document = _read(tmp_path, [*_SPEECH, *credits])
    assert document.outlet == "Lumen Docs"
    assert "Carvajal" not in document.body
    assert {"credits", "footer"} <= {d.reason for d in document.dropped}
