"""The field work behind the demo's work orders: repair records with parts and trial
runs, inspection readings and findings (some escalated to repairs), follow-up calls
and each order's workflow history — so every screen has something real to show.

Deterministic like the rest of the demo, and added once (marked by its first part).
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import (
    AwaitedPart,
    Finding,
    FollowUp,
    InstallationRecord,
    Part,
    PartUsage,
    RepairRecord,
    RunningParameter,
    WorkOrderEvent,
)
from app.db.models import Equipment, EquipmentModel, WorkOrder
from app.demo.checklists import seed_checklists
from app.demo.instruments import add_instruments
from app.demo.qa_content import seed_qa_content
from app.demo.rows import DEMO_BY
from app.demo.signatures import QC_NAME, seed_signatures, signers
from app.demo.training import seed_trainees
from app.domain import workflow
from app.domain.enums import (
    AdverseEventAnswer,
    FindingSeverity,
    FollowUpOutcome,
    Modality,
    RemovedPartFate,
    TrialRunResult,
    WorkOrderState,
    WorkOrderType,
)
from app.services.registry.fault_codes import fault_codes
from app.services.store import Store

S, T = WorkOrderState, WorkOrderType
SEED = 20_250_301
FIRST_PART = "DEMO-100-0001"

PARTS = [
    (FIRST_PART, "离子泵控制器 Ion pump controller"),
    ("DEMO-100-0002", "MLC 叶片驱动电机 MLC leaf motor"),
    ("DEMO-100-0003", "磁控管 Magnetron"),
    ("DEMO-100-0004", "闸流管 Thyratron"),
    ("DEMO-100-0005", "冷却水流量开关 Coolant flow switch"),
    ("DEMO-100-0006", "剂量监测电离室 Monitor chamber"),
    ("DEMO-100-0007", "机架编码器 Gantry encoder"),
    ("DEMO-100-0008", "激光定位灯模块 Room laser module"),
    ("DEMO-200-0001", "CT 球管 CT X-ray tube"),
    ("DEMO-200-0002", "滑环碳刷 Slip-ring brush set"),
    ("DEMO-300-0001", "后装源导管 Source transfer tube"),
    ("DEMO-300-0002", "驱动钢丝 Drive cable"),
    ("DEMO-100-0009", "速调管 Klystron"),
]
MAGNETRON, KLYSTRON = "DEMO-100-0003", "DEMO-100-0009"
PARTS_BY_MODALITY = {
    Modality.LINAC: PARTS[:8],
    Modality.CT_SIMULATOR: PARTS[8:10],
    Modality.AFTERLOADER: PARTS[10:12],
}
CAUSES = [
    ("{title}：部件老化", "更换{part}，校准并复测"),
    ("{title}：连接器松动", "重新紧固接插件，清洁触点，复测合格"),
    ("{title}：参数漂移", "按维修手册重新校准，记录新基线"),
]
READINGS: dict[Modality, list[tuple[str, str, float, float]]] = {
    Modality.LINAC: [
        ("磁控管累计高压时间", "h", 6000, 14000),
        ("SF6 气压", "psi", 31, 34),
        ("冷却水温度", "°C", 19, 23),
        ("离子泵电流", "µA", 0.5, 3.0),
    ],
    Modality.CT_SIMULATOR: [("球管累计曝光次数", "万次", 20, 90), ("机房温度", "°C", 20, 25)],
    Modality.AFTERLOADER: [("源活度", "Ci", 5, 10), ("源导管通过测试", "次", 3, 3)],
}
# Which fault-code family a reported symptom points to (first keyword found wins).
SYMPTOM_CODES = [
    ("MLC", "MLC-"), ("真空", "VAC-"), ("剂量", "DOS-"), ("机架", "GAN-"), ("高压", "RF-"),
    ("调制器", "RF-"), ("水冷", "WAT-"), ("kV", "IMG-"), ("EPID", "IMG-"), ("治疗床", "CPL-"),
    ("SF6", "SF6-"), ("通讯", "CTL-"), ("光野", "COL-"), ("准直器", "COL-"), ("电子枪", "GUN-"),
    ("门联锁", "INT-"), ("球管", "TUB-"), ("源", "SRC-"),
]  # fmt: skip
# The part a fault-code family usually needs.
FAMILY_PART = {
    "VAC-": "DEMO-100-0001", "MLC-": "DEMO-100-0002", "RF-": "DEMO-100-0003",
    "WAT-": "DEMO-100-0005", "DOS-": "DEMO-100-0006", "GAN-": "DEMO-100-0007",
    "COL-": "DEMO-100-0007", "TUB-": "DEMO-200-0001", "SRC-": "DEMO-300-0002",
}  # fmt: skip
FINDINGS = [
    ("MLC 叶片 B41 运动偶有迟滞", FindingSeverity.MAJOR),
    ("冷却水过滤网有沉积，已清洗", FindingSeverity.MINOR),
    ("治疗床纵向运动异响", FindingSeverity.MAJOR),
    ("门联锁开关接触不良", FindingSeverity.CRITICAL),
]


def seed_field_work(store: Store, today: date) -> bool:
    """Adds the field work once; False when it is already there."""
    with store.session() as session:
        if session.scalar(select(Part.id).where(Part.part_number == FIRST_PART)):
            return False
        rng = random.Random(SEED)
        orders: list[Any] = list(
            session.execute(
                select(WorkOrder, EquipmentModel.modality)
                .join(Equipment, Equipment.id == WorkOrder.equipment_id)
                .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
                .where(WorkOrder.updated_by == DEMO_BY)
                .order_by(WorkOrder.reported_at)
            ).all()
        )
        parts = _parts(session)
        for order, modality in orders:
            _history(session, order)
            if order.type is T.REPAIR:
                _repair(session, rng, order, modality, parts)
            elif order.type is T.UPGRADE:
                _upgrade(session, order)
            elif order.type in (T.INSPECTION, T.PREVENTIVE_MAINTENANCE):
                _inspection(session, rng, order, modality, orders)
            if order.type in (T.REPAIR, T.PREVENTIVE_MAINTENANCE):
                _follow_up(session, rng, order, today)
        for order, _ in orders:
            if order in session.dirty:
                # A fixed stamp, not the seeding time: the same `today`, the same data.
                order.updated_at = order.updated_at + timedelta(microseconds=1)
        for order, _ in orders:  # after the stamps: its look-ups flush the session
            if order.type in (T.INSTALLATION, T.COMMISSIONING, T.ACCEPTANCE):
                _installation(session, order)
        seed_checklists(session, rng, orders)
        seed_qa_content(session, orders, today)
        seed_trainees(session, random.Random(SEED + 7), orders, DEMO_BY)
        add_instruments(session, today)  # before the signatures, which cover their use
        seed_signatures(session, rng, orders)
        return True


def _add(session: Session, row: Any, when: datetime) -> Any:
    row.created_at = row.updated_at = when
    row.updated_by = DEMO_BY
    session.add(row)
    return row


def _parts(session: Session) -> dict[str, Part]:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    rows = {number: Part(part_number=number, description=text) for number, text in PARTS}
    for part in rows.values():
        _add(session, part, when)
    session.flush()
    return rows


def _path(order: WorkOrder) -> list[WorkOrderState]:
    """The states this demo order went through to reach its state."""
    if order.state is S.CANCELLED:
        return [S.ACKNOWLEDGED, S.CANCELLED] if order.acknowledged_at else [S.CANCELLED]
    full = [S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS]
    if order.state is S.AWAITING_PARTS:
        return [*full, S.AWAITING_PARTS]
    if order.type is T.REPAIR:
        full.append(S.TRIAL_RUN)
    full += [S.COMPLETED, S.CUSTOMER_SIGNED, S.CLOSED]
    return full[: full.index(order.state) + 1] if order.state in full else []


def _history(session: Session, order: WorkOrder) -> None:
    stamps = [order.reported_at]
    source = S.REPORTED
    for target in _path(order):
        field = workflow.STAMPS.get(target, "")
        at = getattr(order, field, None) or stamps[-1] + timedelta(minutes=20)
        if target is S.CUSTOMER_SIGNED and order.signed_at is None:
            order.signed_at = at
        if target is S.TRIAL_RUN and order.trial_run_at is None:
            order.trial_run_at = at
        if target is S.CANCELLED:
            order.cancelled_at, order.cancel_reason = at, "客户临时调整计划"
        event = WorkOrderEvent(
            work_order_id=order.id, from_state=source, to_state=target, at=at, by_login=DEMO_BY
        )
        _add(session, event, at)
        stamps.append(at)
        source = target


def _repair(
    session: Session,
    rng: random.Random,
    order: WorkOrder,
    modality: Modality,
    parts: dict[str, Part],
) -> None:
    codes = fault_codes(modality) if modality in PARTS_BY_MODALITY else []
    family = next((f for word, f in SYMPTOM_CODES if word in order.description), "")
    matching = [c for c in codes if family and c.code.startswith(family)]
    code = rng.choice(matching or codes) if codes else None
    catalogue = PARTS_BY_MODALITY.get(modality, PARTS[:1])
    part_number, part_text = rng.choice(catalogue)
    if family in FAMILY_PART and matching:  # a CT "高压发生器" is no linac RF fault
        part_number = FAMILY_PART[family]
        part_text = dict(PARTS)[part_number]
    with session.no_autoflush:  # a flush now would stamp the orders' updated_at
        klystron = uses_klystron(order.equipment.model)
    if klystron:  # the RF source the unit really has
        part_number = KLYSTRON if part_number == MAGNETRON else part_number
        code = _code(codes, "RF-02") if code and code.code == "RF-01" else code
    elif code and code.code == "RF-02":
        code = _code(codes, "RF-01")
    part_text = dict(PARTS)[part_number]
    cause, actions = rng.choice(CAUSES)
    title = code.title_zh if code else "故障"
    done = order.state in workflow.DONE
    tried = done or order.state is S.TRIAL_RUN
    record = RepairRecord(
        work_order_id=order.id,
        symptom=order.description,
        fault_code=code.key if code else "",
        cause=cause.format(title=title),
        actions=actions.format(part=part_text.split(" ")[0]) if tried else "",
        labour_hours=round(rng.uniform(1, 8) * 2) / 2,
        travel_hours=round(rng.uniform(0.5, 4) * 2) / 2,
        trial_run_result=TrialRunResult.PASSED if done else TrialRunResult.NOT_RUN,
        trial_run_notes="试运行 3 个治疗计划，剂量与机械参数正常" if done else "",
    )
    if code is not None and code.reportable:
        _adverse_event(record, order, done)
    _add(session, record, order.finished_at or order.reported_at)
    if order.state is S.AWAITING_PARTS:
        _awaited(session, order, parts[part_number])
    if tried and rng.random() < 0.7:
        serial = f"SN{rng.randint(100000, 999999)}"
        usage = PartUsage(
            work_order_id=order.id,
            part_id=parts[part_number].id,
            quantity=1,
            serial_out=serial,
            serial_in=f"SN{rng.randint(100000, 999999)}",
        )
        with session.no_autoflush:  # reading the unit's maker must not flush the order
            _traceability(usage, order, part_number, part_text)
        _add(session, usage, order.finished_at or order.reported_at)


def _adverse_event(record: RepairRecord, order: WorkOrder, done: bool) -> None:
    """A fault that could have harmed a patient: the engineer answered the question. Some
    were caught before any treatment (no harm possible); the others were reported by the
    hospital's device-safety officer once the job was done (an open job: not yet)."""
    if int(order.number[-1]) % 3 == 0:
        record.adverse_event = AdverseEventAnswer.NO_HARM
        return
    record.adverse_event = AdverseEventAnswer.COULD_HAVE_HARMED
    if done and order.finished_at is not None:
        record.adverse_event_reported_to = (
            "医院医疗器械不良事件监测员（设备科），经其上报省级监测机构"
        )
        record.adverse_event_reported_on = order.finished_at.date()


