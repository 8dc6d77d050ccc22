"""Running the server: /health tells whether the database answers, and `backup` makes
a consistent copy of an SQLite database while the server runs (issue 15)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import make_url

from sync.server.cli import main
from sync.server.settings import SQLITE_FILE, Settings
from tests.pg import PgCluster
from tests.sync_live import LiveServer

pytest_plugins = ["tests.sync_fixtures"]


@pytest.fixture
def live(server_settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(server_settings.data_dir, database_url=server_settings.database_url)
    server.add_user("li.na")
    server.start()
    yield server
    server.stop()


def _break_database(live: LiveServer, request: pytest.FixtureRequest) -> None:
    """Takes the database away under the running server, as a full disk, a deleted
    file or a stopped PostgreSQL would."""
    settings = live.settings()
    if settings.is_sqlite:
        assert live.app is not None
        live.app.state.server.db.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            (settings.data_dir / (SQLITE_FILE + suffix)).unlink(missing_ok=True)
        (settings.data_dir / SQLITE_FILE).mkdir()  # a folder where the file was
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        name = make_url(settings.url).database
        cluster.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_health_says_whether_the_database_answers(
    live: LiveServer, request: pytest.FixtureRequest
) -> None:
    up = httpx.get(f"{live.url}/health", timeout=10)
    assert up.status_code == 200
    assert up.json() == {"status": "ok", "database": "ok", "reason": None}
    _break_database(live, request)
    down = httpx.get(f"{live.url}/health", timeout=30)
    assert down.status_code == 503
    body = down.json()
    assert body["status"] == "unavailable" and body["database"] == "unavailable"
    assert body["reason"].startswith("the database does not answer: ")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_backup_copies_the_running_database(
    live: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    login = httpx.post(
        f"{live.url}/auth/login",
        json={
            "user": "li.na",
            "password": "correct horse battery",
            "device_id": "d1",
            "protocol": 1,
        },  # fmt: skip
        timeout=30,
    )
    assert login.status_code == 200, login.text
    out = tmp_path / "copy.sqlite3"
    where = ["--data-dir", str(live.data_dir)]
    assert main(["backup", *where, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"backup written to {out} (")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with sqlite3.connect(out) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        users = copy.execute("SELECT name FROM server_user").fetchall()
        devices = copy.execute("SELECT device_id FROM device").fetchall()
    assert users == [("li.na",)] and devices == [("d1",)]
    assert main(["backup", *where, "--out", str(out)]) == 1
    assert "exists already; choose a new file name" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("backend", ["postgresql"])
def test_backup_of_postgresql_points_to_pg_dump(
    server_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--data-dir", str(server_settings.data_dir)]
    where += ["--database-url", str(server_settings.database_url)]
    assert main(["backup", *where, "--out", str(tmp_path / "x")]) == 1
    assert "back it up with pg_dump (see docs/server.md)" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
