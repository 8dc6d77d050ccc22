"""The server's Alembic migrations: from an empty database to head, and in step with the
models (autogenerate finds nothing to do), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

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
        assert current_revision(db) == head_revision() == "0009"
        with db.read() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, ServerBase.metadata) == []
            tables = set(inspect(connection).get_table_names())
            found = connection.execute(text("SELECT name, value FROM counter"))
            counters = dict(found.tuples().all())
        assert {"sync_row", "sync_change", "device", "audit_anchor"} <= tables
        assert counters == {"seq": 0, "device": 0}
        migrate(db)  # at head: nothing to do, nothing broken
        assert current_revision(db) == "0009"
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


def test_devices_of_revision_0002_can_be_certified_and_revoked_after_the_upgrade(
    server_settings: Settings, backend: str
) -> None:
    """A server database at 0002 holding a user and a revoked device upgrades; the new
    certificate table starts empty and takes certificates of the devices it held."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from sync.server.models import Device, DeviceCertificate

    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0002")
        revoked = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
        with db.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO server_user (id, name, password_hash, role, disabled, "
                    "created_at, updated_at) VALUES (1, 'li.na', 'x', 'engineer', false, "
                    ":at, :at)"
                ),
                {"at": revoked},
            )
            connection.execute(
                text(
                    "INSERT INTO device (device_id, number, number_prefix, user_id, name, "
                    "created_at, last_login_at, revoked_at) VALUES ('old', 1, 'A1', 1, 'x', "
                    ":at, :at, :at)"
                ),
                {"at": revoked},
            )
        migrate(db)
        assert current_revision(db) == "0009"
        with db.session() as session:
            assert session.scalars(select(DeviceCertificate)).all() == []
            session.add(
                DeviceCertificate(
                    serial="1f", device_id="old", user_name="li.na", key_sha256="0" * 64,
                    certificate_pem="-", not_after=revoked,
                )
            )  # fmt: skip
        with db.reading() as session:
            device = session.get(Device, "old")
            assert device is not None and device.revoked_at == revoked
    finally:
        db.dispose()


def test_anchored_trails_of_revision_0002_stay_and_can_fork(
    server_settings: Settings, backend: str
) -> None:
    """A server of revision 0002 holding an anchored trail upgrades with the trail as it
    was, and the new tables take a fork of it (the chain check reads both)."""
    from app.domain.audit_chain import GENESIS, entry_hash
    from sync.protocol import AuditEntryOut, AuditForkPoint
    from sync.server.audit import anchor
    from sync.server.audit_check import check_trails

    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0002")
        at = "2026-11-25T10:00:00.000000+00:00"
        prev, rows, first = GENESIS, list[dict[str, Any]](), ""
        for seq in (1, 2):
            values = [seq, at, "li.na", "customer", "c1", "insert", "name_zh", None, f"v{seq}"]
            digest = entry_hash(prev, *values)  # type: ignore[arg-type]
            rows.append({"seq": seq, "prev": prev, "hash": digest, "new": f"v{seq}"})
            first, prev = first or digest, digest
        with db.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO audit_entry (device_id, seq, at, user_login, table_name, "
                    "record_id, action, field, old_value, new_value, prev_hash, hash, "
                    "received_at) VALUES ('d1', :seq, :at, 'li.na', 'customer', 'c1', "
                    "'insert', 'name_zh', NULL, :new, :prev, :hash, '2026-11-25 10:00:00')"
                ),
                [{**row, "at": at} for row in rows],
            )
            connection.execute(
                text(
                    "INSERT INTO audit_anchor (device_id, seq, hash, updated_at) "
                    "VALUES ('d1', 2, :hash, '2026-11-25 10:00:00')"
                ),
                {"hash": prev},
            )
        migrate(db)
        assert current_revision(db) == "0009"
        [trail] = check_trails(db)
        assert (trail.device_id, trail.entries, trail.problem, trail.forks) == ("d1", 2, None, [])
        digest = entry_hash(first, 2, at, "li.na", "customer", "c1", "update", "name_zh", "v1", "x")
        entry = AuditEntryOut(
            seq=2,
            at=at,
            user_login="li.na",
            table_name="customer",
            record_id="c1",
            action="update",
            field="name_zh",
            old_value="v1",
            new_value="x",
            prev_hash=first,
            hash=digest,
        )
        fork = AuditForkPoint(seq=1, hash=first)
        now = datetime.now(UTC)
        assert anchor(db, "d1", [entry], now, fork, "li.na").forked
        [trail] = check_trails(db)
        assert trail.clean and trail.entries == 2
        assert [(f.fork_seq, f.old_seq, f.set_aside) for f in trail.forks] == [(1, 2, 1)]
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


def test_devices_of_revision_0006_keep_their_tokens_and_admin_actions_start_empty(
    server_settings: Settings, backend: str
) -> None:
    """A server of revision 0006 holding a logged-in device upgrades with the token's
    last use set to the login (not expired at once), and an empty admin trail."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from sync.server.admin_audit import list_actions
    from sync.server.models import Device

    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0006")
        login = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
        with db.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO server_user (id, name, password_hash, role, disabled, "
                    "created_at, updated_at) VALUES (1, 'li.na', 'x', 'engineer', false, "
                    ":at, :at)"
                ),
                {"at": login},
            )
            connection.execute(
                text(
                    "INSERT INTO device (device_id, number, number_prefix, user_id, name, "
                    "token_sha256, created_at, last_login_at) VALUES "
                    "('with', 1, 'A1', 1, 'x', :t, :at, :at), ('without', 2, 'A2', 1, 'y', "
                    "NULL, :at, :at)"
                ),
                {"at": login, "t": "ab" * 32},
            )
        migrate(db)
        assert current_revision(db) == "0009"
        with db.reading() as session:
            used = {d.device_id: d.token_used_at for d in session.scalars(select(Device))}
            issued = {d.device_id: d.token_issued_at for d in session.scalars(select(Device))}
        assert used == issued == {"with": login, "without": None}
        assert list_actions(db) == []
    finally:
        db.dispose()


def test_blobs_of_revision_0008_stay_and_the_database_store_starts_empty(
    server_settings: Settings, backend: str
) -> None:
    """A server of revision 0008 with a finished and an unfinished upload (the folder
    store) upgrades with both records kept; the blob bytes table (0009) is empty and
    takes a blob."""
    import hashlib

    from sqlalchemy import select

    from sync.server.blobs_db import DatabaseBlobStore
    from sync.server.models import Blob, BlobChunk

    db = _empty(dataclasses.replace(server_settings, migrate_on_start=False), backend)
    try:
        migrate(db, "0008")
        at = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
        with db.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO blob (sha256, size, device_id, created_at, completed_at) "
                    "VALUES (:done, 10, 'laptop', :at, :at), (:half, 20, 'laptop', :at, NULL)"
                ),
                {"done": "a" * 64, "half": "b" * 64, "at": at},
            )
        migrate(db)
        assert current_revision(db) == "0009"
        with db.reading() as session:
            kept = {b.sha256: b.completed_at for b in session.scalars(select(Blob))}
            assert session.scalars(select(BlobChunk)).all() == []
        assert kept == {"a" * 64: at, "b" * 64: None}
        data = b"bytes kept in the database"
        sha = hashlib.sha256(data).hexdigest()
        with db.session() as session:
            session.add(Blob(sha256=sha, size=len(data), device_id="laptop"))
        store = DatabaseBlobStore(db)
        assert store.append(sha, 0, len(data), data).complete
        assert b"".join(store.read(sha, 0, len(data))) == data
    finally:
        db.dispose()
