"""PDF pages as QImages, and printing them, with PDFium (pypdfium2) off the GUI thread.

Why not QtPdf: on Python 3.11 it ships only in the 175 MB PySide6-Addons wheel, which
would break the bundle budget; pypdfium2 is PDFium, the engine QtPdf wraps, in ~8 MB.

PDFium is not thread-safe, not even across different documents, so every call into it
holds `_PDFIUM`, one lock for the process. Tasks take it per page, so the preview and
a print job take turns page by page, and every PDFium object is closed inside the
lock rather than left to a finalizer that could run on any thread. A QImage (unlike a
QPixmap) may be made in any thread; the GUI turns the images into pixmaps.

Printing paints into the QPrinter from the worker too: Qt supports QPainter on a
QPrinter outside the GUI thread ("Threads and QObjects", reentrancy of QPainter), and
painting one 300 dpi page into the PDF engine takes ~0.2 s, which would stutter the
GUI page after page.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

_PDFIUM = threading.Lock()
POINTS_PER_INCH = 72
PRINT_DPI_CAP = 300  # more only makes the print job bigger, not the print sharper
# Tasks still running: Python keeps them alive until they report (as app/ui/tasks.py).
_running: set[QRunnable] = set()


class PdfError(Exception):
    """The file cannot be opened as a PDF (damaged, encrypted, gone)."""


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Width and height of every page, in points (1/72 inch)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise PdfError(str(exc)) from exc
        try:
            sizes = []
            for index in range(len(document)):
                page = document[index]
                sizes.append(page.get_size())
                page.close()
            return sizes
        finally:
            document.close()


class _Document:
    """One open document for a task; every use takes the process-wide PDFium lock."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        with _PDFIUM:
            try:
                self._document = pdfium.PdfDocument(str(path))
            except (pdfium.PdfiumError, OSError) as exc:
                raise PdfError(str(exc)) from exc

    def render(self, index: int, scale: float) -> QImage:
        """Page `index` at `scale` pixels per point, white background, RGBX."""
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
                try:
                    view = QImage(
                        bitmap.buffer,  # borrowed: copied before the bitmap is freed
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    )
                    return view.copy()
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()


def _start(task: QRunnable) -> None:
    task.setAutoDelete(False)
    _running.add(task)
    QThreadPool.globalInstance().start(task)


class RenderSignals(QObject):
    """Made on the GUI thread, so the dialog receives these there (queued)."""

    page = Signal(int, int, QImage)  # generation, page index, image
    failed = Signal(int, str)  # generation, why
    finished = Signal(int)  # generation


class RenderTask(QRunnable):
    """Renders the given pages, in that order, at one scale; stops when cancelled.

    `generation` tells the dialog which request an image answers, so images of a
    superseded zoom are recognised even if they arrive after the new request.
    """

    def __init__(self, path: Path, pages: Sequence[int], scale: float, generation: int) -> None:
        super().__init__()
        self.path, self.pages, self.scale, self.generation = path, list(pages), scale, generation
        self.signals = RenderSignals()
        self._cancelled = threading.Event()
        self.signals.finished.connect(lambda _g: _running.discard(self))

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self) -> None:
        _start(self)

    def run(self) -> None:
        try:
            document = _Document(self.path)
            try:
                for index in self.pages:
                    if self._cancelled.is_set():
                        break
                    image = document.render(index, self.scale)
                    self.signals.page.emit(self.generation, index, image)
            finally:
                document.close()
        except Exception as exc:  # a damaged file: said in the dialog, never a crash
            self.signals.failed.emit(self.generation, str(exc) or type(exc).__name__)
        self.signals.finished.emit(self.generation)


class PrintSignals(QObject):
    progress = Signal(int, int)  # pages printed, pages to print
    finished = Signal(bool, str)  # completed (not cancelled, no error), error message


class PrintTask(QRunnable):
    """Renders the chosen pages at the printer's resolution (≤ 300 dpi) and paints each,
    fitted and centred, into the printer's printable area."""

    def __init__(self, path: Path, printer: QPrinter, pages: Sequence[int]) -> None:
        super().__init__()
        self.path, self.printer, self.pages = path, printer, list(pages)
        self.signals = PrintSignals()
        self._cancelled = threading.Event()
        self.signals.finished.connect(lambda _ok, _error: _running.discard(self))

    def cancel(self) -> None:
        """Stops after the page being painted; what was painted is discarded."""
        self._cancelled.set()

    def start(self) -> None:
        _start(self)

    def run(self) -> None:
        try:
            completed = self._print()
        except Exception as exc:
            self.signals.finished.emit(False, str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(completed, "")

    def _print(self) -> bool:
        printer = self.printer
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        document = _Document(self.path)
        painter = QPainter()
        try:
            if not painter.begin(printer):
                raise OSError("the printer cannot be opened")
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for done, index in enumerate(self.pages):
                if self._cancelled.is_set():
                    printer.abort()
                    return False
                image = document.render(index, dpi / POINTS_PER_INCH)
                if done:
                    printer.newPage()
                painter.drawImage(_fitted(image, area.width(), area.height()), image)
                self.signals.progress.emit(done + 1, len(self.pages))
            return True
        finally:
            if painter.isActive():
                painter.end()
            document.close()


def _fitted(image: QImage, width: float, height: float) -> QRectF:
    """The largest rectangle of the image's shape inside width × height, centred."""
    scale = min(width / max(image.width(), 1), height / max(image.height(), 1))
    w, h = image.width() * scale, image.height() * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)
