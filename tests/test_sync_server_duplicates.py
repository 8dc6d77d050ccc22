"""A second record under a natural key another record holds (a login, a work-order
number, a second repair record of one work order) is refused with the holder, which
the laptop then merges its own copy into."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import User, WorkOrderAssignment
from app.db.schema import open_database
from app.paths import backups_dir, database_path
from app.services.store import Store
from sync.client.round import SyncClient
from sync.server.models import SyncRow
from tests import factories
from tests.sync_helpers import PASSWORD, Api, edit, insert, repair_record, state, work_order

pytest_plugins = ["tests.sync_fixtures"]


def test_a_second_record_under_one_key_is_refused_with_the_holder(api: Api) -> None:
    first = api.session("boss", "service_manager")
    second = api.session("li.na", "engineer")
    order = insert("work_order", work_order())
    [applied] = first.push(order)
    assert applied["status"] == "applied"
    mine = insert("repair_record", repair_record(order["id"], cause="离子泵"))
    theirs = insert("repair_record", repair_record(order["id"], cause="真空泵"))
    [kept] = first.push(mine)
    [refused] = second.push(theirs)
    assert kept["status"] == "applied"
    assert refused["status"] == "rejected"
    assert refused["reason"].startswith("duplicate: another 'repair_record' record already has")
    assert refused["row"]["id"] == mine["id"] and refused["row"]["data"]["cause"] == "离子泵"
    with state(api.app).db.read() as connection:
        stored = connection.execute(
            select(SyncRow.row_id).where(SyncRow.table_name == "repair_record")
        ).all()
    assert [r[0] for r in stored] == [mine["id"]]


def test_two_records_under_one_key_in_one_batch_keep_the_first(api: Api) -> None:
    boss = api.session("boss", "service_manager")
    a = insert("user", {"display_name": "王工", "login": "wang", "role": "engineer"})
    b = insert("user", {"display_name": "王工（二）", "login": "wang", "role": "engineer"})
    results = boss.push(a, b)
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert results[1]["row"]["id"] == a["id"]


def test_a_record_again_under_its_own_id_is_not_a_duplicate(api: Api) -> None:
    boss = api.session("boss", "service_manager")
    row = insert("user", {"display_name": "王工", "login": "wang", "role": "engineer"})
    again = dict(row, change_id="another-change-of-the-same-insert")
    assert [r["status"] for r in boss.push(row)] == ["applied"]
    assert [r["status"] for r in boss.push(again)] == ["applied"]


def test_two_laptops_adding_one_user_end_with_one(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each laptop adds user wang offline and assigns him to a job; after syncing both
    hold one wang, both jobs point at him, and the second laptop's copy is a conflict."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    laptops = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        opened = open_database(database_path(folder), backups_dir(folder))
        store = Store(opened.engine, folder, "boss")
        _, _, unit = factories.hospital_with_unit(store)
        order = factories.work_order(store, unit)
        wang = factories.engineer(store, login="wang", name=f"王工（{name}）")
        with store.session() as session:
            session.add(WorkOrderAssignment(work_order_id=order.id, user_id=wang))
        client = SyncClient(store, "http://testserver", "boss", http=api.client, allow_http=True)
        client.login(PASSWORD)
        laptops.append((store, client))
    for _, client in (*laptops, *laptops):
        client.sync()
    for store, _ in laptops:
        with store.reading() as session:
            users = session.scalars(select(User).where(User.login == "wang")).all()
            assignments = session.scalars(select(WorkOrderAssignment)).all()
            assert len(users) == 1 and users[0].display_name == "王工（a）"
            assert len(assignments) == 2
            assert {a.user_id for a in assignments} == {users[0].id}
    with laptops[1][0].reading() as session:
        kinds = (
            session.connection()
            .exec_driver_sql("SELECT kind, field, lost_value FROM sync_conflict")
            .all()
        )
    assert ("duplicate", "display_name", '"王工（b）"') in kinds
    for store, _ in laptops:
        store.engine.dispose()


def test_a_deleted_record_does_not_hold_its_key(api: Api) -> None:
    boss = api.session("boss", "service_manager")
    order = insert("work_order", work_order())
    old = insert("repair_record", repair_record(order["id"], cause="旧记录"))
    boss.push(order, old)
    [row] = [r for r in boss.pull_all() if r["id"] == old["id"]]
    deleting = edit(
        "repair_record",
        old["id"],
        {"deleted_at": "2026-11-21T08:00:00.000000+00:00"},
        {"deleted_at": row["clocks"]["*"]},
    )
    new = insert("repair_record", repair_record(order["id"], cause="新记录"))
    results = boss.push(deleting, new)
    assert [r["status"] for r in results] == ["applied", "applied"], results
