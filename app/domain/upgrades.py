"""Technical upgrades (§5.3): which units a campaign reaches, and the steps of one unit
through it — notified, the customer's consent (or refusal), scheduled, done, verified.

The procedure's rule is that an upgrade is performed according to the customer's wish
(根据客户意愿): a unit is scheduled only after consent. Plain Python, shared by the
services and the server's checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.enums import LabelledEnum, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP

# Who runs campaigns (creates them, picks the units): the service manager only.
CAMPAIGN_ROLES = frozenset({UserRole.SERVICE_MANAGER})
# Who records a unit's steps (notice, consent, done, verified): engineers and the manager.
FIELD_ROLES = frozenset({UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN, UserRole.SERVICE_MANAGER})


class UnitStep(LabelledEnum):
    QUALIFIED = "qualified"
    NOTIFIED = "notified"
    CONSENTED = "consented"
    REFUSED = "refused"
    SCHEDULED = "scheduled"
    DONE = "done"
    VERIFIED = "verified"

    @property
    def label(self) -> str:
        return _STEP_LABELS[self]


class NoticeChannel(LabelledEnum):
    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    VISIT = "visit"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_STEP_LABELS = {
    UnitStep.QUALIFIED: QT_TRANSLATE_NOOP("Enum", "Qualifies"),
    UnitStep.NOTIFIED: QT_TRANSLATE_NOOP("Enum", "Notified"),
    UnitStep.CONSENTED: QT_TRANSLATE_NOOP("Enum", "Consented"),
    UnitStep.REFUSED: QT_TRANSLATE_NOOP("Enum", "Refused"),
    UnitStep.SCHEDULED: QT_TRANSLATE_NOOP("Enum", "Scheduled"),
    UnitStep.DONE: QT_TRANSLATE_NOOP("Enum", "Done"),
    UnitStep.VERIFIED: QT_TRANSLATE_NOOP("Enum", "Verified"),
}
_CHANNEL_LABELS = {
    NoticeChannel.LETTER: QT_TRANSLATE_NOOP("Enum", "Letter"),
    NoticeChannel.EMAIL: QT_TRANSLATE_NOOP("Enum", "E-mail"),
    NoticeChannel.PHONE: QT_TRANSLATE_NOOP("Enum", "Phone"),
    NoticeChannel.VISIT: QT_TRANSLATE_NOOP("Enum", "Visit"),
}

S = UnitStep
# The steps a unit may take: a refusal may later turn into consent; nothing is scheduled
# without consent; a done upgrade is verified by its test checklist.
NEXT: dict[UnitStep, frozenset[UnitStep]] = {
    S.QUALIFIED: frozenset({S.NOTIFIED}),
    S.NOTIFIED: frozenset({S.CONSENTED, S.REFUSED}),
    S.REFUSED: frozenset({S.CONSENTED}),
    S.CONSENTED: frozenset({S.SCHEDULED}),
    S.SCHEDULED: frozenset({S.DONE}),
    S.DONE: frozenset({S.VERIFIED}),
    S.VERIFIED: frozenset(),
}

NOT_A_MANAGER = QT_TRANSLATE_NOOP("Upgrades", "Only the service manager runs upgrade campaigns.")
NOT_FIELD_ROLE = QT_TRANSLATE_NOOP(
    "Upgrades", "Only engineers and the service manager record a unit's upgrade steps."
)
NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "Upgrades", "The customer has not consented: an upgrade is scheduled only after consent."
)
WRONG_STEP = QT_TRANSLATE_NOOP("Upgrades", "A unit that is “%1” cannot become “%2”.")
BAD_VERSION = QT_TRANSLATE_NOOP(
    "Upgrades", "A software version is numbers separated by dots, e.g. 2.7 or 3.0.1."
)
BAD_RANGE = QT_TRANSLATE_NOOP("Upgrades", "The lowest version is above the highest.")
NOT_QUALIFIED = QT_TRANSLATE_NOOP(
    "Upgrades", "This unit does not qualify: its model or software version is outside the range."
)
NO_CONSENT_SIGNER = QT_TRANSLATE_NOOP(
    "Upgrades", "Say who consented or refused for the customer, or let them sign."
)
CHECKLIST_OPEN = QT_TRANSLATE_NOOP(
    "Upgrades", "The test checklist of the upgrade work order is not complete yet."
)

_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")


def parse_version(text: str) -> tuple[int, ...] | None:
    """`"2.7.1"` → (2, 7, 1); None for anything that is not dotted numbers."""
    text = text.strip().lstrip("vV")
    if not _VERSION.match(text):
        return None
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:  # 2.7 == 2.7.0
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class Qualification:
    """Which units a campaign reaches: a model (maker + model name) and an inclusive
    range of installed software versions; an empty bound is open."""

    model_id: str
    version_min: str = ""
    version_max: str = ""

    def reaches(self, model_id: str, version: str) -> bool:
        if model_id != self.model_id:
            return False
        if not (self.version_min or self.version_max):
            return True
        current = parse_version(version)
        if current is None:  # an unknown version never qualifies on a bounded range
            return False
        low, high = parse_version(self.version_min), parse_version(self.version_max)
        return (low is None or current >= low) and (high is None or current <= high)


def may_step(current: UnitStep, target: UnitStep) -> bool:
    return target in NEXT[current]


def progress(counts: dict[UnitStep, int]) -> tuple[int, int]:
    """(finished, total): a unit is finished when verified or refused (nothing to do)."""
    total = sum(counts.values())
    return counts.get(S.VERIFIED, 0) + counts.get(S.REFUSED, 0), total
