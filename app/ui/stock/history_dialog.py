"""A part's detail: every movement of it, newest first, and the work orders (and units)
it is fitted on — read off the GUI thread."""

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
from app.services.stock.views import FittedRow, MovementRow, PartChoice, fitted_on, history
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.stock.names import either_name, quantity_text, unit_text
from app.ui.tasks import run_in_background


class PartHistoryDialog(QDialog):
    def __init__(self, store: Store, part: PartChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Stock movements of %1"), part.part_number))
        self.summary = QLabel(arg(self.tr("%1 · unit %2"), part.description, unit_text(part.unit)))
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
        self.fitted = QTableWidget(0, 4)
        self.fitted.setHorizontalHeaderLabels(
            [
                self.tr("Work order"),
                self.tr("Unit serial"),
                self.tr("Quantity"),
                self.tr("Serial fitted"),
            ]
        )
        self.fitted.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fitted.verticalHeader().hide()
        self.fitted.horizontalHeader().setStretchLastSection(True)
        self.fitted.setMaximumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Fitted on:")))
        layout.addWidget(self.fitted)
        layout.addWidget(buttons)
        self.resize(1100, 620)
        run_in_background(lambda: (history(store, part.id), fitted_on(store, part.id)), self._show)

    def _show(self, loaded: tuple[list[MovementRow], list[FittedRow]]) -> None:
        rows, fitted = loaded
        self.fitted.setRowCount(len(fitted))
        for i, fit in enumerate(fitted):
            texts = [
                fit.work_order_number,
                fit.equipment,
                quantity_text(fit.quantity),
                fit.serial_in,
            ]
            for column, text in enumerate(texts):
                self.fitted.setItem(i, column, QTableWidgetItem(text))
        self.fitted.resizeColumnsToContents()
        self.fitted.horizontalHeader().setStretchLastSection(True)
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
