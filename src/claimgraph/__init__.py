"""claimgraph: a knowledge base of claims about armed groups, with provenance."""

__version__ = "0.1.0"
