"""Stocktake and issue (issue 12, procedure §6.2.3, §6.3): a variance needs its reason,
only the manager's approval writes adjustments, a serial is never in two places, an
engineer's kit issue goes below zero flagged (never refused) while the warehouse
refuses, the receiver signs every slip, and a repair's part line draws from the kit."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from app.db import schema
from app.db.engine import make_engine
from app.db.models import User
from app.db.stock import StockMovement
from app.db.stocktake import StockIssue, Stocktake
from app.domain.enums import LocationKind, MovementKind, StocktakeState, UserRole
from app.domain.signatures import strokes_from_json
from app.domain.stock import StockRefusal
from app.paths import backups_dir, database_path
from app.services.registry import parts as catalogue
from app.services.stock import issue, stocktake, views
from app.services.stock.issue import IssueDraft, IssueLine
from app.services.stock.ledger import MovementDraft, record_movement
from app.services.store import Store
from tests.factories import SCRIBBLE
from tests.test_schema import alembic_config
from tests.test_stock import _location, _part, _user

K = MovementKind
STROKES = strokes_from_json(SCRIBBLE)


def _as(store: Store, login: str) -> Store:
    store.user_login = login
    return store


@pytest.fixture
def office(store: Store) -> Store:
    _user(store, "sun.li", UserRole.PARTS_ADMINISTRATOR)
    _user(store, "li.na", UserRole.SERVICE_MANAGER)
    _user(store, "zhang.wei", UserRole.ENGINEER)
    _user(store, "wu.qc", UserRole.QUALITY_CONTROL)
    return _as(store, "sun.li")


def _kit(store: Store, holder: str) -> str:
    from app.db.stock import StockLocation

    with store.session() as session:
        row = StockLocation(
            kind=LocationKind.KIT, name_zh=f"{holder}的备件箱", name_en=f"{holder}'s kit",
            holder_login=holder,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def _on_hand(store: Store, location: str) -> dict[str, float]:
    with store.reading() as session:
        return views.on_hand_at(session, location)


def _movements(store: Store) -> list[StockMovement]:
    with store.reading() as session:
        return list(session.scalars(select(StockMovement).order_by(StockMovement.created_at)))


def _counted_warehouse(office: Store) -> tuple[str, str, str, str]:
    warehouse = _location(office, "仓库")
    bolts, pump = _part(office, "BOLT"), _part(office, "PUMP")
    record_movement(office, MovementDraft(K.RECEIPT, bolts, 10, to_location_id=warehouse))
    record_movement(office, MovementDraft(K.RECEIPT, pump, 2, to_location_id=warehouse))
    take = stocktake.begin(office, warehouse)
    return warehouse, bolts, pump, take


def test_a_variance_needs_its_reason_before_submission(office: Store) -> None:
    warehouse, bolts, pump, take = _counted_warehouse(office)
    sheet = stocktake.load(office, take)
    assert [(x.part_number, x.count.book) for x in sheet.lines] == [("BOLT", 10.0), ("PUMP", 2.0)]
    stocktake.set_count(office, take, bolts, 8)  # 盘亏 of 2, no reason yet
    stocktake.set_count(office, take, pump, 2)
    with pytest.raises(StockRefusal) as refused:
        stocktake.submit(office, take)
    assert refused.value.args_ == ("BOLT", "-2")
    assert stocktake.load(office, take).state is StocktakeState.COUNTING
    stocktake.set_count(office, take, bolts, 8, "两颗用于 WO-17 未登记")
    stocktake.submit(office, take)
    assert stocktake.load(office, take).state is StocktakeState.SUBMITTED


def test_only_the_managers_approval_writes_the_adjustments(office: Store) -> None:
    warehouse, bolts, pump, take = _counted_warehouse(office)
    stocktake.set_count(office, take, bolts, 8, "盘亏：丢失")
    stocktake.set_count(office, take, pump, 3, "盘盈：上次收货未入账")
    stocktake.submit(office, take)
    before = len(_movements(office))
    with pytest.raises(StockRefusal, match="service manager approves"):
        stocktake.approve(office, take)  # the parts administrator counts, never approves
    assert len(_movements(office)) == before
    assert _on_hand(office, warehouse) == {bolts: 10.0, pump: 2.0}
    written = stocktake.approve(_as(office, "li.na"), take, "同意")
    assert written == 2
    assert _on_hand(office, warehouse) == {bolts: 8.0, pump: 3.0}
    adjustments = [m for m in _movements(office) if m.kind is K.ADJUSTMENT]
    assert {(m.from_location_id, m.to_location_id, m.quantity) for m in adjustments} == {
        (warehouse, None, 2.0),
        (None, warehouse, 1.0),
    }
    assert all(m.reference == stocktake.load(office, take).number for m in adjustments)
    assert all(m.reason.startswith("STK-") and "：" in m.reason for m in adjustments)
    assert stocktake.load(office, take).state is StocktakeState.APPROVED
    with pytest.raises(StockRefusal):  # decided once
        stocktake.approve(office, take)


def test_a_rejected_count_goes_back_with_a_note_and_writes_nothing(office: Store) -> None:
    warehouse, bolts, _pump, take = _counted_warehouse(office)
    stocktake.set_count(office, take, bolts, 9, "?")
    stocktake.submit(office, take)
    manager = _as(office, "li.na")
    with pytest.raises(StockRefusal, match="sent back"):
        stocktake.reject(manager, take, " ")
    stocktake.reject(manager, take, "请复盘螺栓")
    sheet = stocktake.load(office, take)
    assert (sheet.state, sheet.decision_note) == (StocktakeState.COUNTING, "请复盘螺栓")
    assert not [m for m in _movements(office) if m.kind is K.ADJUSTMENT]


def test_a_scanner_counts_parts_and_serials(office: Store) -> None:
    warehouse = _location(office, "仓库")
    bolts = _part(office, "BOLT")
    tube = _part(office, "TUBE", serialised=True)
    record_movement(office, MovementDraft(K.RECEIPT, bolts, 3, to_location_id=warehouse))
    for serial in ("T-1", "T-2"):
        record_movement(
            office, MovementDraft(K.RECEIPT, tube, 1, to_location_id=warehouse, serial=serial)
        )
    take = stocktake.begin(office, warehouse)
    for code in ("BOLT", "BOLT", "T-2", " BOLT "):
        stocktake.scan(office, take, code)
    with pytest.raises(StockRefusal) as unknown:
        stocktake.scan(office, take, "NOPE-9")
    assert unknown.value.args_ == ("NOPE-9",)
    lines = {x.part_number: x.count for x in stocktake.load(office, take).lines}
    assert lines["BOLT"].found == 3 and not lines["BOLT"].differs
    assert lines["TUBE"].book_serials == ("T-1", "T-2")
    assert lines["TUBE"].missing_serials == ("T-1",) and lines["TUBE"].variance == -1
    stocktake.set_count(office, take, tube, None, "T-1 送修未登记", serials=["T-2"])
    stocktake.submit(office, take)
    stocktake.approve(_as(office, "li.na"), take)
    [gone] = [m for m in _movements(office) if m.kind is K.ADJUSTMENT]
    assert (gone.serial, gone.from_location_id) == ("T-1", warehouse)


def test_a_surplus_serial_held_elsewhere_is_never_in_two_places(office: Store) -> None:
    warehouse, kit = _location(office, "仓库"), _kit(office, "zhang.wei")
    tube = _part(office, "TUBE", serialised=True)
    record_movement(office, MovementDraft(K.RECEIPT, tube, 1, to_location_id=kit, serial="T-9"))
    take = stocktake.begin(office, warehouse)
    stocktake.set_count(office, take, tube, None, "在仓库找到", serials=["T-9"])
    stocktake.submit(office, take)
    with pytest.raises(StockRefusal) as refused:
        stocktake.approve(_as(office, "li.na"), take)
    assert "already in stock" in refused.value.message
    assert stocktake.load(office, take).state is StocktakeState.SUBMITTED
    assert not [m for m in _movements(office) if m.kind is K.ADJUSTMENT]


def test_a_kit_issue_goes_below_zero_flagged_but_the_warehouse_refuses(office: Store) -> None:
    warehouse, kit = _location(office, "仓库"), _kit(office, "zhang.wei")
    fuse = _part(office, "FUSE")
    order = _order(office)
    engineer = _as(office, "zhang.wei")
    done = issue.issue_parts(
        engineer,
        IssueDraft(order, kit, [IssueLine(fuse, 2)], "张伟", STROKES, receiver_login="zhang.wei"),
    )
    assert done.below_zero == ["FUSE"] and done.number.startswith("ISS-")
    assert _on_hand(office, kit) == {fuse: -2.0}
    page = views.stock_page(engineer, low_only=True)
    assert [(r.part.part_number, r.quantity, r.negative) for r in page.rows] == [
        ("FUSE", -2.0, True)
    ]
    with pytest.raises(StockRefusal, match="below zero"):
        issue.issue_parts(
            _as(office, "sun.li"),
            IssueDraft(order, warehouse, [IssueLine(fuse, 1)], "张伟", STROKES),
        )


def _order(store: Store) -> str:
    from tests.factories import hospital_with_unit, work_order

    login = store.user_login
    store.user_login = "li.na"  # the manager enters the job
    _, _, unit = hospital_with_unit(store)
    order = work_order(store, unit).id
    store.user_login = login
    return order


def test_the_receiver_signs_every_slip(office: Store) -> None:
    warehouse = _location(office, "仓库")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 5, to_location_id=warehouse))
    order = _order(office)
    for name, strokes, message in (("", STROKES, "print the name"), ("张伟", (), "on the pad")):
        with pytest.raises(StockRefusal, match=message):
            issue.issue_parts(
                office, IssueDraft(order, warehouse, [IssueLine(fuse, 1)], name, strokes)
            )
    done = issue.issue_parts(
        office, IssueDraft(order, warehouse, [IssueLine(fuse, 2)], "张伟", STROKES)
    )
    slip = issue.load_slip(office, done.id)
    assert (slip.receiver_name, [(x.part_number, x.quantity) for x in slip.lines]) == (
        "张伟",
        [("FUSE", 2.0)],
    )
    assert slip.strokes and _on_hand(office, warehouse) == {fuse: 3.0}
    with office.reading() as session:
        assert session.scalar(select(StockIssue.receiver_name)) == "张伟"


def test_engineers_move_only_their_own_kit(office: Store) -> None:
    warehouse = _location(office, "仓库")
    mine, theirs = _kit(office, "zhang.wei"), _kit(office, "wang.fang")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 3, to_location_id=mine))
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 3, to_location_id=theirs))
    engineer = _as(office, "zhang.wei")
    issue.transfer_back(engineer, fuse, 2, warehouse)
    assert _on_hand(office, mine) == {fuse: 1.0}
    assert _on_hand(office, warehouse) == {fuse: 2.0}
    for draft in (
        MovementDraft(K.TRANSFER, fuse, 1, from_location_id=theirs, to_location_id=warehouse),
        MovementDraft(K.RECEIPT, fuse, 1, to_location_id=mine),
        MovementDraft(K.TRANSFER, fuse, 1, from_location_id=warehouse, to_location_id=mine),
    ):
        with pytest.raises(StockRefusal, match="own kit"):
            record_movement(engineer, draft)
    with pytest.raises(StockRefusal, match="parts administrator counts"):
        stocktake.begin(engineer, mine)
    with pytest.raises(StockRefusal, match="parts administrator counts"):
        stocktake.begin(_as(office, "wu.qc"), mine)


def test_a_part_fitted_on_a_repair_draws_from_the_kit_and_comes_back(office: Store) -> None:
    kit = _kit(office, "zhang.wei")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 1, to_location_id=kit))
    order = _order(office)
    engineer = _as(office, "zhang.wei")
    usage = catalogue.record_usage(engineer, order, catalogue.UsageDraft(part_id=fuse, quantity=2))
    assert _on_hand(office, kit) == {fuse: -1.0}  # flagged below zero, never refused
    [drawn] = [m for m in _movements(office) if m.kind is K.ISSUE]
    assert (drawn.work_order_id, drawn.reference) == (order, f"usage:{usage}")
    assert [f.work_order_number for f in views.fitted_on(office, fuse)] != []
    catalogue.remove_usage(engineer, usage)
    assert _on_hand(office, kit) == {fuse: 1.0}


def test_a_serialised_part_fitted_never_fails_the_repair_record(office: Store) -> None:
    kit = _kit(office, "zhang.wei")
    tube = _part(office, "TUBE", serialised=True)
    record_movement(office, MovementDraft(K.RECEIPT, tube, 1, to_location_id=kit, serial="T-1"))
    order = _order(office)
    engineer = _as(office, "zhang.wei")
    for serial in ("", "T-404"):  # not said, or not in the kit: the line is kept, no draw
        catalogue.record_usage(
            engineer, order, catalogue.UsageDraft(part_id=tube, quantity=1, serial_in=serial)
        )
    assert _on_hand(office, kit) == {tube: 1.0}
    catalogue.record_usage(
        engineer, order, catalogue.UsageDraft(part_id=tube, quantity=1, serial_in="T-1")
    )
    assert _on_hand(office, kit) == {tube: 0.0}
    assert len(catalogue.usages_of(office, order)) == 3


def test_migration_0023_upgrades_a_database_with_stock(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0019")
        stamps = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
        con.exec_driver_sql(
            f"INSERT INTO part (part_number, description, unit, serialised, reorder_level, id, "
            f"created_at, updated_at, updated_by, deleted_at) "
            f"VALUES ('DEMO-1', '磁控管', 'pc', 0, 1, 'p1', {stamps})"
        )
        con.exec_driver_sql(
            f"INSERT INTO stock_location (kind, name_zh, name_en, holder_login, active, id, "
            f"created_at, updated_at, updated_by, deleted_at) "
            f"VALUES ('warehouse', '仓库', 'Store', '', 1, 'w1', {stamps})"
        )
        con.exec_driver_sql(
            f"INSERT INTO stock_movement (kind, part_id, quantity, to_location_id, serial, "
            f"reason, reference, by_login, at, id, created_at, updated_at, updated_by, "
            f"deleted_at) VALUES ('receipt', 'p1', 4, 'w1', '', '', '', 'old', "
            f"'2026-01-05 09:00:00.000000', 'm1', {stamps})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019"
    store = Store(opened.engine, data_dir, "sun.li")
    _user(store, "sun.li", UserRole.PARTS_ADMINISTRATOR)
    _user(store, "li.na", UserRole.SERVICE_MANAGER)
    take = stocktake.begin(store, "w1")
    stocktake.set_count(store, take, "p1", 3, "破损")
    stocktake.submit(store, take)
    stocktake.approve(_as(store, "li.na"), take)
    assert _on_hand(store, "w1") == {"p1": 3.0}
    with store.reading() as session:
        assert session.scalar(select(Stocktake.state)) is StocktakeState.APPROVED
        assert session.get(User, "x") is None
        indexes = session.scalars(
            text("SELECT name FROM sqlite_master WHERE tbl_name = 'stock_movement'")
        ).all()
    assert {"ix_stock_movement_to_on_hand", "ix_stock_movement_from_on_hand"} <= set(indexes)
    opened.engine.dispose()


def _pdf_text(data: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert fonts and all("+WenQuanYi" in f for f in fonts), fonts  # embedded subsets only
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_the_stocktake_pdfs_print_the_count_and_the_variances(office: Store) -> None:
    warehouse, bolts, pump, take = _counted_warehouse(office)
    sheet = _pdf_text(stocktake.sheet_pdf(office, take, "zh_CN", result=False))
    assert "盘点表" in sheet and "BOLT" in sheet and "PUMP" in sheet and "件" in sheet
    stocktake.set_count(office, take, bolts, 7, "三颗用于 WO-17 未登记")
    stocktake.submit(office, take)
    stocktake.approve(_as(office, "li.na"), take, "同意调整")
    result = _pdf_text(stocktake.sheet_pdf(office, take, "zh_CN", result=True))
    assert "盘点结果" in result and "已批准" in result and "同意调整" in result
    assert "-3 盘亏" in result and "三颗用于 WO-17 未登记" in result
    english = _pdf_text(stocktake.sheet_pdf(office, take, "en", result=True))
    assert "-3 shortage" in english and "Approved" in english and "\npc\n" in english


def test_the_issue_slip_pdf_carries_the_receivers_name(office: Store) -> None:
    warehouse = _location(office, "仓库")
    fuse = _part(office, "FUSE")
    record_movement(office, MovementDraft(K.RECEIPT, fuse, 5, to_location_id=warehouse))
    done = issue.issue_parts(
        office, IssueDraft(_order(office), warehouse, [IssueLine(fuse, 2)], "张伟", STROKES)
    )
    with office.session() as session:  # the issuer is named as a person, not a login
        session.scalars(select(User).where(User.login == "sun.li")).one().display_name = "孙丽"
    text = _pdf_text(issue.slip_pdf(office, done.id, "zh_CN"))
    assert "配件领料单" in text and done.number in text and "张伟" in text and "FUSE" in text
    assert "领料人签字" in text and "孙丽" in text and "sun.li" not in text
