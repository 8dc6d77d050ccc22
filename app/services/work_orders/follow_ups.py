"""Quality follow-ups after a repair or preventive maintenance (§4.5).

Completing such a work order schedules one follow-up call, due a set number of days
later (7–14, ten unless the setting says otherwise). The procedure also speaks of a
quality tracking period of 12 weeks: a first call that finds the customer satisfied
schedules a second contact at the end of the tracking period (2–12 weeks after the
work, twelve unless the setting says otherwise). The outcome is recorded once:
"satisfied" closes it; "dissatisfied" also opens a repair work order (the re-check)
that points back to the original through `origin_id`; "could not reach" keeps it
open, notes the attempt and makes it due again two days later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import FollowUp
from app.db.models import Contact, Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.domain import local_time
from app.domain.enums import FollowUpOutcome, Priority, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError, WorkOrderDraft
from app.services.records import check, live
from app.services.store import Store
from app.services.work_orders.orders import SavedWorkOrder, save_work_order

DEFAULT_DAYS = 10
MIN_DAYS, MAX_DAYS = 7, 14  # "within about 1–2 weeks"
RETRY_DAYS = 2  # after a call nobody answered
DEFAULT_WEEKS = 12
MIN_WEEKS, MAX_WEEKS = 2, 12  # the quality tracking period, "12 周" at most
FOLLOW_UP_TYPES = frozenset({WorkOrderType.REPAIR, WorkOrderType.PREVENTIVE_MAINTENANCE})
# Room for "Follow-up of WO-…: " in the re-check's description (at most MAX_TEXT).
MAX_NOTES = MAX_TEXT - 100
RECORDABLE = (FollowUpOutcome.SATISFIED, FollowUpOutcome.DISSATISFIED, FollowUpOutcome.UNREACHABLE)

DAYS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Follow up between 7 and 14 days after the work."
)
CHOOSE_OUTCOME = QT_TRANSLATE_NOOP("Validation", "Choose the outcome of the call.")
SAY_WHY = QT_TRANSLATE_NOOP(
    "Validation", "Say what the customer is not satisfied with; it starts the re-check."
)
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")
ALREADY_RECORDED = QT_TRANSLATE_NOOP("Validation", "The outcome of this follow-up is recorded.")


@dataclass(frozen=True)
class FollowUpResult:
    """What recording an outcome did; `new_work_order` is the re-check, if one opened."""

    id: str
    outcome: FollowUpOutcome
    due_date: date
    done: bool
    new_work_order: SavedWorkOrder | None


@dataclass(frozen=True)
class FollowUpDetail:
    """Everything the outcome dialog shows about one follow-up."""

    id: str
    work_order_id: str
    work_order_number: str
    work_order_type: WorkOrderType
    hospital: str
    equipment: str
    contact_name: str
    contact_phone: str
    due_date: date
    outcome: FollowUpOutcome
    notes: str
    done_at: datetime | None
    new_work_order_number: str | None
    contact: int = 1  # 2: the contact at the end of the tracking period


def days_from_setting(value: object) -> int:
    """The stored setting as a number of days; the default when missing or out of range."""
    try:
        days = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_DAYS
    return days if MIN_DAYS <= days <= MAX_DAYS else DEFAULT_DAYS


def weeks_from_setting(value: object) -> int:
    """The tracking-period setting in weeks; the default when missing or out of range."""
    try:
        weeks = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_WEEKS
    return weeks if MIN_WEEKS <= weeks <= MAX_WEEKS else DEFAULT_WEEKS


def schedule_follow_up(
    session: Session,
    store: Store,
    work_order_id: str,
    completed_at: datetime,
    days: int = DEFAULT_DAYS,
) -> str:
    """Makes the follow-up of a completed work order, in the caller's transaction.

    Idempotent: while one is open for the work order, that one's id is returned and
    nothing changes (completing twice, e.g. after a reopen, never makes two).
    """
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise ValidationError([FieldError("days", DAYS_OUT_OF_RANGE)])
    order = live(session, WorkOrder, work_order_id)
    if order.type not in FOLLOW_UP_TYPES:
        raise ValueError(f"{order.type} work orders get no follow-up")
    existing = session.scalar(
        select(FollowUp.id).where(
            FollowUp.work_order_id == work_order_id,
            FollowUp.done_at.is_(None),
            FollowUp.deleted_at.is_(None),
        )
    )
    if existing is not None:
        return existing
    follow_up = FollowUp(
        work_order_id=work_order_id,
        due_date=_local_date(completed_at) + timedelta(days=days),
        outcome=FollowUpOutcome.OPEN,
        updated_by=store.user_login,
    )
    session.add(follow_up)
    session.flush()
    return follow_up.id


def record_outcome(
    store: Store,
    follow_up_id: str,
    outcome: FollowUpOutcome,
    notes: str,
    now: datetime | None = None,
    tracking_weeks: int = DEFAULT_WEEKS,
) -> FollowUpResult:
    """Records the call's outcome; "dissatisfied" (notes required) opens a re-check repair;
    a first call found "satisfied" schedules the second contact, `tracking_weeks` after
    the work was completed (never before tomorrow)."""
    now = now or utcnow()
    outcome = FollowUpOutcome(outcome)  # Qt combos hand enum values back as plain str
    notes = notes.strip()
    errors: list[FieldError] = []
    if outcome not in RECORDABLE:
        errors.append(FieldError("outcome", CHOOSE_OUTCOME))
    if outcome is FollowUpOutcome.DISSATISFIED and not notes:
        errors.append(FieldError("notes", SAY_WHY))
    elif len(notes) > MAX_NOTES:
        errors.append(FieldError("notes", TOO_LONG))
    check(errors)
    with store.reading() as session:
        follow_up = live(session, FollowUp, follow_up_id)
        if follow_up.done_at is not None:
            raise ValidationError([FieldError("", ALREADY_RECORDED)])
        original = live(session, WorkOrder, follow_up.work_order_id)
        original_id, equipment_id = original.id, original.equipment_id
        description = f"Follow-up of {original.number}: {notes}"
    new: SavedWorkOrder | None = None
    if outcome is FollowUpOutcome.DISSATISFIED:
        # save_work_order commits on its own (it issues the number); the link follows in
        # a second transaction, which re-checks in case another window recorded meanwhile.
        draft = WorkOrderDraft(
            type=WorkOrderType.REPAIR,
            priority=Priority.HIGH,
            equipment_id=equipment_id,
            description=description,
            reported_at=now,
        )
        new = save_work_order(store, None, draft)
    with store.session() as session:
        follow_up = live(session, FollowUp, follow_up_id)
        lost_race = follow_up.done_at is not None
        if new is not None:
            order = live(session, WorkOrder, new.id)
            if lost_race:
                order.deleted_at = utcnow()
            else:
                order.origin_id = original_id
            order.updated_by = store.user_login
        if not lost_race:
            _apply(follow_up, outcome, notes, now, new)
            follow_up.updated_by = store.user_login
            if follow_up.contact == 1 and outcome is FollowUpOutcome.SATISFIED:
                _second_contact(session, store, follow_up, now, tracking_weeks)
        result = FollowUpResult(
            follow_up.id,
            follow_up.outcome,
            follow_up.due_date,
            follow_up.done_at is not None,
            new,
        )
    if lost_race:
        raise ValidationError([FieldError("", ALREADY_RECORDED)])
    return result


def _second_contact(
    session: Session, store: Store, first: FollowUp, now: datetime, weeks: int
) -> None:
    """The contact at the end of the quality tracking period (once per work order)."""
    weeks = weeks if MIN_WEEKS <= weeks <= MAX_WEEKS else DEFAULT_WEEKS
    order = live(session, WorkOrder, first.work_order_id)
    done = _local_date(order.finished_at or now)
    due = max(done + timedelta(weeks=weeks), _local_date(now) + timedelta(days=1))
    second = FollowUp(
        work_order_id=order.id,
        due_date=due,
        outcome=FollowUpOutcome.OPEN,
        contact=2,
        updated_by=store.user_login,
    )
    session.add(second)


def _apply(
    follow_up: FollowUp,
    outcome: FollowUpOutcome,
    notes: str,
    now: datetime,
    new: SavedWorkOrder | None,
) -> None:
    today = _local_date(now)
    line = f"{today.isoformat()} {notes}".rstrip()
    follow_up.notes = f"{follow_up.notes}\n{line}" if follow_up.notes else line
    follow_up.outcome = outcome
    if outcome is FollowUpOutcome.UNREACHABLE:
        # Still open: try again in two days (never earlier than it was due anyway).
        follow_up.due_date = max(follow_up.due_date, today + timedelta(days=RETRY_DAYS))
    else:
        follow_up.done_at = now
        follow_up.new_work_order_id = new.id if new is not None else None


def load_follow_up(store: Store, follow_up_id: str) -> FollowUpDetail:
    with store.reading() as session:
        f = live(session, FollowUp, follow_up_id)
        order = live(session, WorkOrder, f.work_order_id)
        unit = session.get_one(Equipment, order.equipment_id)
        model = session.get_one(EquipmentModel, unit.model_id)
        site = session.get_one(Site, unit.site_id)
        customer = session.get_one(Customer, site.customer_id)
        contact = first_contact(session, customer.id, site.id)
        new_number = (
            session.get_one(WorkOrder, f.new_work_order_id).number if f.new_work_order_id else None
        )
        return FollowUpDetail(
            id=f.id,
            work_order_id=order.id,
            work_order_number=order.number,
            work_order_type=order.type,
            hospital=customer.name_zh,
            equipment=f"{model.maker} {model.model} · {unit.serial_number}",
            contact_name=contact.name if contact else "",
            contact_phone=contact.phone if contact else "",
            due_date=f.due_date,
            outcome=f.outcome,
            notes=f.notes,
            done_at=f.done_at,
            new_work_order_number=new_number,
            contact=f.contact,
        )


def first_contact(session: Session, customer_id: str, site_id: str) -> Contact | None:
    """Whom to call: the hospital's first contact with a phone, one at the unit's site first."""
    return session.scalar(
        select(Contact)
        .where(
            Contact.customer_id == customer_id,
            Contact.deleted_at.is_(None),
            Contact.phone != "",
        )
        .order_by(case((Contact.site_id == site_id, 0), else_=1), Contact.created_at, Contact.id)
        .limit(1)
    )


def _local_date(moment: datetime) -> date:
    """The calendar day in the installation's zone (China: UTC+8), not UTC's."""
    return local_time.day_of(moment)
