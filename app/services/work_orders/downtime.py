"""A repair's customer downtime, as the engineer records it on the work order: the cause
(a failure unless the hospital caused it, with what it did) and the periods spent
waiting for the hospital — started with "Waiting for the customer…", ended with
"Customer ready", times correctable afterwards. Rules: app/domain/customer_downtime.py;
uptime reads the rows through app/services/kpis/facts.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.downtime import CustomerWait, RepairDowntimeCause
from app.db.models import User, WorkOrder, WorkOrderAssignment
from app.domain import customer_downtime as rules
from app.domain import local_time
from app.domain.enums import WorkOrderType
from app.domain.records import FieldError, ValidationError
from app.domain.uptime import DowntimeCause
from app.services import audit
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.store import Store


@dataclass(frozen=True)
class Wait:
    id: str
    started_at: datetime
    ended_at: datetime | None  # None: still waiting
    reason: str
    by_login: str

    @property
    def hours(self) -> float | None:
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds() / 3600


@dataclass(frozen=True)
class Downtime:
    """What the window and the report show of a repair's customer downtime."""

    cause: DowntimeCause
    reason: str  # what the customer did (customer-caused only)
    waits: list[Wait]  # oldest first
    may_record: bool  # the acting user may change it

    @property
    def waiting(self) -> Wait | None:
        """The period still open, if the repair waits for the customer now."""
        return next((w for w in self.waits if w.ended_at is None), None)


def read(session: Session, work_order_id: str) -> tuple[DowntimeCause, str, list[Wait]]:
    """The cause, its reason and the waiting periods (for the report builder too)."""
    found = session.scalar(
        select(RepairDowntimeCause).where(
            RepairDowntimeCause.work_order_id == work_order_id,
            RepairDowntimeCause.deleted_at.is_(None),
        )
    )
    waits = [
        Wait(w.id, w.started_at, w.ended_at, w.reason, w.by_login)
        for w in session.scalars(
            select(CustomerWait)
            .where(CustomerWait.work_order_id == work_order_id, CustomerWait.deleted_at.is_(None))
            .order_by(CustomerWait.started_at, CustomerWait.id)
        )
    ]
    if found is None:
        return DowntimeCause.FAILURE, "", waits
    return found.cause, found.reason, waits


def downtime(store: Store, work_order_id: str) -> Downtime:
    with store.reading() as session:
        cause, reason, waits = read(session, work_order_id)
    return Downtime(cause, reason, waits, may_record(store, work_order_id))


def history(store: Store, work_order_id: str) -> list[audit.HistoryRow]:
    """Every audited change of the repair's cause and waiting periods (deleted periods
    too), each waiting period's fields named by when it started, newest first."""
    with store.reading() as session:
        causes = session.scalars(
            select(RepairDowntimeCause.id).where(RepairDowntimeCause.work_order_id == work_order_id)
        ).all()
        waits = session.execute(
            select(CustomerWait.id, CustomerWait.started_at).where(
                CustomerWait.work_order_id == work_order_id
            )
        ).all()
    rows = [row for cause_id in causes for row in audit.history(store, "downtime_cause", cause_id)]
    for wait_id, started in waits:
        name = local_time.local(started).strftime("%Y-%m-%d %H:%M")
        rows += [
            replace(row, field=f"{name} · {row.field}")
            for row in audit.history(store, "customer_wait", wait_id)
        ]
    return sorted(rows, key=lambda row: row.seq, reverse=True)


def may_record(store: Store, work_order_id: str) -> bool:
    """Whether the acting user may record this repair's downtime."""
    try:
        _check(store, work_order_id)
    except ValidationError:
        return False
    return True


