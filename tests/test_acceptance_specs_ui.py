"""The model's acceptance specification dialog and the refusal to start an acceptance
run without it, as the service manager and an engineer see them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.enums import UserRole
from app.services.checklists import checklist_runs as runs
from app.services.checklists.acceptance_specs import SpecMissing
from app.services.store import Store
from app.ui.checklists.acceptance_specs_dialog import DOCUMENT, ITEM, SPEC, AcceptanceSpecsDialog
from app.ui.checklists.checklists_panel import spec_missing_text
from app.ui.checklists.run_table_model import COL_LIMITS, ChecklistRunTableModel
from app.ui.i18n import install_translators
from tests.instrument_helpers import as_role
from tests.spec_helpers import enter_specs, model_of
from tests.test_acceptance_specs import acceptance_order


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(QLocale("en"))


def dialog_for(qtbot: QtBot, store: Store, unit_id: str, rows: int) -> AcceptanceSpecsDialog:
    dialog = AcceptanceSpecsDialog(store, model_of(store, unit_id), "Varian TrueBeam")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows)
    return dialog


def cell(dialog: AcceptanceSpecsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def row_of(dialog: AcceptanceSpecsDialog, label: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if cell(dialog, r, ITEM) == label)


def test_the_service_manager_enters_a_value_with_its_document(qtbot: QtBot, store: Store) -> None:
    unit_id, _ = acceptance_order(store)
    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    dialog = dialog_for(qtbot, store, unit_id, 14)
    assert (
        dialog.missing.text() == "14 of 14 values still to enter: acceptance runs cannot start yet."
    )
    assert dialog.example_button.isHidden()  # no example ships for a TrueBeam
    row = row_of(dialog, "Displacement of the radiation beam axis from the isocentre")
    dialog.table.selectRow(row)
    assert cell(dialog, row, SPEC) == "(not entered)"
    dialog.value.setText("1")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert not dialog.document_error.isHidden()  # no document named: refused, nothing saved
    assert "ATP document" in dialog.document_error.text()
    dialog.document.setText("ATP-TB-001 Rev C §4.2")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(dialog, row, SPEC) == "±1 mm")
    assert cell(dialog, row, DOCUMENT) == "ATP-TB-001 Rev C §4.2"
    assert dialog.missing.text().startswith("13 of 14 values")
    assert dialog.clear_button.isEnabled()


def test_an_engineer_reads_only_and_the_halcyon_example(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_id, order_id = acceptance_order(store, ("Varian", "Halcyon"))
    dialog = dialog_for(qtbot, store, unit_id, 7)
    assert not dialog.read_only_note.isHidden()
    assert not dialog.set_button.isEnabled() and not dialog.example_button.isEnabled()
    with pytest.raises(SpecMissing) as refused:
        runs.start_run(store, order_id, "linac_acceptance_halcyon")
    text = spec_missing_text(refused.value)
    assert text.startswith("Varian Halcyon: The unit's model lacks values of its acceptance")
    assert "• Dose monitoring proportionality (MU linearity), largest deviation" in text
    assert text.endswith("Acceptance specification….")

    as_role(store, UserRole.SERVICE_MANAGER, "zhou.manager")
    manager = dialog_for(qtbot, store, unit_id, 7)
    assert manager.example_button.isEnabled()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(manager.example_button, Qt.MouseButton.LeftButton)  # No: nothing
    assert manager.missing.text().startswith("7 of 7 values")
    assert "7 item(s) without a value" in asked[0]
    qtbot.mouseClick(manager.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: manager.missing.text().startswith("Every value entered"))
    assert "Shipped example" in cell(manager, 0, DOCUMENT)
    assert not manager.example_button.isEnabled()
    assert runs.start_run(store, order_id, "linac_acceptance_halcyon")


def test_the_run_screen_says_the_limit_is_the_models_atp_value(store: Store) -> None:
    unit_id, order_id = acceptance_order(store)
    enter_specs(store, unit_id)
    model = ChecklistRunTableModel(
        store, runs.start_run(store, order_id, "linac_acceptance", "imrt")
    )
    flatness = model.index(model.row_of("xray_flatness"), COL_LIMITS).data()
    assert flatness == "≤ 106%\nModel specification (ATP)"
    survey = model.index(model.row_of("radiation_survey"), COL_LIMITS).data()
    assert "ATP" not in survey  # GBZ 121's limit, not the model's
