"""One unit's way through a campaign: notified, the customer's answer, scheduled, done,
verified. Each step checks the one before (app/domain/upgrades.NEXT): nothing is
scheduled without the customer's consent. Engineers and the service manager record
steps (here and on the server). Scheduling makes the upgrade work order, which then
appears in the unit's service history and carries the test checklist; a done upgrade
writes the new version through `unit_version.write_unit_version`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import ChecklistRun
from app.db.models import Equipment, Site, WorkOrder
from app.db.upgrades import CampaignUnit, UpgradeCampaign
from app.domain.enums import Priority, RunState, WorkOrderState, WorkOrderType
from app.domain.records import WorkOrderDraft
from app.domain.refusals import Refused
from app.domain.upgrades import (
    BAD_VERSION,
    CHECKLIST_OPEN,
    FIELD_ROLES,
    NEEDS_CONSENT,
    NO_CONSENT_SIGNER,
    NOT_FIELD_ROLE,
    WRONG_STEP,
    NoticeChannel,
    UnitStep,
    may_step,
    parse_version,
)
from app.services.records import live
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.services.upgrades.unit_version import write_unit_version
from app.services.work_orders.orders import write_work_order

CONTEXT = "Upgrades"


@dataclass(frozen=True)
class UnitRow:
    """A unit in a campaign as the page shows it."""

    id: str
    equipment_id: str
    hospital: str
    serial: str
    step: UnitStep
    version_before: str
    notified_on: date | None
    notice_channel: NoticeChannel | None
    answer_by: str
    answered_at: datetime | None
    signed: bool
    scheduled_for: date | None
    work_order_id: str | None
    work_order_number: str
    version_written: str
    verified_at: datetime | None


@dataclass(frozen=True)
class UnitUpgrade:
    """A campaign as one unit's history shows it."""

    campaign: str
    new_version: str
    step: UnitStep
    version_written: str


def may_record(store: Store, user: ActingUser | None = None) -> bool:
    """`user`: the acting user when the caller knows it already (no query)."""
    return (user or acting_user(store)).role in FIELD_ROLES


def _step(session: Session, store: Store, row_id: str, target: UnitStep) -> CampaignUnit:
    if not may_record(store):
        raise Refused(CONTEXT, NOT_FIELD_ROLE)
    row = live(session, CampaignUnit, row_id)
    if target is UnitStep.SCHEDULED and row.step is not UnitStep.CONSENTED:
        raise Refused(CONTEXT, NEEDS_CONSENT)
    if not may_step(row.step, target):
        raise Refused(CONTEXT, WRONG_STEP, row.step.label, target.label)
    row.step = target
    row.updated_by = store.user_login
    return row


def record_notice(store: Store, row_id: str, on: date, channel: NoticeChannel) -> None:
    with store.session() as session:
        row = _step(session, store, row_id, UnitStep.NOTIFIED)
        row.notified_on, row.notice_channel = on, channel


def record_answer(
    store: Store,
    row_id: str,
    consented: bool,
    by: str,
    *,
    strokes: list[Any] | None = None,
    reason: str = "",
    when: datetime | None = None,
) -> None:
    """The customer's consent or refusal: who gave it (their printed name, also under a
    signature drawn on the pad) and when; `strokes`: the signature, if signed here."""
    if not by.strip():
        raise Refused(CONTEXT, NO_CONSENT_SIGNER)
    target = UnitStep.CONSENTED if consented else UnitStep.REFUSED
    with store.session() as session:
        row = _step(session, store, row_id, target)
        row.answer_by = by.strip()[:100]
        row.answered_at = when or utcnow()
        row.answer_recorded_by = store.user_login
        row.answer_strokes = list(strokes or [])
        row.refusal_reason = "" if consented else reason.strip()


def schedule(store: Store, row_id: str, on: date, engineer_ids: list[str] | None = None) -> str:
    """Books the upgrade for `on` (after consent only) and makes its work order;
    returns the work order's id."""
    with store.session() as session:
        row = _step(session, store, row_id, UnitStep.SCHEDULED)
        campaign = live(session, UpgradeCampaign, row.campaign_id)
        description = f"{campaign.title}: {row.version_before or '?'} → {campaign.new_version}"
        if campaign.changes:
            description += f"\n{campaign.changes}"
        draft = WorkOrderDraft(
            type=WorkOrderType.UPGRADE,
            priority=Priority.NORMAL,
            state=WorkOrderState.REPORTED,  # every field role may create it (server)
            equipment_id=row.equipment_id,
            description=description,
            reported_at=utcnow(),
            engineer_ids=engineer_ids or [],
        )
        saved = write_work_order(session, store, None, draft)
        row.scheduled_for, row.work_order_id = on, saved.id
        return saved.id


def record_done(store: Store, row_id: str, version: str) -> None:
    """The upgrade was performed: writes the new version to the unit."""
    if parse_version(version) is None:
        raise Refused(CONTEXT, BAD_VERSION)
    with store.session() as session:
        row = _step(session, store, row_id, UnitStep.DONE)
        write_unit_version(session, store, row, version.strip(), utcnow())


def record_verified(store: Store, row_id: str) -> None:
    """Verified by the completed test checklist on the upgrade work order."""
    with store.session() as session:
        row = _step(session, store, row_id, UnitStep.VERIFIED)
        run = session.scalar(
            select(ChecklistRun)
            .where(
                ChecklistRun.work_order_id == row.work_order_id,
                ChecklistRun.state == RunState.COMPLETED,
                ChecklistRun.deleted_at.is_(None),
            )
            .order_by(ChecklistRun.completed_at.desc())
        )
        if row.work_order_id is None or run is None:
            raise Refused(CONTEXT, CHECKLIST_OPEN)
        row.verified_at, row.verified_run_id = utcnow(), run.id


def units_of(store: Store, campaign_id: str) -> list[UnitRow]:
    """The campaign's units by hospital and serial (call off the GUI thread)."""
    with store.reading() as session:
        found = session.execute(
            select(CampaignUnit, Equipment, Site, WorkOrder.number)
            .join(Equipment, Equipment.id == CampaignUnit.equipment_id)
            .join(Site, Site.id == Equipment.site_id)
            .outerjoin(WorkOrder, WorkOrder.id == CampaignUnit.work_order_id)
            .where(CampaignUnit.campaign_id == campaign_id, CampaignUnit.deleted_at.is_(None))
            .order_by(Equipment.serial_number)
        ).all()
        return [
            UnitRow(
                r.id,
                unit.id,
                site.customer.name_zh,
                unit.serial_number,
                r.step,
                r.version_before,
                r.notified_on,
                r.notice_channel,
                r.answer_by,
                r.answered_at,
                bool(r.answer_strokes),
                r.scheduled_for,
                r.work_order_id,
                number or "",
                r.version_written,
                r.verified_at,
            )
            for r, unit, site, number in found
        ]


def upgrades_of_unit(store: Store, equipment_id: str) -> list[UnitUpgrade]:
    """The campaigns a unit is in, newest first (its service history shows them)."""
    with store.reading() as session:
        found = session.execute(
            select(CampaignUnit, UpgradeCampaign)
            .join(UpgradeCampaign, UpgradeCampaign.id == CampaignUnit.campaign_id)
            .where(CampaignUnit.equipment_id == equipment_id, CampaignUnit.deleted_at.is_(None))
            .order_by(CampaignUnit.created_at.desc())
        ).all()
        return [UnitUpgrade(c.title, c.new_version, r.step, r.version_written) for r, c in found]
