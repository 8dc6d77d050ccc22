"""The stock ledger (issue 12, procedure §6.2): on-hand is the sum of movements, a
location never goes below zero on this laptop, a serial is at one place, the
migration keeps the catalogue and part usage, and the Stock page shows the demo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from app.db import schema
from app.db.engine import make_engine
from app.db.fieldwork import Part
from app.db.models import User
from app.db.stock import StockLocation, StockMovement
from app.domain.enums import LocationKind, MovementKind, UserRole
from app.domain.stock import StockRefusal
from app.paths import backups_dir, database_path
from app.services.stock import ledger, views
from app.services.stock.ledger import MovementDraft, record_movement
from app.services.store import Store
from tests.db_templates import DemoSeed
from tests.test_schema import alembic_config

K = MovementKind


def _user(store: Store, login: str, role: UserRole) -> None:
    with store.session() as session:
        session.add(User(display_name=login, login=login, role=role))


def _part(store: Store, number: str, serialised: bool = False, level: float = 0) -> str:
    with store.session() as session:
        part = Part(
            part_number=number, description=f"{number} 部件", serialised=serialised,
            reorder_level=level,
        )  # fmt: skip
        session.add(part)
        session.flush()
        return part.id


def _location(store: Store, name: str, kind: LocationKind = LocationKind.WAREHOUSE) -> str:
    with store.session() as session:
        row = StockLocation(kind=kind, name_zh=name, name_en=name, holder_login="")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def office(store: Store) -> Store:
    _user(store, "sun.li", UserRole.PARTS_ADMINISTRATOR)
    store.user_login = "sun.li"
    return store


def _on_hand(store: Store) -> dict[tuple[str, str], float]:
    with store.reading() as session:
        return views.on_hand_totals(session)


def test_on_hand_is_the_sum_of_the_movements(office: Store) -> None:
    part = _part(office, "P-1", level=5)
    warehouse, kit = _location(office, "仓库"), _location(office, "箱", LocationKind.KIT)
    record_movement(office, MovementDraft(K.RECEIPT, part, 10, to_location_id=warehouse))
    record_movement(
        office,
        MovementDraft(K.TRANSFER, part, 3, from_location_id=warehouse, to_location_id=kit),
    )
    record_movement(
        office, MovementDraft(K.SCRAP, part, 2, from_location_id=warehouse, reason="破损")
    )
    assert _on_hand(office) == {(warehouse, part): 5.0, (kit, part): 3.0}
    rows = {r.location.name_zh: r for r in views.stock_view(office).rows}
    assert rows["仓库"].quantity == 5 and rows["仓库"].low  # at the reorder level
    assert rows["箱"].quantity == 3 and not rows["箱"].low  # kits are not reordered
    kinds = [m.kind for m in views.history(office, part)]
    assert sorted(kinds) == sorted([K.RECEIPT, K.TRANSFER, K.SCRAP])
    with office.reading() as session:  # nothing stores a quantity but the movements
        assert session.scalar(select(StockMovement.quantity).limit(1)) is not None
        assert not hasattr(Part, "on_hand") and not hasattr(StockLocation, "on_hand")


def test_a_movement_below_zero_is_refused_with_a_reason(office: Store) -> None:
    part = _part(office, "P-2")
    warehouse = _location(office, "仓库")
    record_movement(office, MovementDraft(K.RECEIPT, part, 2, to_location_id=warehouse))
    with pytest.raises(StockRefusal) as refused:
        record_movement(
            office, MovementDraft(K.SCRAP, part, 3, from_location_id=warehouse, reason="x")
        )
    assert refused.value.args_ == (("仓库", "仓库"), "2", "P-2")
    assert "below zero" in refused.value.message
    assert _on_hand(office) == {(warehouse, part): 2.0}


@pytest.mark.parametrize(
    ("draft_fields", "message"),
    [
        ({"kind": K.RECEIPT, "quantity": 0}, "more than zero"),
        ({"kind": K.RECEIPT, "to": None}, "goes to"),
        ({"kind": K.ISSUE, "to": None, "source": True}, "work order"),
        ({"kind": K.SCRAP, "to": None, "source": True}, "reason"),
        ({"kind": K.ADJUSTMENT, "source": True}, "either adds to or takes from"),
    ],
)
def test_a_movement_must_fit_its_kind(
    office: Store, draft_fields: dict[str, object], message: str
) -> None:
    part = _part(office, "P-3")
    warehouse = _location(office, "仓库")
    record_movement(office, MovementDraft(K.RECEIPT, part, 5, to_location_id=warehouse))
    kind = draft_fields["kind"]
    assert isinstance(kind, MovementKind)
    quantity = draft_fields.get("quantity", 1)
    assert isinstance(quantity, int)
    draft = MovementDraft(
        kind,
        part,
        quantity,
        from_location_id=warehouse if draft_fields.get("source") else None,
        to_location_id=None if "to" in draft_fields else warehouse,
    )
    with pytest.raises(StockRefusal) as refused:
        record_movement(office, draft)
    assert message in refused.value.message


def test_a_serial_is_at_exactly_one_place(office: Store) -> None:
    magnetron = _part(office, "MAG-1", serialised=True)
    warehouse, kit = _location(office, "仓库"), _location(office, "箱", LocationKind.KIT)
    record_movement(
        office, MovementDraft(K.RECEIPT, magnetron, 1, to_location_id=warehouse, serial="S1")
    )
    with pytest.raises(StockRefusal, match="already in stock"):
        record_movement(
            office, MovementDraft(K.RECEIPT, magnetron, 1, to_location_id=kit, serial="S1")
        )
    with pytest.raises(StockRefusal, match="serialised"):  # no serial given
        record_movement(office, MovementDraft(K.RECEIPT, magnetron, 1, to_location_id=kit))
    record_movement(
        office,
        MovementDraft(
            K.TRANSFER, magnetron, 1, from_location_id=warehouse, to_location_id=kit, serial="S1"
        ),
    )
    record_movement(  # another serial in the warehouse: on-hand there is 1 again
        office, MovementDraft(K.RECEIPT, magnetron, 1, to_location_id=warehouse, serial="S2")
    )
    with pytest.raises(StockRefusal) as refused:  # S1 is in the kit now, not the warehouse
        record_movement(
            office,
            MovementDraft(K.REPAIR_OUT, magnetron, 1, from_location_id=warehouse, serial="S1"),
        )
    assert refused.value.args_ == ("S1", ("仓库", "仓库"))
    with office.reading() as session:
        assert ledger.serial_locations(session, magnetron, "S1") == {kit: 1}
        assert ledger.serial_locations(session, magnetron, "S2") == {warehouse: 1}


def test_engineers_do_not_record_movements_and_see_only_their_kit(store: Store) -> None:
    _user(store, "li.na", UserRole.ENGINEER)
    _user(store, "sun.li", UserRole.PARTS_ADMINISTRATOR)
    part = _part(store, "P-4")
    warehouse = _location(store, "仓库")
    with store.session() as session:
        kit = StockLocation(kind=LocationKind.KIT, name_zh="李娜的箱", holder_login="li.na")
        session.add(kit)
        session.flush()
        kit_id = kit.id
    store.user_login = "sun.li"
    record_movement(store, MovementDraft(K.RECEIPT, part, 4, to_location_id=warehouse))
    record_movement(
        store,
        MovementDraft(K.TRANSFER, part, 1, from_location_id=warehouse, to_location_id=kit_id),
    )
    store.user_login = "li.na"
    with pytest.raises(StockRefusal, match="Only the parts administrator"):
        record_movement(store, MovementDraft(K.RECEIPT, part, 1, to_location_id=kit_id))
    view = views.stock_view(store)
    assert not view.may_record
    assert [(r.location.name_zh, r.quantity) for r in view.rows] == [("李娜的箱", 1.0)]


def test_migration_0018_upgrades_a_database_with_parts_and_part_usage(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0012")
        stamps = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
        con.exec_driver_sql(
            f"INSERT INTO part (part_number, description, unit, id, created_at, updated_at, "
            f"updated_by, deleted_at) VALUES ('DEMO-1', '磁控管', 'pc', 'p1', {stamps})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0012"
    store = Store(opened.engine, data_dir, "sun.li")
    with store.reading() as session:
        part = session.get(Part, "p1")
        assert part is not None
        assert (part.part_number, part.unit, part.serialised, part.reorder_level) == (
            "DEMO-1", "pc", False, 0.0,
        )  # fmt: skip
    _user(store, "sun.li", UserRole.PARTS_ADMINISTRATOR)
    warehouse = _location(store, "仓库")
    record_movement(store, MovementDraft(K.RECEIPT, "p1", 2, to_location_id=warehouse))
    assert _on_hand(store) == {(warehouse, "p1"): 2.0}
    opened.engine.dispose()


# --- the demo and the page ----------------------------------------------------------------

TODAY = date(2026, 6, 15)


@pytest.fixture
def demo(demo_seed: DemoSeed, tmp_path: Path) -> Iterator[Store]:
    """The demo (seeded after the QApplication: its letterhead draws with Qt)."""
    data = tmp_path / "demo"
    opened = schema.open_database(database_path(data), backups_dir(data))
    store = Store(opened.engine, data, "sun.li")
    demo_seed(store, TODAY)
    yield store
    opened.engine.dispose()


def test_the_demo_stock_follows_the_ledger_rules(demo: Store) -> None:
    with demo.reading() as session:
        kinds = [m.kind for m in session.scalars(select(StockMovement))]
        locations = session.scalars(select(StockLocation)).all()
    assert {K.RECEIPT, K.TRANSFER, K.ISSUE, K.SCRAP, K.REPAIR_OUT, K.ADJUSTMENT} <= set(kinds)
    assert len(kinds) >= 200
    from app.demo.people import USERS

    field = {p.login for p in USERS if p.role in (UserRole.ENGINEER, UserRole.REPAIR_TECHNICIAN)}
    assert {loc.holder_login for loc in locations if loc.kind is LocationKind.KIT} == field
    assert any("南京" in loc.name_zh for loc in locations if loc.kind is LocationKind.WAREHOUSE)
    assert all(q >= 0 for q in _on_hand(demo).values())


def _cell(page: Any, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return str(item.text())


def _background(page: Any, row: int, column: int) -> Any:
    item = page.table.item(row, column)
    assert item is not None
    return item.background().color()


def test_the_stock_page_shows_the_demo_on_hand(qtbot: QtBot, demo: Store) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.stock.stock_page import LOW, StockPage

    settings = QSettings(str(demo.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo, settings, "K7M3")
    qtbot.addWidget(window)
    window.show()
    page = window.page("stock").list_page
    assert isinstance(page, StockPage)
    assert page.view is None  # nothing read before the page is shown
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page("stock")
    with demo.reading() as session:  # the sums in plain SQL, beside the page's query
        sql = (
            "SELECT p.part_number, SUM(CASE WHEN m.to_location_id = l.id THEN m.quantity "
            "ELSE -m.quantity END) FROM stock_movement m JOIN part p ON p.id = m.part_id "
            "JOIN stock_location l ON l.id IN (m.to_location_id, m.from_location_id) "
            "GROUP BY l.id, p.id HAVING SUM(CASE WHEN m.to_location_id = l.id "
            "THEN m.quantity ELSE -m.quantity END) != 0"
        )
        expected = Counter((n, float(q)) for n, q in session.execute(text(sql)))
    rows = range(page.table.rowCount())
    shown = Counter((_cell(page, r, 1), float(_cell(page, r, 3))) for r in rows)
    assert shown == expected and len(expected) > 10
    assert page.record_button.isEnabled()
    # the demo's room-laser module is under its reorder level, and the magnetron at it
    # (one went out for repair, RMA): both highlighted
    low = [_cell(page, r, 1) for r in rows if _background(page, r, 3) == LOW]
    assert low == ["DEMO-100-0003", "DEMO-100-0008"]
    with qtbot.waitSignal(page.loaded, timeout=10000):  # filtered in SQL, in a worker
        page.filter.setText("Magnetron")
    assert {_cell(page, r, 1) for r in range(page.table.rowCount())} == {"DEMO-100-0003"}
    out = demo.data_dir / "stock.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000) as written:  # in a worker
        page.export_to(out)
    assert written.args == [page.table.rowCount()]
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(2, 2).value == "DEMO-100-0003"


def test_the_catalogue_records_serialised_parts_and_reorder_levels(store: Store) -> None:
    from app.domain.records import ValidationError
    from app.services.registry import parts

    made = parts.create_part(
        store, parts.PartDraft("MAG-9", "磁控管", serialised=True, reorder_level=2)
    )
    with store.reading() as session:
        part = session.get(Part, made.id)
        assert part is not None and (part.serialised, part.reorder_level) == (True, 2.0)
    with pytest.raises(ValidationError) as refused:
        parts.create_part(store, parts.PartDraft("MAG-10", "磁控管", reorder_level=-1))
    assert [e.field for e in refused.value.errors] == ["reorder_level"]


def test_a_refusal_names_the_location_in_the_screen_language(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from app.domain import stock as rules
    from app.ui.stock.names import refusal_text

    refusal = StockRefusal(rules.M_SERIAL_ELSEWHERE, "S1", ("南京中心仓库", "Nanjing warehouse"))
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en"))
        assert refusal_text(refusal) == "Serial S1 is not at Nanjing warehouse."
        QLocale.setDefault(QLocale("zh_CN"))
        assert "南京中心仓库" in refusal_text(refusal)
    finally:
        QLocale.setDefault(before)


def test_the_demo_has_signed_slips_and_an_approved_stocktake(demo: Store) -> None:
    from app.db.stocktake import StockIssue, Stocktake, StocktakeLine
    from app.domain.enums import StocktakeState
    from app.services.stock import stocktake

    with demo.reading() as session:
        slips = session.scalars(select(StockIssue)).all()
        [take] = session.scalars(select(Stocktake)).all()
        assert session.scalar(select(StocktakeLine.id).limit(1)) is not None
    assert len(slips) >= 10 and all(s.receiver_name and s.strokes for s in slips)
    sheet = stocktake.load(demo, take.id)
    assert sheet.state is StocktakeState.APPROVED
    assert sorted(line.count.variance for line in sheet.variances) == [-1.0, 1.0]
    assert all(line.count.reason for line in sheet.variances)
