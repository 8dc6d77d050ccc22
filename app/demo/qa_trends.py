"""A QA trend worth looking at: monthly QA (TG-142) on one demo linac over the last
year, its X-ray output drifting up through the ±2 % tolerance until it is past the ±3 %
action level, then recalibrated by a repair and back near zero (the dashboard's chart)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue, RepairRecord
from app.db.models import Equipment, EquipmentModel, User, WorkOrder, WorkOrderAssignment
from app.demo.checklists import COMMENTS, add_finished_run
from app.demo.rows import DEMO_BY, local_time
from app.demo.signatures import seed_signatures
from app.domain.checklists import MachineKind, machine_kind
from app.domain.enums import (
    AdverseEventAnswer,
    Modality,
    Priority,
    TrialRunResult,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)
from app.domain.ids import uuid7
from app.domain.numbering import format_number
from app.domain.tolerance import judge
from app.services.checklists.checklist_templates import load_templates
from app.services.store import Store

PREFIX = "QA"  # the numbers' device prefix: no demo laptop uses it
TEMPLATE = "linac_qa_monthly_tg142"
ITEM = "xray_output"
# % from baseline, every 30 days, oldest first: drifting up, past the tolerance (2 %),
# past the action level (3 %); recalibrated, then steady.
DRIFT = [-0.3, 0.0, 0.4, 0.7, 1.0, 1.3, 1.7, 2.2, 2.6, 3.2, 0.2, 0.3]


def qa_day(today: date, index: int) -> date:
    """The day of QA `index` (0 = oldest): every 30 days, the last 5 days ago."""
    return today - timedelta(days=30 * (len(DRIFT) - 1 - index) + 5)


class _Numbers:
    """The prefix's numbers, 1, 2, 3 … per year in reported order (as a laptop's)."""

    def __init__(self) -> None:
        self.last: dict[int, int] = {}

    def next(self, at: datetime) -> str:
        self.last[at.year] = self.last.get(at.year, 0) + 1
        return format_number(at.year, PREFIX, self.last[at.year])


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
    """Adds the year of QA once; returns how many QA runs were added."""
    template = load_templates()[0].get(TEMPLATE)
    with store.session() as session:
        first = _Numbers().next(local_time(qa_day(today, 0), 8.5))
        if template is None or session.scalar(
            select(WorkOrder.id).where(WorkOrder.number == first)
        ):
            return 0
        unit = _unit(session)
        if unit is None:
            return 0
        item = template.item(ITEM)
        assert item is not None
        engineer = session.scalar(
            select(User.id).where(User.role == UserRole.ENGINEER).order_by(User.login)
        )
        rng = random.Random(14)
        numbers = _Numbers()
        done: list[WorkOrder] = []
        for index, drift in enumerate(DRIFT):
            reported = local_time(qa_day(today, index), 8.5)
            order = _order(session, rng, unit, numbers, reported, 3.0, engineer)
            order.type, order.description = WorkOrderType.INSPECTION, "月度 QA（TG-142）"
            session.add(order)
            session.flush()  # the job before the rows that refer to it
            done.append(order)
            _assign(session, order, engineer)
            session.flush()
            assert order.finished_at is not None
            add_finished_run(session, rng, order, template, order.finished_at, may_fail=False)
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
                at = reported + timedelta(days=1)
                done.append(_recalibration(session, rng, unit, at, numbers, engineer))
        # Closed jobs carry their signatures, as every closed demo job does.
        seed_signatures(session, random.Random(15), [(o, Modality.LINAC) for o in done])
    return len(DRIFT)


def _order(
    session: Session,
    rng: random.Random,
    unit: str,
    numbers: _Numbers,
    at: datetime,
    hours: float,
    engineer: str | None,
) -> WorkOrder:
    """A closed job reported `at` and done `hours` later (every stamp set before the
    first flush, so the same `today` gives the same rows)."""
    done = at + timedelta(hours=hours)
    return WorkOrder(
        id=uuid7(unix_ms=int(at.timestamp() * 1000), rand=rng.randbytes(10)),
        number=numbers.next(at),
        type=WorkOrderType.INSPECTION,
        state=WorkOrderState.CLOSED,
        priority=Priority.NORMAL,
        equipment_id=unit,
        description="",
        reported_at=at,
        acknowledged_at=at + timedelta(minutes=20),
        arrived_at=at + timedelta(minutes=40),
        started_at=at + timedelta(minutes=45),
        finished_at=done,
        closed_at=done,
        created_at=at,
        updated_at=done,
        updated_by=DEMO_BY,
    )


def _assign(session: Session, order: WorkOrder, engineer: str | None) -> None:
    if engineer is None:
        return
    session.add(
        WorkOrderAssignment(
            work_order_id=order.id,
            user_id=engineer,
            created_at=order.reported_at,
            updated_at=order.reported_at,
            updated_by=DEMO_BY,
        )
    )


def _recalibration(
    session: Session,
    rng: random.Random,
    unit: str,
    at: datetime,
    numbers: _Numbers,
    engineer: str | None,
) -> WorkOrder:
    order = _order(session, rng, unit, numbers, at, 6.0, engineer)
    order.type, order.priority = WorkOrderType.REPAIR, Priority.HIGH
    order.description = "X射线输出剂量超出干预水平（+3.2%），需重新校准"
    session.add(order)
    session.flush()  # the job before the rows that refer to it
    _assign(session, order, engineer)
    session.add(
        RepairRecord(
            work_order_id=order.id,
            symptom="月检 X 射线输出 +3.2%",
            fault_code="LINAC/DOS-01",
            cause="剂量监测电离室灵敏度漂移",
            actions="按 TG-51 重新校准输出，物理师独立核对",
            labour_hours=5.0,
            trial_run_result=TrialRunResult.PASSED,
            # A dose-channel fault may be reportable: answered, found on QA, no patient
            # treated beyond the action level (the unit was taken out the same day).
            adverse_event=AdverseEventAnswer.NO_HARM,
            created_at=at,
            updated_at=at,
            updated_by=DEMO_BY,
        )
    )
    session.flush()
    return order