def _traceability(usage: PartUsage, order: WorkOrder, number: str, text: str) -> None:
    """Maker, model, lot and production date of the part fitted, and where the old one
    went — derived from the serial so the demo's random draws stay as they were."""
    digits = int(usage.serial_in[2:])
    usage.manufacturer = order.equipment.model.maker
    english = re.split(r"[\u4e00-\u9fff]+", text)[-1].strip()  # "中文 English" names
    usage.model_spec = f"{english}, {number} rev. {'ABC'[digits % 3]}"
    fitted = order.finished_at or order.reported_at
    usage.lot_number = f"L{fitted.year % 100:02d}{digits % 10000:04d}"
    usage.production_date = (fitted - timedelta(days=60 + digits % 400)).date()
    fates = (RemovedPartFate.RMA, RemovedPartFate.SCRAPPED, RemovedPartFate.RETURNED)
    usage.removed_part_fate = fates[digits % 3]


def _awaited(session: Session, order: WorkOrder, part: Part) -> None:
    """The part a demo repair waits for: ordered from the maker, a week to come.
    (No draw from `rng`: the rest of the demo stays as it was.)"""
    ordered = order.started_at or order.reported_at
    line = AwaitedPart(
        work_order_id=order.id,
        part_id=part.id,
        quantity=1,
        order_reference=f"PO-{ordered:%Y%m}-{order.number[-4:]}",
        expected_on=(ordered + timedelta(days=7)).date(),
    )
    _add(session, line, ordered)


