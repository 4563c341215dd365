"""FollowTheMoney, GraphML/GEXF and CSV/Parquet exports, checked by the tools that read them."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from followthemoney import model
from sqlalchemy import Engine

from claimgraph.export.data import ExportData, collect
from claimgraph.export.ftm import actor_entity_id, build_entities, write_ftm
from claimgraph.export.graph import build_graph, write_graph
from claimgraph.export.tables import columns_of, flat, write_table

# --- FollowTheMoney -----------------------------------------------------------------


def test_every_entity_is_valid_in_the_followthemoney_model(data: ExportData) -> None:
    entities = build_entities(data)
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    for entity in entities:
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract, entity["schema"]
        assert set(schema.required) <= set(entity["properties"]), entity
        schema.validate(entity)  # type: ignore[arg-type]  # raises InvalidData on a bad value
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            assert prop is not None, f"{entity['schema']}.{name}"
            if prop.type.name == "entity":
                assert set(values) <= ids, f"{entity['schema']}.{name} points outside the file"


def test_ftm_validate_reads_the_file_back_unchanged(data: ExportData, out: Path) -> None:
    path = out / "kb.ftm.json"
    write_ftm(data, path)
    ftm = Path(sys.executable).with_name("ftm")
    result = subprocess.run(
        [str(ftm), "validate", "-i", str(path)], capture_output=True, text=True, check=True
    )
    written = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    cleaned = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["id"], e["schema"], e["properties"]) for e in cleaned] == [
        (e["id"], e["schema"], e["properties"]) for e in written
    ]


@pytest.mark.parametrize(
    ("subject", "predicate", "schema", "source_prop", "target_prop"),
    [
        ("sirajuddin-haqqani", "leads", "Directorship", "director", "organization"),
        ("sirajuddin-haqqani", "member_of", "Membership", "member", "organization"),
        ("al-qaeda", "allegiance", "Membership", "member", "organization"),
        ("taliban", "protects", "UnknownLink", "subject", "object"),
        ("ttp", "operates_in", "UnknownLink", "subject", "object"),
    ],
)
def test_relations_map_to_ftm_schemata(
    data: ExportData, subject: str, predicate: str, schema: str, source_prop: str,
    target_prop: str,
) -> None:  # fmt: skip
    (found,) = [
        e
        for e in build_entities(data)
        if e["schema"] == schema
        and e["properties"].get("role") == [predicate.replace("_", " ")]
        and e["properties"].get(source_prop) == [actor_entity_id(data.actors[subject])]
    ]
    assert found["properties"][target_prop]
    assert found["properties"]["proof"]
    assert found["properties"]["status"][0][0] in "ABCDEF"


def test_actor_kinds_map_to_ftm_schemata(data: ExportData) -> None:
    schemata = {
        e["properties"]["name"][0]: e["schema"]
        for e in build_entities(data)
        if e["schema"] in ("Organization", "PublicBody", "Person", "Address")
    }
    assert schemata["ISIS-K"] == "Organization"
    assert schemata["Afghanistan"] == "PublicBody"
    assert schemata["Sirajuddin Haqqani"] == "Person"
    assert schemata["Kunar"] == "Address"


def test_each_claim_is_documented_with_its_sentence(data: ExportData) -> None:
    documentation = [e for e in build_entities(data) if e["schema"] == "Documentation"]
    assert len(documentation) == len(data.claims)
    sentences = {c["evidence"]["sentence"] for c in data.claims.values()}
    assert {e["properties"]["summary"][0] for e in documentation} == sentences


# --- GraphML and GEXF --------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_reads_back_with_the_same_counts(data: ExportData, out: Path, fmt: str) -> None:
    path = out / f"kb.{fmt}"
    written = write_graph(data, path, fmt=fmt)
    graph = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    expected = build_graph(data)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (
        expected.number_of_nodes(),
        expected.number_of_edges(),
    )
    assert written == {"nodes": 9, "edges": 12}
    protects = [
        d
        for _, _, d in graph.edges(data=True)
        if d["predicate"] == "protects" and d["polarity"] == "asserted"
    ]
    assert protects[0]["grade"] == "B2" and protects[0]["sources"] == 2
    assert graph.nodes["taliban"]["kind"] == "armed_group"
    assert graph.nodes["taliban"]["mentions"] > 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_are_deterministic(store: Engine, out: Path, fmt: str) -> None:
    write_graph(collect(store), out / "a", fmt=fmt)
    write_graph(collect(store), out / "b", fmt=fmt)
    assert (out / "a").read_bytes() == (out / "b").read_bytes()


# --- CSV and Parquet ---------------------------------------------------------------


@pytest.mark.parametrize("table", ["claims", "assertions"])
def test_columns_are_the_flattened_contract(data: ExportData, table: str) -> None:
    records = list(data.claims.values()) if table == "claims" else data.assertions
    with_value = next(r for r in records if r["value"])
    with_object = next(r for r in records if r["object"])
    full = dict(with_value, object=with_object["object"])  # keys stay in contract order
    assert [name for name, _ in columns_of(table)] == list(flat(full))


@pytest.mark.parametrize("table", ["claims", "assertions"])
def test_csv_holds_every_row_and_column(data: ExportData, out: Path, table: str) -> None:
    path = out / f"{table}.csv"
    count = write_table(data, path, table=table, fmt="csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count == (len(data.claims) if table == "claims" else len(data.assertions))
    assert list(rows[0]) == [name for name, _ in columns_of(table)]
    if table == "assertions":
        reasons = json.loads(rows[0]["grade_reasons"])
        assert reasons == data.assertions[0]["grade_reasons"]


@pytest.mark.parametrize("table", ["claims", "assertions"])
def test_parquet_reads_back_typed(store: Engine, data: ExportData, out: Path, table: str) -> None:
    path = out / f"{table}.parquet"
    write_table(data, path, table=table, fmt="parquet")
    read = pq.read_table(path)
    assert read.column_names == [name for name, _ in columns_of(table)]
    rows = read.to_pylist()
    source = list(data.claims.values()) if table == "claims" else data.assertions
    assert [r["id"] for r in rows] == [s["id"] for s in source]
    if table == "assertions":
        assert rows[0]["claims"] == source[0]["claims"]
    write_table(collect(store), out / "again.parquet", table=table, fmt="parquet")
    assert (out / "again.parquet").read_bytes() == path.read_bytes()
