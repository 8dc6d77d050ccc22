"""Customer downtime in the demo (issue 14 §KPIs): in this month and the one before, a
few finished repairs on units under contract were the hospital's doing (a power cut, its
cooling water) or waited for it (the unit not released to us, the hospital's approval),
so the dashboard's uptime shows hours the contracts do not count, and the drill-down why.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.downtime import CustomerWait, RepairDowntimeCause
from app.db.models import WorkOrder
from app.db.service_plan import ServiceContract
from app.demo.rows import BEIJING, DEMO_BY, local_time
from app.demo.uptime import PREFIX as SHORTFALL_PREFIX
from app.domain.enums import WorkOrderState, WorkOrderType
from app.domain.uptime import DowntimeCause
from app.services.store import Store

CAUSES = (
    "医院配电室检修，机房突然断电，加速器掉电 (hospital power cut)",
    "医院冷却水系统停水，水温报警 (hospital cooling water failed)",
)
WAITS = (
    "科室正在治疗患者，机器未交给我们 (unit not released to us)",
    "等待医院设备科审批开箱 (hospital approval pending)",
    "机房门禁未开，无法进入 (access refused)",
)
PER_MONTH = 3  # repairs marked in each of the two months


def seed_customer_downtime(store: Store, today: date) -> int:
    """Marks the repairs once; returns how many were marked (0: already done)."""
    now = local_time(today, 0.0)  # the demo's work ends the day before `today`
    with store.session() as session:
        if session.scalar(select(RepairDowntimeCause.id).limit(1)) is not None:
            return 0
        this_month = today.replace(day=1)
        last_month = (this_month - timedelta(days=1)).replace(day=1)
        marked = 0
        for month, (first, last) in enumerate(((last_month, this_month), (this_month, today))):
            for index, order in enumerate(_repairs(session, first, last, now)):
                _mark(session, order, index, CAUSES[month % len(CAUSES)], now, month == 1)
                marked += 1
        return marked


def _repairs(session: Session, first: date, last: date, now: datetime) -> list[WorkOrder]:
    """Repairs reported in [first, last) on units with a contract then, those reported
    in the clinical day and down longest first (the shortfall demo's own left alone)."""
    since, until = local_time(first, 0.0), local_time(last, 0.0)
    found = session.scalars(
        select(WorkOrder)
        .join(ServiceContract, ServiceContract.equipment_id == WorkOrder.equipment_id)
        .where(
            WorkOrder.deleted_at.is_(None),
            WorkOrder.type == WorkOrderType.REPAIR,
            WorkOrder.state != WorkOrderState.CANCELLED,
            WorkOrder.reported_at >= since,
            WorkOrder.reported_at < until,
            WorkOrder.number.not_like(f"%-{SHORTFALL_PREFIX}-%"),
            ServiceContract.deleted_at.is_(None),
            ServiceContract.starts_on <= first,
            ServiceContract.ends_on >= last,
        )
        .order_by(WorkOrder.reported_at)
    ).all()
    long_enough = [o for o in found if _length(o, now) >= 3]
    daytime = sorted(long_enough, key=lambda o: (not 7 <= _hour(o.reported_at) < 15, o.number))
    return daytime[:PER_MONTH]


def _mark(
    session: Session, order: WorkOrder, index: int, cause: str, now: datetime, recent: bool
) -> None:
    """The first of a month's repairs customer-caused; the others waited for the customer
    from an hour after the report for up to half the downtime (this month's last one,
    still open, is waiting yet)."""
    stamps = {"created_at": order.finished_at or now, "updated_at": order.finished_at or now}
    if index == 0:
        session.add(
            RepairDowntimeCause(
                work_order_id=order.id,
                cause=DowntimeCause.CUSTOMER_CAUSED,
                reason=cause,
                by_login=DEMO_BY,
                updated_by=DEMO_BY,
                **stamps,
            )
        )
        return
    start = order.reported_at + timedelta(hours=1)
    down = _length(order, now)
    end: datetime | None = start + timedelta(hours=max(1.0, down / 2 - 1))
    if recent and order.finished_at is None and index == PER_MONTH - 1:
        end = None  # still waiting for the customer
    session.add(
        CustomerWait(
            work_order_id=order.id,
            started_at=start,
            ended_at=end,
            reason=WAITS[index % len(WAITS)],
            by_login=DEMO_BY,
            updated_by=DEMO_BY,
            **stamps,
        )
    )


def _hour(moment: datetime) -> float:
    wall = moment + BEIJING  # the demo's clock
    return wall.hour + wall.minute / 60


def _length(order: WorkOrder, now: datetime) -> float:
    """Hours down so far: until finished, or until `now` while still open."""
    end = order.finished_at or now
    return (end - order.reported_at).total_seconds() / 3600
