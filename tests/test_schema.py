"""Opening the local database: migrations, pragmas, refusals, corruption and backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from app.db import backups as backups_module
from app.db import schema
from app.db.engine import make_engine
from app.db.tables import Base
from app.domain.enums import HospitalGrade
from app.domain.records import CustomerDraft
from app.paths import backups_dir, database_path
from app.services.registry.customers import customer_choices, save_customer
from app.services.store import Store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def alembic_config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@pytest.mark.real_migrations  # the new database itself, not the suite's copy
def test_migrates_an_empty_folder_to_head_with_safe_pragmas(data_dir: Path) -> None:
    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    assert schema.current_revision(opened.path) == schema.head_revision()
    tables = set(inspect(opened.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with opened.engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert con.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert con.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert opened.backup is None  # nothing to back up in a new database


@pytest.mark.real_migrations  # the new database itself, not the suite's copy
def test_models_match_the_migrations(data_dir: Path) -> None:
    """Autogenerate finds nothing: every model change came with a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    with opened.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), Base.metadata)
    assert diff == []


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "round.db")
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "head")
        command.downgrade(alembic_config(con), "base")
        command.upgrade(alembic_config(con), "head")
    assert "work_order" in inspect(engine).get_table_names()


@pytest.mark.parametrize("previous", schema.known_revisions()[:-1])
def test_upgrades_a_database_of_each_earlier_version_after_a_backup(
    data_dir: Path, previous: str
) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), previous)
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == previous
    assert opened.backup is not None and schema.current_revision(opened.backup) == previous
    assert schema.current_revision(path) == schema.head_revision()


def test_a_newer_database_is_refused_untouched(data_dir: Path) -> None:
    path = database_path(data_dir)
    schema.open_database(path, backups_dir(data_dir)).engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = sha(path)
    with pytest.raises(schema.NewerSchemaError) as refused:
        schema.open_database(path, backups_dir(data_dir))
    assert refused.value.revision == "9999"
    assert sha(path) == before
    assert schema.list_backups(backups_dir(data_dir)) == []


def test_another_programs_sqlite_file_is_refused(data_dir: Path) -> None:
    path = database_path(data_dir)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.close()
    with pytest.raises(schema.ForeignDatabaseError):
        schema.open_database(path, backups_dir(data_dir))


def test_a_file_that_is_not_a_database_is_reported_damaged(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"this is not an SQLite database at all" * 200)
    with pytest.raises(schema.CorruptDatabaseError) as damaged:
        schema.open_database(path, backups_dir(data_dir))
    assert damaged.value.latest_backup is None
    assert path.read_bytes().startswith(b"this is not")  # left alone


def _store(data_dir: Path) -> Store:
    opened = schema.open_database(database_path(data_dir), backups_dir(data_dir))
    return Store(opened.engine, data_dir, "tester")


def test_damaged_database_is_detected_and_the_latest_backup_restored(data_dir: Path) -> None:
    path, backups = database_path(data_dir), backups_dir(data_dir)
    store = _store(data_dir)
    save_customer(store, None, CustomerDraft("山东省肿瘤医院", grade=HospitalGrade.GRADE_3A))
    store.engine.dispose()
    backup = schema.backup_database(path, backups, "manual")
    # Scribble over the middle of the file, as a failing disk would.
    raw = bytearray(path.read_bytes())
    raw[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(raw))
    with pytest.raises(schema.CorruptDatabaseError) as damaged:
        schema.open_database(path, backups)
    assert damaged.value.latest_backup == backup

    restored = schema.restore_latest_backup(path, backups)
    assert restored == backup
    kept = data_dir.glob("beamside.db.damaged-*")
    main_files = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    assert len(main_files) == 1 and main_files[0].read_bytes() == bytes(raw)
    store = _store(data_dir)
    assert [name for _, name in customer_choices(store)] == ["山东省肿瘤医院"]


