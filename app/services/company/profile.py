"""Reading and editing the company profile (one synced row, app/db/company.py).

Everyone reads it: reports, certificates, signing mode and the Signatures tab name
the organisation from it. Only the service manager edits it — here, and on the sync
server (`TABLE_ROLES`), so an engineer's laptop cannot push a change either.

When no profile exists yet the organisation is left empty rather than filled with
the software's name: a report then prints no letterhead name at all, and Settings
says the profile is missing (a user expects their own company or nothing, never
"Beamside" presented as the company).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from app.db.company import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_SIDE,
    PROFILE_ID,
    CompanyProfile,
    image_bytes,
    image_text,
)
from app.domain.enums import UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, ValidationError, check_text
from app.services.registry.users import acting_user
from app.services.store import Store

EDITOR_ROLES = frozenset({UserRole.SERVICE_MANAGER})
MAX_SOURCE_BYTES = 10 * 1024 * 1024  # a picked file; it is scaled down before storing
# Pillow's core formats: the bundle leaves out its WebP, AVIF and font modules.
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "BMP", "GIF"})

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "CompanyProfile", "Only the service manager may change the company profile."
)
NAME_NEEDED = QT_TRANSLATE_NOOP(
    "CompanyProfile", "Enter the company's name in Chinese or in English."
)
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "CompanyProfile", "This file is not an image Beamside can read (PNG, JPEG, BMP or GIF)."
)
IMAGE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "CompanyProfile", "This image file is larger than 10 MB; choose a smaller one."
)
IMAGE_UNREADABLE = QT_TRANSLATE_NOOP("CompanyProfile", "The image could not be read.")
IMAGE_TOO_DETAILED = QT_TRANSLATE_NOOP(
    "CompanyProfile",
    "This image stays larger than 256 KB even when scaled down; use a simpler picture.",
)


@dataclass(frozen=True)
class Profile:
    """The profile as plain data ("" and b"" where nothing is set)."""

    name_zh: str = ""
    name_en: str = ""
    address_zh: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes = field(default=b"", repr=False)
    seal: bytes = field(default=b"", repr=False)
    updated_by: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name_zh.strip() or self.name_en.strip())

    def name(self, language: str) -> str:
        """The name in `language` ("zh_CN" or "en"), else the other one."""
        first, second = (
            (self.name_zh, self.name_en) if language == "zh_CN" else (self.name_en, self.name_zh)
        )
        return (first or second).strip()


EMPTY = Profile()


def load_profile(store: Store) -> Profile:
    """The company profile, or an empty one (`is_set` False) before anyone entered it."""
    with store.reading() as session:
        row = session.get(CompanyProfile, PROFILE_ID)
        if row is None or row.deleted_at is not None:
            return EMPTY
        return _view(row)


def may_edit(store: Store) -> bool:
    return acting_user(store).role in EDITOR_ROLES


def save_profile(store: Store, profile: Profile) -> Profile:
    """Stores `profile` (one transaction) after checking who edits and what is entered."""
    if not may_edit(store):
        raise ValidationError([FieldError("", NOT_ALLOWED)])
    errors: list[FieldError] = []
    if not profile.is_set:
        errors.append(FieldError("name_zh", NAME_NEEDED))
    for name, limit in (
        ("name_zh", 200),
        ("name_en", 200),
        ("address_zh", 400),
        ("address_en", 400),
        ("phone", 60),
        ("email", 200),
        ("website", 200),
    ):
        check_text(errors, name, getattr(profile, name), limit)
    for name in ("logo", "seal"):
        if len(getattr(profile, name)) > MAX_IMAGE_BYTES:
            errors.append(FieldError(name, IMAGE_TOO_DETAILED))
    if errors:
        raise ValidationError(errors)
    values = {
        "name_zh": profile.name_zh.strip(),
        "name_en": profile.name_en.strip(),
        "address_zh": profile.address_zh.strip(),
        "address_en": profile.address_en.strip(),
        "phone": profile.phone.strip(),
        "email": profile.email.strip(),
        "website": profile.website.strip(),
        "logo_png": image_text(profile.logo),
        "seal_png": image_text(profile.seal),
    }
    with store.session() as session:
        row = session.get(CompanyProfile, PROFILE_ID)
        if row is None:
            row = CompanyProfile(id=PROFILE_ID, **values)
            session.add(row)
        else:
            row.deleted_at = None
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        row.updated_by = store.user_login
        session.flush()
        return _view(row)


def prepare_image(path: Path) -> bytes:
    """A picked logo or seal as the PNG that is stored: checked to be an image, scaled
    to fit `MAX_IMAGE_SIDE` (keeping transparency), at most `MAX_IMAGE_BYTES`.

    Raises ValidationError (field "image") with a translatable reason otherwise."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        raise ValidationError([FieldError("image", IMAGE_UNREADABLE)]) from None
    if size > MAX_SOURCE_BYTES:
        raise ValidationError([FieldError("image", IMAGE_TOO_LARGE)])
    try:
        with Image.open(path) as image:
            if image.format not in IMAGE_FORMATS:
                raise ValidationError([FieldError("image", NOT_AN_IMAGE)])
            image.load()
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError, ValueError):
        raise ValidationError([FieldError("image", NOT_AN_IMAGE)]) from None
    except OSError:
        raise ValidationError([FieldError("image", IMAGE_UNREADABLE)]) from None
    side = MAX_IMAGE_SIDE
    while side >= 100:
        copy = picture.copy()
        copy.thumbnail((side, side), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        copy.save(out, format="PNG", optimize=True)
        if out.tell() <= MAX_IMAGE_BYTES:
            return out.getvalue()
        side = side * 3 // 4
    raise ValidationError([FieldError("image", IMAGE_TOO_DETAILED)])


def _view(row: CompanyProfile) -> Profile:
    return Profile(
        name_zh=row.name_zh,
        name_en=row.name_en,
        address_zh=row.address_zh,
        address_en=row.address_en,
        phone=row.phone,
        email=row.email,
        website=row.website,
        logo=image_bytes(row.logo_png),
        seal=image_bytes(row.seal_png),
        updated_by=row.updated_by,
    )
