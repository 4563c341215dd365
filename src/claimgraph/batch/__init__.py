"""Ingest big corpora on a Dask cluster: ``claimgraph batch``.

``partitions`` reads the inputs on the client into raw records and groups
them; ``tasks`` runs on the workers (clean, extract, store, with the
pipeline loaded once per worker); ``run`` drives the cluster and reports
progress. Writes are keyed by the document hash, so a task retried after a
worker died, or a whole run repeated, stores nothing twice.
"""

from claimgraph.batch.run import BatchSummary, local_cluster_client, run_batch, scheduler_client

__all__ = ["BatchSummary", "local_cluster_client", "run_batch", "scheduler_client"]
