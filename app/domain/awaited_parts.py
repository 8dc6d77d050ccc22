"""A work order waiting for parts says which parts, which order brings them, and when.

"Awaiting parts" alone tells the office nothing it can chase (issue 20). The step into
it carries one line per part: a catalogue part or, when the part is not catalogued, its
name as the engineer writes it; the purchase or order reference; the expected date. The
step out of it (the parts arrived, the work goes on) marks the open lines received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import FieldError, check_text

MAX_QUANTITY = 10_000.0

NAME_THE_PART = QT_TRANSLATE_NOOP(
    "Validation", "Choose the part from the catalogue or write what it is."
)
EXPECTED_DATE = QT_TRANSLATE_NOOP("Validation", "Give the date the part is expected.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("Validation", "The quantity must be more than 0.")
NO_PART_NAMED = QT_TRANSLATE_NOOP(
    "Workflow", "Name the awaited part, its order and the expected date first."
)


@dataclass
class AwaitedPartDraft:
    """One part the work waits for, as the engineer enters it."""

    part_id: str | None = None  # a catalogue part, or None for a part not catalogued
    description: str = ""  # the part's name when it is not from the catalogue
    quantity: float = 1.0
    order_reference: str = ""  # purchase order, transfer or courier reference
    expected_on: date | None = None

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.part_id and not self.description.strip():
            errors.append(FieldError("part", NAME_THE_PART))
        check_text(errors, "description", self.description, 200)
        if not 0 < self.quantity <= MAX_QUANTITY:
            errors.append(FieldError("quantity", BAD_QUANTITY))
        check_text(errors, "order_reference", self.order_reference, 60)
        if self.expected_on is None:
            errors.append(FieldError("expected_on", EXPECTED_DATE))
        return errors


@dataclass(frozen=True)
class AwaitedPartLine:
    """One awaited part as the screens and the report show it."""

    part_number: str  # "" for a part not in the catalogue
    name: str
    quantity: float
    unit: str  # the catalogue's unit of measure; "" for a part not catalogued
    order_reference: str
    expected_on: date | None
    received_at: datetime | None = None

    @property
    def part(self) -> str:
        """The part as one reads it: "MLC motor 1234-5678", and "×2" when several."""
        text = " ".join(t for t in (self.name, self.part_number) if t)
        return f"{text} ×{self.quantity:g}" if self.quantity != 1 else text
