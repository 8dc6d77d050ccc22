"""Hotline calls and complaints sync laptop → server → laptop with their record of
handling, and the server enforces the roles: no parts administrator, and only the
service manager assigns a complaint's owner and deadline."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.complaints import Complaint, ComplaintEntry, ComplaintWorkOrder, HotlineCall
from app.db.schema import open_database
from app.domain.complaints import ComplaintState, ReportedBack
from app.paths import backups_dir, database_path
from app.services.complaints import hotline, register
from app.services.store import Store
from sync.client.round import SyncClient
from tests import factories
from tests.complaint_helpers import RECEIVED, assessment, call, closing, people
from tests.sync_helpers import PASSWORD, Api, edit, insert

pytest_plugins = ["tests.sync_fixtures"]

COMPLAINT = {
    "received_at": RECEIVED.isoformat(),
    "source": "email",
    "complainant": "王主任",
    "customer_id": "c1",
    "equipment_id": None,
    "matter": "响应慢",
    "recorded_by": "li.na",
    "state": "new",
    "category": "not_assessed",
    "severity": "not_assessed",
    "owner_login": "",
    "deadline": None,
    "about_device": False,
    "adverse_event": "not_answered",
    "adverse_event_reported_to": "",
    "adverse_event_reported_on": None,
    "root_cause": "",
    "corrective_action": "",
    "satisfaction": "not_asked",
    "customer_feedback": "",
    "closed_at": None,
    "hotline_call_id": None,
    "follow_up_id": None,
}


def test_the_server_enforces_who_records_and_who_assigns(api: Api) -> None:
    parts = api.session("zhao.parts", "parts_administrator")
    [refused] = parts.push(insert("complaint", COMPLAINT))
    assert refused["status"] == "rejected"
    assert refused["reason"] == (
        "permission: the role 'parts_administrator' may not change 'complaint' records"
    )
    engineer = api.session("li.na", "engineer")
    row = insert("complaint", COMPLAINT)
    assert [r["status"] for r in engineer.push(row)] == ["applied"]
    [owner] = engineer.push(
        edit("complaint", row["id"], {"owner_login": "li.na"}, {"owner_login": row["hlc"]})
    )
    assert owner["status"] == "rejected"
    assert owner["reason"] == "permission: the role 'engineer' may not set 'complaint.owner_login'"
    assigned = insert("complaint", {**COMPLAINT, "owner_login": "li.na", "deadline": "2026-11-20"})
    [own_insert] = engineer.push(assigned)
    assert own_insert["status"] == "rejected"
    manager = api.session("boss", "service_manager")
    [ok] = manager.push(
        edit("complaint", row["id"], {"owner_login": "li.na"}, {"owner_login": row["hlc"]})
    )
    assert ok["status"] == "applied"
    # the engineer writes the cause of the complaint they own
    [cause] = engineer.push(
        edit("complaint", row["id"], {"root_cause": "配件缺货"}, {"root_cause": row["hlc"]})
    )
    assert cause["status"] == "applied"


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_calls_and_complaints_round_trip_between_laptops(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    people(a)
    customer_id, _, unit_id = factories.hospital_with_unit(a)
    open_call = hotline.save_call(
        a, None, call(customer_id, unit_id, owner_login="li.na", due_date=RECEIVED.date())
    )
    answered = hotline.save_call(a, None, call(customer_id, unit_id, "复位即可"))
    order = hotline.open_repair(a, answered)
    complaint_id = hotline.open_complaint(a, answered)
    register.assess(a, complaint_id, assessment("boss"))
    register.add_progress(a, complaint_id, "已派工程师", ReportedBack.PHONE)
    register.link_work_order(a, complaint_id, order.id)
    register.close(a, complaint_id, closing())
    report = a_client.sync()
    assert not report.rejected

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    with b.reading() as session:
        calls = {c.id: c for c in session.scalars(select(HotlineCall))}
        [complaint] = session.scalars(select(Complaint)).all()
        entries = session.scalars(select(ComplaintEntry).order_by(ComplaintEntry.at)).all()
        [link] = session.scalars(select(ComplaintWorkOrder)).all()
    assert set(calls) == {open_call, answered}
    assert calls[open_call].answered_at is None and calls[open_call].owner_login == "li.na"
    assert calls[answered].work_order_id == order.id
    assert (complaint.id, complaint.state, complaint.hotline_call_id) == (
        complaint_id,
        ComplaintState.CLOSED,
        answered,
    )
    assert complaint.root_cause == "更换的离子泵控制器批次有缺陷"
    assert [e.state for e in entries] == [
        ComplaintState.NEW,
        ComplaintState.ASSESSED,
        ComplaintState.IN_PROGRESS,
        ComplaintState.CLOSED,
    ]
    assert entries[2].reported_back is ReportedBack.PHONE
    assert link.work_order_id == order.id
    # B answers the open question; A sees it answered
    hotline.answer_question(b, open_call, "厂家答复：更换驱动板")
    b_client.sync()
    a_client.sync()
    assert hotline.open_questions(a) == []
    for store in (a, b):
        store.engine.dispose()
