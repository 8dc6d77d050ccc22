"""The service company's own profile: what its reports, certificates and signatures
name as the organisation (issue 20), edited by the service manager, read by everyone.

One row, under a fixed id (`PROFILE_ID`): two laptops that both create the profile
offline write the same record, which the sync clocks merge field by field like any
edit, instead of two profiles that would need a rule for which one counts.

The logo and the seal are small PNG images kept *in the row* (base64 text), not as
synced blobs. They are bounded (the service re-encodes them to at most
`MAX_IMAGE_SIDE` pixels and `MAX_IMAGE_BYTES`; the column's length lets the sync
server refuse anything larger), they change perhaps once a year, and a report needs
them the moment it is built: in the row they arrive with the names in the same pull,
merge by the same clocks, and no report is ever printed without its seal because a
blob download is still on its way. Blobs (`sync/client/blobs.py`) stay what they are for:
photos and signed PDFs of megabytes, one per row under `sha256`. The cost is that the
audit trail keeps the text of each replaced image, which for a yearly change is small.
"""

from __future__ import annotations

import base64
import math

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, SyncedMixin

PROFILE_ID = "00000000-0000-7000-8000-000000000001"
MAX_IMAGE_SIDE = 800  # pixels; a logo or seal prints at most a few centimetres wide
MAX_IMAGE_BYTES = 256 * 1024  # of PNG
IMAGE_TEXT_LENGTH = 4 * math.ceil(MAX_IMAGE_BYTES / 3)  # its base64 text


class CompanyProfile(SyncedMixin, Base):
    """Name, address and contact of the service company in both report languages, with
    its logo (letterhead) and seal (certificates) as base64 PNG ("" when none)."""

    __tablename__ = "company_profile"

    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    address_zh: Mapped[str] = mapped_column(String(400), default="")
    address_en: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    logo_png: Mapped[str] = mapped_column(String(IMAGE_TEXT_LENGTH), default="")
    seal_png: Mapped[str] = mapped_column(String(IMAGE_TEXT_LENGTH), default="")


def image_bytes(text: str) -> bytes:
    """The PNG bytes of a stored image column ("" → b"")."""
    return base64.b64decode(text) if text else b""


def image_text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii") if data else ""
