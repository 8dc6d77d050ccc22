"""The one place that writes and reads a unit's software version for upgrades.

A done upgrade writes the new version twice, in one unit of work: on its
`campaign_unit` row (the campaign's record) and into the unit's dated version history
(`unit_software_version`, under the campaign's component), which the unit's
configuration shows. The unit's current version for a campaign is the history's latest
of that component, else the latest an upgrade wrote, else the version found when the
unit joined a campaign.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.unit_configuration import UnitSoftwareVersion
from app.db.upgrades import DEFAULT_COMPONENT, CampaignUnit, UpgradeCampaign
from app.domain import local_time
from app.services.registry.unit_configuration import add_version
from app.services.store import Store


def write_unit_version(
    session: Session, store: Store, row: CampaignUnit, version: str, when: datetime
) -> None:
    """Records that the upgrade wrote `version` to the row's unit (inside the caller's
    unit of work; the audit trail and the outbox see both changes)."""
    campaign = session.get(UpgradeCampaign, row.campaign_id)
    component = campaign.component if campaign is not None else DEFAULT_COMPONENT
    row.version_written = version
    row.done_at = when
    row.updated_by = store.user_login
    add_version(
        session,
        store,
        row.equipment_id,
        component,
        version,
        local_time.day_of(when),
        work_order_id=row.work_order_id,
    )


def current_version(session: Session, equipment_id: str, component: str = DEFAULT_COMPONENT) -> str:
    """The unit's version of `component` as far as this laptop knows; "" when unknown."""
    recorded = session.scalar(
        select(UnitSoftwareVersion.version)
        .where(
            UnitSoftwareVersion.equipment_id == equipment_id,
            UnitSoftwareVersion.component == component,
            UnitSoftwareVersion.deleted_at.is_(None),
        )
        .order_by(UnitSoftwareVersion.installed_on.desc(), UnitSoftwareVersion.created_at.desc())
        .limit(1)
    )
    if recorded:
        return str(recorded)
    rows = session.execute(
        select(CampaignUnit.version_written, CampaignUnit.version_before)
        .where(CampaignUnit.equipment_id == equipment_id, CampaignUnit.deleted_at.is_(None))
        .order_by(CampaignUnit.done_at.desc().nulls_last(), CampaignUnit.created_at.desc())
    ).all()
    for written, _before in rows:
        if written:
            return str(written)
    return str(rows[0][1]) if rows else ""
