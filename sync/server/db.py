"""Engines, transactions and migrations for SQLite and PostgreSQL.

Writes must be ordered by the database, not by luck: on SQLite every write transaction
starts with `BEGIN IMMEDIATE`, so the write lock is taken before the first read and
two writers never interleave a read-then-write (pysqlite's own implicit BEGIN is
switched off so this is possible, as the SQLAlchemy docs describe). On PostgreSQL the
push takes the counter row `FOR UPDATE` (push.py); other writes are single statements
or idempotent. Reads use plain deferred transactions (one snapshot under WAL).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session

from sync.server.settings import SQLITE_FILE, Settings

log = logging.getLogger("sync.server")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed number: the key of the PostgreSQL advisory lock that serialises two server
# processes migrating the same database at start.
_MIGRATION_LOCK_KEY = 8765_0001
_BEGIN_OPTION = "sqlite_begin"


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    # WAL: pulls read while a push writes. FULL: a commit survives a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")  # raw: SQLite's BEGIN IMMEDIATE has no Core form


def private_folder(folder: Path) -> None:
    """The server's data folder: made 0700, and tightened to it when found looser
    (it holds every hospital's records, the tokens' hashes and the CA key)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _tighten(folder, 0o700)


def _private_file(path: Path) -> None:
    """The SQLite file, made 0600 before SQLite opens it (its -wal and -shm files take
    the database file's permissions)."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    _tighten(path, 0o600)


def _tighten(path: Path, mode: int) -> None:
    if path.stat().st_mode & 0o777 & ~mode:
        try:
            path.chmod(mode)
        except PermissionError:
            log.warning("%s is readable by others and cannot be made %o", path, mode)


class Database:
    """The engine plus a writer view of it (BEGIN IMMEDIATE on SQLite)."""

    def __init__(self, settings: Settings) -> None:
        self.is_sqlite = settings.is_sqlite
        if self.is_sqlite:
            private_folder(settings.data_dir)
            if settings.database_url is None:
                _private_file(settings.data_dir / SQLITE_FILE)
            self.engine: Engine = create_engine(
                settings.url, connect_args={"check_same_thread": False, "timeout": 30}
            )
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(
                settings.url, pool_pre_ping=True, pool_size=10, max_overflow=20
            )
        self.writer = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (Core), committed on success."""
        with self.writer.begin() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One ORM unit of work that writes; committed on success."""
        with Session(self.writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """An ORM session for reads only (never committed)."""
        with Session(self.engine) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def migrate(database: Database, revision: str = "head") -> None:
    """Brings the schema to `revision`; safe when two processes start at once."""
    from alembic import command

    config = alembic_config()
    with database.write() as connection:
        if not database.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(database: Database) -> str | None:
    from alembic.migration import MigrationContext

    with database.read() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
