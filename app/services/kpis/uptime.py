"""The units' clinical hours, exceptions and contracts as app/domain/uptime.py reads
them, in three bulk queries (the server builds the same from synced rows:
app/domain/kpi_records.schedules_from_records)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from app.db.clinical import ClinicalRelease
from app.db.models import Customer, Equipment, EquipmentModel, Site, WorkOrder
from app.db.service_plan import ClinicalException, ServiceContract
from app.domain import local_time
from app.domain.customer_downtime import repair_cause
from app.domain.enums import WorkOrderState, WorkOrderType
from app.domain.kpi_records import hours_of
from app.domain.kpis import (
    Grain,
    JobFacts,
    Level,
    back_in_use,
    downtime_of,
    uptime_table,
)
from app.domain.uptime import UnitSchedule, Uptime, UptimeTerms
from app.services.collector import collector_paused
from app.services.kpis.facts import (
    LOOK_BACK,
    _plain_rows,
    _text,
    _utc_text,
    customer_downtime,
    window,
)
from app.services.store import Store


def load_schedules(session: Session) -> tuple[list[UnitSchedule], dict[Level, dict[str, str]]]:
    """(every live unit's schedule, names of contracts, units and hospitals by id)."""
    c = ServiceContract
    contracts: dict[str, list[UptimeTerms]] = defaultdict(list)
    numbers: dict[str, str] = {}
    for row in session.execute(
        select(
            c.id,
            c.equipment_id,
            c.number,
            c.starts_on,
            c.ends_on,
            c.uptime_percent,
            c.uptime_clock,
            c.excludes_planned,
            c.excludes_customer_caused,
            c.excludes_waiting_for_customer,
            c.clinical_day_start,
        ).where(c.deleted_at.is_(None))
    ):
        numbers[row[0]] = row[2] or row[0]
        contracts[row[1]].append(UptimeTerms(row[0], row[3], row[4], row[5] / 100, *row[6:11]))
    exceptions: dict[str, dict[date, float]] = defaultdict(dict)
    for unit, day, hours in session.execute(
        select(
            ClinicalException.equipment_id, ClinicalException.day, ClinicalException.hours
        ).where(ClinicalException.deleted_at.is_(None))
    ):
        exceptions[unit][day] = hours
    schedules = []
    units: dict[str, str] = {}
    hospitals: dict[str, str] = {}
    for unit, clinical_hours, hospital, region, unit_name, hospital_name in session.execute(
        select(
            Equipment.id,
            Equipment.clinical_hours,
            Customer.id,
            Customer.region,
            EquipmentModel.model + " · " + Equipment.serial_number,
            Customer.name_zh,
        )
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(Site, Site.id == Equipment.site_id)
        .join(Customer, Customer.id == Site.customer_id)
        .where(Equipment.deleted_at.is_(None))
        .order_by(Equipment.id)
    ):
        units[unit], hospitals[hospital] = unit_name, hospital_name
        schedules.append(
            UnitSchedule(
                unit,
                hours_of(clinical_hours),
                exceptions.get(unit, {}),
                tuple(sorted(contracts.get(unit, []), key=lambda t: t.starts_on)),
                hospital,
                region,
            )
        )
    return schedules, {Level.CONTRACT: numbers, Level.UNIT: units, Level.HOSPITAL: hospitals}


@collector_paused()  # tens of thousands of facts and spans made at once
def load_uptime(
    store: Store,
    start: date,
    end: date,
    grain: Grain = Grain.MONTH,
    level: Level = Level.UNIT,
) -> dict[tuple[str, str], Uptime]:
    """Uptime per (key at `level`, period) for the local days `start`..`end`, without
    the other KPIs (the same figures as the KPI tables' uptime columns)."""
    since, until = window(start, end)
    with store.reading() as session:
        facts = load_downtime(session, since - LOOK_BACK, until)
        schedules, _more = load_schedules(session)
    here = local_time.now().tzinfo
    assert here is not None
    now = datetime.combine(local_time.today() + timedelta(days=1), time(), here)
    return uptime_table(facts, schedules, level, grain, (start, end), here, now)


def load_downtime(session: Session, since: datetime, until: datetime) -> list[JobFacts]:
    """The jobs reported in [since, until) that take a unit out of use, with only what
    uptime reads of them (two queries, where the KPI tables need seven)."""
    kinds = [WorkOrderType.REPAIR, WorkOrderType.PREVENTIVE_MAINTENANCE, WorkOrderType.INSPECTION]
    in_window: ColumnElement[bool] = and_(
        WorkOrder.deleted_at.is_(None),
        WorkOrder.reported_at >= since,
        WorkOrder.reported_at < until,
        WorkOrder.type.in_(kinds),
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
    causes, waits = customer_downtime(session.connection(), in_window)
    cancelled = WorkOrderState.CANCELLED.value
    repair, preventive = WorkOrderType.REPAIR.value, WorkOrderType.PREVENTIVE_MAINTENANCE.value
    facts = []
    at = datetime.fromisoformat  # stored text parsed in C, rows as the DBAPI gives them
    for (
        wo_id,
        number,
        kind,
        state,
        unit,
        reported,
        arrived,
        started,
        finished,
    ) in _plain_rows(
        session.connection(),
        select(
            WorkOrder.id,
            WorkOrder.number,
            _text(WorkOrder.type),
            _text(WorkOrder.state),
            WorkOrder.equipment_id,
            _utc_text(WorkOrder.reported_at),
            _utc_text(WorkOrder.arrived_at),
            _utc_text(WorkOrder.started_at),
            _utc_text(WorkOrder.finished_at),
        ).where(in_window),
    ):
        done = at(finished) if finished else None
        release = released.get(wo_id)
        facts.append(
            JobFacts(
                wo_id,
                number,
                kind == repair,
                kind == preventive,
                unit,
                "",
                "",
                (),
                at(reported),
                arrived_at=at(arrived) if arrived else None,
                finished_at=done,
                back_in_use_at=back_in_use(at(release) if release else None, done),
                cancelled=state == cancelled,
                downtime=repair_cause(downtime_of(kind), causes.get(wo_id)),
                started_at=at(started) if started else None,
                waiting_for_customer=waits.get(wo_id, ()),
            )
        )
    return facts
