"""Counting a location (procedure §6.2.3): begin a count, type what was found or scan
(a scanner types the part number or the serial, then Enter), see each line's variance
against the book, give the reason of every 盘盈/盘亏, submit; the service manager
approves (the adjustment movements are written) or sends it back. The paper sheet
and the result print as PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StocktakeState, UserRole
from app.domain.i18n import arg
from app.domain.stock import StockRefusal
from app.domain.stocktake import StocktakeSheet
from app.services.registry.users import acting_user
from app.services.stock import stocktake, views
from app.services.store import Store
from app.ui.labels import enum_label
from app.ui.stock.names import either_name, location_name, quantity_text, refusal_text, unit_text
from app.ui.tasks import run_in_background

COUNTED, REASON = 4, 6
GAIN = QColor("#e6f4ea")
LOSS = QColor("#fdecea")
S = StocktakeState


class StocktakeDialog(QDialog):
    loaded = Signal()  # a stocktake is on screen (tests wait for it)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.sheet: StocktakeSheet | None = None
        self.ask_for_files = True  # tests write PDFs straight to a path
        self.setWindowTitle(self.tr("Stocktake"))
        # What the role allows is read with the choices, in the worker below.
        self.may_count = self.may_decide = False
        self.existing = QComboBox()
        self.existing.setMinimumWidth(280)
        self.location = QComboBox()
        self.location.setMinimumWidth(220)
        self.location.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.begin_button = QPushButton(self.tr("Begin a count"))
        self.state = QLabel()
        self.state.setObjectName("stocktakeState")
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan or type a part number or serial, then Enter"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part number"),
                self.tr("Description"),
                self.tr("Unit"),
                self.tr("Book"),
                self.tr("Counted"),
                self.tr("Variance"),
                self.tr("Reason of the variance"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setObjectName("stocktakeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save counts"))
        self.submit_button = QPushButton(self.tr("Submit for approval"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Send back…"))
        self.sheet_button = QPushButton(self.tr("Count sheet PDF…"))
        self.result_button = QPushButton(self.tr("Result PDF…"))
        close = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stocktake:")))
        top.addWidget(self.existing, 1)
        top.addWidget(QLabel(self.tr("New count of:")))
        top.addWidget(self.location)
        top.addWidget(self.begin_button)
        actions = QHBoxLayout()
        for button in (
            self.save_button, self.submit_button, self.approve_button, self.reject_button,
            self.sheet_button, self.result_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.scan)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.begin_button.setEnabled(self.may_count)
        self.existing.currentIndexChanged.connect(self._open_chosen)
        self.begin_button.clicked.connect(self._begin)
        self.scan.returnPressed.connect(self._scan)
        self.save_button.clicked.connect(self.save_counts)
        self.submit_button.clicked.connect(self._submit)
        self.approve_button.clicked.connect(self._approve)
        self.reject_button.clicked.connect(self._reject)
        self.sheet_button.clicked.connect(lambda: self._pdf(result=False))
        self.result_button.clicked.connect(lambda: self._pdf(result=True))
        close.clicked.connect(self.accept)
        self.resize(1180, 620)
        self._fit_state()
        run_in_background(
            lambda: (
                views.locations(store),
                stocktake.stocktakes(store),
                acting_user(store).role,
            ),
            self._loaded,
        )

    # --- choosing -------------------------------------------------------------------------

    def _loaded(self, loaded: tuple[list[views.LocationChoice], list, UserRole]) -> None:
        places, takes, role = loaded
        self.may_count = role in stocktake.rules.COUNT_ROLES
        self.may_decide = role in stocktake.rules.APPROVE_ROLES
        self.begin_button.setEnabled(self.may_count)
        self._fit_state()
        self._fill_choices((places, takes))

    def _fill_choices(self, loaded: tuple[list[views.LocationChoice], list]) -> None:
        places, takes = loaded
        for place in places:
            if place.active:
                self.location.addItem(location_name(place), place.id)
        self.existing.blockSignals(True)
        self.existing.clear()
        for take in takes:
            text = f"{take.number} · {either_name(take.location_name)} · {enum_label(take.state)}"
            self.existing.addItem(text, take.id)
        self.existing.setCurrentIndex(-1)
        self.existing.blockSignals(False)
        if takes:
            self.existing.setCurrentIndex(0)

    def _open_chosen(self) -> None:
        chosen = self.existing.currentData()
        if chosen:
            self.open_stocktake(chosen)

    def open_stocktake(self, stocktake_id: str) -> None:
        """Reads a stocktake off the GUI thread and shows it."""
        run_in_background(lambda: stocktake.load(self.store, stocktake_id), self._show)

    def _begin(self) -> None:
        location_id = self.location.currentData()
        if location_id is None:
            return
        if not self._attempt(lambda: stocktake.begin(self.store, location_id)):
            return
        run_in_background(lambda: stocktake.stocktakes(self.store), self._after_begin)

    def _after_begin(self, takes: list) -> None:
        self._fill_choices(([], takes))

    # --- showing --------------------------------------------------------------------------

    def _show(self, sheet: StocktakeSheet) -> None:
        self.sheet = sheet
        counting = sheet.state is S.COUNTING and self.may_count
        self.table.blockSignals(True)
        self.table.setRowCount(len(sheet.lines))
        for row, line in enumerate(sheet.lines):
            count = line.count
            counted = (
                ", ".join(count.counted_serials)
                if count.serialised and count.counted is not None
                else ("" if count.counted is None else quantity_text(count.counted))
            )
            variance = f"{count.variance:+g}" if count.differs else ""
            if count.differs and count.serialised:
                gone = [f"−{s}" for s in count.missing_serials]
                found = [f"+{s}" for s in count.surplus_serials]
                variance += " (" + ", ".join(gone + found) + ")"
            texts = [
                line.part_number,
                line.description,
                unit_text(line.unit),
                quantity_text(count.book),
                counted,
                variance,
                count.reason,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.part_id)
                editable = counting and column in (COUNTED, REASON)
                flags = item.flags()
                item.setFlags(
                    flags | Qt.ItemFlag.ItemIsEditable
                    if editable
                    else flags & ~Qt.ItemFlag.ItemIsEditable
                )
                if column == COUNTED and count.serialised:
                    item.setToolTip(self.tr("Serials found, separated by commas"))
                if count.differs:
                    item.setBackground(QBrush(GAIN if count.variance > 0 else LOSS))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self._fit_state()
        self.loaded.emit()

    def _fit_state(self) -> None:
        sheet = self.sheet
        state = sheet.state if sheet else None
        counting = state is S.COUNTING and self.may_count
        self.scan.setEnabled(counting)
        self.save_button.setEnabled(counting)
        self.submit_button.setEnabled(counting)
        self.approve_button.setEnabled(state is S.SUBMITTED and self.may_decide)
        self.reject_button.setEnabled(state is S.SUBMITTED and self.may_decide)
        self.sheet_button.setEnabled(sheet is not None)
        self.result_button.setEnabled(sheet is not None)
        if sheet is None:
            self.state.setText(self.tr("Choose a stocktake, or begin a count of a location."))
            return
        variances = len(sheet.variances)
        text = arg(
            self.tr("%1 · %2 · %3 · %4 line(s), %5 with a variance"),
            sheet.number,
            either_name(sheet.location_name),
            enum_label(sheet.state),
            str(len(sheet.lines)),
            str(variances),
        )
        if sheet.decision_note:
            text += " · " + arg(self.tr("Note: %1"), sheet.decision_note)
        self.state.setText(text)

    # --- counting ---------------------------------------------------------------------------

    def _attempt(self, work: object) -> bool:
        """Runs a service call; a refusal is shown, translated, and the screen kept."""
        try:
            work()  # type: ignore[operator]
        except StockRefusal as refusal:
            self.error.setText(refusal_text(refusal))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _scan(self) -> None:
        if self.sheet is None:
            return
        code = self.scan.text()
        self.scan.clear()
        if code.strip() and self.save_counts(reload=False):
            sheet_id = self.sheet.id
            if self._attempt(lambda: stocktake.scan(self.store, sheet_id, code)):
                self.open_stocktake(sheet_id)

    def save_counts(self, reload: bool = True) -> bool:
        """Writes the counts and reasons typed in the table."""
        sheet = self.sheet
        if sheet is None:
            return False
        for row, line in enumerate(sheet.lines):
            counted_item, reason_item = self.table.item(row, COUNTED), self.table.item(row, REASON)
            typed = counted_item.text().strip() if counted_item else ""
            reason = reason_item.text() if reason_item else ""
            serials: list[str] | None = None
            counted: float | None
            if line.count.serialised:
                serials = [s for s in typed.replace("，", ",").split(",") if s.strip()]
                counted = None if not typed and line.count.counted is None else len(serials)
                if counted is None:
                    serials = None
            elif not typed:
                counted = None
            else:
                value, ok = QLocale().toDouble(typed)
                if not ok:
                    value, ok = (float(typed), True) if _is_number(typed) else (0.0, False)
                if not ok:
                    self.error.setText(
                        arg(self.tr("Row %1: the count %2 is not a number."), str(row + 1), typed)
                    )
                    self.error.show()
                    return False
                counted = value
            if (counted, reason.strip(), serials) == (
                line.count.counted,
                line.count.reason,
                list(line.count.counted_serials) if serials is not None else None,
            ):
                continue
            part_id = line.part_id
            ok = self._attempt(
                lambda part_id=part_id, counted=counted, reason=reason, serials=serials: (
                    stocktake.set_count(self.store, sheet.id, part_id, counted, reason, serials)
                )
            )
            if not ok:
                return False
        if reload:
            self.open_stocktake(sheet.id)
        return True

    def _submit(self) -> None:
        if self.sheet is None or not self.save_counts(reload=False):
            return
        sheet_id = self.sheet.id
        self._attempt(lambda: stocktake.submit(self.store, sheet_id))
        self.open_stocktake(sheet_id)

    def _approve(self) -> None:
        if self.sheet is None:
            return
        sheet_id = self.sheet.id
        if self._attempt(lambda: stocktake.approve(self.store, sheet_id)):
            self.open_stocktake(sheet_id)

    def _reject(self) -> None:
        if self.sheet is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Send back"), self.tr("Why is the count sent back?")
        )
        if ok:
            self.reject_count(note)

    def reject_count(self, note: str) -> None:
        assert self.sheet is not None
        sheet_id = self.sheet.id
        if self._attempt(lambda: stocktake.reject(self.store, sheet_id, note)):
            self.open_stocktake(sheet_id)

    # --- paper ------------------------------------------------------------------------------

    def _pdf(self, result: bool) -> None:
        if self.sheet is None:
            return
        name = f"{self.sheet.number}-{'result' if result else 'sheet'}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), name, "PDF (*.pdf)")
        if chosen:
            self.write_pdf(Path(chosen), result)

    def write_pdf(self, out: Path, result: bool) -> None:
        assert self.sheet is not None
        data = stocktake.sheet_pdf(self.store, self.sheet.id, QLocale().name(), result)
        try:
            out.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save the PDF"),
                arg(self.tr("The PDF could not be written: %1"), str(error)),
            )


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
