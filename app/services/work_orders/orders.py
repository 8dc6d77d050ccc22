"""Creating, editing and deleting work orders."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Equipment, User, WorkOrder, WorkOrderAssignment
from app.domain.enums import UserRole
from app.domain.records import WorkOrderDraft
from app.services.device import issue_work_order_number
from app.services.records import check, live, soft_delete, upsert
from app.services.store import Store

_FIELD_ROLES = (UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN)


@dataclass(frozen=True)
class SavedWorkOrder:
    id: str
    number: str


def save_work_order(
    store: Store, work_order_id: str | None, draft: WorkOrderDraft
) -> SavedWorkOrder:
    """Creates (with a new number from this device) or updates a work order."""
    with store.session() as session:
        return write_work_order(session, store, work_order_id, draft)


def write_work_order(
    session: Session, store: Store, work_order_id: str | None, draft: WorkOrderDraft
) -> SavedWorkOrder:
    """save_work_order's step inside the caller's unit of work (nothing is committed
    here), so a use case that also does other things commits them all at once."""
    draft.description = draft.description.strip()
    check(draft.validate(utcnow()))
    assert draft.reported_at is not None  # validate() guarantees it
    live(session, Equipment, draft.equipment_id)
    values = {
        "type": draft.type,
        "priority": draft.priority,
        "equipment_id": draft.equipment_id,
        "description": draft.description,
        "reported_at": draft.reported_at,
    }
    if work_order_id is None:
        values["state"] = draft.state
        values["number"] = issue_work_order_number(session, draft.reported_at)
    order = upsert(session, store, WorkOrder, work_order_id, values)
    _assign(session, store, order.id, draft.engineer_ids)
    return SavedWorkOrder(order.id, order.number)


def _assign(session: Session, store: Store, work_order_id: str, user_ids: list[str]) -> None:
    current = {
        a.user_id: a
        for a in session.scalars(
            select(WorkOrderAssignment).where(
                WorkOrderAssignment.work_order_id == work_order_id,
                WorkOrderAssignment.deleted_at.is_(None),
            )
        )
    }
    for user_id, assignment in current.items():
        if user_id not in user_ids:
            assignment.deleted_at = utcnow()
            assignment.updated_by = store.user_login
    for user_id in user_ids:
        if user_id not in current:
            live(session, User, user_id)
            session.add(
                WorkOrderAssignment(
                    work_order_id=work_order_id, user_id=user_id, updated_by=store.user_login
                )
            )


def load_work_order(store: Store, work_order_id: str) -> tuple[str, WorkOrderDraft]:
    """(number, draft) of a work order."""
    with store.reading() as session:
        w = live(session, WorkOrder, work_order_id)
        engineers = session.scalars(
            select(WorkOrderAssignment.user_id).where(
                WorkOrderAssignment.work_order_id == work_order_id,
                WorkOrderAssignment.deleted_at.is_(None),
            )
        ).all()
        draft = WorkOrderDraft(
            type=w.type,
            priority=w.priority,
            state=w.state,
            equipment_id=w.equipment_id,
            description=w.description,
            reported_at=w.reported_at,
            engineer_ids=list(engineers),
        )
        return w.number, draft


def delete_work_order(store: Store, work_order_id: str) -> None:
    soft_delete(store, WorkOrder, work_order_id)


def engineer_choices(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the people who can be sent to site."""
    with store.reading() as session:
        rows = session.execute(
            select(User.id, User.display_name)
            .where(User.deleted_at.is_(None), User.role.in_(_FIELD_ROLES))
            .order_by(User.display_name)
        )
        return [(r[0], r[1]) for r in rows]


def count_work_orders(store: Store) -> int:
    with store.reading() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(WorkOrder).where(WorkOrder.deleted_at.is_(None))
            )
            or 0
        )
