"""The demo shows issue 11 §3: configured linacs, and annual runs with per-beam values
judged from acceptance baselines, signed like every other value."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db.fieldwork import ChecklistRun
from app.db.models import WorkOrder
from app.db.signing import Signature
from app.db.unit_configuration import ChecklistBeamValue
from app.domain.enums import Verdict
from app.services.checklists import checklist_runs as runs
from app.services.registry import unit_configuration as config
from app.services.signing import record_lock
from app.services.store import Store
from tests.db_templates import DemoSeed

TODAY = date(2026, 12, 1)


def test_the_demo_has_configured_linacs_and_per_beam_runs(
    store: Store, demo_seed: DemoSeed
) -> None:
    demo_seed(store, TODAY)
    with store.reading() as session:
        first = session.execute(
            select(ChecklistRun.id, WorkOrder.equipment_id, WorkOrder.id)
            .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
            .where(ChecklistRun.template_id == "linac_qa_annual_tg142")
            .order_by(ChecklistRun.started_at)
        ).first()
        assert first is not None
        run_id, unit_id, order_id = first
        failing = session.scalar(
            select(func.count())
            .select_from(ChecklistBeamValue)
            .where(ChecklistBeamValue.verdict == Verdict.FAIL)
        )
        signed = session.scalar(
            select(Signature.record_hash)
            .where(Signature.work_order_id == order_id)
            .order_by(Signature.signed_at.desc())
            .limit(1)
        )
        now = record_lock.content_hash(session, order_id)
    unit = config.load_configuration(store, unit_id)
    assert unit.treatment_class is not None and unit.options
    assert "6 MV" in [b.label for b in unit.beams]
    assert all(b.reference_output for b in unit.beams)
    assert len(unit.versions) > len(unit.current_versions())  # a history, not one each
    view = runs.load_run(store, run_id)
    assert view.machine_class == unit.treatment_class.value  # the run took the unit's class
    quality = view.item("xray_beam_quality")
    assert quality is not None and quality.beams
    assert all(b.baseline is not None and b.difference is not None for b in quality.beams)
    assert failing  # some demo beam is out: its item fails
    assert signed is None or signed == now  # signatures cover the beam values as seeded
