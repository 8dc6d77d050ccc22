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

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.db.clinical import ClinicalRelease
from app.db.downtime import CustomerWait, RepairDowntimeCause
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
from app.domain.costs import job_parts_costs
from app.domain.customer_downtime import repair_cause, waiting_spans
from app.domain.due_dates import RESPONSE_DAYS, due_day
from app.domain.enums import FollowUpOutcome, Priority, WorkOrderState, WorkOrderType
from app.domain.kpis import JobFacts, Level, back_in_use, downtime_of, subsystem_of
from app.services.costs.ledger import job_parts, part_unit_costs

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
    session: Session,
    since: datetime,
    until: datetime,
    engineers_too: bool = True,
    look_back: timedelta = timedelta(0),
) -> tuple[list[JobFacts], Names]:
    """Every live work order reported in [since, until) as JobFacts, with names, and the
    `look_back` before it for what looks back: its repairs (repeats, MTBF), the jobs
    that may fall due in the window (a PM reported a few days before it) and those
    still at work in it (uptime). Without
    `engineers_too` the jobs name no engineers (a table by unit needs none)."""
    due_soon = since - timedelta(days=max(RESPONSE_DAYS.values()) + 1)
    in_window: ColumnElement[bool] = and_(
        WorkOrder.deleted_at.is_(None),
        WorkOrder.reported_at >= since - look_back,
        WorkOrder.reported_at < until,
        or_(
            WorkOrder.reported_at >= due_soon,
            WorkOrder.type == WorkOrderType.REPAIR,
            # planned work issued weeks ahead but done (or still open) in the window:
            # its downtime counts for uptime where the contract does not exclude it
            func.coalesce(WorkOrder.finished_at, until) >= since,
        ),
    )
    # The jobs' own columns only, as stored text (times parsed in C by fromisoformat,
    # enums compared as text), read through the DBAPI cursor as plain tuples: SQLAlchemy's
    # per-value processing and Row objects were most of the time on 45,000 rows. Where
    # each unit stands comes from one small query of the units instead of four joins per job.
    connection = session.connection()
    rows = _plain_rows(
        connection,
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
            WorkOrder.equipment_id,
            RepairRecord.fault_code,  # one per work order (unique): a join, not a query
        )
        .outerjoin(
            RepairRecord,
            and_(RepairRecord.work_order_id == WorkOrder.id, RepairRecord.deleted_at.is_(None)),
        )
        .where(in_window),
    )
    placed = {
        unit_id: (name, hospital_id, hospital_name, region)
        for unit_id, name, hospital_id, hospital_name, region in _plain_rows(
            connection,
            select(
                Equipment.id,
                EquipmentModel.model + " · " + Equipment.serial_number,
                Customer.id,
                Customer.name_zh,
                Customer.region,
            )
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id),
        )
    }
    engineers: dict[str, list[str]] = defaultdict(list)
    engineer_names: dict[str, str] = {}
    assignments = (
        connection.execute(
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
    waited = set(
        connection.scalars(
            select(WorkOrderEvent.work_order_id)
            .join(WorkOrder, WorkOrder.id == WorkOrderEvent.work_order_id)
            .where(in_window, WorkOrderEvent.to_state == WorkOrderState.AWAITING_PARTS)
            .distinct()
        )
    )
    follow_ons = set(
        connection.scalars(
            select(WorkOrder.origin_id).where(
                WorkOrder.origin_id.is_not(None), WorkOrder.deleted_at.is_(None)
            )
        )
    )
    released = dict(
        _plain_rows(
            connection,
            select(ClinicalRelease.work_order_id, _utc_text(func.min(ClinicalRelease.released_at)))
            .join(WorkOrder, WorkOrder.id == ClinicalRelease.work_order_id)
            .where(in_window, ClinicalRelease.deleted_at.is_(None))
            .group_by(ClinicalRelease.work_order_id),
        )
    )
    verdicts: dict[str, bool] = {}
    for wo_id, outcome in connection.execute(
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
        _plain_rows(
            connection,
            select(PartUsage.work_order_id, func.sum(PartUsage.quantity))
            .join(WorkOrder, WorkOrder.id == PartUsage.work_order_id)
            .where(in_window, PartUsage.deleted_at.is_(None))
            .group_by(PartUsage.work_order_id),
        )
    )
    causes, waits = customer_downtime(connection, in_window)
    # Parts at cost (app/services/costs): issued from stock, else the part lines.
    parts_costs = job_parts_costs(job_parts(session, in_window), part_unit_costs(session))
    facts: list[JobFacts] = []
    units: dict[str, str] = {}
    hospitals: dict[str, str] = {}
    numbers: dict[str, str] = {}
    repair, preventive_kind = WorkOrderType.REPAIR.value, WorkOrderType.PREVENTIVE_MAINTENANCE.value
    cancelled = WorkOrderState.CANCELLED.value
    zone = local_time.now().tzinfo
    priorities = {p.value: p for p in Priority}
    subsystems = {code: subsystem_of(code or "") for code in {row[11] for row in rows}}
    at = datetime.fromisoformat  # C: the per-row wrapper was a tenth of the time
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
        code,
    ) in rows:
        where = placed.get(unit_id)
        if where is None:
            continue  # a unit not placed at a hospital: not the office's
        unit_name, hospital_id, hospital_name, region = where
        units[unit_id] = unit_name
        hospitals[hospital_id] = hospital_name
        numbers[wo_id] = number
        preventive = kind == preventive_kind
        reported = at(reported_text)
        finished = at(finished_text) if finished_text else None
        released_text = released.get(wo_id)
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
                tuple(engineers[wo_id]) if wo_id in engineers else (),
                reported,
                at(acknowledged) if acknowledged else None,
                at(arrived) if arrived else None,
                finished,
                back_in_use(at(released_text) if released_text else None, finished),
                due_day(reported.astimezone(zone).date(), priorities[priority])
                if preventive
                else None,
                subsystems[code],
                wo_id in waited,
                wo_id in follow_ons,
                verdicts.get(wo_id),
                float(quantity or 0.0),
                # A part without a known cost leaves the job's cost unknown, not low.
                parts_costs.get(wo_id, 0.0),
                state == cancelled,
                repair_cause(downtime_of(kind), causes.get(wo_id)),
                at(started_text) if started_text else None,
                waiting_for_customer=waits[wo_id] if wo_id in waits else (),
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


def customer_downtime(
    connection: Connection, in_window: ColumnElement[bool]
) -> tuple[dict[str, str], dict[str, tuple[tuple[datetime, datetime], ...]]]:
    """(recorded cause by job, waiting spans by job) of the jobs `in_window`: what the
    engineer recorded of the customer's part in a repair's downtime
    (app/services/work_orders/downtime.py)."""
    causes = dict(
        _plain_rows(
            connection,
            select(RepairDowntimeCause.work_order_id, _text(RepairDowntimeCause.cause))
            .join(WorkOrder, WorkOrder.id == RepairDowntimeCause.work_order_id)
            .where(in_window, RepairDowntimeCause.deleted_at.is_(None)),
        )
    )
    periods: dict[str, list[tuple[datetime, datetime | None]]] = defaultdict(list)
    for wo_id, started, ended in _plain_rows(
        connection,
        select(
            CustomerWait.work_order_id,
            _utc_text(CustomerWait.started_at),
            _utc_text(CustomerWait.ended_at),
        )
        .join(WorkOrder, WorkOrder.id == CustomerWait.work_order_id)
        .where(in_window, CustomerWait.deleted_at.is_(None)),
    ):
        periods[wo_id].append((_at(started), _at(ended)))
    return causes, {wo_id: waiting_spans(found) for wo_id, found in periods.items()}


def _text(column: Any) -> Any:
    """The column's stored text, without SQLAlchemy's per-value conversion."""
    return type_coerce(column, String)


def _utc_text(column: Any) -> Any:
    """A stored UTC time as ISO text with its offset (NULL stays NULL)."""
    return type_coerce(column, String).concat("+00:00")


def _plain_rows(connection: Connection, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """The statement's rows as the DBAPI returns them (the columns are text already)."""
    result = connection.execute(statement)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def _at(text: str | None) -> Any:  # a stored time, parsed in C
    return datetime.fromisoformat(text) if text else None
