"""QtCharts views for the dashboard: QA trend, Pareto and distribution bars, uptime
per month per unit, each
exportable as PNG or PDF (vector, through QPdfWriter) and clickable through to the
work orders behind what was clicked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QWidget

from app.domain.kpis import Bar
from app.services.kpis.dashboard import UnitUptime
from app.services.kpis.trends import Band, Trend, TrendPoint

IN_TOLERANCE = QColor("#1f77b4")
OUTSIDE = QColor("#d62728")
TOLERANCE_FILL = QColor(44, 160, 44, 45)
ACTION_FILL = QColor(255, 187, 0, 40)


def _ms(moment: datetime) -> float:
    return moment.timestamp() * 1000


def export_chart(view: QChartView, path: Path) -> None:
    """PNG (the view as drawn) or PDF (vector, landscape A4), by the file's suffix."""
    if path.suffix.lower() == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(view.chart().title())
        painter = QPainter(writer)
        try:  # the whole page, the view's proportions kept
            view.render(painter, QRectF(painter.viewport()), view.viewport().rect())
        finally:
            painter.end()
        return
    if not view.grab().save(str(path)):
        raise OSError(f"could not write {path}")


class TrendChart(QChartView):
    """Measured values over time with the tolerance and action bands; points outside
    tolerance are red and larger. A click on a point asks for its run's work order."""

    point_clicked = Signal(object)  # TrendPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.trend: Trend | None = None
        self.outside: list[TrendPoint] = []

    def show_trend(self, trend: Trend, title: str, value_label: str, date_format: str) -> None:
        self.trend = trend
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(date_format)
        y_axis = QValueAxis()
        y_axis.setTitleText(value_label)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        points = trend.points
        if points:
            start, end = _ms(points[0].at), _ms(points[-1].at)
            if end <= start:
                end = start + 86_400_000
            values = [p.value for p in points]
            low, high = min(values), max(values)
            for band, fill, name in (
                (trend.action, ACTION_FILL, self.tr("Action level")),
                (trend.tolerance, TOLERANCE_FILL, self.tr("Tolerance")),
            ):
                if band is not None:
                    self._band(chart, band, start, end, fill, name, x_axis, y_axis)
                    low = min(low, *(v for v in (band.low, band.high) if v is not None))
                    high = max(high, *(v for v in (band.low, band.high) if v is not None))
            line = QLineSeries()
            line.setName(self.tr("Measured"))
            line.setPen(QPen(IN_TOLERANCE, 1.5))
            inside, outside = QScatterSeries(), QScatterSeries()
            inside.setName(self.tr("Within tolerance"))
            outside.setName(self.tr("Outside tolerance"))
            inside.setColor(IN_TOLERANCE)
            inside.setMarkerSize(7)
            outside.setColor(OUTSIDE)
            outside.setMarkerSize(12)
            self.outside = [p for p in points if p.outside_tolerance]
            for p in points:
                spot = QPointF(_ms(p.at), p.value)
                line.append(spot)
                (outside if p.outside_tolerance else inside).append(spot)
            for series in (line, inside, outside):
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            inside.clicked.connect(self._clicked)
            outside.clicked.connect(self._clicked)
            margin = (high - low) * 0.08 or 1.0
            y_axis.setRange(low - margin, high + margin)
            y_axis.applyNiceNumbers()
            x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end))
            )
        self.setChart(chart)

    def _band(
        self,
        chart: QChart,
        band: Band,
        start: float,
        end: float,
        fill: QColor,
        name: str,
        x_axis: QDateTimeAxis,
        y_axis: QValueAxis,
    ) -> None:
        if band.low is None or band.high is None:
            return  # a one-sided limit: drawn by its line below
        upper, lower = QLineSeries(), QLineSeries()
        for series, value in ((upper, band.high), (lower, band.low)):
            series.append(start, value)
            series.append(end, value)
        area = QAreaSeries(upper, lower)
        upper.setParent(area)  # the area does not own its edges: without a parent Python
        lower.setParent(area)  # would delete them under it
        area.setName(name)
        area.setColor(fill)
        area.setBorderColor(fill.darker(150))
        chart.addSeries(area)
        area.attachAxis(x_axis)
        area.attachAxis(y_axis)

    def _clicked(self, spot: QPointF) -> None:
        if self.trend is None or not self.trend.points:
            return
        nearest = min(
            self.trend.points,
            key=lambda p: (abs(_ms(p.at) - spot.x()), abs(p.value - spot.y())),
        )
        self.point_clicked.emit(nearest)

    def point_position(self, point: TrendPoint) -> QPointF:
        """Where `point` is drawn in the view (for tests and tooltips)."""
        scene = self.chart().mapToPosition(QPointF(_ms(point.at), point.value))
        return QPointF(self.mapFromScene(scene))


