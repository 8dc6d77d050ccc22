"""Action levels a hospital site sets for itself where the standard leaves the choice
(TG-142 monthly output 3 %, HDR source strength): one row per site and checklist item."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin


class SiteActionLevel(SyncedMixin, Base):
    """The site's own action level for one site-settable item of one template; a
    tombstone (deleted_at) means the site went back to the template's level. Who set it
    and when are kept here for the run's note; every change is in the audit trail too."""

    __tablename__ = "site_action_level"

    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(80))
    item_id: Mapped[str] = mapped_column(String(80))
    # As a template writes a limit: "4" (in the item's unit) or "4%" (of the nominal).
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    set_by: Mapped[str] = mapped_column(String(100))  # the setter's name as shown
    set_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("site_id", "template_id", "item_id"),)
