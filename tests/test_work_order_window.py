"""The work-order window as an engineer uses it on site."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.db.models import User
from app.domain.enums import UserRole, WorkOrderState, WorkOrderType
from app.services.store import Store
from app.services.work_orders import field_records
from app.ui.i18n import install_translators
from app.ui.work_orders.work_order_window import WorkOrderWindow
from tests import factories

S = WorkOrderState


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


def as_role(store: Store, role: UserRole) -> None:
    with store.session() as session:
        session.add(User(display_name="王强", login="wang.qiang", role=role))
    store.user_login = "wang.qiang"


def step_button(window: WorkOrderWindow, state: WorkOrderState) -> QPushButton:
    button = window.findChild(QPushButton, f"step_{state.value}")
    assert button is not None, state
    return button


def test_steps_through_a_repair_and_explains_what_is_missing(qtbot: QtBot, store: Store) -> None:
    as_role(store, UserRole.REPAIR_TECHNICIAN)
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    window = WorkOrderWindow(store, order.id)
    qtbot.addWidget(window)
    window.show()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][:2] == [
        "Overview",
        "Repair record",
    ]
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        step_button(window, state).click()
    assert "In progress" in window.title.text()
    trial = step_button(window, S.TRIAL_RUN)
    assert not trial.isEnabled()
    assert trial.toolTip() == "Record the cause and the actions taken first."
    # …and the same reason in words beside the buttons, not only in the tooltip.
    assert window.step_reasons.isVisible()
    assert "Trial run: Record the cause and the actions taken first." in (
        window.step_reasons.text()
    )
    assert window.repair is not None
    window.repair.inputs["cause"].setPlainText("离子泵控制器故障")  # type: ignore[attr-defined]
    window.repair.inputs["actions"].setPlainText("更换离子泵控制器")  # type: ignore[attr-defined]
    window.refresh()  # flushes nothing by itself: the step does
    assert window.take_step(S.TRIAL_RUN)
    assert field_records.load_repair(store, order.id).actions == "更换离子泵控制器"
    assert window.history.rowCount() == 4


def test_cancelling_asks_for_the_reason(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_role(store, UserRole.SERVICE_MANAGER)
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id, kind=WorkOrderType.INSPECTION)
    window = WorkOrderWindow(store, order.id)
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("客户推迟巡检", True))
    step_button(window, S.CANCELLED).click()
    assert "Cancelled" in window.title.text()
    reason = window.history.item(0, 3)
    assert reason is not None and reason.text() == "客户推迟巡检"
    assert window.findChild(QPushButton, "step_acknowledged") is None


def test_a_pm_visit_completes_once_its_checklist_is_done(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from app.services.checklists import checklist_runs
    from app.ui.checklists.checklists_panel import StartChecklistDialog

    as_role(store, UserRole.ENGINEER)
    _, _, unit_id = factories.hospital_with_unit(store)  # a Varian TrueBeam: a linac
    order = factories.work_order(store, unit_id, kind=WorkOrderType.PREVENTIVE_MAINTENANCE)
    window = WorkOrderWindow(store, order.id)
    qtbot.addWidget(window)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        step_button(window, state).click()
    done = step_button(window, S.COMPLETED)
    assert not done.isEnabled() and done.toolTip() == "Fill in the checklist first."

    def choose_pm(dialog: StartChecklistDialog) -> int:
        dialog.template.setCurrentIndex(dialog.template.findData("electrical_safety_iec62353"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartChecklistDialog, "exec", choose_pm)
    window.checklists.start()
    assert window.checklists.runs.count() == 1
    run_widget = window.checklists.run_widget
    assert run_widget is not None
    run = checklist_runs.load_run(store, run_widget.model.run_id)
    assert run.template_id == "electrical_safety_iec62353"
    assert not step_button(window, S.COMPLETED).isEnabled()  # started, not finished
    assert window.tabs.tabText(window.tabs.indexOf(window.checklists)) == "Checklists"
    # Photos belong to the item they show: select an entered item, open its photos.
    from app.ui.work_orders.attachments_widget import AttachmentsWidget

    first = run.sections[0].items[0]
    checklist_runs.record_value(store, run.id, first.id, "0.1" if first.unit else "pass")
    run_widget.model.reload()
    row = run_widget.model.row_of(first.id)
    run_widget.table.setCurrentIndex(run_widget.model.index(row, 2))
    value_id = window.checklists.current_value_id()
    assert value_id is not None
    opened: list[AttachmentsWidget] = []

    def capture(dialog: QDialog) -> int:
        opened.extend(dialog.findChildren(AttachmentsWidget))
        return 0

    monkeypatch.setattr(QDialog, "exec", capture)
    window.checklists.item_photos()
    assert len(opened) == 1 and opened[0].checklist_value_id == value_id


def test_the_window_takes_the_whole_of_a_small_screen(qtbot: QtBot, store: Store) -> None:
    _, _, unit_id = factories.hospital_with_unit(store)
    window = WorkOrderWindow(store, factories.work_order(store, unit_id).id)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.show()
    if screen.width() < 1180 or screen.height() < 820:
        assert window.isMaximized()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def _times_labels(window: WorkOrderWindow) -> list[str]:
    from PySide6.QtWidgets import QFormLayout, QLabel

    labels = []
    for row in range(window.times.rowCount()):
        item = window.times.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel):
            labels.append(widget.text())
    return labels


@pytest.mark.parametrize(
    ("kind", "waits_for_parts", "repair_times"),
    [
        (WorkOrderType.INSPECTION, False, False),
        (WorkOrderType.TRAINING, False, False),
        (WorkOrderType.REPAIR, True, True),
    ],
)
def test_step_buttons_and_times_fit_the_job_type(
    qtbot: QtBot, store: Store, kind: WorkOrderType, waits_for_parts: bool, repair_times: bool
) -> None:
    """No "→ Awaiting parts" on an inspection or training, no repair time on training."""
    as_role(store, UserRole.ENGINEER)
    _, _, unit_id = factories.hospital_with_unit(store)
    window = WorkOrderWindow(store, factories.work_order(store, unit_id, kind=kind).id)
    qtbot.addWidget(window)
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        step_button(window, state).click()
    offered = window.findChild(QPushButton, "step_awaiting_parts") is not None
    assert offered is waits_for_parts
    labels = _times_labels(window)
    assert "Response time" in labels
    assert ("Repair time" in labels) is repair_times
    assert ("Downtime" in labels) is repair_times


def test_awaiting_parts_names_the_part_order_and_date(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The step asks which part (from the catalogue or written), the order and the
    expected date; the window shows them; the step back to work marks them received."""
    from datetime import date

    from PySide6.QtCore import QDate

    from app.services.registry import parts
    from app.services.registry.parts import PartDraft
    from app.services.work_orders import awaited_parts
    from app.ui.work_orders.awaiting_parts_dialog import AwaitingPartsDialog

    as_role(store, UserRole.REPAIR_TECHNICIAN)
    parts.create_part(store, PartDraft("1234-5678", "MLC motor", "pc"))
    _, _, unit_id = factories.hospital_with_unit(store)
    order = factories.work_order(store, unit_id)
    window = WorkOrderWindow(store, order.id)
    qtbot.addWidget(window)
    window.show()
    for state in (S.ACKNOWLEDGED, S.ON_SITE, S.IN_PROGRESS):
        step_button(window, state).click()
    assert window.awaiting.isHidden()
    expected = date(date.today().year + 1, 12, 12)  # next year's: never overdue
    seen: dict[str, str] = {}

    def fill(dialog: AwaitingPartsDialog) -> int:
        assert not dialog.try_save()  # nothing named yet: refused, reasons under the fields
        seen["part"] = dialog.error_text("part")
        seen["expected_on"] = dialog.error_text("expected_on")
        dialog.search.setText("1234-5678")
        qtbot.waitUntil(lambda: dialog.results.count() == 1 and dialog.chosen_part() is not None)
        dialog.order_reference.setText("PO-2026-0412")
        dialog.expected_on.setDate(QDate(expected.year, 12, 12))
        assert dialog.add_line()
        dialog.search.setText("Kühlwasserschlauch 1 m")  # not in the catalogue: as written
        dialog.quantity.setValue(2)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AwaitingPartsDialog, "exec", fill)
    assert window.take_step(S.AWAITING_PARTS)
    assert seen["expected_on"] == "⚠ Give the date the part is expected."
    assert seen["part"] == "⚠ Choose the part from the catalogue or write what it is."
    assert "Awaiting parts" in window.title.text()
    assert window.awaiting.isVisible()
    assert window.awaiting.text() == (
        f"Awaiting parts: MLC motor 1234-5678, order PO-2026-0412, expected 12 Dec "
        f"{expected.year}; Kühlwasserschlauch 1 m ×2, order PO-2026-0412, expected 12 Dec "
        f"{expected.year}"
    )
    step_button(window, S.IN_PROGRESS).click()  # the parts arrived
    assert window.awaiting.isHidden()
    assert awaited_parts.awaited(store, order.id) == []
    with store.reading() as session:
        kept = awaited_parts.lines(session, [order.id], received=True)[order.id]
    assert [line.received_at is not None for line in kept] == [True, True]


