"""Service costs and budgets (procedure §9): engineers' hourly rates, the costs
entered by hand on a job (travel, accommodation, external services, training fees),
and yearly budgets by category, project and department, approved by finance.

Labour and parts costs are not stored: they are derived from the job's hours and the
parts issued to it (app/services/costs), so nothing is typed twice.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.enums import CostCategory, CostKind, Department


class EngineerRate(SyncedMixin, Base):
    """An engineer's hourly cost rate from `valid_from` on, until a later one starts."""

    __tablename__ = "engineer_rate"

    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    valid_from: Mapped[date]
    hourly_rate: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")


class CostEntry(SyncedMixin, Base):
    """A cost entered by hand on a job: a ticket, a hotel, an outside service."""

    __tablename__ = "cost_entry"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    kind: Mapped[CostKind] = mapped_column(enum_column(CostKind))
    category: Mapped[CostCategory] = mapped_column(enum_column(CostCategory))
    department: Mapped[Department] = mapped_column(enum_column(Department))
    amount: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    incurred_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text, default="")
    by_login: Mapped[str] = mapped_column(String(64), default="")


class Budget(SyncedMixin, Base):
    """One year's service cost budget; approved by finance, once, with who and when."""

    __tablename__ = "budget"

    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    drafted_by: Mapped[str] = mapped_column(String(64), default="")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class BudgetLine(SyncedMixin, Base):
    """The amount budgeted for one category, project (hospital; none: company-wide),
    department and month."""

    __tablename__ = "budget_line"
    __table_args__ = (Index("ix_budget_line_budget_category", "budget_id", "category"),)

    budget_id: Mapped[str] = mapped_column(ForeignKey("budget.id"), index=True)
    category: Mapped[CostCategory] = mapped_column(enum_column(CostCategory))
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), default=None)
    department: Mapped[Department] = mapped_column(enum_column(Department))
    month: Mapped[int] = mapped_column(Integer)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
