"""The pages of a PDF stacked in a scroll area, zoomable, rendered off the GUI thread.

Pages are rendered by PDFium in a worker (app/ui/reports/pdf_render.py) at the current zoom.
A zoom change resizes the pages at once and shows the old pictures stretched until
the new ones arrive, so the view follows the keyboard without waiting; a burst of
zoom steps renders once, at the end. Pictures are kept within an image budget: a long
document at a high zoom keeps only the pages around the one being read, and scrolling
renders the ones coming into view.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app.ui.reports.pdf_render import RenderTask, page_sizes
from app.ui.tasks import run_in_background

PIXELS_PER_POINT = 96 / 72  # 100 % is the page's real size on a 96 dpi screen
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
MARGIN, SHADOW = 16, 4
IMAGE_BUDGET = 256 * 1024 * 1024  # bytes of page pictures kept at once


class PageView(QWidget):
    """One page: white paper with a border and a shadow, its picture stretched to fit."""

    def __init__(self, size_points: tuple[float, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_points = size_points
        self.scale = 0.0  # pixels per point of the picture shown; 0 without one
        self._pixmap: QPixmap | None = None

    def set_zoom(self, zoom: float) -> None:
        width, height = self.size_points
        factor = zoom * PIXELS_PER_POINT
        self.setFixedSize(round(width * factor) + SHADOW, round(height * factor) + SHADOW)

    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    def set_image(self, image: QImage | None, scale: float = 0.0, ratio: float = 1.0) -> None:
        if image is None:
            self._pixmap, self.scale = None, 0.0
        else:
            self._pixmap = QPixmap.fromImage(image)
            self._pixmap.setDevicePixelRatio(ratio)
            self.scale = scale
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paper = QRect(0, 0, self.width() - SHADOW, self.height() - SHADOW)
        painter.fillRect(paper.translated(SHADOW, SHADOW), QColor(0, 0, 0, 70))
        painter.fillRect(paper, Qt.GlobalColor.white)
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(QRectF(paper), self._pixmap, QRectF(self._pixmap.rect()))
        painter.setPen(QColor("#8a8a8a"))
        painter.drawRect(paper.adjusted(0, 0, -1, -1))


class PdfPagesView(QScrollArea):
    """Shows one PDF's pages; `rendered` fires when every kept page shows the zoom."""

    opened = Signal(int)  # number of pages
    failed = Signal(str)  # why the file cannot be shown
    rendered = Signal()
    zoom_changed = Signal(float)
    page_changed = Signal(int, int)  # current page (0-based), number of pages

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.sizes: list[tuple[float, float]] = []
        self.pages: list[PageView] = []
        self.zoom, self.fit_width = 1.0, True
        self._generation, self._scale_rendering = 0, 0.0
        self._task: RenderTask | None = None
        self.container = QWidget()
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.column.setSpacing(MARGIN)
        self.setWidgetResizable(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        # Always there, so fitting the width never makes it appear and re-fit in a loop.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(self.container)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._render_timer = QTimer(self, singleShot=True, interval=120)
        self._render_timer.timeout.connect(self._request_render)
        path_ = self.path
        run_in_background(lambda: page_sizes(path_), self._opened, self._open_failed)

    def _opened(self, sizes: list[tuple[float, float]]) -> None:
        if not shiboken6.isValid(self):
            return
        self.sizes = sizes
        for size in sizes:
            view = PageView(size)
            self.pages.append(view)
            self.column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.fit_width:
            self.zoom = self._fit_zoom()
        self._apply_zoom()
        self.opened.emit(len(sizes))
        self._request_render()

    def _open_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(str(error))

    def page_count(self) -> int:
        return len(self.pages)

    def current_page(self) -> int:
        """The page under the middle of the view (0-based); the last one at the bottom."""
        if not self.pages:
            return 0
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            return len(self.pages) - 1
        middle = bar.value() + self.viewport().height() // 2
        for index, view in enumerate(self.pages):
            if view.geometry().bottom() + MARGIN >= middle:
                return index
        return len(self.pages) - 1

    def _scrolled(self) -> None:
        if self.pages:
            self.page_changed.emit(self.current_page(), len(self.pages))
            self._render_timer.start()  # pages coming into view, if not all are kept

    # --- zoom ---------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom * 1.01), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom * 0.99), ZOOMS[0]))

    def fit_to_width(self) -> None:
        self.set_zoom(self._fit_zoom(), keep_fit=True)

    def set_zoom(self, zoom: float, keep_fit: bool = False) -> None:
        self.fit_width = keep_fit
        zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        if abs(zoom - self.zoom) < 1e-3:
            return
        self.zoom = zoom
        self._apply_zoom()
        self._render_timer.start()  # a burst of Ctrl++ renders once, at the end

    def _fit_zoom(self) -> float:
        if not self.sizes:
            return self.zoom
        widest = max(width for width, _ in self.sizes) * PIXELS_PER_POINT
        room = self.viewport().width() - 2 * MARGIN - SHADOW
        return min(max(room / widest, ZOOMS[0]), ZOOMS[-1])

    def _apply_zoom(self) -> None:
        """Resizes the pages at once (old pictures stretched), keeping the place."""
        bar = self.verticalScrollBar()
        place = bar.value() / max(1, self.container.height())
        for view in self.pages:
            view.set_zoom(self.zoom)
        self.column.activate()
        self.container.adjustSize()
        bar.setValue(round(place * self.container.height()))
        self.zoom_changed.emit(self.zoom)
        if self.pages:
            self.page_changed.emit(self.current_page(), len(self.pages))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.pages:
            zoom = self._fit_zoom()
            if abs(zoom - self.zoom) > 1e-3:
                self.zoom = zoom
                self._apply_zoom()
                self._render_timer.start()

    # --- rendering ----------------------------------------------------------------------

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def scale(self) -> float:
        """Pixels per point the pages are rendered at: zoom and screen together."""
        return self.zoom * PIXELS_PER_POINT * self._ratio()

    def _pages_to_keep(self, scale: float) -> list[int]:
        """Pages nearest the current one first, as many as the image budget holds
        (always the current page and its neighbours)."""
        current = self.current_page()
        order = sorted(range(len(self.pages)), key=lambda i: (abs(i - current), i < current))
        kept: list[int] = []
        used = 0
        for index in order:
            width, height = self.sizes[index]
            cost = int(width * scale) * int(height * scale) * 4
            if kept and used + cost > IMAGE_BUDGET and abs(index - current) > 1:
                break
            kept.append(index)
            used += cost
        return kept

    def _request_render(self) -> None:
        """Renders the kept pages that lack the current zoom; one task at a time, a
        new request supersedes the running one."""
        if not self.pages or not shiboken6.isValid(self):
            return
        scale = self.scale()
        kept = self._pages_to_keep(scale)
        for index in set(range(len(self.pages))) - set(kept):
            self.pages[index].set_image(None)  # over the budget
        missing = [i for i in kept if abs(self.pages[i].scale - scale) > 1e-6]
        task = self._task
        if task is not None and task.scale == scale and set(missing) <= set(task.pages):
            return  # already on its way
        self.stop()
        if not missing:
            self.rendered.emit()
            return
        self._generation += 1
        self._scale_rendering = scale
        task = RenderTask(self.path, missing, scale, self._generation)
        task.signals.page.connect(self._page_rendered)
        task.signals.failed.connect(self._render_failed)
        task.signals.finished.connect(self._render_finished)
        self._task = task
        task.start()

    def _page_rendered(self, generation: int, index: int, image: QImage) -> None:
        if generation == self._generation and index < len(self.pages):
            self.pages[index].set_image(image, self._scale_rendering, self._ratio())

    def _render_finished(self, generation: int) -> None:
        if generation != self._generation:
            return  # a superseded zoom's task
        self._task = None
        scale = self.scale()
        if all(abs(self.pages[i].scale - scale) < 1e-6 for i in self._pages_to_keep(scale)):
            self.rendered.emit()

    def _render_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)

    def rendered_pages(self) -> list[PageView]:
        """The pages showing a picture at the current zoom."""
        scale = self.scale()
        return [v for v in self.pages if v.pixmap() is not None and abs(v.scale - scale) < 1e-6]

    def stop(self) -> None:
        """Cancels the running render (it stops before its next page)."""
        self._render_timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
