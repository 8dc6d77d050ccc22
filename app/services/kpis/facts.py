"""One JobFacts row per work order, read in a handful of bulk queries (no per-row
queries: the benchmark reads 100,000 work orders), for app/domain/kpis.py.

Jobs are chosen by a UTC window on `reported_at`; callers widen it by the repeat
window so a January repeat still sees the December repair before it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from app.db.clinical import ClinicalRelease
from app.db.fieldwork import FollowUp, PartUsage, RepairRecord, WorkOrderEvent
from app.db.models import (
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.domain import local_time
from app.domain.due_dates import due_day
from app.domain.enums import FollowUpOutcome, Priority, WorkOrderState, WorkOrderType
from app.domain.kpis import JobFacts, Level, back_in_use, downtime_of, subsystem_of

# How far before the asked period jobs are read: repeats and MTBF look back this far.
LOOK_BACK = timedelta(days=120)


@dataclass(frozen=True)
class Names:
    """Display names per level and key, for tables and drill-downs."""

    by_level: dict[Level, dict[str, str]]
    numbers: dict[str, str]  # work order id → number

    def name(self, level: Level, key: str) -> str:
        return self.by_level.get(level, {}).get(key, key)


def window(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight at `start` and after `end` (inclusive days)."""
    return local_time.start_of_day(start), local_time.start_of_day(end + timedelta(days=1))


