"""Interactive API documentation served from this process (no CDN, works offline).

Swagger UI's files come from the ``swagger-ui-bundle`` package; the page
starts it with our own script file because the Content-Security-Policy
allows no inline script.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimgraph.web.views.common import render

router = APIRouter()


def swagger_assets() -> Path:
    """The directory holding ``swagger-ui-bundle.js`` and ``swagger-ui.css``."""
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "api_docs.html", {"title": "API"})
