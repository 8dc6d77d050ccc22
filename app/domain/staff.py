"""The company's own service staff (§8): the yearly training plan, engineers'
qualifications with their expiry, what a job needs, and the periodic assessment whose
result is private to the person and the manager (§8.3.3). Plain Python: services, the
server's pull filter and the tests share these rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import LabelledEnum, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.training_exams import passes

# Who plans training, records results and sees every assessment.
MANAGER_ROLES = frozenset({UserRole.SERVICE_MANAGER})
# Who has the Staff page: the manager and the service staff themselves (their own).
VIEW_ROLES = MANAGER_ROLES | {UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN}
# An assessment row carries the login it is about; the server sends it to that login
# and the managers only (sync/server/permissions.PRIVATE_ROWS).
OWNER_FIELD = "engineer_login"
EXPIRY_WARNING = timedelta(days=60)  # "expires soon" on the Staff page
RATING_MAX = 5  # ratings are 1..5
COMPLAINT_PENALTY = 1.0  # a complaint about one of the engineer's jobs costs a point


class StaffTrainingContent(LabelledEnum):
    EQUIPMENT_KNOWLEDGE = "equipment_knowledge"  # 设备知识
    REPAIR_SKILLS = "repair_skills"  # 维修技能
    PROCEDURES = "procedures"  # 操作规程
    QUALITY_MANAGEMENT = "quality_management"  # 质量管理
    CUSTOMER_SERVICE = "customer_service"  # 客户服务

    @property
    def label(self) -> str:
        return _CONTENT_LABELS[self]


class StaffTrainingForm(LabelledEnum):
    INTERNAL = "internal"  # 内部培训
    EXTERNAL = "external"  # 外部培训
    ONLINE = "online"  # 在线学习

    @property
    def label(self) -> str:
        return _FORM_LABELS[self]


class QualificationKind(LabelledEnum):
    RADIATION_SAFETY = "radiation_safety"  # 辐射安全培训合格证
    VENDOR_TRAINING = "vendor_training"  # 厂家培训证书（某型号）
    ELECTRICAL = "electrical"  # 电工证

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


class AssessmentResult(LabelledEnum):
    EXCELLENT = "excellent"  # 优秀
    PASS = "pass"  # 合格
    FAIL = "fail"  # 不合格

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self]


class AssessmentAction(LabelledEnum):
    NONE = "none"
    RETRAINING = "retraining"  # 再培训
    ROLE_CHANGE = "role_change"  # 调整岗位

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_CONTENT_LABELS = {
    StaffTrainingContent.EQUIPMENT_KNOWLEDGE: QT_TRANSLATE_NOOP("Enum", "Equipment knowledge"),
    StaffTrainingContent.REPAIR_SKILLS: QT_TRANSLATE_NOOP("Enum", "Repair skills"),
    StaffTrainingContent.PROCEDURES: QT_TRANSLATE_NOOP("Enum", "Procedures"),
    StaffTrainingContent.QUALITY_MANAGEMENT: QT_TRANSLATE_NOOP("Enum", "Quality management"),
    StaffTrainingContent.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Enum", "Customer service"),
}
_FORM_LABELS = {
    StaffTrainingForm.INTERNAL: QT_TRANSLATE_NOOP("Enum", "Internal"),
    StaffTrainingForm.EXTERNAL: QT_TRANSLATE_NOOP("Enum", "External"),
    StaffTrainingForm.ONLINE: QT_TRANSLATE_NOOP("Enum", "Online"),
}
_KIND_LABELS = {
    QualificationKind.RADIATION_SAFETY: QT_TRANSLATE_NOOP("Enum", "Radiation safety"),
    QualificationKind.VENDOR_TRAINING: QT_TRANSLATE_NOOP("Enum", "Vendor training"),
    QualificationKind.ELECTRICAL: QT_TRANSLATE_NOOP("Enum", "Electrician's licence"),
}
_RESULT_LABELS = {
    AssessmentResult.EXCELLENT: QT_TRANSLATE_NOOP("Enum", "Excellent"),
    AssessmentResult.PASS: QT_TRANSLATE_NOOP("Enum", "Pass"),
    AssessmentResult.FAIL: QT_TRANSLATE_NOOP("Enum", "Fail"),
}
_ACTION_LABELS = {
    AssessmentAction.NONE: QT_TRANSLATE_NOOP("Enum", "None"),
    AssessmentAction.RETRAINING: QT_TRANSLATE_NOOP("Enum", "Retraining"),
    AssessmentAction.ROLE_CHANGE: QT_TRANSLATE_NOOP("Enum", "Role change"),
}

NOT_A_MANAGER = QT_TRANSLATE_NOOP(
    "Staff", "Only the service manager plans staff training and records assessments."
)
NOT_YOURS = QT_TRANSLATE_NOOP(
    "Staff", "An assessment is visible to its engineer and the manager only."
)
BAD_RATING = QT_TRANSLATE_NOOP("Staff", "A rating is between 1 and 5.")
FAIL_NEEDS_ACTION = QT_TRANSLATE_NOOP(
    "Staff", "A failed assessment leads to retraining or a role change: choose one."
)
MISSING = QT_TRANSLATE_NOOP("Staff", "%1 has no %2 qualification for this unit.")
EXPIRED = QT_TRANSLATE_NOOP("Staff", "%1's %2 qualification expired on %3.")


def may_see_assessment(viewer_login: str, viewer_role: UserRole, engineer_login: str) -> bool:
    """The person assessed and the manager; nobody else (§8.3: 考核结果仅本人及主管可见)."""
    return viewer_role in MANAGER_ROLES or viewer_login == engineer_login


def training_passed(attended: bool, score: int | None, pass_mark: int) -> bool | None:
    """An attendee's exam by the customer training's rule; None: not examined yet."""
    if not attended:
        return False
    return None if score is None else passes(score, pass_mark)


@dataclass(frozen=True)
class Requirement:
    """What a job on a unit needs: a kind of qualification, for units of a modality
    and/or of one model ("" matches every unit); a vendor training counts only when it
    is for the unit's model if the requirement names a model."""

    kind: QualificationKind
    modality: str = ""
    model_id: str = ""

    def applies(self, modality: str, model_id: str) -> bool:
        return (not self.modality or self.modality == modality) and (
            not self.model_id or self.model_id == model_id
        )


