"""The complaint register (§7): receive, assess (owner and deadline from the service
manager), record progress each saying whether the customer was told, link work
orders, close with cause and the customer's satisfied word, reopen when they are not.
Every step leaves an entry in the complaint's record of handling."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.complaints import Complaint, ComplaintEntry, ComplaintWorkOrder
from app.db.fieldwork import FollowUp
from app.db.models import Customer, Equipment, WorkOrder
from app.domain import local_time
from app.domain.complaints import (
    NOT_ALLOWED,
    REQUIRED,
    TOO_LONG,
    WRONG_STATE,
    Assessment,
    Closing,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    CustomerSatisfaction,
    ReportedBack,
    closing_errors,
    may_assign,
    may_handle,
    may_read_all,
    may_record,
    may_reopen,
    may_step,
)
from app.domain.enums import AdverseEventAnswer, FollowUpOutcome
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError
from app.services.records import check, live, upsert
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store

NOT_DISSATISFIED = QT_TRANSLATE_NOOP(
    "Validation", "Only a dissatisfied follow-up opens a complaint."
)
FOLLOW_UP_TAKEN = QT_TRANSLATE_NOOP("Validation", "This follow-up has opened a complaint already.")
OTHER_UNIT = QT_TRANSLATE_NOOP("Validation", "The work order is for another hospital.")


@dataclass(frozen=True)
class EntryView:
    at: datetime
    by_login: str
    text: str
    state: ComplaintState | None
    reported_back: ReportedBack


@dataclass(frozen=True)
class ComplaintView:
    """A complaint as its dialog shows it."""

    id: str
    draft: ComplaintDraft
    state: ComplaintState
    recorded_by: str
    assessment: Assessment
    closing: Closing
    closed_at: datetime | None
    entries: list[EntryView]
    work_orders: list[tuple[str, str]]  # (id, number)
    hospital: str
    unit: str


def _user(store: Store) -> ActingUser:
    return acting_user(store)


def _refuse() -> None:
    raise ValidationError([FieldError("", NOT_ALLOWED)])


def may_see(user: ActingUser, complaint: Complaint) -> bool:
    """Service manager and quality control read all; others what they own or recorded."""
    if may_read_all(user.role):
        return True
    return may_record(user.role) and user.login in (complaint.owner_login, complaint.recorded_by)


def add_entry(
    session: Session,
    store: Store,
    complaint_id: str,
    state: ComplaintState | None,
    text: str,
    reported_back: ReportedBack = ReportedBack.NOT_REPORTED,
) -> None:
    values = {
        "complaint_id": complaint_id,
        "at": utcnow(),
        "by_login": store.user_login,
        "text": text,
        "state": state,
        "reported_back": reported_back,
    }
    upsert(session, store, ComplaintEntry, None, values)


def _check_text(name: str, text: str, required: bool) -> None:
    if required and not text.strip():
        raise ValidationError([FieldError(name, REQUIRED)])
    if len(text) > MAX_TEXT:
        raise ValidationError([FieldError(name, TOO_LONG)])


def receive(
    store: Store,
    draft: ComplaintDraft,
    *,
    follow_up_id: str | None = None,
) -> str:
    """Records a complaint as received; returns its id. It waits, `new`, for the
    service manager's assessment."""
    if not may_record(_user(store).role):
        _refuse()
    draft.complainant, draft.matter = draft.complainant.strip(), draft.matter.strip()
    draft.source = ComplaintSource(draft.source)
    check(draft.validate(utcnow()))
    with store.session() as session:
        live(session, Customer, draft.customer_id)
        if draft.equipment_id:
            live(session, Equipment, draft.equipment_id)
        values = {
            "received_at": draft.received_at,
            "source": draft.source,
            "complainant": draft.complainant,
            "customer_id": draft.customer_id,
            "equipment_id": draft.equipment_id or None,
            "matter": draft.matter,
            "recorded_by": store.user_login,
            "state": ComplaintState.NEW,
            "follow_up_id": follow_up_id,
        }
        complaint = upsert(session, store, Complaint, None, values)
        add_entry(session, store, complaint.id, ComplaintState.NEW, "")
        return complaint.id


def draft_from_follow_up(store: Store, follow_up_id: str) -> ComplaintDraft:
    """What a dissatisfied follow-up says, as a complaint ready to receive."""
    with store.reading() as session:
        follow_up = live(session, FollowUp, follow_up_id)
        if follow_up.outcome is not FollowUpOutcome.DISSATISFIED:
            raise ValidationError([FieldError("", NOT_DISSATISFIED)])
        taken = session.scalar(
            select(Complaint.id).where(
                Complaint.follow_up_id == follow_up_id, Complaint.deleted_at.is_(None)
            )
        )
        if taken is not None:
            raise ValidationError([FieldError("", FOLLOW_UP_TAKEN)])
        order = live(session, WorkOrder, follow_up.work_order_id)
        unit = live(session, Equipment, order.equipment_id)
        return ComplaintDraft(
            received_at=follow_up.done_at or utcnow(),
            source=ComplaintSource.FOLLOW_UP,
            customer_id=unit.site.customer_id,
            equipment_id=unit.id,
            matter=f"{order.number}: {follow_up.notes}",
        )


