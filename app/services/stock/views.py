"""Reading the stock ledger: on-hand per location and part (always the sum of the
movements, in one aggregate query), a part's history, and the choices of the dialog."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from app.db.fieldwork import Part
from app.db.models import WorkOrder
from app.db.stock import StockLocation, StockMovement
from app.domain.enums import LocationKind, MovementKind, UserRole
from app.domain.workflow import TERMINAL
from app.services.lists import escape_like
from app.services.registry.users import acting_user
from app.services.stock.ledger import STOCK_ROLES
from app.services.store import Store


@dataclass(frozen=True)
class LocationChoice:
    id: str
    kind: LocationKind
    name_zh: str
    name_en: str
    holder_login: str
    active: bool


@dataclass(frozen=True)
class PartChoice:
    id: str
    part_number: str
    description: str
    unit: str
    serialised: bool
    reorder_level: float


@dataclass(frozen=True)
class OnHand:
    """One part at one location; `quantity` may be negative after an offline sync."""

    location: LocationChoice
    part: PartChoice
    quantity: float

    @property
    def watched(self) -> bool:
        """A warehouse's stock of a part with a reorder level (kits are not reordered)."""
        return self.location.kind is LocationKind.WAREHOUSE and self.part.reorder_level > 0

    @property
    def low(self) -> bool:
        """At or below the reorder level, where it is watched."""
        return self.watched and self.quantity <= self.part.reorder_level

    @property
    def negative(self) -> bool:
        return self.quantity < 0


@dataclass(frozen=True)
class MovementRow:
    id: str
    at: datetime
    kind: MovementKind
    quantity: float
    from_name: tuple[str, str]  # (zh, en): the screen shows the one it speaks
    to_name: tuple[str, str]
    work_order_number: str
    serial: str
    reason: str
    reference: str
    by_login: str


@dataclass(frozen=True)
class StockView:
    """What the Stock page shows: who looks, what they may do, and the on-hand rows."""

    may_record: bool
    locations: list[LocationChoice]
    rows: list[OnHand]


def _location(row: StockLocation) -> LocationChoice:
    return LocationChoice(row.id, row.kind, row.name_zh, row.name_en, row.holder_login, row.active)


def _part(row: Part) -> PartChoice:
    return PartChoice(
        row.id, row.part_number, row.description, row.unit, row.serialised, row.reorder_level
    )


def locations(store: Store) -> list[LocationChoice]:
    with store.reading() as session:
        rows = session.scalars(
            select(StockLocation)
            .where(StockLocation.deleted_at.is_(None))
            .order_by(StockLocation.kind.desc(), StockLocation.name_zh)
        )
        return [_location(r) for r in rows]


def parts(store: Store) -> list[PartChoice]:
    with store.reading() as session:
        rows = session.scalars(
            select(Part).where(Part.deleted_at.is_(None)).order_by(Part.part_number)
        )
        return [_part(r) for r in rows]


def open_work_orders(store: Store) -> list[tuple[str, str]]:
    """(id, number) of work orders a part can still be issued to, newest first."""
    with store.reading() as session:
        rows = session.execute(
            select(WorkOrder.id, WorkOrder.number)
            .where(
                WorkOrder.deleted_at.is_(None),
                WorkOrder.state.not_in([s.value for s in TERMINAL]),
            )
            .order_by(WorkOrder.reported_at.desc())
        )
        return [(i, n) for i, n in rows]


def on_hand_totals(session: Session) -> dict[tuple[str, str], float]:
    """(location id, part id) → the sum of its movements; one aggregate over the ledger."""
    live = StockMovement.deleted_at.is_(None)
    into = select(
        StockMovement.to_location_id.label("location_id"),
        StockMovement.part_id.label("part_id"),
        StockMovement.quantity.label("quantity"),
    ).where(live, StockMovement.to_location_id.is_not(None))
    out = select(
        StockMovement.from_location_id.label("location_id"),
        StockMovement.part_id.label("part_id"),
        (literal(0.0) - StockMovement.quantity).label("quantity"),
    ).where(live, StockMovement.from_location_id.is_not(None))
    both = union_all(into, out).subquery()
    rows = session.execute(
        select(both.c.location_id, both.c.part_id, func.sum(both.c.quantity)).group_by(
            both.c.location_id, both.c.part_id
        )
    )
    return {(loc, part): float(qty) for loc, part, qty in rows}


