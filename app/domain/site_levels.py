"""Action levels a hospital site sets for itself.

Some action levels in the shipped templates are a local choice rather than the
standard's: TG-142 gives the monthly output a 2 % tolerance and leaves the level for
immediate action to the site (3 % is the daily tolerance, used by many); TG-56/TG-40
want an HDR source within 3 % of its certificate while WS 262-2017 accepts 5 %. Such
items are marked `site_settable`, and a site's physicist or the service manager may
set that site's own level, with a reason; runs started at the site are judged with it.
The level is written into the run's snapshot with who set it and when, so a run keeps
the level it was judged by, as it keeps its template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tolerance import normalize_text

# Who may set a site's action levels: the service manager and quality control (the
# company's physicists; the hospital's physicist asks one of them).
LEVEL_ROLES = frozenset({UserRole.SERVICE_MANAGER, UserRole.QUALITY_CONTROL})

NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "SiteLevels", "Only a service manager or quality control may set a site's action levels."
)
NOT_SETTABLE = QT_TRANSLATE_NOOP(
    "SiteLevels", "This item's action level is the standard's; it cannot be set per site."
)
NOT_A_LEVEL = QT_TRANSLATE_NOOP(
    "SiteLevels", "Enter the action level as a number, e.g. 4 or 2.5 (a percent: 4%)."
)
NOT_BEYOND_TOLERANCE = QT_TRANSLATE_NOOP(
    "SiteLevels", "The action level must lie beyond the item's tolerance."
)
TOO_LONG = QT_TRANSLATE_NOOP("SiteLevels", "This text is too long.")
REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "SiteLevels", "Say why the site uses its own level (e.g. the physicist's decision)."
)

_LEVEL = re.compile(r"^(\d+(?:\.\d+)?)\s*(%?)$")


def may_set_levels(role: UserRole) -> bool:
    return role in LEVEL_ROLES


def parse_level(text: str) -> int | float | str | None:
    """What the engineer typed as a template writes it: 4 → 4, "2,5" → 2.5, "4 %" →
    "4%"; None when it is no level."""
    match = _LEVEL.match(normalize_text(text).replace(",", "."))
    if not match:
        return None
    number, percent = match.groups()
    if percent:
        return f"{number}%"
    value = float(number)
    return int(value) if value.is_integer() else value


def level_text(value: object) -> str:
    """A level as stored: "4", "2.5", "4%"."""
    return str(value)


@dataclass(frozen=True)
class SiteLevel:
    """One site's action level for one item, as applied to a run."""

    item_id: str
    action: int | float | str
    site_name: str
    set_by: str
    set_at: datetime


def site_note(level: SiteLevel, standard: object) -> str:
    """Appended to the item's source in the run: the level judged by, its origin."""
    return (
        f" — Site action level {level.action} ({level.site_name}), set by {level.set_by} "
        f"on {level.set_at:%Y-%m-%d}; template level {standard}."
    )
