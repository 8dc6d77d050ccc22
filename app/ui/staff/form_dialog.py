"""The staff forms' shared frame: RecordDialog's errors under each field, plus a
service's refusal of the user (not the manager) shown on the form, Save as the default
button and Ctrl+S. A refused save keeps the dialog open with everything typed."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain.refusals import Refused
from app.ui.labels import refusal_text
from app.ui.record_dialog import RecordDialog


class StaffFormDialog(RecordDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """As RecordDialog's, and the label's Alt+letter reaches the input."""
        super().add_field(name, label, widget)
        holder = widget.parentWidget()
        if holder is not None:
            holder.setFocusProxy(widget)
        return widget

    def try_save(self) -> bool:
        try:
            return super().try_save()
        except Refused as refused:
            self.clear_errors()
            self.general_error.setText(f"⚠ {refusal_text(refused)}")
            self.general_error.show()
            return False
