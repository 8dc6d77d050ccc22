"""Shared fixtures: every test gets its own data folder and database; Qt runs offscreen."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: no screen in CI. BEAMSIDE_TEST_SCREEN=1 opts out for a look.
if not os.environ.get("BEAMSIDE_TEST_SCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The users' zone, whatever this machine's: reports and numbers follow the system's
# zone unless the installation sets one, and the expected texts are Beijing time.
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()

from app.db.schema import open_database  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_CN", "en")


def missing_translations(folder: Path) -> str | None:
    """What to tell whoever runs the suite without the compiled translations (they are
    not in git; the install step builds them), or None when they are there."""
    missing = [
        f"beamside_{lang}.qm"
        for lang in LANGUAGES
        if not (folder / f"beamside_{lang}.qm").is_file()
    ]
    if not missing:
        return None
    return (
        f"The compiled translations are missing ({', '.join(missing)} in {folder}): run the "
        "install step first, bash packaging/bootstrap.sh --dev "
        "(or only: .venv/bin/python packaging/translations.py build)"
    )


def pytest_configure(config: pytest.Config) -> None:
    """One clear message at the start instead of many tests waiting for English labels."""
    message = missing_translations(ROOT / "resources" / "translations")
    if message:
        raise pytest.UsageError(message)


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


@pytest.fixture
def repaired(store: Store) -> str:
    """A completed repair (trial run passed), ready for the customer's signature."""
    from app.domain.enums import TrialRunResult, UserRole, WorkOrderState, WorkOrderType
    from app.domain.field_records import RepairDraft
    from app.services.work_orders import field_records, workflow
    from tests import factories

    s = WorkOrderState
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.REPAIR)
    for state in (s.ACKNOWLEDGED, s.ON_SITE, s.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    draft = RepairDraft(cause="离子泵控制器故障", actions="更换控制器")
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, s.TRIAL_RUN, UserRole.ENGINEER)
    draft.trial_run_result = TrialRunResult.PASSED
    field_records.save_repair(store, order.id, draft)
    workflow.move(store, order.id, s.COMPLETED, UserRole.ENGINEER)
    return order.id
