"""What one account can push (issue 21): nothing that stops other laptops, no workflow
step its role could never take, no record in someone else's name, no rewrite of a
signed amendment, no clock that wins by being ahead — each against a real server, on
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.db.schema import open_database
from app.domain.clock import make_hlc, parse_hlc
from app.domain.enums import UserRole
from app.paths import backups_dir, database_path
from app.services.store import Store
from sync.client.round import SyncClient
from sync.server.models import SEQ_COUNTER, Counter, SyncRow
from tests.sync_helpers import (
    PASSWORD,
    TIME,
    Api,
    Session,
    amendment,
    clock,
    customer,
    edit,
    insert,
    now_ms,
    signature,
    state,
    work_order,
)

pytest_plugins = ["tests.sync_fixtures"]
LATER = "2026-11-20T09:00:00.000000+00:00"


def _row(session: Session, table: str, row_id: str) -> dict[str, Any]:
    [row] = [r for r in session.pull_all() if (r["table"], r["id"]) == (table, row_id)]
    return dict(row)


def _nested(depth: int) -> Any:
    value: Any = 8.0
    for _ in range(depth - 1):
        value = [value]
    return value


# --- 1. a value the laptops cannot read --------------------------------------------------


def test_values_nested_deeper_than_the_laptops_read_are_refused(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    deep = insert("equipment", {"clinical_hours": _nested(250)})
    just_over = insert("equipment", {"clinical_hours": _nested(33)})
    fine = insert("equipment", {"clinical_hours": _nested(32)})
    results = laptop.push(deep, just_over, fine)
    assert [r["status"] for r in results[:2]] == ["rejected", "rejected"]
    for result in results[:2]:
        assert result["reason"] == (
            "validation: 'equipment.clinical_hours': nested deeper than 32 levels"
        )
    # the third is refused only for what the laptop's schema lacks, not for depth
    assert "nested" not in results[2]["reason"]
    assert all(r["id"] not in (deep["id"], just_over["id"]) for r in laptop.pull_all())


def _poison(api: Api, row_id: str, table: str = "equipment", data: Any = None) -> None:
    """A row stored before the server checked depth: 250 levels of lists."""
    data = json.dumps(data or {"id": row_id, "clinical_hours": _nested(250)})
    with state(api.app).db.write() as connection:
        seq = connection.execute(
            select(Counter.value).where(Counter.name == SEQ_COUNTER)
        ).scalar_one()
        connection.execute(
            SyncRow.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "table_name": table,
                    "row_id": row_id,
                    "data": data,
                    "clocks": json.dumps({"*": clock("Z")}),
                    "seq": seq + 1,
                    "work_order_id": None,
                    "natural_key": None,
                }
            ],
        )
        connection.execute(update(Counter).where(Counter.name == SEQ_COUNTER).values(value=seq + 1))


def test_a_laptop_skips_and_reports_a_record_it_cannot_read(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    other = api.session("wang", "engineer")
    other.push(insert("customer", customer(name_zh="第一医院")))
    _poison(api, "poison-row")
    after = insert("customer", customer(name_zh="第二医院"))
    other.push(after)
    api.user("li.na", "engineer")
    folder = tmp_path / "laptop"
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, "li.na")
    try:
        client = SyncClient(store, "http://testserver", "li.na", http=api.client, allow_http=True)
        client.login(PASSWORD)
        report = client.sync()
        assert report.pulled == 2 and report.skipped == 1
        assert any("equipment poison-row" in w for w in report.warnings), report.warnings
        with store.reading() as session:
            connection = session.connection()
            names = connection.exec_driver_sql("SELECT name_zh FROM customer").scalars().all()
            cursor = connection.exec_driver_sql(
                "SELECT value FROM sync_state WHERE key = 'cursor'"
            ).scalar()
            skipped = connection.exec_driver_sql(
                "SELECT table_name, row_id, kind, reason FROM sync_conflict"
            ).all()
        assert sorted(names) == ["第一医院", "第二医院"]
        assert int(cursor or 0) == _row(other, "customer", after["id"])["seq"]
        assert [(t, i, k) for t, i, k, _ in skipped] == [("equipment", "poison-row", "unreadable")]
        assert skipped[0][3].startswith("unreadable: ")
        again = client.sync()  # the cursor moved on: nothing to pull, no error
        assert (again.pulled, again.skipped) == (0, 0)
        # a row stored before the server completed inserts: parsed, but no laptop can
        # store it (customer.name_en may not be empty); skipped the same way
        _poison(api, "partial", "customer", {"id": "partial", "name_zh": "半", "grade": "3A"})
        last = insert("customer", customer(name_zh="第三医院"))
        other.push(last)
        third = client.sync()
        assert (third.pulled, third.skipped) == (2, 1)
        assert any("customer partial" in w for w in third.warnings), third.warnings
        with store.reading() as session:
            found = session.connection().exec_driver_sql("SELECT name_zh FROM customer")
            assert sorted(found.scalars()) == ["第一医院", "第三医院", "第二医院"]
    finally:
        opened.engine.dispose()


# --- 2. workflow ------------------------------------------------------------------------


class Order:
    """A work order on the server, moved by pushes that know its current state clock."""

    def __init__(self, by: Session, **fields: Any) -> None:
        made = insert("work_order", work_order(**fields))
        assert by.push(made)[0]["status"] == "applied"
        self.id = made["id"]
        self.clock = made["hlc"]

    def step(self, by: Session, target: str, **extra: Any) -> dict[str, Any]:
        change = edit("work_order", self.id, {"state": target}, {"state": self.clock})
        result: dict[str, Any] = by.push(change, *extra.get("with_", ()))[0]
        if result["status"] == "applied":
            self.clock = change["hlc"]
        return result


def _closed_inspection(engineer: Session, qc: Session) -> Order:
    order = Order(engineer, type="inspection")
    for target in ("acknowledged", "on_site", "in_progress", "completed"):
        assert order.step(engineer, target)["status"] == "applied", target
    assert engineer.push(insert("signature", signature(order.id)))[0]["status"] == "applied"
    assert order.step(engineer, "customer_signed")["status"] == "applied"
    assert order.step(qc, "closed")["status"] == "applied"
    return order


def test_a_role_takes_only_its_own_steps_and_never_reopens_finished_work(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    qc = api.session("wu.min", "quality_control")
    manager = api.session("zhou", "service_manager")
    closed = _closed_inspection(engineer, qc)
    for target in ("acknowledged", "completed", "in_progress"):
        result = closed.step(engineer, target)
        assert result["status"] == "rejected", target
        assert result["reason"] == (
            "permission: the role 'engineer' may not move a inspection work order "
            f"from 'closed' to '{target}'"
        )
        # claiming a concurrent step (another base) opens nothing either
        forged = edit("work_order", closed.id, {"state": target}, {"state": clock("Q")})
        assert engineer.push(forged)[0]["status"] == "rejected"
    assert _row(engineer, "work_order", closed.id)["data"]["state"] == "closed"

    cancelled = Order(engineer)
    cancel = {"state": "cancelled", "cancel_reason": "duplicate report"}
    change = edit("work_order", cancelled.id, cancel, {"state": cancelled.clock})
    assert manager.push(change)[0]["status"] == "applied"
    cancelled.clock = change["hlc"]
    assert cancelled.step(engineer, "in_progress")["status"] == "rejected"

    on_site = Order(engineer)
    for target in ("acknowledged", "on_site"):
        assert on_site.step(engineer, target)["status"] == "applied"
    assert on_site.step(engineer, "customer_signed")["status"] == "rejected"

    working = Order(engineer, type="inspection")
    for target in ("acknowledged", "on_site", "in_progress"):
        working.step(engineer, target)
    result = working.step(qc, "closed")
    assert result["status"] == "rejected"
    assert "from 'in_progress' to 'closed'" in result["reason"]


def test_only_a_manager_reopens_and_only_with_a_reason(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    qc = api.session("wu.min", "quality_control")
    manager = api.session("zhou", "service_manager")
    order = _closed_inspection(engineer, qc)
    bare = order.step(manager, "in_progress")
    assert bare["status"] == "rejected"
    assert bare["reason"] == "validation: reopening a work order needs a reason"
    event = insert(
        "work_order_event",
        {"work_order_id": order.id, "from_state": "closed", "to_state": "in_progress",
         "at": LATER, "by_login": "zhou", "reason": "the customer called back"},
    )  # fmt: skip
    assert order.step(manager, "in_progress", with_=[event])["status"] == "applied"
    # the event may come in the push before (a round's batches split a flush)
    for target in ("completed", "customer_signed", "closed"):
        assert order.step(manager, target)["status"] == "applied", target
    stale = order.step(manager, "in_progress")  # the old event explains no new reopening
    assert stale["reason"] == "validation: reopening a work order needs a reason"
    again = insert(
        "work_order_event",
        {"work_order_id": order.id, "from_state": "closed", "to_state": "in_progress",
         "at": LATER, "by_login": "zhou", "reason": "again"},
    )  # fmt: skip
    assert manager.push(again)[0]["status"] == "applied"
    assert order.step(manager, "in_progress")["status"] == "applied"


def test_a_concurrent_step_is_judged_by_the_path_the_role_could_take(api: Api) -> None:
    a = api.session("li.na", "engineer")
    b = api.session("wang", "engineer")
    order = Order(a, type="preventive_maintenance")
    for target in ("acknowledged", "on_site", "in_progress"):
        order.step(a, target)
    seen = order.clock
    assert order.step(a, "awaiting_parts")["status"] == "applied"
    # b had seen in_progress and completed the job: a step b's role could reach from
    # awaiting_parts, so the clock decides as for any field
    done = edit("work_order", order.id, {"state": "completed"}, {"state": seen})
    assert b.push(done)[0]["status"] == "applied"
    assert _row(a, "work_order", order.id)["data"]["state"] == "completed"


def test_a_new_work_order_starts_where_its_author_may_start_one(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    manager = api.session("zhou", "service_manager")
    future = (datetime.now(UTC) + timedelta(hours=2)).isoformat(timespec="microseconds")
    refused = [
        insert("work_order", work_order(state="closed", closed_at=LATER)),
        insert("work_order", work_order(state="in_progress")),
        insert("work_order", work_order(reported_at=future)),
    ]
    results = engineer.push(*refused)
    assert [r["status"] for r in results] == ["rejected"] * 3
    assert results[0]["reason"] == (
        "permission: the role 'engineer' may not create a work order in state 'closed'"
    )
    assert results[2]["reason"] == "validation: 'work_order.reported_at' is in the future"
    # the office may enter finished work, with stamps in order
    history = work_order(state="closed", acknowledged_at=TIME, finished_at=LATER, closed_at=LATER)
    assert manager.push(insert("work_order", history))[0]["status"] == "applied"
    backwards = work_order(state="closed", finished_at=LATER, closed_at=TIME)
    result = manager.push(insert("work_order", backwards))[0]
    assert result["status"] == "rejected"
    assert result["reason"] == "validation: 'work_order.closed_at' is before 'finished_at'"


# --- 3. authorship ----------------------------------------------------------------------


def test_a_signature_in_another_users_name_is_refused_and_locks_nothing(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    api.user("wu.min", "quality_control")
    order = Order(engineer)
    forged = insert("signature", signature(order.id, user_login="wu.min"))
    result = engineer.push(forged)[0]
    assert result["status"] == "rejected"
    assert result["reason"] == (
        "permission: 'signature.user_login' must be your own login (li.na), not 'wu.min'"
    )
    described = edit("work_order", order.id, {"description": "still open"}, {})
    assert engineer.push(described)[0]["status"] == "applied"
    # the customer's signature names the customer, recorded by the engineer's account
    own = insert("signature", signature(order.id, signer_name="王医生", updated_by="li.na"))
    assert engineer.push(own)[0]["status"] == "applied"
    mine = insert("signature", signature(order.id, user_login="li.na", updated_by="li.na"))
    assert engineer.push(mine)[0]["status"] == "applied"


def test_authorship_fields_are_the_pushing_users(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    api.user("zhou", "service_manager")
    order = Order(engineer)
    event = insert(
        "work_order_event",
        {"work_order_id": order.id, "from_state": "reported", "to_state": "acknowledged",
         "at": TIME, "by_login": "zhou", "updated_by": "zhou"},
    )  # fmt: skip
    restamped = edit("work_order", order.id, {"description": "x", "updated_by": "zhou"}, {})
    results = engineer.push(event, restamped)
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[0]["row"]["data"]["by_login"] == "li.na"
    assert results[0]["row"]["data"]["updated_by"] == "li.na"
    assert results[1]["row"]["data"]["updated_by"] == "li.na"
    # the server's value sorts after the author's clock, so every laptop takes it
    assert results[1]["row"]["clocks"]["updated_by"] > restamped["hlc"]
    assert _row(engineer, "work_order_event", event["id"])["data"]["by_login"] == "li.na"


# --- 5. amendments ----------------------------------------------------------------------


def test_a_signed_amendment_is_never_rewritten_or_deleted(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    qc = api.session("wu.min", "quality_control")
    order = _closed_inspection(engineer, qc)
    opened = insert("amendment", amendment(order.id, opened_by="li.na"))
    draft_edit = edit("amendment", opened["id"], {"reason": "typo in the date"}, {})
    assert [r["status"] for r in engineer.push(opened, draft_edit)] == ["applied", "applied"]
    closing = insert("signature", signature(order.id, amendment_id=opened["id"]))
    assert engineer.push(closing)[0]["status"] == "applied"
    for fields in ({"reason": "something else"}, {"deleted_at": LATER}):
        result = engineer.push(edit("amendment", opened["id"], fields, {}))[0]
        assert result["status"] == "rejected"
        assert result["reason"] == "append-only: a signed amendment is never changed"
    assert _row(engineer, "amendment", opened["id"])["data"]["reason"] == "typo in the date"
    from app.domain.signatures import may_open_amendment

    parts = api.session("sun.li", "parts_administrator")
    refused = parts.push(insert("amendment", amendment(order.id, opened_by="sun.li")))[0]
    assert refused["reason"].startswith("permission: the role 'parts_administrator'")
    assert not may_open_amendment(UserRole.PARTS_ADMINISTRATOR)
    assert all(may_open_amendment(r) for r in UserRole if r is not UserRole.PARTS_ADMINISTRATOR)


# --- 7. lone surrogates -----------------------------------------------------------------


@pytest.mark.parametrize("role", ["engineer", "service_manager", "parts_administrator"])
def test_a_lone_surrogate_is_refused_as_invalid_never_a_server_error(api: Api, role: str) -> None:
    laptop = api.session("li.na", role)
    changes = [
        insert("user", {"display_name": "x", "login": "\ud800", "role": "engineer"}),
        insert("work_order", work_order(number="WO-\ud800")),
        insert("part", {"part_number": "P-\udfff", "description": "magnetron"}),
        insert("customer", customer(name_zh="ok", address={"deep": ["\ud800"]})),
        insert("customer", customer(name_zh="fine")),
    ]
    results = laptop.push(*changes)
    for result in results[:3]:
        assert result["status"] == "rejected"
        assert result["reason"].startswith("validation: "), result["reason"]
        assert "lone surrogate" in result["reason"]
    assert results[3]["status"] == "rejected"
    expected = "rejected" if role == "parts_administrator" else "applied"
    assert results[4]["status"] == expected


# --- 10. clocks ---------------------------------------------------------------------------


def test_a_clock_ahead_of_the_server_wins_nothing_and_a_lost_change_says_so(api: Api) -> None:
    cheat = api.session("li.na", "engineer")
    honest = api.session("wang", "engineer")
    made = insert("customer", customer(address="一号楼"))
    cheat.push(made)
    ahead = make_hlc(now_ms() + 4 * 60_000 + 59_000, 9999, "c0ffee")
    forged = edit("customer", made["id"], {"address": "cheat"}, {"address": made["hlc"]}, ahead)
    result = cheat.push(forged)[0]
    assert result["status"] == "applied"
    stored = result["row"]["clocks"]["address"]
    assert parse_hlc(stored)[0] <= now_ms()  # clamped to the server's time
    fixed = edit("customer", made["id"], {"address": "二号楼"}, {"address": stored})
    answer = honest.push(fixed)[0]
    assert answer["status"] == "applied"
    assert _row(honest, "customer", made["id"])["data"]["address"] == "二号楼"
    # a change older than what the server holds changes nothing: it is not "applied"
    old = make_hlc(now_ms() - 60_000, 0, "0ld")
    stale = edit("customer", made["id"], {"address": "old"}, {"address": made["hlc"]}, old)
    lost = honest.push(stale)[0]
    assert lost["status"] == "lost"
    assert lost["reason"] == "lost: a newer edit of this record was kept"
    assert lost["conflicts"][0]["lost_value"] == "old"
    assert _row(honest, "customer", made["id"])["data"]["address"] == "二号楼"
    # a laptop of protocol 1 knows no "lost": it gets "applied" with the conflicts
    older = edit("customer", made["id"], {"address": "older"}, {"address": made["hlc"]}, old)
    body = {"device_time": datetime.now(UTC).isoformat(), "cursor": 0, "changes": [older]}
    headers = {**honest.headers, "X-Beamside-Protocol": "1"}
    answer = api.client.post("/sync/push", json=body, headers=headers).json()["results"][0]
    assert answer["status"] == "applied" and answer["conflicts"][0]["lost_value"] == "older"


# --- 13. the 422 answer and its schema -------------------------------------------------


def test_the_422_answer_matches_the_openapi_schema(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    answer = laptop.post("/sync/push", {"changes": 5})
    assert answer.status_code == 422
    body = answer.json()
    schema = api.app.openapi()["components"]["schemas"]  # /openapi.json is off
    declared = schema["HTTPValidationError"]
    assert declared["properties"]["detail"]["type"] == "string"
    assert isinstance(body["detail"], str) and body["detail"].startswith("validation: ")
    assert declared["properties"]["errors"]["type"] == "array"
    item = schema[declared["properties"]["errors"]["items"]["$ref"].rsplit("/", 1)[1]]
    assert set(body["errors"][0]) == set(item["properties"])


def test_a_laptop_whose_clock_runs_ahead_takes_the_servers_clocks(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop stores the clamped clocks the server answered, so its copy and the
    server's agree and a later honest edit elsewhere wins on the laptop too."""
    import time

    import app.domain.clock
    from tests import factories

    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("li.na", "service_manager")
    folder = tmp_path / "fast"
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, "li.na")
    try:
        client = SyncClient(store, "http://testserver", "li.na", http=api.client, allow_http=True)
        client.login(PASSWORD)
        real = time.time
        monkeypatch.setattr(app.domain.clock.time, "time", lambda: real() + 180)  # 3 min fast
        customer_id, _, _ = factories.hospital_with_unit(store)
        client.sync()
        monkeypatch.setattr(app.domain.clock.time, "time", real)
        with store.reading() as session:
            stored = (
                session.connection()
                .exec_driver_sql("SELECT sync_clocks FROM customer WHERE id = ?", (customer_id,))
                .scalar_one()
            )
        local = json.loads(stored)
        server = _row(api.session("wang", "engineer"), "customer", customer_id)["clocks"]
        assert local == server
        assert parse_hlc(local["*"])[0] <= now_ms()
    finally:
        opened.engine.dispose()