def uses_klystron(model: EquipmentModel) -> bool:
    """Varian's high-energy linacs (Clinac, TrueBeam, VitalBeam, Edge) drive their
    waveguide with a klystron; Elekta's and the 6 MV-only Halcyon with a magnetron."""
    return model.maker == "Varian" and "halcyon" not in model.model.lower()


def _code(codes: list[Any], wanted: str) -> Any:
    return next((c for c in codes if c.code == wanted), None)


def _upgrade(session: Session, order: WorkOrder) -> None:
    """What an upgrade did and how it was verified: what its service report concludes."""
    if order.state not in workflow.DONE or order.finished_at is None:
        return
    record = RepairRecord(
        work_order_id=order.id,
        symptom="",
        cause="",
        actions=f"{order.description}：按厂家升级说明完成安装，备份并恢复配置",
        labour_hours=6.0,
        travel_hours=1.0,
        trial_run_result=TrialRunResult.PASSED,
        trial_run_notes="升级后验证测试及剂量输出核对通过",
    )
    _add(session, record, order.finished_at)


def _installation(session: Session, order: WorkOrder) -> None:
    """The installation record; an acceptance also names who accepted the unit — the
    engineer, the customer's contact and QC who sign its report (demo_signatures.py)."""
    if order.started_at is None:
        return
    engineer, contact, _role = signers(order)
    site = order.equipment.site
    done = order.state in workflow.DONE and order.finished_at is not None
    summaries = {
        T.INSTALLATION: "设备就位、水电气连接及机械安装完成，通电自检正常。",
        T.COMMISSIONING: "束流数据采集完成，TPS 建模及剂量验证通过。",
        T.ACCEPTANCE: "按合同技术规格逐项完成验收测试，国家计量检定合格。",
    }
    accepted = done and order.type is T.ACCEPTANCE
    record = InstallationRecord(
        work_order_id=order.id,
        agreed_date=order.reported_at.date(),
        place=" · ".join(part for part in (site.name, site.building) if part),
        people=f"{engineer}（工程师）；{contact}（客户）",
        commissioning_summary=summaries.get(order.type, "") if done else "",
        open_problems="",
        accepted_by_customer=contact if accepted else "",
        accepted_by_engineer=engineer if accepted else "",
        accepted_by_qc=QC_NAME if accepted else "",
        accepted_at=order.finished_at if accepted else None,
    )
    _add(session, record, order.finished_at or order.started_at)


