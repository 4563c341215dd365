"""Home: what is in the store at a glance, and the way into search."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine

from claimgraph.store.queries import counts, list_actors, list_documents
from claimgraph.web import consolidation
from claimgraph.web.views.common import engine_of, render

router = APIRouter()
LATEST = 10
ACTIVE = 12


def summary(engine: Engine) -> dict[str, Any]:
    """Counts, the latest documents, the most active actors and open disputes."""
    return {
        "counts": counts(engine),
        "latest_documents": list_documents(engine, limit=LATEST),
        "active_actors": [
            actor for actor in list_actors(engine) if actor["claims"] and actor["kind"] != "place"
        ][:ACTIVE],
        "open_disputes": consolidation.open_disputes(engine, limit=LATEST),
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home_page(request: Request) -> HTMLResponse:
    return render(request, "home.html", {"title": "claimgraph", **summary(engine_of(request))})


@router.get("/api/summary", tags=["overview"])
def home_api(request: Request) -> dict[str, Any]:
    """What the home page shows: counts, latest documents, active actors, open disputes."""
    return summary(engine_of(request))
