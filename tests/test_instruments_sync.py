"""Test instruments sync: the register and a run's use of it travel laptop → server →
laptop, and the server refuses an engineer's edit of the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.instruments import InstrumentUse, TestInstrument
from app.db.schema import open_database
from app.domain.enums import UserRole
from app.paths import backups_dir, database_path
from app.services.checklists import checklist_runs as runs
from app.services.instruments import run_instruments
from app.services.store import Store
from sync.client.round import SyncClient
from tests.instrument_helpers import add, as_role, run_on_new_order
from tests.sync_helpers import PASSWORD, Api, edit, insert

pytest_plugins = ["tests.sync_fixtures"]

INSTRUMENT = {
    "kind": "ion_chamber",
    "maker": "PTW",
    "model": "Farmer 30013",
    "serial": "010532",
    "certificate_no": "NIM-DL-2026-0413",
    "calibrated_on": "2026-03-01",
    "due_date": "2027-03-01",
    "calibration_lab": "",
    "holder_login": "",
    "notes": "",
    "retired": False,
}


def test_only_the_register_keepers_may_write_it(api: Api) -> None:
    engineer = api.session("li.na", "engineer")
    [refused] = engineer.push(insert("test_instrument", INSTRUMENT))
    assert refused["status"] == "rejected"
    assert refused["reason"] == (
        "permission: the role 'engineer' may not change 'test_instrument' records"
    )
    qc = api.session("wu.qc", "quality_control")
    row = insert("test_instrument", INSTRUMENT)
    assert [r["status"] for r in qc.push(row)] == ["applied"]
    # an engineer retiring (editing) a registered instrument is refused too …
    [retire] = engineer.push(
        edit("test_instrument", row["id"], {"retired": True}, {"retired": row["hlc"]})
    )
    assert retire["status"] == "rejected" and retire["reason"].startswith("permission:")
    # … but recording its use on a run is theirs to do
    use = {"run_id": "r1", "section_id": "output", "instrument_id": row["id"]}
    assert [r["status"] for r in engineer.push(insert("instrument_use", use))] == ["applied"]


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_the_register_and_a_run_use_round_trip_between_laptops(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("boss", "service_manager")
    a, a_client = _laptop(tmp_path / "a", "boss", api)
    as_role(a, UserRole.SERVICE_MANAGER, "boss")
    late = add(
        a, "000002", due=date(2025, 1, 31), calibrated_on=date(2024, 2, 1), holder_login="boss"
    )
    run_id = run_on_new_order(a)
    section = runs.load_run(a, run_id).sections[0].id
    run_instruments.set_section_instruments(a, run_id, section, [late])
    a_client.sync()

    b, b_client = _laptop(tmp_path / "b", "boss", api)
    b_client.sync()
    with b.reading() as session:
        [instrument] = session.scalars(select(TestInstrument)).all()
        [use] = session.scalars(select(InstrumentUse)).all()
    assert (instrument.id, instrument.serial, instrument.due_date) == (
        late,
        "000002",
        date(2025, 1, 31),
    )
    assert (instrument.holder_login, instrument.retired) == ("boss", False)
    assert (use.run_id, use.section_id, use.instrument_id) == (run_id, section, late)
    assert [u.overdue for u in run_instruments.instruments_of_run(b, run_id).used] == [True]
    for store in (a, b):
        store.engine.dispose()
