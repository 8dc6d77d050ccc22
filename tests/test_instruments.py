"""The test-instrument register (validation, keepers, retiring) and the instruments a
checklist run used per section: defaults and the overdue check at the run's date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db.instruments import InstrumentUse, TestInstrument
from app.domain import local_time
from app.domain.enums import UserRole
from app.domain.instruments import (
    BAD_SERIAL,
    CALIBRATED_IN_FUTURE,
    DUE_BEFORE_CALIBRATION,
    DUPLICATE,
    NOT_ALLOWED,
    REQUIRED,
    UNKNOWN_HOLDER,
    CalibrationState,
    calibration_state,
)
from app.domain.records import ValidationError
from app.services.checklists import checklist_runs as runs
from app.services.instruments import register, run_instruments
from app.services.store import Store
from tests.instrument_helpers import add, as_role, draft, run_on_new_order


def reasons(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in error.value.errors}


def test_the_register_refuses_bad_fields_and_saves_nothing(store: Store) -> None:
    as_role(store, UserRole.QUALITY_CONTROL, "qc.wu")
    tomorrow = local_time.today() + timedelta(days=1)
    bad = draft(
        serial="SN 12#",
        maker=" ",
        certificate_no="",
        calibrated_on=tomorrow,
        due_date=tomorrow,
    )
    bad.kind = None
    with pytest.raises(ValidationError) as error:
        register.save_instrument(store, None, bad)
    assert reasons(error) == {
        "kind": REQUIRED,
        "maker": REQUIRED,
        "serial": BAD_SERIAL,
        "certificate_no": REQUIRED,
        "calibrated_on": CALIBRATED_IN_FUTURE,
        "due_date": DUE_BEFORE_CALIBRATION,
    }
    with store.reading() as session:
        assert session.scalars(select(TestInstrument)).all() == []


def test_one_serial_per_maker_and_model_and_a_known_holder(store: Store) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    add(store, "002345")
    with pytest.raises(ValidationError) as error:
        add(store, " 002345 ", holder_login="nobody")
    assert reasons(error) == {"serial": DUPLICATE, "holder_login": UNKNOWN_HOLDER}
    # another model may carry the same serial; the office or a user may hold it
    other = add(store, "002345", model="UNIDOS Tango T10032", holder_login="boss")
    assert register.load_instrument(store, other)[0].holder_login == "boss"


def test_engineers_may_not_change_the_register(store: Store) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    instrument = add(store)
    as_role(store, UserRole.ENGINEER, "li.na")
    with pytest.raises(ValidationError) as error:
        add(store, "009999")
    assert reasons(error) == {"": NOT_ALLOWED}
    with pytest.raises(ValidationError):
        register.set_retired(store, instrument)
    assert not register.may_edit(store)


def test_retired_instruments_leave_the_pickers_but_stay_in_the_register(store: Store) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    kept, retired = add(store, "000001"), add(store, "000002")
    register.set_retired(store, retired)
    assert [i.id for i in register.list_instruments(store)] == [kept]
    every = register.list_instruments(store, include_retired=True)
    assert {i.id: i.retired for i in every} == {kept: False, retired: True}


def test_calibration_states_by_due_date() -> None:
    today = date(2026, 12, 4)
    assert calibration_state(date(2026, 12, 3), today) is CalibrationState.OVERDUE
    assert calibration_state(date(2026, 12, 4), today) is CalibrationState.DUE_SOON
    assert calibration_state(date(2027, 1, 3), today) is CalibrationState.DUE_SOON
    assert calibration_state(date(2027, 1, 4), today) is CalibrationState.IN_DATE
    assert calibration_state(date(2020, 1, 1), today, retired=True) is CalibrationState.RETIRED


def test_a_run_records_instruments_per_section_and_flags_the_overdue_one(store: Store) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    good = add(store, "000001")
    late = add(store, "000002", due=local_time.today() - timedelta(days=1))
    run_id = run_on_new_order(store)
    sections = [s.id for s in runs.load_run(store, run_id).sections]
    run_instruments.set_section_instruments(store, run_id, sections[0], [good, late])
    run_instruments.set_section_instruments(store, run_id, sections[1], [good])
    used = run_instruments.instruments_of_run(store, run_id)
    assert {(u.section_id, u.instrument.serial, u.overdue) for u in used.used} == {
        (sections[0], "000001", False),
        (sections[0], "000002", True),
        (sections[1], "000001", False),
    }
    assert [u.instrument.id for u in used.overdue] == [late]
    # unchecking leaves a tombstone; checking again revives the same row
    run_instruments.set_section_instruments(store, run_id, sections[0], [good])
    run_instruments.set_section_instruments(store, run_id, sections[0], [good, late])
    with store.reading() as session:
        rows = session.scalars(select(InstrumentUse).where(InstrumentUse.run_id == run_id)).all()
    assert len(rows) == 3 and all(r.deleted_at is None for r in rows)


def test_defaults_are_what_this_engineer_used_last_for_the_section(store: Store) -> None:
    as_role(store, UserRole.SERVICE_MANAGER, "boss")
    chamber, analyser, retired = add(store, "000001"), add(store, "000002"), add(store, "000003")
    as_role(store, UserRole.ENGINEER, "li.na")
    first = run_on_new_order(store)
    section = runs.load_run(store, first).sections[0].id
    run_instruments.set_section_instruments(store, first, section, [chamber, retired])
    store.user_login = "boss"
    register.set_retired(store, retired)
    boss_run = run_on_new_order(store)  # later, but not li.na's
    run_instruments.set_section_instruments(store, boss_run, section, [analyser])
    store.user_login = "li.na"
    second = run_on_new_order(store)
    sections = [s.id for s in runs.load_run(store, second).sections]
    assert run_instruments.default_instruments(store, section) == [chamber]
    assert run_instruments.fill_defaults(store, second, sections) == 1
    used = run_instruments.instruments_of_run(store, second).of_section(section)
    assert [u.instrument.id for u in used] == [chamber]
    # a section emptied on purpose is not filled again
    run_instruments.set_section_instruments(store, second, section, [])
    assert run_instruments.fill_defaults(store, second, sections) == 0
    assert run_instruments.instruments_of_run(store, second).of_section(section) == ()
