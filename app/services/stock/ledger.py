"""Recording a stock movement: the shape of its kind, who may, and what the ledger holds.

A movement that would take the warehouse below zero, or move a serial from where it
is not, is refused; an engineer's kit may go below zero (an issue offline is never
refused, `rules.NEGATIVE_ALLOWED`) and is then flagged (`below_zero`): the views show
the negative on-hand rather than hide it, here and at the office after the sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part
from app.db.stock import StockLocation, StockMovement
from app.domain import stock as rules
from app.domain.enums import MovementKind, UserRole
from app.domain.stock import StockRefusal
from app.services.registry.users import acting_user
from app.services.store import Store

# Who records any movement; engineers record theirs on their own kit (`rules.may_move`,
# the server enforces the same).
STOCK_ROLES = rules.OFFICE_ROLES


@dataclass(frozen=True)
class MovementDraft:
    """What the movement dialog (or the demo) asks the ledger to record."""

    kind: MovementKind
    part_id: str
    quantity: float
    from_location_id: str | None = None
    to_location_id: str | None = None
    work_order_id: str | None = None
    serial: str = ""
    reason: str = ""
    reference: str = ""
    at: datetime | None = None


def may_record(store: Store) -> bool:
    """Whether the acting user records any movement (the office roles)."""
    return acting_user(store).role in STOCK_ROLES


def record_movement(store: Store, draft: MovementDraft) -> str:
    """Checks and records one movement; returns its id or raises `StockRefusal`."""
    role = acting_user(store).role
    with store.session() as session:
        check_allowed(session, role, store.user_login, draft)
        movement = add_movement(session, draft, store.user_login)
        return movement.id


def check_allowed(session: Session, role: UserRole, login: str, draft: MovementDraft) -> None:
    """Refuses a movement the role may not record (an engineer's on someone else's kit)."""
    ends = [
        (loc.kind, loc.holder_login) if loc is not None else None
        for loc in (
            _location(session, draft.from_location_id),
            _location(session, draft.to_location_id),
        )
    ]
    if not rules.may_move(role, login, draft.kind, ends[0], ends[1]):
        raise StockRefusal(rules.M_NOT_ALLOWED)


def below_zero(session: Session, movement: StockMovement) -> bool:
    """The movement left its source below zero (a kit's issue offline): flagged."""
    if not movement.from_location_id:
        return False
    return on_hand_of(session, movement.from_location_id, movement.part_id) < -1e-9


def add_movement(session: Session, draft: MovementDraft, by_login: str) -> StockMovement:
    """Validates and adds `draft` in `session` (the demo seeds through this too)."""
    part = session.get(Part, draft.part_id)
    if part is None or part.deleted_at is not None:
        raise LookupError(f"no part {draft.part_id}")
    serial = draft.serial.strip()
    rules.check_shape(
        draft.kind,
        draft.quantity,
        draft.from_location_id,
        draft.to_location_id,
        work_order=draft.work_order_id,
        serialised=part.serialised,
        serial=serial,
        part_number=part.part_number,
        reason=draft.reason,
    )
    source = _location(session, draft.from_location_id)
    target = _location(session, draft.to_location_id)
    if target is not None and not target.active:
        raise StockRefusal(rules.M_INACTIVE, _named(target))
    if source is not None and source.kind not in rules.NEGATIVE_ALLOWED:
        held = on_hand_of(session, source.id, part.id)
        if held - draft.quantity < -1e-9:
            raise StockRefusal(rules.M_BELOW_ZERO, _named(source), _number(held), part.part_number)
    if part.serialised:
        _check_serial(session, part.id, serial, source, target)
    movement = StockMovement(
        kind=draft.kind,
        part_id=part.id,
        quantity=draft.quantity,
        from_location_id=source.id if source else None,
        to_location_id=target.id if target else None,
        work_order_id=draft.work_order_id,
        serial=serial,
        reason=draft.reason.strip(),
        reference=draft.reference.strip(),
        by_login=by_login,
    )
    movement.updated_by = by_login
    if draft.at is not None:  # a movement entered after the fact (and the demo's)
        movement.at = movement.created_at = movement.updated_at = draft.at
    session.add(movement)  # stamped before the flush: an append-only row has no update
    session.flush()
    return movement


def _location(session: Session, location_id: str | None) -> StockLocation | None:
    if not location_id:
        return None
    location = session.get(StockLocation, location_id)
    if location is None or location.deleted_at is not None:
        raise LookupError(f"no stock location {location_id}")
    return location


def _named(location: StockLocation) -> tuple[str, str]:
    return (location.name_zh, location.name_en or location.name_zh)


def _number(value: float) -> str:
    return f"{value:g}"


def on_hand_of(session: Session, location_id: str, part_id: str) -> float:
    """The sum of a part's movements into and out of one location."""
    into = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0.0)).where(
            StockMovement.to_location_id == location_id,
            StockMovement.part_id == part_id,
            StockMovement.deleted_at.is_(None),
        )
    )
    out = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0.0)).where(
            StockMovement.from_location_id == location_id,
            StockMovement.part_id == part_id,
            StockMovement.deleted_at.is_(None),
        )
    )
    return float(into or 0.0) - float(out or 0.0)


def serial_locations(session: Session, part_id: str, serial: str) -> dict[str, int]:
    """Where a serial is: each location its movements leave it in (net > 0)."""
    net: dict[str, int] = {}
    rows = session.execute(
        select(StockMovement.from_location_id, StockMovement.to_location_id).where(
            StockMovement.part_id == part_id,
            StockMovement.serial == serial,
            StockMovement.deleted_at.is_(None),
        )
    )
    for source, target in rows:
        if source:
            net[source] = net.get(source, 0) - 1
        if target:
            net[target] = net.get(target, 0) + 1
    return {location: n for location, n in net.items() if n > 0}


def _check_serial(
    session: Session,
    part_id: str,
    serial: str,
    source: StockLocation | None,
    target: StockLocation | None,
) -> None:
    """A serial is at one place: it leaves only from there, and enters stock only when
    it is nowhere in stock (a receipt or a return of a serial already held is refused)."""
    where = serial_locations(session, part_id, serial)
    if source is not None and source.id not in where:
        raise StockRefusal(rules.M_SERIAL_ELSEWHERE, serial, _named(source))
    if source is None and target is not None and where:
        held = session.get(StockLocation, next(iter(where)))
        raise StockRefusal(rules.M_SERIAL_IN_STOCK, serial, _named(held) if held else "")
