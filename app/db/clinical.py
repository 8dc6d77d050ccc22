"""Clinical release of units after repair or upgrade, and the acceptance-level testing
a replaced major component calls for (issue 11 §1; 放射诊疗管理规定 Art. 20)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin


class ClinicalRelease(SyncedMixin, Base):
    """A unit released for clinical use on a job (append-only).

    Signed in signing mode by the hospital's physicist: `signature_id` names the
    signature with the meaning "released for clinical use". A legacy release was the
    engineer's "back in clinical use" checkbox before releases were signed (carried
    over by migration 0013): no signature, marked `legacy`."""

    __tablename__ = "clinical_release"

    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    signature_id: Mapped[str | None] = mapped_column(ForeignKey("signature.id"), default=None)
    released_by: Mapped[str] = mapped_column(String(100))
    released_by_role: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    released_at: Mapped[datetime]
    legacy: Mapped[bool] = mapped_column(default=False, server_default="0")
    # The warnings the signer was shown, one per line with its comment, as read.
    warnings_shown: Mapped[str] = mapped_column(Text, default="", server_default="")


class AcceptanceTesting(SyncedMixin, Base):
    """ "Acceptance-level testing required" on a unit since a job replaced a major
    component; open until a physicist records the test."""

    __tablename__ = "acceptance_testing"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    work_order_id: Mapped[str] = mapped_column(ForeignKey("work_order.id"), index=True)
    component: Mapped[str] = mapped_column(String(40))
    raised_at: Mapped[datetime]
    tested_at: Mapped[datetime | None] = mapped_column(default=None)
    tested_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    test_record: Mapped[str] = mapped_column(Text, default="", server_default="")
