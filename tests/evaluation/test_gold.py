"""Loading gold: documents, facts, body gold, and errors that point at the line."""

from __future__ import annotations

import json

import pytest

from claimgraph.errors import DataFileError, InputError
from claimgraph.evaluation.gold import find_gold_root, load_split

STRENGTH = {
    "doc": "un-report.txt",
    "type": "strength",
    "subject": "ISIS-K",
    "object": None,
    "predicate": "fighters",
    "value_min": 4000,
    "value_max": 6000,
    "unit": "fighters",
    "source": "UN Monitoring Team",
    "source_kind": "document",
    "polarity": "asserted",
    "hedged": False,
    "evidence": "ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
}
RELATION = {
    **STRENGTH,
    "type": "relation",
    "subject": "Taliban",
    "object": "al Qaeda",
    "predicate": "ally",
    "value_min": None,
    "value_max": None,
    "unit": None,
    "evidence": "The Taliban and al Qaeda remain closely aligned.",
}


def write_lines(path, records):
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


@pytest.fixture
def repo(tmp_path):
    """A checkout with a dev split: facts, an empty claims file, a body-only document."""
    dev = tmp_path / "eval" / "gold" / "dev"
    dev.mkdir(parents=True)
    (tmp_path / "eval" / "gold" / "test").mkdir()
    corpus = tmp_path / "examples" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "empty-brief.pdf").write_bytes(b"%PDF")
    write_lines(dev / "un-report.claims.jsonl", [STRENGTH, RELATION])
    (dev / "empty-brief.claims.jsonl").write_text("", encoding="utf-8")
    body = {"doc": "news.html", "body": ["Body line."], "boilerplate": ["Share"]}
    (dev / "news.body.json").write_text(json.dumps(body, indent=1), encoding="utf-8")
    return tmp_path


def test_load_split_reads_documents_facts_and_bodies(repo):
    split = load_split("dev", repo / "eval" / "gold")
    assert split.documents == ("empty-brief.pdf", "news.html", "un-report.txt")
    assert [(fact.type, fact.predicate) for fact in split.facts] == [
        ("strength", "fighters"),
        ("relation", "ally"),
    ]
    assert split.facts[0].value_min == 4000 and split.facts[0].object is None
    assert split.bodies["news.html"].boilerplate == ("Share",)
    assert split.corpus_paths()[0] == repo / "examples" / "corpus" / "empty-brief.pdf"


def test_a_split_restricted_to_prefixes_keeps_only_their_documents(repo):
    split = load_split("dev", repo / "eval" / "gold").restricted(("un-", "news"))
    assert split.documents == ("news.html", "un-report.txt")
    assert {fact.doc for fact in split.facts} == {"un-report.txt"}
    assert list(split.bodies) == ["news.html"]
    assert load_split("dev", repo / "eval" / "gold").restricted(("zz",)).facts == ()


def test_empty_split(repo):
    split = load_split("test", repo / "eval" / "gold")
    assert (split.documents, split.facts, dict(split.bodies)) == ((), (), {})


def test_missing_split_folder(repo):
    with pytest.raises(InputError, match="no gold split folder"):
        load_split("train", repo / "eval" / "gold")


def test_find_gold_root_walks_up(repo):
    nested = repo / "src" / "claimgraph" / "evaluation"
    nested.mkdir(parents=True)
    assert find_gold_root([nested]) == repo / "eval" / "gold"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (json.dumps({**RELATION, "confidence": 1}), "unknown field"),
        (json.dumps({k: v for k, v in RELATION.items() if k != "hedged"}), "missing field"),
        (json.dumps({**RELATION, "type": "event"}), "type 'event'"),
        (json.dumps({**RELATION, "predicate": "friends"}), "not allowed for relation"),
        (json.dumps({**RELATION, "object": None}), "needs an object"),
        (json.dumps({**RELATION, "value_min": 5}), "strength facts only"),
        (json.dumps({**STRENGTH, "value_min": 7000}), "above value_max"),
        (json.dumps({**STRENGTH, "value_min": None, "value_max": None}), "needs value_min"),
        (json.dumps({**STRENGTH, "value_max": "6000"}), "must be a number"),
        (json.dumps({**STRENGTH, "object": "Afghanistan"}), "has no object"),
        (json.dumps({**RELATION, "hedged": "no"}), "true or false"),
        (json.dumps({**RELATION, "polarity": "negated"}), "polarity 'negated'"),
        (json.dumps({**RELATION, "source_kind": "blog"}), "source_kind 'blog'"),
        (json.dumps({**RELATION, "evidence": " "}), "evidence must be"),
        (json.dumps({**RELATION, "doc": "other.txt"}), "does not belong"),
    ],
)
def test_malformed_gold_line_names_file_and_line(repo, line, message):
    path = repo / "eval" / "gold" / "dev" / "un-report.claims.jsonl"
    path.write_text(json.dumps(STRENGTH) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as caught:
        load_split("dev", repo / "eval" / "gold")
    assert f"{path}:3" in str(caught.value)


def test_malformed_body_gold_names_file_and_line(repo):
    path = repo / "eval" / "gold" / "dev" / "news.body.json"
    path.write_text(
        '{\n "doc": "news.html",\n "body": "Body line.",\n "boilerplate": []\n}', encoding="utf-8"
    )
    with pytest.raises(DataFileError, match="body must be a list of strings") as caught:
        load_split("dev", repo / "eval" / "gold")
    assert f"{path}:3" in str(caught.value)


def test_empty_claims_file_without_corpus_file_is_an_error(repo):
    (repo / "eval" / "gold" / "dev" / "lost.claims.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"no corpus file named lost\.EXT"):
        load_split("dev", repo / "eval" / "gold")


def test_gold_files_naming_two_documents_is_an_error(repo):
    dev = repo / "eval" / "gold" / "dev"
    body = {"doc": "un-report.html", "body": [], "boilerplate": []}
    (dev / "un-report.body.json").write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(DataFileError, match="several documents"):
        load_split("dev", repo / "eval" / "gold")


def test_repository_gold_is_valid_and_splits_are_disjoint():
    root = find_gold_root()
    dev, test = load_split("dev", root), load_split("test", root)
    assert set(dev.documents).isdisjoint(test.documents)
    for split in (dev, test):
        assert [path.name for path in split.corpus_paths() if not path.is_file()] == []
