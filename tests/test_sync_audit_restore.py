"""The audit trail survives `restore-backup`, end to end: a real server process, the
laptop synced with `python main.py sync`, damaged and restored with the real
`restore-backup`, then synced on. At the end every entry is anchored, `verify-audit`
passes on the laptop and the server's chain check is clean, both naming the fork.

And a refused anchoring fails the round: exit 1 with the reason, not a warning."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from app.db.schema import backup_database, restore_latest_backup
from app.domain.records import CustomerDraft
from app.paths import backups_dir, database_path
from app.services import audit
from app.services.registry.customers import save_customer
from sync.client.round import SyncClient, SyncError, SyncReport
from sync.server import admin
from sync.server.app import create_app
from sync.server.audit_check import check_trails
from sync.server.settings import PasswordCost, Settings
from tests.sync_harness import (
    PASSWORD,
    ROOT,
    ServerProcess,
    child_env,
    create_user,
    local_sync,
    open_store,
    run_cli,
    start_server,
)

USER = "li.na"
FORKED = re.compile(
    r"audit trail forked after entry #(\d+) \(this laptop was restored\): "
    r"the server keeps its entries #(\d+)-#(\d+) set aside, the fork is entry #(\d+) here"
)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProcess]:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    create_user(tmp_path / "server", USER, "service_manager")
    process = start_server(tmp_path / "server")
    yield process
    process.stop()


def add_hospitals(laptop: Path, *names: str) -> None:
    store = open_store(laptop, USER)
    try:
        for name in names:
            save_customer(store, None, CustomerDraft(name_zh=name))
    finally:
        store.engine.dispose()


def beamside(laptop: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(laptop), *args],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def server_check(server: ServerProcess) -> subprocess.CompletedProcess[str]:
    """The server's chain check, as its administrator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "sync.server", "--data-dir", str(server.data_dir), "verify-audit"],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def head(laptop: Path) -> tuple[int, str]:
    connection = sqlite3.connect(database_path(laptop))
    try:
        seq, digest = connection.execute(
            "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return int(seq), str(digest)
    finally:
        connection.close()


def hospitals(laptop: Path) -> set[str]:
    connection = sqlite3.connect(database_path(laptop))
    try:
        return {row[0] for row in connection.execute("SELECT name_zh FROM customer")}
    finally:
        connection.close()


def sync_state(laptop: Path) -> dict[str, str]:
    store = open_store(laptop, USER)
    try:
        return local_sync(store.engine).state
    finally:
        store.engine.dispose()


def damage(laptop: Path) -> None:
    path = database_path(laptop)
    path.write_bytes(b"\0not a database" * 4096)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("unsynced_in_backup", [False, True], ids=["clean-backup", "unsynced"])
def test_a_restored_laptop_forks_its_trail_and_anchors_everything(
    server: ServerProcess, tmp_path: Path, unsynced_in_backup: bool
) -> None:
    """clean-backup: sync, back up, add, sync, damage, restore, add, sync twice.
    unsynced: the backup also holds edits not yet synced (which a later sync anchored),
    and the laptop syncs right after the restore, before anything is added: the case
    that once answered "anchored" and then never anchored again."""
    laptop = tmp_path / "laptop"
    add_hospitals(laptop, "甲医院")
    first = run_cli(laptop, server.url, USER)
    assert first.returncode == 0, first.stderr
    if unsynced_in_backup:
        add_hospitals(laptop, "乙医院")
    backup_database(database_path(laptop), backups_dir(laptop), "manual")
    fork_point = head(laptop)[0]  # the backup's newest entry: the last both will hold
    add_hospitals(laptop, "丙医院", "丁医院")
    second = run_cli(laptop, server.url, USER, password=None)
    assert second.returncode == 0, second.stderr
    lost_head = head(laptop)[0]  # the server's anchored head the restore falls behind

    damage(laptop)
    restored = beamside(laptop, "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert head(laptop)[0] == fork_point

    rounds = []
    if unsynced_in_backup:
        rounds.append(run_cli(laptop, server.url, USER, password=None))
    add_hospitals(laptop, "戊医院")
    rounds.append(run_cli(laptop, server.url, USER, password=None))
    rounds.append(run_cli(laptop, server.url, USER, password=None))
    for result in rounds:
        print(f"exit {result.returncode}\n{result.stdout}{result.stderr}")  # noqa: T201
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # nothing left to a warning

    fork = FORKED.search(rounds[0].stdout)
    assert fork, rounds[0].stdout
    assert [int(n) for n in fork.groups()[:3]] == [fork_point, fork_point + 1, lost_head]
    event = int(fork[4])
    assert not any(FORKED.search(r.stdout) for r in rounds[1:])  # recorded once
    assert rounds[-1].stdout.rstrip().endswith("audit entries anchored 0")

    # Everything is anchored: the laptop's pushed mark is its head, and the server's
    # anchored trail ends there too.
    last, _digest = head(laptop)
    assert last >= event > fork_point
    assert int(sync_state(laptop)["audit_seq"]) == last
    checked = beamside(laptop, "verify-audit")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith(f"audit trail intact: {last} entries\n")
    assert f"fork after entry #{fork_point}, recorded as entry #{event}" in checked.stdout
    assert f"the server keeps its anchored entries #{fork_point + 1}-#{lost_head} set aside" in (
        checked.stdout
    )

    on_server = server_check(server)
    assert on_server.returncode == 0, on_server.stdout + on_server.stderr
    assert f"{last} entries anchored, intact" in on_server.stdout
    assert f"fork after entry #{fork_point} " in on_server.stdout
    assert f"entries #{fork_point + 1}-#{lost_head} set aside and kept" in on_server.stdout
    assert on_server.stdout.rstrip().endswith("audit trails clean: 1 device(s), 1 fork(s)")

    # Nothing written is lost: what the restore dropped came back from the server.
    names = {"甲医院", "丙医院", "丁医院", "戊医院"} | ({"乙医院"} if unsynced_in_backup else set())
    assert hospitals(laptop) == names


def test_a_refused_anchoring_fails_the_sync_with_the_reason(
    server: ServerProcess, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop"
    add_hospitals(laptop, "甲医院")
    assert run_cli(laptop, server.url, USER).returncode == 0
    add_hospitals(laptop, "乙医院")
    last, _digest = head(laptop)
    connection = sqlite3.connect(database_path(laptop))
    with connection:  # an entry not yet anchored is altered without its hash
        connection.execute("UPDATE audit_entry SET new_value = '丙医院' WHERE seq = ?", (last,))
    connection.close()

    for pushed in (1, 0):  # refused again, never quietly accepted
        result = run_cli(laptop, server.url, USER, password=None)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr == (
            "beamside: audit trail not anchored: audit trail of this device does not "
            f"continue at entry #{last}\n"
        )
        assert result.stdout.startswith(f"pushed {pushed} change(s)")  # the records moved
    state = sync_state(laptop)
    assert state["last_error"].startswith("audit: audit trail of this device does not continue")
    assert int(state["audit_seq"]) < last


class LosingTransport(httpx.BaseTransport):
    """To the in-process server; loses the answer to the first push that declares a
    fork, after the server committed it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.lost = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        declares = request.url.path == "/sync/audit" and b'"fork"' in request.read()
        response = self.inner.handle_request(request)
        if declares and not self.lost:
            self.lost += 1
            response.read()
            raise httpx.ReadError("answer lost after the server committed", request=request)
        return response


def test_a_fork_whose_answer_was_lost_is_taken_and_recorded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    settings = Settings(tmp_path / "server", password_cost=PasswordCost.cheap())
    laptop = tmp_path / "laptop"
    with TestClient(create_app(settings), base_url="http://testserver") as web:
        server = web.app.state.server  # type: ignore[attr-defined]
        admin.create_user(server.db, server.passwords, USER, PASSWORD, "service_manager")
        transport = LosingTransport(web._transport)  # noqa: SLF001 (the app's ASGI transport)
        http = httpx.Client(transport=transport, base_url="http://testserver")

        def sync() -> SyncReport:
            store = open_store(laptop, USER)
            try:
                return SyncClient(
                    store, "http://testserver", USER, http=http, allow_http=True
                ).sync()
            finally:
                store.engine.dispose()

        add_hospitals(laptop, "甲医院")
        store = open_store(laptop, USER)
        SyncClient(store, "http://testserver", USER, http=http, allow_http=True).login(PASSWORD)
        store.engine.dispose()
        sync()
        backup_database(database_path(laptop), backups_dir(laptop), "manual")
        add_hospitals(laptop, "乙医院")
        sync()
        damage(laptop)
        restore_latest_backup(database_path(laptop), backups_dir(laptop))
        add_hospitals(laptop, "丙医院")

        with pytest.raises(SyncError) as lost:
            sync()
        assert lost.value.kind == "unreachable" and transport.lost == 1
        again = sync()
        assert again.audit_forks == [] and sync().audit_anchored == 0

        store = open_store(laptop, USER)
        try:
            assert len(audit.fork_events(store)) == 1
            assert audit.verify_chain(store) is None
        finally:
            store.engine.dispose()
        last, digest = head(laptop)
        assert int(sync_state(laptop)["audit_seq"]) == last
        [trail] = check_trails(server.db)
        assert trail.clean and (trail.head, len(trail.forks)) == (last, 1)
        http.close()


def test_a_server_that_lost_anchored_entries_gets_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other way round: the server's database was restored and holds less than the
    laptop had anchored. That is no fork: the laptop sends the rest again."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    settings = Settings(tmp_path / "server", password_cost=PasswordCost.cheap())
    laptop = tmp_path / "laptop"
    with TestClient(create_app(settings), base_url="http://testserver") as web:
        server = web.app.state.server  # type: ignore[attr-defined]
        admin.create_user(server.db, server.passwords, USER, PASSWORD, "service_manager")
        add_hospitals(laptop, "甲医院", "乙医院")
        store = open_store(laptop, USER)
        client = SyncClient(store, "http://testserver", USER, http=web, allow_http=True)
        client.login(PASSWORD)
        assert client.sync().audit_anchored == 4
        with server.db.write() as connection:
            connection.execute(text("DELETE FROM audit_entry WHERE seq > 1"))
            connection.execute(
                text("UPDATE audit_anchor SET seq = 1, hash = (SELECT hash FROM audit_entry)")
            )
        again = client.sync()
        assert (again.audit_anchored, again.audit_forks) == (3, [])
        store.engine.dispose()
        [trail] = check_trails(server.db)
        assert trail.clean and (trail.entries, trail.forks) == (4, [])
