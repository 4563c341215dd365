"""Check an installation: database, model, data files and server settings.

Each check is a small function returning a :class:`Check`; ``claimgraph
doctor`` prints them and exits 1 when any failed. Nothing here prints.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from claimgraph.config import Options
from claimgraph.errors import ClaimgraphError


@dataclass(frozen=True)
class Check:
    """One thing checked, whether it is fine, and what was found."""

    name: str
    ok: bool
    detail: str


def check_database(options: Options) -> Check:
    """The database opens and is at the newest migration (migrating it if needed)."""
    from claimgraph.store.database import create_db_engine, current_revision, head_revision, migrate

    try:
        engine = create_db_engine(options.db)
        migrate(engine)
        with engine.connect() as connection:
            revision = current_revision(connection)
        engine.dispose()
    except ClaimgraphError as exc:
        return Check("database", False, str(exc))
    except Exception as exc:  # any other failure to open is the finding itself
        return Check("database", False, f"{_safe_url(options.db)}: {exc}")
    ok = revision == head_revision()
    return Check("database", ok, f"{_safe_url(options.db)} at migration {revision}")


def check_model(options: Options) -> Check:
    """The spaCy pipeline loads and has the components extraction needs."""
    from claimgraph.nlp.pipeline import load_pipeline, model_name

    name = options.model or model_name()
    try:
        nlp = load_pipeline(name)
    except ClaimgraphError as exc:
        return Check("model", False, str(exc))
    missing = {"parser", "ner", "lemmatizer"} - set(nlp.pipe_names)
    if missing:
        return Check("model", False, f"{name} lacks {', '.join(sorted(missing))}")
    return Check("model", True, f"{name} {nlp.meta.get('version', '')}".strip())


def check_data_files(_options: Options) -> Check:
    """Every YAML data file under claimgraph/data loads and validates."""
    loaded: list[str] = []
    for label, loader in _data_loaders():
        try:
            loader()
        except ClaimgraphError as exc:
            return Check("data files", False, str(exc))
        loaded.append(label)
    return Check("data files", True, ", ".join(loaded))


def _data_loaders() -> list[tuple[str, Callable[[], object]]]:
    from claimgraph.analysis.ratings import load_outlet_ratings
    from claimgraph.nlp.gazetteer import load_gazetteer
    from claimgraph.nlp.lexicon import load_lexicon

    return [
        ("actors.yaml + places.yaml", load_gazetteer),
        ("triggers.yaml", load_lexicon),
        ("outlets.yaml", load_outlet_ratings),
    ]


def check_server_settings(_options: Options) -> Check:
    """A server bound beyond loopback must require a token for writes."""
    from claimgraph.web.security import is_loopback

    host = os.environ.get("CLAIMGRAPH_HOST", "127.0.0.1")
    token = os.environ.get("CLAIMGRAPH_TOKEN", "")
    if not is_loopback(host) and not token:
        return Check("server", False, f"CLAIMGRAPH_HOST={host} is not loopback and no token is set")
    if token and len(token) < 16:
        return Check("server", False, "CLAIMGRAPH_TOKEN is shorter than 16 characters")
    return Check("server", True, f"host {host}, write token {'set' if token else 'not set'}")


CHECKS: tuple[Callable[[Options], Check], ...] = (
    check_database,
    check_model,
    check_data_files,
    check_server_settings,
)


def run_checks(options: Options) -> list[Check]:
    """Run every check; a failing check never stops the others."""
    return [check(options) for check in CHECKS]


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unparseable database URL)"
