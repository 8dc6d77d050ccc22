"""The hotline log and the complaint register as ListSpecs (paged off the GUI thread by
the UI's ListPage). Open questions and overdue complaints are worked out by SQLite
against the laptop's local date, so they are right on the day the list is read."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.complaints import Complaint, HotlineCall
from app.db.models import Customer, Equipment, EquipmentModel, User
from app.domain.complaints import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    may_read_all,
)
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.lists import Kind, ListColumn, ListSpec, customer_name_en
from app.services.registry.users import ActingUser
from app.services.store import Store

_today = func.date("now", "localtime")
_unit_name = EquipmentModel.maker + literal(" ") + EquipmentModel.model
_unit = func.coalesce(_unit_name + literal(" · ") + Equipment.serial_number, literal(""))
_engineer = aliased(User)
_owner = aliased(User)

# "1" for an open question past its due date, "0" else; the page colours it.
CALL_LATE = case(
    (
        (HotlineCall.answered_at.is_(None)) & (HotlineCall.due_date < _today),
        literal("1"),
    ),
    else_=literal("0"),
)
CALL_OPEN = case((HotlineCall.answered_at.is_(None), literal("1")), else_=literal("0"))


def _hospital_column() -> ListColumn:
    return ListColumn(
        "customer",
        QT_TRANSLATE_NOOP("Lists", "Hospital"),
        Customer.name_zh,
        searchable=True,
        extra_search=(Customer.name_en,),
        expr_en=customer_name_en,
    )


HOTLINE_CALLS = ListSpec(
    name="hotline_calls",
    columns=(
        ListColumn(
            "called_at", QT_TRANSLATE_NOOP("Lists", "Called"), HotlineCall.called_at, Kind.DATETIME
        ),
        ListColumn(
            "open",
            QT_TRANSLATE_NOOP("Lists", "Answer"),
            case((HotlineCall.answered_at.is_(None), literal("…")), else_=literal("✓")),
        ),
        _hospital_column(),
        ListColumn(
            "caller",
            QT_TRANSLATE_NOOP("Lists", "Caller"),
            HotlineCall.caller_name,
            searchable=True,
        ),
        ListColumn("unit", QT_TRANSLATE_NOOP("Lists", "Equipment"), _unit, searchable=True),
        ListColumn(
            "question",
            QT_TRANSLATE_NOOP("Lists", "Question"),
            HotlineCall.question,
            searchable=True,
            extra_search=(HotlineCall.answer,),
        ),
        ListColumn(
            "owner",
            QT_TRANSLATE_NOOP("Lists", "Open question with"),
            func.coalesce(_owner.display_name, HotlineCall.owner_login),
            searchable=True,
        ),
        ListColumn(
            "due_date", QT_TRANSLATE_NOOP("Lists", "Answer due"), HotlineCall.due_date, Kind.DATE
        ),
        ListColumn(
            "engineer",
            QT_TRANSLATE_NOOP("Lists", "Taken by"),
            func.coalesce(_engineer.display_name, HotlineCall.engineer_login),
            searchable=True,
        ),
        ListColumn(
            "minutes",
            QT_TRANSLATE_NOOP("Lists", "Minutes"),
            HotlineCall.duration_minutes,
            Kind.NUMBER,
        ),
    ),
    id_expr=HotlineCall.id,
    base=select()
    .select_from(HotlineCall)
    .join(Customer, Customer.id == HotlineCall.customer_id)
    .outerjoin(Equipment, Equipment.id == HotlineCall.equipment_id)
    .outerjoin(EquipmentModel, EquipmentModel.id == Equipment.model_id)
    .outerjoin(_engineer, _engineer.login == HotlineCall.engineer_login)
    .outerjoin(_owner, _owner.login == HotlineCall.owner_login)
    .where(HotlineCall.deleted_at.is_(None)),
    default_sort="called_at",
    default_descending=True,
    scopes={"open": CALL_OPEN},
)

OVERDUE = case(
    (
        (Complaint.state != ComplaintState.CLOSED.value) & (Complaint.deadline < _today),
        literal("1"),
    ),
    else_=literal("0"),
)
_complaint_owner = aliased(User)

COMPLAINTS = ListSpec(
    name="complaints",
    columns=(
        ListColumn(
            "received_at",
            QT_TRANSLATE_NOOP("Lists", "Received"),
            Complaint.received_at,
            Kind.DATETIME,
        ),
        ListColumn(
            "state",
            QT_TRANSLATE_NOOP("Lists", "State"),
            Complaint.state,
            Kind.ENUM,
            ComplaintState,
        ),
        ListColumn(
            "severity",
            QT_TRANSLATE_NOOP("Lists", "Severity"),
            Complaint.severity,
            Kind.ENUM,
            ComplaintSeverity,
        ),
        ListColumn(
            "deadline", QT_TRANSLATE_NOOP("Lists", "Deadline"), Complaint.deadline, Kind.DATE
        ),
        _hospital_column(),
        ListColumn("unit", QT_TRANSLATE_NOOP("Lists", "Equipment"), _unit, searchable=True),
        ListColumn(
            "category",
            QT_TRANSLATE_NOOP("Lists", "Nature"),
            Complaint.category,
            Kind.ENUM,
            ComplaintCategory,
        ),
        ListColumn(
            "owner",
            QT_TRANSLATE_NOOP("Lists", "Owner"),
            func.coalesce(_complaint_owner.display_name, Complaint.owner_login),
            searchable=True,
        ),
        ListColumn(
            "source",
            QT_TRANSLATE_NOOP("Lists", "Received by"),
            Complaint.source,
            Kind.ENUM,
            ComplaintSource,
        ),
        ListColumn(
            "complainant",
            QT_TRANSLATE_NOOP("Lists", "Complainant"),
            Complaint.complainant,
            searchable=True,
        ),
        ListColumn(
            "matter", QT_TRANSLATE_NOOP("Lists", "Matter"), Complaint.matter, searchable=True
        ),
    ),
    id_expr=Complaint.id,
    base=select()
    .select_from(Complaint)
    .join(Customer, Customer.id == Complaint.customer_id)
    .outerjoin(Equipment, Equipment.id == Complaint.equipment_id)
    .outerjoin(EquipmentModel, EquipmentModel.id == Equipment.model_id)
    .outerjoin(_complaint_owner, _complaint_owner.login == Complaint.owner_login)
    .where(Complaint.deleted_at.is_(None)),
    default_sort="received_at",
    default_descending=True,
    scopes={"overdue": OVERDUE, "equipment_id": Complaint.equipment_id},
)

UNIT_CALLS = replace(
    HOTLINE_CALLS, scopes={**HOTLINE_CALLS.scopes, "equipment_id": HotlineCall.equipment_id}
)


def complaints_for(user: ActingUser) -> ListSpec:
    """The register as `user` may read it: all of it for the service manager and
    quality control, else the complaints they own or recorded."""
    if may_read_all(user.role):
        return COMPLAINTS
    mine = or_(Complaint.owner_login == user.login, Complaint.recorded_by == user.login)
    return replace(COMPLAINTS, base=COMPLAINTS.base.where(mine))


def hospital_and_unit(
    session: Session, customer_id: str, equipment_id: str | None, english: bool = False
) -> tuple[str, str]:
    """The hospital's name (its English one for English screens, when stored) and the
    unit as "maker model · serial"."""
    names = session.execute(
        select(Customer.name_zh, Customer.name_en).where(Customer.id == customer_id)
    ).first()
    hospital = (names[1] or names[0] if english else names[0]) if names else ""
    unit = ""
    if equipment_id:
        unit = (
            session.scalar(
                select(_unit_name + literal(" · ") + Equipment.serial_number)
                .select_from(Equipment)
                .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
                .where(Equipment.id == equipment_id)
            )
            or ""
        )
    return hospital, unit


def unit_counts(store: Store, equipment_id: str) -> tuple[int, int, int]:
    """(hotline calls, complaints, open complaints) about one unit, for its history."""
    with store.reading() as session:
        calls = session.scalar(
            select(func.count())
            .select_from(HotlineCall)
            .where(HotlineCall.equipment_id == equipment_id, HotlineCall.deleted_at.is_(None))
        )
        states = session.scalars(
            select(Complaint.state).where(
                Complaint.equipment_id == equipment_id, Complaint.deleted_at.is_(None)
            )
        ).all()
    return calls or 0, len(states), sum(1 for s in states if ComplaintState(s).is_open)
