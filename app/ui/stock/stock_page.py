"""The Stock page: on-hand by location and part (the ledger's sums), filtered by
location and text; low stock highlighted, negative on-hand in red (an offline laptop
may have taken the last part too — shown, never hidden). The office roles record
movements and export to Excel; engineers see their own kit, read-only.

Built cheaply: nothing is read until the page is first shown, and then off the GUI
thread (app/ui/tasks.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import arg
from app.services.stock import views
from app.services.stock.views import OnHand, StockView
from app.services.store import Store
from app.ui.stock.names import location_name, quantity_text
from app.ui.tasks import run_in_background

LOW = QColor("#fff2cc")
NEGATIVE = QColor("#b00020")
COLUMNS = 6


class StockPage(QWidget):
    loaded = Signal()  # the on-hand rows are on screen (tests wait for it)
    open_requested = Signal(str)  # a part's row was double-clicked: its history opens

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.view: StockView | None = None
        self._loading = False
        self.location = QComboBox()
        self.location.setMinimumWidth(180)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by part number or description"))
        self.filter.setClearButtonEnabled(True)
        self.low_only = QPushButton(self.tr("Low stock only"))
        self.low_only.setCheckable(True)
        self.record_button = QPushButton(self.tr("Record a movement…"))
        self.history_button = QPushButton(self.tr("Part history…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.note = QLabel()
        self.note.setObjectName("stockNote")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Location"),
                self.tr("Part number"),
                self.tr("Description"),
                self.tr("On hand"),
                self.tr("Unit"),
                self.tr("Reorder level"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.open_requested.connect(self.open_history)
        self.status = QLabel(self.tr("Loading…"))

        # Two rows, so the page's minimum width stays under a small window's (720 px).
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Location:")))
        bar.addWidget(self.location)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.low_only)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        for button in (self.record_button, self.history_button, self.export_button):
            button.setEnabled(False)
        self.location.currentIndexChanged.connect(self._fill)
        self.filter.textChanged.connect(self._fill)
        self.low_only.toggled.connect(self._fill)
        self.record_button.clicked.connect(self._record)
        self.history_button.clicked.connect(self._history)
        self.export_button.clicked.connect(self._export)

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            self.refresh()

    def refresh(self) -> None:
        """Reads the on-hand again in a worker; the table keeps its rows until then."""
        if self._loading:
            return
        self._loading = True
        run_in_background(lambda: views.stock_view(self.store), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(arg(self.tr("Stock could not be read: %1"), str(error)))

    def _show(self, view: StockView) -> None:
        self._loading = False
        self.view = view
        chosen = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(self.tr("All locations"), None)
        for location in view.locations:
            self.location.addItem(location_name(location), location.id)
        self.location.setCurrentIndex(max(0, self.location.findData(chosen)))
        self.location.blockSignals(False)
        self.record_button.setEnabled(view.may_record)
        self.export_button.setEnabled(True)
        self.history_button.setEnabled(True)
        if view.may_record:
            self.note.hide()
        else:
            self.note.setText(
                self.tr("Your kit, read only: the parts administrator records movements.")
            )
            self.note.show()
        self._fill()
        self.loaded.emit()

    # --- the table -----------------------------------------------------------------------

    def shown_rows(self) -> list[OnHand]:
        if self.view is None:
            return []
        location_id = self.location.currentData()
        text = self.filter.text().strip().casefold()
        return [
            r
            for r in self.view.rows
            if (location_id is None or r.location.id == location_id)
            and (not text or text in f"{r.part.part_number} {r.part.description}".casefold())
            and (not self.low_only.isChecked() or r.low or r.negative)
        ]

    def _fill(self) -> None:
        rows = self.shown_rows()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            texts = [
                location_name(row.location),
                row.part.part_number,
                row.part.description,
                quantity_text(row.quantity),
                row.part.unit,
                quantity_text(row.part.reorder_level) if row.watched else "",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.part.id)
                if column in (3, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.low:
                    item.setBackground(QBrush(LOW))
                    item.setToolTip(self.tr("At or below the reorder level"))
                if row.negative and column == 3:
                    item.setForeground(QBrush(NEGATIVE))
                    item.setToolTip(
                        self.tr("Below zero: movements from laptops that were offline met here")
                    )
                self.table.setItem(i, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        low = sum(1 for r in rows if r.low)
        negative = sum(1 for r in rows if r.negative)
        text = self.tr("%n row(s)", "", len(rows))
        if low:
            text += " · " + self.tr("%n low", "", low)
        if negative:
            text += " · " + self.tr("%n below zero", "", negative)
        self.status.setText(text)

    def current_id(self) -> str | None:
        """The selected row's part (what Open shows the history of)."""
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _double_clicked(self) -> None:
        part_id = self.current_id()
        if part_id is not None:
            self.open_requested.emit(part_id)

    def focus_search(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def save_state(self) -> None:
        """Nothing to remember: the page is read from the ledger each time."""

    # --- actions -------------------------------------------------------------------------

    def _record(self) -> None:
        from app.ui.stock.movement_dialog import MovementDialog

        dialog = MovementDialog(
            self.store,
            views.parts(self.store),
            views.locations(self.store),
            views.open_work_orders(self.store),
            self,
            part_id=self.current_id(),
        )
        if dialog.exec():
            self.refresh()

    def _history(self) -> None:
        self.open_history(self.current_id())

    def open_history(self, part_id: str | None) -> bool:
        """Shows a part's movements; False: nothing in the ledger changed."""
        if part_id is None or self.view is None:
            QMessageBox.information(
                self, self.tr("Part history"), self.tr("Select a part in the list first.")
            )
            return False
        from app.ui.stock.history_dialog import PartHistoryDialog

        part = next(r.part for r in self.view.rows if r.part.id == part_id)
        PartHistoryDialog(self.store, part, self).exec()
        return False

    def _export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export stock to Excel"), "stock.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, out: Path) -> int:
        """Writes the rows shown (with their filter) to `out`; tells the user the result."""
        from app.services.stock.export import export_on_hand

        rows = self.shown_rows()
        headers = [self.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        try:
            written = export_on_hand(rows, headers, [location_name(r.location) for r in rows], out)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export stock to Excel"),
                arg(self.tr("The workbook could not be written: %1"), str(error)),
            )
            return 0
        self.status.setText(arg(self.tr("%1 rows exported to %2"), str(written), str(out)))
        return written
