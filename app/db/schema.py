"""Opening the local database safely: integrity check, version check, backup, migrate.

The fast path (database already at head) uses only `sqlite3`, so start-up does not
pay for importing Alembic unless there is something to migrate.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from app.db import backups
from app.db.backups import list_backups as list_backups
from app.db.engine import make_engine, read_only_uri
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.durable import publish

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# Our own findings (SQLite's are passed on as it words them); the UI translates them.
EMPTY = QT_TRANSLATE_NOOP("Damage", "the file is empty (0 bytes)")
NO_HEADER = QT_TRANSLATE_NOOP("Damage", "the file does not begin with an SQLite header")
NO_TABLES = QT_TRANSLATE_NOOP("Damage", "the file holds no Beamside tables")
FOREIGN = QT_TRANSLATE_NOOP("Damage", "an SQLite file of another program")


class DatabaseProblem(Exception):
    """A database Beamside must not open; the message is shown to the user."""


class NewerSchemaError(DatabaseProblem):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} was made by a newer Beamside (schema {revision})")
        self.path = path
        self.revision = revision


class CorruptDatabaseError(DatabaseProblem):
    def __init__(self, path: Path, detail: str, latest_backup: Path | None) -> None:
        super().__init__(f"{path} is damaged: {detail}")
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup


class ForeignDatabaseError(CorruptDatabaseError):
    """Another program's SQLite file where ours should be: damage as far as the user is
    concerned (a backup is offered; the file is set aside, never overwritten)."""

    def __init__(self, path: Path, latest_backup: Path | None = None) -> None:
        super().__init__(path, FOREIGN, latest_backup)
        self.args = (f"{path} is an SQLite file but not a Beamside database",)


class DatabaseAccessError(DatabaseProblem):
    """The file may be sound but cannot be read here: never a reason to restore."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} cannot be read: {detail}")
        self.path = path
        self.detail = detail


class ReadOnlyDatabaseError(DatabaseProblem):
    """A sound database Beamside may read but not write (read-only disk, folder or file)."""

    def __init__(self, path: Path) -> None:
        folder = not os.access(path.parent, os.W_OK | os.X_OK)
        where = f"the folder {path.parent}" if folder else str(path)
        super().__init__(f"{where} is read-only; the database in it is sound but cannot be changed")
        self.path = path
        self.folder = folder


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


def check_integrity(path: Path) -> str | None:
    """None when `path` reads as a sound SQLite database, else what is wrong with it.

    A file that cannot be opened for lack of rights is not damaged: that raises
    `DatabaseAccessError` instead, so nobody is sent to restore a sound file.
    """
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseAccessError(path, exc.strerror or str(exc)) from exc
    if not header:
        return EMPTY
    if header != SQLITE_HEADER:
        return NO_HEADER
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc):
            raise DatabaseAccessError(path, str(exc)) from exc
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def current_revision(path: Path) -> str | None:
    """The schema revision stored in `path`; None for a database with no tables."""
    con = sqlite3.connect(read_only_uri(path), uri=True)
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


def damage(path: Path) -> str | None:
    """What makes an existing file no usable Beamside database, None when it is sound.

    Raises `NewerSchemaError` / `ForeignDatabaseError` for files that are sound but not
    ours to open, and `DatabaseAccessError` for a file we may not read.
    """
    problem = check_integrity(path)
    if problem:
        return problem
    revision = current_revision(path)
    if revision is None:  # a file that exists is never a new install
        return NO_TABLES
    if revision not in known_revisions():
        raise NewerSchemaError(path, revision)
    return None


def backup_database(path: Path, backups_dir: Path, revision: str) -> Path:
    """The copy made before migrating from `revision`."""
    return backups.make_backup(path, backups_dir, backups.PRE_MIGRATION, revision)


def restore_latest_backup(
    path: Path, backups_dir: Path, kept_as: str = "damaged", backup: Path | None = None
) -> Path:
    """Puts the newest sound backup (or `backup`, already checked) in place of `path`;
    the file it replaces is kept aside as `<name>.<kept_as>-<time>` (with its -wal/-shm),
    never overwritten."""
    backup = backup or latest_sound_backup(backups_dir)
    if backup is None:
        raise DatabaseProblem(f"no usable backup in {backups_dir}")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for suffix in ("", "-wal", "-shm"):
        damaged = path.with_name(path.name + suffix)
        if damaged.exists():
            damaged.rename(path.with_name(f"{path.name}.{kept_as}-{stamp}{suffix}"))
    backups.copy_database(backup, path)
    return backup


def latest_sound_backup(backups_dir: Path) -> Path | None:
    return next((b for b in reversed(list_backups(backups_dir)) if _sound(b)), None)


def _sound(path: Path) -> bool:
    try:
        return damage(path) is None
    except DatabaseProblem:
        return False


def upgrade(engine: Engine) -> None:
    """Runs Alembic migrations up to head on `engine`."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        # Batch migrations rebuild tables; SQLite would cascade-check (and refuse) the
        # drop of a referenced table, so checks are off meanwhile and verified after.
        # raw: SQLite PRAGMAs have no Core form
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


def open_database(path: Path, backups_dir: Path, read_only: bool = False) -> OpenedDatabase:
    """Checks, backs up and migrates the database at `path`, creating it only when absent.

    `read_only` (the commands that only read) opens it without writing a byte, so a sound
    file on a read-only disk or in a read-only folder still opens.
    """
    if not path.exists():
        if read_only:
            raise DatabaseProblem(f"no database at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        _create(path)
        return OpenedDatabase(make_engine(path), path, None, None)
    try:
        problem = damage(path)
    except ForeignDatabaseError:
        raise ForeignDatabaseError(path, latest_sound_backup(backups_dir)) from None
    if problem:
        raise CorruptDatabaseError(path, problem, latest_sound_backup(backups_dir))
    revision = current_revision(path)
    if read_only:
        if revision != head_revision():
            raise DatabaseProblem(
                f"{path} is at schema {revision}: open it once in Beamside to bring it up to date"
            )
        return OpenedDatabase(make_engine(path, read_only=True), path, None, None)
    if not _writable(path):
        raise ReadOnlyDatabaseError(path)
    engine = make_engine(path)
    if revision == head_revision():
        return OpenedDatabase(engine, path, None, None)
    assert revision is not None  # damage() refused a file without one
    backup = backup_database(path, backups_dir, revision)
    upgrade(engine)
    return OpenedDatabase(engine, path, revision, backup)


def _create(path: Path) -> None:
    """A new database is built beside its place and renamed in: a crash half-way leaves
    no file, so the next start again sees a new install rather than damage."""
    fresh = path.with_name(path.name + ".new")
    for leftover in ("", "-wal", "-shm", "-journal"):
        Path(f"{fresh}{leftover}").unlink(missing_ok=True)
    engine = make_engine(fresh)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    con = sqlite3.connect(fresh)
    try:  # one self-contained file to rename; each connection turns WAL on again
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    publish(fresh, path)


def _writable(path: Path) -> bool:
    """SQLite writes the file and creates its -wal/-shm beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
