"""The demo's upgrade campaign (§5.3): a TrueBeam software release over seven units,
one at each step — qualifying, notified, refused, consented, scheduled, done and
verified (its upgrade work order carries a completed monthly QA run, copied from the
unit's own last one, as the test after the upgrade)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import Equipment, EquipmentModel, User, WorkOrder, WorkOrderAssignment
from app.db.unit_configuration import UnitSoftwareVersion
from app.db.upgrades import CampaignUnit, UpgradeCampaign
from app.demo.rows import DEMO_BY
from app.domain.enums import Priority, RunState, UserRole, WorkOrderState, WorkOrderType
from app.domain.ids import uuid7
from app.domain.numbering import format_number
from app.domain.upgrades import NoticeChannel, UnitStep
from app.services.store import Store

IDS_SEED = 53  # §5.3: the upgrade work orders' ids, the same on every seeding
S = UnitStep
STEPS = (S.VERIFIED, S.DONE, S.SCHEDULED, S.CONSENTED, S.REFUSED, S.NOTIFIED, S.QUALIFIED)
BEFORE = ("2.6.1", "2.7", "2.5.2", "2.6", "2.7", "2.6.3", "2.5")
NEW_VERSION = "2.7.4"
ANSWERS = ("张建国", "李红", "王磊", "赵丽", "陈主任")
STROKE = [[120.0, 160.0, 0.5, 0], [220.0, 120.0, 0.6, 60], [320.0, 170.0, 0.6, 120]]


def seed_upgrades(store: Store, today: date) -> int:
    """Adds the campaign once; returns how many units it reaches (0: none added)."""
    with store.session() as session:
        if session.scalar(select(UpgradeCampaign.id).limit(1)) is not None:
            return 0
        model = session.scalar(
            select(EquipmentModel).where(
                EquipmentModel.maker == "Varian", EquipmentModel.model == "TrueBeam"
            )
        )
        if model is None:
            return 0
        units = _units_with_qa_first(session, model.id)
        if len(units) < len(STEPS):
            return 0
        made = _Made(random.Random(IDS_SEED), {})
        start = datetime.combine(today - timedelta(days=60), time(1), tzinfo=UTC)
        campaign = UpgradeCampaign(
            title="TrueBeam 2.7 MR4 软件升级",
            changes="修复 MLC 叶片位置校准漂移；改进 kV 成像剂量记录；新增 IEC 62366 可用性修订。",
            release_note="Varian TrueBeam 2.7 MR4 (2.7.4) 发行说明：适用于 2.5 至 2.7 版本。",
            model_id=model.id,
            version_min="2.5",
            version_max="2.7",
            new_version=NEW_VERSION,
            component="Treatment console",  # as the demo's version histories name it
            checklist_template="linac_qa_monthly_tg142",
            created_at=start,
            updated_at=start,
            updated_by=DEMO_BY,
        )
        session.add(campaign)
        session.flush()
        for index, (unit, step) in enumerate(zip(units, STEPS, strict=False)):
            session.add(_unit(session, made, campaign, unit, step, index, start))
        return len(STEPS)


def _units_with_qa_first(session: Session, model_id: str) -> list[Equipment]:
    """The model's units, one with a completed QA run first (it becomes the verified)."""
    units = list(
        session.scalars(
            select(Equipment)
            .where(Equipment.model_id == model_id, Equipment.deleted_at.is_(None))
            .order_by(Equipment.serial_number)
        )
    )
    with_qa = set(
        session.scalars(
            select(WorkOrder.equipment_id)
            .join(ChecklistRun, ChecklistRun.work_order_id == WorkOrder.id)
            .where(
                ChecklistRun.state == RunState.COMPLETED,
                ChecklistRun.template_id == "linac_qa_monthly_tg142",
            )
        )
    )
    return sorted(units, key=lambda u: u.id not in with_qa)


@dataclass
class _Made:
    """The demo's upgrade work orders so far: their id stream and numbers per year."""

    ids: random.Random
    sequence: dict[int, int]


def _unit(
    session: Session,
    made: _Made,
    campaign: UpgradeCampaign,
    unit: Equipment,
    step: UnitStep,
    index: int,
    start: datetime,
) -> CampaignUnit:
    order = list(STEPS)[::-1].index(step)  # how far along: 0 qualifying … 6 verified
    row = CampaignUnit(
        campaign_id=campaign.id,
        equipment_id=unit.id,
        step=step,
        version_before=BEFORE[index],
        created_at=start,
        updated_at=start + timedelta(days=order),
        updated_by=DEMO_BY,
    )
    if order >= 1:
        row.notified_on = (start + timedelta(days=3)).date()
        row.notice_channel = list(NoticeChannel)[index % len(NoticeChannel)]
    if order >= 2:
        row.answer_by = ANSWERS[index % len(ANSWERS)]
        row.answered_at = start + timedelta(days=10 + index)
        row.answer_recorded_by = DEMO_BY
        row.answer_strokes = [STROKE] if index % 2 == 0 else []
        if step is S.REFUSED:
            row.refusal_reason = "临床治疗任务饱满，今年暂不升级"
    if order >= 4:
        row.scheduled_for = (start + timedelta(days=30 + index)).date()
        row.work_order_id = _work_order(session, made, campaign, row, unit, order, start)
    # The unit's version history agrees with the campaign: the version found on it, and
    # the new one once the upgrade is done (under the campaign's component).
    _history(session, campaign, unit, BEFORE[index], start - timedelta(days=1), None)
    if order >= 5:
        row.done_at = start + timedelta(days=31 + index)
        row.version_written = NEW_VERSION
        _history(session, campaign, unit, NEW_VERSION, row.done_at, row.work_order_id)
    if order >= 6:
        run = _copied_qa_run(session, unit.id, row.work_order_id or "", row.done_at)
        row.verified_at = (row.done_at or start) + timedelta(hours=3)
        row.verified_run_id = run
    return row