def complaint_of_follow_up(store: Store, follow_up_id: str) -> str | None:
    with store.reading() as session:
        return session.scalar(
            select(Complaint.id).where(
                Complaint.follow_up_id == follow_up_id, Complaint.deleted_at.is_(None)
            )
        )


def _step(
    session: Session, store: Store, complaint_id: str, step: str
) -> tuple[Complaint, ActingUser]:
    complaint = live(session, Complaint, complaint_id)
    if not may_step(step, complaint.state):
        raise ValidationError([FieldError("", WRONG_STATE)])
    return complaint, _user(store)


def assess(
    store: Store,
    complaint_id: str,
    assessment: Assessment,
    note: str = "",
    reported_back: ReportedBack = ReportedBack.NOT_REPORTED,
) -> None:
    """The first assessment (§7.1.3) — or a later correction of it: nature, severity,
    owner and deadline, and the ISO 13485 §8.2.2 questions. The service manager's."""
    note = note.strip()
    _check_text("note", note, False)
    # Qt combos hand enum values back as plain str
    assessment.category = ComplaintCategory(assessment.category)
    assessment.severity = ComplaintSeverity(assessment.severity)
    assessment.adverse_event = AdverseEventAnswer(assessment.adverse_event)
    with store.session() as session:
        complaint, user = _step(session, store, complaint_id, "assess")
        if not may_assign(user.role):
            _refuse()
        received_on = local_time.day_of(complaint.received_at)
        check(assessment.validate(received_on, local_time.today()))
        values = {
            "category": assessment.category,
            "severity": assessment.severity,
            "owner_login": assessment.owner_login,
            "deadline": assessment.deadline,
            "about_device": assessment.about_device,
            "adverse_event": assessment.adverse_event,
            "adverse_event_reported_to": assessment.adverse_event_reported_to.strip(),
            "adverse_event_reported_on": assessment.adverse_event_reported_on,
        }
        first = complaint.state is ComplaintState.NEW
        if first:
            values["state"] = ComplaintState.ASSESSED
        upsert(session, store, Complaint, complaint_id, values)
        state = ComplaintState.ASSESSED if first else None
        add_entry(session, store, complaint_id, state, note, reported_back)


def add_progress(store: Store, complaint_id: str, text: str, reported_back: ReportedBack) -> None:
    """A progress entry of the investigation or handling (§7.2)."""
    text = text.strip()
    _check_text("text", text, True)
    with store.session() as session:
        complaint, user = _step(session, store, complaint_id, "progress")
        if not may_handle(user.role, user.login, complaint.owner_login):
            _refuse()
        moved = complaint.state is not ComplaintState.IN_PROGRESS
        if moved:
            upsert(session, store, Complaint, complaint_id, {"state": ComplaintState.IN_PROGRESS})
        state = ComplaintState.IN_PROGRESS if moved else None
        add_entry(session, store, complaint_id, state, text, ReportedBack(reported_back))


def record_cause(store: Store, complaint_id: str, root_cause: str, corrective_action: str) -> None:
    """Root cause and corrective action, written as the investigation finds them."""
    root_cause, corrective_action = root_cause.strip(), corrective_action.strip()
    _check_text("root_cause", root_cause, False)
    _check_text("corrective_action", corrective_action, False)
    with store.session() as session:
        complaint = live(session, Complaint, complaint_id)
        user = _user(store)
        if not complaint.state.is_open:
            raise ValidationError([FieldError("", WRONG_STATE)])
        if not may_handle(user.role, user.login, complaint.owner_login):
            _refuse()
        values = {"root_cause": root_cause, "corrective_action": corrective_action}
        upsert(session, store, Complaint, complaint_id, values)


def link_work_order(store: Store, complaint_id: str, work_order_id: str) -> None:
    """Links a work order done about the complaint (its unit's hospital must match)."""
    with store.session() as session:
        complaint = live(session, Complaint, complaint_id)
        user = _user(store)
        if not may_handle(user.role, user.login, complaint.owner_login):
            _refuse()
        order = live(session, WorkOrder, work_order_id)
        if order.equipment.site.customer_id != complaint.customer_id:
            raise ValidationError([FieldError("work_order_id", OTHER_UNIT)])
        linked = session.scalar(
            select(ComplaintWorkOrder).where(
                ComplaintWorkOrder.complaint_id == complaint_id,
                ComplaintWorkOrder.work_order_id == work_order_id,
            )
        )
        if linked is None:
            values = {"complaint_id": complaint_id, "work_order_id": work_order_id}
            upsert(session, store, ComplaintWorkOrder, None, values)
        elif linked.deleted_at is not None:
            linked.deleted_at = None
            linked.updated_by = store.user_login


