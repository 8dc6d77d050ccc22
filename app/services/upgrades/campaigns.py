"""Running an upgrade campaign: the service manager describes a release, then adds the
units that qualify (its model, installed software in the version range).

Only the service manager runs campaigns (here and on the server). The unit's current
software version comes from `unit_version.current_version` until the unit's version
history lands (see that module).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models import Equipment, EquipmentModel, Site
from app.db.upgrades import DEFAULT_COMPONENT, CampaignUnit, UpgradeCampaign
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.refusals import Refused
from app.domain.upgrades import (
    BAD_RANGE,
    BAD_VERSION,
    CAMPAIGN_ROLES,
    NOT_A_MANAGER,
    NOT_QUALIFIED,
    Qualification,
    UnitStep,
    parse_version,
    progress,
)
from app.services.records import live
from app.services.registry.users import ActingUser, acting_user
from app.services.store import Store
from app.services.upgrades.unit_version import current_version

CONTEXT = "Upgrades"
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Upgrades", "Give the campaign a title.")


@dataclass(frozen=True)
class CampaignDraft:
    title: str
    model_id: str
    new_version: str
    version_min: str = ""
    version_max: str = ""
    changes: str = ""
    release_note: str = ""
    checklist_template: str = ""
    component: str = DEFAULT_COMPONENT  # the unit's software component it upgrades


@dataclass(frozen=True)
class CampaignRow:
    """A campaign at a glance: its release and how many units stand at each step."""

    id: str
    title: str
    model: str
    version_range: str
    new_version: str
    counts: dict[UnitStep, int]

    @property
    def finished(self) -> int:
        return progress(self.counts)[0]

    @property
    def total(self) -> int:
        return progress(self.counts)[1]


@dataclass(frozen=True)
class Candidate:
    equipment_id: str
    label: str  # hospital · serial
    version: str  # "" when unknown
    qualifies: bool


def may_run_campaigns(store: Store, user: ActingUser | None = None) -> bool:
    """`user`: the acting user when the caller knows it already (no query)."""
    return (user or acting_user(store)).role in CAMPAIGN_ROLES


def _check_manager(store: Store) -> None:
    if not may_run_campaigns(store):
        raise Refused(CONTEXT, NOT_A_MANAGER)


def model_choices(store: Store) -> list[tuple[str, str]]:
    with store.reading() as session:
        models = session.scalars(
            select(EquipmentModel)
            .where(EquipmentModel.deleted_at.is_(None))
            .order_by(EquipmentModel.maker, EquipmentModel.model)
        )
        return [(m.id, f"{m.maker} {m.model}") for m in models]


def _check_versions(draft: CampaignDraft) -> None:
    if not draft.title.strip():
        raise Refused(CONTEXT, TITLE_REQUIRED)
    for text in (draft.new_version, draft.version_min, draft.version_max):
        if (text.strip() or text is draft.new_version) and parse_version(text) is None:
            raise Refused(CONTEXT, BAD_VERSION)
    low, high = parse_version(draft.version_min), parse_version(draft.version_max)
    if low is not None and high is not None and low > high:
        raise Refused(CONTEXT, BAD_RANGE)


def create_campaign(store: Store, draft: CampaignDraft) -> str:
    """A new campaign; units are added afterwards (`add_unit`)."""
    _check_manager(store)
    _check_versions(draft)
    with store.session() as session:
        live(session, EquipmentModel, draft.model_id)
        campaign = UpgradeCampaign(
            title=draft.title.strip(),
            model_id=draft.model_id,
            new_version=draft.new_version.strip(),
            version_min=draft.version_min.strip(),
            version_max=draft.version_max.strip(),
            changes=draft.changes.strip(),
            release_note=draft.release_note.strip(),
            checklist_template=draft.checklist_template,
            component=draft.component.strip() or DEFAULT_COMPONENT,
            updated_by=store.user_login,
        )
        session.add(campaign)
        session.flush()
        return campaign.id


def _qualification(campaign: UpgradeCampaign) -> Qualification:
    return Qualification(campaign.model_id, campaign.version_min, campaign.version_max)


def candidates(store: Store, campaign_id: str) -> list[Candidate]:
    """Units of the campaign's model not yet in it, with their known version and
    whether it lies in the range."""
    with store.reading() as session:
        campaign = live(session, UpgradeCampaign, campaign_id)
        rule = _qualification(campaign)
        taken = select(CampaignUnit.equipment_id).where(
            CampaignUnit.campaign_id == campaign_id, CampaignUnit.deleted_at.is_(None)
        )
        units = session.execute(
            select(Equipment, Site)
            .join(Site, Site.id == Equipment.site_id)
            .where(
                Equipment.model_id == campaign.model_id,
                Equipment.deleted_at.is_(None),
                Equipment.id.not_in(taken),
            )
            .order_by(Equipment.serial_number)
        ).all()
        found = []
        for unit, site in units:
            version = current_version(session, unit.id, campaign.component)
            label = f"{site.customer.name_zh} · {unit.serial_number}"
            found.append(Candidate(unit.id, label, version, rule.reaches(unit.model_id, version)))
        return found


def add_unit(store: Store, campaign_id: str, equipment_id: str, version_before: str = "") -> str:
    """Puts a qualifying unit into the campaign; `version_before`: the version found on
    the unit when the laptop does not know it. Refused when it does not qualify."""
    _check_manager(store)
    with store.session() as session:
        campaign = live(session, UpgradeCampaign, campaign_id)
        unit = live(session, Equipment, equipment_id)
        version = version_before.strip() or current_version(
            session, equipment_id, campaign.component
        )
        if not _qualification(campaign).reaches(unit.model_id, version):
            raise Refused(CONTEXT, NOT_QUALIFIED)
        row = CampaignUnit(
            campaign_id=campaign_id,
            equipment_id=equipment_id,
            step=UnitStep.QUALIFIED,
            version_before=version,
            updated_by=store.user_login,
        )
        session.add(row)
        session.flush()
        return row.id


def list_campaigns(store: Store) -> list[CampaignRow]:
    """Every campaign, newest first, with its counts per step (one grouped query)."""
    with store.reading() as session:
        counted = session.execute(
            select(CampaignUnit.campaign_id, CampaignUnit.step, func.count())
            .where(CampaignUnit.deleted_at.is_(None))
            .group_by(CampaignUnit.campaign_id, CampaignUnit.step)
        ).all()
        counts: dict[str, dict[UnitStep, int]] = {}
        for campaign_id, step, n in counted:
            counts.setdefault(campaign_id, {})[UnitStep(step)] = n
        rows = session.execute(
            select(UpgradeCampaign, EquipmentModel)
            .join(EquipmentModel, EquipmentModel.id == UpgradeCampaign.model_id)
            .where(UpgradeCampaign.deleted_at.is_(None))
            .order_by(UpgradeCampaign.created_at.desc())
        ).all()
        return [
            CampaignRow(
                c.id,
                c.title,
                f"{m.maker} {m.model}",
                f"{c.version_min or '…'} – {c.version_max or '…'}",
                c.new_version,
                counts.get(c.id, {}),
            )
            for c, m in rows
        ]


def load_campaign(store: Store, campaign_id: str) -> CampaignDraft:
    with store.reading() as session:
        c = live(session, UpgradeCampaign, campaign_id)
        return CampaignDraft(
            c.title,
            c.model_id,
            c.new_version,
            c.version_min,
            c.version_max,
            c.changes,
            c.release_note,
            c.checklist_template,
        )
