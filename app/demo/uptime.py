"""A unit below its uptime guarantee: last month one demo linac under a 95 % contract
lost its electron gun from Monday morning until Thursday noon (the part came from the
central warehouse), so the manager's dashboard has a contract short of its guarantee
to show and its month's chart a dip."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import RepairRecord, WorkOrderEvent
from app.db.models import Equipment, EquipmentModel, User, WorkOrder, WorkOrderAssignment
from app.db.service_plan import ServiceContract
from app.demo.rows import DEMO_BY, local_time
from app.demo.signatures import seed_signatures
from app.domain.enums import (
    Modality,
    Priority,
    TrialRunResult,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.ids import uuid7
from app.domain.numbering import format_number
from app.domain.service_plan import UptimeClock
from app.services.store import Store

PREFIX = "UT"  # the numbers' device prefix: no demo laptop uses it
GUARANTEE = 95.0
DOWN_DAYS = 3  # Monday 08:30 → Thursday 12:00


def outage_day(today: date) -> date:
    """The first Monday of the month before `today`'s."""
    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def seed_uptime_shortfall(store: Store, today: date) -> int:
    """Adds the long repair once; returns how many work orders were added."""
    monday = outage_day(today)
    reported = local_time(monday, 8.5)
    number = format_number(reported.year, PREFIX, 1)
    with store.session() as session:
        if session.scalar(select(WorkOrder.id).where(WorkOrder.number == number)):
            return 0
        unit = _unit(session, monday)
        if unit is None:
            return 0
        engineer = session.scalar(
            select(User.id).where(User.role == UserRole.ENGINEER).order_by(User.login)
        )
        rng = random.Random(29)
        finished = local_time(monday + timedelta(days=DOWN_DAYS), 12.0)
        order = WorkOrder(
            id=uuid7(unix_ms=int(reported.timestamp() * 1000), rand=rng.randbytes(10)),
            number=number,
            type=WorkOrderType.REPAIR,
            state=WorkOrderState.CLOSED,
            priority=Priority.URGENT,
            equipment_id=unit,
            description="开机后无法出束，电子枪灯丝电流为零",
            reported_at=reported,
            acknowledged_at=reported + timedelta(minutes=15),
            arrived_at=reported + timedelta(hours=2),
            started_at=reported + timedelta(hours=2, minutes=20),
            finished_at=finished,
            closed_at=finished + timedelta(hours=2),
            created_at=reported,
            updated_at=finished,
            updated_by=DEMO_BY,
        )
        session.add(order)
        session.flush()  # the job before the rows that refer to it
        waiting = reported + timedelta(hours=5)
        session.add_all(
            [
                RepairRecord(
                    work_order_id=order.id,
                    symptom="无法出束，灯丝电流为零",
                    fault_code="LINAC/GUN-02",
                    cause="电子枪灯丝断路",
                    actions="更换电子枪组件，调束并重做输出校准",
                    labour_hours=14.0,
                    trial_run_result=TrialRunResult.PASSED,
                    created_at=finished,
                    updated_at=finished,
                    updated_by=DEMO_BY,
                ),
                WorkOrderEvent(
                    work_order_id=order.id,
                    from_state=WorkOrderState.IN_PROGRESS,
                    to_state=WorkOrderState.AWAITING_PARTS,
                    at=waiting,
                    by_login=DEMO_BY,
                    reason="电子枪组件需从中心库调货",
                    created_at=waiting,
                    updated_at=waiting,
                    updated_by=DEMO_BY,
                ),
            ]
        )
        if engineer is not None:
            session.add(
                WorkOrderAssignment(
                    work_order_id=order.id,
                    user_id=engineer,
                    created_at=reported,
                    updated_at=reported,
                    updated_by=DEMO_BY,
                )
            )
        seed_signatures(session, rng, [(order, Modality.LINAC)])
    return 1


def _unit(session: Session, day: date) -> str | None:
    """The last linac (by serial) whose contract guarantees 95 % over scheduled hours
    on `day` (the first gantry linac already carries the QA trend)."""
    found = session.scalars(
        select(Equipment.id)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .join(ServiceContract, ServiceContract.equipment_id == Equipment.id)
        .where(
            EquipmentModel.modality == Modality.LINAC,
            Equipment.deleted_at.is_(None),
            ServiceContract.deleted_at.is_(None),
            ServiceContract.uptime_percent == GUARANTEE,
            ServiceContract.uptime_clock == UptimeClock.BUSINESS_HOURS,
            ServiceContract.starts_on <= day,
            ServiceContract.ends_on >= day + timedelta(days=31),
        )
        .order_by(Equipment.serial_number.desc())
    ).first()
    return None if found is None else str(found)
