"""Store stage: the only code that talks to the database (SQLite or PostgreSQL)."""
