"""Letters to the editor: each letter's paragraphs are its signed writer's."""

from __future__ import annotations

from claimgraph.model import Claim, Document
from claimgraph.nlp.extract import get_extractor

LETTERS = (
    "Counting the fighters\n\n"
    "Sir — Your report on the border war overstated the strength of the NDC-R.\n\n"
    "Your correspondent put the FDLR at some 1,500 fighters.\n\n"
    "My own estimate is that the NDC-R has no more than 600 fighters in Walikale.\n\n"
    "Dr Amani Kasereka\n\n"
    "Lecturer in political science, University of Goma\n\n"
    "Goma\n\n"
    "A rebuttal\n\n"
    "Sir — The government rejects your article in the strongest terms.\n\n"
    "The M23 has at most 3,000 fighters, and Rwanda funds the M23.\n\n"
    "Jean-Pierre Mukendi\n\n"
    "First counsellor, Embassy of the Democratic Republic of the Congo\n\n"
    "London\n\n"
    "The NDC-R operates in Pinga."
)


def sources(claims: list[Claim]) -> dict[tuple[str, str, str | None], str]:
    """The source of each (predicate, subject, object)."""
    return {
        (c.predicate, c.subject.name, c.object.name if c.object else None): c.source.name
        for c in claims
    }


def test_each_letter_is_its_signers_and_an_envoys_letter_his_states() -> None:
    claims = get_extractor().extract(Document.create(LETTERS, outlet="Parallax")).claims
    found = sources(claims)
    assert found[("fighters", "NDC-R", None)] == "Amani Kasereka"
    assert found[("fighters", "FDLR", None)] == "Parallax"  # the paper's own correspondent
    assert found[("operates_in", "NDC-R", "Walikale")] == "Amani Kasereka"
    assert found[("fighters", "M23", None)] == "DR Congo"
    assert found[("funds", "Rwanda", "M23")] == "DR Congo"
    # after the last sign-off the page speaks in its own voice again
    assert found[("operates_in", "NDC-R", "Pinga")] == "Parallax"


def test_a_letter_nobody_signs_stays_the_pages() -> None:
    text = (
        "Sir — The M23 has at most 3,000 fighters in Masisi.\n\n"
        "Rwanda funds the M23, and it deserves to be said.\n\n"
        "Comments are closed on this page."
    )
    claims = get_extractor().extract(Document.create(text, outlet="Parallax")).claims
    assert {c.source.name for c in claims} == {"Parallax"}
