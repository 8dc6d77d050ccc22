"""The demo makes the charts worth looking at: a linac's monthly output drifting through
its tolerance past the action level, recalibrated by a repair."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db.models import WorkOrder
from app.demo.qa_trends import DRIFT, ITEM, seed_qa_trend
from app.domain.enums import Verdict
from app.services.kpis.trends import load_trend
from app.services.store import Store
from tests.db_templates import DemoSeed


def test_the_demo_output_drifts_through_its_tolerance(store: Store, demo_seed: DemoSeed) -> None:
    demo_seed(store, date(2026, 6, 15))
    with store.reading() as session:
        first = session.scalars(
            select(WorkOrder).where(WorkOrder.number == "WO-2025-QA-00001")
        ).one()
        unit = first.equipment_id
    trend = load_trend(store, unit, ITEM)
    ours = [p for p in trend.points if "-QA-" in p.number]
    assert [p.value for p in ours] == DRIFT
    verdicts = [p.verdict for p in ours]
    assert verdicts.count(Verdict.WARNING) == 2 and verdicts.count(Verdict.FAIL) == 1
    assert trend.tolerance is not None and trend.tolerance.high == 2.0
    assert seed_qa_trend(store, date(2026, 6, 15)) == 0  # never twice
