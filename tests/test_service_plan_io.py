"""The plan's commands (notice letters, spreadsheet), the notice's text in both
languages, the upgrade from 0019 with data, and the plan's tables over sync."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.db import schema
from app.db.engine import make_engine
from app.db.models import Equipment, User
from app.db.schema import open_database
from app.db.service_plan import CustomerNotice, PlanVisit, ServiceContract
from app.domain.enums import UserRole
from app.domain.service_plan import VisitState
from app.paths import backups_dir, database_path
from app.services.service_plan import notices, planning, views
from app.services.store import Store
from sync.client.round import SyncClient
from tests.plan_helpers import people, unit_under_contract
from tests.sync_helpers import PASSWORD, Api, insert
from tests.test_cli import beamside
from tests.test_schema import FIRST_VERSION_ROWS, alembic_config

pytest_plugins = ["tests.sync_fixtures"]


def _approved_plan(store: Store) -> None:
    people(store)
    unit_under_contract(store, "江苏省肿瘤医院", "H1")
    unit_under_contract(store, "山东省肿瘤医院", "H2")
    planning.generate_plan(store, 2027)
    planning.approve(store, 2027)


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_plan_notices_writes_a_letter_per_hospital_and_records_it(
    store: Store, tmp_path: Path
) -> None:
    _approved_plan(store)
    (store.data_dir / "settings.ini").write_text("[user]\nlogin=boss\n", encoding="utf-8")
    out = tmp_path / "letters"
    result = beamside(
        "--data-dir", str(store.data_dir), "plan-notices", "--year", "2027", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    letters = sorted(out.glob("*.pdf"))
    assert len(letters) == 2
    text = _text(next(p for p in letters if "江苏" in p.name))
    assert "2027年度设备维修保养计划通知函" in text
    assert "江苏省肿瘤医院" in text and "预防性保养" in text and "巡检" in text
    assert "请贵院准备" in text and "合计停机" in text
    sent = notices.notices_sent(store, 2027)
    assert sorted(n.hospital for n in sent) == ["山东省肿瘤医院", "江苏省肿瘤医院"]
    assert {(n.sent_by, n.visit_count) for n in sent} == {("boss", 8)}


def test_the_english_notice_lists_each_visit(store: Store, tmp_path: Path) -> None:
    _approved_plan(store)
    grouped = notices.hospitals_with_visits(store, 2027)
    customer_id = next(iter(grouped))
    target = tmp_path / "n.pdf"
    assert notices.write_notice(store, customer_id, 2027, target, "en", date(2026, 12, 4)) == 8
    text = _text(target)
    assert "Notice of planned maintenance visits 2027" in text
    assert "Please prepare" in text and "Downtime to expect" in text
    for visit in grouped[customer_id]:
        assert visit.planned_on.isoformat() in text


def test_unapproved_visits_get_no_letter(store: Store, tmp_path: Path) -> None:
    people(store)
    unit_under_contract(store)
    planning.generate_plan(store, 2027)
    assert notices.hospitals_with_visits(store, 2027) == {}


def test_export_plan_writes_every_visit(store: Store, tmp_path: Path) -> None:
    _approved_plan(store)
    target = tmp_path / "plan.xlsx"
    result = beamside(
        "--data-dir", str(store.data_dir), "export-plan", "--year", "2027", "--out", str(target)
    )
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("hospital", "unit", "serial", "kind", "checklist", "planned_on")
    assert len(rows) == 1 + 16
    assert {r[0] for r in rows[1:]} == {"江苏省肿瘤医院", "山东省肿瘤医院"}
    assert {r[11] for r in rows[1:]} == {"approved"}
    planned = {r.planned_on for r in views.year_visits(store, 2027)}
    assert {r[5].date() for r in rows[1:]} == planned


def test_a_database_of_revision_0019_takes_contracts_and_plans(data_dir: Path) -> None:
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
            command.upgrade(alembic_config(con), "0019")
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019"
    store = Store(opened.engine, data_dir, "boss")
    with store.session() as session:
        session.add(User(display_name="周建国", login="boss", role=UserRole.SERVICE_MANAGER))
    with store.reading() as session:
        [unit_id] = session.scalars(select(Equipment.id)).all()  # the first version's unit
    from app.domain.service_plan import ContractDraft
    from app.services.service_plan import contracts

    contracts.save_contract(
        store,
        None,
        ContractDraft(equipment_id=unit_id, starts_on=date(2027, 1, 1), ends_on=date(2027, 12, 31)),
    )
    made = planning.generate_plan(store, 2027)
    assert made.visits == 8
    opened.engine.dispose()


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_contracts_and_plans_sync_between_laptops_and_engineers_may_not_write_them(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    people(a)
    customer_id, unit, _contract = unit_under_contract(a)
    from app.services.service_plan import contracts

    contracts.set_exceptions(a, unit, [(date(2027, 10, 1), 0.0, "国庆节")])
    planning.generate_plan(a, 2027)
    planning.approve(a, 2027)
    notices.record_sent(a, customer_id, 2027, "zh_CN", date(2026, 12, 4), 8)
    a_client.sync()

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    with b.reading() as session:
        contracts_b = session.scalars(select(ServiceContract)).all()
        visits_b = session.scalars(select(PlanVisit)).all()
        notices_b = session.scalars(select(CustomerNotice)).all()
    assert [c.pm_visits_per_year for c in contracts_b] == [4]
    assert len(visits_b) == 8 and {v.state for v in visits_b} == {VisitState.APPROVED}
    assert [(n.customer_id, n.visit_count) for n in notices_b] == [(customer_id, 8)]
    assert contracts.exceptions_of(b, unit) == [(date(2027, 10, 1), 0.0, "国庆节")]
    assert sorted(r.planned_on for r in views.year_visits(b, 2027)) == sorted(
        r.planned_on for r in views.year_visits(a, 2027)
    )
    engineer = api.session("li.na", "engineer")
    [refused] = engineer.push(
        insert(
            "service_contract",
            {
                "equipment_id": "e",
                "number": "x",
                "level": "warranty",
                "starts_on": "2027-01-01",
                "ends_on": "2027-12-31",
                "uptime_clock": "business_hours",
            },
        )
    )
    assert refused["status"] == "rejected" and refused["reason"].startswith("permission:")
    for store in (a, b):
        store.engine.dispose()
