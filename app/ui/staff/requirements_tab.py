"""The Staff page's list of which work needs which qualification, with the manager's
buttons to add and remove requirements; everybody else reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from app.services.staff.requirements import RequirementRow
from app.ui.labels import enum_label
from app.ui.staff.cells import item


class RequirementsTab(QWidget):
    add_requested = Signal()
    remove_requested = Signal(str)  # the requirement's id

    def __init__(self, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.add_button = QPushButton(self.tr("A&dd requirement…"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Re&move requirement"))
        self.remove_button.clicked.connect(self._remove)
        note = QLabel(
            self.tr("A work order on such a unit warns when a chosen engineer lacks the "
                    "qualification or it has expired.")
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(table)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    def selected(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _remove(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.remove_requested.emit(chosen)

    def fill(self, rows: list[RequirementRow]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                item(enum_label(row.kind), data=row.id),
                item(enum_label(row.modality) if row.modality else self.tr("Any equipment")),
                item(row.model or self.tr("Any model")),
            ]
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
