"""The demo's test instruments: six of them, one past due and used on demo runs, so a
demo report shows the warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.fieldwork import ChecklistRun
from app.db.instruments import InstrumentUse, TestInstrument
from app.db.signing import Signature
from app.demo import fieldwork
from app.demo.instruments import overdue_in_use, seed_instruments
from app.demo.seed import seed_demo
from app.domain.enums import ReportKind
from app.domain.instruments import CalibrationState, calibration_state
from app.services.reports.report_content import gather
from app.services.signing import record_lock
from app.services.store import Store
from tests.db_templates import DemoSeed
from tests.test_reports import build, page_texts, squeeze

TODAY = date(2026, 12, 4)


def test_the_demo_register_and_a_report_with_the_warning(
    store: Store, tmp_path: Path, demo_seed: DemoSeed
) -> None:
    demo_seed(store, TODAY)
    with store.reading() as session:
        instruments = session.scalars(select(TestInstrument)).all()
        states = sorted(calibration_state(i.due_date, TODAY) for i in instruments)
        late = next(i for i in instruments if i.due_date < TODAY)
        done = session.execute(
            select(ChecklistRun.work_order_id, ChecklistRun.completed_at)
            .join(InstrumentUse, InstrumentUse.run_id == ChecklistRun.id)
            .where(InstrumentUse.instrument_id == late.id, ChecklistRun.completed_at.is_not(None))
            .order_by(ChecklistRun.completed_at.desc())
        ).first()
    assert len(instruments) == 6
    assert states.count(CalibrationState.OVERDUE) == 1
    assert states.count(CalibrationState.DUE_SOON) == 1
    assert overdue_in_use(store) >= 1
    assert not seed_instruments(store, TODAY)  # once only
    assert done is not None and done[1].date() > late.due_date
    content = gather(store, done[0], ReportKind.INSPECTION, "zh_CN")
    text = squeeze("\n".join(page_texts(build(content, tmp_path))))
    assert "已超过校准有效期" in text and late.serial in text


def _signed_orders(store: Store) -> tuple[dict[str, str], set[str]]:
    """The hash each signed demo order's latest signature fixed, and which of those
    orders record instrument use."""
    with store.reading() as session:
        latest = dict(
            session.execute(
                select(Signature.work_order_id, Signature.record_hash).order_by(Signature.signed_at)
            )
            .tuples()
            .all()
        )
        used = set(
            session.scalars(
                select(ChecklistRun.work_order_id)
                .join(InstrumentUse, InstrumentUse.run_id == ChecklistRun.id)
                .where(InstrumentUse.deleted_at.is_(None))
            )
        )
        now = {order: record_lock.content_hash(session, order) for order in latest}
    assert now == latest  # every signed demo record is as its signatures fixed it
    return latest, used & latest.keys()


def test_the_demo_signs_its_instrument_use(store: Store, demo_seed: DemoSeed) -> None:
    demo_seed(store, TODAY)
    signed, with_instruments = _signed_orders(store)
    assert len(with_instruments) > 10  # recorded before the signatures, and covered
    with store.reading() as session:
        content = record_lock.canonical_content(session, sorted(with_instruments)[0])
    assert content["instrument_use"]


def test_a_demo_seeded_without_instruments_gets_them_on_unsigned_runs_only(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A demo whose field work an older Beamside seeded: no instruments before signing.
    monkeypatch.setattr(fieldwork, "add_instruments", lambda _session, _today: False)
    seed_demo(store, TODAY)  # adds them afterwards, where no signature holds the run
    signed, with_instruments = _signed_orders(store)
    assert signed and not with_instruments
    with store.reading() as session:
        assert session.scalar(select(InstrumentUse.id).limit(1)) is not None
