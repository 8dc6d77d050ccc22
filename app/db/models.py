"""Beamside's records as typed SQLAlchemy models (one table each).

Synced tables use `SyncedMixin`; `LocalDevice` is this installation's own and
never leaves the laptop.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, SyncedMixin, utcnow
from app.domain.enums import (
    ContractLevel,
    EquipmentStatus,
    HospitalGrade,
    Modality,
    Priority,
    UserRole,
    WorkOrderState,
    WorkOrderType,
)


def enum_column(cls: type[enum.Enum]) -> Enum:
    """Stores the enum's value string; no CHECK, so a new value needs no table rebuild."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class LocalDevice(Base):
    """This installation: its id and the prefix of the work-order numbers it issues."""

    __tablename__ = "local_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    number_prefix: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(SyncedMixin, Base):
    """A hospital."""

    __tablename__ = "customer"

    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    region: Mapped[str] = mapped_column(String(60), default="")
    grade: Mapped[HospitalGrade] = mapped_column(enum_column(HospitalGrade))

    sites: Mapped[list[Site]] = relationship(back_populates="customer")
    contacts: Mapped[list[Contact]] = relationship(back_populates="customer")


class Site(SyncedMixin, Base):
    """A department or treatment room of a hospital, where equipment stands."""

    __tablename__ = "site"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    building: Mapped[str] = mapped_column(String(200), default="")

    customer: Mapped[Customer] = relationship(back_populates="sites")


class Contact(SyncedMixin, Base):
    __tablename__ = "contact"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"), default=None)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class User(SyncedMixin, Base):
    """A member of the service organisation."""

    __tablename__ = "user"

    display_name: Mapped[str] = mapped_column(String(100))
    login: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole))
    phone: Mapped[str] = mapped_column(String(40), default="")


class EquipmentModel(SyncedMixin, Base):
    __tablename__ = "equipment_model"

    maker: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100))
    modality: Mapped[Modality] = mapped_column(enum_column(Modality))


class Equipment(SyncedMixin, Base):
    """One installed unit; its work orders form the per-unit service archive."""

    __tablename__ = "equipment"

    model_id: Mapped[str] = mapped_column(ForeignKey("equipment_model.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    serial_number: Mapped[str] = mapped_column(String(40))
    nmpa_registration_no: Mapped[str] = mapped_column(String(60), default="")
    udi: Mapped[str] = mapped_column(String(120), default="")
    install_date: Mapped[date | None] = mapped_column(default=None)
    acceptance_date: Mapped[date | None] = mapped_column(default=None)
    warranty_end: Mapped[date | None] = mapped_column(default=None)
    contract_level: Mapped[ContractLevel] = mapped_column(enum_column(ContractLevel))
    status: Mapped[EquipmentStatus] = mapped_column(enum_column(EquipmentStatus))
    # Scheduled clinical hours Monday..Sunday: the base for uptime (开机率).
    clinical_hours: Mapped[list[float]] = mapped_column(JSON, default=list)
    # The TG-142 machine class its QA runs use (non_imrt, imrt, srs_sbrt; "" not set)
    # and its installed options (licensed features), one per list entry. Its beams and
    # software versions are rows of app/db/unit_configuration.py.
    treatment_class: Mapped[str] = mapped_column(String(32), default="", server_default="")
    installed_options: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    model: Mapped[EquipmentModel] = relationship()
    site: Mapped[Site] = relationship()

    __table_args__ = (Index("ix_equipment_serial", "serial_number"),)


class WorkOrder(SyncedMixin, Base):
    __tablename__ = "work_order"

    number: Mapped[str] = mapped_column(String(32), unique=True)
    type: Mapped[WorkOrderType] = mapped_column(enum_column(WorkOrderType))
    state: Mapped[WorkOrderState] = mapped_column(enum_column(WorkOrderState))
    priority: Mapped[Priority] = mapped_column(enum_column(Priority))
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    travelling_at: Mapped[datetime | None] = mapped_column(default=None)
    arrived_at: Mapped[datetime | None] = mapped_column(default=None)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    trial_run_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    signed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # The repair this one came from (an inspection finding or a reopened job).
    origin_id: Mapped[str | None] = mapped_column(ForeignKey("work_order.id"), default=None)

    equipment: Mapped[Equipment] = relationship()
    assignments: Mapped[list[WorkOrderAssignment]] = relationship(
        back_populates="work_order", foreign_keys="WorkOrderAssignment.work_order_id"
    )

    __table_args__ = (Index("ix_work_order_reported_at", "reported_at"),)


class WorkOrderAssignment(SyncedMixin, Base):
    """An engineer assigned to a work order (a row of its own, so it syncs)."""

    __tablename__ = "work_order_assignment"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)

    work_order: Mapped[WorkOrder] = relationship(back_populates="assignments")
    user: Mapped[User] = relationship()
