"""Search: full text over documents and claims, narrowed by actor, type, outlet and date."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine

from claimgraph.model import CLAIM_TYPES
from claimgraph.store.queries import find_actor_id, list_outlets
from claimgraph.store.search import SearchFilters, search
from claimgraph.web.views.common import engine_of, render

router = APIRouter()
KINDS = ("all", "documents", "claims")
RESULTS = 50


def run_search(
    engine: Engine,
    q: str,
    *,
    actor: str | None,
    claim_type: str | None,
    outlet: str | None,
    since: date | None,
    until: date | None,
    kind: str,
) -> dict[str, Any]:
    """The search result both renderings show; an unknown actor name matches nothing."""
    actor_id = (find_actor_id(engine, actor) or actor) if actor else None
    filters = SearchFilters(
        actor=actor_id,
        claim_type=claim_type if claim_type in CLAIM_TYPES else None,
        outlet=outlet or None,
        since=since,
        until=until,
        kind=kind if kind in KINDS else "all",
    )
    result = search(engine, q, filters, limit=RESULTS)
    result["filters"] = {
        "actor": actor_id,
        "type": filters.claim_type,
        "outlet": filters.outlet,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "kind": filters.kind,
    }
    return result


Q = Annotated[str, Query(max_length=500, description="Words to find (all must match).")]
Actor = Annotated[str | None, Query(description="Actor id or name.")]
Type = Annotated[str | None, Query(description=f"Claim type: {', '.join(CLAIM_TYPES)}.")]
Outlet = Annotated[str | None, Query(description="Exact outlet name.")]
Since = Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD).")]
Kind = Annotated[str, Query(description="all, documents or claims.")]


def _blank_dates(request: Request) -> dict[str, date | None]:
    """Empty date fields of the search form mean no filter, not an invalid date."""
    parsed: dict[str, date | None] = {}
    for name in ("since", "until"):
        raw = request.query_params.get(name, "").strip()
        try:
            parsed[name] = date.fromisoformat(raw) if raw else None
        except ValueError:
            parsed[name] = None
    return parsed


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    q: Q = "",
    actor: Actor = None,
    type: Type = None,
    outlet: Outlet = None,
    kind: Kind = "all",
) -> HTMLResponse:
    engine = engine_of(request)
    dates = _blank_dates(request)
    result = run_search(engine, q, actor=actor, claim_type=type, outlet=outlet, kind=kind, **dates)
    return render(
        request,
        "search.html",
        {
            "title": f"Search: {q}" if q else "Search",
            "result": result,
            "outlets": list_outlets(engine),
            "kinds": KINDS,
        },
    )


@router.get("/api/search", tags=["search"])
def search_api(
    request: Request,
    q: Q,
    actor: Actor = None,
    type: Type = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = "all",
) -> dict[str, Any]:
    """Documents and claims matching ``q``; snippets are ``[text, is_match]`` segments."""
    return run_search(
        engine_of(request),
        q,
        actor=actor,
        claim_type=type,
        outlet=outlet,
        since=since,
        until=until,
        kind=kind,
    )
