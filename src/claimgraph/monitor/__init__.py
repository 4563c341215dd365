"""Monitoring: follow feeds and folders, alert on what changed about watched actors."""
