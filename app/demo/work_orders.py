"""The demo's year of work orders: the lifecycle of this year's units, the open repair
behind a down or limited unit, then routine work mixed as app/demo/work_order_mix.py
says; staffed, timed and numbered per laptop like real ones."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.db.models import WorkOrder, WorkOrderAssignment
from app.demo.equipment_models import MODELS
from app.demo.people import REGION_ENGINEER, USERS
from app.demo.registry import DemoUnit
from app.demo.rows import DemoRows, local_time
from app.demo.work_order_mix import (
    MODALITY_WEIGHT,
    REACHED,
    RECENT_STATES,
    ROUTINE,
    SIGNED_LATELY_DAYS,
    WORK_HOURS,
)
from app.demo.work_order_texts import (
    ACCEPTANCE,
    COMMISSIONING,
    DESCRIPTIONS,
    DOWN_REPAIR,
    INSPECTIONS,
    INSTALLATION,
    LIMITED_REPAIR,
    NEW_UNIT_TRAINING,
)
from app.domain.checklists import MachineKind, machine_kind
from app.domain.enums import Modality, Priority, UserRole, WorkOrderState, WorkOrderType
from app.domain.numbering import format_number

S = WorkOrderState
T = WorkOrderType
_LIFECYCLE = (T.INSTALLATION, T.COMMISSIONING, T.ACCEPTANCE)
_TIMES = ("acknowledged_at", "arrived_at", "started_at", "finished_at", "closed_at")
CHECKLIST_WORK = frozenset({T.INSPECTION, T.PREVENTIVE_MAINTENANCE})
NO_CHECKLIST = frozenset({Modality.TPS, Modality.QA_INSTRUMENT})


def describe(rng: random.Random, wo_type: WorkOrderType, modality: Modality, model: str) -> str:
    """A realistic Chinese description of `wo_type` work on a `model` unit (also used by
    the benchmark generator, so bulk rows read like the demo)."""
    if wo_type is T.INSPECTION:
        return rng.choice(INSPECTIONS)
    if wo_type is T.UPGRADE:
        specs = [m for m in MODELS.values() if m.model == model]
        return rng.choice(specs[0].upgrades) if specs else "软件升级"
    if wo_type is T.INSTALLATION:
        return INSTALLATION.format(model=model, site="新机房")
    if wo_type is T.COMMISSIONING:
        return COMMISSIONING
    if wo_type is T.ACCEPTANCE:
        return ACCEPTANCE
    text = rng.choice(DESCRIPTIONS[modality][wo_type])
    text = text.format(n=rng.randint(1, 60), c=rng.randint(1, 18), k=rng.randint(2, 8))
    # A TomoTherapy or CyberKnife is not checked per TG-142 (the rng draws stay the same).
    protocol = _PROTOCOLS.get(machine_kind(modality, "", model))
    return text.replace("TG-142", protocol) if protocol else text


_PROTOCOLS: dict[MachineKind | None, str] = {
    MachineKind.HELICAL_TOMOTHERAPY: "TG-148",
    MachineKind.ROBOTIC_RADIOSURGERY: "TG-135",
}


@dataclass
class WorkOrderPlan:
    """One work order before numbering: what, where, when and by whom."""

    type: WorkOrderType
    state: WorkOrderState
    priority: Priority
    unit: DemoUnit
    description: str
    reported: datetime
    staff: list[int] = field(default_factory=list)  # indices into USERS
    times: list[datetime] = field(default_factory=list)  # acknowledged … closed, as reached
    finished_on: datetime | None = None  # when set, the timeline is moved to finish then


class WorkOrderPlanner:
    """Plans the year's work orders on the registry's units, drawing from the demo's
    one random stream after the registry did."""

    def __init__(self, rows: DemoRows, units: list[DemoUnit]) -> None:
        self.rng, self.today, self.now = rows.rng, rows.today, rows.now
        self.units = units

    def plan(self) -> list[WorkOrderPlan]:
        """The lifecycle and fault stories of particular units, then a year of routine work."""
        rng, plans = self.rng, []
        for unit in self.units:
            plans.extend(self._story(unit))
        routine: list[WorkOrderPlan] = []
        for wo_type, count in ROUTINE.items():
            for _ in range(count):
                day = self.today - timedelta(days=rng.randint(1, 364))
                hour = rng.uniform(7.5, 21) if wo_type is T.REPAIR else rng.uniform(8, 17)
                unit = self._pick_unit(wo_type, day)
                text = describe(rng, wo_type, unit.spec.modality, unit.spec.model)
                priority = self._priority(wo_type)
                routine.append(
                    WorkOrderPlan(wo_type, S.CLOSED, priority, unit, text, local_time(day, hour))
                )
        routine.sort(key=lambda p: p.reported, reverse=True)
        for plan in routine:
            if (self.now - plan.reported).days <= 45:
                states = (S.CLOSED, S.CUSTOMER_SIGNED, S.COMPLETED, S.CANCELLED)
                plan.state = rng.choices(states, weights=(6, 2, 1, 0.2))[0]
            elif rng.random() < 0.02:
                plan.state = S.CANCELLED
        self._open_states(routine)
        self._signed_lately(routine)
        plans.extend(routine)
        for plan in plans:
            self._staff(plan)
            self._timeline(plan)
        return plans

    def _open_states(self, routine: list[WorkOrderPlan]) -> None:
        """Gives the newest routine work orders (`routine` is newest first) the open states,
        so every state shows up: parts are awaited for repairs only; new calls are fresh."""
        pool = list(routine)
        for state in RECENT_STATES:
            plan = next(p for p in pool if state is not S.AWAITING_PARTS or p.type is T.REPAIR)
            pool = [p for p in pool if p is not plan]
            plan.state = state
            if REACHED[state] <= 1 and state is not S.CANCELLED:
                day = self.today - timedelta(days=self.rng.randint(1, 2))
                plan.reported = local_time(day, self.rng.uniform(8, 20))

    def _signed_lately(self, routine: list[WorkOrderPlan]) -> None:
        """The newest open states span weeks of work, so finished work would end a month
        before `today`. The demo's year ends the day it is made: a few signed jobs were
        finished and signed over the last days up to yesterday, so "signed since the first
        of this month" (the batch export's default) finds reports on any day but the 1st."""
        done = [p for p in routine if p.state in (S.CLOSED, S.CUSTOMER_SIGNED)]
        for days_ago, plan in zip(SIGNED_LATELY_DAYS, done, strict=False):
            plan.state = S.CUSTOMER_SIGNED  # signed, not closed yet (closing takes days)
            day = self.today - timedelta(days=days_ago)
            plan.finished_on = local_time(day, self.rng.uniform(9, 17))

    def _story(self, unit: DemoUnit) -> list[WorkOrderPlan]:
        """Installation → commissioning → acceptance → training for this year's units;
        the open repair behind a down or limited unit."""
        rng, installed, ago = self.rng, unit.installed, timedelta(days=1)
        installation = INSTALLATION.format(model=unit.spec.model, site=unit.site)
        if unit.flag == "installing":
            start = local_time(installed - 3 * ago)
            return [
                WorkOrderPlan(
                    T.INSTALLATION, S.IN_PROGRESS, Priority.HIGH, unit, installation, start
                )
            ]
        if unit.flag == "down":
            at = local_time(self.today - 3 * ago, 8.2)
            return [
                WorkOrderPlan(T.REPAIR, S.AWAITING_PARTS, Priority.URGENT, unit, DOWN_REPAIR, at)
            ]
        if unit.flag == "limited":
            at = local_time(self.today - 6 * ago, 14.6)
            return [WorkOrderPlan(T.REPAIR, S.TRIAL_RUN, Priority.HIGH, unit, LIMITED_REPAIR, at)]
        if unit.flag != "new" or unit.accepted is None:
            return []
        accepted, training = unit.accepted, NEW_UNIT_TRAINING.format(k=rng.randint(4, 8))
        steps = (
            (T.INSTALLATION, installation, installed - 3 * ago, Priority.HIGH),
            (T.COMMISSIONING, COMMISSIONING, installed + 10 * ago, Priority.HIGH),
            (T.ACCEPTANCE, ACCEPTANCE, accepted - 3 * ago, Priority.HIGH),
            (T.TRAINING, training, accepted + rng.randint(2, 6) * ago, Priority.NORMAL),
        )
        return [
            WorkOrderPlan(t, S.CLOSED, p, unit, text, local_time(day)) for t, text, day, p in steps
        ]

    def _pick_unit(self, wo_type: WorkOrderType, day: date) -> DemoUnit:
        """A unit in service on `day`, weighted by how often its kind gets this work."""
        weights = MODALITY_WEIGHT.get(wo_type, {})
        units = [u for u in self.units if u.accepted and u.accepted <= day]
        chances = [weights.get(u.spec.modality, 1.0) for u in units]
        picked = self.rng.choices(units, weights=chances)[0]
        if wo_type in CHECKLIST_WORK and picked.spec.modality in NO_CHECKLIST:
            # Inspection is complete only with its checklist (app/domain/workflow.py), and
            # none ships for this kind of unit: the unit of the same site that has one.
            # Chosen without the planner's random stream, so the rest of the demo stays.
            fitting = [u for u in units if u.spec.modality not in NO_CHECKLIST]
            same_site = [u for u in fitting if u.site == picked.site]
            picked = (same_site or fitting)[day.toordinal() % len(same_site or fitting)]
        return picked

    def _priority(self, wo_type: WorkOrderType) -> Priority:
        """Repairs are mostly high or urgent; planned work mostly normal."""
        weights = (0, 25, 45, 30) if wo_type is T.REPAIR else (20, 70, 10, 0)
        return self.rng.choices(list(Priority), weights=weights)[0]

    def _staff(self, plan: WorkOrderPlan) -> None:
        """The regional engineer or a repair technician leads; sometimes a colleague helps."""
        rng = self.rng
        field_staff = [i for i, p in enumerate(USERS) if p.laptop_prefix]
        technicians = [i for i in field_staff if USERS[i].role is UserRole.REPAIR_TECHNICIAN]
        if plan.type in (T.REPAIR, T.PREVENTIVE_MAINTENANCE) and rng.random() < 0.35:
            lead = rng.choice(technicians)
        elif rng.random() < 0.8:
            lead = REGION_ENGINEER[plan.unit.region]
        else:
            lead = rng.choice(field_staff)
        plan.staff = [lead]
        if plan.type in (T.INSTALLATION, T.COMMISSIONING) or rng.random() < 0.3:
            plan.staff.append(rng.choice([i for i in field_staff if i != lead]))

    def _timeline(self, plan: WorkOrderPlan) -> None:
        """Acknowledged → arrived → started → finished → closed, as far as the state went;
        moved back as a whole when it would run past the start of `today`."""
        rng, fast = self.rng, plan.priority in (Priority.URGENT, Priority.HIGH)
        if plan.type is T.REPAIR:
            travel = rng.uniform(1.5, 8) if fast else rng.uniform(20, 72)
        else:
            travel = rng.uniform(12, 48) if plan.type in _LIFECYCLE else rng.uniform(24, 336)
        steps = [
            timedelta(minutes=rng.uniform(5, 40) if fast else rng.uniform(30, 300)),
            timedelta(hours=travel),
            timedelta(minutes=rng.uniform(10, 45)),
            timedelta(hours=rng.uniform(*WORK_HOURS[plan.type])),
            timedelta(days=rng.uniform(1, 12)),
        ]
        at = plan.reported
        for step in steps[: REACHED[plan.state]]:
            at += step
            plan.times.append(at)
        if plan.finished_on is not None:
            shift = plan.times[3] - plan.finished_on
            plan.reported -= shift
            plan.times = [t - shift for t in plan.times]
        elif at > self.now:
            shift = at - self.now + timedelta(hours=rng.uniform(1, 20))
            plan.reported -= shift
            plan.times = [t - shift for t in plan.times]


def add_work_orders(rows: DemoRows, plans: list[WorkOrderPlan], user_ids: list[str]) -> None:
    """Numbers per (year, lead's laptop prefix) in reported order; a row per assignee."""
    sequences: dict[tuple[int, str], int] = {}
    for plan in sorted(plans, key=lambda p: p.reported):
        prefix = USERS[plan.staff[0]].laptop_prefix
        key = (plan.reported.year, prefix)
        sequences[key] = sequences.get(key, 0) + 1
        ts: list[datetime | None] = [*plan.times, None, None, None, None, None]
        wo_id = rows.add(
            3,
            WorkOrder,
            plan.reported,
            number=format_number(key[0], prefix, sequences[key]),
            type=plan.type,
            state=plan.state,
            priority=plan.priority,
            equipment_id=plan.unit.id,
            description=plan.description,
            reported_at=plan.reported,
            **dict(zip(_TIMES, ts, strict=False)),
            updated_at=(plan.times or [plan.reported])[-1],
        )
        assigned = (plan.times or [plan.reported])[0]
        for person in plan.staff:
            user_id = user_ids[person]
            rows.add(3, WorkOrderAssignment, assigned, work_order_id=wo_id, user_id=user_id)
