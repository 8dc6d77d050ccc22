"""The engineer records a repair's customer downtime on the work order window: the cause
(customer-caused needs what happened), "Waiting for the customer…" then "Customer ready",
and a period's times corrected afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit
from pytestqt.qtbot import QtBot

from app.db.models import User, WorkOrderAssignment
from app.domain import local_time
from app.domain.enums import UserRole
from app.domain.uptime import DowntimeCause
from app.services.store import Store
from app.services.work_orders import downtime
from app.ui.i18n import install_translators
from app.ui.work_orders.downtime_panel import WaitDialog
from app.ui.work_orders.work_order_window import WorkOrderWindow
from tests import factories


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def assigned_repair(store: Store, role: UserRole = UserRole.ENGINEER) -> str:
    _, _, unit_id = factories.hospital_with_unit(store)
    reported = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(days=1)
    order = factories.work_order(store, unit_id, reported_at=reported)
    with store.session() as session:
        person = User(display_name="王强", login="wang.qiang", role=role)
        session.add(person)
        session.flush()
        session.add(WorkOrderAssignment(work_order_id=order.id, user_id=person.id))
    store.user_login = "wang.qiang"
    return order.id


def set_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    wall = local_time.local(moment)
    edit.setDateTime(
        QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
    )


def test_the_engineer_marks_the_repair_customer_caused(qtbot: QtBot, store: Store) -> None:
    job = assigned_repair(store)
    window = WorkOrderWindow(store, job)
    qtbot.addWidget(window)
    window.show()
    assert "Customer downtime" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    panel = window.downtime
    assert panel is not None and panel.failure.isChecked()
    window.tabs.setCurrentWidget(panel)
    assert not panel.cause_reason.isEnabled()  # a failure says nothing more
    panel.customer.click()
    assert panel.cause_reason.isEnabled()
    panel.cause_reason.setCurrentText("")
    panel.save_cause_button.click()  # no reason: refused, said under the field
    assert panel.cause_error.isVisible()
    assert panel.cause_error.text() == "⚠ Say why: the reason is required."
    assert downtime.downtime(store, job).cause is DowntimeCause.FAILURE
    panel.cause_reason.setCurrentText("Hospital power cut")
    with qtbot.waitSignal(panel.changed):
        panel.save_cause_button.click()
    shown = downtime.downtime(store, job)
    assert (shown.cause, shown.reason) == (DowntimeCause.CUSTOMER_CAUSED, "Hospital power cut")
    assert panel.cause_error.isHidden()
    panel.failure.click()  # back to a failure: saved at once, the reason dropped
    assert downtime.downtime(store, job).cause is DowntimeCause.FAILURE
    assert panel.cause_reason.currentText() == ""


def test_waiting_for_the_customer_then_ready_then_corrected(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = assigned_repair(store)
    window = WorkOrderWindow(store, job)
    qtbot.addWidget(window)
    window.show()
    panel = window.downtime
    assert panel is not None
    window.tabs.setCurrentWidget(panel)
    assert panel.start_button.isEnabled() and not panel.ready_button.isEnabled()
    assert window.waiting.isHidden()
    started = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=3)

    def fill(dialog: WaitDialog) -> int:
        assert dialog.still.isChecked() and not dialog.ended.isEnabled()
        assert isinstance(dialog.reason, QComboBox)
        dialog.reason.setCurrentText("")
        assert not dialog.try_save()
        assert dialog.error_text("reason") == "⚠ Say why: the reason is required."
        set_moment(dialog.started, started)  # type: ignore[arg-type]
        dialog.reason.setCurrentIndex(1)  # "Hospital's approval pending"
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(WaitDialog, "exec", fill)
    panel.start_button.click()
    (wait,) = downtime.downtime(store, job).waits
    assert (wait.started_at, wait.ended_at) == (started, None)
    assert wait.reason == "Hospital's approval pending"
    # the window's header says the repair waits, and since when
    assert window.waiting.isVisible()
    assert window.waiting.text().startswith("Waiting for the customer since ")
    assert window.waiting.text().endswith(": Hospital's approval pending")
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "still waiting"  # type: ignore[union-attr]
    assert not panel.start_button.isEnabled() and panel.ready_button.isEnabled()

    panel.ready_button.click()
    (wait,) = downtime.downtime(store, job).waits
    assert wait.ended_at is not None and wait.ended_at > started
    assert window.waiting.isHidden()
    assert panel.start_button.isEnabled() and not panel.ready_button.isEnabled()

    # The engineer pressed "Customer ready" late: corrects the end to 2 h after the start.
    def correct(dialog: WaitDialog) -> int:
        assert not dialog.still.isChecked() and dialog.ended.isEnabled()
        set_moment(dialog.ended, started + timedelta(hours=2))  # type: ignore[arg-type]
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(WaitDialog, "exec", correct)
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()
    panel.edit_button.click()
    (wait,) = downtime.downtime(store, job).waits
    assert wait.ended_at == started + timedelta(hours=2)
    assert panel.table.item(0, 2).text() == "2.0"  # type: ignore[union-attr]
    assert panel.status.text() == "Waited for the customer 1 time(s), 2.0 h in all."


def test_someone_not_on_the_job_sees_but_cannot_record(qtbot: QtBot, store: Store) -> None:
    job = assigned_repair(store)
    store.user_login = "zhao.lei"  # not assigned (an engineer by default)
    window = WorkOrderWindow(store, job)
    qtbot.addWidget(window)
    panel = window.downtime
    assert panel is not None
    for widget in (panel.customer, panel.failure, panel.start_button, panel.ready_button):
        assert not widget.isEnabled()


def test_the_units_history_lists_its_customer_downtime(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QTabWidget

    from app.ui.list_page import ListPage
    from app.ui.registry.equipment_detail import EquipmentDetailDialog

    job = assigned_repair(store)
    with store.reading() as session:
        from app.db.models import WorkOrder

        order = session.get(WorkOrder, job)
        assert order is not None
        unit_id, reported = order.equipment_id, order.reported_at
    downtime.set_cause(store, job, DowntimeCause.CUSTOMER_CAUSED, "医院停电")
    downtime.start_waiting(
        store, job, "等待医院审批", reported + timedelta(hours=1), reported + timedelta(hours=3.5)
    )
    factories.work_order(store, unit_id)  # a plain failure: not listed
    detail = EquipmentDetailDialog(store, unit_id)
    qtbot.addWidget(detail)
    detail.show()
    tabs = detail.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(3) == "Customer downtime"
    tabs.setCurrentIndex(3)
    page = tabs.currentWidget()
    assert isinstance(page, ListPage)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[2:] == ["医院停电", "2.5", "等待医院审批"]
    assert model.id_at(0) == job


def test_the_dashboards_drill_down_says_why_hours_were_not_counted(
    qtbot: QtBot, store: Store, tmp_path: object
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from app.ui.kpis.dashboard_page import DashboardPage
    from tests.test_customer_downtime import recorded

    local_time.set_zone("Asia/Shanghai")
    try:
        recorded(store)
        store.user_login = "tester"  # not field staff: the manager's month
        ini = Path(str(tmp_path)) / "s.ini"
        page = DashboardPage(store, QSettings(str(ini), QSettings.Format.IniFormat))
        page.month.setDate(page.month.date().fromString("2026-03-01", "yyyy-MM-dd"))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.dashboard is not None and page.contracts.rowCount() == 1)
        cells = [page.contracts.item(0, c).text() for c in range(3, 8)]  # type: ignore[union-attr]
        assert cells == ["99.8%", "97.0%", "0.5", "0.0", "14.5"]
        page.contracts.doubleClicked.emit(page.contracts.model().index(0, 0))
        dialog = page.drill_dialog
        assert dialog is not None
        listed = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert listed == [
            "WO-weekend — not counted: waiting for the customer 4.5 h",
            "WO-again — not counted: caused by the customer 6.0 h",
            "WO-pm2 — not counted: planned work 4.0 h",
        ]
        dialog.close()
        # The engineer's uptime: that of the unit they worked on in March.
        assert page.uptime_tabs.tabText(1) == "By engineer"
        row = [page.engineers.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
        assert row == ["李娜", "99.8%", "0.5", "14.5", "0.0"]
    finally:
        local_time.set_zone(None)


def test_the_change_history_shows_the_cause_and_the_periods(qtbot: QtBot, store: Store) -> None:
    job = assigned_repair(store)
    with store.reading() as session:
        from app.db.models import WorkOrder

        order = session.get(WorkOrder, job)
        assert order is not None
        reported = order.reported_at
    downtime.set_cause(store, job, DowntimeCause.CUSTOMER_CAUSED, "医院停电")
    wait_id = downtime.start_waiting(store, job, "等待医院审批", reported + timedelta(hours=1))
    downtime.delete_wait(store, wait_id)
    rows = downtime.history(store, job)
    started = local_time.local(reported + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    fields = {(r.field, r.new_value) for r in rows}
    assert ("reason", "医院停电") in fields and ("cause", "customer_caused") in fields
    assert (f"{started} · reason", "等待医院审批") in fields
    assert any(r.field == f"{started} · deleted_at" and r.new_value for r in rows)
    window = WorkOrderWindow(store, job)
    qtbot.addWidget(window)
    assert window.downtime is not None
    dialog = window.downtime.show_history()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(rows))
    dialog.close()
