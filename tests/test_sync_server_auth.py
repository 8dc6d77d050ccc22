"""Logging in, tokens, protocol versions, clocks and the office-only views."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from sync.protocol import PROTOCOL_VERSION
from sync.server import admin
from sync.server.auth import device_prefix, token_digest
from sync.server.models import Device, ServerUser
from tests.sync_helpers import Api, customer, insert, state

pytest_plugins = ["tests.sync_fixtures"]


def test_health_and_version_are_open(api: Api) -> None:
    assert api.client.get("/health").json() == {"status": "ok", "database": "ok", "reason": None}
    version = api.client.get("/version", headers={"X-Beamside-Protocol": ""}).json()
    assert version["protocol"] == PROTOCOL_VERSION and version["schema_version"] == "0009"


def test_login_gives_a_token_and_a_stable_prefix_per_device(api: Api) -> None:
    api.user("li.na", "engineer")
    first = api.login("li.na", "laptop-1")
    assert first.status_code == 200
    body = first.json()
    assert body["user"] == "li.na" and body["role"] == "engineer"
    assert body["device_id"] == "laptop-1" and len(body["number_prefix"]) == 4
    again = api.login("li.na", "laptop-1").json()
    other = api.login("li.na", "laptop-2").json()
    assert again["number_prefix"] == body["number_prefix"]
    assert other["number_prefix"] != body["number_prefix"]
    # Only the token's hash is stored, and a new login replaces the device's token.
    with state(api.app).db.read() as connection:
        stored = connection.execute(
            select(Device.token_sha256).where(Device.device_id == "laptop-1")
        ).scalar_one()
    assert stored == token_digest(again["token"]) != token_digest(body["token"])
    old = api.client.get("/sync/pull", headers={"Authorization": f"Bearer {body['token']}"})
    new = api.client.get("/sync/pull", headers={"Authorization": f"Bearer {again['token']}"})
    assert old.status_code == 401 and new.status_code == 200


def test_prefixes_are_unique_for_the_first_hundred_thousand_devices() -> None:
    prefixes = {device_prefix(n) for n in range(1, 100_001)}
    assert len(prefixes) == 100_000
    assert all(len(p) == 4 for p in prefixes)


def test_a_wrong_password_or_an_unknown_user_is_refused(api: Api) -> None:
    api.user("li.na", "engineer")
    wrong = api.login("li.na", password="wrong")
    nobody = api.login("nobody")
    for answer in (wrong, nobody):
        assert answer.status_code == 401
        assert answer.json()["detail"] == "wrong user name or password"
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_disabled_user_can_neither_log_in_nor_use_a_token(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    admin.set_disabled(state(api.app).db, "li.na", True)
    refused = laptop.get("/sync/pull")
    assert refused.status_code == 401
    assert refused.json()["detail"] == "this account is disabled; ask the service office"
    login = api.login("li.na")
    assert login.status_code == 401 and "disabled" in login.json()["detail"]
    admin.set_disabled(state(api.app).db, "li.na", False)
    assert api.login("li.na").status_code == 200


def test_a_revoked_device_loses_its_token_and_cannot_log_in_again(api: Api) -> None:
    laptop = api.session("li.na", "engineer", device_id="stolen")
    admin.revoke_device(state(api.app).db, "stolen")
    assert laptop.get("/sync/pull").status_code == 401
    again = api.login("li.na", "stolen")
    assert again.status_code == 401
    assert again.json()["detail"] == "this device was revoked; ask the service office"
    assert api.login("li.na", "new-laptop").status_code == 200


@pytest.mark.parametrize(
    "header", [None, "Token abc", "Bearer", "Bearer not-a-token", "Bearer \u00e9t\u00e9"]
)
def test_requests_without_a_valid_token_get_401(api: Api, header: str | None) -> None:
    headers: dict[str, bytes] = {"Authorization": header.encode("utf-8")} if header else {}
    for method, path in (("GET", "/sync/pull"), ("GET", "/conflicts"), ("POST", "/sync/push")):
        answer = api.client.request(method, path, headers=headers, json={})
        assert answer.status_code == 401, answer.text
        assert answer.headers["WWW-Authenticate"] == 'Bearer realm="beamside"'
        assert answer.json()["detail"]


def test_an_old_client_gets_426_with_a_message_to_show(api: Api) -> None:
    answer = api.client.get("/sync/pull", headers={"X-Beamside-Protocol": "0"})
    assert answer.status_code == 426
    assert answer.json()["detail"] == "This Beamside is too old for the server; update it."
    api.user("li.na", "engineer")
    body = {"user": "li.na", "password": "x", "device_id": "d", "protocol": 0}
    login = api.client.post("/auth/login", json=body, headers={"X-Beamside-Protocol": "1"})
    assert login.status_code == 426 and "too old" in login.json()["detail"]
    garbage = api.client.get("/health", headers={"X-Beamside-Protocol": "new"})
    assert garbage.status_code == 400


def test_a_clock_ahead_of_the_server_refuses_the_push(api: Api) -> None:
    laptop = api.session("li.na", "engineer")
    ahead = (datetime.now(UTC) + timedelta(minutes=12)).isoformat()
    body = {"device_time": ahead, "cursor": 0, "changes": [insert("customer", customer())]}
    answer = laptop.post("/sync/push", body)
    assert answer.status_code == 400
    assert answer.json()["detail"].startswith("Your clock is 12 minutes ahead of the server.")
    assert laptop.pull()["rows"] == []
    behind = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    assert laptop.post("/sync/push", {**body, "device_time": behind}).status_code == 200
    naive = datetime.now(UTC).replace(tzinfo=None).isoformat()
    assert laptop.post("/sync/push", {**body, "device_time": naive}).status_code == 400


def test_conflicts_and_devices_are_for_the_office_only(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    for path in ("/conflicts", "/devices"):
        answer = engineer.get(path)
        assert answer.status_code == 403
        assert answer.json()["detail"].startswith("permission: ")
    manager = api.session("zhou", "service_manager", device_id="office-pc")
    qc = api.session("wu.min", "quality_control")
    assert qc.get("/conflicts").json() == {"conflicts": [], "cursor": 0, "more": False}
    devices = manager.get("/devices").json()
    assert {d["user"] for d in devices} == {"li.na", "zhou", "wu.min"}
    assert "token_sha256" not in devices[0]


def test_argon2id_hashes_are_stored(api: Api) -> None:
    api.user("li.na", "engineer")
    with state(api.app).db.read() as connection:
        stored = connection.execute(select(ServerUser.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
