"""What a hospital's monthly service report prints, as plain frozen data.

`app/services/monthly_report/gathering.py` reads it from the database, already in the
report's language where a text comes from an enum; `app/reports/monthly_report.py`
lays it out. No session, no Qt, no reportlab here: the gatherer imports this module
without paying for the PDF library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.reports.content import Company, Language


@dataclass(frozen=True)
class MonthlyUnit:
    name: str  # maker model · serial
    site: str  # site and building
    contract: str  # "SC-2026-001 · full service", "" without a contract
    status: str  # worded


@dataclass(frozen=True)
class UnitUptime:
    """A unit's month against its contract's guarantee (figures from the domain)."""

    unit: str
    scheduled_hours: float
    lost_hours: float
    uptime_percent: float | None  # None when no clinical hours were scheduled
    guarantee_percent: float | None  # None without a contract that guarantees one
    shortfall_hours: float  # clinical hours below the guarantee, 0 when met


@dataclass(frozen=True)
class MonthlyJob:
    """One visit or repair of the month and how it ended."""

    number: str
    day: date
    unit: str
    kind: str  # worded work-order type
    what: str  # symptom or description
    outcome: str  # worded state, cause and actions, trial run
    engineers: str


@dataclass(frozen=True)
class OpenItem:
    """Something still open at the month's end: a job, or a part awaited for one."""

    number: str
    since: date
    unit: str
    what: str
    state: str


@dataclass(frozen=True)
class TrendValue:
    at: datetime
    value: float
    outside: bool  # beyond tolerance (warning or fail)


@dataclass(frozen=True)
class ItemTrend:
    """One key QA item's values on one unit over the last months, with its bands."""

    unit: str
    label: str
    measure: str  # unit of measure, "" when none
    values: tuple[TrendValue, ...]
    nominal: float | None
    tolerance: tuple[float | None, float | None] | None
    action: tuple[float | None, float | None] | None


@dataclass(frozen=True)
class PlannedVisit:
    day: date
    time: str
    unit: str
    work: str
    engineer: str


@dataclass(frozen=True)
class MonthlyContent:
    language: Language
    company: Company
    hospital: str
    month: date  # the first day of the month
    generated_at: datetime
    prepared_by: str
    units: tuple[MonthlyUnit, ...]
    uptime: tuple[UnitUptime, ...]  # the units under contract with scheduled hours
    jobs: tuple[MonthlyJob, ...]
    open_items: tuple[OpenItem, ...]
    trends: tuple[ItemTrend, ...]
    trend_months: int
    plan: tuple[PlannedVisit, ...]
