"""Device tokens expire unused and are rotated on use; the laptop keeps the new token
(issue 15). Against a real server, on SQLite and PostgreSQL; time is moved by setting
the stamps a real server would have written that long ago."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import update

from app.db.models import LocalDevice
from app.services.store import Store
from sync.client import token_store
from sync.client.round import SyncClient
from sync.protocol import PROTOCOL_VERSION
from sync.server.db import Database
from sync.server.models import Device
from sync.server.settings import Settings
from tests.sync_live import PASSWORD, LiveServer

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture
def live(server_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    server = LiveServer(server_settings.data_dir, database_url=server_settings.database_url)
    server.add_user("wu", "engineer")
    server.start()
    yield server
    server.stop()


def _age(live: LiveServer, device: str, **ago: timedelta) -> None:
    """Moves the device's token stamps into the past."""
    db = Database(live.settings())
    now = datetime.now(UTC)
    try:
        with db.write() as connection:
            connection.execute(
                update(Device)
                .where(Device.device_id == device)
                .values({column: now - delta for column, delta in ago.items()})
            )
    finally:
        db.dispose()


def _login(live: LiveServer, device: str = "laptop-wu") -> str:
    body = {"user": "wu", "password": PASSWORD, "device_id": device,
            "protocol": PROTOCOL_VERSION}  # fmt: skip
    answer = httpx.post(f"{live.url}/auth/login", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["token"])


def _pull(live: LiveServer, token: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "X-Beamside-Protocol": str(PROTOCOL_VERSION)}
    return httpx.get(f"{live.url}/sync/pull", headers=headers, timeout=30)


def test_a_token_unused_for_90_days_expires(live: LiveServer) -> None:
    token = _login(live)
    _age(live, "laptop-wu", token_used_at=timedelta(days=89), token_issued_at=timedelta(minutes=1))
    assert _pull(live, token).status_code == 200  # used within 90 days: still good
    _age(live, "laptop-wu", token_used_at=timedelta(days=91), token_issued_at=timedelta(minutes=1))
    expired = _pull(live, token)
    assert expired.status_code == 401
    assert expired.json()["detail"] == "the token expired after 90 days without use (log in again)"
    assert _pull(live, _login(live)).status_code == 200  # logging in again gives a new one


def test_a_token_is_rotated_on_use_and_the_old_one_has_a_grace_period(live: LiveServer) -> None:
    first = _login(live)
    fresh = _pull(live, first)
    assert fresh.status_code == 200 and "X-Beamside-Token" not in fresh.headers
    _age(live, "laptop-wu", token_issued_at=timedelta(hours=2))
    rotated = _pull(live, first)
    assert rotated.status_code == 200
    second = rotated.headers["X-Beamside-Token"]
    assert second != first
    late = _pull(live, first)  # a request already on its way with the old token
    assert late.status_code == 200 and "X-Beamside-Token" not in late.headers
    assert _pull(live, second).status_code == 200
    _age(live, "laptop-wu", token_issued_at=timedelta(hours=2))
    third = _pull(live, second).headers["X-Beamside-Token"]
    gone = _pull(live, first)  # two rotations ago
    assert (
        gone.status_code == 401 and gone.json()["detail"] == "the token is not valid (log in again)"
    )
    _age(live, "laptop-wu", token_issued_at=timedelta(hours=2))
    assert _pull(live, third).headers["X-Beamside-Token"]
    _age(live, "laptop-wu", token_issued_at=timedelta(hours=2))
    replaced = _pull(live, third)  # the replaced token after its grace period
    assert replaced.status_code == 401
    assert replaced.json()["detail"] == "the token was replaced by a newer one (log in again)"


def test_the_laptop_stores_the_rotated_token(live: LiveServer, store: Store) -> None:
    client = SyncClient(store, live.url, "wu", timeout=30)
    try:
        client.login(PASSWORD)
        issued = token_store.load_token(store.data_dir, live.url, "wu")
        assert issued is not None
        with store.reading() as session:
            local = session.get(LocalDevice, 1)
            assert local is not None
            device_id = local.device_id
        _age(live, device_id, token_issued_at=timedelta(hours=2))
        client.check_version()  # open: no token used, nothing rotated
        assert token_store.load_token(store.data_dir, live.url, "wu") == issued
        client.sync_and_record()
        kept = token_store.load_token(store.data_dir, live.url, "wu")
        assert kept is not None and kept != issued
        assert _pull(live, kept).status_code == 200
        again = SyncClient(store, live.url, "wu", timeout=30)  # the next start of the app
        assert again.has_token()
        again.sync_and_record()
        again.http.close()
    finally:
        client.http.close()
