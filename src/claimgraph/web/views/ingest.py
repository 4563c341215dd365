"""Ingest: the upload and paste form, its API twin, and logging in for write access."""

from __future__ import annotations

import hmac
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.datastructures import FormData, UploadFile

from claimgraph.config import Options
from claimgraph.errors import InputError
from claimgraph.ingest.reader import Overrides
from claimgraph.web import security
from claimgraph.web.uploads import PASTED_NAME, Upload, fetch_upload, ingest_uploads
from claimgraph.web.views.common import engine_of, options_of, render

router = APIRouter()


class PastedDocument(BaseModel):
    """A document sent as JSON to ``POST /api/ingest``."""

    text: str = Field(min_length=1, description="The article text (plain text, Markdown or HTML).")
    name: str = Field(
        default=PASTED_NAME, description="A file name; its extension hints the format."
    )
    url: str | None = None
    outlet: str | None = None
    published: date | None = None


def _overrides(outlet: str | None, published: str | date | None, url: str | None) -> Overrides:
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published.strip()) if published.strip() else None
        except ValueError as exc:
            raise HTTPException(422, f"published: {published!r} is not a YYYY-MM-DD date") from exc
    return Overrides(
        outlet=(outlet or "").strip() or None, published=published, url=(url or "").strip() or None
    )


async def _form_uploads(form: FormData, options: Options) -> list[Upload]:
    """Files chosen in the form (empty file inputs skipped), the pasted text and a page
    fetched from the pasted URL, if any."""
    uploads = []
    address = form.get("fetch_url")
    if isinstance(address, str) and address.strip():
        try:
            uploads.append(await run_in_threadpool(fetch_upload, address.strip(), options=options))
        except InputError as exc:
            raise HTTPException(422, f"{address.strip()}: {exc.reason}") from exc
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            data = await item.read()
            uploads.append(
                Upload(item.filename, data, item.content_type or "application/octet-stream")
            )
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        uploads.append(Upload(PASTED_NAME, text.encode("utf-8"), "text/plain; charset=utf-8"))
    return uploads


def _field(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


@router.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_page(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", _form_context(request))


def _form_context(request: Request, **extra: Any) -> dict[str, Any]:
    return {
        "title": "Ingest",
        "results": None,
        "error": None,
        "max_bytes": options_of(request).max_document_bytes,
        **extra,
    }


@router.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
async def ingest_form(request: Request) -> HTMLResponse:
    form = await request.form()
    security.check_csrf(request, _field(form, security.CSRF_FIELD))
    if not security.can_write(request):
        raise HTTPException(401, "log in with the server's token to ingest documents")
    overrides = _overrides(_field(form, "outlet"), _field(form, "published"), _field(form, "url"))
    uploads = await _form_uploads(form, options_of(request))
    if not uploads:
        return render(
            request,
            "ingest.html",
            _form_context(request, error="choose at least one file or paste some text"),
            status=400,
        )
    results = await run_in_threadpool(
        ingest_uploads,
        uploads,
        engine=engine_of(request),
        options=options_of(request),
        overrides=overrides,
    )
    return render(request, "ingest.html", _form_context(request, results=results))


@router.post("/api/ingest", tags=["ingest"], dependencies=[Depends(security.require_api_writer)])
async def ingest_api(request: Request) -> dict[str, Any]:
    """Ingest files (multipart field ``files``, with optional ``outlet``, ``published``,
    ``url``) or one pasted document (JSON body). Needs ``Authorization: Bearer TOKEN``
    when the server has a token. One result per document read."""
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            pasted = PastedDocument.model_validate_json(await request.body())
        except ValueError as exc:
            raise HTTPException(422, f"invalid JSON document: {exc}") from exc
        uploads = [Upload(pasted.name, pasted.text.encode("utf-8"), "text/plain; charset=utf-8")]
        overrides = _overrides(pasted.outlet, pasted.published, pasted.url)
    else:
        form = await request.form()
        uploads = await _form_uploads(form, options_of(request))
        overrides = _overrides(
            _field(form, "outlet"), _field(form, "published"), _field(form, "url")
        )
    if not uploads:
        raise HTTPException(422, "send files in the multipart field 'files' or a JSON document")
    results = await run_in_threadpool(
        ingest_uploads,
        uploads,
        engine=engine_of(request),
        options=options_of(request),
        overrides=overrides,
    )
    return {"results": results}


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def login_page(request: Request, next: str = "/ingest") -> HTMLResponse:
    return render(request, "login.html", {"title": "Log in", "next": _local(next), "error": None})


@router.post("/login", include_in_schema=False)
async def login(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, _field(form, security.CSRF_FIELD))
    token: str | None = request.app.state.token
    given = _field(form, "token") or ""
    target = _local(_field(form, "next") or "/ingest")
    if not token:
        return RedirectResponse(target, status_code=303)
    if not hmac.compare_digest(given.strip(), token):
        return render(
            request,
            "login.html",
            {"title": "Log in", "next": target, "error": "that is not the server's token"},
            status=401,
        )
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        security.SESSION_COOKIE,
        security.session_value(token),
        httponly=True,
        samesite="strict",
        path="/",
    )
    return response


@router.post("/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, _field(form, security.CSRF_FIELD))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(security.SESSION_COOKIE, path="/")
    return response


def _local(target: str) -> str:
    """Only redirect within this site (no ``//host`` or absolute URLs)."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"
