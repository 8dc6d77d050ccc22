"""The demo has customer-caused repairs and waiting for the customer in this month and
the last, so the dashboard's uptime shows hours the contracts do not count."""

from __future__ import annotations

from datetime import date

import pytest

from app.demo.customer_downtime import seed_customer_downtime
from app.demo.seed import seed_demo
from app.domain.kpis import Grain, Kpi, Level
from app.domain.uptime import ExclusionReason
from app.services.kpis.tables import load_tables
from app.services.store import Store


@pytest.mark.parametrize("today", [date(2026, 6, 15), date(2026, 7, 2)])
def test_the_demo_excludes_customer_downtime_from_uptime(store: Store, today: date) -> None:
    seed_demo(store, today)
    tables = load_tables(
        store, date(today.year, today.month - 1, 1), today, Grain.MONTH, levels=(Level.ALL,)
    )
    reasons = set()
    for row in tables.tables[Level.ALL]:
        reasons |= {e.reason for e in row.figures[Kpi.UPTIME].exclusions}
        assert (row.figures[Kpi.HOURS_EXCLUDED].value or 0.0) > 0, row.period
    assert {ExclusionReason.CUSTOMER_CAUSED, ExclusionReason.WAITING_FOR_CUSTOMER} <= reasons
    assert seed_customer_downtime(store, today) == 0  # never twice