def _work_order(
    session: Session,
    made: _Made,
    campaign: UpgradeCampaign,
    row: CampaignUnit,
    unit: Equipment,
    order: int,
    start: datetime,
) -> str:
    """The unit's upgrade work order, made as the demo makes its work orders: a fixed
    id stream, an `UP` number series, stamps up to its state, an engineer assigned."""
    reported = start + timedelta(days=26 - order)  # made in this order: numbers ascend
    state = WorkOrderState.COMPLETED if order >= 5 else WorkOrderState.ACKNOWLEDGED
    stamps = {"acknowledged_at": reported + timedelta(hours=2)}
    if state is WorkOrderState.COMPLETED:
        day = datetime.combine(row.scheduled_for or reported.date(), time(1), tzinfo=UTC)
        stamps |= {
            "travelling_at": day,
            "arrived_at": day + timedelta(hours=1),
            "started_at": day + timedelta(hours=1, minutes=20),
            "finished_at": day + timedelta(hours=6),
        }
    made.sequence[reported.year] = made.sequence.get(reported.year, 0) + 1
    ids = made.ids
    order_id = uuid7(unix_ms=int(reported.timestamp() * 1000), rand=ids.randbytes(10))
    last = max(stamps.values())
    session.add(
        WorkOrder(
            id=order_id,
            number=format_number(reported.year, "UP", made.sequence[reported.year]),
            type=WorkOrderType.UPGRADE,
            state=state,
            priority=Priority.NORMAL,
            equipment_id=unit.id,
            description=f"{campaign.title}: {row.version_before} → {campaign.new_version}",
            reported_at=reported,
            created_at=reported,
            updated_at=last,
            updated_by=DEMO_BY,
            **stamps,
        )
    )
    engineer = session.scalar(
        select(User.id).where(User.role == UserRole.ENGINEER).order_by(User.login)
    )
    if engineer is not None:
        session.add(
            WorkOrderAssignment(
                id=uuid7(unix_ms=int(reported.timestamp() * 1000), rand=ids.randbytes(10)),
                work_order_id=order_id,
                user_id=engineer,
                created_at=reported,
                updated_at=reported,
                updated_by=DEMO_BY,
            )
        )
    session.flush()
    return order_id


def _copied_qa_run(session: Session, unit_id: str, work_order_id: str, at: datetime | None) -> str:
    """The unit's last completed monthly QA, repeated on the upgrade work order."""
    source = session.scalar(
        select(ChecklistRun)
        .join(WorkOrder, WorkOrder.id == ChecklistRun.work_order_id)
        .where(
            WorkOrder.equipment_id == unit_id,
            ChecklistRun.state == RunState.COMPLETED,
            ChecklistRun.template_id == "linac_qa_monthly_tg142",
        )
        .order_by(ChecklistRun.completed_at.desc())
    )
    if source is None:
        return ""
    when = at or source.started_at
    run = ChecklistRun(
        work_order_id=work_order_id,
        template_id=source.template_id,
        template_version=source.template_version,
        template_title=source.template_title,
        template_snapshot=source.template_snapshot,
        machine_class=source.machine_class,
        state=RunState.COMPLETED,
        started_at=when,
        completed_at=when + timedelta(hours=2),
        created_at=when,
        updated_at=when + timedelta(hours=2),
        updated_by=DEMO_BY,
    )
    session.add(run)
    session.flush()
    values = session.scalars(select(ChecklistValue).where(ChecklistValue.run_id == source.id))
    session.add_all(
        ChecklistValue(
            run_id=run.id,
            item_id=v.item_id,
            text=v.text,
            number=v.number,
            unit=v.unit,
            verdict=v.verdict,
            comment=v.comment,
            entered_at=when + timedelta(minutes=30),
            created_at=when,
            updated_at=when,
            updated_by=DEMO_BY,
        )
        for v in list(values)
    )
    return run.id


def _history(
    session: Session,
    campaign: UpgradeCampaign,
    unit: Equipment,
    version: str,
    when: datetime,
    work_order_id: str | None,
) -> None:
    session.add(
        UnitSoftwareVersion(
            equipment_id=unit.id,
            component=campaign.component,
            version=version,
            installed_on=when.date(),
            recorded_by="周建国",  # the demo's service manager runs the campaign
            work_order_id=work_order_id,
            created_at=when,
            updated_at=when,
            updated_by=DEMO_BY,
        )
    )
