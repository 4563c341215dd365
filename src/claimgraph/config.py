"""One options object, built from defaults, the environment and CLI flags.

Every stage takes the :class:`Options` it needs instead of reading the
environment itself, so tests and the web app can run with their own settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_DB = "sqlite:///claimgraph.db"
DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw and raw.isdigit() else default


@dataclass(frozen=True)
class Options:
    """Settings every command shares.

    ``db``: SQLAlchemy URL (``CLAIMGRAPH_DB``). ``model``: spaCy pipeline name
    (``CLAIMGRAPH_MODEL``). ``max_document_bytes``: inputs larger than this are
    refused (``CLAIMGRAPH_MAX_DOCUMENT_BYTES``) so one huge file cannot exhaust
    memory.
    """

    db: str = DEFAULT_DB
    model: str | None = None
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> Options:
        """Defaults, then environment variables, then explicit overrides."""
        options = cls(
            db=os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB,
            model=os.environ.get("CLAIMGRAPH_MODEL") or None,
            max_document_bytes=_env_int(
                "CLAIMGRAPH_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES
            ),
        )
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(options, **given)
