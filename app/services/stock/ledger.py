"""Recording a stock movement: the shape of its kind, who may, and what the ledger holds.

On this laptop a movement that would take a location below zero, or move a serial
from where it is not, is refused; laptops that were offline may still meet negative
on-hand after a sync, which the views show rather than hide.
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

# Who records movements; engineers see their own kit (the server enforces the same).
STOCK_ROLES = frozenset({UserRole.PARTS_ADMINISTRATOR, UserRole.SERVICE_MANAGER})


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
    return acting_user(store).role in STOCK_ROLES


def record_movement(store: Store, draft: MovementDraft) -> str:
    """Checks and records one movement; returns its id or raises `StockRefusal`."""
    if not may_record(store):
        raise StockRefusal(rules.M_NOT_ALLOWED)
    with store.session() as session:
        movement = add_movement(session, draft, store.user_login)
        return movement.id


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
    if source is not None:
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
