"""The main window and forms, driven as a user would with pytest-qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import WorkOrderType
from app.services.registry import customers
from app.services.store import Store
from app.services.work_orders import orders as work_orders
from app.ui.i18n import install_translators
from app.ui.main_window import PAGE_ICONS, MainWindow
from app.ui.registry.customer_dialog import CustomerDialog
from app.ui.registry.equipment_detail import EquipmentDetailDialog
from app.ui.registry.equipment_dialog import EquipmentDialog
from app.ui.table_model import PagedTableModel
from app.ui.work_orders.work_order_dialog import WorkOrderDialog
from tests import factories

T0 = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def filled(store: Store) -> str:
    """Two hospitals, 30 work orders; returns the first unit's id."""
    _, _, unit_a = factories.hospital_with_unit(store, "江苏省肿瘤医院", "H100001")
    _, _, unit_b = factories.hospital_with_unit(store, "河南省肿瘤医院", "H100002")
    for i in range(30):
        factories.work_order(
            store,
            unit_a if i % 3 else unit_b,
            description=f"巡检 {i}" if i % 2 else f"真空泵报警 {i}",
            kind=WorkOrderType.INSPECTION if i % 2 else WorkOrderType.REPAIR,
            reported_at=T0 + timedelta(hours=i),
        )
    return unit_a


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Types like a user; Chinese arrives as an input-method commit (QTest is ASCII-only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store, settings(store.data_dir), "K7M3")
    qtbot.addWidget(window)
    model = window.current_page().list_page.model  # only the page shown loads
    with qtbot.waitSignal(model.loaded, timeout=5000):
        window.show()
    return window


def test_typing_in_the_work_order_search_filters_the_rows(
    qtbot: QtBot, store: Store, filled: str
) -> None:
    window = make_window(qtbot, store)
    page = window.page("work_orders").list_page
    assert page.model.rowCount() == 30
    type_text(qtbot, page.search, "真空泵")
    qtbot.waitUntil(lambda: page.model.rowCount() == 15, timeout=3000)
    assert isinstance(page.model, PagedTableModel)
    described = [c.key for c in page.model.spec.columns].index("description")
    shown = {page.model.index(r, described).data() for r in range(15)}
    assert all(text.startswith("真空泵报警") for text in shown)
    type_text(qtbot, page.search, " 河南")
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=3000)
    assert page.count.text() == "5 work orders"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=3000)


def test_searching_by_a_translated_type_name(qtbot: QtBot, store: Store, filled: str) -> None:
    window = make_window(qtbot, store)
    page = window.page("work_orders").list_page
    qtbot.keyClicks(page.search, "Inspection")
    qtbot.waitUntil(lambda: page.model.rowCount() == 15, timeout=3000)


def test_clicking_a_header_sorts(qtbot: QtBot, store: Store, filled: str) -> None:
    window = make_window(qtbot, store)
    page = window.page("work_orders").list_page
    with qtbot.waitSignal(page.model.loaded):
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [page.model.index(r, 0).data() for r in range(30)]
    assert numbers == sorted(numbers)


def test_navigation_keys_and_remembered_page(qtbot: QtBot, store: Store, filled: str) -> None:
    window = make_window(qtbot, store)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "My day",
        "Work orders",
        "Equipment",
        "Hospitals and sites",
        "Follow-ups",
        "Test instruments",
        "Stock",
        "Service plan",  # hidden for the parts administrator
        "Hotline",  # hotline and complaints: hidden for the parts administrator
        "Complaints",
        "Dashboard",  # hidden for field roles (test_dashboard.py)
        "Upgrades",
        "Purchasing",  # the parts administrator's, the service manager's and QC's
        "Costs",  # finance's and the service manager's (test_costs_ui.py)
        "Staff",  # the manager and the field staff (their own records)
        "Sync",
    ]
    assert len(set(PAGE_ICONS.values())) == len(PAGE_ICONS)  # no two pages look alike
    equipment = window.page("equipment").list_page.model
    assert equipment.rowCount() == 0  # not queried until first shown
    with qtbot.waitSignal(equipment.loaded):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "equipment"
    assert equipment.rowCount() == 2
    window.resize(720, 540)  # the offscreen screen is 800×600
    window.close()
    again = make_window(qtbot, store)
    assert again.current_page().key == "equipment"
    assert (again.width(), again.height()) == (720, 540)


def test_delete_asks_then_soft_deletes(
    qtbot: QtBot, store: Store, filled: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, store)
    page = window.page("work_orders").list_page
    page.table.setFocus()
    victim = page.current_id()
    assert victim is not None
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delete_action.trigger()  # answered No: nothing happens
    assert work_orders.count_work_orders(store) == 30
    with qtbot.waitSignal(page.model.loaded):
        window.delete_action.trigger()
    assert len(asked) == 2 and "Delete" in asked[0]
    assert page.model.rowCount() == 29
    assert work_orders.count_work_orders(store) == 29


def test_an_invalid_customer_form_shows_its_error_and_saves_nothing(
    qtbot: QtBot, store: Store
) -> None:
    dialog = CustomerDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_en, "Henan Cancer Hospital")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()  # refused: still open
    assert dialog.error_text("name_zh") == "⚠ This field is required."
    assert customers.customer_choices(store) == []
    type_text(qtbot, dialog.name_zh, "河南省肿瘤医院")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert [name for _, name in customers.customer_choices(store)] == ["河南省肿瘤医院"]


def test_an_invalid_nmpa_number_is_refused_inline(qtbot: QtBot, store: Store, filled: str) -> None:
    dialog = EquipmentDialog(store, filled)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.nmpa.setText("NMPA-2017")
    dialog.buttons.accepted.emit()
    assert "NMPA certificate number" in dialog.error_text("nmpa_registration_no")
    assert dialog.isVisible()
    assert dialog.nmpa.styleSheet() != ""


def test_a_new_work_order_gets_a_number_and_appears_in_the_unit_history(
    qtbot: QtBot, store: Store, filled: str
) -> None:
    dialog = WorkOrderDialog(store, None, equipment_id=filled)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.error_text("description") == "⚠ This field is required."
    type_text(qtbot, dialog.description, "直线加速器真空泵报警，治疗中断")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert dialog.number.text().startswith(f"WO-{datetime.now(UTC).year}-")

    detail = EquipmentDetailDialog(store, filled)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.history.model.loaded):
        detail.show()
    assert detail.history.model.rowCount() == 21
    descriptions = [detail.history.model.index(r, 5).data() for r in range(21)]
    assert "直线加速器真空泵报警，治疗中断" in descriptions
