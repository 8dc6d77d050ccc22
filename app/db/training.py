"""The people trained on a training work order, each with their own certificate.

A trainee's certificate number (`CERT-<year>-<prefix>-<seq>`, app/domain/numbering.py)
is issued by the laptop that records the trainee, from its own number prefix, so two
offline laptops never issue the same one; the unique index guards the rest. The number
never changes afterwards: a certificate reprinted years later carries the same one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.training_exams import DEFAULT_PASS_MARK, TrainingForm


class Trainee(SyncedMixin, Base):
    """One person trained on the job (operator, physicist, technician…)."""

    __tablename__ = "trainee"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    staff_number: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(100), default="")  # job title
    department: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")  # their hospital
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    passed: Mapped[bool] = mapped_column(Boolean, default=True)
    certificate_number: Mapped[str] = mapped_column(String(40), unique=True)


class TrainingSession(SyncedMixin, Base):
    """What a training work order teaches (§5.2): how it is given, the syllabus topics,
    the trainer and the exam's pass mark. One per training work order; the work order
    keeps the hospital, unit, dates and the signatures."""

    __tablename__ = "training_session"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    form: Mapped[TrainingForm] = mapped_column(enum_column(TrainingForm))
    topics: Mapped[str] = mapped_column(String(200), default="")  # comma list (SyllabusTopic)
    trainer: Mapped[str] = mapped_column(String(100), default="")
    pass_mark: Mapped[int] = mapped_column(Integer, default=DEFAULT_PASS_MARK)


class ExamAttempt(SyncedMixin, Base):
    """One sitting of the exam by one trainee; a re-exam is a new row (the history stays).
    The pass mark is copied in, so a later change of the session's mark never turns an
    old result around."""

    __tablename__ = "exam_attempt"

    trainee_id: Mapped[str] = mapped_column(ForeignKey("trainee.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer)
    pass_mark: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    examined_at: Mapped[datetime]
    examiner: Mapped[str] = mapped_column(String(64), default="")