class BarChart(QChartView):
    """Bars with their work orders: a click on a bar asks for them. With `cumulative`
    a Pareto chart: the running share of the total on a second axis."""

    bar_clicked = Signal(object)  # Bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bars: list[Bar] = []

    def show_bars(
        self, bars: list[Bar], title: str, labels: list[str], value_label: str, cumulative: str = ""
    ) -> None:
        self.bars = bars
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(bool(cumulative))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        values = QBarSet(value_label)
        values.setColor(IN_TOLERANCE)
        for bar in bars:
            values.append(bar.value)
        series = QBarSeries()
        series.append(values)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        y_axis = QValueAxis()
        y_axis.setTitleText(value_label)
        y_axis.setRange(0, max(max([b.value for b in bars], default=0.0) * 1.1, 4.0))
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        total = sum(b.value for b in bars)
        if cumulative and total > 0:
            running = QLineSeries()
            running.setName(cumulative)
            running.setPen(QPen(OUTSIDE, 2))
            share_axis = QValueAxis()
            share_axis.setRange(0, 100)
            share_axis.setLabelFormat("%.0f%%")
            chart.addAxis(share_axis, Qt.AlignmentFlag.AlignRight)
            chart.addSeries(running)
            running.attachAxis(x_axis)
            running.attachAxis(share_axis)
            seen = 0.0
            for index, bar in enumerate(bars):
                seen += bar.value
                running.append(index, seen / total * 100)
        values.clicked.connect(self._clicked)
        self.setChart(chart)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.bars):
            self.bar_clicked.emit(self.bars[index])

    def bar_centre(self, index: int) -> QPointF:
        """Where bar `index` is drawn, halfway up (for tests)."""
        bar = self.bars[index]
        scene = self.chart().mapToPosition(QPointF(index, bar.value / 2), self.chart().series()[0])
        return QPointF(self.mapFromScene(scene))


UNIT_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf")


class UptimeChart(QChartView):
    """Uptime per month per unit (percent), with each guarantee as a dashed line; a
    click on a point asks for the work orders behind that unit's month."""

    point_clicked = Signal(object, int)  # UnitUptime, month index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.units: list[UnitUptime] = []
        self.months: list[str] = []

    def show_units(
        self, months: list[str], units: list[UnitUptime], title: str, guarantee_label: str
    ) -> None:
        """`guarantee_label` has %1 for the percentage ("Guarantee %1")."""
        self.units, self.months = units, months
        chart = QChart()
        chart.setTitle(f"{title} ({months[0]} – {months[-1]})" if months else title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # whole unit names
        chart.setMargins(QMargins(4, 4, 4, 4))
        x_axis = QBarCategoryAxis()
        x_axis.append([m[5:] for m in months])  # "03": twelve fit; the title has the years
        small = QFont(x_axis.labelsFont())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        x_axis.setLabelsFont(small)
        chart.legend().setFont(small)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f%%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        low = 100.0
        for index, unit in enumerate(units):
            series = QLineSeries()
            series.setName(unit.name)
            series.setPointsVisible(True)
            series.setPen(QPen(QColor(UNIT_COLOURS[index % len(UNIT_COLOURS)]), 2))
            for month, value in enumerate(unit.values):
                if value is not None:
                    series.append(month, value * 100)
                    low = min(low, value * 100)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            series.clicked.connect(lambda spot, u=unit: self._clicked(u, spot))
        for guarantee in sorted({u.guarantee for u in units if u.guarantee is not None}):
            line = QLineSeries()
            line.setName(guarantee_label.replace("%1", f"{guarantee * 100:g}%"))
            pen = QPen(OUTSIDE, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.append(0, guarantee * 100)
            line.append(max(len(months) - 1, 1), guarantee * 100)
            low = min(low, guarantee * 100)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        step = 5 if low >= 80 else 10 if low >= 50 else 20
        bottom = max(0, int(low // step) * step - (step if low % step == 0 else 0))
        y_axis.setRange(bottom, 100)  # never above 100 %: nothing is more than up
        y_axis.setTickCount(int((100 - bottom) / step) + 1)
        self.setChart(chart)

    def _clicked(self, unit: UnitUptime, spot: QPointF) -> None:
        month = round(spot.x())
        if 0 <= month < len(self.months):
            self.point_clicked.emit(unit, month)

    def point_position(self, unit: int, month: int) -> QPointF:
        """Where unit `unit`'s value of month `month` is drawn (for tests)."""
        value = self.units[unit].values[month]
        series = self.chart().series()[unit]
        scene = self.chart().mapToPosition(QPointF(month, (value or 0) * 100), series)
        return QPointF(self.mapFromScene(scene))
