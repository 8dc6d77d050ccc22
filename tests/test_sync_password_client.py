"""The laptop's sync client changes the user's password on a real server, on SQLite
and PostgreSQL (issue 15): the refusals come back as kinds and codes the app
translates, the laptop keeps its token, and a password never goes out in the clear."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.domain.sync_failure import SyncFailure
from app.services.store import Store
from sync.client.round import SyncClient, SyncError
from sync.server.settings import Settings
from tests.sync_live import PASSWORD, LiveServer

pytest_plugins = ["tests.sync_fixtures"]
NEW = "Blue-kettle-orbit-59"


@pytest.fixture
def live(server_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    server = LiveServer(server_settings.data_dir, database_url=server_settings.database_url)
    server.add_user("wu.gang", "engineer")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client(live: LiveServer, store: Store) -> Iterator[SyncClient]:
    client = SyncClient(store, live.url, "wu.gang", timeout=30)
    client.login(PASSWORD)
    yield client
    client.http.close()


def _refusal(client: SyncClient, current: str, new: str) -> SyncError:
    with pytest.raises(SyncError) as caught:
        client.change_password(current, new)
    return caught.value


def _logs_in(live: LiveServer, password: str) -> bool:
    body = {"user": "wu.gang", "password": password, "device_id": "another-laptop",
            "protocol": 3}  # fmt: skip
    return httpx.post(f"{live.url}/auth/login", json=body, timeout=30).status_code == 200


def test_the_client_changes_the_password_and_keeps_syncing(
    live: LiveServer, client: SyncClient
) -> None:
    changed = client.change_password(PASSWORD, NEW)
    assert changed.devices_kept == 1
    assert client.has_token()
    client.sync_and_record()  # the laptop's token is still good
    assert _logs_in(live, NEW) and not _logs_in(live, PASSWORD)


def test_refusals_come_back_with_their_codes(live: LiveServer, client: SyncClient) -> None:
    short = _refusal(client, PASSWORD, "short")
    assert short.kind is SyncFailure.PASSWORD
    assert short.message == "password_too_short: a password has at least 10 characters"
    guessable = _refusal(client, PASSWORD, "password123456")
    assert guessable.message.startswith("password_guessable: this password is too easy")
    wrong = _refusal(client, "not my password", NEW)
    assert (wrong.kind, wrong.message.split(":")[0]) == (SyncFailure.PASSWORD, "wrong_password")
    for _attempt in range(2):
        _refusal(client, "not my password", NEW)
    waiting = _refusal(client, "not my password", NEW)  # past the free attempts: 429
    assert waiting.kind is SyncFailure.THROTTLED and "wait" in waiting.message
    assert client.has_token()  # refusals never cost the laptop its login


def test_a_password_is_not_sent_in_the_clear(store: Store) -> None:
    client = SyncClient(store, "http://192.0.2.7:8765", "wu.gang")
    try:
        refused = _refusal(client, PASSWORD, NEW)
        assert refused.kind is SyncFailure.INSECURE
    finally:
        client.http.close()


def test_an_unreachable_server_is_said_so(store: Store) -> None:
    client = SyncClient(store, "http://127.0.0.1:9", "wu.gang", timeout=2)
    client._token = "a token"  # noqa: SLF001  (a laptop logged in before the server left)
    try:
        assert _refusal(client, PASSWORD, NEW).kind is SyncFailure.UNREACHABLE
    finally:
        client.http.close()
