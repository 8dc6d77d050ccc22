"""Shared fixtures: every test gets its own data folder and database; Qt runs offscreen."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

# Before any Qt import: no screen in CI. BEAMSIDE_TEST_SCREEN=1 opts out for a look.
if not os.environ.get("BEAMSIDE_TEST_SCREEN"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The users' zone, whatever this machine's: reports and numbers follow the system's
# zone unless the installation sets one, and the expected texts are Beijing time.
os.environ["TZ"] = "Asia/Shanghai"
time.tzset()

from app.db import schema  # noqa: E402
from app.db.schema import open_database  # noqa: E402
from app.paths import backups_dir, database_path  # noqa: E402
from app.services.store import Store  # noqa: E402
from tests import db_templates  # noqa: E402
from tests.db_templates import (  # noqa: E402
    DemoTemplates,
    SchemaTemplate,
    ServerSchemaTemplate,
    copy_into,
)

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


REAL_UPGRADE = schema.upgrade


@pytest.fixture(scope="session", autouse=True)
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SchemaTemplate]:
    """New databases get a copy of one migrated by the real migrations in this worker
    (tests/db_templates.py); databases at an older revision still migrate for real."""
    template = SchemaTemplate(tmp_path_factory.mktemp("schema-template"), REAL_UPGRADE)
    patch = pytest.MonkeyPatch()
    patch.setattr(schema, "upgrade", template.upgrade)
    yield template
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
def server_schema_template(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ServerSchemaTemplate]:
    """The sync server's new SQLite databases likewise: create_app and the folders of
    server processes the harness starts get a copy migrated once in this worker."""
    from sync.server import app as server_app
    from sync.server import db as server_db

    template = ServerSchemaTemplate(tmp_path_factory.mktemp("server-template"), server_db.migrate)
    patch = pytest.MonkeyPatch()
    patch.setattr(server_app, "migrate", template.migrate)
    patch.setattr(db_templates, "server_template", template)
    yield template
    patch.undo()


@pytest.fixture(autouse=True)
def real_migrations_when_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """`@pytest.mark.real_migrations`: this test's new databases (the laptop's and the
    server's) run every migration."""
    if request.node.get_closest_marker("real_migrations") is None:
        yield
        return
    from sync.server import app as server_app
    from sync.server import db as server_db

    patch = pytest.MonkeyPatch()
    patch.setattr(schema, "upgrade", REAL_UPGRADE)
    patch.setattr(server_app, "migrate", server_db.migrate)
    patch.setattr(db_templates, "server_template", None)
    yield
    patch.undo()


def _seed_for_real(data: Path, today: date, login: str) -> int:
    from app.demo.seed import seed_demo

    opened = open_database(database_path(data), backups_dir(data))
    try:
        return seed_demo(Store(opened.engine, data, login), today)
    finally:
        opened.engine.dispose()


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> DemoTemplates:
    """One demo per (day, user) for the whole run: xdist workers share the run's root."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if worker_id != "master" else base) / "demo-templates"
    folder.mkdir(exist_ok=True)
    return DemoTemplates(folder, _seed_for_real)


@pytest.fixture
def demo_seed(qapp: object, demo_templates: DemoTemplates) -> Callable[..., int]:
    """`seed_demo(store, today)` for a new, empty store, as a copy of the same demo seeded
    once by the real `seed_demo` (after the QApplication: its letterhead draws with Qt).
    The copy carries the template's device row and audit trail; the store's data folder
    is its own (the demo writes nothing beside the database, checked when it is built)."""

    def seed(store: Store, today: date | None = None) -> int:
        path, count = demo_templates.template(today or date.today(), store.user_login)
        copy_into(path, store.engine)
        return count

    return seed


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
