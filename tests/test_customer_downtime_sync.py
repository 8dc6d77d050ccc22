"""A repair's customer downtime through the sync server: the engineer records it on a job
assigned to them (the server refuses it on anyone else's), the office laptop pulls it and
its uptime excludes it — end to end with a real server over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db.models import User, WorkOrderAssignment
from app.domain.enums import UserRole
from app.domain.uptime import DowntimeCause
from app.services.store import Store
from app.services.work_orders import downtime
from sync.client.round import SyncClient
from tests import factories
from tests.sync_helpers import TIME, Api, insert, work_order
from tests.sync_live import PASSWORD, LiveServer, second_laptop

pytest_plugins = ["tests.sync_fixtures"]


def _wait(job: str, **fields: Any) -> dict[str, Any]:
    return insert(
        "customer_wait",
        {"work_order_id": job, "started_at": TIME, "reason": "等待医院审批", **fields},
    )


def test_the_server_lets_field_staff_record_only_on_their_jobs(api: Api) -> None:
    manager = api.session("zhou.jianguo", "service_manager")
    person = insert("user", {"display_name": "李娜", "login": "li.na", "role": "engineer"})
    mine, theirs = insert("work_order", work_order()), insert("work_order", work_order())
    assigned = insert("work_order_assignment", {"work_order_id": mine["id"],
                                                "user_id": person["id"]})  # fmt: skip
    assert [r["status"] for r in manager.push(person, mine, theirs, assigned)] == ["applied"] * 4
    engineer = api.session("li.na", "engineer")
    cause = {"cause": "customer_caused", "reason": "医院停电"}
    results = engineer.push(
        insert("downtime_cause", {"work_order_id": mine["id"], **cause}),
        _wait(mine["id"]),
        insert("downtime_cause", {"work_order_id": theirs["id"], **cause}),
        _wait(theirs["id"]),
    )
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "rejected"]
    assert results[3]["reason"] == (
        "permission: an engineer records 'customer_wait' only on work orders assigned to them"
    )
    # The office records on any job; parts administrators and finance on none.
    assert manager.push(_wait(theirs["id"]))[0]["status"] == "applied"
    parts = api.session("zhao.lei", "parts_administrator")
    refused = parts.push(_wait(theirs["id"], started_at="2026-11-20T10:00:00+00:00"))[0]
    assert refused["reason"] == (
        "permission: the role 'parts_administrator' may not change 'customer_wait' records"
    )
    # Every role reads them (uptime is computed everywhere).
    pulled = {c["table"] for c in parts.pull_all()}
    assert {"downtime_cause", "customer_wait"} <= pulled


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    server = LiveServer(tmp_path / "server")
    server.add_user("li.na")  # the office: service manager
    server.add_user("wang.fang", "engineer")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[Store]:
    yield from second_laptop(tmp_path)


def _sync(store: Store, server: LiveServer) -> None:
    client = SyncClient(store, server.url, store.user_login, timeout=20)
    client.login(PASSWORD)
    report = client.sync()
    assert report.rejected == 0, report.summary()


def test_recorded_on_one_laptop_read_on_another(
    store: Store, laptop_b: Store, live_server: LiveServer
) -> None:
    office = store
    office.user_login = "li.na"
    with office.session() as session:
        session.add(User(login="li.na", display_name="李娜", role=UserRole.SERVICE_MANAGER))
    _c, _s, unit = factories.hospital_with_unit(office)
    reported = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    job = factories.work_order(office, unit, reported_at=reported).id
    engineer = factories.engineer(office, "wang.fang", "王芳")
    with office.session() as session:
        session.add(WorkOrderAssignment(work_order_id=job, user_id=engineer))
    _sync(office, live_server)

    _sync(laptop_b, live_server)  # the engineer's laptop gets the job
    assert downtime.may_record(laptop_b, job)
    started = reported + timedelta(hours=3)
    downtime.set_cause(laptop_b, job, DowntimeCause.CUSTOMER_CAUSED, "冷却水中断 (cooling water)")
    downtime.start_waiting(laptop_b, job, "机房未交给我们 (unit not released)", started)
    downtime.customer_ready(laptop_b, job, started + timedelta(hours=20))
    _sync(laptop_b, live_server)

    _sync(office, live_server)
    shown = downtime.downtime(office, job)
    assert (shown.cause, shown.reason) == (
        DowntimeCause.CUSTOMER_CAUSED,
        "冷却水中断 (cooling water)",
    )
    (wait,) = shown.waits
    assert (wait.started_at, wait.ended_at, wait.by_login) == (
        started,
        started + timedelta(hours=20),
        "wang.fang",
    )
    assert wait.reason == "机房未交给我们 (unit not released)"
