"""Alerts: ``GET /alerts`` (a page) and ``GET /api/alerts`` (JSON), newest first."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from claimgraph.store import monitoring
from claimgraph.web.views.common import engine_of, render

router = APIRouter()
PAGE_LIMIT = 200


@router.get("/api/alerts", tags=["alerts"])
def alerts_api(
    request: Request,
    actor: Annotated[str | None, Query(description="Only alerts about this actor id.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """Recorded alerts, newest first, with their citations and delivery outcome."""
    return monitoring.list_alerts(engine_of(request), actor_id=actor, limit=limit)


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
def alerts_page(request: Request) -> HTMLResponse:
    """Each alert with what changed and the sentences behind it; the watched actors on top."""
    engine = engine_of(request)
    context = {
        "title": "Alerts",
        "alerts": monitoring.list_alerts(engine, limit=PAGE_LIMIT),
        "watches": monitoring.list_watches(engine),
    }
    return render(request, "alerts.html", context)
