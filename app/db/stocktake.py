"""Stocktakes (procedure §6.2.3) and issue slips signed by the receiver (§6.3).

A stocktake freezes each part's book quantity at one location when counting begins;
its lines carry the count and the reason of every variance, and approval writes the
adjustment movements (app/services/stock/stocktake.py). An issue slip (领料单) is the
signed record of parts handed over for a work order: its movements carry the slip's
number as their reference, the receiver's strokes are kept on the slip itself (not a
work-order `signature`, which would lock the repair record).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.enums import StocktakeState


class Stocktake(SyncedMixin, Base):
    """One count of one location, from counting to the manager's decision."""

    __tablename__ = "stocktake"

    number: Mapped[str] = mapped_column(String(40), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("stock_location.id"), index=True)
    state: Mapped[StocktakeState] = mapped_column(enum_column(StocktakeState))
    counted_by: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class StocktakeLine(SyncedMixin, Base):
    """A part at the counted location: book quantity (and serials) frozen at the start,
    the count (None until counted) and the reason of a variance."""

    __tablename__ = "stocktake_line"

    stocktake_id: Mapped[str] = mapped_column(ForeignKey("stocktake.id"), index=True)
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"))
    book_quantity: Mapped[float] = mapped_column(Float)
    counted_quantity: Mapped[float | None] = mapped_column(Float, default=None)
    book_serials: Mapped[list[Any]] = mapped_column(JSON, default=list)
    counted_serials: Mapped[list[Any]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text, default="")


class StockIssue(SyncedMixin, Base):
    """A 领料单: parts issued for a work order, signed on screen by who received them."""

    __tablename__ = "stock_issue"

    number: Mapped[str] = mapped_column(String(40), index=True)
    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    from_location_id: Mapped[str] = mapped_column(ForeignKey("stock_location.id"))
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    receiver_name: Mapped[str] = mapped_column(String(100))
    receiver_login: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime]
    # [[x, y, pressure, t_ms], …] per stroke, in the signature pad's space
    strokes: Mapped[list[Any]] = mapped_column(JSON)
