"""The rules of a stocktake (procedure §6.2.3), free of the database.

A location is counted against the ledger's book quantity taken when the count began;
every line whose count differs (盘盈 surplus, 盘亏 shortage) needs the reason found
for it before the count is submitted, and only the service manager approves it: then,
and only then, the adjustment movements are written. A serialised part is counted by
its serials, so a surplus or a shortage names the pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.enums import StocktakeState, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.stock import StockRefusal

S = StocktakeState
# Who counts (the parts administrator; the manager may too) and who decides.
COUNT_ROLES = frozenset({UserRole.PARTS_ADMINISTRATOR, UserRole.SERVICE_MANAGER})
APPROVE_ROLES = frozenset({UserRole.SERVICE_MANAGER})
EPSILON = 1e-9

M_NOT_COUNTER = QT_TRANSLATE_NOOP("Stock", "Only the parts administrator counts stock.")
M_NOT_APPROVER = QT_TRANSLATE_NOOP("Stock", "Only the service manager approves a stocktake.")
M_NOT_COUNTING = QT_TRANSLATE_NOOP("Stock", "This stocktake is no longer being counted.")
M_NOT_SUBMITTED = QT_TRANSLATE_NOOP("Stock", "Only a submitted stocktake can be approved.")
M_VARIANCE_REASON = QT_TRANSLATE_NOOP(
    "Stock", "Part %1 differs from the ledger by %2: give the reason for the difference."
)
M_COUNT_NEGATIVE = QT_TRANSLATE_NOOP("Stock", "A count cannot be below zero.")
M_UNKNOWN_CODE = QT_TRANSLATE_NOOP("Stock", "%1 is neither a part number nor a serial here.")
M_REJECT_REASON = QT_TRANSLATE_NOOP("Stock", "Say why the stocktake is sent back.")
M_SERIAL_COUNT = QT_TRANSLATE_NOOP("Stock", "Part %1 is serialised: scan or type its serials.")


@dataclass(frozen=True)
class CountLine:
    """One part at the counted location: the book quantity when counting began, what
    was found (None: not counted yet, taken as the book) and the reason of a variance."""

    part_number: str
    book: float
    counted: float | None
    reason: str = ""
    serialised: bool = False
    book_serials: tuple[str, ...] = ()
    counted_serials: tuple[str, ...] = field(default=())

    @property
    def found(self) -> float:
        if self.serialised:
            return float(len(self.counted_serials)) if self.counted is not None else self.book
        return self.book if self.counted is None else self.counted

    @property
    def variance(self) -> float:
        """Found less book: above zero a surplus (盘盈), below a shortage (盘亏)."""
        return self.found - self.book

    @property
    def differs(self) -> bool:
        if self.serialised and self.counted is not None:
            return set(self.book_serials) != set(self.counted_serials)
        return abs(self.variance) > EPSILON

    @property
    def missing_serials(self) -> tuple[str, ...]:
        return tuple(s for s in self.book_serials if s not in self.counted_serials)

    @property
    def surplus_serials(self) -> tuple[str, ...]:
        return tuple(s for s in self.counted_serials if s not in self.book_serials)


def number_text(value: float) -> str:
    return f"{value:+g}"


def check_submittable(lines: list[CountLine]) -> None:
    """Every 盘盈/盘亏 line carries its reason (§6.2.3: 查明原因)."""
    for line in lines:
        if line.counted is not None and line.counted < 0:
            raise StockRefusal(M_COUNT_NEGATIVE)
        if line.differs and not line.reason.strip():
            raise StockRefusal(M_VARIANCE_REASON, line.part_number, number_text(line.variance))


def check_may_count(role: UserRole, state: StocktakeState) -> None:
    if role not in COUNT_ROLES:
        raise StockRefusal(M_NOT_COUNTER)
    if state is not S.COUNTING:
        raise StockRefusal(M_NOT_COUNTING)


def check_may_decide(role: UserRole, state: StocktakeState) -> None:
    if role not in APPROVE_ROLES:
        raise StockRefusal(M_NOT_APPROVER)
    if state is not S.SUBMITTED:
        raise StockRefusal(M_NOT_SUBMITTED)


# --- what the count screen and the PDFs show (read by services/stock) --------------


@dataclass(frozen=True)
class SheetLine:
    """A line as the count screen and the PDFs show it."""

    id: str
    part_id: str
    part_number: str
    description: str
    unit: str
    count: CountLine


@dataclass(frozen=True)
class StocktakeSheet:
    id: str
    number: str
    location_id: str
    location_name: tuple[str, str]
    state: StocktakeState
    counted_by: str
    started_at: datetime
    submitted_at: datetime | None
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    lines: list[SheetLine]

    @property
    def variances(self) -> list[SheetLine]:
        return [line for line in self.lines if line.count.differs]


@dataclass(frozen=True)
class SlipLine:
    part_number: str
    description: str
    unit: str
    quantity: float
    serial: str


@dataclass(frozen=True)
class Slip:
    """An issue slip as its PDF prints it."""

    number: str
    work_order_number: str
    location_name: tuple[str, str]
    issued_by: str
    receiver_name: str
    signed_at: datetime
    strokes: list[Any]
    lines: list[SlipLine]
