"""The hotline call log (§5.1): record a call, answer an open question later, and open
a repair work order or a complaint from a call in one step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.complaints import Complaint, HotlineCall
from app.db.models import Customer, Equipment, Site, User, WorkOrder
from app.domain import local_time
from app.domain.complaints import (
    ALREADY_ANSWERED,
    NOT_ALLOWED,
    REQUIRED,
    TOO_LONG,
    CallDraft,
    ComplaintSource,
    ComplaintState,
    may_record,
)
from app.domain.enums import Priority, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_TEXT, FieldError, ValidationError, WorkOrderDraft
from app.services.complaints.register import add_entry
from app.services.records import check, live, upsert
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.services.work_orders.orders import SavedWorkOrder, write_work_order

UNIT_ELSEWHERE = QT_TRANSLATE_NOOP("Validation", "The unit does not stand at this hospital.")
NEEDS_UNIT = QT_TRANSLATE_NOOP("Validation", "Choose the unit the repair is for.")
HAS_WORK_ORDER = QT_TRANSLATE_NOOP("Validation", "This call has opened a work order already.")
HAS_COMPLAINT = QT_TRANSLATE_NOOP("Validation", "This call has opened a complaint already.")


@dataclass(frozen=True)
class CallView:
    """A call as its dialog shows it, with what it led to."""

    id: str
    draft: CallDraft
    answered_at: datetime | None
    work_order_id: str | None
    work_order_number: str
    complaint_id: str | None


def may_record_calls(store: Store, user: ActingUser | None = None) -> bool:
    """`user`: the acting user when the caller knows it already (no query)."""
    return may_record((user or acting_user(store)).role)


def _check_desk(store: Store) -> None:
    if not may_record_calls(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])


def _unit_at(session: Session, customer_id: str, equipment_id: str | None) -> list[FieldError]:
    if not equipment_id:
        return []
    hospital = session.scalar(
        select(Site.customer_id)
        .join(Equipment, Equipment.site_id == Site.id)
        .where(Equipment.id == equipment_id, Equipment.deleted_at.is_(None))
    )
    return [] if hospital == customer_id else [FieldError("equipment_id", UNIT_ELSEWHERE)]


def save_call(store: Store, call_id: str | None, draft: CallDraft) -> str:
    """Logs a call (`call_id` None) or corrects it; returns its id. An answer given now
    stamps `answered_at`; without one the question stays open with owner and due date."""
    _check_desk(store)
    for name in ("caller_name", "caller_phone", "question", "answer"):
        setattr(draft, name, getattr(draft, name).strip())
    check(draft.validate(utcnow()))
    with store.session() as session:
        live(session, Customer, draft.customer_id)
        check(_unit_at(session, draft.customer_id, draft.equipment_id))
        answered_before = None
        if call_id is not None:
            answered_before = live(session, HotlineCall, call_id).answered_at
        values = {
            "called_at": draft.called_at,
            "customer_id": draft.customer_id,
            "caller_name": draft.caller_name,
            "caller_phone": draft.caller_phone,
            "equipment_id": draft.equipment_id or None,
            "question": draft.question,
            "answer": draft.answer,
            "engineer_login": draft.engineer_login,
            "duration_minutes": draft.duration_minutes,
            "owner_login": "" if draft.answered else draft.owner_login,
            "due_date": None if draft.answered else draft.due_date,
            "answered_at": (answered_before or utcnow()) if draft.answered else None,
        }
        return upsert(session, store, HotlineCall, call_id, values).id


def answer_question(store: Store, call_id: str, answer: str) -> None:
    """Records the answer to an open question: it is then no longer open (§5.1.3)."""
    _check_desk(store)
    answer = answer.strip()
    if not answer:
        raise ValidationError([FieldError("answer", REQUIRED)])
    if len(answer) > MAX_TEXT:
        raise ValidationError([FieldError("answer", TOO_LONG)])
    with store.session() as session:
        call = live(session, HotlineCall, call_id)
        if call.answered_at is not None:
            raise ValidationError([FieldError("answer", ALREADY_ANSWERED)])
        upsert(session, store, HotlineCall, call_id, {"answer": answer, "answered_at": utcnow()})


def load_call(store: Store, call_id: str) -> CallView:
    with store.reading() as session:
        call = live(session, HotlineCall, call_id)
        number = ""
        if call.work_order_id:
            number = (
                session.scalar(select(WorkOrder.number).where(WorkOrder.id == call.work_order_id))
                or ""
            )
        complaint_id = session.scalar(
            select(Complaint.id).where(
                Complaint.hotline_call_id == call_id, Complaint.deleted_at.is_(None)
            )
        )
        draft = CallDraft(
            called_at=call.called_at,
            customer_id=call.customer_id,
            caller_name=call.caller_name,
            caller_phone=call.caller_phone,
            equipment_id=call.equipment_id,
            question=call.question,
            answer=call.answer,
            engineer_login=call.engineer_login,
            duration_minutes=call.duration_minutes,
            owner_login=call.owner_login,
            due_date=call.due_date,
        )
        return CallView(call.id, draft, call.answered_at, call.work_order_id, number, complaint_id)


def open_repair(store: Store, call_id: str, priority: Priority = Priority.HIGH) -> SavedWorkOrder:
    """Opens a repair work order for the call's unit, with the question as its
    description, and links it to the call — in one unit of work."""
    _check_desk(store)
    with store.session() as session:
        call = live(session, HotlineCall, call_id)
        if call.work_order_id:
            raise ValidationError([FieldError("", HAS_WORK_ORDER)])
        if not call.equipment_id:
            raise ValidationError([FieldError("equipment_id", NEEDS_UNIT)])
        draft = WorkOrderDraft(
            type=WorkOrderType.REPAIR,
            priority=priority,
            equipment_id=call.equipment_id,
            description=call.question,
            reported_at=call.called_at,
        )
        saved = write_work_order(session, store, None, draft)
        upsert(session, store, HotlineCall, call_id, {"work_order_id": saved.id})
        return saved


def open_complaint(store: Store, call_id: str) -> str:
    """Receives the caller's complaint from the call: hospital, unit, caller and
    question become the complaint's; returns the new complaint's id."""
    _check_desk(store)
    with store.session() as session:
        call = live(session, HotlineCall, call_id)
        taken = session.scalar(
            select(Complaint.id).where(
                Complaint.hotline_call_id == call_id, Complaint.deleted_at.is_(None)
            )
        )
        if taken is not None:
            raise ValidationError([FieldError("", HAS_COMPLAINT)])
        values = {
            "received_at": call.called_at,
            "source": ComplaintSource.HOTLINE,
            "complainant": call.caller_name,
            "customer_id": call.customer_id,
            "equipment_id": call.equipment_id,
            "matter": call.question,
            "recorded_by": store.user_login,
            "state": ComplaintState.NEW,
            "hotline_call_id": call_id,
        }
        complaint = upsert(session, store, Complaint, None, values)
        add_entry(session, store, complaint.id, ComplaintState.NEW, "")
        return complaint.id


def desk_people(store: Store) -> list[tuple[str, str]]:
    """(login, name) of who may take calls and own questions or complaints."""
    with store.reading() as session:
        users = session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.login))
        return [(u.login, u.display_name) for u in users if may_record(u.role)]


def open_questions(store: Store, on: date | None = None) -> list[tuple[str, str, date | None]]:
    """(call id, owner, due date) of the unanswered questions, the most pressing first."""
    on = on or local_time.today()
    with store.reading() as session:
        rows = session.execute(
            select(HotlineCall.id, HotlineCall.owner_login, HotlineCall.due_date)
            .where(HotlineCall.answered_at.is_(None), HotlineCall.deleted_at.is_(None))
            .order_by(HotlineCall.due_date)
        )
        return [(r[0], r[1], r[2]) for r in rows]


def hospital_choices(store: Store, english: bool = False) -> list[tuple[str, str]]:
    """(id, name) of every hospital; `english`: by the stored English name."""
    from app.services.lists import customer_name_en

    name = customer_name_en if english else Customer.name_zh
    with store.reading() as session:
        rows = session.execute(
            select(Customer.id, name).where(Customer.deleted_at.is_(None)).order_by(name)
        )
        return [(r[0], r[1]) for r in rows]


def unit_choices(store: Store, customer_id: str) -> list[tuple[str, str]]:
    """(id, "maker model · serial — site") of the hospital's units."""
    from app.db.models import EquipmentModel

    with store.reading() as session:
        rows = session.execute(
            select(
                Equipment.id,
                EquipmentModel.maker,
                EquipmentModel.model,
                Equipment.serial_number,
                Site.name,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Site.customer_id == customer_id, Equipment.deleted_at.is_(None))
            .order_by(Site.name, EquipmentModel.model)
        )
        return [(r[0], f"{r[1]} {r[2]} · {r[3]} — {r[4]}") for r in rows]
