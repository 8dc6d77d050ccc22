"""`python -m sync.server`: help, accounts and devices from the command line."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sync.protocol import PROTOCOL_VERSION
from sync.server.app import create_app
from sync.server.cli import COMMANDS, main
from sync.server.settings import LoginThrottle, Settings, ThrottleRule
from tests.sync_helpers import state

pytest_plugins = ["tests.sync_fixtures"]
ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "sync.server", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def _where(settings: Settings) -> list[str]:
    url = ["--database-url", settings.database_url] if settings.database_url else []
    return ["--data-dir", str(settings.data_dir), *url]


def _login(settings: Settings, user: str, password: str, device: str = "d1") -> int:
    app = create_app(settings)
    try:
        with TestClient(app) as client:
            body = {"user": user, "password": password, "device_id": device,
                    "protocol": PROTOCOL_VERSION}  # fmt: skip
            return client.post("/auth/login", json=body).status_code
    finally:
        state(app).db.dispose()


def test_help_lists_the_commands() -> None:
    done = _cli("--help")
    assert done.returncode == 0
    for name, _help in COMMANDS:
        assert name in done.stdout
    assert _cli("create-user", "--help").returncode == 0
    no_folder = _cli("list-users")
    assert no_folder.returncode == 2 and "--data-dir is required" in no_folder.stderr


def test_a_user_created_on_the_command_line_can_log_in(server_settings: Settings) -> None:
    where = _where(server_settings)
    weak = _cli("create-user", *where, "--name", "li.na", "--password", "pw 1", "--role",
                "engineer")  # fmt: skip
    assert weak.returncode == 1
    assert weak.stderr.strip() == "refused: a password has at least 10 characters"
    made = _cli("create-user", *where, "--name", " Li.Na", "--password", "pw-1 quartz lantern",
                "--role", "engineer")  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "created li.na (engineer)"
    again = _cli("create-user", *where, "--name", "LI.NA", "--password", "other quartz 77",
                 "--role", "engineer")  # fmt: skip
    assert again.returncode == 1 and "exists already" in again.stderr
    bad_role = _cli("set-role", *where, "--name", "li.na", "--role", "boss")
    assert bad_role.returncode == 2
    assert _login(server_settings, "li.na", "pw-1 quartz lantern") == 200
    assert _login(server_settings, "li.na", "wrong") == 401


def test_admin_commands(server_settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    where = _where(server_settings)
    a, b = "amber kettle 42", "violet harbour 7"
    assert main(["create-user", *where, "--name", "wu", "--password", a, "--role",
                 "engineer"]) == 0  # fmt: skip
    assert main(["set-role", *where, "--name", "wu", "--role", "quality_control"]) == 0
    assert main(["reset-password", *where, "--name", "wu", "--password", "password123"]) == 1
    assert "too easy to guess (this is a very common password)" in capsys.readouterr().err
    assert main(["reset-password", *where, "--name", "wu", "--password", b]) == 0
    assert main(["set-role", *where, "--name", "nobody", "--role", "engineer"]) == 1
    assert "no user named 'nobody'" in capsys.readouterr().err
    assert _login(server_settings, "wu", a) == 401
    assert _login(server_settings, "wu", b, device="laptop-9") == 200
    capsys.readouterr()
    assert main(["list-users", *where]) == 0
    assert capsys.readouterr().out.split("\t")[:3] == ["wu", "quality_control", "active"]
    assert main(["list-devices", *where]) == 0
    assert capsys.readouterr().out.startswith("laptop-9\t")
    assert main(["disable-user", *where, "--name", "wu"]) == 0
    assert _login(server_settings, "wu", b, device="laptop-9") == 401
    assert main(["enable-user", *where, "--name", "wu"]) == 0
    assert main(["revoke-device", *where, "--device-id", "laptop-9"]) == 0
    assert main(["revoke-device", *where, "--device-id", "nope"]) == 1
    assert _login(server_settings, "wu", b, device="laptop-9") == 401
    assert _login(server_settings, "wu", b, device="laptop-10") == 200


def test_devices_are_reassigned_and_locks_lifted_on_the_command_line(
    server_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _where(server_settings)
    fast = ThrottleRule(free=1, lock_after=10, base_delay=0.001, max_delay=0.002,
                        lock_seconds=900)  # fmt: skip
    roomy = ThrottleRule(free=99, lock_after=99, base_delay=0, max_delay=0, lock_seconds=1)
    server_settings = dataclasses.replace(
        server_settings, login_throttle=LoginThrottle(account=fast, address=roomy)
    )
    for name in ("wu", "li.na"):
        assert main(["create-user", *where, "--name", name, "--password", "amber kettle 42",
                     "--role", "engineer"]) == 0  # fmt: skip
    assert _login(server_settings, "wu", "amber kettle 42", device="laptop-3") == 200
    assert _login(server_settings, "li.na", "amber kettle 42", device="laptop-3") == 409
    assert main(["reassign-device", *where, "--device-id", "laptop-3", "--name", "li.na"]) == 0
    assert "device laptop-3 now belongs to li.na" in capsys.readouterr().out
    assert _login(server_settings, "li.na", "amber kettle 42", device="laptop-3") == 200
    codes = [_login(server_settings, "wu", f"guess {n}") for n in range(12)]
    assert codes[-1] == 429
    assert main(["list-locks", *where]) == 0
    assert capsys.readouterr().out.startswith("account\twu\t10 failure(s)\tlocked until ")
    assert main(["unlock", *where, "--name", "wu"]) == 0
    assert capsys.readouterr().out.strip() == "unlocked wu"
    assert _login(server_settings, "wu", "amber kettle 42") == 200
    assert main(["unlock", *where, "--name", "wu"]) == 1
    assert "no failed logins recorded for the account 'wu'" in capsys.readouterr().err
