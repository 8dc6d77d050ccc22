"""The month's service report for every hospital with activity, from the manager's
dashboard — what `monthly-report` does on the command line, without it.

The reports are gathered, built and sealed in a worker
(services/monthly_report/export.export_month); progress comes back through a Qt
signal. Cancel stops before the next hospital, so the file being written is finished.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QObject, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from app.reports.content import Language
from app.services.monthly_report.export import MonthlyReportFile
from app.services.store import Store
from app.ui.folder_batch import FolderBatchDialog
from app.ui.i18n import arg, labelled
from app.ui.tasks import run_in_background


class MonthlySignals(QObject):
    """Owned by the worker's closure, so closing the dialog never deletes an object the
    worker still emits on."""

    progress = Signal(int, int, str)  # done, in all, hospital starting


class MonthlyReportDialog(FolderBatchDialog):
    """Choose the month, language and folder; Write; watch n of m; read the summary."""

    written = Signal(object)  # list[MonthlyReportFile]

    def __init__(
        self, store: Store, settings: QSettings, month: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.files: list[MonthlyReportFile] = []
        self.failures: list[tuple[str, str]] = []  # (hospital, why) of reports not written
        self.out_folder: Path | None = None
        self.setWindowTitle(self.tr("Monthly service reports"))
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")  # a language's own name, never translated
        self.language.addItem("English", "en")
        index = self.language.findData(str(settings.value(settings_keys.EXPORT_LANGUAGE, "zh_CN")))
        self.language.setCurrentIndex(max(index, 0))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = QLineEdit(
            str(settings.value(settings_keys.EXPORT_FOLDER, documents or str(Path.home())))
        )
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        explain = QLabel(
            self.tr(
                "One sealed PDF for each hospital with a visit or repair in the month: its "
                "units, uptime against the guarantee, the visits and repairs, open items, "
                "QA trends and next month's plan."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Folder"), folder_row)

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.current = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.write_button = QPushButton(self.tr("Write reports"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stops after the report being written"))
        self.cancel_button.clicked.connect(self.stop)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.write_button, self.cancel_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def chosen_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the reports"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        """Writes the reports in a worker; the form is locked until it ends."""
        from app.services.monthly_report.export import export_month

        text = self.folder.text().strip()
        if not text:
            self._say(self.tr("Choose a folder for the reports."), error=True)
            return
        if self.running():
            return
        folder = self.out_folder = Path(text).expanduser()
        language: Language = "en" if self.language.currentData() == "en" else "zh_CN"
        self.settings.setValue(settings_keys.EXPORT_FOLDER, str(folder))
        self.settings.setValue(settings_keys.EXPORT_LANGUAGE, language)
        stop = self._stop = threading.Event()
        signals = MonthlySignals()
        signals.progress.connect(self._progress)
        store, month = self.store, self.chosen_month()

        failures: list[tuple[str, str]] = []
        self.failures = failures  # filled by the worker, read once it has finished

        def work() -> list[MonthlyReportFile]:
            return export_month(
                store,
                month,
                folder,
                language,
                signals.progress.emit,
                stop.is_set,
                lambda hospital, exc: failures.append((hospital, str(exc))),
            )

        self._lock_form(True)
        self.progress.setRange(0, 0)  # busy until the hospitals are counted
        self.progress.show()
        self.summary.clear()
        self.open_button.setEnabled(False)
        run_in_background(work, self._finished, self._failed)

    def _progress(self, done: int, total: int, hospital: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        if hospital and not self.stopping():
            self.current.setText(arg(self.tr("Writing the report of %1…"), hospital))

    def _finished(self, files: list[MonthlyReportFile]) -> None:
        if not shiboken6.isValid(self):
            return
        self.files = files
        self._lock_form(False)
        self.current.clear()
        month = f"{self.chosen_month():%Y-%m}"
        if files or self.failures:
            text = arg(
                self.tr("%n report(s) for %1 written to %2.", "", len(files)),
                month,
                str(self.out_folder),
            )
        else:
            text = arg(self.tr("No hospital had a visit or repair in %1."), month)
        if self.failures:
            text += "\n" + self.tr("%n report(s) could not be written:", "", len(self.failures))
            text += "\n" + "\n".join(labelled(name, why) for name, why in self.failures)
        self._say(text, error=bool(self.failures))
        self.open_button.setEnabled(bool(files))
        self.written.emit(files)

    def _failed(self, error: BaseException) -> None:
        self._show_failure(arg(self.tr("The reports could not be written: %1"), str(error)))

    def form_widgets(self) -> Sequence[QWidget]:
        return (self.month, self.language, self.folder, self.choose_button)

    def start_button(self) -> QPushButton:
        return self.write_button

    def open_folder(self) -> None:
        if self.out_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_folder)))
