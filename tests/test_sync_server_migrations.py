"""The server's Alembic migrations: from an empty database to head, and in step with the
models (autogenerate finds nothing to do), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from sync.server.db import Database, alembic_config, current_revision, head_revision, migrate
from sync.server.models import ServerBase
from sync.server.settings import Settings

pytest_plugins = ["tests.sync_fixtures"]


def _empty(settings: Settings, backend: str) -> Database:
    db = Database(settings)
    if backend == "postgresql":  # the fixture's database comes migrated: start over
        with db.write() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    return db


def test_upgrade_from_nothing_to_head_matches_the_models(
    server_settings: Settings, backend: str
) -> None:
    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        assert current_revision(db) is None
        migrate(db)
        assert current_revision(db) == head_revision() == "0004"
        with db.read() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, ServerBase.metadata) == []
            tables = set(inspect(connection).get_table_names())
            found = connection.execute(text("SELECT name, value FROM counter"))
            counters = dict(found.tuples().all())
        assert {"sync_row", "sync_change", "device", "audit_anchor"} <= tables
        assert counters == {"seq": 0, "device": 0}
        migrate(db)  # at head: nothing to do, nothing broken
        assert current_revision(db) == "0004"
    finally:
        db.dispose()


def test_downgrade_to_nothing_and_up_again(server_settings: Settings, backend: str) -> None:
    db = _empty(server_settings, backend)
    try:
        migrate(db)
        config = alembic_config()
        with db.write() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with db.read() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        migrate(db)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()


def test_rows_of_the_first_version_get_their_natural_keys(
    server_settings: Settings, backend: str
) -> None:
    """A server database of revision 0001 holding rows upgrades, and a user it held
    then still blocks a second user with the same login."""
    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0001")
        with db.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO sync_row (table_name, row_id, data, clocks, seq) VALUES "
                    "('user', 'u1', :data, '{\"*\":\"x\"}', 1), "
                    "('customer', 'c1', '{\"name_zh\":\"某医院\"}', '{\"*\":\"x\"}', 2)"
                ),
                {"data": '{"id":"u1","login":"wang","display_name":"王工","role":"engineer"}'},
            )
        migrate(db)
        with db.read() as connection:
            keys = dict(
                connection.execute(text("SELECT row_id, natural_key FROM sync_row")).tuples().all()
            )
        assert keys == {"u1": '["wang"]', "c1": None}
    finally:
        db.dispose()


def test_names_of_the_previous_version_take_their_canonical_form(
    server_settings: Settings, backend: str
) -> None:
    """A database of revision 0002 holding accounts upgrades: names become canonical
    (so their owners still log in under them) unless two would become one."""
    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0002")
        with db.write() as connection:
            for name in ("Li.Na", " wang.fang ", "zhou", "ZHOU"):
                connection.execute(
                    text(
                        "INSERT INTO server_user (name, password_hash, role, disabled, "
                        "created_at, updated_at) VALUES (:n, 'h', 'engineer', false, "
                        "'2026-11-01 08:00:00.000000', '2026-11-01 08:00:00.000000')"
                    ),
                    {"n": name},
                )
        migrate(db)
        with db.read() as connection:
            names = connection.execute(text("SELECT name FROM server_user ORDER BY id"))
            assert list(names.scalars()) == ["li.na", "wang.fang", "zhou", "ZHOU"]
            failures = connection.execute(text("SELECT count(*) FROM login_failures"))
            assert failures.scalar_one() == 0
    finally:
        db.dispose()
