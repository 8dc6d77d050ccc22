"""Printing a PDF from the preview: Qt's print dialog, then the pages rendered and
painted into the printer by a worker (app/ui/reports/pdf_render.py) behind a progress dialog
that can cancel between pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from app.ui.i18n import arg
from app.ui.reports.pdf_render import PrintTask


def match_page_size(printer: QPrinter, size_points: tuple[float, float]) -> None:
    """Starts the printer on the document's paper (A4 stays A4, landscape stays so)."""
    width, height = size_points
    landscape = width > height
    portrait = QSizeF(min(width, height), max(width, height))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for, in order."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current]
    if mode == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(count) if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            return list(range(first - 1, min(last or count, count)))
    return list(range(count))


class PrintController(QObject):
    """One print job at a time for a window; says how it went through `message`."""

    message = Signal(str, bool)  # text, is an error
    finished = Signal(bool)  # every chosen page was printed

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.task: PrintTask | None = None
        self.progress: QProgressDialog | None = None
        self.printer: QPrinter | None = None  # alive until the worker is done with it

    def ask_and_print(self, path: Path, sizes: Sequence[tuple[float, float]], current: int) -> None:
        if not sizes or self.task is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        match_page_size(printer, sizes[0])
        dialog = QPrintDialog(printer, self.window)
        dialog.setMinMax(1, len(sizes))
        for option in (
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
            QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage,
        ):
            dialog.setOption(option, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(path, printer, chosen_pages(printer, len(sizes), current))

    def print_to(self, path: Path, printer: QPrinter, pages: Sequence[int]) -> PrintTask | None:
        """Starts the job; progress shows at once and Cancel stops between pages."""
        if self.task is not None or not pages:
            return None
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self.window
        )
        progress.setWindowTitle(self.tr("Print"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        task = PrintTask(path, printer, pages)
        progress.canceled.connect(task.cancel)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        self.task, self.progress, self.printer = task, progress, printer
        progress.setValue(0)
        progress.show()
        task.start()
        return task

    def _progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is not None and shiboken6.isValid(progress):
            progress.setLabelText(arg(self.tr("Printed page %1 of %2…"), done, total))
            # Last: a window-modal progress dialog processes events in setValue(), where
            # `finished` may arrive and close it.
            progress.setValue(done)

    def _finished(self, completed: bool, error: str) -> None:
        task, progress = self.task, self.progress
        self.task, self.progress, self.printer = None, None, None
        if progress is not None and shiboken6.isValid(progress):
            progress.canceled.disconnect()
            progress.close()
            progress.deleteLater()
        count = len(task.pages) if task else 0
        if error:
            self.message.emit(arg(self.tr("Printing failed: %1"), error), True)
        elif completed:
            self.message.emit(self.tr("Sent %n page(s) to the printer.", "", count), False)
        else:
            self.message.emit(self.tr("Printing was cancelled."), False)
        self.finished.emit(completed)
