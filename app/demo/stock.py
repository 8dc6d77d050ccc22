"""Demo stock: the Nanjing warehouse, a kit for every engineer and repair technician,
and a year of movements — receipts, transfers to the kits and back, issues to demo
repairs (on slips signed by the receivers), a scrap, an RMA and an approved stocktake
with a surplus and a shortage — all recorded through the ledger's own rules so the
demo never shows what the ledger would refuse. In one transaction, in bulk."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import Part, PartUsage
from app.db.models import WorkOrder
from app.db.stock import StockLocation
from app.db.stocktake import Stocktake, StocktakeLine
from app.demo.fieldwork import PARTS
from app.demo.rows import DEMO_BY
from app.demo.signatures import scribble
from app.domain.enums import LocationKind, MovementKind, StocktakeState, UserRole
from app.domain.signatures import strokes_from_json
from app.services.stock.issue import IssueDraft, IssueLine, add_issue
from app.services.stock.ledger import MovementDraft, add_movement, on_hand_of
from app.services.store import Store

K = MovementKind
WAREHOUSE_ZH = "南京中心仓库"
# Serialised parts: a magnetron, a thyratron, a CT tube are tracked one by one.
SERIALISED = {"DEMO-100-0003", "DEMO-100-0004", "DEMO-200-0001"}
REORDER_LEVEL = {number: (1.0 if number in SERIALISED else 4.0) for number, _ in PARTS}
# Bought short: the room-laser module falls under its reorder level (after a scrap).
SHORT = {"DEMO-100-0008"}
KITS = (
    ("zhang.wei", "张伟的备件箱", "Zhang Wei's kit"),
    ("li.na", "李娜的备件箱", "Li Na's kit"),
    ("wang.lei", "王磊的备件箱", "Wang Lei's kit"),
    ("chen.jing", "陈静的备件箱", "Chen Jing's kit"),
    ("liu.yang", "刘洋的工具车", "Liu Yang's van"),
    ("zhao.qiang", "赵强的工具车", "Zhao Qiang's van"),
)
RECEIVERS = {login: zh[:2] for login, zh, _ in KITS}
MANAGER = "zhou.jianguo"
PARTS_ADMIN = "sun.li"


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
        _year(session, start + timedelta(days=140), today, parts, warehouse.id, kits)
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


def _year(
    session: Session,
    begin: datetime,
    today: date,
    parts: dict[str, Part],
    warehouse: str,
    kits: dict[str, StockLocation],
) -> None:
    """Six months of the office's routine after the opening stock: restocking, kits
    topped up, slips signed by the receivers, parts sent back, one RMA, a stocktake."""
    rng = random.Random(612)
    ordinary = [n for n, _ in PARTS if n not in SERIALISED and n not in SHORT]
    orders = [order for order, _ in _repairs(session)]
    at = begin
    step = timedelta(hours=22)

    def tick() -> datetime:
        nonlocal at
        at += step
        return at

    def move(kind: MovementKind, number: str, quantity: float, **ends: str | None) -> None:
        draft = MovementDraft(kind, parts[number].id, quantity, at=tick(), **ends)  # type: ignore[arg-type]
        add_movement(session, draft, PARTS_ADMIN)

    def held(location: str, number: str) -> float:
        return on_hand_of(session, location, parts[number].id)

    for month in range(6):
        for number in rng.sample(ordinary, 9):
            move(
                K.RECEIPT,
                number,
                6,
                to_location_id=warehouse,
                reference=f"PO-2026-{month + 20:03d}",
            )
        for kit in kits.values():
            for number in rng.sample(ordinary, 2):
                if held(warehouse, number) >= 2:
                    move(K.TRANSFER, number, 2, from_location_id=warehouse, to_location_id=kit.id)
        for login in rng.sample(sorted(kits), 3):
            kit = kits[login]
            stocked = [n for n in ordinary if held(kit.id, n) >= 1]
            if not stocked or not orders:
                continue
            lines = [IssueLine(parts[n].id, 1) for n in rng.sample(stocked, min(2, len(stocked)))]
            slip = IssueDraft(
                rng.choice(orders),
                kit.id,
                lines,
                RECEIVERS[login],
                strokes_from_json(scribble(rng)),
                receiver_login=login,
                at=tick(),
            )
            add_issue(session, slip, login, UserRole.ENGINEER)
        login = sorted(kits)[month % len(kits)]
        back = [n for n in ordinary if held(kits[login].id, n) >= 1]
        if back:
            draft = MovementDraft(
                K.TRANSFER, parts[back[0]].id, 1, from_location_id=kits[login].id,
                to_location_id=warehouse, at=tick(), reason="多余备件退回仓库",
            )  # fmt: skip
            add_movement(session, draft, login)
    magnetron = "DEMO-100-0003"
    move(
        K.REPAIR_OUT, magnetron, 1, from_location_id=warehouse, serial="0003-SN002",
        reference="RMA-2026-031", reason="灯丝电流异常，返厂检修 Filament current unstable",
    )  # fmt: skip
    _stocktake(session, min(tick(), _evening(today)), parts, warehouse, ordinary)


def _evening(today: date) -> datetime:
    return datetime.combine(today - timedelta(days=3), time(9, 0), tzinfo=UTC)


def _stocktake(
    session: Session, at: datetime, parts: dict[str, Part], warehouse: str, ordinary: list[str]
) -> None:
    """The warehouse counted by the parts administrator and approved by the manager:
    one part short, one over, each with its reason; the adjustments written."""
    take = Stocktake(
        number=f"STK-{at.year}-DEMO-00001", location_id=warehouse, state=StocktakeState.APPROVED,
        counted_by=PARTS_ADMIN, started_at=at, submitted_at=at + timedelta(hours=3),
        decided_by=MANAGER, decided_at=at + timedelta(days=1),
        decision_note="同意调整；丢失件请写情况说明",
    )  # fmt: skip
    take.updated_by = MANAGER
    take.created_at = take.updated_at = at
    session.add(take)
    session.flush()
    variances = {
        ordinary[0]: (-1.0, "盘亏：包装破损后丢失一件"),
        ordinary[1]: (1.0, "盘盈：上次退回未入账"),
    }
    for number in ordinary:
        book = on_hand_of(session, warehouse, parts[number].id)
        if book <= 0 and number not in variances:
            continue
        change, reason = variances.get(number, (0.0, ""))
        if book + change < 0:
            change, reason = 0.0, ""
        line = StocktakeLine(
            stocktake_id=take.id, part_id=parts[number].id, book_quantity=book,
            counted_quantity=book + change, book_serials=[], counted_serials=[], reason=reason,
        )  # fmt: skip
        line.updated_by = PARTS_ADMIN
        line.created_at = line.updated_at = at
        session.add(line)
        if change:
            ends = {"to_location_id": warehouse} if change > 0 else {"from_location_id": warehouse}
            draft = MovementDraft(
                K.ADJUSTMENT, parts[number].id, abs(change), reason=f"{take.number}: {reason}",
                reference=take.number, at=at + timedelta(days=1), **ends,
            )  # fmt: skip
            add_movement(session, draft, MANAGER)
