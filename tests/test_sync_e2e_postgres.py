"""Two laptops and a real server on PostgreSQL: the laptop side of sync against the
production database (the server's own suite runs on both databases already)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import factories
from tests.pg import TEMPLATE, PgCluster
from tests.sync_harness import (
    PASSWORD,
    ROOT,
    child_env,
    differences,
    laptop_rows,
    open_store,
    run_cli,
    start_server,
)

pytest_plugins = ["tests.sync_fixtures"]


def test_two_laptops_converge_through_a_server_on_postgresql(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    url = pg_cluster.url(pg_cluster.new_database(TEMPLATE))
    server_dir = tmp_path / "server"
    created = subprocess.run(
        [sys.executable, "-m", "sync.server", "create-user", "--data-dir", str(server_dir),
         "--database-url", url, "--name", "boss", "--password", PASSWORD,
         "--role", "service_manager"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a = open_store(a_dir, "boss")
    _, _, unit = factories.hospital_with_unit(a)
    orders = [factories.work_order(a, unit) for _ in range(5)]
    a.engine.dispose()
    server = start_server(server_dir, None, "--database-url", url)
    try:
        pushed = run_cli(a_dir, server.url, "boss", PASSWORD)
        pulled = run_cli(b_dir, server.url, "boss", PASSWORD)
        assert pushed.returncode == 0, pushed.stdout + pushed.stderr + server.log()
        assert pulled.returncode == 0, pulled.stdout + pulled.stderr + server.log()
        b = open_store(b_dir, "boss")
        a = open_store(a_dir, "boss")
        try:
            mine, theirs = laptop_rows(a.engine), laptop_rows(b.engine)
            assert differences(mine, theirs) == []
            assert {o.id for o in orders} <= set(theirs["work_order"])
        finally:
            a.engine.dispose()
            b.engine.dispose()
    finally:
        server.stop()
