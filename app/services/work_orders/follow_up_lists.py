"""The follow-up list (§4.5) as a ListSpec: calls still to make first, by due date.

Open follow-ups (no outcome yet, or nobody answered) stay above the done ones
whatever column the user sorts by; the default sort is the due date, so the most
overdue call is on top. Whether a call is overdue is worked out by SQLite against
the laptop's local date, so the list is right on the day it is looked at.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, case, func, literal, select

from app.db.fieldwork import FollowUp
from app.db.models import Contact, Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.domain import enums
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.lists import Kind, ListColumn, ListSpec, customer_name_en, with_unit


class DueState(enums.LabelledEnum):
    """How an open follow-up stands against its due date (done ones have none)."""

    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_DUE_LABELS = {
    DueState.OVERDUE: QT_TRANSLATE_NOOP("Enum", "Overdue"),
    DueState.TODAY: QT_TRANSLATE_NOOP("Enum", "Due today"),
    DueState.LATER: QT_TRANSLATE_NOOP("Enum", "Not yet due"),
}

_today = func.date("now", "localtime")
_open = FollowUp.done_at.is_(None)
_due_state = case(
    (~_open, None),
    (FollowUp.due_date < _today, DueState.OVERDUE.value),
    (FollowUp.due_date == _today, DueState.TODAY.value),
    else_=DueState.LATER.value,
)


def _first_contact(*where: ColumnElement[bool]) -> ScalarSelect[str]:
    return (
        select(Contact.name + literal(" ") + Contact.phone)
        .where(*where, Contact.deleted_at.is_(None), Contact.phone != "")
        .order_by(Contact.created_at, Contact.id)
        .limit(1)
        .scalar_subquery()
    )


# Whom to call: someone at the unit's own site first, else the hospital's first contact.
# (Two subqueries, as SQLite cannot sort a subquery by a column of the outer query.)
_contact = func.coalesce(
    _first_contact(Contact.customer_id == Customer.id, Contact.site_id == Site.id),
    _first_contact(Contact.customer_id == Customer.id),
)
_equipment = (
    EquipmentModel.maker
    + literal(" ")
    + EquipmentModel.model
    + literal(" · ")
    + Equipment.serial_number
)

DUE_FOLLOW_UPS = ListSpec(
    name="follow_ups",
    columns=(
        ListColumn("due_date", QT_TRANSLATE_NOOP("Lists", "Due"), FollowUp.due_date, Kind.DATE),
        ListColumn(
            "due_state", QT_TRANSLATE_NOOP("Lists", "Due status"), _due_state, Kind.ENUM, DueState
        ),
        ListColumn(
            "number", QT_TRANSLATE_NOOP("Lists", "Work order"), WorkOrder.number, searchable=True
        ),
        ListColumn(
            "type",
            QT_TRANSLATE_NOOP("Lists", "Type"),
            WorkOrder.type,
            Kind.ENUM,
            enums.WorkOrderType,
        ),
        ListColumn(
            "customer",
            QT_TRANSLATE_NOOP("Lists", "Hospital"),
            Customer.name_zh,
            searchable=True,
            extra_search=(Customer.name_en,),
            expr_en=customer_name_en,
        ),
        ListColumn("unit", QT_TRANSLATE_NOOP("Lists", "Equipment"), _equipment, searchable=True),
        ListColumn("contact", QT_TRANSLATE_NOOP("Lists", "Contact"), _contact, searchable=True),
        ListColumn(
            "outcome",
            QT_TRANSLATE_NOOP("Lists", "Outcome"),
            FollowUp.outcome,
            Kind.ENUM,
            enums.FollowUpOutcome,
        ),
    ),
    id_expr=FollowUp.id,
    base=with_unit(
        select()
        .select_from(FollowUp)
        .join(WorkOrder, WorkOrder.id == FollowUp.work_order_id)
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
    )
    .where(FollowUp.deleted_at.is_(None), WorkOrder.deleted_at.is_(None))
    # fetch_rows appends the user's sort to this one: open calls always come first.
    .order_by(case((_open, 0), else_=1)),
    default_sort="due_date",
    default_descending=False,
    scopes={"equipment_id": WorkOrder.equipment_id, "work_order_id": FollowUp.work_order_id},
)
