"""A laptop killed with SIGKILL in the middle of a sync loses nothing and duplicates
nothing once the sync runs again in a fresh process.

The laptop syncs in a child process (tests/sync_child.py) with small batches against
a real server process; the test kills it a few times, each shortly after it reports a
committed batch (so the kill lands inside the next request or its commit), then lets a
last run finish and compares the laptop, the server and the queue it started with.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.db.models import Customer
from app.domain.enums import HospitalGrade
from app.paths import database_path
from app.services.store import Store
from sync.client.round import SyncClient
from tests.sync_harness import (
    PASSWORD,
    ROOT,
    ServerProcess,
    child_env,
    create_user,
    differences,
    integrity,
    laptop_rows,
    local_sync,
    login_token,
    open_store,
    pull_all,
    start_server,
)

USER = "crash"
QUEUED = 3000
# Seconds between a reported batch and the kill: at once, inside the next request, later.
DELAYS = (0.0, 0.011, 0.027, 0.043)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    data_dir = tmp_path_factory.mktemp("crash-server")
    create_user(data_dir, USER, "service_manager")
    process = start_server(data_dir)
    yield process
    process.stop()


@pytest.fixture(autouse=True)
def file_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")


def queue_customers(data_dir: Path, count: int = QUEUED) -> Store:
    """A laptop with `count` new hospitals waiting in its outbox."""
    store = open_store(data_dir, USER)
    with store.session() as session:
        for number in range(count):
            session.add(Customer(name_zh=f"医院 {number}", grade=HospitalGrade.GRADE_3A))
    return store


def outbox_ids(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return [r[0] for r in connection.exec_driver_sql("SELECT change_id FROM sync_outbox")]


def server_changes(server: ServerProcess, ids: list[str]) -> list[tuple[str, str]]:
    """(change id, status) of the server's stored changes among `ids`."""
    connection = sqlite3.connect(server.data_dir / "server.sqlite3", timeout=30)
    try:
        found: list[tuple[str, str]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found += connection.execute(
                f"SELECT change_id, status FROM sync_change WHERE change_id IN ({marks})", chunk
            ).fetchall()
        return found
    finally:
        connection.close()


def child(data_dir: Path, server: ServerProcess, push_batch: int, pull_page: int) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "tests" / "sync_child.py"),
        str(data_dir),
        server.url,
        USER,
        str(push_batch),
        str(pull_page),
    ]


def sync_killed(command: list[str], stage: str, delay: float) -> tuple[bool, list[str]]:
    """Runs the child until it reports a batch of `stage`, waits `delay`, kills it.
    Returns (killed, lines printed); not killed when it finished first."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=child_env(BEAMSIDE_PASSWORD=PASSWORD),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    try:
        for line in process.stdout:
            lines.append(line.strip())
            if line.startswith(f"{stage} "):
                time.sleep(delay)
                os.kill(process.pid, signal.SIGKILL)
                process.wait(30)
                return True, lines
        process.wait(30)
        assert process.returncode == 0, lines
        return False, lines
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)


def finish(command: list[str]) -> str:
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=child_env(BEAMSIDE_PASSWORD=PASSWORD),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("done"), result.stdout
    return result.stdout


def check_converged(store: Store, server: ServerProcess) -> None:
    """The laptop holds exactly what the server holds, its queue is empty, its audit
    trail is anchored to the last entry, and its database file is sound."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        rows, pulled = pull_all(http, login_token(http, USER))
    mine = laptop_rows(store.engine)
    assert differences(mine, rows) == []
    assert pulled == sum(len(t) for t in rows.values())  # each row once
    state = local_sync(store.engine)
    assert state.outbox == 0
    with store.engine.connect() as connection:
        head = connection.exec_driver_sql("SELECT max(seq) FROM audit_entry").scalar()
    assert int(state.state.get("audit_seq", 0)) == int(head or 0)
    assert integrity(database_path(store.data_dir)) == "ok"


def test_killed_during_push_loses_and_duplicates_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    store = queue_customers(tmp_path / "laptop")
    queued = outbox_ids(store)
    customers = set(laptop_rows(store.engine)["customer"])
    assert len(queued) == QUEUED == len(customers)
    command = child(tmp_path / "laptop", server, push_batch=50, pull_page=500)
    kills = 0
    for delay in DELAYS:
        killed, lines = sync_killed(command, "push", delay)
        assert not any(line.startswith("done") for line in lines)
        kills += killed
        if kills == 1:  # the first kill left a half-pushed queue behind
            arrived = len(server_changes(server, queued))
            assert 0 < arrived < QUEUED
            assert 0 < local_sync(store.engine).outbox < QUEUED
            assert integrity(database_path(tmp_path / "laptop")) == "ok"
    assert kills == len(DELAYS)
    finish(command)
    stored = server_changes(server, queued)
    assert sorted(cid for cid, _ in stored) == sorted(queued)  # each change stored once
    assert {status for _, status in stored} == {"applied"}
    check_converged(store, server)
    assert customers <= set(laptop_rows(store.engine)["customer"])
    assert integrity(server.data_dir / "server.sqlite3") == "ok"
    store.engine.dispose()


def test_killed_during_pull_loses_and_duplicates_nothing(
    server: ServerProcess, tmp_path: Path
) -> None:
    source = queue_customers(tmp_path / "source")
    client = SyncClient(source, server.url, USER)
    client.login(PASSWORD)
    assert client.sync().pushed == QUEUED
    client.http.close()
    source.engine.dispose()
    store = open_store(tmp_path / "laptop", USER)
    with store.session() as session:  # an unpushed local edit rides through the kills
        session.add(Customer(name_zh="本地医院", grade=HospitalGrade.GRADE_3A))
    command = child(tmp_path / "laptop", server, push_batch=500, pull_page=100)
    cursors = []
    for delay in DELAYS:
        killed, lines = sync_killed(command, "pull", delay)
        assert killed, lines
        cursors.append(local_sync(store.engine).cursor)
        assert integrity(database_path(tmp_path / "laptop")) == "ok"
    assert 0 < cursors[0] and cursors == sorted(cursors)  # each run resumed, none restarted
    finish(command)
    check_converged(store, server)
    rows = laptop_rows(store.engine)["customer"]
    assert len(rows) >= QUEUED + 1
    assert "本地医院" in {r["name_zh"] for r in rows.values()}
    store.engine.dispose()
