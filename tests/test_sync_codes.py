"""The sync protocol speaks codes (issue 18 §3): the server sends a `code` beside every
refusal's English reason and error detail, the laptop translates by code, and a reason
from a server that sends no code is still understood by its English prefix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

import sync.client.round
from app.db.models import Customer
from app.db.schema import open_database
from app.db.syncing import SyncConflict
from app.domain.sync_failure import SyncFailure
from app.paths import backups_dir, database_path
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.sync.sync_texts import error_text, reason_text, short_error
from sync.client.round import SyncClient, SyncError, error_code, result_code
from sync.protocol import ChangeResult, Code
from tests import factories
from tests.sync_helpers import PASSWORD, Api, edit, insert, now_iso, repair_record, work_order

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def laptop(tmp_path: Path, name: str, api: Api) -> tuple[Store, SyncClient]:
    folder = tmp_path / name
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, "boss")
    client = SyncClient(store, "http://testserver", "boss", http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def conflict_reasons(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(SyncConflict.reason)))


# --- the server's answers ------------------------------------------------------------


def test_refusals_carry_their_code_beside_the_reason(api: Api) -> None:
    boss = api.session("boss", "service_manager")
    engineer = api.session("li.na", "engineer")
    order = insert("work_order", work_order(state="customer_signed"))
    assert boss.push(order)[0]["status"] == "applied"
    mine = insert("repair_record", repair_record(order["id"], cause="离子泵"))
    theirs = insert("repair_record", repair_record(order["id"], cause="真空泵"))
    boss.push(mine)
    close = edit("work_order", order["id"], {"state": "closed"}, {"state": order["hlc"]})
    nobody = edit("customer", "no-such-row", {"name_zh": "无"}, {})
    duplicate, workflow, unknown = engineer.push(theirs, close, nobody)
    assert (duplicate["status"], duplicate["code"]) == ("rejected", "duplicate")
    assert duplicate["reason"].startswith("duplicate: another 'repair_record' record")
    assert (workflow["status"], workflow["code"]) == ("rejected", "workflow")
    # the reason keeps the prefix laptops without codes read
    assert workflow["reason"].startswith("permission: the role 'engineer' may not move")
    assert (unknown["code"], unknown["reason"][:12]) == ("unknown_row", "unknown row:")
    applied = boss.push(insert("customer", {"name_zh": "新医院", "grade": "3A"}))[0]
    assert applied["status"] == "applied" and "code" not in applied


def test_a_laptop_of_protocol_2_gets_no_code_but_the_same_reason(api: Api) -> None:
    """Protocol 2 laptops forbid fields they do not know: `code` would break them."""
    boss = api.session("boss", "service_manager")
    api.session("li.na", "engineer")
    order = insert("work_order", work_order())
    boss.push(order)
    mine = insert("repair_record", repair_record(order["id"], cause="离子泵"))
    theirs = insert("repair_record", repair_record(order["id"], cause="真空泵"))
    boss.push(mine)
    body = {"device_time": now_iso(), "cursor": 0, "changes": [theirs]}
    answer = api.client.post(
        "/sync/push", json=body, headers={**boss.headers, "X-Beamside-Protocol": "2"}
    )
    [result] = answer.json()["results"]
    assert "code" not in result
    assert result["reason"].startswith("duplicate: another 'repair_record' record")
    assert ChangeResult.model_validate(result).code is None
    assert result_code(ChangeResult.model_validate(result)) is Code.DUPLICATE


def test_error_answers_carry_their_code(api: Api) -> None:
    boss = api.session("boss", "service_manager")
    ahead = (datetime.now(UTC) + timedelta(minutes=10)).isoformat()
    skewed = boss.post("/sync/push", {"device_time": ahead, "cursor": 0, "changes": []})
    assert skewed.status_code == 400 and skewed.json()["code"] == "clock_skew"
    assert "minutes ahead of the server" in skewed.json()["detail"]
    old = api.client.get("/sync/pull", headers={**boss.headers, "X-Beamside-Protocol": "0"})
    assert old.status_code == 426 and old.json()["code"] == "too_old"
    stranger = api.client.get("/sync/pull", headers={"Authorization": "Bearer nonsense"})
    assert stranger.status_code == 401 and stranger.json()["code"] == "unauthorized"
    invalid = boss.post("/sync/push", {"device_time": now_iso(), "cursor": -1, "changes": []})
    assert invalid.status_code == 422 and invalid.json()["code"] == "validation"
    assert invalid.json()["detail"].startswith("validation: invalid request")


# --- what the laptop shows -----------------------------------------------------------


@pytest.mark.usefixtures("chinese")
def test_a_duplicate_shows_in_chinese(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    stores = []
    for name in ("a", "b"):
        store, client = laptop(tmp_path, name, api)
        factories.engineer(store, login="wang", name=f"王工（{name}）")
        stores.append((store, client))
    for _, client in (*stores, *stores):
        client.sync()
    reasons = set(conflict_reasons(stores[1][0]))  # one per field of the merged copy
    [reason] = reasons
    assert reason.startswith("duplicate: ")
    assert reason_text(reason).startswith("另一台笔记本电脑也创建了同一条记录。 (")
    for store, _ in stores:
        store.engine.dispose()


@pytest.mark.usefixtures("chinese")
def test_a_lost_edit_and_a_refusal_show_in_chinese(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    api.user("li.na", "engineer")
    a, client_a = laptop(tmp_path, "a", api)
    b, client_b = laptop(tmp_path, "b", api)
    customer_id, _, _ = factories.hospital_with_unit(a)
    client_a.sync()
    client_b.sync()
    for store, name in ((a, "甲医院"), (b, "乙医院")):  # b edits later: b's value wins
        with store.session() as session:
            session.get_one(Customer, customer_id).name_zh = name
    client_b.sync()
    client_a.sync()
    lost = [r for r in conflict_reasons(a) if r.startswith("lost: ")]
    assert lost, conflict_reasons(a)
    assert reason_text(lost[0]).startswith("保留了另一台电脑上较新的编辑。")
    # a refusal an engineer's laptop records: translated by its code
    assert reason_text("permission: the role 'engineer' may not change 'user' records") == (
        "您的角色无权进行此更改。 (the role 'engineer' may not change 'user' records)"
    )
    assert reason_text("workflow: the role 'engineer' may not move").startswith(
        "工单流程不允许这一步。"
    )
    assert reason_text("signed: the record is signed").startswith("该记录已签字；")
    for store in (a, b):
        store.engine.dispose()


@pytest.mark.usefixtures("chinese")
def test_a_clock_ahead_stops_the_round_with_the_clock_text(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    store, client = laptop(tmp_path, "a", api)
    factories.hospital_with_unit(store)
    ahead = timedelta(minutes=10)
    monkeypatch.setattr(
        sync.client.round, "_now_iso", lambda: (datetime.now(UTC) + ahead).isoformat()
    )
    with pytest.raises(SyncError) as stopped:
        client.sync()
    assert stopped.value.kind is SyncFailure.CLOCK
    assert error_text(stopped.value.kind) == "本机时钟比服务器快太多，请校正时间。"
    store.engine.dispose()


@pytest.mark.usefixtures("chinese")
def test_too_many_attempts_shows_the_throttled_text(tmp_path: Path, store: Store) -> None:
    """The server's 429 (its login throttle) stops the round as THROTTLED."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            429, json={"detail": "too many failed logins; wait", "code": "throttled"}
        )

    http = httpx.Client(transport=httpx.MockTransport(answer), base_url="http://server")
    client = SyncClient(store, "http://server", "boss", http=http, allow_http=True)
    with pytest.raises(SyncError) as stopped:
        client.login(PASSWORD)
    assert stopped.value.kind is SyncFailure.THROTTLED
    assert error_text(stopped.value.kind) == "尝试次数过多。请等几分钟后再试。"
    assert short_error(stopped.value.kind) == "尝试次数过多"


# --- a server that sends no code -----------------------------------------------------


def test_answers_without_a_code_are_read_by_their_english() -> None:
    clock = httpx.Response(400, json={"detail": "Your clock is 9 minutes ahead of the server."})
    assert error_code(clock) is Code.CLOCK_SKEW
    assert error_code(httpx.Response(426, json={"detail": "too old"})) is Code.TOO_OLD
    assert error_code(httpx.Response(429, text="slow down")) is Code.THROTTLED
    refused = httpx.Response(403, json={"detail": "permission: only the office"})
    assert error_code(refused) is Code.PERMISSION
    old = ChangeResult(change_id="c", status="rejected", reason="append-only: never changed")
    assert result_code(old) is Code.APPEND_ONLY
    assert reason_text("append-only: never changed").startswith(
        "This kind of record cannot be changed once written."
    )
    assert reason_text("something else entirely") == "something else entirely"
    assert short_error("busy") == "server busy"  # 503: password checks saturated
    assert short_error("nonsense") == "sync failed"