def set_cause(store: Store, work_order_id: str, cause: DowntimeCause, reason: str = "") -> None:
    """The repair's downtime cause; back to a failure drops the customer's reason."""
    _check(store, work_order_id)
    reason = reason.strip() if cause is DowntimeCause.CUSTOMER_CAUSED else ""
    rules.check_cause(cause, reason)
    with store.session() as session:
        found = session.scalar(
            select(RepairDowntimeCause).where(RepairDowntimeCause.work_order_id == work_order_id)
        )
        if found is None:
            if cause is DowntimeCause.FAILURE:
                return  # no row: a failure
            found = RepairDowntimeCause(work_order_id=work_order_id, cause=cause)
            session.add(found)
        found.deleted_at = None
        found.cause, found.reason = cause, reason
        found.by_login = found.updated_by = store.user_login


def start_waiting(
    store: Store,
    work_order_id: str,
    reason: str,
    at: datetime | None = None,
    ended_at: datetime | None = None,
) -> str:
    """Starts a waiting period (now, unless `at` says when it began); one entered
    afterwards may say when it ended too."""
    _check(store, work_order_id)
    return _save(store, work_order_id, None, at or utcnow(), ended_at, reason)


def customer_ready(store: Store, work_order_id: str, at: datetime | None = None) -> None:
    """Ends the open waiting period (now, unless `at` says when the customer was ready)."""
    _check(store, work_order_id)
    with store.reading() as session:
        _cause, _reason, waits = read(session, work_order_id)
    open_wait = next((w for w in waits if w.ended_at is None), None)
    if open_wait is None:
        raise ValidationError([FieldError("", rules.M_NOT_WAITING)])
    _save(
        store, work_order_id, open_wait.id, open_wait.started_at, at or utcnow(), open_wait.reason
    )


def edit_wait(
    store: Store,
    wait_id: str,
    started_at: datetime,
    ended_at: datetime | None,
    reason: str,
) -> None:
    """Corrects a waiting period's times or reason."""
    with store.reading() as session:
        work_order_id = live(session, CustomerWait, wait_id).work_order_id
    _check(store, work_order_id)
    _save(store, work_order_id, wait_id, started_at, ended_at, reason)


def delete_wait(store: Store, wait_id: str) -> None:
    """Removes a period entered by mistake (a tombstone, kept in the history)."""
    with store.reading() as session:
        work_order_id = live(session, CustomerWait, wait_id).work_order_id
    _check(store, work_order_id)
    with store.session() as session:
        wait = live(session, CustomerWait, wait_id)
        wait.deleted_at = utcnow()
        wait.updated_by = store.user_login


def _save(
    store: Store,
    work_order_id: str,
    wait_id: str | None,
    started_at: datetime,
    ended_at: datetime | None,
    reason: str,
) -> str:
    started_at = started_at.astimezone(UTC).replace(microsecond=0)
    ended_at = None if ended_at is None else ended_at.astimezone(UTC).replace(microsecond=0)
    reason = reason.strip()
    with store.session() as session:
        order = live(session, WorkOrder, work_order_id)
        _c, _r, waits = read(session, work_order_id)
        others = [rules.WaitPeriod(w.id, w.started_at, w.ended_at) for w in waits]
        rules.check_wait(
            rules.WaitPeriod(wait_id or "", started_at, ended_at),
            reason,
            order.reported_at,
            utcnow(),
            others,
        )
        if wait_id is None:
            wait = CustomerWait(work_order_id=work_order_id, started_at=started_at)
            wait.by_login = store.user_login
            session.add(wait)
        else:
            wait = live(session, CustomerWait, wait_id)
        wait.started_at, wait.ended_at, wait.reason = started_at, ended_at, reason
        wait.updated_by = store.user_login
        session.flush()
        return wait.id


def _check(store: Store, work_order_id: str) -> None:
    user = acting_user(store)
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        kind = WorkOrderType(order.type)
        assigned = (
            session.scalar(
                select(WorkOrderAssignment.id)
                .join(User, User.id == WorkOrderAssignment.user_id)
                .where(
                    WorkOrderAssignment.work_order_id == work_order_id,
                    WorkOrderAssignment.deleted_at.is_(None),
                    User.login == store.user_login,
                )
            )
            is not None
        )
    rules.check_recorder(user.role, assigned, kind)
