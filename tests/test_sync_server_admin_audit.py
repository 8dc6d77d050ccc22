"""Administrative actions leave a trail auditors can read (`admin-audit`, GET
/admin/audit), and a revoked device may come back after `enable-device`, with a new
token (issue 15). Against a real server, on SQLite and PostgreSQL."""

from __future__ import annotations

import getpass
from collections.abc import Iterator

import httpx
import pytest

from sync.protocol import PROTOCOL_VERSION
from sync.server.cli import main
from sync.server.settings import Settings
from tests.sync_live import PASSWORD, LiveServer

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture
def live(server_settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(server_settings.data_dir, database_url=server_settings.database_url)
    server.start()
    yield server
    server.stop()


def _where(live: LiveServer) -> list[str]:
    url = ["--database-url", live.database_url] if live.database_url else []
    return ["--data-dir", str(live.data_dir), *url]


def _login(live: LiveServer, user: str, device: str) -> httpx.Response:
    body = {"user": user, "password": PASSWORD, "device_id": device,
            "protocol": PROTOCOL_VERSION}  # fmt: skip
    return httpx.post(f"{live.url}/auth/login", json=body, timeout=30)


def _get(live: LiveServer, token: str, path: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "X-Beamside-Protocol": str(PROTOCOL_VERSION)}
    return httpx.get(f"{live.url}{path}", headers=headers, timeout=30)


def test_admin_actions_are_recorded_and_listed(
    live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _where(live)
    for name, role in (("li.na", "service_manager"), ("zhou", "quality_control"),
                       ("wu", "engineer")):  # fmt: skip
        assert main(["create-user", *where, "--name", name, "--password", PASSWORD,
                     "--role", role]) == 0  # fmt: skip
    assert main(["set-role", *where, "--name", "wu", "--role", "engineer"]) == 0
    assert main(["reset-password", *where, "--name", "wu", "--password", PASSWORD]) == 0
    wu = _login(live, "wu", "laptop-wu")
    assert wu.status_code == 200
    assert main(["revoke-device", *where, "--device-id", "laptop-wu"]) == 0
    assert main(["enable-device", *where, "--device-id", "laptop-wu"]) == 0
    assert main(["set-role", *where, "--name", "nobody", "--role", "engineer"]) == 1  # no trace
    capsys.readouterr()

    assert main(["admin-audit", *where]) == 0
    lines = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    me = getpass.getuser()
    assert [line[1:5] for line in lines] == [
        [me, "cli", "user_created", "li.na"],
        [me, "cli", "user_created", "zhou"],
        [me, "cli", "user_created", "wu"],
        [me, "cli", "role_changed", "wu"],
        [me, "cli", "password_reset", "wu"],
        [me, "cli", "device_revoked", "laptop-wu"],
        [me, "cli", "device_enabled", "laptop-wu"],
    ]
    assert lines[0][5] == "service_manager" and lines[3][5] == "engineer -> engineer"
    assert all(line[0].endswith(" UTC") for line in lines)

    for user in ("li.na", "zhou"):  # the service manager and QC read it over HTTP
        token = _login(live, user, f"laptop-{user}").json()["token"]
        page = _get(live, token, "/admin/audit?limit=5")
        assert page.status_code == 200, page.text
        body = page.json()
        assert [a["action"] for a in body["actions"]][:3] == ["user_created"] * 3
        assert body["more"] is True and body["cursor"] == body["actions"][-1]["id"]
        rest = _get(live, token, f"/admin/audit?after={body['cursor']}").json()
        assert [a["action"] for a in rest["actions"]] == ["device_revoked", "device_enabled"]
        assert rest["more"] is False and rest["actions"][0]["source"] == "cli"
    engineer = _login(live, "wu", "laptop-wu").json()["token"]
    refused = _get(live, engineer, "/admin/audit")
    assert refused.status_code == 403
    assert "only the service manager and quality control" in refused.json()["detail"]


def test_a_revoked_device_logs_in_again_after_enable_device_with_a_new_token(
    live: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _where(live)
    assert main(["create-user", *where, "--name", "wu", "--password", PASSWORD,
                 "--role", "engineer"]) == 0  # fmt: skip
    old = _login(live, "wu", "laptop-wu").json()["token"]
    assert _get(live, old, "/sync/pull").status_code == 200
    assert main(["revoke-device", *where, "--device-id", "laptop-wu"]) == 0
    assert _get(live, old, "/sync/pull").status_code == 401
    refused = _login(live, "wu", "laptop-wu")
    assert refused.status_code == 401 and "revoked" in refused.json()["detail"]
    capsys.readouterr()
    assert main(["enable-device", *where, "--device-id", "laptop-wu"]) == 0
    assert capsys.readouterr().out.strip() == "device laptop-wu may log in again"
    assert _get(live, old, "/sync/pull").status_code == 401  # the old token stays void
    again = _login(live, "wu", "laptop-wu")
    assert again.status_code == 200
    new = again.json()["token"]
    assert new != old and _get(live, new, "/sync/pull").status_code == 200
    assert main(["enable-device", *where, "--device-id", "laptop-wu"]) == 1
    assert "is not revoked" in capsys.readouterr().err
