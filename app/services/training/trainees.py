"""Recording the people trained on a training work order.

A trainee passes only by an exam (sessions.record_exam); each gets a certificate number
when first recorded (`CERT-<year>-<prefix>-<seq>`
from this laptop's number prefix, app/services/device.py), in the insert's transaction
so the unique index guards it; editing a trainee never changes it. Trainees are part
of the signed record (record_lock.CONTENT): once the certificate is signed they change
only through an amendment.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.base import utcnow
from app.db.models import WorkOrder
from app.db.training import ExamAttempt, Trainee
from app.domain.enums import WorkOrderType
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError, check_text
from app.services.device import issue_certificate_number
from app.services.records import live, soft_delete
from app.services.store import Store

NOT_TRAINING = QT_TRANSLATE_NOOP("Trainees", "Trainees are recorded on training work orders only.")


@dataclass(frozen=True)
class TraineeDraft:
    """What the trainee form fills in."""

    name: str = ""
    staff_number: str = ""
    role: str = ""
    department: str = ""
    organisation: str = ""  # "" → the work order's hospital
    attended: bool = True


@dataclass(frozen=True)
class TraineeRow:
    """A trainee as screens and reports see it: plain data."""

    id: str
    name: str
    staff_number: str
    role: str
    department: str
    organisation: str
    attended: bool
    passed: bool  # set by the exam (app/services/training/sessions.py)
    certificate_number: str
    attempts: int = 0  # exam attempts sat
    last_score: int | None = None
    pass_mark: int | None = None  # of the last attempt

    @property
    def certified(self) -> bool:
        """Attended and passed: the trainee gets a certificate."""
        return self.attended and self.passed

    def draft(self) -> TraineeDraft:
        return TraineeDraft(
            self.name,
            self.staff_number,
            self.role,
            self.department,
            self.organisation,
            self.attended,
        )


def validate(draft: TraineeDraft) -> None:
    errors: list[FieldError] = []
    check_text(errors, "name", draft.name, 100, required=True)
    check_text(errors, "staff_number", draft.staff_number, 60)
    check_text(errors, "role", draft.role, 100)
    check_text(errors, "department", draft.department, 200)
    check_text(errors, "organisation", draft.organisation, 200)
    if errors:
        raise ValidationError(errors)


def trainees_of(store: Store, work_order_id: str) -> list[TraineeRow]:
    """The live trainees of a work order, in the order they were recorded."""
    with store.reading() as session:
        rows = session.scalars(
            select(Trainee)
            .where(Trainee.work_order_id == work_order_id, Trainee.deleted_at.is_(None))
            .order_by(Trainee.created_at, Trainee.id)
        ).all()
        exams: dict[str, list[ExamAttempt]] = {}
        for attempt in session.scalars(
            select(ExamAttempt)
            .where(
                ExamAttempt.trainee_id.in_([t.id for t in rows]),
                ExamAttempt.deleted_at.is_(None),
            )
            .order_by(ExamAttempt.attempt)
        ):
            exams.setdefault(attempt.trainee_id, []).append(attempt)
        return [_row(t, exams.get(t.id, [])) for t in rows]


def add_trainee(store: Store, work_order_id: str, draft: TraineeDraft) -> TraineeRow:
    """Records a trainee on a training work order, with a new certificate number."""
    validate(draft)
    with store.session() as session:
        order = live(session, WorkOrder, work_order_id)
        if order.type is not WorkOrderType.TRAINING:
            raise ValidationError([FieldError("", NOT_TRAINING)])
        organisation = draft.organisation.strip() or order.equipment.site.customer.name_zh
        trainee = Trainee(
            work_order_id=work_order_id,
            certificate_number=issue_certificate_number(session, utcnow()),
            passed=False,  # until an exam reaches the pass mark
            **_values(draft),
            updated_by=store.user_login,
        )
        trainee.organisation = organisation
        session.add(trainee)
        session.flush()
        return _row(trainee)


def update_trainee(store: Store, trainee_id: str, draft: TraineeDraft) -> TraineeRow:
    """Changes what was recorded of a trainee; the certificate number stays."""
    validate(draft)
    with store.session() as session:
        trainee = live(session, Trainee, trainee_id)
        for name, value in _values(draft).items():
            if name == "organisation" and not value:
                continue
            if getattr(trainee, name) != value:
                setattr(trainee, name, value)
        trainee.updated_by = store.user_login
        session.flush()
        return _row(trainee)


def remove_trainee(store: Store, trainee_id: str) -> None:
    """A tombstone: the number is never issued again (the row keeps it)."""
    soft_delete(store, Trainee, trainee_id)


def _values(draft: TraineeDraft) -> dict[str, object]:
    return {
        "name": draft.name.strip(),
        "staff_number": draft.staff_number.strip(),
        "role": draft.role.strip(),
        "department": draft.department.strip(),
        "organisation": draft.organisation.strip(),
        "attended": draft.attended,
    }


def _row(t: Trainee, exams: list[ExamAttempt] | None = None) -> TraineeRow:
    last = exams[-1] if exams else None
    return TraineeRow(
        t.id,
        t.name,
        t.staff_number,
        t.role,
        t.department,
        t.organisation,
        t.attended,
        t.passed,
        t.certificate_number,
        len(exams or ()),
        last.score if last else None,
        last.pass_mark if last else None,
    )
