"""The claims API: stored claims in the JSONL contract shape, filtered and paged."""

from __future__ import annotations

from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from claimgraph.model import CLAIM_TYPES
from claimgraph.store.queries import find_actor_id, iter_claims
from claimgraph.web.views.common import Offset, engine_of

router = APIRouter()


@router.get("/api/claims", tags=["claims"])
def claims_api(
    request: Request,
    actor: Annotated[
        list[str] | None, Query(description="Actor id or name; repeat for several.")
    ] = None,
    type: Annotated[str | None, Query(description=f"One of {', '.join(CLAIM_TYPES)}.")] = None,
    doc: Annotated[str | None, Query(description="Document id.")] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Claims as ``claimgraph claims --format jsonl`` prints them, oldest document first."""
    if type is not None and type not in CLAIM_TYPES:
        raise HTTPException(422, f"type {type!r} is not one of {', '.join(CLAIM_TYPES)}")
    engine = engine_of(request)
    actor_ids = [find_actor_id(engine, name) or name for name in actor or []]
    rows = iter_claims(engine, actor_ids=actor_ids or None, claim_type=type, doc_id=doc)
    try:
        return list(islice(rows, offset, offset + limit))
    finally:
        close = getattr(rows, "close", None)  # a generator: release its connection now
        if close is not None:
            close()
