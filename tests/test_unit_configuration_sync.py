"""The unit's configuration and per-beam run data sync: beams, versions, baselines and
beam values travel laptop → server → laptop; a parts administrator may not write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.db.schema import open_database
from app.domain.enums import UserRole, Verdict
from app.domain.unit_configuration import BaselineOccasion
from app.paths import backups_dir, database_path
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.registry import unit_configuration as config
from app.services.store import Store
from sync.client.round import SyncClient
from tests.instrument_helpers import as_role
from tests.sync_helpers import PASSWORD, Api, insert
from tests.test_unit_configuration import ANNUAL, beam_ids, configured_unit

pytest_plugins = ["tests.sync_fixtures"]


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_parts_administrators_may_not_configure_units(api: Api) -> None:
    parts = api.session("zhao.parts", "parts_administrator")
    beam = {
        "equipment_id": "e1",
        "particle": "photon",
        "energy": 6.0,
        "fff": False,
        "reference_output": 1.0,
        "position": 0,
    }
    [refused] = parts.push(insert("unit_beam", beam))
    assert refused["status"] == "rejected" and refused["reason"].startswith("permission:")
    engineer = api.session("li.na", "engineer")
    assert [r["status"] for r in engineer.push(insert("unit_beam", beam))] == ["applied"]


def test_configuration_and_per_beam_values_round_trip(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    as_role(a, UserRole.SERVICE_MANAGER, "boss")
    unit_id, order_id = configured_unit(a, "srs_sbrt")
    config.record_version(a, unit_id, "TrueBeam console", "4.1", date(2026, 11, 20))
    run_id = runs.start_run(a, order_id, ANNUAL)
    beams = beam_ids(a, unit_id)
    beam_values.set_baseline(
        a, run_id, "xray_beam_quality", beams["6 MV"], "66.5", BaselineOccasion.ACCEPTANCE
    )
    beam_values.record_beam_value(a, run_id, "xray_beam_quality", beams["6 MV"], "67.3")
    a_client.sync()

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    loaded = config.load_configuration(b, unit_id)
    assert loaded.treatment_class is not None and loaded.treatment_class.value == "srs_sbrt"
    assert loaded.options == ("RapidArc", "OBI")
    assert [x.label for x in loaded.beams] == ["6 MV", "10 MV", "6 MV FFF", "9 MeV"]
    assert loaded.current_versions() == {"TrueBeam console": "4.1"}
    item = runs.load_run(b, run_id).item("xray_beam_quality")
    assert item is not None and item.verdict is Verdict.FAIL
    six = item.beams[0]
    assert (six.beam_label, six.number, six.baseline, six.difference) == (
        "6 MV",
        67.3,
        66.5,
        1.2,
    )
    assert six.current_baseline is not None and six.current_baseline.set_by == "boss"
    for store in (a, b):
        store.engine.dispose()
