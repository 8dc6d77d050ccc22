"""Workflow steps as the work-order window takes them: stamps, events, refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.fieldwork import FollowUp
from app.db.models import WorkOrder
from app.domain.enums import TrialRunResult, UserRole, WorkOrderState, WorkOrderType
from app.domain.field_records import RepairDraft
from app.domain.records import ValidationError
from app.services.store import Store
from app.services.work_orders import field_records, workflow
from tests import factories

S = WorkOrderState
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def order_row(store: Store, work_order_id: str) -> WorkOrder:
    with store.reading() as session:
        row = session.get(WorkOrder, work_order_id)
        assert row is not None
        return row


def walk(store: Store, work_order_id: str, *states: WorkOrderState, start: int = 1) -> None:
    for hours, state in enumerate(states, start=start):
        workflow.move(
            store, work_order_id, state, UserRole.REPAIR_TECHNICIAN, at=T0 + timedelta(hours=hours)
        )


def test_a_repair_from_report_to_completion(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, reported_at=T0)
    walk(store, order.id, S.ACKNOWLEDGED, S.TRAVELLING, S.ON_SITE, S.IN_PROGRESS)
    with pytest.raises(ValidationError) as refused:
        workflow.move(store, order.id, S.TRIAL_RUN, UserRole.ENGINEER)
    assert refused.value.errors[0].message == "Record the cause and the actions taken first."
    assert order_row(store, order.id).state is S.IN_PROGRESS  # nothing changed

    field_records.save_repair(
        store,
        order.id,
        RepairDraft(cause="离子泵控制器故障", actions="更换离子泵控制器", labour_hours=3),
    )
    walk(store, order.id, S.TRIAL_RUN, start=5)
    with pytest.raises(ValidationError):
        workflow.move(store, order.id, S.COMPLETED, UserRole.ENGINEER)
    field_records.save_repair(
        store,
        order.id,
        RepairDraft(
            cause="离子泵控制器故障",
            actions="更换离子泵控制器",
            trial_run_result=TrialRunResult.PASSED,
        ),
    )
    workflow.move(store, order.id, S.COMPLETED, UserRole.ENGINEER, at=T0 + timedelta(hours=9))
    row = order_row(store, order.id)
    assert row.state is S.COMPLETED
    assert row.acknowledged_at == T0 + timedelta(hours=1)
    assert row.arrived_at == T0 + timedelta(hours=3)
    assert row.started_at == T0 + timedelta(hours=4)
    assert row.trial_run_at == T0 + timedelta(hours=5)
    assert row.finished_at == T0 + timedelta(hours=9)
    steps = [(e.from_state, e.to_state) for e in workflow.events(store, order.id)]
    assert steps[0] == (S.REPORTED, S.ACKNOWLEDGED) and steps[-1] == (S.TRIAL_RUN, S.COMPLETED)
    assert len(steps) == 6
    with store.reading() as session:  # §4.5: completing a repair schedules the follow-up
        follow_up = session.scalars(select(FollowUp).where(FollowUp.work_order_id == order.id))
        assert len(follow_up.all()) == 1


def test_cancel_needs_the_manager_and_a_reason_and_is_final(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.INSPECTION)
    with pytest.raises(ValidationError):
        workflow.move(store, order.id, S.CANCELLED, UserRole.ENGINEER, "客户推迟")
    workflow.move(store, order.id, S.CANCELLED, UserRole.SERVICE_MANAGER, "客户推迟")
    row = order_row(store, order.id)
    assert row.cancel_reason == "客户推迟" and row.cancelled_at is not None
    assert workflow.options(store, order.id, UserRole.SERVICE_MANAGER) == []
    with pytest.raises(ValidationError):  # the records of finished work are read-only
        field_records.save_repair(store, order.id, RepairDraft(cause="x"))


def test_options_explain_why_a_step_is_not_possible_yet(store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.PREVENTIVE_MAINTENANCE)
    walk(store, order.id, S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS)
    offered = {o.target: o.refusals for o in workflow.options(store, order.id, UserRole.ENGINEER)}
    assert offered[S.COMPLETED] == ["Fill in the checklist first."]
    assert offered[S.AWAITING_PARTS] == []
    assert offered[S.CANCELLED] == ["Your role may not take this step."]
