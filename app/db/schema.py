"""Opening the local database safely: integrity check, version check, backup, migrate.

The fast path (database already at head) uses only `sqlite3`, so start-up does not
pay for importing Alembic unless there is something to migrate.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db.engine import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_KEPT = 5


class DatabaseProblem(Exception):
    """A database Beamside must not open; the message is shown to the user."""


class NewerSchemaError(DatabaseProblem):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} was made by a newer Beamside (schema {revision})")
        self.path = path
        self.revision = revision


class ForeignDatabaseError(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is an SQLite file but not a Beamside database")
        self.path = path


class CorruptDatabaseError(DatabaseProblem):
    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        super().__init__(f"{path} is damaged: {detail}")
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    path: Path
    migrated_from: str | None  # revision before this start, None when already at head
    backup: Path | None


def known_revisions() -> list[str]:
    """Revision ids in order: files are named `NNNN_slug.py` with revision id `NNNN`."""
    names = (p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    return sorted(names)


def head_revision() -> str:
    return known_revisions()[-1]


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups oldest first (their names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob("beamside-*.db"))


def check_integrity(path: Path) -> str | None:
    """None when `path` reads as a sound SQLite database, else what is wrong."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def current_revision(path: Path) -> str | None:
    """The schema revision stored in `path`; None for an empty database."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise ForeignDatabaseError(path)
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def backup_database(path: Path, backups_dir: Path, label: str) -> Path:
    """Copies `path` with SQLite's online backup API and keeps the newest few copies."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"beamside-{stamp}-{label}.db"
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    for old in list_backups(backups_dir)[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def restore_latest_backup(path: Path, backups_dir: Path) -> Path:
    """Puts the newest sound backup in place of `path`; the damaged file is kept aside."""
    candidates = [b for b in reversed(list_backups(backups_dir)) if check_integrity(b) is None]
    if not candidates:
        raise DatabaseProblem(f"no usable backup in {backups_dir}")
    backup = candidates[0]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for suffix in ("", "-wal", "-shm"):
        damaged = path.with_name(path.name + suffix)
        if damaged.exists():
            damaged.rename(path.with_name(f"{path.name}.damaged-{stamp}{suffix}"))
    shutil.copy2(backup, path)
    return backup


def upgrade(engine: Engine) -> None:
    """Runs Alembic migrations up to head on `engine`."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        # Batch migrations rebuild tables; SQLite would cascade-check (and refuse) the
        # drop of a referenced table, so checks are off meanwhile and verified after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # ends SQLAlchemy's autobegun (empty) transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseProblem(f"migration broke references: {broken[:3]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def open_database(path: Path, backups_dir: Path) -> OpenedDatabase:
    """Checks, backs up and migrates the database at `path`, creating it when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    revision: str | None = None
    if path.exists() and path.stat().st_size > 0:
        problem = check_integrity(path)
        if problem:
            backups = list_backups(backups_dir)
            raise CorruptDatabaseError(path, problem, backups[-1] if backups else None)
        revision = current_revision(path)
        if revision is not None and revision not in known_revisions():
            raise NewerSchemaError(path, revision)
    engine = make_engine(path)
    if revision == head_revision():
        return OpenedDatabase(engine, path, None, None)
    backup = backup_database(path, backups_dir, f"rev{revision}") if revision else None
    upgrade(engine)
    return OpenedDatabase(engine, path, revision, backup)
