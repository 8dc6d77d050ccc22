"""The one place that writes and reads a unit's software version for upgrades.

INTEGRATION POINT: the unit's software/firmware version history is being added in
parallel. Until it lands, the version a done upgrade wrote is kept on its
`campaign_unit` row (audited and synced with it), and the unit's current version is
the latest one written there, else the version found when it joined a campaign. When
the history service exists, `write_unit_version` should also call it (same session)
and `current_version` read from it; nothing else in the upgrade code needs to change.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.upgrades import CampaignUnit


def write_unit_version(
    session: Session, row: CampaignUnit, version: str, when: datetime, by: str
) -> None:
    """Records that the upgrade wrote `version` to the row's unit (inside the caller's
    unit of work; the audit trail and the outbox see the change)."""
    row.version_written = version
    row.done_at = when
    row.updated_by = by


def current_version(session: Session, equipment_id: str) -> str:
    """The unit's software version as far as upgrades know; "" when unknown."""
    rows = session.execute(
        select(CampaignUnit.version_written, CampaignUnit.version_before)
        .where(CampaignUnit.equipment_id == equipment_id, CampaignUnit.deleted_at.is_(None))
        .order_by(CampaignUnit.done_at.desc().nulls_last(), CampaignUnit.created_at.desc())
    ).all()
    for written, _before in rows:
        if written:
            return str(written)
    return str(rows[0][1]) if rows else ""
