"""Recording one stock movement: its kind decides which fields apply (domain/stock.py);
a refusal of the ledger is shown in the dialog, translated, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import MovementKind
from app.domain.stock import ENDS, NEEDS_REASON, StockRefusal
from app.services.stock.ledger import MovementDraft, record_movement
from app.services.stock.views import LocationChoice, PartChoice
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.stock.names import location_name, refusal_text

K = MovementKind
# The kinds the office records by hand here; issues come with a work order (and later
# with the receiver's signature), returns with it.
DIALOG_KINDS = (K.RECEIPT, K.TRANSFER, K.ISSUE, K.SCRAP, K.REPAIR_OUT, K.ADJUSTMENT)


class MovementDialog(QDialog):
    def __init__(
        self,
        store: Store,
        parts: list[PartChoice],
        locations: list[LocationChoice],
        work_orders: list[tuple[str, str]],
        parent: QWidget | None = None,
        part_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.parts = parts
        self.recorded_id: str | None = None
        self.setWindowTitle(self.tr("Record a stock movement"))
        self.kind = QComboBox()
        for kind in DIALOG_KINDS:
            self.kind.addItem(enum_label(kind), kind)
        self.part = QComboBox()
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for part in parts:
            self.part.addItem(f"{part.part_number} · {part.description}", part.id)
        if part_id is not None:
            self.part.setCurrentIndex(max(0, self.part.findData(part_id)))
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(2)
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setValue(1)
        self.unit = QLabel()
        self.source = self._locations(locations)
        self.target = self._locations(locations)
        self.work_order = QComboBox()
        self.work_order.setEditable(True)
        self.work_order.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.work_order.addItem("", None)
        for order_id, number in work_orders:
            self.work_order.addItem(number, order_id)
        self.serial = QLineEdit()
        self.reason = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Purchase order, delivery note, RMA number…"))
        self.error = QLabel()
        self.error.setObjectName("movementError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Part:"), self.part)
        form.addRow(self.tr("Quantity:"), self.quantity)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("From:"), self.source)
        form.addRow(self.tr("To:"), self.target)
        form.addRow(self.tr("Work order:"), self.work_order)
        form.addRow(self.tr("Serial number:"), self.serial)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Reference:"), self.reference)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._fit_kind)
        self.part.currentIndexChanged.connect(self._fit_part)
        self._fit_kind()
        self._fit_part()
        self.resize(560, self.sizeHint().height())

    def _locations(self, locations: list[LocationChoice]) -> QComboBox:
        box = QComboBox()
        box.addItem("", None)
        for location in locations:
            if location.active:
                box.addItem(location_name(location), location.id)
        return box

    def _fit_kind(self) -> None:
        """Only the fields the kind has are enabled; the others are cleared."""
        kind: MovementKind = self.kind.currentData()
        ends = ENDS[kind]
        for box, needed in ((self.source, ends.source), (self.target, ends.target)):
            box.setEnabled(needed is not False)
            if needed is False:
                box.setCurrentIndex(0)
        self.work_order.setEnabled(ends.work_order)
        if not ends.work_order:
            self.work_order.setCurrentIndex(0)
        self.reason.setPlaceholderText(
            self.tr("Required") if kind in NEEDS_REASON else self.tr("Optional")
        )

    def _fit_part(self) -> None:
        part = self._part()
        self.unit.setText(part.unit if part else "")
        serialised = bool(part and part.serialised)
        self.serial.setEnabled(serialised)
        self.serial.setPlaceholderText(
            self.tr("This part is tracked by serial") if serialised else ""
        )
        if serialised:
            self.quantity.setValue(1)
        self.quantity.setEnabled(not serialised)

    def _part(self) -> PartChoice | None:
        part_id = self.part.currentData()
        return next((p for p in self.parts if p.id == part_id), None)

    def draft(self) -> MovementDraft | None:
        part = self._part()
        if part is None:
            return None
        return MovementDraft(
            kind=self.kind.currentData(),
            part_id=part.id,
            quantity=self.quantity.value(),
            from_location_id=self.source.currentData(),
            to_location_id=self.target.currentData(),
            work_order_id=self.work_order.currentData(),
            serial=self.serial.text() if part.serialised else "",
            reason=self.reason.text(),
            reference=self.reference.text(),
        )

    def _save(self) -> None:
        draft = self.draft()
        if draft is None:
            self._show_error(self.tr("Choose a part from the catalogue."))
            return
        try:
            self.recorded_id = record_movement(self.store, draft)
        except StockRefusal as refusal:
            self._show_error(refusal_text(refusal))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.error.setFocus(Qt.FocusReason.OtherFocusReason)
