"""Service costs on the sync server (issue 14 §9): an engineer's cost entries only on
their own jobs, budgets and rates kept by finance and the service manager, read by
them only, and a budget's approval only from finance."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.costs import Budget, BudgetLine
from app.db.models import LocalDevice, User
from app.db.schema import open_database
from app.domain.enums import CostCategory, Department, UserRole
from app.paths import backups_dir, database_path
from app.services.costs import budgets
from app.services.store import Store
from sync.client.round import SyncClient
from sync.server import admin
from tests.sync_helpers import PASSWORD, TIME, Api, edit, insert, state, work_order

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
    # Finance approved these amounts: a line edited offline, or a new line, is refused.
    late = manager.push(
        edit("budget_line", line["id"], {"amount": 2000.0}, {}),
        insert("budget_line", {"budget_id": budget["id"], "category": "travel",
                               "department": "field_service", "month": 4, "amount": 10.0}),
    )  # fmt: skip
    assert [r["status"] for r in late] == ["rejected", "rejected"]
    assert late[0]["reason"] == (
        "append-only: finance approved this budget; its lines are not changed (draft a new one)"
    )
    assert late[0]["code"] == "append_only"
    engineer = api.session("li.na", "engineer")
    assert engineer.push(insert("budget", {"year": 2027}))[0]["status"] == "rejected"
    pulled = {c["table"] for c in engineer.pull_all()}
    assert "budget" not in pulled and "budget_line" not in pulled
    stored = {c["id"]: c["data"] for c in finance.pull_all()}
    assert stored[budget["id"]]["approved_by"] == "qian.hui"


def _laptop(folder: Path, login: str, api: Api, store: Store | None = None) -> SyncClient:
    if store is None:
        folder.mkdir()
        opened = open_database(database_path(folder), backups_dir(folder))
        store = Store(opened.engine, folder, login)
    client = SyncClient(store, "http://testserver", login, http=api.client, allow_http=True)
    client.login(PASSWORD)
    return client


def test_finances_approval_made_on_the_managers_laptop_goes_up_when_finance_syncs(
    api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One laptop, two people (the demo's case): the manager drafts and edits, finance
    approves through the same service as the Costs page. The manager's sync sends the
    budget and keeps the approval (the server would refuse it from a manager) — nothing
    refused; once the office hands the laptop to finance, finance's sync from it sends
    the approval and the server takes it; another laptop pulls an approved budget."""
    monkeypatch.setenv("BEAMSIDE_TOKEN_STORE", "file")
    api.user("zhou.jianguo", "service_manager")
    api.user("qian.hui", "finance")
    manager = _laptop(tmp_path / "a", "zhou.jianguo", api)
    store = manager.store
    with store.session() as session:
        session.add_all([
            User(display_name="周建国", login="zhou.jianguo", role=UserRole.SERVICE_MANAGER),
            User(display_name="钱慧", login="qian.hui", role=UserRole.FINANCE),
        ])  # fmt: skip
    budget_id = budgets.draft(store, 2026, "2026 年预算")
    budgets.set_amount(store, budget_id, CostCategory.TRAVEL, "", Department.FIELD_SERVICE, 3,
                       12500.0)  # fmt: skip
    finance_here = dataclasses.replace(store, user_login="qian.hui")
    budgets.approve(finance_here, budget_id)
    first = manager.sync()
    assert (first.rejected, first.held) == (0, 1)
    assert "1 change(s) kept for a colleague whose role may send them" in first.summary()
    stored = {c["id"]: c["data"] for c in api.session("watcher", "finance").pull_all()}
    assert stored[budget_id]["approved_by"] in ("", None)
    with store.reading() as session:  # the pull did not undo the approval kept here
        assert session.get(Budget, budget_id).approved_by == "qian.hui"  # type: ignore[union-attr]
    with store.reading() as session:
        device_id = session.scalars(select(LocalDevice.device_id)).one()
    admin.reassign_device(state(api.app).db, device_id, "qian.hui")
    finance = _laptop(tmp_path / "a", "qian.hui", api, finance_here)
    second = finance.sync()
    assert (second.pushed, second.rejected, second.held) == (1, 0, 0)
    stored = {c["id"]: c["data"] for c in api.session("auditor", "finance").pull_all()}
    assert stored[budget_id]["approved_by"] == "qian.hui"
    assert stored[budget_id]["approved_at"]
    other = _laptop(tmp_path / "b", "zhou.jianguo", api)
    other.sync()
    with other.store.reading() as session:
        pulled = session.get(Budget, budget_id)
        assert pulled is not None and pulled.approved_by == "qian.hui"
        lines = session.scalars(select(BudgetLine).where(BudgetLine.budget_id == budget_id))
        assert [line.amount for line in lines] == [12500.0]
