"""Hotline consultations (§5.1) and customer complaints (§7): the states a complaint
goes through, who may do what, and the rules a call or a complaint must meet.

A complaint is recorded (time, complainant, matter), assessed for its nature and
severity and given an owner and a deadline by the service manager (§7.1.3), worked on
with progress entries each saying whether the customer was told (§7.2.3), and closed
only with its owner, root cause and the customer's satisfied feedback (§7.3). ISO 13485
§8.2.2 asks of each whether it is about the device and whether it may be a reportable
adverse event — the same question, in the same words, as the repair record's
(`AdverseEventAnswer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import AdverseEventAnswer, LabelledEnum, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import MAX_NAME, MAX_TEXT, FieldError

R = UserRole
MAX_MINUTES = 600
MAX_REPORTED_TO = 200
# Who answers the hotline and records complaints (parts administrators do neither).
DESK_ROLES = frozenset({R.ENGINEER, R.REPAIR_TECHNICIAN, R.SERVICE_MANAGER, R.QUALITY_CONTROL})
# Who assesses a complaint and gives it an owner and a deadline (§7.1.3).
ASSIGN_ROLES = frozenset({R.SERVICE_MANAGER})
# Who reads every complaint; the others see those they own or recorded.
READ_ALL_ROLES = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})
# Who may reopen a closed complaint besides its owner.
REOPEN_ROLES = frozenset({R.SERVICE_MANAGER, R.QUALITY_CONTROL})


class ComplaintState(LabelledEnum):
    NEW = "new"  # recorded, not yet assessed
    ASSESSED = "assessed"  # nature, severity, owner and deadline given
    IN_PROGRESS = "in_progress"  # investigation and handling under way
    CLOSED = "closed"  # resolved, the customer satisfied
    REOPENED = "reopened"  # the customer was not satisfied after closing

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self is not ComplaintState.CLOSED


_STATE_LABELS = {
    ComplaintState.NEW: QT_TRANSLATE_NOOP("Enum", "New"),
    ComplaintState.ASSESSED: QT_TRANSLATE_NOOP("Enum", "Assessed"),
    ComplaintState.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "Being handled"),
    ComplaintState.CLOSED: QT_TRANSLATE_NOOP("Enum", "Closed"),
    ComplaintState.REOPENED: QT_TRANSLATE_NOOP("Enum", "Reopened"),
}


class ComplaintSource(LabelledEnum):
    HOTLINE = "hotline"
    EMAIL = "email"
    VISIT = "visit"
    FOLLOW_UP = "follow_up"  # a dissatisfied follow-up call (§4.5)
    BY_HAND = "by_hand"  # letter, meeting, anything else

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    ComplaintSource.HOTLINE: QT_TRANSLATE_NOOP("Enum", "Hotline"),
    ComplaintSource.EMAIL: QT_TRANSLATE_NOOP("Enum", "E-mail"),
    ComplaintSource.VISIT: QT_TRANSLATE_NOOP("Enum", "Visit"),
    ComplaintSource.FOLLOW_UP: QT_TRANSLATE_NOOP("Enum", "Follow-up"),
    ComplaintSource.BY_HAND: QT_TRANSLATE_NOOP("Enum", "Other"),
}


class ComplaintCategory(LabelledEnum):
    """The nature of a complaint (§7.1.3), the statistics' main grouping (§7.3.2)."""

    NOT_ASSESSED = "not_assessed"
    EQUIPMENT_QUALITY = "equipment_quality"
    RESPONSE_TIME = "response_time"
    REPAIR_QUALITY = "repair_quality"
    SPARE_PARTS = "spare_parts"
    ENGINEER_CONDUCT = "engineer_conduct"
    DOCUMENTS = "documents"
    COSTS = "costs"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    ComplaintCategory.NOT_ASSESSED: QT_TRANSLATE_NOOP("Enum", "Not assessed"),
    ComplaintCategory.EQUIPMENT_QUALITY: QT_TRANSLATE_NOOP("Enum", "Equipment quality"),
    ComplaintCategory.RESPONSE_TIME: QT_TRANSLATE_NOOP("Enum", "Response time"),
    ComplaintCategory.REPAIR_QUALITY: QT_TRANSLATE_NOOP("Enum", "Repair quality"),
    ComplaintCategory.SPARE_PARTS: QT_TRANSLATE_NOOP("Enum", "Spare parts"),
    ComplaintCategory.ENGINEER_CONDUCT: QT_TRANSLATE_NOOP("Enum", "Engineer conduct"),
    ComplaintCategory.DOCUMENTS: QT_TRANSLATE_NOOP("Enum", "Documents and reports"),
    ComplaintCategory.COSTS: QT_TRANSLATE_NOOP("Enum", "Costs and invoicing"),
    ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
}