def test_only_the_newest_backups_are_kept(data_dir: Path) -> None:
    path, backups = database_path(data_dir), backups_dir(data_dir)
    schema.open_database(path, backups).engine.dispose()
    made = [schema.backup_database(path, backups, f"n{i}") for i in range(8)]
    kept = made[-backups_module.PRE_MIGRATION_KEPT :]
    assert schema.list_backups(backups) == kept
    assert all(schema.check_integrity(b) is None for b in kept)


def test_restore_without_backup_says_so(data_dir: Path) -> None:
    with pytest.raises(schema.DatabaseProblem, match="no usable backup"):
        schema.restore_latest_backup(database_path(data_dir), backups_dir(data_dir))


_STAMP = "'2026-01-05 08:00:00.000000', '2026-01-05 08:00:00.000000', 'old'"
# A work order with its unit, customer and engineer, as revision 0001 stores them.
FIRST_VERSION_ROWS = (
    f"INSERT INTO customer VALUES ('湖南省肿瘤医院', '', '', '湖南', '3A', 'c1', {_STAMP}, NULL)",
    f"INSERT INTO site VALUES ('c1', '放疗科', '', 's1', {_STAMP}, NULL)",
    f"INSERT INTO equipment_model VALUES ('Elekta', 'Versa HD', 'linac', 'm1', {_STAMP}, NULL)",
    "INSERT INTO equipment VALUES ('m1', 's1', '153101', '', '', NULL, NULL, NULL, "
    f"'warranty', 'clinical', '[10,10,10,10,10,0,0]', 'e1', {_STAMP}, NULL)",
    f"INSERT INTO \"user\" VALUES ('李娜', 'li.na', 'engineer', '', 'u1', {_STAMP}, NULL)",
    "INSERT INTO work_order VALUES ('WO-2026-K7-00001', 'repair', 'reported', 'high', "
    "'e1', '真空泵报警', '2026-01-05 08:00:00.000000', NULL, NULL, NULL, NULL, NULL, "
    f"'w1', {_STAMP}, NULL)",
    f"INSERT INTO work_order_assignment VALUES ('w1', 'u1', 'a1', {_STAMP}, NULL)",
)


def test_records_of_the_first_version_survive_the_upgrade(data_dir: Path) -> None:
    """A 0.1.0 database (revision 0001) with a work order upgrades with its rows intact."""
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0001" and opened.backup is not None
    with opened.engine.connect() as con:
        row = con.exec_driver_sql(
            "SELECT number, description, cancel_reason, origin_id FROM work_order"
        ).one()
        assert tuple(row) == ("WO-2026-K7-00001", "真空泵报警", "", None)
        assert con.exec_driver_sql("SELECT count(*) FROM work_order_assignment").scalar() == 1
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_checklist_runs_of_revision_0004_upgrade_with_an_empty_fit_exception(
    data_dir: Path,
) -> None:
    """A run saved before templates declared their units keeps its values; its reason for
    using a template made for another unit is empty (it was never asked)."""
    import json

    from app.services.checklists import checklist_runs
    from app.services.checklists.checklist_templates import load_templates

    path = database_path(data_dir)
    engine = make_engine(path)
    snapshot = json.dumps(dict(load_templates()[0]["linac_pm"].data), ensure_ascii=False)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # batch rebuilds, as schema.py does
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0004")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO checklist_run (work_order_id, template_id, template_version, "
            "template_title, template_snapshot, machine_class, state, started_at, "
            "completed_at, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            "('w1', 'linac_pm', 1, 'Linac preventive maintenance', ?, 'imrt', "
            "'in_progress', '2026-01-05 09:00:00.000000', NULL, 'r1', "
            "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL)",
            (snapshot,),
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0004"
    with opened.engine.connect() as con:
        row = con.exec_driver_sql(
            "SELECT template_id, machine_class, fit_exception FROM checklist_run"
        ).one()
    assert tuple(row) == ("linac_pm", "imrt", "")
    run = checklist_runs.load_run(Store(opened.engine, data_dir, "tester"), "r1")
    assert (run.title_en, run.fit_exception) == ("Linac preventive maintenance", "")
