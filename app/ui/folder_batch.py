"""What the dialogs that write a batch of reports into a folder share (the signed-report
export, the hospitals' monthly reports): while the worker runs the form is locked, Esc or
Close stop it after the current report (never half a file), and the summary says what
happened, in red when something failed."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app.ui.record_dialog import ERROR_STYLE


class FolderBatchDialog(QDialog):
    """A subclass builds `summary`, `current`, `progress`, `cancel_button`, `buttons` and
    names its form's fields and its start button (`form_widgets`, `start_button`)."""

    summary: QLabel
    current: QLabel
    progress: QProgressBar
    cancel_button: QPushButton
    buttons: QDialogButtonBox

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stop: threading.Event | None = None

    def form_widgets(self) -> Sequence[QWidget]:
        raise NotImplementedError

    def start_button(self) -> QPushButton:
        raise NotImplementedError

    def running(self) -> bool:
        return self._stop is not None

    def stopping(self) -> bool:
        return self._stop is not None and self._stop.is_set()

    def stop(self) -> None:
        """Stops after the report being written."""
        if self._stop is not None:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.current.setText(
                QCoreApplication.translate(
                    "FolderBatchDialog", "Stopping after the current report…"
                )
            )

    def _show_failure(self, text: str) -> None:
        """The whole batch failed (not one report): the form opens again and says why."""
        if not shiboken6.isValid(self):
            return
        self._lock_form(False)
        self.current.clear()
        self.progress.hide()
        self._say(text, error=True)

    def _lock_form(self, running: bool) -> None:
        if not running:
            self._stop = None
        for widget in self.form_widgets():
            widget.setEnabled(not running)
        self.start_button().setVisible(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")

    def reject(self) -> None:
        """Esc or Close while writing stops after the current report instead of hiding."""
        if self.running():
            self.stop()
            return
        super().reject()
