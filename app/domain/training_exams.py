"""Operator training (§5.2): the syllabus a session teaches, how it is given, and the
exam rule — a certificate only for an attendee whose latest attempt reached the pass
mark (the procedure's 考核合格后方可颁发培训证书). Plain Python: services, the server and
reports share it."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import LabelledEnum, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP

DEFAULT_PASS_MARK = 60
MAX_SCORE = 100
# Who gives training and records exams (the server enforces the same): engineers and
# the service manager; the office's other roles have no business marking exams.
TRAINER_ROLES = frozenset({UserRole.ENGINEER, UserRole.SERVICE_MANAGER})


class TrainingForm(LabelledEnum):
    ON_SITE = "on_site"  # 现场培训
    CENTRAL = "central"  # 集中培训

    @property
    def label(self) -> str:
        return _FORM_LABELS[self]


class SyllabusTopic(LabelledEnum):
    PRINCIPLE = "principle"  # 基本原理
    OPERATION = "operation"  # 操作方法
    DAILY_MAINTENANCE = "daily_maintenance"  # 日常维护
    SAFETY = "safety"  # 安全注意事项

    @property
    def label(self) -> str:
        return _TOPIC_LABELS[self]


_FORM_LABELS = {
    TrainingForm.ON_SITE: QT_TRANSLATE_NOOP("Enum", "On site"),
    TrainingForm.CENTRAL: QT_TRANSLATE_NOOP("Enum", "Central"),
}
_TOPIC_LABELS = {
    SyllabusTopic.PRINCIPLE: QT_TRANSLATE_NOOP("Enum", "Basic principle"),
    SyllabusTopic.OPERATION: QT_TRANSLATE_NOOP("Enum", "Operation"),
    SyllabusTopic.DAILY_MAINTENANCE: QT_TRANSLATE_NOOP("Enum", "Daily maintenance"),
    SyllabusTopic.SAFETY: QT_TRANSLATE_NOOP("Enum", "Safety precautions"),
}

BELOW_PASS_MARK = QT_TRANSLATE_NOOP(
    "Training", "No certificate: %1 scored %2, below the pass mark of %3."
)
NOT_EXAMINED = QT_TRANSLATE_NOOP("Training", "No certificate: %1 has not passed an exam yet.")
NOT_ATTENDED = QT_TRANSLATE_NOOP("Training", "No certificate: %1 did not attend.")
NOT_A_TRAINER = QT_TRANSLATE_NOOP(
    "Training", "Only engineers and the service manager record training and exams."
)
BAD_SCORE = QT_TRANSLATE_NOOP("Training", "A score is between 0 and 100.")
BAD_PASS_MARK = QT_TRANSLATE_NOOP("Training", "The pass mark is between 1 and 100.")
NO_TOPIC = QT_TRANSLATE_NOOP("Training", "Choose at least one syllabus topic.")
ALREADY_PASSED = QT_TRANSLATE_NOOP(
    "Training", "%1 has passed already: a re-exam is for those who failed."
)


def passes(score: int, pass_mark: int) -> bool:
    """Reaching the pass mark passes (60 of 100 with a mark of 60)."""
    return score >= pass_mark


@dataclass(frozen=True)
class Attempt:
    """One sitting of the exam: the 1st, or a re-exam after a failure."""

    number: int
    score: int
    pass_mark: int

    @property
    def passed(self) -> bool:
        return passes(self.score, self.pass_mark)


def refusal(
    name: str, attended: bool, passed: bool, attempts: list[Attempt]
) -> tuple[str, list[str]] | None:
    """Why `name` gets no certificate — (message, its %-arguments) — or None.

    `passed` is the trainee's flag, which an exam sets from its latest attempt;
    trainees recorded before exams were kept carry the trainer's word in it with no
    attempt. Attempts come in the order they were sat."""
    if not attended:
        return NOT_ATTENDED, [name]
    if attempts and not attempts[-1].passed:
        last = attempts[-1]
        return BELOW_PASS_MARK, [name, str(last.score), str(last.pass_mark)]
    if not passed:
        return NOT_EXAMINED, [name]
    return None


def topics_text(topics: str) -> list[SyllabusTopic]:
    """The stored comma list of topics, unknown ones left out."""
    known = {t.value: t for t in SyllabusTopic}
    return [known[v] for v in topics.split(",") if v in known]
