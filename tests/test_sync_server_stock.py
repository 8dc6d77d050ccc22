"""The stock ledger on the sync server: movements are append-only (a correction is a
new reversing movement), and only the office roles write the ledger."""

from __future__ import annotations

from typing import Any

from tests.sync_helpers import TIME, Api, edit, insert, new_id

pytest_plugins = ["tests.sync_fixtures"]


def _ledger() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    part = insert("part", {"part_number": f"MAG-{new_id()[:8]}", "description": "磁控管"})
    warehouse = insert("stock_location", {"kind": "warehouse", "name_zh": "南京中心仓库"})
    receipt = insert(
        "stock_movement",
        {"kind": "receipt", "part_id": part["id"], "quantity": 2.0,
         "to_location_id": warehouse["id"], "reference": "PO-1", "at": TIME},
    )  # fmt: skip
    return part, warehouse, receipt


def test_a_stored_movement_is_never_changed_and_a_reversal_is_new(api: Api) -> None:
    office = api.session("sun.li", "parts_administrator")
    part, warehouse, receipt = _ledger()
    assert [r["status"] for r in office.push(part, warehouse, receipt)] == ["applied"] * 3
    for fields in ({"quantity": 5.0}, {"deleted_at": TIME}):
        result = office.push(edit("stock_movement", receipt["id"], fields, {}))[0]
        assert result["status"] == "rejected"
        assert result["reason"] == (
            "append-only: 'stock_movement' records are never changed once written"
        )
        assert result["row"]["data"]["quantity"] == 2.0
    reversal = insert(
        "stock_movement",
        {"kind": "adjustment", "part_id": part["id"], "quantity": 2.0,
         "from_location_id": warehouse["id"], "reason": "reverses PO-1", "at": TIME,
         "by_login": "li.na"},
    )  # fmt: skip
    assert office.push(reversal)[0]["status"] == "applied"
    stored = {c["id"]: c["data"] for c in api.session("zhou.jianguo", "service_manager").pull_all()}
    assert stored[receipt["id"]]["quantity"] == 2.0
    assert stored[reversal["id"]]["by_login"] == "sun.li"  # the pusher, not a claimed author


def test_only_the_office_roles_write_the_ledger(api: Api) -> None:
    part, warehouse, receipt = _ledger()
    engineer = api.session("li.na", "engineer")
    results = engineer.push(warehouse, receipt)
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert results[0]["reason"] == (
        "permission: the role 'engineer' may not change 'stock_location' records"
    )
    manager = api.session("zhou.jianguo", "service_manager")
    again = [dict(c, change_id=new_id()) for c in (part, warehouse, receipt)]
    assert [r["status"] for r in manager.push(*again)] == ["applied"] * 3
