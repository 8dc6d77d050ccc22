"""Migration 0020: a database of revision 0019 with units and checklist runs opens with
every unit unconfigured (no class, options or beams) and its runs intact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.unit_configuration import Particle
from app.paths import backups_dir, database_path
from app.services.registry import unit_configuration as config
from app.services.registry.unit_configuration import BeamDraft
from app.services.store import Store
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

_STAMP = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"


def test_a_database_of_revision_0019_upgrades_with_its_units_and_runs(data_dir: Path) -> None:
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
            command.upgrade(alembic_config(con), "0019")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO checklist_run (work_order_id, template_id, template_version, "
            "template_title, template_snapshot, machine_class, fit_exception, state, "
            "started_at, completed_at, id, created_at, updated_at, updated_by, deleted_at) "
            "VALUES ('w1', 'linac_qa_monthly_tg142', 2, 'Monthly', '{}', 'imrt', '', "
            f"'completed', '2026-01-05 09:00:00.000000', NULL, 'run1', {_STAMP})"
        )
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019"
    with opened.engine.connect() as con:
        unit = con.exec_driver_sql(
            "SELECT treatment_class, installed_options FROM equipment WHERE id = 'e1'"
        ).one()
        run = con.exec_driver_sql(
            "SELECT machine_class, class_override_reason FROM checklist_run WHERE id = 'run1'"
        ).one()
    assert tuple(unit) == ("", "[]")
    assert tuple(run) == ("imrt", "")
    store = Store(opened.engine, data_dir, "tester")
    loaded = config.load_configuration(store, "e1")
    assert (loaded.treatment_class, loaded.options, loaded.beams, loaded.versions) == (
        None,
        (),
        (),
        (),
    )
    # The upgraded unit takes a configuration and a version like any other.
    config.save_configuration(store, "e1", "imrt", ["VMAT"], [BeamDraft(Particle.PHOTON, 6)])
    config.record_version(store, "e1", "Integrity", "4.0.2", date(2025, 9, 1), work_order_id="w1")
    loaded = config.load_configuration(store, "e1")
    assert [b.label for b in loaded.beams] == ["6 MV"]
    assert loaded.current_versions() == {"Integrity": "4.0.2"}
    opened.engine.dispose()
