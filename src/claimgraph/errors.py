"""Errors raised by the library, each with a stable code.

Library code raises these and never prints; ``cli`` and ``web`` turn them into
one line for a person: ``CODE input: reason``.
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of every error this package raises on purpose."""

    code = "E000"

    def __init__(self, reason: str, *, subject: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.subject = subject

    def __str__(self) -> str:
        if self.subject:
            return f"{self.subject}: {self.reason}"
        return self.reason


class InputError(ClaimgraphError):
    """An input file or text could not be read as a document."""

    code = "E100"


class DataFileError(ClaimgraphError):
    """A YAML data file under claimgraph/data is invalid."""

    code = "E200"


class ModelError(ClaimgraphError):
    """The spaCy pipeline could not be loaded."""

    code = "E300"


class StoreError(ClaimgraphError):
    """The database could not be opened, migrated or written."""

    code = "E400"


class NotFoundError(ClaimgraphError):
    """A document, actor or claim id that is not in the store."""

    code = "E404"


class FetchError(InputError):
    """A URL was refused or could not be fetched; ``kind`` says which check failed.

    Kinds: ``scheme``, ``address``, ``resolve``, ``redirect``, ``size``,
    ``type``, ``status``, ``timeout``, ``network``. ``status`` carries the
    HTTP status when the server answered with an error.
    """

    code = "E110"

    def __init__(
        self, reason: str, *, subject: str | None = None, kind: str, status: int | None = None
    ) -> None:
        super().__init__(reason, subject=subject)
        self.kind = kind
        self.status = status
