"""Purchasing (procedure §6.1): suppliers and what they sell, purchase plans whose
lines the service manager approves or rejects, the purchase orders made of approved
lines, and the goods received against them.

An order's state is never stored: what is still owed is the ordered quantity less the
accepted receipts, so two laptops receiving at once cannot leave it wrong. Receipts
are append-only (the sync server refuses a change to one), like the stock movements
they write.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin, utcnow
from app.db.models import enum_column
from app.domain.enums import DemandSource, PlanDecision


class Supplier(SyncedMixin, Base):
    """A supplier the parts administrator buys from, with the person to call."""

    __tablename__ = "supplier"

    name: Mapped[str] = mapped_column(String(200))
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class SupplierPart(SyncedMixin, Base):
    """One supplier's offer of one catalogue part: its number, price and lead time."""

    __tablename__ = "supplier_part"

    supplier_id: Mapped[str] = mapped_column(ForeignKey("supplier.id"), index=True)
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"), index=True)
    supplier_part_number: Mapped[str] = mapped_column(String(60), default="")
    unit_price: Mapped[float] = mapped_column(Float, default=0.0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=0)


class PurchasePlan(SyncedMixin, Base):
    """A purchase plan the parts administrator drafts from demand (§6.1)."""

    __tablename__ = "purchase_plan"

    number: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    drafted_by: Mapped[str] = mapped_column(String(64), default="")
    drafted_on: Mapped[date] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")


class PurchasePlanLine(SyncedMixin, Base):
    """One part to buy, why, and the service manager's decision on it."""

    __tablename__ = "purchase_plan_line"

    plan_id: Mapped[str] = mapped_column(ForeignKey("purchase_plan.id"), index=True)
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"), index=True)
    quantity: Mapped[float] = mapped_column(Float)
    source: Mapped[DemandSource] = mapped_column(enum_column(DemandSource))
    # The repair waiting for the part (source "repair"); urgent repairs go first (§6.3.3).
    work_order_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)
    urgent: Mapped[bool] = mapped_column(default=False)
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("supplier.id"), default=None)
    unit_price: Mapped[float] = mapped_column(Float, default=0.0)
    need_by: Mapped[date | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(String(300), default="")
    decision: Mapped[PlanDecision] = mapped_column(
        enum_column(PlanDecision), default=PlanDecision.PENDING
    )
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(default=None)


class PurchaseOrder(SyncedMixin, Base):
    """An order to one supplier (the purchase contract of §6.1.4)."""

    __tablename__ = "purchase_order"

    number: Mapped[str] = mapped_column(String(40))
    supplier_id: Mapped[str] = mapped_column(ForeignKey("supplier.id"), index=True)
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("purchase_plan.id"), default=None)
    ordered_on: Mapped[date] = mapped_column()
    delivery_date: Mapped[date | None] = mapped_column(default=None)
    terms: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    ordered_by: Mapped[str] = mapped_column(String(64), default="")


class PurchaseOrderLine(SyncedMixin, Base):
    """One part on an order, with the specification and model the contract names."""

    __tablename__ = "purchase_order_line"

    order_id: Mapped[str] = mapped_column(ForeignKey("purchase_order.id"), index=True)
    plan_line_id: Mapped[str | None] = mapped_column(
        ForeignKey("purchase_plan_line.id"), default=None, index=True
    )
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"), index=True)
    specification: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[float] = mapped_column(Float)
    unit_price: Mapped[float] = mapped_column(Float, default=0.0)
    urgent: Mapped[bool] = mapped_column(default=False)


class PurchaseReceipt(SyncedMixin, Base):
    """Goods received against one order line: what passed the quantity and quality
    check went into `location_id` (as receipt movements), what failed is rejected with
    a reason and stays owed."""

    __tablename__ = "purchase_receipt"

    order_line_id: Mapped[str] = mapped_column(ForeignKey("purchase_order_line.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("stock_location.id"), default=None)
    accepted_quantity: Mapped[float] = mapped_column(Float, default=0.0)
    rejected_quantity: Mapped[float] = mapped_column(Float, default=0.0)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    serials: Mapped[str] = mapped_column(Text, default="")  # one per line, serialised parts
    by_login: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
