"""Hotline calls (§5.1) and the complaint register (§7): synced like every record, so
the office sees what an engineer logged on the road."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.complaints import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintSource,
    ComplaintState,
    CustomerSatisfaction,
    ReportedBack,
)
from app.domain.enums import AdverseEventAnswer


class HotlineCall(SyncedMixin, Base):
    """One consultation by phone; an unanswered question stays open with its owner and
    due date until the answer is recorded (`answered_at`)."""

    __tablename__ = "hotline_call"

    called_at: Mapped[datetime]
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(200))
    caller_phone: Mapped[str] = mapped_column(String(40), default="")
    equipment_id: Mapped[str | None] = mapped_column(
        ForeignKey("equipment.id"), index=True, default=None
    )
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    engineer_login: Mapped[str] = mapped_column(String(64))  # who took the call
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    owner_login: Mapped[str] = mapped_column(String(64), default="")  # of an open question
    due_date: Mapped[date | None] = mapped_column(default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    work_order_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)

    __table_args__ = (Index("ix_hotline_call_called_at", "called_at"),)


class Complaint(SyncedMixin, Base):
    """One complaint from receipt to the customer's satisfied close."""

    __tablename__ = "complaint"

    received_at: Mapped[datetime]
    source: Mapped[ComplaintSource] = mapped_column(enum_column(ComplaintSource))
    complainant: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    equipment_id: Mapped[str | None] = mapped_column(
        ForeignKey("equipment.id"), index=True, default=None
    )
    matter: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[ComplaintState] = mapped_column(enum_column(ComplaintState))
    category: Mapped[ComplaintCategory] = mapped_column(
        enum_column(ComplaintCategory), default=ComplaintCategory.NOT_ASSESSED
    )
    severity: Mapped[ComplaintSeverity] = mapped_column(
        enum_column(ComplaintSeverity), default=ComplaintSeverity.NOT_ASSESSED
    )
    owner_login: Mapped[str] = mapped_column(String(64), default="")
    deadline: Mapped[date | None] = mapped_column(default=None)
    # ISO 13485 §8.2.2: about the device? a possibly reportable adverse event?
    about_device: Mapped[bool] = mapped_column(Boolean, default=False)
    adverse_event: Mapped[AdverseEventAnswer] = mapped_column(
        enum_column(AdverseEventAnswer), default=AdverseEventAnswer.NOT_ANSWERED
    )
    adverse_event_reported_to: Mapped[str] = mapped_column(String(200), default="")
    adverse_event_reported_on: Mapped[date | None] = mapped_column(default=None)
    root_cause: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[CustomerSatisfaction] = mapped_column(
        enum_column(CustomerSatisfaction), default=CustomerSatisfaction.NOT_ASKED
    )
    customer_feedback: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Where it came from, when it came from a call or a follow-up.
    hotline_call_id: Mapped[str | None] = mapped_column(ForeignKey("hotline_call.id"), default=None)
    follow_up_id: Mapped[str | None] = mapped_column(ForeignKey("follow_up.id"), default=None)

    __table_args__ = (Index("ix_complaint_received_at", "received_at"),)


class ComplaintEntry(SyncedMixin, Base):
    """A line of the complaint's record of handling: progress, a step (assessed,
    closed, reopened), each saying whether and how the customer was told (§7.2.3)."""

    __tablename__ = "complaint_entry"

    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime]
    by_login: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text)
    # The state the complaint entered with this entry, or None for plain progress.
    state: Mapped[ComplaintState | None] = mapped_column(enum_column(ComplaintState), default=None)
    reported_back: Mapped[ReportedBack] = mapped_column(
        enum_column(ReportedBack), default=ReportedBack.NOT_REPORTED
    )


class ComplaintWorkOrder(SyncedMixin, Base):
    """A work order done about a complaint."""

    __tablename__ = "complaint_work_order"

    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)

    __table_args__ = (UniqueConstraint("complaint_id", "work_order_id"),)
