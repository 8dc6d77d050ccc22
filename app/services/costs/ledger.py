"""Every cost line of a set of jobs, derived from what the jobs record plus what was
entered by hand (the rules are app/domain/costs.py), in a handful of bulk queries.

Hours on the job: the repair record's labour and travel hours where given, else the
hours the engineers' own workflow steps stamped, else the job's stamps (work started →
finished, travelling → on site). They are counted once and shared among the assigned
engineers by their own steps (app/domain/costs.share_hours: who did not work is not
charged), each at their own rate on the job's day. The job's day is when the work
finished (else started, else was reported), in local time.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from app.db.costs import CostEntry, EngineerRate
from app.db.fieldwork import Part, PartUsage, RepairRecord, WorkOrderEvent
from app.db.models import Equipment, Site, User, WorkOrder, WorkOrderAssignment
from app.db.purchasing import PurchaseOrderLine, PurchaseReceipt
from app.db.stock import StockMovement
from app.domain import local_time
from app.domain.costs import (
    WORK_CATEGORY,
    CostLine,
    Rate,
    Receipt,
    Step,
    department_of,
    labour_cost,
    own_hours,
    parts_by_job,
    parts_cost,
    rate_on,
    share_hours,
    unit_costs,
)
from app.domain.enums import CostCategory, CostKind, Department, MovementKind


def part_unit_costs(session: Session) -> dict[str, float]:
    """What one piece of each part cost (received at order prices, else standard)."""
    receipts = session.execute(
        select(PurchaseOrderLine.part_id, PurchaseReceipt.accepted_quantity,
               PurchaseOrderLine.unit_price)
        .join(PurchaseOrderLine, PurchaseOrderLine.id == PurchaseReceipt.order_line_id)
        .where(PurchaseReceipt.deleted_at.is_(None), PurchaseOrderLine.deleted_at.is_(None))
    )  # fmt: skip
    standard = session.execute(select(Part.id, Part.standard_cost).where(Part.deleted_at.is_(None)))
    return unit_costs(
        (Receipt(p, float(q or 0), float(u or 0)) for p, q, u in receipts),
        {p: float(c or 0) for p, c in standard},
    )


def job_parts(
    session: Session, jobs: ColumnElement[bool] | None = None
) -> dict[str, list[tuple[str, float]]]:
    """(part, quantity) per job: issued from stock, else the job's part lines.
    `jobs`: a condition on StockMovement/PartUsage.work_order_id, e.g. an IN list."""
    issues = select(
        StockMovement.work_order_id, StockMovement.part_id, func.sum(StockMovement.quantity)
    ).where(
        StockMovement.deleted_at.is_(None),
        StockMovement.kind == MovementKind.ISSUE,
        StockMovement.work_order_id.is_not(None),
    )
    lines = select(PartUsage.work_order_id, PartUsage.part_id, func.sum(PartUsage.quantity)).where(
        PartUsage.deleted_at.is_(None)
    )
    if jobs is not None:
        issues = issues.where(_on(jobs, StockMovement))
        lines = lines.where(_on(jobs, PartUsage))
    issued = session.execute(issues.group_by(StockMovement.work_order_id, StockMovement.part_id))
    used = session.execute(lines.group_by(PartUsage.work_order_id, PartUsage.part_id))
    return parts_by_job(
        ((str(w), p, float(q or 0)) for w, p, q in issued),
        ((w, p, float(q or 0)) for w, p, q in used),
    )


def _on(
    jobs: ColumnElement[bool], model: type[StockMovement] | type[PartUsage]
) -> ColumnElement[bool]:
    """The job condition, which names WorkOrder.id, moved onto `model.work_order_id`."""
    return model.work_order_id.in_(select(WorkOrder.id).where(jobs))


def _day(*moments: datetime | None) -> date | None:
    for moment in moments:
        if moment is not None:
            return local_time.day_of(moment)
    return None


def _hours(start: datetime | None, end: datetime | None) -> float:
    if start is None or end is None or end <= start:
        return 0.0
    return round((end - start).total_seconds() / 3600.0, 2)


def cost_lines(
    session: Session,
    jobs: ColumnElement[bool],
    entries: ColumnElement[bool] | None = None,
) -> list[CostLine]:
    """The cost lines of the live work orders matching `jobs` (a condition on WorkOrder)
    and the hand-entered lines matching `entries` (a condition on CostEntry; default:
    those of the same jobs)."""
    rows = session.execute(
        select(
            WorkOrder.id, WorkOrder.type, WorkOrder.reported_at, WorkOrder.travelling_at,
            WorkOrder.arrived_at, WorkOrder.started_at, WorkOrder.finished_at,
            Site.customer_id, RepairRecord.labour_hours, RepairRecord.travel_hours,
        )
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(Site, Site.id == Equipment.site_id)
        .outerjoin(
            RepairRecord,
            and_(RepairRecord.work_order_id == WorkOrder.id, RepairRecord.deleted_at.is_(None)),
        )
        .where(WorkOrder.deleted_at.is_(None), jobs)
    ).all()  # fmt: skip
    in_jobs = select(WorkOrder.id).where(WorkOrder.deleted_at.is_(None), jobs)
    people: dict[str, list[tuple[str, str, str, Department]]] = defaultdict(list)
    for wo_id, user_id, login, name, role in session.execute(
        select(WorkOrderAssignment.work_order_id, User.id, User.login, User.display_name,
               User.role)
        .join(User, User.id == WorkOrderAssignment.user_id)
        .where(WorkOrderAssignment.deleted_at.is_(None))
        .where(WorkOrderAssignment.work_order_id.in_(in_jobs))
        .order_by(WorkOrderAssignment.created_at)
    ):  # fmt: skip
        people[wo_id].append((user_id, login, name, department_of(role)))
    steps: dict[str, list[Step]] = defaultdict(list)
    for wo_id, at, to_state, by_login in session.execute(
        select(WorkOrderEvent.work_order_id, WorkOrderEvent.at, WorkOrderEvent.to_state,
               WorkOrderEvent.by_login)
        .where(WorkOrderEvent.deleted_at.is_(None))
        .where(WorkOrderEvent.work_order_id.in_(in_jobs))
    ):  # fmt: skip
        steps[wo_id].append(Step(at, to_state, by_login))
    rates = [
        Rate(u, d, float(r))
        for u, d, r in session.execute(
            select(EngineerRate.user_id, EngineerRate.valid_from, EngineerRate.hourly_rate).where(
                EngineerRate.deleted_at.is_(None)
            )
        )
    ]
    costs = part_unit_costs(session)
    parts = job_parts(session, jobs)
    numbers = {
        part_id: f"{number} {name}".strip()
        for part_id, number, name in session.execute(
            select(Part.id, Part.part_number, Part.description)
        )
    }
    lines: list[CostLine] = []
    projects: dict[str, str] = {}
    for (wo_id, kind, reported, travelling, arrived, started, finished, customer_id,
         labour_hours, travel_hours) in rows:  # fmt: skip
        projects[wo_id] = customer_id
        day = _day(finished, started, reported)
        assert day is not None  # reported_at is never empty
        crew = people.get(wo_id, [])
        logins = [login for _, login, _, _ in crew]
        own = own_hours(steps.get(wo_id, ()))
        shares: dict[CostKind, dict[str, float]] = {}
        for line_kind, recorded, stamped in (
            (CostKind.LABOUR, labour_hours, _hours(started, finished)),
            (CostKind.TRAVEL_TIME, travel_hours, _hours(travelling, arrived)),
        ):
            mine = {login: own.get(login, {}).get(line_kind, 0.0) for login in logins}
            total = float(recorded or 0) or round(sum(mine.values()), 2) or stamped
            shares[line_kind] = share_hours(total, mine, logins)
        category = WORK_CATEGORY[kind]
        for user_id, login, name, department in crew:
            rate = rate_on(rates, user_id, day)
            for line_kind, line_category in (
                (CostKind.LABOUR, category),
                (CostKind.TRAVEL_TIME, CostCategory.TRAVEL),
            ):
                hours = shares[line_kind].get(login, 0.0)
                if hours > 0:
                    lines.append(
                        CostLine(wo_id, line_kind, line_category, department, customer_id, day,
                                 labour_cost(hours, rate), name, hours, rate,
                                 known=rate is not None)
                    )  # fmt: skip
        for part_id, quantity in parts.get(wo_id, ()):
            total, known = parts_cost([(part_id, quantity)], costs)
            lines.append(
                CostLine(wo_id, CostKind.PARTS, CostCategory.PARTS_PURCHASE, Department.PARTS,
                         customer_id, day, total if known else None, numbers.get(part_id, part_id),
                         quantity, costs.get(part_id), known=known)
            )  # fmt: skip
    condition = entries if entries is not None else CostEntry.work_order_id.in_(in_jobs)
    for entry, customer_id in session.execute(
        select(CostEntry, Site.customer_id)
        .join(WorkOrder, WorkOrder.id == CostEntry.work_order_id)
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(Site, Site.id == Equipment.site_id)
        .where(CostEntry.deleted_at.is_(None), condition)
        .order_by(CostEntry.incurred_on)
    ).tuples():  # fmt: skip
        lines.append(
            CostLine(entry.work_order_id, entry.kind, entry.category, entry.department,
                     customer_id, entry.incurred_on, round(entry.amount, 2), entry.description,
                     entry_id=entry.id)
        )  # fmt: skip
    return lines


def job_cost_lines(session: Session, work_order_id: str) -> list[CostLine]:
    return cost_lines(session, WorkOrder.id == work_order_id)


def year_cost_lines(session: Session, year: int) -> list[CostLine]:
    """The lines of the jobs whose day falls in `year`, and the entries made in it."""
    since = local_time.start_of_day(date(year, 1, 1))
    until = local_time.start_of_day(date(year + 1, 1, 1))
    day = func.coalesce(WorkOrder.finished_at, WorkOrder.started_at, WorkOrder.reported_at)
    in_year = and_(day >= since, day < until)
    entries = and_(
        CostEntry.incurred_on >= date(year, 1, 1), CostEntry.incurred_on < date(year + 1, 1, 1)
    )
    return [line for line in cost_lines(session, in_year, entries) if line.on.year == year]
