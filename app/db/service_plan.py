"""Service contracts, the units' clinical exceptions, the annual plan's visits and the
notices sent to hospitals about them (procedure §4.1; app/domain/service_plan.py).

Uptime (computed elsewhere) reads: `ServiceContract.uptime_percent` over
`uptime_clock` hours — the scheduled clinical hours are `Equipment.clinical_hours`
(Monday..Sunday, hours) starting at `clinical_day_start` (minutes after local
midnight), with a `ClinicalException` row replacing a day's hours (0: a holiday) —
less downtime of the causes excluded by the three `excludes_*` flags.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, SyncedMixin
from app.db.models import Customer, Equipment, User, enum_column
from app.domain.enums import ContractLevel, WorkOrderType
from app.domain.service_plan import UptimeClock, VisitState


class ServiceContract(SyncedMixin, Base):
    """What the company promised for one unit, from `starts_on` to `ends_on` (both in)."""

    __tablename__ = "service_contract"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    number: Mapped[str] = mapped_column(String(60), default="")
    level: Mapped[ContractLevel] = mapped_column(enum_column(ContractLevel))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    pm_visits_per_year: Mapped[int] = mapped_column(default=0)
    inspections_per_year: Mapped[int] = mapped_column(default=0)
    # On site within this many hours of a call about a down machine.
    response_hours: Mapped[int] = mapped_column(default=24)
    # Guaranteed uptime in percent (0: none promised).
    uptime_percent: Mapped[float] = mapped_column(default=0.0)
    excludes_planned: Mapped[bool] = mapped_column(default=True)
    excludes_customer_caused: Mapped[bool] = mapped_column(default=True)
    excludes_waiting_for_customer: Mapped[bool] = mapped_column(default=True)
    uptime_clock: Mapped[UptimeClock] = mapped_column(enum_column(UptimeClock))
    clinical_day_start: Mapped[int] = mapped_column(default=480)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Who the contract names to sign the unit's clinical release (the hospital's
    # physicist unless the contract says otherwise); empty: the physicist contact.
    release_signer_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    release_signer_role: Mapped[str] = mapped_column(String(100), default="", server_default="")

    equipment: Mapped[Equipment] = relationship()


class ClinicalException(SyncedMixin, Base):
    """A day a unit's clinical hours differ from its weekday's: a holiday (0 hours) or
    a longer or shorter day."""

    __tablename__ = "clinical_exception"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    day: Mapped[date]
    hours: Mapped[float] = mapped_column(default=0.0)
    note: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("equipment_id", "day"),)


class PlanVisit(SyncedMixin, Base):
    """One PM or inspection visit of a unit's annual plan."""

    __tablename__ = "plan_visit"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    contract_id: Mapped[str] = mapped_column(ForeignKey("service_contract.id"), index=True)
    year: Mapped[int]
    kind: Mapped[WorkOrderType] = mapped_column(enum_column(WorkOrderType))
    template_id: Mapped[str] = mapped_column(String(80), default="")
    planned_on: Mapped[date]
    start_minute: Mapped[int] = mapped_column(default=540)  # local time of day
    duration_minutes: Mapped[int] = mapped_column(default=120)
    # Done within these days it is on time.
    window_start: Mapped[date]
    window_end: Mapped[date]
    engineer_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), default=None)
    state: Mapped[VisitState] = mapped_column(enum_column(VisitState))
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    reschedule_reason: Mapped[str] = mapped_column(Text, default="")
    work_order_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)

    equipment: Mapped[Equipment] = relationship()
    engineer: Mapped[User | None] = relationship()

    __table_args__ = (Index("ix_plan_visit_planned_on", "planned_on"),)


class CustomerNotice(SyncedMixin, Base):
    """A notice letter (§4.1.3) sent to a hospital about its coming visits."""

    __tablename__ = "customer_notice"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    year: Mapped[int]
    language: Mapped[str] = mapped_column(String(8))
    sent_on: Mapped[date]
    sent_by: Mapped[str] = mapped_column(String(64), default="")
    visit_count: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer] = relationship()