def load_facts(
    session: Session, since: datetime, until: datetime, engineers_too: bool = True
) -> tuple[list[JobFacts], Names]:
    """Every live work order reported in [since, until) as JobFacts, with names; without
    `engineers_too` the jobs name no engineers (a table by unit needs none)."""
    in_window: ColumnElement[bool] = and_(
        WorkOrder.deleted_at.is_(None),
        WorkOrder.reported_at >= since,
        WorkOrder.reported_at < until,
    )
    unit_text = EquipmentModel.model + " · " + Equipment.serial_number
    # Times and enums come as their stored text: parsing 45,000 rows' datetimes in C
    # (fromisoformat) instead of per-value type processing is most of the speed; Core
    # execution (no ORM result layer) the rest.
    rows = (
        session.connection()
        .execute(
            select(
                WorkOrder.id,
                WorkOrder.number,
                _text(WorkOrder.type),
                _text(WorkOrder.state),
                _text(WorkOrder.priority),
                _utc_text(WorkOrder.reported_at),
                _utc_text(WorkOrder.acknowledged_at),
                _utc_text(WorkOrder.arrived_at),
                _utc_text(WorkOrder.finished_at),
                _utc_text(WorkOrder.started_at),
                Equipment.id,
                unit_text,
                Customer.id,
                Customer.name_zh,
                Customer.region,
            )
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
            .where(in_window)
        )
        .all()
    )
    engineers: dict[str, list[str]] = defaultdict(list)
    engineer_names: dict[str, str] = {}
    assignments = (
        session.execute(
            select(WorkOrderAssignment.work_order_id, User.id, User.display_name)
            .join(User, User.id == WorkOrderAssignment.user_id)
            .join(WorkOrder, WorkOrder.id == WorkOrderAssignment.work_order_id)
            .where(in_window, WorkOrderAssignment.deleted_at.is_(None))
        ).all()
        if engineers_too
        else []
    )
    for wo_id, user_id, name in assignments:
        engineers[wo_id].append(user_id)
        engineer_names[user_id] = name
    codes = dict(
        session.execute(
            select(RepairRecord.work_order_id, RepairRecord.fault_code)
            .join(WorkOrder, WorkOrder.id == RepairRecord.work_order_id)
            .where(in_window, RepairRecord.deleted_at.is_(None))
        )
        .tuples()
        .all()
    )
    waited = set(
        session.scalars(
            select(WorkOrderEvent.work_order_id)
            .join(WorkOrder, WorkOrder.id == WorkOrderEvent.work_order_id)
            .where(in_window, WorkOrderEvent.to_state == WorkOrderState.AWAITING_PARTS)
            .distinct()
        )
    )
    follow_ons = set(
        session.scalars(
            select(WorkOrder.origin_id).where(
                WorkOrder.origin_id.is_not(None), WorkOrder.deleted_at.is_(None)
            )
        )
    )
    released = dict(
        session.execute(
            select(ClinicalRelease.work_order_id, _utc_text(func.min(ClinicalRelease.released_at)))
            .join(WorkOrder, WorkOrder.id == ClinicalRelease.work_order_id)
            .where(in_window, ClinicalRelease.deleted_at.is_(None))
            .group_by(ClinicalRelease.work_order_id)
        )
        .tuples()
        .all()
    )
    verdicts: dict[str, bool] = {}
    for wo_id, outcome in session.execute(
        select(FollowUp.work_order_id, FollowUp.outcome)
        .join(WorkOrder, WorkOrder.id == FollowUp.work_order_id)
        .where(
            in_window,
            FollowUp.deleted_at.is_(None),
            FollowUp.outcome.in_([FollowUpOutcome.SATISFIED, FollowUpOutcome.DISSATISFIED]),
        )
        .order_by(FollowUp.done_at)
    ):
        verdicts[wo_id] = outcome is FollowUpOutcome.SATISFIED  # the latest call counts
    quantities = dict(
        session.execute(
            select(PartUsage.work_order_id, func.sum(PartUsage.quantity))
            .join(WorkOrder, WorkOrder.id == PartUsage.work_order_id)
            .where(in_window, PartUsage.deleted_at.is_(None))
            .group_by(PartUsage.work_order_id)
        )
        .tuples()
        .all()
    )
    facts: list[JobFacts] = []
    units: dict[str, str] = {}
    hospitals: dict[str, str] = {}
    numbers: dict[str, str] = {}
    repair, preventive_kind = WorkOrderType.REPAIR.value, WorkOrderType.PREVENTIVE_MAINTENANCE.value
    cancelled = WorkOrderState.CANCELLED.value
    zone = local_time.now().tzinfo
    for (
        wo_id,
        number,
        kind,
        state,
        priority,
        reported_text,
        acknowledged,
        arrived,
        finished_text,
        started_text,
        unit_id,
        unit_name,
        hospital_id,
        hospital_name,
        region,
    ) in rows:
        units[unit_id] = unit_name
        hospitals[hospital_id] = hospital_name
        numbers[wo_id] = number
        preventive = kind == preventive_kind
        reported = _at(reported_text)
        finished = _at(finished_text)
        quantity = quantities.get(wo_id)
        facts.append(
            JobFacts(
                wo_id,
                number,
                kind == repair,
                preventive,
                unit_id,
                hospital_id,
                region,
                tuple(engineers.get(wo_id, ())),
                reported,
                _at(acknowledged),
                _at(arrived),
                finished,
                back_in_use(_at(released.get(wo_id)), finished),
                due_day(reported.astimezone(zone).date(), Priority(priority))
                if preventive
                else None,
                subsystem_of(codes.get(wo_id, "")),
                wo_id in waited,
                wo_id in follow_ons,
                verdicts.get(wo_id),
                float(quantity or 0.0),
                # Part lines carry no price yet: cost stays unknown rather than zero.
                None if quantity else 0.0,
                state == cancelled,
                downtime_of(kind),
                _at(started_text),
            )
        )
    regions = {f.region: f.region for f in facts}
    names = Names(
        {
            Level.UNIT: units,
            Level.HOSPITAL: hospitals,
            Level.ENGINEER: engineer_names,
            Level.REGION: regions,
        },
        numbers,
    )
    return facts, names


def _text(column: Any) -> Any:
    """The column's stored text, without SQLAlchemy's per-value conversion."""
    return type_coerce(column, String)


def _utc_text(column: Any) -> Any:
    """A stored UTC time as ISO text with its offset (NULL stays NULL)."""
    return type_coerce(column, String).concat("+00:00")


def _at(text: str | None) -> Any:
    return datetime.fromisoformat(text) if text else None
