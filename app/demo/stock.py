"""Demo stock: the Nanjing warehouse, two engineers' kits, and a year of movements
(receipts, transfers to the kits, issues to demo repairs, one scrap), all recorded
through the ledger's own rules so the demo never shows what the ledger would refuse."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part, PartUsage
from app.db.models import WorkOrder
from app.db.stock import StockLocation
from app.demo.fieldwork import PARTS
from app.demo.rows import DEMO_BY
from app.domain.enums import LocationKind, MovementKind
from app.services.stock.ledger import MovementDraft, add_movement, on_hand_of
from app.services.store import Store

K = MovementKind
WAREHOUSE_ZH = "南京中心仓库"
# Serialised parts: a magnetron, a thyratron, a CT tube are tracked one by one.
SERIALISED = {"DEMO-100-0003", "DEMO-100-0004", "DEMO-200-0001"}
REORDER_LEVEL = {number: (1.0 if number in SERIALISED else 4.0) for number, _ in PARTS}
# Bought short: the room-laser module falls under its reorder level (after a scrap).
SHORT = {"DEMO-100-0008"}
KITS = (("zhang.wei", "张伟的备件箱", "Zhang Wei's kit"), ("li.na", "李娜的备件箱", "Li Na's kit"))


def seed_stock(store: Store, today: date) -> bool:
    """Adds the demo's stock once, over the ~5 months after the demo year began; False
    when its warehouse is already there."""
    start = datetime.combine(today - timedelta(days=330), time(1, 30), tzinfo=UTC)
    with store.session() as session:
        if session.scalar(select(StockLocation.id).where(StockLocation.name_zh == WAREHOUSE_ZH)):
            return False
        parts = {p.part_number: p for p in session.scalars(select(Part))}
        if not parts:
            return False
        for number, part in parts.items():
            if number in REORDER_LEVEL:
                part.serialised = number in SERIALISED
                part.reorder_level = REORDER_LEVEL[number]
        warehouse = _location(
            session, start, LocationKind.WAREHOUSE, WAREHOUSE_ZH, "Nanjing central warehouse", ""
        )
        kits = {
            login: _location(session, start, LocationKind.KIT, zh, en, login)
            for login, zh, en in KITS
        }
        session.flush()
        _movements(session, start, parts, warehouse.id, kits)
        return True


def _location(
    session: Session, start: datetime, kind: LocationKind, zh: str, en: str, holder: str
) -> StockLocation:
    row = StockLocation(kind=kind, name_zh=zh, name_en=en, holder_login=holder, active=True)
    row.created_at = row.updated_at = start - timedelta(days=5)
    row.updated_by = DEMO_BY
    session.add(row)
    return row


def _movements(
    session: Session,
    start: datetime,
    parts: dict[str, Part],
    warehouse: str,
    kits: dict[str, StockLocation],
) -> None:
    at = start

    def move(kind: MovementKind, number: str, quantity: float = 1, **ends: str | None) -> None:
        nonlocal at
        at += timedelta(days=3, hours=2)
        draft = MovementDraft(kind, parts[number].id, quantity, at=at, **ends)  # type: ignore[arg-type]
        add_movement(session, draft, DEMO_BY)  # stamped `at`, by the demo, in one insert

    zhang, li = kits["zhang.wei"].id, kits["li.na"].id
    for number, _ in PARTS:  # the opening receipt of every ordinary part
        if number not in SERIALISED:
            opening = 4 if number in SHORT else 8
            move(K.RECEIPT, number, opening, to_location_id=warehouse, reference="PO-2025-001")
    serials = [(n, f"{n[-4:]}-SN{i:03d}") for n in sorted(SERIALISED) for i in (1, 2, 3)]
    for number, serial in serials:
        move(K.RECEIPT, number, to_location_id=warehouse, serial=serial, reference="PO-2025-002")
    for number in ("DEMO-100-0001", "DEMO-100-0002", "DEMO-100-0005", "DEMO-300-0002"):
        move(K.TRANSFER, number, 2, from_location_id=warehouse, to_location_id=zhang)
    for number in ("DEMO-100-0006", "DEMO-200-0002"):
        move(K.TRANSFER, number, 2, from_location_id=warehouse, to_location_id=li)
    move(
        K.TRANSFER,
        "DEMO-100-0003",
        from_location_id=warehouse,
        to_location_id=zhang,
        serial="0003-SN001",
    )
    for order_id, number in _repairs(session)[:6]:
        if number in SERIALISED:
            continue
        source = zhang if on_hand_of(session, zhang, parts[number].id) >= 1 else warehouse
        if on_hand_of(session, source, parts[number].id) < 1:
            continue
        move(K.ISSUE, number, from_location_id=source, work_order_id=order_id, reference="领料")
    move(
        K.SCRAP,
        "DEMO-100-0008",
        from_location_id=warehouse,
        reason="运输中跌落，外壳破裂 Dropped in transit, housing cracked",
    )
    move(K.RECEIPT, "DEMO-100-0007", 5, to_location_id=warehouse, reference="PO-2025-014")


def _repairs(session: Session) -> list[tuple[str, str]]:
    """(work order id, part number) of the demo repairs that used a part, oldest first."""
    rows = session.execute(
        select(WorkOrder.id, Part.part_number)
        .join(PartUsage, PartUsage.work_order_id == WorkOrder.id)
        .join(Part, Part.id == PartUsage.part_id)
        .where(WorkOrder.updated_by == DEMO_BY)
        .order_by(WorkOrder.reported_at)
    )
    return [(i, n) for i, n in rows]
