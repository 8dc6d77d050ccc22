"""Service costs on the sync server (issue 14 §9): an engineer's cost entries only on
their own jobs, budgets and rates kept by finance and the service manager, read by
them only, and a budget's approval only from finance."""

from __future__ import annotations

from typing import Any

from tests.sync_helpers import TIME, Api, edit, insert, work_order

pytest_plugins = ["tests.sync_fixtures"]


def _entry(job: str, amount: float = 980.0) -> dict[str, Any]:
    return insert(
        "cost_entry",
        {"work_order_id": job, "kind": "travel", "category": "travel",
         "department": "field_service", "amount": amount, "incurred_on": "2026-11-20",
         "description": "机票"},
    )  # fmt: skip


def test_an_engineer_enters_costs_only_on_jobs_assigned_to_them(api: Api) -> None:
    manager = api.session("zhou.jianguo", "service_manager")
    person = insert("user", {"display_name": "李娜", "login": "li.na", "role": "engineer"})
    mine, theirs = insert("work_order", work_order()), insert("work_order", work_order())
    assigned = insert("work_order_assignment", {"work_order_id": mine["id"],
                                                "user_id": person["id"]})  # fmt: skip
    results = manager.push(person, mine, theirs, assigned)
    assert [r["status"] for r in results] == ["applied"] * 4
    engineer = api.session("li.na", "engineer")
    results = engineer.push(_entry(mine["id"]), _entry(theirs["id"]))
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert results[1]["reason"] == (
        "permission: an engineer enters costs only on work orders assigned to them"
    )
    finance = api.session("qian.hui", "finance")
    assert finance.push(_entry(theirs["id"], 5000.0))[0]["status"] == "applied"
    # Finance writes nothing of the field work itself.
    refused = finance.push(insert("work_order", work_order()))[0]
    assert refused["reason"] == "permission: the role 'finance' may not change 'work_order' records"


def test_only_finance_approves_and_only_the_office_reads_budgets(api: Api) -> None:
    budget = insert("budget", {"year": 2026, "title": "2026 年预算", "drafted_by": "zhou.jianguo"})
    line = insert(
        "budget_line",
        {"budget_id": budget["id"], "category": "travel", "department": "field_service",
         "month": 3, "amount": 1000.0},
    )  # fmt: skip
    manager = api.session("zhou.jianguo", "service_manager")
    assert [r["status"] for r in manager.push(budget, line)] == ["applied"] * 2
    approval = {"approved_by": "zhou.jianguo", "approved_at": TIME}
    refused = manager.push(edit("budget", budget["id"], approval, {}))[0]
    assert refused["status"] == "rejected"
    assert (
        refused["reason"]
        == "permission: the role 'service_manager' may not set 'budget.approved_by'"
    )
    finance = api.session("qian.hui", "finance")
    approval = {"approved_by": "qian.hui", "approved_at": TIME}
    assert finance.push(edit("budget", budget["id"], approval, {}))[0]["status"] == "applied"
    engineer = api.session("li.na", "engineer")
    assert engineer.push(insert("budget", {"year": 2027}))[0]["status"] == "rejected"
    pulled = {c["table"] for c in engineer.pull_all()}
    assert "budget" not in pulled and "budget_line" not in pulled
    stored = {c["id"]: c["data"] for c in finance.pull_all()}
    assert stored[budget["id"]]["approved_by"] == "qian.hui"
