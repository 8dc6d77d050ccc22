"""Migration 0013: the engineer's "back in clinical use" checkbox becomes a legacy
clinical release, marked as such; records without the tick get none."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.paths import backups_dir, database_path
from app.services.clinical import release
from app.services.store import Store
from app.services.work_orders import field_records
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

_REPAIR = (
    "INSERT INTO repair_record (work_order_id, symptom, fault_code, cause, actions, "
    "labour_hours, travel_hours, trial_run_result, trial_run_notes, back_in_clinical_use, "
    "back_in_use_at, id, created_at, updated_at, updated_by, deleted_at) VALUES "
    "(?, '真空泵报警', 'VAC-01', '离子泵老化', '更换离子泵控制器', 2.0, 1.0, 'passed', '', "
    "?, ?, ?, '2026-01-05 09:00:00.000000', '2026-01-05 12:00:00.000000', 'li.na', NULL)"
)


def test_ticked_repairs_of_revision_0010_become_legacy_releases(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
        con.exec_driver_sql(
            "INSERT INTO work_order SELECT 'WO-2026-K7-00002', type, state, priority, "
            "equipment_id, '剂量报警', reported_at, acknowledged_at, arrived_at, started_at, "
            "finished_at, closed_at, 'w2', created_at, updated_at, updated_by, deleted_at "
            "FROM work_order WHERE id = 'w1'"
        )
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # batch rebuilds, as schema.py does
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0010")
    with engine.begin() as con:
        con.exec_driver_sql(_REPAIR, ("w1", 1, "2026-01-05 11:40:00.000000", "r1"))
        con.exec_driver_sql(_REPAIR, ("w2", 0, None, "r2"))
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0010"
    with opened.engine.connect() as con:
        rows = con.exec_driver_sql(
            "SELECT work_order_id, equipment_id, released_by, released_at, legacy, "
            "signature_id FROM clinical_release"
        ).all()
        columns = [r[1] for r in con.exec_driver_sql("PRAGMA table_info(repair_record)")]
    assert [tuple(r) for r in rows] == [("w1", "e1", "李娜", "2026-01-05 11:40:00.000000", 1, None)]
    assert "back_in_clinical_use" not in columns and "replaced_components" in columns
    store = Store(opened.engine, data_dir, "tester")
    view = release.release_view(store, "w1")
    assert view.release is not None and view.release.legacy
    assert view.release.released_by == "李娜"
    assert release.release_view(store, "w2").release is None
    assert field_records.load_repair(store, "w1").replaced_components == ()


def test_follow_ups_of_revision_0013_become_first_calls(data_dir: Path) -> None:
    """Migration 0014: a follow-up made before the tracking period's second contact
    existed is the first call."""
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0013")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO follow_up (work_order_id, due_date, done_at, outcome, notes, "
            "new_work_order_id, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            "('w1', '2026-01-15', NULL, 'open', '', NULL, 'f1', '2026-01-05 09:00:00.000000', "
            "'2026-01-05 09:00:00.000000', 'li.na', NULL)"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0013"
    with opened.engine.connect() as con:
        row = con.exec_driver_sql("SELECT id, due_date, contact FROM follow_up").one()
    assert tuple(row) == ("f1", "2026-01-15", 1)
