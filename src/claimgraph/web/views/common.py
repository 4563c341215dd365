"""What every view needs: the engine, the options, and rendering a page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment
from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.model import CLAIM_TYPES
from claimgraph.web import security

PAGE_SIZE = 50


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def options_of(request: Request) -> Options:
    options: Options = request.app.state.options
    return options


# How far into a listing a page may start: bounded, so a huge number is a 422, not a 500.
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def render(
    request: Request, template: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """Render a page with what every page shows (navigation, write access, CSRF token)."""
    environment: Environment = request.app.state.templates
    page = {
        "request_path": request.url.path,
        "query": request.query_params.get("q", ""),
        "csrf_token": security.csrf_token(request),
        "can_write": security.can_write(request),
        "token_required": bool(request.app.state.token),
        "claim_types": CLAIM_TYPES,
        **context,
    }
    html = environment.get_template(template).render(page)
    return HTMLResponse(html, status_code=status)


def wants_page(request: Request) -> bool:
    """True for page routes (everything outside ``/api/``)."""
    return not request.url.path.startswith("/api/")
