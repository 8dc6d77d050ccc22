"""Running parameters and findings of an inspection (§4.2), with "Escalate to repair".

Embedded in the work-order window. The rows of one work order are few, so they load
directly; each change goes through app.services.work_orders.findings and the tables reload.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FindingSeverity
from app.domain.records import ValidationError
from app.services.records import RecordGone
from app.services.store import Store
from app.services.work_orders import findings
from app.services.work_orders.findings import FindingDraft, FindingRow, ParameterDraft, ParameterRow
from app.ui.labels import enum_label, validation_message
from app.ui.list_page import RecordTable
from app.ui.record_dialog import ERROR_STYLE, RecordDialog
from app.ui.widgets import combo_value, enum_combo

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CRITICAL_COLOUR = QColor("#b3261e")
LINK_COLOUR = QColor("#1a5fb4")


class RowsTableModel(QAbstractTableModel):
    """Plain rows (dataclasses with an `id`), one text per cell; subclasses name columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column()).split("\n")[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.cell(row, index.column())
            return text if len(text) > 40 or "\n" in text else None
        if role == ID_ROLE:
            return row.id
        return None


class FindingsTableModel(RowsTableModel):
    SEVERITY, DESCRIPTION, FIXED, REPAIR = range(4)

    def headers(self) -> list[str]:
        return [
            self.tr("Severity"),
            self.tr("Finding"),
            self.tr("Fixed on site"),
            self.tr("Repair"),
        ]

    def cell(self, row: FindingRow, column: int) -> str:
        if column == self.SEVERITY:
            return enum_label(row.severity)
        if column == self.DESCRIPTION:
            return row.description
        if column == self.FIXED:
            return self.tr("Yes") if row.fixed_on_site else ""
        return f"→ {row.escalated_to_number}" if row.escalated_to_number else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: FindingRow = self.rows[index.row()]
        link = index.column() == self.REPAIR and row.escalated_to_id is not None
        if role == Qt.ItemDataRole.ForegroundRole:
            if link:
                return LINK_COLOUR
            return CRITICAL_COLOUR if row.severity == FindingSeverity.CRITICAL else None
        if role == Qt.ItemDataRole.FontRole and link:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and link:
            return self.tr("Double-click to open the repair work order")
        return super().data(index, role)


class ParametersTableModel(RowsTableModel):
    NAME, VALUE, UNIT = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Parameter"), self.tr("Value"), self.tr("Unit")]

    def cell(self, row: ParameterRow, column: int) -> str:
        return (row.name, row.value, row.unit)[column]


class FindingsPanel(QWidget):
    """Readings table and findings table of one inspection work order."""

    changed = Signal()
    work_order_created = Signal(str)  # a repair opened by escalation
    open_work_order = Signal(str)  # the user double-clicked an escalated finding's repair

    def __init__(self, store: Store, work_order_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.parameters = ParametersTableModel(self)
        self.findings = FindingsTableModel(self)
        self.parameter_table = self._table(self.parameters, (200, 140))
        self.finding_table = self._table(self.findings, (80, 380, 100))
        self.parameter_table.activated_row.connect(lambda _row: self._edit_parameter())
        self.finding_table.activated_row.connect(self._activate_finding)

        self.escalate = QPushButton(self.tr("Escalate to &repair"))
        self.escalate.setToolTip(
            self.tr("Open a repair work order for this finding, linked to this inspection")
        )
        self.escalate.clicked.connect(self._escalate)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        readings = QGroupBox(self.tr("Running parameters"))
        box = QVBoxLayout(readings)
        box.addWidget(self.parameter_table)
        box.addLayout(
            _buttons(
                (self.tr("Add reading…"), self._add_parameter),
                (self.tr("Edit…"), self._edit_parameter),
                (self.tr("Remove"), self._remove_parameter),
            )
        )
        found = QGroupBox(self.tr("Findings"))
        box = QVBoxLayout(found)
        box.addWidget(self.finding_table)
        row = _buttons(
            (self.tr("Add finding…"), self._add_finding),
            (self.tr("Edit…"), self._edit_finding),
            (self.tr("Remove"), self._remove_finding),
        )
        row.insertWidget(row.count() - 1, self.escalate)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(readings, 2)
        layout.addWidget(found, 3)
        layout.addWidget(self.message)
        self.finding_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reload()

    def _table(self, model: RowsTableModel, widths: Sequence[int]) -> RecordTable:
        table = RecordTable()
        table.setModel(model)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    def reload(self) -> None:
        self.parameters.set_rows(findings.parameters_of(self.store, self.work_order_id))
        self.findings.set_rows(findings.findings_of(self.store, self.work_order_id))
        self._update_buttons()

    def select_finding(self, finding_id: str) -> None:
        for row, finding in enumerate(self.findings.rows):
            if finding.id == finding_id:
                self.finding_table.setCurrentIndex(self.findings.index(row, 0))

    def current_finding(self) -> FindingRow | None:
        index = self.finding_table.currentIndex()
        return self.findings.rows[index.row()] if index.isValid() else None

    def current_parameter(self) -> ParameterRow | None:
        index = self.parameter_table.currentIndex()
        return self.parameters.rows[index.row()] if index.isValid() else None

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        self.escalate.setEnabled(
            finding is not None and finding.escalated_to_id is None and not finding.fixed_on_site
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _run(self, action: Callable[[], object]) -> bool:
        """Runs a service call; a refusal is shown under the tables, in the user's language."""
        try:
            action()
        except ValidationError as exc:
            self._say("\n".join(validation_message(e.message) for e in exc.errors), error=True)
            return False
        except RecordGone:
            self._say(self.tr("This record was deleted meanwhile."), error=True)
            self.reload()
            return False
        self._say("")
        return True

    # --- findings ------------------------------------------------------------------------

    def _escalate(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        created: list[findings.SavedWorkOrder] = []
        if not self._run(lambda: created.append(findings.escalate_finding(self.store, finding.id))):
            return
        self.reload()
        self.select_finding(finding.id)
        self._say(
            self.tr("Repair work order %1 opened for this finding.").replace(
                "%1", created[0].number
            )
        )
        self.work_order_created.emit(created[0].id)
        self.changed.emit()

    def _activate_finding(self, row: int) -> None:
        finding = self.findings.rows[row]
        column = self.finding_table.currentIndex().column()
        if column == FindingsTableModel.REPAIR and finding.escalated_to_id:
            self.open_work_order.emit(finding.escalated_to_id)
        else:
            self._edit_finding()

    def _add_finding(self) -> None:
        self._open(FindingDialog(self.store, self.work_order_id, None, FindingDraft(), self))

    def _edit_finding(self) -> None:
        f = self.current_finding()
        if f is not None:
            draft = FindingDraft(f.description, f.severity, f.fixed_on_site)
            self._open(FindingDialog(self.store, self.work_order_id, f.id, draft, self))

    def _remove_finding(self) -> None:
        f = self.current_finding()
        if f is not None and self._confirm(self.tr("Remove the selected finding?")):
            if self._run(lambda: findings.delete_finding(self.store, f.id)):
                self.reload()
                self.changed.emit()

    # --- running parameters --------------------------------------------------------------

    def _add_parameter(self) -> None:
        self._open(ParameterDialog(self.store, self.work_order_id, None, ParameterDraft(), self))

    def _edit_parameter(self) -> None:
        p = self.current_parameter()
        if p is not None:
            draft = ParameterDraft(p.name, p.value, p.unit)
            self._open(ParameterDialog(self.store, self.work_order_id, p.id, draft, self))

    def _remove_parameter(self) -> None:
        p = self.current_parameter()
        if p is not None and self._confirm(self.tr("Remove the selected reading?")):
            if self._run(lambda: findings.delete_parameter(self.store, p.id)):
                self.reload()
                self.changed.emit()

    def _open(self, dialog: RecordDialog) -> None:
        if dialog.exec():
            self.reload()
            self._say("")
            self.changed.emit()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove"), question)
        return answer == QMessageBox.StandardButton.Yes


class FindingDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        work_order_id: str,
        finding_id: str | None,
        draft: FindingDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Finding"), parent)
        self.store, self.work_order_id, self.finding_id = store, work_order_id, finding_id
        self.description = QPlainTextEdit(draft.description)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What was found, where, how bad"))
        self.severity = enum_combo(list(FindingSeverity), draft.severity)
        self.fixed = QCheckBox(self.tr("Fixed on the spot"))
        self.fixed.setChecked(draft.fixed_on_site)
        self.add_field("description", self.tr("Finding"), self.description)
        self.add_field("severity", self.tr("Severity"), self.severity)
        self.add_field("fixed_on_site", "", self.fixed)
        self.resize(520, 320)

    def save(self) -> None:
        draft = FindingDraft(
            self.description.toPlainText(), combo_value(self.severity), self.fixed.isChecked()
        )
        self.finding_id = findings.save_finding(
            self.store, self.work_order_id, self.finding_id, draft
        )


class ParameterDialog(RecordDialog):
    def __init__(
        self,
        store: Store,
        work_order_id: str,
        parameter_id: str | None,
        draft: ParameterDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Running parameter"), parent)
        self.store, self.work_order_id, self.parameter_id = store, work_order_id, parameter_id
        self.name = QLineEdit(draft.name)
        self.name.setPlaceholderText(self.tr("e.g. magnetron hours, SF6 pressure"))
        self.value = QLineEdit(draft.value)
        self.unit = QLineEdit(draft.unit)
        self.unit.setMaximumWidth(120)
        self.add_field("name", self.tr("Parameter"), self.name)
        self.add_field("value", self.tr("Value"), self.value)
        self.add_field("unit", self.tr("Unit"), self.unit)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        draft = ParameterDraft(self.name.text(), self.value.text(), self.unit.text())
        self.parameter_id = findings.save_parameter(
            self.store, self.work_order_id, self.parameter_id, draft
        )


def _buttons(*items: tuple[str, Callable[[], None]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in items:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        row.addWidget(button)
    row.addStretch(1)
    return row