def stock_view(store: Store) -> StockView:
    """On-hand of every part at every location the acting user may see: the office roles
    see all; anyone else only the kits they hold (read-only)."""
    user = acting_user(store)
    office = user.role in STOCK_ROLES or user.role is UserRole.QUALITY_CONTROL
    with store.reading() as session:
        query = select(StockLocation).where(StockLocation.deleted_at.is_(None))
        if not office:
            query = query.where(StockLocation.holder_login == user.login)
        shown = {r.id: _location(r) for r in session.scalars(query)}
        totals = on_hand_totals(session)
        part_ids = {part for (loc, part) in totals if loc in shown}
        catalogue = {
            p.id: _part(p) for p in session.scalars(select(Part).where(Part.id.in_(part_ids)))
        }
    rows = [
        OnHand(shown[loc], catalogue[part], qty)
        for (loc, part), qty in totals.items()
        if loc in shown and part in catalogue and abs(qty) > 1e-9
    ]
    rows.sort(
        key=lambda r: (
            r.location.kind != LocationKind.WAREHOUSE,
            r.location.name_zh,
            r.part.part_number,
        )
    )
    ordered = sorted(shown.values(), key=lambda c: (c.kind != LocationKind.WAREHOUSE, c.name_zh))
    return StockView(user.role in STOCK_ROLES, ordered, rows)


def _names(location: StockLocation | None) -> tuple[str, str]:
    if location is None:
        return ("", "")
    return (location.name_zh, location.name_en or location.name_zh)


def history(store: Store, part_id: str) -> list[MovementRow]:
    """Every movement of a part, newest first, with its ends by name."""
    source, target = aliased(StockLocation), aliased(StockLocation)
    with store.reading() as session:
        rows = session.execute(
            select(StockMovement, source, target, WorkOrder.number)
            .outerjoin(source, source.id == StockMovement.from_location_id)
            .outerjoin(target, target.id == StockMovement.to_location_id)
            .outerjoin(WorkOrder, WorkOrder.id == StockMovement.work_order_id)
            .where(StockMovement.part_id == part_id, StockMovement.deleted_at.is_(None))
            .order_by(StockMovement.at.desc(), StockMovement.id.desc())
        )
        return [
            MovementRow(
                m.id,
                m.at,
                m.kind,
                m.quantity,
                _names(source_row),
                _names(target_row),
                number or "",
                m.serial,
                m.reason,
                m.reference,
                m.by_login,
            )
            for m, source_row, target_row, number in rows
        ]


# --- one location, pages, low stock, a part's detail (issue 12) ----------------------------


def _ins_and_outs(*where_in: Any, where_out: tuple[Any, ...] = ()) -> Any:
    """The ledger as signed quantities per (location, part): ins positive, outs negative."""
    live = StockMovement.deleted_at.is_(None)
    into = select(
        StockMovement.to_location_id.label("location_id"),
        StockMovement.part_id.label("part_id"),
        StockMovement.quantity.label("quantity"),
    ).where(live, *where_in)
    out = select(
        StockMovement.from_location_id.label("location_id"),
        StockMovement.part_id.label("part_id"),
        (literal(0.0) - StockMovement.quantity).label("quantity"),
    ).where(live, *where_out)
    return union_all(into, out).subquery()


def on_hand_at(session: Session, location_id: str) -> dict[str, float]:
    """part id → on-hand at one location: one aggregate over that location's movements
    (the (location, part) indexes of the ledger serve both halves)."""
    both = _ins_and_outs(
        StockMovement.to_location_id == location_id,
        where_out=(StockMovement.from_location_id == location_id,),
    )
    # Core, not the ORM: no entity is loaded, so rows skip the ORM's per-row work.
    rows = session.connection().execute(
        select(both.c.part_id, func.sum(both.c.quantity)).group_by(both.c.part_id)
    )
    return dict(rows.tuples().all())


