"""The low-stock list: every watched part whose warehouse on-hand is at or below its
reorder level, with the shortfall — read off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.stock.views import LowStock, low_stock
from app.services.store import Store
from app.ui.stock.names import quantity_text, unit_text
from app.ui.tasks import run_in_background


class LowStockDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Low stock"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part number"),
                self.tr("Description"),
                self.tr("In the warehouse"),
                self.tr("Unit"),
                self.tr("Reorder level"),
                self.tr("Short by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 460)
        run_in_background(lambda: low_stock(store), self._show)

    def _show(self, rows: list[LowStock]) -> None:
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            texts = [
                row.part.part_number,
                row.part.description,
                quantity_text(row.quantity),
                unit_text(row.part.unit),
                quantity_text(row.part.reorder_level),
                quantity_text(row.shortfall),
            ]
            for column, text in enumerate(texts):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.status.setText(self.tr("%n part(s) at or below the reorder level", "", len(rows)))
