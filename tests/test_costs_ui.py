"""The Costs page and a work order's Costs tab on the demo: travel over budget and
tinted, finance approving the budget from the page (the manager cannot), who sees the
page, and a job's derived lines with an expense entered from its tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db import schema
from app.db.costs import Budget, BudgetLine, CostEntry
from app.db.models import User, WorkOrder, WorkOrderAssignment
from app.domain.costs import M_APPROVED_LOCKED, CostRefusal
from app.domain.enums import CostCategory, Department
from app.paths import backups_dir, database_path
from app.services.costs import budgets
from app.services.store import Store
from app.ui.costs.budget_editor import FIRST_MONTH, BudgetEditor
from app.ui.costs.costs_page import CostsPage
from app.ui.costs.job_costs_panel import JobCostsPanel
from app.ui.purchasing.tables import URGENT
from app.ui.widgets import select_value

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    from app.demo.seed import seed_demo

    data = tmp_path_factory.mktemp("costs") / "demo"
    opened = schema.open_database(database_path(data), backups_dir(data))
    seed_demo(Store(opened.engine, data, "qian.hui"), TODAY)
    opened.engine.dispose()
    return data


@pytest.fixture
def demo(seeded: Path, tmp_path: Path) -> Iterator[Store]:
    import shutil

    data = tmp_path / "copy"
    shutil.copytree(seeded, data)
    opened = schema.open_database(database_path(data), backups_dir(data))
    yield Store(opened.engine, data, "qian.hui")
    opened.engine.dispose()


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.domain import local_time

    monkeypatch.setattr(local_time, "today", lambda: TODAY)


def _window(qtbot: QtBot, store: Store, login: str) -> Any:
    from app.ui.main_window import MainWindow

    store.user_login = login
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    window.show()
    return window


def _page(qtbot: QtBot, window: Any) -> CostsPage:
    page = window.page("costs").widget
    assert isinstance(page, CostsPage)
    assert page.view is None  # nothing read before the page is shown
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window.show_page("costs")
    return page


def _row(page: CostsPage, category: str) -> int:
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 0)
        if item is not None and item.text() == category:
            return row
    raise AssertionError(f"no row {category}")


def test_finance_sees_travel_over_budget_and_approves_the_budget(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, demo, "qian.hui")
    page = _page(qtbot, window)
    # The demo's budget: drafted by the manager, approved by finance (app/demo/costs.py).
    assert page.approval.text().startswith("Approved by 钱慧 on ")
    assert not page.approve_button.isEnabled()
    assert page.month.currentText() == "Year to date, summed"  # January to June
    travel = _row(page, "Travel")
    variance = page.table.item(travel, 6)
    assert variance is not None and not variance.text().startswith("-")
    assert variance.background().color() == URGENT  # an overrun is tinted
    shown = {r.category.value: r for r in page.shown_rows()}
    assert shown["travel"].actual > shown["travel"].budget > 0
    assert shown["installation"].actual < shown["installation"].budget  # only travel over
    # A new draft (changes after approval go into one) awaits finance's approval.
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.draft()
    assert "awaiting finance's approval" in page.approval.text()
    assert page.approve_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        assert page.approve()
    assert page.approval.text().startswith("Approved by 钱慧")
    assert not page.approve_button.isEnabled()
    with demo.reading() as session:
        approvals = session.execute(select(Budget.approved_by, Budget.approved_at)).all()
    assert len(approvals) == 2
    assert all(by == "qian.hui" and at is not None for by, at in approvals)
    assert page.rates_table.rowCount() == 6  # four engineers, two technicians


def _editor(qtbot: QtBot, page: CostsPage) -> BudgetEditor:
    editor = page.edit_amounts()
    assert editor is not None
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.sheet is not None, timeout=20000)
    return editor


def _type(editor: BudgetEditor, row: int, month: int, text: str) -> None:
    """What the table's editor commits when a person types `text` and presses Enter."""
    item = editor.table.item(row, FIRST_MONTH + month - 1)
    assert item is not None
    item.setText(text)


def _amount(store: Store, budget_id: str, key: tuple[Any, ...], month: int) -> float | None:
    category, project, department = key
    with store.reading() as session:
        return session.scalar(
            select(BudgetLine.amount).where(
                BudgetLine.budget_id == budget_id, BudgetLine.deleted_at.is_(None),
                BudgetLine.category == category,
                BudgetLine.customer_id.is_(None) if not project
                else BudgetLine.customer_id == project,
                BudgetLine.department == department, BudgetLine.month == month,
            )
        )  # fmt: skip


def test_an_approved_budget_opens_read_only(qtbot: QtBot, demo: Store) -> None:
    window = _window(qtbot, demo, "zhou.jianguo")
    page = _page(qtbot, window)
    assert page.edit_button.isEnabled()
    editor = _editor(qtbot, page)
    assert "approved by 钱慧" in editor.state.text()
    assert "draft a new budget for changes" in editor.state.text()
    assert editor.table.rowCount() > 10 and not editor.add_button.isEnabled()
    cell = editor.table.item(0, FIRST_MONTH)
    assert cell is not None and not cell.flags() & Qt.ItemFlag.ItemIsEditable
    with pytest.raises(CostRefusal) as refused:  # the service refuses it too
        budgets.set_amount(demo, page._budget_id or "", *editor.keys[0], 1, 1.0)
    assert refused.value.message == M_APPROVED_LOCKED


