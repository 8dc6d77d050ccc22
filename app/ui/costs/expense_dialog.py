"""Entering a ticket, a hotel or an outside service on a job."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import costs as rules
from app.domain.enums import CostCategory, CostKind
from app.services.costs import entries
from app.services.store import Store
from app.ui.costs.texts import refusal_text
from app.ui.widgets import combo_value, enum_combo, select_value


class ExpenseDialog(QDialog):
    def __init__(
        self, store: Store, work_order_id: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.work_order_id = store, work_order_id
        self.setWindowTitle(self.tr("Add an expense"))
        self.kind = enum_combo(rules.MANUAL_KINDS, CostKind.TRAVEL)
        self.category = enum_combo(list(CostCategory), CostCategory.TRAVEL)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10_000_000)
        self.amount.setDecimals(2)
        self.amount.setSuffix(" ¥")
        self.amount.setGroupSeparatorShown(True)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. flight Nanjing–Jinan, hotel 2 nights"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Details"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _kind_chosen(self) -> None:
        kind = combo_value(self.kind)
        if kind is not None:
            select_value(self.category, rules.DEFAULT_CATEGORY[kind])

    def save(self) -> None:
        try:
            entries.add_entry(
                self.store,
                self.work_order_id,
                combo_value(self.kind),
                self.amount.value(),
                self.day.date().toPython(),  # type: ignore[arg-type]
                self.description.text(),
                combo_value(self.category),
            )
        except rules.CostRefusal as refusal:
            self.error.setText(f"⚠ {refusal_text(refusal)}")
            self.error.show()
            return
        self.accept()
