"""The month's service report for every hospital with activity, from the manager's
dashboard — what `monthly-report` does on the command line, without it.

The reports are gathered, built and sealed in a worker
(services/monthly_report/export.export_month); progress comes back through a Qt
signal. Cancel stops before the next hospital, so the file being written is finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QWidget,
)

from app.reports.content import Language
from app.services.monthly_report.export import MonthlyReportFile
from app.services.store import Store
from app.ui.folder_batch import FolderBatchDialog
from app.ui.i18n import arg, labelled
from app.ui.reports.export_error import export_error_text
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
        super().__init__(settings, parent)
        self.store = store
        self.files: list[MonthlyReportFile] = []
        self.failures: list[tuple[str, str]] = []  # (hospital, why) of reports not written
        self.setWindowTitle(self.tr("Monthly service reports"))
        self.write_button = self.start_button()
        self.write_button.setText(self.tr("Write reports"))
        self.write_button.clicked.connect(self.start)
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        explain = QLabel(
            self.tr(
                "One sealed PDF for each hospital with a visit or repair in the month: its "
                "units, uptime against the guarantee, the visits and repairs, open items, "
                "QA trends and next month's plan."
            )
        )
        explain.setWordWrap(True)
        self.form.addRow(self.tr("Month"), self.month)
        self.lay_out(above=[explain])

    def chosen_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def start(self) -> None:
        """Writes the reports in a worker; the form is locked until it ends."""
        from app.services.monthly_report.export import export_month

        if self.running():
            return
        folder = self.out_folder = self.chosen_folder()
        if folder is None:
            return
        language: Language = "en" if self.language.currentData() == "en" else "zh_CN"
        stop = self.begin()
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
                lambda hospital, exc: failures.append((hospital, export_error_text(exc))),
            )

        run_in_background(work, self._finished, self._failed)

    def _progress(self, done: int, total: int, hospital: str) -> None:
        if not shiboken6.isValid(self):
            return
        starting = arg(self.tr("Writing the report of %1…"), hospital) if hospital else ""
        self.show_progress(done, total, starting)

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
        text = self.tr("The reports could not be written: %1")
        self._show_failure(arg(text, export_error_text(error)))

    def form_widgets(self) -> Sequence[QWidget]:
        return (self.month, self.language, self.folder, self.choose_button)
