"""The SQLite engine with the pragmas that keep committed work safe."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def read_only_uri(path: Path) -> str:
    """A URI that reads `path` without writing, also on a read-only disk or folder.

    Reading a WAL database makes SQLite create its -shm file; where the folder refuses
    that and no -wal file holds commits not yet merged, `immutable=1` reads the file as
    it stands (nothing else can be writing it there).
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    if not folder_writable and not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return uri


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the list views read while a form writes; synchronous=FULL makes every
    # commit durable across a power cut (the cost is a few ms per commit).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _set_read_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA busy_timeout=5000")


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """`read_only` engines never write (nor switch the journal mode)."""
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        )
        event.listen(engine, "connect", _set_read_pragmas)
        return engine
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
