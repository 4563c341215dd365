"""The web app: one FastAPI process serving the JSON API and the analysts' pages.

``create_app`` builds everything from an :class:`~claimgraph.config.Options`
and an optional token, so tests and ``claimgraph serve`` run the same app on
their own databases. Each page group lives in one module of ``views`` that
builds its data once and hands it either to a template or to the JSON API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Engine

from claimgraph.config import Options
from claimgraph.errors import ClaimgraphError, NotFoundError
from claimgraph.store.database import create_db_engine, migrate
from claimgraph.store.search import ensure_search_index
from claimgraph.web import security
from claimgraph.web.views import (
    actors,
    alerts,
    analysis,
    apidocs,
    claims,
    documents,
    home,
    ingest,
    search,
)

PACKAGE = Path(__file__).resolve().parent.parent
TEMPLATES = PACKAGE / "templates"
STATIC = PACKAGE / "static"
UPLOAD_OVERHEAD_BYTES = 64 * 1024


def create_app(
    options: Options, *, token: str | None = None, engine: Engine | None = None
) -> FastAPI:
    """The app for the database of ``options``; writes need ``token`` when one is given."""
    engine = engine or create_db_engine(options.db)
    migrate(engine)
    ensure_search_index(engine)
    app = FastAPI(
        title="claimgraph",
        summary="Claims about armed groups, with provenance.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.options = options
    app.state.token = token or None
    app.state.templates = _templates()
    app.state.upload_limit = options.max_document_bytes + UPLOAD_OVERHEAD_BYTES
    app.add_middleware(security.BodyLimit, limit=app.state.upload_limit)
    app.add_middleware(security.SecurityHeaders)
    app.mount("/static/swagger", StaticFiles(directory=apidocs.swagger_assets()), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (home, search, actors, documents, claims, analysis, alerts, ingest, apidocs):
        app.include_router(module.router)
    _add_error_handlers(app)
    return app


def _templates() -> Environment:
    """Jinja2 with autoescaping on for every template, and loud about missing names."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["number"] = _number
    return environment


def _number(value: Any) -> str:
    """Whole numbers with thousands separators; others as given."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, str(exc), code=exc.code)

    @app.exception_handler(ClaimgraphError)
    async def library_error(request: Request, exc: ClaimgraphError) -> Response:
        return error_response(request, 400, str(exc), code=exc.code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        response = error_response(request, exc.status_code, str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'][1:])}: {error['msg']}"
            for error in exc.errors()
        )
        return error_response(request, 422, problems or "invalid request")


def error_response(request: Request, status: int, message: str, *, code: str = "") -> Response:
    """JSON for the API, a page for people; the message is one sentence either way."""
    code = code or f"E{status}"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    from claimgraph.web.views.common import render

    return render(
        request,
        "error.html",
        {"status": status, "message": message, "title": f"Error {status}"},
        status=status,
    )
