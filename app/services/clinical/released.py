"""Whether a job released its unit to clinical use: read by the report's conclusion and
the customer's summary, which the release itself builds on (so it imports nothing of
theirs)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from app.db.clinical import ClinicalRelease
from app.services.store import Store


def released_at(store: Store, work_order_id: str) -> datetime | None:
    """When the job's unit was released to clinical use (the end of its downtime)."""
    with store.reading() as session:
        return session.scalar(
            select(func.min(ClinicalRelease.released_at)).where(
                ClinicalRelease.work_order_id == work_order_id,
                ClinicalRelease.deleted_at.is_(None),
            )
        )


def is_released(store: Store, work_order_id: str) -> bool:
    return released_at(store, work_order_id) is not None
