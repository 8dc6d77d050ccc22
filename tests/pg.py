"""A throwaway PostgreSQL cluster for the sync server's tests.

`initdb` into a temporary folder, a server listening only on a Unix socket in that
folder, databases made from one migrated template (a copy is ~30 ms, a migration is
not), everything removed at the end. initdb refuses to run as root, so as root the
commands run as the `postgres` user (`runuser`) in folders it owns. Without a
PostgreSQL installation the tests that need it are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path

TEMPLATE = "server_template"  # the migrated database each test's database is copied from


class PostgresUnavailable(Exception):
    pass


def _bin_dir() -> Path:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise PostgresUnavailable("PostgreSQL is not installed (no initdb found)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    root: Path
    bin_dir: Path
    port: int
    as_postgres: bool
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockets(self) -> Path:
        return self.root / "sock"

    def _run(self, args: Sequence[str]) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise PostgresUnavailable(f"{args[0]} failed: {done.stderr.strip() or done.stdout}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.sockets}&port={self.port}"

    def start(self) -> None:
        self._run(["initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                   "--locale=C", "--no-sync"])  # fmt: skip
        options = (
            f"-k {self.sockets} -p {self.port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            # Like a server machine, not the test run's Beijing TZ: the upgrade tests
            # write time literals at old revisions, read in the session's zone.
            "-c timezone=UTC"
        )
        log = self.root / "postgres.log"
        self._run(["pg_ctl", "-D", str(self.data), "-o", options, "-l", str(log), "-w", "start"])

    def stop(self) -> None:
        try:
            self._run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        except PostgresUnavailable:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.sockets), port=self.port, user="postgres", dbname="postgres",
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(sql.encode())  # our own literal SQL

    def new_database(self, template: str | None = None) -> str:
        name = f"t{os.getpid()}_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name


def start_cluster() -> PgCluster:
    """Starts a cluster in a new temporary folder; raises PostgresUnavailable.

    Not under pytest's tmp_path: that is private to root, and the server runs as
    `postgres` when the tests run as root."""
    bin_dir = _bin_dir()
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="beamside-pg-"))
    cluster = PgCluster(root, bin_dir, _free_port(), as_postgres)
    cluster.sockets.mkdir()
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(cluster.sockets, "postgres", "postgres")
    cluster.start()
    return cluster
