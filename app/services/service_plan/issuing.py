"""Turning approved visits into scheduled work orders, `lead_days` before the visit
(the setting `settings_keys.PLAN_LEAD_DAYS`, 30 unless changed), assigned to the
visit's engineer, through the work-order service every order goes through."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.base import utcnow
from app.db.service_plan import PlanVisit
from app.domain.enums import Priority, WorkOrderState, WorkOrderType
from app.domain.records import WorkOrderDraft
from app.domain.service_plan import VisitState
from app.services.service_plan.access import check_planner
from app.services.store import Store
from app.services.work_orders.orders import write_work_order

DEFAULT_LEAD_DAYS = 30
# The order's description; checklist_choice reads "monthly"/"月度" to offer the protocol.
_TEXT = {
    WorkOrderType.PREVENTIVE_MAINTENANCE: "年度计划保养 Planned preventive maintenance",
    WorkOrderType.INSPECTION: "年度计划月度巡检 Planned monthly inspection",
}


def issue_due_work_orders(store: Store, today: date, lead_days: int = DEFAULT_LEAD_DAYS) -> int:
    """Creates the work orders of approved visits due within `lead_days` of `today`
    that have none yet; returns how many were created."""
    check_planner(store)
    horizon = today + timedelta(days=lead_days)
    with store.session() as session:
        due = session.scalars(
            select(PlanVisit)
            .where(
                PlanVisit.deleted_at.is_(None),
                PlanVisit.state == VisitState.APPROVED,
                PlanVisit.work_order_id.is_(None),
                PlanVisit.planned_on <= horizon,
                PlanVisit.planned_on >= today,
            )
            .order_by(PlanVisit.planned_on, PlanVisit.start_minute)
        ).all()
        for visit in due:
            hour, minute = divmod(visit.start_minute, 60)
            when = f"{visit.planned_on.isoformat()} {hour:02d}:{minute:02d}"
            draft = WorkOrderDraft(
                type=visit.kind,
                priority=Priority.NORMAL,
                state=WorkOrderState.REPORTED,
                equipment_id=visit.equipment_id,
                description=f"{_TEXT[visit.kind]} · {when} · {visit.template_id}".strip(" ·"),
                reported_at=utcnow(),
                engineer_ids=[visit.engineer_id] if visit.engineer_id else [],
            )
            saved = write_work_order(session, store, None, draft)
            visit.work_order_id = saved.id
            visit.updated_by = store.user_login
        return len(due)
