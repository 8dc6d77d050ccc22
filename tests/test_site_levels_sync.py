"""A site's action level syncs: set on one laptop, it judges a run started at the site
on another; the server refuses it from an engineer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.schema import open_database
from app.db.site_levels import SiteActionLevel
from app.domain.enums import UserRole, Verdict
from app.paths import backups_dir, database_path
from app.services.checklists import checklist_runs as runs
from app.services.checklists import site_levels
from app.services.store import Store
from sync.client.round import SyncClient
from tests import factories
from tests.instrument_helpers import as_role
from tests.sync_helpers import PASSWORD, Api, insert

pytest_plugins = ["tests.sync_fixtures"]

MONTHLY = "linac_qa_monthly_tg142"
LEVEL = {
    "site_id": "s1",
    "template_id": MONTHLY,
    "item_id": "xray_output",
    "action": "4",
    "reason": "物理师决定",
    "set_by": "李娜",
    "set_at": "2026-12-01T02:00:00.000000Z",
}


def test_only_level_keepers_may_push_a_site_level(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    [refused] = engineer.push(insert("site_action_level", LEVEL))
    assert refused["status"] == "rejected"
    assert refused["reason"] == (
        "permission: the role 'engineer' may not change 'site_action_level' records"
    )


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_a_site_level_set_on_one_laptop_judges_on_another(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    as_role(a, UserRole.SERVICE_MANAGER, "boss")
    _, site_id, unit_id = factories.hospital_with_unit(a)
    order_id = factories.work_order(a, unit_id).id
    site_levels.set_level(a, site_id, MONTHLY, "xray_output", "4", "物理师决定")
    a_client.sync()

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    with b.reading() as session:
        [level] = session.scalars(select(SiteActionLevel)).all()
    assert (level.site_id, level.action, level.set_by) == (site_id, "4", "boss")
    run_id = runs.start_run(b, order_id, MONTHLY, "imrt")
    assert runs.record_value(b, run_id, "xray_output", "3.5").verdict is Verdict.WARNING
    for store in (a, b):
        store.engine.dispose()
