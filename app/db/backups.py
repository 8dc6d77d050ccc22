"""Copies of the local database: daily ones, one before each migration, and on demand.

A database made at the current schema is never migrated, so backups cannot depend on
migrations: a daily copy is made at start when the newest copy is older than 24 hours,
and at a clean quit when the database changed since the newest copy. Every copy is made
with SQLite's online backup API (consistent while the app writes, WAL included) into a
temporary file that is synced and renamed, so a copy is whole or absent even if
Beamside is killed while making it. The name says when (UTC) and why:

    beamside-20261204T051500123456Z-daily.db
    beamside-20261204T051500123456Z-premigration-0004.db   (before migrating from 0004)

Kept: the newest daily copy of each of the last 7 days that have one, and the 5 newest
pre-migration copies. Only `sqlite3` does the work, so the commands need no Qt.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.db.engine import read_only_uri
from app.durable import publish

DAILY = "daily"
PRE_MIGRATION = "premigration"
DAILY_DAYS_KEPT = 7
PRE_MIGRATION_KEPT = 5
DUE_AFTER = timedelta(hours=24)
_NAME = re.compile(r"beamside-(\d{8}T\d{6}\d{6})Z-(.+)\.db")
_PARTIAL = ".partial"
# One copy at a time: the quit backup waits for a start backup still running.
_making = threading.Lock()


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # DAILY or PRE_MIGRATION (older names, e.g. `-rev0004`, count as the latter)
    made_at: datetime  # UTC, from the name: a copied file keeps its age


@dataclass(frozen=True)
class Contents:
    """What a database file holds; None where it cannot be read."""

    work_orders: int | None
    signatures: int | None


@dataclass(frozen=True)
class Missing:
    """What a backup lacks compared with the current database."""

    work_orders: list[str]  # numbers, oldest first
    signatures: int


def parse(path: Path) -> Backup | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    made_at = datetime.strptime(match[1], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    kind = DAILY if match[2] == DAILY else PRE_MIGRATION
    return Backup(path, kind, made_at)


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups oldest first (their names sort by time); unfinished copies are not listed."""
    return [b.path for b in backups(backups_dir)]


def backups(backups_dir: Path) -> list[Backup]:
    if not backups_dir.is_dir():
        return []
    found = (parse(p) for p in backups_dir.glob("beamside-*.db"))
    return sorted((b for b in found if b is not None), key=lambda b: b.made_at)


def newest(backups_dir: Path) -> Backup | None:
    found = backups(backups_dir)
    return found[-1] if found else None


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of `source` at `target`, written whole or not at all."""
    partial = target.with_name(target.name + _PARTIAL)
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            con.backup(dest)
            # One self-contained file: a copy left in WAL mode would grow -wal/-shm
            # files beside it whenever it is read.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    publish(partial, target)
    return target


def make_backup(database: Path, backups_dir: Path, kind: str, revision: str = "") -> Path:
    """A copy in `backups_dir` named by time and `kind`; older copies beyond the kept few go."""
    with _making:
        backups_dir.mkdir(parents=True, exist_ok=True)
        for stale in backups_dir.glob(f"*{_PARTIAL}"):  # left by a killed copy
            stale.unlink(missing_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        label = f"{PRE_MIGRATION}-{revision}" if kind == PRE_MIGRATION else DAILY
        target = copy_database(database, backups_dir / f"beamside-{stamp}-{label}.db")
        prune(backups_dir)
        return target


def prune(backups_dir: Path) -> None:
    """Keeps the newest daily copy of each of the last 7 days, and 5 pre-migration copies."""
    found = backups(backups_dir)
    days: dict[object, Backup] = {}
    for backup in (b for b in found if b.kind == DAILY):
        days[backup.made_at.astimezone().date()] = backup  # the newest of its local day
    kept_daily = set(sorted(days.values(), key=lambda b: b.made_at)[-DAILY_DAYS_KEPT:])
    others = [b for b in found if b.kind != DAILY]
    kept = kept_daily | set(others[-PRE_MIGRATION_KEPT:])
    for backup in found:
        if backup not in kept:
            backup.path.unlink(missing_ok=True)


def backup_if_due(database: Path, backups_dir: Path, now: datetime | None = None) -> Path | None:
    """At start: a daily copy when the newest copy is older than 24 hours (or none exists)."""
    last = newest(backups_dir)
    now = now or datetime.now(UTC)
    if not database.is_file() or (last is not None and now - last.made_at < DUE_AFTER):
        return None
    return make_backup(database, backups_dir, DAILY)


def backup_if_changed(database: Path, backups_dir: Path) -> Path | None:
    """At a clean quit: a daily copy unless nothing was written since the newest copy."""
    with _making:  # a start backup still running finishes first
        last = newest(backups_dir)
    if not database.is_file():
        return None
    if last is not None and not _written_since(database, last.made_at):
        return None
    return make_backup(database, backups_dir, DAILY)


def _written_since(database: Path, moment: datetime) -> bool:
    """While the app has the database open, every commit lands in the -wal file, which
    opening creates empty; the database file itself also changes when the last
    connection closes (a checkpoint, same content), so it only tells once all are closed."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        written = wal.stat()
        return written.st_size > 0 and datetime.fromtimestamp(written.st_mtime, UTC) >= moment
    return datetime.fromtimestamp(database.stat().st_mtime, UTC) >= moment


def contents(path: Path) -> Contents:
    """Live work orders and signatures in `path`, as far as it can still be read."""

    def count(con: sqlite3.Connection, table: str) -> int | None:
        try:
            row = con.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
        except sqlite3.DatabaseError:
            return None
        return int(row[0])

    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.DatabaseError:
        return Contents(None, None)
    try:
        return Contents(count(con, "work_order"), count(con, "signature"))
    finally:
        con.close()


def missing_from(backup: Path, database: Path) -> Missing:
    """The live work orders and signatures of `database` that `backup` does not hold."""
    con = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        con.execute("ATTACH DATABASE ? AS backup", (read_only_uri(backup),))
        numbers = [
            r[0]
            for r in con.execute(
                "SELECT number FROM main.work_order WHERE deleted_at IS NULL "
                "AND id NOT IN (SELECT id FROM backup.work_order) ORDER BY created_at"
            )
        ]
        (signatures,) = con.execute(
            "SELECT count(*) FROM main.signature WHERE deleted_at IS NULL "
            "AND id NOT IN (SELECT id FROM backup.signature)"
        ).fetchone()
    finally:
        con.close()
    return Missing(numbers, int(signatures))
