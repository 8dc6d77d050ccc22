"""The workflow rules, exhaustively: every (type, from, to, role) combination."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.domain import workflow
from app.domain.enums import TrialRunResult, UserRole, WorkOrderState, WorkOrderType
from app.domain.kpis import WorkOrderTimes, clinical_hours_lost, service_times

S, T, R = WorkOrderState, WorkOrderType, UserRole
NOT_POSSIBLE = "This step is not possible from the current state."
NOT_YOUR_ROLE = "Your role may not take this step."

# What makes every guard pass, so only path and role are left to judge.
READY = {
    "trial_run_result": TrialRunResult.PASSED,
    "repair_actions_recorded": True,
    "checklist_runs": 1,
    "checklist_runs_completed": 1,
    "customer_signed": True,
    "parts_awaited": 1,
}

REPAIR_PATH = [
    S.REPORTED, S.ACKNOWLEDGED, S.TRAVELLING, S.ON_SITE, S.IN_PROGRESS,
    S.TRIAL_RUN, S.COMPLETED, S.CUSTOMER_SIGNED, S.CLOSED,
]  # fmt: skip


def facts(kind: WorkOrderType, state: WorkOrderState, **over: object) -> workflow.WorkOrderFacts:
    values = {**READY, **over}
    return workflow.WorkOrderFacts(kind, state, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(T))
def test_every_pair_of_states_for_every_role(kind: WorkOrderType) -> None:
    steps = workflow.transitions(kind)
    for source in S:
        for target in S:
            for role in R:
                problems = workflow.refusals(facts(kind, source), target, role, reason="why")
                allowed = steps.get((source, target))
                if allowed is None:
                    assert problems == [NOT_POSSIBLE], (kind, source, target)
                elif role in allowed:
                    assert problems == [], (kind, source, target, role)
                else:
                    assert problems == [NOT_YOUR_ROLE], (kind, source, target, role)


def test_a_repair_walks_the_whole_path() -> None:
    for source, target in zip(REPAIR_PATH, REPAIR_PATH[1:], strict=False):
        role = R.SERVICE_MANAGER if target is S.CLOSED else R.REPAIR_TECHNICIAN
        assert workflow.refusals(facts(T.REPAIR, source), target, role) == []
    assert workflow.targets(T.REPAIR, S.IN_PROGRESS) == [
        S.AWAITING_PARTS, S.TRIAL_RUN, S.CANCELLED,
    ]  # fmt: skip


@pytest.mark.parametrize("kind", list(T))
def test_customer_signed_needs_the_customers_signature(kind: WorkOrderType) -> None:
    """The step names a signature: without it no role may take it."""
    unsigned = facts(kind, S.COMPLETED, customer_signed=False)
    for role in (R.ENGINEER, R.SERVICE_MANAGER):
        assert workflow.refusals(unsigned, S.CUSTOMER_SIGNED, role) == [
            "The customer has not signed yet: hand the laptop over for signing first."
        ]
    assert workflow.refusals(facts(kind, S.COMPLETED), S.CUSTOMER_SIGNED, R.ENGINEER) == []


def test_terminal_states_lead_nowhere_but_reopening() -> None:
    assert workflow.targets(T.REPAIR, S.CANCELLED) == []
    assert workflow.targets(T.REPAIR, S.CLOSED) == [S.IN_PROGRESS]


def test_a_repair_cannot_skip_its_trial_run() -> None:
    assert workflow.refusals(facts(T.REPAIR, S.IN_PROGRESS), S.COMPLETED, R.ENGINEER) == [
        NOT_POSSIBLE
    ]
    failed = facts(T.REPAIR, S.TRIAL_RUN, trial_run_result=TrialRunResult.FAILED)
    assert workflow.refusals(failed, S.COMPLETED, R.ENGINEER) == [
        "A repair is complete only after a passed trial run."
    ]
    not_run = facts(T.REPAIR, S.TRIAL_RUN, trial_run_result=TrialRunResult.NOT_RUN)
    assert workflow.refusals(not_run, S.COMPLETED, R.ENGINEER) != []
    assert workflow.refusals(failed, S.IN_PROGRESS, R.ENGINEER) == []  # back to work


def test_a_trial_run_needs_the_repair_actions() -> None:
    bare = facts(T.REPAIR, S.IN_PROGRESS, repair_actions_recorded=False)
    assert workflow.refusals(bare, S.TRIAL_RUN, R.ENGINEER) == [
        "Record the cause and the actions taken first."
    ]


@pytest.mark.parametrize("kind", sorted(workflow.CHECKLIST_TYPES))
def test_checklist_work_needs_finished_checklists(kind: WorkOrderType) -> None:
    none = facts(kind, S.IN_PROGRESS, checklist_runs=0, checklist_runs_completed=0)
    assert workflow.refusals(none, S.COMPLETED, R.ENGINEER) == ["Fill in the checklist first."]
    half = facts(kind, S.IN_PROGRESS, checklist_runs=2, checklist_runs_completed=1)
    assert workflow.refusals(half, S.COMPLETED, R.ENGINEER) == ["Finish every checklist first."]


def test_training_and_upgrade_need_no_checklist() -> None:
    for kind in (T.TRAINING, T.UPGRADE):
        bare = facts(kind, S.IN_PROGRESS, checklist_runs=0, checklist_runs_completed=0)
        assert workflow.refusals(bare, S.COMPLETED, R.ENGINEER) == []


def test_cancelling_and_reopening_need_a_reason_and_the_manager() -> None:
    state = facts(T.INSPECTION, S.ON_SITE)
    assert workflow.refusals(state, S.CANCELLED, R.SERVICE_MANAGER) == [
        "Give a reason for this step."
    ]
    assert workflow.refusals(state, S.CANCELLED, R.SERVICE_MANAGER, "customer postponed") == []
    assert workflow.refusals(state, S.CANCELLED, R.ENGINEER, "x") == [NOT_YOUR_ROLE]
    done = facts(T.REPAIR, S.CLOSED)
    assert workflow.refusals(done, S.IN_PROGRESS, R.SERVICE_MANAGER, "customer unhappy") == []
    assert workflow.refusals(done, S.IN_PROGRESS, R.ENGINEER, "x") == [NOT_YOUR_ROLE]


def test_every_entered_state_has_a_stamp() -> None:
    assert set(workflow.STAMPS) == set(S) - {S.REPORTED, S.AWAITING_PARTS}


T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def test_service_times() -> None:
    times = service_times(
        WorkOrderTimes(
            reported_at=T0,
            acknowledged_at=T0 + timedelta(minutes=20),
            arrived_at=T0 + timedelta(hours=3),
            started_at=T0 + timedelta(hours=3, minutes=10),
            finished_at=T0 + timedelta(hours=7),
            back_in_use_at=T0 + timedelta(hours=8),
        )
    )
    assert times.response == timedelta(minutes=20)
    assert times.time_to_site == timedelta(hours=3)
    assert times.on_site == timedelta(hours=4)
    assert times.repair == timedelta(hours=3, minutes=50)
    assert times.downtime == timedelta(hours=8)
    assert service_times(WorkOrderTimes(reported_at=T0)).downtime is None


def test_clinical_hours_lost_counts_only_scheduled_sessions() -> None:
    beijing = timezone(timedelta(hours=8))
    week = [10.0, 10.0, 10.0, 10.0, 10.0, 4.0, 0.0]
    monday_9 = datetime(2026, 3, 2, 9, 0, tzinfo=beijing)  # a Monday
    assert clinical_hours_lost(monday_9, monday_9 + timedelta(hours=2), week, beijing) == 2.0
    # Monday 09:00 → Tuesday 10:00: 9 h Monday (to 18:00) + 2 h Tuesday.
    assert clinical_hours_lost(monday_9, monday_9 + timedelta(hours=25), week, beijing) == 11.0
    saturday = datetime(2026, 3, 7, 0, 0, tzinfo=beijing)
    assert clinical_hours_lost(saturday, saturday + timedelta(days=2), week, beijing) == 4.0
    assert clinical_hours_lost(monday_9, monday_9, week, beijing) == 0.0


def test_what_a_role_could_reach_and_create() -> None:
    """The server's bounds for a concurrent step and a new order (issue 21)."""
    from app.domain.workflow import CREATABLE, needs_reason, reachable

    s, r, t = WorkOrderState, UserRole, WorkOrderType
    engineer_from_site = reachable(t.INSPECTION, s.ON_SITE, r.ENGINEER)
    assert s.CUSTOMER_SIGNED in engineer_from_site and s.CLOSED not in engineer_from_site
    assert reachable(t.INSPECTION, s.CLOSED, r.ENGINEER) == frozenset()
    assert reachable(t.INSPECTION, s.CANCELLED, r.SERVICE_MANAGER) == frozenset()
    assert s.IN_PROGRESS in reachable(t.INSPECTION, s.CLOSED, r.SERVICE_MANAGER)
    assert reachable(t.INSPECTION, s.IN_PROGRESS, r.QUALITY_CONTROL) == frozenset()
    assert CREATABLE[r.ENGINEER] == {s.REPORTED} and CREATABLE[r.SERVICE_MANAGER] == set(s)
    assert needs_reason(s.CLOSED, s.IN_PROGRESS) and needs_reason(s.ON_SITE, s.CANCELLED)
    assert not needs_reason(s.AWAITING_PARTS, s.IN_PROGRESS)


@pytest.mark.parametrize("kind", list(T))
def test_only_work_that_can_need_parts_waits_for_them(kind: WorkOrderType) -> None:
    """An inspection opens a repair for what it finds, an acceptance test that fails is
    a repair too, training needs no parts: none of them offers "awaiting parts"."""
    offered = S.AWAITING_PARTS in workflow.targets(kind, S.IN_PROGRESS)
    assert offered is (kind in workflow.PARTS_TYPES)
    assert offered is (kind not in (T.INSPECTION, T.ACCEPTANCE, T.TRAINING))
    problems = workflow.refusals(facts(kind, S.IN_PROGRESS), S.AWAITING_PARTS, R.ENGINEER)
    assert problems == ([] if offered else [NOT_POSSIBLE])
    assert (S.AWAITING_PARTS in workflow.reachable(kind, S.ON_SITE, R.ENGINEER)) is offered


def test_awaiting_parts_names_the_part() -> None:
    """The step says which part the work waits for: without a line naming it, refused."""
    waiting = facts(T.REPAIR, S.IN_PROGRESS, parts_awaited=0)
    assert workflow.refusals(waiting, S.AWAITING_PARTS, R.ENGINEER) == [
        "Name the awaited part, its order and the expected date first."
    ]
