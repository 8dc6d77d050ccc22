"""Moving a work order through its workflow: check the rules, stamp the time, log it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun, RepairRecord, WorkOrderEvent
from app.db.models import WorkOrder
from app.db.signing import Signature
from app.domain import workflow
from app.domain.awaited_parts import AwaitedPartDraft
from app.domain.conclusions import CUSTOMER_MEANINGS
from app.domain.enums import RunState, TrialRunResult, UserRole, WorkOrderState, WorkOrderType
from app.domain.records import FieldError, ValidationError
from app.services.records import live
from app.services.store import Store
from app.services.work_orders import awaited_parts

FOLLOW_UP_TYPES = (WorkOrderType.REPAIR, WorkOrderType.PREVENTIVE_MAINTENANCE)


@dataclass(frozen=True)
class StepOption:
    """A next state the UI can offer, with the reasons it is not possible yet."""

    target: WorkOrderState
    refusals: list[str]


@dataclass(frozen=True)
class EventRow:
    at: datetime
    from_state: WorkOrderState
    to_state: WorkOrderState
    by_login: str
    reason: str


def facts(session: Session, order: WorkOrder) -> workflow.WorkOrderFacts:
    record = session.scalar(
        select(RepairRecord).where(
            RepairRecord.work_order_id == order.id, RepairRecord.deleted_at.is_(None)
        )
    )
    runs = session.execute(
        select(ChecklistRun.state, func.count())
        .where(ChecklistRun.work_order_id == order.id, ChecklistRun.deleted_at.is_(None))
        .group_by(ChecklistRun.state)
    ).all()
    by_state: dict[RunState, int] = dict(runs)  # type: ignore[arg-type]
    return workflow.WorkOrderFacts(
        type=order.type,
        state=order.state,
        trial_run_result=record.trial_run_result if record else TrialRunResult.NOT_RUN,
        repair_actions_recorded=bool(record and record.actions.strip() and record.cause.strip()),
        checklist_runs=sum(by_state.values()),
        checklist_runs_completed=by_state.get(RunState.COMPLETED, 0),
        customer_signed=(
            session.scalar(
                select(func.count())
                .select_from(Signature)
                .where(
                    Signature.work_order_id == order.id,
                    Signature.deleted_at.is_(None),
                    Signature.meaning.in_(CUSTOMER_MEANINGS),
                )
            )
            or 0
        )
        > 0,
        parts_awaited=awaited_parts.open_count(session, order.id),
    )


def options(store: Store, work_order_id: str, role: UserRole) -> list[StepOption]:
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        # The reason and the awaited parts are asked for when the step is taken.
        known = replace(facts(session, order), parts_awaited=1)
        return [
            StepOption(target, workflow.refusals(known, target, role, reason="-"))
            for target in workflow.targets(order.type, order.state)
        ]


def move(
    store: Store,
    work_order_id: str,
    target: WorkOrderState,
    role: UserRole,
    reason: str = "",
    at: datetime | None = None,
    follow_up_days: int | None = None,
    awaited: Sequence[AwaitedPartDraft] = (),
) -> None:
    """Takes one workflow step, or raises ValidationError with every reason it may not.

    The step into "awaiting parts" names the parts (`awaited`); the step out of it
    marks them received. Completing a repair or maintenance schedules its follow-up
    call `follow_up_days` later (the office's setting; 10 when not given)."""
    when = at or utcnow()
    if target is WorkOrderState.AWAITING_PARTS:
        awaited_parts.check_drafts(awaited)
    with store.session() as session:
        order = live(session, WorkOrder, work_order_id)
        if target is WorkOrderState.AWAITING_PARTS and awaited:
            awaited_parts.add(session, order.id, awaited, store.user_login)
        problems = workflow.refusals(facts(session, order), target, role, reason)
        if problems:
            raise ValidationError([FieldError("state", p) for p in problems])
        source = order.state
        if source is WorkOrderState.AWAITING_PARTS:
            awaited_parts.mark_received(session, order.id, when, store.user_login)
        order.state = target
        stamp = workflow.STAMPS.get(target)
        first_start = target is WorkOrderState.IN_PROGRESS and order.started_at is None
        if stamp and (target is not WorkOrderState.IN_PROGRESS or first_start):
            setattr(order, stamp, when)
        if target is WorkOrderState.CANCELLED:
            order.cancel_reason = reason.strip()
        order.updated_by = store.user_login
        session.add(
            WorkOrderEvent(
                work_order_id=order.id,
                from_state=source,
                to_state=target,
                at=when,
                by_login=store.user_login,
                reason=reason.strip(),
                updated_by=store.user_login,
            )
        )
        if target is WorkOrderState.COMPLETED and order.type in FOLLOW_UP_TYPES:
            from app.services.work_orders.follow_ups import DEFAULT_DAYS, schedule_follow_up

            session.flush()
            schedule_follow_up(session, store, order.id, when, follow_up_days or DEFAULT_DAYS)


def events(store: Store, work_order_id: str) -> list[EventRow]:
    with store.reading() as session:
        rows = session.scalars(
            select(WorkOrderEvent)
            .where(WorkOrderEvent.work_order_id == work_order_id)
            .order_by(WorkOrderEvent.at)
        )
        return [EventRow(e.at, e.from_state, e.to_state, e.by_login, e.reason) for e in rows]
