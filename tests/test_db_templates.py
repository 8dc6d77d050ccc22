"""The suite's database copies (tests/db_templates.py) are what the real steps make."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.db import schema
from app.db.engine import make_engine
from app.paths import backups_dir, database_path
from tests import db_templates
from tests.conftest import REAL_UPGRADE
from tests.db_templates import copy_into


def described(path: Path) -> tuple[list[tuple[str, str, list[str]]], list[tuple[str]]]:
    """Every table and index with its definition's clauses, and the schema revision.
    Clauses sorted: two real runs of the batch migrations may list constraints in
    another order."""
    con = sqlite3.connect(path)
    try:
        objects = [
            (kind, name, sorted(p.strip() for p in sql.rstrip().removesuffix(")").split(",")))
            for kind, name, sql in con.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            )
        ]
        return objects, con.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        con.close()


def test_a_copied_new_database_is_the_migrated_one(tmp_path: Path) -> None:
    assert schema.upgrade is not REAL_UPGRADE  # the suite copies
    copied = tmp_path / "copied"
    schema.open_database(database_path(copied), backups_dir(copied)).engine.dispose()
    migrated = tmp_path / "migrated.db"
    engine = make_engine(migrated)
    REAL_UPGRADE(engine)
    engine.dispose()
    assert described(database_path(copied)) == described(migrated)
    assert described(migrated)[1] == [(schema.head_revision(),)]


@pytest.mark.real_migrations
def test_the_marker_runs_the_real_migrations() -> None:
    assert schema.upgrade is REAL_UPGRADE


def test_a_template_is_never_copied_over_rows(store_path: Path) -> None:
    engine = make_engine(store_path)
    try:
        with pytest.raises(AssertionError, match="only into an empty database"):
            copy_into(store_path, engine)
    finally:
        engine.dispose()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A database at head with one row in it."""
    folder = tmp_path / "data"
    opened = schema.open_database(database_path(folder), backups_dir(folder))
    with opened.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO local_device (id, device_id, number_prefix, created_at) "
            "VALUES (1, 'd', 'AB12', '2026-01-01 00:00:00')"
        )
    opened.engine.dispose()
    return database_path(folder)


def test_a_copied_server_database_is_the_migrated_one(tmp_path: Path) -> None:
    """create_app's copy and a harness folder's copy are what the server's own
    migrations make of an empty database."""
    from sync.server import app as server_app
    from sync.server import db as server_db
    from sync.server.app import create_app
    from sync.server.settings import SQLITE_FILE, PasswordCost, Settings

    assert server_app.migrate is not server_db.migrate  # the suite copies
    copied = Settings(tmp_path / "copied", password_cost=PasswordCost.cheap())
    app = create_app(copied)
    app.state.server.db.dispose()
    assert db_templates.server_template is not None
    placed = tmp_path / "placed"
    db_templates.server_template.place(placed)
    migrated = Settings(tmp_path / "migrated")
    database = server_db.Database(migrated)
    server_db.migrate(database)
    database.dispose()
    fresh = described(migrated.data_dir / SQLITE_FILE)
    assert described(copied.data_dir / SQLITE_FILE) == fresh
    assert described(placed / SQLITE_FILE) == fresh
    assert fresh[1] == [(server_db.head_revision(),)]
    assert (placed / SQLITE_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.real_migrations
def test_the_marker_runs_the_servers_real_migrations() -> None:
    from sync.server import app as server_app
    from sync.server import db as server_db

    assert server_app.migrate is server_db.migrate
    assert db_templates.server_template is None
