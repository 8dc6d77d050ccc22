"""The rules of purchasing (procedure §6.1), free of the database.

Who does what: the parts administrator keeps the catalogue and suppliers, drafts
purchase plans, makes orders and receives goods; only the service manager approves or
rejects a plan line, and a rejection says why. Only approved lines are ordered.
Receiving checks quantity and quality: what fails is rejected with a reason. Urgent
repairs come first everywhere (§6.3.3). Messages are English source texts translated
in the "Purchasing" context.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import DemandSource, PlanDecision, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP

R = UserRole
# Catalogue, suppliers, plans, orders and receiving.
KEEPER_ROLES = frozenset({R.PARTS_ADMINISTRATOR, R.SERVICE_MANAGER})
# Approving or rejecting a plan line.
APPROVER_ROLES = frozenset({R.SERVICE_MANAGER})
# Who sees the Purchasing page (quality control reads it).
VIEW_ROLES = KEEPER_ROLES | {R.QUALITY_CONTROL}

M_NOT_KEEPER = QT_TRANSLATE_NOOP(
    "Purchasing", "Only the parts administrator and the service manager do this."
)
M_NOT_APPROVER = QT_TRANSLATE_NOOP(
    "Purchasing", "Only the service manager approves or rejects purchase plan lines."
)
M_REJECT_REASON = QT_TRANSLATE_NOOP("Purchasing", "Give the reason for rejecting this line.")
M_ALREADY_DECIDED = QT_TRANSLATE_NOOP("Purchasing", "This line has already been decided.")
M_NOT_APPROVED = QT_TRANSLATE_NOOP(
    "Purchasing", "Line %1 is not approved: only approved lines are ordered."
)
M_ALREADY_ORDERED = QT_TRANSLATE_NOOP("Purchasing", "Line %1 is already on an order.")
M_NO_SUPPLIER = QT_TRANSLATE_NOOP("Purchasing", "Line %1 has no supplier: choose one first.")
M_NOTHING_TO_ORDER = QT_TRANSLATE_NOOP("Purchasing", "The plan has no approved line to order.")
M_QUANTITY = QT_TRANSLATE_NOOP("Purchasing", "The quantity must be more than zero.")
M_RECEIVE_NOTHING = QT_TRANSLATE_NOOP(
    "Purchasing", "Enter the quantity accepted, rejected, or both."
)
M_REJECTED_REASON = QT_TRANSLATE_NOOP(
    "Purchasing", "Give the reason the rejected quantity failed the check."
)
M_TOO_MANY = QT_TRANSLATE_NOOP(
    "Purchasing", "Only %1 are still owed on this line: %2 cannot be received."
)
M_LOCATION = QT_TRANSLATE_NOOP("Purchasing", "Choose the location the accepted parts go to.")
M_SERIALS = QT_TRANSLATE_NOOP(
    "Purchasing", "Part %1 is serialised: give one serial number per accepted piece (%2)."
)
M_LINE_EDIT = QT_TRANSLATE_NOOP("Purchasing", "A decided line is no longer changed.")


class PurchaseRefusal(ValueError):
    """What purchasing will not do; `message` is translated, `args_` fill %1…."""

    def __init__(self, message: str, *args_: str) -> None:
        super().__init__(message, *args_)
        self.message = message
        self.args_ = args_


def check_keeper(role: UserRole) -> None:
    if role not in KEEPER_ROLES:
        raise PurchaseRefusal(M_NOT_KEEPER)


def check_decision(
    role: UserRole, current: PlanDecision, decision: PlanDecision, reason: str
) -> None:
    """The service manager decides a pending line once; a rejection needs a reason."""
    if role not in APPROVER_ROLES:
        raise PurchaseRefusal(M_NOT_APPROVER)
    if current is not PlanDecision.PENDING:
        raise PurchaseRefusal(M_ALREADY_DECIDED)
    if decision is PlanDecision.REJECTED and not reason.strip():
        raise PurchaseRefusal(M_REJECT_REASON)


def check_receipt(
    *,
    accepted: float,
    rejected: float,
    reason: str,
    owed: float,
    location_id: str | None,
    serialised: bool,
    serials: list[str],
    part_number: str,
) -> None:
    """Quantity and quality: nothing more than is owed, a rejection says why, accepted
    goods go somewhere, and each accepted serialised piece has its serial."""
    if accepted < 0 or rejected < 0 or accepted + rejected <= 0:
        raise PurchaseRefusal(M_RECEIVE_NOTHING)
    if rejected > 0 and not reason.strip():
        raise PurchaseRefusal(M_REJECTED_REASON)
    if accepted > owed + 1e-9:
        raise PurchaseRefusal(M_TOO_MANY, f"{owed:g}", f"{accepted:g}")
    if accepted > 0 and not location_id:
        raise PurchaseRefusal(M_LOCATION)
    if (
        serialised
        and accepted > 0
        and (
            accepted != int(accepted)
            or len(serials) != int(accepted)
            or len(set(serials)) != len(serials)
        )
    ):
        raise PurchaseRefusal(M_SERIALS, part_number, f"{accepted:g}")


# The order lines are drafted in: urgent repairs, other repairs, maintenance, reorders.
SOURCE_RANK = {
    DemandSource.REPAIR: 0,
    DemandSource.MAINTENANCE: 1,
    DemandSource.REORDER: 2,
    DemandSource.MANUAL: 3,
}


@dataclass(frozen=True)
class Demand:
    """One reason to buy a part, before it becomes a plan line."""

    part_id: str
    quantity: float
    source: DemandSource
    urgent: bool = False
    work_order_id: str | None = None
    note: str = ""


def demand_order(demand: Demand) -> tuple[int, int]:
    """Sort key: urgent first (§6.3.3), then repairs before maintenance before reorders."""
    return (0 if demand.urgent else 1, SOURCE_RANK[demand.source])


def reorder_quantity(on_hand: float, level: float, reorder_qty: float) -> float:
    """How many to buy for a part at or under its reorder level: its reorder quantity,
    or (none set) back up to twice the level."""
    if reorder_qty > 0:
        return reorder_qty
    return max(2 * level - on_hand, 1.0)
