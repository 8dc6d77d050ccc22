"""Migration 0034: a database of the previous revision (0033) with a repair in it upgrades
with the repair intact, still a plain failure with no waiting; its customer downtime can
then be recorded and is read back by uptime's facts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.uptime import DowntimeCause
from app.paths import backups_dir, database_path
from app.services.kpis.facts import load_facts
from app.services.store import Store
from app.services.work_orders import downtime
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

REPORTED = datetime(2026, 1, 5, 8, tzinfo=UTC)
PREVIOUS = "0033"  # 0034's down_revision


def test_a_database_of_the_previous_revision_upgrades_with_its_repair(data_dir: Path) -> None:
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
            command.upgrade(alembic_config(con), PREVIOUS)
    engine.dispose()

    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == PREVIOUS
    store = Store(opened.engine, data_dir, "li.na")  # the repair's engineer
    shown = downtime.downtime(store, "w1")
    assert (shown.cause, shown.reason, shown.waits) == (DowntimeCause.FAILURE, "", [])
    assert shown.may_record
    with store.reading() as session:
        (job,), _names = load_facts(session, REPORTED, datetime(2026, 2, 1, tzinfo=UTC))
    assert (job.number, job.downtime, job.waiting_for_customer) == (
        "WO-2026-K7-00001",
        DowntimeCause.FAILURE,
        (),
    )

    downtime.set_cause(store, "w1", DowntimeCause.CUSTOMER_CAUSED, "真空泵冷却水停供")
    downtime.start_waiting(store, "w1", "等待医院审批", datetime(2026, 1, 5, 9, tzinfo=UTC))
    with store.reading() as session:
        (job,), _names = load_facts(session, REPORTED, datetime(2026, 2, 1, tzinfo=UTC))
    assert job.downtime is DowntimeCause.CUSTOMER_CAUSED
    assert [start for start, _end in job.waiting_for_customer] == [
        datetime(2026, 1, 5, 9, tzinfo=UTC)
    ]
    opened.engine.dispose()