@dataclass(frozen=True)
class LowStock:
    """A watched part whose warehouse on-hand (all warehouses together) is at or below
    its reorder level — a part with no stock at all included."""

    part: PartChoice
    quantity: float

    @property
    def shortfall(self) -> float:
        return self.part.reorder_level - self.quantity


def low_stock_rows(session: Session) -> list[tuple[str, float]]:
    """(part id, warehouse on-hand) of the low parts, by part number."""
    warehouses = select(StockLocation.id).where(
        StockLocation.kind == LocationKind.WAREHOUSE, StockLocation.deleted_at.is_(None)
    )
    both = _ins_and_outs(
        StockMovement.to_location_id.in_(warehouses),
        where_out=(StockMovement.from_location_id.in_(warehouses),),
    )
    held = (
        select(both.c.part_id.label("part_id"), func.sum(both.c.quantity).label("quantity"))
        .group_by(both.c.part_id)
        .subquery()
    )
    quantity = func.coalesce(held.c.quantity, 0.0)
    rows = session.connection().execute(
        select(Part.id, quantity)
        .outerjoin(held, held.c.part_id == Part.id)
        .where(Part.deleted_at.is_(None), Part.reorder_level > 0, quantity <= Part.reorder_level)
        .order_by(Part.part_number)
    )
    return [(part, float(qty)) for part, qty in rows.tuples()]


def low_stock(store: Store) -> list[LowStock]:
    with store.reading() as session:
        rows = low_stock_rows(session)
        parts = {
            p.id: _part(p)
            for p in session.scalars(select(Part).where(Part.id.in_([r[0] for r in rows])))
        }
    return [LowStock(parts[part], qty) for part, qty in rows]


@dataclass(frozen=True)
class StockPage:
    """One page of the on-hand list with the total it is a page of."""

    may_record: bool
    may_issue: bool
    locations: list[LocationChoice]
    rows: list[OnHand]
    total: int
    offset: int


PAGE_SIZE = 200


