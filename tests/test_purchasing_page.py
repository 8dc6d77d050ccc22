"""The Purchasing page on the demo: the catalogue and suppliers, a plan decided by the
service manager from the page, orders with what was received, the import preview with
its row errors, and who sees what."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import schema
from app.db.fieldwork import Part
from app.domain.enums import PlanDecision
from app.paths import backups_dir, database_path
from app.services.store import Store
from app.ui.purchasing.purchasing_page import PurchasingPage
from tests.db_templates import DemoTemplates, copy_into

TODAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def seeded(
    tmp_path_factory: pytest.TempPathFactory, qapp: object, demo_templates: DemoTemplates
) -> Path:
    """The demo, seeded once in the run (after the QApplication: its letterhead draws
    with Qt; test_stock.py shares it)."""
    data = tmp_path_factory.mktemp("purchasing") / "demo"
    opened = schema.open_database(database_path(data), backups_dir(data))
    template, _ = demo_templates.template(TODAY, "sun.li")
    copy_into(template, opened.engine)
    opened.engine.dispose()
    return data


@pytest.fixture
def demo(seeded: Path, tmp_path: Path) -> Iterator[Store]:
    import shutil

    data = tmp_path / "copy"
    shutil.copytree(seeded, data)
    opened = schema.open_database(database_path(data), backups_dir(data))
    yield Store(opened.engine, data, "sun.li")
    opened.engine.dispose()


def _window(qtbot: QtBot, store: Store, login: str) -> Any:
    from app.ui.main_window import MainWindow

    store.user_login = login
    settings = QSettings(str(store.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, "K7M3")
    qtbot.addWidget(window)
    window.show()
    return window


def _page(qtbot: QtBot, window: Any) -> PurchasingPage:
    page = window.page("purchasing").widget
    assert isinstance(page, PurchasingPage)
    assert page.view is None  # nothing read before the page is shown
    with qtbot.waitSignal(page.loaded, timeout=15000):
        window.show_page("purchasing")
    return page


def _column(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def test_the_manager_decides_the_plan_from_the_page(qtbot: QtBot, demo: Store) -> None:
    page = _page(qtbot, _window(qtbot, demo, "zhou.jianguo"))
    assert page.parts_table.rowCount() >= 60
    page.filter.setText("magnetron")
    assert _column(page.parts_table, 0) == ["DEMO-100-0003"]
    assert page.suppliers_table.rowCount() == 5 and page.offers_table.rowCount() > 0
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert page.view is not None and page.view.plan is not None
    plan = page.view.plan
    assert all(x.decision is PlanDecision.PENDING for x in plan.lines)  # the newest plan
    page.plan_table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        assert page.decide(PlanDecision.APPROVED)
    assert _cell(page.plan_table, 0, 10) == "Approved"
    page.plan_table.selectRow(1)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        assert page.decide(PlanDecision.REJECTED, "库存足够 Enough in stock")
    assert (_cell(page.plan_table, 1, 10), _cell(page.plan_table, 1, 11)) == (
        "Rejected", "库存足够 Enough in stock",
    )  # fmt: skip
    # the open orders, with what was received
    page.tabs.setCurrentIndex(3)
    statuses = _column(page.orders_table, 5)
    [row] = [i for i, text in enumerate(statuses) if text.startswith("Partly received")]
    page.orders_table.selectRow(row)
    rejected = [float(x) for x in _column(page.lines_table, 5)]
    assert sum(rejected) == 1
    out = demo.data_dir / "order.pdf"
    order = page._current_order()
    assert order is not None
    page.write_order_pdf(order.id, out)
    qtbot.waitUntil(lambda: page.status.text().startswith("Written to"), timeout=15000)
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert order.number in text and order.supplier in text
    assert "Purchase order for spare parts" in text and f"{order.total:,.2f}" in text
    assert "孙丽" in text and "sun.li" not in text  # who ordered, by name
    assert page.waiting_table.rowCount() >= 1
    assert _cell(page.waiting_table, 0, 1) == "yes"  # urgent repairs first


def test_the_plan_exports_from_the_page(qtbot: QtBot, demo: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page = _page(qtbot, _window(qtbot, demo, "sun.li"))
    assert page.view is not None and page.view.plan is not None
    out = tmp_path / "plan.xlsx"
    assert page.export_plan_to(out) == len(page.view.plan.lines)
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(2, 2).value == "Part number"
    assert sheet.cell(3, 2).value == _cell(page.plan_table, 0, 1)


def test_quality_control_reads_and_an_engineer_does_not_see_the_page(
    qtbot: QtBot, demo: Store
) -> None:
    window = _window(qtbot, demo, "wu.min")
    page = _page(qtbot, window)
    buttons = (page.new_part_button, page.import_button, page.draft_button, page.approve_button,
               page.receive_button, page.order_button)  # fmt: skip
    assert not any(b.isEnabled() for b in buttons)
    assert page.parts_table.rowCount() >= 60
    assert page.status.text().endswith("read only")
    engineer = _window(qtbot, demo, "zhang.wei")
    row = list(engineer.page_titles).index("purchasing")
    assert engineer.nav.item(row).isHidden()


def test_the_import_previews_row_errors_and_skips_them_only_when_asked(
    qtbot: QtBot, demo: Store, tmp_path: Path
) -> None:
    from app.ui.purchasing.import_dialog import ImportDialog

    demo.user_login = "sun.li"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Part number", "Name (zh)", "Standard cost", "Opening quantity", "Location"])
    sheet.append(["NEW-1", "新零件", 100, 3, "南京中心仓库"])
    sheet.append(["NEW-2", "", "abc", None, None])  # row 3: no name, cost not a number
    path = tmp_path / "parts.xlsx"
    book.save(path)
    dialog = ImportDialog(demo)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.load(path)
    assert _column(dialog.table, 0) == ["2", "3"]
    assert _column(dialog.table, 5) == ["new", "error"]
    assert "Standard cost is not a number: abc" in _cell(dialog.table, 1, 6)
    assert "This field is required." in _cell(dialog.table, 1, 6)
    assert not dialog.import_button.isEnabled()  # nothing written while a row is bad
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished_import, timeout=10000):
        dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.written == 1
    with demo.reading() as session:
        numbers = set(session.scalars(select(Part.part_number)))
    assert "NEW-1" in numbers and "NEW-2" not in numbers


def test_a_pending_line_and_a_supplier_are_corrected_in_their_dialogs(
    qtbot: QtBot, demo: Store
) -> None:
    from app.services.purchasing import catalogue, plans
    from app.services.purchasing.views import purchasing_view
    from app.ui.purchasing.dialogs import PlanLineDialog, SupplierDialog

    demo.user_login = "sun.li"
    view = purchasing_view(demo)
    assert view.plan is not None
    line = view.plan.lines[0]
    assert line.decision is PlanDecision.PENDING
    dialog = PlanLineDialog(demo, line, view.suppliers)
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(0)
    dialog.accept()
    assert dialog.error.text() == "The quantity must be more than zero."
    assert dialog.result() == 0 and dialog.quantity.value() == 0  # nothing typed is lost
    dialog.quantity.setValue(7)
    dialog.supplier.setCurrentIndex(dialog.supplier.findData(view.suppliers[-1].id))
    dialog.accept()
    [changed] = [x for x in plans.plan_view(demo, view.plan.id).lines if x.id == line.id]
    assert (changed.quantity, changed.supplier_id) == (7, view.suppliers[-1].id)
    supplier = view.suppliers[0]
    edit = SupplierDialog(demo, supplier.id)
    qtbot.addWidget(edit)
    assert edit.name.text() == supplier.name
    edit.name.clear()
    edit.accept()
    assert edit.error.text() == "name: This field is required."
    edit.name.setText("新名称供应商")
    edit.phone.setText("025 0000 0000")
    edit.accept()
    saved = catalogue.supplier_draft(demo, supplier.id)
    assert (saved.name, saved.phone, saved.contact_person) == (
        "新名称供应商", "025 0000 0000", supplier.contact_person,
    )  # fmt: skip
