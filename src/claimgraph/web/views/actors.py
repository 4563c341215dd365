"""Actor pages: the list, and one actor's brief with its relation graph."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine

from claimgraph.store.queries import (
    actor_documents,
    count_claims,
    get_actor,
    iter_claims,
    list_actors,
    relation_edges,
)
from claimgraph.web import consolidation
from claimgraph.web.render import Estimate, estimates_svg, graph_svg
from claimgraph.web.views.common import PAGE_SIZE, Offset, engine_of, render

router = APIRouter()
GRAPH_NEIGHBOURS = 14
CITATIONS = 30


def brief(engine: Engine, actor_id: str) -> dict[str, Any]:
    """Everything the actor page shows, in JSON-ready form."""
    actor = get_actor(engine, actor_id)
    ids = [actor["id"]]

    def of_type(claim_type: str, *, own: bool = False) -> list[dict[str, Any]]:
        # One query per section: a busy actor's thousands of other claims are never read.
        rows = iter_claims(engine, actor_ids=ids, claim_type=claim_type)
        return [row for row in rows if not own or row["subject"]["id"] == actor["id"]]

    return {
        "actor": actor,
        "claim_count": count_claims(engine, actor_ids=ids),
        "estimates": _estimates(of_type("strength", own=True)),
        "relations": _relations(engine, actor["id"]),
        "places": _places(of_type("presence", own=True)),
        "pledges": of_type("pledge"),
        "denials": of_type("denial"),
        "disputes": consolidation.actor_disputes(engine, actor["id"]),
        "citations": actor_documents(engine, actor["id"], limit=CITATIONS),
        "claims": list(iter_claims(engine, actor_ids=ids, limit=PAGE_SIZE)),
        "graph": relation_graph(engine, actor["id"], actor),
    }


def _estimates(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Strength figures with a number, oldest first."""
    rows = []
    for claim in claims:
        value = claim["value"]
        if claim["type"] != "strength" or not value:
            continue
        low = value["min"] if value["min"] is not None else value["max"]
        high = value["max"] if value["max"] is not None else value["min"]
        if low is None or high is None:
            continue
        rows.append(
            {
                "claim_id": claim["id"],
                "predicate": claim["predicate"],
                "low": low,
                "high": high,
                "approx": value["approx"],
                "qualifier": value["qualifier"],
                "when": claim["when"] or claim["document"]["published"],
                "source": claim["source"]["name"],
                "polarity": claim["polarity"],
                "hedged": claim["hedged"],
                "document": claim["document"],
            }
        )
    return sorted(rows, key=lambda row: (str(row["when"] or ""), row["low"]))


def _relations(engine: Engine, actor_id: str) -> list[dict[str, Any]]:
    """Relations of the actor with the other party, direction and counts."""
    rows = []
    consolidated = consolidation.current(engine)
    for edge in relation_edges(engine, [actor_id]):
        outgoing = edge["subject_id"] == actor_id
        rows.append(
            {
                "predicate": edge["predicate"],
                "direction": "outgoing" if outgoing else "incoming",
                "other": {
                    "id": edge["object_id"] if outgoing else edge["subject_id"],
                    "name": edge["object_name"] if outgoing else edge["subject_name"],
                    "kind": edge["object_kind"] if outgoing else edge["subject_kind"],
                },
                "polarity": edge["polarity"],
                "claims": edge["claims"],
                "documents": edge["documents"],
                "grade": consolidation.relation_grade(
                    consolidated, edge["subject_id"], edge["predicate"], edge["object_id"]
                ),
            }
        )
    return rows


