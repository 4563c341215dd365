"""CLI: thin Typer commands over the library; the only code besides ``web`` that prints."""
