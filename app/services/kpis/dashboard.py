"""The service manager's month at a glance: open urgent repairs, the month's KPI tiles,
downtime by subsystem (Pareto) and how fast engineers reacted, every figure with the
work orders behind it. Read in a worker thread (app/ui/tasks.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.db.models import Customer, Equipment, EquipmentModel, Site, User, WorkOrder
from app.domain.enums import Priority, UserRole, WorkOrderState, WorkOrderType
from app.domain.kpis import (
    Bar,
    Figure,
    Grain,
    Kpi,
    Level,
    downtime_by_subsystem,
    response_distribution,
)
from app.domain.workflow import TERMINAL
from app.services.kpis.facts import LOOK_BACK, load_facts, window
from app.services.kpis.tables import compute_tables
from app.services.kpis.trends import trend_units
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


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def load_dashboard(store: Store, month: date) -> Dashboard:
    first, last = month_bounds(month)
    since, until = window(first, last)
    with store.reading() as session:
        facts, names = load_facts(session, since, until, look_back=LOOK_BACK)
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
    tables = compute_tables(facts, names, first, last, Grain.MONTH, (Level.ALL,))
    rows = tables.tables[Level.ALL]
    tiles = rows[0].figures if rows else {}
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
    )


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
