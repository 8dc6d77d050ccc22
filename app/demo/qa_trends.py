"""A QA trend worth looking at: monthly QA (TG-142) on one demo linac for 18 months, its
X-ray output drifting up through the ±2 % tolerance until it is past the ±3 % action
level, then recalibrated by a repair and back near zero (the dashboard's trend chart)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue, RepairRecord
from app.db.models import Equipment, EquipmentModel, WorkOrder
from app.demo.checklists import COMMENTS, add_finished_run
from app.demo.rows import DEMO_BY, local_time
from app.domain.checklists import MachineKind, machine_kind
from app.domain.enums import (
    Modality,
    Priority,
    TrialRunResult,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.numbering import format_number
from app.domain.tolerance import judge
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store

PREFIX = "QA"  # the numbers' device prefix: no demo laptop uses it
TEMPLATE = "linac_qa_monthly_tg142"
ITEM = "xray_output"
MONTHS = 18
# % from baseline, oldest first: drifting ~0.2 %/month, past tolerance (2 %) in month
# 12, past the action level (3 %) in month 15; recalibrated, then steady.
DRIFT = [-0.4, -0.1, 0.1, 0.4, 0.5, 0.8, 1.0, 1.3, 1.4, 1.7, 1.9, 2.2, 2.4, 2.7, 3.2, 0.2, 0.1, 0.3]


def _month_back(today: date, back: int) -> date:
    month = today.year * 12 + today.month - 1 - back
    return date(month // 12, month % 12 + 1, 10)


def _unit(session: Session) -> str | None:
    """The demo's first gantry linac (by serial number)."""
    rows = session.execute(
        select(Equipment.id, EquipmentModel.maker, EquipmentModel.model)
        .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
        .where(EquipmentModel.modality == Modality.LINAC, Equipment.deleted_at.is_(None))
        .order_by(Equipment.serial_number)
    ).all()
    for unit_id, maker, model in rows:
        if machine_kind(Modality.LINAC, maker, model) is MachineKind.GANTRY_LINAC:
            return str(unit_id)
    return None


def seed_qa_trend(store: Store, today: date) -> int:
    """Adds the months of QA once; returns how many runs were added."""
    template = load_templates()[0].get(TEMPLATE)
    with store.session() as session:
        first = format_number(_month_back(today, MONTHS).year, PREFIX, 1)
        if template is None or session.scalar(
            select(WorkOrder.id).where(WorkOrder.number == first)
        ):
            return 0
        unit = _unit(session)
        if unit is None:
            return 0
        rng = random.Random(14)
        item = template.item(ITEM)
        assert item is not None
        for index, drift in enumerate(DRIFT):
            day = _month_back(today, MONTHS - index)
            reported = local_time(day, 8.5)
            finished = local_time(day, 11.5)
            order = _order(session, unit, WorkOrderType.INSPECTION, day, index + 1, reported)
            order.finished_at = order.closed_at = finished
            order.description = "月度 QA（TG-142）"
            session.flush()
            add_finished_run(session, rng, order, template, finished, may_fail=False)
            session.flush()
            run = session.scalars(
                select(ChecklistRun).where(ChecklistRun.work_order_id == order.id)
            ).one()
            value = session.scalars(
                select(ChecklistValue).where(
                    ChecklistValue.run_id == run.id, ChecklistValue.item_id == ITEM
                )
            ).one()
            judged = judge(item.rule_for(run.machine_class), f"{drift:.1f} %")
            value.text, value.verdict = judged.text, judged.verdict
            value.number = float(judged.number) if judged.number is not None else None
            value.comment = COMMENTS.get(judged.verdict, "")
            if drift >= 3:  # beyond action: the unit is recalibrated the next day
                _recalibration(session, unit, day + timedelta(days=1), len(DRIFT) + 1)
    return len(DRIFT)


def _order(
    session: Session, unit: str, kind: WorkOrderType, day: date, sequence: int, at: datetime
) -> WorkOrder:
    order = WorkOrder(
        number=format_number(day.year, PREFIX, sequence),
        type=kind,
        state=WorkOrderState.CLOSED,
        priority=Priority.NORMAL,
        equipment_id=unit,
        reported_at=at,
        acknowledged_at=at + timedelta(minutes=20),
        arrived_at=at + timedelta(minutes=40),
        started_at=at + timedelta(minutes=45),
        created_at=at,
        updated_at=at,
        updated_by=DEMO_BY,
    )
    session.add(order)
    return order


def _recalibration(session: Session, unit: str, day: date, sequence: int) -> None:
    at = local_time(day, 8.0)
    order = _order(session, unit, WorkOrderType.REPAIR, day, sequence, at)
    order.priority = Priority.HIGH
    order.description = "X射线输出剂量超出干预水平（+3.2%），需重新校准"
    order.finished_at = order.closed_at = at + timedelta(hours=6)
    session.flush()
    session.add(
        RepairRecord(
            work_order_id=order.id,
            symptom="月检 X 射线输出 +3.2%",
            fault_code="LINAC/DOS-01",
            cause="剂量监测电离室灵敏度漂移",
            actions="按 TG-51 重新校准输出，物理师独立核对",
            labour_hours=5.0,
            trial_run_result=TrialRunResult.PASSED,
            created_at=at,
            updated_at=at,
            updated_by=DEMO_BY,
        )
    )
