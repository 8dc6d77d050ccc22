"""Shared fixtures: every test gets its own data folder and database; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: no screen in CI. BEAMSIDE_TEST_SCREEN=1 opts out for a look.
if not os.environ.get("BEAMSIDE_TEST_SCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from app.db.schema import open_database  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    yield Store(opened.engine, data_dir, "tester")
    opened.engine.dispose()
