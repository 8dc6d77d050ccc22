"""The staff forms' shared frame: RecordDialog's errors under each field, Save as the
default button and Ctrl+S, and the save itself in a worker (run_in_background): the
form is read on the GUI thread, the service runs off it (a laptop's first write of
the day takes a few hundred milliseconds), and the answer comes back as the dialog
closing or as the refusals shown in place — a service's refusal of the user (not the
manager) on the form. A refused save keeps the dialog open with everything typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from app.domain.records import ValidationError
from app.domain.refusals import Refused
from app.services.records import RecordGone
from app.ui.labels import refusal_text
from app.ui.record_dialog import RecordDialog
from app.ui.tasks import run_in_background


class StaffFormDialog(RecordDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.saving = False  # a save is running in a worker
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

    # --- what a form gives ----------------------------------------------------------------

    def save_work(self) -> Callable[[], object]:
        """Reads the inputs (GUI thread) and returns the service call that saves them."""
        raise NotImplementedError

    def after_save(self, result: object) -> None:
        """The service's answer (a new record's id), back on the GUI thread."""

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.buttons.setEnabled(False)
        run_in_background(self.save_work(), self._saved, self._refused)

    def reject(self) -> None:
        if not self.saving:  # the save under way finishes first
            super().reject()

    def _saved(self, result: object) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.clear_errors()
        self.after_save(result)
        if self.autosave is not None:
            self.autosave.discard()
        QDialog.accept(self)

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        elif isinstance(error, Refused):
            self._say(refusal_text(error))
        elif isinstance(error, RecordGone):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("This record was deleted meanwhile; your changes were not saved."),
            )
        else:
            self._say(str(error))

    def _say(self, text: str) -> None:
        self.clear_errors()
        self.general_error.setText(f"⚠ {text}")
        self.general_error.show()
