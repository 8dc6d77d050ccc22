"""A pad to sign on with a mouse, a finger or a pen, and the renderer of its strokes.

Input from all three sources becomes the same data (app/domain/signatures.py):
points normalised to the pad space, with the pen's pressure when the tablet reports
it (DEFAULT_PRESSURE otherwise) and milliseconds since the signature began, taken
from the events' own timestamps (when the hand moved, not when a busy GUI thread got
round to the event). The
drawing area keeps the pad space's 10:3 shape whatever the widget's size, centred,
so a signature never stretches; input outside it is clamped to its edge.

Tablets and touchscreens are handled as their own events and accepted, so Qt sends
no synthesised mouse events for them; a mouse event arriving while a pen or finger
stroke is under way is ignored anyway, for platforms that send both.

Strokes are drawn from `quad_segments`, grouping consecutive segments of the same
(quantised) width into one path: a few painter calls per stroke rather than one per
sample keeps repaints cheap while drawing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QFont,
    QImage,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

from app.domain.signatures import (
    DEFAULT_PRESSURE,
    PAD_HEIGHT,
    PAD_WIDTH,
    Point,
    Stroke,
    quad_segments,
    stroke_width,
)

INK = QColor("#0d1b4c")  # blue-black, like a ballpoint
PAPER = QColor("#ffffff")
MARGIN = QColor("#eceff3")  # outside the signing area
GUIDE = QColor("#5f6b7a")
HINT = QColor("#a3acb9")
BASELINE_Y = 225.0  # pad units; the name sits below, the signature above
BASELINE_X = (60.0, 940.0)
_WIDTH_STEP = 0.25  # pad units; segments whose widths round alike share a path
_MIN_STEP = 0.5  # pad units; closer samples add nothing but size …
_MIN_PRESSURE_STEP = 0.02  # … unless the pressure changed


def signing_area(width: float, height: float) -> QRectF:
    """The largest rectangle of the pad's shape centred in width × height."""
    scale = min(width / PAD_WIDTH, height / PAD_HEIGHT)
    w, h = PAD_WIDTH * scale, PAD_HEIGHT * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)


