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
from app.ui.checklists.beam_rows import BeamRow, baseline_detail, edit_text
from app.ui.widgets import enum_combo


class BaselineDialog(QDialog):
    def __init__(self, row: BeamRow, item_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set baseline"))
        self.value = QLineEdit(edit_text(row) if row.beam.number is not None else "")
        self.value.setObjectName("baseline_value")
        if row.item.measured_unit:
            self.value.setPlaceholderText(row.item.measured_unit)
        self.occasion = enum_combo(list(BaselineOccasion), BaselineOccasion.RECALIBRATION)
        self.occasion.setObjectName("baseline_occasion")
        current = row.beam.current_baseline
        now = (
            baseline_detail(current, row.item.measured_unit)
            if current is not None
            else self.tr("No baseline set yet")
        )
        heading = QLabel(f"{item_label} · {row.beam.beam_label}\n{now}")
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
