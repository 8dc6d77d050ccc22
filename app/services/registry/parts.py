"""A minimal parts catalogue and the parts fitted on a work order (§4.4, §6).

Enough for the repair record to say which parts were replaced, with the serial
numbers of the piece taken out and the piece fitted, the fitted part's manufacturer,
model or specification, lot and production date (the traceability a medical-device
service record keeps), and what became of the piece taken out; stock, issue and purchasing
(§6.1–§6.3) build on these rows later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select

from app.db.base import utcnow
from app.db.fieldwork import Part, PartUsage
from app.domain import local_time
from app.domain.enums import RemovedPartFate
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import REQUIRED, FieldError, ValidationError, check_text
from app.services.lists import escape_like
from app.services.records import check, editable_order, live, upsert
from app.services.store import Store

MAX_QUANTITY = 10_000.0
SEARCH_LIMIT = 50
_PART_NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,59}$")

BAD_PART_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "Use up to 60 letters, digits, spaces and . / _ - only."
)
DUPLICATE_PART_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "Another part already has this part number."
)
BAD_REORDER_LEVEL = QT_TRANSLATE_NOOP(
    "Validation", "The reorder level must be between 0 and 10000."
)
CHOOSE_PART = QT_TRANSLATE_NOOP("Validation", "Choose a part from the catalogue.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("Validation", "The quantity must be more than 0.")
ONE_SERIALISED_PIECE = QT_TRANSLATE_NOOP(
    "Validation", "A serial number names one piece: record each serialised part on its own line."
)

SAY_REMOVED_FATE = QT_TRANSLATE_NOOP(
    "Validation", "Say what happened to the removed part: returned, sent back (RMA) or scrapped."
)
REMOVED_SERIAL_NEEDS_FATE = QT_TRANSLATE_NOOP(
    "Validation", "A part was taken out (its serial number is given): say what happened to it."
)
PRODUCED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The production date cannot be in the future.")


@dataclass
class PartDraft:
    part_number: str = ""
    description: str = ""
    unit: str = "pc"
    serialised: bool = False  # tracked by serial through the stock ledger
    reorder_level: float = 0.0  # warehouse on-hand at or below it is low stock; 0: none

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not 0 <= self.reorder_level <= MAX_QUANTITY:
            errors.append(FieldError("reorder_level", BAD_REORDER_LEVEL))
        if not self.part_number:
            errors.append(FieldError("part_number", REQUIRED))
        elif not _PART_NUMBER_RE.match(self.part_number):
            errors.append(FieldError("part_number", BAD_PART_NUMBER))
        check_text(errors, "description", self.description, 200, required=True)
        check_text(errors, "unit", self.unit, 20, required=True)
        return errors


@dataclass
class UsageDraft:
    part_id: str = ""
    quantity: float = 1.0
    serial_out: str = ""  # the piece taken out of the machine
    serial_in: str = ""  # the piece fitted
    manufacturer: str = ""
    model_spec: str = ""  # model or specification as on the part's label
    lot_number: str = ""
    production_date: date | None = None
    removed_part_fate: RemovedPartFate = RemovedPartFate.NONE

    def validate(self, today: date | None = None) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.part_id:
            errors.append(FieldError("part_id", CHOOSE_PART))
        if not 0 < self.quantity <= MAX_QUANTITY:
            errors.append(FieldError("quantity", BAD_QUANTITY))
        elif (self.serial_out or self.serial_in) and self.quantity != 1:
            errors.append(FieldError("quantity", ONE_SERIALISED_PIECE))
        check_text(errors, "serial_out", self.serial_out, 60)
        check_text(errors, "serial_in", self.serial_in, 60)
        check_text(errors, "manufacturer", self.manufacturer, 100)
        check_text(errors, "model_spec", self.model_spec, 100)
        check_text(errors, "lot_number", self.lot_number, 60)
        if self.removed_part_fate is RemovedPartFate.NOT_RECORDED:
            errors.append(FieldError("removed_part_fate", SAY_REMOVED_FATE))
        elif self.removed_part_fate is RemovedPartFate.NONE and self.serial_out:
            errors.append(FieldError("removed_part_fate", REMOVED_SERIAL_NEEDS_FATE))
        if self.production_date is not None and self.production_date > (
            today or local_time.today()
        ):
            errors.append(FieldError("production_date", PRODUCED_IN_FUTURE))
        return errors


@dataclass(frozen=True)
class PartRow:
    id: str
    part_number: str
    description: str
    unit: str


@dataclass(frozen=True)
class UsageRow:
    id: str
    part_id: str
    part_number: str
    description: str
    unit: str
    quantity: float
    serial_out: str
    serial_in: str
    manufacturer: str = ""
    model_spec: str = ""
    lot_number: str = ""
    production_date: date | None = None
    removed_part_fate: RemovedPartFate = RemovedPartFate.NOT_RECORDED


def search_parts(store: Store, text: str, limit: int = SEARCH_LIMIT) -> list[PartRow]:
    """Parts whose number or description contains every word of `text`.

    An exact part number comes first, then numbers starting with the text, then the
    rest by number: an engineer usually types the number from the old part's label.
    """
    query = select(Part).where(Part.deleted_at.is_(None))
    for word in text.split():
        pattern = f"%{escape_like(word)}%"
        query = query.where(
            or_(
                Part.part_number.like(pattern, escape="\\"),
                Part.description.like(pattern, escape="\\"),
            )
        )
    needle = text.strip().upper()
    number = func.upper(Part.part_number)
    rank = case(
        (number == needle, 0),
        (number.like(f"{escape_like(needle)}%", escape="\\"), 1),
        else_=2,
    )
    query = query.order_by(rank, Part.part_number).limit(limit)
    with store.reading() as session:
        return [_part_row(p) for p in session.scalars(query)]


def create_part(store: Store, draft: PartDraft) -> PartRow:
    """Adds a part to the catalogue; part numbers are unique whatever their case."""
    draft.part_number = " ".join(draft.part_number.split())
    draft.description = draft.description.strip()
    draft.unit = draft.unit.strip()
    check(draft.validate())
    with store.session() as session:
        taken = session.scalar(
            select(Part.id).where(func.upper(Part.part_number) == draft.part_number.upper())
        )
        if taken is not None:  # soft-deleted parts too: the column is unique
            raise ValidationError([FieldError("part_number", DUPLICATE_PART_NUMBER)])
        values = {
            "part_number": draft.part_number,
            "description": draft.description,
            "unit": draft.unit,
            "serialised": draft.serialised,
            "reorder_level": draft.reorder_level,
        }
        return _part_row(upsert(session, store, Part, None, values))


def record_usage(store: Store, work_order_id: str, draft: UsageDraft) -> str:
    """Records a part fitted on the work order; returns the usage's id."""
    draft.serial_out = draft.serial_out.strip()
    draft.serial_in = draft.serial_in.strip()
    draft.manufacturer = draft.manufacturer.strip()
    draft.model_spec = draft.model_spec.strip()
    draft.lot_number = draft.lot_number.strip()
    check(draft.validate())
    with store.session() as session:
        editable_order(session, work_order_id)
        live(session, Part, draft.part_id)
        values = {
            "work_order_id": work_order_id,
            "part_id": draft.part_id,
            "quantity": draft.quantity,
            "serial_out": draft.serial_out,
            "serial_in": draft.serial_in,
            "manufacturer": draft.manufacturer,
            "model_spec": draft.model_spec,
            "lot_number": draft.lot_number,
            "production_date": draft.production_date,
            "removed_part_fate": draft.removed_part_fate,
        }
        usage = upsert(session, store, PartUsage, None, values)
        session.flush()
        # The part came out of the fitter's kit: the kit's ledger says so (stock §6.3).
        from app.services.stock.issue import draw_for_usage

        draw_for_usage(session, usage, store.user_login)
        return usage.id


