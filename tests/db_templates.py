"""Databases the suite builds once and copies: the migrated empty schema and the demo.

Running every Alembic migration for each new test database, and seeding the demo
(seconds each) for every test that reads it, was most of the suite's time. The first
test that needs one builds it for real (the same `upgrade` and `seed_demo`), later
ones get a byte copy through SQLite's backup API. Only into a database with no rows:
a copy never hides data a test put there first.

Demo templates are shared by the xdist workers of a run (built once under a file lock
in the run's temporary root); the empty schema is cheap and built once per worker.

The sync server's SQLite database is copied the same way: every in-process server
(`create_app`) and every server data folder the harness makes would otherwise run the
server's Alembic migrations again (ServerSchemaTemplate, once per worker).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.db.engine import make_engine

try:  # POSIX: workers wait for the one that seeds; elsewhere each may seed its own
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

Upgrade = Callable[[Engine], None]


def user_tables(con: sqlite3.Connection) -> list[str]:
    rows = con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    )
    return [r[0] for r in rows]


def rows_in(con: sqlite3.Connection) -> int:
    """How many rows the database holds outside Alembic's bookkeeping."""
    return sum(
        con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]  # noqa: S608 - our names
        for t in user_tables(con)
        if t != "alembic_version"
    )


def copy_into(template: Path, engine: Engine) -> None:
    """Replaces the (empty) database behind `engine` with `template`, page by page."""
    raw = engine.raw_connection()
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)
        held = rows_in(target)
        assert held == 0, f"a template is copied only into an empty database ({held} rows)"
        source = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
        try:
            source.backup(target)
        finally:
            source.close()
    finally:
        raw.close()


def settle(path: Path) -> None:
    """One self-contained file (no -wal), so copies read it without writing beside it."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Holds `path`.lock for the block (across xdist workers on POSIX)."""
    if fcntl is None:
        yield
        return
    with open(path.with_name(path.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class SchemaTemplate:
    """A new database at head, made once by the real migrations and copied after."""

    def __init__(self, folder: Path, real_upgrade: Upgrade) -> None:
        self.path = folder / "schema-template.db"
        self.real_upgrade = real_upgrade

    def upgrade(self, engine: Engine) -> None:
        """`schema.upgrade` for the suite: a database without tables gets the template,
        any other (an older revision to migrate) the real migrations."""
        with engine.connect() as connection:
            tables = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).scalar()
        if tables:
            self.real_upgrade(engine)
            return
        if not self.path.exists():
            self._build()
        copy_into(self.path, engine)

    def _build(self) -> None:
        building = self.path.with_name(f"{self.path.name}.{os.getpid()}.new")
        building.unlink(missing_ok=True)
        engine = make_engine(building)
        try:
            self.real_upgrade(engine)
        finally:
            engine.dispose()
        settle(building)
        os.replace(building, self.path)


class ServerSchemaTemplate:
    """The sync server's SQLite database at head, made once by its real migrations.

    Only for `migrate(db)` to head on a SQLite database without tables; any other call
    (a revision, a database with tables, PostgreSQL) runs the real migrations."""

    def __init__(self, folder: Path, real_migrate: Callable[..., None]) -> None:
        self.folder = folder
        self.path = folder / "server-template.db"
        self.real_migrate = real_migrate

    def migrate(self, database: Any, revision: str = "head") -> None:
        """`sync.server.db.migrate` for create_app in the suite."""
        if revision != "head" or not database.is_sqlite or _has_tables(database.engine):
            self.real_migrate(database, revision)
            return
        copy_into(self.built(), database.engine)

    def place(self, data_dir: Path) -> None:
        """A server data folder about to be used by a server process (or its command
        line) gets the migrated database, unless it has one already."""
        from sync.server.settings import SQLITE_FILE

        target = data_dir / SQLITE_FILE
        if target.exists():
            return
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.built(), target)
        target.chmod(0o600)  # as the server makes it (it warns about a wider mode)

    def built(self) -> Path:
        if not self.path.exists():
            from sync.server.db import Database
            from sync.server.settings import Settings

            building = self.folder / f"building-{os.getpid()}"
            shutil.rmtree(building, ignore_errors=True)
            settings = Settings(building)
            database = Database(settings)
            try:
                self.real_migrate(database)
            finally:
                database.dispose()
            made = Path(settings.url.removeprefix("sqlite:///"))
            settle(made)
            os.replace(made, self.path)
        return self.path


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(
            connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type='table'"
            ).scalar()
        )


# The worker's server template while the suite runs (conftest sets it), for the
# harness that starts server processes; None outside the suite.
server_template: ServerSchemaTemplate | None = None


class DemoTemplates:
    """Demo databases by (day, user), seeded once per run by the real `seed_demo`."""

    def __init__(self, folder: Path, seed: Callable[[Path, date, str], int]) -> None:
        self.folder = folder
        self.seed = seed  # seeds a new data folder, returns seed_demo's count

    def template(self, today: date, login: str) -> tuple[Path, int]:
        path = self.folder / f"demo-{today.isoformat()}-{login}.db"
        count_file = path.with_suffix(".count")
        with locked(path):
            if not path.exists():
                data = self.folder / f"demo-{today.isoformat()}-{login}.{os.getpid()}"
                count = self.seed(data, today, login)
                built = data / "beamside.db"
                settle(built)
                leftovers = sorted(p.name for p in data.rglob("*") if p.is_file() and p != built)
                # The demo writes only its database; copying the .db alone relies on it.
                assert leftovers == [], f"the demo wrote more than its database: {leftovers}"
                count_file.write_text(str(count))
                os.replace(built, path)
        return path, int(count_file.read_text())


DemoSeed = Callable[..., int]  # the `demo_seed` fixture: (store, today=None) -> count
