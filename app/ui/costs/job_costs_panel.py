"""A work order's Costs tab: the labour, travel time and parts its records give (not
typed again), the expenses entered on it, and the total. Read off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.domain.costs import CostLine, CostRefusal
from app.services.costs import entries
from app.services.costs.views import JobCosts, job_costs
from app.services.store import Store
from app.ui.costs.texts import money, refusal_text
from app.ui.history_dialog import HistoryDialog
from app.ui.i18n import arg
from app.ui.labels import enum_label
from app.ui.purchasing.tables import current_id, fill, make_table
from app.ui.tasks import run_in_background

DETAILS, AMOUNT = 3, 6


class JobCostsPanel(QWidget):
    loaded = Signal()  # the lines are on screen (tests wait for it)

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.costs: JobCosts | None = None
        self._loading = False
        self.table = make_table(
            [
                self.tr("Cost"), self.tr("Category"), self.tr("Date"), self.tr("Details"),
                self.tr("Quantity"), self.tr("Rate or unit cost"), self.tr("Amount"),
            ],
            stretch=DETAILS,
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Add an expense…"))
        self.add_button.clicked.connect(self.add_expense)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.history_button = QPushButton(self.tr("Change history…"))
        self.history_button.clicked.connect(self._history)
        self.note = QLabel(
            self.tr(
                "Labour and travel time come from the hours on the job at each engineer's "
                "rate, parts from what was issued to it at cost; add tickets, hotels and "
                "outside services here."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.total = QLabel()
        self.total.setObjectName("job_cost_total")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.costs is None:
            self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        store, order = self.store, self.work_order_id
        run_in_background(lambda: job_costs(store, order), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.total.setText(arg(self.tr("The costs could not be read: %1"), str(error)))

    def _show(self, costs: JobCosts) -> None:
        self._loading = False
        self.costs = costs
        fill(self.table, [(line.entry_id or "", self._texts(line)) for line in costs.lines],
             numeric=(4, 5, AMOUNT))  # fmt: skip
        # Filling sized every column to its text: the details take the room left.
        self.table.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(costs.lines):
            if line.entry_id is None:  # derived: shown, not edited
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(self.palette().placeholderText())
        text = arg(self.tr("Total: %1 ¥"), money(costs.total))
        if not costs.complete:
            text += " " + self.tr("(some amounts are not known: an engineer has no rate)")
        self.total.setText(f"<b>{text}</b>")
        self.add_button.setEnabled(costs.may_enter)
        self._selection_changed()
        self.loaded.emit()

    def _texts(self, line: CostLine) -> list[str]:
        if line.entry_id is None and line.quantity:
            quantity = f"{line.quantity:g}"
            if line.kind.value in ("labour", "travel_time"):
                quantity = arg(self.tr("%1 h"), quantity)
        else:
            quantity = ""
        unit = money(line.unit_amount) if line.entry_id is None else ""
        return [
            enum_label(line.kind), enum_label(line.category), line.on.isoformat(), line.text,
            quantity, unit, money(line.amount),
        ]  # fmt: skip

    def _selection_changed(self) -> None:
        entered = bool(current_id(self.table))
        self.remove_button.setEnabled(entered and bool(self.costs and self.costs.may_enter))
        self.history_button.setEnabled(entered)

    def add_expense(self) -> bool:
        from app.ui.costs.expense_dialog import ExpenseDialog

        dialog = ExpenseDialog(self.store, self.work_order_id, local_time.today(), self)
        if not dialog.exec():
            return False
        self.reload()
        return True

    def _remove(self) -> None:
        entry_id = current_id(self.table)
        if not entry_id:
            return
        try:
            entries.delete_entry(self.store, entry_id)
        except CostRefusal as refusal:
            QMessageBox.warning(self, self.tr("Costs"), refusal_text(refusal))
            return
        self.reload()

    def _history(self) -> None:
        entry_id = current_id(self.table)
        if entry_id:
            HistoryDialog(self.store, "cost_entry", entry_id, self).exec()
