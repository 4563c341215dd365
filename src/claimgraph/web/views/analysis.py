"""Consolidated views: assertions (with their instances and grade) and disputes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from claimgraph.store.queries import find_actor_id
from claimgraph.web import consolidation
from claimgraph.web.views.common import engine_of, render

router = APIRouter()

ActorQuery = Annotated[str | None, Query(description="Actor id or name.")]


@router.get("/assertions/{assertion_id}", response_class=HTMLResponse, include_in_schema=False)
def assertion_page(request: Request, assertion_id: str) -> HTMLResponse:
    assertion = consolidation.get_assertion(engine_of(request), assertion_id)
    return render(
        request,
        "assertion.html",
        {"title": assertion.get("title") or "Assertion", "assertion": assertion},
    )


@router.get("/api/assertions", tags=["assertions"])
def assertions_api(
    request: Request,
    actor: ActorQuery = None,
    type: Annotated[str | None, Query(description="Claim type.")] = None,
) -> list[dict[str, Any]]:
    """Consolidated assertions with their grades and instance counts."""
    engine = engine_of(request)
    actor_id = (find_actor_id(engine, actor) or actor) if actor else None
    return consolidation.list_assertions(engine, actor_id=actor_id, claim_type=type)


@router.get("/api/assertions/{assertion_id}", tags=["assertions"])
def assertion_api(request: Request, assertion_id: str) -> dict[str, Any]:
    """One assertion: every instance with its sentence, source, outlet and date; the grade."""
    return consolidation.get_assertion(engine_of(request), assertion_id)


@router.get("/api/disputes", tags=["assertions"])
def disputes_api(request: Request, actor: ActorQuery = None) -> list[dict[str, Any]]:
    """Assertions that sources contradict."""
    engine = engine_of(request)
    actor_id = (find_actor_id(engine, actor) or actor) if actor else None
    return consolidation.list_disputes(engine, actor_id=actor_id)
