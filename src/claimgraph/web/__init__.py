"""Web stage: the HTTP API and the analysts' pages (``claimgraph serve``)."""
