"""A training work order as a training session (§5.2): its form, syllabus, trainer and
pass mark, and each attendee's exam attempts.

Recording an exam sets the trainee's `passed` from that attempt, so the certificate
report (which prints those who attended and passed) follows the exam. A re-exam is
open only to those whose latest attempt failed; every attempt stays on record. Only
trainers (engineers, the service manager) record sessions and exams — here and on the
server (sync/server/permissions.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import WorkOrder
from app.db.training import ExamAttempt, Trainee, TrainingSession
from app.domain.enums import WorkOrderType
from app.domain.refusals import Refused
from app.domain.training_exams import (
    ALREADY_PASSED,
    BAD_PASS_MARK,
    BAD_SCORE,
    DEFAULT_PASS_MARK,
    MAX_SCORE,
    NO_TOPIC,
    NOT_A_TRAINER,
    TRAINER_ROLES,
    Attempt,
    SyllabusTopic,
    TrainingForm,
    refusal,
    topics_text,
)
from app.services.records import live
from app.services.registry.users import acting_user
from app.services.store import Store
from app.services.training.trainees import NOT_TRAINING

CONTEXT = "Training"


@dataclass(frozen=True)
class SessionDraft:
    form: TrainingForm = TrainingForm.ON_SITE
    topics: tuple[SyllabusTopic, ...] = tuple(SyllabusTopic)
    trainer: str = ""
    pass_mark: int = DEFAULT_PASS_MARK


@dataclass(frozen=True)
class AttemptRow:
    id: str
    number: int
    score: int
    pass_mark: int
    passed: bool
    examined_at: datetime
    examiner: str


def may_train(store: Store) -> bool:
    return acting_user(store).role in TRAINER_ROLES


def _check_trainer(store: Store) -> None:
    if not may_train(store):
        raise Refused(CONTEXT, NOT_A_TRAINER)


def _session_row(session: Session, work_order_id: str) -> TrainingSession | None:
    return session.scalar(
        select(TrainingSession)
        .where(
            TrainingSession.work_order_id == work_order_id,
            TrainingSession.deleted_at.is_(None),
        )
        .order_by(TrainingSession.created_at)
    )


def session_of(store: Store, work_order_id: str) -> SessionDraft:
    """The session's details; a job not yet described gets the full syllabus."""
    with store.reading() as session:
        row = _session_row(session, work_order_id)
        if row is None:
            return SessionDraft()
        return SessionDraft(row.form, tuple(topics_text(row.topics)), row.trainer, row.pass_mark)


def save_session(store: Store, work_order_id: str, draft: SessionDraft) -> None:
    """Describes the session of a training work order."""
    _check_trainer(store)
    if not draft.topics:
        raise Refused(CONTEXT, NO_TOPIC)
    if not 1 <= draft.pass_mark <= MAX_SCORE:
        raise Refused(CONTEXT, BAD_PASS_MARK)
    with store.session() as session:
        order = live(session, WorkOrder, work_order_id)
        if order.type is not WorkOrderType.TRAINING:
            raise Refused("Trainees", NOT_TRAINING)
        row = _session_row(session, work_order_id)
        if row is None:
            row = TrainingSession(work_order_id=work_order_id)
            session.add(row)
        values = {
            "form": draft.form,
            "topics": ",".join(t.value for t in draft.topics),
            "trainer": draft.trainer.strip()[:100],
            "pass_mark": draft.pass_mark,
        }
        for name, value in values.items():
            if getattr(row, name, None) != value:
                setattr(row, name, value)
        row.updated_by = store.user_login


def attempts_of(store: Store, trainee_id: str) -> list[AttemptRow]:
    with store.reading() as session:
        return [_attempt(a) for a in _attempts(session, trainee_id)]


def _attempts(session: Session, trainee_id: str) -> list[ExamAttempt]:
    return list(
        session.scalars(
            select(ExamAttempt)
            .where(ExamAttempt.trainee_id == trainee_id, ExamAttempt.deleted_at.is_(None))
            .order_by(ExamAttempt.attempt, ExamAttempt.created_at)
        )
    )


def record_exam(store: Store, trainee_id: str, score: int) -> AttemptRow:
    """Records the trainee's next exam attempt against the session's pass mark.

    Refused for a non-trainer, a score outside 0–100, or a trainee who passed already.
    """
    _check_trainer(store)
    if not 0 <= score <= MAX_SCORE:
        raise Refused(CONTEXT, BAD_SCORE)
    with store.session() as session:
        trainee = live(session, Trainee, trainee_id)
        earlier = _attempts(session, trainee_id)
        if earlier and earlier[-1].passed:
            raise Refused(CONTEXT, ALREADY_PASSED, trainee.name)
        described = _session_row(session, trainee.work_order_id)
        mark = described.pass_mark if described else DEFAULT_PASS_MARK
        number = (
            session.scalar(
                select(func.max(ExamAttempt.attempt)).where(ExamAttempt.trainee_id == trainee_id)
            )
            or 0
        ) + 1
        attempt = ExamAttempt(
            trainee_id=trainee_id,
            attempt=number,
            score=score,
            pass_mark=mark,
            passed=Attempt(number, score, mark).passed,
            examined_at=utcnow(),
            examiner=store.user_login,
            updated_by=store.user_login,
        )
        session.add(attempt)
        if trainee.passed != attempt.passed:
            trainee.passed = attempt.passed
            trainee.updated_by = store.user_login
        session.flush()
        return _attempt(attempt)


def certificate_refusal(store: Store, trainee_id: str) -> Refused | None:
    """Why this trainee gets no certificate, or None when they may have one."""
    with store.reading() as session:
        trainee = live(session, Trainee, trainee_id)
        attempts = [
            Attempt(a.attempt, a.score, a.pass_mark) for a in _attempts(session, trainee_id)
        ]
        why = refusal(trainee.name, trainee.attended, trainee.passed, attempts)
    return Refused(CONTEXT, why[0], *why[1]) if why else None


def _attempt(a: ExamAttempt) -> AttemptRow:
    return AttemptRow(a.id, a.attempt, a.score, a.pass_mark, a.passed, a.examined_at, a.examiner)
