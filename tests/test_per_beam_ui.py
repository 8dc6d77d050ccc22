"""Per-beam entry on the run screen: one row per beam, each judged, the difference from
the baseline computed and shown, a FAIL on one beam failing the item."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.enums import Verdict
from app.domain.unit_configuration import BaselineOccasion
from app.services.checklists import beam_values
from app.services.checklists import checklist_runs as runs
from app.services.store import Store
from app.ui.checklists.checklist_run_widget import COL_LIMITS, COL_VALUE, COL_VERDICT
from app.ui.i18n import install_translators
from tests.test_checklist_run_widget import editor, show, stored, type_value
from tests.test_unit_configuration import ANNUAL, beam_ids, configured_unit


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def test_each_beam_is_entered_on_its_row_and_judged(qtbot: QtBot, store: Store) -> None:
    unit_id, order_id = configured_unit(store)
    run_id = runs.start_run(store, order_id, ANNUAL)
    beams = beam_ids(store, unit_id)
    beam_values.set_baseline(
        store, run_id, "xray_beam_quality", beams["6 MV"], "66.5", BaselineOccasion.ACCEPTANCE
    )
    widget = show(qtbot, store, run_id)
    model = widget.model
    six = model.row_of_beam("output_calibration", beams["6 MV"])
    item_row = model.row_of("output_calibration")
    assert model.index(six, 0).data() == "    ↳ 6 MV"
    assert model.index(item_row, COL_VALUE).data() == "0 of 4 beams"

    widget.table.setCurrentIndex(model.index(six, COL_VALUE))
    type_value(qtbot, widget, "1.004", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(six, COL_VERDICT).data() == "✔ Pass")
    # Enter moved on to the next beam of the item: 10 MV fails.
    assert widget.table.currentIndex().row() == six + 1
    qtbot.keyClicks(editor(widget), "1.03")  # the next beam's editor is already open
    qtbot.keyClick(editor(widget), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(six + 1, COL_VERDICT).data() == "✘ Fail")
    assert model.index(item_row, COL_VERDICT).data() == "✘ Fail"
    assert stored(store, run_id)["output_calibration"].verdict is Verdict.FAIL
    assert model.index(item_row, COL_VALUE).data() == "2 of 4 beams"

    # From baseline: the measured value is typed, the difference shown beside it.
    quality = model.row_of_beam("xray_beam_quality", beams["6 MV"])
    assert model.index(quality, COL_LIMITS).data().startswith("Baseline 66.5% (Acceptance")
    qtbot.keyClick(editor(widget), Qt.Key.Key_Escape)
    widget.table.setCurrentIndex(model.index(quality, COL_VALUE))
    type_value(qtbot, widget, "66.9", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(quality, COL_VERDICT).data() == "✔ Pass")
    assert model.index(quality, COL_VALUE).data() == "66.9%  (Δ +0.6%)"
    assert model.index(quality, COL_LIMITS).data() == "Baseline 66.5%"

    # A beam without a baseline refuses, and says why under the table.
    ten = model.row_of_beam("xray_beam_quality", beams["10 MV"])
    qtbot.keyClick(editor(widget), Qt.Key.Key_Escape)
    widget.table.setCurrentIndex(model.index(ten, COL_VALUE))
    assert widget.baseline_button.isEnabled()
    type_value(qtbot, widget, "73.0", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No baseline for 10 MV" in widget.status.text())
    assert model.index(ten, COL_VERDICT).data() == "— Not entered"


def test_unit_configuration_dialog_edits_beams_and_records_versions(
    qtbot: QtBot, store: Store
) -> None:
    from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit

    from app.services.registry import unit_configuration as config
    from app.ui.registry.unit_configuration_dialog import B_OUTPUT, UnitConfigurationDialog

    unit_id, _ = configured_unit(store)
    dialog = UnitConfigurationDialog(store, unit_id)
    qtbot.addWidget(dialog)
    assert dialog.beams.rowCount() == 4
    assert dialog.treatment_class.currentData() == "imrt"
    dialog.add_beam()
    row = dialog.beams.rowCount() - 1
    particle = dialog.beams.cellWidget(row, 0)
    energy = dialog.beams.cellWidget(row, 1)
    output = dialog.beams.cellWidget(row, B_OUTPUT)
    assert isinstance(particle, QComboBox) and isinstance(energy, QDoubleSpinBox)
    assert isinstance(output, QLineEdit)
    particle.setCurrentIndex(particle.findData("electron"))
    energy.setValue(12)
    qtbot.keyClicks(output, "abc")
    dialog.save()
    assert not dialog.error.isHidden() and "number" in dialog.error.text()
    output.setText("1,002")
    dialog.treatment_class.setCurrentIndex(dialog.treatment_class.findData("srs_sbrt"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    loaded = config.load_configuration(store, unit_id)
    assert loaded.beams[-1].label == "12 MeV" and loaded.beams[-1].reference_output == 1.002
    assert loaded.treatment_class is not None and loaded.treatment_class.value == "srs_sbrt"

    again = UnitConfigurationDialog(store, unit_id)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.component, "TrueBeam console")
    qtbot.keyClicks(again.version, "4.1")
    button = again.findChild(QPushButton, "record_version")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.versions.rowCount() == 1)
    version, component = again.versions.item(0, 2), again.versions.item(0, 1)
    assert version is not None and component is not None
    assert version.text() == "4.1"
    assert not component.flags() & Qt.ItemFlag.ItemIsEditable  # the history is read-only


def test_the_start_dialog_takes_the_units_class_and_asks_why_for_another(
    qtbot: QtBot, store: Store
) -> None:
    from app.ui.checklists.checklists_panel import StartChecklistDialog

    _, order_id = configured_unit(store, "srs_sbrt")
    dialog = StartChecklistDialog(store, order_id)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData(ANNUAL))
    assert dialog.machine_class.currentData() == "srs_sbrt"
    assert dialog.class_reason.isHidden() and dialog.start_button.isEnabled()
    dialog.machine_class.setCurrentIndex(dialog.machine_class.findData("imrt"))
    assert not dialog.class_reason.isHidden() and not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.class_reason, "Physicist: IMRT limits this year")
    assert dialog.start_button.isEnabled()
    assert dialog.class_override_reason() == "Physicist: IMRT limits this year"
