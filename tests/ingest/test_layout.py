import pytest

from claimgraph.ingest.layout import without_layout_tables

DATA = (
    "<table><tr><th>Group</th><th>Fighters</th></tr>"
    "<tr><td>ISSP</td><td>2,000-3,000</td></tr></table>"
)
NESTED = (
    '<table role="presentation"><tr><td><table><tr><td><p>ISSP has overrun 14 posts.</p>'
    "</td></tr></table></td></tr></table>"
)
BOXED = '<table role="presentation"><tr><td><h2>This week</h2><p>ISSP raided Ouallam.</p></td></tr></table>'


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("body", "tables_left"),
    [
        (DATA, 1),  # header cells and short values: data
        (NESTED, 0),  # a table holding a table lays the page out, both are unwrapped
        (BOXED, 0),  # a heading and a paragraph in a cell: a box of the page
        (NESTED + DATA, 1),  # only the layout goes
    ],
)
def test_layout_tables_are_unwrapped_and_data_tables_kept(body: str, tables_left: int) -> None:
    out = without_layout_tables(_page(body))
    assert out.count("<table") == tables_left
    assert "ISSP" in out


def test_a_page_without_layout_tables_is_returned_as_it_was() -> None:
    page = _page(DATA)
    assert without_layout_tables(page) is page