class ComplaintSeverity(LabelledEnum):
    NOT_ASSESSED = "not_assessed"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"  # treatment stopped or someone could have been harmed

    @property
    def label(self) -> str:
        return _SEVERITY_LABELS[self]


_SEVERITY_LABELS = {
    ComplaintSeverity.NOT_ASSESSED: QT_TRANSLATE_NOOP("Enum", "Not assessed"),
    ComplaintSeverity.LOW: QT_TRANSLATE_NOOP("Enum", "Low"),
    ComplaintSeverity.MEDIUM: QT_TRANSLATE_NOOP("Enum", "Medium"),
    ComplaintSeverity.HIGH: QT_TRANSLATE_NOOP("Enum", "High"),
    ComplaintSeverity.CRITICAL: QT_TRANSLATE_NOOP("Enum", "Critical"),
}


class ReportedBack(LabelledEnum):
    """Whether and how a progress entry was reported to the customer (§7.2.3)."""

    NOT_REPORTED = "not_reported"
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _REPORTED_LABELS[self]


_REPORTED_LABELS = {
    ReportedBack.NOT_REPORTED: QT_TRANSLATE_NOOP("Enum", "Not reported to the customer"),
    ReportedBack.PHONE: QT_TRANSLATE_NOOP("Enum", "Told by phone"),
    ReportedBack.EMAIL: QT_TRANSLATE_NOOP("Enum", "Told by e-mail"),
    ReportedBack.VISIT: QT_TRANSLATE_NOOP("Enum", "Told in a visit"),
    ReportedBack.LETTER: QT_TRANSLATE_NOOP("Enum", "Told by letter"),
}


class CustomerSatisfaction(LabelledEnum):
    NOT_ASKED = "not_asked"
    SATISFIED = "satisfied"
    NOT_SATISFIED = "not_satisfied"

    @property
    def label(self) -> str:
        return _SATISFACTION_LABELS[self]


