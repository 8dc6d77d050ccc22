"""The company's own service staff (§8): the yearly training plan and who attended,
engineers' qualifications with expiry, what jobs need, and periodic assessments.

An assessment names its engineer's login (`engineer_login`) besides the user id: the
server sends the row to that login and the managers only (permissions.PRIVATE_ROWS)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.staff import (
    AssessmentAction,
    AssessmentResult,
    QualificationKind,
    StaffTrainingContent,
    StaffTrainingForm,
)
from app.domain.training_exams import DEFAULT_PASS_MARK


class StaffTraining(SyncedMixin, Base):
    """One course of the year's training plan for service staff (§8.1)."""

    __tablename__ = "staff_training"

    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[StaffTrainingContent] = mapped_column(enum_column(StaffTrainingContent))
    form: Mapped[StaffTrainingForm] = mapped_column(enum_column(StaffTrainingForm))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    trainer: Mapped[str] = mapped_column(String(100), default="")
    pass_mark: Mapped[int] = mapped_column(Integer, default=DEFAULT_PASS_MARK)


class StaffTrainingRecord(SyncedMixin, Base):
    """One engineer on one course: attended, and the exam's score and verdict."""

    __tablename__ = "staff_training_record"

    training_id: Mapped[str] = mapped_column(ForeignKey("staff_training.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    passed: Mapped[bool | None] = mapped_column(Boolean, default=None)


class Qualification(SyncedMixin, Base):
    """A certificate an engineer holds (radiation safety, a vendor's course for a model…)."""

    __tablename__ = "qualification"

    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    kind: Mapped[QualificationKind] = mapped_column(enum_column(QualificationKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    model_id: Mapped[str | None] = mapped_column(ForeignKey("equipment_model.id"), default=None)
    certificate_number: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[date | None] = mapped_column(default=None)
    expires_on: Mapped[date | None] = mapped_column(default=None)


class QualificationRequirement(SyncedMixin, Base):
    """What work on a unit needs, as data: a kind of qualification for units of a
    modality and/or a model (empty: every unit)."""

    __tablename__ = "qualification_requirement"

    kind: Mapped[QualificationKind] = mapped_column(enum_column(QualificationKind))
    modality: Mapped[str] = mapped_column(String(32), default="")
    model_id: Mapped[str | None] = mapped_column(ForeignKey("equipment_model.id"), default=None)


class StaffAssessment(SyncedMixin, Base):
    """One engineer's assessment for a period (§8.3): the three ratings, the work
    figures as they stood when assessed, and the manager's result."""

    __tablename__ = "staff_assessment"

    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    engineer_login: Mapped[str] = mapped_column(String(64), index=True)
    period: Mapped[str] = mapped_column(String(10))  # "2026-H2", "2026-Q3", "2026"
    self_rating: Mapped[int | None] = mapped_column(Integer, default=None)
    supervisor_rating: Mapped[int | None] = mapped_column(Integer, default=None)
    customer_rating: Mapped[float | None] = mapped_column(Float, default=None)
    jobs: Mapped[int] = mapped_column(Integer, default=0)
    first_time_fix: Mapped[float | None] = mapped_column(Float, default=None)
    satisfaction: Mapped[float | None] = mapped_column(Float, default=None)
    complaints: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[AssessmentResult | None] = mapped_column(
        enum_column(AssessmentResult), default=None
    )
    action: Mapped[AssessmentAction] = mapped_column(
        enum_column(AssessmentAction), default=AssessmentAction.NONE
    )
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
