"""Every report signed since a date, exported into one folder from the File menu — the
service office's monthly batch, without the command line (`export-reports`).

The batch runs in a worker (services/report_export.export_signed_since); its progress
comes back through a Qt signal, never by touching widgets from the worker. Cancel asks
the worker to stop before the next report, so the file being written is finished.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
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
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import settings_keys
from app.services.store import Store
from app.ui.folder_batch import FolderBatchDialog
from app.ui.i18n import arg, labelled
from app.ui.tasks import run_in_background

OWN_LANGUAGE = ""  # the combo's value for "each report's own language"


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch did: files written, (work-order number, reason) per failure."""

    folder: Path
    written: list[Path]
    failures: list[tuple[str, str]]
    total: int
    stopped: bool  # cancelled before the last report


class BatchSignals(QObject):
    """Owned by the worker's closure, not by the dialog, so closing the dialog never
    deletes an object the worker still emits on."""

    progress = Signal(int, int, str)  # done, in all, number of the report starting


def first_of_month(today: date | None = None) -> date:
    return (today or date.today()).replace(day=1)


class BatchExportDialog(FolderBatchDialog):
    """Choose a date, language and folder; Export; watch n of m; read the summary."""

    finished_export = Signal(object)  # BatchOutcome

    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.outcome: BatchOutcome | None = None
        self._count_generation = 0
        self.setWindowTitle(self.tr("Export signed reports"))
        start = first_of_month()
        self.since = QDateEdit(QDate(start.year, start.month, start.day))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.dateChanged.connect(self._count)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")  # a language's own name, never translated
        self.language.addItem("English", "en")
        self.language.addItem(
            self.tr("Each report's own language (as last exported, else 中文)"), OWN_LANGUAGE
        )
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
        self.count_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Signed since"), self.since)
        form.addRow("", self.count_label)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Folder"), folder_row)

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.current = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setMaximumHeight(120)
        self.failures.hide()

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stops after the report being written"))
        self.cancel_button.clicked.connect(self.stop)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.export_button, self.cancel_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._count()

    # --- choosing ------------------------------------------------------------------------

    def since_date(self) -> date:
        value = self.since.date()
        return date(value.year(), value.month(), value.day())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the reports"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _count(self) -> None:
        """How many reports the date takes in, counted off the GUI thread."""
        from app.services.reports.report_export import signed_since

        self._count_generation += 1
        generation, store, since = self._count_generation, self.store, self.since_date()

        def show(found: list[object]) -> None:
            if shiboken6.isValid(self) and generation == self._count_generation:
                self.count_label.setText(
                    self.tr("%n signed report(s) since this date", "", len(found))
                )

        run_in_background(lambda: signed_since(store, since), show, lambda _e: None)

    # --- running -------------------------------------------------------------------------

    def start(self) -> None:
        """Exports in a worker; the form is locked until it ends."""
        from app.services.reports.report_export import export_signed_since

        text = self.folder.text().strip()
        if not text or self.running():
            if not text:
                self._say(self.tr("Choose a folder for the reports."), error=True)
            return
        folder = Path(text).expanduser()
        language = self.language.currentData() or None
        self.settings.setValue(settings_keys.EXPORT_FOLDER, str(folder))
        self.settings.setValue(settings_keys.EXPORT_LANGUAGE, self.language.currentData())
        stop = self._stop = threading.Event()
        signals = BatchSignals()
        signals.progress.connect(self._progress)
        store, since = self.store, self.since_date()

        def work() -> BatchOutcome:
            failures: list[tuple[str, str]] = []
            totals: list[int] = [0]

            def heard(done: int, total: int, number: str) -> None:
                totals[0] = total
                signals.progress.emit(done, total, number)

            written = export_signed_since(
                store,
                since,
                folder,
                language,
                on_error=lambda number, exc: failures.append((number, str(exc))),
                progress=heard,
                should_stop=stop.is_set,
            )
            stopped = len(written) + len(failures) < totals[0]
            return BatchOutcome(folder, written, failures, totals[0], stopped)

        self._lock_form(True)
        self.progress.setRange(0, 0)  # busy until the first report is counted
        self.progress.show()
        self.summary.clear()
        self.failures.clear()
        self.failures.hide()
        self.open_button.setEnabled(False)
        run_in_background(work, self._finished, self._failed)

    def _progress(self, done: int, total: int, number: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if number and not self.stopping():
            self.current.setText(arg(self.tr("Exporting %1…"), number))

    def _finished(self, outcome: BatchOutcome) -> None:
        if not shiboken6.isValid(self):
            return
        self.outcome = outcome
        self._lock_form(False)
        self.current.clear()
        lines = [
            arg(
                self.tr("%n report(s) exported to %1.", "", len(outcome.written)),
                str(outcome.folder),
            )
        ]
        if outcome.total == 0:
            lines = [arg(self.tr("No reports were signed since %1."), str(self.since_date()))]
        if outcome.stopped:
            done = len(outcome.written) + len(outcome.failures)
            lines.append(
                arg(self.tr("Cancelled after %1 of %2 reports."), str(done), str(outcome.total))
            )
        if outcome.failures:
            lines.append(self.tr("%n report(s) could not be exported:", "", len(outcome.failures)))
            self.failures.setPlainText(
                "\n".join(labelled(number, why) for number, why in outcome.failures)
            )
            self.failures.show()
        self._say("\n".join(lines), error=bool(outcome.failures))
        self.open_button.setEnabled(outcome.folder.is_dir())
        self.finished_export.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._show_failure(arg(self.tr("The export failed: %1"), str(error)))

    def form_widgets(self) -> Sequence[QWidget]:
        return (self.since, self.language, self.folder, self.choose_button)

    def start_button(self) -> QPushButton:
        return self.export_button

    def open_folder(self) -> None:
        folder = self.outcome.folder if self.outcome else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