def usages_of(store: Store, work_order_id: str) -> list[UsageRow]:
    """The parts fitted on a work order, in the order they were recorded."""
    query = (
        select(PartUsage, Part)
        .join(Part, Part.id == PartUsage.part_id)
        .where(PartUsage.work_order_id == work_order_id, PartUsage.deleted_at.is_(None))
        .order_by(PartUsage.created_at, PartUsage.id)
    )
    with store.reading() as session:
        return [
            UsageRow(
                u.id,
                p.id,
                p.part_number,
                p.description,
                p.unit,
                u.quantity,
                u.serial_out,
                u.serial_in,
                u.manufacturer,
                u.model_spec,
                u.lot_number,
                u.production_date,
                u.removed_part_fate,
            )
            for u, p in session.execute(query).tuples()
        ]


def remove_usage(store: Store, usage_id: str) -> None:
    """Takes a part off the work order (a tombstone, so the removal syncs)."""
    with store.session() as session:
        usage = live(session, PartUsage, usage_id)
        editable_order(session, usage.work_order_id)
        usage.deleted_at = utcnow()
        usage.updated_by = store.user_login
        from app.services.stock.issue import return_for_usage

        return_for_usage(session, usage, store.user_login)


def _part_row(part: Part) -> PartRow:
    return PartRow(part.id, part.part_number, part.description, part.unit)
