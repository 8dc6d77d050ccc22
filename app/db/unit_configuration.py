"""A unit's configuration (beams, software versions) and the per-beam checklist data
that refers to it: baselines and per-beam values (issue 11 §3).

The treatment class and installed options are columns of `equipment` itself; what has
several rows per unit lives here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.enums import Verdict
from app.domain.unit_configuration import BaselineOccasion, Particle


class UnitBeam(SyncedMixin, Base):
    """One beam the unit delivers, with its reference output (cGy/MU at reference
    conditions). Removed beams are tombstoned: old runs keep the label they snapshotted."""

    __tablename__ = "unit_beam"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    particle: Mapped[Particle] = mapped_column(enum_column(Particle))
    energy: Mapped[float] = mapped_column(Float)
    fff: Mapped[bool] = mapped_column(default=False)
    reference_output: Mapped[float | None] = mapped_column(Float, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)


class UnitSoftwareVersion(SyncedMixin, Base):
    """A software or firmware version installed on the unit, dated (append-only: the
    rows of one component are its version history; the latest date is current)."""

    __tablename__ = "unit_software_version"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    component: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(60))
    installed_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    # The upgrade (or other) work order that installed it; None when typed in by hand.
    work_order_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)


class ChecklistBaseline(SyncedMixin, Base):
    """The baseline of one item on one beam of a unit — or of the unit as a whole (no
    beam: imaging quality and dose) —, set at acceptance or after a recalibration
    (append-only: the latest set_at is in force)."""

    __tablename__ = "checklist_baseline"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(80))
    beam_id: Mapped[str | None] = mapped_column(
        ForeignKey("unit_beam.id"), index=True, default=None
    )
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="")
    occasion: Mapped[BaselineOccasion] = mapped_column(enum_column(BaselineOccasion))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(100))
    # The run the baseline was measured on, when it was.
    run_id: Mapped[str | None] = mapped_column(ForeignKey("checklist_run.id"), default=None)


class ChecklistBeamValue(SyncedMixin, Base):
    """The value of a per-beam item on one beam, judged when entered. The item's own
    `checklist_value` row holds the worst verdict of its beams and the comment."""

    __tablename__ = "checklist_beam_value"

    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_run.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(80))
    beam_id: Mapped[str] = mapped_column(ForeignKey("unit_beam.id"))
    beam_label: Mapped[str] = mapped_column(String(40))  # as it was when entered
    text: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[float | None] = mapped_column(Float, default=None)  # as measured
    unit: Mapped[str] = mapped_column(String(20), default="")
    # The baseline it was compared with, copied so a later baseline changes nothing here.
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    baseline_id: Mapped[str | None] = mapped_column(
        ForeignKey("checklist_baseline.id"), default=None
    )
    difference: Mapped[float | None] = mapped_column(Float, default=None)
    verdict: Mapped[Verdict] = mapped_column(enum_column(Verdict))
    entered_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("run_id", "item_id", "beam_id"),)
