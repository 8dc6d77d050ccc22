"""A generated plan reaches the sync server as the laptop holds it: every visit with
its values, and the generation's audit record anchored and re-hashed clean by the
server's own check."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.schema import open_database
from app.paths import backups_dir, database_path
from app.services import audit
from app.services.service_plan import planning, views
from app.services.store import Store
from sync.client.round import SyncClient
from sync.server.audit_check import check_trails
from tests.plan_helpers import people, unit_under_contract
from tests.sync_helpers import PASSWORD, Api, state

pytest_plugins = ["tests.sync_fixtures"]


def test_a_generated_plan_syncs_and_its_audit_record_anchors_clean(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    folder = tmp_path / "boss"
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, "boss")
    client = SyncClient(store, "http://testserver", "boss", http=api.client, allow_http=True)
    client.login(PASSWORD)
    people(store)
    for i in range(2):
        unit_under_contract(store, f"医院{i}", f"H{i}")
    made = planning.generate_plan(store, 2027)
    report = client.sync()

    pulled = api.session("qc", "quality_control").pull_all()
    on_server = {r["id"]: r["data"] for r in pulled if r["table"] == "plan_visit"}
    laptop = {v.id: v for v in views.year_visits(store, 2027)}
    assert len(on_server) == made.visits == len(laptop)
    for visit_id, visit in laptop.items():
        data = on_server[visit_id]
        assert (data["planned_on"], data["engineer_id"], data["state"], data["updated_by"]) == (
            visit.planned_on.isoformat(),
            visit.engineer_id,
            "proposed",
            "boss",
        )
    entries = audit.count_entries(store)
    assert report.audit_anchored == entries
    [trail] = check_trails(state(api.app).db)
    assert trail.clean and (trail.entries, trail.head) == (entries, entries)
    opened.engine.dispose()