def test_the_manager_edits_a_draft_by_month_with_checks_and_undo(qtbot: QtBot, demo: Store) -> None:
    window = _window(qtbot, demo, "zhou.jianguo")
    page = _page(qtbot, window)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.draft()  # from last year's actuals and the service plan
    budget_id = page._budget_id
    assert budget_id is not None
    editor = _editor(qtbot, page)
    assert "draft" in editor.state.text() and editor.add_button.isEnabled()
    key = editor.keys[0]
    before = _amount(demo, budget_id, key, 3)
    _type(editor, 0, 3, "12,500")
    assert _amount(demo, budget_id, key, 3) == 12500.0
    assert editor.table.item(0, FIRST_MONTH + 2).text() == "12,500.00"  # type: ignore[union-attr]
    assert editor.error.text() == ""
    for typed, message in (
        ("-5", "A budget amount must be zero or more."),
        ("12.345", "A budget amount is in yuan with at most two decimals (fen)."),
        ("abc", "Type an amount in yuan, such as 12500 or 980.50."),
        ("99999999999", "A budget amount above 10,000,000,000 yuan is surely a typing error."),
    ):
        _type(editor, 0, 3, typed)
        assert editor.error.text() == message
        assert editor.table.item(0, FIRST_MONTH + 2).text() == "12,500.00"  # type: ignore[union-attr]
        assert _amount(demo, budget_id, key, 3) == 12500.0  # nothing saved
    _type(editor, 0, 3, "980.5")
    assert _amount(demo, budget_id, key, 3) == 980.5
    editor.undo()
    assert _amount(demo, budget_id, key, 3) == 12500.0
    editor.undo()
    assert _amount(demo, budget_id, key, 3) == before
    assert not editor.undo_button.isEnabled()
    # A line the draft did not have: added, typed into, and taken back by undo.
    select_value(editor.category, CostCategory.STAFF_TRAINING)
    editor.project.setCurrentIndex(0)  # company-wide
    select_value(editor.department, Department.REPAIR_WORKSHOP)
    editor.add_line()
    new_key = (CostCategory.STAFF_TRAINING, "", Department.REPAIR_WORKSHOP)
    row = editor.keys.index(new_key)
    _type(editor, row, 2, "800")
    assert _amount(demo, budget_id, new_key, 2) == 800.0
    assert editor.table.item(row, FIRST_MONTH + 12).text() == "800.00"  # type: ignore[union-attr]
    editor.undo()
    assert _amount(demo, budget_id, new_key, 2) is None  # the line is gone again
    _type(editor, row, 2, "1200")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        editor.reject()  # closing reads the page again
    shown = {(r.category, r.project, r.department, r.month): r.budget
             for r in page.view.budget.rows}  # type: ignore[union-attr]  # fmt: skip
    assert shown[(CostCategory.STAFF_TRAINING, "", Department.REPAIR_WORKSHOP, 2)] == 1200.0


def test_the_manager_cannot_approve_and_an_engineer_does_not_see_the_page(
    qtbot: QtBot, demo: Store
) -> None:
    window = _window(qtbot, demo, "zhou.jianguo")
    page = _page(qtbot, window)
    assert page.draft_button.isEnabled() and not page.approve_button.isEnabled()
    engineer = _window(qtbot, demo, "zhang.wei")
    row = list(engineer.page_titles).index("costs")
    assert engineer.nav.item(row).isHidden()
    assert not window.nav.item(row).isHidden()


def test_a_job_shows_its_derived_costs_and_takes_an_expense(qtbot: QtBot, demo: Store) -> None:
    from app.ui.costs.expense_dialog import ExpenseDialog
    from app.ui.work_orders.work_order_window import WorkOrderWindow

    with demo.reading() as session:
        job, login = session.execute(
            select(WorkOrder.id, func.min(User.login))
            .join(WorkOrderAssignment, WorkOrderAssignment.work_order_id == WorkOrder.id)
            .join(User, User.id == WorkOrderAssignment.user_id)
            .join(CostEntry, CostEntry.work_order_id == WorkOrder.id)
            .where(WorkOrder.finished_at.is_not(None))
            .group_by(WorkOrder.id)
            .order_by(WorkOrder.finished_at.desc())
        ).first()  # type: ignore[misc]
    demo.user_login = login
    window = WorkOrderWindow(demo, job)
    qtbot.addWidget(window)
    window.show()
    panel = window.costs
    assert isinstance(panel, JobCostsPanel)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        window.tabs.setCurrentWidget(panel)
    kinds = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]  # type: ignore[union-attr]
    assert "Labour" in kinds and "Travel expenses" in kinds
    assert panel.costs is not None and panel.costs.may_enter
    before = panel.costs.total
    dialog = ExpenseDialog(demo, job, TODAY, panel)
    dialog.amount.setValue(450.0)
    dialog.description.setText("出租车")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        dialog.save()
        assert dialog.result()
        panel.reload()
    assert panel.costs.total == pytest.approx(before + 450.0)
    assert "出租车" in [panel.table.item(r, 3).text() for r in range(panel.table.rowCount())]  # type: ignore[union-attr]
