"""The rules of a stock movement (procedure §6.2), free of the database.

A movement takes a quantity of one part out of a location, into one, or from one to
another; which ends a kind has is fixed here so the service, the dialog and the tests
agree. Messages are English source texts translated in the "Stock" context.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import LocationKind, MovementKind, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP

K = MovementKind


@dataclass(frozen=True)
class Ends:
    """Which locations a kind needs: True required, False forbidden, None either."""

    source: bool | None
    target: bool | None
    work_order: bool = False  # an issue names the work order it goes to


ENDS: dict[MovementKind, Ends] = {
    K.RECEIPT: Ends(False, True),
    K.ISSUE: Ends(True, False, work_order=True),
    K.TRANSFER: Ends(True, True),
    K.RETURN: Ends(False, True),
    K.REPAIR_OUT: Ends(True, False),
    K.SCRAP: Ends(True, False),
    K.ADJUSTMENT: Ends(None, None),
}
# Kinds whose record must say why (a stocktake variance, a scrapped part).
NEEDS_REASON = frozenset({K.ADJUSTMENT, K.SCRAP})


# Where on-hand may go below zero (§6.3, offline): an engineer issuing from the kit
# with no network is never refused — the negative quantity is flagged on the Stock
# page and at the office after the sync. The warehouse is counted and booked at the
# office, online: a movement that would take it below zero is refused.
NEGATIVE_ALLOWED = frozenset({LocationKind.KIT})
# The office roles record any movement; engineers and repair technicians issue from,
# and transfer back out of, a kit they hold (the sync server checks the same).
OFFICE_ROLES = frozenset({UserRole.PARTS_ADMINISTRATOR, UserRole.SERVICE_MANAGER})
KIT_ROLES = frozenset({UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN})
KIT_KINDS = frozenset({K.ISSUE, K.TRANSFER, K.RETURN})


def may_move(
    role: UserRole,
    login: str,
    kind: MovementKind,
    source: tuple[LocationKind, str] | None,
    target: tuple[LocationKind, str] | None,
) -> bool:
    """Whether `role` (as `login`) may record this movement; `source`/`target` are the
    (kind, holder login) of its ends. A kit holder's return goes back into the kit
    (a part taken off a repair record)."""
    if role in OFFICE_ROLES:
        return True
    if role not in KIT_ROLES or kind not in KIT_KINDS:
        return False
    own = (LocationKind.KIT, login)
    if kind is K.RETURN:
        return source is None and target == own
    return source == own


# A location's name in both languages (zh, en): the screen shows the one it speaks.
Named = tuple[str, str]


class StockRefusal(ValueError):
    """A movement the ledger will not take; `message` is translated, `args_` fill %1…."""

    def __init__(self, message: str, *args_: str | Named) -> None:
        super().__init__(message, *args_)
        self.message = message
        self.args_ = args_


M_QUANTITY = QT_TRANSLATE_NOOP("Stock", "The quantity must be more than zero.")
M_SERIAL_ONE = QT_TRANSLATE_NOOP("Stock", "A serialised part moves one at a time.")
M_SERIAL_NEEDED = QT_TRANSLATE_NOOP("Stock", "Part %1 is serialised: give its serial number.")
M_SOURCE_NEEDED = QT_TRANSLATE_NOOP("Stock", "Choose the location the part comes from.")
M_SOURCE_FORBIDDEN = QT_TRANSLATE_NOOP("Stock", "This kind of movement has no source location.")
M_TARGET_NEEDED = QT_TRANSLATE_NOOP("Stock", "Choose the location the part goes to.")
M_TARGET_FORBIDDEN = QT_TRANSLATE_NOOP("Stock", "This kind of movement has no target location.")
M_ONE_END = QT_TRANSLATE_NOOP(
    "Stock", "A stocktake adjustment either adds to or takes from one location."
)
M_SAME = QT_TRANSLATE_NOOP("Stock", "The source and the target are the same location.")
M_WORK_ORDER = QT_TRANSLATE_NOOP("Stock", "Choose the work order the part is issued to.")
M_REASON = QT_TRANSLATE_NOOP("Stock", "Give the reason for this movement.")
M_BELOW_ZERO = QT_TRANSLATE_NOOP(
    "Stock", "%1 holds only %2 of part %3: the movement would take it below zero."
)
M_SERIAL_ELSEWHERE = QT_TRANSLATE_NOOP("Stock", "Serial %1 is not at %2.")
M_SERIAL_IN_STOCK = QT_TRANSLATE_NOOP("Stock", "Serial %1 is already in stock at %2.")
M_INACTIVE = QT_TRANSLATE_NOOP("Stock", "Location %1 is no longer in use.")
M_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Stock",
    "Only the parts administrator and the service manager record this movement; "
    "engineers issue from and transfer out of their own kit.",
)


def check_shape(
    kind: MovementKind,
    quantity: float,
    source: str | None,
    target: str | None,
    *,
    work_order: str | None,
    serialised: bool,
    serial: str,
    part_number: str,
    reason: str,
) -> None:
    """Refuses a movement whose fields do not fit its kind (no database needed)."""
    if not quantity > 0:
        raise StockRefusal(M_QUANTITY)
    if serialised and not serial.strip():
        raise StockRefusal(M_SERIAL_NEEDED, part_number)
    if serialised and quantity != 1:
        raise StockRefusal(M_SERIAL_ONE)
    ends = ENDS[kind]
    if ends.source is True and not source:
        raise StockRefusal(M_SOURCE_NEEDED)
    if ends.source is False and source:
        raise StockRefusal(M_SOURCE_FORBIDDEN)
    if ends.target is True and not target:
        raise StockRefusal(M_TARGET_NEEDED)
    if ends.target is False and target:
        raise StockRefusal(M_TARGET_FORBIDDEN)
    if ends.source is None and bool(source) == bool(target):
        raise StockRefusal(M_ONE_END)
    if source and source == target:
        raise StockRefusal(M_SAME)
    if ends.work_order and not work_order:
        raise StockRefusal(M_WORK_ORDER)
    if kind in NEEDS_REASON and not reason.strip():
        raise StockRefusal(M_REASON)
