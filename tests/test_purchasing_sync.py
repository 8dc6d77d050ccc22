"""Purchasing on the sync server: the office roles write it, only the service manager
decides a plan line (a rejection with a reason), an order line comes from an approved
plan line, receipts are append-only; and a plan, its decision, the orders and a receipt
travel laptop → server → laptop."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import User
from app.db.purchasing import PurchaseReceipt, Supplier
from app.db.schema import open_database
from app.db.stock import StockLocation, StockMovement
from app.domain.enums import LocationKind, PlanDecision, UserRole
from app.paths import backups_dir, database_path
from app.services.purchasing import catalogue, orders, plans
from app.services.purchasing.catalogue import OfferDraft, PartDetails, SupplierDraft
from app.services.purchasing.orders import ReceiptDraft
from app.services.stock.ledger import on_hand_of
from app.services.store import Store
from sync.client.round import SyncClient
from tests.sync_helpers import PASSWORD, TIME, Api, edit, insert, new_id

pytest_plugins = ["tests.sync_fixtures"]
TODAY = date(2026, 6, 15)


def _plan_line(**fields: Any) -> tuple[dict[str, Any], ...]:
    part = insert("part", {"part_number": f"MLC-{new_id()[:8]}", "description": "MLC 电机"})
    supplier = insert("supplier", {"name": "上海联影", "contact_person": "王海"})
    plan = insert("purchase_plan", {"number": "PP-2026-001", "drafted_on": "2026-06-15"})
    line = insert(
        "purchase_plan_line",
        {"plan_id": plan["id"], "part_id": part["id"], "quantity": 4.0, "source": "reorder",
         "supplier_id": supplier["id"], "unit_price": 2000.0, "decision": "pending",
         "decision_reason": "", "decided_by": "", **fields},
    )  # fmt: skip
    return part, supplier, plan, line


def _decide(line: dict[str, Any], decision: str, by: str, reason: str = "") -> dict[str, Any]:
    fields = {"decision": decision, "decision_reason": reason, "decided_by": by}
    return edit("purchase_plan_line", line["id"], fields, dict.fromkeys(fields, line["hlc"]))


def test_only_the_service_manager_decides_a_plan_line_and_a_rejection_says_why(api: Api) -> None:
    admin = api.session("sun.li", "parts_administrator")
    part, supplier, plan, line = _plan_line()
    assert [r["status"] for r in admin.push(part, supplier, plan, line)] == ["applied"] * 4
    [approved_by_admin] = admin.push(_decide(line, "approved", "sun.li"))
    assert approved_by_admin["status"] == "rejected"
    assert approved_by_admin["reason"] == (
        "permission: only the service manager approves or rejects purchase plan lines"
    )
    # a new line may not arrive decided either
    [pre_decided] = admin.push(_plan_line(decision="approved", decided_by="sun.li")[3])
    assert pre_decided["status"] == "rejected"
    manager = api.session("zhou.jianguo", "service_manager")
    [no_reason] = manager.push(_decide(line, "rejected", "zhou.jianguo", "  "))
    assert no_reason["reason"] == "purchasing: a rejected purchase plan line needs a reason"
    [approved] = manager.push(_decide(line, "approved", "zhou.jianguo"))
    assert approved["status"] == "applied"
    [changed] = admin.push(edit("purchase_plan_line", line["id"], {"quantity": 40.0}, {}))
    assert changed["reason"] == "purchasing: a decided purchase plan line is not changed"
    engineer = api.session("li.na", "engineer")
    [refused] = engineer.push(insert("supplier", {"name": "某公司"}))
    assert refused["reason"] == "permission: the role 'engineer' may not change 'supplier' records"


def test_an_order_line_comes_from_an_approved_line_and_receipts_are_append_only(
    api: Api,
) -> None:
    admin = api.session("sun.li", "parts_administrator")
    part, supplier, plan, line = _plan_line()
    admin.push(part, supplier, plan, line)
    order = insert(
        "purchase_order",
        {"number": "PO-2026-001", "supplier_id": supplier["id"], "plan_id": plan["id"],
         "ordered_on": "2026-06-15"},
    )  # fmt: skip
    order_line = insert(
        "purchase_order_line",
        {"order_id": order["id"], "plan_line_id": line["id"], "part_id": part["id"],
         "quantity": 4.0, "unit_price": 2000.0},
    )  # fmt: skip
    results = admin.push(order, order_line)
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert results[1]["reason"] == (
        "purchasing: an order line must come from an approved purchase plan line"
    )
    manager = api.session("zhou.jianguo", "service_manager")
    manager.push(_decide(line, "approved", "zhou.jianguo"))
    assert admin.push(dict(order_line, change_id=new_id()))[0]["status"] == "applied"
    receipt = insert(
        "purchase_receipt",
        {"order_line_id": order_line["id"], "accepted_quantity": 3.0, "rejected_quantity": 1.0,
         "reject_reason": "外壳破裂", "by_login": "li.na", "at": TIME},
    )  # fmt: skip
    assert admin.push(receipt)[0]["status"] == "applied"
    [edited] = admin.push(edit("purchase_receipt", receipt["id"], {"accepted_quantity": 4.0}, {}))
    assert edited["reason"] == (
        "append-only: 'purchase_receipt' records are never changed once written"
    )
    stored = {c["id"]: c["data"] for c in manager.pull_all()}
    assert stored[receipt["id"]]["by_login"] == "sun.li"  # the pusher, not a claimed author
    assert stored[receipt["id"]]["accepted_quantity"] == 3.0


def _laptop(folder: Path, login: str, api: Api) -> tuple[Store, SyncClient]:
    folder.mkdir()
    opened = open_database(database_path(folder), backups_dir(folder))
    store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return store, client


def test_a_plan_its_approval_orders_and_a_receipt_travel_between_laptops(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("zhou.jianguo", "service_manager")
    api.user("sun.li", "parts_administrator")
    office, office_client = _laptop(tmp_path / "manager", "zhou.jianguo", api)
    with office.session() as session:  # the manager keeps the users
        session.add(
            User(display_name="周建国", login="zhou.jianguo", role=UserRole.SERVICE_MANAGER)
        )
        session.add(User(display_name="孙丽", login="sun.li", role=UserRole.PARTS_ADMINISTRATOR))
    office_client.sync()
    parts, parts_client = _laptop(tmp_path / "parts", "sun.li", api)
    parts_client.sync()  # the users arrive: sun.li is the parts administrator here too
    part = catalogue.save_part(
        parts, None, PartDetails("MLC-1", "MLC 电机", name_en="MLC motor", maker="Maxon")
    )
    supplier = catalogue.save_supplier(parts, None, SupplierDraft("上海联影", "王海"))
    catalogue.save_offer(parts, None, OfferDraft(supplier, part, "SH-1", 2000, "CNY", 14))
    with parts.session() as session:
        warehouse = StockLocation(kind=LocationKind.WAREHOUSE, name_zh="南京中心仓库")
        session.add(warehouse)
        session.flush()
        warehouse_id = warehouse.id
    plan_id = plans.draft_plan(parts, TODAY)
    assert plan_id is None  # no demand: nothing to draft
    with parts.session() as session:
        from app.db.purchasing import PurchasePlan

        plan = PurchasePlan(number="PP-2026-001", drafted_on=TODAY, drafted_by="sun.li")
        session.add(plan)
        session.flush()
        plan_id = plan.id
    plans.add_line(parts, plan_id, part, 5, TODAY)
    parts_client.sync()

    office_client.sync()
    [line] = plans.plan_view(office, plan_id).lines
    assert (line.part_number, line.quantity, line.supplier) == ("MLC-1", 5, "上海联影")
    plans.decide_line(office, line.id, PlanDecision.APPROVED)
    office_client.sync()

    parts_client.sync()
    [order_id] = orders.make_orders(parts, plan_id, TODAY)
    [order] = orders.orders(parts)
    orders.receive(parts, ReceiptDraft(order.lines[0].id, 3, 1, "外壳破裂", warehouse_id))
    parts_client.sync()

    office_client.sync()
    [seen] = orders.orders(office)
    assert (seen.id, seen.number, seen.supplier, seen.delivery_date) == (
        order_id, order.number, "上海联影", date(2026, 6, 29),
    )  # fmt: skip
    assert [(x.quantity, x.accepted, x.rejected, x.owed) for x in seen.lines] == [(5, 3, 1, 2)]
    [decided] = plans.plan_view(office, plan_id).lines
    assert (decided.decision, decided.decided_by, decided.order_number) == (
        PlanDecision.APPROVED, "周建国", order.number,
    )  # fmt: skip
    with office.reading() as session:
        assert session.scalar(select(Supplier.name)) == "上海联影"
        [receipt] = session.scalars(select(PurchaseReceipt)).all()
        assert (receipt.reject_reason, receipt.by_login) == ("外壳破裂", "sun.li")
        [movement] = session.scalars(select(StockMovement)).all()
        assert (movement.reference, movement.quantity) == (order.number, 3)
        assert on_hand_of(session, warehouse_id, part) == 3
    for store in (office, parts):
        store.engine.dispose()
