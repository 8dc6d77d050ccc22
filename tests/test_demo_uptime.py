"""The demo has a unit below its uptime guarantee last month, for the dashboard."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import WorkOrder
from app.demo.seed import seed_demo
from app.demo.uptime import outage_day, seed_uptime_shortfall
from app.domain.kpis import Grain, Kpi, Level
from app.services.kpis.tables import load_tables
from app.services.store import Store


def test_one_demo_unit_falls_short_of_its_guarantee(store: Store) -> None:
    today = date(2026, 6, 15)
    seed_demo(store, today)
    assert outage_day(today) == date(2026, 5, 4)  # the first Monday of May
    with store.reading() as session:
        job = session.scalars(select(WorkOrder).where(WorkOrder.number == "WO-2026-UT-00001")).one()
    tables = load_tables(
        store, date(2026, 5, 1), date(2026, 5, 31), Grain.MONTH, levels=(Level.UNIT,)
    )
    (row,) = [r for r in tables.tables[Level.UNIT] if r.key == job.equipment_id]
    figures = row.figures
    assert figures[Kpi.UPTIME_GUARANTEE].value == pytest.approx(0.95)
    assert (figures[Kpi.UPTIME].value or 1.0) < 0.95
    assert (figures[Kpi.UPTIME_SHORTFALL_HOURS].value or 0.0) > 10
    assert job.id in figures[Kpi.HOURS_LOST].jobs
    assert seed_uptime_shortfall(store, today) == 0  # never twice
