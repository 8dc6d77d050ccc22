"""Helpers the sync tests share: a real server on loopback or in process, laptops made
from one template database, and the data of every copy in one comparable form.

"The same data" is judged on wire values (app/db/codec.py), the form both sides agree
on, for every column of every synced table except `sync_clocks` (clocks are
bookkeeping: a laptop compacts them, the server keeps them whole).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine

from app.db.codec import synced_tables
from app.db.schema import open_database
from app.paths import backups_dir, database_path
from app.services.store import Store

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"
# table -> row id -> wire values of every synced column
Rows = dict[str, dict[str, dict[str, Any]]]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: this interpreter's, no keyring, no screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BEAMSIDE_TOKEN_STORE": "file"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


# --- a real server -----------------------------------------------------------------------


def _migrated_folder(data_dir: Path) -> None:
    """In the suite, a new SQLite server folder starts with the worker's copy of the
    migrated database (tests/db_templates.py) instead of migrating in the child."""
    from tests import db_templates

    if db_templates.server_template is not None:
        db_templates.server_template.place(data_dir)


def create_user(data_dir: Path, name: str, role: str, password: str = PASSWORD) -> None:
    """Adds an account the way an administrator does (the server's command line)."""
    _migrated_folder(data_dir)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sync.server",
            "create-user",
            "--data-dir",
            str(data_dir),
            "--name",
            name,
            "--password",
            password,
            "--role",
            role,
        ],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@dataclass