def _places(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Places the actor is said to operate in, with how many claims say so."""
    counted: Counter[tuple[str, str]] = Counter()
    denied: Counter[tuple[str, str]] = Counter()
    for claim in claims:
        if claim["type"] == "presence" and claim["object"]:
            place = (claim["object"]["id"], claim["object"]["name"])
            (denied if claim["polarity"] == "denied" else counted)[place] += 1
    places = set(counted) | set(denied)
    return sorted(
        (
            {"id": pid, "name": name, "claims": counted[(pid, name)], "denied": denied[(pid, name)]}
            for pid, name in places
        ),
        key=lambda row: (-row["claims"], row["name"]),
    )


def relation_graph(engine: Engine, actor_id: str, actor: dict[str, Any]) -> dict[str, Any]:
    """The actor, its closest neighbours by relation claims, and the edges among them."""
    weight: defaultdict[str, int] = defaultdict(int)
    names: dict[str, dict[str, Any]] = {actor_id: {"name": actor["name"], "kind": actor["kind"]}}
    for edge in relation_edges(engine, [actor_id]):
        for side in ("subject", "object"):
            other = edge[f"{side}_id"]
            if other != actor_id:
                weight[other] += edge["claims"]
                names[other] = {"name": edge[f"{side}_name"], "kind": edge[f"{side}_kind"]}
    keep = [actor_id, *sorted(weight, key=lambda key: (-weight[key], key))[:GRAPH_NEIGHBOURS]]
    nodes = {key: names[key] for key in keep}
    edges = _merge_edges(
        edge
        for edge in relation_edges(engine, keep)
        if edge["subject_id"] in nodes and edge["object_id"] in nodes
    )
    return {
        "nodes": [{"id": key, **value} for key, value in nodes.items()],
        "edges": edges,
        "svg": graph_svg(actor_id, nodes, edges),
    }


def _merge_edges(edges: Any) -> list[dict[str, Any]]:
    """One edge per (subject, object, predicate, polarity), without self loops."""
    merged: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for edge in edges:
        if edge["subject_id"] == edge["object_id"]:
            continue
        key = (edge["subject_id"], edge["object_id"], edge["predicate"], edge["polarity"])
        if key in merged:
            merged[key]["claims"] += edge["claims"]
        else:
            merged[key] = {
                "subject_id": edge["subject_id"],
                "object_id": edge["object_id"],
                "predicate": edge["predicate"],
                "polarity": edge["polarity"],
                "claims": edge["claims"],
            }
    return list(merged.values())


def _chart(estimates: list[dict[str, Any]]) -> Any:
    return estimates_svg(
        [
            Estimate(
                label=f"{row['when'] or 'undated'} · {row['source']}",
                low=float(row["low"]),
                high=float(row["high"]),
                source=row["source"],
                claim_id=row["claim_id"],
            )
            for row in estimates
            if row["polarity"] != "denied"
        ]
    )


@router.get("/actors", response_class=HTMLResponse, include_in_schema=False)
def actors_page(request: Request) -> HTMLResponse:
    rows = list_actors(engine_of(request))
    return render(request, "actors.html", {"title": "Actors", "actors": rows})


@router.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, actor_id: str) -> HTMLResponse:
    data = brief(engine_of(request), actor_id)
    return render(
        request,
        "actor.html",
        {"title": data["actor"]["name"], "brief": data, "chart": _chart(data["estimates"])},
    )


Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/api/actors", tags=["actors"])
def actors_api(request: Request, limit: Limit = 1000, offset: Offset = 0) -> list[dict[str, Any]]:
    """Actors with mention and claim counts, most claims first."""
    return list_actors(engine_of(request))[offset : offset + limit]


@router.get("/api/actors/{actor_id}", tags=["actors"])
def actor_api(request: Request, actor_id: str) -> dict[str, Any]:
    """One actor: id, name, kind, aliases, origin."""
    return get_actor(engine_of(request), actor_id)


@router.get("/api/actors/{actor_id}/brief", tags=["actors"])
def brief_api(request: Request, actor_id: str) -> dict[str, Any]:
    """The actor page as data: estimates, relations, places, pledges, disputes, citations,
    the relation graph, and ``consolidated``: the graded brief of the analysis stage."""
    engine = engine_of(request)
    data = brief(engine, actor_id)
    graph = data.pop("graph")
    data["graph"] = {"nodes": graph["nodes"], "edges": graph["edges"]}
    data["consolidated"] = consolidation.brief(engine, data["actor"]["id"])
    return data
