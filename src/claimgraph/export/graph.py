"""The actor network as GraphML or GEXF (networkx), for Gephi and other graph tools.

Nodes are actors (label, kind, mention and claim counts, aliases); edges are
assertions with an object (relations, presence, pledges and denials to a
named counterpart), keyed by assertion id, with claim type (``claim_type``:
GEXF reserves ``type``), predicate, polarity, grade,
source, relay and document counts, first and last seen dates. Both formats
refuse missing values, so an unknown date is written as an empty string.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

from claimgraph.export.data import ExportData

EDGE_FIELDS = ("predicate", "polarity", "grade", "sources", "relays", "documents")


def build_graph(data: ExportData) -> nx.MultiDiGraph:
    """A directed multigraph of actors and assertions (pure; insertion order is fixed)."""
    graph = nx.MultiDiGraph(name="claimgraph")
    claims: Counter[str] = Counter()
    for assertion in data.assertions:
        for ref in (assertion["subject"], assertion.get("object")):
            if ref:
                claims[str(ref["id"])] += len(assertion["claims"])
    for actor_id, actor in data.actors.items():
        graph.add_node(
            actor_id,
            label=str(actor["name"]),
            kind=str(actor["kind"]),
            mentions=int(actor.get("mentions") or 0),
            claims=claims[actor_id],
            aliases="; ".join(actor.get("aliases") or []),
        )
    for assertion in data.assertions:
        obj = assertion.get("object")
        if not obj:
            continue
        attributes: dict[str, Any] = {name: assertion[name] for name in EDGE_FIELDS}
        attributes.update(
            claim_type=str(assertion["type"]),
            label=str(assertion["predicate"]),
            hedged=bool(assertion.get("hedged")),
            disputed=bool(assertion.get("disputed")),
            first_seen=assertion.get("first_seen") or "",
            last_seen=assertion.get("last_seen") or "",
            source_names="; ".join(assertion.get("source_names") or []),
        )
        graph.add_edge(
            str(assertion["subject"]["id"]), str(obj["id"]), key=str(assertion["id"]), **attributes
        )
    return graph


def graphml_text(graph: nx.MultiDiGraph) -> str:
    """GraphML of the graph (networkx writes no timestamp, so equal graphs give equal text)."""
    return "\n".join(nx.generate_graphml(graph, prettyprint=True)) + "\n"


def gexf_text(graph: nx.MultiDiGraph, *, as_of: str) -> str:
    """GEXF 1.2 of the graph, with the ``lastmodifieddate`` set to ``as_of`` rather than today.

    networkx stamps the writing day into the file; our date keeps exports of
    one database identical.
    """
    keyed = graph.copy()
    for _, _, key, attributes in keyed.edges(keys=True, data=True):
        attributes["id"] = key  # GEXF edge ids: the assertion ids, not a counter
    writer = nx.readwrite.gexf.GEXFWriter(version="1.2draft", prettyprint=True)
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.set("lastmodifieddate", as_of)
    writer.add_graph(keyed)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue().decode("utf-8")


def as_of(data: ExportData) -> str:
    """The latest date of the selection (the epoch's date when nothing is dated)."""
    days = [a["last_seen"] for a in data.assertions if a.get("last_seen")]
    return max(days) if days else "1970-01-01"


def write_graph(data: ExportData, path: Path, *, fmt: str) -> dict[str, int]:
    """Write GraphML (``fmt="graphml"``) or GEXF; return node and edge counts."""
    graph = build_graph(data)
    text = graphml_text(graph) if fmt == "graphml" else gexf_text(graph, as_of=as_of(data))
    path.write_text(text, encoding="utf-8")
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
