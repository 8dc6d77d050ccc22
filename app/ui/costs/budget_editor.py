"""Editing a draft budget's amounts (procedure §9.1): a row per category, hospital and
department, a column per month. A typed amount is checked (yuan, zero or more, to the
fen) and saved at once; a refusal is shown under the table and the cell goes back to
what was saved. Undo takes back the last saved edits one by one (an amount typed where
there was no line removes that line again).

An approved budget opens read-only: finance approved those amounts, so they are not
changed behind its back — changes go into a new draft, which finance approves again
(app/domain/costs.M_APPROVED_LOCKED; the Costs page's "Draft a budget").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.costs import CostRefusal, parse_budget_amount
from app.domain.enums import CostCategory, Department
from app.services.costs import budgets
from app.services.costs.budgets import BudgetSheet, SheetKey
from app.services.store import Store
from app.ui.costs.texts import money, refusal_text
from app.ui.i18n import arg
from app.ui.labels import enum_label, format_datetime
from app.ui.tasks import run_in_background
from app.ui.widgets import combo_value, enum_combo

FIRST_MONTH = 3  # the column of January (category, project, department before it)
TOTAL = FIRST_MONTH + 12
LOCKED = QColor("#f2f2f2")
ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class Edit:
    """One saved edit of one cell, for undo: the amount before (None: no line)."""

    key: SheetKey
    month: int
    before: float | None
    after: float | None


class BudgetEditor(QDialog):
    loaded = Signal()  # the sheet is on screen (tests wait for it)

    def __init__(self, store: Store, budget_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.budget_id = store, budget_id
        self.sheet: BudgetSheet | None = None
        self.keys: list[SheetKey] = []
        self.amounts: dict[SheetKey, list[float | None]] = {}
        self.undo_stack: list[Edit] = []
        self.changed = False  # something was saved: the Costs page reads again
        self._filling = False
        self.setWindowTitle(self.tr("Budget amounts"))
        self.state = QLabel(self.tr("Loading…"))
        self.state.setObjectName("budget_state")
        self.state.setWordWrap(True)
        self.category = enum_combo(list(CostCategory), CostCategory.MAINTENANCE)
        self.project = QComboBox()
        self.department = enum_combo(list(Department), Department.FIELD_SERVICE)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.clicked.connect(self.add_line)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last saved edit (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        months = [
            QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)
        ]
        headers = [self.tr("Category"), self.tr("Project"), self.tr("Department"), *months,
                   self.tr("Year")]  # fmt: skip
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._edited)
        self.error = QLabel()
        self.error.setObjectName("budget_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.total = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("New line:")))
        for widget in (self.category, self.project, self.department):
            adding.addWidget(widget, 1)
        adding.addWidget(self.add_button)
        adding.addSpacing(24)
        adding.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(1300, 640)
        store_, budget_id_ = store, budget_id
        run_in_background(
            lambda: budgets.budget_sheet(store_, budget_id_), self._show, self._failed
        )

    # --- showing ---------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.state.setText(arg(self.tr("The budget could not be read: %1"), str(error)))

    def _show(self, sheet: BudgetSheet) -> None:
        self.sheet = sheet
        self.amounts = {k: list(v) for k, v in sheet.rows.items()}
        self.keys = list(self.amounts)
        self.project.clear()
        self.project.addItem(self._project_name(""), "")
        for customer_id, name in sheet.projects.items():
            self.project.addItem(name, customer_id)
        budget = sheet.budget
        title = budget.title or str(budget.year)
        if budget.approved_at is not None:
            self.state.setText(
                arg(self.tr("%1 — approved by %2 on %3. Finance approved these amounts, so "
                            "they are not changed here: draft a new budget for changes."),
                    title, budget.approved_by, format_datetime(budget.approved_at))
            )  # fmt: skip
        elif sheet.may_edit:
            self.state.setText(
                arg(self.tr("%1 — draft. Type an amount in yuan into a month; it is saved at "
                            "once. Undo takes the last edits back."), title)
            )  # fmt: skip
        else:
            self.state.setText(
                arg(self.tr("%1 — only finance and the service manager change budgets."), title)
            )
        for widget in (self.category, self.project, self.department, self.add_button):
            widget.setEnabled(sheet.may_edit)
        self._fill()
        self.loaded.emit()

    def _project_name(self, project: str) -> str:
        if not project:
            return self.tr("Company-wide")
        return self.sheet.projects.get(project, project) if self.sheet else project

    def _fill(self) -> None:
        editable = self.sheet is not None and self.sheet.may_edit
        self._filling = True
        try:
            self.table.setRowCount(len(self.keys))
            for row, key in enumerate(self.keys):
                category, project, department = key
                for column, text in enumerate(
                    (enum_label(category), self._project_name(project), enum_label(department))
                ):
                    self.table.setItem(row, column, self._fixed(text))
                for month in range(1, 13):
                    item = QTableWidgetItem(self._text(self.amounts[key][month - 1]))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if not editable:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setBackground(QBrush(LOCKED))
                    self.table.setItem(row, FIRST_MONTH + month - 1, item)
                total = self._fixed(money(self._row_total(key)))
                total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, TOTAL, total)
        finally:
            self._filling = False
        header = self.table.horizontalHeader()
        for column in range(FIRST_MONTH):
            self.table.resizeColumnToContents(column)
        # The months and the year share what is left, each at least as wide as 999,999.00.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("999,999.00") + 8)
        for column in range(FIRST_MONTH, TOTAL + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._show_total()

    @staticmethod
    def _fixed(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    @staticmethod
    def _text(amount: float | None) -> str:
        return "" if amount is None else money(amount)

    def _row_total(self, key: SheetKey) -> float:
        return round(sum(a or 0.0 for a in self.amounts[key]), 2)

    def _show_total(self) -> None:
        total = sum(self._row_total(k) for k in self.keys)
        self.total.setText(
            arg(self.tr("%1 line(s) · budget total %2 ¥"), len(self.keys), money(total))
        )

    def _set_cell(self, row: int, month: int, amount: float | None) -> None:
        key = self.keys[row]
        self.amounts[key][month - 1] = amount
        self._filling = True
        try:
            cell = self.table.item(row, FIRST_MONTH + month - 1)
            if cell is not None:
                cell.setText(self._text(amount))
            total = self.table.item(row, TOTAL)
            if total is not None:
                total.setText(money(self._row_total(key)))
        finally:
            self._filling = False
        self._show_total()

    # --- editing ---------------------------------------------------------------------------

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not FIRST_MONTH <= item.column() < TOTAL:
            return
        row, month = item.row(), item.column() - FIRST_MONTH + 1
        key = self.keys[row]
        before = self.amounts[key][month - 1]
        try:
            amount = parse_budget_amount(item.text())
            if before is None and amount == 0 and not item.text().strip():
                self._set_cell(row, month, None)  # left empty: nothing to save
                return
            if amount != before:
                budgets.set_amount(self.store, self.budget_id, *key, month, amount)
        except CostRefusal as refusal:
            self.error.setText(refusal_text(refusal))
            self._set_cell(row, month, before)
            return
        self.error.clear()
        if amount != before:
            self.undo_stack.append(Edit(key, month, before, amount))
            self.changed = True
        self.undo_button.setEnabled(bool(self.undo_stack))
        self._set_cell(row, month, amount)

    def undo(self) -> None:
        """Takes back the last saved edit (the cell's amount before it)."""
        if not self.undo_stack:
            return
        edit = self.undo_stack[-1]
        try:
            budgets.set_amount(self.store, self.budget_id, *edit.key, edit.month, edit.before)
        except CostRefusal as refusal:
            self.error.setText(refusal_text(refusal))
            return
        self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))
        self.error.clear()
        self.changed = True
        if edit.key in self.keys:
            row = self.keys.index(edit.key)
            self._set_cell(row, edit.month, edit.before)
            self.table.setCurrentCell(row, FIRST_MONTH + edit.month - 1)

    def add_line(self) -> None:
        """A row for a category, hospital and department the budget has no line for yet
        (saved once an amount is typed into it); an existing one is shown instead."""
        key: SheetKey = (
            CostCategory(combo_value(self.category)),
            combo_value(self.project) or "",
            Department(combo_value(self.department)),
        )
        if key not in self.amounts:
            self.amounts[key] = [None] * 12
            self.keys.append(key)
            self._fill()
        row = self.keys.index(key)
        self.table.setCurrentCell(row, FIRST_MONTH)
        first = self.table.item(row, FIRST_MONTH)
        if first is not None:
            self.table.scrollToItem(first)
        self.table.setFocus()
