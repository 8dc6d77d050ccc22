"""The physicist records the acceptance-level test a replaced major component needs
(放射诊疗管理规定 Art. 20); it clears the unit's "acceptance-level testing required"."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import ValidationError
from app.services.clinical import acceptance
from app.services.store import Store
from app.ui.labels import validation_message
from app.ui.record_dialog import ERROR_STYLE


class AcceptanceTestDialog(QDialog):
    def __init__(self, store: Store, equipment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.equipment_id = store, equipment_id
        self.setWindowTitle(self.tr("Record acceptance-level test"))
        zh = QLocale().name().startswith("zh")
        waiting = acceptance.requirements_of(store, equipment_id, open_only=True)
        names = "\n".join(f"• {r.component.text(zh)} ({r.work_order_number})" for r in waiting)
        intro = QLabel(self.tr("Replaced, awaiting acceptance-level testing:") + "\n" + names)
        intro.setWordWrap(True)
        self.physicist = QLineEdit()
        self.record = QPlainTextEdit()
        self.record.setPlaceholderText(
            self.tr("Which tests were done, and where their report is kept")
        )
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Physicist"), self.physicist)
        form.addRow(self.tr("Test"), self.record)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            acceptance.record_test(
                self.store, self.equipment_id, self.physicist.text(), self.record.toPlainText()
            )
        except ValidationError as refused:
            self.error.setText("\n".join(validation_message(e.message) for e in refused.errors))
            self.error.show()
            return
        super().accept()
