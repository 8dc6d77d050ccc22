"""Migration 0028: a database at the revision before, with work in it, gains the staff
tables, its rows intact, and the staff services work on it at once."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.enums import UserRole
from app.domain.staff import AssessmentAction, AssessmentResult
from app.paths import backups_dir, database_path
from app.services.registry.users import ActingUser
from app.services.staff import assessments
from app.services.store import Store
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

BEFORE = "0026"  # the revision 0028 follows


def test_a_database_before_0028_upgrades_and_takes_assessments(data_dir: Path) -> None:
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
            command.upgrade(alembic_config(con), BEFORE)
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == BEFORE
    with opened.engine.connect() as con:
        assert con.exec_driver_sql("SELECT number FROM work_order").scalar() == "WO-2026-K7-00001"
        user_id = str(con.exec_driver_sql("SELECT id FROM user WHERE login = 'li.na'").scalar())
        tables = {
            r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {
        "staff_training",
        "staff_training_record",
        "qualification",
        "qualification_requirement",
        "staff_assessment",
    } <= tables
    store = Store(opened.engine, data_dir, "boss")
    boss = ActingUser("boss", "主管", UserRole.SERVICE_MANAGER)
    assessments.record_assessment(
        store, user_id, "2026-H1", 2, AssessmentResult.FAIL, AssessmentAction.RETRAINING, user=boss
    )
    li = ActingUser("li.na", "李娜", UserRole.ENGINEER)
    assert [r.result for r in assessments.list_assessments(store, li)] == [AssessmentResult.FAIL]
    opened.engine.dispose()
