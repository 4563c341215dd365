"""Source reliability letters: the shipped table, lookups, and refusal of bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.analysis.ratings import (
    RATING_LETTERS,
    SOURCE_KINDS,
    OutletRatings,
    load_outlet_ratings,
    read_outlet_ratings,
)
from claimgraph.errors import DataFileError
from claimgraph.model import Source


@pytest.fixture(scope="module")
def ratings() -> OutletRatings:
    return load_outlet_ratings()


def test_shipped_defaults_cover_every_source_kind(ratings: OutletRatings) -> None:
    assert set(ratings.defaults) == set(SOURCE_KINDS)
    assert ratings.defaults == {
        "document": "B",
        "organization": "C",
        "person": "C",
        "outlet": "C",
        "actor": "D",
    }
    assert set(ratings.by_name.values()) <= set(RATING_LETTERS)


@pytest.mark.parametrize(
    ("name", "kind", "affiliation", "letter"),
    [
        ("UN Monitoring Team", "document", None, "B"),
        ("the Monitoring Team", "document", None, "B"),
        ("Analytical Support and Sanctions Monitoring Team", "document", None, "B"),
        ("US Department of State", "document", None, "B"),
        ("State Department", "organization", None, "B"),
        ("Institute for the Study of War", "organization", None, "B"),
        ("ISW", "organization", None, "B"),
        ("ACLED", "organization", None, "B"),
        ("International Crisis Group", "organization", None, "B"),
        ("Zabihullah Mujahid", "person", None, "D"),
        ("Zabiullah Mujahid", "person", None, "D"),
        ("Taliban spokesman", "person", None, "D"),
        ("Amaq", "outlet", None, "D"),
        ("Peter Mills", "person", "ISW", "B"),
        ("Peter Mills", "person", None, "C"),
        ("A spokesman", "person", "Taliban", "D"),
        ("Kabul Courier", "outlet", None, "C"),
        ("an unnamed report", "document", None, "B"),
        (None, "actor", None, "D"),
        ("Someone", "rumour", None, "F"),
    ],
)
def test_rating_of_a_source(
    ratings: OutletRatings, name: str | None, kind: str, affiliation: str | None, letter: str
) -> None:
    assert ratings.rating(name, kind, affiliation) == letter


def test_rate_reads_a_source_record(ratings: OutletRatings) -> None:
    assert ratings.rate(Source(name="ISKP", kind="actor")) == "D"
    assert ratings.rate(Source(name="Jane Roe", kind="person", affiliation="ACLED")) == "B"


GOOD = """\
defaults: {document: B, organization: C, person: C, outlet: C, actor: D}
sources:
  - {name: Kabul Courier, rating: E, aliases: [The Courier]}
"""


def test_a_small_file_without_gazetteer(tmp_path: Path) -> None:
    path = tmp_path / "outlets.yaml"
    path.write_text(GOOD, encoding="utf-8")
    ratings = read_outlet_ratings(path)
    assert ratings.rating("the courier", "outlet") == "E"
    assert ratings.rating("Kabul Courier's", "outlet") == "E"
    assert ratings.rating("ISW", "organization") == "C"


@pytest.mark.parametrize(
    ("text", "marker", "reason"),
    [
        (GOOD.replace("rating: E", "rating: G"), "rating: G", "not one of A-F"),
        (GOOD.replace("rating: E", "rating: b"), "rating: b", "not one of A-F"),
        (GOOD.replace(", actor: D}", "}"), "defaults:", "no letter for actor"),
        (GOOD.replace("actor: D", "actor: D, rumour: F"), "defaults:", "unknown source kind"),
        (GOOD + "  - {name: the Kabul Courier, rating: C}\n", "the Kabul Courier", "listed twice"),
        (GOOD + "  - {name: X, rating: C, url: x}\n", "name: X", "unknown field 'url'"),
        (GOOD + "  - {rating: C}\n", "{rating: C}", "no 'name'"),
        (GOOD + "extra: 1\n", "extra: 1", "unknown top-level field"),
    ],
)
def test_broken_file_names_file_and_line(
    tmp_path: Path, text: str, marker: str, reason: str
) -> None:
    path = tmp_path / "outlets.yaml"
    path.write_text(text, encoding="utf-8")
    line = max(i for i, row in enumerate(text.splitlines(), 1) if marker in row)
    with pytest.raises(DataFileError) as caught:
        read_outlet_ratings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert reason in message


def test_two_names_of_one_gazetteer_actor_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "outlets.yaml"
    path.write_text(
        GOOD
        + "  - {name: ISW, rating: B}\n  - {name: Institute for the Study of War, rating: A}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="another name of a source"):
        load_outlet_ratings(path)
