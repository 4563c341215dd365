"""Consolidated views: assertions (with their instances and grade) and disputes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from claimgraph.analysis import decisions
from claimgraph.store.queries import find_actor_id
from claimgraph.web import consolidation, security
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


class MergeRequest(BaseModel):
    """``actor`` is ``into`` under another name (ids, names or aliases)."""

    actor: str = Field(min_length=1, max_length=200)
    into: str = Field(min_length=1, max_length=200)
    note: str | None = Field(default=None, max_length=2000)


class SplitRequest(BaseModel):
    """Undo any merge of ``actor``."""

    actor: str = Field(min_length=1, max_length=200)
    note: str | None = Field(default=None, max_length=2000)


class RatingRequest(BaseModel):
    """Set the reliability letter (A-F) of a source or outlet, as claims name it."""

    name: str = Field(min_length=1, max_length=300)
    letter: str = Field(min_length=1, max_length=1)
    note: str | None = Field(default=None, max_length=2000)


Writer = [Depends(security.require_api_writer)]


@router.post("/api/actors/merge", tags=["decisions"], dependencies=Writer)
def merge_api(request: Request, body: MergeRequest) -> dict[str, str]:
    """Record that one actor is another under another name (needs the write token)."""
    source, target = decisions.merge_actors(
        engine_of(request), body.actor, body.into, note=body.note
    )
    return {"merged": source, "into": target}


@router.post("/api/actors/split", tags=["decisions"], dependencies=Writer)
def split_api(request: Request, body: SplitRequest) -> dict[str, str]:
    """Undo any merge of an actor (needs the write token)."""
    return {"split": decisions.split_actor(engine_of(request), body.actor, note=body.note)}


@router.post("/api/sources/rate", tags=["decisions"], dependencies=Writer)
def rate_api(request: Request, body: RatingRequest) -> dict[str, str]:
    """Set a source's reliability letter, overriding outlets.yaml (needs the write token)."""
    letter = decisions.rate_source(engine_of(request), body.name, body.letter, note=body.note)
    return {"name": body.name, "letter": letter}
