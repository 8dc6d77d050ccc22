"""Saving and soft-deleting synced records: the steps every record kind shares."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import SyncedMixin, utcnow
from app.db.models import WorkOrder
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError
from app.services.store import Store

R = TypeVar("R", bound=SyncedMixin)


class RecordGone(Exception):
    """The record was deleted (here or by sync) while a form had it open."""


def live(session: Session, model: type[R], record_id: str) -> R:
    """The record, unless it is missing or soft-deleted."""
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise RecordGone(record_id)
    return record


def check(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def upsert(
    session: Session, store: Store, model: type[R], record_id: str | None, values: dict[str, Any]
) -> R:
    """Creates or updates a record with `values`, stamping who changed it."""
    if record_id is None:
        record = model(**values)
        session.add(record)
    else:
        record = live(session, model, record_id)
        for name, value in values.items():
            if getattr(record, name) != value:
                setattr(record, name, value)
    record.updated_by = store.user_login
    session.flush()
    return record


def soft_delete(store: Store, model: type[SyncedMixin], record_id: str) -> None:
    """Marks the record deleted (a tombstone that syncs), never removing the row."""
    with store.session() as session:
        record = live(session, model, record_id)
        record.deleted_at = utcnow()
        record.updated_by = store.user_login


def refuse_if_used(session: Session, query: Any, message: str) -> None:
    """Raises a ValidationError on field '' when `query` (a count) is above zero."""
    count = session.scalar(select(func.count()).select_from(query.subquery()))
    if count:
        raise ValidationError([FieldError("", message)])


IN_USE_UNITS = QT_TRANSLATE_NOOP(
    "Validation", "Equipment still stands here; move or delete it first."
)


READ_ONLY = QT_TRANSLATE_NOOP("Validation", "This work order is closed; its records are read-only.")


def read_only_reason(store: Store, work_order_id: str) -> str | None:
    """Why the work order's records cannot be changed now (source text, context
    "Validation"), so a screen can disable its actions with the reason; None when they can."""
    with store.reading() as session:
        try:
            editable_order(session, work_order_id)
        except ValidationError as refused:
            return refused.errors[0].message
    return None


def editable_order(session: Session, work_order_id: str) -> WorkOrder:
    """The work order, unless it is closed or cancelled: then its records are read-only,
    except while an amendment of its signed record is open (that is what it is for)."""
    from app.domain.workflow import TERMINAL
    from app.services.signing.record_lock import open_amendment_of

    order = live(session, WorkOrder, work_order_id)
    if order.state in TERMINAL and open_amendment_of(session, work_order_id) is None:
        raise ValidationError([FieldError("", READ_ONLY)])
    return order
