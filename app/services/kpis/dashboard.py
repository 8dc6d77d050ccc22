"""The service manager's month at a glance: open urgent repairs, the month's KPI tiles,
uptime by contract against its guarantee, uptime per month per unit over the last
year, downtime by subsystem (Pareto) and how fast engineers reacted, every figure with
the work orders behind it. Read in a worker thread (app/ui/tasks.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.db.models import Customer, Equipment, EquipmentModel, Site, User, WorkOrder
from app.domain.enums import Priority, UserRole, WorkOrderState, WorkOrderType
from app.domain.kpis import (
    Bar,
    Figure,
    Grain,
    Kpi,
    KpiRow,
    Level,
    downtime_by_subsystem,
    periods_between,
    response_distribution,
)
from app.domain.uptime import Exclusion, UnitSchedule
from app.domain.workflow import TERMINAL
from app.services.collector import collector_paused
from app.services.kpis.facts import LOOK_BACK, Names, load_facts, window
from app.services.kpis.tables import compute_tables, with_names
from app.services.kpis.trends import trend_units
from app.services.kpis.uptime import load_schedules
from app.services.my_day.day import START_PAGE_ROLES, MyDay, load_my_day
from app.services.store import Store

MAX_URGENT = 50
# Who sees the manager's month.
MONTH_ROLES = frozenset({UserRole.SERVICE_MANAGER, UserRole.QUALITY_CONTROL})
# Who sees the dashboard: the office its month, field staff their own day.
VIEW_ROLES = MONTH_ROLES | START_PAGE_ROLES


@dataclass(frozen=True)
class UrgentJob:
    id: str
    number: str
    state: WorkOrderState
    reported_at: datetime
    hospital: str
    unit: str


@dataclass(frozen=True)
class Dashboard:
    first: date
    last: date
    tiles: dict[Kpi, Figure]
    urgent: list[UrgentJob]
    pareto: list[Bar]
    responses: list[Bar]
    numbers: dict[str, str]  # work order id → number, for drill-downs
    units: list[tuple[str, str]]  # (id, name) of units with QA values to chart
    contracts: list[ContractUptime] = field(default_factory=list)  # lowest uptime first
    uptime_months: list[str] = field(default_factory=list)  # "2026-01" … the chosen month
    unit_uptime: list[UnitUptime] = field(default_factory=list)  # units under a guarantee
    engineers: list[EngineerUptime] = field(default_factory=list)  # lowest uptime first


@dataclass(frozen=True)
class EngineerUptime:
    """The month's uptime of the units an engineer worked on (app/domain/kpis.py
    `engineer_uptime`)."""

    engineer: str  # user id
    name: str
    uptime: Figure  # share; its jobs: counted, then excluded
    hours_lost: float
    hours_excluded: float
    shortfall_hours: float | None


@dataclass(frozen=True)
class ContractUptime:
    """A contract's uptime in the month against what it guarantees."""

    contract: str  # id
    number: str
    hospital: str
    unit: str
    uptime: Figure  # share; its jobs: counted, then excluded
    guarantee: float | None
    hours_lost: float
    shortfall_hours: float | None
    below: bool  # short of its guarantee
    hours_excluded: float = 0.0  # down, but not counted by the contract


@dataclass(frozen=True)
class UnitUptime:
    """One unit's uptime per month of `Dashboard.uptime_months` (None: no contract)."""

    unit: str  # id
    name: str
    values: list[float | None]
    guarantee: float | None  # in the chosen month
    jobs: list[tuple[str, ...]]  # per month, the work orders behind it
    # per month, the downtime the contract did not count, and why
    exclusions: list[tuple[Exclusion, ...]] = field(default_factory=list)


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


UPTIME_MONTHS = 12  # the uptime chart's months, the chosen one last


