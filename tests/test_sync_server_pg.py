"""Two server processes on one PostgreSQL: concurrent pushes through both, and a reader
walking the pull cursor meanwhile, which must see every accepted change (the sequence
is handed out under the counter row's lock, so it is commit order)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.protocol import PROTOCOL_VERSION
from sync.server import admin
from sync.server.auth import Passwords
from sync.server.db import Database
from sync.server.settings import PasswordCost, Settings
from tests.pg import TEMPLATE, PgCluster
from tests.sync_helpers import PASSWORD, customer, edit, insert, now_iso

pytest_plugins = ["tests.sync_fixtures"]
ROOT = Path(__file__).resolve().parent.parent
PUSHERS, BATCHES, BATCH = 6, 8, 40


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def two_servers(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[list[str]]:
    url = pg_cluster.url(pg_cluster.new_database(TEMPLATE))
    data_dir = tmp_path / "server"
    settings = Settings(data_dir, database_url=url, password_cost=PasswordCost.cheap())
    db = Database(settings)
    passwords = Passwords(settings.password_cost)
    for n in range(PUSHERS + 1):
        admin.create_user(db, passwords, f"user{n}", PASSWORD, "service_manager")
    db.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes, urls = [], []
    for n in range(2):
        port = _port()
        log = (tmp_path / f"server{n}.log").open("wb")
        command = [sys.executable, "-m", "sync.server", "--data-dir", str(data_dir),
                   "--database-url", url, "--port", str(port)]  # fmt: skip
        processes.append(subprocess.Popen(command, stdout=log, stderr=log, cwd=ROOT, env=env))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for process, base in zip(processes, urls, strict=True):
            _wait_until_up(process, base, tmp_path)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def _wait_until_up(process: subprocess.Popen[bytes], base: str, logs: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            text = "\n".join(p.read_text(errors="replace") for p in logs.glob("server*.log"))
            raise AssertionError(f"a server exited {process.returncode}:\n{text}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"{base} did not start")


def _client(base: str, user: str, device: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60, headers={"X-Beamside-Protocol": "1"})
    body = {"user": user, "password": PASSWORD, "device_id": device,
            "protocol": PROTOCOL_VERSION}  # fmt: skip
    answer = client.post("/auth/login", json=body)
    assert answer.status_code == 200, answer.text
    client.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return client


def _push(client: httpx.Client, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    body = {"device_time": now_iso(), "cursor": 0, "changes": changes}
    answer = client.post("/sync/push", json=body)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def _pull_all(client: httpx.Client, after: int = 0) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    while True:
        page = client.get("/sync/pull", params={"after": after, "limit": 500}).json()
        rows.extend(page["rows"])
        after = page["cursor"]
        if not page["more"]:
            return rows


@pytest.mark.slow
def test_two_processes_order_concurrent_pushes_so_no_reader_skips_one(
    two_servers: list[str],
) -> None:
    setup = _client(two_servers[0], "user0", "setup")
    shared = insert("customer", customer(name_zh="共享"))
    assert _push(setup, [shared])[0]["status"] == "applied"
    applied: set[str] = {shared["id"]}
    lock = threading.Lock()
    done = threading.Event()
    problems: list[str] = []

    def pusher(n: int) -> None:
        try:
            push_batches(n)
        except Exception as exc:  # reported by the main thread
            problems.append(f"pusher {n}: {exc!r}")

    def push_batches(n: int) -> None:
        client = _client(two_servers[n % 2], f"user{n + 1}", f"pusher-{n}")
        for b in range(BATCHES):
            changes = [insert("customer", customer(name_zh=f"{n}-{b}-{i}")) for i in range(BATCH)]
            changes.append(edit("customer", shared["id"], {"address": f"{n}-{b}"}, {}))
            results = _push(client, changes)
            with lock:
                applied.update(c["id"] for c, r in zip(changes, results, strict=True)
                               if r["status"] == "applied" and c["op"] == "insert")  # fmt: skip
                problems.extend(r["reason"] for r in results if r["status"] != "applied")

    seen: set[str] = set()

    def reader() -> None:
        try:
            walk()
        except Exception as exc:  # reported by the main thread
            problems.append(f"reader: {exc!r}")

    def walk() -> None:
        clients = [_client(base, "user0", f"reader-{i}") for i, base in enumerate(two_servers)]
        cursor, turn = 0, 0
        while True:
            finished = done.is_set()  # read before the pull: a last full walk after it
            while True:
                page = clients[turn % 2].get("/sync/pull", params={"after": cursor, "limit": 97})
                turn += 1
                body = page.json()
                seqs = [r["seq"] for r in body["rows"]]
                if seqs != sorted(set(seqs)) or (seqs and seqs[0] <= cursor):
                    problems.append(f"pull after {cursor} gave seqs {seqs[:5]}…")
                seen.update(r["id"] for r in body["rows"])
                cursor = body["cursor"]
                if not body["more"]:
                    break
            if finished:
                return

    threads = [threading.Thread(target=pusher, args=(n,)) for n in range(PUSHERS)]
    walker = threading.Thread(target=reader)
    walker.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    walker.join()

    assert problems == []
    assert len(applied) == PUSHERS * BATCHES * BATCH + 1
    for base in two_servers:
        rows = _pull_all(_client(base, "user0", f"check-{base}"))
        ids = [r["id"] for r in rows]
        seqs = [r["seq"] for r in rows]
        assert len(ids) == len(set(ids)) and set(ids) == applied
        assert all(a < b for a, b in zip(seqs, seqs[1:], strict=False))
        final = next(r for r in rows if r["id"] == shared["id"])
        assert final["seq"] == seqs[-1] or final["data"]["address"]
    assert seen >= applied  # the cursor-walking reader skipped nothing
