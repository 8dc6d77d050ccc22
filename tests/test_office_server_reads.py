"""The sync server gives an engineer only what the laptop shows them: the plan visits
assigned to them, the complaints they own or recorded with those complaints' entries
and linked work orders; the office (service manager, quality control) reads all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import User
from app.db.schema import open_database
from app.paths import backups_dir, database_path
from app.services.service_plan import planning
from app.services.store import Store
from sync.client.round import SyncClient
from tests.plan_helpers import people, unit_under_contract
from tests.sync_helpers import PASSWORD, Api, Session, edit, insert
from tests.test_complaints_sync import COMPLAINT

pytest_plugins = ["tests.sync_fixtures"]


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def _by_table(rows: list[Any], table: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r["data"] for r in rows if r["table"] == table}


def test_an_engineer_pulls_only_their_own_visits_and_complaints(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    boss, boss_client = _laptop(tmp_path / "boss", "boss", api)
    ids = people(boss)  # boss, li.na and wang.lei as user records
    for i in range(3):
        unit_under_contract(boss, f"医院{i}", f"H{i}")
    planning.generate_plan(boss, 2027)
    planning.approve(boss, 2027)
    boss_client.sync()

    li_na = api.session("li.na", "engineer")
    wang = api.session("wang.lei", "engineer")
    mine = insert("complaint", COMPLAINT)  # recorded by li.na
    theirs = insert("complaint", {**COMPLAINT, "recorded_by": "wang.lei"})
    assert [r["status"] for r in li_na.push(mine)] == ["applied"]
    assert [r["status"] for r in wang.push(theirs)] == ["applied"]
    given = insert("complaint", {**COMPLAINT, "recorded_by": "boss"})  # assigned to li.na
    answer = api.login("boss")
    manager = Session(api, answer.json()["token"], answer.json()["device_id"])
    assert [r["status"] for r in manager.push(given)] == ["applied"]
    [assigned] = manager.push(
        edit("complaint", given["id"], {"owner_login": "li.na"}, {"owner_login": given["hlc"]})
    )
    assert assigned["status"] == "applied"
    entry = {"at": COMPLAINT["received_at"], "by_login": "", "text": "已电话回复", "state": None}
    for pusher, complaint in ((li_na, mine), (wang, theirs)):
        [stored] = pusher.push(
            insert("complaint_entry", {**entry, "complaint_id": complaint["id"]})
        )
        assert stored["status"] == "applied", stored

    everything = manager.pull_all()
    all_visits = _by_table(everything, "plan_visit")
    engineers = {v["engineer_id"] for v in all_visits.values()}
    assert engineers == {ids["li.na"], ids["wang.lei"]}  # both have visits
    assert len(_by_table(everything, "complaint")) == 3
    assert len(_by_table(api.session("qc", "quality_control").pull_all(), "plan_visit")) == len(
        all_visits
    )

    pulled = li_na.pull_all()
    visits = _by_table(pulled, "plan_visit")
    assert visits and {v["engineer_id"] for v in visits.values()} == {ids["li.na"]}
    assert set(visits) == {k for k, v in all_visits.items() if v["engineer_id"] == ids["li.na"]}
    assert set(_by_table(pulled, "complaint")) == {mine["id"], given["id"]}
    assert [e["complaint_id"] for e in _by_table(pulled, "complaint_entry").values()] == [
        mine["id"]
    ]
    # the rest of what an engineer reads still comes: contracts, hospitals, users
    assert len(_by_table(pulled, "service_contract")) == 3
    assert _by_table(pulled, "user")
    wangs = wang.pull_all()
    assert set(_by_table(wangs, "complaint")) == {theirs["id"]}
    assert {v["engineer_id"] for v in _by_table(wangs, "plan_visit").values()} == {ids["wang.lei"]}

    # a refused change to someone else's visit does not show that visit either
    other = next(k for k, v in all_visits.items() if v["engineer_id"] == ids["wang.lei"])
    [refused] = li_na.push(edit("plan_visit", other, {"reschedule_reason": "x"}, {}))
    assert refused["status"] == "rejected" and refused["row"] is None

    # the engineer's laptop ends with only their own visits
    li_laptop, li_client = _laptop(tmp_path / "li", "li.na", api)
    li_client.sync()
    with li_laptop.reading() as laptop:
        assert laptop.scalars(select(User.login).order_by(User.login)).all() == [
            "boss",
            "li.na",
            "wang.lei",
        ]
    from app.db.service_plan import PlanVisit

    with li_laptop.reading() as laptop:
        assert set(laptop.scalars(select(PlanVisit.engineer_id))) == {ids["li.na"]}
    for store in (boss, li_laptop):
        store.engine.dispose()


def test_a_decision_in_another_account_holders_name_is_refused(api: Api) -> None:
    from tests.test_purchasing_sync import _decide, _plan_line

    admin = api.session("sun.li", "parts_administrator")
    part, supplier, plan, line = _plan_line()
    assert [r["status"] for r in admin.push(part, supplier, plan, line)] == ["applied"] * 4
    api.user("zhou.jianguo", "service_manager")
    deputy = api.session("chen.fu", "service_manager")
    [forged] = deputy.push(_decide(line, "approved", "zhou.jianguo"))
    assert forged["status"] == "rejected"
    assert forged["reason"] == (
        "permission: 'purchase_plan_line.decided_by' must be your own login (chen.fu), "
        "not 'zhou.jianguo'"
    )
    # a name nobody logs in with: a decision recorded for the record (the demo's)
    [recorded] = deputy.push(_decide(line, "approved", "demo.manager"))
    assert recorded["status"] == "applied"
    _, _, _, second = _plan_line()
    deputy.push(*_plan_line()[:3], second)
    [own] = deputy.push(_decide(second, "approved", "chen.fu"))
    assert own["status"] == "applied"
    stored = {r["id"]: r["data"] for r in deputy.pull_all()}
    assert (stored[line["id"]]["decided_by"], stored[second["id"]]["decided_by"]) == (
        "demo.manager",
        "chen.fu",
    )
    # the annual plan's approval the same
    visit = insert(
        "plan_visit",
        {"equipment_id": "e1", "contract_id": "k1", "year": 2027, "kind": "inspection",
         "planned_on": "2027-03-02", "window_start": "2027-02-20", "window_end": "2027-03-12",
         "state": "proposed"},
    )  # fmt: skip
    assert deputy.push(visit)[0]["status"] == "applied"
    approval = {"state": "approved", "approved_by": "zhou.jianguo"}
    [forged_visit] = deputy.push(
        edit("plan_visit", visit["id"], approval, dict.fromkeys(approval, visit["hlc"]))
    )
    assert forged_visit["reason"] == (
        "permission: 'plan_visit.approved_by' must be your own login (chen.fu), not 'zhou.jianguo'"
    )
    approval["approved_by"] = "chen.fu"
    [approved] = deputy.push(
        edit("plan_visit", visit["id"], approval, dict.fromkeys(approval, visit["hlc"]))
    )
    assert approved["status"] == "applied"