def paint_strokes(painter: QPainter, strokes: Iterable[Stroke], area: QRectF) -> None:
    """Draws strokes (pad units) into `area` of the painter's device."""
    scale = area.width() / PAD_WIDTH
    if scale <= 0:
        return
    min_width = 1.0 / scale  # never thinner than a device pixel
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(area.topLeft())
    painter.scale(scale, scale)
    pen = QPen(INK, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    for stroke in strokes:
        if len(stroke) == 1:
            dot = stroke[0]
            radius = max(stroke_width(dot.pressure), min_width) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(QPointF(dot.x, dot.y), radius, radius)
            continue
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path: QPainterPath | None = None
        width = -1.0
        for segment in quad_segments(stroke):
            wanted = max(
                round(stroke_width(segment.pressure) / _WIDTH_STEP) * _WIDTH_STEP, min_width
            )
            if path is None or wanted != width:
                if path is not None:
                    pen.setWidthF(width)
                    painter.setPen(pen)
                    painter.drawPath(path)
                path = QPainterPath(QPointF(*segment.start))
                width = wanted
            path.quadTo(QPointF(*segment.control), QPointF(*segment.end))
        if path is not None:
            pen.setWidthF(width)
            painter.setPen(pen)
            painter.drawPath(path)
    painter.restore()


def render_png(strokes: Sequence[Stroke], width: int, height: int) -> QImage:
    """The signature as an image (ink on white, the pad space fitted and centred), for
    showing stored signatures and saving as PNG."""
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    try:
        paint_strokes(painter, strokes, signing_area(image.width(), image.height()))
    finally:
        painter.end()
    return image


class SignaturePad(QWidget):
    """White signing area with a baseline and the signer's printed name under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._source: str | None = None  # "mouse", "tablet" or "touch" while drawing
        self._touch_id = -1
        self._t_offset = 0  # ms of the signature at …
        self._t_base: int | None = None  # … this event timestamp
        self._printed_name = ""
        self._placeholder = self.tr("Sign above the line")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(300, 90)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Ctrl+Z undoes the last stroke, Delete clears the pad."))

    def sizeHint(self) -> QSize:
        return QSize(700, 210)

    # --- data -----------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(stroke) for stroke in self._strokes)

    def set_strokes(self, strokes: Iterable[Stroke]) -> None:
        self._strokes = [list(stroke) for stroke in strokes if stroke]
        self._source = None
        last = max((p.t_ms for s in self._strokes for p in s), default=-1)
        self._t_offset = last + 1  # new strokes continue the timeline
        self._t_base = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._source = None
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self._source = None
            self.update()
            self.changed.emit()

    def set_printed_name(self, text: str) -> None:
        self._printed_name = text
        self.update()

    def printed_name(self) -> str:
        return self._printed_name

    def set_placeholder(self, text: str) -> None:
        """The hint on an empty pad; signing mode sets it in the customer's language."""
        self._placeholder = text
        self.update()

    # --- input ----------------------------------------------------------------------

    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        area = signing_area(self.width(), self.height())
        scale = area.width() / PAD_WIDTH
        x = (pos.x() - area.left()) / scale
        y = (pos.y() - area.top()) / scale
        return min(max(x, 0.0), PAD_WIDTH), min(max(y, 0.0), PAD_HEIGHT)

    def _ms(self, timestamp: int) -> int:
        """The event's time within the signature; never before the previous point, as
        pen, finger and mouse timestamps need not share one clock."""
        if self._t_base is None:
            self._t_base = timestamp - self._t_offset
        last = self._strokes[-1][-1].t_ms if self._strokes else 0
        return max(timestamp - self._t_base, last, 0)

    def _begin(self, source: str, pos: QPointF, pressure: float, timestamp: int) -> None:
        if not self._strokes:
            self._t_offset, self._t_base = 0, None  # a fresh signature starts at 0 ms
        self._source = source
        x, y = self._to_pad(pos)
        self._strokes.append([Point(x, y, pressure, self._ms(timestamp))])
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()
        self.changed.emit()

    def _extend(self, pos: QPointF, pressure: float, timestamp: int) -> None:
        stroke = self._strokes[-1]
        x, y = self._to_pad(pos)
        last = stroke[-1]
        if (
            math.hypot(x - last.x, y - last.y) < _MIN_STEP
            and abs(pressure - last.pressure) < _MIN_PRESSURE_STEP
        ):
            return
        stroke.append(Point(x, y, pressure, self._ms(timestamp)))
        self.update()

    def _end(self, pos: QPointF, pressure: float, timestamp: int) -> None:
        self._extend(pos, pressure, timestamp)
        self._source = None
        self.changed.emit()

    def _cancel(self) -> None:
        """The system took the stroke away (e.g. a gesture): it was not meant as ink."""
        if self._source is not None and self._strokes:
            self._strokes.pop()
        self._source = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._source is not None:
            event.ignore()
            return
        self._begin("mouse", event.position(), DEFAULT_PRESSURE, event.timestamp())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._source == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), DEFAULT_PRESSURE, event.timestamp())
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._source == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position(), DEFAULT_PRESSURE, event.timestamp())
            event.accept()
        else:
            event.ignore()

    @staticmethod
    def _pressure(device: QPointingDevice | None, reported: float) -> float:
        """The device's pressure if it measures any; a mouse-like 1.0 means nothing."""
        if device is not None and device.capabilities() & QInputDevice.Capability.Pressure:
            return min(max(reported, 0.0), 1.0)
        return DEFAULT_PRESSURE

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = self._pressure(event.pointingDevice(), event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._source is None:
            self._begin("tablet", event.position(), pressure, event.timestamp())
        elif kind == QEvent.Type.TabletMove and self._source == "tablet":
            self._extend(event.position(), pressure, event.timestamp())
        elif kind == QEvent.Type.TabletRelease and self._source == "tablet":
            self._end(event.position(), pressure, event.timestamp())
        event.accept()  # also when hovering: no synthesised mouse events for the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger signs; other fingers (a resting palm, a second touch) are ignored."""
        if event.type() == QEvent.Type.TouchCancel:
            if self._source == "touch":
                self._cancel()
            return
        device = event.pointingDevice()
        for point in event.points():
            pressure = self._pressure(device, point.pressure())
            state = point.state()
            if state == QEventPoint.State.Pressed and self._source is None:
                self._touch_id = point.id()
                self._begin("touch", point.position(), pressure, point.timestamp())
            elif point.id() != self._touch_id or self._source != "touch":
                continue
            elif state == QEventPoint.State.Released:
                self._end(point.position(), pressure, point.timestamp())
            elif state == QEventPoint.State.Updated:
                self._extend(point.position(), pressure, point.timestamp())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stroke()
        elif event.key() == Qt.Key.Key_Delete and self._source is None:
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- painting -------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the frame shows where Ctrl+Z and Delete go

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), MARGIN)
            area = signing_area(self.width(), self.height())
            painter.fillRect(area, PAPER)
            self._paint_guides(painter, area)
            paint_strokes(painter, self.strokes(), area)
        finally:
            painter.end()

    def _paint_guides(self, painter: QPainter, area: QRectF) -> None:
        """Baseline with a cross at its start, the printed name under it, the hint."""
        scale = area.width() / PAD_WIDTH

        def at(x: float, y: float) -> QPointF:
            return QPointF(area.left() + x * scale, area.top() + y * scale)

        painter.setPen(QPen(HINT if self.hasFocus() else MARGIN.darker(115), 1))
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(QPen(GUIDE, max(1.0, 1.5 * scale)))
        painter.drawLine(at(BASELINE_X[0], BASELINE_Y), at(BASELINE_X[1], BASELINE_Y))
        painter.drawLine(at(30, BASELINE_Y - 30), at(50, BASELINE_Y - 10))
        painter.drawLine(at(30, BASELINE_Y - 10), at(50, BASELINE_Y - 30))
        font = QFont(self.font())
        font.setPixelSize(max(10, round(30 * scale)))
        painter.setFont(font)
        below = QRectF(at(BASELINE_X[0], BASELINE_Y + 8), at(BASELINE_X[1], PAD_HEIGHT - 8))
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self._printed_name)
        if not self._strokes and self._placeholder:
            painter.setPen(HINT)
            above = QRectF(at(BASELINE_X[0], 20), at(BASELINE_X[1], BASELINE_Y - 10))
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, self._placeholder)
