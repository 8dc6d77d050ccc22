"""A unit model's acceptance specification, entered from the contract's ATP: one row
per model, acceptance template and item (app/domain/acceptance_specs.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin


class AcceptanceSpec(SyncedMixin, Base):
    """The model's specification value for one item whose limit comes from the ATP; a
    tombstone (deleted_at) means it was taken back. Who entered it and when are kept
    for the run's note; every change is in the audit trail too."""

    __tablename__ = "acceptance_spec"

    model_id: Mapped[str] = mapped_column(ForeignKey("equipment_model.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(80))
    item_id: Mapped[str] = mapped_column(String(80))
    # As a template writes a tolerance: "2" (in the item's unit) or "1%" (of the nominal).
    tolerance: Mapped[str] = mapped_column(String(20))
    # The ATP document the value comes from: number, revision, clause.
    document: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("model_id", "template_id", "item_id"),)
