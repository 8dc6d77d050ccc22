"""Migration 0033: a database of revision 0026 with a per-beam baseline and checklist
values upgrades with both intact; its values have no baseline, and a baseline of the
unit as a whole (no beam) can then be stored."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.paths import backups_dir, database_path
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

_STAMP = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"


def test_a_database_of_revision_0026_upgrades_with_its_baselines_and_values(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0001")
        for sql in FIRST_VERSION_ROWS:
            con.exec_driver_sql(sql)
    with engine.connect() as con:
        con.exec_driver_sql("PRAGMA foreign_keys=OFF")  # batch rebuilds, as schema.py does
        con.commit()
        with con.begin():
            command.upgrade(alembic_config(con), "0026")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO checklist_run (work_order_id, template_id, template_version, "
            "template_title, template_snapshot, machine_class, fit_exception, "
            "class_override_reason, state, started_at, completed_at, id, created_at, "
            "updated_at, updated_by, deleted_at) VALUES ('w1', 'linac_qa_monthly_tg142', 3, "
            "'Monthly', '{}', 'imrt', '', '', 'completed', '2026-01-05 09:00:00.000000', NULL, "
            f"'run1', {_STAMP})"
        )
        con.exec_driver_sql(
            "INSERT INTO checklist_value (run_id, item_id, text, number, unit, verdict, "
            "comment, entered_at, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            "('run1', 'kv_image_quality', 'pass', NULL, '', 'pass', '', "
            f"'2026-01-05 09:00:00.000000', 'v1', {_STAMP})"
        )
        con.exec_driver_sql(
            "INSERT INTO unit_beam (equipment_id, particle, energy, fff, reference_output, "
            f"position, id, created_at, updated_at, updated_by, deleted_at) VALUES "
            f"('e1', 'photon', 6, 0, 1.0, 0, 'b1', {_STAMP})"
        )
        con.exec_driver_sql(
            "INSERT INTO checklist_baseline (equipment_id, item_id, beam_id, value, unit, "
            "occasion, set_at, set_by, run_id, id, created_at, updated_at, updated_by, "
            "deleted_at) VALUES ('e1', 'xray_beam_quality', 'b1', 66.5, '%', 'acceptance', "
            f"'2026-01-05 09:00:00.000000', '陈静', NULL, 'base1', {_STAMP})"
        )
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0026"
    with opened.engine.begin() as con:
        value = con.exec_driver_sql(
            "SELECT text, verdict, baseline, baseline_id, difference FROM checklist_value "
            "WHERE id = 'v1'"
        ).one()
        kept = con.exec_driver_sql(
            "SELECT beam_id, value, set_by FROM checklist_baseline WHERE id = 'base1'"
        ).one()
        assert tuple(value) == ("pass", "pass", None, None, None)
        assert tuple(kept) == ("b1", 66.5, "陈静")
        con.exec_driver_sql(
            "INSERT INTO checklist_baseline (equipment_id, item_id, beam_id, value, unit, "
            "occasion, set_at, set_by, run_id, id, created_at, updated_at, updated_by, "
            "deleted_at) VALUES ('e1', 'cbct_noise', NULL, 18, 'HU', 'acceptance', "
            f"'2026-01-06 09:00:00.000000', '陈静', 'run1', 'base2', {_STAMP})"
        )
        con.exec_driver_sql(
            "UPDATE checklist_value SET baseline = 18, baseline_id = 'base2', difference = 1 "
            "WHERE id = 'v1'"
        )
        assert con.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    opened.engine.dispose()
