"""The stock ledger (procedure §6.2): where parts are kept, and every movement of them.

On-hand is never stored: it is the sum of a location's movements (services/stock).
Movements are append-only — the sync server refuses a change to one; a mistake is
corrected by a reversing movement.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin, utcnow
from app.db.models import enum_column
from app.domain.enums import LocationKind, MovementKind


class StockLocation(SyncedMixin, Base):
    """The warehouse, or an engineer's kit or car (held by `holder_login`)."""

    __tablename__ = "stock_location"

    kind: Mapped[LocationKind] = mapped_column(enum_column(LocationKind))
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    holder_login: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(default=True)


class StockMovement(SyncedMixin, Base):
    """A quantity of one part moved out of `from_location_id`, into `to_location_id`."""

    __tablename__ = "stock_movement"
    # Covering on-hand: a location's ins (or outs) are read from the index alone, with
    # no visit to the table (benchmarks/stock.py; migration 0023).
    __table_args__ = (
        Index(
            "ix_stock_movement_from_on_hand", "from_location_id", "part_id", "deleted_at",
            "quantity",
        ),
        Index(
            "ix_stock_movement_to_on_hand", "to_location_id", "part_id", "deleted_at", "quantity"
        ),
    )  # fmt: skip

    kind: Mapped[MovementKind] = mapped_column(enum_column(MovementKind))
    part_id: Mapped[str] = mapped_column(ForeignKey("part.id"), index=True)
    quantity: Mapped[float] = mapped_column(Float)
    from_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("stock_location.id"), default=None
    )
    to_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("stock_location.id"), default=None
    )
    work_order_id: Mapped[str | None] = mapped_column(
        ForeignKey("work_order.id"), default=None, index=True
    )
    serial: Mapped[str] = mapped_column(String(60), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(120), default="")
    by_login: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
