"""What the customer had to do with a repair's downtime (issue 14 §KPIs): the cause
when the hospital caused the failure (its power, cooling water, misuse), and the
periods the engineer waited for the hospital (unit not released to us, approval
pending, access refused). The service contract decides whether uptime counts them
(app/domain/uptime.py); they are recorded on the work order by the engineer.

Not part of a signed record's content (as a job's costs are not): waiting for the
hospital's release may go on after the customer signed; every change is audited.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.uptime import DowntimeCause


class RepairDowntimeCause(SyncedMixin, Base):
    """Why a repair's unit was down, when not a plain failure: one per work order (none:
    a failure, the default)."""

    __tablename__ = "downtime_cause"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), unique=True)
    cause: Mapped[DowntimeCause] = mapped_column(enum_column(DowntimeCause))
    reason: Mapped[str] = mapped_column(Text, default="")
    by_login: Mapped[str] = mapped_column(String(64), default="")


class CustomerWait(SyncedMixin, Base):
    """A time the repair waited for the hospital, from `started_at` until `ended_at`
    (None: still waiting)."""

    __tablename__ = "customer_wait"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    by_login: Mapped[str] = mapped_column(String(64), default="")
