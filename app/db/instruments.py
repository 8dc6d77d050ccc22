"""The register of test instruments and which ones a checklist run used, per section."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.instruments import InstrumentKind


class TestInstrument(SyncedMixin, Base):
    """One calibrated instrument of the company; retired rather than deleted, so the
    runs that used it still say what it was."""

    __tablename__ = "test_instrument"
    __test__ = False  # not a pytest test class, whatever its name

    kind: Mapped[InstrumentKind] = mapped_column(enum_column(InstrumentKind))
    maker: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    serial: Mapped[str] = mapped_column(String(40))
    certificate_no: Mapped[str] = mapped_column(String(60), default="")
    calibrated_on: Mapped[date]
    due_date: Mapped[date]
    calibration_lab: Mapped[str] = mapped_column(String(200), default="")
    # The engineer's login who holds it, or "" for the office.
    holder_login: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (UniqueConstraint("maker", "model", "serial"),)


class InstrumentUse(SyncedMixin, Base):
    """An instrument used for one section of a checklist run (unchecking it leaves a
    tombstone, which syncs like any edit)."""

    __tablename__ = "instrument_use"

    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_run.id"), index=True)
    section_id: Mapped[str] = mapped_column(String(80))
    instrument_id: Mapped[str] = mapped_column(ForeignKey("test_instrument.id"), index=True)

    instrument: Mapped[TestInstrument] = relationship()

    __table_args__ = (UniqueConstraint("run_id", "section_id", "instrument_id"),)
