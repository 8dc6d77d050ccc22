"""An engineer's day: the jobs assigned to them that are due today or overdue, the parts
their jobs wait for, and the follow-up calls due on their jobs.

Every query is bounded by the user's assignments and a LIMIT, never a whole table;
the due-day rule (app/domain/due_dates.py) becomes one UTC cut-off per priority, so
SQLite compares `reported_at` against constants. Contacts come in one more query for
the hospitals involved: someone at the unit's own site first, else the hospital's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.db.fieldwork import FollowUp, InstallationRecord, Part, PartUsage
from app.db.models import (
    Contact,
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.domain import local_time
from app.domain.awaited_parts import AwaitedPartLine
from app.domain.due_dates import RESPONSE_DAYS, URGENCY_ORDER, due_day, waiting_on
from app.domain.enums import FollowUpOutcome, Priority, UserRole, WorkOrderState, WorkOrderType
from app.services.registry.users import DEFAULT_ROLE
from app.services.store import Store
from app.services.work_orders import awaited_parts

MAX_JOBS = 200  # a day's list; more would be a planning problem, not a page
MAX_FOLLOW_UPS = 100
# Whose start page "My day" is: the people who go out to the machines.
START_PAGE_ROLES = frozenset({UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN})


@dataclass(frozen=True)
class ContactPerson:
    name: str
    role: str
    phone: str


@dataclass(frozen=True)
class PartNeeded:
    part_number: str
    description: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class Job:
    """One work order of the day, as the page shows it."""

    id: str
    number: str
    type: WorkOrderType
    state: WorkOrderState
    priority: Priority
    reported_at: datetime
    due: date
    days_overdue: int
    hospital_zh: str
    hospital_en: str
    site: str
    equipment: str  # maker model · serial
    description: str
    contact: ContactPerson | None
    parts: tuple[PartNeeded, ...] = ()
    awaited: tuple[AwaitedPartLine, ...] = ()  # on order: part, order and expected date


@dataclass(frozen=True)
class FollowUpDue:
    id: str
    work_order_id: str
    number: str
    due: date
    days_overdue: int
    hospital_zh: str
    hospital_en: str
    equipment: str
    contact: ContactPerson | None


@dataclass(frozen=True)
class MyDay:
    login: str
    display_name: str
    role: UserRole
    today: date
    jobs: list[Job]  # due today or overdue: most urgent first, then the longest due
    later: int  # open jobs of mine due after today (not listed)
    parts_waiting: list[Job]  # my jobs awaiting parts, with the parts recorded on them
    follow_ups: list[FollowUpDue] = field(default_factory=list)
    known: bool = True  # the login has a user record (else nothing can be assigned to it)

    @property
    def overdue(self) -> int:
        return sum(1 for job in self.jobs if job.days_overdue)


def starts_on_my_day(store: Store) -> bool:
    """Whether this laptop's user (one with a user record) is field staff, whose start
    page "My day" is; a login without a record keeps the page it last used."""
    with store.reading() as session:
        role = session.scalar(
            select(User.role).where(User.login == store.user_login, User.deleted_at.is_(None))
        )
    return role in START_PAGE_ROLES


_unit_text = EquipmentModel.maker + " " + EquipmentModel.model + " · " + Equipment.serial_number
_JOB_COLUMNS = (
    WorkOrder.id,
    WorkOrder.number,
    WorkOrder.type,
    WorkOrder.state,
    WorkOrder.priority,
    WorkOrder.reported_at,
    InstallationRecord.agreed_date,
    Customer.id,
    Customer.name_zh,
    Customer.name_en,
    Site.id,
    Site.name,
    _unit_text,
    WorkOrder.description,
    WorkOrder.finished_at,
)


def _cut_off(day: date) -> datetime:
    """The UTC instant the local `day` starts."""
    return local_time.start_of_day(day)


def _due_by(today: date) -> ColumnElement[bool]:
    """Due today or earlier: reported before the start of the day after
    `today - response days`, or an agreed date not after today; a completed job
    (finished, not signed yet) always."""
    by_priority = or_(
        *(
            and_(
                WorkOrder.priority == priority,
                WorkOrder.reported_at < _cut_off(today - timedelta(days=days - 1)),
            )
            for priority, days in RESPONSE_DAYS.items()
        )
    )
    return or_(
        WorkOrder.state == WorkOrderState.COMPLETED,  # the signature is due once the work is done
        and_(InstallationRecord.agreed_date.is_not(None), InstallationRecord.agreed_date <= today),
        and_(InstallationRecord.agreed_date.is_(None), by_priority),
    )


def _mine(user_id: str, role: UserRole) -> Select[Any]:
    """My open work orders joined to their unit, site and hospital (no columns yet)."""
    states = sorted(waiting_on(role))
    return (
        select()
        .select_from(WorkOrder)
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .outerjoin(
            InstallationRecord,
            and_(
                InstallationRecord.work_order_id == WorkOrder.id,
                InstallationRecord.deleted_at.is_(None),
            ),
        )
        .where(
            WorkOrder.deleted_at.is_(None),
            WorkOrder.state.in_(states),
            WorkOrder.id.in_(
                select(WorkOrderAssignment.work_order_id).where(
                    WorkOrderAssignment.user_id == user_id,
                    WorkOrderAssignment.deleted_at.is_(None),
                )
            ),
        )
    )


def load_my_day(store: Store, today: date | None = None) -> MyDay:
    """The day of whoever uses this laptop (`store.user_login`)."""
    today = today or local_time.today()
    with store.reading() as session:
        user = session.execute(
            select(User.id, User.display_name, User.role).where(
                User.login == store.user_login, User.deleted_at.is_(None)
            )
        ).first()
        if user is None:  # no user record yet (before the first sync): nobody assigns to it
            return MyDay(
                store.user_login, store.user_login, DEFAULT_ROLE, today, [], 0, [], known=False
            )
        user_id, name, role = user
        mine = _mine(user_id, role)
        rows = session.execute(
            mine.with_only_columns(*_JOB_COLUMNS)
            .where(_due_by(today))
            .order_by(WorkOrder.reported_at)
            .limit(MAX_JOBS)
        ).all()
        later = int(
            session.scalar(mine.with_only_columns(func.count()).where(~_due_by(today))) or 0
        )
        waiting = session.execute(
            mine.with_only_columns(*_JOB_COLUMNS)
            .where(WorkOrder.state == WorkOrderState.AWAITING_PARTS)
            .order_by(WorkOrder.reported_at)
            .limit(MAX_JOBS)
        ).all()
        follow_rows = _follow_up_rows(session, user_id, today)
        customers = {r[7] for r in (*rows, *waiting)} | {r[9] for r in follow_rows}
        contacts = _contacts(session, customers)
        parts = _parts(session, [r[0] for r in (*rows, *waiting)])
        on_order = awaited_parts.lines(session, [r[0] for r in (*rows, *waiting)])
    jobs = sorted(
        (_job(r, today, contacts, parts, on_order) for r in rows),
        key=lambda j: (URGENCY_ORDER[j.priority], j.due, j.reported_at),
    )
    return MyDay(
        store.user_login,
        name,
        role,
        today,
        jobs,
        later,
        [_job(r, today, contacts, parts, on_order) for r in waiting],
        [_follow_up(r, today, contacts) for r in follow_rows],
    )


def _job(
    row: Any,
    today: date,
    contacts: _Contacts,
    parts: dict[str, list[PartNeeded]],
    on_order: dict[str, list[AwaitedPartLine]],
) -> Job:
    (wo_id, number, kind, state, priority, reported, agreed, customer_id) = row[:8]
    name_zh, name_en, site_id, site, unit, description, finished = row[8:]
    if state is WorkOrderState.COMPLETED and finished is not None:
        due = local_time.day_of(finished)  # done: the customer's signature is what is due
    else:
        due = due_day(local_time.day_of(reported), priority, agreed)
    return Job(
        id=wo_id,
        number=number,
        type=kind,
        state=state,
        priority=priority,
        reported_at=reported,
        due=due,
        days_overdue=max(0, (today - due).days),
        hospital_zh=name_zh,
        hospital_en=name_en,
        site=site,
        equipment=unit,
        description=description,
        contact=contacts.best(customer_id, site_id),
        parts=tuple(parts.get(wo_id, ())),
        awaited=tuple(on_order.get(wo_id, ())),
    )


def _follow_up_rows(session: Session, user_id: str, today: date) -> list[tuple[Any, ...]]:
    """Open calls due by today on work orders assigned to me, most overdue first."""
    query = (
        select(
            FollowUp.id,
            WorkOrder.id,
            WorkOrder.number,
            FollowUp.due_date,
            Customer.name_zh,
            Customer.name_en,
            _unit_text,
            Site.id,
            Site.name,
            Customer.id,
        )
        .select_from(FollowUp)
        .join(WorkOrder, WorkOrder.id == FollowUp.work_order_id)
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(
            FollowUp.deleted_at.is_(None),
            FollowUp.done_at.is_(None),
            FollowUp.outcome.in_([FollowUpOutcome.OPEN, FollowUpOutcome.UNREACHABLE]),
            FollowUp.due_date <= today,
            WorkOrder.deleted_at.is_(None),
            WorkOrder.id.in_(
                select(WorkOrderAssignment.work_order_id).where(
                    WorkOrderAssignment.user_id == user_id,
                    WorkOrderAssignment.deleted_at.is_(None),
                )
            ),
        )
        .order_by(FollowUp.due_date, WorkOrder.number)
        .limit(MAX_FOLLOW_UPS)
    )
    return [tuple(r) for r in session.execute(query)]


def _follow_up(row: Any, today: date, contacts: _Contacts) -> FollowUpDue:
    fu_id, wo_id, number, due, name_zh, name_en, unit, site_id, _site, customer_id = row
    return FollowUpDue(
        id=fu_id,
        work_order_id=wo_id,
        number=number,
        due=due,
        days_overdue=max(0, (today - due).days),
        hospital_zh=name_zh,
        hospital_en=name_en,
        equipment=unit,
        contact=contacts.best(customer_id, site_id),
    )


@dataclass
class _Contacts:
    """The contacts of some hospitals, first recorded first, those with a phone preferred."""

    by_customer: dict[str, list[tuple[str | None, ContactPerson]]]

    def best(self, customer_id: str, site_id: str) -> ContactPerson | None:
        people = self.by_customer.get(customer_id, [])
        for wanted in (site_id, None):
            for site, person in people:
                if (wanted is None or site == wanted) and person.phone:
                    return person
        return people[0][1] if people else None


def _contacts(session: Session, customer_ids: Iterable[str]) -> _Contacts:
    ids = sorted(set(customer_ids))
    found: dict[str, list[tuple[str | None, ContactPerson]]] = {}
    if not ids:
        return _Contacts(found)
    rows = session.execute(
        select(Contact.customer_id, Contact.site_id, Contact.name, Contact.role, Contact.phone)
        .where(Contact.customer_id.in_(ids), Contact.deleted_at.is_(None))
        .order_by(Contact.created_at, Contact.id)
    )
    for customer_id, site_id, name, role, phone in rows:
        found.setdefault(customer_id, []).append((site_id, ContactPerson(name, role, phone)))
    return _Contacts(found)


def _parts(session: Session, work_order_ids: list[str]) -> dict[str, list[PartNeeded]]:
    """The parts recorded on these work orders (fitted, or to be fitted once they come)."""
    found: dict[str, list[PartNeeded]] = {}
    if not work_order_ids:
        return found
    rows = session.execute(
        select(
            PartUsage.work_order_id,
            Part.part_number,
            Part.description,
            PartUsage.quantity,
            Part.unit,
        )
        .join(Part, Part.id == PartUsage.part_id)
        .where(PartUsage.work_order_id.in_(set(work_order_ids)), PartUsage.deleted_at.is_(None))
        .order_by(PartUsage.created_at, PartUsage.id)
    )
    for wo_id, number, description, quantity, unit in rows:
        found.setdefault(wo_id, []).append(PartNeeded(number, description, quantity, unit))
    return found