class ServerProcess:
    """`python -m sync.server` on a free loopback port; its output goes to a log file
    in the data folder (a pipe nobody reads would fill and stall it)."""

    data_dir: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        path = self.data_dir / "server.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def start_server(data_dir: Path, port: int | None = None, *args: str) -> ServerProcess:
    """Starts the server and waits until /health answers (or fails with its log)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if "--database-url" not in args:
        _migrated_folder(data_dir)
    port = port or free_port()
    log = (data_dir / "server.log").open("ab")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.server",
            "--data-dir",
            str(data_dir),
            "--port",
            str(port),
            *args,
        ],
        cwd=ROOT,
        env=child_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    server = ServerProcess(data_dir, port, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited {process.returncode}:\n{server.log()}")
        try:
            if httpx.get(f"{server.url}/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop()
    raise AssertionError(f"the server did not answer /health in 60 s:\n{server.log()}")


@contextmanager
def running_server(data_dir: Path, users: dict[str, str]) -> Iterator[ServerProcess]:
    """A server with `users` (name -> role), all with PASSWORD, stopped afterwards."""
    for name, role in users.items():
        create_user(data_dir, name, role)
    server = start_server(data_dir)
    try:
        yield server
    finally:
        server.stop()


# --- laptops -----------------------------------------------------------------------------


def open_store(data_dir: Path, login: str = "tester") -> Store:
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    return Store(opened.engine, data_dir, login)


def make_template(folder: Path) -> Path:
    """An empty, migrated laptop database (migrating takes most of a second; copying
    the file takes a millisecond). It has no device id and no clock node yet, so every
    copy becomes a laptop of its own on first use."""
    data = folder / "template"
    open_store(data).engine.dispose()
    return database_path(data)


def laptop_from(template: Path, data_dir: Path, login: str = "tester") -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, database_path(data_dir))
    return open_store(data_dir, login)


def run_cli(
    data_dir: Path, server: str, user: str, password: str | None = PASSWORD, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """`python main.py --data-dir D sync --server URL --user NAME` as a script runs it."""
    env = child_env()
    env.pop("BEAMSIDE_PASSWORD", None)
    if password is not None:
        env["BEAMSIDE_PASSWORD"] = password
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data_dir),
            "sync",
            "--server",
            server,
            "--user",
            user,
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# --- the data of a copy ------------------------------------------------------------------


def laptop_rows(engine: Engine) -> Rows:
    """Every synced row of a laptop in wire form (without sync_clocks)."""
    rows: Rows = {}
    with engine.connect() as connection:
        for name, codec in synced_tables().items():
            columns = ", ".join(f'"{c}"' for c in codec.columns)
            table: dict[str, dict[str, Any]] = {}
            for values in connection.exec_driver_sql(f'SELECT {columns} FROM "{name}"'):
                wire = codec.row_to_wire(dict(zip(codec.columns, values, strict=True)))
                table[wire["id"]] = wire
            rows[name] = table
    return rows


def pull_all(http: httpx.Client, token: str, page: int = 5000) -> tuple[Rows, int]:
    """The server's current rows (a pull from 0, every page) and how many came: a row
    pulled twice would make the count exceed the rows."""
    rows: Rows = {name: {} for name in synced_tables()}
    after, pulled = 0, 0
    while True:
        response = http.get(
            "/sync/pull",
            params={"after": after, "limit": page},
            headers={"Authorization": f"Bearer {token}", "X-Beamside-Protocol": "1"},
        )
        assert response.status_code == 200, response.text
        body = response.json()
        for row in body["rows"]:
            rows.setdefault(row["table"], {})[row["id"]] = row["data"]
        pulled += len(body["rows"])
        after = body["cursor"]
        if not body["more"]:
            return rows, pulled


def counts(rows: Rows) -> dict[str, int]:
    return {name: len(table) for name, table in rows.items()}


def differences(left: Rows, right: Rows, limit: int = 10) -> list[str]:
    """Human-readable differences between two copies (empty when they hold the same)."""
    found: list[str] = []
    for name in sorted(set(left) | set(right)):
        a, b = left.get(name, {}), right.get(name, {})
        for row_id in sorted(set(a) | set(b)):
            if row_id not in a or row_id not in b:
                side = "left" if row_id in a else "right"
                found.append(f"{name} {row_id}: only on the {side}")
            elif a[row_id] != b[row_id]:
                fields = sorted(
                    k
                    for k in set(a[row_id]) | set(b[row_id])
                    if a[row_id].get(k) != b[row_id].get(k)
                )
                found.append(
                    f"{name} {row_id}: "
                    + ", ".join(f"{k}={a[row_id].get(k)!r}/{b[row_id].get(k)!r}" for k in fields)
                )
            if len(found) >= limit:
                return found
    return found


@dataclass
class LocalSync:
    """What a laptop's own sync tables say after a round."""

    outbox: int
    cursor: int
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    state: dict[str, str] = field(default_factory=dict)


def local_sync(engine: Engine) -> LocalSync:
    with engine.connect() as connection:
        outbox = connection.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() or 0
        result = connection.exec_driver_sql("SELECT key, value FROM sync_state")
        state = {str(key): str(value) for key, value in result}
        columns = "table_name, row_id, field, kind, reason, lost_value, lost_clock, won_value"
        conflicts = [
            {
                "table": t,
                "id": i,
                "field": f,
                "kind": k,
                "reason": r,
                "lost_value": json.loads(lost) if lost is not None else None,
                "lost_clock": lc,
                "won_value": json.loads(won) if won is not None else None,
            }
            for t, i, f, k, r, lost, lc, won in connection.exec_driver_sql(
                f"SELECT {columns} FROM sync_conflict ORDER BY id"
            )
        ]
    return LocalSync(int(outbox), int(state.get("cursor", 0)), conflicts, state)


def integrity(path: Path) -> str:
    """`PRAGMA integrity_check` of a database file ("ok" when sound)."""
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def login_token(http: httpx.Client, user: str, password: str = PASSWORD) -> str:
    """A token for a made-up device: how a test reads the server as a client would."""
    response = http.post(
        "/auth/login",
        json={
            "user": user,
            "password": password,
            "device_id": f"test-reader-{user}",
            "device_name": "test",
            "protocol": 1,
        },
        headers={"X-Beamside-Protocol": "1"},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["token"])
