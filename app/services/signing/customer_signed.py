"""After the customer signs: a completed job moves on to "signed by customer"."""

from __future__ import annotations

from app.db.models import WorkOrder
from app.domain.enums import WorkOrderState
from app.domain.records import ValidationError
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.store import Store
from app.services.work_orders import workflow


def mark_customer_signed(store: Store, work_order_id: str) -> bool:
    """True when the order took the step. It stays where it is when it is not
    completed, or when the acting user's role may not take the step: the signatures
    are stored anyway."""
    with store.reading() as session:
        state = live(session, WorkOrder, work_order_id).state
    if state is not WorkOrderState.COMPLETED:
        return False
    try:
        workflow.move(store, work_order_id, WorkOrderState.CUSTOMER_SIGNED, acting_user(store).role)
    except ValidationError:
        return False
    return True
