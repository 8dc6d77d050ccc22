"""The demo's field work: every screen of a work order has something real to show."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from app.db.fieldwork import (
    ChecklistRun,
    ChecklistValue,
    Finding,
    FollowUp,
    PartUsage,
    RepairRecord,
    WorkOrderEvent,
)
from app.db.models import WorkOrder
from app.demo.seed import seed_demo
from app.domain.enums import FollowUpOutcome, TrialRunResult, Verdict, WorkOrderState
from app.services.audit import verify_chain
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store

TODAY = date(2026, 11, 25)


def count(store: Store, query: Select[Any]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def test_demo_field_work(store: Store) -> None:
    seed_demo(store, TODAY)
    passed = select(RepairRecord).where(RepairRecord.trial_run_result == TrialRunResult.PASSED)
    assert count(store, passed) >= 30
    assert count(store, select(PartUsage)) >= 20
    assert count(store, select(Finding).where(Finding.escalated_to_id.is_not(None))) >= 2
    open_calls = select(FollowUp).where(FollowUp.outcome == FollowUpOutcome.OPEN)
    done_calls = select(FollowUp).where(FollowUp.outcome == FollowUpOutcome.SATISFIED)
    assert count(store, open_calls) >= 3 and count(store, done_calls) >= 20
    closed = select(WorkOrder).where(WorkOrder.state == WorkOrderState.CLOSED)
    with store.reading() as session:
        order = session.scalars(closed).first()
        assert order is not None
        steps = session.scalars(
            select(WorkOrderEvent.to_state)
            .where(WorkOrderEvent.work_order_id == order.id)
            .order_by(WorkOrderEvent.at)
        ).all()
    assert steps[0] is WorkOrderState.ACKNOWLEDGED and steps[-1] is WorkOrderState.CLOSED
    templates, _ = load_templates()
    with store.reading() as session:
        used = set(session.scalars(select(ChecklistRun.template_id)))
        unexplained = session.scalars(
            select(ChecklistValue).where(
                ChecklistValue.verdict.in_([Verdict.WARNING, Verdict.FAIL]),
                ChecklistValue.comment == "",
            )
        ).all()
        verdicts = set(session.scalars(select(ChecklistValue.verdict)))
    assert used == set(templates)  # every shipped template has finished runs
    assert unexplained == [] and {Verdict.WARNING, Verdict.FAIL} <= verdicts
    assert verify_chain(store) is None  # the demo's changes are in an intact audit trail
    before = count(store, select(RepairRecord))
    seed_demo(store, TODAY)
    assert count(store, select(RepairRecord)) == before