_SATISFACTION_LABELS = {
    CustomerSatisfaction.NOT_ASKED: QT_TRANSLATE_NOOP("Enum", "Not asked yet"),
    CustomerSatisfaction.SATISFIED: QT_TRANSLATE_NOOP("Enum", "Satisfied"),
    CustomerSatisfaction.NOT_SATISFIED: QT_TRANSLATE_NOOP("Enum", "Not satisfied"),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP("Validation", "Your role may not do this.")
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This text is too long.")
CHOOSE_HOSPITAL = QT_TRANSLATE_NOOP("Validation", "Choose the hospital.")
IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The time cannot be in the future.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Validation", "A call lasts between 0 and 600 minutes.")
OPEN_NEEDS_OWNER = QT_TRANSLATE_NOOP(
    "Validation", "An unanswered question needs an owner and a due date."
)
CHOOSE_CATEGORY = QT_TRANSLATE_NOOP("Validation", "Choose the nature of the complaint.")
CHOOSE_SEVERITY = QT_TRANSLATE_NOOP("Validation", "Choose the severity.")
CHOOSE_OWNER = QT_TRANSLATE_NOOP("Validation", "Choose the owner.")
CHOOSE_DEADLINE = QT_TRANSLATE_NOOP("Validation", "Give a deadline.")
DEADLINE_PAST = QT_TRANSLATE_NOOP("Validation", "The deadline cannot be before the complaint.")
NEEDS_CAUSE = QT_TRANSLATE_NOOP("Validation", "A complaint closes only with its root cause.")
NEEDS_FEEDBACK = QT_TRANSLATE_NOOP(
    "Validation", "A complaint closes only with the customer's feedback, satisfied."
)
SAY_WHY_NOT_SATISFIED = QT_TRANSLATE_NOOP(
    "Validation", "Say what the customer is not satisfied with."
)
REPORTED_TO_AND_WHEN = QT_TRANSLATE_NOOP(
    "Validation", "Say both to whom the adverse event was reported and on which date."
)
REPORTED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The report date cannot be in the future.")
ADVERSE_UNANSWERED = QT_TRANSLATE_NOOP(
    "Validation", "Answer whether the complaint may be a reportable adverse event."
)
WRONG_STATE = QT_TRANSLATE_NOOP("Validation", "The complaint is not in a state that allows this.")
ALREADY_ANSWERED = QT_TRANSLATE_NOOP("Validation", "The question was answered already.")


def _text(errors: list[FieldError], name: str, value: str, limit: int, required: bool) -> None:
    if required and not value.strip():
        errors.append(FieldError(name, REQUIRED))
    elif len(value) > limit:
        errors.append(FieldError(name, TOO_LONG))


@dataclass
class CallDraft:
    """A hotline call as the form holds it. An unanswered question stays open with
    an owner and a due date until its answer is recorded (§5.1.3)."""

    called_at: datetime
    customer_id: str = ""
    caller_name: str = ""
    caller_phone: str = ""
    equipment_id: str | None = None
    question: str = ""
    answer: str = ""
    engineer_login: str = ""
    duration_minutes: int = 0
    owner_login: str = ""
    due_date: date | None = None

    @property
    def answered(self) -> bool:
        return bool(self.answer.strip())

    def validate(self, now: datetime) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.customer_id:
            errors.append(FieldError("customer_id", CHOOSE_HOSPITAL))
        _text(errors, "caller_name", self.caller_name, MAX_NAME, True)
        _text(errors, "caller_phone", self.caller_phone, 40, False)
        _text(errors, "question", self.question, MAX_TEXT, True)
        _text(errors, "answer", self.answer, MAX_TEXT, False)
        if not self.engineer_login:
            errors.append(FieldError("engineer_login", REQUIRED))
        if not 0 <= self.duration_minutes <= MAX_MINUTES:
            errors.append(FieldError("duration_minutes", BAD_MINUTES))
        if self.called_at > now:
            errors.append(FieldError("called_at", IN_FUTURE))
        if not self.answered and (not self.owner_login or self.due_date is None):
            field = "owner_login" if not self.owner_login else "due_date"
            errors.append(FieldError(field, OPEN_NEEDS_OWNER))
        return errors


@dataclass
class ComplaintDraft:
    """What is known when a complaint is received (§7.1.2)."""

    received_at: datetime
    source: ComplaintSource = ComplaintSource.BY_HAND
    complainant: str = ""
    customer_id: str = ""
    equipment_id: str | None = None
    matter: str = ""

    def validate(self, now: datetime) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.customer_id:
            errors.append(FieldError("customer_id", CHOOSE_HOSPITAL))
        _text(errors, "complainant", self.complainant, MAX_NAME, True)
        _text(errors, "matter", self.matter, MAX_TEXT, True)
        if self.received_at > now:
            errors.append(FieldError("received_at", IN_FUTURE))
        return errors


@dataclass
class Assessment:
    """The first assessment (§7.1.3) and the ISO 13485 §8.2.2 questions."""

    category: ComplaintCategory = ComplaintCategory.NOT_ASSESSED
    severity: ComplaintSeverity = ComplaintSeverity.NOT_ASSESSED
    owner_login: str = ""
    deadline: date | None = None
    about_device: bool = False
    adverse_event: AdverseEventAnswer = AdverseEventAnswer.NOT_ANSWERED
    adverse_event_reported_to: str = ""
    adverse_event_reported_on: date | None = None

    def validate(self, received_on: date, today: date) -> list[FieldError]:
        errors: list[FieldError] = []
        if self.category is ComplaintCategory.NOT_ASSESSED:
            errors.append(FieldError("category", CHOOSE_CATEGORY))
        if self.severity is ComplaintSeverity.NOT_ASSESSED:
            errors.append(FieldError("severity", CHOOSE_SEVERITY))
        if not self.owner_login:
            errors.append(FieldError("owner_login", CHOOSE_OWNER))
        if self.deadline is None:
            errors.append(FieldError("deadline", CHOOSE_DEADLINE))
        elif self.deadline < received_on:
            errors.append(FieldError("deadline", DEADLINE_PAST))
        if self.about_device and self.adverse_event is AdverseEventAnswer.NOT_ANSWERED:
            errors.append(FieldError("adverse_event", ADVERSE_UNANSWERED))
        errors.extend(self.adverse_event_errors(today))
        return errors

    def adverse_event_errors(self, today: date) -> list[FieldError]:
        """As on the repair record: an event that harmed or could have harmed says to
        whom it was reported and when — both or, while not reported yet, neither."""
        errors: list[FieldError] = []
        if len(self.adverse_event_reported_to) > MAX_REPORTED_TO:
            errors.append(FieldError("adverse_event_reported_to", TOO_LONG))
        has_whom = bool(self.adverse_event_reported_to.strip())
        has_when = self.adverse_event_reported_on is not None
        if self.adverse_event.needs_report and has_whom != has_when:
            field = "adverse_event_reported_on" if has_whom else "adverse_event_reported_to"
            errors.append(FieldError(field, REPORTED_TO_AND_WHEN))
        if self.adverse_event_reported_on is not None and self.adverse_event_reported_on > today:
            errors.append(FieldError("adverse_event_reported_on", REPORTED_IN_FUTURE))
        return errors


@dataclass
class Closing:
    """What closing a complaint needs (§7.3): the cause found, what was done, and the
    customer's word that they are satisfied."""

    root_cause: str = ""
    corrective_action: str = ""
    satisfaction: CustomerSatisfaction = CustomerSatisfaction.NOT_ASKED
    customer_feedback: str = ""


def closing_errors(owner_login: str, closing: Closing) -> list[FieldError]:
    """A complaint cannot close without owner, cause and the customer's feedback."""
    errors: list[FieldError] = []
    if not owner_login:
        errors.append(FieldError("owner_login", CHOOSE_OWNER))
    _text(errors, "root_cause", closing.root_cause, MAX_TEXT, False)
    if not closing.root_cause.strip():
        errors.append(FieldError("root_cause", NEEDS_CAUSE))
    _text(errors, "corrective_action", closing.corrective_action, MAX_TEXT, False)
    _text(errors, "customer_feedback", closing.customer_feedback, MAX_TEXT, False)
    if closing.satisfaction is not CustomerSatisfaction.SATISFIED or not (
        closing.customer_feedback.strip()
    ):
        errors.append(FieldError("customer_feedback", NEEDS_FEEDBACK))
    return errors


# The steps a complaint takes; the service decides who may take them.
STEPS: dict[str, tuple[frozenset[ComplaintState], ComplaintState]] = {
    # the first assessment, or the manager's later change of owner, deadline, severity
    "assess": (
        frozenset(
            {
                ComplaintState.NEW,
                ComplaintState.ASSESSED,
                ComplaintState.IN_PROGRESS,
                ComplaintState.REOPENED,
            }
        ),
        ComplaintState.ASSESSED,
    ),
    "progress": (
        frozenset({ComplaintState.ASSESSED, ComplaintState.IN_PROGRESS, ComplaintState.REOPENED}),
        ComplaintState.IN_PROGRESS,
    ),
    "close": (
        frozenset({ComplaintState.ASSESSED, ComplaintState.IN_PROGRESS, ComplaintState.REOPENED}),
        ComplaintState.CLOSED,
    ),
    "reopen": (frozenset({ComplaintState.CLOSED}), ComplaintState.REOPENED),
}


def may_step(step: str, state: ComplaintState) -> bool:
    return state in STEPS[step][0]


def may_record(role: UserRole) -> bool:
    """Records hotline calls and receives complaints."""
    return role in DESK_ROLES


def may_assign(role: UserRole) -> bool:
    return role in ASSIGN_ROLES


def may_read_all(role: UserRole) -> bool:
    return role in READ_ALL_ROLES


def may_handle(role: UserRole, login: str, owner_login: str) -> bool:
    """Progress, cause and closing: the owner, or the service manager."""
    return role in ASSIGN_ROLES or (role in DESK_ROLES and bool(login) and login == owner_login)


def may_reopen(role: UserRole, login: str, owner_login: str) -> bool:
    return role in REOPEN_ROLES or may_handle(role, login, owner_login)


def is_overdue(state: ComplaintState, deadline: date | None, on: date) -> bool:
    """Open past its deadline (the deadline day itself still counts)."""
    return state.is_open and deadline is not None and deadline < on


def days_to_close(received_at: datetime, closed_at: datetime | None) -> float | None:
    """Time to close in days (§7.3.2), one decimal."""
    if closed_at is None:
        return None
    return round((closed_at - received_at).total_seconds() / 86400, 1)
