"""Revision 0026 adds training sessions, exam attempts and upgrade campaigns to a
database of revision 0019 whose trainees keep their certificates."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from app.db import schema
from app.db.engine import make_engine
from app.domain.enums import UserRole
from app.domain.upgrades import UnitStep
from app.paths import backups_dir, database_path
from app.services.store import Store
from app.services.training import sessions, trainees
from app.services.upgrades import campaigns, unit_steps
from tests.instrument_helpers import as_role
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config


def test_a_revision_0019_database_upgrades_with_its_trainees(data_dir: Path) -> None:
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
        con.exec_driver_sql("UPDATE work_order SET type = 'training' WHERE id = 'w1'")
        con.exec_driver_sql(
            "INSERT INTO trainee (work_order_id, name, staff_number, role, department, "
            "organisation, attended, passed, certificate_number, id, created_at, updated_at, "
            "updated_by, deleted_at) VALUES ('w1', '赵敏', '', '放疗技师', '放疗科', "
            "'湖南省肿瘤医院', 1, 1, 'CERT-2026-K7-00001', 't1', '2026-01-05 09:00:00.000000', "
            "'2026-01-05 09:00:00.000000', 'old', NULL)"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019" and opened.backup is not None
    assert schema.current_revision(path) == schema.head_revision()
    store = Store(opened.engine, data_dir, "li.na")
    # the trainer's word before exams existed still stands: no attempt, a certificate
    [old] = trainees.trainees_of(store, "w1")
    assert (old.certificate_number, old.certified, old.attempts) == ("CERT-2026-K7-00001", True, 0)
    assert sessions.certificate_refusal(store, "t1") is None
    assert sessions.session_of(store, "w1").pass_mark == 60
    new = trainees.add_trainee(store, "w1", trainees.TraineeDraft("孙浩"))
    assert not sessions.record_exam(store, new.id, 40).passed
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    cid = campaigns.create_campaign(store, campaigns.CampaignDraft("Versa HD 5.0", "m1", "5.0"))
    row = campaigns.add_unit(store, cid, "e1")
    assert [u.step for u in unit_steps.units_of(store, cid)] == [UnitStep.QUALIFIED]
    assert row
    opened.engine.dispose()
