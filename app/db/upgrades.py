"""Upgrade campaigns (§5.3) and each unit's way through one.

A campaign says what a release changes and which units qualify (one equipment model,
a range of installed software versions); each reached unit has a `campaign_unit` row
that carries its steps: the notice, the customer's consent or refusal (signed on the
laptop or recorded with who and when), the date it is scheduled — with the upgrade
work order made then —, when it was done with the version written, and when its
test checklist verified it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin
from app.db.models import enum_column
from app.domain.upgrades import NoticeChannel, UnitStep

DEFAULT_COMPONENT = "Treatment console"


class UpgradeCampaign(SyncedMixin, Base):
    """One release rolled out to the units that qualify for it."""

    __tablename__ = "upgrade_campaign"

    title: Mapped[str] = mapped_column(String(200))
    changes: Mapped[str] = mapped_column(Text, default="")  # what the upgrade changes
    release_note: Mapped[str] = mapped_column(Text, default="")
    model_id: Mapped[str] = mapped_column(ForeignKey("equipment_model.id"), index=True)
    version_min: Mapped[str] = mapped_column(String(40), default="")
    version_max: Mapped[str] = mapped_column(String(40), default="")
    new_version: Mapped[str] = mapped_column(String(40))
    # Which of the unit's software components it upgrades: the unit's dated version
    # history (unit_software_version) gets the new version under this name.
    component: Mapped[str] = mapped_column(String(100), default=DEFAULT_COMPONENT)
    # The checklist template the upgrade work order's test runs (checklist_templates).
    checklist_template: Mapped[str] = mapped_column(String(80), default="")


class CampaignUnit(SyncedMixin, Base):
    """One unit reached by a campaign, with every step recorded on it."""

    __tablename__ = "campaign_unit"

    campaign_id: Mapped[str] = mapped_column(ForeignKey("upgrade_campaign.id"), index=True)
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    step: Mapped[UnitStep] = mapped_column(enum_column(UnitStep))
    version_before: Mapped[str] = mapped_column(String(40), default="")
    notified_on: Mapped[date | None] = mapped_column(default=None)
    notice_channel: Mapped[NoticeChannel | None] = mapped_column(
        enum_column(NoticeChannel), default=None
    )
    # The customer's answer: who gave it, when, who recorded it; strokes if signed here.
    answer_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    answer_recorded_by: Mapped[str] = mapped_column(String(64), default="")
    answer_strokes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    scheduled_for: Mapped[date | None] = mapped_column(default=None)
    work_order_id: Mapped[str | None] = mapped_column(
        ForeignKey("work_order.id"), index=True, default=None
    )
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    version_written: Mapped[str] = mapped_column(String(40), default="")
    verified_at: Mapped[datetime | None] = mapped_column(default=None)
    verified_run_id: Mapped[str] = mapped_column(String(36), default="")
