"""Running the server: is the database answering (for /health), and a consistent copy
of an SQLite database while the server runs (`python -m sync.server backup`).

The copy uses SQLite's online backup API (the standard library's
`sqlite3.Connection.backup`), which copies pages under the database's own locking, so
a push in progress is either wholly in the copy or not at all; copying the file with
`cp` while the WAL holds recent commits would not be. PostgreSQL has its own tool for
this (pg_dump, see docs/server.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from sync.server.db import Database
from sync.server.settings import SQLITE_FILE, Settings


class BackupError(Exception):
    """The copy was refused; the message says why (English, for the command line)."""


def database_problem(db: Database) -> str | None:
    """None when the database answers a query, else a one-line reason."""
    try:
        with db.read() as connection:
            connection.execute(text("SELECT 1")).scalar_one()
    except (SQLAlchemyError, OSError) as exc:
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return f"the database does not answer: {first[0] if first else type(exc).__name__}"
    return None


def backup_sqlite(settings: Settings, out: Path) -> int:
    """Copies the server's SQLite database to `out` (written beside it, then renamed, so
    a half-written file never has the final name); returns its size in bytes."""
    if not settings.is_sqlite:
        raise BackupError(
            "the database is PostgreSQL: back it up with pg_dump (see docs/server.md)"
        )
    source = settings.data_dir / SQLITE_FILE
    if not source.is_file():
        raise BackupError(f"no server database at {source}")
    out = out.resolve()
    if out == source.resolve():
        raise BackupError("the copy may not replace the database itself")
    if out.exists():
        raise BackupError(f"{out} exists already; choose a new file name")
    if not out.parent.is_dir():
        raise BackupError(f"no folder {out.parent}")
    partial = out.with_name(out.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                problem = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if problem != "ok":
            raise BackupError(f"the copy failed its integrity check: {problem}")
        os.chmod(partial, 0o600)  # it holds every hospital's records
        os.replace(partial, out)
    except sqlite3.Error as exc:
        raise BackupError(f"the copy failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return out.stat().st_size