@dataclass(frozen=True)
class Held:
    kind: QualificationKind
    model_id: str  # "" : not tied to a model
    expires_on: date | None  # None: does not expire


@dataclass(frozen=True)
class Gap:
    """A needed qualification the engineer lacks (`expired_on` None) or whose latest
    certificate expired."""

    kind: QualificationKind
    expired_on: date | None


def gaps(
    needed: Iterable[Requirement], held: Iterable[Held], modality: str, model_id: str, on: date
) -> list[Gap]:
    """The requirements for this unit that the engineer's qualifications do not meet."""
    have = list(held)
    found: list[Gap] = []
    for req in needed:
        if not req.applies(modality, model_id) or any(g.kind is req.kind for g in found):
            continue
        fitting = [
            h for h in have if h.kind is req.kind and (not req.model_id or h.model_id == model_id)
        ]
        if not fitting:
            found.append(Gap(req.kind, None))
            continue
        if all(h.expires_on is not None and h.expires_on < on for h in fitting):
            found.append(Gap(req.kind, max(h.expires_on for h in fitting if h.expires_on)))
    return found


def expiry_state(expires_on: date | None, on: date) -> str:
    """ "expired", "soon" (within EXPIRY_WARNING) or "" (valid / never expires)."""
    if expires_on is None:
        return ""
    if expires_on < on:
        return "expired"
    return "soon" if expires_on - on <= EXPIRY_WARNING else ""


def customer_rating(satisfied: int, dissatisfied: int, complaints: int) -> float | None:
    """1..5 from the follow-ups of the engineer's jobs (the share satisfied scaled to
    1..5) less a point per complaint about them; None with no follow-up and no complaint."""
    reached = satisfied + dissatisfied
    if reached == 0 and complaints == 0:
        return None
    base = 1 + (RATING_MAX - 1) * (satisfied / reached) if reached else float(RATING_MAX)
    return round(max(1.0, base - COMPLAINT_PENALTY * complaints), 1)


def check_rating(value: int | None) -> bool:
    return value is None or 1 <= value <= RATING_MAX


def period_bounds(period: str) -> tuple[date, date]:
    """ "2026-H1" → 1 Jan..30 Jun, "2026-H2", "2026-Q3", "2026" → the inclusive days."""
    year, _, part = period.partition("-")
    y = int(year)
    if not part:
        return date(y, 1, 1), date(y, 12, 31)
    if part in ("H1", "H2"):
        first = 1 if part == "H1" else 7
        months = 6
    elif part in ("Q1", "Q2", "Q3", "Q4"):
        first = 3 * (int(part[1]) - 1) + 1
        months = 3
    else:
        raise ValueError(period)
    carry, month = divmod(first - 1 + months, 12)
    return date(y, first, 1), date(y + carry, month + 1, 1) - timedelta(days=1)
