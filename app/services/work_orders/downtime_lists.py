"""A unit's repairs with the customer's part in their downtime, for its service history:
the repairs the customer caused (and what happened) and those that waited for the
customer (how long, and for what), one row per repair."""

from __future__ import annotations

from sqlalchemy import and_, exists, func, literal, or_, select

from app.db.downtime import CustomerWait, RepairDowntimeCause
from app.db.models import WorkOrder
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.uptime import DowntimeCause
from app.services.lists import Kind, ListColumn, ListSpec

_LIVE_WAIT = and_(CustomerWait.work_order_id == WorkOrder.id, CustomerWait.deleted_at.is_(None))
_HOURS = (func.julianday(CustomerWait.ended_at) - func.julianday(CustomerWait.started_at)) * 24
_waited_hours = (
    select(func.round(func.coalesce(func.sum(_HOURS), 0.0), 1))
    .where(_LIVE_WAIT, CustomerWait.ended_at.is_not(None))
    .scalar_subquery()
)
_waiting_for = (
    select(func.group_concat(CustomerWait.reason, literal("; ")))
    .where(_LIVE_WAIT)
    .scalar_subquery()
)
_customer_caused = and_(
    RepairDowntimeCause.cause == DowntimeCause.CUSTOMER_CAUSED,
    RepairDowntimeCause.deleted_at.is_(None),
)
_cause_reason = func.coalesce(RepairDowntimeCause.reason, "")

UNIT_CUSTOMER_DOWNTIME = ListSpec(
    name="unit_customer_downtime",
    columns=(
        ListColumn(
            "reported_at",
            QT_TRANSLATE_NOOP("Lists", "Reported"),
            WorkOrder.reported_at,
            Kind.DATETIME,
        ),
        ListColumn(
            "number", QT_TRANSLATE_NOOP("Lists", "Number"), WorkOrder.number, searchable=True
        ),
        ListColumn(
            "caused_by_customer",
            QT_TRANSLATE_NOOP("Lists", "Caused by the customer"),
            _cause_reason,
            searchable=True,
        ),
        ListColumn(
            "waited_hours",
            QT_TRANSLATE_NOOP("Lists", "Waited for the customer (h)"),
            _waited_hours,
            Kind.NUMBER,
        ),
        ListColumn(
            "waiting_for",
            QT_TRANSLATE_NOOP("Lists", "Waiting for"),
            func.coalesce(_waiting_for, ""),
            searchable=True,
        ),
    ),
    id_expr=WorkOrder.id,
    base=select()
    .select_from(WorkOrder)
    .outerjoin(
        RepairDowntimeCause,
        and_(RepairDowntimeCause.work_order_id == WorkOrder.id, _customer_caused),
    )
    .where(
        WorkOrder.deleted_at.is_(None),
        or_(RepairDowntimeCause.id.is_not(None), exists().where(_LIVE_WAIT)),
    ),
    default_sort="reported_at",
    default_descending=True,
    scopes={"equipment_id": WorkOrder.equipment_id},
)
