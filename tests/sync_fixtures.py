"""Fixtures of the sync server's tests: `pytest_plugins = ["tests.sync_fixtures"]` in
each tests/test_sync_server* module (helpers to import are in tests/sync_helpers.py).

Every server test runs twice: on SQLite in its own data folder and on PostgreSQL in
its own database of one throwaway cluster per test session (tests/pg.py). Passwords
use cheap argon2 parameters here (`PasswordCost.cheap()`); production keeps the
library's defaults.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sync.protocol import PROTOCOL_VERSION
from sync.server.app import create_app
from sync.server.settings import PasswordCost, Settings
from tests.needs import unavailable
from tests.pg import TEMPLATE, PgCluster, PostgresUnavailable, start_cluster
from tests.sync_helpers import Api, state


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgCluster]:
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        unavailable(f"no PostgreSQL for the server tests: {exc}")
    try:
        cluster.execute(f"CREATE DATABASE {TEMPLATE}")
        folder = tmp_path_factory.mktemp("template-data")
        settings = Settings(folder, database_url=cluster.url(TEMPLATE))
        from sync.server.db import Database, migrate

        db = Database(settings)
        migrate(db)
        db.dispose()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server_settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    url = None
    if backend == "postgresql":
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.url(cluster.new_database(TEMPLATE))
    return Settings(tmp_path / "server", database_url=url, password_cost=PasswordCost.cheap())


@pytest.fixture
def server_app(server_settings: Settings) -> Iterator[FastAPI]:
    app = create_app(server_settings)
    yield app
    state(app).db.dispose()


@pytest.fixture
def api(server_app: FastAPI) -> Iterator[Api]:
    with TestClient(server_app) as client:
        client.headers["X-Beamside-Protocol"] = str(PROTOCOL_VERSION)
        yield Api(server_app, client)