def _inspection(
    session: Session,
    rng: random.Random,
    order: WorkOrder,
    modality: Modality,
    orders: list[Any],
) -> None:
    if order.started_at is None:
        return
    with session.no_autoflush:  # a flush now would stamp the orders' updated_at
        klystron = uses_klystron(order.equipment.model)
    for name, unit, low, high in READINGS.get(modality, []):
        if name.startswith("磁控管") and klystron:
            name = name.replace("磁控管", "速调管")
        value = f"{rng.uniform(low, high):.1f}".rstrip("0").rstrip(".")
        _add(
            session,
            RunningParameter(work_order_id=order.id, name=name, value=value, unit=unit),
            order.started_at,
        )
    if modality is not Modality.LINAC or rng.random() > 0.45:
        return
    text, severity = rng.choice(FINDINGS)
    later_repair = next(
        (
            o
            for o, _ in orders
            if o.type is T.REPAIR
            and o.equipment_id == order.equipment_id
            and o.reported_at > order.started_at
            and o.origin_id is None
        ),
        None,
    )
    escalate = later_repair is not None and severity is not FindingSeverity.MINOR
    finding = Finding(
        work_order_id=order.id,
        description=text,
        severity=severity,
        fixed_on_site=severity is FindingSeverity.MINOR,
        escalated_to_id=later_repair.id if escalate and later_repair else None,
    )
    if escalate and later_repair is not None:
        later_repair.origin_id = order.id
    _add(session, finding, order.started_at)


def _follow_up(session: Session, rng: random.Random, order: WorkOrder, today: date) -> None:
    if order.state not in workflow.DONE or order.finished_at is None:
        return
    due = (order.finished_at + timedelta(days=10)).date()
    follow_up = FollowUp(work_order_id=order.id, due_date=due, outcome=FollowUpOutcome.OPEN)
    if order.state is S.CLOSED and due < today:  # closed after the call was made
        follow_up.outcome = (
            FollowUpOutcome.DISSATISFIED if rng.random() < 0.05 else FollowUpOutcome.SATISFIED
        )
        follow_up.done_at = datetime.combine(due, datetime.min.time(), UTC) + timedelta(hours=2)
        follow_up.notes = (
            "科室反映偶有同类报警，已安排复查"
            if follow_up.outcome is FollowUpOutcome.DISSATISFIED
            else "物理师确认设备运行稳定，满意"
        )
    _add(session, follow_up, order.finished_at)
