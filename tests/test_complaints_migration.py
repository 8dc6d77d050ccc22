"""Migration 0025: a database at 0019 with work in it gains the hotline log and the
complaint register, its rows intact, and the new services work on it at once."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.complaints import ComplaintState
from app.paths import backups_dir, database_path
from app.services.complaints import hotline, register
from app.services.store import Store
from tests.complaint_helpers import RECEIVED, call, complaint
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config


def test_a_0019_database_upgrades_and_takes_calls_and_complaints(data_dir: Path) -> None:
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
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019"
    with opened.engine.connect() as con:
        assert con.exec_driver_sql("SELECT number FROM work_order").scalar() == ("WO-2026-K7-00001")
        tables = {
            r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert con.exec_driver_sql("SELECT count(*) FROM complaint").scalar() == 0
    assert {"hotline_call", "complaint", "complaint_entry", "complaint_work_order"} <= tables
    store = Store(opened.engine, data_dir, "li.na")  # li.na, an engineer, is user u1
    call_id = hotline.save_call(store, None, call("c1", "e1", "复位后正常"))
    complaint_id = hotline.open_complaint(store, call_id)
    assert register.load_complaint(store, complaint_id).state is ComplaintState.NEW
    other = register.receive(store, complaint("c1", None))
    assert register.load_complaint(store, other).draft.received_at == RECEIVED
    opened.engine.dispose()
