"""Issuing parts (procedure §6.3): a slip (领料单) for a work order, signed on screen by
who received the parts, with one issue movement per line; an engineer's transfer back
from the kit; and the kit drawn on when a part is fitted on a repair record, so the
kit stays true (written in the part line's own transaction, offline).

An issue from a kit is never refused for want of stock (the kit may go below zero and
is flagged, `domain/stock.NEGATIVE_ALLOWED`); one from the warehouse is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import Part, PartUsage
from app.db.models import WorkOrder
from app.db.stock import StockLocation, StockMovement
from app.db.stocktake import StockIssue
from app.domain.enums import LocationKind, MovementKind, UserRole
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.signatures import Stroke, strokes_to_json, validate_strokes
from app.domain.stock import StockRefusal
from app.domain.stocktake import Slip, SlipLine
from app.services.device import issue_series_number
from app.services.registry.users import acting_user, person_name
from app.services.stock.ledger import (
    MovementDraft,
    add_movement,
    below_zero,
    check_allowed,
)
from app.services.store import Store

SERIES = "ISS"
USAGE_REFERENCE = "usage:"  # a movement written with a repair's part line
M_RECEIVER = QT_TRANSLATE_NOOP("Stock", "The receiver signs for the parts: print the name.")
M_SIGNATURE = QT_TRANSLATE_NOOP("Stock", "The receiver signs for the parts on the pad.")
M_NO_LINES = QT_TRANSLATE_NOOP("Stock", "Add at least one part to issue.")


@dataclass(frozen=True)
class IssueLine:
    part_id: str
    quantity: float
    serial: str = ""


@dataclass(frozen=True)
class IssueDraft:
    work_order_id: str
    from_location_id: str
    lines: Sequence[IssueLine]
    receiver_name: str
    strokes: Sequence[Stroke]
    receiver_login: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class Issued:
    id: str
    number: str
    below_zero: list[str]  # part numbers the kit went below zero on (flagged)


def issue_parts(store: Store, draft: IssueDraft) -> Issued:
    """Writes the slip and its movements in one transaction, or refuses them all."""
    role = acting_user(store).role
    with store.session() as session:
        return add_issue(session, draft, store.user_login, role)


def add_issue(session: Session, draft: IssueDraft, login: str, role: UserRole) -> Issued:
    """The slip and its movements in `session` (the demo seeds through this too)."""
    if not draft.lines:
        raise StockRefusal(M_NO_LINES)
    if not draft.receiver_name.strip():
        raise StockRefusal(M_RECEIVER)
    if validate_strokes(list(draft.strokes)):  # empty, or one dot: the reports' own rule
        raise StockRefusal(M_SIGNATURE)
    at = draft.at or utcnow()
    slip = StockIssue(
        number=issue_series_number(session, at, StockIssue.number, SERIES),
        work_order_id=draft.work_order_id,
        from_location_id=draft.from_location_id,
        issued_by=login,
        receiver_name=draft.receiver_name.strip(),
        receiver_login=draft.receiver_login,
        signed_at=at,
        strokes=strokes_to_json(draft.strokes),
    )
    slip.updated_by = login
    if draft.at is not None:
        slip.created_at = slip.updated_at = draft.at
    session.add(slip)
    flagged: list[str] = []
    for line in draft.lines:
        movement = MovementDraft(
            MovementKind.ISSUE,
            line.part_id,
            line.quantity,
            from_location_id=draft.from_location_id,
            work_order_id=draft.work_order_id,
            serial=line.serial,
            reference=slip.number,
            at=draft.at,
        )
        check_allowed(session, role, login, movement)
        written = add_movement(session, movement, login)
        if below_zero(session, written):
            part = session.get(Part, line.part_id)
            flagged.append(part.part_number if part else line.part_id)
    return Issued(slip.id, slip.number, flagged)


def kit_of(session: Session, login: str) -> StockLocation | None:
    """The active kit `login` holds (the first by name when there are several)."""
    return session.scalar(
        select(StockLocation)
        .where(
            StockLocation.kind == LocationKind.KIT,
            StockLocation.holder_login == login,
            StockLocation.active.is_(True),
            StockLocation.deleted_at.is_(None),
        )
        .order_by(StockLocation.name_zh)
        .limit(1)
    )


def transfer_back(
    store: Store, part_id: str, quantity: float, to_location_id: str, serial: str = ""
) -> str:
    """An engineer sends parts from their kit back to the warehouse; returns the id."""
    role = acting_user(store).role
    with store.session() as session:
        kit = kit_of(session, store.user_login)
        if kit is None:
            raise StockRefusal(
                QT_TRANSLATE_NOOP("Stock", "You hold no kit to transfer parts from.")
            )
        draft = MovementDraft(
            MovementKind.TRANSFER,
            part_id,
            quantity,
            from_location_id=kit.id,
            to_location_id=to_location_id,
            serial=serial,
        )
        check_allowed(session, role, store.user_login, draft)
        return add_movement(session, draft, store.user_login).id


def draw_for_usage(session: Session, usage: PartUsage, login: str) -> StockMovement | None:
    """A part fitted on a repair comes out of the fitter's kit: an issue movement in
    the usage's transaction (None when the user holds no kit, the part was issued for
    this work order already on a slip, or a serialised piece the kit's ledger does not
    hold — the repair record is never refused for the ledger's sake). The kit may go
    below zero, flagged."""
    kit = kit_of(session, login)
    if kit is None:
        return None
    issued = session.scalar(
        select(StockMovement.id).where(
            StockMovement.work_order_id == usage.work_order_id,
            StockMovement.part_id == usage.part_id,
            StockMovement.from_location_id == kit.id,
            StockMovement.reference.like(f"{SERIES}-%"),
            StockMovement.deleted_at.is_(None),
        )
    )
    if issued is not None:
        return None
    part = session.get(Part, usage.part_id)
    serial = usage.serial_in if part is not None and part.serialised else ""
    if part is not None and part.serialised and not serial:
        return None  # which piece is not said: nothing to take out of the kit by serial
    draft = MovementDraft(
        MovementKind.ISSUE,
        usage.part_id,
        usage.quantity,
        from_location_id=kit.id,
        work_order_id=usage.work_order_id,
        serial=serial,
        reference=f"{USAGE_REFERENCE}{usage.id}",
    )
    try:  # every check runs before the row is added: a refusal leaves the session clean
        return add_movement(session, draft, login)
    except StockRefusal:
        return None  # a serial the kit's ledger does not hold: the part line still stands


def return_for_usage(session: Session, usage: PartUsage, login: str) -> StockMovement | None:
    """A part line taken off the repair puts its draw back into the kit it came from."""
    drawn = session.scalar(
        select(StockMovement).where(
            StockMovement.reference == f"{USAGE_REFERENCE}{usage.id}",
            StockMovement.kind == MovementKind.ISSUE,
            StockMovement.deleted_at.is_(None),
        )
    )
    if drawn is None or drawn.from_location_id is None:
        return None
    draft = MovementDraft(
        MovementKind.RETURN,
        drawn.part_id,
        drawn.quantity,
        to_location_id=drawn.from_location_id,
        serial=drawn.serial,
        reason=f"{USAGE_REFERENCE}{usage.id}",
        reference=f"{USAGE_REFERENCE}{usage.id}",
    )
    return add_movement(session, draft, login)


def load_slip(store: Store, issue_id: str) -> Slip:
    with store.reading() as session:
        slip = session.get(StockIssue, issue_id)
        if slip is None:
            raise LookupError(issue_id)
        order = session.get(WorkOrder, slip.work_order_id)
        location = session.get(StockLocation, slip.from_location_id)
        rows = session.execute(
            select(StockMovement, Part)
            .join(Part, Part.id == StockMovement.part_id)
            .where(StockMovement.reference == slip.number, StockMovement.deleted_at.is_(None))
            .order_by(Part.part_number)
        ).tuples()
        lines = [
            SlipLine(p.part_number, p.description, p.unit, m.quantity, m.serial) for m, p in rows
        ]
        return Slip(
            slip.number,
            order.number if order else "",
            (location.name_zh, location.name_en or location.name_zh) if location else ("", ""),
            person_name(session, slip.issued_by),  # the login is kept; the slip names the person
            slip.receiver_name,
            slip.signed_at,
            [tuple(tuple(point) for point in stroke) for stroke in slip.strokes],
            lines,
        )


def slip_pdf(store: Store, issue_id: str, language: str) -> bytes:
    """The issue slip (领料单) with the receiver's handwriting (app/reports)."""
    from app.reports.stock_sheets import issue_slip_pdf

    return issue_slip_pdf(
        load_slip(store, issue_id), "zh_CN" if language.startswith("zh") else "en"
    )
