"""Work-order workflows: which state may follow which, who may move it, what must be done.

Pure rules: the service gathers the facts (`WorkOrderFacts`) from the database and
asks `refusals()`; an empty list means the step is allowed. Reasons are English
source texts (context "Workflow") for the UI to translate.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.awaited_parts import NO_PART_NAMED
from app.domain.enums import TrialRunResult, UserRole, WorkOrderState, WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP

S = WorkOrderState
T = WorkOrderType
R = UserRole

FIELD = frozenset({R.ENGINEER, R.REPAIR_TECHNICIAN, R.SERVICE_MANAGER})
MANAGER = frozenset({R.SERVICE_MANAGER})
CLOSERS = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})
TERMINAL = frozenset({S.CLOSED, S.CANCELLED})
DONE = frozenset({S.COMPLETED, S.CUSTOMER_SIGNED, S.CLOSED})

# Work whose completion is proven by a trial run (§4.4); installation and upgrades may
# use one, a repair must.
TRIAL_RUN_TYPES = frozenset({T.REPAIR, T.INSTALLATION, T.UPGRADE})
# Work whose completion is its checklists (§3.2, §4.2, §4.3). Every kind of unit has one:
# a TPS its service verification (IAEA TRS-430 / AAPM TG-53), a QA instrument its service
# check. No kind is exempt — a service manager signs off maintenance on what was checked,
# and a TPS handed back without a recalculated reference plan is not verified.
CHECKLIST_TYPES = frozenset(
    {T.INSPECTION, T.PREVENTIVE_MAINTENANCE, T.INSTALLATION, T.COMMISSIONING, T.ACCEPTANCE}
)
# Work that may stop for a part to arrive. An inspection finds faults and opens a repair
# for them, an acceptance test that fails is a repair too, and training needs no parts:
# none of those waits for parts itself (issue 20).
PARTS_TYPES = frozenset(
    {T.REPAIR, T.PREVENTIVE_MAINTENANCE, T.INSTALLATION, T.COMMISSIONING, T.UPGRADE}
)
# Work that repairs a unit out of clinical use: repair time and downtime mean something.
REPAIR_TIME_TYPES = frozenset({T.REPAIR})

NO_CUSTOMER_SIGNATURE = QT_TRANSLATE_NOOP(
    "Workflow", "The customer has not signed yet: hand the laptop over for signing first."
)

# The common path; (source, target) → roles allowed.
_PATH: dict[tuple[S, S], frozenset[R]] = {
    (S.REPORTED, S.ACKNOWLEDGED): FIELD,
    (S.ACKNOWLEDGED, S.TRAVELLING): FIELD,
    (S.ACKNOWLEDGED, S.ON_SITE): FIELD,  # a resident engineer is already there
    (S.TRAVELLING, S.ON_SITE): FIELD,
    (S.ON_SITE, S.IN_PROGRESS): FIELD,
    (S.COMPLETED, S.CUSTOMER_SIGNED): FIELD,
    (S.CUSTOMER_SIGNED, S.CLOSED): CLOSERS,
}
_TRIAL: dict[tuple[S, S], frozenset[R]] = {
    (S.IN_PROGRESS, S.TRIAL_RUN): FIELD,
    (S.TRIAL_RUN, S.IN_PROGRESS): FIELD,  # the trial run failed: back to work
    (S.TRIAL_RUN, S.COMPLETED): FIELD,
}
_PARTS: dict[tuple[S, S], frozenset[R]] = {
    (S.IN_PROGRESS, S.AWAITING_PARTS): FIELD,
    (S.AWAITING_PARTS, S.IN_PROGRESS): FIELD,  # the parts arrived
}
_DIRECT_COMPLETION: dict[tuple[S, S], frozenset[R]] = {(S.IN_PROGRESS, S.COMPLETED): FIELD}
# Reopening finished work (e.g. after a dissatisfied follow-up) is the manager's call.
_REOPEN: dict[tuple[S, S], frozenset[R]] = {(s, S.IN_PROGRESS): MANAGER for s in DONE}

# The states a role may create a work order in: a new job is reported; the office may
# also enter work done before Beamside (or on paper) in whatever state it reached.
CREATABLE: dict[R, frozenset[S]] = {role: frozenset({S.REPORTED}) for role in R}
CREATABLE[R.SERVICE_MANAGER] = frozenset(S)

# Which timestamp each state stamps when entered (first entry only for in_progress).
STAMPS: dict[S, str] = {
    S.ACKNOWLEDGED: "acknowledged_at",
    S.TRAVELLING: "travelling_at",
    S.ON_SITE: "arrived_at",
    S.IN_PROGRESS: "started_at",
    S.TRIAL_RUN: "trial_run_at",
    S.COMPLETED: "finished_at",
    S.CUSTOMER_SIGNED: "signed_at",
    S.CLOSED: "closed_at",
    S.CANCELLED: "cancelled_at",
}


# The order in which the stamps of one work order's life follow each other.
STAMP_ORDER = (
    "reported_at",
    "acknowledged_at",
    "travelling_at",
    "arrived_at",
    "started_at",
    "trial_run_at",
    "finished_at",
    "signed_at",
    "closed_at",
)


@dataclass(frozen=True)
class WorkOrderFacts:
    """What the rules need to know about one work order."""

    type: WorkOrderType
    state: WorkOrderState
    trial_run_result: TrialRunResult = TrialRunResult.NOT_RUN
    repair_actions_recorded: bool = False
    checklist_runs: int = 0
    checklist_runs_completed: int = 0
    customer_signed: bool = False  # a customer's signature stands on the record
    parts_awaited: int = 0  # open lines naming the parts the work waits for


def transitions(kind: WorkOrderType) -> dict[tuple[S, S], frozenset[R]]:
    """Every (source, target) step of this type of work and the roles that may take it."""
    steps = dict(_PATH)
    if kind in PARTS_TYPES:
        steps.update(_PARTS)
    if kind is T.REPAIR:
        steps.update(_TRIAL)
    elif kind in TRIAL_RUN_TYPES:
        steps.update(_TRIAL)
        steps.update(_DIRECT_COMPLETION)
    else:
        steps.update(_DIRECT_COMPLETION)
    steps.update(_REOPEN)
    for state in S:
        if state not in TERMINAL and state is not S.CUSTOMER_SIGNED:
            steps[(state, S.CANCELLED)] = MANAGER
    return steps


def reachable(kind: WorkOrderType, source: WorkOrderState, role: UserRole) -> frozenset[S]:
    """Every state `role` could bring a work order to from `source` by its own steps:
    the most a concurrent step of that role can stand for."""
    steps = [(a, b) for (a, b), roles in transitions(kind).items() if role in roles]
    found: set[S] = set()
    frontier = [source]
    while frontier:
        state = frontier.pop()
        for a, b in steps:
            if a is state and b not in found:
                found.add(b)
                frontier.append(b)
    return frozenset(found)


def needs_reason(source: WorkOrderState, target: WorkOrderState) -> bool:
    """Cancelling and reopening finished work are explained steps."""
    return target is S.CANCELLED or (source in DONE and target is S.IN_PROGRESS)


def targets(kind: WorkOrderType, state: WorkOrderState) -> list[WorkOrderState]:
    """The states that can follow `state`, in the order the UI offers them."""
    steps = transitions(kind)
    return [target for target in S if (state, target) in steps]


def refusals(
    facts: WorkOrderFacts, target: WorkOrderState, role: UserRole, reason: str = ""
) -> list[str]:
    """Why `role` may not move this work order to `target` now; empty when it may."""
    roles = transitions(facts.type).get((facts.state, target))
    if roles is None:
        return [QT_TRANSLATE_NOOP("Workflow", "This step is not possible from the current state.")]
    problems: list[str] = []
    if role not in roles:
        problems.append(QT_TRANSLATE_NOOP("Workflow", "Your role may not take this step."))
    if needs_reason(facts.state, target) and not reason.strip():
        problems.append(QT_TRANSLATE_NOOP("Workflow", "Give a reason for this step."))
    if target is S.TRIAL_RUN and facts.type is T.REPAIR and not facts.repair_actions_recorded:
        problems.append(
            QT_TRANSLATE_NOOP("Workflow", "Record the cause and the actions taken first.")
        )
    if target is S.AWAITING_PARTS and facts.parts_awaited == 0:
        problems.append(NO_PART_NAMED)
    if target is S.COMPLETED:
        problems.extend(_completion_refusals(facts))
    if target is S.CUSTOMER_SIGNED and not facts.customer_signed:
        problems.append(NO_CUSTOMER_SIGNATURE)
    return problems


def _completion_refusals(facts: WorkOrderFacts) -> list[str]:
    problems: list[str] = []
    if facts.type is T.REPAIR and facts.trial_run_result is not TrialRunResult.PASSED:
        problems.append(
            QT_TRANSLATE_NOOP("Workflow", "A repair is complete only after a passed trial run.")
        )
    if facts.type in CHECKLIST_TYPES and facts.checklist_runs == 0:
        problems.append(QT_TRANSLATE_NOOP("Workflow", "Fill in the checklist first."))
    if facts.checklist_runs_completed < facts.checklist_runs:
        problems.append(QT_TRANSLATE_NOOP("Workflow", "Finish every checklist first."))
    return problems
