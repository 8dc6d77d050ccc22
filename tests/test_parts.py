"""The parts catalogue and the parts fitted on a work order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db.fieldwork import PartUsage
from app.db.models import WorkOrder
from app.domain.enums import RemovedPartFate, WorkOrderState
from app.domain.records import TOO_LONG, ValidationError
from app.services import records
from app.services.registry import parts
from app.services.registry.parts import PartDraft, UsageDraft
from app.services.store import Store
from app.ui.i18n import install_translators
from app.ui.work_orders.parts_panel import AddPartDialog, PartDialog, PartsPanel
from tests import factories


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    install_translators(qapp, "en")


@pytest.fixture
def repair(store: Store) -> str:
    _, _, unit = factories.hospital_with_unit(store)
    return factories.work_order(store, unit).id


def catalogue(store: Store) -> dict[str, str]:
    """part number → id of a few parts."""
    made = [
        parts.create_part(store, PartDraft("1105540-01", "MLC 叶片驱动电机", "pc")),
        parts.create_part(store, PartDraft("MAG-2.6MW", "磁控管 Magnetron 2.6 MW", "pc")),
        parts.create_part(store, PartDraft("CW-FILTER-05", "冷却水过滤器滤芯", "pc")),
        parts.create_part(store, PartDraft("GLYCOL-25", "冷却液 coolant", "L")),
    ]
    return {p.part_number: p.id for p in made}


def test_search_by_number_or_description(store: Store) -> None:
    catalogue(store)
    assert [p.part_number for p in parts.search_parts(store, "1105540")] == ["1105540-01"]
    assert [p.part_number for p in parts.search_parts(store, "冷却")] == [
        "CW-FILTER-05",
        "GLYCOL-25",
    ]
    assert [p.part_number for p in parts.search_parts(store, "magnetron")] == ["MAG-2.6MW"]
    assert [p.part_number for p in parts.search_parts(store, "冷却 filter")] == ["CW-FILTER-05"]
    assert parts.search_parts(store, "100%") == []
    assert len(parts.search_parts(store, "")) == 4


def test_a_number_that_starts_with_the_text_comes_first(store: Store) -> None:
    parts.create_part(store, PartDraft("X-CW-1", "Bracket for CW"))
    catalogue(store)
    assert [p.part_number for p in parts.search_parts(store, "cw")][0] == "CW-FILTER-05"


def test_part_numbers_are_unique_and_checked(store: Store) -> None:
    catalogue(store)
    with pytest.raises(ValidationError) as refused:
        parts.create_part(store, PartDraft("mag-2.6mw", "另一个磁控管"))
    assert [(e.field, e.message) for e in refused.value.errors] == [
        ("part_number", parts.DUPLICATE_PART_NUMBER)
    ]
    with pytest.raises(ValidationError) as refused:
        parts.create_part(store, PartDraft("#12", "", ""))
    assert [e.field for e in refused.value.errors] == ["part_number", "description", "unit"]
    assert parts.create_part(store, PartDraft("  ab  12 ", " 螺丝 ")).part_number == "ab 12"


def test_parts_are_recorded_on_a_work_order_and_removed(store: Store, repair: str) -> None:
    ids = catalogue(store)
    motor = parts.record_usage(
        store,
        repair,
        UsageDraft(
            ids["1105540-01"], 1, " SN-OLD-17 ", "SN-NEW-42", removed_part_fate=RemovedPartFate.RMA
        ),
    )
    parts.record_usage(store, repair, UsageDraft(ids["GLYCOL-25"], 2.5))
    used = parts.usages_of(store, repair)
    assert [(u.part_number, u.quantity, u.unit) for u in used] == [
        ("1105540-01", 1, "pc"),
        ("GLYCOL-25", 2.5, "L"),
    ]
    assert (used[0].serial_out, used[0].serial_in) == ("SN-OLD-17", "SN-NEW-42")
    parts.remove_usage(store, motor)
    assert [u.part_number for u in parts.usages_of(store, repair)] == ["GLYCOL-25"]
    assert used[0].removed_part_fate is RemovedPartFate.RMA
    with store.reading() as session:
        assert session.get_one(PartUsage, motor).deleted_at is not None


def test_usage_is_refused_with_reasons(store: Store, repair: str) -> None:
    ids = catalogue(store)
    cases = [
        (UsageDraft("", 1), [("part_id", parts.CHOOSE_PART)]),
        (UsageDraft(ids["GLYCOL-25"], 0), [("quantity", parts.BAD_QUANTITY)]),
        (UsageDraft(ids["GLYCOL-25"], -1), [("quantity", parts.BAD_QUANTITY)]),
        (
            UsageDraft(ids["1105540-01"], 2, "SN1", removed_part_fate=RemovedPartFate.SCRAPPED),
            [("quantity", parts.ONE_SERIALISED_PIECE)],
        ),
        (
            UsageDraft(ids["1105540-01"], 1, "SN1"),
            [("removed_part_fate", parts.REMOVED_SERIAL_NEEDS_FATE)],
        ),
        (
            UsageDraft(ids["GLYCOL-25"], 1, removed_part_fate=RemovedPartFate.NOT_RECORDED),
            [("removed_part_fate", parts.SAY_REMOVED_FATE)],
        ),
        (
            UsageDraft(ids["GLYCOL-25"], 1, production_date=date(2999, 1, 1)),
            [("production_date", parts.PRODUCED_IN_FUTURE)],
        ),
        (
            UsageDraft(ids["GLYCOL-25"], 1, manufacturer="x" * 101),
            [("manufacturer", TOO_LONG)],
        ),
    ]
    for draft, expected in cases:
        with pytest.raises(ValidationError) as refused:
            parts.record_usage(store, repair, draft)
        assert [(e.field, e.message) for e in refused.value.errors] == expected
    with store.session() as session:
        session.get_one(WorkOrder, repair).state = WorkOrderState.CLOSED
    with pytest.raises(ValidationError) as refused:
        parts.record_usage(store, repair, UsageDraft(ids["GLYCOL-25"], 1))
    assert refused.value.errors[0].message == records.READ_ONLY
    assert parts.usages_of(store, repair) == []


# --- UI ------------------------------------------------------------------------------------


def test_adding_a_part_found_in_the_catalogue(
    qtbot: QtBot, store: Store, repair: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue(store)
    panel = PartsPanel(store, repair)
    qtbot.addWidget(panel)

    def fill_in() -> None:
        dialog = panel.findChild(AddPartDialog)
        assert dialog is not None
        dialog.buttons.accepted.emit()  # nothing chosen yet
        assert dialog.error_text("part_id") == "⚠ Choose a part from the catalogue."
        qtbot.keyClicks(dialog.search, "1105540")
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=3000)
        assert dialog.chosen_part()  # the only match is chosen
        qtbot.keyClicks(dialog.serial_out, "SN-OLD-17")
        dialog.buttons.accepted.emit()  # a part came out: where did it go?
        assert dialog.error_text("removed_part_fate") == (
            "⚠ A part was taken out (its serial number is given): say what happened to it."
        )
        dialog.removed_part_fate.setCurrentIndex(
            dialog.removed_part_fate.findData(RemovedPartFate.RMA)
        )
        qtbot.keyClicks(dialog.manufacturer, "Varian")
        qtbot.keyClicks(dialog.model_spec, "MLC motor 24 V")
        qtbot.keyClicks(dialog.lot_number, "L2026-07")
        dialog.production_date.set_value(date(2026, 7, 1))
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        panel.add_part()
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 0)) == "1105540-01"
    assert panel.model.data(panel.model.index(0, 3)) == "SN-OLD-17"
    assert panel.model.data(panel.model.index(0, 5)) == "Varian · MLC motor 24 V"
    assert panel.model.data(panel.model.index(0, 6)) == "L2026-07 · 2026-07-01"
    assert panel.model.data(panel.model.index(0, 7)) == "Sent to manufacturer (RMA)"

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel._remove()
    assert panel.model.rowCount() == 0


def test_a_part_missing_from_the_catalogue_is_created_on_the_spot(
    qtbot: QtBot, store: Store, repair: str
) -> None:
    dialog = AddPartDialog(store, repair)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "SF6-VALVE")

    def create() -> None:
        new = dialog.findChild(PartDialog)
        assert new is not None and new.part_number.text() == "SF6-VALVE"
        new.description.setText("SF6 充气阀")  # QTest types ASCII only
        new.buttons.accepted.emit()

    QTimer.singleShot(0, create)
    dialog._new_part()
    assert dialog.chosen_part()
    dialog.buttons.accepted.emit()
    assert dialog.result() == AddPartDialog.DialogCode.Accepted
    assert [u.description for u in parts.usages_of(store, repair)] == ["SF6 充气阀"]


def test_the_quantity_reads_in_the_screens_language(qapp: QApplication) -> None:
    """ "1 pc" on an English screen, "1 件" on a Chinese one (issue 20)."""
    from app.services.registry.parts import UsageRow
    from app.ui.i18n import install_translators
    from app.ui.work_orders.parts_panel import UsageTableModel

    model = UsageTableModel()
    model.set_rows([UsageRow("u", "p", "1105540-01", "MLC 叶片驱动电机", "pc", 1, "", "")])
    quantity = model.index(0, UsageTableModel.QUANTITY)
    try:
        install_translators(qapp, "zh_CN")
        assert model.data(quantity) == "1 件"
        install_translators(qapp, "en")
        assert model.data(quantity) == "1 pc"
    finally:
        install_translators(qapp, "en")


def test_a_closed_jobs_parts_cannot_be_changed_and_the_panel_says_why(
    qtbot: QtBot, store: Store, repair: str
) -> None:
    from app.domain.enums import UserRole, WorkOrderState
    from app.services.work_orders import workflow

    panel = PartsPanel(store, repair)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.add_button.isEnabled() and panel.read_only.isHidden()
    workflow.move(store, repair, WorkOrderState.CANCELLED, UserRole.SERVICE_MANAGER, "重复报修")
    panel.show_edit_state()
    assert not panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    assert panel.read_only.isVisible()
    assert panel.read_only.text() == "This work order is closed; its records are read-only."
