"""Purchasing (procedure §6.1, issue 12): the catalogue's details and suppliers, plans
drafted from demand (urgent repairs first), the service manager's approval, orders per
supplier, receiving with the quality check, the Excel import and the plan export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.db import schema
from app.db.engine import make_engine
from app.db.fieldwork import Part
from app.db.models import User, WorkOrder
from app.db.purchasing import PurchaseOrder, PurchasePlanLine, PurchaseReceipt, Supplier
from app.db.stock import StockLocation, StockMovement
from app.domain import purchasing as rules
from app.domain.awaited_parts import AwaitedPartDraft
from app.domain.enums import (
    DemandSource,
    LocationKind,
    PlanDecision,
    Priority,
    UserRole,
    WorkOrderState,
)
from app.domain.purchasing import PurchaseRefusal
from app.paths import backups_dir, database_path
from app.services.purchasing import catalogue, orders, parts_import, plans
from app.services.purchasing.catalogue import OfferDraft, PartDetails, SupplierDraft
from app.services.purchasing.orders import ReceiptDraft
from app.services.stock.ledger import on_hand_of
from app.services.store import Store
from tests.db_templates import DemoSeed
from tests.test_schema import alembic_config

TODAY = date(2026, 6, 15)
ADMIN, MANAGER, QC = "sun.li", "zhou.jianguo", "wu.min"


def _users(store: Store) -> None:
    with store.session() as session:
        for login, role in (
            (ADMIN, UserRole.PARTS_ADMINISTRATOR),
            (MANAGER, UserRole.SERVICE_MANAGER),
            (QC, UserRole.QUALITY_CONTROL),
        ):
            session.add(User(display_name=login, login=login, role=role))


def as_user(store: Store, login: str) -> Store:
    store.user_login = login
    return store


@pytest.fixture
def office(store: Store) -> Store:
    _users(store)
    return as_user(store, ADMIN)


def _part(store: Store, number: str, **fields: Any) -> str:
    return catalogue.save_part(
        store, None, PartDetails(part_number=number, description=f"{number} 部件", **fields)
    )


def _supplier(store: Store, name: str, offers: dict[str, tuple[float, int]]) -> str:
    supplier = catalogue.save_supplier(store, None, SupplierDraft(name, "王海", "021 1234"))
    for part_id, (price, lead) in offers.items():
        catalogue.save_offer(store, None, OfferDraft(supplier, part_id, "S-1", price, "CNY", lead))
    return supplier


def _warehouse(store: Store) -> str:
    with store.session() as session:
        row = StockLocation(kind=LocationKind.WAREHOUSE, name_zh="南京中心仓库", name_en="Nanjing")
        session.add(row)
        session.flush()
        return row.id


def _waiting_repair(store: Store, part_id: str, urgent: bool, quantity: float = 1) -> str:
    """A repair in "awaiting parts" for `part_id`."""
    from app.services.work_orders import workflow
    from tests import factories

    s = WorkOrderState
    login = store.user_login
    store.user_login = "tester"
    _, _, unit = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit)
    for state in (s.ACKNOWLEDGED, s.ON_SITE, s.IN_PROGRESS):
        workflow.move(store, order.id, state, UserRole.ENGINEER)
    awaited = AwaitedPartDraft(part_id, quantity=quantity, expected_on=TODAY)
    workflow.move(store, order.id, s.AWAITING_PARTS, UserRole.ENGINEER, awaited=[awaited])
    with store.session() as session:
        row = session.get(WorkOrder, order.id)
        assert row is not None
        row.priority = Priority.URGENT if urgent else Priority.NORMAL
    store.user_login = login
    return order.id


# --- the catalogue -------------------------------------------------------------------------


def test_the_catalogue_keeps_every_field_and_only_the_office_writes_it(office: Store) -> None:
    details = PartDetails(
        "MAG-1", "磁控管", "pc", True, 1, "Magnetron", "MG6028, M-6028", "射频 RF", "e2v",
        "MG6028 3.1 MW", "Elekta Synergy", 268000, 2, False,
    )  # fmt: skip
    part_id = catalogue.save_part(office, None, details)
    assert catalogue.part_details(office, part_id) == details
    supplier = _supplier(office, "北京东方射频", {part_id: (255000, 45)})
    [row] = catalogue.suppliers(office)
    assert (row.id, row.contact_person) == (supplier, "王海")
    assert [(o.part_number, o.unit_price, o.lead_time_days) for o in row.offers] == [
        ("MAG-1", 255000, 45)
    ]
    as_user(office, QC)  # quality control reads, never writes
    with pytest.raises(PurchaseRefusal) as refused:
        catalogue.save_part(office, part_id, details)
    assert refused.value.message == rules.M_NOT_KEEPER
    assert [r.details.part_number for r in catalogue.catalogue(office)] == ["MAG-1"]


# --- plans and approval --------------------------------------------------------------------


def test_a_plan_is_drafted_from_demand_urgent_repairs_first(office: Store) -> None:
    motor = _part(office, "MLC-1")
    pump = _part(office, "PUMP-1")
    filt = _part(office, "FILT-1", reorder_level=4, reorder_quantity=10)
    _supplier(office, "上海", {motor: (2000, 14), pump: (9000, 30), filt: (600, 7)})
    normal = _waiting_repair(office, pump, urgent=False)
    urgent = _waiting_repair(office, motor, urgent=True, quantity=2)
    plan_id = plans.draft_plan(office, TODAY, "六月")
    assert plan_id is not None
    view = plans.plan_view(office, plan_id)
    assert [(x.part_number, x.quantity, x.source, x.urgent) for x in view.lines] == [
        ("MLC-1", 2, DemandSource.REPAIR, True),
        ("PUMP-1", 1, DemandSource.REPAIR, False),
        ("FILT-1", 10, DemandSource.REORDER, False),
    ]
    with office.reading() as session:
        numbers = {
            o: session.get(WorkOrder, o).number  # type: ignore[union-attr]
            for o in (urgent, normal)
        }
    assert [x.work_order_number for x in view.lines[:2]] == [numbers[urgent], numbers[normal]]
    assert [x.unit_price for x in view.lines] == [2000, 9000, 600]  # the supplier's offers
    assert all(x.decision is PlanDecision.PENDING for x in view.lines)
    # what is planned is not planned again
    assert plans.draft_plan(office, TODAY) is None


def _plan(office: Store) -> tuple[str, list[str], dict[str, str]]:
    motor = _part(office, "MLC-1")
    pump = _part(office, "PUMP-1")
    tube = _part(office, "TUBE-1", serialised=True)
    a = _supplier(office, "上海", {motor: (2000, 14), tube: (800000, 60)})
    b = _supplier(office, "南京", {pump: (9000, 30)})
    plan_id = plans.draft_plan(office, TODAY) or ""
    for part, quantity in ((motor, 4), (pump, 2), (tube, 2)):
        plans.add_line(office, plan_id, part, quantity, TODAY)
    lines = [x.id for x in plans.plan_view(office, plan_id).lines] if plan_id else []
    return plan_id, lines, {"a": a, "b": b, "motor": motor, "pump": pump, "tube": tube}


def test_only_the_service_manager_decides_and_a_rejection_needs_a_reason(office: Store) -> None:
    motor = _part(office, "MLC-1", reorder_level=1)
    _supplier(office, "上海", {motor: (2000, 14)})
    plan_id = plans.draft_plan(office, TODAY)
    assert plan_id is not None
    [line] = plans.plan_view(office, plan_id).lines
    with pytest.raises(PurchaseRefusal) as refused:  # the administrator may not approve
        plans.decide_line(office, line.id, PlanDecision.APPROVED)
    assert refused.value.message == rules.M_NOT_APPROVER
    with pytest.raises(PurchaseRefusal) as refused:  # nothing approved: nothing ordered
        orders.make_orders(office, plan_id, TODAY)
    assert refused.value.message == rules.M_NOTHING_TO_ORDER
    as_user(office, MANAGER)
    with pytest.raises(PurchaseRefusal) as refused:
        plans.decide_line(office, line.id, PlanDecision.REJECTED, "  ")
    assert refused.value.message == rules.M_REJECT_REASON
    plans.decide_line(office, line.id, PlanDecision.REJECTED, "库存可调拨")
    [decided] = plans.plan_view(office, plan_id).lines
    assert (decided.decision, decided.decision_reason, decided.decided_by) == (
        PlanDecision.REJECTED, "库存可调拨", MANAGER,
    )  # fmt: skip
    with pytest.raises(PurchaseRefusal) as refused:  # decided once
        plans.decide_line(office, line.id, PlanDecision.APPROVED)
    assert refused.value.message == rules.M_ALREADY_DECIDED
    with pytest.raises(PurchaseRefusal) as refused:  # a rejected line is never ordered
        orders.make_orders(office, plan_id, TODAY)
    assert refused.value.message == rules.M_NOTHING_TO_ORDER
    as_user(office, ADMIN)
    with pytest.raises(PurchaseRefusal) as refused:  # what the manager decided on stays
        plans.change_line(office, line.id, 5, None, 1)
    assert refused.value.message == rules.M_LINE_EDIT


def test_the_administrator_corrects_a_pending_line(office: Store) -> None:
    motor = _part(office, "MLC-1", reorder_level=1)
    _supplier(office, "上海", {motor: (2000, 14)})
    other = _supplier(office, "南京", {motor: (1900, 30)})
    plan_id = plans.draft_plan(office, TODAY) or ""
    [line] = plans.plan_view(office, plan_id).lines
    assert (line.supplier, line.unit_price) == ("南京", 1900)  # the cheapest offer
    with pytest.raises(PurchaseRefusal):
        plans.change_line(office, line.id, 0, other, 1900)
    plans.change_line(office, line.id, 8, None, 2100)
    [changed] = plans.plan_view(office, plan_id).lines
    assert (changed.quantity, changed.supplier_id, changed.unit_price) == (8, None, 2100)
    as_user(office, MANAGER)
    plans.decide_line(office, line.id, PlanDecision.APPROVED)
    as_user(office, ADMIN)
    with pytest.raises(PurchaseRefusal) as refused:  # approved without a supplier
        orders.make_orders(office, plan_id, TODAY)
    assert refused.value.message == rules.M_NO_SUPPLIER and refused.value.args_ == ("MLC-1",)


def test_approved_lines_become_one_order_per_supplier(office: Store) -> None:
    motor = _part(office, "MLC-1", model_spec="RE-13 12V", name_en="MLC motor")
    pump = _part(office, "PUMP-1")
    spare = _part(office, "FAN-1")
    a = _supplier(office, "上海", {motor: (2000, 14), spare: (300, 7)})
    b = _supplier(office, "南京", {pump: (9000, 30)})
    plan_id = plans.draft_plan(office, TODAY) or ""
    assert plan_id == ""  # no demand yet: nothing drafted
    _waiting_repair(office, motor, urgent=True, quantity=3)
    _waiting_repair(office, pump, urgent=False)
    _waiting_repair(office, spare, urgent=False)
    plan_id = plans.draft_plan(office, TODAY) or ""
    lines = {x.part_number: x.id for x in plans.plan_view(office, plan_id).lines}
    as_user(office, MANAGER)
    plans.decide_line(office, lines["MLC-1"], PlanDecision.APPROVED)
    plans.decide_line(office, lines["PUMP-1"], PlanDecision.APPROVED)
    # FAN-1 stays pending: it is not ordered
    as_user(office, ADMIN)
    made = orders.make_orders(office, plan_id, TODAY, "30 天付款")
    assert len(made) == 2
    by_supplier = {o.supplier: o for o in orders.orders(office)}
    shanghai, nanjing = by_supplier["上海"], by_supplier["南京"]
    assert [
        (x.part_number, x.quantity, x.unit_price, x.specification, x.model) for x in shanghai.lines
    ] == [("MLC-1", 3, 2000, "MLC-1 部件 MLC motor", "RE-13 12V")]
    assert (shanghai.delivery_date, nanjing.delivery_date) == (date(2026, 6, 29), date(2026, 7, 15))
    assert shanghai.terms == "30 天付款" and shanghai.open
    with office.reading() as session:
        suppliers = {o.supplier_id for o in session.scalars(select(PurchaseOrder))}
    assert suppliers == {a, b}
    view = plans.plan_view(office, plan_id)
    assert {x.part_number: x.order_number for x in view.lines} == {
        "MLC-1": shanghai.number, "PUMP-1": nanjing.number, "FAN-1": "",
    }  # fmt: skip
    with pytest.raises(PurchaseRefusal) as refused:  # ordered once
        orders.make_orders(office, plan_id, TODAY)
    assert refused.value.message == rules.M_NOTHING_TO_ORDER
    waiting = orders.waiting_for_repairs(office)
    assert [(w.part_number, w.priority_urgent, w.order_number) for w in waiting][0] == (
        "MLC-1", True, shanghai.number,
    )  # fmt: skip


def _ordered(office: Store, serialised: bool = False) -> tuple[str, str, str]:
    """One approved, ordered line of 5 (or 2 serialised): (order line id, part, order no)."""
    part = _part(office, "TUBE-1" if serialised else "MLC-1", serialised=serialised)
    _supplier(office, "上海", {part: (1000, 10)})
    _waiting_repair(office, part, urgent=True, quantity=2 if serialised else 5)
    plan_id = plans.draft_plan(office, TODAY) or ""
    [line] = plans.plan_view(office, plan_id).lines
    as_user(office, MANAGER)
    plans.decide_line(office, line.id, PlanDecision.APPROVED)
    as_user(office, ADMIN)
    orders.make_orders(office, plan_id, TODAY)
    [order] = orders.orders(office)
    return order.lines[0].id, part, order.number


def test_receiving_checks_quantity_and_quality_and_writes_receipts(office: Store) -> None:
    line_id, part, number = _ordered(office)
    warehouse = _warehouse(office)
    with pytest.raises(PurchaseRefusal) as refused:  # a rejection says why
        orders.receive(office, ReceiptDraft(line_id, 3, 1, "", warehouse))
    assert refused.value.message == rules.M_REJECTED_REASON
    with pytest.raises(PurchaseRefusal) as refused:  # no more than is owed
        orders.receive(office, ReceiptDraft(line_id, 6, 0, "", warehouse))
    assert refused.value.message == rules.M_TOO_MANY
    with pytest.raises(PurchaseRefusal) as refused:  # accepted goods go somewhere
        orders.receive(office, ReceiptDraft(line_id, 1, 0, "", None))
    assert refused.value.message == rules.M_LOCATION
    with pytest.raises(PurchaseRefusal):
        orders.receive(office, ReceiptDraft(line_id, 0, 0, "", warehouse))
    as_user(office, QC)
    with pytest.raises(PurchaseRefusal):
        orders.receive(office, ReceiptDraft(line_id, 1, 0, "", warehouse))
    as_user(office, ADMIN)
    orders.receive(office, ReceiptDraft(line_id, 3, 1, "外壳破裂", warehouse))
    with office.reading() as session:
        assert on_hand_of(session, warehouse, part) == 3
        [movement] = session.scalars(select(StockMovement)).all()
        assert (movement.quantity, movement.reference, movement.by_login) == (3, number, ADMIN)
        [receipt] = session.scalars(select(PurchaseReceipt)).all()
        assert (receipt.accepted_quantity, receipt.rejected_quantity, receipt.reject_reason) == (
            3, 1, "外壳破裂",
        )  # fmt: skip
    [order] = orders.orders(office, open_only=True)
    assert (order.lines[0].accepted, order.lines[0].rejected, order.lines[0].owed) == (3, 1, 2)
    assert order.partly_received and not order.late(TODAY)
    assert order.late(date(2027, 1, 1))
    orders.receive(office, ReceiptDraft(line_id, 2, 0, "", warehouse))
    assert orders.orders(office, open_only=True) == []
    with office.reading() as session:
        assert on_hand_of(session, warehouse, part) == 5


def test_a_serialised_part_is_received_serial_by_serial(office: Store) -> None:
    line_id, part, _ = _ordered(office, serialised=True)
    warehouse = _warehouse(office)
    with pytest.raises(PurchaseRefusal) as refused:
        orders.receive(office, ReceiptDraft(line_id, 2, 0, "", warehouse, ["SN-1"]))
    assert refused.value.message == rules.M_SERIALS
    orders.receive(office, ReceiptDraft(line_id, 2, 0, "", warehouse, ["SN-1", "SN-2"]))
    with office.reading() as session:
        serials = sorted(m.serial for m in session.scalars(select(StockMovement)))
        assert serials == ["SN-1", "SN-2"]
        assert on_hand_of(session, warehouse, part) == 2


# --- Excel ---------------------------------------------------------------------------------


def _workbook(path: Path, rows: list[list[Any]], chinese: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    header = ["零件号", "中文名称", "英文名称", "类别", "序列号管理", "单位", "标准成本",
              "再订货点", "期初数量", "库位", "序列号"] if chinese else [
              "Part number", "Name (zh)", "Name (en)", "Category", "Serialised", "Unit",
              "Standard cost", "Reorder level", "Opening quantity", "Location",
              "Serial numbers"]  # fmt: skip
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


GOOD: list[list[Any]] = [
    ["MAG-1", "磁控管", "Magnetron", "RF", "yes", "pc", 268000, 1, 2, "南京中心仓库", "S1, S2"],
    ["MLC-1", "MLC 电机", "MLC motor", "MLC", "", "pc", 2350, 4, 10, "Nanjing", ""],
    ["FAN-1", "风扇", "Fan", "Power", "no", "pc", 380, 0, None, None, None],
]


def _parts(store: Store) -> list[str]:
    with store.reading() as session:
        return sorted(p.part_number for p in session.scalars(select(Part)))


def test_the_import_writes_the_catalogue_and_opening_stock(office: Store, tmp_path: Path) -> None:
    warehouse = _warehouse(office)
    path = _workbook(tmp_path / "parts.xlsx", GOOD, chinese=True)
    dry = parts_import.import_parts(office, path, dry_run=True)
    assert (dry.written, dry.bad, _parts(office)) == (0, [], [])  # a dry run writes nothing
    result = parts_import.import_parts(office, path)
    assert (result.written, result.movements) == (3, 3)
    assert _parts(office) == ["FAN-1", "MAG-1", "MLC-1"]
    with office.reading() as session:
        mag = session.scalar(select(Part).where(Part.part_number == "MAG-1"))
        assert mag is not None and mag.serialised and mag.name_en == "Magnetron"
        assert on_hand_of(session, warehouse, mag.id) == 2
        assert session.scalar(select(Part).where(Part.part_number == "MLC-1")).reorder_level == 4  # type: ignore[union-attr]
    # importing again updates the parts (a serial already in stock is refused, so a
    # second opening stock of MAG-1 is a bad row)
    again = parts_import.import_parts(office, path)
    assert again.written == 0 and [r.row for r in again.bad] == [2]


def test_a_bad_row_is_named_by_its_number_and_nothing_is_written(
    office: Store, tmp_path: Path
) -> None:
    _warehouse(office)
    rows = [
        *GOOD,
        ["", "无编号", "", "", "", "pc", 1, 0, None, None, None],  # row 5: no part number
        ["PUMP-1", "泵", "", "", "maybe", "pc", "cheap", 0, 1, "火星仓库", None],  # row 6
        ["MLC-1", "重复", "", "", "", "pc", 1, 0, None, None, None],  # row 7: twice
    ]
    path = _workbook(tmp_path / "bad.xlsx", rows)
    preview = parts_import.preview(office, path)
    problems = {r.row: sorted(p.field for p in r.problems) for r in preview if not r.ok}
    assert problems == {
        5: ["part_number"],
        6: ["location", "serialised", "standard_cost"],
        7: ["part_number"],
    }
    result = parts_import.import_parts(office, path)
    assert (result.written, _parts(office)) == (0, [])
    skipped = parts_import.import_parts(office, path, skip_bad=True)
    assert skipped.written == 3 and [r.row for r in skipped.bad] == [5, 6, 7]
    assert _parts(office) == ["FAN-1", "MAG-1", "MLC-1"]


def test_the_command_line_import_exits_1_naming_rows_and_0_when_imported(
    qapp: object, office: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    _warehouse(office)
    data = office.data_dir
    bad = _workbook(tmp_path / "bad.xlsx", [*GOOD, ["", "无编号", "", "", "", "pc", 1, 0]])
    args = ["--data-dir", str(data), "--lang", "en", "import-parts"]
    assert main([*args, str(bad), "--user", ADMIN]) == 1
    err = capsys.readouterr().err
    assert "row 5 (part_number): This field is required." in err
    assert "1 of 4 rows refused: nothing imported." in err
    assert _parts(office) == []
    good = _workbook(tmp_path / "good.xlsx", GOOD)
    assert main([*args, str(good), "--user", ADMIN, "--dry-run"]) == 0
    assert "3 rows checked" in capsys.readouterr().out and _parts(office) == []
    assert main([*args, str(good), "--user", QC]) == 2  # quality control may not import
    assert main([*args, str(good), "--user", ADMIN]) == 0
    assert "3 parts imported, 3 opening stock movements." in capsys.readouterr().out
    assert _parts(office) == ["FAN-1", "MAG-1", "MLC-1"]
    assert main([*args, str(tmp_path / "missing.xlsx"), "--user", ADMIN]) == 2


def test_the_plan_exports_to_excel(office: Store, tmp_path: Path) -> None:
    from app.services.device import number_prefix
    from app.services.purchasing.plan_export import export_plan

    motor = _part(office, "MLC-1")
    _supplier(office, "上海", {motor: (2000, 14)})
    _waiting_repair(office, motor, urgent=True, quantity=3)
    plan = plans.plan_view(office, plans.draft_plan(office, TODAY) or "")
    headers = [f"h{i}" for i in range(13)]
    out = tmp_path / "plan.xlsx"
    assert export_plan(plan, headers, [("维修待件", "待审批")], out) == 1
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(1, 1).value == plan.number
    # This laptop's prefix is in the number: two laptops drafting offline never clash.
    assert plan.number == f"PP-{TODAY.year}-{number_prefix(office)}-00001"
    assert [sheet.cell(3, c).value for c in (2, 4, 6, 8, 10, 11)] == [
        "MLC-1", 3, "维修待件", "上海", 6000, "待审批",
    ]  # fmt: skip


# --- the migration -------------------------------------------------------------------------


def test_migration_0022_upgrades_a_database_with_parts_and_movements(data_dir: Path) -> None:
    path = database_path(data_dir)
    engine = make_engine(path)
    stamps = "'2026-01-05 09:00:00.000000', '2026-01-05 09:00:00.000000', 'old', NULL"
    with engine.begin() as con:
        command.upgrade(alembic_config(con), "0019")
        con.exec_driver_sql(
            "INSERT INTO part (part_number, description, unit, serialised, reorder_level, id, "
            f"created_at, updated_at, updated_by, deleted_at) VALUES ('MAG-1', '磁控管', 'pc', "
            f"1, 2.0, 'p1', {stamps})"
        )
        con.exec_driver_sql(
            "INSERT INTO stock_location (kind, name_zh, name_en, holder_login, active, id, "
            f"created_at, updated_at, updated_by, deleted_at) VALUES ('warehouse', '仓库', '', "
            f"'', 1, 'w1', {stamps})"
        )
    engine.dispose()
    opened = schema.open_database(path, backups_dir(data_dir))
    assert opened.migrated_from == "0019"
    store = Store(opened.engine, data_dir, ADMIN)
    _users(store)
    details = catalogue.part_details(store, "p1")
    assert (details.part_number, details.serialised, details.reorder_level) == ("MAG-1", True, 2)
    assert (details.name_en, details.standard_cost, details.obsolete) == ("", 0.0, False)
    supplier = _supplier(store, "上海", {"p1": (250000, 30)})
    assert [o.part_id for o in catalogue.suppliers(store)[0].offers] == ["p1"]
    with store.reading() as session:
        assert session.get(Supplier, supplier) is not None
        assert session.scalars(select(PurchasePlanLine)).all() == []
    opened.engine.dispose()


# --- the demo ------------------------------------------------------------------------------


def test_the_demo_has_a_catalogue_suppliers_and_a_partly_received_order(
    demo_seed: DemoSeed, tmp_path: Path
) -> None:
    from app.demo.seed import seed_demo

    data = tmp_path / "demo"
    opened = schema.open_database(database_path(data), backups_dir(data))
    store = Store(opened.engine, data, ADMIN)
    demo_seed(store, TODAY)
    rows = catalogue.catalogue(store)
    assert len(rows) >= 60
    names = " ".join(r.details.name_en for r in rows)
    for word in ("Magnetron", "Klystron", "Thyratron", "MLC", "chamber", "pump", "source", "CT"):
        assert word in names
    assert len(catalogue.suppliers(store)) >= 4 and all(r.suppliers for r in rows)
    every = orders.orders(store)
    assert len(every) >= 1 and any(o.partly_received for o in every)
    decided, pending = (plans.plan_view(store, p) for p, _, _ in reversed(plans.plans(store)))
    assert all(x.decision is not PlanDecision.PENDING for x in decided.lines)
    assert any(x.decision is PlanDecision.REJECTED and x.decision_reason for x in decided.lines)
    assert decided.lines[0].urgent and all(x.order_number for x in decided.lines
                                           if x.decision is PlanDecision.APPROVED)  # fmt: skip
    assert all(x.decision is PlanDecision.PENDING for x in pending.lines)
    assert seed_demo(store, TODAY) == 0  # never twice
    assert len(catalogue.suppliers(store)) == 5
    opened.engine.dispose()
