"""Reading the plan: the year's visits with how each stands against its window, and
the calendar's entries for a span of days — planned visits and the work orders booked
outside the plan — with the conflicts among them. Engineers see only their own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.db.models import Customer, Equipment, EquipmentModel, Site, User, WorkOrder
from app.db.service_plan import PlanVisit
from app.domain import local_time
from app.domain.enums import WorkOrderState, WorkOrderType
from app.domain.service_plan import Booking, Punctuality, VisitState, conflicts, punctuality
from app.services.service_plan.access import own_engineer_id
from app.services.store import Store


@dataclass(frozen=True)
class VisitRow:
    id: str
    equipment_id: str
    customer_id: str
    hospital: str
    hospital_en: str
    unit: str
    serial: str
    kind: WorkOrderType
    template_id: str
    planned_on: date
    start_minute: int
    duration_minutes: int
    window_start: date
    window_end: date
    engineer_id: str | None
    engineer: str
    state: VisitState
    work_order_id: str | None
    work_order_number: str
    done_on: date | None
    reschedule_reason: str

    from_plan = True  # a planned visit (WorkEntry: booked work outside the plan)

    @property
    def booked(self) -> bool:
        """A work order is issued for it."""
        return self.work_order_id is not None

    def standing(self, today: date) -> Punctuality:
        return punctuality(self.window_start, self.window_end, self.done_on, today)

    @property
    def time_text(self) -> str:
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}"


def _query(engineer_scope: str | None):  # type: ignore[no-untyped-def]
    v = PlanVisit
    query = (
        select(
            v.id,
            v.equipment_id,
            Site.customer_id,
            Customer.name_zh,
            Customer.name_en,
            EquipmentModel.maker,
            EquipmentModel.model,
            Equipment.serial_number,
            v.kind,
            v.template_id,
            v.planned_on,
            v.start_minute,
            v.duration_minutes,
            v.window_start,
            v.window_end,
            v.engineer_id,
            User.display_name,
            v.state,
            v.work_order_id,
            WorkOrder.number,
            WorkOrder.state,
            WorkOrder.finished_at,
            v.reschedule_reason,
        )
        .join(Equipment, Equipment.id == v.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .outerjoin(User, User.id == v.engineer_id)
        .outerjoin(WorkOrder, WorkOrder.id == v.work_order_id)
        .where(v.deleted_at.is_(None))
    )
    if engineer_scope is not None:
        query = query.where(v.engineer_id == engineer_scope)
    return query


def _done(state: WorkOrderState | None, finished: datetime | None) -> date | None:
    if finished is None or state is WorkOrderState.CANCELLED:
        return None
    return local_time.day_of(finished)


def _row(r) -> VisitRow:  # type: ignore[no-untyped-def]
    return VisitRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        f"{r[5]} {r[6]}",
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        r[14],
        r[15],
        r[16] or "",
        r[17],
        r[18],
        r[19] or "",
        _done(r[20], r[21]),
        r[22],
    )


def visits(
    store: Store,
    first: date,
    last: date,
    *,
    engineer_id: str | None = None,
    customer_id: str | None = None,
    equipment_id: str | None = None,
    everyone: bool = False,
) -> list[VisitRow]:
    """Visits planned from `first` to `last` (both in), by day and time; an engineer
    gets only their own whatever they ask (`everyone`: the command line, which reads
    the whole database file anyway)."""
    scope = None if everyone else own_engineer_id(store)
    if scope is None:
        scope = engineer_id
    elif engineer_id is not None and engineer_id != scope:
        return []
    query = _query(scope).where(PlanVisit.planned_on >= first, PlanVisit.planned_on <= last)
    if customer_id is not None:
        query = query.where(Site.customer_id == customer_id)
    if equipment_id is not None:
        query = query.where(PlanVisit.equipment_id == equipment_id)
    query = query.order_by(PlanVisit.planned_on, PlanVisit.start_minute, Customer.name_zh)
    with store.reading() as session:
        return [_row(r) for r in session.execute(query)]


@dataclass(frozen=True)
class WorkEntry:
    """A work order not issued from the plan, on the calendar of one engineer assigned
    to it: on the day it is booked for (an upgrade's scheduled day), else the day the
    engineer set out for it (on the road, on site or started), else the day they took
    it on, else the day it was reported. Read like a VisitRow by the calendar."""

    id: str  # "<work order id>/<engineer id>": one entry per engineer assigned
    work_order_id: str
    work_order_number: str
    equipment_id: str
    customer_id: str
    hospital: str
    hospital_en: str
    unit: str
    serial: str
    kind: WorkOrderType
    planned_on: date
    start_minute: int
    engineer_id: str
    engineer: str
    work_state: WorkOrderState

    from_plan = False
    booked = True

    @property
    def time_text(self) -> str:
        return f"{self.start_minute // 60:02d}:{self.start_minute % 60:02d}"


CalendarEntry = VisitRow | WorkEntry
# When an unscheduled order is placed on its day: the first of these that is set.
_WORK_DAY_STAMPS = ("travelling_at", "arrived_at", "started_at", "acknowledged_at", "reported_at")


def booked_work(
    store: Store,
    first: date,
    last: date,
    *,
    engineer_id: str | None = None,
    customer_id: str | None = None,
) -> list[WorkEntry]:
    """Work orders outside the plan (not issued from a visit, not cancelled) assigned
    to engineers, on their day (WorkEntry) from `first` to `last`; an engineer gets
    only their own."""
    from sqlalchemy import and_, func, or_

    from app.db.models import WorkOrderAssignment as A
    from app.db.upgrades import CampaignUnit

    scope = own_engineer_id(store)
    if scope is not None:
        if engineer_id is not None and engineer_id != scope:
            return []
        engineer_id = scope
    w = WorkOrder
    went = func.coalesce(*(getattr(w, name) for name in _WORK_DAY_STAMPS))
    # a day either side: the stamps are UTC, the calendar's days local
    low = local_time.start_of_day(first) - timedelta(days=1)
    high = local_time.start_of_day(last) + timedelta(days=2)
    from_plan = select(PlanVisit.work_order_id).where(
        PlanVisit.work_order_id.is_not(None), PlanVisit.deleted_at.is_(None)
    )
    query = (
        select(
            w.id,
            w.number,
            w.equipment_id,
            Site.customer_id,
            Customer.name_zh,
            Customer.name_en,
            EquipmentModel.maker,
            EquipmentModel.model,
            Equipment.serial_number,
            w.type,
            CampaignUnit.scheduled_for,
            went,
            A.user_id,
            User.display_name,
            w.state,
        )
        .join(A, and_(A.work_order_id == w.id, A.deleted_at.is_(None)))
        .join(User, User.id == A.user_id)
        .join(Equipment, Equipment.id == w.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .outerjoin(
            CampaignUnit,
            and_(CampaignUnit.work_order_id == w.id, CampaignUnit.deleted_at.is_(None)),
        )
        .where(
            w.deleted_at.is_(None),
            w.state != WorkOrderState.CANCELLED,
            w.id.not_in(from_plan),
            or_(
                CampaignUnit.scheduled_for.between(first, last),
                and_(CampaignUnit.scheduled_for.is_(None), went.between(low, high)),
            ),
        )
    )
    if engineer_id is not None:
        query = query.where(A.user_id == engineer_id)
    if customer_id is not None:
        query = query.where(Site.customer_id == customer_id)
    entries = []
    with store.reading() as session:
        for r in session.execute(query):
            moment = local_time.local(r[11]) if r[11] is not None else None
            day = r[10] or (moment.date() if moment else None)
            if day is None or not first <= day <= last:
                continue
            minute = moment.hour * 60 + moment.minute if moment and r[10] is None else 9 * 60
            entries.append(
                WorkEntry(
                    f"{r[0]}/{r[12]}",
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    f"{r[6]} {r[7]}",
                    r[8],
                    r[9],
                    day,
                    minute,
                    r[12],
                    r[13] or "",
                    r[14],
                )
            )
    return entries


def calendar_entries(
    store: Store,
    first: date,
    last: date,
    *,
    engineer_id: str | None = None,
    customer_id: str | None = None,
) -> list[CalendarEntry]:
    """The calendar's span: planned visits and booked work, by day and time."""
    rows: list[CalendarEntry] = [
        *visits(store, first, last, engineer_id=engineer_id, customer_id=customer_id),
        *booked_work(store, first, last, engineer_id=engineer_id, customer_id=customer_id),
    ]
    rows.sort(key=lambda r: (r.planned_on, r.start_minute, r.hospital))
    return rows


def year_visits(
    store: Store, year: int, *, everyone: bool = False, **filters: str | None
) -> list[VisitRow]:
    return visits(store, date(year, 1, 1), date(year, 12, 31), everyone=everyone, **filters)


def conflicting(rows: Sequence[CalendarEntry]) -> set[str]:
    """Ids of the visits and booked work whose engineer is at another hospital that day."""
    return conflicts(Booking(r.id, r.engineer_id, r.planned_on, r.customer_id) for r in rows)


@dataclass(frozen=True)
class OnTimeSummary:
    planned: int
    on_time: int
    late: int
    missed: int


def on_time_summary(rows: list[VisitRow], today: date) -> OnTimeSummary:
    counts = dict.fromkeys(Punctuality, 0)
    for r in rows:
        counts[r.standing(today)] += 1
    return OnTimeSummary(
        counts[Punctuality.PLANNED],
        counts[Punctuality.ON_TIME],
        counts[Punctuality.LATE],
        counts[Punctuality.MISSED],
    )


def filter_choices(store: Store) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(engineers, hospitals) as (id, name) for the calendar's filters."""
    from app.services.service_plan.planning import FIELD_ROLES

    with store.reading() as session:
        people = session.execute(
            select(User.id, User.display_name)
            .where(User.deleted_at.is_(None), User.role.in_(FIELD_ROLES))
            .order_by(User.display_name)
        ).all()
        hospitals = session.execute(
            select(Customer.id, Customer.name_zh)
            .where(Customer.deleted_at.is_(None))
            .order_by(Customer.name_zh)
        ).all()
    return [(p[0], p[1]) for p in people], [(h[0], h[1]) for h in hospitals]


@dataclass(frozen=True)
class UnitPlan:
    """What the unit's own page says of its contract and plan."""

    contract_id: str | None
    contract_text: str  # "SC-2026-001 · 2024-01-01 – 2027-12-31", "" without one
    next_visit: VisitRow | None
    this_year: OnTimeSummary


def unit_plan(store: Store, equipment_id: str, today: date) -> UnitPlan:
    """The unit's current contract, its next planned visit and this year's standing."""
    from app.db.service_plan import ServiceContract

    with store.reading() as session:
        contract = session.execute(
            select(
                ServiceContract.id,
                ServiceContract.number,
                ServiceContract.starts_on,
                ServiceContract.ends_on,
            )
            .where(
                ServiceContract.equipment_id == equipment_id, ServiceContract.deleted_at.is_(None)
            )
            .order_by(ServiceContract.ends_on.desc())
        ).first()
    rows = visits(
        store, date(today.year, 1, 1), date(today.year + 1, 12, 31), equipment_id=equipment_id
    )
    coming = [r for r in rows if r.planned_on >= today and r.done_on is None]
    text = ""
    if contract is not None:
        text = f"{contract[1]} · {contract[2].isoformat()} – {contract[3].isoformat()}".strip(" ·")
    return UnitPlan(
        contract[0] if contract else None,
        text,
        coming[0] if coming else None,
        on_time_summary([r for r in rows if r.planned_on.year == today.year], today),
    )
