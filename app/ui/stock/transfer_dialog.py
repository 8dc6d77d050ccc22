"""An engineer sends parts from their kit back to the warehouse (procedure §6.2)."""

from __future__ import annotations

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

from app.domain.enums import LocationKind
from app.domain.stock import StockRefusal
from app.services.stock import issue, views
from app.services.stock.views import OnHand
from app.services.store import Store
from app.ui.stock.names import location_name, refusal_text
from app.ui.tasks import run_in_background


class TransferDialog(QDialog):
    def __init__(self, store: Store, rows: list[OnHand], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Transfer parts back from your kit"))
        self.part = QComboBox()
        for row in rows:
            if row.location.kind is LocationKind.KIT and row.quantity > 0:
                self.part.addItem(f"{row.part.part_number} · {row.part.description}", row.part.id)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 100_000)
        self.quantity.setValue(1)
        self.serial = QLineEdit()
        self.target = QComboBox()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Part:"), self.part)
        form.addRow(self.tr("Quantity:"), self.quantity)
        form.addRow(self.tr("Serial number:"), self.serial)
        form.addRow(self.tr("To:"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        run_in_background(lambda: views.locations(store), self._fill)

    def _fill(self, places: list[views.LocationChoice]) -> None:
        for place in places:
            if place.kind is LocationKind.WAREHOUSE and place.active:
                self.target.addItem(location_name(place), place.id)

    def save(self) -> None:
        part_id, target = self.part.currentData(), self.target.currentData()
        if part_id is None or target is None:
            return
        try:
            issue.transfer_back(
                self.store, part_id, self.quantity.value(), target, self.serial.text()
            )
        except StockRefusal as refusal:
            self.error.setText(refusal_text(refusal))
            self.error.show()
            return
        self.accept()