def stock_page(
    store: Store,
    location_id: str | None = None,
    text: str = "",
    low_only: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> StockPage:
    """A page of on-hand rows, filtered and counted in SQL (a large ledger never comes
    to the screen whole): the office roles and QC see every location, anyone else the
    kits they hold."""
    user = acting_user(store)
    office = user.role in STOCK_ROLES or user.role is UserRole.QUALITY_CONTROL
    with store.reading() as session:
        query = select(StockLocation).where(StockLocation.deleted_at.is_(None))
        if not office:
            query = query.where(StockLocation.holder_login == user.login)
        shown = {r.id: _location(r) for r in session.scalars(query)}
        wanted = [location_id] if location_id in shown else list(shown)
        both = _ins_and_outs(
            StockMovement.to_location_id.in_(wanted),
            where_out=(StockMovement.from_location_id.in_(wanted),),
        )
        total_q = func.sum(both.c.quantity)
        grouped = (
            select(
                both.c.location_id.label("location_id"),
                both.c.part_id.label("part_id"),
                total_q.label("quantity"),
            )
            .group_by(both.c.location_id, both.c.part_id)
            .having(func.abs(total_q) > 1e-9)
            .subquery()
        )
        filtered = (
            select(grouped.c.location_id, grouped.c.part_id, grouped.c.quantity)
            .join(Part, Part.id == grouped.c.part_id)
            .join(StockLocation, StockLocation.id == grouped.c.location_id)
        )
        for word in text.split():
            pattern = f"%{escape_like(word)}%"
            filtered = filtered.where(
                (Part.part_number.like(pattern, escape="\\"))
                | (Part.description.like(pattern, escape="\\"))
            )
        if low_only:
            filtered = filtered.where(
                (grouped.c.quantity < 0)
                | (
                    (StockLocation.kind == LocationKind.WAREHOUSE)
                    & (Part.reorder_level > 0)
                    & (grouped.c.quantity <= Part.reorder_level)
                )
            )
        total = session.scalar(select(func.count()).select_from(filtered.subquery())) or 0
        page = session.execute(
            filtered.order_by(StockLocation.kind.desc(), StockLocation.name_zh, Part.part_number)
            .offset(offset)
            .limit(limit)
        ).all()
        catalogue = {
            p.id: _part(p)
            for p in session.scalars(select(Part).where(Part.id.in_({r[1] for r in page})))
        }
    rows = [OnHand(shown[loc], catalogue[part], float(qty)) for loc, part, qty in page]
    ordered = sorted(shown.values(), key=lambda c: (c.kind != LocationKind.WAREHOUSE, c.name_zh))
    holds_kit = any(c.holder_login == user.login for c in shown.values())
    return StockPage(
        user.role in STOCK_ROLES, user.role in STOCK_ROLES or holds_kit, ordered, rows, total,
        offset,
    )  # fmt: skip


@dataclass(frozen=True)
class FittedRow:
    """Where a part is fitted: a repair's part line."""

    work_order_number: str
    equipment: str
    quantity: float
    serial_in: str
    at: datetime


def fitted_on(store: Store, part_id: str) -> list[FittedRow]:
    """The work orders (and their units) a part was fitted on, newest first."""
    from app.db.fieldwork import PartUsage
    from app.db.models import Equipment

    with store.reading() as session:
        rows = session.execute(
            select(WorkOrder.number, Equipment.serial_number, PartUsage)
            .join(WorkOrder, WorkOrder.id == PartUsage.work_order_id)
            .outerjoin(Equipment, Equipment.id == WorkOrder.equipment_id)
            .where(PartUsage.part_id == part_id, PartUsage.deleted_at.is_(None))
            .order_by(PartUsage.created_at.desc())
        ).tuples()
        return [
            FittedRow(number, serial or "", usage.quantity, usage.serial_in, usage.created_at)
            for number, serial, usage in rows
        ]


def all_on_hand(store: Store, location_id: str | None = None) -> list[OnHand]:
    """Every non-zero on-hand row (of one location, or all), whoever asks: for the
    office's export command, which reads the data folder it is given."""
    with store.reading() as session:
        shown = {
            r.id: _location(r)
            for r in session.scalars(
                select(StockLocation).where(StockLocation.deleted_at.is_(None))
            )
            if location_id is None or r.id == location_id
        }
        if location_id is not None:
            totals = {(location_id, p): q for p, q in on_hand_at(session, location_id).items()}
        else:
            totals = on_hand_totals(session)
        catalogue = {
            p.id: _part(p)
            for p in session.scalars(select(Part).where(Part.id.in_({p for _, p in totals})))
        }
    rows = [
        OnHand(shown[loc], catalogue[part], qty)
        for (loc, part), qty in totals.items()
        if loc in shown and part in catalogue and abs(qty) > 1e-9
    ]
    rows.sort(key=lambda r: (r.location.kind != LocationKind.WAREHOUSE, r.location.name_zh,
                             r.part.part_number))  # fmt: skip
    return rows


def movements_between(
    store: Store, start: datetime, end: datetime
) -> list[tuple[str, MovementRow]]:
    """(part number, movement) of every movement in [start, end), oldest first."""
    source, target = aliased(StockLocation), aliased(StockLocation)
    with store.reading() as session:
        rows = session.execute(
            select(StockMovement, Part.part_number, source, target, WorkOrder.number)
            .join(Part, Part.id == StockMovement.part_id)
            .outerjoin(source, source.id == StockMovement.from_location_id)
            .outerjoin(target, target.id == StockMovement.to_location_id)
            .outerjoin(WorkOrder, WorkOrder.id == StockMovement.work_order_id)
            .where(
                StockMovement.deleted_at.is_(None),
                StockMovement.at >= start,
                StockMovement.at < end,
            )
            .order_by(StockMovement.at, StockMovement.id)
        ).tuples()
        return [
            (
                number,
                MovementRow(
                    m.id, m.at, m.kind, m.quantity, _names(s), _names(t), order or "",
                    m.serial, m.reason, m.reference, m.by_login,
                ),
            )
            for m, number, s, t, order in rows
        ]  # fmt: skip
