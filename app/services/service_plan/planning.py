"""Generating, adjusting and approving a year's plan (app/domain/service_plan.py says
how visits are placed). Only the service manager changes a plan; every change goes
through the audited session, so it syncs and shows in the unit's history."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import (
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.db.service_plan import ClinicalException, PlanVisit, ServiceContract
from app.domain import local_time
from app.domain.checklist_choice import order_for_job
from app.domain.checklists import Template, Unit
from app.domain.enums import Modality, UserRole, WorkOrderType
from app.domain.records import FieldError, ValidationError
from app.domain.service_plan import (
    ALREADY_ISSUED,
    NEED_REASON,
    NOT_IN_YEAR,
    PLANNED_KINDS,
    Engineer,
    PlannedVisit,
    UnitToPlan,
    VisitState,
    plan_year,
)
from app.services import audit, bulk_rows
from app.services.checklists.checklist_templates import load_templates
from app.services.records import live
from app.services.service_plan.access import check_planner
from app.services.store import Store

FIELD_ROLES = (UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN)
# What the audit trail calls a year's plan generation (its record id is the year).
GENERATION = "plan_generation"
# Words that make the chosen QA protocol the monthly one for an inspection, the PM
# checklist for a PM visit (checklist_choice reads them).
_JOB_WORDS = {WorkOrderType.INSPECTION: "monthly", WorkOrderType.PREVENTIVE_MAINTENANCE: ""}


@dataclass(frozen=True)
class GeneratedPlan:
    year: int
    units: int
    visits: int
    kept: int  # units left alone: their plan for the year is already approved


def units_to_plan(session: Session, year: int) -> list[UnitToPlan]:
    """Units with a contract running in `year`, with what the planner needs of each."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    c = ServiceContract
    rows = session.execute(
        select(
            c.id,
            c.equipment_id,
            c.starts_on,
            c.ends_on,
            c.pm_visits_per_year,
            c.inspections_per_year,
            c.clinical_day_start,
            Equipment.clinical_hours,
            Site.customer_id,
            Customer.region,
            EquipmentModel.modality,
            EquipmentModel.maker,
            EquipmentModel.model,
        )
        .join(Equipment, Equipment.id == c.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(
            c.deleted_at.is_(None),
            Equipment.deleted_at.is_(None),
            c.starts_on <= last,
            c.ends_on >= first,
        )
        .order_by(Customer.region, Site.customer_id, Equipment.serial_number, c.starts_on)
    ).all()
    exceptions: dict[str, dict[date, float]] = defaultdict(dict)
    for equipment_id, day, hours in session.execute(
        select(
            ClinicalException.equipment_id, ClinicalException.day, ClinicalException.hours
        ).where(
            ClinicalException.deleted_at.is_(None),
            ClinicalException.day >= first,
            ClinicalException.day <= last,
        )
    ):
        exceptions[equipment_id][day] = hours
    last_visits = _last_visits(session, first)
    templates, _problems = load_templates()
    chosen: dict[tuple[str, str, str], dict[WorkOrderType, str]] = {}
    units: dict[str, UnitToPlan] = {}
    for r in rows:  # two contracts in one year: the later one plans the unit
        key = (r.modality, r.maker, r.model)
        if key not in chosen:
            chosen[key] = _templates_for(
                templates.values(), Unit(Modality(r.modality), r.maker, r.model)
            )
        units[r.equipment_id] = UnitToPlan(
            equipment_id=r.equipment_id,
            customer_id=r.customer_id,
            region=r.region,
            modality=str(r.modality),
            contract_id=r.id,
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            pm_visits=r.pm_visits_per_year,
            inspections=r.inspections_per_year,
            clinical_day_start=r.clinical_day_start,
            clinical_hours=list(r.clinical_hours or []),
            exceptions=exceptions.get(r.equipment_id, {}),
            last_visit=last_visits.get(r.equipment_id, {}),
            templates=chosen[key],
        )
    return list(units.values())


def _templates_for(templates: object, unit: Unit) -> dict[WorkOrderType, str]:
    fitting = [t for t in templates if t.fits(unit)]  # type: ignore[attr-defined]
    result: dict[WorkOrderType, str] = {}
    for kind in PLANNED_KINDS:
        ordered: list[Template] = order_for_job(fitting, kind, _JOB_WORDS[kind])
        if ordered:
            result[kind] = ordered[0].id
    return result


def _last_visits(session: Session, before: date) -> dict[str, dict[WorkOrderType, date]]:
    """Each unit's latest finished PM and inspection before `before`."""
    rows = session.execute(
        select(WorkOrder.equipment_id, WorkOrder.type, func.max(WorkOrder.finished_at))
        .where(
            WorkOrder.deleted_at.is_(None),
            WorkOrder.type.in_(PLANNED_KINDS),
            WorkOrder.finished_at.is_not(None),
            WorkOrder.finished_at < local_time.start_of_day(before),
        )
        .group_by(WorkOrder.equipment_id, WorkOrder.type)
    )
    result: dict[str, dict[WorkOrderType, date]] = defaultdict(dict)
    for equipment_id, kind, finished in rows:
        if finished is not None:
            result[equipment_id][WorkOrderType(kind)] = local_time.day_of(finished)
    return result


def engineers(session: Session) -> list[Engineer]:
    """Field engineers with the modalities and regions of the work they were assigned."""
    people = session.scalars(
        select(User.id)
        .where(User.deleted_at.is_(None), User.role.in_(FIELD_ROLES))
        .order_by(User.id)
    ).all()
    known: dict[str, tuple[set[str], set[str]]] = {p: (set(), set()) for p in people}
    rows = session.execute(
        select(WorkOrderAssignment.user_id, EquipmentModel.modality, Customer.region)
        .join(WorkOrder, WorkOrder.id == WorkOrderAssignment.work_order_id)
        .join(Equipment, Equipment.id == WorkOrder.equipment_id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(WorkOrderAssignment.deleted_at.is_(None))
        .distinct()
    )
    for user_id, modality, region in rows:
        if user_id in known:
            known[user_id][0].add(str(modality))
            known[user_id][1].add(region)
    return [Engineer(p, frozenset(m), frozenset(r)) for p, (m, r) in known.items()]


def generate_plan(store: Store, year: int, from_day: date | None = None) -> GeneratedPlan:
    """Proposes `year`'s visits for every unit under contract, replacing the proposed
    (unapproved, not issued) visits of that year; units with approved visits that year
    are kept as they are. With `from_day`, the visits before it are left out (the rest
    of a year already under way)."""
    check_planner(store)
    v = PlanVisit
    with store.session() as session:
        existing = session.execute(
            select(v.id, v.equipment_id, v.state, v.work_order_id, v.updated_by).where(
                v.year == year, v.deleted_at.is_(None)
            )
        ).all()
        kept = {
            r.equipment_id
            for r in existing
            if r.state is VisitState.APPROVED or r.work_order_id is not None
        }
        units, planned = propose(session, year, kept)
        if from_day is not None:
            planned = [p for p in planned if p.planned_on >= from_day]
        replaced = [(r.id, r.updated_by) for r in existing if r.equipment_id not in kept]
        made = GeneratedPlan(year, len(units), len(planned), len(kept))
        # Core statements, queued for sync as a flush queues them (bulk_rows): the new
        # visits, audited as this generation (an entry for it, one per visit with all
        # its values), then the proposed ones they replace, each deletion audited
        login = store.user_login
        generation = (GENERATION, str(year), {**asdict(made), "replaced": len(replaced)})
        rows = [_row(p, year, login) for p in planned]
        bulk_rows.insert_new(session, PlanVisit, rows, generation)
        bulk_rows.soft_delete(session, PlanVisit, replaced, login)
        return made


def propose(
    session: Session,
    year: int,
    kept: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[UnitToPlan], list[PlannedVisit]]:
    """The units to plan (those not in `kept`) and their visits, nothing written: the
    planner's reads and placing, which generate_plan then stores."""
    with session.no_autoflush:
        units = [u for u in units_to_plan(session, year) if u.equipment_id not in kept]
        return units, plan_year(year, units, engineers(session))


def _row(v: PlannedVisit, year: int, login: str) -> dict[str, Any]:
    """A new visit's values, as PlanVisit(...) takes them."""
    return {
        "equipment_id": v.equipment_id,
        "contract_id": v.contract_id,
        "year": year,
        "kind": v.kind,
        "template_id": v.template_id,
        "planned_on": v.planned_on,
        "start_minute": v.start_minute,
        "duration_minutes": v.duration_minutes,
        "window_start": v.window_start,
        "window_end": v.window_end,
        "engineer_id": v.engineer_id,
        "state": VisitState.PROPOSED,
        "updated_by": login,
    }


def approve(store: Store, year: int, visit_ids: list[str] | None = None) -> int:
    """Approves the proposed visits of `year` (all, or those of `visit_ids`); returns
    how many were approved."""
    check_planner(store)
    query = select(PlanVisit).where(
        PlanVisit.year == year,
        PlanVisit.deleted_at.is_(None),
        PlanVisit.state == VisitState.PROPOSED,
    )
    if visit_ids is not None:
        query = query.where(PlanVisit.id.in_(visit_ids))
    now = utcnow()
    with store.session() as session:
        visits = session.scalars(query).all()
        for v in visits:
            v.state, v.approved_at, v.approved_by = VisitState.APPROVED, now, store.user_login
            v.updated_by = store.user_login
        return len(visits)


def reschedule(
    store: Store,
    visit_id: str,
    day: date,
    reason: str,
    *,
    start_minute: int | None = None,
    engineer_id: str | None = None,
) -> None:
    """Moves a visit (and may hand it to another engineer), with the reason why. An
    approved visit moved goes back to proposed: the manager approves the change."""
    check_planner(store)
    reason = reason.strip()
    with store.session() as session:
        visit = live(session, PlanVisit, visit_id)
        errors = []
        if not reason:
            errors.append(FieldError("reason", NEED_REASON))
        if day.year != visit.year:
            errors.append(FieldError("day", NOT_IN_YEAR))
        if visit.work_order_id is not None:
            errors.append(FieldError("", ALREADY_ISSUED))
        if errors:
            raise ValidationError(errors)
        if engineer_id is not None:
            live(session, User, engineer_id)
            visit.engineer_id = engineer_id
        visit.planned_on = day
        if start_minute is not None:
            visit.start_minute = start_minute
        visit.reschedule_reason = reason
        visit.state = VisitState.PROPOSED
        visit.approved_at, visit.approved_by = None, ""
        visit.updated_by = store.user_login


def plan_years(store: Store) -> list[int]:
    with store.reading() as session:
        return list(
            session.scalars(
                select(PlanVisit.year)
                .where(PlanVisit.deleted_at.is_(None))
                .distinct()
                .order_by(PlanVisit.year)
            )
        )


def generation_history(store: Store, year: int) -> list[audit.HistoryRow]:
    """Each generation of `year`'s plan (who, when, how many units and visits, kept and
    replaced), newest first, as the history dialog shows a record's changes."""
    return audit.history(store, GENERATION, str(year))


def visit_history(store: Store, visit_id: str) -> list[audit.HistoryRow]:
    """One visit's history: its first values (generated with the plan, or added), then
    every change field by field."""
    return audit.history(store, PlanVisit.__tablename__, visit_id)
