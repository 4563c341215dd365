"""Shared fixtures: a real database of each backend for the tests that store things.

``db_url`` gives every test that asks for it a fresh SQLite file *and*, in a
second run of the same test, a fresh database on a real PostgreSQL server.
The server is started once per session from Debian's binaries (``initdb``
into a temporary directory, ``pg_ctl start`` on a private Unix socket) unless
``CLAIMGRAPH_TEST_PG_URL`` names one already running. When the binaries are
missing the PostgreSQL runs are skipped, unless ``CLAIMGRAPH_TEST_PG=required``
(set by ``make test``), which turns that into an error so CI cannot skip them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

PG_REQUIRED = os.environ.get("CLAIMGRAPH_TEST_PG") == "required"


class PostgresServer:
    """A throwaway PostgreSQL cluster on a Unix socket, run as an unprivileged user."""

    def __init__(self, bindir: Path, base: Path) -> None:
        self.bindir = bindir
        self.data = base / "data"
        self.socket = base / "socket"
        self.port = 5432 + (os.getpid() % 1000) + 1000
        self.user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self.socket.mkdir(parents=True)
        if self.user:
            shutil.chown(self.data.parent, self.user)
            shutil.chown(self.socket, self.user)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        options = (
            f"-k {self.socket} -p {self.port} -c listen_addresses='' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-l",
                  str(self.data / "server.log"), "start")  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def admin_dsn(self) -> str:
        return f"host={self.socket} port={self.port} user=postgres dbname=postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}&port={self.port}"


def _find_bindir() -> Path | None:
    for version in ("15", "16", "17", "14"):
        bindir = Path(f"/usr/lib/postgresql/{version}/bin")
        if (bindir / "initdb").exists():
            return bindir
    return None


@pytest.fixture(scope="session")
def postgres() -> Iterator[tuple[str, str] | None]:
    """(admin DSN, URL template) of a running server, or None when there is none."""
    given = os.environ.get("CLAIMGRAPH_TEST_PG_URL")
    if given:
        admin = given.replace("postgresql+psycopg://", "postgresql://")
        yield admin, given.rsplit("/", 1)[0] + "/{database}"
        return
    bindir = _find_bindir()
    if bindir is None:
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="claimgraph-pg-"))
    os.chmod(base, 0o755)
    server = PostgresServer(bindir, base)
    server.start()
    try:
        yield server.admin_dsn(), server.url("{database}")
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(backend: str, folder: Path, postgres: tuple[str, str] | None) -> Iterator[str]:
    """Yield the URL of a new empty database of ``backend``, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'kb.db'}"
        return
    if postgres is None:
        if PG_REQUIRED:
            pytest.fail("PostgreSQL binaries not found but CLAIMGRAPH_TEST_PG=required")
        pytest.skip("no PostgreSQL server binaries on this machine")
    admin, template = postgres
    database = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{database}"')
    yield template.format(database=database)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: tuple[str, str] | None
) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, then a PostgreSQL database."""
    yield from fresh_database(request.param, tmp_path, postgres)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_url(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    postgres: tuple[str, str] | None,
) -> Iterator[str]:
    """Like ``db_url``, shared by the tests of one module (for stores costly to build)."""
    yield from fresh_database(request.param, tmp_path_factory.mktemp("db"), postgres)
