"""A part's ledger: every movement of it, newest first (read off the GUI thread)."""

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

from app.domain import local_time
from app.domain.i18n import arg
from app.services.stock.views import MovementRow, PartChoice, history
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.stock.names import either_name, quantity_text
from app.ui.tasks import run_in_background


class PartHistoryDialog(QDialog):
    def __init__(self, store: Store, part: PartChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Stock movements of %1"), part.part_number))
        self.summary = QLabel(arg(self.tr("%1 · unit %2"), part.description, part.unit))
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Quantity"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Work order"),
                self.tr("Serial"),
                self.tr("Reason / reference"),
                self.tr("By"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        run_in_background(lambda: history(store, part.id), self._show)

    def _show(self, rows: list[MovementRow]) -> None:
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            when = local_time.local(row.at).strftime("%Y-%m-%d %H:%M")
            note = " · ".join(t for t in (row.reason, row.reference) if t)
            texts = [
                when,
                enum_label(row.kind),
                quantity_text(row.quantity),
                either_name(row.from_name),
                either_name(row.to_name),
                row.work_order_number,
                row.serial,
                note,
                row.by_login,
            ]
            for column, text in enumerate(texts):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status.setText(self.tr("%n movement(s)", "", len(rows)))
