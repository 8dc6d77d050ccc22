"""The run entry widget, driven from the keyboard as an engineer would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.fieldwork import ChecklistValue
from app.domain.enums import Verdict
from app.services.checklists import checklist_runs as runs
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import (
    COL_COMMENT,
    COL_ITEM,
    COL_LIMITS,
    COL_VALUE,
    COL_VERDICT,
    HEADER_ROLE,
    VERDICT_ROLE,
    ChecklistRunTableModel,
    ChecklistRunWidget,
)
from app.ui.i18n import install_translators
from tests import factories

MONTHLY = "linac_qa_monthly_tg142"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def start(store: Store, template: str = MONTHLY, machine_class: str = "non_imrt") -> str:
    _, _, unit_id = factories.hospital_with_unit(store)
    return runs.start_run(store, factories.work_order(store, unit_id).id, template, machine_class)


def show(qtbot: QtBot, store: Store, run_id: str) -> ChecklistRunWidget:
    widget = ChecklistRunWidget(store, run_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.table.setFocus()
    return widget


def editor(widget: ChecklistRunWidget) -> QLineEdit:
    found = widget.table.findChildren(QLineEdit)
    visible = [e for e in found if e.isVisible()]
    assert len(visible) == 1, found
    return visible[0]


def type_value(qtbot: QtBot, widget: ChecklistRunWidget, text: str, key: Qt.Key) -> None:
    """Types on the current row (the first key opens the editor) and presses `key`."""
    qtbot.keyClick(widget.table, text[0])
    line = editor(widget)
    if text[1:]:
        qtbot.keyClicks(line, text[1:])
    qtbot.keyClick(line, key)


def stored(store: Store, run_id: str) -> dict[str, ChecklistValue]:
    with store.reading() as session:
        rows = session.scalars(select(ChecklistValue).where(ChecklistValue.run_id == run_id))
        return {row.item_id: row for row in rows}


def test_model_rows_without_a_window(store: Store) -> None:
    model = ChecklistRunTableModel(store, start(store))
    assert model.data(model.index(0, COL_ITEM), HEADER_ROLE) is True
    assert model.data(model.index(0, COL_ITEM)) == "Dosimetry"
    assert model.data(model.index(1, COL_ITEM)) == "X-ray output constancy, Δ from baseline"
    assert model.data(model.index(1, COL_LIMITS)) == "±2% (action ±3%)"
    assert model.data(model.index(1, COL_VERDICT)) == "— Not entered"
    assert not model.flags(model.index(0, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(1, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, COL_ITEM)) & Qt.ItemFlag.ItemIsEditable
    assert model.headerData(COL_VERDICT, Qt.Orientation.Horizontal) == "Verdict"
    assert model.setData(model.index(1, COL_VALUE), "2.4%", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(1, COL_VERDICT)) == "⚠ Warning"
    assert model.data(model.index(1, COL_VERDICT), VERDICT_ROLE) is Verdict.WARNING
    assert model.data(model.index(1, COL_VALUE)) == "2.4%"
    assert model.data(model.index(1, COL_COMMENT)) == "Comment required"
    assert model.summary().warnings == 1


def test_typing_a_value_and_enter_saves_and_edits_the_next_item(qtbot: QtBot, store: Store) -> None:
    run_id = start(store)
    widget = show(qtbot, store, run_id)
    model, table = widget.model, widget.table
    assert table.currentIndex() == model.index(1, COL_VALUE)

    type_value(qtbot, widget, "2.5", Qt.Key.Key_Return)

    assert model.data(model.index(1, COL_VERDICT)) == "⚠ Warning"
    assert stored(store, run_id)["xray_output"].verdict is Verdict.WARNING
    assert stored(store, run_id)["xray_output"].number == 2.5
    assert table.state() is QAbstractItemView.State.EditingState
    assert table.currentIndex() == model.index(2, COL_VALUE)
    assert "Warning" in widget.status.text() and "comment" in widget.status.text()
    assert "Warnings: 1" in widget.summary_label.text()

    qtbot.keyClicks(editor(widget), "-0,4")  # the next item's editor is already open
    qtbot.keyClick(editor(widget), Qt.Key.Key_Tab)
    assert model.data(model.index(2, COL_VERDICT)) == "✔ Pass"
    assert stored(store, run_id)["electron_output"].number == -0.4
    assert table.currentIndex() == model.index(3, COL_VALUE)


def test_refused_input_keeps_the_editor_and_saves_nothing(qtbot: QtBot, store: Store) -> None:
    run_id = start(store)
    widget = show(qtbot, store, run_id)
    type_value(qtbot, widget, "2 mm", Qt.Key.Key_Return)
    assert "Wrong unit: this item is measured in %." in widget.status.text()
    assert widget.table.state() is QAbstractItemView.State.EditingState
    assert widget.table.currentIndex() == widget.model.index(1, COL_VALUE)
    assert editor(widget).text() == "2 mm"
    assert stored(store, run_id) == {}
    line = editor(widget)
    line.clear()
    qtbot.keyClicks(line, "1")
    qtbot.keyClick(line, Qt.Key.Key_Enter)
    assert stored(store, run_id)["xray_output"].verdict is Verdict.PASS


def test_pass_fail_choices_and_comments(qtbot: QtBot, store: Store) -> None:
    run_id = start(store)
    widget = show(qtbot, store, run_id)
    model, table = widget.model, widget.table
    latching = model.row_of("accessory_latching")
    table.setCurrentIndex(model.index(latching, COL_VALUE))
    type_value(qtbot, widget, "f", Qt.Key.Key_Return)
    assert model.data(model.index(latching, COL_VERDICT)) == "✘ Fail"
    assert model.data(model.index(latching, COL_VALUE)) == "Fail"
    qtbot.keyClick(editor(widget), Qt.Key.Key_Backtab)  # back to the failed item
    assert table.currentIndex() == model.index(latching, COL_VALUE)

    table.setCurrentIndex(model.index(latching, COL_COMMENT))
    type_value(qtbot, widget, "Latch spring replaced", Qt.Key.Key_Return)
    assert stored(store, run_id)["accessory_latching"].comment == "Latch spring replaced"
    assert table.currentIndex() == model.index(latching + 1, COL_VALUE)


def test_complete_shows_the_reasons_then_completes(qtbot: QtBot, store: Store) -> None:
    run_id = start(store, "linac_qa_daily_tg142", "non_imrt")
    widget = show(qtbot, store, run_id)
    runs.record_value(store, run_id, "xray_output", "4")  # fail, no comment
    widget.model.reload()
    qtbot.mouseClick(widget.complete_button, Qt.MouseButton.LeftButton)
    assert widget.problems.isVisible()
    text = widget.problems.text()
    assert "X-ray output constancy" in text and "add a comment" in text
    assert "Not entered yet" in text and "… and 9 more" in text  # 17 problems, 8 listed
    assert widget.table.currentIndex().row() == widget.model.row_of("xray_output")

    runs.set_comment(store, run_id, "xray_output", "Recalibrated by the physicist")
    for item in widget.model.run.items():
        if item.id != "xray_output":
            runs.record_value(store, run_id, item.id, "n/a")
    with qtbot.waitSignal(widget.completed, timeout=1000):
        qtbot.mouseClick(widget.complete_button, Qt.MouseButton.LeftButton)
    assert not widget.problems.isVisible() and not widget.complete_button.isEnabled()
    assert "read-only" in widget.title.text()
    index = widget.model.index(widget.model.row_of("laser_localization"), COL_VALUE)
    assert not widget.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_labels_follow_the_locale(qtbot: QtBot, store: Store) -> None:
    QLocale.setDefault(QLocale("zh_CN"))
    model = ChecklistRunTableModel(store, start(store, "linac_pm", "imrt"))
    assert model.data(model.index(0, COL_ITEM)) == "安全与联锁"
    assert model.data(model.index(1, COL_ITEM)) == "紧急停机按钮（逐个测试）"
    cables = model.row_of("cables_hoses")
    assert model.data(model.index(cables, COL_LIMITS)) == "1 良好 · 2 磨损，已计划更换 · 3 损坏"
    assert model.setData(model.index(cables, COL_VALUE), "2", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(cables, COL_VALUE)) == "磨损，已计划更换"
    assert model.data(model.index(cables, COL_VERDICT), VERDICT_ROLE) is Verdict.WARNING


def test_typing_on_an_item_label_types_into_its_value(qtbot: QtBot, store: Store) -> None:
    run_id = start(store)
    widget = show(qtbot, store, run_id)
    widget.table.setCurrentIndex(widget.model.index(2, COL_ITEM))
    type_value(qtbot, widget, "0.5", Qt.Key.Key_Return)
    assert stored(store, run_id)["electron_output"].number == 0.5


def test_long_item_names_wrap_instead_of_losing_their_middle(qtbot: QtBot, store: Store) -> None:
    """The symmetric and asymmetric light-field items differ only at the end of their
    names: a narrow window wraps them onto more lines, never cuts out the middle."""
    widget = show(qtbot, store, start(store))
    widget.resize(640, 700)
    table, model = widget.table, widget.model
    row = model.row_of("light_radiation_coincidence_asym")
    name = model.data(model.index(row, 0))
    assert name is not None and name.endswith("asymmetric (per side)")
    one_line = widget.fontMetrics().height() + 12
    qtbot.waitUntil(lambda: table.rowHeight(row) > one_line)
    assert table.wordWrap()
    assert table.textElideMode() is not Qt.TextElideMode.ElideMiddle
