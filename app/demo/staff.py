"""Demo service-staff records (§8): this year's training plan with a course per content,
attendance and exams (one engineer absent, one failed); radiation-safety and vendor
qualifications (one expired, one expiring within the month) and what linacs and
afterloaders need of them; last half-year's assessments (excellent, pass, and a fail
sent to retraining) with the figures from the KPIs, and this half-year's still open."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.db.base import SyncedMixin, utcnow
from app.db.models import EquipmentModel, User
from app.db.staff import (
    Qualification,
    QualificationRequirement,
    StaffAssessment,
    StaffTraining,
    StaffTrainingRecord,
)
from app.demo.rows import DEMO_BY
from app.domain.enums import Modality, UserRole
from app.domain.staff import (
    AssessmentAction,
    AssessmentResult,
    QualificationKind,
    StaffTrainingContent,
    StaffTrainingForm,
    training_passed,
)
from app.services.staff.assessments import current_period, period_figures
from app.services.store import Store

C, F = StaffTrainingContent, StaffTrainingForm
COURSES = (  # title, content, form, month, trainer
    ("直线加速器结构与原理", C.EQUIPMENT_KNOWLEDGE, F.INTERNAL, 2, "周建国"),
    ("多叶光栅故障诊断与维修", C.REPAIR_SKILLS, F.EXTERNAL, 4, "厂家培训中心"),
    ("服务程序与工单规范", C.PROCEDURES, F.ONLINE, 5, "质量部"),
    ("ISO 13485 质量体系", C.QUALITY_MANAGEMENT, F.INTERNAL, 9, "吴敏"),
    ("客户沟通与投诉处理", C.CUSTOMER_SERVICE, F.ONLINE, 11, "周建国"),
)
RETRAINING_NOTE = "多叶光栅维修考试未通过，安排再培训"
FIELD_ROLES = (UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN)


def seed_staff(store: Store, today: date) -> None:
    """Adds the demo's staff records in one transaction (no-op without field staff)."""
    with store.session() as session:
        found = session.execute(
            select(User.id, User.login)
            .where(User.role.in_(FIELD_ROLES), User.deleted_at.is_(None))
            .order_by(User.login)
        ).all()
        staff = [(row[0], row[1]) for row in found]
        if not staff:
            return
        linac = session.scalar(
            select(EquipmentModel.id)
            .where(EquipmentModel.modality == Modality.LINAC)
            .order_by(EquipmentModel.model)
        )
        rows: list[SyncedMixin] = [
            QualificationRequirement(kind=QualificationKind.RADIATION_SAFETY, modality=m.value)
            for m in (Modality.LINAC, Modality.AFTERLOADER)
        ]
        if linac:
            rows.append(QualificationRequirement(kind=QualificationKind.VENDOR_TRAINING,
                                                 model_id=linac))  # fmt: skip
        for place, (user_id, login) in enumerate(staff):
            # wang.lei's radiation-safety certificate has lapsed; li.na's lapses soon.
            expires = {
                "wang.lei": today - timedelta(days=45),
                "li.na": today + timedelta(days=20),
            }.get(login, today + timedelta(days=400 + 30 * place))
            rows.append(
                Qualification(
                    user_id=user_id,
                    kind=QualificationKind.RADIATION_SAFETY,
                    title="辐射安全与防护培训合格证",
                    certificate_number=f"FS{today.year - 3}{place + 1:04d}",
                    issued_on=expires - timedelta(days=5 * 365),
                    expires_on=expires,
                )
            )
            if linac and place % 2 == 0:
                rows.append(
                    Qualification(
                        user_id=user_id,
                        kind=QualificationKind.VENDOR_TRAINING,
                        title="加速器厂家维修培训",
                        model_id=linac,
                        certificate_number=f"VT-{place + 1:03d}",
                        issued_on=today - timedelta(days=300),
                        expires_on=today + timedelta(days=3 * 365),
                    )
                )
        for number, (title, content, form, month, trainer) in enumerate(COURSES):
            starts = date(today.year, month, 10)
            course = StaffTraining(
                year=today.year, title=title, content=content, form=form, starts_on=starts,
                ends_on=starts + timedelta(days=1 if form is F.INTERNAL else 2),
                trainer=trainer, pass_mark=60,
            )  # fmt: skip
            session.add(course)
            session.flush()
            if starts >= today:
                continue  # planned, not given yet
            for place, (user_id, _login) in enumerate(staff):
                attended = (place + number) % 7 != 3  # someone was away
                score = (
                    None
                    if not attended
                    else 52
                    if (place, number) == (3, 1)
                    else 65 + (7 * place + 11 * number) % 33
                )
                rows.append(
                    StaffTrainingRecord(
                        training_id=course.id, user_id=user_id, attended=attended,
                        score=score, passed=training_passed(attended, score, 60),
                    )
                )  # fmt: skip
        for row in rows:
            row.updated_by = DEMO_BY
        session.add_all(rows)
    _seed_assessments(store, today, staff)


def _seed_assessments(store: Store, today: date, staff: list[tuple[str, str]]) -> None:
    now = current_period(today)
    year, half = int(now[:4]), now[-1]
    last = f"{year}-H1" if half == "2" else f"{year - 1}-H2"
    ids = [user_id for user_id, _ in staff]
    figures = {last: period_figures(store, last, ids), now: period_figures(store, now, ids)}
    verdicts = (
        (AssessmentResult.EXCELLENT, AssessmentAction.NONE, 5),
        (AssessmentResult.PASS, AssessmentAction.NONE, 4),
        (AssessmentResult.FAIL, AssessmentAction.RETRAINING, 2),
        (AssessmentResult.PASS, AssessmentAction.NONE, 3),
    )
    rows = []
    for place, (user_id, login) in enumerate(staff):
        for period in (last, now):
            done = period == last
            result, action, rating = verdicts[place % len(verdicts)]
            seen = figures[period][user_id]
            rows.append(
                StaffAssessment(
                    user_id=user_id, engineer_login=login, period=period,
                    self_rating=min(5, rating + 1) if done else None,
                    supervisor_rating=rating if done else None,
                    customer_rating=seen.customer_rating, jobs=seen.jobs,
                    first_time_fix=seen.first_time_fix, satisfaction=seen.satisfaction,
                    complaints=seen.complaints,
                    result=result if done else None,
                    action=action if done else AssessmentAction.NONE,
                    note=RETRAINING_NOTE if done and result is AssessmentResult.FAIL else "",
                    decided_by="zhou.jianguo" if done else "",
                    decided_at=utcnow() if done else None,
                    updated_by=DEMO_BY,
                )
            )  # fmt: skip
    with store.session() as session:
        session.add_all(rows)
