"""One work order as its window shows it: plain data read in one session.

The window binds widgets to these values only (issue 18 §2): it never walks the
order's relations (unit → site → customer) nor asks the record lock itself. Reading
is a handful of indexed lookups by id, well under the ~100 ms a GUI-thread call may
take, so the window calls these directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.clinical import ClinicalRelease
from app.db.models import WorkOrder
from app.domain import workflow as rules
from app.domain.enums import Priority, ReportKind, WorkOrderState, WorkOrderType
from app.domain.kpis import ServiceTimes, WorkOrderTimes, service_times
from app.domain.report_kinds import report_kind_of
from app.services.records import live
from app.services.signing.record_lock import is_locked, open_amendment_of
from app.services.store import Store


@dataclass(frozen=True)
class WorkOrderHeading:
    """What names a work order and where it stands."""

    id: str
    number: str
    type: WorkOrderType
    state: WorkOrderState
    priority: Priority
    report_kind: ReportKind  # the report this order gets (app/domain/report_kinds.py)


@dataclass(frozen=True)
class WorkOrderOverview:
    """The overview tab and the window's title lines."""

    heading: WorkOrderHeading
    customer_name: str  # the hospital, in Chinese as on its papers
    customer_name_en: str  # its English name, for English screens ("" when none)
    site_name: str
    maker: str
    model: str
    serial_number: str
    description: str
    reported_at: datetime
    cancel_reason: str
    acknowledged_at: datetime | None
    arrived_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    closed_at: datetime | None
    times: ServiceTimes
    read_only: bool  # finished (and no amendment open), or signed and locked


def _heading(order: WorkOrder) -> WorkOrderHeading:
    return WorkOrderHeading(
        order.id,
        order.number,
        order.type,
        order.state,
        order.priority,
        report_kind_of(order.type),
    )


def heading(store: Store, work_order_id: str) -> WorkOrderHeading:
    """Raises RecordGone when the order was deleted meanwhile."""
    with store.reading() as session:
        return _heading(live(session, WorkOrder, work_order_id))


def _back_in_use_at(session: Session, order: WorkOrder) -> datetime | None:
    """When the unit was back in clinical use: its signed clinical release (downtime KPI)."""
    if order.type is not WorkOrderType.REPAIR:
        return None
    return session.scalar(
        select(func.min(ClinicalRelease.released_at)).where(
            ClinicalRelease.work_order_id == order.id, ClinicalRelease.deleted_at.is_(None)
        )
    )


def overview(store: Store, work_order_id: str) -> WorkOrderOverview:
    """Raises RecordGone when the order was deleted meanwhile."""
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        unit = order.equipment
        site = unit.site
        times = service_times(
            WorkOrderTimes(
                order.reported_at,
                order.acknowledged_at,
                order.arrived_at,
                order.started_at,
                order.finished_at,
                _back_in_use_at(session, order),
            )
        )
        amending = open_amendment_of(session, order.id) is not None
        read_only = (order.state in rules.TERMINAL and not amending) or is_locked(session, order.id)
        return WorkOrderOverview(
            heading=_heading(order),
            customer_name=site.customer.name_zh,
            customer_name_en=site.customer.name_en or "",
            site_name=site.name,
            maker=unit.model.maker,
            model=unit.model.model,
            serial_number=unit.serial_number,
            description=order.description,
            reported_at=order.reported_at,
            cancel_reason=order.cancel_reason,
            acknowledged_at=order.acknowledged_at,
            arrived_at=order.arrived_at,
            started_at=order.started_at,
            finished_at=order.finished_at,
            closed_at=order.closed_at,
            times=times,
            read_only=read_only,
        )
