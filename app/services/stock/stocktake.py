"""Counting a location (procedure §6.2.3): begin (the book is frozen), count by typing
or scanning, submit with a reason for every variance, and the service manager's
decision — approval writes one adjustment movement per variance (per serial for a
serialised part), through the ledger's own rules, in the same transaction.

The adjustment is the count less the book *when counting began*: movements recorded
while the count went on are not counted twice, and are not lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.fieldwork import Part
from app.db.stock import StockLocation, StockMovement
from app.db.stocktake import Stocktake, StocktakeLine
from app.domain import stocktake as rules
from app.domain.enums import MovementKind, StocktakeState
from app.domain.stock import StockRefusal
from app.domain.stocktake import CountLine, SheetLine, StocktakeSheet
from app.services.device import issue_series_number
from app.services.registry.users import acting_user
from app.services.stock.ledger import MovementDraft, add_movement, serial_locations
from app.services.stock.views import on_hand_at
from app.services.store import Store

SERIES = "STK"
S = StocktakeState


def begin(store: Store, location_id: str) -> str:
    """Starts a count of `location_id`: a line per part the ledger holds there (its
    book quantity and, for a serialised part, its serials); returns the stocktake id."""
    role = acting_user(store).role
    rules.check_may_count(role, S.COUNTING)
    with store.session() as session:
        location = session.get(StockLocation, location_id)
        if location is None or location.deleted_at is not None:
            raise LookupError(f"no stock location {location_id}")
        now = utcnow()
        take = Stocktake(
            number=issue_series_number(session, now, Stocktake.number, SERIES),
            location_id=location_id,
            state=S.COUNTING,
            counted_by=store.user_login,
            started_at=now,
        )
        take.updated_by = store.user_login
        session.add(take)
        session.flush()
        serialised = set(session.scalars(select(Part.id).where(Part.serialised.is_(True))))
        for part_id, quantity in sorted(on_hand_at(session, location_id).items()):
            serials = _serials_at(session, part_id, location_id) if part_id in serialised else []
            if abs(quantity) < rules.EPSILON and not serials:
                continue
            line = StocktakeLine(
                stocktake_id=take.id,
                part_id=part_id,
                book_quantity=quantity,
                book_serials=serials,
                counted_serials=[],
            )
            line.updated_by = store.user_login
            session.add(line)
        return take.id


def _serials_at(session: Session, part_id: str, location_id: str) -> list[str]:
    serials = session.scalars(
        select(StockMovement.serial)
        .where(
            StockMovement.part_id == part_id,
            StockMovement.serial != "",
            StockMovement.deleted_at.is_(None),
        )
        .distinct()
    )
    return sorted(s for s in serials if location_id in serial_locations(session, part_id, s))


def _counting(session: Session, store: Store, stocktake_id: str) -> Stocktake:
    take = session.get(Stocktake, stocktake_id)
    if take is None or take.deleted_at is not None:
        raise LookupError(f"no stocktake {stocktake_id}")
    rules.check_may_count(acting_user(store).role, take.state)
    return take


def set_count(
    store: Store,
    stocktake_id: str,
    part_id: str,
    counted: float | None,
    reason: str = "",
    serials: list[str] | None = None,
) -> None:
    """Records what was found of a part (a new line for a part the book does not hold
    here: a surplus); `serials` for a serialised part."""
    if counted is not None and counted < 0:
        raise StockRefusal(rules.M_COUNT_NEGATIVE)
    with store.session() as session:
        take = _counting(session, store, stocktake_id)
        line = _line(session, take, part_id, store.user_login)
        line.counted_quantity = counted
        line.reason = reason.strip()
        if serials is not None:
            line.counted_serials = sorted({s.strip() for s in serials if s.strip()})
            line.counted_quantity = float(len(line.counted_serials))
        line.updated_by = store.user_login


def _line(session: Session, take: Stocktake, part_id: str, login: str) -> StocktakeLine:
    line = session.scalar(
        select(StocktakeLine).where(
            StocktakeLine.stocktake_id == take.id,
            StocktakeLine.part_id == part_id,
            StocktakeLine.deleted_at.is_(None),
        )
    )
    if line is None:
        if session.get(Part, part_id) is None:
            raise LookupError(f"no part {part_id}")
        line = StocktakeLine(
            stocktake_id=take.id,
            part_id=part_id,
            book_quantity=0.0,
            book_serials=[],
            counted_serials=[],
        )
        line.updated_by = login
        session.add(line)
        session.flush()
    return line


def scan(store: Store, stocktake_id: str, code: str) -> str:
    """One scan (a scanner types the code and Enter): a part number adds one to the
    count of an ordinary part; a serial marks that piece found. Returns the part's id."""
    code = code.strip()
    with store.session() as session:
        take = _counting(session, store, stocktake_id)
        part = session.scalar(
            select(Part).where(Part.part_number == code, Part.deleted_at.is_(None))
        )
        if part is not None and not part.serialised:
            line = _line(session, take, part.id, store.user_login)
            line.counted_quantity = (line.counted_quantity or 0.0) + 1
            line.updated_by = store.user_login
            return part.id
        if part is not None:
            raise StockRefusal(rules.M_SERIAL_COUNT, part.part_number)
        part_id = session.scalar(
            select(StockMovement.part_id)
            .where(StockMovement.serial == code, StockMovement.deleted_at.is_(None))
            .limit(1)
        )
        if part_id is None:
            raise StockRefusal(rules.M_UNKNOWN_CODE, code)
        line = _line(session, take, part_id, store.user_login)
        found = set(line.counted_serials or []) | {code}
        line.counted_serials = sorted(found)
        line.counted_quantity = float(len(found))
        line.updated_by = store.user_login
        return part_id


