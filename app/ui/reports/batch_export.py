"""Every report signed since a date, exported into one folder from the File menu — the
service office's monthly batch, without the command line (`export-reports`).

The batch runs in a worker (services/report_export.export_signed_since); its progress
comes back through a Qt signal, never by touching widgets from the worker. Cancel asks
the worker to stop before the next report, so the file being written is finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.services.store import Store
from app.ui.folder_batch import FolderBatchDialog
from app.ui.i18n import arg, labelled
from app.ui.reports.export_error import export_error_text
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
        super().__init__(settings, parent)
        self.store = store
        self.outcome: BatchOutcome | None = None
        self._count_generation = 0
        self.setWindowTitle(self.tr("Export signed reports"))
        self.export_button = self.start_button()
        self.export_button.setText(self.tr("Export"))
        self.export_button.clicked.connect(self.start)
        start = first_of_month()
        self.since = QDateEdit(QDate(start.year, start.month, start.day))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.dateChanged.connect(self._count)
        self.language.addItem(
            self.tr("Each report's own language (as last exported, else 中文)"), OWN_LANGUAGE
        )
        self.restore_language()
        self.count_label = QLabel()
        self.form.addRow(self.tr("Signed since"), self.since)
        self.form.addRow("", self.count_label)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setMaximumHeight(120)
        self.failures.hide()
        self.lay_out(below=[self.failures])
        self._count()

    # --- choosing ------------------------------------------------------------------------

    def since_date(self) -> date:
        value = self.since.date()
        return date(value.year(), value.month(), value.day())

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

        if self.running():
            return
        folder = self.out_folder = self.chosen_folder()
        if folder is None:
            return
        language = self.language.currentData() or None
        stop = self.begin()
        self.failures.clear()
        self.failures.hide()
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
                on_error=lambda number, exc: failures.append((number, export_error_text(exc))),
                progress=heard,
                should_stop=stop.is_set,
            )
            stopped = len(written) + len(failures) < totals[0]
            return BatchOutcome(folder, written, failures, totals[0], stopped)

        run_in_background(work, self._finished, self._failed)

    def _progress(self, done: int, total: int, number: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.show_progress(done, total, arg(self.tr("Exporting %1…"), number) if number else "")

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
        self._show_failure(arg(self.tr("The export failed: %1"), export_error_text(error)))

    def form_widgets(self) -> Sequence[QWidget]:
        return (self.since, self.language, self.folder, self.choose_button)
