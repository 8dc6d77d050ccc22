"""Setting a beam's baseline from a run: at acceptance, or after a recalibration.

The value is what was measured under reference conditions; the service records who
set it and when, and later values of this item on this beam are judged from it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.unit_configuration import BaselineOccasion
from app.services.checklists.beam_rows import BaselineView
from app.services.checklists.checklist_runs import ItemView
from app.ui.checklists.beam_rows import BeamRow, baseline_detail, edit_text, item_edit_text
from app.ui.widgets import enum_combo


class BaselineDialog(QDialog):
    def __init__(
        self,
        heading_text: str,
        value: str,
        unit: str,
        current: BaselineView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set baseline"))
        self.value = QLineEdit(value)
        self.value.setObjectName("baseline_value")
        if unit:
            self.value.setPlaceholderText(unit)
        self.occasion = enum_combo(list(BaselineOccasion), BaselineOccasion.RECALIBRATION)
        self.occasion.setObjectName("baseline_occasion")
        now = self.tr("No baseline set yet")
        if current is not None:
            now = baseline_detail(current, unit)
        heading = QLabel(f"{heading_text}\n{now}")
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Baseline value"), self.value)
        form.addRow(self.tr("Set at"), self.occasion)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def for_beam(
        cls, row: BeamRow, item_label: str, parent: QWidget | None = None
    ) -> BaselineDialog:
        """One beam of a per-beam item, offered the value measured on it."""
        value = edit_text(row) if row.beam.number is not None else ""
        heading = f"{item_label} · {row.beam.beam_label}"
        return cls(heading, value, row.item.measured_unit, row.beam.current_baseline, parent)

    @classmethod
    def for_item(
        cls, item: ItemView, item_label: str, parent: QWidget | None = None
    ) -> BaselineDialog:
        """A person-judged item: the unit's own baseline, offered the value measured."""
        value = item_edit_text(item) if item.number is not None else ""
        return cls(item_label, value, item.measured_unit, item.current_baseline, parent)
