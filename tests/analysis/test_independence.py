"""Near-duplicate articles by MinHash, and ultimate-source keys."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.analysis.independence import near_duplicates, signature, similarity, source_key
from claimgraph.nlp.gazetteer import load_gazetteer

WIRE = (
    "The Islamic State group's branch in Afghanistan has grown in size and remains the most "
    "serious terrorist threat in the region, United Nations sanctions monitors said in a report "
    "released on Tuesday. The branch is estimated to have between 4,000 and 6,000 fighters, "
    "according to the report by the monitoring team, which tracks militant groups for the "
    "Security Council. Member states told the monitors that the group's leader may have been "
    "killed in Kunar province in June, although the report said this had not been confirmed."
)
COPY = WIRE.replace("on Tuesday", "this week") + " Reporting by the wire desk; editing by staff."
REWRITE = (
    "A panel of the United Nations that watches sanctions on militant groups concluded that the "
    "Afghan wing of the Islamic State counts somewhere between 4,000 and 6,000 fighters. The "
    "group has fought the Taliban since they returned to power and is their most dangerous rival."
)


def test_a_syndicated_copy_is_a_near_duplicate_and_a_rewrite_is_not() -> None:
    signatures = {
        name: signature(body)
        for name, body in {"wire": WIRE, "copy": COPY, "rewrite": REWRITE, "empty": ""}.items()
    }
    assert similarity(signatures["wire"], signatures["copy"]) > 0.6
    assert similarity(signatures["wire"], signatures["rewrite"]) < 0.2
    dates = {"wire": date(2023, 7, 25), "copy": date(2023, 7, 24), "rewrite": None, "empty": None}
    roots = near_duplicates(signatures, dates, bands=32, threshold=0.6)
    assert roots == {"wire": "copy", "copy": "copy", "rewrite": "rewrite", "empty": "empty"}


def test_signatures_are_stable_across_calls() -> None:
    assert signature(WIRE).tobytes() == signature(WIRE).tobytes()


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ({"name": "U.N. Monitoring Team", "kind": "document"}, "actor:un-monitoring-team"),
        ({"name": "the Monitoring Team", "kind": "organization"}, "actor:un-monitoring-team"),
        ({"name": "Dr. Leila Haddad", "kind": "person"}, "name:dr leila haddad"),
        ({"name": "Global Wire Service", "kind": "outlet"}, "article:doc-1"),
    ],
)
def test_ultimate_source_keys(source: dict[str, str], key: str) -> None:
    assert source_key(source, "doc-1", load_gazetteer()) == key
