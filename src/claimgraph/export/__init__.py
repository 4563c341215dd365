"""Exports to other tools (STIX 2.1, FollowTheMoney, GraphML/GEXF, CSV/Parquet) and STIX import.

:mod:`~claimgraph.export.data` gathers one selection of the knowledge base;
each format module turns it into a file with pure functions. See
docs/exports.md for the mapping tables.
"""
