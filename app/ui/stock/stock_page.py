"""The Stock page: on-hand by location and part (the ledger's sums), filtered by
location and text, a page at a time; low stock highlighted, negative on-hand in red
(an offline laptop may have taken the last part too — shown, never hidden). The
office roles record movements, count (stocktake) and export to Excel; engineers see
their own kit, issue from it against the receiver's signature and transfer back.

Built cheaply: nothing is read until the page is first shown, and then off the GUI
thread (app/ui/tasks.py); filtering and paging run in SQL, so a large ledger never
comes to the screen whole.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
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
from app.services.stock.views import PAGE_SIZE, OnHand
from app.services.stock.views import StockPage as StockPageData
from app.services.store import Store
from app.ui.stock.names import location_name, quantity_text, unit_text
from app.ui.tasks import run_in_background
from app.ui.widgets import button_row

LOW = QColor("#fff2cc")
NEGATIVE = QColor("#b00020")
COLUMNS = 6


class StockPage(QWidget):
    loaded = Signal()  # the on-hand rows are on screen (tests wait for it)
    open_requested = Signal(str)  # a part's row was double-clicked: its history opens
    exported = Signal(int)  # the workbook is written: how many rows (0: it failed)

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.view: StockPageData | None = None
        self._loading = False
        self._again = False  # the filters changed while a page was being read
        self.offset = 0
        self.flagged = ""  # the last issue took a kit below zero: said until the next one
        self.location = QComboBox()
        self.location.setMinimumWidth(180)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by part number or description"))
        self.filter.setClearButtonEnabled(True)
        self.low_only = QPushButton(self.tr("Low stock only"))
        self.low_only.setCheckable(True)
        self.record_button = QPushButton(self.tr("Record a movement…"))
        self.issue_button = QPushButton(self.tr("Issue parts…"))
        self.transfer_button = QPushButton(self.tr("Transfer back…"))
        self.stocktake_button = QPushButton(self.tr("Stocktake…"))
        self.history_button = QPushButton(self.tr("Part detail…"))
        self.low_button = QPushButton(self.tr("Low-stock list…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.movements_button = QPushButton(self.tr("Export movements…"))
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._filters_changed)
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
        pager = QHBoxLayout()
        pager.addWidget(self.status, 1)
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(button_row(self._action_buttons()))
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(pager)
        for button in (*self._action_buttons(), self.previous_button, self.next_button):
            button.setEnabled(False)
        self.location.currentIndexChanged.connect(self._filters_changed)
        self.filter.textChanged.connect(self._typing.start)
        self.low_only.toggled.connect(self._filters_changed)
        self.previous_button.clicked.connect(lambda: self._turn(-PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._turn(PAGE_SIZE))
        self.record_button.clicked.connect(self._record)
        self.issue_button.clicked.connect(self._issue)
        self.transfer_button.clicked.connect(self._transfer)
        self.stocktake_button.clicked.connect(self._stocktake)
        self.history_button.clicked.connect(self._history)
        self.low_button.clicked.connect(self._low_stock)
        self.export_button.clicked.connect(self._export)
        self.movements_button.clicked.connect(self._export_movements)

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.record_button, self.issue_button, self.transfer_button, self.stocktake_button,
            self.history_button, self.low_button, self.export_button, self.movements_button,
        )  # fmt: skip

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view is None:
            self.refresh()

    def _filters(self) -> tuple[str | None, str, bool]:
        return self.location.currentData(), self.filter.text().strip(), self.low_only.isChecked()

    def refresh(self) -> None:
        """Reads the current page again in a worker; the table keeps its rows until then."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        location, text, low = self._filters()
        offset = self.offset
        self.status.setText(self.tr("Loading…"))
        run_in_background(
            lambda: views.stock_page(self.store, location, text, low, offset),
            self._show,
            self._failed,
        )

    def _filters_changed(self) -> None:
        self.offset = 0
        self.refresh()

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(arg(self.tr("Stock could not be read: %1"), str(error)))

    def _show(self, view: StockPageData) -> None:
        self._loading = False
        if self._again:  # the filters moved on meanwhile: read what they say now
            self._again = False
            self.refresh()
            return
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
        self.stocktake_button.setEnabled(view.may_record)
        self.issue_button.setEnabled(view.may_issue)
        self.transfer_button.setEnabled(view.may_issue and not view.may_record)
        for button in (self.export_button, self.history_button, self.low_button):
            button.setEnabled(True)
        self.movements_button.setEnabled(True)
        self.previous_button.setEnabled(view.offset > 0)
        self.next_button.setEnabled(view.offset + len(view.rows) < view.total)
        if view.may_record and not self.flagged:
            self.note.hide()
        else:
            self.note.setText(
                self.flagged
                or self.tr(
                    "Your kit: issue from it against the receiver's signature, or transfer "
                    "parts back; the parts administrator records the rest."
                )
            )
            self.note.show()
        self._fill()
        self.loaded.emit()

    # --- the table -----------------------------------------------------------------------

    def shown_rows(self) -> list[OnHand]:
        """The rows of the page on screen (filtered and paged in SQL)."""
        return [] if self.view is None else list(self.view.rows)

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
                unit_text(row.part.unit),
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
        total = self.view.total if self.view is not None else len(rows)
        first = (self.view.offset if self.view is not None else 0) + (1 if rows else 0)
        text = self.tr("%n row(s)", "", total)
        if total > len(rows):
            text += " · " + arg(self.tr("showing %1–%2"), str(first), str(first + len(rows) - 1))
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

    def export_to(self, out: Path) -> None:
        """Writes every row the filters select (not only this page) to `out` in a worker
        (a whole ledger's on-hand can take seconds); says the result, then `exported`."""
        from app.services.stock.export import export_on_hand

        location, text, low = self._filters()
        headers = [self.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]

        def write() -> int:  # names and units read the default QLocale: reentrant
            rows = list(views.stock_page(self.store, location, text, low, 0, 10**9).rows)
            names = [location_name(r.location) for r in rows]
            return export_on_hand(rows, headers, names, out, unit_text)

        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        run_in_background(write, lambda n: self._exported(n, out), self._export_failed)

    def _exported(self, written: int, out: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(arg(self.tr("%1 rows exported to %2"), str(written), str(out)))
        self.exported.emit(written)

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(
            self,
            self.tr("Export stock to Excel"),
            arg(self.tr("The workbook could not be written: %1"), str(error)),
        )
        self.exported.emit(0)

    def _issue(self) -> None:
        from app.ui.stock.issue_dialog import IssueDialog

        dialog = IssueDialog(self.store, self)
        if dialog.exec() and dialog.issued is not None:
            issued = dialog.issued
            self.flagged = ""
            if issued.below_zero:  # flagged, never refused: said where it stays in sight
                self.flagged = arg(
                    self.tr(
                        "Slip %1 is saved. The kit now holds less than zero of %2: the "
                        "office sees it after the next sync."
                    ),
                    issued.number,
                    ", ".join(issued.below_zero),
                )
            self.refresh()

    def _transfer(self) -> None:
        from app.ui.stock.transfer_dialog import TransferDialog

        if TransferDialog(self.store, self.shown_rows(), self).exec():
            self.refresh()

    def _stocktake(self) -> None:
        from app.ui.stock.stocktake_dialog import StocktakeDialog

        StocktakeDialog(self.store, self).exec()
        self.refresh()

    def _low_stock(self) -> None:
        from app.ui.stock.low_stock_dialog import LowStockDialog

        LowStockDialog(self.store, self).exec()

    def _export_movements(self) -> None:
        from app.ui.stock.movements_export import MovementsExportDialog

        MovementsExportDialog(self.store, self).exec()
