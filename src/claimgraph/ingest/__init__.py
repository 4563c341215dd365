"""Ingest stage: bytes from files in, clean :class:`~claimgraph.model.Document` out."""
