"""The ``serve`` command: the web app and JSON API on one port."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from claimgraph.cli.common import DbOption
from claimgraph.cli.output import console, handled
from claimgraph.config import Options


def register(app: typer.Typer) -> None:
    app.command("serve")(handled(serve_command))


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the analysts' pages and the JSON API (writes need CLAIMGRAPH_TOKEN when set).

    Listening on an address other machines can reach is refused unless
    CLAIMGRAPH_TOKEN is set, so the database cannot be written by anyone on
    the network.
    """
    from claimgraph.web.security import UnsafeBindError, check_bind

    token = os.environ.get("CLAIMGRAPH_TOKEN") or None
    try:
        check_bind(host, token)
    except UnsafeBindError as exc:
        raise typer.BadParameter(str(exc), param_hint="--host") from exc
    import uvicorn

    from claimgraph.web.app import create_app
    from claimgraph.web.consolidation import warm_in_background

    app = create_app(Options.from_env(db=db), token=token)
    warm_in_background(app.state.engine)
    writes = "token required" if token else "open (loopback only)"
    console.print(f"claimgraph serving on http://{host}:{port}/  (writes: {writes})")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
