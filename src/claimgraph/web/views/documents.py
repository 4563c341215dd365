"""Document pages: the list, one document with highlights, and its original file."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Engine

from claimgraph.errors import NotFoundError
from claimgraph.store.queries import document_mentions, get_document, get_original, list_documents
from claimgraph.web.render import body_segments
from claimgraph.web.views.common import Offset, engine_of, render

router = APIRouter()


def document_view(engine: Engine, doc_id: str) -> dict[str, Any]:
    """A document with its body, metadata, claims, mentions and dropped lines."""
    document = get_document(engine, doc_id)
    document["mentions"] = document_mentions(engine, document["id"])
    original = get_original(engine, document["id"])
    document["original"] = (
        {"name": original["name"], "media_type": original["media_type"], "stored": True}
        if original
        else _file_original(document.get("path"))
    )
    return document


def _file_original(path: str | None) -> dict[str, Any] | None:
    """The input file a CLI ingest read, while it is still where it was."""
    if not path or not Path(path).is_file():
        return None
    return {"name": Path(path).name, "media_type": _media_type(path), "stored": False}


def _media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def original_response(engine: Engine, doc_id: str) -> Response:
    """The original bytes as a download (never shown inline: they are untrusted)."""
    document = get_document(engine, doc_id)
    original = get_original(engine, document["id"])
    if original is not None:
        name, media_type, data = original["name"], original["media_type"], original["data"]
    else:
        path = document.get("path")
        if not path or not Path(path).is_file():
            raise NotFoundError(
                "the original file is not stored and is no longer at "
                f"{path or 'its ingest path'}; ingest it through the web form to keep a copy",
                subject=document["id"],
            )
        name, media_type, data = Path(path).name, _media_type(path), Path(path).read_bytes()
    return Response(
        content=bytes(data),
        media_type=media_type,
        headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents_page(request: Request) -> HTMLResponse:
    rows = list_documents(engine_of(request))
    return render(request, "documents.html", {"title": "Documents", "documents": rows})


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    document = document_view(engine_of(request), doc_id)
    paragraphs = body_segments(document["body"], document["mentions"], document["claims"])
    return render(
        request,
        "document.html",
        {
            "title": document["title"] or "(untitled)",
            "document": document,
            "paragraphs": paragraphs,
        },
    )


@router.get("/documents/{doc_id}/original", include_in_schema=False)
def original_page(request: Request, doc_id: str) -> Response:
    return original_response(engine_of(request), doc_id)


Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("/api/documents", tags=["documents"])
def documents_api(request: Request, limit: Limit = 100, offset: Offset = 0) -> list[dict[str, Any]]:
    """Stored documents, newest first, with their claim counts."""
    rows = list_documents(engine_of(request), limit=offset + limit)
    return rows[offset:]


@router.get("/api/documents/{doc_id}", tags=["documents"])
def document_api(request: Request, doc_id: str) -> dict[str, Any]:
    """One document (a unique id prefix is enough): body, claims, mentions, dropped lines."""
    return document_view(engine_of(request), doc_id)


@router.get("/api/documents/{doc_id}/original", tags=["documents"])
def original_api(request: Request, doc_id: str) -> Response:
    """The original file of a document, as a download."""
    return original_response(engine_of(request), doc_id)
