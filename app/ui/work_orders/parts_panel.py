"""The parts fitted on a work order (§4.4 "parts replaced"), picked from the catalogue.

Adding a part searches the catalogue as the engineer types (off the GUI thread: the
catalogue has no size limit); a part missing from it can be created on the spot.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RemovedPartFate
from app.domain.records import ValidationError
from app.domain.units import unit_in
from app.services.records import RecordGone, read_only_reason
from app.services.registry import parts
from app.services.registry.parts import PartDraft, PartRow, UsageDraft, UsageRow
from app.services.store import Store
from app.ui.i18n import chinese
from app.ui.labels import enum_label, validation_message
from app.ui.list_page import RecordTable
from app.ui.record_dialog import ERROR_STYLE, RecordDialog
from app.ui.tasks import run_in_background
from app.ui.widgets import OptionalDateEdit, enum_combo
from app.ui.work_orders.findings_panel import ID_ROLE, RowsTableModel

SEARCH_DELAY_MS = 150
PART_ROLE = Qt.ItemDataRole.UserRole + 2
# "Not recorded" is only for lines saved before the question was asked.
REMOVED_FATES = [f for f in RemovedPartFate if f is not RemovedPartFate.NOT_RECORDED]


class UsageTableModel(RowsTableModel):
    NUMBER, DESCRIPTION, QUANTITY, SERIAL_OUT, SERIAL_IN, MAKER, LOT, REMOVED = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Part number"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Serial out"),
            self.tr("Serial in"),
            self.tr("Manufacturer, model"),
            self.tr("Lot, produced"),
            self.tr("Removed part"),
        ]

    def cell(self, row: UsageRow, column: int) -> str:
        if column == self.QUANTITY:
            unit = unit_in("zh_CN" if chinese() else "en", row.unit)
            return f"{row.quantity:g} {unit}"
        if column == self.MAKER:
            return " · ".join(t for t in (row.manufacturer, row.model_spec) if t)
        if column == self.LOT:
            produced = row.production_date.isoformat() if row.production_date else ""
            return " · ".join(t for t in (row.lot_number, produced) if t)
        if column == self.REMOVED:
            return enum_label(row.removed_part_fate)
        return (row.part_number, row.description, "", row.serial_out, row.serial_in)[column]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class PartsPanel(QWidget):
    """Table of the parts used on one work order, with Add part… and Remove."""

    changed = Signal()

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.model = UsageTableModel(self)
        self.table = RecordTable()
        self.table.setModel(self.model)
        for column, width in enumerate((120, 220, 70, 100, 100, 320, 160)):
            self.table.setColumnWidth(column, width)
        self.add_button = add = QPushButton(self.tr("&Add part…"))
        add.clicked.connect(self.add_part)
        self.remove_button = remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        # Why parts cannot be added or removed (a closed job), beside the buttons.
        self.read_only = QLabel()
        self.read_only.setObjectName("parts_read_only")
        self.read_only.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(self.read_only)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(parts.usages_of(self.store, self.work_order_id))
        self.show_edit_state()

    def show_edit_state(self) -> None:
        """Add and Remove are disabled, with the reason beside them, when the job's
        records are read-only."""
        refused = read_only_reason(self.store, self.work_order_id)
        reason = validation_message(refused) if refused else ""
        for button in (self.add_button, self.remove_button):
            button.setEnabled(refused is None)
            button.setToolTip(reason)
        self.read_only.setText(reason)
        self.read_only.setVisible(bool(reason))

    def add_part(self) -> None:
        if AddPartDialog(self.store, self.work_order_id, self).exec():
            self.message.clear()
            self.reload()
            self.changed.emit()

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove the selected part from this work order?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            parts.remove_usage(self.store, str(index.data(ID_ROLE)))
        except ValidationError as exc:
            self.message.setText(validation_message(exc.errors[0].message))
            return
        except RecordGone:
            pass
        self.message.clear()
        self.reload()
        self.changed.emit()


class AddPartDialog(RecordDialog):
    """Find the part (or create it), then quantity, the serial numbers out and in, the
    fitted part's maker, model, lot and production date, and where the old one went."""

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Part used"), parent)
        self.store, self.work_order_id = store, work_order_id
        self.usage_id: str | None = None
        self._generation = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part number or description"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(140)
        new = QPushButton(self.tr("&New part…"))
        new.setToolTip(self.tr("Add a part that is not in the catalogue yet"))
        new.clicked.connect(self._new_part)
        picker = QWidget()
        column = QVBoxLayout(picker)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(new)
        column.addLayout(row)
        column.addWidget(self.results)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, parts.MAX_QUANTITY)
        self.quantity.setDecimals(2)
        self.quantity.setValue(1)
        self.serial_out = QLineEdit()
        self.serial_out.setPlaceholderText(self.tr("Serial number of the part taken out"))
        self.serial_in = QLineEdit()
        self.serial_in.setPlaceholderText(self.tr("Serial number of the part fitted"))
        self.add_field("part_id", self.tr("Part"), picker)
        self.add_field("quantity", self.tr("Quantity"), self.quantity)
        self.add_field("serial_out", self.tr("Serial out"), self.serial_out)
        self.add_field("serial_in", self.tr("Serial in"), self.serial_in)
        self.manufacturer = QLineEdit()
        self.manufacturer.setPlaceholderText(self.tr("Maker of the part fitted"))
        self.model_spec = QLineEdit()
        self.model_spec.setPlaceholderText(self.tr("Model or specification on its label"))
        self.lot_number = QLineEdit()
        self.lot_number.setPlaceholderText(self.tr("Lot or batch, when it has no serial number"))
        self.production_date = OptionalDateEdit()
        self.removed_part_fate = enum_combo(REMOVED_FATES, RemovedPartFate.NONE)
        self.add_field("manufacturer", self.tr("Manufacturer"), self.manufacturer)
        self.add_field("model_spec", self.tr("Model / specification"), self.model_spec)
        self.add_field("lot_number", self.tr("Lot number"), self.lot_number)
        self.add_field("production_date", self.tr("Production date"), self.production_date)
        self.add_field("removed_part_fate", self.tr("Removed part"), self.removed_part_fate)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.find_parts)
        self.search.textChanged.connect(self._debounce.start)
        self.find_parts()
        self.resize(560, 620)

    def find_parts(self) -> None:
        """Searches the catalogue in a worker; only the newest search's answer is shown."""
        self._generation += 1
        generation, text, store = self._generation, self.search.text(), self.store

        def done(found: list[PartRow]) -> None:
            # the dialog may be gone by the time a slow search answers
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(found)

        run_in_background(lambda: parts.search_parts(store, text), done)

    def _show(self, found: list[PartRow], chosen: str | None = None) -> None:
        self.results.clear()
        for part in found:
            item = QListWidgetItem(f"{part.part_number}  {part.description}  ({part.unit})")
            item.setData(PART_ROLE, part.id)
            self.results.addItem(item)
            if part.id == chosen or (chosen is None and len(found) == 1):
                self.results.setCurrentItem(item)

    def chosen_part(self) -> str:
        item = self.results.currentItem()
        return str(item.data(PART_ROLE)) if item is not None and item.isSelected() else ""

    def _new_part(self) -> None:
        dialog = PartDialog(self.store, self, self.search.text().strip())
        if dialog.exec() and dialog.part is not None:
            self._generation += 1  # drop a search still running
            self.search.blockSignals(True)
            self.search.setText(dialog.part.part_number)
            self.search.blockSignals(False)
            self._show([dialog.part], chosen=dialog.part.id)

    def save(self) -> None:
        draft = UsageDraft(
            self.chosen_part(),
            self.quantity.value(),
            self.serial_out.text(),
            self.serial_in.text(),
            self.manufacturer.text(),
            self.model_spec.text(),
            self.lot_number.text(),
            self.production_date.value(),
            RemovedPartFate(self.removed_part_fate.currentData()),
        )
        self.usage_id = parts.record_usage(self.store, self.work_order_id, draft)


class PartDialog(RecordDialog):
    """A new catalogue part: number (unique), description, unit."""

    def __init__(self, store: Store, parent: QWidget | None = None, number: str = "") -> None:
        super().__init__(self.tr("New part"), parent)
        self.store = store
        self.part: PartRow | None = None
        self.part_number = QLineEdit(number)
        self.description = QLineEdit()
        self.unit = QLineEdit("pc")
        self.unit.setMaximumWidth(120)
        self.add_field("part_number", self.tr("Part number"), self.part_number)
        self.add_field("description", self.tr("Description"), self.description)
        self.add_field("unit", self.tr("Unit"), self.unit)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        draft = PartDraft(self.part_number.text(), self.description.text(), self.unit.text())
        self.part = parts.create_part(self.store, draft)