@collector_paused()  # tens of thousands of facts and spans made at once
def load_dashboard(store: Store, month: date) -> Dashboard:
    first, last = month_bounds(month)
    since, until = window(first, last)
    year_start = _months_before(first, UPTIME_MONTHS - 1)
    with store.reading() as session:
        facts, names = load_facts(session, window(year_start, last)[0], until, look_back=LOOK_BACK)
        schedules, more = load_schedules(session)
        urgent_rows = session.execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                WorkOrder.state,
                WorkOrder.reported_at,
                Customer.name_zh,
                EquipmentModel.model + " · " + Equipment.serial_number,
            )
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
            .where(
                WorkOrder.deleted_at.is_(None),
                WorkOrder.type == WorkOrderType.REPAIR,
                WorkOrder.priority == Priority.URGENT,
                WorkOrder.state.not_in([*TERMINAL, WorkOrderState.CUSTOMER_SIGNED]),
            )
            .order_by(WorkOrder.reported_at)
            .limit(MAX_URGENT)
        ).all()
    names = with_names(names, more)
    tables = compute_tables(
        facts,
        names,
        first,
        last,
        Grain.MONTH,
        (Level.ALL, Level.CONTRACT, Level.ENGINEER),
        None,
        schedules,
    )
    rows = tables.tables[Level.ALL]
    tiles = rows[0].figures if rows else {}
    contracts = _contracts(tables.tables[Level.CONTRACT], schedules, names)
    year = compute_tables(
        facts, names, year_start, last, Grain.MONTH, (Level.UNIT,), None, schedules
    )
    months, units = _unit_months(year.tables[Level.UNIT], year_start, first, names)
    in_month = [f for f in facts if since <= f.reported_at < until]
    return Dashboard(
        first,
        last,
        tiles,
        [UrgentJob(*row) for row in urgent_rows],
        downtime_by_subsystem(in_month),
        response_distribution(in_month),
        names.numbers,
        trend_units(store),
        contracts,
        months,
        units,
        _engineers(tables.tables[Level.ENGINEER], names),
    )


def _engineers(rows: list[KpiRow], names: Names) -> list[EngineerUptime]:
    """The month's engineers whose units had scheduled hours, lowest uptime first."""
    out = [
        EngineerUptime(
            row.key,
            names.name(Level.ENGINEER, row.key),
            row.figures[Kpi.UPTIME],
            row.figures[Kpi.HOURS_LOST].value or 0.0,
            row.figures[Kpi.HOURS_EXCLUDED].value or 0.0,
            row.figures[Kpi.UPTIME_SHORTFALL_HOURS].value,
        )
        for row in rows
        if row.figures[Kpi.UPTIME].value is not None
    ]
    return sorted(out, key=lambda e: (e.uptime.value or 0.0, e.name))


def load_for_role(store: Store, month: date) -> Dashboard | MyDay:
    """What the dashboard shows this laptop's user: field staff their own day (today's
    and overdue jobs, parts waiting, follow-ups due), everyone else the month."""
    with store.reading() as session:
        role = session.scalar(
            select(User.role).where(User.login == store.user_login, User.deleted_at.is_(None))
        )
    if role in START_PAGE_ROLES:
        return load_my_day(store)
    return load_dashboard(store, month)


def _months_before(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _contracts(
    rows: list[KpiRow], schedules: list[UnitSchedule], names: Names
) -> list[ContractUptime]:
    """The month's contracts with scheduled hours, those furthest below their guarantee
    first, then by uptime."""
    unit_of = {t.contract: s.unit for s in schedules for t in s.contracts}
    hospital_of = {s.unit: s.hospital for s in schedules}
    out = []
    for row in rows:
        f = row.figures
        uptime = f[Kpi.UPTIME]
        if uptime.value is None:
            continue
        unit = unit_of.get(row.key, "")
        shortfall = f[Kpi.UPTIME_SHORTFALL_HOURS].value
        out.append(
            ContractUptime(
                row.key,
                names.name(Level.CONTRACT, row.key),
                names.name(Level.HOSPITAL, hospital_of.get(unit, "")),
                names.name(Level.UNIT, unit),
                uptime,
                f[Kpi.UPTIME_GUARANTEE].value,
                f[Kpi.HOURS_LOST].value or 0.0,
                shortfall,
                bool(shortfall and shortfall > 1e-9),
                f[Kpi.HOURS_EXCLUDED].value or 0.0,
            )
        )
    return sorted(out, key=lambda c: (-(c.shortfall_hours or 0.0), c.uptime.value or 0.0, c.number))


def _unit_months(
    rows: list[KpiRow], start: date, chosen: date, names: Names
) -> tuple[list[str], list[UnitUptime]]:
    """Per unit with a guarantee in the chosen month, its uptime month by month."""
    months = [p for p, _, _ in periods_between(start, chosen, Grain.MONTH)]
    by_unit: dict[str, dict[str, KpiRow]] = {}
    for row in rows:
        by_unit.setdefault(row.key, {})[row.period] = row
    units = []
    for unit, periods in by_unit.items():
        latest = periods.get(months[-1])
        guarantee = latest.figures[Kpi.UPTIME_GUARANTEE].value if latest else None
        if guarantee is None:
            continue
        figures = [periods[m].figures[Kpi.UPTIME] if m in periods else None for m in months]
        units.append(
            UnitUptime(
                unit,
                names.name(Level.UNIT, unit),
                [f.value if f else None for f in figures],
                guarantee,
                [f.jobs if f else () for f in figures],
                [f.exclusions if f else () for f in figures],
            )
        )
    return months, sorted(units, key=lambda u: u.name)
