"""A real sync server for the app's UI tests: the FastAPI app under uvicorn in a thread
on a free loopback port, with its own data folder, and laptops (Stores) to point at it.

In-process rather than a subprocess so a test can stop and restart it on the same port
(connectivity coming back) in well under a second; it is the same app and the same
HTTP path as `python -m sync.server`.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from app.db.schema import open_database
from app.paths import backups_dir, database_path
from app.services.store import Store
from sync.server import admin
from sync.server.app import create_app
from sync.server.settings import LoginThrottle, PasswordCost, Settings

PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class LiveServer:
    data_dir: Path
    port: int = field(default_factory=free_port)
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)
    database_url: str | None = None  # None: SQLite in data_dir
    options: dict[str, Any] = field(default_factory=dict)  # other Settings fields
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    app: FastAPI | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def settings(self) -> Settings:
        return Settings(
            self.data_dir,
            database_url=self.database_url,
            password_cost=PasswordCost.cheap(),
            login_throttle=self.login_throttle,
            **self.options,
        )

    def add_user(self, name: str, role: str = "service_manager") -> None:
        app = create_app(self.settings())
        state = app.state.server
        try:
            admin.create_user(state.db, state.passwords, name, PASSWORD, role)
        finally:
            state.db.dispose()

    def start(self) -> None:
        self.app = create_app(self.settings())
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            assert self._thread.is_alive(), "the server stopped while starting"
            assert time.monotonic() < deadline, "the server did not start in 20 s"
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(20)  # the app's lifespan closes its database
            self._server = self._thread = None


def running_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """A running server with the user "li.na" (service manager); no keyring touched.
    Test modules wrap it in a fixture (so this module stays a plain helper)."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    server = LiveServer(tmp_path / "server")
    server.add_user("li.na")
    server.start()
    yield server
    server.stop()


def second_laptop(tmp_path: Path) -> Iterator[Store]:
    """Another, empty laptop."""
    folder = tmp_path / "laptop-b"
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    yield Store(opened.engine, folder, "wang.fang")
    opened.engine.dispose()
