"""Revision 0017 adds the instrument register to a database of revision 0010 whose
records stay intact; an old run can then record the instruments it used."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.enums import UserRole
from app.paths import backups_dir, database_path
from app.services.checklists import checklist_runs
from app.services.checklists.checklist_templates import load_templates
from app.services.instruments import run_instruments
from app.services.store import Store
from tests.instrument_helpers import add, as_role
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config


def test_a_revision_0010_database_upgrades_with_its_runs(data_dir: Path) -> None:
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
            command.upgrade(alembic_config(con), "0010")
    with engine.begin() as con:
        con.exec_driver_sql(
            "INSERT INTO checklist_run (work_order_id, template_id, template_version, "
            "template_title, template_snapshot, machine_class, fit_exception, state, "
            "started_at, completed_at, id, created_at, updated_at, updated_by, deleted_at) "
            "VALUES ('w1', 'linac_pm', 1, 'Linac preventive maintenance', ?, 'imrt', '', "
            "'in_progress', '2026-01-05 09:00:00.000000', NULL, 'r1', "
            "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL)",
            (snapshot,),
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0010" and opened.backup is not None
    assert schema.current_revision(path) == schema.head_revision()
    store = Store(opened.engine, data_dir, "tester")
    run = checklist_runs.load_run(store, "r1")
    assert (run.title_en, run.machine_class) == ("Linac preventive maintenance", "imrt")
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    instrument = add(store, "002345", due=date(2027, 3, 1))
    run_instruments.set_section_instruments(store, "r1", run.sections[0].id, [instrument])
    used = run_instruments.instruments_of_run(store, "r1").used
    assert [(u.section_id, u.instrument.serial) for u in used] == [(run.sections[0].id, "002345")]
    opened.engine.dispose()
