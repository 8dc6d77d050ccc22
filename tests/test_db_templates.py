"""The suite's database copies (tests/db_templates.py) are what the real steps make."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.db import schema
from app.db.engine import make_engine
from app.paths import backups_dir, database_path
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
