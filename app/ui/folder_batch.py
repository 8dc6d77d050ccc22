"""What the dialogs that write a batch of reports into a folder share (the signed-report
export, the hospitals' monthly reports): the language and folder (remembered between
runs), the progress bar and summary, Cancel / Open folder / Close; while the worker runs
the form is locked, Esc or Close stop it after the current report (never half a file),
and the summary says what happened, in red when something failed."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.ui.record_dialog import ERROR_STYLE


class FolderBatchDialog(QDialog):
    """A subclass adds its own fields above `language` and `folder` in `form`, connects
    names `start_button()` and connects it to its start, and names its form's fields
    (`form_widgets`)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._stop: threading.Event | None = None
        self.out_folder: Path | None = None  # where the last run wrote
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")  # a language's own name, never translated
        self.language.addItem("English", "en")
        self.restore_language()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = QLineEdit(
            str(settings.value(settings_keys.EXPORT_FOLDER, documents or str(Path.home())))
        )
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        self.folder_row = QHBoxLayout()
        self.folder_row.addWidget(self.folder, 1)
        self.folder_row.addWidget(self.choose_button)
        self.form = QFormLayout()

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.current = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self._start = QPushButton()  # named by the subclass
        self._start.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stops after the report being written"))
        self.cancel_button.clicked.connect(self.stop)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self._start, self.cancel_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, above: Sequence[QWidget] = (), below: Sequence[QWidget] = ()) -> None:
        """The dialog's layout once the subclass has filled `form`: `above` the form, the
        language and folder rows, progress and summary, `below` them, then the buttons."""
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Folder"), self.folder_row)
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in (self.progress, self.current, self.summary, *below):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def restore_language(self) -> None:
        """Selects the language last used (after a subclass adds its own choices)."""
        saved = str(self.settings.value(settings_keys.EXPORT_LANGUAGE, "zh_CN"))
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))

    def chosen_folder(self) -> Path | None:
        """The folder to write into, remembered with the language for the next run; None
        (and the summary says so) when none is given."""
        text = self.folder.text().strip()
        if not text:
            self._say(self.tr("Choose a folder for the reports."), error=True)
            return None
        folder = Path(text).expanduser()
        self.settings.setValue(settings_keys.EXPORT_FOLDER, str(folder))
        self.settings.setValue(settings_keys.EXPORT_LANGUAGE, self.language.currentData())
        return folder

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the reports"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def open_folder(self) -> None:
        folder = self.out_folder or Path(self.folder.text()).expanduser()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def begin(self) -> threading.Event:
        """Locks the form and shows a busy bar until the worker counts its reports; the
        event is the worker's stop request."""
        stop = self._stop = threading.Event()
        self._lock_form(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.clear()
        self.open_button.setEnabled(False)
        return stop

    def show_progress(self, done: int, total: int, starting: str) -> None:
        """`done` of `total` written; `starting` is the line naming the next report."""
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        if starting and not self.stopping():
            self.current.setText(starting)

    def start_button(self) -> QPushButton:
        return self._start

    def form_widgets(self) -> Sequence[QWidget]:
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