def submit(store: Store, stocktake_id: str) -> None:
    """Hands the count to the service manager: every variance must carry its reason."""
    sheet = load(store, stocktake_id)
    rules.check_submittable([line.count for line in sheet.lines])
    with store.session() as session:
        take = _counting(session, store, stocktake_id)
        take.state = S.SUBMITTED
        take.submitted_at = utcnow()
        take.updated_by = store.user_login


def approve(store: Store, stocktake_id: str, note: str = "") -> int:
    """The manager's approval: writes the adjustment movements; returns how many."""
    sheet = load(store, stocktake_id)
    user = acting_user(store)
    rules.check_may_decide(user.role, sheet.state)
    rules.check_submittable([line.count for line in sheet.lines])
    written = 0
    with store.session() as session:
        take = session.get(Stocktake, stocktake_id)
        assert take is not None
        for line in sheet.variances:
            for draft in _adjustments(sheet, line):
                add_movement(session, draft, store.user_login)
                written += 1
        take.state = S.APPROVED
        take.decided_by = store.user_login
        take.decided_at = utcnow()
        take.decision_note = note.strip()
        take.updated_by = store.user_login
    return written


def _adjustments(sheet: StocktakeSheet, line: SheetLine) -> list[MovementDraft]:
    count = line.count
    reason = f"{sheet.number}: {count.reason}"
    here = sheet.location_id
    if count.serialised:
        return [
            MovementDraft(
                MovementKind.ADJUSTMENT, line.part_id, 1, from_location_id=here,
                serial=serial, reason=reason, reference=sheet.number,
            )
            for serial in count.missing_serials
        ] + [
            MovementDraft(
                MovementKind.ADJUSTMENT, line.part_id, 1, to_location_id=here,
                serial=serial, reason=reason, reference=sheet.number,
            )
            for serial in count.surplus_serials
        ]  # fmt: skip
    amount = abs(count.variance)
    if count.variance > 0:
        return [
            MovementDraft(
                MovementKind.ADJUSTMENT, line.part_id, amount, to_location_id=here,
                reason=reason, reference=sheet.number,
            )
        ]  # fmt: skip
    return [
        MovementDraft(
            MovementKind.ADJUSTMENT, line.part_id, amount, from_location_id=here,
            reason=reason, reference=sheet.number,
        )
    ]  # fmt: skip


def reject(store: Store, stocktake_id: str, note: str) -> None:
    """Sends the count back for a recount (no movement written); the note says why."""
    if not note.strip():
        raise StockRefusal(rules.M_REJECT_REASON)
    with store.session() as session:
        take = session.get(Stocktake, stocktake_id)
        if take is None:
            raise LookupError(stocktake_id)
        rules.check_may_decide(acting_user(store).role, take.state)
        take.state = S.COUNTING
        take.submitted_at = None
        take.decision_note = note.strip()
        take.decided_by = store.user_login
        take.updated_by = store.user_login


def load(store: Store, stocktake_id: str) -> StocktakeSheet:
    with store.reading() as session:
        take = session.get(Stocktake, stocktake_id)
        if take is None or take.deleted_at is not None:
            raise LookupError(f"no stocktake {stocktake_id}")
        location = session.get(StockLocation, take.location_id)
        assert location is not None
        rows = session.execute(
            select(StocktakeLine, Part)
            .join(Part, Part.id == StocktakeLine.part_id)
            .where(StocktakeLine.stocktake_id == take.id, StocktakeLine.deleted_at.is_(None))
            .order_by(Part.part_number)
        ).tuples()
        lines = [
            SheetLine(
                line.id,
                part.id,
                part.part_number,
                part.description,
                part.unit,
                CountLine(
                    part.part_number,
                    line.book_quantity,
                    line.counted_quantity,
                    line.reason,
                    part.serialised,
                    tuple(line.book_serials or ()),
                    tuple(line.counted_serials or ()),
                ),
            )
            for line, part in rows
        ]
        return StocktakeSheet(
            take.id,
            take.number,
            take.location_id,
            (location.name_zh, location.name_en or location.name_zh),
            take.state,
            take.counted_by,
            take.started_at,
            take.submitted_at,
            take.decided_by,
            take.decided_at,
            take.decision_note,
            lines,
        )


@dataclass(frozen=True)
class StocktakeSummary:
    id: str
    number: str
    location_name: tuple[str, str]
    state: StocktakeState
    started_at: datetime


def stocktakes(store: Store) -> list[StocktakeSummary]:
    """Every stocktake, newest first (the list the count dialog opens from)."""
    with store.reading() as session:
        rows = session.execute(
            select(Stocktake, StockLocation)
            .join(StockLocation, StockLocation.id == Stocktake.location_id)
            .where(Stocktake.deleted_at.is_(None))
            .order_by(Stocktake.started_at.desc())
        ).tuples()
        return [
            StocktakeSummary(
                t.id, t.number, (loc.name_zh, loc.name_en or loc.name_zh), t.state, t.started_at
            )
            for t, loc in rows
        ]


def sheet_pdf(store: Store, stocktake_id: str, language: str, result: bool) -> bytes:
    """The paper count sheet, or the result with its variances (app/reports)."""
    from app.reports.content import Language
    from app.reports.stock_sheets import stocktake_result_pdf, stocktake_sheet_pdf

    sheet = load(store, stocktake_id)
    lang: Language = "zh_CN" if language.startswith("zh") else "en"
    return stocktake_result_pdf(sheet, lang) if result else stocktake_sheet_pdf(sheet, lang)