def test_an_english_screen_names_the_hospital_in_english(qtbot: QtBot, store: Store) -> None:
    from app.domain.records import CustomerDraft
    from app.services.registry import customers

    customer_id, _, unit_id = factories.hospital_with_unit(store)
    english = CustomerDraft("江苏省肿瘤医院", "Jiangsu Cancer Hospital")
    customers.save_customer(store, customer_id, english)
    window = WorkOrderWindow(store, factories.work_order(store, unit_id).id)
    qtbot.addWidget(window)
    assert window.subtitle.text().startswith("Jiangsu Cancer Hospital — ")
    assert "江苏省肿瘤医院" not in window.subtitle.text()


def test_the_awaited_line_reads_in_each_language_and_says_when_it_is_overdue(
    qapp: QApplication,
) -> None:
    from datetime import date, timedelta

    from app.domain.awaited_parts import AwaitedPartLine
    from app.ui.work_orders.awaited_text import awaited_text

    soon = date.today() + timedelta(days=1)
    late = date.today() - timedelta(days=1)
    lines = [
        AwaitedPartLine("1234-5678", "MLC motor", 1, "pc", "PO-1", soon),
        AwaitedPartLine("", "离子泵", 2, "", "", late),
    ]
    english = awaited_text(lines)
    assert english.startswith("Awaiting parts: MLC motor 1234-5678, order PO-1, expected ")
    assert "; 离子泵 ×2, expected " in english and english.endswith(" (overdue)")
    assert english.count("(overdue)") == 1  # tomorrow's part is not late
    try:
        install_translators(qapp, "zh_CN")
        chinese = awaited_text(lines)
        assert chinese.startswith("待配件：MLC motor 1234-5678，订单 PO-1，预计 ")
        assert "；离子泵 ×2，预计 " in chinese and chinese.endswith("（已逾期）")
    finally:
        install_translators(qapp, "en")