def close(
    store: Store,
    complaint_id: str,
    closing: Closing,
    reported_back: ReportedBack = ReportedBack.PHONE,
) -> None:
    """Closes the complaint: never without owner, root cause and the customer's
    feedback that they are satisfied (§7.3.1)."""
    closing.root_cause = closing.root_cause.strip()
    closing.corrective_action = closing.corrective_action.strip()
    closing.customer_feedback = closing.customer_feedback.strip()
    closing.satisfaction = CustomerSatisfaction(closing.satisfaction)
    with store.session() as session:
        complaint, user = _step(session, store, complaint_id, "close")
        if not may_handle(user.role, user.login, complaint.owner_login):
            _refuse()
        check(closing_errors(complaint.owner_login, closing))
        values = {
            "root_cause": closing.root_cause,
            "corrective_action": closing.corrective_action,
            "satisfaction": closing.satisfaction,
            "customer_feedback": closing.customer_feedback,
            "state": ComplaintState.CLOSED,
            "closed_at": utcnow(),
        }
        upsert(session, store, Complaint, complaint_id, values)
        add_entry(
            session,
            store,
            complaint_id,
            ComplaintState.CLOSED,
            closing.customer_feedback,
            ReportedBack(reported_back),
        )


def reopen(
    store: Store,
    complaint_id: str,
    why: str,
    reported_back: ReportedBack = ReportedBack.PHONE,
) -> None:
    """The customer is not satisfied after all: the complaint is open again, with why."""
    why = why.strip()
    _check_text("why", why, True)
    with store.session() as session:
        complaint, user = _step(session, store, complaint_id, "reopen")
        if not may_reopen(user.role, user.login, complaint.owner_login):
            _refuse()
        values = {
            "state": ComplaintState.REOPENED,
            "closed_at": None,
            "satisfaction": CustomerSatisfaction.NOT_SATISFIED,
            "customer_feedback": why,
        }
        upsert(session, store, Complaint, complaint_id, values)
        add_entry(
            session, store, complaint_id, ComplaintState.REOPENED, why, ReportedBack(reported_back)
        )


def load_complaint(store: Store, complaint_id: str, english: bool = False) -> ComplaintView:
    """The complaint, its record of handling and linked work orders; refused to a
    user who may not see it."""
    from app.services.complaints.complaint_lists import hospital_and_unit

    with store.reading() as session:
        c = live(session, Complaint, complaint_id)
        if not may_see(_user(store), c):
            _refuse()
        entries = [
            EntryView(e.at, e.by_login, e.text, e.state, e.reported_back)
            for e in session.scalars(
                select(ComplaintEntry)
                .where(
                    ComplaintEntry.complaint_id == complaint_id,
                    ComplaintEntry.deleted_at.is_(None),
                )
                .order_by(ComplaintEntry.at, ComplaintEntry.id)
            )
        ]
        orders = [
            (r[0], r[1])
            for r in session.execute(
                select(WorkOrder.id, WorkOrder.number)
                .join(ComplaintWorkOrder, ComplaintWorkOrder.work_order_id == WorkOrder.id)
                .where(
                    ComplaintWorkOrder.complaint_id == complaint_id,
                    ComplaintWorkOrder.deleted_at.is_(None),
                )
                .order_by(WorkOrder.number)
            )
        ]
        hospital, unit = hospital_and_unit(session, c.customer_id, c.equipment_id, english)
        return ComplaintView(
            id=c.id,
            draft=ComplaintDraft(
                c.received_at, c.source, c.complainant, c.customer_id, c.equipment_id, c.matter
            ),
            state=c.state,
            recorded_by=c.recorded_by,
            assessment=Assessment(
                c.category,
                c.severity,
                c.owner_login,
                c.deadline,
                c.about_device,
                c.adverse_event,
                c.adverse_event_reported_to,
                c.adverse_event_reported_on,
            ),
            closing=Closing(c.root_cause, c.corrective_action, c.satisfaction, c.customer_feedback),
            closed_at=c.closed_at,
            entries=entries,
            work_orders=orders,
            hospital=hospital,
            unit=unit,
        )


def work_order_choices(store: Store, customer_id: str) -> list[tuple[str, str]]:
    """(id, "number · type") of the hospital's work orders, newest first, to link."""
    from app.db.models import Site

    with store.reading() as session:
        rows = session.execute(
            select(WorkOrder.id, WorkOrder.number, WorkOrder.description)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Site.customer_id == customer_id, WorkOrder.deleted_at.is_(None))
            .order_by(WorkOrder.reported_at.desc())
            .limit(200)
        )
        return [(r[0], f"{r[1]} · {r[2][:40]}") for r in rows]


def overdue_count(store: Store, on: date | None = None) -> int:
    """Open complaints past their deadline (the manager's attention)."""
    from sqlalchemy import func

    on = on or local_time.today()
    with store.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(
                    Complaint.deleted_at.is_(None),
                    Complaint.state != ComplaintState.CLOSED,
                    Complaint.deadline < on,
                )
            )
            or 0
        )
