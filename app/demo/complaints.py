"""Demo hotline calls and complaints: three dozen calls over the last months (a few
questions still open, one past its due date), and complaints in every state — new,
assessed, being handled, closed, reopened — some past their deadline, one about a
device that could have harmed someone and was reported, one from a dissatisfied
follow-up. All on demo units and work orders, added in one transaction."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.complaints import Complaint, ComplaintEntry, ComplaintWorkOrder, HotlineCall
from app.db.fieldwork import FollowUp
from app.db.models import Contact, Equipment, Site, User, WorkOrder
from app.demo.rows import DEMO_BY
from app.domain.complaints import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    CustomerSatisfaction,
    ReportedBack,
)
from app.domain.enums import AdverseEventAnswer, FollowUpOutcome, UserRole, WorkOrderType
from app.services.store import Store

QUESTIONS = (
    ("MLC 初始化时报 2050 错误，怎么处理？", "先在服务模式下复位 MLC 控制器，再做叶片初始化。"),
    ("晨检输出偏高 2.1%，可以继续治疗吗？", "超过 2% 行动水平，暂停治疗，复测后联系物理师校准。"),
    ("CBCT 图像出现环形伪影", "做一次探测器增益校准（空气扫描）即可。"),
    ("治疗床纵向运动有异响", "检查床面导轨润滑，安排下次保养时处理。"),
    ("后装机换源后源强核对差 3%", "按 TG-43 重新测量并核对证书日期的衰变计算。"),
    ("TPS 导入 CT 时提示层厚不一致", "检查 CT 重建参数，层厚需一致后再导出。"),
    ("电子线 9 MeV 平坦度超差", "需要厂家数据确认，另行答复。"),
    ("门联锁偶尔误触发", "检查门磁开关间隙，必要时更换门磁。"),
    ("水冷机报流量低", "清洗过滤网，检查水位。"),
    ("模拟定位 CT 球管热容量告警频繁", "延长扫描间隔，球管已接近寿命，建议评估更换。"),
    ("想了解新版本软件的升级计划", "需与研发确认发布时间，另行答复。"),
    ("剂量率显示波动", "检查监测电离室电缆连接，观察一周。"),
)
MATTERS = (
    (ComplaintCategory.RESPONSE_TIME, "报修后 48 小时才有工程师到场，影响治疗安排"),
    (ComplaintCategory.REPAIR_QUALITY, "维修后三天内再次停机，同一故障"),
    (ComplaintCategory.SPARE_PARTS, "配件等待超过两周，仍无到货时间"),
    (ComplaintCategory.EQUIPMENT_QUALITY, "治疗中 MLC 叶片卡滞，治疗中断"),
    (ComplaintCategory.DOCUMENTS, "维修报告缺少更换配件的批号"),
    (ComplaintCategory.ENGINEER_CONDUCT, "工程师离场前未清理机房"),
    (ComplaintCategory.COSTS, "保修期内仍收取了上门费"),
    (ComplaintCategory.EQUIPMENT_QUALITY, "加速器输出剂量在一周内漂移超过 3%"),
)
CAUSES = (
    ("备件库存未覆盖该型号", "调整区域库存，关键配件备两件"),
    ("上次维修未更换根本故障件", "复查维修流程，要求试机 2 小时后离场"),
    ("工程师排班冲突", "增加周末值班工程师"),
)
# The complaints' states in the order they are made (14 of them).
STATES = (
    ComplaintState.NEW,
    ComplaintState.NEW,
    ComplaintState.ASSESSED,
    ComplaintState.ASSESSED,
    ComplaintState.ASSESSED,
    ComplaintState.IN_PROGRESS,
    ComplaintState.IN_PROGRESS,
    ComplaintState.IN_PROGRESS,
    ComplaintState.IN_PROGRESS,
    ComplaintState.CLOSED,
    ComplaintState.CLOSED,
    ComplaintState.CLOSED,
    ComplaintState.REOPENED,
    ComplaintState.REOPENED,
)
CALLS = 36


def seed_complaints(store: Store, today: date) -> bool:
    """Adds the demo calls and complaints once; False when already there."""
    with store.session() as session:
        if session.scalar(select(HotlineCall.id).where(HotlineCall.updated_by == DEMO_BY)):
            return False
        return _add(session, today)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def _add(session: Session, today: date) -> bool:
    rng = random.Random(13)
    units: list[tuple[str, str]] = [
        (r[0], r[1])
        for r in session.execute(
            select(Equipment.id, Site.customer_id)
            .join(Site, Site.id == Equipment.site_id)
            .where(Equipment.updated_by == DEMO_BY, Equipment.deleted_at.is_(None))
            .order_by(Equipment.id)
        )
    ]
    if not units:
        return False
    logins: dict[UserRole, str] = {
        r[0]: r[1]
        for r in session.execute(select(User.role, User.login).where(User.updated_by == DEMO_BY))
    }
    engineers = list(
        session.scalars(
            select(User.login)
            .where(User.updated_by == DEMO_BY, User.role == UserRole.ENGINEER)
            .order_by(User.login)
        )
    )
    manager = logins.get(UserRole.SERVICE_MANAGER, DEMO_BY)
    contacts: dict[str, str] = {}
    for customer_id, name in session.execute(
        select(Contact.customer_id, Contact.name).order_by(Contact.id)
    ):
        contacts.setdefault(customer_id, name)
    repairs: dict[str, list[str]] = {}
    for unit_id, order_id in session.execute(
        select(WorkOrder.equipment_id, WorkOrder.id)
        .where(WorkOrder.type == WorkOrderType.REPAIR, WorkOrder.deleted_at.is_(None))
        .order_by(WorkOrder.reported_at)
    ):
        repairs.setdefault(unit_id, []).append(order_id)
    calls = _calls(session, rng, today, units, engineers, contacts, repairs)
    _complaints(session, rng, today, units, engineers, manager, contacts, repairs, calls)
    return True


def _calls(
    session: Session,
    rng: random.Random,
    today: date,
    units: list[tuple[str, str]],
    engineers: list[str],
    contacts: dict[str, str],
    repairs: dict[str, list[str]],
) -> list[HotlineCall]:
    calls = []
    for n in range(CALLS):
        unit_id, customer_id = units[rng.randrange(len(units))]
        question, answer = QUESTIONS[n % len(QUESTIONS)]
        day = today - timedelta(days=2 + (CALLS - n) * 4 + rng.randrange(3))
        called = _at(day, rng.randint(0, 9), rng.choice((5, 20, 35, 50)))
        taker = engineers[n % len(engineers)] if engineers else DEMO_BY
        unanswered = n % 6 == 5 and n > CALLS // 2  # three questions still open
        call = HotlineCall(
            called_at=called,
            customer_id=customer_id,
            caller_name=contacts.get(customer_id, "放疗科"),
            caller_phone=f"0{rng.randint(20, 29)}-{rng.randint(6000_0000, 8999_9999)}",
            equipment_id=unit_id if n % 7 else None,
            question=question,
            answer="" if unanswered else answer,
            engineer_login=taker,
            duration_minutes=rng.randint(3, 25),
            owner_login=taker if unanswered else "",
            due_date=(today + timedelta(days=n - 30)) if unanswered else None,
            answered_at=None if unanswered else called + timedelta(minutes=20),
            work_order_id=repairs[unit_id][-1] if n % 9 == 4 and repairs.get(unit_id) else None,
            created_at=called,
            updated_at=called,
            updated_by=DEMO_BY,
        )
        session.add(call)
        calls.append(call)
    session.flush()
    return calls


def _complaints(
    session: Session,
    rng: random.Random,
    today: date,
    units: list[tuple[str, str]],
    engineers: list[str],
    manager: str,
    contacts: dict[str, str],
    repairs: dict[str, list[str]],
    calls: list[HotlineCall],
) -> None:
    follow_up = session.scalar(
        select(FollowUp)
        .where(FollowUp.outcome == FollowUpOutcome.DISSATISFIED, FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.due_date)
    )
    sources = (ComplaintSource.HOTLINE, ComplaintSource.EMAIL, ComplaintSource.VISIT)
    for n, state in enumerate(STATES):
        category, matter = MATTERS[n % len(MATTERS)]
        unit_id, customer_id = units[(n * 5) % len(units)]
        received = _at(today - timedelta(days=100 - n * 7), 1 + n % 8, 10)
        source = sources[n % len(sources)]
        call_id = None
        if source is ComplaintSource.HOTLINE:
            call = calls[n]
            call_id, unit_id, customer_id = call.id, call.equipment_id or unit_id, call.customer_id
        follow_up_id = None
        if n == 6 and follow_up is not None:
            order = session.get(WorkOrder, follow_up.work_order_id)
            if order is not None:
                source, follow_up_id = ComplaintSource.FOLLOW_UP, follow_up.id
                unit_id = order.equipment_id
                customer_id = order.equipment.site.customer_id
                matter = f"{order.number}: {follow_up.notes}"
        owner = engineers[n % len(engineers)] if engineers else manager
        assessed = state is not ComplaintState.NEW
        complaint = Complaint(
            received_at=received,
            source=source,
            complainant=contacts.get(customer_id, "放疗科主任"),
            customer_id=customer_id,
            equipment_id=unit_id,
            matter=matter,
            recorded_by=owner,
            state=state,
            category=category if assessed else ComplaintCategory.NOT_ASSESSED,
            severity=(
                (ComplaintSeverity.LOW, ComplaintSeverity.MEDIUM, ComplaintSeverity.HIGH)[n % 3]
                if assessed
                else ComplaintSeverity.NOT_ASSESSED
            ),
            owner_login=owner if assessed else "",
            # every third open one is past its deadline
            deadline=(
                (today - timedelta(days=3) if n % 3 == 0 else today + timedelta(days=5 + n))
                if assessed
                else None
            ),
            hotline_call_id=call_id,
            follow_up_id=follow_up_id,
            created_at=received,
            updated_at=received,
            updated_by=DEMO_BY,
        )
        if category is ComplaintCategory.EQUIPMENT_QUALITY and assessed:
            complaint.severity = ComplaintSeverity.CRITICAL
            complaint.about_device = True
            complaint.adverse_event = (
                AdverseEventAnswer.COULD_HAVE_HARMED if n % 2 else AdverseEventAnswer.NO_HARM
            )
            if complaint.adverse_event.needs_report:
                complaint.adverse_event_reported_to = "省药品不良反应监测中心"
                complaint.adverse_event_reported_on = received.date() + timedelta(days=2)
        session.add(complaint)
        session.flush()
        _history(session, rng, complaint, manager, received, today)
        if assessed and repairs.get(unit_id):
            session.add(
                ComplaintWorkOrder(
                    complaint_id=complaint.id,
                    work_order_id=repairs[unit_id][-1],
                    updated_by=DEMO_BY,
                )
            )


def _history(
    session: Session,
    rng: random.Random,
    complaint: Complaint,
    manager: str,
    received: datetime,
    today: date,
) -> None:
    """The record of handling up to the complaint's state, with its closing fields."""
    state, owner = complaint.state, complaint.owner_login or manager
    steps: list[tuple[ComplaintState | None, str, str, ReportedBack]] = [
        (ComplaintState.NEW, owner, "", ReportedBack.NOT_REPORTED)
    ]
    if state is not ComplaintState.NEW:
        steps.append((ComplaintState.ASSESSED, manager, "已评估并指派负责人", ReportedBack.PHONE))
    if state in (ComplaintState.IN_PROGRESS, ComplaintState.CLOSED, ComplaintState.REOPENED):
        steps.append((ComplaintState.IN_PROGRESS, owner, "工程师现场检查", ReportedBack.VISIT))
        steps.append((None, owner, "等待配件到货", ReportedBack.NOT_REPORTED))
    cause, action = CAUSES[rng.randrange(len(CAUSES))]
    if state in (ComplaintState.CLOSED, ComplaintState.REOPENED):
        complaint.root_cause, complaint.corrective_action = cause, action
        steps.append((ComplaintState.CLOSED, owner, "客户确认问题解决，满意", ReportedBack.PHONE))
    if state is ComplaintState.REOPENED:
        steps.append((ComplaintState.REOPENED, manager, "客户反映问题再次出现", ReportedBack.PHONE))
    at = received
    latest = datetime.combine(today, time(0), tzinfo=UTC) - timedelta(hours=1)
    for state_to, by, text, told in steps:
        at = min(at + timedelta(days=rng.randint(1, 4), hours=2), latest)
        session.add(
            ComplaintEntry(
                complaint_id=complaint.id,
                at=at,
                by_login=by,
                text=text,
                state=state_to,
                reported_back=told,
                created_at=at,
                updated_at=at,
                updated_by=DEMO_BY,
            )
        )
        if state_to is ComplaintState.CLOSED:
            complaint.closed_at = at
            complaint.satisfaction = CustomerSatisfaction.SATISFIED
            complaint.customer_feedback = text
    if state is ComplaintState.REOPENED:
        complaint.closed_at = None
        complaint.satisfaction = CustomerSatisfaction.NOT_SATISFIED
        complaint.customer_feedback = "客户反映问题再次出现"
