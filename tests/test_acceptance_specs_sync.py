"""A model's acceptance specification syncs: entered on the manager's laptop, it lets
an engineer's laptop start the acceptance run judged by it; the server refuses it
from an engineer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.acceptance_specs import AcceptanceSpec
from app.domain.enums import UserRole, Verdict, WorkOrderType
from app.services.checklists import checklist_runs as runs
from tests import factories
from tests.instrument_helpers import as_role
from tests.spec_helpers import enter_specs
from tests.sync_helpers import Api, insert
from tests.test_site_levels_sync import _laptop

pytest_plugins = ["tests.sync_fixtures"]

SPEC = {
    "model_id": "m1",
    "template_id": "linac_acceptance",
    "item_id": "xray_flatness",
    "tolerance": "105",
    "document": "ATP-TB-001 §5.1",
    "entered_by": "李娜",
    "entered_at": "2026-12-01T02:00:00.000000Z",
}


def test_only_a_service_manager_may_push_a_specification(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    [refused] = engineer.push(insert("acceptance_spec", SPEC))
    assert refused["status"] == "rejected"
    assert "may not change 'acceptance_spec' records" in refused["reason"]


def test_a_specification_entered_on_one_laptop_judges_on_another(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    as_role(a, UserRole.SERVICE_MANAGER, "boss")
    _, _, unit_id = factories.hospital_with_unit(a)
    order_id = factories.work_order(a, unit_id, kind=WorkOrderType.ACCEPTANCE).id
    enter_specs(a, unit_id, login="boss")
    a_client.sync()

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    with b.reading() as session:
        assert len(session.scalars(select(AcceptanceSpec)).all()) == 14
    run_id = runs.start_run(b, order_id, "linac_acceptance", "imrt")
    assert runs.record_value(b, run_id, "xray_flatness", "107").verdict is Verdict.FAIL
    for store in (a, b):
        store.engine.dispose()
