"""Entering a job's expenses by hand, and keeping engineers' hourly rates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db.base import utcnow
from app.db.costs import CostEntry, EngineerRate
from app.db.models import User, WorkOrderAssignment
from app.domain import costs as rules
from app.domain.enums import CostCategory, CostKind
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.store import Store


def _assigned(store: Store, work_order_id: str) -> bool:
    with store.reading() as session:
        found = session.scalar(
            select(WorkOrderAssignment.id)
            .join(User, User.id == WorkOrderAssignment.user_id)
            .where(
                WorkOrderAssignment.work_order_id == work_order_id,
                WorkOrderAssignment.deleted_at.is_(None),
                User.login == store.user_login,
            )
        )
    return found is not None


def may_enter(store: Store, work_order_id: str) -> bool:
    """Whether the acting user may enter costs on this job."""
    try:
        rules.check_entry_author(acting_user(store).role, _assigned(store, work_order_id))
    except rules.CostRefusal:
        return False
    return True


def add_entry(
    store: Store,
    work_order_id: str,
    kind: CostKind,
    amount: float,
    incurred_on: date,
    description: str = "",
    category: CostCategory | None = None,
) -> str:
    """A hand-entered cost on a job; its department is the person's (by role)."""
    user = acting_user(store)
    rules.check_entry_author(user.role, _assigned(store, work_order_id))
    rules.check_entry(kind, amount)
    with store.session() as session:
        entry = CostEntry(
            work_order_id=work_order_id,
            kind=kind,
            category=category or rules.DEFAULT_CATEGORY[kind],
            department=rules.department_of(user.role),
            amount=round(amount, 2),
            incurred_on=incurred_on,
            description=description.strip(),
            by_login=store.user_login,
            updated_by=store.user_login,
        )
        session.add(entry)
        session.flush()
        return entry.id


def delete_entry(store: Store, entry_id: str) -> None:
    """Removes a hand-entered line (a tombstone, kept in the history)."""
    user = acting_user(store)
    with store.session() as session:
        entry = live(session, CostEntry, entry_id)
        own = entry.by_login == store.user_login
        rules.check_entry_author(user.role, own)
        entry.deleted_at = utcnow()
        entry.updated_by = store.user_login


def set_rate(store: Store, user_id: str, hourly_rate: float, valid_from: date) -> str:
    """A new rate for an engineer from a day on (earlier jobs keep the earlier rate)."""
    rules.check_budget_keeper(acting_user(store).role)
    rules.check_rate(hourly_rate)
    with store.session() as session:
        live(session, User, user_id)
        rate = EngineerRate(
            user_id=user_id,
            valid_from=valid_from,
            hourly_rate=round(hourly_rate, 2),
            updated_by=store.user_login,
        )
        session.add(rate)
        session.flush()
        return rate.id
