"""The people trained on a training work order, each with their own certificate.

A trainee's certificate number (`CERT-<year>-<prefix>-<seq>`, app/domain/numbering.py)
is issued by the laptop that records the trainee, from its own number prefix, so two
offline laptops never issue the same one; the unique index guards the rest. The number
never changes afterwards: a certificate reprinted years later carries the same one.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin


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
