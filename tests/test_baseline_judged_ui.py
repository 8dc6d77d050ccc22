"""On the run screen a person-judged item (TG-142 "baseline") shows the unit's baseline
where the limits would be, the measured value with its difference, and takes the
physicist's verdict in its verdict cell, right after the value."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.enums import Verdict
from app.domain.unit_configuration import BaselineOccasion
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.store import Store
from app.ui.checklists import checklist_run_widget
from app.ui.checklists.checklist_run_widget import COL_LIMITS, COL_VALUE, COL_VERDICT
from app.ui.i18n import install_translators
from tests.test_checklist_run_widget import editor, show, stored, type_value
from tests.test_unit_configuration import configured_unit

MONTHLY = "linac_qa_monthly_tg142"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def test_value_then_verdict_on_the_same_row(qtbot: QtBot, store: Store) -> None:
    _, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, MONTHLY)
    beam_values.set_baseline(
        store, run_id, "cbct_hu_constancy", None, "2 HU", BaselineOccasion.ACCEPTANCE
    )
    widget = show(qtbot, store, run_id)
    model = widget.model
    row = model.row_of("cbct_hu_constancy")
    limits = model.index(row, COL_LIMITS).data()
    assert limits.startswith("Baseline 2 HU (Acceptance")
    assert limits.endswith("No limit: your verdict")
    assert widget.baseline_button.isEnabled() is False  # the first open row is not judged
    widget.table.setCurrentIndex(model.index(row, COL_VALUE))
    assert widget.baseline_button.isEnabled()

    type_value(qtbot, widget, "-5", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, COL_VALUE).data() == "-5 HU  (Δ -7 HU)")
    assert model.index(row, COL_VERDICT).data() == "— Not entered"
    assert "give your verdict" in widget.status.text()
    # Enter went on to this row's verdict, not the next item.
    assert widget.table.currentIndex().row() == row
    assert widget.table.currentIndex().column() == COL_VERDICT
    qtbot.keyClicks(editor(widget), "maybe")
    qtbot.keyClick(editor(widget), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "verdict: pass, warning or fail" in widget.status.text())
    assert stored(store, run_id)["cbct_hu_constancy"].verdict is Verdict.PENDING
    line = editor(widget)  # still open on the refused word
    line.clear()
    qtbot.keyClicks(line, "w")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, COL_VERDICT).data() == "⚠ Warning")
    assert stored(store, run_id)["cbct_hu_constancy"].verdict is Verdict.WARNING
    assert widget.table.currentIndex().row() == row + 1  # then on to the next item
    qtbot.keyClick(editor(widget), Qt.Key.Key_Escape)


def test_setting_the_units_baseline_from_the_screen(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, MONTHLY)
    widget = show(qtbot, store, run_id)
    model = widget.model
    row = model.row_of("kv_noise")
    assert model.index(row, COL_LIMITS).data().startswith("No baseline set")
    widget.table.setCurrentIndex(model.index(row, COL_VALUE))

    def accept(dialog: checklist_run_widget.BaselineDialog) -> bool:
        dialog.value.setText("1.1%")
        return True

    monkeypatch.setattr(checklist_run_widget.BaselineDialog, "exec", accept)
    widget.baseline_button.click()
    qtbot.waitUntil(lambda: model.index(row, COL_LIMITS).data().startswith("Baseline 1.1%"))
    assert widget.status.text() == f"Baseline set: {model.label(model.rows[row])}"
