"""assertions, disputes, brief, actors merge/split and sources rate on a real SQLite store.

Documents are written for the case and stored with hand-made extractions, so
consolidation is tested independently of extraction quality.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli.app import app
from claimgraph.model import Actor, Claim, Document, Evidence, Extraction, Source, Value
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.repository import save_extraction

ISISK = Actor("isis-k", "ISIS-K", "armed_group")
TALIBAN = Actor("taliban", "Taliban", "armed_group")
TTP = Actor("ttp", "TTP", "armed_group")
WILAYAT = Actor("wilayat-khurasan-x", "Wilayat Khurasan X", "armed_group", origin="learned")
REPORT = Source("UN Monitoring Team", "document")
WIRE = (
    "ISIS-K is estimated to have between 4,000 and 6,000 fighters, the UN Monitoring Team said "
    "in a report released on Tuesday to the Security Council members.\n\n"
    "The Taliban continue to shelter the TTP and its leaders in eastern Afghanistan, the report "
    "said, adding that the group's camps were in Kunar and Nangarhar.\n\n"
    "Member states told the monitors that the group's leader may have been killed in June."
)
runner = CliRunner()


def extraction(
    body: str,
    outlet: str,
    published: date,
    claims: list[tuple[str, str, Actor, Actor | None, Value | None, str, Source]],
) -> Extraction:
    document = Document.create(body, title=f"{outlet} story", outlet=outlet, published=published)
    made = []
    for needle, predicate, subject, obj, value, polarity, source in claims:
        start = body.index(needle)
        end = body.index(".", start) + 1
        made.append(
            Claim(
                doc_id=document.id,
                type="strength" if value else "relation",
                predicate=predicate,
                subject=subject,
                object=obj,
                value=value,
                polarity=polarity,
                source=source,
                evidence=Evidence(body[start:end], start, end),
            )
        )
    actors = {a.id: a for c in made for a in (c.subject, c.object) if a}
    return Extraction(document, (), tuple(made), tuple(actors.values()))


def wire_claims(source: Source = REPORT) -> list:
    return [
        ("ISIS-K is estimated", "fighters", ISISK, None, Value(4000, 6000), "asserted", source),
        ("The Taliban continue", "protects", TALIBAN, TTP, None, "asserted", source),
    ]


@pytest.fixture
def db(db_url: str) -> str:
    url = db_url
    engine = create_db_engine(url)
    migrate(engine)
    stories = [
        extraction(WIRE, "Global Wire", date(2023, 7, 25), wire_claims()),
        # A syndicated copy: the same article with a line added.
        extraction(
            WIRE + "\n\nRead more stories on our site.",
            "Eastern Ledger",
            date(2023, 7, 25),
            wire_claims(),
        ),
        # Another outlet relaying the same report in its own words.
        extraction(
            "ISIS-K has between 4,000 and 6,000 fighters, according to the UN report.",
            "Frontline Dispatch",
            date(2023, 7, 27),
            [("ISIS-K has", "fighters", ISISK, None, Value(4000, 6000), "asserted", REPORT)],
        ),
        # An independent expert agreeing.
        extraction(
            "ISIS-K has some 5,000 fighters, said Leila Haddad, a senior fellow.",
            "Meridian Review",
            date(2023, 8, 2),
            [
                (
                    "ISIS-K has",
                    "fighters",
                    ISISK,
                    None,
                    Value(5000, 5000, approx=True),
                    "asserted",
                    Source("Leila Haddad", "person"),
                )
            ],
        ),
        # A smaller estimate made three months later: a dispute.
        extraction(
            "Wilayat Khurasan X fields between 1,500 and 2,200 fighters, officials <script>x</script> said.",
            "Steppe Observer",
            date(2023, 10, 16),
            [
                (
                    "Wilayat Khurasan X fields",
                    "fighters",
                    WILAYAT,
                    None,
                    Value(1500, 2200),
                    "asserted",
                    Source("Regional officials", "organization"),
                )
            ],
        ),
        # A denial by the Taliban spokesman.
        extraction(
            "The Islamic Emirate does not shelter the TTP, Zabihullah Mujahid said.",
            "Indus Wire",
            date(2023, 7, 29),
            [
                (
                    "The Islamic Emirate",
                    "protects",
                    TALIBAN,
                    TTP,
                    None,
                    "denied",
                    Source("Zabihullah Mujahid", "person"),
                )
            ],
        ),
    ]
    for story in stories:
        assert save_extraction(engine, story) == "stored"
    return url


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def jsonl(*args: str) -> list[dict]:
    output = invoke(*args, "--format", "jsonl")
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_sources_relays_and_documents(db: str) -> None:
    rows = jsonl("assertions", "--actor", "ISKP", "--type", "strength", "--db", db)
    big = next(r for r in rows if r["value"] == {"min": 4000, "max": 6000})
    # The report relayed by three articles (four documents: one is a copy), plus the expert.
    assert (big["sources"], big["relays"], big["documents"]) == (2, 3, 4)
    assert big["source_names"] == ["UN Monitoring Team", "Leila Haddad"]
    assert big["disputed"] is False  # the smaller estimate names another actor until merged
    assert set(big) >= {
        "id",
        "type",
        "predicate",
        "subject",
        "object",
        "value",
        "first_seen",
        "last_seen",
        "disputed_by",
        "grade",
        "grade_reasons",
        "claims",
    }
    assert big["first_seen"] == "2023-07-25" and big["last_seen"] == "2023-08-02"


def test_disputes_list_the_denial_and_the_estimates(db: str) -> None:
    disputes = jsonl("disputes", "--db", db)
    assert sorted(d["kind"] for d in disputes) == ["denial"]
    invoke("actors", "merge", "Wilayat Khurasan X", "ISIS-K", "--db", db)
    disputes = jsonl("disputes", "--db", db)
    assert sorted(d["kind"] for d in disputes) == ["denial", "estimates"]
    estimates = next(d for d in disputes if d["kind"] == "estimates")
    assert {s["value"]["max"] for s in estimates["sides"]} == {6000, 2200}


def test_merge_and_split_are_recorded_and_reversible(db: str) -> None:
    assert len(jsonl("assertions", "--actor", "isis-k", "--type", "strength", "--db", db)) == 1
    invoke("actors", "merge", "wilayat-khurasan-x", "isis-k", "--note", "same group", "--db", db)
    merges = jsonl("actors", "merges", "--db", db)
    assert merges == [
        {
            "id": "wilayat-khurasan-x",
            "name": "Wilayat Khurasan X",
            "into": "isis-k",
            "why": "merged by the analyst",
        }
    ]
    assert len(jsonl("assertions", "--actor", "isis-k", "--type", "strength", "--db", db)) == 2
    invoke("actors", "split", "wilayat-khurasan-x", "--db", db)
    assert len(jsonl("assertions", "--actor", "isis-k", "--type", "strength", "--db", db)) == 1
    # The listing still works as before.
    assert {row["id"] for row in jsonl("actors", "--db", db)} >= {"isis-k", "taliban"}


def test_merging_an_actor_into_itself_is_one_line(db: str) -> None:
    result = runner.invoke(app, ["actors", "merge", "ISKP", "isis-k", "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith("error: ISKP: already one actor")


def test_rating_a_source_changes_the_grade(db: str) -> None:
    (before,) = jsonl("assertions", "--actor", "TTP", "--type", "relation", "--db", db)[:1]
    assert before["grade"] == "B2"
    invoke("sources", "rate", "U.N. Monitoring Team", "E", "--db", db)
    after = next(
        r for r in jsonl("assertions", "--actor", "TTP", "--db", db) if r["id"] == before["id"]
    )
    assert after["grade"][0] == "E"
    assert "rated E by the analyst" in after["grade_reasons"][0]
    assert jsonl("sources", "list", "--db", db)[0]["reliability"] == "E"


def test_brief_cites_every_line(db: str) -> None:
    invoke("actors", "merge", "Wilayat Khurasan X", "ISIS-K", "--db", db)
    markdown = invoke("brief", "ISIS-K", "--db", db)
    body, sources = markdown.split("## Sources")
    for line in body.splitlines():
        if line.startswith(("- ", "  - ", "| 20", "| undated")) and not line.startswith("- **"):
            assert "[" in line and "]" in line, line
    cited = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", body)}
    listed = {int(line.split(".")[0]) for line in sources.strip().splitlines()}
    assert cited == listed
    assert "disputed" in markdown


def test_brief_html_is_escaped_and_has_a_chart(db: str, tmp_path: Path) -> None:
    invoke("actors", "merge", "Wilayat Khurasan X", "ISIS-K", "--db", db)
    out = tmp_path / "brief.html"
    invoke("brief", "isis-k", "--format", "html", "--output", str(out), "--db", db)
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    data = json.loads(invoke("brief", "isis-k", "--format", "json", "--db", db))
    assert len(data["timeline"]) == 5 and len(data["disputes"]) == 1


def test_brief_since_leaves_out_older_documents(db: str) -> None:
    data = json.loads(
        invoke("brief", "ISIS-K", "--format", "json", "--since", "2023-07-28", "--db", db)
    )
    assert [p["date"] for p in data["timeline"]] == ["2023-08-02"]


def test_unknown_actor_is_one_line(db: str) -> None:
    result = runner.invoke(app, ["brief", "Nobody At All", "--db", db])
    assert result.exit_code == 1
    assert result.output.strip() == "error: Nobody At All: no such actor"


@pytest.mark.slow
def test_brief_on_the_example_corpus(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", url])
    assert result.exit_code == 0, result.output
    markdown = invoke("brief", "ISIS-K", "--db", url)
    body = markdown.split("## Sources")[0]
    assert "## Strength estimates" in body and "4,000\u20136,000" in body
    # every stated line is cited; a pledge's labels for what is reported against it are not
    labels = ("  - Reported against it:", "  - Nothing stored is reported against it.")
    for line in body.splitlines():
        if line.startswith(("- ", "  - ")) and not line.startswith("- **") and line not in labels:
            assert "[" in line, line
