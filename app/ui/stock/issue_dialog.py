"""Issuing parts for a work order (procedure §6.3): from the warehouse or the engineer's
own kit, lines of part and quantity, and the receiver signs on the pad (the same pad
as the reports). Saved, the slip can be written as a PDF (领料单). A kit may go below
zero (flagged in the message); a refusal is shown in the dialog and nothing typed is
lost."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LocationKind
from app.domain.i18n import arg
from app.domain.stock import StockRefusal
from app.services.registry.users import acting_user
from app.services.stock import issue, views
from app.services.stock.issue import Issued, IssueDraft, IssueLine
from app.services.stock.ledger import STOCK_ROLES
from app.services.stock.views import LocationChoice, PartChoice
from app.services.store import Store
from app.ui.signing.signature_pad import SignaturePad
from app.ui.stock.names import location_name, quantity_text, refusal_text, unit_text
from app.ui.tasks import run_in_background


@dataclass(frozen=True)
class IssueChoices:
    """What the dialog offers, read off the GUI thread."""

    login: str
    name: str
    locations: list[LocationChoice]
    parts: list[PartChoice]
    work_orders: list[tuple[str, str]]


def _choices(store: Store) -> IssueChoices:
    user = acting_user(store)
    office = user.role in STOCK_ROLES
    places = [
        loc
        for loc in views.locations(store)
        if loc.active
        and (office or (loc.kind is LocationKind.KIT and loc.holder_login == user.login))
    ]
    return IssueChoices(
        user.login, user.display_name, places, views.parts(store), views.open_work_orders(store)
    )


class IssueDialog(QDialog):
    ready = Signal()  # the choices are on screen (tests wait for it)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choices: IssueChoices | None = None
        self.issued: Issued | None = None
        self.ask_for_pdf = True  # tests save the slip straight to a path
        self.setWindowTitle(self.tr("Issue parts for a work order"))
        self.work_order = QComboBox()
        self.work_order.setEditable(True)
        self.work_order.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source = QComboBox()
        self.part = QComboBox()
        self.part.setEditable(True)
        self.part.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 100_000)
        self.quantity.setDecimals(2)
        self.quantity.setValue(1)
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Serial (serialised parts)"))
        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Part number"), self.tr("Quantity"), self.tr("Unit"), self.tr("Serial")]
        )
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().hide()
        self.lines.setMinimumHeight(120)
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("Printed name of who receives the parts"))
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(130)
        self.receiver.textChanged.connect(self.pad.set_printed_name)
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        self.error = QLabel()
        self.error.setObjectName("issueError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self._picked: list[IssueLine] = []

        adding = QHBoxLayout()
        adding.addWidget(self.part, 3)
        adding.addWidget(self.quantity)
        adding.addWidget(self.serial, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self.tr("Work order:"), self.work_order)
        form.addRow(self.tr("Issue from:"), self.source)
        form.addRow(self.tr("Part:"), adding)
        form.addRow(self.lines)
        form.addRow(self.tr("Received by:"), self.receiver)
        form.addRow(self.tr("Signature:"), self.pad)
        form.addRow("", clear)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Issue and sign"))
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.resize(760, 640)
        run_in_background(lambda: _choices(store), self._fill)

    def _fill(self, choices: IssueChoices) -> None:
        self.choices = choices
        for order_id, number in choices.work_orders:
            self.work_order.addItem(number, order_id)
        for location in choices.locations:
            self.source.addItem(location_name(location), location.id)
        for part in choices.parts:
            self.part.addItem(f"{part.part_number} · {part.description}", part.id)
        self.receiver.setText(choices.name)
        self.save_button.setEnabled(bool(choices.locations))
        if not choices.locations:
            self._show_error(self.tr("You hold no kit to issue parts from."))
        self.ready.emit()

    def _part(self, part_id: str) -> PartChoice | None:
        parts = self.choices.parts if self.choices else []
        return next((p for p in parts if p.id == part_id), None)

    def add_line(self, part_id: str, quantity: float, serial: str = "") -> None:
        part = self._part(part_id)
        if part is None:
            return
        self._picked.append(IssueLine(part_id, quantity, serial.strip()))
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        texts = [part.part_number, quantity_text(quantity), unit_text(part.unit), serial.strip()]
        for column, text in enumerate(texts):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        self.lines.resizeColumnToContents(0)

    def _add(self) -> None:
        part_id = self.part.currentData()
        if part_id is None:
            self._show_error(self.tr("Choose a part from the catalogue."))
            return
        self.add_line(part_id, self.quantity.value(), self.serial.text())
        self.serial.clear()

    def _remove(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            del self._picked[row]

    def draft(self) -> IssueDraft:
        return IssueDraft(
            self.work_order.currentData() or "",
            self.source.currentData() or "",
            list(self._picked),
            self.receiver.text(),
            self.pad.strokes(),
            receiver_login=self.choices.login if self.choices else "",
        )

    def _save(self) -> None:
        if not self.work_order.currentData():
            self._show_error(self.tr("Choose the work order the parts are issued to."))
            return
        try:
            self.issued = issue.issue_parts(self.store, self.draft())
        except StockRefusal as refusal:
            self._show_error(refusal_text(refusal))
            return
        if self.ask_for_pdf:
            self._offer_pdf()
        self.accept()

    def _offer_pdf(self) -> None:
        assert self.issued is not None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the issue slip"), f"{self.issued.number}.pdf", "PDF (*.pdf)"
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, out: Path) -> None:
        assert self.issued is not None
        data = issue.slip_pdf(self.store, self.issued.id, QLocale().name())
        try:
            out.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save the issue slip"),
                arg(self.tr("The slip could not be written: %1"), str(error)),
            )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
